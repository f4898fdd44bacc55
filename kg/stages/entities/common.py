"""What every finder of names shares: the `Found` record, scopes, occupancy and overlap tests.

The finders (`agencies`, `organizations`, `water`, `programmes`, `people`, `userdict`) work on one
article's text with offsets relative to it; `Found` is what they return, and the component in
`__init__` turns them into `Mention`s.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from ... import lexicon as L
from ...divisions import place_words
from ...text import CHINESE_NUMERALS, HAN, alt_ordered



def _not_in_name_re() -> re.Pattern:
    """Words that do not occur inside a name (not_in_name: 的, 对, 关于 …), except where one is part of
    a word a working body's name is made of (in_name_words: 应对 of 中宁县应对新冠肺炎疫情工作指挥部, 感染的肺炎
    of 石门县新型冠状病毒感染的肺炎疫情防控指挥部): each such word is skipped where it stands inside one of
    them, a fixed look-around of the exception's own characters."""
    allowed = L.words("in_name_words")
    parts = []
    for w in L.words("not_in_name"):
        guards = "".join(f"(?!(?<={re.escape(a[:k])}){re.escape(a[k:])})" if k else f"(?!{re.escape(a)})"
                         for a in allowed for k in [a.find(w)] if k >= 0)
        parts.append(guards + re.escape(w))
    return re.compile(f"({'|'.join(parts)})")


# words that do not occur inside a name: a span containing them is two names or a phrase
NOT_IN_NAME = _not_in_name_re()
# characters and words at which a backward scan for an organisation's name stops
ORG_STOP_CHARS = set(L.chars("org_stop_chars"))
ORG_STOP_WORDS = L.words("org_stop_words")
# 县委四个巡察组, 两位巡察组: a count of bodies (or of their leaders) written inside a would-be body's name
# (org_cues body_count_measures): no one body's own name (read by agencies and by posts, inspection69)
BODY_COUNT = f"[0-9０-９{CHINESE_NUMERALS}两]+[{''.join(L.word_lists('org_cues').get('body_count_measures', ()))}]"
_HAN_RE = re.compile(f"[{HAN}]")


@lru_cache(maxsize=None)
def cue_lists(table: str) -> dict[str, tuple[str, ...]]:
    """The named word lists of a (list, word) table of `kg/resources/lexicon/` in file order: the
    grammar words of one module (programme_cues, registry_cues) kept beside its other vocabulary."""
    return L.word_lists(table)


def cue(table: str, name: str) -> tuple[str, ...]:
    """One named list of a cue table (empty when the table does not name it)."""
    return cue_lists(table).get(name, ())


# 村民委员会, 居委会: organs of villages only, never a country's or a county's body of that name
VILLAGE_LEVEL_ORGANS = frozenset(cue("agency_cues", "village_level_organs"))


def cue_alt(table: str, name: str) -> str:
    """A regex alternation of one cue list, in file order (order decides between alternatives)."""
    return alt_ordered(cue(table, name))


def cue_chars(table: str, name: str) -> str:
    """The characters of one cue list, escaped for a regex character class ([…])."""
    return "".join(re.escape(ch) for w in cue(table, name) for ch in w)


def name_re(heads: str, lo: int, hi: int, chars: str = HAN, lead: str = "", follow: str = "",
            split: bool = False) -> re.Pattern:
    """The one shape most name grammars share: `lo`..`hi` characters of `chars` (shortest first)
    ending in one of `heads` (an alternation), after an optional `lead` pattern (a verb: 开展…行动)
    and before a `follow` pattern (lookarounds).  Group 1 is the whole name, or with `split` the
    stem, and group 2 the head (…领导小组, …研究所)."""
    body = f"[{chars}]{{{lo},{hi}}}?"
    core = f"({body})({heads})" if split else f"({body}(?:{heads}))"
    return re.compile(f"{f'(?:{lead})' if lead else ''}{core}{follow}")


def paragraph_start(text: str, i: int, starts: set[int]) -> bool:
    """True at the start of a section or a line."""
    return i in starts or i == 0 or text[i - 1] == "\n"


def name_start(text: str, end: int, limit: int, floor: int = 0, stop_words=ORG_STOP_WORDS) -> int:
    """Where a name ending at `end` starts: a backward scan to a stop character or word."""
    i = end
    while i > floor and end - i < limit:
        ch = text[i - 1]
        if not _HAN_RE.match(ch) or ch in ORG_STOP_CHARS:
            break
        if any(text.endswith(w, 0, i) for w in stop_words):
            break
        i -= 1
    return i


class Occupancy:
    """Which characters of a text are taken by names already found (linear-time overlap tests)."""

    def __init__(self, n: int):
        self.buf = bytearray(n + 2)

    def overlaps(self, s: int, e: int) -> bool:
        return 1 in self.buf[max(0, s):max(0, e)]

    def mark(self, s: int, e: int) -> None:
        s, e = max(0, s), min(len(self.buf), e)
        if e > s:
            self.buf[s:e] = b"\x01" * (e - s)


def contained(spans: list[tuple[int, int]]):
    """A test `inside(s, e)`: does some span of `spans` contain [s, e)?"""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    max_end = list(accumulate((b for _, b in spans), max))

    def inside(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, s)
        return k > 0 and max_end[k - 1] >= e
    return inside


CITY_ABROAD_ATTR = "city_abroad"  # on an organ named after a city abroad (长崎市政府): its city stays a mention


@dataclass
class Found:
    """A name found in a piece of text (offsets relative to that text)."""
    start: int
    end: int
    label: str
    norm: str
    rule: str
    attrs: dict = field(default_factory=dict)


@dataclass
class Scope:
    end: int  # where the name's tail starts
    start: int
    kind: str  # place | relative | national
    name: str  # full place name, relative char, or 国家
    code: str | None = None
    level: str | None = None
    short: bool = False
    weak: bool = False  # 市民政局: 市 before 民 reads as 市民 unless a department name follows
    bracketed: bool = False  # 中国（三亚）|知识产权保护中心: the place in brackets after the country, the name as written



def longest(found: list[Found]) -> list[Found]:
    """Drop names inside longer ones (邯郸市人民政府 inside 邯郸市人民政府办公室)."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    reach = -1
    for f in found:
        if f.end <= reach:
            continue  # inside a name that starts at or before it
        out.append(f)
        reach = f.end
    return out


# 西南证券, 华北制药: a company written short after a region's name (the region is no place of the
# text); read once here for the part-of-speech names (pos.py) and the registry's regions (registry.py)
REGION_COMPANY_AFTER = place_words("region_company_after")
_MEMORIAL_EVENTS = tuple(L.words("pos_memorial_events"))  # 改编, 起义, 革命, 烈士: what a memorial is named for
_MEMORIAL_HEADS = tuple(L.words("pos_memorial_heads"))  # 纪念馆, 陵园, 旧址
_MAX_EVENTS = 2  # 华东|革命|烈士|陵园: at most two event words between the region and the memorial's word


def names_memorial(text: str, e: int) -> bool:
    """Do one or two event words and a memorial's word follow a region ending at `e` (三湾|改编|
    纪念馆, 华东|革命|烈士|陵园)?  The region opens the memorial's name: the memorial is the thing
    named, no mention of the region of its own (bounded: two words are read at most)."""
    for _ in range(_MAX_EVENTS):
        ev = next((w for w in _MEMORIAL_EVENTS if text.startswith(w, e)), None)
        if ev is None:
            return False
        e += len(ev)
        if text.startswith(_MEMORIAL_HEADS, e):
            return True
    return False
