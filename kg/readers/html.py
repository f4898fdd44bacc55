"""Plain text from an HTML page: scripts and styles dropped, block elements become line breaks.

The document text *is* this extracted text: offsets in the outputs refer to it.  Character
references are decoded exactly once (`&amp;lt;` is the text `&lt;`), and a `<head>` that is
never closed ends where the body starts, as browsers do, so its text is not lost.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "blockquote", "title", "dd", "dt",
          "td", "th", "hr", "main", "nav", "aside", "figure", "figcaption", "pre", "address"}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"}
# tags that can only be in <body>: seeing one closes an unclosed <head>
_BODY_START = {"body"} | _BLOCK - {"title"} | {"span", "a", "img", "b", "strong", "em", "font"}
_SPACE = re.compile(r"[ \t\r\f\v\u3000\xa0]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip: list[str] = []  # open script/style/... elements
        self.in_head = False
        self.in_title = False
        self.title: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        elif tag in _BODY_START and not self.skip:
            self.in_head = False
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP:
            self.skip.append(tag)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):  # <br/>, <hr/>: one break, never an open element
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip and not self.in_head:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset=…>` (lower-case), if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def html_to_text(text: str) -> tuple[str, str | None]:
    """Return (plain text, <title> text or None)."""
    p = _TextParser()
    p.feed(text)
    p.close()
    lines = (_SPACE.sub(" ", ln).strip() for ln in "".join(p.parts).split("\n"))
    out = "\n\n".join(ln for ln in lines if ln)
    title = " ".join("".join(p.title).split()) or None
    return out, title


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
