"""The govkg-extraction/1 exchange format (see docs/extraction-format.md): what `kg eval` scores."""
from __future__ import annotations

import json
from json.encoder import encode_basestring

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
