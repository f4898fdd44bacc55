"""Named SPARQL queries over a build, run on its pyoxigraph store, with safe parameters.

Why named queries: the questions analysts ask of this graph (figures of a place and everything
inside it, programmes per county, the evidence behind one entity) need property paths through the
Data Cube and Web Annotation structure; shipping them as .rq files saves everyone from writing
them.  Each file starts with a header:

    # name: one-line description
    # param place (required): what to pass

and marks where parameters bind with a comment line `# @params` inside its top-level WHERE group.
The runner replaces that line by a VALUES block whose values are RDF literals serialised by
pyoxigraph (quotes, backslashes, newlines escaped), so a parameter is always one literal and can
never change the query.  (pyoxigraph's `substitutions` do not reach below GROUP BY, hence VALUES;
ad-hoc queries without the marker fall back to substitutions.)

Plans for a big store (oxigraph evaluates a join or OPTIONAL by building one side whole, and
compares strings by reading them from its dictionary): comment lines the runner reads, so that
the text stays a query any endpoint runs as written, with the same rows.
  `# @lookup PARAM ?VAR` … `# @end-lookup`   the resources a parameter names, found first;
  `# @prefetch` … `# @end-prefetch`          any sub-select, run first, its rows put in as VALUES;
  `# @page-keys` … / `# @page-values [?VAR …]` (line, or block up to `# @end-page-values`)
                                              a page finds its keys first, then the rows of a
                                              few keys at a time; `# @paged: …` lines are active
                                              only there, lines ending `# @whole` only when the
                                              query runs whole;
  `# @key-index` … `# @end-key-index`        a page plan's keys for every entry (entity,
                                              indicator) computed when the store is loaded; a
                                              page reads its entries' keys (see key_index);
  `# @summary`                               the rows, without parameters, computed when the
                                              store is loaded (kg.query.summaries);
  `# @sorted-list ?COLUMN "SEP"`             a GROUP_CONCAT list sorted (the same on every plan).
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from ..export.rdf import PREFIXES
from .summaries import (INDEX_SUFFIX, KEYS_SUFFIX, IndexedKeys, SummaryKeys, fixed_keys,
                        read_key_index, read_summary, summarised, summary_keys)

QUERY_DIR = Path(__file__).resolve().parent / "queries"
PARAMS_MARKER = "# @params"
FORMATS = ("table", "csv", "json")

# prefixes every query may use without declaring them
QUERY_PREFIXES = dict(PREFIXES)

_HEADER = re.compile(r"#\s*([a-z0-9-]+)\s*:\s*(.+)")
_PARAM = re.compile(r"#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*(\(required\))?\s*:\s*(.*)")
_XSD = "http://www.w3.org/2001/XMLSchema#"


def prefix_declarations() -> str:
    """The PREFIX lines of what every `kg query` may use undeclared.  A SPARQL endpoint
    (`kg serve`, Fuseki) predeclares none, so queries sent there must start with these."""
    return "\n".join(f"PREFIX {k}: <{v}>" for k, v in QUERY_PREFIXES.items())


def short_syntax_error(message: str, query: str) -> str:
    """pyoxigraph's parse error without the pages of expected character classes it can list,
    naming the undeclared prefixes when that is what went wrong."""
    first = message.splitlines()[0] if message else "cannot parse the query"
    body = re.sub(r'<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*', " ", query)
    declared = set(QUERY_PREFIXES) | set(re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:", body))
    used = set(re.findall(r"(?<![\w?$:.-])([A-Za-z][\w.-]*):", body))
    unknown = sorted(used - declared)
    if unknown:
        pos = re.match(r"error at \d+:\d+", first)
        return ((pos.group(0) + ": " if pos else "") + "unknown prefix "
                + ", ".join(u + ":" for u in unknown)
                + " (declare it with PREFIX; `kg query --prefixes` lists the predeclared ones)")
    return first if len(first) <= 160 else first[:157].rstrip(" ,[") + " …"


class QueryError(Exception):
    """A query that cannot run: unknown name, bad parameter, or SPARQL error."""


@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    param_specs: tuple[Param, ...]
    path: Path

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.param_specs)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def parse_header(path: Path) -> NamedQuery:
    lines = path.read_text(encoding="utf-8").splitlines()
    name, description, params = path.stem, "", []
    for line in lines:
        if not line.startswith("#"):
            break
        m = _PARAM.fullmatch(line.strip())
        if m:
            params.append(Param(m.group(1), bool(m.group(2)), m.group(3).strip()))
            continue
        m = _HEADER.fullmatch(line.strip())
        if m and m.group(1) == path.stem and not description:
            description = m.group(2).strip()
    return NamedQuery(name, description, tuple(params), path)


def list_queries() -> list[NamedQuery]:
    return [parse_header(p) for p in sorted(QUERY_DIR.glob("*.rq"))]


def get_query(name: str) -> NamedQuery:
    for q in list_queries():
        if q.name == name:
            return q
    raise QueryError(f"unknown query {name!r}; known: {', '.join(q.name for q in list_queries())}")


def _looks_like_sparql(text: str) -> bool:
    return bool(re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.IGNORECASE))


def resolve(query: str) -> tuple[str, NamedQuery | None]:
    """Query text (and its NamedQuery, if named) from a name, a .rq path or SPARQL text."""
    names = {q.name: q for q in list_queries()}
    if query in names:
        return names[query].text, names[query]
    if _is_file(query):  # a path that exists is a file, whatever words it contains (ask/q.rq)
        p = Path(query)
        try:
            return p.read_text(encoding="utf-8"), parse_header(p)
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"query file {query}: cannot read it ({e})") from None
    if not _looks_like_sparql(query):
        p = Path(query)
        if p.suffix == ".rq" or p.is_file():
            if not p.is_file():
                raise QueryError(f"query file {query} not found")
            nq = parse_header(p)
            return p.read_text(encoding="utf-8"), nq
        raise QueryError(f"unknown query {query!r}; known: {', '.join(sorted(names))} "
                         f"(or give a .rq file or SPARQL text)")
    return query, None


def _is_file(query: str) -> bool:
    if "\n" in query or len(query) > 4096:
        return False
    try:
        return Path(query).is_file()
    except (OSError, ValueError):  # a name too long, a NUL: SPARQL text, not a path
        return False


def param_literal(value) -> ox.Literal:
    """A Python value as the RDF literal it binds to."""
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(format(Decimal(repr(value)), "f"),
                          datatype=ox.NamedNode(_XSD + "decimal"))
    return ox.Literal(str(value))


def bind_params(text: str, params: dict, named: NamedQuery | None = None):
    """Return (query text, substitutions).  Named parameters are checked against the header."""
    params = dict(params or {})
    if named is not None and named.param_specs:
        known = {p.name: p for p in named.param_specs}
        unknown = sorted(set(params) - set(known))
        if unknown:
            raise QueryError(f"query {named.name!r} has no parameter(s) {', '.join(unknown)}; "
                             f"parameters: {', '.join(known)}")
        missing = [p.name for p in named.param_specs if p.required and p.name not in params]
        if missing:
            raise QueryError(f"query {named.name!r} needs --param "
                             + ", --param ".join(f"{m}=…" for m in missing))
        names = list(known)
    else:
        names = sorted(params)
    for n in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", n):
            raise QueryError(f"bad parameter name {n!r}")
    lines = text.splitlines()
    marker = [i for i, line in enumerate(lines) if line.strip() == PARAMS_MARKER]
    if marker:
        if not names:
            return text, {}
        values = " ".join(str(param_literal(params[n])) if n in params else "UNDEF"
                          for n in names)
        block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({values}) }}"
        for i in marker:
            lines[i] = block
        return "\n".join(lines), {}
    return text, {ox.Variable(n): param_literal(params[n]) for n in names if n in params}


def to_python(term):
    """An RDF term as a plain value: numbers, booleans, strings (IRIs as strings)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        try:
            if dt in (_XSD + "integer", _XSD + "int", _XSD + "long", _XSD + "nonNegativeInteger",
                      _XSD + "positiveInteger", _XSD + "short"):
                return int(term.value)
            if dt in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
                d = Decimal(term.value)
                return int(d) if d == d.to_integral_value() and "E" not in term.value.upper() \
                    else float(d)
            if dt == _XSD + "boolean":
                return term.value in ("true", "1")
        except (ValueError, ArithmeticError):
            return term.value
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


