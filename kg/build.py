"""`kg build`: read a corpus, extract every document, merge, and write every output atomically.

Extraction of one document is a pure function (`extract_document`), so documents can be
processed in worker processes; results are merged in document-id order, which makes the outputs
independent of input order and worker count.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import __version__
from .export import exporters
from .model import Doc, Entity, Extraction, Metric, Relation
from .pipeline import Pipeline
from .readers.corpus import ReadError, read_corpus

DEFAULT_FORMATS = ("json", "turtle", "trig", "graphml", "html")


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
_PIPELINE_CONFIG: dict | None = None


def _pipeline(config: dict | None) -> Pipeline:
    global _PIPELINE, _PIPELINE_CONFIG
    if _PIPELINE is None or _PIPELINE_CONFIG != config:
        _PIPELINE = Pipeline(config=config)
        _PIPELINE_CONFIG = config
    return _PIPELINE


def extract_document(doc: Doc, config: dict | None = None) -> DocResult:
    """Run the pipeline over one document: the pure unit of work."""
    doc = _pipeline(config)(doc)
    return DocResult(doc.document_json(), doc.entities, doc.relations, doc.metrics, doc.text)


def _extract_many(docs: list[Doc], config: dict | None) -> list[DocResult]:
    return [extract_document(d, config) for d in docs]


def merge(results: Iterable[DocResult]) -> Extraction:
    """Merge per-document results deterministically (by document id)."""
    ex = Extraction()
    for res in sorted(results, key=lambda r: r.document["id"]):
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
            if rel.key in ex.relations:
                ex.relations[rel.key].evidence.extend(rel.evidence)
                ex.relations[rel.key].rules |= rel.rules
            else:
                ex.relations[rel.key] = Relation(rel.subject, rel.predicate, rel.object,
                                                 list(rel.evidence), set(rel.rules))
        for m in res.metrics:
            if m.id in ex.metrics:
                ex.metrics[m.id].evidence.extend(m.evidence)
                ex.metrics[m.id].rules |= m.rules
            else:
                ex.metrics[m.id] = m
    return ex


def extract(paths: Iterable[str | os.PathLike], config: dict | None = None, jobs: int = 1,
            progress: bool = False) -> tuple[Extraction, list[ReadError], int]:
    """Read and extract a corpus; returns (extraction, read errors, article count)."""
    docs: list[Doc] = []
    errors: list[ReadError] = []
    for item in read_corpus(paths):
        (errors if isinstance(item, ReadError) else docs).append(item)
    seen: dict[str, str] = {}
    unique: list[Doc] = []
    for d in docs:
        if d.id in seen:
            errors.append(ReadError(d.source, f"duplicate document id {d.id!r} (also {seen[d.id]})"))
            continue
        seen[d.id] = d.source
        unique.append(d)
    results: list[DocResult] = []
    bar = _progress(len(unique), progress)
    if jobs > 1 and len(unique) > 1:
        chunks = [unique[i::jobs * 4] for i in range(jobs * 4)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for chunk_res in pool.map(_extract_many, chunks, [config] * len(chunks)):
                results.extend(chunk_res)
                bar(len(chunk_res))
    else:
        for d in unique:
            try:
                results.append(extract_document(d, config))
            except Exception as e:  # a bug on one document must not cost the others
                errors.append(ReadError(d.source, f"extraction failed: {type(e).__name__}: {e}"))
            bar(1)
    bar(0, close=True)
    articles = sum(len(r.document["articles"]) for r in results)
    return merge(results), errors, articles


def _progress(total: int, enabled: bool):
    if not enabled or total < 20 or not sys.stderr.isatty():
        return lambda n, close=False: None
    from tqdm import tqdm
    bar = tqdm(total=total, unit="doc", file=sys.stderr)

    def update(n, close=False):
        if n:
            bar.update(n)
        if close:
            bar.close()
    return update


# ------------------------------------------------------------------------------- outputs

def write_outputs(ex: Extraction, out_dir: Path, formats=DEFAULT_FORMATS,
                  errors: list[ReadError] = ()) -> list[Path]:
    """Write every format into a temporary directory, then move them into place together."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    registry = exporters()
    unknown = [f for f in formats if f not in registry]
    if unknown:
        raise BuildError(f"unknown output format(s): {', '.join(unknown)}; known: "
                         f"{', '.join(sorted(registry))}")
    tmp = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out_dir))
    try:
        staged = []
        for name in formats:
            exp = registry[name]
            target = tmp / exp.filename
            try:
                exp.load()(ex, target)
            except Exception as e:
                raise BuildError(f"writing {exp.filename} failed: {type(e).__name__}: {e}") from e
            staged.append(target)
        report = tmp / "errors.json"
        report.write_text(json.dumps({"kg_version": __version__,
                                      "errors": [e.to_json() for e in errors]},
                                     ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        staged.append(report)
        written = []
        for p in staged:  # each rename is atomic; all files exist complete before the first
            os.replace(p, out_dir / p.name)
            written.append(out_dir / p.name)
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def build(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike | None = "output",
          formats=DEFAULT_FORMATS, config: dict | None = None, jobs: int = 1,
          progress: bool = False) -> BuildResult:
    """Extract a corpus and write its outputs; `out_dir=None` extracts only."""
    t0 = time.perf_counter()
    ex, errors, articles = extract(paths, config, jobs, progress)
    ex.errors = [e.to_json() for e in errors]
    written = write_outputs(ex, Path(out_dir), formats, errors) if out_dir is not None else []
    return BuildResult(ex, Path(out_dir) if out_dir is not None else None, written, errors,
                       time.perf_counter() - t0, articles)


def sample_corpus() -> list[Path]:
    """The sample corpus shipped inside the package (the Hebei Daily Handan page)."""
    from importlib import resources
    root = resources.files("kg.resources.corpus")
    return [Path(str(root.joinpath("hebei-daily-handan-page.txt")))]
