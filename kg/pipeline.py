"""The extraction pipeline: small components, each taking a Doc and returning it.

Modelled on spaCy's `Language`: components are registered by name with what they read and
write, and `Pipeline` runs them in order.  Extraction of one document is a pure function
(Doc in, Doc out), which is what lets the build run it in worker processes or on Dask.

The declarations are a checked contract (as spaCy's `analyze_pipes`): every name a component
reads must be an input of the document (`INPUTS`) or written by some registered component, and
when the pipeline holds a writer of it, one must come earlier.  A pipeline that starts later
(tests run `gazetteer, entities` over a Doc laid out by hand) may read what a component left out
of it writes.  `check_complete` asks more: that every read is written inside the pipeline.
Names: `doc.<field>`, `article.<field>`, `doc.mentions[<Type>,…]` (mentions of those types;
`doc.mentions` reads any), `mention.<field>` and `mention.attrs.<key>` (keys in `MENTION_ATTRS`).
"""
from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Callable

from .model import Doc

Component = Callable[[Doc], Doc]


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[..., Component]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, ComponentInfo] = {}

# what a reader puts on a Doc before any component runs
INPUTS = ("doc.id", "doc.source", "doc.text", "doc.title", "doc.date")

# keys stages put on Mention.attrs, with the component that writes them and what they mean
MENTION_ATTRS: dict[str, tuple[str, str]] = {
    "code": ("gazetteer", "division code of a place"),
    "level": ("gazetteer", "province, city, county, township, community, village, new-area, zone, water"),
    "parent": ("gazetteer", "division code of the place's parent"),
    "parent_key": ("gazetteer", "entity id of the enclosing place of a place without a code"),
    "parent_code": ("gazetteer", "division code a new area or zone lies in"),
    "parent_mention": ("gazetteer", "span of the place a community or village is chained to"),
    "qualified": ("gazetteer", "the name with its parents as written (复兴区百家村街道六二社区)"),
    "former": ("gazetteer", "former name the text used for a division"),
    "place_code": ("entities", "division code of the place an agency or organisation belongs to"),
    "relative": ("entities", "relative scope (市, 县 …) of an agency named without its place"),
    "rest": ("entities", "the standard name after a relative scope"),
    "raw_rest": ("entities", "the name after a relative scope as written"),
    "tail": ("entities", "organ and department part of an agency's name"),
    "alias": ("entities", "another name of the same entity"),
    "national": ("entities", "a national body"),
    "unit": ("entities", "unit word of a county unit (大队)"),
    "sub_unit": ("entities", "a unit named by its county, part of the city's detachment"),
    "facility": ("entities", "a facility named after the place it serves"),
    "place_span": ("entities", "span of the place a facility is named after"),
    "kind": ("entities", "kind of programme: quoted, policy, campaign, mechanism, project, repeat, derived"),
    "topic": ("entities", "a mechanism heading its paragraph"),
    "named_place": ("entities", "span of the place an event's full name opens with"),
    "agency_span": ("entities", "span of the working group a programme is named after"),
    "joint": ("entities", "a park or road named by the places that build it or that it joins (青岛-安顺共建产业园)"),
    "user": ("entities", "an entry of the user dictionary"),
    "parent_name": ("entities", "parent a user-dictionary entry names"),
    "credit": ("entities", "found in a photo credit (source offsets only)"),
    "byline": ("entities", "found in a byline (source offsets only)"),
    "mass": ("entities", "a people's organisation"),
    "water": ("entities", "span of the river or lake a water work is named after"),
    "water_work": ("entities", "a dike, reservoir or sluice"),
    "anaphor": ("resolve", "a place named by 该市/全县 …"),
    "expanded": ("resolve", "a relative agency name completed with its place"),
    "unresolved": ("resolve", "a relative name of no known place (dropped)"),
    "short_form_of": ("resolve", "a use of a short form the text defined (以下简称…): the full name"),
}

DEFAULT_PIPELINE = ("simplified", "layout", "sentences", "dates", "gazetteer", "registry", "numbers", "entities",
                    "resolve", "posts", "relations", "metrics", "as_written")


def component(name: str, *, reads: tuple[str, ...] = (), writes: tuple[str, ...] = ()):
    """Register a component factory: `factory(**config) -> callable(Doc) -> Doc`."""
    def wrap(factory):
        _REGISTRY[name] = ComponentInfo(name, factory, tuple(reads), tuple(writes),
                                        (factory.__doc__ or "").strip().split("\n")[0])
        return factory
    return wrap


