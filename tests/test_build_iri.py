"""The build IRI (`build/{key}`, the prov:Activity every document graph, assertion and
observation points to) is named by the build's inputs, not by a hash of the whole serialised
extraction (a fifth of the RDF export's time): each document's cache key, the extractor version
with its configuration, and the RDF export's code."""
from __future__ import annotations

import re

import pytest

from kg import builder, cache
from kg.export import rdf

from rdf_fixtures import sample_extraction

_BUILD = re.compile(rb"build/([0-9a-f]{16})")

NEWS = ("邯郸市召开全市重点项目建设推进会。会议指出，今年以来全市共谋划实施重点项目412个，"
        "总投资2860亿元。市委书记张三出席会议并讲话。")
MORE = "肥乡区新建标准化厂房12万平方米，完成投资8.6亿元，同比增长15%。"


def _corpus(tmp_path, texts):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _build_ids(tmp_path, folder, name, **kw):
    out = tmp_path / name
    builder.build([folder], out, formats=("trig", "turtle"), jobs=1, **kw)
    ids = set(_BUILD.findall((out / "graph.trig").read_bytes()))
    assert ids == set(_BUILD.findall((out / "graph.ttl").read_bytes())) and len(ids) == 1
    return ids.pop().decode(), out


def test_build_iri_is_named_by_the_inputs_without_hashing_the_extraction(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, [NEWS, MORE])
    ex, _errors, _n = builder.extract([folder])
    assert ex.inputs is not None
    monkeypatch.setattr(rdf, "content_hash", lambda _x: pytest.fail("content hashed"))
    key, out = _build_ids(tmp_path, folder, "a")
    assert key == rdf.build_key(ex)
    # the same inputs: the same IRI, from the cache or not
    assert _build_ids(tmp_path, folder, "b", cache=tmp_path / "cache")[0] == key
    assert _build_ids(tmp_path, folder, "c", cache=tmp_path / "cache")[0] == key
    # one document changed: another IRI
    (folder / "doc1.txt").write_text(MORE.replace("12万", "13万"), encoding="utf-8")
    assert _build_ids(tmp_path, folder, "d")[0] != key
    # another export code: another IRI
    rdf.export_version.cache_clear()
    monkeypatch.setattr(rdf, "software_version", lambda: "other")
    try:
        assert rdf.build_key(ex) != key
    finally:
        rdf.export_version.cache_clear()


def test_inputs_digest_follows_every_document_key_and_the_extractor_version():
    keys = [("a", "1" * 64), ("b", "2" * 64)]
    d = cache.inputs_digest("v1", keys)
    assert d == cache.inputs_digest("v1", list(keys))
    assert d != cache.inputs_digest("v2", keys)
    assert d != cache.inputs_digest("v1", [("a", "1" * 64), ("b", "3" * 64)])
    assert d != cache.inputs_digest("v1", keys[:1])


def test_an_extraction_made_without_a_build_is_named_by_its_content():
    x = sample_extraction()
    assert x.inputs is None
    assert rdf.build_key(x) == rdf.content_hash(x)
    rdf._LAST = None
    assert f"build/{rdf.content_hash(x)}".encode() in rdf.serialize_trig(x)
    rdf._LAST = None


def test_an_extraction_changed_outside_a_build_is_exported_again(tmp_path):
    """Outside `unchanged`, the last export is reused only for the same content (inputs alone
    would not tell that the extraction changed)."""
    folder = _corpus(tmp_path, [NEWS])
    ex, _errors, _n = builder.extract([folder])
    rdf._LAST = None
    first = rdf.serialize_trig(ex)
    ex.entities[sorted(ex.entities)[0]].aliases.add("别名甲")
    second = rdf.serialize_trig(ex)
    assert "别名甲".encode() in second and "别名甲".encode() not in first
    assert set(_BUILD.findall(first)) == set(_BUILD.findall(second))  # the same inputs
    rdf._LAST = None


def test_the_same_content_from_other_inputs_is_not_served_the_last_export(tmp_path):
    """The export Turtle and TriG share is reused by content and build key together: an equal
    extraction of other inputs gets its own build IRI."""
    import copy
    folder = _corpus(tmp_path, [NEWS])
    ex, _errors, _n = builder.extract([folder])
    other = copy.deepcopy(ex)
    other.inputs = "0" * 64
    rdf._LAST = None
    a, b = rdf.serialize_trig(ex), rdf.serialize_trig(other)
    assert set(_BUILD.findall(a)) != set(_BUILD.findall(b))
    assert _BUILD.sub(b"build/X", a) == _BUILD.sub(b"build/X", b)
    rdf._LAST = None
