"""RDF export: the Extraction as Linked Data (Turtle = union, TriG = one named graph per document).

Why this shape: each document's facts live in their own named graph so a re-extracted document
replaces exactly its graph; shared entity descriptions (labels, codes, division-table partOf), the
Data Cube structure and the build activity live in the background graph `…/graph/entities`.
Standard vocabularies are reused (ORG, schema.org, RDF Data Cube, PROV-O, Web Annotation, SKOS);
`ontology/govkg.ttl` declares the govkg terms and `ontology/README.md` documents the IRI scheme.

Determinism: every node is an IRI minted from ids, offsets or hashes (no blank nodes), quads are
sorted before serialisation, and no wall-clock time is written, so the same Extraction always gives
byte-identical files.  Serialisation uses pyoxigraph (rdflib's Turtle writer is ~35x slower).
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import math
import re
import shutil
import tempfile
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from .. import schema
from ..model import Evidence, Extraction, short_hash

BASE = "https://w3id.org/govkg/"
GOVKG = BASE + "ontology#"
ENTITIES_GRAPH = BASE + "graph/entities"
DATASET = BASE + "dataset/metrics"
DSD = BASE + "dataset/metrics/structure"
INDICATOR_SCHEME = BASE + "id/indicator"
UNIT_SCHEME = BASE + "id/unit"
UNSPECIFIED = GOVKG + "Unspecified"
CONCEPT_BASE = "https://w3id.org/govkg/indicator/"  # the SKOS scheme of ontology/indicators.ttl
TIME = "http://www.w3.org/2006/time#"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
QB = "http://purl.org/linked-data/cube#"
SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#"
SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#"
SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
DCTERMS = "http://purl.org/dc/terms/"
TIME = "http://www.w3.org/2006/time#"

PREFIXES = {
    "govkg": GOVKG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "org": ORG,
    "schema": SCHEMA, "qb": QB, "sdmx-measure": SDMX_MEASURE, "sdmx-attribute": SDMX_ATTRIBUTE,
    "sdmx-dimension": SDMX_DIMENSION, "prov": PROV, "oa": OA, "dcterms": DCTERMS, "time": TIME,
    **{t.namespace: BASE + f"id/{t.namespace}/" for t in schema.ENTITY_TYPES},
    "metric": BASE + "id/metric/",
    "assertion": BASE + "id/assertion/", "annotation": BASE + "id/annotation/",
    "indicator": BASE + "id/indicator/", "unit": BASE + "id/unit/",
    "ind": "https://w3id.org/govkg/indicator/", "time": "http://www.w3.org/2006/time#",
}

ZH = "zh"

TYPE_CLASSES = schema.TYPE_CLASSES  # RDF classes per entity type: kg/schema.py

# govkg predicates are subproperties of these; the super-property triple is written too, so
# consumers that know only the standard vocabularies need no inference.
SUPER_PROPERTY = schema.SUPER_PROPERTY

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PRED_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def seg(value) -> str:
    """One IRI path segment: ASCII ids pass through, anything else is percent-encoded."""
    return quote(str(value), safe="-._~")


def software_version() -> str:
    try:
        import kg
        return str(getattr(kg, "__version__", "0.1.0"))
    except ImportError:  # pragma: no cover - kg is always importable from here
        return "0.1.0"


# IRIs of documents and articles are minted for every span and annotation: cached (quote()
# was 8% of the export)
@lru_cache(maxsize=1 << 16)
def doc_iri(doc_id: str) -> str:
    return BASE + "doc/" + seg(doc_id)


@lru_cache(maxsize=1 << 16)
def article_iri(doc_id: str, article_id: str) -> str:
    """`doc/{doc}/{n}`: article ids of the form "{doc}#{n}" contribute only their {n}."""
    local = article_id[len(doc_id) + 1:] if article_id.startswith(doc_id + "#") else article_id
    return doc_iri(doc_id) + "/" + seg(local)


def span_iri(doc_id: str, start: int, end: int) -> str:
    return f"{doc_iri(doc_id)}/span/{int(start)}-{int(end)}"


@lru_cache(maxsize=1 << 16)
def doc_graph_iri(doc_id: str) -> str:
    return BASE + "graph/doc/" + seg(doc_id)


def metric_iri(metric_id: str) -> str:
    return BASE + "id/metric/" + seg(metric_id)


def indicator_iri(indicator: str) -> str:
    return INDICATOR_SCHEME + "/" + seg(_ascii_key(indicator))


def unit_iri(unit: str) -> str:
    return UNIT_SCHEME + "/" + seg(_ascii_key(unit))


def predicate_iri(predicate: str) -> str:
    if _PRED_NAME.fullmatch(predicate):
        return GOVKG + predicate
    return GOVKG + "rel-" + short_hash(predicate)


def _ascii_key(text: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_\-]+", text or ""):
        return text
    return short_hash(text or "", 12)


def entity_iris(extraction: Extraction) -> dict[str, str]:
    """Entity id -> IRI.  Places with a division code get `id/place/{code}`; if two entities
    carry the same code (an unmerged duplicate) only the first by id gets it, so distinct
    extraction entities never silently collapse into one node."""
    iris: dict[str, str] = {}
    used_codes: set[str] = set()
    for eid in sorted(extraction.entities):
        ent = extraction.entities[eid]
        kind = (ent.type or "entity").lower()
        if ent.type == "Place" and ent.code and ent.code not in used_codes:
            used_codes.add(ent.code)
            iris[eid] = BASE + "id/place/" + seg(ent.code)
        else:
            iris[eid] = BASE + "id/" + seg(kind) + "/" + seg(eid)
    return iris


# Literals are built directly in their N-Triples form (a str starting with '"'); IRIs are plain
# str.  Each graph is assembled as N-Quads text and handed to pyoxigraph's Rust parser and
# serialisers in chunks: making a Python term object per node was most of the export time.

def _esc(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r"))


def _lit(value, lang: str | None = None) -> str:
    if lang:
        return f'"{_esc(str(value))}"@{lang}'
    return f'"{_esc(str(value))}"'


def _period_type(iso: str) -> str | None:
    """The XSD datatype of an ISO 8601 year, year-month or date (None for anything else)."""
    for pattern, dtype in ((r"\d{4}", "gYear"), (r"\d{4}-\d{2}", "gYearMonth"), (r"\d{4}-\d{2}-\d{2}", "date")):
        if re.fullmatch(pattern, iso):
            return dtype
    return None


def _typed(lexical: str, dtype: str) -> str:
    return f'"{_esc(lexical)}"^^<{XSD}{dtype}>'


def _int(value: int, dtype: str = "integer") -> str:
    return _typed(str(int(value)), dtype)


def _bool(value: bool) -> str:
    return _typed("true" if value else "false", "boolean")


def _number(value) -> str:
    """xsd:integer for whole numbers, xsd:decimal (never exponent notation) otherwise."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, float) and not math.isfinite(value):
        # not a decimal: written as xsd:double so that SHACL flags it instead of failing here
        return _typed({"nan": "NaN", "inf": "INF", "-inf": "-INF"}[repr(value)], "double")
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return _int(int(value))
    return _typed(format(Decimal(repr(float(value))), "f"), "decimal")


