"""Periods: the time a figure refers to, as ISO 8601 resolved against the publication date.

Analysts compare figures over time, so `今年1至4月` must become `2011-01/2011-04` and not stay
words.  `find_periods` finds period expressions in text (a grammar of years, months, days,
quarters, five-year plans and the relative words of `resources/lexicon/periods.tsv`);
`resolve` turns one into ISO 8601 given the publication date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`):

* a year `2011`, a month `2011-06`, a day `2009-12-31` (截至2009年12月31日, 到4月底 = as of that day);
* an interval `2011-01/2011-04` (1至4月, 一季度, 今年以来 up to the publication month);
* several years `2006/2010` (十一五期间, 过去五年, 2023-2024学年);
* a month or quarter counted from the publication's (上月, 截至上月底, 本季度).

Relative words (今年, 去年, 目前, 昨日) need the publication date; without it they resolve to None
and only the words are kept (`period_text`).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from functools import lru_cache

from .lexicon import load_table, single_surnames
from .metric_words import cue_alt, cue_chars, cues, first_char_guard, numeral_forms
from .text import alt, is_han

_CN = cue_chars("periods.numeral_chars")
_NUM = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_RANGE = "[" + "".join(re.escape(ch) for ch in cue_chars("periods.range_chars")) + "]"
_MONTH_CN = cue_chars("periods.month_numeral_chars")
# 元月 = January (元月份, 元至9月, 元—9月), never the 元 of an amount (5000元月薪: `_AMOUNT_BEFORE`)
_FIRST_MONTH = "元"
_AMOUNT_CHARS = "0-9０-９.．万亿千百十"  # a character of an amount, before the 元 of its unit
_FIRST_MONTH_RE = re.compile(rf"(?<![{_AMOUNT_CHARS}])元(?=[^\d]{{0,2}}\d{{0,2}}月)")  # (resolve only)
_AMOUNT_BEFORE = re.compile(f"[{_AMOUNT_CHARS}]")
_PREFIX = cue_alt("periods.prefix", longest_first=False)
_SUFFIX = cue_alt("periods.suffix", longest_first=False)
_PLAN_SUFFIX = cue_alt("periods.plan_suffix", longest_first=False)
_YEAR_END = cues("periods.year_end")
_DEADLINE_MARKS = cues("periods.deadline_marks")
# 9月30日前, 15日前: a day's deadline (not 前后, 前夕, nor 日前 "lately" with no day number before it)
_DAY_DEADLINE = re.compile(rf"(?<=\d[日号])(?:{cue_alt('periods.day_deadline_marks')})$")
# a five-year plan's name: 十五, 十一五 … 十五五 (ten, an optional one to five, five)
_DIGITS = {v: f for f, v in numeral_forms("digit", canonical=True).items()}
_TEN = next(f for f, v in numeral_forms("small", canonical=True).items() if v == 10)
_PLAN_CORE = f"{_TEN}[{''.join(_DIGITS[k] for k in range(1, 6))}]?{_DIGITS[5]}"
_PLAN_PLAIN = _TEN + _DIGITS[5]  # 十五 alone is fifteen unless quoted or followed by 规划/期间
_RECENT = cue_alt("periods.recent_years", longest_first=False)
_COMING = cue_alt("periods.coming_years")
_AGO = cue_alt("periods.ago", longest_first=False)
_RECENT_MONTHS = cue_alt("periods.recent_months")  # 近两个月: the months up to now, vague
_DURATION_VERBS = tuple(cues("periods.duration_verbs"))  # 历时, 持续: 近 after them is "nearly" (minzu102)
_MONTH_SPAN = cue_alt("periods.month_span_unit") + "|" + cue_alt("periods.day_span_unit")  # (最近5天: minzu102)
# 今明两天, 未来三天: the days a forecast covers, ahead of the publication (qixiang115), vague as 近两个月
_COMING_DAYS = rf"(?:{cue_alt('periods.coming_days')})[{_CN}\d]{{1,2}}(?:{cue_alt('periods.day_span_unit')})"
_FIRST = cue_alt("periods.first_months", longest_first=False)
_SINCE = cue_alt("periods.years_since", longest_first=False)  # 3年来: the last three years
_YEAR = cues("numbers.year_unit")[0]
_STRETCH = cue_alt("periods.holiday_stretch", longest_first=False)
_SCHOOL = cue_alt("periods.school_year")  # 2023-2024学年: the two years a school year spans
_TEN_DAYS = cue_alt("periods.ten_days")
_TEN_DAYS_AFTER_MONTH = re.compile(f"(?<=月)(?:{_TEN_DAYS})$")
_LIST_JOIN = f"[{cue_chars('periods.holiday_list_join_chars')}]"  # 中秋节、国庆节假期: holidays listed before the days off they share
_ORDINAL = cue_chars("numbers.ordinal_chars")
# 国庆七天, 春节8天: the holiday's days off counted; 国庆第二天, 春节首日: a day of them, which the
# holiday's day does not give (days off may open before it)
_DAYS_COUNT = (rf"[{_CN}\d]{{1,2}}(?:{cue_alt('periods.holiday_days_unit')})"
               rf"|{_ORDINAL}[{_CN}\d]{{1,2}}[{cue_chars('periods.holiday_day_of_chars')}]"
               rf"|{cue_alt('periods.holiday_first_day')}")
_DAYS_ONLY_SUFFIX = cue_alt("periods.days_only_suffix")
# 10月1日零时至7日24时: the hour a stretch of days opens or closes at
_HOUR = (rf"(?:{cue_alt('periods.hour_zero')}|\d{{1,2}})(?:{cue_alt('periods.hour_unit')})"
         rf"(?:\d{{1,2}}(?:{cue_alt('periods.minute_unit')}))?")
_HOUR_AFTER_DAY = re.compile(rf"(?<=[日号]){_HOUR}")
_ABOUT = cue_chars("numbers.approx_mid_chars")  # 20余年来, 十多年来: a span the text does not pin down
# the periods table's kinds naming a holiday (国庆, 春节, 中秋, 大年初一): read against the calendar
_HOLIDAY_KINDS = ("holiday", "lunar", "festival", "lunar_day")
# a count of years (五年, 3年; not 24年, a year shortened) before a total (periods.years_total_after)
_YEARS_TOTAL_WORDS = rf"(?:[{_CN}]{{1,2}}|\d){_YEAR}"
# the kinds of a stretch of weeks named by custom (春运, 暑期, 寒假): `_season`, `_season_span`
_SEASON_KINDS = ("rush", "season")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, str]]:
    return {r["word"]: (r["kind"], r["value"]) for r in load_table("periods")}


@lru_cache(maxsize=1)
def _words_longest_first() -> tuple[tuple[str, tuple[str, str]], ...]:
    """The periods table's (word, (kind, value)) longest first, sorted once and not per call."""
    return tuple(sorted(_words().items(), key=lambda kv: -len(kv[0])))


def _alt(words) -> str:
    return alt(words)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    w = _words()
    rel_year = _alt(k for k, (kind, _v) in w.items() if kind in ("year", "after"))
    part = _alt(k for k, (kind, _v) in w.items() if kind in ("part", "yearend", "month", "quarter"))
    holiday = _alt(k for k, (kind, _v) in w.items() if kind in _HOLIDAY_KINDS)
    days_only = _alt(k for k, (kind, _v) in w.items() if kind == "holiday_days")
    now = _alt(k for k, (kind, _v) in w.items() if kind in ("now", "day", "vague", "after_month"))
    year = rf"(?:(?:19|20)\d\d年|{rel_year})"
    month = (rf"(?:(?:\d{{1,2}}|[{_MONTH_CN}]{{1,2}}|{_FIRST_MONTH})(?:月份?)?{_RANGE}(?:\d{{1,2}}|[{_MONTH_CN}]{{1,2}})月份?"
             rf"|(?:{_FIRST}){_NUM}个?月"
             rf"|(?:\d{{1,2}}|{_FIRST_MONTH})月份?|{part})")
    day = rf"(?:\d{{1,2}}[日号](?:{_RANGE}\d{{1,2}}[日号])?(?:{_HOUR})?)"
    # after its month a day range may drop the first 日: 5月1—5日, 3月3至5日 (bare, 3—5日内 is a duration)
    month_day = rf"(?:\d{{1,2}}(?:[日号](?:{_HOUR})?)?{_RANGE}\d{{1,2}}[日号](?:{_HOUR})?|{day})"
    plan = rf"[“\"‘]?{_PLAN_CORE}[”\"’]?(?:{cue_alt('periods.plan_word')})?(?:{_PLAN_SUFFIX})?"
    stretch = rf"(?:{_STRETCH}|{_DAYS_COUNT})?"  # 国庆假期, 国庆七天: the days off, a stretch of the holiday's month
    # “五一”小长假, “国庆”期间: a holiday in quotes before its days off or 期间, the quotes taken with it
    close = rf"(?:[”\"’](?=(?:{_STRETCH}|{_SUFFIX})))?"
    open_ = rf"(?:[“\"‘](?=(?:{holiday})[”\"’](?:{_STRETCH}|{_SUFFIX})))?"
    prefix = rf"(?:{_PREFIX})?"
    suffix = rf"(?:{_SUFFIX})?"
    ten_days = rf"(?:{_TEN_DAYS})?"  # 3月中旬以来: the month's third, read as the month
    body = (
        rf"{prefix}(?:"
        rf"(?:19|20)\d\d{_YEAR}?{_RANGE}(?:19|20)\d\d{_YEAR}|"
        rf"(?:19|20)\d\d(?:{_RANGE}|/)(?:19|20)\d\d(?:{_SCHOOL})|"
        rf"(?:{_RECENT})[{_CN}\d]{{1,2}}[{_ABOUT}]?年(?:{_SINCE}|(?![{cue_chars('periods.decade_chars')}]))|[{_CN}\d]{{1,3}}年(?:{_AGO})|"
        rf"(?:{_COMING})[{_CN}\d]{{1,2}}年(?![{cue_chars('periods.decade_chars')}])|"
        rf"{_YEARS_TOTAL_WORDS}(?=(?:{cue_alt('periods.years_total_after')}))|"
        rf"[{_CN}\d]{{1,3}}[{_ABOUT}]?{_YEAR}(?:{_SINCE})|"
        rf"{plan}|(?:{_RECENT_MONTHS})[{_CN}\d]{{1,2}}(?:{_MONTH_SPAN})|"
        rf"{_COMING_DAYS}|"
        # 2023年中秋、国庆假期, 今年国庆、中秋假期: a year before holidays listed with their days off
        rf"{year}(?:{holiday})(?:{_LIST_JOIN}(?:{holiday})){{1,4}}(?=(?:{_STRETCH}|{_SUFFIX}))(?:{_STRETCH})?{suffix}|"
        rf"{_season(year, w)}"
        rf"(?:{year}(?:{month}(?:{month_day})?)?|{month}(?:{month_day})?|{day}(?:{_RANGE}\d{{1,2}}[日号])?)(?:{open_}(?:{holiday}){close}{stretch})?{ten_days}{suffix}|"
        # (at most four more holidays in a list: a bounded repeat keeps the pattern's reach finite,
        # so the metrics stage's growing scans can resume — kg.text.attempt_reach)
        rf"(?:{holiday})(?:{_LIST_JOIN}(?:{holiday})){{1,4}}(?=(?:{_STRETCH}|{_SUFFIX}))(?:{_STRETCH})?{suffix}|"
        rf"{open_}(?:{holiday}){close}{stretch}{suffix}|"
        rf"{_days_only(days_only)}|(?:{now}))")
    return re.compile(first_char_guard(body) + body)  # most positions turned away at one character


