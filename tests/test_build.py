"""The spine end to end: `kg build` on the real sample page writes five faithful outputs."""
from __future__ import annotations

import copy

import json
import re
import shutil
import subprocess
import sys

import networkx as nx
import pytest
import rdflib

from conftest import EXTRA, ROOT, SEED

OUTPUTS = ("extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html")


def test_build_writes_every_output(sample_build):
    out, ex = sample_build
    for name in OUTPUTS + ("errors.json",):
        assert (out / name).stat().st_size > 0, name
    assert ex["schema"] == "govkg-extraction/1"
    assert [d["source"] for d in ex["documents"]] == ["hebei-daily-handan-page.txt"]
    assert len(ex["documents"][0]["articles"]) == 6
    assert not list(out.glob(".kg-build-*")), "temporary build directory left behind"


def test_every_span_is_faithful(sample_build, seed_text):
    from kg.model import attach_sentences
    ex = attach_sentences(copy.deepcopy(sample_build[1]))
    checked = 0
    for e in ex["entities"]:
        for m in e["mentions"]:
            assert seed_text[m["start"]:m["end"]] == m["surface"], (e["name"], m)
            if "sentence_start" in m:
                s0 = m["sentence_start"]
                assert seed_text[s0:s0 + len(m["sentence"])] == m["sentence"]
                assert s0 <= m["start"] and m["end"] <= s0 + len(m["sentence"])
            checked += 1
    for item in ex["relations"] + ex["metrics"]:
        for ev in item["evidence"]:
            assert seed_text[ev["start"]:ev["end"]] == ev["sentence"]
            checked += 1
    for m in ex["metrics"]:
        assert any(ev["start"] <= seed_text.find(m["surface"], ev["start"]) < ev["end"]
                   for ev in m["evidence"]) or m["surface"] in seed_text
    assert checked > 50


def test_places_have_codes_and_hierarchy(sample_build):
    _, ex = sample_build
    by_name = {e["name"]: e for e in ex["entities"]}
    assert by_name["邯郸市"]["code"] == "130400"
    assert by_name["邱县"]["code"] == "130430"
    assert by_name["馆陶县"]["code"] == "130433" and "馆陶" in by_name["馆陶县"]["aliases"]
    rels = {(r["subject"], r["predicate"], r["object"]) for r in ex["relations"]}
    ids = {e["name"]: e["id"] for e in ex["entities"]}
    assert (ids["邱县"], "partOf", ids["邯郸市"]) in rels
    assert (ids["邯郸市"], "partOf", ids["河北省"]) in rels
    assert (ids["六二社区"], "partOf", ids["百家村街道"]) in rels
    assert (ids["百家村街道"], "partOf", ids["复兴区"]) in rels


def test_turtle_and_trig_parse(sample_build):
    out, ex = sample_build
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 100
    ds = rdflib.Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert len(list(ds.graphs())) >= 2  # the background graph and one per document


def test_graphml_opens_in_networkx(sample_build):
    out, ex = sample_build
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_nodes() == len(ex["entities"])
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"邯郸市", "邱县"} <= labels


def test_html_has_no_network_references(sample_build):
    out, _ = sample_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"@import\s+url\(\s*['\"]?https?:", html, re.I)
    assert "邯郸市" in html


def test_build_is_deterministic_and_order_independent(tmp_path):
    from kg.builder import build
    a = build([SEED, EXTRA], tmp_path / "a")
    b = build([EXTRA, SEED], tmp_path / "b")
    assert [d["id"] for d in a.extraction.documents] == [d["id"] for d in b.extraction.documents]
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert len(a.extraction.documents) == 4


def test_failed_export_leaves_previous_output_intact(tmp_path, monkeypatch):
    from kg import export
    from kg.builder import BuildError, build
    build([SEED], tmp_path)
    before = {n: (tmp_path / n).read_bytes() for n in OUTPUTS}

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(export.Exporter, "load", lambda self: boom if self.name == "html"
                        else export.import_module(self.module, export.__name__).__dict__[self.function])
    with pytest.raises(BuildError, match="graph.html"):
        build([SEED, EXTRA], tmp_path)
    assert {n: (tmp_path / n).read_bytes() for n in OUTPUTS} == before
    assert not list(tmp_path.glob(".kg-build-*"))