# A lookup block: lines from `# @lookup PARAM ?VAR` to `# @end-lookup`.  Sent as it is (to
# `kg serve`, Fuseki), the block finds the resources named PARAM by itself (a scan of every
# label); `execute` finds them first with one indexed question and puts `VALUES ?VAR { <iri> … }`
# in its place, because oxigraph joins a sub-select with the rest by hashing the rest whole (20 s
# on a 2M-quad build), while constant IRIs in VALUES drive index lookups (0.5 s).
# The block may name the properties to match (`# @lookup article ?art dcterms:identifier
# dcterms:title`); by default a label, alias, division code or id.  Lines after a `# @and` line
# of the block (a restriction through ?VAR, `?pl govkg:partOf* ?top .`) are kept after the VALUES
# when the parameter is given and dropped with the block when it is not.
_LOOKUP = re.compile(r"^[ \t]*# @lookup ([A-Za-z_][A-Za-z0-9_]*) \?([A-Za-z_][A-Za-z0-9_]*)"
                     r"((?:[ \t]+[A-Za-z][\w-]*:[A-Za-z][\w-]*)*)[ \t]*\n"
                     r"((?:.*\n)*?)[ \t]*# @end-lookup[ \t]*$", re.MULTILINE)
_AND = re.compile(r"^[ \t]*# @and[ \t]*$", re.MULTILINE)
_NAMED_BY = ("rdfs:label", "skos:altLabel", "skos:notation", "dcterms:identifier")


