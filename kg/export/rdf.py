"""RDF export: the Extraction as Linked Data (Turtle = union, TriG = one named graph per document).

Why this shape: each document's facts live in their own named graph so a re-extracted document
replaces exactly its graph; shared entity descriptions (labels, codes, division-table partOf), the
Data Cube structure and the build activity live in the background graph `…/graph/entities`.
Standard vocabularies are reused (ORG, schema.org, RDF Data Cube, PROV-O, Web Annotation, SKOS);
`ontology/govkg.ttl` declares the govkg terms and `ontology/README.md` documents the IRI scheme.

Determinism: every node is an IRI minted from ids, offsets or hashes (no blank nodes), graphs
are written in IRI order and each graph's parts in an order fixed by sorted ids (no sort of the
quads themselves), and no wall-clock time is written, so the same Extraction always gives
byte-identical files.  The text is formatted here, graph by graph (see `_Export`); pyoxigraph
parses it in the tests and loads it into the SPARQL store.

Compact provenance: one TextQuoteSelector per distinct quoted text, one span per sentence that
the mentions inside it point to (`govkg:inSentence`), and the build named once per graph rather
than per annotation (see ontology/README.md).  Compact spelling (no triple changes): each
document graph is preceded by prefixes of its own (`_doc_prefixes`: `s:495-499` for a span,
`d:A1` for an article), which took the TriG from ~52 to ~40 bytes per character of text
(`benchmarks/rdf_size.py`).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import tempfile
from decimal import Decimal
from contextlib import contextmanager
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from .. import schema
from ..model import Evidence, Extraction, MetricPlaces, short_hash

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

PREFIXES = {
    "govkg": GOVKG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "org": ORG,
    "schema": SCHEMA, "qb": QB, "sdmx-measure": SDMX_MEASURE, "sdmx-attribute": SDMX_ATTRIBUTE,
    "sdmx-dimension": SDMX_DIMENSION, "prov": PROV, "oa": OA, "dcterms": DCTERMS, "time": TIME,
    **{t.namespace: BASE + f"id/{t.namespace}/" for t in schema.ENTITY_TYPES},
    "metric": BASE + "id/metric/",
    "assertion": BASE + "id/assertion/", "annotation": BASE + "id/annotation/",
    "quote": BASE + "id/quote/",
    "indicator": BASE + "id/indicator/", "unit": BASE + "id/unit/",
    "ind": "https://w3id.org/govkg/indicator/",
}

ZH = "zh"

TYPE_CLASSES = schema.TYPE_CLASSES  # RDF classes per entity type: kg/schema.py

# govkg predicates are subproperties of these; the super-property triple is written too, so
# consumers that know only the standard vocabularies need no inference.
SUPER_PROPERTY = schema.SUPER_PROPERTY

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PRED_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


_SAFE_SEG = re.compile(r"[A-Za-z0-9._~-]*")


def seg(value) -> str:
    """One IRI path segment: ASCII ids pass through, anything else is percent-encoded (the
    pass-through checked first: urllib's quote was most of the cost of minting an id IRI)."""
    text = str(value)
    return text if _SAFE_SEG.fullmatch(text) else quote(text, safe="-._~")


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
def quote_iri(exact: str) -> str:
    """`id/quote/{sha1(exact)[:16]}`: a TextQuoteSelector with only oa:exact depends on the
    text alone, so every span with the same text shares it (one per name, not per mention)."""
    return BASE + "id/quote/" + short_hash(exact, 16)


_QUOTE_AT = len(BASE + "id/quote/")


def _quote_term(qs: str) -> str:
    """`_iri_term` of a quote selector's IRI (`quote_iri`: a hex digest under `quote:`), without
    the look-up: each graph formats its new quotes, and most are new to the cache."""
    return "quote:" + qs[_QUOTE_AT:]


@lru_cache(maxsize=1 << 16)
def doc_graph_iri(doc_id: str) -> str:
    return BASE + "graph/doc/" + seg(doc_id)


def metric_iri(metric_id: str) -> str:
    return BASE + "id/metric/" + seg(metric_id)


@lru_cache(maxsize=1 << 14)  # one per observation: a regex and a SHA-1 for a few hundred names
def indicator_iri(indicator: str) -> str:
    return INDICATOR_SCHEME + "/" + seg(_ascii_key(indicator))


@lru_cache(maxsize=1 << 14)
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
    """`text` inside a quoted N-Triples/Turtle literal.  Most texts need no escape: four `in`
    tests (no new string) before the four `replace` passes (a third of the time)."""
    if '"' not in text and "\\" not in text and "\n" not in text and "\r" not in text:
        return text
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r"))


def _lit(value, lang: str | None = None) -> str:
    if lang:
        return f'"{_esc(str(value))}"@{lang}'
    return f'"{_esc(str(value))}"'


@lru_cache(maxsize=1 << 12)
def _rule_lit(rule: str) -> str:
    """A rule name as a literal: a few hundred names, written on most annotations, assertions
    and observations (a third of all literals), so formatted once each."""
    return _lit(rule)


@lru_cache(maxsize=1 << 12)
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


@lru_cache(maxsize=1 << 16, typed=True)  # twice per observation (its key and its value)
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
# what of a span its graph has written already (`_Builder.span`)
_SPAN_BASE, _SPAN_QUOTE, _SPAN_SENTENCE, _SPAN_ARTICLE = 1, 2, 4, 8
TRIG, TURTLE = 1, 2  # which outputs a triple goes to (bits): its named graph, the union


class _Graph:
    """The triples of one named graph.  Nodes described by several parts (entities, assertions,
    observations) are grouped by subject and predicate in the order first stated (no sort: the
    parts are called in a deterministic order), each object mapped to the outputs it belongs in:
    TRIG (the named graph), TURTLE (the union, where a fact stated in several graphs is written
    only the first time).  Nodes that only this graph describes, and in one go (annotations,
    spans, their position selectors: most of the quads), are Turtle text already (`text`)."""

    __slots__ = ("iri", "nodes", "text", "text_quads", "spans", "annotations", "doc",
                 "trig_text", "ttl_text", "trig_quads", "ttl_quads", "quotes", "sentences",
                 "src", "arts", "partial")

    def __init__(self, iri: str):
        self.iri = iri
        self.nodes: dict[str, dict[str, dict[str, int]]] = {}
        self.text: list[str] = []
        self.text_quads = 0
        # Turtle text for one output only (observations: see _Builder.observation)
        self.trig_text: list[str] = []
        self.ttl_text: list[str] = []
        self.trig_quads = self.ttl_quads = 0
        self.quotes: dict[str, str] = {}  # text -> term of the quote selectors described here
        # span (`start-end` in the graph's own document, else its IRI) -> what of it is written
        # (_SPAN_* bits)
        self.spans: dict[str, int] = {}
        self.sentences: dict[int, str] = {}  # start -> a sentence found there in the text
        self.src: str | None = None  # `source()`
        self.arts: dict[str, str] = {}  # `article_term()`
        self.partial: set[str] = set()  # subjects with a triple for one output only (`add`)
        self.annotations: set[str] = set()  # the digests of the annotations written
        # the document whose IRIs the graph abbreviates with its own prefixes (`_doc_prefixes`):
        # set by the first document or span written into it
        self.doc: str | None = None

    def source(self) -> str:
        """The term of the graph's own document (every span's oa:hasSource), made once."""
        if self.src is None:
            self.src = _iri_term(doc_iri(self.doc))
        return self.src

    def article_term(self, article: str) -> str:
        """The term of an article of the graph's own document (`d:{n}` mostly), made once per
        graph (every span and most observations and assertions name one)."""
        term = self.arts.get(article)
        if term is None:
            term = self.arts[article] = _local_term(article_iri(self.doc, article),
                                                    doc_iri(self.doc) + "/")
        return term

    def local(self, doc_id: str) -> bool:
        """True when `doc_id`'s spans and articles may be written with this graph's prefixes
        `s:` and `d:` (the graph's own document: the first one written into it)."""
        if self.doc is None:
            self.doc = doc_id
        return self.doc == doc_id


def _key_digest(key) -> int:
    """A shared node's key (an IRI, or a tuple of IRIs: no IRI holds NUL) as a 128-bit number:
    the string hashes (SipHash) of its text and of its text and a NUL, one in the high 64 bits,
    the other XORed into the rest (one-to-one on the pair).  Only compared within one export
    (`_Builder.first`), so the per-process hash seed changes no output; for distinct keys the
    two hashes are as good as independent, so a collision among even 10^9 keys has odds below
    10^-20, as with the 16-byte BLAKE2b digest this replaced (its object and call were most of
    `first`'s time, and `first` a twelfth of the export's)."""
    text = "\0".join(key) if isinstance(key, tuple) else key
    return (hash(text) << 64) ^ hash(text + "\0")


_EVIDENCE_ORDER = Evidence.sort_key
_EVIDENCE_FIELDS = attrgetter("doc", "start", "end", "rule")


def _sorted_evidence(evidence) -> list[Evidence]:
    """`sorted(evidence, key=Evidence.sort_key)`, by a C-level key where it gives that order:
    (doc, start, end, rule) compares as sort_key's (doc, start, end, rule or "") does as long as
    no two items tie on the first three with one rule None and the other a string, and exactly
    then the comparison raises TypeError (None against a string), so the sort is done again by
    sort_key (None equal to "")."""
    try:
        return sorted(evidence, key=_EVIDENCE_FIELDS)
    except TypeError:
        return sorted(evidence, key=_EVIDENCE_ORDER)


class _Memo(dict):
    """A dict that makes a missing value once with `make`: a hit stays one C-level lookup
    (where an lru_cache'd function was a Python-level call and a key tuple per use)."""

    __slots__ = ("make",)

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, key):
        value = self[key] = self.make(key)
        return value


