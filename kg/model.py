"""The one data model every stage shares.

A `Doc` is what flows through the pipeline (like spaCy's Doc): each stage reads some of its
fields and writes others.  After extraction, docs are merged into an `Extraction`, which is what
the exporters and `kg eval` see, and what serialises to the govkg-extraction/1 exchange format.

Offsets are code-point offsets into `Doc.text` (the decoded input, before any normalisation);
article text is a re-joined view of the page and carries an `OffsetMap` back to the source.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from . import schema as _schema

SCHEMA = "govkg-extraction/1"

ENTITY_TYPES = _schema.TYPE_NAMES  # the types and predicates are defined once, in kg/schema.py
PREDICATES = _schema.PREDICATE_NAMES


@lru_cache(maxsize=8192)
def short_hash(text: str, n: int = 10) -> str:
    """Stable short hex digest: used for ids that must not contain Chinese text (remembered: the
    stages ask for the ids of the same names again and again)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def slug(text: str) -> str:
    """ASCII slug of `text`; non-ASCII runs become a hash so ids stay stable and IRI-safe."""
    ascii_part = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if ascii_part and ascii_part.isascii() and re.fullmatch(r"[A-Za-z0-9./_\- ]+", text):
        return ascii_part[:80]
    return (ascii_part[:40] + "-" if ascii_part else "") + short_hash(text)


# --------------------------------------------------------------------------- offsets

@dataclass
class OffsetMap:
    """Maps positions in a re-joined text back to the source text.

    `pieces` are (view_start, source_start, length) for each copied run; characters inserted by
    the joiner (paragraph separators) map to no source position.
    """
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    # view starts of `pieces`, rebuilt when pieces were added (a declared index, not a hidden cache)
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, view_start: int, source_start: int, length: int) -> None:
        if length > 0:
            self.pieces.append((view_start, source_start, length))

    def _find(self, i: int) -> tuple[int, int, int] | None:
        starts = self._starts
        if starts is None or len(starts) != len(self.pieces):
            starts = self._starts = [p[0] for p in self.pieces]
        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            return None
        piece = self.pieces[k]
        if piece[0] <= i < piece[0] + piece[2]:
            return piece
        return None

    def to_source(self, i: int) -> int | None:
        piece = self._find(i)
        return None if piece is None else piece[1] + (i - piece[0])

    def span_to_source(self, start: int, end: int) -> tuple[int, int] | None:
        """Source span covering view[start:end]; None if either end is synthetic.  (`to_source`
        of both ends, but most spans lie in one piece: then one bisection, not two; every
        mention and piece of evidence asks.)"""
        if end <= start:
            return None
        piece = self._find(start)
        if piece is None:
            return None  # synthetic joiner
        s = piece[1] + (start - piece[0])
        last = end - 1
        if last >= piece[0] + piece[2]:  # the span runs on into a later piece
            piece = self._find(last)
            if piece is None:
                return None
        e = piece[1] + (last - piece[0])
        if e < s:
            return None  # a join back to an earlier part of the page
        return s, e + 1


# --------------------------------------------------------------------------- documents

@dataclass
class Caption:
    """A photo caption: kept as article metadata, never body text."""
    text: str
    start: int
    end: int
    credit: str | None = None


@dataclass
class Section:
    """A run of article text with a role: title, subtitle, heading, body or caption."""
    kind: str
    start: int  # in Article.text
    end: int


@dataclass
class Sentence:
    start: int  # in Article.text
    end: int
    src_start: int  # in Doc.text
    src_end: int
    text: str
    section: str = "body"


