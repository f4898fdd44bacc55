"""Names jieba's dictionary tags as places (ns) and organisations (nt), verified before use.

jieba's own tags find twice the places the division table does (美国, 长江, 华北, 东南亚 …), but
also tag common nouns (城市, 海洋, 山区) and split names wrongly.  So a dictionary word tagged ns
or nt is a candidate only; it becomes a mention when
- it is a word of its sentence (`kg.text.word_bounded`: jieba's segmentation of its neighbourhood
  puts breaks at both ends, and no lone noun is glued before it),
- it is not on the stop list of common words the dictionary tags as names (pos_stop_words.tsv)
  nor one of its rarest entries (phrases added with a guessed tag: 加大力度 ns, 长足进展 nt),
- no grammar of this package or the gazetteer named that text already (names from the division
  table, agency and organisation grammars and other stages win; `resolve` drops a candidate that
  overlaps any other mention).
Candidates are found with one Aho-Corasick pass over the tagged words (no full segmentation of
the text: extraction keeps pace with bare `jieba.lcut`), and segmentation runs only around them.
An nt name ending in a unit of government (…部, …局, …委员会) is an Agency, other nt names are
Organizations; ns names are Places of level `region` (no division code, no enclosing county).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon as L
from ...divisions import place_chars, place_words, table
from ...text import CHINESE_NUMERALS, HAN, is_han, long_matches, word_bounded, word_freq, word_runs, word_tags
from ...text import NAME_DOTS, alt, dict_words, frequent_first, late_module
from .agencies import DEPARTMENT as _DEPARTMENT
from .common import REGION_COMPANY_AFTER, Found, Occupancy, cue, names_memorial as _names_memorial
from .organizations import ORG_GENERIC as _ORG_GENERIC


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    return frozenset(L.column("pos_stop_words.tsv"))


def _inside_longer_word(text: str, s: int, e: int) -> bool:
    """Does a longer dictionary word that is no candidate open at `s` (英特尔 around 英特,
    法西斯 around 法西, 大江南北 around 大江)?  Then the candidate is a piece of it."""
    freq, tags = word_freq(), word_tags()
    for k in range(e + 1, min(len(text), e + 4) + 1):
        w = text[s:k]
        if freq.get(w) and (w in _stop_words() or tags.get(w) not in ("ns", "nt")):
            return True
    return False


@lru_cache(maxsize=1)
def _automaton():
    stop = set(_stop_words())
    T = table()  # division names are the gazetteer's: it knows when a short one is meant
    stop |= set(T.by_name) | (set(T.by_short) - T.district_stems) | set(L.words("water_generic"))  # 河湖, 江河
    stop |= set(cue("org_cues", "nt_common_words"))  # 音乐会, 加油站: kinds the dictionary tags nt
    stop |= _people_stems()  # 达斡尔, 锡伯: a people (鄂伦春和达斡尔较少民族村), no place
    members = tuple(cue("org_cues", "member_suffixes"))  # 安理会常任理事国: states, not a body
    freq = word_freq()
    words = {}
    for w, t in word_tags().items():
        # entries of the lowest frequencies are phrases added with a guessed tag (加大力度 ns)
        if t in ("ns", "nt") and len(w) >= 2 and w not in stop and freq.get(w, 0) >= _MIN_FREQ \
                and not _counted_divisions(w) and not w.endswith(members):
            words[w] = (w, t)
    return frequent_first(words)


_MIN_FREQ = 10


def _people_stems() -> set[str]:
    """The names of China's peoples without 族 (达斡尔, 锡伯, 乌孜别克: ethnic_groups.tsv), which the
    dictionary tags ns: a people, no place.  Not those that name a country too (俄罗斯, 朝鲜, 蒙古:
    world_names.tsv), which the registry reads, nor a division of the table (东乡: 东乡区, 东乡族自治县;
    少年时代被称为“东乡才子”)."""
    countries = set()
    for r in L.load_table("world_names"):
        if r["kind"] == "country":
            countries |= {r["name"], *filter(None, (r["aliases"] or "").split("|"))}
    T = table()
    return {g[:-1] for g in L.ETHNIC_GROUPS if g.endswith("族") and len(g) >= 3} - countries \
        - set(T.by_short) - set(T.by_name)


@lru_cache(maxsize=1)
def _automaton_runs():
    """Where `_automaton` can match (`kg.text.word_runs`): it is walked there only."""
    return word_runs(_automaton().keys())


def _counted_divisions(w: str) -> bool:
    """三区, 两县, 四镇: a number of divisions (一体推进“三区”建设), which the dictionary tags ns,
    is no place name (三峡 and 九寨沟 are: their second character is no division word); nor is a
    numbered school (六中新校区, 九中扩建: pos_numbered_chars) nor a count of cities (“三城同创”:
    pos_counted_city_chars)."""
    return len(w) == 2 and w[0] in _NUMERALS and \
        w[1] in place_chars("pos_division_chars") + place_chars("pos_numbered_chars") \
        + place_chars("pos_counted_city_chars")


_NUMERALS = CHINESE_NUMERALS[:10] + "两"  # not 万 of 万县, a former county
_MINISTRY = place_chars("pos_ministry")
_AREA = place_chars("pos_area")
_FARM_WORDS = place_words("pos_farm_words")  # 南山牧场, 小岭林场: the farm named after the place
_TEAMS = L.words("pos_teams")
_NT_ROLE_AFTER = tuple(cue("org_cues", "nt_role_after"))  # 发挥国家队|作用: the role played, no body
_DIRECTIONS = set(L.chars("directions"))
_ORG_LAST_CHARS = set(L.chars("organization_last_chars"))
_NOT_AFTER_PLACE = tuple(L.words("pos_place_not_before"))  # 蒙古族: an ethnic group, not a place
_MUSEUM_HEADS = tuple(L.words("pos_museum_heads"))  # 故宫博物院: a museum, an organisation
_SITE_HEADS = tuple(L.words("pos_site_heads"))  # 良渚遗址, 中山公园: a site, no division
_TOMB_AFTER = tuple(L.words("pos_tomb_after")) or ("\0",)  # 汉阳|陵: an imperial tomb called by its place
_TOMB_NOT_AFTER = tuple(L.words("pos_tomb_not_after")) or ("\0",)  # 陵水, 陵县: a division's name goes on
_PORT_AFTER = tuple(L.words("pos_port_after"))  # 港: 南山港, the port called by a name
_DIVISION_AFTER_PORT = tuple(L.words("pos_port_division_after"))  # 新港区: a division whose name ends in 港
_ESTATE_AFTER = tuple(place_words("estate_after_name"))  # 新竹苑, 巴黎花园: an estate named after a place
_SCENIC_AFTER = tuple(place_words("scenic_after_name"))  # 天华山旅游景区, 西关印象景区: a scenic area's name
_SCENIC_GLUED = tuple(place_words("scenic_glued_after_name")) or ("\0",)  # 石塘古村 (九寨沟景区 stays a place)
_SCENIC_REACH = 4  # characters of the name between the place word and the scenic area's word
_PARK_HEADS = tuple(place_words("park_heads"))  # 园: 清明上河园, a park named by its own words
_PARK_NOT_AFTER = tuple(place_words("park_not_after"))  # 园区, 园林: an estate or gardens at a place


def _park_name_piece(text: str, s: int, e: int) -> bool:
    """清明|上河|园, 汴京|富乐|园: a word jieba tags ns, glued to the characters of a name before it and closed
    by 园, is a piece of a park's or scenic garden's name, no place (上河 was a region; 苏州工业园区,
    江南园林: 园区 and 园林 are at the place, which stays)."""
    return s > 0 and is_han(text[s - 1]) and text.startswith(_PARK_HEADS, e) \
        and not text.startswith(_PARK_NOT_AFTER, e)
_NAMED_ESTATE = tuple(place_words("estate_after_given_name"))  # 加州阳光小区: the estate's given name
_COMPANY_AFTER = REGION_COMPANY_AFTER  # 西南证券, 华北制药: the company written short
_SPECIES_REGIONS = frozenset(place_words("macro_regions"))  # 东北, 华南: the regions a species is named after
_SPECIES_AFTER = tuple(place_words("region_species_after"))  # 虎, 豹


def _names_species(word: str, text: str, e: int) -> bool:
    """东北虎, 华南虎, 东北豹 (东北虎豹国家公园): a macro-region's name before a big cat's names the
    species, no place of the text; only these regions (荥阳|虎牢关 keeps its city)."""
    return word in _SPECIES_REGIONS and text.startswith(_SPECIES_AFTER, e)


_PLANT_NAMES = tuple(place_words("plant_names_after_place")) or ("\0",)  # 天竺桂: a tree named after a place
_SPECIES_TAILS = tuple(cue("registry_cues", "species_name_tails")) or ("\0",)  # 日本|晚樱, 美国|红枫, as the registry reads them


def _opens_plant_name(text: str, s: int, e: int) -> bool:
    """栽植天竺桂、柏木: a place word that opens a tree's name (place_grammar plant_names_after_place), or
    one before the tail of a species called after a region (日本晚樱, 北美海棠: registry_cues
    species_name_tails, which the registry already skips), is a piece of the species' name, no place."""
    return text.startswith(_PLANT_NAMES, s) or text.startswith(_SPECIES_TAILS, e)


