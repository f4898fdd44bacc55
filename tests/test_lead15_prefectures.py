"""Prefectures (地区 of Xinjiang, Tibet, Heilongjiang; 盟 of Inner Mongolia) and their organs
(lead15): the party committee 地委, named by the prefecture's short name (喀什地委, also written
喀什地区地委: one body), the government 行署/行政公署, headed by the 专员 (or 盟长), who holds the place
as every head of a government does.  A bare 地委 or 行署 is the article's prefecture's, never a
province's or a county's (地委书记黄某 in a story naming only counties: 地委 as written, no 山西省地委)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def _agencies(doc):
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _posts(doc):
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_prefectures_committee_is_named_as_written_once():
    doc = _PIPE(text_doc("援疆干部返沪\n喀什地委委员、莎车县委书记何利民陪同。喀什地区地委书记曾存出席。"))
    assert "喀什地委" in _agencies(doc) and "喀什地区地委" not in _agencies(doc)
    assert {("何利民", "喀什地委"), ("何利民", "莎车县委"), ("曾存", "喀什地委")} <= _posts(doc)


def test_a_prefectures_government_and_its_head():
    doc = _PIPE(text_doc("调研\n阿克苏地区行署专员张三出席会议。和田地区行政公署召开会议。"))
    assert {"阿克苏地区行政公署", "和田地区行政公署"} <= _agencies(doc)
    assert ("张三", "阿克苏地区") in _posts(doc)


def test_bare_prefecture_organs_are_the_articles_prefectures():
    doc = _PIPE(text_doc("喀什地区召开会议\n喀什地区召开会议。地委书记曾存、行署专员张三出席。"))
    assert {("曾存", "喀什地委"), ("张三", "喀什地区")} <= _posts(doc)


def test_bare_prefecture_organs_of_no_prefecture_are_no_provinces():
    doc = _PIPE(text_doc("治污\n地委书记黄有泉、行署专员张少农等领导，带领闻喜、绛县等沿河六县（市）的领导查处排污企业。"))
    assert _agencies(doc) == {"地委"}  # as written, like 县委 where no county is named: no 山西省地委
    assert ("黄有泉", "地委") in _posts(doc)
