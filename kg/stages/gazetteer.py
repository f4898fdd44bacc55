"""Places from the division table, found before segmentation (jieba splits and mis-tags them).

Full names (邯郸市, 邱县, 百家村街道) and former names (肥乡县) are matched with an Aho-Corasick
automaton; short names (邯郸, 馆陶) only where safe: provinces and cities always, counties only
when their city is named in the same document.  Ambiguous names (新华区 exists in three cities)
are resolved by the places the document names.  Township names are looked up in the counties the
document names; communities and villages (祺府苑社区, 张庄村) are found by grammar: right after a
place they belong to, or after a locative verb (在/到/走进 …).  A place followed by 起步区/启动区/
核心区/先行区/片区 names a zone of it (雄安新区起步区), and a later bare 起步区 is that zone.
Rivers and lakes come from the water grammar (`kg.stages.water`: 大清河流域, 治理滏阳河, 府河、漕河等河道);
divisions abroad written by sound (塔科马市, 肯特郡, 阿尔萨斯大区) from the characters of
transliteration before a division word; one-character short forms (中美, 访华, 京津冀) from
`kg.stages.abbreviations`, last, where no other place is named.  Names that are common words too
(老城区, 来宾: place_common_words.tsv) need the division they belong to named; a township the table
no longer lists is found after a verb of place (来自新街乡).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, deque
from functools import lru_cache
from itertools import accumulate, chain

import ahocorasick

from .. import lexicon as L
from ..divisions import Division, place_chars, place_words, table
from ..model import Article, Doc, short_hash
from ..pipeline import component
from .abbreviations import add_abbreviations
from .entities.common import cue
from .helpers import entity_id, mentions_by_article
from ..text import HAN, alt, is_han, long_matches, proper, segmenter, word_freq, word_runs, word_tags
from ..text import word_bounded as _word_bounded
from ..text import TextMemo, dict_words, frequent_first, late_module
from ..text import starts_word as _starts_word  # (one reading, shared by the gazetteer and the world registry)
from ..text import CHINESE_NUMERALS, CLOSERS

# a community or village name right after its parent place: 祺府苑社区, 六二社区, 张庄村
_FUNCTION_CHARS = place_chars("function_chars")
_NOT_AFTER_SUBPLACE = re.escape(place_chars("not_after_subplace"))
_COMMITTEE_NOT_AFTER = re.escape(place_chars("village_committee_not_after"))  # 村委员: a member, no committee
_NUMBERED_NUMERALS = place_chars("numbered_village_numerals")
_NUMBERED_WINDOW = int(place_words("numbered_village_window")[0])


def _numbered_villages(doc: Doc, art: Article, village, free, occupy) -> None:
    """沙古塘村委会组织沙古塘一村、沙古塘二村、沙古塘三村村民…: natural villages named by their
    administrative village's stem and a numeral are villages of that village, listed or not; they
    are looked for within a bounded window after it (no scan of the text), and the 、-list they
    open goes on as after a chained village."""
    name = village.norm or ""
    if not name.endswith("村") or len(name) < 3:
        return
    stem, text = name[:-1], art.text
    lo, hi = village.aend, min(len(text), village.aend + _NUMBERED_WINDOW)
    i = text.find(stem, lo, hi)
    while i >= 0:
        j = i + len(stem)
        k = j
        while k < len(text) and k - j < 2 and text[k] in _NUMBERED_NUMERALS:
            k += 1
        if k > j and text.startswith("村", k) and free(i, k + 1):
            m = doc.add_mention(art, i, k + 1, "Place", "gazetteer.subplace-numbered", norm=text[i:k + 1],
                                code=None, level="village", parent_mention=(village.astart, village.aend))
            if m:
                occupy(i, k + 1)
        i = text.find(stem, j, hi)


# … or before its committee written short (张庄村委会, 张庄村民委员会: the village 张庄村 and its organ)
# … but not the first character of a word of village life (大冲乡|环境卫生|村规民约: the rules, no village)
# … or before its own verb that opens with such a character (沙古塘村|组织村民, 红旗村|落实)
# … or before its committee written 村委 as in 两广 (邓阳村委滩头村, 清湖村委里: the administrative village 邓阳村)
_SUBPLACE_END = rf"(?:(?={alt(place_words('village_organs_short') + place_words('subplace_verbs_after'))})" \
                rf"|(?={alt(place_words('village_committee_short'))}(?![{_COMMITTEE_NOT_AFTER}]))" \
                rf"|(?![{_NOT_AFTER_SUBPLACE}]))" \
                rf"(?!{alt(place_words('subplace_not_before'))})"
_SUBPLACE = re.compile(rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}0-9]){{1,4}}?(?:{alt(place_words('subplace_suffixes'))}))"
                       + _SUBPLACE_END)
# … past the writer's own place the verb goes to (到我区许继社区托老站: the community is 许继社区, 我区 the
# paper's district, anaphora.tsv's first-person forms)
_OWN_PLACE = alt(f for f in L.ANAPHORA if f.startswith("我"))
# … or a 嘎查 of a stem of five written by sound (到呼格吉勒图嘎查调研; neimeng75), its stem no common word
_LONG_GACHA_STEM = 5
_GACHA = place_words("subplace_suffixes")[3]  # 嘎查: Inner Mongolia's villages, longer names (巴音塔拉嘎查)
_LOCATIVE = re.compile(rf"(?:{L.words_alt('locative_verbs')})(?:{_OWN_PLACE})?(?:{alt(place_words('locative_scope_words'))})?"
                       rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,4}}?"
                       rf"(?:{alt(place_words('locative_subplace_suffixes'))})"
                       rf"|(?:(?![{_FUNCTION_CHARS}])[{HAN}]){{{_LONG_GACHA_STEM}}}{_GACHA})"
                       rf"{_SUBPLACE_END}")
_LOCATIVE_VERBS = L.words("locative_verbs")
# … or a two-character stem whose second character is a function character (到永和村调研; yuemin95), the verb
# and the stem's first character no word (精准到户和村集体: 到户, no village 户和村)
_LOCATIVE_SECOND_FUNCTION = re.compile(
    rf"(?:{L.words_alt('locative_verbs')})((?![{_FUNCTION_CHARS}])[{HAN}][{place_chars('name_second_function_chars')}]"
    rf"(?:{alt(place_words('locative_subplace_suffixes'))})){_SUBPLACE_END}")


_VERB_OPENED_STEM = 2  # characters of a village's stem after a verb that opens what follows 在 (听取|东张|村)


def _verb_opens_locative_name(name: str) -> bool:
    """在听取东张村的工作介绍后: after 在 a clause's verb (jieba's plain verb v, two characters: 听取, 推进)
    and a stem of two characters or more before the kind is 在 of time (在…后), no place: the village is
    东张村, named elsewhere; 到胜利村, 到前进村 (the word is the whole stem) and 建设村 (vn) stay villages."""
    w = name[:2]
    return (word_tags().get(w) or "") == "v" and len(name) - 2 - _kind_length(name) >= _VERB_OPENED_STEM


def _kind_length(name: str) -> int:
    return next((len(x) for x in place_words("locative_subplace_suffixes") if name.endswith(x)), 1)


def _inside_locative_verb(text: str, verb_start: int, name_start: int) -> bool:
    """到达该村附近: a longer locative verb (到达) written where the shorter one (到) matched runs
    into the name, so the name's first character is the verb's last (达该村: no village; the
    demonstrative 该村 is too short a name to be one)."""
    return any(len(v) > name_start - verb_start and text.startswith(v, verb_start) for v in _LOCATIVE_VERBS)


_COMMUNITY = place_words("community_suffixes")
# … whose name opens with a function character that is one word with the next (和平社区, 向阳村)
_WORD_SUBPLACE = re.compile(rf"([{_FUNCTION_CHARS}][{HAN}]{{1,3}}?(?:{alt(place_words('subplace_suffixes'))}))"
                            + _SUBPLACE_END)
_NAME_TAGS = ("n", "a")  # nouns and names (n, nr, nz, ns) and adjectives (和谐); not 对口 (vn), 在线 (b)


# a village of five or six characters right after its township (Uyghur and Tibetan names written by
# sound: 加汗巴格乡巴西恰瓦格村, 依麻木乡汉代克吉然村)
# (于 of 于孜, 于田 inside a name written by sound: 克伯克于孜村; never first, and no other function character)
LONG_SUBPLACE_MAX = 8  # characters of such a name's stem (阿依巴格乡|玉斯屯克阿依库勒村: 8, xinjiang69)
_SOUND_FUNCTION_CHARS = place_chars("sound_function_chars")
_INNER_FUNCTION_CHARS = "".join(c for c in _FUNCTION_CHARS if c not in _SOUND_FUNCTION_CHARS)
_LONG_SUBPLACE = re.compile(rf"((?![{_FUNCTION_CHARS}])[{HAN}](?:(?![{_INNER_FUNCTION_CHARS}])[{HAN}]){{4,{LONG_SUBPLACE_MAX - 1}}}?"
                            rf"(?:{alt(place_words('locative_subplace_suffixes'))})){_SUBPLACE_END}")
_NAME_WORD_TAGS = ("ns", "nr", "nz")
_COMMON_FREQ = 20  # jieba's count from which a word in a long stem is a common one (汉代 972; 代克 2 is none)


def _long_subplace(text: str, i: int, parent):
    """巴西恰瓦格村 after 加汗巴格乡, 汉代克吉然村 after 依麻木乡, 玉斯屯克阿依库勒村 after 阿依巴格乡: a
    village of five to `LONG_SUBPLACE_MAX` characters right after its township (a name written by sound,
    longer than `_SUBPLACE` reads), where the stem holds no verb and at most one common word of the
    dictionary besides names (巴西 ns, 克伯克 nr): 党委书记走访村 (党委, 书记, 走访) is no village."""
    if parent.attrs.get("level") != "township" and not _banner_gacha(text, i, parent):
        return None
    mt = _LONG_SUBPLACE.match(text, i)
    if mt is None or _NOT_SUBPLACE.search(mt.group(1)):
        return None
    stem = mt.group(1)[:-1] if mt.group(1).endswith("村") else mt.group(1)[:-2]
    tags, freq, common = word_tags(), word_freq(), 0
    for k in (2, 3, 4):
        for j in range(len(stem) - k + 1):
            w = stem[j:j + k]
            tag = tags.get(w) or ""
            if freq.get(w, 0) < _COMMON_FREQ or tag.startswith(_NAME_WORD_TAGS):
                continue
            if tag.startswith("v"):
                return None
            common += 1
    return mt if common <= 1 else None


def _banner_gacha(text: str, i: int, parent) -> bool:
    """Does a 嘎查 of a long name written by sound follow its banner or county right away
    (苏尼特左旗|巴彦洪格尔嘎查党支部, the 苏木 left out)?  Only 嘎查 (Inner Mongolia's village, whose
    Mongolian names run to five or six characters) is read so after a county: a long 村 there is
    more often a phrase."""
    if parent.attrs.get("level") != "county":
        return False
    j = text.find(_GACHA, i + 5, i + 9)
    return j > 0 and (j - i) in (5, 6)


_GOVERNS_VERBS = tuple(sorted(place_words("subplace_governs_verbs"), key=len, reverse=True))  # 下辖, 辖


def _governs_verb_at(text: str, s: int) -> int:
    """桐村镇辖红坑村、裴源村; 西城乡下辖东湖村: the length of a verb of governing right after a township
    (place_grammar subplace_governs_verbs), which opens the list of its villages and is no part of the
    first one's name (辖红坑村); 0 when there is none."""
    return next((len(v) for v in _GOVERNS_VERBS if text.startswith(v, s)), 0)


def _framed(text: str, s: int, e: int) -> bool:
    """Does a community or village read after its parent open with 以 and close before 为
    (罗湖区以渔邨社区为样本, 以张庄村为例)?  Then 以…为 frames the name: it starts after 以, and
    must keep a stem of two characters (以北社区为: north of the community)."""
    if not (text.startswith(_FRAME_OPEN, s) and text.startswith(_FRAME_CLOSE, e)):
        return False
    suffix = next((w for w in _SUBPLACE_SUFFIXES if text.startswith(w, e - len(w))), "")
    return e - len(suffix) - (s + 1) >= 2  # a name of its own after 以 (not 以|北社区: north of)


def _framed_clause(text: str, s: int, e: int) -> bool:
    """Does a village read after 该镇, 本乡 open with 以 and the clause close the frame with 为 further
    on (该镇以丰河村的小石沟、清泥村的阳坡扁子…为核心)?  After a word standing for the township 以 is the
    preposition of 以…为, no first character of the village's name (agri44); a stem of two is kept."""
    if not text.startswith(_FRAME_OPEN, s):
        return False
    suffix = next((w for w in _SUBPLACE_SUFFIXES if text.startswith(w, e - len(w))), "")
    if e - len(suffix) - (s + 1) < 2:
        return False
    stop = _CLAUSE_END.search(text, e)
    return any(text.find(c, e, stop.start() if stop else len(text)) >= 0 for c in _FRAME_CLOSE)


_CLAUSE_END = re.compile("[。；;！!？?\n]")
_SUBPLACE_SUFFIXES = tuple(sorted(place_words("subplace_suffixes"), key=len, reverse=True))


_FRAME_OPEN = tuple(place_words("subplace_frame_open"))
_FRAME_CLOSE = tuple(place_words("subplace_frame_close"))


_TOWNSHIP_SUFFIXES = tuple(place_words("table_township_suffixes"))


def _township_namesake(parent, name: str) -> bool:
    """新建镇|新建村, 堡子镇|堡子村 (xiangjiang86): right after its township, a village named as the township
    (the seat's village, whose name the township took) is that village even where its stem is a word that
    opens no village's name elsewhere (not_subplace_prefixes: 某镇新建|村级活动场所, the building of one).
    The stem is the township's whole stem, of two characters or more."""
    if parent.attrs.get("level") != "township" or not name.endswith(_VILLAGE):
        return False
    town = parent.norm or parent.surface or ""
    suffix = next((w for w in _TOWNSHIP_SUFFIXES if town.endswith(w)), "")
    return bool(suffix) and len(town) - len(suffix) >= 2 and town[:-len(suffix)] == name[:-len(_VILLAGE)]


_SOUND_VILLAGE_ORGANS = tuple(place_words("sound_village_organs"))
# yungui97: 和 opening a village of a two-character stem (宋旗镇|和兴村驻村第一书记, 和顺村党支部): read only as
# 于 is, right after the township and with the village's own organ or post after 村 (a conjunction joins no
# township to a one-character village's organ: 乡镇和各村党支部 stays the two levels)
_ORGAN_OPENED_CHARS = place_chars("organ_opened_village_chars")


def _sound_village(text: str, i: int, mt) -> bool:
    """新村镇|于洼村党总支原书记: right after its township, 于 (a family name as well as the
    preposition) or 和 (宋旗镇|和兴村驻村第一书记: organ_opened_village_chars) opens a village of one more character and 村 followed by the village's own organ
    (place_grammar sound_village_organs): the preposition writes no 村 and an organ right after
    its object.  Not a demonstrative's or a count's village (于该村, 于各村: not_subplace_prefixes)."""
    return text[i] in _SOUND_FUNCTION_CHARS + _ORGAN_OPENED_CHARS and mt.end(1) - i == 3 and text[i + 2] == _VILLAGE \
        and text.startswith(_SOUND_VILLAGE_ORGANS, i + 3) and not _NOT_SUBPLACE.search(text[i + 1:i + 3])


# yuemin95: a village or community of a two-character stem whose second character is a function character
# (place_grammar name_second_function_chars: 从化区城郊街道|西和村, 城北镇|太和村), its first no place level
_SECOND_FUNCTION_SUBPLACE = re.compile(
    rf"((?![{_FUNCTION_CHARS}{place_chars('stationed_level_chars')}])[{HAN}][{place_chars('name_second_function_chars')}]"
    rf"(?:{alt(place_words('subplace_suffixes'))})){_SUBPLACE_END}")


def _word_subplace(text: str, i: int):
    """坪山街道|和平社区, 城关镇|向阳村: a community or village right after its parent whose name
    opens with a function character (和, 向, 将 …), where that character and the next are one
    dictionary word of a name's kind (和平 nz, 向阳 nr, 将军 n), not a conjunction (和|东村)
    nor a verb's or preposition's word (对口帮扶村 vn, 在建 v)."""
    mt = _WORD_SUBPLACE.match(text, i)
    if mt is None:
        return None
    if _sound_village(text, i, mt):
        return mt
    tag = word_tags().get(text[i:i + 2]) or ""
    return mt if word_freq().get(text[i:i + 2]) and tag.startswith(_NAME_TAGS) and not tag.startswith("ad") else None
_NOT_SUBPLACE = re.compile(f"^({L.words_alt('not_subplace_prefixes')})|{L.words_alt('not_subplace_words')}")
# a count of townships run into a count of villages (绵阳3乡3村上榜, 我市1镇3村): a tally, no village's name
_COUNTED_RUN = re.compile("[0-9０-９]+(?:" + alt(place_words("township_count_words")) + ")[0-9０-９]")
# 汉阳116名社区“第一书记”: digits and a count's measure word open no community's name
_COUNT_OPENED = re.compile("^(?:[0-9０-９]+(?:" + alt(place_words("subplace_count_measures")) + ")|["
                           + CHINESE_NUMERALS + "两几]+(?:" + alt(place_words("subplace_han_count_measures")) + "))")
# (蒙城县十名皖美村支书: a count in Chinese numerals of people or things opens no name either)
# 江西七成村(社区)书记: a share in 成 before the generic 村(社区) (villages and communities alike) counts the
# villages of the place before it, no village named 七成村
_SHARE_OF_VILLAGES = re.compile("[" + CHINESE_NUMERALS + "]成村(?=[（(]社区[）)])")


# state-level new areas: functional areas the statistics table does not list as divisions
NEW_AREAS = L.NEW_AREAS
_NEW_AREA_RE = re.compile("|".join(NEW_AREAS))


@lru_cache(maxsize=1)
def _automaton():
    T = table()
    names: dict[str, tuple[str, ...]] = {}
    for name in T.by_name:
        names[name] = ("full",)
    for name in T.by_short:
        names.setdefault(name, ("short",))
    return frequent_first({name: (name, kind[0]) for name, kind in names.items()})


def _county_automaton(county_code: str, text: str):
    """The county's township automaton for `text`: the one without the peoples' written forms
    (羊二庄回族镇) where `text` holds no people's 族 before a township suffix, so that none of them
    can match there (`_township_automaton`)."""
    return _township_automaton(county_code, _PEOPLE_WRITTEN.search(text) is not None)


_PEOPLE_WRITTEN = re.compile(f"族(?:{'|'.join(place_words('township_suffixes'))})")


@lru_cache(maxsize=4096)
def _township_automaton(county_code: str, peoples: bool):
    """The county's townships as written (name, former, raised, short names …).  With `peoples`,
    also each town written with a people (羊二庄回族镇 for the table's 羊二庄镇): ~60 words a town,
    most of the build, wanted only for a text holding 族镇/族乡 (`_townships`).  Without them the
    longest-match walk reads the same matches unless a word of the county could be hidden inside
    such a form's beginning (`_hidden_by_peoples`): that county gets the whole automaton."""
    towns = table().townships(county_code)
    if not towns:
        return None
    A = ahocorasick.Automaton()
    stems = []
    for name, code in towns.items():
        if len(name) == 2 and name.endswith(place_words("township_suffixes")):
            A.add_word(name, (name, name, code))  # 乌镇, 张镇: a word of its sentence only (`_townships`)
        elif len(name) >= 3:
            A.add_word(name, (name, name, code))
            if name.endswith(place_words("township_suffixes")) and place_chars("ethnic_mark") not in name:
                stems.append(name[:-1])
                for people in _ETHNIC_TOWNSHIP if peoples else ():  # 羊二庄回族镇 for the table's 羊二庄镇
                    written = name[:-1] + people + name[-1]
                    A.add_word(written, (written, name, code))
    extra = _former_street_names(towns) + _doubled_suffix_names(towns) + _raised_town_names(towns) \
        + _ethnic_township_stems(towns) + _short_street_names(towns) + _district_street_names(towns) \
        + _township_street_stems(towns) + _raised_street_names(towns) + _street_after_street_names(towns) \
        + _estate_street_names(towns) + _township_aliases(county_code, towns) + _national_township_names(towns)
    if not peoples and stems and _hidden_by_peoples(list(towns) + [w for w, _n, _c in extra], stems):
        return _township_automaton(county_code, True)
    for written, name, code in extra:
        A.add_word(written, (written, name, code))
    A.make_automaton()
    return A


def _hidden_by_peoples(words: list[str], stems: list[str]) -> bool:
    """Is a word of the county a proper suffix of a town's stem, alone or followed by the
    beginning of a people's name (江东乡 in 长江东乡…, the start of 长江东乡族镇)?  The longest-match
    walk inside such a written form can pass over the shorter word (pyahocorasick's walk has, in
    some versions) where without the forms it reads it: such a county keeps every form."""
    tails = {stem[i:] for stem in stems for i in range(1, len(stem))}
    for w in words:
        if w in tails:
            return True
        for part in _PEOPLE_PARTS.get(w[-1], ()):
            if part.endswith(w) or (w.endswith(part) and w[:-len(part)] in tails):
                return True
    return False


def _parts_by_last_char(peoples) -> dict[str, tuple[str, ...]]:
    """Each beginning of each people's name, by its last character (回: 回; 乡: 东乡; 族: 回族,
    东乡族 …): the words `_hidden_by_peoples` asks about end so."""
    out: dict[str, tuple[str, ...]] = {}
    for people in peoples:
        for k in range(1, len(people) + 1):
            out[people[k - 1]] = out.get(people[k - 1], ()) + (people[:k],)
    return out


_PEOPLE_PARTS = _parts_by_last_char(L.ETHNIC_GROUPS)


def _doubled_suffix_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(written, table name, code) of the county's towns whose name holds its suffix already
    (乌镇镇, 连镇镇, 壶镇镇): texts write them once (桐乡市乌镇), unless another township of the
    county bears that name."""
    out = []
    for name, code in towns.items():
        for suffix in place_words("township_suffixes"):
            if name.endswith(suffix + suffix) and name[:-1] not in towns:
                out.append((name[:-1], name, code))
    return out


_ETHNIC_TOWNSHIP = L.ETHNIC_GROUPS


def _former_street_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(old name, table name, code) of the county's 街道 that were towns (民众街道, written 民众镇)
    and of its 镇 that were 乡 (庙坝镇, written 庙坝乡): townships are raised often and stories
    (and older texts) keep the old name; a name another township of the county bears now is not
    taken, and the stem must be two characters or more."""
    out = []
    for now, before in (("street_suffix", "former_street_suffixes"), ("town_suffix", "former_town_suffixes")):
        suffix = place_words(now)[0]
        for name, code in towns.items():
            stem = name[:-len(suffix)]
            if name.endswith(suffix) and len(stem) >= 2:
                out += [(stem + old, name, code) for old in place_words(before) if stem + old not in towns]
    return out


_STREET_STEM_MAX_FREQ = 100  # jieba's count from which a stem is a common word (城镇 2194), no town: 花乡 36


def _township_street_stems(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(stem, table name, code) of the county's 街道 whose stem ends with a township's word (花乡街道,
    栗乡街道: the 乡 raised to a 街道 kept its name): texts write the stem alone, the old township's
    name (北京丰台区花乡).  Not where another township bears it, nor a stem that is a common word
    (城镇街道) or a division's short name (北镇街道 of 北镇市)."""
    full, T = place_words("street_suffix")[0], table()
    return [(name[:-len(full)], name, code) for name, code in towns.items()
            if name.endswith(full) and len(name) - len(full) >= 2
            and name[:-len(full)].endswith(place_words("township_suffixes"))
            and name[:-len(full)] not in towns and name[:-len(full)] not in T.by_short
            and (word_freq().get(name[:-len(full)]) or 0) < _STREET_STEM_MAX_FREQ]


def _short_street_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name with 街 for 街道, table name, code) of the county's 街道 (大石街道, written 大石街 after
    番禺区: Guangdong's papers shorten the 街道 office so); a name another township of the county
    bears is not taken, and the stem must be two characters or more.  What follows decides
    whether it is the 街道 or a street (`_street_written`)."""
    full, short = place_words("street_suffix")[0], place_words("street_short_suffix")[0]
    return [(name[:-len(full)] + short, name, code) for name, code in towns.items()
            if name.endswith(full) and len(name) - len(full) >= 2 and name[:-len(full)] + short not in towns]


def _district_street_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(stem, table name, code) of the county's 街道 whose stem ends with 区 (中山's 东区街道, 西区街道,
    written 中山市西区): the text drops 街道 since 区 already reads as a division; taken only right
    after the city or county (`_district_street_alone`), and never where another township of the
    county bears the stem."""
    full, area = place_words("street_suffix")[0], place_chars("district_street_stem_end")
    return [(name[:-len(full)], name, code) for name, code in towns.items()
            if name.endswith(full) and len(name) - len(full) >= 2 and name[-len(full) - 1] in area
            and name[:-len(full)] not in towns]


def _district_street_alone(text: str, written: str, name: str, s: int) -> bool:
    """Is a 街道 written without 街道 (`_district_street_names`) inside a phrase (会议在西区召开,
    展馆西区: the west part of anything)?  Right after its city or county (中山市西区), after the
    government whose office it is (中山市人民政府西区办事处) or opening a clause before one of its
    bodies (，西区妇联召开: district_street_clause_bodies; ，东区为企业展区 is no 街道) it is the 街道."""
    full = place_words("street_suffix")[0]
    if not name.endswith(full) or written != name[:-len(full)]:
        return False
    after_city = s > 0 and text[s - 1] in place_chars("street_short_after")
    opens = (s == 0 or not is_han(text[s - 1])) and text.startswith(_STREET_CLAUSE_BODIES, s + len(written))
    return not (after_city or opens or text.endswith(_STREET_OFFICE_BEFORE, 0, s))


_STREET_OFFICE_BEFORE = tuple(place_words("district_street_after"))
_STREET_CLAUSE_BODIES = tuple(place_words("district_street_clause_bodies"))


def _district_street_after_county(text: str, written: str, name: str, s: int) -> bool:
    """中山市南区: a 街道 written without 街道 (`_district_street_names`) right after its city, where
    jieba reads another word over the seam (中山|市南区: Qingdao's district); the table's city
    before it decides."""
    full = place_words("street_suffix")[0]
    return name.endswith(full) and written == name[:-len(full)] and s > 0 \
        and text[s - 1] in place_chars("street_short_after")


def _street_written(text: str, written: str, name: str, s: int, e: int) -> bool:
    """Is a 街道 written 街 (`_short_street_names`) at text[s:e] a street here?  Only right after its
    district (番禺区大石街: street_short_after) is it the 街道 so shortened, and not even there before
    a house number, 上, 口 … (大石街88号, 大石街上: street_short_not_before); anywhere else 解放街,
    人民街, 中山街 are streets of most towns (泊头市对解放街进行改造), unless the office's bodies or
    area follow (白云街党工委, 白云街辖区: street_short_organs)."""
    if not (name.endswith(place_words("street_suffix")) and written.endswith(place_words("street_short_suffix"))):
        return False
    after_district = s > 0 and text[s - 1] in place_chars("street_short_after")
    if not after_district and text.startswith(place_words("street_short_organs"), e):
        return False  # (白云街党工委, 白云街辖区: the office's bodies and area, never a road's)
    return not after_district or (text[e:e + 1] != "" and text[e] in place_chars("street_short_not_before"))


def _street_after_street_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name with its street's 街, table name, code) of the county's 街道 named after a street
    (宣化区天泰寺街道, written 天泰寺街街道: the office of 天泰寺街, the street's whole name kept
    before 街道); the stem must be two characters or more and no township of the county may bear
    the written name.  Ending in 街道 it is never a street itself."""
    full, short = place_words("street_suffix")[0], place_words("street_short_suffix")[0]
    return [(name[:-len(full)] + short + full, name, code) for name, code in towns.items()
            if name.endswith(full) and len(name) - len(full) >= 2
            and not name[:-len(full)].endswith(short) and name[:-len(full)] + short + full not in towns]


def _township_aliases(county_code: str, towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(customary name, table name, code) of the county's townships listed in township_aliases.tsv
    (川北街道 for 四川北路街道): names no rule derives, read in their county only; a row whose
    name the county no longer has, or whose alias a township of the county bears, is left out."""
    return [(r["alias"], r["name"], towns[r["name"]]) for r in L.load_table("township_aliases")
            if r["county"] == county_code and r["name"] in towns and r["alias"] not in towns]


def _estate_street_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name without its estate word, table name, code) of the county's 街道 named after a housing
    estate (虹口区凉城新村街道, 杨浦区延吉新村街道, written 凉城街道, 延吉街道 by their own districts'
    offices: street_estate_words); the stem must be two characters or more, and a written name two
    of the county's 街道 would share, or a township of the county bears, is not taken (the
    district's own 街道 only, unambiguous there)."""
    full = place_words("street_suffix")[0]
    out: dict[str, list[tuple[str, str]]] = {}
    for name, code in towns.items():
        stem = name[:-len(full)]
        if not name.endswith(full):
            continue
        for word in place_words("street_estate_words"):
            if stem.endswith(word) and len(stem) - len(word) >= 2:
                out.setdefault(stem[:-len(word)] + full, []).append((name, code))
    return [(written, named[0][0], named[0][1]) for written, named in out.items()
            if len(named) == 1 and written not in towns]


def _raised_town_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(new name, table name, code) of the county's 乡 raised to 镇 after the table was made
    (平山县苏家庄乡, written 苏家庄镇 in a 2020 list): texts newer than the table write the new
    kind; a name another township of the county bears is not taken, and the stem must be two
    characters or more.  The county automaton runs only for counties the document names, so the
    raised name is read in its own county and never in another one that has the name now."""
    old, new = place_words("former_town_suffixes")[0], place_words("town_suffix")[0]
    return [(name[:-len(old)] + new, name, code) for name, code in towns.items()
            if name.endswith(old) and len(name) - len(old) >= 2 and name[:-len(old)] + new not in towns]


def _raised_street_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name with 街道, table name, code) of the county's towns and townships written as the 街道
    they became after the table was made (唐昌镇 written 唐昌街道: 撤镇设街道 raises hundreds a year,
    the reverse of `_former_street_names`); a name another township of the county bears is not
    taken, and the stem must be two characters or more.  Read only for counties the document
    names, as the other written forms are."""
    street = place_words("street_suffix")[0]
    return [(name[:-1] + street, name, code) for name, code in towns.items()
            if name.endswith(place_words("former_street_suffixes")) and len(name) >= 3
            and name[:-1] + street not in towns]


def _ethnic_township_stems(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name without its people, table name, code) of the county's ethnic townships (潞城瑶族乡,
    written 潞城乡 after 田林县; 两安瑶族乡 as 两安乡; 亚曼苏柯尔克孜族乡 as 亚曼苏乡, 大湾布依族苗族乡 as
    大湾乡): stories drop the people (or peoples) as they add it
    (`_township_automaton`'s 羊二庄回族镇); the stem must be two characters or more and no other
    township of the county may bear the short name."""
    out = []
    for name, code in towns.items():
        if not name.endswith(place_words("township_suffixes")):
            continue
        stem = _without_peoples(name[:-1])
        if stem != name[:-1] and len(stem) >= 2 and stem + name[-1] not in towns:
            out.append((stem + name[-1], name, code))
    return out


_NATIONAL = "民族"  # 鄂温克民族乡: the table's word for a people in some townships' names
_PEOPLE_MARK = "族"  # 鄂温克族乡: how the townships' own papers and governments write them
_PEOPLE_STEMS = tuple(p[:-1] for p in _ETHNIC_TOWNSHIP if p.endswith(_PEOPLE_MARK) and len(p) > 2)


def _national_township_names(towns: dict[str, str]) -> list[tuple[str, str, str]]:
    """(written, table name, code) of the county's townships the table names with a people and 民族
    (敖鲁古雅鄂温克民族乡, 巴彦塔拉达斡尔民族乡, 更章门巴民族乡), as their governments and papers write them:
    with the people's name and 族 (敖鲁古雅鄂温克族乡) — the people's name must be one of the country's (金坪民族乡
    gives no 金坪族乡), and no other township of the county may bear the written name."""
    out = []
    for name, code in towns.items():
        stem = name[:-1]
        if name.endswith(place_words("township_suffixes")) and stem.endswith(_NATIONAL) \
                and stem[:-len(_NATIONAL)].endswith(_PEOPLE_STEMS):
            written = stem[:-len(_NATIONAL)] + _PEOPLE_MARK + name[-1]
            if written not in towns:
                out.append((written, name, code))
    return out


def _without_peoples(stem: str) -> str:
    """大湾布依族苗族 → 大湾: a township's name without the peoples it is of, one or several (at
    most four: a bounded walk)."""
    for _ in range(4):
        if not stem.endswith(_ETHNIC_TOWNSHIP):
            break  # (most stems: one str.endswith of the whole tuple spares a walk over 60 peoples)
        people = next(p for p in _ETHNIC_TOWNSHIP if stem.endswith(p))
        stem = stem[:-len(people)]
    return stem


_SUFFIX_WORDS = place_words("suffix_opens_word")


@lru_cache(maxsize=1)
def _automaton_runs():
    """Where `_automaton` can match (`kg.text.word_runs`): it is walked there only."""
    return word_runs(_automaton().keys())


def _raw_matches(text: str):
    """(start, end, name, kind) longest non-overlapping matches of division names; a prefecture's
    customary name (怒江州) before 委/长 is its short name before 州委/州长 (怒江|州委)."""
    T = table()
    A = _automaton()
    covered = 0  # the end of a full name read over a short one (任泽|州县: 泽州县)
    for end_idx, (name, kind) in long_matches(A, None, text):
        s, e = end_idx - len(name) + 1, end_idx + 1
        if s < covered:
            continue
        if kind == "full" and _read_across_start(text, s, e):
            continue  # 其中|山区人口: no 中山区 (Dalian's district) in 其中 and 山区
        if kind == "short" and e - s == 2 and (over := _full_over_short(A, text, s + 1, e)) is not None \
                and not _word_bounded(text, s, e) and not _segmented_word(text, s, e):
            # 上海|城市: the short name a word, no 海城市 over it
            if (split := _city_then_county(text, s + 1, over[0])) is not None:
                yield from split  # 陇南|康县: the city and its county, no 南康县 of Jiangxi
                covered = over[0]
                continue
            yield s + 1, over[0], over[1], "full"  # 曾任|泽州县委: no 任泽 (区) hides the county
            covered = over[0]
            continue
        if kind == "short" and e - s == 2 and (over := _short_over_short(A, text, s + 1, e)) is not None:
            yield s + 1, over[0], over[1], "short"  # 其中|山东: the word 其中 hides 中山, 山东 is the name
            covered = over[0]
            continue
        if kind == "full" and (split := _city_then_shi_district(A, text, s, e, name)) is not None:
            yield from split  # 青岛|市南区: the district whose name begins with the city's 市
            covered = split[1][1]
            continue
        if name in T.aliases and text[e:e + 1] and text[e] in place_chars("prefecture_alias_not_before") \
                and name.endswith(place_chars("prefecture_alias_suffix")) and name[:-1] in T.by_short:
            yield s, e - 1, name[:-1], "short"
            continue
        if _counted_by_numeral(text, s):
            continue  # 125项|城市建设: a count of projects, no 项城市 of Zhoukou (county45)
        if kind == "short" and _read_across_end(text, s, e, name):
            continue  # 促投资、惠民|生: 民生 is the word, no 惠民 (县) of 滨州
        if kind == "full" and text.startswith(_SUFFIX_WORDS, e - 1):
            # 广州市场, 永年县域, 江南区域: the suffix opens a word (市场, 县域, 区域), so only the
            # stem can be a name, and only as a short one
            if name[:-1] in T.by_short:
                yield s, e - 1, name[:-1], "short"
            continue
        yield s, e, name, kind


_MEASURE_FIRST = frozenset(place_chars("measure_first_chars"))
_MEASURE_NUMERALS = frozenset(place_chars("measure_numerals"))


def _counted_by_numeral(text: str, s: int) -> bool:
    """Does a name open with a measure word written right after a numeral (125项|城市建设, 3万名|山区
    群众)?  The measure word counts what follows it, so the name read across it is none: a
    division's name is never glued to a number before it."""
    return s > 0 and text[s] in _MEASURE_FIRST and text[s - 1] in _MEASURE_NUMERALS


_ACROSS_END_MIN_FREQ = 300  # jieba's count: 民生 452; 乡人 54, 山人 75 (肥乡人, a native) stay names


def _read_across_end(text: str, s: int, e: int, name: str) -> bool:
    """Does a county's short name end inside a common word (惠民|生: 民生; 稳增长、惠民生)?  Its last
    character and the next one are a frequent common word of the dictionary (not a name: 山区,
    山东 are places), the name with that character is no word of its own, and that character opens
    no word with the one after it (广水|乡村振兴 is 广水 and 乡村).  Counties only: a
    province's or city's short name before a word (西安|全市) is read as written."""
    nxt = text[e:e + 1]
    if not nxt or not is_han(nxt):
        return False
    pair = name[-1] + nxt
    tag = word_tags().get(pair) or ""
    if not tag or tag.startswith(("ns", "nr", "nz", "nt")) or word_freq().get(pair, 0) < _ACROSS_END_MIN_FREQ \
            or word_tags().get(name + nxt) or word_tags().get(text[e:e + 2]):
        return False  # (广水|乡村振兴: the next character opens a word of its own, 乡村)
    return all(c.level not in ("province", "city") for c in table().short_candidates(name))


