"""Sentence splitting (the `sentences` component).

Facts are cited by the sentence they rest on, so every article section (title, heading, body
paragraph, caption) is cut into sentences at 。！？!? and ；; — a closing quote or bracket right
after the terminator (`…全覆盖。”`) stays with its sentence — and at every section boundary, so a
headline never runs into the first paragraph.  A run-on longer than `MAX_SENTENCE` (a scrape
without 。) is cut at its last comma within the limit (else a list mark, else the limit): every
stage looks around a fact's sentence, and one sentence of a whole text made that quadratic.
Each sentence carries its span in the article text and in the source: a sentence that crosses a
column join maps from its first character's source position to its last character's source
position + 1 (see `split_sentences` for continuations).

The split is one regex pass per section and a bisect per sentence end (no per-character Python
loop), so it keeps pace with 100 MB corpora.
"""
from __future__ import annotations

import bisect
import re

from .. import lexicon as L
from ..model import Article, Doc, Section, Sentence
from ..pipeline import component
from ..text import CLOSERS, HAN, MAX_SENTENCE, RUBY, TERMINATORS, alt_ordered, bounded_cuts

_SENTENCE = re.compile(f"[^{TERMINATORS}]*(?:[{TERMINATORS}]+[{re.escape(CLOSERS)}]*)?")


class _SourceMap:
    """Article-text position → source position, using the article's OffsetMap pieces."""

    def __init__(self, article: Article):
        self.pieces = sorted(article.offsets.pieces)
        self.starts = [p[0] for p in self.pieces]

    def __call__(self, i: int) -> int | None:
        k = bisect.bisect_right(self.starts, i) - 1
        if k < 0:
            return None
        view, src, length = self.pieces[k]
        return src + (i - view) if i < view + length else None

    def foreign_text_inside(self, start: int, end: int, source: str) -> bool:
        """Does the source span of view[start:end] take in text that is not the sentence's own?

        A sentence broken at a column end is printed around whatever the page put in between:
        photo captions with their credits, another story.  Only white space may lie between
        its runs (or a pinyin reading a converter wrote after a character, `kg.text.RUBY`), else its
        source span would quote that text as part of the sentence."""
        k = max(bisect.bisect_right(self.starts, start) - 1, 0)
        prev_end = None
        for view, src, length in self.pieces[k:]:
            if view >= end:
                break
            a, b = max(start, view), min(end, view + length)
            if b <= a:
                continue
            gap_end = src + a - view
            if (prev_end is not None and source[prev_end:gap_end].strip()
                    and not RUBY.fullmatch(source, prev_end, gap_end)):
                return True  # (a converter's pinyin reading left out between two runs is the sentence's own)
            prev_end = src + b - view
        return False

    def longest_run(self, start: int, end: int) -> tuple[int, int] | None:
        """Source span of the longer of the first and the last copied run inside view[start:end]
        (the first on a tie): a span that begins with the sentence's first character or ends
        with its last, so the evidence quoted is anchored at one of the sentence's own ends (a
        longer run in the middle, between a byline and a caption, quoted neither)."""
        k = max(bisect.bisect_right(self.starts, start) - 1, 0)
        first = last = None
        for view, src, length in self.pieces[k:]:
            if view >= end:
                break
            a, b = max(start, view), min(end, view + length)
            if b > a:
                last = (src + a - view, src + b - view)
                first = first or last
        if first is None or last[1] - last[0] <= first[1] - first[0]:
            return first
        return last


def split_sentences(article: Article, source: str | None = None) -> list[Sentence]:
    """The sentences of `article.text`, section by section, with source spans.

    A sentence that runs from an article's last column into its continuation printed *earlier* on
    the page would get an inverted span; it gets the source span of its longest copied run
    instead.  So does a sentence whose span in `source` (the document text, when given) would
    take in text printed between its halves — photo captions and credits set between two
    columns, another story — since evidence quotes the source span.  A sentence whose ends do not
    map to the source (text built without an OffsetMap) gets src_start = src_end = -1."""
    text = article.text
    sections = article.sections or ([Section("body", 0, len(text))] if text else [])
    to_source = _SourceMap(article)
    out: list[Sentence] = []
    for sec in sections:
        dotted = _dotted(text[sec.start:sec.end])
        for m in _SENTENCE.finditer(text, sec.start, sec.end):
            a, b = m.span()
            cuts = bounded_cuts(text, a, b, MAX_SENTENCE, _SENTENCE_CUTS)  # (a run-on scrape)
            cuts = sorted(set(cuts) | set(_dot_stops(text, a, b, dotted)) | set(_credit_stops(text, a, b))
                          | set(_salutation_stop(text, a, b)) | set(_chart_caption_stops(text, a, b)))
            for lo, hi in zip([a] + cuts, cuts + [b]):
                sent = _sentence(text, lo, hi, sec.kind, to_source, source)
                if sent is not None:
                    out.append(sent)
    return out


_PERCENT_DOT = re.compile(f"(?<=[%‰％])[.．](?=[{HAN}])")  # 增长6.5%.全县…: a half-width full stop
_HAN_DOT = re.compile(f"(?<=[{HAN}])[.．](?=[{HAN}])")  # 增长明显.全县…, but also 艾伦.卡朋特
DOTTED_STOPS = 2  # a section without 。 that has this many 汉.汉 dots uses . as its full stop


def _dotted(section: str) -> bool:
    """Is a section punctuated with `.` for 。: it holds no 。 and ends with a dot (a caption naming
    two foreign people, 艾伦.卡朋特、约翰.史密斯出席, does not)."""
    return "。" not in section and section.rstrip().endswith((".", "．"))


