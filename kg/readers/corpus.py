"""Find and read the documents of a corpus: files, directories (recursive) and JSON Lines.

Reading never raises for one bad file: it yields a `ReadError` naming the file (and line) and
goes on, so the good files of a run are still built.
"""
from __future__ import annotations

import codecs
import errno
import html
import json
import math
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Doc, short_hash
from ..text import IDEOGRAPH
from .decode import DecodeError, decode
from .html import declared_charset, filled_title, html_to_text, looks_like_html, meta_date, without_placeholders

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
    """Expand files and directories into a sorted, de-duplicated list of source files.

    A file is read once however it was named (twice on the command line, inside a directory
    also given, through a symbolic link).  Names are short (the file name, or the path below the
    directory given); two different files that would get the same name are named by the path
    given instead, so neither is dropped and the names do not depend on the argument order."""
    entries: list[tuple[str, str, Path]] = []  # (name, name by the path as given, path)
    errors: list[ReadError] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            errors.append(ReadError(str(given), _missing_reason(p)))
        elif p.is_dir():
            _walk(p, entries, errors)
        else:
            entries.append((p.name, p.as_posix(), p))
    by_file: dict[str, list[tuple[str, str, Path]]] = {}
    for e in entries:
        by_file.setdefault(os.path.realpath(e[2]), []).append(e)
    kept = []
    for same in by_file.values():
        same.sort(key=lambda e: (_via_link(e[2]), len(e[0]), e[0], e[1]))
        kept.append(same[0])
        for name, _, path in same[1:]:  # named twice: only a link to it is worth a note
            if name != same[0][0] and _via_link(path):
                errors.append(ReadError(name, f"link to {same[0][0]}: read once", fatal=False))
    by_name: dict[str, list[tuple[str, str, Path]]] = {}
    for e in kept:
        by_name.setdefault(e[0], []).append(e)
    found = {}
    for name, clash in by_name.items():
        if len(clash) == 1:
            found[name] = SourceFile(clash[0][2], name)
        else:
            for _, alt, path in clash:
                found[alt] = SourceFile(path, alt)
    return [found[k] for k in sorted(found)], errors


def is_output_dir(path: Path) -> bool:
    """True for a directory `kg build` wrote (its errors.json names the govkg version)."""
    try:
        with open(path / "errors.json", "rb") as f:
            return b'"kg_version"' in f.read(200)
    except OSError:
        return False


def _output_names() -> set[str]:
    """The file names `kg build` writes into its output directory."""
    from ..export import exporters
    return {e.filename for e in exporters().values()} | {"errors.json"}


def _via_link(path: Path) -> bool:
    return os.path.abspath(path) != os.path.realpath(path)


def _missing_reason(p: Path) -> str:
    if p.is_symlink():
        try:
            os.stat(p)
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "symbolic link loop, not followed"
        return "broken symbolic link (its target does not exist)"
    return "no such file or directory"


def _walk(top: Path, entries: list, errors: list[ReadError]) -> None:
    """Collect the readable files under `top`, following links but never around a loop."""
    seen_dirs: set[tuple[int, int]] = set()

    def on_error(e: OSError) -> None:
        errors.append(ReadError(str(e.filename), f"cannot list directory: {e.strerror}"))

    for root, dirs, files in os.walk(top, followlinks=True, onerror=on_error):
        try:
            st = os.stat(root)
        except OSError as e:
            errors.append(ReadError(root, f"cannot list directory: {e.strerror}"))
            dirs[:] = []
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in seen_dirs:  # a link back to a directory already listed
            rel = Path(root).relative_to(top).as_posix()
            errors.append(ReadError(f"{top.name}/{rel}" if top.name else rel,
                                    "symbolic link to a directory already read (a loop?), "
                                    "not followed", fatal=False))
            dirs[:] = []
            continue
        seen_dirs.add(ident)
        outputs: set[str] = set()
        if Path(root) == top and is_output_dir(top):
            # `kg build corpus/ --out corpus/`: the corpus is still input, govkg's files are not
            outputs = _output_names()
        elif is_output_dir(Path(root)):  # `kg build corpus/ --out corpus/out`: not input
            rel = Path(root).relative_to(top).as_posix()
            name = top.name if rel == "." else f"{top.name}/{rel}" if top.name else rel
            errors.append(ReadError(name or str(top), "skipped: a govkg output directory",
                                    fatal=False))
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith(".") or f in outputs:
                continue
            fp = Path(root) / f
            rel = fp.relative_to(top).as_posix()
            name = f"{top.name}/{rel}" if top.name else rel
            if fp.suffix.lower() not in KNOWN_SUFFIXES:
                errors.append(ReadError(name, f"skipped: not a text, HTML or JSON Lines "
                                              f"file ({fp.suffix})", fatal=False))
                continue
            entries.append((name, fp.as_posix(), fp))


