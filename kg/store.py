"""A persistent pyoxigraph store of a build, in `<out>/store/`, for fast SPARQL.

Why: rdflib's SPARQL is far too slow on real graphs (minutes where oxigraph takes a second), and
`oxigraph serve` can serve the same directory.

Layout: the named graphs of graph.trig as they are, plus their union (deduplicated) as the default
graph.  Queries run on that default graph.  Not oxigraph's `use_default_graph_as_union`: it has bag
semantics, so a triple stated in N document graphs matches N times, and a join of k such patterns
returns N^k rows (700,000 rows for 70 facts over 10 documents).  The loader adds one more named
graph per aggregate query, `https://w3id.org/govkg/summary/NAME`, with its rows (see
kg.query.summaries; not in the default graph, not in the export).  The store is built from `graph.trig` in a temporary
directory and renamed into place, so a reader never sees a half-loaded store; a stamp file records
the SHA-256 of the graph.trig it was built from, so a rebuilt export is never queried stale.
"""
from __future__ import annotations

import gc
import hashlib
import json
import mmap
import os
import re
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

STORE_DIR = "store"
STAMP = "govkg-source.json"
LAYOUT = "named-graphs+union-default+summaries/2"


class StoreError(Exception):
    """The build's store cannot be built or opened (a damaged graph.trig, a full disk)."""


def store_path(out_dir) -> Path:
    return Path(out_dir) / STORE_DIR


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _source(out_dir) -> Path:
    trig = Path(out_dir) / "graph.trig"
    if not trig.is_file():
        raise FileNotFoundError(f"{trig} not found: run `kg build --out {out_dir}` first")
    return trig


def _file_stat(path: Path) -> list[int]:
    """What says a file is still the one a digest was taken of: modification time, size, inode."""
    st = path.stat()
    return [st.st_mtime_ns, st.st_size, st.st_ino]


def is_current(out_dir) -> bool:
    """True when `<out>/store/` exists and was built from the current graph.trig.

    The stamp records graph.trig's digest and its `_file_stat`; while the stat is unchanged the
    file is not hashed again (as make and rsync decide): hashing a 10M-quad graph.trig (540 MB)
    took 0.52 of the 0.88 s of every `kg query`.  A changed stat falls back to the digest, and
    a matching digest records the new stat (where the store can be written)."""
    stamp = store_path(out_dir) / STAMP
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if recorded.get("layout") != LAYOUT:
        return False
    trig = _source(out_dir)
    if recorded.get("trig_stat") == _file_stat(trig):
        return True
    if recorded.get("sha256") != _sha256(trig):
        return False
    try:
        recorded["trig_stat"] = _file_stat(trig)
        stamp.write_text(json.dumps(recorded, sort_keys=True), encoding="utf-8")
    except OSError:
        pass
    return True


def fill(store: ox.Store, quads) -> None:
    """Add quads to `store` as named graphs plus their union in the default graph."""
    quads = list(quads)
    store.bulk_extend(quads)
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                      for q in quads)


_BUILD_IRI = re.compile(rb"<https://w3id\.org/govkg/build/([0-9a-f]+)>")


def _build_id(path: Path) -> bytes | None:
    """The build activity id an export names (Turtle and TriG of one export share it)."""
    with open(path, "rb") as f:
        try:
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                m = _BUILD_IRI.search(mm)
                return m.group(1) if m else None
        except ValueError:  # empty file
            return None


def _count(store: ox.Store, pattern: str) -> int:
    (row,) = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"))
    return int(row["n"].value)


def _remove_stale(out: Path) -> None:
    """Remove the temporary stores of earlier runs that were killed (their process is gone):
    three kills once left 1 GB of `.store-build-*` behind."""
    from .builder import _process_alive
    for d in sorted(out.glob(".store-build-*")) + sorted(out.glob(".store-old-*")):
        pid = d.name.split("-")[2] if d.name.count("-") >= 3 else ""
        if pid.isdigit() and _process_alive(int(pid)):
            continue
        shutil.rmtree(d, ignore_errors=True)


def _load_union(store: ox.Store, directory: Path) -> None:
    """Add the union of the store's named graphs to its default graph without Python touching
    a quad: a CONSTRUCT over every named graph is written to N-Triples by oxigraph and bulk-loaded
    back (duplicates collapse: the store is a set).  Why: a TriG-only export (no graph.ttl) was
    unioned through a Python generator, more than 40 minutes for 10M quads; `ADD <g> TO DEFAULT`
    per graph goes through transactions (about 3 times the CPU of this on a 1M-quad build)."""
    union = directory / ".union.nt"
    try:
        result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        result.serialize(str(union), format=ox.RdfFormat.N_TRIPLES)
        store.bulk_load(path=str(union), format=ox.RdfFormat.N_TRIPLES)
    finally:
        union.unlink(missing_ok=True)


def _load(directory: Path, trig: Path, ttl: Path, digest: str) -> None:
    """Fill a new store in `directory` from an export's TriG (named graphs) and Turtle (their
    union, when it is the same export's), add the summaries of the aggregate queries (see
    kg.query.summaries) and stamp it with the TriG's digest (the counts are the export's)."""
    from .query.summaries import write_summaries
    store = ox.Store(str(directory))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    if ttl.is_file() and _build_id(ttl) is not None and _build_id(ttl) == _build_id(trig):
        # graph.ttl of the same export is exactly the union: load it in Rust
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    else:
        _load_union(store, directory)
    store.flush()
    quads = _count(store, "GRAPH ?g { ?s ?p ?o }")
    triples = _count(store, "?s ?p ?o")
    summaries = write_summaries(store)
    store.flush()
    # compact the bulk-loaded files into one sorted run per index: each lookup then reads one
    # file instead of several (index lookups 3x faster on a 1M-quad build; about 14 s per 1M)
    store.optimize()
    del store
    gc.collect()  # the store closes (releases its lock) when dropped
    (directory / STAMP).write_text(json.dumps({"source": "graph.trig", "sha256": digest,
                                               "trig_stat": _file_stat(trig),
                                               "layout": LAYOUT, "quads": quads,
                                               "union_triples": triples,
                                               "summaries": summaries}, sort_keys=True),
                                   encoding="utf-8")