def _dot_stops(text: str, a: int, b: int, dotted: bool) -> list[int]:
    """Where a half-width `.` ends a sentence in text[a:b] (the position after it).  A page typed
    with half-width punctuation ends sentences with `.`: after a percentage before a Chinese
    character it can be nothing else (`增长6.5%.全县…`).  Between two Chinese characters it is also
    the dot of a foreign name (`艾伦.卡朋特`), so it ends a sentence only in a section punctuated with
    `.` (`_dotted`) that has `DOTTED_STOPS` such dots at least."""
    if text.find(".", a, b) < 0 and text.find("．", a, b) < 0:
        return []  # (most sections hold no dot: no regex pass over them)
    stops = [m.end() for m in _PERCENT_DOT.finditer(text, a, b)]
    if dotted:
        han = [m.end() for m in _HAN_DOT.finditer(text, a, b)]
        if len(han) >= DOTTED_STOPS:
            stops += han
    return [p for p in stops if a < p < b]


def _layout_alt(name: str) -> str:
    """A regex alternation of one list of `layout_words.tsv`."""
    return "(?:" + alt_ordered(tuple(r["word"] for r in L.load_table("layout_words") if r["list"] == name)) + ")"


# a photo's credit closing its caption, glued by the page to the next paragraph's date: `…回答中外记者提问。
# 新华社记者 才扬 摄3月7日(星期二)上午…` — a role, the photographer's name, the credit verb, then a day
_CREDIT_RUN = re.compile(_layout_alt("credit_roles") + f"[ \t\u3000]*[{HAN}·]{{2,6}}[ \t\u3000]*"
                         + _layout_alt("credit_verbs") + "(?=[0-9０-９]{1,2}月[0-9０-９]{1,2}日)")


_SALUTE = _layout_alt("salutation_words")
_SALUTATION = re.compile(f"\\s*{_SALUTE}(?:[，,、][ \\t\\u3000]*{_SALUTE}){{0,4}}[：:](?=[^\\s])")


def _salutation_stop(text: str, a: int, b: int) -> list[int]:
    """Where a salutation opening text[a:b] ends (after its colon): `各位代表，同志们：现在，我代表…` run
    onto one line by a scrape is the salutation and the report's first sentence, not one sentence."""
    m = _SALUTATION.match(text, a, b)
    return [m.end()] if m and m.end() < b else []


_CREDIT_VERBS = tuple(r["word"] for r in L.load_table("layout_words") if r["list"] == "credit_verbs")
# any credit verb within a span: one search, not a generator of finds per section of every sentence
_CREDIT_VERB_RE = re.compile("|".join(map(re.escape, _CREDIT_VERBS)) or "(?!)")


def _credit_stops(text: str, a: int, b: int) -> list[int]:
    """Where a photo credit glued to the next paragraph's date ends (after its 摄): the caption's
    credit and the story's lead are two sentences, or the lead's facts would quote the credit."""
    if _CREDIT_VERB_RE.search(text, a, b) is None:  # (a, b: a match's span, never negative)
        return []  # (most sections credit no photo: no regex pass over them)
    return [m.end() for m in _CREDIT_RUN.finditer(text, a, b) if a < m.end() < b]


# a statistics bulletin's chart caption a scrape ran into the paragraph under it: `图3 2015-2019年城镇居民
# 人均可支配收入及其增长速度 全年城镇居民人均可支配收入40046元` — the caption's years are no time of the
# figure after it (`图` and its number, a year or a span of years, a short title, a caption's tail)
CHART_CAPTION_RUN = re.compile(r"图\s*[0-9０-９]{1,2}\s*[0-9０-９]{4}(?:[-—–~～至][0-9０-９]{4})?年"
                                f"[^。；;，,！？\n]{{2,30}}?{_layout_alt('chart_caption_tails')}")


def _chart_caption_stops(text: str, a: int, b: int) -> list[int]:
    """Where a chart caption run into the next sentence ends (after its tail, 及其增长速度): the
    caption and the sentence are two, or the caption's span of years would time the figures after it."""
    if text.find("图", a, b) < 0:
        return []  # (most sentences hold no chart caption: no regex pass over them)
    return [m.end() for m in CHART_CAPTION_RUN.finditer(text, a, b) if a < m.end() < b]


_SENTENCE_CUTS = ("，,", "、：:")  # where an over-long sentence is cut: a clause, else a list item


def _sentence(text: str, lo: int, hi: int, kind: str, to_source: _SourceMap,
              source: str | None) -> Sentence | None:
    """The sentence text[lo:hi] without its surrounding white space, with its source span."""
    raw = text[lo:hi]
    stripped = raw.strip()
    if not stripped:
        return None
    start = lo + (len(raw) - len(raw.lstrip()))
    end = start + len(stripped)
    s, e = to_source(start), to_source(end - 1)
    if s is None or e is None:
        s, e = -1, -2
    elif e < s or (source is not None and e - s + 1 > end - start
                   and to_source.foreign_text_inside(start, end, source)):
        # runs on into a continuation printed earlier on the page, or around a caption
        s, e = to_source.longest_run(start, end)
        e -= 1
    return Sentence(start, end, s, e + 1, stripped, kind)


@component("sentences", reads=("doc.articles", "article.sections"), writes=("article.sentences",))
def sentences():
    """Split each article section into sentences with spans in article and source text."""
    def run(doc: Doc) -> Doc:
        for article in doc.articles:
            article.sentences = split_sentences(article, doc.text)
        return doc
    return run
