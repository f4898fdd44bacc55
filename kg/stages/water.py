"""Rivers and lakes, and the water works that name them.

Rivers and lakes (Place, level `water`) are found by the gazetteer stage (`find_waters`): those a
work's name opens with, those listed with works (…右堤及赵王新河) or listed as 河道 (府河、漕河等河道),
named before what only water has (大清河流域, 白洋淀上游) or after 治理/清理 — a river named only
inside a dike's name is no mention.  Dikes, reservoirs and sluices by name (白洋淀千里堤, 萍河左堤,
岗南水库) are facilities (Organization), found by the entities stage (`find_works`, through
`kg.stages.entities.water`); both read the same grammar, so a work found in one stage and the river
it names in the other agree.  The words are data (cue_words.tsv: water_works, water_features,
water_list_heads …).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import lexicon as L
from ..divisions import place_chars, place_words, table
from ..text import CHINESE_NUMERALS, DIGIT, HAN, TextMemo, alt, alt_ordered, dict_words, proper, word_tags
from .entities.common import NOT_IN_NAME, ORG_STOP_CHARS, ORG_STOP_WORDS, Found, Occupancy, name_start

_WORK_RE = re.compile(f"({L.words_alt('water_works')})(?![{re.escape(place_chars('water_work_not_before'))}])")
_WATER_CHARS = L.chars("water_chars")
# the office that runs a work (三河闸管理处, 岗南水库管理局): the work's name + one of these
_WORK_OFFICE_RE = re.compile(L.words_alt("water_work_offices"))
_WORK_GENERIC = re.compile(f"^(?:{L.words_alt('water_work_generic')})")
# …and closing the characters before the work's word (59宗小型病险|水库, 水务局扎实推进小型|水库, 薛埠镇
# 小型|水库): a class of works, of a place or after a verb, no name; only the words of two characters
# or more (a name may end in one of 各, 该, 本)
_WORK_GENERIC_END = re.compile(f"(?:{alt(w for w in L.words('water_work_generic') if len(w) >= 2)})$")
_WORK_STOP_WORDS = ORG_STOP_WORDS + L.words("water_work_stop_words")
_LIST_SPLIT = re.compile(L.words_alt("list_separators"))
_NOT_FIRST = L.chars("water_name_not_first")
_VERBS_BEFORE_WORK = L.chars("water_work_verbs_before")

_WATER_GENERIC = set(L.words("water_generic"))
_WATER_GENERIC_TAILS: dict[str, tuple[str, ...]] = {}  # by last character: the generic words a name may end in
for _g in sorted(_WATER_GENERIC):
    _WATER_GENERIC_TAILS[_g[-1]] = _WATER_GENERIC_TAILS.get(_g[-1], ()) + (_g,)
# a river or lake named before what only water has (大清河流域, 白洋淀上游), after what is done to
# it (治理滏阳河,), or listed as 河道 (府河、漕河、唐河等河道)
_WATER_AFTER = re.compile(rf"[{_WATER_CHARS}](?={L.words_alt('water_features')})")
_WATER_GOVERNED = re.compile(rf"(?:{L.words_alt('water_governing_verbs')})([{HAN}]{{1,4}}[{_WATER_CHARS}])"
                             rf"(?=[{re.escape(place_chars('water_after_governed_chars'))}]|"
                             rf"{alt_ordered(place_words('water_after_governed'))})")
_ETC = alt(place_words("water_list_etc"))
_WATER_LIST = re.compile(rf"((?:[{HAN}]{{1,5}}[{_WATER_CHARS}]、)+[{HAN}]{{1,5}}[{_WATER_CHARS}]){_ETC}"
                         rf"(?:[{DIGIT}{CHINESE_NUMERALS}]+{alt(place_words('water_list_counter'))})?"
                         rf"(?:{L.words_alt('water_list_heads')})")
_LIST_OPENER = place_words("water_list_opener")
# what every `_WATER_LIST` match holds: its first item's last character and 、 (the item opens at
# most five characters before that character), so the scan starts there, or not at all
_WATER_LIST_ANCHOR = re.compile(rf"[{_WATER_CHARS}]、")


def _water_name_start(text: str, end: int, limit: int, floor: int = 0) -> int:
    """`name_start` with the water works' stop words, each character tested by a few slices of
    a set rather than a startswith per stop word (same answer: a stop word ending at i stops)."""
    words, lengths, last = _work_stops()
    if words is None:
        return name_start(text, end, limit, floor, _WORK_STOP_WORDS)
    i = end
    while i > floor and end - i < limit:
        ch = text[i - 1]
        if not _HAN_CHAR.match(ch) or ch in ORG_STOP_CHARS:
            break
        if ch in last and any(k <= i and text[i - k:i] in words for k in lengths):
            break
        i -= 1
    return i


@lru_cache(maxsize=1)
def _work_stops() -> tuple[frozenset | None, tuple[int, ...], frozenset]:
    """The stop words as a set, their lengths and last characters (None: an empty stop word,
    which stops everywhere, is left to `name_start`)."""
    if "" in _WORK_STOP_WORDS:
        return None, (), frozenset()
    return (frozenset(_WORK_STOP_WORDS), tuple(sorted({len(w) for w in _WORK_STOP_WORDS})),
            frozenset(w[-1] for w in _WORK_STOP_WORDS))


_HAN_CHAR = re.compile(f"[{HAN}]")


def _water_word_ok(name: str, listed: bool = False) -> bool:
    """A river or lake name: a place word in jieba's dictionary, or an unknown word with a proper
    or unknown stem (赵王新河); common nouns (运河, 沟渠) and generic pairs (河湖, 江河) are not."""
    if not (2 <= len(name) <= 6) or name in _WATER_GENERIC or name[-1] not in _WATER_CHARS:
        return False
    if not re.fullmatch(f"[{HAN}]+", name) or _WORK_GENERIC.match(name):
        return False
    if any(name.endswith(g) and _WORK_GENERIC_END.search(name[:-len(g)]) for g in _WATER_GENERIC_TAILS.get(name[-1], ())):
        return False  # 其|他主要江河水位, 各重点河湖: a class of waters (a kind word + the generic pair), no name
    tag = word_tags().get(name)
    if tag is not None:  # listed as 河道, a name that is also a person's (唐河) is the river
        return tag.startswith(("ns", "nz", "nr") if listed else ("ns", "nz"))
    if listed and name[0] not in _NOT_FIRST:
        return True  # 治理卫河: the context says it is water, the name is unknown to jieba
    return proper(name[:-1])


def _water_before(text: str, end: int) -> str | None:
    """The river or lake name ending at `end` (推进黄河|流域 → 黄河): the longest dictionary
    place name that ends there, else the name a backward scan finds."""
    start = _water_name_start(text, end, 6)
    tags = word_tags()
    for i in range(start, end - 1):
        if (tags.get(text[i:end]) or "").startswith(("ns", "nz", "nr")) and _water_word_ok(text[i:end], True):
            if i - start == 1 and text[start] in CHINESE_NUMERALS and _water_word_ok(text[start:end], True):
                return text[start:end]  # 万泉河与|九曲江流域: the numeral opens the river's name, no 曲江
            if i - start == 1 and text[start] in _MODIFIER_CHARS:
                return text[start:end]  # 受降雨影响,|小洪河水位: another river's name, no 洪河
            return None if _sounded_head(text, start, i) else text[i:end]
    # (hebei89: the six-character window cut 重|点打造灵泉湖湿地公园 in a word: the words of a kind no name
    # opens with are skipped as before a work's name, 点 and 打造, and the lake is 灵泉湖)
    start = _skip_leading_words(text, start, end)
    name = _after_division(text[start:end])
    # (after a county's name the word is that county's water: the county says it is a proper name)
    return name if _water_word_ok(name, listed=len(name) < end - start) else None


def _after_division(name: str) -> str:
    """金乡县|金水湖: the lake's name after the county's that the backward scan ran into (济宁市金乡县金水湖湿地
    公园); the county is the lake's place, no part of its name (messy70). A division's name is two
    characters or more before its suffix, and the water's name left is two characters or more."""
    for i in range(2, len(name) - 2):
        if name[i] in _DIVISION_ENDS and table().by_name.get(name[:i + 1]):
            return name[i + 1:]
    return name


