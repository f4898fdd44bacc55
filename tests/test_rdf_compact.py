"""Compact provenance in the Turtle and TriG files (issue 17): each document graph is preceded by
prefixes of its own (`d:` its document, `s:` its spans, `s:495-499\\/position` for a position
selector), which changes no triple.  Checked on the real sample page (the Hebei Daily Handan
page) and on documents whose ids and article ids no prefixed name can hold."""
from __future__ import annotations

import copy
import dataclasses
import re
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_fixtures import sample_extraction  # noqa: E402

from kg import builder  # noqa: E402
from kg.export import rdf  # noqa: E402
from kg.model import Evidence  # noqa: E402

OA = rdf.OA


@pytest.fixture(scope="module")
def page():
    ex, _errors, _articles = builder.extract(builder.sample_corpus())
    return ex


def _ox_quads(data: bytes, fmt) -> set[str]:
    return {str(q) for q in ox.parse(data, format=fmt)}


def _rdflib_quads(data: bytes) -> set[str]:
    """The TriG as rdflib reads it, in pyoxigraph's N-Quads spelling (IRIs and literals only:
    the export has no blank nodes)."""
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format="trig")
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        gi = g.identifier if hasattr(g, "identifier") else g
        out.add(str(ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), _ox_term(o),
                            ox.NamedNode(str(gi)))))
    return out


def _ox_term(o):
    if isinstance(o, rdflib.URIRef):
        return ox.NamedNode(str(o))
    if o.language:
        return ox.Literal(str(o), language=o.language)
    if o.datatype:
        return ox.Literal(str(o), datatype=ox.NamedNode(str(o.datatype)))
    return ox.Literal(str(o))


def test_rdflib_and_pyoxigraph_read_the_same_quads_from_the_prefixed_files(page):
    trig = rdf.serialize_trig(page)
    assert b"@prefix s: <" in trig and b"\\/position" in trig  # the compact form is in use
    quads = _ox_quads(trig, ox.RdfFormat.TRIG)
    assert quads == _rdflib_quads(trig)
    # every quad is also in N-Quads, written from the same graphs by pyoxigraph
    assert quads == _ox_quads(rdf.nquads(page), ox.RdfFormat.N_QUADS)
    # the Turtle union holds exactly the triples of the named graphs
    ttl = rdf.serialize_turtle(page)
    union = {str(t) for t in ox.parse(ttl, format=ox.RdfFormat.TURTLE)}
    assert union == {str(ox.Triple(q.subject, q.predicate, q.object))
                     for q in ox.parse(trig, format=ox.RdfFormat.TRIG)}
    g = rdflib.Graph().parse(data=ttl.decode("utf-8"), format="turtle")
    assert len(g) == len(union)


def test_every_mention_keeps_its_full_span_and_position_iris(page):
    """`s:S-E` and `s:S-E\\/position` expand to doc/{doc}/span/S-E(/position), and the position
    selector states S and E: a mistaken prefix or escape would lose or move every span."""
    store = ox.Store()
    store.extend(ox.parse(rdf.serialize_trig(page), format=ox.RdfFormat.TRIG))
    (doc,) = page.documents
    checked = 0
    for ent in page.entities.values():
        for ev in ent.mentions:
            span = rdf.span_iri(ev.doc, ev.start, ev.end)
            rows = list(store.query(
                f"SELECT ?s ?e ?src WHERE {{ GRAPH ?g {{ ?a oa:hasTarget <{span}> . "
                f"<{span}> oa:hasSelector <{span}/position> ; oa:hasSource ?src . "
                f"<{span}/position> oa:start ?s ; oa:end ?e }} }}", prefixes={"oa": OA}))
            assert [(int(r["s"].value), int(r["e"].value), r["src"].value) for r in rows][:1] \
                == [(ev.start, ev.end, rdf.doc_iri(doc["id"]))]
            checked += 1
    assert checked > 100


def test_each_document_graph_binds_its_own_prefixes():
    """Two documents: `s:` and `d:` are bound again before each graph, so each graph's spans
    and articles are its own document's (in TriG and in the Turtle union)."""
    a, b = sample_extraction("doc-a"), sample_extraction("doc-b")
    a.texts.update(b.texts)
    a.documents += b.documents
    for eid, ent in b.entities.items():
        a.entities[eid].mentions += ent.mentions
    trig = rdf.serialize_trig(a)
    assert trig.count(b"@prefix s: <https://w3id.org/govkg/doc/doc-") == 2
    spans = 0
    for q in ox.parse(trig, format=ox.RdfFormat.TRIG):
        for term in (q.subject, q.object):
            if isinstance(term, ox.NamedNode) and "/span/" in term.value:
                doc = q.graph_name.value.rsplit("/", 1)[1]
                assert term.value.startswith(rdf.doc_iri(doc) + "/span/")
                spans += 1
    assert spans > 50
    ttl = rdf.serialize_turtle(a)
    assert ttl.count(b"@prefix d: <") == 2
    assert {str(t) for t in ox.parse(ttl, format=ox.RdfFormat.TURTLE)} == \
        {str(ox.Triple(q.subject, q.predicate, q.object))
         for q in ox.parse(trig, format=ox.RdfFormat.TRIG)}


def test_ids_no_prefixed_name_can_hold_fall_back_to_full_iris():
    """A document id with spaces and Han characters (percent-encoded in its IRI) and an article
    id with a slash: the files still parse, in both readers, to the IRIs of the scheme."""
    x = sample_extraction()
    y = copy.deepcopy(x)
    (d,) = y.documents
    old = d["id"]
    new = "邯郸日报 2023/版.1"
    d["id"] = new
    y.texts = {new: y.texts[old]}
    for a in d.get("articles") or []:
        a["id"] = a["id"].replace(old, new).replace("#", "#第/")

    def moved(e: Evidence) -> Evidence:
        art = e.article.replace(old, new).replace("#", "#第/") if e.article else None
        return dataclasses.replace(e, doc=new, article=art)
    for ent in y.entities.values():
        ent.mentions = [moved(e) for e in ent.mentions]
    for item in list(y.relations.values()) + list(y.metrics.values()):
        item.evidence = [moved(e) for e in item.evidence]
    rdf._LAST = None
    trig = rdf.serialize_trig(y)
    quads = _ox_quads(trig, ox.RdfFormat.TRIG)
    assert quads == _rdflib_quads(trig)
    doc = rdf.doc_iri(new)
    assert "%" in doc and f"<{doc}>" in trig.decode("utf-8")  # no `doc:` name for it
    assert any(f"<{doc}/span/" in q and "/position>" in q for q in quads)
    rdf._LAST = None


def test_provenance_per_annotation_is_about_half_a_kilobyte(page):
    """Annotations, spans and position selectors (the per-mention provenance) take under 550
    bytes of TriG per annotation on the sample page (736 with full IRIs)."""
    trig = rdf.serialize_trig(page).decode("utf-8")
    statements = re.findall(r"^\t(?:annotation:|s:)[^\n]*(?:\n\t\t[^\n]*)*", trig, re.M)
    annotations = len(re.findall(r" a oa:Annotation ;", trig))
    assert annotations > 300
    size = sum(len(s.encode("utf-8")) + 1 for s in statements)
    assert size / annotations < 550
