"""Round 16 (figures32): fresh government texts — trade releases of a province compared with the
nation, county and district 政府工作报告, county statistics bulletins."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _facts(text: str) -> list[tuple]:
    doc = _FULL(text_doc(text))
    return sorted((doc.entities[m.subject].name if m.subject in doc.entities else None,
                   m.indicator, m.value) for m in doc.metrics)


def test_the_nation_after_bi_tongqi_is_the_yardstick():
    """分别比同期全国平均水平高…: 同期 between 比 and 全国 still makes the nation the yardstick;
    the province's own growth beats it (no national figure)."""
    facts = _facts("福建省外贸\n今年上半年，全省外贸增长较快，进出口增速比同期全国平均水平高12个百分点。")
    assert [f[0] for f in facts] == ["福建省"]


def test_listed_items_compared_with_bi_and_an_adjective():
    """进出口、出口及进口增速分别比全国平均水平高a、b和c个百分点: each item gets its own figure, like
    分别高于全国平均水平a、b和c (比 … 高 is the same comparison)."""
    facts = _facts("福建省外贸\n今年上半年，进出口、出口、进口增速分别比全国平均水平高12、9.8和14.8个百分点。")
    assert [(f[1], f[2]) for f in facts] == [("出口增速比全国平均水平高", 9.8),
                                           ("进出口增速比全国平均水平高", 12),
                                           ("进口增速比全国平均水平高", 14.8)]


def test_a_place_opening_the_list_is_no_part_of_its_first_item():
    """福建省进出口、出口及进口增速分别高于…: the province opening the clause is every item's subject;
    the list is still split item by item."""
    facts = _facts("福建省外贸\n今年上半年，福建省进出口、出口及进口增速分别高于全国平均水平12、9.8和14.8个百分点。")
    assert [(f[0], f[1]) for f in facts] == [("福建省", "出口增速高于全国平均水平"),
                                           ("福建省", "进出口增速高于全国平均水平"),
                                           ("福建省", "进口增速高于全国平均水平")]
