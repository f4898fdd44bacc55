"""Compact provenance in the RDF export, on the real sample page (the Hebei Daily Handan page):
mentions share their sentence's span and quote selectors, annotations name no build of their
own, and the export stays near 15 quads per mention (it was 17 and more)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import builder
from kg.export import rdf
from kg.store import fill

P = dict(rdf.PREFIXES)


@pytest.fixture(scope="module")
def page():
    ex, _errors, _articles = builder.extract(builder.sample_corpus())
    return ex


@pytest.fixture(scope="module")
def store(page):
    s = ox.Store()
    fill(s, rdf.quads(page))
    return s


def test_mentions_of_one_sentence_point_to_one_sentence_span(page, store):
    rows = list(store.query("""SELECT ?sent (COUNT(DISTINCT ?t) AS ?n) WHERE {
        ?ann oa:motivatedBy oa:identifying ; oa:hasTarget ?t . ?t govkg:inSentence ?sent .
        ?sent oa:hasSelector/oa:exact ?sentence ; oa:hasSelector ?ps .
        ?ps oa:start ?ss ; oa:end ?se .
        ?t oa:hasSelector/oa:start ?ts ; oa:hasSelector/oa:end ?te .
        FILTER (?ss <= ?ts && ?te <= ?se && STRLEN(?sentence) = ?se - ?ss) } GROUP BY ?sent""",
                            prefixes=P))
    assert len(rows) > 20 and max(int(r["n"].value) for r in rows) >= 3
    # the sentence's text is the document's text at the sentence span
    (doc,) = page.documents
    text = page.texts[doc["id"]]
    for r in list(store.query("""SELECT ?exact ?s ?e WHERE { ?t govkg:inSentence ?sent .
            ?sent oa:hasSelector/oa:exact ?exact ; oa:hasSelector/oa:start ?s ;
                  oa:hasSelector/oa:end ?e } LIMIT 50""", prefixes=P)):
        assert text[int(r["s"].value):int(r["e"].value)] == r["exact"].value


def test_spans_with_the_same_text_share_one_quote_selector(store):
    (row,) = list(store.query("""SELECT (MAX(?n) AS ?most) WHERE {
        { SELECT ?q (COUNT(DISTINCT ?t) AS ?n) WHERE {
            ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector } GROUP BY ?q } }""", prefixes=P))
    assert int(row["most"].value) >= 5  # 邯郸市 and its counties are named again and again


def test_the_build_is_named_on_the_graph_not_on_each_annotation(page, store):
    assert not store.query("ASK { ?a a oa:Annotation ; prov:wasGeneratedBy ?b }", prefixes=P)
    (doc,) = page.documents
    g = rdf.doc_graph_iri(doc["id"])
    assert store.query(f"ASK {{ GRAPH <{g}> {{ <{g}> prov:wasGeneratedBy ?b . "
                       "?b a prov:Activity } }", prefixes=P) is not None
    assert list(store.query(f"SELECT ?b WHERE {{ <{g}> prov:wasGeneratedBy ?b }}", prefixes=P))


def test_provenance_quads_per_evidence_stay_few(page):
    """Annotation, span, selectors: 17 quads per mention before (one quote selector and one
    govkg:sentence copy of the sentence per mention, the build on every annotation)."""
    evidence = sum(len(e.mentions) for e in page.entities.values()) \
        + sum(len(r.evidence) for r in page.relations.values()) \
        + sum(len(m.evidence) for m in page.metrics.values())
    kinds = ("/id/annotation/", "/span/", "/id/quote/")
    n = sum(1 for q in rdf.quads(page) if any(k in q.subject.value for k in kinds))
    assert n / evidence < 14, (n, evidence)
    assert not any(q.predicate.value == rdf.GOVKG + "sentence" for q in rdf.quads(page))
