"""Extraction work grows linearly with the length of a document, whatever it repeats.

The standard: no input, however large or strange, may grow a build beyond linear.  Long
documents that repeat one shape — a list of thousands of names (出席会议的有…, 任命名单), the same
meeting sentence on every line, a run of bodies and posts with no full stop — made the name and
post stages quadratic: each new person, place or registry name was checked against every one
found before (`settle_overlaps`, the registry's crossing places, `chain_before`'s persons between,
`_known_names`' persons crossing, `_name_list` walked again from every name of a list, the
county of a relative name over every place).  A 200,000-character list of posts and names took
43 s (50,000 characters: 6 s).

Measured without clocks: the number of Python function calls (and generator steps, which the
quadratic scans were) the pipeline makes on a document and on one twice as long.  Linear work
doubles; the quadratic scans gave 3.1–3.8 times as many at 10,000 → 20,000 characters.  The
indexes that replaced the scans (`SpanIndex`, `_Persons`, `PlaceSpellings`) are checked against
the scans they replaced."""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pipeline_calls as _calls, text_doc

from kg.builder import _pipeline
from kg.stages import posts as P
from kg.stages.helpers import PlaceSpellings, SpanIndex, county_of_scope

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from linear import SHAPES, shape as _shape  # noqa: E402  (the shapes `benchmarks/linear.py` times)




def test_work_doubles_when_a_repeated_shape_doubles():
    _pipeline(None)(text_doc("邯郸市魏县召开会议。"))  # warm-up: tables and automata load once
    growth = {}
    for kind in SHAPES:
        text = _shape(kind, 20000)
        growth[kind] = round(_calls(text) / _calls(text[:10000]), 2)
    assert all(g < 2.3 for g in growth.values()), growth


# ------------------------------------------------------------- the indexes against the scans

_spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])),
                  max_size=30)


@settings(max_examples=300, deadline=None)
@given(_spans, st.integers(0, 50), st.integers(0, 12))
def test_span_index_finds_every_crossing_span_in_order(spans, lo, width):
    hi = lo + width
    index = SpanIndex(list(range(len(spans))), lambda i: spans[i])
    assert index.crossing(lo, hi) == [i for i, (s, e) in enumerate(spans) if s < hi and lo < e]


@settings(max_examples=300, deadline=None)
@given(_spans, st.integers(0, 50), st.integers(0, 12))
def test_persons_answer_as_the_scans_over_every_person(spans, lo, width):
    hi = lo + width
    persons = P._Persons()
    for k, (s, e) in enumerate(spans):
        persons.add(f"n{k % 3}", s, e, "rule")
    occ = [(a, b) for got in persons.values() for a, b, _ in got]
    assert sorted(occ) == sorted(spans)
    assert persons.starts_between(lo, hi) == any(lo < a < hi for a, _ in occ)
    assert persons.starts_at(lo) == any(a == lo for a, _ in occ)
    assert persons.crosses(lo, hi) == any(a < hi and lo < b for a, b in occ)


def test_place_spellings_answer_as_the_list():
    # 云县 (Yunnan, a 县) in a story with a Chongming (崇明区) delegation; 肥乡县 written as a 县 in
    # an old story, now 肥乡区 in the table; a province scope in a municipality's story
    from kg.divisions import table
    T = table()
    code = {name: next(d.code for d in T.candidates(name)) for name in ("云县", "崇明区", "肥乡区", "湖北省", "北京市")}
    cases = [
        ("县", code["云县"], [(code["崇明区"], "崇明区"), (code["云县"], "云县")]),
        ("县", code["崇明区"], [(code["崇明区"], "崇明区"), (code["云县"], "云县")]),
        ("县", code["肥乡区"], [(code["肥乡区"], "肥乡县")]),
        ("区", code["肥乡区"], [(code["肥乡区"], "肥乡县")]),
        ("省", code["北京市"], [(code["湖北省"], "湖北")]),
    ]
    for scope, c, places in cases:
        spellings = PlaceSpellings(places)
        assert county_of_scope(scope, c, spellings) == county_of_scope(scope, c, places)
        assert county_of_scope(scope, c, spellings) == county_of_scope(scope, c, spellings)  # remembered
    assert county_of_scope("县", code["崇明区"], PlaceSpellings(cases[1][2])) == code["云县"]
