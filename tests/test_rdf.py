"""The RDF export: IRIs, named graphs, evidence, Data Cube metrics, determinism, SHACL."""
from __future__ import annotations

import copy
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_fixtures import DOC, sample_extraction, seed_text  # noqa: E402

from kg.export import exporters  # noqa: E402
from kg.export import rdf  # noqa: E402
from kg.model import Entity, Evidence  # noqa: E402
from kg.store import fill  # noqa: E402

B = rdf.BASE
G = rdf.GOVKG


@pytest.fixture(scope="module")
def x():
    return sample_extraction()


@pytest.fixture(scope="module")
def store(x):
    s = ox.Store()
    fill(s, rdf.quads(x))
    return s


def ask(store, q):
    return store.query(q, prefixes=dict(rdf.PREFIXES))


def test_registered_exporters_write_parseable_files(x, tmp_path):
    ex = exporters()
    ex["turtle"].load()(x, tmp_path / "graph.ttl")
    ex["trig"].load()(x, tmp_path / "graph.trig")
    g = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    ds = rdflib.Dataset().parse(tmp_path / "graph.trig", format="trig")
    assert len(g) > 100
    # Turtle is exactly the union of the TriG graphs
    union = {(s, p, o) for s, p, o, _g in ds.quads((None, None, None, None))}
    assert union == set(g)


def test_output_is_byte_identical_for_identical_input(x):
    rdf._LAST = None  # no reuse of the previous export's terms
    a = rdf.serialize_trig(x), rdf.serialize_turtle(x)
    rdf._LAST = None
    b = rdf.serialize_trig(copy.deepcopy(x)), rdf.serialize_turtle(copy.deepcopy(x))
    assert a == b
    # dict insertion order of the extraction does not matter either
    y = copy.deepcopy(x)
    y.entities = dict(reversed(list(y.entities.items())))
    y.metrics = dict(reversed(list(y.metrics.items())))
    rdf._LAST = None
    assert rdf.serialize_trig(y) == a[0]
    assert b"_:" not in a[0]  # no blank nodes


def test_output_is_byte_identical_across_processes(x, tmp_path):
    """Another interpreter (another hash seed, so other set orders) writes the same bytes."""
    import subprocess
    here = Path(__file__).resolve().parent
    code = ("import sys; sys.path[:0] = [{root!r}, {here!r}]; from rdf_fixtures import "
            "sample_extraction; from kg.export import rdf; "
            "rdf.write_trig(sample_extraction(), sys.argv[1]); "
            "rdf.write_turtle(sample_extraction(), sys.argv[2])").format(
                root=str(here.parent), here=str(here))
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", code, str(tmp_path / f"{seed}.trig"),
                        str(tmp_path / f"{seed}.ttl")], check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"})
    assert (tmp_path / "1.trig").read_bytes() == (tmp_path / "2.trig").read_bytes() \
        == rdf.serialize_trig(x)
    assert (tmp_path / "1.ttl").read_bytes() == (tmp_path / "2.ttl").read_bytes() \
        == rdf.serialize_turtle(x)


def test_iris_follow_the_scheme_and_are_ascii(x):
    iris = rdf.entity_iris(x)
    assert iris["handan"] == B + "id/place/130400"
    assert iris["hanshan"] == B + "id/place/130402"
    assert iris["handan-eeb"] == B + "id/agency/handan-eeb"
    assert iris["yunzhifa"] == B + "id/programme/yunzhifa"
    assert rdf.article_iri(DOC, "A5") == B + "doc/" + DOC + "/A5"
    for q in rdf.quads(x):
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                assert term.value.isascii(), term


def test_duplicate_division_code_does_not_merge_entities(x):
    y = copy.deepcopy(x)
    y.entities["handan-dup"] = Entity("handan-dup", "Place", "邯郸", code="130400")
    iris = rdf.entity_iris(y)
    assert iris["handan"] == B + "id/place/130400"
    assert iris["handan-dup"] == B + "id/place/handan-dup"


def test_one_named_graph_per_document_plus_background(x):
    graphs = {q.graph_name.value for q in rdf.quads(x)}
    assert graphs == {B + "graph/entities", B + "graph/doc/" + DOC}


