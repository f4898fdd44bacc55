"""The extraction cache: per-document shards, so a rebuild re-extracts only what changed.

A document's shard is its pickled `DocResult`, stored under a key that hashes everything the
result depends on:

* the document itself: id, source name, text, title, date and reader metadata (except the JSON
  Lines line number, which no stage reads, so inserting a record does not invalidate the rest);
* the extractor version: `kg.__version__`, the pipeline's component names, the source of every
  module extraction runs (kg/stages/*, model, pipeline, divisions, builder, and any component
  registered from elsewhere) and the shipped division table;
* the configuration, including the *contents* of any file it names (the user dictionary).

Layout: `DIR/<extractor version>/<key[:2]>/<key>.pickle`.  Shards of other extractor versions
are removed when a build opens the cache.  The default directory is `<out>/.cache/`.  Deleting
the directory is always safe.  Shards are written atomically (temporary file, then rename), so a
killed build leaves no half-written shard; an unreadable shard counts as a miss.
"""
from __future__ import annotations

import dataclasses
import hashlib
import inspect
import json
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from . import __version__
from .model import Doc

_PKG = Path(__file__).resolve().parent


class _ShardUnpickler(pickle.Unpickler):
    """Loads only govkg's own result classes.  The cache lives in the output directory, which
    may come from someone else: a planted shard must not be able to run code, and a pickle can
    only reach a callable through `find_class`."""

    def find_class(self, module, name):
        if module == "kg.model" or (module, name) in {("kg.builder", "DocResult"),
                                                      ("builtins", "set"),
                                                      ("builtins", "frozenset")}:
            cls = super().find_class(module, name)
            if isinstance(cls, type) and (module != "kg.model" or dataclasses.is_dataclass(cls)):
                return cls
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache shard")


_CORE_MODULES = ("model.py", "pipeline.py", "divisions.py", "lexicon.py", "builder.py")


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=None)
def _code_digest(names: tuple[str, ...]) -> str:
    """Hash of the source and data files extraction depends on."""
    from .pipeline import _REGISTRY, _load_builtin
    _load_builtin(names)
    files = set((_PKG / "stages").glob("*.py")) | {_PKG / m for m in _CORE_MODULES}
    files |= set((_PKG / "resources" / "divisions").glob("*.csv"))
    files |= set((_PKG / "resources" / "lexicon").glob("*.tsv"))  # vocabulary tables
    for n in names:
        info = _REGISTRY.get(n)
        src = inspect.getsourcefile(info.factory) if info else None
        if src:
            files.add(Path(src).resolve())
    h = hashlib.sha256()
    for f in sorted(files):
        if f.is_file():
            rel = f.relative_to(_PKG).as_posix() if f.is_relative_to(_PKG) else f.name
            h.update(f"{rel}\0{_file_digest(f)}\n".encode())
    return h.hexdigest()


def _config_digest(config) -> str:
    """Canonical JSON of the configuration, plus the content of every file it names."""
    h = hashlib.sha256(json.dumps(config, sort_keys=True, ensure_ascii=False,
                                  default=str).encode("utf-8"))

    def files(v):
        if isinstance(v, dict):
            for k in sorted(v):
                yield from files(v[k])
        elif isinstance(v, (list, tuple)):
            for x in v:
                yield from files(x)
        elif isinstance(v, (str, os.PathLike)) and len(str(v)) < 4096:
            try:
                if Path(v).is_file():
                    yield Path(v)
            except OSError:
                return
    for f in files(config or {}):
        h.update(f"\0{f}\0{_file_digest(f)}".encode("utf-8"))
    return h.hexdigest()


def extractor_version(names: Sequence[str] | None = None, config: dict | None = None) -> str:
    """A digest that changes whenever extraction could give a different result."""
    from .pipeline import DEFAULT_PIPELINE
    names = tuple(names or DEFAULT_PIPELINE)
    h = hashlib.sha256()
    for part in (__version__, ",".join(names), _code_digest(names), _config_digest(config)):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()[:24]


def doc_key(doc: Doc) -> str:
    """Content hash of one input document (everything a stage may read)."""
    meta = {k: v for k, v in doc.meta.items() if k != "line"}
    payload = json.dumps([doc.id, doc.source, doc.title, doc.date, meta], sort_keys=True,
                         ensure_ascii=False, default=str)
    h = hashlib.sha256(payload.encode("utf-8"))
    h.update(b"\0")
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class Cache:
    """Shards of one extractor version under `root`."""

    def __init__(self, root: str | os.PathLike, version: str):
        self.root = Path(root)
        self.version = version
        self.dir = self.root / version
        self.hits = 0
        self.misses = 0
        self.writes = 0

    @classmethod
    def open(cls, root: str | os.PathLike, names: Sequence[str] | None = None,
             config: dict | None = None) -> "Cache":
        cache = cls(root, extractor_version(names, config))
        cache.dir.mkdir(parents=True, exist_ok=True)
        cache._drop_other_versions()
        return cache

    def _drop_other_versions(self) -> None:
        for p in self.root.iterdir():
            if p.is_dir() and p.name != self.version and len(p.name) == len(self.version) \
                    and all(c in "0123456789abcdef" for c in p.name):
                shutil.rmtree(p, ignore_errors=True)

    def path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        """The cached DocResult for `key`, or None."""
        from .builder import DocResult
        try:
            with open(self.path(key), "rb") as f:
                res = _ShardUnpickler(f).load()
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # truncated, incompatible or not ours: treat as a miss
            self.misses += 1
            return None
        if not isinstance(res, DocResult):
            self.misses += 1
            return None
        self.hits += 1
        return res

    def put(self, key: str, result) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".shard-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.writes += 1

    def prune(self, keep: set[str]) -> int:
        """Remove shards whose key is not in `keep` (documents no longer in the corpus)."""
        removed = 0
        if not self.dir.is_dir():
            return 0
        for sub in self.dir.iterdir():
            if not sub.is_dir():
                continue
            for f in sub.iterdir():
                if f.suffix == ".pickle" and f.stem not in keep or f.name.startswith(".shard-"):
                    f.unlink(missing_ok=True)
                    removed += 1
        return removed
