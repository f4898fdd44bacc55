"""Short forms a text defines: 齐齐哈尔市营商环境建设监督局(以下简称市营商局) … 受市营商局委托.

Notices, regulations, contracts and reports name a body, a company or a document in full once
and give, in a bracket right after it, the short form they use from then on: (以下简称市营商局),
（简称“中国中铁”）, (以下简称《管理办法》), (下称采购办).  Every later use of that short form in
the article is the thing named in full.  So, once `resolve` has completed the article's names:

- the mentions a finder made of the short form (市营商局 read as "the city's 营商局", 管理办法 as a
  programme of its own) take the full name and type: they join its entity, and the short form
  becomes one of its aliases;
- uses of the short form no finder read (采购办, 市信息中心) become mentions of it, with their
  own evidence, so what the text says of the short form (受市营商局委托) reaches the entity.

Only a name a finder found right before the bracket defines anything (a document's number may
stand between a title in 《》 and its bracket: 《…办法》(齐政办发〔2018〕23号)(以下简称《办法》));
a definition of a thing govkg does not name (…云平台(以下简称云平台)) adds nothing, and places are
left to the gazetteer (their short forms are the division table's).  The words that open a
definition are data (`cue_words.tsv`, list `short_form_define`).
"""
from __future__ import annotations

import re

from .. import lexicon as L
from ..model import Article, Doc, Mention

RULE = "short_form.defined"
DEFINED_TYPES = ("Agency", "Organization", "Programme")
MAX_PER_ARTICLE = 32  # definitions read per article: a text defines a handful (linear however long)

_DEFINITION = re.compile(
    rf"[（(](?:{L.words_alt('short_form_define')})[:：]?[“\"《「]?"
    rf"(?P<short>[^（()）“”\"《》「」，,。；;：:、\s]{{2,16}})[”\"》」]?[）)]")
# a document number between a title and its definition: (齐政办发〔2018〕23号)
_DOC_NUMBER = re.compile(r"[（(][^（()）\n]{1,30}号[）)]")
_CLOSERS = "》”\"」』"


def _defined(art: Article, ends: dict[int, Mention], open_at: int) -> Mention | None:
    """The mention a definition opening at `open_at` names in full: one ending right before the
    bracket, before a title's closing mark, or before a document number in brackets."""
    text = art.text
    for gap in (0, 1):  # 市营商局(以下… ; 《…办法》(以下…
        end = open_at - gap
        if gap and (end < 1 or text[end] not in _CLOSERS):
            break
        if end in ends:
            return ends[end]
    lo = text.rfind("(", max(0, open_at - 32), open_at)
    lo = max(lo, text.rfind("（", max(0, open_at - 32), open_at))
    if lo > 0 and _DOC_NUMBER.fullmatch(text, lo, open_at):
        return _defined(art, ends, lo)
    return None


def _uses(text: str, short: str, start: int, stop: int):
    """Where `short` is written in text[start:stop]."""
    k = text.find(short, start, stop)
    while k >= 0:
        yield k, k + len(short)
        k = text.find(short, k + len(short), stop)


def _link_article(doc: Doc, art: Article, mine: list[Mention]) -> None:
    ends: dict[int, Mention] = {}
    for m in mine:
        if m.label in DEFINED_TYPES and m.astart >= 0 and not m.attrs.get("unresolved"):
            if m.aend not in ends or m.aend - m.astart > ends[m.aend].aend - ends[m.aend].astart:
                ends[m.aend] = m
    definitions: list[tuple[int, str, Mention]] = []
    for d in _DEFINITION.finditer(art.text):
        full = _defined(art, ends, d.start())
        if full is not None and d.group("short") != (full.norm or full.surface):
            definitions.append((d.start("short"), d.group("short"), full))
            if len(definitions) == MAX_PER_ARTICLE:
                break
    if not definitions:
        return
    at: dict[tuple[int, int], list[Mention]] = {}
    taken = bytearray(len(art.text) + 1)
    inside_place = bytearray(len(art.text) + 1)  # positions inside a place, after its first character
    for m in mine:
        if m.astart >= 0:
            at.setdefault((m.astart, m.aend), []).append(m)
            if m.label == "Place":  # (长三角|办: a place inside a short form is part of it)
                inside_place[m.astart + 1:m.aend] = b"\x01" * (m.aend - m.astart - 1)
            else:
                taken[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
    for n, (pos, short, full) in enumerate(definitions):
        # until the text defines the same short form again
        stop = next((p for p, s, _f in definitions[n + 1:] if s == short), len(art.text))
        for s, e in _uses(art.text, short, pos, stop):
            found = [m for m in at.get((s, e), ()) if m.label != "Place" and m is not full]
            for m in found:
                _retarget(m, full)
            if not found and 1 not in taken[s:e] and not inside_place[s] and not inside_place[e]:
                name = full.norm or full.surface
                if doc.add_mention(art, s, e, full.label, RULE, norm=name, short_form_of=name):
                    taken[s:e] = b"\x01" * (e - s)


def _retarget(m: Mention, full: Mention) -> None:
    """`m`, a use of a short form, names what `full` names."""
    m.label = full.label
    m.norm = full.norm or full.surface
    m.attrs["short_form_of"] = m.norm
    for k in ("unresolved", "relative", "weak"):
        m.attrs.pop(k, None)


def link_short_forms(doc: Doc, by_article: dict[str, list[Mention]]) -> None:
    """Link every defined short form of `doc` to its full name (see the module docstring);
    `by_article`: the document's mentions per article, as `resolve` holds them."""
    for art in doc.articles:
        if "称" in art.text:  # (every definition word has it: most articles have none)
            _link_article(doc, art, by_article.get(art.id, []))