def lookup(store: ox.Store, value, properties=_NAMED_BY) -> list[str]:
    """IRIs whose label or alias (the text, @zh), division code or id (the text) is `value`
    (or whose `properties` are), sorted: exact matches through the store's indexes, no scan."""
    forms = f"{ox.Literal(str(value), language='zh')} {ox.Literal(str(value))}"
    union = " UNION ".join(f"{{ ?r {p} ?k }}" for p in properties)
    q = f"SELECT DISTINCT ?r WHERE {{ VALUES ?k {{ {forms} }} {union} FILTER (isIRI(?r)) }}"
    return sorted(sol["r"].value for sol in store.query(q, prefixes=QUERY_PREFIXES))


def resolve_lookups(store: ox.Store, text: str, params: dict) -> str:
    """Replace each lookup block by VALUES of the IRIs its parameter names (and the block's
    lines after `# @and`), or by nothing when the (optional) parameter is not given: the query
    must then not restrict ?VAR."""
    found: dict[tuple, list[str]] = {}

    def values(m: re.Match) -> str:
        name, var = m.group(1), m.group(2)
        if name not in params:  # an optional parameter left out: no lookup, ?VAR stays free
            return ""
        key = (name, tuple(m.group(3).split()) or _NAMED_BY)
        if key not in found:
            found[key] = lookup(store, params[name], key[1])
        tail = _AND.split(m.group(4), 1)
        return (f"VALUES ?{var} {{ {' '.join(f'<{iri}>' for iri in found[key])} }}"
                + (tail[1].rstrip("\n") if len(tail) > 1 else ""))
    return _LOOKUP.sub(values, text)


# A prefetch block: lines from `# @prefetch` to `# @end-prefetch` around one group
# `{ SELECT … }` (parameters bound in it as anywhere).  Sent as it is, the sub-select is joined
# with the rest of the query; `execute` runs it first, alone, and puts its rows in its place as
# VALUES: a handful of indicator IRIs found by a scan of the few indicator names, say, then drive
# index lookups from those IRIs instead of a join with every observation of the store.
_PREFETCH = re.compile(r"^[ \t]*# @prefetch[ \t]*\n((?:.*\n)*?)[ \t]*# @end-prefetch[ \t]*$",
                       re.MULTILINE)