def _read_across_start(text: str, s: int, e: int) -> bool:
    """Does the sentence read a full name's first character with the one before it as a word, and
    the rest of the name as a common word of running text (其中|山区, 集中|山区, 高中|山地: no
    中山区 of Dalian)?  Its segmentation says so: the word before crosses the name's start and the
    word after it, ending at or past the name's end, is no name (tag nt, nz, nr; no division's
    name or short name: jieba tags 山区 ns too).  Where the
    sentence writes the division (大连市|中|山区, 在|中|山区) no word crosses its start.  The
    segmenter runs only where the two characters across the start are a word of the dictionary."""
    if s == 0 or e - s < 3 or (word_tags().get(text[s - 1:s + 1]) or "f").startswith("f"):
        return False  # (以南|山区: a direction word, weighed by `_compass_phrase`)
    lo = max(0, s - 4)
    pos, crossed = lo, False
    for tok in dict_words(text[lo:min(len(text), e + 4)]):
        end = pos + len(tok)
        if pos < s < end:
            crossed = end < e
        elif crossed and pos < e:
            tag, T = word_tags().get(tok) or "", table()
            return len(tok) >= 2 and end >= e and bool(tag) and not tag.startswith(("nt", "nz", "nr")) \
                and tok not in T.by_short and tok not in T.by_name  # (省长|沙市: a division's name)
        elif pos >= e:
            break
        pos = end
    return False


def _city_then_county(text: str, s: int, e: int) -> list[tuple[int, int, str, str]] | None:
    """The two matches of a city's two-character short name written right before one of its
    counties (陇南康县, 甘南夏河县) when the city's last character and the county's name read as
    another division's full name (南康县, former name of Jiangxi's 南康区): the leftmost walk read
    that one over the city.  Only when the county lies inside that city, so the pair is sure."""
    T = table()
    city, county = text[s - 1:s + 1], text[s + 1:e]
    if len(county) < 2 or city not in T.by_short or county not in T.by_name:
        return None
    cities = [c for c in T.by_short[city] if T.by_code[c].level == "city"]
    if not any(T.is_within(code, c) for code in T.by_name[county] for c in cities):
        return None
    return [(s - 1, s + 1, city, "short"), (s + 1, e, county, "full")]


@lru_cache(maxsize=1)
def _idioms() -> tuple[frozenset[str], tuple[int, ...]]:
    """The idioms holding a short place name (place_grammar idioms_with_place_names) and the foods named
    after a city (products_with_place_names: 上海青, a vegetable sold everywhere), their lengths."""
    words = frozenset(place_words("idioms_with_place_names")) | frozenset(place_words("products_with_place_names"))
    return words, tuple(sorted({len(w) for w in words}))


def _country_pair(text: str, doc_text: str, s: int, e: int, name: str, memo: dict) -> bool:
    """巴中友好是巴基斯坦外交政策的基石, 巴中两国: a city's short name written as China's 中 beside a
    partner's one-character short form, then a diplomatic word of a pair of countries (友好, 关系, 两国:
    the country-pair cues; no everyday word a city's name takes too: 巴中经济开发区, 巴中文化旅游, 在巴中
    投资), in a paragraph naming that partner in full or right after one (王毅会见巴西总统首席特别顾问阿莫林。 /
    阿莫林表示，卢拉总统高度重视巴中关系), in a document not naming the city in full, is the partner's
    voice naming both countries, no city."""
    from .abbreviations import _CHINA_SHORT, _cues, readings
    run = text[s:e]
    if len(run) != 2 or _CHINA_SHORT not in run or not text.startswith(_cues().get("country-pair", ()), e):
        return False
    hi, lo = text.find("\n", e), text.rfind("\n", 0, s)
    para = text[text.rfind("\n", 0, max(lo, 0)) + 1:hi if hi >= 0 else len(text)]  # (and the one before)
    key = (run, para)  # (searched once per short name and paragraph, not once per mention)
    if key not in memo:
        partner = run.replace(_CHINA_SHORT, "", 1)
        memo[key] = any(r.kind == "country" and r.name in para for r in readings().get(partner, ())) \
            and not any(d.name in doc_text for d in table().short_candidates(name))
    return memo[key]


def _inside_idiom(text: str, s: int, e: int) -> bool:
    """Is text[s:e] part of an idiom that holds a division's short or full name (山南海北, 白山黑水;
    卓越城区, a slogan's "excellent urban district", holds 越城区 of Shaoxing)?  A few
    set look-ups around the match: the idiom at each offset that covers it."""
    words, lengths = _idioms()
    return any(text[i:i + n] in words for n in lengths for i in range(max(0, e - n), s + 1))


_MOUNTAIN_CHAR = "山"


def _names_mountain(text: str, s: int, e: int, name: str) -> bool:
    """加强武陵山片区基础设施建设, 祁连山, 普陀山: a short name run into 山 that makes a place word of
    jieba's dictionary (ns) which no division bears (武陵山, not 黄山 or 崂山, divisions' own names) is
    the mountain or range, no 武陵区 — the segmenter may still cut 武陵|山 in its neighbourhood."""
    if not text.startswith(_MOUNTAIN_CHAR, e):
        return False
    word = name + _MOUNTAIN_CHAR
    T = table()
    return (word_tags().get(word) or "").startswith("ns") and word not in T.by_name and word not in T.by_short


# a phase of a housing estate or project right after a name (世纪滨江3期, 滨江二期): the estate's
_ESTATE_PHASE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,2}期")


def _names_estate_phase(text: str, e: int) -> bool:
    """世纪滨江3期现浇砖混结构违建: a short name right before a phase number (3期, 二期) ends the name of
    an estate or a project built in phases, no 滨江区 of Hangzhou."""
    return _ESTATE_PHASE.match(text, e) is not None


_ESTATE_AFTER_GIVEN = tuple(place_words("estate_after_given_name"))  # 小区, 花园, 家园, 新村, 苑
_ESTATE_GIVEN_LEN = 2
_ESTATE_GIVEN_RARE = 100  # jieba's count below which a two-character word is a given name (丽都 15, 华府 22; 新建 1000)


def _opens_estate_name(text: str, e: int) -> bool:
    """东昌丽都小区, 海淀华府花园: a short name, then a rare two-character given name and an estate's word
    (小区, 花园, 苑), opens the estate's name (东昌丽都小区 in Liaocheng names no 东昌区 of Tonghai);
    a common word between (海淀老旧小区, 黄岛新建小区) leaves the place read."""
    gap = text[e:e + _ESTATE_GIVEN_LEN]
    return len(gap) == _ESTATE_GIVEN_LEN and all(map(is_han, gap)) \
        and text.startswith(_ESTATE_AFTER_GIVEN, e + _ESTATE_GIVEN_LEN) \
        and proper(gap) and (word_freq().get(gap) or 0) < _ESTATE_GIVEN_RARE


def _inside_city_before(cands: list[Division], before) -> Division | None:
    """The one candidate of a full county name lying inside the city whose name is written right
    before it (济南市中区, 济南市市中区, 枣庄市中区 in one story: each 市中区 is its own city's; 北京市朝阳区
    beside 长春市朝阳区), else None.
    `before` is the division match ending where this one starts."""
    if before is None or len(cands) < 2:
        return None
    T = table()
    named = T.short_candidates(before[1]) if before[2] == "short" else T.candidates(before[1])
    cities = [c.code for c in named if c.level in ("city", "province")]  # (北京市朝阳区: Beijing's)
    inside = [c for c in cands if any(T.is_within(c.code, city) for city in cities)]
    return inside[0] if len(inside) == 1 else None


def _own_shi_district(text: str, s: int, e: int) -> bool:
    """Does the city's full name text[s:e] + 市 open one of its own districts (青岛市南区)?"""
    split = _city_then_shi_district(_automaton(), text, s, e + 1, text[s:e + 1])
    return split is not None


def _city_then_shi_district(A, text: str, s: int, e: int, name: str) -> list[tuple[int, int, str, str]] | None:
    """青岛市南区, 济南市中区, 乐山市中区: a city's full name whose 市 opens one of its own districts
    (市南区, 市中区), the city written short before the district's full name; the leftmost walk read
    the city and lost the district.  Only when the district lies inside that city (青岛市市南区 and
    青岛市北部 are left as they are: no district follows the city's own 市)."""
    T = table()
    if not name.endswith("市") or len(name) < 3 or name[:-1] not in T.by_short:
        return None
    over = _full_over_short(A, text, e - 1, e)
    if over is None or over[1] not in T.by_name or text[over[0]:over[0] + 1] in place_chars("shi_district_word_after") \
            and text[over[0]:over[0] + 1]:
        return None  # (青岛市南区域: 区域, a region, no district)
    cities = [c for c in T.by_name.get(name, ()) if T.by_code[c].level == "city"]
    if not any(T.is_within(code, c) for code in T.by_name[over[1]] for c in cities):
        return None
    return [(s, e - 1, name[:-1], "short"), (e - 1, over[0], over[1], "full")]


def _segmented_word(text: str, s: int, e: int) -> bool:
    """Does the sentence's segmentation make text[s:e] one word, whatever stands before it (大|上海|城市
    花园: 大 glued before it makes no word_bounded name, yet 上海 and 城市 are the words, no 海城市)?"""
    lo = max(0, s - 6)
    pos, breaks = lo, {lo}
    for tok in dict_words(text[lo:min(len(text), e + 8)]):
        pos += len(tok)
        breaks.add(pos)
    return s in breaks and e in breaks and not any(s < b < e for b in breaks)


def _full_over_short(A, text: str, i: int, e: int) -> tuple[int, str] | None:
    """(end, name) of a full division name of three characters or more starting at `i`, inside a
    two-character short name's match ending at `e`, and going on past it (曾任泽州县: 泽州县 over
    任泽, the short name of 任泽区, read first by the leftmost walk), else None.  The caller keeps
    the short name where the sentence's segmentation makes it a word (上海|城市: no 海城市)."""
    for end_idx, (name, kind) in A.iter_long(text[i:i + 12]):
        if end_idx - len(name) + 1 == 0 and kind == "full" and len(name) >= 3 and i + end_idx + 1 > e:
            return i + end_idx + 1, name
        break
    return None


def _short_over_short(A, text: str, i: int, e: int) -> tuple[int, str] | None:
    """(end, name) of a two-character short name starting at `i`, inside a two-character short
    name's match ending at `e` and going on past it, when the sentence's segmentation makes the
    second a word and not the first (其中山东: 其中|山东, no 中山 — the leftmost walk read 中山 first
    and lost both), else None."""
    for end_idx, (name, kind) in A.iter_long(text[i:i + 4]):
        if end_idx == 1 and kind == "short" and not _word_bounded(text, i - 1, e) \
                and _word_bounded(text, i, i + 2):
            return i + 2, name
        break
    return None


def _choose(cands: list[Division], context: set[str]) -> Division | None:
    """Pick the division a name denotes, preferring ones inside the document's places."""
    cands = [c for c in cands if not c.functional] or cands
    if len(cands) == 1:
        return cands[0]
    T = table()
    inside = [c for c in cands if any(T.is_within(c.code, ctx) or c.parent == ctx for ctx in context)]
    if len(inside) == 1:
        return inside[0]
    # 南京市鼓楼区 in a story naming 江苏: both 鼓楼区 of 南京 and of 徐州 are inside the province,
    # one only is a child of a city the document names
    direct = [c for c in (inside or cands) if c.parent in context and T.by_code.get(c.parent)
              and T.by_code[c.parent].level != "province"]
    if len(direct) == 1:
        return direct[0]
    return None  # truly ambiguous: better no place than a wrong code


def _county_before_its_township(text: str, e: int, cands: list[Division]) -> Division | None:
    """永定区坎市镇、下洋镇: of the counties a name is shared by (Longyan's 永定区, Zhangjiajie's), the one
    whose own township is written right after it is the one meant, though the text names neither
    city; None when no candidate's or more than one's township follows."""
    T = table()
    hit = [c for c in cands if c.level == "county" and any(text.startswith(t, e) for t in T.townships(c.code))]
    return hit[0] if len(hit) == 1 else None


_NAMED_TOWNSHIP_MIN = 3  # 焦店镇, 坎市镇: a township's full name, long enough to stand for itself


def _county_of_named_township(text: str, cands: list[Division]) -> Division | None:
    """新华区人大常委会会议室 … 焦店镇人大主席团主席 (a district congress's news naming one of its towns among
    the guests): of the counties a name is shared by, the one whose own township the article names
    anywhere (a township name no other candidate has) is the one meant, as when it follows right after
    the county; None when no candidate's or more than one's township is named."""
    T = table()
    own = {c.code: {t for t in T.townships(c.code) if len(t) >= _NAMED_TOWNSHIP_MIN}
           for c in cands if c.level == "county"}
    hit = [c for c in cands if c.code in own
           and any(t in text for t in own[c.code] if not any(t in v for k, v in own.items() if k != c.code))]
    return hit[0] if len(hit) == 1 else None


def _dateline_context(doc: Doc) -> dict[int, set[str]]:
    """The divisions (and their parents) each article's dateline names, which layout keeps out of the
    article's text (张家界新闻网6月29日讯, 本报龙岩讯): the last word on a county's name shared by
    several divisions (永定区 of 张家界 and of 龙岩) that the text itself leaves unresolved."""
    T = table()
    out: dict[int, set[str]] = {}
    for art in doc.articles:
        line = art.dateline or ""
        for s, e, name, kind in _raw_matches(line) if line else ():
            div = _context_division(line, s, e, name, kind)
            if div is not None:
                out.setdefault(id(art), set()).update([div.code, *(a.code for a in T.ancestors(div.code))])
    return out


def _unresolved(name: str, cands: list[Division]) -> bool:
    """Is `name` the current full name of several divisions of one level that the document's
    places do not tell apart (长安区 of 西安 and of 石家庄, 鼓楼区 of four cities)?  Then it is a
    place all the same, its division unresolved (no code), rather than no place at all."""
    cands = [c for c in cands if not c.functional]
    return len(cands) >= 2 and len(name) >= 3 and all(c.name == name and c.level == cands[0].level for c in cands)


def _province_first(cands: list[Division], context: set[str]) -> Division | None:
    """A short name shared by a province and cities (海南: 海南省 and 海南藏族自治州 of Qinghai;
    吉林: 吉林省 and its city 吉林市) is the province — the cities go by their full names
    (吉林市) — unless the document names the province another of them lies in (海南 in a story
    about 青海).  None when no province is among the candidates or several are."""
    provinces = [c for c in cands if c.level == "province"]
    if len(provinces) != 1 or len(cands) == 1:
        return None
    province = provinces[0]
    T = table()
    for c in cands:
        if c is province:
            continue
        home = next((a.code for a in T.ancestors(c.code) if a.level == "province"), None)
        if home != province.code and home in context:
            return None
    return province


def _closes_township(text: str, start: int) -> bool:
    """Does a short name open with the 镇 or 乡 that closes a township of the table written right
    before it (东峤镇|原党委书记黄金华: 镇原 read across the town's suffix and 原, former; 某乡|宁…)?
    The suffix belongs to the town: discipline notices write 某镇原党委书记 all the time, and the
    county (镇原县, 乡宁县, 镇安县 …) is no place there."""
    if start < 2 or text[start] not in _TOWNSHIP_LAST_CHARS:
        return False
    names, longest = township_names(), _township_ends()[1]
    return any(text[k:start + 1] in names for k in range(max(0, start - longest + 1), start - 1))


_TOWNSHIP_LAST_CHARS = frozenset(w[-1] for w in place_words("table_township_suffixes") if len(w) == 1)


_LEVEL_MARK = "级"  # 县级, 市级: the level of a thing or a post, written right after a level's suffix


def _level_word_after(text: str, end: int) -> bool:
    """东河县级河段长, 清溪区级河长: 级 right after a name's 县 or 区 makes 县级 the level of the post (a
    river's county-level chief), so a run read as a division's former full name (东河县, the old name of
    Baotou's 东河区) is a river's name there; a division's current name keeps its reading (the caller
    asks only of former names: 清水河县级 may well be that county's own level)."""
    return text.startswith(_LEVEL_MARK, end)


def _bounded(text: str, start: int, name: str) -> bool:
    """True when a name is long enough to trust, or starts after a non-Han character."""
    if len(name) > 2:
        return True
    return start == 0 or not is_han(text[start - 1])


_ORDINAL_GROUP = re.compile(f"第[{place_chars('estate_number_chars')}0-9]{{1,3}}"
                            f"(?:{alt(place_words('ordinal_group_suffixes'))})")


_VILLAGE_FROM_ESTATE_WORD = tuple(place_words("village_from_estate_word"))  # 花园村: a village, no estate


def _name_ok(text: str, start: int, end: int, kind: str) -> bool:
    """Reject matches that are pieces of longer words (e.g. 河北 in 河北日报 is kept, it is a
    place reference inside a name; but a short name glued to another place suffix is not)."""
    if kind == "full" and _compass_phrase(text, start, end):
        return False  # 长江以|南山区: the hills south of the river, no 南山区 of Shenzhen
    if kind == "full" and _zone_compass_part(text, start, end):
        return False  # 在高|新北区: the 北区 of a high-tech zone (吉林高新区), no 新北区 of Changzhou
    if kind == "short" and (_river_bank(text, start, end) or _border_direction(text, start, end)):
        return False
    if kind == "short" and text.endswith(place_words("voltage_before_name"), 0, start):
        return False  # 漳平110千伏|桂林变电站: a substation named after a spot, no 桂林市
    if kind == "short" and airport_given_name(text, start, end):
        return False  # 广州白云机场, 烟台蓬莱国际机场: the airport's given name after its city, no 白云区
    if kind != "short" or text.startswith(_SUFFIX_WORDS, end):
        return True  # 广州|市场: the short name of a full one whose suffix opens a word
    if _closes_township(text, start):
        return False  # 东峤镇|原党委书记: the town's 镇 and 原 (former), no 镇原县 of Qingyang
    if _sea_area(text, start, end):
        return False  # 在东海|海域捕鱼, 南海|渔场: the sea, no 东海县 of Lianyungang nor 南海区 of Foshan
    if text.startswith(place_words("not_after_short"), end) and not _names_a_division_after(text, end) \
            and not text.startswith(_VILLAGE_FROM_ESTATE_WORD, end):  # (东阳|花园村: the city, its village)
        return False  # 朝阳社区, 长安小区: a community named like a city, not the city
    if text.startswith(place_words("spirit_after_short"), end) \
            and not text.startswith(place_words("spirit_after_short_keeps"), end):
        return False  # 弘扬“上海精神”: a spirit named after the city, no mention of it (上海精神文明建设 keeps it)
    if _road_named(text, start, end):
        return False  # 在桂阳|公路雁山段沿线: the road 桂阳公路 (桂林 to 阳朔), no 桂阳县 of Hunan
    if text[end - 1] == _VILLAGE and text.startswith(_VILLAGE_ORGANS, end):
        return False  # 在周村党总支的努力下: a village's own branch, no 周村区 of Zibo (agri44)
    if text[end:end + 1] and text[end] in place_chars("estate_number_chars") \
            and text.startswith(_NUMBERED_ESTATE, end + 1):
        return False  # 鞍山四村, 延吉二村: a numbered estate named after the city, not the city
    if _ORDINAL_GROUP.match(text, end):
        return False  # 清水河|第一村民小组: a village group named like a county, no 清水河县
    if text[end:end + 1] and is_han(text[end]) and text.startswith(place_words("community_after_one_char"), end + 1) \
            and text[end] not in place_chars("compass_chars") and text[end] not in place_chars("community_count_chars"):
        return False  # 山东头社区: a community's name holding the short name, no 头社区 of 山东
    if text[end:end + 1] and text[end] in place_chars("lake_after_short_chars") \
            and word_freq().get(text[start:end + 1]) and not text.startswith(_LAKE_NOT, end):
        return False  # 东平|湖生态保护, 大宁|河集中清漂: the lake 东平湖, the river 大宁河 (words of the dictionary), no county
    if _water_road(text, end):
        return False  # 南阳|湖路跨通惠河桥梁: the road named after the lake 南阳湖, no 南阳市
    if _river_named(text, end):
        return False  # 北流|河、白沙|江及: the rivers 北流河 and 白沙江, no 北流市 nor 白沙县
    if text[end - 1] in place_chars("water_short_end_chars") and _short_river(text, start, end):
        return False  # 黑河|流域, 黑河|河长联席会议: the river 黑河 of the article, no 黑河市
    if start and text[start - 1] in place_chars("county_suffix_chars") and text.startswith(_WORK_AFTER_COUNTY, end):
        return False  # 博爱县|丹东|灌溉区: a work named inside the county, no 丹东市
    if text.startswith(_DISTRICT_WORK_AFTER, end) \
            and not any(c.level == "province" for c in table().short_candidates(text[start:end])):
        return False  # 黄石|灌区 (in 桃源县 of Hunan): the irrigation district's name, no 黄石市
    if text.startswith("市", end) and _own_shi_district(text, start, end):
        return True  # 青岛|市南区: the city before its district (`_city_then_shi_district`)
    if text[end:end + 1] and text[end] in place_chars("not_after_short_chars"):
        # 邯郸路, 馆陶镇: part of another name; but 成安大队 is the county's police brigade
        return text.startswith(place_words("short_before_unit"), end) or _region_short_organ(text, start, end)
    return True


_SEA_NAMES = frozenset(place_words("sea_names"))
_SEA_AREA_AFTER = tuple(place_words("sea_area_after"))


def _sea_area(text: str, start: int, end: int) -> bool:
    """Is a short name that is also a sea's (东海, 南海: rows of `sea_names`) followed by a word of
    the sea's waters (海域, 海区, 渔场, 伏季休渔: `sea_area_after`)?  Fisheries notices name the sea
    where its boats fish (渔船都在东海海域捕鱼), the county or district so named (东海县, 南海区)
    writes no sea area of its own, so the name is the sea's even after a locative verb."""
    return text[start:end] in _SEA_NAMES and text.startswith(_SEA_AREA_AFTER, end)


_AIRPORT_AFTER = tuple(place_words("airport_after_name"))


def airport_given_name(text: str, start: int, end: int) -> bool:
    """Is a short name the given name of an airport written right after its city's short name
    (广州白云机场, 深圳宝安机场, 西安咸阳国际机场)?  The city names the place; the second name is
    what the airport is called (重庆江北机场 lies in 渝北区), no district or city of its own.  An
    airport named by its place alone (十堰机场, 湘西机场) or after its province (新疆阿克苏机场: the
    place chain) keeps the place.  So too an item of a list of such names that an airport's word
    closes (广州白云、深圳宝安、西安咸阳等大中型城市机场旅客吞吐量)."""
    if start < 2 or not (text.startswith(_AIRPORT_AFTER, end) or _listed_airport(text, end)):
        return False
    return any(c.level == "city" or c.level == "province" and c.name.endswith(_MUNICIPALITY_END)
               for c in table().short_candidates(text[start - 2:start]))


def _listed_airport(text: str, end: int) -> bool:
    """Is text[:end] an item of a list (、 or 等 after it) that an airport's word closes within the
    sentence, a short way on (`_AIRPORT_LIST_REACH` characters)?"""
    if text[end:end + 1] not in _AIRPORT_LIST_MARKS:
        return False
    k = text.find(_AIRPORT_AFTER[0], end, end + _AIRPORT_LIST_REACH)
    return k >= 0 and not any(ch in _SENTENCE_STOPS for ch in text[end:k])


_AIRPORT_LIST_MARKS = frozenset(place_chars("airport_list_marks"))
_SENTENCE_STOPS = frozenset("。；;！？!?\n")
_AIRPORT_LIST_REACH = 90
_MUNICIPALITY_END = place_words("county_city_suffix")[0]  # 市: 重庆市, 北京市 (a province-level city)


def _river_named(text: str, end: int) -> bool:
    """Is a short name followed by a river's character and then a list mark, 等 or 及 (广西西江支流
    北流河、白沙江及桂南沿海清湾江等38条中小河流) a river named like the county or city?  A river's
    name closes on 江 or 河; a division's short name before another name (湖南江永县, 广东江门)
    goes on after that character, so only a name closed right there is the river (emergency46)."""
    return text[end:end + 1] != "" and text[end] in place_chars("river_after_short_chars") \
        and text[end + 1:end + 2] != "" and text[end + 1] in place_chars("river_name_end_chars")


_WATER_ROAD = tuple(place_words("water_road_after"))
_WATER_ROAD_NOT = tuple(place_words("region_road_not_after"))


def _water_road(text: str, end: int) -> bool:
    """Is a short name followed by a lake's or river's character and then a road's word (南阳湖路,
    微山湖大道, 白沙河路)?  A road named after a water body that is named after the place: the road,
    no mention of the city or county (微山县's 南阳湖路 names no 南阳市 of Henan). Its stretch or
    network words (湖路段, 河路网) are not a road's name (messy70)."""
    if not (text[end:end + 1] and text[end] in place_chars("lake_after_short_chars")):
        return False
    return text.startswith(_WATER_ROAD, end + 1) and not text.startswith(_WATER_ROAD_NOT, end + 1)


_WORK_AFTER_COUNTY = tuple(place_words("work_after_county_short"))
_DISTRICT_WORK_AFTER = tuple(place_words("district_work_after_short"))
_SHORT_RIVERS = TextMemo()
_SHORT_RIVER_RE = re.compile(rf"[{place_chars('water_short_end_chars')}](?:{alt(place_words('water_short_after'))})")


def _short_river(text: str, start: int, end: int) -> bool:
    """Is the short name text[start:end] the river of `_short_rivers`?  Right before the river's
    word always; elsewhere in the article only when it is no province's short name (黑龙江流域 is
    the river, the article's other 黑龙江 may well be the province)."""
    name = text[start:end]
    if name not in _short_rivers(text):
        return False
    if _SHORT_RIVER_RE.match(text, end - 1):
        return True
    return not any(c.level == "province" for c in table().short_candidates(name))


def _short_rivers(text: str) -> frozenset[str]:
    """The words ending in a river's or lake's character that stand before what only a river has
    somewhere in the article (黑河|流域, 黑河|河长联席会议 but not 漯河|河长制): each such word, a
    short name or not, is the river wherever the article writes it bare (黑河驿马镇…河段). Scanned
    once per article; the endings of the three characters before the river's character are the
    candidates (a short name is two or three characters with it)."""
    memo = _SHORT_RIVERS.of(text)
    if "rivers" not in memo:
        found: set[str] = set()
        for m in _SHORT_RIVER_RE.finditer(text):
            if m.group().endswith("长") and text[m.end():m.end() + 1] \
                    and text[m.end()] in place_chars("water_short_chief_not_before"):
                continue  # 漯河|河长制, 黑河|河长办: the city's river chief system
            end = m.start() + 1
            found.update(text[i:end] for i in range(max(0, end - 4), end - 1))
        memo["rivers"] = frozenset(found)
    return memo["rivers"]


_NUMBERED_ESTATE = tuple(place_words("numbered_estate_suffixes"))
_LAKE_NOT = tuple(place_words("lake_after_short_not"))  # 深圳|河湖长制: the city's own rivers and lakes
_VILLAGE_ORGANS = tuple(place_words("village_organs"))


def _region_short_organ(text: str, start: int, end: int) -> bool:
    """Is a short name an autonomous region's, written before 区 and an organ of its own (广西|区委,
    宁夏|区政府: 自治区 written short)?  Then it is the region, not a piece of a district's name."""
    if not text.startswith(place_words("region_short_organs_after"), end):
        return False
    return any(c.level == "province" and c.name.endswith("自治区")
               for c in table().short_candidates(text[start:end]))


_ROAD_AFTER_SHORT = tuple(place_words("road_after_short"))
_ROAD_KEEPS_PLACE = tuple(place_words("road_after_short_keeps"))


def _road_named(text: str, start: int, end: int) -> bool:
    """Is a city's or county's short name right before a road word (桂阳|公路雁山段, 天湖|公路) the
    name of that road, no mention of the division?  A province's short name keeps its place
    (湖南公路建设: the province's roads), and so does the division whose own road office or
    border port the word opens (宁波公路管理局, 霍尔果斯公路口岸: `road_after_short_keeps`)."""
    for w in _ROAD_AFTER_SHORT:
        if text.startswith(w, end):
            if text.startswith(_ROAD_KEEPS_PLACE, end + len(w)):
                return False
            return not any(c.level == "province" for c in table().short_candidates(text[start:end]))
    return False


def _names_a_division_after(text: str, end: int) -> bool:
    """德州|平原县, 新乡|平原示范区: the word after the short name (平原, a landform that bars a
    short name before it: 成都平原) opens a county's or a zone's name — the city before its own
    county.  Only the landform words of `landform_after_short`, one character after them."""
    for w in place_words("landform_after_short"):
        if text.startswith(w, end):
            return text[end + len(w):end + len(w) + 1] in place_chars("landform_division_chars") \
                and end + len(w) < len(text)
    return False


def _river_bank(text: str, start: int, end: int) -> bool:
    """Is a short name ending in a compass word followed by 岸 (修河|南岸, 赣江|西岸) the bank of a
    river or lake named before it, no province (河南, 江西, 湖南)?  Not before 岸线 (广东岸线: the
    province's coastline)."""
    return end - start >= 2 and text[end - 1] in place_chars("compass_chars") \
        and text[end:end + 1] != "" and text[end] in place_chars("compass_bank_after") \
        and not text.startswith(place_words("compass_bank_not"), end)


_BORDER_WINDOW = 30  # characters either side of the name searched for another border (bounded)


def _border_direction(text: str, start: int, end: int) -> bool:
    """东邻本县的保基,南通|羊场,西连鸡场坪: a short name made of a compass word and a verb of borders (南通,
    东至) among the borders of a place — another compass word and such a verb in its sentence, a few
    characters before or after — is the direction and the verb (south, it reaches 羊场), no division."""
    verbs, compass = place_chars("border_verb_chars"), place_chars("compass_chars")
    if end - start != 2 or text[start] not in compass or text[start + 1] not in verbs:
        return False
    lo, hi = max(0, start - _BORDER_WINDOW), min(len(text), end + _BORDER_WINDOW)
    before, after = text[lo:start], text[end:hi]
    before = before[before.rfind("。") + 1:]
    after = after[:after.find("。")] if "。" in after else after
    return any(a in compass and b in verbs for part in (before, after) for a, b in zip(part, part[1:]))


def _compass_phrase(text: str, start: int, end: int) -> bool:
    """Is a name made of a compass word and a common word (南|山区, 西|城区) the tail of a phrase
    of direction (长江以南山区): the direction after 以, then the common word — 以 after a name
    (长江以), not opening a phrase (，以南山区为例) nor closing a word (所以, 可以: 所以东城区)?"""
    return start > 1 and text[start - 1] in place_chars("compass_phrase_before") and is_han(text[start - 2]) \
        and not word_freq().get(text[start - 2:start]) \
        and text[start] in place_chars("compass_chars") and bool(word_freq().get(text[start + 1:end]))


_ZONE_PART_WORDS = tuple(place_words("zone_compass_part_words"))


def _zone_compass_part(text: str, start: int, end: int) -> bool:
    """Does the name open inside a zone's word (zone_compass_part_words: 高新) with a compass
    character after it (高新北区, 高新南区, 高新西区)?  Cities call a high-tech zone's parts so (吉林
    高新北区, 成都高新西区): the part of the zone, no district whose name starts with the word's last
    character and the compass (新北区 of Changzhou)."""
    return end - start >= 3 and text[start + 1:start + 2] in place_chars("compass_chars") and any(
        text.startswith(w[-1], start) and text.endswith(w[:-1], 0, start) for w in _ZONE_PART_WORDS)


def given_name_spans(text: str) -> list[tuple[int, int]]:
    """Given names of people after a post or in a list closed by 同志 (`kg.stages.registry`)."""
    return late_module(".registry", __package__).given_name_spans(text)