_TYPE = RDF + "type"
_TYPE_B = _TYPE.encode("utf-8")


class _Builder:
    """Builds the export one named graph at a time.

    Every quad lives in exactly one graph, and a document graph's quads come only from that
    document's evidence (plus the document itself), so `graph_rows(g)` runs just the parts that
    can write into `g` (found through an index built once) and keeps only quads of `g`.  Rows are
    tuples whose first three fields are their sort key (subject, predicate with rdf:type first,
    object in N-Triples form), then the predicate: sorting them is a native tuple sort, and
    graphs in IRI order with their rows sorted is exactly the order of one global sort."""

    def __init__(self, extraction: Extraction, content_hash: str):
        self.x = extraction
        self.iris = entity_iris(extraction)
        self.version = software_version()
        self.build = BASE + "build/" + content_hash
        self.agent = BASE + "software/govkg/" + seg(self.version)
        self.article_place: dict[tuple[str, str], str] = {}
        for d in extraction.documents:
            for a in d.get("articles") or []:
                if a.get("place"):
                    self.article_place[(d["id"], a["id"])] = a["place"]
        self.target: str | None = None
        self.rows: set[tuple] = set()
        self._index()

    # ------------------------------------------------------------------ helpers
    def add(self, g, s, p, o):
        if g == self.target:
            self.rows.add((s, "" if p == _TYPE else p, o if o.startswith('"') else "<" + o + ">",
                           p))

    def graph_for(self, ev: Evidence) -> str:
        return doc_graph_iri(ev.doc)

    def _index(self):
        """Which documents, entity mentions, relations and observations write into each graph."""
        x = self.x
        index: dict[str, tuple[list, list, list, list]] = {}

        def slot(g):
            got = index.get(g)
            if got is None:
                got = index[g] = ([], [], [], [])
            return got

        for d in x.documents:
            slot(doc_graph_iri(d["id"]))[0].append(d)
        for eid in sorted(x.entities):
            for g, evs in self._by_graph(x.entities[eid].mentions).items():
                slot(g)[1].append((eid, evs))
        for key in sorted(x.relations):
            rel = x.relations[key]
            if rel.subject not in self.iris or rel.object not in self.iris:
                continue
            by_graph = self._by_graph(rel.evidence) or {ENTITIES_GRAPH: []}
            for g, evs in by_graph.items():
                slot(g)[2].append((rel, evs))
        for obs in self._observations():
            by_graph = self._by_graph(obs[3]) or {ENTITIES_GRAPH: []}
            for g, evs in by_graph.items():
                slot(g)[3].append((obs, evs))
        slot(ENTITIES_GRAPH)
        self.index = index

    def _by_graph(self, evidence) -> dict[str, list[Evidence]]:
        """Evidence sorted (Evidence.sort_key) and split by the graph it lives in."""
        out: dict[str, list[Evidence]] = {}
        for ev in sorted(evidence, key=Evidence.sort_key):
            out.setdefault(self.graph_for(ev), []).append(ev)
        return out

    def graphs(self) -> list[str]:
        return sorted(self.index)

    def graph_rows(self, g: str) -> list[tuple]:
        """The quads of graph `g`, sorted, as (subject, sort predicate, object, predicate)."""
        self.target, self.rows = g, set()
        docs, ents, rels, observations = self.index.get(g, ([], [], [], []))
        if g == ENTITIES_GRAPH:
            self.build_activity()
            self.entities()
        for d in docs:
            self.document(d)
        for eid, evs in ents:
            self.mentions(eid, evs)
        for rel, evs in rels:
            self.relation(rel, evs)
        for obs, evs in observations:
            self.observation(obs, evs)
        if g == ENTITIES_GRAPH:
            self.cube_structure(self.indicators, self.units)
        rows = sorted(self.rows)
        self.target, self.rows = None, set()
        return rows

    def span(self, g: str, doc_id: str, start: int, end: int, quote_text: str | None = None,
             article: str | None = None, with_quote: bool = True) -> str:
        """A Web Annotation SpecificResource for doc[start:end] with both selectors."""
        sp = span_iri(doc_id, start, end)
        self.add(g, sp, RDF + "type", OA + "SpecificResource")
        self.add(g, sp, OA + "hasSource", doc_iri(doc_id))
        pos = sp + "/position"
        self.add(g, sp, OA + "hasSelector", pos)
        self.add(g, pos, RDF + "type", OA + "TextPositionSelector")
        self.add(g, pos, OA + "start", _int(start, "nonNegativeInteger"))
        self.add(g, pos, OA + "end", _int(end, "nonNegativeInteger"))
        text = self.x.texts.get(doc_id)
        exact = text[start:end] if text is not None and 0 <= start <= end <= len(text) else None
        if exact is None:
            exact = quote_text
        if exact and with_quote:
            qs = sp + "/quote"
            self.add(g, sp, OA + "hasSelector", qs)
            self.add(g, qs, RDF + "type", OA + "TextQuoteSelector")
            self.add(g, qs, OA + "exact", _lit(exact))
        if quote_text and quote_text != exact:
            self.add(g, sp, GOVKG + "sentence", _lit(quote_text))
        if article:
            self.add(g, sp, DCTERMS + "isPartOf", article_iri(doc_id, article))
        return sp

    def annotate(self, body: str, ev: Evidence, motivation: str, kind: str) -> str:
        g = self.graph_for(ev)
        key = f"{kind}|{body}|{ev.doc}|{ev.start}|{ev.end}|{ev.rule or ''}"
        ann = BASE + "id/annotation/" + short_hash(key, 16)
        self.add(g, ann, RDF + "type", OA + "Annotation")
        self.add(g, ann, OA + "motivatedBy", OA + motivation)
        self.add(g, ann, OA + "hasBody", body)
        self.add(g, ann, OA + "hasTarget", self.span(g, ev.doc, ev.start, ev.end,
                                                     _sentence_window(ev), ev.article))
        self.add(g, ann, PROV + "wasGeneratedBy", self.build)
        if ev.rule:
            self.add(g, ann, GOVKG + "rule", _lit(ev.rule))
        return ann

    # ------------------------------------------------------------------ parts
    def build_activity(self):
        g = ENTITIES_GRAPH
        self.add(g, self.build, RDF + "type", PROV + "Activity")
        self.add(g, self.build, RDFS + "label", _lit("govkg build", "en"))
        self.add(g, self.build, PROV + "wasAssociatedWith", self.agent)
        for d in self.x.documents:
            self.add(g, self.build, PROV + "used", doc_iri(d["id"]))
        self.add(g, self.agent, RDF + "type", PROV + "SoftwareAgent")
        self.add(g, self.agent, RDF + "type", SCHEMA + "SoftwareApplication")
        self.add(g, self.agent, SCHEMA + "name", _lit("govkg"))
        self.add(g, self.agent, SCHEMA + "softwareVersion", _lit(self.version))

    def document(self, d: dict):
        g = doc_graph_iri(d["id"])
        doc = doc_iri(d["id"])
        self.add(g, g, RDF + "type", GOVKG + "DocumentGraph")
        self.add(g, g, PROV + "wasDerivedFrom", doc)
        self.add(g, g, PROV + "wasGeneratedBy", self.build)
        self.add(g, doc, RDF + "type", GOVKG + "Document")
        self.add(g, doc, RDF + "type", PROV + "Entity")
        self.add(g, doc, DCTERMS + "identifier", _lit(d["id"]))
        if d.get("source"):
            self.add(g, doc, GOVKG + "sourceFile", _lit(d["source"]))
        if d.get("title"):
            self.add(g, doc, DCTERMS + "title", _lit(d["title"], ZH))
        date = d.get("date")
        if date:
            self.add(g, doc, DCTERMS + "date",
                     _typed(date, "date") if _valid_date(date) else _lit(date))
        for n, a in enumerate(d.get("articles") or [], start=1):
            art = article_iri(d["id"], a["id"])
            self.add(g, art, RDF + "type", GOVKG + "Article")
            self.add(g, art, RDF + "type", SCHEMA + "NewsArticle")
            self.add(g, art, DCTERMS + "isPartOf", doc)
            self.add(g, art, DCTERMS + "identifier", _lit(a["id"]))
            self.add(g, art, SCHEMA + "position", _int(n))
            if a.get("title"):
                self.add(g, art, DCTERMS + "title", _lit(a["title"], ZH))
            if a.get("subtitle"):
                self.add(g, art, GOVKG + "subtitle", _lit(a["subtitle"], ZH))
            if a.get("dateline"):
                self.add(g, art, GOVKG + "dateline", _lit(a["dateline"], ZH))
            for author in a.get("authors") or []:
                self.add(g, art, SCHEMA + "author", _lit(author, ZH))
            for c in a.get("captions") or []:
                if c.get("text"):
                    self.add(g, art, SCHEMA + "caption", _lit(c["text"], ZH))
            place = a.get("place")
            if place in self.iris:
                self.add(g, art, DCTERMS + "spatial", self.iris[place])
            for s, e in a.get("spans") or []:
                self.add(g, art, GOVKG + "span", self.span(g, d["id"], s, e, with_quote=False))

    def entities(self):
        """Entity descriptions and the division-table partOf (background graph)."""
        g = ENTITIES_GRAPH
        by_code: dict[str, str] = {}
        for eid in sorted(self.x.entities):
            ent = self.x.entities[eid]
            s = self.iris[eid]
            for cls in TYPE_CLASSES.get(ent.type, (GOVKG + "Entity",)):
                self.add(g, s, RDF + "type", cls)
            self.add(g, s, RDFS + "label", _lit(ent.name, ZH))
            self.add(g, s, DCTERMS + "identifier", _lit(eid))
            for alias in sorted(ent.aliases):
                if alias != ent.name:
                    self.add(g, s, SKOS + "altLabel", _lit(alias, ZH))
            if ent.code:
                self.add(g, s, SKOS + "notation", _lit(ent.code))
                if ent.type == "Place":
                    by_code.setdefault(ent.code, s)
            if ent.level:
                self.add(g, s, GOVKG + "level", _lit(ent.level))
            for rule in sorted(ent.rules):
                self.add(g, s, GOVKG + "rule", _lit(rule))
        # partOf from the division table: a coded place is part of the nearest coded ancestor
        # present in this extraction (county -> city -> province; township -> county).
        for code in sorted(by_code):
            for parent in _parent_codes(code):
                if parent in by_code:
                    self.add(g, by_code[code], GOVKG + "partOf", by_code[parent])
                    self.add(g, by_code[code], SCHEMA + "containedInPlace", by_code[parent])
                    break

    def mentions(self, eid: str, evidence: list[Evidence]):
        """The mention annotations of one entity in the current graph (`evidence`: its mentions
        in this graph)."""
        s = self.iris[eid]
        for ev in evidence:
            self.annotate(s, ev, "identifying", "mention")

    def relation(self, rel, evidence: list[Evidence]):
        """The part of a relation in the current graph (`evidence`: its evidence there; the
        relation is only called for graphs among its own)."""
        s, o = self.iris[rel.subject], self.iris[rel.object]
        p = predicate_iri(rel.predicate)
        stmt = BASE + "id/assertion/" + short_hash(f"{rel.subject}|{rel.predicate}|"
                                                   f"{rel.object}", 16)
        g = self.target
        self.add(g, s, p, o)
        if rel.predicate in SUPER_PROPERTY:
            self.add(g, s, SUPER_PROPERTY[rel.predicate], o)
        self.add(g, stmt, RDF + "type", RDF + "Statement")
        self.add(g, stmt, RDF + "type", GOVKG + "Assertion")
        self.add(g, stmt, RDF + "subject", s)
        self.add(g, stmt, RDF + "predicate", p)
        self.add(g, stmt, RDF + "object", o)
        self.add(g, stmt, PROV + "wasGeneratedBy", self.build)
        for rule in sorted(rel.rules):
            self.add(g, stmt, GOVKG + "rule", _lit(rule))
        for ev in evidence:
            self.add(g, stmt, PROV + "wasDerivedFrom",
                     article_iri(ev.doc, ev.article) if ev.article else doc_iri(ev.doc))
            self.annotate(stmt, ev, "describing", "relation")
        if rel.predicate == "holdsPost":
            self.membership(rel, stmt)

    def membership(self, rel, stmt: str):
        """A post as W3C ORG states it: the person holds an org:Post of the body (org:postIn)
        with an org:Role named by the post (副部长), and is a member of it (org:Membership) for
        the time the text gives (time:Interval beginning on the appointment date)."""
        g = self.target
        s, o = self.iris[rel.subject], self.iris[rel.object]
        mem = BASE + "id/membership/" + short_hash(f"{rel.subject}|{rel.object}", 16)
        self.add(g, mem, RDF + "type", ORG + "Membership")
        self.add(g, mem, ORG + "member", s)
        self.add(g, mem, ORG + "organization", o)
        self.add(g, mem, PROV + "wasDerivedFrom", stmt)
        for item in getattr(rel, "posts", None) or []:
            name = item["post"]
            role = BASE + "id/role/" + short_hash(name, 12)
            self.add(g, role, RDF + "type", ORG + "Role")
            self.add(g, role, RDFS + "label", _lit(name, ZH))
            post = BASE + "id/post/" + short_hash(f"{rel.object}|{name}", 16)
            self.add(g, post, RDF + "type", ORG + "Post")
            self.add(g, post, ORG + "postIn", o)
            self.add(g, post, ORG + "role", role)
            self.add(g, post, RDFS + "label", _lit(name, ZH))
            self.add(g, post, ORG + "heldBy", s)
            self.add(g, s, ORG + "holds", post)
            self.add(g, mem, ORG + "role", role)
            if item.get("status"):
                self.add(g, mem, GOVKG + "postStatus", _lit(item["status"]))
            if item.get("date") and _ISO_DATE.fullmatch(item["date"]):
                during = mem + "/during/" + item["date"]
                start = during + "/beginning"
                self.add(g, mem, ORG + "memberDuring", during)
                self.add(g, during, RDF + "type", TIME + "Interval")
                self.add(g, during, TIME + "hasBeginning", start)
                self.add(g, start, RDF + "type", TIME + "Instant")
                self.add(g, start, TIME + "inXSDDate", _typed(item["date"], "date"))

    def _places_of(self) -> dict[str, list[str]]:
        """Subject → the places it is implementedIn/locatedIn, sorted; built once (scanning every
        relation for every metric was quadratic: 23% of a 10 MB build's Turtle export)."""
        if getattr(self, "_places_index", None) is None:
            ents = self.x.entities
            index: dict[str, set[str]] = {}
            for r in self.x.relations.values():
                if r.predicate in ("implementedIn", "locatedIn") and r.object in ents \
                        and ents[r.object].type == "Place":
                    index.setdefault(r.subject, set()).add(r.object)
            self._places_index = {k: sorted(v) for k, v in index.items()}
        return self._places_index

    def ref_area(self, metric) -> str:
        ents = self.x.entities
        subj = metric.subject
        if subj in ents and ents[subj].type == "Place":
            return self.iris[subj]
        if subj in ents:
            places = self._places_of().get(subj, [])
            if len(places) == 1:
                return self.iris[places[0]]
        for ev in sorted(metric.evidence, key=Evidence.sort_key):
            place = self.article_place.get((ev.doc, ev.article))
            if place in ents and ents[place].type == "Place":
                return self.iris[place]
        return UNSPECIFIED

    def _observations(self) -> list[tuple]:
        """One qb:Observation per distinct statement.  Metrics that agree on every dimension and
        value (the same figure repeated on a page or across documents) become one observation
        with all their evidence, which keeps Data Cube IC-12 (no duplicates) true.  Computed
        once: each entry ends with the graphs it writes into and the metric ids per graph."""
        self.indicators: set[str] = set()
        self.units: set[str] = set()
        groups: dict[tuple, list] = {}
        for mid in sorted(self.x.metrics):
            m = self.x.metrics[mid]
            area = self.ref_area(m)
            key = (m.subject or "", m.indicator, area, m.period or "", m.surface,
                   _number(m.value), m.unit, bool(m.approx))
            groups.setdefault(key, []).append((m.id or mid, m))
        out = []
        for key in sorted(groups, key=lambda k: groups[k][0][0]):
            members = groups[key]
            ids = [mid for mid, _m in members]
            m = members[0][1]
            area = key[2]
            evidence = sorted({(e.doc, e.start, e.end, e.article or "", e.rule or ""): e
                               for _mid, mm in members for e in mm.evidence}.values(),
                              key=Evidence.sort_key)
            rules = set().union(*(mm.rules for _mid, mm in members))
            obs = metric_iri(ids[0])
            self.indicators.add(m.indicator)
            self.units.add(m.unit)
            # each document graph names only the metric ids stated in it: listing every id in
            # every graph was quadratic when one figure repeats across many documents
            ids_in: dict[str, set[str]] = {}
            for mid, mm in members:
                for g in {self.graph_for(ev) for ev in mm.evidence} or {ENTITIES_GRAPH}:
                    ids_in.setdefault(g, set()).add(mid)
            out.append((obs, m, area, evidence, sorted(rules), ids_in))
        return out

    def observation(self, entry: tuple, evidence: list[Evidence]):
        """The part of an observation in the current graph (`evidence`: its evidence there; it
        is only called for graphs among its own)."""
        obs, m, area, _all_evidence, rules, ids_in = entry
        g = self.target
        self.add(g, obs, RDF + "type", QB + "Observation")
        self.add(g, obs, QB + "dataSet", DATASET)
        for mid in sorted(ids_in.get(g, ())):
            self.add(g, obs, DCTERMS + "identifier", _lit(mid))
        self.add(g, obs, SDMX_DIMENSION + "refArea", area)
        self.add(g, obs, SDMX_DIMENSION + "refPeriod", self.period_value(m.period))
        if m.period_text:
            self.add(g, obs, GOVKG + "periodText", _lit(m.period_text, ZH))
        self.add(g, obs, GOVKG + "indicator", indicator_iri(m.indicator))
        if m.concept:
            self.add(g, obs, GOVKG + "indicatorConcept", CONCEPT_BASE + m.concept)
        self.add(g, obs, GOVKG + "figureKind", GOVKG + "Kind" + (m.kind or "level").capitalize())
        if m.low is not None and m.high is not None:
            self.add(g, obs, GOVKG + "lowValue", _number(m.low))
            self.add(g, obs, GOVKG + "highValue", _number(m.high))
        if m.base:
            self.add(g, obs, GOVKG + "baseFigure", metric_iri(m.base))
        self.add(g, obs, GOVKG + "subject",
                 self.iris.get(m.subject, UNSPECIFIED) if m.subject else UNSPECIFIED)
        self.add(g, obs, GOVKG + "surfaceForm", _lit(m.surface, ZH))
        self.add(g, obs, SDMX_MEASURE + "obsValue", _number(m.value))
        self.add(g, obs, SDMX_ATTRIBUTE + "unitMeasure", unit_iri(m.unit))
        self.add(g, obs, GOVKG + "approximate", _bool(m.approx))
        self.add(g, obs, PROV + "wasGeneratedBy", self.build)
        for rule in rules:
            self.add(g, obs, GOVKG + "rule", _lit(rule))
        for ev in evidence:
            self.add(g, obs, PROV + "wasDerivedFrom",
                     article_iri(ev.doc, ev.article) if ev.article else doc_iri(ev.doc))
            self.annotate(obs, ev, "describing", "metric")

    def period_value(self, period: str | None) -> str:
        """refPeriod as a typed time value: xsd:gYear (2011), xsd:gYearMonth (2011-06), xsd:date
        (2009-12-31), or for an interval (2011-01/2011-04, 2006/2010) a time:ProperInterval whose
        beginning and end are such values; words that are no ISO period stay a literal."""
        if not period:
            return UNSPECIFIED
        if "/" not in period:
            dtype = _period_type(period)
            return _typed(period, dtype) if dtype else _lit(period, ZH)
        start, _sep, end = period.partition("/")
        t1, t2 = _period_type(start), _period_type(end)
        if not (t1 and t2):
            return _lit(period, ZH)
        iri = BASE + "id/period/" + seg(start + "--" + end)
        g = self.target  # described in each graph that uses it
        self.add(g, iri, RDF + "type", TIME + "ProperInterval")
        self.add(g, iri, RDFS + "label", _lit(period))
        self.add(g, iri, GOVKG + "periodStart", _typed(start, t1))
        self.add(g, iri, GOVKG + "periodEnd", _typed(end, t2))
        return iri

    def cube_structure(self, indicators: set[str], units: set[str]):
        """The Data Cube dataset, its DSD and code lists (background graph)."""
        g = ENTITIES_GRAPH
        self.add(g, DATASET, RDF + "type", QB + "DataSet")
        self.add(g, DATASET, RDFS + "label", _lit("新闻报道中的指标数值", ZH))
        self.add(g, DATASET, RDFS + "label", _lit("Figures stated in news text", "en"))
        self.add(g, DATASET, QB + "structure", DSD)
        self.add(g, DATASET, PROV + "wasGeneratedBy", self.build)
        self.add(g, DSD, RDF + "type", QB + "DataStructureDefinition")
        components = [
            ("dimension", SDMX_DIMENSION + "refArea", 1),
            ("dimension", SDMX_DIMENSION + "refPeriod", 2),
            ("dimension", GOVKG + "indicator", 3),
            ("dimension", GOVKG + "subject", 4),
            ("dimension", GOVKG + "surfaceForm", 5),
            ("measure", SDMX_MEASURE + "obsValue", None),
            ("attribute", SDMX_ATTRIBUTE + "unitMeasure", None),
            ("attribute", GOVKG + "approximate", None),
        ]
        ranges = {
            SDMX_DIMENSION + "refArea": RDFS + "Resource",
            SDMX_DIMENSION + "refPeriod": RDFS + "Resource",  # a typed time literal or an interval
            GOVKG + "indicator": SKOS + "Concept",
            GOVKG + "subject": RDFS + "Resource",
            GOVKG + "surfaceForm": RDF + "langString",
            SDMX_MEASURE + "obsValue": XSD + "decimal",
            SDMX_ATTRIBUTE + "unitMeasure": SKOS + "Concept",
            GOVKG + "approximate": XSD + "boolean",
        }
        kinds = {"dimension": QB + "DimensionProperty", "measure": QB + "MeasureProperty",
                 "attribute": QB + "AttributeProperty"}
        for kind, prop, order in components:
            spec = DSD + "/" + prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            self.add(g, DSD, QB + "component", spec)
            self.add(g, spec, RDF + "type", QB + "ComponentSpecification")
            self.add(g, spec, QB + kind, prop)
            self.add(g, spec, QB + "componentProperty", prop)
            if order is not None:
                self.add(g, spec, QB + "order", _int(order))
            if kind == "attribute":
                self.add(g, spec, QB + "componentRequired", _bool(True))
            self.add(g, prop, RDF + "type", kinds[kind])
            self.add(g, prop, RDF + "type", QB + "ComponentProperty")
            self.add(g, prop, RDFS + "range", ranges[prop])
        self.add(g, GOVKG + "indicator", QB + "codeList", INDICATOR_SCHEME)
        self.add(g, SDMX_ATTRIBUTE + "unitMeasure", QB + "codeList", UNIT_SCHEME)
        for scheme, values, iri_of, label in (
                (INDICATOR_SCHEME, indicators, indicator_iri, "指标"),
                (UNIT_SCHEME, units, unit_iri, "计量单位")):
            self.add(g, scheme, RDF + "type", SKOS + "ConceptScheme")
            self.add(g, scheme, RDFS + "label", _lit(label, ZH))
            for v in sorted(values):
                c = iri_of(v)
                self.add(g, c, RDF + "type", SKOS + "Concept")
                self.add(g, c, SKOS + "inScheme", scheme)
                self.add(g, c, SKOS + "prefLabel", _lit(v, ZH))
                self.add(g, c, SKOS + "notation", _lit(v))


