"""Organisations: a proper name + an organisation suffix, people's organisations, media, facilities.

- a proper name + suffix (…公司, …大学, 中国科学院, …日报; suffixes in organization_suffixes.tsv):
  the name is read backwards from the suffix to a stop character or word, cut after the last verb
  a name follows (出任|欧洲中央银行) and after a dateline word (又讯|…), and its prefix must be a
  proper noun, unknown to jieba's dictionary or written by sound (劳拉公司); kinds of bodies are
  no names (上市公司, 几家汽车公司, 美国公司, 美国第三大银行: org_cues.tsv);
- teams named after their province or city (四川全兴队, 大连女子足球队) and regional enterprises
  named by place and trade (广东电网, 茂名石化, 沈阳铁路局);
- Youth League committees by scope (共青团衡阳市委, 团县委);
- people's organisations after a scope (市总工会, 县妇联: mass_organizations.tsv);
- named national centres (国家…技术创新中心), media in bylines and credits (…日报记者);
- facilities named after the community, village or township they serve (…社区新时代文明实践站).
"""
from __future__ import annotations

import bisect
from functools import lru_cache
import re

from ... import lexicon as L
from ...divisions import table as _division_table
from ...text import CHINESE_NUMERALS, DIGIT, HAN, LATIN, alt, is_han, proper, segmenter, word_freq, word_tags
from ...text import NAME_DOTS, dict_words, late_module
from .agencies import DEPARTMENT as _DEPARTMENT, POST_IN_STEM, find_scopes
from .common import NOT_IN_NAME, ORG_STOP_CHARS, ORG_STOP_WORDS, Found, Occupancy, cue, cue_alt, cue_chars, name_re

_RE_MASS = re.compile(rf"({alt(L.MASS_ORGS)})")
# the standard form of a people's organisation written short (供销联社, 供销社 → 供销合作社)
_MASS_CANONICAL = {r["name"]: r["canonical"] for r in L.load_table("mass_organizations") if r.get("canonical")}
_MASS_NOT_BEFORE = set(L.chars("mass_org_not_before"))
_ORG_SUFFIX_RE = re.compile(rf"({alt(L.ORG_SUFFIXES)})")
_NATIONAL_CENTRE_RE = re.compile(rf"{cue('org_cues', 'national')[0]}[{HAN}]{{2,14}}?(?:{L.words_alt('national_centre_heads')})")
_COUNTY_FACILITY_RE = re.compile(rf"()({L.words_alt('county_facilities')})(?!{L.words_alt('county_facility_not_before')})")
_FACILITY_RE = name_re(alt(L.FACILITY_SUFFIXES), 0, 8, split=True)
# A township, village or community names any facility it runs (洋口镇退役军人服务站); a county, city or
# province only the few each level sets up by name (谷城县退役军人服务中心, 湖北省退役军人服务中心).
_LOCAL_LEVELS = frozenset(("community", "village", "township"))
_FACILITY_LEVELS = _LOCAL_LEVELS | {"county", "city", "province"}
ORG_GENERIC = re.compile(f"^({L.words_alt('org_generic_prefixes')})")
_NAMED_PREFIXES = L.words("org_named_prefixes")
MEDIA_RE = re.compile(rf"((?:{L.words_alt('media_prefixes')}|[{HAN}]{{2,3}})[{HAN}]{{0,3}}?(?:{L.words_alt('media_heads')}))"
                       rf"(?={L.words_alt('media_followers')}|\(|（)")
# how every MEDIA_RE match ends: a text without it has none (one quick search spares the scan)
_MEDIA_END = re.compile(rf"(?:{L.words_alt('media_heads')})(?={L.words_alt('media_followers')}|\(|（)")
_NAME_CHAR = re.compile(f"[{HAN}{LATIN}{DIGIT}]")
_HAN_CHAR = re.compile(f"[{HAN}]")
_NAME_DOTS = frozenset(NAME_DOTS)  # the dots between a foreign name's parts (kg/text.py)
# 暨 right before a place that opens the name joins two events or bodies (首届会员大会暨|上海市通化商会)
_STOP_BEFORE_PLACE = frozenset(L.chars("org_stop_before_place"))
# …or right after an event's last character (表彰大会暨|宏达公司成立仪式)
_EVENT_ENDS = frozenset(L.chars("org_stop_conjunction_after"))
# a company named by a trade word after its own name (河套|酒业集团, 中|煤集团, 圣华|药业公司)
_TRADES = L.words("company_trades")
_COMPANY_SUFFIXES = set(L.words("company_suffixes"))
_COMPANY_SUFFIX_TUPLE = tuple(sorted(_COMPANY_SUFFIXES))


_O = "org_cues"  # the grammar words of this module (org_cues.tsv)
_THIS_PAPER = cue(_O, "this_paper")[0]
_LEADING_TAGS = ("v", "p", "c", "d")
_NAME_TAGS = ("ns", "nr", "nt", "nz", "j")
_INDUSTRY_CHAR = cue(_O, "industry")[0]
_INDUSTRY_SUFFIXES = cue(_O, "industry_suffixes")
_SUFFIX_BAD_NEXT = cue(_O, "suffix_bad_next")
_SUFFIX_BAD_NEXT_OK = cue(_O, "suffix_bad_next_ok")
_SUFFIX_NOT_LONGER = frozenset(cue(_O, "suffix_not_longer"))  # 大学|校城: no longer suffix through 大学
_SUFFIX_EXTENSIONS = cue(_O, "suffix_extensions")  # 大学|联盟: a word that carries a suffix's name on
_SUFFIX_NOT_WORDS = set(cue(_O, "suffix_not_words"))
_SUFFIX_NOT_WORDS_NOT_BEFORE = tuple(cue(_O, "suffix_not_words_not_before"))  # 联合会|商讨: the name ends
_COMMITTEE_DEPARTMENTS = cue(_O, "committee_departments")  # 学校部: a league committee's department
_COMMITTEE_ENDS = frozenset(cue(_O, "committee_ends"))
# a year inside what precedes a suffix: a year's work, no name; or a count of years (连续33年位居全区
# 牧业|旗县首位: a rank held for 33 years, no company 牧业 — county37)
_YEAR_RE = re.compile(rf"[{DIGIT}]{{4}}年|[{DIGIT}]{{1,3}}年(?!级|代)|[{DIGIT}]{{1,2}}月[{DIGIT}]{{1,2}}日")
_SUFFIX_VERB_WORDS = set(cue(_O, "suffix_verb_words"))  # 设厂, 建厂: a verb, no name's end
_GENERIC_PREFIX = re.compile(f"^(?:{cue_alt(_O, 'generic_prefixes')})")
_GENERIC_PREFIX_WORDS = frozenset(cue(_O, "generic_prefixes"))  # 公办, 民办: the whole run after a verb, a class
_FIELD_KINDS = frozenset(cue(_O, "field_kinds"))  # 山东省|标准化|研究院: the institute's field, a name
_COUNTRY_GENERIC = set(cue(_O, "country_generic_suffixes"))
_PLACE_GENERIC = set(cue(_O, "place_generic_suffixes"))
_PLACE_INDUSTRY = frozenset(cue(_O, "place_industry_suffixes"))  # 武功县|果业: the county's trade
_PLACE_INDUSTRY_ENDS = frozenset("".join(cue(_O, "place_industry_division_ends")))  # 县, 市: a division named in full
_CITY_ENTERPRISE_STEMS = tuple(cue(_O, "city_enterprise_stems"))  # 城投: 市城投集团 is the city's, no 市城区
_ANONYMISED = tuple(cue(_O, "anonymised_marks"))  # 某: a body a text names without its name
_CLASS_PREFIX = re.compile(f"^(?:{cue_alt(_O, 'generic_prefixes')}|{cue_alt(_O, 'class_prefixes')})")  # 全县|普惠性|幼儿园
_CLASS_LEVELS = tuple(cue(_O, "class_levels"))  # 省级, 市级: 北京省级|商会 is a class of bodies
_INTO_VERBS = tuple(cue(_O, "campaign_into_verbs"))  # 进: 非遗进|学校, a campaign
_INTO_WORD_FREQ = 50  # the verb and the character before it this frequent a word make one word (先进, 引进)
_LISTED_MARKS = tuple(cue(_O, "listed_marks"))  # 优质上市|公司, 深交所|公司: the class of listed companies
_DATELINE_WORDS = cue(_O, "dateline_words")
# a count or rank of bodies in the prefix (2000多家…医院, 美国第三大银行): a kind, not a name
_COUNTED = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS[:-3]}{cue_chars(_O, 'approx_numerals')}][{cue_chars(_O, 'count_word')}]|"
                      rf"(?:{cue_alt(_O, 'ordinal')})[{DIGIT}{CHINESE_NUMERALS}]+(?:{cue_alt(_O, 'rank')})")


_FIELD_OPENERS = "\n:：|｜\t"  # what opens a notice's field or a flattened table's cell


def _after_leading_verb(text: str, i: int, start: int) -> int:
    """Where a name read backwards from its suffix really starts: after the last verb, preposition
    or conjunction the scan ran into that a proper name follows (培养|辽宁大学, 应|中国人民外交学会,
    …出任|欧洲中央银行; but 远航物流公司 keeps 远航, 中国建设银行 keeps 建设: no name follows it)."""
    tags = word_tags()
    toks = dict_words(text[i:start])
    pos, cut = i, i
    for k, tok in enumerate(toks[:-1]):
        pos += len(tok)
        if k == 0 and len(tok) == 1 and i > 0 and text[i - 1] in ORG_STOP_CHARS and start - pos >= 2 \
                and tags.get(text[i - 1:i + 1]) == "v":
            cut = pos  # 给|予|供电公司: the character the scan stopped at and this one make a verb (给予)
            continue
        if k == 0 and len(tok) == 1 and i > 0 and (text[i - 1] in _LIST_MARKS or text[i - 1] in ORG_STOP_CHARS):
            continue  # …园区、盛|潼餐饮有限公司, 考察了|通|瑞新能源公司: the name opens after a list mark or a
            # function character the scan stopped at, not with a verb
        if k == 0 and len(tok) == 1 and tok not in ORG_STOP_CHARS and (i == 0 or text[i - 1] in _FIELD_OPENERS):
            continue  # 供应商名称：|达瑞医学检验有限公司, a table row's line opening on it: a field or a cell
            # holds the name alone, its first character no verb (由|华为…: a function character still is)
        if tok in _APPOSITIVE_KINDS and start - pos >= 2 and (_name_follows(tags.get(toks[k + 1]), toks[k + 1:])
                                                              or _rare_brand(toks[k + 1:])):
            cut = pos  # 新投产项目|恒泰工艺礼品有限公司: the kind before a name is no part of it
            continue
        if (tok in _NAME_OPENS_AFTER or tok in _DEAL_VERBS or _meet_verb(tok, toks, k)) and start - pos >= 2:
            cut = pos  # 汪某任|四川大学, 郑某同志任|同济大学, 收购|中色南方稀土(新丰)有限公司: the name follows
            continue
        if not _leading_word(tok, tags) or start - pos < 2:
            continue
        if len(toks[k + 1]) == 1 and text[pos + 1:pos + 2] in _BRAND_CONJUNCTIONS and _brand_middle(text, pos + 1, start):
            cut = pos  # 调研|万和通物流集团: a coined brand of three characters follows the verb
            continue
        if len(tok) == 1 and k > 0 and toks[k - 1] in _APPOSITIVE_KINDS:
            cut = pos - 1  # 园区企业|通瑞新能源公司: after the kind before it, the name's first character
            continue
        if len(tok) == 1 and k == 1 and cut == i and len(toks[k + 1]) == 1 \
                and (toks[0] in _province_abbreviations() or _place_name(toks[0])):
            continue  # 聊城|正|泰房地产集团, 皖|垦|棉业集团: after the place that opens the name, a one-character
            # "verb" or "adverb" before a character jieba makes no word of is the brand's first character
        if len(tok) == 1 and k == 2 and cut == i and len(toks[1]) == 1 and toks[1] not in ORG_STOP_CHARS \
                and (toks[0] in _province_abbreviations() or _place_name(toks[0])):
            continue  # 委托|广东|南|兴|天虹果仁制品有限公司 (shipin117): after the place that opens the name, a
            # one-character "verb" right after one lone character is the brand's second character (南兴)
        if len(tok) == 1 and cut == pos - 1 and k > 0 and len(toks[k - 1]) > 1 and tags.get(tok) == "v" \
                and len(toks[k + 1]) == 1:
            continue  # 调研|采|芝|林药业: a one-character "verb" right after the verb cut at, before characters
            # jieba cannot make words of, is the brand's first character (not 决定|让|华润公司, 同意|由|…)
        if len(tok) == 1 and k > 0 and len(toks[k + 1]) == 1 and tags.get(tok) == "vg":
            continue  # 贞丰县宏|臻|菌业有限公司, 首钢|庆|华工具厂 (dongbei92): a bound verbal morpheme (vg) before
            # a character jieba makes no word of is no verb of the sentence, but a coined brand's character
        if len(tok) > 1 and toks[k + 1] in _VERB_COMPOUND_HEADS and k + 2 < len(toks):
            continue  # 济宁|创新|谷|发展集团 (qiyeming107): 创新谷 is the brand's noun, no verb of the sentence
        if _coined_opening(text, i, toks, k):
            continue  # ，歌|斐|颂|巧克力小镇集团: a coined brand opening the clause, not a verb 颂
        nxt = tags.get(toks[k + 1])
        if toks[k + 1][0] in _OPEN_BRACKETS:
            continue  # 联想（北京）有限公司: a brand before its bracketed place, not a verb
        if text[pos:start] in _GENERIC_PREFIX_WORDS:
            cut = pos  # 大力发展|公办幼儿园 (renwu93): the verb, then a class of body alone (no name: `_generic`)
            continue
        if _name_follows(nxt, toks[k + 1:]):
            cut = pos  # a name, or characters the dictionary cannot make words of (批准|劳拉公司)
            if len(tok) == 1 and toks[k + 1] in _VERB_COMPLEMENTS and start - pos >= 3 and tags.get(tok) == "v":
                cut = pos + 1  # 戴|上|齐盛学校: the verb's complement (戴上), no character of the name
    if len(toks) > 1 and toks[-1] in _NAME_OPENS_AFTER:
        return start  # 关于刘某任|学院党委书记: a person taking a post, then the bare kind, no name
    return cut


def _after_opening_place(text: str, i: int, start: int, places: dict[int, int]) -> int:
    """`_after_leading_verb` for a name that may open with a place the gazetteer found: the
    dictionary tags some cities' names as adverbs or verbs (大连 d), and a chamber of one
    province's firms in that city (大连|浙江商会) lost its city.  A place is no verb: the scan for
    verbs starts after it, and the name keeps the place when no verb follows.  Only a cut right at
    the place's end is looked at again (聊城|正|泰房地产集团 keeps its reading of the brand), or one
    inside the place (shipin117: 贵|安|新区湖潮乡…超市, jieba's 安 a verb, cut the new area's name)."""
    j = _after_leading_verb(text, i, start)
    pe = places.get(i, start)
    if not i < j <= pe or pe >= start:
        return j
    j = _after_leading_verb(text, pe, start)
    return i if j == pe else j


def _coined_opening(text: str, i: int, toks: list[str], k: int) -> bool:
    """Is the one-character "verb" toks[k] the last of three or more characters the dictionary makes
    no word of, opening the clause (，歌|斐|颂|巧克力小镇集团), or inside four or more such (中|安|芯|界集团)?  Such a run is a coined brand (a name
    by sound) whose last character only looks like a verb; a real verb after a clause's start
    makes a word with its neighbours (报送, 颂扬) or follows a word (各|县)."""
    if len(toks[k]) != 1 or k < 1 or not all(len(t) == 1 for t in toks[:k]) \
            or (i > 0 and _HAN_CHAR.match(text[i - 1])):
        return False
    if k >= 2:
        return True
    if i > 0 and _NAME_CHAR.match(text[i - 1]):
        return False  # 1995年|起|任|该|报社: a date's word before, no clause's start
    after = next((n for n, t in enumerate(toks[k + 1:]) if len(t) != 1), len(toks) - k - 1)
    return k + 1 + after >= _COINED_RUN  # (中|安|芯|界集团: four characters of no word, 安 among them)


_COINED_RUN = 4  # single characters in a row, the "verb" among them, that make a brand of two or more


def _leading_word(tok: str, tags: dict) -> bool:
    """Is `tok` a verb, preposition, conjunction or adverb before a name?  A long dictionary word
    that ends in a verb is one too, whatever its own tag (实地考察|钱江综合市场: jieba tags the
    compound n, yet it is a verb phrase that a place's market follows)."""
    return (tags.get(tok) or "").startswith(_LEADING_TAGS) or \
        (len(tok) >= 4 and (tags.get(tok[-2:]) or "").startswith("v"))


_LIST_MARKS = cue_chars(_O, "list_marks")
# words of taking a post (任, which the dictionary tags r; 担任; 荣任, 胜任: a name's last
# character and 任) and 同志: in an organisation's prefix only a person and the post they take
# come before them (汪某任|四川大学校长, 刘某同志宣布|保利集团): the name opens after them, whatever its first word
_NAME_OPENS_AFTER = frozenset(cue(_O, "name_opens_after"))
_VERB_COMPLEMENTS = frozenset(cue(_O, "verb_complements"))  # 上 of 戴上: a one-character verb's complement
_APPOSITIVE_KINDS = set(cue(_O, "appositive_kinds"))
_DEAL_VERBS = frozenset(cue(_O, "deal_verbs"))  # 收购, 获得: one company's act before another's name
_MEET_VERBS = frozenset(cue(_O, "meet_verbs"))  # 会见, 希望: a leader's act before a company's name
_MEET_BRAND_BEFORE = frozenset(cue(_O, "meet_verb_brand_before"))  # 新|希望: a brand's word
_VERB_COMPOUND_HEADS = frozenset(cue(_O, "verb_compound_heads"))  # 创新|谷: the verb makes a noun with it


_APPOSITIVE_KIND_WORDS = tuple(sorted(_APPOSITIVE_KINDS))
_BRAND_WORD_FREQ = 50  # zhanhui108: below this count in jieba's dictionary a word is a coined brand (安踏 7), no common word (联想 1393)


def _rare_brand(rest: list[str]) -> bool:
    """Is what follows a kind before a company's suffix one word of two to four characters the dictionary
    hardly knows (行业领军企业|安踏|集团: jieba tags 安踏 a verb)?  Then it is the brand, the kind before it no part
    of the name; a common word there (企业|管理|集团) names no brand."""
    return len(rest) == 1 and 2 <= len(rest[0]) <= 4 and all(map(is_han, rest[0])) \
        and (word_freq().get(rest[0]) or 0) < _BRAND_WORD_FREQ


def _meet_verb(tok: str, toks: list[str], k: int) -> bool:
    """Is `tok` a leader's meeting or wish before a company (会见|名成集团, 希望|光明食品集团)?
    Not inside a brand that holds the word (新|希望|乳业)."""
    return tok in _MEET_VERBS and not (k > 0 and toks[k - 1] in _MEET_BRAND_BEFORE)


def _suffix_opens_word(text: str, end: int) -> bool:
    """Does the suffix's last character open another word with the next (厂商, 政治协商会议, 中国气象局联合
    会商: the bodies consult), unless the next character opens a word of its own (市商业联合会|商讨)?"""
    return text[end - 1:end + 1] in _SUFFIX_NOT_WORDS and not text.startswith(_SUFFIX_NOT_WORDS_NOT_BEFORE, end)


def _name_follows(tag: str | None, toks: list[str]) -> bool:
    """Do the words `toks` (the first tagged `tag`) open a proper name: a word jieba tags as a name,
    one it does not know, or characters it cannot make words of?"""
    return tag is None or tag.startswith(_NAME_TAGS) or all(len(t) == 1 for t in toks)


def _transliterated(prefix: str) -> bool:
    """A prefix jieba's dictionary cannot split into words at all (劳|拉, 纽|新): a foreign or
    coined name written by sound, not common words."""
    toks = dict_words(prefix)
    tags = [word_tags().get(t) or "" for t in toks]
    return len(toks) >= 2 and all(len(t) == 1 for t in toks) and not any(
        t.startswith(("p", "c", "u", "r", "m", "q", "d")) for t in tags) \
        and not all(t == "v" for t in tags)  # 靠|拿 银行利息: verbs in a row are what is done, no name


