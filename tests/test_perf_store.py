"""The `store` output format: `kg build` loads OUT/store/ itself, so `kg query` opens it
without building it (the store is loaded once per build, not per query or per process)."""
from __future__ import annotations

import pytest

from kg import builder
from kg import store as kstore
from kg.query import run_query


def test_build_writes_a_current_store_that_queries_use_as_it_is(tmp_path, monkeypatch):
    res = builder.build(builder.sample_corpus(), tmp_path, ("store", "trig", "turtle"))
    assert {p.name for p in res.written} >= {"store", "graph.trig", "graph.ttl"}
    assert kstore.is_current(tmp_path)
    info = kstore.store_info(tmp_path)
    assert info["quads"] > 1000 and info["union_triples"] <= info["quads"]

    def no_rebuild(_out):
        raise AssertionError("the build's store was rebuilt")
    monkeypatch.setattr(kstore, "build_store", no_rebuild)
    monkeypatch.setattr(kstore, "_build_or_fail", no_rebuild)
    cols, rows = run_query(tmp_path, "entity-facts", {"entity": "邯郸市"})
    assert rows and "quote" in cols


def test_a_second_build_replaces_the_store_and_the_store_needs_trig(tmp_path):
    builder.build(builder.sample_corpus(), tmp_path, ("trig", "turtle", "store"))
    first = kstore.store_info(tmp_path)["sha256"]
    (tmp_path / "graph.trig").write_bytes(b"")  # a stale store would be detected ...
    assert not kstore.is_current(tmp_path)
    builder.build(builder.sample_corpus(), tmp_path, ("trig", "turtle", "store"))
    assert kstore.is_current(tmp_path) and kstore.store_info(tmp_path)["sha256"] == first
    with pytest.raises(builder.BuildError, match="needs the trig format"):
        builder.build(builder.sample_corpus(), tmp_path / "other", ("json", "store"))


def test_an_unchanged_graph_trig_is_not_hashed_again_and_an_edit_is_still_seen(tmp_path, monkeypatch):
    """`is_current` trusts the stamp's stat of graph.trig (hashing a 10M-quad one took 0.5 s of
    every `kg query`); an edit of the same size with another mtime falls back to the digest."""
    import os
    builder.build(builder.sample_corpus(), tmp_path, ("trig", "turtle", "store"))
    real_sha = kstore._sha256

    def no_hash(_path):
        raise AssertionError("graph.trig hashed although unchanged")
    monkeypatch.setattr(kstore, "_sha256", no_hash)
    assert kstore.is_current(tmp_path)
    monkeypatch.setattr(kstore, "_sha256", real_sha)
    trig = tmp_path / "graph.trig"
    data = trig.read_bytes()
    st = trig.stat()
    at = data.index(b"\"") + 1  # one character of a literal, same length
    trig.write_bytes(data[:at] + (b"X" if data[at:at + 1] != b"X" else b"Y") + data[at + 1:])
    os.utime(trig, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert trig.stat().st_size == st.st_size
    assert not kstore.is_current(tmp_path)
    trig.write_bytes(data)  # the same bytes again: current by the digest, stat recorded anew
    assert kstore.is_current(tmp_path)
    monkeypatch.setattr(kstore, "_sha256", no_hash)
    assert kstore.is_current(tmp_path)


def test_the_build_store_carries_the_summaries_of_the_aggregate_queries(tmp_path):
    """The loader runs the `# @summary` queries once; run_query answers them from their graphs
    (row for row what the corpus gives), and the graphs stay out of the union."""
    import pyoxigraph as ox

    from kg.query import execute, get_query, list_queries
    from kg.query.summaries import graph_iri, read_summary, summarised
    builder.build(builder.sample_corpus(), tmp_path, ("trig", "turtle", "store"))
    counts = kstore.store_info(tmp_path)["summaries"]
    named = [q for q in list_queries() if summarised(q.text)]
    assert {n for n in counts if "/" not in n} == {q.name for q in named}
    assert {n for n in counts if "/" in n} == {"facts-by-article/page-keys",
                                               "agency-programmes/page-keys",
                                               "entity-facts/key-index",
                                               "timeseries/key-index"}
    assert all(counts.values())
    store = kstore.open_store(tmp_path)
    for q in named:
        assert read_summary(store, q.name, q.text) is not None
        cols, rows = run_query(tmp_path, q.name)
        assert len(rows) == counts[q.name]
        live = ox.Store()  # the same union, without summaries: the query runs on the corpus
        live.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                         for t in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        assert execute(live, q.text, {}, q) == (cols, rows), q.name
        assert store.contains_named_graph(ox.NamedNode(graph_iri(q.name)))


def test_refresh_summaries_writes_them_again_for_changed_query_texts(tmp_path, monkeypatch):
    """A store whose summaries were made from older query texts gets them again in place (no
    reload of graph.trig): its stamp's quads stay, the new texts are answered from the store."""
    from kg.query import get_query
    from kg.query.summaries import INDEX_SUFFIX, read_summary
    builder.build(builder.sample_corpus(), tmp_path, ("trig", "store"))
    before = kstore.store_info(tmp_path)
    q = get_query("investment-by-county")
    changed = q.text + "\n# a newer text of the query\n"
    monkeypatch.setattr(type(q), "text", property(
        lambda self: changed if self.name == q.name else self.path.read_text(encoding="utf-8")))
    assert read_summary(kstore.open_store(tmp_path), q.name, changed) is None
    counts = kstore.refresh_summaries(tmp_path)
    after = kstore.store_info(tmp_path)
    assert after["quads"] == before["quads"] and after["summaries"] == counts
    assert counts[q.name] == before["summaries"][q.name]
    assert counts["entity-facts" + INDEX_SUFFIX] == before["summaries"]["entity-facts" + INDEX_SUFFIX]
    assert read_summary(kstore.open_store(tmp_path), q.name, changed) is not None
