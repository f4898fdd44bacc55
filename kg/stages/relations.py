"""Relations between entities, each from the sentence that states (or implies) it.

Place hierarchy (partOf) comes from the division table and from sub-place chains in the text
(复兴区百家村街道六二社区); the evidence is the sentence where the child place is named.
"""
from __future__ import annotations

from ..divisions import table
from ..model import Doc, Entity, Relation
from ..pipeline import component
from .resolve import entity_id


def add_relation(doc: Doc, subject: str, predicate: str, obj: str, evidence, rule: str) -> None:
    """Add (or add evidence to) a relation of this document."""
    if subject == obj:
        return
    for r in doc.relations:
        if r.key == (subject, predicate, obj):
            if all((e.start, e.end) != (evidence.start, evidence.end) for e in r.evidence):
                r.evidence.append(evidence)
            r.rules.add(rule)
            return
    doc.relations.append(Relation(subject, predicate, obj, [evidence], {rule}))


def ensure_place(doc: Doc, code: str) -> str:
    """Entity id of a division, creating an (unmentioned) entity for it if needed."""
    key = entity_id("Place", "", code)
    if key not in doc.entities:
        d = table().get(code)
        doc.entities[key] = Entity(key, "Place", d.name, code=code, level=d.level,
                                   rules={"divisions.hierarchy"})
    return key


@component("relations", reads=("doc.mentions", "doc.entities"), writes=("doc.relations",))
def make_relations():
    """partOf from the division table and sub-place chains."""
    T = table()

    def relations(doc: Doc) -> Doc:
        for m in doc.mentions:
            if m.label != "Place" or m.attrs.get("anaphor") or not m.key:
                continue
            art = doc.article(m.article)
            ev = doc.evidence(art, m.astart, m.aend, rule="relations.partOf")
            code = m.attrs.get("code")
            if code:
                child = m.key
                for anc in T.ancestors(code):
                    parent = ensure_place(doc, anc.code)
                    add_relation(doc, child, "partOf", parent, ev, "relations.partOf-divisions")
                    child = parent
            elif m.attrs.get("parent_key"):
                add_relation(doc, m.key, "partOf", m.attrs["parent_key"], ev,
                             "relations.partOf-chain")
        return doc

    return relations
