"""A national organ's bare short name right after a place or a scope is that place's branch
(registry18, lead): 邯郸市外汇局, 县民航局 are no 国家外汇管理局, 中国民用航空局; a short name that says it
is national (国家外汇局, 中国民航局), or one standing alone, is the national organ.  Sentences in the shape
of local news."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _agencies(text: str) -> set[str]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return {e.name for e in res.entities.values() if e.type == "Agency"}


def test_a_bare_short_name_after_a_place_or_scope_is_no_national_organ():
    assert "国家外汇管理局" not in _agencies("邯郸市外汇局召开专题会议。")
    assert "中国民用航空局" not in _agencies("县民航局召开专题会议。")


def test_a_national_short_name_stays_national():
    assert "国家外汇管理局" in _agencies("国家外汇局公布了最新数据。")
    assert "中国民用航空局" in _agencies("中国民航局发布通知。")
    assert "中国民用航空局" in _agencies("民航局发布通知。")


def test_a_public_institution_keeps_the_province_it_is_named_after():
    """湖南省人民医院及湖南省医药学院与黄冈市中心医院签署…: a province named only inside its hospitals'
    names is where they are (their jurisdiction), not a brand to drop as 北京|合展集团's is."""
    res = extract_document(Doc(id="t", source="t.txt", text="近日，湖南省人民医院及湖南省医药学院与黄冈市中心医院"
                                                             "正式签署结对交流合作协议。黄冈市卫健委负责人出席。"))
    names = {k: e.name for k, e in res.entities.items()}
    located = {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "locatedIn"}
    assert ("湖南省人民医院", "湖南省") in located and ("湖南省医药学院", "湖南省") in located