def resolve_prefetches(store: ox.Store, text: str, subs=None) -> str:
    """Replace each prefetch block by VALUES of the rows of its sub-select (sorted, so that the
    query text, and the order of rows a query does not order, are the same on every run)."""
    def values(m: re.Match) -> str:
        body = m.group(1).strip()
        if not (body.startswith("{") and body.endswith("}")):
            raise QueryError("a # @prefetch block must hold one group { SELECT … }")
        result = store.query(body[1:-1], prefixes=QUERY_PREFIXES, substitutions=subs or None)
        names = [v.value for v in result.variables]
        rows = sorted({tuple(str(sol[n]) if sol[n] is not None else "UNDEF" for n in names)
                       for sol in result})
        return (f"VALUES ({' '.join('?' + n for n in names)}) {{ "
                + " ".join("(" + " ".join(r) + ")" for r in rows) + " }")
    return _PREFETCH.sub(values, text)


def prepare(store: ox.Store, query: str, params: dict | None, named: NamedQuery | None):
    """(query text, substitutions) as `execute` runs it: parameters bound, lookup and prefetch
    blocks answered by the store."""
    text, subs = bind_params(query, params or {}, named)
    try:
        if "# @lookup " in text:
            text = resolve_lookups(store, text, params or {})
        if "# @prefetch" in text:
            text = resolve_prefetches(store, text, subs)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {short_syntax_error(str(e), text)}") from e
    except (RuntimeError, ValueError, OSError) as e:
        raise QueryError(f"SPARQL error: {e}") from e
    return text, subs


def check_page(limit=None, offset=None) -> tuple[int | None, int]:
    """`limit` and `offset` as non-negative integers (None: no limit; offset 0 by default),
    from numbers or the text of a command-line option or URL parameter."""
    def number(name, value):
        try:
            n = int(str(value).strip())
        except ValueError:
            raise QueryError(f"{name} {value!r}: expected a whole number ≥ 0") from None
        if n < 0:
            raise QueryError(f"{name} {value!r}: expected a whole number ≥ 0")
        return n
    return (None if limit in (None, "") else number("limit", limit),
            0 if offset in (None, "") else number("offset", offset))


# A page plan: lines from `# @page-keys [unless PARAM …]` to `# @end-page-keys`, the rest of each
# line after `#` being a SELECT that lists, in the query's order, the keys its rows are grouped by
# (the first variables of the query's ORDER BY, each key's rows contiguous), and `# @page-values`
# lines in the query where a page's keys go as VALUES.  Oxigraph sorts a whole result before it
# gives the first row (facts-by-article over everything: 321k rows, a minute on a 10M-quad build);
# with the plan, a page runs the query for a few keys at a time, in order, until the page is full,
# so the first pages cost a few indexed lookups.  `unless` names the parameters that already make
# the result small: when one is given the query runs whole.
_PAGE_KEYS = re.compile(r"^[ \t]*# @page-keys((?:[ \t]+unless(?:[ \t]+[A-Za-z_][A-Za-z0-9_]*)+)?)"
                        r"[ \t]*\n((?:[ \t]*#.*\n)*?)[ \t]*# @end-page-keys[ \t]*$", re.MULTILINE)
PAGE_VALUES_MARKER = "# @page-values"
# `# @page-values` … `# @end-page-values` around the part of the query that finds the keys: a
# page puts its keys in place of that part (the whole query runs it)
# page; `# @page-values ?a ?b` puts only those keys there (the others order the batches).
_PAGE_VALUES_BLOCK = re.compile(r"^([ \t]*# @page-values(?:[ \t]+\?\w+)*)[ \t]*\n(?:.*\n)*?"
                                r"[ \t]*# @end-page-values[ \t]*$", re.MULTILINE)
_PAGE_VALUES_LINE = re.compile(r"[ \t]*# @page-values((?:[ \t]+\?\w+)*)[ \t]*")
PAGE_GROWTH = 4  # a batch takes at most this many times the keys of the one before
PAGE_SAMPLE = 10  # rows seen before the rows per key are trusted to place a page in the result
PAGE_FIRST_BATCH = 1  # keys in the first batch of a planned page (see _next_batch)


@dataclass(frozen=True)
class PagePlan:
    keys_query: str
    unless: tuple[str, ...]


def page_plan(text: str) -> PagePlan | None:
    """The page plan a query declares, or None."""
    m = _PAGE_KEYS.search(text)
    if m is None or PAGE_VALUES_MARKER not in text:
        return None
    unless = tuple(m.group(1).split()[1:])
    # the keys' SELECT may bind parameters and hold lookups (`#   # @params` is a marker there)
    body = "\n".join(line.strip()[1:] for line in m.group(2).splitlines())
    return PagePlan(body.strip(), unless)


