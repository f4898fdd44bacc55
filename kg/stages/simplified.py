"""Traditional script read in simplified, and spaced dates closed up (the `simplified` component,
the first stage).

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

A name's parts written apart with a look-alike of the middle dot (吾提库尔•阿不都热合曼) are read
with the one dot `kg.text.NAME_DOT` (`one_name_dot`), at the same length, for the same reason.

A page converted from PDF or Word often sets its date units apart from their digits (2020 年，
2024 年 1—6 月): every period and date rule reads 2020年, so the same reading, at the same length,
closes them up (`close_spaced_dates`, the spaces moved before the date) and `as_written` widens a
quote or surface that opens inside such a date to the whole of it as written.  A work report's heading
sets its speaker's post to the line's width (县 长 周永根): a post of posts.tsv so spaced, on a line of its own
before the name, is closed up the same way (`close_spaced_posts`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon as L
from ..model import Article, Doc
from ..pipeline import component
from ..metric_words import cue_chars, cues
from ..divisions import place_chars
from ..text import CHINESE_NUMERALS, HAN, NAME_DOT, NAME_DOT_LOOKALIKES

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


# a date whose units a page converted from PDF or Word sets apart from its digits: 2020 年，
# 2024 年 1 月 18 日 (not a digit of a longer number or of a decimal before it)
_DATE_SPACE = "[ \u3000\xa0]"
_DATE_UNITS = cue_chars("periods.spaced_date_units")
_UNIT = rf"(?:{'|'.join(map(re.escape, cues('periods.spaced_counted_units')))}|[{_DATE_UNITS}])"  # 年, 月 … and 个月
_RELATIVE_YEARS = "|".join(map(re.escape, cues("periods.spaced_relative_years")))  # 今年 1—11 月
_SPAN_OPENERS = "|".join(map(re.escape, cues("periods.spaced_span_openers")))  # 前 2 个月
_DATE_RANGE = "[" + re.escape(cue_chars("periods.range_chars")) + "]"  # 1—6 月: the span's sign
# a span's ends are one date (2021—2025 年, 2019 年 12 月-2020 年 3 月): closed up as one, so that no space
# moved before its second end splits it from the range sign (2021— 2025年 reads as a year alone)
_SPACED_DATE = re.compile(rf"(?:(?:{_RELATIVE_YEARS}|{_SPAN_OPENERS}){_DATE_SPACE}+)?(?<![\d.．])\d{{1,4}}{_DATE_SPACE}*(?:{_DATE_RANGE}{_DATE_SPACE}*\d{{1,4}}{_DATE_SPACE}*)?{_UNIT}"
                          rf"(?:{_DATE_SPACE}*(?:{_DATE_RANGE}{_DATE_SPACE}*\d{{1,4}}|\d{{1,2}}){_DATE_SPACE}*"
                          rf"(?:{_DATE_RANGE}{_DATE_SPACE}*\d{{1,2}}{_DATE_SPACE}*)?{_UNIT})*")
_SPACE_IN_DATE = re.compile(rf"(?:{_RELATIVE_YEARS}){_DATE_SPACE}+\d|\d{_DATE_SPACE}+(?:{_UNIT}|{_DATE_RANGE})|(?:[{_DATE_UNITS}]|{_DATE_RANGE}){_DATE_SPACE}+\d")
_SPACE_RE = re.compile(_DATE_SPACE)


def _closed_date(m: re.Match) -> str:
    """A spaced date closed up, its spaces moved before it (2020 年 → ␣2020年): the same length,
    and the words after the date stay on it (3 月底 → ␣3月底, 18 日起 → ␣18日起)."""
    s = m.group()
    return "".join(_SPACE_RE.findall(s)) + _SPACE_RE.sub("", s)


def close_spaced_dates(text: str) -> str:
    """`text` with its spaced dates read closed up, at the same length (2024 年 1 月 → ␣␣2024年1月).

    Pages converted from PDF or Word often set a space between digits and the Chinese date units
    around them (2020 年，全旗地区生产总值达到 38.11 亿元); every period and date rule reads 2020年,
    so the year was lost, and 年城镇常住居民人均可支配收入 became an indicator.  Only a run of digits
    and date units is touched, and only when a space sits between a digit and a unit."""
    if not _SPACE_IN_DATE.search(text):
        return text
    return _SPACED_DATE.sub(lambda m: _closed_date(m) if _SPACE_IN_DATE.search(m.group()) else m.group(), text)


def spaced_date_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every spaced date `close_spaced_dates` closes up in `text`, in order:
    the same spans in the reading, where `as_written` widens a quote or surface cut inside one."""
    if not _SPACE_IN_DATE.search(text):
        return []
    return [m.span() for m in _SPACED_DATE.finditer(text) if _SPACE_IN_DATE.search(m.group())]