_DIVISION_ENDS = frozenset(place_chars("water_division_end_chars"))
_MODIFIER_CHARS = frozenset(place_chars("water_name_modifier_chars"))


_SOUNDED = frozenset(place_chars("transliteration_chars"))


def _sounded_head(text: str, start: int, i: int) -> bool:
    """因迪吉尔|卡河上游: a dictionary river written right after two or more characters by sound,
    its own first one by sound too, is the tail of a foreign river's name written by sound (the
    Indigirka), no river of that short name."""
    return i - start >= 2 and all(ch in _SOUNDED for ch in text[start:i + 1])


def _water_name(prefix: str) -> int:
    """Length of the river or lake name that opens a work's name (白洋淀|新安北堤 → 3), or 0."""
    for i in range(1, min(len(prefix), 6)):
        if prefix[i] in _WATER_CHARS and prefix[i + 1:i + 2] not in set(_WATER_CHARS):
            return i + 1
    return 0


def find_waters(text: str, places: list[Found]) -> list[Found]:
    """Rivers and lakes (Place) of `text`: the gazetteer's part of `find_water_works`."""
    return [f for f in find_water_works(text, places) if f.label == "Place"]


def find_works(text: str, places: list[Found]) -> list[Found]:
    """Dikes, reservoirs and sluices (Organization): the entities stage's part of `find_water_works`."""
    return [f for f in find_water_works(text, places) if f.label != "Place"]


