"""Agency names: scope + [organ] + [department stem + unit suffix].

A scope is a place the gazetteer found (邯郸市科技局, 魏县人力资源和社会保障局), a relative scope
(市生态环境局, 县农业农村局, 省水利厅 — completed by `resolve` with the article's place) or 国家.
Organs (人民政府, 委 …), department stems, unit suffixes (局, 委员会, 支队 …) and strong suffixes
that make any stem an agency after a scope (…工作指导组, …领导小组) are data in
`kg/resources/lexicon/` (department_stems, organs, unit_suffixes, strong_suffixes …): a new stem or
suffix is a line there.  A county's short name plus 大队/中队 is a unit of the city detachment
(成安大队).  Generic phrases (交通运输部门, 县级…部门, 省道…) fail the grammar.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
import re
from dataclasses import replace

from ... import lexicon as L
from ...text import CHINESE_NUMERALS, CLAUSE_PUNCT, HAN, OPEN_QUOTES, TextMemo, alt, dict_words, is_han, word_freq, word_tags, \
    words_guard
from ...divisions import place_words, table
from ...metric_words import guarded
from ..helpers import prefecture_committee, scoped_name, short_named_organ
from .common import (BODY_COUNT, NOT_IN_NAME, ORG_STOP_CHARS, VILLAGE_LEVEL_ORGANS, Found, Scope, cue, cue_alt, cue_chars, longest,
                     name_re, name_start)

# a merged department names its stems one after another, the last after 和 (文化广播电视和旅游局,
# 教育体育局, 自然资源和规划局): stems of two characters or more chain, up to four in all
_STEM_CHAIN = rf"(?:{alt(L.GOV_STEMS)})(?:(?:{cue_alt('agency_cues', 'stem_joiners')})?(?:{alt(s for s in L.GOV_STEMS if len(s) > 1)})){{0,3}}"
# (not 卫生院: a township's or county's health centre, a public institution the organisation finder reads)
_RE_DEPT = re.compile(rf"(?!{cue_alt('agency_cues', 'not_dept_words')})({_STEM_CHAIN})({alt(L.UNIT_SUFFIXES)})")
_RE_DEPT = guarded(_RE_DEPT)  # (matched at every candidate tail: most positions turned away at one character)
DEPARTMENT = _RE_DEPT  # a department name without its scope (财政局, 国土资源厅)
_RE_STRONG = name_re(alt(L.STRONG_SUFFIXES), 1, 24, split=True)
_RE_ORGAN = re.compile(rf"({alt(L.ORGANS)})")
# orgs18: organs of a level's own organs, after the 直/级 that makes a relative scope weak (市直单位)
_RE_LEVEL_ORGANS = re.compile(alt(cue("agency_cues", "level_organs")))
_RE_PARTY_DEPT = re.compile(rf"({alt(L.PARTY_STEMS)})({L.words_alt('party_dept_suffix')})")
_RE_GOV_OFFICE = guarded(re.compile(rf"((?:{alt(L.GOV_STEMS)})?)({L.words_alt('gov_office_suffix')})"))
_RE_BARE = re.compile(rf"({alt(L.BARE_STEMS)})(?![{HAN}])|({alt(L.BARE_STEMS)})(?={L.words_alt('bare_stem_verbs')})")
_RE_SUBUNIT = re.compile(f"({L.words_alt('county_subunits')})")
_RE_NATIONAL = re.compile(rf"({alt(L.NATIONAL)})")
_A = "agency_cues"  # the grammar words of this module (agency_cues.tsv)
# quake58: a body sending out a team (安化县应急管理局派出核灾工作组赶赴…): the verb after the body's own
# name, so the team is no agency named after it; not 派出所, 派出机构 (nouns of their own)
_SENDS_OUT = re.compile(f"(?:{cue_alt(_A, 'sending_verbs')})(?!{cue_alt(_A, 'sending_verb_nouns')})")
# 我县被…委员会授予: the passive opens the stem, so the place is the sentence's patient, not the body's owner
_PASSIVE_OPEN = re.compile(f"(?:{cue_alt(_A, 'passive_marks')})(?!{cue_alt(_A, 'passive_mark_nouns')})")
# 市政府为深化中央巡视组…: the purpose of the organ before the team, no part of the team's name
_PURPOSE = re.compile(f"(?:{cue_alt(_A, 'purpose_marks')})(?:{cue_alt(_A, 'purpose_verbs')})")
_NATIONAL_SCOPE = cue(_A, "national_scope")[0]  # 国家
_MINISTRY = cue(_A, "ministry_suffix")[0]  # 部
_CENTRE = cue(_A, "centre_suffix")[0]  # 中心
_CENTRE_NOT_BEFORE = "".join(cue(_A, "centre_not_before"))  # 中心城区, 中心村: other words
_NATIONAL_NOT_SUFFIXES = frozenset(cue(_A, "national_not_suffixes"))  # 国家气象站: the network's stations
_GOVERNMENT = cue(_A, "government")[0]  # 政府
_PEOPLE_GOVERNMENT = cue(_A, "people_government")[0]  # 人民政府
_COMMITTEE = cue(_A, "committee")[0]  # 委
_COMMITTEE_FULL = cue(_A, "committee_full")[0]  # 委员会: 中共X县委员会 = X县委
_TOWNSHIP_COMMITTEE = cue(_A, "township_committee")[0]  # 党委: a township's party committee
_DEPT_ORGANS = cue(_A, "dept_organs")  # organs a department is named after (市委宣传部, 市政府办公室)
_LIST_JOINERS = "".join(cue(_A, "list_joiners"))
_CONGRESS = cue(_A, "congress")[0]  # 人大
_CONGRESS_NOT_BEFORE = tuple("".join(cue(_A, "congress_not_before")))  # 人大代表, 人大常委会
_CHAIN_NOT_UNITS = cue(_A, "chain_not_units")
_MINISTRY_NOT_AFTER = "".join(cue(_A, "ministry_not_after"))  # 市委|组织部: a party department
_PARTY_PREFIXES = cue(_A, "party_prefixes")  # 中共, 中国共产党 before a party committee's scope
_PARTY_ORGANS = cue(_A, "party_organs")  # 党委, 纪委, 党工委
_PARTY_DEPT_ORGANS = cue(_A, "party_dept_organs")  # 自治区党委|宣传部
_ORGAN_FULL = {r["organ"]: r["standard"] for r in L.load_table("organ_full_forms")}  # one body, one name
_PROVINCE_ORGAN_FULL = dict(c.split("=", 1) for c in cue(_A, "province_organ_full"))  # 法院=高级人民法院
_CITY_ORGAN_FULL = dict(c.split("=", 1) for c in cue(_A, "city_organ_full"))  # 法院=中级人民法院
# 县委武装部: a department under the committee's lead that is the place's own (its standard name, no committee in it)
_COMMITTEE_LED = dict(c.split("=", 1) for c in cue(_A, "committee_led_departments"))
_RE_COMMITTEE_LED = re.compile(alt(sorted(_COMMITTEE_LED, key=len, reverse=True)))
_PROVINCE_RELATIVE = frozenset(cue(_A, "province_relative_scopes"))  # 省, 自治区


_TOWNSHIP_RELATIVE = frozenset(cue(_A, "township_relative_scopes"))  # 乡, 镇
_TOWNSHIP_ONLY_ORGANS = frozenset(cue(_A, "township_only_organs"))  # 工委: 朝阳门街道工委, no 区工委
_PROVINCE_ONLY_ORGANS = frozenset(cue(_A, "province_only_organs"))  # 军区: 江苏省军区, no 南京市军区
_SESSION_IN_STEM = tuple(cue(_A, "session_in_stem"))  # 次会议: a session's committee, no body's own name
# 县委四个巡察组进驻: a count of teams after the committee, no team's own name (org_cues body_count_measures)
_COUNT_IN_STEM = re.compile(BODY_COUNT)


def _township_scope(scope: Scope) -> bool:
    """Does the scope name a town or township (大墅镇, or 镇 relative to the article's place)?  No CPPCC
    committee sits at that level, so 政协 after it is the members' (大墅镇政协委员), no body of the town."""
    return (scope.kind == "place" and scope.level == "township") or \
        (scope.kind == "relative" and scope.name in _TOWNSHIP_RELATIVE)


def _province_scope(scope: Scope) -> bool:
    """Does the scope name a province (甘肃省, or 省 relative to the article's place)?"""
    return (scope.kind == "place" and scope.level == "province") or \
        (scope.kind == "relative" and scope.name in _PROVINCE_RELATIVE)


def _province_department_scope(scope: Scope) -> bool:
    """A province or autonomous region whose bureaus are departments (省财政 → 省财政厅), not a
    municipality under the centre (北京市财政局: its name ends in 市)."""
    return _province_scope(scope) and not (scope.kind == "place" and scope.name.endswith(_MUNICIPALITY_END))


_MUNICIPALITY_END = "市"
_CPPCC_PREFIX = cue(_A, "cppcc_prefix")  # 中国人民政治协商会议 before a scope and 委员会
_CPPCC_COMMITTEE = cue(_A, "cppcc_committee")[0]  # 委员会
_CPPCC_SHORT = cue(_A, "cppcc_short")[0]  # 政协
_RE_VILLAGE_ORGAN = re.compile(alt(place_words("village_organs")))
_RE_MINISTRY = re.compile(rf"({alt(L.NATIONAL_MINISTRIES)}){re.escape(_MINISTRY)}(?![{L.chars('ministry_bad_after')}])")

_RELATIVE_CHARS = L.chars("relative_scopes")
# 州, 旗, 盟 stand for the text's prefecture, banner or league only where it names one (甘孜藏族自治州):
# elsewhere 州政府 is a foreign state's (加州政府, 纽约州政府)
_NAMED_RELATIVE_CHARS = set(L.chars("relative_scopes_named"))
_RE_RELATIVE_CHAR = re.compile("[" + "".join(re.escape(c) for c in _RELATIVE_CHARS) + "]" if _RELATIVE_CHARS
                               else "(?!)")
_WORD_SCOPES = {w for w in L.RELATIVE_SCOPES if len(w) > 1}  # 自治区
_ANAPHOR_SCOPES = L.SCOPE_ANAPHORA
# a character before 市/县/省 that makes it part of another word (城市, 社区, 国道省道 …)
_BAD_PREV = set(L.chars("scope_bad_prev"))
_BAD_PREV_WORDS = cue(_A, "scope_bad_prev_words")  # words before 区 that make it a zone (开发区)
_GOOD_PREV_WORDS = tuple(cue(_A, "scope_good_prev_words"))  # 下辖: a scope after it names the unit governed
_NOT_SCOPE_WORDS = frozenset(cue(_A, "scope_not_words"))  # 地区: a region, no district
_ZONE_CHARS = frozenset(cue(_A, "zone_scope_chars"))  # 区
_ZONE_PREV = frozenset(cue(_A, "zone_short_prev"))  # 开: X开区 is an economic development zone
_ZONE_PART_PREV = frozenset(cue(_A, "zone_part_prev"))  # 南: 工业园区南区, a part of a zone or a town
_ZONE_PART_AFTER = frozenset(cue(_A, "zone_part_after"))  # 区 of 园区|南区: the zone named right before
_ZONE_KIND = re.compile(L.words_alt("zone_suffixes"))  # 综合实验区, 经济技术开发区: a zone's kind after its place
_ZONE_ORGANS = frozenset(cue(_A, "zone_organs"))  # 人民法院, 人民检察院: organs a zone has of its own


def _zone_organ(text: str, p: int) -> tuple[int, str] | None:
    """平潭|综合实验区人民检察院, 宜宾|经济技术开发区人民法院: a zone's kind right after the place and one of
    the organs a zone has of its own (zone_organs) right after it: the zone's court or procuratorate, a
    body of its own (the zone's 管委会 is read as a strong suffix).  (end, the zone's kind and the
    organ's standard form)."""
    z = _ZONE_KIND.match(text, p)
    o = _RE_ORGAN.match(text, z.end()) if z else None
    if o is None or o.group(1) not in _ZONE_ORGANS:
        return None
    return o.end(), z.group(0) + _ORGAN_FULL.get(o.group(1), o.group(1))
# a character after it that does the same (市场, 省道, 县级, 市直, 县城 …)
_BAD_NEXT = set(L.chars("scope_bad_next"))
_LEVEL_PAIR_WORDS = frozenset(cue(_A, "level_pair_words"))  # 省|市场监管局: a word, no pair of levels (省市)
# characters after a one-character unit suffix that show it is part of another word (部门, 委员 …)
_BAD_AFTER_SUFFIX = set(L.chars("unit_bad_after"))
# words that begin what the body does though their first character is such a character (…局分别,
# …局有关负责人); after 所, 处, 部 they read as 所有, 处分, 部分
_SUFFIX_OK_WORDS = cue(_A, "suffix_ok_words")
_SUFFIX_OK_NOT_AFTER = "所处部"
_LIST_MARKS = ("、",)  # the mark between places that share an agency's tail (赣州市、吉安市农业农村局)
_GOVERNMENT_NOT_BEFORE = L.words("organ_not_standalone_after_government")
_SUBUNIT_JOINERS = L.chars("subunit_joiners")
# a party committee named with its level (富县县委, 翁牛特旗旗委, 怒江州委) and its officers after it
_LEVEL_COMMITTEES = L.words("level_committees")


_DOUBLED_ORGANS = tuple(cue(_A, "level_doubled_organs"))  # 政府, 人民政府


def _level_doubled(text: str, sc: Scope) -> bool:
    """Is a place's level character written again before its government (滑县县政府办公室, 荣县县人民政府,
    曲靖市市政府)?  The government is the place's own, named once (滑县人民政府办公室), as 曲靖市|市委 is
    曲靖市委; a relative scope (市县政府: the governments of both levels) is never read so."""
    return sc.kind == "place" and bool(sc.name) and text[sc.end:sc.end + 1] == sc.name[-1] \
        and text.startswith(_DOUBLED_ORGANS, sc.end + 1)


def _scope_doubled(place: str, tail: str, written: str = "") -> bool:
    """Is the place's level written again before its committee (曲靖市|市委, 麒麟区|区委宣传部)?  The
    committee is the place's own, named once: 曲靖市委.  (Not 曲靖市|市场监管局: no committee.)  The
    level as written counts too: a county since made a district (水城县|县委, now 水城区) is 水城区委."""
    return any(tail.startswith(c) and c[0] in (place[-1], written[-1:]) for c in _LEVEL_COMMITTEES)
_COMMITTEE_OFFICERS = L.words("committee_officers")
_COMMITTEE_BAD_NEXT = set(cue("agency_cues", "committee_bad_next"))  # 委员, 委托: other words
_COMMITTEE_GENERIC_AFTER = tuple(cue("agency_cues", "committee_generic_after"))  # 委办厅局: bodies of every kind
# a post inside what would be a working group's name: a person and a post, not a name (县人大常委会主任
# 马善军向协调督导组); posts that name members (委员, 成员, 干部) and 常委会 are parts of names
POST_IN_STEM = re.compile("(?:" + alt(r["word"] for r in L.load_table("posts") if r.get("kind") in ("post", "head")
                                        and len(r["word"]) > 1 and r["word"] not in cue(_A, "posts_in_names"))
                           + ")(?!会)")
# committees and offices written by their customary short forms (安委会, 文明办, 双打办) → standard names
_OFFICE_ABBR = {r["short"]: r["full"] for r in L.load_table("office_abbreviations")}
_RE_OFFICE_ABBR = re.compile(f"(?:{alt(_OFFICE_ABBR)})") if _OFFICE_ABBR else re.compile("(?!)")
_OFFICE_SHORT, _OFFICE_FULL = (cue(_A, "office_short") + ("", ""))[:2]  # 办 → 办公室 after 委 or 政府
_OFFICE_SHORT_BEFORE = cue(_A, "office_short_before")  # 县委办主任: its officers after it
# 厦门海关 and its divisions (郑州海关办公室, 青岛海关统计分析处): named by the city's short name as written
_AS_WRITTEN = tuple(cue(_A, "as_written_organs"))
_TERM_ONE = rf"(?:{cue_alt(_A, 'term_open')})?[{CHINESE_NUMERALS}]{{1,4}}(?:{cue_alt(_A, 'term_close')})"
# people29: terms listed with 、 are one term of the organ (政协福建省|第七届、八届|委员会主席: the committee,
# not a body 八届委员会 read after the 、)
_RE_TERM = re.compile(rf"{_TERM_ONE}(?:、{_TERM_ONE})*")  # 厦门海关: named by the city's short name, not 厦门市海关


# find_scopes is asked three times per text with the same places (league committees, agencies,
# mass organisations): answered once per text object and places list (identity, not content)
_SCOPES_MEMO = TextMemo()


_CAMPUS_WORDS = cue(_A, "campus_words")  # 校区, 分校: a school's campus named by a city


def find_scopes(text: str, places: list[Found]) -> list[Scope]:
    """The scopes (places, relative 市/县 …, 国家) names of bodies can open with in `text`."""
    known = _SCOPES_MEMO.of(text)
    kept = known.get("scopes")
    if kept is not None and kept[0] is places and len(kept[1]) == len(places) and \
            all(a is b for a, b in zip(kept[1], places)):
        return list(kept[2])
    out = _find_scopes(text, places)
    known["scopes"] = (places, tuple(places), tuple(out))
    return out


def _listed_level(text: str, i: int, township_ends: frozenset[int] = frozenset()) -> bool:
    """Is the relative character at `i` the last of a list of levels (各乡、镇; 各县(市)、区;
    各县（市）区): another level character before it, across 、 and a closing bracket?  The 镇 or
    乡 ending a named township (由阳湖镇、区科技经信局等组成) is no level listed: the township and the
    district's bureau are two members of the list."""
    j = i
    while j > 0 and i - j < 3 and text[j - 1] in "、)）":
        j -= 1
    return j < i and j > 0 and text[j - 1] in _RELATIVE_CHARS and j not in township_ends


_WORD_NEXT = set(L.chars("scope_word_next"))  # 村 of 乡村
_OPENED_REACH = 12  # characters back to the clause's opening a scope may stand at (bounded)


def _clause_opened_by_scope(text: str, i: int) -> bool:
    """Does a bare relative scope open the clause `i` stands in (区|全面推进乡村振兴工作专班)?  Then a
    scope character at `i` that begins a word (乡村) is that word's, inside the name the first one
    opened, not a second scope (was 西彭镇村振兴工作专班).  Looked at up to `_OPENED_REACH` back."""
    j = i
    while j > 0 and i - j < _OPENED_REACH and text[j - 1] not in _CLAUSE_OPENERS:
        j -= 1
    return j < i and text[j] in _RELATIVE_CHARS and (j == 0 or text[j - 1] in _CLAUSE_OPENERS)


_CLAUSE_OPENERS = CLAUSE_PUNCT + "、 （(" + OPEN_QUOTES  # (kg.text's classes: a clause, a list item, a bracket or quote opens)


def _enclosing_kinds(places: list[Found]) -> set[str]:
    """称多县…州农牧局, 碌曲县…州林草局: the prefecture, banner or league a named county or township lies
    in (玉树藏族自治州, 锡林郭勒盟) makes its kind a level the text names, as writing it would: the county's
    news writes 州X局 for its prefecture's bureau; a named township's banner the same (巴彦托海镇…旗政府办公室、
    林草局: the banner's, 鄂温克族自治旗)."""
    kinds = set()
    for pl in places:
        code = pl.attrs.get("code")
        if pl.attrs.get("level") in ("county", "township") and code:
            kinds |= _city_kind(str(code))
        if pl.attrs.get("level") == "township" and code:
            kinds |= _city_kind(str(code), "county")  # 巴彦托海镇…旗政府办公室: the township's banner (neimeng75)
    return kinds


@lru_cache(maxsize=4096)
def _city_kind(code: str, level: str = "city") -> frozenset[str]:
    """The last character of the name of the city-level division above `code` (州 of 玉树藏族自治州), or of
    the county-level one (旗 of 鄂温克族自治旗, above 巴彦托海镇) when `level` says so."""
    return frozenset(d.name[-1] for d in table().ancestors(code) if d.level == level and d.name)


_COUNTRY_BRACKET_HEADS = tuple(cue(_A, "country_bracket_heads"))  # 中国: 中国（浙江）知识产权保护中心
_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"


def _country_bracket(text: str, pl: Found) -> int | None:
    """Where 中国 opens when the place `pl` stands alone in brackets right after it (中国（浙江）知识产权保护
    中心, 中国（晋江）知识产权快速维权中心): the country's bodies set up in that place, named as written, whose
    tail starts after the closing bracket.  None for any other place (a bracket holding more than the place,
    a place in brackets after anything else: 柳工（集团）, 北京大学（青岛）)."""
    if pl.start < 1 or text[pl.start - 1] not in _OPEN_BRACKETS or text[pl.end:pl.end + 1] not in tuple(_CLOSE_BRACKETS):
        return None
    head = next((h for h in _COUNTRY_BRACKET_HEADS if text.endswith(h, 0, pl.start - 1)), None)
    return pl.start - 1 - len(head) if head else None


def _find_scopes(text: str, places: list[Found]) -> list[Scope]:
    out: list[Scope] = []
    covered = set()
    ends = {p.end for p in places}
    for pl in places:
        chained_zone = pl.attrs.get("level") == "zone" and pl.start in ends  # 佛山|顺德英德产业园管委会: a zone
        # after the city that holds it leaves the scope to the chain, as before zones opened scopes (review117)
        if pl.attrs.get("level") in ("province", "city", "county", "township", "new-area", "zone") \
                and not chained_zone and not text.startswith(_CAMPUS_WORDS, pl.end):  # 威海|校区: a campus, no scope
            out.append(Scope(pl.end, pl.start, "place", pl.norm, pl.attrs.get("code"), pl.attrs.get("level"),
                             short=pl.attrs.get("short", False)))
            if (opened := _country_bracket(text, pl)) is not None:  # 中国（三亚）|知识产权保护中心
                out.append(Scope(pl.end + 1, opened, "place", pl.norm, pl.attrs.get("code"), pl.attrs.get("level"),
                                 short=True, bracketed=True))
        covered.update(range(pl.start, pl.end))
    named_kinds = {pl.norm[-1] for pl in places if pl.attrs.get("level") in ("city", "county") and pl.norm} \
        | _enclosing_kinds(places)
    township_ends = frozenset(pl.end for pl in places if pl.attrs.get("level") == "township")
    for hit in _RE_RELATIVE_CHAR.finditer(text):  # the characters of relative scopes only
        i, ch = hit.start(), hit.group(0)
        if i in covered or (ch in _NAMED_RELATIVE_CHARS and ch not in named_kinds):
            continue
        two = text[i - 1:i + 1] if i else ""
        if two in _ANAPHOR_SCOPES:
            out.append(Scope(i + 1, i - 1, "relative", _ANAPHOR_SCOPES[two]))
            continue
        three = text[i - 2:i + 1] if i > 1 else ""
        if three in _WORD_SCOPES:  # 自治区党委: the autonomous region, relative to the article's place
            out.append(Scope(i + 1, i - 2, "relative", three))
            continue
        prev = text[i - 1] if i else ""
        if text.endswith(_BAD_PREV_WORDS, 0, i) or text[i - 1:i + 1] in _NOT_SCOPE_WORDS:
            continue  # 开发区: a zone's kind, not the district; 地区: a region
        if ch in _ZONE_CHARS and prev and prev in _ZONE_PREV and not word_freq().get(text[i - 2:i]):
            continue  # 井开区党工委, 经开区管委会: a zone written short (its 开 of 经济技术开发区), no district
            # (召开|区委常委会: 开 ends a verb, the district stays)
        if ch in _ZONE_CHARS and prev and prev in _ZONE_PART_PREV and i > 1 and text[i - 2] in _ZONE_PART_AFTER:
            continue  # 甘眉工业园区南区|招商局, 开发区北区管委会: the zone's part, no district of the article
        if prev and ((prev in _BAD_PREV and not text.endswith(_GOOD_PREV_WORDS, 0, i))
                     or prev in _RELATIVE_CHARS or _listed_level(text, i, township_ends)):
            continue  # 县市区人民政府, 各乡、镇人民政府, 各县(市)、区人民政府: the levels in general
        nxt = text[i + 1:i + 2]
        out.append(Scope(i + 1, i, "relative", ch, weak=nxt in _BAD_NEXT
                         or (nxt in _WORD_NEXT and _clause_opened_by_scope(text, i))))
    for m in re.finditer(_NATIONAL_SCOPE, text):
        out.append(Scope(m.end(), m.start(), "national", _NATIONAL_SCOPE))
    return out + _corps_scopes(text, places)


_CORPS_NAME = cue(_A, "corps_name")[0]  # 新疆生产建设兵团
_CORPS_SHORT = cue(_A, "corps_short")[0]  # 兵团
_CORPS_NOT_AFTER = cue(_A, "corps_not_after")  # 生产建设|兵团 of another province (黑龙江生产建设兵团)
_CORPS_DIVISION = rf"(第?)(十[一二三四]?|[一二三四五六七八九]){cue_alt(_A, 'corps_division')}"  # 14 divisions
# the Corps with or without a division after it, or a division alone (never an empty match)
_RE_CORPS = re.compile(rf"(?:{re.escape(_CORPS_NAME)}|{re.escape(_CORPS_SHORT)})(?:{_CORPS_DIVISION})?|{_CORPS_DIVISION}")


CORPS_REGION = cue(_A, "corps_region")[0]  # 新疆
_CORPS_NUMERALS = "".join(cue(_A, "corps_unit_numerals"))  # 〇一二…十百: a regiment's or a company's number
# a division's regiment and the regiment's company, written right after the division (十师|一八二团|七连)
_RE_CORPS_UNITS = re.compile(rf"(?:[{_CORPS_NUMERALS}]{{2,4}}{cue_alt(_A, 'corps_regiment')})?"
                             rf"(?:[{_CORPS_NUMERALS}]{{1,3}}{cue_alt(_A, 'corps_company')})?")


def _corps_units(text: str, end: int) -> int:
    """Where a division's regiment and company written right after it end (十师|一八二团七连|党支部: the
    company's party branch; 第十师一八二团|党委): a unit of the Corps names its organs as the division
    does.  A regiment is two to four numerals (一八二团, 十四团); 团委 (the Youth League's committee)
    right after the division (十师|团委) has no numeral and is none."""
    m = _RE_CORPS_UNITS.match(text, end)
    return m.end() if m else end


def _corps_alone(text: str) -> list[Found]:
    """兵团 written alone in a text about Xinjiang is the Corps (兵团深入贯彻…, 今年是兵团成立70周年):
    one agency under its full name; never after 生产建设 (黑龙江生产建设|兵团).  A name it opens
    (兵团党委) is longer and wins.  Right after the region's name (新疆兵团实施对口援疆项目199个,
    duikou119) the region is the Corps' short name's first word, not a place of its own: one mention
    over both, so the region is not read as who did it."""
    if _CORPS_SHORT not in text or CORPS_REGION not in text:
        return []
    out = []
    for m in re.finditer(re.escape(_CORPS_SHORT), text):
        if text.endswith(_CORPS_NOT_AFTER, 0, m.start()) or text.endswith(_CORPS_NAME[:-len(_CORPS_SHORT)], 0, m.start()):
            continue  # (新疆生产建设兵团 in full is the registry's name)
        start = m.start() - len(CORPS_REGION) if text.endswith(CORPS_REGION, 0, m.start()) else m.start()
        attrs = {"national": True, "region_written": True} if start < m.start() else {"national": True}
        out.append(Found(start, m.end(), "Agency", _CORPS_NAME, "agency.corps", attrs))
    return out


def _corps_scopes(text: str, places: list[Found]) -> list[Scope]:
    """The Corps (兵团党委, 兵团发展改革委) and its divisions (第七师党委, 七师纪委) as scopes of the
    organs named after them: a division merged with its city (第八师石河子市党委) is one scope over
    both.  Only in a text that names the Corps, and only where the name opens a clause or follows a
    stop character when written without 第 or 兵团 (七师党委), never after 生产建设 (黑龙江生产建设|兵团,
    another province's, long gone)."""
    if _CORPS_SHORT not in text:
        return []
    county_at = {pl.start: pl for pl in places if pl.attrs.get("level") == "county"}
    out: list[Scope] = []
    for m in _RE_CORPS.finditer(text):
        written = text[m.start():m.end()]
        ordinal, number = m.group(1) or m.group(3), m.group(2) or m.group(4)  # (the two branches' groups)
        if text.endswith(_CORPS_NOT_AFTER, 0, m.start()) and not written.startswith(_CORPS_NAME):
            continue  # (黑龙江生产建设|兵团: another province's, long gone)
        if not (ordinal or written.startswith(_CORPS_SHORT) or written.startswith(_CORPS_NAME)) \
                and not _opens_clause(text, m.start()):
            continue  # 七师 alone only where it opens a clause (代表第八师 and 按照兵团党委 read as written)
        name = _CORPS_NAME
        if number:  # a division: written 第七师 or 七师, named 第七师
            name += "第" + number + text[m.end() - 1]
        end, city = m.end(), county_at.get(m.end())
        if city is not None and number:
            name, end = name + city.norm, city.end  # 第八师|石河子市: the division and its city, one body
        if number and (units := _corps_units(text, end)) > end:
            name, end = name + text[end:units], units  # 十师|一八二团七连: the division's regiment and company
        out.append(Scope(end, m.start(), "place", name, None, "province"))
    return out


_SHORT_STEM_WRITTEN_BEFORE = frozenset(cue(_A, "short_stem_written_before"))  # 院


def canon_tail(stem: str, suffix: str) -> str:
    """A department's tail in its standard form (发改委 → 发展和改革委员会, 通管办 → 通信发展管理办公室); a short stem before an
    institute's 院 stays as written (市发改院 is the 发展改革研究院, no 发展和改革院)."""
    if suffix in _SHORT_STEM_WRITTEN_BEFORE and stem in L.CANONICAL_STEMS:
        return stem + suffix
    if (tail := L.SHORT_TAILS.get((stem, suffix))) is not None:
        return tail  # 通管办 → 通信发展管理办公室 (通管局 → 通信管理局 by the stem's canonical form)
    canon = L.CANONICAL_STEMS.get(stem, stem)
    return canon + L.CANONICAL_SUFFIX.get((canon, suffix), suffix)


def _suffix_ok(text: str, end: int, suffix: str) -> bool:
    """Can a body's name end at `end` with `suffix`?  Not where the next character makes a word with a
    one-character suffix (organs_not_unit.tsv `across`: 驻旗边防部|队 is the troops, no 边防部; neimeng75)."""
    nxt = text[end:end + 1]
    if len(suffix) == 1 and text.startswith(_ACROSS_WORDS, end - 1) and text[end - 1] == suffix:
        return False
    if len(suffix) == 1 and nxt in _BAD_AFTER_SUFFIX and not (nxt == "在" and suffix not in "所处") and \
            not (suffix not in _SUFFIX_OK_NOT_AFTER and text.startswith(_SUFFIX_OK_WORDS, end)):
        return False  # (…局在全市开展: 在 opens what the body does; 所在, 处在 are words)
    if suffix == _PARTICLE_SUO and text.startswith(_PARTICLE_SUO_VERBS, end):
        return False  # …乡村振兴所做工作: the particle 所, no unit
    return not (suffix == _CENTRE and nxt and nxt in _CENTRE_NOT_BEFORE)


_ACROSS_WORDS = tuple(r["word"] for r in L.load_table("organs_not_unit") if r["where"] == "across" and r["word"])
_PARTICLE_SUO = "所"
_PARTICLE_SUO_VERBS = tuple(cue(_A, "particle_suo_verbs"))


def _level_pair(text: str, scope: Scope, p: int) -> bool:
    """A relative scope right before another level's character (各对口援疆省市|前方指挥部, 各县市|指挥部):
    the levels in general, no one body's scope, so no …指挥部-type strong suffix is its; a word the
    second level opens (省|市场监督管理局: `level_pair_words`) is none."""
    nxt = text[p:p + 1]
    return scope.kind == "relative" and nxt != "" and nxt in _RELATIVE_CHARS \
        and text[p:p + 2] not in _LEVEL_PAIR_WORDS


def _tail_at(text: str, p: int, scope: Scope, strong: bool = True) -> tuple[int, str, str] | None:
    """The longest organ/department tail starting at p: (end, canonical tail, rule); without
    `strong`, no …委员会-type strong suffix after an organ (when another scope starts inside it)."""
    best: tuple[int, str, str] | None = None

    def offer(end: int, tail: str, rule: str):
        nonlocal best
        if best is None or end > best[0]:
            best = (end, tail, rule)

    if scope.weak:
        if (o := _RE_LEVEL_ORGANS.match(text, p)) and _suffix_ok(text, o.end(), o.group(0)[-1]):
            return o.end(), o.group(0), "agency.organ"  # 市直机关工委, 省级机关工委: 直/级 opens the organ
        d = _RE_DEPT.match(text, p)
        if d and _suffix_ok(text, d.end(), d.group(2)):
            return _chain(text, d.end(), canon_tail(d.group(1), d.group(2)), "agency.dept")
        return None

    a = _RE_OFFICE_ABBR.match(text, p)
    if a and _suffix_ok(text, a.end(), a.group(0)[-1]):  # 省安委会, 县双打办: the standard name
        offer(a.end(), _OFFICE_ABBR[a.group(0)], "agency.office-abbr")
    m = _RE_ORGAN.match(text, p)
    if m and m.group(1) == _CPPCC_SHORT and _township_scope(scope):
        m = None  # 大墅镇|政协委员园区: no township CPPCC
    if m and m.group(1) in _TOWNSHIP_ONLY_ORGANS and not (scope.kind == "place" and scope.level == "township"):
        m = None  # 朝阳门街道工委 is the street's; 区工委, 市工委 open no organ of the district or city
    if m and m.group(1) in _PROVINCE_ONLY_ORGANS and not _province_scope(scope):
        m = None  # 江苏省军区, 省军区: a province's military district; after a city or county no organ of it
    if m:
        organ, q = m.group(1), m.end()
        organ_tail = _ORGAN_FULL.get(organ, organ)  # 省政府 = 省人民政府, 市人民代表大会常务委员会 = 市人大常委会
        if organ in _PROVINCE_ORGAN_FULL and _province_scope(scope):
            organ_tail = _PROVINCE_ORGAN_FULL[organ]  # 甘肃省法院 = 甘肃省高级人民法院: a province's court is its high court
        elif organ in _CITY_ORGAN_FULL and scope.kind == "place" and scope.level == "city":
            organ_tail = _CITY_ORGAN_FULL[organ]  # 南昌市法院 = 南昌市中级人民法院: a prefecture's court
        committee = organ == _COMMITTEE or organ in _LEVEL_COMMITTEES  # 市委; 富县县委, 翁牛特旗旗委
        if organ == _COMMITTEE and _township_scope(scope):
            organ_tail = _TOWNSHIP_COMMITTEE  # 大埔镇委书记: a town's 委 is its 党委 (helpers.township_committee_rest)
        if committee and (a := _RE_OFFICE_ABBR.match(text, q)) and _suffix_ok(text, a.end(), a.group(0)[-1]):
            # 县委老干局: its 老干部局; offered before the party departments so that at an equal end the standard
            # name wins (荆州市委编办 = 荆州市委机构编制委员会办公室, not 编 + 办 as written, bianzhi116)
            offer(a.end(), organ_tail + _OFFICE_ABBR[a.group(0)], "agency.office-abbr")
        for rx, rule in ((_RE_PARTY_DEPT, "agency.organ-party-dept"), (_RE_GOV_OFFICE, "agency.organ-office")):
            d = rx.match(text, q)
            if d and _suffix_ok(text, d.end(), d.group(2)):
                if rx is _RE_PARTY_DEPT and not (committee or organ in _PARTY_DEPT_ORGANS):
                    continue
                offer(d.end(), organ_tail + d.group(0), rule)
        if committee and (c := _RE_COMMITTEE_LED.match(text, q)) and _suffix_ok(text, c.end(), c.group(0)[-1]):
            offer(c.end(), _COMMITTEE_LED[c.group(0)], "agency.committee-led-dept")  # 县委武装部: 县人民武装部
        d = _RE_DEPT.match(text, q)
        if d and organ in _DEPT_ORGANS and _suffix_ok(text, d.end(), d.group(2)):
            offer(d.end(), organ_tail + canon_tail(d.group(1), d.group(2)), "agency.organ-dept")
        if organ in _COURT_ORGANS and (u := _court_unit(text, q)):
            offer(u.end(), organ_tail + u.group(0), "agency.organ-court-unit")
        if organ in _PROCURATORATE_ORGANS and (u := _RE_PROCURATORATE_UNIT.match(text, q)):
            offer(u.end(), organ_tail + u.group(0), "agency.organ-court-unit")  # 区人民检察院|第三检察部
        if organ_tail in _NPC_ORGANS and (c := _RE_NPC_COMMITTEE.match(text, q)) and _suffix_ok(text, c.end(), c.group(2)):
            offer(c.end(), organ_tail + c.group(0), "agency.organ-npc-committee")  # 省人大|财经委, 省人大常委会|法工委
        s = _RE_STRONG.match(text, q)
        if s and committee and strong and not NOT_IN_NAME.search(s.group(1)) and not POST_IN_STEM.search(s.group(1)) \
                and not any(w in s.group(1) for w in _SESSION_IN_STEM) and not _COUNT_IN_STEM.search(s.group(1)):
            offer(s.end(), organ_tail + s.group(0), "agency.organ-strong")
        if (committee or organ in (_GOVERNMENT, _PEOPLE_GOVERNMENT)) and text.startswith(_OFFICE_SHORT, q):
            after = q + len(_OFFICE_SHORT)  # 县委办, 县政府办 (and 县委办主任): the organ's general office
            if not is_han(text[after:after + 1]) or text[after] in _LIST_JOINERS \
                    or text.startswith(_OFFICE_SHORT_BEFORE, after):
                offer(after, organ_tail + _OFFICE_FULL, "agency.organ-office")
        nxt = text[q:q + 2]
        if committee and text.startswith(_COMMITTEE_GENERIC_AFTER, q):
            standalone = False  # 自治区委办厅局: committees, offices, departments and bureaus, no one committee
        elif committee:  # 市委 alone before punctuation or 、和与及, or before its officers (县委书记);
            # 委员, 委托 are other words
            # after a named place, 委 (or its level committee: 湘西州委召开) is its committee unless a word
            # goes on (萍乡市委多年来; 委员, 委托)
            standalone = not is_han(nxt[:1]) or nxt[:1] in _LIST_JOINERS \
                or (scope.kind == "place" and (text.startswith(_COMMITTEE_OFFICERS, q)  # not 优秀县委书记
                                               or nxt[:1] not in _COMMITTEE_BAD_NEXT)) \
                or (scope.kind == "relative" and organ == _COMMITTEE and nxt[:1] not in _COMMITTEE_BAD_NEXT
                    and not text.startswith(_COMMITTEE_OFFICERS, q)  # 省委决定, 经省委研究 (县委书记: a post's kind)
                    and _opens_clause(text, scope.start))  # not 民革|市委主委: another body's committee
        elif organ == _CONGRESS:  # 人大代表, 人大常委会 (matched on its own)
            standalone = nxt[:1] not in _CONGRESS_NOT_BEFORE
        elif organ in (_GOVERNMENT, _PEOPLE_GOVERNMENT):  # 政府工作报告, 政府规章, 政府投资 …
            standalone = nxt not in _GOVERNMENT_NOT_BEFORE
        else:
            standalone = True
        if standalone and best is None:
            offer(q, organ_tail, "agency.organ")
    d = _RE_DEPT.match(text, p)
    if d and _suffix_ok(text, d.end(), d.group(2)) \
            and not (scope.kind == "national" and d.group(2) in _NATIONAL_NOT_SUFFIXES):  # (国家气象站: stations)
        offer(*_chain(text, d.end(), canon_tail(d.group(1), d.group(2)), "agency.dept"))
    if scope.kind != "national" and (z := _zone_organ(text, p)) is not None:
        offer(*z, "agency.zone-organ")
    if scope.kind != "national":
        s = _RE_STRONG.match(text, p) if strong and not _level_pair(text, scope, p) else None
        if s and _strong_stem(s.group(1)) and not _PASSIVE_OPEN.match(s.group(1)):
            offer(s.end(), s.group(0), "agency.strong-suffix")
        q = _quoted_strong(text, p) if strong and not s and not _level_pair(text, scope, p) else None
        if q is not None:
            offer(*q, "agency.strong-suffix-quoted")
        b = _RE_BARE.match(text, p)
        if b and best is None:
            stem = b.group(1) or b.group(2)
            suffix = L.BARE_STEMS_PROVINCE[stem] if _province_department_scope(scope) else L.BARE_STEMS[stem]
            offer(p + len(stem), stem + suffix, "agency.bare-stem")  # 省财政: the province's 财政厅
    return best


_RE_STRONG_QUOTED = name_re(alt(L.STRONG_SUFFIXES), 1, 24, chars=HAN + "“”", split=True)
_QUOTED_PART = re.compile(rf"“([{HAN}]{{2,8}})”")


def _quoted_strong(text: str, p: int) -> tuple[int, str] | None:
    """上高县“十二五”规划编制工作领导小组, 县“三线一单”工作领导小组: a working body whose task holds a quoted
    term (a plan's period, a campaign's name) is named by the place, the term and its head (a strong
    suffix); the name is read without the marks, one quoted term of two to eight Han characters, and
    holds no function word (县委关于“…”的…小组 is no name)."""
    m = _RE_STRONG_QUOTED.match(text, p)
    if m is None or text.count("“", m.start(1), m.end(1)) != 1:
        return None
    q = _QUOTED_PART.search(m.group(1))
    if q is None or "“" in m.group(1)[q.end():] or "”" in m.group(1)[:q.start()]:
        return None
    stem = m.group(1).replace("“", "").replace("”", "")
    return (m.end(), stem + m.group(2)) if _strong_stem(stem) else None


def _strong_stem(stem: str) -> bool:
    """Can `stem` open a body named by a strong suffix (…领导小组, …委员会)?  Not with a function word,
    a post, a verb of sending out, a session (次会议), a count of the bodies (四个巡察组), an
    association's term (…行业协会第七届理事会换届工作领导小组: the association's own group) or a purpose
    (市政府为深化中央巡视组…: 为 and its verb, the team another body's) in it."""
    return not (NOT_IN_NAME.search(stem) or POST_IN_STEM.search(stem) or _SENDS_OUT.search(stem)
                or any(w in stem for w in _SESSION_IN_STEM) or _COUNT_IN_STEM.search(stem)
                or _ASSOCIATION_TERM.search(stem) or _PURPOSE.search(stem))


# chongqing90: a committee's term written before its kind (第十一届村民委员会)
_TERM_OPENING = re.compile(f"第[{CHINESE_NUMERALS[:-3]}0-9]{{1,3}}届")


def _without_term(tail: str) -> str:
    """第十一届村民委员会 → 村民委员会: the tail without the term that opens it (the tail as it was else)."""
    m = _TERM_OPENING.match(tail)
    return tail[m.end():] if m else tail


# ngo72: an association's kind followed by its term or the change of its term (协会第七届, 商会换届);
# quntuan108: a people's organisation's short form too, and the number of its congress (渭城区文联第一届委员会,
# 文联第一次代表大会委员会: the federation's own committee, no agency of the district)
_ASSOCIATION_TERM = re.compile(f"(?:{cue_alt('org_cues', 'association_kinds')}|{alt(w for w in L.MASS_ORGS if w)})"
                               f"(?:第?[{CHINESE_NUMERALS[:-3]}0-9]{{1,3}}[届次]|{cue_alt(_A, 'term_change')})")


_NPC_ORGANS = set(cue(_A, "npc_organs"))  # 人大, 人大常委会
_RE_NPC_COMMITTEE = re.compile(rf"({alt(cue(_A, 'npc_committee_stems'))})({alt(cue(_A, 'npc_committee_words'))})")
_COURT_ORGANS = set(cue(_A, "court_organs"))
_RE_COURT_UNIT = re.compile(rf"([{HAN}]{{2,4}}?)(?:{cue_alt(_A, 'court_tribunal')})|"
                            rf"(?:{cue_alt(_A, 'court_division_kinds')})审判(?:第[一二三四五六七八九十]{{1,2}})?庭|"
                            rf"(?:{cue_alt(_A, 'court_units')})")


_PROCURATORATE_ORGANS = set(cue(_A, "procuratorate_organs"))
# 第三检察部: a procuratorate's department numbered since the 2019 reform (never 检察部 alone: the word, no name)
_RE_PROCURATORATE_UNIT = re.compile(rf"第[{CHINESE_NUMERALS[:-3]}]{{1,2}}(?:{cue_alt(_A, 'procuratorate_units')})")


def _court_unit(text: str, q: int) -> re.Match | None:
    """A court's unit named right after it (县人民法院|兴街人民法庭, 刑事审判第一庭, 执行局): a
    township's tribunal named by its stem of no function word, a division, the enforcement bureau."""
    m = _RE_COURT_UNIT.match(text, q)
    if m is None or (m.group(1) and NOT_IN_NAME.search(m.group(1))):
        return None
    return m


_RE_SHORT_OFFICE = re.compile(rf"([{HAN}]{{2,3}}?)({re.escape(_OFFICE_SHORT)})")


def _short_office(text: str, p: int) -> tuple[int, str, str] | None:
    """An office written by its short stem and 办 (市创文办, 县文明办), where the name stands on its
    own (before punctuation, 、, 等 or its officers): not a verb ending in 办 (举办, 主办, 网上办)."""
    m = _RE_SHORT_OFFICE.match(text, p)
    if not m or NOT_IN_NAME.search(m.group(1)):
        return None
    after = m.end()
    if is_han(text[after:after + 1]) and text[after] not in _LIST_JOINERS \
            and not text.startswith(_OFFICE_SHORT_BEFORE, after):
        return None
    tags = word_tags()
    stem = m.group(1)
    if any((tags.get(w) or "").startswith(("v", "p", "d", "r", "m", "f", "s")) for w in
           (stem[-1] + _OFFICE_SHORT, stem[-2:], stem, stem[:2], stem[-1])) or tags.get(stem[-1] + _OFFICE_SHORT):
        return None
    return after, stem + _OFFICE_SHORT, "agency.short-office"


def _chain(text: str, end: int, tail: str, rule: str) -> tuple[int, str, str]:
    """A unit of a department named right after it: 市卫生健康委 + 综合监督执法局; a police unit
    numbered after its kind or after its detachment (县公安局 + 交警三中队, 特警支队 + 一大队)."""
    d = _RE_DEPT.match(text, end)
    if d and d.group(2) not in _CHAIN_NOT_UNITS and _suffix_ok(text, d.end(), d.group(2)):
        end, tail, rule = d.end(), tail + canon_tail(d.group(1), d.group(2)), rule + "-chain"
    o = _RE_ORDINAL_UNIT.match(text, end)
    if o and (o.group(1) or tail.endswith(_ORDINAL_UNIT_PARENTS)) and _suffix_ok(text, o.end(), o.group(3)):
        return o.end(), tail + o.group(0), rule if rule.endswith("-chain") else rule + "-chain"
    if tail.endswith(_STATION_PARENTS) and (s := _police_station(text, end)):
        return s.end(), tail + s.group(0), rule if rule.endswith("-chain") else rule + "-chain"
    if tail.endswith(_SQUAD_PARENTS) and (s := _police_station(text, end, _RE_SQUAD)):
        return s.end(), tail + s.group(0), rule if rule.endswith("-chain") else rule + "-chain"
    if tail.endswith(TAX_BRANCH_PARENTS) and (s := tax_branch(text, end)):
        return s.end(), tail + s.group(0), rule if rule.endswith("-chain") else rule + "-chain"
    return end, tail, rule


_STATION_PARENTS = tuple(cue(_A, "station_parents"))  # 公安局, 分局: the bureau a police station belongs to
_STATION_NOT_STEMS = frozenset(cue(_A, "station_not_stems"))  # 辖区, 基层; 指导, 督导: no station's name
_RE_POLICE_STATION = re.compile(rf"([{HAN}]{{2,4}}?)(?:{cue_alt(_A, 'police_stations')})")
_SQUAD_PARENTS = tuple(cue(_A, "squad_parents"))  # 执法局, 城管局: the bureau a street's enforcement squad belongs to
_RE_SQUAD = re.compile(rf"([{HAN}]{{2,4}}?)(?:{cue_alt(_A, 'squads')})")  # 栎阳执法中队: named as a station is


_STATION_INNER_CHARS = frozenset(cue(_A, "station_inner_chars"))  # 和: of 长和廊, 太和, never first


def _not_station_stem(stem: str) -> bool:
    """Does the stem hold a word no name holds (的, 和 …)?  和 inside it, not first, is the place's own
    character (长和廊派出所, 太和派出所); first it joins the bureau to another body (公安局和派出所)."""
    bad = [h for h in NOT_IN_NAME.finditer(stem)]
    return any(not (h.group() in _STATION_INNER_CHARS and h.start() > 0) for h in bad)


def _police_station(text: str, end: int, pattern: re.Pattern = _RE_POLICE_STATION) -> re.Match | None:
    """A police station named right after its bureau (中牟县公安局|东风路派出所, 县公安局|大渡口派出所):
    the station is the agency the text speaks of, named by the whole chain, as a court's tribunal is
    (县人民法院|兴街人民法庭).  Its stem is a place's, a road's or a station's name: no function word,
    no word of which or how many stations (辖区派出所, 周边派出所), no verb (联合派出所, 指导派出所)."""
    m = pattern.match(text, end)  # (an enforcement bureau's squad, 执法局|栎阳执法中队, is read the same way)
    if m is None or _not_station_stem(m.group(1)) or m.group(1) in _STATION_NOT_STEMS:
        return None
    tags = word_tags()
    if any((tags.get(w) or "").startswith(("v", "p", "d", "r", "m", "c", "f", "s", "b"))
           for w in (m.group(1), m.group(1)[:2])):
        return None
    return m


TAX_BRANCH_PARENTS = tuple(cue(_A, "tax_branch_parents"))  # 税务局: the bureau a tax branch belongs to
_RE_TAX_BRANCH = re.compile(rf"(?:(第[{CHINESE_NUMERALS}]{{1,3}})|([{HAN}]{{2,4}}?))(?:{cue_alt(_A, 'tax_branches')})")
# 稽查局 after its bureau, bare (税务局|稽查局) or numbered (税务局|第三稽查局): named by no stem, so read on its own
_RE_TAX_UNIT = re.compile(rf"(第[{CHINESE_NUMERALS}]{{1,3}})?(?:{cue_alt(_A, 'tax_bureau_units')})")


def tax_branch(text: str, end: int) -> re.Match | None:
    """A tax bureau's branch named right after it (国家税务总局东莞市税务局|第一税务分局, 安吉县税务局|
    递铺税务所): the branch is the agency the text speaks of, named by the whole chain, as a police
    station is.  Numbered (第一税务分局) or named by a stem read as a police station's is (a place's
    name: no function word, verb or word of which branches, 基层税务所, 辖区税务分局).  Its inspection
    bureau (税务局|稽查局, 第三稽查局) is named by no stem: read bare or numbered."""
    m = _RE_TAX_BRANCH.match(text, end) or _RE_TAX_UNIT.match(text, end)
    if m is None or m.group(1) or m.re is _RE_TAX_UNIT:
        return m
    stem = m.group(2)
    if NOT_IN_NAME.search(stem) or stem in _STATION_NOT_STEMS:
        return None
    tags = word_tags()
    if any((tags.get(w) or "").startswith(("v", "p", "d", "r", "m", "c", "f", "s", "b"))
           for w in (stem, stem[:2])):
        return None
    return m


_ORDINAL_UNITS = cue(_A, "ordinal_units")  # 大队, 中队, 分队
_ORDINAL_UNIT_PARENTS = ("支队", "大队")  # 特警支队|一大队, 交警大队|二中队: a numbered unit of the unit
_ORDINAL_UNIT_STEMS = [s for s in L.GOV_STEMS if len(s) > 1] + list(cue(_A, "ordinal_unit_stems"))
# 交警支队|高速公路六大队: the road a traffic police brigade patrols names it as a department's stem would
_RE_ORDINAL_UNIT = re.compile(rf"((?:{alt(_ORDINAL_UNIT_STEMS)})?)([一二三四五六七八九十]{{1,2}})"
                              rf"({alt(_ORDINAL_UNITS)})")
_RE_ORDINAL_UNIT = guarded(_RE_ORDINAL_UNIT)


def _opens_clause(text: str, i: int) -> bool:
    """Does nothing of a name stand before `i`: the text's start, punctuation or a function
    character (经省委研究, 由市委)?  A name's character there (民革|市委) makes the committee another body's."""
    return i == 0 or not is_han(text[i - 1]) or text[i - 1] in ORG_STOP_CHARS


def _is_committee(tail: str) -> bool:
    """A party committee or one of its departments (委, 县委, 党委, 纪委, 委宣传部 …)."""
    return tail.startswith(_COMMITTEE) or tail in _LEVEL_COMMITTEES or tail.startswith(_PARTY_ORGANS)


_INNER_UNIT_NOT_BEFORE = set(cue(_A, "inner_unit_not_before"))  # 长, 员: 大队长, 队员
_RE_INNER_UNIT = re.compile(rf"([{HAN}]{{0,4}}?)({L.words_alt('county_subunits')})")


def _inner_unit_end(text: str, end: int) -> int:
    """Where a county's unit of a city bureau ends when a unit of its own follows it (三明市公安局
    沙县分局|交警大队, 城关派出所): a short stem of no function word, then 大队/中队/派出所 — one
    agency, the inner unit, named by the whole chain; else `end` unchanged."""
    m = _RE_INNER_UNIT.match(text, end)
    if not m or NOT_IN_NAME.search(m.group(1)) or text[m.end():m.end() + 1] in _INNER_UNIT_NOT_BEFORE:
        return end  # 交警大队长: the post of the unit's head (the posts stage reads it)
    return m.end()


_STATIONED_AT = tuple(cue(_A, "stationed_at"))  # 驻
_STATIONED_AT_OWNER = _STATIONED_AT[0]
_GOVERNMENT_FULL = cue(_A, "stationed_owner")[0]  # 人民政府: the owner of a place's office elsewhere
_GOVERNMENT_WRITTEN = tuple(sorted(cue(_A, "stationed_owner"), key=len, reverse=True))  # 人民政府, 政府
_STATIONED_ORGANS = frozenset(cue(_A, "stationed_organs"))  # 办事处, 联络处: offices one body keeps in another place


def _chain_start(sc: Scope, place_ends: dict[int, int]) -> int:
    """Where the chain of places written right before `sc` opens (中共|重庆市永川区来苏镇: 重庆市);
    `place_ends`: end → start of the places among the scopes (built once per text)."""
    start = sc.start
    while start in place_ends and place_ends[start] < start:
        start = place_ends[start]
    return start


def _party_prefixed(text: str, sc: Scope, place_ends: dict[int, int]) -> bool:
    """Is the chain of places ending in `sc` written after 中共/中国共产党 (中共|广德县委员会)?"""
    return text.endswith(_PARTY_PREFIXES, 0, _chain_start(sc, place_ends))


_HOSTED_PARK_WORDS = cue("relation_cues", "hosted_park_words")
_HOSTED_PARK_GAP = 4  # characters between the builder's place and the host's (火炬: a zone's short name)


def _hosted_park(text: str, after: int, end: int, scope_starts: list[int], place_spans: dict[int, int]) -> bool:
    """Is the one place inside a working body's name the county hosting a park another city builds
    (佛山顺德|英德|产业园管委会, 中山火炬|阳西|园区管理委员会)?  The park is the builder's and the
    name opens with the builder's place, so the inner place does not cut the name (the relation stage
    places the park in the host county)."""
    lo = bisect.bisect_right(scope_starts, after)
    if bisect.bisect_left(scope_starts, end) - lo != 1:
        return False
    host = scope_starts[lo]
    host_end = place_spans.get(host)
    return host_end is not None and host - after <= _HOSTED_PARK_GAP and text.startswith(_HOSTED_PARK_WORDS, host_end)


_WINDOW = 40  # characters around a full committee's name its shortened reading reads (the tail grammar's reach)


_AID_PAIR_VERBS = tuple(L.word_lists("programme_cues").get("aid_pair_verbs", ()))  # 对口支援, 对口帮扶


def _aid_helper(text: str, sc: Scope, helpers: dict[int, Scope]) -> Scope | None:
    """上海市对口支援新疆工作前方指挥部, 深圳市对口支援新疆喀什前线指挥部: a headquarters named by the helper,
    the pairing verb and the place helped is the helper's body; the place helped opens no name of its
    own (新疆工作前方指挥部).  The helper's scope ending right before the verb, or None."""
    verb = next((v for v in _AID_PAIR_VERBS if text.endswith(v, 0, sc.start)), None)
    return helpers.get(sc.start - len(verb)) if verb else None


def _child_opens(sc: Scope, inner: Scope | None, end: int) -> bool:
    """内蒙古自治区|乌海市监察委员会, 河北省|石家庄市卫生健康委员会 (jijian100): a division of the place
    written right after it opens the strong-suffixed name, which is that division's body (乌海市监察委员会),
    as 湖南省|长沙市纪委监委 is 长沙市's; not the outer place's body named with its child inside.  (A chain
    after 中共 names the party committee of its last place, read below: 中共巴彦淖尔市临河区第十四届委员会.)"""
    return inner is not None and sc.kind == "place" and bool(sc.code) and inner.end < end \
        and inner.code != sc.code and table().is_within(inner.code, sc.code)


def find_agencies(text: str, places: list[Found]) -> list[Found]:
    """Agency names in `text`, given the places found in it."""
    found: list[Found] = []
    scopes = find_scopes(text, places)
    scope_starts = sorted({sc.start for sc in scopes if sc.kind != "national"})
    place_ends = {o.end: o.start for o in scopes if o.kind == "place"}
    place_spans = {o.start: o.end for o in scopes if o.kind == "place"}
    place_starts = {o.start for o in scopes if o.kind == "place" and text.startswith(_COMMITTEE_FULL, o.end)}
    stationed = _stationed_offices(text, scopes)
    hosted = _hosted_offices(stationed)
    helpers = {o.end: o for o in scopes if o.kind == "place"}  # (a helper place ends where its aid verb opens)
    child_at = {o.start: o for o in scopes if o.kind == "place" and o.code and not o.weak}
    for sc in scopes:
        t = _tail_at(text, sc.end, sc)
        if t is not None and t[2].endswith(("strong-suffix", "organ-strong")) and \
                (bisect.bisect_left(scope_starts, t[0]) > bisect.bisect_right(scope_starts, sc.end)
                 or (_child_opens(sc, child_at.get(sc.end), t[0]) and not _party_prefixed(text, sc, place_ends))) and \
                not _hosted_park(text, sc.end, t[0], scope_starts, place_spans):
            # …办公室关于成立邯郸市…委员会: the inner scope starts the name; 漳州市委|常委沈志平兼任中共
            # 漳州市委…工作委员会: the organ before it stands alone
            t = _tail_at(text, sc.end, sc, strong=False) if t[2].endswith("organ-strong") else None
        if t is not None and t[2].endswith("strong-suffix") and sc.kind == "place" and \
                sc.end in place_starts and _party_prefixed(text, sc, place_ends):
            t = None  # 中共…永川区|来苏镇委员会: the place right after names its party committee (below), not this one
        if sc.kind == "place" and text.startswith(_COMMITTEE_FULL, sc.end) and _party_prefixed(text, sc, place_ends):
            # 中共广德县委员会(办公室): the party committee written in full is the place's 委
            short = _TOWNSHIP_COMMITTEE if sc.level == "township" else _COMMITTEE  # 来苏镇党委, 广德县委
            w0, rest = max(0, sc.start - _WINDOW), sc.end + len(_COMMITTEE_FULL)
            shifted = text[w0:sc.end] + short + text[rest:rest + _WINDOW]  # (a bounded window, not the text per name)
            tt = _tail_at(shifted, sc.end - w0, replace(sc, start=sc.start - w0, end=sc.end - w0), strong=False)
            if tt is not None and _is_committee(tt[1]):
                t = (tt[0] + w0 + len(_COMMITTEE_FULL) - len(short), tt[1], tt[2])
        tail_from = sc.end
        term = _RE_TERM.match(text, sc.end) if sc.kind != "national" else None
        if term:  # 湖北省(第)十三届人大常委会, 县十六届人民政府: the organ; its term is no part of its name
            tt = _tail_at(text, term.end(), sc, strong=False)
            if tt is not None and tt[2].startswith("agency.organ"):
                t, tail_from = tt, term.end()
        if t is None and _level_doubled(text, sc):  # 滑县|县政府办公室: the county's level written again
            tt = _tail_at(text, sc.end + 1, sc, strong=False)
            if tt is not None and tt[2].startswith("agency.organ"):
                t, tail_from = tt, sc.end + 1
        if t is None and not sc.weak:
            t = _short_office(text, sc.end)
        if t is None:
            if sc.kind == "place" and sc.level == "county":
                m = _RE_SUBUNIT.match(text, sc.end)
                end = _inner_unit_end(text, m.end()) if m else 0  # 沙县分局|交警大队: the unit of the unit
                if m and (end > m.end() or not is_han(text[end:end + 1])) or \
                        (m and text[end:end + 1] in _SUBUNIT_JOINERS):
                    surface = text[sc.start:end]
                    found.append(Found(sc.start, end, "Agency", surface, "agency.county-unit",
                                       {"unit": m.group(1), "place_code": sc.code, "sub_unit": True}))
            continue
        end, tail, rule = t
        if sc.kind == "place" and text.endswith(_STATIONED_AT, 0, sc.start) and tail in _STATIONED_ORGANS:
            continue  # 山西省驻|上海办事处: the host city, not the office's owner (the sender's office is read whole)
        if sc.kind == "place" and tail in _STATIONED_ORGANS and (sc.code, tail) in hosted:
            found.append(_hosted_office(hosted[(sc.code, tail)], sc.start, end, text))
            continue  # 天津办事处 after 山西省驻天津办事处: that office, named by where it sits
        if tail in VILLAGE_LEVEL_ORGANS or _without_term(tail) in VILLAGE_LEVEL_ORGANS:
            continue  # 《重庆市村民委员会选举规程》: a village's organ after a city names the kind (_village_organs reads villages');
            # so with its term (来苏镇第十一届村民委员会换届选举工作方案: every village's committee of that term, no body)
        attrs: dict = {"tail": tail}
        raw = text[tail_from:end]  # the tail as written (发展改革委), beside its standard form
        if sc.kind == "place":
            # a short place name before a generic name stays as written (太湖经济开发区管委会)
            # (a party committee after a short name is the place's: 大理州委 = 大理白族自治州委, below)
            as_written = sc.short and (rule.endswith(("strong-suffix", "zone-organ")) or tail.startswith(_AS_WRITTEN)) \
                or sc.bracketed  # 中国（三亚）知识产权保护中心: its own name, the place in brackets
            norm = text[sc.start:end] if as_written else sc.name + tail
            norm = short_named_organ(sc.code, tail) or norm  # 潍坊市军分区 → 潍坊军分区
            written = sc.name + raw
            if _scope_doubled(sc.name, tail, text[sc.start:sc.end]):
                # 曲靖市市委 → 曲靖市委 (荣县县委 kept); 怒江州|州委组织部 → 怒江傈僳族自治州委组织部
                written = scoped_name(sc.name, raw[0], raw[1:])
                if not as_written:
                    norm = scoped_name(sc.name, tail[0], tail[1:])
            elif committee := prefecture_committee(sc.name, tail):
                norm = committee  # 喀什地区地委 → 喀什地委, as it is written
            attrs["place_code"] = sc.code
            if written != norm:
                attrs["alias"] = written  # 邯郸市卫生健康委 for 邯郸市卫生健康委员会
        elif sc.kind == "relative":
            norm = sc.name + tail
            attrs["relative"] = sc.name
            attrs["rest"] = tail
            attrs["raw_rest"] = raw
        else:
            norm = _national_name(tail)
            attrs["national"] = True
            if norm != _NATIONAL_SCOPE + tail:
                attrs["alias"] = _NATIONAL_SCOPE + raw
        start = sc.start
        if sc.kind == "place" and rule.endswith("strong-suffix") and (helper := _aid_helper(text, sc, helpers)):
            start, norm = helper.start, helper.name + text[helper.end:end]  # 上海市对口支援|新疆工作前方指挥部
            attrs["alias"] = text[start:end]
        party = next((w for w in _PARTY_PREFIXES if text.endswith(w, 0, sc.start)), None)
        if party and sc.kind == "place" and _is_committee(tail):  # 中共紫阳县委: the party named first
            start = sc.start - len(party)
            attrs["alias"] = attrs.get("alias") or text[start:end]
        found.append(Found(start, end, "Agency", norm, rule, attrs))
    found += _shared_tails(text, scopes, found)
    found += _shared_scopes(text, found)
    found += _direct_departments(text, found)
    found += _paired_governments(text, found)
    found += _stationed_groups(text, found)
    found += [f for f in stationed if not f.attrs.get("owner_written")]  # (山西省人民政府|驻…: the government is read)
    found += _corps_alone(text)
    found += _founded_bodies(text, scopes)
    found += _national_groups(text, scopes)
    found += _central_teams(text)
    cppcc = _cppcc_committees(text, scopes)  # (…政协第十届委员会: the committee's own name, over the suffix's)
    cppcc_spans = {(c.start, c.end) for c in cppcc}
    found = [f for f in found if (f.start, f.end) not in cppcc_spans] + cppcc
    found += _village_organs(text, places)
    found += _company_organs(text, scopes)
    found += _joint_offices(text, places)
    found = _with_reserve_offices(found, _reserve_offices(text, places))
    found += _bureau_branches(text, found)
    found += _bare_police_units(text, found)
    found += _quoted_offices(text, scopes)
    found = [_as_media(f) for f in found]
    for m in _RE_NATIONAL.finditer(text):
        found.append(Found(m.start(), m.end(), "Agency", m.group(1), "agency.national", {"national": True}))
    for m in _RE_MINISTRY.finditer(text):
        prev = text[m.start() - 1:m.start()]
        if prev and (prev in _RELATIVE_CHARS or prev in _MINISTRY_NOT_AFTER):
            continue
        found.append(Found(m.start(), m.end(), "Agency", canon_tail(m.group(1), _MINISTRY), "agency.ministry",
                           {"national": True}))
    return longest([f for f in found if not _names_a_landmark(text, f)])


_LANDMARKS = tuple(cue(_A, "organ_landmarks"))  # 广场: a square named after the body


def _names_a_landmark(text: str, f: Found) -> bool:
    """在县行政服务中心大厅和县政府广场展出 (review116): a government's name right before 广场 names the square in
    front of its seat, a place of the town, not the body acting or spoken of (the dev-set's 全椒 text
    names 县政府 nowhere else)."""
    return f.rule.startswith("agency.organ") and text.startswith(_LANDMARKS, f.end)


_MEDIA_STEMS = tuple(cue(_A, "media_stems"))


def _as_media(f: Found) -> Found:
    """A body named like a department whose stem is a media outlet's (县融媒体中心) is a media
    organisation — a public institution that runs the county's paper and broadcasts — not an organ."""
    if f.attrs.get("tail", "").startswith(_MEDIA_STEMS):
        return Found(f.start, f.end, "Organization", f.norm, f.rule, {**f.attrs, "media": True})
    return f


def _same_written_level(prev: Scope, head: Scope) -> bool:
    """Are two places of a 、-list written alike enough to share the head's tail?  Both full or both
    short (赣州市、吉安市农业农村局; 赣州、吉安农业农村局), or short items before a full last one: a list
    writes the level word once, on its last place (杭州、宁波、温州市民政局: the cities' three bureaus,
    minzheng115).  A full item before a short last one stays apart (no such list writes its level early)."""
    return prev.short == head.short or (prev.short and not head.short)


def _shared_tails(text: str, scopes: list[Scope], found: list[Found]) -> list[Found]:
    """Each place of a 、-list of places of one level before a place-named agency has that body
    (赣州市、吉安市、上饶市农业农村局: each city's 农业农村局): the list shares the tail, so every
    place names its own agency (mention: the place's span; `anaphor`, as the span names the body
    without writing it, so the place's name never becomes an alias of the agency)."""
    by_end = {sc.end: sc for sc in scopes if sc.kind == "place"}
    by_start: dict[tuple, Scope] = {}
    for sc in scopes:
        if sc.kind == "place":
            by_start.setdefault((sc.start, sc.code), sc)
    out: list[Found] = []
    for f in found:
        head = by_start.get((f.start, f.attrs.get("place_code")))
        if head is None or "tail" not in f.attrs or not f.norm.startswith(head.name):
            continue
        pos = head.start
        while text[pos - 1:pos] in _LIST_MARKS:
            prev = by_end.get(pos - 1)
            if prev is None or prev.level != head.level or not _same_written_level(prev, head):
                break
            out.append(Found(prev.start, prev.end, "Agency", prev.name + f.norm[len(head.name):], f.rule + "-shared",
                             {"tail": f.attrs["tail"], "place_code": prev.code, "shared_tail": True,
                              "anaphor": True}))
            pos = prev.start
    return out


def _scope_of(f: Found) -> dict:
    """The attributes that carry a found agency's scope (its place's code, or the relative scope
    县/市 the resolver settles), for a body named under the same scope."""
    return {k: v for k, v in f.attrs.items() if k in ("place_code", "relative")}


_SKIPPED_ITEM_REACH = 8  # 区府办、重点办、信访局: the longest item of no department a shared scope passes over


def _shared_dept_at(text: str, p: int) -> re.Match | None:
    """The department named at p with no scope of its own (…、住建委), or None."""
    d = _RE_DEPT.match(text, p)
    if d is None or not _suffix_ok(text, d.end(), d.group(2)) or text[d.end():d.end() + 1] in _SCOPE_OPENERS:
        return None
    return d


def _shared_dept_past_item(text: str, p: int, starts: set[int]) -> re.Match | None:
    """分管区府办、重点办、信访局、司法局 (fengong108): a short item of the list that names no department
    (重点办, 发投公司: an office or a company written short) does not end the list: the department right
    after it (信访局) still shares the scope.  Only an item of two to `_SKIPPED_ITEM_REACH` Han characters
    with no scope word in it (各县区, 县城投公司) and no body found there (商丘市发改委 has its own scope), once
    per step (the department after it must follow at once)."""
    k = text.find(_LIST_MARKS[0], p, p + _SKIPPED_ITEM_REACH + 1)
    if k - p < 2 or p in starts or any(c in _SCOPE_OPENERS or not is_han(c) for c in text[p:k]):
        return None
    return _shared_dept_at(text, k + 1)


def _shared_scopes(text: str, found: list[Found]) -> list[Found]:
    """Departments listed after a scoped one share its scope (市发改委、住建委、规划局: the city's
    住建委 and 规划局; 县财政局、审计局): a department name right after 、, with no scope of its own."""
    out: list[Found] = []
    starts = {g.start for g in found}
    for f in found:
        tail = f.attrs.get("tail")
        if f.rule not in _SHAREABLE_RULES or not tail or not f.norm.endswith(tail):
            continue
        head = f.norm[:-len(tail)]
        end = _past_aside(text, f.end)
        while text[end:end + 1] in _LIST_MARKS:
            d = _shared_dept_at(text, end + 1) or _shared_dept_past_item(text, end + 1, starts)
            if d is None:
                break
            rest = canon_tail(d.group(1), d.group(2))
            attrs = _scope_of(f)
            attrs.update(tail=rest, shared_scope=True)
            if "relative" in attrs:
                attrs.update(rest=rest, raw_rest=d.group(0))
            elif head + d.group(0) != head + rest:
                attrs["alias"] = head + d.group(0)
            out.append(Found(d.start(), d.end(), "Agency", head + rest, "agency.dept-shared-scope", attrs))
            end = _past_aside(text, d.end())
    return out


_DIRECT_HEAD = re.compile(f"([{cue_chars(_A, 'direct_scope_chars')}])(?:{cue_alt(_A, 'direct_heads')})[：:]")
_ITEM_MARKS = "、；;"
_DIRECT_REACH = 400  # characters of a ranking's rows after its head, at most


def _direct_departments(text: str, found: list[Found]) -> list[Found]:
    """A ranking's rows of a level's own departments (办件量位于前三的市直部门：住建局，转办129件；卫健委，
    转办62件；县直单位：财政局、审计局): each bare department after 市直部门：/县直单位： is that level's
    (市住建局 …), each row opening with one after 、 or ； until a row opens otherwise or the sentence ends."""
    out: list[Found] = []
    taken = {f.start for f in found}
    for h in _DIRECT_HEAD.finditer(text):
        scope, p = h.group(1), h.end()
        hi = min(len(text), p + _DIRECT_REACH)  # (a ranking's sentence: no scan of the rest of the text per head)
        stop = min((k for k in (text.find("。", p, hi), text.find("\n", p, hi)) if k >= 0), default=hi)
        while p < stop:
            d = _RE_DEPT.match(text, p)
            if d is None or d.end() > stop or not _suffix_ok(text, d.end(), d.group(2)):
                break
            if d.start() not in taken:
                rest = canon_tail(d.group(1), d.group(2))
                out.append(Found(d.start(), d.end(), "Agency", scope + rest, "agency.direct-dept",
                                 {"relative": scope, "rest": rest, "raw_rest": d.group(0), "tail": rest}))
            nxt = min((k for k in (text.find(c, d.end(), stop) for c in _ITEM_MARKS) if k >= 0), default=-1)
            if nxt < 0:
                break
            p = nxt + 1
    return out


_ASIDE_OPENS = "(（"
_ASIDE_CLOSES = ")）"
_DEPT_ASIDE_REACH = 8  # 县住建局(地震局): the other name a department also bears, in brackets


def _past_aside(text: str, end: int) -> int:
    """县住建局(地震局)、应急管理局: a short bracket right after a department (the other name it bears,
    its seat) is no end of the list; the list goes on after it. `end` unchanged when no bracket."""
    k = _ASIDE_OPENS.find(text[end:end + 1])
    if k < 0:
        return end
    close = text.find(_ASIDE_CLOSES[k], end + 1, end + _DEPT_ASIDE_REACH)
    if close < 0 or any(c in _LIST_MARKS for c in text[end + 1:close]):
        return end
    return close + 1




def _paired_governments(text: str, found: list[Found]) -> list[Found]:
    """A party committee and its government written as a pair without the second scope
    (水观镇党委、政府召开…, 镇党委政府共谋划…, 县委和政府): 政府 is the government of the committee's
    scope (水观镇人民政府), found at 政府; not before the words that make 政府 part of another
    noun (政府工作报告)."""
    out: list[Found] = []
    for f in found:
        tail = f.attrs.get("tail")
        if f.rule != "agency.organ" or tail not in _PAIRED_TAILS or not f.norm.endswith(tail):
            continue
        at = f.end + (text[f.end:f.end + 1] in _LIST_JOINERS)
        if not text.startswith(_GOVERNMENT, at) or \
                text[at + len(_GOVERNMENT):at + len(_GOVERNMENT) + 2] in _GOVERNMENT_NOT_BEFORE:
            continue
        head = f.norm[:-len(tail)]
        attrs = _scope_of(f)
        attrs["tail"] = _PEOPLE_GOVERNMENT
        if "relative" in attrs:
            attrs.update(rest=_PEOPLE_GOVERNMENT, raw_rest=_GOVERNMENT)
        else:
            attrs["alias"] = head + _GOVERNMENT
        out.append(Found(at, at + len(_GOVERNMENT), "Agency", head + _PEOPLE_GOVERNMENT,
                         "agency.organ-paired", attrs))
    return out


_PAIRED_TAILS = frozenset(cue(_A, "paired_committee_tails"))


# the scoped names whose place a listed department shares: a department, an office written short, a party
# committee's department, a government's office (龙井市扶贫办、农业局; 县委组织部、教育局; 县政府办公室、财政局:
# each the place's); not a chain of units (县公安局治安大队、刑侦大队: the bureau's, not the county's)
_DISCIPLINE_ORGANS = cue(_A, "discipline_organs")  # 纪委监委, 纪委, 监委
_DISCIPLINE_GROUPS = alt(cue(_A, "discipline_groups"))  # 纪检监察组, 纪检组
_ORDINAL = "第[一二三四五六七八九十]{1,3}"
_RE_STATIONED_GROUP = re.compile(rf"(?:{_ORDINAL})?(?:{cue_alt(_A, 'discipline_stationed')})(?:{_ORDINAL})?(?:{_DISCIPLINE_GROUPS})")
_DISCIPLINE_STATIONED = cue(_A, "discipline_stationed")[-1]  # 驻 before the body a group is stationed in
_RE_GROUP_AFTER = re.compile(f"(?:{_DISCIPLINE_GROUPS})")


def _stationed_offices(text: str, scopes: list[Scope]) -> list[Found]:
    """山西省驻广州办事处, 大连市驻上海办事处: a place, 驻, the host place and an office is the office
    the first place's government keeps in the host (山西省人民政府驻广州办事处, the name it has when
    the government is written), not the host's office; the written form is its alias.  Where the
    government is written (山西省人民政府驻…) it is read as a name of its own and the office is only
    marked `owner_written` (the host's short form later still names it: 天津办事处)."""
    hosts = {sc.start: sc for sc in scopes if sc.kind == "place"}
    out = []
    for sc in scopes:
        owner = next((w for w in _GOVERNMENT_WRITTEN if text.startswith(w, sc.end)), "")
        at = sc.end + len(owner)
        if sc.kind != "place" or not text.startswith(_STATIONED_AT_OWNER, at):
            continue  # 山西省人民政府驻北京办事处: the government may be written
        host = hosts.get(at + len(_STATIONED_AT_OWNER))
        organ = next((w for w in sorted(_STATIONED_ORGANS) if host and text.startswith(w, host.end)), None)
        if organ is None:
            continue
        end = host.end + len(organ)
        name = sc.name + _GOVERNMENT_FULL + text[at:end]
        attrs = {"place_code": sc.code, "host_code": host.code, "office": organ}
        if owner:
            attrs["owner_written"] = True  # the government stays a name of its own (the posts stage reads the office)
        if text[sc.start:end] != name:
            attrs["alias"] = text[sc.start:end]
        out.append(Found(sc.start, end, "Agency", name, "agency.stationed-office", attrs))
    return out


def _hosted_offices(stationed: list[Found]) -> dict[str, Found]:
    """(host place code, office word) → the one office a place keeps there that the text names (山西省驻天津办事处);
    a host with offices of two senders names none of them (each is read only written whole)."""
    by_host: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], Found] = {}
    for f in stationed:
        key = (f.attrs["host_code"], f.attrs["office"])  # (深圳, 联络处) beside (深圳, 办事处): two offices
        by_host.setdefault(key, set()).add(f.norm)
        first.setdefault(key, f)
    return {key: first[key] for key, names in by_host.items() if len(names) == 1}


