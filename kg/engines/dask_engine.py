"""The Dask engine: extraction on dask.distributed, on a LocalCluster or a real cluster.

`scheduler=None` starts a LocalCluster of `jobs` single-threaded worker processes (jieba and the
stages are CPU-bound Python, so threads would not help).  With a scheduler address, every worker
must have the same govkg installed: before any work the engine asks one worker for its extractor
version and refuses to run when it differs from ours (different code or dictionaries would make
the graph depend on which worker took which document).
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from ..model import Doc
from . import EngineError, Outcome, batches, extract_batch

IN_FLIGHT_PER_WORKER = 3


def _worker_version(config: dict | None, names: Sequence[str] | None) -> str:
    from ..cache import extractor_version
    return extractor_version(names, config)


class DaskEngine:
    name = "dask"

    def __init__(self, jobs: int = 1, scheduler: str | None = None,
                 connect_timeout: float = 20.0):
        self.jobs = max(1, int(jobs))
        self.scheduler = scheduler
        self.connect_timeout = connect_timeout

    def _client(self):
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise EngineError("the dask engine needs dask.distributed: "
                              "pip install 'dask[distributed]'") from e
        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=f"{self.connect_timeout}s"), None
            except OSError as e:
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {e}") from e
        cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=40)
        return Client(cluster), cluster

    def run(self, docs: Iterable[Doc], config: dict | None,
            names: Sequence[str] | None, timeout: float | None = None) -> Iterator[Outcome]:
        from distributed import as_completed
        from ..cache import extractor_version
        client, cluster = self._client()
        try:
            ours = extractor_version(names, config)
            theirs = client.submit(_worker_version, config, names, pure=False).result()
            if theirs != ours:
                raise EngineError("the Dask workers run a different govkg (code, division table "
                                  "or user dictionary differ): install the same version on every "
                                  "worker and make the user dictionary readable at the same path")
            workers = max(1, len(client.scheduler_info().get("workers", {})) or self.jobs)
            window = workers * IN_FLIGHT_PER_WORKER
            running = as_completed()
            in_flight = 0
            for batch in batches(docs):
                running.add(client.submit(extract_batch, batch, config, names, timeout, pure=False))
                in_flight += 1
                if in_flight >= window:
                    yield from next(running).result()
                    in_flight -= 1
            for fut in running:
                yield from fut.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