class _ObservationLines:
    """The Turtle lines of an observation that depend on one value each (its area, period,
    indicator, concept, kind, subject, unit): a few hundred distinct values on a corpus, each
    line formatted once per export instead of once per observation."""

    __slots__ = ("area", "period", "indicator", "concept", "kind", "subject", "unit")

    def __init__(self, iris: dict[str, str]):
        self.area = _Memo(lambda a: "sdmx-dimension:refArea " + _iri_term(a))
        # only periods that mint no node (no interval): those go through `period_value`
        self.period = _Memo(lambda p: "sdmx-dimension:refPeriod " + _term(
            UNSPECIFIED if not p else _typed(p, _period_type(p)) if _period_type(p)
            else _lit(p, ZH)))
        self.indicator = _Memo(lambda i: "govkg:indicator " + _iri_term(indicator_iri(i)))
        self.concept = _Memo(lambda c: "govkg:indicatorConcept " + _iri_term(CONCEPT_BASE + c))
        self.kind = _Memo(lambda k: "govkg:figureKind " + _iri_term(
            GOVKG + "Kind" + (k or "level").capitalize()))
        self.subject = _Memo(lambda s: "govkg:subject " + _iri_term(
            iris.get(s, UNSPECIFIED) if s else UNSPECIFIED))
        self.unit = _Memo(lambda u: "sdmx-attribute:unitMeasure " + _iri_term(unit_iri(u)))


