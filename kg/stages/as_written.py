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

from ..model import Doc, Evidence
from ..pipeline import component


def _quote_as_written(ev: Evidence, text: str, written: str) -> None:
    """`ev`'s sentence and surface from the written text, where they quote `text` at their span."""
    q = ev.quote
    if q is not None:
        s = ev.sentence_start if ev.sentence_start is not None else ev.start
        if text.startswith(q, s):
            ev.quote = written[s:s + len(q)]
    if ev.surface is not None and text.startswith(ev.surface, ev.start):
        ev.surface = written[ev.start:ev.start + len(ev.surface)]


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
        for ent in doc.entities.values():
            for ev in ent.mentions:
                _quote_as_written(ev, text, written)
        for rel in doc.relations:
            for ev in rel.evidence:
                _quote_as_written(ev, text, written)
        for m in doc.metrics:
            for ev in m.evidence:
                _quote_as_written(ev, text, written)
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