def test_bad_file_is_reported_and_the_rest_built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "page.txt")
    (corpus / "empty.txt").write_text("")
    (corpus / "broken.jsonl").write_text('{"id": "a", "text": "邯郸市科技局近日出台措施。"}\n{not json\n',
                                         encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1, r.stderr
    assert "corpus/empty.txt: empty file" in r.stderr
    assert "corpus/broken.jsonl:2: invalid JSON" in r.stderr
    ex = json.loads((tmp_path / "out" / "extraction.json").read_text(encoding="utf-8"))
    assert {d["source"] for d in ex["documents"]} == {"corpus/page.txt", "corpus/broken.jsonl#a"}
    report = json.loads((tmp_path / "out" / "errors.json").read_text(encoding="utf-8"))
    assert {(e["path"], e["line"]) for e in report["errors"]} >= {("corpus/empty.txt", None),
                                                                  ("corpus/broken.jsonl", 2)}


def test_cli_version_and_help():
    from kg import __version__
    r = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.strip() == f"govkg {__version__}"
    r = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert "kg build reports/ news.jsonl" in r.stdout


def test_bad_user_dictionary_is_a_clean_usage_error(tmp_path):
    bad = tmp_path / "terms.tsv"
    bad.write_text("name\ttype\n邯郸市美丽乡村办\tDepartment\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "build", "--user-dict", str(bad), "--out",
                        str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr.startswith(f"kg: error: user dictionary {bad}") and "Department" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


def test_user_dictionary_adds_an_agency(tmp_path):
    terms = tmp_path / "terms.tsv"
    terms.write_text("name\ttype\taliases\n邯郸市文明办\tAgency\t市文明办\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("邯郸市文明办近日组织开展“文明餐桌”活动，全市共有1200余家餐饮企业参与。", encoding="utf-8")
    from kg.cli import main
    assert main(["build", str(page), "--user-dict", str(terms), "--out", str(tmp_path / "o"), "-q"]) == 0
    ex = json.loads((tmp_path / "o" / "extraction.json").read_text(encoding="utf-8"))
    agency = [e for e in ex["entities"] if e["name"] == "邯郸市文明办"]
    assert agency and agency[0]["type"] == "Agency"


def test_explain_shows_rules_and_evidence(sample_build):
    from kg.explain import explain
    _, ex = sample_build
    text = explain(ex, "市生态环境局")  # an alias finds the entity
    assert text.startswith("邯郸市生态环境局  [Agency]")
    assert "runs 云执法" in text and "rules:" in text
    assert "“市生态环境局”" in text  # the title mention, by its surface
    with pytest.raises(LookupError, match="no entity named"):
        explain(ex, "不存在的机构")


def test_readme_sparql_example_answers(sample_build):
    from kg.query import run_query
    out, _ = sample_build
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sparql\n(.*?)```", readme, re.S).group(1)
    cols, rows = run_query(out, query)
    assert cols == ["place", "code"]
    assert ["邱县", "130430"] in [list(r) for r in rows]
    assert ["邯山区", "130402"] == list(rows[0])


def test_part_of_only_to_a_place_the_text_names(tmp_path):
    """A parent division the document never names is not made an entity of it (no partOf from the
    table alone); a named one links with the sentence that names both."""
    from kg.builder import build
    page = tmp_path / "wei.txt"
    page.write_text("魏县人力资源和社会保障局通过直播带岗，帮助6家重点企业解决用工需求。", encoding="utf-8")
    ex = build([page], None).extraction
    names = {e.id: e.name for e in ex.entities.values()}
    assert "邯郸市" not in names.values()
    assert not [r for r in ex.relations.values() if r.predicate == "partOf" and names[r.subject] == "魏县"]
    page.write_text("邯郸市魏县人力资源和社会保障局帮助6家重点企业解决用工需求。", encoding="utf-8")
    ex = build([page], None).extraction
    names = {e.id: e.name for e in ex.entities.values()}
    named = [r for r in ex.relations.values() if r.predicate == "partOf" and names[r.subject] == "魏县"]
    assert named[0].evidence and named[0].evidence[0].quote.startswith("邯郸市魏县")
