"""The document as written again (the `as_written` component, the last stage).

`simplified` let the stages read a page in traditional script in simplified characters at the
same offsets; here the Doc gets its text and title back as written, and every evidence sentence
and surface that quotes the simplified reading is quoted from the page instead — the offsets are
the same, so each is the written text at its own span.  The names of entities stay simplified:
they are what the graph merges on.  Article labels (title, subtitle, dateline, authors,
captions) are written back where the simplified reading holds them.  Article text and sentences,
read only by the stages, stay simplified.
"""
from __future__ import annotations

import bisect

from ..model import Doc, Evidence
from ..pipeline import component
from .simplified import spaced_spans


def _snap(a: int, b: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """(a, b) widened to the whole of a spaced date either end falls inside (`spaced_date_spans`):
    the reading moved the date's spaces before it (2020 年 → ␣2020年), so a sentence opening at the
    reading's 2020年 opens one character into the written 2020 年."""
    if not spans:
        return a, b
    k = bisect.bisect_right(spans, (a, 1 << 62)) - 1
    if k >= 0 and spans[k][0] < a < spans[k][1]:
        a = spans[k][0]
    k = bisect.bisect_right(spans, (b, 1 << 62)) - 1
    if k >= 0 and spans[k][0] < b < spans[k][1]:
        b = spans[k][1]
    return a, b


def _quote_as_written(ev: Evidence, text: str, written: str, spans: list[tuple[int, int]] = ()) -> None:
    """`ev`'s sentence and surface from the written text, where they quote `text` at their span
    (widened to whole spaced dates: `_snap`)."""
    q, start = ev.quote, ev.start
    if q is not None:
        s = ev.sentence_start if ev.sentence_start is not None else start
        if text.startswith(q, s):
            a, b = _snap(s, s + len(q), spans)
            ev.quote = written[a:b]
            if ev.sentence_start is not None:
                ev.sentence_start = a
            elif a < ev.start:
                ev.start = a
    if ev.surface is not None and text.startswith(ev.surface, start):
        a, b = _snap(start, start + len(ev.surface), spans)
        ev.surface = written[a:b]
        ev.start, ev.end = min(ev.start, a), max(ev.end, b)


def _label_as_written(label: str | None, text: str, written: str) -> str | None:
    """A label the layout cut from the text (a title), as written: at its first place in `text`."""
    if not label:
        return label
    k = text.find(label)
    return written[k:k + len(label)] if k >= 0 else label


@component("as_written", reads=("doc.written",), writes=("doc.text", "doc.title"))
def as_written():
    """Give a document read in simplified its written text back, and quote evidence from it."""
    def run(doc: Doc) -> Doc:
        written = doc.written
        if written is None:
            return doc
        text = doc.text
        spans = spaced_spans(written)
        for ent in doc.entities.values():
            for ev in ent.mentions:
                _quote_as_written(ev, text, written, spans)
        for rel in doc.relations:
            for ev in rel.evidence:
                _quote_as_written(ev, text, written, spans)
        for m in doc.metrics:
            for ev in m.evidence:
                _quote_as_written(ev, text, written, spans)
        for art in doc.articles:
            art.title = _label_as_written(art.title, text, written)
            art.subtitle = _label_as_written(art.subtitle, text, written)
            art.dateline = _label_as_written(art.dateline, text, written)
            art.authors = [_label_as_written(a, text, written) for a in art.authors]
            for c in art.captions:
                c.text = _label_as_written(c.text, text, written)
        doc.text, doc.title, doc.written = written, doc.written_title, None
        return doc
    return run