def _season(year: str, w) -> str:
    """今年春运期间, 2024年春运, 暑假期间, 这个暑期: the spring travel rush and the school holidays
    (periods.tsv rush, season) are a time only after a year (or 这个), before 期间, 以来, or as the
    subject of its close (为期40天的春运落下帷幕，全省…发送旅客: periods.season_end_verbs) — bare, they
    name a kind of work (春运工作专班, 暑期托管服务); never right before a part of them (春运第19天,
    春运首日, 春运前二十日: periods.season_not_before_chars).  A branch of the pattern, with its |."""
    words = _alt(k for k, (kind, _v) in w.items() if kind in _SEASON_KINDS)
    if not words:
        return ""
    not_before = f"(?![{cue_chars('periods.season_not_before_chars')}])"
    after = cue_alt("periods.season_suffix")
    ended = rf"(?=(?:{cue_alt('periods.season_end_verbs')})(?![{cue_chars('periods.season_after_end_chars')}]))"
    return (rf"(?:{year}|{cue_alt('periods.season_this')})(?:{words}){not_before}(?:{after})?|"
            rf"(?:{words}){not_before}(?:{after})|(?:{words}){ended}|")


def _days_only(words: str) -> str:
    """十一黄金周, “十一”假期, 十一期间: a holiday whose name is also a number (十一 = eleven, and
    十一五, 十一月, 十一届 are no holiday) is one only right before its days off or 期间."""
    if not words:
        return "(?!)"
    return (rf"(?:[“\"‘](?=(?:{words})[”\"’]))?(?:{words})[”\"’]?"
            rf"(?=(?:{_STRETCH}|{_DAYS_ONLY_SUFFIX}))(?:{_STRETCH})?(?:{_DAYS_ONLY_SUFFIX})?")


def _is_plan(s: str) -> bool:
    core = re.sub(rf"^(?:{_PREFIX})|[“”\"‘’]|{cue_alt('periods.plan_word')}|{_PLAN_SUFFIX}", "", s)
    return bool(re.fullmatch(_PLAN_CORE, core)) and (core != _PLAN_PLAIN or core != s)


_PLAN_CORE_RE = re.compile(_PLAN_CORE)
_PREFIX_WORDS = frozenset(cues("periods.prefix"))
_NOT_AFTER_YEAR = cue_chars("periods.not_after_year_chars")
_YEAR_WORD_CHARS = cue_chars("periods.year_word_chars")
_DAY_ONLY = re.compile(r"\d{1,2}[日号]")
_DAY_CHAR = "日"
_DAY_COUNT_AFTER = tuple(cues("periods.day_count_after"))  # 内: 2日内 counts days
_DAY_COUNT_BEFORE = tuple(cues("periods.day_count_before"))  # 连续, 为期: 连续3日 counts days
_ADDRESS_BEFORE = cue_chars("periods.address_before_chars")  # (巷, 路, 街, 栋 … before a house's 10号)
_NAME_CLOSERS = cue_chars("periods.numbered_name_closer_chars")  # (” 》 after an operation's “昆仑2号”)
_NUMBERED_THING_AFTER = cue_chars("periods.numbered_thing_after_chars")  # (楼, 线, 机 … after a building's 5号)
_DOC_NUMBER_BEFORE = cue_chars("periods.doc_number_before_chars")  # (〕, ], 第 … before a document's 6号)
_RANGE_BEFORE = re.compile(rf"\d[日号]?{_RANGE}\Z")  # (searched in the 3 characters before a bare day's number)
_RANGED_DAY = re.compile(rf"{_RANGE}?(\d{{1,2}})[日号]")  # 5日, 至5日 (至 opening the words)


def _ends_bare_range(text: str, start: int, words: str) -> bool:
    """A bare day (5日, 至5日) right after a number and a range sign (3—5日, 3至5日): the end of a
    range whose month is not written, or of a count of days (3—5日内办结) — no day of its own.
    Only the 3 characters before its number are looked at."""
    dm = _RANGED_DAY.fullmatch(words)
    if dm is None:
        return False
    at = start + dm.start(1)
    return bool(_RANGE_BEFORE.search(text, max(0, at - 3), at))
# 2000年以前建成的老旧小区: a year bounding a 的 clause dates the things counted, not the figure
_ATTRIBUTE_BOUND = re.compile(f"(?:{cue_alt('periods.attribute_bound')})[^\\s，,。；;：:、（）()0-9]{{0,6}}?的")


def is_record_span(text: str, start: int, end: int) -> bool:
    """为10年来最高增幅, 创近15年新高, 创下了2022年以来的同期新高: a span of years before a record word
    (or 的 and one) is what the figure is a record of, no time of the figures around it (it is still a time expression, no figure)."""
    s = text[start:end]
    if text.startswith(cues("periods.record_of"), end):  # 创下了2022年以来的同期新高 (fabu97): 的 and the record
        end += 1
    return bool(_YEARS_SINCE.fullmatch(s) or _RECENT_YEARS.fullmatch(s) or _YEAR_SINCE.fullmatch(s)) \
        and text.startswith(cues("periods.record_words"), end)


