"""Places abroad on unseen foreign-affairs news (names9): a compass word translated as part of a
foreign division's name (瑞典东约特兰省, 英国西约克郡)."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def mentioned(doc: Doc, label: str | None = None) -> set[str]:
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def test_a_compass_word_after_a_country_is_part_of_the_division_name():
    doc = run("中国友好代表团访问了瑞典东约特兰省，并会见了英国西约克郡议会负责人。")
    places = mentioned(doc, "Place")
    assert {"东约特兰省", "西约克郡", "瑞典", "英国"} <= places
    assert "约特兰省" not in places


def test_a_compass_word_before_a_city_word_is_not_read_into_it():
    doc = run("代表团抵达莫斯科市，随后前往俄罗斯南部。")
    assert "莫斯科" in mentioned(doc, "Place")
    assert not any(n.startswith("南") for n in mentioned(doc, "Place"))


def test_a_verb_before_plant_ends_no_company_name():
    doc = run("该公司计划在美国南卡罗来纳州设厂，年产汽车10万辆。")
    assert not any(n.endswith("设厂") for n in mentioned(doc))
