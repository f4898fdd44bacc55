"""Summaries: the rows of the aggregate named queries, computed once when the store is loaded.

Why: an aggregate over every figure of the corpus (investment per county, programmes per county,
approximate figures per unit) scans every observation and its annotations; on a 10M-quad build
that is 3–25 CPU seconds a query, whatever its shape, and its answer changes only when the build
does.  A query whose header has the line `# @summary` is run once, without parameters, by the
store loader (`kg.store`), and its rows are kept in the store in a named graph of their own,
`https://w3id.org/govkg/summary/NAME`, in the W3C result-set vocabulary the SPARQL test suites use
(`rs:ResultSet`, `rs:solution`, `rs:index`, `rs:binding`, `rs:variable`, `rs:value`), so anyone can
read them with SPARQL, and each row's terms once more as one JSON literal (`govkg:rowTerms`),
which is what `execute` reads (a string per row rather than three terms per binding).  `execute` answers that query without parameters from the graph: a few
thousand triples instead of the corpus, the same rows in the same order (the terms are stored as
they came out).  With a parameter, or when the graph was made from another text of the query
(its SHA-256 is stored beside the rows: a newer query file is never answered by old rows), the
query runs on the corpus as before.

The summary graphs are not part of the export (graph.trig, graph.ttl) and not in the store's
default graph (the union of the documents): they are a cache of the store, rebuilt with it.
"""
from __future__ import annotations

import hashlib
import json

import pyoxigraph as ox

SUMMARY_MARKER = "# @summary"
SUMMARY_BASE = "https://w3id.org/govkg/summary/"
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
GOVKG = "https://w3id.org/govkg/ontology#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _rs(name: str) -> ox.NamedNode:
    return ox.NamedNode(RS + name)


def summarised(text: str) -> bool:
    """True when a query text asks to be summarised (`# @summary` on a line of its own)."""
    return any(line.strip() == SUMMARY_MARKER for line in text.splitlines())


def graph_iri(name: str) -> str:
    """The named graph that holds the summary of the named query `name`."""
    return SUMMARY_BASE + name


def digest(text: str) -> str:
    """SHA-256 of the query text the rows were made from (stored with them)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def summary_quads(name: str, text: str, variables, solutions) -> list[ox.Quad]:
    """The quads of one summary graph: a result set, its variables in order (as one
    space-separated literal: rs:resultVariable is unordered), its digest, and one solution per
    row with its index (1, 2 …) and one binding per bound variable.  IRIs, not blank nodes, so
    that the graph is the same on every load."""
    g = ox.NamedNode(graph_iri(name))
    names = [v.value for v in variables]
    quads = [ox.Quad(g, _RDF_TYPE, _rs("ResultSet"), g),
             ox.Quad(g, ox.NamedNode(GOVKG + "queryDigest"), ox.Literal(digest(text)), g),
             ox.Quad(g, ox.NamedNode(GOVKG + "resultColumns"), ox.Literal(" ".join(names)), g),
             ox.Quad(g, ox.NamedNode(GOVKG + "rowCount"),
                     ox.Literal(str(len(solutions)), datatype=_XSD_INT), g)]
    quads += [ox.Quad(g, _rs("resultVariable"), ox.Literal(n), g) for n in names]
    for i, sol in enumerate(solutions, 1):
        row = ox.NamedNode(f"{g.value}#r{i}")
        quads += [ox.Quad(g, _rs("solution"), row, g),
                  ox.Quad(row, _rs("index"), ox.Literal(str(i), datatype=_XSD_INT), g)]
        for n in names:
            value = sol[n]
            if value is None:  # unbound: no binding (as in the result-set vocabulary)
                continue
            b = ox.NamedNode(f"{row.value}-{n}")
            quads += [ox.Quad(row, _rs("binding"), b, g),
                      ox.Quad(b, _rs("variable"), ox.Literal(n), g),
                      ox.Quad(b, _rs("value"), value, g)]
        quads.append(ox.Quad(row, ox.NamedNode(GOVKG + "rowTerms"),
                             ox.Literal(json.dumps([_cell(sol[n]) for n in names],
                                                   ensure_ascii=False)), g))
    return quads


def _cell(term):
    """A term as JSON (the row's terms in one literal: reading a row back costs one string, not
    one per binding and variable)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ["iri", term.value]
    if isinstance(term, ox.BlankNode):
        return ["bnode", term.value]
    return ["literal", term.value, term.datatype.value if term.datatype else "",
            term.language or ""]