def _parent_codes(code: str) -> list[str]:
    """Candidate ancestor codes, nearest first (6-digit county-level form; 9-digit townships)."""
    if not code.isdigit():
        return []
    out = []
    if len(code) > 6:
        out.append(code[:6])
        code = code[:6]
    if len(code) == 6:
        if code[4:] != "00":
            out.append(code[:4] + "00")
        if code[2:] != "0000":
            out.append(code[:2] + "0000")
    return out


def _valid_date(text: str) -> bool:
    """An xsd:date only for a real calendar day: 2023-02-30 matches the pattern but would be
    an invalid typed literal, so it stays a plain string."""
    import datetime
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


SENTENCE_WINDOW = 200  # characters of govkg:sentence kept either side of a mention


def _sentence_window(ev: Evidence) -> str | None:
    """The sentence of `ev` for govkg:sentence, cut to SENTENCE_WINDOW characters either side of
    the evidence: written per mention, a whole 50 KB sentence made the export grow with the
    square of the sentence.  Whole-sentence evidence (quote = exact) is returned as it is."""
    q, at = ev.quote, ev.sentence_start
    if q is None or at is None or len(q) <= 2 * SENTENCE_WINDOW + (ev.end - ev.start):
        return q
    lo = max(0, ev.start - at - SENTENCE_WINDOW)
    hi = min(len(q), ev.end - at + SENTENCE_WINDOW)
    return ("…" if lo else "") + q[lo:hi] + ("…" if hi < len(q) else "")