def _hosted_office(office: Found, start: int, end: int, text: str) -> Found:
    """天津办事处 written after 山西省驻天津办事处 is that office (the sending government's, named
    by where it sits), not an office of 天津市: the office's name with the written form as alias."""
    return Found(start, end, "Agency", office.norm, "agency.stationed-office",
                 {"place_code": office.attrs["place_code"], "host_code": office.attrs["host_code"],
                  "office": office.attrs["office"], "alias": text[start:end]})


def _stationed_groups(text: str, found: list[Found]) -> list[Found]:
    """The discipline inspection groups a discipline commission stations, named after it: numbered
    (县纪委监委第一派驻纪检监察组, 派驻第三纪检监察组) or by the body they are stationed in (市纪委监委
    驻|市教育局|纪检监察组): one agency under the commission's name and the group's words, the
    stationed body's name inside it."""
    by_start = {f.start: f for f in found if f.label == "Agency"}
    out: list[Found] = []
    for f in found:
        if f.label != "Agency" or not f.norm.endswith(_DISCIPLINE_ORGANS):
            continue
        m = _RE_STATIONED_GROUP.match(text, f.end)
        if m:
            out.append(Found(f.start, m.end(), "Agency", f.norm + m.group(0), "agency.stationed-group",
                             _scope_of(f)
                             | ({"rest": f.attrs["rest"] + m.group(0)} if "relative" in f.attrs else {})))
            continue
        host = by_start.get(f.end + len(_DISCIPLINE_STATIONED)) if text.startswith(_DISCIPLINE_STATIONED, f.end) else None
        g = _RE_GROUP_AFTER.match(text, host.end) if host is not None else None
        if g:
            name = f.norm + _DISCIPLINE_STATIONED + host.norm + g.group(0)
            attrs = _scope_of(f)
            if "relative" in attrs:
                attrs["rest"] = f.attrs["rest"] + text[f.end:g.end()]
            out.append(Found(f.start, g.end(), "Agency", name, "agency.stationed-group", attrs))
    return out