def _term(cell):
    """The term `_cell` wrote."""
    if cell is None:
        return None
    if cell[0] == "iri":
        return ox.NamedNode(cell[1])
    if cell[0] == "bnode":
        return ox.BlankNode(cell[1])
    if cell[3]:
        return ox.Literal(cell[1], language=cell[3])
    return ox.Literal(cell[1], datatype=ox.NamedNode(cell[2]))


def write_summaries(store: ox.Store) -> dict[str, int]:
    """Run every query marked `# @summary` (no parameters) on `store` and keep its rows in its
    summary graph (replacing an older one); returns the rows per query."""
    from . import QUERY_PREFIXES, bind_params, list_queries
    counts = {}
    for q in list_queries():
        if not summarised(q.text):
            continue
        text = bind_params(q.text, {}, q)[0]
        result = store.query(text, prefixes=QUERY_PREFIXES)
        rows = list(result)
        g = ox.NamedNode(graph_iri(q.name))
        if store.contains_named_graph(g):
            store.clear_graph(g)
        store.bulk_extend(summary_quads(q.name, q.text, result.variables, rows))
        counts[q.name] = len(rows)
    for q in list_queries():  # the keys of page plans that take no parameter
        text = fixed_keys(q.text)
        if text is None:
            continue
        result = store.query(text, prefixes=QUERY_PREFIXES)
        rows = list(result)
        name = q.name + KEYS_SUFFIX
        g = ox.NamedNode(graph_iri(name))
        if store.contains_named_graph(g):
            store.clear_graph(g)
        store.bulk_extend(summary_quads(name, text, result.variables, rows))
        counts[name] = len(rows)
    from . import _index_columns, key_index, key_order, page_plan
    for q in list_queries():  # the key indexes of page plans (keys per entity, per indicator)
        index = key_index(q.text)
        if index is None:
            continue
        order = key_order(page_plan(q.text).keys_query, _index_columns(index[1]))
        name = q.name + INDEX_SUFFIX
        counts[name] = write_key_index(store, name, index[1], index[1], order)
    return counts


KEYS_SUFFIX = "/page-keys"


def fixed_keys(text: str) -> str | None:
    """The keys query of a query's page plan when it takes no parameter, lookup or stage (its
    rows are then the same for every page: they are kept like a summary), else None."""
    from . import page_plan
    plan = page_plan(text)
    if plan is None or any(m in plan.keys_query for m in ("# @params", "# @lookup", "# @prefetch",
                                                          "# @then")):
        return None
    return plan.keys_query