_IN_SYMBOL = re.compile(r"[A-Za-z.．]")  # before a number: it ends a symbol or a decimal (PM2.5, PM10), no date's


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Period expressions in text[start:end] as (start, end, words), in text order."""
    end = len(text) if end is None else end
    out = []
    for m in _pattern().finditer(text, start, end):
        s = m.group(0)
        if not s or s in _PREFIX_WORDS:
            continue
        if _PLAN_CORE_RE.search(s) and not _is_plan(s):
            continue
        if any(s.endswith(w[:-1]) and text.startswith(w, m.end() - len(w) + 1) for w in _LONGER_WORDS):
            continue  # 报告日期, 报告期限: the time word is the head of a longer word, no time
        if m.end() < len(text) and s[-1] in "年月" and text[m.end()] in _NOT_AFTER_YEAR \
                and not (explicit_year(s) and text[m.end()] in _YEAR_WORD_CHARS):
            continue  # 80年代, 3年级 are no periods; 2022年度 is the year 2022
        if explicit_year(s) and text.startswith(_RATE_AFTER, m.end()):
            continue  # 按2018年平均汇率计算为2865美元: the year of the exchange rate, not of the figure
        if explicit_year(s) and _ATTRIBUTE_BOUND.match(text, m.end()):
            continue  # 2000年以前建成的老旧小区: the year the estates were built before
        if _DAY_ONLY.fullmatch(s) and m.end() < len(text) and text[m.end()].isdigit():
            continue
        if s[0].isdigit() and m.start() > 0 and _IN_SYMBOL.match(text[m.start() - 1]):
            continue  # PM2.5月均浓度, PM10月均值: the tail of a pollutant's symbol, no May nor October (shengtai86)
        if s[-1] == "号" and _DAY_ONLY.fullmatch(s) and m.start() > 0 and text[m.start() - 1] in _ADDRESS_BEFORE:
            continue  # 西中街3巷10号, 人民路25号: a house's number, no day of the month
        if s[-1] == "号" and _DAY_ONLY.fullmatch(s) and m.start() > 0 and text[m.start() - 1] in _DOC_NUMBER_BEFORE:
            continue  # (质办〔2024〕6号), 令第7号: a document's serial number, no day of the month
        if s[-1] == "号" and _DAY_ONLY.fullmatch(s) and text[m.end():m.end() + 1] in _NUMBERED_THING_AFTER \
                and m.end() < len(text):
            continue  # 工地5号楼8楼, 地铁3号线, 2号机组: the number of a building or a line, no day of the month
        if s[-1] == "号" and _DAY_ONLY.fullmatch(s) and m.end() < len(text) and text[m.end()] in _NAME_CLOSERS \
                and m.start() > 0 and is_han(text[m.start() - 1]) and text[m.start() - 1] != "月":
            continue  # “护旗2号”专项行动, “昆仑2号”: the number of a named operation, no day of the month
        if s[-1] == _DAY_CHAR and _DAY_ONLY.fullmatch(s) and text.startswith(_DAY_COUNT_AFTER, m.end()):
            continue  # 要求…居民在2日内将地锁自行拆除: a count of days, no 2nd of the month
        if s[-1] == _DAY_CHAR and _DAY_ONLY.fullmatch(s) and text.endswith(_DAY_COUNT_BEFORE, 0, m.start()):
            continue  # 连续3日进行清理整治, 为期5日: a count of days, no 3rd of the month (yuye117)
        if _ends_bare_range(text, m.start(), s):
            continue  # 3—5日内办结, 3至5日内: the end of a count of days (or of a range with no month), no day 5
        if _RECENT_MONTHS_RE.fullmatch(s) and text.endswith(_DURATION_VERBS, 0, m.start()):
            continue  # 历时近5天的救援, 持续近两个月: a duration (近 nearly), no stretch up to now (minzu102)
        if _quarter_count(text, m.start(), s):
            continue  # 连续2季度保持增长, 近3季度: a number of quarters, no quarter of the year
        if m.start() > 0 and text[m.start() - 1] in _NUMBER_BEFORE and _YEARS_TOTAL.fullmatch(s):
            continue  # 第五年累计, 2024年累计: the tail of an ordinal or of a year, no count of years
        if _YEARS_TOTAL.fullmatch(s) and _years_total_of_no_time(text, m.start()):
            continue  # 力争五年累计完成, “十四五”以来…五年累计: a target, or the span written before it
        if m.start() > 0 and _in_number(text, m.start(), s):
            continue  # 第十一期间, 二十一假期: the holiday's name is the tail of a number
        if _holiday_noun(text, m.end(), s):
            continue  # 春节补贴576.6万元: the kind of an allowance, no time
        if _holiday_given_name(text, m.start(), s):
            continue  # 63岁的王国庆说: a person's given name, no National Day
        if s[0] == _FIRST_MONTH and m.start() > 0 and _AMOUNT_BEFORE.match(text, m.start() - 1):
            continue  # 5000元月收入: the 元 of an amount, no January
        if m.start() > 0 and text[m.start() - 1] in _WORD_BEFORE_RELATIVE and s.startswith(_relative_words()):
            continue  # 线上|月销售额, 在此基础上|月均增长: the 上 ends another word, no month counted back
        if m.start() > 0 and text[m.start() - 1] in _WORD_BEFORE_LAST_YEAR and s.startswith(_LAST_YEAR_OPEN):
            continue  # 网上|年检, 线上|年货节: the 上 ends another word, no year counted back
        if _same_month_in_word(text, m.start(), s) or _month_restated(out, m.start(), s):
            continue  # 相当月薪: no time; 9月当月: the month just written, said again (增速比9月当月提高)
        if _same_year_in_word(text, m.start(), m.end(), s):
            continue  # 相当年轻, 按当年价格计算: 当年 inside another word or term, no year named before
        if _glosses_day(text, m.start(), s):
            continue  # 1月28日（农历除夕、周二）: the lunar name of the day just written, no time of its own
        if m.start() > 0 and text[m.start() - 1] in _AHEAD_BEFORE and (_RECENT_YEARS.fullmatch(s)
                                                                       or _FIRST_MONTHS.fullmatch(s)):
            continue  # 提前一年完成“十四五”规划目标, 提前3个月超2019年全年接待量, 提前一个月完成任务: how far ahead, no span
        if text.endswith(_PASSING_BEFORE, 0, m.start()) and _RECENT_YEARS.fullmatch(s):
            continue  # 即将过去的一年: the year now ending, no year counted back
        if s.startswith(_THIS_YEARS) and _refers_back(text, m.start(), s):
            continue  # 1978年到1983年这五年, 这一年: the time just named, not the years up to now
        due = _day_deadline_end(text, m.end(), s)
        due += _month_to_date_end(text, due, s)
        words = _listed_day_month(text, out, m.start(), s) + text[m.start():due]
        out.append((m.start(), due, words + _since_event_close(text, due, end, s)))
    bare = [(m.start(), m.end(), m.group(0) + _YEAR_CHAR) for m in _BARE_YEAR.finditer(text, start, end)]
    bare += _shared_unit_months(text, start, end)
    return sorted(out + bare) if bare else out


_MONTH_CHAR = "月"
_LISTED_DAY_JOINS = cue_chars("periods.listed_day_joins")  # 、 和 及
_DAY_OF_MONTH = re.compile(r"^(.*月)\d{1,2}[日号]$")  # 5月25日, 2010年5月25日: what the listed day shares


def _listed_day_month(text: str, out: list[tuple[int, int, str]], start: int, words: str) -> str:
    """5月25日、26日 (gongan115): a bare day listed right after a date written with its month shares that
    month (and year) — the words to put before it ("5月"), so 26日 is not read against the article's month
    (was 6月26日 in a report of 6月4日).  Only the period found just before, ending one join character back."""
    if not (out and _DAY_ONLY.fullmatch(words) and start > 0 and text[start - 1] in _LISTED_DAY_JOINS
            and out[-1][1] == start - 1):
        return ""
    m = _DAY_OF_MONTH.match(out[-1][2])
    return m.group(1) if m else ""
# 9、10月份, 1、2、3月: months listed with the unit written once, after the last (the earlier ones bare
# numbers); the bare ones must be months (1 to 12) and open no list item at a line's start (1、2月份…)
_SHARED_MONTHS = re.compile(r"(?<![0-9０-９.．])(?:[1-9]|1[0-2])、(?=(?:(?:[1-9]|1[0-2])、)*(?:[1-9]|1[0-2])月)")
_ITEM_OPENERS = "\n\r：:"


def _shared_unit_months(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """企业所得税9、10月份分别增长3.3%、0.6% (caizheng113): each bare month number before the one written
    with 月 is a month of its own, (start, end, "9月"), so the figures listed after 分别 have a time each.
    Only inside the window; none where the text has no 、 there (a C-level find first)."""
    if text.find("、", start, end) < 0:
        return []
    out = []
    for m in _SHARED_MONTHS.finditer(text, start, end):
        k = m.start() - 1
        while k >= start and text[k] in " \t\u3000":
            k -= 1
        if k < 0 or text[k] in _ITEM_OPENERS:
            continue  # 1、2月份全县…: a list item's number at a line's start, ambiguous — left alone
        out.append((m.start(), m.end() - 1, text[m.start():m.end() - 1] + _MONTH_CHAR))
    return out


_TO_DATE = cues("periods.month_to_date")[0]  # 累计
_LONGER_WORDS = cues("periods.longer_words")  # 报告日期: 报告日|期 is a word, no report day
_ONE_MONTH = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月份?")


def _month_to_date_end(text: str, at: int, s: str) -> int:
    """2024年5月份累计完成地方财政收入6717万元 (budget80, a county's monthly finance report): 累计 right after one
    month sums the year up to that month — its length, taken into the period's words, or 0."""
    return len(_TO_DATE) if _ONE_MONTH.fullmatch(s) and text.startswith(_TO_DATE, at) else 0


_YEAR_CHAR = "年"
_SINCE_PREFIXES = tuple(cues("periods.since_prefix"))
_SINCE_WORD = cues("periods.since_suffix")[0]  # 以来
_START_MARKS = tuple(cues("periods.stretch_start_marks"))  # 起 (自2020年起)
_STRETCH_ENDS = tuple(cues("periods.stretch_end"))  # 至, 到 (9月30日起至10月7日)
_SINCE_EVENT_REACH = 24  # characters of the event named between 自<date> and its 以来
_CLAUSE_STOPS = "，,。；;：:！？!?\n"


def _since_event_close(text: str, at: int, end: int, s: str) -> str:
    """自2019年12月1日国家组织第一批药品集中带量采购以来, 自2018年机构改革以来: a start written with 自 or
    从, an event after it, then 以来 closing the same clause — the stretch from that start up to
    now, as 自2019年12月1日以来 (not the day or the year alone).  Returns 以来 to close the period's
    words, or "" (no 以来 within a short look at the clause after the date)."""
    if not s.startswith(_SINCE_PREFIXES) or s.endswith(_SINCE_WORD):
        return ""
    if text.startswith(_START_MARKS, at) and not text.startswith(_STRETCH_ENDS, at + 1):
        # 自2020年起,全市累计新增…, 从2023年第三季度起,标准提高到… (leftover97): a start closed by 起 is a
        # stretch from it up to now, as 自2020年以来 is — not the first year or quarter alone; 起至 opens
        # a stretch's later end (9月30日起至10月7日), read there.  A start after the publication stays itself.
        return _SINCE_WORD
    stop = min(end, at + _SINCE_EVENT_REACH)
    k = text.find(_SINCE_WORD, at, stop)
    if k < 0 or any(ch in _CLAUSE_STOPS for ch in text[at:k]):
        return ""
    return _SINCE_WORD
_RATE_AFTER = tuple(cues("periods.rate_after"))
# 2021种植桑葚30亩, 2021批准设立: a four-digit year with its 年 left out, right before a verb that opens
# with a measure word (numbers.year_then_verbs, which the numbers stage reads no count from): a year
_BARE_YEAR = rf"(?<![0-9０-９.．年])(?:19[5-9]|20[0-4])\d(?=(?:{cue_alt('numbers.year_then_verbs')}))"
# (its look-behind, tried first at every position of each figure's scan, cost about half of
# `find_periods`' own time: the guard turns a position away at one character test, same matches)
_BARE_YEAR = re.compile(first_char_guard(_BARE_YEAR) + _BARE_YEAR)


_THIS_YEARS = tuple(cues("periods.this_years"))
_AHEAD_BEFORE = cue_chars("periods.ahead_before_chars")
_PASSING_BEFORE = tuple(cues("periods.passing_before"))  # 即将|过去的一年: the year still passing
_THIS_NOT_AFTER = cue_chars("periods.this_years_not_after")
_THIS_SINGLE = tuple(cues("periods.this_years_single"))


def _refers_back(text: str, start: int, words: str) -> bool:
    """这N年 (periods.this_years) that names no years up to the publication: one year (这一年, the
    year of a story), or right after a time named (2016年至2020年这五年, 十三五期间这五年): the time
    just named again.  这五年, 这十年 of a review stay the years just past, as 过去五年."""
    rest = words[len(next(w for w in _THIS_YEARS if words.startswith(w))):]
    return rest.startswith(_THIS_SINGLE) or (start > 0 and text[start - 1] in _THIS_NOT_AFTER)


_GLOSS_BEFORE = re.compile(rf"[日号][（(](?:{cue_alt('periods.lunar_calendar_words')})?\Z")


def _glosses_day(text: str, start: int, words: str) -> bool:
    """A day of the lunar new year in brackets right after a written day (1月28日（除夕）, 2月4日
    （农历正月初七、周二）, as holiday notices gloss their days off): the same day named again, which
    the written day already gives.  Only the few characters before are looked at."""
    return _words().get(words, ("",))[0] == "lunar_day" and bool(_GLOSS_BEFORE.search(text, max(0, start - 4), start))


_DAY_END = re.compile(r"\d[日号]$")
_DAY_DEADLINE_AFTER = re.compile(f"(?:{cue_alt('periods.day_deadline_marks')})(?![{cue_chars('periods.day_deadline_not_before_chars')}])")


def _day_deadline_end(text: str, end: int, words: str) -> int:
    """Where period words ending in a day end, with the 前 of a deadline right after the day taken
    in (于9月30日前完成, 15日前报送: periods.day_deadline_marks; not 前后, 前夕): the deadline is to
    come, which `resolve` reads from the words.  One character after is looked at."""
    if not _DAY_END.search(words):
        return end
    m = _DAY_DEADLINE_AFTER.match(text, end)
    return m.end() if m else end


_BARE_QUARTER = re.compile(r"[1-4１-４一二三四]季度")
_QUARTER_COUNT_BEFORE = cues("periods.quarter_count_before")


def _quarter_count(text: str, start: int, words: str) -> bool:
    """N季度 right after 连续, 近, 每, 个, 多 (连续2季度保持增长): N counts quarters, it names none
    (the periods table's bare 1季度…4季度 rows).  Only the two characters before are looked at."""
    return bool(_BARE_QUARTER.fullmatch(words)) and text.endswith(_QUARTER_COUNT_BEFORE, max(0, start - 2), start)


_HOLIDAY_NOUN_HEADS = cues("periods.holiday_noun_heads")
_SENTENCE_BREAKS = "。！？；!?;\n"


def _years_total_of_no_time(text: str, at: int) -> bool:
    """Whether the count of years summed at `at` (五年累计) names no years of its own: its sentence
    speaks of a target before it (力争, 计划, 目标: periods.years_total_plan_marks — 力争五年累计完成
    投资500亿元, 实施三年行动计划，三年累计投入30亿元; not …五年累计完成406.5亿元，均超出预期目标, a
    result) or writes the span before it (“十四五”以来, 2021年至2024年, 近五年: that span is the
    figure's)."""
    s0 = max((text.rfind(c, 0, at) for c in _SENTENCE_BREAKS), default=-1) + 1
    if any(w in text[s0:at] for w in cues("periods.years_total_plan_marks")):
        return True
    for _a, _b, words in find_periods(text, s0, at):
        w = _QUOTES_SPACE.sub("", words)
        if _SINCE_SUFFIX_END.search(w) or _PLAN_CORE_RE.search(w) or _YEAR_RANGE.search(w) or _RECENT_YEARS.search(w):
            return True
    return False


_NUMBER_BEFORE = frozenset(_CN + "0123456789" + _ORDINAL)


def _in_number(text: str, start: int, words: str) -> bool:
    """十一黄金周 after a numeral or 第 (第十一期间): the 十一 ends a number, no October holiday.
    Only a holiday whose name is a number (kind holiday_days) is checked, one character back."""
    if text[start - 1] not in _NUMBER_BEFORE:
        return False
    core = words.lstrip("“\"‘")
    return any(core.startswith(k) for k in _days_only_words())


@lru_cache(maxsize=1)
def _days_only_words() -> tuple[str, ...]:
    """The periods table's holidays named only before their days off (十一), read once."""
    return tuple(k for k, (kind, _v) in _words().items() if kind == "holiday_days")
_SAME_YEAR_BEFORE = frozenset(cue_chars("periods.same_year_before_chars"))
_SAME_YEAR_AFTER = frozenset(cue_chars("periods.same_year_after_chars"))
_CLAUSE_OPENERS = cues("periods.same_year_clause_openers")
_CLAUSE_BOUNDARY = "，,。；;：:、\n\r\t \u3000（(“\""


def _same_year_in_word(text: str, start: int, end: int, words: str) -> bool:
    """当年, 同年 (the year just named) written inside another word (相当年轻, 正当年, 不同年份) or
    opening a term (按当年价格计算: current prices, 同年龄段); 是年 anywhere but at a clause's opening
    (这是年均增幅: a copula).  A character each side tells, no look further."""
    if not after_named_year(words):
        return False
    before = text[start - 1] if start > 0 else ""
    if words.startswith(_CLAUSE_OPENERS) and before and before not in _CLAUSE_BOUNDARY:
        return True
    return before in _SAME_YEAR_BEFORE and before != "" \
        or (end < len(text) and text[end] in _SAME_YEAR_AFTER)
_WORD_BEFORE_RELATIVE = frozenset(cue_chars("periods.before_relative_chars"))
# ngo72: 网上年检, 线上年货节: the characters that make a word with the 上 of 上年 (not 以: 以上年为基数 counts back)
_WORD_BEFORE_LAST_YEAR = frozenset(cue_chars("periods.before_last_year_chars"))
_LAST_YEAR_OPEN = cues("periods.last_year_opening")[0]  # 上: 上年, 上年度, 上一年


def _month_restated(out: list[tuple[int, int, str]], start: int, words: str) -> bool:
    """当月 written right after a month (10月当月, 比9月当月): it repeats that month (the month
    alone, not the months up to it), so the month's words stand for both — a comparison's 比9月
    stays one compared time."""
    return bool(out) and out[-1][1] == start and _words().get(words, ("",))[0] == "after_month" \
        and out[-1][2].endswith(("月", "月份"))


def _same_month_in_word(text: str, start: int, words: str) -> bool:
    """当月 written inside another word (相当月薪, 每当月末): the character before tells, as for 当年."""
    return _words().get(words, ("",))[0] == "after_month" and start > 0 and text[start - 1] in _SAME_YEAR_BEFORE


@lru_cache(maxsize=1)
def _relative_words() -> tuple[str, ...]:
    """The periods table's months and quarters counted from the publication (上月, 本季度), once."""
    return tuple(k for k, (kind, _v) in _words().items() if kind in ("month", "quarter"))


_YEAR_START_TERMS = cues("periods.year_start_terms")


def at_year_start(words: str) -> bool:
    """Whether period words are a bare 年初 (the first month of a year no word names: the year told
    of, see metrics' `_year_start_told`), not 年初以来 nor 今年年初."""
    return _words().get(_QUOTES_SPACE.sub("", words), ("",)) == ("part", "01/01")


def year_start_term(text: str, end: int, words: str) -> bool:
    """年初 right before 预算 or 计划 (年初预算安排5000万元, 年初计划投资): the name of the budget or
    plan the year opened with, a figure of the whole year and no time of its first month (a
    period still: `_target_time` reads 完成年初预算数60999万元的40.4% as the year's budget)."""
    return text.startswith(_YEAR_START_TERMS, end) and _words().get(words, ("",)) == ("part", "01/01")


_CELEBRATE_BEFORE = cue_chars("periods.celebrate_before_chars")  # 欢度国庆, 喜迎国庆, 庆国庆: the day kept


def _holiday_given_name(text: str, start: int, words: str) -> bool:
    """A bare holiday right after a family name (63岁的王国庆说, 张国庆同志): a given name (国庆 is a common one),
    no day of the calendar — unless the character before is a verb of keeping the day (欢度国庆, 迎国庆,
    庆国庆: 度, 迎, 庆 may be family names too)."""
    if start == 0 or _words().get(words, ("", None))[0] not in _HOLIDAY_KINDS:
        return False
    before = text[start - 1]
    return before in single_surnames() and before not in _CELEBRATE_BEFORE




def _holiday_noun(text: str, end: int, words: str) -> bool:
    """A bare holiday right before a noun of a benefit (春节补贴, 中秋慰问金): the holiday names the
    kind of allowance, it says no time (春节期间发放补贴 keeps its 春节期间)."""
    if not text.startswith(_HOLIDAY_NOUN_HEADS, end):
        return False
    return _words().get(words, ("",))[0] in _HOLIDAY_KINDS


# --------------------------------------------------------------------------- resolution

def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    from .stages.numbers import parse_number
    try:
        v = parse_number(s)
    except ValueError:
        return None
    return int(v) if v == int(v) else None


def _ref(ref: str | None) -> tuple[int | None, int | None, int | None]:
    if not ref:
        return None, None, None
    m = _REF_DATE.match(ref)
    if not m:
        return None, None, None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None), (int(m.group(3)) if m.group(3) else None)


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _last_day(y: int, m: int) -> str:
    return _ymd(y, m, calendar.monthrange(y, m)[1]) or _ym(y, m)


