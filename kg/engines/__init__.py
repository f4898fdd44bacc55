"""Extraction engines, by name: where the per-document work of `kg build` runs.

An engine takes a stream of documents and yields one `Outcome` per document, in any order; the
build merges them by document id, so the outputs never depend on the engine or on how many
workers it used.  `local` runs in this process (one job) or in a process pool; `dask` runs on
dask.distributed (a LocalCluster, or a scheduler you name).

Documents travel to workers in batches of a bounded total size and only a bounded number of
batches is in flight, so a 100 MB corpus streams through without being held twice.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Iterable, Iterator, Protocol, Sequence

from ..model import Doc

BATCH_CHARS = 40_000  # characters of text per batch sent to a worker
BATCH_DOCS = 64


@dataclass
class Outcome:
    """What became of one document: a result, or the reason extraction failed.

    Workers send the result pickled (`data`, by `extract_batch`): the build process stores
    those bytes as they are (in its spill file and the cache) and unpickles each result once,
    when it merges, so it neither decodes results while the workers run nor keeps them alive
    as objects scattered among the pipeline's temporaries.  `result` (an object) is accepted
    too, for engines that do not pickle."""
    doc_id: str
    result: Any = None  # kg.build.DocResult
    error: str | None = None
    data: bytes | None = None  # the DocResult, pickled (pickle.HIGHEST_PROTOCOL)


class EngineError(RuntimeError):
    """The engine cannot run this build (not installed, unreachable, different version)."""


class Engine(Protocol):
    name: str

    def run(self, docs: Iterable[Doc], config: dict | None,
            names: Sequence[str] | None, timeout: float | None = None) -> Iterator[Outcome]: ...


class DocTimeout(BaseException):
    """A document went over its time budget (`kg build --doc-timeout`).

    A BaseException, like KeyboardInterrupt, because it is raised asynchronously wherever the
    document happens to be: code that falls back on any error (`except Exception`: jieba's
    dictionary cache, ours in kg.text) swallowed it, and the document then ran to the end
    with no budget at all (the flaky test_9 of a build that did not time out)."""


@contextmanager
def time_budget(seconds: float | None):
    """Raise DocTimeout in this thread after `seconds` of wall time.  Uses SIGALRM, so it works
    in the main thread of a process (the local engine, its worker processes and Dask's
    process workers with one thread each run documents there); elsewhere it does nothing."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expired(signum, frame):
        raise DocTimeout()
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_batch(docs: list[Doc], config: dict | None,
                  names: Sequence[str] | None, timeout: float | None = None) -> list[Outcome]:
    """Extract a batch of documents (runs in a worker): one Outcome per document, never raises.
    A document over `timeout` seconds is skipped with an error, and the batch goes on."""
    from ..builder import _pipeline, extract_document
    # The pipeline (every stage module's import) is built outside any time budget: a budget
    # that ran out inside an import left the module half-run but its component registered,
    # and every later document failed with a NameError (e.g. gazetteer's _QuoteIndex).
    _pipeline(config, names)
    out = []
    for d in docs:
        try:
            try:
                with time_budget(timeout):
                    out.append(_pickled(d.id, extract_document(d, config, names)))
            except DocTimeout:
                if not _warmed(config, names):
                    raise
                with time_budget(timeout):  # the first document paid for loading dictionaries
                    out.append(_pickled(d.id, extract_document(d, config, names)))
        except DocTimeout:
            out.append(Outcome(d.id, None, f"skipped: extraction took longer than {timeout:g} s "
                                           f"(--doc-timeout; {len(d.text):,} characters)"))
        except Exception as e:  # a bug on one document must not cost the others
            out.append(Outcome(d.id, None, f"extraction failed: {type(e).__name__}: {e}"))
    return out


def _pickled(doc_id: str, result) -> Outcome:
    """An outcome carrying its result as pickle bytes (see `Outcome`; `builder.dump_result`)."""
    from ..builder import dump_result
    return Outcome(doc_id, data=dump_result(result))


def _warmed(config, names) -> bool:
    """Warm the pipeline (load every lazy table) outside any time budget; False when it was
    warm already, so a document that ran out of time did so on its own."""
    from ..builder import _pipeline
    from .local import _warm
    if getattr(_pipeline(config, names), "_govkg_warm", False):
        return False
    _warm(config, names)
    return True


def batches(docs: Iterable[Doc], max_chars: int = BATCH_CHARS,
            max_docs: int = BATCH_DOCS) -> Iterator[list[Doc]]:
    """Group a document stream into batches of about `max_chars` characters."""
    batch: list[Doc] = []
    size = 0
    for d in docs:
        batch.append(d)
        size += len(d.text)
        if size >= max_chars or len(batch) >= max_docs:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


_ENGINES = {"local": (".local", "LocalEngine"), "dask": (".dask_engine", "DaskEngine")}


def engine_names() -> list[str]:
    return sorted(_ENGINES)


def get_engine(name: str, jobs: int = 1, scheduler: str | None = None) -> Engine:
    """An engine by name: `local` (jobs processes) or `dask` (scheduler address or LocalCluster)."""
    if name not in _ENGINES:
        raise ValueError(f"unknown engine {name!r}; known: {', '.join(engine_names())}")
    module, cls = _ENGINES[name]
    factory = getattr(import_module(module, __name__), cls)
    if name == "local":
        if scheduler:
            raise ValueError("--scheduler needs --engine dask")
        return factory(jobs=jobs)
    return factory(jobs=jobs, scheduler=scheduler)