# ---------------------------------------------------------------------- public API

def _content_hash_full(extraction: Extraction) -> str:
    """`content_hash` by its definition (one JSON text of the whole extraction)."""
    h = hashlib.sha1(json.dumps(extraction.to_json(), ensure_ascii=False, sort_keys=True,
                                default=str).encode("utf-8"))
    for doc_id in sorted(extraction.texts):
        h.update(b"\0" + doc_id.encode("utf-8") + b"\0" + extraction.texts[doc_id].encode("utf-8"))
    return h.hexdigest()[:16]


_TO_JSON_KEYS = ["documents", "entities", "metrics", "relations", "schema"]


def content_hash(extraction: Extraction) -> str:
    """Digest of everything the export depends on (the extraction and the document texts).

    The digest of `json.dumps(extraction.to_json(), sort_keys=True)` and the texts, computed
    piecewise: the JSON text is produced one document, entity, metric and relation at a time
    (the whole tree and string were ~1 GB on a 100 MB corpus)."""
    empty = Extraction().to_json()
    if type(extraction).to_json is not Extraction.to_json or sorted(empty) != _TO_JSON_KEYS:
        return _content_hash_full(extraction)  # a to_json this piecewise form does not know
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode
    x = extraction
    h = hashlib.sha1()
    table = x.sentence_table()  # documents carry their sentences once (see Extraction.to_json)
    parts = (
        ("documents", (dict(d, sentences=table.rows(d["id"]))
                       for d in sorted(x.documents, key=lambda d: d["id"]))),
        ("entities", (x.entities[k].to_json(table) for k in sorted(x.entities))),
        ("metrics", (x.metrics[k].to_json(table) for k in sorted(x.metrics))),
        ("relations", (x.relations[k].to_json(table) for k in sorted(x.relations))),
    )
    buf: list[str] = ["{"]
    for n, (name, items) in enumerate(parts):
        buf.append(("" if n == 0 else ", ") + encode(name) + ": [")
        for i, item in enumerate(items):
            buf.append(encode(item) if i == 0 else ", " + encode(item))
            if len(buf) >= 4096:
                h.update("".join(buf).encode("utf-8"))
                buf = []
        buf.append("]")
    buf.append(', "schema": ' + encode(empty["schema"]) + "}")
    h.update("".join(buf).encode("utf-8"))
    for doc_id in sorted(x.texts):
        h.update(b"\0" + doc_id.encode("utf-8") + b"\0" + x.texts[doc_id].encode("utf-8"))
    return h.hexdigest()[:16]


