"""Names from the registries: the world's places, China's national organs, international
organisations and national bodies, central and provincial media.

The tables are data (`kg/resources/lexicon/world_places.tsv`, `organs_national.tsv`,
`intl_orgs.tsv`, `media.tsv`, read with `kg.lexicon.load_table`); every name, short form and
former name of an entry is put in one Aho-Corasick automaton and matched leftmost-longest on
article text.  Each mention carries the entry's CURRENT name as `norm` (农业部 → 农业农村部,
`former` keeps the former body's full name), so old and new names are one entity — except in a
document that names the former body beside the current one or beside another former one (电监会
and 国家能源局 in a 2011 notice; 银监会 and 保监会): there they were distinct bodies, and the former
name stays an entity of its own, named by the former body's full name.

Word boundaries: a name of one character is never in the tables; a name of two Han characters
must start and end on a boundary of jieba's (dictionary-only) segmentation of its sentence, so
长治 is not found in 河长治 and 中东 not in 中东部, except where the word jieba keeps it in is the
name plus a derivational suffix (美国人, 英国籍); Latin acronyms need non-alphanumeric
neighbours.  Places the division gazetteer already found are left to it.

Grammar around registry names:
- 中国/中华人民共和国 + a national organ is that organ (中国商务部 = 商务部);
- a foreign country + an organ word (政府, 外交部, 经济部, 驻华大使馆 … from `world_organs.tsv`,
  or a short stem + 部/省) is that country's agency (阿联酋经济部), located in it, and so is a
  country + an organ the tables name without a country (kind `foreign`: 美国|国会); a registry
  name read inside such a word is part of it (瑞士|联邦最高法院, not 最高法);
- 香港/澳门 (as written, 香港特区 …) + 政府 [+ a bureau: 财政司] or + a bureau (金融管理局, 海关) is an
  agency of the special administrative region, located in it (registry_cues sar_*); so is a bureau whose
  name holds 及, written without the region (政制及内地事务局: registry_cues sar_bureaus);
- a ministry's short form that begins another word is no name (建设部门, 司法部门);
- a national organ + a unit name ending in 司/局/厅/办公室 … is one of its units (农业部渔业局),
  a sub-organisation of the (current) organ.

Relations are added by `registry_relations`, which the relations stage calls: subOrganizationOf
(unit → organ; an organ → its registry parent when the document names both; a ministry's
国家局 is managed by it, not part of it), partOf (a world city → its country, 香港/澳门/台湾 → 中国, a
province → 中国 when 中国 is named in its sentence or the text speaks of other countries), locatedIn
(a national organ → 中国 where the text names China, a foreign agency → its country — a mission it
keeps at China, 印尼驻华使馆, → 中国; any mission abroad → where it is stationed: 中国驻美国大使馆 → 美国,
美国驻成都总领事馆 → 成都市, China's embassy with no host written → the one foreign country the document
names — a provincial medium → its province).
`settle_overlaps`, called by resolution, lets a registry name win over a grammar name it overlaps.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .. import lexicon as L
from ..model import Article, Doc, Entity, Mention, short_hash
from ..divisions import place_words as _place_words
from ..pipeline import component
from .abbreviations import country_before_inner_word
from ..divisions import place_chars, place_words
from ..text import CHINESE_NUMERALS, CLAUSE_END, HAN, NAME_DOTS, is_han, word_freq, word_tags
from ..text import long_matches, word_runs
from ..text import TextMemo
from ..text import frequent_first
from ..text import starts_word as _starts_word  # (one reading, shared by the gazetteer and the world registry)
from .entities.common import CITY_ABROAD_ATTR, NOT_IN_NAME, REGION_COMPANY_AFTER, VILLAGE_LEVEL_ORGANS, cue, cue_alt, cue_chars, name_re, names_memorial
from .helpers import SpanIndex, ensure_place, entity_id, forget_mentions, mention_evidence, sentence_start

HAN_RE = re.compile(rf"[{HAN}]")
_LATIN_NUM = re.compile(r"[A-Za-z0-9]")
CHINA_ISO = "CN"
CHINA_CODE = "iso-" + CHINA_ISO  # China's code among the world places
CHINA_KEY = "place-iso-CN"
_R = "registry_cues"  # the grammar words of this module (registry_cues.tsv)
# a two-character name may sit in a jieba word with one of these after it (美国人, 英国籍)
_DERIVED = cue(_R, "derived_suffixes") + cue("org_cues", "member_suffixes")  # 欧洲各国, 安理会常任理事国
# characters that cannot be inside a unit name after an organ (农业部部署各地渔业局 is no unit)
_NOT_IN_UNIT = set("".join(cue(_R, "not_in_unit")))
_UNIT_RE = name_re(cue_alt(_R, "unit_suffixes"), 2, 8, split=True).pattern.replace(
    ")(", f")(?!{cue_alt(_R, 'unit_not_words')})(", 1)
_UNIT_RE = re.compile(_UNIT_RE)
# 国家税务总局|广西壮族自治区税务局: an office named by a division whose full name is long takes a longer stem
_LONG_UNIT_RE = re.compile(name_re(cue_alt(_R, "unit_suffixes"), 2, 14, split=True).pattern.replace(
    ")(", f")(?!{cue_alt(_R, 'unit_not_words')})(", 1))
_LONG_PLACE = 5  # characters of a division's name past which the plain stem (8) may be too short
_ENTERPRISE = "enterprise"  # intl_orgs kind of companies
_ACADEMY = "academy"  # intl_orgs kind of universities and academies
_REGIONAL = "regional"  # organs_national kind of bodies the centre runs that are no national organs (新疆生产建设兵团)
_HOME_LEVELS = ("province", "city", "county")  # places whose name opens a company's local name
_MASS = "mass"  # intl_orgs kind of people's organisations (对外友协, 红十字会, 科协), with local branches everywhere
_FOREIGN = "foreign"  # intl_orgs kind of organs named without their country (国会, 参议院)
ANAPHOR = "\x00anaphor"  # marks a surface that refers to a country without naming it (我国)
_PLACE_LEVELS = {"country": "country", "region": "region", "continent": "continent", "city": "world-city",
                 "site": "site"}


@dataclass(frozen=True)
class Entry:
    """One registry entry: its canonical (current) name and what the relations need."""
    name: str
    label: str  # Place | Agency | Organization
    kind: str
    table: str
    code: str | None = None  # Places: division code or iso-XX or region-…
    iso: str | None = None
    country: str | None = None  # world cities and regions: the ISO code of their country
    parent: str | None = None  # organs and organisations: the canonical name of their parent
    place: str | None = None  # media: division code of where they are
    national: bool = False  # a Chinese national organ
    domestic: bool = False  # a region of China beyond the division table (长江, 青藏高原, 京津冀: parent CN, no code)

    @property
    def key(self) -> str:
        if self.label == "Place":
            return f"place-{self.code}"
        return entity_id(self.label, self.name)


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _former(value: str) -> list[tuple[str, str]]:
    """(written former name, the former body's full name): a short form (电监会) belongs to the
    nearest full name before it that holds its characters in order (国家电力监管委员会)."""
    names = [item.partition(":")[0].strip() for item in _split(value)]
    out = []
    for i, name in enumerate(names):
        full = next((f for f in reversed(names[:i]) if len(f) > len(name) and _subsequence(name, f)), None)
        full = full or next((f for f in names[i + 1:] if len(f) > len(name) and _subsequence(name, f)), name)
        out.append((name, full))
    return out


_LEGAL_FORM = cue(_R, "enterprise_legal_form")[0]  # 有限公司
_GROUP = cue(_R, "enterprise_group")[0]  # 集团
_COMPANY = cue(_R, "enterprise_company")[0]  # 公司


def _group_forms(name: str, aliases: list[str]) -> list[str]:
    """The other ways news writes a central enterprise's group: the full name without its legal
    form (中国电力建设集团 of 中国电力建设集团有限公司) and a short form + 集团 or 集团公司 (中国电建集团,
    中国石化集团公司), so they merge with the group instead of standing as organisations of their own."""
    if not name.endswith(_GROUP + _LEGAL_FORM):
        return []
    out = [name[:-len(_LEGAL_FORM)]]
    shorts = [a for a in aliases if not a.endswith((_GROUP, _COMPANY))]
    out += [a + _GROUP for a in shorts] + [a + _GROUP + _COMPANY for a in shorts]
    return [a for a in out if a not in aliases]


@lru_cache(maxsize=1)
def registry() -> tuple[dict[str, tuple[Entry, str | None]], dict[str, Entry]]:
    """(surface → (entry, the former body's full name or None), canonical name → entry).
    A surface claimed by two entries keeps the first (tables are read in a fixed order)."""
    surfaces: dict[str, tuple[Entry, str | None]] = {}
    by_name: dict[str, Entry] = {}

    def add(entry: Entry, names: list[str], formers: list[tuple[str, str]], unsafe: set[str]):
        by_name.setdefault(entry.name, entry)
        for n in [entry.name] + names:
            if n and n not in unsafe and len(n) >= 2:
                surfaces.setdefault(n, (entry, None))
        for n, full in formers:
            if n and n not in unsafe and len(n) >= 2:
                surfaces.setdefault(n, (entry, full))

    for r in L.load_table("world_places"):
        kind = r["kind"] or "region"
        if r["code"]:
            code = r["code"]
        elif r["iso"]:
            code = f"iso-{r['iso']}"
        elif kind == "city":
            code = f"iso-{r['parent']}-{short_hash(r['name'], 8)}"
        else:
            code = f"region-{short_hash(r['name'], 8)}"
        domestic = r["parent"] == CHINA_ISO and not r["iso"] and not r["code"] and kind == "region"
        e = Entry(r["name"], "Place", kind, "world_places", code=code, iso=r["iso"] or None,
                  country=None if domestic else r["parent"] or None, domestic=domestic)
        add(e, _split(r["aliases"]), [], set(_split(r["unsafe"])))
    for table in ("organs_national", "intl_orgs"):
        for r in L.load_table(table):
            national = table == "organs_national" and r["kind"] != _REGIONAL
            e = Entry(r["name"], r["type"] or "Organization", r["kind"], table, parent=r["parent"] or None,
                      national=national, place=r.get("place") or None)  # (intl_orgs: a company's seat)
            aliases = _split(r["aliases"])
            add(e, aliases + (_group_forms(r["name"], aliases) if r["kind"] == _ENTERPRISE else []),
                _former(r["former"]), set())
    iso_entry = {e.iso: e for e, _ in surfaces.values() if e.label == "Place" and e.iso}
    for r in L.load_table("world_anaphora"):
        if r["iso"] in iso_entry:
            surfaces.setdefault(r["surface"], (iso_entry[r["iso"]], ANAPHOR))
    for r in L.load_table("media"):
        e = Entry(r["name"], "Organization", r["kind"], "media", parent=r["parent"] or None,
                  place=r["place"] or None)
        add(e, _split(r["aliases"]), [], set())
    return surfaces, by_name


@lru_cache(maxsize=1)
def _automaton():
    surfaces, _ = registry()
    return frequent_first({s: s for s in surfaces})


@lru_cache(maxsize=1)
def _automaton_runs():
    """Where `_automaton` can match (`kg.text.word_runs`): it is walked there only."""
    return word_runs(_automaton().keys())


@lru_cache(maxsize=1)
def _country_tail_words() -> frozenset[str]:
    """The words of `country_tails` (驻华大使馆, 外交部 …), asked of a word jieba glues to a country."""
    return frozenset(t for t, _ in country_tails())


@lru_cache(maxsize=1)
def country_tails() -> tuple[tuple[str, str], ...]:
    """(word, type) that make a country's name one of its bodies (政府, 外交部, 代表团, 队 …),
    longest first."""
    rows = {r["tail"]: r["type"] or "Agency" for r in L.load_table("world_organs") if r["tail"]}
    return tuple(sorted(rows.items(), key=lambda kv: (-len(kv[0]), kv[0])))


# --------------------------------------------------------------------------- boundaries

def _segment_bounds(text: str, lo: int, hi: int) -> tuple[set[int], list[tuple[int, int]]]:
    """Token boundaries (absolute offsets) and token spans of jieba's segmentation of text[lo:hi]."""
    from ..text import dict_words
    bounds, spans = {lo}, []
    i = lo
    for tok in dict_words(text[lo:hi]):
        for part in _mission_word_parts(tok):
            spans.append((i, i + len(part)))
            i += len(part)
            bounds.add(i)
    return bounds, spans


# (the embassy words of `mission_implied_tails`: 大使馆, 使馆, 总领事馆 …; the 驻 of `mission_stationed`)
_MISSION_WORD = re.compile(f"(.{{2,}}?)({cue_alt(_R, 'mission_stationed')})(.{{2,}}?)({cue_alt(_R, 'mission_implied_tails')})")


_STATIONED_CHAR = "驻"  # in every word of `mission_stationed` (驻, 常驻): a word without it holds no mission


def _mission_word_parts(tok: str) -> tuple[str, ...]:
    """中国驻韩国大使馆, 中国驻德国使馆: jieba's dictionary holds a few missions as one word, which would
    hide their sender and host from the registry (no mission found, only an organisation of jieba's
    tag); such a word is its sender, 驻, its host (two characters or more: 驻华 words stay whole) and
    its mission word, as the registry reads 中国驻日本大使馆.  Any other word as it is."""
    m = _MISSION_WORD.fullmatch(tok) if _STATIONED_CHAR in tok else None
    return m.groups() if m else (tok,)


_CLAUSE_MARKS = set("。，、；：？！,;:?!\n（）()《》“”\"' ")


class _Boundaries:
    """Lazily segments the clause around a short match; cached per window."""

    def __init__(self, art: Article):
        self.art = art
        self.cache: dict[tuple[int, int], tuple[set[int], list[tuple[int, int]]]] = {}

    def window(self, s: int, e: int) -> tuple[int, int]:
        """The name's clause, cut to 12 characters each side: jieba's choice of words at the
        name's edges depends on little context, and a short window keeps the cost flat."""
        text = self.art.text
        lo, hi = max(0, s - 12), min(len(text), e + 12)
        for i in range(s - 1, lo - 1, -1):
            if text[i] in _CLAUSE_MARKS:
                lo = i + 1
                break
        for i in range(e, hi):
            if text[i] in _CLAUSE_MARKS:
                hi = i
                break
        return lo, hi

    def ok(self, s: int, e: int) -> bool:
        w = self.window(s, e)
        if w not in self.cache:
            self.cache[w] = _segment_bounds(self.art.text, *w)
        bounds, spans = self.cache[w]
        if s not in bounds:
            return False
        if e in bounds:
            return True
        for a, b in spans:  # the word holding the name: the name + a suffix or a word (欧洲各国)?
            if a == s and b > e:
                rest = self.art.text[e:b]  # (美国|驻华大使馆, one word of jieba's: the country's organ)
                return rest in _DERIVED or (len(rest) >= 2 and (_is_word(rest) or rest in _country_tail_words()))
        return False

    def cut_at(self, k: int, s: int, e: int) -> bool:
        """Does jieba's segmentation of the clause around s..e break at s but not at k (团拜会|长崎市:
        the word before the name runs over k)?"""
        w = self.window(s, e)
        if w not in self.cache:
            self.cache[w] = _segment_bounds(self.art.text, *w)
        breaks = self.cache[w][0]
        return s in breaks and k not in breaks and w[0] <= k

    def holding_word(self, s: int, e: int) -> str | None:
        """The word of jieba's segmentation that opens with the name at s..e and goes on past it
        (万象更新 for 万象), or None where the name ends a word."""
        w = self.window(s, e)
        if w not in self.cache:
            self.cache[w] = _segment_bounds(self.art.text, *w)
        bounds, spans = self.cache[w]
        if e in bounds:
            return None
        return next((self.art.text[a:b] for a, b in spans if a == s and b > e), None)


def _city_in_word(s: int, e: int, entry: "Entry", bounds: _Boundaries) -> bool:
    """Is a world city's name the head of a longer word of the dictionary that names nothing
    (万象更新, an idiom: everything renews; jieba tags it nr), no name of a place or body (东京湾 ns,
    纽约时报 nt)?  Then the city is not named."""
    if entry.kind != "city" or entry.table != "world_places":
        return False
    word = bounds.holding_word(s, e)
    return word is not None and _is_word(word) and \
        not (word_tags().get(word) or "").startswith(_NAME_TAGS) \
        and word not in {bounds.art.text[s:e] + suffix for suffix in _CITY_SUFFIX}  # (老挝|万象市: the city, with its 市)


_NAME_TAGS = ("ns", "nt", "nz")
_ESTATE_AFTER = tuple(place_words("estate_after_name"))  # 社区, 小区, 花园, 苑, 邨 …


def _city_before_estate(text: str, e: int, entry: "Entry") -> bool:
    """新竹苑, 巴黎花园: a world city's name right before an estate's or a community's word
    (place_grammar estate_after_name) names the estate (夏宝龙…下榻新竹苑: Macao's guest house),
    no city abroad; so does one before a Chinese locality's word (world_city_not_before: 广元市柏林古镇)."""
    return entry.kind == "city" and entry.table == "world_places" \
        and (text.startswith(_ESTATE_AFTER, e) or text.startswith(_WORLD_CITY_NOT_BEFORE, e))


_WORLD_CITY_NOT_BEFORE = tuple(place_words("world_city_not_before")) or ("\0",)  # 柏林古镇: a Chinese old town


_NAMED_ESTATE = tuple(place_words("estate_after_given_name"))  # 小区, 花园, 家园, 新村, 苑, 大厦 …


def _place_opens_estate_name(text: str, e: int, entry: "Entry") -> bool:
    """加州阳光小区, 巴黎春天花园: a foreign city's or state's name, then one or two characters and an
    estate's word (place_grammar estate_after_given_name), opens the estate's name: no place abroad.
    社区 and 居委 stay out of the list (加州华人社区 is the state's community), and so do the places
    with a division code (香港, 台湾: their estates are at home)."""
    if entry.kind not in ("city", "region") or entry.table != "world_places" or str(entry.code or "").isdigit():
        return False
    return any(all(map(is_han, text[e:e + gap])) and text.startswith(_NAMED_ESTATE, e + gap)
               for gap in (1, 2) if len(text) > e + gap)


_STRUCTURE_AFTER = tuple(place_words("region_structure_after")) + REGION_COMPANY_AFTER \
    + tuple(place_words("region_species_after"))
# (大桥, 隧道, 纪念馆; 证券, 制药: a structure's or a company's name opens with the region's; 虎, 豹: a
# species' name does, 东北虎, 华南虎)


def _region_names_structure(text: str, e: int, entry: "Entry") -> bool:
    """嘉陵江大桥, 华东革命烈士陵园, 西南证券: a river's or region's name (no division: no code of the
    table) before a bridge's, tunnel's or memorial's word or a company's trade names the structure
    or the company, no place of the text."""
    return entry.kind == "region" and entry.table == "world_places" and not str(entry.code or "").isdigit() \
        and (text.startswith(_STRUCTURE_AFTER, e) or names_memorial(text, e))


_ROAD_AFTER, _ROAD_NOT_AFTER = place_words("region_road_after"), place_words("region_road_not_after")


def _region_names_road(text: str, e: int, entry: "Entry") -> bool:
    """东北路, 长江路, 华北大街: a river's or region's name (no division) right before a road's word
    names the road, the way cities name their streets (建设东北路(香炉礁车站)人行过街天桥 is Dalian's):
    no place of the text.  A network's, stretch's or route's word (东北路网, 沿黄河路段) keeps the place."""
    return entry.kind == "region" and entry.table == "world_places" and not str(entry.code or "").isdigit() \
        and text.startswith(_ROAD_AFTER, e) and not text.startswith(_ROAD_NOT_AFTER, e)


@lru_cache(maxsize=4096)
def _is_word(w: str) -> bool:
    from ..text import segmenter as _segmenter
    jb = _segmenter()
    jb.dt.check_initialized()
    return bool(jb.dt.FREQ.get(w))


def _slogan_item(text: str, s: int, e: int, surface: str) -> bool:
    """Is a two-character alias one item of a slogan's list of two-character items that open with its
    character (各村要探索建立民建、民管、民享的…制度: built, run, enjoyed by the people; not 民建 of
    中国民主建国会)?  A neighbour item that is no registry name of its own makes the run a slogan; the
    parties listed together (民革、民盟、民建) are each a name and stay."""
    if len(surface) != 2:
        return False
    surfaces = registry()[0]
    for item in (text[e + 1:e + 3] if text[e:e + 1] == "、" else "",
                 text[s - 3:s - 1] if s >= 3 and text[s - 1] == "、" else ""):
        if len(item) == 2 and item[0] == surface[0] and item not in surfaces:
            return True
    return False


def _latin_ok(text: str, s: int, e: int) -> bool:
    return not (s > 0 and _LATIN_NUM.match(text[s - 1])) and not (e < len(text) and _LATIN_NUM.match(text[e]))


def _accept(text: str, s: int, e: int, surface: str, bounds: _Boundaries) -> bool:
    if surface.isascii():
        return _latin_ok(text, s, e)
    if len(surface) <= 2:
        return bounds.ok(s, e) and not _copula_glued(text, s, surface) and not _date_unit_glued(text, s, surface) \
            and not _credited_given_name(text, s, e) and not _post_glued(text, s, surface) \
            and not _meeting_verb_glued(text, s, e, surface) and not _titled_given_name(text, s, e) \
            and not _listed_given_name(text, s)
    return True


_GIVEN_NAME_TITLES = tuple(sorted(cue(_R, "given_name_titles"), key=len, reverse=True))


def _titled_given_name(text: str, s: int, e: int) -> bool:
    """心血管科苗|华为|教授, 李|明华|医生: a short name right after a family name and right before a title
    written after a person's name (教授, 医生, 先生: cue `given_name_titles`) is that person's given
    name, no company's or place's."""
    return s >= 1 and _surname_at(text, s - 1) is not None and text.startswith(_GIVEN_NAME_TITLES, e)


def _listed_given_name(text: str, s: int) -> bool:
    """黄剑东、徐旭、赵|京东|辞去…职务: a short name right after a family name that opens an item of a 、-list
    whose item before is a name too (two or three Han characters opened by a family name, no word of the
    dictionary) is that person's given name, no company's or place's (gongshi97).  A list of the bodies
    themselves (阿里、京东) has no family name glued before the short name."""
    if s < 4 or text[s - 2] != "、" or _surname_at(text, s - 1) is None:
        return False
    k = s - 2
    return any(_surname_at(text, k - n) is not None and all(is_han(ch) for ch in text[k - n:k])
               and not _is_word(text[k - n:k]) for n in (2, 3) if k - n >= 0)


# sister58: what closes a meeting verb opening with a short name's last character (国会|见: 于伟国会见, 李建国会谈)
_MEETING_VERBS = tuple(cue(_R, "meeting_verb_glued"))
_MEETING_VERB_TAILS = {head: "".join(v[1:] for v in _MEETING_VERBS if v[0] == head) for head in {v[0] for v in _MEETING_VERBS}}


def _meeting_verb_glued(text: str, s: int, e: int, surface: str) -> bool:
    """于伟国会见日本冲绳县友好代表团, 李建国会谈: a short name glued between a Han character (a
    person's name ending in 国) and the rest of a meeting verb opening with its last character
    (会|见, 会|谈, 会|晤: cue `meeting_verb_glued`) is the verb's head, no organ (国会)."""
    tails = _MEETING_VERB_TAILS.get(surface[-1])
    return bool(tails) and s > 0 and is_han(text[s - 1]) and text[e:e + 1] in tails


# words jieba writes over a post's first character (大|学校|长江 of 大学校长江绵恒: cue_words post_glued_words)
_POST_GLUED_WORDS = frozenset(L.words("post_glued_words"))


def _post_glued(text: str, s: int, surface: str) -> bool:
    """上海科技大学校长江绵恒, 中学校长安某: a short name opening with 长 right after a school's 学校
    (jieba's 大|学校|长江) is the post 校长's last character and its holder's family name, no place."""
    return surface[0] == "长" and s >= 2 and text[s - 2:s] in _POST_GLUED_WORDS


# what a reporter's line writes after the names (供稿, 报道: layout_words byline_name_tails), longest first
_CREDIT_TAILS = tuple(sorted(L.word_lists("layout_words").get("byline_name_tails", ()), key=len, reverse=True))
_CREDIT_NAME_OPENERS = frozenset(" \u3000\t\n（(：:")


def _credited_given_name(text: str, s: int, e: int) -> bool:
    """（秭归县政协经济委员会办公室 徐|长江| 供稿）, 通讯员 王|黄山|报道: a two-character name right after
    a family name that opens the word (a space, a bracket or a colon before it) and right before
    what a credit writes after a correspondent's name is the person's given name, no river or place."""
    if s < 1 or _surname_at(text, s - 1) is None or (s >= 2 and text[s - 2] not in _CREDIT_NAME_OPENERS):
        return False
    spaced = e < len(text) and text[e] in " \u3000"
    while e < len(text) and text[e] in " \u3000":
        e += 1
    return text.startswith(_CREDIT_TAILS, e) or (spaced or text[s - 2:s - 1] in " \u3000") and text[e:e + 1] in "）)"
    # (（全椒县纪委  徐长江）: the closing signature, its name set off by a space)


_DATE_UNITS = frozenset(L.chars("date_units"))  # 年, 月, 日, 号: the units a date's figures end in
_DATE_FIGURES = re.compile(rf"[0-9０-９{CHINESE_NUMERALS}〇零]")


def _date_unit_glued(text: str, s: int, surface: str) -> bool:
    """Does a short alias open with the unit of the date written before it (2月4日|立春: 日立 is
    日立制作所's; 5月|日|…)?  After a figure 年, 月, 日 end the date, and the name is not written."""
    return surface[0] in _DATE_UNITS and s > 0 and _DATE_FIGURES.match(text[s - 1]) is not None


_ALIAS_COPULA_ENDS = frozenset(L.chars("alias_copula_ends"))  # 为: 华为 of 郭晓华|为


def _copula_glued(text: str, s: int, surface: str) -> bool:
    """Is a short alias ending in a copula (华为) the last character of what is written before it and
    that copula (任命郭晓华|为省政府秘书长: a given name's 华; 此次访华|为他…: 访华's 华)?  The character
    before it ends a dictionary word with the alias's first (访华), or follows a family name and one
    character that are no word (郭晓: a name's start, not 支持|华为)."""
    if surface[-1] not in _ALIAS_COPULA_ENDS or s < 1 or not is_han(text[s - 1]):
        return False
    if _is_word(text[s - 1:s + 1]):
        return True
    if s >= 2 and _surname_at(text, s - 2) is not None and not _is_word(text[s - 2:s]):
        return True
    if _surname_at(text, s - 1) is None:
        return False
    e = s + len(surface)
    return text.endswith(_COPULA_NAMING_VERBS, 0, s - 1) or (
        (s < 2 or text[s - 2] in _CLAUSE_OPENERS) and text[e:e + 1] in _ENTERPRISE_UNIT_NOT_FIRST)
    # (任命李华|为县教育体育局副局长: a verb of naming, a family name, then the given name the alias opens with;
    # a roster's line 李华|为县教育体育局副局长: the name opens the clause, a level of government after 为)


_CLAUSE_OPENERS = frozenset("，,。；;：:\n、 \u3000")


_COPULA_NAMING_VERBS = tuple(cue("registry_cues", "copula_naming_verbs"))


# --------------------------------------------------------------------------- matching

@dataclass
class Hit:
    start: int
    end: int
    entry: Entry
    surface: str
    former: str | None = None  # the former body's full name, when a former name was written
    rule: str = "registry.name"
    norm: str | None = None
    country: Entry | None = None  # a foreign agency's country
    written: str | None = None  # a unit's organ as written (农业部 in 农业部渔业局)
    label: str | None = None  # a country's body: Agency (阿联酋经济部) or Organization (中国队)
    host: Entry | None = None  # a mission abroad: the registry place it is stationed in (美国, 洛杉矶)
    host_name: str | None = None  # … or the place written after 驻 that the registry lacks (成都, 沪)
    standard: str | None = None  # a mission's standard name (中国驻巴布亚新几内亚大使馆 of 中国驻巴新使馆)


@lru_cache(maxsize=1)
def _guo_organs() -> tuple[tuple[str, Entry], ...]:
    """The organs of the registry named with 国 first (国务院, 国防部, 国会), national or named
    without their country, longest first."""
    return tuple(sorted(((n, e) for n, (e, former) in registry()[0].items()
                         if n.startswith("国") and former is None and e.label == "Agency"
                         and (e.national or e.kind == _FOREIGN)), key=lambda r: (-len(r[0]), r[0])))


def _shared_guo_organ(text: str, s: int, e: int, entry: Entry, bounds: _Boundaries) -> Hit | None:
    """美国务院, 英国防部, 美国会: a foreign country's name that ends in 国 written once for the
    country and the organ after it that opens with 国 (美国|国务院 shortened): that country's organ,
    where the segmenter reads the whole or the organ as a word of its own (美国务院, 英|国防部; not
    在美国|会见)."""
    if not (entry.label == "Place" and entry.kind == "country" and entry.iso != CHINA_ISO
            and e - s == 2 and text[e - 1] == "国"):
        return None
    organ = next(((n, o) for n, o in _guo_organs() if text.startswith(n, e - 1)), None)
    end = e - 1 + len(organ[0]) if organ else e
    if organ is None or not (bounds.ok(s, end) or bounds.ok(e - 1, end)):
        return None
    return Hit(s, end, organ[1], text[s:end], rule="registry.foreign-organ",
               norm=entry.name + organ[0], country=entry)


_NATIONAL_ORGANS = "organs_national"
_RELATIVE_LEVELS = frozenset(L.chars("relative_scopes"))  # 省市县区乡镇州旗盟
# epaper49: a division's name and 委员会 after a national body's name (中国人民政治协商会议淮安市委员会, in the title of
# the local committee's rules): that committee's full name, the national name its opening only
_SEVERAL_COUNTRIES = tuple(cue("agency_cues", "several_countries_before"))  # 两国, 双方, 各国: 两国外交部
_LOCAL_COMMITTEE = re.compile(f"[{HAN}]{{1,12}}?[{''.join(sorted(L.chars('relative_scopes')))}]委员会")


@lru_cache(maxsize=1)
def _longest_surface() -> int:
    return max(map(len, registry()[0]))


def _matches_past_split_names(text: str, bounds: _Boundaries, hits: list[Hit]):
    """The automaton's leftmost-longest matches, and where a two-character match is split by the
    segmenter (其中|东方航空: 中东; 其中|国家电网: 中国) the longest match opening at its second character
    and running past it (东方航空, 国家电网), which the leftmost-longest walk hid (minhang105).  The
    look is bounded: a window of the longest name's length after such a match, once per match; none
    where the caller kept the match all the same (`hits`: 长崎市, the city with its 市)."""
    skip_to = -1
    for end_idx, surface in long_matches(_automaton(), None, text):
        s, e = end_idx - len(surface) + 1, end_idx + 1
        if s < skip_to:
            continue
        yield end_idx, surface
        if e - s != 2 or (hits and hits[-1].end >= e) or bounds.ok(s, e):
            continue
        window = text[s + 1:s + 1 + _longest_surface()]
        for end2, sur2 in _automaton().iter_long(window):
            if end2 - len(sur2) + 1 == 0 and len(sur2) > 1:
                yield s + 1 + end2, sur2
                skip_to = s + 1 + len(sur2)
            break


def find_registry_names(text: str, bounds: _Boundaries) -> list[Hit]:
    """Registry names in `text`, with the grammar around them applied (see module doc)."""
    surfaces, _ = registry()
    hits: list[Hit] = []
    for end_idx, surface in _matches_past_split_names(text, bounds, hits):
        s, e = end_idx - len(surface) + 1, end_idx + 1
        if text.startswith(_NOT_ORGAN_WORDS, e - 1):
            continue  # 建设部门, 司法部门: the departments of that kind in general, not the ministry
        entry, former = surfaces[surface]
        if entry.table == _NATIONAL_ORGANS and s > 0 and text[s - 1] in _RELATIVE_LEVELS:
            continue  # 在市国资委系统企业拉动下, 县发改委: a local body written relatively (the agencies read it), no ministry
        if entry.table == _NATIONAL_ORGANS and text.endswith(_SEVERAL_COUNTRIES, 0, s):
            continue  # 两国外交部, 各国财政部: each country's ministry, no single organ of China's
        if entry.table == _NATIONAL_ORGANS and _LOCAL_COMMITTEE.match(text, e):
            continue  # 中国人民政治协商会议|淮安市委员会: a local committee's full name, not the national one
        if (shared := _shared_guo_organ(text, s, e, entry, bounds)) is not None:
            hits.append(shared)  # 美国务院发言人: the US 国务院, its 国 written once
            continue
        if not (_accept(text, s, e, surface, bounds) or _city_word_with_suffix(s, e, surface, entry, bounds)) \
                or _opens_longer_name(text, s, e) \
                or _city_in_word(s, e, entry, bounds) or _city_before_estate(text, e, entry) \
                or _region_names_structure(text, e, entry) or _region_names_road(text, e, entry) \
                or _place_opens_estate_name(text, e, entry):
            continue  # (万象|更新: an idiom, no Vientiane; 新竹苑: an estate, no Hsinchu)
        if surface in _WALKWAY_ALIASES and (text.startswith(_WALKWAY_AFTER, e) or text[s - 1:s] in _WALKWAY_BEFORE):
            continue  # 人行|过街天桥, 人行|横道: the pedestrian's; 慈善万|人行: a march; no 中国人民银行
        if _slogan_item(text, s, e, surface):
            continue  # 民建、民管、民享: built, run and enjoyed by the people, no 中国民主建国会
        if _state_word_after(text, e, surface, entry):
            e, surface = e - 1, surface[:-1]  # 日本|国会, 日本|国内, 日本|国土交通省: not 日本国
            entry, former = surfaces[surface]
        if _city_word_after(text, e, surface, entry):
            e, surface = e - 1, surface[:-1]  # 台北|市长: the city's short name, 市长 the post
            entry, former = surfaces[surface]
        if entry.kind == _ENTERPRISE and _industry_word(text, e):
            continue  # 中国建筑业, 中国银行业: the trade, no company
        if entry.kind == _ENTERPRISE and surface != entry.name and text.startswith(_COMPANY_PLACE_HEADS, e):
            continue  # 南靖丰田|华侨农场, 丰田|村: a company's short name before a farm or a village is the place's
        if entry.kind == _ENTERPRISE and surface != entry.name and text.startswith(_COMPANY_TAIL_WORDS, e - 1):
            continue  # 新|航季, 新|航线: the alias's last character opens a word of flying, no Singapore Airlines
        if entry.kind == _ENTERPRISE and surface.endswith(_AIRLINE_WORD) and text.startswith(_AIRLINE_NOT_BEFORE, e):
            continue  # 青海航空|网络, 四川航空|产业: the place's aviation, no airline
        if entry.kind == _ACADEMY and surface != entry.name and text.startswith(_ACADEMY_PLACE_HEADS, e):
            continue  # 南开|乡, 清华|镇: a university's short name opening a township's name is the place's
        if entry.kind == _ACADEMY and surface != entry.name and text.startswith(_ACADEMY_TAIL_WORDS, e - 1):
            continue  # 兴武大道, 北大街: the short name's last character opens 大道/大街, a street, no university
        if entry.kind == _ACADEMY and surface != entry.name and _division_list_item(text, s, e):
            continue  # 河西、南开、红桥、北辰等7个区: a district written short in a list of districts
        if entry.kind == "country" and e - s == 2 and country_before_inner_word(text, s):
            continue  # 俄|国内: the country written short (read by the abbreviations), not 俄国
        if entry.kind == "country" and _among_them_across(text, s, e):
            continue  # 其中|国省干线194.2公里: 其中 (among them) and a road's word, no China
        if entry.kind == "country" and _adjective_across(text, s, e):
            continue  # 最美|国道, 完美|国际: an adjective reads across the name's start, no United States
        if surface in _RULER_TITLES and hits and hits[-1].end == s and hits[-1].entry.kind == "country":
            continue  # 文莱达鲁萨兰国|苏丹|哈桑纳尔: the ruler's title after his country, no Sudan
        if _names_people(text, s, e, entry):
            continue  # 哈萨克族人口, 哈萨克部族: a people of China, no Kazakhstan
        if entry.kind == "country" and text.startswith(_CURRENCIES, e):
            continue  # 挪威克朗, 瑞士法郎: a currency named after its country, not the country
        if entry.kind == "city" and entry.table == "world_places" and text.startswith(_VILLAGE_HEADS, e):
            continue  # 骑龙村至柏林村: a Chinese village named like a foreign city, not Berlin
        if entry.kind == "city" and entry.table == "world_places" and text.startswith(_CITY_SYSTEM_HEADS, e):
            continue  # 马德里商标国际注册90件, 海牙外观设计国际申请: an international filing system, not the city
        if entry.table == "media" and surface in _MEDIA_WORD_NAMES and not _titled(text, s, e):
            continue  # 过往船舶应加强瞭望: a lookout kept, no 瞭望周刊
        if _compass_region_in_name(text, s, e, entry):
            continue  # 粤东|西北 (粤东西北: 粤东、粤西、粤北), 西南|门村: no region of China
        if _compass_structure(text, s, e):
            continue  # 进入江华的“北|大门”: the north gate, not 北大 (Peking University)
        if entry.kind == "region" and entry.table == "world_places" and not entry.iso \
                and _border_side(text, s, e):
            continue  # 东北界伍家湾乡、…西南接锦滨乡; 地势东北高西南低: a side of the place, no region of China
        if entry.label == "Place" and (text.startswith(_TIME_WORDS, e) or _in_transliteration(text, s, e)):
            continue  # 东京时间: a time zone; 鲁|西亚|努: a foreign person's name, no region
        if entry.label == "Place" and text.startswith(_DISEASE_TAILS, e):
            continue  # 非洲猪瘟, 口蹄疫亚洲I型: an animal disease or a virus strain named after a region, no place
        if (province_end := _province_abroad_end(text, e, entry)) is not None:
            hits.append(Hit(s, province_end, entry, text[s:province_end], rule=_PROVINCE_ABROAD_RULE,
                            norm=text[s:province_end]))  # 老挝万象省: the province, not the capital
            continue
        e = _city_suffix_end(text, e, entry)  # 维也纳市: the city, as written
        s = _term_start(text, s, entry)  # 第二届|全国人民代表大会: the body, its term written before it
        if former == ANAPHOR:
            hits.append(Hit(s, e, entry, surface, rule="registry.anaphora"))
        else:
            hits.append(Hit(s, e, entry, surface, former=former))
    hits = _sar_bodies(text, hits)
    hits = _with_unsafe_after_country(text, hits)
    hits = _country_prefixed(text, hits)
    return _units(text, _without_shared_tails(hits))


def _adjective_across(text: str, s: int, e: int) -> bool:
    """有“最美国道”之称, 完美国际: the character before a country's name and its first make an adjective
    of the dictionary (最美, 完美: jieba's `a`), its last and the next a word (国道, 国际): the words
    run across the name, which names no country there (dongbei66)."""
    if s == 0 or e >= len(text):
        return False
    tags, freq = word_tags(), word_freq()
    return (tags.get(text[s - 1:s + 1]) or "") == "a" and bool(freq.get(text[e - 1:e + 1]))


_AMONG_THEM = tuple(cue(_R, "among_them_before"))
_AMONG_THEM_GUO = tuple(cue(_R, "among_them_guo_words"))


def _among_them_across(text: str, s: int, e: int) -> bool:
    """建设规模854.2公里,其中国省干线194.2公里: 其中 (among them) ends on the country's first character and
    its last opens a word (国省干线, 国道; jieba reads 其|中国 there), so the clause counts a part of the
    total, no China.  Where jieba already reads 其中|国有 the registry never sees 中国."""
    if s == 0 or not any(text.endswith(w, 0, s + 1) for w in _AMONG_THEM):
        return False
    return text.startswith(_AMONG_THEM_GUO, e - 1) or bool(word_freq().get(text[e - 1:e + 1]))


_MEDIA_WORD_NAMES = frozenset(cue(_R, "media_word_names"))
_MEDIA_TITLE_AFTER = tuple(cue(_R, "media_word_title_after"))


def _titled(text: str, s: int, e: int) -> bool:
    """《瞭望》, 瞭望周刊, 瞭望记者: a periodical's name written as a title (in book marks, or before a word
    naming the periodical), not the verb it also is (ocean57)."""
    return (s > 0 and text[s - 1] == "《") or text.startswith(_MEDIA_TITLE_AFTER, e)


# national41: aliases of a national organ that a foreign country's organ is also called by (最高法院: 最高人民法院 in
# Chinese news of China's courts, and the tail of 美国最高法院): read as China's only where no foreign organ so called
# is named in the same text (巴西最高法院法官表示，最高法院将…: Brazil's, left to the other finders)
_SHARED_TAILS = frozenset(cue(_R, "shared_foreign_tails"))


def _without_shared_tails(hits: list[Hit]) -> list[Hit]:
    """The hits less a shared alias (`_SHARED_TAILS`) where a foreign organ of that tail is named too."""
    if not any(h.surface in _SHARED_TAILS for h in hits):
        return hits
    foreign = {t for h in hits if h.country is not None for t in _SHARED_TAILS if (h.norm or h.surface).endswith(t)}
    return [h for h in hits if not (h.surface in foreign and h.country is None and h.rule == "registry.name")]


@lru_cache(maxsize=1)
def _unsafe_by_country() -> dict[str, tuple[tuple[str, Entry], ...]]:
    """A country's or region's iso code → its cities' unsafe names that are no Chinese division's
    name (桃园 of Taiwan, a common word: 山间桃园), longest first, with the city's entry."""
    from ..divisions import table
    T = table()
    _, by_name = registry()
    out: dict[str, list[tuple[str, Entry]]] = {}
    for r in L.load_table("world_places"):
        if r["parent"] and r["unsafe"] and r["name"] in by_name and (r["kind"] or "region") == "city":
            for n in _split(r["unsafe"]):
                if len(n) >= 2 and n not in T.by_short and n not in T.by_name:
                    out.setdefault(r["parent"], []).append((n, by_name[r["name"]]))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


def _with_unsafe_after_country(text: str, hits: list[Hit]) -> list[Hit]:
    """台湾桃园: a city's unsafe name (never read alone: 桃园 is an orchard too) written right after
    its country or region is the city.  One look after each country's hit (linear)."""
    table_ = _unsafe_by_country()
    out: list[Hit] = []
    for i, h in enumerate(hits):
        out.append(h)
        if h.entry.label != "Place" or not h.entry.iso or h.entry.iso not in table_:
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        for name, entry in table_[h.entry.iso]:
            if text.startswith(name, h.end) and (nxt is None or nxt.start >= h.end + len(name)):
                out.append(Hit(h.end, h.end + len(name), entry, name))
                break
    return out


_TERM_KINDS = tuple(cue(_R, "term_kinds"))  # npc, cppcc
_TERM_BEFORE = re.compile(rf"(?:{cue_alt('agency_cues', 'term_open')})?[{CHINESE_NUMERALS[:10]}]{{1,4}}"
                          rf"(?:{cue_alt('agency_cues', 'term_close')})$")


def _term_start(text: str, s: int, entry: Entry) -> int:
    """Where a congress's or a consultative conference's mention starts when its term is written
    before it (第二届全国人民代表大会, 六届全国人大常委会): over the term, as the agencies of places
    are read (湖北省十三届人大常委会); the entity stays the body, whatever its term."""
    if entry.kind not in _TERM_KINDS:
        return s
    m = _TERM_BEFORE.search(text, max(0, s - 6), s)
    return m.start() if m else s


def _state_word_after(text: str, e: int, surface: str, entry: Entry) -> bool:
    """Does a country's official form ending in 国 (日本国) end where 国 opens a word with what
    follows (国会, 国内, 国土, 国家, 国民: jieba's dictionary), and is the form without 国 the same
    country's name?  Then the country is written short and 国 belongs to the next word."""
    if entry.kind != "country" or not surface.endswith("国") or len(surface) < 3:
        return False
    shorter = registry()[0].get(surface[:-1])
    return shorter is not None and shorter[0] is entry and \
        any(_is_word(text[e - 1:e + n]) for n in (1, 2) if e + n <= len(text))


_CITY_SUFFIX = cue(_R, "city_suffix")
_COMPASS = place_chars("compass_chars")


def _compass_region_in_name(text: str, s: int, e: int, entry: Entry) -> bool:
    """A compass region of China (西北, 西南, 东北: no country) read where `compass_piece` holds."""
    return entry.kind == "region" and entry.table == "world_places" and not entry.iso \
        and not entry.country and compass_piece(text, s, e)


_COMPASS_STRUCTURES = tuple(cue(_R, "compass_structure_words"))  # 大门, 大街, 大道 …


def _compass_structure(text: str, s: int, e: int) -> bool:
    """Is a two-character alias opening with a compass character the compass and the first half of
    a structure's word written after it (北|大门, 南|大街, 东|大道: the north gate, the south street)?
    A university's short form (北大, 南大) is never glued to 门 or 街; the structure word decides."""
    return e - s == 2 and text[s] in _COMPASS and text.startswith(_COMPASS_STRUCTURES, s + 1)


_BORDER_VERBS = place_chars("border_verb_chars")  # 邻临接连靠依通抵至界
_SLOPES = L.chars("slope_chars")  # 高低
_BORDER_WORDS = tuple(cue(_R, "compass_border_words"))  # 接壤, 毗邻, 交界 …: 东北与安福县接壤
_SIDE_FILLERS = tuple(cue(_R, "compass_side_fillers"))  # 面, 侧: 北面与…交界
_SIDE_JOINERS = frozenset(cue(_R, "compass_side_joiners"))  # 与, 和, 同: 西南和玉树县隔河相望
_SIDE_WINDOW = 30  # characters either side searched for the place's other sides (bounded)


def _side_of(text: str, e: int) -> str:
    """What makes a compass word the side of a place right after it: 'border' for a verb of borders
    (东北界, 西南接, 西北环抱) or 与 (和, 同) and a border word soon after (东北与安福县接壤, 西南和玉树县隔河
    相望), 'slope' for
    高/低 (地势东北高西南低), '' else."""
    e += text.startswith(_SIDE_FILLERS, e)  # 北面与芦溪县交界
    nxt = text[e:e + 1]
    if nxt and nxt in _BORDER_VERBS or text.startswith("环抱", e):
        return "border"
    if nxt and nxt in _SIDE_JOINERS:  # 与, 和, 同
        clause = re.split(r"[，,。；;]", text[e:e + 20], maxsplit=1)[0]
        return "border" if any(w in clause for w in _BORDER_WORDS) else ""
    return "slope" if nxt and nxt in _SLOPES else ""


def _border_side(text: str, s: int, e: int) -> bool:
    """Is a compass word (东北, 西南) one side of a place's borders or slope in a profile's list of
    them (东北界伍家湾乡、田湾镇,东南邻柿溪乡; 东北与安福县接壤,东南与永新县毗邻; 地势东北高西南低)?
    Only where another compass character opens another side of the same kind in its sentence, so a
    region written before 与 or 至 alone (东北与华北, 从东北至华南) keeps its reading."""
    kind = _side_of(text, e)
    if not kind:
        return False
    lo, hi = max(0, s - _SIDE_WINDOW), min(len(text), e + _SIDE_WINDOW)
    before, after = text[lo:s], text[e:hi]
    before = before[before.rfind("。") + 1:]
    after = after[:after.find("。")] if "。" in after else after
    for part, off in ((before, lo + len(text[lo:s]) - len(before)), (after, e)):
        for i, ch in enumerate(part):
            if ch in _COMPASS and (off + i < s or off + i >= e) and _side_of(text, off + i + 1) == kind:
                return True
    return False


def compass_piece(text: str, s: int, e: int) -> bool:
    """Are text[s:e] compass characters only (西北, 东西南北) that name no region here: more than
    two (东西南北: every direction), or two inside a longer run of compass characters (粤东西北:
    the east, west and north of Guangdong), after a province's one-character abbreviation (川东北:
    the province's part) or at the head of a village's or a community's name (西南门村, 东北沟村,
    东北街社区: one or two characters and 村 or 社区 after them)?"""
    if e - s < 2 or not all(ch in _COMPASS for ch in text[s:e]):
        return False
    if e - s > 2 or (s and text[s - 1] in _COMPASS) or (e < len(text) and text[e] in _COMPASS):
        return True
    if s and text[s - 1] in _ABBR_BEFORE_COMPASS and not _ends_common_word(text, s):
        return True  # 川|东北经济区, 鄂|西北: the province's part, no region of China
    if _bearing_after(text, e) or _wind_after(text, e) or _heading_pair(text, s, e):
        return True
    return any(text.startswith(_COMPASS_HEADS, e + n) and all(is_han(ch) for ch in text[e:e + n]) for n in (1, 2))
_BEARING_WORDS = tuple(cue(_R, "compass_bearing_after"))
_HEADING_JOINERS = tuple(cue(_R, "compass_heading_joiners"))  # 向: 由西南向东北
_HEADING_REGION_AFTER = tuple(cue(_R, "compass_heading_region_after"))  # 地区, 沿海: …向东南沿海地区


def _heading_pair(text: str, s: int, e: int) -> bool:
    """Is the compass word one end of a heading, 向 joining it to another compass word (地势由西南向东北
    倾斜, 自西北向东南延伸)?  Then it is the way the land runs, no region of China; a region word after
    the second (…向东南沿海地区) keeps the reading of both."""
    for j in _HEADING_JOINERS:
        if text.startswith(j, e) and text[e + len(j):e + len(j) + 1] in _COMPASS:
            after = e + len(j) + (2 if text[e + len(j) + 1:e + len(j) + 2] in _COMPASS else 1)
            return not text.startswith(_HEADING_REGION_AFTER, after)
        if text.endswith(j, 0, s) and s > len(j) and text[s - len(j) - 1] in _COMPASS:
            return not text.startswith(_HEADING_REGION_AFTER, e)
    return False
_ABBR_BEFORE_COMPASS = set(place_chars("province_abbr_before_compass"))  # 川, 鄂: 川东北, 鄂西北
_BEARING_DISTANCE = re.compile(rf"(?:{cue_alt(_R, 'compass_distance_openers')})?[0-9.{CHINESE_NUMERALS}两多余]{{1,8}}"
                               rf"(?:{cue_alt(_R, 'compass_distance_units')})")


def _ends_common_word(text: str, s: int) -> bool:
    """Does a dictionary word that names no place end on the character before `s` (复苏|东北: the
    verb's 苏, no Jiangsu; 四川|东北部 is the province's part)?"""
    w = text[s - 2:s] if s >= 2 else ""
    return len(w) == 2 and _is_word(w) and not (word_tags().get(w) or "").startswith("ns")


def _bearing_after(text: str, e: int) -> bool:
    """Does a bearing follow the compass word (镇西南25公里处, 县城东北约15公里, 西南方向3公里)?
    Then it points from a place named before it, and names no region of China (西南地区 does)."""
    return text.startswith(_BEARING_WORDS, e) or _BEARING_DISTANCE.match(text, e, e + 14) is not None \
        or _bearing_closing(text, e) or _border_reach(text, e)


_BORDER_JOINERS = tuple(cue(_R, "compass_border_joiners"))  # 至: 东北至中城公园3米
_BORDER_REACH = 16  # characters of the landmark reached and its distance after the joiner


def _border_reach(text: str, e: int) -> bool:
    """Does the compass word give a side of a border, reaching a landmark a distance away (保护范围：东北至中城公园
    3米, 西南前段至图书馆围墙17米: compass_border_joiners)?  Then it is the side of the site, no region of China;
    only a distance closing the landmark within a few characters, before any clause mark, makes it so."""
    j = next((w for w in _BORDER_JOINERS if text.startswith(w, e)), None)
    if j is None:
        return False
    k = e + len(j)
    stop = min((i for ch in "，,。；;：:" if (i := text.find(ch, k, k + _BORDER_REACH)) >= 0), default=k + _BORDER_REACH)
    return any(_BEARING_DISTANCE.match(text, i, stop) for i in range(k + 1, stop)
               if text[i].isdigit() and not text[i - 1].isdigit())


_BEARING_CLOSING = tuple(cue(_R, "compass_bearing_closing"))  # 方: 位于誓节镇西南方,


_WIND_WORDS = tuple(cue(_R, "compass_wind_after"))  # 大风, 阵风
_WIND_FORCE = cue(_R, "compass_wind_force")[0]  # 风
_WIND_FORCE_NEXT = frozenset(cue(_R, "compass_wind_force_next")[0])


def _wind_after(text: str, e: int) -> bool:
    """Does a wind follow the compass word (出现东北大风, 东北风4级, 西北风转东南风)?  Then it is the
    wind's direction in a forecast, no region of China (东北风光, 西北风电 go on as words)."""
    if text.startswith(_WIND_WORDS, e):
        return True
    return text.startswith(_WIND_FORCE, e) and e + 1 < len(text) and text[e + 1] in _WIND_FORCE_NEXT


def _bearing_closing(text: str, e: int) -> bool:
    """Does 方 close the clause right after the compass word (位于誓节镇西南方, …)?  Then it is the
    side of the place written before it; 西南方言 reads on into a word and keeps the region."""
    return text.startswith(_BEARING_CLOSING, e) and (e + 1 >= len(text) or not is_han(text[e + 1]))


_VILLAGE_HEADS = tuple(cue(_R, "world_city_not_before"))  # 柏林村: a village, no foreign city
# the filing systems named after the city whose treaty set them up (马德里商标国际注册, 海牙外观设计国际申请)
_CITY_SYSTEM_HEADS = tuple(cue(_R, "world_city_system_heads"))
_COMPASS_HEADS = _VILLAGE_HEADS + tuple(cue(_R, "compass_community_heads"))  # 东北沟村, 东北街社区
_COMPANY_PLACE_HEADS = tuple(cue(_R, "company_alias_not_before"))  # 丰田|华侨农场: a place's farm, no Toyota
_ACADEMY_PLACE_HEADS = tuple(cue(_R, "academy_alias_not_before"))  # 南开|乡: a township, no 南开大学
_ACADEMY_TAIL_WORDS = tuple(cue(_R, "academy_alias_tail_words"))  # 兴|武大|道: 大道, a road, no 武汉大学
_COMPANY_TAIL_WORDS = tuple(cue(_R, "company_alias_tail_words"))  # 新|航季: a new flight season, no 新航
_AIRLINE_WORD = "航空"  # the word an airline's name ends with (四川航空)
_AIRLINE_NOT_BEFORE = tuple(cue(_R, "airline_name_not_before"))  # 青海航空|网络: the province's aviation
# 河西、南开、红桥、北辰等7个区: the items after the short name, then the count of the divisions listed
_DIVISION_LIST_TAIL = re.compile(rf"(?:、[{HAN}]{{2,4}}){{0,12}}?等?[0-9{CHINESE_NUMERALS}两]+个?"
                                 rf"(?:{'|'.join(cue(_R, 'academy_list_levels'))})")
_CURRENCIES = cue(_R, "currency")


def _division_list_item(text: str, s: int, e: int) -> bool:
    """Is a short name an item of a 、-list of divisions closed by their count (河西、南开、红桥、北辰等7个区)?
    Then it is a district's or a county's short name (南开区), no university's (南开大学)."""
    return (text[e:e + 1] == "、" or text[s - 1:s] == "、") and _DIVISION_LIST_TAIL.match(text, e) is not None
_TIME_WORDS = cue(_R, "time_zone")  # 东京时间, 莫斯科时间: the clock of that place, no mention of it
# 非洲|猪瘟, 亚洲|I型: a disease or strain named after a region; 南美|白对虾, 美国|白蛾: a species so named (plan77)
_DISEASE_TAILS = tuple(cue(_R, "disease_name_tails")) + tuple(cue(_R, "species_name_tails"))


def _in_transliteration(text: str, s: int, e: int) -> bool:
    """Is a two-character place written inside a longer name written by sound (鲁|西亚|努, a
    footballer; 雷西斯滕|西亚|市, a city)?  A transliteration character before it and one after it,
    or a city's 市 after it that opens no word (市场, 市民): the place is a piece of that name."""
    if e - s != 2 or s == 0 or e >= len(text) or text[s - 1] not in _TRANSLITERATION:
        return False
    if s >= 2 and _is_word(text[s - 2:s]) and _is_word(text[e:e + 2]):
        return False  # 确保|香港|密切配合: words of running text either side, no name written by sound
    return text[e] in _TRANSLITERATION or \
        (text.startswith(_CITY_SUFFIX, e) and not _is_word(text[e:e + 2]))


def _city_word_after(text: str, e: int, surface: str, entry: Entry) -> bool:
    """台北市长, 高雄市民: a world city written with 市 in the table (台中市, as Taiwan's cities are
    written) whose 市 opens a word of its own after it is the city's short name and that word —
    as `_city_suffix_end` reads 斯特拉斯堡|市长 — so the post stage still finds 市长."""
    if entry.kind != "city" or entry.table != "world_places" or not surface.endswith(_CITY_SUFFIX):
        return False
    short = surface[:-1]
    return short in registry()[0] and _is_word(text[e - 1:e + 1])


def _city_word_with_suffix(s: int, e: int, surface: str, entry: Entry, bounds: "_Boundaries") -> bool:
    """长崎市副市长, 大阪市副市长: jieba writes a world city and its 市 as one word (长崎市|副|市长), so the
    city's short name ends inside a word and `_accept` refuses it; the word is the city written with
    its 市 (read over by `_city_suffix_end`), a city of the registry all the same."""
    if entry.kind != "city" or entry.table != "world_places" or len(surface) > 2:
        return False
    return bounds.holding_word(s, e) in {surface + suffix for suffix in _CITY_SUFFIX}


def _city_suffix_end(text: str, e: int, entry: Entry) -> int:
    """Where a world city's name ends: over 市 written after it (维也纳市, 斯特拉斯堡市市长), unless
    市 opens a word of its own (维也纳市民, 斯特拉斯堡市长: jieba's dictionary knows 市民, 市长)."""
    if entry.kind != "city" or entry.table != "world_places":
        return e
    for suffix in _CITY_SUFFIX:
        if text.startswith(suffix, e) and not _is_word(text[e:e + len(suffix) + 1]):
            return e + len(suffix)
    return e


_CITY_PROVINCE_WORDS = tuple(cue(_R, "city_province_words"))
_CITY_PROVINCE_NOT_AFTER = tuple(cue(_R, "city_province_not_after"))
_PROVINCE_ABROAD_RULE = "registry.province-abroad"


def _province_abroad_end(text: str, e: int, entry: Entry) -> int | None:
    """老挝万象省, 琅勃拉邦省委书记: a city abroad written with a province's word right after it
    names the province of that name (Vientiane Province, not the capital Vientiane): where that
    province's name ends, or None.  Only a city the registry places in a country (its code under
    that country), and not where the word opens another (省份)."""
    if entry.kind != "city" or entry.table != "world_places" or not entry.country:
        return None
    word = next((w for w in _CITY_PROVINCE_WORDS if text.startswith(w, e)), None)
    if word is None or text.startswith(_CITY_PROVINCE_NOT_AFTER, e + len(word)):
        return None
    return e + len(word)


_RULER_TITLES = frozenset(cue(_R, "ruler_title_countries"))  # 苏丹
_PEOPLE_WORDS = tuple(cue(_R, "people_words"))
_PEOPLES = frozenset(L.column("ethnic_groups.tsv"))


def _names_people(text: str, s: int, e: int, entry: Entry) -> bool:
    """其中哈萨克族人口为22425人, 哈萨克部族, 朝鲜族: a country's name before a people's word
    (people_words: 族, 部族) where that name and 族 are a people of China (ethnic_groups.tsv) names
    the people, not the country (哈萨克斯坦)."""
    return entry.kind == "country" and text.startswith(_PEOPLE_WORDS, e) and text[s:e] + _PEOPLE_WORDS[0] in _PEOPLES


def _opens_longer_name(text: str, s: int, e: int) -> bool:
    """Does a longer place name begin inside a short match and run past its end (北大|西洋 in
    北大西洋: 大西洋)?  Then the short match is a piece of that name, not a name of its own."""
    if e - s != 2:
        return False
    surfaces, _ = registry()
    tags = _word_tags()
    for b in range(s + 4, min(len(text), s + 7) + 1):  # a name of three or more characters
        w = text[s + 1:b]
        if w in surfaces or (tags.get(w) or "").startswith("ns"):
            return True
    return False


def _word_tags() -> dict:
    return word_tags()  # (imported at the top: an import here ran at every call)


_STATIONED = tuple(cue(_R, "mission_stationed"))  # 常驻, 驻
_MISSION_TAILS = tuple(sorted(cue(_R, "mission_tails"), key=len, reverse=True))  # 大使馆, 总领事馆 …


def _mission_end(text: str, h: Hit, nxt: Hit | None) -> int | None:
    """Where a country's mission abroad ends when the country is named first (中国驻美国大使馆,
    中国驻大阪总领事馆, 中国常驻联合国代表团): one agency of the sending country, not that
    country and the host's embassy (美国大使馆) or a bare host place."""
    at = h.end
    for w in _STATIONED:
        if text.startswith(w, at):
            at += len(w)
            break
    else:
        return None
    if nxt is not None and nxt.start == at:
        if nxt.entry.label == "Agency":
            return None
        return next((nxt.end + len(t) for t in _MISSION_TAILS if text.startswith(t, nxt.end)), None)
    return _mission_host_end(text, at)


_RE_MISSION_HOST = re.compile(rf"([{HAN}]{{1,6}}?)({'|'.join(map(re.escape, _MISSION_TAILS))})")
_MISSION_HOSTS_GENERIC = tuple(cue(_R, "mission_host_generic"))  # 驻外使馆, 驻当地使馆: no one host
_MISSION_HOST_TAGS = tuple(cue(_R, "mission_host_tags"))  # jieba's tags of a place's word: ns, nrt, j


def _mission_host_end(text: str, at: int) -> int | None:
    """Where a mission ends whose host the registry does not hold — a Chinese city (美国驻成都总领事馆,
    日本驻沪总领事馆): 驻 + a host of a few characters + a mission word, one agency of the
    sending country; none where the host is general (驻外使馆) or a phrase runs across it."""
    m = _RE_MISSION_HOST.match(text, at)
    if not m or m.group(1) in _MISSION_HOSTS_GENERIC or NOT_IN_NAME.search(m.group(1)):
        return None
    tag = _word_tags().get(m.group(1)) or ""  # one place's word (成都 ns, 沪 j), not a phrase (驻军撤离后)
    return m.end() if tag.startswith(_MISSION_HOST_TAGS) else None


_IMPLIED_TAILS = tuple(sorted(cue(_R, "mission_implied_tails"), key=len, reverse=True))  # 大使馆, 使馆 …
_SENDER_ENDS = frozenset(cue(_R, "mission_sender_ends"))  # 各国|驻, 山东省|驻: a sender written otherwise
_SENDER_CHINA = tuple(cue(_R, "mission_sender_china"))  # 我国|驻: China written its own way
_SENDER_VOICE = tuple(cue(_R, "mission_sender_voice"))  # 我|驻, 我国|驻: China speaking, whatever was named before


def sender_written_otherwise(text: str, k: int) -> bool:
    """Is a sender other than China written right before 驻 at k (各国|驻, 多国|驻沪总领事馆, 山东省|驻京办,
    欧盟|驻华) — not China's own way of writing itself (我国|驻)?"""
    return text[k - 1:k] in _SENDER_ENDS and not text.endswith(_SENDER_CHINA, 0, k)


_CITY_TAILS = tuple(sorted(cue(_R, "mission_city_tails"), key=len, reverse=True))  # 总领馆, 总领事馆, 领事馆


def _foreign_city(entry: Entry) -> bool:
    """开普敦, 宿务: a world city of a country other than China — the host of a consulate written
    with no sender (驻开普敦总领馆林静总领事: China's consulate there)."""
    return entry.label == "Place" and entry.kind == "city" and entry.country not in (None, CHINA_ISO)


def _senderless_mission(text: str, h: Hit, prev: Hit | None) -> Hit | None:
    """驻日本使馆提醒在日中国公民, 我驻日本大使馆: 驻 + a foreign country + an embassy word (or a foreign
    city + a consulate word: 驻开普敦总领馆) with no sender written is China's mission there (中国驻日本使馆, as Chinese government text writes it
    short), one agency of China — not the host's embassy (日本大使馆, placed in Japan).  None where
    a sender is written before 驻 (a name found there, or 各国, 欧盟, 山东省 …)."""
    if not (h.entry.kind == "country" and h.entry.iso != CHINA_ISO) and not _foreign_city(h.entry):
        return None
    w = next((w for w in _STATIONED if text.endswith(w, 0, h.start)), None)
    tails = _IMPLIED_TAILS if h.entry.kind == "country" else _CITY_TAILS
    tail = next((t for t in tails if text.startswith(t, h.end)), None)
    if w is None or tail is None:
        return None
    s = h.start - len(w)
    china = _china_entry()
    if china is None:
        return None
    if prev is not None and prev.end >= s and prev.entry is china:
        s = prev.start  # 我国|驻法国大使馆: China written as 我国, the mission's sender
    elif (prev is not None and prev.end >= s) or \
            (text[s - 1:s] in _SENDER_ENDS and not text.endswith(_SENDER_CHINA, 0, s)) or \
            (_foreign_voice(text, prev, s) and not text.endswith(_SENDER_VOICE, 0, s)):
        return None  # (…日本自治体国际化协会理事长…和|我驻日本使馆: 我 is China's voice, whoever was named before)
    end = h.end + len(tail)
    return Hit(s, end, china, text[s:end], rule="registry.mission", norm=china.name + text[h.start - len(w):end],
               country=china, label="Agency", host=h.entry, standard=_mission_norm(china.name, w, h.entry.name, tail))


def _mission_host(text: str, at: int, end: int, nxt: Hit | None) -> dict:
    """The host of a mission named after its sending country (中国驻美国大使馆: 美国; 中国驻洛杉矶总领事馆:
    洛杉矶; 美国驻成都总领事馆: 成都, a place the registry lacks, resolved later): the place written
    between 驻 and the mission's word.  Empty where none is (中国常驻联合国代表团: an organisation)."""
    w = next((w for w in _STATIONED if text.startswith(w, at)), "")
    at += len(w)
    if nxt is not None and nxt.start == at and nxt.entry.label == "Place":
        return {"host": nxt.entry}
    m = _RE_MISSION_HOST.match(text, at, end)
    return {"host_name": m.group(1)} if m and m.end() == end else {}


def _missions_named_in_full(doc: Doc) -> None:
    """中国驻加纳大使馆22日发布公告…与中国驻加纳使馆联系: a mission written short where the document names it in
    full too (its standard name, `_mission_norm`) is that mission: the full name, the short one an alias."""
    full = {m.norm for m in doc.mentions if m.rule == "registry.mission"}
    for m in doc.mentions:
        standard = m.attrs.get("standard_name") if m.rule == "registry.mission" else None
        if standard and standard in full and m.norm != standard:
            m.attrs = dict(m.attrs, alias=m.norm)
            m.norm = standard


_MISSION_TAIL_FULL = dict(w.split("|", 1) for w in cue(_R, "mission_tail_full"))  # 使馆 → 大使馆, 总领馆 → 总领事馆


def _mission_norm(sender: str, stationed: str, host: str, tail: str) -> str:
    """A mission's standard name: its sender's and host's standard names and its word in full
    (中国驻巴新使馆 → 中国驻巴布亚新几内亚大使馆, 中国驻悉尼总领馆 → 中国驻悉尼总领事馆), as the posts stage names
    the mission of an envoy (驻巴布亚新几内亚大使薛冰): one mission however the text writes it — named
    as written where the text writes it one way only, by the full name where it writes that too."""
    return sender + stationed + host + _MISSION_TAIL_FULL.get(tail, tail)


def _mission_named(text: str, h: Hit, end: int, host: dict) -> str:
    """The standard name (`_mission_norm`) of a mission its sending country opens (中国驻加纳使馆), where
    its host is a place of the registry; else the name as written (美国驻成都总领事馆: a host no
    registry entry names is resolved later)."""
    written = text[h.start:end]
    w = next((w for w in _STATIONED if text.startswith(w, h.end)), "")
    tail = next((t for t in _MISSION_TAILS if written.endswith(t)), "")
    entry = host.get("host")
    if not w or not tail:
        return written
    if entry is None:  # shiguan103: 澳大利亚驻成都总领馆 is 澳大利亚驻成都总领事馆 (its consul's mission), the host as written
        return _mission_norm(h.entry.name, w, host["host_name"], tail) if host.get("host_name") else written
    return _mission_norm(h.entry.name, w, entry.name, tail)


def _foreign_voice(text: str, prev: Hit | None, s: int) -> bool:
    """俄罗斯外交部发言人表示，驻美国大使馆已提出抗议: a foreign country or one of its bodies named before
    驻 in the same sentence speaks of its own mission — no Chinese one is implied.  The previous hit
    only, and no sentence end between it and 驻."""
    if prev is None or any(c in CLAUSE_END for c in text[prev.end:s]):
        return False
    country = prev.country if prev.country is not None else (prev.entry if prev.entry.kind == "country" else None)
    return country is not None and country.iso != CHINA_ISO


@lru_cache(maxsize=1)
def _china_entry() -> Entry | None:
    """China's entry among the world places (the sender of a mission written with none)."""
    return next((e for e in registry()[1].values() if e.iso == CHINA_ISO and e.kind == "country"), None)


_PAIR_DASHES = "—－-–"


def _second_of_dashed_pair(text: str, h: Hit, prev: Hit | None) -> bool:
    """中国—哈萨克斯坦合作委员会, 中国-委内瑞拉高级混合委员会: a country written after another country and a
    dash (one or two) opens, with it, the name of the two countries' joint body (a commission, a
    council, a forum): the organ word after it is no body of the second country alone."""
    k = h.start
    while k > 0 and k > h.start - 2 and text[k - 1] in _PAIR_DASHES:
        k -= 1
    return k < h.start and prev is not None and prev.end == k and prev.entry.label == "Place" \
        and prev.entry.kind == "country"


def _country_prefixed(text: str, hits: list[Hit]) -> list[Hit]:
    """中国商务部 = 商务部; 阿联酋经济部 / 美国国务院 = that country's agency."""
    out: list[Hit] = []
    tails = country_tails()
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.entry.label == "Place" and h.entry.kind == "country" and h.rule == "registry.name" and \
                (end := _mission_end(text, h, nxt)) is not None:
            host = _mission_host(text, h.end, end, nxt)
            out.append(Hit(h.start, end, h.entry, text[h.start:end], rule="registry.mission",
                           norm=text[h.start:end], country=h.entry, label="Agency",
                           standard=_mission_named(text, h, end, host), **host))
            i += 1
            while i < len(hits) and hits[i].start < end:
                i += 1  # the host place and any name read inside the mission's name
            continue
        if h.entry.label == "Place" and (h.entry.kind == "country" or _foreign_city(h.entry)) \
                and h.rule == "registry.name" and (mission := _senderless_mission(text, h, out[-1] if out else None)) is not None:
            if out and out[-1].end > mission.start:
                out.pop()  # (我国 opens the mission's name)
            out.append(mission)  # 驻日本使馆: China's mission, not 日本使馆
            if h.entry.kind != "country":
                out.append(h)  # 驻珀斯总领馆: the city stays a place of the story too (its lead is abroad)
            i += 1
            while i < len(hits) and hits[i].start < mission.end:
                i += 1
            continue
        if h.entry.label == "Place" and h.entry.kind == "country" and h.rule == "registry.name":
            longer = next((t for t, _ in tails if text.startswith(t, h.end)), "")  # 瑞士|联邦最高法院 over 最高法
            status = next((w for w in _STATUS_WORDS if text.startswith(w, h.end)), "")  # 中国|新任|外交部长
            if nxt is not None and nxt.start == h.end + len(status) and nxt.entry.label == "Agency" and \
                    (nxt.entry.national or nxt.entry.kind == _FOREIGN) and len(longer) <= nxt.end - h.end:
                if status and h.entry.iso == CHINA_ISO and nxt.entry.national:
                    out.extend((h, nxt))  # 中国|新任|外交部长: the country and its organ, the status no name's
                elif h.entry.iso == CHINA_ISO and nxt.entry.national:  # 中国外交部, 中华人民共和国国防部
                    nxt.start, nxt.surface = h.start, text[h.start:nxt.end]
                    out.append(nxt)
                else:  # 美国国务院, 日本外交部: the country's own organ
                    out.append(Hit(h.start, nxt.end, nxt.entry, text[h.start:nxt.end], rule="registry.foreign-organ",
                                   norm=h.entry.name + nxt.surface, country=h.entry))
                i += 2
                continue
            if _enterprise_bureau_at(text, h.start):
                out.append(h)  # 中国水电八局: a central enterprise's bureau (a company), not China's organ
                i += 1
                continue
            tail, label = next(((t, ty) for t, ty in tails if text.startswith(t, h.end)
                                and not (t == _TEAM and text[h.end + 1:h.end + 2] in _TEAM_TAIL_NOT_AFTER)), (None, "Agency"))
            if tail is None:
                tail, label = _country_body(text, h.end, h.entry.iso)
            # 瑞士|联邦最高法院, 加拿大|海军太平洋舰队: a name read inside the tail is part of it
            inside = tail is not None and nxt is not None and nxt.start >= h.end and nxt.end <= h.end + len(tail)
            if inside and nxt.start == h.end and nxt.entry.label == "Place" and nxt.entry.kind == "region":
                tail = inside = None  # 加拿大|安大略省: the country and a region of it, no organ
            if tail is not None and _law_of_body(text, h.end + len(tail)):
                tail = None  # 《中华人民共和国城市居民委员会组织法》: the law's, no body of the country named
            if tail is not None and _second_of_dashed_pair(text, h, out[-1] if out else None):
                tail = None  # 中国—哈萨克斯坦合作委员会: the two countries' joint body, not Kazakhstan's
            if tail is not None and (inside or not (nxt is not None and nxt.start < h.end + len(tail))):
                out.append(Hit(h.start, h.end + len(tail), h.entry, text[h.start:h.end + len(tail)],
                               rule="registry.country-organ", norm=h.entry.name + tail, country=h.entry,
                               label=label))
                i += 1
                while inside and i < len(hits) and hits[i].start >= h.end and hits[i].end <= h.end + len(tail):
                    i += 1  # every name read inside the tail (加拿大|海军太平洋舰队: 海军, 太平洋)
                continue
        out.append(h)
        i += 1
    return out


_LAW_OF_BODY = tuple(cue(_R, "law_of_body_tails"))  # 组织法: the law a kind of body is organised by


def _law_of_body(text: str, end: int) -> bool:
    """Does a law's name go on after a country and a body's kind (《中华人民共和国城市居民委员会|组织法》,
    村民委员会组织法)?  The kind of body names the law, not one body of that country."""
    return text.startswith(_LAW_OF_BODY, end)


# a country's ministry named by two fields joined by 和/与 (外交与国际合作部, 农业和土地开发部)
_COUNTRY_JOINED_AGENCY_RE = re.compile(rf"([{HAN}]{{2,4}}?)(?:{cue_alt('agency_cues', 'stem_joiners')})([{HAN}]{{2,5}}?)"
                                       rf"(?:{cue_alt(_R, 'country_agency_suffixes')})"
                                       rf"(?![{cue_chars(_R, 'country_agency_not_after')}])")


def _names_inside(body: str) -> bool:
    """Does a registry name (a country, an organisation) stand inside a would-be ministry's name
    (美国和日本外务省: two countries, no ministry of joined fields)?"""
    return any(True for _ in long_matches(_automaton(), None, body))


_COUNTRY_AGENCY_RE = name_re(cue_alt(_R, "country_agency_suffixes"), 2, 6, split=True,
                             follow=f"(?![{cue_chars(_R, 'country_agency_not_after')}])")
# teams by what only teams are (男/女子, 球队, 代表队) and parties (劳动党, 自民党)
_COUNTRY_TEAM_RE = re.compile(rf"((?:[{HAN}]{{0,4}}?(?:{cue_alt(_R, 'team_modifiers')}))?)({cue_alt(_R, 'team')})"
                              rf"(?![{cue_chars(_R, 'team_not_after')}])|"
                              rf"([{HAN}]{{1,5}}?)({cue_alt(_R, 'party')})(?![{cue_chars(_R, 'party_not_after')}])")
_TEAM = cue(_R, "team")[0]
_WALKWAY_ALIASES, _WALKWAY_AFTER = frozenset(cue(_R, "walkway_alias")), tuple(cue(_R, "walkway_after"))
_WALKWAY_BEFORE = frozenset(cue(_R, "walkway_before"))  # 万|人行: a march of ten thousand people
_NOT_ORGAN_WORDS = cue(_R, "organ_end_not_words")  # 部门: a name's last character begins another word
_TEAM_TAIL_NOT_AFTER = "".join(cue(_R, "team_tail_not_after"))
_COUNTRY_AGENCY_BAD_FIRST = "".join(cue(_R, "country_agency_bad_first"))
_STATUS_WORDS = tuple(cue(_R, "country_organ_status"))  # 新任: between a country and its organ (美国新任财政部长)


_SAR_PLACES = cue(_R, "sar_places")  # 香港, 澳门
_SAR_FULL = cue(_R, "sar_full_suffix")[0]  # 特别行政区
_SAR_GOVERNMENT = cue(_R, "sar_government")[0]  # 政府
_SAR_RE = re.compile(rf"({cue_alt(_R, 'sar_places')})(?:{cue_alt(_R, 'sar_written')})?") if _SAR_PLACES \
    else re.compile("(?!)")  # the region as written before its bodies (香港, 香港特区, 澳门特别行政区)
_SAR_RULE = "registry.sar-organ"
_SAR_TAILS = tuple(sorted(cue(_R, "sar_tails"), key=len, reverse=True))
_SAR_UNIT_RE = name_re(cue_alt(_R, "sar_unit_suffixes"), 2, 8, split=True,
                       follow=f"(?![{cue_chars(_R, 'country_agency_not_after')}])")
_COMPANY_END = "公司"  # …公|司: a company, no bureau (香港电灯公司)


_STATIONED_AT = tuple(cue("agency_cues", "stationed_at"))  # 驻
# the office a government keeps in another place, its host and its words before 办事处/联络处
# (驻|上海经济贸易|办事处): longer than a bureau's stem, bounded all the same
_SAR_STATIONED_RE = name_re(cue_alt("agency_cues", "stationed_organs"), 1, 10, split=True)


def _sar_stationed_end(text: str, i: int) -> int | None:
    """The end of the office a region's government keeps elsewhere, read at `i` (香港特别行政区政府
    驻上海经济贸易办事处, 驻粤经济贸易办事处): 驻, the host and the office's words are its name, the
    government's body (not the host city's office: no 上海市经济贸易办)."""
    at = next((w for w in _STATIONED_AT if text.startswith(w, i)), None)
    if at is None:
        return None
    m = _SAR_STATIONED_RE.match(text, i + len(at), i + len(at) + 13)
    if m is None or _verb_across(text, m.end(1)) or any(w in m.group(1) for w in _SAR_UNIT_NOT_IN):
        return None
    return m.end()


def _sar_unit_end(text: str, i: int) -> int | None:
    """The end of a bureau's name read at `i` after a special administrative region or its
    government (财政司, 金融管理局, 经济财政司, 保安局), as the country grammar reads a ministry;
    or of an office the government keeps in another place (驻上海经济贸易办事处)."""
    if (e := _sar_stationed_end(text, i)) is not None:
        return e
    m = _SAR_UNIT_RE.match(text, i, i + 10)
    if m is None or not unit_stem(m.group(1)) or m.group(1)[0] in _COUNTRY_AGENCY_BAD_FIRST \
            or m.group(0).endswith((_COMPANY_END,) + _false_endings()) or _verb_across(text, m.end(1)) \
            or any(w in m.group(1) for w in _SAR_UNIT_NOT_IN):
        return None  # (香港特区政府|代表包括财政司司长: a list of delegates, no bureau 代表包括财政司)
    return m.end()


_SAR_UNIT_NOT_IN = tuple(cue(_R, "sar_unit_not_in"))  # 包括, 以及: a list's words, in no bureau's name


_SAR_BUREAUS = tuple(tuple(w.split("|", 1)) for w in cue(_R, "sar_bureaus") if "|" in w)  # (香港, 政制及内地事务局)


def _sar_bureaus(text: str, by_name: dict) -> list[Hit]:
    """政制及内地事务局, 财经事务及库务局: a bureau of a region's government whose name holds 及
    (registry_cues sar_bureaus), written without the region; one `str.find` walk per bureau."""
    out: list[Hit] = []
    for place, bureau in _SAR_BUREAUS:
        region = by_name.get(place)
        k = text.find(bureau)
        while k >= 0 and region is not None:
            out.append(Hit(k, k + len(bureau), region, bureau, rule=_SAR_RULE,
                           norm=region.name + _SAR_FULL + _SAR_GOVERNMENT + bureau, label="Agency"))
            k = text.find(bureau, k + len(bureau))
    return out


def _sar_bodies(text: str, hits: list[Hit]) -> list[Hit]:
    """香港特区政府, 澳门特区政府经济财政司, 香港金融管理局, 香港海关: the government of a special
    administrative region and its bureaus are agencies located in the region (jieba's dictionary
    keeps 香港金融管理局 one word, so the region's own hit may be missing: read from the text)."""
    _, by_name = registry()
    bodies: list[Hit] = _sar_bureaus(text, by_name) if "及" in text else []
    if not bodies and (not _SAR_PLACES or not any(p in text for p in _SAR_PLACES)):
        return hits
    for m in _SAR_RE.finditer(text):
        region = by_name.get(m.group(1))
        if region is None or region.label != "Place":
            continue
        i, norm_head = m.end(), region.name
        if text.startswith(_SAR_GOVERNMENT, i):
            i += len(_SAR_GOVERNMENT)
            norm_head = region.name + _SAR_FULL + _SAR_GOVERNMENT
            end = _sar_unit_end(text, i) or i
        else:
            tail = next((t for t in _SAR_TAILS if text.startswith(t, i)), None)
            end = i + len(tail) if tail else _sar_unit_end(text, i)
            if end is None:
                continue
        if any(h.start < m.start() and h.end >= end for h in hits):
            continue  # 中央政府驻澳门特区联络办公室: the region inside a longer registry name is that name's
        bodies.append(Hit(m.start(), end, region, text[m.start():end], rule=_SAR_RULE,
                          norm=norm_head + text[i:end], label="Agency"))
    if not bodies:
        return hits
    covered = [0] * (len(text) + 1)  # prefix sums of the characters the bodies cover (one pass)
    marks = bytearray(len(text))
    for b in bodies:
        marks[b.start:b.end] = b"\x01" * (b.end - b.start)
    for k, v in enumerate(marks):
        covered[k + 1] = covered[k] + v
    kept = [h for h in hits if covered[h.end] == covered[h.start]]
    return sorted(kept + bodies, key=lambda h: (h.start, -h.end))


_INDUSTRY = cue("org_cues", "industry")[0] if cue("org_cues", "industry") else "\x00"  # 业


_TRADES = frozenset(cue("org_cues", "industry_trades"))


def _industry_word(text: str, e: int) -> bool:
    """Does 业 after a company's name close a dictionary word with the name's last word (中国|建筑业,
    中国|银行业: the trade) rather than begin one (中国平安|业绩)?  Trades the dictionary lacks are
    listed (industry_trades: 中国邮政|业业务总量 is the postal trade's volume), and a second 业 right
    after (邮政业|业务) shows the first closes the trade."""
    if text[e:e + 1] != _INDUSTRY:
        return False
    if text[e + 1:e + 2] == _INDUSTRY:
        return True
    from ..text import word_freq
    if any(word_freq().get(text[e - k:e + 1]) for k in (2, 3) if e - k >= 0):
        return True
    # (a listed trade only where 业 opens no word: 中国邮政|业务收入 stays the company's)
    return not word_freq().get(text[e:e + 2]) and any(text[e - k:e + 1] in _TRADES for k in (2, 3, 4) if e - k >= 0)


def _enterprise_bureau_at(text: str, i: int) -> bool:
    """Does a central enterprise's bureau written short open at `i` (中国水电八局: enterprise_bureaus.tsv)?
    The country's name opens it, but the whole is a company, read by the organisation finder."""
    from .entities.organizations import ENTERPRISE_BUREAU_RE
    return ENTERPRISE_BUREAU_RE.match(text, i) is not None


def _country_body(text: str, i: int, iso: str | None = None) -> tuple[str | None, str]:
    """A body named by a country + a short stem + 部/省/厅/局/署/委员会 (芬兰农林部, 日本文化厅,
    俄罗斯国家统计委员会: Agency) or + 队/团 (德国男子网球队: Organization), read after `i`.
    省 names a ministry only in the countries that call them so (日本外务省, 朝鲜外务省); elsewhere
    it is a province (越南|广宁省, 老挝|琅勃拉邦省, 韩国|京畿道与辽宁省: no body)."""
    body, label = _country_body_at(text, i)
    if body is not None and label == "Agency" and body.endswith(_NOT_BY_SOUND) and iso not in _SHENG_MINISTRIES:
        return None, "Agency"
    return body, label


_SHENG_MINISTRIES = frozenset(cue(_R, "country_ministry_sheng"))  # JP, KP: 外务省, 防卫省


def _country_body_at(text: str, i: int) -> tuple[str | None, str]:
    m = _COUNTRY_AGENCY_RE.match(text, i, i + 9)
    if m and _province_by_sound(m.group(1), m.group(0)):
        return None, "Agency"  # 伊朗|霍尔木兹甘省: a province (the gazetteer's), no ministry
    if m and _unit_ok(m.group(1)) and m.group(1)[0] not in _COUNTRY_AGENCY_BAD_FIRST and not _verbal(m.group(1)) \
            and not m.group(0).endswith(_false_endings()) and not _verb_across(text, m.end(1)) \
            and m.group(0) not in VILLAGE_LEVEL_ORGANS:  # (中华人民共和国|村民委员会组织法: a kind, in a law's title)
        return m.group(0), "Agency"
    m = _COUNTRY_JOINED_AGENCY_RE.match(text, i, i + 12)
    if m and all(_unit_ok(p) and p[0] not in _COUNTRY_AGENCY_BAD_FIRST and not _verbal(p) for p in (m.group(1), m.group(2))) \
            and not m.group(0).endswith(_false_endings()) and not _verb_across(text, m.end() - 1) \
            and not _names_inside(m.group(0)):
        return m.group(0), "Agency"  # 阿联酋|外交与国际合作部, 马来西亚|农业和土地开发部(长)
    m = _COUNTRY_TEAM_RE.match(text, i, i + 8)
    if m:
        stem = m.group(1) if m.group(2) else m.group(3)
        if _unit_ok(stem) and not (stem and _verbal(stem)):
            return m.group(0), "Organization"
    return None, "Agency"


_NOT_BY_SOUND = tuple(cue(_R, "country_agency_not_by_sound"))  # 省
_COMPASS_WORDS = place_chars("foreign_division_prefixes")  # 东西南北上下


def _province_by_sound(stem: str, name: str) -> bool:
    """Is a would-be ministry a country's province written by sound (霍尔木兹甘省: every character of
    the stem one of transliteration), where the head is a division's word too (省; 日本外务省 is no
    such name: 外, 务 are not characters of sound)?  A compass word may open it (德国|下莱茵省)."""
    if stem[:1] and stem[0] in _COMPASS_WORDS:
        stem = stem[1:]
    return name.endswith(_NOT_BY_SOUND) and len(stem) >= 2 and all(c in _TRANSLITERATION for c in stem)


def _verb_across(text: str, k: int) -> bool:
    """Is the character before `k` and the one at it a verb of jieba's dictionary (签署 in
    印度尽快签署, 部署)?  Then the head word is part of that verb, not an agency's suffix."""
    return (_word_tags().get(text[k - 1:k + 1]) or "").startswith("v")


def _holds_body(starts: list[int], s: int, e: int) -> bool:
    """Does another organ's or organisation's name open inside a would-be unit's stem (中共中央办公厅|
    国务院办公厅: two organs written back to back)?  Then the stem is no unit of the first one."""
    k = bisect_right(starts, s - 1)
    return k < len(starts) and starts[k] < e


def _unit_ok(stem: str, joined: bool = False) -> bool:
    """No character a unit's name never holds; with `joined` (a national organ's unit), one joiner between
    two fields (法规与标准司) is no such character."""
    bad = set(stem) & _NOT_IN_UNIT
    return not bad or (joined and bad <= _UNIT_JOINERS and _two_fields(stem))


def _two_fields(stem: str) -> bool:
    """法规与标准: one joiner between two fields of two characters or more (a department's name)."""
    k = next((i for i, ch in enumerate(stem) if ch in _UNIT_JOINERS), -1)
    return k >= 2 and len(stem) - k - 1 >= 2 and not any(ch in _UNIT_JOINERS for ch in stem[k + 1:])


def unit_stem(stem: str, joined: bool = False) -> bool:
    """Can `stem` be the name of a unit written right after its body (预算 of 财政部预算司, 公共卫生
    of 耶鲁大学公共卫生学院)?  No character a unit's name never holds, and not opening with what a
    body does or holding a function word (`_verbal`)."""
    return _unit_ok(stem, joined) and not _verbal(stem, joined) and not _post_then_words(stem)


def _post_then_words(stem: str) -> bool:
    """Does a post's title stand inside the would-be unit's name with words after it (发改委|谢主任一行来|
    公司: the body's officer and what they did, no unit)?  A post that ends the stem names an office
    of it (校长办公室), and so does one character after it, which opens the unit's word with the suffix
    (驻澳门特派员|公|署: the commissioner's office)."""
    from .entities.agencies import POST_IN_STEM
    m = POST_IN_STEM.search(stem)
    return m is not None and m.end() < len(stem) - 1


# the CPPCC's name: the local committees it opens (中国人民政治协商会议|湖北省委员会) are the places'
# own bodies (湖北省政协, read by the agencies stage), no units of its national committee; so are the
# party's (中国共产党|马尔康市第三届委员会: 马尔康市委, sichuan62)
_CPPCC_NAMES = frozenset(cue("agency_cues", "cppcc_prefix")) | frozenset(cue("agency_cues", "party_prefixes"))


def _opens_with_division(stem: str) -> bool:
    """Does a unit's name open with a division's full name (湖北省委员会, 邯郸市委员会)?"""
    from ..divisions import table
    names = table().by_name
    return any(stem[:n] in names for n in range(3, min(len(stem), 8) + 1))


_ENTERPRISE_UNIT_NOT_FIRST = frozenset("".join(cue("registry_cues", "enterprise_unit_not_first")))  # 省市县…


def _units(text: str, hits: list[Hit]) -> list[Hit]:
    """农业部渔业局, 财政部预算司: a unit named right after a national organ."""
    out: list[Hit] = []
    skip_until = -1
    bodies = sorted(h.start for h in hits if h.entry.label != "Place")
    by_start = {h.start: h for h in hits}
    for h in hits:
        if h.start < skip_until:
            continue
        if (end := _stationed_group_end(text, h, by_start)) is not None:
            out.append(Hit(h.start, end, h.entry, text[h.start:end], former=h.former,
                           rule="registry.unit", norm=text[h.start:end], written=h.surface))
            skip_until = end  # 中央纪委国家监委驻国家电网有限公司纪检监察组: one group, the host inside its name
            continue
        if h.entry.table in ("organs_national", "intl_orgs", "media") and h.country is None:
            m = _UNIT_RE.match(text, h.end) or _long_place_unit(text, h.end)
            if m and _unit_name_after(text, m, joined=h.entry.table == "organs_national") \
                    and not _holds_body(bodies, h.end, m.end(1)) \
                    and not (h.surface in _CPPCC_NAMES and _opens_with_division(m.group(1))) \
                    and not m.group(0).endswith(_false_endings()) \
                    and not text.startswith(_false_continuations(), m.end() - 1) \
                    and not _holder_after_post(text, m.end(1)) \
                    and not (h.entry.kind == _ENTERPRISE and m.group(0)[:1] in _ENTERPRISE_UNIT_NOT_FIRST):
                end = _branch_end(text, m.end())
                out.append(Hit(h.start, end, h.entry, text[h.start:end], former=h.former,
                               rule="registry.unit", norm=text[h.start:end], written=h.surface))
                skip_until = end
                continue
        out.append(h)
    return out


_DISCIPLINE_NATIONAL = frozenset(cue(_R, "discipline_national"))  # 中央纪律检查委员会, 国家监察委员会
_DISCIPLINE_STATIONED = tuple(cue("agency_cues", "discipline_stationed"))  # 派驻, 驻
_DISCIPLINE_GROUPS = tuple(cue("agency_cues", "discipline_groups"))  # 纪检监察组, 纪检组


def _stationed_group_end(text: str, h: Hit, by_start: dict[int, Hit]) -> int | None:
    """中央纪委国家监委驻国家电网有限公司纪检监察组, 中央纪委国家监委驻交通运输部纪检组 (jijian100): the
    national discipline commission, 驻, a body of the registry and the group's words are one group
    the commission stations in that body (as 市纪委监委驻市教育局纪检监察组 is the city's, read by the
    agencies stage), not the commission nor a mission of it; where the group ends, else None."""
    if h.entry.name not in _DISCIPLINE_NATIONAL or h.country is not None:
        return None
    word = next((w for w in _DISCIPLINE_STATIONED if text.startswith(w, h.end)), None)
    host = by_start.get(h.end + len(word)) if word else None
    if host is None or host.entry.label == "Place":
        return None
    group = next((w for w in _DISCIPLINE_GROUPS if text.startswith(w, host.end)), None)
    return host.end + len(group) if group else None


def _branch_end(text: str, end: int) -> int:
    """Where a national organ's local office ends when its own branch follows it (国家税务总局东莞市税务局|
    第一税务分局, 国家税务总局安吉县税务局|递铺税务所): the branch, named by the whole chain, as the
    agencies stage names it after a local bureau; else `end` unchanged."""
    from .entities.agencies import TAX_BRANCH_PARENTS, tax_branch
    if not text.endswith(TAX_BRANCH_PARENTS, 0, end):
        return end
    b = tax_branch(text, end)
    return b.end() if b else end


def _unit_name_after(text: str, m: re.Match, joined: bool) -> bool:
    """Can `m` (`_UNIT_RE` right after a body's name) be the name of one of its units?  A stem that
    opens with a division's name, full or short, is an office named by its place (成都 of 中国人民银行
    成都分行, 成都市|税务 of 国家税务总局成都市税务局): only what follows the place is read as a unit's
    words, so 都 of 成都 is no adverb and 安分 across 西安|分行 no verb."""
    stem = m.group(1)
    k = place_prefix(stem)
    return k == len(stem) or unit_stem(stem[k:], joined) and not _verb_across(text, m.end(1))


def _long_place_unit(text: str, i: int) -> re.Match | None:
    """A unit at i whose stem opens with a long division's name (广西壮族自治区|税务 of 国家税务总局广西壮族
    自治区税务局, 新疆维吾尔自治区|分): longer than the plain unit's stem allows, or None."""
    m = _LONG_UNIT_RE.match(text, i)
    return m if m is not None and place_prefix(m.group(1)) >= _LONG_PLACE else None


_UNIT_PLACE_LEVELS = ("province", "city", "county")


@lru_cache(maxsize=1024)
def unit_place_code(surface: str, written: str) -> str | None:
    """中国人民银行兰州中心支行, 国家金融监督管理总局绵阳监管分局, 建设银行绵阳分行, 人行义乌市支行: a
    unit of a national organ or company named by the place it serves (its organ as written, then a
    division's name, then the unit's word) sits in that division, though the place is no mention
    of its own (`settle_overlaps`); a headquarters named by its seat (上海总部) serves the organ.
    The division's code where the name reads one (a short name of one city and of counties: the
    city's, as 朝阳 of 朝阳分行), else None (农业农村部办公厅)."""
    if not surface.startswith(written):
        return None
    rest, code = surface[len(written):], None
    while (n := place_prefix(rest)) and n < len(rest):  # 工行安庆宿松支行: 宿松县 of 安庆市
        if rest.startswith(_BASIN_WORDS, n):
            break  # 水利部太湖流域管理局: the lake's basin the unit serves, no 太湖县 (shuili89)
        inner = _unit_division(rest[:n], code)
        if inner is None:
            break
        rest, code = rest[n:], inner
    if rest in _PLACELESS_UNITS:  # 国家林业局资源司: a department named by its trade, no 资源县
        return None
    return None if rest in _SEAT_UNITS else code  # (中国人民银行上海总部: the organ's, seated there)


_SEAT_UNITS = frozenset(cue(_R, "seat_unit_suffixes"))
# what only a river or lake has (流域, 上游, 干流: place_grammar water_short_after) after the name a unit opens with:
# a basin's unit (水利部太湖流域管理局), named by the water, not by a division of the same name
_BASIN_WORDS = tuple(place_words("water_short_after"))
_PLACELESS_UNITS = frozenset(cue(_R, "placeless_unit_suffixes"))


def _unit_division(name: str, outer: str | None) -> str | None:
    """The one division `name` reads in a unit's name (a city's over counties of the short name;
    under `outer`, the division written before it, when there is one), else None."""
    from ..divisions import table
    t = table()
    cands = [d for d in t.candidates(name) or t.short_candidates(name) if d.level in _UNIT_PLACE_LEVELS
             and (outer is None or (d.code.startswith(outer.rstrip("0")) and d.code != outer))]
    provinces = [d for d in cands if d.level == "province"]
    if len(provinces) == 1 and all(d.level == "province" or d.name.endswith(_PREFECTURE_END) for d in cands):
        return provinces[0].code  # 中国移动通信集团海南有限公司: the province 海南, no 海南藏族自治州 (海南州) (qianxin106)
    cities = [d for d in cands if d.level == "city"]
    pick = cities if len(cities) == 1 else cands
    return pick[0].code if len({d.code for d in pick}) == 1 else None


# an autonomous prefecture's stem alone is no customary name of it (海南州, not 海南): a province's short name wins
_PREFECTURE_END = tuple(place_words("autonomous_prefecture"))


def place_prefix(stem: str) -> int:
    """The length of the longest division name, full or short, that `stem` opens with (0: none)."""
    from ..divisions import table
    t = table()
    return next((n for n in range(min(len(stem), 8), 1, -1)
                 if stem[:n] in t.by_name or stem[:n] in t.by_short), 0)


def _holder_after_post(text: str, k: int) -> bool:
    """全国人大常委会原副委员长|司马义·铁力瓦尔地: the would-be unit's stem ends with a post and its
    suffix opens a family name (司马): the post's holder is named there, no unit 原副委员长司."""
    return post_ending_at(text, k) is not None and _surname_at(text, k) is not None


@lru_cache(maxsize=1)
def _action_words() -> tuple[str, ...]:
    words = {r["word"] for r in L.load_table("organs_not_unit") if r["word"] and r["where"] == "start"}
    return tuple(sorted(words | set(L.ISSUE_VERBS) | set(L.RUN_VERBS), key=len, reverse=True))


@lru_cache(maxsize=1)
def _false_endings() -> tuple[str, ...]:
    return tuple(sorted({r["word"] for r in L.load_table("organs_not_unit") if r["where"] == "end"},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _false_continuations() -> tuple[str, ...]:
    """Words a would-be unit's last character opens (部|署 of 决策部署): no unit ends there."""
    return tuple(sorted({r["word"] for r in L.load_table("organs_not_unit") if r["where"] == "across"},
                        key=len, reverse=True))


def _verbal(stem: str, joined: bool = False) -> bool:
    """Does the would-be unit name open with what an organ does (部署各地…局, 印发…办公室), or hold
    a pronoun, preposition, conjunction or particle (jieba's tags p, c, u, r)?  jieba's verb tag
    alone decides nothing: unit names are made of words it tags as verbs (预算司, 统计局)."""
    if stem.startswith(_action_words()):
        return True
    from ..text import segmenter as _segmenter
    _segmenter()
    import jieba.posseg as pseg
    words = pseg.lcut(stem, HMM=False)
    return any(w.flag[:1] in ("p", "c", "u", "r") and not (joined and _inner_joiner(words, k))
               for k, w in enumerate(words))


def _inner_joiner(words: list, k: int) -> bool:
    """Is word k a 与/和 joining two words of two characters or more inside the unit's name (生态环境部|法规与标准司,
    工业和信息化部|科技与财务司)?  A ministry's department names its two fields so (national41); a joiner
    opening or closing the stem (与国家统计局) joins two bodies, no unit."""
    return words[k].word in _UNIT_JOINERS and 0 < k < len(words) - 1 \
        and len(words[k - 1].word) >= 2 and len(words[k + 1].word) >= 2


_UNIT_JOINERS = frozenset(cue(_R, "unit_inner_joiners"))


# --------------------------------------------------------------------------- the component

_FOREIGN_CITY_RE = re.compile(rf"([{HAN}]{{2,5}}?(?:{cue_alt(_R, 'foreign_city_suffixes')}))(?={cue_alt(_R, 'foreign_city_follow')})")
_FOREIGN_CITY_NOT_IN = frozenset("".join(cue(_R, "foreign_city_not_in")))


def _foreign_cities(text: str, hits: list[Hit], places: list[Mention]) -> list[Hit]:
    """日本大分市市长佐藤树一郎, 韩国扶余郡议长, 新西兰北帕默斯顿市青年使者代表团: a city or county the
    registry does not list, written right after its (foreign) country and before a word of city
    diplomacy, is a world city of that country; the article's later mentions of the same name
    (大分市代表团, 武汉市和大分市建立友好城市关系) are it too.  Not where a division's place is read.
    A company's short name inside it (新|海尔|采格市) is no hindrance: the caller drops it."""
    out: list[Hit] = []
    taken = [(m.astart, m.aend) for m in places] + [(h.start, h.end) for h in hits if h.entry.kind != _ENTERPRISE]
    brands = [(h.start, h.end) for h in hits if h.entry.kind == _ENTERPRISE]  # 黑山共和国新|海尔|采格市
    for h in hits:
        if h.entry.label != "Place" or h.entry.kind != "country" or h.entry.iso in (None, CHINA_ISO) \
                or h.rule != "registry.name":
            continue
        m = _FOREIGN_CITY_RE.match(text, h.end)
        if m is None or _FOREIGN_CITY_NOT_IN & set(m.group(1)) \
                or set(m.group(1)[:-1]) & set(cue(_R, "foreign_city_suffixes")):
            continue  # (日本佐贺县小城市友好访问团: no 佐贺县小城市)
        name = m.group(1)
        read = [p for p in places if p.attrs.get("code") is None and p.attrs.get("level") == "region"
                and (p.norm or p.surface) == name]
        if any(p.astart == h.end for p in read):  # 丹麦|斯劳厄尔瑟市: the gazetteer read it by sound
            for p in read:
                p.attrs.update(registry="world_places", country=h.entry.iso)
            continue
        entry = Entry(name, "Place", "city", "world_places", country=h.entry.iso)
        start = h.end
        while start >= 0:
            end = start + len(name)
            if not any(a < end and start < b for a, b in taken) and \
                    not any(a < end and start < b and not start <= a < b <= end for a, b in brands):
                out.append(Hit(start, end, entry, name, rule="registry.foreign-city"))
                taken.append((start, end))
            start = text.find(name, end)
    return out


def _brand_in_city(h: Hit, cities: list[Hit]) -> bool:
    """Is a company's name (a brand's short form: 海尔, 丰田) written inside a foreign city's name
    read by sound after its country (黑山共和国新|海尔|采格市, 日本|丰田|市市长)?  Then the characters
    spell the city, and no company is named."""
    return h.entry.kind == _ENTERPRISE and any(c.start <= h.start and h.end <= c.end for c in cities)


def _attrs(h: Hit) -> dict:
    e = h.entry
    a: dict = {"registry": e.table}
    if h.rule == _SAR_RULE:  # a special administrative region's body: located in the region
        return dict(a, sar=e.code, sar_name=e.name)
    if h.country is not None:  # a foreign agency
        a["country"] = h.country.iso
        if h.standard and h.standard != h.norm:  # (`_missions_named_in_full`, and the posts stage's envoys)
            a["standard_name"] = a["alias"] = h.standard  # 中国驻巴新使馆, also 中国驻巴布亚新几内亚大使馆
        if h.host is not None and h.host.code:  # a mission: where it is stationed
            a.update(host=h.host.name, host_code=h.host.code, host_level=_PLACE_LEVELS.get(h.host.kind, "region"),
                     host_iso=h.host.iso, host_country=h.host.country)
        elif h.host_name:
            a["host"] = h.host_name
        return a
    if h.rule == _PROVINCE_ABROAD_RULE:  # 万象省: a province of the city's country, coded under it
        return dict(a, code=f"iso-{e.country}-{short_hash(h.norm, 8)}", level=_PLACE_LEVELS["region"], country=e.country)
    if e.label == "Place":
        a.update(code=e.code, level=_PLACE_LEVELS.get(e.kind, "region"))
        if h.rule == "registry.anaphora":
            a["anaphor"] = True
        if e.iso:
            a["iso"] = e.iso
        if e.country:
            a["country"] = e.country
        if e.domestic:  # (the posts stage: no foreign place that might own a post written beside it)
            a["domestic"] = True
        return a
    if h.rule == "registry.unit":
        a["organ"] = e.name
        if e.national:  # 农业农村部办公厅: a central organ's own unit (a notice it issues is the country's)
            a["national_unit"] = True
        if h.written and h.written != e.name:
            a["organ_written"] = h.written
            if e.table == "organs_national":
                a["alias"] = h.surface  # 国家卫生计生委宣传司, as written beside its standard name
        return a
    else:
        if e.parent:
            a["parent_org"] = e.parent
        if e.national:
            a["national"] = True
        if e.place:
            a["located"] = e.place
    a["alias"] = h.surface  # as written (党中央), also where the source breaks the line inside it
    if h.former:
        a["former"] = h.former
    return a


@component("registry", reads=("article.text", "doc.mentions[Place]"), writes=("doc.mentions[Place,Agency,Organization]",))
def make_registry():
    """World places, national organs (current names for former ones), international organisations, media."""
    registry()

    def find(doc: Doc) -> Doc:
        taken: dict[str, list[Mention]] = {}
        for m in doc.mentions:
            if m.label == "Place" and m.astart >= 0:
                taken.setdefault(m.article, []).append(m)
        found: list[tuple[Article, Hit]] = []
        replaced: set[int] = set()
        for art in doc.articles:
            places = taken.get(art.id, [])
            crossing_places = SpanIndex(places, lambda m: (m.astart, m.aend))
            division_openings = _division_openings(places)  # (read once: per hit it made the stage quadratic)
            division_stems = _division_stems(places)  # (松下 of 松下镇: read once per article, as the openings)
            ending_at: dict[int, list[Mention]] = {}
            for m in places:
                ending_at.setdefault(m.aend, []).append(m)
            bounds = _Boundaries(art)
            place_ends = {m.aend for m in places}
            given = given_name_spans(art.text)
            for h in find_registry_names(art.text, bounds):
                if inside_given_name(given, h.start, h.end):
                    continue  # 副主席任红海, 陈华为、…等同志: a person's given name, no sea nor company
                if h.entry.label == "Place" and h.rule != _SAR_RULE:
                    if _in_person_name(art.text, h.start, place_ends, h.end, bounds) or \
                            _country_opens_name(art.text, h, place_ends) or _opens_division_named(h, division_openings):
                        continue
                    crossing = crossing_places.crossing(h.start, h.end)
                    if any(not (h.start <= m.astart and m.aend <= h.end and h.end - h.start > m.aend - m.astart)
                           for m in crossing):
                        continue  # the division table's place (with its code) is already there
                    replaced.update(id(m) for m in crossing)  # 青海 inside 青海湖: the lake
                elif h.entry.kind in (_ENTERPRISE, _ACADEMY) and h.surface != h.entry.name and \
                        h.surface in division_stems:
                    continue  # 松下镇松下客运码头, 南开区…南开融媒: the place's short name, no 松下电器, no 南开大学
                elif h.entry.kind == _ENTERPRISE and h.rule == "registry.name":
                    before = next((m for m in ending_at.get(h.start, ()) if m.attrs.get("level") in _HOME_LEVELS), None)
                    if before is not None:  # 深圳|华为公司: the company's local body, named with its place
                        h.start, h.surface = before.astart, art.text[before.astart:h.end]  # (its place: settle_overlaps)
                elif _local_counterpart(art.text, h, ending_at):
                    continue  # 邯郸市|外汇局, 县|民航局: a local branch, not the national organ its short name is
                found.append((art, h))
            found.extend((art, h) for h in _listed_short_organs(art.text, [h for a, h in found if a is art]))
            cities = _foreign_cities(art.text, [h for a, h in found if a is art], places)
            found = [(a, h) for a, h in found if a is not art or not _brand_in_city(h, cities)]
            found.extend((art, h) for h in cities)
        if replaced:
            doc.mentions = [m for m in doc.mentions if id(m) not in replaced]
        distinct = _distinct_formers([h for _, h in found])
        held = {h.former for art, h in found if h.former and _former_head_after(art.text, h)}  # 铁道部部长: all its mentions
        for art, h in found:
            label = h.label or ("Agency" if h.country is not None else h.entry.label)  # (SAR bodies: Agency)
            norm = h.norm or h.entry.name
            if h.former and h.rule == "registry.name" and \
                    ((h.entry.name, h.former) in distinct or h.former in held):
                norm = h.former  # 电监会 beside 国家能源局: two bodies at the time of writing
            if h.rule == "registry.unit":
                norm = _unit_norm(h)
            doc.add_mention(art, h.start, h.end, label, h.rule, norm=norm, **_attrs(h))
            if h.rule == _SAR_RULE:
                _add_sar_region(doc, art, h)
        _namesake_cities(doc)
        _compass_regions_abroad(doc)
        _uncoded_divisions_abroad(doc)  # waishi88: 智利纽夫莱大区|奇廉市 — the region read by sound coded
        # under its country first, so the divisions named under it below are found (again after them)
        _divisions_under_abroad(doc)
        _named_divisions_abroad(doc)
        _headed_divisions_abroad(doc)
        _uncoded_divisions_abroad(doc)
        _same_division_again(doc)
        _missions_named_in_full(doc)
        return doc

    return find


def _division_openings(places: list[Mention]) -> frozenset[str]:
    """The first two characters of every division of China's the article names by a longer name
    (巴林 of 巴林左旗): what `_opens_division_named` looks a foreign name up in, built once per article
    (a scan of every place per hit made the stage quadratic on a long list of meetings)."""
    return frozenset((m.norm or m.surface)[:2] for m in places
                     if len(m.norm or m.surface) > 2 and m.attrs.get("code")
                     and not str(m.attrs.get("code")).startswith("iso-"))


def _division_stems(places: list[Mention]) -> frozenset[str]:
    """The stems of the coded divisions the article names with their level's word (松下 of 松下镇, 格力
    of a 格力镇): a company's short name written so in that article is the place's short name (松下镇
    松下客运码头: the town's pier), no company (松下电器)."""
    out = set()
    for m in places:
        name = m.norm or m.surface
        if m.attrs.get("code") and not str(m.attrs.get("code")).startswith("iso-"):
            suffix = next((w for w in _DIVISION_LEVEL_WORDS if name.endswith(w)), None)
            if suffix and len(name) - len(suffix) >= 2:
                out.add(name[:-len(suffix)])
    return frozenset(out)


_DIVISION_LEVEL_WORDS = ("街道", "镇", "乡", "县", "区", "市")


def _opens_division_named(h: Hit, openings: frozenset[str]) -> bool:
    """Is a foreign place's name (巴林) the opening of a division of China's that the article names
    (巴林左旗, 巴林右旗)?  There the bare name is the banners' country and its produce (巴林石雕: the
    stone of 巴林右旗), never Bahrain; only two-character names of countries (a river keeps its name
    beside the town named after it: 长江 and 长江镇)."""
    return len(h.surface) == 2 and h.entry.label == "Place" and (h.entry.code or "").startswith("iso-") \
        and h.surface in openings


def _unit_norm(h: Hit) -> str:
    """A national organ's unit under its organ's standard name where the organ is written by a short
    form (国家发展改革委政策研究室 → 国家发展和改革委员会政策研究室, 发改委…): one unit whatever short
    name the organ was written by, as the organ itself is one entity.  A former organ's unit keeps
    the name it had (农业部农机化司: the renamed ministry's units were renamed too, 农业机械化管理司)."""
    written = h.written or ""
    if h.entry.table != "organs_national" or h.former or not written or not h.surface.startswith(written) \
            or written == h.entry.name:
        return h.norm or h.surface  # (新华社上海分社: a medium's and an organisation's units keep their usual name)
    return h.entry.name + h.surface[len(written):]


_NATIONAL_OPENERS = tuple(cue(_R, "national_openers"))  # 国家, 中国, 中央: a short name that says it is national
_LEVEL_KIND_CHARS = frozenset("".join(cue(_R, "level_kind_chars")))  # 级: 省级, 各级
_LOCAL_CLASS_WORDS = tuple(cue(_R, "local_class_words"))  # 地方: 地方港澳办, the offices of every place
_SECOND_NAME_BRACKETS = {"（": "）", "(": ")"}
_OFFICE_ENDS = tuple(cue(_R, "shared_office_ends"))  # 办, 办公室: an office that bears a second name
_SCOPE_CHARS = frozenset(s for s, _lvl in L.RELATIVE_SCOPES.items() if len(s) == 1)  # 省, 市, 县, 区 …


def _local_counterpart(text: str, h: Hit, ending_at: dict[int, list[Mention]]) -> bool:
    """Is a national organ found by a bare short name (外汇局, 民航局) written right after a
    division's name or a relative scope (邯郸市外汇局, 县民航局)?  Then it is the local branch of
    that place, not the national organ: no national mention (the full name, or one opening with
    国家/中国, is national wherever it stands).  After a level's word (省级|贸促会, 各级|红十字会) the
    short name means the bodies of that level in general, organisation or organ: no national one."""
    if h.surface == h.entry.name or h.surface.startswith(_NATIONAL_OPENERS):
        return False
    if h.start > 0 and text[h.start - 1] in _LEVEL_KIND_CHARS or text.endswith(_LOCAL_CLASS_WORDS, 0, h.start):
        return True
    if h.entry.label != "Agency" and h.entry.kind != _MASS:
        return False  # (a people's organisation has branches at every level: 市对外友协, 县红十字会)
    if h.entry.label == "Agency" and _second_name_in_brackets(text, h.start, h.end):
        return True
    if any(m.attrs.get("level") in _HOME_LEVELS for m in ending_at.get(h.start, ())):
        return True
    return h.start > 0 and text[h.start - 1] in _SCOPE_CHARS and _opens_word(text, h.start - 1)


_LIST_SPACES = " \u3000\t"  # what sets apart the names of a line of signers (生态环境部 发展改革委)
_LISTED_SHORT_REACH = 10  # characters of a short name read beside a national organ at the most
_NATIONAL_OPENER = cue(_R, "national_openers")[0]  # 国家: what a national administration's short form drops


def _listed_short_organs(text: str, hits: list[Hit]) -> list[Hit]:
    """市场监管总局 能源局, 能源局 国家统计局: a national administration's name without its 国家
    (能源局 of 国家能源局), written as a whole word beside a national organ and apart from it by spaces
    only, as the signers of a joint notice are listed: that organ, not a bare word (alone, 能源局 is a
    province's or a city's as often: 省发展改革委、能源局等省有关部门 is read as before).  Each name
    found so is a neighbour in turn (市场监管总局 能源局 林草局)."""
    surfaces = registry()[0]
    taken = {(h.start, h.end) for h in hits}
    todo = [h for h in hits if h.entry.national and h.entry.label == "Agency"]
    out: list[Hit] = []
    while todo:
        h = todo.pop()
        for s, e in (_word_after(text, h.end), _word_before(text, h.start)):
            if e - s < 2 or (s, e) in taken or any(s < t[1] and t[0] < e for t in taken):
                continue
            entry, former = surfaces.get(_NATIONAL_OPENER + text[s:e], (None, None))
            if entry is None or former is not None or not entry.national or entry.label != "Agency":
                continue
            hit = Hit(s, e, entry, text[s:e], rule="registry.listed-short", norm=entry.name)
            taken.add((s, e))
            out.append(hit)
            todo.append(hit)
    return out


def _word_after(text: str, k: int) -> tuple[int, int]:
    """The span of the word set apart by spaces right after k (spaces required; nothing but Chinese
    up to the next space or the line's end), (0, 0) when none."""
    s = k
    while s < len(text) and text[s] in _LIST_SPACES:
        s += 1
    if s == k:
        return 0, 0
    e = s
    while e < len(text) and e - s <= _LISTED_SHORT_REACH and is_han(text[e]):
        e += 1
    if e - s > _LISTED_SHORT_REACH or (e < len(text) and text[e] not in _LIST_SPACES and text[e] not in "\r\n"):
        return 0, 0
    return s, e


def _word_before(text: str, k: int) -> tuple[int, int]:
    """The span of the word set apart by spaces right before k, as `_word_after` reads one after it."""
    e = k
    while e > 0 and text[e - 1] in _LIST_SPACES:
        e -= 1
    if e == k:
        return 0, 0
    s = e
    while s > 0 and e - s <= _LISTED_SHORT_REACH and is_han(text[s - 1]):
        s -= 1
    if e - s > _LISTED_SHORT_REACH or (s > 0 and text[s - 1] not in _LIST_SPACES and text[s - 1] not in "\r\n"):
        return 0, 0
    return s, e


def _opens_word(text: str, k: int) -> bool:
    """Does the scope character at `k` open a word: nothing written before it but no Chinese, or the
    date a story opens with (12月20日|省发改委…调研组到魏都区: the province's commission, not the
    national one)?"""
    return k < 1 or not is_han(text[k - 1]) or (text[k - 1] == "日" and k >= 2 and text[k - 2].isdigit())


def _second_name_in_brackets(text: str, s: int, e: int) -> bool:
    """Is a short name written alone in brackets right after a body's name (山东省外办(港澳办)副主任,
    市委外办(港澳办)): the second name of the office written before it, which that office bears too
    (one office of a province or a city under two names), not the national organ so called?"""
    close = _SECOND_NAME_BRACKETS.get(text[s - 1:s]) if s >= 2 else None
    return close is not None and text.startswith(close, e) and text.endswith(_OFFICE_ENDS, 0, s - 1)


def _mention_country(m: Mention) -> str | None:
    """The ISO code of the country a world place mention is (a country) or is part of (a region or
    city of the world table, however the gazetteer or the registry read it), else None."""
    if m.label != "Place":
        return None
    if m.attrs.get("level") == "country":
        return m.attrs.get("iso")
    if m.attrs.get("country"):
        return m.attrs["country"]
    entry = registry()[1].get(m.norm or m.surface)
    return entry.country if entry is not None and entry.label == "Place" else None


def _namesake_cities(doc: Doc) -> None:
    """美国加州|圣地亚哥: a world city written right after a place of another country is that
    country's namesake city (San Diego, not Chile's Santiago): same name, a code under the country
    named before it, never the table's city; so are its other mentions in the text, unless the
    text names the table city's own country too (美国加州圣地亚哥和智利圣地亚哥)."""
    by_start: dict[tuple[str, int], Mention] = {}
    moved: dict[tuple[str, str], str] = {}  # (name, table's country) → the namesake's country
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0:
            by_start[(m.article, m.aend)] = by_start.get((m.article, m.aend)) or m
    for m in doc.mentions:
        if m.label != "Place" or m.astart < 0 or m.attrs.get("registry") != "world_places" \
                or m.attrs.get("level") != _PLACE_LEVELS["city"]:
            continue
        own = _mention_country(m)
        before = by_start.get((m.article, m.astart))
        country = _mention_country(before) if before is not None else None
        if own and country and country != own and country != CHINA_ISO:
            _recode_city(m, country)
            moved[(m.norm or m.surface, own)] = country
    if not moved:
        return
    countries = {m.attrs.get("iso") for m in doc.mentions if m.label == "Place" and m.attrs.get("level") == "country"}
    for m in doc.mentions:
        if m.label == "Place" and m.attrs.get("registry") == "world_places" \
                and m.attrs.get("level") == _PLACE_LEVELS["city"]:
            own = _mention_country(m)
            country = moved.get((m.norm or m.surface, own))
            if country and own not in countries and not m.attrs.get("code", "").startswith(f"iso-{country}-"):
                _recode_city(m, country)


def _compass_regions_abroad(doc: Doc) -> None:
    """日本|东北的岩手县, 美国|西北部: China's macro-region named by a compass word (东北, 西北, 西南),
    written right after a place abroad, is a region of that place's country, not China's."""
    words = frozenset(place_words("compass_macro_regions"))
    ends = {(m.article, m.aend): m for m in doc.mentions if m.label == "Place" and m.astart >= 0}
    for m in doc.mentions:
        if m.label == "Place" and (m.norm or m.surface) in words and m.attrs.get("registry") == "world_places":
            before = ends.get((m.article, m.astart))
            country = _mention_country(before) if before is not None else None
            if country not in (None, CHINA_ISO):
                m.attrs.update(country=country, code=f"region-{short_hash(country + (m.norm or m.surface), 8)}")


_ABROAD_PARENT_LEVELS = (_PLACE_LEVELS["region"], _PLACE_LEVELS["city"])
_DIVISION_WORDS = tuple(sorted(place_words("foreign_division_suffixes"), key=len, reverse=True))
_CITY_WORDS_ABROAD = tuple(cue(_R, "city_words_after_country"))  # 市, 县: 韩国|晋州市


def _divisions_under_abroad(doc: Doc) -> None:
    """老挝万象省|万荣县: a name of the division table written right after a province or city of
    another country (with its division's word: 省, 州, 市) is a place of that chain abroad (the
    country's province's county), not China's namesake (山西 万荣县): same name, a code under that
    country, never the table's.  Only after a region or city abroad, or after the country alone when
    the name is written in full with its city's or county's word (韩国晋州市, 日本福山市: sister cities
    are named so); never a short name after the country alone (中国|北京, 越南|河口 may be a list
    without marks)."""
    arts = {a.id: a for a in doc.articles}
    ends = {(m.article, m.aend): m for m in doc.mentions if m.label == "Place" and m.astart >= 0
            and m.attrs.get("level") in _ABROAD_PARENT_LEVELS}
    countries = {(m.article, m.aend): m for m in doc.mentions if m.label == "Place" and m.astart >= 0
                 and m.attrs.get("level") == _PLACE_LEVELS["country"] and not m.attrs.get("anaphor")}
    if not ends and not countries:
        return
    for m in doc.mentions:
        if m.label != "Place" or m.astart < 1 or not str(m.attrs.get("code", "")).isdigit():
            continue
        art = arts.get(m.article)
        if art is None:
            continue
        word = next((w for w in _DIVISION_WORDS if art.text.endswith(w, 0, m.astart)), "")
        before = ends.get((m.article, m.astart - len(word))) if word else None
        if before is None and word:  # 老挝万象省|万荣县: the province abroad read with its word
            before = ends.get((m.article, m.astart))
        if before is None and m.surface.endswith(_CITY_WORDS_ABROAD) and len(m.surface) > 2:
            before = countries.get((m.article, m.astart))  # 韩国|晋州市: a city written in full after its country
        country = _mention_country(before) if before is not None else None
        if country in (None, CHINA_ISO):
            continue
        name = m.surface
        m.norm = name
        m.attrs = {"registry": "world_places", "code": f"iso-{country}-{short_hash(name, 8)}",
                   "level": _PLACE_LEVELS["city"], "country": country}


def _under_abroad_re() -> re.Pattern:
    """The two or three characters of a division's name abroad and its word (`_named_divisions_abroad`)."""
    from ..divisions import place_chars, place_words
    from ..text import alt
    stops = re.escape(place_chars("foreign_subdivision_stem_stops"))
    after = re.escape(place_chars("foreign_suffix_not_before") + place_chars("foreign_subdivision_not_before"))
    return re.compile(rf"([^{stops}\W\d\sA-Za-z]{{2,3}}?)({alt(place_words('foreign_subdivision_suffixes'))})(?![{after}])")


_UNDER_ABROAD = _under_abroad_re()
_UNDER_ABROAD_NOT_ENDS = frozenset(_place_words("foreign_subdivision_not_ends"))
_REGION_WORDS = frozenset(_place_words("foreign_subdivision_region_words"))
_UNDER_ABROAD_NOT_STEMS = frozenset(_place_words("foreign_subdivision_not_stems"))  # 友好, 边境: 日本|友好县
_UNDER_ABROAD_NOT_STEM_ENDS = tuple(_place_words("foreign_subdivision_not_stem_ends"))  # 群岛: 菲|巴坦|群岛省


def _named_divisions_abroad(doc: Doc) -> None:
    """越南高平省|广和县|驮隆镇, 蒙古国|东方省, 韩国忠清北道|忠州市: two or three characters and a
    division's word (place_grammar.tsv foreign_subdivision_suffixes) written right after a place
    abroad (a country, or a region or city of one) name a division of that country, whatever
    their characters — Sino-Vietnamese, Korean or Mongolian names are no transliteration, so the
    gazetteer's foreign divisions miss them — a place coded under the country (as 老挝万象省|万荣县
    is: `_divisions_under_abroad`), never a Chinese code.  The same name written again alone in
    the article (驮隆镇与水口镇代表…) is that place.  One look right after each such place, and
    each name found searched once in its article."""
    by_article: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0:
            by_article.setdefault(m.article, []).append(m)
    for art in doc.articles:
        ms = by_article.get(art.id, [])
        parents = sorted(((m, c) for m in ms if not m.attrs.get("anaphor")
                          and (c := _mention_country(m)) not in (None, CHINA_ISO)), key=lambda x: -x[0].astart)
        if not parents:
            continue
        occ = bytearray(len(art.text) + 1)
        for m in ms:
            occ[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
        found: dict[str, dict] = {}
        while parents:
            parent, country = parents.pop()
            mt = _UNDER_ABROAD.match(art.text, parent.aend)
            if mt is None or 1 in occ[mt.start():mt.end()] \
                    or (mt.group(1)[-1] + mt.group(2)) in _UNDER_ABROAD_NOT_ENDS or _world_named(mt.group(0)) \
                    or mt.group(1)[:2] in _UNDER_ABROAD_NOT_STEMS \
                    or mt.group(1).endswith(_UNDER_ABROAD_NOT_STEM_ENDS):  # (日本|友好县, 越南|边境省, 巴坦|群岛省: no name)
                continue
            name = mt.group(0)
            attrs = {"registry": "world_places", "code": f"iso-{country}-{short_hash(name, 8)}",
                     "level": _PLACE_LEVELS["region" if mt.group(2) in _REGION_WORDS else "city"], "country": country}
            for k, e in [(mt.start(), mt.end())] + ([] if name in found else _bare_again(art.text, name, occ)):
                new = doc.add_mention(art, k, e, "Place", "registry.division-abroad", norm=name, **attrs)
                occ[k:e] = b"\x01" * (e - k)
                if new is not None:
                    parents.append((new, country))  # (广和县|驮隆镇: a division under the one just found)
            found[name] = attrs


_FOREIGN_DIVISION_RULE = "gazetteer.foreign-division"
_HEADED_REGION = tuple(_place_words("foreign_headed_region"))  # 州长, 省长
_HEADED_STEM = 2  # the characters of a name read before its region's word (秋明|州)


def _only_foreign_country(doc: Doc, places: list[Mention]) -> str | None:
    """The ISO code of the one foreign country the document names (itself, or a place of it), else None."""
    named = {c for m in places if (c := _mention_country(m)) not in (None, CHINA_ISO)}
    return next(iter(named)) if len(named) == 1 else None


def _headed_divisions_abroad(doc: Doc) -> None:
    """驻叶卡捷琳堡总领事罗世雄会见秋明州州长莫尔: two characters and a region's word written right before
    that region's head (州|州长, 省|省长), in a document naming one foreign country, name a region of
    that country — where the name is no Chinese division's (甘孜州州长 is Sichuan's), starts a word
    of jieba's, holds no function word (该州州长, 本州州长); a land-form word (群岛) read as the stem is the tail of
    the name, read with the two characters before it (巴坦群岛省省长, not 群岛省); the name written again alone in the
    article (秋明州最大贸易伙伴) is that place.  One find per head's post; each article's occupied
    characters marked once, each name searched again once."""
    from ..divisions import table
    if not any(w[0] + w in a.text for a in doc.articles for w in _HEADED_REGION):
        return  # (most documents: one find per article)
    places = [m for m in doc.mentions if m.label == "Place" and m.astart >= 0]
    country = _only_foreign_country(doc, places)
    if not country:
        return
    for art in doc.articles:
        text, occ, found = art.text, None, set()
        for head in _HEADED_REGION:
            word = head[0]
            k = text.find(word + head)
            while k >= 0:
                s, e = k - _HEADED_STEM, k + 1
                k = text.find(word + head, k + 1)
                if text.endswith(_UNDER_ABROAD_NOT_STEM_ENDS, 0, e - 1):
                    s -= _HEADED_STEM  # 巴坦群岛|省长: the land-form word is the name's tail, its stem before it
                name = text[max(s, 0):e]
                if s < 0 or name in found or not all(is_han(c) for c in name[:-1]) or _stem_stopped(name[:-1]) \
                        or table().candidates(name) or table().short_candidates(name[:-1]) or _world_named(name):
                    continue
                if occ is None:
                    occ = bytearray(len(text) + 1)
                    for m in places:
                        if m.article == art.id:
                            occ[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
                if 1 in occ[s:e] or not _starts_word(text, s):
                    continue
                found.add(name)
                attrs = {"registry": "world_places", "code": f"iso-{country}-{short_hash(name, 8)}",
                         "level": _PLACE_LEVELS["region"], "country": country}
                for a, b in _bare_again(text, name, occ):  # (the one before the head's post among them)
                    if doc.add_mention(art, a, b, "Place", "registry.division-abroad", norm=name, **attrs) is not None:
                        occ[a:b] = b"\x01" * (b - a)


def _stem_stopped(stem: str) -> bool:
    """Does a name read before a region's word hold a character no such name holds (该, 本, 全, 各 …)?"""
    stops = place_chars("foreign_subdivision_stem_stops")
    return any(c in stops for c in stem)


def _translit_chars() -> str:
    """The characters of names written by sound (the gazetteer's)."""
    from .gazetteer import _TRANSLIT
    return _TRANSLIT


def _uncoded_divisions_abroad(doc: Doc) -> None:
    """塞尔维亚|苏博蒂察市, 智利|纽夫莱大区, and 阿苏埃省 in a report that names Ecuador alone: a division
    abroad the gazetteer read by its sound (uncoded: no country in its name) is a place of the
    country written right before it (or of that country's region or city), else of the one foreign
    country the document names — coded under that country, part of it; none where the document
    names several and none is written before it.  One pass over the mentions."""
    places = [m for m in doc.mentions if m.label == "Place" and m.astart >= 0]
    todo = [m for m in places if m.rule == _FOREIGN_DIVISION_RULE and not m.attrs.get("code")
            and not m.attrs.get("country")]
    if not todo:
        return
    ends = {(m.article, m.aend): m for m in places if m.rule != _FOREIGN_DIVISION_RULE or m.attrs.get("code")}
    only = _only_foreign_country(doc, places)
    texts = {a.id: a.text for a in doc.articles}
    for m in todo:
        before = ends.get((m.article, m.astart))
        country = _mention_country(before) if before is not None else None
        if before is None and texts.get(m.article, "")[m.astart - 1:m.astart] in _translit_chars():
            continue  # 西哈萨克|斯坦州: the piece of a longer name read by sound, no division of its own
        country = only if country is None else country
        if country in (None, CHINA_ISO):
            continue
        m.attrs = dict(m.attrs, registry="world_places", code=f"iso-{country}-{short_hash(m.norm or m.surface, 8)}",
                       country=country)


_UNCODED_ABROAD_RULES = (_FOREIGN_DIVISION_RULE, "registry.foreign-city")  # the readings that may leave a place abroad uncoded


def _same_division_again(doc: Doc) -> None:
    """驻几内亚比绍大使访问几比博拉马省…走访了在博拉马省由中国公民开办的制冰厂, 日本大分市副市长…大分市是武汉最早结好
    的国际友城: a division or city abroad left uncoded in one place (after a country's short form the
    registry lacks, or written bare) is the one of that name coded elsewhere in the document under
    one country (its own, if it has one): one place, not two.  Left alone where the document codes
    that name under two countries."""
    places = [m for m in doc.mentions if m.label == "Place" and m.astart >= 0]
    coded: dict[str, set[tuple[str, str]]] = {}
    for m in places:
        code, country = m.attrs.get("code") or "", m.attrs.get("country")
        if country and code.startswith(f"iso-{country}-"):
            coded.setdefault(m.norm or m.surface, set()).add((country, code))
    if not coded:
        return
    for m in places:
        if m.rule not in _UNCODED_ABROAD_RULES or m.attrs.get("code"):
            continue
        found = coded.get(m.norm or m.surface, ())
        if len(found) != 1:
            continue
        country, code = next(iter(found))
        if m.attrs.get("country") in (None, "", country):
            m.attrs = dict(m.attrs, registry="world_places", code=code, country=country)


def _world_named(name: str) -> bool:
    """Does a name of the registry open the characters read as a division abroad, or is it the
    name with or without its word (泰国|曼谷市: the city 曼谷; 越南河江|老街莱州奠边省: 老街 and
    莱州, two provinces listed without marks)?  Those are the registry's to read, not one new place."""
    by_name = registry()[1]
    return any(name[:k] in by_name for k in range(2, len(name) + 1))


def _bare_again(text: str, name: str, occ: bytearray) -> list[tuple[int, int]]:
    """Where `name` is written again in the article over no place found (once per name)."""
    out, k = [], text.find(name)
    while k >= 0:
        e = k + len(name)
        if 1 not in occ[k:e]:
            out.append((k, e))
        k = text.find(name, e)
    return out


def _recode_city(m: Mention, country: str) -> None:
    """Make a world city's mention its namesake in `country` (the registry's code for a city)."""
    name = m.norm or m.surface
    m.attrs.update(country=country, code=f"iso-{country}-{short_hash(name, 8)}")
    m.attrs.pop("iso", None)


def _add_sar_region(doc: Doc, art: Article, h: Hit) -> None:
    """The region a special administrative region's body is named with (香港|特区政府, 澳门特别行政区|
    政府经济财政司) is a place of the text too, as 邯郸市 is inside 邯郸市财政局: a Hong Kong page
    may name 香港 nowhere else, and then lost its place (and its bodies' locatedIn their region)."""
    m = _SAR_RE.match(art.text, h.start)
    if m is not None and m.end() < h.end:
        region = Hit(m.start(), m.end(), h.entry, m.group(0))
        doc.add_mention(art, m.start(), m.end(), "Place", "registry.sar-region", norm=h.entry.name,
                        **_attrs(region))


_HEAD = cue(_R, "former_head")[0]  # 长
_DEPUTY = cue(_R, "former_head_deputy")[0]  # 副


_RESIDENT = "驻"  # 驻上海经济贸易办事处: an office stationed in the division after it
_RESIDENT_STEM = (4, 3, 2)  # characters of the division's name or short name after 驻, longest first


def resident_division(name: str) -> str | None:
    """The code of the one division of the table named (in full or short) right after 驻 inside a
    body's name (香港特别行政区政府驻上海经济贸易办事处 → 上海市), else None."""
    from ..divisions import table
    k = name.find(_RESIDENT, 1)
    if k < 0:
        return None
    T, rest = table(), name[k + 1:]
    for n in _RESIDENT_STEM:
        found = {d.code for d in T.candidates(rest[:n]) + T.short_candidates(rest[:n])
                 if d.level in ("province", "city")}
        if len(rest) > n and len(found) == 1:
            return next(iter(found))
    return None


def _former_head_after(text: str, h: Hit) -> bool:
    """Is a former organ written before the title of its own head, a title its successor has no
    such head for (铁道部|部长 — 国家铁路局 has a 局长; 卫生部|部长 — 国家卫生健康委员会 a 主任)?
    Then the post was held in the former body, which stays an entity of its own (not 农业部|部长:
    农业农村部 has a 部长 too, the same organ renamed)."""
    kind = h.former[-1]
    if h.entry.name.endswith(kind):
        return False
    return text.startswith((kind + _HEAD, _DEPUTY + kind + _HEAD), h.end)


@lru_cache(maxsize=1)
def _post_words() -> tuple[dict[str, tuple[str, ...]], int]:
    """The posts of two characters or more (厅长, 外长, 总统), by their last character, and the
    longest one's length."""
    by_last: dict[str, list[str]] = {}
    for r in L.load_table("posts"):
        if r.get("kind") in ("post", "head") and len(r["word"]) > 1:
            by_last.setdefault(r["word"][-1], []).append(r["word"])
    return {c: tuple(ws) for c, ws in by_last.items()}, max((len(w) for ws in by_last.values() for w in ws), default=0)


@lru_cache(maxsize=1)
def _inner_only_posts() -> tuple[frozenset[str], str]:
    """The posts that are posts only after a body (成员: posts.tsv level inner-only) and the last
    characters of the bodies they may follow (posts_words.tsv member_body_ends: 党组, 班子, 调查组,
    委员会, 代表团 …)."""
    ends = "".join(r["word"] for r in L.load_table("posts_words") if r["list"] == "member_body_ends")
    return frozenset(r["word"] for r in L.load_table("posts") if r.get("level") == "inner-only"), ends


@lru_cache(maxsize=1)
def _posts_by_last_two() -> dict[str, tuple[str, ...]]:
    """The posts of `_post_words` by their last two characters, in the order `_post_words` lists
    them (every post has two characters or more): a post ends at i only if these two end there, so
    `post_ending_at` tries the few posts of 局长 instead of every post ending in 长 (296 of 440)."""
    by_two: dict[str, list[str]] = {}
    for ws in _post_words()[0].values():
        for w in ws:
            by_two.setdefault(w[-2:], []).append(w)
    return {k: tuple(ws) for k, ws in by_two.items()}


def post_ending_at(text: str, i: int) -> int | None:
    """Where a post ending at `i` (exclusive) starts, if one does.  An inner-only post (成员) is one
    only right after a body (党组成员, 班子成员, 代表团成员): 金砖迎来新成员印尼 holds no post."""
    for w in _posts_by_last_two().get(text[i - 2:i] if i > 1 else "", ()):
        if text.endswith(w, 0, i):
            inner_only, body_ends = _inner_only_posts()
            if w in inner_only and (i - len(w) == 0 or text[i - len(w) - 1] not in body_ends):
                continue
            return i - len(w)
    return None


@lru_cache(maxsize=1)
def _surnames_by_first() -> dict[str, tuple[str, ...]]:
    """Family names (surnames.tsv) by their first character, longest first; not those that are
    also a preposition or a verb of going (向, 于, 在: 主席向美国 is no 向美国)."""
    skip = set(L.words("prepositional_surnames"))
    out: dict[str, list[str]] = {}
    for r in L.load_table("surnames"):
        if r["surname"] not in skip:
            out.setdefault(r["surname"][0], []).append(r["surname"])
    return {c: tuple(sorted(ws, key=len, reverse=True)) for c, ws in out.items()}


def _surname_at(text: str, i: int) -> str | None:
    return next((s for s in _surnames_by_first().get(text[i:i + 1], ()) if text.startswith(s, i)), None)


@lru_cache(maxsize=1)
def _post_end_re() -> re.Pattern:
    """The last characters of posts: where `given_name_spans` looks for a post ending."""
    by_last, _ = _post_words()
    return re.compile(f"[{''.join(re.escape(c) for c in sorted(by_last))}]")


_LIST_OPENER_RE = re.compile("|".join(sorted(map(re.escape, L.words("name_list_openers")), key=len, reverse=True)))


def _names_after_leaders(text: str, i: int) -> list[tuple[int, int]]:
    """Given names of the list of leaders after 县领导 / 市领导 at `i` (县领导张海军、郭杰、索剑峰参加):
    a family name and one or two characters per item, items joined by 、.  The list must go on past
    its first item (a 、 closes it), so 市领导高度重视 or a lone word after the cue names no one.
    At most _MAX_LISTED items: linear."""
    spans: list[tuple[int, int]] = []
    while len(spans) < _MAX_LISTED:
        sur = _surname_at(text, i)
        if sur is None:
            break
        g = i + len(sur)
        j = g
        while j < len(text) and j - g < 2 and is_han(text[j]) and text[j] != "、":
            j += 1
        if j == g:
            break
        spans.append((g, j))
        if text[j:j + 1] != "、":
            break
        i = j + 1
    return spans if len(spans) > 1 else []


_LIST_END_RE = re.compile("|".join(sorted(map(re.escape, L.words("name_list_endings")), key=len, reverse=True)))
_MAX_LISTED = 12


def _listed_names(text: str, end: int, ending: str) -> list[tuple[int, int]]:
    """Given names of the list of people before a 同志 / 等 at `end` (陈华为、郭宁宁、杜家毫等同志):
    items between 、 must each be a family name and one or two characters; the first item may
    follow other words (会见郭宁宁同志), so it is read as the longest such name.  A list of one
    needs 同志 (等 alone follows lists of anything).  At most _MAX_LISTED items: linear."""
    spans: list[tuple[int, int]] = []
    e = end
    while len(spans) < _MAX_LISTED:
        s = e
        while s > 0 and e - s < 4 and is_han(text[s - 1]):
            s -= 1
        listed = s > 0 and text[s - 1] == "、"
        item = None
        for k in ([s] if listed else range(s, e - 1)):
            sur = _surname_at(text, k)
            if sur and 1 <= e - k - len(sur) <= 2:
                item = (k, k + len(sur), e)
                break
        if item is None:
            break
        spans.append(item[1:])
        if not listed:
            break
        e = s - 1
    if len(spans) == 1 and "同志" not in ending:
        return []
    return spans



def given_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the given names of people the grammar names: a family name right after a post
    (书记郭宁宁, 副主席任红海), or names in a list closed by 同志 / 等 (陈华为、郭宁宁等同志).
    A place or company wholly inside a given name (宁 of 郭宁宁, 红海 of 任红海, 华为 of 陈华为) is
    read out of the person's name, not named by the text.  The given name is the one or two
    characters after the family name; a family name that is also a preposition or verb (向, 在,
    赴) opens no name here, so 主席向美国… keeps 美国.  Linear: one regex pass per cue.
    Answered once per text (the gazetteer, this stage and the entities stage each ask of every
    article, four times in all); a fresh list each time."""
    known = _GIVEN_MEMO.of(text)
    if "given" in known:
        return list(known["given"])
    out: list[tuple[int, int]] = []
    named: dict[str, int] = {}  # 刘安乐 → 1 (the length of its family name)
    for m in _post_end_re().finditer(text):
        i = m.end()
        if post_ending_at(text, i) is None:
            continue
        i = _past_byline_gap(text, i)
        sur = _surname_at(text, i) or _listed_prepositional_surname(text, i)
        if not sur and (span := _steppe_name_at(text, i)) is not None:
            out.append(span)  # 副主席洛桑江村: the whole name (洛桑 no Lausanne, 江村 no village)
            named.setdefault(text[span[0]:span[1]], 0)
        elif sur:
            g = i + len(sur)
            e = g
            while e < len(text) and e - g < 2 and is_han(text[e]):
                e += 1
            if e > g:
                out.append((g, e))
                named.setdefault(text[i:e], len(sur))
    for m in _LIST_END_RE.finditer(text):
        out.extend(_listed_names(text, m.start(), m.group(0)))
    for m in _LIST_OPENER_RE.finditer(text):
        out.extend(_names_after_leaders(text, m.end()))
    out += _named_again(text, named, set(out))
    known["given"] = tuple(sorted(out))
    return list(known["given"])


# family names that are also a preposition, read as a name where a list goes on right after it (cue_words)
_LISTED_PREPOSITIONAL = frozenset(L.words("listed_prepositional_surnames"))
_NAME_LIST_MARKS = frozenset("，,")


def _listed_prepositional_surname(text: str, i: int) -> str | None:
    """党委委员、副院长于乐山，党委委员…: after a post, 于 and two characters that a list's mark closes
    is a person (于乐山), no preposition: 于 a place is followed by its verb (副院长于北京出席) or by
    more places (于成都、德阳等地: so 、 closes no name here), never by a comma."""
    if text[i:i + 1] not in _LISTED_PREPOSITIONAL or text[i + 3:i + 4] not in _NAME_LIST_MARKS:
        return None
    return text[i] if is_han(text[i + 1]) and is_han(text[i + 2]) else None


_BYLINE_GAP = frozenset(" \u3000\u00a0")
_BYLINE_GAP_MAX = 3  # the spaces a byline sets between a post and its holder's name


def _past_byline_gap(text: str, i: int) -> int:
    """Past the few spaces a byline or signature sets between a post and the name it is signed
    with (审计局局长 俞金华, 厅长  孙成良): the name there is a person's as much as right after the
    post (局长俞金华), and its given name (金华) no place.  At most _BYLINE_GAP_MAX read."""
    j = i
    while j < len(text) and j - i < _BYLINE_GAP_MAX and text[j] in _BYLINE_GAP:
        j += 1
    return j if j < len(text) and is_han(text[j]) else i


_GIVEN_MEMO = TextMemo(64)  # `given_name_spans` per article text (a pure function of it)
_NAME_OPENER_WORDS = tuple(sorted((r["word"] for r in L.load_table("posts_words") if r["list"] == "name_openers"),
                                  key=len, reverse=True))  # 洛桑, 尼玛, 那顺 (posts_words.tsv)
_STEPPE_NAME_CHARS = frozenset(L.chars("tibetan_name_chars")) | frozenset(L.chars("steppe_name_chars"))
_STEPPE_NAME_MAX = 6  # the longest Tibetan or Mongolian name read here (two or three words of two)


def _steppe_name_at(text: str, i: int) -> tuple[int, int] | None:
    """A Tibetan or Mongolian name written with no family name right after a post (副主席洛桑江村,
    市长普布顿珠, 那顺孟和): one of its usual first words (name_openers) at `i` and the run of name
    syllables (tibetan_name_chars, steppe_name_chars) it opens, four to six characters, the name
    ending there (no more Han character of a name after it).  Its words (洛桑, Lausanne; 江村, a
    village's word) are no places.  Bounded: at most six characters read."""
    opener = next((w for w in _NAME_OPENER_WORDS if text.startswith(w, i)), None)
    if opener is None:
        return None
    j = i + len(opener)
    while j < min(len(text), i + _STEPPE_NAME_MAX + 1) and text[j] in _STEPPE_NAME_CHARS:
        j += 1
    return (i, j) if 4 <= j - i <= _STEPPE_NAME_MAX else None


_MAX_NAMED = 256  # people named after a post in one text whose later mentions are looked for


def _named_again(text: str, named: dict[str, int], known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The given names of the people a post named, where the text names them again without the post
    (党组书记刘安乐… 刘安乐一行先后来到…: 安乐 is his given name there too, no place).  One
    Aho-Corasick pass over the text: linear, however many people are named."""
    if not named:
        return []
    A = ahocorasick.Automaton()
    for name, sur in list(named.items())[:_MAX_NAMED]:
        A.add_word(name, (name, sur))
    A.make_automaton()
    out = []
    for end_idx, (name, sur) in A.iter(text):
        span = (end_idx - len(name) + 1 + sur, end_idx + 1)
        if span not in known:
            out.append(span)
    return out


_LIST_ENDINGS = tuple(w for w in L.words("name_list_endings") if w.endswith("同志"))


def inside_given_name(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does [s, e) lie within one of `spans` (from `given_name_spans`)?"""
    k = bisect_right(spans, (s, 1 << 60)) - 1
    return k >= 0 and spans[k][0] <= s and e <= spans[k][1]


_TRANSLITERATION = set(place_chars("transliteration_chars"))


@lru_cache(maxsize=1)
def _post_only_surnames() -> frozenset[str]:
    """Family names the grammar reads only right after a post (posts_words.tsv: 国, 法 …)."""
    return frozenset(r["word"] for r in L.load_table("posts_words") if r["list"] == "post_only_surnames")


def _country_opens_name(text: str, h: Hit, place_ends: set[int]) -> bool:
    """县委书记法国华主持: a country's name right after a Chinese post (no place ending there) whose
    first character is a family name read only after a post (法), with a Han character after it,
    is a person's name (法国华), not the country: a post is followed by its holder's name, and
    no post of a Chinese body is written before a bare country's name."""
    s, e = h.start, h.end
    return (h.entry.kind == "country" and s not in place_ends and text[s:s + 1] in _post_only_surnames()
            and e < len(text) and is_han(text[e]) and not text.startswith(_COUNTRY_KEPT_BEFORE, e)
            and post_ending_at(text, s) is not None)  # (书记法国考察团一行: the country's delegation)


_COUNTRY_KEPT_BEFORE = tuple(cue(_R, "country_name_not_before"))


def _in_person_name(text: str, s: int, place_ends: set[int], e: int = -1,
                    bounds: _Boundaries | None = None) -> bool:
    """Is a world place at `s` read out of a person's name after a post?  The post's last character
    is the place's first (厅长|江枝英: no 长江; but 湖北省|长江: 省 ends a place, so no post, nor where
    the post's first character ends a word of jieba's that the place's name follows: 团拜会|长崎市市长,
    no 会长), or one to three characters of a name written by sound stand between them (外长勒德|里昂),
    or the place is a given name in a list of people (`_listed_person`)."""
    k = post_ending_at(text, s + 1)
    if k is not None and k + 1 not in place_ends and not (bounds is not None and bounds.cut_at(k, s, e)):
        return True
    if s not in place_ends and post_ending_at(text, s) is not None and _surname_at(text, s):
        return True  # 院长|马赛教授: a family name right after a post opens a person's name
    if e > s and text[e:e + 1] in NAME_DOTS and _dotted_name_closed(text, e + 1):
        return True  # 大臣阿曼·穆维萨先生: the first part of a name written by sound, no Oman
    i = s
    while i > 0 and s - i < 3 and text[i - 1] in _TRANSLITERATION:
        i -= 1
    return (i < s and post_ending_at(text, i) is not None) or _listed_person(text, s, e)


_DOTTED_NAME_REACH = 10  # the characters of a name's later parts (穆维萨, 穆罕默德·渥里格) looked at after its dot
_PERSON_AFTER = tuple(sorted({r["word"] for r in L.load_table("pos_person_cues")
                              if r["where"] == "after" and r["word"] not in NAME_DOTS}, key=len, reverse=True))


def _dotted_name_closed(text: str, j: int) -> bool:
    """Does the run of Han characters (and name dots) opening at j, after a world place and its name dot,
    end in a word only a person's name is followed by (先生, 女士, 夫人: pos_person_cues `after`)?  Then
    the place is a person's name's first part (阿曼·穆维萨先生), not the country; 中国·义乌 stays."""
    k = j
    while k < len(text) and k - j < _DOTTED_NAME_REACH and (is_han(text[k]) or text[k] in NAME_DOTS) \
            and not text.startswith(_PERSON_AFTER, k):
        k += 1
    return k > j and text.startswith(_PERSON_AFTER, k)


def _listed_person(text: str, s: int, e: int) -> bool:
    """Is a two-character world place, with a family name before it, one item of a list of people
    (专家组潘伟行、陈涛、吕亚洲、张勇参加: 吕亚洲 is an expert, no continent)?  The family name and
    the place fill an item between 、 (or a 、 and the list's end), and an item beside it is a
    person's name too (a family name and one or two characters).  Constant work: the neighbours only."""
    if e - s != 2 or s < 1 or _surname_at(text, s - 1) != text[s - 1]:
        return False
    left_mark = text[s - 2:s - 1]
    right_mark = text[e:e + 1]
    if "、" not in (left_mark, right_mark) or (left_mark and is_han(left_mark) and left_mark != "、") \
            or (right_mark and is_han(right_mark) and right_mark not in "、等"):
        return False
    return (left_mark == "、" and _person_item(_item_before(text, s - 2))) or \
        (right_mark == "、" and _person_item(_item_after(text, e + 1)))


def _item_before(text: str, end: int) -> str:
    """The list item ending at `end`: up to three Han characters after a 、 or a non-Han one."""
    i = end
    while i > 0 and end - i < 4 and is_han(text[i - 1]) and text[i - 1] != "、":
        i -= 1
    return text[i:end] if i == 0 or not is_han(text[i - 1]) or text[i - 1] == "、" else ""


def _item_after(text: str, start: int) -> str:
    """The list item opening at `start`: up to three Han characters before a 、, 等 or a non-Han one."""
    j = start
    while j < len(text) and j - start < 4 and is_han(text[j]) and text[j] not in "、等":
        j += 1
    return text[start:j] if j == len(text) or not is_han(text[j]) or text[j] in "、等" else ""


def _person_item(item: str) -> bool:
    """A list item that is a person's name: a family name and one or two characters."""
    sur = _surname_at(item, 0) if item else None
    return bool(sur) and 1 <= len(item) - len(sur) <= 2


def _distinct_formers(hits: list[Hit]) -> set[tuple[str, str]]:
    """(entry, former body) pairs a document names beside another body of the same entry (the
    current one, or another former one: 银监会 and 保监会): in that text they are distinct bodies,
    so the former name stays its own entity instead of merging into the current organ."""
    groups: dict[str, set[str | None]] = {}
    for h in hits:
        if h.entry.label != "Place" and h.country is None and h.rule == "registry.name":
            groups.setdefault(h.entry.name, set()).add(h.former)
    return {(name, f) for name, fs in groups.items() if len(fs) > 1 for f in fs if f}


# --------------------------------------------------------------------------- resolution and relations

_GRAMMAR_LABELS = ("Agency", "Organization")


def _grammar_place(m: Mention) -> bool:
    """Is a place mention the grammar's, not a registry name?  A one-character short form (港 of
    港澳) carries the registry row of its place but was read by the gazetteer's rules: inside a
    registry name (中央港澳工作办公室, 国务院台湾事务办公室) it is part of that name, no place of the
    text (a release on Macao was Hong Kong's).  A foreign organ's short form stays (越|南外交部长:
    the organ's country, as its registry row says, is the place of the text)."""
    return not m.attrs.get("registry") or m.rule.startswith("gazetteer.abbreviation")


def settle_overlaps(doc: Doc) -> None:
    """Registry names win over grammar names they cover or cross (国务院 found twice, 农业部 inside
    农业部渔业局); a grammar name strictly longer than a registry name keeps it (中国科学院大学 over
    中国科学院), and a registry place inside an agency or organisation name is no mention of its own
    (中国 in 中国石油天然气集团公司)."""
    reg = [m for m in doc.mentions if m.attrs.get("registry") and m.astart >= 0]
    if not reg:
        return
    by_article: dict[str, list[Mention]] = {}
    for m in reg:
        by_article.setdefault(m.article, []).append(m)
    spans = {a: SpanIndex(rs, lambda r: (r.astart, r.aend)) for a, rs in by_article.items()}
    drop: set[int] = set()
    for m in doc.mentions:  # a place inside a registry name (上海 in 中国人民银行上海总部, 河北 in 河北日报)
        if m.label == "Place" and m.astart >= 0 and _grammar_place(m) and m.article in spans:
            for r in spans[m.article].crossing(m.astart, m.aend):
                if r is m:
                    continue
                inside = r.astart <= m.astart and m.aend <= r.aend
                if inside and (r.label == "Place" or r.aend - r.astart > m.aend - m.astart) \
                        and not (r.attrs.get("country") and m.attrs.get("anaphor")):
                    drop.add(id(m))  # a river the water grammar found again is the registry's
    for m in doc.mentions:
        if m.attrs.get("registry") or m.astart < 0 or m.label not in _GRAMMAR_LABELS or m.article not in spans:
            continue
        for r in spans[m.article].crossing(m.astart, m.aend):
            if r.label == "Place":
                if m.astart <= r.astart and r.aend <= m.aend and (m.aend - m.astart) > (r.aend - r.astart) \
                        and not (m.attrs.get(CITY_ABROAD_ATTR) and r.astart == m.astart):
                    drop.add(id(r))  # 中国 inside 中国石油天然气集团公司 (长崎 of 长崎市政府 stays: the city it is in)
                continue
            if m.astart <= r.astart and r.aend <= m.aend and (m.aend - m.astart) > (r.aend - r.astart):
                drop.add(id(r))  # a longer grammar name holds the registry name
            else:
                drop.add(id(m))
    if drop:
        doc.mentions = [m for m in doc.mentions if id(m) not in drop]


class _Spans:
    """The spans of an article's body names, asked "does a longer one hold [start, end)?" in
    logarithmic time (a repeated sentence must not make the check quadratic)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._ready = False

    def add(self, start: int, end: int) -> None:
        self._spans.append((start, end))
        self._ready = False

    def _prepare(self) -> None:
        self._spans.sort()
        self._starts = [a for a, _ in self._spans]
        self._reach, most = [], -1
        for _, b in self._spans:
            most = max(most, b)
            self._reach.append(most)
        self._ready = True

    def holds(self, start: int, end: int) -> bool:
        """A span [a, b) with a <= start, end <= b and b - a > end - start."""
        if not self._ready:
            self._prepare()
        before = bisect_left(self._starts, start)  # spans starting strictly before
        if before and self._reach[before - 1] >= end:
            return True
        same = bisect_right(self._starts, start)
        return any(b > end for _, b in self._spans[before:same])


def unmention_places_in_names(doc: Doc) -> None:
    """A place written inside a body's name (西安 of 西安电影制片厂, 辽宁 of 辽宁队, 湖南省 of 湖南省委)
    is part of that name, not a mention of the place: its evidence leaves the place entity's
    mentions (an entity named only inside names keeps its facts, whose evidence is the body's
    name, as the places a relation needs do) — unless the place holds a division the text names
    on its own (`_holders`), and for a place inside an agency's name (its jurisdiction, which
    the house's gold counts) or a facility's (东城社区|服务站), only where it keeps another.  A word that refers to a country without naming it
    (我国 → 中国) is no name of it either, and an anaphor of resolution (全县, 该市) leaves the
    entity's mentions where the entity keeps another (else it stays the entity's provenance:
    成安县 of 全县 and 成安县农业农村局).  The mention itself stays in the document, so resolution,
    the hierarchy and the body's locatedIn still read it."""
    bodies: dict[str, _Spans] = {}
    organisations: dict[str, _Spans] = {}
    for m in doc.mentions:
        if m.label in _GRAMMAR_LABELS and m.astart >= 0:
            bodies.setdefault(m.article, _Spans()).add(m.astart, m.aend)
            if m.label == "Organization" and not m.attrs.get("place_span"):  # 东城社区|服务站 serves it
                organisations.setdefault(m.article, _Spans()).add(m.astart, m.aend)
    unnamed: dict[str, set[tuple[int, int]]] = {}
    inner: dict[str, set[tuple[int, int]]] = {}
    named_codes: set[str] = set()  # divisions the text names on their own
    for m in doc.mentions:
        if m.label != "Place" or m.astart < 0 or not m.key or m.key not in doc.entities:
            continue
        if m.article in organisations and organisations[m.article].holds(m.astart, m.aend):
            inner.setdefault(m.key, set()).add((m.start, m.end))
        elif m.rule in ("registry.anaphora", "resolve.anaphora") or \
                m.article in bodies and bodies[m.article].holds(m.astart, m.aend):
            unnamed.setdefault(m.key, set()).add((m.start, m.end))
        elif str(m.attrs.get("code") or "").isdigit():
            named_codes.add(m.attrs["code"])
    holding = _holders(named_codes) if inner else set()
    for key in sorted(unnamed.keys() | inner.keys()):
        ent = doc.entities[key]
        if key in inner and str(ent.code or "") in holding:
            inner[key] = set()  # 河北 of 河北三海…公司 with 邯郸市 named: the hierarchy's evidence
        ent.mentions = [ev for ev in ent.mentions if (ev.start, ev.end) not in inner.get(key, ())]
        kept = [ev for ev in ent.mentions if (ev.start, ev.end) not in unnamed.get(key, ())]
        if kept or all(ev.rule == "registry.anaphora" for ev in ent.mentions):
            ent.mentions = kept  # 我国 alone: China, referred to, is named nowhere


_SHORT_TAIL = 2  # characters of a company's name written after the place word (长江|存储, 黄河|水电)


def _company_short_forms(doc: Doc) -> list[Mention]:
    """长江存储扩产 with 长江存储科技有限责任公司 in the article: a place word that is no division (a
    river, a region) followed by the next characters of a company's name the article writes in
    full is the company written short, no mention of the river.  One set of name openings per
    article, one look-up per place (linear).  Only the world names' rivers and regions: divisions
    stay (a city's companies are the city's), and so do countries (日本 of 日本经济新闻社 is still
    Japan) and villages and communities the table does not code (郑家庄村 of 郑家庄村文化教育活动中心
    is the village the centre serves)."""
    openings: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.label == "Organization" and m.astart >= 0:
            name = m.surface
            openings.setdefault(m.article, set()).update(name[:k] for k in range(3, min(len(name) - 1, 7)))
    if not openings:
        return []
    out = []
    for m in doc.mentions:
        if m.label != "Place" or m.astart < 0 or not m.key or m.attrs.get("anaphor") \
                or m.attrs.get("registry") != "world_places" or not str(m.attrs.get("code") or "").startswith("region-") \
                or m.article not in openings:
            continue
        tail = doc.text[m.end:m.end + _SHORT_TAIL]
        if len(tail) == _SHORT_TAIL and all(is_han(c) for c in tail) and m.surface + tail in openings[m.article]:
            out.append(m)
    return out


def drop_places_in_company_short_forms(doc: Doc) -> None:
    """The mentions of `_company_short_forms` lose their key and their evidence leaves the place,
    and a place then named nowhere goes (长江 of 长江存储扩产: no river of the text; 长江 named on
    its own elsewhere stays)."""
    short = _company_short_forms(doc)
    if not short:
        return
    spans = {(m.start, m.end) for m in short}
    cut = {m.key: spans for m in short}
    for m in short:
        m.key = None
    forget_mentions(doc, cut)


def _holders(named: set[str]) -> set[str]:
    """The divisions holding one of the divisions the text names on its own (河北省 of 邯郸市):
    where the text states that hierarchy, the name the larger place is written in (河北三海…公司)
    stays its evidence, as a place named only inside names does not.  One walk up per code."""
    from ..divisions import table
    T = table()
    return {a.code for c in named for a in T.ancestors(c) if a.code != c}


_LEGAL_FORMS = tuple(cue("org_cues", "legal_forms"))  # 有限公司, 股份有限公司: a registered company's name ends so
# public institutions named after the division they serve (湖南省人民医院, 湖南省医药学院, 黄冈市妇幼保健院):
# the place in their name is where they are, as an agency's is, never a brand
_JURISDICTION_INSTITUTIONS = tuple(cue(_R, "jurisdiction_institutions"))


def brand_provinces(codes) -> set[str]:
    """The province prefixes (first two characters) of the places a document names on its own, for
    the brand filters here and in resolve (`_without_brands`): a division named only inside company
    names outside them is a brand.  China named on its own (中华人民共和国成立65周年) holds every
    province and is none of them: a county named in a titled union's name (临高县总工会) stays."""
    return {code[:2] for code in codes if code and code != CHINA_CODE}


def drop_distant_places_in_company_names(doc: Doc) -> None:
    """A division named only inside organisations' names (北京|合展集团, a company of the capital
    in a report from Inner Mongolia) and lying outside every province the document names a place
    of on its own is the company's brand, not a place the document is about: no entity of its own
    (its mentions lose their key, the companies their place_code: no locatedIn brings it back).  A
    place of the document's own provinces stays (达州|日好农业… in a Sichuan county's text), and so
    does any place inside an agency's or a public institution's name (its jurisdiction).  So does a
    division written in full (with its level word) that opens a registered name ending in a legal
    form (东莞市蜀江新能源科技有限公司 in a Sichuan county's text): the registered seat of the company,
    the place it is in, no brand (qiyeming107)."""
    companies: dict[str, _Spans] = {}
    registered: set[tuple[str, int]] = set()  # (article, start) of names ending in a legal form
    for m in doc.mentions:
        if m.label == "Organization" and m.astart >= 0 and not (m.norm or m.surface).endswith(_JURISDICTION_INSTITUTIONS):
            companies.setdefault(m.article, _Spans()).add(m.astart, m.aend)
            if (m.norm or m.surface).endswith(_LEGAL_FORMS):
                registered.add((m.article, m.astart))
    if not companies:
        return
    own: set[str] = set()
    inside: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        if m.label != "Place" or m.astart < 0 or not m.key or m.attrs.get("anaphor"):
            continue
        if m.article in companies and companies[m.article].holds(m.astart, m.aend):
            inside.setdefault(m.key, []).append(m)
        else:
            own.add(m.key)
    provinces = brand_provinces(str(doc.entities[k].code or "") for k in own if k in doc.entities)
    dropped: set[str] = set()  # codes of the places dropped
    for key, ms in inside.items():
        ent = doc.entities.get(key)
        code = str(ent.code or "") if ent is not None else ""
        if key in own or not provinces or not code[:6].isdigit() or code[:2] in provinces:
            continue
        if ent is not None and any(m.surface == ent.name and (m.article, m.astart) in registered for m in ms):
            continue  # 东莞市|…有限公司: the registered seat, written in full, is the company's place
        for m in ms:
            m.key = None
        del doc.entities[key]
        dropped.add(code)
    if dropped:  # one pass over the mentions, however many places went
        for m in doc.mentions:
            if m.label == "Organization" and m.attrs.get("place_code") in dropped:
                del m.attrs["place_code"]


def _ensure(doc: Doc, key: str, label: str, name: str, code: str | None = None,
            level: str | None = None) -> str:
    if key not in doc.entities:
        doc.entities[key] = Entity(key, label, name, code=code, level=level, rules={"registry.table"})
    return key


def _country(doc: Doc, iso: str) -> str | None:
    _, by_name = registry()
    surfaces, _ = registry()
    key = f"place-iso-{iso}"
    if key in doc.entities:
        return key
    entry = next((e for e, _ in surfaces.values() if e.iso == iso and e.label == "Place"), None)
    if entry is None:
        return None
    if entry.code and entry.code[:6].isdigit():  # 台湾 (TW, 710000): a province of China, one entity
        return _ensure(doc, f"place-{entry.code}", "Place", entry.name, code=entry.code, level=entry.kind)
    return _ensure(doc, key, "Place", entry.name, code=f"iso-{iso}", level="country")


_IN_CHINA_MARKS = cue(_R, "in_china_marks")  # 驻华, 驻中国


def _hostless_mission_country(doc: Doc, memo: dict) -> str | None:
    """Where China's mission written with no host stands (中国驻爱尔兰大使…会见… 中国大使馆的同事们, 中国使馆
    in a report from Ecuador): the one foreign country the document names, never China itself; None
    where it names several or none.  Found once per document (memo)."""
    if "iso" not in memo:
        places = [m for m in doc.mentions if m.label == "Place" and m.astart >= 0]
        memo["iso"] = _only_foreign_country(doc, places)
    return _country(doc, memo["iso"]) if memo["iso"] else None


def _mission_located(doc: Doc, m: Mention) -> str | None:
    """The place a mission abroad stands in: its host (中国驻美国大使馆 → 美国, 中国驻洛杉矶总领事馆 →
    洛杉矶, part of 美国; 美国驻成都总领事馆 → 成都市, 日本驻沪总领事馆 → 上海市), not its sending
    country; None where the host is no place the registry or the division table knows."""
    a = m.attrs
    if a.get("host_code"):
        if a["host_level"] == "country" and a.get("host_iso"):
            return _country(doc, a["host_iso"])
        key = _ensure(doc, f"place-{a['host_code']}", "Place", a["host"], code=a["host_code"], level=a["host_level"])
        country = _country(doc, a["host_country"]) if a.get("host_country") else None
        if country and country != key:
            doc.add_relation(key, "partOf", country, mention_evidence(doc, m, rule="registry.partOf-country"),
                             "registry.partOf-country")
        return key
    code = _division_host(a["host"])
    return ensure_place(doc, code) if code else None


def _division_host(host: str) -> str | None:
    """The division code of a Chinese place written after 驻 in a mission's name (成都 → 成都市, 沪 →
    上海市 by its one-character short form): the one city or province of that name, else None."""
    from .abbreviations import readings
    from ..divisions import table
    one = [dict(r.attrs).get("code") for r in readings().get(host, ()) if len(host) == 1 and dict(r.attrs).get("code")]
    cands = [d.code for d in table().candidates(host) + table().short_candidates(host)
             if d.level in ("province", "city")] if len(host) > 1 else one
    cands = list(dict.fromkeys(cands))
    return cands[0] if len(cands) == 1 else None


def _located_country(m: Mention) -> str:
    """The country a foreign agency is in: its own (阿联酋经济部 → 阿联酋), except a mission the
    country keeps at China (印尼驻华使馆, 美国驻华大使馆 → 中国), which is where the embassy stands."""
    name = m.norm or m.surface
    if m.attrs["country"] != CHINA_ISO and any(mark in name for mark in _IN_CHINA_MARKS):
        return CHINA_ISO
    return m.attrs["country"]


def _sar_government_unit(doc: Doc, m: Mention, region: str, names: dict[str, str]) -> None:
    """香港特别行政区政府驻上海经济贸易办事处, 澳门特别行政区政府经济财政司: a body whose name opens with
    the region's government and goes on is that government's unit (subOrganizationOf it), whether or
    not the text names the government alone."""
    gov = region + _SAR_FULL + _SAR_GOVERNMENT
    name = doc.entities[m.key].name
    if not name.startswith(gov) or len(name) <= len(gov):
        return
    parent = names.get(gov) or _ensure(doc, entity_id("Agency", gov), "Agency", gov)
    doc.add_relation(m.key, "subOrganizationOf", parent, mention_evidence(doc, m, rule="registry.subOrganizationOf-sar"),
                     "registry.subOrganizationOf-sar")


def registry_relations(doc: Doc) -> None:
    """subOrganizationOf, partOf and locatedIn that the registries state (see module doc)."""
    drop_places_in_company_short_forms(doc)
    unmention_places_in_names(doc)
    drop_distant_places_in_company_names(doc)
    _, by_name = registry()
    names = {e.name: k for k, e in doc.entities.items()}
    china = [m for m in doc.mentions if m.key == CHINA_KEY and m.astart >= 0]
    china_sentences = {(m.article, sentence_start(doc, m)) for m in china}
    abroad = any(m.attrs.get("iso") not in (None, CHINA_ISO) or m.attrs.get("level") == "world-city"
                 for m in doc.mentions if m.label == "Place" and m.attrs.get("registry"))
    abroad_cache: dict = {}
    for m in doc.mentions:
        if not m.key or m.attrs.get("anaphor"):
            continue
        a = m.attrs
        if m.label == "Place":
            if a.get("registry") and a.get("country"):  # 迪拜 → 阿联酋, 香港 → 中国
                target = _country(doc, a["country"])
                if target and target != m.key:
                    doc.add_relation(m.key, "partOf", target, mention_evidence(doc, m, rule="registry.partOf-country"),
                                 "registry.partOf-country")
            elif china and a.get("level") == "province" and a.get("code") and \
                    (abroad or (m.article, sentence_start(doc, m)) in china_sentences):
                # a province is stated to be part of China where the text names China in its
                # sentence, or where it speaks of other countries too
                doc.add_relation(m.key, "partOf", CHINA_KEY, mention_evidence(doc, m, rule="registry.partOf-china"),
                             "registry.partOf-china")
            continue
        if m.label not in ("Agency", "Organization"):
            continue
        if a.get("sar"):  # 香港特区政府财政司 → 香港
            if (post := resident_division(m.surface)) is not None:
                # waishi88: 香港特别行政区政府驻上海经济贸易办事处 — the region's office stationed in 上海 is there
                doc.add_relation(m.key, "locatedIn", ensure_place(doc, post),
                                 mention_evidence(doc, m, rule="registry.locatedIn-resident"), "registry.locatedIn-resident")
            else:
                target = _ensure(doc, entity_id("Place", a["sar_name"], a["sar"]), "Place", a["sar_name"],
                                 code=a["sar"], level="region")
                doc.add_relation(m.key, "locatedIn", target, mention_evidence(doc, m, rule="registry.locatedIn-sar"),
                                 "registry.locatedIn-sar")
            _sar_government_unit(doc, m, a["sar_name"], names)
            continue
        if a.get("country"):  # a foreign agency
            target = _country(doc, _located_country(m))
            if a.get("host") and _located_country(m) == a["country"]:
                target = _mission_located(doc, m)  # a mission abroad: where it is stationed
            elif a["country"] == CHINA_ISO and (m.norm or m.surface).endswith(_IMPLIED_TAILS) \
                    and not any(w in (m.norm or m.surface) for w in _STATIONED):
                target = _hostless_mission_country(doc, abroad_cache)  # 中国大使馆, 中国使馆: China's, abroad
            if target:
                doc.add_relation(m.key, "locatedIn", target, mention_evidence(doc, m, rule="registry.locatedIn-country"),
                             "registry.locatedIn-country")
            continue
        if a.get("organ"):  # 农业部渔业局 → 农业农村部 (named inside the unit's name)
            organ = by_name[a["organ"]]
            parent = names.get(organ.name) or _ensure(doc, organ.key, organ.label, organ.name)
            if a.get("organ_written"):
                doc.entities[parent].aliases.add(a["organ_written"])
            doc.add_relation(m.key, "subOrganizationOf", parent, mention_evidence(doc, m, rule="registry.subOrganizationOf-unit"),
                         "registry.subOrganizationOf-unit")
            if m.rule == "registry.unit" and (code := unit_place_code(m.surface, a.get("organ_written") or a["organ"])):
                doc.add_relation(m.key, "locatedIn", ensure_place(doc, code),  # 人民银行兰州中心支行: 兰州市
                                 mention_evidence(doc, m, rule="registry.locatedIn-unit"), "registry.locatedIn-unit")
            continue  # a unit is where its organ is, or the place its name opens with
        if m.label == "Agency" and a.get("parent_org") and a["parent_org"] in names:
            doc.add_relation(m.key, "subOrganizationOf", names[a["parent_org"]],
                         mention_evidence(doc, m, rule="registry.subOrganizationOf"), "registry.subOrganizationOf")
        elif m.label == "Agency" and a.get("parent_org") in by_name and len(m.surface or "") > len(a["parent_org"]) \
                and m.surface.startswith(a["parent_org"]):
            # 水利部黄河水利委员会 (fangxun113): the parent written inside the alias the body is read by
            organ = by_name[a["parent_org"]]
            parent = _ensure(doc, organ.key, organ.label, organ.name)
            doc.add_relation(m.key, "subOrganizationOf", parent,
                             mention_evidence(doc, m, rule="registry.subOrganizationOf"), "registry.subOrganizationOf")
        if m.label == "Agency" and a.get("national") and china:  # where the text names China
            china_key = _country(doc, CHINA_ISO)
            doc.add_relation(m.key, "locatedIn", china_key, mention_evidence(doc, m, rule="registry.locatedIn-china"),
                         "registry.locatedIn-china")
        elif a.get("located"):
            doc.add_relation(m.key, "locatedIn", ensure_place(doc, a["located"]),
                         mention_evidence(doc, m, rule="registry.locatedIn-media"), "registry.locatedIn-media")