def test_labels_codes_and_aliases(store):
    rows = list(ask(store, """SELECT ?code ?alias WHERE {
        ?p rdfs:label "邯郸市"@zh ; skos:notation ?code ; skos:altLabel ?alias ;
           a schema:AdministrativeArea, govkg:Place }"""))
    assert {r["code"].value for r in rows} == {"130400"}
    assert {r["alias"].value for r in rows} == {"邯郸", "全市"}


def test_division_table_part_of_in_background_graph(store):
    rows = ask(store, """SELECT ?g WHERE { GRAPH ?g { place:130433 govkg:partOf place:130400 ;
                                                            schema:containedInPlace place:130400 } }""")
    assert B + "graph/entities" in {r["g"].value for r in rows}
    assert ask(store, "ASK { place:130400 govkg:partOf place:130000 }")


def test_relation_is_direct_triple_and_reified_with_evidence_in_doc_graph(store):
    text = seed_text()
    rows = list(ask(store, f"""SELECT ?g ?s ?e ?exact ?rule WHERE {{ GRAPH ?g {{
        agency:handan-eeb govkg:runs programme:yunzhifa .
        ?st a rdf:Statement, govkg:Assertion ; rdf:subject agency:handan-eeb ;
            rdf:predicate govkg:runs ; rdf:object programme:yunzhifa ;
            prov:wasDerivedFrom <{B}doc/{DOC}/A5> .
        ?ann a oa:Annotation ; oa:hasBody ?st ; oa:hasTarget ?t ; govkg:rule ?rule .
        ?t oa:hasSource <{B}doc/{DOC}> ; oa:hasSelector ?ps, ?qs .
        ?ps a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e .
        ?qs a oa:TextQuoteSelector ; oa:exact ?exact }} }}"""))
    assert len(rows) == 1
    r = rows[0]
    assert r["g"].value == B + "graph/doc/" + DOC
    s, e = int(r["s"].value), int(r["e"].value)
    assert text[s:e] == r["exact"].value
    assert "自实行“云执法”监管模式以来" in r["exact"].value
    assert r["rule"].value == "agency-runs"


def test_every_mention_is_an_annotation_with_exact_offsets(x, store):
    text = seed_text()
    rows = list(ask(store, """SELECT ?body ?s ?e ?exact WHERE {
        ?ann oa:motivatedBy oa:identifying ; oa:hasBody ?body ; oa:hasTarget ?t .
        ?t oa:hasSelector ?ps, ?qs . ?ps oa:start ?s ; oa:end ?e . ?qs oa:exact ?exact }"""))
    assert len(rows) == sum(len(e.mentions) for e in x.entities.values())
    for r in rows:
        assert text[int(r["s"].value):int(r["e"].value)] == r["exact"].value
    assert any(r["exact"].value == "邯郸市生态环境局" for r in rows)


def test_metric_is_a_data_cube_observation(store):
    rows = list(ask(store, """SELECT * WHERE {
        ?o a qb:Observation ; dcterms:identifier "m-xuncha" ; qb:dataSet ?ds ;
           sdmx-measure:obsValue ?v ; sdmx-attribute:unitMeasure ?u ; govkg:approximate ?a ;
           govkg:indicator ?i ; govkg:subject ?subj ; sdmx-dimension:refArea ?area ;
           sdmx-dimension:refPeriod ?period ; govkg:surfaceForm ?surface .
        ?u skos:prefLabel ?unit . ?i skos:prefLabel ?ind . ?ds qb:structure ?dsd }"""))
    assert len(rows) == 1
    r = rows[0]
    assert r["v"] == ox.Literal("1200", datatype=ox.NamedNode(rdf.XSD + "integer"))
    assert r["a"].value == "true"
    assert (r["unit"].value, r["ind"].value, r["surface"].value) == ("次", "网上巡查", "网上巡查1200余次")
    assert r["subj"].value == B + "id/programme/yunzhifa"
    # programme subject -> its implementedIn place is the reference area
    assert r["area"].value == B + "id/place/130400"
    assert r["period"].value == rdf.UNSPECIFIED