# The union (Turtle) must be globally sorted and deduplicated, but triples of different graphs
# interleave in that order (annotation IRIs are hashes), so it is an external merge sort: sorted
# runs of at most _RUN_ROWS distinct triples are spilled to temporary files and merged.
_RUN_ROWS = 400_000
_CHUNK = 50_000  # lines per N-Quads chunk handed to pyoxigraph's parser
_READ = 1 << 20  # bytes read from each run at a time while merging


def _nt_lines(lines: list[bytes]) -> bytes:
    """N-Triples from union keys (b"s\\0pk\\x01o\\n" each): bulk replaces when the only NULs,
    \\x01s and newlines are the separators (always, unless a literal holds one), else one by
    one."""
    data = b"".join(lines)
    n = len(lines)
    if data.count(b"\0") == n and data.count(b"\x01") == n and data.count(b"\n") == n:
        data = data.replace(b"\0\x01", b"> <" + _TYPE_B + b"> ").replace(b"\0", b"> <") \
            .replace(b"\x01", b"> ").replace(b"\n", b" .\n<")
        return b"<" + data[:-1]
    out = []
    for line in lines:
        s, rest = line[:-1].split(b"\0", 1)
        pk, o = rest.split(b"\x01", 1)
        out.append(b"<%b> <%b> %b .\n" % (s, pk or _TYPE_B, o))
    return b"".join(out)