def inside_given_name(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return late_module(".registry", __package__).inside_given_name(spans, s, e)


def _post_overlaps(text: str, s: int) -> bool:
    """Does a post end on a place's first character (外长沙伦赛, 厅长江枝英)?"""
    return s > 0 and late_module(".registry", __package__).post_ending_at(text, s + 1) is not None


def _anaphor_closes_at(text: str, s: int) -> bool:
    """Does a place anaphor end at `s` (我市|长沙县, 我省|长治市)?  Its level character and the full
    name's first one read as a post (市长, 省长), but an anaphor is no body a post belongs to: a full
    division name right after it is the place the article counts among its own (no 市长 沙县)."""
    return text[max(0, s - 2):s] in L.ANAPHORA


def _names_committee(text: str, e: int, kind: str) -> bool:
    """Does a full name stand before the committee it names (团长春市委, 团长沙县委)?  Then the post
    ending on its first character (团长) is no post: no person's name follows it."""
    return kind == "full" and text.startswith(place_words("committee_after_full"), e)


def _given_name_after_surname(text: str, s: int, e: int) -> bool:
    """Is a two-character short name the given name after a family name, before what a person says
    or does (种粮大户张|吉林|介绍, ，王|海南|表示: `kg.stages.entities.pos`'s test of jieba's place words)?"""
    if e - s != 2:
        return False
    # (that package imports this module's neighbours: reached late)
    return late_module(".entities.pos", __package__)._given_name_of(text, s, e)


_JOINER_CHARS = place_chars("name_pair_joiner_chars")
_PAIR_WINDOW = 4  # characters either side of the name tagged (a person's name is two to four)


def _between_two_names(text: str, s: int, e: int) -> bool:
    """张伟|和田|秀英, 王明|与田|野: a two-character short name opening with a conjunction, between
    two words jieba's tagger calls people's names (nr), is the conjunction joining them and the
    second one's family name, no place (和田地区).  Only names opening with a conjunction are
    tagged, over a few characters around them."""
    if e - s != 2 or text[s] not in _JOINER_CHARS:
        return False
    from ..fast_pos import pos_cut
    lo = max(0, s - _PAIR_WINDOW)
    pos, before, after = lo, None, None
    for word, flag in pos_cut(text[lo:min(len(text), e + _PAIR_WINDOW)]):
        if pos + len(word) == s:
            before = flag
        if pos == e:
            after = flag
        pos += len(word)
    return bool(before and after) and before.startswith("nr") and after.startswith("nr")


@lru_cache(maxsize=1)
def _name_syllables() -> frozenset[str]:
    """Characters transliterated names are written in (place_grammar.tsv transliteration_chars,
    char_classes.tsv tibetan_name_chars, steppe_name_chars, name_transliteration_chars)."""
    return frozenset(place_chars("transliteration_chars")) | frozenset(L.chars("tibetan_name_chars")) \
        | frozenset(L.chars("steppe_name_chars")) | frozenset(L.chars("name_transliteration_chars"))


def _inside_transliterated_name(text: str, s: int, e: int) -> bool:
    """牧民莫德格玛说, 队员乌兰图雅: a short name (德格 of 德格县) with a syllable of a transliterated
    name glued on both sides, no place character right after it, is a piece of a Tibetan,
    Mongolian or Uyghur person's name written by sound: a county named short stands as a word
    (在德格工作, 德格的牧民), not between two such syllables — nor where the syllable before closes a word
    (到达|辽宁) or the one after opens one or a place (辽宁|丹东市).  A few characters read: bounded."""
    if s < 1 or e >= len(text):
        return False
    before, after = text[s - 1], text[e]
    syl = _name_syllables()
    if not (is_han(before) and is_han(after) and before in syl and after in syl and after not in _DIVISION_FIRST_CHARS):
        return False
    return not word_freq().get(text[max(0, s - 2):s]) and not word_freq().get(text[e:e + 2])
    # (到达|辽宁|丹东市: 到达 is a word of its own, and a place opening right after is read by the caller)


_DIVISION_FIRST_CHARS = frozenset(place_chars("not_after_short_chars"))


def _named_after_post(text: str, s: int) -> bool:
    """Does a post end at `s` and a family name start there (院长|马赛, 书记|江山)?"""
    R = late_module(".registry", __package__)
    return s > 0 and R.post_ending_at(text, s) is not None and R._surname_at(text, s) is not None


_LIST_CLOSERS = frozenset("等及和与")  # characters closing or joining a list of anything, no given name
_LISTED_NAME_MAX = 8  # the items of a list of names after a post read back from a short name


def _listed_after_post(text: str, s: int, e: int, placed=lambda k, j: False) -> bool:
    """副主任梁宝贵、李树明、李年贵、武威飚出席 (renmian96): a short name (武威) opening with a family name
    right after the 、 of a list of names a post opens, a given name's character glued after it, is
    the next person of the list (武威飚), no 武威市 — as `_named_after_post` reads the list's first.
    Every item back to the post is a family name and one or two characters; the first is glued
    to the post (副主任|梁宝贵).  A word right after the short name (武威|日报, 天水|市委) names a body
    of the place, and places listed after anything but such names (赴兰州、武威调研) stay places, as
    do the places of a list whose items are places (`placed`: 王强、李明、武威、张掖等地: 等 closes a list
    of anything, no given name).
    At most _LISTED_NAME_MAX items read back: bounded."""
    R = late_module(".registry", __package__)
    if s < 1 or text[s - 1] != "、" or R._surname_at(text, s) is None or e >= len(text) \
            or not is_han(text[e]) or text[e] in _DIVISION_FIRST_CHARS or text[e] in _LIST_CLOSERS \
            or word_freq().get(text[e:e + 2]):
        return False
    j = s - 1  # the 、 closing the item before
    for _ in range(_LISTED_NAME_MAX):
        k = j
        while k > 0 and j - k < 4 and is_han(text[k - 1]):
            k -= 1
        if k < j and placed(k, j):
            return False  # (王强、李明、武威、张掖: a place among the items, a list of places)
        if k < j and text[k - 1:k] == "、" and 2 <= j - k <= 3 and R._surname_at(text, k) is not None:
            j = k - 1  # a whole item between two 、: the list goes on back
            continue
        return any(j - n > 0 and R._surname_at(text, j - n) is not None and R.post_ending_at(text, j - n) is not None
                   for n in (2, 3))  # (副主任|梁宝贵: the post opening the list, its first name glued after it)
    return False


def _context_division(text: str, s: int, e: int, name: str, kind: str) -> Division | None:
    """The division a match makes context of the document (its parents are context too): a full
    name standing on its own, or the short name of a province or city (浙江, 杭州) that is a word
    of its sentence; None when the name is ambiguous."""
    T = table()
    if kind == "full":
        cands = T.candidates(name) if _bounded(text, s, name) and name not in _COMMON_WORDS \
            and name not in T.derived_former and not _glued_county(text, s, name) else []
    else:
        cands = [c for c in T.short_candidates(name) if c.level in ("province", "city")]
        if len(cands) == 1 and (name in _COMMON_WORDS or not _name_ok(text, s, e, kind)
                                or not (_word_bounded(text, s, e) or _own_shi_district(text, s, e))):
            return None
    return cands[0] if len(cands) == 1 else None


@lru_cache(maxsize=1)
def _shared_province_names() -> frozenset[str]:
    """Short names a province shares with cities (海南: 海南省 and Qinghai's 海南藏族自治州; 吉林)."""
    T = table()
    return frozenset(name for name in T.by_short
                     if sum(c.level == "province" for c in T.short_candidates(name)) == 1
                     and sum(c.level in ("province", "city") for c in T.short_candidates(name)) > 1)



def _shared_province_context(shared: list, context: set[str]) -> set[str]:
    """The provinces that short names shared with cities name, as context (海南推动…, then 琼中湾岭镇:
    琼中 is Hainan's county written short): `_province_first`'s choice, made once the rest of the
    context is known (海南 in a story about 青海 is its prefecture and adds nothing)."""
    out: set[str] = set()
    for art, s, e, name in shared:
        cands = [c for c in table().short_candidates(name) if c.level in ("province", "city")]
        if not _name_ok(art.text, s, e, "short") or not _word_bounded(art.text, s, e):
            continue
        province = _province_first(cands, context)
        if province is not None:
            out.add(province.code)
    return out


_TOWNSHIP_SUFFIXES = tuple(place_words("township_suffixes"))


_SUBPLACE_KINDS = tuple(place_words("stem_subplace_kinds"))  # 村, 社区: 沙河村 … 沙河王姓一族


def _stem_of_named_subplace(text: str, name: str, c: Division, context: set[str],
                            written: dict[tuple, bool], art_id: int) -> bool:
    """沙河村 … 沙河王姓一族, 扩宽了桃花至沙河8公里长的通村公路 (a story of 红安县): the short name is the stem
    of a village the article names in full, written short as villagers do — not 沙河市 of a city and
    province the document never names (either named, the county stays: its own village may share the name).
    Whether the article writes the village in full is searched once per article and name (`written`)."""
    if c.level == "city":  # (the short name itself put the city in context)
        return _stem_of_named_township(text, name, c, context, written, art_id)
    if c.level != "county" or c.code in context or any(a.code in context for a in table().ancestors(c.code)):
        return False
    key = (art_id, name)
    if key not in written:
        written[key] = any(name + kind in text for kind in _SUBPLACE_KINDS)
    return written[key]


def _stem_of_named_township(text: str, name: str, c: Division, context: set[str], written: dict[tuple, bool],
                            art_id: int) -> bool:
    """寿宁县南阳镇党委书记…对南阳渔溪段河流进行巡查 (hezhang110): the short name is the stem of a township the
    article names in full, of a county of another city the document names — the town written short as its
    own people do, not 南阳市, which the article never writes in full (`_stem_of_named_subplace` asks only
    for such a city).  Whether the article writes them is searched once per article and name (`written`)."""
    key = (art_id, name, c.code)
    if key not in written:
        T = table()
        towns = [name + sfx for sfx in _TOWNSHIP_SUFFIXES if name + sfx in text]
        written[key] = bool(towns) and c.name not in text and any(
            T.by_code[code].level == "county" and T.by_code[code].parent != c.code
            and any(town in (T.townships(code) or {}) for town in towns)
            for code in sorted(context) if code in T.by_code)
    return written[key]


def _named_county_township(name: str, context: set[str]) -> bool:
    """Is a short name the stem of a township of a county the document names (古田 in 上杭县's work
    report: its 古田镇 of the 古田会议, not 古田县 of Ningde elsewhere in the province)?  A county's
    own text names its townships short; another county so named would be written in full."""
    T = table()
    for code in context:
        d = T.by_code.get(code)
        if d is not None and d.level == "county" \
                and any(name + sfx in (T.townships(code) or {}) for sfx in _TOWNSHIP_SUFFIXES):
            return True
    return False


def _short_ok(name: str, c: Division, context: set[str], context_cities: set[str], located: bool,
              body: bool = False, voice: frozenset[str] = frozenset(), listed: bool = False,
              owned: bool = False, court: bool = False, lead: bool = False, zone_body: bool = False,
              county_court: bool = False, named: set[str] | None = None) -> bool:
    """May a short name denote division `c` in this document?  A province's or city's short name
    always (unless it is a common word too: 来宾, 日照 need their province named); a county's
    where its city is named (邯山 in a story about 邯郸), or — when the short name is a name by
    jieba's dictionary and no other county's — where its province is named (萧山 with 浙江) or
    it follows a verb of place or comes before a port named after it (`located`: 在恭城, 前往瑞金,
    二连浩特铁路口岸), or in a document that names no
    division but speaks as a county of its kind (`voice`: 全县/我县 for a 县, 全区 for a 区): a
    county's own paper names itself short (是泽州发展历程中…, 全县上下…); in one naming other
    divisions, only where it speaks as the county in the first person (乡城县…来到我市, 建德将…).
    A unique name heading its zone's committee (`zone_body`: 文水经济开发区管委会) names the county
    though jieba knows no word of it: no common word runs into 经济开发区管委会.  A unique proper name
    before 法院/检察院 (`county_court`: 潢川法院) names the county whatever else the story names: a
    basic court or procuratorate is only ever its county's.  A county's short name that is a common
    word too (合作 of 合作市, 天台) needs its prefecture written in the text (`named`), or the name
    standing as a place (located, listed, heading a body): a sibling county alone puts the prefecture
    in context, no sign that the word is the county (舟曲县…开展东西部协作和支援合作工作: no 合作市)."""
    if name in _COMMON_WORDS:  # (日照中院, 安康中院: `court`, the city's intermediate court, names the city)
        if c.level == "county" and named is not None and c.parent not in named and c.code not in context:
            return c.parent in context and (located or listed or body)
        return c.parent in context or (court and c.level == "city")
    if c.level in ("province", "city"):
        return True
    proper = _proper_word(name)
    if name in table().district_stems and not proper:
        return False  # 和平 (和平区), 解放 (解放区): common words
    if c.parent in context_cities:
        return proper or not _everyday_word(name) or located or listed or body or c.code in context
    if name in _MACRO_REGIONS:
        return False  # 华南和江南部分地区 in a story naming 广西: the region, no 江南区 (南宁 is not named)
    if not (proper or zone_body) or len(table().short_candidates(name)) != 1:
        return False
    if county_court:
        return True  # 潢川法院 in a story naming 郑州: the county's own court (no township has a 法院)
    if _another_prefecture(name, c, context, listed):
        return False
    if lead and c.name[-1:] in voice:
        return True  # 宿松融媒讯 5月12日下午…我县: the county's own paper opening its story (`_news_lead`)
    province = next((a.code for a in table().ancestors(c.code) if a.level == "province"), None)
    if province in context or located:
        return True
    # a document naming no division at all: a unique name that names a body of its own
    # (萧山供销社, 恭城县委) stands alone; on its own (恭城先后…) it may be a word or a person
    if not context:
        return body or zone_body or c.name[-1:] in voice and _self_name(name, owned)
    # (a paper speaking as 我市/我县 names itself short beside its visitors' places: 乡城县…来到我市, 建德将…)
    return any(f + c.name[-1:] in voice for f in _FIRST_PERSON) and _self_name(name, owned)


_MACRO_REGIONS = frozenset(place_words("macro_regions"))


def _county_voice(text: str) -> frozenset[str]:
    """The county suffixes (县, 区, 旗 …) a text speaks as, by its county anaphora (全县, 我区:
    anaphora.tsv, level county); and 市 by a city's own anaphora of the same shape (全市, 我市):
    a county-level city's paper speaks as 我市 and names itself short (建德召开全市工业大会)."""
    said = [form for form in _COUNTY_ANAPHORA + _CITY_VOICE if form in text]
    organ = frozenset(_COUNTY_LEVEL_CHAR) if _bare_county_organ(text) else frozenset()
    return frozenset(form[-1] for form in said) | frozenset(form for form in said if form.startswith(_FIRST_PERSON)) \
        | organ


_COUNTY_LEVEL_CHAR = "县"
_BARE_COUNTY_ORGAN = re.compile(f"{_COUNTY_LEVEL_CHAR}(?:{'|'.join(sorted(place_words('county_voice_organs'), key=len, reverse=True))})")


_HEADLINE_VOICE_ORGAN = re.compile(
    f"(?<![{''.join(place_words('headline_voice_not_before'))}]){_COUNTY_LEVEL_CHAR}"
    f"(?:{'|'.join(sorted(place_words('headline_voice_organs'), key=len, reverse=True))})")


def _headline_voice(text: str) -> frozenset[str]:
    """The county voice of a story whose headline opens with a short name (保康召开…现场会) and that
    names the county's leaders by the bare level character (县人大常委会主任徐声军, 副县长蔡德军, 县委、
    县政府): any text may speak of 县委 (`_bare_county_organ` leaves it out), but a headline's subject
    whose own leaders the story names so is the county itself, its own media's story.  Only for the
    headline's name (`_opens_headline`), in a text naming no other division (`_short_ok`)."""
    T = table()
    for m in _HEADLINE_VOICE_ORGAN.finditer(text):
        i = m.start()
        if not any(text[i - k:i + 1] in T.by_name for k in range(1, min(i, 6) + 1)):
            return frozenset(_COUNTY_LEVEL_CHAR)
    return frozenset()


def _bare_county_organ(text: str) -> bool:
    """Does the text name a county's organ by the bare level character (来自县卫生局, 县政府办, 县委), no
    county's name before the 县?  Then it is a county's own text, speaking as 全县/我县 do (`_county_voice`):
    a county's site writes its bureaus so and names itself short (秀山2011年第三季度…招聘…)."""
    T = table()
    for m in _BARE_COUNTY_ORGAN.finditer(text):
        i = m.start()
        if not any(text[i - k:i + 1] in T.by_name for k in range(1, min(i, 6) + 1)):
            return True
    return False


def _self_name(name: str, owned: bool = False) -> bool:
    """Can a short county name stand for the county whose own text it is (`_county_voice`)?
    Only a place word of jieba's dictionary (ns) or none, and a rare one: 泽州, 永德, 恭城 but not
    大关 (突破500亿元大关), 武功, 友谊, 红旗, words before they are counties — unless the paper writes
    its own delegation or development after it (`owned`: 为浠水经济社会高质量发展, 浠水考察团)."""
    if name in _PROPER_SHORT:
        return True  # 保康 (jieba: an adjective of count 262), no word of the county's paper
    if word_freq().get(name, 0) <= _RARE_ENTRY:
        return True  # 蓬溪 (nr 3), 射洪 (vn 3): an entry taken from a text naming the place, no word
    tag = word_tags().get(name)
    return (tag is None or tag.startswith("ns")) and (owned or word_freq().get(name, 0) < _SELF_NAME_MAX_FREQ)


_SELF_NAME_HEADS = tuple(place_words("self_name_heads"))


_COUNTY_PAPER_MARKS = tuple(place_words("county_paper_marks"))  # 融媒讯, 讯 (not 网讯: 凤凰网讯)
_COUNTY_PAPER_HEADS = tuple(place_words("county_paper_heads"))  # 云上, 本报: before the short name


def _news_lead(text: str, s: int, e: int) -> bool:
    """Does the short name at s open a line as its paper's source mark (宿松融媒讯 5月12日下午…, 秀山网讯
    近日…), after a head of such a mark at most (云上竹山讯, 本报竹山讯: county_paper_heads)?  A county's own paper names itself so before every story; there the name is the county,
    whatever else the word may be (宿松: a person's name to jieba)."""
    if not text.startswith(_COUNTY_PAPER_MARKS, e):
        return False
    head = next((h for h in _COUNTY_PAPER_HEADS if text.endswith(h, 0, s)), "")
    return s - len(head) == 0 or text[s - len(head) - 1] == "\n"  # (云上竹山讯, 本报竹山讯: the head first)


_OWN_PAPER_BEFORE = tuple(place_words("own_paper_before"))  # 今日
_OWN_PAPER_HEADS = tuple(place_words("own_paper_heads"))  # 日报


def _own_paper(text: str, s: int, e: int) -> bool:
    """Is the short name at [s, e) the name of a county's or city's own paper (来源:今日高邮, 来源：高邮日报)?
    The paper is named after the place it serves: where the text speaks as that place (全市, 我县) the
    name is the place however common jieba counts it (`_self_name`'s `owned`); 今日 opens the paper's
    name, which ends with the place's name (no character of a word after it)."""
    if text.startswith(_OWN_PAPER_HEADS, e):
        return True
    return text.endswith(_OWN_PAPER_BEFORE, 0, s) and not is_han(text[e:e + 1] or "a")


def _opens_headline(art: Article, s: int) -> bool:
    """Does the name at s open the article's headline (巫山研究部署2022年就业创业工作)?  A county's
    own paper heads its stories with its short name as their subject, however common jieba counts
    the word (巫山 ns 405): a place word there is the county (`_self_name`, `owned`)."""
    return s == 0 and bool(art.title) and art.text.startswith(art.title)


_SELF_NAME_MAX_FREQ = 100  # jieba's count: 泽州 30, 恭城 30, 盘山 60; 大关 176, 竹山 279
_COUNTY_ANAPHORA = tuple(sorted(f for f, level in L.ANAPHORA.items() if level == "county"))
_FIRST_PERSON = tuple(L.word_lists("relation_cues").get("first_person", ())) or ("\0",)
# 全市, 我市, 本市, 该市: the city anaphora built like the county ones (全县, 我县, 本县, 该县)
_CITY_VOICE = tuple(sorted(f for f, level in L.ANAPHORA.items() if level == "city" and f.endswith("市")
                           and f[:-1] in {c[:-1] for c in _COUNTY_ANAPHORA}))


def _named_region(cands: list[Division], context_cities: set[str]) -> list[Division]:
    """The divisions whose city or province the document names: a former name derived from a
    stem (水城县, `DivisionTable.derived_former`) is that division only there."""
    T = table()
    return [c for c in cands if c.parent in context_cities
            or any(a.level == "province" and a.code in context_cities for a in T.ancestors(c.code))]


def _lone_former(name: str, cands: list[Division]) -> list[Division]:
    """A derived former name in a document that names neither its city nor its province
    (款项用于青浦县境内): the division still, where one division alone bears the stem and the stem
    is a proper name by jieba's dictionary (青浦), not a common word (平安县 of 创建平安县) nor
    another division's short name (中山县 was Guangdong's 中山, not Dalian's 中山区)."""
    stem = name[:-1]
    if len(cands) == 1 and {c.code for c in table().short_candidates(stem)} <= {cands[0].code} \
            and _proper_word(stem):
        return cands
    return []


def _list_item(text: str, s: int, e: int) -> bool:
    """Does the name at [s, e) fill an item of a 、 list (肇东、望奎、宝清: between 、, or a 、 and
    the list's end), not open a longer item (、恩平公所: an association named after the county)?"""
    left, right = text[s - 1:s] if s else "", text[e:e + 1]
    if "、" not in (left, right):
        return False
    if not ((left == "、" or not is_han(left or "a")) and (right in ("、", "等", "和") or not is_han(right or "a"))):
        return False
    return any(_division_item(item) for item in _neighbour_items(text, s, e))


def _neighbour_items(text: str, s: int, e: int) -> list[str]:
    """The items of the 、 list right before and after [s, e) (at most eight characters each)."""
    out = []
    if text[s - 1:s] == "、":
        k = s - 1
        while k > max(0, s - 10) and is_han(text[k - 1]) and text[k - 1] != "、":
            k -= 1
        out.append(text[k:s - 1])
    if text[e:e + 1] == "、":
        k = e + 1
        while k < min(len(text), e + 10) and is_han(text[k]) and text[k] != "、":
            k += 1
        out.append(text[e + 1:k])
    return out


def _division_item(item: str) -> bool:
    """Is a list item a division's name or short name (肇东, 望奎县)?  Then the list is one of
    divisions; 左江、右江、邕江 (rivers) is not, and its 右江 is no 右江区."""
    T = table()
    return any(T.short_candidates(item[:n]) or T.candidates(item[:n]) for n in range(len(item), 1, -1))  # (宝清等县)


def _another_prefecture(name: str, c: Division, context: set[str], listed: bool = False) -> bool:
    """Is the document about another prefecture than county `c`'s, or does a county it names
    have a township of that name?  Then a short county name is not that county: 古田 in a story
    about 上杭县 (龙岩市) is its township 古田镇, not 古田县 of 宁德市.  A text that names two
    prefectures of the province or more besides `c`'s is about the province (a provincial list of
    appointments: 分别任瓯海、鹿城、缙云3个县（市、区）委书记), and takes its counties by short name;
    so does a name `listed` between 、 (先进县分别为肇东、望奎、宝清 in a story about 龙江县 of
    齐齐哈尔: a list of the province's counties, not one of 龙江县's townships)."""
    T = table()
    province = next((a.code for a in T.ancestors(c.code) if a.level == "province"), None)
    others = 0
    for code in context:
        d = T.by_code.get(code)
        if d is None or code == c.parent:
            continue
        if d.level == "city" and d.parent == province:
            others += 1
        if d.level == "county" and any(t.startswith(name) for t in T.townships(code)):
            return True
    return others == 1 and not listed


def _proper_word(name: str) -> bool:
    """Is `name` unknown to jieba's dictionary, or a name there (ns, nr, nz) rather than a common
    word (天台, 海盐, 和平; 海港, which jieba tags ns, is on the stop list of such words)?"""
    if name in _POS_STOP_WORDS:
        return False
    if name in _PROPER_SHORT:
        return True  # 保康, which jieba tags an adjective
    tag = word_tags().get(name)
    return tag is None or word_freq().get(name, 0) <= _RARE_ENTRY or tag.startswith(("ns", "nr", "nz"))


def _everyday_word(name: str) -> bool:
    """Is a county's short name one of the commonest words of running text (资源 17453, 合作, 平原,
    武功: jieba counts thousands)?  With its city named it still reads as the word (桂林…旅游资源丰富
    多彩: no 资源县) unless a list, a verb of place, a body or the full name shows the county."""
    return word_freq().get(name, 0) >= _EVERYDAY_FREQ


_EVERYDAY_FREQ = 5000  # 资源 17453, 合作 13478, 武功 7887, 平原 7457, 比如 5621, 南部 5612

# jieba's count of an entry so rare that the dictionary took it from a text naming the place, no
# word of running text, whatever its tag (牟定 v 3, 乡宁 n 3, 八宿 n 3, 久治 v 2; 和平, 解放 count thousands)
_RARE_ENTRY = 5


# division names and short names that are common words too (老城区, 来宾, 日照): a place only
# where the document names the division they belong to
_COMMON_WORDS = frozenset(L.column("place_common_words.tsv"))
_POS_STOP_WORDS = frozenset(L.column("pos_stop_words.tsv"))
_PROPER_SHORT = frozenset(place_words("proper_short_names"))  # county names jieba tags common words


_NATIVE_SUFFIXES = tuple(place_words("native_suffixes"))  # 人: 江苏宜兴人, 湖北监利人


def _native_of(text: str, s: int, e: int) -> bool:
    """Is the short name at s..e the place a person is from, written as one word with 人 (江苏|
    宜兴人, 湖北监利人: jieba keeps 宜兴人 whole)?  Then it is a word of its sentence all the same."""
    return text.startswith(_NATIVE_SUFFIXES, e) and _word_bounded(text, s, e + 1)


_APPOSITION_HEADS = tuple(place_words("apposition_heads"))  # 首都, 省会, 首府


def _after_apposition(text: str, s: int, e: int) -> bool:
    """Is the short name at s..e written after the title of the place it is (首都北京, 省会长沙),
    the two one word of jieba's (首都北京 ns)?  Then it is the place all the same."""
    head = next((h for h in _APPOSITION_HEADS if text.endswith(h, 0, s)), None) if s else None
    return head is not None and _word_bounded(text, s - len(head), e)


def _needs_word_check(name: str, kind: str) -> bool:
    return kind == "short" or len(name) <= 2


def places_in(text: str) -> list[tuple[int, int, str, str, str, bool]]:
    """Unambiguous division names in a short text outside any article (a photo credit):
    (start, end, full name, code, level, is_short); short names only for provinces and cities."""
    T = table()
    out = []
    for s, e, name, kind in _raw_matches(text):
        if not _name_ok(text, s, e, kind) or (_needs_word_check(name, kind) and not _word_bounded(text, s, e)):
            continue
        cands = T.candidates(name) if kind == "full" else \
            [c for c in T.short_candidates(name) if c.level in ("province", "city")]
        cands = [c for c in cands if not c.functional] or cands
        if len(cands) == 1:
            out.append((s, e, cands[0].name, cands[0].code, cands[0].level, kind == "short"))
    return out


@component("gazetteer", reads=("article.text", "article.dateline"), writes=("doc.mentions[Place]",))
def make_gazetteer():
    """Places from China's division table (codes, levels, former names) and sub-place grammar."""
    T = table()

    def gazetteer(doc: Doc) -> Doc:
        found: list[tuple[Article, int, int, str, str]] = []
        context: set[str] = set()
        named: set[str] = set()  # the divisions written in the text themselves (context adds their parents)
        outside_zones: set[str] = set()  # provinces named by other than a short name heading a zone
        shared: list[tuple[Article, int, int, str]] = []  # 海南, 吉林: a province's short name a city shares
        for art in doc.articles:
            for s, e, name, kind in _raw_matches(art.text):
                found.append((art, s, e, name, kind))
                div = _context_division(art.text, s, e, name, kind)
                if div is None and kind == "short" and name in _shared_province_names():
                    shared.append((art, s, e, name))
                if div is not None:
                    context.add(div.code)
                    named.add(div.code)
                    context.update(a.code for a in T.ancestors(div.code))
                    if not (kind == "short" and _heads_zone(art.text, e)) and name not in _ZONE_NAMED_DISTRICTS:
                        outside_zones.update(a.code for a in T.ancestors(div.code) if a.level == "province")
                        if div.level == "province":
                            outside_zones.add(div.code)
        context.update(_shared_province_context(shared, context))
        datelines = _dateline_context(doc)
        context_cities = {c for c in context if T.by_code.get(c) and T.by_code[c].level in ("city", "province")}
        counties: set[str] = set()
        raw_ends = {(id(art), e) for art, _, e, _, _ in found}
        raw_by_end = {(id(art), e): (s, name, kind) for art, s, e, name, kind in found}
        by_townships: dict[tuple, Division | None] = {}  # (article, name, candidates): one search of their townships
        raw_by_start = {(id(art), s): (e, name, kind) for art, s, e, name, kind in found}
        given = {id(art): given_name_spans(art.text) for art in doc.articles}
        voice = None  # (read once per document, at its first short name)
        headline_voice = None  # (`_headline_voice`: read once per document, at its first headline's short name)
        stems_written: dict[tuple, bool] = {}  # (article, short name): its village written in full (`_stem_of_named_subplace`)
        pairs: dict = {}  # (_country_pair: the answer per short name and paragraph, read once)
        unplaced: list = []  # (市中区 of no city named: `_county_of_townships` reads it once townships are known)
        for art, s, e, name, kind in found:
            if not _name_ok(art.text, s, e, kind) or inside_given_name(given[id(art)], s, e):
                continue  # (书记郭宁宁: 宁 is no 宁夏, a given name)
            if _post_overlaps(art.text, s) and (id(art), s) not in raw_ends and not _names_committee(art.text, e, kind) \
                    and not (kind == "full" and _anaphor_closes_at(art.text, s)):
                continue  # 外长|沙伦赛: 长 closes a post, no 长沙 (but 湖南省|长沙市: 省 closes a place)
            if kind == "short" and (id(art), s) not in raw_ends and _named_after_post(art.text, s):
                continue  # 书记|江山: a family name right after a post opens a person's name
            if kind == "short" and (id(art), s) not in raw_ends and _listed_after_post(
                    art.text, s, e, lambda k, j, a=id(art): raw_by_start.get((a, k), (None,))[0] == j):
                continue  # 副主任梁宝贵、李树明、|武威|飚: the list's next name, no 武威市
            if kind == "short" and _between_two_names(art.text, s, e):
                continue  # 张伟|和田|秀英: the conjunction and a family name between two names, no 和田地区
            if kind == "short" and (id(art), e) not in raw_by_start and _inside_transliterated_name(art.text, s, e):
                continue  # 牧民莫|德格|玛: a syllable of a name on both sides, no 德格县
            if kind == "short" and _given_name_after_surname(art.text, s, e):
                continue  # 大户张|吉林|介绍: a person's given name, no province
            if kind == "full" and _farm_named_in_county(art.text, e, name, raw_by_end.get((id(art), s))):
                continue  # 永丰县古县林场: the county's farm named 古县, no 古县 of Shanxi
            if _inside_idiom(art.text, s, e):
                continue  # 来自山南海北的游客: an idiom of "everywhere", no 山南市 (卓越城区: no 越城区)
            if kind == "short" and _names_estate_phase(art.text, e):
                continue  # 世纪滨江3期: an estate's phase, no 滨江区
            if kind == "short" and _opens_estate_name(art.text, e):
                continue  # 东昌丽都小区: the estate's name, no 东昌区
            if kind == "short" and _names_mountain(art.text, s, e, name):
                continue  # 武陵山片区, 祁连山: the mountain range, no 武陵区 nor 祁连县
            if kind == "short" and _country_pair(art.text, doc.text, s, e, name, pairs):
                continue  # 巴基斯坦…巴中友好: Pakistan and China (the abbreviation runs read them), no 巴中市
            if kind == "short" and (_opens_table_township(art.text, s, e) or _closes_table_township(art.text, s)):
                continue  # 赛罕|高毕苏木, 屈子祠|镇|江河: the township (read below), no 赛罕区 nor 镇江市
            # a short name must be a word of its sentence (`_word_bounded`, checked below once the
            # division is known: the segmenter runs only for matches that could become places)
            if kind == "full":
                cands = T.candidates(name)
                if name in _COMMON_WORDS:
                    if not any(c.parent in context_cities for c in cands):
                        unplaced.append((art, s, e, name))
                    cands = [c for c in cands if c.parent in context_cities]  # 对老城区进行改造
                elif name in T.derived_former:
                    cands = _named_region(cands, context_cities) or _lone_former(name, cands)
                elif _glued_county(art.text, s, name):
                    # 和县, 涉县: two-character names glued to other words only where their
                    # city is in context (“人力资源和县…”, 指挥部和县直单位 are not 和县; 时任富县县委书记 is 富县)
                    cands = [c for c in cands if c.parent in context_cities]
                if len(name) == 2 and art.text.startswith(_GENERIC_COUNTY_AFTER, e):
                    continue  # 5位任县(市、区)党委书记: 任 (served as) and the generic 县(市、区), no 任县
                div = _inside_city_before(cands, raw_by_end.get((id(art), s))) or \
                    (_choose(cands, context) if cands else None)
                city = _foreign_city_before(div, cands, raw_by_end.get((id(art), s)), context)
                if city is not None:  # 绍兴|滨海新区: Shaoxing's zone, not Tianjin's district so named
                    s0 = raw_by_end[(id(art), s)][0]
                    doc.add_mention(art, s0, e, "Place", "gazetteer.city-zone", norm=art.text[s0:e], code=None,
                                    level="zone", parent_key=f"place-{city.code}", parent_code=city.code)
                    continue
                if div is not None and name in _ZONE_NAMED_DISTRICTS and _zone_abroad(div, outside_zones):
                    doc.add_mention(art, s, e, "Place", "gazetteer.zone-named-district", norm=name, code=None,
                                    level="zone")  # 瑞安…加快滨海新区开发: the city's own new area, not Tianjin's
                    continue
                if div is None and _unresolved(name, cands):
                    div = _county_before_its_township(art.text, e, cands)  # 永定区|坎市镇: Longyan's
                if div is None and _unresolved(name, cands):
                    held = (id(art), name, tuple(c.code for c in cands))  # (searched once an article)
                    if held not in by_townships:
                        by_townships[held] = _county_of_named_township(art.text, cands)
                    div = by_townships[held]  # 新华区 … 焦店镇: Pingdingshan's
                if div is None and _unresolved(name, cands) and id(art) in datelines:
                    div = _choose(cands, datelines[id(art)])  # 张家界新闻网6月29日讯 … 永定区民政局: Zhangjiajie's
                if div is None and _unresolved(name, cands):  # 长安区 in a story naming neither 西安 nor 石家庄
                    doc.add_mention(art, s, e, "Place", "gazetteer.unresolved", norm=name, code=None,
                                    level=cands[0].level)
                    continue
            else:
                located = (_LOCATIVE_BEFORE.search(art.text, max(0, s - 4), s) is not None
                           and not art.text.startswith(_FARM_WORDS, e)) \
                    or art.text.startswith(_PORT_HEADS, e) or _channel_tag(art.text, s, e)
                kinded = _KINDED_LIST_AFTER.match(art.text, e) is not None  # 云和、龙泉等周边县市: counties
                located = located or kinded
                body = art.text.startswith(_BODY_HEADS, e)
                zone_body = _heads_zone_body(art.text, e)
                if voice is None:
                    voice = _county_voice(doc.text)
                listed = _list_item(art.text, s, e) or kinded
                headline = _opens_headline(art, s)
                owned = art.text.startswith(_SELF_NAME_HEADS, e) or headline or _own_paper(art.text, s, e)
                court = art.text.startswith(_COURT_SHORT_AFTER["city"], e)
                county_court = art.text.startswith(_COURT_SHORT_AFTER["county"], e)
                lead = _news_lead(art.text, s, e)
                if headline and headline_voice is None:
                    headline_voice = _headline_voice(doc.text)
                said = voice | headline_voice if headline else voice
                cands = [c for c in T.short_candidates(name)
                         if _short_ok(name, c, context, context_cities, located, body, said, listed, owned, court,
                                      lead, zone_body, county_court, named)]
                cands = [c for c in cands if not _stem_of_named_subplace(art.text, name, c, context,
                                                                         stems_written, id(art))]
                # 南昌 is 南昌市 rather than its 南昌县: a short name shared by a city and a county
                cands = [c for c in cands if c.level in ("province", "city")] or cands
                if any(c.level == "county" and c.code not in context for c in cands) \
                        and _named_county_township(name, context):
                    cands = [c for c in cands if c.level != "county" or c.code in context]
                div = _province_first(cands, context) \
                    or _listed_province(art.text, s, e, cands, raw_by_start, raw_by_end, id(art)) \
                    or (_choose(cands, context) if cands else None)
                if _foreign_city_before(div, cands, raw_by_end.get((id(art), s)), context):
                    continue  # 南京|江北(新区): no 江北区 of Ningbo or Chongqing after Nanjing
                if _other_province_before(art.text, e, div, cands, raw_by_end.get((id(art), s))):
                    continue  # 内蒙古|大兴安岭(林业管理局): the range's forest in Inner Mongolia, no 大兴安岭地区 of 黑龙江
                if div is not None and _listed_work(art.text, e):
                    continue  # 五强溪、柘溪和双牌等3座水库: a reservoir's name, no 双牌县
                if div is not None and _heads_zone(art.text, e) and not _own_provincial_zone(art.text, e, div) \
                        and _zone_abroad(div, outside_zones):
                    continue  # 湛江|海东新区, (泉州) 东海片区: a zone of the city named, no 海东市 of Qinghai
            if div is None or (_needs_word_check(name, kind) and not _word_bounded(art.text, s, e)
                               and not _native_of(art.text, s, e) and not _after_apposition(art.text, s, e)
                               and not _after_slogan_new(art.text, s, e)
                               and not _chained_in_word(art.text, s, e, div, raw_by_end.get((id(art), s)))
                               and not _before_its_county(div, raw_by_start.get((id(art), e)))
                               and not _before_its_court(art.text, e, div)
                               and not _county_glued_to_its_organ(art.text, s, e, div)):
                continue
            if _world_homonym(doc, art, s, e, div):
                continue  # 美国|德州: Texas, not Shandong's 德州市
            former = name if name != div.name and kind == "full" and name not in T.aliases else None
            if former and _level_word_after(art.text, e):
                continue  # 东河县级河段长: a river's county-level chief, no 东河县 (former name of Baotou's 东河区)
            m = doc.add_mention(art, s, e, "Place", f"gazetteer.{kind}", norm=div.name,
                                code=div.code, level=div.level, parent=div.parent,
                                **({"former": former} if former else {}))
            if m and (div.level == "county" or T.townships(div.code)):  # 中山市, 东莞市: towns under the city
                counties.add(div.code)
        _townships(doc, counties)
        _province_towns(doc)
        _table_townships(doc, context)
        _unlisted_county_townships(doc)
        _sibling_county_townships(doc)
        _county_of_townships(doc, unplaced)
        _new_areas(doc)
        _zones(doc)
        _listed_zones(doc)
        _listed_new_areas(doc)
        _bare_zones(doc)
        _repeat_townships(doc)  # (大港街|三春里社区: a township written again alone chains its community too)
        _subplaces(doc)
        _listed_after_township(doc)
        _stems_sharing_suffix(doc)
        _corps_regiments(doc)
        _listed_villages(doc)
        _villages_under_heading(doc)
        _repeat_townships(doc)
        _waters(doc)
        _foreign_divisions(doc)
        _abbreviations(doc)
        return doc

    return gazetteer


# 和县, 涉县 (和 "and"), 任县 (挂任|县发改委: 任 "serve as"), 兴县 (产业兴县: 兴 "make thrive"): a
# two-character county glued to the word before it is that county only where its city is named
_GLUED_FIRST_CHARS = _FUNCTION_CHARS + place_chars("office_verb_chars") + place_chars("slogan_verb_chars")


def _glued_county(text: str, s: int, name: str) -> bool:
    """和县, 涉县, 任县 glued to the word before (人力资源和县…), or right after a closing mark
    (《…的报告》和县人大常委会…: 和 joins a second item to the title): the county only where its city
    is named otherwise — and no context of the document itself."""
    return len(name) == 2 and name[0] in _GLUED_FIRST_CHARS \
        and (not _bounded(text, s, name) or text[s - 1] in CLOSERS)
_GENERIC_COUNTY_AFTER = tuple(place_words("generic_county_after"))  # 县(市、区): every county-level division


_ZONE_HEAD_WORDS = tuple(place_words("zone_head_words"))


def _heads_zone(text: str, e: int) -> bool:
    """Does a 新区 or a zone word (片区, 核心区 … zone_suffixes) follow a short name at `e`?"""
    return text.startswith(_ZONE_HEAD_WORDS, e) or _ZONE_SUFFIX.match(text, e) is not None


_ZONE_COMMITTEES = tuple(place_words("zone_committees"))


def _heads_zone_body(text: str, e: int) -> bool:
    """Does a zone word and its managing committee follow a short name at `e` (文水|经济开发区管委会)?
    Then the short name names a body of its own, as 恭城|县委 does (`_short_ok`'s `body`): a county's
    development-zone committee signs its own notices, often naming no other division."""
    zm = _ZONE_SUFFIX.match(text, e)
    return zm is not None and text.startswith(_ZONE_COMMITTEES, zm.end())


def _own_provincial_zone(text: str, e: int, div: Division) -> bool:
    """广西|自贸试验区, 安徽|自贸区 (ziyou117): a province heading its free trade zone (zone_provincial_kinds) is
    that province, in a story of another province's zone too (重庆自贸试验区…广西自贸试验区新增企业…): each
    province has one such zone, no quarter of a city named like it."""
    return div.level == "province" and _PROVINCIAL_KIND.match(text, e) is not None


def _zone_abroad(div: Division, provinces: set[str]) -> bool:
    """Is a short name heading a zone (海东新区, 东海片区) a division of another province than the
    ones the document names otherwise?  A city's new area or quarter is often named like a
    division elsewhere (湛江 海东新区, 泉州 东海片区): then the name is the zone's, no division of
    it; a document naming no province keeps it."""
    own = div.code if div.level == "province" else \
        next((a.code for a in table().ancestors(div.code) if a.level == "province"), None)
    return bool(provinces) and own not in provinces


def _foreign_city_before(div: Division | None, cands: list[Division], before, context: set[str]) -> Division | None:
    """The city written right before a district's full name that is none of that city's
    districts (绍兴|滨海新区, 大理|古城区): the district so named lies in another city, and the
    name after the city is a zone or quarter of the city written first — that city, else None.
    `before` is the division match ending where the district's starts (`raw_by_end`)."""
    if div is None or div.level != "county" or before is None:
        return None
    T = table()
    _, name0, kind0 = before
    named = T.candidates(name0) if kind0 == "full" else T.short_candidates(name0)
    if any(T.is_within(c.code, b.code) for c in cands for b in named):
        return None  # 吉林|东丰县: the province 吉林 holds it, though the city 吉林 does not
    cities = [c for c in named if c.level == "city"]
    return _choose(cities, context) if cities else None


_PROVINCE_FOREST_AFTER = tuple(place_words("province_forest_after"))  # 林区, 林业, 林管局, 重点国有林 …


def _other_province_before(text: str, e: int, div: Division | None, cands: list[Division], before) -> bool:
    """内蒙古大兴安岭林业管理局, 内蒙古大兴安岭重点国有林区: a province's name written right before a city's
    short name that none of that name's cities lies in, and a forest region's word after it
    (place_grammar province_forest_after), names the range's forest in that province — no city of another
    province (大兴安岭地区 is 黑龙江's).  A city of the province (吉林|延边, 黑龙江|大兴安岭) keeps its place, and so
    does one before any other word (北京温州商会: Wenzhou's chamber in Beijing).  `before` is the match ending
    where the short name starts (`raw_by_end`)."""
    if div is None or div.level != "city" or before is None or not text.startswith(_PROVINCE_FOREST_AFTER, e):
        return False
    T = table()
    _, name0, kind0 = before
    named = T.candidates(name0) if kind0 == "full" else T.short_candidates(name0)
    provinces = [b for b in named if b.level == "province"]
    if not provinces or len(provinces) != len(named):
        return False
    return not any(T.is_within(c.code, b.code) for c in cands for b in provinces)


@lru_cache(maxsize=1)
def _homonym_rows() -> dict[str, tuple[object, tuple[str, ...]]]:
    """Unsafe names of foreign cities and regions (world_names.tsv) → (their registry entry, the
    names of their country): 德州 → (得克萨斯, (美国, 美利坚合众国))."""
    from .registry import registry  # the registry imports this module
    surfaces, by_name = registry()
    out: dict[str, tuple[object, tuple[str, ...]]] = {}
    for r in L.load_table("world_places"):
        if not r["parent"] or not r["unsafe"] or r["name"] not in by_name:
            continue
        country = tuple(sorted((n for n, (e, _) in surfaces.items()
                                if e.label == "Place" and e.kind in ("country", "region") and e.iso == r["parent"]),
                               key=len, reverse=True))  # (香港, a region of China with its own code)
        for n in r["unsafe"].split("|"):
            out[n] = (by_name[r["name"]], country)
    return out


def _homonym_abroad(doc: Doc, name: str, div: Division) -> bool:
    """Does the document write `name` right after its foreign country (美国德州) and name neither the
    Chinese division in full (德州市) nor its province (山东)?  Then every bare `name` of it is abroad."""
    row = _homonym_rows().get(name)
    if row is None:
        return False
    memo = _HOMONYMS.of(doc.text)  # (the answer is the document's: asked at every bare mention)
    key = (name, div.code)
    if key not in memo:
        memo[key] = _written_abroad(doc, name, div, row)
    return memo[key]


_HOMONYMS = TextMemo()  # document text -> {(name, division code): written abroad?}


def _written_abroad(doc: Doc, name: str, div: Division, row) -> bool:
    T = table()
    ancestors = [a for a in T.ancestors(div.code) if a.level == "province"]
    home = [div.name] + [w for a in ancestors for w in (a.name, a.short) if w]
    texts = [a.text for a in doc.articles]
    if any(w in t for w in home for t in texts):
        return False
    if row[0].country in _SARS:  # a Hong Kong text's 九龙 is Kowloon wherever it stands
        names = row[1] + _sar_districts(row[0].country)
        return any(_written_as_word(t, c) for c in names for t in texts)  # (重新界定 names no 新界)
    return any(t.find(c + name) >= 0 for c in row[1] for t in texts)


def _written_as_word(text: str, name: str) -> bool:
    """Is `name` written in `text` as a word of its own somewhere (the segmenter's bounds), not
    only inside a longer word?"""
    i = text.find(name)
    while i >= 0:
        if _word_bounded(text, i, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


@lru_cache(maxsize=None)
def _sar_districts(iso: str) -> tuple[str, ...]:
    """The names of a special region's districts no other place shares (观塘, 新界, 油尖旺: rows of
    world_places.tsv under it with no unsafe name): a text naming one is about Hong Kong as much as
    one naming 香港 (a release on 九龙东 and 观塘 names no 香港), so its 九龙 is Kowloon."""
    out: list[str] = []
    for r in L.load_table("world_places"):
        if r["parent"] == iso and not r["unsafe"]:
            out += [r["name"]] + [a for a in (r["aliases"] or "").split("|") if a]
    return tuple(out)


_SARS = ("HK", "MO")  # regions of China a text names as the place it is about: their districts need no 香港 before them


def _world_homonym(doc: Doc, art: Article, s: int, e: int, div: Division) -> bool:
    """Read a Chinese division's short name as the foreign place of the same name right after its
    country (美国德州 is Texas) or where the text places it abroad (`_homonym_abroad`).  True when
    the mention was added."""
    name = art.text[s:e]
    if name not in _homonym_rows():
        return False
    entry, country = _homonym_rows()[name]
    if not art.text.endswith(country, 0, s) and not _homonym_abroad(doc, name, div):
        return False  # (山东德州与美国德州: the first is Shandong's)
    doc.add_mention(art, s, e, "Place", "gazetteer.world-homonym", norm=entry.name, code=entry.code,
                    level="region", registry=entry.table, **({"country": entry.country} if entry.country else {}))
    return True


_SLOGAN_NEW = place_chars("slogan_new_chars")


def _after_slogan_new(text: str, s: int, e: int) -> bool:
    """建设社会主义现代化新日喀则, 美丽新宁夏: a short name right after 新 (slogan_new_chars), bounded as a word
    after it (jieba splits 新|日喀则 and the name ends a word), is the region the slogan names; the
    adjective is no lone noun glued to it (河|长治)."""
    return s > 0 and text[s - 1] in _SLOGAN_NEW and _word_bounded(text, s - 1, e)


def _chained_in_word(text: str, s: int, e: int, div: Division, before) -> bool:
    """Is a short name the second half of one dictionary word made of its province and itself
    (广西南宁, 山西太原, 辽宁大连: jieba's dictionary has them as one place word, so 南宁 alone
    starts at no word break)?  `before` is the division match ending where this one starts; the
    name is a word when that match names one of its ancestors and the pair is a word."""
    if before is None:
        return False
    s0, name0, kind0 = before
    T = table()
    cands = T.candidates(name0) if kind0 == "full" else T.short_candidates(name0)
    above = {a.code for a in T.ancestors(div.code)}
    return any(c.code in above for c in cands) and _word_bounded(text, s0, e)


def _listed_province(text: str, s: int, e: int, cands: list[Division], raw_by_start: dict, raw_by_end: dict,
                     key: int) -> Division | None:
    """上海、福建、海南、重庆、甘肃、青海等6个省(市): a short name shared by a province and a city (海南: 海南省,
    海南藏族自治州 of 青海) written in a 、-list right beside a province's name is the province, though the
    list names the province the city lies in too (national41).  Only the items next to it are read."""
    provinces = [c for c in cands if c.level == "province"]
    if len(provinces) != 1 or len(cands) == 1:
        return None
    for item in (raw_by_start.get((key, e + 1)) if text[e:e + 1] in _LIST_MARKS else None,
                 raw_by_end.get((key, s - 1)) if s and text[s - 1] in _LIST_MARKS else None):
        if item is not None and _only_province(item[1], item[2]):
            return provinces[0]
    return None


_LIST_MARKS = "、"


def _only_province(name: str, kind: str) -> bool:
    """Does a division match name a province and nothing else (福建, 重庆市)?"""
    T = table()
    cands = T.candidates(name) if kind == "full" else T.short_candidates(name)
    return bool(cands) and all(c.level == "province" for c in cands)


def _before_its_county(div: Division, after) -> bool:
    """Is a city's short name written right before the full name of one of its counties (陇南|康县,
    凉山|昭觉县)?  jieba may glue the city's last character to the county (陇|南康县: 南康县 is a
    former name in Jiangxi), yet a county of that very city right after it makes the city sure.
    `after` is the division match starting where this one ends."""
    if after is None or div.level != "city" or after[2] != "full":
        return False
    T = table()
    return any(T.is_within(c.code, div.code) for c in T.candidates(after[1]))


_COURT_SHORT_AFTER = {"city": tuple(place_words("court_short_after_city")),
                      "province": tuple(place_words("court_short_after_province")),
                      "county": tuple(place_words("court_short_after_county"))}


_LISTED_WORK = re.compile(f"(?:[、和及][{HAN}]{{1,6}}?)*等(?:[0-9０-９{CHINESE_NUMERALS}]+[座个处])?[{HAN}]{{0,6}}?"
                          f"(?:{alt(place_words('listed_work_heads'))})")
_LISTED_WORK_REACH = 60  # characters after a short name a list of works may run before its 等


def _listed_work(text: str, e: int) -> bool:
    """Is the short name ending at `e` an item of a list of water works closed by 等 and the works' kind
    (五强溪、柘溪和双牌等3座省调大型水库, 双牌、欧阳海、柘溪、托口等水库: `listed_work_heads`)?  The items are the
    works' names written short (双牌 of 双牌水库), no county's: a reservoir, a dam or a station is often named
    after its county.  Bounded: the list runs within `_LISTED_WORK_REACH` characters of its clause."""
    return _LISTED_WORK.match(text[e:e + _LISTED_WORK_REACH]) is not None


def _before_its_court(text: str, e: int, div: Division) -> bool:
    """Is a city's short name written right before its intermediate court's short form, or a
    province's before its high court's (内江|中院, 湖南|高院)?  The segmenter may cut across the
    name (内|江中|院: 江中 is a word), yet the court's level matches the place's, so the name is
    the place (the court, 内江市中级人民法院, is read from it).  Only these two levels."""
    words = _COURT_SHORT_AFTER.get(div.level) if div.level in ("city", "province") else None
    return bool(words) and text.startswith(words, e)


_FARM_AFTER = tuple(place_words("not_after_short"))  # 国有林场, 林场
# nongken90: 到双河农场调研: the verb of place governs the farm named like a county, not the county (双河市 of
# 新疆, no province of it named); the farm's county needs its province named like any other county's
_FARM_WORDS = tuple(place_words("pos_farm_words"))  # 农场, 林场, 牧场


def _farm_named_in_county(text: str, e: int, name: str, before) -> bool:
    """永丰县古县林场: a county's full name written right after another county's and before a farm's
    word (place_grammar not_after_short: 林场, 国有林场) is the farm's own name inside the county
    before it, no second county (natres75: was 古县 of Shanxi).  `before`: the raw match ending
    where this one starts, (start, name, kind), or None."""
    if before is None or before[2] != "full" or before[1] == name or not text.startswith(_FARM_AFTER, e):
        return False
    T = table()
    levels = {c.level for c in T.candidates(before[1])} | {c.level for c in T.candidates(name)}
    return levels == {"county"}


def _county_glued_to_its_organ(text: str, s: int, e: int, div: Division) -> bool:
    """Is a two-character county (成县, 曹县, 礼县) written before one of its organs that the segmenter
    reads as one word with the county's 县 (成|县公安局, 曹|县政府, 礼|县政协: jieba knows 县公安局 …)?
    The break after the name is then missing, yet the county is there; the name is read bounded when,
    cut right after it, it is a word of its own (形成|县公安局 still fails: no break before 成).  Its
    suffix doubled (曹县|县、乡、村三级林长, 曹县|县乡两级: jieba's 县县, 县乡) opens the county's own levels
    or organs the same way (natres75: was no 曹县)."""
    if div.level != "county" or e - s != 2 or not text.endswith(_COUNTY_SUFFIXES, s, e):
        return False
    opening = next(iter(dict_words(text[e - 1:e + 6])), "")
    lo = max(0, s - 6)  # (the few characters before it are all the word test reads)
    return (len(opening) >= 3 or text[e:e + 1] == text[e - 1]) and _word_bounded(text[lo:e] + "。", s - lo, e - lo)


_COUNTY_SUFFIXES = tuple(place_words("county_suffixes"))


_ZONE_WORD = re.compile(L.words_alt("zone_suffixes"))  # 经济开发区: some tables' township-level units so named


_FORMER_NOT_BEFORE = tuple(place_words("former_town_not_before"))


def _former_written(written: str, name: str) -> bool:
    """Is `written` the old name of the table's township `name` (杜曲镇 for 杜曲街道, 庙坝乡 for
    庙坝镇), not a name it bears now or a newer one (苏家庄镇 for the table's 苏家庄乡)?"""
    return _old_town_name(written, name) or (name.endswith(place_words("street_suffix"))
                                             and written.endswith(place_words("former_street_suffixes")))


def _old_town_name(written: str, name: str) -> bool:
    """Is `written` a town's name as it was before the township was raised (庙坝乡 for 庙坝镇)?"""
    return name.endswith(place_words("town_suffix")) and written.endswith(place_words("former_town_suffixes"))


def _opens_both_kinds(text: str, written: str, name: str, e: int) -> bool:
    """Is the township `written` (ending at `e`) the first half of 乡镇, the word for every township
    and town, after a common word (联合乡镇、群测群防员; 组织乡镇干部)?  A county's 联合苗族乡 is written
    联合乡 short, and that short form (or a table name whose stem is a common word) inside 联合乡镇
    is the verb and the townships, never the town: one look at the character after the name."""
    if not text.endswith(_BOTH_KINDS, 0, e + 1) or not written.endswith(_BOTH_KINDS[0]):
        return False
    return written != name or word_freq().get(written[:-1], 0) >= _PROVINCE_TOWN_MAX_FREQ


def _exact_elsewhere(written: str, name: str, code: str, counties: set[str]) -> bool:
    """杭锦后旗辖…团结镇 beside 临河区: a township written by another form of one county's name (团结镇,
    the old name of 临河区's 团结街道) that another county of the document bears as it is written (杭锦后旗's
    团结镇) is that county's: a name as the table has it beats one derived from an old or short form."""
    T = table()
    return written != name and any(c != code and written in (T.townships(c) or {}) for c in counties)


def _townships(doc: Doc, counties: set[str]) -> None:
    peopled = [(art, _PEOPLE_WRITTEN.search(art.text) is not None) for art in doc.articles] if counties else []
    county_ends: dict[tuple, set[int]] = {}  # (article, county) -> where the county is named (one pass)
    for m in doc.mentions if counties else ():
        if m.label == "Place" and m.attrs.get("code") in counties:
            county_ends.setdefault((m.article, m.attrs["code"]), set()).add(m.aend)
    for code in sorted(counties):
        for art, peoples in peopled:
            A = _township_automaton(code, peoples)
            if A is None:
                break
            for end_idx, (written, name, tcode) in A.iter_long(art.text):
                s = end_idx - len(written) + 1
                if len(written) == 2 and not _word_bounded(art.text, s, end_idx + 1) \
                        and not _district_street_after_county(art.text, written, name, s):
                    continue  # 桐乡市乌镇 is the town; 龙镇 is none inside 乌龙镇守 or 黑龙镇
                if _ZONE_WORD.fullmatch(name) and s > 0 and is_han(art.text[s - 1]):
                    continue  # 太湖|经济开发区: the zone's own name (read as a zone), not the township so called
                if _former_written(written, name) and written.endswith(place_words("former_town_suffixes")) \
                        and art.text[end_idx + 1:end_idx + 2] in _FORMER_NOT_BEFORE:
                    continue  # 望城乡|村, 广水乡|村: 乡村 (the countryside), not 望城镇 nor 广水街道 by an old name
                if _street_written(art.text, written, name, s, end_idx + 1) \
                        or _district_street_alone(art.text, written, name, s):
                    continue  # 大石街88号, 对解放街进行改造: the street, not the 街道 written short
                if _opens_both_kinds(art.text, written, name, end_idx + 1):
                    continue  # 联合|乡镇、群测群防员: the verb before 乡镇, not 联合苗族乡 written short
                if _exact_elsewhere(written, name, code, counties):
                    continue  # 团结镇: 杭锦后旗's town so named, not 临河区's 团结街道 by its old name
                if _division_stem_unit(table(), name, short=False):
                    continue  # 吉林省敦化市林业局: the city's bureau (an agency), not the unit the table lists so
                former = {"former": written} if _former_written(written, name) else {}  # 撤销杜曲镇…杜曲街道
                doc.add_mention(art, s, end_idx + 1, "Place", "gazetteer.township", norm=name,
                                code=tcode, level="township", parent=code, **former)
            _township_stems(doc, art, code, county_ends.get((art.id, code), frozenset()))


_ORGAN_WORDS = frozenset(L.ORGANS)  # 高院, 人大, 政协: the province's own organ after its name, no town
_PROVINCE_TOWN_MAX_FREQ = 100  # a stem this common as a word (文化, 东方, 国庆) is no town after 四川省, 浙江
_ZONE_NAMED_DISTRICTS = frozenset(place_words("zone_named_districts"))
_PROVINCE_TOWN_NOT_BEFORE = tuple(place_words("province_town_not_before")) or ("\0",)
_DIVISION_AFTER = tuple(place_words("province_town_division_after")) or ("\0",)  # (甘孜|州, 庆城|县)
_FEATURE_ENDS = tuple(place_words("province_town_feature_ends")) or ("\0",)  # (宁夏六盘山: the mountain)


def _province_towns(doc: Doc) -> None:
    """博鳌亚洲论坛年会在海南博鳌举行: a famous town is written after its province alone, without its
    county (琼海市) or 镇: a province's name followed right away by the stem of its one township of
    that stem (two characters or more) is that township, where no place is read there already,
    no county or city anywhere is so called (枞阳, 甘孜 are counties) and the stem is no common
    word, nor the given name of an airport after its city-province (上海虹桥国际机场, post57).
    One look at the characters after each province's name: no scan of the text."""
    T, freq = table(), word_freq()
    taken = {(m.article, m.astart) for m in doc.mentions if m.label == "Place"}
    arts = {a.id: a for a in doc.articles}
    for m in [m for m in doc.mentions if m.label == "Place" and m.attrs.get("level") == "province"
              and not m.attrs.get("anaphor") and m.attrs.get("code") and m.astart >= 0]:
        art = arts.get(m.article)
        if art is None or (m.article, m.aend) in taken:
            continue
        stems = _province_town_stems(m.attrs["code"][:2])
        for k in (4, 3, 2):
            stem = art.text[m.aend:m.aend + k]
            got = stems.get(stem)
            if got is None or freq.get(stem, 0) >= _PROVINCE_TOWN_MAX_FREQ or T.short_candidates(stem) \
                    or T.candidates(stem) or art.text.startswith(_DIVISION_AFTER, m.aend + k) \
                    or art.text.startswith(got[0][-1], m.aend + k) or _heads_zone(art.text, m.aend + k) \
                    or art.text.startswith(_PROVINCE_TOWN_NOT_BEFORE, m.aend + k) \
                    or _opens_company(art.text, m.aend + k) or stem in _ORGAN_WORDS \
                    or airport_given_name(art.text, m.aend, m.aend + k) or stem.endswith(_FEATURE_ENDS):
                continue  # (上海金桥出口加工区: the zone's name, not 金桥镇; 山东万丰煤化工…有限公司: a trade name;
                # 四川高院: the province's high court, no 高院镇; 上海虹桥国际机场: the airport's given name;
                # 宁夏六盘山: the mountain the town is named after, no 六盘山镇)
            doc.add_mention(art, m.aend, m.aend + k, "Place", "gazetteer.province-town", norm=got[0],
                            code=got[1], level="township", parent=got[1][:6])
            break


_COMPANY_ENDS = tuple(place_words("province_town_company_ends")) or ("\0",)
_COMPANY_REACH = 16  # characters after the stem a company's name may run on to its legal ending


def _opens_company(text: str, e: int) -> bool:
    """Does the name go on from `e` to a company's legal ending with no break (山东|万丰|煤化工设备制造
    有限公司)?  A province and a word after it open a company's name, whose trade name the word is (no
    town 万丰镇).  Only Han characters within _COMPANY_REACH are read."""
    j = e
    while j < len(text) and j - e < _COMPANY_REACH and is_han(text[j]):
        j += 1
        if text.endswith(_COMPANY_ENDS, e, j):
            return True
    return False


@lru_cache(maxsize=1)
def _counties_by_province() -> dict[str, list]:
    """The table's counties and cities by the first two digits of their code, in table order:
    `_province_town_stems` asked it of each province a document names, and each ask walked every
    division of the table (0.7 ms a province; 0.5 ms with the walk over its own counties only)."""
    out: dict[str, list] = {}
    for d in list(table().by_code.values()):
        if d.level in ("county", "city"):
            out.setdefault(d.code[:2], []).append(d)
    return out


@lru_cache(maxsize=64)
def _province_town_stems(prefix: str) -> dict[str, tuple[str, str]]:
    """stem → (name, code) of the province's townships named 镇/乡 (博鳌 → 博鳌镇) whose stem no other
    township of the province shares."""
    T = table()
    by_stem: dict[str, set[tuple[str, str]]] = {}
    suffixes = tuple(place_words("township_suffixes")) or ("\0",)
    counties = _counties_by_province().get(prefix, ()) if len(prefix) == 2 \
        else [d for d in T.by_code.values() if d.level in ("county", "city")]  # (a code's first two digits)
    for d in counties:
        if d.code.startswith(prefix):
            for name, tcode in (T.townships(d.code) or {}).items():
                if name.endswith(suffixes) and len(name) >= 3:
                    by_stem.setdefault(name[:-1], set()).add((name, tcode))
    return {stem: next(iter(named)) for stem, named in by_stem.items() if len(named) == 1}


def _township_stems(doc: Doc, art, code: str, county_ends=frozenset()) -> None:
    """龙池派出所、妙泉司法所 in a story of 秀山: a township of the county the text names, written
    without 镇/乡 right before one of its stations (`township_stations`), is that township; the
    stem alone names nothing elsewhere (the county's one township of that stem only)."""
    S = _township_stem_automaton(code)
    if S is None:
        return
    for end_idx, (stem, name, tcode, street) in S.iter_long(art.text):
        s = end_idx - len(stem) + 1
        if (art.text.startswith(_TOWNSHIP_STATIONS, end_idx + 1) and not _inside_word(art.text, s, end_idx + 1)) \
                or (not street and (_counted_township_item(art.text, s, end_idx + 1)
                                    or _stem_before_village(art.text, s, end_idx + 1, s in county_ends))):
            doc.add_mention(art, s, end_idx + 1, "Place", "gazetteer.township-stem",
                            norm=name, code=tcode, level="township", parent=code)


_TOWNSHIP_STATIONS = tuple(place_words("township_stations"))
_STEM_VILLAGE_BEFORE = place_chars("township_stem_village_before")
_STEM_NOT_BEFORE = place_chars("township_stem_not_before")


def _stem_before_village(text: str, s: int, e: int, after_county: bool = False) -> bool:
    """该县四庄清水村、马港界上村、隽水油坊村: a county's township written by its stem alone (四庄 for
    四庄乡) right before one of its villages, as county papers list villages (the township's short
    name, then the village).  Read so only where the stem opens a name (after no Han character, a
    list's opener or a county's 县/区/市) and a village of a stem of two characters or more follows
    at once (四庄村 is the village so named, no township before it).  Right after the county's own
    name written short (after_county: 南湖凤桥联丰村) the stem opens a name too."""
    if s > 0 and is_han(text[s - 1]) and text[s - 1] not in _ITEM_OPENERS + _STEM_VILLAGE_BEFORE \
            and not after_county:
        return False
    if text[e:e + 1] in _STEM_VILLAGE_BEFORE + _STEM_NOT_BEFORE:
        return False  # 绥滨|县永德村, 革吉|县布贡村: the county's own name (or a township's) before the village
    mt = _SUBPLACE.match(text, e)
    if mt is None or _NOT_SUBPLACE.search(mt.group(1)) or _COUNTED_RUN.search(mt.group(1)):
        return False
    suffix = next(w for w in _SUBPLACE_SUFFIXES if mt.group(1).endswith(w))
    return len(mt.group(1)) - len(suffix) >= 2 and not _inside_word(text, s, e)
_LIST_ITEM_MAX = 6  # characters of a bare township's name in a list (红崖子沟: 4)
_COUNTED_LIST_MAX = 240  # characters from an item to the count that closes its list (bounded)
_ITEM_OPENERS = "、在和及与:：（(到赴"  # (hainan67: 带队到|中原、博鳌两镇检查: a verb of going opens the list too)


@lru_cache(maxsize=1)
def _township_count_tail() -> re.Pattern:
    """The rest of a list of bare names up to the count of townships that closes it: more items,
    the last one after 和/及/与 too (索加和扎河两乡), then (等)16个乡(镇), 十六个乡镇, 四镇
    (township_count_words)."""
    item = f"[{HAN}]{{1,{_LIST_ITEM_MAX}}}"
    # (向阳、洄水、瓦庙、汉王四镇人大主席: a count in words may stand right before its kind, 个 left out)
    return re.compile(f"(?:、{item})*(?:[和及与]{item})?等?(?:[0-9０-９{CHINESE_NUMERALS}]+个|[{place_chars('township_count_numerals')}]{{1,2}})"
                      f"(?:{alt(place_words('township_count_words'))})")


def _counted_township_item(text: str, s: int, e: int) -> bool:
    """东和、东沟、丹麻、…、台子16个乡(镇): a stem of the county's township, an item of a list (after 、
    or a word that opens one) that a count of townships closes, is that township written bare."""
    if s > 0 and is_han(text[s - 1]) and text[s - 1] not in _ITEM_OPENERS:
        return False
    return _township_count_tail().match(text[e:e + _COUNTED_LIST_MAX]) is not None


def _inside_word(text: str, s: int, e: int) -> bool:
    """Is text[s:e] the end of a longer dictionary word (火车站派出所: 车站 ends 火车站, no township 车站)?
    One or two characters before it are tried (联合龙池派出所: 合龙池 is no word, 龙池 stands)."""
    freq = word_freq()
    return any(s - k >= 0 and is_han(text[s - k]) and freq.get(text[s - k:e]) for k in (1, 2))


@lru_cache(maxsize=512)
def _township_stem_automaton(county_code: str):
    """stem → (stem, name, code, street) of the county's townships named 镇/乡 whose stem of two characters
    or more no other township of the county shares (龙池 for 龙池镇); None when there is none.  A 街道's
    stem is taken too (上梅派出所 of 上梅街道, gongan115), marked `street`: read only before one of its
    stations, not in lists or before villages (a street office's stem is often a common word: 城东)."""
    towns = table().townships(county_code) or {}
    suffixes = tuple(place_words("township_suffixes"))
    street = place_words("street_suffix")[0]  # 街道
    by_stem: dict[str, list[tuple[str, str, bool]]] = {}
    for name, tcode in towns.items():
        if name.endswith(suffixes) and len(name) >= 3:
            by_stem.setdefault(name[:-1], []).append((name, tcode, False))
        elif name.endswith(street) and len(name) - len(street) >= 2:
            by_stem.setdefault(name[:-len(street)], []).append((name, tcode, True))
    A = ahocorasick.Automaton()
    for stem, named in by_stem.items():
        if len(named) == 1 and stem not in towns:
            A.add_word(stem, (stem, *named[0]))
    if len(A) == 0:
        return None
    A.make_automaton()
    return A


@lru_cache(maxsize=1)
def _all_townships():
    """Every township of the table named 镇/乡/街道/苏木 (three characters or more) that is no
    common word (小城镇, 和平乡; a rare one of four characters or more is a name: 野三关镇): an
    automaton of name → the codes of the townships so named."""
    T = table()
    codes: dict[str, list[str]] = {}
    suffixes, freq, tags = place_words("table_township_suffixes"), word_freq(), word_tags()
    for county, towns in sorted(T._townships.items()):
        for name, code in towns.items():  # (`_is_dictionary_word` inline: 38,000 names per start)
            if len(name) >= 3 and name.endswith(suffixes) and not _division_stem_unit(T, name) \
                    and not (freq.get(name) and not (tags.get(name) or "").startswith("ns")
                             and not (len(name) >= 4 and freq[name] < _RARE_TOWN_FREQ)):
                codes.setdefault(name, []).append(code)
    return frequent_first({name: (name, tuple(cs)) for name, cs in codes.items()})


_UNIT_SUFFIXES = tuple(place_words("table_unit_suffixes"))
_UNIT_STEM_NOT_END = place_chars("table_unit_stem_not_end")


def _division_stem_unit(T, name: str, short: bool = True) -> bool:
    """敦化市林业局, 方正林业局, 青县农场: a table unit named by a forest bureau or state farm (柴河林业局,
    八五二农场 are the units) whose stem is a division's name (敦化市) or ends in a division's suffix — or,
    with `short`, is a division's short name (方正) — reads as that division's own bureau (an agency) or
    farm as often as the unit: not taken alone, and with its county named only where the stem is short."""
    if not name.endswith(_UNIT_SUFFIXES):
        return False  # (one C test first: `_all_townships` asks it of 39,000 names, few of them units)
    suffix = next((w for w in _UNIT_SUFFIXES if name.endswith(w)), None)
    if suffix is None:
        return False
    stem = name[:-len(suffix)]
    return not stem or stem[-1] in _UNIT_STEM_NOT_END or stem in T.by_name or (short and stem in T.by_short)


@lru_cache(maxsize=1)
def township_names() -> frozenset[str]:
    """The names `_all_townships` holds, as a set (public: metrics asks it too, so that a lead word
    is never cut off a township's name, 均村乡共有…): whether a slice of text is one is a hash
    look-up, where the automaton's walk from its root scans the root's thousands of children one by
    one (a character no name opens with scans them all)."""
    return frozenset(name for name, _ in _all_townships().items())


@lru_cache(maxsize=1)
def _township_openings() -> frozenset[str]:
    """The first four characters of every name of `township_names` that long or longer: asked
    first by `_opens_table_township` at each short place name, one look-up where most answers are
    no (its search sliced the text once per possible length)."""
    return frozenset(name[:4] for name in township_names() if len(name) >= 4)


# jieba's count under which a township name of four characters or more that its dictionary holds
# as a common word (野三关镇 n 3, 赵李桥镇 nr 2, 单晶河乡 n 13) is the township all the same
_RARE_TOWN_FREQ = 20


_TOWNSHIP_STRONG_AFTER = place_words("township_strong_after")


def _organ_after(text: str, e: int) -> bool:
    """Does a township's organ follow its name at e (薛埠镇党委, 太平镇人民政府), or the organ as it
    was, with a mark of former status between (东峤镇原党委书记黄金华: the committee a disciplined
    official once led)?"""
    return text.startswith(_TOWNSHIP_STRONG_AFTER, e) or _former_organ_after(text, e)


def _former_organ_after(text: str, e: int) -> bool:
    """东峤镇|原党委: a mark of former status, then a township's organ, at e."""
    return text[e:e + 1] in _TOWNSHIP_FORMER_MARKS and text.startswith(_TOWNSHIP_STRONG_AFTER, e + 1)


_TOWNSHIP_FORMER_MARKS = frozenset(place_chars("township_former_marks"))


def _named_village_after(text: str, e: int) -> bool:
    """隍城镇|上陈村, 梅林镇|上陈村: jieba reads 镇上 (in the town) across a township's end, but a
    village of its own name follows right there (上陈: a name of two or three characters, no word of
    the dictionary, no kind of village): the township ends at its suffix.  A stem the dictionary
    holds as a proper noun (海口镇|海林村: 海林 nz, jieba's 镇海 across the two) is a name all the same."""
    mt = _SUBPLACE.match(text, e)
    if not mt or not mt.group(1).endswith(_VILLAGE) or _NOT_SUBPLACE.search(mt.group(1)):
        return False
    stem = mt.group(1)[:-1]
    return 2 <= len(stem) <= 3 and all(is_han(c) for c in stem) and proper(stem) \
        and (not _is_dictionary_word(stem) or (word_tags().get(stem) or "").startswith(_PROPER_TAGS))


def _after_zone_kind(text: str, s: int) -> bool:
    """安顺市经开区|宋旗镇和兴村 (yungui97, 06-guizhou-nitu): a township the city's development zone runs,
    written right after the zone's kind (zone_suffixes: 经开区, 高新区 …), starts a word there, though
    jieba reads 开区宋 across the two.  One look at the characters before it."""
    return text.endswith(_ZONE_KINDS, max(0, s - _ZONE_KIND_MAX), s)


_ZONE_KINDS = tuple(L.words("zone_suffixes"))
_ZONE_KIND_MAX = max(map(len, _ZONE_KINDS))


_PROPER_TAGS = ("nz", "nr", "nt")  # jieba's tags of a proper noun other than a place's (ns: a place already)


@lru_cache(maxsize=1)
def _township_ends() -> tuple[re.Pattern, int]:
    """The characters a township name of the table ends with (the last ones of its suffixes:
    镇, 乡, 道, 木) as a pattern, and the longest name."""
    words = place_words("table_township_suffixes")
    longest = max((len(n) for n, _ in _all_townships().items()), default=1)
    return re.compile("[" + re.escape("".join(sorted({w[-1] for w in words}))) + "]"), longest


def _sibling_counties(doc: Doc, A, ends) -> set[str]:
    """市委书记陈锋剑分别到大邹镇、大营镇调研 (兴化 never named): the counties of the townships the text
    names whose name the table gives one township in the country (大邹镇), written as words of
    their sentence, two characters of stem or more and no common word.  A township many counties
    share (大营镇, seven of them) written in the same text is the one of such a county: town news
    names the towns of one county side by side."""
    out: set[str] = set()
    for art in doc.articles:
        for end_idx, (name, codes) in _windowed_matches(A, ends, art.text):
            s, e = end_idx - len(name) + 1, end_idx + 1
            if len(codes) == 1 and len(name) >= 3 and not _common_stem(name) \
                    and name not in _COMMON_WORDS and _word_bounded(art.text, s, e):
                out.add(codes[0][:6])
    return out


def _windowed_matches(A, ends: tuple[re.Pattern, int], text: str):
    """`A.iter_long(text)` over the windows where a name can end: the `longest` characters up to
    each suffix character, and one after it (as `kg.text.word_runs`), overlapping windows joined.
    The national automaton holds ~30,000 names, and walking it over every character of a text
    cost more than the rest of the gazetteer; every match ends at a suffix character, so it lies
    in one window, and matches that overlap share a window."""
    pattern, longest = ends
    start = stop = -1
    for m in pattern.finditer(text):
        a, b = max(0, m.start() - longest + 1), m.start() + 2
        if a > stop:
            if stop > start:
                yield from _slice_matches(A, text, start, stop)
            start = a
        stop = b
    if stop > start:
        yield from _slice_matches(A, text, start, stop)


def _slice_matches(A, text: str, start: int, stop: int):
    for end_idx, value in A.iter_long(text[start:stop]):
        yield end_idx + start, value


def _table_townships(doc: Doc, context: set[str]) -> None:
    """Townships written alone whose county the text never names (西合营镇, 梁垛镇): the table's
    one township of that name inside the provinces and cities the document names, or — four
    characters or more, or before its organs (薛埠镇党委) — the one township of that name in the
    whole country (three characters too in a text that speaks as a township: `_township_voice`);
    before its organs, or on its own where its stem is no common word (上固乡回龙村),
    a name many counties share is a township without a code.  A three-character name must be a
    word of its sentence (not the tail of 江南古镇)."""
    A = _all_townships()
    T = table()
    ends = _township_ends()
    county_ends = _county_ends(doc)
    siblings = _sibling_counties(doc, A, ends)
    named_codes = {m.attrs.get("code") for m in doc.mentions if m.label == "Place"}  # (once: the loop adds townships only)
    for art, taken in _place_marks(doc):
        voice = None  # (read once per article, at its first unknown township)
        for end_idx, (name, codes) in _windowed_matches(A, ends, art.text):
            s, e = end_idx - len(name) + 1, end_idx + 1
            if 1 in taken[s:e] or _opens_on_date(art.text, s):
                continue
            county = county_ends.get((art.id, s))
            if county is not None and not any(c[:4] == county[:4] for c in codes):
                if _common_word_across(art.text, name, s, e):
                    continue  # 临高|发展乡村特色产业: 发展 and 乡村, no 发展乡 of 临高县
                # 会昌县永安乡: the county's, which its table does not list (but 海原县兴仁镇, moved to
                # 沙坡头区 of the same city, is the town the table lists there now)
                doc.add_mention(art, s, e, "Place", "gazetteer.township-table", norm=name, code=None,
                                level="township", parent_key=f"place-{county}")
                taken[s:e] = b"\x01" * (e - s)
                continue
            inside = [c for c in codes if c[:6] in context or any(a.code in context for a in T.ancestors(c))]
            beside = [c for c in inside if county is None and _beside_named_county(c, context, named_codes)]
            # (written right after a county of its city, 海原县兴仁镇, it is the table's town, moved there)
            inside = [c for c in inside if c not in beside]
            named = _named_county_of(beside, context) if beside and not any(c[:6] in context for c in inside) \
                else None  # (a town of another city the province holds, 贵港's 大坡镇, is none the story means)
            if named is not None and (len(name) >= 4 or _word_bounded(art.text, s, e)):
                doc.add_mention(art, s, e, "Place", "gazetteer.township-table", norm=name, code=None,
                                level="township", parent_key=f"place-{named}")  # 郓城县 … 张集镇: 郓城县's
                taken[s:e] = b"\x01" * (e - s)
                continue
            if not inside and len(codes) > 1:
                inside = [c for c in codes if c[:6] in siblings]  # 大邹镇、大营镇: 兴化市's two towns
            if not inside and name.endswith(_UNIT_SUFFIXES):
                continue  # 村引进东方红农场 in a story of 湖南: a farm of its own, not 吉林's unit far away
            if not inside and name.startswith(_HONOUR_STEMS):
                continue  # 评为市先进街道办事处: an honour (先进, 优秀, 模范), not 先进街道 of a county the text never names
            code = inside[0] if len(inside) == 1 else None
            strong = _organ_after(art.text, e)  # 薛埠镇党委, 太平镇人民政府, 东峤镇原党委
            if not inside and not strong and _counted_townships(name):
                continue  # 蒲洼乡三乡镇: the three townships (`_counted_townships`), not 中山市's 三乡镇 of a city never named
            if not inside and not strong and _city_streets(name) \
                    and not art.text.startswith(_STREET_ORGANS, e):  # (朝阳街道办事处主任: the office, a place)
                continue  # 这一年,北京街道变化不小: Beijing's 街道, not 越秀区's 北京街道 of a county never named
            if voice is None:
                voice = _township_voice(art.text)
            if code is None and not inside and len(codes) == 1 \
                    and (len(name) >= 4 or _county_short_written(doc.text, codes[0])
                         or (strong or name.endswith(voice) or _county_seat_name(name, codes[0]))
                         and not _other_province(codes[0], context)):
                code = codes[0]  # (梦溪镇 … 镇党委书记刘军: the township's own news)
            # a township of a county the text never names (高升镇, 上固乡), on its own in its sentence:
            # a place without a code, unless its stem is a common word (中心镇, 文化镇, 胜利乡)
            shared = code is None and not inside and not _common_stem(name) and name not in _COMMON_WORDS
            if not inside and not strong and _breakdown_view(art.text, s, e):
                continue  # 分乡镇(园区)看，…: the breakdown by township, not 夷陵区's 分乡镇 of a county never named
            if not inside and not strong and _across_function_char(name):
                continue  # 服务中心和|村镇规划: the conjunction and a word, no 和村镇 of any county
            if (code is None and not strong and not shared) or (len(name) < 4 and not _word_bounded(art.text, s, e)
                                                                and not _former_organ_after(art.text, e)
                                                                and not _named_village_after(art.text, e)
                                                                and not _after_zone_kind(art.text, s)):
                continue  # (东峤镇|原党委: jieba's 镇原, the county's name, splits no town before 原 and its organ)
            attrs = {"code": code, "level": "township", **({"parent": code[:6]} if code else {})}
            if doc.add_mention(art, s, e, "Place", "gazetteer.township-table", norm=name, **attrs):
                taken[s:e] = b"\x01" * (e - s)
        _raised_former_townships(doc, art, taken, context)


_STREET_ORGANS = tuple(place_words("street_short_organs"))  # 党工委, 办事处, 辖区: a street office's own


def _other_province(code: str, context: set[str]) -> bool:
    """泽库县 … 王家乡叶金木村 … 王家乡人民政府 (the table spells 泽库县's township 王加乡): a township
    the country's table lists once, in a province other than every division the document names,
    is no township of that far county (重庆's 王家乡): county notices name the towns of their own
    county, written as the people there write them.  It stays a township without a code.  Read only
    for a shorter name known by its organ, the text's voice or its county's seat, never where its
    county's short name is written: a name of four characters or more is distinctive enough
    (海淀街道苏州桥西社区, municipal72: 海淀街道 is Beijing's though 苏州 is read before it)."""
    return bool(context) and all(c[:2] != code[:2] for c in context)


def _beside_named_county(code: str, context: set[str], named_codes: set) -> bool:
    """郓城县县长谷永强到张集镇 (菏泽市 never written; the table's one 张集镇 of 菏泽 is 单县's): a town
    written alone in a story that names a county of its city, never its own county nor the city
    itself, is no town of a sibling county the story never names — the city is context only as
    the named county's parent, and the town is the named county's (renamed or unlisted)."""
    T = table()
    county, city = code[:6], code[:4] + "00"
    if county in context or not any(c[:4] == city[:4] and (d := T.get(c)) is not None and d.level == "county"
                                    for c in context):
        return False
    return city not in named_codes  # (`named_codes`: the codes of the document's places, read once)


def _named_county_of(codes: list[str], context: set[str]) -> str | None:
    """The one county of the towns' city the story names (郓城县 for 单县's 张集镇), None when it
    names several: the town written alone is that county's."""
    T = table()
    counties = {c for c in context if c[:4] in {x[:4] for x in codes}
                and (d := T.get(c)) is not None and d.level == "county"}
    return next(iter(counties)) if len(counties) == 1 else None


def _common_word_across(text: str, name: str, s: int, e: int) -> bool:
    """临高发展乡村特色产业: a township of the table (黑龙江's 发展乡) whose stem is a common word, written
    right after a county but cut by the sentence's words (发展|乡村), is those words: the county's
    unlisted township must be a word of its sentence when its stem is no proper name."""
    return _common_stem(name) and not _word_bounded(text, s, e)


def _city_streets(name: str) -> bool:
    """Is `name` a 街道 whose stem is a province's or a city's short name (北京街道 of 越秀区, 上海街道)?
    Outside its county, and before none of its organs, it reads as that city's 街道 in general (北京
    街道变化不小, 北京街道工作会议): the city's street offices, not the one so named far away."""
    full = place_words("street_suffix")[0]
    if not name.endswith(full):
        return False
    return any(c.endswith("00") for c in table().by_short.get(name[:-len(full)], ()))


_FORMER_TOWN_MAX = 4  # characters of a stem read before 乡 (庙岗: 2)


@lru_cache(maxsize=1)
def _raised_former_names() -> dict[str, tuple[str, str]]:
    """X乡 → (X镇, code) for the country's one town X镇 where no township anywhere is named X乡
    now: the 乡 raised to a town keeps its old name in older pages (庙岗乡 → 庙岗镇 of 巢湖市)."""
    towns: dict[str, list[str]] = {}
    for _county, named in sorted(table()._townships.items()):
        for name, code in named.items():
            towns.setdefault(name, []).append(code)
    return {name[:-1] + "乡": (name, codes[0]) for name, codes in towns.items()
            if name.endswith("镇") and len(codes) == 1 and 2 <= len(name) - 1 <= _FORMER_TOWN_MAX
            and name[:-1] + "乡" not in towns}


def _raised_former_townships(doc: Doc, art, taken: bytearray, context: set[str]) -> None:
    """庙岗乡第九届人民代表大会 … 全乡 (巢湖市 never named, 庙岗乡 now 庙岗镇): a 乡 no township bears now,
    whose 镇 is the country's one so named, in a text that speaks as a 乡 (全乡, 乡人大) or before its
    organs, is that town by its former name; not where the text names places and none of them holds
    it (a 乡 of the text's county, merged away, is no homonymous town elsewhere).  One look-up per 乡."""
    text, voice, former, T = art.text, None, _raised_former_names(), table()
    i = text.find("乡")
    while i >= 0:
        for k in range(_FORMER_TOWN_MAX, 1, -1):
            s, e = i - k, i + 1
            hit = former.get(text[s:e]) if s >= 0 else None
            if hit is None or 1 in taken[s:e] or _common_stem(text[s:e]):
                continue
            if context and not any(a.code in context for a in T.ancestors(hit[1])):
                break  # 某县永安乡 (merged away): no town of the places the text names
            if voice is None:
                voice = _township_voice(text)
            if (text.startswith(_TOWNSHIP_STRONG_AFTER, e) or "乡" in voice) and _word_bounded(text, s, e):
                if doc.add_mention(art, s, e, "Place", "gazetteer.township-raised", norm=hit[0], code=hit[1],
                                   level="township", parent=hit[1][:6], former=text[s:e]):
                    taken[s:e] = b"\x01" * (e - s)
            break
        i = text.find("乡", i + 1)


def _county_short_written(text: str, code: str) -> bool:
    """西彭镇 in a page of 九龙坡 (九龙坡模式, its district never named in full nor with its city):
    the country's one township so named is that township where the text writes its county's short
    name anywhere (one look-up per township; a county without a short name gives nothing)."""
    county = table().by_code.get(code[:6])
    return county is not None and bool(county.short) and len(county.short) >= 2 and county.short in text


def _county_seat_name(name: str, code: str) -> bool:
    """霸州镇营上村 (霸州市 never named): a township named by its own county's short name and a
    township suffix (霸州镇 of 霸州市, 正定镇 of 正定县: the county seat) is a proper name, no common
    word, when it is the one township so named in the country."""
    county = table().get(code[:6])
    return county is not None and bool(county.short) and name[:-1] == county.short


def _county_ends(doc: Doc) -> dict[tuple[str, int], str]:
    """(article, end) → code of each county (or city with townships: 中山市) the gazetteer read.
    A township written right after its county (会昌县永安乡) is that county's: where the county's
    own table does not list it (a new or renamed township), the one township so named in another
    county of the province is no reading of it — it is a township of the county without a code."""
    T = table()
    return {(m.article, m.aend): m.attrs["code"] for m in doc.mentions
            if m.label == "Place" and m.astart >= 0 and m.attrs.get("code")
            and (m.attrs.get("level") == "county" or T.townships(m.attrs["code"]))}


_TOWNSHIP_RULES = ("gazetteer.township", "gazetteer.township-table")
_UNLISTED_STEM = 2  # characters of a township's stem read after its county (下圩: 兴化市下圩镇)
_UNLISTED_SUFFIXES = ("镇", "乡")
# (no stem opens with a function character, a numeral or a quantifier: 在|X镇, 两|乡镇, 各|乡镇)
_UNLISTED_NOT_FIRST = _FUNCTION_CHARS + CHINESE_NUMERALS + place_chars("unlisted_township_not_first")


def _unlisted_county_townships(doc: Doc) -> None:
    """调研兴化市下圩镇经济社会发展情况 (下圩镇 merged away since, in no table): a 镇 or 乡 of a
    two-character stem right after its county written in full is that county's township without a
    code, where no place is read there, the stem opens with no function character, is no common
    word (农村|乡, 重点|镇, 城|镇) and the whole no dictionary word (小城镇), and no table names it."""
    T = table()
    ends = _county_ends(doc)
    for art, taken in _place_marks(doc):
        text = art.text
        for (aid, e), county in ends.items():
            k = e + _UNLISTED_STEM
            if aid != art.id or text[k:k + 1] not in _UNLISTED_SUFFIXES or 1 in taken[e:k + 1]:
                continue
            name, stem = text[e:k + 1], text[e:k]
            if not all(is_han(c) for c in stem) or stem[0] in _UNLISTED_NOT_FIRST or _common_stem(name) \
                    or _is_dictionary_word(name) or _is_dictionary_word(stem) or T.candidates(name) \
                    or name in _all_township_names() or _is_dictionary_word(text[k:k + 2]):
                continue  # (兴化市两乡镇, 沭阳县沿河|乡镇: a count, a word of 乡镇, no township)
            if doc.add_mention(art, e, k + 1, "Place", "gazetteer.township-table", norm=name, code=None,
                               level="township", parent_key=f"place-{county}"):
                taken[e:k + 1] = b"\x01" * (k + 1 - e)


@lru_cache(maxsize=1)
def _all_township_names() -> frozenset[str]:
    """Every township name of the table, common words too (城关镇, 和平乡)."""
    return frozenset(name for towns in table()._townships.values() for name in towns)


def _sibling_county_townships(doc: Doc) -> None:
    """秀山's road news 经官庄街道、乌杨街道、清溪场镇和平凯街道 (the county named only as 我县):
    平凯街道 is one county's alone, and 清溪场镇 — the only one so named in the country lies in
    Sichuan's 渠县 — is 秀山's 清溪场街道 by its old name.  A township read from the national
    table that another county's township automaton reads too (its name now, a former or raised
    name) is that county's, when the article's other coded townships all lie in that one county.
    One automaton look-up per such township: no scan of the text."""
    by_article: dict[str, list] = {}
    for m in doc.mentions:  # (one pass over the mentions, not one per article)
        if m.label == "Place" and m.rule in _TOWNSHIP_RULES:
            by_article.setdefault(m.article, []).append(m)
    for art in doc.articles:
        towns = by_article.get(art.id, [])
        parents = Counter(m.attrs["code"][:6] for m in towns if m.attrs.get("code"))
        table_read = [m for m in towns if m.rule == "gazetteer.township-table"]
        # (those coded elsewhere first: once 清溪场镇 is 秀山's, 官庄街道 without a code follows)
        for m in sorted(table_read, key=lambda m: not m.attrs.get("code")):
            own = m.attrs["code"][:6] if m.attrs.get("code") else None
            others = set(parents) if own is None else {c for c, n in parents.items() if c != own or n > 1}
            if len(others) != 1 or own in others:
                continue
            county = next(iter(others))
            A = _county_automaton(county, m.surface)
            hit = next((v for end_idx, v in A.iter_long(m.surface) if end_idx == len(m.surface) - 1
                        and len(v[0]) == len(m.surface)), None) if A is not None else None
            if hit is not None:
                m.norm = hit[1]
                m.attrs.update(code=hit[2], parent=county)
                if _former_written(hit[0], hit[1]):
                    m.attrs["former"] = hit[0]  # (撤销杜曲镇建制，设立杜曲街道: the street's former name)
                parents[county] += 1
                if own is not None:
                    parents[own] -= 1
                    parents += Counter()  # (drops the county no township lies in any more)


def _county_of_townships(doc: Doc, unplaced: list) -> None:
    """乐山's 市中区拆除违建4处…城西街道、乐贤街道: a county's name that is a common word too (市中区 of
    four cities, place_common_words), its city named nowhere, is the one county so named that the
    document's coded townships lie in; no place otherwise (对老城区进行改造)."""
    if not unplaced:
        return
    counties = {m.attrs["code"][:6] for m in doc.mentions
                if m.label == "Place" and m.rule in _TOWNSHIP_RULES and m.attrs.get("code")}
    for art, s, e, name in unplaced:
        within = [c for c in table().candidates(name) if c.level == "county" and c.code in counties]
        if len(within) == 1:
            div = within[0]
            doc.add_mention(art, s, e, "Place", "gazetteer.full", norm=div.name,
                            code=div.code, level=div.level, parent=div.parent)


def _opens_table_township(text: str, s: int, e: int) -> bool:
    """Does a township of the table, of four characters or more, start at `s` and go on past the
    short name ending at `e`?  Townships of the border regions open with a county's short name
    (赛罕高毕苏木 of 苏尼特左旗 opens with 赛罕, Hohhot's district; 南京东路街道 with 南京): the
    longer name is the place.  One look-up in a window as long as the longest name."""
    if text[s:s + 4] not in _township_openings():
        return False  # (every name looked up below is four characters or more and opens at s)
    longest = _township_ends()[1]
    names = township_names()
    if not any(text[s:k] in names for k in range(s + max(4, e - s + 1), min(len(text), s + longest) + 1)):
        return False  # no such name starts at s: a few set look-ups spare the automaton's walk
    A = _all_townships()
    for end_idx, (name, _codes) in A.iter_long(text[s:s + longest]):
        return end_idx - len(name) + 1 == 0 and len(name) >= 4 and end_idx + 1 > e - s
    return False


_TOWNSHIP_KINDS = ("街道", "苏木", "镇", "乡")
_TOWNSHIP_VOICE = tuple(place_words("township_voice")) + \
    tuple(sorted(f for f, level in L.ANAPHORA.items() if level == "township"))


def _township_voice(text: str) -> tuple[str, ...]:
    """The township kinds (镇, 乡, 街道, 苏木) a text speaks as: its organs named by the kind
    alone (镇党委书记, 镇政府) or its anaphora (全镇, 我乡): the news of a township, whose name
    alone (梦溪镇, three characters) is the table's one township so named.  One scan per form."""
    forms = [f for f in _TOWNSHIP_VOICE if f in text]
    return tuple(k for k in _TOWNSHIP_KINDS if any(k in f for f in forms))


_HONOUR_STEMS = place_words("township_honour_stems")  # 先进, 优秀, 模范: the words of an honour


_DATE_CLOSING = frozenset(place_chars("date_closing_chars")) | frozenset(place_chars("figure_multiplier_chars"))


def _opens_on_date(text: str, s: int) -> bool:
    """Does a township name read at s open with the character that closes a date's figure (1949年8月
    22日|东乡解放: 日东乡) or a number's multiplier (开工改造22万|城镇老旧小区: 万城镇)?  That
    character is the figure's; the place, if any, starts after it."""
    return s > 0 and text[s] in _DATE_CLOSING and text[s - 1].isdigit()


def _across_function_char(name: str) -> bool:
    """Is a township name a function character (和, 与, 在 …) and a dictionary word (和|村镇, 与|乡镇:
    `_is_dictionary_word`)?  Written alone it is read across the conjunction or preposition."""
    return len(name) >= 3 and name[0] in _FUNCTION_CHARS and _is_dictionary_word(name[1:])


def _common_stem(name: str) -> bool:
    """Is a township's name a common word + its suffix (中心|镇, 文化|镇, 胜利|乡) rather than a
    proper name (高升|镇: unknown to the dictionary, or a place name or another proper name there:
    龙华 and 新华 are tagged nz)?"""
    suffix = next((w for w in place_words("table_township_suffixes") if name.endswith(w)), "")
    stem = name[:len(name) - len(suffix)]
    tag = word_tags().get(stem)
    if tag == "s" and word_freq().get(stem, 0) < _RARE_PLACE_WORD_FREQ:
        return False  # 口前|镇, 塘岸|镇, 楼底|镇: a rare place word of jieba's (s) names the township
    return tag is not None and not tag.startswith(("ns", "nr", "nz"))


# jieba's count under which a stem it tags as a place word (s: 口前 38, 塘边 30) is a rare one,
# a township's name (门前, 河边, 城北 are counted in hundreds: words of any text)
_RARE_PLACE_WORD_FREQ = 50


def _place_marks(doc: Doc):
    """Each article with a mask of the characters its place mentions already cover (1 = taken),
    from one pass over the document's mentions (a pass per article was articles × mentions)."""
    marks = {art.id: bytearray(len(art.text) + 1) for art in doc.articles}
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0 and m.article in marks:
            marks[m.article][m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
    return [(art, marks[art.id]) for art in doc.articles]


_REPEATED_LEVELS = ("township", "village", "community")
_ADMIN_KINDS = tuple(place_words("administrative_village_kinds"))


_COMPANY_RULE = "gazetteer.corps-company"


def _company_alone(text: str, s: int, e: int) -> bool:
    """五连党支部, 五连与…合作: a company of two characters the document chained to its regiment (十团五连)
    written again alone — no numeral or digit before it (十五连), no word character after 连 (五连冠,
    五连片: corps_company_not_after)."""
    nums = place_chars("corps_regiment_numerals")
    return not (s > 0 and (text[s - 1] in nums or text[s - 1].isdigit())) \
        and not (e < len(text) and text[e] in place_chars("corps_company_not_after"))


def _repeat_townships(doc: Doc) -> None:
    """A township, village or community the document has named (by its county, the table, a verb of
    place or the place it belongs to) is the same place where it is written again alone
    (到稼依镇调研 … 稼依镇党委; 稼依镇新寨村 … 听取新寨村党委汇报): its other mentions."""
    named: dict[str, dict] = {}
    regiments_of: dict[str, set] = {}  # a company's name → the regiments it is chained to (十团五连, 八团五连: two)
    for m in doc.mentions:
        if m.rule == _COMPANY_RULE:
            regiments_of.setdefault(m.surface, set()).add(m.attrs.get("qualified"))
    for m in doc.mentions:
        if m.rule == _COMPANY_RULE and len(regiments_of[m.surface]) > 1:
            continue
        if m.label == "Place" and m.attrs.get("level") in _REPEATED_LEVELS \
                and (len(m.surface) >= 3 or m.rule == _COMPANY_RULE) \
                and m.surface not in named and "\n" not in m.surface:
            named[m.surface] = {"norm": m.norm, "code": m.attrs.get("code"), "level": m.attrs["level"],
                                **{k: m.attrs[k] for k in ("parent", "parent_mention") if m.attrs.get(k)}}
            if m.norm and m.norm != m.surface and m.norm not in named and m.attrs["level"] == "village" \
                    and m.surface.endswith(_ADMIN_KINDS):  # 官路边行政村 … 官路边村: the short form again
                named[m.norm] = named[m.surface]
    if not named:
        return
    A = ahocorasick.Automaton()
    for name in named:
        A.add_word(name, len(name))
    A.make_automaton()
    towns: dict = {}  # coded places by article and start, read once (`_sibling_parent`)
    for m in doc.mentions:
        if m.label == "Place" and m.attrs.get("code"):
            towns.setdefault((m.article, m.astart), m)
    for art, taken in _place_marks(doc):
        for s, e in _leftmost_longest(A, art.text):
            if 1 in taken[s:e] or (e - s < 3 and not _company_alone(art.text, s, e)):
                continue
            n = dict(named[art.text[s:e]])
            m = doc.add_mention(art, s, e, "Place", "gazetteer.subplace-repeat", norm=n.pop("norm"), **n)
            if m and not n.get("code") and n["level"] in ("village", "community"):
                taken[s:e] = b"\x01" * (e - s)
                _repeat_list_siblings(doc, art, s, e, n, taken, towns)


_SIBLING_JOINERS = place_chars("list_separators") + place_chars("list_last_joiners")  # 、 和
_SIBLING_OPENERS = _FUNCTION_CHARS + place_chars("clause_marks")


def _repeat_list_siblings(doc: Doc, art: Article, s: int, e: int, attrs: dict, taken: bytearray,
                          towns: dict) -> None:
    """护塘村和水库村先后成为全国文明村, 护塘村、水库村、阮巷村成为示范村: a village the text has named by its
    township (漕泾镇水库村), written again alone inside a 、-list or a pair joined by 和, makes the names of
    its kind listed with it villages of the same township (zhejiang77: its own stem, 水库, is a word of the
    dictionary, so no run of names was read there).  Each sibling's stem is a name (`_whole_village_stem`),
    no kind of village (示范村, 文明村)."""
    text = art.text
    kind = next((x for x in place_words("subplace_suffixes") if text.endswith(x, s, e)), _VILLAGE)
    spans, at = [], e
    while at < len(text) and text[at] in _SIBLING_JOINERS:  # forward: 水库村|、阮巷村
        mt = _SUBPLACE.match(text, at + 1)
        if not mt or not mt.group(1).endswith(kind):
            break
        spans.append(mt.span(1))
        at = len(text) if text[at] not in place_chars("list_separators") else mt.end(1)
    at = s
    while at > 0 and text[at - 1] in _SIBLING_JOINERS:  # backward: 护塘村和|水库村
        end = at - 1
        start = next((a for a in range(end - len(kind) - 2, end - len(kind) - 5, -1) if a >= 0
                      and text.endswith(kind, 0, end) and (a == 0 or text[a - 1] in _SIBLING_OPENERS + "\n")), None)
        if start is None:
            break
        spans.append((start, end))
        at = start
    for a, b in spans:
        name = text[a:b]
        if 1 in taken[a:b] or _NOT_SUBPLACE.search(name) or not _sibling_stem(name[:-len(kind)]):
            continue
        under = _sibling_parent(art, attrs, towns)
        if doc.add_mention(art, a, b, "Place", "gazetteer.subplace-list", norm=name, code=None,
                           level="community" if kind == _COMMUNITY else "village", **under):
            taken[a:b] = b"\x01" * (b - a)


def _sibling_parent(art: Article, attrs: dict, towns: dict) -> dict:
    """The parent a listed sibling shares with the repeated village: its township's key when that township
    has a code (the township may be written after the list, where resolve reads mentions in order), else
    the repeated village's own parent attributes.  `towns`: the document's coded places by (article, start)."""
    pm = attrs.get("parent_mention")
    town = towns.get((art.id, pm[0])) if pm else None
    if town is not None:
        return {"parent_key": entity_id("Place", town.norm or town.surface, town.attrs["code"])}
    return {k: attrs[k] for k in ("parent", "parent_mention") if attrs.get(k)}


def _sibling_stem(stem: str) -> bool:
    """A listed sibling's stem: a name (`proper`, or Han characters that are no word of the dictionary
    together: 胜溪, 茶冲, 上坊 of 堡子村、黄旗村、胜溪村、茶冲村、上坊村, xiangjiang86, which jieba cuts into
    common characters), no function character in it, and not one whose last character makes a common
    word with 村 (新农村)."""
    return len(stem) >= 2 and not any(c in _FUNCTION_CHARS for c in stem) \
        and (proper(stem) or (all(is_han(c) and c not in CHINESE_NUMERALS for c in stem)
                              and not word_freq().get(stem))) \
        and not _is_dictionary_word(stem[-1] + _VILLAGE)


def _leftmost_longest(A, text: str) -> list[tuple[int, int]]:
    """The spans a regex of the automaton's words, longest first, finds in `text` (at the first
    place any word starts, the longest one there; then on from its end), from the automaton's
    matches: a regex of a document's words was compiled per document (~0.5 ms, more than the
    walk); the automaton of a few dozen words is built in a few µs.  Its values are the lengths."""
    longest: dict[int, int] = {}
    for end, n in A.iter(text):
        if longest.get(end + 1 - n, 0) < end + 1:
            longest[end + 1 - n] = end + 1
    out, at = [], 0
    for s in sorted(longest):
        if s >= at:
            out.append((s, longest[s]))
            at = longest[s]
    return out


_VIEW_REACH = 10  # characters after a breakdown's kind to the 看 that closes it (分乡镇(园区)看)


@lru_cache(maxsize=1)
def _breakdown_view_re() -> re.Pattern:
    """看, 来看 closing a breakdown's point of view (metric_cues periods.view_closes), then a clause mark,
    within _VIEW_REACH characters and no clause mark before."""
    from ..metric_words import cue_alt
    return re.compile(rf"[^，,。；;：:\n]{{0,{_VIEW_REACH}}}?(?:{cue_alt('periods.view_closes')})[，,：:]")


def _breakdown_view(text: str, s: int, e: int) -> bool:
    """suzhe90: 分乡镇(园区)看，吕四港、海门港新区…GDP总量突破百亿 (南通's statistics): a township's name read
    from the table that opens with the view's 分 (periods.view_opens) at the opening of a clause and is
    closed by 看 within a few characters is the breakdown by that kind (by township), no township."""
    from ..metric_words import cues
    if text[s] not in cues("periods.view_opens") or (s > 0 and text[s - 1] not in "\n，,。；;：:"):
        return False
    return _breakdown_view_re().match(text, e) is not None


def _new_areas(doc: Doc) -> None:
    """雄安新区 and its peers: places of their province, without a division code; a short name of
    the table read inside one (江北 of 江北新区, 南沙 of 南沙新区) is dropped for it."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for art in doc.articles:
        for mt in _NEW_AREA_RE.finditer(art.text):
            spans.setdefault(art.id, []).append(mt.span())
    if spans:
        doc.mentions[:] = [m for m in doc.mentions if not (
            m.rule == "gazetteer.short" and any(a <= m.astart and m.aend < b for a, b in spans.get(m.article, ())))]
    for art in doc.articles:
        for mt in _NEW_AREA_RE.finditer(art.text):
            prov = NEW_AREAS[mt.group(0)]
            doc.add_mention(art, mt.start(), mt.end(), "Place", "gazetteer.new-area", norm=mt.group(0),
                            code=None, level="new-area", parent_key=f"place-{prov}", parent_code=prov)


# functional zones of a place: 雄安新区起步区, 某市核心区, 自贸区正定片区, 烟台经济技术开发区
_ZONE_SUFFIX = re.compile(L.words_alt("zone_suffixes"))


def _zones(doc: Doc) -> None:
    """A place followed by 起步区/启动区/核心区/先行区/片区 or a development zone's word (经济技术
    开发区, 高新区, 工业园区 … in zone_suffixes) names a zone of it (part of the place);
    later bare mentions of the same zone word (保障起步区…) are the zone when the document has one."""
    zones: dict[str, list] = {}  # suffix -> [(norm, attrs)]
    spans: dict[str, list[tuple[int, int]]] = {}
    articles = {a.id: a for a in doc.articles}
    full = _zone_full_names(doc, articles)
    place_starts: dict[str, set[int]] = {}
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0:
            place_starts.setdefault(m.article, set()).add(m.astart)
    for m in list(doc.mentions):
        if m.label != "Place" or m.astart < 0:
            continue
        art = articles[m.article]
        if not _zone_parent_level(m) or m.attrs.get("level") == "province" and _PROVINCIAL_KIND.match(art.text, m.aend):
            _provincial_zone(doc, art, m)  # (上海自贸试验区 too: 中国（上海）自由贸易试验区, as a province's)
            continue
        zm = _ZONE_SUFFIX.match(art.text, m.aend) or _coined_zone(art.text, m.aend, place_starts.get(art.id, ()))
        if not zm or (m.attrs.get("level") == "province" and zm.group(0) in _NOT_MUNICIPAL_ZONES):
            continue  # 中电光谷天津产业园: a company's park in the municipality, no zone of its own
        code = m.attrs.get("code")
        if code:
            attrs = {"parent_key": f"place-{code}", "parent_code": code}
        else:
            attrs = {"parent_key": entity_id("Place", m.norm, None, m.attrs.get("parent_key"))}
        name = art.text[m.astart:zm.end()]  # as written: 正定片区, not 正定县片区
        name = full.get(name, name)  # 南宁综保区 where the document names 南宁综合保税区 too
        z = doc.add_mention(art, m.astart, zm.end(), "Place", "gazetteer.zone", norm=name, code=None,
                            level="zone", **attrs)
        if z is not None:
            if name not in [n for n, _ in zones.get(zm.group(0), [])]:
                zones.setdefault(zm.group(0), []).append((name, attrs))
            spans.setdefault(art.id, []).append((m.astart, zm.end()))
    for suffix, named in zones.items():
        if len(named) != 1 or suffix in _PROVINCIAL_KINDS:
            # two 起步区 in one document: a bare one is ambiguous; a bare 自贸试验区 is any free trade zone
            # (重庆自贸试验区…，广西自贸试验区新增企业…, 21个自贸试验区: ziyou117), no repeat of the one named
            continue
        name, attrs = named[0]
        for art in doc.articles:
            covers = _Covers(spans.get(art.id, []))
            for mt in re.finditer(suffix, art.text):
                s, e = mt.span()
                if covers(s, e) or (s and art.text[s - 1] in place_chars("zone_repeat_not_after")) \
                        or _named_before(art.text, s):
                    continue  # 城东|片区: another zone, named by a place word, not the document's one
                doc.add_mention(art, s, e, "Place", "gazetteer.zone-repeat", norm=name, code=None,
                                level="zone", **attrs)


_PROVINCIAL_KINDS = frozenset(L.words("zone_provincial_kinds"))
_PROVINCIAL_KIND = re.compile(r"[)）]?(?:" + L.words_alt("zone_provincial_kinds") + ")")
_COUNTRY_OPEN = ("中国（", "中国(")  # 中国（河南）自由贸易试验区: the zone's full name opens with the country
_PROVINCE_WRITTEN_END = ("省", "市")  # 河南省自贸区 → 中国（河南）自由贸易试验区


def _provincial_zone(doc: Doc, art, m) -> None:
    """河南自贸区, 广西自贸试验区, 中国（河南）自由贸易试验区 (ziyou117): a province names one free trade
    zone (zone_provincial_kinds), a place of its own whose figures (新设企业, 进出口额) are the zone's, not
    the province's; all its forms are one zone, named in full (中国（河南）自由贸易试验区).  Other zone
    kinds after a province name none (广东高新区: the province's parks), and a later bare 自贸试验区 is
    not taken for it (21个自贸试验区 in national text: every zone)."""
    if m.attrs.get("level") != "province" or not m.attrs.get("code"):
        return
    text = art.text
    zm = _PROVINCIAL_KIND.match(text, m.aend)
    bracket = zm is not None and zm.group(0)[0] in ")）"
    if zm is None or bracket != (text[max(0, m.astart - 3):m.astart] in _COUNTRY_OPEN):
        return  # 河南）自贸区 without 中国（ before, or 中国（河南自贸区: not the zone's name
    start = m.astart - 3 if bracket else m.astart
    short = text[m.astart:m.aend]
    if short.endswith(_PROVINCE_WRITTEN_END) and len(short) > 2:
        short = short[:-1]
    code = m.attrs["code"]
    doc.add_mention(art, start, zm.end(), "Place", "gazetteer.zone", norm=f"中国（{short}）自由贸易试验区",
                    code=None, level="zone", parent_key=f"place-{code}", parent_code=code)


_COINED_ZONE_KIND = re.compile(L.words_alt("zone_coined_kinds"))
_COINED_NOT_NAMES = frozenset(L.words("zone_coined_not_names"))
_COINED_NAME_TAGS = ("ns", "nr", "nz")  # 城南, 临港 (ns); 金钟, 碧波 (nr): names; 生态, 化工 (n): a sort of zone
_PORT_CHAR = "港"  # 港综保区, 港片区 (zone_coined_kinds): a port's zone
_COINED_CHAR_BAD_TAGS = ("v", "d", "p", "r", "m", "f", "c", "u", "q", "t", "a", "b")


def _coined_zone(text: str, e: int, place_starts) -> re.Match | None:
    """丹寨|金钟经济开发区, 麻江县|碧波工业园区 (diaoyan110): a name of two characters between a county or city
    and a zone's full kind (zone_coined_kinds) names a zone of it, as the place's own name before the
    kind does (丹寨经济开发区, `_zones`); the match of the kind after the name, or None.  The name is a
    proper name to the dictionary (ns, nr, nz) or two characters no word joins, neither a word of a clause
    (verb, adverb, pronoun, number, time: 县加快工业园区…, 各类, 两个); no place starts it (its own
    mention reads it), and no word of building or rank (zone_coined_not_names: 新建, 扩建)."""
    name = text[e:e + 2]
    if len(name) < 2 or not all(is_han(c) for c in name) or e in place_starts or name in _COINED_NOT_NAMES:
        return None
    zm = _COINED_ZONE_KIND.match(text, e + 2)
    if zm is None:
        return None
    tags = word_tags()
    tag = tags.get(name)
    if tag is not None:
        # (珠海|高栏|港综保区, ziyou117: a port's name before 港 is a noun to the dictionary, 高栏 n; the port
        # names the zone, no sort of zone — but no word of a clause either)
        port = zm.group(0).startswith(_PORT_CHAR) and not tag.startswith(_COINED_CHAR_BAD_TAGS)
        return zm if tag.startswith(_COINED_NAME_TAGS) or port else None
    if any((tags.get(c) or "n").startswith(_COINED_CHAR_BAD_TAGS) for c in name):
        return None
    return zm


# orgs30: a zone's kind written short (综保区, 高新区) and the full kinds it stands for (综合保税区)
_ZONE_SHORT_KINDS: dict[str, tuple[str, ...]] = {}
for _pair in L.words("zone_short_kinds"):
    _ZONE_SHORT_KINDS.setdefault(_pair.split("|")[0], ())
    _ZONE_SHORT_KINDS[_pair.split("|")[0]] += (_pair.split("|")[1],)


def _zone_full_names(doc: Doc, articles: dict) -> dict[str, str]:
    """The zones a document writes short whose full name it writes too (南宁综保区 … 南宁综合保税区):
    one zone, named in full, the short form its alias.  Only where the same place opens both and one
    full kind fits (a 高新区 with both 高新技术产业开发区 and 高新技术开发区 named stays as written)."""
    written: dict[tuple[str, str], set[str]] = {}  # (the place's name, the zone's kind) -> as written
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0 and _zone_parent_level(m):
            text = articles[m.article].text
            if (zm := _ZONE_SUFFIX.match(text, m.aend)) is not None:
                written.setdefault((m.norm, zm.group(0)), set()).add(text[m.astart:zm.end()])
    out = {}
    for (place, kind), shorts in written.items():
        fits = {w for k in _ZONE_SHORT_KINDS.get(kind, ()) for w in written.get((place, k), ())}
        if len(fits) == 1:
            out.update((w, next(iter(fits))) for w in shorts)  # 南宁综保区 → 南宁市综合保税区
    return out


def _zone_parent_level(m) -> bool:
    """Can a zone word after this place name a zone of it: a city, county or new area, or a
    municipality, whose zones are its own as a city's are (天津高新区, 北京经开区); not a province."""
    level = m.attrs.get("level")
    return level in ("city", "county", "new-area") or (level == "province" and m.norm.endswith(_MUNICIPALITY_END))


_NOT_MUNICIPAL_ZONES = frozenset(L.words("zone_suffixes_not_municipal"))
_MUNICIPALITY_END = tuple(L.chars("zone_municipality_ends"))  # 北京市, 天津市: the provinces that are cities


def _named_before(text: str, s: int) -> bool:
    """Does a place word of jieba's dictionary (城东, 河西, 新城: ns) end at `s`, naming the zone
    word after it (城东片区: a zone of its own, not the zone named earlier in the document)?"""
    tags = word_tags()
    return any((tags.get(text[s - n:s]) or "").startswith("ns") for n in (2, 3) if s >= n)


class _Covers:
    """Does one of `spans` cover [s, e)?  By bisection over the spans sorted by start, with the
    furthest end reached so far (a scan of every span for every match made a text that repeats a
    zone's kind quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def __call__(self, s: int, e: int) -> bool:
        k = bisect.bisect_right(self.starts, s)
        return k > 0 and self.reach[k - 1] >= e


@lru_cache(maxsize=1)
def _zone_endings() -> dict[str, tuple[str, ...]]:
    """zone_short_names.tsv: a zone's kind written alone → the name endings it stands for."""
    out: dict[str, tuple[str, ...]] = {}
    for row in L.load_table("zone_short_names.tsv"):
        out[row["short"]] = out.get(row["short"], ()) + (row["ending"],)
    return out


@lru_cache(maxsize=1)
def _functional_zones() -> dict[str, list[Division]]:
    """The division table's development zones (functional divisions) by parent code."""
    out: dict[str, list[Division]] = {}
    for d in table().by_code.values():
        if d.functional:
            out.setdefault(d.parent, []).append(d)
    return out


@lru_cache(maxsize=1)
def _zone_kinds_re() -> re.Pattern:
    """The zone kinds written alone (`_zone_endings`), longest first, as one pattern (built once:
    its alternation cost more than the scan of a short document)."""
    return re.compile(alt(sorted(_zone_endings(), key=len, reverse=True)))


def _listed_zones(doc: Doc) -> None:
    """开发区 / 高新区 written alone as an item of a list of a city's counties (采购额超过1亿元的县市区
    有莱阳、栖霞、开发区、蓬莱) is that city's development zone, when the division table lists
    exactly one functional zone of the city with that kind of name (烟台经济技术开发区), also with the
    city's 市 before it (霍山县、市开发区、叶集区: 六安经济技术开发区).  Only inside a list whose
    neighbouring item is one of the city's counties: 开发区 alone elsewhere is the kind, not a place;
    the kind closing a longer name (襄城县先进制造业开发区、襄城县自然资源局) is that name's, no item alone."""
    endings = _zone_endings()
    kinds = _zone_kinds_re()
    sep = place_chars("list_separators")
    by_article = mentions_by_article(doc)
    for art in doc.articles:
        counties = [m for m in by_article.get(art.id, ()) if m.label == "Place" and m.astart >= 0
                    and m.attrs.get("level") == "county" and m.attrs.get("parent")]
        if not counties:
            continue
        ends = {m.aend: m.attrs["parent"] for m in counties}
        starts = {m.astart: m.attrs["parent"] for m in counties}
        for mt in kinds.finditer(art.text):
            s, e = mt.span()
            if s >= 2 and art.text[s - 1] in _CITY_OWN and art.text[s - 2] in sep:
                s -= 1  # 霍山县、市开发区、叶集区: the city's own zone, its 市 written before the kind
            if s and is_han(art.text[s - 1]) and art.text[s - 1] not in sep:
                continue  # 襄城县先进制造业开发区、襄城县自然资源局: the kind closes a longer name, no zone alone
            before = _county_item_before(art.text, s - 1, ends) if s and art.text[s - 1] in sep else None
            after = starts.get(e + 1) if art.text[e:e + 1] and art.text[e] in sep else None
            zones = [d for d in _functional_zones().get(before or after, ())
                     if d.name.endswith(endings[mt.group(0)])]
            if len(zones) == 1:
                z = zones[0]
                doc.add_mention(art, s, e, "Place", "gazetteer.listed-zone", norm=z.name,
                                code=z.code, level=z.level, parent=z.parent)


@lru_cache(maxsize=1)
def _listed_new_area_re() -> re.Pattern:
    """An item of a list (after a separator, before a separator or the last item's joiner) of two or
    three characters and a new area's kind (place_grammar listed_new_area_kinds): 、松山新区、."""
    sep = re.escape(place_chars("list_separators"))
    last = alt(place_words("list_last_joiners"))
    return re.compile(f"(?<=[{sep}])[{HAN}]{{2,3}}(?:{alt(place_words('listed_new_area_kinds'))})"
                      f"(?=[{sep}]|(?:{last}))")


def _listed_new_areas(doc: Doc) -> None:
    """锦州: 古塔区、松山新区、滨海新区和凌河区分别增长27.5%、21.8%、14.1%和3.8%: a new area written as an item
    of a list whose neighbouring item (before or after it) is a county of a city is that city's own new area
    (a place without a code, in the city), when no place is read there yet: the list's figures pair with
    every item.  Only between two items: a 新区 alone, or after a word of its own, is left alone."""
    pattern = _listed_new_area_re()
    sep = place_chars("list_separators")
    lasts = place_words("list_last_joiners")
    by_article = mentions_by_article(doc)
    for art in doc.articles:
        mentions = by_article.get(art.id, ())
        counties = [m for m in mentions if m.label == "Place" and m.astart >= 0
                    and m.attrs.get("level") == "county" and m.attrs.get("parent")]
        if not counties:
            continue
        ends = {m.aend: m.attrs["parent"] for m in counties}
        starts = {m.astart: m.attrs["parent"] for m in counties}
        placed = sorted((m for m in mentions if m.label == "Place" and m.astart >= 0), key=lambda m: m.astart)
        place_starts = [m.astart for m in placed]
        widest = max((m.aend - m.astart for m in placed), default=0)
        for mt in pattern.finditer(art.text):
            s, e = mt.span()  # (the places over the item by bisection: a scan of all of them per item was quadratic)
            over = [m for m in placed[bisect.bisect_left(place_starts, s - widest):bisect.bisect_left(place_starts, e)]
                    if s < m.aend]
            same = over[0] if len(over) == 1 and (over[0].astart, over[0].aend) == (s, e) \
                and over[0].attrs.get("level") == "zone" and not over[0].attrs.get("code") \
                and not over[0].attrs.get("parent_key") else None
            if over and same is None:
                continue  # (a division of the table, or a zone placed already)
            before = ends.get(s - 1)
            joiner = next((w for w in lasts if art.text.startswith(w, e)), None)
            after = starts.get(e + 1) if art.text[e:e + 1] in sep else starts.get(e + len(joiner)) if joiner else None
            if before is None and after is None or before and after and before != after:
                continue
            city = before or after
            if same is not None:  # 滨海新区 read as the city's own zone, with no city: the list's city
                same.attrs["parent_key"], same.attrs["parent_code"] = f"place-{city}", city
                continue
            doc.add_mention(art, s, e, "Place", "gazetteer.listed-new-area", norm=mt.group(0), code=None,
                            level="zone", parent_key=f"place-{city}", parent_code=city)


_FIGURE_AFTER_ITEM = re.compile(r"[0-9０-９][0-9０-９.．%％]*[^\s、，,；;：:。0-9]{0,3}")


def _county_item_before(text: str, sep_at: int, ends: dict[int, str]) -> str | None:
    """The city of the county whose list item closes at the separator at `sep_at`: the county's
    name right before it (莱阳、开发区), or its name and its figure (颍东区10个、市开发区5个: a list
    of each place's count); None when the item before is no county of the list."""
    if sep_at in ends:
        return ends[sep_at]
    for k in range(sep_at - 1, max(0, sep_at - 10), -1):
        if k in ends and _FIGURE_AFTER_ITEM.fullmatch(text, k, sep_at):
            return ends[k]
    return None


_CITY_OWN = place_chars("zone_city_own")  # 市开发区 in a list of the city's counties: the city's zone (_listed_zones)
_ZONE_NOT_BEFORE = place_chars("zone_alone_not_before")  # 高新区管委会: the committee's name, read by agencies


@lru_cache(maxsize=1)
def _bare_zone_kinds() -> re.Pattern | None:
    """The zone kinds written alone (zone_short_names.tsv, alone = yes), longest first; read and
    compiled once, not per document."""
    alone = sorted({r["short"] for r in L.load_table("zone_short_names.tsv") if r.get("alone") == "yes"},
                   key=len, reverse=True)
    return re.compile(alt(alone)) if alone else None


def _bare_zones(doc: Doc) -> None:
    """高新区 / 经开区 written alone outside a list (其中仅高新区就完成…) is the zone of the one city
    the article names, when the division table lists exactly one functional zone of that city with
    that kind of name (烟台高新技术产业开发区).  Not after 各/每 (各高新区: every zone), nor after a
    word it qualifies (国家高新区, 省级高新区: the kind), nor when two cities are named."""
    kinds, endings = _bare_zone_kinds(), _zone_endings()
    if kinds is None:
        return
    tags = word_tags()
    articles = {a.id: a for a in doc.articles}
    for art_id, ms in mentions_by_article(doc).items():
        art = articles[art_id]
        places = [m for m in ms if m.label == "Place" and m.astart >= 0]
        cities = {m.attrs.get("code") for m in places if m.attrs.get("level") == "city" and m.attrs.get("code")}
        if len(cities) != 1:
            continue
        taken = [(m.astart, m.aend) for m in places]
        city = cities.pop()
        for mt in kinds.finditer(art.text):
            s, e = mt.span()
            if any(a < e and s < b for a, b in taken) or art.text[e:e + 1] in _ZONE_NOT_BEFORE or \
                    (s and art.text[s - 1] in place_chars("zone_repeat_not_after")) or \
                    (s >= 2 and (tags.get(art.text[s - 2:s]) or "").startswith(("n", "b", "a"))):
                continue
            zones = [d for d in _functional_zones().get(city, ()) if d.name.endswith(endings[mt.group(0)])]
            if len(zones) == 1:
                z = zones[0]
                doc.add_mention(art, s, e, "Place", "gazetteer.bare-zone", norm=z.name,
                                code=z.code, level=z.level, parent=z.parent)


_VILLAGE_SUFFIX = "村"


def _chain_parent_span(parent, level: str, committee: int) -> tuple[int, int] | None:
    """The span of the place a chained village or community lies in: the place written before it
    (新场镇|大坡村), but a community written right after a village (凤凰县大坡村茨岩社区, a title listing
    the two places visited) is the village's neighbour, no part of it: the village's own parent
    (None when the village has none written) — huazhong102."""
    if level == "community" and not committee and parent.attrs.get("level") == "village":
        return parent.attrs.get("parent_mention")
    return (parent.astart, parent.aend)


def _village_community_end(text: str, name: str, e: int) -> int:
    """谢家湾街道民主村社区, 劳动一村社区: a community named after the village it was (民主村) ends
    with its 社区, not with the 村 inside its name: the end of the whole name."""
    if name.endswith(_VILLAGE_SUFFIX):
        suffix = next((w for w in _COMMUNITY if text.startswith(w, e)), None)
        if suffix:
            return e + len(suffix)
        if text.startswith(_VILLAGE_SUFFIX, e) and (e + 1 == len(text) or text[e + 1] in _DOUBLED_VILLAGE_CLOSERS):
            return e + 1  # 城北镇上村村等24个村: the village 上村村 (上村村民 stays 上村's villagers)
        if text[e:e + 1] in _INNER_VILLAGE_TAILS and text.startswith(_VILLAGE_SUFFIX, e + 1) \
                and (e + 2 == len(text) or text[e + 2] not in _VILLAGE_WORD_SECONDS):
            return e + 2  # 长潭河侗族乡猫村子村: the village 猫村子村, no 猫村 (猫村子村民: 猫村子's villagers)
    return e


# huazhong102: a village named after a hamlet written 村子, 村头, 村口 (猫村子村, 李村头村): the character after
# the first 村 and the 村 after it are the name's end; 村民, 村委 after them are words of the village
_INNER_VILLAGE_TAILS = place_chars("inner_village_tails")
_VILLAGE_WORD_SECONDS = place_chars("village_word_seconds")


_DOUBLED_VILLAGE_CLOSERS = place_chars("doubled_village_closers") + place_chars("clause_marks") \
    + place_chars("list_separators") + "\n"


@lru_cache(maxsize=1)
def _corps_cities() -> dict[str, str]:
    """The 兵团's division numerals (八) → the code of the city each governs (石河子市: 659001),
    from corps_divisions.tsv; a city the table does not hold once is left out."""
    T = table()
    out = {}
    for r in L.load_table("corps_divisions"):
        codes = T.by_name.get(r["city"], [])
        if len(codes) == 1:
            out[r["division"]] = codes[0]
    return out


def _corps_regiment_re() -> re.Pattern:
    """[第]八师 (the division, optional), then a regiment: 一四三团, 八团, 185团 (Chinese numerals, one
    to four, or two or three digits), not opening another word (团长, 团委, 团结: corps_regiment_not_after)."""
    nums = re.escape(place_chars("corps_regiment_numerals"))
    mark, prefix = place_words("corps_division_mark")[0], place_words("corps_division_prefix")[0]
    suffix = place_words("corps_regiment_suffix")[0]
    return re.compile(rf"(?:{prefix}?([{nums}]{{1,3}}){mark})?((?:[{nums}]{{1,4}}|[0-9]{{2,3}}){suffix})"
                      rf"(?![{re.escape(place_chars('corps_regiment_not_after'))}])")


_CORPS_REGIMENT = _corps_regiment_re()


def _corps_regiments(doc: Doc) -> None:
    """The 兵团's regiments (团场): 八师石河子市一四三团, 第一师八团, 兵团第十师185团: a regiment written
    right after the city its division governs (a Place of the table's 兵团 cities, 6590…) or right
    after its division (第一师, 八师: corps_divisions.tsv) is a township-level place of that city.
    Read only in a document that names the 兵团 (corps_word) and a place of Xinjiang, so that an
    army's 二十六师七十七团 elsewhere, or 黑龙江生产建设兵团's 一师一团, stays unread; each regiment is
    tried where a place or a 师 ends, a bounded match."""
    cities = _corps_cities()
    province = next(iter(cities.values()), "")[:2]  # 65: Xinjiang (黑龙江生产建设兵团's 一师一团 is none of these)
    if place_words("corps_word")[0] not in doc.text \
            or not any(m.label == "Place" and str(m.attrs.get("code") or "").startswith(province) for m in doc.mentions):
        return
    corps_city_codes = set(cities.values())
    mark = place_words("corps_division_mark")[0]
    lone_city = _lone_corps_city(doc, cities, corps_city_codes)
    for art in doc.articles:
        ends: dict[int, str] = {}
        for m in doc.mentions:
            if m.article == art.id and m.label == "Place" and m.attrs.get("code") in corps_city_codes and m.aend > 0:
                ends[m.aend] = m.attrs["code"]
        starts = set(ends)
        i = art.text.find(mark)
        while i > 0:  # each 师: the regiment after it (第一师八团), or after its city (八师石河子市一四三团)
            starts.add(i - 3 if i >= 3 else 0)
            i = art.text.find(mark, i + 1)
        taken: set[int] = set()
        found: dict[str, str] = {}
        for s0 in sorted(starts):
            for s in range(s0, min(s0 + 4, len(art.text))):
                mt = _CORPS_REGIMENT.match(art.text, s)
                if mt is None or (mt.group(1) is None and s not in ends) or mt.start(2) in taken:
                    continue
                code = ends.get(s) if mt.group(1) is None else cities.get(mt.group(1))
                if code is None or (s not in ends and s > 0 and art.text[s - 1] in place_chars("corps_regiment_numerals")):
                    continue
                rs, re_ = mt.span(2)
                taken.add(rs)
                found[art.text[rs:re_]] = code
                doc.add_mention(art, rs, re_, "Place", "gazetteer.corps-regiment", norm=art.text[rs:re_],
                                code=None, level="township", parent_key=f"place-{code}", parent_code=code)
                break
        _repeated_regiments(doc, art, found, taken)
        if lone_city is not None and all(c == lone_city for c in found.values()):
            _bare_regiments(doc, art, lone_city, taken)
        _regiment_companies(doc, art)


def _corps_division_re() -> re.Pattern:
    """A division written by its numeral (二师, 十四师, 农六师, 第十二师): the numeral, one to three
    Chinese numerals right before 师 (教师, 律师 have none), 师 opening no other word (第一师范学院, 一师一校:
    corps_division_not_after)."""
    nums = re.escape(place_chars("corps_regiment_numerals"))
    return re.compile(rf"([{nums}]{{1,3}}){place_words('corps_division_mark')[0]}"
                      rf"(?![{re.escape(place_chars('corps_division_not_after'))}])")


_CORPS_DIVISION = _corps_division_re()


def _lone_corps_city(doc: Doc, cities: dict[str, str], city_codes: set[str]) -> str | None:
    """The one 兵团 city a document speaks of (二师铁门关市 … 师市), or None: every division it writes
    (二师, 农六师; one the table gives no city, 第十二师, counts as another) and every 兵团 city it names
    must be the same one.  One scan of the text and one pass over the mentions."""
    seen: set[str] = set()
    for mt in _CORPS_DIVISION.finditer(doc.text):
        seen.add(cities.get(mt.group(1), "division-" + mt.group(1)))
    seen.update(str(m.attrs.get("code")) for m in doc.mentions
                if m.label == "Place" and m.attrs.get("code") in city_codes)
    return next(iter(seen)) if len(seen) == 1 and next(iter(seen)) in city_codes else None


def _bare_regiment_re() -> re.Pattern:
    """A regiment written alone (三十四团, 二十二团, 136团): two to four Chinese numerals that no
    numeral or digit opens, the first no 百, 〇 or 零 (百团大战), or two or three digits, then 团
    that no word character continues (团长, 团委: corps_regiment_not_after).  A single numeral
    (一团, 十团) is left alone: 一团和气, 抱成一团."""
    nums = place_chars("corps_regiment_numerals")
    firsts = "".join(c for c in nums if c not in place_chars("corps_regiment_not_first"))
    suffix = place_words("corps_regiment_suffix")[0]
    return re.compile(rf"(?<![{re.escape(nums)}0-9])(?:[{re.escape(firsts)}][{re.escape(nums)}]{{1,3}}|[0-9]{{2,3}}){suffix}"
                      rf"(?![{re.escape(place_chars('corps_regiment_not_after'))}])")


_BARE_REGIMENT = _bare_regiment_re()


def _bare_regiments(doc: Doc, art: Article, code: str, taken: set[int]) -> None:
    """二师铁门关市 … 在三十四团七连, 在二十二团: in a document of one 兵团 division and its city
    (`_lone_corps_city`), a regiment written alone, its division not repeated, is a township-level
    place of that city.  One scan of the article."""
    text = art.text
    for mt in _BARE_REGIMENT.finditer(text):
        i, e = mt.span()
        if i in taken:
            continue
        taken.add(i)
        doc.add_mention(art, i, e, "Place", "gazetteer.corps-regiment", norm=mt.group(0),
                        code=None, level="township", parent_key=f"place-{code}", parent_code=code)


def _company_re() -> re.Pattern:
    """A regiment's company (连队) written right after it: one to three Chinese numerals, or one or two
    digits, then 连 that no word character continues (连续, 连片, 连年: corps_company_not_after)."""
    nums = re.escape(place_chars("corps_regiment_numerals"))
    return re.compile(rf"(?:[{nums}]{{1,3}}|[0-9]{{1,2}}){place_words('corps_company_suffix')[0]}"
                      rf"(?![{re.escape(place_chars('corps_company_not_after'))}])")


_CORPS_COMPANY = _company_re()


def _regiment_companies(doc: Doc, art: Article) -> None:
    """十团五连, 三十四团七连, 一〇三团十四连: a company written right after a regiment read here is a
    village-level place of that regiment (the 兵团's 连队 as a township's 村).  One match per regiment."""
    regiments = [m for m in doc.mentions if m.article == art.id and m.rule == "gazetteer.corps-regiment"]
    for m in regiments:
        mt = _CORPS_COMPANY.match(art.text, m.aend)
        if mt is None:
            continue
        doc.add_mention(art, mt.start(), mt.end(), "Place", _COMPANY_RULE, norm=mt.group(0),
                        code=None, level="village", parent_mention=(m.astart, m.aend),
                        qualified=art.text[m.astart:mt.end()])


def _repeated_regiments(doc: Doc, art: Article, found: dict[str, str], taken: set[int]) -> None:
    """一四三团始建于1950年, 八团距阿克苏市84公里: a regiment read after its division (`_corps_regiments`)
    and written again alone in the article is the same place; each later writing that no numeral
    opens or closes and no word character after 团 continues (团长, 团委) is its mention too."""
    if not found:
        return
    nums, bad_after = place_chars("corps_regiment_numerals"), place_chars("corps_regiment_not_after")
    text = art.text
    names = re.compile("|".join(re.escape(n) for n in sorted(found, key=len, reverse=True)))
    for mt in names.finditer(text):  # (one pass over the article, however many regiments it lists)
        i, e = mt.span()
        if i not in taken and not (i > 0 and (text[i - 1] in nums or text[i - 1].isdigit())) \
                and not (e < len(text) and text[e] in bad_after):
            taken.add(i)
            code = found[mt.group(0)]
            doc.add_mention(art, i, e, "Place", "gazetteer.corps-regiment", norm=mt.group(0),
                            code=None, level="township", parent_key=f"place-{code}", parent_code=code)


_ABOVE_CITY_LEVELS = ("country", "province")  # (yungui97, 06-guizhou-nitu: 贵州山村 — base: Place 山村)


def _subplaces(doc: Doc) -> None:
    """Communities and villages: chained after a place mention, or after a locative verb."""
    by_article: dict[str, list] = {}
    for m in doc.mentions:
        if m.label == "Place":
            by_article.setdefault(m.article, []).append(m)
    all_dropped: set[int] = set()  # repeated short names that open a community's name, dropped once
    for art in doc.articles:
        places = sorted(by_article.get(art.id, []), key=lambda m: m.astart)
        occupied = bytearray(len(art.text) + 1)  # characters already named as places

        def free(s: int, e: int) -> bool:
            return 1 not in occupied[s:e]

        def occupy(s: int, e: int) -> None:
            occupied[s:e] = b"\x01" * (e - s)

        for m in places:
            if m.astart >= 0:
                occupy(m.astart, m.aend)
        starts = {m.astart: m for m in places if m.astart >= 0}
        queue = deque(places)
        while queue:
            parent = queue.popleft()
            if id(parent) in all_dropped:
                continue
            rep = _repeated_short(art.text, parent, starts.get(parent.aend))
            if rep is not None:  # 东城区|东城国际社区: the short name opens the community's name
                all_dropped.add(id(rep))
                occupied[rep.astart:rep.aend] = bytes(rep.aend - rep.astart)
            town = _chained_township(art.text, parent, free)
            if town is not None:
                m = doc.add_mention(art, *town, "Place", "gazetteer.township-chain", norm=art.text[town[0]:town[1]],
                                    code=None, level="township", parent=parent.attrs["code"])
                if m:
                    occupy(*town)
                    queue.append(m)
                continue
            adm = _administrative_village(art.text, parent)
            if adm and free(*adm[:2]):
                m = doc.add_mention(art, *adm[:2], "Place", "gazetteer.subplace-chain", norm=adm[2], code=None,
                                    level="village", parent_mention=(parent.astart, parent.aend),
                                    qualified=art.text[parent.astart:adm[1]])
                if m:
                    occupy(*adm[:2])
                    queue.append(m)
                continue
            stationed = _stationed_at(art.text, parent.aend)
            committee = 0 if stationed else _committee_at(art.text, parent)  # 邓阳村委|滩头村
            office = 0 if stationed else _street_office_at(art.text, parent)  # 武当路街办|三桥社区
            after = parent.aend + stationed + office
            mt = _SUBPLACE.match(art.text, after + committee) \
                or _word_subplace(art.text, after) or _long_subplace(art.text, after, parent) \
                or _SECOND_FUNCTION_SUBPLACE.match(art.text, after + committee)
            mt = mt if not committee or (mt and mt.group(1).endswith(_VILLAGE)) else None
            if mt and _framed(art.text, mt.start(1), mt.end(1)):
                mt = _SUBPLACE.match(art.text, mt.start(1) + 1)  # 以|渔邨社区|为样本
            if mt and (gov := _governs_verb_at(art.text, mt.start(1))):
                mt = _SUBPLACE.match(art.text, mt.start(1) + gov)  # 桐村镇|辖|红坑村、裴源村: the verb, no name
            if not mt or (_NOT_SUBPLACE.search(mt.group(1)) and not _township_namesake(parent, mt.group(1))) \
                    or _COUNTED_RUN.search(mt.group(1)) \
                    or _COUNT_OPENED.match(mt.group(1)) or _SHARE_OF_VILLAGES.match(art.text, mt.start(1)) \
                    or (stationed and not _stationed_village(mt.group(1))):
                continue
            s, e = mt.span(1)
            verb = _leading_verb(art.text, s, e) if not committee and not stationed else 0
            s += verb  # 德钦县|实施|叶日村、拖顶村…: the clause's verb after the place opens no village's name
            if not free(s, e) or (parent.attrs.get("level") in ("village", "community") and not committee
                                  and not proper(mt.group(1)[:-1])):
                continue  # 米苇果勒村|担任村第一书记: a village inside a village has a name
            e = _village_community_end(art.text, mt.group(1), e)
            if _short_name_heads_village(parent, art.text[s:e]):
                all_dropped.add(id(parent))  # 东营|子村: the village 东营子村, no city 东营 before it
                occupied[parent.astart:parent.aend] = bytes(parent.aend - parent.astart)
                if doc.add_mention(art, parent.astart, e, "Place", "gazetteer.subplace-chain",
                                   norm=art.text[parent.astart:e], code=None, level="village"):
                    occupy(parent.astart, e)
                continue
            name = art.text[s:e]
            if parent.attrs.get("level") in _ABOVE_CITY_LEVELS and len(name) == 2 and word_freq().get(name):
                continue  # 多个“山前是山…”的贵州|山村: a mountain village, a word; no village is written under its province alone by a one-character stem
            level = "community" if name.endswith(_COMMUNITY) else "village"
            up = _chain_parent_span(parent, level, committee)
            m = doc.add_mention(art, s, e, "Place", "gazetteer.subplace-chain", norm=name,
                                code=None, level=level, parent_mention=up,
                                qualified=name if up != (parent.astart, parent.aend)
                                else art.text[parent.astart:parent.aend] + name if verb
                                else art.text[parent.astart:e])
            if m:
                occupy(s, e)
                queue.append(m)
                _listed_subplaces(doc, art, m, parent, free, occupy)
                _numbered_villages(doc, art, m, free, occupy)
        for s, e, parent in _street_named_communities(art.text, places, free):
            name = art.text[s:e]  # 近日，金顶街四区社区的老楼加梯项目开工，这是金顶街街道…: 金顶街街道's community
            m = doc.add_mention(art, s, e, "Place", "gazetteer.subplace-street-named", norm=name, code=None,
                                level="community", parent_mention=(parent.astart, parent.aend))
            if m:
                occupy(s, e)
        towns = [m for m in places if m.astart >= 0 and m.attrs.get("level") == "township"]
        town_starts = [m.astart for m in towns]
        for s, e in _anaphor_subplaces(art.text, free):
            name = art.text[s:e]
            town = _anaphor_township(art.text, s, towns, town_starts)
            link = {"parent_mention": (town.astart, town.aend)} if town is not None else {}
            if doc.add_mention(art, s, e, "Place", "gazetteer.subplace-anaphor", norm=name, code=None,
                               level="community" if name.endswith(_COMMUNITY) else "village", **link):
                occupy(s, e)
        quotes = _QuoteIndex(art.text)
        second = (mt for mt in _LOCATIVE_SECOND_FUNCTION.finditer(art.text)
                  if not word_freq().get(art.text[mt.start(1) - 1:mt.start(1) + 1])
                  and art.text[mt.start(1)] not in place_chars("stationed_level_chars"))
        for mt in chain(_LOCATIVE.finditer(art.text), second):
            s, e = mt.span(1)
            e = _village_community_end(art.text, mt.group(1), e)
            name = art.text[s:e]
            if _NOT_SUBPLACE.search(name) or not free(s, e) or quotes.inside(s) or _word_then_in_village(art.text, s, e) \
                    or not _long_gacha_stem_ok(name) or _head_tail_idiom(art.text, e) \
                    or _inside_locative_verb(art.text, mt.start(), s) or _verb_opens_locative_name(name):
                continue
            level = "community" if name.endswith(_COMMUNITY) else "village"
            m = doc.add_mention(art, s, e, "Place", "gazetteer.subplace-locative", norm=name,
                                code=None, level=level)
            if m:
                occupy(s, e)  # (到巴彦查干嘎查、萨如拉嘎查: the list goes on as after a chained one)
                _listed_subplaces(doc, art, m, None, free, occupy)
        # (the runs after a verb are read once the plain runs are taken: `free` sees those)
        runs = chain.from_iterable(find(art.text, free, quotes) for find in (_village_list_runs, _verb_village_list_runs,
                                                                           _community_list_runs))
        for s, e in runs:
            m = doc.add_mention(art, s, e, "Place", "gazetteer.village-list-run", norm=art.text[s:e],
                                code=None, level="community" if art.text.endswith(_COMMUNITY, 0, e) else "village")
            if m:
                occupy(s, e)
                _listed_subplaces(doc, art, m, None, free, occupy)
        for s, e in _lane_communities(art.text, free):
            up = next((m for m in places if m.aend == s and m.attrs.get("level") in ("township", "county")), None)
            # (written alone, its parent is none rather than the nearest county of the sentence: a lane's number is an
            # address, and 到延吉市新村街孔江路645弄居委会 — a typo of 延吉新村街 — is no community of 延吉市; county41)
            link = {"parent_mention": (up.astart, up.aend)} if up is not None else {"no_enclosing_county": True}
            if doc.add_mention(art, s, e, "Place", "gazetteer.lane-community", norm=art.text[s:e], code=None,
                               level="community", **link):
                occupy(s, e)  # 延吉新村街道|控江路645弄居委会: the sub-district's community
        for s, e in _named_spans(_WHOLE_VILLAGE, art.text, free, quotes, _whole_village_stem):
            if doc.add_mention(art, s, e, "Place", "gazetteer.village-whole", norm=art.text[s:e], code=None,
                               level="village"):
                occupy(s, e)  # 后小郭村全村总人口760人: the village whose whole the figures count
        for s, e in _located_townships(art.text, free, quotes):
            if doc.add_mention(art, s, e, "Place", "gazetteer.township-locative", norm=art.text[s:e],
                               code=None, level="township"):
                occupy(s, e)
        for s, e in _described_villages(art.text, free, quotes):
            doc.add_mention(art, s, e, "Place", "gazetteer.village-described", norm=art.text[s:e],
                            code=None, level="village")
            occupy(s, e)
        for s, e in _villages_opening_clause(art.text, free, quotes):
            m = doc.add_mention(art, s, e, "Place", "gazetteer.village-opening", norm=art.text[s:e],
                                code=None, level="village", **_lies_in(art.text, e, starts))
            if m:
                occupy(s, e)
                _numbered_villages(doc, art, m, free, occupy)
        for s, e in _morpheme_villages(art.text, free, quotes):
            if doc.add_mention(art, s, e, "Place", "gazetteer.village-morpheme", norm=art.text[s:e],
                               code=None, level="village"):
                occupy(s, e)
        for s, e in _communities_opening_clause(art.text, free, quotes, starts):
            if doc.add_mention(art, s, e, "Place", "gazetteer.community-opening", norm=art.text[s:e],
                               code=None, level="community", **_lies_in(art.text, e, starts)):
                occupy(s, e)
        above = {m.aend for m in places if m.attrs.get("level") in _STREET_PARENT_LEVELS}
        for s, e in chain(_townships_before_organs(art.text, free, quotes),
                          _streets_before_organs(art.text, free, quotes, above)):
            if doc.add_mention(art, s, e, "Place", "gazetteer.township-organ", norm=art.text[s:e],
                               code=None, level="township"):
                occupy(s, e)
    if all_dropped:  # (one pass over the mentions, not one per dropped name)
        doc.mentions[:] = [m for m in doc.mentions if id(m) not in all_dropped]


_ADMIN_VILLAGE = re.compile(rf"((?:(?![{_FUNCTION_CHARS}{CHINESE_NUMERALS}个])[{HAN}]){{2,4}}?)"
                            rf"(?:{alt(place_words('administrative_village_kinds'))})")
_ADMIN_NOT_OPENING = tuple(place_words("administrative_village_not_opening_tags"))


def _administrative_village(text: str, parent) -> tuple[int, int, str] | None:
    """郑集乡官路边行政村, 东风乡尹寨行政村: right after its township, a village written with its kind in full
    (行政村, as 河南's and 云南's papers write it) is the village of the stem and 村 (官路边村, the form the
    text goes on with); its span is the whole.  Not a stem opening with a verb, preposition or pronoun
    word (乡|下辖七个行政村, 乡|关于开展行政村) nor holding a count (两乡|八个行政村)."""
    if parent.attrs.get("level") != "township":
        return None
    mt = _ADMIN_VILLAGE.match(text, parent.aend)
    if not mt:
        return None
    stem = mt.group(1)
    first = dict_words(stem)[0] if dict_words(stem) else stem
    if len(first) >= 2 and (word_tags().get(first) or "").startswith(_ADMIN_NOT_OPENING):
        return None
    return mt.start(1), mt.end(), stem + _VILLAGE


_DESCRIBED_VILLAGE = re.compile(rf"(?:{alt(place_words('strong_village_openers'))})"
                               rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,3}}(?:{alt(place_words('strong_village_suffixes'))}))")


def _described_villages(text: str, free, quotes) -> list[tuple[int, int]]:
    """步行两个多小时来到双江村最偏远的小布自然村: a natural village (自然村, a kind no common phrase
    ends with) after the phrase describing it (…的): the stem of two or three characters is its name,
    where it holds a proper word (小布; not 偏远的贫困自然村) and no place is read there already."""
    out = []
    for mt in _DESCRIBED_VILLAGE.finditer(text):
        s, e = mt.span(1)
        stem = mt.group(1)[:-len(next(w for w in place_words("strong_village_suffixes") if mt.group(1).endswith(w)))]
        if free(s, e) and not quotes.inside(s) and not _NOT_SUBPLACE.search(mt.group(1)) and proper(stem):
            out.append((s, e))
    return out


def _short_name_heads_village(parent, name: str) -> bool:
    """A city's or county's short name (东营, no 市) before a one-character village stem (子村):
    the short name opens the village's own name (东营子村, 营子 villages of 北京 and 河北), for a
    village is not named by one character after a city written short."""
    return len(name) == 2 and name.endswith(_VILLAGE) and parent.surface != parent.norm \
        and len(parent.surface) == 2 and parent.attrs.get("level") in ("city", "county")


_STREET_SUFFIX = place_words("street_suffix")[0]  # 街道
_STREET_NAMED_MIDDLE = 3  # the words between the street's stem and 社区 (金顶街|四区|社区, 八里庄|北里|社区)
_STREET_NAMED_NOT_MIDDLE = tuple(place_words("street_named_not_middle"))  # 街道, 地区, 辖区, 各: no estate's word


def _street_named_communities(text: str, places, free) -> list[tuple[int, int, object]]:
    """Communities named after the street the article names (金顶街街道 … 金顶街四区社区, 八里庄街道 …
    八里庄北里社区), written bare where no place chains them: (start, end, the street's mention).  The
    stem opens a clause or follows a function character (近日，|金顶街四区社区; 在|…), the words between
    it and 社区 are at most three, no function character nor a word of the street's own (金顶街街道社区
    建设: the street, no community).  One pass over the text's community words, each looking back at
    most three characters and the streets' stem lengths: linear however many streets the article names."""
    streets: dict[str, tuple[int, object]] = {}
    for pl in places:
        name = pl.norm or pl.surface
        if pl.attrs.get("level") == "township" and name.endswith(_STREET_SUFFIX) \
                and len(name) - len(_STREET_SUFFIX) >= 2:
            streets.setdefault(name[:-len(_STREET_SUFFIX)], (len(streets), pl))
    if not streets:
        return []
    lengths = sorted({len(stem) for stem in streets})
    nearest: dict[int, tuple[int, int, int, object]] = {}  # stem's start -> (street order, start, end, street)
    for suffix in _COMMUNITY:
        k = text.find(suffix)
        while k >= 0:
            for gap in range(_STREET_NAMED_MIDDLE + 1):
                j = k - gap
                if gap and (j < 0 or not is_han(text[j]) or text[j] in _FUNCTION_CHARS):
                    break  # (the words between the stem and 社区: Han characters, no function character)
                for n in lengths:
                    i = j - n
                    if i < 0:
                        break
                    hit = streets.get(text[i:j])
                    if hit is None or (is_han(text[i - 1:i]) and text[i - 1] not in _FUNCTION_CHARS) \
                            or text.startswith(_STREET_NAMED_NOT_MIDDLE, j):
                        continue
                    e = k + len(suffix)
                    if i not in nearest or nearest[i][2] > e:
                        nearest[i] = (hit[0], i, e, hit[1])  # (the community word nearest the stem)
            k = text.find(suffix, k + 1)
    return [(i, e, pl) for _o, i, e, pl in sorted(nearest.values(), key=lambda t: (t[0], t[1]))
            if free(i, e) and not _NOT_SUBPLACE.search(text[i:e])]


def _repeated_short(text: str, parent, nxt):
    """The parent's own short name read right after it where a community's or village's name
    opens with it (东城区|东城国际社区, 朝阳区|朝阳新城社区): the mention `nxt` to drop, else None.
    A division is not named twice in a row; the second is the first word of the estate's name.
    Nor does a city or county lie inside a street or town: its short name right after one (海淀街道|苏州
    桥西社区, named for the 苏州桥 there) opens the community's name too (municipal72)."""
    if nxt is None or nxt is parent or not parent.attrs.get("code") or nxt.surface == nxt.norm:
        return None
    if nxt.attrs.get("code") != parent.attrs.get("code") and not _higher_after_township(parent, nxt):
        return None
    mt = _SUBPLACE.match(text, nxt.astart)
    if mt is None or mt.end(1) <= nxt.aend or _NOT_SUBPLACE.search(mt.group(1)):
        return None
    return nxt


def _higher_after_township(parent, nxt) -> bool:
    """Is `nxt` a division above a township (a city's, a county's) read right after a township or
    street `parent`?  Then it is no division of the text: none lies inside a street."""
    return parent.attrs.get("level") == "township" and nxt.attrs.get("level") in _ABOVE_TOWNSHIP


_ABOVE_TOWNSHIP = ("province", "city", "county")
_STATIONED = tuple(place_words("subplace_stationed"))
_STATIONED_LEVEL = place_chars("stationed_level_chars")


_STREET_OFFICE = tuple(sorted(place_words("subplace_street_office"), key=len, reverse=True))
_STREET_OFFICE_PARENT_ENDS = tuple(place_words("street_office_parent_ends"))


def _street_office_at(text: str, parent) -> int:
    """The length of a sub-district's office written right after the sub-district (武当路街办三桥社区,
    珞南街道办珞南社区, 台北街道办事处台北一路社区: 街办, 街道办, 街道办事处 = the office): the community
    after it is the sub-district's, its name starting past the office; 0 where none or the place
    before is no township written with 街 or 街道 (jiedao103)."""
    if parent.attrs.get("level") != "township" or not text.endswith(_STREET_OFFICE_PARENT_ENDS, 0, parent.aend):
        return 0
    return next((len(w) for w in _STREET_OFFICE if text.startswith(w, parent.aend)), 0)


# (the road's name: up to four characters before 路/街/道, no function character; the lane's number: digits)
_LANE_COMMUNITY = re.compile(rf"[{place_chars('road_name_ends')}][0-9]{{1,4}}[{place_chars('lane_marks')}]"
                             rf"(?:{alt(place_words('lane_community_kinds'))})")
_LANE_ROAD_STEM_MAX = 4


def _lane_communities(text: str, free) -> list[tuple[int, int]]:
    """控江路645弄居委会, 长宁路1088弄居民区: a residents' committee named by its lane (Shanghai's 居民区) is a
    community: the road's name (the shortest of two to four characters, no function character, that opens a
    word by the dictionary: 考察|控江路, 四川北路), its number and 弄, then 居委会 or 居民区 (jiedao103, 08-yangpu-yanji).
    One pass of the pattern over the text; each look-back is bounded by the road's longest name."""
    out = []
    for mt in _LANE_COMMUNITY.finditer(text):
        road, e = mt.start(), mt.end()
        for k in range(2, min(_LANE_ROAD_STEM_MAX, road) + 1):  # (the shortest name opening a word)
            s = road - k
            stem = text[s:road]
            if all(is_han(c) and c not in _FUNCTION_CHARS for c in stem) and _starts_word(text, s):
                if free(s, e):
                    out.append((s, e))
                break
    return out


def _stationed_at(text: str, end: int) -> int:
    """The length of a 驻 ("stationed at") right after a place (萨迦县驻扎西岗村工作队, 浪卡子县驻
    强嘎村工作组): the county's team in the village, whose name starts after the verb (扎西岗村,
    not 驻扎西岗村); or of a 的 (上察隅镇的西巴村: the township's village); 0 where none.  The
    village after it must be a name (驻村工作队, 镇的中心村 have none)."""
    return next((len(w) for w in _STATIONED if text.startswith(w, end)), 0)


_COMMITTEE_AFTER_VILLAGE = re.compile(rf"(?:{alt(place_words('village_committee_short'))})(?![{_COMMITTEE_NOT_AFTER}])")


def _committee_at(text: str, parent) -> int:
    """The length of a village's committee written 村委 as in 两广 right after the village (邓阳村委滩头村: the
    administrative village's committee, then a natural village of it, 滩头村); 0 where none or the place
    before is no village.  The village after it must be a name, as after 驻."""
    if parent.attrs.get("level") != "village" or not text.endswith(_VILLAGE, 0, parent.aend):
        return 0
    mt = _COMMITTEE_AFTER_VILLAGE.match(text, parent.aend)
    return mt.end() - parent.aend if mt else 0


def _stationed_village(name: str) -> bool:
    """A village's name after 驻: a stem of two characters or more with no common word of two
    characters or more in it (扎西岗, 强嘎; not 驻点帮扶村's 点帮扶, a phrase)."""
    stem = name[:-1] if name.endswith(_VILLAGE) else name
    tags, freq = word_tags(), word_freq()
    if stem[:1] in _STATIONED_LEVEL:  # 永和镇驻|镇帮镇扶村工作队: 驻镇 (in the town) is the verb phrase
        return False
    return len(stem) >= 2 and all(len(w) < 2 or not freq.get(w) or (tags.get(w) or "").startswith(("ns", "nr", "nz"))
                                  for w in dict_words(stem))


# (等 may be left out before a count: 东门、水贝、金岭三个社区, as before a count of townships; or
# be 共, the total: 大巴镇、苍土乡共6个乡镇, whose last item ends before 共)
_LIST_COUNT_DIGITS = f"0-9{place_chars('count_numerals')}一二七八九十百"
# (every branch opens with 等, 共 or a digit: the look-ahead turns most positions away with one test,
# where each of the four branches was tried at every character of the text)
# (a short word of what the villages grow or are may stand between the count and 村: 三坑、眉山、澄溪等5个茶叶
# 主产村 — two to four characters, none a function word nor a kind of division above the village)
# (an opening year too: 新茂、裕祥、新丰6个|2022年开工任务|村 — the villages the year's works began in)
_LISTED_VILLAGE_MODIFIER = rf"(?:[0-9０-９]{{4}}年)?(?:(?![{_FUNCTION_CHARS}{place_chars('listed_village_modifier_not')}])[{HAN}]){{2,4}}?"
_VILLAGE_LIST_END = re.compile(rf"(?=[等共{_LIST_COUNT_DIGITS}])(?:(?:[等共]?[{_LIST_COUNT_DIGITS}]+个"
                               rf"(?:(?!{alt(place_words('listed_village_kinds'))})"  # (15个|行政村: the kind whole)
                               rf"{_LISTED_VILLAGE_MODIFIER}(?={place_words('subplace_suffixes')[1]}))?"
                               rf"({alt(place_words('listed_village_kinds'))})"
                               rf"|等({alt(place_words('listed_village_kinds_uncounted'))}))"
                               rf"|[等共]?[{_LIST_COUNT_DIGITS}]+个"
                               rf"({alt(place_words('listed_township_kinds'))})"
                               rf"|等(?:{alt(place_words('listed_township_scopes'))})?"
                               rf"(?:{alt(place_words('listed_township_parts'))})?"
                               rf"({alt(place_words('listed_township_kinds'))})"
                               rf"|[{place_chars('count_numerals')}七八九十]({alt(place_words('listed_township_kinds_bare'))}))")
_VILLAGE_LIST_OPENERS = tuple(place_words("listed_village_openers"))
_LISTED_WITHIN = tuple(place_words("listed_within_marks"))


def _listed_villages(doc: Doc) -> None:
    """Villages and communities a township's page lists by name alone before their count (辖有卓杰、
    华东、华北、城南等15个行政村; 和平、中山等8个社区): each item a village (or community) without a
    code, not the region, city or word so named (华东, 中山市, 城南); an item that is a common word
    (和平, 解放) is left alone.  Items are two to four characters between list marks; the first
    one after its opener (辖有) or a clause mark."""
    items: list[tuple[Article, int, int, str]] = []
    counties = _CountyCodes(doc)  # (asked only for a list of townships)
    for art in doc.articles:
        towns_end = -1
        for mt in _VILLAGE_LIST_END.finditer(art.text):
            if _counts_one(mt.group(0)):
                continue  # 选好一个村支书、配好一个村班子: a list of names is of two or more
            if art.text.endswith(_LISTED_WITHIN, 0, mt.start()) or mt.start() == towns_end:
                continue  # 车往镇、回隆镇内11个村, 东海、金厢、碣石三镇|17个村: the villages within the townships listed
            kind = mt.group(1) or mt.group(2) or mt.group(3) or mt.group(4) or mt.group(5)
            towns = bool(mt.group(3) or mt.group(4) or mt.group(5))
            towns_end = mt.end() if towns else towns_end
            level = "township" if towns else "community" if kind.endswith(_COMMUNITY) else "village"
            coded = (lambda stem: _listed_township(stem, counties())[1] is not None) if towns else None
            found = [(art, s, e, level) for s, e in _village_list_items(art.text, mt.start(), coded)
                     if not _NOT_SUBPLACE.search(art.text[s:e]) and (not _is_dictionary_word(art.text[s:e])
                     or towns and coded(art.text[s:e]))]
            if (mt.group(4) or mt.group(5)) and not all(coded(art.text[s:e]) for _, s, e, _ in found):
                continue  # 沙石、沙河、水东等乡镇 with no count, or 金厢、碣石三镇: each a township of the text's counties
            items += found
    if not items:
        return
    spans = {(art.id, s, e) for art, s, e, _ in items}  # one pass over the mentions, not one per item
    # (a township another finder coded at the item's span keeps its code: 平安地镇、…、苍土乡共6个乡镇
    # names no county, and the table's one 苍土乡 was read before the list)
    coded_at = {(m.article, m.astart, m.aend): (m.norm, m.attrs["code"]) for m in doc.mentions
                if m.label == "Place" and m.attrs.get("code") and (m.article, m.astart, m.aend) in spans}
    doc.mentions[:] = [m for m in doc.mentions if not (m.label == "Place" and (m.article, m.astart, m.aend) in spans)]
    for art, s, e, level in items:
        name, code = art.text[s:e], None
        if level == "township":
            name, code = _listed_township(name, counties())
            if code is None and (art.id, s, e) in coded_at:
                name, code = coded_at[(art.id, s, e)]
        doc.add_mention(art, s, e, "Place", "gazetteer.village-list", norm=name, code=code, level=level)


# a heading line of a township alone, maybe numbered ((一)塘渡口镇, 1.姜席镇, 九公桥镇:)
_HEADING_NUMBER = re.compile(rf"[ \t\u3000]*[（(]?[{CHINESE_NUMERALS}0-9]{{1,3}}[)）、.．]?[ \t\u3000]*")
_HEADED_COMMUNITY = place_words("community_suffixes")[0]  # 社区
# a line that is nothing but villages or communities, each its own name (白羊铺村、双杏村、书堂山村; 金珠社区)
_HEADED_ITEM = re.compile(rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,4}}?(?:{_VILLAGE_SUFFIX}|{_HEADED_COMMUNITY}))"
                          rf"(?:[{place_chars('list_separators')}]|[。；;]?[ \t\u3000]*$)")
