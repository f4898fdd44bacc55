"""`kg build`: read a corpus, extract every document, merge, and write every output atomically.

Extraction of one document is a pure function (`extract_document`), so documents can be
processed in worker processes; results are merged in document-id order, which makes the outputs
independent of input order and worker count.
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import gc
import io
import json
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import __version__
from .export import exporters
from .model import Doc, Entity, Evidence, Extraction, Metric, Relation
from .cache import Cache, doc_key, extractor_version, inputs_digest
from .pipeline import DEFAULT_PIPELINE, Pipeline
from .readers.corpus import ReadError, read_corpus

DEFAULT_FORMATS = ("json", "turtle", "trig", "graphml", "html")
DOC_TIMEOUT = 300.0  # seconds one document may take (`--doc-timeout`): ~50 MB of news at
# govkg's usual speed, so only a pathological document (or a stage bug) reaches it


class BuildError(RuntimeError):
    """The build could not write its outputs (nothing was changed in the output directory)."""


@dataclass
class DocResult:
    """What one document contributes to the graph (small enough to send between processes)."""
    document: dict
    entities: dict[str, Entity]
    relations: list[Relation]
    metrics: list[Metric]
    text: str


@dataclass
class BuildResult:
    extraction: Extraction
    out_dir: Path | None
    written: list[Path] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0
    articles: int = 0

    @property
    def failed(self) -> bool:
        return any(e.fatal for e in self.errors)

    def summary(self) -> str:
        ex = self.extraction
        types = Counter(e.type for e in ex.entities.values() if e.mentions)
        preds = Counter(r.predicate for r in ex.relations.values())
        lines = [f"documents  {len(ex.documents)}",
                 f"articles   {self.articles}",
                 "entities   " + (", ".join(f"{t} {n}" for t, n in sorted(types.items())) or "0"),
                 f"relations  {len(ex.relations)}"
                 + (" (" + ", ".join(f"{p} {n}" for p, n in sorted(preds.items())) + ")" if preds else ""),
                 f"metrics    {len(ex.metrics)}"]
        fatal = [e for e in self.errors if e.fatal]
        if fatal:
            lines.append(f"errors     {len(fatal)} file(s) or record(s) could not be read")
        lines.append(f"time       {self.seconds:.2f} s")
        if self.out_dir:
            lines.append(f"output     {self.out_dir}/ ({', '.join(p.name for p in self.written)})")
        return "\n".join(lines)


# ------------------------------------------------------------------------------- extraction

_PIPELINE: Pipeline | None = None
_PIPELINE_KEY: tuple | None = None


def _pipeline(config: dict | None, names: Sequence[str] | None = None) -> Pipeline:
    """The pipeline for (config, component names), built once per process."""
    global _PIPELINE, _PIPELINE_KEY
    key = (json.dumps(config, sort_keys=True, default=str), tuple(names or DEFAULT_PIPELINE))
    if _PIPELINE is None or _PIPELINE_KEY != key:
        _PIPELINE = Pipeline(key[1], config=config)
        _PIPELINE_KEY = key
    return _PIPELINE


def extract_document(doc: Doc, config: dict | None = None,
                     names: Sequence[str] | None = None) -> DocResult:
    """Run the pipeline over one document: the pure unit of work."""
    doc = _pipeline(config, names)(doc)
    return _share_strings(DocResult(doc.document_json(), doc.entities, doc.relations,
                                    doc.metrics, doc.text))


_EVIDENCE_STRINGS = ("doc", "source", "article", "quote", "rule", "surface")


def _share_strings(res: DocResult) -> DocResult:
    """Make equal evidence strings one object.  Stages slice a new copy of the sentence for every
    fact it supports (about three copies per sentence); sharing them halves the result's memory
    and its pickle (which workers send and the cache stores), without changing any value."""
    pool: dict[str, str] = {}

    def share(evidence):
        for ev in evidence:
            for name in _EVIDENCE_STRINGS:
                v = getattr(ev, name, None)
                if v.__class__ is str:
                    setattr(ev, name, pool.setdefault(v, v))
    for ent in res.entities.values():
        share(ent.mentions)
    for rel in res.relations:
        share(rel.evidence)
    for m in res.metrics:
        share(m.evidence)
    return res


def _by_fields(cls, values, obj):
    """A slotted result class reduced to itself and its field values in order."""
    return cls, values(obj)


def _result_reducers() -> dict:
    """How `dump_result` pickles the slotted classes of a result (evidence, entities,
    relations, metrics): as a call of the class with its field values, instead of the default
    state of a slotted object, a dict of its slot names and values built, written and set
    attribute by attribute again on loading (per object of a 10 MB corpus's 400,000: about 40%
    of the pickling and unpickling time, and a fifth of the bytes).  Only for classes whose
    every field is an argument of the constructor and that do nothing after it."""
    table = {}
    for cls in (Evidence, Entity, Relation, Metric):
        names = [f.name for f in dataclasses.fields(cls)]
        if all(f.init for f in dataclasses.fields(cls)) and len(names) > 1 \
                and not hasattr(cls, "__post_init__"):
            table[cls] = partial(_by_fields, cls, attrgetter(*names))
    return table


_REDUCERS = _result_reducers()


def dump_result(result: DocResult) -> bytes:
    """`result` pickled as workers send it, the spill keeps it and the cache stores it: equal
    objects to `pickle.dumps(result)` once loaded (by the cache's restricted unpickler, which
    lets the result classes be called), in fewer bytes and about 40% less time both ways."""
    f = io.BytesIO()
    pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(result)
    return f.getvalue()


def _extract_many(docs: list[Doc], config: dict | None,
                  names: Sequence[str] | None = None) -> list[DocResult]:
    return [extract_document(d, config, names) for d in docs]


def merge(results: Iterable[DocResult]) -> Extraction:
    """Merge per-document results deterministically (by document id).

    The inputs are not modified: everything the merge extends later is copied first (equal
    strings and numbers of their evidence may become one shared object: `_Pool`).
    """
    ex = Extraction()
    pool = _Pool()
    for res in sorted(results, key=lambda r: r.document["id"]):
        merge_into(ex, res, pool)
    return ex


class _Pool:
    """One object per equal value across the documents of a merge.

    Each result arrives unpickled on its own, so the rule names, surfaces, indicators, units
    and offsets of its evidence are fresh copies of what every other document holds (on 3 MB
    of text: 10,700 copies of a few hundred rule names, 110,000 int objects for offsets below
    the longest document's length, 15,000 rule sets of a few dozen kinds).  Sharing them keeps
    the merged extraction, which every export and forked writer holds, about a third smaller;
    the values are equal, so no output changes.  The pool lives as long as the merge: its
    size is bounded by the vocabulary and the longest document, not the corpus."""

    __slots__ = ("strs", "ints", "sets")

    def __init__(self):
        self.strs: dict[str, str] = {}
        self.ints: dict[int, int] = {}
        self.sets: dict[frozenset, frozenset] = {}

    def rules(self, rules) -> frozenset:
        """The shared frozen set equal to `rules` (the merged graph only reads rule sets; the
        merge itself replaces them with their union instead of adding to them)."""
        key = frozenset(rules)
        return self.sets.setdefault(key, key)

    def evidence(self, evidence: list) -> None:
        """Share the offsets, rule name and surface of each evidence (in place)."""
        share, number = self.strs.setdefault, self.ints.setdefault  # (runs per evidence)
        for ev in evidence:
            v = ev.start
            ev.start = number(v, v)
            v = ev.end
            ev.end = number(v, v)
            v = ev.sentence_start
            if v is not None:
                ev.sentence_start = number(v, v)
            v = ev.rule
            if v is not None:
                ev.rule = share(v, v)
            v = ev.surface
            if v is not None:
                ev.surface = share(v, v)

    def result(self, res: DocResult) -> None:
        """Share what `res` repeats of other documents (in place; values unchanged)."""
        strs = self.strs
        for ent in res.entities.values():
            self.evidence(ent.mentions)
        for rel in res.relations:
            rel.predicate = strs.setdefault(rel.predicate, rel.predicate)
            rel.subject = strs.setdefault(rel.subject, rel.subject)
            rel.object = strs.setdefault(rel.object, rel.object)
            self.evidence(rel.evidence)
        for m in res.metrics:
            for name in _POOLED_METRIC_STRINGS:
                v = getattr(m, name)
                if v.__class__ is str:
                    setattr(m, name, strs.setdefault(v, v))
            self.evidence(m.evidence)


# the fields of a metric that repeat across documents (its id, value and bounds do not)
_POOLED_METRIC_STRINGS = ("subject", "indicator", "unit", "surface", "period", "period_text",
                          "kind", "concept")


def merge_into(ex: Extraction, res: DocResult, pool: _Pool | None = None) -> None:
    """Add one document's result to `ex`; call in document-id order for deterministic output.
    With a `pool` (one per merge), values equal to earlier documents' are shared, and the
    relations' and metrics' rule sets become shared frozen sets."""
    if pool is not None:
        pool.result(res)
    rules = pool.rules if pool is not None else set
    ex.documents.append(res.document)
    ex.texts[res.document["id"]] = res.text
    for key in sorted(res.entities):
        ent = res.entities[key]
        if key in ex.entities:
            ex.entities[key].merge(ent)
        else:
            ex.entities[key] = Entity(ent.id, ent.type, ent.name, set(ent.aliases), ent.code,
                                      ent.level, list(ent.mentions), set(ent.rules), dict(ent.attrs))
    for rel in res.relations:
        old = ex.relations.get(rel.key)
        if old is not None:
            old.evidence.extend(rel.evidence)
            if not rel.rules <= old.rules:
                old.rules = rules(old.rules | rel.rules)
            for p in rel.posts:
                old.add_post(p["post"], p["status"], p["date"])
        else:
            ex.relations[rel.key] = Relation(rel.subject, rel.predicate, rel.object,
                                             list(rel.evidence), rules(rel.rules),
                                             [dict(p) for p in rel.posts])
    for m in res.metrics:
        old = ex.metrics.get(m.id)
        if old is not None:
            old.evidence.extend(m.evidence)
            if not m.rules <= old.rules:
                old.rules = rules(old.rules | m.rules)
        else:
            m = copy.copy(m)  # the merge extends these: never the caller's lists
            m.evidence, m.rules = list(m.evidence), rules(m.rules)
            ex.metrics[m.id] = m


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while merging: it allocates millions of objects and
    frees none, and every full collection would walk everything built so far."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def _gc_frozen():
    """Move everything alive (the merged graph) out of the collector's sight while exporting:
    exporters allocate heavily, and full collections would walk the whole graph again and again
    (exports ran about 40% faster on the 1 MB benchmark corpus).  Inside, `gc.freeze()` may be
    called again to hide new long-lived objects; on exit everything goes back to the collector
    (unless the caller had frozen objects itself)."""
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


@dataclass
class ExtractStats:
    """What an extraction did (filled in by `extract`, reported by benchmarks and `kg build`)."""
    documents: int = 0
    extracted: int = 0  # documents run through the pipeline
    cached: int = 0  # documents taken from the cache
    chars: int = 0  # characters of the documents run through the pipeline
    seconds: float = 0.0
    merged_early: int = 0  # results merged while extraction still ran (`_EarlyMerge`)
    keys: set[str] = field(default_factory=set)  # cache keys of this corpus's documents


class _Spill:
    """Extraction results, pickled, in an anonymous temporary file until the merge.

    Results arrive in any order but are merged in document-id order, so they wait.  As
    objects, a worker build's parent decoded each of them while the workers ran, and a
    one-process build kept them scattered among the pipeline's temporaries (3 MB of text:
    228 MB after extraction, 223 MB with the spill).  Here they wait as the bytes the workers
    sent, and each is unpickled once, when it is merged.  The file has no name (deleted when
    closed, or when the process dies)."""

    def __init__(self):
        self.file = tempfile.TemporaryFile(prefix="govkg-spill-")
        self.where: dict[str, tuple[int, int]] = {}  # doc id -> (offset, length)
        self.size = 0
        self.reading = False

    def put(self, doc_id: str, data: bytes) -> None:
        if self.reading:  # a read moved the file position: results are appended at the end
            self.file.seek(self.size)
            self.reading = False
        self.file.write(data)
        self.where[doc_id] = (self.size, len(data))
        self.size += len(data)

    def read(self, doc_id: str) -> bytes:
        """The bytes of `doc_id`'s result, kept in the spill (an early merge may still be
        given up and redone from the spill: `_EarlyMerge`)."""
        offset, length = self.where[doc_id]
        self.reading = True
        self.file.seek(offset)
        return self.file.read(length)

    def load(self, doc_id: str) -> "DocResult":
        """The result of `doc_id`: our own workers' bytes, read through the cache's restricted
        unpickler all the same (the bytes are those a cache shard holds; one rule for every
        pickle govkg reads, `tests/test_security.py`)."""
        data = self.read(doc_id)
        del self.where[doc_id]
        return load_result(data)

    def close(self) -> None:
        self.file.close()


def load_result(data: bytes) -> "DocResult":
    """A result from `dump_result`'s bytes, through the cache's restricted unpickler (our own
    workers' bytes are those a cache shard holds; one rule for every pickle govkg reads,
    `tests/test_security.py`)."""
    from .cache import _ShardUnpickler
    return _ShardUnpickler(io.BytesIO(data)).load()


class _EarlyMerge:
    """Merge results while the workers are still extracting, when the corpus is read in
    document-id order.

    The merge must run in document-id order (deterministic output whatever the engine and the
    number of workers), and a result can be merged only once every document before it is.  A
    corpus is usually read in that order (the sorted files of a directory, the numbered
    records of a JSON Lines file), and workers send results back about as they were sent, so
    the build process can merge each result when it arrives instead of merging everything
    after the last worker finished: with two workers on two cores that serial tail was about
    a tenth of the extraction's wall time.  Reading order is checked as the documents are read;
    when it is not document-id order the early merge is given up (its partial extraction
    dropped) and the results, all kept in the spill, are merged at the end as before.  Used
    only when extraction runs in other processes: in one process, merging early saves nothing."""

    def __init__(self, results: dict[str, "DocResult"], spill: "_Spill"):
        self.results, self.spill = results, spill
        self.ex: Extraction | None = Extraction()
        self.pool: _Pool | None = _Pool()
        self.articles = 0
        self.merged = 0
        self.last_id: str | None = None
        self.arrived: dict[int, str | None] = {}  # input position -> doc id (None: no result)
        self.next = 0  # the input position to merge next

    @property
    def in_order(self) -> bool:
        return self.ex is not None

    def read(self, doc_id: str) -> None:
        """A document was read; give up if it comes before the one read last."""
        if self.in_order and self.last_id is not None and doc_id < self.last_id:
            self.ex = self.pool = None
            self.arrived.clear()
        self.last_id = doc_id

    def arrive(self, pos: int, doc_id: str | None, data: bytes | None = None) -> None:
        """The result of input position `pos` is in `results` (a cache hit) or the spill
        (`data`: its bytes, when at hand), or there is none (`doc_id` None: it failed); merge
        every result whose turn has come."""
        if not self.in_order:
            return
        self.arrived[pos] = doc_id
        if pos != self.next:
            return
        with _gc_paused():
            while self.next in self.arrived:
                doc_id = self.arrived.pop(self.next)
                if doc_id is not None:
                    if doc_id in self.results:
                        res = self.results[doc_id]
                    else:
                        res = load_result(data if self.next == pos and data is not None
                                          else self.spill.read(doc_id))
                    self.articles += len(res.document["articles"])
                    merge_into(self.ex, res, self.pool)
                    self.merged += 1
                self.next += 1
        gc.freeze()  # the merged graph lives to the end: out of every later collection

    def done(self, count: int) -> tuple[Extraction, int] | None:
        """The extraction and article count, if every one of `count` positions was merged."""
        if self.in_order and self.next == count:
            return self.ex, self.articles
        return None


def _unique_docs(paths, errors: list[ReadError], duplicates: list[ReadError],
                 encoding: str | None = None) -> Iterator[Doc]:
    """Stream the corpus's documents; read errors go to `errors`, repeated ids to `duplicates`
    (ids are unique by construction, so this is a last guard, not a way to drop input)."""
    seen: dict[str, str] = {}
    for item in read_corpus(paths, encoding):
        if isinstance(item, ReadError):
            errors.append(item)
        elif item.id in seen:
            duplicates.append(ReadError(item.source, f"duplicate document id {item.id!r} "
                                                 f"(also {seen[item.id]})"))
        else:
            seen[item.id] = item.source
            yield item


def extract(paths: Iterable[str | os.PathLike], config: dict | None = None, jobs: int = 1,
            progress: bool = False, *, engine: str = "local", scheduler: str | None = None,
            cache: Cache | str | os.PathLike | None = None, names: Sequence[str] | None = None,
            stats: ExtractStats | None = None, encoding: str | None = None,
            doc_timeout: float | None = DOC_TIMEOUT) -> tuple[Extraction, list[ReadError], int]:
    """Read and extract a corpus; returns (extraction, read errors, article count).

    Documents stream from the readers to the engine (`local`: this process or `jobs` worker
    processes; `dask`: dask.distributed); with a `cache` (a `Cache` or a directory), documents
    whose shard is there are not extracted again, and new results are stored as shards.
    `names` picks the pipeline components (default: the whole pipeline).  `encoding` forces
    the input encoding; a document that takes longer than `doc_timeout` seconds is skipped and
    reported as an error (None: no limit).
    """
    from .engines import EngineError, get_engine
    t0 = time.perf_counter()
    stats = stats if stats is not None else ExtractStats()
    if cache is not None and not isinstance(cache, Cache):
        cache = Cache.open(cache, names, config)
    try:
        runner = get_engine(engine, jobs, scheduler)
    except ValueError as e:
        raise BuildError(str(e)) from e
    errors: list[ReadError] = []  # reading (in corpus order), then duplicate ids
    duplicates: list[ReadError] = []
    failed: list[tuple[int, ReadError]] = []  # (input position, error): extraction failures
    results: dict[str, DocResult] = {}  # cache hits (loaded once, together)
    spill = _Spill()  # extracted results, as bytes
    pending: dict[str, tuple[int, str, str | None]] = {}  # doc id -> (position, source, key)
    keys: dict[str, str] = {}  # doc id -> cache key, with or without a cache (`_set_inputs`)
    bar = _progress(progress)
    early = _EarlyMerge(results, spill) if engine != "local" or runner.jobs > 1 else None

    def to_extract() -> Iterator[Doc]:
        for pos, d in enumerate(_unique_docs(paths, errors, duplicates, encoding)):
            stats.documents += 1
            if early is not None:
                early.read(d.id)
            key = keys[d.id] = doc_key(d)  # (hashing the text: ~2 ms per MB)
            if cache is not None:
                stats.keys.add(key)
            hit = cache.get(key, d.id) if cache is not None else None
            if hit is not None:
                gc.freeze()  # a loaded shard is long-lived: keep it out of every collection
                results[d.id] = hit
                stats.cached += 1
                if early is not None:
                    early.arrive(pos, d.id)
                bar(1)
                continue
            pending[d.id] = (pos, d.source, key)
            stats.chars += len(d.text)
            yield d

    try:
        with _gc_frozen():  # loading 1,000 cached shards took 3× longer without
            for outcome in runner.run(to_extract(), config, names, doc_timeout):
                pos, source, key = pending.pop(outcome.doc_id)
                if outcome.error is not None:
                    failed.append((pos, ReadError(source, outcome.error)))
                    if early is not None:
                        early.arrive(pos, None)
                else:
                    data = outcome.data if outcome.data is not None else \
                        dump_result(outcome.result)
                    if cache is not None:
                        try:
                            cache.put_bytes(key, data)
                        except OSError as e:  # a full disk must not cost the build
                            errors.append(ReadError(str(cache.root), f"cache disabled: cannot "
                                                    f"write a shard: {e.strerror or e}",
                                                    fatal=False))
                            cache = None
                    try:
                        spill.put(outcome.doc_id, data)
                    except OSError as e:
                        spill.close()
                        raise BuildError(f"cannot keep extraction results in the temporary "
                                         f"directory: {e.strerror or e}") from e
                    stats.extracted += 1
                    if early is not None:
                        early.arrive(pos, outcome.doc_id, data)
                bar(1)
        bar(0, close=True)
        errors += duplicates + [e for _, e in sorted(failed, key=lambda p: p[0])]
        merged = early.done(stats.documents) if early is not None else None
        if merged is not None:
            ex, articles = merged
            stats.merged_early = early.merged
        else:
            early = None  # (drop a partial early merge before merging again)
            ex, articles = _merge_results(results, spill)
        _set_inputs(ex, keys, cache.version if cache is not None
                    else extractor_version(names, config))
    except EngineError as e:
        raise BuildError(str(e)) from e
    finally:
        spill.close()
    stats.seconds = time.perf_counter() - t0
    return ex, errors, articles


def _set_inputs(ex: Extraction, keys: dict[str, str], version: str) -> None:
    """Record the digest of the build's inputs on `ex` (`Extraction.inputs`: the RDF export
    names the build by it, instead of hashing the whole serialised extraction, which was a
    fifth of that export); left None if a merged document has no key."""
    ids = sorted(d["id"] for d in ex.documents)
    if all(i in keys for i in ids):
        ex.inputs = inputs_digest(version, [(i, keys[i]) for i in ids])


def _merge_results(results: dict[str, DocResult], spill: _Spill) -> tuple[Extraction, int]:
    """Merge the cache hits and the spilled results in document-id order, each result
    unpickled just before it is merged (and dropped after); returns the extraction and the
    article count."""
    ex = Extraction()
    articles = 0
    pool = _Pool()
    with _gc_paused():
        for doc_id in sorted(results.keys() | spill.where.keys()):
            res = results.pop(doc_id) if doc_id in results else spill.load(doc_id)
            articles += len(res.document["articles"])
            merge_into(ex, res, pool)
    return ex, articles


def _progress(enabled: bool):
    """A document counter on stderr (the corpus streams, so there is no total)."""
    if not enabled or not sys.stderr.isatty():
        return lambda n, close=False: None
    from tqdm import tqdm
    bar = tqdm(unit="doc", file=sys.stderr, delay=2.0)

    def update(n, close=False):
        if n:
            bar.update(n)
        if close:
            bar.close()
    return update


# ------------------------------------------------------------------------------- outputs

def _check_formats(formats) -> None:
    registry = exporters()
    unknown = [f for f in formats if f not in registry]
    if unknown:
        raise BuildError(f"unknown output format(s): {', '.join(unknown)}; known: "
                         f"{', '.join(sorted(registry))}")


def _rdf_unchanged(ex: Extraction, rdf: bool):
    """The RDF exporters' promise that `ex` does not change while they write it (one content
    hash for Turtle, TriG and N-Quads); nothing, and no pyoxigraph import, without RDF."""
    if not rdf:
        return contextlib.nullcontext()
    from .export.rdf import unchanged
    return unchanged(ex)


def _write_format(ex: Extraction, tmp: Path, name: str, registry, out_dir: Path,
                  timings: dict[str, float] | None) -> list[Path]:
    """Run one exporter into `tmp`; returns the paths it staged (folders beside first)."""
    exp = registry[name]
    target = tmp / exp.filename
    t = time.perf_counter()
    before = set(tmp.iterdir())
    try:
        exp.load()(ex, target)
    except OSError as e:
        raise BuildError(f"writing {out_dir / exp.filename} failed: {e.strerror or e}; "
                         f"earlier outputs were left as they were") from e
    except Exception as e:
        raise BuildError(f"writing {exp.filename} failed: {type(e).__name__}: {e}") from e
    # folders an exporter writes beside its file (graph-data/ of graph.html) go first
    # (not working folders, such as the RDF export's govkg-rdf-*, which a later exporter removes)
    staged = sorted(p for p in set(tmp.iterdir()) - before
                    if p.is_dir() and p != target and not p.name.startswith((".", "govkg-")))
    staged.append(target)
    if timings is not None:
        timings[name] = time.perf_counter() - t
    return staged


def _write_formats(ex: Extraction, tmp: Path, formats, registry, out_dir: Path,
                   timings: dict[str, float] | None) -> list[Path]:
    """Run each exporter into `tmp`; returns the paths to move into `out_dir`, in order."""
    staged = []
    for name in formats:
        staged.extend(_write_format(ex, tmp, name, registry, out_dir, timings))
    return staged


# Formats written beside the others when the build has two jobs or more: one RDF export serves
# Turtle, TriG and N-Quads (a forked process writes them), and the store loads the files they
# wrote (in this process, after them).
_RDF_GROUP = ("turtle", "trig", "nquads", "store")
_PART_DIR = ".kg-build-part"  # the forked writer's folder inside the build's temporary one


def export_groups(formats: Sequence[str], jobs: int) -> list[list[str]]:
    """The formats split among processes: with `jobs` ≥ 2 (and fork), the RDF formats go to a
    forked process while this one writes the others; about half the export time each on the
    benchmark corpora (RDF 1.9 CPU-s, JSON + GraphML + HTML 2.1 CPU-s per MB)."""
    formats = list(formats)
    if jobs < 2 or not hasattr(os, "fork"):
        return [formats]
    rdf = [f for f in formats if f in _RDF_GROUP]
    rest = [f for f in formats if f not in _RDF_GROUP]
    return [g for g in (rest, rdf) if g]


def _die_with_parent() -> None:
    """In a forked writer: be killed when the build process dies (Linux prctl; elsewhere the
    writer finishes into a temporary folder the next build removes)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class _Forked:
    """A forked process running `fn()`; `result()` gives its JSON-able return value or raises
    BuildError with its error.  The child never returns into the caller's stack (os._exit), so
    no `finally` of the build (such as removing the temporary folder) runs twice."""

    def __init__(self, fn):
        r, w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child
            code = 1
            try:
                os.close(r)
                _die_with_parent()
                try:
                    payload = {"ok": fn()}
                except BuildError as e:
                    payload = {"error": str(e)}
                except BaseException as e:
                    payload = {"error": f"{type(e).__name__}: {e}"}
                with os.fdopen(w, "wb") as f:
                    f.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        self.fd = r
        self.reaped = False

    def result(self):
        with os.fdopen(self.fd, "rb", closefd=False) as f:
            data = f.read()
        _pid, status = os.waitpid(self.pid, 0)
        self.reaped = True  # the pid may now name another process: never signal it again
        os.close(self.fd)
        try:
            payload = json.loads(data.decode("utf-8"))
        except ValueError:
            raise BuildError(f"the export process stopped (wait status {status}); "
                             f"earlier outputs were left as they were") from None
        if "error" in payload:
            raise BuildError(payload["error"])
        return payload["ok"]

    def stop(self) -> None:
        """Stop the child (this build's own, by its pid) and reap it, unless it was reaped."""
        import signal
        if self.reaped:
            return
        self.reaped = True
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def _write_in_parallel(ex: Extraction, tmp: Path, formats: list[str], groups: list[list[str]],
                       registry, out_dir: Path, timings: dict[str, float] | None) -> list[Path]:
    """Write `groups[1]` in a forked process (into a folder of its own inside `tmp`, so the
    exporters here never see its files appear) while this process writes `groups[0]`; the
    staged paths come back in the order of the formats, as a one-process build gives them."""
    here, there = groups
    # the store is loaded here once the forked writer is done: RocksDB's threads do not survive
    # a fork (a store open in this process left the child waiting for ever on its mutex)
    after = [f for f in there if f == "store"]
    there = [f for f in there if f != "store"]
    part = tmp / _PART_DIR
    part.mkdir()
    for name in there:
        registry[name].load()  # import before forking: no import runs in the child

    forked = _Forked(lambda: _child_writes(ex, part, there, registry, out_dir))
    try:
        by_format: dict[str, list[Path]] = {}
        with _rdf_unchanged(ex, bool(set(here) & set(_RDF_GROUP))):
            for name in here:
                by_format[name] = _write_format(ex, tmp, name, registry, out_dir, timings)
        got = forked.result()
    except BaseException:  # a failure here, or an interrupt while waiting: no orphan writer
        forked.stop()
        raise
    _took_over(got, by_format, timings)
    for name in after:  # beside the files it loads
        by_format[name] = _write_format(ex, part, name, registry, out_dir, timings)
    return [p for name in formats for p in by_format[name]]


