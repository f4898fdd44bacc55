"""A page in traditional script is read in simplified by every stage (the `simplified` stage,
first), and given back as written (the `as_written` stage, last): the graph's names are
simplified, the spans, surfaces and evidence sentences the user reads are the page's."""
from __future__ import annotations

from conftest import extract_text, held_posts
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline

_AUDIT = ("審計長訪問廣東省審計廳\n"
          "審計長何永安率領審計署代表團前往廣州訪問，與廣東省審計廳廳長何麗娟會面，就政府審計工作展開交流。")
_SAIKUNG = ("財經事務及庫務局局長探訪西貢區\n"
            "財經事務及庫務局局長陳家強今日到訪西貢區，瞭解區內最新發展情況。")


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_places_and_agencies_of_a_traditional_page_are_found_in_simplified():
    doc = extract_text(_AUDIT)
    assert {"广东省", "广州市"} <= _names(doc, "Place")
    assert "广东省审计厅" in _names(doc, "Agency")
    assert ("何丽娟", "广东省审计厅", "厅长", None) in held_posts(doc)


def test_the_evidence_of_a_traditional_page_quotes_it_as_written():
    doc = extract_text(_AUDIT)
    agency = next(e for e in doc.entities.values() if e.name == "广东省审计厅")
    ev = next(ev for ev in agency.mentions if ev.surface)
    assert ev.surface == "廣東省審計廳" == doc.text[ev.start:ev.end]
    assert doc.text == _AUDIT and doc.written is None
    quotes = {ev.quote for r in doc.relations for ev in r.evidence}
    assert quotes and all(q in _AUDIT for q in quotes)
    assert doc.articles[0].title == "審計長訪問廣東省審計廳"


def test_a_hong_kong_district_visit_finds_its_district():
    doc = extract_text(_SAIKUNG)
    assert "西贡区" in _names(doc, "Place")


def test_a_simplified_page_with_a_traditional_name_is_read_as_written():
    text = "县委书记李明主持会议\n县长張伟出席会议，县人大常委会主任王強参加。"
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="s", source="s.txt", text=text))
    persons = _names(doc, "Person")
    assert "王強" in persons and "王强" not in persons
    assert doc.text == text


def test_a_document_read_from_a_file_is_simplified_before_its_layout():
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="m", source="m.txt", text=_SAIKUNG, title="西貢區新聞"))
    assert doc.title == "西貢區新聞" and doc.text == _SAIKUNG
    assert "西贡区" in _names(doc, "Place")
