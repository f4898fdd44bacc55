"""Runs of dated links below an article (round 7's `_LISTED_LINK`), as reviewed at its merge: a
table's rows with a decimal figure are no links."""
from kg.stages.layout import _LISTED_LINK


def test_a_day_without_its_year_is_never_written_with_a_point():
    """地区生产总值（亿元） 12.5 is a table's row and its figure, not a title stamped 12月5日; a related
    page's stamp writes a day without its year with a dash or a slash (05-09, [09/30]), a full date
    with one separator throughout (2024.09.30, 2024-09-30)."""
    assert not _LISTED_LINK.fullmatch("地区生产总值（亿元） 12.5")
    assert not _LISTED_LINK.fullmatch("一般公共预算收入（亿元） 3.1")
    assert not _LISTED_LINK.fullmatch("市政府召开常务会议 2024.09-30")
    for line in ("市政府召开常务会议 05-09", "市政府召开常务会议 (2024-09-30)", "市政府召开常务会议 2024/09/30",
                 "市政府召开常务会议 2024.09.30", "市政府召开常务会议 [09/30]"):
        assert _LISTED_LINK.fullmatch(line), line