_SHAREABLE_RULES = ("agency.dept", "agency.office-abbr", "agency.organ-party-dept", "agency.organ-office",
                    "agency.short-office")  # 区党政办、财政局: a short office heads a list too (orgs30)
_SCOPE_OPENERS = set(L.chars("relative_scopes"))  # 规划局|市…: the next item names its own scope


_RE_FOUNDED = re.compile(rf"(?:{cue_alt(_A, 'founding_verbs')})(?:{cue_alt(_A, 'founding_particles')})?"
                         rf"(([{HAN}]{{0,12}}?)(?:{alt(L.STRONG_SUFFIXES)}))")


def _founded_bodies(text: str, scopes: list[Scope]) -> list[Found]:
    """A working body a named place sets up (南宁市组建联合执法组, 邯郸市成立了扶贫开发领导小组): that
    place's body, named by the place and the body's own name; the mention is the name as written."""
    out = []
    for sc in scopes:
        if sc.kind != "place":
            continue
        m = _RE_FOUNDED.match(text, sc.end)
        if m and not NOT_IN_NAME.search(m.group(2)) and not POST_IN_STEM.search(m.group(2)):
            out.append(Found(m.start(1), m.end(1), "Agency", sc.name + m.group(1), "agency.founded",
                             {"place_code": sc.code, "alias": m.group(1)}))
    return out


