"""The analysts' API: one object for a built graph, with its facts as pandas tables.

Why: in a notebook an analyst wants `kg.build()` or `kg.load("output/")` and then tables
(`.entities`, `.relations`, `.metrics`), a networkx graph, an rdflib Dataset, SPARQL results as
DataFrames, the explorer inline and the `kg eval` scores, without learning the pipeline.
`read_extraction` turns an `extraction.json` (govkg-extraction/1) back into the shared model
(`Extraction.from_json`), so a loaded graph behaves like a freshly built one.
"""
from __future__ import annotations

import json
import os
import tempfile
import warnings
from functools import cached_property
from pathlib import Path
from typing import Iterable

import pandas as pd

from .model import ENTITY_TYPES, PREDICATES, Evidence, Extraction, MetricPlaces

EXTRACTION_FILE = "extraction.json"
TRIG_FILE = "graph.trig"
HTML_FILE = "graph.html"


# ------------------------------------------------------------------------ reading extraction.json

def extraction_from_json(data: dict) -> Extraction:
    """The model behind a govkg-extraction/1 object: `Extraction.from_json` (kept under this
    name, which notebooks and `kg.extraction_from_json` use)."""
    return Extraction.from_json(data)


def read_extraction(path) -> Extraction:
    """Read `extraction.json` (or the build directory holding it) into an `Extraction`."""
    p = Path(path)
    if p.is_dir():
        p = p / EXTRACTION_FILE
    if not p.is_file():
        raise FileNotFoundError(f"{p} not found: run `kg build` first (or kg.build(out=...))")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{p}: not valid JSON: {e}") from e
    return extraction_from_json(data)


# ------------------------------------------------------------------------ the object

def _str_cols(df: pd.DataFrame, cols: Iterable[str]) -> pd.DataFrame:
    for c in cols:
        df[c] = df[c].astype("string")
    return df


def _period_start(period) -> str | None:
    """The first day of an ISO 8601 period (2022 → 2022-01-01, 2022-01/2022-04 → 2022-01-01)."""
    if not isinstance(period, str) or not period:
        return None
    start = period.split("/")[0]
    return (start + "-01-01")[:10] if len(start) == 4 else (start + "-01")[:10]


def _first(evidence: list[Evidence]) -> Evidence | None:
    return min(evidence, key=Evidence.sort_key) if evidence else None


