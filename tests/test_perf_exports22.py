"""Faster exports that must write the same bytes as the slower paths they replace."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_fixtures import sample_extraction  # noqa: E402

from kg.export import rdf  # noqa: E402
from test_rdf import _two_documents  # noqa: E402


@pytest.fixture(params=["one", "two"])
def ex(request):
    return sample_extraction() if request.param == "one" else _two_documents()


@pytest.mark.parametrize("order", [("turtle", "trig", "nquads"), ("trig", "nquads", "turtle"),
                                   ("turtle", "nquads", "trig")])
def test_nquads_after_trig_in_a_build_are_read_from_it(ex, order, tmp_path, monkeypatch):
    """A build that writes TriG and N-Quads built every graph twice (N-Quads graph by graph
    through the TriG parser): inside its `unchanged` block N-Quads are now read from the TriG
    file already written (staged, or still the export's own) in one parse, the same bytes."""
    rdf._LAST = None
    expected = rdf.nquads(ex)
    rdf._LAST = None
    writers = {"turtle": rdf.write_turtle, "trig": rdf.write_trig, "nquads": rdf.write_nquads}

    def no_rebuild(_x):
        raise AssertionError("N-Quads built graph by graph again")

    with rdf.unchanged(ex):
        for kind in order:
            if kind == "nquads":
                monkeypatch.setattr(rdf, "_nquads_chunks", no_rebuild)
            writers[kind](ex, tmp_path / f"g.{kind}")
    monkeypatch.undo()
    assert (tmp_path / "g.nquads").read_bytes() == expected
    assert rdf._LAST is None  # the export's files were still removed after Turtle and TriG


def test_nquads_outside_a_build_or_alone_are_built_graph_by_graph(tmp_path):
    """Outside an `unchanged` block (a TriG file may have been edited since) or with no TriG
    written in the block, N-Quads take the graph-by-graph path: the same bytes."""
    x = sample_extraction()
    rdf._LAST = None
    expected = rdf.nquads(x)
    rdf._LAST = None
    rdf.write_trig(x, tmp_path / "g.trig")
    (tmp_path / "g.trig").write_bytes(b"")  # edited: not read
    rdf.write_nquads(x, tmp_path / "a.nq")
    with rdf.unchanged(x):
        rdf.write_nquads(x, tmp_path / "b.nq")
    assert (tmp_path / "a.nq").read_bytes() == expected == (tmp_path / "b.nq").read_bytes()
    rdf._LAST = None


def _table_the_old_way(x) -> dict:
    """`Extraction.sentence_table` as it was: every list sorted, `SentenceTable.add` per quote."""
    from kg.model import Evidence, SentenceTable
    table = SentenceTable({d["id"] for d in x.documents})
    for group in (x.entities, x.relations, x.metrics):
        for k in sorted(group):
            item = group[k]
            for ev in sorted(item.mentions if hasattr(item, "mentions") else item.evidence,
                             key=Evidence.sort_key):
                if ev.quote is not None:
                    table.add(ev.doc, ev.start if ev.sentence_start is None
                              else ev.sentence_start, ev.quote)
    return {d: dict(v) for d, v in table.by_doc.items()}


def test_sentence_table_is_filled_without_a_call_per_evidence(monkeypatch):
    """The JSON export fills the documents' sentence tables first (one pass over every
    evidence) and then writes each item: the pass called `SentenceTable.add` and sorted a list
    of one per fact; now inlined.  The same table, the first of two texts at one span kept, an
    unknown document's sentence left out."""
    from kg.model import Evidence, SentenceTable
    x = _two_documents()
    ent = next(e for e in x.entities.values() if e.mentions and e.mentions[0].quote)
    first = ent.mentions[0]
    clash = Evidence(first.doc, first.source, first.start, first.end, first.article,
                     "另一句。" + (first.quote or ""), "clash", None, first.sentence_start)
    stray = Evidence("no-such-doc", "x.txt", 0, 2, None, "外面的句子。", "stray")
    ent.mentions += [clash, stray]
    expected = _table_the_old_way(x)
    calls = []
    real = SentenceTable.add
    monkeypatch.setattr(SentenceTable, "add", lambda self, *a: calls.append(a) or real(self, *a))
    got = {d: dict(v) for d, v in x.sentence_table().by_doc.items()}
    assert got == expected and "no-such-doc" not in got
    assert calls == []


def test_explorer_page_data_is_encoded_once_when_it_fits(tmp_path, monkeypatch):
    """The explorer measured its data item by item (is it over the page's limit?) and then
    encoded it all again for the page: a payload within the limit is now joined from the
    measured texts, the same text as the whole dict encoded at once, at every limit."""
    from kg.export import html
    x = _two_documents()
    data = html.graph_payload(x)
    whole = html.json_for_script(data)
    n = len(whole.encode("utf-8"))
    for limit in (0, n - 1, n, 10 * n):
        assert html._payload_within(data, limit) == (whole if n <= limit else None), limit
    expected = html.write(x, tmp_path / "a.html").read_bytes()
    real = html.json_for_script
    seen = []
    monkeypatch.setattr(html, "json_for_script",
                        lambda obj: seen.append(type(obj) is dict and "nodes" in obj) or real(obj))
    assert html.write(x, tmp_path / "b.html").read_bytes() == expected
    assert seen and not any(seen)  # no whole-payload encoding


def test_exporters_in_the_build_process_run_without_the_cyclic_collector(tmp_path, monkeypatch):
    """A small build writes its exports in its own process: the collector is paused there too
    (as in a forked writer), its collections walking what the exports had just allocated (5-10%
    of the Turtle and explorer exports' CPU), and is left as it was afterwards."""
    import gc
    from kg import builder
    from kg.export import graphml
    seen = []
    real = graphml.write
    monkeypatch.setattr(graphml, "write",
                        lambda ex, path, **o: seen.append(gc.isenabled()) or real(ex, path, **o))
    x = sample_extraction()
    was = gc.isenabled()
    for jobs in (1, 2):
        written = builder.write_outputs(x, tmp_path / f"out{jobs}", ["json", "graphml"],
                                        jobs=jobs)
        assert [p.name for p in written] == ["extraction.json", "graph.graphml", "errors.json"]
    assert seen == [False, False] and gc.isenabled() == was


def test_facts_said_once_are_written_without_a_sort(monkeypatch):
    """Entity, relation and metric `to_json` sorted their evidence each time, most of it a
    list of one (a sort with a key call and a new list per fact in every JSON export): a
    single item is now taken as it is, a longer list still sorted."""
    from kg.model import Evidence
    x = _two_documents()
    facts = [*x.entities.values(), *x.relations.values(), *x.metrics.values()]
    expected = [f.to_json() for f in facts]
    calls = []
    real = Evidence.sort_key
    monkeypatch.setattr(Evidence, "sort_key", lambda self: calls.append(1) or real(self))
    assert [f.to_json() for f in facts] == expected
    sizes = [len(f.mentions if hasattr(f, "mentions") else f.evidence) for f in facts]
    assert 1 in sizes and any(n > 1 for n in sizes)
    assert len(calls) == sum(n for n in sizes if n > 1)
