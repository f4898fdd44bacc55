"""Named queries, safe parameters, rendering, and the persistent store."""
from __future__ import annotations

import copy
import csv
import io
import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_fixtures import DOC, sample_extraction, seed_text  # noqa: E402

from kg import store as kstore  # noqa: E402
from kg.export import rdf  # noqa: E402
from kg.model import Entity, Evidence  # noqa: E402
from kg.query import (QueryError, execute, list_queries, render, resolve,  # noqa: E402
                      run_query)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("build")
    rdf.write_trig(sample_extraction(), d / "graph.trig")
    return d


def rows_of(out, name, **params):
    cols, rows = run_query(out, name, params)
    return [dict(zip(cols, r)) for r in rows]


def test_every_named_query_is_listed_with_description_and_runs(out):
    qs = list_queries()
    assert {q.name for q in qs} >= {
        "metrics-of-place", "agency-programmes", "programme-places", "programmes-per-county",
        "places-hierarchy", "entity-facts", "investment-by-county", "approx-vs-exact",
        "facts-by-article"}
    samples = {"place": "邯郸市", "entity": "邯郸市", "indicator": "投资", "body": "邯郸市"}
    no_people = {"officials-of"}  # the sample names no official: its rows are tested in test_posts.py
    for q in qs:
        assert q.description
        params = {p.name: samples[p.name] for p in q.param_specs if p.required}
        cols, rows = run_query(out, q.name, params)
        assert cols and (rows or q.name in no_people), q.name


def test_metrics_of_place_includes_sub_places_and_accepts_code_or_alias(out):
    by_name = rows_of(out, "metrics-of-place", place="邯郸市")
    assert by_name == rows_of(out, "metrics-of-place", place="130400")
    assert by_name == rows_of(out, "metrics-of-place", place="邯郸")
    places = {r["placeName"] for r in by_name}
    assert places == {"邯郸市", "馆陶县"}  # 馆陶县 is part of 邯郸市
    xuncha = [r for r in by_name if r["indicator"] == "网上巡查"]
    assert len(xuncha) == 1
    r = xuncha[0]
    assert (r["value"], r["unit"], r["approx"], r["subjectName"]) == (1200, "次", True, "云执法")
    assert seed_text()[r["start"]:r["end"]] == r["quote"]
    assert "网上巡查1200余次" in r["quote"]
    # only 馆陶县's figures below it
    assert {r["placeName"] for r in rows_of(out, "metrics-of-place", place="馆陶县")} == {"馆陶县"}
    assert rows_of(out, "metrics-of-place", place="no such place") == []


def test_agency_programmes_and_filter(out):
    all_rows = rows_of(out, "agency-programmes")
    assert [(r["agencyName"], r["programme"]) for r in all_rows] == [("邯郸市生态环境局", "云执法")]
    assert "自实行“云执法”" in all_rows[0]["quote"]
    assert rows_of(out, "agency-programmes", agency="市生态环境局") == all_rows
    assert rows_of(out, "agency-programmes", agency="handan-eeb") == all_rows
    assert rows_of(out, "agency-programmes", agency="邯郸市科技局") == []


def test_programme_places_and_programmes_per_county(out):
    pp = {(r["programmeName"], r["placeName"], r["code"]) for r in rows_of(out, "programme-places")}
    assert pp == {("云执法", "邯郸市", "130400"), ("重点项目建设落实年活动", "馆陶县", "130433")}
    per = rows_of(out, "programmes-per-county")
    # 云执法 runs city-wide, so it is not counted for a county
    assert [(r["county"], r["code"], r["programmes"]) for r in per] == [("馆陶县", "130433", 1)]


def test_places_hierarchy(out):
    rows = rows_of(out, "places-hierarchy")
    assert [(r["placeName"], r["parentName"]) for r in rows] == [
        ("河北省", None), ("邯郸市", "河北省"), ("邯山区", "邯郸市"), ("馆陶县", "邯郸市")]
    under = {r["placeName"] for r in rows_of(out, "places-hierarchy", root="邯郸市")}
    assert under == {"邯郸市", "邯山区", "馆陶县"}


def test_entity_facts_lists_relations_metrics_and_mentions_with_evidence(out):
    rows = rows_of(out, "entity-facts", entity="云执法")
    kinds = sorted((r["kind"], r["predicate"] or "") for r in rows)
    assert kinds == sorted([("mention", ""), ("metric", "网上巡查"), ("metric", "电子取证"),
                            ("relation", "implementedIn"), ("relation", "runs")])
    text = seed_text()
    for r in rows:
        assert r["doc"] == DOC
        assert text[r["start"]:r["end"]] == r["quote"]
    assert rows == rows_of(out, "entity-facts", entity="yunzhifa")


