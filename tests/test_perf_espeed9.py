"""Exports of a one-process build (issue 17, tenth session): each faster path gives the bytes of
the slow one it replaced, on real text (the shipped sample page and the real texts of
`shared/corpus/extra` when present) and on values chosen where the fast path must step aside.
"""
from __future__ import annotations

import copy
import json
import math

import pytest

from conftest import sample_and_extra_docs
from kg import builder
from kg.export import extraction_json as EJ


@pytest.fixture(scope="module")
def extraction():
    return builder.merge(builder.extract_document(d) for d in sample_and_extra_docs())


def _python_path(ex, path, monkeypatch) -> bytes:
    """The JSON export without orjson (json's encoder and `_indented`, as before)."""
    with monkeypatch.context() as m:
        m.setattr(EJ, "orjson", None)
        EJ.write(ex, path)
    return path.read_bytes()


def test_json_orjson_same_bytes_as_python_and_json_dumps(extraction, tmp_path, monkeypatch):
    if EJ.orjson is None:
        pytest.skip("orjson is not installed")
    EJ.write(extraction, tmp_path / "fast.json")
    fast = (tmp_path / "fast.json").read_bytes()
    assert fast == _python_path(extraction, tmp_path / "slow.json", monkeypatch)
    # and the text of json.dumps of the whole tree (the format's definition)
    assert fast.decode("utf-8") == EJ.dumps(extraction)
    assert len(extraction.metrics) > 5 and len(extraction.entities) > 50


@pytest.mark.parametrize("value", [1e-05, 3.5e-07, float("nan"), float("inf"), -float("inf"),
                                   2 ** 70, 0.0001, 1e16, 1.5e22, 12345678901234567.0,
                                   123456.25, -0.0])
def test_json_orjson_values_it_spells_otherwise_or_refuses(extraction, tmp_path, monkeypatch,
                                                           value):
    """A figure whose value orjson would write otherwise than json (a tiny float, NaN, an
    infinity) or refuses (an integer over 64 bits) is written by the Python path: same bytes."""
    if EJ.orjson is None:
        pytest.skip("orjson is not installed")
    ex = copy.deepcopy(extraction)
    m = ex.metrics[sorted(ex.metrics)[0]]
    m.value = value
    EJ.write(ex, tmp_path / "fast.json")
    assert (tmp_path / "fast.json").read_bytes() == _python_path(ex, tmp_path / "s.json",
                                                                  monkeypatch)
    text = (tmp_path / "fast.json").read_text(encoding="utf-8")
    expected = json.dumps(value)
    assert f'"value": {expected},' in text


def test_orjson_float_limit_checks_this_orjson():
    """Big floats go through orjson only when this orjson writes them as json does (1e+16;
    orjson before 3.12 wrote 1e16)."""
    if EJ.orjson is None:
        pytest.skip("orjson is not installed")
    limit = EJ.orjson_float_limit()
    agree = EJ.orjson.dumps(1e16) == b"1e+16"
    assert limit == (math.inf if agree else 1e16)
    for v in (1e-4, 0.1, 2.5, 123456.789, 9.007199254740993e15):  # every orjson agrees
        assert EJ.orjson.dumps(v).decode() == json.dumps(v)


def test_json_reindent_matches_python_indentation():
    """`_reindent` turns orjson's two spaces per level into `_item_text`'s indentation, deep
    nesting, empty containers and strings with spaces and escapes included."""
    if EJ.orjson is None:
        pytest.skip("orjson is not installed")
    items = [{"a": [[[[["深  层", {"b": {}}]]]]], "c": [], "d": "  两个空格\n换行\u0001"},
             {"x": None, "y": True, "z": [1, 2.5, {"w": "  "}]}]
    got = EJ._reindent([EJ._fast(i) for i in items])
    want = ",\n  ".join(EJ._item_text(i, json.JSONEncoder(ensure_ascii=False, indent=1).encode)
                        for i in items)
    assert got.decode("utf-8") == want


def test_html_payload_orjson_same_text_as_json(extraction):
    """The explorer's payload of real text: orjson's text is json's, and it is the one used."""
    from kg.export import html as H
    if H.orjson is None:
        pytest.skip("orjson is not installed")
    data = H.graph_payload(extraction, title="govkg")
    assert len(data["nodes"]) > 50
    assert H.json_for_script(data) == H._SCRIPT_JSON(data).replace("&", "\\u0026") \
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028") \
        .replace("\u2029", "\\u2029")
    assert not H._odd_float(H.orjson.dumps(data))  # (not json's fallback on this text)


@pytest.mark.parametrize("value", [1e-05, 5e-05, 2.5e-09, 2 ** 70, {1: "a"}, "0.00001 与 3e-5",
                                   [0.0001, 1e16, -0.0, 80.5], 1.5e22, "</script>&\u2028"])
def test_html_script_json_values_orjson_spells_otherwise(value):
    """Values orjson refuses or spells otherwise than json go through json: the same text."""
    import numpy as np
    from kg.export import html as H
    for v in (value, {"m": [value, np.float64(0.5)]}):
        assert H._script_json(v) == H._SCRIPT_JSON(v)


def test_json_floats_only_among_items_own_members(extraction):
    """`_fast` checks an item's own members for floats orjson spells otherwise than json; no
    float stands deeper in the format (evidence offsets, spans, captions, posts, sentences are
    integers and strings).  A change of the format that puts one there fails here: `_fast`
    must then check it too."""
    def floats_below(v, depth):
        if isinstance(v, float):
            return depth > 1
        if isinstance(v, dict):
            return any(floats_below(x, depth + 1) for x in v.values())
        if isinstance(v, list):
            return any(floats_below(x, depth + 1) for x in v)
        return False
    pieces = dict(EJ._pieces(extraction))
    top_floats = 0
    for key in ("documents", "entities", "relations", "metrics"):
        for item in pieces[key]:
            assert not any(floats_below(v, 1) for v in item.values()), (key, item)
            top_floats += sum(isinstance(v, float) for v in item.values())
    assert top_floats > 0  # figures' values: the members `_fast` checks