def _child_writes(ex: Extraction, part: Path, names: list[str], registry,
                  out_dir: Path) -> dict:
    """In a forked writer: write `names` into `part`; what the build process needs back (the
    staged paths, the timings, the RDF counts) as JSON-able data."""
    # No cyclic garbage collection in a writer: it writes and exits, its working data are trees
    # freed by reference counting (the same peak RSS with and without the collector on the
    # 10 MB corpus), and the collections walked every object the export allocated again and
    # again (about a tenth of the RDF and explorer exports' CPU)
    gc.disable()
    own: dict[str, float] = {}
    with _rdf_unchanged(ex, True):
        paths = {name: [str(p) for p in _write_format(ex, part, name, registry, out_dir, own)]
                 for name in names}
    rdf = sys.modules.get("kg.export.rdf")
    return {"paths": paths, "timings": own, "rdf": dict(rdf.STATS) if rdf else {}}


def _took_over(got: dict, by_format: dict[str, list[Path]],
               timings: dict[str, float] | None) -> None:
    """Record what a forked writer sent back (`_child_writes`) as if written here."""
    for name, paths in got["paths"].items():
        by_format[name] = [Path(p) for p in paths]
    if timings is not None:
        timings.update(got["timings"])
    if got["rdf"]:
        from .export import rdf
        rdf.STATS.clear()
        rdf.STATS.update(got["rdf"])