def test_investment_by_county_sums_yuan(out):
    rows = rows_of(out, "investment-by-county")
    # 总投资53.65亿 (23 projects started) and 总投资173.6亿 (the year's 34 key projects) are both
    # about 馆陶县 with no period that separates them: they overlap, only the whole is counted
    assert [(r["county"], r["indicatorName"], r["total_yuan"], r["figures"]) for r in rows] == [
        ("馆陶县", "总投资", 17360000000, 1)]
    assert rows_of(out, "investment-by-county", indicator="总投资") == rows
    assert rows_of(out, "investment-by-county", indicator="不存在的指标") == []


def test_approx_vs_exact(out):
    rows = {r["unit"]: (r["exact"], r["approximate"]) for r in rows_of(out, "approx-vs-exact")}
    assert rows == {"元": (2, 0), "%": (1, 0), "条": (1, 0), "次": (0, 1)}


def test_facts_by_article(out):
    rows = rows_of(out, "facts-by-article", article="A5")
    assert {r["articleId"] for r in rows} == {"A5"}
    assert ("relation", "runs", "邯郸市生态环境局", "云执法") in {
        (r["kind"], r["predicate"], r["subjectName"], r["object"]) for r in rows}
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)
    by_title = rows_of(out, "facts-by-article", article="市生态环境局 “云执法”实时管控面源环境污染")
    assert by_title == rows
    assert {r["articleId"] for r in rows_of(out, "facts-by-article")} == {"A1", "A5", "A6"}


def test_query_errors(out, tmp_path):
    with pytest.raises(QueryError, match="needs --param place"):
        run_query(out, "metrics-of-place", {})
    with pytest.raises(QueryError, match="no parameter"):
        run_query(out, "metrics-of-place", {"place": "邯郸市", "bogus": "1"})
    with pytest.raises(QueryError, match="unknown query"):
        run_query(out, "no-such-query", {})
    with pytest.raises(QueryError, match="syntax"):
        run_query(out, "SELECT ?x WHERE { ?x", {})
    with pytest.raises(QueryError, match="not found"):
        run_query(out, str(tmp_path / "missing.rq"), {})


def test_adhoc_text_file_ask_and_construct(out, tmp_path):
    cols, rows = run_query(out, "SELECT (COUNT(*) AS ?n) WHERE { ?s a govkg:Place }", {})
    assert (cols, rows) == (["n"], [[4]])
    f = tmp_path / "mine.rq"
    f.write_text("# mine: places by code\n# param code (required): a code\n"
                 "SELECT ?name WHERE {\n  # @params\n  ?p skos:notation ?c ; rdfs:label ?name "
                 "FILTER (STR(?c) = ?code) }\n", encoding="utf-8")
    assert run_query(out, str(f), {"code": "130402"}) == (["name"], [["邯山区"]])
    assert run_query(out, "ASK { place:130402 govkg:partOf place:130400 }", {}) == (["ask"], [[True]])
    cols, rows = run_query(out, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p rdfs:label ?l ; "
                                "skos:notation \"130402\" }", {})
    assert cols == ["subject", "predicate", "object"]
    assert rows == [[rdf.BASE + "id/place/130402", rdf.RDFS + "label", "邯山区"]]
    # ad-hoc queries without the marker bind parameters through SEP-0007 substitution
    assert run_query(out, "SELECT ?name ?p WHERE { ?p rdfs:label ?l FILTER(STR(?l) = ?name) }",
                     {"name": "馆陶县"})[1] == [["馆陶县", rdf.BASE + "id/place/130433"]]


def test_resolve_prefers_named_queries():
    text, named = resolve("approx-vs-exact")
    assert named is not None and named.name == "approx-vs-exact" and "qb:Observation" in text


# ---------------------------------------------------------------------- safe parameters

NASTY = ['邯郸"市', "a\"} UNION { ?x ?y ?z } #", "line\nbreak", "back\\slash", "}}}{{{",
         "'single' \"double\"", "\\u0022 escaped", "tab\there", "<http://evil/> .", "?var $var"]