def read_summary(store: ox.Store, name: str, text: str, limit: int | None = None,
                 offset: int = 0):
    """(columns, solutions as lists of terms or None) of the summary of query `name` made from
    `text` (rows offset … offset+limit-1 with a limit), or None when the store holds none for
    that text.  A page reads its rows by their IRIs; the whole result with one scan of the
    graph's row literals (no join: a few milliseconds for thousands of rows)."""
    g = ox.NamedNode(graph_iri(name))
    prop = ox.NamedNode(GOVKG + "rowTerms")

    def scan(p, s=None):
        return store.quads_for_pattern(s, p, None, g)
    digests = {q.object.value for q in scan(ox.NamedNode(GOVKG + "queryDigest"))}
    heads = [q.object.value for q in scan(ox.NamedNode(GOVKG + "resultColumns"))]
    counts = [int(q.object.value) for q in scan(ox.NamedNode(GOVKG + "rowCount"))]
    if digests != {digest(text)} or len(heads) != 1 or len(counts) != 1:
        return None
    cols = heads[0].split(" ") if heads[0] else []
    prefix = graph_iri(name) + "#r"
    if limit is not None:
        wanted = range(offset + 1, min(counts[0], offset + limit) + 1)
        found = [list(scan(prop, ox.NamedNode(f"{prefix}{i}"))) for i in wanted]
        if any(len(q) != 1 for q in found):  # not the graph this module writes
            return None
        return cols, [[_term(c) for c in json.loads(q[0].object.value)] for q in found]
    rows = {int(q.subject.value[len(prefix):]): [_term(c) for c in json.loads(q.object.value)]
            for q in scan(prop)}
    if sorted(rows) != list(range(1, counts[0] + 1)):  # not the graph this module writes
        return None
    return cols, [rows[i] for i in sorted(rows)][offset:]


# ---------------------------------------------------------------------- key indexes

INDEX_SUFFIX = "/key-index"
INDEX_CHUNK = 256  # keys per literal: a first page reads one or two of them


def index_entry(term) -> str:
    """The fragment naming one entry (an entity, an indicator …) of a key index: a hash of the
    term, so that any IRI gives a short, stable IRI for its rows."""
    return hashlib.sha256(str(term).encode("utf-8")).hexdigest()[:24]


def index_quads(name: str, text: str, columns: list[str], groups: dict) -> list[ox.Quad]:
    """The quads of a key index graph: its digest and columns, then for each entry (`groups`:
    the entry term's text -> its key rows, sorted) its row count and its rows in chunks of
    INDEX_CHUNK, each chunk one JSON literal (`<graph>#<entry>-<n>`)."""
    g = ox.NamedNode(graph_iri(name))
    count = ox.NamedNode(GOVKG + "rowCount")
    terms = ox.NamedNode(GOVKG + "rowTerms")
    quads = [ox.Quad(g, ox.NamedNode(GOVKG + "queryDigest"), ox.Literal(digest(text)), g),
             ox.Quad(g, ox.NamedNode(GOVKG + "resultColumns"), ox.Literal(" ".join(columns)), g)]
    for entry in sorted(groups):
        rows = groups[entry]
        base = f"{g.value}#{index_entry(entry)}"
        quads.append(ox.Quad(ox.NamedNode(base), count,
                             ox.Literal(str(len(rows)), datatype=_XSD_INT), g))
        for n, at in enumerate(range(0, len(rows), INDEX_CHUNK)):
            cells = [[_cell(t) for t in row] for row in rows[at:at + INDEX_CHUNK]]
            quads.append(ox.Quad(ox.NamedNode(f"{base}-{n}"), terms,
                                 ox.Literal(json.dumps(cells, ensure_ascii=False)), g))
    return quads


def write_key_index(store: ox.Store, name: str, text: str, rows_query: str, order) -> int:
    """Run a key index's rows query (first column: the entry) over the whole store and keep
    each entry's key rows, distinct and sorted by `order` (a row -> sort key function), in the
    graph of `name`; returns the number of entries."""
    from . import QUERY_PREFIXES
    result = store.query(rows_query, prefixes=QUERY_PREFIXES)
    columns = [v.value for v in result.variables][1:]
    groups: dict[str, dict] = {}
    for sol in result:
        row = tuple(sol[i] for i in range(1, len(columns) + 1))
        groups.setdefault(str(sol[0]), {})[tuple(str(t) for t in row)] = row
    for entry, rows in groups.items():
        groups[entry] = sorted(rows.values(), key=order)
    g = ox.NamedNode(graph_iri(name))
    if store.contains_named_graph(g):
        store.clear_graph(g)
    store.bulk_extend(index_quads(name, text, columns, groups))
    return len(groups)