def _opens_estate_name(text: str, e: int) -> bool:
    """加州阳光小区, 巴黎春天花园: a place word, then one or two characters and an estate's word
    (place_grammar estate_after_given_name), opens the estate's given name: no place."""
    return any(all(map(is_han, text[e:e + gap])) and text.startswith(_NAMED_ESTATE, e + gap)
               for gap in (1, 2) if len(text) > e + gap)


@lru_cache(maxsize=1)
def _person_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words before, words after) a name that make it a person's: the posts and titles of
    posts.tsv (国务委员罗干, 秘书长安南) and pos_person_cues.tsv (科菲·安南, 巴金先生)."""
    before = {r["word"] for r in L.load_table("posts") if r["kind"] in ("post", "head")}
    after: set[str] = set()
    for r in L.load_table("pos_person_cues"):
        if r["where"] in ("before", "after"):
            (before if r["where"] == "before" else after).add(r["word"])
    by_len = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
    return by_len(before), by_len(after)


def _person_context(text: str, s: int, e: int) -> bool:
    """Is the word at [s, e) a person's name by its neighbours (a title before, 先生 after)?"""
    before, after = _person_cues()
    return text[max(0, s - 5):s].endswith(before) or text.startswith(after, e)


@lru_cache(maxsize=1)
def _surname_cues() -> tuple[frozenset, tuple[str, ...]]:
    """(one-character family names, what a person does after the name: `after_surname` cues)."""
    names = frozenset(r["surname"] for r in L.load_table("surnames") if len(r["surname"]) == 1)
    after = tuple(sorted((r["word"] for r in L.load_table("pos_person_cues") if r["where"] == "after_surname"),
                         key=len, reverse=True))
    return names, after


def _given_name_of(text: str, s: int, e: int) -> bool:
    """Is a two-character place word the given name after a family name (万|广明|指出, 书记王|广明
    表示)?  The family name opens its clause or follows a post, and the name is followed by what a
    person says or does (after_surname in pos_person_cues.tsv) — or the family name follows a role noun
    (村民, 牧民: before) and his household or where he is follows the name (村民包海山家: after_role_name)."""
    names, after = _surname_cues()
    if e - s != 2 or s < 1 or text[s - 1] not in names:
        return False
    before, _ = _person_cues()
    if text.startswith(_ROLE_NAME_CLOSERS, e) and text[max(0, s - 6):s - 1].endswith(before):
        return True  # 村民包|海山|家, 牧民王|海山|在…: a villager's household or where he is (xibu83)
    if not text.startswith(after, e):
        return False
    return s == 1 or not is_han(text[s - 2]) or text[max(0, s - 6):s - 1].endswith(before)


# 走进村民包海山家: what follows a villager's name that a role noun opens (after_role_name in pos_person_cues.tsv)
_ROLE_NAME_CLOSERS = tuple(sorted((r["word"] for r in L.load_table("pos_person_cues") if r["where"] == "after_role_name"),
                                  key=len, reverse=True))


def _opens_person_name(text: str, s: int, e: int) -> bool:
    """Is a two-character place word a family name and the first character of a three-character
    given name (吴国|玉同志, 吴国|玉表示: no kingdom of 吴)?  The name opens its clause, follows a
    post, a preposition that introduces a person (会议由徐海|廷主持) or a notice's verb (选举任命魏国|荣同志为:
    before_surname in pos_person_cues.tsv) or follows an office's name
    with a post after it (长春外办齐国|华|主任), and what a person says or does follows it (after_surname in pos_person_cues.tsv) — or it is an item of a list of names
    (徐海|廷、李明、王刚等), its third character no division's or feature's (华北|区、华东区)."""
    names, after = _surname_cues()
    if e - s != 2 or text[s] not in names or not is_han(text[e:e + 1] or "a"):
        return False
    if _AGE_BEFORE.search(text, max(0, s - _AGE_REACH), s):
        return True  # 68岁的张本|全在…上班: a person's age before the three characters makes them a name
    if not text.startswith(after, e + 1) and not _listed_name(text, s, e) and not _post_after_name(text, e):
        return False
    before, _ = _person_cues()
    return s == 0 or not is_han(text[s - 1]) or text[s - 1] in _PERSON_BEFORE_CHARS \
        or text[max(0, s - 5):s].endswith(before) or text.endswith(_BEFORE_SURNAME, 0, s) \
        or (text[s - 1] in _BODY_END_CHARS and _post_after_name(text, e))  # 长春外办|齐国|华|主任


_AGE_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十]岁的$")  # 68岁的|张本全: an age ends right before the name
_AGE_REACH = 3  # the age's last digit, 岁 and 的
_PERSON_BEFORE_CHARS = set(L.chars("pos_person_before_chars"))  # 由, 与: 会议由徐海廷主持
_BODY_END_CHARS = set(L.chars("pos_body_end_chars"))  # 办, 局: an office's officer named before the post
_POSTS_AFTER_NAME = tuple(sorted((r["word"] for r in L.load_table("pos_person_cues") if r["where"] == "post_after_name"),
                                 key=len, reverse=True))


def _post_after_name(text: str, e: int) -> bool:
    """吴国|才|处长指出: a post right after the character that follows the place word, that character
    no division's or feature's (吴江市|市长 is the city's mayor, no person 吴江市)."""
    return text.startswith(_POSTS_AFTER_NAME, e + 1) and text[e] not in _DIVISION_CHARS + _FEATURE_CHARS
_LIST_MARK = "、"


def _name_before_post(text: str, s: int, e: int) -> bool:
    """洪都主任从7个方面作了总结: a two-character place word opening its clause with a family name first
    and a personal post right after it (主任, 书记, 校长: post_after_name) is a person addressed by his
    post, no place; a post of a division (县长) or a word closed by a division's character stays a place."""
    names, _ = _surname_cues()
    if e - s != 2 or text[s] not in names or not text.startswith(_POSTS_AFTER_NAME, e) \
            or text[e] in _DIVISION_CHARS + _FEATURE_CHARS:
        return False
    return s == 0 or not is_han(text[s - 1]) or text[s - 1] in _PERSON_BEFORE_CHARS


def _listed_name(text: str, s: int, e: int) -> bool:
    """Are the three characters from `s` an item of an enumeration (a 、 after them), their last
    character no division's or feature's (华北区、)?  (`_opens_person_name` reads what is before.)
    The list's last item too, after a 、 whose item before is a name's shape (…高开焰、马亚|杰分别辞去:
    two or three characters opening with a family name)."""
    if text[e] in _DIVISION_CHARS + _FEATURE_CHARS:
        return False
    return text[e + 1:e + 2] == _LIST_MARK or (s >= 1 and text[s - 1] == _LIST_MARK and _name_item(text, s - 1, -1))


def _closes_post(text: str, s: int) -> bool:
    """Does a post end on the candidate's first character (财政部长|安雷: 长安 is no place, a
    minister's title and his name)?"""
    post_ending_at = late_module("..registry", __package__).post_ending_at  # (imported once: see `late_module`)
    return s > 0 and post_ending_at(text, s + 1) is not None


_TRANSLIT = set(place_chars("transliteration_chars"))


