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


def _record_forks(monkeypatch) -> list[int]:
    """The pids of the forked writers the build starts, in order (they must all be gone after)."""
    started: list[int] = []

    class Recorded(builder._Forked):
        def __init__(self, fn):
            super().__init__(fn)
            started.append(self.pid)
    monkeypatch.setattr(builder, "_Forked", Recorded)
    return started


def test_a_failure_here_stops_the_forked_writer(seed_extraction, tmp_path, monkeypatch):
    from kg.export import extraction_json
    started = _record_forks(monkeypatch)
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


def _graphml_both(ex, tmp_path):
    from kg.export import graphml
    graphml.write(ex, tmp_path / "streamed.graphml")
    graphml._write_networkx(ex, tmp_path / "networkx.graphml")
    return (tmp_path / "streamed.graphml").read_bytes(), (tmp_path / "networkx.graphml").read_bytes()


def test_streamed_graphml_is_networkx_byte_for_byte(seed_extraction, tmp_path):
    streamed, reference = _graphml_both(seed_extraction, tmp_path)
    assert streamed == reference
    assert streamed.count(b"<edge ") > 20 and streamed.count(b"<node ") > 50


def test_streamed_graphml_escapes_and_types_as_networkx_does(seed_extraction, tmp_path):
    import copy
    from kg.export import graphml
    ex = copy.deepcopy(seed_extraction)
    ents = [ex.entities[k] for k in sorted(ex.entities)]
    ents[0].name = 'A&B <x> "q"\n\t\r\x08 end'  # markup, quotes, line breaks, a control char
    ents[1].aliases = {"甲&乙", "<丙>"}
    ents[2].level = 3  # an integer where the others hold text: a key of its own
    ents[3].code = None
    metric = ex.metrics[sorted(ex.metrics)[0]]
    metric.value = 1.5e16
    rel = ex.relations[sorted(ex.relations)[0]]
    rel.evidence[0].quote = "句" * (graphml.EVIDENCE_CHARS + 7)  # cut to the limit
    streamed, reference = _graphml_both(ex, tmp_path)
    assert streamed == reference
    assert b"A&amp;B &lt;x&gt;" in streamed and '\ufffd'.encode() in streamed
    assert b'attr.name="level" attr.type="long"' in streamed


def test_graphml_of_entities_without_relations_and_of_nothing(seed_extraction, tmp_path):
    import copy
    from kg.model import Extraction
    ex = copy.deepcopy(seed_extraction)
    ex.relations.clear()
    for name, x in (("no-relations", ex), ("empty", Extraction())):
        (tmp_path / name).mkdir()
        streamed, reference = _graphml_both(x, tmp_path / name)
        assert streamed == reference, name


def test_an_id_xml_cannot_carry_takes_networkx_writer(seed_extraction, tmp_path):
    import copy
    from kg.export import graphml
    ex = copy.deepcopy(seed_extraction)
    eid = sorted(ex.entities)[0]
    ex.entities[eid + "\x01"] = copy.deepcopy(ex.entities[eid])  # cleaned, it meets eid
    assert not graphml._clean_ids(ex)
    streamed, reference = _graphml_both(ex, tmp_path)
    assert streamed == reference


def test_extraction_json_streamed_is_json_dump_byte_for_byte(seed_extraction, tmp_path):
    import json
    from kg.export import extraction_json
    extraction_json.write(seed_extraction, tmp_path / "x.json")
    reference = json.dumps(seed_extraction.to_json(), ensure_ascii=False, indent=1) + "\n"
    assert (tmp_path / "x.json").read_text(encoding="utf-8") == reference
    assert reference.count('"doc":') > 100


def test_indented_items_match_json_on_awkward_values():
    import enum
    import json
    from kg.export.extraction_json import _item_text

    class Kind(str, enum.Enum):
        PLACE = "Place"
    encode = json.JSONEncoder(ensure_ascii=False, indent=1).encode
    items = [
        {"a": [], "b": {}, "c": [[], [{}]], "d": None, "e": True, "f": False},
        {"n": [0, -3, 10**20, 1.5, -0.0, 1e16, 2.5e-7, float("nan"), float("inf"),
               float("-inf")]},
        {"s": '引号"与\\反斜杠\n换行\t制表\x08\u2028', "t": ("元组", 1)},
        {"k": {1: "an integer key: json's encoder"}},
        {"enum": Kind.PLACE},
        # null and booleans written inline, member names remembered (`_KEY_TEXT`)
        [{'键"名\n': None, "b": True}, {'键"名\n': False, "b": None}, {"c": [None, True]}],
        [],
        "a bare string",
    ]
    for item in items:
        assert _item_text(item, encode) == encode(item).replace("\n", "\n  "), item