class IndexedKeys:
    """The key rows of some entries of a key index, merged in order and read a chunk at a time
    (an iterator of row lists); `columns` names them, `total` counts them (an upper bound: the
    same row under two entries counts twice)."""

    def __init__(self, store: ox.Store, name: str, columns: list[str], entries, order):
        self.store, self.columns, self.order = store, columns, order
        self.graph = ox.NamedNode(graph_iri(name))
        self.counts = {}
        prop = ox.NamedNode(GOVKG + "rowCount")
        for entry in sorted({str(e) for e in entries}):
            base = f"{self.graph.value}#{index_entry(entry)}"
            found = list(store.quads_for_pattern(ox.NamedNode(base), prop, None, self.graph))
            if found:
                self.counts[base] = int(found[0].object.value)
        self.total = sum(self.counts.values())
        self._rows = self._merged()

    def _chunks(self, base: str):
        prop = ox.NamedNode(GOVKG + "rowTerms")
        for n in range(-(-self.counts[base] // INDEX_CHUNK)):
            for q in self.store.quads_for_pattern(ox.NamedNode(f"{base}-{n}"), prop, None,
                                                  self.graph):
                yield from ([_term(c) for c in row] for row in json.loads(q.object.value))

    def _merged(self):
        import heapq
        last = None
        for row in heapq.merge(*(self._chunks(b) for b in self.counts), key=self.order):
            key = [str(t) for t in row]
            if key != last:
                last = key
                yield row

    def __iter__(self):
        return self

    def __next__(self) -> list:
        """The next chunk of merged rows (at most INDEX_CHUNK); StopIteration at the end."""
        import itertools
        chunk = list(itertools.islice(self._rows, INDEX_CHUNK))
        if not chunk:
            raise StopIteration
        return chunk


def read_key_index(store: ox.Store, name: str, text: str, entries, order):
    """The IndexedKeys of `entries` in the key index `name` made from `text`, or None when the
    store holds no index made from that text (an older store: the keys query runs instead)."""
    g = ox.NamedNode(graph_iri(name))
    digests = {q.object.value for q in store.quads_for_pattern(
        g, ox.NamedNode(GOVKG + "queryDigest"), None, g)}
    heads = [q.object.value for q in store.quads_for_pattern(
        g, ox.NamedNode(GOVKG + "resultColumns"), None, g)]
    if digests != {digest(text)} or len(heads) != 1:
        return None
    return IndexedKeys(store, name, heads[0].split(" "), entries, order)


class SummaryKeys:
    """The rows of a summary (the page keys a loader kept), read INDEX_CHUNK rows at a time by
    their IRIs (an iterator of row lists, like IndexedKeys): a first page of facts-by-article
    reads 256 of its 3,111 article keys, not all of them (0.3 CPU-s on a 10M-quad build)."""

    def __init__(self, store: ox.Store, name: str, text: str, columns: list[str], total: int):
        self.store, self.name, self.text = store, name, text
        self.columns, self.total, self.at = columns, total, 0

    def __iter__(self):
        return self

    def __next__(self) -> list:
        if self.at >= self.total:
            raise StopIteration
        found = read_summary(self.store, self.name, self.text, INDEX_CHUNK, self.at)
        if found is None:
            raise StopIteration
        self.at += INDEX_CHUNK
        return found[1]


def summary_keys(store: ox.Store, name: str, text: str):
    """SummaryKeys of the summary `name` made from `text`, or None when the store has none."""
    found = read_summary(store, name, text, 0, 0)
    if found is None:
        return None
    g = ox.NamedNode(graph_iri(name))
    (count,) = [int(q.object.value) for q in store.quads_for_pattern(
        None, ox.NamedNode(GOVKG + "rowCount"), None, g) if q.subject == g]
    return SummaryKeys(store, name, text, found[0], count)