_THEN = re.compile(r"^[ \t]*# @then[ \t]*$", re.MULTILINE)


# A key index: lines from `# @key-index` to `# @end-key-index`, each after its `#` a part of two
# queries separated by a `# @rows` line: the entries a page's parameters name (a SELECT of one
# column, parameters bound, lookups answered), then the rows query, run once over the whole store
# by the loader, whose first column is the entry and whose other columns are the page plan's
# keys.  The loader keeps each entry's keys, distinct and in the keys' order (kg.query.summaries);
# a page then reads the keys of its entries from there instead of running the keys query (an
# entity's 4,918 mentions with their documents: 0.45 CPU-s on a 10M-quad build).  The rows must
# hold every key the keys query gives for those entries (more is harmless: the page's query
# checks each key), so that the pages are what the keys query gives.
_KEY_INDEX = re.compile(r"^[ \t]*# @key-index[ \t]*\n((?:[ \t]*#.*\n)*?)[ \t]*# @end-key-index[ \t]*$",
                        re.MULTILINE)
_ROWS = re.compile(r"^[ \t]*# @rows[ \t]*$", re.MULTILINE)


def key_index(text: str) -> tuple[str, str] | None:
    """(entries query, rows query) of the key index a query declares, or None."""
    m = _KEY_INDEX.search(text)
    if m is None or page_plan(text) is None:
        return None
    body = "\n".join(line.strip()[1:] for line in m.group(1).splitlines())
    parts = _ROWS.split(body)
    if len(parts) != 2:
        raise QueryError("a # @key-index block holds an entries query, # @rows, a rows query")
    return parts[0].strip(), parts[1].strip()


def key_order(keys_query: str, names: list[str]):
    """Sort key of a key row (terms in the order of `names`): the keys query's ORDER BY, then
    every column (rows equal on the ORDER BY are then in one order on every load)."""
    m = _KEYS_ORDER.search(_THEN.split(keys_query)[-1])
    at = [names.index(v) for v in m.group(1).replace("?", " ").split()] if m else []
    return lambda row: ([_term_order(row[j]) for j in at]
                        + [_term_order(t) for t in row])


def _planned_page(store: ox.Store, text: str, subs, stages: list[tuple[str, dict]], limit: int,
                  offset: int):
    """(variables, solutions) of rows offset … offset+limit-1, the query run for consecutive
    batches of the plan's keys (VALUES at each `# @page-values`), in the keys' order; None when
    the page lies past the middle of the result (estimated from the rows per key so far): a
    VALUES-driven batch costs about 1.5 times the rows of the whole query, so the whole query,
    sorted once, is cheaper there.  The keys query may come in stages (`# @then` lines between
    them, each stage's keys after the last stage's in the query's order): a stage is run when
    the keys before it are used up, so a page that the first stage fills never runs the others."""
    stages = list(stages)
    names, keys, lazy = None, [], None  # lazy: a key index whose chunks are still being read

    def more(within_index: bool = False) -> bool:
        """Add the next chunk of the key index being read, or else (unless `within_index`) the
        keys of the next stage, to `keys`; False when there is none."""
        nonlocal names, lazy
        while True:
            if lazy is not None:
                chunk = next(lazy, None)
                if chunk is not None:
                    keys.extend(chunk)
                    return True
                lazy = None
            if within_index or not stages:
                return False
            stage = stages.pop(0)
            if isinstance(stage, (IndexedKeys, SummaryKeys)):
                lazy, more_names = stage, stage.columns
            else:
                more_names, more_keys = _ordered_keys(store, *stage)
            if names is not None and more_names != names:
                raise QueryError("the stages of a page plan must select the same keys")
            names = more_names
            if lazy is None:
                keys.extend(more_keys)
                return True

    more()
    lines = _page_variant(_PAGE_VALUES_BLOCK.sub(r"\1", text)).splitlines()
    marks = {}  # line number -> positions of the keys put there
    for j, line in enumerate(lines):
        m = _PAGE_VALUES_LINE.fullmatch(line)
        if m:
            listed = m.group(1).replace("?", " ").split()
            marks[j] = [names.index(n) for n in listed if n in names] or list(range(len(names)))
    order = text[text.upper().rfind("ORDER BY"):]
    ordered = [j for j, n in enumerate(names) if re.search(rf"\?{n}\b", order)]
    rows, variables, i, size = [], None, 0, PAGE_FIRST_BATCH
    want = offset + limit
    while len(rows) < want:
        if i >= len(keys):
            if not more():
                break
            continue
        total = len(keys) if lazy is None else lazy.total  # an index: its count, an upper bound
        if (len(rows) >= PAGE_SAMPLE and not stages and want > len(rows) * total / i / 2):
            return None  # a page past the middle: the whole query is cheaper than the batches
        while lazy is not None and len(keys) <= i + size and more(within_index=True):
            pass
        end = min(i + size, len(keys))
        # keys equal on the variables the query orders by share one batch: their rows interleave
        while True:
            while end < len(keys) and all(keys[end][j] == keys[end - 1][j] for j in ordered):
                end += 1
            if end < len(keys) or not more(within_index=True):
                break
        for j, at in marks.items():
            lines[j] = _values_block([names[a] for a in at], [[k[a] for a in at] for k in keys[i:end]])
        result = store.query("\n".join(lines), prefixes=QUERY_PREFIXES,
                             substitutions=subs or None)
        variables = variables or result.variables
        rows.extend(itertools.islice(result, want - len(rows)))
        i, size = end, _next_batch(end - i, len(rows), end, want)
    if variables is None:  # no key at all: the query itself gives the (empty) columns
        result = store.query(text, prefixes=QUERY_PREFIXES, substitutions=subs or None)
        variables = result.variables
    return variables, rows[offset:want]


