"""The canonical indicator vocabulary: link an extracted indicator to a concept, so that figures
from different documents (`全县一般公共预算收入`, `地方一般公共预算收入`) can be grouped.

The vocabulary is data (`resources/lexicon/indicators.tsv`: id, zh label, en label, broader,
surface variants); `ontology/indicators.ttl` is the same vocabulary as a SKOS concept scheme,
written by `scheme_turtle()` (scripts/indicators_ttl.py).  An indicator is linked to the concept
whose label or variant is the longest one it contains (`项目总投资` → investment, not projects).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .lexicon import load_table

SCHEME_IRI = "https://w3id.org/govkg/indicator/"
SCHEME = SCHEME_IRI + "scheme"


@dataclass(frozen=True)
class Concept:
    id: str
    zh: str
    en: str
    broader: str | None
    variants: tuple[str, ...]

    @property
    def iri(self) -> str:
        return SCHEME_IRI + self.id


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).upper()


@lru_cache(maxsize=1)
def concepts() -> dict[str, Concept]:
    out: dict[str, Concept] = {}
    for r in load_table("indicators"):
        variants = tuple(v for v in r["variants"].split("|") if v)
        out[r["id"]] = Concept(r["id"], r["zh"], r["en"], r["broader"] or None, variants)
    for c in out.values():
        if c.broader and c.broader not in out:
            raise ValueError(f"indicators.tsv: {c.id} has an unknown broader concept {c.broader!r}")
    return out


@lru_cache(maxsize=1)
def _surfaces() -> list[tuple[str, str]]:
    """(folded surface, concept id), longest first; a label beats a variant of the same length."""
    rows = []
    for c in concepts().values():
        if c.broader is None and not c.variants:
            continue  # a top concept's label (经济, 土地) is too general to find inside an indicator
        rows.append((_fold(c.zh), c.id, 0))
        rows.extend((_fold(v), c.id, 1) for v in c.variants)
    rows.sort(key=lambda r: (-len(r[0]), r[2], r[1]))
    return [(s, cid) for s, cid, _ in rows]


@lru_cache(maxsize=1)
def _surface_ranks() -> tuple[dict[str, int], int]:
    """Each surface's first place in `_surfaces()` (the order that decides), and the longest
    surface's length: the first surface an indicator contains is its substring of least rank."""
    rank: dict[str, int] = {}
    for k, (surface, _cid) in enumerate(_surfaces()):
        rank.setdefault(surface, k)
    return rank, max((len(s) for s in rank), default=0)


@lru_cache(maxsize=1)
def _top_labels() -> tuple[tuple[str, str], ...]:
    """(folded label, id) of the top concepts in table order, folded once rather than at every
    indicator looked up."""
    return tuple((_fold(c.zh), c.id) for c in concepts().values() if c.broader is None)


@lru_cache(maxsize=4096)
def concept_of(indicator: str | None) -> str | None:
    """The id of the concept an indicator names, or None when no label or variant fits
    (remembered: a document names the same indicator for figure after figure, and the concept
    tables are loaded once per process)."""
    if not indicator:
        return None
    folded = _fold(indicator)
    for label, cid in _top_labels():
        if folded == label:
            return cid
    rank, _longest = _surface_ranks()
    best = rank.get("", len(_surfaces()))  # (an empty surface is inside every indicator)
    finder = _surface_automaton()
    if finder is not None:  # every surface the indicator contains, in one pass over it
        for _end, r in finder.iter(folded):
            if r < best:
                best = r
    return _surfaces()[best][1] if best < len(_surfaces()) else None


@lru_cache(maxsize=1)
def _surface_automaton():
    """The surfaces of `_surface_ranks` in an Aho-Corasick automaton (value: the rank), so that
    the surfaces inside an indicator are found in one pass instead of a lookup per substring."""
    rank, _longest = _surface_ranks()
    A = ahocorasick.Automaton()
    for surface, r in rank.items():
        if surface:
            A.add_word(surface, r)
    if not len(A):
        return None
    A.make_automaton()
    return A


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def scheme_turtle() -> str:
    """ontology/indicators.ttl: the vocabulary as a SKOS concept scheme (deterministic text)."""
    lines = ["# GENERATED from kg/resources/lexicon/indicators.tsv by scripts/indicators_ttl.py — do not edit.",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix dcterms: <http://purl.org/dc/terms/> .",
             f"@prefix ind: <{SCHEME_IRI}> .",
             "",
             "ind:scheme a skos:ConceptScheme ;",
             '    dcterms:title "govkg indicators"@en , "govkg 指标"@zh ;',
             '    dcterms:description "What the figures of Chinese government news count."@en .',
             ""]
    for c in sorted(concepts().values(), key=lambda c: c.id):
        props = ["a skos:Concept", "skos:inScheme ind:scheme",
                 f"skos:prefLabel {_lit(c.zh)}@zh , {_lit(c.en)}@en"]
        if c.broader:
            props.append(f"skos:broader ind:{c.broader}")
        else:
            props.append("skos:topConceptOf ind:scheme")
        if c.variants:
            props.append("skos:altLabel " + " , ".join(f"{_lit(v)}@zh" for v in c.variants))
        lines.append(f"ind:{c.id} " + " ;\n    ".join(props) + " .")
        lines.append("")
    return "\n".join(lines)
