"""GraphML for Gephi, yEd and networkx: scalar attributes only (lists become JSON text)."""
from __future__ import annotations

import json

import networkx as nx

from ..graph import to_networkx


def _scalar(v):
    if v is None:
        return ""
    if isinstance(v, (str, int, float, bool)):
        return v
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def write(extraction, path, **_options) -> None:
    g = to_networkx(extraction)
    flat = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        flat.add_node(n, **{k: _scalar(v) for k, v in data.items()},
                      metric_count=len(data.get("metrics", [])))
    for u, v, k, data in g.edges(keys=True, data=True):
        ev = data.get("evidence", [])
        flat.add_edge(u, v, key=k, predicate=data["predicate"], label=data["predicate"],
                      evidence=ev[0].get("sentence", "") if ev else "",
                      evidence_count=len(ev), rules=_scalar(data.get("rules")))
    with open(path, "wb") as f:
        nx.write_graphml_xml(flat, f, encoding="utf-8")