# the resolution grammar, compiled once (resolve runs per figure; a pattern formatted and looked
# up in re's cache at every call cost more than the matching)
_REF_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PREFIX_RE = re.compile(_PREFIX)
_SINCE_SUFFIX_END = re.compile(f"(?:{cue_alt('periods.since_suffix')})$")
_YEAR_RANGE = re.compile(rf"((?:19|20)\d\d){_YEAR}?{_RANGE}((?:19|20)\d\d){_YEAR}"
                         rf"|((?:19|20)\d\d)(?:{_RANGE}|/)((?:19|20)\d\d)(?:{_SCHOOL})")
_PLAN_END = re.compile(cue_alt("periods.plan_end", longest_first=False))
_PLAN_START = re.compile(cue_alt("periods.plan_start"))  # “十四五”良好开局: the plan's first year
# (近20年来, 近十年来: the since mark 来 after the recent years closes the same span, as 20年来 does)
_RECENT_YEARS = re.compile(rf"({_RECENT})([{_CN}\d]{{1,2}})年(?:{_SINCE})?")
# 五年累计完成投资406.5亿元: a count of years right before a total is the years summed, the last ones
_YEARS_TOTAL = re.compile(_YEARS_TOTAL_WORDS)
_COMING_YEARS = re.compile(rf"(?:{_COMING})([{_CN}\d]{{1,2}})年")
_RECENT_MONTHS_RE = re.compile(rf"(?:{_RECENT_MONTHS})[{_CN}\d]{{1,2}}(?:{_MONTH_SPAN})")
_COMING_DAYS_RE = re.compile(_COMING_DAYS)
_DAYS_FROM_TODAY = re.compile(rf"(?:{cue_alt('periods.coming_days_today')})([{_CN}\d]{{1,2}})(?:{cue_alt('periods.day_span_unit')})")