_HEADED_LINE_MAX = 120  # characters of a headed line of villages at most (a list, no paragraph)
_HEADING_NUMBER_MAX = 8  # characters of a heading's number before its township, or of its close after it


def _villages_under_heading(doc: Doc) -> None:
    """A risk-area notice lists its villages under their township, one heading a line ((一)塘渡口镇 ⏎
    白羊铺村、双杏村、书堂山村; (三)九公桥镇 ⏎ 四联村): a township (a Place of level township) standing alone
    on its line, maybe numbered, over a line made only of names ending in 村 or 社区 — each a village
    (or community) of that township; one already read keeps its span and gains the parent.  The line
    under must be wholly such names (a prose line under a heading is no list), each no word of the
    dictionary nor of `not_subplace_words` (新农村, 示范村).  Bounded: the township's line and the next."""
    grouped = mentions_by_article(doc)  # (one pass over the mentions, not one per article)
    for art in doc.articles:
        text = art.text
        mine = [m for m in grouped.get(art.id, ()) if m.label == "Place" and m.astart >= 0]
        towns = [m for m in mine if m.attrs.get("level") == "township"]
        if not towns:
            continue
        at = {(m.astart, m.aend): m for m in mine}
        taken = bytearray(len(text) + 1)  # (once per article: no pass over the mentions per item)
        for m in mine:
            taken[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
        for t in towns:  # (each look a fixed number of characters: the heading's number, its line's end, the next line)
            ls = text.rfind("\n", max(0, t.astart - _HEADING_NUMBER_MAX), t.astart) + 1
            ls = len(text) if ls == 0 and t.astart > _HEADING_NUMBER_MAX else ls  # (no line's start near: no heading)
            le = text.find("\n", t.aend, t.aend + _HEADING_NUMBER_MAX)
            if ls > t.astart or le < 0 or (text[ls:t.astart].strip() and not _HEADING_NUMBER.fullmatch(text, ls, t.astart)) \
                    or text[t.aend:le].strip(" \t\u3000:："):
                continue  # the township is no heading alone on its line
            ns = le + 1
            ne = text.find("\n", ns, ns + _HEADED_LINE_MAX + 1)
            ne = len(text) if ne < 0 and len(text) - ns <= _HEADED_LINE_MAX else ne
            if ne <= ns:
                continue
            items, k = [], ns
            while k < ne:
                mt = _HEADED_ITEM.match(text, k, ne)
                if mt is None:
                    items = []
                    break
                items.append(mt.span(1))
                k = mt.end()
            if not items or any(_NOT_SUBPLACE.search(text[s:e]) or _is_dictionary_word(text[s:e]) for s, e in items):
                continue
            for s, e in items:
                m = at.get((s, e))
                if m is not None:
                    if not (m.attrs.get("parent") or m.attrs.get("parent_mention") or m.attrs.get("code")):
                        m.attrs["parent_mention"] = (t.astart, t.aend)
                    continue
                if 1 in taken[s:e]:
                    continue
                level = "community" if text.endswith(_HEADED_COMMUNITY, s, e) else "village"
                doc.add_mention(art, s, e, "Place", "gazetteer.heading-villages", norm=text[s:e], code=None,
                                level=level, parent_mention=(t.astart, t.aend))


class _CountyCodes:
    """The codes of the counties a document names, gathered once, when first asked: those named
    themselves and those of the coded townships it names (我县在坂仔镇召开… 文峰、山格、坂仔等我县东部乡镇:
    坂仔镇's county, 平和县, whose name the page gives only in its site's name)."""

    def __init__(self, doc: Doc):
        self.doc, self.codes = doc, None

    def __call__(self) -> frozenset[str]:
        if self.codes is None:
            places = [m.attrs for m in self.doc.mentions if m.label == "Place" and m.attrs.get("code")]
            self.codes = frozenset([a["code"] for a in places if a.get("level") == "county"]
                                   + [a["code"][:6] for a in places if a.get("level") == "township"
                                      and len(a["code"]) == 9])
        return self.codes


def _listed_township(stem: str, counties: frozenset[str]) -> tuple[str, str | None]:
    """(name, code) of a township listed by its stem (新桥、大田2个乡镇): the one township of the
    text's counties named so with a township's suffix (大田乡 of 泰宁县) or a street's (拱星墩 → 拱星墩街道),
    else the stem, no code.  An item written with its suffix (务欢池镇、大巴镇、苍土乡共6个乡镇) is that township itself."""
    T = table()
    found = [(n, c) for county in sorted(counties) for n, c in T.townships(county).items()
             if n.startswith(stem) and n[len(stem):] in _LISTED_SUFFIXES]
    if not found and stem.endswith(tuple(_TOWNSHIP_SUFFIXES)):
        found = [(n, c) for county in sorted(counties) for n, c in T.townships(county).items() if n == stem]
    return found[0] if len(found) == 1 else (stem, None)


_TOWNSHIP_SUFFIXES = frozenset(place_words("township_suffixes"))
# (拱星墩、东岗、嘉峪关路三个街道办事处: streets listed by their stems too, 拱星墩街道 of 城关区)
_LISTED_SUFFIXES = _TOWNSHIP_SUFFIXES | frozenset(place_words("street_suffix"))


def _county_then_stem(item: str, coded) -> int:
    """章贡区沙河、沙石、水东等4个乡镇: the list's first township written right after its county
    with no mark between — the stem after the county's suffix (区, 县, 市, 旗), where it is one of
    the text's counties' townships (`coded`).  Its length, else 0."""
    if coded is None:
        return 0
    return next((k for k in (2, 3) if len(item) > k and item[-k - 1] in _COUNTY_LAST and coded(item[-k:])), 0)


_COUNTY_LAST = frozenset(place_chars("county_list_last"))


def _verb_then_stem(item: str, coded) -> int:
    """督导龙华、福城、大浪3个街道 (yingji93, 09-longhua-duzhu): the list's first township written
    right after the clause's verb with no mark between — the stem at the item's end (two or three
    characters) is one of the text's counties' townships (`coded`) and the whole item is none, the
    characters before it (two at least) no place of the list.  Its length, else 0."""
    if coded is None or len(item) < 4 or coded(item):
        return 0
    return next((k for k in (3, 2) if (len(item) - k >= 2 or _going_verb_before(item, k)) and coded(item[-k:])), 0)


_LIST_GOING_VERBS = place_chars("list_going_verbs")


def _going_verb_before(item: str, k: int) -> bool:
    """赴新兴镇、谢家湾乡、安远镇、大庄镇4个乡镇 (shuangyong120, 07-gangu-xibao): one character before the
    stem of k, a verb of going (赴, 到): the visit went to 新兴镇, no township 赴新兴镇."""
    return len(item) - k == 1 and item[0] in _LIST_GOING_VERBS
_COUNTY_ANAPHOR = place_chars("county_list_anaphor")


def _bare_county_before(item: str) -> int:
    """截至目前，县合德镇、临海镇、新坍镇3个乡镇…: the text's own county written bare (县) right
    before the list's first township — the length of that word (1), the township's name starting
    after it; 0 where the rest is no township of a stem of two characters or more (县功镇, 县底镇
    are townships' own names)."""
    return 1 if len(item) >= 4 and item[0] in _COUNTY_ANAPHOR and item[-1] in _TOWNSHIP_SUFFIXES else 0


def _village_then_stem(item: str) -> int:
    """海联村茅坪铺、八角山…等自然村: the list's first natural village written right after its
    administrative village (村) with no mark between — the length of the stem after the village's
    suffix (two to four characters, the village's own stem two or more), else 0."""
    k = item.rfind(_VILLAGE)
    return len(item) - k - 1 if k >= 2 and 2 <= len(item) - k - 1 <= 4 else 0


def _counts_one(closing: str) -> bool:
    """Does a list's closing count say one (…、配好|一个村班子)?  Two names or more are counted two
    or more: 一个村 after a clause is one village's word (一个村班子, 一个村支书), no list."""
    count = closing.lstrip("等共").split("个", 1)[0]
    return count in ("一", "1")


def _village_list_items(text: str, end: int, coded=None) -> list[tuple[int, int]]:
    """The items of a list of names closed at `end` (…、华北、城南|等15个行政村), right to left:
    two to four Han characters each, no function character, the first one after its opener
    (椰林镇辖有|卓杰), a clause mark or, in a list of townships, its county (`_county_then_stem`); the list ends at the first item that is none, and is no
    list with fewer than two."""
    out: list[tuple[int, int]] = []
    e = end
    seps = place_chars("list_separators")
    while True:
        s = e
        while s > 0 and is_han(text[s - 1]) and text[s - 1] not in seps and e - s < 7:
            s -= 1
        item = text[s:e]
        first = s == 0 or text[s - 1] not in seps
        if first:  # the first item: after its opener or a clause mark
            at = max((item.rfind(o) + len(o) for o in _VILLAGE_LIST_OPENERS if o in item), default=0)
            if not at and (k := _county_then_stem(item, coded) or _verb_then_stem(item, coded)):
                at = len(item) - k
            if not at and (k := _village_then_stem(item)):
                at = len(item) - k
            elif not at and s > 0 and (is_han(text[s - 1]) or text[s - 1].isdigit()):
                break  # (全市21个乡镇场、沿河83个行政村: after a count, its unit and noun, no first name)
            at = at or _bare_county_before(item)
            s, item = s + at, item[at:]
        if not 2 <= len(item) <= 4 or any(c in _FUNCTION_CHARS for c in (item if first else item[:1])):
            break  # (铜将军 inside the list, between its marks: a character of a name, no function word)
        out.append((s, e))
        if first:
            break
        e = s - 1
    return out if len(out) >= 2 else []


_SUBPLACE_ANAPHOR = re.compile(alt(place_words("subplace_anaphora")))
_CLAN_MARKS = place_chars("clan_village_marks")


def _clan_stem(stem: str) -> bool:
    """杜家, 王家 (a one-character family name and 家): a clan's village named after it, though jieba
    tags the pair a common noun (guanzhong87: 该镇杜家村举行签约仪式)."""
    return len(stem) == 2 and stem[1] in _CLAN_MARKS and stem[0] in L.single_surnames()


_TOWN_ANAPHOR_KINDS = tuple(place_words("township_anaphor_kinds"))  # 镇, 乡, 街道


def _anaphor_township(text: str, s: int, towns, town_starts):
    """The township 该镇, 本乡 stands for before the village at s (岐山县故郡镇 … 该镇杜家村: 故郡镇): the
    nearest township named before it whose name ends as the word does (镇 for 该镇); found by a
    bisection over the article's townships, read once (guanzhong87).  None for 该县, 该区, or when
    no township of that kind precedes."""
    am = _SUBPLACE_ANAPHOR.match(text, max(0, s - 3)) or _SUBPLACE_ANAPHOR.match(text, max(0, s - 2))
    if am is None or am.end() != s:
        return None
    kind = next((k for k in _TOWN_ANAPHOR_KINDS if am.group().endswith(k)), None)
    if kind is None:
        return None
    i = bisect.bisect_left(town_starts, s) - 1
    while i >= 0 and s - town_starts[i] <= _ANAPHOR_TOWN_WINDOW:
        if (towns[i].norm or "").endswith(kind):
            return towns[i]
        i -= 1
    return None


_ANAPHOR_TOWN_WINDOW = 3000  # characters back to the township a word of anaphora may stand for


def _anaphor_subplaces(text: str, free) -> list[tuple[int, int]]:
    """Villages and communities right after a word standing for their township or county (走进该镇
    东岳村, 本乡石桥村): named as after the place itself (`_SUBPLACE`), with a proper name (not 该镇
    中心村, 该县贫困村: a kind of village)."""
    out = []
    for am in _SUBPLACE_ANAPHOR.finditer(text):
        mt = _SUBPLACE.match(text, am.end())
        if mt and _framed_clause(text, *mt.span(1)):
            mt = _SUBPLACE.match(text, mt.start(1) + 1)  # 该镇以|丰河村|的小石沟…为核心
        if not mt or _NOT_SUBPLACE.search(mt.group(1)) or not free(*mt.span(1)):
            continue
        suffix = next(x for x in place_words("subplace_suffixes") if mt.group(1).endswith(x))
        stem = mt.group(1)[:-len(suffix)]
        if proper(stem) or _clan_stem(stem):
            out.append(mt.span(1))
    return out


# organs and people's organisations named after their place (萧山供销社, 恭城县委)
_BODY_HEADS = tuple(sorted(set(L.MASS_ORGS) | set(L.ORGANS), key=len, reverse=True))
# a port or customs house after a unique short name places it as a verb of place does (二连浩特铁路口岸)
_PORT_HEADS = tuple(sorted(place_words("port_heads"), key=len, reverse=True))
_TAG_OPEN, _TAG_CLOSE = place_chars("channel_tag_open_chars"), place_chars("channel_tag_close_chars")


def _channel_tag(text: str, s: int, e: int) -> bool:
    """Is text[s:e] alone in brackets opening a line (`[徐汇]争当时代“活雷锋”`, `【鼓楼】…`)?  A portal's
    district channel tags its headlines with the district's short name: the story is that district's,
    as after a verb of place (`located`), though the story names no city or province (messy70)."""
    return 0 < s and text[s - 1] in _TAG_OPEN and text[e:e + 1] != "" and text[e] in _TAG_CLOSE \
        and (s == 1 or text[s - 2] == "\n")


# 吸引了云和、龙泉等周边县市的游客: short names listed and closed by 等 and the kind of division they are (县市,
# 区县): each a county's name, as after a verb of place (zhejiang77); not the kind of people (等县市领导)
_KINDED_LIST_AFTER = re.compile(rf"(?:[{place_chars('list_separators')}][{HAN}]{{2,3}}){{0,8}}等"
                                rf"(?:{alt(place_words('kinded_list_sides'))})?(?:{alt(place_words('kinded_list_kinds'))})"
                                rf"(?!{alt(place_words('kinded_list_not_after'))})")
_LOCATIVE_BEFORE = re.compile(rf"(?:{alt(L.words('locative_verbs') + place_words('township_locatives'))})$")


# a township the division table does not list (merged since, or of a county the text never names)
# after a verb of place: 来自新街乡, 离开白湖乡, 在泥汊镇
_LOCATIVES = alt(L.words("locative_verbs") + place_words("township_locatives"))
_LOCATIVE_TOWN = re.compile(rf"(?:{_LOCATIVES})((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,3}}?"
                            rf"(?:{alt(place_words('township_suffixes'))}))"
                            rf"(?![{re.escape(place_chars('not_after_township'))}])")


_TOWN_CHAIN = re.compile(rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,4}}?(?:{alt(place_words('township_suffixes'))}))"
                         rf"(?![{re.escape(place_chars('not_after_township'))}])")