_RE_NATIONAL_GROUP = re.compile(rf"([{HAN}]{{2,16}}?)(?:{cue_alt(_A, 'national_group_suffixes')})")
_FOUNDING_BEFORE = tuple(v + p for v in cue(_A, "founding_verbs") for p in ("", *cue(_A, "founding_particles")))
_GROUP_NOT_AFTER = set(cue_chars(_A, "national_group_not_after"))  # 党和|国家…: a joined scope, no name of 国家


_QUOTED_OFFICE_RE = re.compile(rf"[“\"]([{HAN}]{{2,10}})[”\"]({cue_alt(_A, 'quoted_office_heads')})")
_NATIONWIDE = cue(_A, "nationwide_scope")[0]  # 全国


def _quoted_offices(text: str, scopes: list[Scope]) -> list[Found]:
    """A campaign's office named by its place and the campaign's quoted name (河北省“双创”办公室, 全国“扫黄打非”
    办公室): the place's (or the nation's) office of that campaign, named without the marks (national41).
    Only a place scope, or 全国 opening a clause, and a name holding no function word."""
    out = []
    for sc in scopes:
        if sc.kind != "place" or sc.weak:
            continue
        m = _QUOTED_OFFICE_RE.match(text, sc.end)
        if m and not NOT_IN_NAME.search(m.group(1)):
            out.append(Found(sc.start, m.end(), "Agency", sc.name + m.group(1) + m.group(2), "agency.quoted-office",
                             {"place_code": sc.code, "alias": text[sc.start:m.end()]}))
    k = text.find(_NATIONWIDE + "“")
    while k >= 0:
        m = _QUOTED_OFFICE_RE.match(text, k + len(_NATIONWIDE))
        if m and not NOT_IN_NAME.search(m.group(1)) and (k == 0 or not is_han(text[k - 1])
                                                         or text[k - 1] in ORG_STOP_CHARS):
            out.append(Found(k, m.end(), "Agency", _NATIONWIDE + m.group(1) + m.group(2), "agency.quoted-office",
                             {"national": True, "alias": text[k:m.end()]}))
        k = text.find(_NATIONWIDE + "“", k + 1)
    return out