class _Builder:
    """Builds the export one named graph at a time.

    Every quad lives in exactly one graph, and a document graph's quads come only from that
    document's evidence (plus the document itself), so `graph(g)` runs just the parts that can
    write into `g` (found through an index built once).  Parts that describe a shared node (an
    assertion, an observation, a period, a post, a quote selector) ask `first(key)` whether the
    union has it already: the union (Turtle) is then written graph after graph with no sort and
    no duplicate, and only those keys are kept in memory."""

    def __init__(self, extraction: Extraction, build_key: str):
        self.x = extraction
        self.iris = entity_iris(extraction)
        self.version = software_version()
        self.build = BASE + "build/" + build_key
        self.agent = BASE + "software/govkg/" + seg(self.version)
        self.places = MetricPlaces(extraction)  # the API's rule for a figure's place, shared
        self.target: str | None = None
        self.current: _Graph | None = None
        self.in_union: set[int] = set()  # digests of the shared nodes written (`first`)
        # the lines every observation and assertion writes the same (formatted once)
        self.generated = "prov:wasGeneratedBy " + _iri_term(self.build)
        self.memo = _ObservationLines(self.iris)
        self._index()

    # ------------------------------------------------------------------ helpers
    def add(self, g, s, p, o, bits: int = TRIG | TURTLE):
        """State (s, p, o) in graph `g` (always the graph being built: every part is called
        only for graphs it writes into) for the outputs in `bits`.  `_Graph.add`, inlined: this
        runs once per quad.  A subject given a triple for one output only is noted
        (`_Graph.partial`): the others are formatted once for both files."""
        cur = self.current
        if bits != 3:  # TRIG | TURTLE
            cur.partial.add(s)
        preds = cur.nodes.get(s)
        if preds is None:
            cur.nodes[s] = {p: {o: bits}}
            return
        objs = preds.get(p)
        if objs is None:
            preds[p] = {o: bits}
        else:
            objs[o] = objs.get(o, 0) | bits

    def first(self, key) -> int:
        """TRIG | TURTLE the first time a shared node (or fact) `key` is written, else TRIG:
        its triples are the same in every graph that states it, so the union needs one copy.
        The keys are kept as 128-bit numbers (`_key_digest`): held for the whole export, a
        tuple of three IRIs took about 150 bytes, and a corpus of 100 MB has over a million."""
        text = "\0".join(key) if key.__class__ is tuple else key
        k = (hash(text) << 64) ^ hash(text + "\0")  # `_key_digest`, inlined (once per fact)
        if k in self.in_union:
            return TRIG
        self.in_union.add(k)
        return TRIG | TURTLE

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

        for d in sorted(x.documents, key=lambda d: d["id"]):
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
            obs = obs[:3] + (None,) + obs[4:]  # its evidence lives on in `by_graph`'s lists
            for g, evs in by_graph.items():
                slot(g)[3].append((obs, evs))
        slot(ENTITIES_GRAPH)
        self.index = index

    def _by_graph(self, evidence) -> dict[str, list[Evidence]]:
        """Evidence sorted (Evidence.sort_key) and split by the graph it lives in."""
        if len(evidence) == 1:  # most entities, relations and figures: no sort, no key call
            ev = evidence[0]
            return {doc_graph_iri(ev.doc): [ev]}
        out: dict[str, list[Evidence]] = {}
        for ev in _sorted_evidence(evidence):
            evs = out.get(ev.doc)
            if evs is None:
                out[ev.doc] = [ev]
            else:
                evs.append(ev)
        # one graph per document (doc_graph_iri is one-to-one), in the same order
        return {doc_graph_iri(doc): evs for doc, evs in out.items()}

    def graphs(self) -> list[str]:
        return sorted(self.index)

    def graph(self, g: str) -> _Graph:
        """The triples of graph `g`.  Call it once per graph, in `graphs()` order: which shared
        triples go to the union depends on the graphs built before."""
        self.target, self.current = g, _Graph(g)
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
        out = self.current
        self.target, self.current = None, None
        return out

    def _quote_selector(self, cur: _Graph, exact: str, out: list[str]) -> str:
        """The term of the graph's quote selector for `exact`, described the first time it is
        used (a name said again is described already): Turtle text at once when the union
        states it first, else TriG only."""
        qterm = cur.quotes.get(exact)
        if qterm is None:
            qs = quote_iri(exact)
            qterm = cur.quotes[exact] = _quote_term(qs)
            block = f"\t{qterm} a oa:TextQuoteSelector ;\n\t\toa:exact {_lit(exact)} .\n"
            if self.first(qs) & TURTLE:
                out.append(block)
                cur.text_quads += 2
            else:
                cur.trig_text.append(block)
                cur.trig_quads += 2
        return qterm

    def span(self, g: str, doc_id: str, start: int, end: int, ev: Evidence | None = None,
             article: str | None = None, with_quote: bool = True) -> str:
        """A Web Annotation SpecificResource for doc[start:end], returned as its Turtle term: a
        TextPositionSelector of its own and a TextQuoteSelector shared by every span with the
        same text; a mention inside a longer sentence points to that sentence's span
        (`govkg:inSentence`), described once per graph however many mentions it holds.  Written
        as Turtle text, each part of it once per graph (an article's span can be evidence too).
        Called for nearly every evidence (the largest part of the export): what is written of a
        span is kept as bits (`_SPAN_*`) under its local name (`start-end`: the graph's own
        document) or IRI; the span's own text is cut from the document once, a quote's term is
        remembered per graph by its text, and a sentence span written already is not visited
        again (`_sentence_term`)."""
        cur = self.current
        start, end = int(start), int(end)
        if cur.doc is None:  # `_Graph.local`, inlined
            cur.doc = doc_id
        local = cur.doc == doc_id
        if local:
            key = f"{start}-{end}"
            term = "s:" + key
        else:
            key = f"{doc_iri(doc_id)}/span/{start}-{end}"
            term = f"<{key}>"
        spans = cur.spans
        done = spans.get(key, 0)
        out = cur.text
        parts: list[str] = []
        selectors: list[str] = []  # one `oa:hasSelector a , b` for both selectors
        if not done & _SPAN_BASE:
            done |= _SPAN_BASE
            pos = term + "\\/position" if local else term[:-1] + "/position>"
            parts += ["a oa:SpecificResource", "oa:hasSource " + _iri_term(doc_iri(doc_id))]
            selectors.append(pos)
            out.append(f"\t{pos} a oa:TextPositionSelector ;\n"
                       f'\t\toa:start "{start}"^^xsd:nonNegativeInteger ;\n'
                       f'\t\toa:end "{end}"^^xsd:nonNegativeInteger .\n')
            cur.text_quads += 3
        text = self.x.texts.get(doc_id)
        own = None  # text[start:end], cut once
        if with_quote and not done & _SPAN_QUOTE:
            if text is not None and 0 <= start <= end <= len(text):
                exact = own = text[start:end]
            else:
                exact = _sentence_window(ev) if ev is not None else None
            if exact:
                done |= _SPAN_QUOTE
                selectors.append(self._quote_selector(cur, exact, out))
        if selectors:
            parts.append("oa:hasSelector " + " , ".join(selectors))
            cur.text_quads += len(selectors) - 1  # counted once below
        sentence = ev.quote if ev is not None else None
        if sentence and text is not None and not done & _SPAN_SENTENCE \
                and sentence != (text[start:end] if own is None else own):
            done |= _SPAN_SENTENCE
            at = ev.sentence_start
            if at is not None and (cur.sentences.get(at) is sentence
                                   or text[at:at + len(sentence)] == sentence):
                spans[key] = done  # (another span: the sentence differs from this one)
                parts.append("govkg:inSentence "
                             + self._sentence_term(g, doc_id, at, sentence, article, local))
            else:  # the sentence is not where the evidence says: its text, cut to a window
                parts.append("govkg:sentence " + _lit(_sentence_window(ev)))
        if article and not done & _SPAN_ARTICLE:
            done |= _SPAN_ARTICLE
            art = article_iri(doc_id, article)
            parts.append("dcterms:isPartOf " + (_local_term(art, doc_iri(doc_id) + "/") if local
                                                else _iri_term(art)))
        spans[key] = done
        if parts:
            out.append(f"\t{term} " + " ;\n\t\t".join(parts) + " .\n")
            cur.text_quads += len(parts)
        return term

    def _sentence_term(self, g: str, doc_id: str, at: int, sentence: str, article,
                       local: bool) -> str:
        """The term of the span of `sentence` (found at `at` in the text), described through
        `span` unless everything `span` would write of it is written already (its base, its
        quote, its article: the second and later mentions of a sentence, most of them)."""
        cur = self.current
        cur.sentences[at] = sentence
        end = at + len(sentence)
        if local:
            key = f"{at}-{end}"
            need = _SPAN_BASE | _SPAN_QUOTE | (_SPAN_ARTICLE if article else 0)
            if cur.spans.get(key, 0) & need == need:
                return "s:" + key
        return self.span(g, doc_id, at, end, article=article)

    def annotate(self, body: str, bterm: str, ev: Evidence, motivation: str, kind: str) -> None:
        """One oa:Annotation of `body` on the evidence span, as Turtle text.  It carries no
        prov:wasGeneratedBy of its own: its named graph does (`prov:wasGeneratedBy` the build),
        as for every node in it, which was one quad in twenty.  `bterm`: the body's Turtle
        term, made once by the caller for all its evidence.  A span of the graph's own
        document that is new here (most) takes `_new_span`, and its description is appended
        with the annotation as one string."""
        cur = self.current
        rule = ev.rule
        doc_id = ev.doc
        digest = hashlib.sha1(f"{kind}|{body}|{doc_id}|{ev.start}|{ev.end}|{rule or ''}"
                              .encode("utf-8")).hexdigest()[:16]  # short_hash, inlined
        if digest in cur.annotations:
            return
        cur.annotations.add(digest)
        start, end = int(ev.start), int(ev.end)
        if cur.doc is None:  # `_Graph.local`, inlined
            cur.doc = doc_id
        key = f"{start}-{end}"
        pre = ""
        if cur.doc != doc_id:
            target = self.span(cur.iri, doc_id, start, end, ev, ev.article)
        else:
            target = "s:" + key
            done = cur.spans.get(key)
            if done is None:
                pre = self._new_span(cur, ev, doc_id, start, end, key)
            elif not self._written(done, ev, doc_id, start, end):
                self.span(cur.iri, doc_id, start, end, ev, ev.article)
        if rule:
            cur.text.append(
                f"{pre}\tannotation:{digest} a oa:Annotation ;\n\t\toa:hasBody {bterm} ;\n"
                f"\t\toa:hasTarget {target} ;\n\t\toa:motivatedBy oa:{motivation} ;\n"
                f"\t\tgovkg:rule {_rule_lit(rule)} .\n")
            cur.text_quads += 5
        else:
            cur.text.append(
                f"{pre}\tannotation:{digest} a oa:Annotation ;\n\t\toa:hasBody {bterm} ;\n"
                f"\t\toa:hasTarget {target} ;\n\t\toa:motivatedBy oa:{motivation} .\n")
            cur.text_quads += 4

    def _written(self, done: int, ev: Evidence, doc_id: str, start: int, end: int) -> bool:
        """True when `span` would write nothing more of a span of the graph's own document
        (what is written of it: `done`) for `ev`: its base and quote are written, its article
        too or `ev` names none, its sentence too or `ev` has none other than the span's own
        text.  A span that is evidence several times (a name that is a mention and a figure's
        subject, a sentence that is a relation's evidence) then costs one check."""
        if done & 3 != 3 or (ev.article and not done & _SPAN_ARTICLE):
            return False
        if done & _SPAN_SENTENCE or not ev.quote:
            return True
        text = self.x.texts.get(doc_id)
        return text is None or ev.quote == text[start:end]

    def _new_span(self, cur: _Graph, ev: Evidence, doc_id: str, start: int, end: int,
                  key: str) -> str:
        """`span` for evidence in the graph's own document whose span this graph has not
        written (nearly every mention, figure and relation): the same text in the same order,
        with the branches a new span cannot take left out.  The position selector (and a new
        quote selector, a sentence span) are appended here; the span's own description is
        returned, for the caller to append.  Anything unusual (no text, offsets outside it,
        an empty span) goes through `span`, which then writes everything itself."""
        text = self.x.texts.get(doc_id)
        if text is None or not 0 <= start <= end <= len(text) or start == end:
            self.span(cur.iri, doc_id, start, end, ev, ev.article)
            return ""
        out = cur.text
        out.append(f"\ts:{key}\\/position a oa:TextPositionSelector ;\n"
                   f'\t\toa:start "{start}"^^xsd:nonNegativeInteger ;\n'
                   f'\t\toa:end "{end}"^^xsd:nonNegativeInteger .\n')
        exact = text[start:end]
        qterm = self._quote_selector(cur, exact, out)
        done = _SPAN_BASE | _SPAN_QUOTE
        n = 7  # the position selector's 3, type, source, the two selectors
        tail = ""
        sentence = ev.quote
        article = ev.article
        if sentence and sentence != exact:
            done |= _SPAN_SENTENCE
            n += 1
            at = ev.sentence_start
            if at is not None and (cur.sentences.get(at) is sentence
                                   or text[at:at + len(sentence)] == sentence):
                cur.spans[key] = done
                cur.sentences[at] = sentence
                skey = f"{at}-{at + len(sentence)}"
                need = _SPAN_BASE | _SPAN_QUOTE | (_SPAN_ARTICLE if article else 0)
                if cur.spans.get(skey, 0) & need != need:
                    self.span(cur.iri, doc_id, at, at + len(sentence), article=article)
                tail = " ;\n\t\tgovkg:inSentence s:" + skey
            else:  # the sentence is not where the evidence says: its text, cut to a window
                tail = " ;\n\t\tgovkg:sentence " + _lit(_sentence_window(ev))
        if article:
            done |= _SPAN_ARTICLE
            n += 1
            tail += " ;\n\t\tdcterms:isPartOf " + cur.article_term(article)
        cur.spans[key] = done
        cur.text_quads += n
        return (f"\ts:{key} a oa:SpecificResource ;\n\t\toa:hasSource {cur.source()} ;\n"
                f"\t\toa:hasSelector s:{key}\\/position , {qterm}{tail} .\n")

    # ------------------------------------------------------------------ parts
    def build_activity(self):
        g = ENTITIES_GRAPH
        self.add(g, self.build, RDF + "type", PROV + "Activity")
        self.add(g, self.build, RDFS + "label", _lit("govkg build", "en"))
        self.add(g, self.build, PROV + "wasAssociatedWith", self.agent)
        for doc_id in sorted(d["id"] for d in self.x.documents):
            self.add(g, self.build, PROV + "used", doc_iri(doc_id))
        self.add(g, self.agent, RDF + "type", PROV + "SoftwareAgent")
        self.add(g, self.agent, RDF + "type", SCHEMA + "SoftwareApplication")
        self.add(g, self.agent, SCHEMA + "name", _lit("govkg"))
        self.add(g, self.agent, SCHEMA + "softwareVersion", _lit(self.version))

    def document(self, d: dict):
        g = doc_graph_iri(d["id"])
        doc = doc_iri(d["id"])
        self.current.local(d["id"])
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
                self.span(g, d["id"], s, e, with_quote=False)
                self.add(g, art, GOVKG + "span", span_iri(d["id"], s, e))

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
                self.add(g, s, GOVKG + "rule", _rule_lit(rule))
        # partOf from the division table: a coded place is part of the nearest coded ancestor
        # present in this extraction (county -> city -> province; township -> county).
        for code in sorted(by_code):
            for parent in _parent_codes(code):
                if parent in by_code:
                    s, o = by_code[code], by_code[parent]
                    for p in (GOVKG + "partOf", SCHEMA + "containedInPlace"):
                        self.add(g, s, p, o, self.first((s, p, o)))  # a relation may state it
                    break

    def mentions(self, eid: str, evidence: list[Evidence]):
        """The mention annotations of one entity in the current graph (`evidence`: its mentions
        in this graph)."""
        s = self.iris[eid]
        t = _iri_term(s)
        for ev in evidence:
            self.annotate(s, t, ev, "identifying", "mention")

    def relation(self, rel, evidence: list[Evidence]):
        """The part of a relation in the current graph (`evidence`: its evidence there; the
        relation is only called for graphs among its own)."""
        s, o = self.iris[rel.subject], self.iris[rel.object]
        p = predicate_iri(rel.predicate)
        digest = short_hash(f"{rel.subject}|{rel.predicate}|{rel.object}", 16)
        stmt = BASE + "id/assertion/" + digest
        sterm = "assertion:" + digest  # `_iri_term(stmt)`, a digest needs no look-up
        g = self.target
        self.add(g, s, p, o, self.first((s, p, o)))
        if rel.predicate in SUPER_PROPERTY:
            sup = SUPER_PROPERTY[rel.predicate]  # two predicates may share a super-property
            self.add(g, s, sup, o, self.first((s, sup, o)))
        core = self.first(stmt)  # the same in every graph that states the relation
        # the assertion's node in this graph is stated here alone: Turtle text at once
        lines = [f"a rdf:Statement , govkg:Assertion ;\n\t\trdf:subject {_iri_term(s)} ;\n"
                 f"\t\trdf:predicate {_iri_term(p)} ;\n\t\trdf:object {_iri_term(o)} ;\n"
                 f"\t\t{self.generated}"]
        rules = sorted(rel.rules)
        if rules:
            lines.append("govkg:rule " + " , ".join([_rule_lit(r) for r in rules]))
        self.own_node(sterm, lines, 6 + len(rules), core, evidence)
        for ev in evidence:
            self.annotate(stmt, sterm, ev, "describing", "relation")
        if rel.predicate == "holdsPost":
            self.membership(rel, stmt, core)

    def membership(self, rel, stmt: str, core: int):
        """A post as W3C ORG states it: the person holds an org:Post of the body (org:postIn)
        with an org:Role named by the post (副部长), and is a member of it (org:Membership) for
        the time the text gives (time:Interval beginning on the appointment date)."""
        g = self.target
        s, o = self.iris[rel.subject], self.iris[rel.object]
        mem = BASE + "id/membership/" + short_hash(f"{rel.subject}|{rel.object}", 16)
        # `core`: the membership is the relation's (one per person and body), so it is in the
        # union once with it; roles and posts are shared by many people, so they have keys
        self.add(g, mem, _TYPE, ORG + "Membership", core)
        self.add(g, mem, ORG + "member", s, core)
        self.add(g, mem, ORG + "organization", o, core)
        self.add(g, mem, PROV + "wasDerivedFrom", stmt, core)
        for item in getattr(rel, "posts", None) or []:
            name = item["post"]
            role = BASE + "id/role/" + short_hash(name, 12)
            bits = self.first(role)
            self.add(g, role, _TYPE, ORG + "Role", bits)
            self.add(g, role, RDFS + "label", _lit(name, ZH), bits)
            post = BASE + "id/post/" + short_hash(f"{rel.object}|{name}", 16)
            bits = self.first(post)
            self.add(g, post, _TYPE, ORG + "Post", bits)
            self.add(g, post, ORG + "postIn", o, bits)
            self.add(g, post, ORG + "role", role, bits)
            self.add(g, post, RDFS + "label", _lit(name, ZH), bits)
            bits = self.first((post, s))
            self.add(g, post, ORG + "heldBy", s, bits)
            self.add(g, s, ORG + "holds", post, bits)
            self.add(g, mem, ORG + "role", role, core)
            if item.get("status"):
                self.add(g, mem, GOVKG + "postStatus", _lit(item["status"]), core)
            if item.get("date") and _ISO_DATE.fullmatch(item["date"]):
                during = mem + "/during/" + item["date"]
                start = during + "/beginning"
                self.add(g, mem, ORG + "memberDuring", during, core)
                self.add(g, during, _TYPE, TIME + "Interval", core)
                self.add(g, during, TIME + "hasBeginning", start, core)
                self.add(g, start, _TYPE, TIME + "Instant", core)
                self.add(g, start, TIME + "inXSDDate", _typed(item["date"], "date"), core)

    def ref_area(self, metric) -> str:
        """sdmx-dimension:refArea: `kg.model.MetricPlaces`, the rule the API's tables use too."""
        place = self.places.place_of(metric)
        return self.iris[place] if place else UNSPECIFIED

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
        # in the order of their first metric ids: the order made, unless an id differs from
        # its key (no sort of 50,000 keys that are in order already)
        order = list(groups.items())
        firsts = [members[0][0] for members in groups.values()]
        if firsts != sorted(firsts):  # (a C-level check: no Python step per pair of groups)
            order.sort(key=lambda item: item[1][0][0])
        for key, members in order:
            m = members[0][1]
            area = key[2]
            self.indicators.add(m.indicator)
            if m.unit:  # an index's value has no unit (价格指数为102.1): no unit concept
                self.units.add(m.unit)
            if len(members) == 1 and len(m.evidence) == 1:  # most figures: said once (the
                mid = members[0][0]                           # general case's result, directly)
                ev = m.evidence[0]
                out.append((metric_iri(mid), m, area, [ev], sorted(m.rules),
                            {doc_graph_iri(ev.doc): (mid,)}))
                continue
            ids = [mid for mid, _m in members]
            evidence = _sorted_evidence({(e.doc, e.start, e.end, e.article or "", e.rule or ""): e
                                         for _mid, mm in members for e in mm.evidence}.values())
            rules = set().union(*(mm.rules for _mid, mm in members))
            obs = metric_iri(ids[0])
            # each document graph names only the metric ids stated in it: listing every id in
            # every graph was quadratic when one figure repeats across many documents
            ids_in: dict[str, set[str]] = {}
            for mid, mm in members:
                for g in {self.graph_for(ev) for ev in mm.evidence} or {ENTITIES_GRAPH}:
                    ids_in.setdefault(g, set()).add(mid)
            # held for the whole export: sorted tuples, not sets (a set of one id took 216
            # bytes, and these were a fifth of the export's memory)
            out.append((obs, m, area, evidence, sorted(rules),
                        {g: tuple(sorted(v)) for g, v in ids_in.items()}))
        return out

    def observation(self, entry: tuple, evidence: list[Evidence]):
        """The part of an observation in the current graph (`evidence`: its evidence there; it
        is only called for graphs among its own).  Each graph names the metric ids stated in it;
        the union names them all, with the rest of the description, the first time."""
        obs, m, area, _all_evidence, rules, ids_in = entry
        g = self.target
        core = self.first(obs)
        # every triple of the observation's node in this graph is stated here: `own_node`
        memo = self.memo
        period = m.period
        lines = ["a qb:Observation", _DATASET_LINE, memo.area[area],
                 memo.period[period] if not period or "/" not in period
                 else "sdmx-dimension:refPeriod " + _term(self.period_value(period))]
        if m.period_text:
            lines.append("govkg:periodText " + _lit(m.period_text, ZH))
        lines.append(memo.indicator[m.indicator])
        if m.concept:
            lines.append(memo.concept[m.concept])
        lines.append(memo.kind[m.kind])
        if m.status:  # a target or forecast (govkg:StatusTarget …)
            lines.append("govkg:figureStatus " + _iri_term(GOVKG + "Status" + m.status.capitalize()))
        if m.low is not None and m.high is not None:
            lines.append("govkg:lowValue " + _term(_number(m.low)))
            lines.append("govkg:highValue " + _term(_number(m.high)))
        if m.base:
            lines.append("govkg:baseFigure " + _iri_term(metric_iri(m.base)))
        lines += [memo.subject[m.subject],
                  "govkg:surfaceForm " + _lit(m.surface, ZH),
                  "sdmx-measure:obsValue " + _term(_number(m.value))]
        if m.unit:  # (an index's value has none)
            lines.append(memo.unit[m.unit])
        lines += [_APPROX_LINE[True] if m.approx else _APPROX_LINE[False], self.generated]
        n_core = len(lines) + len(rules)
        if rules:
            lines.append("govkg:rule " + " , ".join([_rule_lit(r) for r in rules]))
        ids = ids_in.get(g, ())  # sorted
        if not core & TURTLE:
            every = ()
        elif len(ids_in) == 1:  # stated in one graph (most): its ids, sorted and distinct
            (every,) = ids_in.values()
        else:
            every = sorted(set().union(*ids_in.values()))
        # the observation's own IRI: not kept in `_iri_term`'s cache (it is formatted in one or
        # a few graphs, and would push out the terms that repeat)
        term = _iri_term.__wrapped__(obs)
        self.own_node(term, lines, n_core, core, evidence, ids, every)
        for ev in evidence:
            self.annotate(obs, term, ev, "describing", "metric")

    def own_node(self, term: str, lines: list[str], n_core: int, core: int, evidence,
                 ids=(), every=()):
        """A node whose triples in the current graph are all stated by one call (an
        observation, an assertion; `term`: its Turtle term), as Turtle text:
        `dcterms:identifier` `ids` (TriG) or
        `every` (Turtle), the `lines` (`n_core` triples, in the outputs of `core`), and
        `prov:wasDerivedFrom` each article or document of `evidence` (both outputs).  Formatted
        at once instead of triple by triple through `add` (a third of the export's time)."""
        cur = self.current
        sources = {}
        for ev in evidence:
            if ev.article:
                t = cur.article_term(ev.article) if cur.doc == ev.doc \
                    else _iri_term(article_iri(ev.doc, ev.article))
            else:
                t = _iri_term(doc_iri(ev.doc))
            sources[t] = None
        derived = " ;\n\t\tprov:wasDerivedFrom " + " , ".join(sources) if sources else ""
        subject = "\t" + term + " "
        tail = " ;\n\t\t".join(lines) + derived + " .\n"
        text = (subject + "dcterms:identifier " + " , ".join([_lit(i) for i in ids])
                + " ;\n\t\t" + tail if ids else subject + tail)
        cur.trig_text.append(text)
        cur.trig_quads += len(ids) + n_core + len(sources)
        if core & TURTLE:
            if every != ids:  # else (a node stated in this graph alone: most) the same text
                text = (subject + "dcterms:identifier " + " , ".join([_lit(i) for i in every])
                        + " ;\n\t\t" + tail if every else subject + tail)
            cur.ttl_text.append(text)
            cur.ttl_quads += len(every) + n_core + len(sources)
        elif sources:
            cur.ttl_text.append(subject + derived[5:] + " .\n")
            cur.ttl_quads += len(sources)

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
        g = self.target  # described in each graph that uses it, once in the union
        bits = self.first(iri)
        self.add(g, iri, _TYPE, TIME + "ProperInterval", bits)
        self.add(g, iri, RDFS + "label", _lit(period), bits)
        self.add(g, iri, GOVKG + "periodStart", _typed(start, t1), bits)
        self.add(g, iri, GOVKG + "periodEnd", _typed(end, t2), bits)
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


