"""perf40w: cheaper writers that must not change what they write.

- The explorer's layout (`html._repulsion`) reads contiguous blocks only (the coordinates
  copied out of `pos`'s strided columns and spread over a block's rows, the distance floor a
  block of its own): the positions are the same to the bit as whole n×n matrices give, for a
  graph whose last block of rows is ragged.
- The RDF export keys the shared nodes it has written to the union (`_Builder.first`) by two
  string hashes in one 128-bit number instead of a BLAKE2b digest: the Turtle union is still
  exactly the set of the TriG quads' triples (a wrong "written already" would drop a triple
  from it), on two documents that state the same entities, relations and figures; and a
  literal holding quotes, a backslash and characters beyond the BMP reads back
  the same from Turtle, TriG and N-Quads.
"""
from __future__ import annotations


import numpy as np
import pyoxigraph as ox

from kg.builder import build
from kg.export import html as html_export
from kg.export import rdf
from test_html import _whole_matrix_fr  # (the whole-matrix reference layout, one copy)

OA_EXACT = "http://www.w3.org/ns/oa#exact"


def test_contiguous_repulsion_blocks_give_the_same_layout_to_the_bit():
    """450 nodes: 145 rows a block (FR_BLOCK), so the last block holds 15 rows only."""
    rng = np.random.RandomState(7)
    n = 450
    assert n % max(1, html_export.FR_BLOCK // n) != 0
    edges = np.unique(np.sort(rng.randint(0, n, size=(3 * n, 2)), axis=1), axis=0)
    edges = edges[edges[:, 0] != edges[:, 1]]
    got = html_export._fruchterman_reingold(n, edges, 42, iterations=12)
    assert got.tobytes() == _whole_matrix_fr(n, edges, 42, iterations=12).tobytes()


def test_union_keys_tell_keys_apart_and_know_them_again():
    keys = ["https://w3id.org/govkg/id/assertion/0123456789abcdef",
            ("https://w3id.org/govkg/id/place/130400", "https://w3id.org/govkg/ontology#locatedIn",
             "https://w3id.org/govkg/id/org/o-1"),
            ("https://w3id.org/govkg/id/place/130400", "https://w3id.org/govkg/ontology#locatedIn",
             "https://w3id.org/govkg/id/org/o-2")]
    digests = [rdf._key_digest(k) for k in keys]
    assert len(set(digests)) == 3
    assert digests == [rdf._key_digest(k) for k in keys]
    assert rdf._key_digest(keys[1]) == rdf._key_digest("\0".join(keys[1]))


# Two short pages that name the same city, county and programme and repeat a figure, so the
# second document's graph restates shared nodes the union holds already.
_PAGE_A = ("邯郸市人民政府召开常务会议。会议指出，魏县\"数字\\经济\"项目总投资12亿元，"
           "位于魏县经济开发区。\n市长张明强调，要抓好𠀀项目建设😀。\n")
_PAGE_B = ("魏县“数字\\经济”项目总投资12亿元，位于魏县经济开发区。\n"
           "邯郸市人民政府召开常务会议，研究部署项目建设。\n")


def _outputs(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(_PAGE_A, encoding="utf-8")
    (src / "b.txt").write_text(_PAGE_B, encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, formats=["turtle", "trig", "nquads"], cache=None)
    ttl = list(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    trig = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    nq = list(ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    return ttl, trig, nq


def test_the_union_is_the_set_of_the_named_graphs_triples(tmp_path):
    ttl, trig, nq = _outputs(tmp_path)
    union = {(q.subject, q.predicate, q.object) for q in ttl}
    assert len(union) == len(ttl)  # each triple written once
    assert union == {(q.subject, q.predicate, q.object) for q in trig}
    assert set(trig) == set(nq)
    # shared nodes were stated in both document graphs: the union is smaller than the quads
    assert len(union) < len(trig)


def test_quotes_backslashes_and_astral_characters_read_back(tmp_path):
    """The sentence quote selectors (oa:exact) of the mentions hold ASCII quotes, a backslash,
    a CJK Extension B character and an emoji: each reads back the same from the three files."""
    ttl, trig, nq = _outputs(tmp_path)
    wanted = {'会议指出，魏县"数字\\经济"项目总投资12亿元，位于魏县经济开发区。',
              "市长张明强调，要抓好𠀀项目建设😀。"}
    for quads in (ttl, trig, nq):
        exact = {q.object.value for q in quads if q.predicate.value == OA_EXACT}
        assert wanted <= exact