@dataclass
class Article:
    """One story of a document.  `text` is the re-joined, extractable text (title, subtitle,
    headings, body, captions), `spans` the source spans of its body in reading order."""
    id: str
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    captions: list[Caption] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    place: str | None = None  # entity key of the article's own place (resolved)
    date: str | None = None  # publication date, ISO 8601 (stages/dates.py)
    # start offsets of `sentences` and `sections`, rebuilt when those lists changed length
    _sentence_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _section_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def body(self) -> str:
        return "\n".join(self.text[s.start:s.end] for s in self.sections if s.kind == "body")

    def sentence_at(self, i: int) -> Sentence | None:
        """The sentence holding article position i (by bisection: stages ask for every mention)."""
        starts = self._sentence_starts
        if starts is None or len(starts) != len(self.sentences):
            starts = self._sentence_starts = [s.start for s in self.sentences]
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and self.sentences[k].start <= i < self.sentences[k].end:
            return self.sentences[k]
        return None

    def section_at(self, i: int) -> Section | None:
        """The section (title, heading, body, caption) holding article position i; sections are
        sorted, so this is a bisection, not a scan."""
        starts = self._section_starts
        if starts is None or len(starts) != len(self.sections):
            starts = self._section_starts = [s.start for s in self.sections]
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and self.sections[k].start <= i < self.sections[k].end:
            return self.sections[k]
        return None

    def section_before(self, sec: Section) -> Section | None:
        """The section right before `sec` (the paragraph before a body paragraph), or None: the same
        bisection over the sorted starts as `section_at`."""
        self.section_at(sec.start)  # (fills the starts once)
        k = bisect.bisect_left(self._section_starts, sec.start)
        return self.sections[k - 1] if k > 0 else None


# The records a merged extraction holds by the million (Mention during extraction; Evidence,
# Entity, Relation, Metric after the merge) are slotted: no per-object __dict__, which was
# about a third of the merged extraction's memory (issue 17).  Nothing may add an attribute
# that is not a field.
@dataclass(slots=True)
class Mention:
    """A span of the source that names something; `key` is filled in by resolution."""
    start: int  # in Doc.text
    end: int
    surface: str
    label: str  # entity type
    article: str
    rule: str
    norm: str | None = None  # canonical name proposed by the stage that found it
    key: str | None = None  # entity key after resolution
    attrs: dict[str, Any] = field(default_factory=dict)
    astart: int = -1  # in Article.text (for stages that work on article text)
    aend: int = -1


@dataclass(slots=True)
class Evidence:
    doc: str
    source: str
    start: int
    end: int
    article: str | None = None
    quote: str | None = None  # the source sentence the fact rests on
    rule: str | None = None
    surface: str | None = None  # for mentions: text[start:end]; the sentence is in `quote`
    sentence_start: int | None = None  # for mentions: where `quote` starts in the source

    def to_json(self, sentences: "SentenceTable | None" = None) -> dict:
        """The evidence as JSON.  Its sentence is not written here but referred to by
        `sentence_start`/`sentence_end` (source offsets); the text goes into `sentences`, the
        document's table that `Extraction.to_json` writes once per sentence, however many facts
        rest on it (inline, a 50 KB sentence with 10,000 mentions was 500 MB of JSON)."""
        d = {"doc": self.doc, "source": self.source, "start": self.start, "end": self.end}
        if self.article:
            d["article"] = self.article
        if self.surface is not None:
            d["surface"] = self.surface
        if self.quote is not None:
            s = self.sentence_start if self.sentence_start is not None else self.start
            d["sentence_start"], d["sentence_end"] = s, s + len(self.quote)
            if sentences is not None and not sentences.add(self.doc, s, self.quote):
                d["sentence"] = self.quote  # no document to hold it: inline
        if self.rule:
            d["rule"] = self.rule
        return d

    def sort_key(self):
        return (self.doc, self.start, self.end, self.rule or "")

    @classmethod
    def from_json(cls, d: dict) -> "Evidence":
        """The evidence of one JSON object written by `to_json` (its sentence text under
        `sentence`, as `attach_sentences` puts it back)."""
        return cls(**{name: d[key] for name, key in _EVIDENCE_KEYS.items() if key in d})


def _in_order(evidence: list) -> list:
    """`evidence` sorted by `Evidence.sort_key`; a list of one (most facts' evidence) as it is,
    with no key call nor new list (`to_json` runs once per fact in every JSON export)."""
    return sorted(evidence, key=Evidence.sort_key) if len(evidence) > 1 else evidence


