"""Townships of a county the text never names (a villager's 上固乡回龙村, 在网市镇): places without a
code, on their own in their sentence; never generic towns (中心镇, 古城镇保护, 新城镇建设)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve")


def places(text: str) -> set[str]:
    doc = Pipeline(STAGES)(text_doc(text))
    return {m.surface for m in doc.mentions if m.label == "Place"}


def test_a_township_of_an_unnamed_county_is_a_place_and_its_village_too():
    got = places("上固乡回龙村彭小兰，三十多岁，靠种植蔬菜走上了致富路。")
    assert {"上固乡", "回龙村"} <= got


def test_a_township_of_an_unnamed_county_before_its_village():
    got = places("1997年夏，网市镇沙矶头村因为社会治安太差，村民纷纷外出打工。")
    assert {"网市镇", "沙矶头村"} <= got


def test_generic_towns_are_no_townships():
    got = places("我市将重点培育一批中心镇，推进古城镇保护和新城镇建设。")
    assert not got & {"中心镇", "古城镇", "新城镇"}
