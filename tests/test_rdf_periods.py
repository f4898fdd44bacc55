"""RDF of figures: refPeriod as a typed time value, the indicator concept, the kind of figure,
a change linked to its level figure — and SHACL accepts them."""
from __future__ import annotations

import copy
import sys
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_fixtures import sample_extraction  # noqa: E402

from kg.export import rdf  # noqa: E402
from kg.store import fill  # noqa: E402

XSD = rdf.XSD


def _extraction():
    x = copy.deepcopy(sample_extraction())
    m = x.metrics
    m["m-gt-total"].period, m["m-gt-total"].period_text = "2022", "今年"
    m["m-gt-total"].concept = "investment"
    m["m-gt-share"].period, m["m-gt-share"].period_text = "2022-01/2022-04", "1至4月"
    m["m-gt-share"].kind, m["m-gt-share"].base = "share", "m-gt-total"
    m["m-xuncha"].period = "2022-06-02"
    m["m-quzheng"].kind, m["m-quzheng"].low, m["m-quzheng"].high = "range", 15, 20
    return x


def _store(x):
    s = ox.Store()
    fill(s, rdf.quads(x))
    return s


def _one(store, query):
    rows = list(store.query(query, prefixes=dict(rdf.PREFIXES)))
    assert len(rows) == 1, rows
    return rows[0]


def test_ref_period_is_a_typed_time_value():
    s = _store(_extraction())
    q = 'SELECT ?p WHERE {{ ?o dcterms:identifier "{}" ; sdmx-dimension:refPeriod ?p }}'
    assert _one(s, q.format("m-gt-total"))["p"] == ox.Literal("2022", datatype=ox.NamedNode(XSD + "gYear"))
    assert _one(s, q.format("m-xuncha"))["p"] == ox.Literal("2022-06-02", datatype=ox.NamedNode(XSD + "date"))
    r = _one(s, """SELECT ?b ?e ?words WHERE { ?o dcterms:identifier "m-gt-share" ;
                   sdmx-dimension:refPeriod ?p ; govkg:periodText ?words .
                   ?p a time:ProperInterval ; govkg:periodStart ?b ; govkg:periodEnd ?e }""")
    assert r["b"] == ox.Literal("2022-01", datatype=ox.NamedNode(XSD + "gYearMonth"))
    assert r["e"] == ox.Literal("2022-04", datatype=ox.NamedNode(XSD + "gYearMonth"))
    assert r["words"].value == "1至4月"


def test_concept_kind_range_and_base_figure():
    s = _store(_extraction())
    r = _one(s, 'SELECT ?c ?k WHERE { ?o dcterms:identifier "m-gt-total" ; govkg:indicatorConcept ?c ; govkg:figureKind ?k }')
    assert r["c"].value == "https://w3id.org/govkg/indicator/investment"
    assert r["k"].value == rdf.GOVKG + "KindLevel"
    r = _one(s, 'SELECT ?base ?k WHERE { ?o dcterms:identifier "m-gt-share" ; govkg:baseFigure ?base ; govkg:figureKind ?k }')
    assert r["base"].value == rdf.metric_iri("m-gt-total") and r["k"].value == rdf.GOVKG + "KindShare"
    r = _one(s, 'SELECT ?lo ?hi WHERE { ?o dcterms:identifier "m-quzheng" ; govkg:lowValue ?lo ; govkg:highValue ?hi }')
    assert (r["lo"].value, r["hi"].value) == ("15", "20")


def test_shapes_accept_typed_periods_and_reject_a_bad_kind():
    x = _extraction()
    ok, report = rdf.validate(x)
    assert ok, report
    x.metrics["m-xuncha"].kind = "guess"
    ok, _report = rdf.validate(x)
    assert not ok
