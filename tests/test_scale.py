"""Scale: engines by name, worker processes give the same bytes as one process, one document's
failure costs only that document, and the benchmark corpus generator is realistic and
deterministic."""
from __future__ import annotations

import filecmp
import json
import sys

import pytest

from conftest import EXTRA, ROOT, SEED

sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.builder import BuildError, ExtractStats, build, extract, merge  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.engines import batches, engine_names, get_engine  # noqa: E402
from kg.model import Doc  # noqa: E402
from kg.pipeline import DEFAULT_PIPELINE, component  # noqa: E402

OUTPUTS = ("extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html",
           "errors.json")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from corpus_gen import generate
    d = tmp_path_factory.mktemp("scale-corpus")
    generate(d / "news.jsonl", 0.08)
    return d / "news.jsonl"


def test_engine_registry():
    assert engine_names() == ["dask", "local"]
    assert get_engine("local", jobs=2).jobs == 2
    with pytest.raises(ValueError, match="unknown engine"):
        get_engine("spark")
    with pytest.raises(ValueError, match="--scheduler"):
        get_engine("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(BuildError, match="unknown engine"):
        build([SEED], None, engine="spark")


def test_two_worker_processes_write_the_same_bytes_as_one(corpus, tmp_path):
    one, two = ExtractStats(), ExtractStats()
    build([corpus, SEED, EXTRA], tmp_path / "j1", jobs=1, stats=one)
    build([corpus, SEED, EXTRA], tmp_path / "j2", jobs=2, stats=two)
    assert one.extracted == two.extracted == one.documents > 10
    for name in OUTPUTS:
        assert filecmp.cmp(tmp_path / "j1" / name, tmp_path / "j2" / name, shallow=False), name


def test_input_order_does_not_change_the_graph(corpus, tmp_path):
    records = corpus.read_text(encoding="utf-8").splitlines()
    rev = tmp_path / "news.jsonl"  # same file name: same document ids
    rev.write_text("\n".join(reversed(records)) + "\n", encoding="utf-8")
    a, _, _ = extract([corpus])
    b, _, _ = extract([rev], jobs=2)
    assert a.to_json() == b.to_json()


def test_merge_leaves_its_inputs_alone(corpus):
    from kg.builder import extract_document
    from kg.readers.corpus import read_corpus
    docs = [d for d in read_corpus([corpus]) if isinstance(d, Doc)][:6]
    results = [extract_document(d) for d in docs]
    first = merge(results).to_json()
    assert merge(results).to_json() == first  # merging again gives the same graph


@pytest.fixture
def exploding_component():
    """A component that fails on documents containing a marker, registered for one test."""
    from kg.pipeline import _REGISTRY

    def factory(**_):
        def run(doc):
            if "爆炸标记" in doc.text:
                raise RuntimeError("boom")
            return doc
        return run
    component("explode_on_marker")(factory)
    yield "explode_on_marker"
    _REGISTRY.pop("explode_on_marker", None)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_document_costs_only_itself(tmp_path, jobs, exploding_component):
    src = tmp_path / "c.jsonl"
    recs = [{"id": f"d{i}", "text": f"邯郸市科技局在魏县开展活动{i}次。"} for i in range(6)]
    recs[2]["text"] += "爆炸标记"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                   encoding="utf-8")
    names = DEFAULT_PIPELINE[:3] + (exploding_component,) + DEFAULT_PIPELINE[3:]
    ex, errors, _ = extract([src], jobs=jobs, names=names)
    assert [d["id"] for d in ex.documents] == [f"c--d{i}" for i in (0, 1, 3, 4, 5)]
    assert len(errors) == 1 and "RuntimeError: boom" in errors[0].reason


def test_batches_bound_characters():
    docs = [Doc(f"d{i}", "s", "字" * 1000) for i in range(25)]
    groups = list(batches(iter(docs), max_chars=4000, max_docs=3))
    assert [len(g) for g in groups] == [3] * 8 + [1]
    groups = list(batches(iter(docs), max_chars=4000))
    assert [len(g) for g in groups] == [4] * 6 + [1]
    assert [d.id for g in groups for d in g] == [d.id for d in docs]