# A build whose texts hold at least this many characters (about 3 MB of news) writes each
# export in a forked process of its own, at most `jobs` at a time, the build process keeping
# only the merged extraction: an export's working set (the explorer's layout and snippets,
# the RDF export's union keys, the JSON sentence tables: 20-50 MB each on 3 MB of text) is
# then returned whole when its process ends, instead of staying in the build process as
# fragments the next export cannot reuse (on 3 MB the build process grew by 103 MB over
# four exports).  Smaller builds write in this process (a fork costs more than it saves).
FORK_EXPORTS_CHARS = 1_000_000


def fork_groups(formats: Sequence[str]) -> list[list[str]]:
    """The formats of a big build as the forked writers take them: the RDF formats together
    (one RDF export serves them all; longest first), then each other format alone.  The store
    is not among them: it is loaded in the build process after the others."""
    rdf = [f for f in formats if f in _RDF_GROUP and f != "store"]
    return ([rdf] if rdf else []) + [[f] for f in formats if f not in _RDF_GROUP]


def _write_each_forked(ex: Extraction, tmp: Path, formats: list[str], registry, out_dir: Path,
                       timings: dict[str, float] | None, jobs: int) -> list[Path]:
    """Write `fork_groups(formats)` in forked processes, at most `jobs` at a time, each into a
    folder of its own inside `tmp`; the staged paths come back in the order of the formats, as
    a one-process build gives them.  A failure stops the writers still running."""
    import select
    groups = fork_groups(formats)
    for group in groups:
        for name in group:
            registry[name].load()  # import before forking: no import runs in a child
    queue = list(enumerate(groups))
    running: dict[int, _Forked] = {}  # pipe fd -> writer
    by_format: dict[str, list[Path]] = {}
    rdf_part = None
    try:
        while queue or running:
            while queue and len(running) < max(1, jobs):
                i, group = queue.pop(0)
                part = tmp / f"{_PART_DIR}-{i}"
                part.mkdir()
                if any(f in _RDF_GROUP for f in group):
                    rdf_part = part
                forked = _Forked(lambda part=part, group=group:
                                 _child_writes(ex, part, group, registry, out_dir))
                running[forked.fd] = forked
            ready, _w, _x = select.select(list(running), [], [])
            _took_over(running.pop(ready[0]).result(), by_format, timings)
    except BaseException:  # a failure, or an interrupt while waiting: no orphan writer
        for forked in running.values():
            forked.stop()
        raise
    for name in formats:
        if name == "store":  # beside the files it loads
            by_format[name] = _write_format(ex, rdf_part or tmp, name, registry, out_dir,
                                            timings)
    return [p for name in formats for p in by_format[name]]