def find_water_works(text: str, places: list[Found]) -> list[Found]:
    """Dikes, reservoirs and sluices by name (白洋淀千里堤, 萍河左堤, 岗南水库) as facilities, and the
    rivers and lakes they name or are listed with (白洋淀, 赵王新河) as places — a water name is a place
    only where it also stands on its own (南拒马河右堤 alone does not make 南拒马河 a mention).
    `places` are the divisions the gazetteer found; rivers among them are left out, so the
    result is the same before and after the gazetteer has added its rivers."""
    places = [p for p in places if p.attrs.get("level") != "water"]
    memo = _WATER_WORKS.of(text)  # the gazetteer and the entities stage ask about each article
    key = ("works", tuple((p.start, p.end) for p in places))  # all of `places` that is read
    if key not in memo:
        memo[key] = _find_water_works(text, places)
    return [Found(f.start, f.end, f.label, f.norm, f.rule, dict(f.attrs)) for f in memo[key]]


_WATER_WORKS = TextMemo()


def _find_water_works(text: str, places: list[Found]) -> list[Found]:
    """`find_water_works` over the places that are no rivers or lakes."""
    works = _works(text, places)
    names = _named_waters(text, works)
    listed = _listed_with_works(text, works)
    if not works and not names:
        return []
    return works + _water_mentions(text, works, names | listed, {(p.start, p.end) for p in places})


def _named_after_place(prefix: str) -> bool:
    """汉寿县|高家坝水库: a work named right after its county by words of the dictionary (高家 +
    坝) is named all the same — the place says a name follows; a prefix that is one dictionary
    word (境内, 城区) is a common noun, no name."""
    return prefix not in word_tags() and len(dict_words(prefix)) >= 2