def _days_from_today(s: str, ry: int | None, rm: int | None, rd: int | None) -> str | None:
    """今明两天 in a story of 2016-07-19: the N days from the publication day on (2016-07-19/2016-07-20);
    None without a day of publication, or for a stretch whose first day the words leave open (未来三天)."""
    m = _DAYS_FROM_TODAY.fullmatch(s)
    n = _cn_int(m.group(1)) if m else None
    if not n or not (ry and rm and rd):
        return None
    first = _dt.date(ry, rm, rd)
    return f"{first.isoformat()}/{(first + _dt.timedelta(days=n - 1)).isoformat()}" if n > 1 else first.isoformat()
_YEARS_SINCE = re.compile(rf"([{_CN}\d]{{1,3}})([{_ABOUT}]?){_YEAR}(?:{_SINCE})")
# 为1961年以来最高值, 1961年以来历史同期第三高: the year a record is counted from (a climate or
# statistics series), no time of the figure before it
_YEAR_SINCE = re.compile(rf"(?:19|20)\d\d{_YEAR}以?(?:{_SINCE})")
_YEARS_AGO = re.compile(rf"([{_CN}\d]{{1,3}})年(?:{_AGO})")
_FOUR_DIGIT_YEAR = re.compile(r"((?:19|20)\d\d)年")
_END_MARK_END = re.compile(f"({cue_alt('periods.end_mark', longest_first=False)})$")
_MONTH_RANGE = re.compile(rf"(\d{{1,2}}|[{_MONTH_CN}]{{1,2}})(?:月份?)?{_RANGE}(\d{{1,2}}|[{_MONTH_CN}]{{1,2}})月份?")
_FIRST_MONTHS = re.compile(rf"(?:{_FIRST})({_NUM})个?月")
_MONTH_DAY = re.compile(rf"(?:(\d{{1,2}})月份?)?(?:(\d{{1,2}})(?:[日号]?{_RANGE}(\d{{1,2}}))?[日号])?")


def resolve(words: str, ref: str | None, anchored: bool = False, coming: bool = True) -> str | None:
    """ISO 8601 for period words, against the publication date `ref`; None when it cannot be known.
    `anchored`: ref's year is a year the text stated for its figures (2023年，… 春节期间), not a
    publication date, so a yearless festival is that year's, never the nearest one.  `coming`:
    a season of this year long over may be the coming one (今年寒假 in a December notice); False
    for a sentence of results (今年春运期间，全县共发送旅客… in a year-end summary: this year's)."""
    s = _FIRST_MONTH_RE.sub("1", _QUOTES_SPACE.sub("", words))  # 元月 → 1月
    if s.endswith(_TO_DATE) and _ONE_MONTH.fullmatch(s[:-len(_TO_DATE)]):
        month = resolve(s[:-len(_TO_DATE)], ref, anchored, coming)  # 5月份累计: the year up to May
        return f"{month[:4]}-01/{month}" if month and len(month) == 7 and month[5:] != "01" else month
    due = _DAY_DEADLINE.search(s)
    if due:  # 9月30日前: the day, a deadline still to come
        s = s[:due.start()]
    listed = _holiday_list(s, ref, anchored)
    if listed is not False:
        return listed
    ry, rm, rd = _ref(ref)
    w = _words()
    prefix = None if s in w else _PREFIX_RE.match(s)
    asof = bool(prefix) and prefix.group(0) not in cues("periods.since_prefix")
    since_words = cues("periods.since_suffix")
    since = s.endswith(since_words)  # 从2005年的42.9%调整为… is a point in time, 自…以来 a stretch
    if prefix:
        s = s[prefix.end():]
    s = _SINCE_SUFFIX_END.sub("", s)
    s = _TEN_DAYS_AFTER_MONTH.sub("", s)  # 3月中旬 → 3月
    s = _HOUR_AFTER_DAY.sub("", s)  # 10月1日零时 → 10月1日 (a day's figures, not an hour's)
    # five-year plans: 十一五 = 2006-2010 (the third plan began in 1966)
    m = _YEAR_RANGE.fullmatch(s)
    first, last = (m.group(1) or m.group(3), m.group(2) or m.group(4)) if m else ("", "")
    if m and first < last:
        return f"{first}/{last}"  # 2020年至2022年, 2019—2021年, 2023-2024学年: several years
    if _PLAN_CORE_RE.search(s):
        n = _cn_int(_PLAN_CORE_RE.search(s).group(0)[:-1]) or 0
        first = 1966 + 5 * (n - 3)
        if _PLAN_END.search(s):
            return str(first + 4)
        if _PLAN_START.search(s):
            return str(first)  # 实现“十四五”良好开局: the year the plan opened, not its five
        if since and ry and rm and first <= ry <= first + 4:
            return f"{first}-01/{_ym(ry, rm)}"  # “十四五”以来: from the plan's start up to now
        return f"{first}/{first + 4}"
    if _COMING_DAYS_RE.fullmatch(s):
        return _days_from_today(s, *_ref(ref))  # 今明两天: from the publication day; 未来三天: left open
    if _RECENT_MONTHS_RE.fullmatch(s):
        return None  # 近两个月: the last months, which the text does not pin down
    m = _RECENT_YEARS.fullmatch(s)
    if m:
        n = _cn_int(m.group(2))
        return _last_years(ry, n, rm)
    m = _YEARS_TOTAL.fullmatch(s)
    if m and not prefix:  # 五年累计: the years summed, up to the publication year (as 过去五年)
        return _last_years(ry, _cn_int(s[:-1]), rm)
    m = _COMING_YEARS.fullmatch(s)
    if m:
        return _coming_years(ry, rm, _cn_int(m.group(1)))
    m = _YEARS_SINCE.fullmatch(words.strip())
    if m:  # 3年来 = the three years before publication, as 近三年; 20余年来 is vague
        n = _cn_int(m.group(1))
        return _last_years(ry, n, rm) if not m.group(2) else None
    m = _YEARS_AGO.fullmatch(s)
    if m:
        n = _cn_int(m.group(1))
        return str(ry - n) if ry and n else None
    if s in w and w[s][0] == "after_month":  # 当月, 次月: only from the month named before (anchored)
        if not anchored or not ry or not rm:
            return None
        y, m0 = divmod(ry * 12 + rm - 1 + int(w[s][1]), 12)
        return _ym(y, m0 + 1)
    if s in w and w[s][0] in ("now", "day", "vague"):
        kind, val = w[s]
        if kind == "vague":
            return None  # 近年来: a time the text does not pin down
        if kind == "now":
            if val == "day" and rd:
                return _ymd(ry, rm, rd)
            return _ym(ry, rm) if rm else (str(ry) if ry else None)
        if not rd:
            return None
        return (_dt.date(ry, rm, rd) + _dt.timedelta(days=int(val))).isoformat()
    # year part
    year, rest, this_year = None, s, False
    m = _FOUR_DIGIT_YEAR.match(rest)
    if m:
        year, rest = int(m.group(1)), rest[m.end():]
    else:
        for word, (kind, val) in _words_longest_first():
            if kind in ("year", "after") and rest.startswith(word):
                if ry is None or (kind == "after" and not anchored):
                    return None  # 次年 counts from the year named before, never the publication's
                year, rest, this_year = ry + int(val), rest[len(word):], int(val) == 0
                break
    explicit_year = year is not None
    end_mark = ""
    m = _END_MARK_END.search(rest)
    if m and not (rest in w and w[rest][0] == "yearend"):
        end_mark, rest = m.group(1), rest[:m.start()]
    rest, end_mark = _holiday_stretch(rest, end_mark, w)
    if this_year and coming:
        year = _coming_season_year(rest, year, rm, w)
    if year is None and rest:
        year = ry
        if year is None:
            return None
    result = _months_days(rest, year, ry, rm, rd, explicit_year or anchored, end_mark or (due and _DEADLINE_MARKS[0]) or "", w)
    if result is None:
        return None
    if since and ry is None and "/" not in result:
        return None  # 2012年以来 with no publication date: a stretch whose end is unknown, no year 2012
    if since and ry and rm:
        return _since_up_to_now(result, _ym(ry, rm), back=not (explicit_year or anchored))
    if asof and len(result) == 4 and end_mark in _YEAR_END:
        return f"{result}-12-31"
    if asof and prefix.group(0) in _ASOF_DAY_PREFIXES and not end_mark:
        m = _MONTHS_SPAN.fullmatch(result)
        if m and m.group(1) == m.group(3):  # 截至2023年上半年, 截至三季度: the last day of the months
            return _last_day(int(m.group(3)), int(m.group(4)))
    return result