# a look-alike of the name dot between two Han characters (吾提库尔•阿不都热合曼, 努尔・白克力); never after a
# numeral or a heading's unit, where the full-width full stop numbers a heading (一．总则, 第三章．附则)
_LOOKALIKE_DOT = re.compile(f"(?<=[{HAN}])(?<![{CHINESE_NUMERALS}章节条款])[{NAME_DOT_LOOKALIKES}](?=[{HAN}])")


def one_name_dot(text: str) -> str:
    """`text` with every look-alike of the name dot between Han characters read as the one dot
    (`kg.text.NAME_DOT`), at the same length.  Pages write a Uyghur or foreign name's parts apart with
    a bullet, a katakana middle dot or a hyphenation point as often as with U+00B7; the name rules test
    one dot, so such a name was cut at it and its post lost.  An ASCII full stop is read so only
    between transliterated parts (`_ascii_name_dots`), a hyphen only inside a name right after a
    post (`_name_hyphens`)."""
    text = _LOOKALIKE_DOT.sub(NAME_DOT, text) if any(ch in text for ch in NAME_DOT_LOOKALIKES) else text
    text = _ascii_name_dots(text) if _ASCII_DOT in text else text
    return _name_hyphens(text) if any(ch in text for ch in _NAME_HYPHENS) else text


_ASCII_DOT = "."
_ASCII_DOT_RE = re.compile(f"(?<=[{HAN}])\\.(?=[{HAN}])")


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    """Characters transliterated names are written in (place_grammar.tsv transliteration_chars,
    char_classes.tsv name_transliteration_chars)."""
    return frozenset(place_chars("transliteration_chars")) | frozenset(L.chars("name_transliteration_chars"))


def _ascii_name_dots(text: str) -> str:
    """穆罕默德.本.萨勒曼, 賈西姆.布代維: a scrape writes a foreign name's parts apart with an ASCII full
    stop, which is also a scrape's sentence stop (会议结束.下午…).  It is the name dot only between two
    transliteration characters, with a second one beside either of them (德.本, 姆.布: 北京.比如 has
    one each side, no name).  The same length, so every offset stays."""
    translit = _transliteration_chars()

    def part(ch: str) -> bool:
        return ch in translit or ch == _ASCII_DOT or ch == NAME_DOT

    out = list(text)
    for m in _ASCII_DOT_RE.finditer(text):
        i = m.start()
        if text[i - 1] in translit and text[i + 1] in translit and \
                ((i >= 2 and part(text[i - 2])) or (i + 2 < len(text) and part(text[i + 2]))):
            out[i] = NAME_DOT
    return "".join(out)



_HAN_RUN = re.compile(f"[{HAN}]{{1,{9}}}")  # the Han run after a hyphen, looked at up to one past _HYPHEN_LAST_PART
_NAME_HYPHENS = "-－‐‑"  # hyphens a page may join a name's parts with (玉素甫江-阿不都热西提)
_HYPHEN_BETWEEN = re.compile(f"(?<=[{HAN}])[{re.escape(_NAME_HYPHENS)}](?=[{HAN}]{{2}})")
_HYPHEN_FIRST_PART = (2, 6)  # characters of a name's first part before the hyphen
_HYPHEN_LAST_PART = 8  # characters at most of the run after it, up to a stop (…-阿不都热西提，)


@lru_cache(maxsize=1)
def _post_words() -> tuple[str, ...]:
    """The posts of posts.tsv (kinds post and head: 主席, 县长, 部长) a name is written right after."""
    return tuple(r["word"] for r in L.load_table("posts") if r.get("kind") in ("post", "head") and r.get("word"))


def _name_hyphens(text: str) -> str:
    """克拉玛依市政协主席玉素甫江-阿不都热西提，: a hyphen between Han characters whose first part (two
    to six characters) a post ends right before, and whose last part a stop ends within
    `_HYPHEN_LAST_PART` characters, is a name's dot, read as NAME_DOT at the same length.  Elsewhere a
    hyphen joins two places or bodies (中国-东盟, 澜沧江-湄公河, 天山网-新疆日报) and is left as written;
    so is one whose last part runs on into the clause (部长约翰逊-史密斯代表两国政府签署: where the name
    ends is not told).  Bounded: a few look-backs and look-aheads per hyphen."""
    posts = _post_words()
    if not posts:
        return text
    cuts = []
    for m in _HYPHEN_BETWEEN.finditer(text):
        h = m.start()
        run = _HAN_RUN.match(text, h + 1)
        if run is None or run.end() - h - 1 > _HYPHEN_LAST_PART or run.end() >= len(text):
            continue
        for k in range(_HYPHEN_FIRST_PART[0], _HYPHEN_FIRST_PART[1] + 1):
            s = h - k
            if s <= 0 or not _HAN_RE.match(text, s):
                break
            if text.endswith(posts, max(0, s - 8), s):
                cuts.append(h)
                break
    if not cuts:
        return text
    chars = list(text)
    for h in cuts:
        chars[h] = NAME_DOT
    return "".join(chars)