def test_decimal_values_never_use_exponent_notation():
    xsd = rdf.XSD
    assert rdf._number(48.32) == f'"48.32"^^<{xsd}decimal>'
    assert rdf._number(1e-05) == f'"0.00001"^^<{xsd}decimal>'
    assert rdf._number(17360000000.0) == f'"17360000000"^^<{xsd}integer>'
    assert rdf._number(2.5e20) == f'"250000000000000000000"^^<{xsd}integer>'


def test_literal_escaping_round_trips():
    nasty = 'a "b" \\ c\nd\re\tf \u0000 邯郸'
    nt = f"<urn:s> <urn:p> {rdf._lit(nasty, 'zh')} .\n".encode()
    (t,) = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    assert t.object == ox.Literal(nasty, language="zh")


@pytest.mark.parametrize("text", ['他说"好"', "C:\\路径", "第一行\n第二行", "回车\r", "邯郸市", ""])
def test_each_character_that_needs_an_escape_is_escaped_alone(text):
    """`_esc` skips the replacements when none of its four characters occurs: each of them
    alone must still be escaped (and a plain text come back as it was)."""
    nt = f"<urn:s> <urn:p> {rdf._lit(text)} .\n".encode()
    (t,) = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    assert t.object == ox.Literal(text)


def test_metric_with_two_evidence_spans_has_two_annotations(store):
    rows = list(ask(store, """SELECT ?s WHERE { ?o dcterms:identifier "m-gt-total" .
        ?ann oa:hasBody ?o ; oa:hasTarget/oa:hasSelector/oa:start ?s }"""))
    assert len(rows) == 2


def test_build_activity_and_software_version(store):
    rows = list(ask(store, """SELECT ?v WHERE { ?obs a qb:Observation ; prov:wasGeneratedBy ?b .
        ?b a prov:Activity ; prov:wasAssociatedWith ?agent . ?agent schema:softwareVersion ?v }"""))
    assert rows and {r["v"].value for r in rows} == {rdf.software_version()}


def test_to_dataset_keeps_named_graphs(x):
    ds = rdf.to_dataset(x)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert B + "graph/doc/" + DOC in names and B + "graph/entities" in names


def test_awkward_names_and_ids_stay_valid_rdf(x):
    y = copy.deepcopy(x)
    nasty = 'a "b" {c}\n<d> \\e'
    y.entities["we ird/id"] = Entity("we ird/id", "Programme", nasty, aliases={"x'y"},
                                     mentions=[Evidence(DOC, "s", 0, 3, None, None, "r")])
    data = rdf.serialize_turtle(y)
    g = rdflib.Graph().parse(data=data.decode(), format="turtle")
    assert (rdflib.URIRef(B + "id/programme/we%20ird%2Fid"), rdflib.RDFS.label,
            rdflib.Literal(nasty, lang="zh")) in g


# ---------------------------------------------------------------------- SHACL

def _graph(x) -> rdflib.Graph:
    return rdflib.Graph().parse(data=rdf.serialize_turtle(x).decode(), format="turtle")


def test_export_conforms_to_shapes(x, tmp_path):
    ok, report = rdf.validate(x)
    assert ok, report
    rdf.write_trig(x, tmp_path / "graph.trig")
    rdf.write_turtle(x, tmp_path / "graph.ttl")
    for p in ("graph.trig", "graph.ttl"):
        ok, report = rdf.validate(tmp_path / p)
        assert ok, report


QB = rdflib.Namespace(rdf.QB)
GV = rdflib.Namespace(G)
OA = rdflib.Namespace(rdf.OA)
OBS = rdflib.URIRef(B + "id/metric/m-xuncha")


def _break_ic1(g):
    g.remove((OBS, QB.dataSet, None))


def _break_ic2(g):
    g.add((rdflib.URIRef(rdf.DATASET), QB.structure, rdflib.URIRef(B + "other-dsd")))
    g.add((rdflib.URIRef(B + "other-dsd"), rdflib.RDF.type, QB.DataStructureDefinition))


def _break_ic11(g):
    g.remove((OBS, rdflib.URIRef(rdf.SDMX_DIMENSION + "refPeriod"), None))