_CLOSE_BRACKETS = cue(_O, "name_brackets")[1] if len(cue(_O, "name_brackets")) > 1 else ""
_OPEN_BRACKETS = cue(_O, "name_brackets")[0] if cue(_O, "name_brackets") else ""
_LEGAL_FORMS = cue(_O, "legal_forms")
_LEGAL_FORMS_LONGEST = tuple(sorted(_LEGAL_FORMS, key=len, reverse=True))
_LEGAL_FORM_KINDS = cue(_O, "legal_form_kinds")  # 集团 of 集团有限公司: a kind inside the legal form


def _broken_bracket(prefix: str) -> bool:
    """Does a would-be name open with a bracket or close one it never opened (中国农科院麻类研究所
    (金乡)大蒜产业研究院 read from 金乡 or from its bracket)?  The name was cut inside a bracketed
    place that belongs to the body written before it: no name of its own opens there."""
    if prefix and prefix[0] in _OPEN_BRACKETS:
        return True
    close = next((k for k, ch in enumerate(prefix) if ch in _CLOSE_BRACKETS), -1)
    return close >= 0 and not any(ch in _OPEN_BRACKETS for ch in prefix[:close])


def _bracketed_place(text: str, close: int) -> int | None:
    """Where a company's brand starts when the bracket closing at `close` holds a place or a
    country between brand and trade (宝瑞嘉（新田）丝绸有限公司, 华为技术（深圳）有限公司): the
    position of the opening bracket's brand, or None when the bracket holds anything else."""
    k = close - 1
    while k >= 0 and close - k <= 6 and is_han(text[k]):
        k -= 1
    if k < 0 or text[k] not in _OPEN_BRACKETS or close - k < 3 or k == 0 or not _NAME_CHAR.match(text[k - 1]) \
            or text[k - 1] in ORG_STOP_CHARS:
        return None
    inside = text[k + 1:close]
    tags = word_tags()
    if not ((tags.get(inside) or "").startswith("ns") or _place_name(inside)):
        return None
    return k


def _bracketed_kind(text: str, close: int, start: int, end: int) -> int | None:
    """The opening bracket of a kind written in brackets right before a legal form (广西柳工（集团）
    有限公司, 魏桥创业(集团)股份有限公司), or before the trade and then the legal form (湖北祥云（集团）
    化工股份有限公司: up to four characters of the name between them): the registered form of a
    group, whose name goes on before the bracket; None anywhere else."""
    trade = text[close + 1:start]
    if len(trade) > 4 or not all(_HAN_CHAR.match(ch) and ch not in ORG_STOP_CHARS for ch in trade) \
            or not text.endswith(_LEGAL_FORMS_LONGEST, start, end):
        return None
    kind = next((k for k in _LEGAL_FORM_KINDS if text.endswith(k, 0, close)), None)
    k = close - len(kind) - 1 if kind else -1
    if k <= 0 or text[k] not in _OPEN_BRACKETS or not _NAME_CHAR.match(text[k - 1]):
        return None
    return k


@lru_cache(maxsize=1)
def _province_abbreviations() -> frozenset[str]:
    """One-character short forms of provinces (皖, 鲁, 晋): state enterprises open their names with them
    (皖垦棉业集团, 鲁信集团)."""
    return frozenset(r["abbr"] for r in L.load_table("place_abbreviations")
                     if r["table"] == "divisions" and r["kind"] == "province")


@lru_cache(maxsize=1)
def _verb_abbreviations() -> dict[str, frozenset[str]]:
    """One-character short forms of provinces and cities read after a verb (在杭, 在沪, 驻京), with
    those verbs."""
    return {r["abbr"]: frozenset(r["verbs"].split("|")) for r in L.load_table("place_abbreviations")
            if r["table"] == "divisions" and "verb" in r["rules"].split("|") and r["verbs"]}


def _after_verb_abbreviation(text: str, i: int, start: int) -> int:
    """在杭|庆元商会, 在沪|温州商会: a city's or province's one-character short form right after its
    verb (在, 驻) says where the body is, no part of its name (杭州庆元商会 written as in 杭); not a
    word the character opens (在|京东集团)."""
    verbs = _verb_abbreviations().get(text[i:i + 1])
    if not verbs or i == 0 or text[i - 1] not in verbs or start - i < 3 or word_freq().get(text[i:i + 2]):
        return i
    return i + 1


def _place_name(word: str) -> bool:
    """A division or world place of the tables (新田, 中国): the gazetteer's or registry's name."""
    from ...divisions import table
    from ..registry import registry
    hit = registry()[0].get(word)
    if hit is not None and hit[0].label == "Place":
        return True
    return word in table().by_name or word in table().by_short


def _legal_form_name(prefix: str, suffix: str) -> bool:
    """A company's registered name before its legal form (亿丰生态农业科技开发区|有限公司): a
    brand and trade words, however common the words, when no verb, function word or pronoun
    (把, 的, 这, 已) and no count is among them: only a registered company is called X有限公司.
    `suffix` may hold a kind before the legal form (集团有限公司, 药业有限公司)."""
    form = next((f for f in _LEGAL_FORMS_LONGEST if suffix.endswith(f)), None)
    if form is None:
        return False
    # orgs18: a kind before the legal form (正大|集团有限公司, 华康|药业有限公司): the registered
    # name holds its kind, so the brand before it may be two common characters
    kind = suffix[:-len(form)] or next((k for k in _LEGAL_FORM_KINDS if form.startswith(k)), "")
    return len(prefix) >= (2 if kind else 4) and _trade_words(prefix)


# tags of words no registered name holds: verbs (but verbal nouns, 投资 and 建设, name trades),
# prepositions, conjunctions, particles, pronouns, adverbs, measure words
_NOT_NAME_WORD_TAGS = ("v", "p", "c", "u", "r", "d", "q")


def _trade_words(words: str) -> bool:
    """Are `words` a brand and trade words, however common (交通投资, 城市建设投资), with no verb,
    function word or pronoun (把, 的, 这, 已) among them?"""
    tags = word_tags()
    return not any((t := tags.get(w) or "").startswith(_NOT_NAME_WORD_TAGS) and not t.startswith("vn") and len(w) > 1
                   or t.startswith(("p", "c", "u", "r")) for w in dict_words(words))


def _scoped_enterprise(text: str, i: int, start: int, end: int, relative: dict[int, int]) -> bool:
    """A province's, city's or county's enterprise named by the scope alone and its trade
    (省交通投资集团有限公司, 省农业发展集团, 县城投公司): the scope names the place, as in 市总工会,
    and the common words after it are the trade (not 省属|企业集团: a kind, read by `_generic`).  A
    society of a trade so named likewise (市物流协会, 县果品协会: the city's, the county's)."""
    scope_end = relative.get(i)
    if scope_end is None or not text[start:end].endswith(_COMPANY_SUFFIX_TUPLE + tuple(_PAIR_SOCIETY_KINDS)):
        return False
    trade = text[scope_end:start]  # (the kind read with its suffix: 省|绿色工厂, a title a factory is awarded)
    return len(trade) >= 2 and _trade_words(trade) and not _GENERIC_PREFIX.match(text[scope_end:end]) \
        and not ORG_GENERIC.match(trade) and not any(w in _ENTERPRISE_KINDS for w in dict_words(trade))


_ENTERPRISE_SCOPES = frozenset(cue(_O, "enterprise_scopes"))  # 市|交投集团: the article's city's own
_ENTERPRISE_KINDS = set(cue(_O, "enterprise_kind_words"))  # 市|企业集团, 县|国有公司: kinds, no trade


def _past_class_level(prefix: str) -> str:
    """The prefix after a scope word or level opening it (全县|普惠性幼儿园, 全市|民办学校): the class
    words that follow are read as when they open the name — the bodies of a kind in that place."""
    lead = next((w for w in _CLASS_LEVELS if prefix.startswith(w)), "")
    return prefix[len(lead):]


def _generic(prefix: str, suffix: str, start: int, countries: dict[int, int], places: dict[int, int]) -> bool:
    """A kind of body rather than one body's name: 上市公司, 几家汽车公司, 美国第一大银行, 日美两国
    中央银行, a country + 公司/银行/厂 (美国公司: companies of that country), a place + 工厂/企业
    (陕西工厂), a division named in full + its trade (武功县果业: the county's fruit growing), a place +
    a kind or rank (河北省|重点骨干大学: a class of that province's universities)."""
    if ORG_GENERIC.match(prefix) or _CLASS_PREFIX.match(_past_class_level(prefix)) or _COUNTED.search(prefix) \
            or prefix.endswith(_CLASS_LEVELS) \
            or prefix.endswith(_LISTED_MARKS):  # 北京省级|商会: the class of chambers; 辖区上市|公司: of listed companies
        return True
    if _campaign_into(prefix):
        return True  # 文化走基层、非遗进|学校、书画传万家等公益活动: a campaign's name (wenwu115)
    at = start - len(prefix)
    if any(w in prefix for w in _ANONYMISED) and at not in places:
        return True  # 法院依法审结|某科技有限公司, 高效处置|某机械公司: a name a court's text withheld
        # (天津远东某某有限公司: a company of the place it opens with stays one, and holds its place)
    after_place = prefix[places[at] - at:] + suffix if places.get(at, start + 1) <= start else ""
    return (suffix in _COUNTRY_GENERIC and countries.get(at) == start) or \
        after_place in _PLACE_GENERIC or \
        (after_place in _PLACE_INDUSTRY and prefix[-1:] in _PLACE_INDUSTRY_ENDS) or \
        (bool(after_place) and _GENERIC_PREFIX.match(after_place) is not None
         and suffix not in _FIELD_KINDS)  # (陕西|工|厂: 厂 after 工 is still 工厂; 山东省|标准化研究院: a name)


def _campaign_into(prefix: str) -> bool:
    """非遗进|学校, 文化进|社区 (wenwu115): a verb of going into (org_cues campaign_into_verbs) closing the words before
    the body's kind names a campaign carrying something to such places, no body — unless the verb makes a word with
    the character before it (先进|学校: an honour's class; 引进|企业)."""
    verb = next((v for v in _INTO_VERBS if prefix.endswith(v)), None)
    if verb is None or len(prefix) <= len(verb):
        return False
    return verb != prefix[-1:] or (word_freq().get(prefix[-2:]) or 0) < _INTO_WORD_FREQ


_PAIR_DASHES = cue_chars(_O, "pair_dashes")  # 中国—东盟, 中国-东盟: two parties joined in one name
_CHINA = cue(_O, "pair_china")[0]  # 中国


_PAIR_SOCIETY_KINDS = frozenset(cue(_O, "pair_society_kinds"))  # 协会, 商会: 中日友好|协会
_RELATIVE_UNIT_KINDS = tuple(cue(_O, "relative_unit_kinds"))  # 县|望海楼国有林场: the county's own farm


@lru_cache(maxsize=1)
def _country_chars() -> frozenset[str]:
    """The characters that write a country short in a run of two (中, 日, 美, 韩: 中日, 日中, 美中)."""
    from ..abbreviations import readings
    return frozenset(a for a, rs in readings().items()
                     if any(r.kind == "country" and "run" in r.rules for r in rs))


_SOCIETY_OPENINGS = tuple(cue(_O, "society_named_openings"))  # 国际: 国际儒学|联合会


def _international_society(prefix: str, suffix: str) -> bool:
    """国际儒学联合会, 国际奥林匹克协会: 国际 then a field before a kind of society names one
    international body (only societies: 国际学校, 国际酒店 are kinds of school and hotel)."""
    opening = next((o for o in _SOCIETY_OPENINGS if prefix.startswith(o)), None)
    return suffix in _PAIR_SOCIETY_KINDS and opening is not None and 2 <= len(prefix) - len(opening) <= 6 \
        and not prefix.startswith(_SOCIETY_FIELD_NOT, len(opening))


_SOCIETY_FIELD_NOT = tuple(cue(_O, "society_field_not"))  # 国际|知名协会: a qualifier, no field


def _country_pair_society(prefix: str, suffix: str) -> bool:
    """中日友好|协会, 日中经济|协会, 中美|商会: two one-character countries (one of them China) then a
    word or none, before a kind of society, name a society of the two countries — a proper name
    though every word is common (the run reads as two places, 日|中, which cut the name)."""
    return suffix in _PAIR_SOCIETY_KINDS and 2 <= len(prefix) <= 6 and _CHINA[0] in prefix[:2] \
        and prefix[0] != prefix[1] and all(c in _country_chars() for c in prefix[:2])


def _country_pair_start(text: str, i: int, country_ends: dict[int, int]) -> int:
    """Where a name joining a country to another party starts: at that country.  A dash stops the
    backward scan (澳大利亚—|中国友好交流协会, 中国—|东盟中心, 中国-|东盟商务理事会), and 中国 opening
    a name cut off the country before it (南非|中国人民友好协会, 肯尼亚|中国友好协会: a country's own
    association of friendship with China, not China's)."""
    if i > 1 and text[i - 1] in _PAIR_DASHES and (s := country_ends.get(i - 1)) is not None:
        return s
    if text.startswith(_CHINA, i) and (s := country_ends.get(i)) is not None:
        return s
    return i


def _after_brand_dot(text: str, i: int, start: int, place_spans: dict[int, int]) -> int:
    """Where a body named after a news brand starts: at the place after the dot.  Papers of the
    west sign with their group's brand, a middle dot, then the paper's own name, which opens with its
    place (新甘肃·甘肃经济日报, 新天水·天水日报): the brand is no part of the paper's name."""
    k = text.rfind("·", i, start)
    return k + 1 if k > i and (k + 1) in place_spans else i


_FRIENDSHIP_SHORT = cue(_O, "friendship_short")[0]  # 友协
_FRIENDSHIP_FULL = cue(_O, "friendship_full")[0]  # 友好协会


def _one_country(ch: str) -> str | None:
    """The one country a character writes in a run (肯 → 肯尼亚), or None when it writes several
    (巴: 巴西, 巴基斯坦 …) or none."""
    from ..abbreviations import readings
    names = {r.name for r in readings().get(ch, ()) if r.kind == "country" and "run" in r.rules}
    return next(iter(names)) if len(names) == 1 else None


def _friendship_name(text: str, i: int, country_starts: dict[int, int]) -> tuple[int, str] | None:
    """Where a friendship association's short form that ends at i (before 友协) starts, and the full
    name it stands for: China's character first, China's association as written (中日|友协 → 中日友好
    协会); the other country's first, that country's own association of friendship with China, as
    its full name is written (南中|友协 → 南非中国友好协会, 肯中友协 → 肯尼亚中国友好协会), when the
    character names one country only; a foreign country's name likewise (日本|友协 → 日本中国友好
    协会). None for anything else (对外友协, 省友协: other bodies)."""
    if (s := country_starts.get(i)) is not None:
        return s, text[s:i] + _CHINA + _FRIENDSHIP_FULL
    pair = text[i - 2:i] if i >= 2 else ""
    if len(pair) != 2 or pair[0] == pair[1] or _CHINA[0] not in pair or not all(c in _country_chars() for c in pair):
        return None
    if pair[0] == _CHINA[0]:
        return i - 2, pair + _FRIENDSHIP_FULL
    country = _one_country(pair[0])
    return (i - 2, country + _CHINA + _FRIENDSHIP_FULL) if country else None


def find_friendship_short_forms(text: str, places: list[Found], named: list[Found]) -> list[Found]:
    """Friendship associations written short, as the press of 对外友协 writes them (中日友协唐家璇会长,
    南中友协会长迪皮科, 日本友协会长): the association under its full name, so that 会长 after it
    is its president's post and no body 日友协会 is read from 友协|会长. A name already found there
    wins (中日友好协会 is read in full by the suffix finder)."""
    taken = Occupancy(len(text))
    for f in named:
        taken.mark(f.start, f.end)
    ends = {p.end: p.start for p in places if p.attrs.get("level") == "country" and p.norm != _CHINA}
    out: list[Found] = []
    for m in re.finditer(_FRIENDSHIP_SHORT, text):
        hit = _friendship_name(text, m.start(), ends)
        if hit is None or taken.overlaps(hit[0], m.end()):
            continue
        out.append(Found(hit[0], m.end(), "Organization", hit[1], "org.friendship-short", {"alias": text[hit[0]:m.end()]}))
    return out


# orgs18: a ranking list and the kind after it (500强企业, 百强): the class a body is in
_RANKING = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS}]+(?:{cue_alt(_O, 'ranking_words')})(?:{alt(_APPOSITIVE_KINDS)})?")


_BORDER_SIDE = re.compile("[东南西北]{1,2}至")  # 北至, 西南至: a side of a border reaching a landmark


def _after_border_side(text: str, i: int, start: int, place_spans: dict[int, int]) -> int:
    """Where a name starts after the side of a protected site's border that reaches it (保护范围：…北至|王氏集团
    滨江路商品房05米, wenwu115): compass characters and 至 opening what the scan read are no part of the body's
    name; only at the scan's first character, two characters of name at least left, and no place opening there
    (东至县供电公司: the county 东至)."""
    if i in place_spans:
        return i
    m = _BORDER_SIDE.match(text, i, start)
    return m.end() if m and start - m.end() >= 2 else i


def _after_ranking(text: str, i: int, start: int) -> int:
    """Where a name starts after a ranking list the backward scan ran into (世界500强|中信集团,
    中国500强企业|新希望集团): the list says what class the body is in and is no part of its name."""
    cut = i
    for m in _RANKING.finditer(text, i, start):
        if start - m.end() >= 2:
            cut = m.end()
    return cut


_CAPITAL_KINDS = re.compile(cue_alt(_O, "capital_kinds"))  # 台资企业, 侨资企业: the company's class
_CAPITAL_KIND_LONGEST = max(map(len, cue(_O, "capital_kinds")), default=1)


def _after_capital_kind(text: str, i: int, start: int) -> int:
    """Where a name starts after the kind of enterprise its capital makes it (侨资企业|儒兰(福建)金线莲科技
    有限公司, 台资企业|…公司): the class the company is in, no part of its name."""
    cut = i  # (the scan may have stopped inside the kind: 侨|资企业, 侨 being no name's character)
    for m in _CAPITAL_KINDS.finditer(text, max(0, i - _CAPITAL_KIND_LONGEST + 1), start):
        if m.end() > i and start - m.end() >= 2:
            cut = m.end()
    return cut


_WITHIN_RE = re.compile(rf"(?:{cue_alt(_O, 'within_scopes')})(?![{''.join(cue(_O, 'within_not_before'))}])")


def _within_scope(text: str, i: int, places: dict[int, int]) -> bool:
    """A name opening with a place and its "within" (秭归县内|脐橙种植合作社、营销企业): the words say
    which bodies are meant (those inside the county), a class, no one body's name."""
    k = places.get(i)
    return k is not None and any(_WITHIN_RE.match(text, j) for j in (k - 1, k))


def _post_in_prefix(prefix: str, i: int, places: dict[int, int]) -> bool:
    """Does a post sit in a would-be name's prefix (校党委书记郑永扣代表|学校: a post and its holder)?
    Not one that runs across the end of a place into another (成都市|长春商会: 市长 is the city's 市
    and the 长 of 长春, a chamber of one city's firms in another)."""
    for m in POST_IN_STEM.finditer(prefix):  # (only the few positions inside a post word are looked at)
        a, b = i + m.start(), i + m.end()
        if not any(e in places and _place_ending_at(places, e, i) for e in range(a + 1, b)):
            return True
    return False


def _place_ending_at(places: dict[int, int], e: int, i: int) -> bool:
    """Does a place starting at or after `i` end at `e`?  (A place is a few characters long: the
    starts just before e are all there is to look at.)"""
    return any(places.get(s) == e for s in range(max(i, e - _PLACE_MAX), e))


_PLACE_MAX = 24  # the longest place name a scope reads (a prefecture with its ethnic words)


_PLACE_UNIT_PARENTS = cue(_O, "place_unit_parents")  # 大学, 学院, 科学院, 集团
_PARENT_SHORT_FORMS = frozenset(cue(_O, "parent_short_forms"))  # 国铁


def _parent_before_place(words: str) -> bool:
    """Do the words before a place inside a would-be name name a body that keeps units in places
    (电子科技大学|长三角研究院, 某某集团|华东分公司)?  Then the name is that body's unit and opens
    with the body, not with the place, however common the body's words.  The place may stand in
    brackets after the body (北京大学（|青岛）…研究院): the body's branch in that city."""
    words = words.rstrip(_OPEN_BRACKETS)
    return any(words.endswith(p) and len(words) >= len(p) + 2 for p in _PLACE_UNIT_PARENTS) \
        or words in _ENTERPRISE_ALIASES or words in _PARENT_SHORT_FORMS
    # (中储粮|郑州直属库: the group's short name, then its unit of that city; 国铁|哈尔滨局集团公司: a
    # short form no registry entry bears)