# nengyuan102: 截至2023年上半年，全国可再生能源装机达到13.22亿千瓦 (截至三季度, 截至1—9月): an as-of that
# names a stretch of months of one year states the stock on the stretch's last day (2023-06-30), as
# 截至2023年6月底 does; 到/至 before such a stretch may be a deadline or an end reached and keep it
_ASOF_DAY_PREFIXES = frozenset(cues("periods.asof_day_prefix"))
_MONTHS_SPAN = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


@lru_cache(maxsize=1)
def _holiday_list_re() -> re.Pattern:
    """中秋节、国庆节假期 (2023年中秋、国庆假期) split into its year, first holiday, last holiday and
    the days-off words after them."""
    w = _words()
    holiday = _alt(k for k, (kind, _v) in w.items() if kind in _HOLIDAY_KINDS)
    rel_year = _alt(k for k, (kind, _v) in w.items() if kind == "year")
    return re.compile(rf"((?:19|20)\d\d年|{rel_year})?({holiday})(?:{_LIST_JOIN}(?:{holiday}))*{_LIST_JOIN}({holiday})(.*)")


def _holiday_list(s: str, ref: str | None, anchored: bool):
    """中秋节、国庆节假期 (the 2023 days off from 29 September to 6 October): holidays listed before
    the days off they share are one stretch from the first's to the last's (2023-09/2023-10), at
    the precision of both, whichever is written first; a year before them is both's (2023年中秋、
    国庆假期); None when either is unknown; False when s lists no holidays."""
    m = _holiday_list_re().fullmatch(s)
    if m is None or not m.group(4):
        return False
    year, rest = m.group(1) or "", m.group(4)  # (2023年中秋、国庆假期: the year is both holidays')
    first, last = resolve(year + m.group(2) + rest, ref, anchored), resolve(year + m.group(3) + rest, ref, anchored)
    if not first or not last:
        return None
    # (国庆、中秋假期: listed out of calendar order, the stretch still runs from the earlier's start)
    a, b = min(first.split("/")[0], last.split("/")[0]), max(first.split("/")[-1], last.split("/")[-1])
    if _months_apart(a, b) > _SHARED_DAYS_OFF_MONTHS:
        return None  # 中秋节和春节期间: two holidays months apart share no days off, one stretch is no time
    return a if a == b else (f"{a}/{b}" if a < b else None)


_SHARED_DAYS_OFF_MONTHS = 1  # 中秋节、国庆节 (September and October), 元旦、春节: next to each other


_CUMULATIVE_RE = re.compile(r"(\d{4})-01/(\d{4})-(\d\d)")


def last_year_cumulative(iso: str | None, ref: str | None) -> str | None:
    """1-11月, 今年1-11月 (read 2023-01/2023-11) in a text posted in January 2023: months from January
    (the statistics' cumulative form) still to come two months and more after the publication
    cannot hold results, so a year-end summary written in December and posted later tells of the
    year before (2022-01/2022-11), as a bare 12月 in January is last December; else None."""
    m = _CUMULATIVE_RE.fullmatch(iso or "")
    ry, rm, _rd = _ref(ref)
    if m is None or not ry or not rm or m.group(1) != m.group(2) or int(m.group(1)) != ry \
            or int(m.group(3)) < rm + 2:
        return None
    return f"{ry - 1}-01/{ry - 1}-{m.group(3)}"


def months_after(month: str, ref: str) -> int:
    """How many months `month` (YYYY-MM…) falls after `ref` (YYYY-MM…); negative before it."""
    return (int(month[:4]) - int(ref[:4])) * 12 + int(month[5:7]) - int(ref[5:7])


def _months_apart(a: str, b: str) -> int:
    """Months between the starts of two periods written YYYY-MM(-DD) (0 for a year alone)."""
    return abs(months_after(b, a)) if len(a) >= 7 and len(b) >= 7 else 0


def _since_up_to_now(result: str, now: str, back: bool = False) -> str:
    """X以来, X至今: from the start of X up to the publication month — 2012年以来 and 今年以来 as much
    as 一季度以来 in May (2024-01/2024-05) and 本季度以来 in January (2024-01: the quarter so far,
    not its months still to come).  A start after the publication month is last year's when the
    words name no year (`back`: 国庆以来, 三季度以来 in a January text), else X stays as written."""
    start = result.split("/")[0]
    if len(start) == 4:
        start += "-01"
    if start[:7] > now and back:
        start = f"{int(start[:4]) - 1:04d}{start[4:]}"
    if start[:7] > now:
        return result
    return f"{start}/{now}" if start[:7] != now else start


_PLAN_YEAR_MONTHS = 6  # a plan for the coming years published by June counts the current year in


def _coming_years(ry: int | None, rm: int | None, n: int | None) -> str | None:
    """今后五年, 未来三年 in a plan or work report: the n years from the publication year when it
    is published in the first half of the year (a March report's 今后五年 is that year and the
    four after it), from the next year otherwise."""
    if not ry or not n:
        return None
    first = ry if (rm or 1) <= _PLAN_YEAR_MONTHS else ry + 1
    return str(first) if n == 1 else f"{first}/{first + n - 1}"


_YEAR_OVER_MONTH = 12  # a review published in December (县人代会, 年终总结) counts its own year as past


def _last_years(ry: int | None, n: int | None, rm: int | None = None) -> str | None:
    """The n years before the publication year: 过去五年 → 2019/2023, 过去一年 → 2023 (one
    year is a year, not an interval of one).  In a December review (即将过去的2018年) the
    publication year is one of them: 过去五年 in December 2018 → 2014/2018."""
    if not ry or not n:
        return None
    last = ry if rm == _YEAR_OVER_MONTH else ry - 1
    return str(last) if n == 1 else f"{last - n + 1}/{last}"


_STRETCH_END = re.compile(f"(?:{_STRETCH}|{_DAYS_COUNT})$")


def _holiday_stretch(rest: str, end_mark: str, w) -> tuple[str, str]:
    """国庆假期, 五一小长假: the days off around a holiday are no single day but a stretch of the
    holiday's month (the stretch word read as an end mark, as 期间 in 国庆期间)."""
    m = _STRETCH_END.search(rest)
    if m and m.start() > 0 and w.get(rest[:m.start()], ("",))[0] in _HOLIDAY_KINDS + ("holiday_days",):
        return rest[:m.start()], end_mark or m.group(0)
    return rest, end_mark


@lru_cache(maxsize=1)
def _lunar_new_years() -> dict[int, _dt.date]:
    """The lunar new year's Gregorian date by year (lunar_new_year.tsv), read once."""
    return {int(r["year"]): _dt.date.fromisoformat(r["date"]) for r in load_table("lunar_new_year")}


def _lunar_month(year: int, end_mark: str) -> str | None:
    """春节, 春节假期 of a year: the month its new year's day falls in (the festival is a stretch of
    days, never one day), the month of the day before for its eve (春节前夕); None for a year
    the table does not hold."""
    day = _lunar_new_years().get(year)
    if day is None:
        return None
    if end_mark in cues("periods.eve"):
        day -= _dt.timedelta(days=1)
    return _ym(day.year, day.month)


