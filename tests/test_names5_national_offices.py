"""A national organ's office named by its short form right after the organ (中共中央外事办, 国务院侨办):
the longer body is the mention, not the organ inside it as a second overlapping one; 办 that opens
a word (办法, 办好) is no office. Sentences written like national and foreign-affairs news."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def run(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(text_doc(text))


def agency_spans(doc: Doc) -> list[tuple[str, int, int]]:
    return sorted((m.surface, m.astart, m.aend) for m in doc.mentions if m.label == "Agency")


def test_an_office_after_a_national_organ_is_the_longer_body():
    doc = run("2024年3月5日，中共中央外事办主任会见了来访的代表团。中共中央、国务院印发了意见。")
    spans = agency_spans(doc)
    surfaces = [s for s, _, _ in spans]
    assert "中共中央外事办" in surfaces
    office = next((a, b) for s, a, b in spans if s == "中共中央外事办")
    assert not [s for s, a, b in spans if s != "中共中央外事办" and a >= office[0] and b <= office[1]]
    assert "中共中央" in surfaces  # the organ written alone later is still a mention


def test_short_office_names_of_the_state_council():
    doc = run("2024年6月1日，国务院侨办副主任出席开幕式。")
    assert "国务院侨办" in [s for s, _, _ in agency_spans(doc)]


def test_ban_opening_a_word_is_no_office():
    doc = run("2024年6月1日，国务院印发管理办法，要求各地认真办好民生实事。")
    assert not [s for s, _, _ in agency_spans(doc) if s.endswith("办") or "办" in s]