_HASH_BATCH = 32  # items per encoder call in `content_hash` (the call's own cost, ~5 µs, was
# a tenth of the hash; a few dozen items' dicts at a time keep its memory small)


def _batches(items, n: int):
    """`items` in lists of up to `n` (none empty), in order."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


_EXPORT_MODULES = ("export/rdf.py", "model.py", "schema.py")  # what shapes the RDF of an extraction


@lru_cache(maxsize=1)
def export_version() -> str:
    """Digest of the RDF export's code: `kg.__version__` and the source of the modules that
    shape the triples (this one, the model and its MetricPlaces rule, the schema's classes)."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(software_version().encode("utf-8") + b"\0")
    for rel in _EXPORT_MODULES:
        h.update(rel.encode("utf-8") + b"\0" + (root / rel).read_bytes() + b"\0")
    return h.hexdigest()


def build_key(extraction: Extraction) -> str:
    """The local name of the build IRI (`build/{key}`).  For an extraction made by a build
    (`Extraction.inputs` set): a digest of its inputs (each document's cache key, the extractor
    version with its configuration) and of the export's code (`export_version`), so the same
    corpus, code and configuration give the same IRI whatever the engine or `-j`, and a change
    to any gives another, at the cost of hashing the texts once (milliseconds) where the
    content hash (below) encoded the whole extraction (a fifth of the export).  Otherwise (an
    extraction made another way) the content hash."""
    inputs = getattr(extraction, "inputs", None)
    if not inputs:
        return content_hash(extraction)
    return hashlib.sha1(f"{inputs}\0{export_version()}".encode("ascii")).hexdigest()[:16]


def content_hash(extraction: Extraction) -> str:
    """Digest of everything the export depends on (the extraction and the document texts).

    The digest of `json.dumps(extraction.to_json(), sort_keys=True)` and the texts, computed
    piecewise: the JSON text is produced one document, entity, metric and relation at a time
    (the whole tree and string were ~1 GB on a 100 MB corpus)."""
    empty = Extraction().to_json()
    if type(extraction).to_json is not Extraction.to_json or sorted(empty) != _TO_JSON_KEYS:
        return _content_hash_full(extraction)  # a to_json this piecewise form does not know
    # no circular-reference bookkeeping (to_json gives trees): the same text, 20% less time
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str,
                              check_circular=False).encode
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
    size = 0  # characters in buf: flushed by size (4,096 entities of a big corpus were 40 MB)
    for n, (name, items) in enumerate(parts):
        buf.append(("" if n == 0 else ", ") + encode(name) + ": [")
        sep = ""
        for batch in _batches(items, _HASH_BATCH):
            # a list's JSON is its items' JSON joined by ", " (the encoder's item separator)
            # between brackets: one encoder call per batch, the same text as one per item
            text = sep + encode(batch)[1:-1]
            sep = ", "
            buf.append(text)
            size += len(text)
            if size >= 1 << 18:
                h.update("".join(buf).encode("utf-8"))
                buf, size = [], 0
        buf.append("]")
    buf.append(', "schema": ' + encode(empty["schema"]) + "}")
    h.update("".join(buf).encode("utf-8"))
    for doc_id in sorted(x.texts):
        h.update(b"\0" + doc_id.encode("utf-8") + b"\0" + x.texts[doc_id].encode("utf-8"))
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------- serialisation
# The writers below format the graphs themselves (Turtle, TriG, N-Quads are plain text and every
# term here is an IRI we minted or a literal already in its N-Triples form): handing N-Quads to
# pyoxigraph's parser and serialiser made a Python object per quad and twice the work.

