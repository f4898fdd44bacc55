"""mine39: figures whose indicator was read across a neighbour (excerpts of real county, Tibetan
herding and statistics news, as published): a second share with its own owner, a part of it after
其中, firms counted with their rank (县级以上), named people summed up by 两位同志, livestock named
by one character."""
from __future__ import annotations

from conftest import extract_text


def _figures(text: str) -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.indicator for m in extract_text(text).metrics}


def test_a_second_share_with_its_own_owner_and_its_part():
    """少数民族占总人口的52.17%: its own share (was 山区面积占少数民族占总人口); 其中彝族占29.05%:
    the Yi's share of the same whole; 占全省的12.5%、全国的1.2% still lists a second whole."""
    got = _figures("山区面积占全县总面积的97%,少数民族占总人口的52.17%,其中彝族占29.05%。")
    assert got[(52.17, "%")] == "少数民族占总人口"
    assert got[(29.05, "%")] == "彝族占总人口"
    got = _figures("全市出口额占全省的12.5%、全国的1.2%。")
    assert got[(1.2, "%")] == "出口额占全国"


def test_firms_counted_with_their_rank_are_no_counties():
    """75家县级以上农业龙头企业年销售收入18.4亿元: 75 firms of county rank or above (was 县, 75 家)."""
    got = _figures("75家县级以上农业龙头企业年销售收入18.4亿元,增长10.5%。")
    assert got[(75, "家")] == "县级以上农业龙头企业"
    assert not got[(1840000000, "元")].startswith("级")
    # a count of counties is still one
    got = _figures("全省16个县地区生产总值增长6.5%。")
    assert got[(16, "个")] == "县"


def test_named_people_summed_up_by_a_count_give_no_figure():
    """陈月洪、朱春龙两位同志辞去…: the count only sums up the two names."""
    got = _figures("会议表决通过了关于陈月洪、朱春龙两位同志辞去县人大常委会委员的辞呈。")
    assert (2, "位") not in got
    got = _figures("今年全县共选派驻村干部120名。")
    assert got[(120, "名")]


def test_livestock_named_by_one_character():
    """尼玛扎西一家有200只羊、40头牛: 羊 and 牛 (was the clause before, across an ellipsis, and 头)."""
    got = _figures("讨论着今天的转场计划...... 尼玛扎西一家有200只羊、40头牛,每年在这个时间段,他们都会赶着牛羊出发。")
    assert got[(200, "只")] == "羊"
    assert got[(40, "头")] == "牛"