def test_an_open_store_in_the_build_process_does_not_hang_the_forked_writer(
        seed_extraction, tmp_path):
    """RocksDB's threads do not survive a fork: with a store open here (a session that queried
    an earlier build), a store loaded in the forked writer waited for ever on a mutex."""
    import signal
    ox = pytest.importorskip("pyoxigraph")
    first = tmp_path / "first"
    write_outputs(seed_extraction, first, ["trig", "turtle", "store"])
    store = ox.Store(str(first / "store"))  # open, with its threads, during the next build

    def hung(*_a):
        raise TimeoutError("the build waited 600 s for its forked writer")
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(600)  # a regression fails here (the writer is stopped) instead of hanging
    try:
        assert len(store) > 1000
        written = write_outputs(seed_extraction, tmp_path / "second",
                                ["json", "trig", "turtle", "store"], jobs=2)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        del store
    assert "store" in [p.name for p in written]
    assert any((tmp_path / "second" / "store").iterdir())


# ------------------------------------------------------------------ the explorer's memory

def _reference_page(ex, tmp_path, inline_max):
    """graph.html as the writer made it before it streamed: the whole payload, measured in
    UTF-8, then one page string (the bytes the streamed writer must reproduce)."""
    import hashlib
    from kg.export import html
    data = html.graph_payload(ex, title="govkg 知识图谱")
    payload = html.json_for_script(data)
    chunked = len(payload.encode("utf-8")) > inline_max
    if chunked:
        chunks = html.split_details(data, 300)
        data["chunks"] = [f"graph-data/c{i:04d}.js" for i in range(len(chunks))]
        html.split_filter_index(data)
        data["index"] = "graph-data/index.js"
        payload = html.json_for_script(data)
        key = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
        payload = payload[:-1] + f',"key":"{key}"}}'
    return html._page(data, "govkg 知识图谱", chunked=chunked, payload=payload).encode("utf-8")