_PLAIN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HASHED = re.compile(r".*-[0-9a-f]{10}")


def _plain(text: str) -> bool:
    """Lower-case ASCII words joined by single hyphens, not ending like a hash."""
    return bool(_PLAIN.fullmatch(text)) and not _HASHED.fullmatch(text)


def _hashed(text: str) -> str:
    readable = re.sub(r"[^a-z0-9]+", "-", text.lower())[:40].strip("-")
    return (readable + "-" if readable else "") + short_hash(text)


def _doc_id(name: str, record: str | None = None) -> str:
    """An IRI- and path-safe document id, unique for each distinct input by construction.

    A `.txt` file whose path segments are plain (`corpus/page-1.txt`) keeps a readable id, the
    segments joined by `_` (`corpus_page-1`); any other name (`X.txt`, `a b.txt`, `a_b.txt`,
    `x.html`, `x`, a name over 80 characters) is a readable slug plus a hash of the whole name.
    A JSON Lines record's id is the file's id (`news` for a plain `news.jsonl`), `--`, and the
    record id (itself when plain, else slug and hash).  Plain ids contain no `_` or `--` and do
    not end like a hash, so no two inputs can meet: `news--1` is not the file `news-1.txt`,
    `sub_x` is not `sub-x.txt`."""
    stem, _, ext = name.rpartition(".")
    wanted = "txt" if record is None else "jsonl"
    parts = stem.split("/")
    if ext == wanted and len(stem) <= 80 and all(_plain(p) for p in parts):
        doc = "_".join(parts)
    else:
        doc = _hashed(name)
    if record is None:
        return doc
    return f"{doc}--{record if len(record) <= 80 and _plain(record) else _hashed(record)}"


# One character that is neither white space (`\s` is `str.isspace`, as `str.strip` uses)
# nor zero-width (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen).
_VISIBLE = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _blank(text: str) -> bool:
    """No visible text: white space, zero-width characters and BOMs only.  A search for the
    first visible character stops at once on real text, where translating the whole text to
    drop the zero-width characters first read every character (0.04 CPU-s per 2 MB of news,
    in the build process)."""
    return _VISIBLE.search(text) is None