def test_corpus_generator_is_deterministic_and_moves_places(tmp_path):
    from corpus_gen import generate
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    info = generate(a, 0.2)
    generate(b, 0.2)
    assert a.read_bytes() == b.read_bytes()
    recs = [json.loads(line) for line in a.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == info["documents"] and 200_000 <= info["bytes"] < 215_000
    assert len({r["id"] for r in recs}) == len(recs)
    text = "".join(r["text"] for r in recs)
    seed = SEED.read_text(encoding="utf-8")
    assert text.count("邯郸") < len(recs)  # most documents are about other cities
    sentences = [s for s in seed.replace("\n", "。").split("。") if len(s) > 25]
    kept = sum(1 for s in sentences if s[5:20] in text)  # real sentences, recombined
    assert kept > len(sentences) // 3


def test_cli_engine_options(tmp_path):
    out = tmp_path / "o"
    assert main(["build", str(SEED), "--out", str(out), "--formats", "json", "-q",
                 "-j", "2", "--no-cache"]) == 0
    assert json.loads((out / "extraction.json").read_text(encoding="utf-8"))["documents"]
    assert main(["build", str(SEED), "--out", str(out), "-q",
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2


def test_jobs_auto_is_one_process_for_a_small_corpus_and_the_cpus_for_a_big_one(tmp_path,
                                                                              monkeypatch):
    """`kg build` defaults to `-j auto`: workers only where they pay (2 MB of input or more),
    at most AUTO_JOBS_MAX; a bad -j is a usage error (exit 2) naming the value."""
    from kg import cli
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert cli.auto_jobs([SEED]) == 1
    big = tmp_path / "big"
    big.mkdir()
    line = json.dumps({"id": "x", "text": "邯郸市" * 100}, ensure_ascii=False) + "\n"
    for i in range(3):  # three files of ~0.9 MB: the size is what counts, not the file count
        (big / f"c{i}.jsonl").write_text(line * 1000, encoding="utf-8")
    assert cli.auto_jobs([big]) == cli.AUTO_JOBS_MAX
    assert cli.auto_jobs([big], engine="dask") == 8
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0}, raising=False)
    assert cli.auto_jobs([big]) == 1
    assert cli._parser().parse_args(["build"]).jobs == "auto"
    for bad in ("0", "-2", "many"):
        with pytest.raises(SystemExit) as e:
            main(["build", str(SEED), "-j", bad])
        assert e.value.code == 2


def test_workers_send_results_as_pickle_bytes(corpus):
    """What a worker returns is the pickled DocResult: the build process stores the bytes and
    decodes each result only when it merges it."""
    import pickle
    from kg.engines import extract_batch
    from kg.readers.corpus import read_corpus
    docs = [d for d in read_corpus([corpus]) if isinstance(d, Doc)][:2]
    outcomes = extract_batch(docs, None, None)
    assert [o.doc_id for o in outcomes] == [d.id for d in docs]
    for o, d in zip(outcomes, docs):
        assert o.error is None and o.result is None and isinstance(o.data, bytes)
        res = pickle.loads(o.data)
        assert res.document["id"] == d.id and res.text == d.text and res.entities


def test_results_are_decoded_only_at_the_merge(corpus, monkeypatch):
    """While the documents are extracted in this process the build holds their results as
    bytes in its spill file (nothing to unpickle, nothing scattered among the pipeline's
    temporaries); each is unpickled when it is merged, in document-id order, once."""
    from kg import builder
    loads, finished = [], []
    real_load, real_merge = builder._Spill.load, builder._merge_results

    def load(self, doc_id):
        loads.append((doc_id, bool(finished)))
        return real_load(self, doc_id)

    def merge_results(results, spill):
        finished.append(len(spill.where))
        return real_merge(results, spill)
    monkeypatch.setattr(builder._Spill, "load", load)
    monkeypatch.setattr(builder, "_merge_results", merge_results)
    stats = ExtractStats()
    ex, _errors, _articles = extract([corpus], jobs=1, stats=stats)
    assert finished == [stats.extracted] and stats.extracted > 3
    assert [d for d, _ in loads] == sorted(d["id"] for d in ex.documents)
    assert all(after for _, after in loads) and stats.merged_early == 0


def test_worker_results_are_decoded_once_each_as_they_are_merged(corpus, monkeypatch):
    """With workers, the build process merges each result as its turn comes (`_EarlyMerge`):
    every result unpickled once, in document-id order, and no merge left for the end."""
    from kg import builder
    loads = []
    real_load = builder.load_result

    def load_result(data):
        res = real_load(data)
        loads.append(res.document["id"])
        return res
    monkeypatch.setattr(builder, "load_result", load_result)
    monkeypatch.setattr(builder, "_merge_results", lambda *a: pytest.fail("merged at the end"))
    stats = ExtractStats()
    ex, _errors, _articles = extract([corpus], jobs=2, stats=stats)
    assert stats.extracted > 3 and stats.merged_early == stats.extracted
    assert loads == sorted(d["id"] for d in ex.documents) == [d["id"] for d in ex.documents]