def _chained_township(text: str, parent, free) -> tuple[int, int] | None:
    """A township the table does not list right after its county (乌什县依麻木乡汉代克吉然村): a
    name by jieba's dictionary (not 城乡, 城镇), before a village or a word boundary."""
    if parent.attrs.get("level") != "county" or not parent.attrs.get("code"):
        return None
    mt = _TOWN_CHAIN.match(text, parent.aend + _change_verb(text, parent.aend))
    if not mt or not free(*mt.span(1)):
        return None
    s, e = mt.span(1)
    stem = text[s:e - 1]
    if _NOT_SUBPLACE.search(stem) or not proper(stem) or _is_dictionary_word(text[s:e]) \
            or not _word_bounded(text, s, e) or _counted_townships(text[s:e]):
        return None
    return s, e


_TOWN_LIST_ITEM = re.compile(rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,4}}?"
                             rf"(?:{alt(place_words('street_suffix') + place_words('township_suffixes'))}))"
                             rf"(?![{re.escape(place_chars('not_after_township'))}])")


def _listed_after_township(doc: Doc) -> None:
    """撤销星海湾街道、白山路街道; 榆社县撤销岚峪乡、讲堂乡: a township or street the table does not list
    (one a change abolished, or merged long ago) written right after a 、 that follows one of the
    same kind (街道 after 街道, 乡 after 乡) is a township of the same county: a proper stem, no
    word of jieba's dictionary, as `_chained_township` asks."""
    seps = place_chars("list_separators")
    grouped = mentions_by_article(doc)  # (one pass over the mentions, not one per article)
    for art in doc.articles:
        mine = [m for m in grouped.get(art.id, ()) if m.astart >= 0]
        towns = sorted((m for m in mine if m.label == "Place" and m.attrs.get("level") == "township"),
                       key=lambda m: m.astart)
        starts = {m.astart: m for m in towns}
        taken = bytearray(len(art.text) + 1)
        for m in mine:
            taken[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
        for m in towns:
            _list_after(doc, art, m, starts, taken, seps)


_SHARED_STEM_REACH = 12  # how far before a listed stem a longer name running over it may start


def _stems_sharing_suffix(doc: Doc) -> None:
    """考察了天水、朝晖街道 (dashiji105, 杭州市政务大事记): a stem of two or three characters right before the 、
    of a township of the table is that township's sibling sharing its suffix (天水街道, of 朝晖街道's 拱墅区),
    where the county's townships hold the stem with that suffix — not the city the stem is the short
    name of (天水市).  The stem's other place mentions give way; one written as a township stays."""
    seps = place_chars("list_separators")
    T = table()
    gone: set[int] = set()
    grouped = mentions_by_article(doc)  # (one pass over the mentions, not one per article)
    for art in doc.articles:
        text = art.text
        mine = [m for m in grouped.get(art.id, ()) if m.astart >= 0] if "、" in text else []
        by_start: dict[int, list] = {}
        for x in mine:
            by_start.setdefault(x.astart, []).append(x)
        for m in mine:
            parent, name = m.attrs.get("parent"), m.norm or ""
            if m.label != "Place" or m.attrs.get("level") != "township" or not m.attrs.get("code") or not parent \
                    or m.astart < 3 or text[m.astart - 1] not in seps:
                continue
            kind = max((k for k in _LISTED_SUFFIXES if name.endswith(k)), key=len, default=None)
            e = m.astart - 1
            for k in (3, 2):
                stem = text[e - k:e]
                code = T.townships(parent).get(stem + kind) if kind and all(is_han(c) for c in stem) else None
                if code is None or stem + kind == name:
                    continue
                near = [x for p in range(max(0, e - k - _SHARED_STEM_REACH), e) for x in by_start.get(p, ())]
                inside = [x for x in near if x.label == "Place" and e - k <= x.astart and x.aend <= e]
                if any(x.attrs.get("level") == "township" for x in inside) \
                        or any(x.astart < e - k < x.aend or x.astart < e < x.aend for x in near):
                    break  # (written as a township already, or a longer name runs over the stem's edge)
                gone.update(id(x) for x in inside)
                doc.add_mention(art, e - k, e, "Place", "gazetteer.township-shared-suffix", norm=stem + kind,
                                code=code, level="township", parent=parent)
                break
    if gone:
        doc.mentions = [x for x in doc.mentions if id(x) not in gone]


def _list_stem(stem: str) -> bool:
    """A listed township's stem: a name by `proper`, or no word of jieba's dictionary (白山路, whose
    山路 makes `proper` refuse it), with no township's or county's character in it (各乡|镇)."""
    if any(c in _LIST_STEM_NOT for c in stem):
        return False
    return proper(stem) or not word_freq().get(stem)


_LIST_STEM_NOT = set("".join(place_words("township_suffixes")) + place_chars("listed_township_stem_not"))


def _list_after(doc: Doc, art: Article, first, starts: dict, taken: bytearray, seps: str) -> None:
    """The items of `_listed_after_township` after the township `first`, while each is of its kind."""
    text, m = art.text, first
    parent = first.attrs.get("parent")
    while m.aend < len(text) and text[m.aend] in seps and parent:
        kind = text[m.aend - 2:m.aend] if text.endswith(place_words("street_suffix"), 0, m.aend) else text[m.aend - 1]
        nxt = starts.get(m.aend + 1)
        if nxt is not None:
            m = nxt
            continue
        mt = _TOWN_LIST_ITEM.match(text, m.aend + 1)
        if not mt or not mt.group(1).endswith(kind) or 1 in taken[mt.start(1):mt.end(1)]:
            return
        s, e = mt.span(1)
        stem = text[s:e - len(kind)]
        if _NOT_SUBPLACE.search(stem) or not _list_stem(stem) or _is_dictionary_word(text[s:e]) \
                or not _word_bounded(text, s, e):
            return
        m = doc.add_mention(art, s, e, "Place", "gazetteer.township-list", norm=text[s:e], code=None,
                            level="township", parent=parent)
        if not m:
            return
        taken[s:e] = b"\x01" * (e - s)


def _change_verb(text: str, at: int) -> int:
    """平遥县撤销孟山乡, 榆次区撤销什贴镇: a division change's verb between a county and the township
    it changes (撤销, 设立) is no part of the township's name; its length, skipped, or 0."""
    return next((len(v) for v in place_words("division_change_verbs") if text.startswith(v, at)), 0)


_TOWNSHIPS_WORD = "乡镇"


def _counted_townships(name: str) -> bool:
    """晋江…与长汀九乡镇签订结对帮扶协议: a numeral before 乡镇 counts the county's townships (nine
    of them), no township named 九乡; 福清市五大古镇之一: a numeral and 大 open a ranking (the five
    old towns), no township named 五大古镇."""
    if len(name) > 2 and name[0] in CHINESE_NUMERALS and name[1] in place_chars("ranked_count_marks"):
        return True
    head = name[:-len(_TOWNSHIPS_WORD)]
    return name.endswith(_TOWNSHIPS_WORD) and bool(head) and all(c in CHINESE_NUMERALS for c in head)


def _listed_subplaces(doc: Doc, art: Article, first, parent, free, occupy) -> None:
    """Villages listed after a chained one belong to the same place: 西合营镇南大坪村、海子洼村、
    古守营村 — each a name of the same kind (村 after 村, 社区 after 社区) right after a 、, the last
    perhaps after 和 (翻身社区和西苑社区), which closes the list; after one named behind a verb of place
    (`parent` None: 到巴彦查干嘎查、萨如拉嘎查) they have no parent named."""
    seps, last = place_chars("list_separators"), place_chars("list_last_joiners")
    kind = next((x for x in place_words("subplace_suffixes") if first.norm.endswith(x)), None)
    at, text = first.aend, art.text
    while kind and at < len(text) and (text[at] in seps or text[at] in last):
        closing = text[at] in last
        # (者密镇福荣村、|和平村、拉栗村: after a 、 an item opening with a function character that is one word
        # with the next, as right after a township; zhengshou114)
        mt = _SUBPLACE.match(text, at + 1) or (None if closing else _word_subplace(text, at + 1))
        if not mt or not mt.group(1).endswith(kind) or _NOT_SUBPLACE.search(mt.group(1)) \
                or not free(*mt.span(1)):
            return
        s, e = mt.span(1)
        e = _village_community_end(text, mt.group(1), e)  # 沙坡村、|茂村村|、甲青村: the doubled 村 closes the name
        if not free(s, e):
            return
        level = "community" if text[s:e].endswith(_COMMUNITY) else "village"
        under = {"parent_mention": (parent.astart, parent.aend)} if parent is not None else {}
        if not doc.add_mention(art, s, e, "Place", "gazetteer.subplace-list", norm=text[s:e], code=None,
                               level=level, **under):
            return
        occupy(s, e)
        at = len(text) if closing else e


def _named_spans(pattern: re.Pattern, text: str, free, quotes: "_QuoteIndex",
                 stem_ok) -> list[tuple[int, int]]:
    """Spans of `pattern`'s group 1 (a name and its one-character kind: 新街镇, 古都河村) that are
    free, outside quotes, no common word of the dictionary, and whose stem holds no
    `not_subplace_words` and passes `stem_ok`."""
    out = []
    for mt in pattern.finditer(text):
        s, e = mt.span(1)
        stem = text[s:e - (2 if text.startswith(_GACHA, e - 2) else 1)]  # (巴音塔拉|嘎查)
        if _NOT_SUBPLACE.search(stem) or not free(s, e) or quotes.inside(s) or not stem_ok(stem) \
                or _is_dictionary_word(text[s:e]):
            continue
        out.append((s, e))
    return out


_LIST_VILLAGE = rf"(?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,4}}{_VILLAGE_SUFFIX}"
_VILLAGE_LIST_RUN = re.compile(rf"(?:(?<=[{_FUNCTION_CHARS}{place_chars('clause_marks')}"
                               rf"{re.escape(place_chars('village_list_openers'))}])|^)({_LIST_VILLAGE})"
                               rf"{_SUBPLACE_END}(?=[{place_chars('list_separators')}]({_LIST_VILLAGE}){_SUBPLACE_END})",
                               re.M)


# 后小郭村全村总人口760人, 张庄村全村共有农户320户 (a village's profile): a name with 村 opening a clause right before
# 全村 (place_grammar village_whole_words) is the village the clause counts — `_whole_village_stem` keeps common words out
_WHOLE_VILLAGE = re.compile(rf"(?:(?<=[{_FUNCTION_CHARS}{place_chars('clause_marks')}])|^)({_LIST_VILLAGE})"
                            rf"(?={alt(place_words('village_whole_words'))})", re.M)


def _whole_village_stem(stem: str) -> bool:
    """Is a village's stem before 村 a name (jieba's place, person or unknown word: `proper`) whose last
    character does not make a common word with 村 (新农村, 美丽乡村 are no names)?"""
    return len(stem) >= 2 and proper(stem) and not _is_dictionary_word(stem[-1] + _VILLAGE)


_LIST_VILLAGE_MAX = 5  # characters of `_LIST_VILLAGE` at most (four of stem and 村)
_VILLAGE_LISTED = tuple(_VILLAGE_SUFFIX + sep for sep in place_chars("list_separators"))  # 村、


def _first_listed_village(text: str) -> int:
    """Where the first 村 right before a list separator (村、) stands, -1 for none.  Every match of the
    village-list runs holds one (only look-arounds stand between the name's 村 and its 、), its
    name's 村 at most `_LIST_VILLAGE_MAX` - 1 characters after the match's start: the scans start
    just before it and texts without one are left at once (the runs' look-arounds were tried at
    every character of every text, most of which lists no villages)."""
    return min((k for k in (text.find(w) for w in _VILLAGE_LISTED) if k >= 0), default=-1)


def _village_list_runs(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """对甘庄村、大山湾村、卞庄村、张庄村等开展…视察: villages listed by name, each with its own 村,
    after a function word or a clause mark and with no place before them: the first of the list
    (`_listed_subplaces` reads the rest), when it and the next are names — no stem a word of the
    dictionary or of `not_subplace_words` (示范村、重点村 are kinds of village, 一二三类村 no list)."""
    out = []
    first = _first_listed_village(text)
    for mt in (_VILLAGE_LIST_RUN.finditer(text, max(0, first - _LIST_VILLAGE_MAX + 1)) if first >= 0 else ()):
        s, e = mt.span(1)
        while e - s > _LIST_VILLAGE_MIN and text[s] in _RUN_OPENERS:
            s += 1  # 由原白鹤村、燕山村…合并而成: the preposition and the former mark open no village's name
        verb = _leading_verb(text, s, e)
        s += verb
        if not free(s, e) or quotes.inside(s):
            continue
        if _listed_village_name(text[s:e], verb) and _listed_village_name(mt.group(2), 0):
            out.append((s, e))
    return out


def _listed_village_name(name: str, verb: int) -> bool:
    """Is `name` (a stem and 村) of a list of villages a name: no `not_subplace_words` in it, neither it nor its stem
    a word of the dictionary (示范村, 贫困村 are kinds).  After a verb skipped (`verb` its length: 授予|社头村、东浦村)
    the stem may be a common noun (社头, 桥头), the next item of the list being a name by the full test."""
    return not _NOT_SUBPLACE.search(name) and (verb > 0 or not _is_dictionary_word(name[:-1])) \
        and not _is_dictionary_word(name)


_LIST_VILLAGE_MIN = 3  # characters of a listed village's name at least (two of stem and 村)
# … or right after a verb of two characters, the list going on past the second (打造闫王庄村、道庄村、曹楼村等)
_VERB_VILLAGE_LIST_RUN = re.compile(rf"(?=([{HAN}]{{2}})({_LIST_VILLAGE}){_SUBPLACE_END}"
                                    rf"[{place_chars('list_separators')}]({_LIST_VILLAGE}){_SUBPLACE_END}"
                                    rf"[{place_chars('list_separators')}{place_chars('list_last_joiners')}等])")


# … and communities listed the same way, each with its own 社区 (建设发展部、青阳路社区、清溪路社区、家家景园社区
# 负责人参加; jiedao103): the list's first when it and the next are names (城市社区、农村社区 are kinds)
_LIST_COMMUNITY = rf"(?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,4}}{_HEADED_COMMUNITY}"
# (after a 、 too: the list may go on from items of another kind, 建设发展部、|青阳路社区)
_COMMUNITY_LIST_RUN = re.compile(rf"(?:(?<=[{_FUNCTION_CHARS}{place_chars('clause_marks')}{place_chars('list_separators')}"
                                 rf"{re.escape(place_chars('village_list_openers'))}])|^)({_LIST_COMMUNITY})"
                                 rf"{_SUBPLACE_END}(?=[{place_chars('list_separators')}]({_LIST_COMMUNITY}){_SUBPLACE_END})",
                                 re.M)
_COMMUNITY_LISTED = tuple(_HEADED_COMMUNITY + sep for sep in place_chars("list_separators"))  # 社区、
_LIST_COMMUNITY_STEM_MAX = 4  # characters of a listed community's stem at most


def _community_list_runs(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """青阳路社区、清溪路社区、家家景园社区: communities listed by name after a clause mark or a function
    word with no place before them, as `_village_list_runs` reads villages: the first of the list when it
    and the next are names (no stem nor name a word of the dictionary or of `not_subplace_words`: 城市社区、
    农村社区, 和谐社区、平安社区 are kinds); the scan starts at the first 社区、 of the text."""
    first = min((k for k in (text.find(w) for w in _COMMUNITY_LISTED) if k >= 0), default=-1)
    out = []
    for mt in (_COMMUNITY_LIST_RUN.finditer(text, max(0, first - _LIST_COMMUNITY_STEM_MAX)) if first >= 0 else ()):
        s, e = mt.span(1)
        if not free(s, e) or quotes.inside(s):
            continue
        cut = len(_HEADED_COMMUNITY)
        if all(not _NOT_SUBPLACE.search(w) and not _is_dictionary_word(w[:-cut]) and not _is_dictionary_word(w)
               for w in (text[s:e], mt.group(2))):
            out.append((s, e))
    return out


def _verb_village_list_runs(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """黄口镇正努力打造闫王庄村、道庄村、曹楼村等首批试点村: villages listed by name as the object of a verb of two
    characters (jieba's plain verb: 打造, 走访, 指导) that ends right before the first, the list running on
    past the second (、 or 和 or 等 after it): the first of the list (`_listed_subplaces` reads the rest), when
    it and the second are names by the test of `_village_list_runs` (贫困村、示范村 are kinds, no names)."""
    out = []
    first = _first_listed_village(text)  # (the verb's two characters open the match, before the village)
    for mt in (_VERB_VILLAGE_LIST_RUN.finditer(text, max(0, first - _LIST_VILLAGE_MAX - 1)) if first >= 0 else ()):
        s, e = mt.span(2)
        if word_tags().get(mt.group(1)) != "v":
            continue
        verb = _leading_verb(text, s, e)  # 决定|授予|社头村、东浦村: a second verb after the first opens no name either
        s += verb
        if not free(s, e) or quotes.inside(s):
            continue
        if _listed_village_name(text[s:e], verb) and _listed_village_name(mt.group(3), 0):
            out.append((s, e))
    return out


def _leading_verb(text: str, s: int, e: int) -> int:
    """介绍孟垓村、前张庄村、土山村基本情况 (after a clause mark): a verb of two characters opening the run
    (jieba's plain verb: 介绍, 查看, 走访) is the clause's, no part of the first village's name, when a
    name of two characters or more is left before 村 (跃进村, 解放村 keep theirs) — a name by jieba, or one of
    its common nouns or words of place (决定授予社头村、东浦村…荣誉称号: 社头, a noun; biaozhang114).  How many
    characters to skip: 2 or 0."""
    verb = text[s:s + 2]
    rest = text[s + 2:e - 1]
    return 2 if e - s - 2 >= _LIST_VILLAGE_MIN and word_tags().get(verb) == "v" \
        and (proper(rest) or word_tags().get(rest) in _NOUN_STEM_TAGS) else 0


_NOUN_STEM_TAGS = frozenset({"n", "s"})  # jieba's common noun and word of place (社头, 山前): a village's stem too
_RUN_OPENERS = frozenset(place_chars("village_run_openers"))  # 由, 原 before a run of villages


def _located_townships(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """Spans of township names after a verb of place whose stem is a name by jieba's dictionary
    (a place, person or unknown word: 新街, 白湖), not a common word (城镇, 小镇, 乡镇 …)."""
    return _named_spans(_LOCATIVE_TOWN, text, free, quotes, proper)


_TOWNSHIP_BEFORE_ORGAN = re.compile(rf"(?:{alt(place_words('township_suffixes'))})(?={alt(place_words('township_strong_after'))})")


_FORMER_MARKS = place_chars("township_former_marks")


@lru_cache(maxsize=4096)
def _table_township_name(name: str) -> bool:
    """Does the division table name a township so (城关镇: in many counties)?"""
    return name in _all_townships()


def _townships_before_organs(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """A township the table does not list written before its organs (薛埠镇党委决定…): its stem of
    three or two characters (the longest that is a word of its sentence) must be a name by jieba's
    dictionary, as after a verb of place."""
    out = []
    for mt in _TOWNSHIP_BEFORE_ORGAN.finditer(text):
        e = mt.end()
        if _both_township_kinds(text, e):
            continue  # 工作转段暨|乡镇党委书记: the committees of every 乡 and 镇, no town 段暨乡镇
        for n in (3, 2):
            s = e - 1 - n
            stem = text[s:e - 1] if s >= 0 else ""
            if len(stem) != n or not all(is_han(c) and c not in _FUNCTION_CHARS for c in stem):
                continue
            if n == 3 and stem[0] in _FORMER_MARKS and _table_township_name(text[s + 1:e]) \
                    and not _table_township_name(text[s:e]):
                if free(s + 1, e) and not quotes.inside(s):
                    out.append((s + 1, e))  # 原|城关镇党委: the former committee of 城关镇, no town 原城关镇
                break
            if n == 2 and _former_one_character_town(text, s, e):
                if free(s + 1, e) and not quotes.inside(s):
                    out.append((s + 1, e))  # 原|罗镇党委: the town 罗镇 that was, no town 原罗镇
                break
            if n == 2 and _unknown_stem_before_organ(text, s, e):
                if free(s, e) and not quotes.inside(s) and not _NOT_SUBPLACE.search(stem):
                    out.append((s, e))  # 张坝|镇党委: the organ's word takes the suffix, the stem no word at all
                break
            if not _word_bounded(text, s, e):
                continue
            tag = word_tags().get(text[s:e]) or ""  # jieba tags some such names nr (薛埠镇)
            if not _NOT_SUBPLACE.search(stem) and free(s, e) and not quotes.inside(s) and proper(stem) \
                    and (not _is_dictionary_word(text[s:e]) or tag.startswith(("nr", "nz", "nt"))):
                out.append((s, e))
            break
    return out


def _unknown_stem_before_organ(text: str, s: int, e: int) -> bool:
    """张坝镇党委, 柏垭乡政府: jieba's dictionary holds 镇党委 and 乡政府 as words, so the township's
    name ends inside a word and is never a word of its sentence; a two-character stem that is a
    word of its own (break before and after it) and no word of the dictionary at all (张坝, not
    木瓜 nor 重点) is a name, as any unknown word before a township's organs is."""
    stem = text[s:e - 1]
    if stem[0] in _UNLISTED_NOT_FIRST or stem[0] in _FORMER_MARKS or any(c in CHINESE_NUMERALS for c in stem):
        return False  # 原两镇党委: the two towns' former committees, no town 原两镇
    return not word_freq().get(stem) and _word_bounded(text, s, e - 1)


_STREET_BEFORE_ORGAN = re.compile(rf"{place_words('street_suffix')[0]}(?={alt(place_words('street_office_organs'))})")
_STREET_STEM_MAX = 4  # characters of a 街道's name before 街道 (胜利, 城关, 四川北路)
_STREET_STEM_NOT = frozenset(place_words("street_office_generic_stems"))


_STREET_PARENT_LEVELS = frozenset({"county", "city"})


def _street_name_opens(text: str, s: int, county_ends: set[int]) -> bool:
    """Can a 街道's name open at `s`?  At a line's or clause's start, after a function character
    (在, 和, 到) or right after its county or city (海淀区|胜利街道); not inside the words of a
    sentence (万寿路街道充分发挥|街道党工委: the verb before the 街道's own committee)."""
    return s == 0 or not is_han(text[s - 1]) or text[s - 1] in _FUNCTION_CHARS or s in county_ends \
        or (word_tags().get(text[s - 1]) or "").startswith(("p", "c"))  # (由|解放街道党工委牵头)


_PARTICLE_TAGS = ("p", "c", "d", "r", "u", "v")  # jieba's preposition, conjunction, adverb, pronoun, particle, verb


def _opens_with_particle(stem: str) -> bool:
    """由|解放, 向|胜利: a one-character word of grammar opening the stem is the sentence's (由解放街道党工委牵头),
    no character of the 街道's name."""
    first = dict_words(stem)[0]
    return len(first) == 1 and (word_tags().get(first) or "").startswith(_PARTICLE_TAGS)


def _streets_before_organs(text: str, free, quotes: "_QuoteIndex", county_ends: set[int]) -> list[tuple[int, int]]:
    """胜利街道办事处开展活动 (胜利街道: a name of many cities, no county named): a 街道 written before
    its office or its party working committee is that 街道 even when its stem is a common word
    (胜利, 解放, 人民 name streets everywhere), not a township's kind in general: the stem (the
    longest of four to two characters that is a word of its sentence) opens with no function
    character or numeral and is no scope or class (各|街道, 城市街道, 全区街道, 乡镇街道)."""
    out = []
    for mt in _STREET_BEFORE_ORGAN.finditer(text):
        e = mt.end()
        for n in range(_STREET_STEM_MAX, 1, -1):
            s = mt.start() - n
            stem = text[s:mt.start()] if s >= 0 else ""
            if len(stem) != n or not all(is_han(c) for c in stem) or stem[0] in _UNLISTED_NOT_FIRST:
                continue
            if not _word_bounded(text, s, e) or not _street_name_opens(text, s, county_ends) \
                    or _opens_with_particle(stem):
                continue
            if stem not in _STREET_STEM_NOT and not _NOT_SUBPLACE.search(stem) and free(s, e) \
                    and not quotes.inside(s):
                out.append((s, e))
            break
    return out


_BOTH_KINDS = "乡镇"  # townships and towns: the two kinds named together


def _both_township_kinds(text: str, e: int) -> bool:
    """Does the township's suffix ending at `e` close 乡镇, the word for every township and town
    (各乡镇党委, 暨乡镇党委书记)?  A town the table lists so (柏乡镇, 肥乡镇) is read by the table; an
    unlisted one before its organs is never written so."""
    return text.endswith(_BOTH_KINDS, 0, e) and not any(_table_township_name(text[e - n:e]) for n in (3, 4) if e >= n)


def _former_one_character_town(text: str, s: int, e: int) -> bool:
    """Is text[s:e] 原 + a town of one character and its suffix (原|罗镇, 原|张镇): the mark of a
    former township before a name of two characters, not a town named 原X?  Not where 原X镇 is a
    township of the table; the two characters unknown to jieba's dictionary (罗镇, 张镇) and
    opening with no count, demonstrative or kind (原|乡镇党委书记, 原两镇, 原该乡: no town)."""
    name = text[s + 1:e]
    if text[s] not in _FORMER_MARKS or _table_township_name(text[s:e]):
        return False
    return is_han(name[0]) and name[0] not in _FORMER_TOWN_NOT_FIRST and name[0] not in _FUNCTION_CHARS \
        and not word_freq().get(name)


_FORMER_TOWN_NOT_FIRST = place_chars("former_town_not_first")


_VILLAGE = place_words("subplace_suffixes")[1]  # 村
_VILLAGE_CONJUNCTIONS = place_chars("village_opening_conjunctions")  # 和, 与, 及 before a second named thing
_VILLAGE_OPENING = re.compile(rf"(?:^|(?<=[\n{re.escape(place_chars('clause_marks'))}{_VILLAGE_CONJUNCTIONS}])"
                              rf"|(?<=[。！？!?][”’」]))"  # (…越来越好。”|郭家村党支部书记张三说: the speaker after a quotation)
                              rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,3}}{_VILLAGE}"
                              rf"|(?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,5}}{_GACHA})"
                              rf"(?={alt(place_words('village_opening_after') + place_words('gacha_opening_after'))})")


# dongbei85: 石杖子村争取脱贫攻坚贷款扶持项目, 、老杖子村: a stem holding a northern settlement word (place_grammar
# village_name_morphemes: 杖子, 营子, 窝堡) and 村, opening a clause or a list item (or after a function character)
_MORPHEME_VILLAGE = re.compile(rf"(?:(?<=[{_FUNCTION_CHARS}{re.escape(place_chars('clause_marks'))}、\n])|^)"
                               rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{1,3}}?"
                               rf"(?:{alt(place_words('village_name_morphemes'))}){_VILLAGE})", re.M)


def _morpheme_villages(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """Villages named by a northern settlement word (石杖子村, 大营子村, 三家窝堡村) where they open a
    clause: such a word is no common noun, so the name needs no cue after it, as `_villages_opening_clause`
    does; a stem that would be a common word or a kind of village (`_named_spans`) stays out."""
    return _named_spans(_MORPHEME_VILLAGE, text, free, quotes, lambda stem: True)


def _villages_opening_clause(text: str, free, quotes: "_QuoteIndex") -> list[tuple[int, int]]:
    """A village named on its own at the start of a clause, before its own figures or organs
    (古都河村人均收入…, 古都河村党支部…): its stem must be no word of jieba's dictionary and hold no
    common word (共富村, 贫困村, 示范村 are kinds of village: `not_subplace_words`)."""
    spans = [_undoubled_village(text, s, e) for s, e in _named_spans(_VILLAGE_OPENING, text, free, quotes, _no_common_word)]
    spans = [(_past_former_mark(text, _past_opening_preposition(text, s, e), e), e) for s, e in spans]
    return [(s, e) for s, e in spans if _conjoined_opening(text, s) and not _township_then_villages(text, s, e)
            and (text.startswith(_GACHA, e - len(_GACHA))
            or (_village_stem(text[s:e - 1]) and text[e - 2] not in _OCCASION_VERBS)
            or (_plain_pair_stem(text[s:e - 1]) and text.startswith(_VILLAGE_ORGANS, e))
            or _bound_morpheme_stem(text[s:e - 1]))]


_TOWNSHIP_KIND = tuple(place_words("township_suffixes"))  # 镇, 乡


def _township_then_villages(text: str, s: int, e: int) -> bool:
    """cunji106: 去年,城厢镇村集体经济继续保持…, 黄桥镇村集体经济收入平均达到80万元: a stem of three
    characters closed by 镇 or 乡 before 村 is a township (one the division table does not settle) and
    its villages' collective (村集体, 村级), no village 城厢镇村; a stem of two (新镇村) stays a name."""
    return e - s >= 4 and text.startswith(_TOWNSHIP_KIND, e - 2)


_BOUND_MORPHEME = "g"  # jieba's tag of a character that never stands as a word of its own (涞, 坳, 峪)


def _bound_morpheme_stem(stem: str) -> bool:
    """hunan78: 涞溪村位于…新晃侗族自治县步头降乡东部: a stem of two characters, no word together,
    one of them a bound morpheme (涞, tagged g: a character of names, never a word in running text)
    and the other a noun or another such morpheme, is a village's name, though `_name_stem` sees no
    name in it (涞 g, 溪 n); no character a function word or a numeral (该村, 两村 stay out)."""
    if len(stem) != 2 or word_freq().get(stem) or not all(is_han(c) for c in stem):
        return False
    if any(c in _FUNCTION_CHARS or c in CHINESE_NUMERALS for c in stem) or stem[0] in place_chars("village_count_chars"):
        return False
    tags = [word_tags().get(c) or "n" for c in stem]
    return _BOUND_MORPHEME in tags and all(t == _BOUND_MORPHEME or t.startswith("n") for t in tags)


def _plain_pair_stem(stem: str) -> bool:
    """潭角村委会共管辖4个自然村, 石内村党支部: a village's stem of two characters each a common word
    (潭, 角) but together no word of the dictionary is a name where the village's own organ follows
    it; the pair a word (全村, 本村, 新村: the whole village, this one, a new one) is none, nor a pair
    holding a character jieba tags as no noun (我同|村委会主任: a pronoun and a preposition)."""
    return len(stem) == 2 and not word_freq().get(stem) and all(is_han(c) for c in stem) \
        and all((word_tags().get(c) or "n").startswith("n") for c in stem) \
        and not any(c in _FUNCTION_CHARS or c in CHINESE_NUMERALS for c in stem) \
        and stem[0] not in place_chars("village_count_chars")


_OPENING_PREPOSITIONS = place_chars("village_opening_prepositions")  # 由: 由辛户村党支部书记张延刚担任…


def _past_opening_preposition(text: str, s: int, e: int) -> int:
    """,由辛户村党支部书记张延刚担任…: a preposition opening the clause (由, "by") before a village
    of a two-character stem is no part of its name; it is no function character inside names (自由村),
    so only a stem of three characters starting with it loses it."""
    return s + 1 if e - s == 4 and text[s] in _OPENING_PREPOSITIONS else s


def _past_former_mark(text: str, s: int, e: int) -> int:
    """居委会地址:原罗回村村民委员会 where the text names 罗回村 without 原 too: 原 is "the former" (a
    village merged or turned into a community), no part of the name; the start past it, else `s`."""
    mark = place_words("former_marks")
    if e - s < 4 or not text.startswith(mark, s):
        return s
    bare = text[s + 1:e]
    at = text.find(bare)
    while at > 0 and text[at - 1] in mark:
        at = text.find(bare, at + 1)
    return s + 1 if at >= 0 else s


def _conjoined_opening(text: str, s: int) -> bool:
    """来到产业园和|肖石坳村村部: a village before its organs may open the second of two things joined
    by 和, 与 or 及, as at a clause's start — where that character is a word of its own (保和|…, 参与|…
    are words: the character closes them, and the name would start inside another) and the village
    has a proper stem (`_village_stem`).  At a clause's start or a line's: always."""
    if s == 0 or text[s - 1] not in _VILLAGE_CONJUNCTIONS:
        return True
    return _starts_word(text, s - 1) and _starts_word(text, s)


_COMMUNITY_WORD = place_words("community_suffixes")[0]  # 社区
_COMMON_STEM_FREQ = 5000  # a stem that is one word this common (城市 25084, tagged ns) is a kind: 城市社区党委
# (or a sentence closed by a quotation's end: …成立了自管会。”|西总布胡同社区党委书记李晓康介绍; a stem of up to six
# characters: city communities are named after streets and lanes, 西黄城根南街社区)
_COMMUNITY_OPENING = re.compile(rf"(?:^|(?<=[\n{re.escape(place_chars('clause_marks'))}])|(?<=[。！？!?][”’」]))"
                                rf"((?:(?![{_FUNCTION_CHARS}])[{HAN}]){{2,6}}?{_COMMUNITY_WORD})"
                                rf"(?={alt(place_words('community_opening_after'))})")


def _communities_opening_clause(text: str, free, quotes: "_QuoteIndex", starts: dict) -> list[tuple[int, int]]:
    """A community named on its own at the start of a clause, before where it lies, its organs or
    its residents (大德中社区地处人民街道辖区北部, 望京西路社区居民郑女士反映): city news names the
    community first and its street after, or not at all.  The stem must be a name by `_name_stem`
    (城市社区党委, 老旧社区居民 are kinds of community, no community's name), or, where the clause
    names the street it lies in (广九社区位于白云街辖区), hold no common word (`_no_common_word`:
    广|九 are characters, no words)."""
    out = []
    for mt in _COMMUNITY_OPENING.finditer(text):
        s, e = mt.span(1)
        stem = text[s:e - len(_COMMUNITY_WORD)]
        named = _name_stem(stem) or (_no_common_word(stem) and bool(_lies_in(text, e, starts)))
        if _NOT_SUBPLACE.search(stem) or not free(s, e) or quotes.inside(s) or not named \
                or word_freq().get(stem, 0) >= _COMMON_STEM_FREQ:
            continue
        out.append((s, e))
    return out


_LIES_IN = tuple(place_words("community_lies_in"))  # 位于, 地处: where a community says it lies
_LIES_IN_LEVELS = ("township", "county")


def _lies_in(text: str, e: int, starts: dict) -> dict:
    """大德中社区地处|人民街道辖区北部: a community that opens its clause and says where it lies names
    its street (or district) right after the verb: that place is its parent."""
    verb = next((w for w in _LIES_IN if text.startswith(w, e)), None)
    if verb is None:
        return {}
    parent = starts.get(e + len(verb))
    while parent is not None and (inner := starts.get(parent.aend)) is not None:
        parent = inner  # hunan78: 位于湖南省怀化市新晃侗族自治县步头降乡东部: the last of the chain is the parent
    if parent is None or parent.attrs.get("level") not in _LIES_IN_LEVELS:
        return {}
    code = parent.attrs.get("code")  # (the street is named after the community: its key is known by code)
    return {"parent_mention": (parent.astart, parent.aend), **({"parent_key": entity_id("Place", "", code)} if code else {})}


_IDIOM_HEAD, _IDIOM_TAIL = "头", "尾"


def _head_tail_idiom(text: str, e: int) -> bool:
    """hunan78: 漫步在宣风街头村尾 (in the streets and at the villages' ends, the idiom X头村尾 as 街头巷尾):
    a village read as ending in 头村 right before 尾 is the idiom's head and tail, no village."""
    return e >= 2 and text[e - 2] == _IDIOM_HEAD and text.startswith(_IDIOM_TAIL, e)


def _undoubled_village(text: str, s: int, e: int) -> tuple[int, int]:
    """兰田村|村委会, 兰田村|村党支部: a stem of two characters and 村 written with 村 again is the
    village and its own organ's 村 (村委会), not a village 兰田村村; only a one-character stem keeps
    the doubled 村 as its name (焦村村党支部: the village 焦村村, `_village_stem`)."""
    if e - s == 4 and text[e - 2] == _VILLAGE and text[e - 1] == _VILLAGE:
        return s, e - 1
    return s, e


_OCCASION_VERBS = place_chars("village_opening_not_last")  # 姚勇借|村委会换届之机: the verb, no village


def _long_gacha_stem_ok(name: str) -> bool:
    """到呼格吉勒图嘎查: a 嘎查 after a verb of place whose stem runs to five characters (Mongolian names
    written by sound) is a name only where the stem holds no common word (`_no_common_word`), as a
    嘎查 opening a clause; shorter stems keep the locative's own checks."""
    stem = name[:-len(_GACHA)] if name.endswith(_GACHA) else ""
    return len(stem) < _LONG_GACHA_STEM or _no_common_word(stem)


def _no_common_word(stem: str) -> bool:
    """Does `stem` hold no common word of two characters or more (芒|来 holds none; 牧区, 牧业 are
    common)?  Enough for a 嘎查's stem: 嘎查 is Inner Mongolia's own word, and its names are written by
    sound in characters jieba knows one by one (芒来嘎查), which `_name_stem` would refuse."""
    tags, freq = word_tags(), word_freq()
    return all(len(w) < 2 or not freq.get(w) or (tags.get(w) or "").startswith(("ns", "nr", "nz"))
               for w in dict_words(stem))


def _village_stem(stem: str) -> bool:
    """A village's stem at the start of a clause: a name by `_name_stem`, or one character and 村
    that is no word of the dictionary (焦村|村党支部, 郭村|村: the doubled 村 shows the 村 belongs to
    the name, though 焦 alone is a common character; 农村村民, 山村村容 are words and stay out)."""
    if _name_stem(stem):
        return True
    return len(stem) == 2 and stem.endswith(_VILLAGE) and not word_freq().get(stem) \
        and stem[0] not in place_chars("village_count_chars")  # (两村村党支部: the two villages' branches)


def _name_stem(stem: str) -> bool:
    """Is every word of `stem` a name or unknown to jieba's dictionary (古都|河 is: 古都 ns, 河 a
    feature's character), none a common word (美丽, 文明)?"""
    tags = word_tags()
    for w in dict_words(stem):
        t = tags.get(w)
        if t is not None and word_freq().get(w) and not t.startswith(("ns", "nr", "nz")) and len(w) > 1:
            return False
    return proper(stem)


_IN_VILLAGE = "村里"


def _word_then_in_village(text: str, s: int, e: int) -> bool:
    """忙碌在地头村里: a common noun (地头, the edge of a field; no name of a place or a family in jieba's
    tags: 李家村里 stays a village) before 村里 (in the village) is where one works, then the village:
    no village named 地头村."""
    stem = text[s:e - 1]
    return text.startswith(_IN_VILLAGE, e - 1) and _is_dictionary_word(stem) \
        and not (word_tags().get(stem) or "").startswith(_NAME_TAGS)


_NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of names: a person's, a place's, a body's, another


def _is_dictionary_word(w: str) -> bool:
    """A word of jieba's dictionary that is not a place name (城乡, 小镇) — a name is kept (xx镇 ns)."""
    tag = word_tags().get(w)
    return bool(word_freq().get(w)) and not (tag or "").startswith("ns")


def _waters(doc: Doc) -> None:
    """Rivers and lakes (kg.stages.water): named before 流域/上游, after 治理, listed as 河道 or
    with the dikes and reservoirs that carry their names."""
    from .entities.common import Found
    from .water import find_waters
    by_article: dict[str, list] = {}
    for m in doc.mentions:
        if m.label == "Place" and not m.attrs.get("anaphor") and m.astart >= 0:
            a = dict(m.attrs, short=m.surface != m.norm)
            by_article.setdefault(m.article, []).append(Found(m.astart, m.aend, "Place", m.norm or m.surface,
                                                              m.rule, a))
    for art in doc.articles:
        places = sorted(by_article.get(art.id, []), key=lambda f: f.start)
        for f in find_waters(art.text, places):
            doc.add_mention(art, f.start, f.end, "Place", f.rule, norm=f.norm, **f.attrs)


_TRANSLIT = place_chars("transliteration_chars")
_CITY = place_chars("foreign_city_suffix")
_FOREIGN_DIVISION = re.compile(rf"[{_TRANSLIT}]{{2,8}}(?:{alt(place_words('foreign_division_suffixes'))})"
                               rf"(?![{re.escape(place_chars('foreign_suffix_not_before'))}])")


@lru_cache(maxsize=1)
def _world_rows() -> dict[str, dict]:
    """World places by every name the world table gives them."""
    out: dict[str, dict] = {}
    for r in L.load_table("world_places"):
        for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
            out.setdefault(n, r)
    return out


def _world_stem_start(text: str, s: int, stem_end: int) -> int | None:
    """Where a world place of the registry written right before a division's word starts, when it
    starts before the run of transliteration characters does (布宜|诺斯艾利斯省: 宜 is no such
    character, yet 布宜诺斯艾利斯 is the name): the longest such name, or None."""
    rows = _world_rows()
    for k in range(max(0, s - 6), s):
        if text[k:stem_end] in rows:
            return k
    return None


_COMPASS = place_chars("foreign_division_prefixes")
_COMPASS_NOT_BEFORE = tuple(place_words("foreign_division_prefix_not_suffixes"))


def _compass_prefixed(text: str, s: int, suffix: str, occ: bytearray) -> bool:
    """Does a compass word translated as part of the name stand right before the division's name
    at `s` (东约特兰省, 下莱茵省, 西约克郡)?  Only after a place (瑞典|东…), a mark, or where
    jieba starts a word, and not for a city's or county's word (南|马…市 is no such name)."""
    if s < 1 or text[s - 1] not in _COMPASS or suffix in _COMPASS_NOT_BEFORE or occ[s - 1]:
        return False
    return s == 1 or occ[s - 2] == 1 or not is_han(text[s - 2]) or _starts_word(text, s - 1)


_COUNTRY_HEAD_MAX = 4  # characters of a country's name the window of a division written by sound may cut off


def _after_country_across(text: str, s: int, stem_end: int) -> int:
    """哈萨克斯坦阿克纠宾州州长: the window of characters by sound before a division's word is at
    most eight long, so it may open inside the country written before the division (萨克斯坦|阿克纠宾州).
    Where a country's name (of the world table) that opens up to four characters before `s` ends
    inside the stem, two characters of a name or more after it: the division starts there; else `s`.
    Bounded: a few look-ups per match."""
    rows = _world_rows()
    for k in range(1, min(_COUNTRY_HEAD_MAX, s) + 1):
        for j in range(stem_end - 2, s, -1):
            if rows.get(text[s - k:j], {}).get("kind") == "country":
                return j
    return s


def _country_prefix(stem: str) -> int:
    """丹麦|斯劳厄尔瑟市, 意大利|普拉托市: the length of a country's name (of the world table) that
    opens a division's name written by sound, with a name of at least two characters after it;
    the country is named before its city, not part of it.  0 when there is none."""
    rows = _world_rows()
    return next((k for k in range(len(stem) - 2, 1, -1)
                 if rows.get(stem[:k], {}).get("kind") == "country"), 0)


@lru_cache(maxsize=1)
def _byline_roles() -> tuple[str, ...]:
    """The roles of a byline (记者, 通讯员: layout_words.tsv), longest first."""
    return tuple(sorted((r["word"] for r in L.load_table("layout_words") if r["list"] == "byline_roles"),
                        key=len, reverse=True))


def _credited_person(text: str, s: int) -> bool:
    """Is the name at `s` a reporter's, after the role of a byline (记者 马兰州, 通讯员马兰州): a family
    name there opens a person's name, no state written by sound (马兰|州)?  A few characters back only."""
    from .registry import _surname_at
    before = text[max(0, s - 8):s].rstrip(" \u3000：:")
    return before.endswith(_byline_roles()) and _surname_at(text, s) is not None


def _foreign_divisions(doc: Doc) -> None:
    """A name written by sound with the word of a division abroad (塔科马市, 肯特郡, 阿尔萨斯大区):
    a place of the world (level `region`, no code) — or, when the name is a world place of the
    registry (维也纳市), a mention of that place."""
    taken: dict[str, bytearray] = {}
    sizes = {art.id: len(art.text) + 1 for art in doc.articles}
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0:
            occ = taken.get(m.article)
            if occ is None:  # one mask per article (a default built per mention was quadratic)
                occ = taken[m.article] = bytearray(sizes.get(m.article, len(doc.text) + 1))
            occ[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
    tails = _short_names_after_sound(doc)
    for art in doc.articles:
        occ = taken.get(art.id) or bytearray(len(art.text) + 1)
        for mt in _FOREIGN_DIVISION.finditer(art.text):
            s, e = mt.span()
            suffix = next(x for x in place_words("foreign_division_suffixes") if mt.group(0).endswith(x))
            if _road_class_after(art.text, e, suffix):
                continue  # 毗邻乌克|省道: the road's class, no province abroad
            tail = tails.get((art.id, e))
            if tail is not None and tail.astart - s >= 2 and 1 not in occ[s:tail.astart] \
                    and _foreign_division(doc, art, s, e, suffix, occ, tail):
                continue  # (南)里奥格朗|德州: a name written by sound, no 德州 of Shandong inside it
            after = _after_country_across(art.text, s, e - len(suffix))  # 哈萨克|斯坦阿克纠宾州: after the country
            whole = _world_stem_start(art.text, after, e - len(suffix))
            if after != s:
                s = after
            elif whole is not None:
                s = whole  # 布宜诺斯艾利斯|省: a world place's whole name before the division's word
            elif s and art.text[s - 1] in _TRANSLIT:
                continue  # (布宜)诺斯艾利斯省: the match starts inside a word
            elif not _compass_prefixed(art.text, s, suffix, occ):  # 抵达莫斯科市: where jieba starts a word
                s = next((k for k in range(s, e - len(suffix) - 1) if _starts_word(art.text, k)), -1)
            if s < 0 or 1 in occ[s:e] or _credited_person(art.text, s):
                continue
            _foreign_division(doc, art, s, e, suffix, occ)
        for mt in _world_regions_suffixed().finditer(art.text):
            s, e = mt.span()
            suffix = mt.group(1)
            if 1 in occ[s:e]:
                continue
            if _is_dictionary_word(art.text[e - len(suffix):e + 1]):
                if suffix in _NO_COUNTY_SUFFIXES:
                    _region_before_organ(doc, art, s, e - len(suffix), occ)
                continue  # (俄亥俄|州长: the governor's title, read by the posts stage)
            _foreign_division(doc, art, s, e, suffix, occ)


_ROAD_CLASS_WORDS = frozenset(place_words("foreign_road_class_words"))


def _road_class_after(text: str, e: int, suffix: str) -> bool:
    """Does the division's word ending at `e` make a road's class with the character after it
    (乌克省道, 县道), that character opening no 道路?  Two characters looked at."""
    return text[e - len(suffix):e + 1] in _ROAD_CLASS_WORDS and text[e + 1:e + 2] != "路"


def _closes_table_township(text: str, s: int) -> bool:
    """Does a township of the table, of four characters or more, end with the character at `s`
    (屈子祠镇|江河湖库: 镇江 would open on the township's last character)?  At most as many
    look-ups as the longest name has characters."""
    names = township_names()
    return any(text[k:s + 1] in names for k in range(max(0, s + 1 - _township_ends()[1]), s - 2))


# the words of a division abroad no Chinese county or city is written with: before 委/长 they name
# the region abroad (广宁省委), where 海阳县委 may be Shandong's former county
_NO_COUNTY_SUFFIXES = ("省", "州")


def _region_before_organ(doc: Doc, art: Article, s: int, e: int, occ: bytearray) -> None:
    """A region abroad before its organ or its head's title (越南广宁|省委书记, 高平|省委): the
    region of the world table, named alone — its name one a Chinese division shares too (广宁县,
    高平市: the table's `unsafe` names, read nowhere else), but a county's organs are 县委, not 省委."""
    from .abbreviations import world_attrs
    row = _world_rows().get(art.text[s:e])
    if row is None:
        return
    doc.add_mention(art, s, e, "Place", "gazetteer.foreign-division", norm=row["name"], **world_attrs(row))
    occ[s:e] = b"\x01" * (e - s)


@lru_cache(maxsize=1)
def _world_regions_suffixed() -> re.Pattern:
    """A region of another country in the world table (one with a parent country: 俄亥俄,
    安大略) written with its division's word (俄亥俄州, 安大略省), whatever its characters — the
    pattern of transliteration characters misses names with other ones (亥, 略)."""
    names = sorted((n for n, r in _world_rows().items() if r.get("kind") == "region" and r.get("parent")
                    and not r.get("code")), key=len, reverse=True)
    suffixes = [x for x in place_words("foreign_division_suffixes") if x != _CITY]
    return re.compile(f"(?:{alt(names)})({alt(suffixes)})")


def _short_names_after_sound(doc: Doc) -> dict[tuple[str, int], object]:
    """Short names of the division table right after a character of transliteration (奥格朗|德州),
    by (article, end): the tail of a name abroad written by sound, when one ends there."""
    out, articles = {}, {a.id: a for a in doc.articles}
    for m in doc.mentions:
        if m.rule == "gazetteer.short" and m.astart > 0:
            art = articles.get(m.article)
            if art is not None and art.text[m.astart - 1] in _TRANSLIT:
                out[(m.article, m.aend)] = m
    return out


def _foreign_division(doc: Doc, art: Article, s: int, e: int, suffix: str, occ: bytearray, tail=None) -> bool:
    """Add the division abroad written by sound at [s, e) (after the country that opens it, with
    the compass word before it): a place of the registry's when it is one, else a place of level
    `region` without a code.  `tail` is a short name of the table the gazetteer read at its end
    (奥格朗|德州): it is dropped for the whole name.  False when the stem is a common word."""
    from .abbreviations import world_attrs
    s += _country_prefix(art.text[s:e - len(suffix)])  # (丹麦|斯劳厄尔瑟市代表团)
    name = art.text[s:e]
    stem = name[:-len(suffix)]
    world = named = _world_rows().get(stem)
    kind = (world or {}).get("kind")
    if world is not None and not ((kind == "city") == (suffix == _CITY) and kind in ("city", "region")):
        world = None  # 纽约州 is not the city 纽约, 墨西哥州 not the country: a place of its own
        full = _world_rows().get(name)
        if full is not None and full.get("kind") == "region":
            world = full  # … unless the table names it so (纽约州, a state of the US)
    if world is None and not _proper_word(stem):
        return False  # a common word before 市/州 …
    if world is None and _glued_division_word(stem, suffix):
        return False  # (直属)库|库区: the depot's area, no division abroad
    attrs = world_attrs(world) if world else {"code": None, "level": "region"}
    if world is None and named is not None and (named.get("parent") or named.get("iso")) \
            and not named.get("code"):
        attrs["country"] = named.get("parent") or named["iso"]  # 阿拉木图州 lies in 阿拉木图's country
        if named.get("kind") == "city" and named.get("parent") and suffix in _CITY_PROVINCE_WORDS:
            attrs.update(_province_of_city(name, named["parent"]))  # 琅勃拉邦省: that country's province
    if world is None and _compass_prefixed(art.text, s, suffix, occ):
        s, name = s - 1, art.text[s - 1:e]  # 瑞典|东约特兰省: the compass word is part of the name
    if tail is not None:
        doc.mentions.remove(tail)
    doc.add_mention(art, s, e, "Place", "gazetteer.foreign-division",
                    norm=world["name"] if world else name, **attrs)
    occ[s:e] = b"\x01" * (e - s)
    return True


_CITY_PROVINCE_WORDS = tuple(cue("registry_cues", "city_province_words"))


def _glued_division_word(stem: str, suffix: str) -> bool:
    """Does a stem of two characters end with the character that makes a common noun of the
    division's word (直属库|库区 安全生产: 库区, the depot's grounds; 山区, 矿区)?  Read so, the
    first character closes the word before it, and no name written by sound is left (the world
    table's names are looked up before)."""
    return len(stem) == 2 and len(suffix) == 1 and _is_dictionary_word(stem[-1] + suffix)


def _province_of_city(name: str, country: str) -> dict:
    """The attributes of a province abroad named after its city (老挝琅勃拉邦省, 万象省): a region
    coded under the city's country, as the registry codes it (`registry._province_abroad_end`),
    so both readings of the same province are one place, part of that country."""
    return {"registry": "world_places", "code": f"iso-{country}-{short_hash(name, 8)}", "level": "region",
            "country": country}


def _abbreviations(doc: Doc) -> None:
    """One-character short forms (中美, 访华, 在京, 京津冀) where no place is named already."""
    by_article: dict[str, list] = {}
    for m in doc.mentions:
        if m.label == "Place" and m.astart >= 0:
            by_article.setdefault(m.article, []).append(m)
    for art in doc.articles:
        occupied = bytearray(len(art.text) + 1)
        for m in by_article.get(art.id, []):
            occupied[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
        for s, e in given_name_spans(art.text):  # 书记郭宁宁: 宁 of a given name is no 宁夏
            occupied[s:e] = b"\x01" * (e - s)
        add_abbreviations(doc, art, occupied)


def _positions(text: str, ch: str) -> list[int]:
    """Sorted positions of one character, found by str.find (C) rather than a Python loop over
    every character of the text."""
    out, i = [], text.find(ch)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


class _QuoteIndex:
    """Answers "is position i inside a “…” or 《…》 pair on its line?" by bisection over the
    positions of quote marks and line breaks (a long single-line text stays linear)."""

    def __init__(self, text: str):
        self.marks = {ch: _positions(text, ch) for ch in "“”《》"}
        self.lines = _positions(text, "\n")

    def _count(self, ch: str, lo: int, hi: int) -> int:
        pos = self.marks[ch]
        return bisect.bisect_left(pos, hi) - bisect.bisect_left(pos, lo)

    def inside(self, i: int) -> bool:
        k = bisect.bisect_left(self.lines, i)
        line_start = self.lines[k - 1] + 1 if k else 0
        return (self._count("“", line_start, i) > self._count("”", line_start, i)
                or self._count("《", line_start, i) > self._count("》", line_start, i))

