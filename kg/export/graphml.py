"""GraphML for Gephi, yEd and networkx: scalar attributes only (lists become JSON text).

Every string is made legal XML 1.0 first: control characters other than tab and line breaks
(a stray \\x08 in a scanned page) cannot appear in XML at all, even escaped, and would make the
whole file unreadable.  An edge's `evidence` is its first sentence, cut to EVIDENCE_CHARS, so
the file grows with the input, not with the square of a long sentence."""
from __future__ import annotations

import json
import re

import networkx as nx

from ..graph import to_networkx

EVIDENCE_CHARS = 500
# not allowed in XML 1.0: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(s: str) -> str:
    """`s` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", s)


def _scalar(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return xml_safe(v)
    if isinstance(v, (int, float, bool)):
        return v
    return xml_safe(json.dumps(v, ensure_ascii=False, sort_keys=True))


def _evidence_text(ev: list[dict]) -> str:
    text = ev[0].get("sentence") or "" if ev else ""
    return text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS] + "…"


def write(extraction, path, **_options) -> None:
    g = to_networkx(extraction)
    flat = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        flat.add_node(xml_safe(n), **{k: _scalar(v) for k, v in data.items()},
                      metric_count=len(data.get("metrics", [])))
    for u, v, k, data in g.edges(keys=True, data=True):
        ev = data.get("evidence", [])
        flat.add_edge(xml_safe(u), xml_safe(v), key=xml_safe(k), predicate=xml_safe(data["predicate"]),
                      label=xml_safe(data["predicate"]), evidence=xml_safe(_evidence_text(ev)),
                      evidence_count=len(ev), rules=_scalar(data.get("rules")))
    with open(path, "wb") as f:
        nx.write_graphml_xml(flat, f, encoding="utf-8")
