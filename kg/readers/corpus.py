"""Find and read the documents of a corpus: files, directories (recursive) and JSON Lines.

Reading never raises for one bad file: it yields a `ReadError` naming the file (and line) and
goes on, so the good files of a run are still built.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Doc, slug
from .decode import DecodeError, decode
from .html import html_to_text, looks_like_html

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass
class ReadError:
    """A file (or one line of it) that could not be read, and why."""
    path: str
    reason: str
    line: int | None = None
    fatal: bool = True  # False for notes such as skipped non-text files in a directory

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"

    def to_json(self) -> dict:
        return {"path": self.path, "line": self.line, "reason": self.reason,
                "severity": "error" if self.fatal else "warning"}


@dataclass(frozen=True)
class SourceFile:
    path: Path  # on disk
    name: str  # as recorded in outputs: relative to the root the user named


def find_files(paths: Iterable[str | os.PathLike]) -> tuple[list[SourceFile], list[ReadError]]:
    """Expand files and directories into a sorted, de-duplicated list of source files."""
    found: dict[str, SourceFile] = {}
    errors: list[ReadError] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            errors.append(ReadError(str(given), "no such file or directory"))
        elif p.is_dir():
            seen_dirs: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True, onerror=lambda e: errors.append(
                    ReadError(str(e.filename), f"cannot list directory: {e.strerror}"))):
                st = os.stat(root)
                ident = (st.st_dev, st.st_ino)
                if ident in seen_dirs:  # a symlink loop: stop descending
                    errors.append(ReadError(root, "symbolic link loop, not followed", fatal=False))
                    dirs[:] = []
                    continue
                seen_dirs.add(ident)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    fp = Path(root) / f
                    rel = fp.relative_to(p).as_posix()
                    name = f"{p.name}/{rel}" if p.name else rel
                    if fp.suffix.lower() not in KNOWN_SUFFIXES:
                        errors.append(ReadError(name, f"skipped: not a text, HTML or JSON Lines "
                                                      f"file ({fp.suffix})", fatal=False))
                        continue
                    found.setdefault(name, SourceFile(fp, name))
        else:
            found.setdefault(p.name, SourceFile(p, p.name))
    return [found[k] for k in sorted(found)], errors


def _doc_id(name: str, record: str | None = None) -> str:
    base = name.rsplit(".", 1)[0] if "." in name.rsplit("/", 1)[-1] else name
    return slug(base) + (f"-{slug(record)}" if record is not None else "")


def read_file(sf: SourceFile) -> Iterator[Doc | ReadError]:
    """Yield the documents of one file (one, or one per JSON Lines record), or errors."""
    try:
        data = sf.path.read_bytes()
    except PermissionError:
        yield ReadError(sf.name, "permission denied: cannot read file")
        return
    except OSError as e:
        yield ReadError(sf.name, f"cannot read file: {e.strerror or e}")
        return
    if not data.strip():
        yield ReadError(sf.name, "empty file (no text)")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as e:
        yield ReadError(sf.name, str(e))
        return
    if not text.strip():
        yield ReadError(sf.name, "file has only white space")
        return
    suffix = sf.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(sf, text, encoding)
        return
    title = None
    fmt = "text"
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        text, title = html_to_text(text)
        fmt = "html"
        if not text.strip():
            yield ReadError(sf.name, "HTML page has no text")
            return
    yield Doc(id=_doc_id(sf.name), source=sf.name, text=text, title=title,
              meta={"encoding": encoding, "format": fmt})


def _read_jsonl(sf: SourceFile, text: str, encoding: str) -> Iterator[Doc | ReadError]:
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadError(sf.name, f"invalid JSON: {e.msg} (column {e.colno})", lineno)
            continue
        if not isinstance(rec, dict):
            yield ReadError(sf.name, "a JSON Lines record must be an object", lineno)
            continue
        rid, body = rec.get("id"), rec.get("text")
        if rid is None or not isinstance(body, str):
            yield ReadError(sf.name, "record needs an \"id\" and a string \"text\"", lineno)
            continue
        rid = str(rid)
        if rid in seen:
            yield ReadError(sf.name, f"duplicate record id {rid!r}", lineno)
            continue
        seen.add(rid)
        if not body.strip():
            yield ReadError(sf.name, f"record {rid!r} has no text", lineno)
            continue
        meta = {"encoding": encoding, "format": "jsonl", "line": lineno}
        yield Doc(id=_doc_id(sf.name, rid), source=f"{sf.name}#{rid}", text=body,
                  title=_opt_str(rec.get("title")), date=_opt_str(rec.get("date")),
                  meta=meta | ({"url": str(rec["source"])} if rec.get("source") else {}))


def _opt_str(v) -> str | None:
    return None if v is None else str(v)


def read_corpus(paths: Iterable[str | os.PathLike]) -> Iterator[Doc | ReadError]:
    """All documents of the given paths, in a deterministic order, with errors in between."""
    files, errors = find_files(paths)
    yield from errors
    for sf in files:
        yield from read_file(sf)