# the names and short names of the central enterprises of the registry (中储粮, 中石化, 国家电网): before a
# place inside a name they open it as a parent body does (中储粮郑州直属库 is the group's depot in 郑州)
_ENTERPRISE_ALIASES = frozenset(
    w for r in L.load_table("intl_orgs") if r.get("kind") == "enterprise"
    for w in [r["name"], *(r.get("aliases") or "").split("|")] if len(w) >= 2)


_COMPANY_ACTS_AFTER = tuple(cue(_O, "company_acts_after"))  # 生产: 食品有限公司|生产的 (not 大学|生)


def _company_act_after(text: str, end: int) -> bool:
    """Does a company's act or staff follow its legal form or 厂 (标称…食品有限公司生产的, 食品加工厂
    生产的, …有限公司员工)?  Then 生 or 员 opens that word, no 学生 or 会员 made with the suffix: the
    spot-check notices name every producer so. Only company suffixes: 大学|生产业园 is a student's."""
    return text.endswith(_COMPANY_SUFFIX_TUPLE, 0, end) and text.startswith(_COMPANY_ACTS_AFTER, end)


def _longer_suffix(text: str, m: re.Match) -> re.Match | None:
    """Another suffix that begins inside this one and runs past it (高|中学|校: 学校 ends the name
    泉州艺术实验高中学校), so that the name ends with it — not where 校长 follows (中学|校长: the
    head's post after the name), nor where a suffix follows the first whole (大学|校友会)."""
    if _ORG_SUFFIX_RE.match(text, m.end()) is not None or m.group(1) in _SUFFIX_NOT_LONGER:
        return None  # (华北理工大学|校城融合: the 校 opens the next word, no 大学校 is named)
    for k in range(m.start() + 1, m.end()):
        n = _ORG_SUFFIX_RE.match(text, k)
        if n is not None and n.end() > m.end() and text[n.end():n.end() + 1] not in _SUFFIX_BAD_NEXT:
            return n
    return None


_GRASSROOTS_LEVELS = ("village", "township")
_GRASSROOTS_ENDS = tuple(cue(_O, "grassroots_stem_ends"))


def _grassroots_stems(places: list[Found]) -> tuple[str, ...]:
    """The names of the villages and townships found in the text less their 村/镇/乡 (同乐 of 同乐村):
    a body of the place is named by that stem (同乐文化产业专业合作社), a word jieba may read as common."""
    return tuple({p.norm[:-1] for p in places if p.attrs.get("level") in _GRASSROOTS_LEVELS
                  and p.norm.endswith(_GRASSROOTS_ENDS) and len(p.norm) >= 3})


def _opens_with_stem(prefix: str, stems: tuple[str, ...]) -> bool:
    """叶枝镇同乐村… 同乐|文化产业专业合作社: a prefix opening with the stem of a village or township
    the text names (and going on past it) is a proper name, the body's place written short (sichuan73)."""
    return any(prefix.startswith(st) and len(prefix) > len(st) for st in stems)


def _place_state_farm(i: int, start: int, suffix: str, places: dict[int, int]) -> bool:
    """将乐县|国有林场, 石台县|国有林场: a division's full name and nothing else before a state farm's kind
    (relative_unit_kinds) names the division's own farm, whether or not jieba's dictionary holds the
    division's name as one word (将乐县 it splits: 将|乐县).  Not 全县|国有林场 (no place)."""
    return suffix in _RELATIVE_UNIT_KINDS and places.get(i) == start


def _opens_with_place(i: int, start: int, places: dict[int, int]) -> bool:
    """Does the prefix open with a place the gazetteer or registry found (随县|林业发展有限公司)?
    That place is a proper name even where jieba's dictionary splits it into common words (随|县)."""
    return places.get(i, start + 1) < start


_ADVERB_TAGS = ("d", "ad")  # 充分, 积极, 大力: words of manner no name holds
# words jieba tags as adverbs that open enterprises' names after their place (成都|高新投资集团: high-tech)
_NAME_WORDS_NOT_ADVERBS = frozenset(cue(_O, "name_words_not_adverbs"))
_CLAUSE_ADVERBS = frozenset(cue(_O, "clause_adverbs"))  # 大力, 扎实: adverbs jieba tags as n, a, vd


def _after_place_clause(text: str, i: int, start: int, places: dict[int, int]) -> int:
    """Where a name that opens with a place really starts when an adverb and a verb follow the
    place (泉州市充分发动|商会, 县里积极引导|…合作社): the place is the subject of a clause, and the
    name, if any, starts after its verb."""
    pe = places.get(i, start + 1)
    if pe >= start:
        return i
    tags = word_tags()
    toks = dict_words(text[pe:start])
    pos = pe
    for k, tok in enumerate(toks[:-1]):
        pos += len(tok)
        if len(tok) > 1 and ((tags.get(tok) or "") in _ADVERB_TAGS or tok in _CLAUSE_ADVERBS) \
                and tok not in _NAME_WORDS_NOT_ADVERBS and \
                (tags.get(toks[k + 1]) or "").startswith("v"):
            return pos + len(toks[k + 1])
    return i


def _trade_noun(text: str, start: int, end: int) -> bool:
    """Does a trade suffix (牧业, 果业, 矿业) close a dictionary word begun before it (畜牧业,
    林果业, 采矿业)?  Then the words name a trade, not a company."""
    freq = word_freq()
    return any(freq.get(text[start - k:end]) for k in (1, 2) if start - k >= 0)


def _name_goes_on(text: str, end: int) -> bool:
    """Does another organisation suffix follow within a few characters of a name's characters
    (九鼎轩置业|企划有限公司)?  Then the trade word is inside that longer name."""
    nxt = _ORG_SUFFIX_RE.search(text, end, end + 10)
    return nxt is not None and all(_NAME_CHAR.match(c) and c not in ORG_STOP_CHARS for c in text[end:nxt.start()])


def _registry_inside(text: str, i: int, start: int, end: int, places: dict[int, int]) -> bool:
    """Does a registry organisation's name end the would-be name after a prefix that is no name
    (及会见|非洲发展银行)?  Then the registry's name is the mention, not the longer span.  A place
    the gazetteer found is a name even where the dictionary tags it an adverb (大连 d): 大连|国际商会
    is the city's chamber, not the International Chamber of Commerce."""
    registry = late_module("..registry", __package__).registry  # (imported once: see `late_module`)
    surfaces, _ = registry()
    for k in range(i + 1, start):
        hit = surfaces.get(text[k:end])
        if hit is not None and hit[0].label != "Place":
            return not (proper(text[i:k]) or places.get(i) == k)
    return False


def _place_codes(places: list[Found]) -> tuple[dict[int, str | None], dict[int, str | None]]:
    """The division codes of a text's provinces and of all its places, by start (built once
    per text: `_innermost_place` asks for every would-be name, and building them there made a
    text of many names quadratic)."""
    provinces = {p.start: p.attrs.get("code") for p in places if p.attrs.get("level") == "province"}
    return provinces, {p.start: p.attrs.get("code") for p in places}


def _innermost_place(i: int, start: int, spans: dict[int, int],
                     codes: tuple[dict[int, str | None], dict[int, str | None]]) -> int:
    """Where a name opening with a chain of places starts: after a province written before its
    city or county (河南省|郑州市…学校): the province is where that place is, not part of the
    body's name; a city keeps its district (邯郸市肥乡区新材料产业研究院).  A province the next
    place is not in stays: a chamber of one province's firms in another's city is named by both
    (上海市|浙江商会 is 上海市浙江商会, not 浙江商会)."""
    provinces, codes = codes
    while i in provinces and spans.get(spans[i]) is not None and spans[spans[i]] <= start \
            and _within(codes.get(spans[i]), provinces[i]):
        i = spans[i]
    return i


_LEVEL_CHARS = frozenset(L.chars("relative_scopes")) - {"州"}  # 省, 县: a level word (州 ends 贵州, 杭州 too)


def _registered_opening(text: str, i: int, start: int, end: int, spans: dict[int, int]) -> bool:
    """Does a company's registered name open with its province and county, both bare (贵州黄平|
    牛老大食品有限公司, 四川蒲江|…茶叶有限公司)?  Written without their level words, they are words of
    the name as registered, not where the company is (吉林|东丰县第五中学, 河南省|郑州市…: a place)."""
    j = spans.get(i)
    k = spans.get(j) if j is not None else None
    return k is not None and k < start and text[j - 1] not in _LEVEL_CHARS and text[k - 1] not in _LEVEL_CHARS \
        and text.endswith(_LEGAL_FORMS_LONGEST, 0, end)


_FIRM_HOME_LEVELS = {"province": 2, "city": 4, "county": 6}  # the divisions a company's registered name may open
# with, and the digits of a code they share with a township inside them
_FIRM_HOME_NAME = (2, 3, 4)  # characters of the division's name or short name (天水, 兰州市, 甘肃省)


def _after_town_of_firm(text: str, i: int, start: int, end: int, spans: dict[int, int],
                        codes: dict[int, str | None], levels: dict[int, str | None]) -> int:
    """观摩了…、皂郊镇天水易天果业有限公司苹果自动化分选线: a township written right before a company whose
    registered name opens with the city, county or province the township is in (天水 of 皂郊镇, 620503)
    is where the company's works stand, no part of the name (a company registers under a county or a
    level above it); the name starts at that division's name."""
    t = i
    while levels.get(t) != "township" and spans.get(t, start) < start:
        t = spans[t]  # 秦州区|皂郊镇|天水…: the township closing the chain of places the name opens with
    if levels.get(t) != "township":
        t = i  # 尖草坪区|山西旭峰混凝土有限公司 (jiancha105): a county's district before its province's firm
    j, code, level = spans.get(t), codes.get(t) or "", levels.get(t)
    if level not in _FIRM_TOWN_LEVELS or j is None or j >= start or not code \
            or not text.endswith(_LEGAL_FORMS_LONGEST, 0, end):
        return i
    T = _division_table()
    for n in _FIRM_HOME_NAME:
        word = text[j:j + n]
        for d in T.candidates(word) + T.short_candidates(word):
            digits = _FIRM_HOME_LEVELS.get(d.level)
            if digits and j + n < start and d.code[:digits] == code[:digits] \
                    and (level == "township" or d.level != "county"):  # (a county's own name: its name's words)
                return j
    return i


_FIRM_TOWN_LEVELS = frozenset(("township", "county"))  # where a firm's works stand, written before its registered name


def _within(inner: str | None, province: str | None) -> bool:
    """Is the division `inner` in `province` (by their codes' province digits)?  Unknown codes: yes."""
    return not (inner and province) or inner[:2] == province[:2]


def _registry_opening(text: str, i: int, start: int, place_spans: dict[int, int]) -> int:
    """Where a would-be name starts when a registry organisation's name (北京大学, 中国科学院)
    begins inside its prefix after words that are no name (他就读于|北京大学医学院): there.
    A short form starting inside a place is no opening: 代表|中国航天建设集团 holds 国航 (Air
    China's short form) inside 中国, so the name keeps 中国."""
    registry = late_module("..registry", __package__).registry  # (imported once: see `late_module`)
    surfaces, _ = registry()
    covered = i  # the end of the places opening at i.. so far (looked up by position: the prefix is short)
    for k in range(i + 1, start - 1):
        covered = max(covered, place_spans.get(k - 1, 0))
        if k < covered:
            continue
        for n in range(min(10, start - k), 1, -1):
            hit = surfaces.get(text[k:k + n])
            if hit is not None and hit[0].label != "Place":
                return k if not proper(text[i:k]) else i
    return i


def _after_dateline(text: str, i: int, start: int) -> int:
    """Past a dateline word the scan ran into (又讯|广东香江企业集团)."""
    for w in _DATELINE_WORDS:
        k = text.rfind(w, max(0, i - len(w) + 1), start)  # the scan stops inside it (又|讯)
        if k >= 0:
            i = max(i, k + len(w))
    return i


_TRADE_JOINERS = frozenset(cue_chars(_O, "trade_joiners"))  # 与, 和: 物流与采购协会


def _joined_trades(text: str, j: int, start: int, scope_ends: frozenset[int]) -> bool:
    """Is the joiner at text[j] inside an association's name that joins two trades right after
    its place (柳州市|物流与采购|协会, 市|旅游和酒店|协会)?  Both sides are words of two to four
    characters, each a trade's common word, and the left one opens at the end of a place (or of a
    relative 省/市 scope): 萧山区供销联社与河套酒业集团 and 市政府与采购协会 are two bodies, as before."""
    if text[j] not in _TRADE_JOINERS or not 2 <= start - j - 1 <= 3 or not _trade_word(text[j + 1:start]):
        return False
    return any(a in scope_ends and _trade_word(text[a:j]) for a in (j - 2, j - 3))


def _trade_word(word: str) -> bool:
    """A trade's common word (物流, 采购, 酒店): one dictionary word, no proper name (河套) and no
    body's suffix (供销社), so two bodies joined by 与 are not read as one."""
    tag = word_tags().get(word) or ""
    return bool(word_freq().get(word)) and tag[:1] in ("n", "v") and tag not in _NAME_TAGS \
        and _ORG_SUFFIX_RE.search(word) is None


def _past_cut_word(text: str, i: int, start: int) -> int:
    """A backward scan the length limit stopped inside a word (余庆县西|部新城…安置点制衣厂): the name
    opens after that word, not with its second half (部新城…)."""
    if start - i < _SCAN_LIMIT or i < 1 or not _HAN_CHAR.match(text[i - 1]):
        return i
    return i + 1 if word_freq().get(text[i - 1:i + 1]) and i + 1 < start else i


def _inside_word(text: str, j: int, limit: int) -> bool:
    """Is text[j] part of a longer dictionary word (有 in 有色金属) rather than a word on its own?"""
    freq = word_freq()
    for n in (4, 3):
        for a in range(max(0, j - n + 1), j + 1):
            if a + n <= limit and freq.get(text[a:a + n]):
                return True
    # a noun it opens (国际|经济技术合作有限公司: 经 of 经济, 和 of 和平), not the verb or preposition
    if text[j] in _NOUN_OPENERS and j + 2 <= limit and freq.get(text[j:j + 2]):
        return (word_tags().get(text[j:j + 2]) or "").startswith(("n", "j"))
    if text[j:j + 2] in _OPENED_WORDS and j + 2 < limit:
        return True  # 对|外 of 对外友好协会: a word names hold, opened by a stop character
    if text[j - 1:j + 1] in _CLOSED_NOUNS:
        return True  # a noun of names it closes (西南财|经大学: 经 of 财经)
    if _brand_character(text, j, limit) or _brand_middle(text, j, limit):
        return True
    # a distinguishing word it closes (江西高|等研究院: 等 of 高等, 中等)
    return text[j] in _NOUN_CLOSERS and j > 0 and bool(freq.get(text[j - 1:j + 1])) \
        and (word_tags().get(text[j - 1:j + 1]) or "") == "b"


_DIVISION_LEVELS = ("province", "city", "county", "township")
_SCAN_LIMIT = 14  # characters an organisation's name is read back from its suffix


def _inside_place(j: int, place_starts: list[int], place_spans: dict[int, int]) -> bool:
    """Is text[j] a character of a Chinese division's name past its first (都 of 成都, 和 of 平和):
    a stop character there is the place's, no adverb or conjunction (成都|高新投资集团 was cut at
    都). Not a country's (是日本|第二信托银行: a rank in the country) nor a zone's (经 of 经开区)."""
    k = bisect.bisect_right(place_starts, j - 1) - 1
    return k >= 0 and place_starts[k] < j < place_spans[place_starts[k]]


def _brand_after_place(text: str, j: int, end: int, place_ends: frozenset[int]) -> bool:
    """Is the stop character at `j` inside the brand of a registered company that its place opens
    (福建恒而达新材料股份有限公司: 福建, then 恒而达)?  One character of a name (jieba: nr, nz) or two
    that make no word lie between the place and it, and a legal form ends the name: no clause of the sentence is that short
    (福建省与|华为…有限公司 puts the conjunction right after the place; 省政府和 after a word)."""
    if not text.endswith(_LEGAL_FORMS_LONGEST, 0, end):
        return False
    freq = word_freq()
    for k in (j - 1, j - 2):
        if k in place_ends:
            run = text[k:j]
            tag = word_tags().get(run) or ""
            return all(_HAN_CHAR.match(c) and c not in ORG_STOP_CHARS for c in run) \
                and not freq.get(text[k:j + 1]) and (tag.startswith(("nr", "nz")) if len(run) == 1
                                                     else not freq.get(run))  # 恒 (a name's), not 队, 省
    return False


def _label_kept(text: str, before: int, after: int) -> int:
    """Where a name opens when the cut of a leading verb (`_after_opening_place`) ran past a producer's label
    (标称|永达食业有限公司生产的: 达 read as a verb after the adverb 永): right after the label, which only
    the company's name follows; `after` itself when no label lies in text[before:after]."""
    for label in _PRODUCER_LABELS:
        k = text.find(label, before, after)
        if k >= 0 and k + len(label) < after:
            return k + len(label)
    return after


def _labelled_producer(text: str, j: int, end: int, place_spans: dict[int, int]) -> bool:
    """Is the stop character at `j` the first of a brand right after the places a producer's label opens
    (标称吉林省吉林市同笙瑞食品有限公司生产的: the nominal producer of a sampled food, one company named
    with its province and city)?  After 标称 only the company's name follows up to its legal form, so
    a conjunction there (同, 和, 与) is the brand's, where it would elsewhere join two bodies."""
    if not text.endswith(_LEGAL_FORMS_LONGEST, 0, end):
        return False
    for label in _PRODUCER_LABELS:
        pos = text.rfind(label, max(0, j - 16), j)
        if pos < 0:
            continue
        pos += len(label)
        while pos < j and pos in place_spans:
            pos = place_spans[pos]
        if pos == j:
            return True
    return False


_PRODUCER_LABELS = tuple(cue(_O, "producer_labels"))  # 标称


def _trade_before(text: str, a: int, limit: int) -> int:
    """The length of the company's trade (with its reach: 国际物流) filling text[a:limit] before the
    suffix, or 0 when something else is there."""
    reach = next((w for w in _BRAND_TRADE_REACH if text.startswith(w, a)), "")
    rest = text[a + len(reach):limit]
    return limit - a if rest in _TRADE_SET else 0


def _brand_character(text: str, j: int, limit: int) -> bool:
    """Is the conjunction right before a company's suffix (or its trade: 广西广和|国际物流|有限公司) the last
    character of its brand (上海均和|集团, 太和|公司)?  Joining two bodies it would leave the suffix with no name of its own (政府和|集团
    ends a word before it: 政府, so it stays a conjunction); after one character that ends no word,
    it is the brand's."""
    if j != limit - 1 - _trade_before(text, j + 1, limit) or text[j] not in _BRAND_CONJUNCTIONS or j < 2 \
            or not _HAN_CHAR.match(text[j - 1]) \
            or text[j - 1] in ORG_STOP_CHARS or not text.startswith(_COMPANY_SUFFIX_TUPLE, limit):
        return False
    freq = word_freq()
    return not any(freq.get(text[j - n:j]) for n in (2, 3) if j >= n)


def _brand_middle(text: str, j: int, limit: int) -> bool:
    """Is the conjunction inside a brand of three characters before a trade and a company's suffix
    (万和通|物流|集团, 广和铭|国际物流|有限公司)?  One character on each side that makes no word with it or its neighbours, the
    brand opening after punctuation, a stop character or a word (调研|万和通): joining two bodies or
    two people the conjunction has a word before it (政府和…, 县委和…), a person's name before it
    opens with no word's end (王某和通物流…: 王 ends no word)."""
    if text[j] not in _BRAND_CONJUNCTIONS or j < 1 or not text.startswith(_COMPANY_SUFFIX_TUPLE, limit) \
            or not _trade_before(text, j + 2, limit):  # (广和铭|国际物流|有限公司: the trade with its reach)
        return False
    before, after = text[j - 1], text[j + 1]
    if not (_HAN_CHAR.match(before) and _HAN_CHAR.match(after)) or before in ORG_STOP_CHARS or after in ORG_STOP_CHARS:
        return False
    freq = word_freq()
    if any(freq.get(w) for w in (text[j - 1:j + 1], text[j:j + 2], text[j + 1:j + 3], text[j - 1:j + 2])):
        return False
    opener = text[j - 2] if j >= 2 else ""
    return not opener or not _HAN_CHAR.match(opener) or opener in ORG_STOP_CHARS \
        or any(freq.get(text[j - 1 - n:j - 1]) for n in (2, 3) if j - 1 >= n)


