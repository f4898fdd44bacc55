"""Plain text from an HTML page: scripts and styles dropped, block elements become line breaks.

The document text *is* this extracted text: offsets in the outputs refer to it.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "blockquote", "title", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP:
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


def html_to_text(text: str) -> tuple[str, str | None]:
    """Return (plain text, <title> text or None)."""
    p = _TextParser()
    p.feed(text)
    p.close()
    raw = html.unescape("".join(p.parts))
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", ln).strip() for ln in raw.split("\n")]
    out = "\n\n".join(ln for ln in lines if ln)
    title = " ".join("".join(p.title).split()) or None
    return out, title