def test_the_payload_size_test_agrees_with_the_whole_payload(seed_extraction):
    from kg.export import html
    data = html.graph_payload(seed_extraction)
    n = len(html.json_for_script(data).encode("utf-8"))
    assert n > 10_000
    for limit in (0, 1, n // 2, n - 1, n, n + 1, 10 * n):
        assert html._payload_bytes_over(data, limit) is (n > limit), limit


@pytest.mark.parametrize("inline_max", [0, 10**9])
def test_the_streamed_page_has_the_bytes_of_the_whole_page(seed_extraction, tmp_path, inline_max):
    from kg.export import html
    path = html.write(seed_extraction, tmp_path / "graph.html", inline_max=inline_max,
                      chunk_bytes=300)
    assert path.read_bytes() == _reference_page(seed_extraction, tmp_path, inline_max)
    assert (tmp_path / "graph-data").is_dir() is (inline_max == 0)


def test_a_chunked_page_never_encodes_the_whole_payload(seed_extraction, tmp_path, monkeypatch):
    """Deciding that the details go to chunk files took the whole payload's JSON and its UTF-8
    copy (three copies of the biggest structure of the build); now only item by item, up to
    the limit."""
    from kg.export import html
    full = len(html.json_for_script(html.graph_payload(seed_extraction)))
    longest = []
    real = html.json_for_script

    def recording(obj):
        text = real(obj)
        longest.append(len(text))
        return text
    monkeypatch.setattr(html, "json_for_script", recording)
    html.write(seed_extraction, tmp_path / "graph.html", inline_max=2_000, chunk_bytes=300)
    assert (tmp_path / "graph-data" / "c0000.js").is_file()
    assert max(longest) < full // 2  # the page's payload without its details, and items


def test_snippets_share_their_sentence_strings(seed_extraction):
    from kg.export import html
    data = html.graph_payload(seed_extraction)
    texts = [item[1] for n in data["nodes"] for item in n["e"]]
    texts += [item[1] for e in data["edges"] for item in e[3]]
    by_text = {}
    for t in texts:
        by_text.setdefault(t, set()).add(id(t))
    assert len(texts) > len(by_text)  # sentences repeat across facts
    assert all(len(ids) == 1 for ids in by_text.values())  # one object each


# ------------------------------------------------------------------ big builds: every export forked

def test_fork_groups_keep_the_rdf_formats_together_and_the_store_out():
    from kg.builder import fork_groups
    assert fork_groups(DEFAULT_FORMATS) == [["turtle", "trig"], ["json"], ["graphml"], ["html"]]
    assert fork_groups(["json", "trig", "turtle", "store"]) == [["trig", "turtle"], ["json"]]
    assert fork_groups(["html"]) == [["html"]]
    assert fork_groups(["store"]) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_big_build_writes_each_export_in_a_process_of_its_own(seed_extraction, tmp_path,
                                                                 monkeypatch, jobs):
    """Above FORK_EXPORTS_CHARS the build process only forks: each export's working set goes
    with its process, and the files are the bytes, in the order, of a one-process build."""
    one_t = {}
    one = write_outputs(seed_extraction, tmp_path / "here", DEFAULT_FORMATS, timings=one_t)
    log = tmp_path / "pids"
    real = builder._write_format

    def recorded(ex, tmp, name, *args):
        with open(log, "a") as f:
            f.write(f"{name} {os.getpid()}\n")
        return real(ex, tmp, name, *args)
    monkeypatch.setattr(builder, "_write_format", recorded)
    monkeypatch.setattr(builder, "FORK_EXPORTS_CHARS", 0)
    forked_t = {}
    forked = write_outputs(seed_extraction, tmp_path / "forked", DEFAULT_FORMATS,
                           timings=forked_t, jobs=jobs)
    assert [p.name for p in forked] == [p.name for p in one]
    assert _files(tmp_path / "forked") == _files(tmp_path / "here")
    assert set(forked_t) == set(one_t)
    pids = dict(line.split() for line in log.read_text().splitlines())
    assert sorted(pids) == sorted(DEFAULT_FORMATS)
    assert str(os.getpid()) not in pids.values()
    assert pids["turtle"] == pids["trig"]  # one RDF export serves both
    assert len({pids[f] for f in ("json", "graphml", "html", "trig")}) == 4
    assert not list((tmp_path / "forked").glob(".kg-build-*"))


def test_a_failing_forked_export_of_a_big_build_changes_nothing(seed_extraction, tmp_path,
                                                               monkeypatch):
    from kg.export import graphml
    write_outputs(seed_extraction, tmp_path, DEFAULT_FORMATS)
    before = _files(tmp_path)
    started = _record_forks(monkeypatch)
    monkeypatch.setattr(builder, "FORK_EXPORTS_CHARS", 0)
    _failing(monkeypatch, graphml, "write")
    with pytest.raises(BuildError, match=r"writing graph\.graphml failed: RuntimeError: disk full"):
        write_outputs(seed_extraction, tmp_path, DEFAULT_FORMATS, jobs=2)
    assert len(started) >= 2
    for pid in started:  # every writer reaped: none left behind
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
    assert _files(tmp_path) == before
    assert not list(tmp_path.glob(".kg-build-*"))


def test_a_big_build_loads_the_store_beside_the_forked_rdf_files(seed_extraction, tmp_path,
                                                                  monkeypatch):
    pytest.importorskip("pyoxigraph")
    monkeypatch.setattr(builder, "FORK_EXPORTS_CHARS", 0)
    written = write_outputs(seed_extraction, tmp_path, ["json", "trig", "turtle", "store"])
    assert [p.name for p in written] == ["extraction.json", "graph.trig", "graph.ttl", "store",
                                         "errors.json"]
    assert any((tmp_path / "store").iterdir())


def test_forked_writers_run_without_the_cyclic_collector(seed_extraction, tmp_path, monkeypatch):
    """A forked writer writes its files and exits: the collector is off in it (its collections
    only walked what the export had just allocated), and left as it was in the build process."""
    import gc
    from kg.export import graphml
    seen = tmp_path / "collector-in-writer.txt"
    real = graphml.write

    def write(ex, path, **options):
        seen.write_text(str(gc.isenabled()))
        return real(ex, path, **options)
    monkeypatch.setattr(graphml, "write", write)
    monkeypatch.setattr(builder, "FORK_EXPORTS_CHARS", 0)
    started = _record_forks(monkeypatch)
    was = gc.isenabled()
    written = write_outputs(seed_extraction, tmp_path / "out", ["json", "graphml"], jobs=1)
    assert [p.name for p in written] == ["extraction.json", "graph.graphml", "errors.json"]
    assert len(started) == 2 and seen.read_text() == "False"
    assert gc.isenabled() == was