def write_outputs(ex: Extraction, out_dir: Path, formats=DEFAULT_FORMATS,
                  errors: list[ReadError] = (), timings: dict[str, float] | None = None,
                  jobs: int = 1) -> list[Path]:
    """Write every format into a temporary directory, then move them into place together.

    `timings`, when given, receives the seconds each format took (for benchmarks); with
    `jobs` ≥ 2 the RDF formats are written by a forked process beside this one
    (`export_groups`): the same bytes, about half the wall time.  A big build (texts of
    FORK_EXPORTS_CHARS or more) writes every export in a forked process of its own, `jobs` at
    a time (`fork_groups`), so no export's working set stays in this process."""
    out_dir = Path(out_dir)
    formats = list(dict.fromkeys(formats))  # json,json: one file, written once
    formats.sort(key=lambda f: f == "store")  # the store loads the trig and ttl written before
    _check_formats(formats)
    registry = exporters()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_dirs(out_dir)
        tmp = Path(tempfile.mkdtemp(prefix=f".kg-build-{os.getpid()}-", dir=out_dir))
    except OSError as e:
        raise BuildError(f"--out {out_dir}: cannot write there: {e.strerror or e}") from e
    rdf_formats = {"turtle", "trig", "nquads"} & set(formats)
    groups = export_groups(formats, jobs)
    try:
        if hasattr(os, "fork") and _chars(ex) >= FORK_EXPORTS_CHARS \
                and fork_groups(formats):
            staged = _write_each_forked(ex, tmp, formats, registry, out_dir, timings, jobs)
        elif len(groups) > 1:
            with _gc_paused():  # as in a forked writer (`_child_writes`)
                staged = _write_in_parallel(ex, tmp, formats, groups, registry, out_dir,
                                            timings)
        else:
            # No cyclic collection while the exporters run here either, as in a forked writer
            # (`_child_writes`): their working data are trees freed by reference counting, and
            # the collections walked what they had allocated again and again (5-10% of the
            # Turtle and explorer exports' CPU on 2 MB of news); it runs again after them.
            with _rdf_unchanged(ex, bool(rdf_formats)), _gc_paused():
                staged = _write_formats(ex, tmp, formats, registry, out_dir, timings)
        report = tmp / "errors.json"
        try:
            report.write_text(json.dumps({"kg_version": __version__,
                                          "errors": [e.to_json() for e in errors]},
                                         ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as e:
            raise BuildError(f"writing {out_dir / 'errors.json'} failed: {e.strerror or e}; "
                             f"earlier outputs were left as they were") from e
        staged.append(report)
        written = []
        try:
            for p in staged:  # each rename is atomic; all files exist complete before the first
                if p.is_dir() and (out_dir / p.name).is_dir():  # a folder: move the old one aside
                    os.replace(out_dir / p.name, tmp / (p.name + ".old"))
                os.replace(p, out_dir / p.name)
                written.append(out_dir / p.name)
        except OSError as e:
            raise BuildError(f"moving the outputs into {out_dir} failed after "
                             f"{len(written)} of {len(staged)} files: {e.strerror or e}") from e
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _chars(ex: Extraction) -> int:
    """Characters of text in the extraction (what its exports' working sets grow with)."""
    return sum(len(t) for t in ex.texts.values())


def remove_stale_temp_dirs(out_dir: Path) -> list[Path]:
    """Delete the temporary directories of earlier builds that were killed before cleaning up.

    A directory is stale when the process named in it (`.kg-build-PID-…`) no longer runs, so
    a build running at the same time into the same directory keeps its own."""
    removed = []
    for d in sorted(Path(out_dir).glob(".kg-build-*")):
        pid = d.name[len(".kg-build-"):].split("-", 1)[0]
        if pid.isdigit() and _process_alive(int(pid)):
            continue
        shutil.rmtree(d, ignore_errors=True)
        removed.append(d)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def default_cache_dir(out_dir: str | os.PathLike) -> Path:
    """Where `kg build --out OUT` keeps its extraction cache: OUT/.cache/."""
    return Path(out_dir) / ".cache"


def build(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike | None = "output",
          formats=DEFAULT_FORMATS, config: dict | None = None, jobs: int = 1,
          progress: bool = False, *, engine: str = "local", scheduler: str | None = None,
          cache: "str | os.PathLike | bool | None" = None, names: Sequence[str] | None = None,
          stats: ExtractStats | None = None,
          timings: dict[str, float] | None = None, strict: bool = False,
          encoding: str | None = None, doc_timeout: float | None = DOC_TIMEOUT) -> BuildResult:
    """Extract a corpus and write its outputs; `out_dir=None` extracts only.

    Nothing is written (earlier outputs stay as they are) when no document could be read, or,
    with `strict`, when any input could not be read; `BuildResult.written` is then empty.

    `cache=True` keeps per-document shards in OUT/.cache/ (shards of documents no longer in the
    corpus are removed after the build); a path keeps them there (and never prunes, so several
    corpora can share it); None or False disables the cache.
    """
    t0 = time.perf_counter()
    if out_dir is not None:
        _check_formats(formats)  # before extracting, not after
    prune = False
    if cache is True:
        if out_dir is None:
            raise BuildError("cache=True needs an output directory (or give a cache directory)")
        cache, prune = default_cache_dir(out_dir), True
    store = Cache.open(cache, names, config) if cache not in (None, False) else None
    stats = stats if stats is not None else ExtractStats()
    ex, errors, articles = extract(paths, config, jobs, progress, engine=engine,
                                   scheduler=scheduler, cache=store, names=names, stats=stats,
                                   encoding=encoding, doc_timeout=doc_timeout)
    ex.errors = [e.to_json() for e in errors]
    if timings is not None:
        timings["extract"] = stats.seconds
    written = []
    refused = strict and any(e.fatal for e in errors)
    if out_dir is not None and ex.documents and not refused:
        with _gc_frozen():
            written = write_outputs(ex, Path(out_dir), formats, errors, timings, jobs)
    if store is not None and prune:
        store.prune(stats.keys)
    return BuildResult(ex, Path(out_dir) if out_dir is not None else None, written, errors,
                       time.perf_counter() - t0, articles)


def sample_corpus() -> list[Path]:
    """The sample corpus shipped inside the package (the Hebei Daily Handan page)."""
    from importlib import resources
    root = resources.files("kg.resources.corpus")
    return [Path(str(root.joinpath("hebei-daily-handan-page.txt")))]