def _break_ic12(g):
    dup = rdflib.URIRef(B + "id/metric/dup")
    for _s, p, o in list(g.triples((OBS, None, None))):
        if p != rdflib.URIRef(rdf.SDMX_MEASURE + "obsValue"):
            g.add((dup, p, o))
    g.add((dup, rdflib.URIRef(rdf.SDMX_MEASURE + "obsValue"), rdflib.Literal(1300)))


def _break_ic13(g):
    g.remove((OBS, GV.approximate, None))


def _break_ic14(g):
    g.remove((OBS, rdflib.URIRef(rdf.SDMX_MEASURE + "obsValue"), None))


def _break_ic19(g):
    g.remove((OBS, GV.indicator, None))
    g.add((OBS, GV.indicator, rdflib.URIRef(B + "id/indicator/not-in-the-list")))


DSD = rdflib.URIRef(rdf.DSD)


def _break_ic3(g):
    g.remove((DSD, QB.component, rdflib.URIRef(rdf.DSD + "/obsValue")))


def _break_ic4(g):
    g.remove((GV.subject, rdflib.RDFS.range, None))


def _break_ic5(g):
    g.remove((GV.indicator, QB.codeList, None))


def _break_ic6(g):
    g.add((rdflib.URIRef(rdf.DSD + "/refArea"), QB.componentRequired, rdflib.Literal(False)))


def _break_quote(g):
    quote = sorted(g.subjects(OA.exact, None))[0]
    g.set((quote, OA.exact, rdflib.Literal("x")))  # now disagrees with its positions


def _break_range(g):
    g.add((rdflib.URIRef(B + "id/agency/handan-eeb"), GV.partOf,
           rdflib.URIRef(B + "id/place/130400")))


def _break_reification(g):
    g.remove((rdflib.URIRef(B + "id/agency/handan-eeb"), GV.runs, None))


@pytest.mark.parametrize("breaker,needle", [
    (_break_ic1, "IC-1"), (_break_ic2, "IC-2"), (_break_ic3, "IC-3"), (_break_ic4, "IC-4"),
    (_break_ic5, "IC-5"), (_break_ic6, "IC-6"), (_break_ic11, "IC-11"), (_break_ic12, "IC-12"),
    (_break_ic13, "IC-13"), (_break_ic14, "IC-14"), (_break_ic19, "IC-19"),
    (_break_quote, "length of its position span"), (_break_range, "PartOfSubjectShape"),
    (_break_reification, "stated directly"),
])
def test_shapes_catch_broken_exports(x, breaker, needle):
    g = _graph(x)
    breaker(g)
    ok, report = rdf.validate(g)
    assert not ok
    assert needle in report, report


def test_repeated_statement_of_one_figure_is_one_observation(x):
    y = copy.deepcopy(x)
    m = y.metrics["m-gt-total"]
    # the page repeats 总投资173.6亿元 (continued column): as a separate metric it must merge
    second = copy.deepcopy(m)
    second.id = "m-gt-total-again"
    m.evidence, second.evidence = m.evidence[:1], m.evidence[1:]
    y.metrics[second.id] = second
    s = ox.Store()
    fill(s, rdf.quads(y))
    rows = list(ask(s, """SELECT ?o (COUNT(DISTINCT ?ann) AS ?n) WHERE {
        ?o a qb:Observation ; govkg:surfaceForm "总投资173.6亿元"@zh . ?ann oa:hasBody ?o }
        GROUP BY ?o"""))
    assert [(r["o"].value, int(r["n"].value)) for r in rows] == [(B + "id/metric/m-gt-total", 2)]
    ids = {r["i"].value for r in ask(s, "SELECT ?i WHERE { metric:m-gt-total dcterms:identifier ?i }")}
    assert ids == {"m-gt-total", "m-gt-total-again"}
    ok, report = rdf.validate(y)
    assert ok, report


def test_non_finite_values_are_flagged_by_validation(x):
    y = copy.deepcopy(x)
    y.metrics["m-xuncha"].value = float("nan")
    ok, report = rdf.validate(y)
    assert not ok and "obsValue" in report


# ---------------------------------------------------------------------- random extractions

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.model import Extraction, Metric, Relation  # noqa: E402

names = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() == s and s)


@st.composite
def extractions(draw):
    text = draw(st.text(min_size=20, max_size=200))
    docs = draw(st.lists(st.sampled_from(["d1", "d 2", "sub/d3.txt", "x.jsonl#4"]), min_size=1,
                         max_size=3, unique=True))
    x = Extraction()
    for d in docs:
        x.texts[d] = text
        x.documents.append({"id": d, "source": d, "title": draw(st.none() | names),
                            "date": draw(st.none() | st.just("2022-06-03") | names),
                            "articles": [{"id": "A1", "title": None, "spans": [[0, len(text)]],
                                          "place": None}]})

    def ev():
        s = draw(st.integers(0, len(text)))
        e = draw(st.integers(s, len(text)))
        return Evidence(draw(st.sampled_from(docs)), "src", s, e,
                        draw(st.none() | st.just("A1")), draw(st.none() | names),
                        draw(st.none() | st.sampled_from(["r1", "r2"])))

    kinds = {"Place": [], "Agency": [], "Programme": [], "Organization": []}
    codes = draw(st.lists(st.from_regex(r"13[0-9]{2}(00|[0-9][1-9])", fullmatch=True),
                          max_size=4, unique=True))
    for i, kind in enumerate(draw(st.lists(st.sampled_from(list(kinds)), min_size=1, max_size=8))):
        eid = f"e{i}-{kind.lower()}"
        code = codes.pop() if kind == "Place" and codes else None
        x.entities[eid] = Entity(eid, kind, draw(names), set(draw(st.lists(names, max_size=2))),
                                 code, None, [ev() for _ in range(draw(st.integers(0, 2)))])
        kinds[kind].append(eid)
    table = [("partOf", "Place", "Place"), ("locatedIn", "Agency", "Place"),
             ("runs", "Agency", "Programme"), ("implementedIn", "Programme", "Place"),
             ("cooperatesWith", "Organization", "Organization")]
    for pred, a, b in table:
        if kinds[a] and kinds[b] and draw(st.booleans()):
            s, o = draw(st.sampled_from(kinds[a])), draw(st.sampled_from(kinds[b]))
            x.relations[(s, pred, o)] = Relation(s, pred, o, [ev() for _ in range(draw(st.integers(0, 2)))])
    all_ids = [e for ids in kinds.values() for e in ids]
    for i in range(draw(st.integers(0, 4))):
        value = draw(st.integers(0, 10**12) | st.floats(0, 1e6, allow_nan=False).map(lambda f: round(f, 2)))
        unit = draw(st.sampled_from(["元", "个", "%", "次"]))
        ind = draw(st.sampled_from(["总投资", "网上巡查", "x"]))
        if any(m.surface == f"{ind}{value}{unit}" for m in x.metrics.values()):
            continue  # one printed figure is one observation (extraction merges its repeats: IC-12)
        x.metrics[f"m{i}"] = Metric(draw(st.none() | st.sampled_from(all_ids)), ind, value, unit,
                                    draw(st.booleans()), f"{ind}{value}{unit}",
                                    draw(st.none() | st.just("1至4月")), [ev()], {"r"}, f"m{i}")
    return x


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_random_extractions_export_deterministically_and_validate(y):
    assert rdf.content_hash(y) == rdf._content_hash_full(y)  # the piecewise digest is the same
    a = rdf.serialize_trig(y)
    rdf._LAST = None
    assert rdf.serialize_trig(copy.deepcopy(y)) == a
    ds = rdflib.Dataset().parse(data=a.decode(), format="trig")
    assert len(ds) >= 0
    ok, report = rdf.validate(y)
    assert ok, report