@pytest.fixture(scope="module")
def nasty_store():
    x = sample_extraction()
    for i, name in enumerate(NASTY):
        x.entities[f"nasty-{i}"] = Entity(f"nasty-{i}", "Programme", name,
                                          mentions=[Evidence(DOC, "s", 0, 2, "A1", None, "r")])
    s = ox.Store()
    kstore.fill(s, rdf.quads(x))
    return s


@pytest.mark.parametrize("i", range(len(NASTY)))
def test_parameters_with_quotes_braces_newlines_cannot_inject(nasty_store, i):
    name = NASTY[i]
    text, named = resolve("entity-facts")
    cols, rows = execute(nasty_store, text, {"entity": name}, named)
    assert rows, name
    assert {r[cols.index("subjectName")] for r in rows} == {name}
    # the substitution route (ad-hoc queries) is safe too
    cols, rows = execute(nasty_store, "SELECT ?p ?n WHERE { ?p rdfs:label ?l FILTER(STR(?l) = ?n) }",
                         {"n": name})
    assert [r[0] for r in rows] == [rdf.BASE + f"id/programme/nasty-{i}"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=30))
def test_any_parameter_value_is_one_literal(nasty_store, value):
    text, named = resolve("places-hierarchy")
    cols, rows = execute(nasty_store, text, {"root": value}, named)
    names = {"河北省", "邯郸市", "邯山区", "馆陶县", "河北", "邯郸", "全市", "馆陶",
             "130000", "130400", "130402", "130433"}
    if value not in names:
        assert rows == []  # never more rows than a real match would give


# ---------------------------------------------------------------------- rendering

def test_render_table_csv_json():
    cols = ["name", "value", "approx", "note"]
    rows = [["邯郸市", 17360000000, True, None], ["a,b", 48.32, False, 'say "hi"\nthere']]
    table = render(cols, rows, "table")
    lines = table.splitlines()
    assert lines[0].startswith("name    value")  # 邯郸市 is 6 columns wide
    assert lines[2].startswith("邯郸市  17360000000")
    assert lines[-1] == "(2 rows)"
    parsed = list(csv.reader(io.StringIO(render(cols, rows, "csv"))))
    assert parsed == [cols, ["邯郸市", "17360000000", "true", ""],
                      ["a,b", "48.32", "false", 'say "hi"\nthere']]
    assert json.loads(render(cols, rows, "json")) == [dict(zip(cols, r)) for r in rows]
    with pytest.raises(QueryError):
        render(cols, rows, "xml")


# ---------------------------------------------------------------------- store

def test_store_is_built_lazily_and_rebuilt_when_the_export_changes(tmp_path):
    x = sample_extraction()
    rdf.write_trig(x, tmp_path / "graph.trig")
    assert not kstore.is_current(tmp_path)
    assert run_query(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?s a govkg:Agency }", {})[1] == [[1]]
    assert kstore.is_current(tmp_path)
    info = kstore.store_info(tmp_path)
    assert info["quads"] == len(rdf.quads(x))
    y = copy.deepcopy(x)
    y.entities["kj"] = Entity("kj", "Agency", "邯郸市科技局")
    rdf.write_trig(y, tmp_path / "graph.trig")
    assert not kstore.is_current(tmp_path)
    assert run_query(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?s a govkg:Agency }", {})[1] == [[2]]
    # no temporary directories are left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "store"]


def test_store_missing_export_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="kg build"):
        kstore.build_store(tmp_path)


def test_failed_store_build_leaves_the_old_store(tmp_path):
    rdf.write_trig(sample_extraction(), tmp_path / "graph.trig")
    kstore.build_store(tmp_path)
    (tmp_path / "graph.trig").write_text("this is { not trig", encoding="utf-8")
    with pytest.raises(SyntaxError):
        kstore.build_store(tmp_path)
    assert kstore.store_info(tmp_path)["quads"] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "store"]


# ---------------------------------------------------------------------- the real sample build

@pytest.fixture(scope="module")
def real(tmp_path_factory):
    from kg.builder import build, sample_corpus
    d = tmp_path_factory.mktemp("real")
    res = build(sample_corpus(), d, formats=("trig", "turtle"))
    assert not res.failed
    return d, res.extraction


def test_real_build_rdf_is_deterministic_and_valid(real, tmp_path):
    d, x = real
    rdf.write_trig(x, tmp_path / "again.trig")
    assert (tmp_path / "again.trig").read_bytes() == (d / "graph.trig").read_bytes()
    ok, report = rdf.validate(d / "graph.ttl")
    assert ok, report


