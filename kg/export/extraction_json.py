"""The govkg-extraction/1 exchange format (see docs/extraction-format.md): what `kg eval` scores."""
from __future__ import annotations

import json
import math
from json.encoder import encode_basestring

try:  # a Rust encoder: the same bytes as json's for the values this format holds (see `_fast`)
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; without it, the Python path
    orjson = None

from ..model import Extraction

_KEYS = ["documents", "entities", "metrics", "relations", "schema"]  # what `_pieces` knows


def dumps(extraction) -> str:
    return json.dumps(extraction.to_json(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _pieces(x: Extraction):
    """The top-level members of `x.to_json()` in its order, lists as generators: one document,
    entity, relation or metric becomes a dict only when it is written."""
    table = x.sentence_table()  # documents carry their sentences once (Extraction.to_json)
    yield "schema", Extraction().to_json()["schema"]
    yield "documents", (dict(d, sentences=table.rows(d["id"]))
                        for d in sorted(x.documents, key=lambda d: d["id"]))
    yield "entities", (x.entities[k].to_json(table) for k in sorted(x.entities))
    yield "relations", (x.relations[k].to_json(table) for k in sorted(x.relations))
    yield "metrics", (x.metrics[k].to_json(table) for k in sorted(x.metrics))


class _Unsupported(Exception):
    """A value `_indented` does not format (a subclass, a non-string key): json's encoder does."""


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o in (float("inf"), float("-inf")):
        return "Infinity" if o > 0 else "-Infinity"
    return float.__repr__(o)


_MEMBERS: dict[str, dict[str, tuple[str, str]]] = {}  # indentation -> member name -> texts


def _member_texts(ind: str) -> dict[str, tuple[str, str]]:
    """The texts before a member's value in a dict at indentation `ind`, by member name:
    (as its first member: "{", line break, indentation, name, ": "; as a later one: the same
    after "," instead of "{"), made once per name and indentation (the format has a few dozen
    names at a few depths): one lookup and one concatenation per member instead of an
    encoder call and two concatenations."""
    got = _MEMBERS.get(ind)
    if got is None:
        got = _MEMBERS[ind] = {}
    return got


def _indented(o, ind: str, out: list) -> None:
    """Append to `out` the text `json.dumps(o, ensure_ascii=False, indent=1)` gives for `o`
    at indentation `ind`: json's own encoder for indented output is a chain of Python
    generators, this is one recursive call per container (the same text, about twice as fast).
    Only exact built-in types; anything else raises _Unsupported."""
    t = type(o)
    if t is str:
        out.append(encode_basestring(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif t is int:
        out.append(int.__repr__(o))
    elif t is float:
        out.append(_float(o))
    elif t is dict:
        if not o:
            out.append("{}")
            return
        members = _MEMBERS.get(ind)
        if members is None:
            members = _member_texts(ind)
        later = 0
        for k, v in o.items():
            texts = members.get(k)
            if texts is None:
                if type(k) is not str:
                    raise _Unsupported(k)
                name = encode_basestring(k) + ": "
                texts = ("{\n" + ind + " " + name, ",\n" + ind + " " + name)
                if len(members) < 4096:  # the format's names; arbitrary keys (metadata) are not kept
                    members[k] = texts
            key = texts[later]
            later = 1
            tv = type(v)  # strings, integers, null and booleans (most values) inline: no call
            if tv is str:
                out.append(key + encode_basestring(v))
            elif tv is int:
                out.append(key + int.__repr__(v))
            elif v is None:
                out.append(key + "null")
            elif tv is bool:
                out.append(key + ("true" if v else "false"))
            else:
                out.append(key)
                _indented(v, ind + " ", out)
        out.append("\n" + ind + "}")
    elif t is list or t is tuple:
        if not o:
            out.append("[]")
            return
        inner = "\n" + ind + " "
        sep = "[" + inner
        for v in o:
            if type(v) is str:
                out.append(sep + encode_basestring(v))
            else:
                out.append(sep)
                _indented(v, ind + " ", out)
            sep = "," + inner
        out.append("\n" + ind + "]")
    else:
        raise _Unsupported(o)


def _item_text(item, encode) -> str:
    """One list item at depth 2 of the file (indented by two spaces)."""
    out: list[str] = []
    try:
        _indented(item, "  ", out)
    except _Unsupported:
        return encode(item).replace("\n", "\n  ")
    return "".join(out)


def _streamable(x) -> bool:
    """True when `_pieces` gives what `to_json` would (a subclass or a new member: no)."""
    return type(x).to_json is Extraction.to_json and sorted(Extraction().to_json()) == _KEYS \
        and list(Extraction().to_json()) == [k for k, _v in _pieces(Extraction())]


def write(extraction, path, **_options) -> None:
    """The bytes of `json.dump(extraction.to_json(), indent=1)` written item by item: the whole
    tree (about ten objects per piece of evidence, 2-3 GB on a 100 MB corpus) never exists at
    once, only one item's.  An item encoded on its own at indent 1 is the same text as inside
    the list, each line indented two more spaces (JSON strings hold no raw line breaks)."""
    if not _streamable(extraction):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(extraction.to_json(), f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")
        return
    if orjson is not None:
        with open(path, "wb") as f:
            _write_fast(extraction, f)
        return
    encode = json.JSONEncoder(ensure_ascii=False, indent=1).encode
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("{")
        for n, (key, value) in enumerate(_pieces(extraction)):
            f.write(("\n " if n == 0 else ",\n ") + encode(key) + ": ")
            if isinstance(value, str):
                f.write(encode(value))
                continue
            buf, first = [], True
            for item in value:
                buf.append(("[\n  " if first else ",\n  ") + _item_text(item, encode))
                first = False
                if len(buf) >= 256:
                    f.write("".join(buf))
                    buf = []
            f.write("".join(buf) + ("[]" if first else "\n ]"))
        f.write("\n}\n")


# ------------------------------------------------------------------ the orjson path

_ORJSON_OPTIONS = 0 if orjson is None else orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_SUBCLASS


def orjson_float_limit() -> float:
    """The bound under which this orjson spells every float (from 1e-4) as json does: floats
    from 1e-4 to 1e16 are the same shortest digits in every orjson from 3.8 to 3.13, but
    before 3.12 orjson wrote 1e16 where json writes 1e+16.  Checked on a few values each
    process, not assumed from the version."""
    if orjson is None:
        return 0.0
    big = (1e16, 1.5e22, 9.87654321e300, 1.7976931348623157e308, 12345678901234567.0)
    if all(orjson.dumps(v) == json.dumps(v).encode("ascii") for v in big):
        return math.inf
    return 1e16


_FLOAT_LIMIT = orjson_float_limit()
_BATCH = 64  # items re-indented together (a few dozen KB: the passes stay in the CPU's cache)


def _reindent(items: list[bytes]) -> bytes:
    """Items (non-empty dicts) encoded by orjson (two spaces per level), joined as the file
    holds them (",\n" and `_item_text`'s indentation: one space per level, two more for the
    item's depth in the file).  JSON strings hold no raw line breaks, so a line break followed by spaces is
    indentation: each depth, deepest first, becomes its new indentation after a carriage
    return (which orjson writes only as \\r, so no later pass matches it again), and the
    carriage returns become line breaks: a few passes of bytes.replace over the batch
    instead of a Python call per value.  Each item's closing brace (its only line at depth
    0) is cut off and joined back with its indentation."""
    buf = b"\r  },\r  ".join([data[:-2] for data in items]) + b"\r  }"
    depth = 1
    while b"\n" + b"  " * (depth + 1) in buf:
        depth += 1
    for j in range(depth, 0, -1):
        buf = buf.replace(b"\n" + b"  " * j, b"\r" + b" " * (j + 2))
    return buf.replace(b"\r", b"\n")


def _fast(item) -> bytes | None:
    """`item` encoded by orjson at indent 2, or None when orjson would not give json's text:
    a value it refuses (a subclass, a non-string key, an integer over 64 bits, a lone
    surrogate) or a float it spells otherwise (json: NaN, Infinity, 1e-05; orjson: null, null,
    0.00001; before orjson 3.12 also json's 1e+16 as 1e16: `_FLOAT_LIMIT`).  Floats stand
    only among an item's own members in this format (a metric's value and bounds; a test
    guards it), and are checked there."""
    for v in item.values():
        if v.__class__ is float and v and not 1e-4 <= abs(v) < _FLOAT_LIMIT:
            return None
    try:
        return orjson.dumps(item, option=_ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        return None


def _write_fast(extraction, f) -> None:
    """`write` through orjson: each item encoded in Rust and re-indented by batch
    (`_reindent`); an item `_fast` declines is written by `_item_text`, as before."""
    encode = json.JSONEncoder(ensure_ascii=False, indent=1).encode
    f.write(b"{")
    for n, (key, value) in enumerate(_pieces(extraction)):
        f.write((("\n " if n == 0 else ",\n ") + encode(key) + ": ").encode("utf-8"))
        if isinstance(value, str):
            f.write(encode(value).encode("utf-8"))
            continue
        batch: list[bytes] = []
        first = True

        def flush():
            nonlocal first
            f.write((b"[\n  " if first else b",\n  ") + _reindent(batch))
            first = False
            batch.clear()
        for item in value:
            data = _fast(item) if type(item) is dict and item else None
            if data is None:
                if batch:
                    flush()
                f.write(((("[\n  " if first else ",\n  ") + _item_text(item, encode))
                         .encode("utf-8")))
                first = False
                continue
            batch.append(data)
            if len(batch) >= _BATCH:
                flush()
        if batch:
            flush()
        f.write(b"[]" if first else b"\n ]")
    f.write(b"\n}\n")