def _opens_name_after_post(text: str, s: int, e: int) -> bool:
    """日本经济产业大臣西村|康稔: a two-character word jieba alone calls a place (no division of the
    gazetteer: those are taken already), written right after a post and run on by two more Han
    characters, opens the holder's four-character name (a Japanese name), no place."""
    return e - s == 2 and is_han(text[e:e + 1] or "a") and is_han(text[e + 1:e + 2] or "a") \
        and _closes_post(text, s - 1) if s > 1 else False


def _piece_of_foreign_name(text: str, s: int, e: int) -> bool:
    """Is a two-character candidate written by sound the start of a longer name written by sound
    (“乌斯|塔夏”, 西卡|鲁利泽: two more such characters follow) or inside one (…|西亚|…)?  The
    registry's and the gazetteer's names are taken already, so the longer name is none of theirs."""
    if e - s != 2 or not all(c in _TRANSLIT for c in text[s:e]):
        return False
    after = text[e:e + 2]
    return (len(after) == 2 and all(c in _TRANSLIT for c in after)) or \
        (s > 0 and text[s - 1] in _TRANSLIT and after[:1] in _TRANSLIT and after[:1] != "") or \
        _ends_name_after_post(text, s)


_NAME_HEAD_MAX = 3  # characters by sound a name may have before a place word that ends it (普拉森|西亚)


def _ends_name_after_post(text: str, s: int) -> bool:
    """法国总理拉|法兰, 萨尔瓦多外长普拉森|西亚: one to three characters by sound between a post and
    the word are the head of a name that the word ends (the name follows the post; no place is
    written there).  A bounded look-back: the post must end right before those characters."""
    post_ending_at = late_module("..registry", __package__).post_ending_at
    for k in range(1, _NAME_HEAD_MAX + 1):
        if k > s or text[s - k] not in _TRANSLIT:
            return False
        if post_ending_at(text, s - k) is not None:
            return True
    return False


_DIVISION_CHARS = place_chars("pos_division_chars")
_DIVISION_OPENED_WORDS = tuple(place_words("pos_division_opened_words"))  # 村道: no 中港|村 before it


def _cut_division_name(text: str, s: int, e: int) -> bool:
    """Does a division's short name start at the word and go on past it (丹江|口: 丹江口市 written
    short, 保康 …)?  The gazetteer has judged that longer name already (a county's short name
    needs its city or province named); the word inside it is a piece of that name, no place.
    `e` is the end with a division's or feature's character (峨眉|山 is the mountain whole)."""
    T = table()
    return any(text[s:k] in T.by_short for k in range(e + 1, min(len(text), s + _MAX_SHORT) + 1))


_GLOSS_BEFORE = tuple(place_words("pos_gloss_before"))
_OPEN_QUOTES = "“\"‘'「"


def _glossed(text: str, s: int) -> bool:
    """Is the word the meaning a gloss gives a name (藏语意为“大湖”, 意思是大湖)?  A translation,
    no place (the gloss verb right before it, an opening quote between)."""
    k = s - 1 if s and text[s - 1] in _OPEN_QUOTES else s
    return text[max(0, k - 4):k].endswith(_GLOSS_BEFORE)


_MAX_SHORT = 6  # the longest short names of divisions read here (五大连池, 阿拉山口 …)


_FEATURE_CHARS = place_chars("pos_feature_chars")


def _names_scenic_area(text: str, e: int) -> bool:
    """A place word of jieba's with a scenic area's word (景区, 古村) closing the name it opens, at
    most a few characters on (天华山|旅游景区, 西关|印象景区, 瑶山|水城景区, 石塘|古村): the scenic area
    is what is named, no place is (a division's character between them, 桂林市景区, leaves it).  The
    place word is read to its feature's end first (九寨|沟景区: the valley, and its area right after it
    is at that place)."""
    e = _division_end(text, e)
    for k in range(_SCENIC_REACH + 1):
        if k and (not is_han(text[e + k - 1:e + k] or "a") or text[e + k - 1] in _DIVISION_CHARS):
            return False
        if text.startswith(_SCENIC_AFTER if k else _SCENIC_GLUED, e + k):
            return True  # (九寨沟|景区: the area at the place named, which stays a place)
    return False


_SCENIC_GENERIC = frozenset(place_words("scenic_generic_pieces"))


def _piece_of_named_scenic_area(text: str, s: int, e: int) -> bool:
    """在西关印象、花田酒溪黄酒文化民俗村、房州古镇等景区 where the text also writes 西关印象景区接待游客 (wenlv93, 房县):
    the place word opens, with the few characters after it, the name of a scenic area the text writes in full
    elsewhere (`_names_scenic_area`), here written short before a mark (、，。 or a quote): that area, no place.
    The characters between must name the area (no 旅游 or 风 of 天华山旅游景区, 黄山风景区: 到天华山旅游。 keeps the
    mountain), and a division's character among them leaves it.  At most `_SCENIC_REACH` set lookups in
    `_named_scenic_stems`, read once per text."""
    e = _division_end(text, e)
    stems = _named_scenic_stems(text)
    if not stems:
        return False
    for k in range(1, _SCENIC_REACH + 1):
        c = text[e + k - 1:e + k]
        if not c or not is_han(c) or c in _DIVISION_CHARS:
            return False
        after = text[e + k:e + k + 1]
        if text[s:e + k] in stems and text[e:e + k] not in _SCENIC_GENERIC and after and not is_han(after) \
                and not after.isalnum():
            return True
    return False


@lru_cache(maxsize=4)
def _named_scenic_stems(text: str) -> frozenset[str]:
    """Every run of two to `_MAX_SHORT` + `_SCENIC_REACH` characters written right before a scenic area's word
    (景区, 风景区, 旅游区, 古村: the longest at each place) in `text`: the names of the areas it writes in full, one
    pass per word."""
    out = set()
    reach = _MAX_SHORT + _SCENIC_REACH
    for word in _SCENIC_AFTER:
        i = text.find(word)
        while i >= 0:
            if not any(len(w) > len(word) and w.endswith(word) and text.startswith(w, i + len(word) - len(w))
                       for w in _SCENIC_AFTER):  # (黄山风景区: the word is 风景区, no 黄山风 named)
                out.update(text[i - n:i] for n in range(2, reach + 1) if i >= n)
            i = text.find(word, i + 1)
    return frozenset(out)


def _division_end(text: str, e: int) -> int:
    """Where a place name jieba tags ns ends when a division's character follows it (福井县,
    西柏坡乡) or a natural feature's (峨眉山, 涑水河: jieba splits the name from its word, and the
    mountain or river is the place meant): over that character, unless it opens a word of its own
    (江南|区域, 城关|镇上, 中国|山区)."""
    if text[e:e + 1] and text[e] in _DIVISION_CHARS + _FEATURE_CHARS and not word_freq().get(text[e:e + 2]) \
            and not _opens_division_word(text, e):
        return e + 1  # (中港|村道上: a village's road, no 中港村; 中港村|道路 goes on)
    return e


def _opens_division_word(text: str, e: int) -> bool:
    """Does the division's character at e open a word the dictionary lacks (pos_division_opened_words: 中港|村道上,
    沿线|乡道), the two characters after it no word of their own (中港村|道路 is the village's roads)?"""
    return text.startswith(_DIVISION_OPENED_WORDS, e) and not word_freq().get(text[e + 1:e + 3])


_SHORT_REST_MAX = 2  # characters of a division's name past the word jieba tags ns (南浦|溪 of 南浦溪镇)
_NAMED_DIVISION_ENDS = tuple(place_words("township_suffixes")) + tuple(place_words("street_suffix"))  # 镇, 乡, 街道


def _short_of_named_division(text: str, s: int, e: int) -> bool:
    """南浦溪生态 where the text names 南浦溪镇: the ns word (南浦) opens the short name of a division the
    text names in full, one or two characters on (no division's own character among them), so it
    is a piece of that name, no place of its own.  The rest and the township's word must make no
    word (松口|古镇 is the old town of 松口, 龙潭河|景区 a site).  At most 2 x len(ends) set lookups in
    `_named_division_stems`, read once per text (a scan of the text per ns word grew with its square)."""
    named = _named_division_stems(text)
    freq = word_freq()
    for k in range(1, _SHORT_REST_MAX + 1):
        rest = text[e:e + k]
        if len(rest) < k or not all(is_han(c) and c not in _DIVISION_CHARS for c in rest):
            return False
        stem = text[s:e + k]
        if any((stem, end) in named and not freq.get(rest + end) and not freq.get(rest[-1] + end[0])
               for end in _NAMED_DIVISION_ENDS):
            return True
    return False