def _national_groups(text: str, scopes: list[Scope]) -> list[Found]:
    """A national leading group or headquarters, 国家 + its task + 领导小组/指挥部 (国务院决定成立国家
    制造强国建设领导小组, 国家防汛抗旱总指挥部办公室): the grammar reads no strong suffix after 国家,
    where 国家 is most often a word of the sentence (发达国家工作组); here 国家 must open the name — at
    a clause's start, after a function character (由, 经) but no joiner (深化党和国家机构改革领导小组),
    or right after a verb of founding — and the stem holds no
    function word and no post.  Named as written."""
    out = []
    for sc in scopes:
        if sc.kind != "national":
            continue
        i = sc.start
        if not (i == 0 or not is_han(text[i - 1]) or text.endswith(_FOUNDING_BEFORE, 0, i)
                or (text[i - 1] in ORG_STOP_CHARS and text[i - 1] not in _GROUP_NOT_AFTER)):
            continue
        m = _RE_NATIONAL_GROUP.match(text, sc.end)
        if m and not NOT_IN_NAME.search(m.group(1)) and not POST_IN_STEM.search(m.group(1)):
            out.append(Found(i, m.end(), "Agency", text[i:m.end()], "agency.national-group", {"national": True}))
    return out


_CENTRAL_TEAM_RE = re.compile(rf"(?:{cue_alt(_A, 'central_team_scope')})"
                              rf"(?:{cue_alt(_A, 'term_open')}[{CHINESE_NUMERALS}0-9]{{1,3}})?"
                              rf"([{HAN}]{{0,10}}?)(?:{cue_alt(_A, 'central_team_suffixes')})")


