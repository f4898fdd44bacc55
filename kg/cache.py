"""The extraction cache: per-document shards, so a rebuild re-extracts only what changed.

A document's shard is its pickled `DocResult`, stored under a key that hashes everything the
result depends on:

* the document itself: id, source name, text, title, date and reader metadata (except the JSON
  Lines line number, which no stage reads, so inserting a record does not invalidate the rest);
* the extractor version: `kg.__version__`, the pipeline's component names, the source of every
  module extraction runs (kg/stages/*, model, pipeline, divisions, builder, and any component
  registered from elsewhere) and the shipped division table;
* the configuration, including the *contents* of any file it names (the user dictionary).

Layout: `DIR/<extractor version>/<key[:2]>/<key>.pickle`, and a marker file
`DIR/<extractor version>/.govkg-cache` that says govkg made the folder.  Folders of other
extractor versions that carry the marker are removed when a build opens the cache; nothing else
in DIR is ever touched (a user's folder may happen to have a 24-hex-digit name).  The default directory is `<out>/.cache/`.  Deleting
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
MARKER = ".govkg-cache"  # in every version folder govkg made; only those are ever deleted


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


_CORE_MODULES = ("model.py", "pipeline.py", "divisions.py", "lexicon.py", "text.py", "schema.py", "builder.py", "periods.py")


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=None)
def _code_digest(names: tuple[str, ...]) -> str:
    """Hash of the source and data files extraction depends on.

    Built-in stages are hashed as files (every file under `stages/`), so only a component that
    is neither registered yet nor a built-in stage module is imported to find its source: the
    build process of a worker build no longer imports every stage (0.4 CPU-s, taken from the
    workers while they start) just to learn files it hashes anyway."""
    from .pipeline import _REGISTRY, _load_builtin
    _load_builtin([n for n in names if n not in _REGISTRY and not _builtin_stage(n)])
    from .lexicon import resource_files
    files = set((_PKG / "stages").rglob("*.py")) | {_PKG / m for m in _CORE_MODULES}
    files |= set((_PKG / "resources" / "divisions").glob("*.csv"))
    files |= set(resource_files())  # every lexicon table (and the extra directory's, if set)
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


def _builtin_stage(name: str) -> bool:
    """Is `name` a stage module (or package) shipped in `kg/stages/`?"""
    stages = _PKG / "stages"
    return name.isidentifier() and ((stages / f"{name}.py").is_file()
                                    or (stages / name / "__init__.py").is_file())


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


def inputs_digest(version: str, keys: Sequence[tuple[str, str]]) -> str:
    """Digest of a build's inputs: the extractor version (code, components, configuration) and
    each document's id and cache key (`doc_key`), in the order given (the build's: document
    id).  The same corpus and extractor give the same digest whatever the engine or `-j`; any
    change to a document, the code or the configuration gives another one."""
    h = hashlib.sha256(version.encode("utf-8") + b"\0")
    for doc_id, key in keys:
        h.update(doc_id.encode("utf-8", "surrogatepass") + b"\0" + key.encode("ascii") + b"\n")
    return h.hexdigest()


def valid_result(res, doc_id: str | None = None) -> bool:
    """True when `res` is a DocResult a build can merge: the right document, every field of the
    right type, every span inside the text, and no more facts than the text could hold.  Shards
    are govkg's own classes, but their fields may be anything (a planted or damaged shard made
    every build fail with a KeyError, and one of 1 MB grew to 7.8 GB through shared
    references), so they are checked before use, in time linear in the shard."""
    from .builder import DocResult
    from .model import Entity, Evidence, Metric, Relation
    if not isinstance(res, DocResult) or not isinstance(res.text, str) \
            or not isinstance(res.document, dict) or not isinstance(res.entities, dict) \
            or not isinstance(res.relations, list) or not isinstance(res.metrics, list):
        return False
    doc = res.document
    if not isinstance(doc.get("id"), str) or (doc_id is not None and doc["id"] != doc_id) \
            or not isinstance(doc.get("articles"), list) \
            or not all(isinstance(a, dict) for a in doc["articles"]):
        return False
    n = len(res.text)
    budget = 20 * n + 10_000  # evidence references: far more than any extraction gives

    def evidence_ok(evs) -> bool:
        nonlocal budget
        if not isinstance(evs, list):
            return False
        budget -= len(evs)
        if budget < 0:
            return False
        for ev in evs:
            if type(ev) is not Evidence:
                return False
            if not (isinstance(ev.start, int) and isinstance(ev.end, int)
                    and 0 <= ev.start <= ev.end <= n and isinstance(ev.doc, str)
                    and (ev.quote is None or (isinstance(ev.quote, str) and len(ev.quote) <= n))):
                return False
        return True
    for k, e in res.entities.items():
        if not isinstance(k, str) or type(e) is not Entity or not isinstance(e.id, str) \
                or not isinstance(e.name, str) or not isinstance(e.aliases, set) \
                or not isinstance(e.rules, set) or not isinstance(e.attrs, dict) \
                or not evidence_ok(e.mentions):
            return False
    for r in res.relations:
        if type(r) is not Relation or not all(isinstance(x, str) for x in r.key) \
                or not isinstance(r.rules, set) or not evidence_ok(r.evidence):
            return False
    for m in res.metrics:
        if type(m) is not Metric or not isinstance(m.id, str) or not isinstance(m.rules, set) \
                or not evidence_ok(m.evidence):
            return False
    return True


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
        marker = cache.dir / MARKER
        if not marker.is_file():
            marker.write_text("govkg extraction cache: this folder may be deleted at any time\n",
                              encoding="utf-8")
        cache._drop_other_versions()
        return cache

    def _drop_other_versions(self) -> None:
        """Remove the folders of other extractor versions: only those govkg made (marked)."""
        for p in self.root.iterdir():
            if p.name != self.version and not p.is_symlink() and p.is_dir() \
                    and (p / MARKER).is_file():
                shutil.rmtree(p, ignore_errors=True)

    def path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def get(self, key: str, doc_id: str | None = None):
        """The cached DocResult for `key` (of document `doc_id`), or None.  A shard that does
        not load, or loads into something a build could not merge, is a miss."""
        try:
            with open(self.path(key), "rb") as f:
                res = _ShardUnpickler(f).load()
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # truncated, incompatible or not ours: treat as a miss
            self.misses += 1
            return None
        if not valid_result(res, doc_id):
            self.misses += 1
            return None
        self.hits += 1
        return res

    def put(self, key: str, result) -> None:
        self.put_bytes(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def put_bytes(self, key: str, data: bytes) -> None:
        """Store a result already pickled (as workers send them: no second encoding here)."""
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".shard-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
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