class _UnionRuns:
    """The deduplicated union of all graphs' triples, as sorted runs (files) plus a batch.

    A triple is kept as one string "subject NUL sort-predicate \\x01 object": IRIs hold no
    control characters and the object comes last, so the strings' order is the rows' order
    (subject, rdf:type first, object) and they sort much faster than tuples, take less memory
    and are one line each in a run file.  The batch is the graphs' sorted key lists one after
    the other: sorting that is merging them (timsort finds the runs), then dict drops repeats."""

    def __init__(self, directory: Path):
        self.dir = directory
        self.batch: list[str] = []
        self.files: list[Path] = []
        self.spill_ok = True

    def add(self, rows: list[tuple]) -> None:
        keys = [f"{s}\0{pk}\x01{o}" for s, pk, o, _p in rows]
        if keys and "\n".join(keys).count("\n") != len(keys) - 1:
            self.spill_ok = False  # a newline inside a literal (never written so): keep it all
        self.batch += keys
        if len(self.batch) >= _RUN_ROWS and self.spill_ok:
            self.spill()

    def _sorted_batch(self) -> list[str]:
        self.batch.sort()
        keys, self.batch = list(dict.fromkeys(self.batch)), []
        return keys

    def spill(self) -> None:
        path = self.dir / f"union-{len(self.files):05d}.run"
        with open(path, "wb") as f:
            keys = self._sorted_batch()
            for i in range(0, len(keys), _CHUNK):
                f.write(("\n".join(keys[i:i + _CHUNK]) + "\n").encode("utf-8"))
        self.files.append(path)

    def close(self) -> None:
        """The pass is over: with runs on disk, the rest of the batch becomes a run too."""
        if self.files and self.batch and self.spill_ok:
            self.spill()

    def _merged(self):
        """Lists of sorted, deduplicated keys (bytes lines) of all runs and the batch.

        Block-wise: every key up to the smallest last key among the runs' buffered blocks can be
        emitted (each run is sorted and duplicate-free), and is merged by a C sort and dict."""
        files = [open(p, "rb") for p in self.files]
        try:
            bufs = [[f, f.readlines(_READ)] for f in files]
            if self.batch:
                bufs.append([None, [(k + "\n").encode("utf-8")
                                    for k in sorted(dict.fromkeys(self.batch))]])
            bufs = [b for b in bufs if b[1]]
            while bufs:
                bound = min(b[1][-1] for b in bufs)
                taken: list[bytes] = []
                keep = []
                for b in bufs:
                    lines = b[1]
                    cut = bisect.bisect_right(lines, bound)
                    taken += lines[:cut]
                    rest = lines[cut:]
                    if not rest and b[0] is not None:
                        rest = b[0].readlines(_READ)
                    if rest:
                        b[1] = rest
                        keep.append(b)
                bufs = keep
                taken.sort()
                yield list(dict.fromkeys(taken))
        finally:
            for f in files:
                f.close()

    def ntriples(self):
        """The union as sorted, deduplicated N-Triples, in chunks of bytes."""
        if not self.files:
            keys = sorted(dict.fromkeys(self.batch))
            for i in range(0, len(keys), _CHUNK):
                yield _nt_lines([(k + "\n").encode("utf-8") for k in keys[i:i + _CHUNK]])
            return
        for lines in self._merged():
            for i in range(0, len(lines), _CHUNK):
                yield _nt_lines(lines[i:i + _CHUNK])


