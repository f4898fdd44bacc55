"""The analysts' API (kg.build / kg.load / KnowledgeGraph) on the sample corpus."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import kg
from kg.api import KnowledgeGraph, extraction_from_json, read_extraction, scores

from conftest import GOLD_DEV, ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("api-build")
    return kg.build(out=out)


@pytest.fixture(scope="module")
def memory():
    return kg.build()


def test_import_kg_is_light():
    code = ("import sys, kg; heavy = [m for m in ('pandas', 'kg.api', 'rdflib', 'networkx', "
            "'kg.builder') if m in sys.modules]; assert not heavy, heavy; print(kg.__version__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == kg.__version__


def test_kg_build_is_the_api_function(built):
    import kg.builder  # noqa: F401  (importing the machinery must not shadow the function)
    from kg.builder import sample_corpus

    assert kg.build is kg.api.build
    assert sample_corpus()[0].name == "hebei-daily-handan-page.txt"
    assert isinstance(built, kg.KnowledgeGraph) and kg.KnowledgeGraph is KnowledgeGraph
    assert kg.load is kg.api.load
    with pytest.raises(AttributeError):
        kg.no_such_thing


def test_build_writes_every_output(built):
    for name in ("extraction.json", "graph.trig", "graph.ttl", "graph.graphml", "graph.html",
                 "errors.json"):
        assert (built.out / name).is_file(), name
    assert built.errors == []
    assert "1 document(s)" in repr(built)


def test_entities_table(built):
    ents = built.entities
    assert isinstance(ents["type"].dtype, pd.CategoricalDtype)
    assert {"Place", "Agency", "Organization", "Programme", "Person"} <= set(ents["type"].cat.categories)
    assert ents["mentions"].dtype == "int64"
    handan = ents[ents["name"] == "邯郸市"]
    assert len(handan) == 1
    row = handan.iloc[0]
    assert row["type"] == "Place" and row["code"] == "130400"
    assert isinstance(row["aliases"], list) and "邯郸" in row["aliases"]
    assert row["mentions"] >= 5 and row["documents"] == 1  # its names (全市 refers to it: no name of it)
    assert ents["id"].is_unique and len(ents) == len(built.extraction.entities)
    assert built.find("邯郸市") == [row["id"]] == built.find("邯郸", type="Place")


def test_relations_table_names_both_ends(built):
    rels = built.relations
    assert len(rels) == len(built.extraction.relations) > 0
    assert isinstance(rels["predicate"].dtype, pd.CategoricalDtype)
    names = dict(zip(built.entities["id"], built.entities["name"]))
    assert (rels["subject_name"] == rels["subject"].map(names)).all()
    assert (rels["object_name"] == rels["object"].map(names)).all()
    part = rels[(rels["subject_name"] == "魏县") & (rels["predicate"] == "partOf")]
    assert list(part["object_name"]) == ["邯郸市"]


def test_metrics_table_values_places_and_evidence(built):
    m = built.metrics
    assert m["value"].dtype == "float64" and m["approx"].dtype == "bool"
    assert m["start"].dtype == "Int64" and len(m) == len(built.extraction.metrics)
    # 总投资173.6亿元 is a figure in 元 of 馆陶县 (130433)
    total = m[(m["value"] == 17_360_000_000.0) & (m["unit"] == "元")]
    assert len(total) == 1 and total.iloc[0]["place_code"] == "130433"
    assert not total.iloc[0]["approx"]
    # a city-wide figure of 邯郸市, and approximate figures (余) exist
    assert (m["place_code"] == "130400").any()
    assert m["approx"].any() and (~m["approx"]).any()
    # every metric's evidence is the source sentence at its span
    text = built.extraction.texts["hebei-daily-handan-page"]
    for row in m.itertuples():
        assert text[row.start:row.end] == row.sentence
    subj = m.dropna(subset=["subject"])
    names = dict(zip(built.entities["id"], built.entities["name"]))
    assert (subj["subject_name"] == subj["subject"].map(names)).all()


def test_load_round_trips_the_extraction(built):
    loaded = kg.load(built.out)
    on_disk = json.loads((built.out / "extraction.json").read_text(encoding="utf-8"))
    assert loaded.extraction.to_json() == on_disk
    assert read_extraction(built.out / "extraction.json").to_json() == on_disk
    pd.testing.assert_frame_equal(loaded.entities, built.entities)
    pd.testing.assert_frame_equal(loaded.relations, built.relations)
    cols = [c for c in built.metrics.columns if c != "sentence"]
    pd.testing.assert_frame_equal(loaded.metrics[cols], built.metrics[cols])


def test_loader_rejects_other_json(tmp_path):
    with pytest.raises(ValueError, match="govkg-extraction/1"):
        extraction_from_json({"schema": "something-else"})
    (tmp_path / "extraction.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        kg.load(tmp_path)
    with pytest.raises(FileNotFoundError):
        kg.load(tmp_path / "missing")


def test_graph_and_rdf(built, memory):
    g = built.graph
    assert g.number_of_nodes() == len(built.entities)
    handan = built.find("邯郸市")[0]
    assert g.nodes[handan]["code"] == "130400" and g.nodes[handan]["metrics"]
    from_file = {tuple(map(str, q)) for q in built.rdf.quads()}
    in_memory = {tuple(map(str, q)) for q in memory.rdf.quads()}
    assert from_file == in_memory and len(from_file) > 1000


def test_sparql_named_query_with_parameters(built, memory):
    df = built.sparql("metrics-of-place", place="邯郸市")
    assert len(df) > 0 and "value" in df.columns
    assert df["value"].dtype.kind == "f" or str(df["value"].dtype) in ("Float64", "Int64")
    # the same answer with no build directory (a private temporary store)
    pd.testing.assert_frame_equal(memory.sparql("metrics-of-place", place="邯郸市"), df)
    # the place's own figures and those of places inside it
    wei = built.sparql("metrics-of-place", place="魏县")
    assert len(wei) < len(df) and set(wei["quote"]) <= set(df["quote"])
    # a parameter is one literal, never query text
    assert built.sparql("metrics-of-place", place='邯郸市" } UNION { ?s ?p ?o').empty


def test_sparql_text_and_query_list(built):
    n = built.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?p a govkg:Place }")
    assert n.iloc[0, 0] == (built.entities["type"] == "Place").sum()
    qs = built.queries()
    assert {"metrics-of-place", "agency-programmes", "programmes-per-county",
            "investment-by-county", "approx-vs-exact"} <= set(qs["name"])


def test_evaluate_is_kg_eval(built):
    if not GOLD_DEV.is_file():
        pytest.skip("shared gold not present")
    from kg.evaluate import evaluate_paths
    report = built.evaluate(GOLD_DEV)
    assert report == evaluate_paths(GOLD_DEV, out_dir=built.out)
    assert kg.load(built.out).evaluate(GOLD_DEV) == report
    table = scores(report)
    assert list(table.index) == ["entities", "relations", "metrics"]
    assert table.loc["metrics", "tp"] == report["metrics"]["tp"] > 0


def test_evaluate_gold_as_dict_on_own_text(tmp_path):
    (tmp_path / "note.txt").write_text("邯郸市魏县今年新建3个服务站。\n", encoding="utf-8")
    g = kg.build(tmp_path / "note.txt")
    gold = {"schema": "govkg-extraction/1", "source": "note.txt",
            "articles": [{"id": "A1", "lines": [[1, 1]]}],
            "entities": [{"id": "魏县", "name": "魏县", "type": "Place"},
                         {"id": "邯郸市", "name": "邯郸市", "type": "Place"}],
            "relations": [{"subject": "魏县", "predicate": "partOf", "object": "邯郸市"}],
            "metrics": [{"subject": ["魏县"], "indicator": "服务站", "value": 3, "unit": "个",
                         "approx": False, "surface": "3个服务站"}]}
    report = g.evaluate(gold)
    assert report["entities"]["tp"] == 2 and report["relations"]["tp"] == 1
    assert report["metrics"]["tp"] == 1
    with pytest.raises(ValueError, match="source="):
        g.evaluate({**gold, "source": "other.txt"})


def test_explorer_inline(built, memory, monkeypatch):
    shown = []
    import IPython.display
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    built.show(height=500)
    assert len(shown) == 1 and "srcdoc=" in shown[0].data and "height:500px" in shown[0].data
    html = memory._repr_html_()
    assert html.startswith('<div class="govkg-explorer"><iframe srcdoc=')
    assert "邯郸市" in memory.explorer_html()


def test_build_paths_user_dict_and_errors(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("邯郸市惠民服务中心开展“暖心行动”,服务群众1200余人次。\n", encoding="utf-8")
    terms = tmp_path / "terms.tsv"
    terms.write_text("name\ttype\taliases\n暖心行动\tProgramme\t\n", encoding="utf-8")
    g = kg.build([a], user_dict=terms)
    assert "暖心行动" in set(g.entities.loc[g.entities["type"] == "Programme", "name"])
    with pytest.raises(FileNotFoundError):
        kg.build([a], user_dict=tmp_path / "missing.tsv")
    with pytest.warns(UserWarning, match="missing.txt"):
        g2 = kg.build([a, tmp_path / "missing.txt"])
    assert len(g2.errors) == 1
    with pytest.raises(ValueError, match="no document"):
        kg.build([tmp_path / "missing.txt"])


def test_within_follows_relations_and_division_codes(built):
    names = dict(zip(built.entities["id"], built.entities["name"]))
    handan_ids = set(built.within("邯郸市"))
    handan = {names[i] for i in handan_ids}
    assert {"邯郸市", "魏县", "馆陶县", "复兴区"} <= handan and "河北省" not in handan
    assert built.within("130400") == built.within("邯郸") == built.within("邯郸市")
    wei = {names[i] for i in built.within("魏县")}
    assert "魏县" in wei and "馆陶县" not in wei and wei < handan
    # places without a code are inside through partOf (六二社区 → 百家村街道 → 复兴区)
    fuxing = set(built.within("复兴区"))
    for rel in built.relations[built.relations["predicate"] == "partOf"].itertuples():
        assert (rel.subject in fuxing) >= (rel.object in fuxing)
    uncoded = built.entities[(built.entities["type"] == "Place") & built.entities["code"].isna()]
    for pid in uncoded["id"]:
        parents = built.relations.loc[(built.relations["subject"] == pid)
                                      & (built.relations["predicate"] == "partOf"), "object"]
        if any(p in handan_ids for p in parents):
            assert pid in handan_ids
    with pytest.raises(KeyError):
        built.within("没有这个地方")


# ------------------------------------------------------------------ loader round trip (property)

from hypothesis import given, settings, strategies as st  # noqa: E402

from kg.model import Entity, Evidence, Extraction, Metric, Relation  # noqa: E402

_text = st.text(alphabet="邯郸市魏县科技局“”《》 abc123余万", min_size=1, max_size=12)
_opt = lambda s: st.none() | s  # noqa: E731


@st.composite
def _evidences(draw, n_max=3):
    out = []
    for _ in range(draw(st.integers(0, n_max))):
        start = draw(st.integers(0, 5000))
        mention = draw(st.booleans())
        out.append(Evidence(draw(st.sampled_from(["d1", "d2"])), draw(st.sampled_from(["a.txt", "b.jsonl#3"])),
                            start, start + draw(st.integers(0, 200)), draw(_opt(st.sampled_from(["d1#A1", "d1#A2"]))),
                            draw(_opt(_text)), draw(_opt(st.sampled_from(["rule.a", "rule.b"]))),
                            draw(_text) if mention else None,
                            draw(st.integers(0, start)) if mention else None))
    return out


@st.composite
def _extractions(draw):
    ex = Extraction(documents=[{"id": "d1", "source": "a.txt", "title": None, "date": None, "articles": []}])
    ids = draw(st.lists(st.sampled_from([f"e{i}" for i in range(8)]), unique=True, max_size=6))
    for i in ids:
        ex.entities[i] = Entity(i, draw(st.sampled_from(["Place", "Agency", "Programme"])), draw(_text),
                                set(draw(st.lists(_text, max_size=3))), draw(_opt(st.sampled_from(["130400", "130434001"]))),
                                draw(_opt(st.sampled_from(["city", "town"]))), draw(_evidences()),
                                set(draw(st.lists(st.sampled_from(["r1", "r2"]), max_size=2))))
    if ids:
        for _ in range(draw(st.integers(0, 4))):
            r = Relation(draw(st.sampled_from(ids)), draw(st.sampled_from(["partOf", "runs"])),
                         draw(st.sampled_from(ids)), draw(_evidences()), {"rel"})
            ex.relations[r.key] = r
    for k in range(draw(st.integers(0, 4))):
        value = draw(st.integers(0, 10**12) | st.floats(0, 1e12, allow_nan=False))
        m = Metric(draw(_opt(st.sampled_from(ids))) if ids else None, draw(_text), value,
                   draw(st.sampled_from(["个", "元", "%"])), draw(st.booleans()), draw(_text),
                   draw(_opt(st.sampled_from(["今年", "1至4月"]))), draw(_evidences()), {"m"}, f"metric-{k}")
        ex.metrics[m.id] = m
    return ex


@settings(max_examples=60, deadline=None)
@given(_extractions())
def test_extraction_json_round_trips(ex):
    data = json.loads(json.dumps(ex.to_json(), ensure_ascii=False))
    again = extraction_from_json(data)
    assert again.to_json() == data
    g = KnowledgeGraph(again)
    assert len(g.entities) == len(ex.entities) and len(g.metrics) == len(ex.metrics)
    assert g.metrics["value"].dtype == "float64"


def test_timeseries_one_row_per_figure_ordered_by_period():
    import copy
    from kg.model import Metric
    from rdf_fixtures import sample_extraction
    x = copy.deepcopy(sample_extraction())
    m = x.metrics
    m["m-gt-total"].period, m["m-gt-total"].concept = "2022", "investment"
    m["m-gt-23"].period, m["m-gt-23"].concept = "2022-06-02", "investment"
    old = m["m-gt-total"]
    m["m-gt-2021"] = Metric("guantao", "总投资", 12000000000, "元", False, "去年总投资120亿元",
                            period="2021", evidence=list(old.evidence), rules=set(old.rules),
                            id="m-gt-2021", period_text="去年", concept="investment")
    g = KnowledgeGraph(x)
    ts = g.timeseries("investment", place="邯郸市")
    assert list(ts["period"]) == ["2021", "2022", "2022-06-02"]
    assert list(ts["value"]) == [12e9, 17.36e9, 5.365e9]
    assert str(ts["period_start"].iloc[0].date()) == "2021-01-01"
    assert set(ts["place_name"]) == {"馆陶县"}
    assert g.timeseries("总投资").equals(g.timeseries("investment"))
    assert g.timeseries("investment", place="邯山区").empty
    assert {"period_text", "kind", "concept"} <= set(g.metrics.columns)
