"""The RDF export's hand-written Turtle (issue 17: spans and annotations formatted as text, what
of a span is written kept as bits), checked on the real sample page (the Hebei Daily Handan
page): each span is described once per graph, the counts the benchmarks report are the quads
really written, and a second export of the same extraction gives the same bytes."""
from __future__ import annotations

import re
from collections import Counter

import pyoxigraph as ox
import pytest

from kg import builder
from kg.export import rdf


@pytest.fixture(scope="module")
def page():
    ex, _errors, _articles = builder.extract(builder.sample_corpus())
    return ex


@pytest.fixture(scope="module")
def files(page):
    rdf.STATS.clear()
    rdf._LAST = None  # an export of an equal extraction left by another module: STATS unset
    trig = rdf.serialize_trig(page)
    stats = dict(rdf.STATS)
    return trig, rdf.serialize_turtle(page), stats


def _graph_blocks(trig: str) -> list[str]:
    """The bodies of the TriG file's named graphs (`<iri> { ... }`)."""
    return re.findall(r"^<[^>]+> \{\n(.*?)^\}\n", trig, flags=re.S | re.M)


def test_each_span_is_described_once_per_graph(files):
    """A sentence holding many mentions is one span: its position selector, its quote selector
    and its article are written the first time only, however many mentions point to it."""
    trig = files[0].decode("utf-8")
    blocks = _graph_blocks(trig)
    assert len(blocks) >= 2
    spans = 0
    for body in blocks:
        positions = Counter(re.findall(r"^\t(\S+) a oa:TextPositionSelector", body, flags=re.M))
        if not positions:  # the background graph (entities, the cube): no spans
            continue
        assert max(positions.values()) == 1
        spans += len(positions)
        # each span names its quote selector and its article in one statement at most
        quoted = Counter(re.findall(r"^\t(s:\S+|<[^>]+/span/[^>]+>) a oa:SpecificResource",
                                    body, flags=re.M))
        assert max(quoted.values()) == 1
        parts = Counter(re.findall(r"^\t(s:\d+-\d+) (?:.*\n\t\t)*?dcterms:isPartOf ", body,
                                   flags=re.M))
        assert not parts or max(parts.values()) == 1
    assert spans > 100


def test_mentions_point_to_their_sentence_span(files):
    """`govkg:inSentence` names a span of the same graph that is described there too."""
    trig = files[0].decode("utf-8")
    for body in _graph_blocks(trig):
        described = set(re.findall(r"^\t(s:\d+-\d+) a oa:SpecificResource", body, flags=re.M))
        pointed = set(re.findall(r"govkg:inSentence (s:\d+-\d+)", body))
        assert pointed <= described
    assert "govkg:inSentence s:" in trig


def test_reported_counts_are_the_quads_written(files):
    """STATS (the benchmarks' quads and union triples) is counted while formatting, not by
    parsing: it must equal what a parser reads back from the files."""
    trig, ttl, stats = files
    assert stats["quads"] == len(list(ox.parse(trig, format=ox.RdfFormat.TRIG))) > 1000
    union = list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))
    assert stats["union_triples"] == len(union) == len(set(union))


def test_a_second_export_gives_the_same_bytes(page, files):
    """No state of one export (lru caches of terms, the union's digests) leaks into the next."""
    rdf._LAST = None
    assert rdf.serialize_trig(page) == files[0]
    rdf._LAST = None
    assert rdf.serialize_turtle(page) == files[1]


@pytest.mark.parametrize("batch", [1, 2, 7, rdf._HASH_BATCH, 10_000])
def test_the_batched_content_hash_is_the_json_digest(page, monkeypatch, batch):
    """`content_hash` encodes items a batch at a time; whatever the batch (one item, a batch
    boundary inside each list, everything in one), the digest is that of the one JSON text."""
    assert len(page.entities) > 7 and len(page.metrics) > 7 and len(page.relations) > 7
    monkeypatch.setattr(rdf, "_HASH_BATCH", batch)
    assert rdf.content_hash(page) == rdf._content_hash_full(page)