@lru_cache(maxsize=1)
def _festival_days() -> dict[tuple[str, int], _dt.date]:
    """The day of 中秋, 端午, 清明 by (festival, year) (festival_days.tsv), read once."""
    return {(r["festival"], int(r["year"])): _dt.date.fromisoformat(r["date"]) for r in load_table("festival_days")}


def _festival(key: str, year: int | None, end_mark: str) -> str | None:
    """中秋节 of a year: its day; 中秋假期, 端午期间: the month of its days off (as 国庆假期); the
    day before's month for its eve (中秋前夕); None for a year the table does not hold."""
    day = _festival_days().get((key, year)) if year else None
    if day is None:
        return None
    if end_mark in cues("periods.eve"):
        day -= _dt.timedelta(days=1)
        return _ym(day.year, day.month)
    return day.isoformat() if not end_mark else _ym(day.year, day.month)


_HOLIDAY_AHEAD_DAYS = 31  # a yearless holiday this near ahead of the publication day is the coming one


def _coming_new_year(day: _dt.date, ry, rm, rd) -> _dt.date:
    """元旦期间, 元旦、春节期间 in a text of 20 December: a yearless holiday whose next year's day is
    at most a month after the publication day is that coming one, not the one of the publication
    year eleven months back (only holidays at the very start of a year are that near)."""
    if not (ry and rm and rd) or day.year != ry:
        return day
    try:
        coming = day.replace(year=ry + 1)
    except ValueError:
        return day
    return coming if 0 < (coming - _dt.date(ry, rm, rd)).days <= _HOLIDAY_AHEAD_DAYS else day


def _nearest_lunar_year(ry: int, rm: int, rd: int | None) -> int:
    """The year of the lunar new year nearest the publication date: 春节前 in a December story is
    the coming festival (next year's), in a March story the one just past (this year's) — the
    text names no year, so it speaks of the one at hand."""
    ref = _dt.date(ry, rm, rd or 15)
    days = _lunar_new_years()
    near = [(abs((days[y] - ref).days), y) for y in (ry - 1, ry, ry + 1) if y in days]
    return min(near)[1] if near else ry


