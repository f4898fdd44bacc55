"""The govkg-extraction/1 exchange format (see docs/extraction-format.md): what `kg eval` scores."""
from __future__ import annotations

import json

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
                buf.append(("[\n  " if first else ",\n  ") + encode(item).replace("\n", "\n  "))
                first = False
                if len(buf) >= 256:
                    f.write("".join(buf))
                    buf = []
            f.write("".join(buf) + ("[]" if first else "\n ]"))
        f.write("\n}\n")