# ducha106: a leading group of the party centre (中央生态环境保护督察工作领导小组, …领导小组办公室, 中央农村工作领导小组):
# 中央, its field (two characters at least) and a group's suffix, as 国家 opens one (`_national_groups`)
_CENTRAL_GROUP_RE = re.compile(rf"(?:{cue_alt(_A, 'central_team_scope')})"
                               rf"([{HAN}]{{2,12}}?)(?:{cue_alt(_A, 'national_group_suffixes')})")


def _central_teams(text: str) -> list[Found]:
    """A team the party centre sends to inspect (中央第三生态环境保护督察组, 中央生态环境保护督察组, 中央第三
    巡视组): 中央, its ordinal, the field and the team, named as written — 中央 no end of a word before it
    (党中央, 团中央: another body), and the field holds no function word and no post (中央要求各督察组
    is none)."""
    out = []
    for m in _CENTRAL_TEAM_RE.finditer(text):
        i = m.start()
        if i > 0 and is_han(text[i - 1]) and word_freq().get(text[i - 1:i + 2]):
            continue
        if NOT_IN_NAME.search(m.group(1)) or POST_IN_STEM.search(m.group(1)):
            continue
        out.append(Found(i, m.end(), "Agency", m.group(0), "agency.central-team", {"national": True}))
    for m in _CENTRAL_GROUP_RE.finditer(text):
        i = m.start()
        if i > 0 and is_han(text[i - 1]) and word_freq().get(text[i - 1:i + 2]):
            continue  # 党中央|… : another body's 中央
        if NOT_IN_NAME.search(m.group(1)) or POST_IN_STEM.search(m.group(1)) \
                or any(v in m.group(1) for v in cue(_A, "founding_verbs")):
            continue  # 中央要求各地成立领导小组: a sentence, no name
        out.append(Found(i, m.end(), "Agency", m.group(0), "agency.central-team", {"national": True}))
    return out