# The files declare one prefix more than the SPARQL queries (`doc:`, each span's oa:hasSource),
# and each document graph is preceded by two of its own (`_doc_prefixes`): `d:` its document
# and `s:` its spans.  Prefixes change no triple; they took provenance from ~1 KB per mention
# to about half.
_FILE_PREFIXES = {**PREFIXES, "doc": BASE + "doc/"}
_NS_PREFIX = {ns: name for name, ns in sorted(_FILE_PREFIXES.items())}
_PN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")  # a safe PN_LOCAL
_XSD_TYPED = "^^<" + XSD
HEADER = "".join(sorted(f"@prefix {name}: <{ns}> .\n" for name, ns in _FILE_PREFIXES.items()))


def _doc_prefixes(doc_id: str) -> str:
    """The directives before a document's graph: Turtle and TriG allow `@prefix` between
    top-level blocks, and a later one rebinds the name, so each graph has its own `d:`
    (`doc/{doc}/`: articles) and `s:` (`doc/{doc}/span/`: spans, `s:495-499` and, `/` escaped
    as PN_LOCAL wants it, `s:495-499\\/position`)."""
    d = doc_iri(doc_id)
    return f"@prefix d: <{d}/> .\n@prefix s: <{d}/span/> .\n"


@lru_cache(maxsize=1 << 16)
def _local_term(iri: str, ns: str) -> str:
    """`iri` under the graph's own namespace `ns` (`doc/{doc}/`): `s:{start}-{end}` for a span,
    `d:{local}` for an article, else the usual term."""
    rest = iri[len(ns):]
    if rest.startswith("span/"):
        rest = rest[5:]
        if "/" not in rest and _PN_LOCAL.match(rest):
            return "s:" + rest
    elif "/" not in rest and _PN_LOCAL.match(rest):
        return "d:" + rest
    return _iri_term(iri)


