"""GraphML for Gephi, yEd and networkx: scalar attributes only (lists become JSON text).

Every string is made legal XML 1.0 first: control characters other than tab and line breaks
(a stray \\x08 in a scanned page) cannot appear in XML at all, even escaped, and would make the
whole file unreadable.  An edge's `evidence` is its first sentence, cut to EVIDENCE_CHARS, so
the file grows with the input, not with the square of a long sentence."""
from __future__ import annotations

import json
import re

from ..model import Evidence

EVIDENCE_CHARS = 500
# not allowed in XML 1.0: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(s: str) -> str:
    """`s` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", s)


# `json.dumps(v, ensure_ascii=False, sort_keys=True)`, one encoder for every call (json.dumps
# with options builds a new encoder each time: a node's aliases and metrics, every node)
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _scalar(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return xml_safe(v)
    if isinstance(v, (int, float, bool)):
        return v
    return xml_safe(_JSON(v))


def _evidence_text(ev: list[dict]) -> str:
    text = ev[0].get("sentence") or "" if ev else ""
    return text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS] + "…"


def write(extraction, path, **_options) -> None:
    """GraphML of the entity graph.  Streamed (`_stream`) unless an id or a predicate holds a
    character XML cannot carry (then networkx's writer, whose node merging on the cleaned ids
    the stream does not copy)."""
    if _clean_ids(extraction):
        try:
            with open(path, "wb") as f:
                _stream(extraction, f)
            return
        except KeyError:  # a value of a type networkx maps otherwise (numpy): its writer
            pass
    _write_networkx(extraction, path)


def _write_networkx(extraction, path) -> None:
    """The reference writer: `kg.graph.to_networkx`, then networkx's GraphML writer (the whole
    graph, with every relation's evidence, and an XML tree of the file, in memory).  networkx
    is imported here, not with the module: the streamed writer needs none of it, and importing
    it (with numpy) cost more CPU than the stream itself on a 1 MB corpus."""
    import networkx as nx

    from ..graph import to_networkx
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


# ---------------------------------------------------------------------- streamed writer
# The bytes of `_write_networkx` (networkx's GraphMLWriter, pretty-printed by ElementTree),
# written node by node: no graph, no XML tree and no evidence dicts in memory (on a 3 MB corpus
# 47 MB allocated at peak and 1.3 CPU-s before).  networkx numbers a key (name, type, scope) in
# the order it first meets it and writes the keys newest first; an integer is "long".

_XML_TYPE = {str: "string", int: "long", float: "double", bool: "boolean"}
_EDGE_ATTRS = (("predicate", str), ("label", str), ("evidence", str), ("evidence_count", int),
               ("rules", str))
_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing."
         "org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation="
         "\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/"
         "graphml.xsd\">\n")


def _clean_ids(ex) -> bool:
    """True when no entity id or predicate changes under `xml_safe` (the stream's condition)."""
    return all(xml_safe(eid) == eid for eid in ex.entities) \
        and all(xml_safe(r.predicate) == r.predicate for r in ex.relations.values())


def _escape_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(s: str) -> str:
    """ElementTree's attribute escaping (quotes, and CR, LF, tab as character references)."""
    return (_escape_text(s).replace('"', "&quot;").replace("\r", "&#13;")
            .replace("\n", "&#10;").replace("\t", "&#09;"))


def _node_items(ex, eid: str, metrics: list[dict]) -> list[tuple[str, object]]:
    """A node's GraphML attributes, in networkx's order (`to_networkx`, then metric_count)."""
    e = ex.entities[eid]
    return [("label", _scalar(e.name)), ("name", _scalar(e.name)), ("type", _scalar(e.type)),
            ("code", _scalar(e.code)), ("level", _scalar(e.level)),
            ("aliases", _scalar(sorted(e.aliases))), ("mentions", len(e.mentions)),
            ("metrics", _scalar(metrics)), ("metric_count", len(metrics))]


def _metrics_by_subject(ex) -> dict[str, list[str]]:
    """Metric ids per subject entity, in sorted metric-id order (ids only, not dicts)."""
    out: dict[str, list[str]] = {}
    for mid in sorted(ex.metrics):
        subject = ex.metrics[mid].subject
        if subject in ex.entities:
            out.setdefault(subject, []).append(mid)
    return out


def _metric_dicts(ex, ids) -> list[dict]:
    out = []
    for mid in ids:
        m = ex.metrics[mid]
        out.append({"id": m.id, "indicator": m.indicator, "value": m.value, "unit": m.unit,
                    "approx": m.approx, "period": m.period, "surface": m.surface})
    return out


def _edges(ex) -> dict[str, list]:
    """Relations per subject in networkx's edge order: targets in the order first met among
    the sorted relation keys, and each target's predicates in their order."""
    out: dict[str, dict[str, list]] = {}
    for key in sorted(ex.relations):
        r = ex.relations[key]
        if r.subject in ex.entities and r.object in ex.entities:
            out.setdefault(r.subject, {}).setdefault(r.object, []).append(r)
    return {s: [r for rels in targets.values() for r in rels] for s, targets in out.items()}


def _edge_items(r) -> list[tuple[str, object]]:
    first = min(r.evidence, key=Evidence.sort_key) if r.evidence else None
    text = (first.quote or "") if first is not None else ""
    if len(text) > EVIDENCE_CHARS:
        text = text[:EVIDENCE_CHARS] + "…"
    return [("predicate", xml_safe(r.predicate)), ("label", xml_safe(r.predicate)),
            ("evidence", xml_safe(text)), ("evidence_count", len(r.evidence)),
            ("rules", _scalar(sorted(r.rules)))]


def _data(keys: dict, scope: str, items) -> str:
    parts = []
    for name, value in items:
        k = keys[(name, _XML_TYPE[type(value)], scope)]
        text = str(value)
        parts.append(f'      <data key="{k}">{_escape_text(text)}</data>\n' if text
                     else f'      <data key="{k}" />\n')
    return "".join(parts)


def _stream(ex, f) -> None:
    """Write the GraphML of `ex` to the binary file `f` (see the section comment)."""
    by_subject = _metrics_by_subject(ex)
    edges = _edges(ex)
    keys: dict[tuple[str, str, str], str] = {}

    def key(name, typ, scope):
        k = (name, _XML_TYPE[typ], scope)
        if k not in keys:
            keys[k] = f"d{len(keys)}"
    nodes = sorted(ex.entities)
    for eid in nodes:  # node keys first (types of the scalars may vary), then edge keys
        e = ex.entities[eid]
        for name, value in (("label", e.name), ("name", e.name), ("type", e.type),
                            ("code", e.code), ("level", e.level)):
            key(name, type(_scalar(value)), "node")
        for name, typ in (("aliases", str), ("mentions", int), ("metrics", str),
                          ("metric_count", int)):
            key(name, typ, "node")
    if edges:
        for name, typ in _EDGE_ATTRS:
            key(name, typ, "edge")
    out = [_HEAD]
    for (name, typ, scope), k in reversed(keys.items()):
        out.append(f'  <key id="{k}" for="{scope}" attr.name="{_escape_attr(name)}" '
                   f'attr.type="{typ}" />\n')
    if not nodes:
        out.append('  <graph edgedefault="directed" />\n</graphml>\n')
        f.write("".join(out).encode("utf-8"))
        return
    out.append('  <graph edgedefault="directed">\n')
    for eid in nodes:
        items = _node_items(ex, eid, _metric_dicts(ex, by_subject.get(eid, ())))
        out.append(f'    <node id="{_escape_attr(eid)}">\n{_data(keys, "node", items)}    </node>\n')
        if len(out) >= 512:
            f.write("".join(out).encode("utf-8"))
            out = []
    for eid in nodes:
        for r in edges.get(eid, ()):
            out.append(f'    <edge source="{_escape_attr(r.subject)}" '
                       f'target="{_escape_attr(r.object)}" id="{_escape_attr(r.predicate)}">\n'
                       f'{_data(keys, "edge", _edge_items(r))}    </edge>\n')
            if len(out) >= 512:
                f.write("".join(out).encode("utf-8"))
                out = []
    out.append("  </graph>\n</graphml>\n")
    f.write("".join(out).encode("utf-8"))