def _cppcc_committees(text: str, scopes: list[Scope]) -> list[Found]:
    """The CPPCC committee of a place in its full name (中国人民政治协商会议湖北省委员会): the same body
    as 湖北省政协, so it takes that name (the full one is its alias) and the two spellings merge."""
    out = []
    starts_by_end = {sc.end: sc.start for sc in scopes if sc.kind == "place"}  # (重庆市|渝中区: a chain of places)
    for sc in scopes:
        if sc.kind == "place" and (short := _short_cppcc_term(text, sc)) is not None:
            out.append(short)
            continue
        after = _RE_TERM.match(text, sc.end)  # 中国人民政治协商会议寿县|第十七届|委员会: the term after the place
        committee_at = after.end() if after else sc.end
        if sc.kind != "place" or not text.startswith(_CPPCC_COMMITTEE, committee_at):
            continue
        term = None if after else _RE_TERM_BEFORE.search(text, max(0, sc.start - 8), sc.start)  # 政协|第十届|西藏自治区委员会
        at = term.start() if term else sc.start
        for _ in range(2):  # 中国人民政治协商会议重庆市渝中区委员会: the district's, its city written before it
            if at not in starts_by_end:
                break
            at = starts_by_end[at]
        prefix = next((w for w in _CPPCC_PREFIX if text.endswith(w, 0, at)), None)
        if prefix:
            s, e = at - len(prefix), committee_at + len(_CPPCC_COMMITTEE)
            name = sc.name + _CPPCC_SHORT
            if text.startswith(_CPPCC_STANDING, e):  # …委员会常务委员会: its standing committee
                e, name = e + len(_CPPCC_STANDING), name + _CPPCC_STANDING_SHORT
            elif (office := _RE_GOV_OFFICE.match(text, e)) and office.group(2) and _suffix_ok(text, office.end(), office.group(2)):
                e, name = office.end(), name + office.group(0)  # 政协西藏自治区委员会|办公厅: the committee's office
            out.append(Found(s, e, "Agency", name, "agency.organ",
                             {"tail": _CPPCC_SHORT, "place_code": sc.code, "alias": text[s:e]}))
    return out


def _national_name(tail: str) -> str:
    """The national body 国家 and a department name (国家统计局, 国家发展改革委: their names); but a ministry
    written with 国家 before it, as speech does (被国家农业部认定为…, 国家教育部), is that ministry (农业部, which the
    registry knows), not a body 国家农业部 — unless 国家 opens the ministry's own name (国家安全部)."""
    stem = tail[:-len(_MINISTRY)]
    if len(stem) >= 2 and tail.endswith(_MINISTRY) and _NATIONAL_SCOPE + stem not in L.NATIONAL_MINISTRIES:
        from ..registry import registry
        got = registry()[0].get(tail)  # 农业部: 农业农村部, by its former name, as the registry reads 农业部 alone
        return got[0].name if got and got[0] is not None and got[0].label == "Agency" else tail
    return _NATIONAL_SCOPE + tail


def _short_cppcc_term(text: str, sc: Scope) -> Found | None:
    """The CPPCC committee of a place written with 政协 before its term (陵水黎族自治县政协第十届委员会, …委员会
    常务委员会: its standing committee): the same body as the place's 政协, as 政协陵水黎族自治县第十届委员会 is
    (base made a body 陵水黎族自治县政协第十届委员会 under 陵水黎族自治县政协)."""
    at = sc.end + len(_CPPCC_SHORT)
    term = _RE_TERM.match(text, at) if text.startswith(_CPPCC_SHORT, sc.end) else None
    if term is None or not text.startswith(_CPPCC_COMMITTEE, term.end()):
        return None
    e, name = term.end() + len(_CPPCC_COMMITTEE), sc.name + _CPPCC_SHORT
    if text.startswith(_CPPCC_STANDING, e):
        e, name = e + len(_CPPCC_STANDING), name + _CPPCC_STANDING_SHORT
    return Found(sc.start, e, "Agency", name, "agency.organ",
                 {"tail": _CPPCC_SHORT, "place_code": sc.code, "alias": text[sc.start:e]})


_CPPCC_STANDING = cue(_A, "cppcc_standing")[0]  # 常务委员会
_CPPCC_STANDING_SHORT = cue(_A, "cppcc_standing_short")[0]  # 常委会
# a term written right before the scope, ending there (第十届, 十二届): searched in a short window only
_RE_TERM_BEFORE = re.compile(f"(?:{_RE_TERM.pattern})$")  # the term just before a scope


def _village_organs(text: str, places: list[Found]) -> list[Found]:
    """The committees of a village or community named right after it (新寨村委会, 张庄村党支部,
    祺府苑社区居委会): bodies, named as written; the village has no code of its own."""
    out = []
    for pl in places:
        if pl.attrs.get("level") not in ("village", "community"):
            continue
        m = _RE_VILLAGE_ORGAN.match(text, pl.end)
        if m:
            out.append(Found(pl.start, m.end(), "Agency", text[pl.start:m.end()], "agency.village-organ",
                             {"village": pl.norm}))
    return out


_CORPS_COMPANY_END = tuple(cue(_A, "corps_company"))  # 连


def _company_organs(text: str, scopes: list[Scope]) -> list[Found]:
    """A company of the Corps (十师一八二团七连) is the Corps' village: its party branch and its
    committee are named right after it as a village's are (七连党支部, 七连党总支: the village organs),
    and no province's organ grammar reads them.  Named as the scope names the company."""
    out = []
    for sc in scopes:
        if sc.kind != "place" or not sc.name.startswith(_CORPS_NAME) or not sc.name.endswith(_CORPS_COMPANY_END):
            continue
        m = _RE_VILLAGE_ORGAN.match(text, sc.end)
        if m:
            out.append(Found(sc.start, m.end(), "Agency", sc.name + m.group(0), "agency.corps-company-organ", {}))
    return out


_RE_JOINT_OFFICE = re.compile(rf"([{HAN}]{{0,8}}?)(?:{cue_alt(_A, 'joint_offices')})")