# JSON key of each Evidence field (the exchange format calls the quoted sentence "sentence")
_EVIDENCE_KEYS = {f.name: ("sentence" if f.name == "quote" else f.name) for f in fields(Evidence)}


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    code: str | None = None
    level: str | None = None
    mentions: list[Evidence] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    attrs: dict[str, Any] = field(default_factory=dict)

    def merge(self, other: "Entity") -> None:
        self.aliases |= other.aliases | ({other.name} - {self.name})
        self.aliases.discard(self.name)
        self.code = self.code or other.code
        self.level = self.level or other.level
        self.mentions.extend(other.mentions)
        self.rules |= other.rules
        for k, v in other.attrs.items():
            self.attrs.setdefault(k, v)

    def to_json(self, sentences: "SentenceTable | None" = None) -> dict:
        d = {"id": self.id, "name": self.name, "type": self.type,
             "aliases": sorted(self.aliases), "code": self.code}
        if self.level:
            d["level"] = self.level
        d["rules"] = sorted(self.rules)
        d["mentions"] = [m.to_json(sentences) for m in _in_order(self.mentions)]
        return d


# the statuses of a decision taken on a proposal: a post proposed (nominated) and then appointed or
# elected in the same document was taken (拟任人选A列席会议…，会议任命A为副区长)
_DECIDED = ("appointed", "elected")


@dataclass(slots=True)
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: list[Evidence] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    posts: list[dict] = field(default_factory=list)  # holdsPost: {"post", "status", "date"} each

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)

    def add_post(self, post: str, status: str | None = None, date: str | None = None) -> None:
        """Keep every post a person holds in one body (党委书记 and 主任), each with its status
        (appointed, nominated, removed, former …) and date where the text gives them; a proposal
        decided later (nominated, then appointed) keeps the decision."""
        item = {"post": post, "status": status, "date": date}
        for old in self.posts:
            if old["post"] == post:
                decided = old["status"] == "nominated" and status in _DECIDED  # 拟任人选A…，任命A为…
                old["status"] = status if decided else old["status"] or status
                old["date"] = old["date"] or date
                return
        self.posts.append(item)

    def to_json(self, sentences: "SentenceTable | None" = None) -> dict:
        d = {"subject": self.subject, "predicate": self.predicate, "object": self.object}
        if self.posts:
            d["post"] = "、".join(p["post"] for p in self.posts)
            dates = sorted(p["date"] for p in self.posts if p["date"])
            if dates:
                d["date"] = dates[0]
            d["posts"] = [{k: v for k, v in p.items() if v} for p in self.posts]
        d["rules"] = sorted(self.rules)
        d["evidence"] = [e.to_json(sentences) for e in _in_order(self.evidence)]
        return d


@dataclass(slots=True)
class Metric:
    subject: str | None
    indicator: str
    value: float | int
    unit: str
    approx: bool
    surface: str
    period: str | None = None  # ISO 8601: 2011, 2011-06, 2011-01/2011-04, 2009-12-31
    evidence: list[Evidence] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    id: str = ""
    period_text: str | None = None  # the words of the period (今年1至4月)
    kind: str = "level"  # level, change, share, ratio, range (see stages/metrics.py)
    concept: str | None = None  # id of the indicator concept (resources/lexicon/indicators.tsv)
    low: float | int | None = None  # a range's bounds (3至5个: low 3, high 5, value 3)
    high: float | int | None = None
    base: str | None = None  # a change's or share's level metric (its id), when the text has it
    status: str | None = None  # target (a plan or goal: 力争…), forecast (预计…); None: a result

    @property
    def key(self) -> tuple:
        return (self.subject, self.indicator, self.value, self.unit, self.approx, self.period)

    def to_json(self, sentences: "SentenceTable | None" = None) -> dict:
        return {"id": self.id, "subject": self.subject, "indicator": self.indicator,
                "value": self.value, "unit": self.unit, "approx": self.approx,
                "period": self.period, "period_text": self.period_text, "kind": self.kind,
                "concept": self.concept, **({"low": self.low, "high": self.high}
                                            if self.low is not None else {}),
                **({"base": self.base} if self.base else {}),
                **({"status": self.status} if self.status else {}),
                "surface": self.surface, "rules": sorted(self.rules),
                "evidence": [e.to_json(sentences) for e in _in_order(self.evidence)]}


