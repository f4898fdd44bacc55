"""Named queries shaped for the store: the runner's lookups (a parameter's resources found first,
bound as VALUES of IRIs) give the rows the query gives as it is written, sent to an endpoint
with no runner (`kg serve`, Fuseki), on the real sample page."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import builder
from kg.export import rdf
from kg.query import (QUERY_PREFIXES, bind_params, execute, get_query, lookup,
                      resolve_lookups, sorted_lists, to_python)
from kg.store import fill


@pytest.fixture(scope="module")
def store():
    ex, _errors, _articles = builder.extract(builder.sample_corpus())
    s = ox.Store()
    fill(s, rdf.quads(ex))
    return s


def as_written(store, name, params):
    """The query as an endpoint would run it: parameters bound, lookup blocks left in place
    (its GROUP_CONCAT lists sorted as `execute` sorts them)."""
    q = get_query(name)
    text = bind_params(q.text, params, q)[0]
    result = store.query(text, prefixes=QUERY_PREFIXES)
    cols = [v.value for v in result.variables]
    return cols, sorted_lists(q.text, cols, [[to_python(sol[c]) for c in cols] for sol in result])


@pytest.mark.parametrize("name, params", [
    ("entity-facts", {"entity": "邯郸市"}),
    ("entity-facts", {"entity": "130400"}),
    ("metrics-of-place", {"place": "邯郸"}),
    ("facts-by-article", {}),
])
def test_lookups_give_the_rows_of_the_query_as_written(store, name, params):
    got = execute(store, get_query(name).text, params, get_query(name))
    assert got[1], name  # the page states facts about 邯郸市
    assert got == as_written(store, name, params)


def test_facts_by_article_for_one_article_is_a_page_of_all(store):
    cols, every = execute(store, get_query("facts-by-article").text, {},
                          get_query("facts-by-article"))
    first = every[0][cols.index("articleId")]
    _, page = execute(store, get_query("facts-by-article").text, {"article": first},
                      get_query("facts-by-article"))
    assert page == [r for r in every if r[cols.index("articleId")] == first]


def test_lookup_finds_names_aliases_and_codes_exactly(store):
    by_name = lookup(store, "邯郸市")
    assert by_name == ["https://w3id.org/govkg/id/place/130400"]
    assert lookup(store, "130400") == by_name
    assert lookup(store, "邯郸市x") == []
    # the block is replaced by VALUES of the IRIs, and left out for a parameter not given
    text = "SELECT ?e WHERE {\n  # @lookup entity ?e\n  { ?e ?p ?o }\n  # @end-lookup\n}"
    assert "VALUES ?e { <https://w3id.org/govkg/id/place/130400> }" in \
        resolve_lookups(store, text, {"entity": "邯郸市"})
    assert "@lookup" not in resolve_lookups(store, text, {}) and "?o" not in \
        resolve_lookups(store, text, {})


@pytest.fixture(scope="module")
def summarised_store():
    from kg.query.summaries import write_summaries
    ex, _errors, _articles = builder.extract(builder.sample_corpus())
    s = ox.Store()
    fill(s, rdf.quads(ex))
    write_summaries(s)
    return s


def test_summaries_answer_the_rows_of_the_query_on_the_corpus(store, summarised_store):
    from kg.query import list_queries
    from kg.query.summaries import read_summary, summarised
    names = [q for q in list_queries() if summarised(q.text)]
    assert {q.name for q in names} >= {"approx-vs-exact", "investment-by-county",
                                       "programmes-per-county"}
    for q in names:
        live = execute(store, q.text, {}, q)
        assert live[1], q.name  # the sample page has figures in 元 and programmes in counties
        assert read_summary(store, q.name, q.text) is None  # no summary there: run on the corpus
        assert read_summary(summarised_store, q.name, q.text) is not None
        assert execute(summarised_store, q.text, {}, q) == live, q.name
        assert execute(summarised_store, q.text, {}, q, limit=2, offset=1) == \
            (live[0], live[1][1:3]), q.name
        assert execute(summarised_store, q.text, {}, q, offset=1) == (live[0], live[1][1:])
        assert execute(summarised_store, q.text, {}, q, limit=3, offset=len(live[1]) - 1) == \
            (live[0], live[1][-1:])
        # rows made from another text of the query are never used for this one
        assert read_summary(summarised_store, q.name, q.text + "\n# changed") is None


def test_summaries_stay_out_of_the_union_and_parameters_run_on_the_corpus(summarised_store):
    rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
    assert not summarised_store.query(f"ASK {{ ?row <{rs}index> ?i }}")
    assert summarised_store.query(f"ASK {{ GRAPH ?g {{ ?row <{rs}index> ?i }} }}")
    q = get_query("investment-by-county")
    default = execute(summarised_store, q.text, {}, q)
    assert execute(summarised_store, q.text, {"indicator": "投资"}, q) == default
    assert default[1] and execute(summarised_store, q.text, {"indicator": "没有这个指标"}, q)[1] == []


@pytest.mark.parametrize("name, params", [
    ("entity-facts", {"entity": "邯郸市"}),
    ("metrics-of-place", {"place": "邯郸市"}),
    ("timeseries", {"indicator": "投资"}),
    ("agency-programmes", {}),
    ("facts-by-article", {}),
])
def test_small_pages_of_planned_queries_add_up_to_the_whole_result(store, name, params):
    """Pages of 4 rows run the page plan batch by batch (keys found first, then a few at a
    time): together they are the whole result, row for row."""
    q = get_query(name)
    cols, whole = execute(store, q.text, params, q)
    assert len(whole) > 4, name
    pages = [execute(store, q.text, params, q, limit=4, offset=k) for k in range(0, len(whole), 4)]
    assert all(p[0] == cols for p in pages)
    assert [r for p in pages for r in p[1]] == whole, name


def test_timeseries_finds_an_indicator_by_concept_id_or_name_part(store):
    q = get_query("timeseries")
    by_name = execute(store, q.text, {"indicator": "投资"}, q)[1]
    assert by_name and execute(store, q.text, {"indicator": "没有这个指标"}, q)[1] == []
    # a concept id that is no IRI (a space) finds nothing, and does not match every figure
    assert execute(store, q.text, {"indicator": "no such concept"}, q)[1] == []


def test_sorted_lists_and_page_variants():
    from kg.query import _page_variant, sorted_lists
    q = '# @sorted-list ?evidence " "\nSELECT …'
    rows = sorted_lists(q, ["n", "evidence"], [[1, "d:10-12 d:9-20 c:3-4"], [2, None]])
    assert rows == [[1, "c:3-4 d:9-20 d:10-12"], [2, None]]
    text = "A\n  # @paged: LATERAL {\n  ?s ?p ?o .  # @whole\n  # @paged: }\nB"
    assert _page_variant(text) == "A\n  LATERAL {\n\n  }\nB"


def test_page_keys_without_parameters_are_kept_by_the_loader(store, summarised_store):
    from kg.query.summaries import KEYS_SUFFIX, fixed_keys, read_summary
    for name in ("facts-by-article", "agency-programmes"):
        q = get_query(name)
        assert fixed_keys(q.text) is not None
        assert read_summary(summarised_store, name + KEYS_SUFFIX, fixed_keys(q.text))[1]
        whole = execute(store, q.text, {}, q)
        for k in (0, 3, 7):
            assert execute(summarised_store, q.text, {}, q, limit=3, offset=k) == \
                (whole[0], whole[1][k:k + 3]), name
    assert fixed_keys(get_query("entity-facts").text) is None  # keys of one entity: a parameter


@pytest.mark.parametrize("name, params", [
    ("entity-facts", {"entity": "邯郸市"}),
    ("entity-facts", {"entity": "130400"}),
    ("timeseries", {"indicator": "投资"}),
    ("timeseries", {"indicator": "investment"}),
])
def test_key_indexes_give_the_pages_of_the_keys_query(store, name, params, monkeypatch):
    """The loader keeps the page keys of every entity and every indicator (`# @key-index`); a
    page reads its entries' keys from there, in chunks (2 rows here, so that pages cross them
    and keys equal on the order are not split), and never runs the keys query; its rows are the
    whole result's.  An index made from another text of the query is not used."""
    import kg.query as kq
    from kg.query import key_index
    from kg.query.summaries import INDEX_SUFFIX, read_key_index, write_summaries
    from kg.query import summaries
    monkeypatch.setattr(summaries, "INDEX_CHUNK", 2)
    indexed = ox.Store()
    fill(indexed, store.quads_for_pattern(None, None, None, None))
    counts = write_summaries(indexed)
    assert counts[name + INDEX_SUFFIX] > 1
    q = get_query(name)
    cols, whole = execute(store, q.text, params, q)
    assert len(whole) > 4, name

    def no_keys_query(*_args):
        raise AssertionError("the keys query ran although the store keeps the keys")
    monkeypatch.setattr(kq, "_ordered_keys", no_keys_query)
    for limit in (1, 3, 4):
        pages = [execute(indexed, q.text, params, q, limit=limit, offset=k)
                 for k in range(0, len(whole), limit)]
        assert [r for p in pages for r in p[1]] == whole, (name, limit)
    assert execute(indexed, q.text, params, q, limit=4, offset=len(whole)) == (cols, [])
    index = key_index(q.text)
    assert read_key_index(indexed, name + INDEX_SUFFIX, index[1] + "\n# changed", [],
                          lambda r: r) is None


def test_timeseries_nested_place_test_gives_the_rows_of_the_plain_not_exists(store):
    """The figure's subject test is written with a nested FILTER EXISTS (a lookup per subject,
    where the plain join read every place at each row): the rows are those of the plain form."""
    q = get_query("timeseries")
    nested = "NOT EXISTS { ?obs govkg:subject ?s2 . FILTER EXISTS { ?s2 a govkg:Place } }"
    assert nested in q.text
    plain = q.text.replace(nested, "NOT EXISTS { ?obs govkg:subject ?s2 . ?s2 a govkg:Place }")
    for params in ({"indicator": "投资"}, {"indicator": "investment", "place": "邯郸市"}):
        got = execute(store, q.text, params, q)
        assert got[1] and got == execute(store, plain, params, q), params