def test_real_build_named_queries(real):
    d, x = real
    text = seed_text()
    for q in list_queries():
        params = {p.name: {"place": "邯郸市", "entity": "邯郸市生态环境局", "indicator": "投资", "body": "邯郸市"}[p.name]
                  for p in q.param_specs if p.required}
        cols, rows = run_query(d, q.name, params)
        assert rows or q.name == "officials-of", q.name  # the seed page names no official
        if "quote" in cols and "start" in cols:
            for r in rows:
                r = dict(zip(cols, r))
                if r["quote"] is not None:
                    assert text[r["start"]:r["start"] + len(r["quote"])] == r["quote"]
    pairs = {(r["agencyName"], r["programme"]) for r in rows_of(d, "agency-programmes")}
    assert ("邯郸市生态环境局", "云执法") in pairs
    xuncha = [r for r in rows_of(d, "metrics-of-place", place="130400") if r["surface"] and
              "网上巡查" in r["surface"]]
    assert xuncha and all(r["value"] == 1200 and r["unit"] == "次" and r["approx"] for r in xuncha)
    hierarchy = {(r["placeName"], r["parentName"]) for r in rows_of(d, "places-hierarchy")}
    assert ("邯山区", "邯郸市") in hierarchy and ("邯郸市", "河北省") in hierarchy
    n_metrics = sum(r["figures"] for r in rows_of(d, "approx-vs-exact"))
    assert 0 < n_metrics <= len(x.metrics)


def test_facts_stated_in_many_documents_are_not_multiplied(tmp_path):
    # oxigraph's union default graph has bag semantics (a triple in N graphs matches N times);
    # the store's default graph is the deduplicated union, so joins stay exact
    x = sample_extraction("d1")
    for d in ("d2", "d3", "d4"):
        y = sample_extraction(d)
        x.documents += y.documents
        x.texts.update(y.texts)
        for k, r in y.relations.items():
            x.relations[k].evidence += r.evidence
        for eid, e in y.entities.items():
            x.entities[eid].mentions += e.mentions
    rdf.write_trig(x, tmp_path / "graph.trig")
    q = ("SELECT (COUNT(*) AS ?n) WHERE { ?a govkg:runs ?p . ?st rdf:subject ?a ; "
         "rdf:predicate govkg:runs ; rdf:object ?p ; a govkg:Assertion }")
    assert run_query(tmp_path, q, {})[1] == [[1]]
    rows = rows_of(tmp_path, "agency-programmes")
    assert sorted(r["doc"] for r in rows) == ["d1", "d2", "d3", "d4"]
    # each document's graph still holds its own statement of the fact
    g = run_query(tmp_path, "SELECT ?g WHERE { GRAPH ?g { agency:handan-eeb govkg:runs ?p } } "
                            "ORDER BY ?g", {})[1]
    assert [r[0].rsplit("/", 1)[-1] for r in g] == ["d1", "d2", "d3", "d4"]


def test_store_union_comes_from_graph_ttl_only_when_it_is_the_same_export(tmp_path):
    x = sample_extraction()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a govkg:Agency }"
    rdf.write_trig(x, tmp_path / "graph.trig")
    rdf.write_turtle(x, tmp_path / "graph.ttl")
    assert run_query(tmp_path, count, {})[1] == [[1]]  # fast path: graph.ttl is the union
    info = kstore.store_info(tmp_path)
    assert info["union_triples"] == len(rdf.triples(x))
    # a stale graph.ttl from another export is ignored
    y = copy.deepcopy(x)
    y.entities["kj"] = Entity("kj", "Agency", "邯郸市科技局")
    rdf.write_trig(y, tmp_path / "graph.trig")
    assert run_query(tmp_path, count, {})[1] == [[2]]
    assert kstore.store_info(tmp_path)["union_triples"] == len(rdf.triples(y))


# --------------------------------------------------------------------------- honest aggregates

def _dated_out(tmp_path):
    """The sample extraction with periods: 173.6亿 for 2022, 53.65亿 on one day of 2022 (part of
    it), and 120亿 for 2021 (another year)."""
    import copy
    from kg.model import Metric
    x = copy.deepcopy(sample_extraction())
    m = x.metrics
    m["m-gt-total"].period, m["m-gt-total"].period_text = "2022", "今年"
    m["m-gt-23"].period, m["m-gt-23"].period_text = "2022-06-02", "6月2日"
    m["m-gt-total"].concept = m["m-gt-23"].concept = "investment"
    old = m["m-gt-total"]
    m["m-gt-2021"] = Metric("guantao", "总投资", 12000000000, "元", False, "去年总投资120亿元",
                            period="2021", evidence=list(old.evidence), rules=set(old.rules),
                            id="m-gt-2021", period_text="去年", concept="investment")
    rdf.write_trig(x, tmp_path / "graph.trig")
    return tmp_path


