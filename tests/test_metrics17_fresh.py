"""Figures in shapes read on fresh national releases (metrics17): a news outlet's reporter who
learns the figures (新华社记者…获悉) is never their subject.  Sentences written for these tests in
the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _subjects(text: str, date: str | None = "2022-08-09"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return {(m.value, m.unit): names.get(m.subject) for m in res.metrics}


def test_a_reporter_of_a_news_agency_is_not_the_subject_of_what_he_learns():
    got = _subjects("新华社记者8月8日在自然资源部新闻通气会上获悉，自然资源部印发了通知，通知包括7个方面26条政策措施。")
    assert got and got.get((26, "条")) != "新华通讯社" and got.get((7, "个")) != "新华通讯社"
    got = _subjects("人民日报记者从交通运输部获悉，今年全国将新改建农村公路15万公里。")
    assert got.get((150000, "公里")) != "人民日报社"