def _works(text: str, places: list[Found]) -> list[Found]:
    """The water works of `text`, each with the span of the river or lake its name opens with."""
    works: list[Found] = []
    place_spans = [(p.start, p.end) for p in places]
    place_ends = sorted(p.end for p in places)
    place_end_set = set(place_ends)
    last_end = 0
    for m in _WORK_RE.finditer(text):
        start = m.start()
        k = bisect.bisect_right(place_ends, start) - 1
        floor = max(last_end, place_ends[k] if k >= 0 and place_ends[k] < start - 1 else 0)
        i = _after_count(text, _skip_leading_words(text, _water_name_start(text, start, 10, floor), start), start)
        prefix = text[i:start]
        if len(prefix) < 2 or _WORK_GENERIC.match(prefix) or _WORK_GENERIC_END.search(prefix) \
                or NOT_IN_NAME.search(prefix) \
                or prefix[-1] in _VERBS_BEFORE_WORK:  # 开闸放水, 修建水库: verbs, not names
            continue
        if _inside_village(place_spans, m.end()):
            continue  # 上口镇西堤|村: the village named after a dike, no work 上口镇西堤
        if not any(a <= i < b for a, b in place_spans) and not proper(prefix) \
                and not (i in place_end_set and _named_after_place(prefix)) and not _listed_after_work(text, i, works):
            continue
        inner = next((b for a, b in place_spans if a == i), i)  # 河北省…水库: the place opens the name
        w = _water_name(text[inner:start])
        attrs: dict = {"water_work": True}
        rest = text[inner + w:m.end()] if w else ""
        norm = text[i:m.end()]
        if w:
            attrs["water"] = (inner, inner + w)
            if len(rest) >= 4:  # 白洋淀新安北堤 is 新安北堤 (named on its own too)
                norm, attrs["alias"] = rest, text[i:m.end()]
            elif len(rest) == 3:  # 白洋淀千里堤, also called 千里堤
                attrs["alias"] = rest
        works.append(_work_or_office(text, i, m.end(), norm, attrs))
        last_end = m.end()
    return works


def _inside_village(place_spans: list[tuple[int, int]], end: int) -> bool:
    """西堤村, 石坝村, 大闸村: a work's suffix read inside a place's name (the village or community named
    after the dike, dam or sluice) ends no work — the place goes on past it."""
    return any(a < end < b for a, b in place_spans)


def _listed_after_work(text: str, i: int, works: list[Found]) -> bool:
    """Is the name at `i` listed right after a work found by name (湭河水库、涧峪水库、小华山水库, 东进水库、
    头棚水库)?  A list of works by name names each of them, though jieba knows the first name only."""
    return bool(works) and i > 0 and text[i - 1] == "、" and works[-1].end == i - 1


# the kinds of dictionary word that open no work's name (确保|大溪水库, 切实保障|汾河水库, 目前|岗南水库,
# 四座|小一型水库): verbs, adverbs, times, numerals, conjunctions, prepositions (jieba's tags)
_NOT_NAME_TAGS = tuple(L.words("water_work_not_name_tags"))


def _skip_leading_words(text: str, i: int, start: int) -> int:
    """Where the work's name opens once the words of the clause before it are skipped: the
    backward scan stops only at stop words, so 确保大溪水库 reaches the verb; a leading word of a
    kind no name opens with is skipped while two characters of name are left (团结水库, 跃进水库:
    a verb that is the whole name stays); a word of one character only before another such word
    (要|切实, but 独|流减河: a river's first character). At most a few words of a ten-character prefix."""
    while start - i > 2:
        k = _not_name_word(text, i, start, (4, 3, 2))
        if not k and _not_name_word(text, i, start, (1,)):  # 要|切实保障: one character before another such word
            k = 1 if _not_name_word(text, i + 1, start, (4, 3, 2)) else 0
        if not k:
            return i
        i += k
    return i


# the same skip for another name opened by a proper name the dictionary does not know (蜂桶寨国家级自然保护区管理局)
skip_leading_words = _skip_leading_words


def _after_count(text: str, i: int, start: int) -> int:
    """Past the measure word of a count the scan stopped at (立足123|座|中小水库, 九|座|水库): a
    measure word right after a numeral counts the works that follow, it opens no name (agri44)."""
    if 0 < i < start - 1 and (text[i - 1].isdigit() or text[i - 1] in CHINESE_NUMERALS) \
            and (word_tags().get(text[i]) or "").startswith("q"):
        return i + 1
    return i


def _not_name_word(text: str, i: int, start: int, lengths: tuple[int, ...]) -> int:
    """The length of a word of a kind no name opens with at `i` (two characters of name left
    before `start`), or 0."""
    tags = word_tags()
    return next((k for k in lengths if start - i - k >= 2
                 and (tags.get(text[i:i + k]) or "").startswith(_NOT_NAME_TAGS)), 0)