class KnowledgeGraph:
    """A built knowledge graph: the extraction plus, when it was written, its build directory."""

    def __init__(self, extraction: Extraction, out: str | os.PathLike | None = None,
                 errors: list[dict] | None = None):
        self.extraction = extraction
        self.out = Path(out) if out is not None else None
        self.errors = list(errors if errors is not None else extraction.errors)
        self._tmp: tempfile.TemporaryDirectory | None = None

    def __repr__(self) -> str:
        ex = self.extraction
        where = f", out={str(self.out)!r}" if self.out else ""
        return (f"<KnowledgeGraph: {len(ex.documents)} document(s), {len(ex.entities)} entities, "
                f"{len(ex.relations)} relations, {len(ex.metrics)} metrics{where}>")

    # ---------------------------------------------------------------- names
    def name(self, entity_id: str | None) -> str | None:
        ent = self.extraction.entities.get(entity_id) if entity_id else None
        return ent.name if ent else None

    def find(self, name: str, type: str | None = None) -> list[str]:
        """Ids of the entities called `name` (by name first, then by alias), optionally of a type."""
        ents = [e for e in self.extraction.entities.values() if type is None or e.type == type]
        exact = sorted(e.id for e in ents if e.name == name)
        return exact or sorted(e.id for e in ents if name in e.aliases)

    def _place_id(self, place: str) -> str:
        """The id of a place given by id, name, alias or division code."""
        ents = self.extraction.entities
        if place in ents and ents[place].type == "Place":
            return place
        hits = self.find(place, type="Place") or sorted(
            e.id for e in ents.values() if e.type == "Place" and e.code == place)
        if not hits:
            raise KeyError(f"no place called {place!r} in this graph")
        return hits[0]

    def within(self, place: str) -> list[str]:
        """Ids of a place (id, name, alias or code) and of every place inside it: through partOf
        relations and through division codes (130434 魏县 is inside 130400 邯郸市), as the
        govkg:partOf* paths of the RDF export and the named queries see them."""
        ents = self.extraction.entities
        top = ents[self._place_id(place)]
        inside = {top.id}
        if top.code and top.code.isdigit():
            code = top.code
            prefix = code[:2] if code[2:6] == "0000" else code[:4] if code[4:6] == "00" else code
            inside |= {e.id for e in ents.values() if e.type == "Place" and e.code
                       and e.code.startswith(prefix)}
        parts = [(s, o) for (s, p, o) in self.extraction.relations if p == "partOf"]
        grew = True
        while grew:
            new = {s for s, o in parts if o in inside and s not in inside}
            inside |= new
            grew = bool(new)
        return sorted(inside)

    @cached_property
    def _places(self) -> MetricPlaces:
        """Which place each figure is about: the rule of `kg.model.MetricPlaces`, the same the
        RDF export's sdmx-dimension:refArea uses."""
        return MetricPlaces(self.extraction)

    # ---------------------------------------------------------------- tables
    @cached_property
    def entities(self) -> pd.DataFrame:
        """One row per entity: id, name, type (categorical), code, level, aliases (list),
        mentions (count), documents (count of documents mentioning it)."""
        rows = [{"id": e.id, "name": e.name, "type": e.type, "code": e.code, "level": e.level,
                 "aliases": sorted(e.aliases), "mentions": len(e.mentions),
                 "documents": len({m.doc for m in e.mentions})}
                for e in sorted(self.extraction.entities.values(), key=lambda e: e.id)]
        df = pd.DataFrame(rows, columns=["id", "name", "type", "code", "level", "aliases",
                                         "mentions", "documents"])
        types = list(ENTITY_TYPES) + sorted(set(df["type"]) - set(ENTITY_TYPES))
        df["type"] = pd.Categorical(df["type"], categories=types)
        df["mentions"] = df["mentions"].astype("int64")
        df["documents"] = df["documents"].astype("int64")
        return _str_cols(df, ["id", "name", "code", "level"])

    @cached_property
    def relations(self) -> pd.DataFrame:
        """One row per relation, with the names and types of both ends and its first evidence."""
        ents = self.extraction.entities
        rows = []
        for key in sorted(self.extraction.relations):
            r = self.extraction.relations[key]
            ev = _first(r.evidence)
            rows.append({"subject": r.subject, "subject_name": self.name(r.subject),
                         "subject_type": ents[r.subject].type if r.subject in ents else None,
                         "predicate": r.predicate, "object": r.object,
                         "object_name": self.name(r.object),
                         "object_type": ents[r.object].type if r.object in ents else None,
                         "evidence": len(r.evidence), "sentence": ev.quote if ev else None,
                         "doc": ev.doc if ev else None, "start": ev.start if ev else None,
                         "end": ev.end if ev else None})
        df = pd.DataFrame(rows, columns=["subject", "subject_name", "subject_type", "predicate",
                                         "object", "object_name", "object_type", "evidence",
                                         "sentence", "doc", "start", "end"])
        preds = list(PREDICATES) + sorted(set(df["predicate"]) - set(PREDICATES))
        df["predicate"] = pd.Categorical(df["predicate"], categories=preds)
        for c in ("subject_type", "object_type"):
            df[c] = pd.Categorical(df[c], categories=list(ENTITY_TYPES))
        df["evidence"] = df["evidence"].astype("int64")
        df["start"] = df["start"].astype("Int64")
        df["end"] = df["end"].astype("Int64")
        return _str_cols(df, ["subject", "subject_name", "object", "object_name", "sentence", "doc"])

    @cached_property
    def posts(self) -> pd.DataFrame:
        """One row per post a person holds (holdsPost): the person (id, name), the body (id,
        name, type: an agency, an organisation, or the place a head of government governs), the
        post (副部长), its status (appointed, nominated, removed, former …) and date where the
        text gives them, and the first evidence (sentence, document, source span)."""
        ents = self.extraction.entities
        rows = []
        for key in sorted(self.extraction.relations):
            r = self.extraction.relations[key]
            if r.predicate != "holdsPost":
                continue
            ev = _first(r.evidence)
            for p in r.posts or [{"post": None, "status": None, "date": None}]:
                rows.append({"person": r.subject, "person_name": self.name(r.subject),
                             "body": r.object, "body_name": self.name(r.object),
                             "body_type": ents[r.object].type if r.object in ents else None,
                             "post": p.get("post"), "status": p.get("status"), "date": p.get("date"),
                             "sentence": ev.quote if ev else None, "doc": ev.doc if ev else None,
                             "start": ev.start if ev else None, "end": ev.end if ev else None})
        df = pd.DataFrame(rows, columns=["person", "person_name", "body", "body_name", "body_type",
                                         "post", "status", "date", "sentence", "doc", "start", "end"])
        df["body_type"] = pd.Categorical(df["body_type"], categories=list(ENTITY_TYPES))
        df["start"] = df["start"].astype("Int64")
        df["end"] = df["end"].astype("Int64")
        return _str_cols(df, ["person", "person_name", "body", "body_name", "post", "status", "date",
                              "sentence", "doc"])

    @cached_property
    def metrics(self) -> pd.DataFrame:
        """One row per metric: value (float) and unit, approx, indicator, period, its subject
        (id, name, type), the place it is about (id, name, division code) and its first evidence
        (sentence, document, source span)."""
        ents = self.extraction.entities
        rows = []
        for mid in sorted(self.extraction.metrics):
            m = self.extraction.metrics[mid]
            ev = _first(m.evidence)
            place = self._places.place_of(m)
            rows.append({"id": m.id or mid, "indicator": m.indicator, "value": m.value,
                         "unit": m.unit, "approx": bool(m.approx), "period": m.period,
                         "period_text": m.period_text, "kind": m.kind or "level",
                         "concept": m.concept, "surface": m.surface, "subject": m.subject,
                         "subject_name": self.name(m.subject),
                         "subject_type": ents[m.subject].type if m.subject in ents else None,
                         "place": place, "place_name": self.name(place),
                         "place_code": ents[place].code if place else None,
                         "sentence": (ev.quote if ev and ev.quote is not None
                                      else self._text(ev)),
                         "doc": ev.doc if ev else None, "start": ev.start if ev else None,
                         "end": ev.end if ev else None, "evidence": len(m.evidence)})
        df = pd.DataFrame(rows, columns=["id", "indicator", "value", "unit", "approx", "period",
                                         "period_text", "kind", "concept", "surface", "subject", "subject_name", "subject_type",
                                         "place", "place_name", "place_code", "sentence", "doc",
                                         "start", "end", "evidence"])
        df["value"] = df["value"].astype("float64")
        df["approx"] = df["approx"].astype("bool")
        df["subject_type"] = pd.Categorical(df["subject_type"], categories=list(ENTITY_TYPES))
        df["start"] = df["start"].astype("Int64")
        df["end"] = df["end"].astype("Int64")
        df["evidence"] = df["evidence"].astype("int64")
        return _str_cols(df, ["id", "indicator", "unit", "period", "period_text", "kind",
                              "concept", "surface", "subject",
                              "subject_name", "place", "place_name", "place_code", "sentence",
                              "doc"])

    def timeseries(self, indicator: str, place: str | None = None) -> pd.DataFrame:
        """One indicator over time: a row per figure whose indicator concept is `indicator` (an id
        of ontology/indicators.ttl, e.g. `fixed-asset-investment`) or whose indicator name
        contains it, about `place` and the places inside it when given — ordered by place and
        period, with `period_start` (a timestamp of the period's first day) for plotting.  The
        same figures as the `timeseries` named query; nothing is summed."""
        df = self.metrics
        hit = (df["concept"] == indicator).fillna(False) | df["indicator"].str.contains(
            indicator, regex=False).fillna(False)
        df = df[hit & df["place"].notna()]
        if place is not None:
            df = df[df["place"].isin(self.within(place))]
        df = df.assign(period_start=pd.to_datetime(
            df["period"].map(_period_start), format="%Y-%m-%d", errors="coerce"))
        cols = ["place_name", "place_code", "period", "period_start", "period_text", "indicator",
                "concept", "kind", "value", "unit", "approx", "surface", "subject_name", "id"]
        return df.sort_values(["place_name", "period_start", "indicator", "value"],
                              na_position="last", kind="mergesort")[cols].reset_index(drop=True)

    def _text(self, ev: Evidence | None) -> str | None:
        if ev is None:
            return None
        text = self.extraction.texts.get(ev.doc)
        return text[ev.start:ev.end] if text is not None else None

    # ---------------------------------------------------------------- other views
    @cached_property
    def graph(self):
        """The graph as a networkx MultiDiGraph (nodes carry their metrics), see kg.graph."""
        from .graph import to_networkx
        return to_networkx(self.extraction)

    @cached_property
    def rdf(self):
        """The RDF export as an rdflib Dataset, one named graph per document."""
        trig = self.out / TRIG_FILE if self.out else None
        if trig is not None and trig.is_file():
            import rdflib
            ds = rdflib.Dataset()
            ds.parse(str(trig), format="trig")
            return ds
        from .export.rdf import to_dataset
        return to_dataset(self.extraction)

    def _query_dir(self) -> Path:
        """A build directory holding graph.trig: the KG's own, or a private temporary one."""
        if self.out is not None and (self.out / TRIG_FILE).is_file():
            return self.out
        if self._tmp is None:
            from .export.rdf import write_trig
            self._tmp = tempfile.TemporaryDirectory(prefix="govkg-kg-")
            write_trig(self.extraction, Path(self._tmp.name) / TRIG_FILE)
        return Path(self._tmp.name)

    def sparql(self, query: str, **params) -> pd.DataFrame:
        """Run a named query (`kg query --list`), a .rq file or SPARQL text; keyword arguments
        bind the query's parameters safely.  The result is a DataFrame, one column per variable."""
        from .query import QueryError, resolve, run_query
        named = resolve(query)[1]
        missing = [p.name for p in named.param_specs if p.required and p.name not in params] \
            if named is not None else []
        if missing:  # said here in Python's words (the query runner speaks the CLI's --param)
            raise QueryError(f"query {named.name!r} needs " + ", ".join(f"{m}=…" for m in missing)
                             + f", e.g. g.sparql({named.name!r}, {missing[0]}=\"…\")")
        cols, rows = run_query(self._query_dir(), query, params)
        return pd.DataFrame(rows, columns=cols, dtype=object).convert_dtypes()

    @staticmethod
    def queries() -> pd.DataFrame:
        """The named queries shipped with govkg: name, parameters, description."""
        from .query import list_queries
        return pd.DataFrame([{"name": q.name, "params": list(q.params),
                              "description": q.description} for q in list_queries()],
                            columns=["name", "params", "description"])

    # ---------------------------------------------------------------- explorer
    def explorer_html(self) -> str:
        """The self-contained explorer page (graph.html of the build, or rendered now)."""
        page = self.out / HTML_FILE if self.out else None
        if page is not None and page.is_file():
            return page.read_text(encoding="utf-8")
        from .export.html import render
        return render(self.extraction)

    def show(self, height: int = 720) -> None:
        """Show the explorer inline in Jupyter (an isolated iframe, see kg.view)."""
        from IPython import display as ipd
        from .view import iframe_html
        ipd.display(ipd.HTML(iframe_html(self.explorer_html(), height)))

    def _repr_html_(self) -> str:
        from .view import iframe_html
        return iframe_html(self.explorer_html())

    # ---------------------------------------------------------------- evaluation
    def evaluate(self, gold, source=None) -> dict:
        """Score against gold annotation (a file in the format of docs/gold-format.md, or the
        same object as a dict) with the scorer of `kg eval`.  The text the gold's line numbers refer to is the built
        document of that name, or `source`, or found beside the gold file as `kg eval` does."""
        from .evaluate import find_source, score
        gold_path = None
        if isinstance(gold, (str, os.PathLike)):
            gold_path = Path(gold)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = None
        if source is not None:
            text = _read_text(Path(source))
        else:
            name = os.path.basename((gold.get("source") or "").split("#", 1)[0])
            for d in self.extraction.documents:
                if os.path.basename(d.get("source") or "") == name and d["id"] in self.extraction.texts:
                    text = self.extraction.texts[d["id"]]
                    break
            if text is None:
                if gold_path is None:
                    raise ValueError(f"no built document has source {name!r}: pass source=")
                text = _read_text(find_source(gold_path, gold))
        return score(self.extraction.to_json(), gold, text)