@lru_cache(maxsize=1 << 17)
def _iri_term(iri: str) -> str:
    """An IRI in Turtle: `prefix:local` when a declared namespace and a plain local name allow
    it, else `<iri>`."""
    k = max(iri.rfind("/"), iri.rfind("#"))
    name = _NS_PREFIX.get(iri[:k + 1])
    if name is not None and _PN_LOCAL.match(iri, k + 1):
        return f"{name}:{iri[k + 1:]}"
    return f"<{iri}>"


def _term(o: str) -> str:
    """An object in Turtle: literals keep their N-Triples form (xsd datatypes prefixed)."""
    if o[0] != '"':
        return _iri_term(o)
    if o[-1] == ">":  # only a typed literal ends with '>'
        i = o.rfind(_XSD_TYPED)
        if i > 0:
            return o[:i] + "^^xsd:" + o[i + len(_XSD_TYPED):-1]
    return o


_DATASET_LINE = "qb:dataSet " + _iri_term(DATASET)  # every observation's, formatted once
_APPROX_LINE = {v: "govkg:approximate " + _term(_bool(v)) for v in (True, False)}


# a predicate and the space after it, as `_turtle_blocks` writes it (a few hundred predicates)
_PREDICATE_TEXT = _Memo(lambda p: ("a" if p == _TYPE else _iri_term(p)) + " ")


