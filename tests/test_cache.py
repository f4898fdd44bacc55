"""Incremental builds: the per-document cache re-extracts only what changed, and a cached build
writes exactly the bytes a clean build writes."""
from __future__ import annotations

import filecmp
import json
import shutil
import sys

import pytest

from conftest import EXTRA, ROOT, SEED

sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.builder import ExtractStats, build  # noqa: E402
from kg.cache import Cache, doc_key, extractor_version  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.model import Doc  # noqa: E402

OUTPUTS = ("extraction.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.html",
           "errors.json")
FAST = ("json", "graphml")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A 12-document JSON Lines corpus of recombined real sentences."""
    from corpus_gen import generate
    d = tmp_path_factory.mktemp("cache-corpus")
    info = generate(d / "news.jsonl", 0.1)
    assert info["documents"] >= 8
    return d / "news.jsonl"


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def _same(a, b, names=OUTPUTS):
    return [n for n in names if not filecmp.cmp(a / n, b / n, shallow=False)]


def test_rebuild_from_cache_extracts_nothing_and_writes_the_same_bytes(corpus, tmp_path):
    out = tmp_path / "out"
    first, second = ExtractStats(), ExtractStats()
    build([corpus, SEED], out, cache=True, stats=first)
    n = first.documents
    assert first.extracted == n and first.cached == 0
    assert list((out / ".cache").glob("*/*/*.pickle")), "no shard written"
    snapshot = tmp_path / "snapshot"
    shutil.copytree(out, snapshot, ignore=shutil.ignore_patterns(".cache"))
    build([corpus, SEED], out, cache=True, stats=second)
    assert second.extracted == 0 and second.cached == n
    assert _same(out, snapshot) == []
    clean = tmp_path / "clean"
    build([corpus, SEED], clean)
    assert _same(out, clean) == []


def test_one_changed_document_is_the_only_one_extracted(corpus, tmp_path):
    cache = tmp_path / "cache"
    src = tmp_path / "a" / "news.jsonl"
    src.parent.mkdir()
    shutil.copy(corpus, src)
    build([src], tmp_path / "out", FAST, cache=cache)
    records = _records(src)
    records[3]["text"] = records[3]["text"].replace("。", "。邯郸市民政局新建养老服务站12个。", 1)
    _write(src, records)
    stats = ExtractStats()
    build([src], tmp_path / "out", cache=cache, stats=stats)
    assert (stats.extracted, stats.cached) == (1, len(records) - 1)
    clean = tmp_path / "clean"
    build([src], clean)
    assert _same(tmp_path / "out", clean) == []
    ex = json.loads((clean / "extraction.json").read_text(encoding="utf-8"))
    assert any(e["name"] == "邯郸市民政局" for e in ex["entities"])


def test_inserting_a_record_keeps_the_others_cached(corpus, tmp_path):
    """Line numbers shift, but no stage reads them: the other documents stay cached."""
    cache = tmp_path / "cache"
    src = tmp_path / "news.jsonl"
    records = _records(corpus)
    _write(src, records)
    build([src], None, cache=cache)
    new = dict(records[0], id="inserted", text="魏县人力资源和社会保障局举办招聘会,提供岗位3000余个。")
    _write(src, [new] + records)
    stats = ExtractStats()
    build([src], None, cache=cache, stats=stats)
    assert (stats.extracted, stats.cached) == (1, len(records))


def test_extractor_version_tracks_code_config_and_user_dictionary(tmp_path):
    v = extractor_version()
    assert v == extractor_version() and len(v) == 24
    assert extractor_version(("layout", "sentences")) != v
    d = tmp_path / "terms.tsv"
    d.write_text("惠民实践团\tProgramme\n", encoding="utf-8")
    with_dict = extractor_version(None, {"entities": {"user_dict": str(d)}})
    assert with_dict != v
    d.write_text("惠民实践团\tProgramme\n云执法\tProgramme\n", encoding="utf-8")
    assert extractor_version(None, {"entities": {"user_dict": str(d)}}) != with_dict


def test_doc_key_is_content_not_position():
    a = Doc("d1", "x.jsonl", "邯郸市科技局", meta={"format": "jsonl", "line": 3})
    b = Doc("d1", "x.jsonl", "邯郸市科技局", meta={"format": "jsonl", "line": 9})
    assert doc_key(a) == doc_key(b)
    assert doc_key(a) != doc_key(Doc("d1", "x.jsonl", "邯郸市民政局", meta=a.meta))
    assert doc_key(a) != doc_key(Doc("d2", "x.jsonl", "邯郸市科技局", meta=a.meta))
    assert doc_key(a) != doc_key(Doc("d1", "x.jsonl", "邯郸市科技局", title="t", meta=a.meta))


def test_damaged_shard_is_a_miss_and_is_rewritten(corpus, tmp_path):
    cache = tmp_path / "cache"
    build([SEED], tmp_path / "a", FAST, cache=cache)
    shards = list(cache.glob("*/*/*.pickle"))
    assert len(shards) == 1
    shards[0].write_bytes(b"\x80\x05truncated")
    stats = ExtractStats()
    build([SEED], tmp_path / "b", FAST, cache=cache, stats=stats)
    assert stats.extracted == 1
    assert _same(tmp_path / "a", tmp_path / "b", ("extraction.json",)) == []
    assert Cache.open(cache).get(doc_key(next(iter(_seed_docs())))) is not None


def _seed_docs():
    from kg.readers.corpus import read_corpus
    return [d for d in read_corpus([SEED]) if isinstance(d, Doc)]


def test_other_extractor_versions_are_dropped(tmp_path):
    stale = tmp_path / "cache" / ("0" * 24) / "ab"
    stale.mkdir(parents=True)
    (stale / "x.pickle").write_bytes(b"old")
    (stale.parent / ".govkg-cache").write_text("marker")
    (tmp_path / "cache" / "notes").mkdir()  # not ours: left alone
    users = tmp_path / "cache" / ("1" * 24)  # a user's folder with a version-like name
    users.mkdir()
    (users / "thesis.txt").write_text("mine")
    Cache.open(tmp_path / "cache")
    assert not (tmp_path / "cache" / ("0" * 24)).exists()
    assert (tmp_path / "cache" / "notes").exists()
    assert (users / "thesis.txt").read_text() == "mine"


def test_cli_default_cache_is_out_dot_cache_and_prunes_removed_documents(tmp_path):
    out = tmp_path / "out"
    args = ["build", str(SEED), str(EXTRA), "--out", str(out), "--formats", "json", "-q"]
    assert main(args) == 0
    assert len(list((out / ".cache").glob("*/*/*.pickle"))) == 4
    assert main(["build", str(SEED), "--out", str(out), "--formats", "json", "-q"]) == 0
    assert len(list((out / ".cache").glob("*/*/*.pickle"))) == 1
    plain = tmp_path / "plain"
    assert main(["build", str(SEED), "--out", str(plain), "--formats", "json", "-q",
                 "--no-cache"]) == 0
    assert not (plain / ".cache").exists()
    assert _same(out, plain, ("extraction.json",)) == []
    custom = tmp_path / "shared-cache"
    assert main(["build", str(SEED), "--out", str(tmp_path / "c"), "--formats", "json", "-q",
                 "--cache", str(custom)]) == 0
    assert len(list(custom.glob("*/*/*.pickle"))) == 1
    assert not (tmp_path / "c" / ".cache").exists()
