"""The extraction as a networkx graph: entities are nodes, relations are keyed edges.

Metrics stay values, not nodes (what analysts ask for): each node carries the metrics whose
subject it is, as a list of dicts under `metrics`.
"""
from __future__ import annotations

import networkx as nx

from .model import Extraction


def to_networkx(ex: Extraction) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for eid in sorted(ex.entities):
        e = ex.entities[eid]
        g.add_node(eid, label=e.name, name=e.name, type=e.type, code=e.code, level=e.level,
                   aliases=sorted(e.aliases), mentions=len(e.mentions), metrics=[])
    for key in sorted(ex.relations):
        r = ex.relations[key]
        if r.subject in g and r.object in g:
            ev = sorted(r.evidence, key=lambda e: e.sort_key())
            g.add_edge(r.subject, r.object, key=r.predicate, predicate=r.predicate,
                       evidence=[dict(e.to_json(), sentence=e.quote) if e.quote is not None
                                 else e.to_json() for e in ev], rules=sorted(r.rules))
    for mid in sorted(ex.metrics):
        m = ex.metrics[mid]
        if m.subject in g:
            g.nodes[m.subject]["metrics"].append(
                {"id": m.id, "indicator": m.indicator, "value": m.value, "unit": m.unit,
                 "approx": m.approx, "period": m.period, "surface": m.surface})
    return g
