"""Property-based tests (hypothesis) for the readers and the segmenter (layout + sentences).

Whatever the bytes or text, reading never raises (it yields documents or ReadErrors), decoding
round-trips every encoding we claim to detect when it is marked, and every article piece and
sentence points at exactly the source text it came from.  Examples are derandomized so the suite
is deterministic; the number grammar has its own properties in test_numbers.py.
"""
from __future__ import annotations

import html
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED
from kg.model import Doc
from kg.pipeline import Pipeline
from kg.readers.corpus import ReadError, SourceFile, read_file
from kg.readers.decode import DecodeError, decode
from kg.readers.html import html_to_text

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
PIECES = ["。", "！", "？", "；", "，", "、", "“", "”", "《", "》", "（", "）", "\n", "\n\n", "\r\n",
          "\r", " ", "\u3000", "\t", "#", "## ", "记者", "本报讯", "通讯员", "(上接第一版)",
          "邯郸市", "馆陶县", "科技局", "23个", "２３个", "亿元", "日", "月", "图为", "摄"]
# text that looks like the pages govkg reads: seed lines cut, repeated and mixed with noise
page_like = st.lists(st.one_of(st.sampled_from(SEED_LINES),
                               st.sampled_from(SEED_LINES).map(lambda s: s[: len(s) // 2]),
                               st.sampled_from(PIECES),
                               st.text(max_size=8)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), page_like)
# text without the characters that make bytes look binary (NUL and other C0 controls)
clean_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
                     max_size=300)

SEGMENTER = Pipeline(("layout", "sentences"))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """One directory for all examples (each example overwrites its file)."""
    return tmp_path_factory.mktemp("prop")


# ------------------------------------------------------------------------------- readers

@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_never_fails_other_than_with_a_reason(data):
    try:
        text, encoding = decode(data)
    except DecodeError as e:
        assert str(e)
    else:
        assert isinstance(text, str) and encoding


@SETTINGS
@given(clean_text, st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"]))
def test_marked_encodings_round_trip(text, encoding):
    data = {"utf-8-sig": lambda t: t.encode("utf-8-sig"),
            "utf-16": lambda t: t.encode("utf-16"),
            "utf-16-le-bom": lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
            "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be")}[encoding](text)
    assert decode(data)[0] == text


@SETTINGS
@given(clean_text.filter(lambda t: t.strip()))
def test_utf8_round_trips(text):
    assert decode(text.encode("utf-8"))[0] == text


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".jsonl", ""]))
def test_read_file_never_raises(scratch, data, suffix):
    path = scratch / f"f{suffix}"
    path.write_bytes(data)
    for item in read_file(SourceFile(path, path.name)):
        if isinstance(item, ReadError):
            assert item.reason and item.path == path.name
        else:
            assert item.text.strip() and "/" not in item.id


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                           max_leaves=8)


@SETTINGS
@given(st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.text(max_size=12), st.integers()), "text": any_text}),
    json_values.map(lambda v: v),
    st.text(max_size=30)), max_size=12),
    st.sampled_from(["\n", "\r\n"]))
def test_json_lines_never_raise_and_errors_point_at_their_line(scratch, records, newline):
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path = scratch / "c.jsonl"
    content = newline.join(lines)
    path.write_bytes(content.encode("utf-8"))
    n_lines = len(re.split(r"\r\n|\r|\n", content))
    for item in read_file(SourceFile(path, "c.jsonl")):
        if isinstance(item, ReadError):
            assert item.reason
            if item.line is not None:
                assert 1 <= item.line <= n_lines
        else:
            assert item.meta["format"] == "jsonl" and re.fullmatch(r"[a-z0-9-]+", item.id)


@SETTINGS
@given(st.text(max_size=300))
def test_html_to_text_never_raises(markup):
    text, title = html_to_text(markup)
    assert isinstance(text, str) and (title is None or isinstance(title, str))


@SETTINGS
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_escaped_text_comes_back_exactly_once_unescaped(s):
    """`&amp;lt;` must become `&lt;`, not `<`: references are decoded once."""
    text, _ = html_to_text(f"<html><body><p>{html.escape(s)}</p><script>{html.escape(s)}</script></body></html>")
    assert text == " ".join(re.sub(r"[ \u3000\xa0]+", " ", s).split(" ")).strip(" ") or \
        text == re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------- segmenter

def _check_segmentation(text: str) -> None:
    doc = SEGMENTER(Doc(id="p", source="p", text=text))
    for a in doc.articles:
        for view, src, n in a.offsets.pieces:
            assert a.text[view:view + n] == text[src:src + n]
        for s, e in a.spans:
            assert 0 <= s <= e <= len(text)
        for sec in a.sections:
            assert 0 <= sec.start <= sec.end <= len(a.text)
        for c in a.captions:
            assert text[c.start:c.end] == c.text or 0 <= c.start <= c.end <= len(text)
        for sent in a.sentences:
            assert a.text[sent.start:sent.end] == sent.text
            assert sent.text.strip() == sent.text and sent.text
            if sent.src_start == -1:
                continue
            assert 0 <= sent.src_start < sent.src_end <= len(text)
            if sent.src_end - sent.src_start == len(sent.text):
                assert text[sent.src_start:sent.src_end] == sent.text
            else:  # crosses a column join: the span runs from its first to its last character,
                # or (continued from earlier on the page) is its longest piece copied verbatim
                piece = text[sent.src_start:sent.src_end]
                assert (piece[0] == sent.text[0] and piece[-1] == sent.text[-1]) or piece in sent.text


@SETTINGS
@given(any_text)
def test_segmenter_spans_are_exact_on_any_text(text):
    _check_segmentation(text)


@SETTINGS
@given(page_like, st.sampled_from(["\n", "\r\n", "\r"]))
def test_segmenter_spans_are_exact_with_any_line_end(text, newline):
    _check_segmentation(text.replace("\n", newline))


def test_segmenter_on_the_whole_seed_page_with_every_line_end():
    page = SEED.read_text(encoding="utf-8")
    for newline in ("\n", "\r\n", "\r"):
        _check_segmentation(page.replace("\n", newline))