def _coined_brand(head: str) -> bool:
    """万和通 of 万和通物流集团: three characters with the conjunction in the middle that make no
    dictionary word together, a coined brand (the scan kept it whole: `_brand_middle`)."""
    freq = word_freq()
    return len(head) == 3 and head[1] in _BRAND_CONJUNCTIONS and not (set(head[::2]) & ORG_STOP_CHARS) \
        and not any(freq.get(w) for w in (head[:2], head[1:], head))


_BRAND_CONJUNCTIONS = set(cue_chars(_O, "brand_conjunctions"))  # 和
_BRAND_TRADE_REACH = tuple(cue(_O, "brand_trade_reach"))  # 国际 (广和|国际物流有限公司)
_TRADE_SET = frozenset(_TRADES)
_NOUN_OPENERS = set(cue_chars(_O, "stop_chars_opening_nouns"))
_NOUN_CLOSERS = set(cue_chars(_O, "stop_chars_closing_words"))
_CLOSED_NOUNS = set(cue(_O, "stop_chars_closing_nouns"))  # 财经
_OPENED_WORDS = frozenset(cue(_O, "stop_chars_opening_words"))  # 对外


def _trade_name(prefix: str, suffix: str) -> bool:
    """True for a company's name made of a name and its trade: the name part is two characters or
    more before a trade word (河套酒业), or one before a one-character trade (中煤, 中粮)."""
    if suffix not in _COMPANY_SUFFIXES:
        return False
    for t in _TRADES:
        if prefix.endswith(t):
            head = prefix[:-len(t)]
            return len(head) >= (1 if len(t) == 1 else 2) and not ORG_GENERIC.match(head) \
                and (not NOT_IN_NAME.search(head) or _coined_brand(head)) \
                and not (len(t) == 1 and _ends_with_verb(head))
    return False


def _ends_with_verb(head: str) -> bool:
    """True where the words before a one-character trade end in a verb of the dictionary (促进|电厂加大电煤
    采购力度: what is done to the plants, lead105), so the trade and its suffix are a common noun after
    the verb, no company's name.  Only the tag v itself: 振兴 is one, but nz brands (华能, 大唐) and nouns
    (光明) are names."""
    words = dict_words(head)
    return bool(words) and len(words[-1]) >= 2 and word_tags().get(words[-1]) == "v"


_NAMED_KINDS = set(cue(_O, "named_kinds"))
_FARM_WORDS = tuple(cue(_O, "farm_words"))
_FARM_BAD_TAGS = tuple(cue(_O, "farm_name_bad_tags"))
_FARM_BAD_CHARS = frozenset(cue_chars(_O, "farm_name_bad_chars"))
_FARM_FORMS = frozenset(cue(_O, "farm_company_forms"))


_KIND_SHOPS = tuple(cue(_O, "kind_shops"))
_KIND_SHOP_MODIFIERS = frozenset(cue(_O, "kind_shop_modifiers"))


def _kind_shop(prefix: str, suffix: str) -> bool:
    """新增慈善爱心超市16家 (shipin117): a charity shop is a kind of service point a county sets up
    (org_cues kind_shops), no one shop's name, when only a modifier of the kind (慈善, 社区) or nothing
    comes before it."""
    name = prefix + suffix
    kind = next((k for k in _KIND_SHOPS if name.endswith(k)), None)
    return kind is not None and name[:-len(kind)] in _KIND_SHOP_MODIFIERS | {""}


def _farm_company(prefix: str, suffix: str) -> bool:
    """西联农场公司, 八一总场公司, 海垦八一总场公司 (minqiong100, 12-haiken-nongchang-diaoyan): a state farm's
    company is named by the farm — two to four characters of its own name (西联, 八一: words of no
    proper name to the dictionary), a farm word (org_cues farm_words), the legal form.  A name with an
    adjective, a pronoun, a time or a count (大型农场公司, 该农场公司, 两个农场公司) is no farm's."""
    if suffix not in _FARM_FORMS:
        return False
    word = next((w for w in _FARM_WORDS if prefix.endswith(w)), None)
    if word is None:
        return False
    head = prefix[:-len(word)]
    if not 2 <= len(head) <= 4 or not all(is_han(ch) for ch in head) or any(ch in _FARM_BAD_CHARS for ch in head):
        return False
    tags = word_tags()
    return not any((tags.get(w) or "").startswith(_FARM_BAD_TAGS) for w in dict_words(head))
_NAMED_KIND_GENERIC = set(cue(_O, "named_kind_generic"))
_NAMED_KIND_NOT_AFTER = "".join(cue(_O, "named_kind_not_after"))
_NOUN_TAGS = ("n", "j")
_GLUED_TAGS = ("a", "b", "z", "l", "i", "nr")


def _named_kind_run(prefix: str, suffix: str) -> int:
    """How many characters before a press's or a troupe's suffix name it (语文|出版社, 百花文艺|出版社,
    总政|歌舞团): the nouns that end the prefix, two to six characters, none a kind of press
    (地方, 大学, 少儿: named_kind_generic) — only a publisher, a paper's office or a troupe is called
    X出版社 by plain nouns (named_kinds in org_cues.tsv); 0 when there is no such run."""
    if suffix not in _NAMED_KINDS:
        return 0
    tags = word_tags()
    run, glued = 0, False
    for tok in reversed(dict_words(prefix)):
        tag = tags.get(tok)
        if tag is None or not tag.startswith(_NOUN_TAGS) or tag.startswith("nr") or tok in _NAMED_KIND_GENERIC \
                or run + len(tok) > 6:
            # an adjective, a distinguishing word or an unknown word before the nouns is the name's
            # own first word (幸福|工程组委会): the nouns alone would be a piece of the name
            glued = bool(_HAN_CHAR.match(tok[-1])) and (tag is None or tag.startswith(_GLUED_TAGS))
            break
        run += len(tok)
    return run if run >= 2 and not glued else 0


def _verb_before(prefix: str, k: int) -> bool:
    """Is the word of `prefix` ending at `k` a verb of two characters or more (展示, 观看)?"""
    pos, last = 0, None
    for tok in dict_words(prefix[:k]):
        pos += len(tok)
        last = tok
    return pos == k and last is not None and len(last) > 1 and (word_tags().get(last) or "") == "v"


_LEAGUE = cue(_O, "youth_league")  # 共青团, 团
_LEAGUE_COMMITTEES = cue(_O, "youth_league_committees")  # 委员会, 委
_LEAGUE_AFTER = frozenset(cue_chars(_O, "youth_league_after"))  # 从, 向: one-character prepositions


def _chain_start(start: int, by_end: dict[int, list[Found]]) -> int:
    """The start of the places written one after another up to `start` (河北省承德市|隆化县): a
    committee named with its whole chain of places opens before the first of them."""
    for _ in range(3):
        before = [pl.start for pl in by_end.get(start, ()) if pl.start < start]
        if not before:
            break
        start = min(before)
    return start


def _province_short_before(text: str, at: int, code: str | None) -> int:
    """The start of the short name of the place's own province written between 团 and the place
    (团海南|儋州市委: the gazetteer reads no 海南 glued to 团), else `at`.  Only where 团 stands right
    before it, and only the province whose code opens the place's."""
    for k in (2, 3):
        if code and text[at - k - 1:at - k] == "团" and any(
                c.level == "province" and code.startswith(c.code[:2])
                for c in _division_table().short_candidates(text[at - k:at])):
            return at - k
    return at


def _clause_opening(text: str, i: int) -> bool:
    """Does the character at `i` open a line or clause (nothing of a word before it: 团隆化县委依托…,
    a byline 团河北省承德市隆化县委书记), or follow a one-character preposition (记者从|团海南儋州市委
    了解到)?  There 团 is no word's end (集团, 代表团), so 团 + a named place + 委 is the Youth
    League's committee of that place."""
    return i == 0 or not _HAN_CHAR.match(text[i - 1]) and not text[i - 1].isalnum() \
        or text[i - 1] in _LEAGUE_AFTER


def find_youth_league_committees(text: str, places: list[Found]) -> list[Found]:
    """Committees of the Youth League named by their scope (共青团四川省委, 共青团衡阳市委, 团县委):
    organisations (people's organisations), not the party committee the scope + 委 would be."""
    out = []
    by_end: dict[int, list[Found]] = {}
    for pl in places:
        by_end.setdefault(pl.end, []).append(pl)
    for sc in find_scopes(text, places):
        if sc.kind == "national":
            continue
        at = _chain_start(sc.start, by_end) if sc.kind == "place" else sc.start  # 团|河北省承德市|隆化县委
        if sc.kind == "place" and not text.endswith(_LEAGUE, 0, at):
            at = _province_short_before(text, at, sc.code)  # 团|海南|儋州市委
        head = next((w for w in _LEAGUE if text.endswith(w, 0, at)), None) if text.endswith(_LEAGUE, 0, at) else None
        if head is None or (len(head) == 1 and sc.kind != "relative" and not _clause_opening(text, at - 1)):
            continue  # 团 alone opens 团市委, 团县委; a named place needs 共青团 (or 团 opening the clause)
        tail = next((w for w in _LEAGUE_COMMITTEES if text.startswith(w, sc.end)), None)
        if tail is None or text[sc.end + len(tail):sc.end + len(tail) + 1] in _COMMITTEE_NOT_AFTER:
            continue
        s0, e0 = at - len(head), sc.end + len(tail)
        before = text[s0 - 1:s0]
        if len(head) == 1 and before and is_han(before) and before not in ORG_STOP_CHARS \
                and any(word_freq().get(text[s0 - n:s0 + 1]) for n in (1, 2) if s0 >= n):
            continue  # 集团|市委书记, 代表团: 团 ends another word (but 响应|团省委)
        attrs: dict = {"mass": True}
        if sc.kind == "place" and sc.code:
            attrs["place_code"] = sc.code
        owner = next((pl for pl in by_end.get(s0, ()) if pl.norm.endswith(sc.name) and pl.attrs.get("code")),
                     None) if sc.kind == "relative" else None
        if owner is not None:  # 郑州|共青团市委, 临安|团区委: the place written before the league names its committee
            out.append(Found(owner.start, e0, "Organization", _LEAGUE[0] + owner.norm + tail, "org.youth-league",
                             {"mass": True, "place_code": owner.attrs["code"]}))
            continue
        name = text[s0:e0] if sc.kind == "relative" else _LEAGUE[0] + text[sc.start:e0]  # 团隆化县委 → 共青团隆化县委
        if sc.kind == "relative" and not sc.weak:  # 团县委: the committee of the story's county (resolve)
            attrs.update(relative=sc.name, rest=tail, league=_LEAGUE[0])
        out.append(Found(s0, e0, "Organization", name, "org.youth-league", attrs))
    return out


_PARTY_HEADS = tuple(sorted(cue(_O, "party_committee_heads"), key=len, reverse=True))
_PARTY_TAILS = cue(_O, "party_committee_tails")
_PARTY_FULL_TAIL = max(_PARTY_TAILS, key=len)  # 委员会: the name the short tails (委, 委会) stand for


def find_party_committees(text: str, places: list[Found]) -> list[Found]:
    """Committees of the democratic parties named by their scope (民盟邯郸市委, 农工党安庆市委会,
    九三学社河北省委员会): organisations of that place, not the Communist Party's committee that
    the scope + 委 would be."""
    out = []
    for sc in find_scopes(text, places):
        if sc.kind == "national":
            continue
        written = text.endswith(_PARTY_HEADS, 0, sc.start)  # (one C call of the tuple spares the walk)
        if not written and text[sc.start - 1:sc.start] not in _PARTY_CENTRAL_SEPARATORS:
            continue
        end = sc.end + 1 if sc.kind == "place" and text[sc.end:sc.end + 1] == sc.name[-1:] else sc.end
        tail = next((w for w in _PARTY_TAILS if text.startswith(w, end)), None)  # 恩施 + 州 + 委会
        if tail is None or len(tail) == 1 and text[end + 1:end + 2] in _COMMITTEE_NOT_AFTER:
            continue  # (民盟市)委员, 委托: 委 begins another word
        head = next(w for w in _PARTY_HEADS if text.endswith(w, 0, sc.start)) if written else \
            _party_of_central_post(text, sc.start - 1, end + len(tail), tail)
        if head is None:
            continue
        s0, e0 = sc.start - (len(head) if written else 0), end + len(tail)
        attrs: dict = {"mass": True}
        if sc.kind == "place" and sc.code:
            attrs["place_code"] = sc.code
            attrs["full"] = head + sc.name + _PARTY_FULL_TAIL  # 九三学社山东省委 → …省委员会
        name = text[s0:e0] if written else head + text[s0:e0]
        if sc.kind == "relative" and written and not sc.weak:
            # 民建市委主委孙锡初, 农工党省委: the party's committee of the story's city or province, named
            # with it as the league's 团县委 is (resolve completes the scope, then puts the party before it)
            attrs.update(relative=sc.name, rest=text[sc.end:e0], league=head)
        out.append(Found(s0, e0, "Organization", name, "org.party-committee", attrs))
    _one_name_per_committee(out)
    return out


_PARTY_CENTRAL_SEPARATORS = frozenset("、，,")
_PARTY_CENTRAL_REACH = 12  # 九三学社中央常务副主席: a party, 中央 and one post fit in it
_PARTY_LOCAL_HEADS = ("主委", "副主委")  # the posts only a democratic party's committee has


def _party_of_central_post(text: str, sep: int, end: int, tail: str) -> str | None:
    """The democratic party of a local committee written without it right after a post in that
    party's centre (致公党中央副主席、四川省委会主委杨某): the committee is that party's, not the
    CPC's 省委, and no other party's named elsewhere.  Only the party's own spellings of a
    committee say so: 委会, or another tail before 主委 (四川省委员会主委); a bare 省委 may be
    the CPC's (民革中央副主席、四川省委书记 is no such committee)."""
    if tail != "委会" and not text.startswith(_PARTY_LOCAL_HEADS, end):
        return None
    window = text[max(0, sep - _PARTY_CENTRAL_REACH):sep]
    best, where = None, -1
    for head in _PARTY_HEADS:
        i = window.rfind(head + "中央")
        if i > where:
            best, where = head, i
    if best is None or any(not is_han(c) for c in window[where:]):
        return None  # (the central post is another clause's: a mark or a digit between)
    return best


def _one_name_per_committee(committees: list[Found]) -> None:
    """A text that writes one party committee two ways (九三学社山东省委员会 … 九三学社山东省委主委,
    农工党江苏省委会 … 农工党江苏省委): one body, named in full by every spelling.  A committee
    written one way only keeps its spelling."""
    spellings: dict[str, set[str]] = {}
    for f in committees:
        if f.attrs.get("full"):
            spellings.setdefault(f.attrs["full"], set()).add(f.norm)
    for f in committees:
        if len(spellings.get(f.attrs.get("full"), ())) > 1:
            f.norm = f.attrs["full"]


_LEVEL_LIST_HEAD = cue(_O, "level_list_head")
_LEVEL_LIST_CHARS = set(cue_chars(_O, "level_list_chars"))


def _levels_in_general(text: str, start: int) -> bool:
    """Is a relative scope the last of a list of levels after 各 (各市、州、县|供销合作社)?  Then
    the bodies of those levels in general are meant, not one body."""
    i = start
    while i > 0 and start - i < 8 and text[i - 1] in _LEVEL_LIST_CHARS:
        i -= 1
    return i < start and text.endswith(_LEVEL_LIST_HEAD, 0, i)


def find_mass_organizations(text: str, places: list[Found]) -> list[Found]:
    """People's organisations after a scope (市总工会, 县妇联): organisations of that place."""
    out = []
    scopes = find_scopes(text, places)
    by_end = {sc.end: sc for sc in scopes if sc.kind == "place"}
    for sc in scopes:
        if sc.kind == "national" or (sc.kind == "relative" and _levels_in_general(text, sc.start)):
            continue
        m = _RE_MASS.match(text, sc.end)
        if not m or (text[m.end():m.end() + 1] in _MASS_NOT_BEFORE and not _head_post_after(text, m)):
            continue
        attrs: dict = {"mass": True}
        kind = _MASS_CANONICAL.get(m.group(1), m.group(1))
        if sc.kind == "place":
            attrs["place_code"] = sc.code
        else:
            attrs["relative"], attrs["rest"] = sc.name, kind
        out.append(Found(sc.start, m.end(), "Organization", sc.name + kind, "org.mass-organisation", attrs))
        out += _listed_mass(text, m.end(), sc, attrs)
        if sc.kind == "place":
            out += _shared_mass(text, sc, kind, by_end)
    return out


_SHARED_MASS_ITEMS = 6  # places of a 、-list read before the one the organisation is written after


def _shared_mass(text: str, sc, kind: str, by_end: dict) -> list[Found]:
    """芦集镇、贺疃镇残联 (canlian108): each place of a 、-list of places of one level before a
    people's organisation has that body (芦集镇残联 too), as a list of places shares an agency's
    tail (赣州市、吉安市农业农村局); mention: the place's span, `anaphor`, as the span names the
    body without writing it.  At most _SHARED_MASS_ITEMS places are read back."""
    out = []
    pos = sc.start
    for _ in range(_SHARED_MASS_ITEMS):
        if text[pos - 1:pos] != _LIST_MARK:
            break
        prev = by_end.get(pos - 1)
        if prev is None or prev.level != sc.level or prev.short != sc.short:
            break
        out.append(Found(prev.start, prev.end, "Organization", prev.name + kind, "org.mass-organisation-shared",
                         {"mass": True, "place_code": prev.code, "shared_tail": True, "anaphor": True}))
        pos = prev.start
    return out


_MASS_HEAD_POSTS = tuple(cue(_O, "mass_head_posts"))  # 会长, 副会长


def _head_post_after(text: str, m: re.Match) -> bool:
    """省伊协|会长, 县道教协会|会长, 市佛协|副会长: the body's head's post right after its name; the 会 or
    副 there opens the post, no word going on from the body's name (科协会员)."""
    return text.startswith(_MASS_HEAD_POSTS, m.end())


_MASS_LIST_ITEMS = 6  # items of a list of one scope's people's organisations read after the first
_MASS_ITEM_LEN = 4  # the longest item passed over (团委) on the way to the next organisation


def _listed_mass(text: str, end: int, sc, attrs: dict) -> list[Found]:
    """县总工会、团委、妇联、残联等群团组织: the people's organisations listed bare after one written
    with its scope are that scope's (云梦县妇联, 云梦县残联); an item that is none (团委) is passed
    over, a longer one ends the list.  At most _MASS_LIST_ITEMS items are read."""
    out = []
    i = end
    for _ in range(_MASS_LIST_ITEMS):
        if text[i:i + 1] != _LIST_MARK:
            break
        j = i + 1
        while j < len(text) and j - i <= _MASS_ITEM_LEN + 1 and is_han(text[j]) and text[j] not in _MASS_LIST_END:
            j += 1
        item = text[i + 1:j]
        if not item or j - i > _MASS_ITEM_LEN + 1:
            break
        m = _RE_MASS.fullmatch(item)
        if m is not None:
            kind = _MASS_CANONICAL.get(item, item)
            extra = dict(attrs, rest=kind) if "rest" in attrs else dict(attrs)
            out.append(Found(i + 1, j, "Organization", sc.name + kind, "org.mass-organisation-listed", extra))
        elif item in _LISTED_LEAGUE:  # 团委 among them: the scope's youth league committee (共青团云梦县委, 团县委)
            head = _LEAGUE[0] if sc.kind == "place" else _LEAGUE[-1]
            extra = {k: v for k, v in attrs.items() if k not in ("rest", "relative")}
            if sc.kind == "relative":  # (团县委 of the story's county: completed as 共青团云梦县委 by resolve)
                extra.update(relative=sc.name, rest=_LEAGUE_COMMITTEES[-1], league=_LEAGUE[0])
            out.append(Found(i + 1, j, "Organization", head + sc.name + _LEAGUE_COMMITTEES[-1],
                             "org.youth-league-listed", extra))
        i = j
    return out


_MASS_LIST_END = frozenset(cue(_O, "mass_list_end"))  # 等: the list's end after its last item
_LISTED_LEAGUE = frozenset(cue(_O, "listed_league_items"))  # 团委: the league's committee listed bare


_LIST_MARK = "、"  # between the listed institutions of one scope
_INSTITUTION_NAMES = [r['name'] for r in L.load_table('public_institutions')]
# an ordinal may number an institution of the kind (县第二实验小学, 市第一人民医院, 区第十一中学), a
# school too (中学, 小学: cue institution_ordinal_heads); never a numbered one again (第十|一中)
_ORDINAL_HEADS = [n for n in _INSTITUTION_NAMES if n[0] not in CHINESE_NUMERALS and not n.startswith("第")] \
    + list(cue(_O, "institution_ordinal_heads"))
