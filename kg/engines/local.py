"""The local engine: extraction in this process (one job) or in a pool of worker processes.

With several jobs, batches are submitted to a `ProcessPoolExecutor` through a bounded window
(a few batches per worker), so reading, extraction and merging overlap and memory stays flat.
"""
from __future__ import annotations

import gc
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Iterable, Iterator, Sequence

from ..model import Doc
from . import Outcome, batches, extract_batch

IN_FLIGHT_PER_WORKER = 3


def _warm(config: dict | None, names: Sequence[str] | None) -> None:
    """Build the pipeline and run it once on the shipped sample page, so that every lazily
    loaded dictionary, automaton and table is in memory before the first real document (a
    one-line text left jieba's POS tables to the first document: a second of CPU, counted
    against its `--doc-timeout`).  It runs as the pool's initializer, in each worker at the
    same time, not in the build process: the build process never extracts with several jobs,
    and a warm pipeline there (about 157 MB) stayed in its resident set for the whole build
    and in that of every export writer it forks."""
    from ..builder import _pipeline, sample_corpus
    from ..readers.corpus import read_corpus
    pipe = _pipeline(config, names)
    if getattr(pipe, "_govkg_warm", False):
        return
    try:
        for doc in read_corpus(sample_corpus()):
            if isinstance(doc, Doc):
                pipe(doc)
    except Exception:  # a failing stage shows up on the real documents, with their names
        pass
    pipe._govkg_warm = True


class LocalEngine:
    name = "local"

    def __init__(self, jobs: int = 1):
        self.jobs = max(1, int(jobs))

    def run(self, docs: Iterable[Doc], config: dict | None,
            names: Sequence[str] | None, timeout: float | None = None) -> Iterator[Outcome]:
        if self.jobs == 1:
            for d in docs:
                yield from extract_batch([d], config, names, timeout)
            return
        gc.freeze()  # workers must not copy the build process's pages by collecting them
        with ProcessPoolExecutor(max_workers=self.jobs, initializer=_warm,
                                 initargs=(config, names)) as pool:
            window = self.jobs * IN_FLIGHT_PER_WORKER
            pending = set()
            for batch in batches(docs):
                pending.add(pool.submit(extract_batch, batch, config, names, timeout))
                if len(pending) >= window:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        yield from f.result()
            for f in pending:
                yield from f.result()