def _bad_string(value) -> bool:
    """A string that cannot be written as UTF-8 (a lone surrogate from a JSON `\\ud800`)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_file(sf: SourceFile, encoding: str | None = None) -> Iterator[Doc | ReadError]:
    """Yield the documents of one file (one, or one per JSON Lines record), or errors.
    `encoding` (the user's `--encoding`) is used instead of any detection."""
    if sf.path.exists() and not sf.path.is_dir() and not sf.path.is_file():
        # a FIFO would block the build and a device (/dev/zero) never ends
        yield ReadError(sf.name, "not a regular file (pipe, socket or device), not read")
        return
    try:
        data = sf.path.read_bytes()
    except PermissionError:
        yield ReadError(sf.name, "permission denied: cannot read file")
        return
    except IsADirectoryError:
        yield ReadError(sf.name, "is a directory")
        return
    except OSError as e:
        if e.errno == errno.ELOOP:
            reason = "symbolic link loop, not followed"
        elif e.errno == errno.ENOENT and sf.path.is_symlink():
            reason = "broken symbolic link (its target does not exist)"
        else:
            reason = f"cannot read file: {e.strerror or e}"
        yield ReadError(sf.name, reason)
        return
    if not data.strip():
        yield ReadError(sf.name, "empty file (no text)")
        return
    suffix = sf.path.suffix.lower()
    if suffix in JSONL_SUFFIXES and not encoding:
        lines = _utf8_lines(data)
        if lines is not None:  # UTF-8 (perhaps with a few lines that are not): record by record
            yield from _read_jsonl(sf, lines, "utf-8")
            return
    forced = encoding
    try:
        text, encoding = decode(data, declared_charset(data) if suffix not in JSONL_SUFFIXES
                                else None, forced=forced)
    except DecodeError as e:
        yield ReadError(sf.name, str(e))
        return
    if _blank(text):
        yield ReadError(sf.name, "file has only white space or invisible characters (no text)")
        return
    if encoding.endswith("replaced)"):
        yield ReadError(sf.name, f"damaged UTF-8: {encoding[7:-1]} by U+FFFD", fatal=False)
    if encoding.endswith("(guessed)"):
        yield ReadError(sf.name, f"not UTF-8; encoding guessed as {encoding.split()[0]} from a "
                        f"short text: check it, or give --encoding", fatal=False)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(sf, enumerate(_LINE_BREAK.split(text), 1), encoding)
        return
    title = date = None
    fmt = "text"
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        date = meta_date(text)  # <meta name="PubDate" content="…">: the page's publication date
        text, title = html_to_text(text)
        fmt = "html"
        if _blank(text):
            yield ReadError(sf.name, "HTML page has no text")
            return
    else:
        text = blank_space_references(text)
    text = without_pinyin_ruby(text)
    yield Doc(id=_doc_id(sf.name), source=sf.name, text=text, title=title, date=date,
              meta={"encoding": encoding, "format": fmt})


# the white-space character references a scrape copied as text leaves behind (&nbsp;&nbsp;规模以上…)
_SPACE_REFERENCE = re.compile(r"&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);?", re.I)
# any other character reference, closed by its semicolon (&ldquo; &rdquo; &mdash; &#8220; &#x201c;), perhaps
# escaped once more by the crawler (&amp;ldquo;)
_CHAR_REFERENCE = re.compile(r"&(?:amp;)?(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def blank_space_references(text: str) -> str:
    """Plain text with the character references a scrape left behind read as the characters they
    stand for.  A white-space reference (`&nbsp;`, `&#160;`, `&emsp;`) becomes as many spaces as it
    has characters: it reads as the space it stood for, and the offsets after it still count the
    file's characters.  Any other one (`&ldquo;十个全覆盖&rdquo;`, `&mdash;`, `&#8220;`, `&amp;ldquo;`)
    becomes its character, as an HTML page's text has it (blanks left in its place would part a
    quoted name from the word after it: “十个全覆盖”建设); offsets are then those of the text so read.
    An unknown name (`&foo;`, `&copy` without its semicolon) stays as written."""
    if "&" not in text:
        return text
    text = _SPACE_REFERENCE.sub(lambda m: " " * len(m.group()), text)
    return _CHAR_REFERENCE.sub(lambda m: _decoded(m.group()) or m.group(), text)


# a pinyin reading in brackets after its character (國(guó)務(wù)院, 報(bào)告), as sites that annotate every
# character print it: a syllable of Latin letters holding a tone mark, right after an ideograph
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_RUBY = re.compile(f"(?<=[{IDEOGRAPH}])[(（][a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}[)）]")


def without_pinyin_ruby(text: str) -> str:
    """Text less the pinyin readings a page printed after each character (`國(guó)務(wù)院敲定政府工作報(bào)告`
    → `國務院敲定政府工作報告`): left in, they part every name from its characters (no 国务院, a
    newspaper 敲定政府工作报).  Only a bracketed syllable with a tone mark right after an ideograph
    goes (a note in Latin letters, 北京(Beijing), stays); offsets are those of the text so read.
    The glosses content farms copy with a page go too (`_without_labelled_glosses`)."""
    text = _without_labelled_glosses(text)
    if "(" not in text and "（" not in text:
        return text
    return _without_bare_glosses(_PINYIN_RUBY.sub("", text))


# the glosses content farms insert into a copied page: a label inside any bracket, then a reading or
# the traditional form of the character before it (扩大(读:dà), 中小《练:xiǎo》学, 中小学(繁体:學), 步骤《繁:驟》,
# 柏树镇[繁体:鎮], 清{pinyin:qīng}水, 其中{拼音:zhōng}); a toned syllable in brackets of another kind
# (幼儿【ér】园); a toned syllable glued after a character and closed by a space (2021年nián 全市, 古浪làng 县)
_GLOSS_LABELS = "读|拼音|pinyin|繁体|繁|练|简体"
_GLOSS_OPEN, _GLOSS_CLOSE = "(（《【[{〔", ")）》】]}〕"
_LABELLED_GLOSS = re.compile(
    f"[{re.escape(_GLOSS_OPEN)}](?:{_GLOSS_LABELS})[:：][a-zü{_TONED}{IDEOGRAPH}]{{1,8}}[{re.escape(_GLOSS_CLOSE)}]"
    rf"|(?<=[{IDEOGRAPH}])[《【{{\[〔][a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}[》】}}\]〕]"
    f"|(?<=[{IDEOGRAPH}])[a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}} (?=[{IDEOGRAPH}])")


def _without_labelled_glosses(text: str) -> str:
    """Text less the labelled readings and traditional forms a content farm glued into a page it
    copied (`中小《练:xiǎo》学(繁体:學)9所` → `中小学9所`, `古浪làng 县` → `古浪县`): they part a
    school or a county from its characters.  A label inside a bracket, or a syllable with a tone
    mark, is never the text's own: a note in Latin letters (北京(Beijing)) stays."""
    if not _LABELLED_GLOSS_HINT.search(text):
        return text
    return _LABELLED_GLOSS.sub("", text)


_LABELLED_GLOSS_HINT = re.compile(f"[:：{_TONED}]")


# a pinyin syllable without tone marks in brackets right after an ideograph (價(jia)格(ge), 關(guan) 於(yu)),
# (twice where the page glossed it twice: 價(jia)(jia)), with the one space some pages print after it when an
# ideograph follows; one letter is too little
_BARE_GLOSS = re.compile(f"(?<=[{IDEOGRAPH}])((?:[(（][a-zü]{{2,6}}[)）]){{1,3}})(?: (?=[{IDEOGRAPH}]))?")
_GLOSS_SYLLABLE = re.compile("[a-zü]+")
_MIN_BARE_GLOSSES = 3  # a page that glosses characters does it throughout; a note or two is text


def _without_bare_glosses(text: str) -> str:
    """Text less the toneless pinyin a page glossed after its characters (`價(jia)(jia)格(ge)(ge)上(shang)漲`
    → `價格上漲`), where the text has at least `_MIN_BARE_GLOSSES` of them: each bracket holds one
    syllable of pinyin (`pinyin_syllables.tsv`), so a note in Latin letters (北京(Beijing), 电话(tel))
    stays, and one or two stray syllables are left as written.  One pass over the text."""
    syllables = _pinyin_syllables()
    spans = [m.span() for m in _BARE_GLOSS.finditer(text)
             if all(w in syllables for w in _GLOSS_SYLLABLE.findall(m.group(1)))]
    if len(spans) < _MIN_BARE_GLOSSES:
        return text
    out, pos = [], 0
    for s, e in spans:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return "".join(out)


_SYLLABLES: frozenset[str] | None = None


def _pinyin_syllables() -> frozenset[str]:
    global _SYLLABLES
    if _SYLLABLES is None:
        from .. import lexicon as L
        _SYLLABLES = frozenset(L.column("pinyin_syllables.tsv"))
    return _SYLLABLES


def _decoded(ref: str) -> str | None:
    """One character reference's character, or None when it names none (`&foo;`)."""
    inner = "&" + ref[5:] if ref[:5].lower() == "&amp;" and len(ref) > 5 else ref
    ch = html.unescape(inner)
    return ch if len(ch) == 1 and ch != inner else None


# JSON Lines records end at a line break; U+2028, U+0085 … are legal inside JSON strings
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


_BYTE_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def _utf8_lines(data: bytes) -> list[tuple[int, str | None]] | None:
    """The lines of a JSON Lines file decoded one by one as UTF-8 (None for a line that is not),
    or None when the file is not mostly UTF-8 (a BOM, UTF-16, or a legacy encoding throughout:
    then the whole file is decoded at once).  One bad line must not lose the others."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            or b"\x00" in data[:4096]:
        return None
    out: list[tuple[int, str | None]] = []
    good = bad = 0
    for lineno, raw in enumerate(_BYTE_LINE_BREAK.split(data), 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            out.append((lineno, None))
            bad += 1
            continue
        out.append((lineno, line))
        good += not raw.isascii()
    return out if bad == 0 or good > bad else None


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a JSON value")


def _read_jsonl(sf: SourceFile, lines, encoding: str) -> Iterator[Doc | ReadError]:
    seen: dict[str, int] = {}
    for lineno, line in lines:
        if line is None:
            yield ReadError(sf.name, "line is not UTF-8 (the rest of the file is): record "
                            "skipped", lineno)
            continue
        if not line.strip():
            continue
        if "\x00" in line:
            yield ReadError(sf.name, "line contains NUL bytes: record skipped", lineno)
            continue
        try:
            rec = json.loads(line, parse_constant=_reject_constant)
        except json.JSONDecodeError as e:
            yield ReadError(sf.name, f"invalid JSON: {e.msg} (column {e.colno})", lineno)
            continue
        except ValueError as e:
            yield ReadError(sf.name, f"invalid JSON: {e}", lineno)
            continue
        except RecursionError:
            yield ReadError(sf.name, "invalid JSON: nested too deeply", lineno)
            continue
        if not isinstance(rec, dict):
            yield ReadError(sf.name, "a JSON Lines record must be an object", lineno)
            continue
        body = _field(rec, TEXT_KEYS, str)
        if body is None and _field(rec, TEXT_KEYS, list) is not None:
            body = paragraphs_text(_field(rec, TEXT_KEYS, list))
        rid = extended_value(_field(rec, ID_KEYS))
        if rid is None:
            rid = _address(rec)  # a crawl's records often have only their address
        if rid is None and isinstance(body, str):
            rid = f"line-{lineno}"  # a crawler's title/date/text record: named by its line, not dropped
        if rid is None or not isinstance(body, str):
            yield ReadError(sf.name, "record needs an \"id\" and a string \"text\"", lineno)
            continue
        if isinstance(rid, (dict, list, bool)):
            yield ReadError(sf.name, "record \"id\" must be a string or a number", lineno)
            continue
        title, date, url = (_field(rec, TITLE_KEYS), _field(rec, DATE_KEYS), _address(rec))
        title = _list_title(title)
        date = extended_value(date)
        date = unix_date(date) or _zoned_date(date) or date
        if any(_bad_string(v) for v in (rid, body, title, date, url)):
            yield ReadError(sf.name, "record contains a lone surrogate (\\ud800-\\udfff), "
                            "which is not text: record skipped", lineno)
            continue
        text_id = str(rid)
        if text_id in seen:
            yield ReadError(sf.name, f"duplicate record id {text_id!r} (line {seen[text_id]}; "
                            f"ids are compared as text, so 12345 and \"12345\" are the same)",
                            lineno)
            continue
        seen[text_id] = lineno
        if _blank(body):
            yield ReadError(sf.name, f"record {text_id!r} has no text", lineno)
            continue
        meta = {"encoding": encoding, "format": "jsonl", "line": lineno}
        site = _site_name(rec)
        if site:
            meta["site_name"] = site
        body = record_text(body)
        if _blank(body):
            yield ReadError(sf.name, f"record {text_id!r} has no text", lineno)
            continue
        yield Doc(id=_doc_id(sf.name, text_id), source=f"{sf.name}#{text_id}", text=body,
                  title=_record_title(title), date=_opt_str(date),
                  meta=meta | ({"url": str(url)} if url else {}))


# MongoDB's extended JSON, as `mongoexport` writes a crawl's collection: {"$oid": "64561a2b…"},
# {"$date": "2023-05-06T02:30:00Z"}, {"$date": {"$numberLong": "1683340200000"}}, {"$numberLong": "123"}
_EXTENDED_KEYS = ("$oid", "$date", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal")


def extended_value(v):
    """A field's value unwrapped from MongoDB's extended JSON (`{"$oid": "…"}` → "…", `{"$date":
    {"$numberLong": "…"}}` → "…"), so a collection exported with `mongoexport` reads like any crawl
    (its `_id` was refused as no string and the record lost); any other value as it is."""
    for _ in range(2):
        if isinstance(v, dict) and len(v) == 1 and next(iter(v)) in _EXTENDED_KEYS:
            v = next(iter(v.values()))
    return v


_ZONED = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)")


def _zoned_date(v) -> str | None:
    """The day in China (UTC+8) of a time stamp written with its zone (`2023-05-05T18:30:00Z`, an
    export's UTC time of a page published 02:30 the next morning in China), or None."""
    m = _ZONED.fullmatch(v.strip()) if isinstance(v, str) else None
    if m is None:
        return None
    zone = "+00:00" if m.group(3) == "Z" else m.group(3)
    try:
        stamp = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}{zone}")
    except ValueError:
        return None
    return stamp.astimezone(_CHINA_TIME).date().isoformat()


def _list_title(v):
    """A title stored as a list of its strings (`"title": ["县政府召开常务会议"]`, a crawler's per-node
    extraction) as one line; any other value as it is."""
    if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
        return " ".join(x.strip() for x in v if x.strip()) or None
    return v


def paragraphs_text(body: list):
    """A record's text stored as a list of paragraphs (`"body": ["3月8日，…。", "…"]`, a crawler's
    per-<p> extraction): the paragraphs one a line, a blank line between, as a page sets them; a list
    holding anything but strings is no text (None, so the record gets its one-line error)."""
    if not body or not all(isinstance(p, str) for p in body):
        return None
    return "\n\n".join(p.strip() for p in body if p.strip())


# seconds, or milliseconds, since 1970, from 1,000,000,000 (2001-09-09) to 1,999,999,999 (2033-05-18): a
# leading 2 is a written date (2024030512, YYYYMMDDHH), a leading 0 no time stamp (0000000000)
_UNIX_TIME = re.compile(r"1\d{9}(?:\d{3})?")
_CHINA_TIME = timezone(timedelta(hours=8))  # China Standard Time: the day a Chinese page was published


def unix_date(value) -> str | None:
    """A record's date given as a Unix time stamp (`"pubdate": 1709625600`, or in milliseconds, or as
    a string of those digits): the ISO day it falls on in China (UTC+8, no daylight saving), where
    government pages are published; None for any other value (a date string is read as written)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)) \
            or isinstance(value, float) and not math.isfinite(value):  # (1e400 reads as infinity)
        return None
    digits = str(int(value)) if isinstance(value, (int, float)) else value.strip()
    if not _UNIX_TIME.fullmatch(digits):
        return None
    seconds = int(digits) // (1000 if len(digits) == 13 else 1)
    return datetime.fromtimestamp(seconds, _CHINA_TIME).date().isoformat()


# a crawler's record whose text is the page's markup: paragraph, break and block tags
_MARKUP = re.compile(r"<(?:p|br|div|span|section|table|tr|td|strong|font|img|h[1-6])\b[^<>]*/?>|</(?:p|div|span|section|td)>",
                     re.I)


def record_text(body: str) -> str:
    """A JSON Lines record's text as its article reads: a crawler that stored the page's markup
    (`<p style=…>…</p><p>…`, `…<br/>…`) gives the text of the markup, as an HTML file does (offsets
    are of that text), else the text with its white-space references (`&nbsp;`) as spaces."""
    if _MARKUP.search(body):
        return without_pinyin_ruby(html_to_text(body)[0])
    text = blank_space_references(body)
    if "&" in body and _MARKUP.search(text):  # the markup stored escaped (&lt;p&gt;…&lt;/p&gt;)
        return without_pinyin_ruby(html_to_text(text)[0])
    return without_pinyin_ruby(text)


# A record's fields under the names crawled news corpora give them (`content`, `headline`,
# `publish_time`, `url`), the documented name first: the first one present is read.
ID_KEYS = ("id", "_id", "doc_id", "docid", "uuid")
TEXT_KEYS = ("text", "content", "body", "article", "正文", "内容")
TITLE_KEYS = ("title", "headline", "标题")
DATE_KEYS = ("date", "publish_date", "pub_date", "pubdate", "pubDate", "publishDate", "publish_time",
             "publishTime", "pubtime", "time", "发布时间", "日期")
SOURCE_KEYS = ("source", "url", "link", "网址")
# the name of the site or body that published the record (`"site": "某某县人民政府"`, `"来源": "某县融媒体
# 中心"`): what a page sets above its breadcrumb or in its source line, read for the place of an
# article that names none of its own (as resolve reads a page's site header)
SITE_KEYS = ("site", "site_name", "sitename", "source_name", "website", "网站", "站点", "来源", "发布机构")
MAX_SITE_NAME = 30  # a site's or body's name is at most this long


def _address(rec: dict):
    """The record's address: its `url`, `link` or `网址`, or its `source` when that is an address
    (`"source": "http://…"`).  A `source` that names the publisher (`"source": "新华网"`, as most crawled
    corpora write it) is no address and no record id: taken for one, every record of that publisher
    after the first was dropped as a duplicate id."""
    for k in SOURCE_KEYS:
        v = rec.get(k)
        if v is not None and (k != _PUBLISHER_OR_ADDRESS_KEY or _is_address(v)):
            return v
    return None


_PUBLISHER_OR_ADDRESS_KEY = "source"
_ADDRESS_RE = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:|www\.|/|\.\.?/)\S*|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?")


def _is_address(v) -> bool:
    """Is a `source` value an address (a URL, a path, a host name), not a publisher's name?"""
    return isinstance(v, str) and _ADDRESS_RE.fullmatch(v.strip()) is not None


def _site_name(rec: dict) -> str | None:
    """The record's site or source name, when it is a short name (not an address nor a paragraph):
    a `source` naming the publisher (`"source": "澧县妇联"`) when no site field is given."""
    v = _field(rec, SITE_KEYS, str)
    if v is None and not _is_address(rec.get(_PUBLISHER_OR_ADDRESS_KEY)):
        v = _field(rec, (_PUBLISHER_OR_ADDRESS_KEY,), str)
    if v is None:
        return None
    v = v.strip()
    if not v or len(v) > MAX_SITE_NAME or "/" in v or _bad_string(v):
        return None
    return v


def _field(rec: dict, keys: tuple[str, ...], kind: type | None = None):
    """The value of the first of `keys` that `rec` holds (not null, and of type `kind` if given)."""
    for k in keys:
        v = rec.get(k)
        if v is not None and (kind is None or isinstance(v, kind)):
            return v
    return None


def _opt_str(v) -> str | None:
    return None if v is None else str(v)


def _record_title(v) -> str | None:
    """A record's title as given, unless a crawler stored it with unfilled template tags
    ({{sitedesc}}, 县政府召开常务会议_${sitename}): then without them (None when nothing is left)."""
    title = _opt_str(v)
    return filled_title(title) if title and without_placeholders(title) != title else title


def read_corpus(paths: Iterable[str | os.PathLike], encoding: str | None = None
                ) -> Iterator[Doc | ReadError]:
    """All documents of the given paths, in a deterministic order, with errors in between.
    `encoding` forces one encoding for every file (`kg build --encoding`)."""
    files, errors = find_files(paths)
    yield from errors
    for sf in files:
        yield from read_file(sf, encoding)