_RE_INSTITUTION = re.compile(rf"(第[{CHINESE_NUMERALS[:-3]}]{{1,3}}(?:{alt(_ORDINAL_HEADS)})|(?:{alt(_INSTITUTION_NAMES)}))")
_INSTITUTION_NOT_BEFORE = set("".join(cue(_O, "institution_not_before")))  # 市一中院, 县二中队: other words
_INSTITUTION_HEADS = cue(_O, "institution_heads")  # 院长 after …医院: the head's post


def _institution_ends(text: str, m: re.Match) -> bool:
    """Does the institution matched by `m` end where it seems to?  Not before 院, 队, 心 that make
    another word of its last characters (市一中院: the intermediate court; 县二中队) — unless its
    name ends with the head's first character and the head's post follows (县人民医院院长)."""
    nxt = text[m.end():m.end() + 1]
    if nxt not in _INSTITUTION_NOT_BEFORE:
        return True
    return any(m.group(1).endswith(h[0]) and text.startswith(h, m.end()) for h in _INSTITUTION_HEADS)


_INSTITUTION_BRANCH_RE = re.compile(rf"([{HAN}]{{2,4}}?)(?:{cue_alt(_O, 'institution_branches')})")
_BRANCH_PLACE_LEVELS = tuple(cue(_O, "branch_place_levels"))


def _branch_place_names(text: str, places: list[Found]) -> frozenset[str]:
    """The places the text names, as written and without their level word (中和街道 → 中和, 宜川县 →
    宜川): the names a hospital's or library's branch is called by."""
    names = set()
    for p in places:
        surface = text[p.start:p.end]
        names.add(surface)
        level = next((w for w in _BRANCH_PLACE_LEVELS if surface.endswith(w) and len(surface) > len(w) + 1), None)
        if level:
            names.add(surface[:-len(level)])
    return frozenset(names)


def _institution_branch_end(text: str, end: int, place_names: frozenset[str]) -> int:
    """Where a public institution's name ends when its branch is named right after it (县人民医院
    中和分院, 省人民医院大别山分院): the branch, called by a place the text names or the dictionary
    knows as one, is the one body meant, a part of the institution; a verb before 分院 names none
    (县人民医院|托管分院)."""
    m = _INSTITUTION_BRANCH_RE.match(text, end)
    if not m or text[m.end():m.end() + 1] in _SUFFIX_BAD_NEXT:
        return end
    if m.group(1) not in place_names and word_tags().get(m.group(1)) != "ns" \
            and not _province_quarter(m.group(1)):  # (大别山: a place the dictionary knows)
        return end
    return m.end()


_QUARTERS = frozenset(cue(_O, "branch_quarter_words"))  # 东, 南, 西, 北, 中


def _province_quarter(name: str) -> bool:
    """豫东南, 鲁西, 冀中: a province's one-character short form and a quarter of the compass, the part of
    the province a branch serves (省人民医院|豫东南分院): a place by name though no division's."""
    from ..abbreviations import readings
    return 2 <= len(name) <= 3 and all(c in _QUARTERS for c in name[1:]) \
        and any(r.kind == "province" for r in readings().get(name[0], ()))


def find_public_institutions(text: str, places: list[Found]) -> list[Found]:
    """Public institutions named by their scope alone (县图书馆, 邯郸市博物馆, 市第一中学, 县委党校):
    organisations of that place, completed like people's organisations when the scope is relative
    (not 市一中院, the city's intermediate court; not 国家图书馆: national bodies are the registry's)."""
    out = []
    place_names = None
    for sc in find_scopes(text, places):
        if place_names is None:
            place_names = _branch_place_names(text, places)
        if sc.kind == "national" or sc.weak or (sc.kind == "relative" and _levels_in_general(text, sc.start)):
            continue
        m = _RE_INSTITUTION.match(text, sc.end)
        if not m or not _institution_ends(text, m):
            out += _listed_institutions(text, sc, _DEPARTMENT.match(text, sc.end))
            continue
        attrs: dict = {"facility": True}
        end = _institution_branch_end(text, m.end(), place_names)  # 县人民医院|中和分院: the branch is the body
        own = m.group(1) + text[m.end():end]
        if sc.kind == "place":  # named as written after a short name (江陵电视台, not 江陵县电视台)
            attrs["place_code"] = sc.code
            name = text[sc.start:end] if sc.short else sc.name + own
        else:
            attrs["relative"], attrs["rest"] = sc.name, own
            name = sc.name + own
        out.append(Found(sc.start, end, "Organization", name, "org.public-institution", attrs))
        out += _listed_institutions(text, sc, m)
    return out


def _listed_institutions(text: str, sc, first: re.Match | None) -> list[Found]:
    """Institutions listed after a scoped institution or department share its scope (纳雍县妇幼
    保健院、中医医院、人民医院: the county's 中医医院 and 人民医院), each named by the scope and its
    own name, the mention its name as written; the list ends at the first item that is none."""
    out: list[Found] = []
    end = first.end() if first else None
    while end is not None and text[end:end + 1] == _LIST_MARK:
        m = _RE_INSTITUTION.match(text, end + 1)
        if not m or not _institution_ends(text, m):
            break
        attrs: dict = {"facility": True, "shared_scope": True}
        if sc.kind == "place":
            attrs["place_code"], attrs["alias"] = sc.code, m.group(1)
        else:
            attrs["relative"], attrs["rest"] = sc.name, m.group(1)
        out.append(Found(m.start(), m.end(), "Organization", sc.name + m.group(1), "org.public-institution-shared", attrs))
        end = m.end()
    return out


_UNIVERSITY_SHORT = {r["short"]: r["full"] for r in L.load_table("university_short_forms")}
_UNIVERSITY_SHORT_RE = re.compile(alt(_UNIVERSITY_SHORT))
_UNIVERSITY_NOT_BEFORE = cue_chars(_O, "university_short_not_before")
_UNIVERSITY_PLACE_LEVELS = ("province", "city", "region")


def find_university_short_forms(text: str, places: list[Found]) -> list[Found]:
    """Universities written by a place and the short form of their kind (江西师大, 华东交大, 湖南农大):
    the suffix grammar needs a full suffix (大学), so these are read after the place the gazetteer
    or the registry found; the full form (江西师范大学) is an alias, the province or city the
    organisation's place (not a region: 华东 is none). A short form that opens the full form
    (河南|理工大|学 is 河南理工大学) is none: the suffix grammar reads the full name."""
    out = []
    for p in places:
        if p.attrs.get("level") not in _UNIVERSITY_PLACE_LEVELS:
            continue
        m = _UNIVERSITY_SHORT_RE.match(text, p.end)
        if not m or text[m.end():m.end() + 1] in _UNIVERSITY_NOT_BEFORE \
                or text.startswith(_UNIVERSITY_SHORT[m.group(0)], p.end):  # 理工大|学: the full form
            continue
        written = text[p.start:p.end]
        attrs: dict = {"alias": written + _UNIVERSITY_SHORT[m.group(0)]}
        code = str(p.attrs.get("code") or "")
        if code.isdigit():
            attrs["place_code"] = code
        out.append(Found(p.start, m.end(), "Organization", text[p.start:m.end()], "org.university-short", attrs))
    return out


_COMMITTEE_NOT_AFTER = set(cue("agency_cues", "committee_bad_next")) - {""}
_TEAM_RE = re.compile(rf"([{HAN}]{{0,6}}?)(?:{cue_alt(_O, 'team_heads')})(?![{cue_chars(_O, 'team_not_before')}])")
_TEAM_KINDS = cue(_O, "team_kinds")
_TEAM_LEVELS = ("province", "city", "county", "world-city")
_UNIT_TEAM_ENDS = tuple(cue(_O, "unit_team_ends"))


def _club_word(mid: str) -> bool:
    """One noun of two or three characters, as clubs are named after sponsors and emblems (松日, 全兴)."""
    toks = dict_words(mid)
    return len(toks) == 1 and 2 <= len(mid) <= 3 and (word_tags().get(mid) or "n").startswith(("n", "b"))


def _team_stem(mid: str) -> bool:
    """What may stand between a team's place and 队: a kind of team (女子足球), or a proper name,
    a name written by sound or one noun (全兴, 松日) with no verb or function word (战胜…队)."""
    if mid.endswith(_TEAM_KINDS):
        return True
    tags = word_tags()
    if any((tags.get(t) or "").startswith(_LEADING_TAGS + ("u", "r", "m")) or
           (len(t) > 1 and (tags.get(t) or "").startswith("ns"))  # another place's team (战胜|南非队)
           for t in segmenter().lcut(mid, HMM=False)):
        return False
    return proper(mid) or _transliterated(mid) or _club_word(mid)


def _sponsor_club(text: str, mid: str, at: int, memo: dict) -> bool:
    """Is `mid` (between a team's place and 队) a club's name that jieba's dictionary tags as a
    place (山东|泰山|队, 天津|泰达|队), in a sentence about a match?  One dictionary word of two or
    three characters, no team kind: there the place word names the club, not a second place."""
    if not 2 <= len(mid) <= 3 or mid in _TEAM_GENERIC or not _sport_sentence(text, at, memo):
        return False
    toks = dict_words(mid)
    return len(toks) == 1 and (word_tags().get(mid) or "").startswith("ns")


def find_teams(text: str, places: list[Found], taken: Occupancy) -> list[Found]:
    """Teams named after their province or city (辽宁队, 四川全兴队, 大连女子足球队): a place, then
    nothing, a proper name (全兴, 国安) or a kind of team (女子足球), then 队.  A country's teams
    are the registry's (中国队); a team named after no place is left alone (八一队 reads as 8.1)."""
    out = []
    memo: dict = {}
    starts = sorted(p.start for p in places)
    for pl in places:
        if pl.attrs.get("level") not in _TEAM_LEVELS:
            continue
        m = _TEAM_RE.match(text, pl.end)
        if not m or taken.overlaps(pl.start, m.end()) or text.endswith(_UNIT_TEAM_ENDS, pl.end, m.end()):
            continue  # 沙县分局交警大队: a brigade of the police, an agency's unit, no team
        mid = m.group(1)
        club = _sponsor_club(text, mid, pl.end, memo)
        if not club and (mid and not _team_stem(mid) or NOT_IN_NAME.search(mid) or
                         bisect.bisect_left(starts, m.end()) > bisect.bisect_right(starts, pl.start)):
            continue  # another place inside (马赛|战胜南非队): the team is that place's
        division = pl.attrs.get("code") and not pl.attrs.get("registry")  # a world city has no division code
        out.append(Found(pl.start, m.end(), "Organization", text[pl.start:m.end()], "org.team",
                         {"place_code": pl.attrs["code"]} if division else {}))
        taken.mark(pl.start, m.end())
    return out


_CLUB_TEAM_RE = re.compile(rf"(?:{cue_alt(_O, 'team_heads')})(?![{cue_chars(_O, 'team_not_before')}])")
_SPORT_RE = re.compile(cue_alt(_O, "sport_context"))
_TEAM_GENERIC = set(cue(_O, "team_generic"))
_SENTENCE_ENDS = "。！？!?\n"
_CLUB_TAGS = ("ns", "nr", "nt", "nz", "j", "n", "b")


def _sport_sentence(text: str, at: int, memo: dict) -> bool:
    """Is position `at` in a sentence about a match (比赛, 主场, 逼平, 外援, 联赛: sport_context in
    org_cues.tsv)?  Only there is a sponsor's or emblem's word before 队 a club's name."""
    lo = max(text.rfind(ch, max(0, at - 120), at) for ch in _SENTENCE_ENDS) + 1
    if lo not in memo:
        hi = min((k for k in (text.find(ch, at, at + 120) for ch in _SENTENCE_ENDS) if k >= 0), default=min(len(text), at + 120))
        memo[lo] = _SPORT_RE.search(text, max(lo, at - 120), hi) is not None
    return memo[lo]


def _club_name(text: str, q: int) -> int | None:
    """Where a club's name before 队 at `q` starts (泰山|队, 前卫寰岛|队, 健力宝|队), or None: the
    last one or two words before 队 (or the word 泰山队 itself in jieba's dictionary), two to five
    characters, proper names, names by sound or nouns (sponsors and emblems: 全兴, 海狮), none a
    kind of team (冠军队, 青年队, 医疗队: team_generic) nor a verb, count or function word."""
    lo = max(0, q - 8)
    toks = dict_words(text[lo:q + 1])
    if not toks or not toks[-1].endswith(text[q]):
        return None
    last = toks[-1]
    if last[:-1] in _TEAM_NUMERAL_NAMES:
        return q - len(last) + 1  # 八一队: the army's clubs, named by a date jieba tags a numeral
    words = [last[:-1]] if len(last) > 1 else []
    if len(last) == 1:
        for t in reversed(toks[:-1]):
            if len(words) == 2 or len(t) < 2 or sum(map(len, words)) + len(t) > 5:
                break  # a lone character before the name is a verb's or a word's (逼平|四川全兴队)
            words.insert(0, t)
    tags = word_tags()
    while words and (_SPORT_RE.fullmatch(words[0]) or
                     not (tags.get(words[0]) is None or (tags.get(words[0]) or "").startswith(_CLUB_TAGS))):
        words.pop(0)  # 战胜|健力宝队: a word of the match (jieba tags 战胜 a noun) is no part of the name
    name = "".join(words)
    if not 2 <= len(name) <= 5 or not _HAN_ONLY.match(name) or any(w in _TEAM_GENERIC for w in words) \
            or name in _TEAM_GENERIC or name.endswith(_TEAM_KINDS) or NOT_IN_NAME.search(name):
        return None
    if not all(tags.get(w) is None or (tags.get(w) or "").startswith(_CLUB_TAGS) for w in words):
        return None
    return q - len(name)


_HAN_ONLY = re.compile(f"^[{HAN}]+$")
_TEAM_NUMERAL_NAMES = set(cue(_O, "team_numeral_names"))  # 八一


def find_club_teams(text: str, taken: Occupancy) -> list[Found]:
    """Clubs named by a sponsor or an emblem, no place (泰山队, 健力宝队, 前卫寰岛队, 海狮队), in a
    sentence about a match: organisations.  Outside sport the same shape names work teams
    (医疗队, 工作队: common nouns, never read) — hence the sentence test."""
    out: list[Found] = []
    memo: dict = {}
    for m in _CLUB_TEAM_RE.finditer(text):
        q = m.start()
        if taken.overlaps(q, q + 1) or not _sport_sentence(text, q, memo):
            continue
        s0 = _club_name(text, q)
        if s0 is None or taken.overlaps(s0, m.end()) or (s0 > 0 and _HAN_CHAR.match(text[s0 - 1])
                                                        and text[s0 - 1] not in ORG_STOP_CHARS
                                                        and not _word_break(text, s0)):
            continue
        out.append(Found(s0, m.end(), "Organization", text[s0:m.end()], "org.club-team", {}))
        taken.mark(s0, m.end())
    return out


def _word_break(text: str, i: int) -> bool:
    """Does jieba's dictionary segmentation of the neighbourhood put a break at `i`?"""
    lo = max(0, i - 6)
    pos = lo
    for t in dict_words(text[lo:i + 6]):
        if pos >= i:
            break
        pos += len(t)
    return pos == i


_TITLED_MEDIA_RE = re.compile(rf"《([^《》\s]{{1,12}})》({cue_alt(_O, 'titled_media_heads')})(?![{HAN}])|"
                              rf"《([^《》\s]{{1,12}})》({cue_alt(_O, 'titled_media_heads')})(?={cue_alt(_O, 'titled_media_followers')})")


def find_titled_media(text: str, places: list[Found], taken: Occupancy) -> list[Found]:
    """Periodicals written as a title in 《》 and their kind (《时代》周刊, 《时代潮》杂志, 美国《科学》
    杂志): organisations named title + kind; a country or place right before the title is the
    paper's, and part of the name as written (美国《时代》周刊)."""
    if "》" not in text:
        return []
    ends = {p.end: p for p in places if p.attrs.get("level") in ("country", "province", "city")}
    out: list[Found] = []
    for m in _TITLED_MEDIA_RE.finditer(text):
        title, head = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        s0 = m.start()
        pl = ends.get(s0)
        if pl is not None:
            s0 = pl.start
        end = m.start() + len(title) + 2 + len(head)
        if taken.overlaps(s0, end) or NOT_IN_NAME.search(title):
            continue
        out.append(Found(s0, end, "Organization", title + head, "org.titled-media", {}))
        taken.mark(s0, end)
    return out


_SITE_HEADS = tuple(cue(_O, "site_head"))  # 网, 在线 (浙江在线)
_SITE_HEAD = cue_alt(_O, "site_head")
_SITE_DAY_CLOSERS = cue_alt(_O, "site_day_closers")  # 讯, 电, 消息: what closes a site's dateline after its day
_SITE_RE = re.compile(rf"(?:{_SITE_HEAD})(?={cue_alt(_O, 'site_followers')})|"
                      rf"(?<=(?:{cue_alt(_O, 'site_source_marks')})[：:])\s*[{HAN}]{{1,8}}(?:{_SITE_HEAD})(?![{HAN}])|"
                      # a dateline opening a line: the site, its city perhaps, the day (中国经济网北京3月1日讯)
                      # — the day closing the dateline (讯, 电, a comma), never a clock or a verb after it (小型张网|渔船从
                      # 5月1日12时起休渔: a fishing net's boats, yuye117)
                      rf"(?:^|(?<=\n))[{HAN}]{{2,8}}?(?:{_SITE_HEAD})(?=(?:[{HAN}]{{2,4}})?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日"
                      rf"(?:[{HAN}]{{0,4}}?(?:{_SITE_DAY_CLOSERS})|[，,（(\s]))|"  # (…9月17日吉安讯: the city after the day)
                      # a line that is a site's name alone (the source line a layout keeps: 来源：中国经济网 → 中国经济网)
                      rf"^[{HAN}]{{2,8}}?(?:{_SITE_HEAD})$",
                      re.M)
_SITE_GENERIC = set(cue(_O, "site_generic"))
_SITE_OF_BODY = tuple(cue(_O, "site_of_body"))  # 官网: a body's own website
_SITE_TAGS = ("n", "v", "a", "d")  # a site's name that is one common word (互联网, 信息网) is no site


def _site_field_before(text: str, lo: int, s0: int, end: int) -> int:
    """中国|教育|新闻网, 中国|体育|新闻网: where the cut before a site's name leaves only a generic site
    (新闻网) after a verbal noun (教育, 体育: jieba's vn, a field, read as a verb by
    `_after_leading_verb`) that a place opens, the place and the field are the name (a site of a
    field's news); else `s0` as cut.  The field and the place are the scan's last two words."""
    stem = text[s0:end].rstrip()
    head = next((h for h in _SITE_HEADS if stem.endswith(h)), "")
    if s0 <= lo or stem[:-len(head)] not in _SITE_GENERIC:
        return s0
    toks = dict_words(text[lo:s0])
    if len(toks) < 2 or word_tags().get(toks[-1]) != "vn" or not (word_tags().get(toks[-2]) or "").startswith("ns"):
        return s0
    return s0 - len(toks[-1]) - len(toks[-2])


def find_news_sites(text: str, taken: Occupancy) -> list[Found]:
    """News websites named X网 where a dateline or a credit shows a site (吉安新闻网讯, 据台海网
    报道, 来源：中国九江网): organisations (media), like the papers before 记者 or 讯.  The name
    runs back over the clause's characters to the last verb or preposition a name follows; a
    name that is one common word of the dictionary (互联网记者, 信息网消息) is none."""
    if not any(h in text for h in _SITE_HEADS):
        return []
    out: list[Found] = []
    for m in _SITE_RE.finditer(text):
        end = m.end()
        lo = end - 1
        while lo > 0 and end - lo < 9 and _HAN_CHAR.match(text[lo - 1]):
            lo -= 1
        s0 = _after_leading_verb(text, lo, end)
        s0 = _site_field_before(text, lo, s0, end)
        name = text[s0:end]
        if name.endswith(_SITE_OF_BODY):
            continue  # 据住建部官网消息: the ministry's own site, the ministry (read by the registry)
        head = next(h for h in _SITE_HEADS if name.endswith(h))
        if len(name) < len(head) + 2 or name[:-len(head)] in _SITE_GENERIC or taken.overlaps(s0, end) \
                or NOT_IN_NAME.search(name[:-len(head)]):  # (在 of 在线 is the head's, no preposition)
            continue
        if head != _SITE_HEADS[0] and not proper(name[:-len(head)]):
            continue  # 平台开展在线|消息推送: online, the adverb; a site so named is a proper name + 在线
        last = dict_words(name)[-1]
        tag = word_tags().get(last) or "x"
        if len(last) >= 2 and tag.startswith(_SITE_TAGS) and not tag.startswith(_NAME_TAGS) \
                and not proper(name[:-len(last)]):
            continue  # 互联网记者, 在信息网发布: a kind of network, not a site's name
        out.append(Found(s0, end, "Organization", name, "org.news-site", {}))
        taken.mark(s0, end)
    return out


