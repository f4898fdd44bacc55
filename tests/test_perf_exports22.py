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