_KEYS_ORDER = re.compile(r"\bORDER\s+BY((?:\s+\?[A-Za-z_][A-Za-z0-9_]*)+)\s*$", re.IGNORECASE)
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short",
                               "nonNegativeInteger", "positiveInteger")}


def _ordered_keys(store: ox.Store, query: str, subs) -> tuple[list[str], list[list]]:
    """(variables, rows) of a page plan's keys query, in its order.  A plain `ORDER BY ?a ?b …`
    at its end is done here, on terms decoded once: oxigraph compares strings by reading them
    from its dictionary at every comparison (1,700 keys sorted by indicator name: 0.1 s of a
    0.15 s query on a 1M-quad build).  Keys the store loader kept come as (columns, rows)."""
    if isinstance(query, list):  # keys read from the store's summaries: (columns, rows)
        return query, subs
    m = _KEYS_ORDER.search(query)
    text = query[:m.start()] if m else query
    result = store.query(text, prefixes=QUERY_PREFIXES, substitutions=subs or None)
    names = [v.value for v in result.variables]
    rows = [[sol[n] for n in names] for sol in result]
    if m:
        at = [names.index(v) for v in m.group(1).replace("?", " ").split()]
        rows.sort(key=lambda r: [_term_order(r[j]) for j in at])
    return names, rows


def _term_order(term) -> tuple:
    """A sort key giving SPARQL's ORDER BY order of the terms page keys hold (unbound, blank
    nodes, IRIs, then literals; numbers by value, strings by code point as oxigraph does)."""
    if term is None:
        return (0,)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    dt = term.datatype.value if term.datatype is not None else ""
    if dt in _NUMERIC:
        try:
            return (3, 0, Decimal(term.value), "")
        except ArithmeticError:
            pass
    return (3, 1, term.value, term.language or dt)


_PAGED_LINE = re.compile(r"^([ \t]*)# @paged: ?(.*)$", re.MULTILINE)
_WHOLE_LINE = re.compile(r"^.*# @whole[ \t]*$", re.MULTILINE)


def _page_variant(text: str) -> str:
    """The text a page's batches run: lines `# @paged: …` made active, lines ending with
    `# @whole` left out.  Why: the shape that is quick from a few keys (a LATERAL lookup per
    key) is slow for the whole result and the other way round, and both must give the same rows;
    as written (and when the query runs whole) the `# @paged:` lines are comments."""
    return _WHOLE_LINE.sub("", _PAGED_LINE.sub(r"\1\2", text))