_PAPER_TITLE_RE = re.compile(rf"《([^《》\s]{{2,12}}?(?:{cue_alt(_O, 'paper_title_ends')}))》")
_PAPER_NOT_ENDS = cue(_O, "paper_title_not_ends")


def find_titled_papers(text: str, taken: Occupancy) -> list[Found]:
    """Newspapers and periodicals named by their title in 《》 alone (《纽约时报》, 《新皇冠报》,
    《每日新闻》, 《经济周刊》): the paper named, without its brackets, as the people's organisations
    in 《》 are; not a bulletin or report (《情况通报》, 《联合公报》)."""
    if "》" not in text:
        return []
    out: list[Found] = []
    for m in _PAPER_TITLE_RE.finditer(text):
        title = m.group(1)
        if title.endswith(_PAPER_NOT_ENDS) or NOT_IN_NAME.search(title) or taken.overlaps(m.start(1), m.end(1)):
            continue
        out.append(Found(m.start(1), m.end(1), "Organization", title, "org.titled-paper", {}))
        taken.mark(m.start(1), m.end(1))
    return out


_PLACE_TRADE_RE = re.compile(rf"(?:{cue_alt(_O, 'place_trade_heads')})(?!{cue_alt(_O, 'place_trade_not_before')})")


def find_place_trades(text: str, places: list[Found], taken: Occupancy) -> list[Found]:
    """Enterprises named by their province or city and a trade (广东电网, 茂名石化, 沈阳铁路局):
    the regional companies of national groups, named as written (not 广东省电网)."""
    out = []
    for pl in places:
        if pl.attrs.get("level") not in ("province", "city", "county"):
            continue
        m = _PLACE_TRADE_RE.match(text, pl.end)
        if not m or taken.overlaps(pl.start, m.end()):
            continue
        out.append(Found(pl.start, m.end(), "Organization", text[pl.start:m.end()], "org.place-trade",
                         {"place_code": pl.attrs["code"]} if pl.attrs.get("code") and not pl.attrs.get("registry") else {}))
        taken.mark(pl.start, m.end())
    return out


_SUB_UNIT_RE = name_re(cue_alt(_O, "sub_units"), 2, 8, split=True)
_PREDICATE_VERBS = tuple(cue(_O, "predicate_after_name"))  # 合作, 共建, 签约: what a named body does
# 合作 after a place opens names too (上海合作组织, 农村合作银行): after a place it is no predicate alone
_PLACE_NAME_WORDS = frozenset(cue(_O, "predicate_in_place_names"))


# people's organisations by their short forms (科协, 妇联, 总工会: mass_organizations.tsv), which end a
# body's name as its suffixes do: a meeting verb after one is what the body does
_MASS_ORG_FORMS = tuple(w for w in L.MASS_ORGS if len(w) >= 2)


def _predicate_inside(text: str, i: int, start: int, place_ends: frozenset[int] = frozenset()) -> bool:
    """Does the would-be name hold a whole organisation's name followed by what it does (荆楚理工学院
    合作共建直属附属医院, 某大学签约共建研究院)? A name of one body holds no predicate after a body,
    nor after a place named whole (我校与吉首市|合作共建|直属第二附属医院: the city is a party, the
    hospital what they build; `place_ends`: where the text's place names end)."""
    for w in _PREDICATE_VERBS:
        k = text.find(w, i + 2, start)
        while k != -1:
            if (k in place_ends and w not in _PLACE_NAME_WORDS) or any(text.endswith(s, i, k) for s in L.ORG_SUFFIXES) \
                    or (k - i >= 3 and text.endswith(_MASS_ORG_FORMS, i, k)):  # 县科协|召开|学会工作会议 (kexie118)
                return True
            k = text.find(w, k + 1, start)
    return False


_AFFILIATE_RE = re.compile(rf"(?:{cue_alt(_O, 'affiliate_links')})([{HAN}{DIGIT}]{{0,8}}?)(?:{cue_alt(_O, 'affiliate_units')})")


def _affiliate_end(text: str, end: int) -> int:
    """Where an organisation's name ends when a body it runs is named right after it with 附属
    (湖北科技学院|附属麻城医院, 华中师范大学|附属中学): that body's name is the whole, one
    organisation, not the parent and a 麻城医院 of its own."""
    unit_stem = late_module("..registry", __package__).unit_stem  # (imported once: see `late_module`)
    m = _AFFILIATE_RE.match(text, end)
    if not m or NOT_IN_NAME.search(m.group(1)) or (m.group(1) and not unit_stem(m.group(1))) \
            or text[m.end():m.end() + 1] in _SUFFIX_BAD_NEXT:
        return end
    return m.end()


_BRANCH_RE = re.compile(rf"([{HAN}]{{0,10}}?)({alt(L.ORG_SUFFIXES)})")


def _bracketed_branch_end(text: str, end: int, place_spans: dict[int, int]) -> int:
    """Where a university's or group's name ends when its branch in a city is named right after
    it, the city in brackets (北京大学（青岛）计算社会科学研究院, 清华大学（深圳）创新研究院): the
    branch is the whole, one organisation, not the parent and a 社会科学研究院 of no one."""
    if not text.endswith(tuple(_PLACE_UNIT_PARENTS), 0, end) or text[end:end + 1] not in _OPEN_BRACKETS:
        return end
    close = place_spans.get(end + 1)
    if close is None or text[close:close + 1] not in _CLOSE_BRACKETS:
        return end
    m = _BRANCH_RE.match(text, close + 1)
    if not m or NOT_IN_NAME.search(m.group(1)) or text[m.end():m.end() + 1] in _SUFFIX_BAD_NEXT:
        return end
    return m.end()


_ORDINAL_SUBSIDIARY_RE = re.compile(rf"第[{CHINESE_NUMERALS[:-3]}]{{1,3}}([{HAN}]{{0,6}}?)"
                                    rf"(?:{cue_alt(_O, 'ordinal_subsidiary_forms')})")
_ORDINAL_PARENTS = tuple(cue(_O, "ordinal_subsidiary_parents"))


_UTILITY_SUBSIDIARY_RE = re.compile(rf"(?:{cue_alt(_O, 'utility_subsidiary_trades')})"
                                    rf"(?:{cue_alt(_O, 'ordinal_subsidiary_forms')})")


def _utility_subsidiary_end(text: str, end: int) -> int:
    """Where a group's name ends when its public-utility company is named right after it (温州市公用
    集团|自来水公司, …水务集团|供水有限公司): the signer of a water or power notice is that company, one
    name, not the group and a 自来水公司 of no one."""
    if not text.endswith(_ORDINAL_PARENTS, 0, end):
        return end
    m = _UTILITY_SUBSIDIARY_RE.match(text, end)
    if not m or text[m.end():m.end() + 1] in _SUFFIX_BAD_NEXT:
        return end
    return m.end()


def _ordinal_subsidiary_end(text: str, end: int) -> int:
    """Where a group's name ends when its numbered subsidiary is named right after it (…集团|第四
    工程有限公司): the subsidiary's name is the whole, not the group and a 第四工程有限公司 of no
    one; the stem between the number and the legal form holds no function word."""
    if not text.endswith(_ORDINAL_PARENTS, 0, end):
        return end
    m = _ORDINAL_SUBSIDIARY_RE.match(text, end)
    if not m or NOT_IN_NAME.search(m.group(1)) or text[m.end():m.end() + 1] in _SUFFIX_BAD_NEXT:
        return end
    return m.end()


_FOUNDATION_RE = re.compile(rf"([{HAN}]{{1,4}}?)(?:{cue_alt(_O, 'founded_kinds')})")
_CAUSE_TAGS = tuple(cue(_O, "cause_tags"))  # n, vn: the tags of a foundation's cause (公益, 教育)


def _foundation_end(text: str, end: int) -> int:
    """Where a foundation a body set up ends, named after the body and the cause it funds
    (清华大学|教育基金会, 深圳市宝安福永商会|公益基金会): the foundation is the body named; the cause is
    nouns only (not 集团|出资成立基金会, 大学|向基金会: a verb or preposition, two bodies)."""
    m = _FOUNDATION_RE.match(text, end)
    if m is None:
        return end
    tags = word_tags()
    nouns = all((tags.get(w) or "").startswith(_CAUSE_TAGS) for w in dict_words(m.group(1)))
    return m.end() if nouns else end


def _legal_form_end(text: str, end: int) -> int:
    """Where a name ends when its legal form follows the unit that closes it (中国电建集团河北电力
    勘测设计研究院|有限公司): a unit registered as a company, one name with its legal form."""
    form = next((f for f in _LEGAL_FORMS_LONGEST if text.startswith(f, end)), None)
    if form is None or text[end + len(form):end + len(form) + 1] in _SUFFIX_BAD_NEXT:
        return end
    return end + len(form)


def _sub_unit_end(text: str, end: int) -> int:
    """Where an organisation's name ends when one of its units is named right after it (a school
    of a university, a branch of a company): a short stem of no function word or verb, then a
    unit word (sub_units in org_cues.tsv)."""
    unit_stem = late_module("..registry", __package__).unit_stem  # (imported once: see `late_module`)
    m = _SUB_UNIT_RE.match(text, end)
    if not m or not unit_stem(m.group(1)) or NOT_IN_NAME.search(m.group(1)) \
            or m.group(1).startswith(_PREDICATE_VERBS) \
            or (text[m.end():m.end() + 1] in _SUFFIX_BAD_NEXT and not _company_act_after(text, m.end())):
        return end  # (学院|合作共建直属附属医院: what the body does, then another body; but
    return m.end()  # 有限公司南通分公司|生产的: the branch produced the sampled food, as its company would)


_SCHOOL_OFFICE_PARENTS = tuple(cue(_O, "school_office_parents"))  # 大学, 学院
_SCHOOL_OFFICE_RE = name_re(cue_alt(_O, "school_office_words"), 2, 6, split=True)  # 学生工作|处
_SCHOOL_OFFICE_BAD_NEXT = frozenset(cue(_O, "school_office_bad_next"))  # 部|署, 处|理: another word
_SCHOOL_OFFICE_BAD_BEFORE = tuple(cue(_O, "school_office_bad_before"))  # 干|部: cadres


def _school_office_end(text: str, start: int, end: int) -> int:
    """Where a university's name ends when one of its offices is named right after it (山东科技大学|
    学生工作处, 某学院|教务处): a short stem of no function word or verb, then 处 or 部 that opens no
    other word (部署, 处理, 部门).  The office is the university's unit, an organisation."""
    if not text.endswith(_SCHOOL_OFFICE_PARENTS, start, end):
        return end
    m = _SCHOOL_OFFICE_RE.match(text, end)
    if not m or text[m.end():m.end() + 1] in _SCHOOL_OFFICE_BAD_NEXT or m.group(1).endswith(_SCHOOL_OFFICE_BAD_BEFORE):
        return end
    unit_stem = late_module("..registry", __package__).unit_stem
    if not unit_stem(m.group(1)) or NOT_IN_NAME.search(m.group(1)) or m.group(1).startswith(_PREDICATE_VERBS):
        return end
    return m.end()


_DICTIONARY_NAME_SUFFIXES = tuple(cue(_O, "dictionary_name_suffixes"))
_UNIVERSITY_KINDS = tuple(cue(_O, "university_generic")) + tuple(
    full[:-2] for full in _UNIVERSITY_SHORT.values() if full.endswith(_DICTIONARY_NAME_SUFFIXES))


_HEADED_KINDS = frozenset(cue(_O, "headed_group_kinds"))  # 集团
_GROUP_HEADS = tuple(cue(_O, "group_heads"))  # 董事长, 总裁, 总经理 …
_NOUN_NAME_TAGS = ("n", "nz", "nr", "ns", "nt", "j")


_FUNCTION_TAGS = ("r", "m", "q", "p", "c", "u", "f")  # 各, 两, 个, 与, 和, 的, 上: words of a clause, no brand's


def _bound_morpheme_brand(prefix: str) -> bool:
    """与|正邦|集团: two or three characters the dictionary makes no word of, one of them a bound
    morpheme (邦, tagged ng: never a word alone), are a coined brand, however common the others
    (正, an adverb) — no run of common words holds a character that is never a word; a function
    word among them (各|大集团, 两|大集团) is a clause's."""
    toks = dict_words(prefix)
    if not 2 <= len(prefix) <= 3 or any(len(t) > 1 for t in toks):
        return False
    tags = [word_tags().get(t) or "" for t in toks]
    return any(g.endswith("g") for g in tags) and not any(g.startswith(_FUNCTION_TAGS) for g in tags)


def _headed_group(text: str, prefix: str, suffix: str, end: int) -> bool:
    """A group named by a brand of common words whose head's post follows (光明集团董事长, 名成集团总裁):
    only a named company has a 董事长, so the brand is a name however plain its words; nouns only
    (no verb or count: 市长到|光明, 两大集团) and no trade in general (能源集团)."""
    if suffix not in _HEADED_KINDS or not 2 <= len(prefix) <= 4 or not text.startswith(_GROUP_HEADS, end):
        return False
    if prefix in _TRADES or prefix in _ENTERPRISE_KINDS:
        return False
    tags = word_tags()
    return all((tags.get(t) or "n").startswith(_NOUN_NAME_TAGS) and not (tags.get(t) or "").startswith("nx")
               for t in dict_words(prefix))


_DEAL_JOINERS = tuple(cue(_O, "deal_partner_joiners"))  # 与, 同
_DEAL_SIGNED = tuple(cue(_O, "deal_verbs_signed"))  # 签署, 签订, 签约, 达成
_DEAL_QUALIFIER_TAGS = tuple(cue(_O, "deal_qualifier_tags"))  # 知名, 省属, 投资: a kind of group
_DEAL_WINDOW = 30  # the clause the signing verb is read in (bounded: no scan of the text)
_CLAUSE_MARKS = "，。；：！？,;:!?\n"


def _signing_group(text: str, i: int, prefix: str, suffix: str, end: int) -> bool:
    """A group named by common words that opens its clause and signs with another party (新希望集团与
    资阳市人民政府签署协议, 东方希望集团同梁平区签订投资协议): only a company signs a deal, so the brand
    is a name however plain its words (希望 is a verb); two to four characters, no function word,
    no trade or kind of enterprise, and no one word that qualifies groups in general (知名, 省属,
    投资集团与…).  The signing verb must follow in the same clause, within `_DEAL_WINDOW`."""
    if suffix not in _HEADED_KINDS or not 2 <= len(prefix) <= 4 or not text.startswith(_DEAL_JOINERS, end):
        return False
    if (i and text[i - 1] not in _CLAUSE_MARKS) or prefix in _TRADES or prefix in _ENTERPRISE_KINDS:
        return False
    words = dict_words(prefix)
    tags = [word_tags().get(t) or "n" for t in words]
    if any(g.startswith(_FUNCTION_TAGS) for g in tags) or (len(words) == 1 and tags[0].startswith(_DEAL_QUALIFIER_TAGS)):
        return False
    clause = text[end:end + _DEAL_WINDOW]
    cut = min((k for k in (clause.find(c) for c in _CLAUSE_MARKS) if k >= 0), default=len(clause))
    return any(v in clause[:cut] for v in _DEAL_SIGNED)


_INVEST_VERBS = tuple(cue(_O, "group_invest_verbs"))  # 投资, 出资
_AMOUNT_START = re.compile(rf"[{DIGIT}]")


def _investing_group(prefix: str, suffix: str, text: str, end: int) -> bool:
    """A group named by a brand of plain words that invests a stated sum (包括天元集团投资20亿元的绿色
    产业园项目): only a named company puts a sum into a project, so the brand is a name however plain
    its words, as for a group that signs (`_signing_group`) or has a chairman (`_headed_group`); two to
    four characters, no word of a clause, no trade or kind of enterprise (能源集团投资…: no name)."""
    if suffix not in _HEADED_KINDS or not 2 <= len(prefix) <= 4 or prefix in _TRADES or prefix in _ENTERPRISE_KINDS:
        return False
    verb = next((v for v in _INVEST_VERBS if text.startswith(v, end)), None)
    if verb is None or not _AMOUNT_START.match(text, end + len(verb)) or any(c in CHINESE_NUMERALS for c in prefix):
        return False
    words = dict_words(prefix)
    tags = [word_tags().get(t) or "n" for t in words]
    if len(words) == 1 and tags[0].startswith(_DEAL_QUALIFIER_TAGS):
        return False  # 投资集团投资…, 省属集团: a kind of group, no brand
    # no word of a clause (该, 两, 与, 的; a classifier of one character: 批), as for a signing group; a
    # brand the dictionary happens to tag as a measure word (天元) is still a brand
    return not any(g.startswith(_FUNCTION_TAGS) and not (g == "q" and len(w) > 1) for w, g in zip(words, tags))


_FORMER_MARKS = tuple(cue(_O, "former_marks"))  # 原


def _after_former_mark(text: str, i: int, start: int, place_spans: dict[int, int]) -> int:
    """原绿苑幼儿园, 原红星机械厂: the mark of a former body opens no name (the body is 绿苑幼儿园);
    a place that opens there is the name's (原平市第一中学), as is a word the mark opens (原子能
    科学研究院); two characters of name at least are left before the kind."""
    mark = next((w for w in _FORMER_MARKS if text.startswith(w, i)), None)
    if mark is None or start - i - len(mark) < 2 or i in place_spans or word_tags().get(text[i:i + 2]):
        return i
    return i + len(mark)


def _after_build_verb(text: str, i: int, start: int, place_spans: dict[int, int]) -> int:
    """新建天津路第一小学, 改扩建武当路小学: a building verb that opens the clause says what is done to
    the school, no word of its name (the school is 天津路第一小学); a place that opens there keeps it
    (南昌市新建区: 新建区第一中学), as does a road or village named with the word (新建路小学, 新建村小学);
    the places that build it before the verb go too (郧西县改扩建|均州中学); two characters of name at
    least are left before the kind."""
    j = i
    while place_spans.get(j, j) > j:
        j = place_spans[j]  # 郧西县|改扩建均州中学: the place that builds it opens the clause
    verb = next((w for w in _BUILD_VERBS_BEFORE if text.startswith(w, j)), None)
    if verb is None or start - j - len(verb) < 2 or j in place_spans \
            or text[j + len(verb)] in _BUILD_VERB_NAME_NEXT:
        return i
    return j + len(verb)


_KIND_WORDS = frozenset(L.ORG_SUFFIXES)  # 幼儿园 before 学校: a kind of body, no name
_BUILD_VERB_NAME_NEXT = cue_chars(_O, "build_verb_name_next")  # 路, 村: 新建路小学 is named by its road


_ROAD_SCHOOL_RE = re.compile(f"[{HAN}]{{2,3}}(?:{cue_alt(_O, 'road_school_marks')})")
_ROAD_SCHOOL_KINDS = frozenset(cue(_O, "road_school_kinds"))


def _road_school(prefix: str, suffix: str) -> bool:
    """武当路小学, 人民路小学, 胜利街幼儿园: a school named after its road or street — two or three
    characters of the road's name, then 路 or 街, is the whole prefix (公路学校, 铁路学校: a kind of road)."""
    return suffix in _ROAD_SCHOOL_KINDS and _ROAD_SCHOOL_RE.fullmatch(prefix) is not None


def _dictionary_name(name: str) -> bool:
    """A university jieba's dictionary holds as an organisation (tag nt) that no kind word names
    (华侨大学, 人民大学; not 农业大学, 综合大学, 民办大学: kinds of universities)."""
    if not name.endswith(_DICTIONARY_NAME_SUFFIXES) or word_tags().get(name) != "nt":
        return False
    stem = next(name[:-len(s)] for s in _DICTIONARY_NAME_SUFFIXES if name.endswith(s))
    return len(stem) >= 2 and not stem.endswith(_UNIVERSITY_KINDS)


