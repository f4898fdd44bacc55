"""Metrics: turn the quantities of an article into facts — what was counted, about whom, when.

Analysts want numbers stored as values with units attached to the thing they describe
(docs/anchors.md), so each quantity found by the `numbers` stage becomes a `Metric` with

* an indicator — the counted thing: `83个社会工作服务站` → 社会工作服务站, `共完成网上巡查1200余次`
  → 网上巡查, `总投资173.6亿元` → 总投资, `“互助组”7000余个` → 互助组, `300万元专项经费` → 专项经费;
* a subject — the entity the figure is about (docs/extraction-format.md: the programme for a programme's own
  result, the city for a city-wide count), chosen by the first rule that applies:
  a counted administrative unit (`18个县(市、区)`) is about the place; a programme that opens the
  sentence (`“惠民实践团”联动宣讲,…解决群众实际问题7000余件`) or the paragraph (`“1533”文明实践
  活动…。…3000余场`); a quoted programme being counted (`3393个“健康小屋”`); an agency or
  organisation opening the sentence (`市财政设立300万元专项经费`; not its spokesperson, `市人社局相关
  负责人介绍`, nor for a count of administrative units); the most specific place named
  before the figure in the sentence; otherwise the article's own place;
* a period in ISO 8601 (kg/periods.py), resolved against the article's publication date, with
  its words in `period_text`;
* evidence: the source sentence, with the rule that produced it.

A fact printed twice (a lead box and the body) is one metric with two evidence entries: metrics
merge within a document on (subject, value, unit, approx) plus a similar indicator.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import os
import re
from functools import lru_cache
from datetime import date as _dt_date
import unicodedata

from ..model import Article, Doc, Metric, short_hash
from ..pipeline import component
from ..text import CHINESE_NUMERALS, HAN, MAX_SENTENCE, is_han, segmenter, word_freq, word_tags
from ..text import GrowingScan, attempt_reach, unmatched_chars
from ..text import OPEN_QUOTES, TextMemo, alt, dict_words, rfind_any
from ..indicators import concept_of, concepts
from ..lexicon import ANAPHORA, ETHNIC_GROUPS, load_table, words as lexicon_words
from ..divisions import level_rank, place_chars, place_words, table  # (at load: an import in a function ran the
from .helpers import after_rank_peer, in_border_clause, in_lesson_clause, ensure_place, firm_home  # import machinery at every call, ~3 µs per figure)
from .abbreviations import country_run_chars  # 中巴: a pair of country short forms, one left unread
from .gazetteer import township_names  # 均村乡: a name the lead strip must not cut
from ..periods import (after_named_year, bare_holiday, deadline_time, holiday_names, names_holiday, explicit_year, find_periods, is_record_span, plan_span,
                       is_deadline, by_year_end, months_after, last_year_cumulative,
                       after_named_month, prior_year_words, year_start_term, at_year_start,
                       relative_year, resolve, states_year, whole_year_word, years_after_named)
from .dates import header_date
from .layout import ENUMERATOR, header_row
from .metric_cues import rfind_words
from ..metric_words import cue_alt, cue_chars, cues, guarded, numeral_forms
from .registry import CHINA_ISO, CHINA_KEY, _country as country_entity, post_ending_at, registry
from .numbers import (AGE_BAND_LABEL, CHILD_ROW, HEADER_UNIT_ROW, parent_row, parent_row_unit, MEASURE_UNITS, PERCENT_HEADER_MARK, PERCENT_UNITS, POST_WORDS, STACKED_ROW, TABLE_ROW, TABLE_UNIT_END,
                      Quantity, column_header, find_quantities, header_unit, index_cell, measure_column_name, parse_number, ROW_ENUMERATOR, row_caption, stacked_caption,
                      stacked_column, table_cells, CUMULATIVE, MONTHLY, MEDAL, medal_noun)

_SKIP_UNITS = set(cues("metrics.skip_units"))  # an age without a person is no counted result
_AGE_UNITS = set(cues("metrics.age_units"))
_PERCENT_UNITS = PERCENT_UNITS
_DURATION_UNITS = set(cues("metrics.duration_units"))
_YEAR_UNIT = cues("numbers.year_unit")[0]
_DE = cues("metrics.attributive")[0]  # 的
_ETC = cues("metrics.etc")[0]  # 等
_RESPECTIVELY = cues("metrics.respectively")[0]  # 分别
_RESPECTIVE_WORDS = cues("metrics.respectively")  # 分别, 依次 (each as long as 分别)


def _rfind_respective(text: str, lo: int, hi: int) -> int:
    """Where the last 分别 (or 依次: 三次产业增加值依次为…) of text[lo:hi] starts, -1 if none
    (the words' starts found once per text: every figure asks of its sentence).  A span holding
    no word's first character has none (most sentences: turned away by a find per character).
    Answered once per span of the text (`_RESPECTIVE_MEMO`): the rules of one figure ask it of the
    same sentence opening and figure up to eight times, each a find over the sentence so far."""
    if _RESPECTIVE_MEMO[0] is not text:
        _RESPECTIVE_MEMO[:] = [text, {}]
    memo = _RESPECTIVE_MEMO[1]
    got = memo.get((lo, hi))
    if got is None:
        if lo >= 0 and hi >= 0 and _RESPECTIVE_FIRST_RE.search(text, lo, hi) is None:  # (one search, not a find per character)
            got = -1
        else:
            got = rfind_words(text, _RESPECTIVE_WORDS, lo, hi)
        memo[(lo, hi)] = got
    return got


_RESPECTIVE_MEMO: list = [None, {}]  # the text last asked of (compared by identity), (lo, hi) → `_rfind_respective`


_RESPECTIVE_FIRSTS = "".join(dict.fromkeys(w[0] for w in _RESPECTIVE_WORDS))  # 分, 依
_RESPECTIVE_FIRST_RE = re.compile(f"[{re.escape(_RESPECTIVE_FIRSTS)}]")


def _has_respective(s: str) -> bool:
    """Whether s holds a word that pairs listed items with listed figures (分别, 依次)."""
    return any(w in s for w in _RESPECTIVE_WORDS)
_JOINS = cue_chars("metrics.enum_join_chars")  # 、和及与
_JOINS_RE = re.compile(f"[{_JOINS}]")  # (the items of a list: split once compiled)
_COMPARED_WITH = "".join(w for w in cues("metrics.comparison_marks") if len(w) == 1)  # 比, 较: a basis follows
_NOT_JOINS = re.compile(f"[^{_JOINS}]+")
_SENT_END = "。！？!?；;\n"
_CLAUSE_PUNCT = "，,：:、"
_CLAUSE_DASH = "——"  # a double dash between clauses (its last character is the cut)
_QUOTES = "“”‘’「」『』\"《》"
_OPEN_Q = "“‘「『\"《"
_CLOSE_Q = "”’」』\"》"

# administrative units: a count of them is a count about the place, never about a programme
# (longest first: 等5个乡镇检查企业120家 counts 乡镇, not 乡 with 镇检查企业 left to the next figure)
# (75家县级以上农业龙头企业: 县级 is the firms' rank, no county counted)
# (乡村, 市场 open with a division's character but name none: 3个乡村旅游点 counts no 乡)
_ADMIN_UNIT = re.compile(f"^(?!{cue_alt('metrics.not_admin_words')})"
                         f"(?:{cue_alt('metrics.admin_units')})(?!{cue_alt('metrics.admin_rank_marks')})"
                         f"(?!{cue_alt('metrics.admin_list_heads')})")  # 137个市重点项目: the city's list
# a kind of county counted (贫困县, 重点县: a qualifier of two characters or more, as the group
# subject rule `_place_group_figure` reads it)
_COUNTY_KINDS = tuple(cues("metrics.group_county_nouns"))
# a kind of city counted with a measure run into it (339个地级及以上城市PM2.5平均浓度为26微克/立方米, 168个重点
#城市优良天数比例: national ecology and statistics releases): the cities, then their measure
_CITY_KINDS = tuple(cues("metrics.group_city_nouns"))
# the country ranks below any of its places: 新中国成立75周年 in a meeting's name, then 北京全市… → 北京市
_PLACE_LEVEL = level_rank()  # country 0, province 1 … village 5 (place_levels.tsv)

# what may open or close the clause around an indicator and is not part of it (data file)
_AFFIXES = load_table("metric_affixes")


def _affix_re(position: str, anchor: str) -> re.Pattern:
    words = sorted((r for r in _AFFIXES if r["position"] == position), key=lambda r: -len(r["word"]))
    alts = [(f"(?<![{re.escape(r['not_after'])}])" if r["not_after"] else "") + re.escape(r["word"])
            for r in words]
    body = "(?:" + "|".join(alts) + ")+"
    return re.compile("^" + body if anchor == "^" else body + "$")


_PARTNER_MARKS = set(cues("metrics.partner_marks"))
# a trade partner's name (美, 东盟, “一带一路”沿线国家), which may count its countries (RCEP其他14个成员国)
_PARTNER = r"(?:[^\s，,。；;：:、（）()“”0-9]{0,10}?[0-9]{1,3}[多余]?个)?[^\s，,。；;：:、（）()“”0-9]{1,10}?"


@lru_cache(maxsize=1)
def _lead_strip() -> re.Pattern:
    """The lead affixes, and the scope words of metric_scopes.tsv (全省, 该村), as one pattern; a
    one-character affix (就, 将, 还) is kept where it begins a common word (就业, 将军): jieba's
    dictionary says which (built on first use: the dictionary loads with the segmenter)."""
    freq = word_freq()
    rows = [r for r in _AFFIXES if r["position"] == "lead"]
    have = {r["word"] for r in rows}
    rows += [{"word": w, "not_after": ""} for w in _SCOPES if w not in have and _SCOPES[w] != "compare"]
    singles = {r["word"] for r in rows if len(r["word"]) == 1}
    following: dict[str, set[str]] = {}  # one pass over the dictionary, not one per affix
    for k, f in freq.items():
        if len(k) == 2 and f >= 1000 and k[0] in singles:
            following.setdefault(k[0], set()).add(k[1])
    # words an affix begins that are nouns of their own (在建项目, 在岗职工, 完成率): rows `keep`
    keep = _kept_nouns()
    rate = re.escape("".join(w for w in cues("metrics.rate_heads") if len(w) == 1))
    alts = []
    for r in sorted(rows, key=lambda r: -len(r["word"])):
        w = r["word"]
        alt = re.escape(w)
        if r.get("not_before"):  # 共计划投资: 计划 is a word of the indicator, 共 the lead word
            alt += "(?![" + re.escape(r["not_before"]) + "])"
        if len(w) == 1:
            seconds = sorted(following.get(w, ()))
            if seconds:
                alt += "(?![" + "".join(re.escape(ch) for ch in seconds) + "])"
        kept = [k[len(w):] for k in keep if k.startswith(w) and len(k) > len(w)]
        if kept:
            alt += "(?!" + "|".join(map(re.escape, kept)) + ")"
        if w in _SCOPES:  # 我国与东盟贸易额, 全省与“一带一路”沿线国家进出口: the scope trades with a partner
            alt += f"(?![{re.escape(_JOINS)}](?!{_PARTNER}(?:{cue_alt('metrics.trade_flows')})))"
            alt += f"(?!{cue_alt('metrics.scope_level_after')})"  # 中央级媒体: a class of bodies, the noun's
        else:
            alt += f"(?![{re.escape(_JOINS)}])"  # 新建和维修水闸: a verb joined to the next is no lead word
        alt += f"(?![{rate}])"  # 落实率100%, 引导率: a verb closed by 率 is the rate's noun, no lead word
        if w in _PARTNER_MARKS:  # 对美出口, 对东盟进出口: the partner is part of what is counted
            alt += f"(?!{_PARTNER}(?:{cue_alt('metrics.trade_flows')}))"
        alts.append(alt)
    # 其|中央投资: a lead word only right before one word (position lead_before)
    alts += [re.escape(r["word"]) + f"(?={re.escape(r['not_before'])})" for r in _AFFIXES
             if r["position"] == "lead_before"]
    return re.compile("^(?:" + "|".join([_RECIPIENT_LEAD, _PLACED_LEAD, _MADE_INTO_LEAD] + alts + _scope_leads()
                                        + [_CORPS_DIVISION_LEAD, _finding_source_lead()]) + ")+")


# 向群众累计发放宣传资料700多份, 为村民免费赠送药品200盒: whom it is handed to, the adverbs and the verb of
# handing open the clause (a short reach, no punctuation); what is counted follows the verb
_RECIPIENT_LEAD = (f"(?:{cue_alt('metrics.recipient_marks', False)}|{cue_alt('metrics.handing_opens', False)})"
                   f"[^，,；;。：:、]{{1,8}}?(?:{cue_alt('metrics.recipient_verbs')}|{cue_alt('metrics.handing_verbs')})")


# 在县城新建文化广场3个, 在县图书馆、展览馆人流量大的地方安装了电子图书借阅机2台: the spot (after 在, a short
# reach, no clause mark) and the verb of putting a facility there open the clause; what was put is counted
# (…、展览馆人流量大的地方安装了…: the spot's last item, cut from its 在 by the list's mark, still closed by 了)
_PLACED_LEAD = (f"(?:在[^，,；;。：:！？\n0-9０-９]{{1,12}}?(?:{cue_alt('metrics.placing_verbs')})(?![中后时])了?"
                f"|[^，,；;。：:！？\n0-9０-９]{{1,12}}?(?:{cue_alt('metrics.placing_verbs')})了)")


# 将荒山打造成高标准生态茶园3.6万亩 (xinan92): 将, what was made over (a short reach, no punctuation) and the verb of
# making it into something open the clause; what it became is counted
_MADE_INTO_LEAD = f"将[^，,；;。：:、！？\n0-9０-９]{{1,8}}?(?:{cue_alt('metrics.made_into_verbs')})为?"


# 第八师石河子市种植棉花: a division of the Corps written before the city it governs (师市合一) opens the
# clause as the city does, no part of what is measured
_CORPS_DIVISION_LEAD = (f"{place_words('corps_division_prefix')[0]}?[{re.escape(place_chars('corps_regiment_numerals'))}]"
                        f"{{1,3}}{place_words('corps_division_mark')[0]}(?=[{HAN}]{{2,4}}市)")


def _finding_source_lead() -> str:
    """据湖南省林科院检测树龄鉴定有明代古茶树718株: who found the figure and how (据, a body, a verb of
    finding: 鉴定, 检测, 普查 …, a scope at most, then 有 or 为: 据县统计局统计全县有贫困户300户) opens the
    clause with no comma; none of it is the indicator."""
    return (f"(?:{cue_alt('metrics.source_opens', False)})[^，,；;。：:]{{1,16}}?"
            f"(?:{cue_alt('metrics.finding_verbs', False)})(?:全[省市县区州乡镇村])?"
            f"(?:{cue_alt('metrics.finding_links', False)})")


def _scope_leads() -> list[str]:
    """累计全市出口交货值, 当月全县规上工业增加值: a word that opens the clause only before a scope
    word (position scope_lead: elsewhere 累计 and 当月 may be part of the indicator) is stripped
    with the scope word after it."""
    scopes = "|".join(re.escape(w) for w in sorted(_SCOPES, key=len, reverse=True) if _SCOPES[w] != "compare")
    return [re.escape(r["word"]) + f"(?=(?:{scopes}))" for r in _AFFIXES if r["position"] == "scope_lead"]
_TAIL_STRIP = _affix_re("tail", "$")
_TAIL_STRIP = guarded(_TAIL_STRIP)  # (most positions turned away at one character)
# collective or unresolved organs (县级财政, 各级党委): not one agency a figure can belong to
# 全国劳模, 全国五一劳动奖章: honours after 全国 (metrics.national_honours), no scope in a local story
_NATIONAL_HONOURS = tuple(cues("metrics.national_honours"))
_NATIONAL_PLATFORMS = tuple(cues("metrics.national_platforms"))  # 全国12315平台: a platform's name (shijian93)
_GENERIC_AGENCY = re.compile(f"^(?:{cue_alt('metrics.generic_agency_prefix', False)})")
# 同比增63%, 环比降2.1%: a one-character change verb right after its basis (alone, 增 opens 新增, 增收)
_SHORT_CHANGE = (f"^(?:{cue_alt('metrics.change_basis', False)})(?:{cue_alt('metrics.change_qualifiers')})?"
                 f"(?:{cue_alt('metrics.short_change_verbs', False)})$")
_GROWTH = re.compile(f"^(?:[{cue_chars('periods.numeral_chars')}0-9]{{1,2}}(?:{cue_alt('metrics.span_units')}))?"
                     f"(?:{cue_alt('metrics.change_basis', False)}"
                     f"|(?:{cue_alt('metrics.comparison_leads')})?"  # 相比上年增长: as 比上年增长
                     f"(?:{cue_alt('metrics.comparison_marks')})[^，,。；;]{{1,8}}?)?"
                     f"(?:{cue_alt('metrics.change_qualifiers')}){{0,2}}"  # 可比年均增长
                     f"(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.perfective')})?$"
                     f"|^(?:{cue_alt('metrics.comparison_marks')})[^，,。；;]{{1,8}}?"
                     f"(?:{cue_alt('metrics.compared_change_verbs', False)})$"  # 比去年新增3637元
                     f"|^(?:{cue_alt('metrics.comparison_marks')})[^，,。；;]{{0,4}}?"  # 比往年高出1元, 较上年多800元
                     f"(?:{cue_alt('metrics.time_difference_ends', False)})"
                     f"(?:{cue_alt('metrics.time_difference_verbs', False)})$"
                     f"|{_SHORT_CHANGE}")
_GROWTH = guarded(_GROWTH)  # (most positions turned away at one character)
_PEOPLE = re.compile(f"(?:{cue_alt('metrics.people_suffix', False)})$")
# count units of times served (人次, 架次, 户次 …, from units.tsv): an indicator ending in one names
# the unit of a bare figure (总诊疗人次84.2亿 is 84.2亿 人次)
_TIMES_UNITS = tuple(sorted((r["surface"] for r in load_table("units")
                             if r["kind"] == "count" and len(r["surface"]) == 2 and r["surface"].endswith("次")),
                            key=len, reverse=True))
# count units of bodies or people (家, 个, 户, 人; not 人次 or 个百分点): after a change verb and 的
# (营业收入同比增长的137家) the figure counts those the change happened to, no amount of change
_BODY_COUNT_UNITS = frozenset(r["surface"] for r in load_table("units")
                              if r["kind"] == "count" and not r["surface"].endswith("次")
                              and r["surface"] != cues("metrics.points_unit")[0])
_CHANGE_VERB_SET = frozenset(cues("metrics.change_verbs"))
_COMPARED_WORD = re.compile(f"(?:{cue_alt('metrics.comparison_words')})$")
# the one character right before a compared period (`_compared_base` without a multiple): a mark,
# or the last character of a comparison word; a text without any has no compared period
_COMPARISON_MARK = re.compile(f"[{re.escape(''.join(m for m in cues('metrics.comparison_marks') if len(m) == 1))}]")
_COMPARED_END = re.compile(f"[{re.escape(''.join(m for m in cues('metrics.comparison_marks') if len(m) == 1))}"
                           f"{re.escape(''.join(w[-1] for w in cues('metrics.comparison_words')))}]")


_JOINED_BASE_REACH = 8  # characters of a relative base (上年同期, 去年同月) between its mark and the join
_JOINED_BASE = re.compile(f"(?:{cue_alt('metrics.joined_base_marks')}|{cue_alt('metrics.comparison_words')})"
                          f"[^0-9０-９%％，,。；;：:（）()]{{1,{_JOINED_BASE_REACH}}}[{''.join(cues('metrics.enum_join_chars'))}]$")


def _joined_to_base(text: str, a: int) -> bool:
    """Is the period at `a` the second of two compared bases joined by 和/及/、 after one mark (分别比
    上年同期和一季度回落4.0个和3.0个百分点)?  The first base (上年同期) is no period the scan finds, so
    the join alone cannot carry the comparison on; the mark before it does: 一季度 is a base too,
    not the time of the figures of the sentence (上半年)."""
    return _JOINED_BASE.search(text, max(0, a - _JOINED_BASE_REACH - 3), a) is not None


_INLINE_SPACES = frozenset(" \u3000\u00a0\t")  # spaces inside a line (not its breaks)


def _before_spaces(text: str, a: int, lo: int = 0) -> int:
    """Where the inline spaces ending at a start (a itself when none end there)."""
    while a > lo and text[a - 1] in _INLINE_SPACES:
        a -= 1
    return a


def _compared_base(text: str, a: int, lo: int = 0, b: int = -1) -> bool:
    """The period starting at a is the base of a comparison: 比2月份, 较上年末, 同去年 (one mark
    right before it) or 高于2019年同期, 低于上年 (a comparison word): the figure's time is another;
    so is the base of a multiple (是2011年的1.74倍, when its end b is given) and the base built on
    (在上一年度的基础上, when b is given), and a time framed by 和…相比 (和2012年相比, when b is given:
    和 alone joins two times, 2021年和2022年, so it marks a base only with its 相比).  Spaces a text
    copied from a PDF puts around its digits (比 2010 年降低 43.7%) stand between the mark and the time."""
    a = _before_spaces(text, a, lo)
    return a > lo and (text[a - 1] in cues("metrics.comparison_marks")
                       or _COMPARED_WORD.search(text, max(lo, a - 2), a) is not None
                       or _qualified_base(text, a, lo) >= 0
                       or (b > a and _MULTIPLE_COPULA.search(text, max(lo, a - 3), a) is not None
                           and _MULTIPLE_OF.match(text, b) is not None)
                       or (b > a and text[a - 1] in _BASE_FRAME_OPEN and _BASE_FRAME_CLOSE.match(text, b) is not None)
                       or (b > a and _recovered_to(text, a, lo) and _SHARE_OF.match(text, b) is not None)
                       or (b > a and _framed_comparison(text, a, b)))


# 接待游客120万人次，恢复到2019年同期的95.2%: the year recovered to is the base of the share, not the
# time of the figure (nor of the figures after it)
_RECOVERED_TO = re.compile(f"(?:{cue_alt('metrics.recovery_verbs')})$")
def _recovered_to(text: str, a: int, lo: int) -> bool:
    """Does a verb of recovery end right before the period at a, or at its first character (the
    period may open with the 到 of 恢复到: 到2019年)?"""
    return any(_RECOVERED_TO.search(text, max(lo, a - 3), end) is not None for end in (a, a + 1))


def _recovery_share(text: str, lo: int, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """接待游客195.5万人次，同比增长4.6%，恢复至2019年同期的95%: a share after a verb of recovery and the
    year recovered to is the share of that year's level the level before came back to — that level's,
    recovered to that year (接待游客恢复至2019年同期), no bare 恢复; the year is its base, not its time
    (`_recovered_to`).  The level is the clause's figure before (or the level of its change)."""
    if q.unit not in _PERCENT_UNITS or prev is None or not prev_ind or prev.unit in _PERCENT_UNITS \
            and prev_ind[3] != "change-of-previous":
        return None
    m = _RECOVERY_SHARE.search(text, max(lo, q.start - _RECOVERY_REACH), q.start)
    level = _level_of(prev_ind[0])
    if m is None or len(level) < 2 or prev.end > m.start():
        return None
    return level + re.sub(r"\s+", "", m.group(1))


# 恢复至2019年同期的, 恢复到2019年水平的, 恢复至2019年的: the verb, the year recovered to and its level, right before the share
_RECOVERY_SHARE = re.compile(f"((?:{cue_alt('metrics.recovery_verbs')})\\s*(?:19|20)[0-9]{{2}}年"
                             f"(?:{cue_alt('metrics.same_period')}|{cue_alt('metrics.recovery_levels')})*)"
                             f"\\s*(?:{cue_alt('metrics.attributive')})\\s*$")
_RECOVERY_REACH = 20  # characters before the share that may hold the verb and the year


_SHARE_OF = re.compile(f"(?:{cue_alt('metrics.same_period')}|{cue_alt('metrics.recovery_levels')})?"
                       f"{cue_alt('metrics.attributive')}[0-9０-９.．]+[%％]")


# 2017年在上一年度的基础上继续…，普及率达96%: the time inside 在…的基础上 is the base built on, not the figure's
_BASE_FRAME_OPEN = cue_chars("metrics.base_frame_open_chars")
_BASE_FRAME_CLOSE = re.compile(cue_alt("metrics.base_frame_close"))
_BASE_FRAME_WORD = min(cues("metrics.base_frame_close"), key=len)  # (基础上: a name without it has no frame)


def _base_frame_end(text: str, a: int, b: int) -> int:
    """Where 在…(的)基础上 framing the period a..b closes (总体近视率在2018年的基础上每年降低: the
    year is the base built on, neither the figure's time nor the end of the words before it), -1
    when the period is not so framed."""
    if a < 1 or text[a - 1] not in _BASE_FRAME_OPEN:
        return -1
    m = _BASE_FRAME_CLOSE.match(text, b)
    return m.end() if m else -1


_QUALIFIED_REACH = 8  # characters of a qualifier between a comparison mark and its time's 的


def _qualified_base(text: str, a: int, lo: int = 0) -> int:
    """较疫情前的2019年同期, 比疫情前的2019年: a comparison mark, a qualifier of its time, 的, then
    the time; or the qualifier closed by the time's kind written before it (较历史最好年份2021年:
    metrics.base_appositives): where the mark stands (the period at a is a compared base), -1 otherwise."""
    closer = 1 if a - 2 >= lo and text[a - 1] == _DE else \
        next((len(w) for w in _BASE_APPOSITIVES if text.endswith(w, lo, a)), 0)  # 较历史最好年份|2021年
    if not closer:
        return -1
    m = _QUALIFIED_MARK.search(text, max(lo, a - closer - _QUALIFIED_REACH), a - closer)
    return m.start() if m else -1


_BASE_APPOSITIVES = tuple(cues("metrics.base_appositives"))  # 年份: the time named again right after its kind


_QUALIFIED_MARK = re.compile(f"(?:{cue_alt('metrics.qualified_comparison_marks')})"
                             f"[^，,。；;：:！？!?、\n0-9０-９的]{{1,{_QUALIFIED_REACH - 2}}}$")


_MULTIPLE_COPULA = re.compile(f"(?:{cue_alt('metrics.multiple_copulas')})$")
_MULTIPLE_COPULA_OPEN = re.compile(f"(?:{cue_alt('metrics.multiple_copulas')})")
_MULTIPLE_OF = re.compile(f"(?:{cue_alt('metrics.same_period')})?{cue_alt('metrics.attributive')}"
                          f"[0-9０-９.．]+(?:{cue_alt('numbers.multiple_unit')})")  # 是去年同期的18倍


# (“8+N”志愿服务队, “1+X”证书: a number joined by + to a letter is a scheme's name, no figure; 每10万人口拥有:
# the base a ratio is per, part of the measure's words)
# (200余件代表建议办结率达到100%: the figure's 余 or 多 and then its unit, so no 件 opens the rate's words, renda92)
_FIGURE = re.compile(r"(?<![A-Za-z0-9０-９.．每])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![A-Za-z0-9０-９]|[+＋][A-Za-z])"
                     r"(?:[余多](?=[^0-9０-９，,、\s。；;]))?[^0-9０-９，,、]?")
_FIGURE = guarded(_FIGURE)  # (most positions turned away at one character)
# one joiner between two figures of a list (10、20; 14.1%和18.5%), spaces a text copied from a PDF puts
# around its figures allowed (14.1% 和 18.5%)
_ENUM_JOIN = re.compile(f"^[ \t\u3000\xa0]*[{_JOINS}][ \t\u3000\xa0]*$")
# a unit of measure right after a figure that is no figure of the sentence (26.9万千瓦光伏项目9个,
# 年产10万吨饲料加工项目): it closes that amount and is never the start of the noun after it
# (durations excepted: 3年行动, 5天假期 name what lasts)
_MEASURE_OPENING = re.compile("|".join(re.escape(r["surface"]) for r in sorted(
    load_table("units"), key=lambda r: -len(r["surface"]))
    if r["kind"] == "measure" and r["base"] not in _DURATION_UNITS))
# a unit of two or more characters (分钟, 小时, 个月, 人次) that the figure's one character of unit cut in two
_SPLIT_UNIT = re.compile("|".join(re.escape(r["surface"]) for r in sorted(
    load_table("units"), key=lambda r: -len(r["surface"])) if len(r["surface"]) >= 2))
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _unit_rest(text: str, lo: int) -> int:
    """How many characters at `lo` finish the unit of the figure read before it: a figure is read
    with one character after it (10分|钟, 3小|时), so a longer unit (分钟, 小时) is cut in two and its
    rest would open the next figure's noun (提前10分钟延长至提前15分钟: no indicator 钟延长至提前)."""
    if lo < 2 or text[lo - 2] not in _DIGITS:
        return 0
    if text[lo - 1] in CHINESE_NUMERALS:  # 6、7、8三个月共接报处置警情 (yingji93): the months listed,
        u = _SPLIT_UNIT.match(text, lo)  # then their count in words and its unit, no word of the noun
        return u.end() - lo if u else 0
    u = _SPLIT_UNIT.match(text, lo - 1)
    return u.end() - lo if u and u.end() > lo else 0


def _time_close(text: str, lo: int) -> int:
    """How many characters at `lo` close a stretch of time read before it (2小时内曝光量280万, 3天后
    销量): 内 or 后 after a duration says within or after when, and is no word of the next noun."""
    if not text.startswith(_TIME_LIMIT_CLOSE, lo):
        return 0
    unit = next((u for u in _TIME_LIMIT_UNITS if text.endswith(u, 0, lo)), None)
    k = lo - len(unit) if unit else 0
    while k > 0 and text[k - 1] in "个多余":
        k -= 1  # (2个多小时内)
    if k < 1 or text[k - 1] not in _DIGITS:
        return 0
    return len(next(c for c in _TIME_LIMIT_CLOSE if text.startswith(c, lo)))


# a verb after the amount: 投资2.3亿元实施…行动 spends it on something, it does not count a noun
_BRANDED_REACH = 48  # how far after a count a product written after a quoted brand may end (“贝林”牌燃油加油机)
_VERB_NOT_NOUN = re.compile(f"(?:{cue_alt('metrics.spend_verbs', False)})")
_MONEY_SPENT_ON = re.compile(f"(?:{cue_alt('metrics.money_spend_verbs', False)})")


_RATE_CLOSING_VERBS = frozenset(cues('metrics.rate_closing_verbs'))


def _closes_rate(q) -> bool:
    """最高月缴存基数按22,212元|执行。: the verb alone after the amount closes the clause (the rate a rule is
    applied at), no noun counted; 20余名|执行干警 keeps its noun."""
    return q.counted in _RATE_CLOSING_VERBS


def _spent_on(q) -> bool:
    """投资500万元建成养老院, 争取资金200万元修建村级公路, 累计投入500万元改造老旧小区: after an amount of money, a
    verb of building or buying opens what the money was spent on, no noun the amount counts (its indicator is
    the clause before it: 投资, 争取资金, 投入) — unless the run ends in money's own noun (300万元建设资金)."""
    return q.unit in _MONEY_UNITS and _MONEY_SPENT_ON.match(q.counted) is not None \
        and not q.counted.endswith(_MONEY_NOUNS)


_MONEY_UNITS = frozenset(cues("metrics.money_units"))
# after the amount, a mark it passes (突破2万元大关) or a change going on (38.75亿公斤增加到…): no
# noun the amount counts
_NOT_COUNTED = re.compile(f"(?:{cue_alt('metrics.mark_nouns')})|(?:{cue_alt('metrics.range_closers')})"
                          f"|(?:{cue_alt('metrics.adverbs_after')})|(?:{cue_alt('metrics.per_time_after')})"
                          f"|(?:{cue_alt('metrics.change_verbs')})"
                          f"(?:{cue_alt('metrics.change_to')})|(?:{cue_alt('metrics.change_to_short')})")
# 由3528人上升为7115人: a change verb and its 为/到 right after the unit (the counted word stops
# before the copula 为, so the change is seen in the text, not in the counted word)
_CHANGE_THEN_TO = re.compile(f"(?:{cue_alt('metrics.change_verbs')})(?:{cue_alt('metrics.change_to')})")


def _part_copula_noun(text: str, start: int, after: str) -> str:
    """The noun a part counted right after 其中 is said to be (其中48户为脱贫户, 其中3人是女性 → 脱贫户, 女性): the
    copula opens the clause that names the part (central68), no part of its indicator."""
    if len(after) >= 3 and after.startswith(tuple(cues("metrics.part_copulas"))) \
            and text.endswith(tuple(cues("metrics.breakdown_marks")), 0, start):
        return after[1:]
    return after


def _measure_before_base(text: str, s_start: int, a: int) -> str | None:
    """全市常住人口与2010年第六次全国人口普查的725482人相比: the words of the clause before the mark of a
    compared time starting at a (与, 比, 较, 同) — the measure whose level at that time the figure
    is; None when they are too short or hold a figure of their own."""
    if a - 1 <= s_start:
        return None
    k = max(rfind_any(text, _CLAUSE_PUNCT, s_start, a - 1), s_start - 1)
    words = text[k + 1:a - 1]
    if _FIGURE.search(words):
        return None
    name = _clean(_strip_quotes(words))
    return name if 2 <= len(name) <= 16 else None


# 在第二产业和第三产业法人单位中，: the whole a ranking or a list of parts is picked from
_WHOLE_OPENING = re.compile(f"在([^，,。；;：:、（）()0-9０-９]{{2,20}})中[，,]")


def _whole_opening_run(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """在第二产业和第三产业法人单位中，位居前三位的地区是：双福街道2718个，占比20.7%；几江街道2075个: a
    bare count of a place or a class listed after a sentence (or its ；run) opening with the whole it
    is picked from counts that whole's units (was the unit, 个).  Only a count with no noun of its own
    and no words before it naming a measure."""
    if q.unit in _PERCENT_UNITS or q.unit in MEASURE_UNITS:
        return None
    p_start = view.paragraph(q.start)[0]
    m = _WHOLE_OPENING.match(view.text, _semicolon_run_start(view.text, s_start, p_start))
    if m is None or m.end() > q.start:
        return None
    name = _clean(m.group(1))
    return name if len(name) >= 2 else None


def _level_after_start(text: str, prev, q) -> bool:
    """文盲率由14.03%下降为10.80%, 每10万人中具有大学文化程度的由3528人上升为7115人: a figure right
    after the starting level and its change verb with 为/到 is the level reached, in the same unit —
    no amount of change (上升为 reads as a change verb alone once 为 is cut as a copula)."""
    moved = _CHANGE_THEN_TO.fullmatch(text, prev.end, q.start) is not None \
        or (prev.end == q.start and text[q.start:q.number_start] in _PASSED_ON)  # 由53亿元|突破140亿元
    return prev.unit == q.unit and moved and (_opens_change(text, prev) or _opens_dated_change(text, prev))


_PASSED_ON = frozenset(cues("metrics.change_to_short"))  # a later level's mark read with its figure (突破)


def _opens_dated_change(text: str, q: Quantity) -> bool:
    """占比从2019年的95.5%增长为96.4%, 文盲率由2010年的14.03%下降为10.80%: the start level with its own time
    between 由/从 and 的 (mine57)."""
    de = q.number_start - 1
    if de < 1 or text[de] != _DE:
        return False
    found = find_periods(text, max(0, de - _DATED_START_REACH), de)
    if not found or found[-1][1] != de:
        return False  # no time ends right at that 的
    at = found[-1][0]  # (从2019年: the period's words may hold the 从; 由|2010年: or it stands right before them)
    opened = text[at] in _CHANGE_FROM_CHARS or (at > 0 and text[at - 1] in _CHANGE_FROM_CHARS)
    return opened and bool(_CHANGE_ON.match(text, q.end))


_DATED_START_REACH = 12  # characters of the start level's own time (由2010年的, 从2019年末的)


def _names_next_figure(text: str, q: Quantity, nxt: Quantity | None) -> bool:
    """新增班级24个学位1080个 (school lists: noun, figure, noun, figure, in one unit): the noun after q's
    unit runs into the next figure and names it, as the noun before q's number names q; it is no
    noun q counts (was 24个学位).  Both words are nouns and no division (3个乡镇12个村 counts 乡镇)."""
    if nxt is None or nxt.unit != q.unit or not (2 <= nxt.number_start - q.end <= 4):
        return False
    word = text[q.end:nxt.number_start]
    before = next((text[k:q.number_start] for k in range(q.number_start - 4, q.number_start - 1)
                   if k >= 0 and text[k:q.number_start] in word_tags()), "")
    return all(len(w) >= 2 and word_tags().get(w, "")[:1] == "n" and word_tags().get(w) != "ns"
               and not _ADMIN_UNIT.match(w) and w[0] not in cues("metrics.scope_openers_before_count")
               for w in (word, before))


def _not_counted(text: str, q) -> bool:
    """Is the word after q's unit no noun it counts: a mark passed, a range closed, an adverb, or a
    change going on (由3528人上升为7115人, 38.75亿公斤增加到…)?"""
    return bool(_NOT_COUNTED.match(q.counted) or _CHANGE_THEN_TO.match(text, q.end))


# a measure of the counted things, stated by the next figure (15个项目总投资达98.6亿元)
_MEASURE_IN_NOUN = re.compile(cue_alt("metrics.measure_nouns", False))
# the measure that cuts a counted noun (15个项目总投资…), not one opening a size qualifier (17家规模以上工业
# 总产值44.7亿元: 规模 of 规模以上 is no measure, the cut is at 总产值 → 规模以上工业)
_MEASURE_CUT = re.compile(f"(?!{cue_alt('metrics.measure_noun_qualifiers')})(?:{_MEASURE_IN_NOUN.pattern})")
# an agency's spokesperson opening a sentence (市人社局相关负责人介绍,…): the agency speaks, the
# figures that follow are about what the speaker reports on
_SPEAKER = re.compile(f"(?:{cue_alt('metrics.speaker_qualifiers', False)})?"
                      f"(?:{cue_alt('metrics.speaker_titles', False)})"
                      f"|(?:\\d{{1,2}}月\\d{{1,2}}日|{cue_alt('metrics.speaker_times', False)})?"
                      f"(?:{cue_alt('metrics.speech_verbs', False)})")
# what a named official does with the figures: speaks (表示, 介绍) or announces them (李群宣布…6833家)
_SPEAKER_VERB = re.compile(f"(?:{cue_alt('metrics.speech_verbs', False)}|{cue_alt('metrics.announce_verbs', False)})")
_NAMED_SPEAKER = re.compile(f"(?:{cue_alt('metrics.named_speaker_titles', False)})")
# 拉萨市统计局四级调研员郑红艳称，…: an agency whose official speaks the clause (any post, a name,
# then a speech verb closing it) is the figures' source, not their subject; posts and a date may
# run long (国家发展改革委政策研究室|副主任、新闻发言人李超12月31日表示，…共计约2950亿元)
_SPOKEN_BY = re.compile(f"[^，,。；;：:]{{0,20}}?(?:{cue_alt('metrics.speech_verbs', False)})[，,：:]")
# 省人社厅预计，今年全省城镇新增就业将达到117万人: an agency forecasting, a comma after the verb (its
# own plans are written on: 市财政局预计投入资金500万元)
_FORECAST_BY = re.compile(f"[^，,。；;：:]{{0,8}}?(?:{cue_alt('metrics.forecast_speech', False)})[，,：:]")
# the forecast verb opening what an agency says, without a comma after it (`_FORECAST_BY`)
_FORECAST_OPEN = re.compile(f"[^，,。；;：:]{{0,8}}?(?:{cue_alt('metrics.forecast_speech', False)})")
_CLAUSE_BREAKS = "，,；;"


def _forecast_beyond(text: str, aend: int, q_start: int) -> bool:
    """国家邮政局预计2024年行业仍将继续保持稳步上升态势，邮政行业寄递业务量…预计将分别完成1715亿件 (youzheng104):
    an agency forecasting with no comma after the verb, whose figure stands in a later clause (a comma
    or a semicolon between the verb and the figure), forecasts what the country or place will reach —
    the agency is the figures' source, not their subject — when the verb's own clause holds no
    figure.  Its own plan stays in the verb's clause (市财政局预计投入资金500万元: no clause break
    before the figure; 预计今年投入资金500万元，其中200万元…: a figure in the verb's clause).  Reads the text between the
    agency and its figure only (bounded by the sentence)."""
    m = _FORECAST_OPEN.match(text, aend, q_start)
    if m is None:
        return False
    cut = next((k for k in range(m.end(), q_start) if text[k] in _CLAUSE_BREAKS), None)
    return cut is not None and _CLAUSE_FIGURE.search(text, m.end(), cut) is None


# a figure in the forecast verb's own clause (预计今年投入资金500万元，其中200万元…: the agency's plan, its
# figures after the comma its own too); a year (2024年) is no figure
_CLAUSE_FIGURE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．年])")


# 国家发展改革委：今年近6万亿元政府投资…, 海关总署：前5月进出口…: an agency a colon follows at the
# sentence's opening (a headline's attribution) says the figures, they are not its own
_ATTRIBUTION_COLONS = "：:"
# an agency urging others on (市审计局督促落实…审计整改，有关部门…完成整改问题15个): the figures are what
# the bodies it oversees did, not its own
_OVERSEES = re.compile(cue_alt("metrics.oversight_verbs"))
# an agency reporting figures (国家统计局4月17日发布数据显示): their source, not their subject
_REPORTS = re.compile(f"[^，,。；;：:]{{0,8}}?(?:{cue_alt('metrics.report_verbs')})")
# 厦门市气象台2023年05月31日08时46分继续发布高温橙色预警信号：预计…: the date and clock time of the issue
# written between the body and its verb, longer than the 8 characters _REPORTS allows
_LOCAL_PART_WORDS = frozenset(cues("metrics.local_part_words"))
_LOCAL_PART_STOPS = "。；;！？!?\n"
_ISSUE_TIME = re.compile(r"(?:[0-9０-９]{1,4}(?:年|月|日|时|点|分))+")


# 自治区人民政府新闻办公室举行的…新闻发布会 (haiguan100): a host verb right after the agency (its day between), the
# briefing's name within a clause
_HOSTS_BRIEFING = re.compile(f"[^，,。；;：:]{{0,8}}?(?:{cue_alt('metrics.briefing_host_verbs')})[^，,。；;：:]{{0,30}}?"
                             f"(?:{cue_alt('metrics.briefing_words')})")


def _reports_after(text: str, aend: int) -> bool:
    """The body ending at `aend` reports the figures (发布, 公布, 显示 …) right after it, or after the date
    and clock time of the report (市气象台2023年05月31日08时46分继续发布…)."""
    if _REPORTS.match(text, aend):
        return True
    m = _ISSUE_TIME.match(text, aend)
    return bool(m) and _REPORTS.match(text, m.end()) is not None


# an agency issuing a document (…办公厅印发《…方案》，提出…): the figures after a target cue are
# the document's targets for the place
_ISSUES_DOCUMENT = re.compile(f"[^，,。；;：:]{{0,6}}?(?:{cue_alt('metrics.document_verbs')})[“\"]?《")
# an agency deciding what the figure's noun is (国务院…常务会议决定实施的第二批政策新增减税…): a relative
# clause before 的, the agency its author, not what the figure is about
_DECIDED_BY = re.compile(f"[^，,。；;：:]{{0,10}}?(?:{cue_alt('metrics.decided_by_verbs')})的")
# scope words: 全国 makes a figure national, 全省 keeps it local, 为全国… only compares
_SCOPES = {r["word"]: r["scope"] for r in load_table("metric_scopes") if r["scope"] != "anaphor"}
_SCOPE_LONGEST = max(map(len, _SCOPES), default=0)  # (measured once: `_after_scope_opened_body` asks at each figure)
_ANAPHORS = re.compile("|".join(re.escape(r["word"]) for r in load_table("metric_scopes")
                                if r["scope"] == "anaphor"))
_SCOPE_RE = re.compile("|".join(sorted(map(re.escape, _SCOPES), key=len, reverse=True)))
# 安全区域, 健全市场: words whose 全 would open a scope word (全区, 全市) read across them
_QUAN_WORDS = tuple(cues("metrics.quan_words"))
_QUAN = "全"
_COMPARE_SCOPES = tuple(w for w, sc in _SCOPES.items() if sc == "compare")  # (高于, 比: for endswith)
# the country: the registry stage's entity for 中国, so that a national figure and a mention of
# 中国 elsewhere in the text are one place (one id per real thing)
NATION_KEY = CHINA_KEY


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return _NORM_DROP.sub("", s)  # white space (\s is str.isspace), quotes, brackets


_NORM_DROP = re.compile("[\\s" + re.escape(_QUOTES + "()（）") + "]")
_QUOTE_DROP = str.maketrans("", "", _QUOTES)
_QUOTE_ANY = re.compile("[" + re.escape(_QUOTES) + "]")


def _strip_quotes(s: str) -> str:
    """`s` without quotes; translated only when it holds one (`str.translate` of Chinese text
    looks every character up, 5 µs for a clause; the search turns most clauses away in 0.5)."""
    return s.translate(_QUOTE_DROP) if _QUOTE_ANY.search(s) else s


# 第一产业, 第三产业, 二产: a sector of the economy named by its ordinal
_SECTOR = re.compile(f"([一二三])(?:{cue_alt('metrics.sector_nouns')}|产)")


_BUDGET_SIDES = tuple(cues("metrics.budget_sides"))


def _other_budget_sides(a: str, b: str) -> bool:
    """一般公共预算收入…同比下降10.2% and 一般公共预算支出…下降10.2% (budget80, a final account): one
    names the revenue side only, the other the spending side only — two facts however many characters
    they share (a name with both, 土地出让收入安排的支出, takes no side)."""
    sides_a = {w for w in _BUDGET_SIDES if w in a}
    sides_b = {w for w in _BUDGET_SIDES if w in b}
    return len(sides_a) == 1 and len(sides_b) == 1 and sides_a != sides_b


def _complements(a: str, b: str) -> bool:
    """非税收入 and 税收收入 (增长6% both, a budget's revenue by kind), 非农就业 and 农业就业: a name
    whose 非 negates the word the other names bare is its complement, another fact."""
    for x, y in ((a, b), (b, a)):
        at = x.find(_NON)
        if at >= 0 and _NON not in y and x[at + 1:at + 2] and x[at + 1] in y:
            return True
    return False


_NON = "非"


def _other_sectors(a: str, b: str) -> bool:
    """第一产业增加值增长 and 第三产业增加值增长 (4.5% both, a bulletin's sectors): two indicators that
    name different sectors of the economy are two facts, however many characters they share.  So are
    one that names a sector and one that names none (工业投资同比增长76.9% … 二、三产业投资同比分别增长
    76.9%、0.3%, tongji98: the second sector's investment is not industry's, though the figures agree);
    the called-for words inside the other (增加值增长 in 第一产业增加值增长) are caught before this."""
    sa = set(_SECTOR.findall(a))
    sb = set(_SECTOR.findall(b))
    return sa != sb


_PROVINCE_LISTS = tuple(sorted(cues("metrics.province_lists"), key=len, reverse=True))
_PARTNER_JOINS = tuple(cue_chars("metrics.partner_join_chars"))


def _after_counted_partner(name: str) -> str:
    """31个省、自治区、直辖市和现役军人的人口为141178万人: the words after a count that open with 和
    add a partner to what was counted and close with 的 before the measure — the figure measures
    the head after 的 (人口), not 和现役军人的人口."""
    if not name.startswith(_PARTNER_JOINS) or _DE not in name:
        return name
    head = name[name.rindex(_DE) + 1:]
    return head if len(head) >= 2 else name


_COUNT_AFTER_SUM = re.compile(f"[0-9０-９{CHINESE_NUMERALS}两]")  # 共39名, 累计三次: a figure the sum states


def _summed_partner(text: str, end: int, s_end: int) -> str:
    """189家总承包和专业承包建筑业企业共完成…: a partner joined by 和 right after a count's noun and closed by
    a sum's adverb (共, 累计) is part of what is counted (the firms of both kinds); '' if none.  An aside in
    brackets closing it (（以下简称“建筑业企业”）) is stepped over, no part of the noun."""
    if not text.startswith(_PARTNER_JOINS, end):
        return ""
    stop = min((i for ch in "，,。；;：:、" if (i := text.find(ch, end, s_end)) >= 0), default=s_end)
    k = min((i for w in cues("metrics.sum_adverbs") if (i := text.find(w, end + 2, stop)) >= 0), default=-1)
    if k > 0 and text[k - 1:k + 1] in word_tags():
        return ""  # 和社会公共服务机构: 共 inside a word (公共), no adverb
    said = max((len(w) for w in cues("metrics.sum_adverbs") if text.startswith(w, k)), default=0) if k > 0 else 0
    if said and _COUNT_AFTER_SUM.match(text, k + said):
        return ""  # 五个执行团队及信息组共39名干警: the sum is a count of its own, the partner no part of this one
    part = text[end:k] if k > 0 else ""
    aside = re.search(r"[（(][^（()）]{1,20}[）)]$", part)  # …建筑业企业（以下简称“建筑业企业”）共完成
    noun = part[:aside.start()] if aside else part
    return part if 3 <= len(noun) <= 16 and not any(c.isdigit() for c in noun) else ""


def _similar(a: str, b: str, by_prefix: bool = True) -> bool:
    """Indicators name the same thing: equal, one contains the other, or most characters shared;
    with `by_prefix`, also a long common opening (the same counted noun, another verb after it)."""
    a, b = _norm(a), _norm(b)
    if a == b or (a and b and (a in b or b in a)):
        return True
    if _other_sectors(a, b) or _other_budget_sides(a, b) or _complements(a, b):
        return False
    sa, sb = set(a), set(b)
    if bool(sa and sb) and len(sa & sb) / len(sa | sb) >= 0.6:
        return True
    # the same counted noun with another verb after it (30名优秀县委书记获提拔 in a heading,
    # 30名优秀县委书记履新 in the body): the noun is what is counted
    common = len(os.path.commonprefix([a, b])) if by_prefix else 0
    return common >= 4 and common >= 0.6 * min(len(a), len(b))


_CLAUSE_BEFORE_RULE = "metrics.clause-before"


def _by_counted_noun(a: Metric, b: Metric) -> bool:
    """May two figures' indicators match by a common opening alone?  Not when both are named by the
    clause before the figure (民事公益诉讼案件线索1件 … 其中民事公益诉讼诉前程序1件, procur59): there the
    opening is a class of the thing counted and the words after it name the thing, another one in each
    — the common opening is the counted noun of a figure written before it (30名优秀县委书记获提拔/履新)."""
    return not (_CLAUSE_BEFORE_RULE in a.rules and _CLAUSE_BEFORE_RULE in b.rules)


# --------------------------------------------------------------------------- per-article view

# the level of a named building or square (人民大会堂, 中南海, 天安门广场: world_names.tsv kind site)
_SITE_LEVEL = "site"
_VENUE = "Venue"  # the type a site's mention is indexed under after 在/于: no place rule takes it


def _venues_apart(text: str, ments: list[tuple]) -> list[tuple]:
    """习近平在人民大会堂会见…200多名外方代表, 李强在中南海主持召开…: a named building right after
    在/于 is where the event took place, never whose figure it is — its mention is set apart from
    the places (天安门广场共接待游客12万人次: a site opening its own clause stays a place)."""
    marks = cues("metrics.venue_marks")
    return [(a, b, key, _VENUE, lvl) if etype == "Place" and lvl == _SITE_LEVEL and text[a - 1:a] in marks
            else (a, b, key, etype, lvl) for a, b, key, etype, lvl in ments]


def _honour_ranks_apart(text: str, ments: list[tuple], local: bool) -> list[tuple]:
    """中国乡村旅游重点村1家, 中国传统村落3个 in a county's story: 中国 opens the name of a national
    title the county's places hold, counted right after it — the title's rank, not the country's
    figure; its mention is set apart from the places (as a venue's is) so no subject rule takes it."""
    if not local:
        return ments
    return [(a, b, key, _TITLE_RANK, lvl) if etype == "Place" and key == NATION_KEY and _COUNTED_TITLE.match(text, b)
            else (a, b, key, etype, lvl) for a, b, key, etype, lvl in ments]


_TITLE_RANK = "TitleRank"  # the type of 中国 opening a counted title's name (`_honour_ranks_apart`)
_HONOUR_NAME = "HonourName"  # the type of a place inside an honour's name (`_honour_names_apart`)
_HONOUR_NAME_REACH = 12  # characters from the verb of being honoured to the place, none a clause mark
_HONOUR_NAME_RE = re.compile(alt(cues("metrics.honour_name_verbs")))


def _honour_names_apart(text: str, ments: list[tuple], local: bool) -> list[tuple]:
    """源祥养殖专业合作社生猪养殖基地获评广西供应深圳农产品示范基地，…5家企业…。基础设施不断完善，建成…水渠44条
    in 资源县's story: a place written inside an honour's name, after a verb of being honoured or chosen
    in the same clause (获评, 被评为, 入选, 荣获 …: no clause mark between, a few characters away), is
    the honour's, not a subject — its mention is set apart from the places (as a venue's is), so no
    sentence or paragraph rule makes the figures after it 深圳's.  A place before the verb (杭州入选…)
    stays; a national story keeps its places."""
    if not local:
        return ments
    out = []
    for a, b, key, etype, lvl in ments:
        if etype == "Place" and a > 0:
            lo = max(0, a - _HONOUR_NAME_REACH)
            window = text[lo:a]
            cut = max(window.rfind(c) for c in _HONOUR_CLAUSE_MARKS)
            if _HONOUR_NAME_RE.search(window, cut + 1):
                etype = _HONOUR_NAME
        out.append((a, b, key, etype, lvl))
    return out


_HONOUR_CLAUSE_MARKS = "，,。；;：:！？!?、（）()\n"  # (not quotes: 获评“…”’s name is in them)
# the rest of a title's name, no mark nor verb of a clause, then its count (乡村旅游重点村1家)
_COUNTED_TITLE = re.compile(rf"[{HAN}]{{2,14}}?\d+(?:个|家|处|座|项)")


class _DocIndex:
    """What every article view needs from the whole document, computed once per document: the
    entity mentions grouped by article, and programmes by normalised name or alias."""

    def __init__(self, doc: Doc):
        self.mentions: dict[str, list[tuple]] = {}
        for m in doc.mentions:
            if m.astart < 0 or not m.key:
                continue
            ent = doc.entities.get(m.key)
            if ent is None:
                continue
            self.mentions.setdefault(m.article, []).append(
                (m.astart, m.aend, m.key, ent.type, m.attrs.get("level") or ent.level))
        self.programmes: dict[str, str] = {}
        for ent in doc.entities.values():
            if ent.type == "Programme":
                for name in (ent.name, *ent.aliases):
                    self.programmes.setdefault(_norm(name), ent.id)


def _paragraph_joins(doc: Doc, art: Article) -> list[int]:
    """Positions of the article text where the layout joined a new, indented paragraph onto a
    line without a terminator (a heading such as `我省4人中：…1人成市委常委` run into `今年七一前夕，
    …`, a scrape's lines run together): in the source a line break is followed by an indent
    (tab or ideographic space).  A wrapped line of a newspaper column carries no indent."""
    pieces = getattr(art.offsets, "pieces", None) or []
    out = []
    for p, n in zip(pieces, pieces[1:]):
        if n[0] != p[0] + p[2] or n[1] <= p[1] + p[2]:
            continue
        gap = doc.text[p[1] + p[2]:n[1]]
        if "\n" in gap and any(ch in "\t\u3000" for ch in gap[gap.rindex("\n"):]):
            out.append(n[0])
    return out


def _split_at(sents: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """Sentences cut at the given positions (a paragraph joined without a terminator)."""
    out = []
    for s, e in sents:
        for b in breaks:
            if s < b < e:
                out.append((s, b))
                s = b
        out.append((s, e))
    return out


_SPAN_AVERAGE = tuple(cues("metrics.span_average_marks"))


def _average_so_far(text: str, ps: int, pe: int, found: list) -> bool:
    """1—9月平均，工业生产者出厂价格同比下降1.5%: a price release's average of the months so far,
    stated after the month it reports on (2012年9月份，…): an aside of the lead, not the stretch its
    later paragraphs speak of."""
    return ps > found[0][0] and text.startswith(_SPAN_AVERAGE, pe)


# 2015年，面对…: the year a bulletin's lead opens with
_OPENING_YEAR = re.compile(r"(?:19|20)\d\d" + re.escape(cues("numbers.year_unit")[0]))
# 2023年是全面贯彻…的开局之年 opening a bulletin or a report: the year it reports on, as 2023年，…
_YEAR_IS = cues("periods.year_is")
# 记者获悉，|2021年，我国…: a reporter's lead before the year that opens a sentence of the lead
_LEAD_YEAR_OPENERS = tuple(cues("metrics.lead_year_openers"))
_LEAD_SENTENCE_ENDS = "。！？；"


def _opens_lead_sentence(text: str, start: int, ps: int) -> bool:
    """Does the time at `ps` open the lead paragraph (from `start`), or a sentence of it after the
    first, alone or after a reporter's lead (近日，2022年全国知识产权局局长会议在北京召开。记者获悉，|2021年，
    我国…: the year the figures are of)?  Looked back only to the sentence's end before `ps`."""
    if not text[start:ps].strip():
        return True
    k = rfind_any(text, _LEAD_SENTENCE_ENDS, start, ps)
    if k < 0:
        return False
    before = text[k + 1:ps].strip()
    return not before or (before[-1:] in "，," and before[:-1] in _LEAD_YEAR_OPENERS)


class _ArticleView:
    """Sentence, paragraph and entity-mention lookups over one article's text."""

    def __init__(self, doc: Doc, art: Article, index: "_DocIndex | None" = None):
        self.doc, self.art, self.text = doc, art, art.text
        index = index if index is not None else _DocIndex(doc)
        text = art.text
        # sentences: from the `sentences` stage, else cut at terminators ourselves
        if art.sentences:
            self.sents = sorted((s.start, s.end) for s in art.sentences)
        else:
            self.sents, start = [], 0
            for m in re.finditer(f"[{_SENT_END}]+", text):
                self.sents.append((start, m.end()))
                start = m.end()
            if start < len(text):
                self.sents.append((start, len(text)))
        self.raw_sents = self.sents  # as the sentences stage cut them (a title run into the header)
        breaks = _paragraph_joins(doc, art)
        if breaks:
            self.sents = _split_at(self.sents, breaks)
        self.sent_starts = [s for s, _ in self.sents]
        self.paras = sorted((s.start, s.end, s.kind) for s in art.sections) or [(0, len(text), "body")]
        self.para_starts = [p[0] for p in self.paras]
        ments = _venues_apart(text, index.mentions.get(art.id, []))
        ments = _honour_ranks_apart(text, ments, art.place not in (None, NATION_KEY))
        ments = _honour_names_apart(text, ments, art.place not in (None, NATION_KEY))
        ments.sort(key=lambda t: (t[0], -t[1], t[2]))  # the longest mention first at a start
        self.ments = ments
        self.ment_starts = [m[0] for m in ments]
        self.place_starts = [m[0] for m in ments if m[3] == "Place"]  # (`place_in`)
        # programmes by name/alias, for quoted names the entities stage did not tag at this spot
        self.programmes: dict[str, str] = index.programmes
        body = [p for p in self.paras if p[2] == "body" and p[1] - p[0] >= 20 and not _metadata_row(text, p[0], p[1])
                and not _REPORT_ADDRESS.match(text, p[0], p[1])]  # (现在，我代表…向大会报告工作: no stretch)
        self.lead_end = body[0][1] if body else -1
        self.caption_story = not any(p[2] == "body" for p in self.paras)  # (`_caption_skipped`)
        self.lead_words: str | None = None
        self._lead: tuple | None = None
        self._moment: tuple | None = None  # a census's standard moment (`_standard_moment`), once found
        # answers kept for this article only (every figure of a sentence or paragraph asks the
        # same questions; nothing carries over to another article or document)
        self.raw_starts = [s for s, _ in self.raw_sents]
        self.scope_kept: dict[tuple[int, int], bool] = {}  # scope word span -> not inside a name
        self.addressee: object = _UNJUDGED  # the party a penalty decision is addressed to (`_addressed_party`)
        self.scope_judged: dict[tuple[int, int, int], str | None] = {}  # (sentence, word span) -> `_scope_judgment`
        self.opening_memo: dict[tuple, str | None] = {}  # (start, end, types) -> `opening_entity`
        self._scopes: list | None = None  # the scope words of the whole text (`_scope_matches`)
        self._scope_starts: list[int] = []
        self.base_memo: dict[tuple[int, int], tuple[int, int, str] | None] = {}  # (sentence, figure) -> its compared time
        self.person_names: tuple[str, ...] | None = None  # the document's people (`_opening_person`)
        self.period_memo: dict[int, tuple[int, list]] = {}  # span start -> (end, its `_figure_periods`)
        self.period_judged: dict[int, list] = {}  # span start -> `_judge_periods` of its last span
        self.period_scan = GrowingScan(find_periods, _period_reach(), _period_barriers())  # find_periods from a start on
        self.status_scan = GrowingScan(_status_words, _status_reach(), _status_barriers())  # `_status_words` too
        self.governing_memo: dict[tuple[int, int], str | None] = {}  # sentence -> `_governing`
        self.heading_memo: dict[int, str | None] = {}  # line break before a figure -> `_heading_line_place`
        self.company_memo: dict[int, str | None] = {}  # paragraph start -> `_paragraph_company`
        self.resolved: dict[tuple[str, str | None], str | None] = {}  # (words, ref) -> ISO
        self.section_years: list[tuple[str | None, str | None]] | None = None  # per paragraph
        self.headline: tuple[str | None, str | None] | None = None  # `_headline_year`
        self.notice_year: tuple[int | None] | None = None  # `_notice_year`
        self.survey_organ: bool | None = None  # `_names_survey_organ`
        self.clause_openings: dict[int, tuple[bool, str | None]] = {}  # clause start -> `_clause_opening_scope`
        self.short_numeral_places: tuple[str, ...] | None = None  # 四棵树 of 四棵树乡 (`_place_short_name_at`)

    def scope_words(self, start: int, end: int):
        """Scope words (全国, 我省, 为 …) in text[start:end] that are not inside the name of an
        organ or organisation (中华全国供销合作总社, 中央财经大学)."""
        known = self.scope_kept  # per span: every figure of a
        for m in self._scope_matches(start, end):  # sentence asks of the same words
            kept = known.get(m.span())
            if kept is None:
                kept = known[m.span()] = self._scope_word_kept(m)
            if kept:
                yield m

    def _scope_matches(self, start: int, end: int):
        """`_SCOPE_RE.finditer(text, start, end)`: the article's scope words are found once (the
        pattern is a plain list of words, no look-around) and each span takes the matches lying
        within it by bisection, instead of one scan of the sentence per figure.  Where a match of
        the whole text crosses either bound, the scan of the span could match otherwise, and the
        span is scanned as before."""
        if self._scopes is None:
            self._scopes = list(_SCOPE_RE.finditer(self.text))
            self._scope_starts = [m.start() for m in self._scopes]
        found, starts = self._scopes, self._scope_starts
        k = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, k)
        if start < 0 or (k > 0 and found[k - 1].end() > start) or (j > k and found[j - 1].end() > end):
            return _SCOPE_RE.finditer(self.text, start, end)
        return found[k:j]

    def _scope_word_kept(self, m: re.Match) -> bool:
        """Whether a scope word found by `scope_words` is one (not inside a quote or a name)."""
        k = self.sentence(m.start())[0]
        if self.text.count("“", k, m.start()) > self.text.count("”", k, m.start()) \
                and not _quoted_speech(self.text, k, m.start()):
            return False  # inside a quoted title: 授予“全国优秀县委书记”称号
        if m.group(0).startswith(_QUAN) and self.text.endswith(_QUAN_WORDS, 0, m.start() + 1):
            return False  # 转移撤离至安全区域, 健全市场体系: the 全 closes a word, no scope word opens there
        if _SCOPES[m.group(0)] == "national" and self.text.startswith(_NATIONAL_HONOURS + _NATIONAL_PLATFORMS, m.end()) \
                and self.art.place is not None and self.art.place != NATION_KEY:
            return False  # 全县5名全国劳模, 全国五一劳动奖章获得者: an honour local people hold, in a local story
            # (全国12315平台受理…1717件: the platform a local office works through, shijian93)
        return not (_SCOPES[m.group(0)] != "compare" and any(
            t != "Place" and a <= m.start() and m.end() <= b
            for a, b, _k, t, _l in self.mentions_in(max(0, m.start() - 30), m.end())))

    def national_article(self) -> bool:
        """A national story: national scope words (全国, 我国) more often than the article's own
        place is named — a notice of ministries whose place was guessed from a passing mention.  中央
        before funds (中央衔接资金) is the money's source, no scope word (xibei78)."""
        if getattr(self, "_national", None) is None:
            scopes = [_SCOPES[m.group(0)] for m in self.scope_words(0, len(self.text))
                      if not _national_yardstick(self.text, m) and not _fund_source(self.text, m)]
            n_scope = scopes.count("national")
            n_place = scopes.count("local") + (sum(1 for m in self.ments if m[2] == self.art.place)
                                               if self.art.place else 0)
            self._national = n_scope >= 2 and n_scope > n_place
        return self._national

    def country_placed_local(self) -> bool:
        """The article's place is the country (guessed from 中国特色社会主义 in a county's
        release), yet it speaks of 全县, 我市 … more often than of 全国: its figures are about a
        local place it does not name, never the country's.  A local scope word after a place or
        an organ named in its own clause (浙江省防指启动…全省防汛Ⅲ级应急响应) is that one's, no sign of
        an unnamed local place."""
        if getattr(self, "_country_local", None) is None:
            self._country_local = False
            if self.art.place == NATION_KEY:
                scopes = [_SCOPES[m.group(0)] for m in self.scope_words(0, len(self.text))
                          if _SCOPES[m.group(0)] != "local" or not self._named_in_clause(m.start())]
                self._country_local = scopes.count("local") > scopes.count("national")
        return self._country_local

    def _named_in_clause(self, i: int) -> bool:
        """Is a place or an organ named in the clause before text[i] (…省防指启动|全省…)?"""
        lo = rfind_any(self.text, _CLAUSE_MARKS + "。！？\n", 0, i) + 1
        return any(t in ("Place", "Agency") for _a, _b, _k, t, _l in self.mentions_in(lo, i))

    def lead_period(self, ref: str | None) -> str | None:
        """The stretch of time the lead paragraph reports on (第一季度工作相关数据, 过去五年), if it
        names one: an interval, or a year set apart at its very opening (a bulletin's “2015年，
        面对…”, “2023年是…开局之年”), which later paragraphs without their own period share (with no publication date,
        a yearless period takes the year the text stated before it, as in its title)."""
        if self._lead is None:
            self._lead = (None,)
            if self.lead_end > 0:
                start = self.paras[[p[1] for p in self.paras].index(self.lead_end)][0]
                found = [p for p in find_periods(self.text, start, self.lead_end)
                         if not _in_book_title(self.text, p[0], p[1])  # (a document's name: no stretch reported on)
                         and not self._opens_programme(p[0], p[1])  # (a campaign's or meeting's name: minzheng92)
                         and not _compared_base(self.text, p[0], start, p[1])]  # (增速较上半年回升: the base)
                if len({w for _ps, _pe, w in found if _YEARLESS_PART.fullmatch(w)}) >= _MANY_STRETCHES:
                    return None  # 一季度…增长6.8%；上半年…；前三季度…；全年…: a year told stretch by stretch
                for n, (ps, pe, words) in enumerate(found):
                    if _average_so_far(self.text, ps, pe, found):
                        # 2012年9月份，…同比下降3.6%。1—9月平均，…: the month opening the lead is reported on
                        month = resolve(found[0][2], ref) if self.text[found[0][1]:found[0][1] + 1] in "，," else None
                        if month:
                            self._lead, self.lead_words = (month,), found[0][2]
                        break
                    iso = resolve(words, ref)
                    year = _stated_year(self, ps, words) if iso is None and ref is None else None
                    if year is not None:  # no date: 每月经济运行简况(2020年3月) … 1-3月 is 2020's
                        iso = resolve(words, f"{year}-12-31", anchored=True)
                    if iso and _not_yet_over(words, iso, ref) and not _headline_time_running(self, words, iso, ref):
                        # (一季度 in a January report: last year's — unless the headline names it running)
                        iso = resolve(words, f"{int(ref[:4]) - 1}-12-31")
                    if iso and ("/" in iso or _OPENING_YEAR.fullmatch(words) and pe < len(self.text)
                                and (self.text[pe] in "，," or self.text.startswith(_YEAR_IS, pe))
                                and _opens_lead_sentence(self.text, start, ps)):
                        self._lead, self.lead_words = _named_after_since(words, iso, found[n + 1:], ref)
                        break
        return self._lead[0]

    def _opens_programme(self, ps: int, pe: int) -> bool:
        """福泉市召开2017-2018年特困群众冬春救助专项行动工作安排部署会: a time written at the head of a
        programme's or meeting's name (the Programme found there starts at it or right after it) is
        part of that name, no stretch the lead reports its figures on (minzheng92: base dated the
        computers handed out that day 2017/2018, a target)."""
        return any(t == "Programme" and ps <= a <= pe for a, _b, _k, t, _l in self.mentions_in(ps, pe + 1))

    def sentence(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, i) - 1
        if k >= 0 and self.sents[k][0] <= i < self.sents[k][1]:
            return self.sents[k]
        return (i, i)

    def raw_sentence(self, i: int) -> tuple[int, int]:
        """The sentence holding i as the sentences stage cut it (before paragraph joins)."""
        k = bisect.bisect_right(self.raw_starts, i) - 1
        if k >= 0 and self.raw_sents[k][0] <= i < self.raw_sents[k][1]:
            return self.raw_sents[k]
        return (i, i)

    def paragraph(self, i: int) -> tuple[int, int, str]:
        k = bisect.bisect_right(self.para_starts, i) - 1
        if k >= 0 and self.paras[k][0] <= i < self.paras[k][1]:
            return self.paras[k]
        return (0, len(self.text), "body")

    def place_in(self, start: int, end: int) -> bool:
        """Does a place mention start in [start, end)?  One bisection, however long the stretch."""
        k = bisect.bisect_left(self.place_starts, start)
        return k < len(self.place_starts) and self.place_starts[k] < end

    def mentions_in(self, start: int, end: int):
        """The mentions starting in [start, end), in order (a slice between two bisections)."""
        k = bisect.bisect_left(self.ment_starts, start)
        return self.ments[k:bisect.bisect_left(self.ment_starts, end, k)]  # (never below k: lo=k; an end
        # before start gives the empty slice, as max did)

    def opening_entity(self, start: int, end: int, types: tuple[str, ...]) -> str | None:
        """The entity of `types` that opens text[start:end] (after quotes and white space): asked
        of a sentence or paragraph by each of its figures, answered once (`opening_memo`)."""
        key = (start, end, types)
        if key not in self.opening_memo:
            self.opening_memo[key] = self._opening_entity(start, end, types)
        return self.opening_memo[key]

    def _opening_entity(self, start: int, end: int, types: tuple[str, ...]) -> str | None:
        """`opening_entity`, looked up."""
        i = start
        while i < end and (self.text[i] in _OPEN_Q or self.text[i].isspace()):
            i += 1
        for astart, aend, key, etype, _lvl in self.mentions_in(start, min(end, i + 2)):
            if etype in types and astart <= i + 1:
                if etype == "Programme" and plan_span(self.text[astart:aend]):
                    continue  # “十四五”期间，全县…: a five-year plan opening the sentence is its time
                return key
        if "Programme" in types and i > start and self.text[i - 1] in _OPEN_Q:
            close = _CLOSE_Q[_OPEN_Q.index(self.text[i - 1])]
            j = self.text.find(close, i, min(end, i + 30))
            if j > i and not plan_span(self.text[i:j]):
                return self.programmes.get(_norm(self.text[i:j]))
        return None


# --------------------------------------------------------------------------- indicator

_BARE_SCOPE_CHARS = cue_chars("metrics.bare_scope_chars")

_LEADING_VINTAGE = re.compile(r"(?:19|20)[0-9]{2}年度?")


def _without_vintage(name: str) -> str:
    """2019年省重点项目 (counted in 4个2019年省重点项目) → 省重点项目: the year of the list the things
    are on is a time, as a period opening a clause is, no word of what is counted; a name that would
    be left shorter than two characters stays whole."""
    m = _LEADING_VINTAGE.match(name)
    return name[m.end():] if m and len(name) - m.end() >= 2 else name


def _without_origin(name: str) -> str:
    """来自全市各条战线的妇女代表 (counted in 400多名来自全市各条战线的妇女代表) → 妇女代表: where the people
    come from describes them, the noun after its 的 is what is counted; a name that would be left
    shorter than two characters stays whole."""
    if name.startswith(_ORIGIN_WORDS) and (k := name.find("的")) > 0 and len(name) - k - 1 >= 2:
        return name[k + 1:]
    return name


_ORIGIN_WORDS = tuple(cues("numbers.origin_before_noun"))  # 来自


_MOST_OF = tuple(sorted(cues("metrics.most_of_counted"), key=len, reverse=True))  # 绝大多数, 大部分


def _without_most_of(name: str) -> str:
    """5000余件提案绝大多数已经办复 (counted 提案绝大多数) → 提案: the share of the counted things the clause
    goes on about (most of them) ends the noun with what the clause says of them (1200名学生大部分来自农村
    → 学生), no word of what is counted; a name that would be left shorter than two characters stays whole."""
    at = min((k for k in (name.find(w) for w in _MOST_OF) if k >= 2), default=-1)
    return name[:at] if at >= 2 else name


_TITLE_ENDS = tuple(sorted(cues("metrics.honour_title_ends"), key=len, reverse=True))  # 荣誉称号, 称号
_TITLE_HOLDERS = tuple(sorted(cues("metrics.honour_title_holders"), key=len, reverse=True))  # 单位, 乡镇


def _without_honour_title(name: str) -> str:
    """授予浪头镇等12个乡镇优胜乡镇荣誉称号, …等395个单位全国三八红旗集体称号 (honours68) → 优胜乡镇, 全国三八红旗
    集体: those counted are the holders of the honour conferred, and the honour is what tells one count
    from the next (…等599个单位全国巾帼文明岗称号), as 395个全国三八红旗集体 says it; only a noun that opens
    with a holder's word (metrics.honour_title_holders) and ends with the title's (称号) is cut to the
    honour between them, of two characters at least; a noun with no holder's word (71人|先进工作者荣誉称号:
    the count's unit names the holders) is cut to the honour before the title's word the same way."""
    end = next((w for w in _TITLE_ENDS if name.endswith(w)), None)
    if end is None:
        return name
    # (授予郭天彬等71人先进工作者荣誉称号, biaozhang102: people counted in 人, the honour right after the count)
    holder = next((h for h in _TITLE_HOLDERS if name.startswith(h)), "")
    if len(name) - len(holder) - len(end) < 2:
        return name
    return name[len(holder):-len(end)]


def _strip_period(s: str) -> str:
    """A period opening the clause (今年1至4月, “十一五”期间) is the figure's time, not its name; so
    too after a bare division's character standing for the writer's own (市五一假期共接待游客,
    县春节期间…: 我市's, 我县's figure), which is its scope, no part of its name either."""
    found = find_periods(s, 0, len(s))
    if found and found[0][0] == 1 and s[0] in _BARE_SCOPE_CHARS:
        return s[found[0][1]:]
    return s[found[0][1]:] if found and found[0][0] == 0 else s


# 外贸实现出口, 股份制企业共完成增加值: a group, a verb of achieving, the result it achieved
_RESULT_VERB = re.compile(f"^(.{{2,}}?)(?<!{cue_alt('metrics.result_not_after')})"
                          f"(?:{cue_alt('metrics.respectively')}|共计|共)?"
                          f"(?:{cue_alt('metrics.result_verbs')})(?=(?:{cue_alt('metrics.result_objects')})$)")


def _without_result_verb(s: str) -> str:
    """外贸实现出口 → 外贸出口, 县属企业实现利润 → 县属企业利润: the verb that says the group achieved
    its result is no part of what is measured (计划完成产值 keeps its verb: a plan's figure)."""
    m = _RESULT_VERB.match(s)
    return m.group(1) + s[m.end():] if m else s


# a footnote reference inside the words (国有企业营业总收入同比②增长: the note ② below says how the change is
# measured, as 财政部's monthly reports on state-owned enterprises write it): a circled numeral right after
# a Han character is the note's mark, never a word of the indicator (soe57)
_NOTE_MARK = re.compile(f"(?<=[{HAN}])[\u2460-\u2473]")
# a list item's number opening the words (7.绩效目标:…, ①楚布勒达村购置垃圾箱20个; xiangcun90): a circled numeral
# or one or two digits and a dot or 、 before a Han character (a decimal 1.5 has a digit after its dot)
_LEAD_ITEM_NUMBER = re.compile(f"^(?:[\u2460-\u2473]|[0-9０-９]{{1,2}}[．.、])(?=[{HAN}])")
# a bracket that opens with 指 after a name defines it (志愿服务信用时长(指志愿者在We平台上…自动记录的服务时长)超890万
# 小时, civility60): what the name means, no part of it
_DEFINING_GLOSS = re.compile(f"(?<=[{HAN}]{{2}})[（(]指[^（）()]{{2,60}}[）)]")
# (下同) / (不含宁东，下同): a bracketed note that the same holds below
_SAME_BELOW = re.compile(f"[（(](?:[^（）()]{{0,12}}[，,、])?(?:{cue_alt('metrics.same_below_notes', False)})[）)]")
# 中国(广西)自由贸易试验区(以下简称广西自贸试验区)外贸: the short form the text defines, no word of the measure
_SHORT_FORM_ASIDE = re.compile("[（(][“\"]?(?:" + "|".join(map(re.escape, lexicon_words("short_form_define")))
                               + ")[^（）()]{1,24}[）)]")


# a bracketed note with a clause of its own closing the words before a figure (以下如无特别说明，均为…)
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[，,；;][^（）()]*[）)]$")
# 5项审计结果(见附件), 主要指标(详见附表2): a pointer to where the items are listed, no part of the name
_REFERENCE_NOTE = re.compile(f"[（(](?:{cue_alt('metrics.reference_notes')})[^（）()]{{0,4}}[）)]")


def _without_reference(s: str) -> str:
    """The name before a pointer to where its items are listed (审计结果(见附件)予以公告 → 审计结果)."""
    m = _REFERENCE_NOTE.search(s) if "(" in s or "（" in s else None
    return s[:m.start()] if m and m.start() >= 2 else s


# what a project's contents open with (项目主要建设内容包括, 工程主要建设内容为): read as a colon, the works
# listed after it are the indicators (water48)
_CONTENTS_LEAD = re.compile(r"^[^，,。；;：:]{0,8}?内容(?:主要)?(?:包括|为|有|是)[:：]?")
# 现决定征收海沧区国营厦门市第一农场范围内占地面积18832.99㎡: the bounds of the land the measure is taken in
_AREA_INSIDE = re.compile(f"(?:{cue_alt('metrics.area_inside_marks')})的?")
_AREA_NOUN = "面积"
# 西湾村民委员会第一、二、十六村民小组的集体土地共11.8741公顷: the collective owning the land the figure measures
_COLLECTIVE_OWNER = re.compile(f"^[^，,。；;：:]{{0,40}}?(?:{cue_alt('metrics.collective_owner_ends')})"
                               f"(?:{cue_alt('metrics.collective_owner_links')})?的(?=..)")


# a long bracket opening the words before a figure, closed before a name of two characters or more: the
# items of the figure before it, listed (起草、审查政府规章草案2部(《A办法》《B办法》)和地方性法规草案2部),
# no part of the next figure's name, nor is the 和 or 及 that joins the next item to that figure (a short
# bracket, 12 characters or fewer, the note rule in `_clean` takes)
_LISTED_TITLES_BRACKET = re.compile(r"^[（(][^（）()]{13,60}[）)][和及]?(?=[^（）()]{2})")
# 追回医保基金278.99万元(含医疗机构自查自纠163.18万元): 含 opening the bracket of a part of the amount just told says
# it is included, no word of the part's name (含量, 含水率 outside a bracket stay whole: only an opened bracket's)
_BRACKET_PART_LEADS = tuple(cues("metrics.bracket_part_leads"))  # 含
_BRACKET_PART_LEAD = re.compile(f"(?:{cue_alt('metrics.bracket_part_leads')})(?=[^（）()，,；;。]{{2,}}$)")


def _bracket_part_lead(text: str, lo: int, end: int) -> int:
    """How many characters of text[lo:end] say only that the part after them is included in the amount
    before the bracket opened at lo (278.99万元(含医疗机构自查自纠163.18万元) → 含); 0 elsewhere."""
    if lo <= 0 or text[lo - 1] not in "（(" or not text.startswith(_BRACKET_PART_LEADS, lo):
        return 0
    m = _BRACKET_PART_LEAD.match(text[lo:end])
    freq = word_freq()
    if m and any(text[lo:lo + n] in freq for n in (m.end() + 1, m.end() + 2)):
        return 0  # (含水率12%, 含氮量: a word of the dictionary 含 opens is the part's own name)
    return m.end() if m else 0
_LEAD_KEPT = tuple(cues("metrics.lead_strip_kept"))  # 为民: a word the lead strip would cut in two


_FIGURE_JOINERS = tuple(cues("metrics.figure_joiners"))  # 和, 与


def _after_figure_joiner(name: str) -> str:
    """更新科普画廊20多处和村社区科普宣传栏228处: 和 right after another figure of the clause joins
    the two figures, no part of the second one's name; a word the joiner opens stays whole (和美乡村,
    与会人员: the dictionary holds it)."""
    if len(name) > 2 and name.startswith(_FIGURE_JOINERS) and name[:2] not in word_freq():
        return name[1:]
    return name


# 政协十二届三次会议 opening the words before a count (全国政协十二届三次会议提交集体提案400余件): the session
# the items were put to, no part of what is counted; its body is optional (十三届二次会议期间收到提案)
_SESSION_LEAD = re.compile(f"^(?:{cue_alt('metrics.session_bodies')})?[0-9{CHINESE_NUMERALS}]{{1,3}}届"
                           f"[0-9{CHINESE_NUMERALS}]{{1,3}}(?:{cue_alt('metrics.session_meeting')})(?:{cue_alt('metrics.session_times')})?")


def _without_session_lead(s: str) -> str:
    """全国政协十二届三次会议提交集体提案 → 提交集体提案: a session's name opening the words before a
    count says when and where the items were put, as a period would (a name of two characters must stay)."""
    m = _SESSION_LEAD.match(s) if "届" in s else None
    return s[m.end():] if m and len(s) - m.end() >= 2 else s


@lru_cache(maxsize=4096)
def _lead_strip_to_division(s: str) -> str:
    """`s` without its lead words, stopping where a division's full name opens (均村乡共有领导干部 → 均村乡…, not
    村乡… with 均 read as the adverb 'all'; central68): the name is left whole for the subject's strip."""
    out = _lead_strip().sub("", s)
    cut = len(s) - len(out)
    for a in range(cut):  # (a name opening between two lead words: 其中|城镇就业 holds no 中城镇)
        if a and _lead_strip().sub("", s[a:]) != out:
            continue
        if a and s.startswith(_LEAD_KEPT, a):
            return s[a:]  # 全区|并网发电量: a kept word after the lead words (metrics.lead_strip_kept), whole
        if any(a + n > cut and (s[a:a + n] in township_names() or any(d.name == s[a:a + n]
                                                                        for d in table().candidates(s[a:a + n])))
               for n in range(3, 7) if a + n <= len(s)):
            return s[a:]
    return out


# 一、专项工作评议对象（共6个）, 先进集体（计10个）: a bracket opened after the noun, then a word of summing (共,
# 共计, 合计, 累计: metrics.sum_adverbs) right before the figure — the figure is the noun's count; the bracket and
# the adverb are no word of it (was 专项工作评议对象（)
_BRACKET_SUM_OPEN = re.compile(rf"(?<=[{HAN}])[（(](?:{cue_alt('metrics.sum_adverbs')}|计)$")


# biaozhang102 (06-panjin): 各 (each) opening the words before an award's amount (…为优胜单位，各奖励以奖代补资金15万元,
# 授予…称号，各奖励人民币5万元): distributive, the amount is each honoured one's; the award (奖励以奖代补资金) is measured
_EACH_AWARD_LEAD = re.compile(rf"^各(?=(?:{cue_alt('metrics.each_award_verbs')}))")


# a short bracketed note opening the words once a lead before it is gone (经审查后(含上期积存)批准逮捕158件: what
# the count includes, no word of it; jiancha105)
_LEAD_NOTE = re.compile(r"^[（(][^（）()]{0,12}[）)](?=.)")


@lru_cache(maxsize=4096)
def _clean(s: str) -> str:
    """The words of an indicator without bullets, notes, periods and lead or tail affixes
    (remembered: the figures of a sentence ask it of the same words again and again)."""
    # (◎GDP增速: a bullet; 人口 | 5.2万人: a scraped table's cell bar, no part of a name)
    s = s.strip(" \t\n、，,：:;；|｜").lstrip(cue_chars("metrics.bullet_chars")).lstrip(" \t\u3000")
    s = _LEAD_ITEM_NUMBER.sub("", s)  # 3.补助标准, ②…购置垃圾箱: the item's number in a list, no word of the measure
    s = _BRACKET_SUM_OPEN.sub("", s)  # 专项工作评议对象(共6个): the heading's count in brackets, summed (biaozhang102)
    s = _EACH_AWARD_LEAD.sub("", s)  # …为优胜单位，各奖励以奖代补资金15万元: each winner's award, no word 各
    s = s.lstrip(")）").rstrip("(（")  # 地区生产总值(2392.67亿元)同比增长: the figure's brackets
    s = s.lstrip("%％ \u3000")  # 单位:% 全年全县财政总收入: a scraped table's unit, the words after it
    contents = _CONTENTS_LEAD.match(s)
    if contents and len(s) - contents.end() >= 2:
        s = s[contents.end():]  # 主要工程建设内容包括维修干支渠防渗护砌60.91公里: the work listed, as after a colon
    inside = _AREA_INSIDE.search(s) if "内" in s and s.endswith(_AREA_NOUN) else None
    if inside and len(s) - inside.end() >= 2:
        # 决定征收…第一农场范围内占地面积: the land's bounds, no part of the area measured (but 政策范围内住院费用
        # is a kind of cost: only an area drops its bounds)
        s = s[inside.end():]
    owner = _COLLECTIVE_OWNER.match(s) if "的" in s else None
    if owner:
        s = s[owner.end():]  # 十六村民小组的集体土地, 股份合作经济社属下的集体土地: the owner, no part of the measure
    s = _NOTE_MARK.sub("", s)  # 同比②增长: a footnote's mark
    s = _DEFINING_GLOSS.sub("", s) if "指" in s else s  # 时长(指…记录的服务时长): the name's definition
    s = _SAME_BELOW.sub("", s)  # 占同期四川外贸进出口总值的(下同)70.3%: a note on what follows
    s = _SHORT_FORM_ASIDE.sub("", s) if "简称" in s or "下称" in s else s  # …试验区(以下简称广西自贸试验区)外贸
    s = re.sub(r"^[^（）()]{1,12}[）)](?=.)", "", s)  # 市级(不包括市城区,下同)一般公共预算收入: a note's tail
    s = re.sub(r"^[（(][^（）()]{0,12}[）)]", "", s)  # （不含宁东）下降: a note on the subject named before
    s = _LISTED_TITLES_BRACKET.sub("", s)  # 2部(《…办法》《…办法》)和地方性法规草案: the titles the figure before counts
    s = re.sub(r"^[（(](?=[^（）()]*$)", "", s)  # 建设项目27项(省级6项: a bracket opened before the part
    s = TABLE_UNIT_END.sub("", s)  # 地区生产总值（亿元） 2856.3: a table row's unit
    s = _TRAILING_NOTE.sub("", s) or s  # 增长（以下如无特别说明，均为同比名义增长）: how it is measured
    s = _without_reference(s)  # 审计结果(见附件): where the items are listed
    s = _without_total_actor(s)
    s = _RANKED_PARTNER_LEAD.sub("", s)  # waishi88: 成为东盟中首个|与中国贸易额突破千亿美元的国家: the rank, no measure
    for _ in range(4):
        s2 = _STRETCH_OPEN.sub("", _strip_period(s))
        s2 = s2 if s2.startswith(_LEAD_KEPT) else _lead_strip_to_division(s2)  # 为民减负: 为 is part of the word
        if s2 != s and s2[:1] in "（(":  # 经审查后(含上期积存)批准逮捕: the note after a lead stripped (jiancha105)
            s2 = _LEAD_NOTE.sub("", s2)
        s2 = _without_session_lead(s2)  # 全国|政协十二届三次会议|提交集体提案
        s2 = _without_after_condition(s2)  # 项目投产后|预计年产值: then the lead after it goes too
        s2 = _TAIL_STRIP.sub("", s2).strip(" 、，,：:;；")
        span = _SPAN_TAIL.search(s2)
        if span and span.start() >= 2:
            s2 = s2[:span.start()]  # 全社会固定资产投资五年累计完成406.5亿元: the years the sum is over
        if s2 == s:
            break
        s = s2
    s = _without_span_lead(s)
    s = _without_part_subject(s)
    conv = next((w for w in cues("metrics.conversion_verbs") if s.endswith(w) and len(s) > len(w) + 1), None)
    s = s[:-len(conv)] if conv else s  # 人均生产总值约合20533美元: the same amount converted, not a name
    s = _MEASURE_BRACKETED.sub("", s)  # 地区生产总值比上年增长(按可比口径计算)2.3%: the note, brackets and all
    s = _MEASURE_INSIDE.sub("", s) if len(s) > 6 else s  # 地区生产总值按可比价格计算增长 → …增长
    lead = _MEASURE_LEAD.match(s) or _ADJUSTED_LEAD.match(s)
    if lead and lead.end() < len(s) and _GROWTH.match(s[lead.end():]):
        s = s[lead.end():]  # …400.61亿元，按可比价计算同比增长6.1%: the change, measured so
    s = _CONTRAST_ADVERB.sub("", s) if len(s) > 4 else s  # 中央企业实现利润则同比增长: 实现利润同比增长 (力争增长: a plan's word)
    return _without_penalty_lead(_without_result_verb(_without_former_level(_without_from_period(s.strip(" 、，,：:")))))


_PENALTY_NOUNS = tuple(cues("metrics.penalty_nouns"))  # 罚没款, 罚款, 没收
_PENALTY_LEADS = tuple(sorted(cues("metrics.penalty_leads"), key=len, reverse=True))  # 给予当事人, 作出, 处以


def _without_penalty_lead(s: str) -> str:
    """某区市场监管局依法对当事人作出|罚款 (5万元), 决定给予当事人|罚款, 给予当事人|没收涉案加油机 (6台): a
    penalty noun right after the words deciding it (给予, 作出, 处以) is the measure; who decided and who
    is penalised go. A penalty noun with no such word right before it keeps its words (违法所得, 罚没款合计)."""
    for noun in _PENALTY_NOUNS:
        k = s.find(noun, 2)
        if k > 0 and s.endswith(_PENALTY_LEADS, 0, k):
            return s[k:]
    return s


# 成为东盟中首个|与中国贸易额…, 第三个|与中国双边贸易…: a rank among those who reach a figure with a partner (与)
# opening the words before the figure: the measure is the trade with the partner after it
_RANKED_PARTNER_LEAD = re.compile(rf"^[^，,。；;]{{0,10}}?(?:{cue_alt('metrics.ranked_firsts')}|第[{CHINESE_NUMERALS}0-9]{{1,3}}个)(?=与[{HAN}]{{2}})")


# the doer before 共 and a verb of doing (驿站今年共举办交流会): 2–8 characters, none the 共 of a word (公共, 总共)
_TOTAL_ACTOR = re.compile(rf"^[{HAN}]{{2,8}}?(?<![公总一])共(?=(?:{cue_alt('metrics.total_actor_verbs')}))")


def _without_total_actor(s: str) -> str:
    """驿站共举办交流会50多场, 驿站今年共举办招聘会12场 (talent58: a county's talent station, read as the
    indicator 驿站共举办交流会): the words before 共 and a verb of doing name who did it and when, no part
    of what is counted — the lead strip then drops the verb, as it does after a scope (全县共举办招聘会)."""
    m = _TOTAL_ACTOR.match(s) if "共" in s else None
    verb = next((v for v in _TOTAL_ACTOR_VERBS if s.startswith(v, m.end())), "") if m else ""
    if not m and _CUMULATIVE in s:
        m = _CUMULATIVE_ACTOR.match(s)  # 此次行动|累计发现隐患 (8项): the doer goes, 累计 stays the measure's
        verb = next((v for v in _TOTAL_ACTOR_VERBS if s.startswith(v, m.end() + len(_CUMULATIVE))), "") if m else ""
        verb = _CUMULATIVE + verb if verb else ""
    return s[m.end():] if m and len(s) - m.end() > len(verb) else s  # (案件共破获: no object, kept whole)


_TOTAL_ACTOR_VERBS = tuple(sorted(cues("metrics.total_actor_verbs"), key=len, reverse=True))
_CUMULATIVE = "累计"
# shichang97: a doer pointed back to (此次, 本次, 该) before 累计 and a verb of doing (此次行动累计发现隐患8项): as
# before 共, but 累计 is kept, as at a clause's start (累计发现隐患30处); a doer named (各农商银行) stays
_CUMULATIVE_ACTOR = re.compile(rf"^(?:{cue_alt('metrics.cumulative_doer_openers')})[{HAN}]{{1,6}}?"
                               rf"(?={_CUMULATIVE}(?:{cue_alt('metrics.total_actor_verbs')}))")


# an adverb of contrast or addition between a measure and its change (工业增加值也同比增长, 实现利润则
# 同比增长, 出口额仍比上年下降): how the clause relates to the one before, no part of the change's name
# (年均增长 keeps 均: not one of these)
# 新建项目一季度开工, 规上工业企业上半年营业收入: a quarter or half-year between two words of the measure, the figure's
# time (read as its period), no word of it; never after 比 or before 末 (比一季度回落, 一季度末存款余额: kept)
_INNER_STRETCH = re.compile(f"(?<=[{HAN}]{{2}})(?<![{cue_chars('metrics.inner_stretch_before_chars')}])"
                            f"(?:{cue_alt('metrics.inner_stretches')})"
                            f"(?![{cue_chars('metrics.inner_stretch_after_chars')}])(?=[{HAN}]{{2}})")


def _without_inner_stretch(indicator: str, period: str | None, period_text: str | None) -> str:
    """确保新建项目一季度开工达到35% (2020): the quarter written inside the measure's words is the figure's
    time, read as its period — no word of the indicator once it is (新建项目开工).  Kept when the period
    was read elsewhere or not resolved (计划二季度完成…活动20场 with no year: the words keep the time)."""
    m = _INNER_STRETCH.search(indicator) if period and period_text and len(indicator) > 6 else None
    if m is None or m.group(0) not in period_text:
        return indicator
    return indicator[:m.start()] + indicator[m.end():]


# 河长共计巡河, 企业累计实现营业收入: a tallying adverb between the doers and the deed (metrics.inner_tallies)
_INNER_TALLY = re.compile(f"(?<=[{HAN}]{{2}})(?:{cue_alt('metrics.inner_tallies')})"
                          f"(?![{cue_chars('metrics.inner_tally_after_chars')}])(?=[{HAN}]{{2}})")


_INNER_TALLY_KEEP = tuple(cues("metrics.inner_tally_keep"))


def _without_inner_tally(indicator: str) -> str:
    """全县各级河长共计巡河17400次 → 河长巡河: the adverb saying the figure is a sum (共计, 累计) written inside the
    indicator, between who acted and what they did, is how it was counted, no word of what is measured
    (as it is none when it opens the clause).  累计增长, 累计值 keep it (metrics.inner_tally_after_chars)."""
    m = _INNER_TALLY.search(indicator)
    if m is None:
        return _without_bare_tally(indicator)
    if any(w in indicator for w in _INNER_TALLY_KEEP):
        return indicator  # (共有产权住房: co-owned housing, a noun, no tally)
    return indicator[:m.start()] + indicator[m.end():]


_BARE_TALLIES = cue_chars("metrics.inner_tally_chars")
_BARE_TALLY_WORD = 50  # a bigram at least this frequent with either neighbour makes the character a word's (公共, 共享)


def _without_bare_tally(indicator: str) -> str:
    """区政府法律顾问共审查重大行政决策1件, 全区人民调解组织共调解矛盾纠纷2991件 → the doers and the deed without
    the one-character adverb 共 between them (法律顾问审查重大行政决策), as 共计 is dropped: two characters at
    least on each side, and only where it makes no word with either neighbour (公共服务, 中共党员, 共享单车,
    共建单位, 共同富裕 keep it)."""
    freq = word_freq()
    for k in range(2, len(indicator) - 1):
        if indicator[k] in _BARE_TALLIES and freq.get(indicator[k - 1:k + 1], 0) < _BARE_TALLY_WORD \
                and freq.get(indicator[k:k + 2], 0) < _BARE_TALLY_WORD:
            return indicator[:k] + indicator[k + 1:]
    return indicator


_CONTRAST_ADVERB = re.compile(f"(?<=[{HAN}]{{2}})(?:{cue_alt('metrics.contrast_adverbs')}|{cue_alt('metrics.plan_adverbs')})"
                              f"(?=(?:{cue_alt('metrics.change_basis')}|{cue_alt('metrics.change_verbs')}))")


# 由原来的几亩地 closing the words before a figure: the earlier state a change starts from (agri44)
_FORMER_LEVEL = re.compile(f"(?:{cue_alt('metrics.change_from', False)})(?:{cue_alt('metrics.former_words', False)})"
                           f"的[^，,。；;]{{0,6}}$")


# 已由原来的 alone after a comma: a clause naming only the earlier state of a change, no measure (hotline50)
_FORMER_CLAUSE = re.compile(f"[^，,。；;：:、]{{0,2}}(?:{cue_alt('metrics.change_from', False)})"
                            f"(?:{cue_alt('metrics.former_words', False)})的")


# 由2018年的 alone after a comma (行政机关诉前整改率逐年提升，由2018年的97.2%上升至2021年的99.8%, procur59): a
# clause naming only the year a change starts from, no measure — the measure is the clause before, as
# after 已由原来的
_FORMER_YEAR_CLAUSE = re.compile(f"[^，,。；;：:、]{{0,2}}(?:{cue_alt('metrics.change_from', False)})"
                                 r"(?:19|20)[0-9]{2}年(?:底|末)?的")


def _without_former_level(s: str) -> str:
    """下龙头村的中药材种植规模由原来的几亩地扩大到现在的70余亩: the state a change starts from, written
    as a word and closing the words before the figure (由原来的几亩地), is no part of the measure
    (中药材种植规模), as a time a change starts from is not (`_without_from_period`)."""
    m = _FORMER_LEVEL.search(s)
    return s[:m.start()] if m and m.start() >= 2 else s


FROM_PERIOD_REACH = 12  # characters at the end of an indicator a time a change starts from is looked for in


def _without_from_period(s: str) -> str:
    """产业结构构成由上年的22.26%…调整为21.35%…, 贫困发生率从上年的3.5%下降到1.2%: the time a change starts
    from (由上年的, 从去年的), closing the words before the figure, is the figure's period (the periods
    stage reads it), no part of what is measured."""
    t = s[:-1] if s.endswith("的") else s
    found = find_periods(t, max(0, len(t) - FROM_PERIOD_REACH), len(t))
    if not found or found[-1][1] != len(t):
        return s
    a = found[-1][0]
    marks = cue_chars("metrics.from_marks")
    a = a if t[a] in marks else a - 1 if a > 0 and t[a - 1] in marks else -1
    return t[:a] if a >= 2 else s


# 6年时间减少, 用5年时间新增: the stretch a change was made over, opening the clause before its verb
_SPAN_LEAD = re.compile(f"^(?:{cue_alt('metrics.span_lead_adverbs')})?(?:用|经过|历时)?"
                        f"(?:(?:[{cue_chars('periods.numeral_chars')}0-9]{{1,3}}|{cue_alt('metrics.span_half')})"
                        f"(?:{cue_alt('metrics.span_units')}|天))?(?:{cue_alt('metrics.span_nouns')})"
                        f"(?:{cue_alt('metrics.span_after_adverbs')})?")


_LEAD_WORDS = tuple(r["word"] for r in _AFFIXES if r["position"] == "lead" and len(r["word"]) > 1)


def _without_span_lead(s: str) -> str:
    """贫困人口…，6年时间减少8000多万人: 时间 (with its span) opening the clause says over how long
    the change was made, no part of what changed; it goes only before a change verb or a verb of
    doing (新增, 完成), so a noun beginning with 时间 (时间跨度, 时间节点) stays whole."""
    m = _SPAN_LEAD.match(s)
    if not m or m.end() >= len(s):
        return s
    rest = s[m.end():]
    if _GROWTH.match(rest) or rest.startswith(cues("metrics.change_verbs")) or rest.startswith(_LEAD_WORDS):
        return rest
    return s


# 项目投产后年产值, 3年后年产值 (3年 read as the time): a stage (or a stretch) then 后, before the measure
_AFTER_CONDITION = re.compile(f"^(?:[^，,。；;0-9]{{0,6}}?(?:{cue_alt('metrics.after_condition_verbs')}))?后(?=[{HAN}]{{2}})")


def _without_after_condition(s: str) -> str:
    """项目投产后年产值预计达到3亿元, 3年后年产值预计可达近百万元: the stage the figure waits for (a project
    built, in production) and 后 say when the figure will hold, no word of what is measured (年产值).
    A noun of its own opening with 后 (后备干部, 后续资金) stays: the stage's verb is needed then, or 后年."""
    m = _AFTER_CONDITION.match(s)
    if not m or m.end() == 1 and not s.startswith(_AFTER_YEAR):
        return s
    return s[m.end():]


_AFTER_YEAR = "后年"  # (后 left of 3年后: the figure is a year's, 年产值)


# 一些医院共接诊患者, 十批次共计下达资金: some of the doers (or the batches) and the adverb that sums
# over them, opening the clause before the measure (bounded: up to eight characters of doers)
_PART_SUBJECT = re.compile(f"^(?:(?:{cue_alt('metrics.part_subject_leads')})[^，,。；;0-9]{{0,8}}?"
                           f"|[{cue_chars('periods.numeral_chars')}0-9]{{1,3}}(?:{cue_alt('metrics.batch_units')})"
                           f"|[^，,。；;0-9]{{2,24}}?的[{HAN}]{{1,4}}?)"  # …基础设施落后的群众|共|投入资金
                           f"(?:{cue_alt('metrics.sum_adverbs')})")


def _without_part_subject(s: str) -> str:
    """一些医院共接诊患者1.2万人次, 十批次共计下达资金3.2亿元: a clause opened by some of its doers
    (一些医院, 部分企业), by the batches it sums over (十批次) or by doers a relative clause describes
    (对…交通不便、基础设施落后的群众共投入资金1676.59万元), then 共/共计/累计, measures what follows
    the adverb (接诊患者, 下达资金, 投入资金); the doers are no part of the indicator."""
    m = _PART_SUBJECT.match(s)
    return s[m.end():] if m and len(s) - m.end() >= 2 else s


# an event's stretch opening the words before a figure, then the scope the clause is about (活动期间全省将
# 举办…, 假期期间全市将开展…): the time of the figure, no part of its name (sports48); without a scope after
# it the stretch may be what is compared (高出“九五”期间增幅) and stays
_STRETCH_OPEN = re.compile(f"^[{HAN}]{{1,6}}?(?:{cue_alt('metrics.stretch_open_ends')})"
                           f"(?=(?:{'|'.join(re.escape(w) for w in sorted(_SCOPES, key=len, reverse=True) if _SCOPES[w] != 'compare')}))")
# a count of years closing an indicator (投资五年累计, 利用外资三年间): the stretch summed over
_SPAN_TAIL = re.compile(f"[{cue_chars('periods.numeral_chars')}0-9]{{1,2}}(?:{cue_alt('metrics.span_units')})"
                        f"(?:来|间|以来)?$")
_YEAR_CHAR, _YEAR_TAILS = "年", ("度",)  # 2024年度: a year written with 度


def _year_word_end(text: str, b: int, stop: int) -> int:
    """The end of a time ending in 年 with its 度 (2024年度中央财政高标准农田建设项目): that
    character belongs to the year, it would open the name after it."""
    if text.endswith(_YEAR_CHAR, 0, b) and text.startswith(_YEAR_TAILS, b) and b + 1 < stop:
        return b + 1
    return b
# how a change is measured, between the level and its verb: no part of what is measured
# (never from inside a longer measure opening the words: 按|可比价计算增长 is the lead 按可比价计算)
_MEASURE_INSIDE = re.compile(f"(?<=[^{cue_chars('metrics.change_measure_open_chars')}])(?:{cue_alt('metrics.change_measures')})(?=.)")
_MEASURE_LEAD = re.compile(f"(?:{cue_alt('metrics.change_measures')})")
# a change measure set in brackets before its figure ((按可比口径计算), （按可比价格计算）): the whole note goes
_MEASURE_BRACKETED = re.compile(f"[（(](?:{cue_alt('metrics.change_measures')})[^（）()]{{0,4}}[）)]")
# 还原留抵退税口径后增长3.4%, 剔除价格因素后增长: a change restated on an adjusted basis
_ADJUSTED_LEAD = re.compile(f"(?:{cue_alt('metrics.adjust_opens')})[^，,。；;：:]{{1,10}}?"
                            f"(?:{cue_alt('metrics.adjust_closes')})")


_ROW_REACH = 200  # characters from a table row's line start to its first figure, at most
_ROW_MEMO: list = [None, {}]  # the text last asked of (compared by identity), (id(pattern), line start) → its match


def _row_at(pattern: re.Pattern, text: str, ls: int) -> re.Match | None:
    """`pattern.match(text, ls)` for a table row's pattern (`TABLE_ROW`, `HEADER_UNIT_ROW`), matched
    once per line start of the text: every figure of a line asks of the same line start (the figure
    rules `_first_column_time`, `_row_caption`, `_table_row_label`, `_table_column`), and each ask ran
    the row's regex afresh.  The match depends on the text and the start only."""
    if _ROW_MEMO[0] is not text:
        _ROW_MEMO[:] = [text, {}]
    memo = _ROW_MEMO[1]
    key = (id(pattern), ls)  # (a compiled pattern's own hash reads all its code: its id instead)
    if key not in memo:
        memo[key] = pattern.match(text, ls)
    return memo[key]


def _table_column(text: str, q: Quantity, prev: Quantity | None) -> str | None:
    """地区生产总值（亿） 2856.3 5.2% under a header line 指标 绝对值 增速: a percentage in a later
    column of a table row (only white space after the row's figure) measures the row's label by
    the header's name of its column (地区生产总值增速); None without such a header."""
    stacked = _stacked_column(text, q)
    if stacked:
        return stacked  # (a table set one cell a line: 1545.21⏎25.5, each line a block of its own)
    if prev is None or not text[prev.end:q.start] or text[prev.end:q.start].strip(" \t\u3000") not in ("", "|", "｜"):
        return None  # (white space, or one cell bar of a scraped table, between the row's figures)
    # (the row's line start, looked for only as far back as a row can reach: a label of at most
    # 24 characters, its unit, the white space between; a text of one long line is no table,
    # and an unbounded look back per figure was quadratic on it)
    ls = text.rfind("\n", max(0, prev.start - _ROW_REACH), q.start) + 1 or max(0, prev.start - _ROW_REACH)
    row = _row_at(TABLE_ROW, text, ls)
    if prev.form == CUMULATIVE:  # (… | 144004010 | 14.36 under 比上年同期 ±%: the row's change so far this year)
        row = _cumulative_row(text, prev)
        if row is None:
            return None
    elif row is None or row.start("num") != prev.number_start:
        row = _header_unit_row(text, ls, prev) or _child_unit_row(text, ls, prev)
        if row is None:
            return None
    head = column_header(text, ls, len(table_cells(text[ls:q.start])))
    if head is None and q.unit in cues("metrics.points_unit") and prev.unit in _PERCENT_UNITS:
        return _row_label(row.group("label"))  # 亏损面(%) | 24.61 | 1.54个百分点: the row's rate moved so
    if head is None:
        return None
    # (增长% or 比上年增长(%): the mark says the column holds percentages, it is no part of the name;
    # 比上年 同月%: a header cell wrapped at a space)
    name = _SPACED_HAN.sub("", PERCENT_HEADER_MARK.sub("", head))
    return _under_parent(text, row, _row_label(row.group("label"))) + name if name else None


def _cumulative_row(text: str, q: Quantity) -> re.Match | None:
    """The table row on the line of `q`, a cell under a cumulative column (form `CUMULATIVE`, read by the
    numbers stage after the row's first figure on the same line), else None."""
    if q.form != CUMULATIVE or q.unit in _PERCENT_UNITS:
        return None
    ls = text.rfind("\n", max(0, q.start - _ROW_REACH), q.start) + 1
    row = _row_at(TABLE_ROW, text, ls)
    if row is None:
        child = CHILD_ROW.match(text, ls)  # (台湾同胞 | 205147 under 一、接待过夜游客(人次): its parent's part)
        row = child if child is not None and parent_row_unit(text, ls) else _row_at(HEADER_UNIT_ROW, text, ls)
    return row if row is not None and row.end("num") <= q.start else None


def _first_column_time(text: str, q: Quantity) -> tuple[str, str] | None:
    """(ISO period, its words) of a table row's first figure `q` (a row on one line: `TABLE_ROW`,
    `HEADER_UNIT_ROW`) whose column the header names by a year or a time with its year (项目 | 2000 |
    2005, 地区 | 2023年 | 2022年); None otherwise — the row's later cells are no figures read here."""
    ls = text.rfind("\n", max(0, q.start - _ROW_REACH), q.start) + 1
    row = _row_at(TABLE_ROW, text, ls) or _row_at(HEADER_UNIT_ROW, text, ls)
    if row is None or row.start("num") != q.number_start or "\n" in text[ls:q.start]:
        return None
    head = column_header(text, ls, len(table_cells(text[ls:q.start])))
    if head is None:
        return None
    if _YEAR_COLUMN.fullmatch(head):
        return head[:4], head
    dated = _dated_column(head)
    return (dated, head) if dated else None


def _cumulative_label(text: str, q: Quantity) -> str | None:
    """The indicator of a cell under a cumulative column (form `CUMULATIVE`, no percentage): its row's
    label, the row on one line (`_cumulative_row`) or set one cell a line (`stacked_column`); else None."""
    row = _cumulative_row(text, q)
    if row is not None:
        return _under_parent(text, row, _row_label(row.group("label")))
    found = stacked_column(text, q.start) if q.form == CUMULATIVE and q.unit not in _PERCENT_UNITS else None
    label = _row_label(found[0]) if found else ""
    return label if len(label) >= 2 else None


TABLE_MONTH_LOOKBACK = 400  # lines above a table row walked for the month its table is of, at most
_MONTH_MEMO: list = [None, {}]  # the text last asked of (compared by identity), line start → its table's month


def _table_month(text: str, ls: int) -> tuple[str, str] | None:
    """(YYYY-MM, its words) of the month the table holding the row at `ls` is of: the first line above
    that states a time with its year (2004年2月旅游接待人数 over the header), walking up over the table's
    short lines; None at a line of prose, a line stating no month (2017年), or past
    `TABLE_MONTH_LOOKBACK` lines.  Each line walked keeps its answer, so the rows of a long table
    share one walk (linear in the text)."""
    if _MONTH_MEMO[0] is not text:
        _MONTH_MEMO[:] = [text, {}]
    memo = _MONTH_MEMO[1]
    seen, found, end = [], None, ls - 1
    for _ in range(TABLE_MONTH_LOOKBACK):
        if end < 0:
            break
        start = text.rfind("\n", max(0, end - _ROW_REACH), end) + 1
        if start in memo:
            found = memo[start]
            break
        seen.append(start)
        line = text[start:end].strip(" \t\u3000\r|｜")
        stated = [w for _a, _b, w in find_periods(line) if explicit_year(w) is not None]
        if stated:
            found = _stated_month(stated)
            break
        if end - start >= _ROW_REACH or _TABLE_PROSE_LINE.search(ROW_ENUMERATOR.sub("", line)) or start == 0:
            break
        end = start - 1
    for a in seen:
        memo[a] = found
    return found


_TABLE_PROSE_LINE = re.compile("[，,。；;！？!?]")


def _stated_month(stated: list[str]) -> tuple[str, str] | None:
    """(YYYY-MM, words) of the one time stated (2017年8月; 2017年1-8月 ends in August), else None."""
    iso = resolve(stated[0], None) if len(stated) == 1 else None
    month = iso.split("/")[-1] if iso else ""
    return (month, stated[0]) if len(month) == 7 else None


def _cumulative_period(view: _ArticleView, q: Quantity) -> tuple[str, str] | None:
    """(ISO period, its words) of a cell under a cumulative column (本月止累计, 1-本月累计: form
    `CUMULATIVE`), or of the month's own columns beside it (本 月, 比上年同月: form `MONTHLY`, the month
    alone): the year from January to the table's month — the one month with its year stated in
    the lines above the table (2004年2月旅游接待人数) or else in the article's title (全省旅游住宿设施接待
    过夜游客情况（2017年8月）): 2017-01/2017-08.  None when no such month is told: the sum's stretch is then
    unknown, and the figure is left out (it would pass for the month's own)."""
    ls = view.text.rfind("\n", max(0, q.start - _ROW_REACH), q.start) + 1
    found = _table_month(view.text, ls)
    if found is None and view.art.title:
        found = _stated_month([w for _a, _b, w in find_periods(view.art.title) if explicit_year(w) is not None])
    if found is None:
        return None
    month, words = found
    if q.form == MONTHLY or month.endswith("-01"):
        return month, words
    return f"{month[:4]}-01/{month}", words


def _stacked_column(text: str, q: Quantity) -> str | None:
    """社会消费品零售总额(亿元)⏎1545.21⏎25.5 under 指标⏎本月⏎比去年同月增长(%): a percentage cell of a
    table set one cell a line measures the row's label by its column's name in the header set one
    cell a line above the table (社会消费品零售总额比去年同月增长); None without such a header."""
    found = stacked_column(text, q.start)
    if found is None:
        return None
    name = PERCENT_HEADER_MARK.sub("", found[1])
    return _row_label(found[0]) + name if name else None


# 工业经济总量成为全区第四个突破2000亿元: the place's rank among those passing the mark, after 成为
_RANK_AMONG = re.compile(f"(?<=[{HAN}]{{2}})(?:{cue_alt('metrics.rank_among_verbs')})[{HAN}]{{0,8}}?"
                         f"(?:第[0-9{CHINESE_NUMERALS}两]{{1,3}}|{cue_alt('metrics.rank_among_firsts')})个$")


def _without_rank_among(indicator: str) -> str:
    """工业经济总量成为全区第四个突破2000亿元 → 工业经济总量: who else has passed the mark before it
    (成为全区第四个, 成为全省首个) is a rank claim, no word of what is measured."""
    m = _RANK_AMONG.search(indicator)
    return indicator[:m.start()] if m and m.start() >= 2 else indicator


def _without_respectively(indicator: str) -> str:
    """增速分别高于全国、全省1.2个、0.5个百分点 → 增速高于全国: 分别 pairs the figures with the
    items of a list, it names nothing measured (the figures of a sentence still read it while they
    are paired: only the stated indicator goes without it)."""
    bare = indicator.replace(_RESPECTIVELY, "")
    return bare if len(bare) >= 2 else indicator


def _cell_line_break(text: str, i: int) -> int:
    """The line break before a figure that opens its line after white space only (a table set one
    cell a line: 地区生产总值（亿元）⏎128.6), or -1."""
    nl = text.rfind("\n", max(0, i - 4), i)
    return nl if nl > 0 and not text[nl + 1:i].strip(" \t\u3000\r") else -1


def _row_label(label: str) -> str:
    """A table row's label as an indicator: without its enumerator or 其中: (一、接待过夜游客(人次),
    1.入境游客, (1)粮食, 其中:台湾同胞), the row's place in the table's outline, and cleaned as an
    indicator is (`_clean`)."""
    label = _SPACED_HAN.sub("", ROW_ENUMERATOR.sub("", label.strip(" \t\u3000|｜")))
    return _clean(label)  # (外 国 人, 香 港: a table spaces a short label's characters out)


_SPACED_HAN = re.compile(f"(?<=[{HAN}])[ \u3000](?=[{HAN}])")


_YEAR_COLUMN = re.compile(r"(?:19|20)[0-9]{2}年?")
_INDEX_TABLE_RULE = "metrics.index-table"
_INDEX_BASE_PHRASE = re.compile(r"[^，,（(）)]*?(?:为|[=＝])100[）)]?")  # 以上月价格为100, (上年同月=100)


def _index_column_name(name: str, column: str) -> str:
    """居民消费价格指数 under 同比 → 居民消费价格指数（同比）: an index table's column says how the
    level compares (环比, 上年同月=100) or where (城市, 农村), and so is part of what is measured; a
    year column (2022) or a time with its year (2020年11月, a by-place table's) says when, the figure's
    period (`_index_period`), no part of the name."""
    return name if _YEAR_COLUMN.fullmatch(column) or _dated_column(column) else f"{name}（{column}）"


def _dated_column(column: str) -> str | None:
    """The ISO period of a table column that is wholly one time stating its year (2020年11月, 2023年1-9月,
    2023年一季度), else None."""
    stated = find_periods(column)
    if len(stated) != 1 or stated[0][:2] != (0, len(column)) or explicit_year(column) is None:
        return None
    return resolve(column, None)


def _index_period(ref: str | None, column: str, caption: str) -> tuple[str | None, str | None]:
    """(ISO period, its words) of an index table's cell: its column's year (2022), else the one
    period with its year that the table's caption states (居民消费价格指数(2017年), 龙岗区2010年4月…)
    when the column states no time of its own and sums nothing (1-8月同比, 至本月平均, 累计比: a
    stretch the caption's month does not say); else none — a bureau's table says its time once,
    above it, and a guess from the text around would be another table's."""
    if _YEAR_COLUMN.fullmatch(column):
        return column[:4], column
    dated = _dated_column(column)
    if dated:
        return dated, column
    rest = _INDEX_BASE_PHRASE.sub("", column)  # 以上年同期价格为100，本月: its base is no time of it
    for w in cues("metrics.index_month_columns"):
        rest = rest.replace(w, "")
    if find_periods(rest) or any(w in rest for w in cues("metrics.index_span_columns")):
        return None, None
    stated = find_periods(caption) if caption else []
    if len(stated) != 1 or explicit_year(stated[0][2]) is None:
        return None, None
    iso = resolve(stated[0][2], ref)
    return (iso, stated[0][2]) if iso else (None, None)


def _table_row_label(text: str, q: Quantity) -> str | None:
    """地区生产总值（亿元） | 2856.3 | or 地区生产总值（亿元） |⏎285.6 |: a table scraped with cell bars
    gives a row's first figure the row's label (without its unit), which may stand on the line
    above — no prose clause to read it from; so does a table set one cell a line, its figure alone
    under its label (地区生产总值（亿元）⏎285.6), and a table with a unit column (地区生产总值 亿元 128.6,
    or 地区生产总值⏎亿元⏎128.6).  None for figures of prose and of rows with the unit in brackets and
    no bars (those read their label from the clause, as before)."""
    spaced = False
    bar = text.rfind("|", max(0, q.number_start - 4), q.number_start)
    bar = max(bar, text.rfind("｜", max(0, q.number_start - 4), q.number_start))
    if bar < 0 or text[bar + 1:q.number_start].strip(" \t\u3000\r\n"):
        bar = _cell_line_break(text, q.number_start)
        if bar < 0 and q.number_start > 0 and text[q.number_start - 1] in " \t\u3000":
            bar, spaced = q.number_start - 1, True  # (a unit column's row: 地区生产总值 亿元 128.6)
        if bar < 0:
            return None
    ls = text.rfind("\n", max(0, bar - _ROW_REACH), bar) + 1
    row = _row_at(TABLE_ROW, text, ls)
    if row is None and ls > 1:  # (one cell a line, a unit cell between: 地区生产总值⏎亿元⏎128.6)
        row = _row_at(TABLE_ROW, text, text.rfind("\n", max(0, ls - 1 - _ROW_REACH), ls - 1) + 1)
    if row is None or row.start("num") != q.number_start:
        row = _header_unit_row(text, ls, q) or _stacked_unit_row(text, ls, q, spaced) or _child_unit_row(text, ls, q)
        if row is None:
            return None
    elif spaced and not row.group("unit_cell"):
        return None  # (rows with their unit in brackets and no bars read their label as before)
    label = _row_label(row.group("label"))
    return _under_parent(text, row, label) if len(label) >= 2 else None


def _under_parent(text: str, row: re.Match, label: str) -> str:
    """台湾同胞 | 205147 under 一、接待过夜游客(人次) → 接待过夜游客（台湾同胞）: a unit-less child row of
    an outline table measures its parent's indicator for its own part (the same 台湾同胞 row under
    二、人均停留天数(天/人) is another figure); so does a part in a 其中 run of a table whose header names
    the unit (`_subtotal_of`); any other row is named by its own label."""
    if row.re is HEADER_UNIT_ROW:
        total = _subtotal_of(text, row.start())
        return f"{total}（{label}）" if total and total != label else label
    if row.re is not CHILD_ROW:
        return label
    parent = parent_row(text, row.start())
    return f"{_row_label(parent.group('label'))}（{label}）" if parent is not None else label


SUBTOTAL_REACH = 24  # rows of a table above a row walked for the 其中 run it is in and the total over it
SUBTOTAL_SLACK = 0.005  # parts summing to their total within this share of it (rounded cells)


def _table_row(text: str, start: int) -> tuple[str, float, bool] | None:
    """(label, first figure, opens with 其中) of the `HEADER_UNIT_ROW` row at `start`, or None."""
    m = HEADER_UNIT_ROW.match(text, start)
    if m is None or "\n" in text[start:m.start("num")]:
        return None
    try:
        value = float(m.group("num").replace(",", ""))
    except ValueError:
        return None
    label = m.group("label").strip(" \t\u3000|｜")
    return label, value, label.startswith(_PART_OPENERS)


def _rows_around(text: str, ls: int) -> tuple[list[tuple[str, float, bool]], int]:
    """The `HEADER_UNIT_ROW` rows of one table from at most `SUBTOTAL_REACH` rows above the row at `ls`
    to as many below it, top first, and the index of the row at `ls` ([] when it is no such row)."""
    above, start = [], ls
    for _ in range(SUBTOTAL_REACH):
        row = _table_row(text, start)
        if row is None:
            break
        above.append(row)
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    if not above:
        return [], -1
    below, start = [], text.find("\n", ls) + 1
    for _ in range(SUBTOTAL_REACH):
        row = _table_row(text, start) if start > 0 else None
        if row is None:
            break
        below.append(row)
        start = text.find("\n", start) + 1
    return above[::-1] + below, len(above) - 1


_PART_OPENERS = ("其中:", "其中：")


def _subtotal_of(text: str, ls: int) -> str | None:
    """表1 户籍人口数: 全县户籍总人口 | 832955 ⏎ 其中:城镇 | 217319 ⏎ 乡村 | 615636 ⏎ 其中:男性 | 441724 ⏎
    女性 | 391231: a row opening with 其中: and the rows after it whose figures add up to the total
    above (the nearest row that is no part) are that total's parts, each measured by the total's
    label (户籍总人口（乡村）); without the sum only the 其中 row is a part, and the row after it may
    be a new total (其中:税收收入 ⏎ 一般公共预算支出).  The label of the row's total, or None."""
    rows, at = _rows_around(text, ls)
    if at < 1 or not any(r[2] for r in rows[1:at + 1]):
        return None
    parent: list[int | None] = [None] * len(rows)
    i = 1
    while i < len(rows):
        if not rows[i][2]:
            i += 1
            continue
        t = max(k for k in range(i) if parent[k] is None)
        total, acc, j = rows[t][1], 0.0, i
        while j < len(rows) and (j == i or not rows[j][2]) and acc + rows[j][1] <= total * (1 + SUBTOTAL_SLACK):
            acc += rows[j][1]
            j += 1
        if j > i + 1 and abs(acc - total) <= total * SUBTOTAL_SLACK:
            parent[i:j] = [t] * (j - i)
        else:
            parent[i], j = t, i + 1
        i = j
    t = parent[at]
    return _row_label(rows[t][0]) if t is not None else None


def _stacked_unit_row(text: str, ls: int, q: Quantity, spaced: bool) -> re.Match | None:
    """The row at `ls` of a table set one cell a line whose header names the unit (地区生产总值⏎
    19349.31 under 总量⏎(亿元)) when `q`, a bare figure, is its first figure, else None."""
    row = None if spaced else STACKED_ROW.match(text, ls)
    if row is None or row.start("num") != q.number_start or q.surface != row.group("num"):
        return None
    return row


def _child_unit_row(text: str, ls: int, q: Quantity) -> re.Match | None:
    """The row at `ls` when `q` is its first figure and its unit is its parent row's (1、国际游客 |
    1388649 | under 一、接待过夜游客(人次): `parent_row_unit`), else None."""
    row = CHILD_ROW.match(text, ls)
    if row is None or row.start("num") != q.number_start or parent_row_unit(text, ls) is None:
        return None
    return row


def _header_unit_row(text: str, ls: int, q: Quantity) -> re.Match | None:
    """The row at `ls` when `q` is its first figure and the header names the figure's unit
    (`| 地区生产总值 | 2313.0 |` under `| 指标 | 绝对数(亿元) |`), else None."""
    row = _row_at(HEADER_UNIT_ROW, text, ls)
    if row is None or row.start("num") != q.number_start or header_unit(text, ls) is None:
        return None
    return row


def _quoted_before(text: str, i: int, lo: int) -> tuple[str, int] | None:
    """A quoted name ending right at i (“互助组”7000余个) → (name, start of the opening quote)."""
    if i - 1 < lo or text[i - 1] not in _CLOSE_Q:
        return None
    open_q = _OPEN_Q[_CLOSE_Q.index(text[i - 1])]
    j = text.rfind(open_q, max(lo, i - 30), i - 1)
    if j < 0:
        return None
    name = text[j + 1:i - 1]
    return (name, j) if name else None


_CHANGE_NOUNS = frozenset(cues("metrics.change_nouns"))  # 增速, 涨幅, 降幅 …
_CHANGE_NOUNS_LONGEST = tuple(sorted(_CHANGE_NOUNS, key=lambda w: (-len(w), w)))  # (增速 before 速)
# a clause naming a price and how it moved, with no figure (鲜菜价格涨势明显，): the price, then the clause's end
_PRICED_CLAUSE = re.compile(f"([{HAN}]{{1,8}}?(?:{cue_alt('metrics.price_nouns', False)}))"
                            f"[^，,。；;：:0-9０-９%％]{{1,8}}[，,]")


def _priced_clause_before(text: str, s_start: int, q_start: int) -> str | None:
    """鲜菜价格涨势明显，涨幅达14.1%: a rate-of-change noun alone opening the clause after one that names
    a price and states no figure — the price named there (鲜菜价格), or None."""
    cut = rfind_any(text, "，,", s_start, q_start)
    if cut < 0:
        return None
    k = max(s_start, rfind_any(text, "，,；;：:", s_start, cut) + 1)
    m = _PRICED_CLAUSE.fullmatch(text, k, cut + 1)
    return m.group(1) if m else None


_CHANGE_END = re.compile(f"(?:{cue_alt('metrics.change_verbs', False)})$")


_CHANGE_VERB_AT = re.compile(f"(?:{cue_alt('metrics.change_qualifiers')})?(?:{cue_alt('metrics.change_verbs', False)})")


# 县增速超过全省平均水平: a rate and a yardstick verb right after a counted noun (the things whose
# rate beat or fell behind the yardstick are what is counted)
_RATE_BEATS = re.compile(f"(?:{cue_alt('metrics.change_nouns')})(?:{cue_alt('metrics.yardstick_verbs')})")
_PART_GAP = 3  # characters between a whole (83个县中) and the count of its part (，有43个)


def _whole_of_part(text: str, q: Quantity, prev: Quantity | None) -> str | None:
    """83个县（市、区）中，43个增速超过全省县域平均: a count whose noun is left out right after a
    whole closed by a locative (中) counts things of that whole (县（市、区）); None when no such
    whole stands right before it."""
    if prev is None or prev.unit != q.unit or not prev.counted:
        return None
    counted = prev.counted[:-1] if prev.counted.endswith("有") else prev.counted  # 38个大类行业中有32个
    result = next((w for w in cues("metrics.locative_results") if counted.endswith(w)), "")
    counted = counted[:len(counted) - len(result)]  # 263个社区中达标228个: the part that reached it
    end = prev.end + len(counted)
    if text[prev.end:end] != counted:
        return None
    tails = cues("metrics.locative_tails")
    if not counted.endswith(tails):  # (两位新闻发言人中，: the counted noun read without its locative)
        tail = next((w for w in tails if text.startswith(w, end)), None)
        if tail is None:
            return None
        counted, end = counted + tail, end + len(tail)
    if q.start - end > _PART_GAP + len(result) or not re.fullmatch(r"[，,有]*", text[end + len(result):q.start]):
        return None
    whole = counted[:-1]
    return result + whole if whole and is_han(whole[0]) else None


# 提供3000万元人民币的紧急人道主义援助: a verb of giving right before the amount (value of 价值 between)
# (援助了一批价值1000万元的物资: up to two fillers — 了, 的, 一批 — may come between)
_GIVEN_BEFORE = re.compile(f"(?:{cue_alt('metrics.give_verbs')})(?:{cue_alt('metrics.give_fillers')}){{0,2}}"
                           f"(?:{cue_alt('metrics.value_words')})?$")
_GIVEN_NOUN = re.compile(f"[^，,。；;：:！？!?\n{_DE}{_JOINS}]{{2,16}}")


def _given_as(view_text: str, q: Quantity, s_end: int) -> tuple[str, int, int, str] | None:
    """中方决定向叙利亚提供3000万元人民币的紧急人道主义援助, 提供200万美元的现汇援助和…物资: an
    amount of money given and followed by 的 is named by the noun after it (紧急人道主义援助, 现汇援助:
    up to the next 的 or join), not by the clause before it (方决定向叙利亚方面提供)."""
    text = view_text
    if q.unit not in cues("metrics.money_units") or q.end >= s_end:
        return None
    given = _GIVEN_BEFORE.search(text, max(0, q.start - 10), q.number_start) is not None
    if given and text[q.end] != _DE:
        return _given_including(text, q, s_end)
    if text[q.end] != _DE:
        return None
    if not given and not text.endswith(cues("metrics.value_words"), 0, q.number_start):
        return None  # (取暖器等共价值24.715万元的物资: 价值 alone says the amount is the goods' worth)
    m = _GIVEN_NOUN.match(text, q.end + 1, s_end)
    noun = _SPENT_ON.split(m.group(0))[0] if m else ""  # 500万元的专项资金用于…: the fund, not its use
    noun = _SENT_ON.split(noun)[0]  # 价值250万元的爱心物资运往白玉县: the goods, not where they go
    noun = _THEN_ON.split(noun)[0]  # 价值1000万元的紧急物资援助已于29日运抵: the goods, not when
    name = _clean(_strip_quotes(noun))
    if not given and _TARGET_NOUN_ONLY.fullmatch(name):
        return None  # (实现价值5亿元的目标: a target, not goods)
    return (name, q.start, q.end + 1 + len(noun), "given-as") if len(name) >= 2 else None


# ，包括帐篷、毛毯在内的物资: what an amount given consists of, then the noun of the whole
_INCLUDING = re.compile(f"[，,](?:{cue_alt('metrics.including_words', False)})[^，,。；;：:]{{1,30}}?"
                        f"(?:{cue_alt('metrics.including_closes', False)}){_DE}")


def _given_including(text: str, q: Quantity, s_end: int) -> tuple[str, int, int, str] | None:
    """提供价值1000万元人民币，包括帐篷、毛毯在内的物资: the amount given is named by the noun after
    包括…在内的 (物资), not by the verb before it (提供价值)."""
    m = _INCLUDING.match(text, q.end, s_end)
    noun = _GIVEN_NOUN.match(text, m.end(), s_end) if m else None
    name = _clean(noun.group(0)) if noun else ""
    return (name, q.start, noun.end(), "given-as") if len(name) >= 2 else None


_SPENT_ON = re.compile(cue_alt("metrics.spend_verbs"))
_SENT_ON = re.compile(cue_alt("metrics.sent_verbs"))
# 紧急物资援助已于29日运抵… / 援助物资于30日下午起运: an adverb, or 于 before a time, after the noun
# of what is given opens what then happens to it
_THEN_ON = re.compile(f"(?:{cue_alt('metrics.given_then_adverbs')})|"
                      f"(?:{cue_alt('metrics.given_then_at')})(?=[0-9０-９〇一二三四五六七八九十上下本今明昨同当])")


_ANNUAL = re.compile(f"(?<![{cue_chars('metrics.annual_not_after')}])(?:{cue_alt('metrics.annual_openers')})")


_PER_TIME_IN_NOUN = re.compile(cue_alt("metrics.per_time_words"))


def _before_per_time(counted: str) -> str:
    """A count's noun ends before a word of "each time" (家里10亩胶林每月也能带来3000元收入, 20头牛每年可带来5万元
    收入: 胶林, 牛; base read 胶林每月, 牛每年可带来): how often the things yield, no word of what is counted."""
    m = _PER_TIME_IN_NOUN.search(counted, 1)
    return counted[:m.start()] if m else counted


# 就 opening what the counted people speak about or how soon they act (13个村书记|就本村产业如何发展…谈想法,
# 2家企业|就今冬明春安全生产工作发了言), never in a word of its own (就业, 就读, 就医)
_COUNTED_TIME = re.compile(f"(?<![{cue_chars('metrics.counted_day_noun_chars')}])"
                           f"(?:{cue_alt('metrics.counted_time_words')})")
_TOPIC_JIU = re.compile(f"就(?!{cue_alt('metrics.jiu_words_after')})")


# 于 right before a date (26名县级领导|于3月下旬陆续开展巡林): when the people counted acted, no word of them
_DATED_YU = re.compile(f"于(?=[0-9０-９{CHINESE_NUMERALS}]{{1,4}}[年月日])")


def _before_dated_yu(text: str, q: Quantity, counted: str) -> str:
    """A count's noun ends before 于 and a date, two characters in at least: the people or things
    counted, then when they did it (共26名县级领导于3月下旬…: 县级领导; base read 县级领导于)."""
    if counted.startswith(_ORIGIN_WORDS) and _DE in counted:
        return counted  # 7名出生于1975年及之后的官员: the 于 of when they were born, the noun after its 的
    m = _DATED_YU.search(text, q.end + 2, q.end + len(counted) + 6)
    return counted[:m.start() - q.end] if m and m.start() < q.end + len(counted) else counted


def _before_topic_jiu(counted: str) -> str:
    """A count's noun ends before 就 (about, regarding; or the adverb, then), two characters in at least:
    the people or units counted, then what they speak on or do (13个村书记就本村产业如何发展谈想法: 村书记)."""
    m = _TOPIC_JIU.search(counted, 2)
    return counted[:m.start()] if m else counted


def _before_time_word(counted: str) -> str:
    """A count's noun ends before a day word (日前, 近日, 当天: `metrics.counted_time_words`), two
    characters in at least: the bodies counted, then when they acted (等五个部门日前联合下文: 部门, base read
    部门日前联合下文, scrape101); never a 日 that closes a noun (5个工作日前提交: 工作日)."""
    m = _COUNTED_TIME.search(counted, 2)
    return counted[:m.start()] if m else counted


def _annual_cut(counted: str, q: Quantity, nxt: Quantity | None) -> int | None:
    """Where a count's noun that runs into the next figure ends before 年 and what the things counted do or
    make in a year (加盟的64家农户年可出栏山鸡6.5万只: 农户, base read 农户年可出栏山鸡 for 64家 too; 30家企业年产值达
    5亿元: 企业, not 企业年); None where no such 年 follows two characters of the noun or no figure follows it."""
    if nxt is None or nxt.start > q.end + len(counted) + 1:
        return None
    m = _ANNUAL.search(counted, 2)
    return m.start() if m else None


def _changed_measure(text: str, counted: str, cut: re.Match, q_end: int, nxt: Quantity | None) -> bool:
    """41个大类行业中有37个行业增加值同比增长: a counted noun running into a measure (增加值) that
    only a basis (同比) and a change verb follow counts the things whose measure changed — the
    measure and its change are what they share, not part of the noun (行业, as 18个行业保持正增长).
    When the change's own figure follows (484家规上工业企业增加值同比增长8.1%) the things are
    counted all the same (规上工业企业, not …增加值同比); the figure after names its change with
    them (`_measure_of_counted`), so that it never reads as the place's own measure."""
    tail = counted[cut.end():]
    if tail and tail not in cues("metrics.change_basis"):
        return False
    return _TRENDED_CHANGE_AT.match(text, q_end + len(counted)) is not None


# 均价, 周均价, 平均价格 right after a count of goods: the price of the goods counted (metrics.price_measures)
_PRICE_MEASURES = tuple(cues("metrics.price_measures"))


def _money_noun_end(counted: str, q: Quantity, nxt: Quantity | None) -> int:
    """争取2400万元项目资金建设卫生院5个, 安排300万元专项经费支持企业12家: an amount of money whose noun
    runs on to the next figure ends with money's own noun (资金, 经费: metrics.money_nouns) — what
    the money built or backed is the next figure's.  0 when the figure is no amount, no figure
    follows the noun or no money noun ends inside it."""
    if q.unit not in cues("metrics.money_units") or nxt is None or nxt.start > q.end + len(counted) + 1:
        return 0
    m = _MONEY_NOUN_RE.search(counted)
    return m.end() if m and m.end() < len(counted) else 0


_MONEY_NOUN_RE = re.compile("|".join(re.escape(w) for w in sorted(cues("metrics.money_nouns"), key=len, reverse=True)))


def _amount_of_counted_item(text: str, name: str, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> str:
    """学前教育资助:386人,金额17.38万元 (aid notices, item by item): a bare 金额 right after the count of
    an item, one comma between, is that item's money (学前教育资助金额), not an amount of nothing named."""
    if prev is None or prev_ind is None or len(prev_ind[0]) < 2 or name not in cues("metrics.item_amount_words"):
        return name
    if prev.unit == q.unit or text[prev.end:q.start] not in ("," + name, "，" + name):
        return name
    return prev_ind[0] + name


def _measure_of_counted(name: str, lo: int, prev_ind: tuple | None) -> str:
    """484家规上工业企业增加值同比增长8.1%: a change right after a count of things, whose words open
    with a measure (增加值, 产值), is the measure of those things — 规上工业企业增加值同比增长, not the
    bare 增加值同比增长 (which reads as the whole place's). Counted places keep the bare measure
    (12个重点县地区生产总值增长5%, 3个自治州固定资产投资…: the group's own, told by its subject), and
    so does a measure per head (1000名贫困人口人均增收500元: 人均增收 says whose it is)."""
    if prev_ind is None or prev_ind[3] != "count-noun" or prev_ind[2] != lo or len(prev_ind[0]) < 2:
        return name
    if name.startswith(_PRICE_MEASURES) and not prev_ind[0].endswith(cues("metrics.division_kind_ends")):
        return prev_ind[0] + name  # 重点监测的28种蔬菜周均价每公斤5.00元: the goods' price (蔬菜周均价)
    if not _MEASURE_IN_NOUN.match(name) or name.startswith(cues("metrics.per_head_words")) \
            or prev_ind[0].endswith(cues("metrics.division_kind_ends")):
        return name
    if not _CHANGE_END.search(name) and not prev_ind[0].startswith(cues("metrics.measure_noun_qualifiers")):
        return name  # 15个项目总投资达98.6亿元: a level of the things counted keeps its own name (总投资);
        # a size class's does not (17家规模以上工业总产值44.7亿元: 规模以上工业总产值, no bare 总产值)
    return prev_ind[0] + name


# 21个行业增加值实现增长, 30个行业增加值保持正增长: how the measure moved (实现, 保持; up to two such
# words), a sign, then the change verb
_TRENDED_CHANGE_AT = re.compile(f"(?:{cue_alt('metrics.trend_adverbs')}){{0,2}}(?:{cue_alt('metrics.change_signs')})?"
                                f"(?:{cue_alt('metrics.change_qualifiers')})?(?:{cue_alt('metrics.change_verbs', False)})")


# patterns of `_indicator` and its helpers, compiled once (a pattern built per figure was an
# f-string formatted and looked up in re's cache at every call)
_HEAD_SHARE = re.compile(f"[{cue_chars('metrics.head_share_chars')}]")
_RANK_ONLY = re.compile(f"[{HAN}]{{1,3}}(?:{cue_alt('metrics.admin_rank_marks')})")
_LIST_MARK = "、"


def _rank_before_list_mark(text: str, end: int, nxt, name: str) -> bool:
    """新疆全区共有9家国家级、7家自治区级知识产权信息公共服务网点: a rank alone (国家级) before 、 and the next
    count of the same unit is no whole name: it shares the next count's head (知识产权信息公共服务网点), as
    6座大型及8座中型水库 does across 及."""
    return text[end:nxt.start] == _LIST_MARK and _RANK_ONLY.fullmatch(name) is not None


def _without_clause_tail(name: str) -> str:
    """经过12天的激烈比拼后，…: 后 (之后, 期间) closing the noun after a time spent makes a time clause of it;
    the time is the noun's (激烈比拼时间), the tail no word of it."""
    tail = next((w for w in cues("metrics.duration_clause_tails") if name.endswith(w)), "")
    return name[:len(name) - len(tail)]


_DURATION_OF = re.compile(f"[^，,。；;：:！？!?\n{_DE}]{{1,8}}")
_PERCENT_HEAD_REACH = 30  # characters of the noun after N%的 (and what its things did)
_PERCENT_HEAD_RUN = re.compile(f"[^，,。；;：:！？!?\n]{{1,{_PERCENT_HEAD_REACH}}}")
_PERCENT_HEAD_CUT = re.compile(cue_alt("metrics.percent_head_cut", False))
# words of a noun holding a cut word (平均 holds 均: 31.3%的平均外贸增幅 is one noun), stepped over
_PERCENT_HEAD_SCAN = re.compile(f"(?:{cue_alt('metrics.percent_head_whole')})|(?P<cut>{_PERCENT_HEAD_CUT.pattern})")


def _percent_head(run: str) -> str:
    """The noun after a percentage up to its first cut word (93%的中心均达到 → 中心), stepping over
    the words that hold one (31.3%的平均外贸增幅: 平均 is no 均)."""
    for m in _PERCENT_HEAD_SCAN.finditer(run):
        if m.group("cut") is not None:
            return run[:m.start()]
    return run
_DIGIT = re.compile(r"[0-9０-９]")
_MEETING = re.compile(f"(?:{cue_alt('metrics.meeting_adverbs', False)})?(?:{cue_alt('metrics.meeting_verbs', False)})")
_COPULA_IN = re.compile(cue_alt("metrics.copula", False))
_THRESHOLD_VERBS = frozenset(cues("metrics.threshold_verbs"))  # 突破, 超过: read as the figure's own qualifier


def _passed_after_join(text: str, left: str, q: Quantity, prev: Quantity | None) -> bool:
    """地区生产总值增长6%左右、突破2.6万亿元 (an Inner Mongolian vice-chair on the region's year): a figure
    whose qualifier is a mark passed (突破, 超过: metrics.threshold_verbs) right after the 、 or comma
    joining it to the figure before is the level that figure's measure reached, as after 达到 — when
    the figure before is a rate of change or in the same unit (平均海拔4700米以上、超过12万平方公里的
    三江源地区: an area after a height measures something else)."""
    return (q.qualifier or "") in _THRESHOLD_VERBS and left.strip() in ("", "、", "，", ",") \
        and q.start > 0 and text[q.start - 1] in "、，," \
        and prev is not None and (prev.unit == q.unit or prev.unit in _PERCENT_UNITS)
_PICKED_FROM = re.compile(f"{cues('metrics.source_marks')[0]}(.{{2,16}}?){cues('metrics.source_marks')[1]}(.{{2,12}})")
_RUN_IN_GAP = re.compile(r"[ \u3000]+")


_ACTUAL_MARKS = tuple(cues("metrics.actual_marks"))
_PLANNED_TAILS = tuple(cues("metrics.planned_tails"))


_NORMALS = tuple(sorted(cues("metrics.climate_normals"), key=len, reverse=True))
_NORMAL_AFTER_MARK = re.compile(f"(?:{cue_alt('metrics.comparison_marks', False)})({'|'.join(map(re.escape, _NORMALS))}){_DE}?$")
_NORMAL_RULE = "normal-of-previous"
_NORMAL_REACH = 8  # 比 and the longest normal, with 的


def _climate_normal(text: str, s_start: int, q: Quantity) -> str | None:
    """比历年平均值12.7℃, 较常年同期468.4mm: the climate normal named right before figure q after a
    comparison mark (metrics.climate_normals) — q is the normal of the measure before it, not a
    figure of its own measure (偏高, the change word after it, was its indicator) → the normal's words."""
    m = _NORMAL_AFTER_MARK.search(text, max(s_start, q.start - _NORMAL_REACH), q.start)
    return m.group(1) if m else None


_GROUP_OWNERS = tuple(sorted(cues("metrics.group_de_owners"), key=len, reverse=True))  # 村民, 农村居民 …


def _without_group_de(indicator: str) -> str:
    """村民的人均纯收入, 农民的人均可支配收入 → 村民人均纯收入: the 的 between a group of people and its
    measure (metrics.group_de_owners) is no part of the measure's name, written as statistics write it."""
    owner = next((w for w in _GROUP_OWNERS if indicator.startswith(w + _DE)), None)
    rest = indicator[len(owner) + 1:] if owner else ""
    return owner + rest if owner and len(rest) >= 2 and _DE not in rest else indicator


def _without_normal(indicator: str) -> str:
    """平均气温历年平均值 → 平均气温: the measure whose normal the indicator names."""
    normal = next((w for w in _NORMALS if indicator.endswith(w)), "")
    return indicator[:len(indicator) - len(normal)] if normal and len(indicator) - len(normal) >= 2 else indicator


def _actual_of_planned(left: str, name: str, prev: str) -> str:
    """一般公共预算收入预算数为15.39亿元，实际完成15.39亿元 / 支出预算数为26.93亿元，实际支出24.98亿元:
    a clause opening with 实际 after a figure of the plan (its measure ends with 预算数, 计划数…)
    gives what was done of that measure — the measure without the plan's word, not the plan again
    nor the bare verb's noun (支出).  Any other name is kept."""
    clause = left.strip(" ，,")
    if not clause.startswith(_ACTUAL_MARKS) or not prev.endswith(_PLANNED_TAILS):
        return name
    measure = next(prev[:-len(t)] for t in _PLANNED_TAILS if prev.endswith(t))
    if len(measure) < 2 or (len(name) >= 2 and not measure.endswith(name)):
        return name
    return measure


_CUMULATIVE_VERB = re.compile(f"(?:{cue_alt('metrics.cumulative_leads')})([{HAN}]{{2}})")


def _cumulative_of_previous(text: str, left: str, name: str, q: Quantity, prev: Quantity | None, prev_ind: str) -> str:
    """新增发放优待证1057张,累计发放22800张 (tuiyi89), 新建服务站12个,累计建成300个: a clause of only 累计 and a
    verb right after a figure in the same unit, one comma between, counts the same things in all → the
    verb and the noun before (累计发放优待证); base read the bare 累计发放.  A clause naming its own noun
    (累计新增就业5万人) or another unit keeps its name."""
    m = _CUMULATIVE_VERB.fullmatch(name)
    if m is None or prev is None or prev.unit != q.unit or not q.unit or len(prev_ind) < 2 \
            or not word_tags().get(m.group(1), "").startswith("v") or m.group(1) in prev_ind:
        return name
    gap = text[prev.end:q.start]
    if gap.strip(" ") not in ("，" + left.strip(" ，,"), "," + left.strip(" ，,")):
        return name
    return name + prev_ind


# 每月给他们发放150元的生活补助金, 每人每月发放100元的高龄津贴: a verb of granting closes the clause before
# an amount whose 的 names what is granted; that noun, up to the clause's end, is the indicator
_GRANT_VERBS = tuple(cues("metrics.grant_verbs"))
_GRANTED_NOUN = re.compile(f"{_DE}([{HAN}]{{2,10}})(?=[，,。；;、！!\n]|$)")


def _granted_noun(text: str, q: Quantity, indicator: str) -> str:
    """The thing granted (补助金, 高龄津贴) named after an amount's 的 when the clause before the
    amount ends in a verb of granting (发放, 给予); the indicator as it was otherwise."""
    if not indicator.endswith(_GRANT_VERBS):
        return indicator
    m = _GRANTED_NOUN.match(text, q.end)
    return m.group(1) if m else indicator


_DIMENSION_WORDS = tuple(sorted(cues("metrics.dimension_words"), key=len, reverse=True))  # 全长 before 长
_DIMENSION_CLAUSE_MARKS = "，,、；;"


def _other_dimension(text: str, q: Quantity, prev_indicator: str) -> str | None:
    """机场跑道长2300米，宽45米 / 大桥全长1200米，宽32米，高18米: a one-character dimension alone in its
    clause before a length, after a length whose indicator ends in a dimension, is the same thing's
    other dimension (跑道宽, 大桥高), measured as the first was: the thing is the first indicator
    without its dimension.  None where the figure has more words before it, is no measure (高1.2个
    百分点), or the first has no dimension or no thing."""
    dim = text[q.start - 1:q.start]
    if q.start < 2 or q.unit not in MEASURE_UNITS or dim not in _DIMENSION_WORDS \
            or text[q.start - 2] not in _DIMENSION_CLAUSE_MARKS:
        return None
    first = next((w for w in _DIMENSION_WORDS if prev_indicator.endswith(w)), None)
    if first is None or len(prev_indicator) - len(first) < 2:
        return None
    return prev_indicator[:-len(first)] + dim


_TAIL_JOINERS = tuple(sorted(cues("metrics.tail_joiners"), key=len, reverse=True))  # 以及 before 及: no 航站楼以


def _land_area(noun: str, unit: str | None) -> str:
    """在2400平方公里的土地上,世居着…: an area figure before the land it measures and a localizer (上, 内)
    is that land's area (土地面积), no noun 土地上; other nouns after 的 are kept as they are."""
    stem = noun[:-1] if noun[-1:] in _LAND_LOCALIZERS else ""
    if unit in _LAND_AREA_UNITS and 2 <= len(stem) <= 4 and all(map(is_han, stem)) and not stem.endswith("面积"):
        return stem + "面积"
    return noun


_LAND_LOCALIZERS = tuple(cues("metrics.land_localizers"))  # 上, 内
_LAND_AREA_UNITS = frozenset(cues("metrics.land_area_units"))  # 平方公里, 亩


def _attributive_head(after: str) -> str:
    """The noun a figure describes through 的 (现有1条长2800米的跑道、6500平方米的航站楼及8个机位的站坪):
    the words after a figure that open with the attributive particle name the thing measured,
    without the particle and without a joiner the next figure's words open with (及8个机位).
    Words opening otherwise are returned as they are; a bare 的 and one character is no noun."""
    if not after.startswith(_DE) or len(after) < 3:
        return after
    head = after[len(_DE):]
    joiner = next((j for j in _TAIL_JOINERS if head.endswith(j) and len(head) - len(j) >= 2), None)
    return head[:-len(joiner)] if joiner else head


_ATTRIBUTIVE_NOUN = re.compile(rf"[{HAN}]{{2,20}}")


def _verb_then_attributive(view: _ArticleView, q: Quantity, s_start: int, s_end: int) -> str | None:
    """悦来镇大力推进1.32万亩的高标准农田建设, 完成了2万亩的撂荒地复耕: the words before the figure
    are only a verb of doing works (with its adverbs and 了) after the clause's start or its doer's
    name, naming no measure; the figure is of the noun it describes through 的 right after it
    (`metrics.bare_work_verbs`).  The noun runs to the clause's end (Han characters only), else None."""
    text = view.text
    if not text.startswith(_DE, q.end):
        return None
    verb = _BARE_WORK_BEFORE.search(text, max(s_start, q.start - _BARE_WORK_REACH), q.start)
    if verb is None or verb.end() != q.start:
        return None
    k = verb.start()
    ends = {b for _a, b, _k, t, _l in view.mentions_in(s_start, q.start) if t in ("Place", "Agency", "Organization")}
    if k > s_start and text[k - 1] not in _CLAUSE_PUNCT and k not in ends:
        return None
    m = _ATTRIBUTIVE_NOUN.match(text, q.end + len(_DE), s_end)
    return _attributive_head(_DE + m.group(0)) if m else None


def _place_then_attributive(view: _ArticleView, q: Quantity, s_start: int, s_end: int) -> str | None:
    """走进莲花县坊楼镇屋场村400多亩的毛豆基地, 在贝溪村3000多亩的香芋基地里: only places stand before the
    figure in its clause (after a verb of place, `metrics.place_attributive_verbs`, or none), naming
    no measure: the figure is of the noun it describes through 的 right after it (毛豆基地), not of the
    places' names (坊楼镇屋场村).  The noun runs to the clause's end (Han characters only), else None."""
    text = view.text
    if not text.startswith(_DE, q.end):
        return None
    starts = {b: a for a, b, _k, t, _l in view.mentions_in(s_start, q.start) if t == "Place"}
    k = q.start
    while k in starts:
        k = starts[k]
    if k == q.start:
        return None
    before = text[_clause_start(text, s_start, k):k]
    if before and before not in _PLACE_ATTRIBUTIVE_VERBS:
        return None
    m = _ATTRIBUTIVE_NOUN.match(text, q.end + len(_DE), s_end)
    noun = _attributive_head(_DE + m.group(0)) if m else ""
    if len(noun) >= 3 and noun.endswith(_PLACE_ATTRIBUTIVE_TAILS):
        noun = noun[:-1]
    return noun or None


_PLACE_ATTRIBUTIVE_TAILS = cues("metrics.place_attributive_tails")
_PLACE_ATTRIBUTIVE_VERBS = frozenset(cues("metrics.place_attributive_verbs"))
_BARE_WORK_BEFORE = re.compile(f"(?:{cue_alt('metrics.bare_work_verbs_adverbs')})*"
                               f"(?:{cue_alt('metrics.bare_work_verbs')})(?:{cue_alt('metrics.bare_work_verbs_tails')}){{0,2}}$")
_BARE_WORK_REACH = 12


# how far after a bare count a list of counts (、53271件、2267张档案) is read for the noun they share
_LISTED_COUNT_REACH = 40
_LISTED_MEASURE_WORDS = frozenset(cues("metrics.listed_measure_words"))


def _listed_counts_noun(view: _ArticleView, q: Quantity, s_end: int) -> str | None:
    """24343卷、53271件、2267张档案 (archives received in files, items and sheets): counts with no noun
    of their own listed over 、, the last one naming what all of them count — each count's noun is
    that one's (档案), not a noun before the list (39个全宗单位24343卷 read 全宗单位).  Only counts in
    measure words that name no thing themselves (`metrics.listed_measure_words`: 卷, 件, 张; not 80万字、
    181张图片, whose 字 is what is counted), digits right after each 、, the noun read as the count-noun
    rule reads it for the last count."""
    text = view.text
    if q.counted or q.unit not in _LISTED_MEASURE_WORDS \
            or text[q.end:q.end + 1] != _LIST_MARK or not text[q.end + 1:q.end + 2].isdigit():
        return None
    at = 0  # where, in the span after q, the 、 before the next count stands
    for nq in find_quantities(text[q.end:min(s_end, q.end + _LISTED_COUNT_REACH)]):
        if nq.start != at + 1 or text[q.end + at] != _LIST_MARK or nq.unit not in _LISTED_MEASURE_WORDS \
                or nq.form is not None:
            return None
        if nq.counted:
            last = dataclasses.replace(nq, start=q.end + nq.start, end=q.end + nq.end,
                                       number_start=q.end + nq.number_start, number_end=q.end + nq.number_end)
            name, _a, _b, rule = _indicator(view, last, None, None, None)
            return name if rule == "count-noun" and len(name) >= 2 else None
        at = nq.end
    return None


_PAIR_LINKS = frozenset(cues("metrics.count_pair_links"))  # 和, 及: two counts in one unit joined


def _paired_count_noun(view: _ArticleView, q: Quantity, nxt: Quantity | None) -> str | None:
    """分别对其申报的4台和22台统配秤 (biaozhun106): a count with no noun of its own joined by 和 or 及 to the
    next count, in the same unit, that names one counts the same things (统配秤), not the clause before
    it (技术人员对其申报).  The next count's noun as the count-noun rule reads it; None elsewhere."""
    if q.counted or nxt is None or nxt.unit != q.unit or not nxt.counted or q.unit in _PERCENT_UNITS \
            or nxt.form is not None or view.text[q.end:nxt.start] not in _PAIR_LINKS:
        return None
    name, _a, _b, rule = _indicator(view, nxt, None, None, None)
    return name if rule == "count-noun" and len(name) >= 2 else None


_SIZE_WORDS = tuple(cues("metrics.size_amount_words"))
_CLASS_NOUN_SET = frozenset(cues("metrics.class_nouns"))
# the amount and the class noun after a size word (总投资|127亿元(的)项目): the class noun is what was counted
_SIZED_CLASS_AFTER = re.compile(f"[0-9０-９.．]+[千百]?[万亿]?元(?:{_DE})?({cue_alt('metrics.class_nouns')})")


# a bounded amount and the class noun right after a count (3个|5000万元以上|项目): the class the count is of
_BOUNDED_CLASS_AFTER = re.compile(f"[0-9０-９.．]+[千百]?[万亿]?元(?:{cue_alt('metrics.class_bounds')})"
                                  f"(?:{cue_alt('metrics.class_nouns')})")


def _bounded_class(text: str, q: Quantity) -> str | None:
    """3个5000万元以上项目: a count, then the size bound of the things counted and their class noun — the
    count is of the projects of that class (5000万元以上项目, as 3个亿元以上项目 is read), not the bare
    unit 个 (zhejiang77).  A count of money or a share bounds nothing; None elsewhere."""
    if q.unit in _MONEY_UNITS or q.unit in _PERCENT_UNITS:
        return None
    m = _BOUNDED_CLASS_AFTER.match(text, q.end)
    return m.group(0) if m else None


def _sized_class(text: str, q: Quantity, counted: str) -> str | None:
    """8个总投资127亿元项目开工建设, 32个总投资50亿元的项目: a count, then the size word, an amount and the
    class noun — the count is of the projects (项目), not of 总投资; and the amount run into the class noun
    (总投资127亿元|项目) is the projects' investment (总投资), not a level of 项目.  None elsewhere."""
    if counted in _SIZE_WORDS and q.unit not in _MONEY_UNITS:
        m = _SIZED_CLASS_AFTER.match(text, q.end + len(counted))
        return m.group(1) if m else None
    if q.unit in _MONEY_UNITS and counted in _CLASS_NOUN_SET and q.number_start > 0:
        return next((w for w in _SIZE_WORDS if text.endswith(w, 0, q.number_start)), None)
    return None


_CONVERSION_VERBS = frozenset(cues("metrics.conversion_verbs"))
# 零售额, 产值, 出口: a measure named bare by a verb of achieving (实现零售额175.8亿元), whose owner a clause opening
# the sentence may name (汽车类商品稳定增长，实现零售额175.8亿元: 汽车类商品零售额)
_RESULT_OBJECTS = frozenset(cues("metrics.result_objects"))
_GROWN_MEASURES = frozenset(cues("metrics.grown_measures"))
_GROWN_CLAUSE = re.compile(f"(?:{cue_alt('metrics.grown_verbs')})(?:{cue_alt('metrics.grown_openers')})?"
                           f"([^，,。；;：:、\\s0-9０-９]{{1,10}}?(?:{cue_alt('metrics.grown_object_ends')}))[，,]")
_GROWN_LINKS = re.compile(r"(?:已经|已)?(?:达到|达|超过|为)?(?:约)?")


def _after_semicolon(view: _ArticleView, q: Quantity) -> bool:
    """Does the sentence of `q` follow a semicolon (实际使用外资8595.1亿元人民币，同比增长19.6%；折合1292.6亿美元)?
    The clause after it goes on with the sentence before: a bare 折合 opening it restates that
    sentence's last level in another currency, not a measure named 折合."""
    s_start = view.sentence(q.start)[0]
    before = view.text[max(0, s_start - 3):s_start].rstrip(" \u3000")
    return before.endswith(("；", ";"))


def _people_forming_team(text: str, q: Quantity) -> bool:
    """抽调民警20余人组成专案组, 干部50人成立工作专班: a count of people right before a verb of forming a
    team (metrics.people_forming_verbs) counts the people named before it, not the team after it
    (was the indicator 组成专案组).  A list closed by 等 before the count (工作人员、志愿者等30人组成…) is
    left to the words after it: the clause before reads no name from such a list (gongan84)."""
    forming = (q.counted or "").startswith(cues("metrics.people_forming_verbs"))
    return forming and q.unit in cues("metrics.people_unit") and not text.endswith(_ETC, 0, q.number_start)


def _count_changes_level(text: str, s_start: int, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> bool:
    """建筑业企业169家，比上年增加6家企业: a count in the unit of the level just before, after a comparison and
    its change verb opening the clause (比上年增加), that names again the noun the level ends with (企业 of
    建筑业企业) is that level's change, read as a bare 比上年增加6家 is, not a count of 企业 of its own."""
    if prev is None or prev_ind is None or prev.unit != q.unit or not q.counted:
        return False
    noun = re.split(r"[，,。；;：:、\s（(]", q.counted, maxsplit=1)[0]
    if len(noun) < 2 or not prev_ind[0].endswith(noun):
        return False
    lo = max(s_start, rfind_any(text, "，,", s_start, q.number_start) + 1)
    return _GROWTH.match(text[lo:q.number_start]) is not None


def _indicator(view: _ArticleView, q: Quantity, prev: Quantity | None, prev_ind: tuple | None,
               nxt: Quantity | None, level: str | None = None,
               before_share: tuple | None = None) -> tuple[str, int, int, str]:
    """(indicator, span start, span end, rule) for quantity q; `level` is the indicator of the
    sentence's last level figure that is no target (收入37730万元，为全年预算46908万元的80.43%:
    收入), for the figures measured against it."""
    text = view.text
    s_start, s_end = view.sentence(q.start)
    if q.unit in cues("metrics.people_unit") and text.startswith(_POPULATION[1:], q.end) \
            and text[q.end - 1:q.end] == _POPULATION[0]:
        # 辐射周边100多万人口, 拥有80万人口: the unit is the first character of the noun counted
        return _POPULATION, q.start, q.end + len(_POPULATION) - 1, "count-noun"
    short = _CASUALTY_SHORT.get(q.counted or "") if q.unit in cues("metrics.people_unit") else None
    if short:  # 爆炸致146人亡, 3人亡2人伤: a headline's one-character casualty word, written out
        return short, q.start, q.end + len(q.counted), "count-noun"
    if q.form == MEDAL:  # 共收获55金39银28铜: each count's medal, by its mark
        return medal_noun(q), q.start, q.end, "count-noun"
    cell = index_cell(text, q.number_start) if q.form == "index" else None
    if cell:  # 居民消费价格指数 | 100.1 | 100.5 under 名称 | 环比 | 同比: the row's index, by its column
        return _index_column_name(cell[0], cell[1]), q.start, q.end, "index-table"
    recovered = _recovery_share(text, _clause_start(text, s_start, q.start), q, prev, prev_ind)
    if recovered:  # 接待游客195.5万人次，同比增长4.6%，恢复至2019年同期的95%: the share of 2019's level
        return recovered, q.start, q.end, "share-of-previous"
    label = measure_column_name(text, q.number_start)
    if label:  # 1 | 更换空气净化机组项目 | 概况 | 248 under 预算金额(万元): the column's sum
        return label, q.start, q.end, "table-measure-column"
    label = _cumulative_label(text, q)
    if label:  # 一、接待过夜游客(人次) | 32275456 | 12.27 | 144004010 under 本月止累计: the row's measure
        return label, q.start, q.end, "table-cumulative"
    label = _table_row_label(text, q)
    if label:  # 地区生产总值（亿元） |\n285.6 |: the row's label, on the line above
        return label, q.start, q.end, "table-row"
    listed = _listed_share_base(text, q, prev, prev_ind)
    if listed is not None:  # 占全省的12.5%、全国的1.2%: 出口额占全国 (was the bare unit %, or 和全国)
        return listed, q.start, q.end, _LISTED_SHARE_RULE
    # 0. 收入37730万元，…，比上年同期35285万元增收2445万元: the base a change is measured from is
    # the level of the figure before, at the compared time (no noun after it: 增收 is the change)
    base_period = _base_period(view, s_start, q)
    if prev_ind is not None and base_period is not None:
        base = level or _level_of(prev_ind[0])
        change = _CHANGE_END.search(prev_ind[0])
        if change and q.unit in _PERCENT_UNITS and prev is not None and prev.unit in _PERCENT_UNITS:
            base = _level_of(prev_ind[0]) + change.group(0)  # 增长11.6%，较上年同期（3.2%）: a rate then too
        base = _yardstick_rate_base(prev_ind[0], prev, q) or base
        base = _averaged_base(view.text, q, base)
        if len(base) >= 2:
            return base, q.start, q.end, "base-of-previous"
    if prev_ind is None and base_period is not None:
        # 全市常住人口与2010年第六次全国人口普查的725482人相比: no figure before, the clause before the
        # comparison names the measure the base is a level of (was the words after it, 相比)
        own = _measure_before_base(text, s_start, base_period[0])
        if own:
            return own, q.start, q.end, "base-of-clause"
    normal = _climate_normal(text, s_start, q) if prev_ind is not None else None
    if normal:  # 平均气温14.0℃，比历年平均值12.7℃偏高1.3℃: the normal of the level before (平均气温历年平均值)
        base = level or _level_of(prev_ind[0])
        if len(base) >= 2:
            return base + normal, q.start, q.end, _NORMAL_RULE
    # 0b. 收入37730万元，为全年预算46908万元的80.43%: the share of the level in the target
    if q.unit in _PERCENT_UNITS and level and prev_ind is not None and prev is not None \
            and text[prev.end:q.start].strip() == _DE and _is_target(prev_ind[0]):
        return level + _target_part(prev_ind[0]), q.start, q.end, "share-of-previous"
    # 0b''. 接收档案24343卷、53271件、2267张档案: bare counts listed over 、 count what the last one names
    shared = _listed_counts_noun(view, q, s_end) or _paired_count_noun(view, q, nxt)
    if shared is not None:
        return shared, q.start, q.end, "count-noun"
    # 0b'. 搬迁群众1410户5640人, 涉及126栋楼3484户: a second count right after the first, in another unit
    joined = _joined_count(text, q, prev, prev_ind)
    if joined is not None:
        return joined, q.start, q.end, "copula"
    # 0b'''. 指出5991户11043人农村低保对象 (minzheng92): a bare count of households right against a count of
    # people that names its noun counts the same group, the noun after the pair (not the clause's verb, 指出),
    # where a verb is written right before the pair (低保户5800户14200人享受低保: the noun before it stays)
    if not q.counted and _pair_named_after(q, nxt) and not _VERB_NOT_NOUN.match(nxt.counted) \
            and not _not_counted(text, nxt) and nxt.end < s_end and _verb_right_before(text, q.start, s_start):
        return nxt.counted, q.start, q.end, "count-noun"
    # 0c. 完成全年900万人目标的73%: an amount inside a target, and the share of it done
    target = _amount_in_target(text, s_start, q, prev, level)
    if target is not None:
        return target
    # 0c'. 城镇新增就业完成年度计划(100万)的98%: the target's amount in brackets, the share of it done
    bracketed = _bracketed_target(view, s_start, q, prev, prev_ind, level)
    if bracketed is not None:
        return bracketed
    bounded = _bounded_class(text, q)
    if bounded:  # 3个5000万元以上项目: the projects of that size, not the bare 个
        return bounded, q.start, q.end + len(bounded), "count-noun"
    # 1'. 38个大类行业中32个实现增长: a count with no noun of its own right after a whole closed by 中
    if q.unit not in _PERCENT_UNITS and (not q.counted or _VERB_NOT_NOUN.match(q.counted)
                                         or _not_counted(text, q)):
        whole = _whole_of_part(text, q, prev)
        if whole:
            return whole, q.start, q.end, "count-noun"
    shared = _noun_shared_down_list(text, q, s_end)
    if shared:  # 全国120个、四川省10个、甘孜州5个纯牧业县之一: each count's noun is the last one's
        return shared, q.start, q.end, "count-noun"
    # 1. the noun right after the unit: N个X, 300万元专项经费, 3393个“健康小屋”
    if q.counted and q.unit not in _PERCENT_UNITS and not _VERB_NOT_NOUN.match(q.counted) \
            and not _spent_on(q) and not _closes_rate(q) and not _count_changes_level(text, s_start, q, prev, prev_ind) \
            and not _not_counted(text, q) and q.counted not in cues("metrics.sum_adverbs") \
            and not _names_next_figure(text, q, nxt) \
            and q.end < s_end and not (q.unit in cues("metrics.people_unit")
                                       and q.counted.startswith(cues("metrics.people_verbs")
                                                                + cues("metrics.people_going_verbs"))
                                       or _people_forming_team(text, q)):
        listed = next((w for w in _PROVINCE_LISTS if text.startswith(w, q.end)), None) \
            if text.startswith(_PROVINCE_LISTS, q.end) else None  # (one C test first: most counts open none)
        if listed:  # 31个省、自治区、直辖市: the country's provinces named by their kinds, one noun
            return listed, q.start, q.end + len(listed), "count-noun"
        counted = _before_one_of(q.counted[:s_end - q.end])  # never past the sentence (a joined paragraph)
        counted = _before_per_time(counted)  # 10亩胶林|每月也能带来3000元收入: the rubber trees
        counted = _before_topic_jiu(counted)  # 13个村书记|就本村产业如何发展谈想法: the secretaries
        counted = _before_dated_yu(text, q, counted)  # 26名县级领导|于3月下旬开展巡林: the leaders
        counted = _before_time_word(counted)  # 五个部门|日前联合下文: the bodies
        counted = _people_before_predicate(text, counted, q)  # 9名受害人|现场领取: the victims
        cut = _MEASURE_CUT.search(counted)
        if cut and cut.start() >= 2 and (k := _divisions_before_measure(text, counted, cut, q, nxt)):
            counted = counted[:k]  # 62个贫困县规模以上…增加值占…比重为18.1%: the counties, then their measure
        elif money := _money_noun_end(counted, q, nxt):
            counted = counted[:money]  # 争取2400万元项目资金建设卫生院5个: the amount's noun, then what it built
        elif (year := _annual_cut(counted, q, nxt)) is not None:
            counted = counted[:year]  # 64家农户|年可出栏山鸡6.5万只, 30家企业|年产值达5亿元: the things, then their year's
        elif cut and cut.start() >= 2 and nxt is not None and nxt.start <= q.end + len(counted) + 1:
            counted = counted[:cut.start()]  # 15个项目总投资达98.6亿元: the projects, then their investment
        elif cut and cut.start() >= 2 and _changed_measure(text, counted, cut, q.end, nxt):
            counted = counted[:cut.start()]  # 37个行业增加值同比增长: the industries whose value added grew
        elif k := _cities_before_measure(text, counted, q, nxt):
            counted = counted[:k]  # 339个地级及以上城市|PM2.5平均浓度为26微克/立方米: the cities, then their measure
        beats = _RATE_BEATS.search(counted)
        if beats and beats.start() == 0:
            whole = _whole_of_part(text, q, prev)
            if whole:  # 83个县（市、区）中，43个增速超过全省县域平均水平: 43 of those counties
                return whole, q.start, q.end, "count-noun"
        elif beats:
            counted = counted[:beats.start()]  # 43个县增速超过全省平均水平: the counties that beat it
        counted = _admin_units_measured(text, counted, q, nxt)
        sized = _sized_class(text, q, counted)
        if sized:  # 8个总投资127亿元项目, 总投资127亿元|项目: the projects counted, the amount their investment
            return sized, q.start, q.end + len(counted), "count-noun"
        counted = _counted_before_trip(view, q, counted)  # 227家粤企|到毕节…投资兴业: the firms
        counted = _counted_before_names(view, q, counted)  # 四位巡察组组长|朱立峰、田军强: the leaders
        name = _without_locative(_strip_quotes(counted), text[q.end + len(counted):q.end + len(counted) + 2],
                                 text[max(s_start, q.start - 1):q.start])
        name = _without_reference(name)  # 5项审计结果(见附件): where the items are listed
        name = _without_vintage(name)  # 4个2019年省重点项目: the year's list, no word of the noun
        name = _without_origin(name)  # 400多名来自全市各条战线的妇女代表: where they come from, no word of it
        name = _without_most_of(name)  # 5000余件提案绝大多数已经办复: most of the proposals, the noun is 提案
        name = _without_honour_title(name)  # 12个乡镇优胜乡镇荣誉称号: the towns, then the honour they got
        bare = _TAIL_STRIP.sub("", name)
        if len(bare) >= 2 and not (text[q.end:q.end + 1] in _OPEN_Q):
            name = bare  # 5条高速公路共完成投资…: 共 closes the clause, it is no part of the noun
        end = q.end + len(counted)
        if end < len(text) and text[q.end] in _OPEN_Q:
            end += 2
            branded = text.find(counted, q.end + 1, q.end + _BRANDED_REACH) if len(counted) >= 2 else -1
            if branded > q.end + 1:  # 6台“贝林”牌燃油加油机: the product after the quoted brand, whole (a quoted noun
                # itself, 3个“健康小屋”, opens right after the mark: its end stays past the closing mark)
                end = branded + len(counted)
        if len(name) >= 3 and name[-1] in _GROUP_PARTITIVE and text.startswith(_DE, end):
            name = name[:-1]  # 在全省96个县市区中的排名, 87场活动中的1500多个诉求: among them, the noun is 县市区
        if len(name) >= 2 or (name and text[q.end] in _OPEN_Q) or _ADMIN_UNIT.fullmatch(name) \
                or name in cues("metrics.one_char_counted"):  # 200只羊、40头牛: livestock, named by one character
            if nxt is not None and nxt.unit == q.unit and nxt.counted and len(name) >= 2 \
                    and (_HEAD_SHARE.fullmatch(text[end:nxt.start]) or _rank_before_list_mark(text, end, nxt, name)) \
                    and len(nxt.counted) > len(name) and not nxt.counted.startswith(name) \
                    and name[-1] in nxt.counted[:len(name) + 1]:
                # 6座大型及8座中型水库: the head noun (水库) is shared (never across 、:
                # 176个养老服务机构、16个社会救助经办机构 are two whole names; the two modifiers end
                # alike, 大型/中型, 公办/民办: 27名孤儿和76名事实无人抚养儿童 share no head)
                name += nxt.counted[nxt.counted.index(name[-1], 0, len(name) + 1) + 1:]  # 国家级和5个省级开发区
            name = _without_perfective(_planted_area(text, q, name))  # 种植1万多亩“鹿寨蜜橙”: the crop's area planted
            if (partner := _summed_partner(text, end, s_end)) and len(name) >= 2:  # 189家总承包和专业承包建筑业企业|共完成
                name, end = name + re.sub(r"[（(].*$", "", partner), end + len(partner)
            return _status_of_units(text, s_start, q, _people_hit(name, q)), q.start, end, "count-noun"
    # left context: from the clause boundary (or the previous figure) to the number
    lo = s_start
    if prev is not None and prev.end > lo:
        lo = prev_ind[2] if prev_ind and prev_ind[2] <= q.start else prev.end
    left = text[lo:q.start]
    joined = left  # what joins the figure to the previous one (、比全省高)
    # 2a. shares listed after 分别: 煤、油、气的比重分别为42.9%、33.8%、5.7% (item k for figure k)
    if q.unit in _PERCENT_UNITS:
        listed = _listed_share(text, s_start, q.start)
        if listed:
            return listed, q.start, q.end, "respectively-share"
    # 2a'. 增长6.6%，较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点: listed bases
    based = _respective_base(text, s_start, q, prev, prev_ind)
    if based:
        return based, q.start, q.end, "respectively-base"
    # 2b. A、B、C分别增长a、b、c: the k-th figure measures the k-th item of the list
    listed = _respective_indicator(view, s_start, q)
    if listed:
        return listed[0], listed[1], q.end, "respectively"
    # 2b'. 南平市、三明市、龙岩市…分别将完成21.05万亩、17.3万亩、9.59万亩的植树造林任务: the task after the run
    tasked = _respective_task(text, s_start, s_end, q)
    if tasked:
        return tasked
    if _unparsed_respective_list(view, s_start, q):
        return _unnamed(q)
    # 2. an enumeration continued: 1000平方米、500平方米 — same indicator as the previous figure
    if prev is not None and prev_ind and _ENUM_JOIN.match(left) and prev.unit == q.unit \
            and not (prev_ind[3] in ("percent-of", "percent-doing") and text.startswith(_DE, q.end)):
        # (60%以上的税收、70%以上的技术创新成果: each share names its own noun after 的)
        return prev_ind[0], q.start, q.end, "enumeration"
    # 3a. a time spent on something: 历经5年左右的考察 → 考察时间
    if q.unit in _DURATION_UNITS and q.end < s_end and text[q.end] == _DE:
        m = _DURATION_OF.match(text[q.end + 1:s_end])
        name = _without_clause_tail(_clean(_strip_quotes(m.group(0)))) if m else ""
        if len(name) >= 2:
            return name + cues("metrics.duration_name")[0], q.start, q.end + 1 + len(m.group(0)), "duration-of"
    # 3b. 向叙利亚提供3000万元人民币的紧急人道主义援助: money given, named by the noun after 的
    given = _given_as(text, q, s_end)
    if given is not None:
        return given
    among = _share_among_group(view, s_start, s_end, q)
    if among is not None:  # 人才中90%以上具有侨的背景: the share of the group doing it
        return among
    # 3. a percentage of something: 93%的新时代文明实践中心…, 每月20%的进度 → 每月进度
    de = q.end < s_end and text[q.end] == _DE
    if q.unit in _PERCENT_UNITS and q.end < s_end and (de or _share_word_led(text, q)):
        # (近六成企业实现盈利: a share written in words is followed by its noun without 的)
        m = _PERCENT_HEAD_RUN.match(text[q.end + de:s_end])
        if m and de and _place_after_share(view, q.end + 1, len(_percent_head(m.group(0)))):
            m = None  # 少数民族人口占比超过三分之一的贵州省: the share's place, no noun it measures (minzu102)
        if m:
            noun = _percent_head(m.group(0))
            bare = _rate_noun_only(noun)
            head = _with_share_predicate(m.group(0), bare) if bare == noun else bare
            digit = _DIGIT.search(head)
            if digit and len(_level_of(head[:digit.start()])) >= 2 and _level_of(head[:digit.start()]) != head[:digit.start()]:
                head = _level_of(head[:digit.start()])  # 占比63.3%的电力供应业同比增长6.5%: the noun, not its change
            elif digit and digit.start() >= 2 and head[digit.start() - 1] in _JOINS:
                head = head[:digit.start() - 1]  # 80%以上的城镇就业岗位和90%以上的新增就业岗位: the next share's own noun follows
            name = _clean(head)
            if name:
                cut = max(left.rfind(ch) for ch in _CLAUSE_PUNCT)
                before = _clean(_strip_quotes(left[cut + 1:]))
                if _TARGET_NOUN_ONLY.fullmatch(name) and len(before) > 4 \
                        and not before.startswith(cues("metrics.yardstick_verbs")):
                    # 2006年~2010年单位国内生产总值能耗降低20%左右的目标: the target of the clause
                    # (after its last time: 规划提出的2006年~2010年 is no part of it)
                    times = find_periods(before)
                    after = _clean(before[times[-1][1]:]) if times else before
                    named = after if len(after) >= 2 else before
                    k = text.find(named[:2], lo, q.start)
                    return named, (k if k >= 0 else q.start), q.end, "clause-before"
                held = _target_held_to(name, before, q, prev, prev_ind)
                if held:  # 城镇登记失业率3.85%，低于4.5%的控制目标: the rate's target
                    return held, q.start, q.end + de + len(head), "percent-of"
                prefix = before if 0 < len(before) <= 4 and not before.startswith(
                    cues("metrics.yardstick_verbs")) else ""  # (低于5.5%的预期控制目标: a yardstick)
                prefix = prefix.removesuffix(_BY_FIGURE)  # 工业以8.5%的增幅位居全省第一: 以 the preposition
                prefix = "" if prefix.strip(_JOINS) == "" else prefix  # (…和|90%以上的新增就业岗位: the list's join)
                if prefix and _place_only(view, lo, q.start, prefix):
                    prefix = ""  # 成华区50%的城市社区建成…: the place is whose share it is (tongzhi98), no part of the noun
                start = text.find(prefix, lo, q.start) if prefix else q.start
                if _SHARE_ALONE.fullmatch(prefix) and len(name) >= 2:
                    # 占比63.3%的电力供应业: the share the noun after it holds → 电力供应业占比
                    return name + prefix, (start if start >= 0 else q.start), q.end + de + len(head), "percent-of"
                rule = "percent-of" if head == bare else "percent-doing"  # (近六成行业实现增长)
                if _MEETING.match(m.group(0)[len(head):]):
                    rule = "percent-meeting"  # 93%的中心面积分别达到…: the share meeting a standard
                return (prefix + _strip_quotes(name), start if start >= 0 else q.start,
                        q.end + de + len(head), rule)
    # 4. a quoted name right before the figure: “互助组”7000余个
    qb = _quoted_before(text, q.start, lo)
    if qb:
        return qb[0], qb[1], q.end, "quoted-before"
    # 5. the rest of the clause before the figure: 共完成网上巡查1200余次, 总投资173.6亿元
    cut = _clause_cut(left)
    etc_list = not q.counted and not _DIGIT.match(text, q.end)  # (等10类5828个资源: the next figure's noun names both)
    if cut >= 0 and etc_list and left[cut] == _ENUM_COMMA and _etc_counts_list(left, cut):
        # 发放宣传册、慰问信等1200份: the whole list (only from a 、 inside it: a comma before the list ends
        # the clause, 按照…要求，组织全县各乡镇站长及水果种植大户等100余人)
        cut = max(left.rfind(ch, 0, cut) for ch in _CLAUSE_PUNCT if ch != "、")
    if cut >= 0 and (not _has_respective(left) or _clean(left[cut + 1:]).strip(cue_chars("metrics.copula_chars"))):
        # 有莱阳、栖霞、海阳,采购额分别为…: the clause before 分别 names the indicator; only a bare
        # 分别为 sends us back to the list before it
        lo += cut + 1
        left = text[lo:q.start]
    elif cut >= 0:
        lo += _listing_clause(left, cut)
        left = text[lo:q.start]
    lo += len(left) - len(_after_run_in(left))  # 财政收入 全年财政收入跨越…: a run-in heading
    lo += _glued_label(text, s_start, lo, q.start)  # 人口年末常住人口…: a label glued to its text
    lo += _bracket_part_lead(text, lo, q.start)  # (含医疗机构自查自纠163.18万元): the inclusion, no word of the part
    left = text[lo:q.start]
    k = _etc_end(left)
    list_verb = ""
    if k >= 0 and not (etc_list and _etc_closes_left(left, k)):  # (等10类基层公共服务资源: its noun names it)
        list_verb = _verb_opening_list(text, s_start, lo + k)
        lo += k + 1
        left = left[k + 1:]
        reason = next((w for w in _ETC_REASONS if left.startswith(w) and len(left) - len(w) >= 2), "")
        lo += len(reason)  # 因购房、还贷等原因提取住房公积金: the causes' noun closes their list
        left = left[len(reason):]
        listed = _etc_class_before_verb(left)
        lo += listed  # 向军营、社区等地赠送党史书籍1500多册: the places listed, then what is done
        left = left[listed:]
    times = [(a - lo, _year_word_end(text, b, q.start) - lo) for a, b, _w in find_periods(text, lo, q.start)]
    note = _dated_note(left, times)
    if note >= 0:  # 参加生育保险职工(自2015年3月起用人单位按…缴纳)1266.58万人: the note's time cuts no noun
        left = left[:note]
        times = [t for t in times if t[1] <= note]
    streaks = [m.span() for m in _STREAK_SPAN.finditer(left)]  # 连续5年稳定在50万吨: no figure before it
    # 5000万元以上项目32个, 其中5千万以上的67个: a class's bound is part of the noun, no figure before it
    bounds = [(m.start() - lo, m.end() - lo) for m in _CLASS_BOUND.finditer(text, lo, q.end)]
    if "%" in left:  # 增幅在200%-300%之间的运输机场有5个: a band of rates names the class counted
        bounds += [(m.start() - lo, m.end() - lo) for m in _RATE_CLASS.finditer(text, lo, q.end)]
    bounds += [(m.start() - lo, m.end() - lo) for m in _AGE_BAND.finditer(text, lo, q.start)]
    bounds += [(m.start() - lo, m.end() - lo) for m in _VOLTAGE_CLASS.finditer(text, lo, q.start)]
    bounds += [(m.start() - lo, m.end() - lo) for m in _CASUALTY_CLASS.finditer(text, lo, q.start)]
    bounds += [(m.start() - lo, m.end() - lo) for m in _HOTLINE.finditer(text, lo, q.start)]
    bounds += [(m.start() - lo, m.end() - lo) for m in _PACK_BRACKET.finditer(text, lo, q.start)]  # 精制盐(250克/袋)
    bounds += [(m.start() - lo, m.end() - lo) for m in _QUOTED_NUMBER.finditer(text, lo, q.start)]  # “4050”人员
    if q.unit in _MONEY_UNITS or q.unit in _PERCENT_UNITS:  # 对RCEP其他14个国家: no count (`_counts_a_partner`)
        bounds += [(m.start() - lo, m.end() - lo) for m in _PARTNER_COUNT.finditer(text, lo, q.start)
                   if not text.endswith(_PARTNER_MARK_WORDS, 0, m.start() + 1)]
    asides = _yardstick_asides(left)  # 高于全国(5.4%)、全省(5.2%)0.1…: no figure before it
    bounds += [m.span() for m in _RANKING_NAME.finditer(left)]  # 世界500强企业300家: the ranking's size names the firms
    ends = [d.end() for d in _FIGURE.finditer(left)
            if not any(a <= d.start() < b for a, b in times + streaks + bounds + asides)]
    ends += [b for a, b in times if (any(ch.isdigit() for ch in left[a:b]) or _later_level_time(left, a))
             and not _compared_base(left, a) and _base_frame_end(left, a, b) < 0]
    if ends:  # 安新、容城、雄县3县共发现安全隐患8处: what follows the other figure or a date
        k = max(ends)
        k, stop = _before_times(left, times, ends, k)
        lo += k
        left = left[k:stop]
        rest = _unit_rest(text, lo)  # 提前10分钟延长至…, 历时3小时完成…: the rest of the unit, no noun
        rest += _time_close(text, lo + rest)  # 2小时内|曝光量280万: the time's 内, no word of the noun
        lo += rest
        left = left[rest:]
        unit = _MEASURE_OPENING.match(left)
        if unit and len(_clean(left[unit.end():])) >= 2:
            lo += unit.end()  # 总装机26.9万千瓦光伏项目9个: the unit closes the capacity, the noun follows
            left = left[unit.end():]
    name = _clean(_STREAK_SPAN.sub("", _without_comparison_base(_strip_quotes(_without_yardstick_asides(
        _without_driver_aside(_PACK_BRACKET.sub("", _QUOTED_RUN_JOIN.sub("、", left))))))))  # (精制盐(250克/袋)10吨: the pack's size is no word of the noun)
    if list_verb and not ends and len(name) >= 2 and list_verb not in name:
        name = list_verb + name  # 检查大型商超、商铺、药店等单位1045家次: 检查单位, no bare 单位
    if ends or (prev is not None and prev.end == lo):  # (another figure of the clause right before the words)
        name = _after_figure_joiner(name)
    as_read, name = name, _after_station(_after_named_group(view, lo, q, _without_opening_entity(view, lo, q.start, name)), q)
    stripped = name
    name = _after_deal_partner(view, lo, q.start, _after_visited_place(view, lo, q.start, _after_doers(
        _after_listed_doers(text, lo, q.start, name))))
    name = _without_opening_person(view, lo, q.start, name)
    unlisted = _LISTED_ASIDE.sub(_named_members_aside, name)  # 三大标志性战役(黄河“几”字弯攻坚战、…)已完成造林
    if len(unlisted) >= 2:  # 种草: the members listed in brackets name what did it, no word of what was done
        name = unlisted
    if prev_ind is not None and prev_ind[3] == "count-noun" and prev_ind[2] == lo:
        # (hebei89: 76个场馆和相关配套基础设施项目开工了65个: with no 的 to close a partner, 和 right after the
        # counted noun joins the two figures as after a figure, no part of the second one's name)
        name = _after_figure_joiner(_after_counted_partner(name))
    name = _picked_from(name, text, lo, prev)
    name = _measure_of_counted(name, lo, prev_ind)
    name = _amount_of_counted_item(text, name, q, prev, prev_ind)
    name = _rate_of_sampled(text, s_start, q, name)
    name = _progress_of_item(text, q, name, prev, prev_ind)
    pull = _pull_of_previous(text, s_start, left, name, q, prev, prev_ind)
    if pull:  # (quoted from the verb: 拉动全市规模以上工业1.3个百分点)
        return pull, q.start - len(left.lstrip(" ，,")), q.end, "pull-of-previous"
    top = _RANK_TOP_TAIL.search(name)
    if top and top.start() >= 2:
        name = name[:top.start()]  # 投资额位居前三，分别为…: the rank of the listed items, no part of what they measure
    if name.endswith(cues("metrics.per_time_words")) and len(name) >= 4:
        name = _without_per_head(_clean(name[:-2]))  # 城镇新增就业每年超过900万人: the rate's time is no part of the name
    if prev_ind is not None:
        name = _compared_again(name, joined, prev_ind[0], q.unit == cues("metrics.points_unit")[0])
        name = _tier_of_previous(name, prev_ind[0])
        base = _level_of(next((prev_ind[0][:prev_ind[0].index(w)] for w in _OTHER_BASIS if w in prev_ind[0][2:]),
                              prev_ind[0]))
        if name.startswith(_OTHER_BASIS) and not _GROWTH.match(name) and len(base) >= 2 \
                and not base.startswith(_OTHER_BASIS):
            name = base + name  # 收入3.5亿元，自然增幅2%，同口径完成3.67亿元: that income, measured so
        name = _actual_of_planned(left, name, prev_ind[0])
        name = _cumulative_of_previous(text, left, name, q, prev, prev_ind[0])
        if len(name) < 2 and prev_ind[3] == "count-noun" and prev_ind[2] == q.start and prev.counted:
            # 分两期投放政策性开发性金融工具7400亿元: the noun after the count names this amount
            name = _clean(_strip_quotes(prev.counted))
    if _single_division(text, q, name) or _single_livestock(text, q, name) or _single_staple(text, q, name):
        return name, q.start - 1, q.end, "clause-before"
    if (full := _single_casualty(text, q, name)) is not None:
        return full, q.start - 1, q.end, "clause-before"
    noun = _verb_then_attributive(view, q, s_start, s_end) or _place_then_attributive(view, q, s_start, s_end)
    if noun:  # 大力推进1.32万亩的高标准农田建设: the noun after 的, no verb 大力推进
        return noun, q.start, q.end, "clause-after"
    if len(name) < 2 and left.strip(" ，,") in _AVERAGES and prev is not None and prev_ind is not None \
            and (prev.unit == q.unit or prev.unit in _PERCENT_UNITS and _CHANGE_END.search(prev_ind[0])) \
            and len(_level_of(prev_ind[0])) >= 2:
        # 全国民航累计运输旅客1913.8万人次，日均239.2万人次: the daily average of the level before (or of
        # the level whose change came last: 发送旅客3.56亿人次，…增长9.7%，日均880万人次)
        name = _average_of(left.strip(" ，,"), _level_of(prev_ind[0]))
    if len(name) < 2:
        earlier = _level_before_change(text, s_start, lo)
        # (周村村集体经济收入从原先的6万多元增至现在的30多万元: the place opening it is the subject, as for the earlier)
        earlier = _without_opening_entity(view, s_start, lo, earlier) if earlier else None
        name = _label_before(text, s_start, lo) or earlier \
            or (_clause_before_named(view, s_start, lo)
                if _figure_ends_clause(text, q.end) else None) \
            or (_ranked_share_before(text, s_start, lo) if q.unit in _PERCENT_UNITS
                and left.strip(" ，,") in cues("metrics.share_verb") else None) \
            or (_ranked_share_of_level(text, s_start, lo, prev_ind) if q.unit in _PERCENT_UNITS
                and left.strip(" ，,") in cues("metrics.copula") else None) or name
        if len(name) >= 2 and left.strip(" ，,") in _INCREMENT_OPENERS:
            name = _increment_of_level(left.strip(" ，,"), name)  # 实缴人数突破263万人，新增24万人: 新增实缴人数
    elif name in _EXTREMES:
        name = _extreme_of_clause_before(view, s_start, lo, name)
    elif name in _BARE_SHARES and prev is None and q.unit in _PERCENT_UNITS:
        name = _share_of_clause_before(view, s_start, q) + name
    share = cues("metrics.share_verb")
    if q.unit in _PERCENT_UNITS and (bare := _APPROX_BEFORE_SHARE.sub("", name, count=1)) != name:
        name = left = bare  # 研究生学历30人，约占22.5%: the share of the count, its 约 no part of the name
    of_target = _SHARE_OF_TARGET.fullmatch(left.strip(" ，,")) if q.unit in _PERCENT_UNITS else None
    if of_target and prev_ind and prev is not None and prev.unit not in _PERCENT_UNITS \
            and len(_level_of(prev_ind[0])) >= 2:
        # 1-6月累计完成投资362.32亿元，占年计划投资的64.49%: the share of the plan done, not a bare 占比
        return _level_of(prev_ind[0]) + of_target.group(1), q.start, q.end, "share-of-previous"
    if q.unit in _PERCENT_UNITS and (name.startswith(share) or _strip_quotes(left).strip(" ，,").startswith(share)
                                     or _SHARE_VERB_BEFORE_YEAR.fullmatch(text, _clause_start(text, s_start, lo), lo)) \
            and prev_ind \
            and prev is not None and _share_of_level(prev, prev_ind[0], left) \
            and not _has_respective(text[s_start:q.start]):
        # (after 分别为a、b、c the share is of the listed whole, named by its own clause)
        # 货物类项目采购额为2.9亿元，占全市采购额的12.7%: the share of the previous amount
        return prev_ind[0] + cues("metrics.share_suffix")[0], q.start, q.end, "share-of-previous"
    # 为调整预算(以下简称“预算”)的97.9% (budget80, a final account): the short form the text defines there
    # is no word of the target
    bare_left = _SHORT_FORM_ASIDE.sub("", left).strip() if "简称" in left or "下称" in left else left.strip()
    target = _TARGET_SHARE_LED.fullmatch(bare_left) \
        or _TARGET_SHARE_BARE.fullmatch(bare_left)  # (已经完成全年预期目标任务的99%, 完成年初预算36.7%)
    if q.unit in _PERCENT_UNITS and target and prev_ind and prev is not None:
        # 固定资产投资完成71.77亿元，同比增长20.4%，完成全年目标的55.2%: the share of the target done
        return _level_of(prev_ind[0]) + target.group(1), q.start, q.end, "share-of-previous"
    again = _target_share_again(left, q, prev, prev_ind)
    if again:  # 完成省民生工程目标任务的130.26%，市民生工程目标任务的127%: the same level's second target
        return again, q.start, q.end, "share-of-previous"
    if q.unit in _PERCENT_UNITS and name.startswith(share) and prev_ind and prev_ind[3] == "change-of-previous":
        # 总产值完成312.4亿元，同比增长9.8%，占全年目标任务的78.1%: the share is the level's
        return _level_of(prev_ind[0]) + name, q.start, q.end, "share-of-previous"
    if q.unit in _PERCENT_UNITS and name.startswith(share) and prev_ind and prev is not None \
            and prev.unit in _PERCENT_UNITS and len(name) >= 3 and re.match(r"\s*[，,]", joined):
        owner = None
        suffix = cues("metrics.share_suffix")[0]
        if prev_ind[3] == "share-of-previous" and prev_ind[0].endswith(suffix):
            owner = prev_ind[0][:-len(suffix)]  # 税务部门完成…，占调整预算100.93%，占一般公共预算收入的48.51%
        elif prev_ind[3] == "clause-before" and _level_of(prev_ind[0]) != prev_ind[0]:
            owner = _level_of(prev_ind[0])  # 城镇投资增长33.0%，占全市投资比重为73.6%: the investment's share
        if owner and len(owner) >= 2 and not owner.startswith(share):
            return owner + name, q.start, q.end, "share-of-previous"
    b_prev, b_ind = (before_share if before_share is not None and prev_ind and prev_ind[3] == "share-of-previous"
                     else (prev, prev_ind))  # (蒙古族29名,占代表总数的14.5%,满族1名: the share an aside, minzu102)
    name = _breakdown(name, text[s_start:q.start], b_prev, b_ind, q,
                      _place_only(view, lo, q.start, name, have=True))
    if prev_ind and prev is not None and _level_after_start(text, prev, q):
        return prev_ind[0], q.start, q.end, "copula"  # 文盲率由14.03%下降为10.80%: the same measure, later
    if prev_ind and prev is not None and name in _LOCAL_PART_WORDS and prev.unit == q.unit \
            and not any(ch in _LOCAL_PART_STOPS for ch in text[prev.end:q.start]):
        # 部分镇街最高气温可达35~37℃，局部可超过38℃: the same measure where it is highest (局部, 局地), not
        # a measure named 局部
        return prev_ind[0], q.start, q.end, "copula"
    short = q.unit in _PERCENT_UNITS and name in cues("metrics.short_change_verbs") and text.endswith(name, 0, q.start)
    # 生猪7.78元/斤，较上周上涨0.36元，涨幅为4.86%: a rate-of-change noun alone is the previous level's
    alone = q.unit in _PERCENT_UNITS and (name in _CHANGE_NOUNS or _BASIS_LED_RATE.fullmatch(name) is not None)
    # (贷款余额达1980.5亿元，同比增速为44.5%: a basis and a rate noun alone are the level's too, jinrong90)
    gap = prev is not None and prev.unit not in _PERCENT_UNITS and _YARDSTICK_GAP.fullmatch(name) is not None
    if prev_ind and (_GROWTH.match(name) or short or alone or gap):  # (牧业产值38.69亿元，增4.0%: 增 alone before the rate)
        # 地区生产总值3500.5亿元，同比增长6.5%: the change of the previous figure (of its level
        # when that was a change too: 同比增长14.9%，比2019年1-7月增长5.1%; but 同比增长5.8%，比1-6月
        # 加快0.7个百分点 is a change of that growth rate)
        k = text.find(name[:2], lo, q.start)
        points = prev is not None and prev.unit in _PERCENT_UNITS and q.unit in cues("metrics.points_unit")
        base = _rate_compared(prev_ind[0], prev) if points else _level_of(prev_ind[0])
        if prev_ind[3] == _NORMAL_RULE:
            base = _without_normal(base)  # 比历年平均值12.7℃偏高1.3℃: the measure is above its normal
        if points and _BASIS_LED_RATE.match(name) and len(_level_of(prev_ind[0])) >= 2:
            base = _level_of(prev_ind[0])  # 同比上涨1.2%，同比涨幅较1月收窄2.8个百分点: the rate is named
        if not points and level and prev is not None and prev.unit in _PERCENT_UNITS \
                and not _GROWTH.search(prev_ind[0]) \
                and not (_rate_of_its_own(prev_ind) and q.unit in _PERCENT_UNITS):
            base = level  # 收入12.35亿元，为预算的101.2%，同比增长8.6%: the growth is the level's
            # (a rate changes by a rate: 参合率98.17%，…增加55.77万人 is the count's change)
        elif not points and prev is not None and prev.unit in _PERCENT_UNITS and prev_ind[3] == "share-of-previous":
            base = _before_target_share(base)  # 城镇新增就业完成年度计划(100万)的98%，同比增长8.2%: the jobs grew
        base = _measure_of_rate_noun(base, name, prev, q, points)
        held = _SHARE_HELD.search(base) if prev_ind[3] == "percent-of" else None
        if held and held.start() >= 2:
            base = base[:held.start()]  # 占比63.3%的电力供应业同比增长6.5%: the industry grew, not its share
        owner = _share_owner(base, q, prev) if name.endswith(_OWNER_GROWTH_VERBS) else None
        if owner is not None:
            base = owner  # 增加值占…的比重85.9%，同比增长5.2%: the value added grew, not its share
        rank = cues("metrics.rank_word")[0]
        if prev is not None and prev.unit in cues("metrics.rank_units") and rank in base[2:]:
            base = base[:base.index(rank, 2)]  # …位次比一季度前移4位，两年平均增长5.4%: the level's growth
        ranked = _ranked_divisions_measure(text, s_start, prev, prev_ind, q) if prev is not None else None
        if ranked is not None:
            base, name = ranked, _RELATIVE_TO.sub("", name) if len(_RELATIVE_TO.sub("", name)) >= 2 else name
        return base + _without_repeated_share(base, name), (k if k >= 0 else q.start), q.end, "change-of-previous"
    priced = _priced_clause_before(text, s_start, q.start) if alone and prev_ind is None else None
    if priced:  # 鲜菜价格涨势明显，涨幅达14.1%: the price the clause before speaks of rose so much
        return priced + name, text.find(priced, s_start, q.start), q.end, "clause-before"
    if prev_ind and q.unit in cues("numbers.multiple_unit") and _multiple_base_only(name):
        return level or _level_of(prev_ind[0]), q.start, q.end, "copula"  # 是去年同期的18倍
    whole = level or (_level_of(prev_ind[0]) if prev_ind else None)
    if whole and len(whole) >= 2 and q.unit in _PERCENT_UNITS \
            and (_SHARE_ALONE.fullmatch(name) or _share_of_count_moved(name, prev)):
        # 第二产业完成投资305.66亿元，下降5.91%，所占比重（46.96%）/ 服务业实际使用外资金额同比下降
        # 14.48%，占比为40.68%: the share of that level (of the measure the change was of)
        return whole + name, q.start, q.end, "share-of-previous"
    if level and (name in cues("metrics.conversion_verbs") or name.endswith(cues("metrics.conversion_tails"))) \
            and q.unit not in _PERCENT_UNITS:
        # 实际使用外资金额9431.5亿元（折合1420.1亿美元）: the same amount in another currency
        return level, q.start, q.end, "copula"
    if level and prev is not None and _converted_in_brackets(left, name, q, prev):
        # 种植面积455.6万亩（303.73千公顷）, 批准建设用地4.736公顷（计71.04亩）: the same amount in
        # another unit, right after it
        return level, q.start, q.end, "copula"
    bare_share = _bare_bracketed_share(text, s_start, q, prev, prev_ind, left, whole)
    if bare_share:  # 15个农村幸福院建设已完成8个(53%), 城镇人口30万人(45%): the share of that count
        return bare_share, q.start, q.end, "share-of-previous"
    if len(name) >= 2 and (_place_only(view, lo, q.start, name)
                           or name in (as_read, stripped) and _only_a_body(view, lo, q.start, as_read)):
        # (济南慈善总会 20292496.3元, 历下区 1746070元: a list's row, the name and its figure apart)
        head = _places_list_head(view, s_start, q)
        if head:  # 百强县数量前三位的是，浙江23个、江苏22个: each place's 百强县数量, not 个
            return head, q.start, q.end, "list-head"
        whole = _whole_opening_run(view, s_start, q)
        if whole:  # 在第二产业和第三产业法人单位中，位居前三位的地区是：双福街道2718个: each place's units
            return whole, q.start, q.end, "list-head"
        if _next_place_item(view, s_start, q, prev, prev_ind):  # 分别为：霍山县34个、金寨县32个: as the item before
            return prev_ind[0], q.start, q.end, "list-head"
        if prev is not None and prev_ind and prev_ind[3] != "unit" and _bracketed_place_part(view, q, prev, s_start):
            return prev_ind[0], q.start, q.end, "bracket-part"  # 确诊病例6例（宣州区1例、…）: each place's 确诊病例
        measured = _measure_before_copula_place(view, lo, q)
        if measured is not None:  # 最大累计雨量为石场乡145.5毫米: the measure, at that place
            return measured
        return _unnamed(q)  # 为乌克兰100多万人提供援助: a place names whose people, not what is counted
    if len(name) >= 2 and _counted_noun_before(text, q, prev, name):
        return _unnamed(q)  # 辖10个村民组706户2888人: the households (户数), no measure of the 村民组 counted before
    if len(name) >= 2:
        name = _without_giver(name)
        name = _with_age_band(text, lo, q.start, name)
        k = text.find(name[:2], lo, q.start)
        contributed = _contribution_of(name, prev_ind) \
            if k > lo and text.endswith(tuple(cues("metrics.contribution_leads")), lo, k) else None
        if contributed:  # 民营经济增加值…，对GDP增长的贡献率为56.5%: the measure before contributed
            return contributed, k - 1, q.end, "clause-before"
        if prev is not None and prev_ind and prev.unit == q.unit and _ADVERBS_ONLY.fullmatch(name):
            # …提高到2015年的32平方米，2020年进一步增加到36平方米: the level before, gone on (not 进一步)
            return _level_of(prev_ind[0]) or prev_ind[0], q.start, q.end, "clause-before"
        listed = _RESPECTIVELY in text[lo:q.start]  # (年均增长率分别是a和b: the rates of the levels listed before)
        name = _target_stated_in_share(text, name, q)
        return _rate_of_previous(name, prev, prev_ind, q, listed), (k if k >= 0 else q.start), q.end, "clause-before"
    # 6. 93%的X面积分别达到1000平方米: the copula's subject is the previous indicator
    bare = _STREAK_SPAN.sub("", left).strip()  # 实现增产0.7亿公斤，连续8年稳定在215亿公斤以上
    reached = _level_after_points(left, prev, prev_ind, q)
    if reached:  # 占比较2013年提升4.1个百分点至29.1%: the share reached, not a bare %
        return reached, q.start, q.end, "copula"
    # 鲜草产量2015年为8000万吨，2016年超过9000万吨: only a year between the two (超过 is the figure's
    # own bound), the same measure then
    dated = not bare and bool(find_periods(joined)) and _only_time_and_status(joined)
    if prev_ind and prev is not None and q.unit not in _PERCENT_UNITS \
            and (prev.unit == q.unit or _people_added_after_rate(prev, prev_ind[0], bare, q)) \
            and (dated or bare and _only_time_and_status(bare)) and len(_level_of(prev_ind[0])) >= 2:
        # 城镇新增就业1105万人，预计全年将超过1200万人 / …900万人，2006年达1184万人: the same
        # measure at another time or as a forecast (计划造林面积3万亩，超额完成3.6万亩: the plan's
        # word is no part of what was done)
        base = _level_of(prev_ind[0])
        plan = _STATUS_WORD.match(base)
        base = _total_after_increment(base, prev, q) or base  # 净增高新技术企业16家，达到21家: the total
        base = _increment_of_level(bare, base)  # 个体户17509户，当年新增1564户: the units added, 新增个体户
        return (base[plan.end():] if plan and len(base) - plan.end() >= 2 else base), q.start, q.end, "copula"
    if prev_ind and not _served_people(text, left, q) and not _pair_named_after(q, nxt) \
            and not _people_of_counted(bare, q, prev) and not _counts_other_bodies(prev, q) \
            and not _count_after_measure(prev, q) \
            and (_COPULA_IN.search(left) or bare and _TAIL_STRIP.match(bare)
                 or _passed_after_join(text, left, q, prev) or _amount_after_rate_to(left, prev, q)):
        if bare != left.strip() and q.unit not in _PERCENT_UNITS:  # the level a streak holds
            base = _level_of(prev_ind[0]) if prev_ind[3] == "change-of-previous" else prev_ind[0]
            return base, q.start, q.end, "streak-level"
        if (_compared_change(prev_ind[0]) or _rate_then_amount(prev, q) or _change_then_level(prev, prev_ind[0], text, q)) \
                and len(_level_of(prev_ind[0])) >= 2:
            # 经营面积比上年增加21万亩，达到近300万亩 / 地区生产总值年均增长7%左右，到2027年达到300亿元:
            # the level reached, not the change again (…年均增速26%以上，达到1.5万亿元: 数字经济增加值)
            return _level_of_rate(prev_ind[0]) if _rate_then_amount(prev, q) else _level_of(prev_ind[0]), \
                q.start, q.end, "copula"
        total = _total_after_increment(prev_ind[0], prev, q)
        if total:
            return total, q.start, q.end, "copula"  # 净增高新技术企业16家，达到21家: the total reached
        return prev_ind[0], q.start, q.end, "copula"  # …12.3%下降到0.5%: the same measure, later
    # 7. a figure right before another: 10类5828个基层公共服务资源
    if nxt is not None and nxt.start == q.end and nxt.counted:
        base = _strip_quotes(nxt.counted)
        category = q.unit in cues("metrics.category_unit")
        return base + (cues("metrics.category_suffix")[0] if category else ""), q.start, q.end, "next-count"
    # 8. the rest of the clause after the figure: 号召30万人次参与…志愿服务活动
    # (a scraped table's cell bar ends the figure's cell: what follows it is the next cell, no noun;
    # an aside in brackets is no noun either: 平阴县 12140154元(含1000万元基金); nor what follows the
    # aside a figure closes: 较2019年国庆假期(日均189.7万人次)增长12.6%, no measure ")增长")
    noun_at = _past_event_length(text, q.end)  # (2次为期30天的龙鼓舞、伽倻琴等公益培训班: a list to its 等)
    m = re.match(r"(?![(（)）])[^，,。；;：:！？!?\n0-9０-９|｜]{1,30}" if noun_at > q.end
                 else r"(?![(（)）])[^，,、。；;：:！？!?\n0-9０-９|｜]{1,30}", text[noun_at:s_end])
    if m:
        after = _strip_quotes(m.group(0)).rstrip(" \t\u3000")  # 100%面向中小企业 |: no cell's padding
        after = after.split(_ETC)[-1] if _ETC in after else after
        after = _attributive_head(after)  # 2800米的跑道: 跑道, no noun "的跑道"
        after = _part_copula_noun(text, q.start, after)  # 其中48户为脱贫户: 脱贫户, no noun 为脱贫户
        if q.form == "cheng" and len(after.lstrip(cue_chars("metrics.copula_chars"))) >= 2:
            after = after.lstrip(cue_chars("metrics.copula_chars"))  # 六成是自驾游客: the share's noun
        if len(after) >= 2:  # 我省4人中：… — one character is a fragment, not a noun phrase
            if after.startswith(_MARK_NOUNS) and prev_ind and len(_level_of(prev_ind[0])) >= 2:
                # 地区生产总值同比增长7%左右，逼近300亿元大关: the round mark the level nears, no noun 大关
                return _level_of(prev_ind[0]), q.start, q.end, "copula"
            if q.unit in cues("metrics.people_unit") and after.startswith(cues("metrics.people_verbs")):
                after += cues("metrics.people_count")[0]  # 约6700万人受益 → 受益人数: people counted
            if q.unit in cues("metrics.people_unit") and cues("metrics.age_indicator")[0] in after:
                return cues("metrics.people_count")[0], q.start, q.end, "clause-after"  # 5人平均年龄48岁:
                # the people whose age is stated are counted, the age is no measure of the count
            if q.unit in cues("metrics.people_unit") and text.startswith(_DE, q.end) \
                    and after.endswith(cues("metrics.peopled_wholes")):
                # 14亿多人的超大规模市场 (leftover97, 08-haiguan-jinkou-14yi): the people a market or a country
                # is made of, its population — no count of markets in 人
                return cues("metrics.population_word")[0], q.start, q.end, "clause-after"
            if after.startswith(_DE) and len(after) > len(_DE) + 1:
                after = after[len(_DE):]  # 5000平方公里的近岸海域: the figure measures the noun after 的
            if text.startswith(_DE, q.end):
                after = _land_area(after, q.unit)
            return after, q.start, q.end, "clause-after"
    # 9. a measure run straight after a count (完成中小河流治理3条18.5公里, 纳入河长制管理的河流有27条501.172公里):
    # the same things measured in another unit, the count's indicator (water48); no amount of money
    # after a count of people or households (南开乡2户8人10050元: the aid paid, no measure of them)
    if prev is not None and prev_ind and _measure_follows_count(text, q, prev, prev_ind) and prev.unit != q.unit \
            and q.unit in MEASURE_UNITS \
            and q.unit not in cues("metrics.money_units") and prev.unit not in MEASURE_UNITS \
            and prev.unit not in cues("metrics.people_unit") and prev.unit not in cues("metrics.fallback_people_units"):
        return prev_ind[0], q.start, q.end, "clause-before"
    if _bare_share_of_people(text, q, prev, prev_ind):
        return prev_ind[0] + cues("metrics.share_suffix")[0], q.start, q.end, "share-of-previous"
    return _unnamed(q)  # 100余人 → 人数, 投入135亿元 → 金额, 上海多云,4~13℃ → 气温


_UNITS_COUNTED = tuple(cues("metrics.units_counted_measures"))  # 个: 10个|村民组 (not 7次|覆盖: a verb, no noun)
_HOUSEHOLD_PEOPLE_UNITS = tuple(cues("metrics.household_people_units"))  # 户, 人
# 村民组, 自然村, 社区: the settlements households live in (两个行业合计新登记5.59万户: no settlement, the noun runs on)
_SETTLEMENT_NOUNS = tuple(cues("metrics.settlement_count_nouns"))
_SETTLEMENT_NOUN_MAX = 4


def _counted_noun_before(text: str, q: Quantity, prev: Quantity | None, name: str) -> bool:
    """辖10个村民组706户2888人 (yungui97, 02-ceheng-tongxin: 同心村…辖10个村民组706户2888人 — base: 村民组 706 户):
    the words before the figure are only the noun a count right before it counted (10个|村民组|706户), in
    households or people (metrics.household_people_units) after a count in 个 (metrics.units_counted_measures) of
    settlements (metrics.settlement_count_nouns: 两个行业合计新登记5.59万户 is the two trades' registrations):
    the figure is a count of its own, no measure of those things (开展培训7次覆盖680余人次 keeps its verb)."""
    return prev is not None and prev.counted is not None and prev.unit in _UNITS_COUNTED \
        and q.unit in _HOUSEHOLD_PEOPLE_UNITS and _strip_quotes(prev.counted) == name \
        and len(name) <= _SETTLEMENT_NOUN_MAX and name.endswith(_SETTLEMENT_NOUNS) and text.startswith(name, prev.end) \
        and prev.end + len(name) == q.start


_PART_SEPARATORS = "、，,；;"


def _bracketed_place_part(view: _ArticleView, q: Quantity, prev: Quantity, s_start: int) -> bool:
    """累计报告本地确诊病例6例（宣州区1例、郎溪县1例、宁国市2例）: a figure in the same unit as the one
    before it, inside a bracket opened right after a figure in that unit and still open, with only a
    place before it in its item, is that place's part of the whole — measured as the whole is (the
    bare unit 例 said nothing).  The place stays the subject; the whole's indicator is the figure
    before's (the bracket's first item's, or the item before's, which got it so)."""
    text = view.text
    if prev.unit != q.unit or not q.unit:
        return False
    open_at = max(text.rfind("（", s_start, q.start), text.rfind("(", s_start, q.start))
    if open_at <= s_start or max(text.rfind("）", open_at, q.start), text.rfind(")", open_at, q.start)) >= 0:
        return False
    if not (text.endswith(q.unit, s_start, open_at) and text[open_at - len(q.unit) - 1].isdigit()):
        return False  # (the bracket must open right after the whole's figure: 6例（…)
    if prev.start < open_at - len(q.unit) - 1 and prev.end != open_at:
        return False  # (the figure before is the whole or an item of the same bracket)
    item = max(open_at, rfind_any(text, _PART_SEPARATORS, open_at, q.start)) + 1
    return any(a == item and b == q.start and t == "Place" for a, b, _k, t, _l in view.mentions_in(item, q.start))


_LISTED_SHARE_RULE = "listed-share"  # (the subject is the previous figure's: the whole listed is none)
# 占全省的12.5%、全国的1.2%: a second whole after a share, its 的 right before the next percentage
_LISTED_WHOLE = re.compile(r"(?:[、，,][ \t\u3000]*[和及]?|[和及])[ \t\u3000]*(?P<whole>[^，,、。；;：:！？!?\s0-9０-９的]{1,12})(?P<de>的?)$")


def _listed_share_base(text: str, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """出口额占全省的12.5%、全国的1.2%: a percentage after a share, with only another whole and 的
    between, is the same measure's share of that whole (出口额占全国) — nothing else names it, and
    the bare unit (%) was its name.  None unless the previous figure is a percentage named
    …占<whole> (a bounded look at the few characters between the two figures)."""
    if prev is None or prev_ind is None or q.unit not in _PERCENT_UNITS or prev.unit != q.unit \
            or q.start - prev.end > 16:
        return None
    share = cues("metrics.share_verb")[0]
    k = prev_ind[0].rfind(share)
    m = _LISTED_WHOLE.match(text, prev.end, q.start) if k > 0 else None
    if m is None or m.end() != q.start or share in m.group("whole"):
        return None  # (，占一般公共预算收入的48.51%, 少数民族占总人口的52.17%: a share of its own, read from its clause)
    if not m.group("de") and _SCOPES.get(m.group("whole"), "compare") == "compare":
        return None  # 占全省43.8%、全国7.5%: without 的 only a scope word is a second whole (not 、增长7.5%)
    return prev_ind[0][:k + len(share)] + m.group("whole")


_NEXT_REACH = 4  # characters between a counted noun and the figure it measures (平均为, 均达到)


def _only_time_and_status(words: str) -> bool:
    """预计全年将, 2006年达, 到年底将: a clause before a figure holding nothing but a time, a status
    word and lead or tail words (no noun of its own)."""
    s = words.strip(" ，,、")
    for a, b, _w in reversed(find_periods(s)):
        s = s[:a] + "，" + s[b:]
    s = _STATUS_WORD.sub("，", s)
    return all(not _clean(part) for part in re.split("[，,]", s))


def _people_measured(text: str, q: Quantity, indicator: str) -> bool:
    """户籍人口86.3万, 减少农村贫困人口1000万以上: a figure with a magnitude and no unit after an
    indicator counting people (人口, 人数, 减贫) counts people — its unit is 人, written once in the
    indicator; 商品房销售面积4.23万 (no people) stays without a unit."""
    return indicator.endswith(cues("metrics.people_measures")) and q.number_end < q.end \
        and text[q.number_end:q.number_end + 1] in cue_chars("metrics.people_magnitude_chars")


# a noun counted that opens with a short modifier and 人口 (农村人口, 贫困人口, 受益人口 …)
_POPULATION_OPENED = re.compile(rf"[{HAN}]{{0,4}}?{cues('metrics.population_noun')[0]}")


def _counts_population(q: Quantity, indicator: str) -> bool:
    """提升了7449万农村人口供水保障水平, 累计解决389万农村人口饮水不稳定问题 (shuili89): a figure with a magnitude
    and no unit counting a noun that opens with a population's word (a short modifier, then 人口) counts
    those people — its unit is 人, as after 人口 itself (80万人口); the noun may run on into what was done for
    them (…供水保障水平).  Without a magnitude (3个人口普查小区) it is no such count."""
    return q.number_end < q.end and _closes_on_magnitude(q) and _POPULATION_OPENED.match(indicator) is not None


def _closes_on_magnitude(q: Quantity) -> bool:
    """Does the figure close on a magnitude a count of people is written with alone (7449万, 14亿)?"""
    return q.surface.rstrip()[-1:] in cue_chars("metrics.people_magnitude_chars")


def _money_measured(q: Quantity, indicator: str) -> bool:
    """2019年全省民生类支出1.21万亿, 总投资4918万, 被骗资金180余万: a figure closed by a magnitude with no
    unit after an indicator of money (支出, 投资, 资金: metrics.money_nouns) is an amount of money — its
    unit, 元, left unwritten as 人 is after 人口.  So is a bare magnitude standing for the number (全省旅游收入超
    万亿: no digit before 万亿, which is the whole number)."""
    bare = q.surface[q.number_start - q.start:].rstrip() in _MONEY_MAGNITUDES  # 超万亿, 破千亿
    return indicator.endswith(_MONEY_NOUNS) and (q.number_end < q.end or bare) \
        and q.surface.rstrip().endswith(_MONEY_MAGNITUDES)


_MONEY_MAGNITUDES = tuple(cues("metrics.money_magnitudes"))


def _picked_from(name: str, text: str, lo: int, prev: Quantity | None) -> str:
    """从优秀村干部中遴选出100人, 从2800多名县委书记中遴选出100人: the clause names the pool the
    figure's people were picked from — the indicator is the picking and, when the verb stands
    alone, the pool (遴选优秀村干部); 从高校毕业生中招录选调生500名 keeps its own noun (招录选调生)."""
    opens, closes = cues("metrics.source_marks")[:2]
    m = _PICKED_FROM.fullmatch(name)
    if m:
        pool, rest = m.group(1), m.group(2)
    elif name.startswith(closes) and len(name) >= 3 and prev is not None and prev.counted \
            and text.startswith(prev.counted + name, prev.end):
        pool, rest = prev.counted, name[len(closes):]  # (2800多名县委书记中遴选出: the pool was counted)
    else:
        return name
    if rest.endswith(cues("metrics.directional_tails")) and len(rest) >= 3:
        rest = rest[:-1]
    return rest + pool if len(rest) <= 2 else rest


def _shared_item(share: str) -> str | None:
    """土木工程建筑业产值占建筑业总产值的比重: the item a share of the whole is taken of (what precedes 占,
    two characters or more), when the indicator is such a share (占 … 比重); else None."""
    verb, noun = cues("metrics.share_verb")[0], cues("metrics.share_noun")[0]
    k = share.find(verb, 2)
    return share[:k] if k >= 2 and share.endswith(noun) else None


def _pull_of_previous(text: str, s_start: int, left: str, name: str, q: Quantity,
                      prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """汽车制造业同比增长11.6%，拉动全市规模以上工业1.3个百分点: a clause opening with a verb of
    pulling (拉动, 影响) right after an item's change in % gives the points that item adds to the
    whole — 汽车制造业拉动规模以上工业, 食品烟酒类价格影响CPI下降, never the whole's own name
    (规模以上工业) nor a verb with no item (影响CPI下降); so after an item's share of growth
    (消费对经济增长的贡献率为60%，拉动经济增长3.1个百分点: 消费拉动经济增长)."""
    verb = next((w for w in cues("metrics.contribution_verbs") if left.lstrip(" ，,").startswith(w)), None)
    if verb is None or q.unit != cues("metrics.points_unit")[0] or prev is None or prev_ind is None \
            or prev.start < s_start or prev.unit not in _PERCENT_UNITS \
            or re.search(r"[。；;！？!?\n]", text[prev.end:q.start]):
        return None
    item = _level_of(prev_ind[0])
    to = cues("metrics.contribution_to")[0]
    if item == prev_ind[0] and item.endswith(cues("metrics.contribution_rates")) and to in item[2:]:
        item = item[:item.index(to, 2)]  # 消费对经济增长的贡献率为60%，拉动…: 消费 pulls
    elif item == prev_ind[0] and (owner := _shared_item(item)):
        item = owner  # 产值43.65亿元，同比增长10.2%，占…比重为82.0%，拉动全市增速8.18个百分点: the 产值 pulls
    elif item == prev_ind[0]:
        return None  # (城镇化率为60%，拉动…: no change of an item before it)
    if len(item) < 2 or len(name) < 2:
        return None
    return item + (name if name.startswith(verb) else verb + name)


def _status_of_units(text: str, s_start: int, q: Quantity, name: str) -> str:
    """2016年摘帽28个县, 脱贫出列120个村: a count of bare divisions right after a verb of the status
    they gained counts the divisions so marked (摘帽县) — 县 alone would say the place has 28 县."""
    if not _ADMIN_UNIT.fullmatch(name):
        return name
    before = text[max(s_start, q.start - 4):q.start]
    verb = next((w for w in cues("metrics.unit_status_verbs") if before.endswith(w)), None)
    return verb + name if verb else name


def _without_per_head(name: str) -> str:
    """农村低保标准提高到每人每月650元, 农村低保提标到人均每月220元: once the rate's time is gone,
    the person or household it is counted for (每人, 人均) and the raise verb before it close the
    clause — the indicator is the standard (农村低保标准), not 农村低保标准提高到每人."""
    head = next((w for w in cues("metrics.per_head_words") if name.endswith(w)), None)
    if head is None or len(name) < len(head) + 2:
        return name
    name = _clean(name[:-len(head)])
    raise_word = next((w for w in cues("metrics.standard_raise_words") if name.endswith(w)), None)
    if raise_word and len(name) > len(raise_word) + 1:
        name = name[:-len(raise_word)] + cues("metrics.standard_noun")[0]
    return name


def _divisions_before_measure(text: str, counted: str, cut: re.Match, q: Quantity,
                              nxt: Quantity | None) -> int:
    """832个国家级贫困县网络零售总额达2392亿元, 62个贫困县规模以上高新技术产业增加值占…比重为18.1%:
    a count of a kind of county (贫困县, 重点县) running into a measure that a figure later in
    the same clause states counts the divisions alone — the measure with all its modifiers
    (网络零售总额, not 总额) is that figure's.  Returns where the division word ends in `counted`
    (the last one before the measure, not inside a word: 县城, 市场, 区域), or 0."""
    if nxt is None or nxt.unit == q.unit or _CLAUSE_END_RE.search(text, q.end, nxt.start):
        return 0
    freq = word_freq()
    for k in range(cut.start(), 2, -1):
        unit = next((w for w in _COUNTY_KINDS if counted[:k].endswith(w)), None)
        if unit and k - len(unit) >= 2 and (k == cut.start() or freq.get(counted[k - 1:k + 1], 0) < 100):
            return k
    return 0


def _cities_before_measure(text: str, counted: str, q: Quantity, nxt: Quantity | None) -> int:
    """339个地级及以上城市PM2.5平均浓度为26微克/立方米, 长三角地区31个城市PM2.5平均浓度为29.6微克/立方米
    (ecology and statistics releases): a count of a kind of city whose noun runs on into a measure that the
    next figure, in another unit and the same clause, states — the count is of the cities (地级及以上城市),
    the rest (PM2.5, 平均浓度) is that figure's measure.  Returns where the city word ends, or 0 (the words
    after it must open a measure: a pollutant's Latin name or a measure noun; 城市群, 城市化 are words)."""
    if nxt is None or nxt.unit == q.unit or nxt.start <= q.end or _CLAUSE_END_RE.search(text, q.end, nxt.start):
        return 0
    for kind in _CITY_KINDS:
        k = counted.rfind(kind)
        if k < 0 or k + len(kind) >= len(counted):
            continue
        k += len(kind)
        rest = text[q.end + k:nxt.start]
        if rest[:1].isascii() and rest[:1].isalpha() or _MEASURE_IN_NOUN.match(rest):
            return k
    return 0


_TRIP_VERBS = tuple(sorted(cues("metrics.trip_verbs_in_noun"), key=len, reverse=True))


def _counted_before_trip(view: _ArticleView, q: Quantity, counted: str) -> str:
    """共227家粤企到毕节、黔南两地投资兴业, 组织86家企业赴贵州考察: what a count counts ends before a verb
    of going (到, 赴, 前往) right before a place: the firms are counted, the trip is what they did (no
    indicator 粤企到毕节, 企业赴贵州考察)."""
    lo, hi = q.end, q.end + len(counted)
    for a, _b, _k, t, _l in view.mentions_in(lo, hi):
        if t != "Place":
            continue
        verb = next((v for v in _TRIP_VERBS if view.text.endswith(v, lo, a)), None)
        if verb and a - len(verb) - lo >= 1:
            return counted[:a - len(verb) - lo]
    return counted


def _people_of_counted(bare: str, q: Quantity, prev: Quantity | None) -> bool:
    """来自44个非洲国家的1.2万人报名参展参会, 全县23个乡镇的1.5万人: a count of people joined by 的 alone
    to a count of other things are the people of those things (where they come from), no second
    figure of that count's measure: what the clause after says they did names it."""
    people = q.unit in cues("metrics.people_unit") or q.unit in cues("metrics.fallback_people_units")
    return bare == _DE and people and prev is not None and prev.unit != q.unit \
        and prev.unit not in cues("metrics.people_unit") and prev.unit not in cues("metrics.fallback_people_units")


_BENEFACTIVE = cues("metrics.benefactive_mark")[0]  # 为 (for)
_SERVICE_VERBS = tuple(sorted(cues("metrics.benefactive_verbs"), key=len, reverse=True))


def _served_people(text: str, left: str, q: Quantity) -> bool:
    """现场发放宣传单300余份，为40余人提供咨询帮助: 为 before a count of people and a verb of service
    after it is "for" (the people served), not the copula "is" of the previous measure — what was
    done for them measures the figure (提供咨询帮助), as the clause after it says."""
    return left.strip(" ，,").endswith(_BENEFACTIVE) and text.startswith(_SERVICE_VERBS, q.end)


def _admin_units_measured(text: str, counted: str, q: Quantity, nxt: Quantity | None) -> str:
    """16个设区市城镇调查失业率平均为5.3%: a count of divisions followed, in the same clause, by
    what the next figure measures of them counts the divisions alone (设区市); the measure is
    left to the next figure's own indicator (13名县牵头项目领导，10个镇…: a list, no measure); a
    post after them (2800多名县（市、区）委书记中遴选出100人) counts the people holding it."""
    if counted.endswith(POST_WORDS):
        return counted
    m = _ADMIN_UNIT.match(counted)
    end = q.end + len(counted)
    if m is None or m.end() >= len(counted) - 1 or nxt is None or nxt.unit == q.unit \
            or not end <= nxt.start <= end + _NEXT_REACH or _CLAUSE_END_RE.search(text, end, nxt.start):
        return counted
    return counted[:m.end()]


_FIELD_GROUP_TAIL = re.compile(rf"[{HAN}]{{1,8}}(?:{cue_alt('metrics.field_group_nouns')})的?$")


def _field_group_tail(left: str, cut: int) -> bool:
    """Does the last item of the 、 list at `cut` close with a noun of fields right before the
    figure (城建、交通、公路方面18件; 涉及生态环境、旅游方面的4件)?  Then the listed fields are one
    group whose count the figure is, and the indicator keeps them all (was 公路方面, 旅游方面)."""
    return _FIELD_GROUP_TAIL.match(left, cut + 1) is not None


def _inside_listed_name(left: str, i: int) -> int:
    """Where the official name holding the 、 at i starts (水利、环境和公共设施管理业, 粮油、食品类:
    an industry or class of goods named with 、 inside), or -1."""
    for name in cues("metrics.listed_names"):
        k = left.find(name, max(0, i - len(name) + 1), i + len(name))
        if 0 <= k < i < k + len(name):
            return k
    return -1


_NOTE_OPENS, _NOTE_CLOSES = "（(", "）)"


def _closing_note(left: str) -> int:
    """Where a bracketed note opens that closes right before the figure (增长（以下如无特别说明，
    均为同比名义增长）4.6%), or -1: its words say how the figures are measured, and a clause mark
    inside it cuts no clause."""
    tail = left.rstrip()
    if not tail.endswith(tuple(_NOTE_CLOSES)):
        return -1
    opened = max(tail.rfind(ch) for ch in _NOTE_OPENS)
    if opened < 0 or any(ch in tail[opened + 1:-1] for ch in _NOTE_OPENS + _NOTE_CLOSES):
        return -1
    return opened


def _dated_note(left: str, times: list[tuple[int, int]]) -> int:
    """Where a bracketed note opens that closes right before the figure and opens with a time since
    which a rule holds (自…, as `_since_in_note` reads it: 参加生育保险
    职工(自2015年3月起用人单位按省生育保险相关规定缴纳)1266.58万人: since when the employers pay), or -1:
    the note says how the noun before it is defined — its time is no period that cuts the noun, and
    its words are none of the indicator's; the noun is the words before the bracket."""
    opened = _closing_note(left)
    if opened < 0 or not any(a == opened + 1 and left.startswith(_SINCE_IN_NOTE, a) for a, _b in times):
        return -1
    return opened if len(_clean(left[:opened])) >= 2 else -1


def _open_aside(left: str) -> int:
    """Where a bracket opens that is still open at the figure, its own label inside it (对一家企业
    进行拟立案处罚(拟处罚款10万元): the fine is named within the aside, not by the clause before it);
    -1 when none is open or it holds less than two characters of label."""
    opened = max(left.rfind("（"), left.rfind("("))
    if opened < 0 or max(left.rfind("）", opened), left.rfind(")", opened)) >= 0:
        return -1
    return opened if sum(is_han(ch) for ch in left[opened + 1:]) >= 2 else -1


# 位居前三, 排名前5位, 居全省前列: the rank a list of items holds, closing the clause before their figures
_RANK_TOP_TAIL = re.compile(rf"(?:{cue_alt('metrics.rank_verbs')})(?:{cue_alt('metrics.rank_top_scopes')})?"
                            rf"前(?:[{CHINESE_NUMERALS}]{{1,3}}|\d{{1,2}}|列)(?:位|名)?$")


def _listing_clause(left: str, cut: int) -> int:
    """Where the clause a bare 分别为 sends us back to opens in `left` (its last mark at `cut`): the one
    clause before it, listing what the figures measure (从市县看，本次开工的项目中，海口、三亚、澄迈
    投资额位居前三，分别为…: 海口、三亚、澄迈投资额位居前三, not the framing clauses opening the
    sentence); 0, the sentence's start, when that clause is no list (a mark of it opens the look-back)."""
    before = rfind_any(left, "，,：:；;", 0, cut)  # (a clause's own 、 list stays whole)
    if before < 0 or not _JOINS_RE.search(left, before + 1, cut):
        return 0
    return before + 1


def _clause_cut(left: str) -> int:
    """Where the last clause mark of `left` stands (-1 if none), not counting the 、 of a
    bracketed note (12个县（市、区）农村自来水普及率: the note is part of the noun) nor the 、 after
    a bracketed yardstick value (高于全国(5.4%)、全省(5.2%): the yardsticks of one comparison)."""
    cut = max(left.rfind(ch) for ch in _CLAUSE_PUNCT)
    bar = max(left.rfind("|"), left.rfind("｜"))
    if bar > cut and len(_clean(left[bar + 1:])) >= 2:
        return bar  # 空气净化机组项目 | 我院手术室部分净化机组已使用18年: a table's cell bar ends the cell before
    dash = left.rfind(_CLAUSE_DASH)
    if dash >= 0 and dash + 1 > cut:  # 主会场交出亮眼答卷——现场集中签约项目20个: a dash opens the clause
        cut = dash + 1  # (a single — is a range, 1—5月, and cuts nothing)
    aside = _open_aside(left)
    if aside > cut:  # 进行拟立案处罚(拟处罚款10万元): the figure's own label opens the bracket
        return aside
    note = _closing_note(left)
    if note >= 0 and note < cut:  # 增长（以下如无特别说明，均为同比名义增长）4.6%: a note's comma, no clause
        return _clause_cut(left[:note])
    if cut >= 0 and (_FORMER_CLAUSE.fullmatch(left, cut + 1) or _FORMER_YEAR_CLAUSE.fullmatch(left, cut + 1)):
        return _clause_cut(left[:cut])  # 申报要件，已由原来的13476个减少至: the measure is the clause before
    if cut < 0 or left[cut] not in "、":
        return cut
    aside = next((a for a, b in _yardstick_asides(left) if b == cut), None)
    if aside is not None:  # 高于全国(5.4%)、全省(5.2%): one comparison with a list of yardsticks
        return _clause_cut(left[:aside])
    shared = _taxes_after_shared_verb(left, cut)
    if shared >= 0:  # 出口货物退增值税、消费税19280.9亿元: one amount for the taxes listed
        return _clause_cut(left[:shared])
    summed = _summed_list_start(left, cut)
    if summed is not None:  # 风电、太阳能发电量合计达11478亿千瓦时: one sum of the items listed
        return summed
    levels = _level_list_start(left, cut)
    if levels >= 0:  # 其中省、市重点项目11个: the levels of one kind of project, not a list
        return _clause_cut(left[:levels]) if levels > 0 else -1
    if _field_group_tail(left, cut):  # 城建、交通、公路方面18件: one group of fields, not a list
        return max(left.rfind(ch, 0, cut) for ch in _CLAUSE_PUNCT if ch != "、")
    named = _inside_listed_name(left, cut)
    if named >= 0:  # 其中，水利、环境和公共设施管理业完成投资…: one industry, not a list
        return _clause_cut(left[:named]) if named > 0 else -1
    quoted = left.rfind("“", 0, cut)
    if quoted >= 0 and "”" not in left[quoted:cut] and "”" in left[cut:]:
        return _clause_cut(left[:quoted])  # 查获“假、私、非”卷烟5379.3万支: the quoted list is one word of the noun
    close = max(left.rfind("）", cut), left.rfind(")", cut))
    opened = max(left.rfind("（", 0, cut), left.rfind("(", 0, cut))
    if close > cut and opened >= 0 and max(left.rfind("）", opened, cut), left.rfind(")", opened, cut)) < 0:
        return max(left.rfind(ch, 0, opened) for ch in _CLAUSE_PUNCT)  # cut before the note
    return cut


def _etc_counts_list(left: str, cut: int) -> bool:
    """发放宣传册、慰问信等1200份: the 、 at `cut` is inside a list that a 等 right before the figure
    closes (`_etc_closes_left`): one count for all the items, so the list is the indicator (宣传册、
    慰问信), not its last item (慰问信) as a figure of the last item alone.  Asked only of a figure
    with no noun counted after its unit (…妇女之家等10类基层公共服务资源: that noun names it)."""
    k = _etc_end(left)
    return k > cut and _etc_closes_left(left, k)


def _level_list_start(left: str, cut: int) -> int:
    """Where a run of one-character levels joined by 、 (省、市重点项目, 省、市、县三级) holding the 、 at
    `cut` starts, or -1: each level a single character (metrics.level_list_chars), a noun after the
    last (市重点项目; 湖北省、武汉市 is a list of places: 武 is no level). Walks back over the run
    only: a few characters."""
    levels = cue_chars("metrics.level_list_chars")
    if not (cut >= 1 and left[cut - 1] in levels and cut + 2 < len(left)
            and left[cut + 1] in levels and is_han(left[cut + 2]) and left[cut + 2] != "、"):
        return -1
    i = cut - 1
    while i >= 2 and left[i - 1] == "、" and left[i - 2] in levels:
        i -= 2
    return i


# 退增值税、消费税: a verb of refunding (levying) and taxes listed after it, up to the 、 at the end
_TAXES_BEFORE = re.compile(f"(?:{cue_alt('metrics.tax_refund_verbs', False)})"
                           f"(?:[^，,；;：:。、\\d]{{1,6}}(?:{cue_alt('metrics.tax_noun', False)})、)*"
                           f"[^，,；;：:。、\\d]{{1,6}}(?:{cue_alt('metrics.tax_noun', False)})$")
_TAX_AFTER = re.compile(f"[^，,；;：:。、\\d]{{1,6}}(?:{cue_alt('metrics.tax_noun', False)})")


def _taxes_after_shared_verb(left: str, cut: int) -> int:
    """出口货物退增值税、消费税19280.9亿元: the 、 at `cut` joins two taxes after one verb of
    refunding (退) — one amount for both, named by the whole clause (the indicator was 消费税, the
    last tax alone).  → where the verb's own clause may be cut before (the 、's left part), or -1."""
    if not _TAX_AFTER.fullmatch(left.rstrip(), cut + 1) or left[cut - 1:cut] not in cues("metrics.tax_noun"):
        return -1
    m = _TAXES_BEFORE.search(left, max(0, cut - 24), cut)
    return m.start() if m else -1


# nengyuan102: the last item of a 、 list, its noun, then a word of summing right before the figure
# (风电、太阳能发电量合计达11478亿千瓦时, 小麦、玉米播种面积共计50万亩): what is summed is the list with
# the noun they share, the sum no figure of the last item alone (was 太阳能发电量)
_SUMMED_LIST_TAIL = re.compile(rf"[{HAN}]{{2,12}}?(?:{cue_alt('metrics.summed_list_words')})"
                               rf"(?:{cue_alt('metrics.summed_list_copulas')})?[ \t\u3000]*")
_SUMMED_LIST_ITEMS = 4  # items a summed list holds at most
_SUMMED_ITEM = re.compile(rf"[{HAN}]{{1,10}}")


def _summed_list_start(left: str, cut: int) -> int | None:
    """Where the clause opens (its mark, -1 at the start) when the 、 at `cut` opens the last item of a
    short list of bare nouns whose shared noun a word of summing closes right before the figure
    (风电、太阳能发电量合计达…); None otherwise.  The items before it are looked at back to the clause's
    start only (at most `_SUMMED_LIST_ITEMS`, each a few characters of Han)."""
    if not _SUMMED_LIST_TAIL.fullmatch(left, cut + 1):
        return None
    mark = max(left.rfind(ch, 0, cut) for ch in _CLAUSE_PUNCT if ch != "、")
    items = left[mark + 1:cut].split("、")
    ok = len(items) < _SUMMED_LIST_ITEMS and all(_SUMMED_ITEM.fullmatch(i) for i in items)
    return mark if ok else None


_SHARE_PREDICATES = cues("metrics.share_predicate_cuts")
_PREDICATE_REACH = 8  # characters of what the things of a share did (实现两位数增长)


def _rate_noun_only(head: str) -> str:
    """全省8.7%的增速基本符合“稳”的要求: a noun of a rate of change right after the percentage is what the
    figure is (增速), the rest of the clause what is said of it — no share of a noun running on."""
    rate = next((w for w in _RATE_NOUNS_LONGEST if head.startswith(w)), None)
    return rate if rate is not None and len(head) > len(rate) else head


_RATE_NOUNS_LONGEST = tuple(sorted(cues("metrics.change_nouns"), key=len, reverse=True))
_BY_FIGURE = cues("metrics.by_figure_mark")[0]  # 以: 以8.5%的增幅位居…, the figure the means of the clause


def _with_share_predicate(run: str, head: str) -> str:
    """近六成行业实现增长, 60%的企业实现盈利: a share of things is the share of those that did what the
    rest of the clause says — the indicator is 行业实现增长, never the bare noun 行业 (every 行业
    is 100%); kept only when that rest is short and holds no figure of its own (`run` reaches
    the clause end: shorter than the run's bound)."""
    rest = run[len(head):]
    if len(head) >= 1 and rest.startswith(_SHARE_PREDICATES) and len(rest) <= _PREDICATE_REACH \
            and len(run) < _PERCENT_HEAD_REACH and not _DIGIT.search(rest):
        return run
    return head


def _share_word_led(text: str, q: Quantity) -> bool:
    """A share written in words (近六成, 三分之一) right before a noun: 近六成企业实现盈利 is the
    share of 企业实现盈利, as 60%的企业… would be."""
    return q.form in ("cheng", "fraction") and q.end < len(text) and is_han(text[q.end])


# 目标, 预期目标, 预期控制目标, 年度任务: a target noun with at most a few words of qualifier
_TARGET_NOUN_ONLY = re.compile(f"[^，,。；;的]{{0,4}}(?:{cue_alt('metrics.target_nouns')})")


def _target_held_to(name: str, before: str, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """城镇登记失业率3.85%，低于4.5%的控制目标 / 增长6.2%，高于6%的预期目标 (minzheng82): a bare target noun after
    a yardstick verb (低于, 高于) right after a figure in the same unit is that figure's target — its level
    and the target noun (城镇登记失业率控制目标), not a bare 控制目标 with no measure."""
    if not (_TARGET_NOUN_ONLY.fullmatch(name) and before.startswith(cues("metrics.yardstick_verbs"))
            and len(before) <= 8 and prev is not None and prev_ind and prev.unit == q.unit):
        return None
    level = prev_ind[0]
    return level + name if len(level) >= 2 and not _TARGET_NOUN_ONLY.search(level) else None


# the end of a run's last figure and the 的 before the noun it fills (9.59万亩|的): digits and a unit only
_RUN_LAST_DE = re.compile(f"[0-9.０-９]+[^0-9０-９，,。；;：:、{_JOINS}{_DE}]{{0,4}}{_DE}")
_TASK_AFTER_RUN = re.compile(f"[^，,。；;：:！？!?\n{_DE}{_JOINS}]{{0,12}}(?:{cue_alt('metrics.target_nouns')})")


def _paired_run(text: str, s_start: int, q: Quantity) -> tuple[int, tuple[int, ...]] | None:
    """(where 分别 ends, the starts of the run of figures after it) when q is one of two or more
    figures a 分别 before it in the sentence pairs with a list; else None."""
    k = _rfind_respective(text, s_start, q.start)
    if k < 0:
        return None
    figures = _run_figures(text, k)
    if len(figures) < 2 or q.number_start not in figures:
        return None
    return k, figures


def _respective_task(text: str, s_start: int, s_end: int, q: Quantity) -> tuple[str, int, int, str] | None:
    """南平市、三明市、龙岩市三地…,分别将完成21.05万亩、17.3万亩、9.59万亩的植树造林任务: figures a 分别
    pairs with a list and that fill, after the run's last one and 的, a task, target or plan (植树造林任务)
    are each item's share of that task — named by it, not by the clause before the list (从各地任务分解
    情况来看…); the list's places are the subjects (agri44).  Read only where the list gave no items."""
    run = _paired_run(text, s_start, q)
    if run is None:
        return None
    figures = run[1]
    de = _RUN_LAST_DE.match(text, figures[-1], s_end)
    task = _TASK_AFTER_RUN.match(text, de.end(), s_end) if de else None
    if task is None or (task.end() < s_end and text[task.end()] not in "，,。；;！？!?\n"):
        return None  # (…的目标任务之一: the noun goes on)
    name = _clean(_strip_quotes(task.group(0)))
    return (name, q.start, q.end, "respective-task") if len(name) >= 2 else None


_TARGET_SHARE = re.compile(f"((?:{cue_alt('metrics.target_verbs')})[^，,。；;]{{0,6}}?"
                           f"(?:{cue_alt('metrics.target_words')})[^，,。；;的]{{0,4}})的")


# 提前下达金额672.8亿元，占2022年预计规模的77.6%: the share verb, then the year of the whole (read as a
# time, the words after it named alone): the share of the amount before, as with no year
_SHARE_VERB_BEFORE_YEAR = re.compile(f"\\s*(?:{cue_alt('metrics.share_verb', False)})\\d{{4}}年度?")
# 占年计划投资的, 占任务数的: a share verb, then a plan or target (no figure of its own) before 的
_SHARE_OF_TARGET = re.compile(f"((?:{cue_alt('metrics.share_verb', False)})[^，,。；;的0-9０-９]{{0,6}}?"
                              f"(?:{cue_alt('metrics.target_words')})[^，,。；;的0-9０-９]{{0,4}})的")
_TARGET_SHARE_LED = re.compile(f"(?:{cue_alt('metrics.status_done')}|{cue_alt('metrics.target_share_ahead')})?"
                               + _TARGET_SHARE.pattern)
_TARGET_SHARE_LED = guarded(_TARGET_SHARE_LED)  # (most positions turned away at one character)
# 市民生工程目标任务的: a target named with no verb before it, the share of it taken after 的
_TARGET_ONLY_SHARE = re.compile(f"([^，,。；;、的]{{1,12}}?(?:{cue_alt('metrics.target_words')}))的")


# 占省下达任务15.52万亩的197.8%: the share verb, a target (任务, 计划 …) and its own figure, then 的 and the share
_TARGET_IN_SHARE = re.compile(f"(?:{cue_alt('metrics.share_verb', False)})([^，,。；;的0-9０-９]{{0,6}}?"
                              f"(?:{cue_alt('metrics.target_words')}))")


def _target_stated_in_share(text: str, name: str, q: Quantity) -> str:
    """完成人工林面积30.7万亩，占省下达任务15.52万亩的197.8% (ziran87): a figure standing between 占 and 的 + a
    share is the target the share is of, named by the target (省下达任务) — the share verb belongs to the share
    after it, no word of the target's name (was 占省下达任务).  Any other name as it is; the look-ahead is
    the two characters after the figure."""
    m = _TARGET_IN_SHARE.fullmatch(name)
    if m is None or len(m.group(1)) < 2 or not text.startswith(_DE, q.end) \
            or not text[q.end + 1:q.end + 2].isdigit():
        return name
    return m.group(1)


def _target_share_again(left: str, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """城镇新增就业50801人，完成省民生工程目标任务的130.26%，市民生工程目标任务的127%: a target named
    with no verb right after a share of a target done is a second target of the same level — the
    level and the verb of the share before (城镇新增就业完成) with this target, never the bare target
    as a level of its own."""
    if q.unit not in _PERCENT_UNITS or not prev_ind or prev is None or prev.unit not in _PERCENT_UNITS \
            or prev_ind[3] != "share-of-previous":
        return None
    m = _TARGET_ONLY_SHARE.fullmatch(left.strip(" ，,、"))
    if m is None:
        return None
    verbs = [v for v in cues("metrics.target_verbs") if len(v) >= 2]
    at = max((prev_ind[0].rfind(v) for v in verbs), default=-1)
    if at <= 0:
        return None
    return prev_ind[0][:at + 2] + m.group(1)


# 完成年初预算36.7%, 完成全年计划65%: the same share of a target written without 的 — the target
# word then closes the words before the figure (no qualifier after it)
_TARGET_SHARE_BARE = re.compile(f"(?:{cue_alt('metrics.status_done')}|{cue_alt('metrics.target_share_ahead')})?"
                                f"((?:{cue_alt('metrics.target_verbs')})"
                                f"[^，,。；;的]{{0,6}}?(?:{cue_alt('metrics.target_words')}))")


def _before_times(left: str, times: list[tuple[int, int]], ends: list[int], k: int) -> tuple[int, int | None]:
    """Where the indicator's words lie when the figure's left context is cut at k: after a run
    of times that leaves no noun (全市地区生产总值2021年、2022年分别为1200亿元…: only 分别为 follows
    the years), the words before that run name it — the times are the figures' periods, and the
    noun comes first; otherwise from k on (stop None)."""
    if len(_clean(_strip_quotes(left[k:]))) >= 2:
        return k, None
    run = [t for t in times if t[1] == k]
    while run:
        a = run[0][0]
        before = next((t for t in times if t[1] <= a and re.fullmatch(f"[{_JOINS}]?", left[t[1]:a])), None)
        if before is None:
            break
        run.insert(0, before)
    if not run:
        return k, None
    a = run[0][0]
    start = max([e for e in ends if e <= a] + [0])
    if _CHANGE_TO.search(left, start, a) or _CHANGE_TO.search(left, start, a + 1):  # (到2020年 is a period)
        return k, None  # 由1949年的38.75亿公斤增加到2020年的216.4亿公斤: a later level of the same
    stop = _before_moved_clause(left, start, a)
    return (start, stop) if len(_clean(_strip_quotes(left[start:stop]))) >= 2 else (k, None)


# how a level moved, closing the clause before 由 + the year a change starts from (整改率逐年提升，由2018年的)
_MOVED_CLAUSE_END = re.compile(f"(?:{cue_alt('metrics.trend_adverbs')}){{1,2}}(?:{cue_alt('metrics.change_verbs')})"
                               f"[，,](?:{cue_alt('metrics.change_from', False)})$")


def _before_moved_clause(left: str, start: int, a: int) -> int:
    """行政机关诉前整改率逐年提升，由2018年的97.2%上升至2021年的99.8% (procur59): the clause telling how the
    level moved (逐年提升) closes the measure's words before the comma; the change after the figure tells
    the move again, and the figure is the level of 行政机关诉前整改率, no change of 整改率逐年提升."""
    m = _MOVED_CLAUSE_END.search(left, start, a)
    if m is None and left.startswith(_CHANGE_FROM_WORDS, a):
        m = _MOVED_CLAUSE_END.search(left, start, a + 1)  # waishi88: 贸易规模快速扩大，|从2004年的: 从 read with the time
    return m.start() if m and m.start() - start >= 2 else a


_CHANGE_FROM_WORDS = tuple(cues("metrics.change_from"))  # 由, 从


_CHANGE_TO = re.compile(f"(?:(?:{cue_alt('metrics.change_verbs')})(?:{cue_alt('metrics.change_to')})"
                        f"|{cue_alt('metrics.change_to_short')})$")


def _later_level_time(left: str, a: int) -> bool:
    """A time right after a change going on to a later level (由1980年底的80.6万户，增长到今年三季度末的7054.6万户):
    it ends the earlier level's words as a dated one (增加到2020年末的) does, though it writes no digit, so the
    later level's noun is the earlier one's, not 增长到今年三季度末 (mine57)."""
    return bool(_CHANGE_TO.search(left, 0, a) or _CHANGE_TO.search(left, 0, a + 1))


# 对东盟进出口: the trade with one partner (partner mark, partner, flow)
_PARTNER_FLOW = re.compile(f"((?:{cue_alt('metrics.partner_marks')}){_PARTNER})(?:{cue_alt('metrics.trade_flows')})")


def _part_before_share(view: _ArticleView, q: Quantity, prev: Quantity | None, prev_ind: tuple | None,
                       last_seen: dict) -> tuple | None:
    """出席代表大会的代表199名,其中蒙古族29名,占代表总数的14.5%,满族1名,回族2名 (minzu102,
    14-qianguo-zizhixian): a part's share of the whole written right after it is an aside; the next
    part (满族1名) is the part's sibling, not the share's — (figure, indicator) of the last figure in
    q's own unit, before that share in q's sentence and after its breakdown mark (其中), for `_breakdown`;
    None elsewhere (was 满族 bare), and where a breakdown mark opens after the share (其中占水田…).
    One lookup in `last_seen`, the figures' memo by unit; the marks are sought in the sentence only."""
    if prev is None or not prev_ind or prev_ind[3] != "share-of-previous" or q.unit in _PERCENT_UNITS:
        return None
    seen = last_seen.get(q.unit)
    if seen is None or seen[0].end > prev.start or seen[1] is None or view.sentence(seen[0].start) != view.sentence(q.start):
        return None
    marks = cues("metrics.breakdown_marks")
    s_start = view.sentence(q.start)[0]
    if any(view.text.find(w, prev.end, q.start) >= 0 for w in marks) \
            or not any(view.text.find(w, s_start, seen[0].start) >= 0 for w in marks):
        return None  # (建设用地占用耕地0.11万亩,占…84.62%(其中占水田0.09万亩: a breakdown of its own after the
        # share, no sibling of a part before it — ziran87)
    return seen[0], seen[1]


def _breakdown(name: str, before: str, prev: Quantity | None, prev_ind: tuple | None, q: Quantity,
               place: bool = False) -> str:
    """全县共有农业产业化龙头企业48家，其中国家级2家、省级15家: a short class word after 其中 (国家级,
    省级) names a part of the whole counted before, in the same unit → 国家级农业产业化龙头企业,
    省级农业产业化龙头企业; a verb right after the counted noun (1133个重大项目开工1116个) counts the
    part of them that did it → 开工重大项目; a flow after the trade with a partner (对东盟进出口3亿美元，
    其中出口1.8亿美元) is that flow with the partner → 对东盟出口; a part ending in the whole's head
    noun (行政事业总编制249个，其中行政编13个) is a noun already → 行政编; a place after 其中 (`place`:
    全国共有85个市县上榜，其中浙江省8个; 全省完成投资85亿元，其中杭州市8亿元) is whose part it is — the
    subject, no class — so the part is the whole's measure (市县上榜, 投资), never 浙江省市县上榜."""
    if place and prev is not None and prev.unit == q.unit and prev_ind and len(prev_ind[0]) >= 2 \
            and any(w in before for w in cues("metrics.breakdown_marks")) and not _closed_aside(before):
        return _without_own_tier(prev_ind[0])
    overlap = _overlapping_part(name, before, prev, prev_ind, q) or _registered_part(name, before, prev, prev_ind, q)
    if overlap:
        return overlap
    if not (1 < len(name) <= 3) or prev is None or prev.unit != q.unit or not prev_ind:
        return name
    if prev_ind[3] == "count-noun" and before.endswith(name) and len(prev_ind[0]) >= 2 \
            and re.search(re.escape(prev_ind[0]) + r"[”’」』\"]?" + re.escape(name) + "$", before):
        return name + prev_ind[0]  # 1133个重大项目开工1116个: the projects that started
    if not any(w in before for w in cues("metrics.breakdown_marks")) or _closed_aside(before):
        return name  # (计划开工项目255项(其中…223项),目前实际已开工206项: the aside is closed)
    partner = _PARTNER_FLOW.fullmatch(prev_ind[0])
    if partner and name in cues("metrics.trade_flows"):
        return partner.group(1) + name  # 对东盟进出口3亿美元，其中出口1.8亿美元: 对东盟出口
    if _GROWTH.match(name) or name in _head_words():
        return name  # 其中稻谷…78.06千公顷，减少0.24千公顷 / 1-5月完成投资: a change or a measure, no class
    if name in cues("metrics.hazard_kinds"):
        return name  # 发生各类地质灾害11起，其中滑坡8起: a kind of hazard is named in full (no 滑坡发生各类地质灾害)
    if name in cues("metrics.review_outcomes"):
        return name  # 收到代表建议126件，其中办结120件: the handling's outcome is the count's word (no 办结收到代表建议)
    if _post_title(name) and prev_ind[0].endswith(_POST_TITLE_ENDS):
        return name  # 选举产生新一届社区居委会委员5人，其中主任1人: the members in that post, no class of 委员
    whole = _level_of(prev_ind[0]) or prev_ind[0]  # 总数1070785个，比上年增加37867个，其中医院38355个: the
    name = _without_part_adverb(name)  # part breaks down the level counted, not its change
    if _breaks_down_other(before, prev, prev_ind, q.start - len(before)):
        return name
    if whole[:2] in cues("metrics.crop_trades") and len(whole) > 3:
        whole = whole[2:]  # 果业种植面积…，其中：猕猴桃9.1万亩: a crop of the trade, on its own area
    k = whole.find(name[-1], 0, 4)
    region = next((r for r in cues("metrics.macro_regions") if whole.startswith(r)), None)
    if region and name in cues("metrics.macro_regions"):
        whole = whole[len(region):]  # 其中东部地区的增长率为6.7%，…，东北则达到了12%: the previous was a region too
    elif 0 < k < len(whole) - 2 and whole[k] == name[-1] and not _word_starts_at(whole, k):
        whole = whole[k + 1:]  # the previous figure was a part too (国家级农业产业化龙头企业)
        # (not inside a word: 城市建设重点工程(其中续建25项: 续建城市建设重点工程, no 续建设重点工程)
    elif _sibling_part(before, prev.end - (q.start - len(before))):
        # 其中茶叶1.2万吨，水果3.5万吨: the previous figure is a sibling part, not the whole
        rest = _sibling_whole(before, prev.number_start - (q.start - len(before)), prev_ind[0],
                              name in cues("metrics.part_qualifiers"))
        if _PEOPLE.search(name) and _PEOPLE.search(rest):
            return name  # 其中二等功2人,烈属1人 (tuiyi89): a part naming people of its own takes no people noun
        return name + rest if name not in rest else name  # (其中来电80件，来信26件 of 来电来信举报件: named)
    if name[-1] in whole[-2:]:
        return name  # 总编制249个，其中行政编13个: the part ends in the whole's head noun, it is named
    if whole.endswith(_TOTAL_WORDS) and q.unit in cues("metrics.facility_count_units") \
            and name.endswith(cues("metrics.service_owner_tails")):
        return name  # 医疗卫生机构总数1070785个，…，其中医院38355个: the hospitals counted (weijian95; was 医院医疗卫生机构总数)
    if _contracted_part(name, whole):
        return name  # 333个街乡镇，其中街道152个: the whole contracts its parts (街|乡镇), each named already
    share = cues("metrics.share_verb")[0]
    if name.endswith(share) and share in whole:  # 少数民族占总人口的52.17%，其中彝族占29.05%: 彝族占总人口
        whole = whole[whole.index(share) + len(share):]
    return name + whole if len(whole) >= 2 and not whole.startswith(name) else name


def _word_starts_at(s: str, k: int) -> bool:
    """Does the dictionary segmentation of `s` open a word of two characters or more at k (城市|建设…:
    建 opens 建设)?  A part's last character found there is another word's first, not the end of a
    class word like its own (国家级|农业…: 级 ends 国家级; 中药材: 药 inside it, 小杂药材; 货物|类|节约资金:
    类 a word alone, the part's own class word, so 工程类 after it is 工程类节约资金)."""
    at = 0
    for w in dict_words(s):
        if at >= k:
            return at == k and len(w) >= 2
        at += len(w)
    return False


_OWN_TIER = re.compile(f"^(?:{cue_alt('metrics.own_level_tiers')})(?=..)")


def _without_own_tier(indicator: str) -> str:
    """新增专项债5.31亿元，其中市本级1.12亿元，铜官区1.6亿元: the part before was the government's own
    tier (市本级新增专项债); a place after it is another part of the same whole, measured by the
    whole's name, not by the tier's."""
    return _OWN_TIER.sub("", indicator, count=1)


_CONTRACTED_WHOLE_MAX = 4  # 街乡镇, 干部职工: a whole this short that writes its parts contracted


def _contracted_part(name: str, whole: str) -> bool:
    """Does a short whole write this part contracted inside it, the part's first character among its
    own (街乡镇 holds 街 of 街道, 干部职工 干 of 干部)?  Then the part is a name on its own: 街道, not
    街道街乡镇; a class word (国家级, 省级) shares no character with the whole it breaks down."""
    return len(whole) <= _CONTRACTED_WHOLE_MAX and name[0] in whole


_POST_TITLES = frozenset(r["word"] for r in load_table("posts") if r["kind"] in ("post", "head"))
_POST_TITLE_ENDS = tuple(_POST_TITLES)
_POST_MODIFIERS = tuple(sorted((r["word"] for r in load_table("posts") if r["kind"] == "modifier"), key=len, reverse=True))


def _post_title(name: str) -> bool:
    """A post's title, plain or with its modifier (主任, 副主任, 书记): a part of a body's members (a
    whole that ends in a post: 委员, 成员) named by it is counted by the post itself, not as a class of
    the whole (no 主任新一届社区居委会委员)."""
    mod = next((m for m in _POST_MODIFIERS if name.startswith(m)), "")
    return name[len(mod):] in _POST_TITLES


def _overlapping_part(name: str, before: str, prev: Quantity | None, prev_ind: tuple | None,
                      q: Quantity) -> str | None:
    """全国医院病床使用率79.4%，其中，公立医院86.0%: a part named right after 其中 whose name ends in
    the words the whole's measure opens with (医院) is that part's measure → 公立医院病床使用率, in
    the whole's unit; a part that names its measure (公立医院床位) or shares no words is left alone.  A copula
    between the part and its figure (医院出院者平均住院日为8.8日，其中公立医院为8.4日, weijian89) is no word of it."""
    cop = next((w for w in cues("metrics.part_copulas") if before.endswith(name + w)), "")
    before = before[:-len(cop)] if cop else before
    if prev is None or prev.unit != q.unit or not prev_ind or len(name) < 3 or not before.endswith(name):
        return None
    lead = before[:-len(name)].rstrip("，,：: \t\u3000")
    if not lead.endswith(cues("metrics.breakdown_marks")):
        return None
    whole = _level_of(prev_ind[0]) or prev_ind[0]
    for k in range(min(len(name) - 1, len(whole) - 2), 1, -1):
        if name.endswith(whole[:k]):  # (卫生技术人员总数…，其中医院卫生技术人员: the total's word is the whole's)
            return None if whole.startswith(_TOTAL_WORDS, k) else name + whole[k:]
    return None


_TOTAL_WORDS = cues("metrics.total_words")


def _registered_part(name: str, before: str, prev: Quantity | None, prev_ind: tuple | None,
                     q: Quantity) -> str | None:
    """户籍总人口134.9万人，比上年下降1.0%，其中城镇人口25.0万人 (gongbao84): a part named right after 其中 with
    the head of a registered whole (metrics.population_registers: 户籍…人口) is the registered part →
    户籍城镇人口; a bulletin states the resident whole's parts (常住人口…，其中城镇人口) just before, and the two
    would read as one indicator.  The whole is the level the figure before measures or changes, or
    the registered part before this one (户籍城镇人口…，乡村人口 → 户籍乡村人口)."""
    if prev is None or not prev_ind or len(name) < 3 or not before.endswith(name) \
            or not (prev.unit == q.unit or prev.unit in _PERCENT_UNITS):
        return None
    whole = _level_of(prev_ind[0]) or prev_ind[0]
    right_after = before[:-len(name)].rstrip("，,：: \t\u3000").endswith(cues("metrics.breakdown_marks"))
    if not right_after and not (prev.unit == q.unit and _sibling_part(before, prev.end - (q.start - len(before)))):
        return None  # (…其中城镇人口25.0万人，乡村人口109.9万人: the sibling part after the first one too)
    base = next((b for b in cues("metrics.population_registers") if whole.startswith(b)), None)
    # (其中城镇户籍人口12.51万人: the part names the register itself, no 户籍城镇户籍人口)
    return base + name if base and base not in name and name[-2:] == whole[-2:] else None


def _last_breakdown_mark(before: str) -> int:
    """Where the last breakdown mark (其中) of `before` stands, -1 if none."""
    return max(before.rfind(w) for w in cues("metrics.breakdown_marks"))


def _sibling_whole(before: str, prev_at: int, prev_indicator: str, paired: bool = False) -> str:
    """专任教师9689人（其中，幼儿园4529人、小学5613人、初中2696人） (plan77): the previous sibling part was named
    as its written class and the whole's noun (幼儿园专任教师); this part shares that noun → 小学专任教师.  The
    class is the words right before the previous figure, after its clause mark and the breakdown mark;
    "" when the previous part's indicator is no such class and noun, or the noun opens with a verb
    (出口农产品, 新增就业岗位: the first part's name is the verb's object, the next named alone as before).
    A `paired` part (城镇, 农村: metrics.part_qualifiers) is the urban or rural half of the same people and
    shares a verb-led noun too (享受城乡低保人员19293人，其中城镇3168人、农村16125人 → 农村享受城乡低保人员)."""
    lo = max(before.rfind(c, 0, prev_at) for c in "，,、；;：:（(") + 1
    written = before[lo:prev_at].strip(" \t\u3000")  # (其中城镇 3168人、农村 16125 人: a converted page's spaces)
    mark = next((w for w in cues("metrics.breakdown_marks") if written.startswith(w)), "")
    written = _kept_class(written[len(mark):], prev_indicator)
    rest = prev_indicator[len(written):] if len(written) >= 2 and prev_indicator.startswith(written) else ""
    if len(rest) < 2 or word_tags().get(dict_words(rest)[0], "").startswith("v") and not paired \
            and not rest.endswith(cues("metrics.sibling_measure_heads")) and not _opens_kept_noun(rest):
        return ""  # (其中茶叶1.2万吨，水果3.5万吨 of 出口农产品: a verb's object, a product named alone)
    return rest


_SAMPLED_COUNT = re.compile(rf"(?:{cue_alt('metrics.sampling_verbs')})([^，,。；;：:\d\s]{{2,20}}?)"
                            rf"(?:{cue_alt('metrics.sample_nouns')})?\d[\d.]*(?:批次|批|个|份|组)")


def _rate_of_sampled(text: str, s_start: int, q: Quantity, name: str) -> str:
    """抽查猪肉产品18批次,合格率为100%; 抽查禽肉禽蛋产品46批次,合格率为100%: a bare pass rate names no
    product, and the notice's rates of each kind would read as one; after the count of what was
    sampled in its clause run (up to a ； or the sentence's start) it is the rate of that kind →
    猪肉产品合格率.  The last such count is taken (a count of failed samples after it has no verb of
    sampling: 检测出不合格样品3批次); the name unchanged when no count names a kind (抽检1200批次)."""
    if q.unit not in _PERCENT_UNITS or name not in cues("metrics.sample_rates"):
        return name
    lo = max(s_start, rfind_any(text, "；;", s_start, q.start) + 1)
    found = list(_SAMPLED_COUNT.finditer(text, lo, q.start))
    return found[-1].group(1) + name if found else name


def _progress_of_item(text: str, q: Quantity, name: str, prev: Quantity | None, prev_ind: tuple | None) -> str:
    """大豆收获面积达到102.7万亩,收获进度达到53.1%;水稻收获面积达到66.5万亩,收获进度达到8.9% (nongye82): a
    bare progress names no crop, and each crop's would read as one; right after the crop's area in its
    clause run (no ； between) it is that crop's → 大豆收获进度.  The crop is what opens the area's
    indicator before the words the progress shares with it (收获), when it is a noun (no 完成 of 完成投资)."""
    if q.unit not in _PERCENT_UNITS or not name.endswith(cues("metrics.progress_shares")) or len(name) < 4 \
            or prev is None or not prev_ind or prev.end > q.start or re.search("[；;。]", text[prev.end:q.start]):
        return name
    k = prev_ind[0].find(name[:2])
    head = prev_ind[0][:k] if k >= 2 else ""
    if not head or not word_tags().get(dict_words(head)[0], "").startswith("n"):
        return name
    return head + name


def _kept_class(written: str, prev_indicator: str) -> str:
    """其中玉米28万亩,谷子和豆类等小杂粮3.6万亩,薯类1.5万亩: the previous part was written with a list
    before its class (谷子和豆类等小杂粮) but named by the class alone (小杂粮粮食作物播种面积); the longest
    tail of what was written (two characters or more) that opens its indicator is the class kept."""
    for k in range(len(written) - 1):
        if prev_indicator.startswith(written[k:]):
            return written[k:]
    return written


@lru_cache(maxsize=1)
def _kept_nouns() -> tuple[str, ...]:
    """The `keep` rows of metric_affixes.tsv (在册, 在建, 在岗): nouns a lead word begins, longest first."""
    return tuple(sorted((r["word"] for r in _AFFIXES if r["position"] == "keep"), key=len, reverse=True))


def _opens_kept_noun(rest: str) -> bool:
    """在册低保对象84399人，其中，城镇4992人，农村79407人 (minzheng82): 在册 is tagged a verb, but opens a noun of
    its own (a `keep` row: 在册, 在建, 在岗), so the sibling part shares it → 农村在册低保对象, no bare 农村."""
    return rest.startswith(_kept_nouns())


def _sibling_part(before: str, prev_end: int) -> bool:
    """其中茶叶1.2万吨，水果3.5万吨: the previous figure stands after the breakdown mark too, so it is
    a part beside this one; unless a bracket opens after it and is still open (建设项目27项（省级6项）:
    the parts of that part; 其中小学32所(含教学点5所),初中3所: the aside is closed, 初中 a sibling)."""
    return prev_end > _last_breakdown_mark(before) and not _bracket_left_open(before[prev_end:])


def _bracket_left_open(s: str) -> bool:
    """Does `s` open a round bracket it does not close again?"""
    depth = 0
    for ch in s:
        depth += (ch in "（(") - (ch in "）)" and depth > 0)
    return depth > 0


def _breaks_down_other(before: str, prev: Quantity, prev_ind: tuple, start: int) -> bool:
    """向200个国家出口防疫物资，其中口罩706亿个: a verb and its object after the counted noun of the
    previous figure: 其中 breaks down that object (the supplies), not the noun counted (国家)."""
    if prev_ind[3] != "count-noun":
        return False
    mark = _last_breakdown_mark(before)
    gap = before[max(0, prev.end - start):mark] if mark >= 0 else ""
    gap = gap[len(prev_ind[0]):] if gap.startswith(prev_ind[0]) else gap
    return len(_clean(gap.strip(" ，,、；;：:"))) >= 2


def _without_part_adverb(name: str) -> str:
    """东北则: an adverb closing a part's name (则, 也) that contrasts it with the parts before is no
    part of the name → 东北."""
    adverb = next((a for a in cues("metrics.part_adverbs") if name.endswith(a) and len(name) > len(a) + 1), None)
    return name[:-len(adverb)] if adverb else name


def _closed_aside(before: str) -> bool:
    """The last breakdown mark of `before` stands in a bracket closed before its end (255项(其中
    1-10月份计划新开工223项),目前…): the parts were listed in the aside, what follows is no part."""
    k = max(before.rfind(w) for w in cues("metrics.breakdown_marks"))
    if k < 0:
        return False
    opened = max(before.rfind("(", 0, k), before.rfind("（", 0, k))
    closed_before = max(before.rfind(")", 0, k), before.rfind("）", 0, k))
    closed_after = max(before.rfind(")", k), before.rfind("）", k))
    return opened > closed_before and closed_after > k


def _part_of_change(name: str, before: str, prev: Quantity | None, prev_ind: tuple | None,
                    q: Quantity) -> str:
    """居民消费价格比上年上涨0.3%。其中，城市上涨0.3%，农村下降0.1%: a part word (城市, 农村) and a
    bare change after 其中 is the change of that part of the level measured before →
    城市居民消费价格上涨 (the part named before is dropped from the whole: 农村居民消费价格下降).  The
    whole's basis 同比 or 环比 (metrics.part_carried_basis) goes with the part: a release states both
    for the same month, and 城市上涨 of each must not be one indicator."""
    parts = cues("metrics.part_qualifiers")
    if prev is None or not prev_ind or prev.unit != q.unit or not name.startswith(parts) \
            or not any(w in before for w in cues("metrics.breakdown_marks")):
        return name
    part = next(p for p in sorted(parts, key=len, reverse=True) if name.startswith(p))
    if not _GROWTH.match(name[len(part):]) or not _CHANGE.search(name[len(part):]):
        return name
    whole = _level_of(prev_ind[0])
    basis = next((b for b in cues("metrics.part_carried_basis") if prev_ind[0].startswith(b, len(whole))), "")
    if whole.startswith(parts):  # the previous figure was a part too
        whole = whole[len(next(p for p in sorted(parts, key=len, reverse=True) if whole.startswith(p))):]
    if len(whole) < 2 or whole == prev_ind[0] or _GROWTH.match(whole):
        return name  # (the figure before was no change of a named level)
    change = name[len(part):]
    if basis and not change.startswith(cues("metrics.change_basis")):
        change = basis + change  # 环比上涨0.3%。其中，城市上涨0.3%: the cities' month-on-month change, not the year's
    return part + whole + change


_OWN_RATE_HEAD = cues("metrics.own_rate_head")[0]  # 率
_ACHIEVED_RATE = re.compile(f"(?:{cue_alt('metrics.achieved_rate_words', False)})")


def _rate_of_its_own(prev_ind: tuple) -> bool:
    """受理案件10.2万件，一审服判息诉率89.62%，同比上升1.31%: a rate named in its own clause (…率, read
    from the clause before it) is a measure of its own; the change right after it is that rate's, not
    the sentence's amount's.  A rate of doing a target or a budget (预算执行率, 完成率) measures the
    amount, and the change after it stays the amount's."""
    name = prev_ind[0]
    return prev_ind[3] == "clause-before" and len(name) >= 3 and name.endswith(_OWN_RATE_HEAD) \
        and not _ACHIEVED_RATE.search(name) and not _is_target(name)


# 在医药制造业高位增长的带动下: what drove the measure, written inside the clause that names it
_DRIVER_ASIDE = re.compile(f"在[^，,。；;：:在]{{1,24}}?(?:{cue_alt('metrics.driver_aside_heads', False)})下")


def _without_driver_aside(s: str) -> str:
    """高技术制造业在医药制造业高位增长的带动下实现产值 → 高技术制造业实现产值: the driver (在…的带动下)
    is no word of what is measured; the measure around it is."""
    if "下" not in s:
        return s
    return _DRIVER_ASIDE.sub("", s)


def _without_comparison_base(s: str) -> str:
    """规模以上工业增加值比2019年同期增长: the time compared with (比2019年同期, 比2月份) is the
    base of the change, not part of what is measured → 规模以上工业增加值增长 (增速高于2019年同期 →
    增速高于)."""
    if _BASE_FRAME_WORD in s:  # 能耗在2020年基础上下降 → 能耗下降: the base built on is no word of the measure
        for a, b, _w in reversed(find_periods(s)):
            if (close := _base_frame_end(s, a, b)) >= 0:
                s = s[:a - 1] + s[close:]
    if _COMPARED_END.search(s) is None:
        return s  # no mark or comparison word a compared time could follow: no period scan
    for a, b, _w in reversed(find_periods(s)):
        if _compared_base(s, a) and any(ch.isdigit() for ch in s[a:b]):
            a, rest = _before_spaces(s, a), s[b:].lstrip("".join(_INLINE_SPACES))  # (比 2010 年降低)
            same = cues("metrics.same_period")[0]
            keep = a if s[a - 1] not in cues("metrics.comparison_marks") else a - 1  # 高于 stays: 增速高于
            if s[max(0, a - 2):a] in cues("metrics.change_basis"):
                keep = a  # 环比7月提高: the basis word stays whole (环比提高), not a stray 环
            keep = q if (q := _qualified_base(s, a)) >= 0 else keep  # 较疫情前的2019年: the qualifier goes too
            rest = rest[len(same):] if rest.startswith(same) else rest
            own = next((w for w in cues("metrics.own_month_of_base") if rest.startswith(w)), "")
            rest = rest[len(own):]  # 增速比9月当月提高: that month's own figure is the base too
            mean = next((w for w in cues("metrics.base_means") if rest.startswith(w)), "")
            rest = rest[len(mean):]  # 比过去5年均值增加: the years' mean is the base too
            s = s[:keep] + (rest[2:] if rest.startswith(cues("metrics.comparison_closers")) else rest)
    return s


_RATE_NOUNS = cues("metrics.change_nouns")
_POPULATION = cues("metrics.population_noun")[0]  # 人口: N万人口 counts people, its 人 the unit
# a share noun and nothing else (所占比重, 占比): whose share it is, the clause does not say
_SHARE_HELD = re.compile(f"所?(?:{cue_alt('metrics.share_words', False)})$")
_SHARE_ALONE = re.compile(f"所?(?:{cue_alt('metrics.share_words', False)})(?:{cue_alt('metrics.share_words', False)})?")
# 女性干部41人，占比较上一届提高16%: a share moved against a basis and nothing else: whose share, the count before says
_SHARE_MOVED = re.compile(f"所?(?:{cue_alt('metrics.share_words', False)})[{_COMPARED_WITH}][^，,。；;]{{1,8}}?"
                          f"(?:{cue_alt('metrics.change_verbs')})了?")


def _share_of_count_moved(name: str, prev: Quantity | None) -> bool:
    """女性干部41人，占比较上一届提高16%: a share moved against a basis, right after a count of people or
    bodies: the share is that count's (女性干部占比较上一届提高).  After a rate or points (出口增长13.8%，
    高于整体出口8.9个百分点，占比较去年同期提高…) the share's owner is read as before."""
    return prev is not None and prev.unit in _THINGS_COUNTED_UNITS and _SHARE_MOVED.fullmatch(name) is not None


_BASIS_LED_RATE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})(?:{cue_alt('metrics.change_nouns')})")


def _locative_closes(name: str) -> bool:
    """Is the locative (中) ending `name` (two characters at least) no part of its last word?  It is when
    its last two characters are no word (村中), or a rarer word than the one before the locative
    (项目中: 目中 of 目中无人 against 项目; 初中, 高中, 家中 stay words of their own)."""
    if len(name) < 2 or not name.endswith(cues("metrics.locative_tails")):
        return False
    freq = word_freq()
    tail = freq.get(name[-2:])
    return tail is None or len(name) >= 3 and freq.get(name[-3:-1], 0) > LOCATIVE_WORD_RATIO * tail


LOCATIVE_WORD_RATIO = 100  # the word before the locative this many times commoner than the tail's word


_LOCATIVE_HAVE = cues("metrics.locative_existence") + cues("metrics.locative_results")  # 中有, 中达标
_LOCATIVE_ADVERBS = tuple(cues("metrics.locative_adverbs"))  # 中已经…: the whole, then what its part did


def _without_locative(name: str, after: str, opener: str = "") -> str:
    """27个行业大类中18个行业…: a counted noun closed by a locative (中) right before another
    figure is the whole the next figure is part of — the locative is no part of the noun (初中,
    高中 are words of their own and stay); a comma may stand between (40个工业行业大类中，34个行业盈利;
    三个工业门类中，采矿业增加值…: the items after it, with or without a figure of their own),
    or a verb of being (41个大类行业中有37个); after 在 the locative closes a scope whatever follows
    (在八类居民消费品价格指数中，食品…: the eight classes, not 居民消费品价格指数中).  A noun of one
    character counts too (全县50个村中3个村, 120户中有8户, 12个县中，有8个)."""
    have = next((w for w in _LOCATIVE_HAVE if name.endswith(w)), None)
    if have and len(name) >= len(have) + 2 and name[:-len(have)].endswith(cues("metrics.locative_tails")):
        name = name[:-len(have)]
    if after[:1] in ("，", ","):
        if _locative_closes(name):
            return name[:-1]  # 三个工业门类中，采矿业… (全市12个县中，有8个…): the whole the items after the comma are parts of
        after = after[1:]
    if after[:1].isdigit() and _locative_closes(name):  # 全县50个村中3个村: 村 (市中, 家中 are words: kept)
        return name[:-1]
    if after.startswith(_LOCATIVE_ADVERBS) and _locative_closes(name):  # 32件区属建议中已经落实…的有25件
        return name[:-1]
    return name


_OWNER_GROWTH_VERBS = tuple(cues("metrics.share_owner_growth_verbs"))


def _share_owner(base: str, q: Quantity, prev: Quantity | None) -> str | None:
    """增加值占规模以上工业增加值的比重85.9%，同比增长5.2%: a growth in % right after a share in %
    named A占B… is A's growth — a share's own change is written in points (提高1.2个百分点).  None
    unless the share names its owner before 占 (two characters at least)."""
    if prev is None or prev.unit != "%" or q.unit != "%":
        return None
    k = base.find(cues("metrics.share_verb")[0], 2)
    if k < 0 or _GROWTH.search(base, 0, k):
        return None
    return base[:k]


_FORMER_WORDS = tuple(cues("metrics.former_words"))


def _multiple_base_only(name: str) -> bool:
    """是去年同期, 为2011年: all the clause names before a multiple is its base time — the multiple
    is of the level counted before it, not of a thing called 是去年同期."""
    m = _MULTIPLE_COPULA_OPEN.match(name)
    if m is None:
        return False
    if name[m.end():] in _FORMER_WORDS:
        return True  # 市辖区面积扩充为2631.3平方公里，是原来的近8倍: the base is the earlier state, a time too
    found = find_periods(name, m.end(), len(name))
    return bool(found) and found[0][0] == m.end() \
        and name[found[0][1]:] in ("", *cues("metrics.same_period"))


# 比规上工业高, 比全国平均水平低: 比, a base of two to eight characters, the way the rate differs
_COMPARED_OTHER = re.compile(f"(?:{cue_alt('metrics.comparison_marks')})[^，,。；;0-9０-９%％]{{2,8}}?"
                             f"(?:{cue_alt('metrics.compared_directions')})")


def _compared_with_other(name: str, q: Quantity | None) -> bool:
    """新产品产值率42.6%，比规上工业高10.1个百分点: points after a rate, compared with another measure's (or a
    body's) rate written after 比 — the rate is what is compared, as with a scope (比全省高); not a base time
    (比上年高: the rate's own change, named by the period rules)."""
    return q is not None and q.unit == cues("metrics.points_unit")[0] and _COMPARED_OTHER.fullmatch(name) is not None \
        and not find_periods(name)


def _rate_of_previous(name: str, prev: Quantity | None, prev_ind: tuple | None, q: Quantity | None = None,
                      listed: bool = False) -> str:
    """支出45.62亿元，下降3.2%，降幅比上年收窄2.4个百分点: a rate noun opening the clause (降幅,
    增速) after a change in % is that change's rate — 一般公共预算支出降幅比上年收窄, not a bare
    降幅比上年收窄; a comparison with a yardstick (高于全市平均) after it compares that change.
    进出口总额36.17亿元，增速达126.8%: a bare rate noun in % right after a level is that level's (a
    growth rate too, unless `listed`: 年均增长率分别是a和b rates the levels listed before, not the last)."""
    if prev is not None and prev_ind is not None and prev.unit not in _PERCENT_UNITS \
            and q is not None and q.unit in _PERCENT_UNITS and name in _RATE_NOUNS \
            and len(prev_ind[0]) >= 2 and _level_of(prev_ind[0]) == prev_ind[0]:
        return prev_ind[0] + name
    if not listed and (grown := _growth_rate_of(name, prev, prev_ind, q)) is not None:
        return grown
    if (owned := _share_after_yardstick(name, prev, prev_ind)) is not None:
        return owned
    if prev is None or prev_ind is None or prev.unit not in _PERCENT_UNITS:
        return name
    if name.startswith(cues("metrics.yardstick_verbs")) and _level_of(prev_ind[0]) != prev_ind[0]:
        # 同比增长1.4%，低于全市平均0.03个百分点: the growth rate is what is compared
        return _rate_compared(prev_ind[0], prev) + name
    if _level_of(prev_ind[0]) == prev_ind[0] and len(prev_ind[0]) >= 2 and (
            name.startswith(cues("metrics.yardstick_verbs"))
            or name.startswith(cues("metrics.comparison_marks")) and _SCOPE_RE.match(name, 1)
            or _compared_with_other(name, q)):
        # 森林覆盖率达65.3%，高于全省10.2个百分点 / 比全市高2.3个百分点: the rate is what is compared
        # (after 高于全国2.8个百分点 it is the rate compared there, not that comparison again)
        return _rate_compared(prev_ind[0], prev) + name
    share = next((w for w in _share_nouns() if name.startswith(w)), None)
    if share and _GROWTH.match(name[len(share):]) and prev_ind[0].endswith(_share_nouns()):
        # 占全县地区生产总值比重为58.3%，占比较去年同期提升1.8个百分点: that share's change
        return prev_ind[0] + name[len(share):]
    if share and _GROWTH.match(name[len(share):]) and cues("metrics.share_verb")[0] in prev_ind[0][1:] \
            and not _GROWTH.search(prev_ind[0]):
        # 县域工业增加值占全省县域生产总值的55.5%，占比较上年同期提高1.9个百分点: named by 占 alone
        base = prev_ind[0].removesuffix(cues("metrics.share_verb")[0])  # (民营企业进出口占60.7%)
        return base + cues("metrics.share_noun")[0] + name[len(share):]
    if not name.startswith(_RATE_NOUNS):
        return name
    base = _level_of(prev_ind[0])
    if base.endswith(name[:2]):
        base = base[:-2]  # 工业增加值增速同比增长10.4%，增速比上年同期提升: that 增速 once, not twice
    return base + name if len(base) >= 2 and base != prev_ind[0] else name


def _share_after_yardstick(name: str, prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """中西部地区出口增长13.8%，高于整体出口8.9个百分点，占比较去年同期提高1.4个百分点 (商务部's trade
    figures): a share's change opening a clause right after a growth compared with a yardstick in points
    is the share of the measure that grew — 中西部地区出口占比较去年同期提高, not a bare 占比较….
    None for anything else."""
    if prev is None or prev_ind is None or prev.unit not in cues("metrics.points_unit"):
        return None
    share = next((w for w in _share_nouns() if name.startswith(w)), None)
    if not share or not _GROWTH.match(name[len(share):]) or prev_ind[0].endswith(_share_nouns()):
        return None
    compared = prev_ind[0]
    k = min((i for i in (compared.find(v, 2) for v in cues("metrics.yardstick_verbs")) if i >= 2), default=-1)
    if k < 0:
        k = _last_comparison_mark(compared, cues("metrics.comparison_marks"))
    if k < 2:
        return None
    base = _level_of(compared[:k])
    return base + name if len(base) >= 2 and cues("metrics.share_verb")[0] not in base else None


_GROWTH_RATE_NOUNS = tuple(cues("metrics.growth_rate_nouns"))  # 增长率, 增长速度


def _growth_rate_of(name: str, prev: Quantity | None, prev_ind: tuple | None, q: Quantity | None) -> str | None:
    """基金收入合计28909亿元，比上年增长4866亿元，增长率为20.2% (新增城镇就业3.2万人，增长率为5.1%): a bare
    growth-rate noun in % right after an amount (a level, or a level's change in its own unit) is the
    rate of that level — 基金收入增长率, not a bare 增长率 (an average one too: 人均地区生产总值为39072元，
    年均增长率是9.7%).  None for anything else."""
    bare = next((name[len(a):] for a in cues("metrics.average_annual") if name.startswith(a)), name)  # 年均增长率
    if bare not in _GROWTH_RATE_NOUNS or prev is None or prev_ind is None or q is None \
            or prev.unit in _PERCENT_UNITS or q.unit not in _PERCENT_UNITS:
        return None
    level = _level_of(prev_ind[0])
    return level + name if len(level) >= 2 else None


def _contribution_of(name: str, prev_ind: tuple | None) -> str | None:
    """全年民营经济增加值122.64亿元，…，占GDP的比重为61.0%，对GDP增长的贡献率为56.5%: a clause that
    opens with 对 and names a contribution (贡献率) has no subject of its own; what contributed is
    the measure of the figure before (without its change or its share).  None otherwise."""
    if prev_ind is None or not name.endswith(tuple(cues("metrics.contribution_nouns"))):
        return None
    base = _level_of(prev_ind[0])
    k = base.find(cues("metrics.share_verb")[0], 2)
    base = base[:k] if k >= 2 else base
    if len(base) < 2 or base.endswith(tuple(cues("metrics.contribution_nouns"))):
        return None
    return base + cues("metrics.contribution_leads")[0] + name


def _collective_contribution(text: str, s_start: int, q: Quantity) -> str | None:
    """三次产业结构为3.4:39.0:57.6，对经济增长的贡献率分别为3.0%、60.2%、36.8%: a clause 对…贡献率
    分别 with no subject of its own, in a sentence opening with a collective word (三次产业:
    metrics.collective_items), gives the k-th figure of its run to the k-th item (第一产业对经济
    增长的贡献率 …).  None otherwise (the sentence's own clauses are read as before)."""
    k = _rfind_respective(text, s_start, q.start)
    if k < 0:
        return None
    cut = rfind_any(text, "，,；;：:", s_start, k) + 1
    clause = text[max(cut, s_start):k].strip()
    if cut <= s_start or not clause.startswith(tuple(cues("metrics.contribution_leads"))) \
            or not clause.endswith(tuple(cues("metrics.contribution_nouns"))):
        return None
    figures = _run_figures(text, k)
    opening = text[s_start:cut].lstrip(" \t\u3000")
    word = next((w for w in _COLLECTIVES if opening.startswith(w)), None)
    if word is None or q.number_start not in figures:
        return None
    items = _collective_items(word, len(figures))
    if len(items) != len(figures):
        return None
    return items[figures.index(q.number_start)] + clause


def _yardstick_rate_base(indicator: str, prev: Quantity | None, q: Quantity) -> str | None:
    """增长11.9%，高出全市平均水平3.8个百分点，较去年同期(-2.2%)上升14.1个百分点: a rate in % at the
    compared time after a difference in points from a yardstick is the rate compared then (同比增长),
    not the yardstick's gap (was …同比增长高出全市平均水平, and every figure after it carried that).
    None when the figure before is no such difference."""
    if prev is None or q.unit not in _PERCENT_UNITS or prev.unit != cues("metrics.points_unit")[0]:
        return None
    rate = _rate_compared(indicator, prev)
    return rate if rate != indicator and _CHANGE_END.search(rate) else None


def _rate_compared(indicator: str, prev: Quantity) -> str:
    """The rate a difference in points compares when the figure before was such a difference
    too: 增速比同期提高0.9个百分点，比一季度提高0.3个百分点 / 高于全市平均水平4个百分点 compare the
    same 增速 again, not its change (…增速比同期提高比一季度提高); any other indicator as it is."""
    if prev.unit != cues("metrics.points_unit")[0]:
        return indicator
    marks = cues("metrics.comparison_marks")
    for k in range(2, len(indicator)):
        if indicator.startswith(marks, k) and not indicator.startswith(_share_nouns(), k) \
                and _GROWTH.match(indicator[k:]):
            return indicator[:k]
        if indicator.startswith(cues("metrics.yardstick_verbs"), k) \
                and (_level_of(indicator[:k]) != indicator[:k] or indicator[:k].endswith(_RATE_NOUNS)
                     or indicator[:k].endswith(cues("metrics.percent_level_ends"))):
            # 同比增长10.2%，高于全国2.8个百分点，高于全省1.5个百分点: 同比增长高于全省
            # (增速高于全省1.2个百分点，高于全市0.5个百分点: 增速高于全市; 失业率低于省控线…，低于市控线)
            return indicator[:k]
    level = _level_of(indicator)
    if level != indicator and len(level) >= 2 and level.endswith(cues("metrics.percent_level_ends")):
        return level  # 失业率比2019年降低0.33个百分点，低于省控线…: the rate compared, not its fall
    if level != indicator and len(level) >= 4 and level.endswith(_RATE_NOUNS):
        # 增速比1—9月份加快0.5个百分点，快于全市平均水平5.1个百分点 (the base time read off as the
        # period): the 增速 is compared with the city's, not its quickening (was 增速加快快于全市)
        return level
    return indicator


def _points_level(indicator: str, q: Quantity) -> str:
    """The level a difference in points is about: 生产总值比一季度回落4.8个百分点；两年平均增长6.0%
    — the sentence after it measures 生产总值 again, not its change against 一季度; after a place moved in a
    ranking (规模以上工业增加值位次较上月提升2位。8月当月增长4.0%) the level is the item ranked,
    not its place (never 位次增长)."""
    rank = cues("metrics.rank_word")[0]
    if q.unit in cues("metrics.rank_units") and rank in indicator[2:]:
        return indicator[:indicator.index(rank, 2)]
    if q.unit != cues("metrics.points_unit")[0]:
        return indicator
    yard = None
    for yard in _POINTS_YARD_VERB.finditer(indicator, 2):
        pass  # 增长6.2%，高于全国平均水平2.7个百分点。7月份增长5.9%: the rate compared, not the yardstick
    base = _level_of(indicator[:yard.start()] if yard else indicator)
    return base if len(base) >= 2 else indicator


_POINTS_YARD_VERB = re.compile("|".join(re.escape(w) for w in cues("metrics.yardstick_verbs") if len(w) >= 2))


def _changed_level(indicator: str) -> str:
    """规上工业增加值同比增长5.1%。其中，10月份同比增长9.8%: the paragraph's last figure may itself be a
    change; a bare change after it changes the same level (规上工业增加值同比增长), never that change
    again (…同比增长同比增长)."""
    level = _level_of(indicator)
    level = level if len(level) >= 2 else indicator
    return _without_rate_gap(level)


_RATE_NOUN = re.compile(f"(?:{cue_alt('metrics.change_nouns')})")
_GAP_AFTER_RATE = tuple(cues("metrics.comparison_marks")) + tuple(cues("metrics.yardstick_verbs"))


def _without_rate_gap(level: str) -> str:
    """规模以上工业增加值增速比全省高 (a gap in points between two rates) → 规模以上工业增加值: the last
    level of a paragraph being such a gap, a bare growth after it (其中，8月当月增长4.0%) is the
    measure's growth, never the gap's.  Unchanged unless a rate noun after two characters of
    measure is followed by a comparison (比, 较, 高于 …)."""
    m = _RATE_NOUN.search(level, 2)
    return level[:m.start()] if m and level.startswith(_GAP_AFTER_RATE, m.end()) else level


@lru_cache(maxsize=4096)
def _level_of(indicator: str) -> str:
    """The level a change indicator is the change of: 固定资产投资同比增长 → 固定资产投资 (an
    indicator that names no change is returned as it is).  Remembered by indicator: the figures
    of a document ask of the same few indicators again and again, and each answer tries the
    anchored `_GROWTH` on every suffix (a new string per position)."""
    for i in range(len(indicator)):
        if _GROWTH.match(indicator[i:]) and i != 1 and not indicator.endswith(_NOT_COMPARED_ENDS, 0, i + 1):
            return indicator[:i]  # "" when the indicator is a bare change (增长); the 同 of 合同 opens no
            # comparison (技术合同成交额同比增长: 技术合同成交额, no 技术合; keji93)
    return indicator


def _change_after_share(name: str, prev: str, share: str, points: bool) -> str:
    """工业总产值790.99亿元，占…比重达76.5%，比上年同期增长18.6%: the 比 of 占比 starts no comparison
    (it was 工业总产值占比上年同期增长). A change in points is the share's (工业总产值占比比上年
    提高); one in % is the amount's before the share (工业总产值比上年同期增长)."""
    return (prev if points else prev[:-len(share)]) + name


# 第二档, 三档: a tier of a standard named bare (metrics.tier_marks: 档)
_TIER_ONLY = re.compile(f"第?[{CHINESE_NUMERALS}0-9]{{1,2}}(?:{cue_alt('metrics.tier_marks')})")


def _tier_of_previous(name: str, prev: str) -> str:
    """月最低工资标准第一档调整为2200元，第二档为2000元 (renshe88): a tier named bare right after a figure
    whose indicator ends with a tier of its own is the same standard's next tier — 月最低工资标准第二档,
    not a bare 第二档.  Any other name as it is."""
    if not _TIER_ONLY.fullmatch(name):
        return name
    m = _TIER_ONLY.search(prev)
    return prev[:m.start()] + name if m is not None and m.end() == len(prev) and m.start() >= 2 else name


def _compared_again(name: str, left: str, prev: str, points: bool = False) -> str:
    """增速比全国高1.1个百分点、比全省高0.4个百分点: a comparison continuing the previous figure's
    (the clause opens with a join and a comparison word) compares the same thing: 增速比全省高."""
    marks = cues("metrics.comparison_marks")
    if not name.startswith(marks) or not re.match(r"\s*[、，,]", left):
        return name
    k = _last_comparison_mark(prev, marks)
    if k >= 1 and prev[k - 1:k + 1] in cues("metrics.change_basis"):
        k = -1  # 同比增长12.8%，比一季度回落4.8个百分点: the 比 of 同比 starts no comparison to go on
    share = next((w for w in _share_nouns() if prev.endswith(w) and k >= len(prev) - len(w)), None)
    if share and k >= 2 and prev[k:].startswith(name[0]):
        return _change_after_share(name, prev, share, points)
    if k >= 2 and prev[k:].startswith(name[0]):
        return prev[:k] + name
    base = _level_of(prev)  # 增速比1-9月加快0.6个百分点，比全省高1.2个百分点: the base went with its period
    return base + name if k < 0 and len(base) >= 2 and base != prev else name


@lru_cache(maxsize=1)
def _share_nouns() -> tuple[str, ...]:
    """Share and rate nouns of two characters or more (比重, 比例): their 比 compares nothing."""
    return tuple(w for w in cues("metrics.share_words") + cues("metrics.rate_heads") if len(w) >= 2)


def _last_comparison_mark(prev: str, marks: tuple[str, ...]) -> int:
    """Where the last comparison mark of an indicator stands, -1 if none: the 比 of a share noun
    (占GDP比重, 比例) compares nothing — 比重为35.6%，比上年提高1.2个百分点 keeps its 比重."""
    nouns = _share_nouns()
    best = -1
    for m in marks:
        k = prev.rfind(m)
        while k >= 0 and (prev.startswith(nouns, k) or prev.startswith(_NOT_COMPARED, k)
                          or prev.endswith(_NOT_COMPARED_ENDS, 0, k + 1)):
            k = prev.rfind(m, 0, k)
        best = max(best, k)
    return best


# 同口径完成3.67亿元, 自然增幅2%: the figure before measured another way, not a name of its own
_OTHER_BASIS = cues("metrics.other_basis")
# 地方一般公共预算收入(同口径), 上年同期: a 同 that compares nothing (同比 does)
_NOT_COMPARED = cues("metrics.not_comparison_words")
# 合同, 共同, 参与: words closing on a mark (新签合同外资项目: no 同 to compare from)
_NOT_COMPARED_ENDS = cues("metrics.not_comparison_ends")


_FILL_NOTE_REACH = 30  # characters of a form's bracketed note between a label and its colon


def _before_fill_note(text: str, s_start: int, end: int) -> int:
    """中标(成交)金额:(可填写下浮率、折扣率或费率): 68.79万元: a form's note on how to fill the field,
    in brackets between the label's colon and the figure's, says nothing of what the figure is; the
    label is the one before the note.  `end` is where the figure's colon stands; the end of that
    label is returned (`end` itself where no such note closes there)."""
    k = end
    while k > s_start and text[k - 1] in " \t\u3000":
        k -= 1
    if k <= s_start or text[k - 1] not in ")）":
        return end
    o = max(text.rfind("(", max(s_start, k - _FILL_NOTE_REACH), k), text.rfind("（", max(s_start, k - _FILL_NOTE_REACH), k))
    while o > s_start and text[o - 1] in " \t\u3000":
        o -= 1
    return o - 1 if o > s_start and text[o - 1] in cue_chars("metrics.label_colons") else end


def _label_before(text: str, s_start: int, lo: int) -> str | None:
    """中标金额：人民币叁佰贰拾伍万元: a label closed by a colon right before the figure's clause
    names it (announcements, tables run into text)."""
    if lo - 1 < s_start or text[lo - 1] not in cue_chars("metrics.label_colons"):
        return None
    end = _before_fill_note(text, s_start, lo - 1)
    k = max(rfind_any(text, _CLAUSE_PUNCT + "\n", s_start, end), s_start - 1)
    label = _clean(_after_noted_field(_after_run_in(_strip_quotes(text[k + 1:end]))))  # 采购方式:公开招标 预算金额: the field after the space
    return label if 2 <= len(label) <= 12 else None


def _after_noted_field(s: str) -> str:
    """预算金额:119.6万元(人民币) 最高限价:119.6万元: a field whose figure closes on a bracketed note
    (人民币, 含税), a space, then the next field's label: the label is what follows the space, not
    the field before with its note (notices print their fields on one line)."""
    gap = [g for g in _RUN_IN_GAP.finditer(s)
           if g.start() > 0 and g.end() < len(s) and s[g.start() - 1] in ")）" and is_han(s[g.end()])]
    return s[gap[-1].end():] if gap else s


def _after_run_in(s: str) -> str:
    """The clause after a run-in heading set off by a space between Han characters (财政收入
    全年财政收入跨越130亿元 → 全年财政收入跨越130亿元): bulletins print the topic, a space, the text."""
    gap = [g for g in _RUN_IN_GAP.finditer(s)
           if g.start() > 0 and g.end() < len(s) and is_han(s[g.start() - 1]) and is_han(s[g.end()])]
    return s[gap[-1].end():] if gap else s


_LABEL_LEN = (2, 4)  # characters of a section label run into its text (人口, 建筑业, 对外经济)


def _glued_label(text: str, s_start: int, lo: int, hi: int) -> int:
    """How many characters of text[lo:hi] are a bulletin's section label glued to its text
    (人口年末常住人口1234万人, 农业全年粮食总产量…: the label, then the time that opens the
    sentence): one noun of 2–4 characters opening the sentence, right before a period without
    digits; 0 otherwise (完成全年目标: a verb; 2023年 …: a date is no label's time)."""
    if text[s_start:lo].strip(" \t\u3000"):
        return 0
    found = find_periods(text, lo, min(hi, lo + _LABEL_LEN[1] + 4))
    if not found or any(ch.isdigit() for ch in found[0][2]):
        return 0
    if _compared_base(text, found[0][0], lo):
        return 0  # 贸易额较上年同期增长31.3%: a comparison's base, no time opening the text after a label
    head = text[lo:found[0][0]]
    if not (_LABEL_LEN[0] <= len(head) <= _LABEL_LEN[1]) or not all(is_han(ch) for ch in head):
        return 0
    if text[found[0][1]:hi].strip(" \t\u3000") in cues("metrics.herd_measures"):
        return 0  # 生猪年末存栏23.7万头: the animals, then the time of their stock — the herd's, no label
    if head.endswith(tuple(cues("metrics.share_verb"))):
        return 0  # 提取额占当年缴存额的77.5% (provident-fund reports): a share's owner and 占, the time the whole's
    tag = word_tags().get(head)  # (a noun, a verbal noun, a short form, or no word of jieba's)
    ok = tag is None or tag[:1] in "nj" or tag in ("vn", "an") or head in cues("metrics.glued_labels")
    return len(head) if ok else 0


def _clause_before_named(view: _ArticleView, s_start: int, lo: int) -> str | None:
    """`_subject_of_clause_before`, less a place or body opening the clause (福建省外贸进出口再创新高，
    达到9314.4亿元 → 外贸进出口): that is the figure's subject, as in a clause with the figure."""
    name = _subject_of_clause_before(view.text, s_start, lo)
    if not name:
        return None
    rest = _clean(_without_opening_entity(view, s_start, lo, name))
    if rest != name and rest[:1] in cue_chars("metrics.partner_join_chars"):
        return name  # 中国同欧盟的贸易额: the place is one of the partners, part of the name
    return rest


_EXTREMES = frozenset(cues("metrics.extreme_words"))  # 最高, 最大: the peak of what the clause before named


_BARE_SHARES = frozenset(cues("metrics.share_words"))  # 占比, 比重: a share that names no owner


def _share_of_clause_before(view: _ArticleView, s_start: int, q) -> str:
    """私营企业继续保持主角地位，占比超过九成: a bare share (占比, 比重) opening a clause after one with no
    figure is the share of what that clause names (私营企业占比); "" when it names nothing."""
    clause = _clause_start(view.text, s_start, q.start)
    if clause <= s_start:
        return ""
    before = _clause_before_named(view, s_start, clause)
    if not before or _FIGURE.search(before):
        return ""
    words = dict_words(before)
    while words and word_tags().get(words[-1], "")[:1] in ("d", "a"):
        words = words[:-1]  # 民营经济快速发展: the manner of the verb cut off, no part of the noun
    before = "".join(words)
    return before if len(before) >= 2 else ""


def _extreme_of_clause_before(view: _ArticleView, s_start: int, lo: int, name: str) -> str:
    """全国最高用电负荷两创历史新高，最高达到13.39亿千瓦: a clause naming only the extreme (最高, 最大)
    measures the peak of what the clause before set a record of (最高用电负荷; 日调度发电量三创历史新高，
    最高达到… → 最高日调度发电量); `name` itself when that clause names nothing."""
    before = _clause_before_named(view, s_start, lo)
    if not before:
        return name
    return before if any(w in before for w in _EXTREMES) else name + before


@lru_cache(maxsize=1)
def _threshold_mark() -> re.Pattern:
    """A threshold verb with the rest of the clause after it (not 创新高地, 突破口: words of their own)."""
    return re.compile(f"(?:{cue_alt('metrics.threshold_verbs')})"
                      f"(?![{cue_chars('metrics.threshold_not_before_chars')}])[^，,]*$")


def _after_closed_bracket(clause: str) -> str:
    """周一）放假调休: a clause found back to a 、 inside brackets (2月15日（农历腊月二十八、周日）至23日（农历
    正月初七、周一）放假调休，共9天) opened inside them; its words start where the bracket closes
    (the indicator was 周一）)."""
    k = max(clause.rfind("）"), clause.rfind(")"))
    if k >= 0 and clause.rfind("（", 0, k) < 0 and clause.rfind("(", 0, k) < 0:
        return clause[k + 1:]
    return clause


def _subject_of_clause_before(text: str, s_start: int, lo: int) -> str | None:
    """全年地区生产总值突破千亿大关，实现1027.8亿元: a figure whose clause is a bare verb (实现,
    累计完成) measures what the clause before names when that clause states no figure of its own:
    its words up to its first verb (jieba's tags), without a period opening it."""
    if lo - 1 <= s_start or text[lo - 1] not in "，,":
        return None
    k = max(rfind_any(text, _CLAUSE_PUNCT, s_start, lo - 1), s_start - 1)
    if k >= s_start and text[k] == _LIST_MARK:
        return None  # (…农民专业合作社、肥料加工营销企业等单位的代表，共计80余人: a list's last item, no clause)
    clause = _strip_period(_after_run_in(_after_closed_bracket(text[k + 1:lo - 1].strip())))
    mark = _threshold_mark().search(clause)
    if mark and mark.start() >= 2:  # 我省GDP突破6000亿元，达6465亿元: what passed the mark
        name = _clean(_strip_quotes(clause[:mark.start()].rstrip(cue_chars("metrics.threshold_adverb_chars"))))
        return name if 2 <= len(name) <= 16 else None
    if not clause or _FIGURE.search(clause) or find_quantities(clause):
        return None
    clause = _without_ranked_superlative(clause)
    if clause.endswith(_head_words()):
        # 全市一般公共预算收入，首次突破50亿元: a clause ending in a measure noun is the topic named
        # whole (预算, 收入 tagged as verbs would cut it: 一般公)
        name = _clean(_strip_quotes(clause))
        return name if 2 <= len(name) <= 16 else None
    tags, words = word_tags(), []
    for tok in dict_words(clause):
        if tags.get(tok, "").startswith("v"):
            name = _clean(_strip_quotes("".join(_without_manner(words))))
            return name if 2 <= len(name) <= 16 else None
        words.append(tok)
    if len(words) >= 2 and tags.get(words[-1], "").startswith("a"):
        # 乡镇种子门店备案较差，仅为50%左右: an adjective closing the clause judges what it names
        name = _clean(_strip_quotes("".join(words[:-1])))
        return name if 2 <= len(name) <= 16 else None
    return None  # no verb: the clause is no subject and predicate (该工程完工后)


_MANNER_WORDS = frozenset(cues("metrics.manner_before_verb"))


def _without_manner(words: list[str]) -> list[str]:
    """该镇扎实|推进美丽乡村建设，投入20万元: the words before a clause's first verb, less the manner
    of that verb closing them (扎实, 切实, 坚决: jieba's adverbs and adjectives; 大力, 着力, 全面,
    which it tags nouns: metrics.manner_before_verb) — how the work is done names nothing measured
    (was the indicator 扎实; sichuan73)."""
    words = list(words)
    while words and (word_tags().get(words[-1], "")[:1] in ("d", "a") or words[-1] in _MANNER_WORDS):
        words.pop()
    return words


_RELATIVE_TO = re.compile("^[与和同][^，,]{2,8}?相比")  # 与去年同期相比增长: the basis, said by the change itself
_RANKED_DIVISIONS = re.compile(f"(?P<measure>[^，,；;：:。]{{2,20}}?)(?:{cue_alt('metrics.list_judgements')}|"
                               f"{cue_alt('metrics.ranked_superlatives')})的$")


def _ranked_divisions_measure(text: str, s_start: int, prev, prev_ind, q) -> str | None:
    """上半年新设企业增速最快的三个市分别为：合肥市、淮北市和宿州市，与去年同期相比分别增长了43.95%、…: the
    changes after a count of divisions ranked by a measure are the listed places' changes of that
    measure (新设企业增速 → 新设企业), never the count's (市与去年同期相比增长); the measure named before
    the judgement, without its period, or None when the previous figure is no such count."""
    if prev_ind[3] != "count-noun" or not _ADMIN_UNIT.fullmatch(prev_ind[0]) or not _has_respective(text[prev.end:q.start]):
        return None
    clause = max(rfind_any(text, _CLAUSE_PUNCT, s_start, prev.start), s_start - 1) + 1
    ranked = _RANKED_DIVISIONS.search(_strip_period(text[clause:prev.start]))
    if ranked is None:
        return None
    measure = _clean(ranked.group("measure"))
    measure = next((measure[:-len(w)] for w in _CHANGE_NOUNS_LONGEST if measure.endswith(w)),
                   measure)  # (增速最快的: the measure whose rate ranks them, 新设企业)
    return measure if len(measure) >= 2 else None


_GROUP_PARTITIVE = frozenset(cue_chars("metrics.group_partitive_chars"))  # 中, 内: 96个县市区中的排名
_RANKED_SUPERLATIVES = tuple(cues("metrics.ranked_superlatives"))  # 最多, 最大: 湿地面积最多，约380万公顷


def _without_ranked_superlative(clause: str) -> str:
    """海西蒙古族藏族自治州的湿地面积最多，约380万公顷: a clause ranking its place first by a measure
    noun (湿地面积最多) names the measure of the figure after it; the judgement is cut off when a
    measure noun is left before it, else the clause is returned as it is."""
    ranked = _RANKED_IS.search(clause)
    if ranked is not None:  # 全省新设市场主体户数最多的是合肥市，共计14.38万户: the place named after 的是 is the
        clause = clause[:ranked.start("is")]  # subject (the subject rules find it), the measure before it
    word = next((w for w in _RANKED_SUPERLATIVES if clause.endswith(w)), None)
    if word is not None and clause[:-len(word)].endswith(_head_words()):
        return clause[:-len(word)]
    return clause


def _ranked_share_before(text: str, s_start: int, lo: int) -> str | None:
    """25-29岁办理结婚登记占结婚总人口比重最大，占38.2% / 质量问题最多，占38.2% (minzheng82): a bare 占 after a
    clause ranking something first (最大, 最多) is the share of what that clause names — its words less the
    judgement, with 占比 when they name no share (质量问题占比); the indicator was only its unit (%)."""
    if lo - 1 <= s_start or text[lo - 1] not in "，,":
        return None
    k = max(rfind_any(text, _CLAUSE_PUNCT, s_start, lo - 1), s_start - 1)
    clause = _strip_period(text[k + 1:lo - 1].strip())
    word = next((w for w in _RANKED_SUPERLATIVES if clause.endswith(w)), None)
    name = _clean(_strip_quotes(clause[:-len(word)])) if word else ""
    if not 2 <= len(name) <= 24:
        return None
    return name if any(w in name for w in _BARE_SHARES) else name + cues("metrics.share_suffix")[0]


def _ranked_share_of_level(text: str, s_start: int, lo: int, prev_ind: tuple | None) -> str | None:
    """数字技术应用业增加值为55636亿元，占数字经济核心产业的比重最高，为43.6% (keji93, 09-tjj-shuzi-jingji): a bare
    copula in % after a clause that opens with 占 and ranks the share (比重最高) is that share of the level the
    clause before named — 数字技术应用业增加值占数字经济核心产业的比重, no second level of it.  The clause
    is the one right before the copula's (bounded by the sentence)."""
    if prev_ind is None or lo - 1 <= s_start or text[lo - 1] not in "，,":
        return None
    k = max(rfind_any(text, _CLAUSE_PUNCT, s_start, lo - 1), s_start - 1)
    clause = _strip_period(text[k + 1:lo - 1].strip())
    word = next((w for w in _RANKED_SUPERLATIVES if clause.endswith(w)), None)
    share = clause[:-len(word)] if word else ""
    verb = next((v for v in cues("metrics.share_verb") if share.startswith(v)), None)
    level = _level_of(prev_ind[0])
    if verb is None or not share.endswith(_share_nouns()) or len(level) < 2 or _FIGURE.search(share):
        return None
    return level + _clean(_strip_quotes(share))


# 房干最多,为734.1毫米; 其中城关镇最少，为354.2毫米 (fangxun88): a spot's name and a superlative closing the
# clause right before the figure's copula: the spot ranked by the measure of the figure before
_RANKED_SPOT_BEFORE = re.compile(f"(?:^|[，,；;。：:])(?:{cue_alt('metrics.breakdown_marks')})?[，,]?[^，,；;。：:0-9０-９]{{1,12}}"
                                 f"(?:{cue_alt('metrics.ranked_superlatives')})[，,](?:{cue_alt('metrics.copula')})?$")
# 新设市场主体户数最多的是合肥市 / 增速最快的为淮北市: a superlative, 的是 (的为) and a short name closing the clause
_RANKED_IS = re.compile(f"(?:{cue_alt('metrics.ranked_superlatives')})(?P<is>的[是为])[^，,；;。0-9０-９]{{2,10}}$")


def _level_before_change(text: str, s_start: int, lo: int) -> str | None:
    """贫困发生率由2014年的12.3%下降到0.5%: the earlier level is named before 由/从."""
    k = max(text.rfind(w, s_start, lo) for w in cues("metrics.change_from"))
    if k < 0 or _FIGURE.search(text, k, lo) and not find_periods(text, k, lo) or _HEARD_FROM.match(text, k, lo):
        return None  # (记者10月13日从市场监管总局获悉，…: the reporter's source, no earlier level)
    cut = max(rfind_any(text, _CLAUSE_PUNCT, s_start, k), s_start - 1)
    name = _clean(_strip_quotes(text[cut + 1:k]))
    if not name and cut >= s_start and text[cut] in _LEVEL_TREND_COMMAS:
        # waishi88: 贸易规模快速扩大，从2004年的8763.8亿元增长至2023年的6.41万亿元 — 从 opens its clause after
        # one that names the level with its trend: the level is that clause without the trend
        before = max(rfind_any(text, _CLAUSE_PUNCT, s_start, cut), s_start - 1)
        clause = _clean(_strip_quotes(text[before + 1:cut]))
        trend = _TREND_TAIL.search(clause)
        name = _clean(clause[:trend.start()]) if trend else ""
    return name if len(name) >= 2 else None


_LEVEL_TREND_COMMAS = "，,"  # the comma between a level's trend clause and the 从/由 clause after it
# how a level moved, closing the clause that names it (贸易规模快速扩大, 整改率逐年提升)
_TREND_TAIL = re.compile(f"(?:{cue_alt('metrics.trend_adverbs')}){{1,2}}(?:{cue_alt('metrics.change_verbs')})$")


def _respective_place_pair(view: _ArticleView, b: int, hi: int, tail: str) -> str | None:
    """广东和浙江同比分别增长37.8%和35.9%: two places joined by 和 (or 及, 与) opening the clause before
    分别 are paired with the figures by the subject rules — neither is part of the indicator (广东和
    浙江同比增长 was read).  → the name after the second place, or None for other shapes."""
    if len(tail) < 2 or tail[0] not in _JOINS or not _has_respective(view.text[b:hi]):
        return None
    text, end = view.text, b
    while end < hi and text[end] in _JOINS:  # (海口、三亚、澄迈投资额: every place of the list)
        nxt = next((b2 for a2, b2, _k2, t2, _l2 in view.mentions_in(end + 1, end + 2)
                    if a2 == end + 1 and t2 == "Place"), None)
        if nxt is None:
            break
        end = nxt
    if end == b:
        return None
    rest = _clean(tail[end - b:])
    return rest if len(rest) >= 2 else None


_DOERS_TOTAL = re.compile(rf"^[^，,。；;]{{0,8}}?(?:{cue_alt('metrics.doer_levels')})共(?=[{HAN}]{{4}})")
_VISIT_VERBS = tuple(cues("metrics.visit_verbs"))
_MEASURE_MIN = 4  # characters of a measure left after the doers or the place visited
_OPENING_MEASURE_MIN = 2  # …after a place gone to that opens the name (341家企业|到云南投资108.3亿元: 投资)
# 在 + a place opening the clause before a figure (国有粮食企业在德州镇阿荣村划拨土地35.7亩): where the
# doer did it, no word of the measure, as a place gone to (赴大渔镇) is none
_LOCATIVE_VERBS = tuple(cues("metrics.locative_verbs"))


# 全国铁路、公路、水路、民航|共发送旅客: the last item of a list of doers (a short word after 、), then a sum
# adverb (共, 共计, 累计, 合计): the doers together did what is counted after the adverb
_LISTED_DOER_SUM = re.compile(f"([{HAN}]{{1,4}}?)((?:{cue_alt('metrics.sum_adverbs')})+)(?=[{HAN}]{{2}})")
_SUM_WORDS = tuple(cues("metrics.sum_adverb_words"))  # 公共, 中共: 共 inside a word, no adverb


def _after_listed_doers(text: str, lo: int, hi: int, name: str) -> str:
    """全国铁路、公路、水路、民航共发送旅客约2.26亿人次: the clause before the figure opens after the list's
    last 、, with the last doer (民航) and the adverb that sums over all of them (共); what is counted is
    the doers' together (发送旅客), not the last one's alone (was 民航发送旅客).  Only right after a 、
    between two words, the item one to four characters, the adverb no part of a word (公共, 中共)."""
    if lo < 2 or text[lo - 1] != _ENUM_COMMA or not is_han(text[lo - 2]):
        return name
    m = _LISTED_DOER_SUM.match(text, lo, hi)
    if not m or text.startswith(_SUM_WORDS, m.start(2) - 1) or text.startswith(_SUM_WORDS, m.start(2)):
        return name  # (公共, 中共 end at the 共; 共产党员, 共青团 open with it: a word, no adverb)
    item = m.group(1)
    if not name.startswith(item) or len(name) - len(item) < 2:
        return name
    rest = name[len(item):]
    while rest.startswith(_SUM_ADVERBS_LONG) and len(rest) > 3:
        rest = rest[len(next(w for w in _SUM_ADVERBS_LONG if rest.startswith(w))):]
    return rest


_SUM_ADVERBS_LONG = tuple(sorted(cues("metrics.sum_adverbs"), key=len, reverse=True))


def _after_doers(name: str) -> str:
    """禄丰县、乡镇共走访慰问贫困残疾人家庭, 县乡两级共投入资金: the levels that did it, then 共 (in all),
    then the measure; the levels are the subject's, no part of the measure."""
    m = _DOERS_TOTAL.match(name)
    return name[m.end():] if m else name


def _after_visited_place(view: _ArticleView, lo: int, hi: int, name: str) -> str:
    """带领全部残联机关干部赴大渔镇入户慰问困难残疾人5户: who went (带领…干部) and where to (赴大渔镇) open
    the clause; what was done there (入户慰问困难残疾人) is the measure.  Only a place named right after a
    verb of going (metrics.visit_verbs), with a measure of some length left after it (two characters
    when the verb opens the name: 341家企业到云南投资108.3亿元, the count's noun cut before the trip)."""
    k = view.text.find(name, lo, hi) if len(name) > _OPENING_MEASURE_MIN else -1
    if k < 0:
        return name
    places = sorted((a, b) for a, b, _key, etype, _l in view.mentions_in(k + 1, k + len(name)) if etype == "Place")
    for a, b in places:
        least = _OPENING_MEASURE_MIN if any(k + len(v) == a and view.text.startswith(v, k) for v in _VISIT_VERBS) \
            else _MEASURE_MIN
        if k < a and b <= k + len(name) - least and view.text[b] != "的" \
                and view.text.endswith(_VISIT_VERBS + _LOCATIVE_VERBS, k, a) \
                and not _WHOLE_AFTER_OPENER.match(view.text, b, k + len(name)):
            # (服务业在全区经济中的比重: the whole the share is taken in, no place the measure was done at)
            b = _after_places_chained(places, b, k + len(name) - _MEASURE_MIN)  # 在德州镇|阿荣村|划拨土地
            return name[b - k:] if view.text[b] != "的" else name
    return name


def _after_places_chained(places: list[tuple[int, int]], b: int, limit: int) -> int:
    """The end of the run of places written one inside the next from `b` (德州镇阿荣村: the village
    of the township), as far as `limit`."""
    for a2, b2 in places:
        if a2 == b and b2 <= limit:
            b = b2
    return b


def _only_a_body(view: _ArticleView, lo: int, hi: int, name: str) -> bool:
    """Is the would-be indicator nothing but a place, agency or organisation written right before
    the figure (具体捐款数额如下: ⏎ 历下区 1746070元 ⏎ 济南慈善总会 20292496.3元)?  That names whose
    figure it is (the subject); the measure is the list's or the unit's.  Not a region of the
    country alone (东北地区增长4.8%), which names its figure."""
    k = view.text.find(name, lo, hi) if len(name) >= 2 else -1
    if k < 0 or view.text[k + len(name):hi].strip(" \u3000\t"):
        return False
    return any(a == k and b >= k + len(name) and etype in ("Place", "Agency", "Organization")
               and not (etype == "Place" and _REGION_ALONE.match(view.text, a))
               for a, b, _key, etype, _l in view.mentions_in(k, k + 1))


_OWNED_MARK = cues("metrics.owned_mark")[0]  # 属 of 市属, 省属, 区属: owned by that level's government
_RELATIVE_LEVEL_CHARS = cue_chars("metrics.owned_levels")
_CITY_PROPER = ("区",)  # 秦皇岛市|区面积: 市区, the city proper, its 市 shared with the city's name
_CITY_PROPER_NOUNS = tuple(cues("metrics.city_proper_nouns"))
def _find_unquoted(text: str, name: str, lo: int, hi: int) -> int:
    """Where in text[lo:hi] `name`, read without quotes, begins (四川对一带一路沿线国家进出口 in 四川对
    “一带一路”沿线国家进出口: the name lost the quotes the text keeps), or -1."""
    span = text[lo:hi]
    if not _QUOTE_ANY.search(span):
        return -1
    kept = [i for i, ch in enumerate(span) if ch not in _QUOTES]
    j = "".join(span[i] for i in kept).find(name)
    return lo + kept[j] if j >= 0 else -1


_STATION_MEASURE = re.compile(f"^{cues('metrics.station_word')[0]}((?:{cue_alt('metrics.station_measures')}).*)$")


_NAMED_GROUP = re.compile(f"^([{HAN}]{{0,4}}?)[{cue_chars('metrics.named_group_numerals')}]"
                          f"(?:{cue_alt('metrics.group_place_nouns')})(?=[{HAN}]{{2}})")


def _after_named_group(view: _ArticleView, lo: int, q: Quantity, name: str) -> str:
    """金沙县石场、高坪两乡镇受灾人口7815人, 城关、石桥、龙门三镇农作物受灾面积 (flood67): the places just listed summed
    up by their number and kind (两乡镇, 三镇) open the measure — they are whose figure it is, no word of it (was
    两乡镇受灾人口, or 龙门三镇… with the list's last item).  The words before the group are the list's last item
    only (right after 、 or 和), or nothing after a place's name; a group word after no list (全市两区建设投资, the
    two zones) is left as it is."""
    m = _NAMED_GROUP.match(name)
    k = view.text.find(name, lo, q.start) if m else -1
    if k <= 0:
        return name
    if m.group(1):
        listed = view.text[k - 1] in cue_chars("metrics.named_group_joins")
    else:  # (石场乡、高坪镇|两乡镇…: the last place cut as the clause's subject)
        listed = any(b == k and t == "Place" for _a, b, _k, t, _l in view.mentions_in(max(lo - 12, 0), k))
    return name[m.end():] if listed else name


_MARK_COMPARED = re.compile(f"^(?:{cue_alt('metrics.mark_compare_words')})(.{{2,}}(?:{cue_alt('metrics.mark_levels')}))$")


def _bracketed_mark(text: str, q: Quantity, indicator: str) -> str:
    """超警戒水位(130.30米)0.4米, 超保证水位(16.9米)0.11米, 低于警戒水位(97.00米)0.30米 (flood67): the figure in
    brackets right after a level compared with a mark is the mark itself (警戒水位 130.30米), the figure after
    the bracket the amount above or below it — was 超警戒水位 130.3米, a level read as its excess."""
    if text[q.start - 1:q.start] not in ("(", "（") or text[q.end:q.end + 1] not in (")", "）"):
        return indicator
    m = _MARK_COMPARED.match(indicator)
    return m.group(1) if m else indicator


def _counted_before_names(view: _ArticleView, q: Quantity, counted: str) -> str:
    """四位巡察组组长朱立峰、田军强…, 3名副组长王某、李某: the people counted, named after their post, are no
    word of the counted noun (was 巡察组组长朱立峰); the noun ends where the first person's name begins."""
    for a, _b, _key, etype, _l in view.mentions_in(q.end, q.end + len(counted)):
        if etype == "Person" and a - q.end >= 2:
            return counted[:a - q.end]
    return counted


def _without_perfective(name: str) -> str:
    """超过10亿人领用了电子社保卡, 3000人领取了失业保险金 (minzheng82): the perfective 了 right after the verb that
    opens what the people counted did is aspect, no word of the indicator → 领用电子社保卡, 领取失业保险金."""
    words = list(dict_words(name)) if cues("metrics.perfective")[0] in name else []
    k = next((i for i in (1, 2) if i < len(words) - 1 and words[i] in cues("metrics.perfective")), 0)
    if k and word_tags().get(words[k - 1], "")[:1] in ("v", "p") and len("".join(words[k + 1:])) >= 2:
        return "".join(words[:k] + words[k + 1:])  # (领|用|了: the verb split by the dictionary, 用 read as p)
    return name


def _people_hit(name: str, q: Quantity) -> str:
    """共有7847人受灾 (flood67): a count of people closed by a verb of what befell them alone
    (`metrics.people_state_verbs`) counts the people so hit — 受灾人数 (受灾人次 for a count in 人次), no noun 受灾."""
    if q.unit in _PEOPLE_UNITS and name in cues("metrics.people_state_verbs"):
        return name + (q.unit if q.unit == _PERSON_TIMES else cues("metrics.people_count")[0])  # (3385万人次受灾: 受灾人次)
    return name


_PERSON_TIMES = "人次"


def _after_station(name: str, q: Quantity) -> str:
    """松花江哈尔滨站水位116.41米, 沅江辰溪站最高水位达到121.2米 (flood67): a gauging station named after its
    place (哈尔滨站, 辰溪站), the place cut from the measure as the clause's subject, leaves its 站 opening a level,
    a flow or a rainfall — where it was measured, no word of the measure (was 站水位, 站最高水位).  A station
    whose name is no entity (阿什河马鞍山站水位) keeps it: the station is all that tells those levels apart; a figure
    in no unit of water (北京|站 客流量5万人次) is left as it is."""
    if q.unit not in cues("metrics.station_units") or cues("metrics.station_word")[0] not in name:
        return name
    m = _STATION_MEASURE.match(name)
    return m.group(1) if m else name


def _city_proper(rest: str, last: str) -> bool:
    """秦皇岛市|区面积, 某市|区人口: after a city's name ending in 市, 区 and an area or a population
    (`metrics.city_proper_nouns`) is 市区 written against the name, the city proper; no 区面积."""
    return last == "市" and rest.startswith(_CITY_PROPER) and rest.startswith(_CITY_PROPER_NOUNS, 1)


def _after_scope_opened_body(view: _ArticleView, k: int, name: str) -> str | None:
    """全国政协共收到提案5992件, 全国妇联共收到来信: a body whose name opens with a scope word (全国) the
    indicator's cleaning cut as the figure's scope, leaving the rest of the name (政协, 妇联) at k: the
    body is the subject, its whole name no part of what is counted → the words after it (收到提案);
    None when no such body covers k."""
    t = view.text
    start = max(0, k - _SCOPE_LONGEST)
    for a, b, _key, etype, _l in view.mentions_in(start, k):
        if etype in ("Agency", "Organization") and a < k < b and b - k < len(name) \
                and t[a:k] in _SCOPES and name.startswith(t[k:b]):
            rest = _clean(name[b - k:])
            return rest if len(rest) >= 2 else None
    return None


def _investing_firm_end(view: _ArticleView, k: int, name: str) -> int | None:
    """Where a company that puts in the sum ends inside the words before it (包括天元集团|投资20亿元,
    最大的一个工业项目由研祥集团|投资30亿元): after 由 or 包括, a company right before its verb of
    investing and the figure is the figure's subject (`_invested_by`), no word of what it measures;
    the indicator is the verb on (was 包括天元集团投资)."""
    text = view.text
    for a, b, _key, etype, _l in view.mentions_in(k, k + len(name)):
        if etype == "Organization" and b < k + len(name) and text[k:a].endswith(_INVESTED_BY) \
                and _FIRM_INVESTS.match(text, b):
            return b
    return None


def _without_opening_entity(view: _ArticleView, lo: int, hi: int, name: str) -> str:
    """市政府采购中心共完成采购项目856个 → 采购项目: a place, agency or organisation opening the
    clause is the figure's subject, not part of what is counted (kept when nothing is left)."""
    k = view.text.find(name, lo, hi) if name else -1
    if k < 0 and len(name) >= 2 and _RESULT_VERB.search(view.text[lo:hi]):
        # 四川外贸实现出口 cleaned to 四川外贸出口: the name is the text's, less the verb it lost
        k = next((i for i in range(lo, hi - len(name)) if _without_result_verb(view.text[i:hi]) == name), -1)
    if k < 0 and len(name) >= 2:
        k = _find_unquoted(view.text, name, lo, hi)
    if k < 0:
        return name
    scoped = _after_scope_opened_body(view, k, name)
    if scoped is not None:  # 全国政协共收到提案5992件: 全国 cut as a scope word, 政协 left of the body
        return scoped
    if len(name) > 1 and name[0] in _JOINS and any(a == k + 1 and t == "Place" for a, _b, _k, t, _l
                                                   in view.mentions_in(k + 1, k + 2)):
        # 全区4个镇及禾埠街道乡村人口13.2万人: the join continues the list of places before
        shorter = _without_opening_entity(view, k + 1, hi, name[1:])
        return shorter if shorter != name[1:] else name
    praise = next((w for w in _GIVER_DESCRIPTORS if name.startswith(w)), "")
    if praise and any(a == k + len(praise) and t == "Organization"
                      for a, _b, _k, t, _l in view.mentions_in(k + len(praise), k + len(praise) + 1)):
        # 爱心企业广东世荣兆业股份有限公司捐赠: the praise and the giver it names, the subject, then 捐赠
        shorter = _without_opening_entity(view, k + len(praise), hi, name[len(praise):])
        return shorter if shorter != name[len(praise):] else name
    firm = _investing_firm_end(view, k, name)
    if firm is not None:  # 包括天元集团投资20亿元的…项目: 投资, the company's (its subject)
        return name[firm - k:]
    for a, b, _key, etype, _l in view.mentions_in(k, k + 1):
        if a == k and etype in ("Place", "Agency", "Organization") and b - k < len(name):
            if etype == "Place" and _in_quoted_run(view.text, a, b):
                return name  # “古田银耳”“福鼎白茶”品牌价值: the place opens one listed name, a word of it
            if etype == "Place" and _REGION_ALONE.match(view.text, a):
                return name  # 东北地区增长4.8%: a region of the country names its figure, as 东部地区 does
            paired = _respective_place_pair(view, b, hi, name[b - k:]) if etype == "Place" else None
            if paired is not None:
                return paired  # 广东和浙江同比分别增长a和b: the places are the subjects, one a figure
            if name[b - k] in _JOINS + cue_chars("metrics.place_bound_chars") \
                    and not name.startswith(cues("metrics.place_unbound_words"), b - k) \
                    or a in _short_form_runs(view.mentions_in(a, b + 1)) \
                    or _unread_run_partner(view.text, a, b):
                return name  # 白洋淀及上游河道, 广东省内电源, 港澳台地区: part of the noun phrase
            if name[b - k] in _PAIR_DASHES and any(
                    a2 == b + 1 and t2 in ("Place", "Organization") for a2, _b2, _k2, t2, _l2
                    in view.mentions_in(b + 1, b + 2)):
                return name  # 中国—东盟贸易额: a dash pairs two partners, the pair is what is counted
            rest = _past_quoted_channel(view.text, a, b, hi, name) or _clean(name[b - k:])
            if etype == "Place" and b - a == 1 and rest.startswith(_SIDE_MARKS):
                rest = _after_side_mark(rest)  # 中方出口额: 中方 (the Chinese side) is the subject, no 方出口额
            if etype == "Place" and rest.startswith(_OWNED_MARK) and name[b - k - 1] in _RELATIVE_LEVEL_CHARS:
                rest = name[b - k - 1] + rest  # 北京市属国企营业收入: 市属 (city-owned) keeps its 市, the place is 北京
            if etype == "Place" and _city_proper(rest, name[b - k - 1]):
                rest = name[b - k - 1] + rest  # 秦皇岛市区面积: 市区面积 (the city proper's), the place 秦皇岛市
            if len(rest) < 2:
                return name
            if etype == "Place":
                rest = _port_of_place(rest)
            # 湖南省长沙市接待游客: a chain of places opens the clause; none is what is counted (a
            # place after a preposition, 向龙凤坝镇捐赠, is the figure's other party and stays); so
            # does a pair of organs written together (北京市委市政府捐赠300万元: the givers, then 捐赠)
            chained = etype in ("Place", "Agency") and name[b - k:].startswith(rest) and any(
                a2 == b and t2 == etype for a2, _b2, _k2, t2, _l2 in view.mentions_in(b, b + 1))
            venue = _after_venue(view, b, name[b - k:]) if etype == "Agency" else None
            return _without_opening_entity(view, b, hi, rest) if chained else (venue or rest)
    return name


_PAIR_DASHES = cue_chars("metrics.pair_dash_chars")  # 中国—东盟: a dash between partners' names
_VENUE_PREPS = tuple(cues("metrics.venue_preps"))
_DEAL_PREPS = tuple(cues("metrics.deal_partner_preps"))
_DEAL_VERBS = tuple(cues("metrics.deal_verbs"))  # 签订了 before 签订: the longest first
_DEAL_OPENER_MAX = 3  # characters of an anaphor before 与 (该镇, 我县): the clause's subject, no noun


def _after_deal_partner(view: _ArticleView, lo: int, hi: int, name: str) -> str:
    """该镇与北京某农业公司就计划总投资12亿元的…项目签约 → 计划总投资: the subject (a place, a body or an
    anaphor), 与 and the party it deals with (an organisation, body or place) and 就 or a verb of
    signing say who signed with whom; what was counted starts after them (was 该镇与…公司就计划总投资).
    The name as it was when no such opening is there or nothing of two characters would be left."""
    k = view.text.find(name, lo, hi) if len(name) >= 4 else -1
    if k < 0:
        return name
    text = view.text
    for i in range(k, min(k + len(name), k + _DEAL_OPENER_MAX + 1)):
        if text.startswith(_DEAL_PREPS, i):
            break
    else:
        # 与江北盘溪农贸市场签订蔬菜销售合同1300亩: the partner (its place taken off the name) and the verb of
        # signing opened the clause before the name: what was counted starts after the verb
        m = _DEAL_PARTNER_RUN.search(text, max(lo, k - _DEAL_PARTNER_MAX - 1), k + len(name))
        rest = _clean(text[m.end():k + len(name)]) if m and m.start() < k < m.end() else ""
        return rest if len(rest) >= 2 else name
    opened = i == k or i - k <= _DEAL_OPENER_MAX and not any(ch.isdigit() for ch in text[k:i])
    for a, b, _key, etype, _l in view.mentions_in(i + 1, i + 2):
        if opened and a == i + 1 and etype in ("Organization", "Agency", "Place"):
            verb = next((v for v in _DEAL_VERBS if text.startswith(v, b)), None)
            rest = _clean(name[b + len(verb) - k:]) if verb and b + len(verb) < k + len(name) else ""
            return rest if len(rest) >= 2 else name
    return name


_SIDE_MARKS = tuple(cues("metrics.side_marks"))  # 方: 中方, 美方, 巴方 — a country as a party


def _after_side_mark(rest: str) -> str:
    """其中中方出口额619.7亿美元, 美方对华投资: a country's one-character short form and 方 (side) name the
    party whose figure it is, as the country itself would; the mark is no word of the measure (出口额,
    not 方出口额).  The rest as it was when nothing of two characters is left."""
    tail = rest[len(next(m for m in _SIDE_MARKS if rest.startswith(m))):]
    return tail if len(tail) >= 2 else rest


def _after_venue(view: _ArticleView, b: int, tail: str) -> str | None:
    """山西省财政厅在上海证券交易所成功发行今年第九批政府债券152.01亿元: after the body opening the clause,
    在 (通过) and an organisation say where (through whom) it did so — the exchange, the depository —
    no word of the indicator (发行今年第九批政府债券, not 上海证券交易所成功发行…).  None when no
    organisation follows the preposition, or a relative clause (…的) makes it part of the noun."""
    prep = next((p for p in _VENUE_PREPS if tail.startswith(p)), None)
    if prep is None:
        return None
    at = b + len(prep)
    for a2, b2, _k2, t2, _l2 in view.mentions_in(at, at + 1):
        if a2 == at and t2 == "Organization":
            rest = _clean(tail[b2 - b:])
            return rest if len(rest) >= 2 and _DE not in rest else None
    return None


_CHANNEL_ENDS = tuple(cues("metrics.channel_name_ends"))
_CHANNEL_REACH = 12  # characters of a quoted channel's name after the body that opens it


def _past_quoted_channel(text: str, a: int, b: int, hi: int, name: str) -> str | None:
    """《上海市人民政府公报》主动公开市政府规章13件, “子长发布”微信公众号发布信息576条: a body (text[a:b])
    opening a quoted name of a medium (`metrics.channel_name_ends`: 公报, 发布, 网) is the channel's
    owner; the rest of the name (公报》, 发布”) is no part of what is counted, which starts after the
    quote.  So is a chronicle or yearbook named after its place (《高港区志》编纂工作人员约30人参会).  None when the body opens no such name (or nothing would be left)."""
    if a == 0 or text[a - 1] not in _OPEN_Q:
        return None
    close = next((i for i in range(b, min(hi, b + _CHANNEL_REACH)) if text[i] in _CLOSE_Q), -1)
    if close <= b or any(ch in _OPEN_Q for ch in text[b:close]) or not text.endswith(_CHANNEL_ENDS, b, close):
        return None
    tail = text[close + 1:hi].translate(_QUOTE_DROP)
    return _clean(tail) if len(tail) >= 2 and name.endswith(tail) else None


def _without_opening_person(view: _ArticleView, lo: int, hi: int, name: str) -> str:
    """驻村第一书记刘洋协调资金20万元 → 协调资金, 县长王刚争取项目资金500万元 → 争取项目资金: a person
    opening the clause, alone or after the post the posts stage read with the name, is who did
    it, no part of what is measured (kept when nothing is left, and when anything but a post
    stands before the name: 奖励王刚5000元; nor when a join after it lists more of those counted:
    秘书长罗强及委员共26人)."""
    text = view.text
    k = text.find(name, lo, hi) if len(name) >= 4 else -1
    if k < 0:
        return name
    end = k + len(name)
    person = _opening_person(view, k, end)
    if person is None:
        return name
    a, b = person
    if a > k and post_ending_at(text, a) is None:
        return name
    b += len(next((w for w in cues("metrics.person_after_words") if text.startswith(w, b)), ""))
    if text[b:b + 1] in _JOINS or text.startswith(_ETC, b):
        return name  # 秘书长罗强及委员共26人: the person is one of those counted
    rest = _clean(text[b:end])
    return rest if len(rest) >= 2 else name


def _opening_person(view: _ArticleView, k: int, end: int) -> tuple[int, int] | None:
    """The span of the last person named inside [k, end) and ending before it: a Person mention,
    or a name the document holds as a person's written again where the posts stage did not
    mark it (胡兵积极向上争取省级发改资金20多万元, after 负责人胡兵下派到中畲村任驻村第一书记)."""
    person = None
    for a, b, _key, etype, _l in view.mentions_in(k, end):
        if etype == "Person" and b < end:
            person = (a, b)
    if person is not None:
        return person
    if view.person_names is None:
        view.person_names = tuple(sorted({e.name for e in view.doc.entities.values()
                                          if e.type == "Person" and len(e.name) >= 2}, key=len, reverse=True))
    text = view.text
    for n in view.person_names:
        a = text.find(n, k, end - 1)
        if a >= 0 and a + len(n) < end:
            return a, a + len(n)
    return None


_PORT_CHAR, _PORT_WORD = cues("metrics.port_of_place")
_PORT_MEASURES = tuple(cues("metrics.port_measures"))
_PORT_VERBS = tuple(sorted(cues("metrics.port_verbs"), key=len, reverse=True))


def _port_of_place(rest: str) -> str:
    """深圳港集装箱吞吐量: a port named by its city — the city is the subject, and what is left after
    it is the port's (港口集装箱吞吐量, as 全市港口集装箱吞吐量 is named); it was 港集装箱吞吐量.  So with
    the verb of its result between (上海港完成集装箱吞吐量: 港口集装箱吞吐量, was 港完成集装箱吞吐量, jiaotong89)."""
    if rest[:1] != _PORT_CHAR:
        return rest
    if rest.startswith(_PORT_MEASURES, 1):
        return _PORT_WORD + rest[1:]
    verb = next((v for v in _PORT_VERBS if rest.startswith(v, 1)), "")
    if verb and rest.startswith(_PORT_MEASURES, 1 + len(verb)):
        return _PORT_WORD + rest[1 + len(verb):]
    return rest


def _whole_named(left: str) -> str:
    """占总人口比重为, 占常住人口的比重为 → 占总人口: the whole of a share written with a share noun
    and a copula after it (城镇常住人口68870人，占常住人口比重为44.3% in county bulletins), so that
    its noun can be compared with the count's, as 占总人口的 is."""
    whole = left.rstrip(_DE)
    copula = next((w for w in cues("metrics.copula") if whole.endswith(w)), "")
    whole = whole[:len(whole) - len(copula)]
    share = next((w for w in cues("metrics.share_words") if len(w) >= 2 and whole.endswith(w)), "")
    return whole[:len(whole) - len(share)].rstrip(_DE) if share else whole.rstrip(_DE)


_BRACKETED_NAME = re.compile(f"[（(][{HAN}]{{2,12}}[）)]")


def _share_of_level(prev: Quantity, prev_indicator: str, left: str) -> bool:
    """Whether 占…的N% after the figure prev is prev's share of the whole: always for an amount
    (采购额为2.9亿元，占全市采购额的12.7%); for a count only when the whole is the same kind of
    thing (城镇人口12.82万人，占总人口的25.7%), not a count of units whose amount is shared
    (超过2亿元的县区有3个，占全市采购额的60.06%)."""
    if prev.unit in MEASURE_UNITS:
        return True
    if prev.unit in _PERCENT_UNITS:
        return False
    # (占全县常住人口的比重(常住人口城镇化率)为43.48%: the rate's name in brackets is no word of the whole)
    whole = _whole_named(_BRACKETED_NAME.sub("", _strip_quotes(left)).strip(" ，,"))
    if len(whole) >= 3 and prev_indicator.endswith(whole[-2:]):
        return True
    if _SCOPES.get(whole.removeprefix(cues("metrics.share_verb")[0]), "compare") != "compare":
        return True  # 烈士10.82万人，占全省43.8%: a bare scope word is the whole's count of the same things
    if whole.endswith(tuple(cues("metrics.population_wholes"))) and prev.unit in cues("metrics.people_unit"):
        return True  # 男性25.79万人，占总人口的51.8%: a count of people is a part of the population
    for noun in cues("metrics.whole_count_nouns"):  # 项目62个，占开工项目总数的72.1%: a count of the same things
        if whole.endswith(noun) and len(whole) - len(noun) >= 3:
            return prev_indicator.endswith(whole[:-len(noun)][-2:])
    return False


def _listed_share(text: str, s_start: int, i: int) -> str | None:
    """`一次能源消费结构中，煤、油、气的比重分别从2005年的42.9%、33.8%、5.7%调整为…`: the k-th
    percentage after 分别 is the share of the k-th listed item (煤的比重, 油的比重 …), counting
    again from the first item for a second series (调整为2010年的37.9%、…)."""
    k = _rfind_respective(text, s_start, i)
    if k < 0 or _SOURCE_PARTNER_LIST.search(text, max(s_start, k - _SOURCE_LIST_REACH), k):
        return None  # (来自澳大利亚、韩国的实际使用外资分别增长…: each country's investment, `_partner_items`)
    clause = re.sub(r"[(（][^()（）]*[)）]", "", text[s_start:k])
    clause = re.split(r"[，,：:；;]", clause)[-1]
    m = re.fullmatch(f"(.+?){_DE}([^、{_DE}]{{1,8}})", clause)
    if not m:
        return None
    items = _share_items(m.group(1), len(_PERCENT_FIGURE.findall(_figure_run(text, k))))
    if len(items) < 2 or not all(items):
        return None
    long = any(len(x) > 10 for x in items)
    mark = cues("numbers.ordinal_chars")[0]
    # (海洋第一、第二、第三产业增加值占海洋生产总值的比重分别为… (haiyang104): the mark written on
    # every item, and a field (海洋) before the first that the whole run shares)
    prefix, bare = "", items
    if len(items[0]) >= 2 and items[0][-2] == mark and items[0][-1] in _ORDINAL_DIGITS:
        prefix, bare = items[0][:-2], [items[0][-2:]] + items[1:]
    bare = [x[len(mark):] if x.startswith(mark) and len(x) > len(mark) else x for x in bare]
    last, heads = bare[-1], bare[:-1]
    if all(len(x) == 1 and x in _ORDINAL_DIGITS for x in heads) and last[0] in _ORDINAL_DIGITS \
            and last[1:].startswith(cues("metrics.sector_nouns")):
        # 一、二、三产业占全市总投资的比重分别为…: the sectors, 第一产业…, 第二产业…, 第三产业… (so too
        # 第一、二、三产业对经济增长的贡献率分别为…, the ordinal mark written once, on the first)
        if long and text[k + 2:k + 3] != "为":
            return None  # (第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点: a change, read elsewhere with its verb)
        items = [prefix + mark + x + last[1:] for x in heads] + [prefix + mark + last]
    elif long:
        return None  # (the sectors' run keeps its long shared head: 第三产业增加值占海洋生产总值)
    n = len(_PERCENT_FIGURE.findall(text, k, i))
    n += len(_BARE_LISTED_NUMBER.findall(text, k, i + 1))  # (高出6.4和1.1个百分点: the unit once, at the end)
    return f"{items[n % len(items)]}{_DE}{m.group(2)}{_compared_after_respective(text, k, i)}"


def _share_items(listed: str, figures: int) -> list[str]:
    """The items of a list before …的比重分别为: 居民消费量较大的乳制品、粮食加工品…: a modifier ending in 的
    before the first item describes the whole list, no part of the item (乳制品); and where the run of
    figures after 分别 is one short of the items, the items after the list's last 和/及 are one
    (食用农产品和食用油、油脂及其制品: the category 食用油、油脂及其制品 written with a 、 inside)."""
    parts = _SHARE_ITEM_JOINS.split(listed)  # (油脂及其制品: 及其 "and its" joins no two items)
    parts[0] = parts[0].rsplit(_DE, 1)[-1]
    items = [_clean(x) for x in parts[::2]]
    marks = parts[1::2]
    last_and = max((i for i, c in enumerate(marks) if c != _ENUM_COMMA), default=-1)
    if figures == len(items) - 1 and 0 <= last_and == len(marks) - 2 and marks[-1] == _ENUM_COMMA:
        items = items[:-2] + [items[-2] + _ENUM_COMMA + items[-1]]
    return items


def _figure_run(text: str, k: int) -> str:
    """The run of figures after the 分别 at k: up to the sentence's or clause's next mark (，；。)."""
    m = _FIGURE_RUN_END.search(text, k)
    return text[k:m.start() if m else len(text)]


_FIGURE_RUN_END = re.compile(r"[，,；;。]")
# a percentage of the run (42.9%, 5.7 ％): compiled once, the units longest first
_PERCENT_FIGURE = re.compile("[0-9０-９.．]+\\s*(?:"
                             + alt(_PERCENT_UNITS | {"％"}) + ")")


_ENUM_COMMA = "、"
_AND_ITS = cues("metrics.and_its")[0]  # 及其
_SHARE_ITEM_JOINS = re.compile(f"([{_JOINS.replace(_AND_ITS[0], '')}]|{_AND_ITS[0]}(?!{_AND_ITS[1:]}))")


# 6.4和1.1个百分点: a number of a list whose unit is written once, after its last number
_BARE_LISTED_NUMBER = re.compile(f"(?<![0-9０-９.．])[0-9０-９][0-9０-９.．]*(?=[{_JOINS}][0-9０-９])")
_RESPECTIVE_COMPARED = re.compile(f"(?:{cue_alt('metrics.respectively')})((?:{cue_alt('metrics.comparison_marks')})"
                                  f"[^，,；;。0-9０-９]{{1,16}}?(?:{cue_alt('metrics.yardstick_verbs')}|"
                                  f"{cue_alt('metrics.change_verbs', False)}))(?=[0-9０-９])")


def _compared_after_respective(text: str, k: int, i: int) -> str:
    """脱贫人口收入、脱贫地区农民收入的增速分别比全国农民平均水平高出6.4和1.1个百分点: the figures after
    分别 are the items' differences from a yardstick, not their rates — the comparison is part of
    each name (脱贫人口收入的增速比全国农民平均水平高出); "" when 分别 runs into the figures."""
    m = _RESPECTIVE_COMPARED.match(text, k, i + 1)  # (the figure's first digit closes it)
    return m.group(1) if m else ""


def _unparsed_respective_list(view: _ArticleView, s_start: int, q: Quantity) -> bool:
    """粮食、棉花、油料分别为a、b、c with no list the rules above could pair: the clause before 分别
    lists items (、) that the figures after it measure one each, and the clause read whole names
    every figure by the last item (油料 for the grain's figure) — such figures are left unnamed
    rather than named wrong.  Lists of places (龙口、牟平的采购规模分别为…: the subject rules pair
    those) and lists before 的 (the noun after it is shared) keep the clause's name."""
    text = view.text
    run = _paired_run(text, s_start, q)
    if run is None:
        return False
    k, figures = run
    if not _BARE_RESPECTIVE.fullmatch(text, k, min(figures)):
        return False  # 城区、乡镇分别完成投资5亿元、3亿元: the measure after 分别 names them (完成投资)
    lo = max(rfind_any(text, "，,；;：:。", s_start, k) + 1, s_start)
    comma = text.rfind("、", lo, k)
    if comma < 0 or _DE in text[comma:k]:
        return False
    if any(b == comma or a == comma + 1 for a, b, _w in find_periods(text, lo, k)):
        return False  # (地区生产总值2021年、2022年分别为…: a list of times, the indicator before it)
    return not any(t == "Place" for _a, _b, _k, t, _l in view.mentions_in(lo, k))


# 分别 (依次) and at most a copula before the figures (分别为, 分别是, 分别达): nothing after it names them
_BARE_RESPECTIVE = re.compile(f"(?:{cue_alt('metrics.respectively')})(?:{cue_alt('metrics.respective_copulas')})?\\s*")


# 完成投资5.04亿元，比年度计划高20.3个百分点: the amount's gap to its yardstick (see `_indicator`)
_YARDSTICK_GAP = re.compile(f"(?:{cue_alt('metrics.comparison_marks')})[^，,。；;]{{1,8}}?(?:{cue_alt('metrics.yardstick_gap_verbs')})")
_DONE_SO_FAR = re.compile(f"(?:{cue_alt('metrics.done_so_far_adverbs')})*(?:{cue_alt('metrics.bracket_share_done_verbs')})")


def _done_of_target_before(view: _ArticleView, q: Quantity, seen: tuple) -> bool:
    """3000公里农村公路危险路段安装安全保障设施(2015—2017年)。上半年已完成610公里: a figure whose clause says
    only that so much is done (已完成, 累计建成, after a time) and names nothing is the amount done of the last
    figure in its unit in the paragraph, a target with its measure (was the bare unit 公里 as indicator)."""
    if seen[1][3] not in _LEVEL_RULES or seen[1][0] == q.unit or _GROWTH.search(seen[1][0]):
        return False
    text = view.text
    s_start = view.sentence(q.start)[0]
    lo = _clause_start(text, s_start, q.start)
    clause = text[lo:q.start]
    for a, b, _w in sorted(find_periods(text, lo, q.start), reverse=True):
        clause = clause[:a - lo] + clause[b - lo:]
    return _DONE_SO_FAR.fullmatch(clause.strip(" ，,")) is not None


def _bare_bracketed_share(text: str, s_start: int, q: Quantity, prev: Quantity | None, prev_ind: tuple | None,
                          left: str, whole: str | None) -> str | None:
    """15个农村幸福院建设已完成8个(53%), 城镇人口30万人(45%): a percentage alone in a bracket opened right
    after a count or an amount is that figure's share — of the target when the clause reports it done
    (已完成, 建成: 农村幸福院建设完成率), else of the whole (城镇人口占比); was an indicator of its unit (%).
    A change before it (增加2万人(3.5%)) or a percentage before it keeps its own reading."""
    if not whole or len(whole) < 2 or q.unit not in _PERCENT_UNITS or prev is None or prev_ind is None \
            or prev.unit in _PERCENT_UNITS or left not in ("(", "（") or prev.end != q.start - 1 \
            or _GROWTH.search(prev_ind[0]) or prev_ind[3] == "change-of-previous" \
            or _level_of(prev_ind[0]) != prev_ind[0] or _compared_change(prev_ind[0]):
        return None
    clause = text[_clause_start(text, s_start, prev.start):prev.start]
    done = any(v in clause for v in cues("metrics.bracket_share_done_verbs"))
    return whole + (cues("metrics.bracket_share_done")[0] if done else cues("metrics.share_suffix")[0])


def _converted_in_brackets(left: str, name: str, q: Quantity, prev: Quantity) -> bool:
    """种植面积455.6万亩（303.73千公顷）, 批准建设用地4.736公顷（计71.04亩）, 12.8864公顷（合193.3亩）:
    a bracket opened right after a figure, bare or led only by a converting word (计, 合), holds the
    same amount in another unit of measure: no noun of its own (亩 was the indicator)."""
    if left[:1] not in ("(", "（") or prev.end != q.start - len(left):
        return False
    lead = left[1:]
    if lead and (lead != name or lead not in cues("metrics.bracket_conversion_words")):
        return False
    return q.unit != prev.unit and q.unit in MEASURE_UNITS and prev.unit in MEASURE_UNITS


def _share_place(view: _ArticleView, q: Quantity, s_end: int) -> str | None:
    """The place a share's 的 leads to when it is the whole noun after it (`_place_after_share`):
    少数民族人口占比超过三分之一的贵州省 is Guizhou's share (minzu102)."""
    if q.unit not in _PERCENT_UNITS or q.end >= s_end or view.text[q.end] != _DE:
        return None
    m = _PERCENT_HEAD_RUN.match(view.text, q.end + 1, s_end)
    if not m:
        return None
    size = len(_percent_head(m.group(0)))
    return next((k for a, b, k, t, _l in view.mentions_in(q.end + 1, q.end + 2)
                 if a == q.end + 1 and b == q.end + 1 + size and t == "Place"), None)


def _place_after_share(view: _ArticleView, start: int, size: int) -> bool:
    """少数民族人口占比超过三分之一的贵州省 (minzu102, 02-guizhou-zhulao): the noun after a share's 的 is
    one place mention and nothing more — the clause describes the place (a relative clause before
    its head), so the place is whose share it is and the measure stands before the figure; a
    place followed by more noun (三分之一的贵州省农村人口) still names the thing measured."""
    return any(a == start and b == start + size and t == "Place" for a, b, _k, t, _l in view.mentions_in(start, start + 1))


def _place_only(view: _ArticleView, lo: int, hi: int, name: str, have: bool = False) -> bool:
    """为乌克兰100多万人: the name before the figure is one place (a country, a division) written
    right before it, alone or after a mark of whom it is done for (中方已为乌克兰…: 为, 向) — the
    place is whose figure it is (the subject or the receiver), nothing measured.  With `have` (a
    part after 其中) the place may own the figure with a verb of having (其中山东有3个): 有 names no
    measure either."""
    verb = next((v for v in cues("metrics.place_have_verbs") if view.text.endswith(v, lo, hi)), "") if have else ""
    if verb and not name.endswith(verb):
        hi -= len(verb)  # (the name was read without the verb: 山东 before 有3个)
    k = view.text.rfind(name, lo, hi)
    if k < 0 or k + len(name) != hi:
        return False
    for a, b, _k, t, _l in view.mentions_in(k, hi):
        if b == hi and t == "Place":
            return a == k or view.text.endswith(cues("metrics.done_for_marks"), k, a)
    return False


def _measure_before_copula_place(view: _ArticleView, lo: int, q: Quantity) -> tuple[str, int, int, str] | None:
    """最大累计雨量为石场乡145.5毫米 (flood67): a measure noun, the copula 为, then the place the figure was
    measured at — 为 is no mark of whom something is done for (为乌克兰100多万人) when a measure (ending in
    `metrics.copula_measure_end_chars`: 雨量, 水位, 面积) stands right before it; the measure is the indicator,
    the place its subject (the indicator was the bare unit 毫米)."""
    copula = cues("metrics.done_for_marks")[0]  # 为
    k = next((a for a, b, _k, t, _l in view.mentions_in(lo, q.start) if b == q.start and t == "Place"), -1)
    head = view.text[lo:k]
    if k < 0 or not head.endswith(copula):
        return None
    measure = _TAIL_STRIP.sub("", head[:-len(copula)].strip())
    if len(measure) < 2 or measure[-1] not in cue_chars("metrics.copula_measure_end_chars") \
            or not all(is_han(ch) for ch in measure):
        return None
    return measure, q.start, q.end, "copula-place"


_LIST_HEAD_RANK = re.compile(f"(?:{cue_alt('metrics.list_head_rank_lead')})[0-9０-９{cue_chars('periods.numeral_chars')}]+"
                             f"(?:{cue_alt('metrics.rank_units')})$")  # (百强县数量前三位的是)


def _places_fill(ments: list, lo: int, hi: int) -> bool:
    """Do places alone, one after another, fill text[lo:hi] (东坡区|2件; 眉山|天府新区|1件: a new area written
    after its city, shengtai86)?"""
    at = lo
    for a, b, _k, t, _l in ments:
        if a > at:
            return False
        if b > at:
            if t != "Place":
                return False
            at = b
    return at == hi


def _places_list_head(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """百强县数量前三位的是，浙江23个、江苏22个、山东21个 / 入围数量分别为：贵州9个、陕西8个: a count
    right after the place opening its list item (nothing else names it) counts what the clause
    before the list names — a number of things (数量, 总数), its copula and rank words dropped; a
    percentage so rates what a clause ending in a rate names (开工率分别为：霍山县94.1%、金寨县68.9%).
    Only the clause right before the list is read (bounded)."""
    text = view.text
    item = rfind_any(text, "、，,；;：:", s_start, q.start) + 1
    ments = view.mentions_in(item, q.start)
    if not ments or ments[0][3] != "Place" or ments[0][0] != item or not _places_fill(ments, item, q.number_start):
        return None
    label = _colon_label_of_list(text, s_start, q.start)
    if label:
        return label
    cut = rfind_any(text, "，,；;：:", s_start, q.start)
    if cut <= s_start:
        return None
    head = text[max(rfind_any(text, "，,；;：:。", s_start, cut) + 1, s_start, cut - 30):cut]
    for _ in range(3):  # (数量前三位的是, 入围数量分别为: copulas and adverbs before them)
        head = head.rstrip(_DE)
        word = next((w for w in cues("metrics.copula") if head.endswith(w)), "")
        head = head[:len(head) - len(word)].rstrip(_DE)
    head = _EACH_LEVEL_LEAD.sub("", _clean(_LIST_HEAD_RANK.sub("", head)))  # (各县区|…开工率: the places listed)
    nouns = cues("metrics.whole_count_nouns")
    rated = q.unit in _PERCENT_UNITS and head.endswith(tuple(cues("metrics.list_head_rate_ends")))
    named = q.unit in cues("metrics.list_head_unit_nouns") and head.endswith(q.unit)  # (信访举报件为：东坡区2件)
    return head if len(head) >= 3 and (head.endswith(nouns) or rated or named) else None  # (开工率分别为：霍山县94.1%)


def _next_place_item(view: _ArticleView, s_start: int, q: Quantity, prev: Quantity | None, prev_ind) -> bool:
    """全市亿元以上新签约项目174个，分别为：霍山县34个、金寨县32个、裕安区27个: a place's figure right
    after the 、 that closes the item before it (or right after the bare 分别为 that opens the list
    after the whole's figure), in the same unit, counts what that figure counts — when that figure
    was named by words, not by its unit alone.  Only the place and nothing else opens the item."""
    if prev is None or not prev_ind or prev_ind[3] == "unit" or prev.unit != q.unit or not q.unit:
        return False
    text = view.text
    item = rfind_any(text, "、，,；;：:", s_start, q.start) + 1
    between = text[prev.end:item]
    if between == "、":  # (the item before a place's too: 市开发区78.6%、金寨县68.9%, no place named it)
        before = rfind_any(text, "、，,；;：:", s_start, prev.start) + 1
        ments = view.mentions_in(before, prev.start)
        return bool(ments) and ments[0][3] == "Place" and ments[0][0] == before and ments[0][1] == prev.number_start
    return bool(_BARE_LIST_OPENING.fullmatch(between))


_BARE_LIST_OPENING = re.compile(f"[，,]?(?:{cue_alt('metrics.bare_list_openings')})[：:]")


_EACH_LEVEL_LEAD = re.compile(f"^各[{cue_chars('metrics.each_level_chars')}]+")  # 各县区, 各乡镇: the listed places


def _colon_label_of_list(text: str, s_start: int, hi: int) -> str | None:
    """国有企业收购价：武宁县95元，瑞昌市96元…: a label opening the sentence and closed by a colon
    names the measure of every place's figure listed after it, when it ends with a word of such a
    measure (价, 价格, 产量: metrics.colon_list_measures); at most `_COLON_LABEL_MAX` characters,
    with no clause mark inside."""
    c = rfind_any(text, "：:", s_start, hi)
    if c <= s_start or c - s_start > _COLON_LABEL_MAX or rfind_any(text, _CLAUSE_PUNCT, s_start, c) >= s_start:
        return None
    label = _clean(text[s_start:c].strip())
    return label if len(label) >= 3 and label.endswith(_COLON_LIST_MEASURES) else None


_COLON_LABEL_MAX = 12
_COLON_LIST_MEASURES = tuple(cues("metrics.colon_list_measures"))


# one-character division words (镇, 乡, 村, 县) that may name a count on their own
_ONE_CHAR_DIVISIONS = frozenset(w for w in cues("numbers.noun_units") if len(w) == 1)
_DIVISION_COUNT_UNIT = cues("metrics.resumptive_units")[0]  # 个
_HAVE = "有"  # 共有镇33个: the verb of having may stand before such a word


def _single_division(text: str, q: Quantity, name: str) -> bool:
    """镇179个，乡21个: a one-character division word opening its clause right before a count in
    个 names the divisions counted (民政 bulletins list 乡级行政区划单位 so; 共有镇33个); any other single
    character before a figure is a fragment, and 全县12个 (no clause mark before 县) is no such list."""
    return name in _ONE_CHAR_DIVISIONS and q.unit == _DIVISION_COUNT_UNIT \
        and q.start >= 1 and text[q.start - 1] == name \
        and (q.start == 1 or text[q.start - 2] in _CLAUSE_PUNCT + _SENT_END + _HAVE)


_ONE_CHAR_LIVESTOCK = frozenset(cues("metrics.one_char_livestock"))  # 羊, 鸡, 鹅
_LIVESTOCK_HEAD_UNITS = frozenset(cues("metrics.livestock_head_units"))  # 头, 只, 羽


def _single_livestock(text: str, q: Quantity, name: str) -> bool:
    """…奶牛780头，羊4999只，鸡68499羽: a farm animal named by one character, opening its clause right
    before a count of heads, is the animal counted (an 畜牧 report's list of stock or of animals
    vaccinated), as `_single_division` reads 镇179个; any other single character stays a fragment, and
    so does the last of a list of animals (猪、牛、羊3000头: the count of all three).  A part opened by
    其中 (牲畜415头，其中羊300只) or an item after a 、 that a head count closes (羊300只、牛100头) opens
    such a clause too (neimeng75)."""
    if name not in _ONE_CHAR_LIVESTOCK or q.unit not in _LIVESTOCK_HEAD_UNITS or q.start < 2 \
            or text[q.start - 1] != name:
        return False
    before = text[q.start - 2]
    return before in _CLAUSE_PUNCT.replace("、", "") + _SENT_END \
        or text.endswith(_BREAKDOWN_MARKS, 0, q.start - 1) \
        or before == "、" and text[q.start - 3:q.start - 2] in _LIVESTOCK_HEAD_UNITS  # (猪、牛、羊3000头: all three)


_ONE_CHAR_STAPLES = frozenset(cues("metrics.one_char_staples"))  # 米, 面, 油
_STAPLE_PACKAGE_UNITS = frozenset(cues("metrics.staple_package_units"))  # 袋, 桶, 箱


def _single_staple(text: str, q: Quantity, name: str) -> bool:
    """慰问品:油31桶,米31袋 (tuiyi89): a staple named by one character, opening its clause (after a clause mark,
    a colon or a 、 closing the previous package count) right before a count of its packages, is the staple
    counted, as `_single_livestock` reads 羊4999只; 米 before a figure in metres (长3米) is no such count."""
    if name not in _ONE_CHAR_STAPLES or q.unit not in _STAPLE_PACKAGE_UNITS or q.start < 2 \
            or text[q.start - 1] != name:
        return False
    before = text[q.start - 2]
    return before in _CLAUSE_PUNCT.replace("、", "") + _SENT_END \
        or before == "、" and text[q.start - 3:q.start - 2] in _STAPLE_PACKAGE_UNITS


def _single_casualty(text: str, q: Quantity, name: str) -> str | None:
    """共发生火灾4250起，亡8人，伤4人: a fire or accident bulletin's one-character casualty word (亡, 伤)
    opening its clause right before a count of people is the casualties counted, written out (死亡,
    受伤) as a headline's 3人亡2人伤 is (`_CASUALTY_SHORT`); was the bare 人数 (gongan84)."""
    full = _CASUALTY_SHORT.get(name)
    if full is None or q.unit not in cues("metrics.people_unit") or q.start < 2 or text[q.start - 1] != name:
        return None
    return full if text[q.start - 2] in _CLAUSE_PUNCT + _SENT_END else None


_UNIT_ASIDE = re.compile(rf"[(（][{HAN}]{{1,2}}[)）]")  # 415头(只): the unit's other word, in brackets


def _figure_ends_clause(text: str, end: int) -> bool:
    """Does the clause end right after the figure ending at `end` — at a clause mark, or past a bracket
    holding only another word for its unit (牲畜以养殖羊为主，共计约415头(只)。: 头 or 只, the livestock
    registers' way; neimeng75)?"""
    aside = _UNIT_ASIDE.match(text, end)
    at = aside.end() if aside else end
    return text[at:at + 1] in _CLAUSE_PUNCT + _SENT_END


def _unnamed(q: Quantity) -> tuple[str, int, int, str]:
    """The name of a figure nothing names for sure: 金额 for money, 人数 for people, 气温 for degrees
    (上海多云,4~13℃, a digest's weather line: the temperature, no indicator ℃), else its unit."""
    if q.unit in cues("metrics.people_unit") or q.unit in cues("metrics.fallback_people_units"):
        return cues("metrics.people_count")[0], q.start, q.end, "unit"
    if q.unit in cues("metrics.money_units"):
        return cues("metrics.money_amount")[0], q.start, q.end, "unit"
    if q.unit in cues("numbers.temperature_units"):
        return cues("metrics.temperature_name")[0], q.start, q.end, "unit"
    if q.unit in cues("metrics.unnamed_duration_units"):
        return cues("metrics.duration_name")[0], q.start, q.end, "unit"  # 鸣36秒: a time, no indicator 秒
    return q.unit or cues("metrics.fallback_indicator")[0], q.start, q.end, "unit"


def _respective_indicator(view: _ArticleView, s_start: int, q: Quantity) -> tuple[str, int] | None:
    """`全年基础设施、制造业投资分别增长9.4%、9.1%`: when the clause before 分别 lists as many
    items as figures follow it, the k-th figure measures the k-th item (基础设施投资增长,
    制造业投资增长), the items sharing the head the last one names (投资; 第一、二、三产业增加值 →
    第一产业增加值 …) and the verb after 分别 (a copula 为/达 is no part of it).  A second 分别 of
    the sentence without a list of its own measures the same items again (汽车、电气累计增速分别为…，
    两年平均增速分别为… → 汽车两年平均增速).  A list of places (龙口、牟平的采购规模分别为…) is left to
    the subject rules.  → (indicator, span start) or None."""
    text = view.text
    k = _rfind_respective(text, s_start, q.start)
    if k < 0:
        return _unmarked_list(view, s_start, q)
    resolved = _resolved_list(view, s_start, k)
    if resolved is None:
        return None
    figures, names, verb, lo = resolved
    if q.number_start not in figures:
        return _changed_after_list(view, s_start, q, resolved)
    k = figures.index(q.number_start)
    if k:
        verb = _own_change_verb(text, figures[k - 1], figures[k], verb)
    name = names[k]
    if name.startswith(_DE) and len(name) > 2:
        name = name[1:]  # 山西的制造业、战略性新兴产业增速分别快于…: the place's 的, left when the place opens the list
    return name + verb, (lo if k == 0 else q.start)  # the list is quoted with its first figure


def _paired_measure(name: str) -> list[str] | None:
    """汽车年产销量 → [汽车年产量, 汽车年销量]: a measure naming two in one word (metrics.paired_measures), split
    where the word stands; None when it names none."""
    for row in cues("metrics.paired_measures"):
        word, _, parts = row.partition(":")
        k = name.rfind(word)
        if k >= 0:
            return [name[:k] + p + name[k + len(word):] for p in parts.split("/")]
    return None


def _resolved_list(view: _ArticleView, s_start: int, k: int) -> tuple | None:
    """The 分别 at k paired out: (figures, one indicator stem per figure, the verb, where the
    list starts), a bare 分别 (两年平均增速分别为…) measuring the items of the list before it."""
    listed = _levels_changed_again(view, s_start, k) or _listed_items(view, s_start, k) \
        or _listed_again(view, s_start, k) or _compared_listed_again(view, s_start, k)
    if listed is None:
        return None
    figures, names, verb, lo = listed
    if len(names) == 1 and len(figures) == 2 and (parts := _paired_measure(names[0])):
        names = parts  # 汽车年产销量分别增长3.4%和2.1%: 汽车年产量, 汽车年销量 (keji93)
    elif len(names) == 1 and len(figures) >= 2:  # 两年平均增速分别为…: the items of the list before
        before = _earlier_list(view, s_start, lo, len(figures))
        if before is None:
            return None
        basis = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})$")  # (同比分别增长: no part of a share)
        items, head = [basis.sub("", n) for n in before[1]], names[0]
        shared = os.path.commonprefix([n[::-1] for n in items])[::-1]
        if len(shared) >= 2 and shared[-2:] == head[-2:]:
            items = [n[:len(n) - len(shared)] for n in items]  # 汽车累计增速 → 汽车, then 两年平均增速
        names = [n + head for n in items]
    if len(names) != len(figures):
        return None
    return figures, names, verb, lo


# 比上年同期提高 (a clause of its own right before a run of figures): a basis and a change verb; 年均增长 too (城乡…
# 分别达到44846元和37342元，年均增长4.9%和7.2%: each level's own average rate)
_BASIS_CHANGE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)}|{cue_alt('metrics.average_annual', False)})"
                           f"(?:{cue_alt('metrics.change_verbs', False)})")


def _changed_after_list(view: _ArticleView, s_start: int, q: Quantity, resolved: tuple) -> tuple[str, int] | None:
    """…占规模以上工业增加值比重分别为12.1%和32.6%，比上年同期提高0.7和1.2个百分点: a clause of only
    a basis and a change verb right after a 分别 run, with as many figures, changes the run's
    measures in order (高技术产业增加值占…比重比上年同期提高 0.7) — not the last one's twice."""
    text = view.text
    figures, names, _verb, _lo = resolved
    cut = rfind_any(text, "，,；;", s_start, q.start)
    if cut < 0 or rfind_any(text, "，,；;", s_start, cut) >= figures[0] \
            or text[figures[-1]:cut].count("，") + text[figures[-1]:cut].count(",") > 0:
        return None  # (the clause must follow the run's own clause)
    run = _run_figures(text, cut + 1)
    m = _BASIS_CHANGE.fullmatch(text, cut + 1, run[0]) if run else None
    if m is None or len(run) != len(figures) or q.number_start not in run:
        return None
    k = run.index(q.number_start)
    return names[k] + m.group(0), (cut + 1 if k == 0 else q.start)


# 完成年初预算 / 占年度投资计划 closing the share a pace is compared for (then 快于序时进度)
_TARGET_PART = re.compile(f"(?:{cue_alt('metrics.target_verbs', False)}|{cue_alt('metrics.share_verb', False)})"
                          f"[^，,。；;的]{{0,6}}?(?:{cue_alt('metrics.target_words')})[^，,。；;的]{{0,4}}$")
# 快于序时进度, 低于时间进度: a yardstick verb and the pace a schedule sets
_PACE = re.compile(f"(?:{cue_alt('metrics.yardstick_verbs')})(?:{cue_alt('metrics.schedule_paces')})$")


def _pace_of_share(indicator: str) -> str:
    """一般公共预算支出完成年初预算快于序时进度 (fiscal and project reports: 完成年初预算36.7%，快于
    序时进度3.4个百分点): the points compare how far the level has got (its 进度) with the pace the
    schedule sets — the level's progress, 一般公共预算支出进度快于序时进度, not its share of the
    budget compared again.  Any other indicator as it is."""
    pace = _PACE.search(indicator)
    if pace is None or pace.start() < 4:
        return indicator
    share = _TARGET_PART.search(indicator, 0, pace.start())
    if share is None or share.start() < 2:
        return indicator
    return indicator[:share.start()] + cues("metrics.progress_word")[0] + indicator[pace.start():]


_EARLIER_LISTS = 3  # how many 分别 of the sentence before a bare one are asked for its items


def _earlier_list(view: _ArticleView, s_start: int, hi: int, n: int) -> tuple | None:
    """The list of n items a bare 分别 measures again: that of the nearest earlier 分别 of the
    sentence that lists n items — past one that compares them (高技术产业和装备制造业增加值同比分别增长
    a和b，增速分别比规模以上工业快c和d，占规模以上工业增加值比重分别为e和f: the shares are the two
    industries', the 分别 of 增速 lists nothing of its own).  At most `_EARLIER_LISTS` are asked."""
    text = view.text
    for _ in range(_EARLIER_LISTS):
        earlier = _rfind_respective(text, s_start, hi)
        if earlier < 0:
            return None
        before = _listed_items(view, s_start, earlier)
        if before is not None and len(before[1]) > 1:
            return before if len(before[1]) == n else None
        hi = earlier
    return None


def _passed_mark_verb(verb: str) -> bool:
    """Is the verb after 分别 a round mark passed (突破, 超过, 跨越)?  Each item's figure is then its
    level, named as one figure after the verb is (收入突破300亿元 → 收入)."""
    return verb in cues("metrics.threshold_verbs")


# 29.8%、增长 / 6.5%和增长: a figure of a run, a join and a change verb of the next figure's own
_OWN_CHANGE_VERB = re.compile(f"[^、和及与，,；;]*[、和及与]\\s*((?:{cue_alt('metrics.change_verbs', False)}))$")


def _own_change_verb(text: str, prev: int, at: int, verb: str) -> str:
    """采矿业，制造业…分别下降29.8%、增长6.5%和增长4.1%: a figure of a 分别 run preceded by its own
    change verb changes by that verb, not the first one after 分别 (制造业增长, never 制造业下降);
    the basis before the first verb (同比) is kept.  Bounded by the two figures."""
    m = _OWN_CHANGE_VERB.search(text, prev, at)
    if m is None:
        return verb
    first = re.search(f"(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.perfective')})?$", verb)
    if first is None:
        return verb
    return verb[:first.start()] + m.group(1)


_CHANGE_RUN = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?(?:{cue_alt('metrics.change_qualifiers')})?"
                         f"(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.perfective')})?"
                         f"(?=[{cue_chars('numbers.minus_chars')}]?[0-9０-９])")
_CHANGE_RUN = guarded(_CHANGE_RUN)  # (most positions turned away at one character)


# the first figure of a clause's run of levels, after a copula if any (城镇、农村居民人均可支配收入
# 达到40046元、18177元 / …收入40046元、18177元)
_LEVEL_RUN = re.compile(f"(?:{cue_alt('metrics.copula', False)})?(?<![0-9０-９.．])(?=[0-9０-９])")


def _unmarked_list(view: _ArticleView, s_start: int, q: Quantity) -> tuple[str, int] | None:
    """汽车制造业、农副食品加工业、计算机通信设备制造业增加值同比增长16.6%、10.5%、29.7%: a list
    before a change verb followed by as many figures joined by 、 pairs them as 分别 would; so does
    a list right before a run of levels (城镇、农村居民人均可支配收入40046元、18177元), and a collective
    word before two figures joined by 和 (城乡居民收入达到23292元和7750元: 城镇…, 农村…)."""
    text = view.text
    cut = rfind_any(text, "，,；;：:。", s_start, q.start) + 1
    end = _clause_run_end(text, q.number_start)
    if all(text.find(j, max(cut, s_start), end) < 0 for j in _UNMARKED_JOINS):
        return None  # no 、 or 和 in the clause: no two figures of a run joined by it (most figures)
    m = None
    for m in _CHANGE_RUN.finditer(text, max(cut, s_start), q.number_start + 1):
        pass
    if m is None:
        m = _LEVEL_RUN.search(text, max(cut, s_start), q.number_start + 1)
        if m is None or m.start() == max(cut, s_start):
            return None
    figures = _run_figures(text, m.start())
    if len(figures) < 2 or q.number_start not in figures or not _any_in(_UNMARKED_JOINS, text[figures[0]:figures[1]]) \
            or not all(_joined_figures(text, a, b) for a, b in zip(figures, figures[1:])):
        return None
    listed = _listed_items(view, s_start, m.start(), mark=0)
    if listed is None or len(listed[1]) != len(listed[0]) or listed[0] != figures:
        return None
    figures, names, verb, lo = listed
    k = figures.index(q.number_start)
    return names[k] + verb, (lo if k == 0 else q.start)


_RUN_JOINS = "、和及与"
# 城乡居民收入达到23292元和7750元 (gongbao84): two figures of a run joined by 和 pair with the list (or the
# collective word, 城乡) before them as those joined by 、 do; never 及 or 与 (their noun may follow them)
_UNMARKED_JOINS = "、和"


def _any_in(chars: str, s: str) -> bool:
    """Does `s` hold any of `chars`?"""
    return any(c in s for c in chars)
_RUN_GAP_MAX = 2  # (约, 近, 超过: a word of approximation may stand between the join and the figure)
_RUN_APPROX_WORDS = frozenset(cues("numbers.approx_pre"))  # those words (ocean57: 东、西防波堤共1960米、码头800米)


def _joined_figures(text: str, a: int, b: int) -> bool:
    """Are the figures at a and b a run of figures joined by 、 (and 和, 及, 与: 16.6%、10.5%; 40046元、18177元)?
    The join is right before the second, or a word of approximation between (约, 近), and nothing but the
    first's unit and approx word before the join — not two measures each named before its figure
    (固定资产投资增幅16%以上、社零额同比增长15%以上; 处分厅局级及以上干部77人、县处级干部460余人: 以上、社零额 and
    县处级干部 are the second figure's own nouns, no list of two items)."""
    gap = text[a:b].rstrip()
    j = max(gap.rfind(c) for c in _RUN_JOINS)
    between = gap[j + 1:].strip()  # (1960米、码头800米: a noun of the second figure's own, no approx word)
    return j >= 0 and len(gap) - j - 1 <= _RUN_GAP_MAX and not _CJK_RUN.search(gap, 0, j) \
        and (not between or between in _RUN_APPROX_WORDS)


_CJK_RUN = re.compile(rf"[{HAN}]{{5,}}")  # more than a unit and an approx word (万千瓦时, 个百分点以上)
_CLAUSE_RUN = re.compile(r"[^，,；;。！？!?\n]*")


def _clause_run_end(text: str, i: int) -> int:
    """Where the clause run through i ends (bounded as `_scan_run_figures` bounds it from any
    start at or before i): a run's figures, and the 、 between its first two, lie before it."""
    return _CLAUSE_RUN.match(text, i, i + MAX_SENTENCE).end()


_RUN_FIGURES_MEMO = TextMemo()  # article text -> {k: `_run_figures` from k}


def _run_figures(text: str, k: int) -> tuple[int, ...]:
    """Where the numbers of the clause run from k start (分别为a、b、c: the figures a 分别 pairs
    with the items before it, in order); answered once per article text and k, since every figure
    of a run asks of the same run (the callers only read the list)."""
    known = _RUN_FIGURES_MEMO.of(text)
    got = known.get(k)
    if got is None:
        got = known[k] = tuple(_scan_run_figures(text, k))  # (shared by every caller: read-only)
    return got


def _scan_run_figures(text: str, k: int) -> list[int]:
    """`_run_figures`, scanned. A number right after a slash is the denominator of the figure
    before it (分别降至16.9/10万、5.4‰: two figures, the 10 of /10万 is 16.9's unit), no figure."""
    run = _CLAUSE_RUN.match(text, k, k + MAX_SENTENCE).group(0)  # (no clause outgrows its sentence)
    times = [(a, b) for a, b, _w in find_periods(run)]  # 分别比2020年增长a、b: the year is the basis
    return [m.start() + k for m in _NUMBER.finditer(run)
            if not any(a <= m.start() < b for a, b in times) and run[m.start() - 1:m.start()] not in _DENOMINATOR_SLASHES]


_DENOMINATOR_SLASHES = ("/", "／")


def _memo_on_view(key):
    """Remember a view function's answers on the view, by `key(*args)`: every figure of a
    sentence asks the same question of the same words (the list before its 分别), and the answer
    depends on the article's text and the key only."""
    def wrap(fn):
        @functools.wraps(fn)
        def remembered(view, *args, **kw):
            memo = view.__dict__.setdefault("_memo", {})
            k = (fn.__name__, *key(*args, **kw))
            if k not in memo:
                memo[k] = fn(view, *args, **kw)
            return memo[k]
        return remembered
    return wrap


# the verb after 分别 of a plain list of figures (同比增长, 为, 分别达到了): compiled once
_PLAIN_RESPECTIVE_VERB = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?"
                                    f"(?:{cue_alt('metrics.change_qualifiers')})?"
                                    f"(?:{cue_alt('metrics.copula', False)}|{cue_alt('metrics.change_verbs', False)})?"
                                    f"(?:{cue_alt('metrics.perfective')})?")

# 分别提高到, 分别下降至 (court55): a verb carrying each item to a new level, the figures the levels reached
_LEVEL_REACHED = re.compile(f"(?:{cue_alt('metrics.moved_to_verbs')})(?:{cue_alt('metrics.moved_to_marks')})")

# 工业增加值和利润同比增长、下降 (right before 分别为): the items, a basis, then as many change verbs
_VERB_LIST = re.compile(f"(.+?)((?:{cue_alt('metrics.change_basis', False)})?)"
                        f"((?:{cue_alt('metrics.change_verbs', False)})(?:[、和](?:{cue_alt('metrics.change_verbs', False)}))+)")


def _listed_verbs(text: str, lo: int, k: int, verb: str, n: int) -> tuple[list[str], int] | None:
    """工业增加值和利润同比增长、下降分别为5%和3%: a list of change verbs right before 分别 and a
    copula after it pairs item k of the list before the verbs with verb k and figure k (工业增加值
    同比增长, 利润同比下降) — the clause before 分别 is no list of measures (it named the bare unit
    %).  → (one indicator per figure, where the list starts), or None."""
    if not re.fullmatch(f"(?:{cue_alt('metrics.copula', False)})?", verb):
        return None
    clause = text[lo:k]
    m = _VERB_LIST.fullmatch(clause)
    if m is None:
        return None
    verbs = re.split("[、和]", m.group(3))
    items = _split_items(_clean(m.group(1)))
    if not (len(verbs) == len(items) == n) or any(not 2 <= len(x) <= 12 for x in items):
        return None
    start = text.find(items[0], lo, k)
    return [x + m.group(2) + v for x, v in zip(items, verbs)], (start if start >= 0 else lo)

# 进出口、出口、进口累计增幅分别高于全国平均水平a、b和c个百分点: a yardstick verb and its short
# yardstick (no figure, no punctuation) after 分别 compare each item with the same yardstick
# … 分别比同期全国平均水平高a、b和c个百分点: the same with 比 before a scope word (the yardstick,
# 全国/全省) and the adjective after it
_YARDSTICK_AFTER_RESPECTIVELY = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?"
                                           f"(?:{cue_alt('metrics.yardstick_verbs', False)})"
                                           r"[^\d，,。；;、：:（()）]{1,8}"
                                           f"|(?:{cue_alt('metrics.yardstick_compare_words', False)})"
                                           f"(?:{cue_alt('metrics.yardstick_period_words')})?"
                                           f"(?:{'|'.join(sorted((re.escape(w) for w, sc in _SCOPES.items() if sc != 'compare'), key=len, reverse=True))})"
                                           r"[^\d，,。；;、：:（()）]{0,6}"
                                           f"(?:{cue_alt('metrics.yardstick_compare_adjectives', False)})")


_COMPARISON_CLOSERS = tuple(cues("metrics.comparison_closers"))  # 相比, 相较, 比较
_FRAMED_COMPARISON_OPENERS = "与同和"  # 和2012年相比 (新华社): the same frame with 和


def _framed_comparison(text: str, a: int, b: int) -> bool:
    """人均综合能耗、人均用水量与2020年相比分别下降7%和7%: a time between 与 (同) and 相比 is the base the
    changes are taken against; the frame goes with the time, else its 与 and 相比 are left in the last
    item's name (人均用水量与相比下降)."""
    return text[a - 1] in _FRAMED_COMPARISON_OPENERS and text.startswith(_COMPARISON_CLOSERS, b)


_MEASURED_ITEM_MAX = 8  # characters of an item measured whole (古徽州文化旅游区, a scenic area's name)


@_memo_on_view(lambda s_start, k, mark=len(_RESPECTIVELY): (s_start, k, mark))
def _listed_items(view: _ArticleView, s_start: int, k: int,
                  mark: int = len(_RESPECTIVELY)) -> tuple[list[int], list[str], str, int] | None:
    """The list before the 分别 at k (or, with mark 0, before the verb at k of a list without
    分别): (positions of the figures after it, one indicator per item with the shared head, the
    verb after 分别 without a copula, where the list starts), or None when the figures are no plain
    list (分别从2005年的42.9%…) or the list names places or odd items."""
    text = view.text
    figures = _run_figures(text, k)
    if not figures:
        return None
    verb = text[k + mark:figures[0]].rstrip(cue_chars("numbers.minus_chars"))  # 为-9.4%
    cut = rfind_any(text, "，,；;：:。", s_start, k)
    lo = max(cut + 1, s_start)
    partners = _partner_items(text, lo, k, verb, len(figures), s_start)
    if partners is not None:  # 我省对美国、东盟分别进出口a、b: the partners are part of what is counted
        return (figures, *partners)
    paired = _listed_verbs(text, lo, k, verb, len(figures))
    if paired is not None:  # 工业增加值和利润同比增长、下降分别为a和b: item k changes by verb k
        return figures, paired[0], "", paired[1]
    achieved = _places_achieving(view, lo, k, verb, len(figures))
    if achieved is not None:
        return figures, [""] * len(figures), achieved, lo
    result = _RESULT_AFTER_RESPECTIVELY.fullmatch(verb)
    measured = verb in cues("metrics.respective_measures")  # 生猪、牛分别出栏a头、b头: each item's 出栏
    share = _SHARE_AFTER_RESPECTIVELY.fullmatch(verb)
    if share:
        verb = share.group(1)  # 山区、平原分别占总面积的a、b: 山区占总面积, 平原占总面积
    elif result:
        verb = result.group(1)  # 分别完成产值a、b: each item's 产值 (the verb of achieving dropped)
    elif _RESULT_LED.fullmatch(verb) or _passed_mark_verb(verb) or _LEVEL_REACHED.fullmatch(verb):
        verb = ""  # 批发业、零售业零售额分别完成a、b: a bare verb of achieving says each item's level
        # (结案率和服判息诉率分别提高到a和b: a verb carrying each item to its new level says it too)
        # (收入、支出分别突破300亿元和3000亿元: each item passed its own mark, as one figure would)
    elif not measured and not _plain_respective_verb(verb) and not _YARDSTICK_AFTER_RESPECTIVELY.fullmatch(verb):
        return None
    judged = _judged_list(text, s_start, lo, k)
    rate_noun = ""
    if judged is None:
        growing = _growing_list(text, s_start, lo, k)
        if growing is not None:  # A、B、C保持增长，增速分别为a、b和c: A增速, B增速, C增速
            judged, rate_noun = growing[:2], growing[2]
    if judged is not None:  # 汽车和电子制造业增长较快，分别增长…: the list is the clause before
        lo, k = judged
    times = [(a, b) for a, b, _w in find_periods(text, lo, k)]
    bands = [m.span() for m in _AGE_BAND.finditer(text, lo, k)]  # (0-17岁、18-34岁…户籍人口: items, no figures)
    bands += [m.span() for m in _HOTLINE.finditer(text, lo, k)]  # (12345热线、110平台: names, no figures)
    ends = [d.end() for d in _FIGURE.finditer(text, lo, k) if not any(a <= d.start() < b for a, b in times + bands)]
    lo = max([lo] + ends)  # 全市93%的新时代文明实践中心、所、站面积: the list after the other figure
    regions = _REGION_LIST.search(text, lo, k)
    names = _region_items(regions, len(figures)) if regions else None
    if names:  # 东部、中部、西部和东北地区居民人均可支配收入分别增长a、b、c、d
        return figures, names, _respective_verb(verb), regions.start()
    clause = text[lo:k]
    listed_before = _comma_listed_name(text, s_start, cut, lo)
    if listed_before is not None:  # 信息传输、软件和信息技术服务业，金融业生产指数分别增长a和b
        clause = text[listed_before:cut] + "、" + clause
        lo = listed_before
    else:
        run = _comma_listed_run(text, s_start, cut, lo)
        segments = re.split("[，,]", text[run:cut]) if run is not None else []
        last = _clean(clause)
        # (电气机械和器材制造业、汽车制造业，医药制造业增加值: a clause's 、-list counts item by item)
        listed = [it for seg in [*segments, last] for it in _comma_run_items(seg)]
        if segments and len(listed) == len(figures) and all(listed) \
                and not any(t == "Place" for _a, _b, _k, t, _l in view.mentions_in(run, k)):
            names = _share_heads(listed)  # 农副食品加工业，金属制品业，…，专用设备制造业增加值分别增长a、b…
            if names:
                return figures, names, _respective_verb(verb), run
    for a, b in reversed(times):  # 规上工业增加值、1-2月规上服务业营业收入: an item's own time is no name
        if a > lo and _framed_comparison(text, a, b):
            clause = clause[:a - 1 - lo] + clause[b + 2 - lo:]  # 人均用水量与2020年相比: the base goes whole
            continue
        if a >= lo and a > 0 and (text[a - 1] in _JOINS or a > lo and b < k and is_han(text[a - 1])
                                  and is_han(text[b]) and text[a - 1] not in _COMPARED_WITH):
            # (四个行业1-7月零售额: nor the list's time; 比上年同期分别增长: the basis keeps its year)
            clause = clause[:a - lo] + clause[b - lo:]
    quoted_run = _QUOTED_RUN_JOIN.search(clause) is not None  # (“古田银耳”“福鼎白茶”品牌价值: two names listed)
    clause = _clean(_strip_quotes(_QUOTED_RUN_JOIN.sub("、", clause) if quoted_run else clause))
    first = text.find(clause, lo, k) if clause else -1
    if first < 0 and quoted_run:
        first = _find_unquoted(text, clause.replace("、", ""), lo, k) if clause else -1
    clause, first = _leading_place_off(view, clause, first, k)
    clause, first = _subject_in_off(clause, first)
    placed = sum(t == "Place" and a >= first and not _in_quoted_run(text, a, b)
                 for a, b, _k, t, _l in view.mentions_in(lo, k))
    if placed and not (measured and clause.count("、") + 1 > placed and placed <= clause.count("、")):
        return None  # (a place opening the clause, 我县城乡居民…, is its subject, no item of the list)
        # (黄山、九华山、天柱山、三河古镇分别接待游客: scenic areas, some named like places, each measured — wenlv93)
    etc = _listed_before_etc(clause, len(figures))
    if etc is not None:
        return figures, etc, _respective_verb(verb), text.find(clause, lo, k) if clause else lo
    clause = _without_resumptive_count(clause, len(figures))
    clause, basis = _basis_off(clause)
    items = _split_items(clause)
    if len(items) > len(figures) >= 2:
        items = _items_joined_inside(clause, len(figures)) or items
    if any(not x or len(_ITEM_NOTE.sub("", x)) > 16 and not _holds_listed_name(x) and not _long_listed_rate(x, items)
           for x in items):
        return None  # (电力、热力、燃气及水生产和供应业增加值: one official name, however long)
        # (基本医疗保险基金(含生育保险)总收入: a bracketed note of the item's scope adds no length to its name)
    if measured and len(items) >= 2 and all(1 <= len(x) <= _MEASURED_ITEM_MAX for x in items) \
            and not _last_head_shared(items):
        names = items  # (生猪、牛、羊、家禽: each item whole, the measure after 分别 names what is counted)
        # (天柱山、古徽州文化旅游区、三河古镇分别接待游客: each scenic area's own visitors — wenlv93)
    else:
        joined = _split_collective(items)
        names = _collective_items(joined, len(figures)) if joined else \
            _share_heads(items) if len(items) >= 2 else _collective_items(items[0], len(figures))
    if names is None and quoted_run:
        names = _quoted_run_items(text, lo, k, len(figures))  # “古田银耳”“福鼎白茶”品牌价值: each name's 品牌价值
    if names is None and len(items) == len(figures) >= 2 and all(2 <= len(x) <= 8 for x in items) \
            and (_CHANGE_END.search(verb.strip()) or share) and not any(ch.isdigit() for ch in clause):
        # 精制食用植物油、鲜冷藏肉、中成药和电力电缆分别增长a、b、c、d: products (or other things) with
        # no shared head, each changing by its own figure; two as well (牛肉、羊肉分别增长9.3%和11.2%)
        # — or each taking its own share (山区、平原分别占62.5%、37.5%)
        names = items
    if rate_noun:
        if names is None and len(items) == len(figures) and all(2 <= len(x) <= 12 for x in items):
            names = items  # (no head shared: each item whole)
        names = [n + rate_noun for n in names] if names else names
    if names is None:
        return None
    start = text.find(items[0], lo, k)
    return figures, [n + basis for n in names], _respective_verb(verb), (start if start >= 0 else lo)


_QUOTED_RUN = re.compile("(?:“[^“”，,。；;]{1,16}”、?){2,}")


def _quoted_run_items(text: str, lo: int, k: int, n: int) -> list[str] | None:
    """“古田银耳”“福鼎白茶”品牌价值分别达到147.32亿元和70.66亿元 (minqiong100, 10-ningde-xiangcun-fabuhui):
    a run of n quoted names (one after the other, or with 、 between) closing right before the words
    of the measure that ends the list's clause names the n items; each takes those words (古田银耳品牌价值,
    福鼎白茶品牌价值).  None unless the run holds exactly n names and a measure of 2 to 12 characters
    follows it.  Only text[lo:k], the list's clause, is read."""
    m = _QUOTED_RUN.search(text, lo, k)
    if m is None:
        return None
    head = _clean(text[m.end():k])
    names = re.findall("“([^“”]+)”", m.group())
    if len(names) != n or not 2 <= len(head) <= 12 or _QUOTE_ANY.search(head):
        return None
    return [name + head for name in names]


def _leading_place_off(view: _ArticleView, clause: str, first: int, k: int) -> tuple[str, int]:
    """福建省进出口、出口及进口增速分别…: the one place opening the list's clause, before its first
    join, is the subject of every item, not part of the first one; the list is read without it
    (a list of places, 福建省、浙江省…, keeps it: the place is then an item). → (clause, start)."""
    if first < 0:
        return clause, first
    places = [(a, b) for a, b, _k, t, _l in view.mentions_in(first, k) if t == "Place"]
    while len(places) >= 2 and places[1][0] == places[0][1]:
        places[:2] = [(places[0][0], places[1][1])]  # 广西河池市广播、电视…: a chain of places is one
    join = next((i for i, ch in enumerate(clause) if ch in _JOINS), -1)
    if len(places) != 1 or places[0][0] != first or join < 0 or places[0][1] - first >= join - 1:
        return clause, first
    cut = places[0][1] - first
    return clause[cut:], first + cut


_LIST_SUBJECT_MARKS = cues("metrics.list_subject_marks")  # 在


def _subject_in_off(clause: str, first: int) -> tuple[str, int]:
    """银川公安在反电诈破案数、抓获数、挽损数分别同比上升…: a subject and 在 before the list's first
    join say whose figures and in what field the items are, no part of the first item (公安在破案数):
    the list is read after 在.  在 opening a word of the dictionary (在建项目, 在逃人员) is the item's own."""
    join = next((i for i, ch in enumerate(clause) if ch in _JOINS), -1)
    if join < 0:
        return clause, first
    tags = word_tags()
    for mark in _LIST_SUBJECT_MARKS:
        i = clause.rfind(mark, 0, join)
        if i > 0 and is_han(clause[i - 1]) and join - i > 2 \
                and clause[i:i + 2] not in tags and clause[i:i + 3] not in tags:
            cut = i + len(mark)
            return clause[cut:], (first + cut if first >= 0 else first)
    return clause, first


def _basis_off(clause: str) -> tuple[str, str]:
    """限上住宿业、餐饮业营业额同比分别下降a、b: the basis of the change (同比, 比上年) said before 分别
    belongs to every item, not to the last one's head (限上住宿业额同比) — the list is split without it
    and each item gets it back.  → (the list, the basis or "")."""
    basis = next((b for b in cues("metrics.change_basis") if clause.endswith(b) and len(clause) > len(b)), "")
    return clause[:len(clause) - len(basis)], basis


_TRADE_FLOWS = cue_alt("metrics.trade_flows")
# 对美国、东盟、欧盟 (分别)进出口: a partner mark, a list of partners, the trade flow (before or after 分别)
# (a partner may open with a quoted name, “一带一路”沿线国家, and the flow may carry its noun: 对RCEP成员国、
# “一带一路”沿线国家和金砖国家进出口值分别增长a、b和c)
_QUOTED_PARTNER = f"(?:“[^”，,。；;0-9]{{1,8}}”)?{_PARTNER}"
_PARTNER_LIST = re.compile(f"(?:{cue_alt('metrics.partner_marks')})((?:{_QUOTED_PARTNER}[{_JOINS}])+{_QUOTED_PARTNER})"
                           f"((?:(?:{_TRADE_FLOWS})(?:{cue_alt('metrics.trade_flow_nouns')})?)?)$")
# 与美国、欧盟和非洲的出口额 (right before 分别): 与, the partners, 的, the flow and its noun
_WITH_PARTNER_LIST = re.compile(f"(?:{cue_alt('metrics.with_partner_marks')})((?:{_PARTNER}[{_JOINS}])+{_PARTNER})"
                                f"{_DE}((?:{_TRADE_FLOWS})(?:{cue_alt('metrics.trade_flow_nouns')})?)$")
_SOURCE_LIST_REACH = 80  # characters before 分别 that may hold a list of investors' countries
# 来自澳大利亚、韩国、英国的实际使用外资 (right before 分别): 来自, the investors' countries, 的, the investment drawn
_SOURCE_PARTNER_LIST = re.compile(f"((?:{cue_alt('metrics.source_partner_marks')}))((?:{_PARTNER}[{_JOINS}])+{_PARTNER})"
                                  f"{_DE}((?:{cue_alt('metrics.investment_flows')}))$")
_FLOW_VERB = re.compile(f"((?:{_TRADE_FLOWS})?)((?:{cue_alt('metrics.change_basis', False)})?"
                        f"(?:{cue_alt('metrics.change_qualifiers')})?"
                        f"(?:{cue_alt('metrics.copula', False)}|{cue_alt('metrics.change_verbs', False)})?"
                        f"(?:{cue_alt('metrics.perfective')})?)")


def _partner_items(text: str, lo: int, k: int, verb: str, n: int,
                   s_start: int = -1) -> tuple[list[str], str, int] | None:
    """`我省对美国、东盟、欧盟分别进出口a、b、c亿元` / `我国对东盟、欧盟、美国进出口分别为a、b、c`:
    a list of trade partners after 对/向/自 with a trade flow before or after 分别 — the k-th figure
    counts the trade with the k-th partner (对美国进出口, 对东盟进出口), of the place that trades
    (the subject), not of the partner.  A flow the sentence named before the list is the list's own
    when no flow is written with it (对“一带一路”沿线国家进出口…，其中对柬埔寨、科威特分别增长a、b:
    对柬埔寨进出口增长).  → (one indicator per partner, the verb after 分别 as part of them, where the
    list starts), or None when the clause is no such list of n partners."""
    m = _PARTNER_LIST.search(text, lo, k)
    v = _FLOW_VERB.fullmatch(verb)
    w = _WITH_PARTNER_LIST.search(text, lo, k) if m is None else None
    if w is not None and v is not None and not v.group(1):
        # 我市与美国、欧盟、东盟和非洲的出口额分别达a、b、c、d: the trade with each, as 对美国出口额
        items = re.split(f"[{_JOINS}]", w.group(1))
        if len(items) != n or any(not x for x in items):
            return None
        mark = cues("metrics.partner_marks")[0]
        return [mark + it + w.group(2) for it in items], _respective_verb(v.group(2)), w.start()
    src = _SOURCE_PARTNER_LIST.search(text, lo, k) if w is None else None  # (自 of 来自 opens a 对/向/自 list too)
    if src is not None and v is not None and not v.group(1):
        # 来自澳大利亚、韩国、英国的实际使用外资分别同比增长a、b、c: the investment from each, as 来自澳大利亚的实际使用外资
        items = re.split(f"[{_JOINS}]", src.group(2))
        if len(items) != n or any(not x for x in items):
            return None
        return [src.group(1) + it + _DE + src.group(3) for it in items], _respective_verb(v.group(2)), src.start()
    elided = _elided_flow(text, s_start, m.start()) if m is not None and v is not None \
        and not m.group(2) and not v.group(1) and _CHANGE_END.search(v.group(2)) else None
    if m is None or v is None or bool(m.group(2)) == bool(v.group(1)) and not elided:
        return None  # no partner list, an odd verb, or no trade flow (or two)
    items = [_strip_quotes(x) for x in re.split(f"[{_JOINS}]", m.group(1))]
    if len(items) != n or any(not x for x in items):
        return None
    mark, flow = text[m.start()], m.group(2) or v.group(1) or elided
    return [mark + it + flow for it in items], _respective_verb(v.group(2)), m.start()


_FLOW_IN_SENTENCE = re.compile(f"(?:{_TRADE_FLOWS})")


def _elided_flow(text: str, s_start: int, a: int) -> str | None:
    """The last trade flow the sentence names before a; partner list at a written without one (对
    “一带一路”沿线国家进出口…，其中对柬埔寨、科威特分别增长a、b: the trade with each is still 进出口),
    or None."""
    if s_start < 0:
        return None
    flows = list(_FLOW_IN_SENTENCE.finditer(text, s_start, a))
    if flows:
        return flows[-1].group(0)
    return _partner_flow_before(text, s_start)


# 我省对欧盟进出口增长7.3%；对美国和日本分别增长0.4%和下降0.9%: the clause after a semicolon goes on
# with the trade of the clause before; how far back that clause's partner and flow are looked for
_ELIDED_FLOW_LOOKBACK = 160
_PARTNER_FLOW_AFTER = re.compile(f"(?:{cue_alt('metrics.respectively')})?({_TRADE_FLOWS})")


def _partner_flow_before(text: str, s_start: int) -> str | None:
    """The trade flow of a partner (对欧盟进出口) named in the semicolon clauses of the same sentence
    before s_start, when s_start opens a clause after a semicolon (前4月，我省对欧盟进出口增长7.3%；对美国和
    日本分别增长…: the trade with each is still 进出口), or None.  Only a flow written with a partner
    is carried (出口1.32万亿元；对韩国…分别增长 names no partner's trade), and only within the sentence
    (back to its 。) and a bounded window."""
    if s_start <= 0 or text[s_start - 1] not in "；;":
        return None
    lo = max(s_start - _ELIDED_FLOW_LOOKBACK, 0)
    lo = max(rfind_any(text, "。！？!?\n", lo, s_start) + 1, lo)
    last = None
    for m in _PARTNER_RUN.finditer(text, lo, s_start):
        f = _PARTNER_FLOW_AFTER.match(text, m.end(), s_start)
        if f is not None:
            last = f.group(1)
    return last


_REGION = f"(?:{cue_alt('metrics.macro_regions')})"
# 东部、中部、西部和东北地区居民人均可支配收入 (right before 分别): the regions, then the shared head
_REGION_LIST = re.compile(f"((?:{_REGION}(?:地区)?[{_JOINS}])+{_REGION})([^，,。；;：:、]{{2,24}})$")


def _region_items(m: re.Match, n: int) -> list[str] | None:
    """The indicators of a list of the country's regions (`_REGION_LIST` match): each region with
    the head the last one names (东部地区居民人均可支配收入 …), or None when the regions are not n."""
    regions = [r for r in re.split(f"[{_JOINS}]", m.group(1)) if r]
    if len(regions) != n:
        return None
    return [re.sub("地区$", "", r) + m.group(2) for r in regions]


def _region_place(text: str, s_start: int, a: int) -> bool:
    """The place at a is one of a list of the country's regions (东部、中部、西部和东北地区…): a
    part of each figure's name, never the subject of the list's figures."""
    if _REGION_ALONE.match(text, a):
        return True  # 东北地区增长4.8%: a region of the country alone, named as 东部地区 is (no subject)
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    return any(m.start() <= a < m.end() for m in _REGION_RUN.finditer(text, cut, a + len(_REGION_LONGEST)))


_REGION_ALONE = re.compile(f"{_REGION}{cues('metrics.region_word')[0]}")  # 东北地区


_REGION_RUN = re.compile(f"(?:{_REGION}(?:地区)?[{_JOINS}])+{_REGION}")
_REGION_LONGEST = max(cues("metrics.macro_regions"), key=len)


_COLLECTIVES = {r["word"]: r["not_before"].split("/") for r in load_table("metric_cues")
                if r["list"] == "metrics.collective_items"}


def _split_collective(items: list[str]) -> str | None:
    """城、乡居民人均可支配收入分别增长a和b, 一、二、三产业增加值: a collective word (城乡, 一二三产业)
    written with its characters listed apart; the words joined again, or None when the items
    are no such list (each but the last one character, together opening a collective)."""
    if len(items) < 2 or any(len(x) != 1 for x in items[:-1]):
        return None
    joined = "".join(items)
    return joined if any(joined.startswith(w) and len(joined) > len(w) for w in _COLLECTIVES) else None


# collective words that stand for their items even inside an indicator (金融机构存贷款余额): only
# those whose items are distinct measures, never 城乡 (城乡居民 is one population as well)
_INNER_COLLECTIVES = tuple((r["word"], r["not_before"].split("/")) for r in load_table("metric_cues")
                           if r["list"] == "metrics.inner_collective_items")


def _collective_items(item: str, n: int) -> list[str]:
    """三次产业增加值分别增长4.1%、4.4%和2.8%: a word that stands for n items in a fixed order
    (metric_cues.tsv metrics.collective_items) is those items, each with the rest of the noun
    (第一产业增加值, 第二产业增加值, 第三产业增加值); any other item stays as it is."""
    for word, parts in _COLLECTIVES.items():
        if item.startswith(word) and len(parts) == n:
            return [part + item[len(word):] for part in parts]
    return [item]


# 中药材、食用菌产业分别完成产值a、b; 两个园区分别实现营业收入a、b: a verb of achieving and the
# result or measure each item achieved, after 分别
_RESULT_AFTER_RESPECTIVELY = re.compile(
    f"(?:{cue_alt('metrics.result_verbs')})((?:{cue_alt('metrics.result_objects')})|(?:{cue_alt('metrics.measure_nouns')}))")


_RESULT_LED = re.compile(f"(?:{cue_alt('metrics.result_verbs')})")

# 山区、平原分别占62.5%、37.5% / 分别占总面积的70%、20%: 占, the whole (a short noun run, no
# figure or punctuation), then 的 and at most a copula — each item's share of that whole
_SHARE_AFTER_RESPECTIVELY = re.compile(
    f"((?:{cue_alt('metrics.share_verb')})[^，,；;：:。、0-9０-９%％{_DE}]{{0,12}}?){_DE}?"
    f"(?:{cue_alt('metrics.copula', False)})?")


def _places_achieving(view: _ArticleView, lo: int, k: int, verb: str, n: int) -> str | None:
    """高新区、经开区分别实现规上工业增加值增长a、b / 分别完成税收a、b: a list of places (one named
    is enough: a bare 经开区 may resolve to none) before 分别 and a verb of achieving — each place
    is its figure's subject, and what they achieved, less the verb, is every figure's indicator."""
    text = view.text
    if not any(t == "Place" for _a, _b, _k, t, _l in view.mentions_in(lo, k)):
        return None
    m = _RESULT_LED.match(verb)
    obj = _respective_verb(verb[m.end():]) if m else ""
    if len(obj) < 2 or len(_split_items(_clean(text[lo:k]))) != n:
        return None
    return obj


def _plain_respective_verb(verb: str) -> bool:
    """Is the verb after 分别 a plain change or copula, its basis a word of metrics.change_basis
    (分别比上年同期增长a、b: 比上年同期 whole, which `_without_period_basis` would cut after 上年 and
    leave 同期增长, no verb — every figure then took the list's last item) or a period compared
    with (分别较一季度回升)?"""
    return bool(_PLAIN_RESPECTIVE_VERB.fullmatch(verb) or _PLAIN_RESPECTIVE_VERB.fullmatch(_without_period_basis(verb)))


def _without_period_basis(verb: str) -> str:
    """The verb after 分别 without a comparison with a period (分别较一季度回升a个、b个百分点 →
    回升): a period compared with is a basis like 较上年, each item is measured against it."""
    for mark in ("比", "较"):
        if verb.startswith(mark):
            found = find_periods(verb, len(mark), len(verb))
            if found and found[0][0] == len(mark):
                return verb[found[0][1]:]
    return verb


def _respective_verb(verb: str) -> str:
    """The verb after 分别 as part of each item's indicator: without 了, and none for a copula."""
    verb = re.sub(f"(?:{cue_alt('metrics.perfective')})$", "", verb)
    return "" if re.fullmatch(cue_alt("metrics.copula", False), verb) else verb


def _listed_again(view: _ArticleView, s_start: int, k: int) -> tuple[list[int], list[str], str, int] | None:
    """城镇和农村居民人均可支配收入分别达34525元、18352元，分别增长8.5%、9%: a bare 分别 opening its
    clause measures the items of the sentence's 分别 before it again, with its own verb (城镇居民
    人均可支配收入增长, 农村居民人均可支配收入增长)."""
    text = view.text
    cut = rfind_any(text, "，,；;", s_start, k)
    if cut < 0 or text[cut + 1:k].strip():
        return None
    earlier = _rfind_respective(text, s_start, cut)
    before = _listed_items(view, s_start, earlier) if earlier >= 0 else None
    figures = _run_figures(text, k)
    if before is None or not figures or len(before[1]) != len(figures):
        return None
    verb = text[k + len(_RESPECTIVELY):figures[0]].rstrip(cue_chars("numbers.minus_chars"))
    if not re.fullmatch(f"(?:{cue_alt('metrics.change_basis', False)})?"  # 分别同比增长a、b
                        f"(?:{cue_alt('metrics.change_qualifiers')})?"
                        f"(?:{cue_alt('metrics.copula', False)}|{cue_alt('metrics.change_verbs', False)})"
                        f"(?:{cue_alt('metrics.perfective')})?", _without_period_basis(verb)):
        return None  # (分别较一季度回升a个、b个百分点: a period compared with is a basis too)
    return figures, before[1], _respective_verb(verb), k


# 同比增长 (a clause of its own before 分别 and nothing else): a basis and a change verb
_BARE_CHANGE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?(?:{cue_alt('metrics.change_verbs', False)})")
# 业务收入完成7904.7亿元 (a clause naming one level): the name, a verb of achieving, the figure
_NAMED_LEVEL = re.compile(f"([^0-9０-９，,；;：:。]{{2,16}}?)(?:{cue_alt('metrics.result_verbs', False)}|"
                          f"{cue_alt('metrics.copula', False)})?[0-9０-９][^，,；;：:。]*")


def _levels_changed_again(view: _ArticleView, s_start: int, k: int) -> tuple[list[int], list[str], str, int] | None:
    """业务总量完成a亿元，业务收入完成b亿元，同比增长分别达到26.4%和19.4%: a clause with only a
    change verb before 分别 changes the levels named by the clauses right before it, one each in
    order (业务总量同比增长, 业务收入同比增长) — not the last one's twice.  A place opening a clause
    (中国邮政业业务总量) is its subject, no part of the name."""
    text = view.text
    cut = rfind_any(text, "，,；;", s_start, k)
    figures = _run_figures(text, k)
    if cut < 0 or len(figures) < 2:
        return None
    change = None if _BARE_CHANGE.fullmatch(text, cut + 1, k) else _frame_then_change(text, cut + 1, k, figures[0])
    change = change or _change_after_respectively(text, cut, k, figures[0])
    if change is None:
        if not _BARE_CHANGE.fullmatch(text, cut + 1, k):
            return None
        verb = text[k + len(_RESPECTIVELY):figures[0]]
        if not re.fullmatch(f"(?:{cue_alt('metrics.copula', False)})?(?:{cue_alt('metrics.perfective')})?", verb):
            return None
    names = _named_levels(view, s_start, cut, len(figures), "，,；;：:")
    if names is None and change is not None:
        names = _named_levels(view, s_start, cut, len(figures), "，,；;：:、")
    if names is None or any(len(n) < 2 for n in names):
        return None
    return figures, names, change if change is not None else text[cut + 1:k], k


_NUMBER_RUN = re.compile(r"[0-9０-９][0-9０-９.．]*")


def _named_levels(view: _ArticleView, s_start: int, cut: int, n: int, marks: str) -> list[str] | None:
    """The names of the n levels right before `cut`, one per piece between `marks`, or None when a
    piece names no level.  With 、 among the marks: 2020年全市实现生产总值1097亿元、规模以上工业增加值
    269.7亿元，较2015年分别增长26.8%、12% — levels listed in one clause are changed one each in order
    too (asked only when the clauses alone name too few, so 粮食、棉花产量… stays one item)."""
    text = view.text
    names, end = [], cut
    for _ in range(n):
        start = rfind_any(text, marks, s_start, end) + 1
        if names and _BARE_CHANGE_FIGURE.fullmatch(text, max(start, s_start), end):
            end = start - 1  # 地区生产总值1175.65亿元，同比增长7.6%；人均…: the level's own change, no level
            start = rfind_any(text, marks, s_start, end) + 1
        start = max(start, s_start)
        timed = [b for a, b, _w in find_periods(text, start, end) if a == start]
        m = _NAMED_LEVEL.fullmatch(text, timed[0] if timed else start, end)  # (2020年全市实现…: its time)
        if m is None or len(_NUMBER_RUN.findall(text, m.end(1), end)) > 1:
            return None  # (其中转移6个月以上的134.58万人: a figure inside the name, no level named 转移; minzheng82)
        lead = max([b for a, b, _k, t, _l in view.mentions_in(m.start(1), m.end(1))
                    if t == "Place" and a == m.start(1)] + [m.start(1)])
        names.insert(0, _clean(text[lead:m.end(1)]))
        end = start - 1
    return names


def _change_after_respectively(text: str, cut: int, k: int, first: int) -> str | None:
    """参保职工21565万人，参保离退休人员6826万人，分别比上年末增加2163万人和521万人 (statistics bulletins):
    a clause opened by 分别, then only a basis and a change verb (比上年末增加), changes the levels named
    by the clauses right before it one each in order, as 同比增长分别达到 does → the basis and verb, or
    None (分别为 is a copula: no change).  A share of a target done (城镇新增就业5000人、失业人员再就业1200人，
    分别完成年度计划的52%和60%, minzheng82) pairs the same way → 完成年度计划, as one level's 完成年度计划的52% is."""
    if cut + 1 != k:
        return None
    m = _BARE_CHANGE.fullmatch(text, k + len(_RESPECTIVELY), first)
    if m is None and text[first - 1:first] == _DE:
        target = _TARGET_SHARE.fullmatch(text, k + len(_RESPECTIVELY), first)
        return target.group(1) if target is not None else None
    return m.group() if m is not None else None


# 同比增长7.6% (a clause of only a change and its figure, between two levels a later 分别 changes)
_BARE_CHANGE_FIGURE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?(?:{cue_alt('metrics.change_verbs', False)})"
                                 f"[0-9０-９.．]+[%％]")
# 与2020年相比 / 同上年相比 (a clause of its own before 分别): the base the levels before are changed against
_FRAMED_BASE = re.compile(f"[与同][^，,。；;、]{{1,12}}?(?:{cue_alt('metrics.comparison_closers', False)})")
_CHANGE_AFTER_FRAME = re.compile(f"(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.perfective')})?")


def _frame_then_change(text: str, lo: int, k: int, first: int) -> str | None:
    """人均综合能耗321.27千克标准煤，单位建筑面积能耗18.03千克标准煤，人均用水量20.99立方米，与2020年相比分别
    下降2.52%、2.44%、2.51%: a clause of only a compared time (与…相比, the change's base, no part of a name)
    before 分别, a change verb after it, changes the levels named before one each in order, as 同比增长
    分别达到 does (not the last level's three times) → the change verb (下降), or None."""
    verb = _CHANGE_AFTER_FRAME.fullmatch(text, k + len(_RESPECTIVELY), first)
    if verb is None:
        return None
    if _BASIS_CLAUSE.fullmatch(text, lo, k):
        return text[lo:k] + verb.group()  # 结案率99.37%，同比分别上升a、b、c: the basis is the change's own
    return verb.group() if _FRAMED_BASE.fullmatch(text, lo, k) or _compared_year(text, lo, k) else None


# 同比 / 较上年 / 较上一个五年 (a clause of its own before 分别: a basis, no verb): 受理…，审执结…，结案率…，
# 较上一个五年分别上升a、b、c changes the levels before one each in order (court74)
_BASIS_CLAUSE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})"
                           f"|(?:{cue_alt('metrics.basis_marks', False)})[^，,。；;、0-9０-９]{{1,6}}?"
                           f"(?:{cue_alt('metrics.basis_period_ends', False)})")


def _compared_year(text: str, lo: int, k: int) -> bool:
    """比2010年 (…人均地区生产总值为39072元，比2010年分别增加596.3亿元和19642元): a clause of only a
    comparison mark and a time before 分别 frames the change's base as 与2010年相比 does."""
    if k - lo < 3 or text[lo] not in cues("metrics.comparison_marks"):
        return False
    found = find_periods(text, lo + 1, k)
    return len(found) == 1 and found[0][0] == lo + 1 and found[0][1] == k


# 增速分别比规模以上工业快4.6和3.1个百分点: a rate noun (or nothing), then 分别 and one yardstick
_COMPARED_AGAIN = re.compile(f"(?:{cue_alt('metrics.change_nouns', False)})?{_RESPECTIVELY}"
                             f"((?:{cue_alt('metrics.pair_marks', False)})[^，,。；;：:、和及与]{{1,12}}?"
                             f"(?:{cue_alt('metrics.pair_verbs', False)}))$")


def _compared_listed_again(view: _ArticleView, s_start: int, k: int) -> tuple[list[int], list[str], str, int] | None:
    """高技术产业和装备制造业增加值同比分别增长10.6%和9.1%，增速分别比规模以上工业快4.6和3.1个百分点:
    the second 分别 compares the same items' rates with one yardstick — the k-th figure is the k-th
    item's (高技术产业增加值增速比规模以上工业快), not the last item's for both."""
    text = view.text
    cut = rfind_any(text, "，,；;", s_start, k)
    figures = _run_figures(text, k)
    if cut < 0 or not figures:
        return None
    m = _COMPARED_AGAIN.fullmatch(text, cut + 1, figures[0])
    if m is None:
        return None
    earlier = _rfind_respective(text, s_start, cut)
    before = _listed_items(view, s_start, earlier) if earlier >= 0 else None
    if before is None or len(before[1]) != len(figures):
        return None
    noun = text[cut + 1:k].strip() or before[2]  # (分别比…快: the change before is compared, 增长比…快)
    basis = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})$")  # (同比分别增长: the rate is compared)
    return figures, [basis.sub("", n) + noun for n in before[1]], m.group(1), cut + 1


_ETC_REASONS = tuple(cues("metrics.etc_reason_nouns"))  # 原因: after 等, the causes listed, not the measure
_ETC_IN_WORD = re.compile(f"(?:{cue_alt('numbers.noun_whole')})")  # 高等, 同等: 等 inside a word


def _etc_end(left: str) -> int:
    """Where the last 等 closing a list stands in the words before a figure (主要农产品、畜产品等|产量),
    or -1; a 等 inside a word (新增及改善高等级航道约1000公里: 高等, numbers.noun_whole) closes no list,
    so the indicator keeps it (高等级航道, not 级航道)."""
    k = left.rfind(_ETC)
    inside = [w.span() for w in _ETC_IN_WORD.finditer(left)] if k >= 0 else []  # (found once, not per 等)
    while k >= 0 and any(a <= k < b for a, b in inside):
        k = left.rfind(_ETC, 0, k)
    return k


_AMONG_MARKS = tuple(cues("metrics.among_group_marks"))
_APPROX_AFTER = tuple(cues("numbers.approx_post"))
_VP_RUN = re.compile(r"[^，,。；;：:、！？!?（(]{2,16}(?=[，,。；;：:、！？!?]|$)")


# the count opening a group (3000多|劳动力, 5万名|劳动力): a figure of its own, no word of the group's name
_COUNTED_GROUP = re.compile(r"[0-9０-９.]+[万千百]?[多余]?[" + "".join(cues("metrics.among_group_count_units")) + r"]?(?=[^0-9０-９.]{2})")


def _share_among_group(view: _ArticleView, s_start: int, s_end: int, q) -> tuple | None:
    """引进落户的海外创新创业人才中90%以上具有侨的背景, 受访企业中有75%表示信心增强: a percentage right after
    a group closed by `metrics.among_group_marks` (中, 中有: among) and followed by a verb phrase to the
    clause's end is the share of the group doing it → the group and the phrase (…人才具有侨的背景), a
    share, as 90%的人才具有… is read; the group alone with its 中 named nothing and read as a level.
    Not after 其中 (no group named), nor a change verb after the figure (工业中增长5%)."""
    if q.unit not in _PERCENT_UNITS:
        return None
    text = view.text
    left = text[s_start:q.start]
    lo = s_start + max(left.rfind(ch) for ch in _CLAUSE_PUNCT + "\n") + 1
    hi = q.start
    if lo == q.start and lo - 1 > s_start and text[lo - 1] in "，,":  # 在引进的人才中，80%具有…: the clause before
        hi = lo - 1
        lo = max(s_start, rfind_any(text, _CLAUSE_PUNCT + "\n", s_start, hi) + 1)
        lo += next((len(w) for w in _LIST_SUBJECT_MARKS if text.startswith(w, lo)), 0)  # 在: the preposition
    mark = next((m for m in _AMONG_MARKS if text.endswith(m, lo, hi)), None)
    if mark is None:
        return None
    places = [b for a, b, _k, t, _l in view.mentions_in(lo, hi) if t == "Place" and a == lo]
    lo = max(places, default=lo)  # 常州市引进的人才中: the place is the subject, no word of the group
    group = _clean(text[lo:hi - len(mark)])
    counted = list(_COUNTED_GROUP.finditer(group))
    group = group[counted[-1].end():] if counted else group  # 目前三宝乡3000多劳动力中有47%在外务工: 劳动力, counted apart
    if len(group) < 2 or group.endswith(cues("metrics.among_group_pronouns")):
        return None
    e = q.end + next((len(w) for w in _APPROX_AFTER if text.startswith(w, q.end)), 0)
    vp = _VP_RUN.match(text, e, s_end)
    tags = word_tags()
    first = next((vp.group(0)[:k] for k in (3, 2) if vp and vp.group(0)[:k] in tags), None)
    if first is None or not tags[first].startswith("v") or _CHANGE.match(vp.group(0)) \
            or vp.group(0).startswith(cues("metrics.change_verbs")):
        return None
    start = text.find(group, s_start, q.start)
    return group + vp.group(0), (start if start >= 0 else q.start), vp.end(), "percent-doing"


def _etc_closes_left(left: str, k: int) -> bool:
    """发放宣传册、慰问信等1200份, 建成学校、医院等12个: a 等 right before the figure (or before a word
    of `metrics.etc_total_words` only: 等共2000余份) closes the list the figure counts, so the items are
    the indicator — cutting at 等 left nothing but the unit (份, 个)."""
    rest = left[k + 1:]
    return not rest.strip() or rest in _ETC_TOTAL_WORDS


_ETC_TOTAL_WORDS = frozenset(cues("metrics.etc_total_words"))
_ETC_CLASS_BEFORE_VERB = tuple(cues("metrics.etc_class_before_verb"))


_ETC_LIST_VERBS = tuple(cues("metrics.etc_list_verbs"))
_LIST_CLAUSE_ENDS = "，,：:；;。！？\n"  # (not 、: the list's own mark)
_LIST_ITEM_MAX = 10
_NOT_OBJECT_CHARS = frozenset(cue_chars("metrics.etc_list_not_object_chars"))  # 对, 向: a preposition, so no object
_NOT = "不"  # a verb of the list negated (不起诉, 不批捕)


def _verb_opening_list(text: str, s_start: int, etc_at: int) -> str:
    """检查大型商超、商铺、药店等单位1045家次, 走访A、B等企业30家: a verb of checking or visiting right
    before the first item of a list closed by 等 acts on every item; the cut at 等 drops it with the
    items, so it is given back to the noun after 等 (检查单位, 走访企业) — else the figure is a bare
    count of 单位 whatever was done to them.  "" where no such verb opens the list."""
    listed = text[max(s_start, rfind_any(text, _LIST_CLAUSE_ENDS, s_start, etc_at) + 1):etc_at]
    first = listed.find("、")
    if first < 0:
        return ""
    hits = [(listed.rfind(v, 0, first), v) for v in _ETC_LIST_VERBS]
    at, verb = max(hits, default=(-1, ""))
    item = listed[at + len(verb):first]  # the list's first item, right after the verb
    if at < 0 or not 2 <= len(item) <= _LIST_ITEM_MAX or any(ch in _NOT_OBJECT_CHARS for ch in item):
        return ""  # (检查人员对商超、药店等场所检查: the inspectors, no verb opening the list)
    if at > 0 and listed[at - 1] == _NOT:
        return _NOT + verb  # 不起诉盗窃、诈骗等犯罪嫌疑人: the decision not to, kept (jiancha105)
    return verb


def _etc_class_before_verb(left: str) -> int:
    """The length of the class noun that closes a list after 等 when a verb follows it (向军营、企业、社区
    等地|赠送党史书籍, 等单位|发放): the list's kind (地: places, 单位), no part of the measure; 0 where the
    noun opens a longer word (等地下水, 等地区生产总值) or no verb follows."""
    freq, tags = word_freq(), word_tags()
    for w in _ETC_CLASS_BEFORE_VERB:
        if left.startswith(w) and w in _ETC_CLASS_BEFORE_MEASURE and _measure_opens(left[len(w):], freq, w):
            return len(w)
        if not left.startswith(w) or any(left[:k] in freq for k in range(len(w) + 1, min(len(left), len(w) + 3) + 1)):
            continue
        rest = left[len(w):]
        verb = next((rest[:k] for k in (4, 3, 2) if len(rest) > k and rest[:k] in tags), None)
        if verb is not None and tags[verb] == "v":
            return len(w)
    return 0


_ETC_CLASS_BEFORE_MEASURE = frozenset(cues("metrics.etc_class_before_measure"))
_CHANGE_VERB_HEADS = tuple(cues("metrics.change_verbs"))


def _measure_opens(rest: str, freq, w: str) -> bool:
    """西北、西南等地平均气温较常年同期偏高1℃以上, 新疆北部等地偏多2倍以上: after 等地 (the list's
    kind, places) comes the measure itself or its change (平均气温, 偏多) — 地 is no part of it.  Only
    where a change verb follows, or a word after 地 reads longer than any word 地 opens (平均气温 over
    地平), or only the reading without 地 goes on word by word (平均|降水量, not 地平|均); a word 地
    opens that is as long is kept (等地下水: 地下水 over 下水; 等地区生产总值)."""
    if rest.startswith(_CHANGE_VERB_HEADS):
        return True
    def word_at(t: str) -> int:
        return max((k for k in range(2, 7) if len(t) >= k and t[:k] in freq), default=0)
    after, opened = word_at(rest), word_at(w + rest)
    if after >= 3 and after > opened:
        return True
    # 地平|均降水量 reads on with no word, 地|平均|降水量 does (地区|生产总值, 地下水|位 keep 地)
    later = (w + rest)[opened:]
    return (after >= 2 and opened >= 2 and word_at(rest[after:]) >= 2 and not word_at(later)
            and not later.startswith(_CHANGE_VERB_HEADS))


def _listed_before_etc(clause: str, n: int) -> list[str] | None:
    """一般公共服务、教育、社会保障和就业等支出增速分别为a、b、c: a list closed by 等 and followed by
    its head (支出增速) has its items before 等, split at 、 only (社会保障和就业 is one item) →
    one indicator per item with the head; None without 等 or when the items are not n."""
    k = clause.rfind(_ETC)
    if k <= 0 or n < 2:
        return None
    items, head = clause[:k].split("、"), clause[k + 1:]
    if len(items) != n or any(not x or len(x) > 16 for x in items):
        return None
    return [it + _without_etc_class(head) for it in items]


def _without_etc_class(head: str) -> str:
    """新能源汽车、太阳能电池等绿色智能产品产量: the class of goods after 等 (绿色智能产品) is what the
    items are, not part of each one's measure — 新能源汽车产量, never 新能源汽车绿色智能产品产量. Only a
    class noun of goods (metrics.etc_class_nouns) with a measure of two characters or more after it."""
    for noun in cues("metrics.etc_class_nouns"):
        at = head.find(noun)
        rest = head[at + len(noun):] if at >= 0 else ""
        if len(rest) >= 2 and is_han(rest[0]):
            return rest
    return head


_LONG_RATE_ITEM_MAX = 24
_RATE_HEADS = tuple(cues("metrics.rate_heads"))


def _long_listed_rate(item: str, items: list[str]) -> bool:
    """规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75% (guowuyuan96, a ministry's
    targets): an item longer than a plain one that is a rate — the scope of the firms measured, then
    the rate — as every item of the list is, is one item whole, no official name broken at a 、
    (was 关键工序数控化率 for both figures)."""
    return len(item) <= _LONG_RATE_ITEM_MAX and all(x.endswith(_RATE_HEADS) for x in items)


def _holds_listed_name(item: str) -> bool:
    """An item that holds an official name written with 、 (电力、热力、燃气及水生产和供应业)."""
    return any(n in item for n in cues("metrics.listed_names"))


_JUDGED = re.compile(f"(?:(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.list_judgements', False)})"
                     f"|(?<=(?:{cue_alt('metrics.change_nouns', False)}))(?:{cue_alt('metrics.list_judgements', False)})"
                     f"|(?:{cue_alt('metrics.list_trend_judgements', False)}))$")  # 增加值增势较好，分别增长…


# a count that sums up the list before it (…金属制品业三个行业增加值): numeral, measure word, class noun
# (批、零、住、餐四行业增速, econ73: 行业 may follow the numeral without its measure word)
_RESUMPTIVE = re.compile(f"([{cue_chars('periods.numeral_chars')}0-9]{{1,2}})"
                         f"(?:(?:{cue_alt('metrics.resumptive_units', False)})(?:{cue_alt('metrics.resumptive_nouns', False)})"
                         f"|{cues('metrics.resumptive_nouns')[0]})")


def _without_resumptive_count(clause: str, n: int) -> str:
    """汽车制造业、食品制造业、金属制品业三个行业增加值分别增长a、b、c: a count of as many items as
    figures right after the list sums it up (三个行业) and is no part of the last item's name —
    金属制品业增加值, not 金属制品业三个行业增加值."""
    if "、" not in clause:
        return clause
    m = _RESUMPTIVE.search(clause, clause.rfind("、") + 2)
    if m is None:
        return clause
    try:
        value = parse_number(m.group(1))  # (the numbers stage's reading: 三, 两, 12)
    except ValueError:
        return clause
    return clause[:m.start()] + clause[m.end():] if value == n else clause


_RESPECTIVE_REACH = 16  # characters between a resumptive count and the 分别 of its list


def _resumptive_list_count(text: str, q: Quantity) -> bool:
    """汽车制造、电子信息、生物医药三个行业增加值分别增长a、b和c (econ73): a count right after the
    last item of a 、-list, with as many figures after the 分别 of its clause as it counts, sums up
    the items listed — no figure of its own (base: 行业 3个, 行业增速 4个)."""
    m = _RESUMPTIVE.match(text, q.number_start)
    if m is None or q.number_start < 1 or not is_han(text[q.number_start - 1]):
        return False
    clause = rfind_any(text, "，,：:" + _SENT_END, max(0, q.number_start - 60), q.number_start)
    if "、" not in text[clause + 1:q.number_start]:
        return False
    k = next((i for w in _RESPECTIVE_WORDS
              if (i := text.find(w, m.end(), m.end() + _RESPECTIVE_REACH)) >= 0
              and not any(ch in "，,：:" + _SENT_END for ch in text[m.end():i])), -1)
    if k < 0:
        return False
    try:
        value = parse_number(m.group(1))
    except ValueError:
        return False
    return len(_run_figures(text, k)) == value


# 两项合计, 两个行业合计 (shijian93): a small count, bare or with a resumptive noun, before a word of summing
_SUMMED_COUNT = re.compile(f"([{cue_chars('periods.numeral_chars')}0-9]{{1,2}})"
                           f"(?:{cue_alt('metrics.summed_count_units', False)})"
                           f"(?:{cue_alt('metrics.resumptive_nouns', False)})?"
                           f"(?={cue_alt('metrics.summed_count_words')})")


def _summed_items_count(text: str, q: Quantity) -> bool:
    """…2625件,…1717件,两项合计共受理…4342件 / …服务业,科学研究和技术服务业两个行业合计新登记5.59万户
    (shijian93): a count with no noun of its own (or only 行业, 领域 …) right before 合计, 共计 counts
    the items just named, whose sum follows — no figure (5个项目合计投资… keeps its count: 项目 is a noun)."""
    m = _SUMMED_COUNT.match(text, q.number_start)
    return m is not None and m.end() >= q.end and (q.value or 0) <= 10


# 地区生产总值、固定资产投资双双突破200亿元大关，分别达到…: the items passed a round mark together
# (the mark no figure of theirs); the list is the clause before 分别 as with a judgement
_PASSED_MARK = re.compile(f"(?:{cue_alt('metrics.list_pass_adverbs')})?(?:{cue_alt('metrics.threshold_verbs')})"
                          f"[^，,。；;、]{{1,12}}?(?:{cue_alt('metrics.mark_nouns')})$")


def _judged_list(text: str, s_start: int, lo: int, k: int) -> tuple[int, int] | None:
    """矿产加工业和电子信息增幅最大，分别为22.5%和21.6% / 汽车和电子制造业增长较快，分别增长…: when
    分别 opens its clause, the list is the clause before, which judges its items (增幅最大, 增长较快),
    says they passed a round mark (双双突破200亿元大关) or grew (外贸进出口、出口和进口均实现增长，分别完成
    a、b、c: each item's level; its count of items, 三项指标, cut off too) and names nothing else → (start, end) of that list with the judgement and its verb cut off (a
    rate noun stays: 增幅 is what the figures are), or None."""
    if text[lo:k].strip() or lo <= s_start:
        return None
    end = lo - 1
    start = max(rfind_any(text, "，,；;：:。", s_start, end), s_start - 1) + 1
    m = _JUDGED.search(text, start, end) or _PASSED_MARK.search(text, start, end) or _GROWING.search(text, start, end)
    if m is None or not any(j in text[start:m.start()] for j in _JOINS):
        return None
    counted = _ITEMS_COUNTED.search(text, start, m.start())  # (…、出口和进口三项指标实现全面增长)
    return start, counted.start() if counted else m.start()


# 外贸进出口、出口和进口三项指标实现全面增长，分别完成a、b、c: the count of the items listed (三项指标), no part of the
# last item's name
_ITEMS_COUNTED = re.compile(f"[{''.join(cues('metrics.item_count_numerals'))}](?:{cue_alt('metrics.item_count_nouns')})$")


_GROWING = re.compile(f"(?:{cue_alt('metrics.list_growth_closes', False)})$")


def _growing_list(text: str, s_start: int, lo: int, k: int) -> tuple[int, int, str] | None:
    """新材料产业、电子信息产业、航空航天产业保持增长，增速分别为4.6%、2.2%和0.5%: a rate noun alone
    before 分别, after a clause listing items that kept growing → (start, end) of that list and
    the rate noun each item's figure is (新材料产业增速), or None."""
    noun = text[lo:k].strip()
    if noun not in cues("metrics.change_nouns") or lo <= s_start:
        return None
    end = lo - 1
    start = max(rfind_any(text, "，,；;：:。", s_start, end), s_start - 1) + 1
    m = _GROWING.search(text, start, end)
    if m is None or not any(j in text[start:m.start()] for j in _JOINS) \
            or any(ch.isdigit() for ch in text[start:m.start()]):
        return None
    return start, m.start(), noun


def _comma_listed_name(text: str, s_start: int, cut: int, lo: int) -> int | None:
    """信息传输、软件和信息技术服务业，金融业生产指数分别增长10.1%和5.6%: an official name with 、
    inside is set off from the next item by a comma, not a 、 — when the clause before the comma is
    exactly such a name, it is the first item of the list (where it starts), else None."""
    if cut < s_start or lo != cut + 1 or text[cut] not in "，,":
        return None
    start = max(rfind_any(text, "，,；;：:。", s_start, cut) + 1, s_start)
    segment = text[start:cut]
    name = next((n for n in cues("metrics.listed_names") if segment.endswith(n)), None)
    if name is None or _clean(segment) != name or "、" not in name:
        return None  # (a name with no 、 of its own, 橡胶和塑料制品业, gives no cause for a comma)
    return cut - len(name)


_COMMA_ITEMS = 12  # industries set off by commas looked back over at most


def _comma_listed_run(text: str, s_start: int, cut: int, lo: int) -> int | None:
    """重点行业中，农副食品加工业，金属制品业，计算机、通信和其他电子设备制造业，…，专用设备制造业
    增加值分别同比增长a、b、…: when some items hold a 、 of their own, writers part the items by
    commas — the industries (each clause a name ending in 业 and nothing else) right before the
    clause of 分别 are items of its list.  → where the run starts, or None."""
    if cut < s_start or lo != cut + 1 or text[cut] not in "，,":
        return None
    run, end = None, cut
    for _ in range(_COMMA_ITEMS):
        start = max(rfind_any(text, "，,；;：:。", s_start, end) + 1, s_start)
        if not _industry_names(text[start:end]):
            break
        run = start
        if start == s_start or text[start - 1] not in "，,":
            break
        end = start - 1
    return run


def _industry_names(segment: str) -> bool:
    """专用设备制造业 or 电气机械和器材制造业、汽车制造业: a clause that is an industry's name or a
    、-list of them alone (writers part some items by commas, others by 、 in one list)."""
    return all(_industry_name(it) for it in _comma_run_items(segment))


def _comma_run_items(segment: str) -> list[str]:
    """The items of one clause of a comma-parted list: the clause itself when it is one industry's
    name (计算机、通信和其他电子设备制造业), else its pieces between 、 — never split at 和, which
    official names hold (电气机械和器材制造业, 批发和零售业)."""
    return [segment] if segment in cues("metrics.listed_names") else segment.split("、")


def _industry_name(segment: str) -> bool:
    """农副食品加工业, 计算机、通信和其他电子设备制造业: a clause that is an industry's name alone."""
    if segment in cues("metrics.listed_names"):
        return True
    return 3 <= len(segment) <= 12 and segment[-1] in cue_chars("metrics.industry_end_chars") \
        and all(is_han(ch) for ch in segment) and not segment.startswith(cues("metrics.breakdown_marks"))


_BARE_SHARE_GAP = re.compile(f"[，,][ \t\u3000]*(?:{cue_alt('numbers.approx_pre')})?")


def _bare_share_of_people(text: str, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> bool:
    """大专学历有10人，约7.5%: a percentage set right after a count of people, with nothing but a comma (and
    an approximating word) between, is that count's share of the whole — no measure named % ."""
    return q.unit in _PERCENT_UNITS and prev is not None and bool(prev_ind) \
        and prev.unit in cues("metrics.people_unit") and _BARE_SHARE_GAP.fullmatch(text, prev.end, q.start) is not None


# 约占22.5%, 将近占一半: an approximating word before the verb of a share (the figure is approximate; the
# share is still the previous count's)
# 已经解决或基本解决的258件\n占38.8%: a share alone on the line after a count (a poster's or a phone page's
# one line a figure), with no words of its own before it (cppcc75)
_SHARE_LINE = re.compile(f"[ \t\u3000]*\n\\s*(?:{cue_alt('numbers.approx_pre')})?(?:{cue_alt('metrics.share_verb')})$")


_SEQUEL_COPULAS = tuple(cues("metrics.copula"))  # 达, 达到, 为: the verb a time opens before the figure


def _dated_sequel(view: _ArticleView, q: Quantity, seen: tuple | None) -> str | None:
    """水利建设完成投资首次迈上万亿元大台阶，并连续3年突破历史纪录。2024年达13529亿元 (fabu97): a figure named
    by its unit alone, in a sentence whose words before it are only a time and a verb of reaching (2024年达,
    到2025年将达到), right after the sentence of the last figure of that unit: that figure's measure at
    another time (its level), not an amount of nothing named (was 金额).  None otherwise."""
    if seen is None or q.unit in _PERCENT_UNITS:
        return None
    prev, ind, _para = seen
    s0, _e = view.sentence(q.start)
    _p0, p1 = view.sentence(prev.start)
    if s0 >= q.start or p1 > s0 or view.text[p1:s0].strip(" \t\u3000。！？；;"):
        return None  # (only the sentence right after the previous figure's)
    words = view.text[s0:q.start]
    if not (words.endswith(_SEQUEL_COPULAS) and find_periods(words) and _only_time_and_status(words)):
        return None
    level = _level_of(ind[0])
    return level if len(level) >= 2 and level != prev.unit else None


def _share_line_after(text: str, prev: Quantity, q: Quantity) -> bool:
    """Is q a percentage written alone on the line after the figure prev, with only the share verb
    before it (…解决或基本解决的258件\n占38.8%\n)?  Then the line break, though it ends the sentence,
    separates no clauses: the share is prev's, as 258件，占38.8% would say (was the bare indicator %)."""
    if q.unit not in _PERCENT_UNITS or prev.unit in _PERCENT_UNITS or not _SHARE_LINE.match(text, prev.end, q.start):
        return False
    end = text.find("\n", q.end)
    return not text[q.end:end if end >= 0 else len(text)].strip(" \t\u3000，,。；;")


_APPROX_BEFORE_SHARE = re.compile(f"^(?:{cue_alt('numbers.approx_pre')})(?=(?:{cue_alt('metrics.share_verb')}))")


def _items_joined_inside(clause: str, n: int) -> list[str] | None:
    """The n items of a list that has more joiners than figures: 及 (or 和) joins inside an item and only
    、 — with a last 和/及 before the final item — parts the list (蔬菜及食用菌、瓜果产量分别增长a、b; 建筑及装潢
    材料、饮料、…、日用品和书报杂志类分别下降a、b、…、f: six items, the first holding 及)."""
    parts = clause.split("、")
    if len(parts) == n:
        return parts
    if len(parts) + 1 == n:
        last = _JOINS_RE.split(parts[-1])
        if len(last) == 2 and all(last):
            return parts[:-1] + last
    return None


def _split_items(clause: str) -> list[str]:
    """The items of a list joined by 、/和/及, an official name with 、 inside (电力、热力、燃气及水
    生产和供应业) staying one item."""
    names = [n for n in cues("metrics.listed_names") if n in clause]
    marked = clause
    for i, name in enumerate(names):
        marked = marked.replace(name, f"\x00{i}\x00")
    items = _JOINS_RE.split(marked)
    if not names and "\x00" not in clause:
        return items  # (nothing marked: the items as split)
    return [re.sub(r"\x00(\d+)\x00", lambda m: names[int(m.group(1))], it) for it in items]


def _share_heads(items: list[str]) -> list[str] | None:
    """`_headed_items`, with the first item's modifier given to later items that start with its
    own word (`_first_modifier_shared`)."""
    siblings = _sibling_measures_listed(items)
    if siblings is not None:
        return siblings
    names = _headed_items(items)
    return _first_modifier_shared(items, names) if names else names


# 基本医疗保险基金(含生育保险)总收入: a bracketed note inside an item (its scope), no part of its length
_ITEM_NOTE = re.compile("[（(][^（）()、，,]{1,12}[）)]")
_SIBLING_MEASURES = sorted(cues("metrics.sibling_measures"), key=len, reverse=True)  # 收入, 支出, 总收入, 总支出 …


_FIRST_N_MARKS = tuple(cues("metrics.first_n_marks"))  # 前
_FIRST_N_OPENERS = cue_chars("metrics.first_n_opener_chars") + "\n"  # the marks a clause opens after (，；：。)
_FIRST_N_LEADS = cues("metrics.first_n_leads")  # 其中


def _first_n_selected(text: str, q: Quantity) -> bool:
    """其中,前10批已达办结时限的线索,办结率83.9%: 前 opening a clause (after a mark, or 其中) before a count
    picks out the first N of a series told before — a selection, no figure of its own.  前 closing a word
    (目前45家, 此前3个, 提前2天) opens no clause and is left alone."""
    k = q.start - 1
    if k < 0 or q.qualifier or not text.startswith(_FIRST_N_MARKS, k):
        return False
    return k == 0 or text[k - 1] in _FIRST_N_OPENERS or text.endswith(_FIRST_N_LEADS, 0, k)


def _sibling_measures_listed(items: list[str]) -> list[str] | None:
    """基本医疗保险基金总收入、总支出分别为a、b / 一般公共预算收入、支出 / 收入、支出、累计结存: when every
    later item is only a measure of the family the first item ends with (收入 and 支出, 总收入 and 总支出,
    累计结存; metrics.sibling_measures), they measure the same thing and take the first item's modifier —
    基本医疗保险基金总支出, never a bare 总支出 (nor 收入结存 from the last item's head).  None otherwise: an
    item with words of its own (工业增加值、利润) is read as before."""
    first = items[0]
    own = next((w for w in _SIBLING_MEASURES if first.endswith(w) and len(first) > len(w)), "")
    if not own or len(items) < 2 or not all(it in _SIBLING_MEASURES and it != own for it in items[1:]):
        return None
    modifier = first[:len(first) - len(own)]
    return [first] + [modifier + it for it in items[1:]]


def _first_modifier_shared(items: list[str], names: list[str]) -> list[str]:
    """快递业务量、业务收入分别增长a、b / 快递业务量和业务收入: a later item that starts with the word
    the first item's measure is built on (业务 of 快递业务量) continues that item and shares its
    modifier — 快递业务收入, never a bare 业务收入.  Only a short modifier (2-4 characters) before a
    word of two or more and a one- or two-character measure (量, 总量, 收入…) is shared: 规模以上
    工业增加值、工业用电量 stays as written."""
    first = items[0]
    if first[-1] not in cue_chars("metrics.measure_end_chars"):
        return names
    out = list(names)
    for i in range(1, len(items)):
        it = items[i]
        if names[i] != it:
            continue
        for p in range(2, 5):
            word = first[p:]
            rest = len(word) - 2
            if 1 <= rest <= 2 and it.startswith(word[:2]) and len(it) > 2 and not it.startswith(word):
                out[i] = first[:p] + it
                break
    return out


_TRADE_INITIALS = {r["word"]: r["not_before"] for r in load_table("metric_cues")
                   if r["list"] == "metrics.trade_initials"}  # 批 → 批发业, 零 → 零售业


def _trade_initials_spelt(items: list[str]) -> list[str] | None:
    """限上批、零、住、餐四行业增速分别为a、b、c、d (econ73): the four trades written by their first
    characters (批零住餐) → 限上批发业增速, 零售业增速, 住宿业增速, 餐饮业增速 — the head after the last
    initial shared, the first item's modifier (限上) kept on it alone as in any list.  Three items or
    more, every middle one a single initial; None otherwise."""
    if len(items) < 3 or not all(it in _TRADE_INITIALS for it in items[1:-1]):
        return None
    first, last = items[0], items[-1]
    if first[-1:] not in _TRADE_INITIALS or last[:1] not in _TRADE_INITIALS or len(last) < 2:
        return None
    head = last[1:]
    return [first[:-1] + _TRADE_INITIALS[first[-1]] + head] + [_TRADE_INITIALS[it] + head for it in items[1:-1]] \
        + [_TRADE_INITIALS[last[0]] + head]


# 销售额（营业额）: a bracketed other name of the head closing the last item of a list
_HEAD_ASIDE = re.compile("[（(][^（）()、，,]{1,8}[）)]$")


def _headed_items(items: list[str]) -> list[str] | None:
    """The items of a list with the head the last one names given to the others: 基础设施、制造业
    投资 → 基础设施投资, 制造业投资 (the head is the longest indicator word the last item ends with,
    from indicators.tsv and the measure nouns); 第一、二、三产业增加值 → 第一产业增加值, 第二产业增加值,
    第三产业增加值 (short middle items continue the first one's prefix).  None when no head is found.
    The head's bracketed other name (批发业、零售业、住宿业、餐饮业销售额（营业额）, econ73) is set
    aside while the head is found, then given to every item with it (not 批发业额）)."""
    spelt = _trade_initials_spelt(items)
    if spelt is not None:
        return spelt
    aside = _HEAD_ASIDE.search(items[-1]) if len(items) >= 2 else None
    if aside is not None and aside.start() >= 2:
        names = _headed_items(items[:-1] + [items[-1][:aside.start()]])
        return [n + aside.group(0) for n in names] if names else None
    items = _sector_run_spelt(items)
    n = len(items)
    ordinal = _ordinal_items(items) or _bare_ordinal_sectors(items)
    if ordinal:
        return ordinal
    whole = _whole_indicators()
    if all(it in whole for it in items):
        return items  # 社会消费品零售总额、固定资产投资、出口额: each item a whole indicator
    if n == 2 and len(items[0]) <= 2 < len(items[1]):
        first, last = items
        if len(first) == 2 and first[-1] in _ORDINAL_DIGITS and last[0] in _ORDINAL_DIGITS:
            return [first + last[1:], first[:-1] + last]  # 第二、三产业 → 第二产业, 第三产业
        if len(first) == 1:
            return [first + last[1:], last]  # 轻、重工业占比 → 轻工业占比; 大、中型水库 → 大型水库
    classed = _class_closed_last(items)
    if classed is not None:
        return classed
    shaped = _respectively("、".join(items), n) if n >= 3 and len(items[1]) <= 2 else None
    measure = next((w for w in cues("metrics.respective_measures") if items[-1].endswith(w)), "")
    if shaped and measure and len(items[-1]) - len(measure) != len(items[1]):
        # 猪、牛、羊、家禽出栏: the last item (家禽) is longer than the ones before it, so the measure
        # (出栏) is the shared head — cutting it at their length made 猪禽出栏
        return [it if it.endswith(measure) else it + measure for it in items]
    if shaped and len(items[1]) >= 2 and _head_word_cut(items[-1], len(items[1])):
        shaped = None  # 教育、科技、农林水支出: the cut at the middle's length strands 水 on the head 支出
    if shaped and not (len(items[1]) >= 2 and len(items[-1]) - len(items[1]) <= 1):
        # (建陶、电瓷、工艺品: after two-character items one character left of the last is no head they
        # share — three products, not 建陶品, 电瓷品; 国有、集体、私营企业 still share 企业, stats43)
        middle = len(items[1])
        if len(items[0]) > middle and all(ch in _ORDINAL_DIGITS for it in items[:-1] for ch in it[-middle:]):
            prefix, attr = items[0][:-middle], items[-1][middle:]  # 第一、二、三产业增加值
            return [items[0] + attr] + [prefix + it + attr for it in items[1:-1]] + [prefix + items[-1]]
        return shaped  # 新时代文明实践中心、所、站面积
    classed_word = _class_word_shared(items)
    if classed_word is not None:
        return classed_word
    last = items[-1]
    head = next((h for h in _head_words() if last.endswith(h) and len(last) > len(h)), None) \
        or _share_of_head(last)
    head = _paired_modifier_head(items, head) or head
    if head in cues("metrics.list_heads") and _industry_suffix_shared(items, head):
        return _industry_suffix_shared(items, head)  # 限上批发、零售业零售额: 业 is shared with the head
    if head is None:
        j = last.rfind(items[0][-1], 0, len(last) - 1)
        if j >= 1 and all(it.endswith(items[0][-1]) for it in items[:-1]):
            head = last[j + 1:]  # 饮料类、烟酒类商品零售: parallel items end alike (类), the rest is shared
        elif all(it.endswith(_head_of(last)) for it in items[:-1]):
            return [*items[:-1], last]
        elif all(len(it) >= 2 and it[-1] in cue_chars("metrics.industry_end_chars") for it in items):
            return items  # 采矿业、制造业分别增长…: industries, each measured whole
        elif _industry_suffix_shared(items):
            return _industry_suffix_shared(items)
        elif all(len(it) >= 3 and it.endswith(_OWN_RATE_HEAD) for it in items):
            return items  # 结案率和服判息诉率: rates, each named whole by its own 率
        elif _complete_item(items[0], whole) \
                or all(_measured_item(it, "") or _complete_item(it, whole) for it in items):
            return items  # (旅客运输量、旅客周转量: each item measured already, each whole; so too
            # 耕地保有量、基本农田保护面积、标准农田保有量, the middle one ending with a head word of its own)
        else:  # 矿产加工业和电子信息增幅: a rate noun the last item ends with is the items' head
            head = next((w for w in _RATE_NOUNS if last.endswith(w) and len(last) > len(w)), None)
            if head is None:
                return None
    # (规模工业增加值、社会消费品零售总额: an item ending with a head word of its own keeps it)
    return [it if it.endswith(head) or it in whole or _measured_item(it, head) or _valued_item(it)
            else it + head for it in items]


def _head_word_cut(last: str, k: int) -> bool:
    """教育、科技、农林水支出: the last item cut at the middle items' length (k) leaves one character of
    its own modifier before the head word it ends with (水 of 农林水 before 支出) — the items share that
    head word, not 水支出.  (国有、集体、私营企业 leaves the head word itself; a two-character rest, 居民消费,
    may be shared whole.)"""
    head = next((h for h in _head_words() if last.endswith(h) and len(last) > len(h)), None)
    return head is not None and len(last) - k == len(head) + 1


_SHARED_CLASS_WORDS = tuple(cues("metrics.shared_class_words"))  # 保险


def _class_word_shared(items: list[str]) -> list[str] | None:
    """企业职工基本养老、城镇基本医疗、失业、工伤和生育保险参保人数 (renshe88): items of unequal length before
    a last one that names a class word (保险) none of them holds share the class word and what follows
    it (企业职工基本养老保险参保人数, 城镇基本医疗保险参保人数 …).  The last item must hold a word of its own
    before the class word, every other item two characters or more; None otherwise."""
    if len(items) < 2 or any(len(it) < 2 for it in items[:-1]):
        return None
    last = items[-1]
    for w in _SHARED_CLASS_WORDS:
        k = last.find(w)
        if k >= 2 and len(last) > k + len(w) and not any(w in it for it in items[:-1]):
            return [it + last[k:] for it in items[:-1]] + [last]
    if all(len(it) <= _OBJECT_ITEM_MAX and it[-1] not in _OBJECT_ITEM_NOT_END for it in items[:-1]):
        for w in _SHARED_OBJECT_WORDS:  # 发明、实用新型专利授权量; 作品、计算机软件著作权登记量 (zhichan102)
            k = last.find(w)
            if k >= 2 and len(last) > k + len(w) and not any(w in it for it in items[:-1]):
                return [it + last[k:] for it in items[:-1]] + [last]
    return None


# metrics.shared_object_words: what the items of a short list are kinds of (发明、实用新型专利授权量 → 发明专利授权量,
# 实用新型专利授权量; 作品、计算机软件著作权登记量): shared with the measure after it by items that are bare kinds
# (at most `_OBJECT_ITEM_MAX` characters, none ending like a thing counted of its own: 核准注册商标、PCT国际专利申请)
_SHARED_OBJECT_WORDS = tuple(cues("metrics.shared_object_words"))
_OBJECT_ITEM_NOT_END = cue_chars("metrics.shared_object_item_not_end")
_OBJECT_ITEM_MAX = 5


_CLASS_MARKS = cue_chars("metrics.class_marks")  # 类


def _class_closed_last(items: list[str]) -> list[str] | None:
    """化妆品、食品、服装鞋帽类销售额同比增速: a last item whose class mark (类) falls past the middle item's
    length, with a head after it, is the class it names (服装鞋帽类); the rest is the head every item
    shares (化妆品销售额同比增速, 食品…).  None when no item before it ends with the mark too (吃类、穿类、
    用类商品: parallel classes, read by the rule of items ending alike) or the mark is not there."""
    if len(items) < 2 or any(it.endswith(tuple(_CLASS_MARKS)) for it in items[:-1]):
        return None
    last = items[-1]
    k = max(last.rfind(ch) for ch in _CLASS_MARKS)
    if k < min(len(it) for it in items[:-1]) or k >= len(last) - 2:  # (the first item may carry a qualifier)
        return None
    head = last[k + 1:]
    if not any(head.startswith(h) for h in _head_words()):
        return None
    return [it + head for it in items[:-1]] + [last]


_PAIRED_MODIFIERS = tuple(cues("metrics.paired_modifiers"))  # 城镇, 农村: the halves of a release's population


def _paired_modifier_head(items: list[str], head: str | None) -> str | None:
    """城镇、农村常住居民人均可支配收入分别为a和b (econ73): items that are paired modifiers (城镇, 农村)
    share all the last item says after its own modifier (常住居民人均可支配收入), not only the head word
    the indicators know (居民人均可支配收入: 城镇居民… drops 常住).  None unless every earlier item is
    such a modifier and the last opens with one before a longer form of the head — or before any
    noun of two characters or more where no head word is known (城镇、农村居民人均消费支出)."""
    if not all(it in _PAIRED_MODIFIERS for it in items[:-1]):
        return None
    last = items[-1]
    word = next((w for w in _PAIRED_MODIFIERS if last.startswith(w)), None)
    rest = last[len(word):] if word else ""
    if not head:
        return rest if len(rest) >= 2 else None
    return rest if rest.endswith(head) and len(rest) > len(head) else None


def _industry_suffix_shared(items: list[str], head: str = "") -> list[str] | None:
    """限上批发、零售业零售额分别增长a、b: trades listed bare before the last one written with 业 and
    its measure share both — 限上批发业零售额, 零售业零售额 (the list was left unpaired, and both
    figures read as 零售业零售额).  None unless the last item is an industry (…业) and a measure of
    two or more characters, and no earlier item holds 业 or is longer than six characters; the 业
    of the shared head itself (营业收入: 高端装备、冶金新材料营业收入) closes no industry."""
    last, marks = items[-1], cue_chars("metrics.industry_end_chars")
    j = next((i for i, ch in enumerate(last) if ch in marks), -1)
    if j < 2 or len(last) - j - 1 < 2 or any(ch in marks for ch in last[j + 1:]) \
            or (head and j >= len(last) - len(head)) or last.endswith(_NOT_INDUSTRY_WORDS, 0, j + 1):
        return None  # (大学生、农民创业人数: the 业 of 创业 closes no trade — no 大学生业人数, renshe88)
    if any(len(it) > 6 or any(ch in marks for ch in it) for it in items[:-1]):
        return None
    return [it + last[j:] for it in items[:-1]] + [last]


_NOT_INDUSTRY_WORDS = tuple(cues("metrics.not_industry_words"))  # 创业, 就业, 企业 …


def _share_of_head(last: str) -> str | None:
    """高端装备、精细化工、冶金新材料营业收入占比分别提高a、b、c: a share word (占比, 比重) after the
    last item's measure word makes both the head the items share (营业收入占比), as the measure alone
    would be — the share of each item's revenue, not the items bare.  None without a measure word."""
    share = next((w for w in cues("metrics.share_words") if len(w) >= 2 and last.endswith(w)), "")
    inner = last[:len(last) - len(share)] if share else ""
    head = next((h for h in _head_words() if inner.endswith(h) and len(inner) > len(h)), None) if inner else None
    return head + share if head else None


def _measured_item(item: str, head: str) -> bool:
    """快递业务量、业务收入分别增长a、b: an item that ends in a word of measure of its own (业务量,
    产量, 成交额) is measured already and takes no head of the last item (快递业务量收入 was read);
    an amount (…额) takes none even when the head is an amount too (消费品零售额、农产品销售额: never
    消费品零售额销售额)."""
    if len(item) >= 3 and item.endswith(cues("metrics.measure_end_words")) and not head.endswith(cues("metrics.measure_end_words")):
        return True  # 全部工业开票销售、工业用电量: sales invoiced are measured already, no 开票销售用电量
    return len(item) >= 3 and item[-1] in cue_chars("metrics.measure_end_chars") \
        and (item[-1] != head[-1:] or item[-1] in cue_chars("metrics.amount_end_chars"))


def _total_after_increment(indicator: str, prev: Quantity | None, q: Quantity) -> str | None:
    """净增高新技术企业16家，达到21家: after a count of things added (净增, 新增) the same unit reached
    by a copula is the total of those things, not a second increment → the things (高新技术企业),
    or None."""
    opener = next((w for w in cues("metrics.increment_openers") if indicator.startswith(w)), "")
    rest = indicator[len(opener):]
    if not opener or len(rest) < 2 or prev is None or prev.unit != q.unit or q.unit in _PERCENT_UNITS:
        return None
    return rest


_INCREMENT_OPENERS = frozenset(cues("metrics.increment_openers"))  # 新增, 净增: a clause of these alone counts things added


def _people_added_after_rate(prev: Quantity, prev_indicator: str, clause: str, q: Quantity) -> bool:
    """企业参保人数920.01万人，同比增加46.38万人，增长5.31%，本月新增7.52万人: a time and an increment
    opener alone after the rate a count of people grew by add people to that count — the figure in
    人 is 新增企业参保人数 though the figure right before it is in %, as when it is in 人."""
    if prev.unit not in _PERCENT_UNITS or q.unit not in cues("metrics.people_unit") \
            or not clause.endswith(_INCREMENT_OPENER_WORDS) or _CHANGE_END.search(prev_indicator) is None:
        return False
    level = _level_of(prev_indicator)
    noun = _HEADCOUNT_NOTE.sub("", level)  # 城镇职工基本养老保险参保人数(含离退休): the count before its note
    return level != prev_indicator and (noun.endswith(_HEADCOUNT) or _PEOPLE.search(noun) is not None)


_HEADCOUNT = "人数"
_HEADCOUNT_NOTE = re.compile(r"[（(][^（()）]{1,12}[）)]$")  # (含离退休) after a headcount
_INCREMENT_OPENER_WORDS = tuple(sorted(_INCREMENT_OPENERS))


def _increment_of_level(clause: str, base: str) -> str:
    """年末个体户17509户，当年新增1564户: a clause of a time and an increment opener (新增, 净增) alone
    before a figure in the unit of the level before counts the things added in that time — the
    indicator is the opener and the level's things (新增个体户), not the level again (个体户)."""
    opener = next((w for w in cues("metrics.increment_openers") if clause.endswith(w)), "")
    if not opener or base.startswith(opener):
        return base
    return opener + base


def _measure_of_rate_noun(base: str, name: str, prev: Quantity | None, q: Quantity, points: bool) -> str:
    """规模以上工业增加值同比下降1.3%，降幅比一季度收窄7.1个百分点，其中二季度增长4.4% (national and local
    statistics releases): a growth in % right after a change in points of a rate noun (降幅, 增速) is the
    growth of the measure itself in a part of the period — 规模以上工业增加值增长, not 降幅增长 (a rate
    noun never grows by a %).  `base` as it was for anything else."""
    if points or prev is None or q.unit not in _PERCENT_UNITS or prev.unit not in cues("metrics.points_unit") \
            or not _GROWTH.match(name):
        return base
    noun = next((w for w in _RATE_NOUNS_LONGEST if base.endswith(w)), None)
    return base[:-len(noun)] if noun and len(base) - len(noun) >= 2 else base


def _without_repeated_share(base: str, name: str) -> str:
    """…占全市GDP的比重为55%，比重较上年提高0.8个百分点: the clause's share noun names again the share the
    measure before ends with — 占全市GDP的比重较上年提高, not …比重比重较上年提高 (the noun once)."""
    share = next((w for w in _share_nouns() if base.endswith(w) and name.startswith(w)), None)
    return name[len(share):] if share and len(name) > len(share) else name


def _change_then_level(prev: Quantity | None, prev_indicator: str, text: str, q: Quantity) -> bool:
    """水位回落1厘米，为116.84米 / 每秒流量下降了20立方米，为5210立方米/秒: an amount a measure changed
    by, then, in the next clause, a copula and an amount of measure — the level it came to, not the
    change again (下降到0.5% right after 12.3% stays the same rate, later)."""
    return prev is not None and prev.unit in MEASURE_UNITS and q.unit.split("/")[0] in MEASURE_UNITS \
        and _level_of(prev_indicator) != prev_indicator and text[prev.end:q.start].lstrip()[:1] in "，,"


_POINTS_TO = frozenset(cues("metrics.points_to_marks"))  # 至, 到: the level a change in points came to


def _level_after_points(left: str, prev: Quantity | None, prev_ind: tuple | None, q: Quantity) -> str | None:
    """城镇化率比上年提高1.2个百分点至58.3%, 占比较2013年提升4.1个百分点至29.1% (ministries' and statistics
    bureaus' releases): a rate in % right after 至/到 that follows a change in percentage points is the
    level that rate came to — the change's measure without its comparison and verb, not a bare %.
    None for anything else."""
    if prev is None or not prev_ind or left.strip() not in _POINTS_TO or q.unit not in _PERCENT_UNITS \
            or prev.unit not in cues("metrics.points_unit"):
        return None
    level = _level_keeping_share(prev_ind[0])
    return level if 2 <= len(level) < len(prev_ind[0]) else None


def _level_keeping_share(indicator: str) -> str:
    """`_level_of` that never cuts inside a share noun: the 比 of 比例, 占比 (占比较上年提高, 比例同比上升)
    opens no comparison, so 优良天数比例同比上升 → 优良天数比例, 出口占比较上年提高 → 出口占比."""
    inside = set()
    for noun in _share_nouns():
        k = indicator.find(noun)
        while k >= 0:
            inside.update(range(k, k + len(noun)))
            k = indicator.find(noun, k + 1)
    for i in range(2, len(indicator)):
        if i not in inside and _GROWTH.match(indicator[i:]):
            return indicator[:i]
    return indicator


def _amount_after_rate_to(left: str, prev: Quantity | None, q: Quantity) -> bool:
    """與會者數目上升3.7%至18.8萬人次, 接待游客同比增长3.7%至18.8万人次 (Macao's and Hong Kong's statistics
    releases, and mainland ones): an amount right after 至/到 that follows a change in % is the level the
    measure came to, as after 达到 — not a bare 人次."""
    return left.strip() in _POINTS_TO and _rate_then_amount(prev, q)


def _rate_then_amount(prev: Quantity | None, q: Quantity) -> bool:
    """年均增长7%左右，到2027年达到300亿元: a percentage (or a gap in points: 增速高于城镇居民1个百分点，力争
    达到48000元), then an amount in a unit of its own — the amount is the measure's level (a rate never
    reaches 300亿元), not the rate again."""
    rate = prev is not None and (prev.unit in _PERCENT_UNITS or prev.unit in cues("metrics.points_unit"))
    return rate and bool(q.unit) and q.unit not in _PERCENT_UNITS


_RATE_NOUNS_OF_LEVEL = tuple(sorted(cues("metrics.change_nouns") + cues("metrics.growth_rate_nouns"), key=len, reverse=True))
_RATE_MODIFIERS = ("年均", "平均")


def _level_of_rate(indicator: str) -> str:
    """数字经济增加值年均增速 → 数字经济增加值, 农民人均可支配收入增速高于城镇居民 → 农民人均可支配收入: the
    level a rate noun (增速, 增幅, 增长率) is the rate of, and its 年均 before it — for the amount the
    level reaches after the rate (…年均增速26%以上，达到1.5万亿元以上); `_level_of` when no rate noun
    stands after two characters of measure."""
    level = _level_of(indicator)
    if level != indicator:
        return level
    k = min((i for i in (indicator.find(n, 2) for n in _RATE_NOUNS_OF_LEVEL) if i >= 2), default=-1)
    if k < 0:
        return indicator
    head = indicator[:k]
    head = head[:-2] if head.endswith(_RATE_MODIFIERS) and len(head) >= 4 else head
    return head


@lru_cache(maxsize=1)
def _sector_ordinal() -> re.Pattern:
    """第一/第二/第三 before 产业 (compiled once, after the ordinal digits are known)."""
    return re.compile(f"{cues('numbers.ordinal_chars')[0]}[{_ORDINAL_DIGITS}](?=产业)")


_RESULT_VERB_END = re.compile(f"(?:{cue_alt('metrics.result_verbs')})$")


def _collected_by_body(text: str, istart: int, at: int, indicator: str, paragraph_level: str | None) -> str:
    """1-6月份全区一般公共预算收入完成61646万元…。其中税务部门完成28684万元: a body that collects
    (or spends) for the place, then a verb of achieving and an amount, is no measure named after
    the body — it is the body's part of the paragraph's revenue (or spending): 税务部门收入
    (its budget 税务部门收入年初预算, its change 税务部门收入同比下降).
    Only the clause's own words (istart to the figure) are read."""
    if not indicator.endswith(cues("metrics.collecting_bodies")) or len(indicator) > 8 \
            or not _RESULT_VERB_END.search(text, istart, at):
        return indicator
    heads = cues("metrics.collected_heads")
    head = next((h for h in heads if paragraph_level and paragraph_level.endswith(h)), heads[0])
    return indicator + head


def _counts_other_bodies(prev: Quantity | None, q: Quantity) -> bool:
    """全镇共有17个行政村,共有1818户: a count in one measure word of bodies or people (个, 户, 家, 人)
    after a count in another counts other things (villages, then households), no later figure of
    the first count's measure: the copula's "same measure" reading is not for it."""
    return prev is not None and prev.unit != q.unit and prev.unit in _OTHER_BODIES_UNITS \
        and q.unit in _OTHER_BODIES_UNITS


def _count_after_measure(prev: Quantity | None, q: Quantity) -> bool:
    """嘎查耕地总面积2400亩，…牲畜以养殖羊为主，共计约415头(只): a count (头, 只, 个) after a measure (亩,
    元, 吨) counts other things, never the measure's later figure (no 耕地总面积 of 415头); a multiple (倍)
    or an age is no such count."""
    return prev is not None and q.unit in _THINGS_COUNTED_UNITS and prev.unit in MEASURE_UNITS


# 个, 户, 家, 人: the measure words of bodies, households and people (no 倍, 岁, 层: 已达1.09亿户，是2012年的2.7倍
# is a multiple of the households, the copula's reading)
_OTHER_BODIES_UNITS = frozenset(cues("metrics.other_bodies_units"))
_THINGS_COUNTED_UNITS = _OTHER_BODIES_UNITS | frozenset(cues("metrics.head_units"))  # 个, 户, 人; 头, 只 (no 倍, 岁)


def _carried_total_owner(indicator: str, previous: str) -> str:
    """全省水产品对外贸易总量88.22万吨、总额19.44亿美元: a total's word named bare (总额) right after
    another total of the same things (…总量) is that total of theirs: the owner is carried; any other
    indicator is returned as it is (ocean57)."""
    if indicator not in _TOTAL_WORDS or len(indicator) < 2:
        return indicator
    word = next((w for w in _TOTAL_WORDS if len(w) >= 2 and previous.endswith(w)), None)
    if word is None or word == indicator or len(previous) - len(word) < 2:
        return indicator
    return previous[:-len(word)] + indicator


_FUND_FLOWS = tuple(sorted(cues("metrics.fund_flows"), key=len, reverse=True))  # 收入, 支出, 累计结存 …


def _carried_fund_owner(indicator: str, previous: str) -> str:
    """职工医保基金收入20793.27亿元，比上年增长9.4%，支出15243.80亿元 (fund bulletins: 基金总收入…；总支出…；当期
    结存…，累计结存…): a fund's flow named bare right after another flow of the same sentence is that fund's —
    the owner is carried (职工医保基金支出); any other indicator is returned as it is."""
    if indicator not in _FUND_FLOWS:
        return indicator
    level = _level_of(previous) or previous
    word = next((w for w in _FUND_FLOWS if level.endswith(w)), None)
    owner = level[:-len(word)] if word else ""
    if word is None or word == indicator or len(owner) < 2 \
            or any(w in owner for w in cues("metrics.fund_flow_not_owners")):
        return indicator  # (城镇居民人均可支配收入…，人均消费支出: a household's income and spending, no fund's)
    return owner + indicator


_SENTENCE_ENDS = re.compile("[。！？!?\n]")  # (a fund's flows run on over semicolons, not past a full stop)


_SERVICE_MEASURES = tuple(sorted(cues("metrics.service_measures"), key=len, reverse=True))  # 总诊疗人次, 入院人次 …


def _carried_service_owner(indicator: str, previous: str) -> str:
    """其中，医院总诊疗人次42.6亿，入院人次24500.1万 (health bulletins: each kind of facility with its visits
    and admissions): a measure of medical service named bare right after another one of the same sentence
    is the same facilities' — the owner is carried (医院入院人次) when it ends as a facility or a body does
    (医院, 乡镇卫生院, 社区卫生服务中心, 医疗卫生机构); a scope or a period before the first measure (全年,
    全市) is no owner, and any other indicator is returned as it is."""
    if indicator not in _SERVICE_MEASURES:
        return indicator
    level = _level_of(previous) or previous
    word = next((w for w in _SERVICE_MEASURES if level.endswith(w)), None)
    owner = level[:-len(word)] if word else ""
    if word is None or word == indicator or len(owner) < 2 or not all(map(is_han, owner)) \
            or not owner.endswith(cues("metrics.service_owner_tails")):
        return indicator
    return owner + indicator


def _carried_sector_prefix(indicator: str, previous: str) -> str:
    """全省县域第一产业增加值同比增长3.5%，第二产业增加值同比增长8.2%: a sector named bare right
    after the same measure of another sector with a scope word before it (县域, 规上) is in that
    scope too — the prefix is carried; any other indicator is returned as it is."""
    m = _sector_ordinal().match(indicator)
    p = _sector_ordinal().search(previous)
    if m is None or p is None or p.start() == 0 or p.group() == m.group():
        return indicator
    if previous[p.end():] != indicator[m.end():] and not indicator[m.end():].startswith(_level_of(previous[p.end():])):
        return indicator
    prefix = previous[:p.start()]
    return prefix + indicator if len(prefix) <= 4 else indicator


def _carried_per_head_group(indicator: str, previous: str) -> str:
    """城镇常住居民人均可支配收入39293元，同比增长5.7%，人均生活消费支出27184元 (a bulletin's 人民生活 section): a
    measure per head named bare (人均…) right after another measure per head of a group of people
    (`metrics.per_head_groups`: 城镇常住居民, 农村居民) is that group's too — the group is carried; without
    it the towns' and the villages' spending read as one indicator.  Any other indicator is returned as it is."""
    if not indicator.startswith("人均"):
        return indicator
    level = _level_of(previous) or previous
    at = level.find("人均")
    group = level[:at] if at > 0 else ""
    if not (2 <= len(group) <= PER_HEAD_GROUP_MAX and group.endswith(tuple(cues("metrics.per_head_groups")))):
        return indicator
    return group + indicator


PER_HEAD_GROUP_MAX = 8  # a group of people named before 人均 is at most this long (城镇常住居民, 农村牧区居民)


def _farm_output_whole(whole: str) -> bool:
    """Is `whole` (the level a bare farm sector's money figure breaks down) an output total (农林牧渔业总产值)
    or a sibling sector's output read just before (农业产值: 林业0.34亿元 follows it)?  Then the sector's
    figure is its 产值 (`metrics.farm_output_parts`), not a bare 林业."""
    total, output = cues("metrics.output_heads")[:2]
    return whole.endswith(total) or (whole.endswith(output) and whole[:-len(output)] in cues("metrics.farm_output_parts"))


def _valued_item(item: str) -> bool:
    """规模工业增加值、社会消费品零售总额分别达到a、b: an item ending with a value noun of its own
    (增加值, 总产值, 零售总额: three characters or more) is a whole measure, not a modifier of the last
    item's head (规模工业增加值零售总额 was read); 高技术产业 (a two-character word) still takes it."""
    return any(item.endswith(h) and len(h) >= 3 and len(item) > len(h) for h in cues("metrics.value_nouns"))


def _complete_item(item: str, whole: frozenset[str]) -> bool:
    """规模以上工业增加值、全部工业开票销售、工业用电量分别增长…: a first item that is a whole
    indicator already (or ends with an indicator's head word) shares no head with the last: the
    items are parallel nouns, each its own indicator."""
    return item in whole or any(item.endswith(h) and len(item) > len(h) for h in _head_words())


def _bare_ordinal_sectors(items: list[str]) -> list[str] | None:
    """二、三产业投资同比分别增长76.9%、0.3%: ordinal digits without 第 before a sector noun name the
    sectors of the economy → 第二产业投资, 第三产业投资 (never 二产业投资); None for other lists."""
    last, mark = items[-1], cues("numbers.ordinal_chars")[0]
    if all(len(x) == 1 and x in _ORDINAL_DIGITS for x in items[:-1]) and len(last) > 1 \
            and last[0] in _ORDINAL_DIGITS and last[1:].startswith(cues("metrics.sector_nouns")):
        return [mark + x + last[1:] for x in items[:-1]] + [mark + last]
    return None


def _sector_run_spelt(items: list[str]) -> list[str]:
    """第一、二、三产业和居民生活用电量: the sectors written with their ordinal mark and noun once, then
    more items → 第一产业, 第二产业, 第三产业, 居民生活用电量, so the head the last item names (用电量) is
    given to each sector (not 第一用电量, 二用电量); the list as it is when it opens otherwise."""
    mark, nouns = cues("numbers.ordinal_chars")[0], cues("metrics.sector_nouns")
    bare = [it[len(mark):] if it.startswith(mark) else it for it in items]
    run = next((k for k, it in enumerate(bare) if len(it) > 1), 0)
    if not (1 <= run < len(items) - 1 and bare[run][0] in _ORDINAL_DIGITS and bare[run][1:] in nouns) \
            or not all(len(x) == 1 and x in _ORDINAL_DIGITS for x in bare[:run]):
        return items
    noun = bare[run][1:]
    return [mark + x + noun for x in bare[:run]] + [mark + bare[run]] + items[run + 1:]


def _ordinal_items(items: list[str]) -> list[str] | None:
    """第二、第三产业占地区生产总值的比重 → 第二产业占…的比重, 第三产业占…的比重: short items of one
    shape (第 and an ordinal digit) that the last item continues share all it says after its own
    ordinal; None for other lists."""
    size, last = len(items[0]), items[-1]
    if size not in (2, 3) or len(last) <= size + 1 or not all(len(it) == size for it in items[:-1]):
        return None
    stem = last[:size - 1]
    if not all(it[:size - 1] == stem and it[-1] in _ORDINAL_DIGITS for it in items[:-1]) \
            or last[size - 1] not in _ORDINAL_DIGITS or any(ch in _ORDINAL_DIGITS for ch in stem):
        return None
    return [it + last[size:] for it in items[:-1]] + [last]


def _head_of(word: str) -> str:
    """The head word of an item (its last two characters), to see that all items already have one."""
    return word[-2:]


_ORDINAL_DIGITS = "".join(numeral_forms("digit", canonical=True)) + "".join(numeral_forms("small", canonical=True))
_ORDINAL_DIGIT = re.compile(f"[{re.escape(_ORDINAL_DIGITS)}]")  # (one search, not a test per numeral)


@lru_cache(maxsize=1)
def _whole_indicators() -> frozenset[str]:
    """The labels and variants of the indicator vocabulary, as written: an item of a list that is
    one of them (规上工业增加值、…营业收入) is a whole indicator and takes no shared head."""
    return frozenset(w for c in concepts().values() for w in (c.zh, *c.variants) if len(w) >= 2)


@lru_cache(maxsize=1)
def _head_words() -> tuple[str, ...]:
    """Words that end an indicator and may be shared by a list before them (投资, 增加值, 产量,
    人均可支配收入): the measure nouns and the labels and variants of the indicator vocabulary,
    longest first."""
    words = set(cues("metrics.measure_nouns")) | set(cues("metrics.list_heads"))
    for c in concepts().values():
        words.update(w for w in (c.zh, *c.variants) if is_han(w[0]) and len(w) >= 2)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _respectively(indicator: str, n: int) -> list[str] | None:
    """`新时代文明实践中心、所、站面积` with n=3 figures → one indicator per figure
    (新时代文明实践中心面积, 新时代文明实践所面积, 新时代文明实践站面积); None when the list does
    not split into n items of that shape."""
    items = indicator.split("、")
    if len(items) != n or n < 2:
        return None
    k = len(items[1])
    if any(len(it) != k for it in items[1:-1]) or len(items[-1]) <= k or len(items[0]) < k:
        return None
    attr = items[-1][k:]
    items[-1] = items[-1][:k]
    prefix = items[0][:-2] if len(items[0]) > 3 else ""
    return [items[0] + attr] + [_with_shared_prefix(prefix, it) + attr for it in items[1:]]


def _with_shared_prefix(prefix: str, item: str) -> str:
    """基本养老、失业、工伤保险参保人数 (minzheng82): the first item's prefix (基本) goes to a later item unless
    the pair is one metrics.unshared_prefixes holds (基本失业: the insurance is 失业保险, no 基本失业保险); a
    scope before it is still shared (城镇职工基本养老、失业保险 → 城镇职工失业保险)."""
    pair = next((w for w in cues("metrics.unshared_prefixes") if (prefix + item).endswith(w)), None)
    return prefix[:len(prefix) + len(item) - len(pair)] + item if pair else prefix + item


# --------------------------------------------------------------------------- subject

# (浪头镇等 12个乡镇: a page converted from PDF or Word may set a space between 等 and the count: honours68)
_EXAMPLES_COUNTED = re.compile(f"{_ETC}[ \u3000]?[0-9０-９{cue_chars('periods.numeral_chars')}]")


_COUNTED_PLACE_CLASSIFIERS = frozenset(cues("metrics.counted_place_classifiers"))
_NUM_SET = frozenset("0123456789０１２３４５６７８９" + cue_chars("periods.numeral_chars"))


def _counted_member(text: str, s_start: int, a: int) -> bool:
    """A place opening the noun a count names (全省共设11个设区城市住房公积金管理中心，1个雄安新区住房
    管理中心，9个独立设置的分中心): it names one of the things counted, a member, not the place the
    sentence's figures are about — the province of the report, not 雄安新区.  Only the two characters
    before the place are read (a numeral, then 个, 家 or 所)."""
    return a - 2 >= s_start and text[a - 1] in _COUNTED_PLACE_CLASSIFIERS and text[a - 2] in _NUM_SET


_EXAMPLE_WORK = re.compile(f"[^，,。；;、：:\\s]{{0,20}}(?:{cue_alt('metrics.example_work_heads')})"
                           f"{_ETC}[0-9０-９{cue_chars('periods.numeral_chars')}]")


# numbered groups of villagers written after their village or its committee (拖坑村委会二组三组)
_VILLAGER_GROUPS = re.compile(f"(?:[{cue_chars('periods.numeral_chars')}]{{1,3}}(?:{cue_alt('metrics.villager_group_words')}))+")


def _item_name_end(text: str, mentions, end: int) -> int:
    """Where the name of an item a chain of places opens ends (巧家县蒙姑镇拖坑村|委会|二组三组等7个村寨, xinan92): past
    the body the chain's last place or its end opens (拖坑村委会) and the numbered groups of villagers written after
    it (二组三组) — bounded by the mentions and a short run of numerals."""
    end = max((e for s, e, _k, t, _l in mentions if s <= end < e and t in ("Agency", "Organization")), default=end)
    groups = _VILLAGER_GROUPS.match(text, end)
    return groups.end() if groups else end


def _example_body_place(text: str, mentions, a: int, b: int, number_start: int, lvl: str | None) -> bool:
    """邵武市通泰街道严羽社区、武夷山市妇联等11个集体获评…, 中共娄烦县天池店乡河北村支部委员会等25个集体荣获…
    (honours68): a place inside the name of a body, or of a chain of places, that is an example counted by
    等 and a number — alone before 等 or an item of a 、-list closed by it — names one of those counted
    (an honour roll's collectives), not whose the count is.  A province opening the chain (我省湘西州…
    牛角山村、郴州市…贝溪村等9个“明星村”) is the scope of every item, no example."""
    if lvl == "province" or _scope_of_listed_places(text, mentions, b, number_start):
        return False
    body = max((e for s, e, _k, t, _l in mentions if s <= a and b <= e and t in ("Agency", "Organization")), default=b)
    end = _item_name_end(text, mentions, _chain_end(mentions, body))
    if body == b and text[end:end + 1] not in _LIST_ITEM_MARK + _ETC:
        return False  # (福建石狮企业家、…等300余人: a place before the people listed, no item's whole name)
    return _EXAMPLES_COUNTED.match(text, end) is not None or _first_of_examples(text, end, number_start)


_COUNT_THEN_GROUP = re.compile(f"[0-9０-９{cue_chars('periods.numeral_chars')}]*个?(?:{cue_alt('metrics.group_place_nouns')})")


def _scope_of_listed_places(text: str, mentions, b: int, number_start: int) -> bool:
    """晋江安海镇、陈埭镇、英林镇等9个乡镇分别与长汀9个乡镇签订… (review of round 68): a place written right
    before the first of a list of places counted by their kind (等9个乡镇, `metrics.group_place_nouns`) is
    the scope they lie in, as a province opening the chain is — the count is its (晋江市's nine towns),
    no example of an honour roll's collectives."""
    return any(s == b and t == "Place" for s, _e, _k, t, _l in mentions) \
        and _COUNT_THEN_GROUP.match(text, number_start) is not None


def _example_work_place(text: str, s_start: int, a: int, b: int) -> bool:
    """发行11.35亿元支持我市境内相山区采煤沉陷区治理一期项目等7个沉陷区环境治理项目: a place inside a
    clause (not opening it) that opens the name of a work listed as an example before 等 and a count
    names that work, not whose the count or the money is.  A place opening its clause
    (相山区实施…项目等7个项目) stays the actor."""
    return _clause_start(text, s_start, a) < a and _EXAMPLE_WORK.match(text, b) is not None


def _in_counted_list(text: str, s_start: int, a: int, b: int, number_start: int, place_ends: dict[int, int]) -> bool:
    """视察组一行先后到胡林家乡高关村集中安置点、…、大河家镇陈家村“千头肉牛、万只肉羊”繁育中心、…等11个
    重点项目现场 (an inspection tour): a place (with the places it is written under) opening an item of a
    、-list closed by 等 and the figure (no clause break up to it) — after a 、 of the list (the last
    item too), or the first item after 到 — is where one counted item lies, a member, not whose the
    count is.  A place before the verb (在城关镇建成A、B等3个站点, 相山区实施A项目、
    B项目等7个项目) stays the actor."""
    between = text[b:number_start]
    bare = _LIST_ITEM_ASIDE.sub("", between).strip(" \u3000")
    if not (bare.endswith(_ETC) or (not bare and "、" in text[_clause_start(text, s_start, a):a])) \
            or any(ch in between for ch in "，,。；;：:"):
        return False  # (…、莲花塘乡刺竹林村(苗族)3个村寨: the list's last item, then the count of it, no 等)
    for _ in range(4):  # (a county, a township, a village: a short chain)
        if a not in place_ends:
            break
        a = place_ends[a]
    clause = _clause_start(text, s_start, a)
    if clause >= a:
        return False
    if "、" in text[clause:a]:
        return True  # (…、向塘镇山背村山背等6个: a later item, the last too)
    return "、" in between and text[a - 1] == _GOING_TO  # (先后到A村X、B镇Y等11个…: where they went)


_GOING_TO = "到"  # (先后到A、B、C等11个项目现场: the list's first item is where they went)
# a place written right before its own figure, as an item of a 、-list of such (莆田151起、福州119起)
_OWN_FIGURE_ITEM = re.compile(rf"\d+(?:\.\d+)?[万亿]?[{HAN}]{{0,2}}?%?、[{HAN}]{{2,6}}?\d")


def _place_owns_listed_figure(text: str, b: int, number_start: int) -> bool:
    """接报警情419起，其中莆田151起、福州119起、泉州98起，处置房屋人员被困205起 (yingji93,
    04-fujian-jiechujing): a place written right before its own figure, the first item of a list
    of places each with its figure, owns that figure alone — not the figures after the list.  Only
    a figure directly after the place (no year: 2023年) and an item like it after its 、."""
    if number_start <= b or not text[b:b + 1].isdigit():
        return False
    m = _OWN_FIGURE_ITEM.match(text, b, min(len(text), b + 20))
    return m is not None and m.end() <= number_start and _YEAR_MARK not in text[b:m.end()]


_YEAR_MARK = "年"
# 市本级1.12亿元，铜官区1.6亿元，…，枞阳县1亿元，支持…14个项目: a place's own figure closing its clause, and the
# clause before it closing on a figure too (an item of a run of places each with its figure)
_RUN_FIGURE_AFTER = re.compile(rf"\d+(?:\.\d+)?[万亿]?[{HAN}]{{0,2}}?[，,；;]")
_RUN_FIGURE_BEFORE = re.compile(rf"\d(?:\.\d+)?[万亿]?[{HAN}]{{0,2}}[，,、；;]$")


def _place_in_figure_run(text: str, a: int, b: int, number_start: int) -> bool:
    """新增专项债5.31亿元，其中市本级1.12亿元，铜官区1.6亿元，…，枞阳县1亿元，支持…等领域14个项目 (caizheng97,
    08-tongling-zhuanxiangzhai): a place written right before its own figure, in a run of clauses each
    closing on a figure (the clause before it closes on one too), owns that figure alone — not a figure
    of a later clause of the sentence (the 14 projects are the city's).  Bounded: the place's own clause
    and the few characters before it."""
    m = _RUN_FIGURE_AFTER.match(text, b, min(len(text), b + 16))
    if m is None or m.end() > number_start or _YEAR_MARK in text[b:m.end()]:
        return False
    before = text[max(0, a - 8):a]
    return _RUN_FIGURE_BEFORE.search(before) is not None and _YEAR_MARK not in before


_JOINED_REACH = 16  # characters before a figure read for a place joined to it (a place's longest name)
_PLACE_COUNT_JOINERS = frozenset(cue_chars("metrics.place_count_joiners_chars"))


def _joined_to_count(text: str, b: int, number_start: int) -> bool:
    """金砖大家庭迎来新成员印尼和9个伙伴国 (waijiao99, 05-guojiakun-jinzhuan): a place joined by 和 or 及 to
    the count written right after the conjunction is one thing named beside those counted, not whose the
    count is (the partners are not Indonesia's).  Only the one character between the place and the figure."""
    return number_start == b + 1 and text[b:b + 1] in _PLACE_COUNT_JOINERS


def _listed_place_item(view: _ArticleView, q: Quantity, srule: str) -> bool:
    """其中莆田151起、福州119起、泉州98起，处置房屋人员被困205起 (yingji93): a figure of one place of a
    list of places each with its figure is that place's part, no whole the figures after the list
    break down nor share their place with.  Bounded: the mentions just before the figure."""
    if srule == "listed-place":
        return True
    return any(b == q.number_start and t == "Place" for _a, b, _k, t, _l in view.mentions_in(q.number_start - 8, q.number_start)) \
        and _place_owns_listed_figure(view.text, q.number_start, len(view.text))
def _past_item_aside(text: str, i: int) -> int:
    """Where a list's item goes on after the bracketed aside written right after it (岔河村(壮族)、…:
    past 壮族's bracket, to the 、 that makes the village one item of a list); i where none."""
    m = _LIST_ITEM_ASIDE.match(text, i)
    return m.end() if m else i


def _aside_listed(text: str, i: int) -> bool:
    """汤谷村(壮族)、岔河村…: a bracketed aside after a place (with the places written before it), then
    a 、: the place is an item of a list, as one with the 、 right after it is."""
    j = _past_item_aside(text, i)
    return j > i and text.startswith("、", j)


# a bracketed aside on a list's item (汤谷村(壮族), 岔河村（壮族）): what the item's people are, no word between it and the count
_LIST_ITEM_ASIDE = re.compile(r"[(（][^()（）]{1,12}[)）]")


def _governed_place(text: str, s_start: int, a: int) -> bool:
    """现辖玉树市（2013年撤县设市）、称多、囊谦…1市5县，11镇34乡 (玉树州's profile): a place in a clause
    opened by a verb of governing (metrics.governs_verbs: 辖, 下辖, 现辖; not 辖区) is one of what the
    clause's unnamed subject governs, a member, not whose the figures are."""
    clause = _clause_start(text, s_start, a)
    verb = next((v for v in _GOVERNS_VERBS if text.startswith(v, clause)), None)
    return verb is not None and text[clause + len(verb):clause + len(verb) + 1] not in _GOVERNED_NOT_AFTER


def _bordering_place(text: str, s_start: int, a: int, e: int) -> bool:
    """东接溆浦县、…,西北环抱鹤城区,总面积1461平方公里 (a county's profile): a place in a clause of the
    subject's borders is a neighbour, never whose the area or population is (`helpers.in_border_clause`)."""
    return in_border_clause(text, a, e, _clause_start(text, s_start, a))


# yungui97: the rank of the divisions a count of townships (乡镇, 街道) or of villages (行政村, 社区) counts: a place of
# that rank or a smaller one holds none of them (place_levels.tsv: township 4, village 5)
_COUNTED_LEVEL_RANK = {**{w: _PLACE_LEVEL["township"] for w in cues("metrics.township_count_units")},
                       **{w: _PLACE_LEVEL["village"] for w in cues("metrics.village_count_units")}}
_GOVERNED_NOT_AFTER = frozenset("区内")  # 辖区, 辖内: the area governed, a noun opening its own clause
_EXTREME_SPOTS = tuple(cues("metrics.extreme_spots"))  # 最低处|囊谦县娘拉乡海拔3335米: where the extreme lies


_BUILT_IN_VERBS = tuple(cues("metrics.built_in_place_verbs"))


def _built_in_place(text: str, s_start: int, astart: int, aend: int) -> bool:
    """打造汀东村“万亩油茶”产业示范基地, …全年种植蔬菜9500余亩: a place right after a verb of building
    (built_in_place_verbs: 打造) and right before the quoted name of what is built there is where the
    sentence's subject builds it, no subject of the figures after it."""
    return text.endswith(_BUILT_IN_VERBS, s_start, astart) and text.startswith(_OPEN_QUOTE_MARKS, aend)


_OPEN_QUOTE_MARKS = tuple(OPEN_QUOTES)  # (a quote opening the work's name: “, 「, 《 …)


def _extreme_spot(text: str, s_start: int, a: int, place_ends: dict[int, int]) -> bool:
    """最低处囊谦县娘拉乡海拔3335米 (玉树州's profile): does the place at `a`, with the places it is
    written under (囊谦县 before 娘拉乡, ends to starts in `place_ends`), follow a word of a region's
    extreme point (metrics.extreme_spots)?  The place is where the extreme lies, no subject."""
    for _ in range(4):  # (a county, a township, a village: a short chain)
        if a not in place_ends:
            break
        a = place_ends[a]
    return text.endswith(_EXTREME_SPOTS, s_start, a)


# 在县城街心花园、龙场镇城南村等地抓获吸毒人员5名 (police72): a place closing a list with 等地 is one example of where
# it was done, no place whose figure it is (the county's); so is a lone place before 等地
_EXAMPLE_PLACES_CLOSE = tuple(cues("metrics.example_places_close"))


def _listed_member(text: str, a: int, b: int) -> bool:
    """A place written as one item of a list: 、 beside it, or 等 and a count closing the list after
    it (…、四川屏山经济开发区等4家开发区)."""
    return "、" in text[a - 1:a] + text[b:b + 1] or _EXAMPLES_COUNTED.match(text, b) is not None


_NUM_CHARS = f"0-9０-９{cue_chars('periods.numeral_chars')}"
# 北仑区、鄞州区等5个区县 / 26个农业主产县: a counted group of places (after 等, any place noun; with
# no 等, a county noun with a qualifier: a kind of county, a part of the province, not all of it).
# The qualifier holds no 全 and no verb (10个督导组深入全县…, 8个项目惠及全县…: no kind of county,
# the count's noun and a verb reaching the county the article is about)
_PLACE_GROUP = re.compile(f"(?:{_ETC}[{_NUM_CHARS}]+个(?:{cue_alt('metrics.group_place_nouns')})"
                          f"|[{_NUM_CHARS}]+个(?:(?!{cue_alt('metrics.group_qualifier_stops')})"
                          f"[{HAN}]){{2,8}}?(?:{cue_alt('metrics.group_county_nouns')}))"
                          f"(?![{cue_chars('metrics.group_partitive_chars')}])")
# 26个农业主产县实现生产总值… / 北仑区、鄞州区等5个区县实现…: the verb a group is the subject of
_GROUP_VERB = re.compile(f"(?:{cue_alt('metrics.group_total_verbs')})")


# 同比增长 / 比上年下降 / 增长: a clause holding only the change of the clause before
_BARE_CHANGE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?(?:{cue_alt('metrics.change_verbs')})")


# …地区生产总值同比增长 / 增长: the change verb closing a measure written before the figure
_TRAILING_CHANGE = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?(?:{cue_alt('metrics.change_verbs')})$")


_LAST_NUMBER = re.compile(r"[0-9０-９][0-9０-９.．]*(?=[^0-9０-９]*$)")


# 52个贫困县和…的1113个贫困村: a join or a 的 after the group starts another noun, not its figure
_GROUP_GAP_STOPS = _JOINS + _DE + "、" + _ETC


_SUMMING_WORDS = tuple(cues("metrics.group_total_words"))


def _listed_places_total(view: _ArticleView, s_start: int, q_start: int) -> bool:
    """常住人口居前三位的是鼎屏镇、丰禾镇和九龙镇，合计占全县常住人口比重为47.23%: a clause opening with a
    word of summing (合计, 共计) right after a list of places closing the clause before sums the
    members' figures — the group's, not the last member's (was 九龙镇, the place nearest)."""
    text = view.text
    cut = rfind_any(text, "，,", s_start, q_start)
    if cut <= s_start or not text.startswith(_SUMMING_WORDS, cut + 1):
        return False
    places = [(a, b) for a, b, _k, t, _l in view.mentions_in(s_start, cut) if t == "Place"]
    return len(places) >= 2 and places[-1][1] == cut and len(text[places[-2][1]:places[-1][0]]) == 1 \
        and text[places[-2][1]] in _JOINS + "、"


def _examples_of_places(view: _ArticleView, s_start: int, q: Quantity) -> tuple[int, int] | None:
    """其中,武穴市中化学新祥云新材料、蕲春县中电建绿色建材基地、浙水县联投…产业园等3个项目投资过百亿元: the
    examples before 等 and the count open with places of their own, two or more: the count spans
    them all, so the first place opening the clause is none of its owner (the whole's is)."""
    text = view.text
    etc = text.rfind(_ETC, s_start, q.number_start)
    if etc < 0 or text[etc + len(_ETC):q.number_start].strip(" \u3000"):
        return None
    lo = rfind_any(text, "，,；;：:。", s_start, etc) + 1
    starts = [lo] + [k + 1 for k in range(lo, etc) if text[k] == "、"]
    places = [(a, e, key, lvl) for a, e, key, etype, lvl in view.mentions_in(lo, etc) if etype == "Place"]
    if any(a in starts and _PLACE_LEVEL.get(lvl or "", 0) < 2 for a, _e, _k, lvl in places):
        return None  # (左江南宁市河段、…邕江上游段等5个标段: rivers, no division's own examples; 浙江、江苏等…)
    for a, b in zip(starts, [k - 1 for k in starts[1:]] + [etc]):
        if b - a - sum(min(e, b) - x for x, e, _k, _l in places if a <= x < b) < 2:
            return None  # 我省…古丈县默戎镇牛角山村、…贝溪村等9个“明星村”: the places are what is counted
    keys = {key for a, _e, key, _l in places if a in starts}
    return (lo, etc) if len(keys) >= 2 else None  # (the span of the examples)


def _included_items(text: str, s_start: int, q: Quantity) -> tuple[int, int] | None:
    """民生公共服务项目6个,包括航天城市综合体、…、会文镇沙港村水美乡村工程、…,总投资50.9亿元: the items a 包括
    lists in the clause right before the figure's (two or more, between 、 marks) are what the figure sums;
    a place inside one names that item's site, no subject of the total (was 沙港村's 50.9亿元, huanan84).
    The figures' clauses after the list's (…,总投资50.9亿元,年度计划投资19.24亿元) sum the same items.  The span of
    the items, else None."""
    cut = rfind_any(text, "，,；;：:。", s_start, q.number_start)
    for _ in range(3):
        if cut <= s_start:
            return None
        k = max(rfind_any(text, "，,；;：:。", s_start, cut) + 1, s_start)
        opener = next((w for w in _INCLUDING_ITEMS if text.startswith(w, k)), None)
        if opener is not None:
            return (k + len(opener), cut) if "、" in text[k:cut] else None
        if not any(ch.isdigit() for ch in text[k:cut]):
            return None  # (only a figure's clause may stand between the list and the figure)
        cut = k - 1
    return None


_INCLUDING_ITEMS = tuple(cues("metrics.including_items_openers"))


def _place_group_figure(text: str, s_start: int, i: int) -> bool:
    """宁波市北仑区、鄞州区等5个区县实现地区生产总值3000亿元 / 全省26个农业主产县实现生产总值…: a
    counted group of places opening the figure's own clause owns the figure — the group's total,
    neither its first member's nor the city's or province's around it (83个县中, 之一: a whole
    picked from, left alone). Looks at the figure's clause only (bounded)."""
    cut = rfind_any(text, "，,；;：:。", s_start, i)
    if cut > s_start and _BARE_CHANGE.fullmatch(text, cut + 1, i):
        i = cut  # …实现地区生产总值3000亿元，同比增长6%: the change of the clause before, the same owner
        cut = rfind_any(text, "，,；;：:。", s_start, i)
        last = _LAST_NUMBER.search(text, cut + 1, i)
        if last is not None:
            i = last.start()  # (the figure the change is of: the clause's last number)
    lo = max(cut + 1, s_start, i - 40)
    m = None
    for m in _PLACE_GROUP.finditer(text, lo, i):
        pass
    gap = text[m.end():i] if m is not None else ""
    if len(gap) < 2 or any(ch.isdigit() or ch in _GROUP_GAP_STOPS for ch in gap):
        return False
    # the group owns the figure as its subject only: its verb (实现, 完成, 达到) or the measure
    # (832个国家级贫困县网络零售总额…, 400个样本县(市)地区生产总值之和为…) right after it, not
    # words of another verb (…等7个乡镇开展宣讲教育200场, 6个文艺小分队走遍全县乡村演出300场)
    if _GROUP_VERB.match(gap) is not None:
        return True
    gap = gap.rstrip(cue_chars("metrics.group_measure_links"))
    change = _TRAILING_CHANGE.search(gap)  # 12个重点县地区生产总值增长5%: the measure's change
    return (gap[:change.start()] if change else gap).endswith(cues("metrics.group_measure_ends"))


def _group_total(text: str, s_start: int, i: int) -> bool:
    """A开发区、B开发区等10家开发区实现营业收入合计1.2万亿元: a figure after a group counted with 等N
    (its own clause or the next) and a word of summing (合计, 共) is the group's total — the last
    such count in the sentence, at most one comma between it and the figure."""
    m = None
    for m in _EXAMPLES_COUNTED.finditer(text, s_start, i):
        pass
    if m is None:
        return False
    between = text[m.end():i]
    return sum(between.count(c) for c in "，,") <= 1 and not any(c in between for c in "；;：:") \
        and any(w in between for w in cues("metrics.group_total_words"))


def _delegation_place(view: _ArticleView, s_start: int, q_start: int) -> str | None:
    """首届进博会四川交易团共有3200余家采购商: a place named with a delegation noun (交易团, 代表团)
    before the figure in its sentence is whose figure it is — the delegation reports its own buyers
    and deals, the expo named before it is only where (never the expo's figure)."""
    text = view.text
    places = [(aend, key) for _a, aend, key, etype, _lvl in view.mentions_in(s_start, q_start) if etype == "Place"]
    if not places:
        return None
    aend, key = places[-1]  # the last place before the figure: another one after the delegation owns it
    if not text.startswith(cues("metrics.delegation_nouns"), aend):
        return None  # (陕西代表团与江苏省签署协议，江苏省将投资50亿元: 江苏's)
    if rfind_any(text, "，,；;：:", aend, q_start) >= 0:
        return None  # in the figure's own clause only
    return key


# 国家统计局江西调查总队, 国家统计局赣州调查队: a survey team of the statistics bureau, its place's
# name between the organ and the ending (group 1: the place, group 2: a province's team)
_SURVEY_TEAM = re.compile(f"(?:{cue_alt('metrics.survey_team_organs')})([{HAN}]{{2,8}}?)"
                          f"(?:({cue_alt('metrics.survey_team_province_ends')})"
                          f"|{cue_alt('metrics.survey_team_local_ends')})")
# a source's own words before it (据…消息, 记者从…获悉): the team reports, its figures are its place's
_SOURCE_BEFORE = tuple(cues("metrics.survey_source_marks"))


def _survey_source(text: str, s_start: int, a: int) -> re.Match | None:
    """The survey team whose name opens at a, when it is a source of the figures after it: it
    reports (发布, 数据显示, 获悉 right after it), heads a headline (国家统计局湖南调查总队：…) or
    follows 据/从 (据国家统计局九江调查队消息). A team counting its own staff (共有干部300人) is none."""
    m = _SURVEY_TEAM.match(text, a)
    if m is None:
        return None
    if _REPORTS.match(text, m.end()) or text.startswith(("：", ":"), m.end()) \
            or text[s_start:a].endswith(_SOURCE_BEFORE):
        return m
    return None


def _names_survey_organ(view: _ArticleView) -> bool:
    """Does the article's text hold a survey team's organ (metrics.survey_team_organs, 国家统计局)?
    `_SURVEY_TEAM` opens with one, so where none is written no figure has a team as its source:
    the answer is kept on the view (one look per article, not a match per mention per figure)."""
    if view.survey_organ is None:
        view.survey_organ = any(w in view.text for w in cues("metrics.survey_team_organs"))
    return view.survey_organ


def _survey_team_place(view: _ArticleView, s_start: int, i: int) -> str | None:
    """国家统计局江西调查总队发布，10月份全省居民消费价格同比上涨0.3%: a survey team named as the source
    of the figures publishes those of the place it serves (a 总队 its province's, a 调查队 its city's
    or county's), not the dateline's city (本报南昌电) nor no place at all. The sentence's other
    places come first (`_subject`); the sentence before is read too (the team named in the lead,
    全省… in the next), one sentence only."""
    text = view.text
    if not _names_survey_organ(view):
        return None  # (no survey team's organ in the article: no mention can open a team's name)
    spans = [(s_start, i)]
    if s_start > 0 and not any(t == "Agency" for _a, _b, _k, t, _l in view.mentions_in(s_start, i)):
        # (国家统计局公布，10月份…: a sentence naming an agency of its own has its own source)
        spans.append((view.sentence(s_start - 1)[0], s_start))
    for lo, hi in spans:
        ments = view.mentions_in(lo, hi)
        for k, (a, _b, _key, etype, _l) in enumerate(ments):
            m = _survey_source(text, lo, a) if etype in ("Agency", "Place") else None
            if m is None or m.end() > hi:
                continue
            if lo < s_start and any(t == "Place" and x >= m.end() for x, _y, _z, t, _v in ments[k + 1:]):
                break  # …调查总队副总队长介绍，博孜村是乌什县最穷村。人均年收入…: that place's
            levels = ("province",) if m.group(2) else ("city", "county")
            stem = m.group(1)
            cands = [d for d in table().short_candidates(stem) + table().candidates(stem) if d.level in levels]
            cities = [d for d in cands if d.level == "city"]
            pick = cities if len(cities) == 1 else cands  # (朝阳调查队: the city's team, not 朝阳县's)
            if len({d.code for d in pick}) == 1:
                if _lower_scope_after(view, m.end(), i, pick[0].name):
                    return None  # 云南调查总队核定数据显示：上半年全州肉类总产量…: the prefecture's
                place = ensure_place(view.doc, pick[0].code)
                view.doc.entities[place].rules.add("metrics.survey-team")
                return place
    return None


def _lower_scope_after(view: _ArticleView, a: int, i: int, served: str) -> bool:
    """据国家统计局云南调查总队核定数据显示：上半年全州肉类总产量20.37万吨: a local scope word between
    the team and the figure naming another level than the place the team serves (全州, 全县 after a
    province's 总队) says whose figures the team reports — that scope's, not the team's province."""
    return any(_SCOPES[m.group(0)] == "local" and not served.endswith(m.group(0)[-1])
               and not _yardstick(view.text, a, m.start())
               for m in view.scope_words(a, i))


_LIST_ITEM_MARK = "、"
_OUT_OF_LIST = frozenset("，,；;：:。！？")


def _first_of_examples(text: str, aend: int, number_start: int) -> bool:
    """Does the body ending at `aend` open a list of examples closed by 等 and the count of them all
    (县财政局妇工委、澧源镇妇联等17个巾帼建功先进集体; 萃英学校、芙蓉学校等10个)?  Then it is one of
    those counted, as the last item before 等 is, not what the count is about."""
    m = _EXAMPLES_COUNTED.search(text, aend, number_start + 1)
    if m is None:
        return False
    between = text[aend:m.start()]
    return _LIST_ITEM_MARK in between and not any(c in _OUT_OF_LIST for c in between)


def _own_item_of_counted_run(text: str, aend: int, q) -> bool:
    """Does the body ending at `aend` name its own item of the kind counted (…公司项目) in a 、-run that
    closes straight on the count of that kind, 等 or none (河北力维素科技有限公司项目落地建设、河北兴宇科技、
    河北龙马胶辊3个项目成功签约)?  Then it is one firm of the items listed, not what the count is about."""
    noun = (q.counted or "")[:2]
    between = text[aend:q.number_start]
    return len(noun) == 2 and text.startswith(noun, aend) and _LIST_ITEM_MARK in between \
        and not any(c in _OUT_OF_LIST for c in between)


def _opens_counted_body_list(view: _ArticleView, aend: int, q) -> bool:
    """Does the body ending at `aend` open a 、-list of bodies whose last item runs straight into the count
    of them all, no 等 between (凉州区祁连路小学、凉州区第一幼儿园、…华藏寺村幼儿园6所学校建设项目开复工)?  Then it is
    one of those counted, as with 等 (`_first_of_examples`), not what the count is about — of that figure
    or of a later one in the sentence.  Only the one character after the list's last 、 is looked up."""
    text = view.text
    between = text[aend:q.number_start]
    cut = next((i for i, c in enumerate(between) if c in _OUT_OF_LIST), len(between))
    between = between[:cut]  # (…3所学校建设项目开复工，…: the list of the sentence's first clause, counted there)
    if between.startswith(_ETC) and between[len(_ETC):len(_ETC) + 1] in _NUM_SET:
        return True  # 凉州区祁连路小学等5所学校建设项目竣工,…3所…: counted with 等 in its own clause
    if _LIST_ITEM_MARK not in between:
        return False
    k = aend + between.rfind(_LIST_ITEM_MARK) + 1
    return any(t in ("Agency", "Organization") and (e == q.number_start or text[e:e + 1] in _NUM_SET)
               for _a, e, _k, t, _l in view.mentions_in(k, k + 1))


_BODY_JOINERS = "和与及、"


def _coordinated_end(view: _ArticleView, aend: int, limit: int) -> int:
    """Where a run of bodies joined to the one ending at `aend` ends (青岛海关和济南海关|联合举行新闻发布会):
    what follows the run, not the first body alone, says whether the bodies report or act."""
    text = view.text
    while aend < limit and text[aend:aend + 1] in _BODY_JOINERS:
        ends = [e for a, e, _k, t, _l in view.mentions_in(aend + 1, aend + 2) if t in ("Agency", "Organization")]
        if not ends:
            break
        aend = max(ends)
    return aend


_HANDED_DOWN_TO = re.compile(f"(?:{cue_alt('metrics.handed_down_verbs')})"
                             f"(?:{'|'.join(re.escape(w) for w in sorted(_SCOPES, key=len, reverse=True) if _SCOPES[w] == 'local')})")


# 中央第三生态环境保护督察组转办的…, 督察组累计向我市转办…, 督察组向我省交办的…: a body handing cases down to
# the place that handles them (shengtai86) — the verb and 的 right after it, or after 向 and a local scope word
# (市生态环境局向市纪委转办线索12条 stays the bureau's)
_LOCAL_SCOPES = "|".join(re.escape(w) for w in sorted(_SCOPES, key=len, reverse=True) if _SCOPES[w] == "local")
_HANDS_CASES_DOWN = re.compile(rf"(?:[{HAN}]{{0,4}}?向(?:{_LOCAL_SCOPES})(?:{cue_alt('metrics.supervising_verbs')})"
                               rf"|(?:{cue_alt('metrics.supervising_verbs')})的)")


def _handed_down_to_scope(text: str, aend: int) -> bool:
    """省财政下达我市2023年第二批…补助资金15763万元, 市财政局拨付我县…: right after the agency, a verb of
    handing money down and a local scope word (我市, 我县): the agency gave the money, the figure is
    the receiving place's (said by the scope word), not the giver's."""
    return _HANDED_DOWN_TO.match(text, aend) is not None


_BREAKDOWN_MARKS = tuple(cues("metrics.breakdown_marks"))


# a company after 其中 is one investor of the batch (其中光大控股公司…融资1.2亿元); no medium (其中人民网网民留言77件: the channel)
_BREAKDOWN_FIRM_ENDS = tuple(cues("metrics.breakdown_firm_ends"))


def _breakdown_lead(lead: str) -> bool:
    """全市法院受理案件25.4万件…。其中市中院受理2.8万件: a body right after 其中 opening the sentence
    (or its clause) is the part of the whole that the figure counts, as after 其中，; a company so
    placed is one of the investors of a batch signed (签约项目8个…。其中四川天宏新材料有限公司计划投资
    12亿元: the company's, was the county's)."""
    return lead in _BREAKDOWN_MARKS or (lead.endswith(_BREAKDOWN_MARKS) and lead[:-2][-1:] in "，,；;")


_SEAT_WORDS = tuple(cues("metrics.seat_words"))  # 驻地: a government named for where it sits (central68)
_COMMITTEE = "委"  # 县委, 州委: a party committee's name ends so
_LEADERSHIP_PAIRS = tuple(cues("metrics.leadership_pairs"))  # 州委|州政府: the pair leading the place (gansu74)


def _opening_agency(view: _ArticleView, s_start: int, q: Quantity, admin: bool) -> str | None:
    """The agency or organisation opening the text from `s_start` (a sentence, or the figure's own
    clause), before the figure, that is what the figure is about: 市财政设立300万元专项经费; 针对…,魏县
    人力资源和社会保障局…帮助6家重点企业 — not a source, a speaker, a dateline's agency, one of the
    bodies counted or a trade partner."""
    text = view.text
    for astart, aend, key, etype, _lvl in view.mentions_in(s_start, q.start):
        lead = text[s_start:astart].rstrip(" “\"‘")
        opens = not lead or lead[-1] in "，,：" or _time_lead(text, s_start, astart) \
            or ((etype == "Agency" or etype == "Organization" and text.endswith(_BREAKDOWN_FIRM_ENDS, astart, aend))
                and _breakdown_lead(lead)) \
            or (etype == "Organization" and _praised_giver(text, lead, aend)) \
            or (etype == "Organization" and _built_lead(lead)) \
            or (etype == "Organization" and _invested_by(text, lead, aend))  # (其中人民网网民留言77件: a medium is the channel)
        if _WIRE_AFTER.match(text, aend) or text.startswith(_NEWS_FLASH, aend):
            break  # 新华社北京3月5日电, 十房网讯: the source of a dateline, never what the figures are about
        if _in_byline(text, astart):
            continue  # 信息来源：某县发展和改革局 of a page head run into the text: who posted it
        if etype == "Agency" and text.startswith(_SEAT_WORDS, aend):
            break  # 镇政府驻地洽村，下辖19个行政村: the government named for its seat; the figures are the place's
        if etype == "Agency" and text[aend - 1:aend] == _COMMITTEE and text.startswith(_LEADERSHIP_PAIRS, aend) \
                and q.unit not in _MONEY_UNITS:
            break  # 县委县政府大力实施…,特色种植面积达到16.86万亩: the pair stands for the county it leads (a sum
            # it gives stays the givers': 北京市委市政府捐赠300万元)
        if text[aend:q.number_start].strip("”\"’") == _ETC:
            break  # “陇西县志平盲人康复中心”等26家社会组织: one of the bodies counted, not what counts them
        if _first_of_examples(text, aend, q.number_start):
            break  # 县人民法院、县公安局刑侦大队等18个…先进集体: the first of the bodies counted
        if _own_item_of_counted_run(text, aend, q):
            break  # 河北力维素科技有限公司项目落地建设、…河北龙马胶辊3个项目: one project's firm, not the counter
        if _opens_counted_body_list(view, aend, q):
            break  # 凉州区祁连路小学、…、华藏寺村幼儿园6所学校建设项目开复工: the first of the bodies counted
        if _partner_again(text, astart, aend, q.start):
            break  # 东盟依然是云南省最大的贸易伙伴,前5个月对东盟贸易额23.5亿美元: the partner, not the trader
        if _collective_clause(text, aend, q.number_start):
            break  # 最高人民法院结案31900余件，各级法院审结执结3600余万件: every court's, not the agency's
        if etype == "Agency" and _SIGNS_WITH.match(text, aend, q.start):
            break  # 吴川市政府与…公司签约,计划投资金额共17.5亿元: the firms' investment in the place
        if etype in ("Agency", "Organization"):
            aend = _coordinated_end(view, aend, q.start)
        if _handed_down_to_scope(text, aend):
            break  # 省财政下达我市…补助资金15763万元: the giver; the money is the place's that got it
        if etype == "Agency" and _HANDS_CASES_DOWN.match(text, aend):
            break  # 中央第三生态环境保护督察组转办的…109件: the team handed the cases down; the figures are the place's
        if etype in ("Agency", "Organization") and opens and not admin \
                and not _GENERIC_AGENCY.match(view.doc.entities[key].name) \
                and _survey_source(text, s_start, astart) is None \
                and not _SPEAKER.match(text, aend) and not _reports_after(text, aend) \
                and not _HOSTS_BRIEFING.match(text, aend) \
                and not _OVERSEES.match(text, aend) \
                and not _named_speaker(view, aend, q.start) \
                and not _speaker_label(view, aend, q.start) \
                and not _chair_of_meeting(view, aend, q.start) \
                and not _SPOKEN_BY.match(text, aend) and not _FORECAST_BY.match(text, aend) \
                and not _forecast_beyond(text, aend, q.start) \
                and not _DECIDED_BY.match(text, aend) \
                and text[aend:aend + 1] not in _ATTRIBUTION_COLONS \
                and not (_ISSUES_DOCUMENT.match(text, aend)
                         and re.search(cue_alt("metrics.target_cues"), text[aend:q.start])):
            return key
        break
    return None


# 县政府与陕西宏达新材料有限公司签订投资协议，项目总投资10亿元 (signing72): a government signing with others, in its clause
_SIGNS_WITH = re.compile(f"(?:{cue_alt('metrics.sign_partner_marks', False)})[^，,。；;：:]{{1,120}}?"
                         f"(?:{cue_alt('metrics.sign_verbs', False)})")
# (an agency so placed is a party to the deal: the project's figures are the firms' in its place, not its own;
# a list of firms with their short forms in brackets, (以下简称“金桥公司”), runs long)


_INVESTED_BY = tuple(cues("metrics.invested_by_marks"))  # 由
_FIRM_INVESTS = re.compile(f"(?:{cue_alt('metrics.firm_invest_verbs', False)})[约近超]?[0-9０-９]")


def _invested_by(text: str, lead: str, aend: int) -> bool:
    """最大的一个工业项目由研祥集团投资30亿元 (signing72): a company after 由 and right before its verb of
    investing and the amount is who puts the money in — the figure is the company's (was the city's,
    with the indicator 最大的一个工业项目由研祥集团投资)."""
    return lead.endswith(_INVESTED_BY) and _FIRM_INVESTS.match(text, aend) is not None


def _built_lead(lead: str) -> bool:
    """新建天津路第一小学新增学位2000个, 改扩建均州中学增加学位600个: a building verb alone before the
    school that opens the clause says what is done to it; the figure after is still the school's."""
    head = lead[:-len(v)] if (v := next((w for w in _BUILT_LEADS if lead.endswith(w)), "")) else None
    return head is not None and (not head or head[-1] in "，,；;：:")


_BUILT_LEADS = tuple(sorted(cues("metrics.built_leads"), key=len, reverse=True))  # 新建, 改扩建


_CHAIR_VERB = re.compile(f"(?:{cue_alt('metrics.chair_verbs')})")
_CHAIR_TITLE_REACH = 20  # the posts between the agency and the chair's name (县委副书记、县长) are at most this long


def _chair_of_meeting(view: _ArticleView, aend: int, figure: int) -> bool:
    """Does the agency ending at `aend` only open the first of the posts of the official who chairs
    the meeting (县委副书记、县长蒋崇华主持召开县政府常务会议，…研究决策38个政府性投资项目)?  The posts, two or
    more over 、, run up to a person's name with no clause mark, then a verb of chairing
    (metrics.chair_verbs) follows the name: the agency is one of the chair's posts, not what the
    meeting's figures are about.  One post alone (自治区政协秘书长某某主持会议，…等二十多位政协常委参加)
    leaves the agency the figures' own."""
    text = view.text
    name = next(((a, b) for a, b, _k, t, _l in view.mentions_in(aend, figure) if t == "Person"), None)
    if name is None or name[0] - aend > _CHAIR_TITLE_REACH or _LIST_MARK not in text[aend:name[0]] \
            or any(ch in _CLAUSE_MARKS_OF_SUBJECT + "。：:" for ch in text[aend:name[0]]):
        return False
    return _CHAIR_VERB.match(text, name[1]) is not None


def _named_speaker(view: _ArticleView, aend: int, figure: int) -> bool:
    """Does an official's title follow the agency ending at `aend`, and a person's name the title,
    before the figure (交通运输部新闻发言人、政策法规司司长梁晓安…表示, 商务部电子商务司副司长蔡裕东…说)? The
    official speaks the figures (a verb of speech after the name); with no name (财政部新闻发言人增至2人) the
    title is what is counted, and with no speech (…副主任A、B及组成人员共23人出席) the body's own people are."""
    m = _NAMED_SPEAKER.match(view.text, aend)
    if m is None:
        return False
    ends = [b for _a, b, _k, t, _l in view.mentions_in(m.end(), figure) if t == "Person"]
    # (县人大常委会副主任朱永昌、尹永政及…组成人员共23人出席: a count of the body's own people, no speech)
    return bool(ends) and _SPEAKER_VERB.search(view.text, min(ends), figure) is not None


_SPEAKER_LABEL_REACH = 24  # how far after an agency the name of a transcript's speaker may end (bounded slice)
_SPEAKER_LABEL_STOPS = "，,。；;！？!?\n"


def _speaker_label(view: _ArticleView, aend: int, figure: int) -> bool:
    """青海省发展和改革委党组成员 副主任 吴密森：投资…1.4万吨… (shengfabu101): a transcript's speaker label, the
    agency, the posts, a person's name and a colon, before the figure: the official speaks the figures
    (of the place or sector he reports on), they are not the agency's own."""
    hi = min(figure, aend + _SPEAKER_LABEL_REACH)
    for _a, b, _k, t, _l in view.mentions_in(aend, hi):
        if t == "Person" and b < figure:
            if any(c in _SPEAKER_LABEL_STOPS for c in view.text[aend:b]):
                return False
            k = b
            while k < figure and view.text[k] in " \u3000":
                k += 1
            return view.text[k:k + 1] in _ATTRIBUTION_COLONS
    return False


_CLAUSE_MARKS_OF_SUBJECT = "，,；;"


_SHARED_COUNT_RULES = ("count-noun", "clause-before", "quoted-before", "unit")  # (unit: a share read so before)
_SHARE_REACH = 400  # characters from a count to the places' shares of it listed after (one or two paragraphs)


def _place_share_of_count(view: _ArticleView, q: Quantity, seen) -> str | None:
    """本次巴中集中开工重点项目共64个…。从区域看：巴州区10个，…；恩阳区12个: a count written right after a place
    that opens its clause, with no noun of its own, is that place's share of the things the last
    count in the same unit counted (its noun, 重点项目), when that count is near before (sichuan62)."""
    if seen is None or seen[1] is None or seen[1][3] not in _SHARED_COUNT_RULES or seen[1][0] == q.unit \
            or not 0 < q.start - seen[0].end <= _SHARE_REACH:
        return None
    text = view.text
    s_start = view.sentence(q.start)[0]
    clause = max(_clause_start(text, s_start, q.start), rfind_any(text, "：:", s_start, q.start) + 1)
    return seen[1][0] if any(t == "Place" and a == clause
                             and (b == q.start or text[b:q.start] in _PLACE_SHARE_VERBS)
                             for a, b, _k, t, _l in view.mentions_in(clause, q.start)) else None


# 全省共评出30个优秀试点项目，我市占5个 (biaozhun106): the verb of a place's share between the place and its count
_PLACE_SHARE_VERBS = frozenset(cues("metrics.place_share_verbs"))


_BUDGET_TIERS = tuple(sorted(set(cues("metrics.own_level_tiers")) | set(cues("metrics.budget_part_tiers")),
                             key=lambda w: (-len(w), w)))
_TIER_REACH = 200  # characters from the whole's figure (or the part before) to a tier's part of it


def _tier_part_of_level(view: _ArticleView, q: Quantity, indicator: str, seen) -> str | None:
    """全市累计完成一般公共预算支出227.53亿元，增加19.54亿元，增长9.39%。其中：市本级完成44.11亿元，…；市辖区完成
    49.5亿元 (caizheng97): a clause naming nothing but a government tier (市本级, 市辖区, 省直管县:
    `metrics.own_level_tiers`, `metrics.budget_part_tiers`) before an amount is that tier's part of the
    amount measured last before it in the same unit and paragraph — 市本级一般公共预算支出, not a bare
    市本级 (the whole's change words and an earlier tier's word dropped).  None for a percentage, or with no
    such figure near (a few sentences)."""
    if seen is None or seen[1] is None or q.unit in _PERCENT_UNITS:
        return None
    placed = indicator not in _BUDGET_TIERS and _place_opens_part(view, q, indicator)
    if indicator not in _BUDGET_TIERS and not placed:
        return None
    before = seen[0]
    if not 0 < q.start - before.end <= _TIER_REACH or before.start < view.paragraph(q.start)[0]:
        return None
    level = _level_of(seen[1][0])
    tier = next((t for t in _BUDGET_TIERS if level.startswith(t)), "")
    level = level[len(tier):]
    if len(level) < 2 or level in _BUDGET_TIERS:
        return None
    return level if placed else indicator + level


_GROUP_HEADS = tuple(cues("metrics.enterprise_group_heads"))
_GROUP_MAX = 10  # characters of a group's name (市州及以下国有企业): a longer run is a clause, no group


def _group_prefix(indicator: str) -> str:
    """The group of enterprises opening an indicator (国有企业营业总收入 → 国有企业; 中央企业 → 中央企业),
    its name closed by the first head (`metrics.enterprise_group_heads`, tried in the table's order) within
    `_GROUP_MAX`; "" when none opens it."""
    for h in _GROUP_HEADS:  # (in the table's order: 企业 first, so 中央企业 is not closed by its 央企)
        k = indicator.find(h, 0, _GROUP_MAX)
        if k >= 0:
            return indicator[:k + len(h)]
    return ""


def _group_part_of_level(view: _ArticleView, q: Quantity, indicator: str, seen) -> str | None:
    """国有企业营业总收入539981.9亿元，同比增长23.0%。其中中央企业303080.1亿元，…；地方国有企业236901.8亿元
    (guozi102, a state-assets bulletin; also `(1)中央企业250442.2亿元` under a heading): a clause naming nothing
    but a group of enterprises (its name ending in `metrics.enterprise_group_heads`) before a figure is
    that group's part of the measure read last in the same unit and paragraph, when that measure opens
    with another group of the same head: the part takes its place → 中央企业营业总收入, not a bare 中央企业
    (国有企业资产负债率64.2%，…，中央企业66.8%: 中央企业资产负债率).  None when the whole names no group, or
    with no such figure near (`_TIER_REACH`)."""
    if seen is None or seen[1] is None or not indicator.endswith(_GROUP_HEADS) or len(indicator) > _GROUP_MAX:
        return None
    before = seen[0]
    if not 0 < q.start - before.end <= _TIER_REACH or before.start < view.paragraph(q.start)[0]:
        return None
    whole = seen[1][0] if q.unit in _PERCENT_UNITS else _level_of(seen[1][0])
    group = _group_prefix(whole)
    if not group or group == indicator or _group_prefix(indicator) != indicator:
        return None
    head = next(h for h in _GROUP_HEADS if group.endswith(h))
    rest = whole[len(group):]
    if len(rest) < 2 or not indicator.endswith(head) or _GROWTH.match(rest):
        return None
    return indicator + rest


_RESULT_VERBS = tuple(cues("metrics.result_verbs"))  # 实现, 完成


def _carried_group_owner(text: str, clause: int, q: Quantity, indicator: str, previous: str) -> str:
    """2022年，中央企业实现营业收入39.6万亿元，同比增长9.1%；实现利润总额2.6万亿元 (guozi102, a state-assets
    report): a clause of the same sentence naming nothing but a verb of achieving and a measure
    (实现利润总额) is the achievement of the group of enterprises the figure before it named
    (`_group_prefix`: 中央企业) — 中央企业利润总额, not a bare 利润总额; a clause naming a subject of its own
    (全市规上工业企业实现…, 全省实现…) and any other indicator are returned as they are."""
    words = text[clause:q.start].strip(" ，,；;")
    verb = next((v for v in _RESULT_VERBS if words == v + indicator), None)
    if verb is None or _group_prefix(indicator):
        return indicator
    level = _level_of(previous) or previous
    group = _group_prefix(level)
    if not group or len(level) - len(group) < 2 or _GROWTH.match(indicator):
        return indicator
    return group + indicator


def _place_opens_part(view: _ArticleView, q: Quantity, indicator: str) -> bool:
    """其中：武陵区完成10亿元, 。其中武陵区完成10亿元: the indicator read is nothing but the name of a place
    opening the figure's clause (after 其中, a colon or a semicolon) in a sentence opening with 其中 or a
    clause after a colon or semicolon (its part of the whole before; the place is the subject)."""
    text = view.text
    s_start = view.sentence(q.start)[0]
    clause = max(_clause_start(text, s_start, q.start), rfind_any(text, "：:", s_start, q.start) + 1)
    marks = cues("metrics.breakdown_marks")
    if not text.startswith(marks, s_start) and text[clause - 1:clause] not in "：:；;":
        return False
    mark = next((w for w in marks if text.startswith(w, clause)), "")  # (。其中武陵区完成10亿元: after the mark)
    return any(t == "Place" and a == clause + len(mark) and text[a:b] == indicator
               for a, b, _k, t, _l in view.mentions_in(clause, q.start))


def _clause_group_of_places(text: str, mentions, s_start: int, q: Quantity) -> int | None:
    """加快道孚…抽蓄电站建设，抓好新龙、理塘、色达等5个总装机600万千瓦的抽蓄项目: where the figure's own
    clause lists places closed by 等 and a count, the figure is that group's (the article place's
    projects there), no place of an earlier clause's: the clause's start, else None (sichuan62)."""
    clause = _clause_start(text, s_start, q.start)
    m = _EXAMPLES_COUNTED.search(text, clause, q.number_start + 1)
    if m is None or clause <= s_start:
        return None
    listed = sum(1 for a, b, _k, t, _l in mentions if t == "Place" and clause <= a and b <= m.start())
    return clause if listed >= 2 else None


def _clause_start(text: str, s_start: int, at: int) -> int:
    """Where the clause holding `at` opens: after the last clause mark between the sentence's start
    and `at` (the sentence's start when there is none).  The marks' positions are bisected (`rfind_any`
    finds them once per text): `_indicator`, `_subject` and `_period` ask this of every figure, and four
    `str.rfind` back over the sentence through a generator cost more."""
    return max(s_start, rfind_any(text, _CLAUSE_MARKS_OF_SUBJECT, s_start, at) + 1)


# 亡 → 死亡, 伤 → 受伤: the one-character casualty words of a headline's count (146人亡, 3人亡2人伤)
_CASUALTY_SHORT = dict(zip(cues("metrics.casualty_short_words"), cues("metrics.casualty_full_words")))


def _firm_address(text: str, mentions, aend: int) -> bool:
    """重庆市|黔江区金舟再生资源有限公司发生一起…事故，造成1人死亡: a place written right before a company
    (a name with a company's legal form) whose own name opens with a place (the county the firm is
    registered in) is the firm's address, as the county inside the name is: the sentence's figures are
    the company's or its county's, not the province's.  A village's hall or centre is no company
    (昭觉县|解放沟镇火普村党群服务中心: the town stays the place)."""
    firms = [a for a, b, _k, t, _l in mentions
             if t == "Organization" and a == aend and text.endswith(_FIRM_FORMS, a, b)]
    return bool(firms) and any(a == aend and t == "Place" for a, _b, _k, t, _l in mentions)


_FIRM_FORMS = tuple(cues("metrics.firm_address_forms"))  # 有限公司, 公司, 集团: a company's legal form


def _fined_party(view: _ArticleView, s_start: int, q: Quantity, indicator: str) -> str | None:
    """建议由秀山县应急管理局对重庆某建筑工程有限公司处以80万元罚款, …依法对某公司处以罚款80万元: a fine (罚款,
    罚金) is the party's it is laid on, the company or person written right after 对 in the figure's
    clause, not the place or the agency that fines; None when no such party is written there, or when
    more are (对A公司和B公司分别处以罚款10万元和5万元: each figure one party's, left to the rules of lists)."""
    if not indicator.endswith(_SANCTION_NOUNS):
        return None
    text = view.text
    lo = max(s_start, rfind_any(text, "，,；;", s_start, q.start) + 1)
    parties = [(a, key) for a, _b, key, etype, _l in view.mentions_in(lo, q.start)
               if etype in ("Organization", "Person")]
    if len({key for _a, key in parties}) != 1 or not text.endswith(_FINE_MARKS, lo, parties[0][0]):
        return None
    return parties[0][1]


_SANCTION_NOUNS = tuple(cues("metrics.sanction_nouns"))  # 罚款, 罚金
_ADDRESSED_PARTY = tuple(cues("metrics.addressed_party_words"))  # 你单位, 你公司, 你(单位)
_PARTY_FIELDS = tuple(cues("metrics.party_field_labels"))  # 当事人名称
_ADDRESSED_REACH = 80  # characters before a fine searched for the party addressed (its clause and the line above)
_HEAD_REACH = 400  # characters of an article's head searched for the party a decision is addressed to


def _addressed_party(view: _ArticleView, s_start: int, q: Quantity, indicator: str) -> str | None:
    """我局决定对你(单位)处以如下行政处罚：1.行政罚款人民币伍万元整 (a penalty decision): a fine laid on the
    second-person party (你单位, 你公司 within a short reach before it) is the party's the decision is
    addressed to — the company or person named at its head, after 当事人名称： or as the salutation line
    (铜仁废利保再生资源有限公司：); None when the head names none, or more than one."""
    if not indicator.endswith(_SANCTION_NOUNS):
        return None
    text = view.text
    lo = max(0, q.start - _ADDRESSED_REACH)
    if not any(text.find(w, lo, q.start) >= 0 for w in _ADDRESSED_PARTY):
        return None
    if view.addressee is _UNJUDGED:
        found = set()
        for a, b, key, etype, _l in view.mentions_in(0, min(len(text), _HEAD_REACH)):
            if etype not in ("Organization", "Person"):
                continue
            label = text[max(0, a - 10):a].rstrip(" \u3000")
            field = label[-1:] in (":", "：") and label[:-1].rstrip(" \u3000").endswith(_PARTY_FIELDS)
            line_opens = a == 0 or text[a - 1] == "\n"
            salutation = line_opens and text[b:b + 1] in (":", "：") and text[b + 1:b + 2] in ("\n", "")
            if field or salutation:
                found.add(key)
        view.addressee = next(iter(found)) if len(found) == 1 else None
    return view.addressee
_FINE_MARKS = tuple(cues("metrics.fined_party_marks"))  # 对: before the party fined


_SEQUEL_LEADS = tuple(cues("metrics.same_period_sequels"))  # 同期, 同一时期


# 其中世界500强企业300家 (shangwu86): the size of a ranking (numbers.ranking_marks: 500强) inside the words before a
# figure is part of their noun, no other figure the noun follows (was 企业)
_RANKING_NAME = re.compile(f"(?<![0-9])[0-9]{{2,4}}(?:{cue_alt('numbers.ranking_marks')})")


def _same_period_sequel(view: _ArticleView, p_start: int, s_start: int, s_end: int) -> bool:
    """…上海实现社会消费品零售总额1.65万亿元…;同期实现商品类网络购物交易额7081亿元 (shangwu86): a sentence
    opening with 同期 (the same time) after a place named earlier in the paragraph goes on with the
    figures of that place — not the campaign that opened the paragraph (“2022上海网上年货节”10日启动,…);
    with no place named since the campaign, the campaign's figures go on (its sales, then 同期…)."""
    text = view.text
    i = s_start
    while i < s_end and text[i] in " \u3000，,；;":
        i += 1
    return text.startswith(_SEQUEL_LEADS, i) and view.place_in(p_start, s_start)


def _direction_place(text: str, s_start: int, a: int, e: int) -> bool:
    """沪昆高速公路衢州段往杭州方向441公里+600米附近 (an accident report): a place between 往/向/朝 and 方向
    names the way a carriageway runs, no place a figure of the sentence is about."""
    return a > s_start and text[a - 1] in cues("metrics.direction_before") \
        and text.startswith(cues("metrics.direction_after"), e)


def _subject(view: _ArticleView, q: Quantity, indicator: str, ind_rule: str) -> tuple[str | None, str]:
    text = view.text
    s_start, s_end = view.sentence(q.start)
    p_start, p_end, _kind = view.paragraph(q.start)
    counted = _strip_quotes(q.counted or "") if ind_rule == "count-noun" else ""
    admin = bool(counted and _ADMIN_UNIT.match(counted))
    # 金娃科技创新产业园等85个项目竣工，竣工率76.6%: the projects named before 等 and a count are
    # examples of those counted, none of them what the count (or the figures after it) is about
    examples = _EXAMPLES_COUNTED.search(text, s_start, q.number_start + 1) is not None
    key = _delegation_place(view, s_start, q.start)
    if key:  # 首届进博会四川交易团共有3200余家采购商: the figures of Sichuan's delegation, not the expo's
        return key, "delegation-place"
    key = _share_place(view, q, s_end)
    if key:  # 少数民族人口占比超过三分之一的贵州省: the place the share describes (minzu102)
        return key, "share-place"
    key = _fined_party(view, s_start, q, indicator) or _addressed_party(view, s_start, q, indicator)
    if key:  # 建议由县应急管理局对某建筑工程有限公司处以80万元罚款: the company's fine, not the county's
        return key, "fined-party"
    key = _clause_scope_place(view, s_start, q.start)
    if key:  # …项目位于田林县潞城乡，全乡行政区域面积777平方公里: the township's, not the project's
        return key, "clause-place"
    if not admin and not examples:
        # a programme opening the sentence, then one opening the paragraph
        key = view.opening_entity(s_start, s_end, ("Programme",))
        if key and not _report_as_source(view, key, s_start, s_end) and not _place_clause_before(view, s_start, q.start):
            return key, "sentence-programme"
        if p_start != s_start:
            key = view.opening_entity(p_start, p_end, ("Programme",))
            if key and not _report_as_source(view, key, p_start, p_end) and not _clause_place(view, s_start, q.start) \
                    and not view.opening_entity(s_start, s_end, ("Place",)) and not _same_period_sequel(view, p_start, s_start, s_end) \
                    and not _national_run(view, s_start, p_start, q.start):
                # (开渔节在崖州中心渔港举行。…，海南省1.8万艘休渔渔船将出海: a place opening the figure's own
                # clause in a later sentence is whose the figure is, not the event opening the paragraph; so
                # is one opening that sentence: 《…评估报告》出炉…。湘潭市良好的营商环境,让22万户市场主体…;
                # so is 全国 in it or in the clauses before its semicolons: 农家书屋工程是…。…全国共建成农家书屋58.7万家)
                return key, "paragraph-programme"
        # a project opening the sentence after a connective and its place (其中,固安县X项目计划投资…)
        key = _opening_project(view, s_start, q.start)
        if key:
            return key, "sentence-programme"
        # a quoted programme being counted: 3393个“健康小屋”
        if ind_rule in ("count-noun", "quoted-before"):
            key = view.programmes.get(_norm(indicator))
            if key:
                return key, "counted-programme"
    # 龙口、牟平的采购规模分别为3.26亿元和2.63亿元: the k-th place of the list for the k-th figure
    key = _respective_place(view, s_start, q)
    if key:
        return key, "respectively-place"
    # 依次为：长沙市接待371.54万人次、衡阳市接待340.1万人次: each item of a list its own place's
    key = _listed_place(view, s_start, q)
    if key:
        return key, "listed-place"
    # 龙关富结合自身20余年的水果种植经历: a time spent is the person's own, named in its clause
    key = _clause_person(view, s_start, q) if q.unit in _DURATION_UNITS else None
    if key:
        return key, "clause-person"
    # 本部门人员编制15人 in 某县审计局2020年部门决算: the agency of the title, speaking of itself
    key = _self_agency(view, s_start, q.start)
    if key:
        place = _place_after_self(view, s_start, q.start)
        return (place, "clause-place") if place else (key, "self-agency")
    # 了解到公司近年来…达到85%以上: the organisation last named with that head noun
    key = _anaphor(view, s_start, q.start)
    if key:
        return key, "anaphor"
    if _listed_places_total(view, s_start, q.start):
        return None, "group-total"  # 居前三位的是鼎屏镇、丰禾镇和九龙镇，合计占…47.23%: the three's, no member's
    if _place_group_figure(text, s_start, q.number_start):
        return None, "group-total"  # 北仑区、鄞州区等5个区县实现…: the group's, no member's nor the city's
    # a figure for the whole country: 全国拟建电解铝项目23个, 中央从…中遴选出100人
    scope = _national(view, s_start, q.start)
    if scope:
        return _nation(view, q), "national"
    if scope is None and _national_run(view, s_start, p_start, q.start):
        return _nation(view, q), "national"  # 全国共建成农家书屋58.7万家…；进行数字化建设的农家书屋达到12.5万家
    local = scope is False  # 全省/我市 before the figure: never the national fallback below
    # a place (or 全市/该县) opening the figure's own clause: 局推行…,全市92%的事项… is about the city
    ex = _examples_of_places(view, s_start, q) if examples else None
    key = _clause_place(view, s_start, q.start)
    if key and ex and any(k == key for a, _e, k, t, _l in view.mentions_in(*ex) if t == "Place"):
        key = None  # (其中,武穴市X项目、蕲春县Y基地等3个项目: the first example's place opens the clause)
    joined = next((k for _a, b, k, t, _l in view.mentions_in(max(s_start, q.number_start - _JOINED_REACH), q.number_start)
                   if t == "Place" and _joined_to_count(text, b, q.number_start)), None)
    if key and key == joined:
        return None, "joined-count"  # (新成员印尼和9个伙伴国: the partners are named beside the member, and the
        # group they belong to is no place: neither the member's nor the story's place's)
    if key:
        return key, "clause-place"
    key = _local_scope_place(view, s_start, q.start) if local else None
    if key:
        return key, "local-scope"  # 中组部授予…，其中我省有4人获此殊荣: the province
    # an agency or organisation opening the sentence (or its first clause), before the figure: 市财政
    # 设立300万元专项经费; 针对…,魏县人力资源和社会保障局…帮助6家重点企业 — or, in a sentence of such
    # clauses, the one opening the figure's own clause: 省财政厅下达资金500万元，省交通运输厅下达资金
    # 300万元 (the second figure the second body's; a sentence opening otherwise, 来自省发改委的消息，国家
    # 发展改革委下达…支持云南省…, keeps its place)
    key = _approved_place(view, s_start, q.start)
    if key:  # 省政府…审批同意泰顺县2023年度第四批次建设用地，批准建设用地4.736公顷: the county's land
        return key, "approved-place"
    key = _opening_agency(view, s_start, q, admin)
    if key:
        clause = _clause_start(text, s_start, q.start)
        own = _opening_agency(view, clause, q, admin) if clause > s_start else None
        return (own, "clause-agency") if own else (key, "sentence-agency")
    after = _after_source_lead(text, s_start, q.start)
    key = _opening_agency(view, after, q, admin) if after is not None else None
    if key:  # 记者从中国铁路济南局集团有限公司获悉，春运期间，国铁济南局累计发送旅客…: the body after the source
        return key, "clause-agency"
    # 是克尔伦苏木15个牧业嘎查之一: the count of a whole the clause's subject is one of
    key = _whole_of_one(view, s_start, q)
    if key:
        return key, "whole-place"
    # 我区紧盯长三角、…和“三北地区”等,…实现签约项目9个: the paper's own place, the sentence's subject
    found, key = _first_person_subject(view, s_start, q.start)
    if found:
        return key, "first-person-scope"
    key = _demonstrative_subject(view, s_start, q.start)
    if key:
        return key, "demonstrative-scope"
    # the most specific place named before the figure in the sentence
    best = None
    unit_rank = _COUNTED_LEVEL_RANK.get(counted)  # (4个乡镇: a township or a village holds none)
    mentions = view.mentions_in(s_start, q.start)
    runs = _short_form_runs(mentions)
    # (a company named after its city; a project named after a country: 本次共签约中国兽药谷…等13个项目)
    names = [(a, b) for a, b, _k, t, _l in mentions if t in ("Organization", "Programme")]
    # (南昌高新技术产业开发区、赣州经开区等10家开发区…: the city inside a listed zone's name is one member's)
    names += [(a, b) for a, b, _k, t, _l in mentions if t == "Place" and _listed_member(text, a, b)]
    # (缉毒民警与谷堡派出所、洒坪派出所联动盘查: the township inside a listed station's name is one member's)
    names_listed = names + [(a, b) for a, b, _k, t, _l in mentions
                            if t == "Agency" and "、" in text[a - 1:a] + text[b:b + 1]]
    bodies = [(a, b) for a, b, _k, t, _l in mentions if t == "Agency"]
    routes = {a: k for a, b, k, t, _l in mentions if t == "Place" and _route_place(text, mentions, a, b)}
    place_ends = {b: a for a, b, _k, t, _l in mentions if t == "Place"}
    listed_heads = _listed_level_heads(text, mentions)
    own_group = _clause_group_of_places(text, mentions, s_start, q)
    ex_lo, ex_hi = _examples_of_places(view, s_start, q) or _included_items(view.text, s_start, q) or (-1, -1)
    for astart, aend, key, etype, lvl in mentions:
        if etype == "Place" and "、" not in (text[astart - 1:astart] + text[aend:aend + 1]) \
                and not _aside_listed(text, _chain_end(mentions, aend)) \
                and not ex_lo <= astart < ex_hi \
                and not (own_group is not None and astart < own_group) \
                and astart not in runs and astart not in listed_heads \
                and not (best and _OBJECT_MARK.search(text, best[2], astart)) \
                and not _yardstick(text, s_start, astart) and not _in_source(text, s_start, astart, q.start) \
                and not text.startswith(_RANK_PLACE_AFTER, aend) \
                and not _distance_point(text, s_start, astart) \
                and not _in_basis(text, s_start, astart) \
                and not _spoken_at(text, astart, aend) \
                and not _incident_label_place(text, astart, aend) \
                and not _WIRE_AFTER.match(text, aend) and not text.startswith(_REPORTER_MARKS, aend) \
                and not _partner_place(text, s_start, astart) \
                and not _event_venue(text, s_start, astart, lvl == _REGION_LEVEL) \
                and not _held_at_venue(text, s_start, astart, q.start, place_ends) \
                and not _recipient_place(text, s_start, astart, aend, q.start) \
                and not _funds_giver(text, astart, aend) \
                and not _supported_place(text, s_start, astart, q) \
                and not firm_home(text, aend, key) \
                and not _aid_giver(text, s_start, astart) \
                and not text.endswith(_TRAVEL_VERBS, s_start, astart) \
                and not text.endswith(_ORIGIN_VERBS, s_start, astart) \
                and not (aend - astart == 1 and text.endswith(_SETTING_OUT_SHORT, s_start, astart)) \
                and astart not in routes \
                and not _VISITORS.match(text, aend) \
                and not text.startswith(_NATIVE_GROUPS, _chain_end(mentions, aend)) \
                and not any(a <= astart and aend <= b and b - a > aend - astart for a, b in names_listed) \
                and not _firm_address(text, mentions, aend) \
                and not _region_place(text, s_start, astart) \
                and not _EXAMPLES_COUNTED.match(text, _chain_end(mentions, aend)) \
                and not text.startswith(_EXAMPLE_PLACES_CLOSE, _chain_end(mentions, aend)) \
                and not _opens_quoted_name(text, astart, aend) \
                and not _in_quoted_run(text, astart, aend) \
                and not _uncoded_quoted_name(view, key, astart, aend) \
                and not _idea_country(text, aend, lvl) \
                and not _in_inclusion_aside(text, s_start, astart) \
                and not _included_member(text, s_start, astart, aend) \
                and not _in_exclusion_clause(text, s_start, astart) \
                and not _counted_member(text, s_start, astart) \
                and not _example_work_place(text, s_start, astart, aend) \
                and not _in_counted_list(text, s_start, astart, aend, q.number_start, place_ends) \
                and not _place_owns_listed_figure(text, aend, q.number_start) \
                and not _place_in_figure_run(text, astart, aend, q.number_start) \
                and not _joined_to_count(text, _chain_end(mentions, aend), q.number_start) \
                and not _example_body_place(text, mentions, astart, aend, q.number_start, lvl) \
                and not _governed_place(text, s_start, astart) \
                and not _bordering_place(text, s_start, astart, aend) \
                and not in_lesson_clause(text, astart, aend, s_start) \
                and not _direction_place(text, s_start, astart, aend) \
                and not _extreme_spot(text, s_start, astart, place_ends) \
                and not _built_in_place(text, s_start, astart, aend) \
                and not text.startswith(_LEVEL_AFTER_PLACE, aend) \
                and not _country_names_project(text, key, aend, q.start) \
                and not _awarded_title_place(text, s_start, astart) \
                and not _basin_of_work(view, text, s_start, astart, aend, key) \
                and not _in_byline(text, astart):  # (新华社南昌3月5日电: the dateline's city)
            # (新创盐城市级以上高新技术企业2家: 盐城市级 is the firms' rank, the town's figure, not the city's)
            # a place listed with others (安新、容城、雄县3县…) is not the subject alone, nor one
            # governed by a preposition after the subject place (南宁市将对辖区内的邕江…分5个标段)
            rank = _PLACE_LEVEL.get(lvl or "", 2)
            if unit_rank is not None and rank >= unit_rank:
                continue  # 发生在腊甸村的一幕…涉及元谋县江边…4个乡镇、14个行政村: no village holds townships or villages
            if any(a <= astart and aend <= b and b - a > aend - astart
                   and text.startswith(_SEAT_BODIES, aend, b) for a, b in bodies):
                rank = -1  # 成都海关公布…，四川货物贸易…: the seat of a body, unless no other place follows
            if best is not None and best[3] <= astart and aend <= best[2] and aend - astart < best[2] - best[3]:
                continue  # 上饶经济技术开发区: the city inside the zone's name is no more specific than it
            if best is not None and lvl == _REGION_LEVEL and _lies_in_region(text, best[2], astart):
                continue  # 阿坝州位于四川省西北部,青藏高原东南边缘,幅员面积…: where the place lies, no
                # more specific subject than it (minzu102)
            if best is not None and _uncoded_region(view, key, lvl):
                continue  # 固原市是六盘山肉牛产业核心区…: a region (a mountain) no division bounds is no more
                # specific than the division named before it (xibei78)
            if best is None or rank >= best[0]:
                best = (rank, key, aend, astart)
    if best and _provinces_spread(view, mentions):
        return _nation(view, q), "national-list"  # (…深圳市等10个地方…: a nationwide list's, no member's)
    if best:
        return best[1], "sentence-place"
    if joined is not None:
        return None, "joined-count"
    listed = [k for a, b, k, t, _l in mentions if t == "Place" and a in listed_heads
              and "、" not in text[a - 1:a] + text[b:b + 1]  # (毕节、黔南两地: a list the story's place may hold)
              and not _event_venue(text, s_start, a)  # (在福建泉州和山东烟台…等地的项目考察对接中: where, not whose)
              and not _partner_place(text, s_start, a)]  # (对美国和日本分别增长…: the trade partners, not a group)
    if listed and not _article_place_holds(view, listed):
        if _provinces_spread(view, mentions):
            return _nation(view, q), "national-list"  # (北京市大兴区、湖南省株洲市…等10个地方: a nationwide list's)
        return None, "group-total"  # 毕节市和黔南州…，14个贫困县摘帽 in a story of 广州市: the two's, no member's
    # (踏查了国道三合至莫力达瓦旗公路…建设项目、帕西菲克服饰年加工300万件…: a line named in another item of a
    # 、-list of works than the figure's is no scope of it)
    place_starts = {a for a, _b, _k, t, _l in mentions if t == "Place"}
    lines = [k for a, b, k, t, _l in mentions if a in routes and not _other_item_between(text, b, q.start, place_starts)]
    key = _route_scope(view, lines) if lines else None
    if key:
        return key, "route-scope"
    if examples and _group_total(text, s_start, q.number_start) \
            and any(_listed_member(text, a, b) for a, b in names):
        return None, "group-total"  # A开发区、B开发区等10家开发区合计…: the group's, not the dateline's city
    key = _survey_team_place(view, s_start, q.start)
    if key:
        return key, "survey-team"  # 国家统计局江西调查总队：全省居民人均可支配收入…: Jiangxi's
    key = None if local or _sibling_item(text, s_start, q.number_start) or _own_tier_clause(text, s_start, q.number_start) \
        else _continued_place(view, s_start)
    if key:
        return key, "continued-place"
    key = None if local else _heading_line_place(view, s_start)
    if key:
        return key, "heading-place"  # 张湾区\n新建国瑞学校…；新建学校1所，…新增义务教育学位6300个: the district's  # 北京市优良天数比例为77.9%…；PM2.5浓度为31微克/立方米: Beijing's
    if not local and view.national_article():
        return _nation(view, q), "national-article"
    if not local and any(w in indicator for w in cues("metrics.national_indicators")) \
            and (not _own_place(view) or _national_figure_in_local_article(view, s_start, q.start)):
        # 新华社北京电 …国内生产总值增长5%左右: China's; but in a city's own plan (广州市…《纲要》：到2025年，
        # 国内生产总值达到3.5万亿元) the word is the city's, unless the sentence says 全国/我国
        return _nation(view, q), "national-indicator"
    if not local and _national_source(view, s_start, q.start) \
            and (not _own_place(view) or _national_figure_in_local_article(view, s_start, q.start)):
        return _nation(view, q), "national-source"  # 新华社北京电 记者从国家统计局获悉，…粮食总产量…
    key = None if local else _village_of_figure(view, s_start, q)
    if key:
        return key, "village-figure"  # …海丰村…。2021年，村集体收入仅有1.6万元: the village's
    key = None if local else _paragraph_subplace(view, p_start, s_start)
    if key:
        return key, "paragraph-subplace"  # 光明社区位于…三里堡街道，…。辖区面积约0.6平方公里: the community's
    key = None if local else _paragraph_street(view, p_start, s_start)
    if key:
        return key, "paragraph-street"  # 西城区德胜街道党工委书记…试点…。眼下,已在6个社区施划了642个车位: the street's
    key = None if local else _paragraph_company(view, p_start, s_start)
    if key:
        return key, "paragraph-company"  # 北大荒集团牡丹江分公司周密部署…。以日均收获近40万亩的速度…: the company's
    key = None if local else _paragraph_self_agency(view, p_start, s_start)
    if key:
        return key, "paragraph-self-agency"  # 我局高度重视…。本年度，共受理政府信息公开申请2件: the bureau's
    if view.art.place and not view.country_placed_local():
        key = _sentence_scope_ancestor(view, s_start, q.start) if local \
            else _continued_scope(view, s_start, q.start)
        if key:
            return key, "local-scope"  # 全省…；累计实现旅游收入… in a story placed in one of its cities
        key = _title_zone(view)
        if key:
            return key, "title-zone"  # 重庆高新区工业经济扩量提质…: the zone's figures, not 重庆市's
        key = _title_village(view)
        if key:
            return key, "title-village"  # 澄城县冯原镇吉安城村：党建引领…: the village's figures, not 冯原镇's
        if _article_place_listed(view, s_start, q):
            return None, "group-total"  # 同意花都区赤坭镇等50个镇创建…: the fifty's, not 赤坭镇's (leftover97)
        return view.art.place, "article-place"
    return None, "none"


def _article_place_listed(view: _ArticleView, s_start: int, q: Quantity) -> bool:
    """同意花都区赤坭镇等50个镇创建广东省乡村振兴示范镇 (leftover97, 01-guangdong-shifanzhen), 河北、山西等13个
    省份获得…: the article's place is one of the places listed as examples before 等 and the count of a
    group of places (等N个镇, `metrics.group_place_nouns`) in the figure's own clause — so the count (and
    a figure after it in that clause) is the group's, no member's; the whole they belong to is unsaid.
    A place written before the first item of a 、-list of places (晋江安海镇、陈埭镇、英林镇等9个乡镇) is
    their scope, no member.  Only the figure's clause is read."""
    place = view.art.place
    text = view.text
    etc = text.rfind(_ETC, s_start, q.number_start)
    if not place or etc < 0:
        return False
    count = _EXAMPLES_COUNTED.match(text, etc)
    if count is None or _COUNT_THEN_GROUP.match(text, count.end() - 1) is None:
        return False
    lo = max(rfind_any(text, "，,；;：:。", s_start, etc) + 1, s_start)
    if any(ch in text[etc:q.number_start] for ch in "，,；;：:。"):
        return False  # (the group in a clause before the figure's: another subject may own the figure)
    places = [(a, b, key) for a, b, key, etype, _l in view.mentions_in(lo, etc) if etype == "Place"]
    listed = "、" in text[lo:etc]
    starts = {a for a, _b, _k in places}
    members = {key for a, b, key in places if not (listed and b in starts and a == places[0][0])}
    return place in members


_ZONE_LEVEL = "zone"
# the subject rules that fall back to what the article is about, when the sentence names nothing
_ARTICLE_FALLBACK = ("article-place", "title-zone", "title-village")


def _title_zone(view: _ArticleView) -> str | None:
    """重庆高新区工业经济扩量提质成效明显 (an article placed in 重庆市): the development zone a title
    opens with (gazetteer level zone: 高新区, 经济技术开发区, 保税区 after their city) is what the story
    reports on, so a figure whose sentence names no place is the zone's, not its city's (a zone the
    table codes is the article's place already).  Once per article."""
    got = getattr(view, "_title_zone", False)
    if got is False:
        got = None
        title = next((p for p in view.paras if p[2] == "title"), None)
        if title is not None:
            first = next((m for m in view.mentions_in(title[0], title[1]) if m[3] == "Place"), None)
            if first is not None and first[0] == title[0] and first[4] == _ZONE_LEVEL \
                    and first[2] != view.art.place:
                got = first[2]
        view._title_zone = got
    return got


def _title_village(view: _ArticleView) -> str | None:
    """澄城县冯原镇吉安城村：党建引领促振兴, 兴县蔚汾镇公义村经济合作总社引领村民共同致富 (guanzhong87): a
    village or community the title names right after the article's place (its township: a village
    has no code, so the article is placed in the township) is what the story reports on, so a figure
    whose sentence names no place is the village's, not the township's.  Once per article."""
    got = getattr(view, "_title_village", False)
    if got is False:
        got = None
        title = next((p for p in view.paras if p[2] == "title"), None)
        if title is not None and view.art.place:
            ments = view.mentions_in(title[0], title[1])
            ends = {b for _a, b, k, t, _l in ments if t == "Place" and k == view.art.place}
            got = next((k for a, _b, k, t, lvl in ments
                        if t == "Place" and lvl in _VILLAGE_LEVELS and a in ends and k != view.art.place), None)
        view._title_village = got
    return got


_INCLUSION_ASIDE = tuple(cues("metrics.inclusion_aside_words"))


_INCLUDED_OPENERS = tuple(cues("metrics.including_words"))
_INCLUDED_CLOSE = re.compile(f"[^，,。；;：:]{{0,20}}?(?:{cue_alt('metrics.including_closes', False)}){_DE}")


def _included_member(text: str, s_start: int, a: int, b: int) -> bool:
    """计划创建包括那凡村在内的20个文明生态村 (minqiong100, 04-baisha-wenming-shengtaicun): a place
    between 包括 (含) and 在内的 is one member of the counted group the figure is about, never the
    subject of its count (was 那凡村's 20 个文明生态村; the whole is the county's).  Only the clause
    around the place is read: 包括 at most 20 characters before it, 在内的 at most 20 after."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start, a - 20)
    k = max(text.rfind(w, cut, a) for w in _INCLUDED_OPENERS)
    if k < 0:
        return False
    return _INCLUDED_CLOSE.match(text, b) is not None


def _in_inclusion_aside(text: str, s_start: int, a: int) -> bool:
    """Is the place at a inside a bracket, still open, that opens with a word of inclusion
    (支出预算数为26.93亿元（含扬子洲镇），实际支出24.98亿元: 东湖区's figures taking in one of its
    towns; 全县（不含开发区）)?  The aside says what the whole takes in: the place in it is a part,
    not the subject of the figures after it.  Only the sentence before the place is read."""
    k = rfind_any(text, "（(", s_start, a)
    if k < s_start or rfind_any(text, "）)", k, a) >= k:
        return False
    return text.startswith(_INCLUSION_ASIDE, k + 1)


_EXCLUSION_WORDS = tuple(cues("metrics.exclusion_clause_words"))
_EXCLUDED_RUN = re.compile(f"[{HAN}A-Za-z0-9·、和及]{{0,24}}")  # the places left out, up to the place at a


def _in_exclusion_clause(text: str, s_start: int, a: int) -> bool:
    """Is the place at a left out by the clause it stands in (不含常州经开区计算，全年地区生产总值
    2239.58亿元; 不包括开发区、高新区,全县…: a district's own figures without a zone in it)?  The clause
    opens with a word of exclusion and only names run from it to the place: the place is the part
    left out, never the subject of the figures after it.  Only the clause before the place is read."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    if a - cut > 30:
        return False
    for w in _EXCLUSION_WORDS:
        if text.startswith(w, cut):
            m = _EXCLUDED_RUN.match(text, cut + len(w), a)
            return m is not None and m.end() == a
    return False


_REPORT_TITLES = tuple(cues("metrics.report_title_heads"))
_REPORT_TELLS = tuple(cues("metrics.report_document_verbs"))  # 《审计报告》反映…: right after the title only
_EDITION_MARK = re.compile(r"[（(][^（()）]{1,12}[)）]$")  # the year or edition closing a report's title


def _report_as_source(view: _ArticleView, key: str, start: int, end: int) -> bool:
    """Does the programme opening text[start:end] name a report (《国务院关于2023年度中央预算执行…
    的审计工作报告》, a 统计公报) and a verb of reporting follow it (报告显示，2023年，中央一般公共预算
    收入总量约10.74万亿元)?  A report tells the figures, it owns none: the sentence's place or
    scope is their subject, as with an agency that reports (`_REPORTS`)."""
    if not _EDITION_MARK.sub("", view.doc.entities[key].name).endswith(_REPORT_TITLES):
        return False  # (中国残疾人事业研究报告(2023): a report of its year's edition)
    for _a, aend, k, _t, _l in view.mentions_in(start, min(end, start + 40)):
        if k == key:
            after = aend + 1 if view.text[aend:aend + 1] in _CLOSE_Q else aend  # (《…报告》显示)
            return _REPORTS.match(view.text, after) is not None or view.text.startswith(_REPORT_TELLS, after)
    return False


_MODEL_HEADS = tuple(cues("metrics.place_model_heads"))  # 经验, 模式: “枫桥经验”
_QUOTED_NAME_MAX = 8  # characters of a quoted name after the place that opens it (“枫桥经验”, “晋江模式”)


def _opens_quoted_name(text: str, astart: int, aend: int) -> bool:
    """Does the place open the quoted name of a model named after it (坚持和发展新时代“枫桥经验”,
    学习“晋江经验”, “温州模式”)?  Then it names the experience, a model for everywhere, not where the
    sentence's figures hold (a local event so named, “林周鹤影”, still says the county).  Only a
    few characters after it are read."""
    if astart == 0 or text[astart - 1] not in "“\"" or text[aend:aend + 1] in ("”", "\"", ""):
        return False
    close = text.find("”" if text[astart - 1] == "“" else "\"", aend, aend + _QUOTED_NAME_MAX + 1)
    return close > aend and text.endswith(_MODEL_HEADS, aend, close)


# “古田银耳”“福鼎白茶”品牌价值 (minqiong100): two quoted names written one after the other are two items
# of a list, read as if a 、 stood between them (then 分别 gives each its figure)
_QUOTED_RUN_JOIN = re.compile("”、?“")


def _in_quoted_run(text: str, astart: int, aend: int) -> bool:
    """“古田银耳”“福鼎白茶”品牌价值分别达到147.32亿元和70.66亿元 (minqiong100, 10-ningde-xiangcun-fabuhui):
    a place opening a quoted name that stands in a run of quoted names (another quote closes right
    before its opening mark, or opens right after its closing one, bare or after 、) is a word of one
    listed name — a brand, a product — never the subject of the figures alone (was 福鼎市's, and the
    next sentence's 农林牧渔业总产值 with it; the sentence's subject is 宁德市).  Only the quote and
    the two characters around it are read."""
    if astart == 0 or text[astart - 1] != "“" or text[aend:aend + 1] == "”":
        return False
    close = text.find("”", aend, aend + _QUOTED_NAME_MAX + 1)
    if close < 0:
        return False
    return text[max(astart - 3, 0):astart - 1].endswith(("”", "”、")) \
        or text.startswith(("“", "、“"), close + 1)


def _uncoded_quoted_name(view: _ArticleView, key: str, astart: int, aend: int) -> bool:
    """“南粤春暖”线上招聘…,线上直播间浏览量达2.6万人次: a place with no division code (a province's
    literary name, a region) opening a quoted name that goes on after it is a word of the campaign's
    name, not where the figures hold — a division so written (“林周鹤影”) still says its county; a quote
    whose words hold a clause mark is somebody's words, whose place (“二十二团种植小麦3.42万亩，…”: a 兵团
    regiment, no code) is the figures' subject."""
    text = view.text
    if astart == 0 or text[astart - 1] not in "“\"" or text[aend:aend + 1] in ("”", "\"", ""):
        return False
    close = text.find("”" if text[astart - 1] == "“" else "\"", aend, aend + _QUOTED_SPEECH_REACH)
    if rfind_any(text, _SPEECH_CLAUSE_MARKS, aend, close if close >= 0 else aend + _QUOTED_SPEECH_REACH) >= 0:
        return False  # (“二十二团种植小麦3.42万亩，平均亩产620公斤。”…说: words said, a clause, no campaign's name)
    ent = view.doc.entities.get(key)
    return ent is not None and not ent.code


_QUOTED_SPEECH_REACH = 60  # characters of a quote read for a clause mark (a name holds none)
_SPEECH_CLAUSE_MARKS = "，,。；;"


_COLLECTIVE_HEADS = tuple(cues("metrics.collective_clause_heads"))


def _collective_clause(text: str, aend: int, i: int) -> bool:
    """Does the figure's own clause, after the agency that opens the sentence, open with the
    organs of every level (最高人民法院结案31900余件，各级法院审结执结3600余万件; 各级财政投入…)?
    Then the figure is all of them together, not the agency's: the clause's place or the
    article's takes it.  Only the one clause before the figure is read."""
    k = rfind_any(text, "，,；;", aend, i)
    return k >= aend and text.startswith(_COLLECTIVE_HEADS, k + 1)


_TO_ORGAN = cue_chars("metrics.destination_mark_chars")  # 到赴: went to the organ
_HEARD_WORDS = cues("metrics.heard_from_closes")  # 获悉, 了解到: the organ heard from


def _national_source(view: _ArticleView, s_start: int, i: int) -> bool:
    """新华社北京1月17日电 记者从国家统计局获悉，2023年粮食总产量…: a national organ (organs_national:
    国家统计局, 海关总署, 商务部) named before a figure whose sentence names no place nor scope is the
    source of a national figure — the article's place, the dateline's city, was its subject."""
    by_name = registry()[1]
    for a, b, key, etype, _l in view.mentions_in(s_start, i):
        if etype == "Agency" and not _in_basis(view.text, s_start, a) \
                and not view.text.endswith(_RELAYED_VERBS, s_start, a) \
                and not _registered_at(view.text, a, b) \
                and not _destination_organ(view.text, a, b, i):  # (根据农业部的有关规定，6月1日，1447艘
            # 拖虾渔船…: the rule's maker, no source of the city's figure — ocean57)
            entry = by_name.get(view.doc.entities[key].name)
            if entry is not None and entry.national:
                return True
    return False


# 及时传达党中央…决策部署，共组织学习会议17次: the organ whose decisions are relayed or carried out, no source of a figure
_RELAYED_VERBS = tuple(cues("metrics.relayed_organ_verbs"))
_REGISTERED_AT = cues("metrics.registered_at_verbs")  # 注册, 登记: where a mark or a firm was registered


def _registered_at(text: str, a: int, b: int) -> bool:
    """在国家工商总局注册了“上游水”牌商标，年加工销售水稻8万吨: the organ at a..b, after 在 and before a
    verb of registering, is the registry a town's firm used, no source of a national figure."""
    return a > 0 and text[a - 1] == "在" and text.startswith(_REGISTERED_AT, b)


def _destination_organ(text: str, a: int, b: int, i: int) -> bool:
    """The organ at a..b is where people went, not whose data (到国家信访局信访量33件次，同比下降28.26%;
    赴省信访局走访5人次 in a county's letters-and-visits report): 到/赴 right before it — but a reporter's
    visit to a source (记者到国家统计局了解到，全国…) names it as the source, so a hearing verb
    (获悉, 了解到) in its clause keeps it one."""
    if a == 0 or text[a - 1] not in _TO_ORGAN:
        return False
    cut = text.find("，", b, i)
    clause = text[b:cut if cut >= 0 else i]
    return not any(w in clause for w in _HEARD_WORDS)


def _own_place(view: _ArticleView) -> bool:
    """Whether the article has a place of its own (临泉县2023年粮食生产再获丰收, 宁波市外贸…): its place
    named anywhere but in a wire dateline (新华社北京1月17日电) or as where a spokesman spoke (在北京
    表示).  Counted once per article (its mentions are walked once, then cached)."""
    if getattr(view, "_own_place", None) is None:
        place, text = view.art.place, view.text
        view._own_place = bool(place) and place != NATION_KEY and any(
            m[2] == place and not _WIRE_AFTER.match(text, m[1]) and not _spoken_at(text, m[0], m[1])
            for m in view.ments)
    return view._own_place


def _national_figure_in_local_article(view: _ArticleView, s_start: int, i: int) -> bool:
    """In an article with a place of its own, a national organ before the figure makes it the
    country's only when the organ acts (经农业农村部等5部门审核，拟认定100个乡(镇)…; 外交部发言人表示：
    已有151个国家…) or the sentence says 全国/我国 before it — not when the organ is only the
    source of the data (根据国家统计局反馈数据, 据海关总署统计: the local figure, vouched for).  The armed
    forces act in a local story as its local units (武警战士护卫着会旗率先进场，接着7个县市区代表团方阵…):
    theirs is no national figure."""
    by_name, text = registry()[1], view.text
    if any(_SCOPES[m.group(0)] == "national" and not _national_yardstick(text, m)
           for m in view.scope_words(s_start, i)):
        return True
    for a, b, key, etype, _l in view.mentions_in(s_start, i):
        entry = by_name.get(view.doc.entities[key].name) if etype == "Agency" else None
        if entry is None or not entry.national or entry.kind in _LOCAL_ACTING_KINDS:
            continue
        if text.endswith(_GIVER_VERBS, max(s_start, a - _GIVER_VERB_MAX), a):
            continue  # 首次荣获国务院督查激励，获得土地计划指标奖励1000亩: the organ gave the county's award
        if not _in_source(text, s_start, a, i) and not _SOURCE_TAIL.match(text, b, i):
            return True
        if _RELEASED.match(text, b, i) or _beyond_local_scale(view, s_start):
            return True
    return False


# organs_national kinds whose units act in local stories (武警战士, 解放军官兵): no national figure there
_LOCAL_ACTING_KINDS = frozenset(cues("metrics.local_acting_organ_kinds"))
_GIVER_VERBS = tuple(cues("metrics.giver_verbs"))  # 荣获, 入选: what a place received from the organ named next
_GIVER_VERB_MAX = max(map(len, _GIVER_VERBS))


# 国家统计局公布的数据显示，…: the organ publishing its own release (its figures are the country's;
# a county's figures are not the national bureau's release)
_RELEASED = re.compile(f"[^，,；;。：:]{{0,4}}?(?:{cue_alt('metrics.release_verbs')})")
# 7.16万亿元: an amount in 万亿 (no county's economy reaches it)
_TRILLIONS = re.compile(f"[0-9０-９.．]+{cue_alt('metrics.national_scale_marks')}")


def _beyond_local_scale(view: _ArticleView, s_start: int) -> bool:
    """据商务部数据显示，上半年网络零售额达7.16万亿元，同比增长13.1% in a county's news: a sentence
    with an amount of 万亿 cannot be about a county (or a town): the organ's figure is the country's.
    Reads the figure's sentence only (bounded)."""
    ent = view.doc.entities.get(view.art.place) if view.art.place else None
    if ent is None or _PLACE_LEVEL.get(ent.level or "", 0) < _PLACE_LEVEL["county"]:
        return False
    _s, s_end = view.sentence(s_start)
    return _TRILLIONS.search(view.text, s_start, s_end) is not None


# 海关总署数据显示，: the rest of an organ's clause naming it as a source without 据 before it
_SOURCE_TAIL = re.compile(f"[^，,；;。：:]{{0,10}}?(?:{cue_alt('metrics.source_closes', False)})(?=[，,：:])")


_ONE_OF = cues("metrics.one_of_words")[0]  # 之一


_PEOPLE_ENDINGS = tuple(cues("metrics.people_suffix"))
_PEOPLE_PREDICATE_OPENERS = frozenset(cues("metrics.people_predicate_openers"))
_PEOPLE_BENEFICIARY_PREPS = cue_chars("metrics.people_beneficiary_chars")  # 为, 向, 给


def _people_before_predicate(text: str, counted: str, q: Quantity) -> str:
    """9名电信网络诈骗受害人|现场领取了…, 与3名大学生反诈志愿者|一起开展, 为7名受害群众|返还被骗资金 (police72): a
    count of people whose noun runs on into what they did or what was done for them; the noun ends at its
    last word of people (受害人, 群众, 志愿者: a noun ending with `metrics.people_suffix`) that a word of where
    or with whom follows (`metrics.people_predicate_openers`: 现场, 一起), a verb with its object (30名志愿者
    协助大队整治…) or, where a preposition of whom it is done for opens the count (为, 向, 给), any verb.
    Otherwise a verb closing the run is what befell them or what they did, their measure (10名村民就业,
    2名施工人员受伤): the noun stays whole."""
    if q.unit not in _PEOPLE_UNITS or len(counted) < 4:
        return counted
    tags, freq = word_tags(), word_freq()
    served = text[q.start - 1:q.start] in _PEOPLE_BENEFICIARY_PREPS if q.start else False
    for k in range(len(counted) - 2, 1, -1):
        if not counted.endswith(_PEOPLE_ENDINGS, 0, k) or freq.get(counted[k - 1:k + 1], 0) > 0:
            continue
        word = next((counted[k - n:k] for n in (4, 3, 2) if k >= n and counted[k - n:k] in tags), "")
        if not tags.get(word, "").startswith("n"):
            continue  # (贫困村民每人|分红: 每人 is no noun of people)
        first = next((counted[k:k + n] for n in (4, 3, 2) if counted[k:k + n] in tags), "")
        verb = tags.get(first) == "v"
        if first in _PEOPLE_PREDICATE_OPENERS or verb and (served or _object_after(counted, k + len(first))):
            return counted[:k]
    return counted


def _object_after(counted: str, i: int) -> bool:
    """30名志愿者协助|大队整治…: a noun right after the verb that follows the people is its object — the
    people's deed, no measure of them (10名村民就业, 200名群众增收致富 end with the verb, or another)."""
    tags = word_tags()
    word = next((counted[i:i + n] for n in (4, 3, 2) if counted[i:i + n] in tags), "")
    return tags.get(word, "").startswith("n")


_LIST_SCOPE_RE = re.compile(f"、([{HAN}]{{1,6}}?)[0-9.]")  # the scope of each item after the first
_LIST_SCOPE_ENDS = tuple(cues("metrics.list_scope_ends"))  # 国, 省, 州, 县 …: a scope is a place (四川省, 甘孜州)
# (or the whole: _WHOLE_OPENERS, 全省, 我市)


@lru_cache(maxsize=64)
def _shared_list_re(unit: str) -> re.Pattern:
    """、 and a short scope (全省, 甘孜州) and a count in the same unit, once or more, then the noun
    closed by 之一 or a stop."""
    return re.compile(f"(?:、[{HAN}]{{1,6}}?[0-9.]+[万亿]?{re.escape(unit)})+"
                      f"(?P<noun>[{HAN}]{{2,10}}?)(?=之一|[，。；,;]|$)")


def _noun_shared_down_list(text: str, q, s_end: int) -> str | None:
    """是全国120个、四川省10个、甘孜州5个纯牧业县之一: counts of several scopes in a 、-list whose noun is
    written once, after the last: a count with no noun of its own right before 、 counts that noun
    (was 是全国 and the bare unit 个; sichuan73).  None where the list ends in no noun."""
    if q.counted or not q.unit or q.unit in _PERCENT_UNITS or text[q.end:q.end + 1] != "、":
        return None
    m = _shared_list_re(q.unit).match(text, q.end, s_end)
    if m is None:
        return None
    scopes = _LIST_SCOPE_RE.findall(text, q.end, m.start("noun"))
    if not all(sc.endswith(_LIST_SCOPE_ENDS) or sc.startswith(_WHOLE_OPENERS) for sc in scopes):
        return None  # 货运量36.6亿吨、货物周转量14069亿吨公里: each item a measure of its own, no scope
    if any(word_tags().get(w, "")[:1] == "v" for sc in scopes for w in dict_words(sc)):
        return None  # 增产59.3亿斤、早稻增产14.5亿斤的基础上: each item has its own verb, no scope
    noun = _clean(_before_one_of(m.group("noun")))
    return noun if 2 <= len(noun) <= 8 else None


def _before_one_of(counted: str) -> str:
    """成为全省9个上榜县之一, 是全国120个示范县之一: 之一 makes the subject one of the things
    counted; it is no part of what is counted (上榜县, not 上榜县之一)."""
    k = counted.find(_ONE_OF, 2)
    return counted[:k] if k >= 2 else counted


def _one_of_near(text: str, end: int) -> bool:
    """之一 within the counted noun's reach after a count, in the same clause (15个牧业嘎查之一,
    9个上榜县(市、区)之一: a bracketed noun is longer); bounded to a few characters."""
    j = text.find(_ONE_OF, end, end + 14)
    return j >= 0 and not any(ch in "，,。；;：:" for ch in text[end:j])


def _one_of_scoped(text: str, end: int, i: int) -> bool:
    """全省10个试点县之一获得资金500万元: 之一 between a scope word's end and the figure at i, in one
    clause — the scope word scopes the count the subject is one of, not the figure after it (a
    clause boundary between them leaves the old reading)."""
    j = text.find(_ONE_OF, end, i)
    return j >= 0 and not any(ch in "，,。；;：:" for ch in text[j:i])


def _whole_of_one(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """The place written right before a count whose items the subject is one of (芒来嘎查…，是克尔伦苏木
    15个牧业嘎查之一): the count is that place's (the township's 15 嘎查), not the village's, though the
    village is the more specific place of the sentence.  Looked for in the counted noun's reach only."""
    text = view.text
    if not q.counted or not text.startswith(_ONE_OF, q.end + len(q.counted)) \
            and not _one_of_near(text, q.end):
        return None
    for astart, aend, key, etype, _lvl in view.mentions_in(s_start, q.number_start):
        if aend == q.number_start and etype == "Place":
            return key
    return None


_PROVINCES_SPREAD = 3  # provinces the places before a figure span that make them a nationwide list


def _provinces_spread(view: _ArticleView, mentions) -> bool:
    """广州新机场、…辽宁省辽东半岛水资源配置工程、云南省丽江市…、四川大渡河丹巴水电站…，总投资超过4000亿元:
    places of three provinces or more named before a figure are the items of a nationwide list, the
    figure the whole list's — none of them (not the most specific, 丹巴县) is its subject alone.  Only
    in a national story (placed in China, or speaking of 全国 more than of its place)."""
    if view.art.place != NATION_KEY and not view.national_article():
        return False  # (西安至十堰高铁、西安至重庆高铁 in a local story: the line's ends, the usual choice)
    ents = view.doc.entities
    provinces = {ents[k].code[:2] for _a, _b, k, t, _l in mentions
                 if t == "Place" and k in ents and str(ents[k].code or "")[:1].isdigit()}
    return len(provinces) >= _PROVINCES_SPREAD


def _chain_end(mentions, aend: int) -> int:
    """The end of the chain of places written against each other from a place ending at `aend`
    (北京市|怀柔区 of 北京市怀柔区等49个县: the chain's end is where 等 and the count follow)."""
    starts = {a: b for a, b, _k, etype, _l in mentions if etype == "Place"}
    steps = 0
    while aend in starts and steps < 4:
        aend, steps = starts[aend], steps + 1
    return aend


_LEVEL_CODE_DIGITS = {"province": 2, "city": 4, "county": 6, "township": 9}


def _article_place_holds(view: _ArticleView, keys: list[str]) -> bool:
    """Does the article's own place hold every place of a list (华蓥市 of 永兴镇 and 庆华镇)?  Then a
    figure of the list's places together is the article's place's; else it is the group's alone."""
    ents = view.doc.entities
    home = ents.get(view.art.place) if view.art.place else None
    digits = _LEVEL_CODE_DIGITS.get(getattr(home, "level", None) or "")
    if home is None or not home.code or not digits:
        return False
    return all(ents[k].code and ents[k].code.startswith(home.code[:digits]) for k in keys)


def _listed_level_heads(text: str, mentions) -> set[int]:
    """Starts of places heading items of one list at the same level (在永兴镇河心村、大佛山村及庆华镇
    黄桷村、三合村等完成2.4万亩农田建设: 永兴镇 and 庆华镇 each head their villages): the figure is
    the list's, no one township's — a county written before the list (华蓥市永兴镇…) stays its
    subject.  A run is places written against each other or joined by one mark (、和及与); an item
    heads at its level where it opens the run, follows a mark, or follows a place of another level."""
    places = sorted((a, b, lvl) for a, b, _k, t, lvl in mentions if t == "Place")
    heads: dict[tuple[int, str], list[int]] = {}
    run, prev = 0, None
    for a, b, lvl in places:
        gap = text[prev[1]:a] if prev else None
        if gap is None or gap not in ("", *_JOINS, _AND_ALSO):
            run += 1
        if gap != "" or prev[2] != lvl:
            heads.setdefault((run, lvl or ""), []).append(a)
        prev = (a, b, lvl)
    return {a for starts in heads.values() if len(starts) >= 2 for a in starts}


_AND_ALSO = "以及"


def _unread_run_partner(text: str, a: int, b: int) -> bool:
    """中巴双边贸易额, 中塞贸易额: a one-character country short form written against another country's
    character the document leaves unread (巴: Brazil, Pakistan …) is still one of a pair of partners —
    the pair is what is counted, not 巴双边贸易额 of China."""
    return b - a == 1 and text[a] in country_run_chars() and text[b:b + 1] in country_run_chars()


def _short_form_runs(mentions) -> set[int]:
    """Starts of one-character place mentions written against another place mention (港澳台商投资
    企业, 京津冀地区, 中美贸易额): a run of short forms lists several places, none of them the
    subject alone (as a list joined by 、); a full name after its province (河北省邯郸市) is no
    run of short forms."""
    places = [(a, b) for a, b, _k, etype, _l in mentions if etype == "Place"]
    ends = {b for _a, b in places}
    starts = {a for a, _b in places}
    return {a for a, b in places if b - a == 1 and (a in ends or b in starts)}


def _sentence_scope_ancestor(view: _ArticleView, s_start: int, i: int) -> str | None:
    """The place the sentence's last local scope word (全省) before i means when the article's
    own place is of another level (a city of that province): the province, if the document
    names it (`_scoped_ancestor`). A scope word whose counted noun closes with 之一 before i
    (魏县作为全省10个试点县之一获得资金500万元) scopes that count only, not the figure after it."""
    last = None
    for m in view.scope_words(s_start, i):
        if _SCOPES[m.group(0)] == "local" and not _yardstick(view.text, s_start, m.start()):
            last = None if _one_of_scoped(view.text, m.end(), i) else m
    place = view.doc.entities.get(view.art.place)
    if last is None or place is None or place.name.endswith(_scope_level(last)):
        return None
    if last.group(0).endswith(_SCOPE_LOCATIVES):  # 村里找来20台强排泵,…奋战了10多个昼夜: the village named last
        return _named_before(view, last)
    return _scoped_ancestor(view, place, _scope_level(last))


_OBJECT_MARK = re.compile(cue_alt("metrics.object_marks", False))
_NUMBER = re.compile(r"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?")
_NUMBER = guarded(_NUMBER)  # (most positions turned away at one character)
_ITEM = f"[^、，,：:；;。{cue_chars('metrics.list_stop_chars')}{_JOINS}]{{1,12}}"
_LIST = re.compile(f"{_ITEM}(?:[{_JOINS}]{_ITEM})+")


_SOURCE = re.compile(f"(?:{cue_alt('metrics.source_opens', False)})[^，,；;。：:]{{1,20}}?"
                     f"(?:{cue_alt('metrics.source_closes', False)})(?=[，,：:])")


_HEARD_FROM = re.compile(f"(?:{cue_alt('metrics.heard_from_opens', False)})[^，,；;。：:]{{1,20}}?"
                         f"(?:{cue_alt('metrics.heard_from_closes', False)})(?=[，,：:])")


# 来源：厦门海关, 信息来源：某县发展和改革局: a page head's field naming who posted the page
_BYLINE_FIELD = re.compile(f"(?:{cue_alt('dates.byline_fields')})[ \t\u3000]*[:：][ \t\u3000]*$")


def _in_byline(text: str, i: int) -> bool:
    """The name at i is the value of a page head's source or author field (来源：厦门海关, 信息来源：
    闽侯县发展和改革局), which the layout may run into the first sentence: it says who posted the
    page, never what its figures are about."""
    return _BYLINE_FIELD.search(text, max(0, i - 8), i) is not None


# a page head's date (发布时间：2018-12-12, 2023-05-18 07:06:37) ending before a clause's source
_HEAD_DATE_END = re.compile(r"(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*")


_SPEECH_VERB = re.compile(cue_alt("metrics.speech_verbs", False))
# (a body named after the city it sits in but serving a wider area: its city is no subject —
# 竹山县政府与16家企业签约 keeps 竹山县)
_SEAT_BODIES = tuple(cues("metrics.seat_bodies"))


# a dated incident's label (“4·25”, 10·8): digits joined by a middle dot, as outbreaks and accidents
# are named after their day
_DATED_LABEL_END = re.compile(r"\d{1,2}[·•]\d{1,2}[”’\"]?$")


def _incident_label_place(text: str, a: int, b: int) -> bool:
    """成功打赢了“1·26”(滨江)、“4·25”(拱墅)等多场疫情遭遇战; 有效应对…10·8钱塘疫情: a place glossing a
    dated incident's label, in the parentheses right after it or glued to its date, names where that
    outbreak was, not what the figures after it (the author's own work) are about."""
    head = text[max(0, a - 8):a]
    if head.endswith(("(", "（")) and text.startswith((")", "）"), b):
        return _DATED_LABEL_END.search(head[:-1]) is not None
    return _DATED_LABEL_END.search(head) is not None


def _spoken_at(text: str, a: int, b: int) -> bool:
    """发言人秦刚15日在北京表示：现在已有151个国家…: a place after 在 and right before a verb of
    speaking is where the speaker spoke, not what the figures are about."""
    return text.endswith(cues("metrics.spoken_at_marks"), 0, a) and _SPEECH_VERB.match(text, b) is not None


# 根据我国环保法律、法规和有关政策的规定，: the rules a decision rests on, up to the clause's end
_BASIS = re.compile(f"(?:{cue_alt('metrics.basis_opens', False)})[^，,；;。：:]{{1,20}}?"
                    f"(?:{cue_alt('metrics.basis_closes', False)})(?=[，,：:])")


def _in_basis(text: str, s_start: int, i: int) -> bool:
    """The place at i lies in a clause naming the rules a decision rests on (罗山县松源农业有限公司：
    根据我国环保法律、法规和有关政策的规定，对你单位…在周党镇吊桥村建设年出栏8000头生猪养殖场): the
    rules' maker, never what the decision's figures are about."""
    cut = max(rfind_any(text, "，,；;：:", s_start, i) + 1, s_start)
    m = _BASIS.search(text, cut, min(len(text), i + 40))
    return m is not None and m.start() < i < m.end()


def _after_source_lead(text: str, s_start: int, hi: int) -> int | None:
    """Where the sentence goes on after a source clause opening it (记者从中国铁路济南局集团有限公司获悉，
    据国铁集团消息，): the body the source names is no subject (`_opening_agency` stops at it), but a body
    opening the clauses after it is, as it would be opening the sentence (…，国铁济南局累计发送旅客…).
    None where no source clause opens the sentence (its first clause only: bounded)."""
    cut = text.find("，", s_start, hi)
    cut2 = text.find(",", s_start, hi)
    ends = [k for k in (cut, cut2) if k >= 0]
    if not ends:
        return None
    end = min(ends)
    m = _HEARD_FROM.search(text, s_start, end + 1) or _SOURCE.search(text, s_start, end + 1)
    return end + 1 if m is not None and m.end() == end else None


def _in_source(text: str, s_start: int, i: int, hi: int) -> bool:
    """The place at i lies in a clause that names the figures' source (据厦门海关统计，前三季度
    福建省外贸进出口…; 记者9日从南昌海关获悉，…): the source's place, not what the figures are
    about.  (The source may follow a page head the layout ran into the clause: 来源：厦门海关
    发布时间：2018-12-12据厦门海关统计，…)"""
    cut = max(rfind_any(text, "，,；;", s_start, i) + 1, s_start)
    m = _SOURCE.match(text, cut, hi)
    if m is not None and m.end() > i:
        return True
    m = _SOURCE.search(text, cut, hi) if _HEAD_DATE_END.search(text, cut, i) else None
    if m is not None and m.start() < i < m.end():
        return True
    m = _HEARD_FROM.search(text, cut, hi)
    return m is not None and m.start() < i < m.end()


# 对美国、东盟(分别)进出口, 向日本出口: the partners of a trade flow, before the flow
_PARTNER_RUN = re.compile(f"(?:{cue_alt('metrics.partner_marks')})((?:{_PARTNER}[{_JOINS}])*{_PARTNER})"
                          f"(?=(?:{cue_alt('metrics.respectively')})?(?:{_TRADE_FLOWS}))")


# 与美国、欧盟和非洲的出口额: the partners of the trade of the place before 与, 的, then the flow
_WITH_PARTNER_RUN = re.compile(f"(?:{cue_alt('metrics.with_partner_marks')})((?:{_PARTNER}[{_JOINS}])*{_PARTNER})"
                               f"{_DE}(?={_TRADE_FLOWS})")


# 来自澳大利亚、韩国、英国的实际使用外资: the countries the foreign investment a place used comes from, 的, then it
_SOURCE_PARTNER_RUN = re.compile(f"(?:{cue_alt('metrics.source_partner_marks')})((?:{_PARTNER}[{_JOINS}])*{_PARTNER})"
                                 f"{_DE}(?={cue_alt('metrics.investment_flows')})")


# 县委书记带队前往东莞开展招商考察，…签约…项目，该项目总投资额达5亿元: the destination of a visit is
# where the officials went, not what the figures after it are about
_TRAVEL_VERBS = tuple(cues("metrics.travel_verbs"))
_ORIGIN_VERBS = tuple(cues("metrics.origin_verbs"))  # 引进|北京: where what is brought in comes from
_SETTING_OUT_SHORT = tuple(cues("metrics.setting_out_short"))  # 进|京: before a one-character place only
_ROUTE_MARKS = tuple(cues("metrics.route_marks"))  # 起于, 经, 至: an end or waypoint of a line follows
_ROUTE_JOINER = "至"
_ROUTE_STATIONS = tuple(cues("metrics.route_stations"))  # 乐清|站: the place's station on the line
_ROUTE_LIST_MARKS = "、和及与"  # (纵贯零陵区、双牌县和道县: the run of waypoints goes on)


def _route_place(text: str, mentions, a: int, b: int) -> bool:
    """Is the place at [a, b) an end or a waypoint of a road or line (线路自弥勒经开远至蒙自,正线全长
    116.4公里; 起于零陵区富家桥镇; 增城至花都段)?  It is when the run of places it closes (浙江省温州市,
    零陵区、双牌县和道县) follows a route mark (metrics.route_marks), when its station follows it (乐清站),
    or when 至 and another place follow it: where the line runs, no subject of its length, cost or stations."""
    first = a
    for s, e, _k, t, _l in reversed(mentions):  # (the places written right before it, one run)
        if t == "Place" and s < first and (e == first or e == first - 1 and text[e] in _ROUTE_LIST_MARKS):
            first = s
    if text.endswith(_ROUTE_MARKS, 0, first) or text.startswith(_ROUTE_STATIONS, b):
        return True
    return text.startswith(_ROUTE_JOINER, b) and any(s == b + 1 and t == "Place" for s, _e, _k, t, _l in mentions)


def _other_item_between(text: str, lo: int, hi: int, place_starts: set[int]) -> bool:
    """Does a 、 between lo and hi open another item than a place (…至莫力达瓦旗公路…建设项目、帕西菲克服饰
    年加工300万件: the next work of a list), not the next waypoint of the same line (西宁至乌鲁木齐、库尔勒)?"""
    k = text.find(_LIST_ITEM_MARK, lo, hi)
    while k >= 0:
        if k + 1 not in place_starts:
            return True
        k = text.find(_LIST_ITEM_MARK, k + 1, hi)
    return False


def _route_scope(view: _ArticleView, keys: list[str]) -> str | None:
    """The smallest division holding every coded place a line runs through in the sentence (自弥勒
    经开远至蒙自: 红河州; 起于零陵区富家桥镇…纵贯零陵区、双牌县和道县: 永州市; 起于马鞍山东枢纽: 马鞍山市):
    what the line's figures are about when the sentence names no other place.  None when the
    places lie in different provinces (the story's own place or the country then)."""
    codes = [c for c in (view.doc.entities[k].code for k in keys if k in view.doc.entities) if c and c.isdigit()]
    if not codes:
        return None
    chains = [[c] + [d.code for d in table().ancestors(c)] for c in codes]
    common = [c for c in chains[0] if all(c in ch for ch in chains[1:])]
    return ensure_place(view.doc, common[0]) if common else None


# 我县党政代表团首先考察了浙中农副产品物流中心,该中心…总投资5.08亿元: the place opening a visiting
# delegation (a few characters of adverb between it and the visit verb) is the visitors', not the figures'
# 台湾同胞 | 157826 (a tourism table's row of visitors by origin): the place is where they come from,
# no subject of the figure
_NATIVE_GROUPS = place_words("native_groups")
_VISITORS = re.compile(f"(?:{cue_alt('metrics.visiting_parties')})[^，,。；;：:]{{0,4}}?(?:{cue_alt('metrics.visit_verbs')})")


_RECIPIENT_MARKS = frozenset(cues("metrics.recipient_marks"))
_RECIPIENT_VERBS = re.compile(cue_alt("metrics.recipient_verbs"))
_GIVER_DESCRIPTORS = tuple(cues("metrics.giver_descriptors"))  # 爱心企业 before the giver's name
_GIVES_NEXT = re.compile(rf"(?:{cue_alt('metrics.giver_adverbs')})?(?:{cue_alt('metrics.recipient_verbs')})")


def _praised_giver(text: str, lead: str, aend: int) -> bool:
    """爱心企业广东世荣兆业股份有限公司捐赠100万元: a word of praise naming the giver's kind (the whole
    lead of its clause) before a body that gives right after its name — the body still opens the
    clause, and the amount is its gift, not the article's place's."""
    word = next((w for w in _GIVER_DESCRIPTORS if lead.endswith(w)), None)
    before = lead[:len(lead) - len(word)] if word else ""
    return bool(word) and (not before or before[-1] in "，,：；;") and _GIVES_NEXT.match(text, aend) is not None
_RECIPIENT_REACH = 12  # characters from the mark to the place (向四川芦山地震灾区: a chain of places)
_GIVEN_REACH = 40  # characters from the place to the amount given (向菲律宾灾区的人民提供价值1000万元)


# 福建社团联会、海南社团总会各捐款…, 香港赛马会捐款…: a body's name the registries do not know before a
# verb of giving; at most eight characters of name, one more listed body
_BODY_NAME = rf"[{HAN}]{{0,8}}?(?:{cue_alt('metrics.body_ends')})"


# 向灾区捐款, 给受灾群众捐赠: a receiver (a few characters after 向/给) before the verb of giving
_GIVEN_TO = re.compile(rf"[{''.join(cues('metrics.recipient_marks'))}][^，,、。；;0-9]{{1,12}}?"
                       rf"(?P<verb>{cue_alt('metrics.recipient_verbs')})")
_GIVER_LED = re.compile(rf"(?:{_BODY_NAME}(?:[、和及与]{_BODY_NAME})?)?(?:{cue_alt('metrics.giver_adverbs')})?"
                        rf"(?=(?:{cue_alt('metrics.recipient_verbs')}))")


def _without_giver(name: str) -> str:
    """社团联会、海南社团总会各捐款 → 捐款, 赛马会捐款 → 捐款 (各捐款 → 捐款 when the givers were cut
    whole as organisations): the rest of a giver's name the registries
    do not know (its place was cut as the subject) is who gives, not what is given; 社会各界…向灾区捐款
    → 捐款: the giver and the receiver before the verb of giving are no part of it either."""
    m = _GIVER_LED.match(name)
    name = name[m.end():] if m and m.end() and len(name) - m.end() >= 2 else name
    m = _GIVEN_TO.search(name)
    return name[m.start("verb"):] if m and len(name) - m.start("verb") >= 2 else name


def _recipient_place(text: str, s_start: int, a: int, b: int, i: int) -> bool:
    """The place at a..b receives what is given (某企业向积石山县捐赠100万元, 我们决定向菲律宾提供
    1000万元援助, 向四川芦山地震灾区捐款): a recipient mark (向, 给) shortly before it in its clause
    and a verb of giving between it and the figure at i — the giver, not the receiver, is whom the
    amount is about (looks bounded by the clause and a few characters)."""
    lo = max(s_start, a - _RECIPIENT_REACH)
    cut = max(rfind_any(text, "，,；;：:。", lo, a) + 1, lo)
    if not any(text[k] in _RECIPIENT_MARKS for k in range(cut, a)):
        return False
    if i - b > _GIVEN_REACH or rfind_any(text, "，,；;：:。", b, i) >= 0:
        return False  # the figure in a later clause, or far after the place
    return _RECIPIENT_VERBS.search(text, b, i) is not None


_RECEIVED_FUNDS = re.compile(f"(?:{cue_alt('metrics.received_funds_verbs')})$")
_GIVER_FUNDS = re.compile(cue_alt('metrics.giver_funds'))


# 在北京市及北京市朝阳区的对口支援下, 在上海市的帮扶下: 在, the givers, 的, a word of help, 下
_AID_FRAME = re.compile(f"(?:{cue_alt('metrics.spoken_at_marks')})([^，,。；;：:]{{1,24}}?)的"
                        f"(?:{cue_alt('metrics.aid_frame_words')})(?:{cue_alt('metrics.aid_frame_closes')})")


def _aid_giver(text: str, s_start: int, a: int) -> bool:
    """近年来,在北京市及北京市朝阳区的对口支援下,胡木丹村…村集体收入达到18万元 (aid news of Xinjiang,
    Tibet, Qinghai): a place inside the frame of help 在…的(对口)支援/帮扶下 is the giver of the help, not
    the place the clause after it measures (the village the help went to)."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    m = _AID_FRAME.search(text, cut, a + 40)
    return m is not None and m.start(1) <= a < m.end(1)


_SUPPORT_VERBS = tuple(cues("metrics.support_verbs"))


def _supported_place(text: str, s_start: int, a: int, q: Quantity) -> bool:
    """积极支持雄安新区建设，安排资金30亿元, 支持成渝地区双城经济圈重大项目… (leftover97): a place right after a
    verb of support is what the money goes to, not whose the amount is — the giver's (the article's
    place or the body named), as a recipient after 向 is.  Money only; the place's own clause opening
    with it (支持重庆市建设，雄安新区今年完成投资…) is read before this."""
    return q.unit in _MONEY_UNITS and a > s_start and text.endswith(_SUPPORT_VERBS, s_start, a)


def _funds_giver(text: str, a: int, b: int) -> bool:
    """全省到位上海市财政援助资金38.18亿元，启动实施项目495个: a place between a receiver's verb (到位,
    争取) and the aid funds it gives (财政援助资金) is the giver named inside the funds' name, not
    the subject of the sentence's figures, which are the receiver's (the province, 全省)."""
    return _RECEIVED_FUNDS.search(text, max(0, a - 4), a) is not None and _GIVER_FUNDS.match(text, b) is not None


# 在深圳的招商推介会上签订…项目6个, 在福建泉州和山东烟台等地的项目考察对接中, 在北京举行的签约仪式上:
# 在, the places (with 等地, a verb of holding), 的, then an event closed by 上/中/期间
_EVENT_VENUE = re.compile(f"(?:{cue_alt('metrics.spoken_at_marks')})([^，,。；;：:的]{{1,16}}?)"
                          f"(?:{cue_alt('metrics.venue_event_places')})?(?:{cue_alt('metrics.venue_event_holds')})?的"
                          f"[^，,。；;：:]{{0,16}}?(?:{cue_alt('metrics.venue_event_heads')})"
                          f"(?:{cue_alt('metrics.venue_event_closes')})")


_HELD_AT = re.compile(f"[^，,。；;：:！？!?]{{0,24}}?(?:{cue_alt('metrics.held_at_adverbs')})?"
                      f"(?:{cue_alt('metrics.venue_event_holds')})")


def _held_at_venue(text: str, s_start: int, a: int, i: int, place_ends: dict[int, int]) -> bool:
    """全县春管技术大培训活动在棠树乡洪院村农业新品种示范展示基地隆重举办，共100余人参加了培训: the place
    after 在 (alone or after its parent places) in the clause where an event is held (举办, 举行, 召开)
    before the figure is the venue, not whose the figure (the attendance, the sessions) is."""
    k = a
    while k in place_ends:
        k = place_ends[k]  # (棠树乡|洪院村: back to the chain's first place)
    if k <= s_start or not text.endswith(_SPOKEN_AT_MARKS, s_start, k):
        return False
    m = _HELD_AT.match(text, a)
    return m is not None and m.end() <= i


_SPOKEN_AT_MARKS = tuple(cues("metrics.spoken_at_marks"))


# 在长三角地区招商引资和项目推介会上: 在, a region of the country right after it, an event closed by 上/中
_REGION_EVENT = re.compile(f"(?:{cue_alt('metrics.spoken_at_marks')})[^，,。；;：:]{{2,24}}?"
                           f"(?:{cue_alt('metrics.venue_event_heads')})(?:{cue_alt('metrics.venue_event_closes')})")
_REGION_LEVEL = "region"  # the level of a region of the country (长江三角洲, 京津冀): no division


_BASIN_WORDS = tuple(cues("metrics.basin_words"))  # 流域: 黄河|流域


def _basin_of_work(view: _ArticleView, text: str, s_start: int, a: int, b: int, key: str) -> bool:
    """全面推进黄河流域河湖生态保护工作，…集中对全苏木范围内的4条河流…进行排查: a river's basin named as
    the object of a work verb (metrics.bare_work_verbs, after its adverbs) is the scope of the work the
    town does, a strategy's name, no subject of the town's counts that follow (a river with no code
    bounds no division)."""
    ent = view.doc.entities.get(key)
    if not text.startswith(_BASIN_WORDS, b) or ent is None or ent.code:
        return False
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    return _BARE_WORK_BEFORE.search(text, cut, a) is not None


_LIE_VERBS = tuple(cues("metrics.region_lie_verbs"))


def _lies_in_region(text: str, best_end: int, a: int) -> bool:
    """阿坝藏族羌族自治州位于四川省西北部,青藏高原东南边缘,幅员面积八点四万平方公里 (minzu102,
    08-aba-70zhounian): a verb of lying (位于, 地处) between the place chosen so far and a region (a
    plateau, a basin) names where that place lies; the figures after it are still the place's.  The
    look is bounded by the sentence's own span between the two mentions."""
    return any(text.find(v, best_end, a) >= 0 for v in _LIE_VERBS)


def _uncoded_region(view: _ArticleView, key: str, lvl: str | None) -> bool:
    """Is the place a region with no code at all (六盘山, 伊犁河谷: a mountain or a valley jieba tags ns)?
    Such a place bounds no division; a foreign province (宿务省, 东开普省) has a code and is a division."""
    ent = view.doc.entities.get(key) if lvl == _REGION_LEVEL else None
    return ent is not None and not ent.code


def _event_venue(text: str, s_start: int, a: int, region: bool = False) -> bool:
    """The place at a is where an event of others was held, named in the phrase opening its clause
    (在深圳的招商推介会上签订框架性协议项目6个; 在福建泉州和山东烟台等地的项目考察对接中，签订…): the
    delegation that signed there is the subject, not the venue.  The place must stand before 的 (在
    某县招商推介会上, with no 的, is the county's own event: its figures may be the county's), unless
    it is a region of the country, which holds no event of its own (在长三角地区招商引资和项目推介会上)."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    m = _EVENT_VENUE.match(text, cut)
    if m is not None and m.start(1) <= a < m.end(1):
        return True
    return region and _REGION_EVENT.match(text, cut) is not None and text.endswith(
        cues("metrics.spoken_at_marks"), cut, a) and a == cut + 1


def _partner_again(text: str, a: int, b: int, i: int) -> bool:
    """Is the body at a..b (东盟, 欧盟) named again as the partner of a trade flow before the figure
    at i (…最大的贸易伙伴,前5个月对东盟贸易额23.5亿美元)?  Then the sentence is about trade with it:
    the figure belongs to the place that trades, not to the partner opening the sentence."""
    name = text[a:b]
    return any(m.group(1).startswith(name) or name in re.split(f"[{_JOINS}]", m.group(1))
               for m in _PARTNER_RUN.finditer(text, b, i))


# 对柬埔寨、科威特分别增长a、b (a trade flow named before in the sentence): partners with their flow elided
_ELIDED_PARTNER_RUN = re.compile(f"(?:{cue_alt('metrics.partner_marks')})((?:{_PARTNER}[{_JOINS}])+{_PARTNER})"
                                 f"(?=(?:{cue_alt('metrics.respectively')})(?:{cue_alt('metrics.change_verbs', False)}))")


def _partner_place(text: str, s_start: int, a: int) -> bool:
    """The place at a is a trade partner named after 对/向/自 before a trade flow (我省对美国、东盟
    分别进出口…; 中国对美出口…), or after 与 before 的 and the flow (我市与美国、欧盟、拉美、东盟和非洲的
    出口额分别达…), or after 来自 before 的 and the investment drawn (来自澳大利亚、韩国的实际使用外资): what the
    trade is with or the money comes from, never the place the figure is about."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    for run in (_PARTNER_RUN, _WITH_PARTNER_RUN, _SOURCE_PARTNER_RUN):
        for m in run.finditer(text, cut, a + MAX_SENTENCE):
            if m.start() > a:
                break  # (matches come in text order: none after this one can hold a)
            if m.start(1) <= a < m.end(1):
                return True
    for m in _ELIDED_PARTNER_RUN.finditer(text, cut, a + MAX_SENTENCE):
        if m.start() > a:
            break
        if m.start(1) <= a < m.end(1) and _elided_flow(text, s_start, m.start()):
            return True
    for m in _DEAL_PARTNER_RUN.finditer(text, cut, a + MAX_SENTENCE):
        if m.start() > a:
            break
        if m.start(1) <= a < m.end(1):
            return True
    return False


# chongqing90: 蔬菜合作社…,与江北盘溪农贸市场签订蔬菜销售合同1300亩: the party a deal is signed with, after 与
# (同) and before a verb of signing in the same clause, is no subject of the deal's figure.  Not 就 (同时在遂宁市就业:
# a verb's first character), nor 与/同 opening a word (参与, 与此同时, 同时, 同比: metrics.deal_prep_not_words)
_DEAL_PARTNER_MAX = 30  # characters of the partner's name between 与 and the verb at most
_DEAL_SIGN_VERBS = tuple(v for v in _DEAL_VERBS if len(v) >= 2)  # (签订, 签署: 就 left out)
_DEAL_PARTNER_RUN = re.compile(rf"(?<!参)(?:{'|'.join(map(re.escape, _DEAL_PREPS))})(?!{cue_alt('metrics.deal_prep_not_words')})"
                               rf"([^，,。；;：:\n]{{2,{_DEAL_PARTNER_MAX}}}?)(?:{'|'.join(map(re.escape, _DEAL_SIGN_VERBS))})")


def _measure_of_listed_place(view: _ArticleView, q: Quantity, indicator: str, subject: str | None) -> str:
    """毕节市和黔南州的贫困发生率分别下降至1.54%、0.68%: the k-th share's indicator is read as the k-th
    item and its measure (毕节市的贫困发生率); when that item is the place the share is about (its
    subject, from the same list), the place is the subject, and the indicator is the measure alone
    (贫困发生率), as 龙口、牟平的采购规模分别为… gives 采购规模."""
    item, de, measure = indicator.partition(_DE)
    if not de or not measure:
        return indicator
    s_start, _s_end = view.sentence(q.start)
    text = view.text
    named = any(key == subject and text[a:b] == item for a, b, key, t, _l in view.mentions_in(s_start, q.start)
                if t == "Place")
    return measure if named else indicator


def _respective_place(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """X、Y、Z…分别为a、b、c: when the list before 分别 has as many items as figures follow it, the
    k-th figure is about the place named by the k-th item (None when that item names no place, or
    names a trade partner: 我省对美国、东盟分别进出口… is the province's trade)."""
    text = view.text
    k = _rfind_respective(text, s_start, q.start)
    if k < 0:
        return None
    figures = _run_figures(text, k)
    if q.number_start not in figures:
        return None  # (asked first: the lists before 分别 are scanned for the run's figures only)
    lists = list(_LIST.finditer(text, s_start, k))
    if not lists:
        return None
    base = lists[-1].start()
    items = _items_whole_places(view, base, [(m.start(), m.end()) for m in _NOT_JOINS.finditer(lists[-1].group(0))])
    if len(items) != len(figures):
        return None
    a, b = items[figures.index(q.number_start)]
    places = [(ma, mb, key) for ma, mb, key, t, _l in view.mentions_in(base + a, base + b) if t == "Place" and mb <= base + b]
    if not places:
        return None
    ma, mb, key = places[0]
    for na, nb, nkey in places[1:]:
        if na != mb:
            break
        mb, key = nb, nkey  # 广西河池市广播、电视…分别: a chain of places is its last one's (河池市), no 广西
    return None if _partner_place(text, s_start, ma) or _region_place(text, s_start, ma) else key


def _items_whole_places(view: _ArticleView, base: int, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list at `base` (offsets in it) with the two pieces on either side of a join
    character inside a place's name put back together (黑山县、凌海市和太和区: 太和区 is one item, its 和
    no join; 和平区, 共和县 alike)."""
    if len(items) < 2:
        return items
    inside = [(ma, mb) for ma, mb, _key, t, _l in view.mentions_in(base, base + items[-1][1]) if t == "Place"]
    out = [items[0]]
    for a, b in items[1:]:
        j = base + out[-1][1]  # the join between the item before and this one
        if any(ma <= j < mb for ma, mb in inside):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_ITEM_CUT = "、，,；;：:"
_BREAKDOWN_OPEN = re.compile(f"[ \t\u3000]*(?:{cue_alt('metrics.breakdown_marks')})")


def _breakdown_of(view: _ArticleView, q: Quantity, last: Quantity) -> bool:
    """…福建省外贸进出口9314.4亿元，同比增长8.3%。其中，出口5670.1亿元…；进口3644.3亿元: a sentence
    opening with 其中 (and the clauses after its semicolons) breaks down the whole just counted:
    with no subject of its own it is about the subject of the figure `last` before it, when that
    one was read before it in the same paragraph (the whole, or a part before it that got the
    whole's) — not the article's place."""
    text, start = view.text, view.sentence(q.start)[0]
    for _ in range(4):  # back over the semicolon clauses of one sentence, a bisect each
        if start <= 0 or text[start - 1] not in "；;":
            break
        start = view.sentence(start - 1)[0]
    return bool(_BREAKDOWN_OPEN.match(text, start)) and view.paragraph(q.start)[0] <= last.start < q.start


def _sibling_of_placed_item(view: _ArticleView, q: Quantity, last: Metric) -> bool:
    """其中，青溪古城共接待游客50636人次；战国木牍生态文化园共接待游客11067人次: the item before got a place
    of its own clause (青溪 of 青溪古城), not the whole's; the next item of the list (`_sibling_item`) is
    another part of the whole, no part of that item — the breakdown's whole is not read from it."""
    s_start = view.sentence(q.start)[0]
    return _sibling_item(view.text, s_start, q.number_start) and bool(last.rules & _OWN_CLAUSE_PLACE_RULES)


_OWN_CLAUSE_PLACE_RULES = frozenset({"metrics.subject-clause-place", "metrics.subject-sentence-place"})


# after a wire agency or its city: the rest of a dateline (北京3月5日电; 中新社 北京1月26日电, a space
# after the agency)
_IDEA_AFTER_COUNTRY = tuple(cues("metrics.idea_after_country")) or ("\0",)


_FOUNDED, _ANNIVERSARY = cues("metrics.country_anniversary")[:2]
_COUNTRY_ANNIVERSARY = re.compile(f"(?:{_FOUNDED})?[0-9{CHINESE_NUMERALS}]{{1,4}}{_ANNIVERSARY}")


def _idea_country(text: str, aend: int, level: str | None) -> bool:
    """Is the country named only to qualify an idea (以习近平新时代中国特色社会主义思想为指导，…市政府决定授予
    …等5个组织…称号; 中国式现代化), or to date an event by its founding anniversary (为庆祝新中国70周年，…
    代表共400余人次参加)?  The figures of the sentence are the text's own place's, never the country's."""
    return level == "country" and (text.startswith(_IDEA_AFTER_COUNTRY, aend)
                                   or _COUNTRY_ANNIVERSARY.match(text, aend) is not None)


# 中国江苏网12月15日宿迁讯: the wire's city may follow the date, closed by 讯/电 and a break (no word going on)
_WIRE_AFTER = re.compile(rf"[ \u3000]?[^，,。；;\s\d]{{0,6}}?\d{{1,2}}月\d{{1,2}}日(?:(?:{cue_alt('dates.wire_suffix')})"
                         rf"|[{HAN}]{{1,4}}?(?:{cue_alt('dates.wire_suffix')})(?![{HAN}]))")
# 十房网讯 8月17日，记者从…获悉: a news outlet run into 讯 (a flash's byline, no wire city or date)
_NEWS_FLASH = tuple(cues("metrics.news_flash_marks"))
# 新黄河记者了解到: a place right before 记者 names an outlet or a reporter's post, no subject of a figure
_REPORTER_MARKS = tuple(cues("metrics.reporter_marks"))


_NAMED_PLACE_RULES = ("metrics.subject-sentence-place", "metrics.subject-paragraph-place",
                      "metrics.subject-breakdown-whole", "metrics.subject-national-indicator",
                      "metrics.subject-local-scope", "metrics.subject-local-word")
# (全村…4600亩,产值…: the village 全村 named, guizhou70; 当地…: the place named before, digest83)
_LOCAL_WORDS = tuple(cues("metrics.local_words"))
_LOCAL_WORD_LOOKBACK = 200
_LOCAL_TIME = tuple(cues("dates.lead_local_time"))


def _local_word_place(view: _ArticleView, q: Quantity) -> str | None:
    """A paragraph opening with 当地 (当地迅速组织第一轮救援,将45名被困群众转移…) goes on about the place
    named last before it (the item's 天全县喇叭河镇, in a digest of several places' news), not the
    article's own place; none when that place is the article's or no place is named close before."""
    text = view.text
    p_start = view.paragraph(q.start)[0]
    opening = p_start
    while opening < q.start and text[opening] in " \u3000":
        opening += 1  # (past the paragraph's indent only: a long paragraph is not read again per figure)
    if not text.startswith(_LOCAL_WORDS, opening) or text.startswith(_LOCAL_TIME, opening):
        return None  # (当地时间5月30日, a story's dateline abroad: no place pointed back at)
    for _a, _b, key, etype, _l in reversed(view.mentions_in(max(0, opening - _LOCAL_WORD_LOOKBACK), opening)):
        if etype == "Place":
            return None if key == view.art.place else key
    return None


def _paragraph_place(view: _ArticleView, q: Quantity, last: tuple) -> bool:
    """据厦门海关统计，前三季度福建省外贸进出口9314.4亿元…。9月份进出口1125.9亿元: a sentence
    naming no subject of its own goes on about the place the paragraph's figures before it were
    about, when that place was named (not the article's own, guessed from a source's name)."""
    last_q, metric = last
    subject = metric.subject
    return subject is not None and subject != view.art.place \
        and view.paragraph(q.start)[0] <= last_q.start < q.start \
        and any(r in metric.rules for r in _NAMED_PLACE_RULES) \
        and subject in view.doc.entities and view.doc.entities[subject].type == "Place" \
        and not _back_to_article_place(view, last_q.end, view.sentence(q.start)[0]) \
        and not _worksite_place(view, last_q, subject, q) \
        and not _project_name_place(view, last_q, subject, q)


def _project_name_place(view: _ArticleView, last_q: Quantity, subject: str, q: Quantity) -> bool:
    """北坡镇…重点建设遂溪县300MW/600MWh新型储能示范项目(投资10亿元)…。第三产业增加值9.5575亿元: a place
    named in the last figure's sentence only as the head of a project's name (the name runs from it to
    a project's noun, metrics.project_name_heads, with no break) is that project's; a later sentence
    naming no place of its own goes on about the article's place, not the project's county."""
    text, (s_start, _e) = view.text, view.sentence(last_q.start)
    if view.sentence(q.start)[0] == s_start:
        return False  # (the same sentence: the clause rules decide)
    sites = [b for a, b, key, t, _l in view.mentions_in(s_start, last_q.start) if key == subject and t == "Place"]
    return bool(sites) and all(_project_name_after(text, b, last_q.start) for b in sites)


def _project_name_after(text: str, b: int, stop: int) -> bool:
    """Does a project's name run from text[b] (遂溪县|300MW/600MWh新型储能示范项目), several characters
    of name before its noun, no punctuation or figure between?"""
    run = _PROJECT_NAME_RUN.match(text, b, stop)
    return bool(run) and len(run.group(0)) >= _PROJECT_NAME_MIN and run.group(0).endswith(_PROJECT_NAME_HEADS)


_PROJECT_NAME_HEADS = tuple(cues("metrics.project_name_heads"))
_PROJECT_NAME_RUN = re.compile(r"[^，,、；;。：:（(）)“”\s]+")
_PROJECT_NAME_MIN = 6  # (遂溪县|重点项目 is a class of projects of the county, no project's name)


def _worksite_place(view: _ArticleView, last_q: Quantity, subject: str, q: Quantity) -> bool:
    """团泽镇…依托“订单农业”在卜台村建辣椒育苗基地…。以“六项小康行动”为重点,…投资1.2亿元修建…: a place
    named in the last figure's sentence only as where one work was done (在 right before it, the
    work's verb right after it, no comma: metrics.locative_verbs) is that work's site, not what
    the paragraph goes on about: a later sentence naming no place of its own is not carried to it."""
    text, (s_start, _e) = view.text, view.sentence(last_q.start)
    if view.sentence(q.start)[0] == s_start:
        return False  # (the same sentence: the clause rules decide)
    sites = [(a, b) for a, b, key, t, _l in view.mentions_in(s_start, last_q.start) if key == subject and t == "Place"]
    return bool(sites) and all(text.endswith(_LOCATIVE_VERBS, s_start, a) and _verb_at(text, b) for a, b in sites)


def _verb_at(text: str, b: int) -> bool:
    """Does a verb open at text[b] (在卜台村|建辣椒育苗基地), by the longest dictionary word there, not a
    name (在法库县|雨田谷物种植家庭农场: the farm the paragraph goes on about)?"""
    word = next((text[b:b + n] for n in (2, 1) if word_freq().get(text[b:b + n])), "")
    return (word_tags().get(word) or "").startswith("v")


_WHOLE_OPENERS = tuple(cues("metrics.whole_scope_openers"))  # 全州, 我县, 本市: the article place's own words


def _back_to_article_place(view: _ArticleView, lo: int, hi: int) -> bool:
    """加快道孚…抽蓄电站建设，抓好…600万千瓦。完成全州风能规划编制。实施…项目9个: a word of the article
    place's whole territory or its own voice (全州, 我州 in a prefecture's story: opened by 全, 我 or 本
    and ending in its level's character) written after the paragraph's last figure turns the text
    back to that place; the place the last figure was about is carried no further (sichuan62)."""
    place = view.doc.entities.get(view.art.place) if view.art.place else None
    if place is None or lo >= hi:
        return False
    return any(m.group(0).startswith(_WHOLE_OPENERS) and m.group(0)[-1] == place.name[-1]
               and _SCOPES[m.group(0)] == "local" for m in view.scope_words(lo, hi)) \
        or _tier_opened_sentence(view.text, lo, hi, place.name[-1])


_TIER_POSITION_WORDS = tuple(cues("metrics.tier_position_words"))  # 县东邻…, 县境内…: the county itself


def _tier_opened_sentence(text: str, lo: int, hi: int, tier: str) -> bool:
    """…主峰5267米。县东邻果洛藏族自治州玛多县,西南和玉树县隔河相望。东西宽160公里: a sentence between the
    paragraph's last figure and this one opening with the article place's level character and a word
    of where it lies (东, 西, 南, 北) or of its territory (境, 域) speaks of the article's own place again
    (县 alone, in a county's story); the place the last figure was about is carried no further.  Only
    sentence openings within [lo, hi) are read (the span between two figures of one paragraph)."""
    i = text.find(tier, lo, hi)
    while i != -1:
        if i > lo and text[i - 1] in "。！？!?；;" and text.startswith(_TIER_POSITION_WORDS, i + 1) \
                and text[i + 2:i + 3] != "区":  # (。市南区…, 市北区: a district named, not the city's position)
            return True
        i = text.find(tier, i + 1, hi)
    return False


_WHOLE_AREA_WORDS = tuple(cues("metrics.whole_area_words"))  # 县域, 县境: the county's whole territory (no 区域)


def _whole_area_of_article_place(view: _ArticleView, indicator: str) -> bool:
    """禄劝彝族苗族自治县是…远郊县。自治县人民政府驻地屏山镇位于…海拔1679米…。县域总面积4249平方千米: an
    indicator opening with the article place's level and a word of its whole territory (县域, 县境 in a
    county's story; 州域 in a prefecture's) measures that place, not the place the paragraph's figures
    before it were about (the seat town).  区域 is no such word: a common noun (an area of a town)."""
    place = view.doc.entities.get(view.art.place) if view.art.place else None
    return place is not None and len(indicator) > 2 and indicator[0] == place.name[-1] \
        and indicator.startswith(_WHOLE_AREA_WORDS)


# 浙江23个、: an item of a list of figures ends with its figure (a number and a short unit); a joiner
# after the figure opens another list (和龙6市和汪清、安图2县: 汪清 and 安图 counted together, no figures)
_ITEM_FIGURE_END = re.compile(r"[0-9０-９][^0-9０-９、，,；;：:和及与]{0,4}$")


# 占同期全国、|全省…的5.9%: a list of places right after 占 names the wholes the figures are shares of
# (the wholes are scope words, 全国, 全省: 占地违建、 is a kind of illegal building, no share — urban47)
_SHARE_WHOLES_BEFORE = re.compile(f"(?:{cue_alt('metrics.share_verb', False)})(?:{cue_alt('metrics.same_period', False)})?"
                                  "(?:" + "|".join(sorted((re.escape(w) for w, sc in _SCOPES.items() if sc != "compare"),
                                                          key=len, reverse=True)) + ")[^，,；;。：:、]{0,4}、$")


_LEVEL_AFTER_PLACE = tuple(cues("metrics.level_after_place"))  # 级: 衡阳市级, a level named by its place


_LIST_OPENERS = frozenset(cues("metrics.ranked_list_openers"))  # 其次为, 依次为: words opening a list's first item


def _listed_place(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """其中，A县12.3亿元、B县8.6亿元; 依次为：长沙市接待371.54万人次、衡阳市接待340.1万人次: a
    figure in an item of a 、-list that opens with a place is that place's, when the list is one
    of figures (the item before or after it holds one too) — not 安新、容城、雄县3县, a list of
    places counted together; the place may run straight into its figure (浙江23个、江苏22个、山东21个
    in rankings news) when the item before it ends with a figure too."""
    text = view.text
    start = rfind_any(text, _ITEM_CUT, s_start, q.start) + 1
    if start <= s_start:
        return None
    ments = view.mentions_in(start, q.start)
    if ments and ments[0][0] != start and text[start:ments[0][0]] in _LIST_OPENERS:
        start = ments[0][0]  # 番禺区有15个，其次为增城区12个、花都区10个 (leftover97): the first item after its opener
    if not ments or ments[0][3] != "Place" or ments[0][0] != start or ments[0][1] > q.number_start \
            or _partner_place(text, s_start, start) \
            or text[ments[0][1]:ments[0][1] + 1] in _ITEM_CUT \
            or _has_respective(text[ments[0][1]:q.start]) or _ETC in text[ments[0][1]:q.start] \
            or text.startswith(_LEVEL_AFTER_PLACE, ments[0][1]):
        return None  # 永定土楼、武夷山等景区增速分别为35.6%、…: the list's last item, not a place's figure
        # (国家级7个、省级13个、衡阳市级15个: 衡阳市级 is a level of awards, the place owns none of them)
    if _SHARE_WHOLES_BEFORE.search(text, s_start, start):
        return None  # 占同期全国、全省进出口总值的5.9%、46.9%: the wholes of the subject's shares, no subjects
    if _yardstick(text, s_start, start):
        return None  # GDP增长6%，高于全国、全省1个、0.2个百分点: the yardsticks compared with, no subjects
    prev = text[max(s_start, start - 20):start - 1]
    item = prev[max(prev.rfind(ch) for ch in _ITEM_CUT) + 1:]
    before = text[start - 1] == "、" and re.search(r"[0-9０-９]", item)
    if before and ments[0][1] == q.number_start and not _ITEM_FIGURE_END.search(item):
        before = None  # 已有新桥、大田2个乡镇通了水泥路: places counted together (the item before is no figure)
    after = text[q.end:q.end + 1] == "、" and re.match(r"[^、，,；;：:。]{0,12}?[0-9０-９]", text[q.end + 1:q.end + 20])
    if not (before or after):
        return None
    if _places_fill(ments, start, q.number_start):  # 眉山|天府新区1件: the place written last, inside its city
        return next(k for a, b, k, t, _l in reversed(ments) if b == q.number_start)
    return ments[0][2]


_SELF_AGENCY = re.compile(cue_alt("metrics.self_agency_words", False))
_STAFFING = re.compile(f"(?:{cue_alt('metrics.staffing_heads', False)})$")
# subject rules that fell back to a place (or found none): a staffing figure there is the title agency's
_PLACE_RULES = frozenset({"article-place", "title-zone", "title-village", "paragraph-place", "sentence-place", "none"})  # (全县…: the county)


def _title_agency(view: _ArticleView) -> str | None:
    """The first agency named in the article's title line (某县审计局2020年部门决算), or None.  A
    congress whose session the title names (对十三届全国人大四次会议第1723号建议的协办意见) is the body a
    proposal went to: the reply's speaker (我局) is another, unnamed there."""
    head = view.text.find("\n")
    for _a, b, key, etype, _l in view.mentions_in(0, head if 0 <= head <= 80 else 80):
        if etype == "Agency" and not _TITLE_SESSION.match(view.text, b):
            return key
    return None


_TITLE_SESSION = re.compile(f"[0-9０-９{CHINESE_NUMERALS}]{{1,3}}(?:{cue_alt('metrics.session_meeting')})")


def _time_lead(text: str, s_start: int, a: int) -> bool:
    """Is all that stands between the clause's start and a (before s_start's clause mark) a period
    (上半年|农发行累计投放贷款1.4万亿元, 1-5月|市税务局办理退税…)?  The body at a then opens the
    clause as much as one written first does."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    return a > cut and any(pa == cut and pb == a for pa, pb, _w in find_periods(text, cut, a))


def _self_agency(view: _ArticleView, s_start: int, i: int) -> str | None:
    """本部门/我局 in the figure's sentence → the agency of the article's title (a department's
    budget note or annual report speaking of itself), or None."""
    return _title_agency(view) if _SELF_AGENCY.search(view.text, s_start, i) else None


_SELF_REACH = 200  # how far back in the paragraph a 我局 still speaks for a sentence naming no one


def _paragraph_self_agency(view: _ArticleView, p_start: int, s_start: int) -> str | None:
    """（二）依申请公开工作情况。我局高度重视…。本年度，共受理政府信息公开申请2件 (xingongkai104): a figure
    whose sentence names no body nor place, after the paragraph's own 我局/本单位 (at most _SELF_REACH
    characters back, never across a paragraph), is the title agency's too — not the article's place."""
    lo = max(p_start, s_start - _SELF_REACH)
    return _title_agency(view) if lo < s_start and _SELF_AGENCY.search(view.text, lo, s_start) else None


def _place_after_self(view: _ArticleView, s_start: int, i: int) -> str | None:
    """我局共为我区争取…立项2.5万亩，仅大新庄镇就安排了1.0万亩: a place opening a later clause of the
    sentence, with no 我局 of its own, owns that clause's figure (the agency got it for the town);
    None when the figure's clause is the one saying 我局."""
    text = view.text
    clause = _clause_start(text, s_start, i)
    if clause <= s_start or _SELF_AGENCY.search(text, clause, i):
        return None
    lead = _CLAUSE_PLACE_LEAD.match(text, clause)
    if lead is None:
        return _clause_place(view, s_start, i)
    found, start = None, lead.end()  # 仅|大新庄镇就安排了1.0万亩, 其中|大新庄镇…: the place after the lead word
    for astart, aend, key, etype, _lvl in view.mentions_in(start, i):
        if astart != start or etype != "Place":
            break
        if "、" in text[aend:aend + 1]:
            return None  # (其中甲镇、乙镇各…: a list, no one place)
        found, start = key, aend
    return None if found is None or _EXAMPLES_COUNTED.match(text, start) else found


_CLAUSE_PLACE_LEAD = re.compile(cue_alt("metrics.clause_place_leads"))


def _anaphor(view: _ArticleView, s_start: int, i: int) -> str | None:
    """A bare 公司/基地 … before the figure (not part of a name) → the nearest organisation named
    earlier in the article whose name ends with that word; never a word listed with others by 、
    (学校、医院结对814对: the kinds of bodies paired, not the hospital last named)."""
    text = view.text
    for m in _ANAPHORS.finditer(text, s_start, i):
        if any(a <= m.start() < b for a, b, *_ in view.mentions_in(max(0, m.start() - 30), m.end())):
            continue
        prev = text[m.start() - 1] if m.start() > 0 else ""
        if prev and is_han(prev) and prev not in cue_chars("metrics.anaphor_ok_before_chars"):
            continue  # 蔬菜公司 without a mention: part of a name we do not know, not 公司 alone
        if _LIST_MARK in (prev, text[m.end():m.end() + 1]):
            continue  # 组织村级、学校、医院结对814对: one of a list of kinds, no body named before
        best = _last_named_ending(view, m.group(0), m.start())
        if best:
            return best
    return None


def _last_named_ending(view: _ArticleView, word: str, before: int) -> str | None:
    """The key of the last organisation or programme mention starting before `before` whose
    written name ends with `word` (`_anaphor`'s 公司 → …公司).  The article's such mentions are
    listed once per word and view and bisected: a pass over every mention from the article's
    start, per figure, grew with the article's length squared."""
    memo = view.__dict__.setdefault("anaphor_ends", {})
    got = memo.get(word)
    if got is None:
        text = view.text
        # (a body listed with others by 、 is one member of a list, no body the story goes on about: 森工投资集团、
        # 绿色食品集团、众创集团等54个二级公司…。集团在册职工10.17万人 is the group's, not 众创集团's; nongken90)
        found = [(a, key) for a, b, key, t, _l in view.ments
                 if t in ("Organization", "Programme") and _ends_with_head(text[a:b], word)
                 and _LIST_MARK not in text[a - 1:a] + text[b:b + 1]]
        got = memo[word] = ([a for a, _ in found], [key for _, key in found])
    k = bisect.bisect_left(got[0], before)
    return got[1][k - 1] if k else None


_COMPANY_FORMS = tuple(sorted(cues("metrics.anaphor_company_forms"), key=len, reverse=True))


def _ends_with_head(name: str, word: str) -> bool:
    """Does a written name end with the head noun `word`, or with it and a company's legal form after
    it (北大荒农垦集团有限公司 … 该集团粮食总产: the group is the company; the legal form is no other
    head)?"""
    if name.endswith(word):
        return True
    form = next((f for f in _COMPANY_FORMS if name.endswith(f)), None)
    return form is not None and name[:-len(form)].endswith(word) and len(name) > len(word) + len(form)


_GOVERNS_VERBS = tuple(cues("metrics.governs_verbs"))  # 辖, 下辖: a clause with no subject of its own


def _local_scope_place(view: _ArticleView, s_start: int, i: int) -> str | None:
    """A local scope word (我省, 全市) in the figure's own clause, with no entity named between it
    and the figure: the figure is about that place — the place mention the scope word resolved
    to, else the article's own place when the word names its level (我省 in a province's story) —
    not about an agency that opens the sentence (中组部授予…称号，其中我省有4人获此殊荣). A scope
    word whose count closes with 之一 before the figure scopes that count only (魏县作为全省10个
    试点县之一获得资金500万元: the funds are the county's)."""
    text = view.text
    cut = rfind_any(text, "，,；;：:", s_start, i)
    if cut >= s_start and text[cut] in "，," and text.startswith(_GOVERNS_VERBS, cut + 1):
        cut = rfind_any(text, "，,；;：:", s_start, cut)  # 全县总面积…，辖8镇16乡: the clause before's subject
    last = _last_local_scope(view, max(s_start, cut + 1), i)
    if last is None and cut >= s_start and text[cut] in "，,":
        last = _topic_scope(view, s_start, cut)  # 全村共有牧户126户，牲畜存栏2.3万头只: the clause goes on
        # about the scope the sentence opened with, naming nothing of its own (checked below)
    if last is None or (any(a >= last.end() for a, *_ in view.mentions_in(last.end(), i))
                        and not _scope_opens_examples(view, last.end(), i)):
        return None
    return _scope_place(view, last)


def _scope_opens_examples(view: _ArticleView, lo: int, i: int) -> bool:
    """我市巧家县蒙姑镇拖坑村委会二组三组、镇雄县…坪头自然村等7个村寨被命名 (xinan92): the names between a local
    scope word and the figure are the examples its count closes with 等 — the first written right after the
    scope word, every one before the 等 whose count is the figure: the scope's count, as with nothing between."""
    text = view.text
    etc = text.rfind(_ETC, lo, i)
    m = _EXAMPLES_COUNTED.match(text, etc) if etc > lo else None
    if m is None or not etc < i <= m.end() or any(c in text[lo:etc] for c in "，,；;。：:"):
        return False
    ments = view.mentions_in(lo, i)
    return bool(ments) and ments[0][0] == lo and all(a < etc for a, *_ in ments)


def _topic_scope(view: _ArticleView, s_start: int, cut: int) -> re.Match | None:
    """The local scope word that opens the sentence's topic before `cut` (2018年底，全村建档立卡贫困户139户，
    贫困发生率60.7%): its first one, with no place or body named before it (兖州区纳入全市集中开工项目…: 全市
    qualifies the projects, the district is the topic; 衡水市行政审批局推行…，全市92%的事项…，…压缩至1个工作日:
    the bureau's), and not a yardstick."""
    m = next(iter(view.scope_words(s_start, cut)), None)
    if m is None or _SCOPES[m.group(0)] != "local" or _yardstick(view.text, s_start, m.start()):
        return None
    before = view.mentions_in(s_start, m.start())
    if before and all(t == "Agency" for _a, _b, _k, t, _l in before) \
            and view.text[before[-1][1]:m.start()] in _ALLOT_VERBS:
        return m  # 国土资源部下发我县图斑770个，总面积4310.87亩 (ziran94): the giver, the county the topic
    return None if before else m


_ALLOT_VERBS = frozenset(cues("metrics.allot_verbs"))  # 下发, 下达: an agency hands things to the scope after it


def _last_local_scope(view: _ArticleView, lo: int, i: int) -> re.Match | None:
    """The last local scope word (全村, 我省) in text[lo:i], not a yardstick nor closed by 之一 before i."""
    last = None
    for m in view.scope_words(lo, i):
        if _SCOPES[m.group(0)] == "local" and not _yardstick(view.text, lo, m.start()):
            last = None if _one_of_scoped(view.text, m.end(), i) else m
    return last


def _national_run(view: _ArticleView, s_start: int, p_start: int, i: int) -> bool:
    """全国共建成农家书屋58.7万家…；进行数字化建设的农家书屋达到12.5万家: a national scope word governs the
    figure at i from its own sentence or from the clauses its semicolons continue (`_semicolon_run_start`,
    bounded), with no local scope word or place named after it (`_national`)."""
    if _national(view, s_start, i):
        return True
    wide = _semicolon_run_start(view.text, s_start, p_start)
    return wide < s_start and _national(view, wide, i) is True


def _continued_scope(view: _ArticleView, s_start: int, i: int) -> str | None:
    """A clause after a semicolon (全省累计接待游客…；累计实现旅游收入252.41亿元) is cut as a
    sentence of its own, yet the local scope word of the clauses before it in the same sentence
    governs it too: the place that last scope word means (`_scope_place`), when no place is
    named between it and the figure."""
    text, start = view.text, s_start
    for _ in range(3):  # a few clauses back, each a bisect: linear in the article
        if start <= 0 or text[start - 1] not in "；;":
            break
        start = view.sentence(start - 1)[0]
    if start == s_start:
        return None
    last = None
    for m in view.scope_words(start, s_start):
        if _SCOPES[m.group(0)] == "local" and not _yardstick(text, start, m.start()):
            last = m
    if last is None or any(t == "Place" and a >= last.end() and not _yardstick(text, start, a)
                           for a, _b, _k, t, _l in view.mentions_in(last.end(), i)):
        return None  # (a place named as a yardstick, 总量稳居全市第一, is no subject: 全区 still governs)
    return _scope_place(view, last)


def _continued_place(view: _ArticleView, s_start: int) -> str | None:
    """北京市优良天数比例为77.9%，同比上升9.4个百分点；PM2.5浓度为31微克/立方米: a clause after a
    semicolon is cut as a sentence of its own, yet the place opening the clause before it (after a
    period phrase at most: 上半年，北京市…) governs it too, as it governs that clause's later figures
    after a comma (so does a company opening it). Only the nearest clause is read, and only
    when it opens with a place not listed
    with others (北京、天津…) — one bisection and a few mentions: linear in the article.  A dispatch's
    dateline (北京3月28日电 生态环境部28日通报…：全国…；PM2.5平均浓度为47微克/立方米) opens no clause:
    its city is where the story was filed; nor does a news flash's outlet (武义新闻网讯 …，已交办…124宗；
    已完成拆除整改任务97宗: ziran94 04-wuyi-weipian), who reports the figures."""
    text = view.text
    for _ in range(_CONTINUED_CLAUSES):
        if s_start <= 0 or text[s_start - 1] not in "；;":
            return None
        lo = view.sentence(s_start - 1)[0]
        for a, b, key, etype, _l in view.mentions_in(lo, s_start):
            lead = text[lo:a].strip(" \u3000\t\n“\"")
            if etype not in _CONTINUED_SUBJECTS or (lead and lead[-1] not in "，,") or len(lead) > 12 \
                    or _WIRE_AFTER.match(text, b) or text.startswith(_NEWS_FLASH, b) \
                    or text[b:b + 1] == "、" or _scope_matches_any(view, lo, a):
                return None
            if etype != "Place" and _reports_after(text, b):
                return None  # 厦门市气象台…继续发布高温橙色预警信号：…；集美区…最高气温可达36~38℃: the issuer
            if etype == "Place" and _heads_plan_name(text, b):
                return None  # 弥陀镇防汛抗旱应急预案成功获选省级预案模板…；3轮专家服务…460条: the plan's town
            return key
        if any(_SCOPES.get(m.group(0)) != "compare" for m in view.scope_words(lo, s_start)):
            return None  # (…；全市…；: a scope word of its own, not 同比, opens that clause)
        s_start = lo  # a clause naming no one (；工业开票销售收入4171万元…；) passes on the one before it
    return None


def _heads_plan_name(text: str, b: int) -> bool:
    """弥陀镇|防汛抗旱应急预案成功获选省级预案模板 (yingji93, 08-taihu-yingjiju-2023): a place written right
    before a plan's or a project's name (four characters or more, then its noun: metrics.plan_name_heads,
    metrics.project_name_heads, no mark between) is that plan's, no subject the clauses after it go on
    about; a verb right after the place (下圩镇|实施…项目) makes the place the doer.  Bounded: one run."""
    run = _PROJECT_NAME_RUN.match(text, b, min(len(text), b + _PLAN_NAME_MAX))
    if run is None:
        return False
    k = min((i for i in (run.group(0).find(h) for h in _PLAN_NAME_HEADS) if i >= _PLAN_NAME_MIN), default=-1)
    if k < 0:
        return False
    word = next((text[b:b + n] for n in (2, 1) if word_freq().get(text[b:b + n])), "")
    return word_tags().get(word) != "v"


_PLAN_NAME_HEADS = tuple(cues("metrics.plan_name_heads")) + tuple(cues("metrics.project_name_heads"))
_PLAN_NAME_MIN = 4  # (弥陀镇|防汛抗旱应急|预案: a name of its own before the noun, not 镇|预案)
_PLAN_NAME_MAX = 16


# semicolon clauses read back to the place opening the first (下圩镇实现…；工业开票…；规模以上固定资产投资…)
_CONTINUED_CLAUSES = 4


def _sibling_item(text: str, s_start: int, i: int) -> bool:
    """其中，青溪古城共接待游客50636人次；战国木牍生态文化园共接待游客11067人次: a clause after a semicolon
    that opens with a noun of its own before the very words, a sum adverb first, that led to the figure
    of the clause before it (共接待游客) is the next item of a list, another site's figure: the place of
    the item before (青溪 of 青溪古城) does not pass on to it (`_continued_place`).  A clause opening with
    those words (；接待游客…), with an indicator of its own (；PM2.5浓度为31) or with a part of the measure
    before (全市一般公共预算收入完成…；税收收入完成28.1亿元: no sum adverb) still continues the place."""
    if s_start <= 0 or text[s_start - 1] not in "；;":
        return False
    head = text[s_start:i].strip(" \u3000\t\n")
    run = next((n for n, c in enumerate(head) if not is_han(c)), len(head))
    head = head[:run]  # (…共接待游客11067人次,宾馆入住率达85%: the clause's own words before its first figure)
    if not head:
        return False
    prev = text[max(0, s_start - _SIBLING_REACH):s_start - 1]
    prev = prev[max(prev.rfind(c) for c in "。；;\n") + 1:]
    for k in range(len(head) - _SIBLING_OWN_NOUN, _SIBLING_SHARED - 1, -1):
        if head[-k:] in prev and head[-k:].startswith(_SUM_ADVERBS):
            return True
    return False


def _own_tier_clause(text: str, s_start: int, i: int) -> bool:
    """乐都区融资32.58亿元，…；市本级融资18.26亿元 (jinrong90): a clause opening with a government's own tier
    (市本级, 县本级: `metrics.own_level_tiers`) is the whole's own account, not the place of the clause
    before it (`_continued_place`): the county or district listed last does not pass on to it.  Nor
    does the bank of the clause before pass on to one opening with the others (农业银行发放贷款7.84亿元…；
    其他银行共计发放贷款30.09亿元: `metrics.others_opens`)."""
    head = text[s_start:i].lstrip(" \u3000\t\n")
    return _OWN_TIER.match(head) is not None or head.startswith(_OTHERS_OPENS)


_OTHERS_OPENS = tuple(cues("metrics.others_opens"))


_SIBLING_SHARED = 4  # characters of the words before the figure both items share (共接待游客, 共完成投资)
_SUM_ADVERBS = tuple(cues("metrics.sum_adverbs"))  # they open the shared words: the doers before them differ
_SIBLING_OWN_NOUN = 2  # characters at least of the item's own noun before them
_SIBLING_REACH = 80  # characters of the clause before read back
# what may open that clause: a place, or a company whose figures the clause gives (2025年，北大荒集团粮食作物播种面积…；
# 粮食总产占黑龙江省的28.24%: the group's share, not the article's province's); never an agency, which opens a
# clause as the source or the meeting's (沭阳经信局提供的工业月报显示，…全县…；实现工业销售收入…: the county's)
_CONTINUED_SUBJECTS = ("Place", "Organization")


def _heading_line_place(view: _ArticleView, s_start: int) -> str | None:
    """张湾区\n新建国瑞学校新增学位3900个；\n新建学校1所，…新增义务教育学位6300个: a line that is a place's
    name and nothing else heads the lines after it, as a section's title does; a figure whose own
    sentence names no one is that place's.  Only the few lines right before are read (the nearest
    such heading wins); the text's first line, its title, heads nothing.  Remembered per line (the
    answer depends only on where the line holding s_start begins): every figure of a line asks it."""
    end = view.text.rfind("\n", 0, s_start)
    if end not in view.heading_memo:
        view.heading_memo[end] = _heading_above(view, end)
    return view.heading_memo[end]


def _heading_above(view: _ArticleView, end: int) -> str | None:
    """`_heading_line_place` of the line that begins right after `end` (a line break, or -1)."""
    text = view.text
    item = _LABEL_LINE.match(text, end + 1) is not None  # (投资:500万元: a field of the item above)
    for _ in range(_HEADING_LINES_BACK):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if start == 0:
            return None
        line = text[start:end].strip(" \u3000\t：:")
        for a, b, key, etype, _l in view.mentions_in(start, end):
            if etype == "Place" and len(line) >= 2 and text[a:b] == line:
                return key
        if item and (opened := ENUMERATOR.match(line)) is not None:
            item = False  # (only the nearest numbered line heads the fields: never an item further up)
            if line.endswith(_ITEM_WORK_HEADS):
                places = [(a, key) for a, _b, key, etype, _l in view.mentions_in(start + opened.end(), end)
                          if etype == "Place"]
                if places:
                    return max(places)[1]
        end = start - 1
    return None


# a field of a numbered item, on its own line (投资:500万元 实施单位:…; 资金规模:206.7万元。): a label of a few Han
# characters and its colon
_LABEL_LINE = re.compile(f"[ \u3000\t]*[{HAN}]{{2,8}}[：:]")
# xiangcun90: a numbered line naming a work (1.西卜沙乡三个村游牧民定居点人饮巩固提升工程, (一)兴仁镇川裕村渠道改造项目)
# heads the fields below it: the last place it names is where the work is, whose figures they are
_ITEM_WORK_HEADS = tuple(cues("metrics.item_work_heads"))


_HEADING_LINES_BACK = 8  # the lines a place's heading line governs at most


def _scope_matches_any(view: _ArticleView, lo: int, hi: int) -> bool:
    """Whether a scope word (全国, 全市) stands in text[lo:hi]."""
    return next(iter(view.scope_words(lo, hi)), None) is not None


_FIRST_PERSON_SCOPE = tuple(cues("metrics.first_person_scopes"))  # 我: 我区, 我县, 我市
_SUBJECT_SWITCHES = tuple(cues("metrics.subject_switches"))  # 该, 其: a clause of another subject


def _first_person_subject(view: _ArticleView, s_start: int, i: int) -> tuple[bool, str | None]:
    """据了解,今年以来,我区紧盯长三角、珠三角、京津冀等重点地区,以及…“三北地区”等,…实现春季集中签约…
    产业项目9个: a sentence whose first clause opens with the paper's own place in the first person
    (我区, 我县), no place named before it, does what it does to the places it names after (紧盯, 赴,
    与…签约); a figure whose own clause names no place is its own.  (True, the place 我区 means —
    None where the article's place says no district) or (False, None) when the sentence has no such
    subject."""
    text = view.text
    first = next(iter(view.scope_words(s_start, i)), None)
    if first is None or _SCOPES[first.group(0)] != "local" or not first.group(0).startswith(_FIRST_PERSON_SCOPE):
        return False, None
    if first.start() > s_start and text[first.start() - 1] not in _CLAUSE_MARKS:
        return False, None  # (…来我区考察: an object, no subject)
    own = rfind_any(text, _CLAUSE_MARKS, s_start, i) + 1
    if own <= first.end() or any(etype == "Place" for _a, _b, _k, etype, _l in view.mentions_in(s_start, first.start())) \
            or any(etype == "Place" for _a, _b, _k, etype, _l in view.mentions_in(own, i)):
        return False, None  # (我县大营镇建成大棚300个: the township's clause)
    if any(etype != "Place" for _a, _b, _k, etype, _l in view.mentions_in(first.end(), i)) \
            or any(w in text[first.end():i] for w in _SUBJECT_SWITCHES):
        return False, None  # (我县代表团考察了…物流中心,该中心…总投资5.08亿元: the centre's figures)
    for a, b, key, etype, _l in view.mentions_in(max(0, first.start() - 8), first.end()):
        if etype == "Place" and a <= first.start() and first.end() <= b:
            return True, key  # (the place the word resolved to)
    return True, view.art.place  # (the story's own place, broader perhaps, never a place named before)


_DEMONSTRATIVE = tuple(cues("metrics.demonstrative_scopes"))  # 该: 该村, 该镇


def _demonstrative_subject(view: _ArticleView, s_start: int, i: int) -> str | None:
    """该村依靠发展生态农业，集体经济收入从2014年不足1.5万元提高到2017年31.79万元: a sentence opening
    with a demonstrative of a place (该村, 该镇) has that place for its subject, and a figure of a
    later clause naming no place or body of its own is that place's — the one the word means
    (`_scope_place`: the village named last), not the article's."""
    text = view.text
    framed, opens = _example_framed(view, s_start, i)  # 以老渡口村为例，|该村…: the frame, then the subject
    first = next(iter(view.scope_words(opens, i)), None)
    if first is None or _SCOPES[first.group(0)] != "local" or not first.group(0).startswith(_DEMONSTRATIVE):
        return None
    if text[opens:first.start()].strip(" \u3000\t\n“\""):
        return None  # (…向该村捐赠: an object, no subject)
    if any(a >= first.end() for a, *_ in view.mentions_in(first.end(), i)) \
            or any(w in text[first.end():i] for w in _SUBJECT_SWITCHES):
        return None  # (该镇…与某公司签约，该公司投资…: another subject)
    return framed or _scope_place(view, first)


_EXAMPLE_OPEN = cues("metrics.example_frame_open")[0]
_EXAMPLE_CLOSES = tuple(cues("metrics.example_frame_closes"))


def _example_framed(view: _ArticleView, s_start: int, i: int) -> tuple[str | None, int]:
    """以老渡口村为例，该村党支部…整理出土地50余亩: a sentence opening with a frame of one place as the
    example (以…为例, 为样本) means that place by the demonstrative after it.  (the place framed, where
    the sentence goes on after the frame); (None, s_start) when no such frame opens the sentence."""
    text = view.text
    a0 = s_start + len(text[s_start:i]) - len(text[s_start:i].lstrip(" \u3000\t\n“\""))
    if not text.startswith(_EXAMPLE_OPEN, a0):
        return None, s_start
    a0 += len(_EXAMPLE_OPEN)
    places = [(a, b, key) for a, b, key, etype, _l in view.mentions_in(a0, i) if etype == "Place" and a == a0]
    if not places:
        return None, s_start
    _a, b0, key = max(places, key=lambda p: p[1])
    close = next((w for w in _EXAMPLE_CLOSES if text.startswith(w, b0)), None)
    if close is None or text[b0 + len(close):b0 + len(close) + 1] not in ("，", ","):
        return None, s_start
    return key, b0 + len(close) + 1


def _scope_place(view: _ArticleView, last: re.Match) -> str | None:
    """The place a local scope word means: the place mention it resolved to, else the article's
    own place when the word names its level (我省 in a province's story), else the ancestor of
    the article's place of that level (`_scoped_ancestor`)."""
    for a, b, key, etype, _l in view.mentions_in(max(0, last.start() - 8), last.end()):
        if etype == "Place" and a <= last.start() and last.end() <= b:
            return key
    place = view.doc.entities.get(view.art.place) if view.art.place else None
    if place is not None and place.name.endswith(_scope_level(last)):
        return place.id
    return _scoped_ancestor(view, place, _scope_level(last)) or _named_before(view, last) \
        or _only_child_of_level(view, place, _scope_level(last))


_VILLAGE_FIGURE_HEADS = tuple(cues("metrics.village_figure_heads"))
_VILLAGE_LEVELS = ("village", "community")
_LEAD_YEAR = re.compile(r"(?:19|20)[0-9]{2}年(?:度|底|末)?")  # the year a clause opens with, before its head


def _paragraph_subplace(view: _ArticleView, p_start: int, s_start: int) -> str | None:
    """光明社区位于开封市鼓楼区三里堡街道，是一个…混合型社区。辖区面积约0.6平方公里，常住人口约8500人: a
    later sentence of a paragraph that opens with a village or a community, naming no subject of its
    own, goes on about that village or community — not the township or county the story is placed in
    (a village's own story has its article place already)."""
    if s_start == p_start:
        return None  # (the opening sentence's own places were read before)
    art_place = view.doc.entities.get(view.art.place) if view.art.place else None
    if art_place is not None and art_place.level in _VILLAGE_LEVELS:
        return None
    text = view.text
    opening = p_start + len(text[p_start:s_start]) - len(text[p_start:s_start].lstrip(" \u3000"))
    first = view.mentions_in(opening, s_start)[:1]
    if first and first[0][0] == opening and first[0][3] == "Place" and first[0][4] in _VILLAGE_LEVELS:
        return first[0][2]
    framed, _ = _example_framed(view, opening, s_start)  # 以老渡口村为例，该村党支部…。…整理出土地50余亩
    place = view.doc.entities.get(framed) if framed else None
    return framed if place is not None and place.level in _VILLAGE_LEVELS else None


_STREET_LEVELS = ("township", "county")  # (and a county of the story's city: 如今,商城茶产业…。茶园总面积…)
_PARAGRAPH_TIME_OPENERS = tuple(cues("metrics.paragraph_time_openers"))  # 如今, 目前, 近年来


_OPENING_ADVERBIAL = re.compile(rf"[{HAN}]{{2,6}}[，,]")  # 连日来，今年以来，: a short time clause first
_POST_AFTER_BODY = tuple(sorted(_POST_TITLES | set(cues("metrics.company_actor_not_after")), key=len, reverse=True))


def _paragraph_company(view: _ArticleView, p_start: int, s_start: int) -> str | None:
    """nongken90: a company (an Organization: 北大荒集团牡丹江分公司, 友谊农场有限公司) that opens the first
    sentence of the paragraph as its actor (after a short time clause: 连日来，) — no list of bodies, no
    person's post — is whose the figures of the paragraph's later sentences are when they name no subject
    of their own: 连日来,北大荒集团牡丹江分公司周密部署…。以日均出动机械5460余台(套),日均收获近40万亩的速度…。
    截至10月10日,720余万亩秋粮收获已完成70% (was 牡丹江市, the article's place the company's name gave).
    Read once per paragraph (`view.company_memo`): the first sentence's few opening characters only."""
    if s_start <= p_start:
        return None
    if p_start not in view.company_memo:
        view.company_memo[p_start] = _opening_company(view, p_start)
    return view.company_memo[p_start]


def _opening_company(view: _ArticleView, p_start: int) -> str | None:
    """`_paragraph_company` of the paragraph opening at p_start."""
    a, b = view.sentence(p_start)
    if b <= a:
        return None
    text = view.text
    m = _OPENING_ADVERBIAL.match(text, a)
    for st in (a, m.end()) if m else (a,):
        for astart, aend, key, etype, _lvl in view.mentions_in(st, min(b, st + 2)):
            if astart != st:
                continue
            if etype != "Organization" or _WIRE_AFTER.match(text, aend) \
                    or text.startswith(_NEWS_FLASH + _REPORTER_MARKS, aend):
                return None  # 中新网西宁10月27日电, 十房网讯: a news outlet's dateline, no actor
            end = min(b, aend + 12)
            if any(t == "Person" for _a, _b, _k, t, _l in view.mentions_in(aend, end)) \
                    or text.startswith(_POST_AFTER_BODY, aend, end):
                return None  # 北大荒集团党委书记、董事长…: the body of a person's post, no actor
            if _reports_after(text, aend):
                return None  # 厦门市气象台…继续发布高温橙色预警信号: the issuer of a forecast, whose figures are the places'
            if _media_outlet(view, key):
                return None  # 人民网安徽频道今天从…获悉，…: the outlet reports the figures, it is no actor of them
            return key
    return None


_MEDIA_RULES = frozenset({"org.media", "org.media+byline", "org.news-site", "org.titled-media", "org.titled-paper"})


def _media_outlet(view: _ArticleView, key: str) -> bool:
    """Is the organisation `key` a news agency, paper or news site (人民网, 新华社: the media table, or
    read as an outlet by its form)?  It reports what a paragraph tells; no figure is its own."""
    ent = view.doc.entities.get(key)
    if ent is None:
        return False
    if ent.rules & _MEDIA_RULES:
        return True
    entry = registry()[1].get(ent.name)
    return entry is not None and entry.table == "media"


def _paragraph_street(view: _ArticleView, p_start: int, s_start: int) -> str | None:
    """西城区德胜街道党工委书记孙广俊…试点“全域自治停车”。…眼下,已在6个社区施划了642个街道自治停车位: a
    later sentence of a paragraph that opens with a street or township (its district written before it
    or not), naming no subject of its own, goes on about that street — not the city the story is
    placed in.  As `_paragraph_subplace` for communities, one level up; and a county opening the
    paragraph after a time word (如今,商城茶产业发展势头强劲…。茶园总面积20.8万亩) in a story placed in its
    city: the later figures are the county's, not the city's."""
    if s_start == p_start:
        return None
    text = view.text
    opening = p_start + len(text[p_start:s_start]) - len(text[p_start:s_start].lstrip(" \u3000"))
    opener = next((w for w in _PARAGRAPH_TIME_OPENERS if text.startswith(w, opening)), None)
    if opener and text[opening + len(opener):opening + len(opener) + 1] in "，,":
        opening += len(opener) + 1  # (如今,商城茶产业发展势头强劲: a time word before the place)
    chain, at = [], opening
    for a, b, key, etype, lvl in view.mentions_in(opening, s_start):
        if etype != "Place":
            continue  # (西城区德胜街道党工委: the organ's mention spans the places it opens with)
        if a != at:
            break
        chain.append((key, lvl))
        at = b
    if opener and len(chain) == 1 and chain[-1][1] in _WIDER_LEVELS and _holds_article_place(view, chain[-1][0]) \
            and text[at:at + 1] not in _PLACE_LIST_JOINS:
        return chain[-1][0]  # (“十四五”时期,贵州积极构建…: a time, then the province, whose the paragraph is)
    if not chain or chain[-1][1] not in _STREET_LEVELS or chain[-1][0] == view.art.place:
        return None
    if chain[-1][1] == "county" and len(chain) > 1:
        return None  # (我市博爱县丹东灌溉区…项目和广利灌溉区…项目: the city's paragraph naming one of its counties)
    return chain[-1][0]


_WIDER_LEVELS = ("province", "city")
_PLACE_LIST_JOINS = ("及", "、", "和", "与", "同")  # (泉州及晋江市领导…: a list of places, none the paragraph's own)


def _holds_article_place(view: _ArticleView, key: str) -> bool:
    """Is the place `key` a province or city the article's place lies in (贵州 over a story placed in
    铜仁市)?  A paragraph opening with it (“十四五”时期,贵州积极构建…。数据显示,搬迁脱贫人口人均纯收入…)
    zooms out from the story's place: its later figures naming no subject are that wider place's."""
    ents = view.doc.entities
    wide, home = ents.get(key), ents.get(view.art.place) if view.art.place else None
    if wide is None or home is None or key == view.art.place:
        return False
    wc, hc = str(wide.code or ""), str(home.code or "")
    digits = 2 if wide.level == "province" else 4
    return len(wc) == 6 and len(hc) == 6 and wc.isdigit() and hc.isdigit() and hc[:digits] == wc[:digits] \
        and wc[digits:] == "0" * (6 - digits)


def _village_of_figure(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """海丰村…村集体经济薄弱。2021年，村集体收入仅有1.6万元: a clause naming no place that opens
    with the village's own economy (村集体收入, 村级集体经济) is about the village or community
    named last in the few sentences before it (`_SCOPE_LOOKBACK` characters), not about the
    district the story is placed in — unless the figure is a threshold (超10万元的村: 的 after it)."""
    text = view.text
    k = max(rfind_any(text, "，,；;：:", s_start, q.number_start) + 1, s_start)
    lead = text[k:q.number_start].lstrip(" \u3000“\"")
    lead = lead[m.end():] if (m := _LEAD_YEAR.match(lead)) else lead  # 2022年村集体经济收入达50万元 (guanzhong87)
    if not lead.startswith(_VILLAGE_FIGURE_HEADS) or text.startswith("的", q.end):
        return None
    art_place = view.doc.entities.get(view.art.place) if view.art.place else None
    if art_place is not None and art_place.level in _VILLAGE_LEVELS:
        return None  # (a village's own story: its article place already)
    for _a, _b, key, etype, lvl in reversed(view.mentions_in(max(0, k - _SCOPE_LOOKBACK), k)):
        if etype == "Place" and lvl in _VILLAGE_LEVELS:
            return key
    return None


def _quoted_speech(text: str, lo: int, i: int) -> bool:
    """“按照500人一名保洁员的标准，我村2800多人就聘请了6名保洁员: is the quote open before i (the
    sentence from lo) somebody's words rather than a title?  A clause mark between the quote's
    opening and i says so: a title (“全国优秀县委书记”) holds none.  So does a quote opening its sentence
    with words before the scope word (“现在全村有720亩茶园…”, hubei81): a title opens on its own words."""
    q = text.rfind("“", lo, i)
    return q >= 0 and (rfind_any(text, "，,；;：:", q, i) >= 0 or text.endswith(_QUOTE_SPEECH, lo, q)
                       or (not text[lo:q].strip() and i > q + 1 and is_han(text[q + 1])))


# 报道中指出“全国已经建成…64万多个…”: a quote opened right after a verb of saying is somebody's words
_QUOTE_SPEECH = tuple(cues("metrics.quote_speech_verbs"))


def _scope_level(last: re.Match) -> str:
    """The level a local scope word names, the word after its 全/我/本/该: 省 of 全省, 社区 of
    该社区 (whose last character alone, 区, would take the district for the community); of a
    colloquial scope with a locative after its level (村里), the word before the locative."""
    word = last.group(0)
    return word[:-1] if word.endswith(_SCOPE_LOCATIVES) else word[1:]


_SCOPE_LOCATIVES = ("里",)  # 村里: in the village


_SCOPE_LOOKBACK = 300  # characters: the sentences before a scope word that can name its place


def _named_before(view: _ArticleView, last: re.Match) -> str | None:
    """全县 in a story placed in its city (邯郸日报 … 魏县42个重点项目…。全县新开工项目18个): the
    place of that level named last before the scope word, in the few sentences before it."""
    ch = _scope_level(last)
    division = ANAPHORA.get(last.group(0)) is not None  # 我区 is a district: never 金河社区 for its 区
    for a, b, key, etype, _l in reversed(view.mentions_in(max(0, last.start() - _SCOPE_LOOKBACK), last.start())):
        ent = view.doc.entities[key] if etype == "Place" and b <= last.start() else None
        if ent is not None and ent.name.endswith(ch) and not (division and ent.level in _VILLAGE_LEVELS) \
                and not _listed_member(view.text, a, b) and not in_lesson_clause(view.text, a, b) \
                and not after_rank_peer(view.text, a) and not _belonged_to(view.text, a) \
                and not _border_neighbour(view.text, a, b):
            # (来自淮安、连云港、安徽等地的农机手…来到我市: a place listed with others is none the scope means;
            # nor is one whose accident's lessons are drawn: 吸取大连瓦房店燃气闪爆事故教训…。全市累计检查企业…;
            # nor the peer a ranking places 我市 against: 位列副省级城市第二位，仅次于深圳。…全市新批…)
            return key
    return None


def _border_neighbour(text: str, a: int, b: int) -> bool:
    """国荣乡位于石阡县西南部…。东与中坝镇相连,…,北与龙井乡相交。全乡辖14个行政村 (yungui97,
    08-shiqian-guorong): a place in a clause of the profile's borders (东与…相连, 北与…相交) is a
    neighbour, never the place a later 全乡 means (`helpers.in_border_clause`).  The clause is looked
    for at most _BORDER_CLAUSE_REACH characters back."""
    lo = max(0, a - _BORDER_CLAUSE_REACH)
    return in_border_clause(text, a, b, rfind_any(text, "，,；;。\n", lo, a) + 1 or lo)


_BORDER_CLAUSE_REACH = 24


_BELONGING_VERBS = tuple(cues("metrics.belonging_verbs"))  # 隶属, 属于: the parent place follows
_BELONGING_REACH = 16  # characters of the clause read back from a place for the verb


def _belonged_to(text: str, a: int) -> bool:
    """什黑村位于上安墟5公里处,隶属上安乡南万村委会。全村目前有21户 (xizang96): a place written after a verb of
    belonging in its own clause (within a few characters) is the parent the clause's place belongs to, not
    the place a later 全村 means.  Reads back at most _BELONGING_REACH characters, to the clause's start."""
    lo = max(0, a - _BELONGING_REACH)
    cut = rfind_any(text, "，,；;。：:！？!?\n", lo, a)
    clause = text[max(lo, cut + 1):a]
    return any(v in clause for v in _BELONGING_VERBS)


_CODE_PREFIX = {"province": 2, "city": 4}
_CHILD_LEVELS = {"province": ("city", "county"), "city": ("county",)}


def _only_child_of_level(view: _ArticleView, place, scope_char: str) -> str | None:
    """全县完成50多处重大事故隐患整改 in a county bureau's story placed in its city (yingji93,
    08-taihu-yingjiju-2023: 安庆市 named in a drill's name, 太湖县 only in the source line): the one
    division of that level under the article's place the document names is what the scope word
    means; none when the document names two or more.  Read once per article and level."""
    if place is None or not place.code or place.level not in _CHILD_LEVELS:
        return None
    memo = view.__dict__.setdefault("_only_children", {})
    if (place.id, scope_char) not in memo:
        prefix = place.code[:_CODE_PREFIX[place.level]]
        found = [ent.id for ent in view.doc.entities.values()
                 if ent.type == "Place" and ent.level in _CHILD_LEVELS[place.level] and ent.code
                 and ent.id != place.id and ent.code.startswith(prefix) and ent.name.endswith(scope_char)]
        memo[(place.id, scope_char)] = found[0] if len(found) == 1 else None
    return memo[(place.id, scope_char)]



def _scoped_ancestor(view: _ArticleView, place, scope_char: str) -> str | None:
    """全省 in an article placed in 漳州市 (its most specific place): the province named in the
    document that holds the article's place (福建省, by division code) is what 全省 means."""
    if place is None or not place.code:
        return None
    memo = view.__dict__.setdefault("_ancestors", {})  # one pass over the entities per scope word
    if (place.id, scope_char) not in memo:
        memo[(place.id, scope_char)] = next(
            (ent.id for ent in view.doc.entities.values()
             if ent.type == "Place" and _CODE_PREFIX.get(ent.level or "") and ent.code
             and ent.id != place.id and ent.name.endswith(scope_char)
             and ent.code[_CODE_PREFIX[ent.level]:].strip("0") == ""
             and place.code.startswith(ent.code[:_CODE_PREFIX[ent.level]])), None) \
            or _table_ancestor(view.doc, place, scope_char)
    return memo[(place.id, scope_char)]


def _table_ancestor(doc: Doc, place, scope_char: str) -> str | None:
    """When the document never names the province (今年国庆假期，全省… in a story placed in 漳州市),
    its 全省 still means the province that holds the article's place: the division table's
    province (or city) of the place's code whose name ends with the scope word's character,
    as an entity with no mention of its own (`ensure_place`)."""
    for n in (2, 4):  # the province, then the city
        anc = place.code[:n].ljust(6, "0")
        d = table().get(anc)
        if anc != place.code[:6] and d is not None and d.level in _CODE_PREFIX \
                and d.name.endswith(scope_char):
            return ensure_place(doc, anc)
    return None


# 成立广西首个退役军人教育学院 (tuiyi89): a place before 首个, 首家 (metrics.rank_place_after) is the whole a first is
# ranked in, as 全县首家 is, no subject of the figures after it
_RANK_PLACE_AFTER = tuple(cues("metrics.rank_place_after"))


def _distance_point(text: str, s_start: int, i: int) -> bool:
    """The place at i is the point a distance is measured from (距儋州市区(那大镇)约44公里, 离县城15公里):
    its clause opens with 距 or 离 right before it, and a distance in km or m follows in the clause.  A
    town's profile gives how far it lies from the city; the city is no subject of the figures after
    (总面积79平方公里, 总人口8.57万人: the town's, huanan84)."""
    cut = rfind_any(text, "，,；;。：:", max(s_start, i - 12), i) + 1
    head = text[max(cut, s_start):i]
    if not head.startswith(cues("metrics.distance_from_marks")):
        return False
    return bool(_DISTANCE_AFTER.match(text, i))


# the rest of a 距/离 clause: up to a distance in km or m before its clause mark (约44公里, 20公里)
_DISTANCE_AFTER = re.compile(rf"[^，,；;。：:]{{0,16}}?[0-9０-９.]+(?:{cue_alt('metrics.position_spot_units')})")


def _yardstick(text: str, s_start: int, i: int) -> bool:
    """The scope word or place at i follows a comparison (高于全市平均水平, 比全省高), or a scope word
    is followed by the share or rank taken in it (在全市占比): a yardstick."""
    scope = _SCOPE_RE.match(text, i)
    if scope and (_SCOPE_WHOLE.match(text, scope.end()) or _RANK_IN.match(text, scope.end())
                  or text.startswith(cues("metrics.rank_place_after"), scope.end())):
        return True  # 在全市占比为10.3%, 全市排名第3, 增长3.4%，全省第8位, 走在全省前列: the whole a share or rank is taken in
    if scope and i > s_start and text[i - 1] in cues("metrics.scope_openers") \
            and text.startswith(cues("metrics.first_in_after"), scope.end()):
        return True  # 在全市最先完成结案率95%的考核任务: the whole the unit came first in (renshe95)
    if _compared_before(text, s_start, i) or _matched_with(text, s_start, i):
        return True
    if scope and i > s_start and _contribution_whole(text, i, scope.end()):
        return True  # 对全市GDP增长的贡献率: the whole the county's contribution is to, no subject
    if _yardstick_in_brackets(text, i):
        return True  # 同比增长7.4%(全市7.2%): the whole's own figure in brackets, beside the subject's
    if i > s_start and text[i - 1] in cues("metrics.scope_openers") and _WHOLE_AFTER_OPENER.match(text, i):
        return True  # 在西南五省市区同期农村网络零售额总量中占比达69.28%: the whole the share is taken in
    if i > s_start and text[i - 1] in cues("metrics.scope_openers") and _FRAME_AFTER_OPENER.match(text, i):
        return True  # 在全市农民工返乡创业示范项目评比中，…获市级一等奖: the whole a contest is held in
    if _circled(text, s_start, i):
        return True  # 长度可绕地球赤道115圈: the place a length is measured by, no subject of the clauses after it
    if _listed_into(text, s_start, i):
        return True  # 列入全市重点工业建设项目16个: the whole's list the county's projects entered
    return _listed_yardstick(text, s_start, i)


def _listed_into(text: str, s_start: int, i: int) -> bool:
    """列入全市重点工业建设项目16个, 纳入全省重点项目的有5个: a scope word right after a verb of entering a
    list (metrics.list_entry_verbs) names whose list it is — the things counted are the clause's own
    place's (the county's projects in the city's list), the scope no subject."""
    return text.endswith(_LIST_ENTRY_VERBS, s_start, i)


_LIST_ENTRY_VERBS = tuple(cues("metrics.list_entry_verbs"))  # 列入, 纳入, 入选


def _yardstick_in_brackets(text: str, i: int) -> bool:
    """The scope word at i opens a bracketed figure of its own (增长7.4%(全市7.2%), （全省5.1%）): a
    county release gives the whole's figure beside its own, so the scope word is a yardstick and no
    subject of the clauses after it (…；限额以上社会消费品零售额完成4.99亿元 stays the county's)."""
    if i <= 0 or text[i - 1] not in "(（":
        return False
    m = _YARDSTICK_ASIDE.match(text, i - 1)
    return bool(m and m.group("inside"))


# …总量中占比, …中的比重, …中排名: after 在 and a place, the place's whole a share or rank is taken in
# (an adverb of continuance may come first: 在全省91个县(市)中继续排名第一, gongzuo97)
_WHOLE_AFTER_OPENER = re.compile(f"[^，,。；;：:]{{0,24}}?中(?:{cue_alt('metrics.whole_rank_adverbs')})?"
                                 f"(?:{cue_alt('metrics.whole_share_words')})")


# …评比中, …考核排名中: after 在 and a place, the frame a contest or ranking is taken in (rank_frame_ends)
_FRAME_AFTER_OPENER = re.compile(f"[^，,。；;：:0-9０-９]{{0,24}}?(?:{cue_alt('metrics.rank_frame_ends', False)})")


# 与全国基本一致, 同全市平均水平相比: a verb of matching within a short phrase after the scope word (no stop between)
_MATCHED_AFTER = re.compile(f"[^，,。；;：:、0-9０-９]{{0,10}}?(?:{cue_alt('metrics.matched_verbs')})")


def _matched_with(text: str, lo: int, i: int) -> bool:
    """The scope word at i is set beside the subject by 与 (同) and a verb of matching follows within
    `_MATCHED_AFTER`'s few characters (经济增长态势与全国基本一致, 与全市平均水平持平, 同全国相比): the
    yardstick the subject keeps pace with, no scope of the figures after it (lead105)."""
    scope = _SCOPE_RE.match(text, i)
    return scope is not None and i > lo and text[i - 1] in _MATCHED_OPENERS \
        and _MATCHED_AFTER.match(text, scope.end()) is not None


_MATCHED_OPENERS = "".join(cues("metrics.matched_openers"))


def _compared_before(text: str, lo: int, i: int) -> bool:
    """A comparison word ends right before the scope word at i (高于全市, 比全国), or before the
    period word of the yardstick (比同期全国平均水平高: 同期 names when, the nation is still the
    yardstick, not the subject); 作为全国 compares nothing. Looks back a few characters only. The
    period word is skipped before a scope word only (占同期四川外贸总值的70.3%: a place named after
    it stays the sentence's place)."""
    skips = cues("metrics.yardstick_period_words") if _SCOPE_RE.match(text, i) else ()
    for word in ("", *skips):
        if word and not text.endswith(word, lo, i):
            continue
        end = i - len(word)
        before = text[max(lo, end - 2):end]
        if before not in cues("metrics.compare_false_friends") and before.endswith(_COMPARE_SCOPES) \
                and not (before.endswith(_FOR_WORD) and _BENEFIT_AFTER_FOR.match(text, i)):
            return True
    return False


_FOR_WORD = cues("metrics.for_word")[0]  # 为
# 为轸源村集体经济实现年增收7万元: 为 (for) and the one who gains, then the verb of the gain (within a
# few characters of the clause): the beneficiary, no yardstick (为全国平均水平的1.5倍 has no such verb)
_BENEFIT_AFTER_FOR = re.compile(f"[^，,。；;：:0-9０-９]{{1,12}}?(?:{cue_alt('metrics.benefit_verbs_after_for')})")


_YARDSTICK_LIST_JOINS = "、和及与"
# 的12.5% right before the join of a listed whole (占全省的12.5%、全国的1.2%)
_SHARE_TAKEN = re.compile(r"的?[0-9０-９.．]+(?:%|％)$")  # 占全省的12.5%、 or 占全省43.8%、 (veterans52)
_SCOPE_WORD_LENS = sorted({len(w) for w, sc in _SCOPES.items() if sc != "compare"})


def _listed_yardstick(text: str, s_start: int, i: int) -> bool:
    """分别比全省、全市高1个和0.8个百分点: a scope word listed right after a yardstick scope word is
    a yardstick of the same comparison (a few scope words back at most: bounded); the first one's
    share may stand between (占全省的12.5%、全国的1.2%: 全国 is a whole too, no subject)."""
    if i - 1 <= s_start or text[i - 1] not in _YARDSTICK_LIST_JOINS:
        return False
    end = i - 1
    if text[end - 1] in ")）":  # 比全省(7.7%)和全国平均水平(7.0%): the first yardstick's value aside
        opened = max(text.rfind("(", s_start, end), text.rfind("（", s_start, end))
        if opened > s_start and end - opened <= 12:
            end = opened
    share = _SHARE_TAKEN.search(text, max(s_start, end - 14), end)
    if share is not None:
        end = share.start()  # 占全省的12.5%、全国的1.2%: the first whole's share taken in it
    level = next((w for w in cues("metrics.yardstick_level") if len(w) >= 2 and text.endswith(w, s_start, end)), "")
    end -= len(level)  # 比全省平均水平(17.3%)和全国: the yardstick's level word
    for n in _SCOPE_WORD_LENS:
        j = end - n
        if j >= s_start and _SCOPES.get(text[j:end], "compare") != "compare":
            return _yardstick(text, s_start, j)
    return _named_yardstick_before(text, s_start, end)


# 增幅分别高于青岛市、全省0.5、1.6个百分点: a place named in full (a run of Han characters closed by a
# level character) right after a comparison word, then the join: the scope word after the join is a
# second yardstick of the same comparison, no subject of the figures after it (shangwu86)
_NAMED_YARDSTICK = re.compile(f"(?:{'|'.join(map(re.escape, sorted(_COMPARE_SCOPES, key=len, reverse=True)))})"
                              f"[{HAN}]{{1,7}}[{_RELATIVE_LEVEL_CHARS}]$")
_NAMED_YARDSTICK_REACH = 10  # a comparison word (2) and a place's full name (at most 8)


def _named_yardstick_before(text: str, s_start: int, end: int) -> bool:
    """Does text[:end] end with a comparison word and a place's full name (高于青岛市)?  Only the few
    characters before the join are read (bounded)."""
    return _NAMED_YARDSTICK.search(text, max(s_start, end - _NAMED_YARDSTICK_REACH), end) is not None


_SCOPE_WHOLE = re.compile(cue_alt("metrics.scope_whole_before"))
# fabuhui87: 对 before a scope word and a contribution noun closing its clause (对全国夏粮增产贡献率达44.9%): the
# scope word is the whole the contribution is to; bounded to _CONTRIBUTION_REACH characters of the clause
_CONTRIBUTION_WHOLE_MARKS = cue_chars("metrics.contribution_whole_marks")
_CONTRIBUTION_REACH = 12
_CONTRIBUTION_AFTER = re.compile(f"[^{re.escape(_SENT_END + _CLAUSE_PUNCT)}0-9０-９]{{0,{_CONTRIBUTION_REACH}}}?"
                                 f"(?:{cue_alt('metrics.contribution_nouns')})")
# 全省第8位, 全市第一名, 全国第二。: a rank right after the scope word (not 全市第一产业, an ordinal in a noun);
# 成为全区第四个突破2000亿元大关的地区: the place is the fourth of the whole to do so, a rank too
_RANK_IN = re.compile(f"{cues('numbers.ordinal_chars')[0]}[0-9{cue_chars('periods.numeral_chars')}]{{1,3}}"
                      f"(?:{cue_alt('metrics.rank_units')}|{cue_alt('metrics.rank_count_units')}"
                      f"|(?=[{re.escape(_SENT_END + _CLAUSE_PUNCT)}）)]))")


def _contribution_whole(text: str, i: int, e: int) -> bool:
    """Is the scope word text[i:e] right after 对 (metrics.contribution_whole_marks) and its clause closed
    within a few characters by a contribution noun (对全国夏粮增产贡献率达44.9%)?  Then it is the whole
    the subject contributes to (the province's share of the nation's growth), no subject of its own."""
    return text[i - 1] in _CONTRIBUTION_WHOLE_MARKS and _CONTRIBUTION_AFTER.match(text, e) is not None


# 道路中央, 广场中央: 中央 after a thing with a middle is that middle, no scope
_MIDDLE_SCOPES = cues("metrics.middle_scopes")
_MIDDLE_AFTER = cue_chars("metrics.middle_after_chars")
# 全国东西部协作工作会, 中央农村工作会议: a scope word opening a meeting's name, up to its head within the
# clause and with no number on the way (全国召开现场会12场 counts meetings across the country)
_MEETING_NAME = re.compile(f"[^{re.escape(_SENT_END + _CLAUSE_PUNCT)}、0-9{cue_chars('periods.numeral_chars')}]{{0,16}}?"
                           f"(?:{cue_alt('metrics.meeting_heads')})")


def _opens_meeting_name(text: str, e: int) -> bool:
    """Does a meeting's name run on from `e` to its head and 会上 (第一季度|农牧业工作调度会上获悉,
    一季度|经济形势分析会上)?  The period before `e` then names the meeting, no figure's time (xibei78)."""
    m = _MEETING_NAME.match(text, e)
    return m is not None and text.startswith("上", m.end())


# heritage50: an ordinal of a recurring national survey or campaign before 全国 (第四次全国文物普查,
# 第七次全国人口普查): the word opens the survey's name
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十0-9]{1,3}次$")


def _names_no_scope(text: str, m: re.Match) -> bool:
    """Is the scope word m a word of something else: the middle of a road or a square (道路中央),
    the opening of a meeting's name (全国东西部协作工作会部署要求) or of a survey's numbered by its
    round (镇巴县第四次全国文物普查…分为8个小组: the county's teams, no national figure)?  Then it
    scopes no figure."""
    if m.group(0) in _MIDDLE_SCOPES and text[m.start() - 1:m.start()] in _MIDDLE_AFTER:
        return True
    if _ORDINAL_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return True
    return _MEETING_NAME.match(text, m.end()) is not None


# the rest of a bracket a scope word opens, closed soon with no figure inside (…名录系统))
_GLOSS_CLOSE = re.compile(r"[^（）()0-9０-９。；;]{0,20}[）)]")


def _bracketed_gloss(text: str, m: re.Match) -> bool:
    """Does the scope word m open a bracket that names what the noun before it is kept in, closed
    with no figure inside (四川全省家庭农场入库(全国家庭农场名录系统)数量达到14.61万家: the national
    register the farms are entered in, the province's count)?  Then it scopes no figure."""
    return text[m.start() - 1:m.start()] in "(（" and m.start() > 0 and _GLOSS_CLOSE.match(text, m.end()) is not None


# a fund named after its source and its purpose (中央水利发展资金, 中央农业生产发展资金): a word run closed
# by 资金 within a few characters (water48)
_NAMED_FUND = re.compile(rf"[{HAN}]{{1,6}}?资金")
# 中央扫黑办挂牌督办的…案件, 中央环保督察组交办的信访件: the scope word names who supervises or hands the
# cases down (court55), not where the figure holds — the local body handled them
_SUPERVISED_BY = re.compile(f"[{HAN}]{{0,10}}?(?:{cue_alt('metrics.supervising_verbs')})的")
_MONEY_NOUNS = tuple(cues("metrics.money_nouns"))
# 入选, 获评, 被评为 right before 全国: the national list or title a local unit was put on (入选全国“百家…”)
_SELECTED_INTO = tuple(cues("metrics.award_verbs"))
_DESIGNATION_VERBS = tuple(cues("metrics.designation_verbs"))  # 建设, 创建 right before 全国
# 9个全国休闲渔业示范基地: a count right before 全国, whose title's level it names (ocean57)
_DESIGNATION_COUNT = re.compile(rf"[0-9０-９{CHINESE_NUMERALS}两][{''.join(cues('metrics.designation_count_measures'))}]$")
_SPREAD_AT = tuple(cues("metrics.spread_at"))  # 在 before 全国
_SPREAD_VERBS = tuple(cues("metrics.spread_verbs"))  # 建有, 设有, 开设 after 全国
_DESTINATION_VERBS = tuple(cues("metrics.destination_verbs"))  # 赴, 前往 before 全国: a destination, no scope


# 获评第十三届|安徽省文明单位, 荣获“|全国…”: an award verb, an edition and an opening quote at most, then the place
_AWARDED_TITLE_OPEN = re.compile(f"(?:{'|'.join(map(re.escape, _SELECTED_INTO))})"
                                 f"(?:第[0-9{CHINESE_NUMERALS}]{{1,4}}[届批])?[“\"「]?$")


def _awarded_title_place(text: str, s_start: int, astart: int) -> bool:
    """区法院获评第十三届安徽省文明单位，9个集体、24名个人获市级以上表彰: a place right after an award verb
    (an edition, a quote between at most) opens the title awarded — its level, not where the figures
    after it hold: the sentence's subject is the awarded body's place (the article's)."""
    lo = max(s_start, astart - 16)
    return _AWARDED_TITLE_OPEN.search(text, lo, astart) is not None


def _spread_across(text: str, s_start: int, m: re.Match) -> bool:
    """牛角山村…在全国建有13家品牌形象自营店, 该公司在全国设立20个销售网点: 在全国 and a verb of having or
    setting up (`metrics.spread_verbs`) after a subject named before it in the sentence say where the
    subject's outlets stand across the country; the figure is the subject's, not the nation's."""
    return text.endswith(_SPREAD_AT, s_start, m.start()) and m.start() - s_start > 2 \
        and text.startswith(_SPREAD_VERBS, m.end())


_UNJUDGED = object()  # (no judgment of a scope word remembered yet)
_SCOPE_RESET = "reset"  # a national word that is a yardstick or another country's: no scope so far


_LOCAL_LEVEL_MARKS = tuple(cues("metrics.local_level_marks"))


def _in_title_marks(text: str, a: int, b: int) -> bool:
    """对照《全国民族团结进步创建示范测评指标体系》，细化为7个方面22项重点任务52个具体举措 (minzu102,
    05-yanbian-mingming-banfa): a scope word inside 《》 is a word of the document's name, no scope of the
    figures after it (they were the nation's, not 延边州's).  Looks `_TITLE_REACH` characters each side."""
    k = text.rfind("《", max(0, a - _TITLE_REACH), a)
    if k < 0 or "》" in text[k:a]:
        return False
    close = text.find("》", b, b + _TITLE_REACH)
    return close >= 0 and "《" not in text[b:close]


def _scope_judgment(view: _ArticleView, s_start: int, m: re.Match) -> str | None:
    """What the scope word m of the sentence opening at s_start says for `_national`: its scope
    (national, local), None when it scopes nothing (a rank, a fund's source, a yardstick), or
    `_SCOPE_RESET` when it undoes the words before it.  It depends on the word and the sentence
    only, never on the figure: every figure of the sentence shares it (`view.scope_judged`)."""
    text = view.text
    scope = _SCOPES[m.group(0)]
    if scope == "compare":
        return None
    if scope == "national" and _names_no_scope(text, m):
        return None  # 道路中央, 全国…工作会: a road's middle, a meeting's name
    if scope == "national" and _in_title_marks(text, m.start(), m.end()):
        return None  # 对照《全国民族团结进步创建示范测评指标体系》，细化为…22项重点任务: a document's name (minzu102)
    if scope == "national" and text.endswith(_LOCAL_LEVEL_MARKS, s_start, m.start()):
        return None  # 完善州级全国民族团结进步示范创建培育库，每两年培育10个示范区: a local body's name (minzu102)
    if scope == "national" and _bracketed_gloss(text, m):
        return None  # 家庭农场入库(全国家庭农场名录系统)数量: the register's name, not the figure's scope
    if scope == "national" and (_compared_before(text, s_start, m.start())
                                or _listed_yardstick(text, s_start, m.start())):
        return _SCOPE_RESET  # (比全省(7.7%)和全国平均水平(7.0%)分别高…: listed after a yardstick, one too)
    if scope == "national" and text.startswith(cues("metrics.national_not_before"), m.end()):
        return None  # 全国第二, 全国人大: a rank or an organ, not the scope
    if _matched_with(text, s_start, m.start()):
        return None  # 经济增长态势与全国基本一致，增速较一季度提高0.3个百分点: the yardstick (lead105)
    if m.start() > s_start and _contribution_whole(text, m.start(), m.end()):
        return None  # 对全国夏粮增产贡献率达44.9%: the whole the province's contribution is to (fabuhui87)
    if scope == "national" and text.endswith(_SELECTED_INTO, s_start, m.start()):
        return None  # 3个服务站入选全国“百家服务站点”: the list's scope, not the figure's
    if scope == "national" and _class_of_place(view, s_start, m):
        return None  # 海南州是我国…实验区，…累计完成产值20亿元: the class the place is, not the figure's scope
    if scope == "national" and _spread_across(text, s_start, m):
        return None  # 牛角山村…在全国建有13家品牌形象自营店: where the village's shops stand, not whose they are
    if scope == "national" and text.endswith(_DESTINATION_VERBS, s_start, m.start()):
        return None  # 专案组奔赴全国9个省…共抓获犯罪嫌疑人16人: where the squad went, the city's figures
    if scope == "national" and text.endswith(_DESIGNATION_VERBS, s_start, m.start()):
        return None  # 建设全国绿色食品原料标准化生产基地50万亩: the designation's scope, not the figure's
    if scope == "national" and _DESIGNATION_COUNT.search(text, max(s_start, m.start() - 2), m.start()):
        return None  # 已有9个全国休闲渔业示范基地、9个省级海钓钓场: the level of the title counted, no scope
    if _fund_source(text, m):
        return None  # 其中中央预算内投资3000万元, 中央水利发展资金: where the money comes from, not where the figure holds
    if scope == "national" and _in_source(text, s_start, m.start(), min(len(text), m.end() + 40)):
        return None  # 根据全国5‰人口变动抽样调查推算结果，年末常住总人口…: the survey's scope, not the figures'
    if scope == "national" and _SUPERVISED_BY.match(text, m.end()):
        return None  # 审结中央扫黑办挂牌督办的…案件71件: the supervisor, the cases the city's courts tried
    if text.endswith(cues("metrics.remitted_before"), s_start, m.start()):
        return None  # 上划中央收入37.78亿元: the level the local revenue is passed up to
    if scope == "national" and _foreign_country_before(view, m.start()):
        return _SCOPE_RESET  # 意大利全国: that country's whole, not China
    if scope == "local" and _yardstick(text, s_start, m.start()):
        return None  # 高于全市平均水平1.2个百分点: the city is the yardstick, not the subject
    return scope


# metrics.scope_ranks (zhichan102): a first or only one right after a scope word (全国首个, 全省首家, 全国唯一) ranks
# a body or a scheme among the scope's, no figure of the scope after it
_SCOPE_RANKS = tuple(cues("metrics.scope_ranks"))


def _national(view: _ArticleView, s_start: int, i: int) -> bool | None:
    """True: a national scope word before the figure in its sentence, not as a yardstick
    (为全国…的65%), with no local scope word or place named between it and the figure; False: a
    local scope word (全省, 我市) is the last one; None: no scope word."""
    last = None
    memo = view.scope_judged
    for m in view.scope_words(s_start, i):
        if view.text.startswith(_SCOPE_RANKS, m.end()):
            continue  # 全国首个…分中心落地，…全年协助企业监测处理8.3万条侵权链接: a rank among the country's, no scope
        key = (s_start, m.start(), m.end())
        judged = memo.get(key, _UNJUDGED)
        if judged is _UNJUDGED:
            judged = memo[key] = _scope_judgment(view, s_start, m)
        if judged is _SCOPE_RESET:
            last = None
        elif judged is not None:
            last = (judged, m.end())
    if not last:
        return None
    if last[0] != "national":
        return False  # 其中我省…: a local scope word governs the figure
    if _one_of_before(view.text, last[1], i):
        return None  # 西藏是全国六大牧区省份之一，天然草原面积13.34亿亩: the region's, not the country's
    if _topic_class_before(view, s_start, last, i):
        return None  # 海西州始建于1954年,是全国唯一的蒙古族藏族自治州,区域面积30.09万平方公里: the place's (minzu102)
    if _inside_example_name(view.text, last[1], i):
        return None  # 获得全国科技进步先进城区等50多项国家、省级以上荣誉: a title of the district's (gongzuo97)
    return not any(t == "Place" and not _circled(view.text, s_start, a) for a, _b, _k, t, _l in view.mentions_in(last[1], i))


def _circled(text: str, s_start: int, i: int) -> bool:
    """全国农村公路总里程超464万公里、长度可绕地球赤道115圈，农村公路桥梁共53万座: a place right after
    a verb of circling (metrics.circling_verbs) is what a length is measured by — no subject, and no
    place that takes the figures after it from the national scope word before it."""
    return text.endswith(cues("metrics.circling_verbs"), s_start, i)


_CLASS_COPULAS = tuple(cues("metrics.class_copulas"))  # 是, 作为


def _class_of_place(view: _ArticleView, s_start: int, m: re.Match) -> bool:
    """海南州是我国生态畜牧业国家级实验区，…3年累计完成产值20亿元: a national word right after a place
    and its copula (metrics.class_copulas) names the class the place is in — a designation, as
    之一 makes one (`_one_of_before`) — so the figures after it are the place's, not the nation's."""
    text = view.text
    cop = next((c for c in _CLASS_COPULAS if text.endswith(c, s_start, m.start())), None)
    if cop is None:
        return False
    j = m.start() - len(cop)
    return any(t == "Place" and b == j for _a, b, _k, t, _l in view.mentions_in(s_start, j))


def _inside_example_name(text: str, end: int, i: int) -> bool:
    """获评全国文明城市、国家卫生城市等12项荣誉: a national word inside the names listed right before 等 and the
    count at i, in one clause, opens an example's name (an honour the place won), no scope of the count."""
    return text[i - 1:i] == "等" and not any(ch in "，,。；;：:" for ch in text[end:i])


_SCOPE_WORDS_BY_END = tuple(sorted(_SCOPES, key=len, reverse=True))  # (the longest word ending where a scope word ends)


def _topic_class_before(view: _ArticleView, s_start: int, last: tuple, i: int) -> bool:
    """海西蒙古族藏族自治州始建于1954年,是全国唯一的蒙古族藏族自治州,区域面积30.09万平方公里 (minzu102,
    13-qinghai-zhuhetuan): a national word right after a comma and a copula (是, 作为) names the class
    the place opening the sentence is in — it goes on as the topic — so a figure in a later clause is
    the place's, not the nation's; a figure in the class's own clause (是全国30个少数民族自治州中…)
    still counts the nation's.  Reads the copula, the sentence's opening mention and the clause marks
    between the word and the figure."""
    text = view.text
    start = last[1] - next((len(w) for w in _SCOPE_WORDS_BY_END if text.endswith(w, 0, last[1])), 0)
    cop = next((c for c in _CLASS_COPULAS if text.endswith(c, s_start, start)), None)
    if cop is None or start - len(cop) - 1 < s_start or text[start - len(cop) - 1] not in "，,":
        return False
    if not any(ch in "，,；;" for ch in text[last[1]:i]):
        return False
    return any(a == s_start and t == "Place" for a, _b, _k, t, _l in view.mentions_in(s_start, s_start + 1))


def _one_of_before(text: str, end: int, i: int) -> bool:
    """西藏是全国六大牧区省份之一，天然草原面积13.34亿亩: 之一 between the national word's end and the
    figure at i, in one sentence (commas may come between: the subject of the clause with 之一 goes
    on as the topic) — the word scopes the class the subject is one of, not the figures after it."""
    j = text.find(_ONE_OF, end, i)
    return j >= 0 and not any(ch in "。；;" for ch in text[end:i])


def _fund_source(text: str, m: re.Match) -> bool:
    """中央 before the words of funds (其中中央预算内投资3000万元, 已下达中央衔接资金68.57亿元): where the
    money comes from, no scope of the figure — nor a sign that the story is the country's."""
    return m.group(0) in cues("metrics.fund_source_scopes") and (
        text.startswith(cues("metrics.fund_words"), m.end()) or _NAMED_FUND.match(text, m.end()) is not None)


def _national_yardstick(text: str, m: re.Match) -> bool:
    """全国 measuring a local figure, not scoping one: after a comparison (比全国高, 高出全国, 居全国),
    or before a rank (全国第1位, 全国首位) — a province's report full of them is no national story."""
    if _SCOPES.get(m.group(0)) != "national":
        return False
    return _compared_before(text, 0, m.start()) \
        or text.startswith(cues("metrics.national_not_before"), m.end()) or _RANK_IN.match(text, m.end()) is not None \
        or m.start() > 0 and _contribution_whole(text, m.start(), m.end())


def _foreign_country_before(view: _ArticleView, i: int) -> bool:
    """Does a place other than China end right before the scope word at `i` (意大利全国, 荷兰全国)?
    Then 全国 is that country's whole, no mention of China (names8: People's Daily's foreign news)."""
    return any(aend == i and etype == "Place" and key != NATION_KEY
               for _a, aend, key, etype, _l in view.mentions_in(max(0, i - 12), i))


def _nation(view: _ArticleView, q: Quantity) -> str:
    """The country's entity (made once per document, with the scope word as its mention)."""
    doc = view.doc
    ent = doc.entities.get(NATION_KEY)
    if ent is None:
        ent = doc.entities[country_entity(doc, CHINA_ISO)]
        ent.rules.add("metrics.national-scope")
    if not any(e.article == view.art.id for e in ent.mentions):
        m = _national_word(view, q)
        if m is not None:  # (a figure's own text, 十六个百分点, never names the country)
            ev = doc.evidence(view.art, m.start(), m.end(), rule="metrics.national-scope", whole_sentence=False)
            ev.surface = m.group(0)
            ent.mentions.append(ev)
    return NATION_KEY


def _national_word(view: _ArticleView, q: Quantity) -> re.Match | None:
    """The national scope word that makes figure q the country's: the last one before it in its
    sentence (the one `_national` found), else, in a national article, the article's first."""
    s_start, _ = view.sentence(q.start)
    for lo, hi, pick in ((s_start, q.start, -1), (0, len(view.text), 0)):
        words = [m for m in view.scope_words(lo, hi) if _SCOPES[m.group(0)] == "national"]
        if words:
            return words[pick]
    return None


_WHOLE_SCOPES = tuple(w for w in ANAPHORA if w.startswith("全"))  # 全乡, 全县, 全旗: the whole of a place (anaphora.tsv)
_POINTING_SCOPES = tuple(w for w in ANAPHORA if not w.startswith("全"))  # 该县, 我旗: the place spoken of


def _scope_opens(text: str, k: int) -> bool:
    """Does a clause opening at k name a place by its level as the clause's subject: 全乡/全县 …, or
    该县/我县 … right before a verb or an adverb (该县推动…; not 我县党政代表团考察…, a body of it)?"""
    if text.startswith(_WHOLE_SCOPES, k):
        return True
    if not text.startswith(_POINTING_SCOPES, k):
        return False  # (one C test first: most clause openings name no place by its level)
    w = next((w for w in _POINTING_SCOPES if text.startswith(w, k)), None)
    return w is not None and (word_tags().get(text[k + len(w):k + len(w) + 2]) or "").startswith(("v", "d"))


def _clause_scope_place(view: _ArticleView, s_start: int, i: int) -> str | None:
    """The place a 全乡/全县/该县 names when it opens the figure's clause or an earlier clause of its
    sentence with no other named subject opening a clause between (…县委书记韦德斌说,2016年,该县推动…,
    地区生产总值28.19亿元: the county's, not the committee's that opens the sentence; (…项目位于田林县潞城乡，全乡行政区域
    面积777平方公里，下辖19个行政村; 全乡有耕地面积5.3万亩，…森林覆盖率达75.6%): the scope word says whose
    figures they are, whatever programme or body opened the sentence or its paragraph.  Clause
    openings are read back from the figure within its sentence only (bounded)."""
    text = view.text
    hi = i
    while hi > s_start:
        cut = max(text.rfind("，", s_start, hi), text.rfind(",", s_start, hi),
                  text.rfind("；", s_start, hi), text.rfind(";", s_start, hi))
        start = cut + 1 if cut >= s_start else s_start
        aside = _bracket_aside_at(text, start, i) if hi == i else None
        if aside is not None:  # 大省（如|江苏省同比下降7.7%: a place opening the aside is its figure's subject (zhichan102)
            opener = _CLAUSE_PART_OPENER.match(text, aside, i)
            at = opener.end() if opener else aside
            if any(etype == "Place" for a, _e, _k, etype, _l in view.mentions_in(at, at + 1)):
                return None
        told = _clause_opening_scope(view, start) if start < i else None
        if told is None:  # (a clause opening at i holds no mention before i: asked afresh)
            opening = [m for m in view.mentions_in(start, i) if m[0] == start]
            if _scope_opens(text, start):
                key = next((key for a, _e, key, etype, _l in opening if etype == "Place"), None)
                return key if key and _place_written_before(view, key, start) else None
            told = (True, None) if opening else (False, None)
        if told[0]:
            return told[1]  # a scope word's place, or None: another subject opens this clause
        if cut < s_start:
            return None
        hi = cut
    return None


def _clause_opening_scope(view: _ArticleView, start: int) -> tuple[bool, str | None]:
    """What the clause opening at `start` tells `_clause_scope_place` of every figure after its
    opening: (True, the place of its scope word or None) when the clause opens with a scope word or
    another subject, (False, None) when the walk goes on to the clause before.  The mentions
    starting at `start` are the same whichever figure of the sentence asks, so it is judged once per
    clause opening (each figure walked back over every clause of its sentence)."""
    memo = view.clause_openings
    if start not in memo:
        opening = view.mentions_in(start, start + 1)  # (those starting at `start`)
        if _scope_opens(view.text, start):
            key = next((key for a, _e, key, etype, _l in opening if etype == "Place"), None)
            memo[start] = (True, key if key and _place_written_before(view, key, start) else None)
        else:
            memo[start] = (bool(opening), None)
    return memo[start]


def _place_written_before(view: _ArticleView, key: str, i: int) -> bool:
    """Is the place `key` written by its name (no scope word) in the paragraph before i?  A 全乡 or
    该县 then points back at the place the text just named (…位于田林县潞城乡，全乡…); a bare 全市 in a
    programme's paragraph stays the programme's business."""
    p_start = view.paragraph(i)[0]
    text = view.text
    return any(k == key and etype == "Place" and not text.startswith(tuple(ANAPHORA), a)
               for a, _b, k, etype, _l in view.mentions_in(p_start, i))


_APPROVAL = re.compile(cue_alt("metrics.approval_verbs"))


def _approved_place(view: _ArticleView, s_start: int, i: int) -> str | None:
    """省政府…审批同意泰顺县2023年度第四批次建设用地，批准建设用地4.736公顷: a body approving what a
    place asked for (its land, its plan) is no owner of the figures of it; the place named right after
    the approval verb is (the last of a chain: 同意浙江省泰顺县…)."""
    text = view.text
    found, at = None, -1
    for m in _APPROVAL.finditer(text, s_start, i):
        found, at = None, m.end()
        for astart, aend, key, etype, _lvl in view.mentions_in(at, i):
            if astart != at or etype != "Place":
                break
            found, at = key, aend
        if found is not None and text[at:at + 1] not in ("等", "、", "和", "及"):
            return found  # (拟同意北京市怀柔区等49个县: the first of a list approved, no owner of its count)
    return None


def _without_approval_lead(view: _ArticleView, q: Quantity, indicator: str) -> str:
    """汉中市财政局核定佛坪县政府债务限额78200万元: once the place named after the verb (or a scope word:
    核定全县…) is the figure's subject (`_approved_place`, or a place found otherwise), the verb and the
    place are no words of the indicator (政府债务限额, not 核定佛坪县政府债务限额)."""
    m = _APPROVAL.match(indicator)
    if not m:
        return indicator
    s_start = view.sentence(q.start)[0]
    names = {view.text[a:b] for a, b, _k, t, _l in view.mentions_in(s_start, q.start) if t == "Place"}
    names |= {w for w, sc in _SCOPES.items() if sc == "local"}  # (核定全县地方政府债务限额: the county's)
    names = sorted(names, key=len, reverse=True)
    rest = indicator[m.end():]
    while (name := next((n for n in names if rest.startswith(n)), None)) is not None:
        rest = rest[len(name):]  # (同意浙江省泰顺县…: every place of the chain)
    return rest if len(rest) >= 2 and len(rest) < len(indicator) - m.end() else indicator


_CORPS_DIVISION = re.compile(f"{place_words('corps_division_prefix')[0]}?[{re.escape(place_chars('corps_regiment_numerals'))}]"
                             f"{{1,3}}{place_words('corps_division_mark')[0]}")  # 第八师, 一师


def _corps_division_after(view: _ArticleView, key: str, aend: int) -> int:
    """新疆|兵团|第八师|石河子市: where a division written right after the Corps (新疆生产建设兵团, an
    agency) ends, so that a chain of places runs on over the two to the city the division governs
    (师市合一): the city's figures, not 新疆's.  0 when the key is no Corps or no division follows."""
    ent = view.doc.entities.get(key)
    if ent is None or ent.name != _CORPS_FULL_NAME:
        return 0
    m = _CORPS_DIVISION.match(view.text, aend)
    return m.end() if m else 0


_CORPS_FULL_NAME = next(r["word"] for r in load_table("agency_cues") if r.get("list") == "corps_name")


def _place_clause_before(view: _ArticleView, s_start: int, i: int) -> bool:
    """《行动计划》提出到2025年，全省数字经济增加值超过4万亿元，核心产业增加值占比提高3个百分点 (a plan's
    news): a place or 全省 opening a later clause of the sentence, before the figure, is whose the targets
    from there on are, not the plan's that sets them (as a paragraph's programme yields to it)."""
    text = view.text
    cuts = [k for k in range(s_start, i) if text[k] in "，,；;"]
    ends = cuts[1:] + [i]
    return any(_clause_place(view, s_start, e) for e in ends)


_PART_EXAMPLE_REACH = 4  # characters after a part's place where 等 makes it an example (新疆|北部等地)
_CLAUSE_PART_OPENER = re.compile(f"(?:{cue_alt('metrics.clause_part_openers', False)})[，,：:]?")


def _clause_place(view: _ArticleView, s_start: int, i: int) -> str | None:
    """The place opening the clause that holds position i, when it is not the sentence's first
    clause (that one is the sentence-level rules' business) and not one of a 、-list."""
    text = view.text
    cut = max(text.rfind("，", s_start, i), text.rfind(",", s_start, i),  # (per figure: no generator)
              text.rfind("；", s_start, i), text.rfind(";", s_start, i))
    aside = _bracket_aside_at(text, max(cut + 1, s_start), i)
    if aside is not None:  # 高于部分大省（如|江苏省同比下降7.7%: a place opening an aside still open at the figure
        found = _clause_place_from(view, aside - 1, i)
        if found is not None:
            return found
    if cut < s_start:
        return None
    return _clause_place_from(view, cut, i)


_BRACKET_ASIDE_OPENS = "（("
_BRACKET_ASIDE_CLOSES = "）)"


def _bracket_aside_at(text: str, lo: int, i: int) -> int | None:
    """Where the bracketed aside open at `i` starts (after its bracket), when its bracket opens after
    `lo` (the figure's clause) and is not closed before `i`; None otherwise (zhichan102: 明显高于部分专利大省
    （如江苏省同比下降7.7%: the aside's own clause, not 福建…特大暴雨(250~400毫米, whose bracket holds only the figure,
    read as the clause before it is — the place must open the aside for the aside to count)."""
    b = rfind_any(text, _BRACKET_ASIDE_OPENS, lo, i)
    if b < 0 or any(c in text[b:i] for c in _BRACKET_ASIDE_CLOSES):
        return None
    return b + 1


def _clause_place_from(view: _ArticleView, cut: int, i: int) -> str | None:
    """`_clause_place` of the clause opening after the mark at `cut`."""
    text = view.text
    start = cut + 1
    opener = _CLAUSE_PART_OPENER.match(text, start, i)
    if opener:  # …和甘肃省白水江片区,其中四川园区占地20177平方公里: the part's place after 其中 opens the clause
        start = opener.end()
    mentions = view.mentions_in(start, i)
    found = None
    for astart, aend, key, etype, _lvl in mentions:
        if astart == start and etype != "Place" and (after := _corps_division_after(view, key, aend)):
            start = after  # 新疆|兵团第八师|石河子市863台采棉机: the Corps and a division lead on to the city
            continue
        if astart != start or etype != "Place":
            break
        if "、" in text[aend:aend + 1] or astart in _short_form_runs(mentions):
            return None  # 港澳台控股企业下降1.4%: a run of short forms names a kind of firm, no place
        if _REGION_ALONE.match(text, astart):
            return None  # …，东北地区增长4.8%: a region of the country is named by its figure, as 东部地区 is
        if _country_names_project(text, key, aend, i):
            return None  # 其中，中国绿色植保科技产业园项目总投资120亿元: 中国 is a word of the project's name
        found, start = key, aend  # 湖南省长沙市接待游客: the last place of a chain is the subject
    item_end = _item_name_end(text, mentions, start) if found is not None else start
    if found is not None and _EXAMPLES_COUNTED.match(text, item_end):
        return None  # 北京市平谷区等69个县: the chain is the first example of those counted, not their place
    if found is not None and item_end > start and text.startswith("、", item_end):
        return None  # 我市巧家县蒙姑镇拖坑村委会二组三组、镇雄县…等7个村寨: the first item of a list, as above
    if found is not None and opener and _ETC in text[item_end:min(i, item_end + _PART_EXAMPLE_REACH)]:
        return None  # 其中新疆北部等地偏多2倍以上: the place is one example of the part's places, not its owner
    return found


# a run of name characters from a country to a project's head (中国|绿色植保科技产业园项目): no verb nor mark between
_COUNTRY_PROJECT_RUN = re.compile(f"[{HAN}A-Za-z0-9·]{{2,24}}?(?:{cue_alt('metrics.project_heads', False)})")


def _country_names_project(text: str, key: str, aend: int, i: int) -> bool:
    """中国绿色植保科技产业园项目总投资120亿元 (a county's signing news): a country run straight into the
    name of a project ending before the figure opens that project's name (as 中国 opens 中国空分工程有限
    公司); the figure is the project's, never the country's (was 中国 绿色植保科技产业园项目总投资)."""
    if not key.startswith(_COUNTRY_KEY):
        return False
    m = _COUNTRY_PROJECT_RUN.match(text, aend, i)
    return m is not None and not _PROJECT_RUN_VERB.search(m.group())


_COUNTRY_KEY = "place-iso-"  # the keys of countries (place-iso-CN)
_PROJECT_RUN_VERB = re.compile(cue_alt("metrics.country_project_verbs", False))


def _opening_project(view: _ArticleView, start: int, end: int) -> str | None:
    """A named project that opens a sentence after a connective and the place it is named after, or
    after the place it stands in (位于澄城县寺前镇的新型材料生产线项目，总投资2.66亿元: the project's
    investment, not the township's)."""
    text = view.text
    for astart, aend, key, etype, _lvl in view.mentions_in(start, end):
        if etype == "Place":
            continue
        if etype != "Programme":
            return None
        lead = text[start:astart]
        for a2, e2, _k, t2, _l in view.mentions_in(start, astart):
            if t2 == "Place":
                lead = lead.replace(text[a2:e2], "")
        ok = re.fullmatch(f"(?:{cue_alt('metrics.connectives', False)})?[，,]?", lead)
        if ok:
            return key if "programme.named-project" in view.doc.entities[key].rules else None
        return key if _SITED_LEAD.fullmatch(lead) else None
    return None


# 位于澄城县寺前镇的新型材料生产线项目，总投资2.66亿元: the project, after the place it stands in and 的
_SITED_LEAD = re.compile(f"(?:{cue_alt('metrics.connectives', False)})?[，,]?"
                         f"(?:{cue_alt('metrics.project_site_leads', False)})的")


@lru_cache(maxsize=1)
def _period_reach() -> int | None:
    """How far past its start an attempt of the period pattern looks (`kg.text.attempt_reach`)."""
    from ..periods import _pattern
    return attempt_reach(_pattern())


_SCAN_BARRIERS = "，,。；;！？!?：:、\n"  # marks a scan of a sentence may resume after (`GrowingScan`)


@lru_cache(maxsize=1)
def _period_barriers() -> str:
    """The marks of `_SCAN_BARRIERS` no period words hold (`kg.text.unmatched_chars`)."""
    from ..periods import _pattern
    return unmatched_chars(_pattern(), _SCAN_BARRIERS)


@lru_cache(maxsize=1)
def _status_barriers() -> str:
    """The marks of `_SCAN_BARRIERS` no plan word (`_STATUS_WORD`) holds."""
    return unmatched_chars(_STATUS_WORD, _SCAN_BARRIERS)


def _figure_periods(text: str, start: int, end: int, found: list | None = None) -> list[tuple[int, int, str]]:
    """The periods of text[start:end] that can be a figure's time: not the base of a comparison
    or a share (比2月份下降0.3个百分点, 较上年末增加, 占全年目标任务的78.1% — the figure's time is
    another one).  `found`: `find_periods(text, start, end)` when the caller has it."""
    flags = _judge_periods(text, find_periods(text, start, end) if found is None else found)
    return [p for p, (kept, _compared_end) in flags if kept]


def _judge_periods(text: str, found: list, judged: list | None = None) -> list[tuple[tuple, tuple[bool, int]]]:
    """(period, (kept, the end of the compared period before the next one or -1)) for each of
    `found` as `_figure_periods` judges it; `judged`:
    this list as answered for an earlier call whose periods open the same way (a later figure of
    the sentence, which finds the same periods and more), its answers kept for the periods both
    share.  A period is judged on the whole text around it (never on where the scan stopped) and
    on the compared period just before it (a book title's years in between leave it), so a
    shared opening keeps its answers."""
    share = cues("metrics.share_verb")  # 占全年目标任务的78.1%
    targets = cues("metrics.target_words")  # 完成全年目标的55.2%: the target's year
    n = 0
    if judged:
        while n < len(found) and n < len(judged) and judged[n][0] == found[n]:
            n += 1
    out = judged[:n] if n else []
    compared_end = out[-1][1][1] if out else -1
    for p in found[n:]:
        if _in_book_title(text, p[0], p[1]):
            out.append((p, (False, compared_end)))
            continue  # 对接《2018至2040年国家发展战略》: the title's years, not the figure's time
        if is_record_span(text, p[0], p[1]):
            out.append((p, (False, compared_end)))
            continue  # 为10年来最高增幅: the years a record is taken over, not the figure's time
        if _in_index_base(text, p[0], p[1]):
            out.append((p, (False, compared_end)))
            continue  # 价格总指数（上年同月=100）为102.1: the base time of the index, not the figure's
        if _is_dateline(text, p):
            out.append((p, (False, compared_end)))
            continue  # 新华社北京1月14日电 …共有企业3000家: the day of the dispatch, no time of a figure
        if _since_in_note(text, p[0]):
            out.append((p, (False, compared_end)))
            continue  # 参加生育保险职工(自2015年3月起…缴纳)1266.58万人: since when a rule holds, no figure's time
        if text.endswith(_FOUNDED_BEFORE, 0, p[0]) or _founded_after(text, p[1]):
            out.append((p, (False, compared_end)))
            continue  # 社区成立于2013年6月 (社区1997年建成，)…常住人口约14500人: the day it began, no time of a figure
        if text.startswith(_RESUME_DATE_AFTER, p[1]):
            out.append((p, (False, compared_end)))
            continue  # 1976年7月出生，…(基层工作经历不满2年): a step of a person's life, no time of a figure
        if _opens_gloss(text, p[0], p[1]):
            out.append((p, (False, compared_end)))
            continue  # 比2013年末（2013年是第三次全国经济普查年份，下同）增加: a note on the base year
        if _opens_meeting_name(text, p[1]):
            out.append((p, (False, compared_end)))
            continue  # 从全区第一季度农牧业工作调度会上获悉，2023年…投资估算146.73亿元: the meeting's quarter
        if _carried_to(text, p[0]):
            out.append((p, (False, compared_end)))
            continue  # 无结转2024年继续办理件, 结转2024年度7件: where the cases go to, no time of a figure
        # 高于上年全年和上年同期: a period joined to a compared one is compared too
        compared = _compared_base(text, p[0], 0, p[1]) or (compared_end >= 0 and p[0] == compared_end + 1
                                                  and text[compared_end] in _JOINS) or _joined_to_base(text, p[0])
        compared_end = p[1] if compared else -1
        kept = not compared and not (p[0] > 0 and text[p[0] - 1] in share) \
            and (not text.startswith(targets, p[1]) or bool(_PLAN_OF_PERIOD.match(text, p[1]))) \
            and not _TARGET_AFTER_PERIOD.match(text, p[1])
        out.append((p, (kept, compared_end)))
    return out


def _in_index_base(text: str, a: int, b: int) -> bool:
    """Is text[a:b] inside an index's bracketed base (（上年同月=100）, (以上年同期价格为100))? Looks
    back a bracket's length at most."""
    i = rfind_any(text, "（(", max(0, a - 13), a)
    m = _INDEX_BASE_ASIDE.match(text, i) if i >= 0 else None
    return m is not None and m.end() >= b


_SINCE_IN_NOTE = tuple(cues("metrics.since_in_note"))


def _since_in_note(text: str, a: int) -> bool:
    """Does the period at `a` (自2015年3月, read with its 自) open a bracketed note right after a noun
    (职工(自2015年3月起用人单位按…缴纳))?  Such a note says since when the noun is defined so; its
    time is no period of the figures of the sentence."""
    return a >= 2 and text[a - 1] in _NOTE_OPENS and is_han(text[a - 2]) and text.startswith(_SINCE_IN_NOTE, a)


_RESUME_DATE_AFTER = tuple(cues("metrics.resume_date_after"))  # 出生, 参加工作: a resume's dates (1976年7月出生)
_FOUNDED_BEFORE = tuple(cues("metrics.founded_before"))  # 成立于, 始建于: a founding date follows
_FOUNDED_AFTER = tuple(cues("metrics.founded_after"))  # 建成, 建院, 成立: a founding verb after its date
_FOUNDED_CLAUSE_ENDS = "，,。；;"


def _founded_after(text: str, b: int) -> bool:
    """Does a founding verb right after the date ending at b close its clause (庆有西里社区1997年建成，…;
    航天一院1957年建院，…)?  The date is the day the body or estate began, no time of the figures
    after it; a verb with an object (2023年建成口袋公园17个) builds the figure in that year."""
    v = next((w for w in _FOUNDED_AFTER if text.startswith(w, b)), None)
    return v is not None and text[b + len(v):b + len(v) + 1] in tuple(_FOUNDED_CLAUSE_ENDS)
# （2013年是第三次全国经济普查年份，下同）: a bracketed note saying what a year was
_GLOSS_AFTER_PERIOD = re.compile("[是为][^（）()。；;]{1,30}[）)]")


# （2013年撤县设市）: a bracketed note saying when a place changed (metrics.note_event_verbs)
_NOTE_EVENT_AFTER_PERIOD = re.compile(f"(?:{'|'.join(map(re.escape, cues('metrics.note_event_verbs')))})"
                                      "[^（）()。；;，,]{0,8}[）)]")


def _opens_gloss(text: str, a: int, b: int) -> bool:
    """Is text[a:b] the year a bracketed note opens to say what it was (比2013年末（2013年是第三次
    全国经济普查年份，下同）增加6745个)? The note glosses the compared year before it: no time of the
    figure after it, which keeps the time of the sentence (2018年末).  So is a note's year of a
    place's change (现辖玉树市（2013年撤县设市）、称多…1市5县: when the city was set up, no time of the
    counts)."""
    return a > 0 and text[a - 1] in "（(" and (_GLOSS_AFTER_PERIOD.match(text, b) is not None
                                              or _NOTE_EVENT_AFTER_PERIOD.match(text, b) is not None)
_CARRY_WORDS = tuple(cues("metrics.carryover_words"))


_REPORT_YEAR_WORDS = frozenset(cues("metrics.report_year_words"))  # 本年度: the year a report is of
_CLAUSE_SEMI = re.compile("[；;]")  # a list's next clause (a bracketed breakdown, 其中…, goes on with the figure)


def _carried_to(text: str, a: int) -> bool:
    """Is the period at `a` the year a stock is carried over to (无结转2024年继续办理件, 结转2024年度7件,
    in a report on 2023)? It names where the cases or funds go: no time of the figure (counted in
    the year reported on), nor of the sentences after."""
    return text.endswith(_CARRY_WORDS, 0, a)


def _carried_from(text: str, p: tuple[int, int, str]) -> bool:
    """Is period p the year a stock is carried over from (办理2021年结转件4件, 2022年结转资金14.871万元)?
    It may date that figure, but no other: not a figure after it (；办理市人民政府办公室转办件1件), nor
    the sentences after (因政府信息公开申请行政复议数量4件 is the year reported on's)."""
    return text.startswith(_CARRY_WORDS, p[1])


_WIRE_SUFFIX = tuple(cues("dates.wire_suffix"))
_DATELINE_HEAD = 24  # characters: the agency and place before a dateline's day (每日甘肃网, 新华社北京)


def _is_dateline(text: str, p: tuple[int, int, str]) -> bool:
    """Is period p the day of a dispatch's dateline (新华社北京1月14日电, 每日甘肃网1月14日讯)? A day
    closed by 电/讯 after a short head of its line with no clause mark: the day the story was
    filed, which states no time of the figures after it."""
    if not p[2].endswith("日") or not text.startswith(_WIRE_SUFFIX, p[1]):
        return False
    line_start = text.rfind("\n", max(0, p[0] - _DATELINE_HEAD - 1), p[0]) + 1
    head = text[line_start:p[0]]
    return (line_start > 0 or p[0] <= _DATELINE_HEAD) and len(head) <= _DATELINE_HEAD \
        and not any(ch in head for ch in "，,。；;：:")


_TITLE_REACH = 40  # characters: how far a book title (《…》) reaches either side of a period in it


# 塔2030年前国家发展战略的深度对接: a period opening the unquoted name of a strategy or a plan
_OPENS_DOCUMENT_NAME = re.compile(f"[{HAN}]{{0,8}}?(?:{cue_alt('metrics.document_name_heads')})"
                                  f"(?=[{re.escape(_SENT_END + _CLAUSE_PUNCT)}、的》”）)]|$)")


_SPAN_MARK = re.compile("[至到~～—－-]")


def _in_book_title(text: str, a: int, b: int) -> bool:
    """Is text[a:b] inside a book title (《2018至2040年国家发展战略》, 《2021-2025年发展规划》), or
    the opening of an unquoted strategy's name (2030年前国家发展战略的对接)? The years of a
    document's name are no time of a figure after it. Looks a bounded way each side."""
    if _OPENS_DOCUMENT_NAME.match(text, b) and (text.startswith("前", b) or _SPAN_MARK.search(text, a, b)):
        return True  # a horizon (2030年前, 2018至2040年), not one year (2023年经济发展战略，全年…)
    k = text.rfind("《", max(0, a - _TITLE_REACH), a)
    if k < 0 or "》" in text[k:a]:
        return False
    close = text.find("》", b, b + _TITLE_REACH)
    return close >= 0 and "《" not in text[b:close]


# 2020年计划实施重点建设项目71个，总投资…: the year's plan being carried out, the figures' time (not
# the year of a target: 完成全年计划的80%)
# 2017年计划职业技能培训人数80人 (minzheng82): a plan whose noun runs straight to its figure, with no 的 (no
# share of a target: 完成2023年计划的80%), states that year's planned figure — the year is its time and the
# time of the figures after it (…，就业扶持15人), not the year before
_PLAN_OF_PERIOD = re.compile(f"(?:{cue_alt('metrics.target_words')})(?:{cue_alt('metrics.plan_verbs')})"
                             f"(?![^，,。；;0-9０-９]{{0,6}}{_DE}[0-9０-９])"  # (完成2023年计划投资的80%: a target)
                             f"|(?:{cue_alt('metrics.plan_run_words')})(?!{cue_alt('metrics.target_words', False)})"
                             f"(?:(?!{_DE})[{HAN}]){{2,12}}[0-9０-９]")  # (完成全年目标任务60亿元的75%: a target's)
# 全年预期目标任务的99%: a period before a target named with a qualifier is the target's too
_TARGET_AFTER_PERIOD = re.compile(f"[^，,。；;的\\d]{{1,2}}(?:{cue_alt('metrics.target_words')})[^，,。；;\\d]{{0,4}}的")


def _view_periods(view: _ArticleView, start: int, end: int) -> list[tuple[int, int, str]]:
    """`_figure_periods` of one article's text[start:end], each span scanned once per article:
    every figure of a paragraph looks through the same earlier sentences (the memo lives on the
    article's view, so nothing carries over to another article or document)."""
    last = view.period_memo.get(start)
    if last is not None and last[0] == end:
        return last[1]
    judged = _judge_periods(view.text, view.period_scan(view.text, start, end), view.period_judged.get(start))
    view.period_judged[start] = judged  # (the next figure of the sentence goes on from these)
    got = [p for p, (kept, _compared_end) in judged if kept]
    view.period_memo[start] = (end, got)  # the last span per start only: spans from the article's
    return got  # start (`_narrative_year`, one per figure) would otherwise keep figures × periods


def _governing(text: str, start: int, end: int, periods: list[tuple[int, int, str]]) -> str | None:
    """The period an earlier sentence gives its figures: the last one before its first figure
    (国家统计局4月17日发布数据显示，一季度国内生产总值… → 一季度, not the release day), or its
    first period when it states no figure (“十一五”期间，… → 十一五; never the start of a change,
    产业结构由2010年的…调整为2015年的… → 2015); None when its first figure
    comes before any period (全县重点项目50个，…，1-5月完成投资…: 1-5月 is that clause's time
    only, and the sentence's figures have the time of the sentences before it)."""
    first = next((q.number_start for q in find_quantities(text[start:end])
                  if not any(a <= start + q.number_start < b for a, b, _w in periods)), None)
    periods = [p for p in periods if not _carried_from(text, p) and not _superlative_frame(text, p)]
    # (办理2021年结转件4件: that figure's only; “十四五”期间投资最大的项目: the record's span only)
    if not periods:
        return None
    if first is not None:
        if _per_period_clauses(text, start, periods):
            return None  # 分季度看，一季度…，二季度…: each time is its clause's, none the paragraph's
        before = [p for p in _not_item_local(text, periods) if p[1] <= start + first
                  and not _change_start(text, p)]
        if not before:
            return _target_frame(text, start, end, periods)
        return before[-1][2]  # 全县重点项目50个，…，1-5月完成投资…: no time for all
    topic = [p for p in periods if not _NEWS_DAY.fullmatch(p[2])]
    titles = [p for p in topic if text.endswith(_AWARD_VERBS, start, p[0])]
    if titles and len(titles) == len(topic):
        return None  # 沭阳获批2023-2026年度…生产基地: the title's term, no time for the sentences after
    if topic and all(_assessed_year(text, end, p) for p in topic):
        return None  # 完成国务院2024年度保障农民工工资支付工作考核。: the year assessed, no time for the sentences after
    if topic and all(_event_day(text, start, p) for p in topic):
        return None  # 现场会于2022年9月份在我市召开。全市共有7个集体…: the meeting's month, no time of the figures after
    told = [p for p in topic if not _change_start(text, p)]  # (结构由2010年的…调整为2015年的…: 2015)
    if topic and not told:
        return None  # 三次产业结构由上年的…调整为…: only the earlier level's time, no time for the sentences after
    if _chronology(told):
        return None  # 古丈毛尖于2005年获评…,2007年注册…,2011年获评…: each year its event's, none the figures' after
    return (told or topic or periods)[0][2]


# “十四五”期间投资最大的单体项目, 今年以来规模最大的: a span a record is set in, up to the 的 of the superlative
_SUPERLATIVE_FRAME = re.compile(f"[“”\"]?[{HAN}]{{0,4}}(?:{cue_alt('metrics.superlative_marks')})[{HAN}]{{1,2}}的")


def _superlative_frame(text: str, p: tuple[int, int, str]) -> bool:
    """东北电网“十四五”期间投资最大的单体项目…竣工投运: the period frames a superlative modifying a
    noun (the biggest project of the plan's five years); it is the span the record is counted over,
    no time the sentence, or the sentences after it, speak of."""
    return _SUPERLATIVE_FRAME.match(text, p[1]) is not None


_CHRONOLOGY_YEARS = 3
_YEAR_TEXT = re.compile(r"[12][0-9]{3}年")


def _chronology(periods: list[tuple[int, int, str]]) -> bool:
    """A sentence with no figure naming three or more different years (古丈毛尖于2005年获评湖南十大名茶,
    2007年注册成为地理标志产品,2011年获评中国驰名商标) tells a history, each year dating its own event:
    none is the time of the figures of the sentences after it (古丈县现有茶园20.5万亩 is no 2005 figure)."""
    years = {m.group(0) for p in periods for m in [_YEAR_TEXT.match(p[2])] if m}
    return len(years) >= _CHRONOLOGY_YEARS


def _target_frame(text: str, start: int, end: int, periods: list[tuple[int, int, str]]) -> str | None:
    """实施…7项行动，到2025年年底前，…普及率达到94%；…通达率达到100%: a clause closed by ； whose first
    figure came before its time, when that time is a target's frame (到2025年, 到2025年年底前), still
    frames the targets listed after the ； in the same sentence — no clause's time only, as 1-5月 is
    in 全县重点项目50个，…，1-5月完成投资…。  None otherwise."""
    if not text[start:end].rstrip().endswith(("；", ";")):
        return None
    frames = [p for p in periods if p[2].startswith(_TARGET_FRAME_OPEN)]
    return frames[-1][2] if frames else None


_TARGET_FRAME_OPEN = tuple(cues("metrics.target_frame_opens"))  # 到2025年: the year a plan's targets are set for
_EVENT_DATE_MARKS = tuple(cues("metrics.event_date_marks"))  # 于: 于2022年9月份召开, the day or month of one event
_FINER_THAN_YEAR = ("月", "日")


def _event_day(text: str, start: int, p: tuple[int, int, str]) -> bool:
    """现场会于2022年9月份在我市召开: a month or a day written after 于 dates one event of its sentence (when
    it was held, opened, unveiled), never the stretch the figures of the sentences after it are counted over."""
    return text.endswith(_EVENT_DATE_MARKS, start, p[0]) and any(c in p[2] for c in _FINER_THAN_YEAR)


_AWARD_VERBS = cues("metrics.award_verbs")  # 获批, 入选: a period right after one is an awarded title's term
# 2024年度保障农民工工资支付工作考核: a year in 年度 and the words of an assessment up to its head word, in one clause
_ASSESSED_YEAR = re.compile(rf"[^，,；;。：:！!？?]{{1,{24}}}?(?:{cue_alt('metrics.assessed_year_heads')})")
_YEAR_TERM = cues("periods.year_word_chars")[0] if cues("periods.year_word_chars") else "度"


def _assessed_year(text: str, end: int, p: tuple[int, int, str]) -> bool:
    """国务院2024年度保障农民工工资支付工作考核: the period is a year written with 年度 that opens the
    name of an assessment or commendation (metrics.assessed_year_heads) in its own clause — the year the
    assessment covers, no time of the figures the sentences after it give."""
    if not text.startswith(_YEAR_TERM, p[1]) and not p[2].endswith(_YEAR_TERM):
        return False
    at = p[1] + (0 if p[2].endswith(_YEAR_TERM) else len(_YEAR_TERM))
    return _ASSESSED_YEAR.match(text, at, end) is not None
_HISTORY_VERB = re.compile(rf"[，,、\s]*(?:{cue_alt('metrics.history_adverbs')})?(?:{cue_alt('metrics.history_verbs')})")


def _dates_history(text: str, end: int) -> bool:
    """1955年5月，正式定名为…, 1949年8月22日东乡解放: does a verb of naming or liberation follow the
    time (at most an adverb, or a place's name of a few characters, between)?  Such a sentence
    of a place's history dates that event only."""
    for k in range(_HISTORY_REACH + 1):
        if _HISTORY_VERB.match(text, end + k) or _DIVISION_SET_UP.match(text, end + k):
            return True
        if end + k >= len(text) or text[end + k] in _HISTORY_STOPS:
            return False
    return False


# 1950年设桐村乡, 1983年复改乡, 撤县设区: a division set up, renamed or merged (metrics.division_change_verbs, then at
# most a name of a few characters and a division's word closing the clause) — the place's history, no time of its figures
# (no 城 or 成 in the name: 2020年改建城区, 建成…区 are works)
_DIVISION_SET_UP = re.compile(rf"(?:{cue_alt('metrics.division_change_verbs')})(?:(?![城成])[{HAN}]){{0,4}}?"
                              rf"(?:{cue_alt('metrics.division_change_words')})(?=[，,。；;、\s])")
_HISTORY_REACH = 4  # characters of a subject between the time and its verb (8月22日|东乡|解放)
_HISTORY_STOPS = "。；;，,\n"


def _change_start(text: str, p: tuple[int, int, str]) -> bool:
    """由2000年的45%提高到65%: a period after 由/从 and before 的 is the time of a change's
    starting level, not the time the sentence (and the sentences after it) speak of; so is one
    right before that level's figure (判刑人数由2023年32万降至2025年23万: national40)."""
    a, b = p[0], p[1]
    if text[b:b + 1] != _DE and not text[b:b + 1].isdigit():
        return False
    froms = "".join(cues("metrics.change_from"))  # (the words may hold the 从 itself: 从2012年的9899万人)
    return (a > 0 and text[a - 1] in froms) or text[a:a + 1] in froms


def _per_period_clauses(text: str, start: int, periods: list[tuple[int, int, str]]) -> bool:
    """A sentence broken down by time: two or more of its clauses open with parallel periods (the
    same words but for their numerals) and the first of them does not open the sentence
    (分季度看，一季度同比增长6.7%，二季度增长6.7%; 其中，2022年…，2023年…).  Each time belongs to
    its clause, so the sentence sets none for the sentences after it (分产业看，第一产业增加值… is
    the report's 前三季度, not its 一季度); a sentence opening with its time (今年1-9月，…；9月份，…)
    or a time and an as-of day (“十一五”期间，…，至去年底，…) still sets it."""
    opening = [p for p in periods if p[0] > start and text[p[0] - 1] in _CLAUSE_MARKS]
    if len(opening) < 2:
        return False
    if opening[0][0] != periods[0][0]:
        return _opening_series(text, start, periods[0], opening)
    shape = _NUMERALS.sub("0", opening[0][2])
    return sum(_NUMERALS.sub("0", p[2]) == shape for p in opening) >= 2


def _opening_series(text: str, start: int, first: tuple[int, int, str],
                    opening: list[tuple[int, int, str]]) -> bool:
    """6月份增速为16.0%，7月份回落至14.7%，8月份为12.8%…: a sentence that opens with a time and
    goes on with two or more clauses opening with times of the same shape is a series of months
    (or quarters), the first no more the sentence's time than the others."""
    if text[start:first[0]].strip(" \t\u3000\n"):
        return False  # (the sentence opens with something else: 全县…，1月份…，2月份…)
    shape = _NUMERALS.sub("0", first[2])
    return sum(_NUMERALS.sub("0", p[2]) == shape for p in opening) >= 2


_CLAUSE_MARKS = "，,；;：:"
_NUMERALS = re.compile(f"[0-9{cue_chars('periods.numeral_chars')}{cue_chars('metrics.parallel_period_chars')}]+")


# the day of a news event (昨日下午…召开春节假日旅游情况通报会): in a sentence with no figure, a later
# period names what the figures after it are about, the day only when which is all it names
_NEWS_DAY = re.compile("|".join(sorted(
    [re.escape(r["word"]) for r in load_table("periods") if r["kind"] == "day"]
    + [r"(?:\d{1,2}月)?\d{1,2}[日号]"], key=len, reverse=True)))


def _not_item_local(text: str, periods: list[tuple[int, int, str]],
                    figure: int | None = None) -> list[tuple[int, int, str]]:
    """The periods without those that open an item inside a list (规上工业增加值、1-2月规上服务业
    营业收入分别增长…: 1-2月 is that item's time, not the sentence's); a period listed after
    another period (2021年、2022年分别为…) stays, and so does one whose item is the figure itself
    (增长到2018年的40家、2019年的48家: 2019 is the 48's own time; `figure` is its first character)."""
    kept = [p for p in periods if not (p[0] > 0 and text[p[0] - 1] == "、") or _after_item_number(text, p[0] - 1)
            or _item_of_figure(text, p, figure)]
    if len(kept) == len(periods):
        return kept  # no period after a 、 (most sentences): no set of the ends to build
    ends = {b for _a, b, _w in periods}
    return [p for p in periods if not (p[0] > 0 and text[p[0] - 1] == "、" and p[0] - 1 not in ends)
            or _after_item_number(text, p[0] - 1) or _item_of_figure(text, p, figure)]


def _item_of_figure(text: str, period: tuple[int, int, str], figure: int | None) -> bool:
    """The listed period is the figure's own item: nothing but 的 between them (、2019年的48家,
    、2020年的102家 in a series of years' levels), so the time is the figure's, not another item's."""
    return figure is not None and text[period[1]:figure] == "的"


_ITEM_NUMBER = re.compile(rf"(?:^|(?<=[\s。；;：:]))[{_ORDINAL_DIGITS}]{{1,3}}、")
_ITEM_NUMBER_LEN = 4  # characters: a line's number and its 、 (十二、)


def _after_item_number(text: str, at: int) -> bool:
    """The 、 at `at` closes the number opening a line or sentence (一、年底前建成…, 二、6月底前完成…
    in a work plan's list of tasks): no list of items joined, so the period after it is the
    line's own time — unless the period opens with a numeral too (一、二季度: two quarters listed).
    Only the few characters before the 、 are looked at."""
    if at + 1 < len(text) and text[at + 1] in _ORDINAL_DIGITS:
        return False
    start = max(0, at - _ITEM_NUMBER_LEN)
    return any(m.end() == at + 1 for m in _ITEM_NUMBER.finditer(text, start, at + 1))


def _converted(text: str, prev: Quantity, q: Quantity) -> bool:
    """q gives prev's amount again in another unit of measure, in brackets right after it
    (总产量69541万吨（13908亿斤）, 比2022年增加636千公顷（955万亩）, 5845公斤/公顷（390公斤/亩）): the
    same figure, whose indicator, kind, subject and time are prev's (not the unit read as a
    measure, 公斤/亩, nor a level where prev is a change)."""
    if not prev.unit or not q.unit or prev.unit == q.unit:
        return False
    if any(u.split("/")[0] not in MEASURE_UNITS for u in (prev.unit, q.unit)):
        return False
    return text[prev.end:q.start].strip() in ("(", "（") and text[q.end:q.end + 1] in (")", "）")


def _restated(text: str, prev: Quantity, q: Quantity) -> bool:
    """q restates prev: the same value and unit in brackets right after it."""
    if (prev.value, prev.unit) != (q.value, q.unit):
        return False
    opens = re.escape(cue_chars("metrics.restated_opens"))
    return re.fullmatch(f"[{opens}]?\\s*[（(]\\s*[¥￥$]?\\s*", text[prev.end:q.start]) is not None


def _sentences_between(sents: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences (start, end), sorted by start, lying within [lo, hi]: found by bisection, so a
    long article does not cost a scan of all its sentences per figure."""
    first = bisect.bisect_left(sents, (lo, -1))
    last = bisect.bisect_right(sents, (hi, hi))
    return [se for se in sents[first:last] if lo <= se[0] and se[1] <= hi]


_DAY_WORD = re.compile("[0-9０-９][日号]")


def _deadline_only(text: str, start: int, end: int, periods: list, found: str) -> bool:
    """各责任单位要于2023年3月25日前向省政府报告进展情况: a sentence of a notice whose only numbers
    are the days of a deadline for an act (reporting, sending a plan) sets no time for the figures
    of the sentences after it — the targets are the year's (the title's), not due that day.  So for
    a list of such days (于3月25日、6月25日、9月25日前报告): the time found a day, one a deadline."""
    if not (_DAY_WORD.search(found) and any(is_deadline(w) for w in [found] + [p[2] for p in periods])):
        return False
    rest, k = [], start
    for p in sorted(periods, key=lambda p: p[0]):
        rest.append(text[k:max(k, p[0])])
        k = max(k, p[1])
    rest.append(text[k:end])
    return not any(ch.isdigit() for ch in "".join(rest))


def _sentences_back(sents: list[tuple[int, int]], lo: int, hi: int):
    """`reversed(_sentences_between(sents, lo, hi))`, one at a time: the look-back of `_period`
    mostly stops at the first sentence, and building the list was a pass over the whole paragraph
    for every figure."""
    first = bisect.bisect_left(sents, (lo, -1))
    for k in range(bisect.bisect_right(sents, (hi, hi)) - 1, first - 1, -1):
        se = sents[k]
        if lo <= se[0] and se[1] <= hi:
            yield se


# 目前, 截至目前, 当前: the state of things now, stated for one sentence; a later sentence that turns
# to something else (该县还培训…, 下一步，将新建…: periods.now_breaks) does not share it
_NOW_ONLY = re.compile("|".join(re.escape(r["word"]) for r in load_table("periods") if r["kind"] == "now"))
_NOW_BREAK = re.compile(cue_alt("periods.now_breaks"))
_FUTURE_MARK = re.compile(cue_alt("periods.future_marks"))  # 将, 拟, 预计: the sentence speaks of a plan
_NOW_STOCK = re.compile(cue_alt("periods.now_stock_verbs"))
_NOW_WORD = next(r["word"] for r in load_table("periods") if r["kind"] == "now")  # 目前: a month of now
_PLAIN_YEAR = re.compile(r"(?:19|20)\d\d年")


def _opens_sentence(text: str, start: int, periods: list[tuple[int, int, str]], found: str) -> bool:
    """2014年，全县…。全县现有卫生机构…: a year opening its sentence frames the paragraph (a
    communiqué's year), which a later 现有 still speaks of; only a year inside its sentence
    (…,2014年前郭县已率先…) dates that one event."""
    at = next((a for a, _b, w in periods if w == found), None)
    return at is None or not text[start:at].strip(" \t\u3000\r\n")


def _held_now(view: _ArticleView, s_start: int, q: Quantity, found: str) -> bool:
    """2014年前郭县已率先在全省实现水稻插秧机械化。前郭县现有水田面积110万亩 (nongye82): a year opening an
    earlier sentence tells of a past event; a stock the figure's own sentence says is held now (现有)
    is the state at publication, not that year's (a year no earlier than the publication's is kept)."""
    if not _PLAIN_YEAR.fullmatch(found) or _NOW_STOCK.search(view.text, s_start, q.number_start) is None:
        return False
    ref = view.art.date or view.doc.date
    return ref is None or int(found[:4]) < int(ref[:4])
# 2月7日至今, 自6月1日以来: a stretch from a day (an operation's or campaign's start) is the time of
# the count its sentence reports, no time the sentences after it share (今年以来, 2012年以来 are)
_DAY_SINCE = re.compile(rf"(?:{cue_alt('periods.prefix')})?(?:(?:19|20)\d\d年)?\d{{1,2}}月\d{{1,2}}[日号]"
                        rf"(?:{cue_alt('periods.since_suffix')})")


# 假日期间, 节日期间: days off named without their holiday
_BARE_STRETCH = re.compile(cue_alt("periods.bare_stretch"))
_HOLIDAY_REACH = 3000  # how far back the article is searched for the holiday it spoke of


def _named_holiday(view: _ArticleView, s_start: int) -> str | None:
    """The words of the last holiday the article named before s_start (its headline's
    `国庆中秋长假`, `春节黄金周`), as a stretch of days: the time of a figure counted 假日期间
    in a later paragraph.  A holiday named as a day (今年国庆) becomes its days off (国庆期间)."""
    for _a, _b, words in reversed(find_periods(view.text, max(0, s_start - _HOLIDAY_REACH), s_start)):
        if names_holiday(words):  # (十一黄金周 as much as 国庆假期; 十一五期间 is a plan)
            iso = resolve(words, view.art.date or view.doc.date)
            return words + cues("periods.days_off_suffix")[0] if iso and len(iso) == 10 else words
    return None


# a paragraph that opens by breaking down the figure before it: 分三大门类看，…, 从行业来看，…, 其中，…
_CONTINUED = re.compile(rf"[ \t\u3000]*(?:(?:{cue_alt('periods.continued_openers')})"
                        rf"|(?:{cue_alt('periods.view_opens')})[^，,。；;：:\n]{{1,10}}?(?:{cue_alt('periods.view_closes')}))[，,：:]")


def _previous_paragraph_period(view: _ArticleView, p_start: int) -> str | None:
    """The period that governs the last sentence stating one in the paragraph before p_start
    (`1-5月，全市规上工业增加值同比增长9.9%。` over `分三大门类看，制造业增加值同比增长10.9%`):
    a breakdown shares the time of the figure it breaks down, not the lead's 今年以来.  A paragraph
    before that breaks down the same figure without a time of its own (分经济类型看 after 分三大门类看)
    is passed over, a few at most.  So is a sentence inside that paragraph that breaks down the one
    before it (`…上半年…不合格率为2.40%。其中，第二季度…为2.49%。` over `从抽样食品品种来看，…`): its
    quarter is a part of the paragraph's time, which the next breakdown shares."""
    k = bisect.bisect_right(view.para_starts, p_start) - 1
    for j in range(k - 1, max(-1, k - 5), -1):
        start, end, kind = view.paras[j]
        if kind != "body":
            return None
        part = None
        for s, e in _sentences_back(view.sents, start, end):
            periods = _view_periods(view, s, e)
            if periods and s > start and _CONTINUED.match(view.text, s):
                part = part or _governing(view.text, s, e, periods)  # (其中，第二季度…: a part of the time)
            elif periods:
                return _governing(view.text, s, e, periods)
        if part is not None:
            return part
        if not _CONTINUED.match(view.text, start):
            return None
    return None


_LIST_REACH = 12  # paragraphs: how many items of a list are passed over back to its colon line
# 一年来, 过去一年: the year up to the publication — with no publication date, the year the review's
# section heading states (一、2024年工作回顾)
_PAST_YEAR_WORDS = frozenset(cues("metrics.past_year_words"))
_BULLETS = "".join(ch for ch in cue_chars("metrics.bullet_chars") if ch not in "#＃—–")


def _colon_list_period(view: _ArticleView, p_start: int) -> str | None:
    """The time the colon line of an unnumbered list states for the items on the lines below it
    (今年广东经济社会发展的主要预期目标是： ⏎ ◆地区生产总值增长5%； ⏎ ◆粮食产量1270万吨): the
    paragraphs between it and this one each end as an item does (；, ，), as `_list_intro_period`
    does for numbered items; its last sentence's last time that is no compared one."""
    k = bisect.bisect_right(view.para_starts, p_start) - 1
    for j in range(k - 1, max(-1, k - _LIST_REACH), -1):
        start, end, kind = view.paras[j]
        line = view.text[start:end].rstrip()
        if kind != "body" or not line:
            return None
        if line.endswith(tuple(_COLONS)):
            s, _e = view.sentence(start + len(line) - 1)
            told = [p for p in _view_periods(view, max(s, start), end) if not _change_start(view.text, p)]
            return told[-1][2] if told else _breakdown_colon_period(view, start, s)
        if line[-1] not in _LIST_ITEM_ENDS:
            return None
    return None


def _breakdown_colon_period(view: _ArticleView, p_start: int, s: int) -> str | None:
    """The time of a colon line that only breaks down the figure before it (2018年11月，全市…达标率为87.5%。其中： ⏎
    6个国家考核断面达标率为66.7%；): 其中 states no time, the items share the one of the sentence before it in
    the same paragraph, as a 其中 sentence does; any other colon line with no time gives none."""
    if s <= p_start or not view.text.startswith(cues("metrics.breakdown_marks"), s):
        return None
    for b, e in _sentences_back(view.sents, p_start, s):  # (the one sentence right before: bounded)
        periods = _view_periods(view, b, e)
        return _governing(view.text, b, e, periods) if periods else None
    return None


_DASH = "—"


def _dash_intro_period(view: _ArticleView, p_start: int) -> str | None:
    """The time of a dash-led item (审计结果表明，2022年，…各项工作取得了明显成效。 ⏎ ——全力助企纾困
    稳链，…为企业降本减负585.7亿元): the nearest earlier dash item stating one, else the paragraph
    that introduces the items (the one right before the first of them) — the review's year.  A
    heading or a paragraph with no time ends the search."""
    k = bisect.bisect_right(view.para_starts, p_start) - 1
    for j in range(k - 1, max(-1, k - _LIST_REACH), -1):
        start, end, kind = view.paras[j]
        if kind != "body":
            return None
        dash = view.text[start:start + 4].lstrip(" \t\u3000").startswith(_DASH)
        for s, e in _sentences_back(view.sents, start, end):
            periods = _view_periods(view, s, e)
            if periods:
                return _governing(view.text, s, e, periods)
        if not dash:
            return None
    return None


def _bullet_of(view: _ArticleView, p_start: int) -> str:
    """The bullet the paragraph at p_start opened with in the source (the layout keeps a list's
    mark out of the article's text: ●2023年广东… is read as 2023年广东…), or ''."""
    src = view.art.offsets.to_source(p_start)
    text = view.doc.text
    if not src:
        return ""
    k = src - 1
    while k > 0 and text[k] in " \t\u3000":
        k -= 1
    return text[k] if text[k] in _BULLETS else ""


def _bullet_sibling_period(view: _ArticleView, p_start: int) -> str | None:
    """The time an earlier item of the same bulleted list states (报告指出： ⏎ ●2023年广东地区生产
    总值达到13.57万亿元… ⏎ ●地方一般公共预算收入达1.39万亿元、增长4.3%): items of one list, each
    opening with the same bullet, tell of the same time unless they state their own.  Only the
    items right before this one are read (a paragraph opening otherwise ends the list), and the
    nearest stating a time gives it."""
    bullet = _bullet_of(view, p_start)
    if not bullet:
        return None
    k = bisect.bisect_right(view.para_starts, p_start) - 1
    for j in range(k - 1, max(-1, k - _LIST_REACH), -1):
        start, end, kind = view.paras[j]
        if kind != "body" or _bullet_of(view, start) != bullet:
            return None
        for s, e in _sentences_back(view.sents, start, end):
            periods = _view_periods(view, s, e)
            if periods:
                return _governing(view.text, s, e, periods)
    return None

_COLONS = "：:"


# 现将2020年11月1日零时全区常住人口的基本情况公布如下: a census or sample survey's standard moment
_MOMENT_HOUR = cues("periods.hour_zero")[0] + cues("periods.hour_unit")[0]  # 零时
_STANDARD_MOMENT = re.compile(f"(?:{cue_alt('metrics.moment_leads')})"
                              r"([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)" + _MOMENT_HOUR)


def _standard_moment(view: _ArticleView, i: int) -> tuple[str, str] | None:
    """A census bulletin's figures count the population at the standard moment its opening names
    (现将2020年11月1日零时我区的人口年龄构成情况公布如下： ⏎ 全区常住人口中，0-14岁人口为…): a figure
    after it stating no time of its own is that day's (was no period: the day is no lead's year)."""
    if view._moment is None:  # (one search of the article, not one per figure)
        m = _STANDARD_MOMENT.search(view.text) if _MOMENT_HOUR in view.text else None
        iso = resolve(m.group(1), None) if m else None
        view._moment = (m.end(), iso, m.group(1)) if iso else (-1, None, None)
    end, iso, words = view._moment
    return (iso, words) if iso and end <= i else None


def _list_intro_period(view: _ArticleView, p_start: int) -> str | None:
    """The time a list's numbered items share with the line that introduces them with a colon
    (2023年全国粮食播种面积、单位面积产量和总产量分别如下： ⏎ 一、全国粮食播种面积118969千公顷… ⏎
    二、…): for a paragraph opening with an item number, the earlier items (a few at most) are
    passed over to the paragraph before them; when that ends with a colon, the last figure's time
    its last sentence states (not a compared one) is the items'.  An earlier item stating a time of
    its own (二、2024年工作安排) ends the search: the items below it are not the colon line's."""
    if not _HEADING_NUMBER.match(view.text[p_start:p_start + 8].lstrip(" \t\u3000")):
        return None
    k = bisect.bisect_right(view.para_starts, p_start) - 1
    for j in range(k - 1, max(-1, k - _LIST_REACH), -1):
        start, end, kind = view.paras[j]
        line = view.text[start:end].strip()
        if kind == "body" and _HEADING_NUMBER.match(line):
            if _view_periods(view, start, end):
                return None  # 二、2024年工作安排: an item (or heading) with a time of its own ends the list
            continue  # an earlier item of the list
        if kind != "body" or not line.endswith(tuple(_COLONS)):
            return None
        s, e = view.sentence(end - 1 - (len(view.text[start:end]) - len(view.text[start:end].rstrip())))
        told = [p for p in _view_periods(view, max(s, start), end) if not _change_start(view.text, p)]
        return told[-1][2] if told else None
    return None


def _period(view: _ArticleView, q: Quantity, prev: Quantity | None = None,
            current: str | None = None, result: bool = False,
            target: bool = False) -> tuple[str | None, str | None]:
    """(ISO period, its words) for figure q, resolved against the article's publication date:

    * the last period stated before the figure in its sentence (2005年的42.9%…调整为2010年的37.9%);
    * else the period opening the nearest earlier sentence of the paragraph that states one — the
      time the paragraph speaks of (“十一五”期间，广东新增…，至去年底…。广东电网新增…: 十一五);
    * for a dash lead-in (——140名工程建设管理者接受廉政洗礼。国庆前夕，…): the first period of the
      paragraph it introduces;
    * else a stretch of time (一季度, 过去五年, 今年以来) that the article's lead paragraph reports on.

    `current` is the period of the figure before it in the paragraph: a year followed by 同期
    (去年同期为48.7亿元) is the same part of that year (`_same_part`).  `result`: the figure is
    no target or forecast, so a yearless part of a year still to come is last year's
    (`_not_yet_over`).  `target`: the figure is a target (今年主要预期目标是：…全年新增城镇就业3000人),
    whose yearless period looks ahead from the publication, never back to the year the text
    reviewed before (`_narrative_year`).
    """
    cell = index_cell(view.text, q.number_start) if q.form == "index" else None
    if cell:  # an index table's cell: its column's or its caption's time, nothing else
        return _index_period(view.art.date or view.doc.date, cell[1], cell[3])
    if q.form in (CUMULATIVE, MONTHLY):  # 本 月 | … | 本月止累计 of a table of 2017年8月: August, January to August
        return _cumulative_period(view, q) or (None, None)
    column = _first_column_time(view.text, q)
    if column:  # | 总产出(亿元) | 9870.58 | 16995.93 | under | 项目 | 2000 | 2005 |: the column's year
        return column
    s_start, s_end = view.sentence(q.start)
    p_start, p_end, _k = view.paragraph(q.start)
    found = None
    base = _base_period(view, s_start, q)
    if base is not None:  # 比上年同期35285万元: the level at the compared time
        words = base[2] + (cues("metrics.same_period")[0] if view.text.startswith(cues("metrics.same_period")[0], base[1]) else "")
        ref = view.art.date or view.doc.date
        report = _report_year_told(view, q.start, ref) if ref and prior_year_words(base[2]) else None
        return _compared_time(base[2], words, current, f"{report}-12-31" if report else ref), words
    if _opens_change(view.text, q):
        framed = _compared_frame(view.text, _semicolon_run_start(view.text, s_start, p_start), q)
        if framed:  # 与2010年第六次全国人口普查相比，…由8930人上升为15467人: the compared year's level
            return resolve(framed, view.art.date or view.doc.date), framed
        return None, None  # 由13677户减至2560户: the level before the stretch, at no stated time
    own = _view_periods(view, s_start, q.number_start)
    if own and prev is not None and own[-1][1] <= prev.start and q.start > prev.end \
            and len(view.text[prev.end:q.start].strip()) >= 2 \
            and _TAIL_STRIP.match(view.text[prev.end:q.start].strip()) \
            and view.text[prev.end:q.start].strip() not in cues("metrics.sum_adverbs") \
            and not _opens_change(view.text, prev):  # (十批次共计55个案例: a sum, both the stretch's)
        own = []  # 由2014年的12.3%下降到0.5%: 2014 is the earlier level's time, not this one's
    own = _past_from_time(view.text, own, q)
    if prev is not None and prev.start >= s_start:  # (办理2021年结转件4件；办理…转办件1件: not the second's)
        own = [p for p in own if not (_carried_from(view.text, p) and p[1] <= prev.start
                                      and _CLAUSE_SEMI.search(view.text, prev.end, q.start))]
    own = _without_recurring(view.text, own)
    own = [p for p in own if not _dates_history(view.text, p[1])]  # (1965年3月正式设县，共辖7镇: the county's history)
    own = _beyond_clause(view.text, s_start, q, own)
    listed = _respective_time(view, s_start, q) if own else None
    if listed:
        ref = view.art.date or view.doc.date
        year = explicit_year(listed[1]) if listed[1] else None
        iso = resolve(listed[0], f"{year}-12-31" if year else ref)
        return iso, listed[0]
    own = _not_item_local(view.text, own, q.number_start)
    if own and own[-1][0] > 0 and view.text[own[-1][0] - 1] == "、" \
            and _item_of_figure(view.text, own[-1], q.number_start):
        own = own[-1:]  # 增长到2018年的40家、2019年的48家: the item's year alone, no stretch from 2018
    days = _bracketed_days(view.text, own)
    if days is not None:  # 2023年春节假期(1月21日至27日): the days in brackets, in the year named before them
        return _bracketed_period(view.text, own, *days)
    stretch = _dated_stretch(view, own) if len(own) >= 2 else None
    k = _holidays_restating(view.text, own) if stretch is None and len(own) >= 2 else 0
    if k:  # 9月30日起至10月7日，“中秋节”和“国庆节”期间: the days written
        dated = own[:-k]
        stretch = (_dated_stretch(view, dated) if len(dated) >= 2 else None) or _day_range(view, dated[-1])
    if stretch:
        return stretch
    if own:
        found = own[-1][2]
        if current and view.text.startswith(cues("metrics.same_period")[0], own[-1][1]):
            same = _same_part(found, current, view.art.date or view.doc.date)
            if same:
                return same, found + cues("metrics.same_period")[0]
        if is_deadline(found) and _deadline_met(view.text, own[-1][1], s_start, q, s_end):
            found = deadline_time(found)  # 12月31日前，全县已完成… in January: the 31 December past
    elif _BARE_STRETCH.search(view.text, s_start, q.number_start) \
            and (holiday := _named_holiday(view, s_start)):
        found = holiday  # 假日期间，全县接待游客…: the headline's 国庆中秋长假
    else:
        passed = 0
        for start, end in _sentences_back(view.sents, p_start, s_start):
            periods = _without_recurring(view.text, _view_periods(view, start, end))
            found = None
            if periods and _dates_history(view.text, periods[0][1]):
                break  # 1955年5月，正式定名为东乡族自治县。全县总面积…: the place's history, no time of its figures
            if periods:
                memo = view.governing_memo
                if (start, end) not in memo:
                    memo[(start, end)] = _governing(view.text, start, end, periods)
                found = memo[(start, end)]
            if found is not None and _deadline_only(view.text, start, end, periods, found):
                found = None  # 各单位于3月25日前报送进展情况。1.新增城镇就业…: the report's day, no target's
                passed += 1
                continue
            if found is not None and _held_now(view, s_start, q, found) \
                    and not _opens_sentence(view.text, start, periods, found):
                ref = view.art.date or view.doc.date
                return (resolve(_NOW_WORD, ref) if ref else None), _NOW_STOCK.search(view.text, s_start).group(0)
            if found is not None:
                if _NOW_ONLY.fullmatch(found) and _NOW_BREAK.search(view.text, s_start, q.number_start):
                    return None, None  # 目前…。该县还培训…: “now” was that sentence's state only
                if _DAY_SINCE.fullmatch(found) and not _CONTINUED.match(view.text, s_start):
                    found = None  # 2月7日至今，全区累计排查…。全区新增…: that action's stretch only
                    break  # (其中，… breaks the count down and shares it)
                if _month_then_stretch(view, start, periods, s_start, found):
                    found = view.lead_words  # 6月份，…工业增加值…。全市规模以上工业增加值…: the release's
                stretch = _stretch_ending_with(view, periods, found)
                if stretch:
                    return stretch  # 2018年6月至2019年5月，山东对上合组织成员国…。其中，…: the whole stretch
                break  # (a sentence whose first figure has no time takes it from before, as this one)
            passed += bool(periods)
            if passed >= 8:
                break  # a long paragraph: no look-back over all of it for every figure
    if found is None and _CONTINUED.match(view.text, p_start):  # (no earlier sentence of it stated one)
        found = _previous_paragraph_period(view, p_start)  # 分三大门类看，制造业增长…: the figure before
    if found is None:
        found = _list_intro_period(view, p_start)  # …分别如下： 一、全国粮食播种面积…: the intro's time
    if found is None:
        found = _bullet_sibling_period(view, p_start)  # ●2023年…13.57万亿元 ⏎ ●…收入达1.39万亿元: 2023's
    if found is None:
        found = _colon_list_period(view, p_start)  # 今年…主要预期目标是： ⏎ ◆地区生产总值增长5%；: 今年
    if found is None and view.text[s_start:s_start + 8].lstrip(" \t\u3000").startswith("—"):
        after = _figure_periods(view.text, s_end, p_end)  # (提前一年完成“十四五”规划目标: a plan's target, no time)
        found = after[0][2] if after else None
    if found is None and view.text[p_start:p_start + 8].lstrip(" \t\u3000").startswith(_DASH):
        found = _dash_intro_period(view, p_start)  # 审计结果表明，2022年，… ⏎ ——…降本减负585.7亿元: 2022
    ref = view.art.date or view.doc.date
    if found is None and (caption := _table_caption_period(view, q, ref)):
        return caption
    if found is None:
        lead = view.lead_period(ref)
        section = _section_year(view, p_start)
        span = _change_span(view.text, s_start, q) if section[0] or lead else None
        if span and lead and "-" in lead:
            span = None  # 上半年…两年平均增长6.5%: an average over years of the lead's months, their rate
        if span:  # 过去五年 … 十年增加近70万亿元: the ten years up to now, not the section's five
            return resolve(cues("periods.recent_years")[0] + span, ref), span
        if section[0]:
            return section
        if target and (planned := _work_report_year(view, ref)):
            return planned
        if lead and p_start > view.lead_end:
            return lead, view.lead_words
        moment = _standard_moment(view, q.start)
        if moment is not None:
            return moment
        return _headline_year(view)
    if after_named_month(found):  # 1-8月份，…。当月，…: the month named before, never the publication's
        return _month_named_before(view, q.start, p_start, found, ref), found
    if not states_year(found) and _entry_date(view.text, q.start, found) and (year := _chronicle_year(view, p_start)):
        return resolve(found, f"{year}-12-31", anchored=True), found  # 2011年 ⏎ 1月7日  …512名运动员: 2011's
    told = False  # (a 当年 read as 全年: the year being told of, never one already over)
    if own and own[-1][2] == found and year_start_term(view.text, own[-1][1], found):
        named = next((y for _a, _b, w in reversed(own[:-1]) if (y := explicit_year(w)) is not None), None)
        if named is not None:  # 2023年全县财政总收入…，完成年初上报…预算收入计划…的98.9%: 2023's budget
            return str(named), found
        said, found, told = found, whole_year_word(), True  # 年初预算安排5000万元: the year's budget
    if after_named_year(found):  # 2019年，…；次年，…: the year after the one named before
        at = view.text.rfind(found, max(0, q.start - _NAMED_YEAR_REACH), q.start)
        named = _year_named_before(view, at if at >= 0 else q.start)
        if named or years_after_named(found):
            return (resolve(found, f"{named}-12-31", anchored=True) if named else None), found
        if _back_then(view.text, at, found):
            return None, found  # 想当年，全村只有3间土坯房: a time long past, no year of its figures
        said, found, told = found, whole_year_word(), True  # 当年, no year named near: the year told of, as 全年
    if not ref and found in _PAST_YEAR_WORDS and (section := _section_year(view, p_start))[0] \
            and _ISO_YEAR.fullmatch(section[0]):
        return section[0], found  # 一、2024年工作回顾 ⏎ …一年来，…地区生产总值增长4%左右 (undated): 2024
    notice = _notice_year(view) if (not states_year(found) or bare_holiday(found)) \
        and _lists_days_off(view, q.start, found) else None
    if notice:  # 关于2026年部分节假日安排的通知 of November 2025: 1月1日, 春节 are 2026's
        return resolve(found, f"{notice}-12-31", anchored=True), found
    resolved = view.resolved  # the figures of a sentence share words
    if (found, ref) not in resolved:
        resolved[(found, ref)] = resolve(found, ref)
    iso = resolved[(found, ref)]
    if iso and ref and iso[:4] > ref[:4] and not _plan_in(view.text, s_start, s_end):
        iso = resolve(found, ref, coming=False)  # 今年春运期间，全县共发送旅客… in December: this year's
    if (past := last_year_cumulative(iso, ref)) and not _plan_in(view.text, s_start, s_end) \
            and not _headline_time_running(view, found, iso, ref):
        iso = past  # 今年1-11月，街道实现财政总收入… posted in January: last year's eleven months
    if ref and found in _REPORT_YEAR_WORDS and (head := _headline_year(view)[0]) and head[:4] < ref[:4]:
        return resolve(found, f"{head[:4]}-12-31"), found  # 2022年度…年度报告 of January 2023: its 本年度 is 2022
    if iso and ref and len(ref) >= 7 and by_year_end(found):
        year_over = _year_end_told(view, s_start, s_end, ref)
        if year_over:  # 2024年，…。到年底，全县常住人口达到50万人 in January 2025: 2024's end
            iso = resolve(found, f"{year_over}-12-31")
    if iso and ref and len(ref) >= 7 and at_year_start(found):
        year_told = _year_start_told(view, s_start, s_end, ref)
        if year_told:  # 过去一年，…。年初确定的…增长目标为6% in February 2024: 2023's January (leftover97)
            iso = resolve(found, f"{year_told}-12-31")
    anchor = (None if target else _narrative_year(view, q.start, found, iso, ref)) if ref \
        else _stated_year(view, q.start, found)
    if not ref and prior_year_words(found) and (told_year := _headline_year(view)[0] or view.lead_period(None)):
        return resolve(found, f"{told_year[:4]}-12-31"), found  # 2023年…统计公报 undated: its 上年 is 2022
    report = _report_year_told(view, q.start, ref) if ref and prior_year_words(found) else None
    if report:  # 2023年…公报: 由上年的22.26%, 上年末 are 2022's, not the publication year's before
        return resolve(found, f"{report}-12-31"), found
    iso = resolve(found, f"{anchor}-12-31", anchored=True) if anchor else iso
    if result and not anchor and not told and _not_yet_over(found, iso, ref) \
            and not _FUTURE_MARK.search(view.text, s_start, q.number_start) \
            and not _headline_time_running(view, found, iso, ref) \
            and not (own and _year_target_named(view.text, own[-1][1], q)):  # (我县将举办…: a plan)
        iso = resolve(found, f"{int(ref[:4]) - 1}-12-31")
    elif result and not anchor and not told and _festival_to_come(found, iso, ref) \
            and not _FUTURE_MARK.search(view.text, s_start, q.number_start):
        iso = None  # 春节期间，全县接待游客… in an October story: which festival is not told
    if told:
        return iso, said
    if iso and ref and _FUTURE_MARK.search(view.text, s_start, q.number_start):
        iso = _coming_day(iso, found, ref)  # 10月1日，日交通量预计达到… in a September forecast
        iso = _coming_holiday(iso, found, ref)  # 元旦假期，预计全县接待游客… in a December text
    joined = _joined_times(view.text, own, q) if own else []
    if len(joined) >= 2 and iso:
        w0 = joined[0][2]
        first = resolve(w0, f"{anchor}-12-31" if anchor and not states_year(w0) else ref,
                        anchored=bool(anchor and not states_year(w0)))
        if first and first.split("/")[0][:4] <= iso[:4]:
            start, end = first.split("/")[0], iso.split("/")[-1]
            # 2019年5月…和2019年6月发生的两起事件: one count over both times
            join = next((ch for ch in reversed(view.text[joined[-2][1]:joined[-1][0]]) if ch in _JOINS), "")
            return (f"{start}/{end}" if start < end else iso), join.join(p[2] for p in joined)
    return iso, found


def _year_end_told(view: _ArticleView, s_start: int, s_end: int, ref: str) -> int | None:
    """The year over whose end a 到年底 tells of (else None, a deadline to come): its sentence or
    the one before names the year before the publication (2024年，…。到年底，全县常住人口达到…,
    过去一年…。到年底… in January 2025), or the title is a review's (总结, 回顾: periods.review_heads)
    published two months or more before the year's end — unless the sentence speaks of a plan
    (将, 力争, 要, 确保: a deadline, 会议要求，到年底，全县新建…)."""
    if _plan_in(view.text, s_start, s_end):
        return None
    ry = int(ref[:4])
    k = bisect.bisect_right(view.sents, (s_start, s_end)) - 1
    lo = view.sents[k - 1][0] if k >= 1 and view.sents[k][0] == s_start else s_start
    for _a, _b, w in _view_periods(view, lo, s_end):
        if not by_year_end(w) and resolve(w, ref) == str(ry - 1):
            return ry - 1
    title = view.art.title or ""
    if any(h in title for h in cues("periods.review_heads")) and 12 - int(ref[5:7]) >= _LAG_MONTHS:
        return ry - 1
    return None


def _year_start_told(view: _ArticleView, s_start: int, s_end: int, ref: str) -> int | None:
    """The year whose start a bare 年初 tells of, when it is the year before the publication's (else
    None: the publication year's January): its sentence or the one before names that year (2023年，…；
    过去一年，…。年初确定的地区生产总值增长目标为6% in February 2024), or the headline reports on it
    (2023年…工作总结, …统计公报) — unless the sentence speaks of a plan (将, 力争, 要).  Reads two
    sentences and the title only."""
    if _plan_in(view.text, s_start, s_end):
        return None
    ry = int(ref[:4])
    k = bisect.bisect_right(view.sents, (s_start, s_end)) - 1
    lo = view.sents[k - 1][0] if k >= 1 and view.sents[k][0] == s_start else s_start
    for _a, _b, w in _view_periods(view, lo, s_end):
        if not at_year_start(w) and resolve(w, ref) == str(ry - 1):
            return ry - 1
    head = _headline_year(view)[0]
    title = view.art.title or ""
    if (head and head[:4] == str(ry - 1)) or (any(h in title for h in cues("periods.review_heads"))
                                             and any(resolve(w, ref) == str(ry - 1) for _a, _b, w in find_periods(title))):
        return ry - 1
    return None


_DEADLINE_MET = re.compile(cue_alt("periods.deadline_met_marks"))
_DEADLINE_PLAN = re.compile(cue_alt("periods.deadline_plan_marks"))
_NOT_DEMAND_BEFORE = frozenset("主重需只纲概摘必首")  # 主要, 重要, 需要: no 要 of a demand
_ATTRIBUTIVE_REACH = 4  # 已开工的, 已建成投产的: 已 and a verb of a few characters before 的 describe a noun


def _plan_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of a plan or a demand: 将, 计划, 力争, 预计 (periods.future_marks)
    or 要, 确保, 务必 (periods.deadline_plan_marks; not the 要 of 主要, 重要, 需要)."""
    return bool(_FUTURE_MARK.search(text, start, end)) or any(
        m.start() == 0 or text[m.start() - 1] not in _NOT_DEMAND_BEFORE
        for m in _DEADLINE_PLAN.finditer(text, start, end))


def _deadline_met(text: str, end: int, s_start: int, q: Quantity, s_end: int | None = None) -> bool:
    """12月31日前，全县已完成冬小麦播种60万亩, 年底前，全县已完成隐患整改300处: a deadline whose clause
    says it was met (已, 已经, 累计, 完成了 between it and the figure: periods.deadline_met_marks) is a
    time past — the deadline of a year over — unless the sentence speaks of a plan (将, 力争; 要,
    确保, 务必: periods.deadline_plan_marks — 年底前，已开工的20个项目要全部竣工) or the 已 describes a
    noun (已开工的 projects: no deadline met)."""
    if _FUTURE_MARK.search(text, s_start, q.number_start) or _plan_in(text, end, s_end or q.end):
        return False
    for m in _DEADLINE_MET.finditer(text, end, q.number_start):
        if text.find("的", m.end(), m.end() + _ATTRIBUTIVE_REACH + 1) < 0:
            return True
    return False


def _festival_to_come(words: str, iso: str | None, ref: str | None) -> bool:
    """春节期间，全县接待游客… in an October story: the yearless festival nearest the publication is
    months ahead (the coming new year), but a result cannot be counted over it, and the text does
    not say which one past it reports — unknown, unless the sentence speaks of a plan (计划, 预计:
    the coming one).  Two months or more ahead, as `_not_yet_over` counts."""
    if not iso or not ref or len(ref) < 7 or not bare_holiday(words):
        return False
    end = iso.split("/")[0]
    if len(end) < 7:
        return False
    return months_after(end, ref) >= _LAG_MONTHS


def _coming_holiday(iso: str, words: str, ref: str) -> str:
    """元旦假期，预计全县接待游客… or 国庆假期全市将开展活动 in a December text: a yearless holiday
    of a plan or forecast is the coming one; read in the publication year it fell months before
    (2024-01 for 元旦 in December 2024), so it is the next year's.  Two months or more back, as
    `_not_yet_over` counts ahead: a holiday a few weeks past may still be what a late plan speaks
    of (or a result beside a forecast), and stays."""
    if not bare_holiday(words) or len(ref) < 7:
        return iso
    start = iso.split("/")[0]
    if len(start) < 7 or months_after(start, ref) > -_LAG_MONTHS:
        return iso
    return resolve(words, f"{int(ref[:4]) + 1}-12-31", anchored=True) or iso


_SOON_DAYS = 31  # a yearless day of a forecast this near after the publication day is the coming one
_YEARLESS_DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]")


def _coming_day(iso: str, words: str, ref: str) -> str:
    """整个假期出程高峰为10月1日，日交通量预计达到5400万辆次 in a text of 24 September: a yearless
    day read as last year's (a month after the publication month) is, in a sentence of a forecast,
    the coming one when it falls a few weeks after the publication day; a report's yearless day
    (10月17日，该县举办… in September) stays last year's."""
    if len(iso) != 10 or len(ref) < 10 or states_year(words) or explicit_year(words) or not _YEARLESS_DAY.search(words):
        return iso
    try:
        day, pub = _dt_date.fromisoformat(iso), _dt_date.fromisoformat(ref[:10])
        coming = day.replace(year=day.year + 1)
    except ValueError:
        return iso
    return coming.isoformat() if day < pub and 0 < (coming - pub).days <= _SOON_DAYS else iso


_CHANGE_FROM_CHARS = "".join(w for w in cues("metrics.change_from") if len(w) == 1)
# after a starting level: a change verb of one to four characters joined to its 到/至/为 (减至, 下降到)
_CHANGE_ON = re.compile(f"[^0-9０-９{cue_chars('periods.numeral_chars')}，,。；;：:、（）()\\s]{{1,4}}?"
                        f"(?:{cue_alt('metrics.change_to')})(?=[0-9０-９{cue_chars('periods.numeral_chars')}])")


def _opens_change(text: str, q: Quantity) -> bool:
    """由13677户减至2560户, 贫困发生率从14.14%下降到0: a figure right after 由/从 and before a change
    verb is the level the stretch starts from.  The time a sentence or section states (2019年,
    截至2019年底) is the later level's, the one reached; the starting level has a time only when
    the text names one for it (由2014年的12.3%, which never puts 由 right before the number)."""
    at = q.number_start
    if at == 0 or text[at - 1] not in _CHANGE_FROM_CHARS:
        return False
    return bool(_CHANGE_ON.match(text, q.end) or _PASSED_ON_RE.match(text, q.end))


# 总营收由53亿元突破140亿元: the mark passed, right before the later level's digits
_PASSED_ON_RE = re.compile(f"(?:{cue_alt('metrics.change_to_short')})(?=[0-9０-９])")


# 与2010年第六次全国人口普查相比，: a clause naming the time the sentence compares with
_FRAME_CLOSE = re.compile("[^，,。；;：:]{0,16}?(?:相比|比较)[，,]")


def _compared_frame(text: str, s_start: int, q: Quantity) -> str | None:
    """The year a sentence opens by comparing with (与2010年第六次全国人口普查相比，每10万人中拥有
    大学文化程度的由8930人上升为15467人), when it is the last time stated before figure q: the
    level a change starts from (由8930人) is that year's.  Only a stated year: a relative one
    (与上年相比) needs the report's year, which the start level alone does not tell."""
    found = find_periods(text, s_start, q.number_start)
    if not found:
        return None
    a, b, w = found[-1]
    if a <= s_start or text[a - 1] not in _FRAME_OPEN or explicit_year(w) is None:
        return None
    return w if _FRAME_CLOSE.match(text, b) else None


_FRAME_OPEN = frozenset("与同和跟")
_FRAME_REACH = 200  # characters back through the items of a list joined by ；


def _semicolon_run_start(text: str, s_start: int, p_start: int) -> int:
    """The start of the run of sentences joined by ；that the sentence at s_start closes (与2010年
    相比，每10万人中拥有大学文化程度的由8930人上升为15467人；拥有高中文化程度的由…: the items share
    the opening clause), within the paragraph and a bounded reach; s_start when it follows no ；."""
    if s_start <= p_start or text[s_start - 1] not in "；;":
        return s_start
    lo = max(p_start, s_start - _FRAME_REACH)
    return max(rfind_any(text, "。！？!?\n", lo, s_start) + 1, lo)
_FROM_REACH = 80  # characters from a 由/从 time to a level reached that it may not date
_FROM_CHARS = tuple(cues("metrics.change_from"))
# …的22.26%、28.63%和49.11%调整为21.35%: start levels, then a change verb before a number
_LEVELS_THEN_CHANGE = re.compile(f"[^。；;]*?[0-9０-９][^。；;]*?(?:{cue_alt('metrics.change_to')})(?=[0-9０-９])")


def _past_from_time(text: str, own: list[tuple[int, int, str]], q: Quantity) -> list[tuple[int, int, str]]:
    """由上年的22.26%、28.63%调整为21.35%、27.92%: the time after 由/从 is that of the start
    levels; the levels reached after the change verb (the first and those listed with it) are at
    another time, so it is no time of theirs.  The stretch looked at is bounded."""
    if not own:
        return own
    a, b, w = own[-1]
    if not (w.startswith(_FROM_CHARS) or (a > 0 and text[a - 1] in _FROM_CHARS)):
        return own
    if q.number_start - b > _FROM_REACH or not _LEVELS_THEN_CHANGE.match(text, b, q.number_start):
        return own
    return own[:-1]


def _without_recurring(text: str, own: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """每年的3月至12月每月巡查不少于1次, 每年5月至9月: months after 每年 recur every year, no time of the
    figure (a rule's, not a report's): they are left out, and the end of their stretch with them."""
    out: list[tuple[int, int, str]] = []
    recurring, out_end = False, None
    for a, b, w in own:
        if text.endswith(_EVERY_YEAR, 0, a):
            recurring = True
        elif not (recurring and out_end is not None and text[out_end:a] in _STRETCH_JOINS):
            recurring = False
        out_end = b
        if not recurring:
            out.append((a, b, w))
    return _without_holiday_examples(text, out)


def _without_holiday_examples(text: str, own: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """春节、五一、端午等节假日期间火灾总量明显高于往年: bare holidays listed as examples of a kind of
    days (joined by 、, the last closed by 等) name days that come round every year, no time of the
    figures (nor of the sentences after them): they are left out. A list with its days off
    (中秋、国庆假期) is one period of its own and stays."""
    drop: set[int] = set()
    run: list[int] = []
    for i, (a, b, w) in enumerate(own):
        if run and text[own[run[-1]][1]:a] not in _EXAMPLE_JOINS:
            run = []
        run = run + [i] if bare_holiday(w) and w in holiday_names(w) else []
        if len(run) >= 2 and text.startswith(_EXAMPLES_CLOSE, b):
            drop.update(run)
    return [p for i, p in enumerate(own) if i not in drop] if drop else own


_EXAMPLE_JOINS = ("、", "和", "及")  # (春节、五一、端午, 春节和国庆: the list of holidays)
_EXAMPLES_CLOSE = "等"  # (…端午等节假日: examples of a kind of days)
_EVERY_YEAR = ("每年", "每年的")
_STRETCH_JOINS = ("至", "到", "-", "—", "－", "～", "~")
_STRETCH_END = cues("periods.stretch_end")
_STRETCH_GAPS = ("",) + tuple(cues("periods.stretch_start_marks"))  # 9月30日起至10月7日: the start's 起 before 至
# one dash between the two ends of a stretch across months: 9月29日—10月6日, 12月30日-1月1日
_DASH_END = re.compile(r"\d{1,2}月")  # (each end names its month: 2023年11月—2024年2月, 9月29日—10月6日)
_DASH_BETWEEN = re.compile("[" + "".join(re.escape(c) for c in cue_chars("periods.range_chars") if c not in "".join(_STRETCH_END)) + "]")


_RESTATE_GAP = 12  # characters: a holiday this near after a stretch's end names those days again


def _holidays_restating(text: str, own: list[tuple[int, int, str]]) -> int:
    """9月30日起至10月7日，“中秋节”和“国庆节”期间，全市…: how many yearless holidays close the
    periods right after the dates of a stretch (each near the one before, no sentence end between)
    and name the same days off — the dates written are the time, more precise than a holiday's
    month; 0 when the last period is no such holiday or nothing dated comes before.  At most a
    few periods back are looked at."""
    k = 0
    while k < min(3, len(own) - 1):
        a, _b, words = own[-1 - k]
        end = own[-2 - k][1]
        if a - end > _RESTATE_GAP or not bare_holiday(words) or any(ch in text[end:a] for ch in "。；;"):
            break
        k += 1
    return k if k and not bare_holiday(own[-1 - k][2]) else 0


def _day_range(view: _ArticleView, p: tuple[int, int, str]) -> tuple[str, str] | None:
    """10月1日至7日 written as one period: (its days, its words) when it is a range of days, the
    stretch a holiday named after it restates; None for a single day, a month or a year."""
    iso = resolve(p[2], view.art.date or view.doc.date)
    return (iso, p[2]) if iso and "/" in iso and len(iso) == 21 else None


def _alt_words(kind: str) -> str:
    """An alternation of the periods table's words of one kind (lunar_day: 除夕, 大年初一 …), longest first."""
    words = sorted((r["word"] for r in load_table("periods") if r["kind"] == kind), key=len, reverse=True)
    return "|".join(map(re.escape, words)) or "(?!)"


# 4月4日（星期五）至6日, 2月15日（农历腊月二十八、周日）至23日: a holiday notice's weekday, in brackets
# after a stretch's start, stands between it and its 至 end (a short note, its last word a weekday)
_WEEKDAY_NOTE = re.compile(rf"^[（(][^（）()。；;，,]{{0,10}}?(?:(?:{cue_alt('dates.weekday_words', False)})"
                           rf"[{cue_chars('dates.weekday_chars')}]|{_alt_words('lunar_day')})[）)]")  # 1月28日（除夕）至2月4日
_BARE_END_DAY = re.compile(rf"(?:{cue_alt('periods.stretch_end')})\d{{1,2}}[日号]")  # 至8日: no month of its own


def _stretch_ending_with(view: _ArticleView, periods: list[tuple[int, int, str]],
                         found: str) -> tuple[str, str] | None:
    """2018年6月至2019年5月，山东对上合组织成员国进出口总值1560.5亿元。其中，山东对俄罗斯…进出口值…
    (haiguan100): when the time an earlier sentence gives its figures is the 至 end of a stretch written
    there with its start, a later sentence with no time of its own is about the whole stretch
    (2018-06/2019-05), not the end month alone.  (`_dated_stretch` over that pair; None otherwise.)"""
    k = next((i for i in range(len(periods) - 1, 0, -1) if periods[i][2] == found), 0)
    return _dated_stretch(view, periods[k - 1:k + 1]) if k else None


def _dated_stretch(view: _ArticleView, own: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """2021年1月1日至2022年8月29日，全县累计核酸检测…; 2022年1月1日至6月30日: a start and a 至/到 end
    written together are one stretch, the time of a count over it — not the end's day alone (as
    截至2022年8月29日 would be), the start's 起 may stand before 至 (9月30日起至10月7日).  A dash between two ends naming their months joins them as 至
    does (9月29日—10月6日, a holiday's days; 2023年11月—2024年2月, a winter's months).  An end without a year takes the start's; None unless the
    start comes before the end.  A holiday notice's weekday in brackets may follow the start
    (10月1日（周三）至8日（周三）放假调休，共8天), and an end day without a month is in the start's month."""
    (a0, b0, w0), (a1, b1, w1) = own[-2], own[-1]
    gap = _WEEKDAY_NOTE.sub("", view.text[b0:a1], count=1) if b0 < a1 and view.text[b0] in "（(" else view.text[b0:a1]
    if w0.startswith(_STRETCH_END) or not (gap in _STRETCH_GAPS and w1.startswith(_STRETCH_END)
                                           or _DASH_BETWEEN.fullmatch(view.text, b0, a1) and _DASH_END.search(w0)
                                           and _DASH_END.search(w1)):
        return None
    ref = view.art.date or view.doc.date
    notice = _notice_year(view) if not states_year(w0) and _lists_days_off(view, a0, w0) else None
    first = resolve(w0, f"{notice}-12-31", anchored=True) if notice else resolve(w0, ref)
    year = explicit_year(w0) or (int(first[:4]) if first else None)
    if first and len(first) == 10 and _BARE_END_DAY.fullmatch(w1):
        last = resolve(w1, first, anchored=True)  # 10月1日（周三）至8日: the start's month
    else:
        last = resolve(w1, f"{year}-12-31", anchored=True) if year and not states_year(w1) else resolve(w1, ref)
    if not first or not last:
        return None
    start, end = _same_precision(first.split("/")[0], last.split("/")[-1])
    return (f"{start}/{end}", view.text[a0:b1]) if start < end else None


def _bracketed_days(text: str, own: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """2023年春节假期(1月21日至27日), 2024年春运（1月26日至3月5日, or 1月26日—3月5日）: a named time with its year, then its
    days in brackets right after it: the days restate the time
    (the figures after it are over those days, in that year).  (The year, how many of the last periods
    the bracket holds: one, or a start and its 至 end), or None when the last periods are not so
    written (the bracket states no year of its own)."""
    for k in (1, 2):
        if len(own) < k + 1:
            return None
        (_a0, b0, w0), (a1, _b1, w1), (_a2, b2, w2) = own[-k - 1], own[-k], own[-1]
        if a1 != b0 + 1 or text[b0] not in _OPEN_BRACKETS or text[b2:b2 + 1] not in _CLOSE_BRACKETS \
                or any(explicit_year(w) is not None for _a, _b, w in own[-k:]):
            continue
        if k == 2 and not (w2.startswith(_STRETCH_END) and text[own[-2][1]:own[-1][0]] in _STRETCH_GAPS
                           or _DASH_BETWEEN.fullmatch(text, own[-2][1], own[-1][0])
                           and _DASH_END.search(own[-2][2]) and _DASH_END.search(w2)):
            continue  # (1月26日至3月5日, 1月26日—3月5日: a start and its end)
        year = explicit_year(w0)
        return (year, k) if year is not None else None
    return None


def _bracketed_period(text: str, own: list[tuple[int, int, str]], year: int, k: int) -> tuple[str | None, str]:
    """The ISO time of the `k` bracketed periods closing `own` (`_bracketed_days`), in `year`: the one
    period, or the stretch from the start to its 至 end; with the words from the named time on."""
    words = text[own[-k - 1][0]:own[-1][1] + 1]
    anchor = f"{year}-12-31"
    if k == 1:
        return resolve(own[-1][2], anchor, anchored=True), words
    first = resolve(own[-2][2], anchor, anchored=True)
    last = resolve(own[-1][2].lstrip("".join(_STRETCH_END)), anchor, anchored=True)
    if not first or not last:
        return None, words
    start, end = _same_precision(first.split("/")[0], last.split("/")[-1])
    return (f"{start}/{end}" if start < end else None), words


_OPEN_BRACKETS, _CLOSE_BRACKETS = "(（", ")）"


def _same_precision(start: str, end: str) -> tuple[str, str]:
    """10月底至11月初 (2023-10-31, 2023-11): ends written at a day and at a month make a stretch of
    months (2023-10/2023-11), never an interval mixing a day with a month; a year end beside a
    month is its first or last month (2022年至2023年6月: 2022-01/2023-06)."""
    if len(start) == 4 and len(end) > 4:
        start += "-01"
    if len(end) == 4 and len(start) > 4:
        end += "-12"
    if len(start) != len(end):
        n = min(len(start), len(end))
        start, end = start[:n], end[:n]
    return start, end


_NAMED_YEAR_REACH = 600  # how far back a 次年 looks for the year it counts from
_NAMED_MONTH_REACH = 200  # how far back in its paragraph a 当月 looks for the month it counts from


def _month_named_before(view: _ArticleView, i: int, p_start: int, words: str, ref: str | None) -> str | None:
    """当月, 次月 of a figure at i: the month (or the last month of a span: 1-8月份…。当月… is August)
    that the paragraph named last before the words, counted on by them; None when it named none
    (a bounded look-back within the paragraph)."""
    at = view.text.rfind(words, max(p_start, i - _NAMED_MONTH_REACH), i)
    at = i if at < 0 else at
    for _a, _b, w in reversed(find_periods(view.text, max(p_start, at - _NAMED_MONTH_REACH), at)):
        if after_named_month(w):
            continue
        iso = resolve(w, ref) if ref else None
        last = iso.split("/")[-1] if iso else ""
        if len(last) == 7 and last > ref[:7]:  # 1-12月份 in a January release: last year's months
            iso = resolve(w, f"{int(ref[:4]) - 1}-12-31")
            last = iso.split("/")[-1] if iso else ""
        if len(last) == 7:
            return resolve(words, f"{last}-15", anchored=True)
        if iso:
            return None  # a year or a day named last: no month to count from
    return _title_month(view, words, ref)


# a title's month at most this far after the publication is the coming month (关于做好6月份防汛工作的
# 通知 published on 28 May): a notice plans ahead; a report's month further on is last year's
_TITLE_MONTH_LEAD = 6


def _title_month(view: _ArticleView, words: str, ref: str | None) -> str | None:
    """当月 in a paragraph naming no month, under a title that names one (2024年5月全市经济运行情况⏎
    当月，全市…): the release's month, counted on by the words; None when the title names no month
    or more than a month's span's end (a year, a day)."""
    title = view.art.title or ""
    found = find_periods(title) if ref and title else []
    if not found:
        return None
    iso = resolve(found[-1][2], ref)
    last = iso.split("/")[-1] if iso else ""
    coming = resolve(found[-1][2], ref, anchored=True)  # (the month in the publication's year)
    coming = coming.split("/")[-1] if coming else ""
    if len(coming) == 7 and len(ref) >= 7 and 0 < months_after(coming, ref) <= _TITLE_MONTH_LEAD:
        last = coming  # 关于做好6月份防汛工作的通知 in May: this June, not last year's
    elif len(last) == 7 and last > ref[:7]:  # 12月 in a January release: last December
        iso = resolve(found[-1][2], f"{int(ref[:4]) - 1}-12-31")
        last = iso.split("/")[-1] if iso else ""
    return resolve(words, f"{last}-15", anchored=True) if len(last) == 7 else None


def _year_named_before(view: _ArticleView, i: int) -> int | None:
    """The year 次年, 翌年 and 当年 count from: the last year the article names before i (a
    four-digit year, or one relative to the publication: 今年以来), within `_NAMED_YEAR_REACH`
    (2019年建成一期，次年…: 2019), one on for each 次年 between (2016年开工，翌年投产，当年…: 2017);
    None when no year is named."""
    later = 0  # (the times a figure can have: not a compared year, 比2012年翻了一番, nor a title's, 《…2021—2025年规划》)
    ref = view.art.date or view.doc.date
    for _a, _b, w in reversed(_figure_periods(view.text, max(0, i - _NAMED_YEAR_REACH), i)):
        y = explicit_year(w)
        if y is None:
            y = relative_year(w, ref)  # 今年以来，…当年新设企业: this year, not a year named further back
        if y is not None:
            return y + later
        later += years_after_named(w)  # (次年 one on, 当年 none)
    return None


_ONE_MONTH = re.compile(r"\d{1,2}月份?")
_UP_TO_FIGURE = re.compile(r"[^0-9０-９。；;]*")


def _month_then_stretch(view: _ArticleView, start: int, periods: list, s_start: int, found: str) -> bool:
    """6月份，全市规模以上工业增加值同比增长9.1%。全市规模以上工业增加值同比增长15.7%… (a half-year
    release): a sentence opening with one month reports that month; a later sentence with no time
    of its own that says the same words up to its figure (the same measure, the same basis) with
    another value reports another time — the stretch the release is about — and so do the
    sentences after it (其中，制造业…).  A sentence on another measure or basis (其中，…; 环比下降)
    still takes the month."""
    if not _ONE_MONTH.fullmatch(found) or periods[0][0] != start or periods[0][2] != found:
        return False
    lead = view.lead_period(view.art.date or view.doc.date)
    if not lead or "/" not in lead:
        return False
    text = view.text
    said = _measure_words(text, periods[0][1])
    if len(said) < 4:
        return False
    starts = view.sent_starts  # (sorted: only the sentences between the two are looked at)
    lo, hi = bisect.bisect_right(starts, start), bisect.bisect_right(starts, s_start)
    return any(_measure_words(text, a) == said for a in starts[lo:hi])


def _measure_words(text: str, at: int) -> str:
    """The words from `at` up to the first figure, without the opening comma and scope (全市)."""
    s = _UP_TO_FIGURE.match(text, at).group(0).lstrip("，, \n")
    return _lead_strip().sub("", s)


_LAG_MONTHS = 2  # a yearless time ending this many months after publication cannot hold a result
_MANY_STRETCHES = 3  # a lead naming this many parts of a year (一季度, 上半年, 前三季度) reports on none alone


_MONTH_END_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


_SINCE_END = tuple(cues("periods.since_suffix"))  # 以来, 至今


def _named_after_since(words: str, iso: str, later: list, ref: str | None) -> tuple[tuple[str], str]:
    """今年以来，全县上下…。一季度，全县工业经济实现“开门红” (econ73): a lead opening with a stretch up to
    now and then naming the stretch the release reports on (一季度, 1-10月, 上半年) is about that
    stretch — 2019-01/2019-03, not the months up to the publication day (2019-01/2019-04).  Only a
    later interval of the lead that is no stretch up to now itself. → (lead period,), its words."""
    if words.endswith(_SINCE_END):
        for _ps, _pe, w in later:
            named = resolve(w, ref) if not w.endswith(_SINCE_END) else None
            if named and "/" in named:
                return (named,), w
    return (iso,), words


_CELL_BARS = "|｜"
_METADATA_ROW_BARS = 2  # cell bars in a line: a scraped table row, not a sentence


# jiancha105: a work report's address to the congress (现在，我代表市人民检察院向大会报告工作，请予审议): the
# formula names no stretch; the paragraph after it (2019年，全市检察机关…) is the lead the review's figures share
_REPORT_ADDRESS = re.compile(f"[ \t\u3000]*(?:{cue_alt('metrics.report_address_openings')})")


def _metadata_row(text: str, a: int, b: int) -> bool:
    """文号 | 无 | 成文日期: | 2019年04月23日 | (econ73): a row of a government page's metadata table,
    scraped with its cell bars, is no lead paragraph — its day of writing is no stretch the release
    reports on (the lead is the first paragraph of prose after it: 今年以来，…一季度，…)."""
    return sum(text.count(bar, a, b) for bar in _CELL_BARS) >= _METADATA_ROW_BARS


def _flow_of_the_year(view: _ArticleView, q: Quantity, indicator: str, period: str | None,
                      words: str | None) -> str | None:
    """2014年末，全市牛存栏91.4万头；…；生猪出栏241.2万头: a year end set by an earlier sentence
    is the as-of day of stocks; a flow counted after it (出栏, 产量, 收入) is the year's — the
    year, not its last day; after a month's end (6月底，…；生猪…分别出栏…, 3月末城镇登记失业率…；
    一般公共预算收入…) it is the year's months up to it.  A day stated in the figure's own
    sentence stays."""
    m = _MONTH_END_DAY.fullmatch(period or "")
    if m is None or not words or not any(w in indicator for w in cues("metrics.flow_words")):
        return period
    year, month = int(m.group(1)), int(m.group(2))
    if int(m.group(3)) != calendar.monthrange(year, month)[1]:
        return period  # (a day inside a month: no end of a stretch a flow is counted over)
    s_start = view.sentence(q.start)[0]
    s_start = max(s_start, rfind_any(view.text, "；;", s_start, q.start) + 1)  # (生猪年末存栏…；生猪出栏70万头:
    if words in view.text[s_start:q.start]:  # the year end before the semicolon set the stock's day only)
        return period
    if month == 12:
        return m.group(1)
    return f"{year}-01" if month == 1 else f"{year}-01/{year}-{month:02d}"


def _after_publication(view: _ArticleView, period: str | None) -> bool:
    """Does the figure's period end in a year after the one the article was published in (a plan
    of 2021 saying 到2025年…达到3.5万亿元, “十四五”时期…年均增长6%)?  Such a figure cannot be a
    result: what the text sets out is a goal, even with no 力争 or 目标 before it."""
    ref = view.art.date or view.doc.date
    if not period or not ref or not _ISO_YEAR.match(ref):
        return False
    end = period.split("/")[-1]
    return bool(_ISO_YEAR.match(end)) and int(end[:4]) > int(ref[:4])


def _flow_after_now(view: _ArticleView, q: Quantity, indicator: str, period: str | None,
                    words: str | None) -> tuple[str | None, str | None]:
    """一季度全省生产总值…。目前小麦一、二类苗占86.7%。主要肉类产量86.2万吨: “now” set by an earlier
    sentence is the state of that sentence's crops or stocks; a flow counted after it (产量, 出栏,
    收入) is the stretch the release reports on (its lead's 一季度), not the publication month."""
    if not words or not _NOW_ONLY.fullmatch(words) or not any(w in indicator for w in cues("metrics.flow_words")):
        return period, words
    s_start = view.sentence(q.start)[0]
    if words in view.text[s_start:q.start]:
        return period, words
    lead = view.lead_period(view.art.date or view.doc.date)
    if not lead or "/" not in lead:
        return period, words
    return lead, view.lead_words


_YEAR_TARGET_WORD = re.compile(f"(?:{cue_alt('metrics.target_words', False)})")
_TARGET_REACH = 8  # characters after the figure within which its target word is written (43亿元目标任务)
_TARGET_CLAUSE_STOPS = frozenset("，,。；;：:！？!?\n")


def _year_target_named(text: str, after_period: int, q: Quantity) -> bool:
    """完成全年43亿元目标任务的34.82% in an April report: the yearless 全年 names the year's target
    (目标, 任务, 计划 between the period and a few characters past the figure, in one clause) — the
    year still running, not last year, as a result over a time still to come would be."""
    hi = min(len(text), q.end + _TARGET_REACH)
    cut = next((k for k in range(after_period, hi) if text[k] in _TARGET_CLAUSE_STOPS), hi)
    return cut > q.number_start and _YEAR_TARGET_WORD.search(text, after_period, cut) is not None


def _headline_time_running(view: _ArticleView, words: str, iso: str | None, ref: str | None) -> bool:
    """旅顺口区举行一季度项目签约和开工誓师大会 (15 January), 大连市二季度重大项目集中签约开工 (27 April):
    a yearless quarter or month that the headline names too and that the publication date falls in is
    the one running now — the story is of its signing, start or plan — not last year's, which a headline
    would date (dongbei92).  Only a time of three months or less containing the publication month: a
    January headline's 全年 still reports the year just ended."""
    if not iso or not ref or len(ref) < 7 or "/" not in iso or not iso.startswith(ref[:4]):
        return False
    start, end = iso.split("/")[0], iso.split("/")[-1]
    if len(start) < 7 or len(end) < 7 or months_after(end, start) > 2 \
            or not (months_after(start, ref) <= 0 <= months_after(end, ref)):
        return False
    return words in (view.art.title or "")


def _not_yet_over(words: str, iso: str | None, ref: str | None) -> bool:
    """Yearless period words (全年, 年末, 四季度, 1-11月) that, read in the publication year, end
    two months or more after the publication: a result cannot be counted over a time still to
    come, so a report of January or February gives last year's (国家统计局1月17日：全年国内生产
    总值… is the year just ended; 年末常住人口 in a March bulletin is last year's end), as a bare
    12月 in a January article is last December.  A holiday named without a year is one too
    (国庆假期，全县接待游客… in a March story is last October's)."""
    if not iso or not ref or len(ref) < 7 or (states_year(words) and not bare_holiday(words)) \
            or not iso.startswith(ref[:4]) or is_deadline(words):
        return False  # (年底前建成…: a deadline, still to come)
    end = iso.split("/")[-1]
    months = int(end[5:7]) if len(end) >= 7 else 12  # a whole year ends in December
    return months - int(ref[5:7]) >= _LAG_MONTHS


_ISO_YEAR = re.compile(r"\d{4}")
# 上年同期, 去年同期: a year relative to the current figure's period (in a report of 2023's first
# nine months, 上年同期 is 2022's, whatever the publication date)
_RELATIVE_YEARS = {r["word"]: int(r["value"]) for r in load_table("periods") if r["kind"] == "year"}


# a part of a year with no year of its own: 一季度, 上半年, 1-4月, 1月份 (not 上年, 目前, 今年1-4月)
_YEARLESS_PART = re.compile("|".join(
    [re.escape(r["word"]) for r in load_table("periods") if r["kind"] == "part"]
    + [rf"(?:\d{{1,2}}[{''.join(re.escape(c) for c in cue_chars('periods.range_chars'))}])?\d{{1,2}}月份?"]))


def _compared_time(period: str, words: str, current: str | None, ref: str | None) -> str | None:
    """ISO time of a compared time (上年同期, 2019年同期, 上年): the same part of that year as the
    current figure's when the words end in 同期, else the words resolved on their own."""
    if words != period and current:
        same = _same_part(period, current, ref)
        if same:
            return same
    if current and _ISO_YEAR.match(current) and _YEARLESS_PART.fullmatch(period):
        # 上半年…增长-8.7%，较一季度(-10.8%): a part of a year named without one is of the
        # current figure's year, whenever the article was published
        return resolve(period, f"{current[:4]}-12-31", anchored=True)
    if ref is None and current and _ISO_YEAR.fullmatch(current) and _RELATIVE_YEARS.get(period, 0) < 0:
        # 全年一般公共预算支出537347万元，…，较上年508794万元增长5.6% (an undated 2023 report): the
        # year before the figure's own, when no publication date places 上年
        return str(int(current) + _RELATIVE_YEARS[period])
    return resolve(period, ref)


def _same_part(words: str, current: str, ref: str | None) -> str | None:
    """`前三季度，…56.3亿元，去年同期为48.7亿元`: a year followed by 同期 is the same part of that
    year as the figure before it (`current`, 2023-01/2023-09 → 2022-01/2022-09), a relative year
    counted from the current period's year; None when the words state more than a year, the year
    cannot be resolved, or the current period is no part of one year (then the words' own year
    is kept)."""
    if len(current) <= 4 or len(set(_ISO_YEAR.findall(current))) != 1:
        return None
    offset = _RELATIVE_YEARS.get(words)
    year = str(int(current[:4]) + offset) if offset is not None else resolve(words, ref)
    if not year or len(year) != 4:
        return None
    shift = int(year) - int(current[:4])
    shifted = _ISO_YEAR.sub(lambda m: str(int(m.group(0)) + shift), current)
    try:  # 2024-02-29 has no same day a year before
        for part in shifted.split("/"):
            if len(part) == 10:
                _dt_date.fromisoformat(part)
    except ValueError:
        return None
    return shifted


# the rules that name a level of the sentence's own subject (not a base, change or share)
_LEVEL_RULES = frozenset({"count-noun", "clause-before", "quoted-before", "enumeration", "copula", "unit",
                          "streak-level", "elliptic-measure", "respectively"})
_TARGET_WORD = re.compile(f"(?:{cue_alt('metrics.target_words')})$")
_YEAR_SCOPE = re.compile(f"(?:{cue_alt('metrics.target_years')})")


_AMOUNT_COUNTS = frozenset(cues("metrics.amount_counts"))  # 笔, 户: what an amount of money is made of or reaches
_TRANSACTION_COUNTS = frozenset(cues("metrics.transaction_counts"))  # 笔: an amount right after them is their sum


def _verb_right_before(text: str, at: int, lo: int) -> bool:
    """Does a verb of the dictionary (jieba tag v, two to four characters) end right at `at`?"""
    return any(at - n >= lo and word_tags().get(text[at - n:at], "")[:1] == "v" for n in (4, 3, 2))


def _pair_named_after(q: Quantity, nxt: Quantity | None) -> bool:
    """完成134户618人脱贫, 实现2.3万户9.8万人脱贫 (poverty and relocation reports): a count of households
    written right against a count of people that names what they did (脱贫) counts the same group,
    which the noun after the pair names — not the measure of the clause before (人均收入7812元,完成…:
    no 人均收入 of 134户).  Counts only: no money, share or physical measure."""
    return nxt is not None and nxt.start == q.end and bool(nxt.counted) and nxt.unit != q.unit \
        and q.unit not in MEASURE_UNITS and q.unit not in _PERCENT_UNITS and q.unit not in cues("metrics.money_units") \
        and nxt.unit in cues("metrics.people_unit")


def _measure_follows_count(text: str, q: Quantity, prev: Quantity, prev_ind: tuple) -> bool:
    """Is a measure written right after a count (治理3条18.5公里), or after a 、 following a count its
    clause names (城镇老旧小区改造新开工49个、256万平方米、3.2万户: the estates' floor area)?"""
    gap = text[prev.end:q.start]
    return gap == "" or (gap == "、" and prev_ind[3] == "clause-before" and not prev.counted)


def _joined_count(text: str, q: Quantity, prev: Quantity | None, prev_ind: tuple | None) -> str | None:
    """建档立卡贫困户2746户10370人, 搬迁群众1410户5640人 (relocation and poverty reports): a count
    written right after another in another unit (households, then people) counts the same group,
    so it takes the group's name — not 人数 alone, nor a name from far back in the sentence.  A 、
    (脱贫1.2万户、4.5万人) or the first count's own noun (涉及126栋楼3484户) may stand between, and
    the blanks a page set from a PDF prints around figures (审结涉黑恶犯罪案件 1855 件 11191 人).  So does
    a bare count of transactions or recipients after a 、 right after an amount of money (发放贷款5.6亿元、
    2300笔; 办理留抵退税3.5亿元、1200户), and the amount of money right after a count of transactions, bare
    or after a 、 (发放住房公积金贷款410笔15962万元; 发放个人住房贷款247.75万笔、11841.85亿元: the loans' sum)."""
    if prev is not None and prev_ind is not None and not q.counted and q.unit in _AMOUNT_COUNTS \
            and prev.unit in cues("metrics.money_units") and text[prev.end:q.start].strip(" \u3000") == "、":
        name = _level_of(prev_ind[0])  # 发放普惠小微贷款5.6亿元、2300笔: the loans, counted (or their recipients)
        return name if len(name) >= 2 else None
    if prev is not None and prev_ind is not None and not q.counted and q.unit in cues("metrics.money_units") \
            and prev.unit in _TRANSACTION_COUNTS and not prev.counted \
            and text[prev.end:q.start].strip(" \u3000") in ("", "、"):
        name = _level_of(prev_ind[0])  # 新增住房公积金贷款410笔15962万元: the loans' sum, not 金额
        return name if len(name) >= 2 else None
    if prev is None or prev_ind is None or q.unit == prev.unit or q.counted \
            or q.unit in _PERCENT_UNITS or prev.unit in _PERCENT_UNITS \
            or q.unit in MEASURE_UNITS or prev.unit in MEASURE_UNITS:
        return None
    gap = text[prev.end:q.start].strip(" \u3000")
    if gap == "、" and prev_ind[3] != "clause-before":
        return None  # 分别出栏6.4万头、1342头、1.2万只: a list of items, each its own
    if gap and gap != "、" and not (len(gap) == 1 and prev.counted == gap):
        return None
    name = _level_of(prev_ind[0])
    return name if len(name) >= 2 else None


# 年计划, 全年目标: a target word with the year word it is named by written after the amount
# (完成4600人年计划的61.78%) — still the target the amount is written inside
_TARGET_NOUN = re.compile(f"(?:{cue_alt('metrics.target_years')})?(?:{cue_alt('metrics.target_words')})")


def _is_target_noun(counted: str | None) -> bool:
    """The noun after an amount names a target (目标, 计划, 年计划, 全年目标任务 …)."""
    return bool(counted) and _TARGET_NOUN.fullmatch(counted) is not None


def _amount_in_target(text: str, s_start: int, q: Quantity, prev: Quantity | None,
                      level: str | None) -> tuple[str, int, int, str] | None:
    """城镇新增就业655万人，完成全年900万人目标的73% (ministry and county releases): the amount
    written inside a target (900万人目标) is the target of the sentence's level (城镇新增就业全年目标),
    and the share after it the part of that target done (城镇新增就业完成全年目标), as with
    完成全年目标任务的59% — not a level named 目标.  None for any other figure."""
    if not level or len(level) < 2:
        return None
    if q.unit not in _PERCENT_UNITS and _is_target_noun(q.counted) and text.startswith(q.counted + _DE, q.end):
        lead = _clause_lead(text, s_start, q.start)
        year = _YEAR_SCOPE.search(lead)
        return level + (lead[year.start():] if year else "") + q.counted, q.start, q.end + len(q.counted), \
            "count-noun"
    lead = _clause_lead(text, s_start, q.start)
    budget = _TARGET_LED.fullmatch(lead)
    if budget and q.unit not in _PERCENT_UNITS and text.startswith(_DE, q.end):
        # 财政总收入4348万元，占年初预算10065万元的43.2%: the budget the level is measured against
        return level + budget.group(1), q.start, q.end, "clause-before"
    if q.unit in _PERCENT_UNITS and prev is not None and prev.unit not in _PERCENT_UNITS \
            and _is_target_noun(prev.counted) and text[prev.end:q.start] == prev.counted + _DE:
        lead = _clause_lead(text, s_start, prev.start)
        return level + lead + prev.counted, q.start, q.end, "share-of-previous"
    return None


# 占年初预算, 为全年预算, 为调整预算数: a share verb or copula, then a target with its year or its
# revision (占调整预算数539267万元的99.6%; 完成年初预算数60999万元的40.4%: a verb of a target done leads it as well; 完成预算数257288万元的
# 41.9%: a budget named without its year is the level's all the same)
_TARGET_LED = re.compile(f"(?:{cue_alt('metrics.share_verb', False)}|{cue_alt('metrics.copula', False)}"
                         f"|{cue_alt('metrics.target_verbs', False)})"
                         f"((?:(?:{cue_alt('metrics.target_years')}).{{0,4}}?)?(?:{cue_alt('metrics.revised_targets')})?"
                         f"(?:{cue_alt('metrics.target_words')}))")


_BRACKET_CLOSE_DE = tuple(c + _DE for c in ")）")
_BRACKET_REACH = 16  # how far before the bracket a target done is looked for (完成年度计划: 6)
_TARGET_VERB_AT = re.compile(f"(?:{cue_alt('metrics.target_verbs')})")  # 完成|年度计划: the verb of doing a target
_TARGET_SHARE_END = re.compile(_TARGET_SHARE_BARE.pattern + "$")  # (完成全年目标任务: to 任务, not 目标)


def _bracketed_target(view: _ArticleView, s_start: int, q: Quantity, prev: Quantity | None,
                      prev_ind: tuple | None, level: str | None) -> tuple[str, int, int, str] | None:
    """山东全省城镇新增就业完成年度计划(100万)的98%; 新增农村劳动力转移就业115.2万人，完成年度计划(120万)
    的95.8% (provincial releases): the amount in brackets right after a target done is that target's
    size (城镇新增就业年度计划, 农村劳动力转移就业年度计划), and the share after the brackets the part of
    it done (城镇新增就业完成年度计划) — not a level named 年度计划 and a bare %.  The level is the
    words before the verb in the clause after its last place, else the sentence's last level figure.
    None for any other figure."""
    text = view.text
    if q.unit in _PERCENT_UNITS:
        if prev is None or prev.unit in _PERCENT_UNITS or text[prev.end:q.start] not in _BRACKET_CLOSE_DE:
            return None
        amount = prev
    elif text.startswith(_BRACKET_CLOSE_DE, q.end):
        amount = q
    else:
        return None
    bracket = amount.start - 1
    if bracket < s_start or text[bracket] not in "(（":
        return None
    lead = _clause_lead(text, s_start, bracket)
    done = _TARGET_SHARE_END.search(lead, max(0, len(lead) - _BRACKET_REACH))
    if done is None:
        return None
    at = bracket - len(lead) + done.start()
    cut = max((b for _a, b, _k, t, _l in view.mentions_in(bracket - len(lead), at) if t == "Place"),
              default=bracket - len(lead))
    owner = _clean(text[cut:at])
    owner = owner if len(owner) >= 2 else (level or "")
    if len(owner) < 2:
        return None
    verb = _TARGET_VERB_AT.match(done.group(1))
    if q is amount:
        return owner + done.group(1)[verb.end():], q.start, q.end, "clause-before"
    return owner + done.group(1), q.start, q.end, "share-of-previous"


def _before_target_share(indicator: str) -> str:
    """城镇新增就业完成年度计划 → 城镇新增就业: the level whose share of a target an indicator names (a
    change after that share is the level's); the indicator as it is otherwise."""
    done = _TARGET_SHARE_END.search(indicator)
    return indicator[:done.start()] if done and done.start() >= 2 else indicator


def _clause_lead(text: str, s_start: int, at: int) -> str:
    """The words from the clause's opening (after a comma or the sentence start) up to `at`."""
    cut = max(rfind_any(text, "，,；;：:", s_start, at), s_start - 1)
    return text[cut + 1:at].strip()


def _is_target(indicator: str) -> bool:
    """An indicator naming a target or budget (全年预算, 年度目标任务): no level of its own kind."""
    return _TARGET_WORD.search(indicator) is not None


def _target_part(indicator: str) -> str:
    """县人民代表大会批准全县全年预算 → 为全年预算: the target named from its year word on, after
    the copula, for the share of a level in it."""
    m = None
    for m in _YEAR_SCOPE.finditer(indicator):
        pass
    at = m.start() if m else len(indicator)
    if m is None:  # 一般公共预算支出预算数 (no year word): from the target words on, 为预算数, 为目标任务
        while at > 0 and (t := _TARGET_WORD.search(indicator, 0, at)) is not None:
            at = t.start()
    tail = indicator[at:] if at < len(indicator) else indicator
    return cues("metrics.target_copula")[0] + tail


def _target_time(view: _ArticleView, q: Quantity, period: str | None) -> tuple[str | None, str] | None:
    """(ISO, words) of the time a target names in the figure's own clause (1-9月，…完成45亿元，
    全年目标为60亿元; 完成全年目标任务60亿元的75%; 全年计划投资150亿元): the whole year, not the
    sentence's nine months (`_figure_periods` sets such a time aside as no result's).  The
    year is that of the sentence's time when it has one (2022年1-9月 → 全年 = 2022); None
    when the clause names no time before a target word."""
    text = view.text
    s_start = view.sentence(q.start)[0]
    lo = max(s_start, rfind_any(text, _CLAUSE_MARKS, s_start, q.number_start) + 1)
    targets = cues("metrics.target_words")
    named = [p for p in find_periods(text, lo, q.number_start)
             if text.startswith(targets, p[1]) or _TARGET_AFTER_PERIOD.match(text, p[1])]
    if not named:
        return None
    words = named[-1][2]
    if after_named_year(words):  # 2021年，…，当年计划投资63亿元: the plan of the year named before
        y = _year_named_before(view, named[-1][0])
        if y or years_after_named(words):
            return (resolve(words, f"{y}-12-31", anchored=True) if y else None), words
        ref = view.art.date or view.doc.date  # no year named near: the sentence's year, else the publication's
        year = period[:4] if period and _ISO_YEAR.match(period) else (ref[:4] if ref else None)
        return year, words
    year = period[:4] if period and _ISO_YEAR.match(period) and not states_year(words) else None
    ref = f"{year}-12-31" if year else (view.art.date or view.doc.date)
    if words in cues("metrics.target_years"):  # 年初预算: the budget set at the year's start is the year's
        return (year or (ref[:4] if ref else None)), words
    return resolve(words, ref, anchored=bool(year)), words


def _base_period(view: _ArticleView, s_start: int, q: Quantity) -> tuple[int, int, str] | None:
    """The compared time right before figure q (比上年同期35285万元增收…, 较去年的1.2万人): q is the
    base of a comparison, the level at that time → the period (start, end, words), else None.
    (Asked twice of most figures, by `_indicator` and `_period`: the answer is kept on the view.)"""
    memo = view.base_memo
    key = (s_start, q.start)
    if key not in memo:
        memo[key] = _find_base_period(view.text, s_start, q)
    return memo[key]


# 第六次全国人口普查, 第四次全国经济普查: the census a compared time names (its figures are that year's)
_CENSUS_NAME = re.compile(f"(?:第[{cue_chars('periods.numeral_chars')}]{{1,2}}次)?(?:{cue_alt('metrics.census_names')})")


def _find_base_period(text: str, s_start: int, q: Quantity) -> tuple[int, int, str] | None:
    """`_base_period`, looked for."""
    lo = max(s_start, q.start - 24)
    if _COMPARISON_MARK.search(text, lo, q.start) is None:
        return None  # no mark a compared time stands after (most figures): no period scan
    for a, b, w in reversed(find_periods(text, lo, q.start)):
        gap = text[b:q.start]
        same = cues("metrics.same_period")[0]
        gap = gap[len(same):] if gap.startswith(same) else gap
        census = _CENSUS_NAME.match(gap)
        gap = gap[census.end():] if census else gap  # 与2010年第六次全国人口普查的442854人相比
        account = next((w for w in _BASE_ACCOUNTS if gap.startswith(w)), "")
        gap = gap[len(account):]  # 比上年决算数14.94亿元增长3.0%: the year's level, from its accounts
        if (gap in ("", _DE) or _BRACKETED_BASE.match(gap) and _BRACKET_CLOSE.match(text, q.end)) \
                and a > lo and text[a - 1] in cues("metrics.comparison_marks") \
                and w not in _NOW_WORDS:  # (高于2019年同期3.1个百分点: the difference, no base)
            return a, b, w
        break
    return None


def _averaged_base(text: str, q: Quantity, base: str) -> str:
    """The base's measure when an average's word opens it in brackets (较2019年国庆假期(日均189.7万人次):
    the daily average then): the level before if it is that average already (日均运输旅客), else
    the level averaged (累计发送旅客 → 日均发送旅客: the total's word gives way to the average's)."""
    m = _BRACKETED_BASE.search(text, max(0, q.start - 6), q.start)
    avg = m.group("avg") if m else None
    return _average_of(avg, base) if avg else base


def _average_of(avg: str, base: str) -> str:
    """The average `avg` (日均) of the measure `base`: base itself if it is that average already
    (日均运输旅客), else the base averaged, its total's word dropped (民航累计运输旅客 → 日均民航运输旅客)."""
    if base.startswith(avg):
        return base
    total = next((w for w in _AVERAGED_TOTALS if w in base), None)
    return avg + (base.replace(total, "", 1) if total else base)


_AVERAGES = frozenset(cues("metrics.bracketed_base_averages"))
_AVERAGED_TOTALS = tuple(cues("metrics.bracketed_base_totals"))
_NOW_WORDS = frozenset(r["word"] for r in load_table("periods") if r["kind"] in ("now", "day", "vague"))
_BASE_ACCOUNTS = tuple(cues("metrics.base_account_words"))
# 较一季度(-10.8%)回升, 较上年同期（3.2%）: the level at the compared time, in brackets after it
_BRACKETED_BASE = re.compile(rf"[（(]\s*(?P<avg>{cue_alt('metrics.bracketed_base_averages')})?\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[）)]")


def _respective_time(view: _ArticleView, s_start: int, q: Quantity) -> tuple[str, str | None] | None:
    """2022年5月和6月，全市分别完成投资12亿元和15亿元: as many joined periods before 分别 as figures
    after it — the k-th figure is of the k-th period → (its words, the words whose year it takes
    when it states none), or None."""
    text = view.text
    k = _rfind_respective(text, s_start, q.start)
    if k < 0:
        return None
    figures = _run_figures(text, k)
    periods = _view_periods(view, s_start, k)
    if q.number_start in figures and periods and not any(ch in text[periods[-1][1]:k] for ch in _JOINS) \
            and (year := _year_of_range(periods[-1][2], figures, q)):
        return year, None  # 2019年至2021年…分别达到A、B、C: A is 2019's, C 2021's (no items listed between:
        # 2020年至2021年，城镇和农村居民收入分别增长5%、6%: the items' figures, both of the stretch)
    if q.number_start not in figures or len(periods) < 2:
        return None
    group = [periods[-1]]
    for p in reversed(periods[:-1]):
        gap = text[p[1]:group[0][0]]
        if len(gap) > 2 or not any(ch in gap for ch in _JOINS):
            break
        group.insert(0, p)
    if len(group) != len(figures):
        return None
    words = group[figures.index(q.number_start)][2]
    return words, (None if states_year(words) else group[0][2])


_YEAR_RANGE = re.compile(f"(\\d{{4}})年?(?:{cue_alt('metrics.year_range_joins')})(\\d{{4}})年")


def _year_of_range(words: str, figures: list[int], q: Quantity) -> str | None:
    """2019年至2021年 before 分别 and three figures: each figure is one year of the stretch, in order
    (the k-th figure the k-th year); None unless the stretch holds exactly as many years as figures."""
    m = _YEAR_RANGE.fullmatch(words)
    if m is None or int(m.group(2)) - int(m.group(1)) + 1 != len(figures):
        return None
    return f"{int(m.group(1)) + figures.index(q.number_start)}年"


def _joined_times(text: str, own: list[tuple[int, int, str]], q: Quantity) -> list[tuple[int, int, str]]:
    """The periods joined by 和/及/、 that end right before q in its clause (2019年5月阿曼湾…和2019年
    6月霍尔木兹海峡发生的两起事件, 5月和6月共发生事故12起): q counts over all of them.  Not
    across a comma, nor with 分别 (each figure has its own time then)."""
    last = own[-1]
    between = text[last[1]:q.start]
    if any(ch in between for ch in "，,；;：:") or _has_respective(between):
        return []
    out = [last]
    for p in reversed(own[:-1]):
        gap = text[p[1]:out[0][0]]
        if len(gap) > 24 or any(ch in gap for ch in "，,；;：:。") or _has_respective(gap) \
                or not any(ch in gap for ch in _JOINS):
            break
        out.insert(0, p)
    return out


def _beyond_clause(text: str, s_start: int, q: Quantity,
                   own: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The periods of q's sentence before it that can be its time.  A later period inside the
    sentence (not followed by a comma) is the time of its own clause and of the rates and changes
    that go on from it, not of a new level counted after it while the sentence named its time
    before: 2023年重点项目530项，…，1-6月累计完成投资362亿元，占年计划的64%，其中在建项目185项 —
    the 185 projects are 2023's; 全年…，年末常住人口…，城镇化率43.6% — the rate is the year end's."""
    while len(own) >= 2:
        a, b, _w = own[-1]
        if text[b:b + 1] in ("，", ",", "：", ":"):
            break  # 2022年，…: a time set for all that follows
        cut = rfind_any(text, "，,；;：:", s_start, q.number_start)
        if a > cut:
            break  # the figure's own clause
        if _news_day(own[-2][2]):
            break  # 2024年11月8日，记者…获悉，今年全县…，平均亩产512公斤: the day is the news's, 今年 the figures'
        if _from_to(text, own[-2], own[-1]):
            break  # 由十年前的不足百个发展到目前的1735个，其中…60个: the later end is the time now
        if _new_year_clause(text, own[-2], own[-1]):
            break  # 2019年全市建设…9100亩，…，2022年我市…12500亩，其中…1322亩: 2022's, a new year told
        if _bracketed_days(text, own) is not None:
            break  # 2023年春节假期(1月21日至27日)，全国…: the days of the time named before, for all that follows
        if own[-1][2].startswith(_STRETCH_END) and text[own[-2][1]:a] in _STRETCH_GAPS:
            break  # 10月底至11月初，全县完成…: the stretch's end, whatever follows it (初), is no clause's own
        left = _clean(_strip_quotes(text[cut + 1:q.start]))
        if q.unit in _PERCENT_UNITS or q.unit == cues("metrics.points_unit")[0] or not left \
                or _GROWTH.match(left):
            break  # a rate or a change going on from that clause
        own = own[:-1]
    return own


_WHOLE_YEAR = re.compile(r"(?:19|20)\d\d年")


def _new_year_clause(text: str, earlier: tuple[int, int, str], later: tuple[int, int, str]) -> bool:
    """2019年全市建设高标准农田9100亩，…，2022年我市…建设12500亩，其中…1322亩: a whole year opening
    a clause after another whole year of the sentence is no part of it (as 1-6月 is of 2023年) but a
    new time the clauses after it go on telling; a year compared with (比2021年) opens no clause."""
    return bool(_WHOLE_YEAR.fullmatch(earlier[2]) and _WHOLE_YEAR.fullmatch(later[2])
                and earlier[2] != later[2] and later[0] > 0 and text[later[0] - 1] in _CLAUSE_MARKS)


def _from_to(text: str, earlier: tuple[int, int, str], later: tuple[int, int, str]) -> bool:
    """由十年前的…发展到目前的…, 从2015年的…增加到2023年的…: two periods as the ends of one change,
    the earlier after 由/从, the later after (or opening with) 到/至."""
    a = earlier[0]
    froms = "".join(cues("metrics.change_from"))  # (the words may open with it: 从2012年)
    if not earlier[2].startswith(tuple(froms)) \
            and (a == 0 or not text[max(0, a - 1):a] or text[a - 1] not in froms):
        return False
    to = tuple(cues("metrics.change_to")[:2])  # 到, 至
    return later[2].startswith(to) or text[max(0, later[0] - 1):later[0]] in to


_DATED_DAY = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号]")


def _news_day(words: str) -> bool:
    """Period words naming one day (2024年11月8日, 昨日): the day of the news, not a time set for the
    figures of a sentence."""
    return bool(_DATED_DAY.fullmatch(words) or _NEWS_DAY.fullmatch(words))


_HEADING_NUMBER = re.compile(f"[{_ORDINAL_DIGITS}]{{1,3}}[、.．]|[（(][{_ORDINAL_DIGITS}]{{1,3}}[）)]")


_PERIOD_HEADING_LEN = 8  # characters: a heading that is a period alone (过去五年, 2022年上半年)
# 十年增加, 五年年均增长: a count of years right before the change measured over them
_CHANGE_SPAN = re.compile(f"([0-9{cue_chars('periods.numeral_chars')}]{{1,3}}{_YEAR_UNIT})"
                          f"(?=(?:{cue_alt('metrics.change_qualifiers')}|{cue_alt('metrics.change_verbs')}))")


def _change_span(text: str, s_start: int, q: Quantity) -> str | None:
    """The years a change in the figure's own clause is measured over (十年增加近70万亿元, 五年年均
    增长5.2%), when a section or lead gives the article's figures another time: those years up to
    now are this figure's."""
    cut = max(rfind_any(text, "，,；;：:。", s_start, q.start) + 1, s_start)
    m = None  # (十年增加近70万亿元、年均增长6.2%: the items of a 、-list share the span)
    for m in _CHANGE_SPAN.finditer(text, cut, q.number_start):
        pass
    return m.group(1) if m else None


def _section_year(view: _ArticleView, p_start: int) -> tuple[str | None, str | None]:
    """(year, its words) that the numbered heading of a figure's section states: 一、2022年财政工作
    情况 over 兑现减税降费政策17.3亿元 (a report's review), 二、2023年预算草案 over its plans.  The
    nearest numbered heading line before the paragraph decides: one four-digit year in it gives
    that year; a top-level heading (一、) without one ends the search (a new section of no year);
    a subheading without one ((一)主要工作) is passed over.  A line that is a period and nothing
    else (过去一年, 过去五年 in a review of a work report) is the time of the lines below it.  Under an
    unnumbered heading with its year (2023年工作回顾) the numbered headings without one (一、讲政治、顾大局…)
    are its subsections and keep its year, up to the next unnumbered heading (2024年工作安排)."""
    by_para = view.section_years
    if by_para is None:  # one pass over the article's paragraphs, not one per figure
        by_para, state, under_plain = [], (None, None), False
        ref = view.art.date or view.doc.date
        for start, end, _kind in view.paras:
            by_para.append(state)  # the heading state before this paragraph
            line = view.text[start:end].strip()
            if len(line) <= _PERIOD_HEADING_LEN and header_row(line):
                continue  # 指标 ⏎ 本月 ⏎ 1-本月: a table's column names, not the time of the rows below
            if _yearless_cell(line):
                continue  # 一、本级收入 | (a budget table's row label): no heading, its section goes on
            alone = find_periods(line) if len(line) <= _PERIOD_HEADING_LEN else []
            if len(alone) == 1 and alone[0][0] == 0 and alone[0][1] == len(line):
                # 过去一年 / 过去五年 on a line of its own: the time of the section below it
                iso = resolve(line, ref)
                state = (iso, line) if iso else state
                continue
            m = _HEADING_NUMBER.match(line)
            if not m and _plain_section_heading(line):
                # 2019年工作回顾, 2020年工作安排 (no number): its one year, or no year for its section
                years = {explicit_year(w) for _a, _b, w in find_periods(line)} - {None}
                one = years.pop() if len(years) == 1 else None
                state = (str(one), f"{one}{_YEAR_UNIT}") if one else (None, None)
                under_plain = one is not None
                continue
            if not m or len(line) > 40 or any(ch in line for ch in "。！？!?"):
                continue
            stated = find_periods(line)
            years = {explicit_year(w) for _a, _b, w in stated} - {None}
            if len(years) == 1:
                year = years.pop()
                state, under_plain = _heading_months(stated, ref) or (str(year), f"{year}{_YEAR_UNIT}"), False
            elif not m.group(0).startswith(("（", "(")):
                got = _reported_months(line, stated, ref) if not years else (None, None)
                if got[0] is not None or years or not under_plain:
                    state = got  # (under 2023年工作回顾, 一、讲政治… is its subsection: the year stays)
            elif years:
                state = (None, None)
        view.section_years = by_para
    k = bisect.bisect_right(view.para_starts, p_start) - 1
    return by_para[k] if 0 <= k < len(by_para) else (None, None)


# 2024年11月, 2024年1-11月, 2024年1—11月份: a month or a stretch of months of one year, and nothing else
_HEADING_MONTHS = re.compile(r"[0-9]{4}年[0-9]{1,2}(?:[-—–~～至][0-9]{1,2})?月份?")


def _heading_months(stated: list[tuple[int, int, str]], ref: str | None) -> tuple[str, str] | None:
    """(period, words) of a numbered heading that states one month or one stretch of months of its year
    (一、2024年11月全区水环境质量状况, 二、2024年1-11月全区水环境质量状况 over the sections of a monthly
    report): the section's figures are that month's or those months', not the whole year's."""
    if len(stated) != 1 or not _HEADING_MONTHS.fullmatch(stated[0][2]):
        return None
    iso = resolve(stated[0][2], ref)
    return (iso, stated[0][2]) if iso else None


_CELL_BAR = re.compile("[|｜]")


def _yearless_cell(line: str) -> bool:
    """A table's cell set on a line of its own with its bar (`一、本级收入 |`, `二、转移性收入 |` of a
    budget report's 收支执行表): numbered as a heading is, but a row label, which neither opens a
    section nor ends the one the table stands in (一、2024年预算执行情况 above it).  A cell stating a
    year is read as a heading still: some pages set the whole article in a table."""
    return bool(_CELL_BAR.search(line)) and not any(explicit_year(w) for _a, _b, w in find_periods(line))


def _reported_months(line: str, stated: list[tuple[int, int, str]], ref: str | None) -> tuple[str | None, str | None]:
    """一、1-3月份主要经济指标完成情况 (a top-level heading of an analysis whose lead says 今年以来): the
    one stretch of months without a year that a heading of results (a report word: 完成情况, 运行情况)
    names is the time of its section, read as a release's headline is (`_yearless_headline`); a
    heading of plans (二、下半年工作打算) names none."""
    if len(stated) != 1 or not any(w in line for w in cues("metrics.report_heads")):
        return None, None
    return _yearless_headline(stated[0][2], ref)


_SECTION_HEADING_ENDS = tuple(cues("periods.section_heading_ends"))
_PLAIN_HEADING_LEN = 24  # characters: an unnumbered section heading (2019年及今年以来工作回顾)


def _plain_section_heading(line: str) -> bool:
    """An unnumbered heading of a work report's section (2019年工作回顾, 2020年工作安排): a short
    line with no sentence or clause mark, closing with a heading word of the section
    (periods.section_heading_ends) — the report's title (…政府工作报告) is none."""
    return len(line) <= _PLAIN_HEADING_LEN and line.endswith(_SECTION_HEADING_ENDS) \
        and not any(ch in line for ch in "。！？!?，,；;：:")


def _notice_year(view: _ArticleView) -> int | None:
    """The one year a holiday notice's title names (关于2025年国庆节中秋节放假安排的通知, 国务院办公厅
    关于2026年部分节假日安排的通知, often published months before): the days off it lists without
    a year (10月1日至8日, 元旦：1月1日) are that year's, not the publication year's nor, for a month
    after the publication's, the year before's.  Only titles with a notice word of days off
    (periods.holiday_notice_heads) count: another notice's dates may be deadlines of a later year."""
    if view.notice_year is None:
        head = view.art.title or ""
        years: set = set()
        if any(w in head for w in cues("periods.holiday_notice_heads")):
            years = {explicit_year(w) for _a, _b, w in find_periods(head)} - {None}
        view.notice_year = (years.pop() if len(years) == 1 else None,)
    return view.notice_year[0]


_DAYS_OFF = re.compile(cue_alt("periods.days_off_words"))
_NOTICE_DAY = re.compile(r"\d{1,2}[日号]")  # 1月1日, 8日: a day, as days off are listed


def _lists_days_off(view: _ArticleView, at: int, words: str) -> bool:
    """Whether period words at `at` are days off a holiday notice lists, which its title's year
    dates (`_notice_year`): a day or a holiday, and their sentence says so (1月1日至3日放假调休, 9月28日上班:
    periods.days_off_words), or they name a holiday of the title (元旦期间 under 关于2026年元旦春节
    放假…的通知).  Not the notice's other times: 11月份，全县共检查企业200家, 上半年…事故3起 and
    12月以来 in a safety notice before the holidays are the publication's."""
    if not (_NOTICE_DAY.search(words) or names_holiday(words)):
        return False  # 11月份，…放假前 a month, 上半年: no day off
    s_start, s_end = view.sentence(at)
    if _DAYS_OFF.search(view.text, s_start, s_end):
        return True
    title = view.art.title or ""
    return bare_holiday(words) and any(h in title for h in holiday_names(words))


def _yearless_headline(words: str, ref: str | None) -> tuple[str | None, str | None]:
    """前三季度全市经济运行情况, 一季度全县经济运行简况: a release's headline naming its months without
    a year — the months of the publication year, or of the year before when they are not over by
    publication (`_not_yet_over`; 12月份全县经济运行简况 in January is last December); only a month
    or a stretch of months (no bare year or day), and no words relative to the publication (今年,
    本月), which the figures resolve themselves."""
    if not ref or states_year(words):
        return None, None
    iso = resolve(words, ref)
    if iso and _not_yet_over(words, iso, ref):
        iso = resolve(words, f"{int(ref[:4]) - 1}-12-31")
    return (iso, words) if iso and len(iso) in (7, 15) else (None, None)  # (YYYY-MM, YYYY-MM/YYYY-MM)


def _table_caption_period(view: _ArticleView, q: Quantity, ref: str | None) -> tuple[str, str] | None:
    """(ISO period, its words) of a table cell's caption (上海市生产总值2022年上半年 over a table set
    one cell a line: `stacked_caption`) when the caption states one period with its year; None
    otherwise.  A bureau's table page says its time once, above the table, never in the rows."""
    line = stacked_caption(view.text, q.start) or _row_caption(view.text, q)
    stated = find_periods(line) if line else []
    if len(stated) != 1 or explicit_year(stated[0][2]) is None:
        return None
    iso = resolve(stated[0][2], ref)
    return (iso, stated[0][2]) if iso else None


_CELL_PAD = " \t\u3000\r|｜"  # white space and cell bars around a cell alone on its line
_CELL_PAD_RUN = re.compile(f"[{re.escape(_CELL_PAD)}]*")


def _alone_on_line(text: str, ls: int, q: Quantity) -> bool:
    """`text[ls:line end].strip(_CELL_PAD) == q's surface`: a cell alone on the line opening at
    ls, read from ls over the padding, the figure, the padding after it — never a copy of the
    rest of the line (with no line break near, ls is 0 and the line the whole article: a copy
    per figure was quadratic in a long text of one line)."""
    surface = text[q.start:q.end]
    if not surface or surface != surface.strip(_CELL_PAD):
        return surface == text[ls:_line_end(text, q.end)].strip(_CELL_PAD)  # (an odd surface: as written)
    if _CELL_PAD_RUN.match(text, ls).end() != q.start:
        return False  # (the stripped line opens before the figure: longer than it)
    j = _CELL_PAD_RUN.match(text, q.end).end()
    return j == len(text) or text[j] == "\n"


def _line_end(text: str, i: int) -> int:
    """Where the line holding position i ends (its line break, else the text's end)."""
    le = text.find("\n", i)
    return le if le >= 0 else len(text)


def _row_caption(text: str, q: Quantity) -> str | None:
    """The caption line (表1 2024年1-9月全县主要经济指标) of the table row holding `q` — a row on
    one line (`TABLE_ROW`, `HEADER_UNIT_ROW`) or a cell alone on its line — when the header and rows
    between state no time of their own but the caption's (a header of 9月 | 1-9月累计 gives its
    columns times of their own: the caption's is no time of every cell)."""
    ls = text.rfind("\n", max(0, q.start - _ROW_REACH), q.start) + 1
    if not _alone_on_line(text, ls, q) and _row_at(TABLE_ROW, text, ls) is None and _row_at(HEADER_UNIT_ROW, text, ls) is None:
        return None
    found = row_caption(text, ls)
    if found is None:
        return None
    caption, between = found
    stated = find_periods(caption)
    own = {w for ln in between for _a, _b, w in find_periods(ln)}
    if len(stated) != 1 or any(states_year(w) or not stated[0][2].endswith(w) for w in own):
        return None
    return caption


def _headline_year(view: _ArticleView) -> tuple[str | None, str | None]:
    """(year, its words) that a report's headline gives all its figures: `2022年XX县国民经济和社会
    发展统计公报`, `XX县2021年重点工程项目进展情况` — one four-digit year and a report word
    (统计公报, 进展情况 …) in the title, or in a short first line when the layout found no title.
    A figure stating no time of its own, in no paragraph that does, is of that year; a headline
    naming two years (2022年预算执行情况和2023年预算草案) or none gives nothing."""
    if view.headline is not None:
        return view.headline
    head = view.art.title or ""
    if not head and view.paras:
        start, end, _kind = view.paras[0]
        first = view.text[start:end].strip()
        head = first if len(first) <= 60 and not any(ch in first for ch in _SENT_END) else ""
    found: tuple[str | None, str | None] = (None, None)
    if any(w in head for w in cues("metrics.report_heads")):
        stated = find_periods(head)
        years = {explicit_year(w) for _a, _b, w in stated} - {None}
        if len(years) == 1:
            year = years.pop()
            found = (str(year), f"{year}{_YEAR_UNIT}")
            whole = resolve(stated[0][2], f"{year}-12-31", anchored=True) if len(stated) == 1 else None
            if whole and whole.startswith(str(year)) and len(whole) > 4:
                found = (whole, stated[0][2])  # 2023年1-10月某市主要经济指标: the months too
        elif not years and len(stated) == 1:
            found = _yearless_headline(stated[0][2], view.art.date or view.doc.date)
    if found == (None, None):
        found = _lead_report_year(view)
    view.headline = found
    return found


_LEAD_REPORT = re.compile(f"《([^《》\n]{{0,40}}?(?:{cue_alt('metrics.lead_report_heads')})[^《》\n]{{0,12}})》")


_WORK_REPORT_HEADS = tuple(cues("metrics.work_report_heads"))
_WORK_REPORT_LATE_MONTH = 10  # a report delivered from October on plans for the year after (宜章县, 2023年12月21日)


def _work_report_year(view: _ArticleView, ref: str | None) -> tuple[str, str] | None:
    """(year, its words) a government work report's targets stating no time are for: the one year its
    title names (2023年济南市政府工作报告 … 主要预期目标是：地区生产总值增长5.5%以上), else the year
    ahead of the day it was delivered (——2024年3月11日在…会议上: 2024; 2022年12月30日: 2023).
    None for any other text: its review figures are of the year before, which the title never says."""
    head = view.art.title or ""
    if not any(w in head for w in _WORK_REPORT_HEADS):
        return None
    years = {explicit_year(w) for _a, _b, w in find_periods(head)} - {None}
    if len(years) == 1:
        year = years.pop()
        return str(year), f"{year}{_YEAR_UNIT}"
    if years or not ref or len(ref) < 7:
        return None
    year = int(ref[:4]) + (int(ref[5:7]) >= _WORK_REPORT_LATE_MONTH)
    return str(year), f"{year}{_YEAR_UNIT}"


def _lead_report_year(view: _ArticleView) -> tuple[str | None, str | None]:
    """国家卫生健康委发布《2023年我国卫生健康事业发展统计公报》。根据《公报》，我国人均预期寿命达到
    78.6岁: a news story on a bulletin, whose headline names no year, names the report in its lead;
    the one year of that name is then the time of every figure that states none, as a bulletin's
    own headline would be (only a statistical bulletin: a plan's name gives its target years)."""
    if view.lead_end <= 0:
        return None, None
    k = [p[1] for p in view.paras].index(view.lead_end)
    start = view.paras[k][0]
    names = {m.group(1) for m in _LEAD_REPORT.finditer(view.text, start, view.lead_end)}
    if not names and not any(ch.isdigit() for ch in _TEASER_YEAR.sub("", view.text[start:view.lead_end])) \
            and k + 1 < len(view.paras):
        # 2022年重庆经济发展有哪些亮点？…⏎3月17日，重庆市统计局…发布《2022年重庆市国民经济和社会发展统计公报》: a
        # teaser of no figure opens the story, the report is named in the paragraph after it
        a, b, _kind = view.paras[k + 1]
        names = {m.group(1) for m in _LEAD_REPORT.finditer(view.text, a, b)}
    years = {explicit_year(w) for n in names for _a, _b, w in find_periods(n)} - {None}
    if len(years) != 1:
        return None, None
    year = years.pop()
    return str(year), f"{year}{_YEAR_UNIT}"


_TEASER_YEAR = re.compile(r"(?:19|20)\d\d年")  # 2022年重庆经济发展有哪些亮点: a year, no figure of the teaser


_BARE_DAY = re.compile(r"(?:^|[^月\d])\d{1,2}[日号]")


def _stated_year(view: _ArticleView, i: int, words: str) -> int | None:
    """With no publication date, the year of a yearless period (1-2月, 全年, 一季度) is the last
    one the article states for its figures before it (2021年1-2月，广东经济… 1-2月，广东完成…;
    2021年…85.3亿元。2022年…92.1亿元。1至6月… is 2022's): the text's own year, not a guess; a year recalled later (2020年同期…下降23.2%) is a comparison, not
    the text's year.  Words relative to the publication (今年, 去年) stay unresolved."""
    if states_year(words) or _BARE_DAY.search(words):
        return None  # (15日 with no month known: no year makes it a day)
    same = cues("metrics.same_period")[0]
    aside = None  # a year inside a dated entry of a chronicle: the running year only if none is before
    for a, b, w in reversed(_view_periods(view, 0, i)):  # (judged on from the last figure's, not afresh)
        y = explicit_year(w) if not _carried_from(view.text, (a, b, w)) and not _span_of_years(w) \
            and not _recalled_since(view.text, a, w) else None
        if y is not None and not view.text.startswith(same, b) and not _plan_horizon(view, a, w):
            if _inside_month_entry(view.text, a):
                aside = aside or y
                continue
            if _compared_base(view.text, a):
                continue  # (较历史最好年份2021年高出…。预计全年…: the base compared with is no year of the text's)
            return _report_year(view, y)  # (2023年全国第五次经济普查结果 in a 2024 bulletin: a recall)
    return _report_year(view, aside) if aside is not None else None


_SINCE_FROM = tuple(cues("periods.since_prefix"))  # 自, 从
_SHARE_VERBS = tuple(cues("metrics.share_verb"))  # 占


def _recalled_since(text: str, a: int, words: str) -> bool:
    """自2012年以来，我省进出口总值长期保持中部第一位 (haiguan100, an undated release): a stretch opened with
    自/从 and closed with 以来 recalls how long something has held, up to an unknown now — its year is
    no year of the text's figures (一季度 after it is not 2012's).  A bare 2023年以来 leading a report
    stays the report's year."""
    return words.endswith(_SINCE_END) and (words.startswith(_SINCE_FROM) or text.endswith(_SINCE_FROM, 0, a))


_SPAN_OF_YEARS = re.compile(f"(?:19|20)\\d\\d年?\\s*(?:{cue_alt('metrics.year_range_joins')})+\\s*(?:19|20)\\d\\d年")


def _span_of_years(words: str) -> bool:
    """Are period words a span of several years (2013—2017年, 2021至2025年: a programme's term,
    written after its target, 2606个撤并村通公路(2013—2017年))?  They name no one year to run on:
    a yearless 上半年 after them is of the year the text reports (2015年25件重点民生实事…), not the
    span's last year."""
    return _SPAN_OF_YEARS.search(words) is not None


_MONTH_ENTRY = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月")  # 4月,… 1月18日 …: an entry's own date


_CHRONICLE_HEADS = tuple(cues("metrics.chronicle_heads"))


def _chronicle_year(view: _ArticleView, p_start: int) -> str | None:
    """The year of a chronicle's entry dated by month and day alone (`_entry_date`): the year heading over
    it (a line `2011年` or `一九五五年` alone, `_section_year`), else the one year of a chronicle's headline
    (文成县2011年大事记, 丽水市委、市政府2021年执政纪事(7-12月)) — not the publication's (the next January's),
    nor a year an earlier entry tells of."""
    year = _section_year(view, p_start)[0]
    if year and _ISO_YEAR.fullmatch(year):
        return year
    title = view.art.title or ""
    if not any(w in title for w in _CHRONICLE_HEADS):
        return None
    years = {explicit_year(w) for _a, _b, w in find_periods(title)} - {None}
    return str(years.pop()) if len(years) == 1 else None


def _entry_date(text: str, i: int, words: str) -> bool:
    """Are the period words of a figure at i the date opening its line, a chronicle's entry (1月7日  县第36届
    中小学生田径运动会…19支代表队)?  Its year is the chronicle's (a year heading, the headline, the publication),
    never one told inside an earlier entry (`_inside_month_entry`)."""
    line = rfind_any(text, "\n", 0, i) + 1  # (memoised: a text of one long line costs no scan per figure)
    m = _MONTH_ENTRY.match(text, line)
    return m is not None and text.startswith(words, m.start() + len(m.group(0)) - len(m.group(0).lstrip()))


def _inside_month_entry(text: str, a: int) -> bool:
    """Is the year at `a` written inside a chronicle's entry that its month opens (4月,县动工兴建…。
    1982年建成使用。)?  The entry's time is that month of the year the chronicle runs in (its heading,
    1981年); a year told inside it looks ahead or back, and the entries after it stay in the
    heading's year.  (`_stated_year` falls back on it when no other year is stated before.)"""
    line = rfind_any(text, "\n", 0, a) + 1
    return a > line + 1 and _MONTH_ENTRY.match(text, line) is not None


_REACH_PREFIXES = cues("periods.reach_prefix")


def _plan_horizon(view: _ArticleView, a: int, words: str) -> bool:
    """Is the period at a the end a plan or a measure runs to (政策延续实施至2024年底，预计…; 到2025年，
    全县将…)?  That year lies ahead of the text: the yearless figures after it (1-3月, 截至3月底)
    are not of it.  (截至 opens an as-of, no end reached: its words start with 截.)"""
    if not words.startswith(_REACH_PREFIXES):
        return False
    s_start, s_end = view.sentence(a)
    return _plan_in(view.text, s_start, s_end)


def _narrative_year(view: _ArticleView, i: int, words: str, iso: str | None,
                    ref: str | None) -> int | None:
    """The year a yearless period (全年, 一季度, 1至5月) belongs to when it cannot be the
    publication year's: the period had not ended when the text was published (全年 in a bulletin
    of March), and the article has stated an earlier year for its figures before (初步核算，2022年
    全省地区生产总值… 全年一般公共预算收入…), or, when it has stated none, its report headline
    does (2022年XX县国民经济和社会发展统计公报): a completed figure of it is that year's."""
    if not iso or not ref or len(ref) < 7 or states_year(words) or is_deadline(words):
        return None  # (a deadline, 年底前, is still to come: no year already told of)
    end = iso.split("/")[-1]
    if _over_by(end, ref):
        return None  # over (or ending) by publication: the publication year is right
    ref_year = int(ref[:4])
    entry = _entry_date(view.text, i, words)
    for a, b, w in reversed(_view_periods(view, 0, i)):  # (judged on from the last figure's)
        y = explicit_year(w) if not _carried_from(view.text, (a, b, w)) else None
        if y is not None and entry and _inside_month_entry(view.text, a):
            continue  # (1月6日 县委…部署2010年的目标任务 ⏎ 1月7日 …512名运动员: an entry's year is no next entry's)
        if y is not None and not (len(ref) == 10 and resolve(w, ref) == ref):
            return _report_year(view, y) if y < ref_year else None  # (the dateline, 2024年3月20日, is no figure's year)
    head = _headline_year(view)[0]  # 2023年南昌市…统计公报, dated 2024-03-20: 全年 is 2023's
    return int(head[:4]) if head and int(head[:4]) < ref_year else None  # (2023-01/2023-10: its year)


def _over_by(end: str, ref: str) -> bool:
    """Had a period ending at `end` (ISO, of the publication year) ended by the publication date `ref`?
    By the day where both name one (截至11月底, 2024-11-30, in a text of 2024-11-09 had not: it is the
    year the text told of before, 2023), else by the month."""
    if len(end) == 10 and len(ref) == 10:
        return end <= ref
    return (end if len(end) >= 7 else end + "-12")[:7] <= ref[:7]


_REPORT_LAG = 2  # a report headed by its year (2023年…统计公报, …决算) may come out up to two years after


# the year told of is looked for in the last 3,000 characters or so before a 上年 figure (else the
# headline's): a scan from the article's start for every figure was quadratic in 上年 figures
_REPORT_YEAR_REACH, _REPORT_YEAR_GRID = 3000, 1000
_MONTH_WORD = "月"


def _report_year_told(view: _ArticleView, i: int, ref: str) -> int | None:
    """The year just over that the text reports on before position i, for 上年 (the year before
    it): the last four-digit year stated for its figures (2023年，全市实现…) or else its headline's
    (2023年…统计公报), when it is the year before the publication's (a bulletin, a 决算 of the next
    spring); None when the text tells of the publication year (今年以来, 去年 counted from it, a
    later or earlier year) or names none: then 上年 is the publication year's before."""
    ref_year = int(ref[:4])
    year = None
    lo = max(0, (i - _REPORT_YEAR_REACH) // _REPORT_YEAR_GRID * _REPORT_YEAR_GRID)  # (a start shared by the
    for _a, _b, w in reversed(_view_periods(view, lo, i)):  # figures near: judged once) (stops at the last year stated)
        if relative_year(w, ref) is not None and not prior_year_words(w):
            return None  # 今年一季度…，上年…: the text tells of the publication year
        if explicit_year(w) is None and _MONTH_WORD in w and (resolve(w, ref) or "")[:4] == ref[:4]:
            return None  # 1-6月，…比上年同期增长 (published in July): months of the publication year
        y = explicit_year(w)
        if y is not None and not (len(ref) == 10 and resolve(w, ref) == ref):
            year = _report_year(view, y)
            break
    head = _headline_year(view)[0]
    headline = int(head[:4]) if head and head[:4].isdigit() else None
    year = headline if year is None else year
    if year is not None and year == headline:  # a bulletin's own year: published the next year or the one after
        return year if ref_year - _REPORT_LAG <= year < ref_year else None
    return year if year == ref_year - 1 else None



def _report_year(view: _ArticleView, y: int) -> int:
    """The year stated last (y), unless the article's headline reports on a later one (2022年云和县
    …统计公报 … 最终计算2021年全县生产总值为…。全年城镇新增就业1254人): a revised figure of an
    earlier year is no year the report goes on telling, its 全年 stays the headline's.  With no
    such headline, a bulletin's lead that opens with its year does the same (2024年，…全年全县生产
    总值…。2023年全国第五次经济普查结果：…。全年全县地方财政总收入…: 2024's), when that year is over
    by the publication (a lead 2025年是…收官之年 of a January report is a plan's year)."""
    head = _headline_year(view)[0]
    if head and head[:4].isdigit():
        return int(head[:4]) if int(head[:4]) > y else y
    lead = _lead_year(view)
    return lead if lead is not None and lead > y else y


def _lead_year(view: _ArticleView) -> int | None:
    """The year a bulletin's lead opens with (`lead_period` when it is a bare year), if it is
    over by the publication (any, with no publication date)."""
    ref = view.art.date or view.doc.date
    lead = view.lead_period(ref)
    if not lead or len(lead) != 4 or not lead.isdigit():
        return None
    return int(lead) if ref is None or int(lead) < int(ref[:4]) else None


# --------------------------------------------------------------------------- extraction

def _names_its_subject(doc: Doc, subject: str | None, indicator: str) -> bool:
    """福建省（31个）⏎ 莆田市（14个）⏎ 仙游县郊尾镇后沈村…: a figure whose only words are the name of
    the place it is about measures nothing named — a heading's count of the lines listed under it
    (risk areas, villages, projects), the measure said only in the heading above; no fact."""
    ent = doc.entities.get(subject) if subject else None
    return ent is not None and ent.type == "Place" and ent.name == indicator


def _without_programme_tail(text: str, istart: int, indicator: str, name: str) -> str:
    """巴马至平果二级路完成投资7777.5万元: a project named from place to place (巴马至平果二级路) is the figure's
    subject, and the indicator, begun after the opening place's name, read the rest of the project's name
    (至平果二级路完成投资): that rest is the subject's, no word of the measure — the indicator without it
    (完成投资); unchanged where less than two characters would be left."""
    for k in range(0, len(name)):  # (the whole name, where the opening place was read as none)
        tail = name[k:]
        if indicator.startswith(tail) and text.startswith(tail, istart) and text[max(0, istart - k):istart] == name[:k]:
            return indicator[len(tail):] if len(indicator) - len(tail) >= 2 else indicator
    return indicator


def _without_anaphor_word(indicator: str) -> str:
    """合作社开展大豆玉米带状种植150亩, 公司产值3亿元 after the co-op or company is named: the bare head noun
    that points back at it (metric_scopes anaphor) made it the subject, and is no word of what is measured
    — the indicator without it and the lead words after it (开展); unchanged where less than two
    characters would be left (合作社数 keeps its noun)."""
    m = _ANAPHORS.match(indicator)
    if m is None:
        return indicator
    rest = _lead_strip().sub("", indicator[m.end():])
    return rest if len(rest) >= 2 else indicator


_ACHIEVEMENT_NOUNS = tuple(cues("metrics.span_achievement_nouns"))


def _years_of_achievements(text: str, q: Quantity) -> bool:
    """全面展现20年的发展成就, 回顾十年的奋斗历程: a span of years before 的 and a noun of what was
    achieved over it (span_achievement_nouns: 成就, 历程 …, within eight characters) is the time looked
    back on, no figure measured (was a metric 发展成时间 20年)."""
    if q.unit not in _DURATION_UNITS or text[q.end:q.end + 1] != _DE:
        return False
    m = _DURATION_OF.match(text, q.end + 1)
    return bool(m) and m.group(0).endswith(_ACHIEVEMENT_NOUNS)


_HOLDER_UNITS = frozenset(cues("metrics.fallback_people_units"))
_HOLDER_INTROS = tuple(sorted(cues("metrics.holder_intro_words"), key=len, reverse=True))


def _introduced_post_holders(text: str, q: Quantity, indicator: str) -> bool:
    """fabuhui87: 与刘部长一起出席今天新闻发布会的两位副部长是许宏才先生、朱忠明先生, 13位新闻发言人分别是：…: a count of
    people in 位/名 right before a post's title and 是/分别是 (metrics.holder_intro_words) with a name (no
    figure) after introduces who holds the post, no figure of post-holders.  Bounded: the title right
    after the count and the few characters after it."""
    if q.unit not in _HOLDER_UNITS or not _post_title(indicator) or not text.startswith(indicator, q.end):
        return False
    k = q.end + len(indicator)
    intro = next((w for w in _HOLDER_INTROS if text.startswith(w, k)), None)
    if intro is None:
        return False
    k += len(intro)
    k += text[k:k + 1] in "：:"
    return k < len(text) and is_han(text[k])


def _caption_skipped(view: "_ArticleView", kind: str) -> bool:
    """A photo's caption repeats its article's sentence: its figures are not read again.  A photo
    story set as its headline and one credited caption (`葡萄喜获丰收` ⏎ `…社员人均年收入1.6万元。 通讯员
    某某 记者 某某 摄`: 图片新闻 of a county site) has no body but the caption: the caption is the story,
    and its figures are the article's only ones."""
    return kind == "caption" and not view.caption_story


def _captions_hold_every_figure(view: "_ArticleView", qs: list[Quantity]) -> bool:
    """A photo story (组图) whose story paragraph is set as a credited caption (`近年来，余庆县…打造
    “扶贫工厂”10余家…。 新华社记者 某某 摄`) under a first photo's uncredited caption read as body:
    when no title, heading or body paragraph holds a figure, the captions repeat none of them, and
    their figures are the article's only ones (as `_caption_skipped` reads a story of captions)."""
    if not any(k == "caption" for _, _, k in view.paras):
        return False
    spans = sorted((a, b) for a, b, kind in view.paras if kind != "caption")
    starts = [a for a, _ in spans]
    for q in qs:  # (one bisection per figure: the paragraphs do not overlap)
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and q.start < spans[i][1]:
            return False
    return True


def article_metrics(doc: Doc, art: Article, quantities: list[Quantity] | None = None,
                    index: _DocIndex | None = None, bases: dict | None = None,
                    folded: dict | None = None) -> list[Metric]:
    """Metrics of one article, in text order, before merging; `index` is the document's
    `_DocIndex` when the caller does every article (built here otherwise).  The caller's
    `bases` receives id(change or share) → (it, its level figure) and `folded` id(headline
    figure) → (it, the body figure it joined), so that `merge_metrics` can link a change to the
    surviving copy of its level (mappings of the caller, nothing parked on the Metric objects)."""
    bases = {} if bases is None else bases
    qs = quantities if quantities is not None else find_quantities(art.text)
    if not qs:
        return []  # no figure (most short news): no view of the article to build
    view = _ArticleView(doc, art, index)
    view.caption_story = view.caption_story or _captions_hold_every_figure(view, qs)
    out: list[Metric] = []
    sections: dict[int, str] = {}  # id(metric) -> title / subtitle / heading / body, for _fold_headlines
    prev = prev_ind = prev_metric = None
    explained: dict = {}  # figure end -> (prev, prev_ind, prev_metric, level) after it (`_explained_figure`)
    last_end = -1  # the end of the figure read last, whatever its sentence
    flowed: tuple = (None, None)  # the figure read last and its indicator, whatever its sentence (`_carried_fund_owner`)
    levels: list = []  # the sentence's level figures so far: (quantity, indicator, metric)
    current, para_of_current = None, None  # the period of the paragraph's last figure (for 去年同期)
    level = None  # the sentence's last level figure that is no target (for a base or a share)
    last_figure = None  # (quantity, metric) of the last figure with a subject
    last_seen: dict = {}  # unit -> (quantity, indicator tuple, paragraph start) of the last figure kept
    paragraph_levels: dict[int, str] = {}  # paragraph start -> its last level's indicator (for 走高至)
    for n, q in enumerate(qs):
        _s, _e, kind = view.paragraph(q.start)
        person = _person_before(view, q) if q.unit in _AGE_UNITS else None
        if (q.unit in _SKIP_UNITS and person is None and not _lifespan(view, q)) or _caption_skipped(view, kind) \
                or _years_of_achievements(view.text, q):
            prev = prev_ind = prev_metric = None
            continue
        if q.form == CUMULATIVE and _cumulative_period(view, q) is None:
            continue  # (a sum so far this year in a table of no stated month: how long a stretch is unknown)
        if _in_batches(view.text, q):  # 分两批下达…资金1442万元: how the money came, no count; what
            prev, prev_ind, prev_metric = q, None, None  # follows names the next figure from there on
            continue
        if _in_period(view, q) or _not_a_figure(view, q) or _bracketed_yardstick(view.text, q) \
                or _threshold_passed(view, q, qs[n + 1:n + 2]) \
                or _names_the_next(view, q, qs[n + 1:n + 2]) or _names_a_rate(view, q, qs[n + 1:n + 2]) \
                or _counts_a_partner(view, q, qs[n + 1:n + 2]) or _passed_mark_of_kind(view.text, q):
            continue  # a time span, a ranked set, a name: the figures around it still go together
        if person is not None:
            out.append(_age(view, q, person))
            continue
        if prev is not None:
            explained[prev.end] = (prev, prev_ind, prev_metric, level)
        flowed = (prev, prev_ind) if prev is not None else flowed  # (the fund's last flow, past a semicolon)
        if prev is not None and view.sentence(prev.start) != view.sentence(q.start) \
                and not _share_line_after(view.text, prev, q):
            prev = prev_ind = prev_metric = None
        if (outer := _explained_figure(view.text, last_end, q.start, explained)) is not None:
            # 进出口总值743亿元（出口…，增长103.5%；进口…，增长3.5倍），增长1.8倍: the figure the aside
            prev, prev_ind, prev_metric, level = outer  # explained changes, not the aside's last one
        last_end = q.end
        if prev_metric is not None and _restated(view.text, prev, q):
            # 人民币叁佰贰拾伍万元整（¥3250000.00元）: the same amount again, in other numerals
            prev_metric.evidence.append(doc.evidence(art, q.start, q.end, rule="metrics.restated"))
            prev_metric.rules.add("metrics.restated")
            continue
        nxt = qs[n + 1] if n + 1 < len(qs) else None
        semi_level = semi_base = None
        if prev is None:
            if _after_semicolon(view, q):
                semi_level = level
                semi_base = next((m for _q, i, m in reversed(levels) if i == level), None)
            level = None  # a new sentence: no level to measure against yet
            levels = []
        column = _table_column(view.text, q, prev) if q.unit in _PERCENT_UNITS else None
        ind = (column, q.start, q.end, "table-column") if column else _indicator(
            view, q, prev, prev_ind, nxt, level, _part_before_share(view, q, prev, prev_ind, last_seen))
        if semi_level and ind[0] in _CONVERSION_VERBS and q.unit not in _PERCENT_UNITS:
            ind = (semi_level, ind[1], ind[2], "copula")  # 实际使用外资8595.1亿元，增长19.6%；折合1292.6亿美元
        elif semi_level and ind[3] == "clause-before" and _GROWTH.match(ind[0]):
            # 存款余额20721.8亿元，同比增长29.5%，…第一位；较年初增加1283.1亿元 (jinrong90): a bare change
            # opening the clause after a semicolon is of the level before it, as before a comma
            ind = (semi_level + ind[0], ind[1], ind[2], "change-of-previous")
        elif semi_level and ind[3] == "clause-before" and q.unit in _PERCENT_UNITS \
                and ind[0].startswith(_SHARE_VERBS) and len(_level_of(semi_level)) >= 2:
            # 民营企业进出口8085.4亿元，增长13.1%；占江苏省进出口总值的38% (haiguan100): a bare share opening
            # the clause after a semicolon is the level's before it, as before a comma
            ind = (_level_of(semi_level) + ind[0], ind[1], ind[2], "share-of-previous")
        else:
            semi_base = None
        indicator, istart, iend, irule = ind
        if _count_of_movers(view.text, q, indicator):
            continue  # 统计监测的23种工业产品，12种增长，11种下降: how many of them rose, no measure 增长
        if irule == "clause-before" and (herd := _herd_without_time(indicator)):
            indicator = herd  # 生猪年末存栏23.7万头: 生猪存栏, the year end is the period
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and (plain := _without_group_de(indicator)) != indicator:
            indicator = plain  # 村民的人均纯收入达5000元: 村民人均纯收入
            ind = (indicator, istart, iend, irule)
        if irule == "unit" and prev_ind and (other := _other_dimension(view.text, q, prev_ind[0])):
            indicator, irule = other, "copula"  # 跑道长2300米，宽45米: 跑道宽, not the bare unit 米
            ind = (indicator, istart, iend, irule)
        if irule == "unit" and (sequel := _dated_sequel(view, q, last_seen.get(q.unit))):
            indicator, irule = sequel, "copula"  # …迈上万亿元大台阶。2024年达13529亿元: the same measure, later
            ind = (indicator, istart, iend, irule)
        if (irule == "unit" and indicator == q.unit
                or irule == "clause-before" and indicator[-1:] in _PLACE_SHARE_VERBS) \
                and (counted := _place_share_of_count(view, q, last_seen.get(q.unit))):
            indicator = counted  # 集中开工重点项目共64个。从区域看：巴州区10个: 巴州区's 重点项目, not the bare 个
            # (评出30个优秀试点项目，南通市占5个: nor the place and its verb)
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and (tiered := _tier_part_of_level(view, q, indicator, last_seen.get(q.unit))):
            indicator = tiered  # 一般公共预算支出227.53亿元…。其中：市本级完成44.11亿元: 市本级一般公共预算支出
            ind = (indicator, istart, iend, irule)
        elif irule == "clause-before" and (grouped := _group_part_of_level(view, q, indicator, last_seen.get(q.unit))):
            indicator = grouped  # 国有企业营业总收入…。其中中央企业303080.1亿元: 中央企业营业总收入
            ind = (indicator, istart, iend, irule)
        if indicator.startswith(_TIER_MARK) and (tier := _tier_before(view.text, q, indicator)):
            indicator = tier + indicator  # 其中100亿级项目1个: 100亿级项目, not the bare 级项目
            ind = (indicator, istart, iend, irule)
        if prev_ind and (actual := _actual_of_due(view.text, prev, prev_ind[0], q)):
            indicator = actual  # 应到组成人员24人，实到17人: 实到组成人员, not the bare 人数
            ind = (indicator, istart, iend, irule)
        if prev_ind and (staged := _listed_stage(view.text, prev, prev_ind[0], indicator)):
            indicator = staged  # 在建项目17个、预备4个、前期11个: 预备项目, not the bare stage word
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and (sector := _sector_breakdown_measure(view, q, indicator)):
            indicator = sector  # 固定资产投资增长9.7%。分产业看，第一产业增长129.2%: 第一产业投资增长
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and (listed := _listed_people_taking_part(view.text, q, indicator)):
            indicator = listed  # 区商务局、农业局分管领导共60余人参加了会议: 参加了会议人数, not the last item
            ind = (indicator, istart, iend, irule)
        elif irule == "clause-before" and (taking := _taking_part_after(view.text, q, indicator)):
            indicator = taking  # 今年高考全省共有19.5万人报名: 高考报名人数, not 高考全省
            ind = (indicator, istart, iend, irule)
        if _resumptive_list_count(view.text, q):  # 批发业、零售业、住宿业、餐饮业四个行业增速分别为…: the
            continue  # count sums up the list, no figure of its own
        if _summed_items_count(view.text, q):  # 两项合计共受理…4342件: the count of the items summed (shijian93),
            prev, prev_ind, prev_metric = q, ind, None  # no figure; it still closes the clause of the sum
            continue
        if _introduced_post_holders(view.text, q, indicator):  # 两位副部长是许宏才先生、朱忠明先生: who they are
            continue
        if _category_label(view.text, q):  # 抓获九类涉恶案件在逃人员5人: a class's label, no figure; its
            prev, prev_ind, prev_metric = q, ind, None  # noun still closes the clause of the next figure
            continue
        collective = _collective_contribution(view.text, view.sentence(q.start)[0], q) \
            if irule in ("clause-before", "enumeration") and q.unit in _PERCENT_UNITS else None
        if collective:  # 三次产业结构为…，对经济增长的贡献率分别为3.0%、60.2%、36.8%: each sector's
            indicator, irule = collective, "respectively"
            ind = (indicator, istart, iend, irule)
        converted = prev_metric if prev_metric is not None and _converted(view.text, prev, q) else None
        if converted is not None:  # 增加888万吨（178亿斤）: the same change, in another unit
            indicator, irule = converted.indicator, "converted"
            ind = (indicator, istart, iend, irule)
        if semi_level and not level and irule == "clause-before" and indicator in cues("metrics.value_added_measures"):
            level = semi_level  # 全年农业实现总产值108.1亿元，可比增长3.4%；实现增加值66亿元: the sector's, over the semicolon
        if irule == "clause-before" and level and (indicator not in cues("metrics.facility_measures")
                                                   or _one_count_in_group(view.text, levels, q)):
            counted = _facility_count_level(view.text, levels, q) if indicator in cues("metrics.facility_measures") \
                else None
            elliptic = _elliptic_measure(indicator, *counted) if counted else \
                _elliptic_measure(indicator, level, levels[-1][0].unit if levels and levels[-1][1] == level else None)
            if elliptic != indicator:  # 蔬菜播种面积3930亩，…，产量5346吨: 蔬菜产量
                indicator, irule = elliptic, "elliptic-measure"
                ind = (indicator, istart, iend, irule)
        topic = _sector_topic(view.text, view.sentence(q.start)[0], istart) \
            if irule == "clause-before" and indicator in cues("metrics.value_added_measures") else None
        if topic:  # 其中，金融业活力凸显，前三季度增加值实现200.8亿元: 金融业增加值 (before the sector the
            indicator = topic + indicator  # figure before named: 其次是信息通信技术服务业，增加值为…, keji93)
            ind = (indicator, istart, iend, irule)
        elif irule == "clause-before" and (owned := _bare_value_added_owner(
                indicator, level or semi_level,
                prev_ind[0] if prev_ind else (flowed[1][0] if flowed[1] and _after_semicolon(view, q) else None))):
            indicator = owned  # 工业总产值74.70亿元，增长16.0%；增加值按可比价计算增长13.4%: 工业增加值增长
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and indicator in cues("metrics.farm_output_parts") \
                and q.unit in cues("metrics.money_units"):
            whole = level or (last_figure[1].indicator if last_figure is not None
                              and _breakdown_of(view, q, last_figure[0]) else None)
            if whole and _farm_output_whole(_level_of(whole) or whole):
                indicator = indicator + cues("metrics.output_heads")[1]  # 其中，农业29.24亿元: 农业产值
                ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and q.unit in _PERCENT_UNITS and prev is not None \
                and prev.unit in _PERCENT_UNITS and prev_ind:
            shared = _shared_measure(indicator, prev_ind[0])
            if shared != indicator:  # 采矿业增加值同比下降0.2%，制造业增长7.4%: 制造业增加值增长
                indicator = shared
                ind = (indicator, istart, iend, irule)
        seen = last_seen.get(q.unit)
        if irule == "clause-before" and seen is not None and seen[2] == _s and q.unit not in _PERCENT_UNITS \
                and not _SENTENCE_ENDS.search(view.text, seen[0].end, q.start):
            shared = _shared_level_measure(indicator, seen[1][0])
            if shared != indicator:  # 牛肉产量2.10万吨，同比增长18.8%；猪肉0.57万吨: 猪肉产量
                indicator = shared
                ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and prev_ind:
            owned = _carried_total_owner(indicator, prev_ind[0])
            if owned != indicator:  # 水产品对外贸易总量88.22万吨、总额19.44亿美元: 水产品对外贸易总额
                indicator = owned
                ind = (indicator, istart, iend, irule)
            carried = _carried_sector_prefix(indicator, prev_ind[0])
            if carried != indicator:  # 县域第一产业增加值增长3.5%，第二产业增加值增长8.2%: 县域第二产业…
                indicator = carried
                ind = (indicator, istart, iend, irule)
            grouped = _carried_per_head_group(indicator, prev_ind[0])
            if grouped != indicator:  # 城镇居民人均可支配收入…，增长5.7%，人均消费支出27184元: 城镇居民人均消费支出
                indicator = grouped
                ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and flowed[0] is not None and flowed[1] \
                and not _SENTENCE_ENDS.search(view.text, flowed[0].end, q.start):
            funded = _carried_fund_owner(indicator, flowed[1][0])
            if funded != indicator:  # 居民医保基金收入…，比上年增长4.2%；支出9353.44亿元: 居民医保基金支出
                indicator = funded
                ind = (indicator, istart, iend, irule)
            served = _carried_service_owner(indicator, flowed[1][0])
            if served != indicator:  # 乡镇卫生院诊疗人次13.1亿，比上年增加1.0亿人次；入院人次3992.1万: 乡镇卫生院入院人次
                indicator = served
                ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and flowed[0] is not None and flowed[1] \
                and not _SENTENCE_ENDS.search(view.text, flowed[0].end, q.start):
            owned = _carried_group_owner(view.text, _clause_start(view.text, view.sentence(q.start)[0], q.start),
                                         q, indicator, flowed[1][0])
            if owned != indicator:  # 中央企业实现营业收入39.6万亿元，…；实现利润总额2.6万亿元: 中央企业利润总额
                indicator = owned
                ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and q.unit in cues("metrics.money_units"):
            collected = _collected_by_body(view.text, istart, q.start, indicator, paragraph_levels.get(_s))
            if collected != indicator:  # 其中税务部门完成28684万元: 税务部门收入
                indicator = collected
                ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and q.unit in cues("metrics.money_units"):
            granted = _granted_noun(view.text, q, indicator)
            if granted != indicator:  # 每月给他们发放150元的生活补助金: 生活补助金, not the verb's clause
                indicator = granted
                ind = (indicator, istart, iend, irule)
        if q.unit in cues("metrics.rank_units") and irule in ("change-of-previous", "clause-before"):
            ranked = _rank_change(view.text, view.sentence(q.start)[0], q.start, indicator)
            if ranked != indicator:  # 增速居全省第2位，比去年同期提升3位: the place in the ranking moved
                indicator = ranked
                ind = (indicator, istart, iend, irule)
        paired = _respective_level(view, q, levels) if q.unit in _PERCENT_UNITS and len(levels) >= 2 else \
            _respective_multiple(view, q, levels) if q.unit in cues("numbers.multiple_unit") and len(levels) >= 2 \
            else None
        if paired is not None:
            indicator, base_metric = paired  # 接待游客…，实现旅游收入…，同比分别增长a、b
            ind = (indicator, istart, iend, irule)
        if irule in _LEVEL_RULES and q.unit not in _PERCENT_UNITS and not _is_target(indicator) \
                and not _GROWTH.search(indicator) and not _CHANGE_END.search(indicator):
            level = indicator  # (南充进出口激增4倍: a change, no level the figures after it grow from)
        if irule == "percent-meeting":
            # the figures that follow measure the named thing (面积 1000平方米 …); this one is
            # the share of them that meets it
            indicator = indicator + cues("metrics.meeting_share")[0]
        pointed = _pointed_back(view, q, indicator, *(last_figure or (None, None)))
        if pointed is not None:  # 2017年，这个数字已经变为1400多亿元: the figure before's indicator
            indicator = pointed.indicator
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and _MOVED_TO.fullmatch(indicator):
            moved = paragraph_levels.get(_s)
            if moved:  # 一季度失业率均值为5.5%。4月份走高至6.1%: the same rate, later
                indicator, irule = moved, "copula"
        if irule == "clause-before" and indicator in _NEXT_IN_RANK and paragraph_levels.get(_s):
            # 鄞州区…有近30.5万名志愿者。紧随其后的是慈溪市，达到27.6万人: the next place in the same ranking,
            # measured as the first was (the words before it only say its rank)
            indicator, irule = paragraph_levels[_s], "copula"
            ind = (indicator, istart, iend, irule)
        if irule in _LEVEL_RULES and not _MOVED_TO.fullmatch(indicator) and not _GROWTH.search(indicator):
            paragraph_levels[_s] = _points_level(indicator, q)
        seen = last_seen.get(q.unit)
        if irule == "unit" and seen is not None and seen[2] == _s and _done_of_target_before(view, q, seen):
            # 3000公里农村公路危险路段安装安全保障设施。上半年已完成610公里: the target's measure, done so far
            plan = _STATUS_WORD.match(seen[1][0])  # (计划新建学校5所。目前已建成3所: the schools built, no plan's word)
            indicator = seen[1][0][plan.end():] if plan and len(seen[1][0]) - plan.end() >= 2 else seen[1][0]
            irule = "copula"
            ind = (indicator, istart, iend, irule)
        if irule == "unit" and seen is not None and seen[2] == _s \
                and _RANKED_SPOT_BEFORE.search(view.text[max(view.sentence(q.start)[0], q.start - 24):q.start]):
            # 今年入汛以来,我市降雨量493.0毫米。房干最多,为734.1毫米: the spot ranked first by the measure
            # of the last figure in the same unit (the bare unit 毫米 was read)
            indicator, irule = seen[1][0], "copula"
            ind = (indicator, istart, iend, irule)
        if irule == "clause-before" and seen is not None and seen[2] == _s:
            # 居民消费价格上涨0.3%。其中，城市上涨0.3%: the part's change, across the sentence end
            # (the last figure in the same unit: 环比下降0.2%，降幅比上月扩大0.1个百分点。其中，城市…)
            indicator = _part_of_change(indicator, view.text[view.sentence(q.start)[0]:q.start],
                                        seen[0], seen[1], q)
            ind = (indicator, istart, iend, irule)
        topic = _topic_of(view.text, view.sentence(q.start)[0], q.start) \
            if irule == "clause-before" and (q.unit in _PERCENT_UNITS and _GROWTH.fullmatch(indicator)
                                             or indicator in _RESULT_OBJECTS
                                             and _trend_right_before(view.text, view.sentence(q.start)[0], q.start)) \
            else None
        if topic:  # 固定资产投资方面，一季度全省同比增长13.4%: the topic is what grew
            indicator = topic + indicator
            ind = (indicator, istart, iend, irule)
        elif irule == "clause-before" and (indicator in _RESULT_OBJECTS or indicator in _HEADING_MEASURES) \
                and (head := _numbered_heading_topic(view.text, view.sentence(q.start)[0])):
            indicator = head + indicator  # (一)公路建设。1—9月完成投资1275.34亿元: the heading's topic invested in
            ind = (indicator, istart, iend, irule)
        elif irule == "clause-before" and indicator in _GROWN_MEASURES \
                and (grown := _grown_industry_before(view.text, view.sentence(q.start)[0], q.start, indicator)):
            indicator = grown + indicator  # 发展各类特色产业,面积已达1.6万亩: the industries' area
            ind = (indicator, istart, iend, irule)
        elif irule == "clause-before" and q.unit in _PERCENT_UNITS and _GROWTH.fullmatch(indicator) \
                and paragraph_levels.get(_s) and _bare_change_clause(view.text, q):
            # 居民人均可支配收入7119元，名义增长4.5%；扣除价格因素，实际增长3.1%: a bare change opening
            # its own sentence is the change of the paragraph's last level, not a measure named 增长
            # (海原县增长36.8%: the place's own change, under a heading that names it, stays bare)
            indicator = _changed_level(paragraph_levels[_s]) + indicator
            ind = (indicator, istart, iend, irule)
        shared = _share_pair_of_figure(view.text, q) if q.unit in _PERCENT_UNITS else None
        if shared:
            indicator = shared
            ind = (indicator, istart, iend, irule)
        if q.unit == cues("metrics.points_unit")[0]:
            compared = _yardstick_of_figure(view.text, q, indicator, prev_ind)
            if compared:
                indicator = compared
                ind = (indicator, istart, iend, irule)
            paced = _pace_of_share(indicator)
            if paced != indicator:  # 完成年初预算36.7%，快于序时进度3.4个百分点: 一般公共预算支出进度快于序时进度
                indicator = paced
                ind = (indicator, istart, iend, irule)
        subject, srule = _subject(view, q, indicator, irule)
        if srule == "fined-party":  # 对某公司处以罚款80万元: the fine, the party its subject, 处以 no word of it
            indicator = next(n for n in _SANCTION_NOUNS if indicator.endswith(n))
            ind = (indicator, istart, iend, irule)
        granted = _without_approval_lead(view, q, indicator) if srule == "approved-place" or (
            subject in doc.entities and doc.entities[subject].type == "Place") else indicator
        if granted != indicator:
            indicator = granted
            ind = (indicator, istart, iend, irule)
        if irule == "respectively-share" and srule == "respectively-place":
            indicator = _measure_of_listed_place(view, q, indicator, subject)  # 毕节市和黔南州的贫困发生率分别…
        if pointed is not None:
            subject, srule = pointed.subject, "previous"
        if _changes_previous_subject(irule, srule, prev_metric):
            subject, srule = prev_metric.subject, "previous"  # 全省…同比上涨0.5%，环比上涨0.2%
        if irule == _LISTED_SHARE_RULE and prev_metric is not None:
            subject, srule = prev_metric.subject, "listed-share"  # 占浙江省的a%、全国的b%: 全国 is a whole
        if srule in _ARTICLE_FALLBACK and last_figure is not None and _breakdown_of(view, q, last_figure[0]) \
                and not _sibling_of_placed_item(view, q, last_figure[1]):
            subject, srule = last_figure[1].subject, "breakdown-whole"
        elif srule in _ARTICLE_FALLBACK and last_figure is not None and _paragraph_place(view, q, last_figure) \
                and not _whole_area_of_article_place(view, indicator) \
                and not _own_tier_clause(view.text, view.sentence(q.start)[0], q.number_start):
            subject, srule = last_figure[1].subject, "paragraph-place"
        elif srule in _ARTICLE_FALLBACK and last_figure is not None \
                and "metrics.subject-self-agency" in last_figure[1].rules \
                and view.paragraph(last_figure[0].start) == view.paragraph(q.start):
            subject, srule = last_figure[1].subject, "self-agency"  # 本部门人员编制15人；实有人员14人
        elif srule in _ARTICLE_FALLBACK and (local := _local_word_place(view, q)) is not None:
            subject, srule = local, "local-word"  # …天全县喇叭河镇…。/ 当地迅速组织救援,将45名群众转移
        if srule in _PLACE_RULES and _STAFFING.search(indicator):
            key = _title_agency(view)
            if key:  # 南县住房和城乡建设局…绩效评价报告: 行政事业总编制为249个 is the bureau's
                subject, srule = key, "title-agency"
        if irule == "streak-level" and prev_metric is not None:
            subject, srule = prev_metric.subject, "previous"  # a level held: the same place's
        if srule == "anaphor":
            indicator = _without_anaphor_word(indicator)  # 合作社|流转土地260亩: the co-op is the subject
        if subject in doc.entities and doc.entities[subject].type == "Programme":
            indicator = _without_programme_tail(view.text, istart, indicator, doc.entities[subject].name)
            ind = (indicator, istart, iend, irule)
        if _names_its_subject(doc, subject, indicator):
            prev, prev_ind, prev_metric = q, ind, None  # 福建省（31个）: a list's heading counts its lines
            continue
        lo, hi = min(istart, q.start), max(iend, q.end)
        surface = art.text[lo:hi]
        span = art.offsets.span_to_source(lo, hi)
        written = doc.text[span[0]:span[1]] if span is not None else None
        if written is not None and "".join(written.split()) == "".join(surface.split()):
            surface = written  # 收到财政预算拨款5824.04 亿元: quoted as written, the spaces the layout read out kept
        else:
            surface = q.surface  # the indicator sits across a column join: quote the figure only
        ev = doc.evidence(art, q.start, q.end, rule=f"metrics.{irule}")
        rules = {f"metrics.{irule}", f"metrics.subject-{srule}"}
        unit = q.unit
        if not unit and irule == "count-noun" and _PEOPLE.search(indicator):
            unit = cues("metrics.people_unit")[0]  # 140万志愿者: a bare count of people is in 人
            rules.add("metrics.unit-people")
        elif not unit and irule == "count-noun" and _counts_population(q, indicator):
            unit = cues("metrics.people_unit")[0]  # 提升了7449万农村人口供水保障水平: rural people, in 人
            rules.add("metrics.unit-people")
        elif not unit and _people_measured(view.text, q, indicator):
            unit = cues("metrics.people_unit")[0]  # 户籍人口86.3万: a population in 万 is in 人
            rules.add("metrics.unit-people")
        elif not unit and _money_measured(q, indicator):
            unit = cues("metrics.money_units")[0]  # 民生类支出1.21万亿, 总投资4918万: in 元
            rules.add("metrics.unit-money")
        elif not unit and indicator.endswith(_TIMES_UNITS):
            unit = next(u for u in _TIMES_UNITS if indicator.endswith(u))  # 总诊疗人次84.2亿: in 人次
            rules.add("metrics.unit-named")
        if para_of_current != (_s, _e):
            current, para_of_current = None, (_s, _e)
        status = _status(view, q)
        period, period_text = _period(view, q, prev, current, result=status is None, target=status == "target")
        if irule == "streak-level" and prev_metric is not None:
            # 粮食产量达到430.38亿斤，连续10年稳定在430亿斤以上: the level held up to that time
            period, period_text = prev_metric.period, prev_metric.period_text
        if period is None and irule == "copula" and prev_metric is not None and prev_metric.indicator == indicator \
                and q.unit != prev_metric.unit:
            # 人均地区生产总值38214元，按2019年平均汇率计算为5686美元: the same amount in another unit, at its time
            period, period_text = prev_metric.period, prev_metric.period_text
        period = _flow_of_the_year(view, q, indicator, period, period_text)
        period, period_text = _flow_after_now(view, q, indicator, period, period_text)
        if period and period_text and not period_text.endswith(cues("metrics.same_period")[0]):
            current = period  # the time the paragraph speaks of, for a later 去年同期
        figure_kind = _kind(q, indicator, irule, unit)
        if figure_kind == "change" and unit in _BODY_COUNT_UNITS and view.text[q.start - 1:q.start] == "的":
            figure_kind = "level"  # 营业收入同比增长的137家: the bodies whose figure grew, counted
        if figure_kind == "level" and (status == "target" or _is_target(indicator)):
            period, period_text = _target_time(view, q, period) or (period, period_text)
        period = _average_span(period, period_text, indicator, figure_kind)
        period = _to_date_span(view, q, period, period_text)
        if status and figure_kind == "share" and irule == "percent-of" and _TARGET_AFTER.match(view.text, q.end):
            figure_kind = "level"  # 5.5%的预期控制目标: the target rate itself, no share of a target
        if status is None and (_after_publication(view, period) or (period_text and is_deadline(period_text))):
            # 纲要…：到2025年，国内生产总值达到3.5万亿元 (2021); 到2025年底前，…100个示范社区全面建成: a goal
            status = "target"
        if converted is not None:
            subject, figure_kind = converted.subject, converted.kind
            period, period_text = converted.period, converted.period_text
            rules = {f"metrics.{irule}", *(r for r in converted.rules if r.startswith("metrics.subject-"))}
        indicator = _bracketed_mark(view.text, q, indicator)  # (only the figure's own: the next keeps 超警戒水位)
        indicator = _without_rank_among(_without_inner_tally(_without_inner_stretch(indicator, period, period_text)))
        metric = Metric(subject=subject, indicator=_without_respectively(indicator), value=q.value, unit=unit,
                        approx=q.approx, surface=surface, period=period, evidence=[ev], rules=rules,
                        period_text=period_text, kind=figure_kind, concept=concept_of(indicator),
                        low=q.low, high=q.high, status=status)
        if paired is not None:
            bases[id(metric)] = (metric, base_metric)
        elif irule in ("change-of-previous", "share-of-previous") and prev_metric is not None:
            bases[id(metric)] = (metric, _level_behind(prev_metric, irule, bases))  # linked by id once ids exist
        elif irule == "change-of-previous" and semi_base is not None:
            bases[id(metric)] = (metric, semi_base)  # the level before the semicolon
        if irule in _LEVEL_RULES and unit not in _PERCENT_UNITS and figure_kind == "level":
            levels.append((q, indicator, metric))
        s_start = view.sentence(q.start)[0]
        # title/heading figures announce a body figure (_fold_headlines); so does a lead-in
        # heading sentence opening a paragraph with a dash (——338项城乡建设工程亮相社会。)
        lead = view.text[s_start:s_start + 8].lstrip(" \t\u3000")
        sections[id(metric)] = "heading" if lead.startswith("—") else kind
        r_start, r_end = view.raw_sentence(q.start)
        if kind == "body" and view.text.find("：", q.end, r_end) >= 0 \
                and header_date(view.text[r_start:r_end]) and header_date(view.text[q.end:r_end]):
            sections[id(metric)] = "title"  # a headline run into the page header (…开工发布时间：2011-04-25)
        out.append(metric)
        out.extend(_alike_twins(metric, _listed_alike(view, q, metric.indicator)
                                or _listed_alike_change(view, q, metric.indicator)))
        if subject is not None and not _listed_place_item(view, q, srule):
            last_figure = (q, metric)  # the figure a later 其中 sentence breaks down
        prev, prev_ind, prev_metric = q, ind, metric
        last_seen[q.unit] = (q, ind, _s)
    _split_respectively(out, bases)
    return _fold_headlines(out, sections, folded)


_YARD_SCOPE = "(?:" + "|".join(sorted((re.escape(w) for w, sc in _SCOPES.items() if sc != "compare"),
                                      key=len, reverse=True)) + f")(?:{cue_alt('metrics.yardstick_level', False)})?"
_YARD_ASIDE = r"(?:[（(][^（）()，,]{0,16}[）)])?"
_YARD_VERB = f"(?:{cue_alt('metrics.yardstick_verbs', False)})"
# 增速高于全国、全省2.1和1.3个百分点 / 分别高于全国(5.4%)、全省(5.2%)3.8、4.0个百分点: two yardsticks, two figures
_YARD_LEVEL = f"(?:{cue_alt('metrics.yardstick_level', False)})?"
_YARDSTICK_PAIR = re.compile(f"(?P<verb>{_YARD_VERB})(?P<a>{_YARD_SCOPE}){_YARD_ASIDE}{_YARD_LEVEL}[、和及与](?P<b>{_YARD_SCOPE})"
                             f"{_YARD_ASIDE}{_YARD_LEVEL}(?:{cue_alt('metrics.copula', False)})?$")
# 比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点 / 比全国、全省分别高…: two yardsticks after 比
_COMPARED_PAIR = re.compile(f"(?P<mark>{cue_alt('metrics.pair_marks', False)})(?P<a>{_YARD_SCOPE}){_YARD_ASIDE}{_YARD_LEVEL}"
                            f"{_YARD_ASIDE}[、和及与](?P<b>{_YARD_SCOPE}){_YARD_ASIDE}{_YARD_LEVEL}{_YARD_ASIDE}"
                            f"(?:{cue_alt('metrics.respectively', False)})?(?P<verb>{cue_alt('metrics.pair_verbs', False)})$")
# 高于全国2.1个百分点、全省1.3个百分点: the second yardstick after the first one's figure
_YARDSTICK_AGAIN = re.compile(f"(?P<verb>{_YARD_VERB})(?P<a>{_YARD_SCOPE})[0-9０-９.．]+[^0-9０-９，,；;、]{{0,5}}[、和及与]"
                              f"(?P<b>{_YARD_SCOPE})$")


# 占比分别较1—9月份和上年同期提高0.1和1.2个百分点: two times after 比/较, one change against each
_PAIR_TIME = f"(?:{cue_alt('metrics.pair_time_bases')}|[0-9０-９]{{1,2}}[—\\-－–~～至][0-9０-９]{{1,2}}月份?|[0-9０-９]{{1,2}}月份?)"
_TIME_PAIR = re.compile(f"(?:{cue_alt('metrics.respectively', False)})?(?P<mark>{cue_alt('metrics.pair_marks', False)})"
                        f"(?P<a>{_PAIR_TIME})[、和及与](?P<b>{_PAIR_TIME})(?:{cue_alt('metrics.respectively', False)})?"
                        f"(?P<verb>{cue_alt('metrics.change_verbs')}|{cue_alt('metrics.pair_verbs')})$")


def _time_pair_of_figure(words: str, k: int, indicator: str) -> str | None:
    """增速分别比上月和上年同期提高0.4和1.1个百分点: the k-th of two changes taken against two times
    named together is the change against the k-th time (增速比上年同期提高 1.1), not one indicator
    naming both times for both figures; the rate's name is the indicator's words before the pair."""
    m = _TIME_PAIR.search(words)
    if m is None:
        return None
    cuts = [j for j in (indicator.find(m.group("mark") + m.group("a")), indicator.find(words[m.start("b") - 1:m.end("b")]))
            if j >= 0]
    head = indicator[:min(cuts)] if cuts else ""
    for w in cues("metrics.respectively"):
        head = head.removesuffix(w)
    if len(head) < 2:
        return None
    return head + m.group("mark") + m.group("a" if k == 0 else "b") + m.group("verb")


_SHARE_VERB = re.compile(cue_alt("metrics.share_verb", False))  # 占
# 占同期全国、全省进出口总值的5.9%、46.9%: two wholes after 占, their shared noun, 的, then two figures
_SHARE_PAIR = re.compile(f"(?P<share>{cue_alt('metrics.share_verb', False)})(?:{cue_alt('metrics.same_period', False)})?"
                         f"(?P<a>{_YARD_SCOPE})[、和及与](?P<b>{_YARD_SCOPE})(?P<noun>[^，,；;。：:、的0-9０-９]{{1,12}}){_DE}$")


def _share_pair_of_figure(text: str, q: Quantity) -> str | None:
    """The indicator of one of two shares of two wholes named together (占同期全国、全省进出口总值的5.9%、
    46.9%): the k-th figure is the share of the k-th whole (占全国进出口总值, 占全省进出口总值), not both
    a bare 进出口总值 split at the 、 between the wholes."""
    cut = rfind_any(text, "，,；;：:。", max(0, q.start - MAX_SENTENCE), q.start) + 1
    if _SHARE_VERB.search(text, cut, q.start) is None:
        return None  # (most percentages: no 占 in their clause, no run of figures read)
    figures = _run_figures(text, cut)
    if len(figures) != 2 or q.number_start not in figures:
        return None
    m = _SHARE_PAIR.search(text, cut, figures[0])
    if m is None:
        return None
    return m.group("share") + m.group("a" if figures.index(q.number_start) == 0 else "b") + m.group("noun")


def _yardstick_of_figure(text: str, q: Quantity, indicator: str, prev_ind: tuple | None) -> str | None:
    """The indicator of a figure compared with one of two yardsticks named together: the k-th of
    the figures after 高于全国、全省 compares with the k-th (规模以上工业增加值同比增长高于全省, not
    one indicator for both, nor a bare 个百分点), as does 高于全国a个百分点、全省b个百分点."""
    cut = rfind_any(text, "，,；;：:。", max(0, q.start - MAX_SENTENCE), q.start) + 1
    figures = [f for f in _run_figures(text, cut)  # (the yardsticks' own bracketed values aside)
               if max(text.rfind("(", cut, f), text.rfind("（", cut, f))
               <= max(text.rfind(")", cut, f), text.rfind("）", cut, f))]
    m = _YARDSTICK_AGAIN.search(text, cut, q.number_start)
    if m and prev_ind is not None and len(figures) == 2 and q.number_start == figures[1]:
        k = prev_ind[0].rfind(m.group("verb") + m.group("a"))
        return prev_ind[0][:k] + m.group("verb") + m.group("b") if k >= 2 else None
    if len(figures) != 2 or q.number_start not in figures:
        return None
    timed = _time_pair_of_figure(text[cut:figures[0]], figures.index(q.number_start), indicator)
    if timed:
        return timed
    m = _YARDSTICK_PAIR.search(text, cut, figures[0])
    if m is None:
        m = _COMPARED_PAIR.search(text, cut, figures[0])
        if m is None or prev_ind is None or len(_level_of(prev_ind[0])) < 2:
            return None
        scope = m.group("a" if figures.index(q.number_start) == 0 else "b")
        j = prev_ind[0].rfind(m.group("mark") + m.group("a"))
        base = prev_ind[0][:j] if j >= 2 else prev_ind[0]  # (the first yardstick's figure before: its base)
        rate = _level_of(base)
        if j < 2 and rate != base and rate.endswith(_RATE_NOUNS):
            base = rate  # 增速同比提高0.8个百分点，比全省…分别高…: the rate is compared, not its change
        return base + m.group("mark") + scope + m.group("verb")  # 生产总值增长比全省高
    verb, scope = m.group("verb"), m.group("a" if figures.index(q.number_start) == 0 else "b")
    k = indicator.find(verb)
    if k >= 2:
        return indicator[:k] + verb + scope
    if prev_ind is not None and len(prev_ind[0]) >= 2:  # (个百分点 alone: the rate compared is the figure's before)
        base = prev_ind[0]
        j = base.find(verb)
        return (base[:j] if j >= 2 else base) + verb + scope
    return None


_TOPIC = re.compile(f"[ \t\u3000]*([^，,。；;：:\n]{{2,16}}?)(?:{cue_alt('metrics.topic_ends', False)})[，,：:]")


# 规上工业增加值较快增长，同比增长8.2%: a clause opening the sentence that says how a level moved,
# with no figure (no digit) of its own
# (制造业实际使用外资扭转连续两年下降态势，增长1.9%; 外贸进出口由负转正，增长2.1%: a clause saying the level
# turned, with no change verb at its end, is such a clause too)
_TURNED = (f"(?:{cue_alt('metrics.trend_turns')})|(?:{cue_alt('metrics.list_trend_judgements')})"
           f"|(?:{cue_alt('metrics.turn_verbs')})[^，,。；;：:0-9０-９%]{{0,12}}?(?:{cue_alt('metrics.turn_nouns')})")
_TREND = re.compile(f"[ \t\u3000]*([^，,。；;：:\n0-9０-９%]{{2,16}}?)(?:(?:{cue_alt('metrics.trend_adverbs')}){{0,3}}"
                    f"(?:{cue_alt('metrics.change_verbs')})|{_TURNED})[，,]")


# 全市规模以上工业增加值按可比价格计算，同比下降2.7%: a clause naming a level and only how its change is
# measured (metrics.change_measures), with no figure: the level is what the change in the next clause measures
_MEASURED = re.compile(f"[ \t\u3000]*([^，,。；;：:\n0-9０-９%]{{2,16}}?)(?:{cue_alt('metrics.change_measures')})[，,]")


_PERIOD_CLAUSE = 12  # characters of a period opening a sentence in a clause of its own (前三季度，)


def _topic_of(text: str, s_start: int, i: int) -> str | None:
    """固定资产投资方面，…: the topic a sentence opens with, when the figure at i comes after it;
    so is the level of a clause saying how it moved (社会消费品零售总额稳步增长，同比增长5.1%)."""
    m = _TOPIC.match(text, s_start, i) or _TREND.match(text, s_start, i) or _measured_right_before(text, s_start, i)
    if m is None:  # 前三季度，全市固定资产投资稳步增长，…: after a period that has a clause of its own
        found = find_periods(text, s_start, min(i, s_start + _PERIOD_CLAUSE))
        if found and found[0][0] == s_start and text[found[0][1]:found[0][1] + 1] in ("，", ","):
            m = _TREND.match(text, found[0][1] + 1, i) or _measured_right_before(text, found[0][1] + 1, i)
    name = _clean(m.group(1)) if m else ""
    return name if len(name) >= 2 and not _GROWTH.search(name) else None


_HEADING_MEASURES = frozenset(cues("metrics.heading_measures"))
_HEADING_TOPIC_LEN = 12  # characters: a numbered heading that names a sector, no sentence
_HEADING_LINE_MAX = 40  # characters: the most a heading's line holds with its number and spaces (read no further back)


def _measured_right_before(text: str, start: int, i: int) -> re.Match | None:
    """上半年，全市规模以上工业增加值按可比价格计算，同比下降2.7%: the clause at start naming a level and
    how its change is measured (`_MEASURED`), when the figure at i is in the very next clause (a change
    further on, after another clause, is not measured by it)."""
    m = _MEASURED.match(text, start, i)
    return m if m is not None and rfind_any(text, "，,；;：:", m.end(), i) < 0 else None


def _numbered_heading_topic(text: str, s_start: int) -> str | None:
    """(一)公路建设。1—9月完成投资1275.34亿元 / 二、内河水运⏎全年完成投资34.61亿元: a bare measure in the
    first sentence after a numbered heading (on its line, or the line before) that names only a
    sector is that sector's.  The heading's name, or None when what precedes is no such heading."""
    line = rfind_any(text, "\n", 0, s_start) + 1
    if line == s_start:  # the heading is the line before
        lo = rfind_any(text, "\n", 0, max(0, line - 1)) + 1
        head = text[lo:max(0, line - 1)] if line - 1 - lo <= _HEADING_LINE_MAX else ""
    else:
        head = text[line:s_start] if s_start - line <= _HEADING_LINE_MAX else ""  # (no heading: a long line's text)
    m = _HEADING_NUMBER.match(head.strip())
    if m is None:
        return None
    name = head.strip()[m.end():].rstrip("。.：:")
    if not 2 <= len(name) <= _HEADING_TOPIC_LEN or not all(map(is_han, name)) \
            or name.endswith(cues("metrics.heading_not_topic_ends")):
        return None  # (三、工作成效。全县实现产值5亿元: a part of the report, no sector)
    return name


def _grown_industry_before(text: str, s_start: int, i: int, measure: str) -> str | None:
    """下党乡因地制宜发展各类特色产业,面积已达1.6万亩: a bare measure opening the clause right after one that
    ends by naming an industry grown (metrics.grown_verbs … grown_object_ends) is that industry's (特色产业
    面积), no measure of the place itself (its own area).  The industry's name, or None."""
    cut = rfind_any(text, "，,", s_start, i)
    if cut < 0 or not text.startswith(measure, cut + 1) \
            or _GROWN_LINKS.fullmatch(text, cut + 1 + len(measure), i) is None:
        return None
    m = None
    for m in _GROWN_CLAUSE.finditer(text, max(rfind_any(text, "，,；;：:", s_start, cut) + 1, s_start), cut + 1):
        pass
    return m.group(1) if m is not None and m.end() == cut + 1 else None


def _trend_right_before(text: str, s_start: int, i: int) -> bool:
    """Is the clause right before the one of the figure at i a clause saying how a level moved (汽车类商品
    稳定增长，实现零售额175.8亿元)?  Only then does it own a bare measure (零售额) of the figure's clause: one
    further back (中药材种植面积逐年增加，…，…，实现总产值8.53亿元) speaks of another measure."""
    cut = rfind_any(text, "，,", s_start, i)
    if cut < 0:
        return False
    k = max(rfind_any(text, "，,；;：:", s_start, cut) + 1, s_start)
    return _TREND.fullmatch(text, k, cut + 1) is not None


def _bare_change_clause(text: str, q: Quantity) -> bool:
    """Is the clause before q's number a change verb and nothing else (实际增长, 同比下降), with no
    place or measure of its own?"""
    cut = rfind_any(text, _CLAUSE_PUNCT + _SENT_END, max(0, q.start - MAX_SENTENCE), q.start)
    return bool(_GROWTH.fullmatch(_clean(text[cut + 1:q.number_start])))


_STATUS_WORD = re.compile(f"(?:(?P<target>{cue_alt('metrics.status_target')})"
                          f"|(?P<forecast>{cue_alt('metrics.status_forecast')}))"
                          f"(?![{cue_chars('metrics.status_not_after_chars')}])")
_STATUS_WORD = guarded(_STATUS_WORD)  # (most positions turned away at one character)
_STATUS_DONE = re.compile(cue_alt("metrics.status_done"))
# 争取上级资金20.2亿元: the verb of winning funds and their amount, no 以上/左右 after it (gongzuo97)
_SECURED_WORDS = frozenset(cues("metrics.secured_status_words"))
_SECURED_FUNDS = re.compile(rf"[{HAN}]{{0,10}}?(?:{cue_alt('metrics.secured_funds_nouns')})(?:达到|共计|合计|达|共)?"
                            rf"[0-9０-９.]+[万亿]*元(?!以上|左右|以)")
# 争取到位: a complement right after the status word saying the thing was obtained (not 到位率)
_RESULT_COMPLEMENT = re.compile(f"(?:{cue_alt('metrics.status_result_complements')})(?!率)")
_STATUS_DONE_LATER = re.compile(cue_alt("metrics.status_done_later"))
# 受疫情影响走高至, 回落至: a clause of a verb carrying a level to its new value, and nothing else
_NEXT_IN_RANK = frozenset(cues("metrics.next_in_rank_words"))  # 紧随其后, 其次
_FIGURE_ANAPHORS = tuple(cues("metrics.figure_anaphors"))  # 这个数字, 这一比例: the figure before


def _pointed_back(view: _ArticleView, q: Quantity, indicator: str, prev_q: Quantity | None,
                  prev: Metric | None) -> Metric | None:
    """1978年，凉山生产总值达到6.47亿元；2017年，这个数字已经变为1400多亿元: an indicator opening with a word
    that points back at a figure (metrics.figure_anaphors) names none of its own; it is the figure
    before's, of the same place, when that one is in the same paragraph and in the same unit (sichuan62)."""
    if prev is None or prev_q is None or not indicator.startswith(_FIGURE_ANAPHORS) or prev.unit != q.unit \
            or prev.indicator.startswith(_FIGURE_ANAPHORS):
        return None
    return prev if view.paragraph(q.start)[0] <= prev_q.start < q.start else None


_MOVED_TO = re.compile(f"(?:(?:{cue_alt('metrics.cause_opens')})[^，,。；;]{{1,8}}?(?:{cue_alt('metrics.cause_closes')}))?"
                       f"(?:{cue_alt('metrics.moved_to_verbs')})(?:{cue_alt('metrics.moved_to_marks')})")
_STATUS_NOUN_HEADS = frozenset(cues("metrics.status_noun_heads"))
_TARGET_AFTER = re.compile(f"{_DE}[^，,。；;：:！？!?\n的]{{0,4}}?(?:{cue_alt('metrics.target_nouns')})(?![{cue_chars('metrics.status_not_after_chars')}])")


def _status(view: _ArticleView, q: Quantity) -> str | None:
    """target or forecast when a plan word governs the figure (2024年力争地区生产总值增长6%左右;
    主要预期目标是：…；城镇新增就业1200万人以上; 预计实现地区生产总值391亿元…；财政收入38.74亿元), None
    for a result.  The word must stand before the figure in its sentence (a list of figures
    after ； goes on: only a 。 ends its reach); a result word between them
    (计划投资50亿元，已完成投资30亿元) makes the figure a result after all.  (Scans the sentence
    up to the figure only: one bounded search per figure.)"""
    text = view.text
    if _TARGET_AFTER.match(text, q.end):
        return "target"  # 低于5.5%的预期控制目标, 6%左右的预期目标: the figure is the target itself
    lo = max(0, q.start - 200)  # the sentence up to its 。 (a ； may continue a list of targets)
    lo = max(lo, rfind_any(text, "。！？!?\n", lo, q.start) + 1)
    words = view.status_scan(text, lo, q.start)  # (the figures of a sentence share its scan)
    if words:
        words = [w for w in words if not _in_body_name(view, w[0], w[1])]
    if words and any(w[2] in _SECURED_WORDS for w in words):
        words = [w for w in words if not (w[2] in _SECURED_WORDS and _SECURED_FUNDS.match(text, w[1]))]
    if not words:
        return _list_intro_status(text, lo) if lo > 0 and text[lo - 1] == "\n" else None
    last_start, last_end, last_word, last_target = words[-1]
    between = text[last_end:q.start]
    if _done_between(between) or between.rstrip().endswith(_DE):
        return None  # …已完成投资30亿元; 完成年度预期目标的98%: the share of the target done
    if _RESULT_COMPLEMENT.match(between):
        return None  # 全年争取到位补助资金9.66亿元: the funds secured, a result
    if text[max(lo, last_start - 2):last_start].endswith(cues("metrics.status_compared")):
        return None  # 比计划多2.3万吨, 超过预期目标20个百分点: a result measured against the plan
    if (cut := _CLAUSE_END_RE.search(between)) and _STATUS_DONE_LATER.search(between, cut.end()):
        return None  # 目标为新增就业5万人，完成率112%: the completion of the target is a result
    if last_word in _STATUS_NOUN_HEADS and (cut := _CLAUSE_END_RE.search(between)) \
            and find_quantities(between[:cut.start()]):
        return None  # 年度计划投资561.86亿元，…，其中：在建项目185项: the plan was that clause's figure
        # (计划到2025年，建成…100个: a year is no figure, the plan reaches on)
    return "target" if last_target else "forecast"


# nengyuan102: 发展规划司副司长董万成介绍，…全国能源重点项目完成投资额超过1万亿元 (杭州市规划和自然资源局局长…介绍): a plan
# word inside an agency's or a company's name is part of the name, no plan governing the figures after it
_BODY_TYPES = ("Agency", "Organization")
_BODY_NAME_REACH = 40  # characters a body's name runs before a word inside it, at most


def _in_body_name(view: _ArticleView, start: int, end: int) -> bool:
    """Does text[start:end] lie inside the name of an agency or organisation the text mentions?"""
    return any(etype in _BODY_TYPES and astart <= start and end <= aend
               for astart, aend, _k, etype, _l in view.mentions_in(max(0, start - _BODY_NAME_REACH), start + 1))


_LIST_ITEM_ENDS = "；;，,、"
_SENTENCE_END_MARKS = "。！？!?"


def _list_intro_status(text: str, lo: int) -> str | None:
    """The status a list's colon line gives the items on the lines below it (今年经济社会发展的主要
    预期目标是： ⏎ ◆地区生产总值增长5%； ⏎ ◆固定资产投资增长4%，…): the figure's line at lo is an
    item when the lines between it and the colon line each end as an item does (；, ，), and the
    colon line's last plan word governs its end as it would a figure there (预计：a forecast; no
    status when a result word follows the plan word: 较好完成了…目标任务：).  A few lines at most."""
    end = lo - 1
    for _ in range(_LIST_REACH):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if not line:
            return None
        if line.endswith(tuple(_COLONS)):
            close = start + len(line) - 1
            # only the colon line's last sentence introduces the list (…完成调整预算收入计划275000万元的100%。
            # 主要收入项目完成情况是： ⏎ 税收收入完成169975万元: the plan of the sentence before is no status)
            start = rfind_any(text, _SENTENCE_END_MARKS, start, close) + 1 or start
            words = _status_words(text, start, close)
            if not words:
                return None
            between = text[words[-1][1]:close]
            if _done_between(between) or _RESULT_COMPLEMENT.match(between) \
                    or text[max(start, words[-1][0] - 2):words[-1][0]].endswith(cues("metrics.status_compared")):
                return None
            return "target" if words[-1][3] else "forecast"
        if _target_heading(line):
            return "target"  # 今后五年的重点目标 ⏎ 地区生产总值突破3000亿元；: a heading naming the targets listed
        if line[-1] not in _LIST_ITEM_ENDS or start == 0:
            return None
        end = start - 1
    return None


_TARGET_HEADING_ENDS = tuple(cues("metrics.target_heading_ends"))
_TARGET_HEADING_LONGEST = 20
_TARGET_HEADING_DONE = tuple(cues("metrics.target_heading_done"))  # 圆满完成年度目标: the targets were met
_HEADING_MARKS = frozenset("，,。；;！？!?")


def _target_heading(line: str) -> bool:
    """今后五年的重点目标, 2024年主要预期目标: a short line with no sentence mark ending in a word for
    targets heads the list of targets on the lines below it, as a colon line does; one saying they
    were met (圆满完成年度目标) heads results."""
    line = line.strip(" \t\u3000")
    return len(line) <= _TARGET_HEADING_LONGEST and line.endswith(_TARGET_HEADING_ENDS) \
        and not any(ch in _HEADING_MARKS for ch in line) and not any(w in line for w in _TARGET_HEADING_DONE)


def _done_between(between: str) -> bool:
    """A result word between a plan word and the figure (计划投资50亿元，已完成30亿元). In a list
    of targets split by ；, only the figure's own item counts (主要预期目标是：…；实际利用外资增长15%；
    社会消费品零售总额增长15%: an earlier item's words are its own); 实际 reports a result only
    opening a clause (目标为增长6%，实际增长5.2%), not inside a name or a rate (实际利用外资,
    人均可支配收入实际增长8%: still targets)."""
    item = between[rfind_any(between, "；;", 0, len(between)) + 1:]
    actual = cues("metrics.status_done_opening_only")
    for m in _STATUS_DONE.finditer(item):
        if m.group() in actual and (m.start() > 0 and item[m.start() - 1] not in "，," + _CLAUSE_PUNCT
                                    or item.startswith(cues("metrics.status_done_name_words"), m.end())):
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _status_reach() -> int | None:
    """How far past its start an attempt of `_STATUS_WORD` looks (`kg.text.attempt_reach`)."""
    return attempt_reach(_STATUS_WORD)


def _status_words(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """The plan words (`_STATUS_WORD`) of text[start:end] as (start, end, word, a target word?),
    in text order: what `_status` scans, resumed by the article view's `GrowingScan` for the
    later figures of a sentence instead of scanned again from the sentence start."""
    return [(m.start(), m.end(), m.group(), bool(m.group("target")))
            for m in _STATUS_WORD.finditer(text, start, end)]


_BASIS_ONLY = re.compile(f"(?:{cue_alt('metrics.change_measures')})?(?:{cue_alt('metrics.change_basis', False)})?")
_MEASURE_OPEN = re.compile(f"(?:{cue_alt('metrics.change_measures')})[，,]?")
_BASIS_VERB = re.compile(f"(?:{cue_alt('metrics.change_basis', False)})?(?:{cue_alt('metrics.change_qualifiers')})?"
                         f"(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.perfective')})?")


# 分别占总人口的51.8%和48.2%: the whole the levels before are each a share of
_RESPECTIVE_SHARE = re.compile(f"((?:{cue_alt('metrics.share_verb', False)})[^，,；;：:。0-9０-９%％、]{{1,16}}?){_DE}?(?:{cue_alt('metrics.copula', False)})?")


def _respective_level(view: _ArticleView, q: Quantity, levels: list) -> tuple[str, Metric] | None:
    """全县共计接待游客76.01万人次，实现旅游收入1.52亿元，同比分别增长3.06%、36.94%: a clause
    that is only 同比分别 + a change verb pairs its figures, in order, with the last level figures
    of the sentence before it → (the k-th level's indicator with the comparison and the verb, that
    level's metric), or None."""
    text = view.text
    s_start, _e = view.sentence(q.start)
    k = _rfind_respective(text, s_start, q.start)
    if len(levels) < 2:
        return None
    if k < 0 or k < rfind_any(text, "，,；;：:", s_start, q.start):
        # no 分别 in the figure's own clause (…分别达到18687元、5634元，增长7.8%、9.2%: the one before
        # paired the levels)
        return _unmarked_respective_level(text, s_start, q, levels)
    cut = rfind_any(text, "，,；;：:", s_start, k) + 1
    basis = _dated_base_out(text[max(cut, s_start):k].strip())
    figures = _run_figures(text, k)
    if not _BASIS_ONLY.fullmatch(basis) or len(figures) < 2 or q.number_start not in figures:
        return None
    verb = text[k + len(_RESPECTIVELY):figures[0]].strip().rstrip(cue_chars("numbers.minus_chars")).strip()
    verb = _dated_base_out(verb)
    share = _RESPECTIVE_SHARE.fullmatch(verb) if not basis else None
    if share is not None and q.unit in _PERCENT_UNITS:  # 男性人口…，女性人口…，分别占总人口的51.8%和48.2%
        before = [lv for lv in levels if lv[0].end <= cut and lv[0].unit not in _PERCENT_UNITS]
        if len(before) < len(figures):
            return None
        _lq, indicator, metric = before[len(before) - len(figures) + figures.index(q.number_start)]
        return _level_of(indicator) + share.group(1), metric
    if not _BASIS_VERB.fullmatch(verb):  # 增长; 比上年同期增长 (按可比口径分别比上年同期增长5%和13%)
        return None
    before = [lv for lv in levels if lv[0].end <= cut]
    if len(before) < len(figures):
        return None
    _lq, indicator, metric = before[len(before) - len(figures) + figures.index(q.number_start)]
    basis = basis[_MEASURE_OPEN.match(basis).end():] if _MEASURE_OPEN.match(basis) else basis
    return _level_of(indicator) + basis + _respective_verb(verb), metric


def _dated_base_out(s: str) -> str:
    """比过去5年均值(分别)增加: a compared span of years and its mean, the base of the changes run
    after 分别, left out as `_without_comparison_base` leaves it out of an indicator (增加); 比上年 (no
    figure in it) stays for the basis words to read."""
    return _without_comparison_base(s) if any(ch.isdigit() for ch in s) else s


# (分别)是2010年的 / 为上年的: the copula and the base a run of multiples is taken against
_MULTIPLE_OPEN = re.compile(f"(?:{cue_alt('metrics.respectively')})?(?:{cue_alt('metrics.multiple_copulas')})"
                            f"[^，,；;：:。0-9０-９]{{0,3}}(?:[0-9０-９]{{4}}[^，,；;：:。0-9０-９]{{0,8}})?{_DE}")


def _respective_multiple(view: _ArticleView, q: Quantity, levels: list) -> tuple[str, Metric] | None:
    """地区生产总值、固定资产投资分别达到210亿元和241.4亿元，是2010年的2.1倍和3.2倍: a clause of
    only a copula, its base and a run of multiples pairs them, in order, with as many level figures
    just before it (the k-th multiple is the k-th level's) → (that level's indicator, its metric)."""
    text = view.text
    s_start, _e = view.sentence(q.start)
    cut = rfind_any(text, "，,；;：:", s_start, q.number_start) + 1
    start = max(cut, s_start)
    opened = _MULTIPLE_OPEN.match(text, start)
    if opened is None:
        return None
    figures = _run_figures(text, opened.end())
    if len(figures) < 2 or figures[0] != opened.end() or q.number_start not in figures:
        return None
    before = [lv for lv in levels if lv[0].end <= cut and lv[0].start >= s_start]
    if len(before) < len(figures):
        return None
    _lq, indicator, metric = before[len(before) - len(figures) + figures.index(q.number_start)]
    return _level_of(indicator), metric


# 37.9%和(36.9%): the first of two changes and the word joining the second to it
_PAIR_JOIN = re.compile("^[0-9０-９.．]+(?:" + "|".join(map(re.escape, sorted(_PERCENT_UNITS, key=len, reverse=True)))
                        + f")?(?:{cue_alt('metrics.pair_joins')})$")


def _unmarked_respective_level(text: str, s_start: int, q: Quantity, levels: list) -> tuple[str, Metric] | None:
    """城镇、农村居民人均可支配收入40046元、18177元，增长4.6%、8.3%: a clause that is only a change
    verb and a run of figures joined by 、 pairs them, as 分别 would, with as many level figures
    just before it, in order.  Two figures may be joined by 和 (累计接待游客544万人次，旅游总收入63.30亿元，
    同比下降37.9%和36.9%, tongji98: the visitors' fall, then the income's)."""
    cut = rfind_any(text, "，,；;：:", s_start, q.start) + 1
    start = max(cut, s_start)
    figures = _run_figures(text, start)
    if len(figures) < 2 or q.number_start not in figures:
        return None
    joint = text[figures[0]:figures[1]]
    if "、" not in joint and not (len(figures) == 2 and _PAIR_JOIN.search(joint)):
        return None
    verb = text[start:figures[0]].strip().rstrip(cue_chars("numbers.minus_chars")).strip()
    before = [lv for lv in levels if lv[0].end <= cut]
    if not _BASIS_VERB.fullmatch(verb) or len(before) < len(figures):
        return None
    _lq, indicator, metric = before[len(before) - len(figures) + figures.index(q.number_start)]
    return _level_of(indicator) + verb, metric


def _clause_person(view: _ArticleView, s_start: int, q: Quantity) -> str | None:
    """The person named last in the figure's clause before it, with no other entity between."""
    text = view.text
    cut = rfind_any(text, "，,；;：:", s_start, q.start)
    found = None
    for _a, _b, key, etype, _l in view.mentions_in(max(s_start, cut + 1), q.start):
        found = key if etype == "Person" else None
    return found


def _person_before(view: _ArticleView, q: Quantity) -> str | None:
    """The person whose age a figure in 岁 states: named right before it in its clause
    (王晓江46岁, 王晓江，46岁, 王晓江（46岁）), with nothing but punctuation or 今年 between.
    An age without a person (60岁以上老人) describes a group and is no figure of its own."""
    s_start, _e = view.sentence(q.start)
    for a, b, key, etype, _l in reversed(view.mentions_in(s_start, q.start)):
        if etype != "Person" or b > q.start:
            continue
        gap = view.text[b:q.start]
        if re.fullmatch(f"[，,（(\\s]{{0,2}}(?:{cue_alt('metrics.age_lead')})?", gap):
            return key
        return None
    return None


# 35岁以下占比14.1%, 35周岁以下40人: an age band cut off by its own number (read before as an age) at the
# head of the clause: the band is the figure's name
_BAND_TAIL = re.compile(f"^(?:[0-9０-９]{{1,3}}(?:周岁|岁|周)?)(?=(?:周?岁)?(?:{cue_alt('metrics.age_band_bounds')}))")
_CUT_BAND = re.compile(f"^(?:周?岁)?(?:{cue_alt('metrics.age_band_bounds')})")


def _with_age_band(text: str, lo: int, hi: int, name: str) -> str:
    """35岁以下占比14.1%, 其中35周岁以下40人: the age before the clause's figure was read as a quantity of
    its own, leaving a name (以下占比, 岁以下) that starts with the band's open end; the band, number and
    all, is what the figure counts (35岁以下占比).  Any other name is returned as it is."""
    k = text.find(name, lo, hi)
    if k < 0 or _CUT_BAND.match(name) is None:
        return name
    m = re.search(r"[0-9０-９]{1,3}(?:周岁|岁|周)?$", text[max(0, k - 6):k])
    if m is None or _BAND_TAIL.match(m.group(0) + name) is None:
        return name
    band = m.group(0) + name
    return band if re.match(AGE_BAND_LABEL, band) else name


# 预期寿命 and 平均年龄 (a group's mean age in 岁: 两委成员平均年龄44.9岁): a population's measure in 岁
_LIFESPAN = re.compile(f'{cue_alt("metrics.lifespan_words")}|{cue_alt("metrics.mean_age_words")}')


def _lifespan(view: _ArticleView, q: Quantity) -> bool:
    """人均预期寿命达到78.6岁, 期望寿命由76.7岁提高到77.0岁: a figure in 岁 whose clause names a life
    expectancy (a health bulletin's first indicator) measures a population, as 婴儿死亡率 does;
    an age with neither a person nor such a word (60岁以上老人) stays no figure."""
    text = view.text
    s_start = view.sentence(q.start)[0]
    cut = max(s_start, rfind_any(text, "，,；;：:（(", s_start, q.start) + 1)
    if _LIFESPAN.search(text, cut, q.start) is not None:
        return True
    named = _LIFESPAN.search(text, s_start, cut)  # 期望寿命83.63岁(其中男性81.25岁,女性86.08岁): its parts
    if named is not None and _series_goes_on(text, cut, q.start):
        return True  # 从2010年的77.37岁提高到2015年的79.43岁，2020年进一步提高到80.88岁: the same lifespan
    if named is not None and _MOVED_AGAINST.fullmatch(text, cut, q.start) and _ages_before(text, named.end(), cut):
        return True  # 平均年龄44.9岁，比上届下降5.1岁: the mean age's change against the last term
    between = text[named.end():q.start] if named is not None else ""
    k = _last_breakdown_mark(between)  # (其中：男性79.12岁 opens a list whose labels are read alone: no measure)
    return k >= 0 and not between.startswith(_LIST_COLONS, k + len(cues("metrics.breakdown_marks")[0]))


_LIST_COLONS = ("：", ":")
# 比上届下降, 相比上一届降低, 较上届提高了: a clause of only a basis and a change verb, the figure after it a change
_MOVED_AGAINST = re.compile(f"[ \t\u3000]*(?:{cue_alt('metrics.comparison_leads')})?(?:{cue_alt('metrics.comparison_marks')})[^，,。；;]{{1,8}}?"
                            f"(?:{cue_alt('metrics.change_verbs')})了?")


def _ages_before(text: str, lo: int, hi: int) -> bool:
    """Is the text between a mean age's or lifespan's word and the clause of its change only that figure
    (平均年龄|44.9岁，|比上届下降5.1岁)?  Then the change is that figure's, not a person's age."""
    return re.fullmatch(r"[为达是]?[0-9０-９.．]+(?:周岁|岁)[，,]", text[lo:hi]) is not None
_ADVERBS_ONLY = re.compile(f"(?:{cue_alt('metrics.trend_adverbs')}){{1,2}}")  # 进一步, 稳步 (a name of nothing but how)
# 2020年进一步提高到 (a clause of only a time, how it moved and a change verb to the figure): the series goes on
_SERIES_ON = re.compile(f"(?:{cue_alt('metrics.trend_adverbs')}){{0,2}}(?:{cue_alt('metrics.change_verbs', False)})"
                        f"(?:{cue_alt('metrics.change_to', False)})?")


def _series_goes_on(text: str, lo: int, hi: int) -> bool:
    """Is the clause text[lo:hi] before a figure only a time, an adverb of how the level moved and a change
    verb (2020年进一步提高到, 2021年又升至)?  Then the figure goes on with the level the sentence measured
    before it, naming nothing of its own."""
    clause = text[lo:hi].strip(" \t\u3000")
    periods = find_periods(clause)
    if not periods or periods[0][0] != 0:
        return False
    rest = clause[periods[0][1]:].lstrip("，, \t\u3000")
    return _SERIES_ON.fullmatch(rest.removeprefix(cues("metrics.series_again")[0])) is not None


def _age(view: _ArticleView, q: Quantity, person: str) -> Metric:
    """A person's age as a metric about that person."""
    ev = view.doc.evidence(view.art, q.start, q.end, rule="metrics.age")
    indicator = cues("metrics.age_indicator")[0]
    return Metric(subject=person, indicator=indicator, value=q.value,
                  unit=q.unit, approx=q.approx, surface=q.surface, period=None, evidence=[ev],
                  rules={"metrics.age", "metrics.subject-person"}, period_text=None, kind="level",
                  concept=concept_of(indicator), low=q.low, high=q.high)


_AVERAGE_ANNUAL = re.compile(cue_alt("metrics.average_annual"))


_BARE_MONTH = re.compile(r"(?:[1-9]|1[0-2])月份?")
_YEAR_TO_DATE = re.compile(cue_alt("metrics.year_to_date"))


def _full_stop_before(text: str, i: int) -> int:
    """Where the sentence holding `i` opens after its last 。 or line break (its ；-clauses kept),
    looked for within a sentence's length: no scan back to the text's start per figure."""
    lo = max(0, i - MAX_SENTENCE)
    k = rfind_any(text, "。\n", lo, i)
    return k + 1 if k >= 0 else lo


def _to_date_span(view: _ArticleView, q: Quantity, period: str | None, words: str | None) -> str | None:
    """4月，一般公共预算收入累计完成24627万元: a month's release whose sentence says 累计 before the
    figure reports the year so far (2024-01/2024-04), not the month alone — fiscal and statistics
    releases keep their running totals so.  Only a bare month (4月, 4月份) is widened."""
    if not period or not words or len(period) != 7 or period.endswith("-01") \
            or not _BARE_MONTH.fullmatch(words.strip()):
        return period
    s_start = view.sentence(q.start)[0]
    if not _YEAR_TO_DATE.search(view.text, s_start, q.start):
        # …累计完成24627万元。其中：税收收入8103万元…；非税收入…: the parts of that total, so far too
        text = view.text
        full = _full_stop_before(text, q.start)
        opened = text[full:full + 6].lstrip(" \t\u3000").startswith(cues("periods.continued_openers"))
        before = _full_stop_before(text, full - 1) if opened and full > 1 else -1
        if before < 0 or not _YEAR_TO_DATE.search(text, before, full):
            return period
    return f"{period[:4]}-01/{period}"


def _average_span(period: str | None, words: str | None, indicator: str, kind: str) -> str | None:
    """十三五末，全县地区生产总值突破400亿元，年均增长6.2%: an average annual change up to the end
    of a five-year plan is a change over the plan's years (2016/2020), not of its last year."""
    if kind != "change" or not period or "/" in period or not words or not _AVERAGE_ANNUAL.search(indicator):
        return period
    return plan_span(words) or period


def _in_period(view: _ArticleView, q: Quantity) -> bool:
    """A time span that is part of a time expression (过去五年, 20年前, 近三年, 前7个月, 3年来)
    names the figure's period; so does the span a change or an average is measured over
    (两年平均增长5.9%, 五年年均增长5.2%, 十年增加近70万亿元), the stretch a plan or deadline covers
    (三年将投73亿, 两年内建成), the wait before an event (再过两个多月), the length of a streak
    (连续九年荣获…称号, 连续5年稳定在50万吨以上), the planned length of a visit or campaign (为期3天的
    正式访问, 会期两天: what an event lasts, no measure of a place), the time elapsed since an event
    (两国建交迄今已50年) or since a site opened (开业不到1个月), the stretch next to a time just named
    (此前的3个月) and a span in a name (三年行动计划):
    none of them is a figure itself (两年整, 5年左右, 历经5年左右的考察 are)."""
    if q.unit not in _DURATION_UNITS:
        return False
    text = view.text
    s_start, s_end = view.sentence(q.start)
    before = (max(s_start, q.start - 4), q.start)
    if _SPAN_OF_CHANGE.match(text, q.end) or _TIME_UNTIL.search(text, *before) or _STREAK.search(text, *before) \
            or _EVENT_LENGTH.search(text, *before) or _TIME_SINCE.search(text, *before) \
            or _TIME_NEXT_TO.search(text, *before) \
            or _HOLIDAY_LENGTH.search(text, max(s_start, q.start - 6), q.start) \
            or _SINCE_OPENED.search(text, max(s_start, q.start - 4), q.start) \
            or text.startswith(cues("metrics.span_follow"), q.end) \
            or (_counted_over(text, q.end, s_end) and not _listed_span(text, q, s_end)) \
            or _span_in_a_name(text, q, s_end):
        return True
    # (from far enough back to hold a four-digit year: 2012年前11个月 is the first eleven months of 2012)
    return any(a <= q.start and q.end <= b or a <= q.number_start < b
               for a, b, _w in find_periods(text, max(s_start, q.start - 7), min(s_end, q.end + 4)))


def _listed_span(text: str, q: Quantity, s_end: int) -> bool:
    """其中：优79天、良235天、轻度污染43天、中度污染8天 (a bulletin's days of air quality): a span closing an item
    of a 、 list whose next item is another noun with a span of the same unit counts that item's days,
    like the list's last one; it is no stretch the next figure was counted over (`_counted_over`),
    which dropped every item but the last."""
    m = _LISTED_SPAN_RE.match(text, q.end, s_end)
    own = _LISTED_ITEM_RE.search(text, max(0, q.start - 9), q.start)  # (优79天、良235天: a one-character grade names no measure)
    return m is not None and text.startswith(q.unit, m.end()) and own is not None


# 、中度污染8 (after 43天): the next item of a list, a short noun and its figure
_LISTED_SPAN_RE = re.compile(r"、[^，,。；;：:、0-9０-９]{1,8}[0-9０-９]+(?:[.．][0-9０-９]+)?")
# 轻度污染 right before 43天: the item's own noun, two characters at least after the list's mark
_LISTED_ITEM_RE = re.compile(f"[、：:，,][{HAN}]{{2,8}}$")


def _span_in_a_name(text: str, q: Quantity, s_end: int) -> bool:
    """三年行动计划, 经过八年持续努力, 15分钟生活圈, 5年后: a span written straight into the words
    after it (no 的 between, as in 历经5年左右的考察) names a campaign, qualifies an effort or
    points to a time — it counts nothing."""
    return q.end < s_end and q.qualifier is None and is_han(text[q.end]) \
        and text[q.end] not in cue_chars("metrics.span_whole_chars") \
        and not text.startswith(cues("numbers.duration_follow"), q.end) \
        and not text.startswith(cues("metrics.span_nouns"), q.end)


_SPAN_CLAUSE = 24  # characters after a time span that may hold the figure counted over it
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?\n]")


def _counted_over(text: str, i: int, s_end: int) -> bool:
    """7天接待游客507.46万人次, 3天完成投资1.2亿元: a time span followed in its own clause by
    another figure is the stretch that figure was counted over, no figure itself; so is a span
    whose noun (after a 的 or not) closes its clause or is followed by time passing (7天时间，全市排查隐患320处;
    在三天的时间里，媒体记者将…; hainan67: 7年时间过去，村民…, which base read as 时间过去 7年): the stretch the next
    clause happens over, with a figure of its own or none; a noun of "within" (时间里, 时间内: 在12天的时间里展开
    角逐) says so whatever follows it."""
    if _SPAN_NOUN.match(text, i):
        return True  # (在三天的时间里，记者将…采访: the stretch of what the next clause tells, no figure)
    hi = min(s_end, i + _SPAN_CLAUSE)
    cut = _CLAUSE_END_RE.search(text, i, hi)
    return _NUMBER.search(text, i, cut.start() if cut else hi) is not None


# 为期30天的 right after a count (举办2次为期30天的…培训班): the length of each event counted, before its noun
_EVENT_LENGTH_AFTER = re.compile(f"(?:{cue_alt('metrics.event_length_words')})[0-9{cue_chars('periods.numeral_chars')}]{{1,3}}"
                                 f"(?:{cue_alt('metrics.duration_units')})的")


def _past_event_length(text: str, i: int) -> int:
    """Where the noun after a count starts: past 为期 and a span with its 的 (举办2次为期30天的公益培训班 →
    公益培训班), which say how long each event counted lasts and name nothing counted; `i` itself otherwise."""
    m = _EVENT_LENGTH_AFTER.match(text, i)
    return m.end() if m else i


# 7天时间，/ 三个月时间里，/ 7年时间过去: the span's noun ending its clause, or time passing after it
_SPAN_NOUN = re.compile(f"的?(?:(?:{cue_alt('metrics.span_nouns')})(?:[，,]|{cue_alt('metrics.span_elapsed')})"
                        f"|{cue_alt('metrics.span_within_nouns')})")  # 在12天的时间里展开…: within the span, always
# 两年平均增长, 五年年均增长, 十年增加: the span of a change, right after the number of years
_SPAN_OF_CHANGE = re.compile(f"(?:{cue_alt('metrics.change_qualifiers')}|{cue_alt('metrics.change_verbs')})")
# 再过两个多月: a wait before an event, right before the span
_TIME_UNTIL = re.compile(f"(?:{cue_alt('metrics.time_until')})$")
# 连续九年荣获…, 连续5年稳定在50万吨以上: the length of a streak, right before the span
_STREAK = re.compile(f"(?:{cue_alt('metrics.streak_words')})$")
# 建交迄今已50年, 首次举行迄今已35年: the time elapsed since an event, right before the span
_TIME_SINCE = re.compile(f"(?:{cue_alt('metrics.time_since')})$")
# 此前的3个月, 此后的两个月: the stretch next to a time the text just named, right before the span
_TIME_NEXT_TO = re.compile(f"(?:{cue_alt('metrics.time_next_to')})$")
# 开业不到1个月, 开园仅3天: the time since a site opened, right before the span
_SINCE_OPENED = re.compile(f"(?:{cue_alt('metrics.opened_events')})(?:{cue_alt('metrics.opened_short_marks')})?$")
# 为期3天的正式访问, 会期两天: the planned length of an event, right before the span
_EVENT_LENGTH = re.compile(f"(?:{cue_alt('metrics.event_length_words')})$")
# “五一”节三天, 春节假期7天, 中秋假期前两天: the length of a holiday's days off, right after it, no figure
_HOLIDAY_LENGTH = re.compile(f"(?:{cue_alt('periods.holiday_stretch')}|{cue_alt('metrics.holiday_length_words')})"
                             f"(?:{cue_alt('metrics.holiday_length_marks')})?$")
# the streak itself in the words before a figure (粮食产量连续5年稳定在50万吨以上): no part of the indicator
_STREAK_SPAN = re.compile(f"(?:{cue_alt('metrics.streak_words')})[0-9{cue_chars('periods.numeral_chars')}]{{1,3}}"
                          f"[{cue_chars('numbers.approx_mid_chars')}]?(?:{cue_alt('metrics.duration_units')})"
                          f"|[0-9{cue_chars('periods.numeral_chars')}]{{1,3}}{_YEAR_CHAR}间")  # 20年间翻了近4倍


# (全市20个区县排名第4(全省排名并列第87)，同比下降14.99%: the rank may close before a bracket of another ranking)
_RANKED = re.compile(f"[^，,。；;0-9０-９]{{0,12}}?(?:{cue_alt('metrics.rank_marks', False)})"
                     f"[0-9０-９{cue_chars('periods.numeral_chars')}]+(?:[{cue_chars('metrics.rank_units')}]|(?=[，,。；;、（(]))")
_PROJECT_HEAD = re.compile(f"(?:{cue_alt('metrics.project_heads', False)})"
                           f"(?:{cue_alt('metrics.project_site_tails', False)})?$")  # (…项目现场: the site of the project)
# 在全市16个县市区高质量发展综合考核排名中，…: the count opens the frame a ranking is taken in
_RANK_FRAME = re.compile(f"[^，,。；;：:0-9０-９]{{0,32}}?(?:{cue_alt('metrics.rank_frame_ends', False)})(?=[，,。；;：:])")


# after a bound (5000万元以上): the things classed by it (项目, 的企业) or a count of them (的67个)
# 0-14岁人口为117917人, 60岁及以上人口为78366人 (a census bulletin): the age band names the population
# counted, it is no figure before the indicator (its digits would otherwise cut the name to 人口)
# (0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为…: a list of bands before the population they class)
_AGE_BAND = re.compile(f"(?<![0-9０-９.．]){AGE_BAND_LABEL}"
                       f"(?=[^，,。；;、：:0-9０-９]{{0,4}}?(?:{cue_alt('metrics.age_band_nouns')})|[、和与][0-9０-９])")
# (200万元及以上的住宿和餐饮业单位: after 的 a longer kind of unit; a bound run straight into it qualifies three at most)
# (300只以上规模的养羊专业合作社18个: 规模, the scale, may stand between the bound and its 的)
_CLASS_AFTER = re.compile(f"(?:(?:{cue_alt('metrics.class_bound_fillers')})?{_DE}[^，,。；;、：:0-9０-９]{{0,6}}?"
                          f"|[^，,。；;、：:0-9０-９]{{0,3}}?)"
                          f"(?:{cue_alt('metrics.class_nouns')})|{_DE}[0-9０-９]"
                          # (1000万人次以上的运输机场有38个: the things so bounded, then their count: numbers._counted_class)
                          f"|{_DE}[^，,。；;、：:（）()0-9０-９]{{1,10}}?(?:{cue_alt('numbers.class_count_verbs', False)})"
                          f"[0-9０-９{CHINESE_NUMERALS}两]")
# 一次死亡3人以上交通事故10起 (a holiday traffic release): the toll names the class of accidents counted, no
# figure before the count (numbers.casualty_class_pre)
_CASUALTY_CLASS = re.compile(f"(?:{cue_alt('numbers.casualty_class_pre')})[0-9０-９{CHINESE_NUMERALS}]+人"
                             f"(?:{cue_alt('metrics.class_bounds')})")
# 110千伏桂林变电站一期概算投资3407万元: a voltage class names the substation or line, no figure before it
_VOLTAGE_CLASS = re.compile(f"(?<![0-9０-９.．])[0-9０-９±]+(?:{cue_alt('metrics.voltage_units')})")
# 12345政务服务便民热线共受理…284406件, 110平台转交144件: a hotline's number names the line, no figure
# before the one measured (metric_cues.tsv hotline_numbers, only with a word of hotline_after next)
_HOTLINE = re.compile(f"(?<![0-9０-９.．])(?:{cue_alt('metrics.hotline_numbers')})"
                      f"(?={cue_alt('metrics.hotline_after')})")
# (2亿元以上重大项目13个: a short modifier may stand between the bound and the class noun)
_CLASS_BOUND = re.compile(f"(?<![0-9０-９.．])[0-9０-９.．]+[^，,。；;、0-9０-９]{{0,3}}?(?:{cue_alt('metrics.class_bounds')})"
                          f"(?={_CLASS_AFTER.pattern})"
                          # 新增产值超10亿元企业有6家: an amount after 超 run into the class noun (or with 的
                          # between, the count next: 投资过5亿元的项目51个, numbers._class_noun_at)
                          f"|(?:{cue_alt('numbers.class_exceed_pre')}|[{cue_chars('numbers.class_exceed_chars')}])"
                          f"[0-9０-９.．]+[千百]?[万亿]?元"
                          f"(?={cue_alt('metrics.class_nouns')}|{_DE}(?:{cue_alt('metrics.class_nouns')}"
                          f"|{cue_alt('metrics.class_division_nouns')})"  # (超过10亿元的县达到8个, minzu102)
                          f"(?:{cue_alt('numbers.class_count_verbs', False)})?[0-9０-９{CHINESE_NUMERALS}两])"
                          # 总投资5亿元至10亿元项目有16个: a range of amounts run into the class noun
                          f"|(?<![0-9０-９.．])[0-9０-９.．]+[千百]?[万亿]?元?[{re.escape(cue_chars('numbers.range_sign_chars'))}]"
                          f"[0-9０-９.．]+[千百]?[万亿]?元"
                          f"(?={cue_alt('metrics.class_nouns')})"
                          # jiangxi72: 其中20亿元项目2个: an amount run into the class noun, its count next (numbers._bare_class_counted)
                          f"|(?<![0-9０-９.．])[0-9０-９.．]+[千百]?[万亿]?元"
                          f"(?=(?:{cue_alt('metrics.class_nouns')})(?:{cue_alt('numbers.class_count_verbs', False)})?"
                          f"[0-9０-９{CHINESE_NUMERALS}两])")


# jiaotong95: 增幅在200%-300%之间的运输机场有5个, 增幅在100%以内的机场有4个, 增幅在200%以上的有5个 (an airport
# bulletin): a rate's bound or band, then 的, the things so classed and their count — the bound names the
# class counted, no figure before the count (the rate itself is no figure: `_bounds_counted_class`)
_RATE_CLASS = re.compile(f"(?<![0-9０-９.．])[0-9０-９.．]+%?(?:[{re.escape(cue_chars('numbers.range_sign_chars'))}]"
                         f"[0-9０-９.．]+)?%(?:{cue_alt('metrics.band_closers', False)}|{cue_alt('metrics.class_bounds')})?"
                         f"(?={_DE}[^，,。；;、：:（）()0-9０-９]{{0,10}}?(?:{cue_alt('numbers.class_count_verbs', False)})"
                         f"[0-9０-９{CHINESE_NUMERALS}两])")


_ASIDE_REACH = 12  # characters of a bracketed aside after a size bound (（不含6亩）)
_CLASS_ASIDES = tuple(cues("metrics.class_asides"))
_TIME_LIMIT_MARKS = tuple(cues("metrics.time_limit_marks"))
_TIME_LIMIT_UNITS = frozenset(cues("metrics.time_limit_units"))
_TIME_LIMIT_CLOSE = tuple(cues("metrics.time_limit_close"))


def _past_aside(text: str, i: int) -> int:
    """Where the text goes on after a short bracketed aside opening at i (6亩以下（不含6亩）的土地 →
    的土地), or i itself when no bracket opens there (the aside is read within `_ASIDE_REACH`)."""
    if text[i:i + 1] not in ("（", "("):
        return i
    close = text.find("）" if text[i] == "（" else ")", i + 1, i + _ASIDE_REACH)
    return close + 1 if close > 0 else i


def _class_aside(text: str, start: int) -> bool:
    """Is the figure at start the bound restated in a bracket after a size bound (6亩以下（不含6亩）,
    50万元以上（含50万元）)?  Only right after a class bound: 财政收入5亿元（不含土地出让收入2亿元）
    keeps its figure."""
    for w in _CLASS_ASIDES:
        k = start - len(w) - 1
        if k > 0 and text.startswith(w, k + 1) and text[k] in "（(" \
                and text.endswith(tuple(cues("metrics.class_bounds")), 0, k):
            return True
    return False


_TIME_LIMIT_CUTS = tuple(cues("metrics.time_limit_cut_verbs"))
_COUNTDOWN_MARKS = tuple(cues("metrics.countdown_marks"))  # 仅剩, 还剩: the time left before a date
_COUNTDOWN_OPENS = tuple(cues("metrics.countdown_opens"))  # 距离, 距: a clause measuring up to a date
_COUNTDOWN_BOUNDS = tuple(cues("metrics.countdown_bounds"))  # 不足, 只有: the time left is short
_COUNTDOWN_REACH = 16  # characters back from the time to the clause's 距离 (距离第十届旅游节开幕还有)


def _countdown_clause(text: str, start: int) -> bool:
    """距离春节已不足10天, 距开幕只有30天: a time bounded by 不足/只有 in a clause that opens with 距离 is the
    wait before a date, no measure of the place (the caller has checked the unit is a duration: 距县城30公里
    is no time; 距离年目标值差85天, a gap to a target, and 距今已有500年, an age, have no such bound)."""
    lo = max(0, start - _COUNTDOWN_REACH)
    cut = rfind_any(text, _SENT_END + "，,：:", lo, start)
    clause = text[cut + 1 if cut >= 0 else lo:start]
    return clause.startswith(_COUNTDOWN_OPENS) \
        and (clause.endswith(_COUNTDOWN_BOUNDS) or text.startswith(_COUNTDOWN_BOUNDS, start))  # 不足 in the figure


_PENAL_TERMS = tuple(cues("metrics.penal_terms"))  # 有期徒刑, 拘役, 缓刑: a sentence's term follows
_PENAL_YEARS = re.compile(f"[{cue_chars('periods.numeral_chars')}0-9]+年$")


def _penal_term(text: str, q: Quantity) -> bool:
    """对…的姜某判处有期徒刑八个月, 判处有期徒刑一年六个月, 判处拘役四个月, 缓刑二年: a time right after the
    kind of a penalty is one defendant's term, no figure of the court or the place (判处罪犯448人, a count
    of people, stays).  The months of a term in years and months follow its years."""
    if q.unit not in _DURATION_UNITS:
        return False
    head = text[max(0, q.start - 12):q.start]
    if (m := _PENAL_YEARS.search(head)) is not None:
        head = head[:m.start()]
    return head.endswith(_PENAL_TERMS)


def _time_limit(text: str, q: Quantity) -> bool:
    """Is the count a time allowed to act (14个工作日内完成审批, 24小时内到达, 30天内完成整改)?  Not
    when a verb of cutting brings the time down to it (企业开办时间压缩至1个工作日内: the time achieved)."""
    return (text.startswith(_TIME_LIMIT_MARKS, q.end)
            or (q.unit in _TIME_LIMIT_UNITS and text.startswith(_TIME_LIMIT_CLOSE, q.end))) \
        and not text.endswith(_TIME_LIMIT_CUTS, 0, q.start)


_EVIDENCE_UNITS = frozenset(cues("metrics.evidence_units"))
_EVIDENCE_NOUNS = tuple(cues("metrics.evidence_nouns"))
_EVIDENCE_MARKS = tuple(cues("metrics.evidence_marks"))
_EVIDENCE_REACH = 300  # characters either side of the count, within its line, to an evidence word
_EVIDENCE_NOUN_REACH = 8  # characters before the count holding the document's name (and 》, 各)


_PACK_UNITS = frozenset(cues("metrics.pack_units"))  # 袋, 瓶, 桶: the packs an amount per piece is per


# “4050”人员再就业人数 (renshe88): a bare number set in quotes is a name (the 40- and 50-year-olds a
# programme helps), no figure before the noun
_QUOTED_NUMBER = re.compile(f"[“‘「『][0-9０-９]{{2,6}}[”’」』]")
# linye100: an aside in brackets listing names with 、 inside the words before a figure (三北工程区三大标志性战役(黄河“几”
# 字弯攻坚战、科尔沁和浑善达克沙地歼灭战、…)已完成造林种草2000多万亩): the members of the doer, no word of the indicator
_LISTED_ASIDE = re.compile("[(（][^()（）]{1,60}、[^()（）]{1,60}[)）]")
_ASIDE_MEMBER_MIN = 4  # characters of each listed name: 县(市、区), 省(自治区、直辖市) list levels, kept


def _named_members_aside(m: re.Match) -> str:
    """'' for a bracket listing names (each of `_ASIDE_MEMBER_MIN` characters at least), else the bracket
    as written (县(市、区)委书记: the levels a word stands for are part of it)."""
    items = m.group()[1:-1].split("、")
    return "" if all(len(it) >= _ASIDE_MEMBER_MIN for it in items) else m.group()
_PACK_BRACKET = re.compile(f"[(（][0-9０-９.]+[^()（）0-9０-９/，,。]{{1,4}}/(?:{'|'.join(map(re.escape, sorted(_PACK_UNITS)))})[)）]")


def _pack_size(text: str, q: Quantity) -> bool:
    """现场查获精制盐(250克/袋)10吨, 食用油(5升/桶): an amount per pack alone in a bracket is the
    product's pack size (its label), no figure of the place; the amount seized or sold follows it."""
    per = q.unit.rpartition("/")[2] if q.unit and "/" in q.unit else ""
    return per in _PACK_UNITS and q.start > 0 and text[q.start - 1] in "(（" and text[q.end:q.end + 1] in ")）"


def _evidence_item(text: str, q: Quantity) -> bool:
    """营业执照复印件1份、现场检查照片9张 … 以上证据证明, 证据2：…《现场检查记录》1份: a count of copies,
    pages or photos after the name of a case document, on a line that lists a penalty decision's
    evidence, is what the case file holds — no figure of the party or the place.  Without an
    evidence word on the line (全年下达整改指令书356份) the count stays."""
    if q.unit not in _EVIDENCE_UNITS:
        return False
    if not text[max(0, q.start - _EVIDENCE_NOUN_REACH):q.start].rstrip("》」”各").endswith(_EVIDENCE_NOUNS):
        return False
    a = max(text.rfind("\n", max(0, q.start - _EVIDENCE_REACH), q.start) + 1, q.start - _EVIDENCE_REACH, 0)
    b = text.find("\n", q.end, q.end + _EVIDENCE_REACH)
    line = text[a:b if b >= 0 else q.end + _EVIDENCE_REACH]
    return any(w in line for w in _EVIDENCE_MARKS)


# 处二万元以上二十万元以下的罚款: after a bound figure, the rest of the scale (up to its upper bound)
# and the fine's noun; one clause, a bounded lazy gap
_SANCTION_SCALE = re.compile(f"(?:[^，,；;。！？!?\n]{{0,16}}?以下)?的?(?:{cue_alt('metrics.sanction_nouns')})")
_SCALE_BOUNDS = ("以上", "以下")


def _sanction_scale(text: str, q: Quantity) -> bool:
    """处二万元以上二十万元以下的罚款, 处20万元以上100万元以下的罚款, 处…总投资额百分之一以上百分之五以下的
    罚款: a bound figure of the fine's scale a law sets for a breach (quoted in a penalty decision or
    a regulation's clause) is a norm, no amount anyone paid; the fine decided (罚款人民币伍万元) has
    no bound and stays."""
    return q.qualifier in _SCALE_BOUNDS and _SANCTION_SCALE.match(text, q.end) is not None


# guizhang103: the bound words of a condition a rule's clause states (违法所得五万元以上的，…; 违法所得不足五万元的，…)
_CONDITION_BOUNDS = frozenset(cues("metrics.condition_bounds"))
_CONDITION_CLOSE = re.compile("的[，,；;：:]")


def _condition_bound(text: str, q: Quantity) -> bool:
    """违法所得五万元以上的，并处…; 没有违法所得或者违法所得不足五万元的，处…; 增长20%以上的，有8个县: a bounded
    figure closed by 的 and the clause's comma names the cases a rule (or a count) is of — a threshold, no
    figure anyone reached; a bounded figure the clause goes on from (年销售收入500万元以上的企业达到120家, 增长
    10%以上) is left to the rules of classes."""
    return q.qualifier in _CONDITION_BOUNDS and _CONDITION_CLOSE.match(text, q.end) is not None


_MARK_NOUNS = tuple(cues("metrics.mark_nouns"))  # 大关, 台阶: the round mark an amount before it is
# a count of round marks (三个“十亿元”台阶, 两个千亿级台阶): an amount, then the mark's noun
_MARKS_COUNTED = re.compile(f"[{cue_chars('periods.numeral_chars')}百千万亿0-9]+[^，,。；;]{{0,3}}?"
                            f"(?:{cue_alt('metrics.mark_nouns', False)})")


_NOTICE_TERM_LABELS = tuple(cues("metrics.notice_term_labels"))
_DURING = "间"  # 公示期间: during the notice, no term
_NOTICE_TERM_ANY = re.compile("|".join(map(re.escape, _NOTICE_TERM_LABELS)))  # some label, anywhere
_NOTICE_TERM_REACH = 24  # characters back from a figure to the label of its clause (公告期限：自本公告发布之日起)


_BATCH_UNITS = frozenset(cues("metrics.batch_units"))
_IN_BATCHES = "分"  # 分两批, 分三次: in so many goes (分批下达)
_WORD_FREQ_FLOOR = 100  # 部分, 积分, 充分: 分 closing a common word is no 分 of batches


def _in_batches(text: str, q: Quantity) -> bool:
    """分两批下达我县中央财政农机购置与应用补贴资金1442万元, 分三次拨付: a count of batches or goes
    right after 分 says how something was done (as 分批 does), no figure of the place; 分 closing a
    word (部分, 积分) is no such adverb."""
    k = q.number_start
    if q.unit not in _BATCH_UNITS or k < 1 or text[k - 1] != _IN_BATCHES:
        return False
    return k < 2 or word_freq().get(text[k - 2:k], 0) < _WORD_FREQ_FLOOR


_NOTICE_TERM_OPENERS = tuple(cues("metrics.notice_term_openers"))
_NOTICE_TERM_UNITS = frozenset(cues("metrics.notice_term_units"))


def _notice_term_after_verb(text: str, q: Quantity) -> bool:
    """现对拟开展表彰活动项目进行公示(5个工作日), 予以公示7天: a span of days right after the verb of
    the notice itself, bare or in a bracket, is how long the notice stands, no figure of the items
    listed (no label 公示期 needed)."""
    return q.unit in _NOTICE_TERM_UNITS and text.endswith(_NOTICE_TERM_OPENERS, 0, q.start)


_NOTICE_TERM_BARE = tuple(cues("metrics.notice_term_bare_labels"))
_NOTICE_TERM_VERBS = tuple(cues("metrics.notice_term_verbs"))
_NOTICE_SENTENCE_REACH = 80  # characters back from a bare term to the notice's verb in its sentence


def _notice_term_bare(text: str, q: Quantity, head: str) -> bool:
    """对拟录用人员进行公示，接受社会和考生监督，期限为7天: a span of days in a clause opening with a bare
    term (期限) whose sentence has put the notice's verb (公示, 公告) before it is how long the notice
    stands, no figure of the place."""
    if q.unit not in _NOTICE_TERM_UNITS or not head.lstrip().startswith(_NOTICE_TERM_BARE):
        return False
    sentence = _head_before(text, q.start - len(head), _NOTICE_SENTENCE_REACH - len(head), "\n。；;")
    return any(v in sentence for v in _NOTICE_TERM_VERBS)


# 公示期：2024年9月6日-2024年9月12日(5个工作日), 公告期为2023年7月7日—2023年7月17日(工作日7天): the label,
# the notice's own dates, then its span in a bracket — further back than the label's reach
_NOTICE_DATED_REACH = 48
_NOTICE_TERM_DATED = re.compile(f"(?:{cue_alt('metrics.notice_term_labels', False)})[为:： \t\u3000]*"
                                r"[0-9０-９年月日号\-—–~～至到 \t\u3000]{6,30}[（(](?:"
                                f"{cue_alt('metrics.notice_term_units', False)})?$")


def _notice_term(text: str, q: Quantity) -> bool:
    """公告期限：自本公告发布之日起1个工作日, 公示期为5个工作日: a figure in the clause a notice's term
    labels is how long the notice stands, no figure of the place or the project.  The clause runs
    back to the line's start or a full stop (公告期限 and its figure share a line), or to a heading
    line of the label alone right above (四、公告期限⏎自本公告发布之日起1个工作日).  公示期间 is a
    stretch of time in which things happen (公示期间收到反映3件: a count), no term."""
    lo = max(q.start - _NOTICE_TERM_REACH, 0)
    cut = rfind_any(text, "\n。；;", lo, q.start)
    head = text[cut + 1 if cut >= 0 else lo:q.start]
    if _NOTICE_TERM_ANY.search(head) and any((k := head.find(w)) >= 0 and not head.startswith(_DURING, k + len(w))
                                             for w in _NOTICE_TERM_LABELS):
        return True  # (one regex pass first: most clauses hold no label, and a find per label cost more)
    if _notice_term_after_verb(text, q):
        return True
    clause = text[max(rfind_any(text, "，,", lo, q.start), cut, lo - 1) + 1:q.start]  # (期限为7天)
    if _notice_term_bare(text, q, clause):
        return True
    dated_lo = max(q.start - _NOTICE_DATED_REACH, 0)
    dated = text[rfind_any(text, "\n。；;", dated_lo, q.start) + 1 or dated_lo:q.start]
    if _NOTICE_TERM_DATED.search(dated):
        return True  # (公示期：2024年9月6日-2024年9月12日(5个工作日): the span of the dates before it)
    if cut < 0 or text[cut] != "\n":
        return False
    above = text[max(text.rfind("\n", max(0, cut - _NOTICE_TERM_REACH), cut) + 1, cut - _NOTICE_TERM_REACH):cut]
    return above.rstrip(" \t\u3000:：").endswith(_NOTICE_TERM_LABELS)


def _heads_attending(counted: str, more: tuple[str, ...] = ()) -> bool:
    """通信公司相关负责人|就各自业内工作, 重点企业负责人|参加会议: the noun counted closes with the heads
    of the bodies and what they do at a meeting (or ends there): the count is of the bodies that
    attended, no figure (5家企业负责人培训班: a class for them, counted, is no such thing)."""
    for head in (*cues("metrics.attending_heads"), *more):
        k = counted.find(head)
        if k > 0 and (k + len(head) == len(counted)
                      or counted.startswith(tuple(cues("metrics.attending_verbs")), k + len(head))):
            return True
    return False


_ATTENDING_TAIL_REACH = 12  # how far after 的 the heads of the bodies counted may close (bounded slice)


def _heads_attending_after(text: str, q) -> bool:
    """50多家新闻媒体|的记者参加了新闻发布会, 5个单位|的有关负责同志就…作主题发布 (shengfabu101): the noun
    counted, 的, then the heads or reporters of those bodies and what they do at the meeting, inside the
    clause: the count is of the bodies that attended, no figure (5个单位的工作人员培训班 is no such thing)."""
    at = q.end + len(q.counted) if text.startswith(q.counted, q.end) else -1
    if at < 0 or not text.startswith(_OF_MARK, at):
        return False
    tail = text[at + 1:at + 1 + _ATTENDING_TAIL_REACH]
    cut = next((k for k, c in enumerate(tail) if not is_han(c)), len(tail))
    return _heads_attending(q.counted + _OF_MARK + tail[:cut], tuple(cues("metrics.attending_people_after_of"))) and any(
        v in tail[:cut] for v in cues("metrics.attending_verbs"))


_OF_MARK = "的"
_COMPANY_NAME_REACH = 30  # how far before a figure a company's name holding it may open (bounded slice)


def _inside_company_name(view: _ArticleView, q: Quantity) -> bool:
    """Is the number part of a company's name found around it (一万纺织, a county firm visited by the
    mayor: 嵇文一行先后来到一万纺织、新三联电子等企业)?  The brand's numeral counts nothing; nor does
    a place's (创造九台地域特色的…之路: 九台, the short name of 九台区, no nine machines).  Only
    organisations and places (an agency or a project may hold a real figure: 年产10万吨…项目 is read
    elsewhere)."""
    return any(t in _NAMED_NUMERAL_TYPES and a <= q.start and q.end <= b
               for a, b, _k, t, _l in view.mentions_in(q.start - _COMPANY_NAME_REACH, q.start + 1))


_NAMED_NUMERAL_TYPES = ("Organization", "Place")  # whose names may hold a numeral (一万纺织, 九台)


def _place_short_name_at(view: _ArticleView, q: Quantity) -> bool:
    """杜鹃花节开幕式在四棵树乡平沟村举行 … 以“大美四棵树”为主题: a township or county whose name opens with a
    numeral (四棵树乡, 三道沟镇), named in the article, written again without its 乡/镇/县 — the numeral
    there is its short name's, no count (base: 4 棵).  Only a Chinese numeral opening the figure; the
    short names are gathered once per article (`short_numeral_places`)."""
    if q.number_start >= len(view.text) or view.text[q.number_start] not in CHINESE_NUMERALS:
        return False
    if view.short_numeral_places is None:
        suffixes = place_chars("township_suffixes") + place_chars("county_suffix_chars")
        view.short_numeral_places = tuple(sorted({
            view.text[a:b - 1] for a, b, _k, t, _l in view.ments
            if t == "Place" and b - a >= 3 and view.text[b - 1] in suffixes and view.text[a] in CHINESE_NUMERALS}))
    return bool(view.short_numeral_places) and view.text.startswith(view.short_numeral_places, q.number_start)


_EXAM_SCORE_WORDS = tuple(cues("metrics.exam_score_words"))
_EXAM_WEIGHT_MARKS = tuple(cues("metrics.exam_weight_marks"))
_EXAM_WEIGHT_NOT = tuple(cues("metrics.exam_weight_not"))
_CONDITION_REACH = 32  # characters back from a figure to its clause's start (…笔试成绩和面试成绩各占)
_CLAUSE_CUTS = "\n。；;，,"


def _head_before(text: str, end: int, reach: int, cuts: str = _CLAUSE_CUTS) -> str:
    """The words before `end` back to the last of `cuts` within `reach` characters (the figure's clause,
    or its sentence with cuts of full stops only)."""
    lo = max(end - reach, 0)
    cut = rfind_any(text, cuts, lo, end)
    return text[cut + 1 if cut >= 0 else lo:end]


def _exam_weight(text: str, q: Quantity) -> bool:
    """笔试成绩和面试成绩各占50%计入考试总成绩, 面试成绩占总成绩的60%, 总成绩按笔试成绩50%、面试成绩50%计算:
    a percentage in a clause naming an exam's score (`metrics.exam_score_words`) with 占 or 按 is the
    weight that score carries in a recruitment exam's total, a rule of the exam, no figure of the place.
    A share or a rate (占比, 合格率) is a figure and stays."""
    if q.unit not in _PERCENT_UNITS:
        return False
    head = _head_before(text, q.start, _CONDITION_REACH)
    if not any(w in head for w in _EXAM_SCORE_WORDS) or any(w in head for w in _EXAM_WEIGHT_NOT):
        return False
    return any(w in head for w in _EXAM_WEIGHT_MARKS) or any(w in head[-6:] for w in _EXAM_SCORE_WORDS)


_APPLICANT_TERM_LABELS = tuple(cues("metrics.applicant_term_labels"))
_RELAX_VERBS = tuple(cues("metrics.relax_verbs"))


def _applicant_term(text: str, q: Quantity) -> bool:
    """录用后服务期不得少于5年, 最低服务年限为5年, 工作年限要求可适当放宽两年: a span of years in a
    clause naming an applicant's term of service or of work (`metrics.applicant_term_labels`), or
    right after a verb loosening a condition (`metrics.relax_verbs`), is a condition a recruitment
    notice sets, no figure of the place."""
    if q.unit != _YEAR_UNIT:
        return False
    if text.endswith(_RELAX_VERBS, 0, q.start):
        return True
    return any(w in _head_before(text, q.start, _CONDITION_REACH) for w in _APPLICANT_TERM_LABELS)


# 2×, 4×: a count of units and a times sign right before a measure (metrics.unit_set_signs)
_UNIT_SET_BEFORE = re.compile(f"[0-9０-９][{re.escape(''.join(cues('metrics.unit_set_signs')))}]$")
_RATING_UNITS = frozenset(cues("metrics.rating_units"))
_RATED_COUNT_BEFORE = re.compile(f"[0-9０-９{CHINESE_NUMERALS}两]+(?:{cue_alt('metrics.rated_classifiers')})$")


def _each_rating(text: str, q: Quantity) -> bool:
    """改造5台400千伏安配变: a rating right after a count's classifier and right before the things counted is
    each one's rating (read with the noun, numbers._counted_after), no figure of the place; a rating after
    the count's noun (更换变压器70台4400千伏安) is their total."""
    if q.unit not in _RATING_UNITS or not is_han(text[q.end:q.end + 1]):
        return False
    return _RATED_COUNT_BEFORE.search(text, max(0, q.start - 8), q.start) is not None


def _not_a_figure(view: _ArticleView, q: Quantity) -> bool:
    """Counts that are no figure of the sentence's subject: the size of the set a rank is taken
    in (居全市12个县（市、区）第3位, 在全省34个县中排名第1, 在全市16个县市区考核排名中，…), a rank
    (增速前三名), and the capacity in a project's name
    (年产10万吨饲料加工项目, 2×34万千瓦热电项目: the project is named, its capacity is no result),
    the size of a visiting party (一行5人) and the number of titles just listed (《…》等三个文件)."""
    if _sanction_scale(view.text, q):
        return True  # 处二万元以上二十万元以下的罚款: the scale a law sets, no fine paid
    if _condition_bound(view.text, q):
        return True  # 违法所得五万元以上的，并处…: the threshold of a rule's case, no figure reached
    if q.unit in MEASURE_UNITS and _UNIT_SET_BEFORE.search(view.text, max(0, q.start - 4), q.start):
        return True  # 漳电2×100万千瓦: each unit's rating in a set of two, naming the plant (gongzuo97)
    if _exam_weight(view.text, q):
        return True  # 笔试成绩和面试成绩各占50%: the weight of a score in an exam's total
    if _applicant_term(view.text, q):
        return True  # 录用后服务期不得少于5年: a condition of the post, no figure of the place
    if _rest_in_band(view.text, view.sentence(q.start)[0], q):
        return True  # 其余各乡镇均在50%-60%之间: where the other towns' figures lie
    if q.unit in _PERCENT_UNITS:  # 根据5‰人口变动抽样调查推算: the size of a sample survey, naming it
        # (jiaotong95: 增幅在200%以上的有5个, 增幅在200%-300%之间的运输机场有5个, 在100%以内的机场有4个 — a rate's
        # bound or band classing the airports counted after it, no rate of the place, as an amount's is)
        return view.text.startswith(tuple(cues("metrics.sampling_rate_heads")), q.end) \
            or _bounds_counted_class(view.text, q)
    if q.qualifier in cues("metrics.class_bounds") and _CLASS_AFTER.match(view.text, _past_aside(view.text, q.end)):
        return True  # 5000万元以上项目32个, 其中5千万以上的67个: the bound of a class of projects
    if q.low is not None and (m := _CLASS_AFTER.match(view.text, q.end)) \
            and view.text[m.end():m.end() + 1].isdigit():
        return True  # 发展10—50只分散养殖户150户: a size band of the farms counted after it
    if _bounds_counted_class(view.text, q):
        return True  # 常住人口超过20万人的有1个, 在3万人至5万人之间的有3个: the bound of the towns counted
    if _class_aside(view.text, q.start):
        return True  # 6亩以下（不含6亩）的土地: the bound restated
    if _time_limit(view.text, q):
        return True  # 环评报告书14个工作日内完成审批: a procedure's time limit
    if _notice_term(view.text, q):
        return True  # 公告期限：自本公告发布之日起1个工作日: how long the notice stands
    if q.unit in _DURATION_UNITS and (view.text.endswith(_COUNTDOWN_MARKS, 0, q.start)
                                      or _countdown_clause(view.text, q.start)):
        return True  # 距省文明委测评验收的时间仅剩四个月, 距离春节已不足10天: the time left before a date
    if _penal_term(view.text, q):
        return True  # 被告人姜某判处有期徒刑八个月: one defendant's term, no measure
    if q.unit not in MEASURE_UNITS and (_RANKED.match(view.text, q.end) or _RANK_FRAME.match(view.text, q.end)):
        return True
    if q.unit in cues("metrics.people_unit") and view.text.endswith(cues("metrics.party_marks"), 0, q.start):
        return True  # 王某一行5人来我县调研: the size of a visiting party
    if view.text.endswith(cues("metrics.listed_titles_marks"), 0, q.start):
        return True  # 《…办法》等三个文件的通知: the titles just listed, counted
    if _evidence_item(view.text, q):
        return True  # 营业执照复印件1份 … 以上证据证明: the case file's contents
    if view.text.endswith(cues("metrics.copies_marks"), 0, q.start):
        return True  # 申报书、推荐表一式三份: the copies to hand in
    if _pack_size(view.text, q):
        return True  # 精制盐(250克/袋)10吨: the size of each pack, the tonnage after it the figure
    if _in_proposal_title(view.text, q):
        return True  # 关于实施法召、雨柱2个片区…改造项目的建议: what a proposal asks for, no fact
    if _inside_company_name(view, q):
        return True  # 先后来到一万纺织、新三联电子等企业: the company's brand, no figure
    if _place_short_name_at(view, q):
        return True  # 开幕式在四棵树乡…举行。以“大美四棵树”为主题: the township's short name, no four trees
    if q.unit in MEASURE_UNITS and view.text.startswith(tuple(cues("metrics.size_words")), q.end):
        return True  # 30米高的铁塔矗立在基地西侧: the size of the thing described, no figure of the place
    if q.unit in cues("metrics.attending_body_units") and q.counted and (
            _heads_attending(q.counted) or _heads_attending_after(view.text, q)):
        return True  # 4家通信公司相关负责人就各自业内工作进行交流: the bodies whose heads attended
    if _floor_of_room(view.text, q) or _named_people_counted(view, q) or _event_position(view.text, q):
        return True
    if q.unit in cues("metrics.lead_time_units") and view.text.endswith(cues("metrics.lead_time_marks"), 0, q.start):
        return True  # 入场时间延长至提前15分钟: how early one must come, a rule of the day, no figure
    if _per_each_count(view.text, q):
        return True  # 每个脱贫县培育2~3个主导产业: a norm for each unit, no total
    if view.text.endswith(cues("metrics.per_base_marks"), 0, q.start):
        return True  # 每4.5个宁波人中就有一名注册志愿者, 每10万人口拥有: the base a ratio is per
    if q.counted and _MARKS_COUNTED.match(_strip_quotes(view.text[q.end:q.end + 12])):
        return True  # 连续跨越三个“十亿元”台阶: round marks passed, counted — the amount is told apart
    if q.unit in cues("metrics.rank_units")[0] and q.start > 0 and not q.qualifier \
            and view.text[q.start - 1] in cue_chars("metrics.top_chars"):
        return True  # 投资增速前三名, 后三位: a rank, not a count of people
    if _first_n_selected(view.text, q):
        return True  # 其中,前10批已达办结时限的线索: the first ten batches picked out, no count of batches
    if _each_rating(view.text, q):
        return True  # 改造5台400千伏安配变: each transformer's rating, no total
    if _named_era(view.text, q):
        return True  # 极不平凡的五年, 变化最大的五年: the years a review names, no count of anything
    if _award_streak(view.text, q):
        return True  # 连续五次被国务院评为…模范集体: how often a title was won in a row
    if q.unit in _MENTION_COUNT_UNITS and view.text.startswith(_MENTION_VERBS, q.end):
        return True  # 政府工作报告通篇20余次提及珲春: how often a text names something, no figure
    if (_capacity_unit(q.unit) or q.unit == "") and q.unit not in cues("metrics.money_units") \
            and _in_project_name(view, q):
        return True  # 兴县15万吨新能源汽车零部件及铝型材项目, 利华纺织有限公司30万锭环纺建设项目: its size
    if _capacity_unit(q.unit) and q.unit not in cues("metrics.money_units") and q.unit not in _DURATION_UNITS \
            and _JOINED_PROJECT_NAME.match(view.text, q.end):
        return True  # 合盛硅业年产20万吨硅氧烷及下游深加工项目: the noun read stops at 及, the name runs on
    if _capacity_unit(q.unit) and q.unit not in cues("metrics.money_units") and q.unit not in _DURATION_UNITS \
            and (_listed_project_capacity(view.text, q) or _first_product_of_project(view.text, q)):
        return True  # 签约了年产5万吨饲料、年产2000吨茶叶加工等8个项目: a listed project's size; 年产五金模具100套、
        # 塑料制品10万套建设项目: each product's output of a project named by what it makes
    return bool(_capacity_unit(q.unit) and q.counted and q.unit not in cues("metrics.money_units")
                and q.unit not in _DURATION_UNITS
                and _PROJECT_HEAD.search(_strip_quotes(q.counted)))


# after a capacity: products joined by 及/和/与 in one run of words, up to a project's head (硅氧烷及下游深加工项目)
_JOINED_PROJECT_NAME = re.compile(f"[{HAN}A-Za-z]{{1,12}}?[及和与][{HAN}A-Za-z]{{0,12}}?"
                                  f"(?:{cue_alt('metrics.project_heads', False)})")


# after a listed project's capacity: the rest of a 、-list, closed by 等, a count and a project's head
# (…、再生资源利用、大同碳谷产业园等24个项目); no clause mark between (a line break may end each item)
_LISTED_PROJECTS_CLOSE = re.compile(f"[^，,。；;：:！？!?]{{0,120}}?等[0-9０-９{CHINESE_NUMERALS}两]+"
                                    f"[{cue_chars('metrics.project_count_measures')}]"
                                    f"[^，,。；;、：:0-9０-９]{{0,6}}?(?:{cue_alt('metrics.project_heads', False)})")
_CAPACITY_LEADS = tuple(cues("metrics.capacity_leads"))  # 年产


def _listed_project_capacity(text: str, q: Quantity) -> bool:
    """此次集中签约的有汽车全铝制动系统、年产10万吨纳米生物基新材料、…等24个项目 (signing72): a capacity opening
    an item of a list of projects closed by 等N个项目 (right after 、 or 年产) names a project signed, as
    年产10万吨饲料项目 does — no output of the place (was 大同市 纳米生物基新材料 100000吨).  A figure
    with no such lead (新增产能10万吨、…) stays."""
    lead = text[max(0, q.start - 3):q.start]
    if not (lead.endswith(_CAPACITY_LEADS) or lead.endswith(_LIST_MARK)):
        return False
    m = _LISTED_PROJECTS_CLOSE.match(text, q.end)
    before = re.split("[，,。；;：:！？!?]", text[max(0, q.start - 20):q.start])[-1]
    return m is not None and (_LIST_MARK in m.group() or _LIST_MARK in before)  # (the list's last item too)


# before a capacity: 年产 and the product (年产五金模具|100套); after it: the rest of the products, then the
# project's head in the same clause (、塑料制品10万套建设项目)
_PRODUCT_LEAD = re.compile(f"(?:{cue_alt('metrics.capacity_leads', False)})[{HAN}]{{1,10}}$")
_MORE_PRODUCTS_TO_HEAD = re.compile(f"、[^，,。；;：:！？!?]{{1,40}}?(?:{cue_alt('metrics.project_heads', False)})")
# …and the last product's: 年产, the products before it and 、 (年产五金模具100套、塑料制品|10万套), then the head
_LAST_PRODUCT_LEAD = re.compile(f"(?:{cue_alt('metrics.capacity_leads', False)})[^，,。；;：:！？!?]{{1,40}}、[{HAN}]{{1,10}}$")
_HEAD_NEXT = re.compile(f"[{HAN}]{{0,4}}?(?:{cue_alt('metrics.project_heads', False)})")


def _first_product_of_project(text: str, q: Quantity) -> bool:
    """年产五金模具100套、塑料制品10万套建设项目 (a penalty decision, shengtai86): the yearly output of each
    product of a project named by what it makes, the list running on to the project's head in the
    clause — the project's size, no figure of the place (was 发现你公司位于…的年产五金模具 100套)."""
    if _PRODUCT_LEAD.search(text, max(0, q.start - 14), q.start) is not None:
        return _MORE_PRODUCTS_TO_HEAD.match(text, q.end) is not None
    return _LAST_PRODUCT_LEAD.search(text, max(0, q.start - 60), q.start) is not None \
        and _HEAD_NEXT.match(text, q.end) is not None


def _capacity_unit(unit: str) -> bool:
    """A measure (吨, 千瓦) or a measure per time (20万吨/年EVA项目: a plant's yearly output), the units
    a project's capacity is written in; counts (个) and bare amounts are no capacity."""
    return unit in MEASURE_UNITS or unit in _CAPACITY_COUNTS or "/" in unit and unit.split("/", 1)[0] in MEASURE_UNITS


_CAPACITY_COUNTS = frozenset(cues("metrics.capacity_count_units"))  # 锭: a mill's spindles, its size


_TIER_MARK = "级"  # 百亿级: of that order of size (numbers._size_tier drops the amount itself)
# the amount of a tier, read back from its 级: digits, numerals, magnitudes, a range sign, a measure
_TIER_AMOUNT = re.compile(f"[0-9０-９.{CHINESE_NUMERALS}百千万亿至到~－-]*[百千万亿]"
                          f"(?:{cue_alt('numbers.tier_units', False)})?$")


_STAGE_WORDS = frozenset(cues("metrics.listed_stage_words"))
_STAGE_HEADS = tuple(cues("metrics.listed_stage_heads"))


_DUE_ACTUAL = re.compile(rf"实际?[{HAN}]{{1,3}}")


def _actual_of_due(text: str, prev: Quantity | None, prev_ind: str, q: Quantity) -> str | None:
    """县十七届人大常委会应到组成人员24人，实到17人 (renda84; 应出席会议代表186名，实出席177名, 应收税款…，
    实收…): the clause of a figure that is only the actual of the due count before it (实到, 实出席, 实际到会)
    counts the same noun → 实到组成人员, never the bare 人数 or 实出席.  The noun after the due verb
    is needed (应到180名，实到172名 names none: 人数 stays)."""
    if prev is None or prev.unit != q.unit or not 0 < q.start - prev.end <= 8:
        return None
    left = text[prev.end:q.start].strip(" ，,、；;")
    if not _DUE_ACTUAL.fullmatch(left):
        return None
    verb = left[2:] if left.startswith("实际") else left[1:]
    at = prev_ind.find("应" + verb) if verb else -1
    noun = prev_ind[at + 1 + len(verb):] if at >= 0 else ""
    return left + noun if len(noun) >= 2 else None


def _listed_stage(text: str, prev: Quantity | None, prev_ind: str, indicator: str) -> str | None:
    """在建项目17个、预备4个、前期11个: a bare stage word (listed_stage_words: 预备, 前期, 续建 …) counted
    right after a 、 that follows a count of projects (prev_ind ends with a listed_stage_heads
    noun: 项目, 工程) shares that noun, written once — 预备项目; None where it does not apply."""
    if indicator not in _STAGE_WORDS or prev is None or text[prev.end:prev.end + 1] != _LIST_MARK:
        return None
    head = next((h for h in _STAGE_HEADS if prev_ind.endswith(h) and prev_ind != h), None)
    if head is None or not text.startswith(indicator, prev.end + 1):
        return None
    return indicator + head


def _tier_before(text: str, q: Quantity, indicator: str) -> str | None:
    """100亿级项目1个, 1至10亿级项目9个: the amount of the tier right before the indicator's 级 (an amount
    the numbers stage drops as no figure) belongs to the noun counted — 100亿级项目, not 级项目."""
    k = text.rfind(indicator, max(0, q.start - len(indicator) - 2), q.start)
    m = _TIER_AMOUNT.search(text, max(0, k - 12), k) if k > 0 else None
    return m.group(0) if m else None


_PROJECT_NAME_REACH = 60  # how far before a figure a named project holding it may start


def _in_project_name(view: _ArticleView, q: Quantity) -> bool:
    """Does the figure stand inside a named project's mention (a Programme whose name ends in a project
    head): 兴县15万吨新能源汽车零部件及铝型材项目 — the capacity sizes the project, no result, though the
    noun read after it (新能源汽车零部件) stops at 及 before the project's head."""
    for astart, aend, key, etype, _lvl in view.mentions_in(max(0, q.start - _PROJECT_NAME_REACH), q.start + 1):
        if etype == "Programme" and astart <= q.start and q.end <= aend \
                and _PROJECT_HEAD.search(view.text[astart:aend]):
            return True
    return False


# after a bound: 的, at most a short noun of the things bounded, then their count (的有1个, 的乡镇(街道)有4个)
# or their names (的乡镇(街道)为安福街道)
_COUNTED_CLASS = re.compile(f"(?:{cue_alt('metrics.band_closers', False)})?"
                            f"(?:{_DE}[^，,。；;、：:0-9０-９]{{0,10}}?|{cue_alt('metrics.bound_count_adverbs', False)})"
                            f"(?:(?:{cue_alt('numbers.class_count_verbs', False)})[0-9０-９{CHINESE_NUMERALS}两]"
                            f"|(?:{cue_alt('metrics.class_naming_copulas', False)})[^0-9０-９{CHINESE_NUMERALS}])")
_BOUND_WORDS = tuple(cues("metrics.bound_words"))
# 其余各乡镇均在 / 其他县区都在: the rest of a group, all of its members, then (在) the band
_REST_OF_GROUP = re.compile(f"(?:{cue_alt('metrics.rest_of_group_words')})[^，,；;：:。0-9０-９]{{0,8}}?"
                            f"(?:{cue_alt('metrics.rest_all_adverbs')})(?:在|为|是|处于)?$")
_REST_BAND_REACH = 14  # characters from the clause's opening to the bounded figure (其余各乡镇均在)


def _rest_in_band(text: str, s_start: int, q: Quantity) -> bool:
    """其余各乡镇均在50%-60%之间, 其余各乡镇都在9%以下 (a census communiqué on the towns of a county, tongji98):
    a bound or band whose short clause opens with a word for the rest of a group says where those members'
    figures lie — no figure of the place (was an indicator 其余各乡镇 of the county)."""
    if q.qualifier is None and q.low is None:
        return False
    cut = max(rfind_any(text, "，,；;：:。", s_start, q.start) + 1, s_start)
    return q.start - cut <= _REST_BAND_REACH and _REST_OF_GROUP.match(text, cut, q.start) is not None


def _bounds_counted_class(text: str, q: Quantity) -> bool:
    """常住人口超过20万人的有1个, 在3万人至5万人之间的有3个, 少于1万人的有4个, 超过8万人的乡镇(街道)为安福街道
    (the towns of a census communiqué classed by population): a bound (a qualifier, a band, or a
    word of comparison before it) followed by 的 and the count or the names of the things so
    bounded is no level of the place — the count after it is the figure.  就 may stand for the 的
    (年收入超20万元就有200余户, 面积超过万亩就有11个乡镇: metrics.bound_count_adverbs)."""
    bound = q.qualifier is not None or q.low is not None or text.endswith(_BOUND_WORDS, 0, q.start)
    return bound and _COUNTED_CLASS.match(text, q.end) is not None


_STREAK_AWARD_UNITS = frozenset(cues("metrics.streak_award_units"))  # 次, 届
_MENTION_COUNT_UNITS = frozenset(cues("metrics.mention_count_units"))  # 次, 处
_MENTION_VERBS = tuple(cues("metrics.mention_verbs")) or ("\0",)  # 提及, 提到
_STREAK_AWARD_RE = re.compile(f"[^，,。；;：:]{{0,8}}?(?:{cue_alt('metrics.streak_award_words')})")
_STREAK_WORDS = tuple(cues("metrics.streak_words"))  # 连续


def _award_streak(text: str, q: Quantity) -> bool:
    """延边作为曾连续五次被国务院评为“全国民族团结进步模范集体”, 连续三届荣获: times in a row right after
    连续 and a verb of winning a title in its clause after them count the title's wins, no figure of
    the place (was an indicator 作为曾连续 of 5 次)."""
    return q.unit in _STREAK_AWARD_UNITS and text.endswith(_STREAK_WORDS, 0, q.start) \
        and _STREAK_AWARD_RE.match(text, q.end) is not None


_PROPOSAL_OPEN = cues("metrics.proposal_title_open")[0]  # 关于
_PROPOSAL_END = re.compile(cue_alt("metrics.proposal_title_ends"))
_PROPOSAL_REACH = 40  # characters of a proposal's title either side of a figure in it
_PROPOSAL_STOPS = "。；;！？!?\n"
_PROPOSAL_CLOSES = "”’》」』"


def _in_proposal_title(text: str, q: Quantity) -> bool:
    """关于实施法召、雨柱2个片区高稳产农田改造项目的建议(的答复), 您提出的关于新建3所学校的提案: a figure
    between 关于 and the 的建议/的提案/的议案 closing the title of a deputy's proposal, with no
    sentence's end (nor, after the figure, a comma) between, is what the proposal asks for."""
    a = text.rfind(_PROPOSAL_OPEN, max(0, q.start - _PROPOSAL_REACH), q.start)
    if a < 0 or any(ch in _PROPOSAL_STOPS + _PROPOSAL_CLOSES for ch in text[a:q.start]) \
            or _PROPOSAL_END.search(text, a, q.start):
        return False  # (“关于…的建议”等93件提案予以立案: the title closed before the figure)
    m = _PROPOSAL_END.search(text, q.end, q.end + _PROPOSAL_REACH)
    return m is not None and not any(ch in _PROPOSAL_STOPS + "，," for ch in text[q.end:m.start()])


def _category_label(text: str, q: Quantity) -> bool:
    """九类涉恶案件在逃人员, 部分社区三类地块进行整治: a Chinese numeral with 类 right before a noun
    names a class (the cases of the nine kinds, land of class three), it counts no classes — the
    quantity stays (its noun still bounds the clause of the next figure), no figure is told; a count
    of classes framed as the whole its items are parts of (在八类居民消费品价格指数中) and 3类 in digits
    stay figures."""
    if q.unit not in cues("numbers.label_units") or not q.counted or q.end >= len(text) \
            or not is_han(text[q.end]):
        return False
    if any(ch.isdigit() for ch in q.surface):  # 5个|1类新药: digits only right after a count's measure
        k = q.start
        if not text.endswith(cues("numbers.label_after_counts"), 0, k):
            return False
        k -= 1
        if not (k > 0 and (text[k - 1].isdigit() or text[k - 1] in CHINESE_NUMERALS)):
            return False
    tails = cues("metrics.locative_tails")
    return not q.counted.endswith(tails) and not text.startswith(tails, q.end + len(q.counted))


_POSITION_REACH = 4  # 约, 为, 分别为 … between a position's word and its figure


def _event_position(text: str, q: Quantity) -> bool:
    """震源深度6000米, 距墨江县城直线距离约48公里: a figure right after a word that places an earthquake
    (its focus, its distance from a town; metrics.position_words) tells where it struck, as its
    coordinates do, no measure of what it did."""
    k = q.start
    links = cue_chars("metrics.position_links")
    while k > 0 and q.start - k < _POSITION_REACH and text[k - 1] in links:
        k -= 1
    return text.endswith(cues("metrics.position_words"), 0, k) or _distance_to_a_spot(text, q) \
        or _distance_from_epicentre(text, q) or _after_epicentre(text, q) or _joined_position(text, q)


_JOINED_POSITION_REACH = 16  # 震源深度分别为14千米|和|13千米: the word, its links and the first figure


def _joined_position(text: str, q: Quantity) -> bool:
    """震源深度分别为14千米和13千米: a figure joined by 和 or 、 to the one a position's word opened, in the
    same clause, places the second quake as the first does."""
    if q.start < 2 or text[q.start - 1] not in _POSITION_JOINERS or q.unit not in cues("metrics.position_spot_units"):
        return False
    lead = text[max(0, q.start - _JOINED_POSITION_REACH):q.start - 1]
    lead = lead[max(lead.rfind(c) for c in _CLAUSE_CUTS) + 1:]
    return any(w in lead for w in cues("metrics.position_words"))


_POSITION_JOINERS = "和、及"


_EPICENTRE_SENTENCE_REACH = 48  # 震中位于珙县上罗镇,距宜宾市区有67公里,…,距成都市区|277公里
_SENTENCE_CUTS = "\n。；;"


def _after_epicentre(text: str, q: Quantity) -> bool:
    """此次地震震中位于珙县上罗镇,距宜宾市区有67公里,距珙县32公里,筠连县36公里; 震中5公里范围内平均海拔约
    1096米: a distance or height after the epicentre named earlier in the same sentence (at most
    _EPICENTRE_SENTENCE_REACH characters back) places the quake, as its coordinates do."""
    if q.unit not in cues("metrics.position_spot_units"):
        return False
    lead = text[max(0, q.start - _EPICENTRE_SENTENCE_REACH):q.start]
    lead = lead[max(lead.rfind(c) for c in _SENTENCE_CUTS) + 1:]
    return any(w in lead for w in cues("metrics.epicentre_words"))


_EPICENTRE_REACH = 12  # 震中距 … the town measured from, before the distance


def _distance_from_epicentre(text: str, q: Quantity) -> bool:
    """震中距十堰城区718公里, 震中距汉中市131公里: a distance after 震中距 and the town it is measured
    from, in the same clause, places the earthquake as its coordinates do; no measure of the story."""
    if q.unit not in cues("metrics.position_spot_units"):
        return False
    lead = text[max(0, q.start - _EPICENTRE_REACH):q.start]
    lead = lead[max(lead.rfind(c) for c in _CLAUSE_CUTS) + 1:]
    return any(w in lead for w in cues("metrics.position_from_words"))


def _distance_to_a_spot(text: str, q: Quantity) -> bool:
    """该村位于天镇县城南约20公里处, 在距大桥500米处: a distance closed by 处 names the spot it leads
    to (where a village lies, where a thing was found), no length built or measured (修建道路20公里
    处理… keeps its figure: 处 opening a word of its own, metrics.position_spot_not); so does one closed
    by 的 after 位于 (位于凤城市城西19公里的宝山镇: where the town lies)."""
    if q.unit not in cues("metrics.position_spot_units"):
        return False
    if text.startswith(cues("metrics.position_spot"), q.end) and not text.startswith(cues("metrics.position_spot_not"), q.end):
        return True
    return text.startswith(_DE, q.end) and _lies_at_before(text, q.start)  # 位于凤城市城西19公里的宝山镇岔路村


def _lies_at_before(text: str, i: int) -> bool:
    """Does the clause before i say where a place lies (位于凤城市城西|19公里的宝山镇)?  A distance closed by
    的 after it describes the place named next, as 处 closes the spot: no measure."""
    lead = text[max(0, i - _EPICENTRE_REACH):i]
    lead = lead[max(lead.rfind(c) for c in _CLAUSE_CUTS) + 1:]
    k = max(lead.rfind(w) for w in cues("metrics.position_lie_words"))
    return k >= 0 and _DE not in lead[k:] and any(c in lead[k:] for c in _POSITION_FROM_CHARS)
    # (位于城东的道路20公里: the road's length, 的 closed the place; 该村位于海拔1500米的山区: a height, no
    # direction nor 距 to measure a distance from)


_POSITION_FROM_CHARS = cue_chars("metrics.position_from_chars")  # 东, 南, 西, 北, 距, 离


_LATIN_LETTER = re.compile("[A-Za-zＡ-Ｚａ-ｚ]")  # the letter a building is named by (B楼, A座)
_PEOPLE_UNITS = frozenset(cues("metrics.people_unit") + cues("metrics.fallback_people_units"))
_TRAILING_SCOPE = re.compile("(?:" + "|".join(sorted(map(re.escape, (w for w, k in _SCOPES.items() if k == "local")),
                                                    key=len, reverse=True)) + ")$")


def _taking_part_after(text: str, q: Quantity, name: str) -> str | None:
    """今年高考全省共有19.5万人报名, 我市高考共有49000余人报名: a count of people closed by a verb of
    taking part alone (报名, 参加) counts those who took part in what the clause before names: that
    name, its scope word dropped, with the verb and 人数 (高考报名人数) — not the bare topic (高考,
    高考全省).  Only when the verb ends the clause: 3000人参加培训 is read after the figure."""
    if q.unit not in _PEOPLE_UNITS:
        return None
    verb = next((v for v in cues("metrics.people_verbs") if text.startswith(v, q.end)), None)
    if verb is None or text[q.end + len(verb):q.end + len(verb) + 1] not in tuple(_CLAUSE_PUNCT + _SENT_END) \
            or verb in name:
        return None
    topic = _TRAILING_SCOPE.sub("", name)
    return topic + verb + cues("metrics.people_count")[0] if len(topic) >= 2 else None


_LISTED_GROUP_GAP = 2  # characters between the last listed group and its count (共, 共计, 约)
_TAKING_PART_REACH = 12  # characters after the count read for what the people took part in
_LISTED_GROUPS_REACH = 60  # characters back the list of groups is read for a figure of its own


def _listed_people_taking_part(text: str, q: Quantity, name: str) -> str | None:
    """区商务局、农业局分管领导、西林中队正、副负责人共60余人参加了会议: a count of people right after the
    last item of a 、-list of groups, a verb of taking part right after it, counts every group listed —
    what they took part in and 人数 (参加了会议人数, as 等共60余人参加了会议 reads), not the last group alone
    (副负责人) nor the first body listed.  So do groups joined by 及 (metrics.people_group_joiners) with
    no 、 (秘书长罗强及委员共26人出席会议: 出席会议人数, not the noun 秘书长罗强及委员).  One group alone
    before the count (镇村两级干部60余人参加会议) stays its noun."""
    if q.unit not in _PEOPLE_UNITS or not text.startswith(tuple(cues("metrics.people_verbs")), q.end):
        return None
    k = text.rfind(name, max(0, q.start - len(name) - _LISTED_GROUP_GAP), q.start)
    joined = any(j in name[1:-1] for j in cues("metrics.people_group_joiners"))
    if k < 0 or not (joined or (k > 0 and text[k - 1] == "、")):
        return None  # (秘书长罗强及委员共26人出席会议: groups joined by 及 are a list too, renda103)
    lo = max(0, k - _LISTED_GROUPS_REACH)
    opened = rfind_any(text, "，,。；;：:\n", lo, k)
    if any(c.isdigit() for c in text[max(lo, opened + 1):k]):
        return None  # 新增就业1200人、农民工300人参加培训: a list of figures, each its own noun's
    end = q.end
    while end < min(len(text), q.end + _TAKING_PART_REACH) and text[end] not in _CLAUSE_PUNCT + _SENT_END:
        end += 1
    if end >= min(len(text), q.end + _TAKING_PART_REACH) and end < len(text):
        return None  # (a long clause after the verb: no short name of what was attended)
    return text[q.end:end] + cues("metrics.people_count")[0]


_ROOM_REACH = 6  # characters after a floor searched for the room on it (三层中会议厅, 5层第一会议室)


def _floor_of_room(text: str, q: Quantity) -> bool:
    """东楼三层中会议厅, 综合楼5层第一会议室: a floor followed, within its own words, by a room is
    where something was held, not a count of floors (办公楼共五层 stays a figure); so is a floor
    right after a numbered building (1号楼1层楼梯间着火: an address)."""
    if q.unit not in cues("metrics.floor_units"):
        return False
    if text.endswith(cues("metrics.floor_buildings"), 0, q.start):
        return True  # 1号楼1层楼梯间着火: the floor of a numbered building, an address
    if q.start >= 2 and text[q.start - 1] in cues("metrics.floor_lettered") and _LATIN_LETTER.match(text, q.start - 2):
        return True  # 吴中商务中心B楼11层, 大厦A座5层: the floor of a lettered building, an address
    tail = text[q.end:q.end + _ROOM_REACH + 3]
    cut = next((i for i, ch in enumerate(tail) if not is_han(ch)), len(tail))
    return any(0 <= tail.find(r, 0, cut) <= _ROOM_REACH for r in cues("metrics.floor_rooms"))


_NAME_ITEM = re.compile(f"、[{HAN}]{{2,3}}")  # one more listed name the person rules left unread
_NAMES_REACH = 8  # characters before a count searched for the end of a named person


_HIDDEN_NAME_END = re.compile(f"[{HAN}]某{{1,2}}$")  # 廖某某, 张某: a name a report hides


def _hidden_names_counted(text: str, q: Quantity) -> bool:
    """打掉廖某某等27人把持基层政权等一批黑恶势力犯罪, 审结李某某等22人参加黑社会性质组织犯罪案件: a count of
    people right after a hidden name and 等 is the size of one case's gang (the hidden names are no
    persons of the graph), no figure of the court's or procuratorate's work."""
    gap = text[max(0, q.start - 8):q.start]
    for join in cues("metrics.named_people_joins"):
        gap = gap.removesuffix(join)
    return _HIDDEN_NAME_END.search(gap) is not None


def _named_people_counted(view: _ArticleView, q: Quantity) -> bool:
    """援青干部高志国、吴建海、白雪亮、王巍、张为骅五人克服高原反应: a count of people right after
    named people (a 、-list ending in at most one more name, or 等) only sums up the names — no
    figure (its indicator would be what they did: 克服高原反应); so are 陈月洪、朱春龙两位同志."""
    if q.unit not in cues("metrics.named_people_units") or q.qualifier:
        return False
    ends = [b for _a, b, _k, t, _l in view.mentions_in(max(0, q.start - _NAMES_REACH - 4), q.start)
            if t == "Person" and b <= q.start]
    if not ends:
        return _hidden_names_counted(view.text, q)
    gap = view.text[max(ends):q.start]
    for join in cues("metrics.named_people_joins"):
        if gap.endswith(join) and _honour_after_count(view.text, q):
            return False  # 授予马迎民等749名同志“…先进工作者”称号: the honour's roll, counted beyond the one named
        gap = gap.removesuffix(join)
    return gap == "" or _NAME_ITEM.fullmatch(gap) is not None


_HONOUR_COUNT_REACH = 40  # characters after a count searched for the honour's 称号 (its own clause)
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n]")


def _honour_after_count(text: str, q: Quantity) -> bool:
    """授予马迎民等749名同志“全国卫生健康系统先进工作者”称号, 授予郭天彬等71人先进工作者荣誉称号 (biaozhang102
    03-quanguo-weijian): a count after one named person and 等 whose clause closes with the honour's title
    (metrics.honour_title_ends) counts the honour's roll, the named person only its first — a figure."""
    stop = q.end + _HONOUR_COUNT_REACH
    m = _CLAUSE_STOP.search(text, q.end, stop)
    clause = text[q.end:m.start() if m else min(stop, len(text))]
    return any(clause.endswith(w) for w in cues("metrics.honour_title_ends"))


_ERA_END = re.compile(r"[，,。；;！？!?”\n]|$")
# 的 right before, or 的 and an ordinal (进军的第一个五年: the first five years of a new course)
_ERA_BEFORE = re.compile(f"{_DE}(?:[{cue_chars('numbers.ordinal_chars')}][{cue_chars('periods.numeral_chars')}]{{1,2}}个)?$")


def _named_era(text: str, q: Quantity) -> bool:
    """“十三五”时期是我旗发展进程中极不平凡的五年, 这五年是西藏发展最好变化最大的五年, 进军的第一个
    五年: years written in words right after 的 (and an ordinal) and closing their clause are a time the sentence characterises (a period,
    which the periods find), not a figure — the count a plan or review would give is in digits or
    has its own verb (用五年时间, 连续五年)."""
    return q.unit == _YEAR_UNIT and _ERA_BEFORE.search(text, max(0, q.start - 6), q.start) is not None \
        and not q.qualifier and not any(ch.isdigit() for ch in text[q.start:q.end]) \
        and _ERA_END.match(text, q.end) is not None


_PER_EACH_REACH = 16  # characters before a count searched for 每个 (its own clause only)


def _per_each_count(text: str, q: Quantity) -> bool:
    """每个脱贫县培育2~3个主导产业, 每个乡镇配备1名专干: a count of things or people after 每个 (每家,
    每所) in its own clause is what each unit has or must have — a norm, not a figure of the
    place (money and measures are left alone: 每个村集体经济收入达到10万元 is a level reached)."""
    if q.unit in _PERCENT_UNITS or q.unit in MEASURE_UNITS or q.unit in cues("metrics.money_units"):
        return False
    lo = max(0, q.start - _PER_EACH_REACH)
    if not any(text.find(ch, lo, q.start) >= 0 for ch in _PER_EACH_FIRSTS):
        return False  # (no mark's first character near: most figures, turned away by one find)
    cut = rfind_any(text, "，,。；;：:！？!?\n", lo, q.start)
    k = rfind_words(text, cues("metrics.per_each_marks"), max(lo, cut + 1), q.start)
    # (平均每个家庭户的人口为2.90人, a census's household size: an average measured, no norm, stats43)
    return k >= 0 and not text.endswith(tuple(cues("metrics.average_before_each")), max(0, k - 2), k)


_PER_EACH_FIRSTS = "".join(dict.fromkeys(w[0] for w in cues("metrics.per_each_marks")))  # 每


# a bracket holding a scope word and its figure, or a figure right after a scope word:
# 增长7.5%（全市11.1%）, （全省平均为5.2%）, 高于全国(5.4%)
_YARDSTICK_OPEN = re.compile(f"(?:[（(](?:{_SCOPE_RE.pattern})(?:{cue_alt('metrics.yardstick_level', False)})*"
                             f"|(?:{_SCOPE_RE.pattern})(?:{cue_alt('metrics.yardstick_level', False)})*[（(])$")


# the bracketed figure itself, inside the words before another figure (高于全国(5.4%)、全省(5.2%)0.1…)
_YARDSTICK_ASIDE = re.compile(f"(?:{_SCOPE_RE.pattern})(?:{cue_alt('metrics.yardstick_level', False)})*"
                              f"(?P<after>[（(][0-9０-９.．]+(?:[%％]|[万亿]?元)[）)])"
                              f"|(?P<inside>[（(](?:{_SCOPE_RE.pattern})(?:{cue_alt('metrics.yardstick_level', False)})*"
                              f"[0-9０-９.．]+[%％][）)])")
_YARDSTICK_ASIDE = guarded(_YARDSTICK_ASIDE)  # (most positions turned away at one character)


def _yardstick_asides(s: str) -> list[tuple[int, int]]:
    """Spans of the bracketed yardstick values in s (the brackets only, not the scope word before),
    and of an index's base in brackets (价格总指数（上年同月=100）为102.1: the base, no figure)."""
    spans = [m.span("after") if m.group("after") else m.span("inside") for m in _YARDSTICK_ASIDE.finditer(s)]
    if "100" in s:
        spans = sorted(spans + [m.span() for m in _INDEX_BASE_ASIDE.finditer(s)])
    if "岁" in s:
        spans = sorted(spans + [m.span() for m in _AGED_ASIDE.finditer(s)])
    return spans


# 文盲人口（15岁及以上不识字的人）为64876人: a bracketed note defining the term before it by an age
# band, no figure of the clause and no word of the name
_AGED_ASIDE = re.compile(f"[（(]{AGE_BAND_LABEL}[^（）()0-9０-９，,。；;]{{0,12}}[）)]")


# （上年同月=100）, (以上年同期价格为100): the base an index is stated against, in brackets after it
_INDEX_BASE_ASIDE = re.compile(r"[（(][^（()）\n0-9]{0,12}100[）)]")


def _without_yardstick_asides(s: str) -> str:
    """高于全国(5.4%)、全省(5.2%) → 高于全国、全省: the words a figure's name is made of."""
    for a, b in reversed(_yardstick_asides(s)):
        s = s[:a] + s[b:]
    return s


_BASE_LIST = re.compile(f"(?P<noun>{cue_alt('metrics.rank_word', False)})?(?P<rate>{cue_alt('metrics.change_nouns')})?"
                        f"(?:{cue_alt('metrics.respectively', False)})?"
                        f"(?:{cue_alt('metrics.comparison_marks', False)})"
                        f"(?P<items>(?:[^，,；;。、{_JOINS}]{{2,8}}[{_JOINS}]){{1,5}}[^，,；;。、{_JOINS}]{{2,8}})$")
_BASE_LIST = guarded(_BASE_LIST)  # (most positions turned away at one character)
# 分别比一季度、上半年、三季度提升…: the same list of times after 分别, up to the change verb
_BASE_AFTER = re.compile(f"(?P<noun>(?!))?(?P<rate>(?!))?(?:{cue_alt('metrics.comparison_marks', False)})"
                         f"(?P<items>(?:[^，,；;。、{_JOINS}]{{2,8}}?[{_JOINS}]){{1,5}}[^，,；;。、{_JOINS}]{{2,8}}?)"
                         f"(?=(?:{cue_alt('metrics.change_verbs')}))")


_RANK_MOVE = re.compile(cue_alt("metrics.rank_moves", False))
_RANK_MOVE_END = re.compile(f"(?:{cue_alt('metrics.rank_moves', False)})$")


def _respective_base(text: str, s_start: int, q: Quantity, prev: Quantity | None,
                     prev_ind: tuple | None) -> str | None:
    """全市规上工业增加值同比增长6.6%，较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点:
    a list of times compared with (每 item a period) before 分别 pairs the k-th time with the k-th
    figure, all measuring the growth before the list → 规上工业增加值同比增长较上半年提高."""
    if prev is None or not prev_ind:
        return None
    k = _rfind_respective(text, s_start, q.start)
    if k < 0:
        return None
    cut = rfind_any(text, "，,；;", s_start, k)
    m = _BASE_LIST.match(text, cut + 1, k)  # (the list opens the clause: tried there only)
    after = _BASE_AFTER.match(text, k + 2) if m is None else None
    if after is not None:  # 分别比一季度、上半年、三季度提升a、b和c个百分点: the list after 分别
        m, k = after, after.end() - 2
    if m is None:
        return None
    items = _JOINS_RE.split(m.group("items"))
    if any(not (p := find_periods(w)) or p[0][0] != 0 or p[-1][1] != len(w) for w in items):
        return None  # (only times: 较一季度、上半年; a list of places or products is another rule's)
    verb = _CHANGE_RUN.match(text, k + 2) or (m.group("noun") and _RANK_MOVE.match(text, k + 2))
    figures = _run_figures(text, k + 2 if after is not None else k)  # (never inside the last time)
    if verb is None or len(figures) != len(items) or q.number_start not in figures:
        return None
    n = figures.index(q.number_start)
    mark = text[m.start("items") - 1:m.start("items")]
    if n == 0 and m.group("noun"):
        # 增速居全省第7位，位次分别较一季度…分别前移7位: the place of the growth ranked before
        rate = prev_ind[0]
        times = list(re.finditer(f"[{re.escape(''.join(cues('metrics.comparison_marks')))}]", rate))
        for t in reversed(times):  # (the figure before compared its growth with a time: drop that)
            if _CHANGE_END.search(rate) and find_periods(rate[t.end():]) and _level_of(rate[:t.start()]) != rate[:t.start()]:
                rate = rate[:t.start()]
                break
        level = _level_of(rate)
        if len(level) < 2 or level == rate:
            return None
        before = text[s_start:cut + 1]
        noun = next((w for w in _RATE_NOUNS if w in before), "") + m.group("noun")
        return level + noun + mark + items[0] + verb.group(0)
    if n == 0 and m.group("rate"):
        # 增速回落12.6个百分点，增幅比今年1-3月、1-4月分别回落a、b: the growth rate of the level the
        # figures before measured, compared with each time (never 增速回落回落)
        level = _level_of(prev_ind[0])
        level = next((level[:-len(w)] for w in _RATE_NOUNS if level.endswith(w)), level)
        if len(level) < 2 or level == prev_ind[0] and prev.unit not in _PERCENT_UNITS:
            return None
        base = level + m.group("rate")
    elif n == 0:
        if prev.unit not in _PERCENT_UNITS:
            return None
        base = prev_ind[0]
    else:
        tail = mark + items[n - 1] + verb.group(0)
        if not prev_ind[0].endswith(tail):
            return None
        base = prev_ind[0][:-len(tail)]
    return base + mark + items[n] + verb.group(0) if len(base) >= 2 else None


_SCOPED_SUBJECT_RULES = ("metrics.subject-clause-place", "metrics.subject-local-scope")


_ASIDE_OPEN, _ASIDE_CLOSE = "（(", "）)"
_FULL_STOPS = frozenset("。！？!?\n")  # (a ； inside an aside is no stop)
_EXPLAINED_ASIDE_REACH = 120  # characters an aside of figures runs at most (进出口总值743亿元（出口…；进口…）)


def _explained_figure(text: str, a: int, b: int, explained: dict):
    """进出口总值743亿元（出口386亿元，增长103.5%；进口356.9亿元，增长3.5倍），增长1.8倍: where a bracket
    closes between the last figure (ending at a) and this one (at b), with none opening after it,
    and it opened right after a figure (its state in `explained`, by the figure's end), this figure
    follows that one: its change or share is the explained figure's, not the aside's last (was 进口
    增长1.8倍).  Reads the gap and the bracket's reach only: no scan of the text."""
    if a < 0:
        return None
    gap = text[a:b]
    close = max(gap.rfind(c) for c in _ASIDE_CLOSE)
    if close < 0 or max(gap.rfind(c) for c in _ASIDE_OPEN) >= 0:
        return None  # (no bracket closes here, or the gap holds a whole one: 100亿元（含税），利润…)
    lo = max(0, a - _EXPLAINED_ASIDE_REACH)
    opened = rfind_any(text, _ASIDE_OPEN, lo, a)
    if opened < 0 or rfind_any(text, _ASIDE_CLOSE, opened, a) >= 0 \
            or any(ch in _FULL_STOPS for ch in text[opened:b]):
        return None  # (…同比增长23.4%）。服务业…占比为40.68%: the aside closed a sentence, no figure follows it)
    return explained.get(opened)


def _changes_previous_subject(irule: str, srule: str, prev_metric: Metric | None) -> bool:
    """本报南昌讯 8月份，全省居民消费价格同比上涨0.5%，环比上涨0.2%: a change of the previous figure's
    level (change-of-previous, in the same sentence) is the same place's; when that figure's
    subject was its own clause's scope (全省 → the province) and this one's clause names none, the
    fallback to a place named earlier in the sentence or the article (南昌, the dateline) is wrong.
    So for the base of that level at the compared time (较上年9.87/10万, base-of-previous) and for
    a body reporting at the sentence's head (省卫健委统计，…我省…): neither is the figure's subject.  So
    for the share of that level done (…完成投资58.38亿元，已完成年度投资计划的58.05%, share-of-previous)."""
    return irule in _OF_PREVIOUS_RULES and srule in _WEAK_PREVIOUS_SUBJECTS \
        and prev_metric is not None and prev_metric.subject is not None \
        and (any(r in prev_metric.rules for r in _SCOPED_SUBJECT_RULES) or _INHERITED_BASE <= prev_metric.rules)


# 省卫健委统计，2018年我省孕产妇死亡率为9.80/10万，较上年9.87/10万下降了0.71%: the base of the
# figure before (上年9.87/10万) and its change are that figure's, the reporting body no subject of them
# (jiaotong95: …截至7月，广州市在建高速公路建设完成投资58.38亿元，已完成年度投资计划的58.05% after 市交通运输局
# opened the sentence: the share of the level's plan is the city's as the level is, not the bureau's)
_OF_PREVIOUS_RULES = ("change-of-previous", "base-of-previous", "share-of-previous")
_WEAK_PREVIOUS_SUBJECTS = ("sentence-place", "sentence-agency", *_ARTICLE_FALLBACK)
_INHERITED_BASE = frozenset({"metrics.base-of-previous", "metrics.subject-previous"})


def _rank_change(text: str, s_start: int, i: int, indicator: str) -> str:
    """一季度地区生产总值增长8.5%，…，增速居全省第2位，比去年同期提升3位: a change in 位 after a
    rank (第2位) in its sentence moves that place, not the level → 地区生产总值增速位次比去年同期提升
    (the rate ranked is named when 增速 or 增幅 stands before the rank)."""
    word = cues("metrics.rank_word")[0]
    level = _level_of(indicator)
    if not _CHANGE_END.search(indicator) and _RANK_MOVE_END.search(indicator):
        # 居全省第11位，比一季度前移3位: 前移 moves only a place, what is compared ends at 比
        k = _last_comparison_mark(indicator, cues("metrics.comparison_marks"))
        level = indicator[:k] if k >= 2 else indicator
    moved = _CHANGE_END.search(indicator) or _RANK_MOVE_END.search(indicator)
    bare = len(level) < 2 or _RANK_MOVE.fullmatch(indicator) is not None or indicator.startswith(cues("metrics.change_basis") + cues("metrics.comparison_marks"))
    if word not in indicator and bare and moved:
        return _ranked_item(text, s_start, i, indicator)
    if word in indicator or len(level) < 2 or level == indicator or not moved:
        return indicator
    ranks = list(_RANK_IN.finditer(text, s_start, i))
    if not ranks:
        return indicator
    before = text[s_start:ranks[-1].start()]
    rate = next((w for w in _RATE_NOUNS if w in before and not level.endswith(w)), "")
    return level + rate + word + indicator[len(level):]


_RANK_VERB = re.compile(cue_alt("metrics.rank_verbs"))
_RANK_FRAME_END = re.compile(cue_alt("metrics.rank_frame_ends"))
_RANK_NOUN_END = re.compile(f"(?:{cue_alt('metrics.rank_nouns')})$")
_RANK_ITEM_MAX = 16  # characters: an item named before its rank (数字经济发展指数) is short


def _ranks_after(text: str, j: int) -> bool:
    """居全国第15位, 排名第3: a rank verb is followed by the rank (第) or the whole ranked in (全国,
    全省); 居 of 居民, 列 of 系列, 排 of 排放 are no rank verb (城乡居民收入居全国第5位)."""
    scope = _SCOPE_RE.match(text, j)
    k = scope.end() if scope and _SCOPES[scope.group(0)] != "compare" else j
    return text.startswith(cues("metrics.rank_marks")[0], k)


def _ranked_item(text: str, s_start: int, i: int, indicator: str) -> str:
    """地区生产总值居全国第15位，较上年前移2位 / 在全国综合排名中，我省前进1位: a rank move with no
    item of its own (较上年前移, 前进) moves the place of the item ranked before it in the sentence
    → 地区生产总值位次较上年前移, 综合排名前进; the verb alone names nothing, so it is kept as it
    is when no item is found (the look-back stops at the sentence start and at the last rank)."""
    ranks = list(_RANK_IN.finditer(text, s_start, i))
    if ranks:
        r = ranks[-1].start()
        c = max(s_start - 1, rfind_any(text, _CLAUSE_PUNCT + "；;", s_start, r)) + 1
        verb = next((v for v in _RANK_VERB.finditer(text, c + 2, r) if _ranks_after(text, v.end())), None)
        item = text[c:verb.start()] if verb else ""
    else:
        frames = list(_RANK_FRAME_END.finditer(text, s_start, i))
        if not frames:
            return indicator
        f = frames[-1]
        c = text.rfind(cues("metrics.rank_frame_opens")[0], s_start, f.start())
        item = text[c + 1:f.end() - 1] if c >= 0 else ""
    scope = _SCOPE_RE.match(item)
    if scope and _SCOPES[scope.group(0)] != "compare":
        item = item[scope.end():]  # 全省地区生产总值 / 全国综合排名: the scope is not the item
    if not (2 <= len(item) <= _RANK_ITEM_MAX) or not all(is_han(ch) for ch in item):
        return indicator
    noun = "" if _RANK_NOUN_END.search(item) else cues("metrics.rank_word")[0]
    return item + noun + indicator


_ITEM_CHANGE = re.compile(f"^(.{{2,16}}?)((?:{cue_alt('metrics.change_basis', False)})?"
                          f"(?:{cue_alt('metrics.change_qualifiers')})?(?:{cue_alt('metrics.change_verbs', False)}))$")


def _shared_measure(indicator: str, before: str) -> str:
    """分三大门类看，采矿业增加值同比下降0.2%，制造业增长7.4%; 国有控股企业增加值同比增长7.7%，集体企业
    下降6.4%: items of one breakdown, the first naming the measure (增加值), the next ones only their
    own name and change — the measure is theirs too (制造业增加值增长).  Only an item ending like the
    one before it (…业 / …业, …企业 / …企业) takes it, and only a measure of metrics.shared_measures."""
    cur, prev = _ITEM_CHANGE.match(indicator), _ITEM_CHANGE.match(before)
    if cur is None or prev is None:
        return indicator
    item, verb = cur.groups()
    if item.endswith(cues("metrics.shared_measures")):
        return indicator
    head = prev.group(1)
    for measure in cues("metrics.shared_measures"):
        k = head.rfind(measure)
        if k >= 2 and k + len(measure) == len(head) and head[k - 1] == item[-1]:
            return item + measure + verb
    return indicator


def _shared_level_measure(indicator: str, before: str) -> str:
    """其中，牛肉产量2.10万吨，同比增长18.8%；猪肉0.57万吨: the next item of a breakdown named bare with its
    amount, in the unit of the item before it that named a measure of output (metrics.shared_level_measures),
    has that measure too (猪肉产量) — only a short item of the same kind (ending as the one before: 牛肉 / 猪肉),
    with no measure of its own."""
    if not 2 <= len(indicator) <= 4 or not all(map(is_han, indicator)):
        return indicator
    for measure in cues("metrics.shared_level_measures"):
        if indicator.endswith(measure):
            return indicator
        k = len(before) - len(measure)
        if k >= 2 and before.endswith(measure) and before[k - 1] == indicator[-1] and before[:k] != indicator:
            return indicator + measure
    return indicator


# 投资 → 投资, 生产总值 → 增加值: a word of the sentence before a breakdown → the measure its sectors take
_BREAKDOWN_MEASURES = {r["word"]: r["not_before"] for r in load_table("metric_cues")
                       if r["list"] == "metrics.sector_breakdown_measures"}
_BARE_SECTOR = re.compile(f"(第[一二三](?:{cue_alt('metrics.sector_nouns')}))"
                          f"(?!.*(?:{'|'.join(map(re.escape, set(_BREAKDOWN_MEASURES.values())))}))(.*)")
_SECTOR_BREAKDOWN_OPENERS = tuple(cues("metrics.sector_breakdown_openers"))  # 分产业看, 从产业看


def _sector_breakdown_measure(view: _ArticleView, q: Quantity, indicator: str) -> str | None:
    """全县固定资产投资增长9.7%。分产业看，第一产业增长129.2%；第二产业增长33.5% (econ73): a bare sector
    changing in a sentence that opens a breakdown by sector (分产业看) measures what the sentence
    before it measured — investment (第一产业投资增长), or value added after an output (地区生产总值…。
    分产业看，第一产业增长3.2%: 第一产业增加值增长).  The measure is read from the words before the first
    figure of the sentence before (metrics.sector_breakdown_measures: the word found → its measure)."""
    m = _BARE_SECTOR.fullmatch(indicator)
    if m is None or (not m.group(2) and q.unit not in _MONEY_UNITS):
        return None  # (按产业划分，第一产业完成29.23亿元: a bare sector's amount is its value added; no other unit)
    s_start = view.sentence(q.start)[0]
    for _ in range(3):  # (第一产业增长a；第二产业增长b: a semicolon may close the opener's sentence)
        if view.text.startswith(_SECTOR_BREAKDOWN_OPENERS, s_start) or s_start < 1 \
                or view.text[s_start - 1] not in "；;":
            break
        s_start = view.sentence(s_start - 1)[0]
    if not view.text.startswith(_SECTOR_BREAKDOWN_OPENERS, s_start):
        return None
    p_start = view.sentence(s_start - 1)[0] if s_start > 0 else s_start
    before = view.text[p_start:s_start]
    digit = next((i for i, ch in enumerate(before) if ch.isdigit()), len(before))
    for word, measure in _BREAKDOWN_MEASURES.items():
        if word in before[:digit]:
            return m.group(1) + measure + m.group(2)
    return None


# a clause that is a sector (…业) and a short comment on it, no figure (金融业活力凸显, 工业运行平稳向好)
_SECTOR_TOPIC = re.compile(f"(?:其中)?([{HAN}、]{{0,14}}业)([{HAN}]{{2,8}})")
# 其次是信息通信技术服务业: the next sector of a ranking, named alone (metrics.rank_lead_words)
_RANKED_SECTOR = re.compile(f"(?:{cue_alt('metrics.rank_lead_words')})([{HAN}]{{1,14}}业)")
_SECTOR_LEAD = re.compile(f"[{HAN}—\\-0-9]{{0,6}}")  # 前三季度, 1-9月: a time before the measure


def _sector_topic(text: str, sent_start: int, istart: int) -> str | None:
    """其中，金融业活力凸显，前三季度增加值实现200.8亿元: a bare 增加值 whose clause opens with at
    most a time, right after a clause that only names a sector (…业) and says how it fares, is that
    sector's (金融业增加值) — the sector is the clause's topic.  Look-back bounded by two clauses."""
    lo = max(sent_start, istart - 40)
    cut = max(text.rfind("，", lo, istart), text.rfind(",", lo, istart))
    if cut < 0 or not _SECTOR_LEAD.fullmatch(text, cut + 1, istart):
        return None
    start = max(text.rfind("，", lo, cut), text.rfind(",", lo, cut), text.rfind("：", lo, cut), sent_start - 1)
    m = _SECTOR_TOPIC.fullmatch(text, start + 1, cut)
    if m is None or "业" in m.group(2):
        m = _RANKED_SECTOR.fullmatch(text, start + 1, cut)
    if m is None or m.group(1).endswith(cues("metrics.not_sector_words")):
        return None
    return m.group(1)


def _bare_value_added_owner(indicator: str, level: str | None, before: str | None) -> str | None:
    """全年完成工业总产值74.70亿元，增长16.0%；增加值按可比价计算增长13.4%, 规模以上工业增加值同比增长3.4%，
    …，其中10月份增加值同比增长7.3%: a change (or level) of a bare 增加值 opening its clause is the value
    added of the sector just measured — the one whose output (工业总产值) is the sentence's level, read
    over a semicolon, else the one whose 增加值 the figure before it in the sentence named (规模以上工业)."""
    measure = cues("metrics.value_added_measures")[0]
    if not indicator.startswith(measure):
        return None
    rest = indicator[len(measure):]
    if level and (owned := _elliptic_measure(measure, level)) != measure:
        return owned + rest
    k = before.find(measure) if before else -1
    if k >= 2 and all(map(is_han, before[:k])) and not _CHANGE_END.search(before[:k]):
        return before[:k] + indicator
    return None


def _elliptic_measure(indicator: str, level: str, level_unit: str | None = None) -> str:
    """蔬菜播种面积3930亩，同比增长2.7%，产量5346吨: a bare measure (产量, 产值) after an area of a
    crop in the same sentence is that crop's → 蔬菜产量 (the crop is said once, with the area); so
    after a crop named bare with its area (果用瓜1107公顷，…，产量28408吨 → 果用瓜产量).  A bare
    增加值 after a sector's output (农林牧渔业总产值69.93亿元，…，增加值37.90亿元) is that sector's."""
    if indicator in cues("metrics.facility_measures"):
        return _facilities_measure(indicator, level, level_unit)
    if indicator in cues("metrics.value_added_measures"):
        heads = cues("metrics.output_heads")
    elif indicator in cues("metrics.elliptic_measures"):
        heads = cues("metrics.area_heads")
        if level_unit in cues("metrics.crop_area_units") and 2 <= len(level) <= 5 and all(map(is_han, level)) \
                and not any(level.endswith(h[-2:]) for h in heads) and not _CHANGE_END.search(level):
            return level + indicator
        if not any(level.endswith(h) for h in heads) and _crop_area(level, level_unit):
            return level[:-2] + indicator  # 其中苹果面积为22.1万亩，产量56.1万吨: 苹果产量
    else:
        return indicator
    head = next((h for h in sorted(heads, key=len, reverse=True) if level.endswith(h)), None)
    if head is None or len(level) - len(head) < 1 or _manner_stem(level[:-len(head)]):
        return indicator
    return level[:-len(head)] + indicator


def _planted_area(text: str, q: Quantity, name: str) -> str:
    """鹿寨县种植1万多亩“鹿寨蜜橙”, 全县栽种2000亩茶苗: after a verb of planting, an area (亩, 公顷) and the
    crop written after it measure the crop's area planted (鹿寨蜜橙种植面积), not the crop itself."""
    if q.unit not in cues("metrics.crop_area_units") or len(name) < 2 or name.endswith("面积") \
            or not text.endswith(cues("metrics.planting_verbs"), 0, q.start):
        return name
    return name + cues("metrics.planted_area_suffix")[0]


def _manner_stem(stem: str) -> bool:
    """规模化(种植面积), 标准化(种植面积): a word saying how a crop is grown, no crop; a bare 产值 after
    it is the place's, not 规模化产值."""
    return stem.endswith(tuple(cues("metrics.manner_stem_ends")))


def _crop_area(level: str, level_unit: str | None) -> bool:
    """苹果面积, 葡萄面积 in 亩 or 公顷: a crop's area written with bare 面积, so the crop is the
    bare measure's after it.  The crop is a common noun of jieba's of one to three characters (苹果,
    梨, 红枣; jieba tags 桃 ns and 玉米 nr); a site's area (园区占地面积, 耕地面积 of a place), a scope
    (全市面积) and 其他 are no crop."""
    stem = level[:-2]
    return level.endswith("面积") and level_unit in cues("metrics.crop_area_units") and 1 <= len(stem) <= 3 \
        and all(map(is_han, stem)) and word_tags().get(stem, "").startswith("n") and stem[0] not in "全本该各" \
        and stem not in cues("metrics.not_crop_area_stems")


def _one_count_in_group(text: str, levels: list, q: Quantity) -> bool:
    """Is at most one level of the sentence before q, since its last semicolon, a count of facilities (个,
    家, 所)?  After two (全市共有养老机构35家，其中公办10家，床位4200张; 卫生院12所，村卫生室300个，床位1500张)
    a bare 床位 may be all of them: no one facility kind's.  True for any other run of levels."""
    group = rfind_any(text, "；;", 0, q.start)
    counts = [lq for lq, *_rest in levels if lq.start > group and lq.unit in cues("metrics.facility_count_units")]
    return len(counts) <= 1


def _facility_count_level(text: str, levels: list, q: Quantity) -> tuple[str, str] | None:
    """乡镇卫生院33753个，床位150.5万张，卫生人员160.5万人: the count of facilities a bare measure of them
    belongs to is the sentence's last count (个, 家, 所) since its last semicolon, though another measure
    of the same facilities (床位) stands between — its indicator and unit; None when there is none (the
    last level is then read as before)."""
    group = rfind_any(text, "；;", 0, q.start)
    for lq, ind, *_rest in reversed(levels):
        if lq.start <= group:
            return None
        if lq.unit in cues("metrics.facility_count_units"):
            return ind, lq.unit
    return None


def _facilities_measure(indicator: str, level: str, level_unit: str | None) -> str:
    """全国共有儿童福利机构529个，比上年增加66个，床位8.7万张: a bare 床位 after a count of facilities in the
    same sentence is theirs → 儿童福利机构床位 (a bulletin lists several kinds, each with its beds); the
    verb of having (拥有床位) goes.  Unchanged after anything but a count of two characters or more."""
    if level_unit not in cues("metrics.facility_count_units") or len(level) < 2 or _CHANGE_END.search(level) \
            or not is_han(level[-1]):
        return indicator
    have = next((w for w in cues("metrics.facility_have_verbs") if indicator.startswith(w)), "")
    return level + indicator[len(have):]


def _bracketed_yardstick(text: str, q: Quantity) -> bool:
    """同比增长7.5%（全市11.1%）, 增速高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点: a percentage
    alone in a bracket with the scope it holds for is the yardstick's own value, written beside the
    subject's figure to compare it with — no figure of the subject (its indicator would be the
    unit or the words before the bracket)."""
    if text[q.end:q.end + 1] not in ")）":
        return False
    if q.unit not in _PERCENT_UNITS:  # 比全国平均水平(33616元)高出16.5%: an amount, after 比 only
        return q.unit in cues("metrics.money_units") \
            and bool(_COMPARED_YARDSTICK_OPEN.search(text, max(0, q.start - 14), q.start))
    m = _YARDSTICK_OPEN.search(text, max(0, q.start - 12), q.start)
    return m is not None and not _SHARE_ASIDE.fullmatch(m.group(0))


# 税收收入6亿元（占60%）: the share the amount before the bracket holds of the whole, no yardstick
_SHARE_ASIDE = re.compile(f"[（(](?:{cue_alt('metrics.share_verb', False)})")


# 比全国平均水平(: a comparison with a scope's level, its value in the bracket that opens here
_COMPARED_YARDSTICK_OPEN = re.compile(f"(?:{cue_alt('metrics.comparison_marks', False)})(?:{_SCOPE_RE.pattern})"
                                      f"(?:{cue_alt('metrics.yardstick_level', False)})*[（(]$")


_PARTNER_SET_NOUNS = tuple(cues("metrics.partner_set_nouns"))
_PARTNER_MARK_WORDS = tuple(cues("metrics.partner_mark_words"))  # 来自: no partner mark
# 对RCEP其他|14个国家: a partner mark and a partner's name (no figure, no clause mark) right before the count
_PARTNER_BEFORE_COUNT = re.compile(f"(?:{cue_alt('metrics.partner_marks')})[^，,。；;：:0-9０-９%％]{{0,12}}$")


# the same in an indicator's clause: the count is part of the partner's name, no figure before the words
_PARTNER_COUNT = re.compile(f"(?:{cue_alt('metrics.partner_marks')})[^，,。；;：:0-9０-９%％]{{0,12}}[0-9０-９]+"
                            f"[多余]?个(?:{cue_alt('metrics.partner_set_nouns')})")


def _counts_a_partner(view: _ArticleView, q: Quantity, after: list[Quantity]) -> bool:
    """对RCEP其他14个国家增长8.8%, 对“一带一路”沿线64个国家进出口2000亿元: countries counted inside the
    name of a trade partner, with the amount or rate of that trade later in the same clause, are part
    of the partner's name, no count of their own (向30多个国家和地区出口 with no figure after it, and
    来自近30个国家的40余位使节, stay counts)."""
    if not after or not q.counted or not q.counted.startswith(_PARTNER_SET_NOUNS) or q.unit in MEASURE_UNITS:
        return False
    text, nxt = view.text, after[0]
    if nxt.unit not in _MONEY_UNITS and nxt.unit not in _PERCENT_UNITS:
        return False  # (来自近30个国家的40余位驻华使节: people counted, the countries stay a count)
    if any(ch in "，,。；;：:" for ch in text[q.end:nxt.start]):
        return False
    lo = max(view.sentence(q.start)[0], q.start - 16)
    m = _PARTNER_BEFORE_COUNT.search(text, lo, q.start)
    return m is not None and not text.endswith(_PARTNER_MARK_WORDS, 0, m.start() + 1)


def _names_the_next(view: _ArticleView, q: Quantity, after: list[Quantity]) -> bool:
    """十种有色金属573万吨: a count in Chinese numerals whose noun runs straight into an amount in a
    unit of measure is part of the name of what is measured (the ten nonferrous metals), no count."""
    if not after or q.unit in MEASURE_UNITS or not q.counted or q.form is not None \
            or not _ORDINAL_DIGIT.search(q.surface):
        return False
    nxt = after[0]
    return nxt.unit in MEASURE_UNITS and nxt.start == q.end + len(q.counted) \
        and view.text[q.end:nxt.start] == q.counted


# the words between a count and a percentage that make the count the set a rate is taken over
_ALIKE_JOINS = "、|以及|和|及|与"  # what joins the items of a list of measures sharing one figure
_RATE_OF_SET = re.compile(f"(?:[^\\s，,。；;：:、（）()0-9０-９%％]{{1,6}}[（(][^（）()，,。；;0-9]{{1,10}}[）)])?"  # 县（市、区）
                          f"[^\\s，,。；;：:、（）()0-9０-９%％]{{1,16}}?(?:{cue_alt('metrics.rate_heads')})"
                          f"(?:[（(][^（）()，,。；;0-9０-９]{{1,10}}[）)])?"  # 优良率(Ⅰ~Ⅲ类): the classes it counts (shengtai86)
                          f"(?:(?:(?:{_ALIKE_JOINS})[^\\s，,。；;：:、（）()0-9０-９%％]{{1,10}}?(?:{cue_alt('metrics.listed_rate_ends')}))+"
                          f"(?:{cue_alt('metrics.alike_marks')})?)?"  # 200余件代表建议办结率、沟通率、满意度均达到100% (renda92)
                          f"(?:{cue_alt('metrics.copula')})?")


def _names_a_rate(view: _ArticleView, q: Quantity, after: list[Quantity]) -> bool:
    """31个大城市城镇调查失业率为5.2%: a count whose words run, in the same clause and with no verb,
    into a rate or share stated as a percentage names the set of places the rate is taken
    over; the rate is the figure, the count is part of its name."""
    if not after or q.unit in MEASURE_UNITS or q.unit in _PERCENT_UNITS or q.form is not None:
        return False
    nxt = after[0]
    return nxt.unit in _PERCENT_UNITS and _RATE_OF_SET.fullmatch(view.text, q.end, nxt.number_start) is not None


def _herd_without_time(indicator: str) -> str | None:
    """生猪年末存栏 → 生猪存栏: a time without digits between the animals and their stock or turnover
    (metrics.herd_measures) is the figure's period, no word of what is measured."""
    found = find_periods(indicator) if len(indicator) <= 12 else []
    if len(found) != 1:
        return None
    a, b, w = found[0]
    if a < 1 or any(ch.isdigit() for ch in w) or indicator[b:] not in cues("metrics.herd_measures"):
        return None
    return indicator[:a] + indicator[b:]


def _count_of_movers(text: str, q: Quantity, indicator: str) -> bool:
    """统计监测的23种工业产品，12种增长，11种下降; 19类商品，11类增长，8类下降: a count in a classifier
    with no noun of its own whose only word is the change verb after it counts the things named before
    that moved so — its indicator would be the bare verb (增长), no measure of the place."""
    return q.unit in _BODY_COUNT_UNITS and indicator in _CHANGE_VERB_SET and text.startswith(indicator, q.end)


def _passed_mark_of_kind(text: str, q: Quantity) -> bool:
    """是全省首个突破千亿的县, 超过百万的城市: a bare round mark (no unit) passed (突破, 超过) and then 的
    describes the kind of thing named after it — no figure of the place (was a level 1000亿 of 是全省首个)."""
    if q.unit or q.form is not None or not text.startswith("的", q.end):
        return False
    before = text[max(0, q.start - 3):q.start]
    return before.endswith(cues("metrics.threshold_verbs")) or (q.qualifier or "") in cues("metrics.threshold_verbs")


def _threshold_passed(view: _ArticleView, q: Quantity, after: list[Quantity]) -> bool:
    """GDP突破6000亿元，达6465亿元: a round mark passed (突破, 跨越, 超过) right before the amount
    reached in the same unit is no figure of its own; the amount is."""
    if not after or q.form is not None:
        return False
    nxt, text = after[0], view.text
    before = text[max(0, q.start - 3):q.start]
    passed = before.endswith(cues("metrics.threshold_verbs")) or (q.qualifier or "") in cues("metrics.threshold_verbs")
    if not passed:
        return False  # (most figures: no mark passed, the gap is not read)
    gap = text[q.end:nxt.start]
    mark = next((w for w in cues("metrics.threshold_nouns") if gap.startswith(w)), "")
    gap = gap[len(mark):]  # 突破50万吨大关，达51万吨: the mark's own noun
    return nxt.unit == q.unit and nxt.value > q.value and len(gap) <= 8 \
        and gap[:1] in ("，", ",") and not any(ch in gap for ch in _SENT_END) \
        and not find_periods(gap)  # (每年超过900万人，2006年达1184万人: another time, two figures)


def _fold_headlines(out: list[Metric], sections: dict[int, str], folded: dict | None = None) -> list[Metric]:
    """A figure in the title or a heading announces one the body states (`——140名工程建设管理者
    接受廉政洗礼` over `国庆前夕，…140名工程建设管理者…`): it is the same fact, so it joins the
    first body figure after it with the same value, unit and approx — which has the sentence, the
    period and the subject — as a second piece of evidence.  The title looks at the whole article,
    a heading at the body after it.  `sections` maps id(metric) to the part of the article it
    was found in (a metric not in it is a body figure); `folded` (the caller's) receives
    id(headline figure) → (it, the body figure it joined)."""
    folded = {} if folded is None else folded
    kept: list[Metric] = []
    for i, m in enumerate(out):
        section = sections.get(id(m), "body")
        if section in ("title", "subtitle", "heading"):
            later = out[i + 1:] if section == "heading" else out
            body = next((b for b in later if sections.get(id(b), "body") == "body"
                         and (b.value, b.unit, b.approx) == (m.value, m.unit, m.approx)), None)
            if body is not None:
                body.evidence.extend(e for e in m.evidence if e not in body.evidence)
                body.rules |= m.rules | {"metrics.headline-folded"}
                folded[id(m)] = (m, body)
                continue
        kept.append(m)
    return kept


_CHANGE = re.compile(f"(?:{cue_alt('metrics.change_verbs', False)}|{cue_alt('metrics.change_nouns', False)}"
                     f"|(?:{cue_alt('metrics.change_basis', False)}|{cue_alt('metrics.average_annual', False)})"
                     f"(?:{cue_alt('metrics.short_change_verbs', False)}))$")  # (同比增, 年均增: GDP年均增6.5%左右)
_SHARE = re.compile(cue_alt("metrics.share_words", False))


def _kind(q: Quantity, indicator: str, irule: str, unit: str) -> str:
    """What sort of figure it is: a level (the amount itself), a change of a level (增长12.7%,
    比增, 同比下降), a share of a whole (占…%, 三分之一, 八成), a ratio or multiple (倍, 翻一番), or
    a range (3至5个, with low and high)."""
    if q.form == "range":
        return "range"
    if irule == "count-noun" and unit not in _PERCENT_UNITS:
        return "level"  # 18个行业保持正增长: the number counts the industries, it changes nothing
    if irule == "percent-doing":
        return "share"  # 近六成行业实现增长: the share of the industries that grew, no growth of 60%
    if q.form in ("fraction", "cheng"):
        if irule == "percent-of":
            return "share"  # 六成以上行业保持增长: the share of the industries, read from the noun after it
        return "change" if _CHANGE.search(indicator) else "share"  # 同比增长二成多: a change
    if q.form == "multiple" or unit in cues("numbers.multiple_unit"):
        return "ratio"
    if unit in cues("metrics.rank_units") and (cues("metrics.rank_word")[0] in indicator
                                               or _RANK_MOVE_END.search(indicator)):
        return "change"  # 增速位次较上半年前移8位, 排名前进1位: a place in a ranking moved by 8
    if unit not in _PERCENT_UNITS and (_compared_change(indicator) or _level_then_change(indicator)):
        return "change"  # 经营面积比上年增加21万亩, 夏杂粮面积增加约73千公顷: an amount of change
    if unit in _PERCENT_UNITS or irule == "change-of-previous":
        if irule == "change-of-previous" or _CHANGE.search(indicator) \
                or unit == cues("metrics.points_unit")[0] or _growth_rate_in_percent(indicator, unit) \
                or (unit in _PERCENT_UNITS and indicator.endswith(cues("metrics.bare_basis")
                                                                  + cues("metrics.bare_change_verbs"))):
            return "change"  # (N个百分点 is a difference of rates: 增速高于城镇居民2.1个百分点; 同比2.8%)
        if irule in ("share-of-previous", "percent-of", "percent-meeting") \
                or (irule == "respectively-share" and not indicator.endswith(cues("metrics.listed_rate_levels"))) \
                or (irule == "respectively" and _TARGET_SHARE_END.search(indicator)) \
                or _SHARE.search(indicator) or indicator.endswith(cues("metrics.contribution_rates")) \
                or indicator.endswith(cues("metrics.progress_shares")):
            return "share"  # (对GDP增长的贡献率为62.1%: the part of the growth an item gave; 收获进度: the work done;
            # 分别完成年度计划的52%和60%)
    return "level"


def _growth_rate_in_percent(indicator: str, unit: str) -> bool:
    """地区生产总值增长率为6.5%, 基金收入增长率20.2%: a growth rate (增长率, 增长速度) in % is a change of
    its level, as 增速 is; a rate in ‰ (人口自然增长率8.37‰) stays the level it is counted as, and so does
    a population's natural growth rate written in % (`metrics.demographic_rates`: 自然增长率为9.7%)."""
    return unit == "%" and indicator.endswith(_GROWTH_RATE_NOUNS) \
        and not indicator.endswith(_DEMOGRAPHIC_RATES)


_DEMOGRAPHIC_RATES = tuple(cues("metrics.demographic_rates"))  # 自然增长率


def _level_then_change(indicator: str) -> bool:
    """夏杂粮面积增加, 春小麦播种面积减少, 夏收春小麦产量减产: a level's noun closed by a change
    verb — the amount after it is how much the level changed (a verb opening the indicator, 增加
    就业岗位, names what was done, and is no change of a level)."""
    level = _level_of(indicator)
    return len(level) >= 2 and level != indicator and bool(_CHANGE.search(indicator)) \
        and len(indicator) - len(level) <= 4 and not _BARE_WORK_BEFORE.fullmatch(level)
    # (改造提升1万亩: 改造 is a verb of works, no level — 提升 joins it, 改造提升 names the upgrading done)


def _compared_change(indicator: str) -> bool:
    """土地经营面积比上年增加, 粮食产量较上年减少, 贷款余额比年初新增: the indicator names a level, then a change of it
    against a time or a plan (比上年, 较计划, 同比) — the figure is the amount of the change."""
    rest = indicator[len(_level_of(indicator)):]
    k = _last_comparison_mark(indicator, cues("metrics.comparison_marks"))
    if not rest and k >= 2 and indicator.endswith(cues("metrics.difference_verbs")):
        rest = indicator[k:]  # 粮食产量比计划多 (多 is no change verb)
    return bool(rest) and rest.startswith(cues("metrics.change_basis") + cues("metrics.comparison_marks")) \
        and bool(_CHANGE.search(rest) or rest.endswith(cues("metrics.difference_verbs"))
                 or rest.endswith(cues("metrics.compared_change_verbs")))  # 贷款余额比年初新增 (bank64)


def _last_head_shared(items: list[str]) -> bool:
    """交通、水利项目分别完成投资: the last item ends with a head word the first lacks (项目), which the
    items share (交通项目, 水利项目), so they are no whole names of their own."""
    first, last = items[0], items[-1]
    return any(last.endswith(h) and len(last) > len(h) and not first.endswith(h) for h in _head_words())


# 受理率、反馈回复率均达100%: the mark (均, 都) and its verb between a list and the one figure all its items share
_ALIKE_TAIL = re.compile(f"(?:{cue_alt('metrics.alike_marks')})(?:{cue_alt('metrics.alike_verbs')})?$")
_ALIKE_STOPS = frozenset("，,；;。：:！？!?\n（(“”\"《》")
_ALIKE_REACH = 40  # characters of the list before the figure's own indicator
_ALIKE_LONGEST = 12  # characters of one listed measure (按时办结率, 政务服务事项网办率)
_ALIKE_RULE = "metrics.listed-alike"


def _listed_alike(view: "_ArticleView", q, indicator: str) -> list[str]:
    """受理率、反馈回复率均达100% / 按时办结率、群众满意率均为100%: the measures listed before the
    figure, joined by 、 (和, 及) and closed by 均 (都), each share the figure — an analyst reads one
    fact per item.  Only a list of measures of one kind (every item ending in the indicator's head
    character: 率 … 率) whose last item ends the indicator is taken, the first item with what opens
    its clause cut off (`_after_subject`); [] when the shape is not there.  The last name is the
    figure's own (全程网办率和即办率 → 即办率)."""
    text = view.text
    tail = _ALIKE_TAIL.search(text, max(0, q.start - 6), q.start)
    if tail is None or len(indicator) < 2 or not text.endswith(indicator, 0, tail.start()):
        return []
    lo = tail.start() - len(indicator)
    while lo > 0 and text[lo - 1] not in _ALIKE_STOPS and tail.start() - lo < _ALIKE_REACH:
        lo -= 1
    items = _ALIKE_SPLIT.split(text[lo:tail.start()])
    items[0] = _after_subject(view, lo, items[0])
    if len(items) < 2 or not indicator.endswith(items[-1]) \
            or any(not (2 <= len(item) <= _ALIKE_LONGEST) or not _alike_kind(item, indicator) for item in items):
        return []
    return items


_LISTED_RATE_ENDS = tuple(cues("metrics.listed_rate_ends"))


def _alike_kind(item: str, indicator: str) -> bool:
    """Is a listed measure of the figure's kind: ending in the indicator's last character (率 … 率), or
    both stated as a percentage measure (办结率、沟通率、满意度均达到100%: rates and a degree mixed, renda92)?"""
    return item[-1] == indicator[-1] or (item.endswith(_LISTED_RATE_ENDS) and indicator.endswith(_LISTED_RATE_ENDS))


_ALIKE_SPLIT = re.compile(_ALIKE_JOINS)
# 财政总收入、地方财政收入均增长7%: the mark, then a change verb closing the last item's indicator
# (工单总量、每万人投诉量均同比下降35.8%: a basis of comparison may stand between the mark and the verb)
_ALIKE_CHANGE = re.compile(f"(?:{cue_alt('metrics.alike_marks')})((?:{cue_alt('metrics.alike_change_bases')})?"
                           f"(?:{cue_alt('metrics.change_verbs', False)}))$")


def _listed_alike_change(view: "_ArticleView", q, indicator: str) -> list[str]:
    """财政总收入、地方财政收入均增长7% (城乡居民收入都增长5%): the items listed before 均 (都) each
    changed by the one figure; their names with the verb (财政总收入增长, 地方财政收入增长), the last the
    figure's own; [] when the indicator does not close the list that way.  The mark names nothing
    measured."""
    m = _ALIKE_CHANGE.search(indicator)
    text = view.text
    if m is None or m.start() < 2 or not text.endswith(indicator, 0, q.start):
        return []
    end = q.start - (len(indicator) - m.start())
    lo = end - m.start()
    while lo > 0 and text[lo - 1] not in _ALIKE_STOPS and end - lo < _ALIKE_REACH:
        lo -= 1
    items = _ALIKE_SPLIT.split(text[lo:end])
    items[0] = _after_subject(view, lo, items[0])
    if len(items) < 2 or not indicator[:m.start()].endswith(items[-1]) \
            or any(not (2 <= len(item) <= _ALIKE_LONGEST) or not all(map(is_han, item)) for item in items):
        return []
    return [item + m.group(1) for item in items]


def _after_subject(view: "_ArticleView", start: int, item: str) -> str:
    """The first item of a list with what opens its clause cut off: the last mention ending inside it
    (福州市12345热线受理率 → 12345热线受理率), figures, Latin letters and a 的, then a scope word or a
    demonstrative (全县网上可办率 → 网上可办率, 这条热线受理率 → 热线受理率)."""
    end = start + len(item)
    cut = max((m[1] for m in view.mentions_in(max(0, start - 10), end) if start < m[1] < end), default=start)
    counted = [f.end() for f in _COUNTED_SET.finditer(item) if f.end() <= len(item) - 2]
    cut = max(cut, start + counted[-1]) if counted else cut  # 重点督办的200余件|代表建议办结率: the set counted (renda92)
    item = item[cut - start:].lstrip("0123456789０１２３４５６７８９ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz的")
    scope = _SCOPE_RE.match(item) or _POINTED_BACK.match(item)
    return item[scope.end():] if scope and len(item) - scope.end() >= 2 else item


# a count of things in a unit of counting (200余件, 30个): the set a listed measure is taken over (not 12345热线)
_COUNTED_SET = re.compile(r"[0-9０-９]+[余多]?(?:" + "|".join(re.escape(u) for u in sorted(
    (r["surface"] for r in load_table("units") if r["kind"] == "count"), key=len, reverse=True)) + ")")
_POINTED_BACK = re.compile("(?:这|该|此)[条个项家所座批]?")  # 这条热线受理率: the thing pointed back to, named before


def _alike_twins(metric: Metric, names: list[str]) -> list[Metric]:
    """A copy of the figure's metric for each item but the last `_listed_alike` found, named by it;
    the metric itself takes the last name, its own (全程网办率和即办率 → 即办率)."""
    if not names:
        return []
    metric.indicator, metric.concept = names[-1], concept_of(names[-1])
    metric.rules.add(_ALIKE_RULE)
    return [dataclasses.replace(metric, indicator=name, concept=concept_of(name), evidence=list(metric.evidence),
                                rules=set(metric.rules)) for name in names[:-1]]


def _split_respectively(out: list[Metric], bases: dict | None = None) -> None:
    """X、Y、Z面积分别达到a、b、c: give each figure its own item of the list; 金融机构存贷款余额达到
    a、b，分别增长c、d: a collective word inside the indicator (存贷款) names the run's items in
    order (存款余额, 贷款余额), and the changes paired with those levels follow them."""
    i = 0
    renamed: dict[int, tuple[str, str]] = {}
    while i < len(out):
        j = i + 1
        while j < len(out) and "metrics.enumeration" in out[j].rules \
                and out[j].indicator == out[i].indicator:
            j += 1
        names = _respectively(out[i].indicator, j - i) if j - i >= 2 and "、" in out[i].indicator else \
            _inner_collective(out[i].indicator, j - i) if j - i >= 2 and out[i].kind == "level" else None
        if names:
            for m, name in zip(out[i:j], names):
                renamed[id(m)] = (m.indicator, name)
                m.indicator = name
                m.rules.add("metrics.respectively")
        i = j
    for change, level in (bases or {}).values():
        old, new = renamed.get(id(level), (None, None))
        if old and id(change) not in renamed and change.indicator.startswith(old):
            change.indicator = new + change.indicator[len(old):]


def _inner_collective(indicator: str, n: int) -> list[str] | None:
    """金融机构存贷款余额 over a run of two levels: a collective word written inside the indicator
    (after a prefix of its own, 金融机构) that stands for exactly n items → one indicator per item,
    in the word's order; None otherwise (the run is one measure at several times or places)."""
    for word, parts in _INNER_COLLECTIVES:
        k = indicator.find(word)
        if k >= 0 and len(parts) == n:
            return [indicator[:k] + part + indicator[k + len(word):] for part in parts]
    return None


_NEWLINE = re.compile("\n")


def _line_breaks(text: str | None) -> list[int]:
    """Where the text's lines (paragraphs) end, for `_narrowed_nearby`'s bisect."""
    return [m.start() for m in _NEWLINE.finditer(text or "")]


def _narrowed_nearby(a: Metric, b: Metric, breaks: list[int] | None) -> bool:
    """Two figures of one paragraph whose indicators differ by words put before the shorter one
    (城镇调查失业率5.2%；31个大城市城镇调查失业率5.2%) or by a part word (居民消费价格同比下降0.2%。
    其中，城市下降0.2%): the words narrow what is counted, so they are two facts that happen to
    share a value.  A lead box and the body repeat one fact in separate
    paragraphs, and keep merging on a similar indicator."""
    if breaks is None or not a.evidence or not b.evidence:
        return False
    x, y = _norm(a.indicator), _norm(b.indicator)
    short, long_ = sorted((x, y), key=len)
    parts = cues("metrics.part_qualifiers")  # 居民消费价格同比下降0.2%。其中，城市下降0.2%: a part
    part = long_.startswith(parts) != short.startswith(parts) or _rates_of_two_kinds(short, long_)
    if not short or not part and (len(long_) == len(short) or not long_.endswith(short)) \
            and not _named_on(short, long_):
        return False
    pa, pb = (bisect.bisect_left(breaks, m.evidence[0].start) for m in (a, b))
    return pa == pb


def _rates_of_two_kinds(x: str, y: str) -> bool:
    """抽查猪肉产品18批次,合格率为100%;抽查禽肉禽蛋产品46批次,合格率为100% (nongye82): the pass rates
    of two kinds sampled (猪肉产品合格率, 禽肉禽蛋产品合格率) are two facts that share a value."""
    rates = cues("metrics.sample_rates")
    return x != y and x.endswith(rates) and y.endswith(rates)


NAMED_ON_LEAST = 3  # so many characters after a listed crop's name make another item of the list


def _named_on(short: str, long_: str) -> bool:
    """播种玉米70万亩、马铃薯6.1万亩、大豆3万亩,大豆玉米带状复合种植3万亩 (brief79, a county's sowing): the longer
    indicator opens with the shorter and names on (玉米带状复合种植) — another item of one paragraph's list,
    two facts that share a value, as words put before the shorter one make two (`_narrowed_nearby`)."""
    return long_.startswith(short) and len(long_) - len(short) >= NAMED_ON_LEAST


_RESPECTIVE_RULE = "metrics.respectively"  # (the k-th item of a 分别 list measured by the k-th figure)
_LIST_HEAD_RULE = "metrics.list-head"  # (a place's figure named by the head of its list)


def _of_other_levels(a: Metric, b: Metric, bases: dict | None) -> bool:
    """Are two changes of the same value the changes of two different levels?  羊肉产量13.8万吨，同比
    增长0.7% … 鸡蛋产量27.8万吨，同比增长0.7% (livestock60, an 畜牧 report): 羊肉产量同比增长 and
    鸡蛋产量同比增长 share most characters (the change's words), yet each measures its own level; the
    same change printed twice has one level, printed twice too (similar names), and still merges.  Two
    levels of other exact values are two levels, however alike their names (国有企业资产负债率64.2%，同比下降
    0.1个百分点，…，地方国有企业资产负债率62.6%，同比上升0.1个百分点, guozi102: one whole and its part)."""
    la, lb = (bases or {}).get(id(a)), (bases or {}).get(id(b))
    if la is None or lb is None or la[1] is lb[1]:
        return False
    x, y = la[1], lb[1]
    if x.unit == y.unit and x.value != y.value and not (x.approx or y.approx) and x.indicator != y.indicator:
        return True
    return not _similar(x.indicator, y.indicator)


# the peoples (ethnic_groups.tsv, and 汉族) a part's indicator may open with, longest first
_PEOPLES = tuple(sorted(set(ETHNIC_GROUPS) | set(cues("metrics.majority_people")), key=len, reverse=True))


def _group_of(indicator: str) -> str:
    """The people an indicator opens with (满族出席代表大会的代表 → 满族), "" if none: 出席代表大会的代表199名,其中
    …满族1名,回族2名,锡伯族1名 (minzu102, 14-qianguo-zizhixian) are three peoples' counts, never one fact
    merged by their alike indicators (锡伯族's 1名 was lost into 满族's)."""
    return next((g for g in _PEOPLES if indicator.startswith(g)), "")


def merge_metrics(doc_id: str, metrics: list[Metric], bases: dict | None = None,
                  folded: dict | None = None, text: str | None = None) -> list[Metric]:
    """One metric per fact: same subject, value, unit, approx and a similar indicator (not one
    narrowed by words before it in the same paragraph of `text`, `_narrowed_nearby`).  `bases`
    and `folded` are `article_metrics`' mappings (id(change) → (change, level), id(headline) →
    (headline, body figure)): a surviving change gets the id of its level's surviving copy."""
    breaks = _line_breaks(text) if text is not None else None
    into = dict(folded or {})  # id(dropped copy) -> (it, the metric it joined)
    merged: list[Metric] = []
    groups: dict[tuple, list[Metric]] = {}
    spans: dict[int, set[tuple[int, int]]] = {}  # id(metric) -> its evidence spans (kept, not
    # rebuilt per merge: a fact repeated n times merged in O(n), not O(n²))
    for m in metrics:
        group = groups.setdefault((m.subject, m.value, m.unit, m.approx), [])
        for other in group:
            if other.period and m.period and other.period != m.period:
                continue  # the same words for two times are two facts (增长5% in 2021 and in 2022)
            if other.indicator != m.indicator and "metrics.respectively-base" in m.rules | other.rules:
                continue  # 较一季度、…和前三季度分别前移7位、8位和7位: each 7 against another time
            if other.indicator != m.indicator and _INDEX_TABLE_RULE in m.rules and _INDEX_TABLE_RULE in other.rules:
                continue  # 衣着 | 100.4 | 100.4 (城市, 农村): an index table's cells are each a fact of their own
            if other.indicator != m.indicator and _ALIKE_RULE in m.rules | other.rules:
                continue  # 受理率、反馈回复率均达100%: one fact per listed measure
            if other.indicator != m.indicator and _RESPECTIVE_RULE in m.rules and _RESPECTIVE_RULE in other.rules:
                continue  # 东部、中部、西部、东北地区收入分别同比增长8.1%、6.1%、12.5%、12.5%: one item each
            if other.indicator != m.indicator and _LIST_HEAD_RULE in m.rules and _LIST_HEAD_RULE in other.rules:
                continue  # 国有企业收购价：余江县94元 / 私有企业收购价：余江县94元: two lists' prices, one each
            if _of_other_levels(other, m, bases):
                continue  # 羊肉产量…同比增长0.7%；…鸡蛋产量…同比增长0.7%: each level's own change
            if _group_of(other.indicator) != _group_of(m.indicator):
                continue  # 满族1名,回族2名,锡伯族1名: each people's own count (minzu102)
            if _bounds(other.indicator) != _bounds(m.indicator):
                continue  # 现代服务产业专班3个项目 / 过10亿元项目3个: a class by size is other things (zhaoshang89)
            if _similar(other.indicator, m.indicator, _by_counted_noun(other, m)) \
                    and not _narrowed_nearby(other, m, breaks):
                seen = spans[id(other)]
                for e in m.evidence:
                    if (e.start, e.end) not in seen:
                        seen.add((e.start, e.end))
                        other.evidence.append(e)
                other.rules |= m.rules
                if other.period is None and m.period:
                    other.period, other.period_text = m.period, m.period_text
                if len(m.indicator) > len(other.indicator) and m.indicator.startswith(other.indicator):
                    other.indicator = m.indicator
                    other.concept = m.concept or other.concept
                into[id(m)] = (m, other)
                break
        else:
            group.append(m)
            merged.append(m)
            spans[id(m)] = {(e.start, e.end) for e in m.evidence}
    ids: set[str] = set()
    for m in merged:
        base = f"{doc_id}|{m.subject}|{m.indicator}|{m.value}|{m.unit}|{m.approx}|{m.period}"
        mid = "metric-" + short_hash(base, 12)
        k = 1
        while mid in ids:  # same fact words, different facts (e.g. two unrelated 20个)
            k += 1
            mid = "metric-" + short_hash(f"{base}|{k}", 12)
        ids.add(mid)
        m.id = mid
    for m in merged:
        base = (bases or {}).get(id(m), (None, None))[1]
        if base is not None:
            while id(base) in into:
                base = into[id(base)][1]  # the level figure was printed twice: its surviving copy
            m.base = base.id or None
    return merged


def _level_behind(prev: Metric, irule: str, bases: dict) -> Metric:
    """接待游客195.5万人次，同比增长4.6%，恢复至2019年同期的95%; 总产值312.4亿元，同比增长9.8%，占全年目标的
    78.1%: a share read after a change is of the level that change was of — its base is that level figure,
    not the change between them (a change after a change stays linked to the one before it)."""
    if irule == "share-of-previous" and prev.kind == "change" and id(prev) in bases:
        return bases[id(prev)][1]
    return prev


def _adopt_subjects(metrics: list[Metric]) -> None:
    """The same figure stated twice in a document (same value, unit, approx, similar indicator),
    once with a subject found in its sentence and once only with the article's place as a
    fallback (全国102名县委书记 … 今年获表彰的102名书记): both are about the found subject.  Not a class
    of the things by a size its copy does not name (宜都市3个 of the projects listed by place, then
    过10亿元项目3个 of the city's: other projects, zhaoshang89)."""
    found: dict[tuple, list[Metric]] = {}
    for m in metrics:
        if not (m.rules & _FALLBACK_SUBJECTS) and m.subject:
            found.setdefault((m.value, m.unit, m.approx), []).append(m)
    for m in metrics:
        if m.rules & _FALLBACK_SUBJECTS:
            for other in found.get((m.value, m.unit, m.approx), ()):
                if _similar(other.indicator, m.indicator) and _bounds(other.indicator) == _bounds(m.indicator):
                    m.subject = other.subject
                    m.rules = (m.rules - _FALLBACK_SUBJECTS) | {"metrics.subject-same-figure"}
                    break


# an amount of money in an indicator (过10亿元项目, 5000万元以上企业): the bound of a class by size
_BOUND_RE = re.compile(rf"\d+(?:\.\d+)?\D?(?:{cue_alt('metrics.money_units')})")


@lru_cache(maxsize=4096)
def _bounds(indicator: str) -> tuple[str, ...]:
    """The amounts an indicator names its things by (过10亿元项目, 10亿元以上项目: a class by size), in order.
    Remembered: the merge asks it of both sides of every pair of a figure's copies."""
    return tuple(_BOUND_RE.findall(indicator))


# the subjects a figure falls back to when its sentence names none (the article's place, the zone its
# title opens with: `_title_zone`): a copy of the figure with a subject found in its sentence wins
_FALLBACK_SUBJECTS = frozenset(f"metrics.subject-{r}" for r in _ARTICLE_FALLBACK)


def extract_metrics(doc: Doc) -> list[Metric]:
    metrics: list[Metric] = []
    # once per document, not once per article; none when no article has a figure (`article_metrics`
    # then builds nothing)
    index = _DocIndex(doc) if any(doc.quantities.get(art.id) != [] for art in doc.articles) else None
    bases: dict = {}  # id(change or share) -> (it, its level figure)
    folded: dict = {}  # id(headline figure) -> (it, the body figure it joined)
    for art in doc.articles:
        got = article_metrics(doc, art, doc.quantities.get(art.id), index, bases, folded)
        _school_year_alias(art.text, got)
        metrics.extend(got)
    _year_end_pairs(bases)
    _adopt_subjects(metrics)
    return merge_metrics(doc.id, metrics, bases, folded, doc.text)


_YEAR_END_BASES = tuple(cues("metrics.year_end_bases"))
_BARE_YEAR = re.compile(r"\d{4}")


def _year_end_pairs(bases: dict) -> None:
    """乡村常住人口20.57万人，较上年末减少0.23万人 (2021年陇西县…统计公报, tongji98): a change against the year
    before's end compares two year ends — the level it changes and the change itself are at the report
    year's last day (2021-12-31), as 年末常住人口 is, not over the year (2021).  Only a bare year moves;
    a level with a day or months of its own (3月末…比上年末增加) keeps it.  One pass over the pairs."""
    for change, level in bases.values():
        if change.period and _BARE_YEAR.fullmatch(change.period) and level.period == change.period \
                and any(w in change.indicator for w in _YEAR_END_BASES):
            day = f"{change.period}-12-31"
            change.period = level.period = day


# 2023-2024学年(以下简称为2023年): a school year, then the one year the text calls it by from there on
_SCHOOL_YEAR_ALIAS = re.compile(r"(\d{4})\s*[-－—–/]\s*(\d{4})(?:" + cue_alt("periods.school_year") + r")[（(]"
                                r"(?:" + "|".join(map(re.escape, lexicon_words("short_form_define"))) + r")为?(\d{4})年[）)]")


def _school_year_alias(text: str, got: list[Metric]) -> None:
    """安丘市教育事业统计数据: 根据…,2023-2024学年(以下简称为2023年)全市共有…; 2023年,全市共有幼儿园81所 — the year
    the text defined as its short form of the school year is that school year (2023/2024), as the figures
    written under the school year itself are; one search per article."""
    m = _SCHOOL_YEAR_ALIAS.search(text) if "学年" in text else None
    if m is None or m.group(3) not in (m.group(1), m.group(2)):
        return
    span = f"{m.group(1)}/{m.group(2)}"
    for metric in got:
        if metric.period == m.group(3):
            metric.period = span


@component("metrics", reads=("doc.quantities", "article.sentences", "article.sections",
                             "doc.mentions", "doc.entities", "article.place"),
           writes=("doc.metrics",))
def make_metrics(**_config):
    """Quantities become metrics: indicator, subject entity, period, sentence evidence."""
    def run(doc: Doc) -> Doc:
        doc.metrics = extract_metrics(doc)
        return doc
    return run


_THEN_BEFORE = frozenset(cue_chars("periods.then_before_chars"))
_THEN_AFTER = frozenset(cue_chars("periods.then_after_chars"))


def _back_then(text: str, at: int, words: str) -> bool:
    """当年 with no year named near it, after a pronoun or 想/那 (他当年参军, 想当年) or before 的
    (当年的老支书), is a time long past told as a story, not the year a report is about: a character
    each side tells."""
    if at < 0:
        return False
    return text[at - 1:at] in _THEN_BEFORE or text[at + len(words):at + len(words) + 1] in _THEN_AFTER