def _values_block(names: list[str], rows: list[list]) -> str:
    """VALUES of `rows` (terms or None) for `names`, each distinct row once, in order."""
    seen = dict.fromkeys(tuple(str(t) if t is not None else "UNDEF" for t in r) for r in rows)
    return (f"VALUES ({' '.join('?' + n for n in names)}) {{ "
            + " ".join("(" + " ".join(r) + ")" for r in seen) + " }")


def _next_batch(size: int, rows: int, keys_done: int, want: int) -> int:
    """How many keys the next batch takes: as many as the rows still wanted need at the rows per
    key seen so far, and one more (fewer batches: each is a query), but at most PAGE_GROWTH times
    the last batch (rows per key vary: a few keys rich in rows must not size a batch of
    hundreds); twice the last batch while no key has given a row."""
    if rows == 0:
        return size * 2
    return min(max(1, -(-(want - rows) * keys_done // rows) + 1), PAGE_GROWTH * size)


def execute(store: ox.Store, query: str, params: dict | None = None,
            named: NamedQuery | None = None, limit=None,
            offset=None) -> tuple[list[str], list[list]]:
    """Run SPARQL on an open store -> (columns, rows).  The store's default graph must hold the
    union of the named graphs (see kg.store.fill); GRAPH ?g reaches the per-document graphs.

    `limit`/`offset` return one page of the rows: the rows `offset` … `offset + limit - 1` of the
    whole result, in its order (every named query ends with an ORDER BY that makes the order
    total, so pages are stable and their concatenation is the whole result).  Named queries that
    declare a `# @page-keys` plan are paged key by key (see `_planned_page`); summarised ones
    (`# @summary`) without parameters are read from the store's summaries; any other query is
    paged as its rows come out of the store (the skipped rows are not converted)."""
    cols, rows = _execute(store, query, params, named, limit, offset)
    return cols, sorted_lists(query, cols, rows)


_SORTED_LIST = re.compile(r'^[ \t]*# @sorted-list \?([A-Za-z_][A-Za-z0-9_]*) "([^"]+)"[ \t]*$',
                          re.MULTILINE)


def sorted_lists(query: str, cols: list[str], rows: list[list]) -> list[list]:
    """Rows with the items of each `# @sorted-list ?COLUMN "SEPARATOR"` column sorted (numbers
    in them by value).  Why: GROUP_CONCAT lists its values in the order the engine met them,
    which differs between plans (the whole result, a page's batches) and engines; a sorted list
    is the same everywhere."""
    for name, sep in _SORTED_LIST.findall(query):
        if name not in cols:
            continue
        j = cols.index(name)
        for r in rows:
            if isinstance(r[j], str) and sep in r[j]:
                r[j] = sep.join(sorted(r[j].split(sep), key=_natural))
    return rows


def _natural(text: str) -> list:
    """Sort key reading the digit runs of `text` as numbers (doc-2:9-20 before doc-2:10-15)."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text)]


def _execute(store: ox.Store, query: str, params: dict | None, named: NamedQuery | None,
             limit, offset) -> tuple[list[str], list[list]]:
    """`execute` before `sorted_lists`."""
    limit, offset = check_page(limit, offset)
    if named is not None and not params and summarised(query):
        found = read_summary(store, named.name, query, limit, offset)
        if found is not None:  # the rows the store loader computed (see kg.query.summaries)
            cols, terms = found
            return cols, [[to_python(t) for t in row] for row in terms]
    plan = page_plan(query) if limit is not None and named is not None else None
    text, subs = prepare(store, query, params, named)
    if plan is not None and not any(p in (params or {}) for p in plan.unless):
        try:
            page = _planned_page(store, text, subs, _key_stages(store, query, plan, params, named),
                                 limit, offset)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {short_syntax_error(str(e), text)}") from e
        except (RuntimeError, ValueError, OSError) as e:
            raise QueryError(f"SPARQL error: {e}") from e
        if page is not None:
            cols = [v.value for v in page[0]]
            return cols, [[to_python(sol[c]) for c in cols] for sol in page[1]]
    try:
        result = store.query(text, prefixes=QUERY_PREFIXES, substitutions=subs or None)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {short_syntax_error(str(e), text)}") from e
    except (RuntimeError, ValueError, OSError) as e:
        raise QueryError(f"SPARQL error: {e}") from e
    if isinstance(result, (bool, ox.QueryBoolean)):
        return ["ask"], [[bool(result)]]
    if isinstance(result, ox.QuerySolutions):
        cols = [v.value for v in result.variables]
        rows = [[to_python(sol[c]) for c in cols] for sol in _page(result, limit, offset)]
        return cols, rows
    rows = [[to_python(t.subject), to_python(t.predicate), to_python(t.object)]
            for t in _page(result, limit, offset)]
    return ["subject", "predicate", "object"], rows


def _key_stages(store: ox.Store, query: str, plan: PagePlan, params: dict | None,
                named: NamedQuery) -> list:
    """The stages of a page plan's keys, each (query text, substitutions) ready to run, or the
    keys themselves, (columns, rows), when the store loader kept them (keys without parameters:
    see kg.query.summaries)."""
    if fixed_keys(query) is not None:
        found = summary_keys(store, named.name + KEYS_SUFFIX, plan.keys_query)
        if found is not None:
            return [found]
    index = key_index(query)
    if index is not None:
        entries_text, subs = prepare(store, index[0], params, named)
        try:
            entries = [sol[0] for sol in store.query(entries_text, prefixes=QUERY_PREFIXES,
                                                     substitutions=subs or None)
                       if sol[0] is not None]
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {short_syntax_error(str(e), entries_text)}") from e
        columns = _index_columns(index[1])
        found = read_key_index(store, named.name + INDEX_SUFFIX, index[1], entries,
                               key_order(plan.keys_query, columns))
        if found is not None:
            return [found]
    stages = []
    for stage in _THEN.split(plan.keys_query):
        keys = prepare(store, stage, params, named)
        stages.append(keys if PARAMS_MARKER in stage else (keys[0], {}))
    return stages


def _index_columns(rows_query: str) -> list[str]:
    """The key columns of a key index's rows query (its SELECT's variables after the entry)."""
    m = re.search(r"\bSELECT\s+(?:DISTINCT\s+)?((?:\?[A-Za-z_][A-Za-z0-9_]*\s+)+)(?:WHERE\b|\{)",
                  rows_query, re.IGNORECASE)
    if m is None:
        raise QueryError("a key index's rows query must SELECT ?entry ?key … (variables only)")
    return m.group(1).replace("?", " ").split()[1:]


def _page(results, limit: int | None, offset: int):
    """The solutions `offset` … `offset + limit - 1` of a result, read lazily (a query without
    ORDER BY streams, so the first page does not wait for the whole result)."""
    if limit is None and not offset:
        return results
    return itertools.islice(results, offset, None if limit is None else offset + limit)


def run_query(out_dir, query: str, params: dict | None = None, limit=None,
              offset=None) -> tuple[list[str], list[list]]:
    """Run a named query, a .rq file or SPARQL text over the build in `out_dir` (one page of
    its rows with `limit`/`offset`, see `execute`)."""
    from ..store import StoreError, open_store
    text, named = resolve(query)
    check_page(limit, offset)
    try:
        store = open_store(out_dir)
    except StoreError as e:
        raise QueryError(str(e)) from None
    return execute(store, text, params, named, limit, offset)


# ---------------------------------------------------------------------- rendering

def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return format(Decimal(repr(v)), "f")
    return str(v)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or CR) gets
    a leading apostrophe (OWASP's advice).  Numbers are written as numbers by the caller."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# C0 controls but tab and line feed, DEL, C1 controls (ESC starts ANSI/OSC sequences)
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """`text` with control characters shown as `\\xNN`, so a document cannot send escape
    sequences (colours, titles, hyperlinks, cursor moves) to the reader's terminal."""
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def render(cols: list[str], rows: list[list], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([spreadsheet_safe(terminal_safe(c)) for c in cols])
        w.writerows([[spreadsheet_safe(terminal_safe(_cell(v)))
                      if not isinstance(v, (int, float)) else _cell(v) for v in r] for r in rows])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    cols = [terminal_safe(c) for c in cols]
    cells = [[terminal_safe(_cell(v).replace("\n", " ")) for v in r] for r in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(cols)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(cols), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
