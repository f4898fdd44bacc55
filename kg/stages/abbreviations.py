"""One-character short forms of places: 中美关系, 印巴两国, 访华, 在京, 京津冀, 中方, 俄总统.

Chinese writes countries and provinces by one character where two of them meet (中美, 京津冀),
after a verb of travel or stay (访华, 在京, 赴港) and before a country's side or organs (中方, 美军).
One character is also part of countless ordinary words (美好, 日常, 京剧, 以方便), so a character
of `place_abbreviations.tsv` names a place only inside one of three grammars, each checked against
jieba's dictionary so that the character is not a piece of a longer word:

- run: two to four such characters of one kind (countries, or provinces) that jieba's
  segmentation of the clause does not glue to their neighbours; a run of countries needs a word
  after it that only countries take (中美|关系, 日俄|首脑, 印巴|两国: `country-run` cues), a run of
  two provinces that is an ordinary dictionary word (港台, 云贵) a word of places (`province-run`);
- verb: right after a verb that row lists (访|华, 在|京), where the verb is not the end of a
  longer word (现在京…, 实在美) and the character opens no word (在京剧, 对美好);
- side: a country character before 方/总统/政府/军 … (`side` cues) ending a word there (中方|支持,
  not 以|方便).

A character with several places (巴: 巴基斯坦, 巴西, 巴勒斯坦; 阿) is the one the document also
names in full, else the one a customary pair the document writes gives it (巴以 → 巴勒斯坦), else
the row marked default, else nothing.  The mention covers the character only
(what the People's Daily annotation marks), carries the place's full name and code, and is marked
`anaphor`: it refers to the place without being one of its names, so it adds no alias and does not
decide what an article is about.  The division gazetteer's and the registry's longer names win: a
character inside a name they find (中亚, 中山市) is left to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon as L
from ..divisions import place_chars, place_words, table
from ..model import Article, Doc, short_hash
from ..text import is_han, segmenter, word_freq, word_tags
from ..text import TextMemo, dict_words, find_all

_MAX_RUN = 4


@dataclass(frozen=True)
class Reading:
    """One place a character can stand for."""
    abbr: str
    name: str  # canonical name (division full name, or the world table's name)
    kind: str  # country | province
    rules: frozenset
    verbs: frozenset
    default: bool
    attrs: tuple  # mention attributes (code, level, …) as sorted pairs
    surfaces: tuple  # full names the document may write (name and aliases)
    own: tuple = ()  # of a city: its own names only (surfaces adds its province's)


@lru_cache(maxsize=1)
def readings() -> dict[str, list[Reading]]:
    """abbr → its readings, in file order; rows naming a place no table knows are left out."""
    world = {r["name"]: r for r in L.load_table("world_places")}
    T = table()
    out: dict[str, list[Reading]] = {}
    for r in L.load_table("place_abbreviations"):
        if r["table"] == "divisions":
            level = "city" if r["kind"] == "city" else "province"
            cands = [d for d in T.candidates(r["name"]) if d.level == level]
            if not cands:
                continue
            d = cands[0]
            attrs = {"code": d.code, "level": d.level, "parent": d.parent}
            surfaces = _division_surfaces(d)
            own = (d.name,) + ((d.short,) if d.short else ())
        else:
            w = world.get(r["name"])
            if w is None:
                continue
            attrs = world_attrs(w)
            surfaces = (w["name"],) + tuple(a for a in w["aliases"].split("|") if len(a) >= 2)
            own = surfaces
        out.setdefault(r["abbr"], []).append(Reading(
            r["abbr"], r["name"], r["kind"], frozenset(r["rules"].split("|")),
            frozenset(v for v in r["verbs"].split("|") if v), r["default"] == "1",
            tuple(sorted(attrs.items())), surfaces, own))
    return out


def _division_surfaces(d) -> tuple[str, ...]:
    """The names a document writes of a division (full and short); of a city, its province's too:
    a city's one character (来连, 在甬) is read only in a text naming the city or its province."""
    own = (d.name,) + ((d.short,) if d.short else ())
    if d.level != "city":
        return own
    prov = table().get(d.code[:2] + "0000")
    return own + (((prov.name,) + ((prov.short,) if prov.short else ())) if prov else ())


@lru_cache(maxsize=1)
def _pairs() -> dict[str, tuple[str, ...]]:
    """Customary runs (place_abbreviation_pairs.tsv) → the places of their characters, in order."""
    return {r["run"]: tuple(r["names"].split("|")) for r in L.load_table("place_abbreviation_pairs")
            if len(r["names"].split("|")) == len(r["run"])}


