"""One schema for every output: entity types and predicates, with what each output needs of them.

`model.py` (the type and predicate lists), `export/rdf.py` (RDF classes, IRI namespaces, super
properties), `export/html.py` (zh/en labels, colour and shape in the explorer) and `evaluate.py`
(which types and predicates are scored) read this module, so that a new type is a line here, its
finder, and its class in `ontology/`.  IRIs are written in full: the schema does not depend on
the exporters.
"""
from __future__ import annotations

from dataclasses import dataclass

GOVKG = "https://w3id.org/govkg/ontology#"
SCHEMA_ORG = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"


@dataclass(frozen=True)
class EntityType:
    name: str
    classes: tuple[str, ...]  # rdf:type IRIs, the govkg class first
    namespace: str  # IRI path segment of its instances: https://w3id.org/govkg/id/<namespace>/…
    zh: str
    en: str
    colour: str  # explorer node colour (Tableau 10: distinct, colour-blind safe)
    shape: str  # vis-network node shape
    scored: bool  # counted by `kg eval`


@dataclass(frozen=True)
class Predicate:
    name: str
    super_property: str | None  # a standard property it specialises (written too, no inference needed)
    zh: str
    en: str
    scored: bool


ENTITY_TYPES: tuple[EntityType, ...] = (
    EntityType("Place", (GOVKG + "Place", SCHEMA_ORG + "AdministrativeArea"), "place",
               "地点", "place", "#4e79a7", "dot", True),
    EntityType("Agency", (GOVKG + "Agency", ORG + "Organization", SCHEMA_ORG + "GovernmentOrganization"),
               "agency", "机构", "agency", "#e15759", "diamond", True),
    EntityType("Organization", (GOVKG + "Organization", ORG + "Organization", SCHEMA_ORG + "Organization"),
               "organization", "组织", "organisation", "#f28e2b", "square", True),
    EntityType("Programme", (GOVKG + "Programme", SCHEMA_ORG + "Project"), "programme",
               "项目", "programme", "#59a14f", "triangle", True),
    EntityType("Person", (GOVKG + "Person", SCHEMA_ORG + "Person"), "person",
               "人物", "person", "#b07aa1", "star", False),
)
OTHER_STYLE = ("#9c9c9c", "hexagon")  # a type the schema does not know (a user's own)

PREDICATES: tuple[Predicate, ...] = (
    Predicate("partOf", SCHEMA_ORG + "containedInPlace", "隶属于", "part of", True),
    Predicate("locatedIn", SCHEMA_ORG + "location", "位于", "located in", True),
    Predicate("subOrganizationOf", ORG + "subOrganizationOf", "下属于", "sub-organisation of", True),
    Predicate("runs", None, "实施", "runs", True),
    Predicate("implementedIn", SCHEMA_ORG + "location", "实施于", "implemented in", True),
    Predicate("subProgrammeOf", SCHEMA_ORG + "isPartOf", "子项目", "sub-programme of", True),
    Predicate("cooperatesWith", ORG + "linkedTo", "合作", "cooperates with", True),
    Predicate("supports", ORG + "linkedTo", "支持", "supports", True),
    Predicate("holdsPost", None, "任职于", "holds a post in", False),
)

TYPES = {t.name: t for t in ENTITY_TYPES}
PREDICATE_BY_NAME = {p.name: p for p in PREDICATES}
TYPE_NAMES = tuple(t.name for t in ENTITY_TYPES)
PREDICATE_NAMES = tuple(p.name for p in PREDICATES)
SCORED_TYPES = frozenset(t.name for t in ENTITY_TYPES if t.scored)
SCORED_PREDICATES = frozenset(p.name for p in PREDICATES if p.scored)
TYPE_CLASSES = {t.name: t.classes for t in ENTITY_TYPES}
TYPE_STYLE = {t.name: (t.colour, t.shape) for t in ENTITY_TYPES}
TYPE_LABELS = {t.name: {"zh": t.zh, "en": t.en} for t in ENTITY_TYPES}
SUPER_PROPERTY = {p.name: p.super_property for p in PREDICATES if p.super_property}