_STEM_REACH = 8  # characters of a division's stem read before its word (an ns word and two more, at most)


@lru_cache(maxsize=4)
def _named_division_stems(text: str) -> frozenset[tuple[str, str]]:
    """(stem, word) for every run of up to `_STEM_REACH` characters written right before a township's or
    street's word (镇, 乡, 街道) in `text`: the full names the text writes, one pass per word."""
    out = set()
    for end in _NAMED_DIVISION_ENDS:
        i = text.find(end)
        while i >= 0:
            out.update((text[max(0, i - n):i], end) for n in range(1, _STEM_REACH + 1))
            i = text.find(end, i + 1)
    return frozenset(out)


_VILLAGE_WORD = place_words("subplace_suffixes")[1]  # 村
_VILLAGE_STEM_MAX = 4  # characters of a village's stem read before its 村


def _stem_of_named_village(text: str, s: int, e: int) -> bool:
    """中平产业园 where the text names 中平村 (呆鹰岭镇中平村股份经济合作社; xiangjiang86): the ns word is the stem of
    a village the text writes in full, that village's short name before what lies in it, no region of its
    own.  Not where 村 follows (the village itself) nor where the word is a division's full or short name (江南,
    河南, 长安: 江南村 and 江南地区 are two places)."""
    word = text[s:e]
    return not text.startswith(_VILLAGE_WORD, e) and word in _named_village_stems(text) \
        and not table().by_name.get(word) and not table().short_candidates(word)


@lru_cache(maxsize=4)
def _named_village_stems(text: str) -> frozenset[str]:
    """Every run of two to `_VILLAGE_STEM_MAX` characters written right before a 村 in `text`, one pass
    (not a 村 that opens a word of its own: 中港|村道上, `_opens_division_word`)."""
    out = set()
    i = text.find(_VILLAGE_WORD)
    while i >= 0:
        if not _opens_division_word(text, i):
            out.update(text[i - n:i] for n in range(2, _VILLAGE_STEM_MAX + 1) if i >= n)
        i = text.find(_VILLAGE_WORD, i + 1)
    return frozenset(out)


_TAIL_WORD_ENDS = tuple(place_words("pos_tail_word_ends"))  # 村, 县
_NAME_FUNCTION_CHARS = set(place_chars("function_chars"))


def _village_tail(text: str, s: int, word: str) -> bool:
    """Is a village or county word jieba tags ns (东村, 新村, 南村; 林县, a former county) the tail of a
    longer name (米|东村的街头, 大|新村; 泰国清迈府湄|林县)?  A name character (no function character:
    在|东村, 和|南村) right before it, and no word of the dictionary ending there (走进|南村, 河南|林县
    have their own start)."""
    if not word.endswith(_TAIL_WORD_ENDS) or s == 0 or not is_han(text[s - 1]) \
            or text[s - 1] in _NAME_FUNCTION_CHARS:
        return False
    freq = word_freq()
    return not any(freq.get(text[k:s]) for k in range(max(0, s - 3), s - 1))


_GROUP_NAME_SUFFIXES = tuple(place_words("group_name_suffixes"))  # 小组, 村民小组


def _opens_group_name(text: str, s: int, e: int) -> bool:
    """Is a word jieba tags ns the start of a village group's name, one name character and the
    group's word after it (大坡|头小组, 白石|岩村民小组 in a list of hazard sites)?  The group is named
    there (大坡头), no region 大坡: one look at the characters after the word."""
    ch = text[e:e + 1]
    return bool(ch) and is_han(ch) and ch not in _NAME_FUNCTION_CHARS and ch not in _GROUP_NOT_NAME \
        and text.startswith(_GROUP_NAME_SUFFIXES, e + 1)


_GROUP_NOT_NAME = "党"  # 党小组: the party's group of a body, no village group


def _agency_like(word: str) -> bool:
    return word.endswith(_AGENCY_ENDINGS)


_AGENCY_ENDINGS = tuple(L.words("pos_agency_endings"))
_PARTY_DEPT = re.compile(f"(?:{alt(L.PARTY_STEMS)})(?:{L.words_alt('party_dept_suffix')})")


def _compass_piece(text: str, s: int, e: int) -> bool:
    """Does the word open with compass characters that name no region here (粤东|西北地区,
    西南|门村, 东西南北: `kg.stages.registry.compass_piece`), or is the word a side of a place in its
    list of borders (东北|界伍家湾乡、…西南接锦滨乡: `kg.stages.registry._border_side`)?"""
    R = late_module("..registry", __package__)  # (imported once: see `late_module`)
    _COMPASS, compass_piece = R._COMPASS, R.compass_piece
    n = next((i for i in range(s, e) if text[i] not in _COMPASS), e) - s
    return n >= 2 and (compass_piece(text, s, s + n) or (n == e - s and R._border_side(text, s, e)))


def _compass_opened_village(text: str, s: int, e: int, taken: Occupancy) -> int:
    """dongbei85: 西大川村通过建立大枣产业合作社: jieba splits a clause-opening compass character off
    a village's name (西|大川村), though northern villages are named so by the side they lie on
    (东大川村, 西大川村, 南营子村); alone at a clause's start (or a list item's) before the village it
    says no side of anything, so it opens the name.  The start to take, else `s`."""
    k = s - 1
    if k < 0 or not text.endswith(_VILLAGE_END, 0, e) or e - s < 3 or text[k] not in _COMPASS_CHARS:
        return s
    if (k > 0 and is_han(text[k - 1])) or taken.overlaps(k, s):
        return s
    return k


_VILLAGE_END, _COMPASS_CHARS = "村", place_chars("compass_chars")


def _county_seat_side(text: str, s: int, e: int) -> bool:
    """位于天镇县城南约20公里处: 城南 right after 县 is a side of the county seat (县城|南), no district
    named 城南: a word of 城 and compass characters only, whose 城 closes the 县城."""
    w = text[s:e]
    return s > 0 and text[s - 1] in _SEAT_BEFORE and w[0] == _SEAT and len(w) >= 2 \
        and all(c in _DIRECTIONS for c in w[1:])


_SEAT, _SEAT_BEFORE = "城", "县"


def _terrain_slope(text: str, s: int, e: int) -> bool:
    """Is the word a compass point, 高 or 低 and another compass point (地势西高东低: jieba's ns 西高东)?
    It says how the land slopes, and names no place."""
    w = text[s:e]
    return len(w) == 3 and w[1] in _SLOPE and w[0] in _DIRECTIONS and w[2] in _DIRECTIONS


_SLOPE, _DIRECTIONS = L.chars("slope_chars"), L.chars("directions")


