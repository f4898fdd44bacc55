"""Plain text from an HTML page: scripts and styles dropped, block elements become line breaks.

A table's row whose cells each hold one short line (a portal's 领导信息 page: `<td>王某某</td><td>县长</td>
<td>主持县政府全面工作。</td>`) is read as one line, its cells joined by a space, as the row reads on
screen (`王某某 县长 主持县政府全面工作。`): set one cell a line, the name, the post and the duties were
three unrelated lines.  A row with a cell of several lines or a long one (a page laid out in a table,
the article inside one cell) keeps its line breaks.

Leader pages set the same pairs without a table: a definition list (`<dl><dt>王某某</dt><dd>县长</dd>
</dl>`: each `<dt>` opens a row, it and the `<dd>`s after it are its cells, read as one line when
there are at most `DL_ROW_CELLS` of them and none holds a colon — a menu's `<dl>` with a heading and
many links stays one link a line, a footer's or a metadata block's labelled fields one a line), and
a list item made of spans only (`<li><span>王某某</span><span>副县长</span></li>`: the spans are read
as cells, joined by a space, where they ran together as `王某某副县长`; every span but the last a
short word with no clause mark).  An item with text outside its spans (`<li><a>标题</a><span>日期
</span></li>`) or a sentence set in styled runs is left as written.

The document text *is* this extracted text: offsets in the outputs refer to it.  Character
references are decoded exactly once (`&amp;lt;` is the text `&lt;`), and a `<head>` that is
never closed ends where the body starts, as browsers do, so its text is not lost.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from ..text import without_placeholders

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "blockquote", "title", "dd", "dt",
          "td", "th", "hr", "main", "nav", "aside", "figure", "figcaption", "pre", "address"}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"}
# tags that can only be in <body>: seeing one closes an unclosed <head>
_BODY_START = {"body"} | _BLOCK - {"title"} | {"span", "a", "img", "b", "strong", "em", "font"}
_SPACE = re.compile(r"[ \t\r\f\v\u3000\xa0]+")
CELL_LINE_MAX = 120  # a row is read as one line only when every cell is one line at most this long
_CELL = {"td", "th"}
_DL_CELL = {"dt", "dd"}
ITEM_PARTS_MAX = 64  # an <li> read as cells holds at most this many pieces of text (a bound per item: nested lists stay linear)
ITEM_CELL_MAX = 16  # an <li>'s spans before its last are short words (a name, a post) with no clause mark
_CLAUSE = re.compile("[，,。；;！？!?：:]")
_COLON = re.compile("[：:]")  # a <dl> of labelled fields (地址：…, 发布机构：) is no leader's row


def _body_first(texts: list[str]) -> bool:
    """Does a <dl> row or an <li> of spans open with a body (县财政局 | 局长 | 刘某)?  Such a list is
    a directory of units, not of leaders: joined by spaces its rows read as one page of posts and
    the posts stage gave every 局长 the first body on the page; its cells stay lines of their own."""
    return bool(texts) and texts[0].endswith(_unit_suffixes())


@lru_cache(maxsize=1)
def _unit_suffixes() -> tuple[str, ...]:
    """unit_suffixes.tsv as a tuple, read once (the reader is imported before the lexicon is needed)."""
    from ..lexicon import UNIT_SUFFIXES
    return tuple(UNIT_SUFFIXES)
DL_ROW_CELLS = 3  # a <dt> with at most two <dd>s (name, post, duties) is a row read as one line
MAX_TABLE_DEPTH = 8  # tables nested deeper read as plain blocks
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip: list[str] = []  # open script/style/... elements
        self.in_head = False
        self.in_title = False
        self.title: list[str] = []
        # open tables (and <dl>s), innermost last: each [row's cells so far, or None outside a
        # row; the most cells a row read as one line may have, or None]
        self.tables: list[list] = []
        self.items: list[dict] = []  # open <li>s, innermost last (`_open_item`)
        self.cells: list[list[str]] = []  # the open cell of every open row, innermost last
        self.deep = 0  # open tables nested past MAX_TABLE_DEPTH

    def _out(self) -> list[str]:
        """Where text goes: the open cell of the innermost open row (a table nested in a cell
        writes into that cell), else the page.  (A stack top: no walk over the open tables.)"""
        return self.cells[-1] if self.cells else self.parts

    def _close_row(self) -> None:
        """Write the innermost table's open row out: one line when every cell is one short line
        (two cells at least), else its cells one a line, as any block."""
        if not self.tables or self.tables[-1][0] is None:
            return
        cells = ["".join(c) for c in self.tables[-1][0]]
        if self.tables[-1][0]:
            self.cells.pop()
        self.tables[-1][0] = None
        texts = [_SPACE.sub(" ", c).strip() for c in cells]
        one_line = all("\n" not in t and len(t) <= CELL_LINE_MAX for t in texts)
        most = self.tables[-1][1]
        one_line = one_line and (most is None or len(texts) <= most and not any(_COLON.search(t) for t in texts)
                                 and not _body_first(texts))
        out = self._out()
        if one_line and sum(1 for t in texts if t) >= 2:
            out.append("\n" + " ".join(t for t in texts if t) + "\n")
        else:
            out.append("\n" + "\n".join(cells) + "\n")

    def _table_tag(self, tag: str, start: bool) -> bool:
        """Track tables, rows and cells (an unclosed <td> or <tr> ends at the next one, as browsers
        read it); True when the tag is a row's or a cell's, handled here."""
        most = None
        if tag == "dl":
            tag, most = "table", DL_ROW_CELLS  # a definition list: its <dt>/<dd> groups are rows
        elif tag in _DL_CELL:
            return self._dl_tag(tag, start)
        if tag == "table" and (self.deep or (start and len(self.tables) >= MAX_TABLE_DEPTH)):
            self.deep += 1 if start else -1  # tables nested deeper: blocks (a row's cells copied level after level were quadratic)
            return False
        if self.deep:
            return False
        if tag == "table":
            if start:
                self._out().append("\n")
                self.tables.append([None, most])
            else:
                self._close_row()
                if self.tables:
                    self.tables.pop()
                self._out().append("\n")
            return True
        if not self.tables:
            return False
        if tag == "tr":
            self._close_row()
            if start:
                self.tables[-1][0] = []
            return True
        if tag in _CELL:
            if start:
                row = self.tables[-1][0]
                if row is None:
                    row = self.tables[-1][0] = []  # a cell outside any <tr>
                if row:
                    self.cells.pop()
                row.append([])
                self.cells.append(row[-1])
            return True
        return False

    def _dl_tag(self, tag: str, start: bool) -> bool:
        """A <dt> opens a row of the innermost <dl> and is its first cell, a <dd> is a further cell;
        False (an ordinary block) when the innermost open table is no <dl>."""
        if self.deep or not self.tables or self.tables[-1][1] is None:
            return False
        if start:
            if tag == "dt":
                self._table_tag("tr", True)
            self._table_tag("td", True)
        return True

    def _open_item(self) -> None:
        """Note where an <li>'s text starts in the list it is written to, so that `_close_item`
        can read its spans as cells."""
        out = self._out()
        self.items.append({"out": out, "start": len(out), "marks": [], "bare": False, "depth": 0})

    def _span(self, start: bool) -> None:
        """A span right inside the innermost <li> (not inside another span) opens a cell."""
        if not self.items or self.items[-1]["out"] is not self._out():
            return
        item = self.items[-1]
        if start:
            if item["depth"] == 0:
                item["marks"].append(len(item["out"]))
            item["depth"] += 1
        elif item["depth"]:
            item["depth"] -= 1

    def _close_item(self) -> None:
        """An <li> of spans only, two short one-line ones at least, is read as one line, its spans
        joined by a space (`张华 副县长`, as on screen); any other item is left as written."""
        if not self.items:
            return
        item = self.items.pop()
        out, marks = item["out"], item["marks"]
        if (item["bare"] or len(marks) < 2 or out is not self._out() or len(out) < marks[-1]
                or len(out) - item["start"] > ITEM_PARTS_MAX):
            return
        if "".join(out[item["start"]:marks[0]]).strip():
            return
        ends = marks[1:] + [len(out)]
        texts = [_SPACE.sub(" ", "".join(out[a:b])).strip() for a, b in zip(marks, ends)]
        texts = [t for t in texts if t]
        if len(texts) < 2 or any("\n" in t or len(t) > CELL_LINE_MAX for t in texts) \
                or any(len(t) > ITEM_CELL_MAX or _CLAUSE.search(t) for t in texts[:-1]) \
                or _COLON.search(texts[-1]) or _body_first(texts):
            return  # (a sentence set in styled runs, `<span>10月24日，</span><span>全县…</span>`, is no row)
        out[item["start"]:] = [" ".join(texts)]

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        elif tag in _BODY_START and not self.skip:
            self.in_head = False
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP:
            self.skip.append(tag)
        if not self.skip and self._table_tag(tag, True):
            return
        if tag in _BLOCK:
            self._out().append("\n")
        if self.skip:
            return
        if tag == "li":
            self._open_item()
        elif tag == "span":
            self._span(True)

    def handle_startendtag(self, tag, attrs):  # <br/>, <hr/>: one break, never an open element
        if tag in _BLOCK:
            self._out().append("\n")

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        elif not self.skip and self._table_tag(tag, False):
            return
        elif not self.skip and tag == "li":
            self._close_item()
        elif not self.skip and tag == "span":
            self._span(False)
        if tag in _BLOCK:
            self._out().append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip and not self.in_head:
            out = self._out()
            if self.items and self.items[-1]["depth"] == 0 and self.items[-1]["out"] is out and data.strip():
                self.items[-1]["bare"] = True  # text of the item outside its spans
            out.append(data)


def looks_like_html(text: str) -> bool:
    """A page, or a fragment of one pasted as text (a WeChat article's `<p style=…><span …>` markup copied into
    a forum post, no `<html>` around it): its tags are no text, and their attributes no figures (border-radius:
    100%).  A fragment is told by `FRAGMENT_TAGS` closing tags of text elements near its start."""
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text) \
        or len(_CLOSING_TEXT_TAG.findall(text, 0, 20000)) >= FRAGMENT_TAGS


FRAGMENT_TAGS = 5  # closing tags of text elements that make a text an HTML fragment
_CLOSING_TEXT_TAG = re.compile(r"</(?:p|span|div|section|strong|li|td|h[1-6])\s*>", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset=…>` (lower-case), if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def html_to_text(text: str) -> tuple[str, str | None]:
    """Return (plain text, <title> text or None)."""
    p = _TextParser()
    p.feed(text)
    p.close()
    while p.tables:  # tables never closed: their open rows are still text
        p._table_tag("table", False)
    lines = (_SPACE.sub(" ", without_placeholders(ln)).strip() for ln in "".join(p.parts).split("\n"))
    out = "\n\n".join(ln for ln in lines if ln)
    return out, filled_title("".join(p.title))


_TITLE_EDGE = " _-|·:：—–"  # what parts a title from the tag beside it (县政府召开常务会议_${sitename})


def filled_title(title: str | None) -> str | None:
    """A page's title with white space collapsed and without unfilled template tags; the separator
    that stood between the headline and a removed tag goes with it; None when nothing is left."""
    if title is None:
        return None
    bare = without_placeholders(title)
    if bare != title:
        bare = bare.strip(_TITLE_EDGE)
    return " ".join(bare.split()) or None


# <meta> names that government and news sites use for the publication date
_META_DATE_NAMES = ("pubdate", "publishdate", "publish_date", "publish-date", "publishtime",
                    "article:published_time", "og:release_date", "dc.date", "dc.date.issued",
                    "dcterms.date", "dcterms.issued", "date", "firstpublishedtime")
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_META_ATTR = re.compile(r"""(name|property|itemprop|http-equiv|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def meta_date(html: str) -> str | None:
    """The publication date a page declares in its head (`<meta name="PubDate" content="2022-06-03
    08:00">`), as written; None when it declares none.  Read before the markup is stripped."""
    head = html[:20000]
    for tag in _META_TAG.findall(head):
        attrs = {}
        for m in _META_ATTR.finditer(tag):
            attrs[m.group(1).lower()] = m.group(2) if m.group(2) is not None else (
                m.group(3) if m.group(3) is not None else m.group(4))
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        if key in _META_DATE_NAMES and attrs.get("content", "").strip():
            return attrs["content"].strip()
    return None