@dataclass
class Doc:
    """One input document as it flows through the pipeline."""
    id: str
    source: str  # path as given relative to the input root (or file name), or jsonl record
    text: str
    title: str | None = None
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    tokens: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)  # per article
    quantities: dict[str, list] = field(default_factory=dict)  # per article: numbers.Quantity
    # the text and title as written, while the stages read a simplified copy of a page in
    # traditional script (`simplified` sets them, `as_written` puts them back): None otherwise
    written: str | None = None
    written_title: str | None = None
    # article id -> Article, rebuilt when articles were added (documents can hold hundreds)
    _article_index: dict[str, Article] | None = field(default=None, init=False, repr=False,
                                                      compare=False)
    # relation key -> (relation, the source spans of its evidence), rebuilt when relations changed
    _relation_index: dict | None = field(default=None, init=False, repr=False, compare=False)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if none), through an index: stages look one up
        for every mention."""
        index = self._article_index
        if index is None or len(index) != len(self.articles):
            index = self._article_index = {a.id: a for a in reversed(self.articles)}  # first wins
        return index[article_id]

    def add_relation(self, subject: str, predicate: str, obj: str, evidence: Evidence,
                     rule: str) -> None:
        """Add a relation, or add evidence and a rule to the one with the same key: one Relation
        per (subject, predicate, object) in a document, each evidence span once.  A relation of
        an entity to itself, or with an empty end, is no fact and is not added."""
        if subject == obj or not subject or not obj:
            return
        index = self._relation_index
        if index is None or len(index) != len(self.relations):
            index = self._relation_index = {
                r.key: (r, {(e.start, e.end) for e in r.evidence}) for r in self.relations}
        found = index.get((subject, predicate, obj))
        if found is not None:
            r, spans = found
            if (evidence.start, evidence.end) not in spans:
                spans.add((evidence.start, evidence.end))
                r.evidence.append(evidence)
            r.rules.add(rule)
            return
        r = Relation(subject, predicate, obj, [evidence], {rule})
        self.relations.append(r)
        index[r.key] = (r, {(evidence.start, evidence.end)})

    def evidence(self, article: Article, astart: int, aend: int, rule: str | None = None,
                 whole_sentence: bool = True) -> Evidence:
        """Evidence for an article-text span: the source span of its sentence (or itself)."""
        if whole_sentence:
            sent = article.sentence_at(astart)
            if sent is not None:
                return Evidence(self.id, self.source, sent.src_start, sent.src_end, article.id,
                                self.text[sent.src_start:sent.src_end], rule)
        span = article.offsets.span_to_source(astart, aend) or (0, 0)
        return Evidence(self.id, self.source, span[0], span[1], article.id,
                        self.text[span[0]:span[1]], rule)

    def add_mention(self, article: Article, astart: int, aend: int, label: str, rule: str,
                    norm: str | None = None, **attrs) -> Mention | None:
        """Record a mention found in article text; None when it spans a synthetic joiner."""
        span = article.offsets.span_to_source(astart, aend)
        if span is None:
            return None
        m = Mention(span[0], span[1], self.text[span[0]:span[1]], label, article.id, rule,
                    norm=norm, attrs=attrs, astart=astart, aend=aend)
        self.mentions.append(m)
        return m

    def document_json(self) -> dict:
        return {"id": self.id, "source": self.source, "title": self.title, "date": self.date,
                "articles": [{"id": a.id, "title": a.title, "subtitle": a.subtitle,
                              "authors": a.authors, "dateline": a.dateline,
                              "captions": [{"text": c.text, "credit": c.credit,
                                            "start": c.start, "end": c.end} for c in a.captions],
                              "place": a.place, "date": a.date,
                              "spans": [list(s) for s in a.spans]} for a in self.articles]}


@dataclass
class Extraction:
    """Everything extracted from a corpus, merged across documents."""
    documents: list[dict] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Relation] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # doc id -> text (for HTML snippets)
    # digest of the build's inputs (`kg.cache.inputs_digest`: every document's cache key and the
    # extractor version), set by `kg.builder.extract`; the RDF build IRI hashes it (None: an
    # extraction made another way, whose build IRI hashes its content instead)
    inputs: str | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict:
        """The govkg-extraction/1 object.  Each document lists the sentences its evidence quotes
        (`sentences`: start, end, text), once each; evidence points at them by offsets."""
        table = self.sentence_table()
        entities = [self.entities[k].to_json(table) for k in sorted(self.entities)]
        relations = [self.relations[k].to_json(table) for k in sorted(self.relations)]
        metrics = [self.metrics[k].to_json(table) for k in sorted(self.metrics)]
        return {
            "schema": SCHEMA,
            "documents": [dict(d, sentences=table.rows(d["id"]))
                          for d in sorted(self.documents, key=lambda d: d["id"])],
            "entities": entities,
            "relations": relations,
            "metrics": metrics,
        }

    def sentence_table(self) -> "SentenceTable":
        """The documents' sentence tables, filled in the order `to_json` writes evidence (so
        which of two clashing texts is stored and which is written inline is the same)."""
        table = SentenceTable({d["id"] for d in self.documents})
        by_doc = table.by_doc
        ents, rels, mets = self.entities, self.relations, self.metrics
        groups = itertools.chain((ents[k].mentions for k in sorted(ents)),
                                 (rels[k].evidence for k in sorted(rels)),
                                 (mets[k].evidence for k in sorted(mets)))
        # `SentenceTable.add`, inlined (once per evidence: a third of the JSON export's time
        # went to its calls and to sorting lists of one), each list sorted only when longer
        key = Evidence.sort_key
        for evs in groups:
            for ev in (sorted(evs, key=key) if len(evs) > 1 else evs):
                quote = ev.quote
                if quote is not None:
                    spans = by_doc.get(ev.doc)
                    if spans is not None:
                        s = ev.start if ev.sentence_start is None else ev.sentence_start
                        spans.setdefault((s, s + len(quote)), quote)
        return table

    @classmethod
    def from_json(cls, data: dict) -> "Extraction":
        """The model behind a govkg-extraction/1 object: the inverse of `to_json`, kept beside
        it so that a field added to one is added to the other.  Evidence gets its sentence text
        back from the documents' sentence tables; the caller's dict is not changed."""
        schema = data.get("schema")
        if schema != SCHEMA:
            raise ValueError(f"not a {SCHEMA} extraction (schema: {schema!r})")
        data = attach_sentences(_evidence_copies(data))
        ex = cls(documents=[dict(d) for d in data.get("documents", [])])
        for e in data.get("entities", []):
            ex.entities[e["id"]] = Entity(
                e["id"], e["type"], e["name"], set(e.get("aliases") or ()), e.get("code"),
                e.get("level"), [Evidence.from_json(m) for m in e.get("mentions") or ()],
                set(e.get("rules") or ()))
        for r in data.get("relations", []):
            rel = Relation(r["subject"], r["predicate"], r["object"],
                           [Evidence.from_json(v) for v in r.get("evidence") or ()],
                           set(r.get("rules") or ()))
            for p in r.get("posts") or ():
                rel.add_post(p["post"], p.get("status"), p.get("date"))
            ex.relations[rel.key] = rel
        for m in data.get("metrics", []):
            ex.metrics[m["id"]] = Metric(
                m.get("subject"), m["indicator"], m["value"], m["unit"], bool(m["approx"]),
                m.get("surface", ""), m.get("period"),
                [Evidence.from_json(v) for v in m.get("evidence") or ()],
                set(m.get("rules") or ()), m["id"], m.get("period_text"), m.get("kind") or "level",
                m.get("concept"), m.get("low"), m.get("high"), m.get("base"), m.get("status"))
        return ex


def _evidence_copies(data: dict) -> dict:
    """`data` with its evidence dicts copied (attaching sentences must not change the caller's)."""
    out = dict(data)
    out["entities"] = [dict(e, mentions=[dict(m) for m in e.get("mentions") or ()])
                       for e in data.get("entities") or ()]
    for key in ("relations", "metrics"):
        out[key] = [dict(r, evidence=[dict(v) for v in r.get("evidence") or ()])
                    for r in data.get(key) or ()]
    return out


class MetricPlaces:
    """Which place a figure is about — the one rule, shared by the API's `metrics` table
    (`place`) and the RDF export's `sdmx-dimension:refArea`, so the two never disagree.

    The place is the metric's subject if that is a place; else the single place the subject is
    implemented or located in (`implementedIn`/`locatedIn`); else the place of the article the
    figure was read from (its first evidence in document order that has one); else None.  The
    indexes are built once per extraction: asking for every metric stays linear."""

    def __init__(self, extraction: "Extraction"):
        self.entities = extraction.entities
        ents = extraction.entities
        subject_places: dict[str, set[str]] = {}
        for (s, p, o) in extraction.relations:
            if p in ("implementedIn", "locatedIn") and o in ents and ents[o].type == "Place":
                subject_places.setdefault(s, set()).add(o)
        self.subject_places = {k: sorted(v) for k, v in subject_places.items()}
        self.article_places = {(d["id"], a["id"]): a["place"] for d in extraction.documents
                               for a in d.get("articles") or () if a.get("place")}

    def place_of(self, metric: "Metric") -> str | None:
        """The entity id of the place `metric` is about, or None (see the class docstring)."""
        ents = self.entities
        subj = ents.get(metric.subject) if metric.subject else None
        if subj is not None and subj.type == "Place":
            return subj.id
        if subj is not None:
            places = self.subject_places.get(subj.id, ())
            if len(places) == 1:
                return places[0]
        for ev in sorted(metric.evidence, key=Evidence.sort_key):
            place = self.article_places.get((ev.doc, ev.article))
            if place in ents and ents[place].type == "Place":
                return place
        return None


class SentenceTable:
    """The sentences evidence quotes, per document, each stored once: (start, end) -> text."""

    def __init__(self, docs: set[str]):
        self.by_doc: dict[str, dict[tuple[int, int], str]] = {d: {} for d in docs}

    def add(self, doc: str, start: int, text: str) -> bool:
        """Store the sentence; False when it cannot be stored once (unknown document, or
        another text at the same span): the caller then writes it inline."""
        spans = self.by_doc.get(doc)
        if spans is None:
            return False
        return spans.setdefault((start, start + len(text)), text) == text

    def rows(self, doc: str) -> list[dict]:
        spans = self.by_doc.get(doc, {})
        return [{"start": s, "end": e, "text": spans[s, e]} for s, e in sorted(spans)]


def attach_sentences(data: dict) -> dict:
    """Give every evidence of a loaded govkg-extraction/1 object its `sentence` text again, from
    the documents' sentence tables (in place; one shared string per sentence, so memory stays
    linear).  Files written before the table existed carry `sentence` inline: left as they are."""
    table = {d.get("id"): {(s["start"], s["end"]): s["text"] for s in d.get("sentences") or ()}
             for d in data.get("documents") or ()}

    def fill(evidence):
        for ev in evidence or ():
            if "sentence" not in ev and "sentence_start" in ev:
                text = table.get(ev.get("doc"), {}).get((ev["sentence_start"], ev.get("sentence_end")))
                if text is not None:
                    ev["sentence"] = text
    for e in data.get("entities") or ():
        fill(e.get("mentions"))
    for r in data.get("relations") or ():
        fill(r.get("evidence"))
    for m in data.get("metrics") or ():
        fill(m.get("evidence"))
    return data