def _dictionary_name_start(text: str, i: int, start: int, end: int) -> int:
    """Where a name opened by ordinary words starts when the prefix read back from the suffix is
    no proper name (担任华侨|大学): at the longest `_dictionary_name` that ends with the suffix
    (华侨大学, 人民大学), if any; else `i` unchanged."""
    if proper(text[i:start]) or start - i < 2:
        return i
    for k in range(max(i + 1, start - 6), start):
        if _dictionary_name(text[k:end]):
            return k
    return i


_TERM_WORDS = cue(_O, "term_words")  # 新一届, 本届: a term of a body, never inside its name
_RELATIVE_YEARS = tuple(cue(_O, "relative_years"))  # 今年, 去年: a time of the text, never inside a name
_BUILT_ORDINAL = re.compile(rf"(?:{cue_alt(_O, 'build_verbs_ordinal')})第[{CHINESE_NUMERALS[:-3]}0-9]{{1,3}}")
_BUILD_VERBS_BEFORE = tuple(cue(_O, "build_verbs_before"))  # 新建, 扩建: 交钥匙新建|医院 is a hospital being built
# the last characters of the stop words: no stop word ends at i unless text[i - 1] is one of them
_DEICTIC_OPENERS = tuple(cue(_O, "deictic_openers"))
_STOP_LAST = frozenset(w[-1] for w in ORG_STOP_WORDS) if all(ORG_STOP_WORDS) else None
_DEICTIC_SET = frozenset(_DEICTIC_OPENERS)


def _after_deictic(text: str, i: int, start: int) -> int:
    """Where a name starts after a pointer at the article's place (参观了我市|江州工艺品有限公司): 我市,
    该县 point at the place and are no word of the name.  The scan may stop inside the pointer, at its
    level word, when its first character is a stop (数据来自该|市金沙滩羔羊肉业股份有限公司): the
    level word then goes too, or the company would be read as the city's own 市… firm."""
    if i > 0 and text[i - 1:i + 1] in _DEICTIC_SET and 2 <= start - i - 1 <= 3 and proper(text[i + 1:start]):
        return i + 1  # 在该镇|南林中学: a short proper name after the pointer's level word, which is no part of it
    if start - i <= 4:
        return i
    if text.startswith(_DEICTIC_OPENERS, i):
        return i + 2
    if i > 0 and text[i - 1:i + 1] in _DEICTIC_SET and start - i > 5:
        return i + 1
    return i


_TERM_ORDINAL_RE = re.compile(rf"第[{CHINESE_NUMERALS[:-3]}0-9]{{1,3}}届")


def _without_term(text: str, i: int, start: int, end: int, place_spans: dict[int, int]) -> str:
    """The name of a body written with its term between its place and its kind (庆城县|第三届|妇女联合会
    执委会): the term is the body's session, no part of its name, so the name is 庆城县妇女联合会."""
    k = place_spans.get(i)
    m = _TERM_ORDINAL_RE.match(text, k, start) if k is not None and k < start else None
    return text[i:k] + text[m.end():end] if m else text[i:end]


def _relative_attrs(sc, name: str) -> dict:
    """A body named by a bare level word and its own words (市交投集团, 县城投公司, 市邮政公司): the
    city's or county's own, completed with the article's place like 市总工会 (扬州市交投集团); where the
    article names none it stays the document's own, keyed by the document, no place's.  A society so
    named is the place's own likewise (区瓜农协会, 县果品协会: 黄岩区瓜农协会), and so is a state forest farm
    (县望海楼国有林场: 莒南县望海楼国有林场)."""
    if sc is None or sc.name not in _ENTERPRISE_SCOPES or not name.startswith(sc.name) \
            or not (name.endswith(_COMPANY_SUFFIX_TUPLE) or name.endswith(tuple(_PAIR_SOCIETY_KINDS))
                    or name.endswith(_RELATIVE_UNIT_KINDS)):
        return {}
    return {"relative": sc.name, "rest": name[len(sc.name):]}


_LISTED_UNIT_RE = re.compile(rf"([{HAN}]{{4,10}}?)({cue_alt(_O, 'listed_unit_suffixes')})"
                             rf"(?={cue_alt(_O, 'listed_unit_closers')}|$)")
_LISTED_UNIT_LEVELS = ("province", "city", "county")
_LISTED_UNIT_OPENERS = frozenset(cue(_O, "listed_unit_openers"))
_LISTED_UNIT_NOT_OPENERS = tuple(cue(_O, "listed_unit_not_openers"))  # 地处: 衡阳县|地处…中心、


def find_listed_units(text: str, places: list[Found], taken: Occupancy) -> list[Found]:
    """莱芜市金诺商务信息咨询中心、莱芜市老年公寓, “陇西县志平盲人康复中心”等: a private unit (民办非企业
    单位) a civil-affairs notice lists, named by its division's full name, a stem and 中心/公寓/书画院
    (org_cues listed_unit_suffixes), where a list mark, 等, a closing quote or the clause's end
    follows it and a list mark, colon, opening quote or a line's start precedes it — the shape of a
    register's items, not of 城市中心 or 把…打造成…中心 in running text.  The stem holds a proper
    noun or a word the dictionary lacks (金诺, 志平), no word a name never holds and no stop
    character; one match per place, so linear."""
    out: list[Found] = []
    for p in places:
        if p.attrs.get("level") not in _LISTED_UNIT_LEVELS or not p.attrs.get("code") or p.end - p.start < 2:
            continue
        if p.start > 0 and text[p.start - 1] not in _LISTED_UNIT_OPENERS and text[p.start - 1] != "\n":
            continue
        m = _LISTED_UNIT_RE.match(text, p.end)
        if m is None or taken.overlaps(p.start, m.end()) or not proper(m.group(1)) or NOT_IN_NAME.search(m.group(1)) \
                or m.group(1).startswith(_LISTED_UNIT_NOT_OPENERS) \
                or any(ch in ORG_STOP_CHARS for ch in m.group(1)) or any(w in m.group(1) for w in ORG_STOP_WORDS):
            continue
        name = text[p.start:m.end()]
        out.append(Found(p.start, m.end(), "Organization", name, "org.listed-unit", {}))
        taken.mark(p.start, m.end())
    return out


_LEADING_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}年(?![度底末初中内以前后来])")


def _after_leading_year(text: str, i: int, start: int) -> int:
    """Where a name opens after a year written right before it with no comma (2023年北大荒集团粮食总产量
    达到…: the year is the figure's period, the name is 北大荒集团); i itself when no year opens there
    or too little is left for a name (a year's work, 2017年度…, is never cut: `_YEAR_RE` drops it)."""
    m = _LEADING_YEAR_RE.match(text, i)
    return m.end() if m is not None and start - m.end() >= 2 else i


def _inside_place_name(start: int, end: int, place_starts: list[int], place_spans: dict[int, int]) -> bool:
    """Does a suffix end inside a place's name that goes on past it (碗厂镇, 金厂镇, 盐井乡 …: towns of the
    mining and crafts counties named after an old works)?  The suffix is then a character of the
    place's name, and no body's name ends there."""
    k = bisect.bisect_left(place_starts, end) - 1
    return k >= 0 and place_starts[k] <= start and place_spans[place_starts[k]] > end


def find_organizations(text: str, places: list[Found], agencies: list[Found]) -> list[Found]:
    found: list[Found] = []
    place_starts = sorted(p.start for p in places)
    countries = {p.start: p.end for p in places if p.attrs.get("level") == "country"}
    country_ends = {e: s for s, e in countries.items()}
    place_spans = {p.start: p.end for p in places}
    place_ends = frozenset(place_spans.values())
    divisions = {p.start: p.end for p in places if p.attrs.get("level") in _DIVISION_LEVELS}
    division_starts = sorted(divisions)
    place_codes = _place_codes(places)
    place_levels = {p.start: p.attrs.get("level") for p in places}
    taken = Occupancy(len(text))
    for a in agencies:
        taken.mark(a.start, a.end)
    relative_scopes = {sc.start: sc for sc in find_scopes(text, places) if sc.kind == "relative"
                       and (not sc.weak or text.startswith(_CITY_ENTERPRISE_STEMS, sc.end))}  # (市城投集团)
    relative = {s: sc.end for s, sc in relative_scopes.items()}
    scope_ends = place_ends | frozenset(relative.values())  # 柳州市|物流与采购协会, 省|物流与采购协会
    stems = _grassroots_stems(places)
    for m in _ORG_SUFFIX_RE.finditer(text):
        m = _longer_suffix(text, m) or m  # 高|中学|校: the name ends with 学校
        end = m.end()
        if taken.overlaps(m.start(), m.start() + 1):
            continue
        while (nxt := _ORG_SUFFIX_RE.match(text, end)) is not None \
                and not text.endswith(nxt.group(1), 0, end) \
                and not text.endswith(_LEGAL_FORMS_LONGEST, 0, end) \
                and not _suffix_opens_word(text, nxt.end()) \
                and text[nxt.end():nxt.end() + 1] not in _SUFFIX_BAD_NEXT:  # 制片厂|厂长: its head's post
            end = nxt.end()  # …集团 + 股份有限公司 (not 上海崇仁商会|商会章程: a suffix written twice
            # is the body's name, then the suffix opening the next word)
        ext = next((w for w in _SUFFIX_EXTENSIONS if text.startswith(w, end)), None)
        end += len(ext) if ext else 0  # 北京高科大学联盟: the alliance, not a university
        if text[end:end + 1] in _SUFFIX_BAD_NEXT and m.group(1) not in _SUFFIX_BAD_NEXT_OK \
                and not _company_act_after(text, end):
            continue
        if _suffix_opens_word(text, end):
            continue  # 厂商, 厂家, 政治协商会议: the suffix's last character begins another word
        if text.startswith(_INDUSTRY_CHAR, end) and m.group(1) in _INDUSTRY_SUFFIXES:
            continue  # 中国银行业监督管理委员会: the banking industry, not a bank
        start = m.start()
        if text[start - 1:end] in _SUFFIX_VERB_WORDS:
            continue  # 在美国南卡罗来纳州设厂: the company set up a plant
        if _inside_place_name(start, end, place_starts, place_spans):
            continue  # 镇雄县碗厂镇, 马关县金厂镇: 厂 of a town's name, no factory
        if text.startswith(_COMMITTEE_DEPARTMENTS, start) and text[start - 1:start] in _COMMITTEE_ENDS:
            continue  # 团省委|学校部: the committee's department, no school
        if m.group(1).endswith(_INDUSTRY_CHAR) and (_trade_noun(text, start, end) or _name_goes_on(text, end)):
            continue  # 发展畜|牧业: the trade; 九鼎轩置业|企划有限公司: the name goes on (旺湖牧业 is one)
        i = start
        while i > 0 and start - i < _SCAN_LIMIT:
            ch = text[i - 1]
            if ch in _CLOSE_BRACKETS and (k := _bracketed_kind(text, i - 1, start, end)) is not None:
                i = k  # 柳工（集团）|有限公司: the group's kind in brackets before the legal form
                continue
            if ch in _CLOSE_BRACKETS and (k := _bracketed_place(text, i - 1)) is not None and start - k < 16:
                i = k  # 宝瑞嘉（新田）丝绸|有限公司: the brand, then its place in brackets
                continue
            if ch in _NAME_DOTS and i > 1 and _HAN_CHAR.match(text[i - 2]) and _HAN_CHAR.match(text[i]):
                i -= 1  # 葛兰素·威康|公司, 乔治·梅森|大学: a foreign name's parts
                continue
            if not _NAME_CHAR.match(ch) or (ch in ORG_STOP_CHARS and not _inside_word(text, i - 1, start)
                                            and not _brand_after_place(text, i - 1, end, place_ends)
                                            and not _labelled_producer(text, i - 1, end, place_spans)
                                            and not _inside_place(i - 1, division_starts, divisions)
                                            and not _joined_trades(text, i - 1, start, scope_ends)):
                break
            if ch in _STOP_BEFORE_PLACE and (i in place_spans or text[i - 2:i - 1] in _EVENT_ENDS):
                break  # 会员大会暨|上海市通化商会: the conjunction, then the body named with its place
            if taken.overlaps(i - 1, i) and start - i >= 2:
                break  # 乌兰集团|圣华新药业公司: a company named right after its group
            if (_STOP_LAST is None or ch in _STOP_LAST) and \
                    any(text.endswith(w, 0, i) for w in ORG_STOP_WORDS):
                break
            i -= 1
        if not any(i <= a < start for a in place_starts[bisect.bisect_left(place_starts, i):][:1]):
            i = _past_cut_word(text, i, start)  # (a place after the cut opens the name: read below)
        k = bisect.bisect_right(place_starts, i) - 1
        if k >= 0 and place_starts[k] < i < place_spans[place_starts[k]] <= start:
            i = place_spans[place_starts[k]]  # (秦)皇岛开发区|康泰医学…: the scan's limit cut a place, which is no part of the name
        k = bisect.bisect_left(place_starts, i)
        if k < len(place_starts) and place_starts[k] < start and \
                (place_starts[k] - i < 2 or not (proper(text[i:place_starts[k]])
                                                 or _legal_form_name(text[i:start], text[start:end])
                                                 or _parent_before_place(text[i:place_starts[k]]))):
            i = place_starts[k]  # 共建邯郸市肥乡区…研究院: the name starts with its place (not 中信|欧洲…)
        if not _registered_opening(text, i, start, end, place_spans):
            i = _innermost_place(i, start, place_spans, place_codes)  # 吉林|东丰县第五中学
        i = _after_town_of_firm(text, i, start, end, place_spans, place_codes[1], place_levels)  # 皂郊镇|天水易天果业有限公司
        i = _label_kept(text, i, _after_opening_place(text, _after_dateline(text, i, start), start, place_spans))  # 培养|辽宁大学学生
        named_at = [k for k in (text.find(n, i, start) for n in _NAMED_PREFIXES) if k > i and text[k - 1] not in _OPEN_BRACKETS]
        if named_at and start - min(named_at) >= 2:
            i = min(named_at)  # 充分发挥|中国有色金属工业协会: a national name opens the name
        i = _registry_opening(text, i, start, place_spans)  # 就读于|北京大学医学院: a known body opens the name
        i = _dictionary_name_start(text, i, start, end)  # 担任|华侨大学董事长
        i = _after_place_clause(text, i, start, place_spans)  # 泉州市充分发动|商会
        i = _after_verb_abbreviation(text, i, start)  # 在杭|庆元商会: where the chamber is, no part of its name
        i = _country_pair_start(text, i, country_ends)  # 澳大利亚—|中国友好交流协会, 南非|中国人民友好协会
        i = _after_brand_dot(text, i, start, place_spans)  # 新甘肃·|甘肃经济日报: the group's brand
        i = _after_ranking(text, i, start)  # 世界500强企业|正大集团: the list a body is on, no part of its name
        i = _after_border_side(text, i, start, place_spans)  # 北至|王氏集团: the side of a site's border reaching it
        i = _after_capital_kind(text, i, start)  # 侨资企业|儒兰…有限公司: the company's class, no part of its name
        i = _after_former_mark(text, i, start, place_spans)  # 改建原|绿苑幼儿园: the former body's mark
        built = _after_build_verb(text, i, start, place_spans)  # 新建|天津路第一小学: what is done to it
        if built > i and text[built:start] in _KIND_WORDS:
            continue  # 新建幼儿园学校2所: the kinds built, no body's name
        i = built
        i = _after_deictic(text, i, start)  # 参观了我市|江州工艺品有限公司, 该|市金沙滩…公司
        i = _after_leading_year(text, i, start)  # 2023年|北大荒集团粮食总产量…: the year, then the name
        prefix = text[i:start]
        if _YEAR_RE.search(text, i, end):
            continue  # 部署2017年度|学校共青团改革任务: a year's work, no body's name; 据中新海南网7月17|日报道: a date
        if any(w in prefix for w in _RELATIVE_YEARS):
            continue  # 厦门市今年新增|中小学学位: a year relative to the text's date is no part of a name
        if prefix.endswith(_BUILD_VERBS_BEFORE):
            continue  # 交钥匙新建|医院项目: a hospital being built, no body's name
        if _BUILT_ORDINAL.search(prefix):
            continue  # 拟在青云工业园区建设第三污水|处理厂: the plant to be built there, no body's name
        if any(w in text[max(0, i - 2):start] for w in _TERM_WORDS):
            continue  # 以A为主席的|新一届工商业联合会: the body's new term, the kind of body, no name; 本|届省运会
            # 组委会 (the scan stopped at 本): the committee of this edition, which the event's finder names
        if _predicate_inside(text, i, start, place_ends):
            continue  # 医院与荆楚理工学院|合作共建|直属附属医院: a body, then what it does, no one name
        if _within_scope(text, i, place_spans):
            continue  # 秭归县内|脐橙种植合作社: the bodies inside the county, no name
        if _post_in_prefix(prefix, i, place_spans):
            continue  # 校党委书记郑永扣代表|学校: a post and its holder, the school in general, no name
        if _broken_bracket(prefix):
            continue  # 麻类研究所(|金乡)大蒜产业研究院: the bracket's place cut from the body it follows
        if len(prefix) < 2 or _generic(prefix, m.group(1), start, countries, place_spans) or _kind_shop(prefix, m.group(1)) \
                or re.match(f"^[{DIGIT}]", prefix) or _registry_inside(text, i, start, end, place_spans):
            continue
        if taken.overlaps(i, end):
            continue
        if not (prefix.startswith(_NAMED_PREFIXES) or proper(prefix) or _opens_with_place(i, start, place_spans)
                or _place_state_farm(i, start, m.group(1), place_spans)
                or _opens_with_stem(prefix, stems)
                or _country_pair_society(prefix, m.group(1)) or _bound_morpheme_brand(prefix)
                or _international_society(prefix, m.group(1))
                or _trade_name(prefix, m.group(1))
                or _dictionary_name(text[i:end]) or _headed_group(text, prefix, m.group(1), end)
                or _farm_company(prefix, m.group(1)) or _road_school(prefix, m.group(1))
                or _signing_group(text, i, prefix, m.group(1), end)
                or _investing_group(prefix, m.group(1), text, end)
                or _transliterated(prefix) or _legal_form_name(prefix, text[start:end])
                or _scoped_enterprise(text, i, start, end, relative)
                or (text.endswith(_APPOSITIVE_KIND_WORDS, 0, i) and _rare_brand([prefix]))):  # 领军企业|安踏集团
            run = _named_kind_run(prefix, m.group(1))
            if not run:
                continue
            i = start - run  # 由|百花文艺出版社, 语文出版社: common nouns name a press
        elif (run := _named_kind_run(prefix, m.group(1))) and _verb_before(prefix, len(prefix) - run):
            i = start - run  # 音乐会展示|总政歌舞团: what the sentence did is no part of the name
        if i > 0 and text[i - 1] in _NAMED_KIND_NOT_AFTER and m.group(1) in _NAMED_KINDS and not proper(prefix):
            continue
        end = _utility_subsidiary_end(text, _ordinal_subsidiary_end(text, end))  # 公用集团|自来水公司
        end = _affiliate_end(text, _sub_unit_end(text, end))  # 耶鲁大学|公共卫生学院, 北京琉璃河水泥厂|新线分厂
        end = _legal_form_end(text, end)  # …集团河北电力勘测设计研究院|有限公司
        end = _foundation_end(text, end)  # 清华大学|教育基金会: the foundation named after the university
        end = _school_office_end(text, i, end)  # 山东科技大学|学生工作处
        end = _bracketed_branch_end(text, end, place_spans)  # 北京大学|（青岛）计算社会科学研究院
        name = _without_term(text, i, start, end, place_spans)
        found.append(Found(i, end, "Organization", name, "org.suffix",
                           {"suffix": m.group(1)} | _relative_attrs(relative_scopes.get(i), name)))
        taken.mark(i, end)
    found += find_listed_enterprises(text, places, taken)
    found += find_investing_firms(text, places, taken)
    found += find_listed_units(text, places, taken)
    found += find_teams(text, places, taken)
    found += find_club_teams(text, taken)
    found += find_titled_media(text, places, taken)
    found += find_titled_papers(text, taken)
    found += find_place_trades(text, places, taken)
    for m in _NATIONAL_CENTRE_RE.finditer(text):  # 国家电子特种气体技术创新中心: named, not generic
        if not taken.overlaps(m.start(), m.end()) and not NOT_IN_NAME.search(m.group(0)):
            found.append(Found(m.start(), m.end(), "Organization", m.group(0), "org.national-centre", {}))
            taken.mark(m.start(), m.end())
    found += find_news_sites(text, taken)
    for m in (MEDIA_RE.finditer(text) if _MEDIA_END.search(text) else ()):
        if taken.overlaps(m.start(), m.end()) or m.group(1).endswith(_THIS_PAPER):
            continue  # …育成本报讯: 本报 is "this paper" opening a dateline, not a paper's name
        if (s0 := media_start(text, m)) is None:
            continue
        s0 = _after_leading_verb(text, s0, m.end(1) - 1)  # 接受|中国足球报记者采访
        found.append(Found(s0, m.end(1), "Organization", text[s0:m.end(1)], "org.media", {}))
    # facilities named after the community (or village, township) they serve
    starts = sorted({pl.start for pl in places})
    start_set = set(starts)
    for pl in places:
        level = pl.attrs.get("level")
        if level not in _FACILITY_LEVELS or pl.end in start_set:
            continue  # the innermost place names the facility (古峰镇城东社区… → 城东社区)
        fm = (_FACILITY_RE if level in _LOCAL_LEVELS else _COUNTY_FACILITY_RE).match(text, pl.end)
        if not fm or NOT_IN_NAME.search(fm.group(1)) or \
                bisect.bisect_left(starts, fm.end()) > bisect.bisect_right(starts, pl.end):
            continue
        name = pl.norm + fm.group(0)
        found.append(Found(pl.start, fm.end(), "Organization", name, "org.facility",
                           {"facility": True, "place_span": (pl.start, pl.end)}))
    return found