def _turtle_blocks(graph: _Graph) -> tuple[str, str, int, int]:
    """The named graph's body for TriG and its share of the union for Turtle (the triples that
    carry TRIG, TURTLE), one subject per statement with `;` and `,` lists, and their counts.
    One pass: a subject whose triples all go to both outputs (most) is formatted once."""
    trig: list[str] = []
    ttl: list[str] = []
    n = m = 0
    sep = " ;\n\t\t"
    both = TRIG | TURTLE
    _term = _term_in(graph)
    partial = graph.partial
    pred = _PREDICATE_TEXT
    for s, preds in graph.nodes.items():
        mixed = False
        if s in partial:  # a triple for one output only was added: are its bits still so?
            for objs in preds.values():
                for b in objs.values():
                    if b != both:
                        mixed = True
                        break
        subject = "\t" + _term(s) + " "
        if not mixed:
            plist = []
            k = 0
            for p, objs in preds.items():
                plist.append(pred[p] + " , ".join([_term(o) for o in objs]))
                k += len(objs)
            text = subject + sep.join(plist) + " .\n"
            trig.append(text)
            ttl.append(text)
            n += k
            m += k
            continue
        for bit, out in ((TRIG, trig), (TURTLE, ttl)):
            parts = []
            for p, objs in preds.items():
                terms = [_term(o) for o, b in objs.items() if b & bit]
                if terms:
                    if bit == TURTLE:
                        m += len(terms)
                    else:
                        n += len(terms)
                    parts.append(("a" if p == _TYPE else _iri_term(p)) + " " + " , ".join(terms))
            if parts:
                out.append(subject + sep.join(parts) + " .\n")
    return "".join(trig), "".join(ttl), n, m


def _term_in(graph: _Graph):
    """The term formatter for `graph`'s nodes: `_term`, with its document's spans and articles
    under the graph's own prefixes (`_doc_prefixes`)."""
    if graph.doc is None:
        return _term
    ns = doc_iri(graph.doc) + "/"

    def term(o: str) -> str:
        if o.startswith(ns):
            return _local_term(o, ns)
        return _term(o)
    return term


def _trig_graph(graph: _Graph) -> tuple[str, str, int, int]:
    """Graph `graph` as a TriG block (after its own prefixes), its share of the union as
    Turtle (after them too), and their counts."""
    body, union, n, m = _turtle_blocks(graph)
    text = "".join(graph.text)
    body += "".join(graph.trig_text)
    union += "".join(graph.ttl_text) + text
    n += graph.trig_quads
    m += graph.ttl_quads
    if graph.doc is not None:
        head = _doc_prefixes(graph.doc)
        return (f"{head}<{graph.iri}> {{\n{body}{text}}}\n", head + union if union else "",
                n + graph.text_quads, m + graph.text_quads)
    return (f"<{graph.iri}> {{\n{body}{text}}}\n", union, n + graph.text_quads,
            m + graph.text_quads)


def _write_graph(graph: _Graph, trig, ttl) -> tuple[int, int]:
    """Write `graph` to the open TriG and Turtle files: the bytes of `_trig_graph`, with the
    Turtle text that both files hold (annotations, spans: most of it) joined and encoded once
    instead of once per file.  Returns the quads and union triples written."""
    body, union, n, m = _turtle_blocks(graph)
    text = "".join(graph.text).encode("utf-8")
    union += "".join(graph.ttl_text)
    head = _doc_prefixes(graph.doc) if graph.doc is not None else ""
    trig.write(f"{head}<{graph.iri}> {{\n{body}{''.join(graph.trig_text)}".encode("utf-8"))
    trig.write(text)
    trig.write(b"}\n")
    if union or text:
        ttl.write((head + union).encode("utf-8"))
        ttl.write(text)
    return (n + graph.trig_quads + graph.text_quads, m + graph.ttl_quads + graph.text_quads)


class _Export:
    """One export, built graph by graph in a single pass: only one graph's triples are in memory
    at a time, and each is written to the TriG file (as its named graph) and to the Turtle file
    (the union: what earlier graphs did not write already) as it comes.  Both files live in a
    temporary directory until they are moved to their outputs, so a build that writes Turtle and
    TriG builds the graph once."""

    def __init__(self, extraction: Extraction, key: str, build: str, workdir=None):
        self.key = key  # what `_export` reuses it by (`_keys`)
        # under the build's own temporary directory in --out when given (a killed build then
        # leaves nothing in the system's temp directory, and the next build removes it)
        self._tmp = tempfile.TemporaryDirectory(prefix="govkg-rdf-", dir=workdir,
                                                ignore_cleanup_errors=True)
        self.dir = Path(self._tmp.name)
        self.trig = self.dir / "graph.trig"
        self.ttl = self.dir / "graph.ttl"
        self.written: set[str] = set()
        self.quads = self.triples = 0
        b = _Builder(extraction, build)
        header = HEADER.encode("utf-8")
        with open(self.trig, "wb") as trig, open(self.ttl, "wb") as ttl:
            trig.write(header)
            ttl.write(header)
            for g in b.graphs():
                n, m = _write_graph(b.graph(g), trig, ttl)
                self.quads += n
                self.triples += m
        STATS.update(quads=self.quads, union_triples=self.triples)

    def file(self, kind: str) -> Path:
        return self.trig if kind == "trig" else self.ttl

    def turtle(self, output=None):
        """Write the union as Turtle to `output` (a path), or return it as bytes."""
        if output is None:
            return self.ttl.read_bytes()
        shutil.copyfile(self.ttl, output)
        return None

    def close(self) -> None:
        self._tmp.cleanup()