# a line holding only a post set letter-spaced to a heading's width and the name of its holder: the
# signature under a work report's heading (县 长 周永根, 市　长　李明); the name itself unspaced
_LINE_SPACE = "[ \u3000\xa0]"
_SPACED_POST_LINE = re.compile(
    rf"^{_LINE_SPACE}*(?P<post>[{HAN}](?:{_LINE_SPACE}+[{HAN}]){{1,3}}){_LINE_SPACE}+"
    rf"[{HAN}][{HAN}{NAME_DOT}]{{1,8}}{_LINE_SPACE}*$", re.M)
_SPACED_HAN = re.compile(rf"[{HAN}]{_LINE_SPACE}+[{HAN}]")  # no post is spaced in a text without one
_LINE_SPACE_RE = re.compile(_LINE_SPACE)


def _spaced_posts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every letter-spaced post `_SPACED_POST_LINE` finds whose characters,
    closed up, are a post of posts.tsv (县 长 → 县长; 政 府 工 作 报 告 is no post)."""
    if not _SPACED_HAN.search(text):
        return []
    posts = frozenset(_post_words())
    spans = []
    for m in _SPACED_POST_LINE.finditer(text):
        if _LINE_SPACE_RE.sub("", m.group("post")) in posts:
            spans.append(m.span("post"))
    return spans


def close_spaced_posts(text: str) -> str:
    """`text` with a letter-spaced post before its holder's name on a line of its own read closed
    up, its spaces moved before it (县 长 周永根 → ␣县长 周永根), at the same length.  A work
    report's heading sets the speaker's post to the width of the line; every post rule reads 县长,
    so the report's speaker was lost with the post he holds."""
    spans = _spaced_posts(text)
    if not spans:
        return text
    out, last = [], 0
    for a, b in spans:
        s = text[a:b]
        out += [text[last:a], "".join(_LINE_SPACE_RE.findall(s)), _LINE_SPACE_RE.sub("", s)]
        last = b
    out.append(text[last:])
    return "".join(out)


def spaced_spans(text: str) -> list[tuple[int, int]]:
    """Every span the reading closes up (spaced dates and spaced posts), in order: where
    `as_written` widens a quote or surface cut inside one."""
    return sorted(spaced_date_spans(text) + _spaced_posts(text))


_SMALL_MARKS = str.maketrans(L.chars("small_form_marks"), L.chars("small_form_marks_read"))


def full_marks(text: str) -> str:
    """…陈艳玲﹔3名同志获得… (honours68): the small-form marks some pages set (﹔﹐﹑﹕, char_classes
    `small_form_marks`) read as the full-width marks every rule splits clauses and lists at (；，、：),
    one for one: the same length, and `as_written` gives the page's marks back.  A percent
    look-alike right after a figure (15℅, 3.2﹪) reads ％, or every change it closes is lost."""
    return _PERCENT_LOOKALIKE.sub("％", text.translate(_SMALL_MARKS))


# 同比增长15℅ (gongbao84): a sign set for ％ right after a figure (char_classes `percent_lookalikes`)
_PERCENT_LOOKALIKE = re.compile(f"(?<=[0-9０-９])[{re.escape(L.chars('percent_lookalikes'))}]")


def _reading(text: str, traditional: bool) -> str:
    """What the stages read of `text`: simplified when the document is traditional, its spaced
    dates and posts closed up, its name dots one, its small-form marks full; the same length either way."""
    return one_name_dot(close_spaced_posts(close_spaced_dates(full_marks(simplify(text) if traditional else text))))


def _read_article(art: Article, traditional: bool) -> None:
    """An article laid out before this stage ran (a Doc built by hand): its text, sentences and
    labels read as the document is, at the same offsets."""
    art.text = _reading(art.text, traditional)
    for s in art.sentences:
        s.text = _reading(s.text, traditional)
    art.title = _reading(art.title, traditional) if art.title else art.title
    art.subtitle = _reading(art.subtitle, traditional) if art.subtitle else art.subtitle


@component("simplified", reads=("doc.text", "doc.title"),
           writes=("doc.text", "doc.title", "doc.written", "article.text", "article.sentences"))
def simplified():
    """Read a document written in traditional script in simplified, and its spaced dates closed
    up (`close_spaced_dates`), at the same offsets; `as_written` gives the written text back."""
    def run(doc: Doc) -> Doc:
        if doc.written is not None:
            return doc
        traditional = is_traditional(doc.text)
        text = _reading(doc.text, traditional)
        title = _reading(doc.title, traditional) if doc.title else doc.title
        if text == doc.text and title == doc.title:
            return doc
        doc.written, doc.written_title = doc.text, doc.title
        doc.text, doc.title = text, title
        for art in doc.articles:
            _read_article(art, traditional)
        return doc
    return run