def test_investment_by_county_never_adds_a_part_to_its_whole(tmp_path):
    out = _dated_out(tmp_path)
    rows = [(r["period"], r["total_yuan"], r["figures"]) for r in rows_of(out, "investment-by-county")]
    # 2022: the day's 53.65亿 lies inside the year's 173.6亿; 2021 is another year, another row
    assert rows == [("2021", 12000000000, 1), ("2022", 17360000000, 1)]


def test_timeseries_one_row_per_figure_in_period_order(tmp_path):
    out = _dated_out(tmp_path)
    rows = rows_of(out, "timeseries", indicator="investment")
    assert [(r["placeName"], r["period"], r["value"]) for r in rows] == [
        ("馆陶县", "2021", 12000000000), ("馆陶县", "2022", 17360000000),
        ("馆陶县", "2022-06-02", 5365000000)]
    assert rows_of(out, "timeseries", indicator="总投资", place="邯郸市") == rows
    assert rows_of(out, "timeseries", indicator="investment", place="邯山区") == []


def test_metrics_of_place_is_one_row_per_figure(out):
    rows = rows_of(out, "metrics-of-place", place="馆陶县")
    total = [r for r in rows if r["surface"] == "总投资173.6亿元"]
    assert len(total) == 1 and total[0]["sources"] == 2  # printed twice, one figure
    assert len(total[0]["evidence"].split()) == 2


def test_pages_of_every_named_query_are_stable_slices_of_the_whole_result(real):
    """--limit/--offset: consecutive pages, concatenated, are the whole result row for row (the
    ORDER BY of each named query makes its order total), and a page past the end is empty."""
    d, _ = real
    for q in list_queries():
        params = {p.name: {"place": "邯郸市", "entity": "邯郸市", "indicator": "投资",
                           "body": "邯郸市"}[p.name] for p in q.param_specs if p.required}
        cols, rows = run_query(d, q.name, params)
        size = max(1, len(rows) // 3)
        pages = [run_query(d, q.name, params, limit=size, offset=k)[1]
                 for k in range(0, len(rows) + size, size)]
        assert [r for page in pages for r in page] == rows, q.name
        assert pages[-1] == [] and all(len(p) == size for p in pages[:-2]), q.name
        if rows:
            assert run_query(d, q.name, params, offset=len(rows) - 1)[1] == rows[-1:], q.name


@pytest.mark.parametrize("limit,offset", [("x", None), (-1, None), (None, "1.5"), (None, -3)])
def test_bad_page_bounds_are_query_errors(out, limit, offset):
    with pytest.raises(QueryError, match="whole number"):
        run_query(out, "places-hierarchy", limit=limit, offset=offset)


def test_facts_by_article_pages_run_article_by_article(real, monkeypatch):
    """The first page of facts-by-article is answered by its page plan (the query run for the
    first articles only), with the rows of the whole result; a page past the middle, and a
    given article, run the query whole."""
    import kg.query as kq
    d, _ = real
    named = kq.get_query("facts-by-article")
    plan = kq.page_plan(named.text)
    assert plan is not None and plan.unless == ("article",)
    cols, whole = run_query(d, "facts-by-article")
    assert len({r[cols.index("articleId")] for r in whole}) > 3
    answers = []
    real_plan = kq._planned_page

    def spy(*a, **kw):
        answers.append(real_plan(*a, **kw))
        return answers[-1]
    monkeypatch.setattr(kq, "_planned_page", spy)
    assert run_query(d, "facts-by-article", limit=10, offset=2)[1] == whole[2:12]
    assert answers and answers[-1] is not None and len(answers[-1][1]) == 10
    last = len(whole) - 3
    assert run_query(d, "facts-by-article", limit=10, offset=last)[1] == whole[last:]
    assert answers[-1] is None  # past the middle: the whole query
    some = whole[0][cols.index("articleId")]
    n = len(answers)
    rows = run_query(d, "facts-by-article", {"article": some}, limit=3)[1]
    assert rows == [r for r in whole if r[cols.index("articleId")] == some][:3]
    assert len(answers) == n  # a given article: no plan