STATS: dict[str, int] = {}  # the last export's quads (TriG) and triples (Turtle), for benchmarks

# The build writes Turtle and TriG from the same extraction one after the other: the last
# export is kept (keyed by its content hash, or by the token of an `unchanged` block; at most
# one, its files in a temporary directory) until both files have been written from it, or
# another export replaces it.
_LAST: _Export | None = None


def _written(export: _Export, kind: str) -> None:
    global _LAST
    export.written.add(kind)
    if export.written >= {"trig", "turtle"} and _LAST is export:
        _LAST = None
        export.close()


# Extractions that a build promises not to change while it writes them (`unchanged`): the
# Turtle, TriG and N-Quads files written from one share an export (and its build key) without
# hashing its content to tell whether it changed.
_UNCHANGED: dict[int, tuple[str, str | None]] = {}  # id -> (the block's token, build key)
_BLOCKS = iter(range(1, 1 << 62))


@contextmanager
def unchanged(extraction: Extraction):
    """Within this block `extraction` is not modified: the Turtle, TriG and N-Quads files
    written from it share one export, reused by a token of the block (no content hash)."""
    _UNCHANGED[id(extraction)] = (f"unchanged-{next(_BLOCKS)}", None)
    try:
        yield
    finally:
        _UNCHANGED.pop(id(extraction), None)


def _keys(extraction: Extraction) -> tuple[str, str]:
    """(reuse key, build key): the reuse key tells whether the last export (`_LAST`) may serve
    `extraction` (the block's token inside `unchanged`, else its content hash: an extraction
    may change between two calls while its inputs do not); the build key names the build."""
    k = id(extraction)
    if k not in _UNCHANGED:
        digest = content_hash(extraction)
        if getattr(extraction, "inputs", None) is None:
            return digest, digest
        build = build_key(extraction)  # the same content from other inputs: another IRI
        return f"{digest}/{build}", build
    token, key = _UNCHANGED[k]
    if key is None:
        key = build_key(extraction)
        _UNCHANGED[k] = (token, key)
    return token, key


def _export(extraction: Extraction, workdir=None, kind: str = "trig") -> _Export:
    global _LAST
    reuse, key = _keys(extraction)
    if _LAST is None or _LAST.key != reuse or not _LAST.file(kind).exists():
        if _LAST is not None:
            _LAST.close()
        _LAST = None
        _LAST = _Export(extraction, reuse, key, workdir)
    return _LAST


def _hand_over(export: _Export, kind: str, path) -> None:
    """Move the export's file to `path` (a rename when both are on one file system: the bytes
    are written once), else copy it.  Asked for again, the export is built again."""
    src = export.file(kind)
    try:  # os.rename, not os.replace: this is no output's final rename (those are the build's)
        os.rename(src, path)
    except OSError:  # another file system, or (Windows) `path` exists
        shutil.copyfile(src, path)


def _nquads_chunks(extraction: Extraction):
    """N-Quads graph by graph: each graph's TriG through pyoxigraph's parser and serialiser
    (N-Quads is a hand-over format, not a default output)."""
    b = _Builder(extraction, _keys(extraction)[1])
    header = HEADER.encode("utf-8")
    for g in b.graphs():
        block = header + _trig_graph(b.graph(g))[0].encode("utf-8")
        yield ox.serialize(ox.parse(block, format=ox.RdfFormat.TRIG),
                           format=ox.RdfFormat.N_QUADS)


def nquads(extraction: Extraction) -> bytes:
    """The export as N-Quads (graph by graph; also a good bulk-load format for other stores)."""
    return b"".join(_nquads_chunks(extraction))


def quads(extraction: Extraction) -> list[ox.Quad]:
    """All quads of the export, in the order of `nquads`."""
    return list(ox.parse(nquads(extraction), format=ox.RdfFormat.N_QUADS))


def triples(extraction: Extraction) -> list[ox.Triple]:
    """The union of all graphs (each triple once), in the order of the Turtle file."""
    return list(ox.parse(serialize_turtle(extraction), format=ox.RdfFormat.TURTLE))


def serialize_trig(extraction: Extraction) -> bytes:
    return _export(extraction, kind="trig").trig.read_bytes()


def serialize_turtle(extraction: Extraction) -> bytes:
    return _export(extraction, kind="turtle").turtle()


def _build_dir(path) -> Path | None:
    """The build's temporary directory in --out when `path` is inside one (`write_outputs`),
    so the export's own temporaries die with it; None (the system's) for a direct call."""
    parent = Path(path).parent
    return parent if parent.name.startswith(".kg-build-") else None


# The TriG file last handed over inside an `unchanged` block: (the block's token, its path).
# N-Quads written later in the block are read from it instead of building every graph again.
_TRIG_AT: tuple[str, Path] | None = None


def write_trig(extraction: Extraction, path, **_opts) -> None:
    global _TRIG_AT
    export = _export(extraction, _build_dir(path), "trig")
    _hand_over(export, "trig", path)
    _TRIG_AT = (export.key, Path(path)) if id(extraction) in _UNCHANGED else None
    _written(export, "trig")


def _trig_of(extraction: Extraction) -> Path | None:
    """A TriG file already written of `extraction` inside its `unchanged` block (the export's
    own, or the one handed over in this block), else None.  Only inside a block: the file is
    then the build's staged output, which nothing changes before the build ends."""
    if id(extraction) not in _UNCHANGED:
        return None
    reuse = _keys(extraction)[0]
    if _LAST is not None and _LAST.key == reuse and _LAST.trig.is_file():
        return _LAST.trig
    if _TRIG_AT is not None and _TRIG_AT[0] == reuse and _TRIG_AT[1].is_file():
        return _TRIG_AT[1]
    return None


def write_nquads(extraction: Extraction, path, **_opts) -> None:
    """N-Quads: the bulk-load format of Fuseki (tdb2.tdbloader), QLever and oxigraph.  After
    the TriG file of the same build, its quads are read from it in one parse (the same bytes as
    graph by graph: the TriG file is those graphs' blocks after one header, each block declaring
    the prefixes it uses, and no blank nodes): 2 MB of news took 1.4 CPU-s, now 0.5."""
    trig = _trig_of(extraction)
    if trig is not None:
        with open(path, "wb") as f:
            ox.serialize(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG), output=f,
                         format=ox.RdfFormat.N_QUADS)
        return
    with open(path, "wb") as f:
        for chunk in _nquads_chunks(extraction):
            f.write(chunk)


def write_turtle(extraction: Extraction, path, **_opts) -> None:
    export = _export(extraction, _build_dir(path), "turtle")
    _hand_over(export, "turtle", path)
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
        nt = ox.serialize(ox.parse(serialize_turtle(data), format=ox.RdfFormat.TURTLE),
                          format=ox.RdfFormat.N_TRIPLES)
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