def scores(report: dict) -> pd.DataFrame:
    """The precision/recall/F1 table of an evaluation report (one row per category)."""
    cats = ("entities", "relations", "metrics")
    return pd.DataFrame([{k: report[c][k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}
                         for c in cats], index=pd.Index(cats, name="category"))


def _read_text(path: Path) -> str:
    from .readers.corpus import SourceFile, read_file
    docs = [d for d in read_file(SourceFile(path, path.name)) if hasattr(d, "text")]
    if not docs:
        raise ValueError(f"{path}: cannot read the source text")
    return docs[0].text


# ------------------------------------------------------------------------ entry points

def build(paths=None, out=None, user_dict=None, jobs: int = 1, formats=None,
          config: dict | None = None) -> KnowledgeGraph:
    """Build a knowledge graph from files, directories or .jsonl corpora (default: the sample
    corpus).  With `out`, every output (extraction.json, graph.trig, graph.html …) is written
    there as `kg build --out` does; without, the graph stays in memory.  `user_dict` is a TSV or
    JSON user dictionary (see `kg build --user-dict`)."""
    from .builder import DEFAULT_FORMATS, build as run_build, sample_corpus
    if paths is None:
        paths = sample_corpus()
    elif isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    config = dict(config or {})
    if user_dict is not None:
        p = Path(user_dict)
        if not p.is_file():
            raise FileNotFoundError(f"user dictionary {p}: no such file")
        config.setdefault("entities", {})
        config["entities"] = {**config["entities"], "user_dict": str(p.resolve())}
    res = run_build(list(paths), out, formats=tuple(formats or DEFAULT_FORMATS),
                    config=config or None, jobs=jobs)
    errors = [e.to_json() for e in res.errors]
    fatal = [e for e in res.errors if e.fatal]
    if not res.extraction.documents:
        raise ValueError("no document could be built: " + "; ".join(str(e) for e in fatal))
    for e in fatal:
        warnings.warn(f"govkg: {e}", stacklevel=2)
    return KnowledgeGraph(res.extraction, out, errors)


def load(out="output") -> KnowledgeGraph:
    """Open a build directory written by `kg build` (its extraction.json and, for SPARQL, RDF
    and the explorer, the files beside it)."""
    p = Path(out)
    ex = read_extraction(p)
    errors = []
    report = (p if p.is_dir() else p.parent) / "errors.json"
    if report.is_file():
        errors = json.loads(report.read_text(encoding="utf-8")).get("errors", [])
    return KnowledgeGraph(ex, p if p.is_dir() else p.parent, errors)