def write_store(_extraction, path, **_opts) -> None:
    """The `store` output format: `kg build --formats …,trig,store` loads the store into the
    build's outputs, so that the first `kg query` does not (it is built from the graph.trig and
    graph.ttl this build writes beside it, and stamped with that graph.trig's digest)."""
    path = Path(path)
    trig = path.parent / "graph.trig"
    if not trig.is_file():
        raise ValueError("the store format needs the trig format in the same build")
    path.mkdir()
    _load(path, trig, path.parent / "graph.ttl", _sha256(trig))


def build_store(out_dir) -> Path:
    """(Re)build `<out>/store/` from `<out>/graph.trig`, atomically; returns the store path."""
    out = Path(out_dir)
    trig = _source(out)
    digest = _sha256(trig)
    _remove_stale(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".store-build-{os.getpid()}-", dir=out))
    try:
        _load(tmp, trig, out / "graph.ttl", digest)
        target = store_path(out)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".store-old-{os.getpid()}-", dir=out))
            os.rename(target, old / "store")
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


# Read-only handles already opened by this process, keyed by store path, valid while graph.trig
# and the store directory are the ones they were opened for (repeated queries from the Python
# API then skip re-hashing graph.trig and re-opening RocksDB).
_OPEN: dict[str, tuple[tuple, ox.Store]] = {}


def _stat_key(out_dir) -> tuple | None:
    try:
        t = (Path(out_dir) / "graph.trig").stat()
        d = store_path(out_dir).stat()
    except OSError:
        return None
    return (t.st_mtime_ns, t.st_size, t.st_ino, d.st_ino, d.st_mtime_ns)


def open_store(out_dir, read_only: bool = True, rebuild: bool = True) -> ox.Store:
    """Open the build's store, (re)building it first when missing or stale (unless
    `rebuild=False`).  Read-only stores can be opened by many processes at once, including
    while `oxigraph serve-read-only` serves the same directory."""
    path = store_path(out_dir)
    key = str(path.resolve())
    if read_only:
        cached = _OPEN.get(key)
        if cached is not None and cached[0] == _stat_key(out_dir):
            return cached[1]
    if rebuild and not is_current(out_dir):
        _build_or_fail(out_dir)
    if not path.is_dir():
        raise FileNotFoundError(f"{path} not found: run build_store first")
    if not read_only:
        _OPEN.pop(key, None)
        return ox.Store(str(path))
    try:
        store = _open_checked(path)
    except (OSError, ValueError, RuntimeError):
        if not rebuild:
            raise StoreError(f"{path}: the store is damaged; delete it (it is rebuilt from "
                             f"graph.trig)") from None
        _build_or_fail(out_dir)  # a damaged store (truncated file, valid stamp): rebuild once
        try:
            store = _open_checked(path)
        except (OSError, ValueError, RuntimeError) as e:
            raise StoreError(f"{path}: cannot open the store: {e}") from None
    _OPEN[key] = (_stat_key(out_dir), store)
    return store


def _open_checked(path: Path) -> ox.Store:
    """Open read-only and ask one question: a truncated RocksDB file (RocksDB checks file sizes
    on open) fails here, with an exception, instead of inside a query or the server."""
    store = ox.Store.read_only(str(path))
    store.query("ASK { ?s ?p ?o }")
    return store


def _build_or_fail(out_dir) -> None:
    try:
        build_store(out_dir)
    except (OSError, ValueError, SyntaxError) as e:
        raise StoreError(f"cannot build the SPARQL store in {store_path(out_dir)}: "
                         f"{type(e).__name__}: {e}") from None


def check_store(out_dir) -> None:
    """Make sure `<out>/store/` is current and opens (rebuilding it when stale or damaged), so
    that `kg serve` hands the oxigraph server a store it can read."""
    open_store(out_dir)


def store_info(out_dir) -> dict:
    """What the stamp records (source digest, quad count)."""
    return json.loads((store_path(out_dir) / STAMP).read_text(encoding="utf-8"))


def refresh_summaries(out_dir) -> dict:
    """Write the summaries and key indexes of a current store again, in place, and record them
    in its stamp; returns their row and entry counts.  Why: they are kept per text of the named
    queries (a changed query file is never answered from old rows, it falls back to the slower
    plan), and running them again takes a few minutes where reloading graph.trig takes many
    (10M quads).  The store must not be open in another process (a server): RocksDB's lock."""
    from .query.summaries import write_summaries
    if not is_current(out_dir):
        raise StoreError(f"{store_path(out_dir)} is missing or stale: build it (build_store)")
    _OPEN.pop(str(store_path(out_dir).resolve()), None)
    gc.collect()
    store = ox.Store(str(store_path(out_dir)))
    summaries = write_summaries(store)
    store.flush()
    del store
    gc.collect()
    stamp_file = store_path(out_dir) / STAMP
    stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    stamp["summaries"] = summaries
    stamp_file.write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
    return summaries