def _nq_chunks(rows: list[tuple], g: str):
    for i in range(0, len(rows), _CHUNK):
        yield "".join(f"<{s}> <{p}> {o} <{g}> .\n"
                      for s, _pk, o, p in rows[i:i + _CHUNK]).encode("utf-8")


def _sort_prefix_header_in_place(path: Path) -> None:
    """`_sorted_prefix_header` on a file: the header lines only change places, so the sorted
    header has the same length and is written over the old one."""
    with open(path, "r+b") as f:
        head = f.read(1 << 16)
        lines = head.split(b"\n")
        k = 0
        while k < len(lines) - 1 and lines[k].startswith(b"@prefix "):  # complete lines only
            k += 1
        if k == len(lines) - 1 and len(head) == 1 << 16:  # header longer than we read
            f.seek(0)
            data = _sorted_prefix_header(f.read())
            f.seek(0)
            f.write(data)
            return
        block = b"\n".join(sorted(lines[:k]))
        assert len(block) == len(b"\n".join(lines[:k]))
        f.seek(0)
        f.write(block)


class _Export:
    """One export, built graph by graph in a single pass: the TriG file is written as the graphs
    come (only one graph's quads are in memory at a time) and the union's triples go to sorted
    runs, from which the Turtle file is merged.  Both live in a temporary directory until the
    next export replaces this one, so a build that writes Turtle and TriG builds the graph once."""

    def __init__(self, extraction: Extraction, key: str, workdir=None):
        self.key = key
        # under the build's own temporary directory in --out when given (a killed build then
        # leaves nothing in the system's temp directory, and the next build removes it)
        self._tmp = tempfile.TemporaryDirectory(prefix="govkg-rdf-", dir=workdir,
                                                ignore_cleanup_errors=True)
        self.dir = Path(self._tmp.name)
        self.trig = self.dir / "graph.trig"
        self.runs = _UnionRuns(self.dir)
        self.written: set[str] = set()
        b = _Builder(extraction, key)

        def parsed():
            for g in b.graphs():
                rows = b.graph_rows(g)
                self.runs.add(rows)
                for chunk in _nq_chunks(rows, g):
                    yield ox.parse(chunk, format=ox.RdfFormat.N_QUADS)

        ox.serialize(itertools.chain.from_iterable(parsed()), output=str(self.trig),
                     format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        _sort_prefix_header_in_place(self.trig)
        self.runs.close()

    def turtle(self, output=None):
        """Write the union as Turtle to `output` (a path), or return it as bytes."""
        stream = itertools.chain.from_iterable(
            ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES) for chunk in self.runs.ntriples())
        if output is None:
            return _sorted_prefix_header(ox.serialize(stream, format=ox.RdfFormat.TURTLE,
                                                      prefixes=PREFIXES))
        ox.serialize(stream, output=str(output), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        _sort_prefix_header_in_place(Path(output))
        return None

    def close(self) -> None:
        self._tmp.cleanup()


# The build writes Turtle and TriG from the same extraction one after the other: the last
# export is kept (keyed by its content hash; at most one, its files in a temporary directory)
# until both files have been written from it, or another export replaces it.
_LAST: _Export | None = None


def _written(export: _Export, kind: str) -> None:
    global _LAST
    export.written.add(kind)
    if export.written >= {"trig", "turtle"} and _LAST is export:
        _LAST = None
        export.close()


def _export(extraction: Extraction, workdir=None) -> _Export:
    global _LAST
    key = content_hash(extraction)
    if _LAST is None or _LAST.key != key or not _LAST.trig.exists():
        if _LAST is not None:
            _LAST.close()
        _LAST = None
        _LAST = _Export(extraction, key, workdir)
    return _LAST


def _nquads_chunks(extraction: Extraction):
    b = _Builder(extraction, content_hash(extraction))
    for g in b.graphs():
        yield from _nq_chunks(b.graph_rows(g), g)


def nquads(extraction: Extraction) -> bytes:
    """The export as sorted N-Quads (also a good bulk-load format for other stores)."""
    return b"".join(_nquads_chunks(extraction))


def quads(extraction: Extraction) -> list[ox.Quad]:
    """All quads of the export, sorted (graph, subject, rdf:type first, predicate, object)."""
    return list(ox.parse(nquads(extraction), format=ox.RdfFormat.N_QUADS))


def triples(extraction: Extraction) -> list[ox.Triple]:
    """The union of all graphs, deduplicated and sorted."""
    return list(ox.parse(b"".join(_export(extraction).runs.ntriples()),
                         format=ox.RdfFormat.N_TRIPLES))


def _sorted_prefix_header(data: bytes) -> bytes:
    """Put the @prefix lines in a fixed order (the serialiser's order is an implementation
    detail), so output stays byte-identical across pyoxigraph versions and runs."""
    lines = data.split(b"\n")
    k = 0
    while k < len(lines) and lines[k].startswith(b"@prefix "):
        k += 1
    return b"\n".join(sorted(lines[:k]) + lines[k:])


def serialize_trig(extraction: Extraction) -> bytes:
    return _export(extraction).trig.read_bytes()


def serialize_turtle(extraction: Extraction) -> bytes:
    return _export(extraction).turtle()


def _build_dir(path) -> Path | None:
    """The build's temporary directory in --out when `path` is inside one (`write_outputs`),
    so the export's own temporaries die with it; None (the system's) for a direct call."""
    parent = Path(path).parent
    return parent if parent.name.startswith(".kg-build-") else None


def write_trig(extraction: Extraction, path, **_opts) -> None:
    export = _export(extraction, _build_dir(path))
    shutil.copyfile(export.trig, path)
    _written(export, "trig")


def write_nquads(extraction: Extraction, path, **_opts) -> None:
    """Sorted N-Quads: the bulk-load format of Fuseki (tdb2.tdbloader), QLever and oxigraph."""
    with open(path, "wb") as f:
        for chunk in _nquads_chunks(extraction):
            f.write(chunk)


def write_turtle(extraction: Extraction, path, **_opts) -> None:
    export = _export(extraction, _build_dir(path))
    export.turtle(path)
    _written(export, "turtle")


def to_dataset(extraction: Extraction):
    """The export as an rdflib Dataset (named graphs preserved), for rdflib-based consumers."""
    import rdflib
    ds = rdflib.Dataset()
    ds.parse(data=serialize_trig(extraction).decode("utf-8"), format="trig")
    return ds


# ---------------------------------------------------------------------- validation

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


def validate(data, shapes_path=None) -> tuple[bool, str]:
    """Validate an export (a .ttl/.trig path, an rdflib graph, or an Extraction) against
    ontology/shapes.ttl with pyshacl; named graphs are validated as their union, because the
    Data Cube structure and entity descriptions live in the background graph."""
    import pyshacl
    import rdflib
    if isinstance(data, Extraction):
        nt = b"".join(_export(data).runs.ntriples())
        graph = rdflib.Graph().parse(data=nt.decode("utf-8"), format="nt")
    elif isinstance(data, (str, Path)):
        path = Path(data)
        graph = rdflib.Graph()
        if path.suffix in (".trig", ".nq"):
            fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.N_QUADS
            nt = ox.serialize((ox.Triple(q.subject, q.predicate, q.object)
                               for q in ox.parse(path=str(path), format=fmt)),
                              format=ox.RdfFormat.N_TRIPLES)
            graph.parse(data=nt.decode("utf-8"), format="nt")
        else:
            graph.parse(str(path), format="turtle")
    elif isinstance(data, rdflib.Dataset):
        graph = rdflib.Graph()
        for s, p, o, _g in data.quads((None, None, None, None)):
            graph.add((s, p, o))
    else:
        graph = data
    shapes_path = Path(shapes_path or ONTOLOGY_DIR / "shapes.ttl")
    if not shapes_path.is_file():
        raise FileNotFoundError(f"SHACL shapes not found at {shapes_path} (they ship in the "
                                f"source tree's ontology/ directory)")
    shapes = rdflib.Graph().parse(str(shapes_path), format="turtle")
    conforms, _report_graph, text = pyshacl.validate(graph, shacl_graph=shapes,
                                                     advanced=True, allow_warnings=True)
    return bool(conforms), text