def _enterprise_bureau_re() -> re.Pattern:
    """The short names of central enterprises' engineering bureaus (enterprise_bureaus.tsv): the
    group's short form, then an ordinal and the bureau word (中建三局, 中交二航局) or a trade bureau
    (中铁大桥局).  Longest alternatives first, so 中国水电 is not read as 水电 after 中国."""
    parts = []
    for r in L.load_table("enterprise_bureaus"):
        numbered = f"[{CHINESE_NUMERALS[:10]}]{{1,3}}(?:{alt(r['bureau'].split('|'))})"
        named = [w for w in (r.get("named") or "").split("|") if w]
        body = f"(?:{numbered}|{alt(named)})" if named else numbered
        parts.append((r["prefix"], f"{re.escape(r['prefix'])}{body}"))
    parts.sort(key=lambda p: -len(p[0]))
    return re.compile("|".join(p for _, p in parts))


ENTERPRISE_BUREAU_RE = _enterprise_bureau_re()


_MEDIA_NOT_ENDS = tuple(cue(_O, "media_not_ends"))


def media_start(text: str, m: re.Match) -> int | None:
    """Where the paper a `MEDIA_RE` match names starts: None when the words end in a document, no
    paper (工作简报（第5期）, 情况通报（第1号）, 天气预报（…）), or count papers (一家报社); after a one-character preposition or
    conjunction the reach before the head took (据|经济日报（记者…）, 和|烟台晚报), if a name of two
    characters or more is left."""
    s, e = m.start(1), m.end(1)
    if m.group(1).endswith(_MEDIA_NOT_ENDS) or _COUNTED.search(m.group(1)):
        return None  # …（第5期）; 在曼谷一家报社工作: a count of papers, no name
    words = dict_words(text[s:e])
    first = words[0]
    if len(first) == 1 and (word_tags().get(first) or "").startswith(("p", "c")) and e - s - 1 >= 3:
        return s + 1
    if _verb_then_office(text, words, e):
        return None  # 开创|报社与设区市开展战略合作先河, 走进|报社: the office of some paper, no paper's name
    return _after_meeting_locative(text, s, e)


_PAPER_HEAD = cue(_O, "paper_office")[0]  # 报 of 报社: the bare head a verb may stand before
_PAPER_OFFICE = cue(_O, "paper_office")[1]  # 社


def _verb_then_office(text: str, words: tuple[str, ...], e: int) -> bool:
    """开创报社, 走进报社: a verb of the dictionary (tagged v) and then the bare 报社 is what was done to
    or at a newspaper office — no paper is named 开创报 (团结报, 解放日报: one dictionary word, kept)."""
    return len(words) == 2 and words[1] == _PAPER_HEAD and text.startswith(_PAPER_OFFICE, e) \
        and word_tags().get(words[0]) == "v"


_MEDIA_AFTER_LOCATIVES = tuple(cue(_O, "media_after_locatives"))


def _after_meeting_locative(text: str, s: int, e: int) -> int:
    """发布会上|文山日报记者提问: the meeting named before the paper's name says where its reporter
    asked, no part of the name: the name starts after it (if two characters or more of the head's
    words are left, 文山|日报)."""
    k = max((text.rfind(w, s, e) + len(w) for w in _MEDIA_AFTER_LOCATIVES if text.rfind(w, s, e) >= s), default=s)
    return k if e - k >= 4 else s


def find_enterprise_bureaus(text: str, named: list[Found]) -> list[Found]:
    """Engineering bureaus of central enterprises by their customary short names (中建三局, 中铁十一局,
    中交二航局): companies of the group, so organisations although they end in 局 like an agency.  A
    longer name found already (中铁十一局集团有限公司, 中建三局一公司) keeps its span; an agency read over
    the same characters gives way (a bureau of a company is no government bureau)."""
    spans = [(f.start, f.end) for f in named if f.label == "Organization"]
    out: list[Found] = []
    for m in ENTERPRISE_BUREAU_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        out.append(Found(m.start(), m.end(), "Organization", m.group(0), "org.enterprise-bureau", {}))
    return out


_GROUP_SHORT_SUFFIXES = tuple(cue(_O, "group_short_suffixes"))
_GROUP_SHORT_NEXT_TAGS = tuple(cue(_O, "group_short_next_tags"))


def find_group_short_forms(text: str, orgs: list[Found], named: list[Found]) -> list[Found]:
    """A group the text names in full and then without its suffix (河北建投集团 … 河北建投表示):
    the short form is the group.  The stem must be four characters or more and stand as a word
    — free of every other name, opening no word with the character before it (感谢|河北建投 is
    fine), and followed by no name character, or by a verb, preposition,
    conjunction or adverb (河北建投|将, not 河北建投|能源 of another company)."""
    taken = Occupancy(len(text))
    for f in named:
        taken.mark(f.start, f.end)
    tags = word_tags()
    out: list[Found] = []
    seen: set[str] = set()
    for f in orgs:
        suffix = next((x for x in _GROUP_SHORT_SUFFIXES if f.norm.endswith(x)), None)
        stem = f.norm[:-len(suffix)] if suffix else ""
        if len(stem) < 4 or stem in seen or not re.fullmatch(f"[{HAN}]+", stem):
            continue
        seen.add(stem)
        for m in re.finditer(re.escape(stem), text):
            s, e = m.start(), m.end()
            if taken.overlaps(s, e) or (s and _HAN_CHAR.match(text[s - 1]) and text[s - 1] not in ORG_STOP_CHARS
                                        and text[s - 1:s + 1] in tags):
                continue  # a word running into the stem's first character: the stem is no word here
            if not _ends_short_form(text, e, tags):
                continue
            out.append(Found(s, e, "Organization", f.norm, "org.group-short", {"alias": stem}))
            taken.mark(s, e)
    return out


def _ends_short_form(text: str, e: int, tags: dict) -> bool:
    """Does a short form end a word at e: no name character after it, or one opening a verb,
    preposition, conjunction or adverb (中建三局|将…, 甘肃建投|作为…)?"""
    nxt = text[e:e + 1]
    return not (nxt and _HAN_CHAR.match(nxt) and nxt not in ORG_STOP_CHARS) \
        or any((tags.get(text[e:e + k]) or "").startswith(_GROUP_SHORT_NEXT_TAGS) for k in (2, 1))


_PLACE_GROUP_ABBREVIATIONS = tuple(sorted(cue(_O, "place_group_abbreviations"), key=len, reverse=True))


def find_place_group_abbreviations(text: str, places: list[Found], named: list[Found]) -> list[Found]:
    """A provincial or city state-owned group written as its place's short name and its usual
    abbreviation alone (甘肃建投作为省内大型国企, 成都城投将…): the group, named as written; the place
    is no subject of the clause. Only where the abbreviation ends a word (followed by no name
    character, or by a verb, preposition, conjunction or adverb, as for `find_group_short_forms`)."""
    taken = Occupancy(len(text))
    for f in named:
        taken.mark(f.start, f.end)
    tags = word_tags()
    out: list[Found] = []
    for p in places:
        if p.attrs.get("level") not in ("province", "city") or not p.attrs.get("short"):
            continue
        ab = next((a for a in _PLACE_GROUP_ABBREVIATIONS if text.startswith(a, p.end)), None)
        if ab is None or taken.overlaps(p.start, p.end + len(ab)):
            continue
        e = p.end + len(ab)
        if not _ends_short_form(text, e, tags):
            continue  # 河北建投资…, 成都城投集团 (the full name, read from its suffix)
        out.append(Found(p.start, e, "Organization", text[p.start:e], "org.place-group-abbreviation", {}))
        taken.mark(p.start, e)
    return out


# (…等企业; signing72: the list's count before the kind, …庞大集团、江南信安等14家企业, 中国融通、中建市政、中铁置业3家企业)
_LISTED_COUNT = rf"[0-9０-９{CHINESE_NUMERALS}两]{{1,3}}(?:{cue_alt(_O, 'listed_enterprise_measures')})"
_LISTED_KIND_RE = re.compile(rf"(?:等(?:{_LISTED_COUNT})?|(?<=[{HAN}]){_LISTED_COUNT})(?:{cue_alt(_O, 'listed_enterprise_kinds')})"
                             rf"(?![{cue_chars(_O, 'listed_enterprise_not_before')}])")
_LISTED_OPENERS = frozenset(cue(_O, "listed_enterprise_openers"))
_LISTED_CLAUSE_MARKS = "，。；：！？,;:!?\n（(）)“”\""
_LISTED_WINDOW = 60  # the clause a list of companies is read from (bounded: no scan of the text)
_LISTED_ITEM_RE = re.compile(f"[{HAN}]{{2,10}}")


def find_listed_enterprises(text: str, places: list[Found], taken: Occupancy) -> list[Found]:
    """Companies named by their brand and trade in a list before 等企业 (在韩塑新材料、伟冠食品、
    秋明汽配等企业): county news writes the firms it visited so, with no legal form, and the suffix
    grammar found none.  The list must hold two items or more, one of them ending in a trade word
    (食品, 新材料, 重工), so that the kind names the items; the first item opens after the visit's
    verb; a place or a word the scan reads elsewhere is no company."""
    out: list[Found] = []
    place_spans = {p.start: p.end for p in places}
    for m in _LISTED_KIND_RE.finditer(text):
        lo = max(0, m.start() - _LISTED_WINDOW)
        s = max((text.rfind(c, lo, m.start()) for c in _LISTED_CLAUSE_MARKS), default=-1)
        s = s + 1 if s >= 0 else lo
        items, at = [], s
        for part in text[s:m.start()].split(_LIST_MARK):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if len(items) < 2:
            continue
        items[0] = _after_opener(text, *items[0])
        if not any(_branded_trade(text[a:b]) for a, b in items if a is not None):
            continue
        for a, b in items:
            if a is None or not _LISTED_ITEM_RE.fullmatch(text, a, b) or NOT_IN_NAME.search(text[a:b]) \
                    or place_spans.get(a) == b or taken.overlaps(a, b) or _common_word(text[a:b]):
                continue
            out.append(Found(a, b, "Organization", text[a:b], "org.listed-enterprise", {}))
            taken.mark(a, b)
    return out


_TRADE_ENDS = tuple(_TRADES) + tuple(cue(_O, "listed_enterprise_trades"))


_LISTED_PARTICLES = frozenset(cue(_O, "listed_enterprise_particles"))  # 了


def _branded_trade(item: str) -> bool:
    """A brand of two characters or more and the trade it ends in (伟冠|食品, 岭南|重工)."""
    return any(item.endswith(t) and len(item) - len(t) >= 2 for t in _TRADE_ENDS)


# signing72: a firm's short name (a brand and its trade) opening a clause and investing an amount at once
# (精工科技拟投资3.5亿元，在双流建设…; 长信科技计划投资20亿元): signing news names the investor so
_INVESTING_FIRM_RE = re.compile(rf"(?:(?<=[。；;，,：:\n])|^)([{HAN}]{{2,4}}?)"
                                rf"({alt(_TRADE_ENDS + tuple(cue(_O, 'investing_firm_trades')))})"
                                rf"(?:{cue_alt(_O, 'investing_firm_forms')})?"
                                rf"(?=(?:{cue_alt(_O, 'investing_firm_verbs')})(?:{cue_alt(_O, 'investing_firm_approx')})?[0-9０-９])")
_BRAND_MAX_FREQ = 100  # a brand is a rare word (精工 40, 长信 33); 全市, 农业, 智能 are thousands
_BRAND_BAD_TAGS = ("r", "t", "m", "f", "p", "q")  # 该县, 今年: pronouns, times, numbers are no brand


def find_investing_firms(text: str, places: list[Found], taken: Occupancy) -> list[Found]:
    """Firms named by a short brand and trade right before a verb of investing and its amount, at a
    clause's start (精工科技拟投资3.5亿元): the investor of a signed project, which the suffix grammar
    misses with no legal form.  The brand must be a rare word (no 全市科技投入, 农业科技投资), no place
    and no pronoun or time (该县, 今年): a trade alone (生物医药) is a common word."""
    out: list[Found] = []
    place_starts = {p.start for p in places}
    freq, tags = word_freq(), word_tags()
    for m in _INVESTING_FIRM_RE.finditer(text):
        a, b, head = m.start(1), m.end(), m.group(1)  # (海高投资公司: with its short legal form)
        if a in place_starts or taken.overlaps(a, b) or (freq.get(head) or 0) >= _BRAND_MAX_FREQ \
                or (tags.get(head) or "x").startswith(_BRAND_BAD_TAGS) \
                or NOT_IN_NAME.search(head) or ORG_GENERIC.match(head):
            continue
        out.append(Found(a, b, "Organization", text[a:b], "org.investing-firm", {}))
        taken.mark(a, b)
    return out


def _common_word(item: str) -> bool:
    """An item the dictionary holds as one common word (建材, 食品, 化工): a trade listed in
    general, no company's brand (悦达, tagged a proper noun, stays)."""
    toks = dict_words(item)
    return len(toks) == 1 and not (word_tags().get(item) or "").startswith(_NAME_TAGS)


def _after_opener(text: str, a: int, b: int) -> tuple[int | None, int]:
    """The first item of a list after the visit's verb that opens it (在|韩塑新材料, 先后到|富棣田):
    None when no such verb is found (the item's start is unknown)."""
    pos, start = a, None
    for tok in dict_words(text[a:b]):
        pos += len(tok)
        if tok in _LISTED_OPENERS or (start == pos - len(tok) and tok in _LISTED_PARTICLES):
            start = pos  # (察看|了|悦达纺织: the particle after the verb too)
    if start is None:
        start = _after_own_scope(text, a)
    return (start if start is not None and b - start >= 2 else None), b


def _after_own_scope(text: str, a: int) -> int | None:
    """The first item after the writer's own place that opens it (我市|威达重工、大汉智能科技2家企业,
    全县|金达食品、…): 我市, 全县, 本区 is the scope of the list, no part of a company's name."""
    if text[a:a + 1] in _OWN_SCOPE_HEADS and text[a + 1:a + 2] in _SCOPE_CHARS:
        return a + 2
    return None


_OWN_SCOPE_HEADS = frozenset(cue(_O, "listed_enterprise_scope_heads"))  # 我, 全, 本


_SCOPE_CHARS = frozenset(w for w in L.RELATIVE_SCOPES if len(w) == 1)  # 省, 市, 县 …


def complete_scoped_short_forms(text: str, orgs: list[Found], places: list[Found]) -> None:
    """A body a text names in full with its place and then with the place's level alone (浙江省国贸集团
    … 省国贸集团党委书记): the short form is the same body, so it takes the full name.  Only a full
    name that opens with a place written with its level (浙江|省) defines one, and a short form two
    full names could stand for (two cities' 市人民医院) takes neither.  Linear: one pass over each list."""
    place_at = {p.start: p.end for p in places}
    full: dict[str, str | None] = {}
    for f in orgs:
        pe = place_at.get(f.start)
        if pe is None or not (f.start < pe < f.end) or text[pe - 1] not in _SCOPE_CHARS \
                or f.norm != text[f.start:f.end]:
            continue
        key = text[pe - 1:f.end]
        full[key] = f.norm if full.get(key, f.norm) == f.norm else None  # (two bodies: no reading)
    if not full:
        return
    for f in orgs:
        target = full.get(f.norm)
        if target and f.start not in place_at and not f.attrs.get("place_code"):
            f.norm = target
            f.attrs["alias"] = f.attrs.get("alias") or text[f.start:f.end]


# orgs30: an event's committees and secretariat (进博会组委会, 中国—东盟博览会秘书处)
_EVENT_COMMITTEES = tuple(sorted(cue(_O, "event_committees"), key=len, reverse=True))
_EDITION_RE = re.compile(
    rf"^(?:{cue(_O, 'event_editions')[0]}[{DIGIT}{CHINESE_NUMERALS}]+{cue(_O, 'event_editions')[1]}"
    rf"|[{DIGIT}]{{4}}{cue(_O, 'event_editions')[2]}?)")


def find_event_committees(text: str, progs: list[Found]) -> list[Found]:
    """The committee or secretariat written right after an event's name (进博会组委会, 第22届东博会秘书处,
    中国—东盟博览会秘书处): the body of that event, named after the event as the programme finder
    names it (中国国际进口博览会组委会), so the short and the full form are one body.  The suffix scan
    cannot read these: it cuts a short form (博会组委会) or stops at the dash of a joint name.  Only
    events (a name ending in 会) that the programme finder read; the edition before the name
    (第22届) is the event's year, not part of its committee's name.  A fair held in one city every
    year (national_events.tsv host) has its committee there, wherever the article is (a secretariat
    promoting its fair in 厦门 is still 乌鲁木齐's)."""
    found = []
    for p in progs:
        if p.label != "Programme" or not text.endswith("会", 0, p.end):
            continue
        word = next((w for w in _EVENT_COMMITTEES if text.startswith(w, p.end)), None)
        if word is None:
            continue
        edition = _EDITION_RE.match(text, p.start, p.end)
        start = edition.end() if edition else p.start
        if p.end - start < 2:
            continue
        host = {"place_code": p.attrs["host_code"]} if p.attrs.get("host_code") else {}
        found.append(Found(start, p.end + len(word), "Organization", p.norm + word, "org.event-committee",
                           {"event": p.norm} | host))  # (中国—亚欧博览会秘书处: in 乌鲁木齐, where its fair is held)
    return found


class _Reach:
    """Spans sorted by start with the furthest end reached so far: "does a span starting before p
    (or at p) reach past q?" in one bisection, so checking every body against every committee
    (a list of 进博会组委会、… thousands long) stays linear-logarithmic, not a product."""

    def __init__(self, spans: list[Found]):
        ordered = sorted((f.start, f.end) for f in spans)
        self.starts = [a for a, _b in ordered]
        self.reach, top = [], -1
        for _a, b in ordered:
            top = max(top, b)
            self.reach.append(top)

    def before(self, p: int) -> int:
        """The furthest end of the spans starting before p (-1: none)."""
        i = bisect.bisect_left(self.starts, p)
        return self.reach[i - 1] if i else -1

    def upto(self, p: int) -> int:
        """The furthest end of the spans starting at or before p (-1: none)."""
        i = bisect.bisect_right(self.starts, p)
        return self.reach[i - 1] if i else -1


def held_committees(committees: list[Found], bodies: list[Found]) -> list[Found]:
    """The committees no longer body holds (a name starting at or before the committee, ending at
    or after it, and longer): 进博会组委会 inside 第六届进博会组委会办公室 gives way to the longer name."""
    if not bodies:
        return committees
    idx = _Reach(bodies)
    return [c for c in committees if not (idx.before(c.start) >= c.end or idx.upto(c.start) > c.end)]


def with_event_committees(committees: list[Found], bodies: list[Found]) -> list[Found]:
    """The bodies kept beside an event's committees: one inside the committee's span, or starting
    inside its event's name, is a piece of it (博会组委会 of 进博会组委会) and gives way; one that holds
    the whole committee and more is a longer name and is kept (the committee then gives way)."""
    if not committees:
        return bodies
    idx = _Reach(committees)
    same_start: dict[int, int] = {}
    for c in committees:
        same_start[c.start] = max(same_start.get(c.start, -1), c.end)
    return [f for f in bodies
            if not (idx.before(f.start) > f.start or same_start.get(f.start, -1) >= f.end)]