def _work_or_office(text: str, i: int, end: int, norm: str, attrs: dict) -> Found:
    """The work at text[i:end], or the office that runs it when one is named right after it
    (三河闸管理处, 丹江口水库管理局): the organisation is the office, named in full as written,
    not the sluice or reservoir it runs; the river the name opens with stays a mention."""
    office = _WORK_OFFICE_RE.match(text, end)
    if not office:
        return Found(i, end, "Organization", norm, "org.water-work", attrs)
    attrs = {k: v for k, v in attrs.items() if k in ("water",)}
    return Found(i, office.end(), "Organization", text[i:office.end()], "org.water-work-office", attrs)


def _named_waters(text: str, works: list[Found]) -> set[str]:
    """Rivers and lakes named in a work's name, before what only water has (大清河流域), after a
    verb of governing (治理卫河) or listed as 河道 (府河、漕河等河道)."""
    names: set[str] = {text[a:b] for f in works if (ab := f.attrs.get("water")) for a, b in [ab]}
    return names | _text_waters(text)


# the gazetteer and the entities stage both ask about each article
_TEXT_WATERS = TextMemo()


def _text_waters(text: str) -> frozenset[str]:
    """The rivers and lakes `_named_waters` finds by the text alone (not by the works' names):
    scanned once per article, three regexes over the whole text."""
    memo = _TEXT_WATERS.of(text)
    if "waters" not in memo:
        memo["waters"] = frozenset(_scan_waters(text))
    return memo["waters"]


def _scan_waters(text: str) -> set[str]:
    names: set[str] = set()
    for m in _WATER_AFTER.finditer(text):
        name = _water_before(text, m.end())
        if name:
            names.add(name)
    for m in _WATER_GOVERNED.finditer(text):
        if _water_word_ok(m.group(1), listed=True):
            names.add(m.group(1))
    anchor = _WATER_LIST_ANCHOR.search(text)  # (a list holds one: scan from 5 characters before it)
    for m in (_WATER_LIST.finditer(text, max(0, anchor.start() - 5)) if anchor else ()):
        items = m.group(1).split("、")
        first_end = m.start(1) + len(items[0])
        items[0] = text[_water_name_start(text, first_end, 6, m.start(1)):first_end]
        if all(_water_word_ok(it, listed=True) for it in items):
            names.update(items)
    return names


_CLAUSE_MARKS = "，,。；;：:！？\n"


def _listed_with_works(text: str, works: list[Found]) -> set[str]:
    """Rivers and lakes listed in a work's clause among the works (…右堤及赵王新河)."""
    listed: set[str] = set()
    work_spans = [(f.start, f.end) for f in works]
    for f in works:
        a = f.start
        while a > 0 and text[a - 1] not in _CLAUSE_MARKS:
            a -= 1
        b = f.end
        while b < len(text) and text[b] not in _CLAUSE_MARKS:
            b += 1
        opener = next((w for w in _LIST_OPENER if w in text[a:b]), None)  # …工程包括…
        seg_start = text.find(opener, a, b) + len(opener) if opener else a
        pos = seg_start
        for item in _LIST_SPLIT.split(text[seg_start:b]):
            s0, e0 = pos, pos + len(item)
            pos = e0
            m2 = _LIST_SPLIT.match(text, pos)
            pos = m2.end() if m2 else pos
            if any(x <= s0 and e0 <= y for x, y in work_spans):
                continue
            if _water_word_ok(item, listed=True):
                listed.add(item)
    return listed


def _water_mentions(text: str, works: list[Found], names: set[str],
                    place_spans: set[tuple[int, int]]) -> list[Found]:
    """Every occurrence of the rivers and lakes that stand somewhere outside a work's name."""
    out: list[Found] = []
    taken = Occupancy(len(text))
    for f in works:
        taken.mark(f.start, f.end)
    for name in sorted(names):
        hits = [mt.span() for mt in re.finditer(re.escape(name), text)]
        if all(taken.overlaps(s0, e0) for s0, e0 in hits):
            continue  # named only inside a work's name
        for s0, e0 in hits:
            if text[e0:e0 + 1] in _WATER_CHARS or (s0, e0) in place_spans:
                continue
            out.append(Found(s0, e0, "Place", name, "place.water", {"level": "water"}))
    return out