def _in_given(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return late_module("..registry", __package__).inside_given_name(spans, s, e)  # (imported once)


_BARE_UNIT_HEADS = tuple(cue("registry_cues", "bare_unit_heads"))  # 司长: a ministry's 司 ends before it
_BARE_UNIT_END = _BARE_UNIT_HEADS[0][:1]  # 司: the unit's last character is its head post's first
_END_NOT_WORDS = tuple(cue("registry_cues", "organ_end_not_words"))  # 社区, 部门: the last character opens a word
_NT_VERB_TAILS = tuple(cue("org_cues", "nt_verb_tails"))  # 报来, 报送: the last character opens a verb of submitting


_SAR_OFFICES = tuple(r["word"] for r in L.load_table("posts_words") if r["list"] == "sar_offices")
_NAME_OPENERS = frozenset(r["word"] for r in L.load_table("posts_words") if r["list"] == "name_openers")
_OPENER_LENGTHS = sorted({len(w) for w in _NAME_OPENERS}, reverse=True)


def _tibetan_name_piece(text: str, s: int, e: int) -> bool:
    """革吉县布贡村一组的尼玛扎西一家: a word jieba tags ns (扎西, a town of 威信县; 乌兰) that is itself a
    word Tibetan and Mongolian given names are built of (posts_words.tsv name_openers), written right
    against another such word (尼玛|扎西, 扎西|次仁), is a piece of a person's name, no place; so is
    one opening a village's name (扎西|松多村: `_VILLAGE_RUN_ON`)."""
    if text[s:e] not in _NAME_OPENERS:
        return False
    return any(text[max(0, s - n):s] in _NAME_OPENERS or text[e:e + n] in _NAME_OPENERS for n in _OPENER_LENGTHS) \
        or _name_runs_on(text, e) or bool(_VILLAGE_RUN_ON.match(text, e))


# one to three characters and a village's or township's last word (松多村, 宗乡): the rest of a village's
# name a given-name word opens (扎西|松多村, 措美县's village), read by `_tibetan_name_piece`
_VILLAGE_RUN_ON = re.compile(f"[{HAN}]{{1,3}}?(?:{'|'.join(place_words('name_piece_village_tails'))})")


_NAME_SYLLABLES = frozenset(L.chars("tibetan_name_chars")) | frozenset(L.chars("steppe_name_chars"))


def _name_runs_on(text: str, e: int) -> bool:
    """农牧民扎西|卓嘎|正将…: a name's first word followed by two more syllables of such names (卓嘎,
    丹增) is the head of a four-character name even where they are no opener of their own."""
    return len(text) >= e + 2 and all(ch in _NAME_SYLLABLES for ch in text[e:e + 2])


def _tail_of_sar_office(text: str, s: int, e: int) -> bool:
    """Does the word text[s:e] end a longer office of a special administrative region's government
    written right before (经济|财政司, 行政|法务司)?  The segmenter cuts those names, and their tails
    read as bodies of their own; the posts stage reads the whole office (`sar_offices`)."""
    return any(len(w) > e - s and text.endswith(w, 0, e) for w in _SAR_OFFICES)


_ADVERB_TAILS = place_chars("adverb_tail_chars")
_VERBAL_TAGS = ("v", "d", "c", "p")


def _adverb_reading(text: str, s: int, e: int) -> bool:
    """大都从事建筑、纺织…, 已有研究大都只是…: a two-character ns word closing with an adverb (都, 也)
    right before a verb, an adverb or a conjunction reads as "mostly" — a quantifier and its
    adverb, not the place (大都, the Yuan capital).  Only the word after it is segmented."""
    if e - s != 2 or text[e - 1] not in _ADVERB_TAILS:
        return False
    nxt = next(iter(dict_words(text[e:e + 6])), "")
    return bool(nxt) and (word_tags().get(nxt) or "").startswith(_VERBAL_TAGS)


def _names_office_unit(text: str, s: int, e: int) -> bool:
    """亚非|处, 欧亚|司 (省外办亚非处处长): a region's two-character name right before the word of an
    office's division names that division (as a run of short forms does there: the abbreviations'
    unit-after cue), no place."""
    from ..abbreviations import _cues, _names_unit
    return e - s == 2 and _names_unit(text, e, _cues())


_NAME_DOTS = NAME_DOTS  # the dots between a name's parts (kg/text.py)
_FIGURE_PLACES = frozenset(L.words("pos_figure_places"))  # 长城
_FIGURE_MODIFIERS = tuple(sorted(L.words("pos_figure_modifiers"), key=len, reverse=True))  # 钢铁, 绿色


_SLOGAN_COUNTS = frozenset("一二三四五六七八九十两")  # the counts numbered slogans are written with


def _numbered_slogan_piece(text: str, s: int, e: int) -> bool:
    """西青区提出了“两城三带三区”总体布局, 工业区一城四区建设: a word opening with a count and followed
    right away by another count is a piece of a numbered slogan (two cities, three belts), no
    place, however jieba tags 两城 (ns)."""
    return text[s] in _SLOGAN_COUNTS and e < len(text) and text[e] in _SLOGAN_COUNTS


_FRONTIER_PLACES = frozenset(L.words("pos_frontier_places"))  # 南疆, 北疆
_FRONTIER_MODIFIERS = tuple(sorted(L.words("pos_frontier_modifiers"), key=len, reverse=True))  # 祖国(的)


def _reduplicated(word: str) -> bool:
    """美美与共, 洋洋洒洒, 津津乐道, 哥哥: a word of one character doubled is a piece of running text (an idiom,
    an intensive, a pet name) that jieba's dictionary tags ns (美美, 洋洋, 津津 for America, the ocean,
    Tianjin), no place's name — none of the country's divisions nor a country is written so."""
    return len(word) == 2 and word[0] == word[1]


def _homeland_frontier(text: str, s: int, e: int) -> bool:
    """地处祖国南疆的广西, 祖国北疆: 南疆 or 北疆 right after 祖国 is the country's frontier on that
    side (Guangxi's, Inner Mongolia's), no place; 南疆四地州 stays Xinjiang's south."""
    return text[s:e] in _FRONTIER_PLACES and text.endswith(_FRONTIER_MODIFIERS, 0, s)


def _figure_of_speech(text: str, s: int, e: int) -> bool:
    """筑起钢铁长城, 构筑绿色长城: a place a figure of speech is built on (pos_figure_places), written
    right after one of the figure's modifiers (pos_figure_modifiers: 钢铁, 绿色, 血肉), is the figure —
    the army, a shelter belt — no place; 八达岭长城 and 万里长城 are the wall."""
    return text[s:e] in _FIGURE_PLACES and text.endswith(_FIGURE_MODIFIERS, 0, s)


@lru_cache(maxsize=1)
def _product_names() -> tuple[frozenset[str], tuple[int, ...]]:
    """The foods named after a city or county (place_grammar products_with_place_names) and their lengths."""
    words = frozenset(place_words("products_with_place_names"))
    return words, tuple(sorted({len(w) for w in words}))


def _opens_product_name(text: str, s: int) -> bool:
    """超市销售的涪陵榨菜、金华火腿 (shipin117): a place word the dictionary tags opening a food named after
    its style's town (products_with_place_names) is the food's name, no place — as the gazetteer drops
    the division there; a fixed look-up at `s` for each length."""
    words, lengths = _product_names()
    return any(text[s:s + n] in words for n in lengths)


_TORN_WORDS = frozenset(L.words("pos_torn_words"))  # 主宾


def _torn_from_word(text: str, s: int) -> bool:
    """作为主宾州参会: the name's first character closes a word begun right before it (主宾, the guest of
    honour at a fair), so the name jieba tags ns (宾州) is torn out of 主宾州, no place."""
    return any(text[s - len(w) + 1:s + 1] == w for w in _TORN_WORDS if s >= len(w) - 1)


_DOTTED_PART_MAX = 8  # the longest part of a dotted name read here (艾尔肯·吐尼亚孜: 4)


def _in_dotted_name(text: str, s: int, e: int) -> bool:
    """艾尔肯·吐|尼亚|孜, 买吐地·买提|斯地|克: a word inside a run of Han characters that a name dot
    opens or closes is a piece of a person's name written by sound, no place.  (A word right beside
    the dot is a person's by pos_person_cues.tsv already.)  Bounded: a part is at most a few characters."""
    i = s
    while i > max(0, s - _DOTTED_PART_MAX) and is_han(text[i - 1]):
        i -= 1
    j = e
    while j < min(len(text), e + _DOTTED_PART_MAX) and is_han(text[j]):
        j += 1
    return (i > 0 and text[i - 1] in _NAME_DOTS) or (j < len(text) and text[j] in _NAME_DOTS)


_NAME_PART_MIN = 3  # characters of a dotted name's part looked for again alone (阿布都巴克: 5)


def _dotted_parts(text: str) -> frozenset[str]:
    """The ways the text's dotted names may open or close at their dot: each tail of the Han run
    before a dot and each head of the run after it, of `_NAME_PART_MIN` to `_DOTTED_PART_MAX`
    characters (…村民阿布都巴克·托合提肉孜负责…: 阿布都巴克, 都巴克, 托合提肉孜 …).  One scan of the text."""
    parts: set[str] = set()
    for k, c in enumerate(text):
        if c not in _NAME_DOTS:
            continue
        i = k
        while i > max(0, k - _DOTTED_PART_MAX) and is_han(text[i - 1]):
            i -= 1
        j = k + 1
        while j < min(len(text), k + 1 + _DOTTED_PART_MAX) and is_han(text[j]):
            j += 1
        parts.update(text[a:k] for a in range(i, k - _NAME_PART_MIN + 1))
        parts.update(text[k + 1:b] for b in range(k + 1 + _NAME_PART_MIN, j + 1))
    return frozenset(parts)


def _inside_dotted_part(text: str, parts: frozenset[str], s: int, e: int) -> bool:
    """Is the word at [s, e) inside a part of a dotted name of the text, written again alone
    (像阿布都|巴克|这样: 巴克 of the person 阿布都巴克·托合提肉孜, named again by the first part of the
    name), no place?  The part must be written by sound (all its characters but one are characters
    of transliteration: not 走进天山·…, whose 进天山 holds 天山 the place).  Bounded: the spans around
    the word of at most `_DOTTED_PART_MAX` characters."""
    if not parts:
        return False
    for a in range(s, max(-1, s - _DOTTED_PART_MAX), -1):
        if a < s and not is_han(text[a]):
            break
        for b in range(e, min(len(text), a + _DOTTED_PART_MAX) + 1):
            if b > e and not is_han(text[b - 1]):
                break
            if (a, b) != (s, e) and b - a >= _NAME_PART_MIN and text[a:b] in parts \
                    and sum(c not in _TRANSLIT for c in text[a:b]) <= 1:
                return True
    return False


_SPACES = " \u3000\u00a0"


def _name_after_space(text: str, s: int, e: int) -> bool:
    """(澄江市政协 罗加|荣), 记者 罗加荣: a two-character word opening a three-character token written
    alone after a space (a signature: the organ, a space, the writer's name) with a family name first
    is a person's name, no place; unless its third character is a division's or a feature's (南京|路)."""
    if e - s != 2 or s == 0 or text[s - 1] not in _SPACES or e >= len(text):
        return False
    names, _ = _surname_cues()
    return text[s] in names and is_han(text[e:e + 1] or "a") and not is_han(text[e + 1:e + 2] or "a") \
        and text[e] not in _DIVISION_CHARS + _FEATURE_CHARS


_CREDIT_ROLES = tuple(r["word"] for r in L.load_table("pos_person_cues") if r["where"] == "credit")
_CREDIT_REACH = 16  # characters of names between a credit's role and a place word in it, at most
_CREDIT_CLOSE = ")）\n"


def _named_by_voltage(text: str, s: int, e: int) -> bool:
    """220千伏|渡江的项目, 120兆|伏安: a place word right after a voltage class names a substation or a
    line (voltage_before_name), or is read from a unit's characters (unit_words_not_place): no place."""
    if text.endswith(place_words("voltage_before_name"), 0, s):
        return True
    return any(text.find(u, max(0, s - len(u) + 1), min(len(text), e + len(u) - 1)) >= 0
               for u in place_words("unit_words_not_place"))


def _airport_named(text: str, s: int, e: int) -> bool:
    """重庆江北机场, 重庆江北、昆明长水等…机场: a place word after its city's short name that names an
    airport (the gazetteer's `airport_given_name`), no place of its own."""
    return late_module("..gazetteer", __package__).airport_given_name(text, s, e)  # (imported once)


def _township_suffix_piece(text: str, s: int) -> bool:
    """海口镇|海林村, 某乡|宁…: a word jieba tags ns that opens with the 镇 or 乡 closing a township of the
    division table written right before it (镇海 read across 海口镇 and 海林村) is a piece of two names,
    no place — the gazetteer's own test for its short names (`_closes_township`, 东峤镇|原党委)."""
    return late_module("..gazetteer", __package__)._closes_township(text, s)


_MEDIA_TITLE_ENDS = tuple(place_words("media_title_ends"))  # 新闻联播, 之声, 日报: a programme's or a paper's title
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"
_MEDIA_TITLE_REACH = 12  # characters of a programme's or a paper's title after the region's name


def _opens_media_title(text: str, s: int, e: int) -> bool:
    """被闽东日报、《闽东新闻联播》刊播: a region's name opening a broadcast programme's or a paper's title
    (…新闻联播, …之声, …日报 before 》) is the title's word, no place the text speaks of — nor the
    subject of the counts around it (a document's title, 《华北地区…方案》, keeps its region)."""
    if s < 1 or text[s - 1] != _TITLE_OPEN:
        return False
    k = text.find(_TITLE_CLOSE, e, e + _MEDIA_TITLE_REACH)
    return k >= 0 and text.endswith(_MEDIA_TITLE_ENDS, e, k)


def _in_credit(text: str, s: int, e: int) -> bool:
    """（酒泉融媒记者谢沛宏 付于洋君）: a two-character place word after a family name, inside a
    closing credit (a role of `_CREDIT_ROLES`, then only names and spaces up to the bracket's close
    or the line's end, a character or two after the word), is a writer's given name, no place."""
    names, _ = _surname_cues()
    if e - s != 2 or s < 1 or text[s - 1] not in names:
        return False
    k = e
    while k < len(text) and k - e < 2 and is_han(text[k]):
        k += 1
    if k < len(text) and text[k] not in _CREDIT_CLOSE:
        return False
    lo = max(0, s - 1 - _CREDIT_REACH)
    role = max((text.rfind(w, lo, s - 1) + len(w) for w in _CREDIT_ROLES if text.find(w, lo, s - 1) >= 0), default=-1)
    return role >= 0 and all(is_han(c) or c in _SPACES for c in text[role:s - 1])


_BEFORE_SURNAME = tuple(sorted((r["word"] for r in L.load_table("pos_person_cues") if r["where"] == "before_surname"),
                               key=len, reverse=True))
_NAME_LIST_MARKS = "、，,"


def _named_person(text: str, s: int, e: int) -> bool:
    """Is a two-character place word the given name after a family name, the three characters a person
    named by a notice's verb (国务院免去曲|雲海的…职务, 补选公保扎西: pos_person_cues before_surname) or an
    item of a list of people's names (李彬、刘|正东|、高枫: a neighbouring item two or three characters
    with a family name first)?"""
    names, _ = _surname_cues()
    if e - s != 2 or s < 1 or text[s - 1] not in names or is_han(text[e:e + 1] or "a") \
            and text[e] in _DIVISION_CHARS + _FEATURE_CHARS:
        return False
    if text.endswith(_BEFORE_SURNAME, 0, s - 1):
        return True
    if not (s >= 2 and text[s - 2] in _NAME_LIST_MARKS and text[e:e + 1] in tuple(_NAME_LIST_MARKS)) \
            or _LIST_MARK not in (text[s - 2], text[e]):
        return False
    return _name_item(text, s - 2, -1) or _name_item(text, e + 1, 1)


def _name_item(text: str, k: int, step: int) -> bool:
    """Is the list item beside the mark at `k` (before it: step -1; after it: step 1) two or three Han
    characters opening with a family name, as a person's name is?"""
    names, _ = _surname_cues()
    if step < 0:
        i = k
        while i > max(0, k - 4) and is_han(text[i - 1]):
            i -= 1
        item = text[i:k] if (i == 0 or not is_han(text[i - 1])) else ""
    else:
        j = k
        while j < min(len(text), k + 4) and is_han(text[j]):
            j += 1
        item = text[k:j] if (j == len(text) or not is_han(text[j])) else ""
    return 2 <= len(item) <= 3 and item[0] in names


_POST_LIST_ITEMS = 8  # names a post's 、-list may run back over to reach the post (副县长郭伟、于洋、…)


def _named_after_post(text: str, s: int, e: int) -> bool:
    """副县长郭伟、于洋、张军旗: a two-character place word with a family name first, an item of a
    、-list of names that a post opens, is one more holder of that post, no place.  The walk back
    steps over items of two or three Han characters, each after a 、, until a post ends right before
    one (bounded: at most `_POST_LIST_ITEMS` items).  The word must be the whole item (a mark or no
    Han character after it): 、吉林|省原副省长 opens the next holder's province, no name."""
    names, _ = _surname_cues()
    if e - s != 2 or text[s] not in names or s < 1 or text[s - 1] != _LIST_MARK \
            or is_han(text[e:e + 1] or "a"):
        return False
    before, _ = _person_cues()
    k = s - 1  # the 、 before the current item
    for _ in range(_POST_LIST_ITEMS):
        for n in (2, 3):
            i = k - n  # the previous item's first character
            if i > 0 and all(is_han(c) for c in text[i:k]) and text[i] in names \
                    and text[max(0, i - 5):i].endswith(before):
                return True
        i = next((k - n for n in (2, 3) if k - n > 0 and text[k - n - 1] == _LIST_MARK
                  and all(is_han(c) for c in text[k - n:k])), None)
        if i is None:
            return False
        k = i - 1
    return False


# 西中街3巷10号, 解放路12号: a street before the number of its lane or house is an address, no division
_ADDRESS_AFTER = re.compile(f"[0-9０-９]{{1,5}}[{re.escape(L.chars('address_number_marks'))}]")


# “桂北渔34009”号渔船: a word before 渔 and the digits of a fishing vessel's number is the boat's name, no place
_VESSEL_AFTER = re.compile(f"[{re.escape(L.chars('vessel_number_marks'))}][0-9０-９]{{3}}")


# 10个海湾: a count right before the word: the kind of place counted, no place named
_COUNTED_KIND = re.compile(rf"[0-9０-９{CHINESE_NUMERALS}两][{re.escape(L.chars('counted_kind_measures'))}]$")


_DATE_CLOSING = frozenset(place_chars("date_closing_chars"))


def _opens_on_date(text: str, s: int) -> bool:
    """于2023年6月20日|本局执法人员…: a name jieba reads from the character closing a date's figure
    (日本 across 20日 and 本局) starts inside the date; that character is the figure's, no place's."""
    return s > 0 and text[s] in _DATE_CLOSING and text[s - 1].isdigit()


_LEVEL_CHARS = frozenset(L.chars("relative_scopes"))  # 省市县区乡镇州旗盟: the levels of divisions
_LEVEL_LIST_CHARS = _LEVEL_CHARS | frozenset("、()（）自治")  # (区县(自治县), 县(市、区): a list of levels)
_LEVEL_LIST_REACH = 8  # characters back a list of levels may run


def _after_levels_in_general(text: str, s: int, taken: Occupancy) -> bool:
    """区县(自治县)|人大常委会, 各县市|人大常委会负责同志: an organ written right after two or more
    levels (a list of them, across brackets and 、) is that organ of every division of those levels,
    no body of its own; the agencies finder reads no scope there (县市区人民政府) and the bare organ
    jieba tags must not stand for one either."""
    j, levels = s, 0
    while j > 0 and s - j < _LEVEL_LIST_REACH and text[j - 1] in _LEVEL_LIST_CHARS and not taken.overlaps(j - 1, j):
        j -= 1  # (温州|市农科院: the 州市 of a place another finder read is no list of levels — review57)
        levels += text[j] in _LEVEL_CHARS
    return levels >= 2


_PEOPLE_LIST_CLOSERS = tuple(L.words("people_list_closers"))  # 民族: 汉、满、蒙古…等30个民族
_PEOPLE_LIST_REACH = 30  # characters after the name in which the list of peoples closes
_PEOPLE_SET = frozenset(L.ETHNIC_GROUPS)
_LIST_STOPS = "，,。；;：:\n"


def _listed_people(text: str, s: int, e: int, word: str) -> bool:
    """有汉、满、蒙古、达斡尔、鄂伦春等30个民族: a name that is a people without its 族 (蒙古 of 蒙古族:
    ethnic_groups.tsv), an item of a 、-list that its clause closes with a word of peoples
    (people_list_closers: 民族), is that people, no place (蒙古 the country is written so too)."""
    if word + "族" not in _PEOPLE_SET or not (text[s - 1:s] == "、" or text[e:e + 1] == "、"):
        return False
    hi = min(len(text), e + _PEOPLE_LIST_REACH)
    stop = next((k for k in range(e, hi) if text[k] in _LIST_STOPS), hi)
    return any(text.find(w, e, stop) >= 0 for w in _PEOPLE_LIST_CLOSERS)


# the close of a list of projects or firms (…、腾达智能制造等8个总投资127亿元项目, 富洪食品、鼎邦科技等5个亿元项目):
# 等, a count of them and, within a few characters naming no division, the class noun
_LISTED_FIRMS_CLOSE = re.compile(rf"[^，,。；;：:\n]{{0,12}}?等[0-9０-９{CHINESE_NUMERALS}两]+"
                                 rf"[{re.escape(place_chars('listed_firm_measures'))}]"
                                 rf"[^，,。；;：:、\n{re.escape(place_chars('listed_firm_not_between'))}]{{0,10}}?"
                                 rf"(?:{alt(place_words('listed_firm_nouns'))})")


def _listed_firm(text: str, s: int, e: int) -> bool:
    """VR智慧屏、伊戈尔磁电、腾达智能制造等8个…项目开工建设: a word jieba tags ns (腾达) that opens an item of a
    、-list closed by 等, a count and 项目 or 企业 names a project or a firm by its trade name, no place —
    a place in such a list is a division the gazetteer reads, never jieba's guess."""
    if text[s - 1:s] == "、":
        return _LISTED_FIRMS_CLOSE.match(text, e) is not None
    # gongzuo97: the list's first item too (长城汽车、雅迪电动车、东鹏陶瓷等一批龙头企业相继落户: 长城 the car
    # maker's trade name), its clause opening right before it: from the last 、 of the list, a few
    # items on (a bounded look-ahead), the same close
    if s > 0 and text[s - 1] not in _LIST_STOPS:
        return False
    first = _FIRST_LISTED_ITEM.match(text, e)
    return first is not None and _LISTED_FIRMS_CLOSE.match(text, first.end()) is not None


# the rest of a list's first item and the items after it, up to the last 、 (汽车、雅迪电动车、): at most
# eight items of ten characters each, none crossing a clause mark
_FIRST_LISTED_ITEM = re.compile(r"[^，,。；;：:、\n]{1,10}、(?:[^，,。；;：:、\n]{1,10}、){0,7}")


# the close of a list of campaigns named by code words (亮剑、云剑、昆仑、减量控大等专项行动): 等, then within a few
# characters of no clause mark a campaign's head
_LISTED_CAMPAIGNS_CLOSE = re.compile(rf"[^，,。；;：:\n]{{0,16}}?等[^，,。；;：:、\n]{{0,6}}?"
                                     rf"(?:{alt(place_words('listed_campaign_heads'))})")


def _listed_campaign(text: str, s: int, e: int) -> bool:
    """在亮剑、云剑、昆仑、减量控大等专项行动中: a word jieba tags ns (昆仑) that is an item of a 、-list closed by
    等 and a campaign's head names a campaign by its code word, no place; a division in such a list is the
    gazetteer's, never jieba's guess.  The close is looked for within a fixed reach."""
    return (text[s - 1:s] == "、" or text[e:e + 1] == "、") and _LISTED_CAMPAIGNS_CLOSE.match(text, e) is not None


def _country_pair_short(text: str, word: str, e: int) -> bool:
    """中巴命运共同体, 中巴建交50年来, 中越双边合作指导委员会 in a joint statement that names 巴西 (越南) in full: a
    word jieba tags ns made of China's 中 and one partner's short-form character is the pair of countries the
    statement is between (the abbreviations' country run reads them where a cue follows: 中巴关系), no region
    of its own.  Only where the text writes that partner's full name (a memoised look, once per document
    and name): 中亚 (Central Asia, a place's own name of the world table), and 中南 or 中沙 with no 南非 or 沙特
    written, stay jieba's places, and so does a word before 地区 (中南地区) (shengming101)."""
    if len(word) != 2 or not word.startswith(_CHINA_SHORT) or text.startswith(_AREA, e):
        return False  # 中南地区: China's own region, whatever partner the text names
    from ..abbreviations import _named, _reading, _world_pair_names, country_run_chars
    if word[1] not in country_run_chars() or word in _world_pair_names():
        return False
    partner = _reading(word[1], "country", "run", text)
    return partner is not None and any(_named(text, s) for s in partner.surfaces if len(s) > 1)


_CHINA_SHORT = "中"  # China's one-character short form, as place_abbreviations.tsv writes it


def find_pos_names(text: str, taken: Occupancy) -> list[Found]:
    """Verified jieba ns/nt names in `text` that no other finder took."""
    A = _automaton()
    if A is None:
        return []
    out: list[Found] = []
    given = dotted = None
    for end_idx, (word, tag) in long_matches(A, None, text):
        s, e = end_idx - len(word) + 1, end_idx + 1
        if taken.overlaps(s, e) or _inside_longer_word(text, s, e):
            continue
        if given is None:
            from ..registry import given_name_spans
            given = given_name_spans(text)
        if _in_given(given, s, e):
            continue  # 书记任红海: a person's given name
        if dotted is None:
            dotted = _dotted_parts(text) if any(d in text for d in _NAME_DOTS) else frozenset()
        if _inside_dotted_part(text, dotted, s, e):
            continue  # 像阿布都巴克这样: 巴克 inside the first part of 阿布都巴克·托合提肉孜, named again short
        if tag == "ns":
            if _stem_of_named_village(text, s, e):
                out.append(Found(s, e, "Place", word + _VILLAGE_WORD, "pos.village-stem", {"level": "village", "weak": True}))
                continue  # 中平|产业园 where the text names 中平村: that village, written short
            if text.startswith(_NOT_AFTER_PLACE, e) or text.startswith(_ESTATE_AFTER, e) or _names_memorial(text, e) \
                    or _names_scenic_area(text, e) or _piece_of_named_scenic_area(text, s, e) or _park_name_piece(text, s, e) \
                    or _opens_estate_name(text, e) \
                    or text.startswith(_COMPANY_AFTER, e) or _names_species(word, text, e) or _opens_plant_name(text, s, e) \
                    or _person_context(text, s, e) or _closes_post(text, s) \
                    or _given_name_of(text, s, e) or _opens_person_name(text, s, e) \
                    or _piece_of_foreign_name(text, s, e) or _compass_piece(text, s, e) or _opens_name_after_post(text, s, e) \
                    or _cut_division_name(text, s, _division_end(text, e)) or _glossed(text, s) \
                    or _village_tail(text, s, word) or _opens_group_name(text, s, e) or _adverb_reading(text, s, e) or _names_office_unit(text, s, e) \
                    or _tibetan_name_piece(text, s, e) or _in_dotted_name(text, s, e) \
                    or _name_after_space(text, s, e) or _named_person(text, s, e) or _named_after_post(text, s, e) or _name_before_post(text, s, e) or _in_credit(text, s, e) or _named_by_voltage(text, s, e) \
                    or _opens_media_title(text, s, e) or _short_of_named_division(text, s, e) \
                    or _airport_named(text, s, e) or _township_suffix_piece(text, s) \
                    or _figure_of_speech(text, s, e) or _homeland_frontier(text, s, e) or _county_seat_side(text, s, e) or _numbered_slogan_piece(text, s, e) or \
                    _terrain_slope(text, s, e) or _ADDRESS_AFTER.match(text, e) or _VESSEL_AFTER.match(text, e) or \
                    _COUNTED_KIND.search(text, max(0, s - 2), s) or \
                    _opens_on_date(text, s) or _listed_people(text, s, e, word) or _reduplicated(word) or \
                    _torn_from_word(text, s) or _opens_product_name(text, s) or \
                    _listed_firm(text, s, e) or _listed_campaign(text, s, e) or _country_pair_short(text, word, e) or \
                    not word_bounded(text, s, e):  # (the segmenter last: it is the dearest test)
                continue  # 蒙古族: an ethnic group; 国务委员罗干, 科菲·安南: people
            if word.endswith(_SITE_HEADS) or text.startswith(_SITE_HEADS, e):
                continue  # 龙门石窟, 良渚|遗址: a site, or the name a site is called by, no division
            if text.startswith(_TOMB_AFTER, e) and not text.startswith(_TOMB_NOT_AFTER, e):
                continue  # 汉阳|陵旅游人数: the tomb called by the place, no place named
            if text.startswith(_PORT_AFTER, e) and not text.startswith(_DIVISION_AFTER_PORT, e + 1):
                continue  # 南山|港: the port called by the name, no place (新港|区 goes on)
            e = _division_end(text, e)  # 福井|县, 西柏坡|乡: the name of the division, as written
            s = _compass_opened_village(text, s, e, taken)  # 西|大川村 at a clause's start: 西大川村
            e += len(next((w for w in _FARM_WORDS if text.startswith(w, e)), ""))  # 南山|牧场: the farm
            word = text[s:e]
            stem = word[:-len(_AREA)] if word.endswith(_AREA) else ""
            if len(stem) >= 2 and (word_tags().get(stem) or "").startswith("ns"):
                word, e = stem, e - len(_AREA)  # 东北地区 names 东北
            team = next((t for t in _TEAMS if text.startswith(t, e)), None)
            if team:  # 韩国女队: a team of the country is an organisation
                out.append(Found(s, e + len(team), "Organization", word + team, "pos.ns-team", {"weak": True}))
                continue
            if word.endswith(_MUSEUM_HEADS):  # 故宫博物院, 首都博物馆: the museum is a body, no place
                out.append(Found(s, e, "Organization", word, "pos.ns-museum", {"weak": True, "facility": True}))
                continue
            out.append(Found(s, e, "Place", word, "pos.ns", {"level": "region", "weak": True}))
        else:
            if word[-1] not in _ORG_LAST_CHARS or _ORG_GENERIC.match(word) or \
                    all(c in _DIRECTIONS for c in word[:-1]):  # 中南部 is a part of a region
                continue  # 深加工: no organisation's name ends so; 科研院所: a kind, not a name
            if text.startswith(_END_NOT_WORDS, e - 1):
                continue  # 新华社|区: the community 新华社区, no news agency (the registry's own rule)
            if word.endswith(_TEAMS) and text.startswith(_NT_ROLE_AFTER, e):
                continue  # 发挥国家队|作用: the role a team stands for, a figure of speech, no body (发挥政协作用 keeps 政协)
            if text.startswith(_NT_VERB_TAILS, e - 1):
                continue  # 人民政府联合报|来《…的函》: the bodies jointly submit, no newspaper 联合报
            if text.startswith(_BARE_UNIT_HEADS, e) and word.endswith(_BARE_UNIT_END):
                continue  # 综合司|副司长: a ministry's unit written bare, named with its ministry by the posts stage
            if _tail_of_sar_office(text, s, e):
                continue  # 经济|财政司: Macao's Secretary for Economy and Finance's office, no 财政司 of its own
            if _after_levels_in_general(text, s, taken):
                continue  # 委托区县(自治县)|人大常委会: the congresses of the districts and counties in general
            if s > 0 and taken.overlaps(s - 1, s) and text.endswith(L.ORG_SUFFIXES, 0, s):
                continue  # 兰州大学|法学院: a unit named right after the body found before it, no body of its own
            label = "Agency" if _agency_like(word) else "Organization"
            dept = _DEPARTMENT.fullmatch(word) if label == "Agency" else None
            if dept and dept.group(2) != _MINISTRY or _PARTY_DEPT.fullmatch(word):
                continue  # 国土资源厅 with no place: a kind of department; a ministry (…部) is national,
                # but 统战部 is a party committee's department, of the committee the posts stage names
            if not word_bounded(text, s, e):
                continue  # (the segmenter last: it is the dearest test)
            k = _foreign_country_before(text, s) if word.startswith(_NATIONAL_WORD) else s
            if k < s:  # 新西兰国家博物馆, 法国国家图书馆: that country's institution, not China's of the same name
                out.append(Found(k, e, label, text[k:e], "pos.nt-foreign", {"weak": True}))
                continue
            out.append(Found(s, e, label, word, "pos.nt", {"weak": True}))
    return out


_NATIONAL_WORD = "国家"  # 国家博物馆, 国家图书馆: a national institution's name opens with it


@lru_cache(maxsize=1)
def _foreign_countries() -> tuple[str, ...]:
    """The names of foreign countries (world_places.tsv, kind country, not China), longest first."""
    names = {r["name"] for r in L.load_table("world_places")
             if r.get("kind") == "country" and r.get("iso") and r.get("iso") != "CN"}
    return tuple(sorted(names, key=len, reverse=True))


def _foreign_country_before(text: str, s: int) -> int:
    """Where a foreign country's name written right before s starts (新西兰|国家博物馆), else s: a
    national institution's name after it is that country's (新西兰国家博物馆), never China's."""
    return next((s - len(c) for c in _foreign_countries() if text.endswith(c, 0, s)), s)
