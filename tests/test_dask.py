"""The Dask engine: extraction on a dask.distributed cluster (a LocalCluster of two worker
processes here, reached by its scheduler address as a real cluster would be) writes exactly the
bytes of the local engine."""
from __future__ import annotations

import filecmp
import json
import sys

import pytest

from conftest import EXTRA, ROOT, SEED

distributed = pytest.importorskip("distributed")
sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.builder import ExtractStats, build  # noqa: E402
from kg.cli import main  # noqa: E402

FORMATS = ("json", "trig", "graphml")
OUTPUTS = ("extraction.json", "graph.trig", "graph.graphml", "errors.json")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from corpus_gen import generate
    d = tmp_path_factory.mktemp("dask-corpus")
    generate(d / "news.jsonl", 0.06)
    return d / "news.jsonl"


def test_dask_cluster_output_is_byte_identical_to_local(cluster, corpus, tmp_path):
    paths = [corpus, SEED]
    build(paths, tmp_path / "local", FORMATS, jobs=1)
    stats = ExtractStats()
    build(paths, tmp_path / "dask", FORMATS, engine="dask", scheduler=cluster.scheduler_address,
          stats=stats)
    assert stats.extracted == stats.documents > 5
    # two jobs: the RDF formats come from a process forked beside the cluster's client threads
    build(paths, tmp_path / "dask-j2", FORMATS, engine="dask", jobs=2,
          scheduler=cluster.scheduler_address)
    for name in OUTPUTS:
        for other in ("dask", "dask-j2"):
            assert filecmp.cmp(tmp_path / "local" / name, tmp_path / other / name,
                               shallow=False), (other, name)
    with distributed.Client(cluster.scheduler_address) as client:
        assert len(client.scheduler_info()["workers"]) == 2


def test_cli_engine_dask_with_scheduler_and_cache(cluster, tmp_path):
    out = tmp_path / "out"
    args = ["build", str(SEED), str(EXTRA), "--out", str(out), "--formats", "json", "-q",
            "--engine", "dask", "--scheduler", cluster.scheduler_address]
    assert main(args) == 0
    ex = json.loads((out / "extraction.json").read_text(encoding="utf-8"))
    assert len(ex["documents"]) == 4
    stats = ExtractStats()  # second run: everything from the cache, no task sent
    build([SEED, EXTRA], out, ("json",), engine="dask", scheduler=cluster.scheduler_address,
          cache=True, stats=stats)
    assert (stats.extracted, stats.cached) == (0, 4)


def test_unreachable_scheduler_is_reported():
    from kg.engines import EngineError
    from kg.engines.dask_engine import DaskEngine
    engine = DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        list(engine.run(iter([]), None, None))