def _joint_offices(text: str, places: list[Found]) -> list[Found]:
    """The office the governments of a region set up together, named right after the region
    (京津冀协同发展联合工作办公室, 长三角区域合作办公室): a body of no one place, so no scope names
    it and the agency grammar missed it; named as written."""
    out = []
    for pl in places:
        if pl.attrs.get("level") != "region":
            continue
        m = _RE_JOINT_OFFICE.match(text, pl.end)
        if m and not NOT_IN_NAME.search(m.group(1)) and not POST_IN_STEM.search(m.group(1)):
            out.append(Found(pl.start, m.end(), "Agency", text[pl.start:m.end()], "agency.joint-office",
                             {"region": pl.norm}))
    return out


_RE_RESERVE_OFFICE = re.compile(rf"(?:{cue_alt(_A, 'reserve_grades')})?(?:{cue_alt(_A, 'reserve_kinds')})"
                                rf"(?P<province>[{HAN}]{{2,3}}?)?(?:{cue_alt(_A, 'reserve_offices')})")
_RESERVE_OFFICE_GUARD = words_guard(_RE_RESERVE_OFFICE)  # a search for the reserve kinds every match holds
_RESERVE_NAME_REACH = 8  # characters of the reserve's own name before its grade (bounded)
_RESERVE_DATE_UNITS = frozenset(L.chars("date_units"))  # 年, 月, 日, 号: the units a date's figures end in
_RESERVE_DATE_FIGURES = re.compile(rf"[0-9０-９{CHINESE_NUMERALS}〇零]")


def _after_date_unit(text: str, i: int) -> int:
    """Where a name the backward scan opened on a date's unit opens (2016年|三江源国家公园管理局正式成立):
    the scan stops at the date's figure, not at its unit, and after a figure 年, 月, 日 end the
    date — the name opens after it."""
    if i > 0 and text[i:i + 1] in _RESERVE_DATE_UNITS and _RESERVE_DATE_FIGURES.match(text[i - 1]):
        return i + 1
    return i


def _reserve_offices(text: str, places: list[Found]) -> list[Found]:
    """The office of a nature reserve or national park (林业局会同|蜂桶寨国家级自然保护区管理局,
    荥经县大相岭自然保护区管护中心): named after the reserve, whose own name (a mountain, a lake, no
    division) no scope reads.  The name opens where a place found opens it, else after the words of
    the clause before it that open no name (会同, 对: verbs, prepositions); two characters at least."""
    from ..water import skip_leading_words  # imported here: kg.stages.water imports this package's common
    out = []
    if _RESERVE_OFFICE_GUARD is not None and not _RESERVE_OFFICE_GUARD.search(text):
        return out  # (a text naming no kind of reserve is left after one search, not a scan per character)
    for m in _RE_RESERVE_OFFICE.finditer(text):
        i = name_start(text, m.start(), _RESERVE_NAME_REACH)
        opener = min((p for p in places if p.end > i and p.start < m.start()), key=lambda p: p.start, default=None)
        if opener is not None and skip_leading_words(text, opener.end, m.start()) == opener.end:
            i = opener.start  # 湖南|东洞庭湖…, 荥经县|大相岭…: the place opens the name (the scan may stop inside it)
        else:
            i = skip_leading_words(text, _after_date_unit(text, opener.end if opener else i), m.start())
            # (宝兴县对|蜂桶寨…, 2016年|三江源…)
        prefix = text[i:m.start()]
        if len(prefix) < 2 or NOT_IN_NAME.search(prefix) or POST_IN_STEM.search(prefix):
            continue
        attrs = {}
        if opener is not None and opener.start == i and opener.attrs.get("code") and not opener.attrs.get("registry"):
            attrs["place_code"] = opener.attrs["code"]  # 临洮县|洮河国家湿地公园管理局: the county's, not the river's
            # (青海湖国家级自然保护区管理局: a lake of the world's places opening the name is no division it is in)
        if m.group("province"):
            province = _reserve_province(m.group("province"))
            if province is None:
                continue
            attrs["place_code"] = province
        end = _reserve_branch_end(text, m.end())
        out.append(Found(i, end, "Agency", text[i:end], "agency.reserve-office", attrs))
    return out


def _with_reserve_offices(found: list[Found], reserves: list[Found]) -> list[Found]:
    """The bodies found, with the parks' and reserves' offices in place of a body another rule read over
    the same span (海南|热带雨林国家公园管理局霸王岭分局 read as a scope's, 海南省…): the office is named
    after the park, whose name opens with the province's short name — as written, no province's
    full name put in."""
    if not reserves:
        return found
    spans = {(r.start, r.end): r for r in reserves}
    kept = []
    for f in found:
        r = spans.get((f.start, f.end))
        if r is None:
            kept.append(f)
        elif "place_code" in f.attrs and "place_code" not in r.attrs:
            r.attrs["place_code"] = f.attrs["place_code"]  # (the province the scope read is still its place)
    return kept + reserves


_RE_RESERVE_BRANCH = re.compile(rf"([{HAN}]{{2,3}}?)(?:{cue_alt(_A, 'reserve_branches')})")
_BRANCH_NOT_NAME_TAGS = frozenset("vdprcum")  # jieba's verbs, adverbs, prepositions, pronouns, conjunctions, particles, numerals
_BRANCH_PROPER_TAGS = ("ns", "nr", "nz")  # a place's, a person's (白水江) or another proper name of the dictionary


def _reserve_branch_end(text: str, end: int) -> int:
    """Where a park's or reserve's office ends with its branch named right after it (海南热带雨林国家公园
    管理局|霸王岭分局, 东北虎豹国家公园管理局|珲春分局, 大熊猫国家公园管理局|都江堰管护总站): the
    branch's own name is a place's — a proper name of the dictionary (珲春, 都江堰) or a division's, or
    no word of it at all (霸王岭) with no stop character and no verb, adverb or pronoun in it; a
    common word (所属, 直属, 下设: 管理局下设分局) names no branch.  `end` itself when none follows."""
    m = _RE_RESERVE_BRANCH.match(text, end)
    if m is None:
        return end
    stem, tags = m.group(1), word_tags()
    tag = tags.get(stem)
    if (tag or "").startswith(_BRANCH_PROPER_TAGS) or table().candidates(stem) or table().short_candidates(stem):
        return m.end()
    if tag is not None or any(ch in ORG_STOP_CHARS for ch in stem) or NOT_IN_NAME.search(stem) \
            or POST_IN_STEM.search(stem) \
            or any((tags.get(w) or "n")[:1] in _BRANCH_NOT_NAME_TAGS for w in dict_words(stem)):
        return end
    return m.end()


def _reserve_province(stem: str) -> str | None:
    """The province a national park's office is set up in, written between the park and the office
    (武夷山国家公园|福建|管理局, 大熊猫国家公园|四川省|管理局: a park across provinces has one office in
    each): its code, or None when the words there name no province (the match names no office)."""
    for d in table().candidates(stem) + table().short_candidates(stem):
        if d.level == "province":
            return d.code
    return None


_RE_BRANCH = re.compile(rf"([{HAN}]{{2,4}}?)(?:{cue_alt(_A, 'bureau_branch')})")
_BRANCH_PARENT_END = tuple(cue(_A, "bureau_branch_parent_end"))  # 局: a city's bureau keeps a county's branch
_BRANCH_OFFICES = frozenset(cue(_A, "bureau_branch_offices"))  # 龙岗监管局: a district office, no 分X word (shijian93)


_CITY_RELATIVE = frozenset(cue(_A, "city_relative_scopes"))  # 市: the article's city


def _relative_bureau_branch(text: str, f: Found) -> list[Found]:
    """市生态环境局|绛县分局, 市公安局|盐山县分局 in a county's paper: the city bureau written with 市 alone
    (relative to the article's place) and its branch in a county named in full — the branch, one
    agency (was the city's bureau, the county's name and 分局 dropped).  Only a name that is one
    county's and no other's: the city is not written to check it against (新华分局 is left alone)."""
    m = _RE_BRANCH.match(text, f.end)
    if not m or not f.norm.endswith(text[m.end(1) + 1:m.end()]):
        return []
    stem = m.group(1)
    counties = {d.code for d in table().candidates(stem) if d.level == "county" and d.name == stem}
    if len(counties) != 1:
        return []
    attrs = dict(f.attrs, rest=f.attrs.get("rest", "") + text[f.end:m.end()],
                 raw_rest=f.attrs.get("raw_rest", "") + text[f.end:m.end()])
    attrs["branch_code"] = next(iter(counties))  # (where the branch sits: the county, as for a city named in full)
    return [Found(f.start, m.end(), "Agency", f.norm + text[f.end:m.end()], "agency.bureau-branch", attrs)]


def _bureau_branches(text: str, found: list[Found]) -> list[Found]:
    """A city bureau's branch in one of its counties, named after the bureau (临汾市生态环境局|霍州分局,
    唐山市生态环境局|丰润区分局, 邯郸市公安局|丛台分局): one agency, the branch, under the county's
    name written in full or short — a county of that city only (the division table says so), so a
    word before 分局 that names no county of it (经开区分局) is left alone."""
    out = []
    for f in found:
        code = f.attrs.get("place_code")
        if f.label == "Agency" and not code and f.attrs.get("relative") in _CITY_RELATIVE \
                and f.norm.endswith(_BRANCH_PARENT_END):
            out += _relative_bureau_branch(text, f)
            continue
        if f.label != "Agency" or not code or len(code) != 6 or code.endswith("0000") or not code.endswith("00") \
                or not f.norm.endswith(_BRANCH_PARENT_END):
            continue  # (a city's bureau: a code of six digits, a city's, not a province's)
        m = _RE_BRANCH.match(text, f.end)
        if not m or not (f.norm.endswith(text[m.end(1) + 1:m.end()])
                         or text[m.end(1):m.end()] in _BRANCH_OFFICES and f.norm.endswith(_BRANCH_PARENT_END)):
            continue  # (分X names the branch of a body ending in X: 分局 a 局's, 分中心 a 中心's; 监管局 any 局's)
        stem = m.group(1)
        county = next((d for d in table().candidates(stem) + table().short_candidates(stem)
                       if d.level == "county" and d.code[:4] == code[:4]), None)
        if county is not None:
            end = _station_end(text, m.end())
            out.append(Found(f.start, end, "Agency", f.norm + text[f.end:end], "agency.bureau-branch",
                             {"place_code": county.code, "tail": f.attrs.get("tail")}))
    return out


_BARE_POLICE_UNIT = re.compile(cue_alt(_A, "bare_police_units"))
_COUNTY_RELATIVE = frozenset(cue(_A, "county_relative_scopes"))  # 县, 区, 旗
_POLICE_BUREAU_ENDS = tuple(cue(_A, "police_bureau_ends"))  # 公安分局, 公安局
_BARE_UNIT_NOT_AFTER = frozenset(cue_chars(_A, "bare_unit_not_after_chars"))


def _home_bureau(found: list[Found]) -> tuple[Found, int] | None:
    """The police bureau the text names first (泾源县公安局 of 泾源县公安局刑侦大队) and where its own name ends
    in its norm, or None: the bureau a story of its units is told by."""
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if f.label != "Agency":
            continue
        cut = min((f.norm.find(w) + len(w) for w in _POLICE_BUREAU_ENDS if w in f.norm), default=0)
        if cut:
            return f, cut
    return None


def _county_bureau(f: Found) -> bool:
    """Is `f` a county's bureau (泾源县公安局: a county's code; 县公安局, 区公安分局: a county's relative scope)?  A
    city's or a province's bureau keeps 支队/总队, no 大队 of its own — a bare 大队 there is some county's."""
    code = f.attrs.get("place_code")
    if code:
        return len(code) == 6 and not code.endswith("00")
    return f.attrs.get("relative") in _COUNTY_RELATIVE


def _bare_police_units(text: str, found: list[Found]) -> list[Found]:
    """泾源县公安局刑侦大队接到…请求后，…并通报特警大队 (gongan115): a bureau's unit written bare (bare_police_units),
    opening no longer name (no place's or body's last character before it: not 郊区交警大队, 分局刑侦大队) after
    the text has named a police bureau, is that bureau's unit (泾源县公安局特警大队), named by the chain and placed
    as the bureau is.  The bureau is the one the text names first; one pass over the text."""
    if not any(w in text for w in _POLICE_BUREAU_ENDS):
        return []
    home = _home_bureau(found)
    if home is None or not _county_bureau(home[0]):
        return []
    bureau, cut = home
    out = []
    tags = word_tags()
    for m in _BARE_POLICE_UNIT.finditer(text, bureau.end):
        k = m.start()
        if text[k - 1] in _BARE_UNIT_NOT_AFTER or (tags.get(text[k - 2:k]) or "").startswith("ns"):
            continue  # 郊区|交警大队, 城关|派出所, 分局|刑侦大队: a unit named by its own stem or another bureau's
        if text[m.end():m.end() + 1] in _INNER_UNIT_NOT_BEFORE:
            continue  # 交警大队长: the post of the unit's head (the posts stage reads it)
        unit = m.group(0)
        attrs = dict(bureau.attrs)
        drop = len(bureau.norm) - cut  # (泾源县公安局|刑侦大队: the bureau's own unit is no part of the chain)
        for key in ("tail", "rest", "raw_rest"):
            if attrs.get(key):
                attrs[key] = (attrs[key][:-drop] if drop else attrs[key]) + unit
        out.append(Found(k, m.end(), "Agency", bureau.norm[:cut] + unit, "agency.bare-police-unit", attrs))
    return out


def _station_end(text: str, end: int) -> int:
    """杭州市公安局西湖区分局|北山派出所: a police station named right after the branch is the agency the
    text speaks of, named by the whole chain as after a bureau (中牟县公安局|东风路派出所); `end` without one."""
    s = _police_station(text, end)
    return s.end() if s is not None else end