def world_attrs(w: dict) -> dict:
    """The attributes the registry gives a world place (same code, so one entity for both)."""
    from .registry import _PLACE_LEVELS
    kind = w["kind"] or "region"
    code = w["code"] or (f"iso-{w['iso']}" if w["iso"] else
                         f"iso-{w['parent']}-{short_hash(w['name'], 8)}" if kind == "city" and w["parent"] else
                         f"region-{short_hash(w['name'], 8)}")  # (a city: the registry's code, 西雅图市 = 西雅图)
    a = {"code": code, "level": _PLACE_LEVELS.get(kind, "region"), "registry": "world_places"}
    if w["iso"]:
        a["iso"] = w["iso"]
    elif w.get("parent"):
        a["country"] = w["parent"]  # (as the registry's: 加州|州长纽森 is a foreign state's head)
    return a


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in L.load_table("place_abbreviation_cues"):
        out.setdefault(r["rule"], []).append(r["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _is_word(w: str) -> bool:
    """A word of jieba's dictionary (entries of frequency 0 are only prefixes of words)."""
    return bool(word_freq().get(w))


class _Clause:
    """jieba's dictionary segmentation of one clause, as the set of its word breaks."""

    _MARKS = set("。，、；：？！,;:?!\n（）()《》“”\"' ")

    def __init__(self, text: str):
        self.text = text
        self.cache: dict[int, set[int]] = {}

    def breaks(self, i: int) -> set[int]:
        text = self.text
        lo = i
        while lo > 0 and text[lo - 1] not in self._MARKS and i - lo < 20:
            lo -= 1
        hi = i
        while hi < len(text) and text[hi] not in self._MARKS and hi - i < 20:
            hi += 1
        if lo not in self.cache:
            pos, out = lo, {lo}
            for tok in dict_words(text[lo:hi]):
                pos += len(tok)
                out.add(pos)
            self.cache[lo] = out
        return self.cache[lo]


_NAMED_MEMO = TextMemo()


def _named(doc_text: str, surface: str) -> bool:
    """Does the document write `surface`?  Answered once per document and surface: every
    abbreviation of a long document asks of the same few names (a search of the whole text per
    abbreviation made a long list of them quadratic)."""
    known = _NAMED_MEMO.of(doc_text)
    got = known.get(surface)
    if got is None:
        got = known[surface] = surface in doc_text
    return got


def _choose(options: list[Reading], doc_text: str) -> Reading | None:
    """The reading the document names in full, else the default one."""
    named = [r for r in options if any(_named(doc_text, s) for s in r.surfaces)]
    if len({r.name for r in named}) == 1:
        return named[0]
    if named:
        return None  # 巴西 and 巴基斯坦 both named: a bare 巴 is ambiguous
    paired = [r for r in options if (r.abbr, r.name) in _paired_in(doc_text)]
    if len(options) > 1 and len({r.name for r in paired}) == 1:
        return paired[0]  # 巴以双方 … 巴方: the customary pair the document writes decides
    return next((r for r in options if r.default), None)


@lru_cache(maxsize=4)
def _paired_in(doc_text: str) -> frozenset:
    """(character, place) of the customary pairs a document writes (巴以 → (巴, 巴勒斯坦)): what a
    bare ambiguous character of the same document stands for."""
    return frozenset((c, n) for run, names in _pairs().items() if run in doc_text for c, n in zip(run, names))


def _reading(ch: str, kind: str | None, rule: str, doc_text: str) -> Reading | None:
    options = [r for r in readings().get(ch, []) if rule in r.rules and (kind is None or r.kind == kind)]
    return _choose(options, doc_text) if options else None


def _starts_with(text: str, i: int, words: tuple[str, ...]) -> str | None:
    if not text.startswith(words, i):
        return None  # (one test in C first: at most characters no cue word starts)
    return next((w for w in words if text.startswith(w, i)), None)


@lru_cache(maxsize=1)
def _abbr_re():
    """Regexes of one abbreviation character and of a stretch of two or more of them: the scans
    below visit those stretches only, not every character of the article in Python."""
    chars = "".join(sorted(c for c in readings() if len(c) == 1))
    if not chars:
        return None, None
    cls = "[" + "".join(re.escape(c) for c in chars) + "]"
    return re.compile(cls), re.compile(cls + "{2,}")


def _runs(text: str, free, clause: _Clause, doc_text: str):
    """(start, [readings]) of runs of two to four abbreviation characters of one kind."""
    cues = _cues()
    stretch = _abbr_re()[1]
    if stretch is None:
        return
    # outside a stretch of two or more abbreviation characters no run starts; a stretch's first
    # character has no abbreviation character before it, so each stretch is scanned on its own
    for st in stretch.finditer(text):
        i, hi = st.start(), st.end()
        while i < hi:
            j = i
            while j < hi and j - i < _MAX_RUN and free(j):
                j += 1
            if j - i < 2 or (i > st.start() and free(i - 1)):
                i = max(i + 1, j)
                continue
            if _preposition_before_china(text, i, cues):
                i += 1  # 以|中巴经济走廊为引领: the run starts at 中
                continue
            for k in range(j, i + 1, -1):  # 中美|加强: the longest run that reads
                got = _run_at(text, i, k, cues, clause, doc_text)
                if got:
                    yield i, _without_country_short_names(text, i, got)
                    break
            i = j


@lru_cache(maxsize=1)
def _country_short_names() -> frozenset[str]:
    """The two-character short names of countries (world_places aliases) made of short-form
    characters only (巴新, 印尼, 南韩): one country, not two."""
    R = readings()
    return frozenset(a for r in L.load_table("world_places") if r.get("kind") == "country"
                     for a in r["aliases"].split("|") if len(a) == 2 and all(c in R for c in a))


def _without_country_short_names(text: str, i: int, got: list) -> list:
    """A run's readings less the characters of a country's two-character short name inside it
    (中巴新两国: 中 and 巴新, Papua New Guinea, not 新 Singapore; 中印尼: Indonesia, not India and
    Nepal) and after it (访问巴新马当省: 马 opens the province's name, no Malaysia): the short name is
    the registry's to read, its characters no places of their own; China's 中 before it stays."""
    names = _country_short_names()
    k = next((k for k in range(len(got) - 1) if text[i + k:i + k + 2] in names), None)
    if k is None:
        return got
    return list(got[:k]) + [None] * (len(got) - k)  # (巴新|马当省: what follows opens the next name)


def _preposition_before_china(text: str, i: int, cues) -> bool:
    """以中巴经济走廊为引领, 以中美关系为重点: a country character that is also a preposition, before 中, is
    the preposition (China's 中 opens the runs of Chinese text: 中以 is China and Israel, 以中 rarely)."""
    return text[i] in cues.get("not-first-before-china", ()) and text.startswith(_CHINA_SHORT, i + 1) \
        and not text.startswith(cues.get("country-run", ()), i + 2)  # 以中|两国, 以中|关系: Israel and China


_CHINA_SHORT = "中"  # (the character China's short form is written with, as in place_abbreviations.tsv)
_RUN_KINDS = (("province", "province-run"), ("country", "country-run"))  # a kind, the cue row after its runs


@lru_cache(maxsize=1)
def country_run_chars() -> frozenset[str]:
    """The characters that stand for a country in a run of short forms (中, 美, 巴, 塞 …), whether or not
    the document decides which country (中巴双边贸易额 with no 巴西 or 巴基斯坦 written: still a pair)."""
    return frozenset(ch for ch, rs in readings().items() if any(r.kind == "country" and "run" in r.rules for r in rs))


def _all_of_kind(run: str, kind: str) -> bool:
    """Can every character of the run be read as a short form of that kind in a run?"""
    return all(any(r.kind == kind and "run" in r.rules for r in readings()[ch]) for ch in run)


def _run_readings(run: str, kind: str, doc_text: str) -> tuple[list[Reading | None], tuple | None]:
    """Each character's reading of that kind (None: 巴 of 印巴 in no context), and the run's fixed
    pair of countries if it is one (印巴: 巴 beside 印 is Pakistan, whatever else the document names)."""
    got = [_reading(ch, kind, "run", doc_text) for ch in run]
    pair = _pairs().get(run) if kind == "country" else None
    if pair:
        got = [next((r for r in readings()[ch] if r.name == n), g) for ch, n, g in zip(run, pair, got)]
    return got, pair


_CREDIT_OPENS = "(（"
_CREDIT_CLOSES = ")）"
_CREDIT_AFTER_STOP = "\n。！？!?"  # what a paragraph's closing credit follows: a full stop or a line's start


def _bracketed_credit(text: str, i: int, j: int) -> bool:
    """…端窝点2个。(苏云): a run that alone fills a bracket closing its paragraph, after a full stop
    or on its own line, is the writer's name (a local paper's closing credit), no list of provinces:
    a bracket of places inside a sentence (三地(京津冀)) follows a word, not a stop."""
    if i == 0 or text[i - 1] not in _CREDIT_OPENS or text[j:j + 1] not in _CREDIT_CLOSES:
        return False
    return (i < 2 or text[i - 2] in _CREDIT_AFTER_STOP) and text[j + 1:j + 2] in ("", "\n")


_BYLINE_REACH = 16  # how far back a byline's opening bracket may stand from a run inside it
_BYLINE_NAME = (2, 4)  # the lengths (in characters) of a writer's name in a byline
_BYLINE_GAPS = " \u3000"  # what parts the names of a byline: spaces, ASCII or ideographic


def _byline_name(text: str, i: int, j: int) -> bool:
    """长城网讯(田桂云 薛宁), (通讯员 陈卓卿 李明): a run inside a bracket that holds only short words
    parted by spaces (the writers of a report, each name two to four characters) is part of a
    name (桂云 of 田桂云), no list of provinces: a bracket of places (三地(京津冀)) is one word,
    with no spaces between its short forms. The bracket is looked for within a fixed reach."""
    start = max(0, i - _BYLINE_REACH)
    k = max(text.rfind(o, start, i) for o in _CREDIT_OPENS)
    if k < 0:
        return False
    ends = [e for e in (text.find(c, j, j + _BYLINE_REACH) for c in _CREDIT_CLOSES) if e >= 0]
    if not ends:
        return False
    inner = text[k + 1:min(ends)]
    words = re.split(f"[{_BYLINE_GAPS}]+", inner.strip(_BYLINE_GAPS))
    lo, hi = _BYLINE_NAME
    return len(words) >= 2 and all(lo <= len(w) <= hi and all(is_han(c) for c in w) for w in words)


def _run_at(text: str, i: int, j: int, cues, clause: _Clause, doc_text: str) -> list[Reading | None] | None:
    run = text[i:j]
    if run in cues.get("not-run", ()) or _closes_word_before(text, i, cues):
        return None
    if _bracketed_credit(text, i, j) or _byline_name(text, i, j):
        return None
    breaks = clause.breaks(i)
    if i not in breaks:
        return None  # 其中|以…: the first character ends another word
    if _starts_with(text, j, cues.get("route", ())):
        return None  # 桂新高速, 京港澳高速: a road or line named by its ends' short forms, often cities'
    if _route_end(text, i, j, cues):
        return None  # 乌拉嘎至新青25.9千米: the road's far end, a place's own name
    if _names_unit(text, j, cues) or _starts_with(text, j, cues.get("office-after", ())):
        return None  # 亚非处, 欧亚司, 港澳事务办公室: an office or its division named by the regions it covers
    if _names_division(text, j, cues):
        return None  # 城陵矶新港区: the run and the suffix are a district's name (新港区), no 新疆 and 香港
    for kind, cue_rule in _RUN_KINDS:
        if not _all_of_kind(run, kind):
            continue
        got, pair = _run_readings(run, kind, doc_text)
        cue = _starts_with(text, j, cues.get(cue_rule, ()))
        if j not in breaks and not (cue and j + len(cue) in breaks):
            return None  # 中美洲, 美中不足, 中老年 (but 中印关系, 港台地区 are words of jieba's)
        if kind == "country" and len(run) == 2 and not pair and _is_word(run) \
                and (word_tags().get(run) or "x").startswith(_COMMON_WORD_TAGS):
            return None  # 非法贸易, 加以合作: a common word (b, v, d, a), no pair of countries
        if kind == "country":
            k = j + 2 if text[j:j + 1] and text[j] in place_chars("count_numerals") \
                and text.startswith(place_words("count_measure"), j + 1) else j
            cue = cue or _starts_with(text, k, place_words("count_head"))  # 中美|三个|联合公报
            if cue is None and run not in cues.get("pair", ()) and not pair \
                    and not (_country_list_run(run, got, cues) and not _glued_division(text, j, cues)):
                return None
        elif len(run) == 2 and cue is None and _is_word(run) and \
                not (word_tags().get(run) or "").startswith(("ns", "j")):
            return None  # 港台 (n), 云贵 (nr): a province cue must follow
        elif len(run) == 2 and cue is None and not _is_word(run) and j < len(text) and is_han(text[j]):
            return None  # 苏云|辉 in 市领导武小凯、苏云辉、罗义: two short forms opening a word run on, no cue
        elif len(run) == 2 and cue is None and _series_item(text, i, j):
            return None  # 推进沪二、沪新、陈家宅等小区: one of a series of names sharing a first character
        return got
    return None


def _country_list_run(run: str, got: list, cues) -> bool:
    """美日韩借三边防长会…, 美日菲借机挑衅, 美英澳三边安全伙伴关系: three or four different countries' characters
    written together, each read, are a list of countries with no cue word after them (two may be an ordinary
    word: 非法, 加以); a dictionary word or a character written twice (白冰冰) is a name, no list, and a first
    character that is also a preposition or adverb (以美中北京首脑会晤为动力: `not-list-first`) is that word,
    and a place's own two-character name inside (中蒙古史: `_world_pair_names`) reads as that name.  Countries
    only: a continent's character opens a customary pair (亚欧新活力: 亚欧, then 新 "new")."""
    return len(run) >= 3 and len(set(run)) == len(run) and all(got) and not _is_word(run) \
        and all(dict(r.attrs).get("level") == "country" for r in got) \
        and run[0] not in cues.get("not-list-first", ()) \
        and not any(run[k:k + 2] in _world_pair_names() for k in range(len(run) - 1))


@lru_cache(maxsize=1)
def _world_pair_names() -> frozenset[str]:
    """Two-character names of places abroad (蒙古, 古巴, 南非, 印尼): inside a run of three read with no cue
    (《清实录》中蒙古史史料: 中 is "in", 蒙古 the country's own name) they make it no list of short forms."""
    return frozenset(n for r in L.load_table("world_places")
                     for n in [r["name"], *r["aliases"].split("|")] if len(n) == 2)


_SERIES_ITEM_LONGEST = 4  # characters of one name of a 、-list (沪二, 沪新, 陈家宅)


def _series_item(text: str, i: int, j: int) -> bool:
    """推进沪二、沪新、陈家宅等小区剩余…改造 (shanghai90): a run of two short forms with no cue after
    it that is an item of a 、-list whose item next to it opens with the same character but is no
    run (沪二: 二 is no short form) names one of a series (estates, villages, sites: 沪一、沪二、沪新),
    no pair of provinces (上海 and 新疆).  Only the items right before and after, each a few
    characters, are looked at."""
    items = []
    if i > 1 and text[i - 1] == "、":  # the item before may follow the clause's verb (推进|沪二): any of its tails
        k = i - 1
        while k > 0 and i - 1 - k < _SERIES_ITEM_LONGEST and is_han(text[k - 1]):
            k -= 1
            items.append(text[k:i - 1])
    if text[j:j + 1] == "、":
        items.append(text[j + 1:j + 1 + _SERIES_ITEM_LONGEST])
    first = readings()
    return any(len(item) >= 2 and item[0] == text[i] and is_han(item[1]) and item[1] not in first
               for item in items)


def _closes_word_before(text: str, i: int, cues) -> bool:
    """世界卒中日: the run's first character ends a word the dictionary lacks (word-before cues), so jieba
    breaks before it (卒|中日) though no run of countries starts there."""
    return any(text.startswith(w, i + 1 - len(w)) for w in cues.get("word-before", ()) if i + 1 >= len(w))


def _route_end(text: str, i: int, j: int, cues) -> bool:
    """dongbei85: 完成乌拉嘎至新青25.9千米三级公路工程: two short-form characters that make no word,
    right after 至 (place_abbreviation_cues.tsv route-end-before) and right before a length, are the
    far end of a road measured from the place before 至 — a place's own name (新青, a district of
    伊春), no pair of provinces (新疆 and 青海)."""
    return j - i == 2 and text.endswith(cues.get("route-end-before", ()), 0, i) and not _is_word(text[i:j]) \
        and text[j:j + 1].isdigit()


def _names_unit(text: str, j: int, cues) -> bool:
    """省外办亚非处, 欧美处、亚非处负责同志, 外交部欧亚司: a run of short forms right before the word
    of an office's division (place_abbreviation_cues.tsv unit-after) names that division by the
    regions it deals with — no place of the text; not before the characters that make the word
    a verb or another word (中美处于…: unit-after-not-before)."""
    if text[j:j + 1] not in "".join(cues.get("unit-after", ())):
        return False
    return text[j + 1:j + 2] not in "".join(cues.get("unit-after-not-before", ())) or j + 1 >= len(text)


def _names_division(text: str, j: int, cues) -> bool:
    """岳阳经济技术开发区、城陵矶新港区、南湖新区: a run of short forms right before a division's suffix
    (place_abbreviation_cues.tsv division-after) is that place's own name (新港区, a port district), no
    provinces; not when the suffix opens a dictionary word with what follows (中美市场, 川渝区域)."""
    return text[j:j + 1] in cues.get("division-after", ()) and not _is_word(text[j:j + 2])


_GLUED_REACH = 4  # characters of a name glued after a run before its division's suffix (苏|滁高新|区)


def _glued_division(text: str, j: int, cues) -> bool:
    """中新苏滁高新区 (a park the two countries and two cities founded): a run of country characters with
    no cue, glued to a few more characters and a division's suffix (`_names_division`), opens that
    place's name — no list of countries (美日韩借三边防长会…, 美英澳三边安全伙伴关系 are).  At most
    `_GLUED_REACH` characters after the run are read."""
    for k in range(j + 1, min(len(text), j + _GLUED_REACH + 1)):
        if not is_han(text[k - 1]):
            return False
        if _names_division(text, k, cues):
            return True
    return False


_COMMON_WORD_TAGS = ("b", "v", "d", "a")  # jieba's tags of words that are no names (非法 b, 加以 v, 越加 d)
_LIST_MARK = "、"


@lru_cache(maxsize=1)
def _listed_re():
    """Short forms listed with the enumeration comma (中、美、俄, 京、津、冀): two to four."""
    one = _abbr_re()[0]
    return None if one is None else re.compile(f"{one.pattern}(?:{_LIST_MARK}{one.pattern}){{1,{_MAX_RUN - 1}}}")


def _listed_runs(text: str, free, doc_text: str):
    """[(position, reading)] of short forms listed with the enumeration comma before a word that
    makes them places of one kind (中、阿建交, 中、日、韩三国, 京、津、冀三地): each character its
    own item of the list, so a word of its own; the cue must follow the last one, as a run's does."""
    rx = _listed_re()
    if rx is None:
        return
    cues = _cues()
    for mt in rx.finditer(text):
        i, j = mt.span()
        if i > 0 and is_han(text[i - 1]):
            continue  # 集中、美…: the first character ends another word
        pos = list(range(i, j, 2))
        if not all(free(k) for k in pos):
            continue
        run = "".join(text[k] for k in pos)
        for kind, cue_rule in _RUN_KINDS:
            if not _all_of_kind(run, kind) or _starts_with(text, j, cues.get(cue_rule, ())) is None:
                continue
            yield list(zip(pos, _run_readings(run, kind, doc_text)[0]))
            break


def _glued_left(text: str, i: int) -> bool:
    """Is the character before `i` the end of a dictionary word with the one before it?"""
    return i >= 2 and is_han(text[i - 2]) and _is_word(text[i - 2:i])


def _opens_word(text: str, i: int) -> bool:
    """Does the character at `i` open a dictionary word of two to four characters (京剧, 美好)?"""
    return any(_is_word(text[i:i + k]) for k in (2, 3, 4) if i + k <= len(text))


def _after_verb(text: str, i: int, doc_text: str, clause: "_Clause") -> Reading | None:
    """访华, 在京: the character after a verb its row lists, the verb a word of its own in jieba's
    segmentation of the clause (增加|对|俄: 加对 is in the dictionary, yet not read so here; but
    绝对|美: 对 ends another word)."""
    if i == 0:
        return None
    options = [r for r in readings().get(text[i], []) if "verb" in r.rules and text[i - 1] in r.verbs]
    if not options or (_glued_left(text, i) and i - 1 not in clause.breaks(i)):
        return None
    if _opens_word(text, i) and not _is_word(text[i - 1:i + 1]) and not _city_word(options, i, clause):
        return None  # 在|京剧, 对|美好; but 驻华|大使 (华大 is a word too)
    if _local_stem(text, i, doc_text):
        return None  # 在|华泾广场 beside 华泾社区: the community's stem, no China
    options = [r for r in options if r.kind != "city" or _city_reads(r, text, i, clause, doc_text)]
    if not options:
        return None  # 来连 in a text naming neither 大连 nor 辽宁, 在筑牢, 返青: no city
    if text[i - 1:i + 1] in _cues().get("named-verb", ()):
        witnessed = any(_named(doc_text, w) for w in _cues().get("named-verb-witness", ()))
        options = [r for r in options if witnessed or any(_named(doc_text, s) for s in r.surfaces)]
        if not options:
            return None  # 本港 in a port's report: the port, unless the document names 香港
    return _choose(options, doc_text)


_LOCAL_STEM_MEMO = TextMemo()


def _local_stem(text: str, i: int, doc_text: str) -> bool:
    """Does the character at `i` open, with the next one, a stem the document writes before a
    township's or community's word (在华泾广场摆起摊位 in a story of 华泾社区)?  The stem is a local
    place's name (华泾, the community of 徐汇区), not the abbreviation after a verb (在华, China)."""
    stem = text[i:i + 2]
    if len(stem) < 2 or not is_han(stem[1]):
        return False
    memo = _LOCAL_STEM_MEMO.of(doc_text)
    if stem not in memo:
        memo[stem] = any(stem + w in doc_text for w in place_words("local_stem_suffixes"))
    return memo[stem]


def _city_word(options: list[Reading], i: int, clause: "_Clause") -> bool:
    """来|连|投资: a city's character that opens a rare dictionary word (连投) but that jieba's
    segmentation of the clause makes a word of its own is the city (city readings only)."""
    breaks = clause.breaks(i)
    return any(r.kind == "city" for r in options) and i in breaks and i + 1 in breaks


def _city_reads(r: Reading, text: str, i: int, clause: "_Clause", doc_text: str) -> bool:
    """Is a city's one character after its verb the city (来连投资, 在甬期间, 抵榕后)?  One
    character of a city is also part of countless words, so both the split and the document must
    say so (see _city_split, _city_witnessed)."""
    return (_city_split(text, i, clause) or _city_mission(text, i)) and _city_witnessed(r, doc_text)


def _city_mission(text: str, i: int) -> bool:
    """法国驻穗总领事罗宏灵, 白俄罗斯驻穗总领馆: 驻 before a city's character and a consulate's word or its
    head's post right after it (city-mission-verb, city-mission-after) seat a foreign mission in that
    city, though jieba reads 驻穗 as one word and the split test fails."""
    return text[i - 1:i] in _cues().get("city-mission-verb", ()) \
        and text.startswith(_cues().get("city-mission-after", ()), i + 1)


def _city_split(text: str, i: int, clause: "_Clause") -> bool:
    """来|连|投资, 抵|榕|后: jieba's split of the clause makes verb and character words of their
    own, verb and character are no dictionary word (返青: turning green), and what follows is no
    lone character that jieba left unread (在|筑|牢 is 筑牢, 在|连|休 is 连休: words the dictionary
    lacks), unless it is one of the few that follow a place on their own (city-after-one cues: 后);
    nor does the character open a common word jieba split otherwise (在|锡|剧院: 锡剧)."""
    breaks = clause.breaks(i)
    if i - 1 not in breaks or i not in breaks or i + 1 not in breaks or _is_word(text[i - 1:i + 1]):
        return False
    if i + 1 >= len(text) or not is_han(text[i + 1]):
        return True  # end of text, a mark or digit
    if i + 2 not in breaks:
        return (word_freq().get(text[i:i + 2]) or 0) < _CITY_OPENS_COMMON
    return text[i + 1] in _cues().get("city-after-one", ())


# jieba's frequency from which a word the city's character opens is read as that word though jieba
# split the clause otherwise: 在|锡|剧院 is the 锡剧 opera's house (锡剧: 28), while 来|连|投资 (连投: 3)
# and 来|连|出席 (连出: 3) are 大连's
_CITY_OPENS_COMMON = 10


def _city_witnessed(r: Reading, doc_text: str) -> bool:
    """Does the document name the city or its province — and not another place its character
    stands for?  援青干部来青 in a text naming 青海 is Qinghai's; where the character is also
    another place's short form (青: 青海), the province is no witness (a Shandong story of its aid
    cadres in Qinghai writes 山东 and 来青), only the city's own name is."""
    others = [o for o in readings().get(r.abbr, ()) if o.kind != "city"]
    if any(_named(doc_text, s) for o in others for s in o.surfaces):
        return False
    return any(_named(doc_text, s) for s in (r.own if others else r.surfaces))


_FUNCTION_TAGS = ("p", "c", "u", "d", "r", "f", "m")  # jieba's tags of 以, 中, 日 … as function words
_PREPOSITION_TAGS = ("p", "c")  # jieba's tags of 以 (by, with) and of conjunctions


def _side(text: str, i: int, clause: _Clause, doc_text: str) -> Reading | None:
    """中方, 俄总统, 美军: a country character before a word of its side or organs; 巴南部, 印全国:
    before a part of the country (`side-part`), where character and part are words of their own."""
    inner = _starts_with(text, i + 1, _cues().get("side-inner", ()))
    if inner is not None:
        return _inner_side(text, i, inner, clause, doc_text)
    cue = _starts_with(text, i + 1, _cues().get("side", ()))
    if cue is not None and _starts_with(text, i + 1, _cues().get("side-not-words", ())) is not None:
        return None  # 以|驻村工作队, 其中|驻点: a word of resident work, no country's mission
    part = cue is None and _starts_with(text, i + 1, _cues().get("side-part", ()))
    if cue is None and not part:
        return None
    breaks = clause.breaks(i)
    end = i + 1 + len(cue or part)
    if cue and end not in breaks and _glued_side(text, i, breaks):
        end = i + 1 + len(cue)  # 中|方向|索方: jieba glued 方 to the verb 向 after it
        breaks = breaks | {end}
    if i not in breaks or end not in breaks or (i > 0 and _is_word(text[i - 1:i + 1])):
        return None  # 以|方便, 北美|方面, 其中|方
    if i > 0 and text[i - 1].isdigit():
        return None  # 10月2日|政府主要活动, 5日|南部: the day of a date, no country before its side
    if text.endswith(_cues().get("side-not-after-funds", ()), 0, i):
        return None  # 中央补助|加|政府配套投资: plus, between two sources of money, no Canada
    if part and (i + 1 not in breaks or (word_tags().get(text[i]) or "x").startswith(_FUNCTION_TAGS)):
        return None  # 中南部, 以|南部 (以南部分): a part's word after no country
    if cue and len(cue) > 1 and _preposition_before_word(text, i, breaks):
        return None  # 以|政府采购法为准绳, 以|总统名义: by the government, not Israel's
    return _reading(text[i], "country", "side", doc_text)


def _preposition_before_word(text: str, i: int, breaks) -> bool:
    """以政府采购法为准绳, 以政府投资为引导: a character jieba tags as a preposition (以: by, with),
    a word of its own before a side word that is a whole word too (政府, 总统), is that preposition;
    a country written short before its organ is read as one (以方, 中方: the one-character 方 stays
    the side's word, so 以方表示 is still Israel's)."""
    return i + 1 in breaks and (word_tags().get(text[i]) or "x").startswith(_PREPOSITION_TAGS)


def _glued_side(text: str, i: int, breaks) -> bool:
    """中方向索方提供援助: jieba reads 中|方向|索方, so 方 ends no word; the side word and the verb after
    it glued into one word of jieba's (side-glued cues, 方向) still make the character its country
    — only where that word ends where jieba's does (以|方向盘 is a steering wheel), and not after a
    word of direction (沿中方向行驶)."""
    glued = _starts_with(text, i + 1, _cues().get("side-glued", ()))
    if glued is None or (i > 0 and text[i - 1] in _cues().get("side-glued-not-after", ())):
        return False  # 沿中方向行驶: a direction
    return i + 1 in breaks and i + 1 + len(glued) in breaks


def _inner_side(text: str, i: int, inner: str, clause: _Clause, doc_text: str) -> Reading | None:
    """俄国内, 俄国外: a country character before 国内/国外 (side-inner cues).  jieba glues the
    character to 国 (俄国), but unless that word is the country's name the character is the
    country and 国内 the word (俄|国内); 美国|内政部 keeps 美国, the country's name (read elsewhere).
    A character jieba tags as a function word is that word (以国内大循环为主体: by, not Israel)."""
    r = _reading(text[i], "country", "side", doc_text)
    if r is None or r.name == text[i] + inner[0]:
        return None
    if (word_tags().get(text[i]) or "x").startswith(_FUNCTION_TAGS):
        return None  # 以国内大循环为主体, 比国内高: the preposition before 国内, not 以色列 (national37)
    breaks = clause.breaks(i)
    if i not in breaks or i + 1 + len(inner) not in breaks:
        return None  # 俄国|内政: 内 opens another word
    return r


def country_before_inner_word(text: str, i: int) -> bool:
    """Is the character at `i` a country written short before 国内/国外 (俄|国内), not the first
    character of a word of jieba's such as 俄国?  The registry gives way to this reading."""
    inner = _starts_with(text, i + 1, _cues().get("side-inner", ()))
    return inner is not None and _inner_side(text, i, inner, _Clause(text), text) is not None


def _alone(text: str, i: int, clause: _Clause, doc_text: str) -> Reading | None:
    """俄将…, 帮助俄渡过: a character that stands for nothing but its country (rule `alone`), where
    jieba's segmentation of the clause makes it a word of its own (not 俄语, 俄国)."""
    if not any("alone" in r.rules for r in readings().get(text[i], [])):
        return None
    breaks = clause.breaks(i)
    if i not in breaks or i + 1 not in breaks or text.startswith(_NOT_BEFORE_ALONE, i + 1):
        return None  # (俄族: an ethnic group, the pos names' list of words after no place)
    if text.endswith(place_words("person_kinds_before_names"), 0, i):
        return None  # 村民俄的曲西大娘: a villager's name opens with the character, no country (sichuan62)
    if _inside_grassroots_name(text, i):
        return None  # 斯俄乡霍古都村: the character of a township's name, not Russia (sichuan73)
    return _reading(text[i], "country", "alone", doc_text)


_GRASSROOTS_ENDS = tuple(L.words("abbr_alone_grassroots_suffix"))
_GRASSROOTS_WORDS = tuple(L.words("abbr_alone_grassroots_words"))


def _inside_grassroots_name(text: str, i: int) -> bool:
    """斯俄乡, 俄村: a country's character right before 乡/镇/村 with another name character
    before it, or before a suffix that no word of jieba's starts (乡村, 村镇 are words: 援俄乡村…
    keeps its country), ends the name of a township or village of the western counties, whose
    transcribed names often hold 俄, 日, 美: no country there."""
    if not text.startswith(_GRASSROOTS_ENDS, i + 1) or text.startswith(_GRASSROOTS_WORDS, i + 1):
        return False
    return i > 0 and is_han(text[i - 1])


_NOT_BEFORE_ALONE = tuple(L.words("pos_place_not_before"))


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset, tuple[str, ...]]:
    """(one-character family names, posts and titles written before a name): posts.tsv's posts
    and heads and the `before` words of pos_person_cues.tsv."""
    names = frozenset(r["surname"] for r in L.load_table("surnames") if len(r["surname"]) == 1)
    before = {r["word"] for r in L.load_table("posts") if r["kind"] in ("post", "head")}
    before.update(r["word"] for r in L.load_table("pos_person_cues") if r["where"] == "before")
    return names, tuple(sorted(before, key=len, reverse=True))


def _after_title(text: str, i: int) -> bool:
    """Is the character at `i` a family name right after a post or title (市长韩军, 书记韩方明)?
    A country's character there opens the holder's name: 韩|军 is no army of Korea."""
    names, before = _titles()
    return text[i] in names and text[max(0, i - 6):i].endswith(before)


def _given_name_char(text: str, i: int, doc_text: str) -> bool:
    """Is the character at `i` the first given character of a person's name (村民付朝军: 付, a family
    name, then 朝军)?  So it is where a family name stands before it and that family name follows a
    post, a title or a kind of person (村民, 群众) here, or the same three characters do so anywhere in
    the document (付朝军家有… after 村民付朝军): a country's character inside a name is no country."""
    names, before = _titles()
    if i == 0 or text[i - 1] not in names or i + 2 > len(text):
        return False
    kinds = before + tuple(place_words("person_kinds_before_names"))
    if text[max(0, i - 7):i - 1].endswith(kinds):
        return True
    return _named_after_kind(doc_text, text[i - 1:i + 2], kinds)


_NAMED_AFTER_KIND = TextMemo()  # document text -> {three characters: written after a kind of person somewhere}


def _named_after_kind(doc_text: str, name: str, kinds: tuple[str, ...]) -> bool:
    """Is `name` written right after a post, a title or a kind of person anywhere in the document?
    Read once per name and document: a name written many times beside many countries' characters
    would otherwise have every writing of it read again for each."""
    known = _NAMED_AFTER_KIND.of(doc_text)
    got = known.get(name)
    if got is None:
        got = known[name] = any(doc_text[max(0, k - 6):k].endswith(kinds) for k in find_all(doc_text, name) if k > 0)
    return got


_APPOINTEE_KINDS = ("appoint", "nominate", "elect", "promote", "transfer", "remove")
_APPOINTEE_GIVEN = (2, 3)  # where the word after an appointee's name may stand: one or two given characters


@lru_cache(maxsize=1)
def _appointment_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the verbs of appointment and removal of appointment_verbs.tsv, longest first; the words
    that close an appointee's name before the posts: 为, 的, 、 and the `follow` words, 同志, 等)."""
    rows = L.load_table("appointment_verbs")
    verbs = tuple(sorted({r["verb"] for r in rows if r["kind"] in _APPOINTEE_KINDS}, key=len, reverse=True))
    closers = tuple(L.words("appointee_closers"))
    return verbs, closers


def _appointee(text: str, i: int) -> bool:
    """Is the character at `i` the family name of an appointee (任命韩军为县人民政府副县长, 免去韩方明的
    …职务, 选举秦刚为…): right after a verb of appointment or removal, with one or two given
    characters and then 为, 的, 、 or 同志?  Such a verb is followed by the person it names, so 韩军
    there is no army of Korea (while 韩军为维护半岛和平…, with no such verb before it, is one)."""
    names, _ = _titles()
    if text[i] not in names:
        return False
    verbs, closers = _appointment_words()
    return text[max(0, i - 6):i].endswith(verbs) and any(text.startswith(closers, i + k) for k in _APPOINTEE_GIVEN)


@lru_cache(maxsize=1)
def _fair_short_forms() -> tuple[str, ...]:
    """The short names of national fairs (national_events.tsv: 昆交会, 兰洽会, 哈洽会, 西洽会), which open
    with their host city's one character: there the character is the fair's, whose host the
    programme stage gives (赴昆交会参展, 来哈洽会洽谈), not a place written short after a verb."""
    forms = set()
    for r in L.load_table("national_events.tsv"):
        forms.update(a for a in (r.get("aliases") or "").split("|") + [r.get("shared") or ""] if a)
    return tuple(sorted(forms, key=len, reverse=True))


def find_abbreviations(text: str, free, doc_text: str) -> list[tuple[int, Reading, str]]:
    """(position, reading, rule) of one-character place short forms in `text`; `free(i)` says
    whether character i is not yet part of a place."""
    one = _abbr_re()[0]
    if one is None or one.search(text) is None:
        return []
    clause = _Clause(text)
    out: dict[int, tuple[Reading, str]] = {}
    for i, got in _runs(text, free, clause, doc_text):
        for k, r in enumerate(got):
            if r is not None:
                out[i + k] = (r, "run")
    for listed in _listed_runs(text, free, doc_text):
        out.update((k, (r, "run")) for k, r in listed if r is not None)
    states = _cues().get("state", ())
    for hit in one.finditer(text):
        i = hit.start()
        if not _may_read(text, i):
            continue  # (no rule below can read it: most characters of the class, 中 of 其中, 美 of 美丽)
        if i in out or not free(i) or _starts_with(text, i + 1, states) is not None:
            continue  # 在俄|州投资: Oregon (俄勒冈州) written short, not Russia
        if text.startswith(_fair_short_forms(), i):
            continue  # 赴昆交会参展: the fair's short name (昆交会), not 昆明 after a verb of going
        r = _after_verb(text, i, doc_text, clause)
        if r is not None:
            out[i] = (r, "verb")
            continue
        if _after_title(text, i) or _appointee(text, i):
            continue  # 市长韩军, 记者韩方明, 任命韩军为…: a family name after a post or a verb of appointment, not 韩国
        if _given_name_char(text, i, doc_text):
            continue  # 村民付朝军自豪地说, 付朝军家有…: the first given character of a villager's name, not 朝鲜
        r = _side(text, i, clause, doc_text)
        if r is not None:
            out[i] = (r, "side")
            continue
        r = _alone(text, i, clause, doc_text)
        if r is not None:
            out[i] = (r, "alone")
    return [(i, r, rule) for i, (r, rule) in sorted(out.items())]


@lru_cache(maxsize=1)
def _hit_tables() -> tuple[dict[str, frozenset], tuple[str, ...], frozenset]:
    """What `_may_read` looks up: character → the verbs of one character its `verb` readings
    follow, the words after which `_side` reads a side (side-inner, side, side-part cues), the
    characters with an `alone` reading."""
    after_verb: dict[str, frozenset] = {}
    for ch, rs in readings().items():
        verbs = frozenset(v for r in rs if "verb" in r.rules for v in r.verbs)
        if verbs:
            after_verb[ch] = verbs
    cues = _cues()
    side = tuple(w for rule in ("side-inner", "side", "side-part") for w in cues.get(rule, ()))
    alone = frozenset(ch for ch, rs in readings().items() if any("alone" in r.rules for r in rs))
    return after_verb, side, alone


def _may_read(text: str, i: int) -> bool:
    """Can `_after_verb`, `_side` or `_alone` read the character at i at all: a verb it follows
    right before it, a side word right after it, or a reading of its own?  Their first tests,
    asked together from three look-ups, before any of them runs: most characters of the class in
    running text (中 of 其中, 美 of 美丽) pass none, and each function's own tests cost ~10 µs."""
    after_verb, side, alone = _hit_tables()
    ch = text[i]
    return (i > 0 and text[i - 1] in after_verb.get(ch, ())) or text.startswith(side, i + 1) or ch in alone


def add_abbreviations(doc: Doc, art: Article, occupied: bytearray) -> None:
    """Mentions of the short forms in one article (characters in `occupied` are places already)."""
    doc_text = doc.text
    for i, r, rule in find_abbreviations(art.text, lambda k: not occupied[k], doc_text):
        doc.add_mention(art, i, i + 1, "Place", f"gazetteer.abbreviation-{rule}", norm=r.name,
                        anaphor=True, **dict(r.attrs))