def _months_days(rest, year, ry, rm, rd, explicit_year, end_mark, w) -> str | None:
    if not rest:
        if year is None:
            return None
        if end_mark in _YEAR_END:
            return f"{year}-12-31"
        return str(year)
    if rest in w and w[rest][0] == "yearend":
        return f"{year}-12-31"  # 年末常住人口: as of the last day of the year (as 2019年末)
    if rest in w and w[rest][0] == "part":
        a, b = (int(x) for x in w[rest][1].split("/"))
        if end_mark in _YEAR_END:
            return _last_day(year, b)  # 二季度末, 上半年末: as of the part's last day
        if (a, b) == (1, 12):
            return str(year)  # 全年: the whole year is the year
        return _ym(year, a) if a == b else f"{_ym(year, a)}/{_ym(year, b)}"
    if rest in w and w[rest][0] == "festival":
        return _festival(w[rest][1], year, end_mark)
    season = _season_word(rest, w)
    if season is not None:
        return _season_span(season, year, ry, rm, rd, explicit_year)
    if rest in w and w[rest][0] == "lunar_day":  # 大年初一, 除夕: a day counted from the lunar new year
        if not explicit_year and ry and rm:
            year = _nearest_lunar_year(ry, rm, rd)
        first = _lunar_new_years().get(year)
        if first is None:
            return None
        day = first + _dt.timedelta(days=int(w[rest][1]))
        return _ym(day.year, day.month) if end_mark else day.isoformat()
    if rest in w and w[rest][0] == "lunar":
        if not explicit_year and ry and rm:
            year = _nearest_lunar_year(ry, rm, rd)
        return _lunar_month(year, end_mark)
    if rest in w and w[rest][0] in ("holiday", "holiday_days"):
        mm, dd = (int(x) for x in w[rest][1].split("-"))
        day = _coming_new_year(_dt.date(year, mm, dd), ry, rm, rd) if not explicit_year else _dt.date(year, mm, dd)
        if end_mark in cues("periods.eve"):
            day -= _dt.timedelta(days=1)
            return _ym(day.year, day.month)
        return day.isoformat() if not end_mark else _ym(day.year, day.month)
    if rest in w and w[rest][0] == "quarter":  # 上季度, 本季度: counted from the publication's quarter
        if not ry or not rm:
            return None
        y, q = divmod((year if explicit_year and year else ry) * 4 + (rm - 1) // 3 + int(w[rest][1]), 4)
        if end_mark in _YEAR_END:
            return _last_day(y, 3 * q + 3)
        return f"{_ym(y, 3 * q + 1)}/{_ym(y, 3 * q + 3)}"
    moved = _relative_month(rest, rm, year if explicit_year and year else ry, w)  # (去年本月: last year's)
    if moved is not None:  # 上月, 截至上月底, 本月15日: a month counted from the publication month
        if not moved:
            return None
        y, month, tail = moved
        return _months_days(f"{month}月{tail}", y, ry, rm, rd, True, end_mark, w)
    m = _MONTH_RANGE.fullmatch(rest) or _FIRST_MONTHS.fullmatch(rest)
    if m:
        a = 1 if m.lastindex == 1 else _cn_int(m.group(1))
        b = _cn_int(m.group(m.lastindex))
        if not a or not b or not 1 <= a <= b <= 12:
            return None
        return f"{_ym(year, a)}/{_ym(year, b)}"
    m = _MONTH_DAY.fullmatch(rest)
    if not m or not (m.group(1) or m.group(2)):
        return None
    month = int(m.group(1)) if m.group(1) else rm
    if month is None or not 1 <= month <= 12:
        return None
    if not explicit_year and ry and rm and month > rm and m.group(1) and end_mark not in _DEADLINE_MARKS:
        year -= 1  # 12月 in a January article is last December (6月底前, a deadline, is to come)
    if not m.group(2):
        if end_mark in _YEAR_END:
            return _last_day(year, month)
        return _ym(year, month)
    a = _ymd(year, month, int(m.group(2)))
    if m.group(3):
        b = _ymd(year, month, int(m.group(3)))
        return f"{a}/{b}" if a and b and a < b else None  # (a range runs forward: 1—5日)
    return a


def _season_word(rest: str, w) -> tuple[str, str] | None:
    """The (kind, value) of a season or the rush (春运, 暑期), 这个暑期 read as 暑期; None otherwise."""
    for this in cues("periods.season_this"):
        if rest.startswith(this):
            rest = rest[len(this):]
    kind_value = w.get(rest)
    return kind_value if kind_value and kind_value[0] in _SEASON_KINDS else None


def _season_span(kind_value, year, ry, rm, rd, explicit_year) -> str | None:
    """春运 of a year: its 40 days counted from the lunar new year's day (2024年春运: 2024-01-26/
    2024-03-05); 暑期, 寒假: its months (2024-07/2024-08).  With no year written, the one nearest the
    publication date (春运期间 in a March story is the rush just over; 寒假 in December the coming
    one; 暑期 in January the last one) — the text speaks of the one at hand."""
    kind, value = kind_value
    a, b = (int(x) for x in value.split("/"))
    if kind == "rush":
        if not explicit_year and ry and rm:
            year = _nearest_lunar_year(ry, rm, rd)
        first = _lunar_new_years().get(year)
        if first is None:
            return None
        return f"{(first + _dt.timedelta(days=a)).isoformat()}/{(first + _dt.timedelta(days=b)).isoformat()}"
    if not explicit_year and ry and rm:
        year = _nearest_months_year(a, b, ry, rm, rd)
    return f"{_ym(year, a)}/{_ym(year, b)}"


_SEASON_PAST_MONTHS = 9  # a season of this year over this many months before the publication is the coming one's


def _coming_season_year(rest: str, year: int, rm: int | None, w) -> int:
    """今年寒假, 今年春运 in a December notice: a season of 'this year' over nine months or more
    before the publication month is the coming one (the school year's winter break, the rush
    of the coming new year) — the following year's; 今年暑期 in January stays this summer.
    Other words keep their year."""
    season = _season_word(rest, w)
    if season is None or not rm:
        return year
    span = _season_span(season, year, None, None, None, True)
    last = int(span.split("/")[1][5:7]) if span and span.split("/")[1][:4] == str(year) else 12
    return year + 1 if rm - last >= _SEASON_PAST_MONTHS else year


def _nearest_months_year(a: int, b: int, ry: int, rm: int, rd: int | None) -> int:
    """The year whose months a..b lie nearest the publication date (within them: distance 0; a tie
    goes to the past one)."""
    ref = _dt.date(ry, rm, rd or 15)

    def distance(y: int) -> int:
        start, end = _dt.date(y, a, 1), _dt.date.fromisoformat(_last_day(y, b))
        return max((start - ref).days, (ref - end).days, 0)
    return min((ry - 1, ry, ry + 1), key=lambda y: (distance(y), y))


@lru_cache(maxsize=1)
def _month_words() -> tuple[str, ...]:
    """The periods table's months relative to the publication (上月, 本月), longest first, once."""
    return tuple(k for k, (kind, _v) in _words_longest_first() if kind == "month")


def _relative_month(rest: str, rm, ry, w) -> tuple | None:
    """(year, month, the words after) for a month named relative to the publication month (上月,
    上个月, 本月: the month's number is not written, so it is counted from the publication date);
    () when the publication month is unknown; None when rest names no such month."""
    word = next((k for k in _month_words() if rest.startswith(k)), None)
    if word is None:
        return None
    if not ry or not rm:
        return ()
    y, m0 = divmod(ry * 12 + rm - 1 + int(w[word][1]), 12)
    return y, m0 + 1, rest[len(word):]


@lru_cache(maxsize=4096)
def after_named_year(words: str) -> bool:
    """Whether period words open with a year counted from the year the text named before (次年,
    翌年: periods.tsv kind `after`), which only that year resolves (`resolve(…, anchored=True)`)."""
    s = _PREFIX_RE.sub("", _QUOTES_SPACE.sub("", words), count=1)
    return any(s.startswith(k) for k, (kind, _v) in _words_longest_first() if kind == "after")


def after_named_month(words: str) -> bool:
    """Whether period words are a month counted from the month the text named before (当月, 次月:
    periods.tsv kind `after_month`), which only that month resolves (`resolve(…, anchored=True)`)."""
    return _words().get(_QUOTES_SPACE.sub("", words), ("",))[0] == "after_month"


@lru_cache(maxsize=1024)
def years_after_named(words: str) -> int:
    """How many years period words count on from the year named before them (次年, 翌年 → 1;
    当年 → 0, the same year; 0 for words of another kind)."""
    s = _PREFIX_RE.sub("", _QUOTES_SPACE.sub("", words), count=1)
    return next((int(v) for k, (kind, v) in _words_longest_first() if kind == "after" and s.startswith(k)), 0)


@lru_cache(maxsize=1)
def whole_year_word() -> str:
    """The periods table's word for a whole year (全年: part 01/12), what a 当年 with no year named
    before it stands for: the year the text is telling of, as a yearless 全年 is."""
    return next(k for k, (kind, v) in _words().items() if kind == "part" and v == "01/12")


def relative_year(words: str, ref: str | None) -> int | None:
    """The year period words name relative to the publication (今年以来, 去年底 → the publication
    year, the one before), for 当年 and 次年 counting from the year a text named before; None for
    other words or without a publication year."""
    ry = _ref(ref)[0]
    if ry is None:
        return None
    s = _PREFIX_RE.sub("", _QUOTES_SPACE.sub("", words), count=1)
    word = next((k for k, (kind, _v) in _words_longest_first() if kind == "year" and s.startswith(k)), None)
    return ry + int(_words()[word][1]) if word else None


def plan_span(words: str) -> str | None:
    """The years of the five-year plan period words name, whatever end they mark (十三五末 →
    2016/2020: an average annual growth up to a plan's end is over the plan's years), else None."""
    m = _PLAN_CORE_RE.search(_QUOTES_SPACE.sub("", words))
    if m is None or not _is_plan(_QUOTES_SPACE.sub("", words)):
        return None
    first = 1966 + 5 * ((_cn_int(m.group(0)[:-1]) or 0) - 3)
    return f"{first}/{first + 4}"


_PRIOR_YEAR = cues("periods.prior_year")


@lru_cache(maxsize=1024)
def prior_year_words(words: str) -> bool:
    """Whether period words open with 上年, 上一年 (上年末, 截至上年底, 上年度): the year before the one
    the text tells of, which in a report on a year over is counted from that year (not 去年,
    always counted from the publication)."""
    return _PREFIX_RE.sub("", _QUOTES_SPACE.sub("", words), count=1).startswith(_PRIOR_YEAR)


def is_deadline(words: str) -> bool:
    """Whether period words are a deadline (6月底前, 年底前, 三季度末前: periods.deadline_marks):
    a time still to come when the text was written — a plan's, never a result's of the year
    before, however far after the publication month it falls."""
    s = _QUOTES_SPACE.sub("", words)
    return s.endswith(_DEADLINE_MARKS) or bool(_DAY_DEADLINE.search(s)) or _by_year_end(s)


def by_year_end(words: str) -> bool:
    """Whether period words are 到年底, 到年末 with no year (`_by_year_end`): the end of the year a
    plan works towards, unless the text around tells of a year over (see metrics)."""
    return _by_year_end(_QUOTES_SPACE.sub("", words))


def _by_year_end(s: str) -> bool:
    """到年底, 到年末 with no year: the end of the year a plan or a meeting's demand works towards
    (到年底，全县建成5G基站200个 in February is this December's) — a review of the year before says
    截至去年底 or 年末, and 截至年底 stays an as-of (periods.deadline_prefix)."""
    for prefix in cues("periods.deadline_prefix"):
        if s.startswith(prefix) and _words().get(s[len(prefix):], ("",))[0] == "yearend":
            return True
    return False


def deadline_time(words: str) -> str:
    """The time a deadline's words name, its 前 taken away (12月31日前 → 12月31日, 年底前 → 年底):
    read when the deadline was already met (12月31日前，全县已完成… in January), a time past, as the
    words without 前 are.  Words that are no deadline come back as they are."""
    if not is_deadline(words):
        return words
    s = _QUOTES_SPACE.sub("", words)
    before = next((m for m in cues("periods.day_deadline_marks") if s.endswith(m)), "")  # 底前, 日前: the 前
    return s[:len(s) - len(before)]


def explicit_year(words: str) -> int | None:
    """The four-digit year period words state (2022年1至4月 → 2022), else None."""
    m = _FOUR_DIGIT_YEAR.search(words)
    return int(m.group(1)) if m else None


@lru_cache(maxsize=4096)
def states_year(words: str) -> bool:
    """Whether period words fix their year themselves: a four-digit year, a year relative to
    the publication (今年, 去年), a five-year plan, or a count of years (过去五年, 20年前) —
    as against 全年, 一季度, 1至5月, whose year the context gives.  (Remembered by words: a
    pure function of them, asked for the same few period words by most figures.)"""
    s = _QUOTES_SPACE.sub("", words)
    if _PLAN_CORE_RE.search(s) or explicit_year(s) is not None:
        return True
    stated, parts = _year_words()
    if stated is not None and stated.search(s):
        return True
    for word in parts:
        s = s.replace(word, "")  # 全年, 上半年 name months of a year, not the year
    return "年" in s


_QUOTES_SPACE = re.compile(r"[“”\"‘’\s]")


@lru_cache(maxsize=1)
def _holiday_and_year_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The periods table's holidays (国庆, 春节) and relative years (今年, 去年), read once."""
    w = _words()
    return (tuple(k for k, (kind, _v) in w.items() if kind in _HOLIDAY_KINDS),
            tuple(k for k, (kind, _v) in w.items() if kind == "year"))


def bare_holiday(words: str) -> bool:
    """国庆假期, 春节期间, 五一: a holiday named without a year of its own (no 2023年, 今年 in the
    words), whose year is the nearest one's — unlike 今年国庆, which fixes it."""
    s = _QUOTES_SPACE.sub("", words)
    return explicit_year(s) is None and _year_words_re().search(s) is None and names_holiday(s)


@lru_cache(maxsize=1)
def _year_words_re() -> re.Pattern:
    """Any of the table's relative years (今年, 去年), anywhere: `bare_holiday` asks it of every
    period's words, one search where a generator tested each of the twelve words in turn."""
    return re.compile("|".join(map(re.escape, _holiday_and_year_words()[1])) or "(?!)")


def holiday_names(words: str) -> tuple[str, ...]:
    """The holidays of the periods table named in words (元旦春节期间: 元旦, 春节)."""
    s = _QUOTES_SPACE.sub("", words)
    return tuple(h for h in _holiday_and_year_words()[0] if h in s)


@lru_cache(maxsize=4096)
def names_holiday(words: str) -> bool:
    """Whether period words name a holiday: a holiday of the table in them (国庆假期, 春节期间), or a
    holiday named only before its days off (十一黄金周) — whose name inside other words (十一五期间)
    is no holiday."""
    s = _QUOTES_SPACE.sub("", words)
    holidays, _years = _holiday_and_year_words()
    return any(h in s for h in holidays) or bool(_DAYS_ONLY_RE().search(s))


@lru_cache(maxsize=1)
def _DAYS_ONLY_RE() -> re.Pattern:
    """十一黄金周, 十一期间 (quotes taken away): a number-named holiday right before its days off."""
    words = _days_only_words()
    if not words:
        return re.compile("(?!)")
    return re.compile(rf"(?<![{_CN}\d第])(?:{_alt(words)})(?:{_STRETCH}|{_DAYS_ONLY_SUFFIX})")


@lru_cache(maxsize=1)
def _year_words() -> tuple[re.Pattern | None, tuple[str, ...]]:
    """For `states_year`, from the periods table once (not scanned per figure): a pattern that
    finds any word fixing its own time (now, day, vague, holiday kinds), and the words naming part
    of a year (part, yearend), longest first."""
    w = _words()
    # (a relative year is stated before the parts go: 今年三季度末, 去年底 lost their 年 to 年末, 年底 — mine57)
    stated = [word for word, (kind, _v) in w.items()
              if kind in ("now", "day", "vague", "holiday", "month", "quarter", "festival", "year")]
    # (大年初一 names a day of the lunar new year, no year of its own: its 年 is taken away as a part's)
    parts = sorted((k for k, (kind, _v) in w.items() if kind in ("part", "yearend", "lunar_day")), key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, stated))) if stated else None), tuple(parts)
