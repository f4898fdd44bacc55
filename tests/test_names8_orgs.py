"""Organisations on unseen county and city news (names8): companies named by a county jieba's
dictionary splits into common words (随|县), written the way county sites write them."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def mentioned(doc: Doc, label: str | None = None) -> set[str]:
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def test_a_company_named_by_a_county_the_dictionary_splits_is_found():
    doc = run("10月9日，随县召开领导联席会。会议通报了随县林业发展有限公司成立情况。")
    assert "随县林业发展有限公司" in mentioned(doc, "Organization")
    doc = run("邯郸市林业发展有限公司今年完成造林1万亩。")  # a city jieba knows: as before
    assert "邯郸市林业发展有限公司" in mentioned(doc, "Organization")


def test_a_place_before_a_generic_works_word_is_still_no_company():
    doc = run("《惹事生非》在陕西工厂、农村、学校放映时，观众反响热烈。")
    assert not any(n.endswith("工厂") for n in mentioned(doc))
