"""Exports shared among processes (issue 17): with two jobs or more, `kg build` writes the RDF
formats in a forked process while it writes the others itself.  The bytes, the order of the
written files, the timings and the RDF counts must be those of a one-process build, and a
failure on either side must leave the earlier outputs as they were."""
from __future__ import annotations

import os

import pytest

from conftest import SEED

from kg import builder
from kg.builder import DEFAULT_FORMATS, BuildError, build, export_groups, write_outputs


@pytest.fixture(scope="module")
def seed_extraction():
    """The sample page, extracted once (the exports are what these tests exercise)."""
    return build([SEED], None).extraction


def _files(out):
    """Every output file under `out` (graph-data/ of the explorer too), as bytes."""
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_export_groups_put_the_rdf_formats_in_one_forked_process():
    assert export_groups(DEFAULT_FORMATS, 1) == [list(DEFAULT_FORMATS)]
    assert export_groups(DEFAULT_FORMATS, 2) == [["json", "graphml", "html"], ["turtle", "trig"]]
    assert export_groups(["json", "trig", "store"], 8) == [["json"], ["trig", "store"]]
    assert export_groups(["json", "html"], 2) == [["json", "html"]]  # nothing to fork
    assert export_groups(["turtle", "trig"], 2) == [["turtle", "trig"]]


def test_two_jobs_write_the_same_bytes_in_the_same_order(seed_extraction, tmp_path):
    from kg.export import rdf
    one_t, two_t = {}, {}
    one = write_outputs(seed_extraction, tmp_path / "j1", DEFAULT_FORMATS, timings=one_t)
    quads = rdf.STATS["quads"]
    rdf.STATS.clear()
    two = write_outputs(seed_extraction, tmp_path / "j2", DEFAULT_FORMATS, timings=two_t, jobs=2)
    assert [p.name for p in two] == [p.name for p in one]
    assert _files(tmp_path / "j2") == _files(tmp_path / "j1")
    assert set(two_t) == set(one_t) >= {"turtle", "trig", "json"}  # the child's timings came back
    assert rdf.STATS["quads"] == quads > 1000  # and its counts
    assert not list((tmp_path / "j2").glob(".kg-build-*"))


def _failing(monkeypatch, module, name, message="disk full"):
    def boom(*_a, **_k):
        raise RuntimeError(message)
    monkeypatch.setattr(module, name, boom)


def test_a_failure_in_the_forked_writer_fails_the_build_and_changes_nothing(
        seed_extraction, tmp_path, monkeypatch):
    from kg.export import rdf
    write_outputs(seed_extraction, tmp_path, DEFAULT_FORMATS)
    before = _files(tmp_path)
    _failing(monkeypatch, rdf, "write_trig")  # the child is forked with the patch in place
    with pytest.raises(BuildError, match=r"writing graph\.trig failed: RuntimeError: disk full"):
        write_outputs(seed_extraction, tmp_path, DEFAULT_FORMATS, jobs=2)
    assert _files(tmp_path) == before
    assert not list(tmp_path.glob(".kg-build-*"))


def test_a_failure_here_stops_the_forked_writer(seed_extraction, tmp_path, monkeypatch):
    from kg.export import extraction_json
    started = []

    class Recorded(builder._Forked):
        def __init__(self, fn):
            super().__init__(fn)
            started.append(self.pid)
    monkeypatch.setattr(builder, "_Forked", Recorded)
    _failing(monkeypatch, extraction_json, "write")
    with pytest.raises(BuildError, match=r"writing extraction\.json failed"):
        write_outputs(seed_extraction, tmp_path, DEFAULT_FORMATS, jobs=2)
    assert len(started) == 1
    with pytest.raises(ChildProcessError):  # stopped and reaped: no process left behind
        os.waitpid(started[0], os.WNOHANG)
    assert not [p for p in tmp_path.iterdir() if p.name != ".cache"]


def test_the_store_loads_what_the_forked_writer_wrote(seed_extraction, tmp_path):
    pytest.importorskip("pyoxigraph")
    written = write_outputs(seed_extraction, tmp_path, ["json", "trig", "turtle", "store"],
                            jobs=2)
    assert [p.name for p in written] == ["extraction.json", "graph.trig", "graph.ttl", "store",
                                         "errors.json"]
    assert (tmp_path / "store").is_dir() and any((tmp_path / "store").iterdir())
    with pytest.raises(BuildError, match="store format needs the trig format"):
        write_outputs(seed_extraction, tmp_path / "no-trig", ["json", "store"], jobs=2)
