"""Divisions counted without a measure word after an Arabic number (辖5镇3乡, 127村（居）):
counts in 个 of the division, never a year or the start of another word (县域, 村级)."""
from kg.stages.numbers import find_quantities


def _q(text):
    return [(q.value, q.unit, q.counted) for q in find_quantities(text)]


def test_divisions_counted_without_a_measure_word():
    assert _q("全县辖5镇3乡，共有156个行政村。")[:2] == [(5, "个", "镇"), (3, "个", "乡")]
    assert (127, "个", "村（居）") in _q("公示表发放到10个镇、127村（居）张贴。")
    assert _q("全市12县（市、区）全部完成验收。") == [(12, "个", "县（市、区）")]


def test_a_division_word_that_begins_another_word_or_a_year_is_no_count():
    assert _q("2023县域经济发展报告") == []
    assert _q("组织12村级组织负责人开展培训") == []
    assert _q("推动乡村振兴") == []


def test_items_listed_with_the_first_part_of_a_percent_unit_share_it():
    """增速较去年同期加快3.1个、1.1个、11.6个百分点: each is in 个百分点, not 3.1 个 things."""
    got = _q("增速较去年同期加快3.1个、1.1个、11.6个百分点。")
    assert [(v, u) for v, u, _c in got] == [(3.1, "个百分点"), (1.1, "个百分点"), (11.6, "个百分点")]
    assert _q("新建3个、改建5个项目。")[0][1] == "个"  # a count of things stays one