def registered() -> dict[str, ComponentInfo]:
    _load_builtin()
    return dict(_REGISTRY)


def _mention_types(name: str) -> tuple[str, set[str] | None]:
    """`doc.mentions[Place,Agency]` → ("doc.mentions", {"Place", "Agency"}); other names: (name, None)."""
    if name.startswith("doc.mentions[") and name.endswith("]"):
        return "doc.mentions", {t.strip() for t in name[len("doc.mentions["):-1].split(",")}
    return name, None


def _satisfies(write: str, read: str) -> bool:
    """Does writing `write` provide what `read` asks for?"""
    wbase, wtypes = _mention_types(write)
    rbase, rtypes = _mention_types(read)
    if wbase != rbase:
        return False
    if rtypes is None or wtypes is None:
        return True  # `doc.mentions` is any mention; a writer of all mentions provides every type
    return rtypes <= wtypes


def _provided(read: str, writes: list[str]) -> bool:
    if read in INPUTS:
        return True
    if read.startswith("mention.attrs."):
        return read[len("mention.attrs."):] in MENTION_ATTRS
    base, types = _mention_types(read)
    if types is not None and len(types) > 1:  # each type from some writer
        return all(any(_satisfies(w, f"doc.mentions[{t}]") for w in writes) for t in types)
    return any(_satisfies(w, read) for w in writes)


def check_contract(names, complete: bool = False) -> None:
    """Raise ValueError naming the first component whose reads the pipeline cannot provide.

    A read is wrong when nothing registered writes it, or when no earlier component writes it and
    no component left out of the pipeline that runs before the reader in `DEFAULT_PIPELINE` does
    (a left-out component may have run before: tests start at `gazetteer` over a Doc laid out by
    hand); with `complete`, every read must be written by
    an earlier component of this pipeline."""
    names = tuple(names)
    _load_builtin()  # what the built-in components write, even those this pipeline leaves out
    every = [w for info in _REGISTRY.values() for w in info.writes]
    order = {c: k for k, c in enumerate(DEFAULT_PIPELINE)}
    for i, n in enumerate(names):
        info = _REGISTRY[n]
        before = [w for m in names[:i] for w in _REGISTRY[m].writes]
        # components left out that would run before this one in the default order (or unordered ones)
        outside = [w for c, ci in _REGISTRY.items() if c not in names
                   and order.get(c, -1) < order.get(n, len(order)) for w in ci.writes]
        for r in info.reads:
            if _provided(r, before):
                continue
            if not _provided(r, every):
                raise ValueError(f"pipeline component {n!r} reads {r!r}, which no component writes")
            if complete or not _provided(r, outside):
                raise ValueError(f"pipeline component {n!r} reads {r!r}, which no earlier component "
                                 f"of ({', '.join(names)}) writes")


def _load_builtin(names=DEFAULT_PIPELINE) -> None:
    """Importing a stage module registers its components."""
    from importlib import import_module
    for name in names:
        if name not in _REGISTRY:
            import_module(f".stages.{name}", __package__)


class Pipeline:
    """An ordered list of named components."""

    def __init__(self, names=DEFAULT_PIPELINE, config: dict | None = None):
        config = config or {}
        self.names = tuple(names)
        _load_builtin(self.names)
        missing = [n for n in self.names if n not in _REGISTRY]
        if missing:
            raise ValueError(f"unknown pipeline component(s): {', '.join(missing)}; "
                             f"known: {', '.join(sorted(_REGISTRY))}")
        check_contract(self.names)
        self.components = [(n, _REGISTRY[n].factory(**config.get(n, {}))) for n in self.names]

    def __call__(self, doc: Doc) -> Doc:
        """Run the components in order, the cyclic garbage collector paused meanwhile: a
        document's stages allocate hundreds of thousands of short-lived objects that reference
        counting frees, and the collections they triggered walked the document's live objects
        again and again (about 4% of extraction CPU on the 10 MB corpus).  What is left of the
        document is collected as young objects once the collector is back on."""
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            for _name, comp in self.components:
                doc = comp(doc)
        finally:
            if paused:
                gc.enable()
        return doc

    def describe(self) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        return [(n, _REGISTRY[n].reads, _REGISTRY[n].writes) for n in self.names]
