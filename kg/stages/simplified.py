"""Traditional script read in simplified (the `simplified` component, the first stage).

Every table of the project — divisions, organ and post words, surnames, cue words — is written in
simplified characters, so a page in traditional script (香港特別行政區政府新聞公報, 澳門審計署,
臺北市政府) lost its places, agencies, posts and figures.  This stage replaces a document written
in traditional script by its simplified reading, character for character
(`traditional_chars.tsv`): the same length, so every offset the later stages record is an offset
of the source as written.  What was written is kept on the Doc (`written`, `written_title`), and
the `as_written` stage, the last, puts it back and quotes every evidence sentence and surface from
it: the graph's names are simplified (縣長陳大用 and 县长陈大用 are one person), what the user reads
as evidence is the page.

Why a stage and not the reader: the reader's text is what was decoded, and offsets and cache keys
are of it; a stage is part of the extractor's version (the cache is rebuilt when the table
changes), and runs on documents made by hand or by the API as on those read from files.

A document counts as traditional when at least `_MIN_CHARS` of its Han characters and at least
`_TRADITIONAL_SHARE` of them are in the table: a simplified page with a traditional character or
two in a name (县长張伟) is read as written, since a character of a name is not ours to change.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon as L
from ..model import Article, Doc
from ..pipeline import component
from ..text import HAN

_TRADITIONAL_SHARE = 0.05  # of a text's Han characters written in traditional script: a traditional text
_MIN_CHARS = 3  # fewer traditional characters than this are names, whatever the share
_HAN_RE = re.compile(f"[{HAN}]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, re.Pattern | None]:
    """The traditional → simplified table (`traditional_chars.tsv`) for str.translate, and a regex
    of its traditional characters."""
    pairs = {r["traditional"]: r["simplified"] for r in L.load_table("traditional_chars")}
    chars = "".join(sorted(pairs))
    return str.maketrans(pairs), (re.compile(f"[{re.escape(chars)}]") if chars else None)


@lru_cache(maxsize=1)
def _words() -> tuple[dict, re.Pattern | None]:
    """The words whose character the character table leaves as written (关於 → 关于, 批覆 → 批复:
    `traditional_words.tsv`), keyed as that table leaves them, and a regex of them, longest first.
    A row whose two forms differ in length would move every later offset: it is left out."""
    pairs = {r["written"]: r["simplified"] for r in L.load_table("traditional_words")
             if len(r["written"]) == len(r["simplified"])}
    keys = sorted(pairs, key=len, reverse=True)
    return pairs, (re.compile("|".join(re.escape(k) for k in keys)) if keys else None)


def is_traditional(text: str) -> bool:
    """Is `text` written in traditional script (not only a name or two of it)?"""
    _, trad = _tables()
    if trad is None:
        return False
    found = len(trad.findall(text))
    return found >= _MIN_CHARS and found >= _TRADITIONAL_SHARE * len(_HAN_RE.findall(text))


def simplify(text: str) -> str:
    """`text` in simplified characters, one for one (the same length); then the words whose
    character is its own simplified form too, read in context (關於 → 关于, 意味著 → 意味着)."""
    text = text.translate(_tables()[0])
    pairs, words = _words()
    return words.sub(lambda m: pairs[m.group()], text) if words is not None else text


def _simplify_article(art: Article) -> None:
    """An article laid out before this stage ran (a Doc built by hand): its text, sentences and
    labels in simplified too, at the same offsets."""
    art.text = simplify(art.text)
    for s in art.sentences:
        s.text = simplify(s.text)
    art.title = simplify(art.title) if art.title else art.title
    art.subtitle = simplify(art.subtitle) if art.subtitle else art.subtitle


@component("simplified", reads=("doc.text", "doc.title"),
           writes=("doc.text", "doc.title", "doc.written", "article.text", "article.sentences"))
def simplified():
    """Read a document written in traditional script in simplified, at the same offsets."""
    def run(doc: Doc) -> Doc:
        if doc.written is not None or not is_traditional(doc.text):
            return doc
        doc.written, doc.written_title = doc.text, doc.title
        doc.text = simplify(doc.text)
        doc.title = simplify(doc.title) if doc.title else doc.title
        for art in doc.articles:
            _simplify_article(art)
        return doc
    return run
