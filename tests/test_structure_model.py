"""One place for each rule (issue 12 item 6): the model's own JSON reader, the one rule for the
place a figure is about, the model's declared indexes and the stages' shared helpers."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT, text_doc
from kg.model import (Article, Doc, Entity, Evidence, Extraction, Metric, MetricPlaces, Relation,
                      Section)


def _ev(doc: str, article: str | None, start: int) -> Evidence:
    return Evidence(doc, doc + ".txt", start, start + 4, article, "某句。", "test")


def _extraction() -> Extraction:
    """Two counties, a programme implemented in one of them, an agency in both, and an article
    about 邯郸市: a figure of each kind the place rule decides between."""
    ex = Extraction(documents=[{"id": "d", "source": "d.txt", "articles": [
        {"id": "d#A1", "place": "place-130400"}, {"id": "d#A2", "place": None}]}])
    for eid, typ, name, code in (("place-130400", "Place", "邯郸市", "130400"),
                                 ("place-130434", "Place", "魏县", "130434"),
                                 ("place-130433", "Place", "馆陶县", "130433"),
                                 ("programme-p", "Programme", "文明实践大集", None),
                                 ("agency-a", "Agency", "邯郸市文明办", None)):
        ex.entities[eid] = Entity(eid, typ, name, code=code)
    for s, p, o in (("programme-p", "implementedIn", "place-130434"),
                    ("agency-a", "locatedIn", "place-130434"),
                    ("agency-a", "locatedIn", "place-130433")):
        ex.relations[(s, p, o)] = Relation(s, p, o, [_ev("d", "d#A1", 0)], {"test"})
    for mid, subject, article in (("m-place", "place-130433", "d#A1"),
                                  ("m-programme", "programme-p", "d#A1"),
                                  ("m-agency", "agency-a", "d#A1"),
                                  ("m-none", None, "d#A1"),
                                  ("m-nowhere", "agency-a", "d#A2")):
        ex.metrics[mid] = Metric(subject, "志愿服务站", 83, "个", False, "83个", evidence=[
            _ev("d", article, 10)], rules={"test"}, id=mid)
    return ex


def test_the_place_of_a_figure_is_its_subject_its_one_place_or_its_articles_place():
    ex = _extraction()
    places = MetricPlaces(ex)
    got = {mid: places.place_of(m) for mid, m in ex.metrics.items()}
    assert got == {"m-place": "place-130433",  # the subject is a place
                   "m-programme": "place-130434",  # the one place it is implemented in
                   "m-agency": "place-130400",  # two places: the article's place decides
                   "m-none": "place-130400",  # no subject: the article's place
                   "m-nowhere": None}  # two places and an article without a place


def test_the_api_and_the_rdf_export_agree_on_the_place_of_every_figure(sample_build):
    """The API's `place` column and the RDF's refArea come from the same rule."""
    from kg.api import KnowledgeGraph
    from kg.export import rdf
    ex = Extraction.from_json(sample_build[1])
    api = KnowledgeGraph(ex).metrics.set_index("id")["place"]
    builder = rdf._Builder(ex, "test")
    iris = rdf.entity_iris(ex)
    assert len(ex.metrics) > 20
    for mid, m in ex.metrics.items():
        place = None if pd.isna(api[mid]) else api[mid]
        assert builder.ref_area(m) == (iris[place] if place else rdf.UNSPECIFIED), mid


def test_from_json_is_the_inverse_of_to_json_and_leaves_its_input_alone(sample_build):
    data = sample_build[1]
    before = json.dumps(data, sort_keys=True)
    ex = Extraction.from_json(data)
    assert json.dumps(data, sort_keys=True) == before  # sentences were attached to copies
    assert ex.to_json() == data
    ev = next(iter(ex.entities.values())).mentions[0]
    assert ev.quote  # the sentence is back on the evidence, from the document's table
    with pytest.raises(ValueError, match="govkg-extraction/1"):
        Extraction.from_json({"schema": "other"})


def test_doc_article_and_section_lookups_follow_added_articles_and_sections():
    doc = text_doc("邯郸推动志愿服务\n全市建成4624个志愿服务站。")
    art = doc.articles[0]
    assert doc.article(art.id) is art
    later = Article(id="t#A2", text="魏县")
    doc.articles.append(later)  # the index is rebuilt, not stale
    assert doc.article("t#A2") is later
    with pytest.raises(KeyError):
        doc.article("t#A9")
    assert art.section_at(0).kind == "title" and art.section_at(10).kind == "body"
    assert art.section_at(8) is None  # the joiner between the two sections
    art.sections.append(Section("caption", 30, 40))
    assert art.section_at(30).kind == "caption"


def test_add_relation_keeps_one_relation_per_key_and_each_evidence_span_once():
    doc = Doc(id="d", source="d.txt", text="")
    a, b = _ev("d", None, 0), _ev("d", None, 20)
    doc.add_relation("agency-a", "locatedIn", "place-130434", a, "r1")
    doc.add_relation("agency-a", "locatedIn", "place-130434", a, "r2")
    doc.add_relation("agency-a", "locatedIn", "place-130434", b, "r2")
    doc.add_relation("agency-a", "locatedIn", "agency-a", a, "r1")  # no fact: itself
    doc.add_relation("", "locatedIn", "place-130434", a, "r1")
    [rel] = doc.relations
    assert [(e.start, e.end) for e in rel.evidence] == [(0, 4), (20, 24)]
    assert rel.rules == {"r1", "r2"}


def test_stage_helpers_give_what_the_stages_gave():
    """kg.stages.helpers holds the shared helpers, and the stages import them from there: resolve
    keeps no copy of its own (its names are the helpers themselves), and the one China id holds."""
    from kg.stages import helpers, resolve
    assert resolve.entity_id is helpers.entity_id
    assert resolve.mention_evidence is helpers.mention_evidence
    assert resolve.mentions_by_article is helpers.mentions_by_article
    assert helpers.entity_id("Place", "中国", "100000") == helpers.entity_id("Place", "中国", "iso-CN")
    cases = [("Place", "", "130434", None), ("Place", "六二社区", None, "place-130402"),
             ("Agency", "邯郸市科技局", None, None), ("Programme", "文明餐桌", None, None)]
    for case in cases:
        assert helpers.entity_id(*case) == resolve.entity_id(*case)
    assert helpers.entity_id("Place", "", "130434") == "place-130434"
    doc = text_doc("邯郸推动志愿服务\n全市建成4624个志愿服务站。魏县建成83个。")
    from kg.model import Mention
    art = doc.articles[0]
    i = art.text.index("魏县")
    m = Mention(i, i + 2, "魏县", "Place", art.id, "test", astart=i, aend=i + 2)
    for whole in (True, False):
        assert helpers.mention_evidence(doc, m, "r", whole) == resolve.mention_evidence(doc, m, "r", whole)
    assert helpers.mention_evidence(doc, m).quote == "魏县建成83个。"


def test_jieba_keeps_its_cache_in_the_users_cache_folder(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    code = "from kg.text import segmenter; print(segmenter().lcut('邯郸市科技局'))"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "govkg" / "jieba.cache").is_file()