def test_every_govkg_term_used_is_declared_with_zh_and_en_labels(x):
    ont = rdflib.Graph().parse(rdf.ONTOLOGY_DIR / "govkg.ttl", format="turtle")
    declared = {str(s) for s in ont.subjects() if str(s).startswith(G)}
    used = set()
    for q in rdf.quads(x):
        for t in (q.predicate, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(G):
                used.add(t.value)
    assert used and used <= declared, used - declared
    for term in declared:
        langs = {o.language for o in ont.objects(rdflib.URIRef(term), rdflib.RDFS.label)}
        assert {"zh", "en"} <= langs, term


def test_nquads_bulk_file_holds_every_quad(x, tmp_path):
    rdf.write_nquads(x, tmp_path / "graph.nq")
    loaded = list(ox.parse(path=str(tmp_path / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    assert loaded == rdf.quads(x)


def _two_documents():
    """Two documents sharing entities, a relation and one repeated figure (cross-graph rows)."""
    a, b = sample_extraction("doc-a"), sample_extraction("doc-b")
    a.texts.update(b.texts)
    a.documents += b.documents
    for eid, ent in b.entities.items():
        a.entities[eid].mentions += ent.mentions
    for key, rel in b.relations.items():
        a.relations[key].evidence += rel.evidence
    for mid, met in b.metrics.items():
        a.metrics[mid + "-b"] = copy.deepcopy(met)
        a.metrics[mid + "-b"].id = mid + "-b"
    # NUL, \x01, tab and non-BMP text sort and round-trip through the spilled runs
    a.entities["handan"].aliases |= {"邯\x00郸", "邯\x01郸", "邯\t郸", "邯郸\U0001F600"}
    return a


def test_graph_by_graph_export_agrees_across_formats(tmp_path):
    """Two documents that share entities, a relation and a figure: the Turtle file is the union
    of the TriG graphs with every triple once (no global sort, shared nodes written by the first
    graph only), and N-Quads holds exactly the TriG quads."""
    y = _two_documents()
    rdf._LAST = None
    rdf.write_turtle(y, tmp_path / "g.ttl")
    rdf.write_trig(y, tmp_path / "g.trig")
    rdf.write_nquads(y, tmp_path / "g.nq")
    trig = list(ox.parse(path=str(tmp_path / "g.trig"), format=ox.RdfFormat.TRIG))
    ttl = list(ox.parse(path=str(tmp_path / "g.ttl"), format=ox.RdfFormat.TURTLE))
    nq = list(ox.parse(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS))
    assert len(set(trig)) == len(trig) and set(nq) == set(trig) and len(nq) == len(trig)
    assert len(set(ttl)) == len(ttl)  # no triple twice in the union
    assert {(t.subject, t.predicate, t.object) for t in ttl} \
        == {(q.subject, q.predicate, q.object) for q in trig}
    assert len({q.graph_name for q in trig}) == 3
    # the figure stated in both documents: both metric ids in the union, each graph its own
    ids = {(q.graph_name.value, q.object.value) for q in trig
           if q.predicate.value == rdf.DCTERMS + "identifier" and "/id/metric/" in q.subject.value}
    graphs = {g for g, _ in ids}
    assert all(any(m.endswith("-b") for g2, m in ids if g2 == g) != (g.endswith("doc-a"))
               for g in graphs)
    # the outputs are those of the serialise functions, and the same in a fresh export
    assert (tmp_path / "g.trig").read_bytes() == rdf.serialize_trig(y)
    assert (tmp_path / "g.ttl").read_bytes() == rdf.serialize_turtle(y)
    rdf._LAST = None


def test_export_cache_keeps_one_export_and_its_files(x):
    rdf._LAST = None
    first = rdf._export(x)
    assert rdf._export(x) is first and first.trig.is_file()
    y = copy.deepcopy(x)
    y.entities["handan"].aliases.add("邯郸地区")
    second = rdf._export(y)
    assert second is not first and not first.dir.exists()
    rdf._LAST = None


def test_export_files_are_removed_once_turtle_and_trig_are_written(x, tmp_path):
    rdf._LAST = None
    rdf.write_turtle(x, tmp_path / "g.ttl")
    export = rdf._LAST
    assert export is not None and export.dir.exists()
    rdf.write_trig(x, tmp_path / "g.trig")  # reuses the graph built for the Turtle file
    assert rdf._LAST is None and not export.dir.exists()
    assert (tmp_path / "g.trig").read_bytes() == rdf.serialize_trig(x)
    assert (tmp_path / "g.ttl").read_bytes() == rdf.serialize_turtle(x)
