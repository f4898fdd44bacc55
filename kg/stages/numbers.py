"""Number grammar: find counted quantities (value + unit + approx) in Chinese government text.

Why our own grammar: jionlp's `parse_money` silently turns `4624个` into 16 元 and `2.3万余个` into a
range, and cn2an leaves mixed forms alone (see docs/anchors.md).  Metrics need exact values in a
base unit with their qualifiers, so this module is a small regex-driven grammar: one compiled
pattern, one `finditer` pass per text, and a few cheap checks that reject what only looks like a
count (dates, years, ordinals, numerals inside quoted names, idioms such as 一对一 or 二次创业).

A quantity is a number followed by a measure word or unit (个, 支, 平方米, %, 个百分点 …), or by a
万/亿 magnitude (`140万志愿者`).  A bare figure with no unit (`1533`) is not a quantity.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..divisions import table as division_table
from ..lexicon import load_table
from ..metric_words import cue_alt, cue_chars, cues, guarded, numeral_forms
from ..pipeline import component
from ..text import CHINESE_NUMERALS, CLOSE_QUOTES, HAN, OPEN_QUOTES, alt, dictionary_words, is_han, rfind_any, word_freq, word_tags

# --------------------------------------------------------------------------- numerals

# the numerals (resources/lexicon/numerals.tsv): digits with their 大写 forms, 十百千 inside a
# section, 万亿 over sections, and the magnitude words after an Arabic number (tried in file order)
_CN_DIGITS = numeral_forms("digit")
_CN_SMALL = numeral_forms("small")
_CN_BIG = numeral_forms("big")
_MAGNITUDE = numeral_forms("magnitude")
_POINT = next(iter(numeral_forms("point")))  # 三点五
_BIG_DESC = sorted(_CN_BIG, key=lambda f: -_CN_BIG[f])  # 亿 before 万
_TENS = "".join(f for f, v in _CN_SMALL.items() if v == 10)  # 十拾: a numeral may open with ten
_WRITE_DIGITS = {v: f for f, v in numeral_forms("digit", canonical=True).items()}
_WRITE_SMALL = {v: f for f, v in numeral_forms("small", canonical=True).items()}
_WRITE_BIG = {v: f for f, v in numeral_forms("big", canonical=True).items()}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

_CN_DIGIT_CHARS = "".join(_CN_DIGITS)
_CN_ALL_CHARS = _CN_DIGIT_CHARS + "".join(_CN_SMALL) + "".join(_CN_BIG)
# 一个/一批 is an article, 二次创业 an adjective: counts of one and two use 两
_COUNT_TWO = cues("numbers.count_two")  # 两
_ARTICLE_NUMERALS = {f for f, v in _CN_DIGITS.items() if v in (1, 2)} - set(_COUNT_TWO)
_DIGIT_RUN = re.compile("[" + "".join(f for f, v in _CN_DIGITS.items() if v) + "]{2}")


def _as_number(d: Decimal) -> int | float:
    """int when integral (so 2.3万 is 23000, not 23000.0), else float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _cn_section(s: str) -> int:
    """Value of a Chinese numeral below 10^4 (no 万/亿), e.g. 一百二十 → 120, 十八 → 18."""
    total, number, seen_digit = 0, 0, False
    for ch in s:
        if ch in _CN_DIGITS:
            number = _CN_DIGITS[ch]
            seen_digit = number != 0  # 一百零十 reads the 十 after 零 as 一十
        elif ch in _CN_SMALL:
            total += (number if seen_digit else 1) * _CN_SMALL[ch]
            number, seen_digit = 0, False
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + number


def _cn_integer(s: str) -> int:
    if not s:
        return 0
    if all(ch in _CN_DIGITS for ch in s) and len(s) > 1:
        # digit-by-digit reading: 二〇二二 → 2022
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    for big in _BIG_DESC:
        k = s.rfind(big)
        if k >= 0:
            head = s[:k]
            left = _cn_integer(head) if head else 1
            return left * _CN_BIG[big] + _cn_integer(s[k + 1:])
    return _cn_section(s)


def _cn_to_decimal(s: str) -> Decimal:
    if _POINT in s:
        whole, frac = s.split(_POINT, 1)
        if not frac or not all(ch in _CN_DIGITS for ch in frac):
            raise ValueError(f"not a Chinese numeral: {s!r}")
        digits = "".join(str(_CN_DIGITS[ch]) for ch in frac)
        return Decimal(_cn_integer(whole) if whole else 0) + Decimal("0." + digits)
    return Decimal(_cn_integer(s))


_PLAIN_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_GROUPED_BY_SPACE = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def parse_number(s: str) -> int | float:
    """Parse a number string: Arabic (1,200 / 48.32 / full-width １２３), Chinese (一百二十,
    三十万, 二〇二二, 三点五) or mixed with a magnitude (2.3万, 173.6亿, 1.5万亿).

    Raises ValueError for anything else.  (Remembered: a document writes the same numbers again
    and again; an error is raised afresh each time.)"""
    t = s.strip().translate(_FULLWIDTH).replace(". ", ".")  # 3. 5亿: a spaced decimal point (_ARABIC_SPACED)
    if " " in t and _GROUPED_BY_SPACE.fullmatch(t):
        t = t.replace(" ", "")  # 1 139.33: thousands grouped by a space (_ARABIC_GROUPED)
    if not t:
        raise ValueError("empty number")
    mag = 1
    for word, factor in _MAGNITUDE.items():
        if t.endswith(word) and len(t) > len(word) and t[-len(word) - 1] in "0123456789.":
            mag, t = factor, t[: -len(word)]
            break
    if mag == 1 and len(t) <= 18 and t.isascii() and t.isdigit():
        return int(t)  # the common case, without a Decimal (same value: an integral Decimal → int)
    if _PLAIN_ARABIC.fullmatch(t):
        try:
            return _as_number(Decimal(t.replace(",", "")) * mag)
        except InvalidOperation as e:  # pragma: no cover - regex guarantees validity
            raise ValueError(s) from e
    if (t[0] in _CN_DIGITS or t[0] in _TENS) and all(ch in _CN_ALL_CHARS or ch == _POINT for ch in t):
        return _as_number(_cn_to_decimal(t) * mag)
    raise ValueError(f"not a number: {s!r}")


def to_chinese(n: int) -> str:
    """Write a non-negative integer in Chinese numerals (the inverse of `parse_number` for ints):
    120 → 一百二十, 10 → 十, 300000 → 三十万, 100010000 → 一亿零一万."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return _WRITE_DIGITS[0]
    return _to_chinese(n, leading=True)


def _to_chinese(n: int, leading: bool) -> str:
    zero_digit = _WRITE_DIGITS[0]
    for factor in sorted(_WRITE_BIG, reverse=True):
        name, zero_below = _WRITE_BIG[factor], factor // 10 if factor > 10 ** 4 else 1000
        if n >= factor:
            head, rest = divmod(n, factor)
            out = _to_chinese(head, leading) + name
            if rest:
                out += (zero_digit if rest < zero_below else "") + _to_chinese(rest, False)
            return out
    out, zero = [], False
    for unit, name in [(u, _WRITE_SMALL[u]) for u in sorted(_WRITE_SMALL, reverse=True)] + [(1, "")]:
        d = n // unit % 10
        if d == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out.append(zero_digit)
            zero = False
        if unit == 10 and d == 1 and not out and leading:
            out.append(name)
        else:
            out.append(_WRITE_DIGITS[d] + name)
    return "".join(out)


def format_number(value: int | float, style: str = "arabic") -> str:
    """Write a number the ways the press does: `arabic` (1200, 48.32), `grouped` (1,200),
    `wan` (2.3万 / 173.6亿 where exact), `chinese` (integers only)."""
    d = Decimal(str(value))
    if style == "arabic":
        return format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
    if style == "grouped":
        if d == d.to_integral_value():
            return f"{int(d):,}"
        whole, frac = format(d.normalize(), "f").split(".")
        return f"{int(whole):,}.{frac}"
    if style == "wan":
        for word in _BIG_DESC:
            factor = _MAGNITUDE[word]
            if abs(d) >= factor:
                q = (d / factor).normalize()
                return format(q, "f") + word
        return format_number(value, "arabic")
    if style == "chinese":
        if d != d.to_integral_value():
            raise ValueError("chinese style writes integers only")
        return to_chinese(int(d))
    raise ValueError(f"unknown style {style!r}")


# --------------------------------------------------------------------------- units


_SECTION_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)+")
SECTION_LEAD = 8  # white space a section's number may stand after at its line's start (an indent)


_DOTTED_HEAD = re.compile(rf"[ \t\u3000\xa0]*([0-9０-９]+(?:[.．][0-9０-９]+)+)[ \t\u3000\xa0]*(?=[{HAN}])")


def dotted_heading(line: str) -> bool:
    """Is `line` a section's dotted number run straight into its heading (`3.2元数据`, `6.1人力资源保障`,
    no space between): its first characters read as a unit only open the heading's word
    (`_section_heading`), and the line ends no sentence.  The layout stage keeps such a line a unit of
    its own, as it keeps `1.1 编制目的`."""
    m = _DOTTED_HEAD.match(line)
    if m is None or any(ch in "，,。；;！？!?" for ch in line):
        return False
    unit = next((u for u, _b in _UNITS if line.startswith(u, m.end())), None)
    return unit is not None and _section_heading(line, m.group(1), m.start(1), m.end(), unit)


def _section_heading(text: str, num: str, ns: int, unit_start: int, unit_s: str) -> bool:
    """A section's number opening its line, then its heading (`6.1 人力资源保障`, `7.1 名词术语`,
    `3.2元数据` in a plan's or a standard's table of contents): a dotted number (6.1, 2.5.3) alone
    before the heading's first word, which the unit's characters only open — jieba's dictionary
    reads a longer word there (人力资源, 名词; 元数据 from `numbers.heading_words`), no unit.  A figure at a line's start reads its
    unit as a word of its own (2.5吨以上货车, 1.5人次)."""
    if not _SECTION_NUMBER.fullmatch(num) or text[ns + len(num):unit_start].strip(" \t\u3000\xa0"):
        return False  # (1.5万人参加: a magnitude between, a figure)
    k = ns
    while k > 0 and ns - k < SECTION_LEAD and text[k - 1] in " \t\u3000\xa0":
        k -= 1
    if k > 0 and text[k - 1] != "\n":
        return False
    if text.startswith(cues("numbers.heading_words"), unit_start):
        return True
    words = dictionary_words(text[unit_start:unit_start + 6])
    return bool(words) and len(words[0]) > len(unit_s) and all(is_han(ch) for ch in words[0])


# (surface, base unit) from resources/lexicon/units.tsv, longest first (吨标准煤 before 吨)
_UNIT_ROWS = load_table("units")
_UNITS: list[tuple[str, str]] = sorted(((r["surface"], r["base"]) for r in _UNIT_ROWS),
                                       key=lambda u: -len(u[0]))
MEASURE_UNITS = frozenset(r["base"] for r in _UNIT_ROWS if r["kind"] == "measure")
_NOT_BEFORE = {r["surface"]: r["not_before"] for r in _UNIT_ROWS if r.get("not_before")}
_UNIT_BASE = dict(_UNITS)
_DEPUTY_UNIT, _CHIEF_MARK = "副", "正"  # 1正2副: a body's chief and deputies, no count in 副 (units.tsv)
# units whose not_before falls back to the unit one character shorter, not to no figure (口人 → 口:
# 1260口人 is 1260 persons, 3口人饮水井 three wells)
_SHORTER_ON_CLASH = frozenset(cues("numbers.shorter_unit_on_clash"))
_UNIT_WORD_OPENINGS = tuple(cues("numbers.unit_word_openings"))  # 5|项目: the unit opens a word
_UNIT_WORD_SPLITS = tuple(cues("numbers.unit_word_splits"))  # 5|项|目标: the unit, then a noun
_LEADERSHIP_SETS = tuple(cues("numbers.leadership_sets"))  # 4|套班子: a unit and 班子 name the leadership
# units after which a Chinese numeral is usually part of a place name (五台山, 七台河, 九台区)
_PLACEY_UNITS = set(cues("numbers.placey_units"))
_SMALL_YUAN_AFTER = tuple(cues("numbers.small_yuan_after"))
_NAME_WORD_TAGS = ("n", "j", "f")  # jieba's nouns, abbreviations and place words (工行, 店, 里)


@lru_cache(maxsize=1)
def _fixed_phrase_offsets() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """numbers.fixed_phrases grouped by where their numeral stands in them (两条底线: 0; 和平共处五项原则: 4):
    one `startswith` per offset."""
    digits = set(_CN_DIGIT_CHARS) | set("0123456789")
    groups: dict[int, list[str]] = {}
    for p in cues("numbers.fixed_phrases"):
        groups.setdefault(next((i for i, ch in enumerate(p) if ch in digits), 0), []).append(p)
    return tuple((k, tuple(ps)) for k, ps in sorted(groups.items()))


def _in_fixed_phrase(text: str, ns: int) -> bool:
    """Is the numeral at ns inside a name with a numeral (两条底线, 和平共处五项原则)?"""
    return any(k <= ns and text.startswith(ps, ns - k) for k, ps in _fixed_phrase_offsets())


def _opens_word(text: str, at: int) -> bool:
    """The unit at `at` opens a word with what follows (5项目列入: 项目), not a unit then a noun (5项目标任务)."""
    return text.startswith(_UNIT_WORD_OPENINGS, at) and not text.startswith(_UNIT_WORD_SPLITS, at)


def _name_after_yuan(text: str, end: int) -> bool:
    """三元工行, 三元里, 两元店: a noun, an abbreviation or a place word right after one Chinese numeral and 元
    makes them the opening of a name (三元区's branch of ICBC), no sum; a sum goes on with 钱, 左右, 以上
    (`_SMALL_YUAN_AFTER`), a verb (由三元提高到五元) or a mark."""
    if end >= len(text) or not is_han(text[end]) or text.startswith(_SMALL_YUAN_AFTER, end):
        return False
    tags = word_tags()
    word = text[end:end + 2] if text[end:end + 2] in tags else text[end:end + 1]
    return tags.get(word, "").startswith(_NAME_WORD_TAGS)  # 三元钱, 五元左右: a sum of one numeral and 元 goes on so


_NAME_LIST_EDGES = "、，,；;（(“ \n\u3000"  # what stands either side of a name in a list of people


@lru_cache(maxsize=1)
def _one_char_surnames() -> frozenset:
    return frozenset(r["surname"] for r in load_table("surnames") if len(r["surname"]) == 1)


def _given_name_yuan(text: str, ns: int, end: int) -> bool:
    """张世伟、王宗惠、刘三元、刘锴等县领导: one numeral and 元 after a one-character surname, the three
    closed off as an item of a list of names (a list mark or the line's edge before the surname, a list
    mark or 等 after 元), are a person's name (刘三元), no sum of three yuan (由三元, 票价三元、 stay sums:
    no surname alone between the edge and the numeral)."""
    return ns >= 1 and text[ns - 1] in _one_char_surnames() \
        and (ns == 1 or text[ns - 2] in _NAME_LIST_EDGES) \
        and (end >= len(text) or text[end] in "、等")


_MAGNITUDE_UNIT_WORDS = tuple(cues("numbers.magnitude_unit_words"))  # 1.75万亿|项目: no measure word after a magnitude
_PLACE_SUFFIX = set(cue_chars("numbers.place_suffix_chars"))
_PLACE_NAME_WORDS = tuple(cues("numbers.place_name_words"))
_NOT_PLACE_NAME_WORDS = tuple(cues("numbers.not_place_name_words"))


def _financial_only(num: str) -> bool:
    """陆万 (in 陆万明), 伍千 : a numeral whose only digit is a 大写 one, with at most a magnitude after
    it. 大写 digits write sums of money (壹万元); before anything else the character opens a name
    (陆万明出席, 伍家岗), so such a numeral is no figure."""
    digits = num.rstrip(_FINANCIAL_MAGNITUDES)
    return len(digits) == 1 and digits in cue_chars("numbers.financial_numeral_chars")


_FINANCIAL_MAGNITUDES = "十百千万亿"


def _placey_name(text: str, end: int) -> bool:
    """Does one Chinese character after a place-like unit, then 社区 or 村, finish a community's or a
    village's name the numeral opens (两眼|塘社区居家养老服务中心: the community 两眼塘, no two wells)?
    Not a word that names no village (两家|农村合作社)."""
    return is_han(text[end]) and text.startswith(_PLACE_NAME_WORDS, end + 1) \
        and not text.startswith(_NOT_PLACE_NAME_WORDS, end)


# compound "per" units: 元/亩, 元/人
_PER = cues("numbers.per_units")
# per units 每 alone may join, with no slash (29微克每立方米, as written in plans for 微克/立方米)
_PER_WORD = cues("numbers.per_word_units")
PERCENT_UNITS = frozenset(r["base"] for r in _UNIT_ROWS if r["kind"] == "percent")  # %, ‰, 个百分点

_APPROX_PRE = cues("numbers.approx_pre")
# words an approx word ends (签约, 节约, 最近): by approx word, the words (one character before it)
_APPROX_IN_WORD: dict[str, tuple[str, ...]] = {}
for _w in cues("numbers.approx_in_words"):
    _APPROX_IN_WORD[_w[1:]] = _APPROX_IN_WORD.get(_w[1:], ()) + (_w,)
_APPROX_POST = cues("numbers.approx_post")
_BOUND_PRE = cues("numbers.bound_pre")  # 至少, 不超过 …: never before a bare 百/千/万
_ROUND_ONLY_PRE = cues("numbers.round_only_pre")  # 上万名, never 上3个
# 迈上, 跃上, 站上: verbs of climbing onto a mark whose 上 a round figure after them (迈上万亿元大台阶) would
# otherwise read as its approx word (上万名)
_CLIMB_VERBS = tuple(v for v in cues("metrics.threshold_verbs") if len(v) > 1 and v.endswith(_ROUND_ONLY_PRE))
_CLAUSE_END_POST = cues("numbers.clause_end_post")  # 上下 at a clause end, not 上下游
_CLASS_BOUNDS = tuple(sorted(cues("numbers.class_bounds"), key=len, reverse=True))  # 及以上, 以下
_SETTLEMENT_UNITS = frozenset(cues("numbers.class_settlement_units"))  # 户, 人: a settlement's size (20户以上自然村)
_SETTLEMENT_NOUNS = tuple(cues("numbers.class_settlement_nouns"))  # 自然村, 自然屯
_MID = cue_chars("numbers.approx_mid_chars")  # 2.3万余个
# shandong69: the spoken 来 (about) between a round number and its unit (9万来块钱, 二十来个): approx, read only
# right before a unit (300万来自…, 一来…二来 stay no figure)
_MID_BEFORE_UNIT = f"[{cue_chars('numbers.approx_mid_before_unit')}]"
_LEAD = cue_chars("numbers.numeral_lead_chars")  # 十八, 百余, 万名
_ROUND_LEAD = cue_chars("numbers.round_lead_chars")
_ORDINAL = cue_chars("numbers.ordinal_chars")  # 第
_NTH_MEASURE = "个"  # 第二个|十年: the measure of an ordinal right before the span it numbers
_ORDINAL_COUNT_RE = re.compile(f"[{re.escape(_ORDINAL)}][0-9{_CN_ALL_CHARS}]{{1,3}}{_NTH_MEASURE}$")
_YEAR_UNIT = cues("numbers.year_unit")[0]
_WEEK_UNIT = cues("numbers.week_unit")[0]
_DECIMAL_ONLY_UNITS = frozenset(cues("numbers.decimal_only_units"))  # 8.8日 days, 15日 a date
_MULTIPLE_UNIT = cues("numbers.multiple_unit")[0]


_PER_BEFORE = cues("numbers.per_before_units")
_EACH = cues("numbers.each")[0]  # 每
_DENSITY_COUNTS = frozenset(cues("numbers.density_counts"))  # 每平方公里48人: people per area
_DENSITY_AREAS = frozenset(cues("numbers.density_areas"))


_POINTS_UNIT = cues("metrics.points_unit")[0]  # 个百分点
_POINTS_SHORT = re.compile(f"(?:{cue_alt('metrics.change_verbs', False)})(?:{cue_alt('metrics.perfective')})?$")


def _points_in_short(text: str, ns: int, unit_s: str, end: int) -> bool:
    """0.3个点 right after a change verb, closing its clause (环比上升0.3个点, 同比回落1.2个点): the
    short form of 个百分点 — not 3个点位, 设立5个点 (no change verb before it)."""
    if unit_s != cues("numbers.points_short")[0] or text[end:end + 1] != cues("numbers.points_short")[1]:
        return False
    if end + 1 < len(text) and text[end + 1] not in _STOP:
        return False
    return _POINTS_SHORT.search(text, max(0, ns - 6), ns) is not None


def _per_before(text: str, start: int) -> str | None:
    """The unit of 每公斤, 每公顷 right before an amount in a unit of measure (收购价格为每公斤20元,
    单产每公顷4582公斤): the amount is per that unit (元/公斤, 公斤/公顷), as 20元/公斤 would be
    written."""
    for per in _PER_BEFORE:
        k = start - len(per) - 1
        if k >= 0 and text.startswith(_EACH + per, k):
            return per
    return None


_PER_AFTER = tuple(sorted(cues("numbers.per_after_units"), key=len, reverse=True))
_ONE = cues("numbers.per_after_one")[0]  # 一


def _one_per_after(text: str, end: int) -> str | None:
    """The unit of 一斤, 一公斤 right after an amount in a unit of measure, closing its clause (收购价已
    达到30元至120元一斤, 15元一公斤): the amount is per that unit (元/斤), as 每斤120元 would be written —
    not 一斤 counted (the count-noun rule read 一斤 as what 120元 counts).  Only before a clause's end
    or 的, so 5元一斤装 and 10元一亩地 stay as they are."""
    if not text.startswith(_ONE, end):
        return None
    k = end + len(_ONE)
    per = next((w for w in _PER_AFTER if text.startswith(w, k)), None)
    if per is None:
        return None
    nxt = text[k + len(per):k + len(per) + 1]
    return per if not nxt or not is_han(nxt) or nxt == _DE else None


def _alt(words) -> str:
    return alt(words)


_ARABIC = r"[0-9０-９]{1,3}(?:,[0-9]{3})+(?![0-9])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
# 总投资 3. 5亿元, 民生项目总投资31. 4亿元 (sichuan62): a decimal point with a space after it, as text copied from a
# laid-out page writes it, read only after a word (a list's 2. opens a line) and before a magnitude
_ARABIC_SPACED = rf"(?:(?<=[{HAN}])|(?<=[{HAN}] ))[0-9]{{1,4}}\. (?=[0-9]{{1,2}}[万亿])[0-9]{{1,2}}"
# nongken90: thousands grouped by a space, as gazetteers and yearbooks print them (有耕地1 139.33公顷, 上交粮豆
# 2 000吨, 人均收入8 000元): right after a Han character (no table's cell run) and right before a Han
# character or a percent mark, groups of exactly three digits: one figure (was 139.33公顷, the rest lost)
_ARABIC_GROUPED = rf"(?<=[{HAN}])[0-9]{{1,3}}(?: [0-9]{{3}})+(?![0-9])(?:[.．][0-9]+)?(?=[{HAN}%％])"
_CHINESE = (f"[{_CN_DIGIT_CHARS}{_LEAD}][{_CN_ALL_CHARS}]*"
            f"(?:{_POINT}[{_CN_DIGIT_CHARS}]+)?")
_QUOTED_NAME = (r"《[^《》\n]{1,120}》|〈[^〈〉\n]{1,80}〉"
                r"|“[^“”、，,。；;：:！？!?\n]{1,15}”"
                r"|‘[^‘’、，,。；;：:！？!?\n]{1,15}’"
                r"|「[^「」、，,。；;：:！？!?\n]{1,15}」"
                r"|『[^『』、，,。；;：:！？!?\n]{1,15}』"
                r'|"[^"\s、，,。；;：:！？!?]{1,15}"')

# every match starts with one of these: a cheap lookahead lets the engine skip other text fast
_FIRST_CHARS = ("“‘「『\"《〈0123456789０１２３４５６７８９" + _CN_DIGIT_CHARS + _LEAD
                + "".join(sorted({w[0] for w in _APPROX_PRE})))
# 1.52 亿元, 2.2 %: one space between digits and a magnitude or unit (pages converted from PDF
# or typed so); not before a time unit (2023 年, 10 月 are dates, read by the periods)
_SPACED_FIRST = "".join(sorted(({w[0] for w in _MAGNITUDE} | {u[0] for u, _ in _UNITS})
                               - set(cue_chars("numbers.not_range_units"))))
# 2万2707公里, 3万5000人, 3亿2000万元, 1万2千元: the rest of a number written after its 万 or 亿 (an Arabic
# part below the magnitude, or one digit and 千 after 万), read only before a unit that is no time unit (2万2020年 is no figure)
# 1个亿, 两个亿 (gansu74): the spoken 个 before 亿, read as a sum in 元 (numbers.spoken_magnitude)
_SPOKEN = cues("numbers.spoken_magnitude")[0]
_SPOKEN_MID = (f"{re.escape(_SPOKEN[:-1])}(?={re.escape(_SPOKEN[-1])}"
               f"(?:[^{HAN}]|$|{cue_alt('numbers.spoken_magnitude_follow')}))")
_REST_UNITS = _alt(u for u, _ in _UNITS if u not in cues("numbers.not_range_units"))
_PATTERN = re.compile(
    rf"(?=[{re.escape(_FIRST_CHARS)}])"
    rf"(?:(?P<quote>{_QUOTED_NAME})"
    rf"|(?P<pre>{_alt(_APPROX_PRE)})?"
    rf"(?:(?P<pct>{cue_alt('numbers.percent_prefix')})(?P<pnum>{_ARABIC}|{_CHINESE})"
    rf"|(?P<num>{_ARABIC_SPACED}|{_ARABIC_GROUPED}|{_ARABIC}|{_CHINESE})"
    rf"(?:(?<=[0-9０-９])[ \u00a0](?=[{re.escape(_SPACED_FIRST)}]))?"
    rf"(?:(?P<mid1>[{_MID}])|(?P<spoken>{_SPOKEN_MID}))?(?P<mag>{'|'.join(map(re.escape, _MAGNITUDE))})?"
    rf"(?:(?<=[万亿])(?P<rest>[0-9０-９]{{1,4}})(?P<rest_mag>万|(?<=[万][0-9])千)?"
    rf"(?={_REST_UNITS}))?"
    rf"(?P<mid2>[{_MID}]|(?<=[0-9０-９十百千万]){_MID_BEFORE_UNIT}(?={_alt(u for u, _ in _UNITS)}))?"
    rf"(?P<unit>{_alt(u for u, _ in _UNITS)})?"
    rf"(?:/(?:{cue_alt('numbers.per_each')})?(?P<per>{_alt(_PER)})"
    rf"(?:(?:[/·•](?:{cue_alt('numbers.per_each')})?|{cue_alt('numbers.per_each')})"
    rf"(?P<per2>{cue_alt('numbers.per_time_units')}))?"
    rf"|(?:{cue_alt('numbers.per_each')})(?P<perw>{_alt(_PER_WORD)}))?)"
    rf"(?P<post>{_alt(_APPROX_POST)})?)"
)

# characters that, right before a number, mean it is part of a code, ordinal, date or range
# (·: the day of a dated name, 5·12汶川地震, or a mistyped decimal point, 1·8%: no figure after it)
_BAD_BEFORE_ARABIC = set("·•0123456789０１２３４５６７８９.．ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                         "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ_+#＃/:：" + _ORDINAL)
_SESSION_CHARS = set(cue_chars("numbers.session_chars"))  # 十七届61次常务会议: 第 left out
_TERM_SESSION_WORDS = tuple(cues("numbers.session_words")) + tuple(cues("numbers.term_session_words"))
_TERM_REACH = int(cues("numbers.term_reach")[0])
_BAD_BEFORE_CHINESE = set(_CN_ALL_CHARS + cue_chars("numbers.bad_before_chinese_chars"))
_RANGE_SIGNS = set(cue_chars("numbers.range_sign_chars"))
_STOP = set("，,。；;：:！？!?、（）()[]【】\n\r\t 　…—.．")  # . : a title cut off with ...
# words that end the noun phrase after a quantity (20个总队按照… → 总队; 8类常备队伍和… → 常备队伍)
# (24个在建项目: 在建 is the noun's own word, no preposition)
_CUT = re.compile(f"(?!{cue_alt('numbers.noun_keep')})(?:{cue_alt('numbers.noun_cut', longest_first=False)})")
# an adverb or a completion verb ends the noun only once it has begun (24个在建项目全面加快建设进度 →
# 在建项目; 85个项目竣工 → 项目), a noun may start with one (20个提前开工项目)
# the first cut word not inside a whole word (维和人员, 高等院校): those are matched and stepped over
_CUT_SCAN = re.compile(f"(?:{cue_alt('numbers.noun_whole')})|(?P<cut>{_CUT.pattern})")
_ADVERB_TAG = "d"  # jieba's tag of an adverb (共同, 一同)
_KEPT_NEGATIONS = cue_chars("numbers.noun_kept_negations")  # 不, 未: no adverb a noun may lose
# the first inner cut word outside a word that holds it (签约企业, 土地流转签约: matched first and stepped over)
_CUT_INNER_SCAN = re.compile(f"(?:{cue_alt('numbers.noun_inner_keep')})|(?P<cut>{cue_alt('numbers.noun_cut_inner')})")


def _inner_cut(word: str, start: int) -> re.Match | None:
    """The first verb of `numbers.noun_cut_inner` at or after `start` that ends the noun (12个镇|准确摸清,
    6家企业|签约办公) — never one inside a word of `numbers.noun_inner_keep`, whether that word opens
    with it (3个签约企业) or holds it further in (1100亩土地流转签约: the signing of land transfers is
    the thing measured, no deed of the land)."""
    return next((m for m in _CUT_INNER_SCAN.finditer(word, start) if m.group("cut")), None)
# a division named by one character (全县12个镇准确摸清…, 3个村集中…): a noun begun already, whose inner cut
# word may follow right after it
_ONE_CHAR_DIVISIONS = frozenset(cues("numbers.noun_one_char_divisions"))
_DIVISION_COUNT_UNITS = frozenset(cues("numbers.division_count_units"))
_DIVISION_CUT_WORDS = tuple(cues("numbers.division_cut_words"))  # 对口, 结对, 持续 right after 县 of 35个县


def _one_char_division(text: str, i: int, word: str) -> bool:
    """12个镇准确摸清…: the noun at i opens with a division of one character counted by a unit of
    divisions (个), so the division is the whole noun once a cut word follows; not 13名县牵头项目领导,
    where 县 is the level of the people counted."""
    return word[:1] in _ONE_CHAR_DIVISIONS and text[i - 1:i] in _DIVISION_COUNT_UNITS
_OPEN_QUOTES = "“‘「『\"《"
_CLOSE_QUOTES = "”’」』\"》"


@dataclass(frozen=True)
class Quantity:
    """A counted figure in a text; offsets are into the text given to `find_quantities`."""
    start: int
    end: int
    value: int | float
    unit: str
    approx: bool
    surface: str
    number_start: int
    number_end: int
    qualifier: str | None = None  # the approx word(s): 余, 以上, 近 …
    counted: str | None = None  # the noun right after the unit (N个X → X), quotes stripped
    form: str | None = None  # range (3至5个), fraction (三分之一), cheng (八成), multiple (翻一番)
    low: int | float | None = None  # a range's bounds; `value` is the low one
    high: int | float | None = None


# a name written in Latin letters and digits (PM2.5, PM10, COVID-19 is cut at its hyphen): one
# word inside a noun phrase, whose digits are no figure
_CODE_NAME = re.compile(r"[A-Za-z]+[0-9]+(?:\.[0-9]+)?(?![0-9])")


# a run of CJK ideographs: none is a stop mark, a quote, a digit or a letter, so `_noun_end` takes
# each of them as its loop would, one by one — matched at once instead
_IDEOGRAPH_RUN = re.compile(f"[{HAN}]+")


# a ranking list inside a counted noun (世界500强企业, 中国民营企业500强): its size and 强
_RANKING = re.compile(f"[0-9]{{2,4}}(?:{cue_alt('numbers.ranking_marks')})")
# a scenic area's national grade inside a counted noun (3个国家4A级旅游景区): its digit and A级
_GRADE = re.compile(f"[1-5](?:{cue_alt('numbers.grade_marks')})")
# a network's generation inside a counted noun (120个5G基站, 10万个4G、5G基站): its digits and G
_GENERATION = re.compile(f"[1-9][0-9]?(?:{cue_alt('numbers.generation_marks')})(?![A-Za-z0-9])")


def _noun_end(text: str, i: int, reach: int) -> int:
    """Where the run of noun characters from i ends (at most `reach` of them): at a stop mark,
    a quote or a digit, except the digits of a name written in letters and digits (PM2.5平均浓度:
    one word).  A run of ideographs (most of a noun) is stepped over by one regex match, the
    other characters one by one (a Python step per character cost ~0.1 ms per figure)."""
    n, j = len(text), i
    limit = min(n, i + reach)
    while j < n and j - i < reach and text[j] not in _STOP and text[j] not in _OPEN_QUOTES \
            and text[j] not in _CLOSE_QUOTES:
        if text[j].isdigit():
            rank = _RANKING.match(text, j) or _GRADE.match(text, j) or _GENERATION.match(text, j)
            # (124家世界500强企业, 120个5G基站: a ranking list's name, a network's generation, no figure)
            if rank is None:
                break
            j = rank.end()
            continue
        run = _IDEOGRAPH_RUN.match(text, j, limit)
        if run is not None:
            j = run.end()
            continue
        code = _CODE_NAME.match(text, j) if text[j].isascii() and text[j].isalpha() else None
        j = code.end() if code else j + 1
    return j


def _before_verb_of_wei(text: str, i: int, word: str) -> str:
    """2个村委会改|为社区居委会, 5个乡镇列|为试点: a verb of naming or moving (`numbers.verbs_before_wei`)
    that closes the noun right before 为 is the change made, no word of what is counted; the noun
    before it, where one character or more of it is left."""
    if not text.startswith(_WEI, i + len(word)):
        return word
    verb = next((v for v in _VERBS_BEFORE_WEI if word.endswith(v) and len(word) > len(v)), None)
    return word[:-len(verb)] if verb else word


_WEI = "为"
_VERBS_BEFORE_WEI = tuple(sorted(cues("numbers.verbs_before_wei"), key=len, reverse=True))


def _before_cut(s: str) -> str:
    """s up to its first cut word (24个项目已竣工 → 项目), stepping over the whole words that hold
    one (1000名维和人员, 3所高等院校: 和 and 等 are no conjunction there)."""
    opener = next((w for w in _PASSIVE_OPENERS if s.startswith(w)), "")
    for m in _CUT_SCAN.finditer(s, len(opener)):
        if m.group("cut") is not None:
            return s[:m.start()]
    return s


# 5.2万元被骗资金, 3000名被征地农民: a passive participle opening the noun is its attribute (review117)
_PASSIVE_OPENERS = tuple(sorted(cues("numbers.passive_noun_openers"), key=len, reverse=True))


_MODAL_KEEP = tuple(cues("numbers.noun_cut_modal_keep"))  # 可研 of 项目可研报告: a noun's word, no modal


def _before_prep(word: str) -> str:
    """The noun up to a one-character preposition that opens a clause of its own (400名华侨华人应
    使馆邀请 → 华侨华人; 16个市县因灾受损 → 市县), or a modal verb after one character of noun (10个村
    要架桥才能通路 → 村): a preposition cuts only after two characters of noun, and either only where
    the character makes no common word with its neighbours (原因, 应用, 供应, 因素 stay whole).  A character
    of `numbers.noun_cut_first_chars` (来 of purpose: 保洁员3人来清理) right after the measure, where it makes
    no common word with the next, leaves no noun at all."""
    preps, freq = cue_chars("numbers.noun_cut_prep_chars"), word_freq()
    modals = cue_chars("numbers.noun_cut_modal_chars")
    if len(word) >= 2 and word[0] in cue_chars("numbers.noun_cut_first_chars") and freq.get(word[:2], 0) < 100:
        return ""  # 保洁员3人来清理: 来 of purpose right after the measure, no noun counted (20名来宾 stays)
    for k in range(1, len(word)):
        right = freq.get(word[k:k + 2], 0) if k < len(word) - 1 else 0  # (县要 of 12个县要按期完成: 要 last)
        if (word[k] in preps and 2 <= k < len(word) - 1 or word[k] in modals and not word.startswith(_MODAL_KEEP, k)) \
                and freq.get(word[k - 1:k + 1], 0) < 100 and right < 100:
            end = _before_span(word, k)
            if end == k and word[k] in modals and k >= 3 and word[k - 1] in cue_chars("numbers.noun_cut_modal_times"):
                end = k - 2 if word[k - 2] == "每" else k - 1  # 农户|年可出栏, 牛|每年可: the rate's unit of time
                # (and its 每) before the modal, no noun's (工资|两年来: a span counted, `_before_span`'s)
            return word[:end]
    return word


_SPAN_COUNT_CHARS = cue_chars("numbers.span_before_lai_counts")  # 两, 多, 几 … of 两年来


def _before_span(word: str, k: int) -> int:
    """Where the noun ends before a cut at k: before a stretch of time the cut character closes (82万余元
    工资两年来多次讨薪: 两年来 'for two years', no part of the 工资) — a unit of time (`numbers.span_before_lai_units`)
    right before k and the count before it; k itself otherwise, or where no noun would be left."""
    if word[k - 1:k] not in cue_chars("numbers.span_before_lai_units"):
        return k
    j = k - 1
    while j > 0 and (word[j - 1] in _SPAN_COUNT_CHARS or word[j - 1].isdigit()):
        j -= 1
    return j if 0 < j < k - 1 else k


# one-character items of a 、-list (政、商、学、): the modifiers of the noun its last item closes with
_CHAR_ITEMS = re.compile(rf"(?:、[{HAN}](?=、)){{1,8}}、(?=[{HAN}])")


_LEVEL_PAIR_CHARS = cue_chars("numbers.level_pair_chars")
_LEVEL_PAIR = re.compile(rf"、(?=[{_LEVEL_PAIR_CHARS}][{HAN}])")


def _level_pair(text: str, i: int, word: str) -> re.Match | None:
    """32项市、区重大工程, 5个省、市重点项目: two levels of government written as one character each
    share the head noun after the second (the works of the city and of the district), as a longer
    list of one-character items does; the match of the 、 before the second level, or None."""
    return _LEVEL_PAIR.match(text, i + 1) if word in _LEVEL_PAIR_CHARS else None


_LEVEL_LIST_WORDS = frozenset(cues("numbers.level_list_words"))
# what the next item of such a list opens with: a level word or a one-character level (国家、省、市级奖励)
_LEVEL_LIST_OPENS = tuple(sorted(set(cues("numbers.level_list_words")) | set(_LEVEL_PAIR_CHARS), key=len, reverse=True))


_KINDS_ETC = cue_chars("numbers.kinds_list_etc_chars")[0]  # 等: closes a list of kinds before their head noun
_KINDS_LIST_REACH = 24  # characters after the first item searched for 等 (bounded)
_KINDS_LIST_STOP = re.compile(r"[，,。；;：:！？!?\n0-9（）()“”]")


def _kinds_list_head(text: str, i: int, word: str) -> str:
    """2918艘拖网、帆式张网、耙刺等渔船扬帆出海, 300家餐馆、酒店等经营单位: a count before a 、-list of
    kinds closed by 等 and a head noun counts that head, the kinds are examples of it; the whole list
    through the head is counted (its noun, as `_shared_head_list` keeps a list's shared head), never the
    first kind alone.  Only within `_KINDS_LIST_REACH` characters, no clause mark or figure between;
    `word` otherwise."""
    k = i + len(word)
    stop = _KINDS_LIST_STOP.search(text, k, k + _KINDS_LIST_REACH)
    lim = stop.start() if stop else min(len(text), k + _KINDS_LIST_REACH)
    etc = text.find(_KINDS_ETC, k, lim)
    if etc < 0:
        return word
    head = _counted_after(text, etc + 1)
    return text[i:etc + 1] + head if head and len(head) >= 2 else word


def _shared_head_list(text: str, i: int, word: str) -> str:
    """`word` of one character opening a 、-list of one-character items (1700余名政、商、学、媒体界代表):
    the items are modifiers sharing the head noun of the list's last item, so the whole list through
    that noun is counted (not 政 alone); `word` itself otherwise."""
    if _GENERATION.fullmatch(word):  # 10万个4G、5G基站: the generations share the head noun (4G、5G基站)
        last = _counted_after(text, i + len(word) + 1)
        return text[i:i + len(word) + 1] + last if last and len(last) > len(word) else word
    if word in _LEVEL_LIST_WORDS and text.startswith(_LEVEL_LIST_OPENS, i + len(word) + 1):
        # 50多项国家、省级以上荣誉: the levels share the last one's head noun (gongzuo97)
        last = _counted_after(text, i + len(word) + 1)
        level = next((w for w in _LEVEL_LIST_OPENS if last and last.startswith(w)), "")
        rest = last[len(level):].removeprefix("以上") if last else ""
        return text[i:i + len(word) + 1] + last if len(rest) >= 2 else word
    if len(word) != 1:
        return word
    m = _CHAR_ITEMS.match(text, i + 1)
    pair = _level_pair(text, i, word) if m is None else None
    if m is None and pair is None:
        return word
    end = (m or pair).end()
    last = _counted_after(text, end)
    if pair is not None and last and word_tags().get(last[1:3], "").startswith("v"):
        return word  # 25个市、县参加: the levels are what is counted, the verb after them no noun
    return text[i:end] + last if last and len(last) >= 2 else word


# 4个2019年省重点项目: the year (or year's batch) of the things counted, between the count and its noun
_VINTAGE_BEFORE_NOUN = re.compile(rf"(?:19|20)[0-9]{{2}}年度?(?=[{HAN}])(?![以前后底末初上下至到起内中的])")


# 4位90岁以上的高龄老人: the age band of the people counted, between the count and its noun (never a band
# that closes the clause: 5人60岁以上)
_AGE_BEFORE_NOUN = re.compile(rf"[0-9]{{1,3}}(?:周岁|岁)(?:及?以[上下])?(?P<de>的)?(?![以及的])(?=[{HAN}])")


# 3条10千伏线路, 2座110千伏变电站, 5台400千伏安配变: the voltage class (or a transformer's rating) of the things
# counted, between the count and its noun (metrics.voltage_units, as energy48 reads a class before a name)
# 两个8000吨级专用码头, 2个5万吨级泊位 (huanan84): an order of size (`_size_tier`) between the count and its noun
# (was the count's noun none, the indicator 个 or the clause's words before it)
# (a magnitude, a measure or both before 级, as in `_size_tier`: 三个50亿级专业园区; a bare grade 3级 is no tier;
# a tonnage straight before a berth or ship, 5个2万吨泊位, a tier with no 级: haishi109)
_TONNE = "吨"
_CONTAINER_SIZE = "标准箱|标箱|TEU|箱位"  # 2艘8500标准箱集装箱船, 2条1740箱位集装箱船: a ship's size in boxes (gangkou119)
_TIER_BEFORE_NOUN = re.compile(rf"[0-9]+(?:\.[0-9]+)?(?:(?:[万亿千百](?:{cue_alt('numbers.tier_units')})?"
                               rf"|(?:{cue_alt('numbers.tier_units')}))级(?=[{HAN}])"
                               rf"|[万千]?(?:{_TONNE}|{_CONTAINER_SIZE})(?=(?:{cue_alt('numbers.tonnage_class_nouns')})))")
# 392个15分钟品质文化生活圈, 5个24小时城市书房 (wenwu115): the span a facility serves in (metrics.span_class_*) between
# the count and its name, a word of the name (was the count's noun none, the indicator the verb before it)
_SPAN_BEFORE_NOUN = re.compile(rf"[0-9]{{1,2}}(?:{cue_alt('metrics.span_class_units')})"
                               rf"(?=[{HAN}]{{0,8}}?(?:{cue_alt('metrics.span_class_heads')}))(?!内)")
_VOLTAGE_BEFORE_NOUN = re.compile(rf"[0-9]{{1,4}}(?:{cue_alt('metrics.voltage_units')})安?(?!安)(?=[{HAN}])")


# 1栋3层独立商业, 2栋18层住宅楼 (renda84): the storeys of the buildings counted, between the count and its noun
# (never storeys that close the clause or run on: 楼高3层, 6层以上)
_STOREYS_BEFORE_NOUN = re.compile(rf"[0-9]{{1,3}}层(?![以及的])(?=[{HAN}])")


def _before_adverb_char(word: str) -> str:
    """863台采棉机正|陆续投入使用 → 采棉机: a one-character adverb (正, 也, 再: jieba's tag d) closing the noun
    cut before the verb is the verb's, when it forms no word with the character before it (首都,
    成都 stay whole).  Where the character before is also the end of a word far more common than the
    pair (9所学校正|加快推进建设: 学校, not 校正), the noun is that word and the adverb is cut as well."""
    if len(word) >= 3 and word_tags().get(word[-1]) == _ADVERB_TAG and word[-1] not in _KEPT_NEGATIONS \
            and (word[-2:] not in word_tags() or _overlapped_pair(word)):  # (36件认定不|构成: not 认定)
        return word[:-1]
    return word


_OVERLAP_RATIO = 20  # how many times more common the word before must be than the pair it overlaps


def _overlapped_pair(word: str) -> bool:
    """学校正: the pair 校正 closing the noun overlaps 学校, a word far more common, that the character
    before it closes; 首都, 成都 (no word 国首, 个成 before them) are no such pair."""
    freq = word_freq()
    before = freq.get(word[-3:-1], 0)
    return before > _OVERLAP_RATIO * freq.get(word[-2:], 0) and word_tags().get(word[-3:-1]) == "n"


def _negated_clause(span: str, word: str) -> str:
    """5个还未完成的白色塑料大棚: a negated clause before 的 modifies the noun counted, so the noun runs on
    past the cut verb (完成) to its head (the noun was `还未`, an adverb alone); 未完成的大棚 was read whole.
    Only where the noun cut so far ends in a negation (未, 没, 不) and a 的 with a noun after it follows."""
    rest = span[len(word):]
    if word and word[-1] in _KEPT_NEGATIONS and "的" in rest[:-1]:
        return span
    return word


# 5万亩逐步扩大到…, 3000吨逐年增加 (gansu74): a trend adverb and a change verb right after a figure say how it
# moved on, no noun of what is counted (metrics.trend_adverbs, metrics.change_verbs)
_MOVE_AFTER = re.compile(f"(?:{cue_alt('metrics.trend_adverbs')}){{1,2}}(?:{cue_alt('metrics.change_verbs')})")


_GRADE_END = "级"  # 省级, 市级, 国家级: the grade of a thing counted, written before its quoted name
# 38名村“两委”干部, 5个镇“三资”平台: one character of a level (村, 镇 …) before the quoted name of its body
_LEVEL_BEFORE_QUOTE = frozenset(cue_chars("numbers.level_before_quote"))
QUOTED_HEAD_MAX = 4  # characters of a noun closing a quoted name (“四好农村路”示范点) at most


def _quoted_head(text: str, i: int) -> str:
    """The head noun right after a quoted name the count opens with (2个“四好农村路”示范点, 10个“双微”提升点):
    the things counted are the 示范点, the quote their name.  Only a noun (of the dictionary, or ending
    as a site does: numbers.quoted_head_end_chars); nothing when a clause mark, a verb or a longer run
    follows (3393个“健康小屋”，…; 9个“明星村”上榜); a cut word right after the noun (184块“河长制”公示牌已全部
    安装, hezhang110: 已 opens the predicate) closes it as a clause mark does."""
    j = _noun_end(text, i, QUOTED_HEAD_MAX + 1)
    head = _before_cut(text[i:j])
    if not 2 <= len(head) <= QUOTED_HEAD_MAX:  # (head shorter than the run: a cut word closed it)
        return _quoted_long_head(text, i)
    tag = word_tags().get(head) or ""
    return head if tag.startswith("n") or tag == "vn" or head[-1] in cue_chars("numbers.quoted_head_end_chars") else ""


_QUOTED_LONG_HEAD_MAX = 8  # characters of a longer site's noun after a quoted name (“十三五”建档立卡贫困村)


def _quoted_long_head(text: str, i: int) -> str:
    """30个“十三五”建档立卡贫困村和…: a longer head noun after the quoted name, up to where the noun is cut
    (a conjunction, a verb, a mark), ending as a site does (numbers.quoted_head_end_chars: 村, 点, 站): the
    villages are counted, the quote names their plan; "" otherwise (the short reading's rule stands)."""
    head = _before_cut(text[i:_noun_end(text, i, _QUOTED_LONG_HEAD_MAX + 1)])
    return head if QUOTED_HEAD_MAX < len(head) <= _QUOTED_LONG_HEAD_MAX \
        and head[-1] in cue_chars("numbers.quoted_head_end_chars") else ""


_BRAND_MARKS = tuple(cues("numbers.quoted_brand_marks"))  # 牌
_PRODUCT_MAX = 10  # characters of the product written after a brand mark at most


def _branded_product(text: str, i: int) -> str:
    """6台“贝林”牌燃油加油机: after a quoted brand and its mark (牌), the product noun (燃油加油机) is
    what a count before the brand counts; "" when no mark follows the quote or no noun of two
    characters or more follows the mark (the reach is fixed)."""
    mark = next((w for w in _BRAND_MARKS if text.startswith(w, i)), None)
    if mark is None:
        return ""
    k = i + len(mark)
    noun = _before_cut(text[k:_noun_end(text, k, _PRODUCT_MAX)])
    return noun if len(noun) >= 2 else ""


# what may stand between a count and its noun as part of the noun (`_counted_after`), tried in this order:
# a year's list (4个2019年省重点项目), an age band (4位90岁以上的高龄老人 → 90岁以上高龄老人: the band's 的 no part of
# the name), a voltage class (3条10千伏线路), storeys (1栋3层独立商业, renda84), a size tier (两个8000吨级专用码头, huanan84)
_CLASSES_BEFORE_NOUN = (_VINTAGE_BEFORE_NOUN, _AGE_BEFORE_NOUN, _VOLTAGE_BEFORE_NOUN, _STOREYS_BEFORE_NOUN,
                        _TIER_BEFORE_NOUN, _SPAN_BEFORE_NOUN)


_COPULAS = tuple(cues("numbers.copula_after_count"))  # 有两位是非中共党员: what the ones counted are, after it
_NOT_COPULAS = tuple(cues("numbers.copula_not"))
_SUCH = tuple(cues("numbers.demonstrative_after_count"))  # 8次这样的|志愿服务活动: 'such', no noun of its own
_BARE_AMOUNT_ENDS = "十百千万亿"  # …投资4万亿|这样的机遇: no measure word, the 'such' points at the amount, no noun counted


def _before_quoted_object(text: str, i: int, word: str) -> str:
    """19个村达到“示范圩镇”标准: a noun cut at an opening quote that ends in a verb (达到, 创建) is the
    things counted and the verb whose object the quote opens — the verb is no part of the noun (村)."""
    j = i + len(word)
    if len(word) < 3 or j >= len(text) or text[j] not in _OPEN_QUOTES:
        return word
    tag = word_tags().get(word[-2:]) or ""
    return word[:-2] if tag[:1] == "v" and not word_tags().get(word) else word


def _counted_after(text: str, i: int) -> str | None:
    """The noun phrase right after a quantity (3393个“健康小屋” → 健康小屋), or None; a year written
    between the count and its noun (4个2019年省重点项目: the year's list the things are on) is
    stepped over, the noun after it is what is counted (never the bare unit)."""
    n = len(text)
    for kind in _CLASSES_BEFORE_NOUN:
        cls = kind.match(text, i)
        if cls is not None:  # 4个2019年省重点项目, 3条10千伏线路 …: the class opens the noun, never counted alone
            noun = _counted_after(text, cls.end())
            written = text[i:cls.start("de")] if "de" in kind.groupindex and cls.group("de") else cls.group()
            return written + noun if noun else None
    if i < n and text[i] in _OPEN_QUOTES:
        close = _CLOSE_QUOTES[_OPEN_QUOTES.index(text[i])]
        j = text.find(close, i + 1, i + 30)
        if j > i + 1:
            product = _branded_product(text, j + 1)
            if product:  # 6台“贝林”牌燃油加油机: the pumps are counted, the brand only says whose
                return product
            return text[i + 1:j] + _quoted_head(text, j + 1)
        return None
    if _MOVE_AFTER.match(text, i):
        return None  # 由5万亩逐步扩大到现在的10.05万亩: how the figure moved, no noun counted
    if text.startswith(_COPULAS, i) and not text.startswith(_NOT_COPULAS, i):
        return _counted_after(text, i + len(next(w for w in _COPULAS if text.startswith(w, i))))  # 两位是|非中共党员
    if text.startswith(_SUCH, i) and i > 0 and not (text[i - 1].isdigit() or text[i - 1] in _BARE_AMOUNT_ENDS):
        return _counted_after(text, i + len(next(w for w in _SUCH if text.startswith(w, i))))  # 8次这样的|志愿服务活动
    j = _noun_end(text, i, 24)
    if j < n and text[j] in _OPEN_QUOTES and (text[i:j].endswith(_GRADE_END) and 2 <= j - i <= 3
                                              or j - i == 1 and text[i] in _LEVEL_BEFORE_QUOTE):
        quoted = _counted_after(text, j)  # 10个省级“双微”提升点: the grade, then the quoted name and its head
        # (38名村“两委”干部: the level of the body, then its quoted name and the people of it)
        return text[i:j] + quoted if quoted else None
    word = _negated_clause(text[i:j], _before_cut(text[i:j]))
    word = next((w for w in cues("numbers.noun_closed") if word.startswith(w)), word)  # 国家和地区出口…
    inner = _inner_cut(word, 1 if _one_char_division(text, i, word) else 2)
    if _one_char_division(text, i, word) and word.startswith(_DIVISION_CUT_WORDS, 1):
        word = word[:1]  # 35个县|对口帮扶全省…: the pairing verb opens the predicate, the division is counted
    elif inner:
        word = word[:inner.start()]
        if word_tags().get(word) == _ADVERB_TAG:
            return None  # 近300人共同参加: the adverb of the verb cut off is no noun of those counted
        if len(word) > 3 and word_tags().get(word[-2:]) == _ADVERB_TAG:
            word = word[:-2]  # 300名群众一同参加 → 群众: so is the adverb closing the noun
    word = _before_adverb_char(_before_since(_before_done_verb(_before_prep(_before_time_word(word)))))
    word = _before_verb_of_wei(text, i, word)
    word = _before_giving_verb(word)
    word = _before_quoted_object(text, i, word)
    word = _before_role_tail(word)
    word = _before_after_mark(text, i, word)
    if i + len(word) == j < n and text[j].isdigit():
        word = _before_change_to_figure(_without_next_approx(word))
    if word and i + len(word) < n and text[i + len(word)] == "、":
        word = _shared_head_list(text, i, word)
        if len(word) >= 2 and i + len(word) < n and text[i + len(word)] == "、":
            word = _kinds_list_head(text, i, word)
    if word and i + len(word) == j and j < n and text[j] in "(（":
        # 18个县(市、区): the parenthetical belongs to the counted noun
        close = text.find(")" if text[j] == "(" else "）", j + 1, j + 10)
        if close > j:
            # 1844个村(居)民小组: a short end of the noun after the parenthetical
            k = _noun_end(text, close + 1, 5)
            tail = _before_cut(text[close + 1:k])
            tail = tail if k - close <= 5 and len(tail) == k - close - 1 else ""
            headed = "" if tail else (_headed_tail(text, close + 1) or _event_tail(text, close + 1))
            # (乡镇(区)志愿服务支队: longer, whole; 县(市、区)出现大暴雨: the weather that befell them)
            if not (tail and word_freq().get(tail, 0) > 0) and not headed:  # (县(市、区)委员会: one word, kept)
                tail = _post_after_divisions(text, j, close + 1) or tail
            tail = headed or tail or _division_run_end(text, j, close)
            word = text[i:close + 1] + tail
    if len(word) >= 3 and word[-1] in _PARTITIVE and text[i + len(word):i + len(word) + 1] in _PARTITIVE_CLOSE:
        word = word[:-1]  # 两位新闻发言人中，李保俊…: the group picked from (among the spokespeople), no 人中
    word = _before_partitive_superlative(word)
    if word and word.startswith(_ORIGIN_WORDS) and (de := _origin_de(text, i + len(word))) is not None:
        noun = _counted_after(text, de + 1)  # 400多名来自全市各条战线的|妇女代表
        if noun and not noun.startswith(_ORIGIN_WORDS):
            word = text[i:de] + _DE + noun  # (the origin is cut off by the metrics stage: _without_origin)
    named = _named_place_before_de(text, i, word) or _described_before_de(text, i, word) \
        or _ranged_before_de(text, i, word) or _possessed_before_de(text, i, word) \
        or _elected_before_de(text, i, word)
    if named is not None:
        return named
    return _before_award_verb(text, i, word) or None


_ROLE_TAILS = tuple(cues("numbers.role_tails"))
_AFTER_MARK = cues("numbers.after_mark")[0]  # 后: a time clause's postposition
_AFTER_MARK_CLOSERS = frozenset(cue_chars("numbers.after_mark_closers"))  # 的 and the clause marks


def _before_after_mark(text: str, i: int, word: str) -> str:
    """迎来新成员印尼和9个伙伴国后的首次外长会晤 → 伙伴国: a noun closed by 后 right before 的, a clause mark
    or the text's end is the object of a time clause (after the partners came), the things counted end
    before the postposition; a dictionary word ending in it (落后, 善后, 皇后) or a noun of two characters stays."""
    k = i + len(word)
    if len(word) < 3 or not word.endswith(_AFTER_MARK) or word[-2:] in word_tags() \
            or (k < len(text) and text[k] not in _AFTER_MARK_CLOSERS):
        return word
    return word[:-len(_AFTER_MARK)]


def _before_role_tail(word: str) -> str:
    """充分发挥5个示范基地作用 → 示范基地: the role closing the noun is what the verb before the count takes, the
    things counted end before it; a dictionary word (副作用) or the role alone stays."""
    tail = next((t for t in _ROLE_TAILS if word.endswith(t)), None)
    if tail is None or len(word) - len(tail) < 2 or word in word_tags():
        return word
    return word[:-len(tail)]


_ORIGIN_DATE_REACH = 12  # characters of a date clause between an origin word and its 的 (1975年及之后)


def _origin_de(text: str, k: int) -> int | None:
    """Where the 的 closing an origin clause stands: right at k (来自全市各条战线|的), or after the date
    the noun cut stopped at (出生于|1975年及之后的官员: the year's digits end the noun read so far), within
    a few characters and no punctuation; else None."""
    if text.startswith(_DE, k):
        return k
    if not text[k:k + 1].isdigit():
        return None
    j = text.find(_DE, k, k + _ORIGIN_DATE_REACH)
    return j if j > k and not any(ch in "，,。；;：:、" for ch in text[k:j]) else None


NAMED_PLACE_MIN = 3  # characters of a division's full name opening a counted phrase (阿拉尔市; no 县, 市区)
_NAMED_PLACE_LEVELS = frozenset(cues("numbers.named_place_levels"))  # 市, 县, 州: a city's or county's name


def _named_place_before_de(text: str, i: int, word: str) -> str | None:
    """12个阿拉尔市城区的援建项目 → 援建项目: a phrase after a count that opens with a division's full name
    (one proper place, which no count counts) and closes with 的 says where the things counted are;
    the noun after 的 is what is counted.  None when the phrase is no such one."""
    e = i + len(word)
    if len(word) < NAMED_PLACE_MIN or text[e:e + 1] != "的":
        return None
    by_name = division_table().by_name
    if not any(word[:n] in by_name and word[n - 1] in _NAMED_PLACE_LEVELS
               for n in range(NAMED_PLACE_MIN, min(len(word), 8) + 1)):
        return None  # (5个老城区的改造项目: a district's name that is a common word too counts the districts)
    noun = _counted_after(text, e + 1)
    return noun if noun and len(noun) >= 2 else None


_DESCRIPTIVE_TAGS = frozenset(cues("numbers.descriptive_tags"))  # a, z, b: 重要, 齐刷刷, 崭新


def _described_before_de(text: str, i: int, word: str) -> str | None:
    """50栋齐刷刷的红砖瓦房 → 红砖瓦房: one word of description (an adjective or state word of the
    dictionary) closed by 的 right after a count says what the things are like; the noun after 的
    is what is counted.  None when the phrase is no such word."""
    e = i + len(word)
    if len(word) < 2 or text[e:e + 1] != "的" \
            or (word_tags().get(word) not in _DESCRIPTIVE_TAGS and not _quality_stated(word)
                and not _quality_made(word)):
        return None
    noun = _counted_after(text, e + 1)
    return noun if noun and len(noun) >= 2 else None


_DESCRIPTIVE_SUFFIXES = tuple(cues("numbers.descriptive_suffixes"))  # 化, 性
_DESCRIPTIVE_WORDS = frozenset(cues("numbers.descriptive_words"))  # 高标准, 高质量


def _quality_made(word: str) -> bool:
    """标准化, 示范性, 高标准: a word of the dictionary made a quality by 化 or 性 (two characters of it at
    least before the suffix), or a grade of `numbers.descriptive_words`; before 的 after a count it says
    what the things counted are like (5个标准化的检查站, review119), as an adjective does."""
    return word in _DESCRIPTIVE_WORDS or (len(word) >= 3 and word.endswith(_DESCRIPTIVE_SUFFIXES)
                                          and word[:-1] in word_tags())


_STATED_NOUN_TAG = "n"
_STATED_QUALITY_TAG = "a"


def _quality_stated(word: str) -> bool:
    """特色鲜明, 内容丰富, 规模较大: a noun of two characters and an adjective of two, one statement of what
    the things counted are like (26场特色鲜明的专题投资推介活动, shangwu86), as one adjective is; so are two
    adjectives of two characters each (精美珍贵, 干净整洁: 近500件精美珍贵的文物, wenwu91)."""
    if len(word) != 4:
        return False
    tags = word_tags()
    if tags.get(word[:2]) in _DESCRIPTIVE_TAGS and tags.get(word[2:]) in _DESCRIPTIVE_TAGS:
        return True  # 近500件精美珍贵的文物 (wenwu91): two adjectives joined, one description of the things
    return (tags.get(word[:2]) or "").startswith(_STATED_NOUN_TAG) and tags.get(word[2:]) == _STATED_QUALITY_TAG


# plan77: a verb of having opening the words between a count and its noun (10家具有竞争力的大数据龙头企业)
_POSSESSIVE_BEFORE_DE = tuple(cues("numbers.possessive_before_noun"))
_POST_TIME_BEFORE_DE = frozenset(cues("numbers.post_time_before_noun"))  # 两名现任的县委书记: the post counted
_POSSESSIVE_NOT = tuple(cues("numbers.possessive_not_words"))  # 有关, 有机: no verb of having (13个有关部门的负责人)


def _possessed_before_de(text: str, i: int, word: str) -> str | None:
    """10家左右具有竞争力的大数据龙头企业 → 大数据龙头企业 (plans' targets): a phrase after a count that
    opens with a verb of having (具有, 具备) and closes with 的 tells what the things counted have; the
    noun after 的 is what is counted, not the quality.  None when the phrase is no such one."""
    e = i + len(word)
    if text[e:e + 1] != "的" or not (word in _POST_TIME_BEFORE_DE
                                    or (len(word) >= 3 and word.startswith(_POSSESSIVE_BEFORE_DE)
                                        and not word.startswith(_POSSESSIVE_NOT))):
        return None  # (两名现任的县(市)委书记: the time of the post alone before 的, the post counted)
    noun = _counted_after(text, e + 1)
    return noun if noun and len(noun) >= 2 else None


_ELECTED_BEFORE_DE = tuple(cues("numbers.elected_before_noun"))


def _elected_before_de(text: str, i: int, word: str) -> str | None:
    """2750多万名依法登记的选民, 320名新当选的村干部: a clause after a count closed by a verb of a vote's
    standing (登记, 当选) and 的 says which people are counted; the noun after 的 is what is counted, the
    clause kept before it (依法登记的选民: not every voter).  None when the phrase is no such one."""
    e = i + len(word)
    if len(word) < 2 or not word.endswith(_ELECTED_BEFORE_DE) or text[e:e + 1] != "的":
        return None
    noun = _counted_after(text, e + 1)
    return f"{word}的{noun}" if noun and len(noun) >= 2 else None


# 4个生产规模在千万袋以上的乡镇: a measure of the things counted and its range (在…以上/以下), closed by 的 before their noun
_RANGE_BEFORE_DE = re.compile(r"在[^，,。；;的、\s]{1,10}以[上下]的")


def _ranged_before_de(text: str, i: int, word: str) -> str | None:
    """4个生产规模在千万袋以上的乡镇 → 乡镇: the things counted are told by a measure of theirs and its
    range (在千万袋以上) closed by 的; the noun after 的 is what is counted, not the measure.  None
    when no such range follows the word."""
    m = _RANGE_BEFORE_DE.match(text, i + len(word)) if len(word) >= 2 else None
    if m is None:
        return None
    noun = _counted_after(text, m.end())
    return noun if noun and len(noun) >= 2 else None


# central68: a one-character verb of winning closing the noun of those counted, the honour's year or name
# written right after it (新渡镇等10个乡镇获2022年…示范镇, 50个村(社区)获“…”称号)
_AWARD_TAILS = tuple(cues("numbers.award_tail_verbs"))
_AWARD_NEXT = "“\"《「"


def _before_award_verb(text: str, i: int, word: str | None) -> str | None:
    """The counted noun without a verb of winning that closes it (10个乡镇获2022年省级示范镇 → 乡镇): the
    honour's year, or its name in quotes, follows the verb, so the verb opens the predicate, not the noun."""
    if not word:
        return word
    j = i + len(word)
    nxt = text[j:j + 1]
    if not (nxt.isdigit() or (nxt and nxt in _AWARD_NEXT)):
        return word
    tail = next((v for v in _AWARD_TAILS if word.endswith(v) and len(word) > len(v)), "")
    return word[:len(word) - len(tail)] if tail else word


# 400多名来自全市各条战线的妇女代表: where the people counted come from, written between the count and its
# noun with 的; what is counted is the noun after it
_ORIGIN_WORDS = tuple(cues("numbers.origin_before_noun"))
_DE = cues("metrics.attributive")[0]  # 的


def _without_next_approx(word: str) -> str:
    """The noun without the approx word of the figure right after it (26个品牌近80台新能源汽车 → 品牌, 3个乡镇约
    2000户 → 乡镇): the noun ran up to the next figure's digits, and its approx word is that figure's
    (`numbers.next_approx_words`: the approximators that are no verbs)."""
    for w in _NEXT_APPROX:
        if word.endswith(w) and len(word) > len(w):
            if word.endswith(_APPROX_IN_WORD.get(w, ())):
                return word  # 13家银行代表授信签约2亿元: 约 ends 签约, no approx word of the next figure (mine57)
            return word[:-len(w)]
    return word


# only the approximators that are no verbs: 超过/突破 after a measure are its yardstick (2个省份增速超过5%)
_NEXT_APPROX = tuple(sorted(cues("numbers.next_approx_words"), key=len, reverse=True))
_VERB_TAGS = ("v", "d")
_VERB_ENDING_NOUNS = tuple(cues("numbers.verb_ending_nouns"))  # 国际组织: its 组织 no verb to cut off


def _before_done_verb(word: str) -> str:
    """The noun up to a verb its 了 marks as done (43个城市缔结了友好城市关系 → 城市, 12个村完成了改造 → 村):
    a two-character verb (jieba's tag v) with 了 after it opens the clause's predicate, no part of what is
    counted; 了 of a word (了解) is no such mark."""
    k = word.find("了", 3)
    while k > 0:
        if word_tags().get(word[k - 2:k]) == "v" and (k + 1 == len(word) or word_freq().get(word[k:k + 2], 0) < 100):
            word = word[:k - 2]
            while len(word) >= 4 and word_tags().get(word[-2:]) in _VERB_TAGS and not word.endswith(_VERB_ENDING_NOUNS):
                word = word[:-2]  # 14个乡镇走访慰问了…: the verbs before the one done too (乡镇)
            return "" if word_tags().get(word) == "d" else word  # 近300人共同参加了活动: no noun at all
        k = word.find("了", k + 1)
    return word


_FIGURE_CHANGE_VERBS = tuple(sorted(cues("metrics.change_verbs"), key=len, reverse=True))
_VERB_CHAIN_MAX = 3  # characters of verbs before the change verb a cut may still take off (撤并转)


def _before_change_to_figure(word: str) -> str:
    """市直382家事业单位撤并转减少132家 → 事业单位 (bianzhi116): a noun run straight into a change verb and the
    next figure is the things counted, then how many fewer or more of them there are — the change verb (and
    the verbs of the reform before it, jieba's tag v, at most `_VERB_CHAIN_MAX` characters) are the
    predicate, no part of what is counted (was 事业单位撤并转减少, 事业单位减少).  A noun of two characters or
    more must remain."""
    verb = next((v for v in _FIGURE_CHANGE_VERBS if word.endswith(v) and len(word) - len(v) >= 2), None)
    if verb is None:
        return word
    noun = word[:-len(verb)]
    cut, tags = 0, word_tags()
    while cut < _VERB_CHAIN_MAX and len(noun) >= 3 and tags.get(noun) != "n":
        two = noun[-2:] if len(noun) >= 4 and cut + 2 <= _VERB_CHAIN_MAX and tags.get(noun[-2:]) == "v" else None
        step = two or (noun[-1] if tags.get(noun[-1]) == "v" else None)
        if step is None:
            break
        noun, cut = noun[:-len(step)], cut + len(step)
    return noun


_GIVEN_TO = cues("numbers.given_to_marks")  # 给: the recipient follows


def _before_giving_verb(word: str) -> str:
    """130万余元现金发还给15名受害群众 → 现金 (gongan115): a verb of handing (jieba's tag v) closed by 给 ends the
    noun's run — whom it is handed to follows, so the verb and 给 are the predicate, no part of what is counted
    (was 现金发还给; 5吨物资交给农户 → 物资).  The verb is the two characters before 给, or a dictionary verb
    ending in it (交给); a noun of two characters or more must remain before it."""
    k = word.find(_GIVEN_TO[0], 2) if _GIVEN_TO else -1
    if k < 0:
        return word
    tags = word_tags()
    if k >= 4 and (tags.get(word[k - 2:k]) or "").startswith("v"):
        return word[:k - 2]  # 现金|发还给
    if k >= 3 and (tags.get(word[k - 1:k + 1]) or "").startswith("v"):
        return word[:k - 1]  # 物资|交给
    return word


# 以来 (since) closing a clause inside a counted noun's run (4个集团组建以来的新发展, 三个园区成立以来累计引进企业):
# the verb before it starts the time since which something holds (soe57)
_SINCE = cues("periods.since_suffix")[0]


def _before_since(word: str) -> str:
    """The noun up to the verb that 以来 closes (四个集团组建以来 → 集团, 三个园区成立以来累计… → 园区): a
    two-character verb (jieba's tag v) before 以来 opens a time clause, since the things counted were set up
    or began, no part of what is counted; the word unchanged when no such verb is there."""
    k = word.find(_SINCE, 3)
    if k < 0 or word_tags().get(word[k - 2:k]) != "v":
        return word
    return word[:k - 2]


_NOUN_TIME = re.compile(cue_alt("numbers.noun_time_words") + "|" + cue_alt("numbers.noun_frame_words"))
_NOUN_TIME_MIN = 2  # characters of noun before a time word that ends it (8家零售企业|节日期间)


def _before_time_word(word: str) -> str:
    """The noun up to a holiday's or a part of the year's words inside it (8家零售企业节日期间销售额… →
    零售企业, 8家重点企业一季度产值… → 重点企业): when the things counted did what the figure after says,
    no part of them; the word unchanged when the time word opens it (5个春节期间值班点) or none is there.
    The close of a frame 在…基础上 ends the noun the same way (7家国家高企基础上 → 国家高企: numbers.noun_frame_words)."""
    m = _NOUN_TIME.search(word, _NOUN_TIME_MIN)
    return word[:m.start()] if m else word


_PAREN_TAIL_REACH = 10  # characters of a longer noun after a divisions' parenthetical, closed by its head
_PAREN_TAIL_HEADS = tuple(cues("numbers.paren_tail_heads"))  # 队, 站: what a team or a venue is named by


def _headed_tail(text: str, i: int) -> str:
    """20支乡镇(区)志愿服务支队: a longer noun after the divisions' parenthetical (志愿服务支队), read
    whole when a stop mark closes it within _PAREN_TAIL_REACH characters, no cut word is in it and it
    ends with the head of a team or a venue (numbers.paren_tail_heads); "" otherwise."""
    k = _noun_end(text, i, _PAREN_TAIL_REACH)
    tail = text[i:k]
    if k - i >= _PAREN_TAIL_REACH or not (k < len(text) and text[k] in _STOP) \
            or not tail.endswith(_PAREN_TAIL_HEADS) or _before_cut(tail) != tail:
        return ""
    return tail


_PAREN_EVENT_VERBS = tuple(cues("numbers.paren_event_verbs"))


def _event_tail(text: str, i: int) -> str:
    """5个县(市、区)出现大暴雨 (a province's rain report, qixiang115): after the divisions' parenthetical, a verb
    of weather befalling them (numbers.paren_event_verbs) and its object, closed by a stop mark within
    _PAREN_TAIL_REACH characters and with no cut word in it, is what they are counted by — as 5个县出现大暴雨
    reads without the bracket; "" otherwise."""
    if not text.startswith(_PAREN_EVENT_VERBS, i):
        return ""
    k = _noun_end(text, i, _PAREN_TAIL_REACH)
    tail = text[i:k]
    if k - i >= _PAREN_TAIL_REACH or not (k < len(text) and text[k] in _STOP) or _before_cut(tail) != tail:
        return ""
    return tail


_PARTITIVE = cue_chars("metrics.group_partitive_chars")
_PARTITIVE_CLOSE = tuple("，,：:；;")  # (12个乡镇中，有8个…: the clause naming the part follows)
_SUPERLATIVE_AFTER_PARTITIVE = cue_chars("numbers.partitive_superlative_chars")  # 最
_SUPERLATIVE_REACH = 3  # 中|规模最大, 中|面积最大: the measure compared, a word or two, before 最


def _before_partitive_superlative(word: str) -> str:
    """是7个培训班中规模最大的一个班 → 培训班: 中 after two characters of noun and a superlative within
    a few characters after it (中规模最大, 中最大) make the noun the group one is picked from as the
    greatest, and the noun ends before 中 (no 中 of a word: 集中, 高中, 中心, 中小 — common words with
    either neighbour keep it)."""
    if len(word) < 4:
        return word
    freq = word_freq()
    k = word.find(_PARTITIVE_MARK, 2)
    while 0 < k < len(word) - 1:
        if any(c in _SUPERLATIVE_AFTER_PARTITIVE for c in word[k + 1:k + 2 + _SUPERLATIVE_REACH]) \
                and freq.get(word[k - 1:k + 1], 0) < 100 and freq.get(word[k:k + 2], 0) < 100:
            return word[:k]
        k = word.find(_PARTITIVE_MARK, k + 1)
    return word


_PARTITIVE_MARK = "中"


# the posts of officials (posts.tsv): closing a counted noun they make it a count of people
POST_WORDS = tuple(sorted({r["word"] for r in load_table("posts")}, key=len, reverse=True))
_POST_REACH = 5  # characters after a divisions' parenthetical that may close a post's title


_DIVISION_RUN_CHARS = frozenset("".join(cues("numbers.division_run_chars")))


def _division_run_end(text: str, paren: int, close: int) -> str:
    """11个县(市)区到位外资…: a division word, its bracketed kin and one more division character
    after the bracket (县(市)区, as 县市区) are one noun of the divisions counted; that character,
    or "" when the bracket holds anything else or the character is no division."""
    inner = text[paren + 1:close].replace("、", "")
    after = text[close + 1:close + 2]
    if paren < 1 or text[paren - 1] not in _DIVISION_RUN_CHARS or not inner \
            or not all(ch in _DIVISION_RUN_CHARS for ch in inner) or after not in _DIVISION_RUN_CHARS:
        return ""
    nxt = text[close + 2:close + 3]
    return after if not (nxt and word_freq().get(after + nxt, 0) > 0) else ""  # (县(市)区域: 区域 a word)


def _post_after_divisions(text: str, paren: int, i: int) -> str:
    """7位县(市、区)委书记参加会议, 9名县（市、区）长: a post closing the divisions' parenthetical
    (委书记, 长 of 县长) is what is counted — the people holding it; "" when none closes it there, or
    when its last character makes a word with the next more common than the post's last two characters
    (18个县(市、区)长期坚持: 长期, no 县长; 626个社区(村)党组织: 组织, no 党组; but 两名县(市)委书记出现在…: 记出
    is rarer than 书记, gongshi97)."""
    head = text[paren - 1:paren] if paren > 0 else ""
    for k in range(min(_POST_REACH, len(text) - i), 0, -1):
        tail = text[i:i + k]
        if not all(is_han(ch) for ch in tail):
            continue
        nxt = text[i + k:i + k + 1]
        if nxt and word_freq().get(tail[-1] + nxt, 0) > word_freq().get((head + tail)[-2:], 0):
            continue  # (长期 over 县长; 书记|出现在: 记出, a rare entry, no match for 书记)
        if tail.endswith(POST_WORDS) or (head + tail).endswith(POST_WORDS):
            return tail
    return ""


_ARABIC_DIGIT = re.compile(r"[0-9０-９]")


def _approx_after_noun(text: str, end: int, counted: str) -> str | None:
    """An approx word closing the counted noun at a clause end (摘帽280个县左右, 新增100户以上。):
    it qualifies the figure as 280个左右 does, and is no part of what is counted."""
    tail = next((w for w in _APPROX_POST if counted.endswith(w) and w not in _CLAUSE_END_POST), None)
    after = end + len(counted)
    if tail and len(counted) > len(tail) and (after >= len(text) or text[after] in _STOP):
        return tail
    return None


def _is_chinese(num: str) -> bool:
    return _ARABIC_DIGIT.search(num) is None


_EQUATION_MARKS = cue_chars("numbers.equation_marks")


def _unit_equation(text: str, q: Quantity) -> bool:
    """存储容量达到800EB(1EB=1024PB), 1公顷=15亩: a figure in a unit with an equals sign right after
    it or right before its number is a side of the unit's definition, no figure the text reports."""
    if not q.unit:
        return False
    after = text[q.end:q.end + 1]
    before = text[q.number_start - 1:q.number_start] if q.number_start > 0 else ""
    return bool(after and after in _EQUATION_MARKS) or bool(before and before in _EQUATION_MARKS)


def find_quantities(text: str) -> list[Quantity]:
    """All counted quantities in `text`, in order; never raises on arbitrary input."""
    out: list[Quantity] = []
    for m in _PATTERN.finditer(text):
        if m.group("quote"):
            continue  # a quoted name: “1533”, 《…三年行动…》 — its numerals are not counts
        pre = m.group("pre")
        if pre and text.startswith(_APPROX_IN_WORD.get(pre, ()), max(0, m.start() - 1)):
            # 现场签约2个项目, 节约30万元: 约 ends a word (签约, 节约) and qualifies nothing
            m = _PATTERN.match(text, m.start() + len(pre))
            if m is None or m.group("quote"):
                continue
        if (k := _item_number_end(text, m)) is not None and (m2 := _PATTERN.match(text, k)) is not None:
            m = m2  # 附件：1.24批次食品…, 2.1批次…: the list item's number, then its count (never 1.24 batches)
        q = _accept(text, m)
        if q is None and m.group("pre") in _ROUND_ONLY_PRE:
            # 线上3个平台: 上 was not a qualifier here; read the figure without it
            m2 = _PATTERN.match(text, m.start() + len(m.group("pre")))
            q = _accept(text, m2) if m2 and not m2.group("quote") else None
        if q is not None and _unit_equation(text, q):
            continue  # (1EB=1024PB): a unit's definition, no figure
        if q is not None and _in_web_address(text, q.number_start):
            continue  # …/xinwen/%E6%9C%9D%E6%99%96…: a percent-encoded address, no 99%
        if q is not None:
            if q.form == "range" and out and out[-1].start >= q.start:
                out.pop()  # 3万至5万元: the low end was read as a figure of its own
            out.append(q)
    return _with_zero_ends(text, _with_medal_tally(text, _with_measure_columns(text, _with_fine_money(text, _with_bare_money(text, _with_index_cells(text, _with_index_levels(text, _with_stacked_percent_cells(text, _with_percent_columns(text, _with_table_rows(text, _with_proportions(
        text, _with_shared_units(text, _with_shared_tails(text, _with_currency_before(text, out))))))))))))))


# a fall to nothing right after the figure it falls from (贫困发生率从14.14%下降到0, 由1.33%下降为零,
# 贫困人口由3421人减少至0): the bare zero, in that figure's unit — not 零下 (降至零下5℃), 零点, 零星
_ZERO_END = re.compile(rf"(?:{cue_alt('numbers.zero_end_verbs')})(?:到|至|为)(?P<z>0|零)(?![0-9.．０-９%％‰个百千万亿下点星])")


def _with_zero_ends(text: str, out: list[Quantity]) -> list[Quantity]:
    """贫困发生率从14.14%下降到0, 由1.33%下降为零: the end of a fall written as a bare zero (or 零)
    is a figure too, in the unit of the figure right before the verb (the level it fell from);
    the digits alone read nothing, so the level after the fall was lost.  Only a figure the text
    says it fell from (由 or 从 before it) — 下降为0 after any other figure is left alone."""
    extra: list[Quantity] = []
    for q in out:
        if not q.unit or q.form is not None:
            continue
        m = _ZERO_END.match(text, q.end)
        if m is None or "由" not in text[max(0, q.start - 8):q.start] and "从" not in text[max(0, q.start - 8):q.start]:
            continue
        a, b = m.span("z")
        extra.append(Quantity(a, b, 0, q.unit, False, text[a:b], a, b))
    if not extra:
        return out
    return sorted(out + extra, key=lambda x: x.start)


def _outline_at(text: str, end: int, list_name: str) -> bool:
    """Does an outline noun of `list_name` (方面, 部分) follow the count at `end`, as a word of its own:
    not one a longer word goes on from (3个方面军: army groups, numbers.outline_not_after)?"""
    end = _past_quoted_feature(text, end)
    noun = next((w for w in cues(list_name) if text.startswith(w, end)), None)
    return noun is not None and text[end + len(noun):end + len(noun) + 1] not in _OUTLINE_NOT_AFTER


_FEATURE_QUOTE_REACH = 8  # characters of the quoted word a speaker names his points by (五个“有力”)
_FEATURE_LINKS = tuple(cues("numbers.outline_feature_links"))
_CLOSE_OF = dict(zip(OPEN_QUOTES, CLOSE_QUOTES))


def _past_quoted_feature(text: str, end: int) -> int:
    """fabuhui87: 主要呈现五个“有力”的主要特点, 三个“持续”的特点: the quoted word a speaker names his points by
    stands between the count and its outline noun; the outline noun is read past it (and past 的 and
    a word like 主要, numbers.outline_feature_links).  Bounded: a quote of at most _FEATURE_QUOTE_REACH
    characters; else `end` as it was."""
    if end >= len(text) or text[end] not in OPEN_QUOTES:
        return end
    close = text.find(_CLOSE_OF[text[end]], end + 1, end + 2 + _FEATURE_QUOTE_REACH)
    if close < 0:
        return end
    k = close + 1
    for link in _FEATURE_LINKS:
        if text.startswith(link, k):
            k += len(link)
    return k


_OUTLINE_NOT_AFTER = frozenset(cue_chars("numbers.outline_not_after"))
_SPEECH_OUTLINE_VERBS = tuple(cues("numbers.speech_outline_verbs"))
_SPEECH_OUTLINE_LINKS = tuple(cues("numbers.speech_outline_links"))


def _speech_outline(text: str, s: int, end: int) -> bool:
    """jianghua108: 下面，我讲六个问题; 我再强调三个问题: a count of the points a speaker announces, right after his
    verb of speaking (and 以下/一下 between), is the outline of the speech, no figure.  Reads only the few
    characters before the numeral at `s`."""
    if not _outline_at(text, end, "numbers.speech_outline_nouns"):
        return False
    k = s
    for link in _SPEECH_OUTLINE_LINKS:
        if text.endswith(link, 0, k):
            k -= len(link)
            break
    return text.endswith(_SPEECH_OUTLINE_VERBS, 0, k)


_WEB_REACH = 300  # characters read back over a run of ASCII for the address a number is inside
_PERCENT_CODE = re.compile(r"(?:%[0-9A-Fa-f]{2}){3}")  # one CJK character in UTF-8: three codes in a row


def _in_web_address(text: str, i: int) -> bool:
    """Is the number at i inside a web address written into the text (a source list's or a
    scrape's https://…/xinwen/%E6%9C%9D%E6%99%96…, whose %XX codes read as 99%, 96%…)?  Only where
    an ASCII character that is no space stands right before it: the run of such characters back
    from it (at most _WEB_REACH) holds ://, www. or a character's three percent codes (%E6%9C%9D; not
    a messy list of rates run together, 29.3%19.2%32.5%)."""
    if i == 0 or not text[i - 1].isascii() or text[i - 1].isspace():
        return False
    j, lo = i, max(0, i - _WEB_REACH)
    while j > lo and text[j - 1].isascii() and not text[j - 1].isspace():
        j -= 1
    run = text[j:i]
    return "://" in run or "www." in run or _PERCENT_CODE.search(run) is not None


_CURRENCY_BEFORE = tuple(cues("numbers.currency_before"))
_YUAN = "元"


# a games' medal tally written short (共收获55金39银28铜, 112金61银49.5铜, 36金、17银、11铜): a count (shared medals
# are fractions) right before each mark, the marks in order 金, 银, 铜, two of them at least, one after the other
_MEDAL_MARKS = tuple(cues("numbers.medal_marks"))
_MEDAL_NOUN = dict(zip(_MEDAL_MARKS, cues("numbers.medal_nouns")))
_MEDAL_COUNT = r"[0-9]{1,4}(?:\.[0-9]{1,2})?"
_MEDAL_TALLY = re.compile(r"(?<![0-9.．A-Za-z])(?=[0-9])" + "".join(
    f"(?:{_MEDAL_COUNT}{m}[、,，]?)?" for m in _MEDAL_MARKS))
_MEDAL_UNIT = "枚"
MEDAL = "medal"  # a Quantity's form: one count of a medal tally, its kind the mark after it (`medal_noun`)
_MEDAL_ONE = re.compile(f"(?P<num>{_MEDAL_COUNT})(?P<mark>{'|'.join(_MEDAL_MARKS)})")


def medal_noun(q: Quantity) -> str:
    """The medal a tally's count counts (55金 → 金牌): its mark's noun."""
    return _MEDAL_NOUN[q.surface[-1]]


def _with_medal_tally(text: str, out: list[Quantity]) -> list[Quantity]:
    """Add the counts of a short medal tally (`_MEDAL_TALLY`): each one so many 枚 of 金牌, 银牌 or
    铜牌 as its mark says (`medal_noun`).  A tally overlapping a figure already read is left alone."""
    if not any(m in text for m in _MEDAL_MARKS[1:]):
        return out
    taken = [(q.start, q.end) for q in out]
    extra = []
    for t in _MEDAL_TALLY.finditer(text):
        parts = list(_MEDAL_ONE.finditer(text, t.start(), t.end()))
        if len(parts) < 2 or any(a < t.end() and t.start() < b for a, b in taken):
            continue
        for m in parts:
            a, b = m.span("num")
            extra.append(Quantity(a, m.end(), parse_number(m.group("num")), _MEDAL_UNIT, False, text[a:m.end()],
                                  a, b, form=MEDAL))
    return sorted(out + extra, key=lambda q: q.start) if extra else out


def _with_currency_before(text: str, out: list[Quantity]) -> list[Quantity]:
    """港币350万元, 收到港币756万元捐款: an amount in 元 right after a currency's name is in that
    currency (港元), as 350万元港币 is — not in yuan.  Only right before the number: a look of a few
    characters per amount."""
    for k, q in enumerate(out):
        if q.unit != _YUAN or q.number_start < 2:
            continue
        cur = next((c for c in _CURRENCY_BEFORE if text.endswith(c, 0, q.number_start)), None)
        if cur is not None and cur in _UNIT_BASE:
            out[k] = replace(q, unit=_UNIT_BASE[cur])
    return out


# an index's or a ratio's value after its copula or right after its name, with no unit
# (工业生产者出厂价格指数为102.1, 制造业PMI为49.8, 求人倍率1.37, 性别比105.2): the number must have a
# decimal part or three digits (an index near 100 or 50, a ratio near 1), and no unit, percent
# sign or further digit after it
# (居民消费价格总指数（以上年同期价格为100）为102.1, 指数(上年=100)为…: the base of the index in
# brackets between the index and its value)
_INDEX_BASE = r"(?:[（(][^（()）\n]{0,12}100[）)])?"
# (容积率≤3.0, 容积率不大于2.5: a planning condition's bound between the ratio and its value, kept as the
# figure's qualifier — approximate, as 不超过5万元 is — and no part of the name)
_INDEX_LEVEL = re.compile(f"(?:{cue_alt('numbers.index_heads', False)})(?:[（(][A-Z]{{2,5}}[）)])?{_INDEX_BASE}"
                          f"(?:{cue_alt('numbers.index_copulas')})?(?P<bound>{cue_alt('numbers.bound_pre')})?"
                          r"(?P<num>[0-9]{1,3}\.[0-9]{1,3}|[0-9]{3})"
                          rf"(?:(?=以[内下上]|左右)|(?![0-9０-９.．%％A-Za-z{HAN}]))")  # (缩小至1.7以内: a bound)


# a notice's money field and its bare figure (预算金额:400000, 预算金额（元）：1320000, 拦标价(万元): | 140): the
# label, its unit in brackets maybe, the colon, a cell's bar maybe, the figure with nothing after it but
# the line's end, a bar, white space or a clause mark
# (or a space alone between label and figure: 中标（成交）金额 1267500；, zhaobiao79)
_BARE_MONEY = re.compile(f"(?:{cue_alt('numbers.bare_money_labels')})(?:[（(](?P<unit>万元|元)[)）])?"
                         r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)(?:[|｜][ \t\u3000]*)?"
                         rf"(?P<num>{_ARABIC})(?=[ \t\u3000]*(?:$|[|｜\n，,。；;]))", re.M)


def _with_bare_money(text: str, out: list[Quantity]) -> list[Quantity]:
    """Add the bare figures of a notice's money fields (`_BARE_MONEY`): in yuan, or in the unit the
    label's brackets name; a figure already read (预算金额:200万元) stays as it was."""
    if not any(w in text for w in cues("numbers.bare_money_labels")):
        return out
    taken = {q.number_start for q in out}
    extra = []
    for m in _BARE_MONEY.finditer(text):
        a, b = m.span("num")
        read = find_quantities(m.group("num") + (m.group("unit") or cues("numbers.table_money_unit")[0]))
        if a in taken or len(read) != 1 or read[0].unit != cues("numbers.table_money_unit")[0]:
            continue
        extra.append(Quantity(a, b, read[0].value, read[0].unit, False, text[a:b], a, b))
    return sorted(out + extra, key=lambda q: q.start) if extra else out


# a sum of fines written with its magnitude and no 元 (罚没款12.03万, 罚款共计5万): the noun, a copula maybe, the figure
_FINE_BEFORE = re.compile(f"(?:{cue_alt('numbers.fine_nouns')})(?:{cue_alt('numbers.fine_copulas')})?$")
_MAGNITUDES = tuple(cues("numbers.fine_magnitudes"))  # 万, 亿


def _with_fine_money(text: str, out: list[Quantity]) -> list[Quantity]:
    """A fine or confiscated sum is money: 罚没款12.03万 (a county bureau's tally of cases) is 120300 元 though
    the 元 is left out after the magnitude; only a figure with no unit of its own right after such a noun."""
    if not any(w in text for w in cues("numbers.fine_nouns")):
        return out
    money = cues("numbers.table_money_unit")[0]
    return [replace(q, unit=money) if not q.unit and q.surface.endswith(_MAGNITUDES)
            and _FINE_BEFORE.search(text, max(0, q.number_start - 8), q.number_start) else q for q in out]


# a table's header cell naming a column of sums or areas and its unit (预算金额(万元), 采购预算（元）, 土地面积(㎡))
_MEASURE_COLUMN_HEAD = re.compile(f"(?P<name>{cue_alt('numbers.measure_column_heads')})[ \t\u3000]*[（(](?P<unit>万元|元|㎡|平方米|亩|公顷)[)）]")
MEASURE_COLUMN_ROWS = 60  # lines under a money column's header read as its rows, at most
_MEASURE_MEMO: list = [None, {}]  # the text last read (by identity), its measure cells (sums, areas): number start → (name, Quantity)


def _bar_cells(line: str, at: int) -> list[tuple[int, int]]:
    """The (start, end) offsets, in the text, of the non-empty cells of a line cut at its bars
    (`line` starts at `at`), each cell's padding left out."""
    spans, k = [], 0
    for part in _BARS.split(line):
        a = k + len(part) - len(part.lstrip())
        b = k + len(part.rstrip())
        if b > a:
            spans.append((at + a, at + b))
        k += len(part) + 1
    return spans


def _measure_cells(text: str) -> dict[int, tuple[str, Quantity]]:
    """The cells of a column of sums or areas (`_MEASURE_COLUMN_HEAD` in a header of bars): under the header,
    each line of bars whose cell in that column is a bare figure (the column counted as the header
    counts it); a line without bars ends the table.  Read once per text."""
    if _MEASURE_MEMO[0] is text:
        return _MEASURE_MEMO[1]
    found: dict[int, tuple[str, Quantity]] = {}
    for h in _MEASURE_COLUMN_HEAD.finditer(text):
        ls = text.rfind("\n", 0, h.start()) + 1
        le = text.find("\n", h.end())
        le = len(text) if le < 0 else le
        head = _bar_cells(text[ls:le], ls)
        col = next((j for j, (a, b) in enumerate(head) if a <= h.start() and h.end() <= b), None)
        if col is None or len(head) < 3:
            continue
        unit = h.group("unit")
        start = le + 1
        for _ in range(MEASURE_COLUMN_ROWS):
            if start >= len(text):
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            if not _BARS.search(line):
                break
            cells = _bar_cells(line, start)
            if len(cells) > col:
                a, b = cells[col]
                read = find_quantities(text[a:b] + unit) if _BARE_CELL.fullmatch(text[a:b]) and "%" not in text[a:b] else []
                if len(read) == 1 and read[0].end == b - a + len(unit):
                    found[a] = (h.group("name"), Quantity(a, b, read[0].value, read[0].unit, False, text[a:b], a, b))
            start = end + 1
    _MEASURE_MEMO[:] = [text, found]
    return found


def measure_column_name(text: str, a: int) -> str | None:
    """The name of the column of sums whose cell starts at `a` (预算金额 over 序号 | 项目 | 概况 | 248),
    or None."""
    if _MEASURE_MEMO[0] is not text and not _measure_table_text(text):
        _MEASURE_MEMO[:] = [text, {}]  # (no such table: the text's figures ask once)
        return None
    cell = _measure_cells(text).get(a)
    return cell[0] if cell else None


def _measure_table_text(text: str) -> bool:
    """Might the text hold a column of sums: a cell bar and a money column's name?"""
    return ("|" in text or "｜" in text) and any(w in text for w in cues("numbers.measure_column_heads"))


def _with_measure_columns(text: str, out: list[Quantity]) -> list[Quantity]:
    """The figures of a column of sums or areas (`_measure_cells`): in the header's unit, in place of whatever
    the grammar read at their place."""
    if not _measure_table_text(text):
        return out
    cells = _measure_cells(text)
    if not cells:
        return out
    kept = [q for q in out if not any(a <= q.number_start < q2.end for a, (_n, q2) in cells.items())]
    return sorted(kept + [q for _n, q in cells.values()], key=lambda q: q.start)


def _with_index_levels(text: str, out: list[Quantity]) -> list[Quantity]:
    """Add the unitless values of indices (价格指数为102.1): a level with no unit, which the
    grammar of counted quantities, needing a unit, leaves aside."""
    heads = cues("numbers.index_heads")
    if not any(h in text for h in heads):
        return out
    extra = []
    for m in _INDEX_LEVEL.finditer(text):
        a, b = m.span("num")
        bound = m.group("bound")
        lo = m.start("bound") if bound else a
        extra.append(Quantity(lo, b, parse_number(m.group("num")), "", bool(bound), text[lo:b], a, b,
                              qualifier=bound, form="index"))
    if not extra:
        return out
    taken = [(q.start, q.end) for q in out]
    extra = [q for q in extra if not any(a < q.end and q.start < b for a, b in taken)]
    return sorted(out + extra, key=lambda q: q.start)


# a cell's bar in a table scraped as text: 地区生产总值（亿元） | 2856.3 | on one line, or each cell on
# a line of its own closed by its bar (地区生产总值（亿元） |\n2856.3 |), or each cell and each bar on a line
# of its own (接待过夜游客（人次）⏎|⏎39427276⏎|): the bar (and the line ends about it) parts a row's label
# from its first figure as white space does
_CELL_BAR = r"(?:[ \t\u3000]*\r?\n)?[ \t\u3000]*[|｜][ \t\u3000]*(?:\r?\n[ \t\u3000]*)?"
# a table set one cell a line (converted from PDF or HTML): the label's line ends with its unit, the
# figure stands alone on the next line (地区生产总值（亿元）⏎128.6⏎一般公共预算收入（亿元）): the line end
# parts them as white space does
_CELL_LINE = (r"[ \t\u3000]*\r?\n[ \t\u3000]*(?=[-+]?(?:" + _ARABIC + r")[%％]?[ \t\u3000]*(?:\r?\n|$))")
# a table row as text: the indicator with its unit in brackets, then the figure (地区生产总值（亿元）
# 2856.3 5.2%; 一般公共预算收入(亿) 186.4): the bare number is counted in the label's unit
# ... or with its unit in a column of its own (指标 单位 绝对数: 地区生产总值 亿元 128.6, or one cell a
# line: 地区生产总值⏎亿元⏎128.6, or a scrape's cells apart by bars: 地区生产总值 | 亿元 | 128.6): a unit
# word alone between white space or bars
# (at most three magnitude words: 千万 reads as 千万 or 千+万, and an unbounded run of them tried every
# split of a long 千万千万… line before failing — exponential; no unit has more than three)
_UNIT_WORD = (rf"(?:{_alt(_MAGNITUDE)}){{0,3}}(?:{_alt(u for u, _b in _UNITS if not u[0].isdigit())})|(?:{_alt(_MAGNITUDE)}){{1,3}}")
UNIT_WORD = re.compile(_UNIT_WORD)  # a unit alone (亿元, 万吨, 公顷): a table's unit cell
_UNIT_CELL = (r"(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+|[ \t\u3000]*\r?\n[ \t\u3000]*)"
              rf"(?P<unit_cell>{_UNIT_WORD})(?=[ \t\u3000\r\n|｜])")
# a scraped row's cell of no value between its label and its first figure (`本地生产总值(亿元) | —— |
# 2527.54 | 11.5 |`: nothing for the month, the year's sum after it): a dash or an ellipsis closed by
# its bar; the figure after it is still in the row's unit (at most three such cells: a bound)
_EMPTY_CELL = r"(?:[-—－–―…]{1,2}|[/／])[ \t\u3000]*[|｜][ \t\u3000]*"
# a row's enumerator in a table's outline (1.地区生产总值, (2)粮食, #工业, 其中:台湾同胞): part of its label cell
_ROW_ENUM = r"(?:[0-9]{1,2}[、．.](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[#＃]|其中[:：])"
# (a scrape's row may open with its cell bar: `| 1.地区生产总值 | 亿元 | 128.6 | 5.2 |`, or with its group's
# cell before an enumerated label: `结构优化 | 3.服务业增加值占GDP比重 | % | 55.75 |`)
_GROUP_CELL = rf"[^\s|｜0-9０-９，,。；;：:（()）]{{2,8}}[ \t\u3000]*[|｜][ \t\u3000]*(?={_ROW_ENUM})"
TABLE_ROW = re.compile(
    rf"^[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?:{_GROUP_CELL})?(?P<label>{_ROW_ENUM}?[^\s（()）0-9０-９，,。；;：:|｜]{{2,24}})(?:[（(]"
    rf"(?:{cue_alt('numbers.table_unit_opens')})?(?P<unit>[^（()）\s0-9|｜]{{1,4}})[）)]|{_UNIT_CELL})"
    rf"(?:[ \t\u3000]*[ \t\u3000]|{_CELL_BAR}(?:{_EMPTY_CELL}){{0,3}}|{_CELL_LINE})"
    rf"(?P<num>{_ARABIC})(?![0-9０-９.．%％])", re.M)
_MAGNITUDE_ONLY = re.compile(f"(?:{_alt(_MAGNITUDE)})+")
# a label's bracketed unit at its end (地区生产总值（亿元）): no part of what is counted
TABLE_UNIT_END = re.compile(rf"[（(](?:{cue_alt('numbers.table_unit_opens')})?(?=[^）)])(?:{_alt(_MAGNITUDE)})*"
                            rf"(?:{_alt(u for u, _b in _UNITS)})?[）)]$")


def _with_table_rows(text: str, out: list[Quantity]) -> list[Quantity]:
    """Figures of table rows written as text lines (`TABLE_ROW`): the number after the label is a
    quantity in the bracketed unit — a magnitude alone (亿, 万) counts yuan, as tables write 亿 for
    亿元 (the label before it is what it counts).  Rows whose unit is no unit stay as they are."""
    taken = {q.number_start for q in out}
    extra: list[Quantity] = []
    for m in TABLE_ROW.finditer(text):
        a, b = m.span("num")
        if a in taken or _EMPTY_MARK.search(text, m.end("label"), a) and not _value_column(text, m):
            continue
        unit = m.group("unit") or m.group("unit_cell")
        if _MAGNITUDE_ONLY.fullmatch(unit):
            unit += cues("numbers.table_money_unit")[0]
        read = find_quantities(m.group("num") + unit) if unit[0] not in "0123456789" else []
        if len(read) != 1 or not read[0].unit or read[0].end != b - a + len(unit):
            continue
        extra.append(Quantity(a, b, read[0].value, read[0].unit, False, text[a:b], a, b))
    extra.extend(_header_unit_rows(text, taken | {q.number_start for q in extra}))
    extra.extend(_child_unit_rows(text, taken | {q.number_start for q in extra}))
    extra.extend(_stacked_unit_levels(text, taken | {q.number_start for q in extra}))
    if not extra:
        return out
    return sorted(out + extra, key=lambda q: q.start)


_EMPTY_MARK = re.compile(r"[|｜][ \t\u3000]*(?:[-—－–―…]{1,2}|[/／])[ \t\u3000]*[|｜]")  # a row's empty cell


def _value_column(text: str, row: re.Match) -> bool:
    """Does the header above a row with an empty cell before its first figure name that figure's
    column, and no percentage column (指标 | 9月 | 1-9月累计 over 地区生产总值(亿元) | —— | 2527.54)?
    Past an empty cell the figure may stand under 增长%: 6.8 there is no 6.8亿元.  A header with
    fewer cells than the row lost its corner cell: its columns stand one to the left."""
    line_end = text.find("\n", row.start("num"))
    cells = table_cells(text[row.start():len(text) if line_end < 0 else line_end])
    k = len(table_cells(text[row.start():row.start("num")]))
    head = _header_cells(text, row.start(), k - 1)  # (its cells at least as many as the figure's column)
    if head is None:
        return False
    k -= len(head) < len(cells)
    return 0 < k < len(head) and not PERCENT_HEADER_MARK.search(head[k])


# a table row whose figure column names its unit in the header (`指标 | 绝对数(亿元) | 比上年增长%`):
# the label (其中: opening a part's: `其中:城镇 | 217319`), a bar or white space, the figure (`| 地区生产总值 | 2313.0 | 5.2 |`)
# an age band as a table row's label (户籍人口及构成: 其中:0-17岁 | 18.95 | 16.1, 60岁及以上 | 23.14): the
# one label with digits a statistics table's row has (stats43)
AGE_BAND_LABEL = (r"[0-9０-９]{1,3}(?:[-—–~～至][0-9０-９]{1,3})?周?岁"
                  f"(?:{cue_alt('metrics.age_band_bounds')})?")
HEADER_UNIT_ROW = re.compile(
    r"^[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?P<label>(?:其中[:：])?(?:[^\s（()）0-9０-９，,。；;：:|｜]{2,24}"
    rf"|{AGE_BAND_LABEL}))"
    rf"(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)(?P<num>{_ARABIC})(?=[ \t\u3000|｜]|$)", re.M)


def header_unit(text: str, ls: int) -> str | None:
    """The unit the header above the row at `ls` names for the row's first figure column, in
    brackets after the column's name (绝对数(亿元), 总量（万吨）); None without one, for a percent
    column (比上年增长(%): a growth column, no level's unit), and for a header with fewer cells than
    the row (`| 绝对数(亿元) | 增长(%) |` over `地区生产总值 | 617.50 | 5.2 |`: its corner cell lost,
    its columns do not stand over the row's)."""
    cells = _header_cells(text, ls, 1)
    end = text.find("\n", ls)
    if not cells or len(cells) < len(table_cells(text[ls:end if end >= 0 else len(text)])):
        return None
    head = cells[1]
    m = TABLE_UNIT_END.search(head)
    if m is None or m.end() - m.start() <= 2 or PERCENT_HEADER_MARK.search(head):
        return None
    return head[m.start() + 1:-1]


def _header_unit_rows(text: str, taken: set[int]) -> list[Quantity]:
    """Figures of table rows whose unit is named once, in the header's column (`绝对数(亿元)`): a
    statistics bulletin's table as a scrape or a PDF conversion writes it.  Read only where the
    header names a unit that reads as one (a magnitude alone counts yuan, as for a row's unit)."""
    return _rows_in_unit(text, HEADER_UNIT_ROW.finditer(text), taken,
                         lambda m: header_unit(text, m.start()))


def _rows_in_unit(text: str, rows, taken: set[int], unit_of) -> list[Quantity]:
    """The figure (group `num`) of each row match not read already, in the unit `unit_of(row)`
    names for it (a magnitude alone counts yuan, as for a row's unit); rows whose figure and
    unit do not read as exactly one quantity give none."""
    extra = []
    for m in rows:
        a, b = m.span("num")
        unit = unit_of(m) if a not in taken else None
        if not unit:
            continue
        if _MAGNITUDE_ONLY.fullmatch(unit):
            unit += cues("numbers.table_money_unit")[0]
        read = find_quantities(m.group("num") + unit)
        if len(read) != 1 or not read[0].unit or read[0].end != b - a + len(unit):
            continue
        extra.append(Quantity(a, b, read[0].value, read[0].unit, False, text[a:b], a, b))
    return extra


PARENT_LOOKBACK = 24  # lines above a unit-less table row searched for its parent row's unit
# a line of a table's row that holds only figure cells and bars (a row's rest wrapped onto its own line:
# `-14.85 |`, `93378082 | 9.02 |`), or a bar alone
_FIGURE_CELLS_LINE = re.compile(rf"[ \t\u3000|｜]*(?:[-−－+]?(?:{_ARABIC})[%％]?[ \t\u3000]*[|｜]?[ \t\u3000]*)*$")
_TOP_ENUMERATOR = re.compile(r"[ \t\u3000|｜]*[一二三四五六七八九十]{1,3}[、.．]")
# a scraped outline table's row with no unit: its enumerator maybe (1、, 其中:, #), a label, a bar, the
# figure (`1、国际游客 | 1388649 | 29.3 |`, `其中:台湾同胞 | 157826 |`, `香港同胞 | 775643 |`)
CHILD_ROW = re.compile(
    r"^[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?P<label>(?:[0-9]{1,2}[、．.](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[)）]"
    r"|[#＃]|其中[:：])?[ \t\u3000]*[^\s（()）0-9０-９，,。；;：:|｜](?:[ \u3000]?[^\s（()）0-9０-９，,。；;：:|｜]){1,23})"
    rf"[ \t\u3000]*[|｜][ \t\u3000]*(?P<num>{_ARABIC})(?=[ \t\u3000|｜]|$)", re.M)


def parent_row_unit(text: str, ls: int) -> str | None:
    """The unit of the parent row of the unit-less row at `ls` (`parent_row`), or None."""
    row = parent_row(text, ls)
    return row.group("unit") if row is not None else None


def parent_row(text: str, ls: int) -> re.Match | None:
    """一、接待过夜游客(人次) | 9035769 | over 1、国际游客 | 1388649 | and 其中:台湾同胞 | 157826 |: the
    unit of a unit-less row's first figure is its parent's — the nearest row above with an outline
    enumerator and its unit in brackets, every line between being a row of the same table (a label
    and figures, no unit) or figures alone.  None for a row of a new section (二、… without a unit),
    past prose or after `PARENT_LOOKBACK` lines (a bounded look back per row)."""
    if _TOP_ENUMERATOR.match(text, ls):
        return None
    end = ls - 1
    for _ in range(PARENT_LOOKBACK):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if end - start > HEADER_LINE:
            return None
        row = TABLE_ROW.match(text, start)
        if row is not None and row.group("unit") and ROW_ENUMERATOR.match(row.group("label").strip(" \t\u3000|｜")):
            return row
        if row is not None or not (CHILD_ROW.match(text, start) or _FIGURE_CELLS_LINE.match(text, start, end)):
            return None  # (a row with its own unit cell, or prose: no parent of this row)
        end = start - 1
    return None


def _child_unit_rows(text: str, taken: set[int]) -> list[Quantity]:
    """Figures of unit-less rows under a parent row with its unit (`parent_row_unit`): a bureau's
    outline table (一、接待过夜游客(人次) / 1、国际游客 / 其中:台湾同胞) names the unit once."""
    rows = (m for m in CHILD_ROW.finditer(text) if TABLE_ROW.match(text, m.start()) is None)
    return _rows_in_unit(text, rows, taken, lambda m: parent_row_unit(text, m.start()))


HEADER_LOOKBACK = 12  # lines above a table row that may hold its column names
HEADER_LINE = 200  # characters: longer lines are prose, no header
# a column's name that says its cells are percentages (增长%, 比上年增长(%), 增速（%）)
PERCENT_HEADER_MARK = re.compile(r"[ \t\u3000]*[±]?[ \t\u3000]*[（(]?[±]?[%％][)）]?$")  # (比上年同月 ±%: a rise or a fall)
_BARE_CELL = re.compile(rf"[-+−－＋]?(?:{_ARABIC})[%％]?")


_CELL_GAP = re.compile(r"[\s|｜]+")


_BARS = re.compile(r"[|｜]")


def table_cells(line: str) -> list[str]:
    """The cells of a table's line, apart by white space or by a scrape's cell bars (`指标 | 单位 |
    1-6月 | 增长%`): bars counted as cells put a row's column k under the wrong header.  A line with
    bars is cut at its bars only: a cell may be letter-spaced (`| 指　　标 | 绝 对 数 (亿元) |`)."""
    if _BARS.search(line):
        return [c for c in (cell.strip() for cell in _BARS.split(line)) if c]
    return [c for c in _CELL_GAP.split(line) if c]


def column_header(text: str, ls: int, k: int) -> str | None:
    """The name of column k (0 = the row's label) in the header above the table row that starts at
    `ls`: the nearest of the `HEADER_LOOKBACK` lines above with more than k cells and no figure
    cell (a header may name a period: 指标名称 计量单位 1-6月 增长%); None without one.  Bounded: at
    most that many lines of at most `HEADER_LINE` characters are read.  A header with one cell fewer
    than the row, its corner cell lost (`本 月 | 比上年同月 ±% | 本月止累计 | 比上年同期 ±% |` over
    `接待过夜游客(人次) | 32275456 | 12.27 | …`), stands one column to the left of the row's cells."""
    cells = _header_cells(text, ls, k - 1 if k else k)
    if not cells:
        return None
    end = text.find("\n", ls)
    if k and len(cells) == len(table_cells(text[ls:end if end >= 0 else len(text)])) - 1:
        return cells[k - 1]
    return cells[k] if len(cells) > k else None


TABLE_ROWS_MAX = 400  # rows of figures above a row walked over for its header, at most
_HEADER_MEMO: list = [None, {}]  # the text last asked of (compared by identity), (line start, k) → its header


def _header_cells(text: str, ls: int, k: int) -> list[str] | None:
    """The cells of the header `column_header` reads (more than k cells), or None.  A header set over
    two lines is read as one (`_two_line_header`).  Lines of figures (the rows above) do not count
    against `HEADER_LOOKBACK`, so a long table's last rows still find its header (二、… fifteen rows
    down a tourism table); each line walked keeps its answer, so a table's rows share one walk."""
    if _HEADER_MEMO[0] is not text:
        _HEADER_MEMO[:] = [text, {}]
    memo = _HEADER_MEMO[1]
    seen: list[int] = []
    found, end, other = None, ls - 1, 0
    for _ in range(TABLE_ROWS_MAX):
        if end <= 0 or other >= HEADER_LOOKBACK:
            break
        start = text.rfind("\n", max(0, end - HEADER_LINE), end) + 1
        if (start, k) in memo:
            found = memo[start, k]
            break
        line = text[start:end]
        end = start - 1
        if start == 0 and len(line) >= HEADER_LINE:
            break
        cells = table_cells(line)
        if cells and any(_BARE_CELL.fullmatch(c) for c in cells) and not _years_header(cells):
            seen.append(start)  # (a row of figures: the same header is above it)
            continue
        other += 1
        if not cells:
            continue
        if _CAPTION_MARK.match(line.strip(" \t\u3000|｜")):
            break  # (表2 …: another table's caption, no header of this row's)
        joined = _two_line_header(text, ls, start, cells)
        if joined is not None:
            found = joined if len(joined) > k else None
            break
        if len(cells) > k:
            found = cells
            break
    for a in seen:
        memo[a, k] = found
    return found


_YEAR_SHAPE = re.compile(r"(?:19[5-9]|20[0-4])\d")


def _year_gloss(text: str, ns: int, end: int, unit_s: str) -> bool:
    """唐武德元年(618年), 明万历五年（1577年）: a number of years alone in brackets right after a year
    written by an era (its 年 before the bracket) is the calendar year it glosses (guanzhong87)."""
    return 2 <= ns and text[ns - 1] in "（(" and text[ns - 2] == unit_s and text[end:end + 1] in ("）", ")")


def _year_before_verb(text: str, num: str, chinese: bool, mag: str | None, at: int) -> bool:
    """A four-digit year with its 年 left out, followed by a verb whose first character is a
    measure word (2022种植桑葚300亩, 2021批准设立): a time, not 2022 kinds of anything.  Only the
    verbs of `numbers.year_then_verbs` count, so 3000种植物 (kinds of plants) stays a count."""
    if chinese or mag or not _YEAR_SHAPE.fullmatch(num.translate(_FULLWIDTH)):
        return False
    return text.startswith(tuple(cues("numbers.year_then_verbs")), at)


def _class_year(num: str, chinese: bool, mag: str | None, unit_s: str | None) -> bool:
    """A four-digit year before 届 (`numbers.class_year_units`: 2023届毕业生, 2022届离校未就业毕业生, as
    recruitment notices name their applicants): the graduating class of that year, not 2023 terms; and
    before 卷 (《东明年鉴》2018卷): a yearbook's volume of that year, no count of 2018 files."""
    if chinese or mag or unit_s not in cues("numbers.class_year_units"):
        return False
    return bool(_YEAR_SHAPE.fullmatch(num.translate(_FULLWIDTH)))


def _years_header(cells: list[str]) -> bool:
    """`项目 | 2000 | 2005 | 2010` (a yearbook's table): a corner word (`numbers.table_corner_words`) over
    the labels, then years only — a header naming its columns by year, though its cells read as figures."""
    return len(cells) >= 2 and _SPACED.sub("", cells[0]) in cues("numbers.table_corner_words") \
        and all(_YEAR_CELL.fullmatch(c) for c in cells[1:])


_MARK_CELL = re.compile(r"[（(]?[±]?[%％][)）]?")  # a header's second row marking a column's percentages (±%)


def _two_line_header(text: str, ls: int, start: int, lower: list[str]) -> list[str] | None:
    """The header of the row at `ls` when its lines are `lower` (starting at `start`) and the line right
    above it, else None: `本 月 | 比上年同月 | 本月止累计 | 比上年同期` over `±% | ±%` — the marks of the
    change columns (`metrics.bare_basis`: 比上年同月, 比上年同期) on a line of their own, as many as those
    columns: each such column is a percentage one (比上年同月±%); or a header wrapped over two lines
    (`本月 | 比上年 同月%` over `1-本月 | 比上年 同期%`) whose cells together stand over the row's figures
    (as many as the row's cells, or one fewer: its corner lost)."""
    if start <= 0:
        return None
    a = text.rfind("\n", max(0, start - 1 - HEADER_LINE), start - 1) + 1
    upper = table_cells(text[a:start - 1])
    if len(upper) < 2 or any(_BARE_CELL.fullmatch(c) for c in upper):
        return None
    if all(_MARK_CELL.fullmatch(c) for c in lower):
        changes = [i for i, c in enumerate(upper) if _SPACED.sub("", c).endswith(tuple(cues("metrics.bare_basis")))]
        if len(changes) != len(lower):
            return None
        return [c + "±%" if i in changes else c for i, c in enumerate(upper)]
    end = text.find("\n", ls)
    row = len(table_cells(text[ls:end if end >= 0 else len(text)]))
    joined = upper + lower
    if len(lower) < 2 or len(joined) not in (row, row - 1) or any(_MARK_CELL.fullmatch(c) for c in joined):
        return None
    return joined


def _with_percent_columns(text: str, out: list[Quantity]) -> list[Quantity]:
    """地区生产总值 亿元 125.6 5.2 under 指标 单位 数值 增长%: a bare number in a later column of a table
    row whose header names it a percentage (增长%, 增长(%)) is a percentage — tables write the % once,
    in the header.  A cell's minus sign (`-3.4`, `-3.4%`) makes it a fall, as 增速为-3.4% does: after
    white space it was dropped.  Only cells apart by white space after the row's first figure, on its
    line, each right after a figure read: past a cell of no known unit (4611.01 under 1-本月) the
    metrics stage cannot tell which row figure a percentage measures, so the row's reading stops."""
    at = {q.number_start: k for k, q in enumerate(out)}
    extra: list[Quantity] = []
    for m in _unit_rows(text, at):
        line_end = text.find("\n", m.end("num"))
        line_end = len(text) if line_end < 0 else line_end
        pos = last = m.end("num")
        summed, row_from = False, len(extra)
        for cell in _SIGNED_CELL.finditer(text, pos, min(line_end, pos + HEADER_LINE)):
            sign, a, b = cell.start(), cell.start("num"), cell.end("num")
            if text[last:sign].strip(" \t\u3000|｜"):
                break  # (a cell read as no figure before it: the columns after it are not told apart)
            last = cell.end()
            k = at.get(a)
            if k is not None:  # (a percentage written out: only its sign is read here)
                q = out[k]
                if sign < a and q.unit in PERCENT_UNITS and q.start == a and q.value > 0:
                    out[k] = replace(q, value=-q.value, start=sign, surface=text[sign:q.end])
                continue
            if cell.group("pct"):
                break
            head = column_header(text, m.start(), len(table_cells(text[m.start():cell.start()])))
            if head is not None and sign == a and _cumulative_column(text, m, head):
                total = _in_row_unit(text, m, a, b)
                if total is None:
                    break
                if not summed:  # (the row's figures before it are the month's: 本 月 | 比上年同月 ±%)
                    first = at.get(m.start("num"))
                    if first is not None and out[first].form is None:
                        out[first] = replace(out[first], form=MONTHLY)
                    extra[row_from:] = [replace(q, form=MONTHLY) for q in extra[row_from:]]
                extra.append(total)
                summed = True  # (the cells after it measure the sum so far: 比上年同期 ±%)
                continue
            if head is None or not PERCENT_HEADER_MARK.search(head):
                break
            value = parse_number(text[a:b])
            extra.append(Quantity(sign, b, -value if sign < a else value, "%", False, text[sign:b], a, b,
                                  form=CUMULATIVE if summed else None))
    if not extra:
        return out
    taken = [(q.start, q.end) for q in out]
    extra = [q for q in extra if not any(a < q.end and q.start < b for a, b in taken)]
    return sorted(out + extra, key=lambda q: q.start)


# the form of a table cell under a column summing the year so far (本月止累计, 1-本月累计) after a column of the
# month (本月): its time is the year from January to the table's month, which the metrics stage reads
CUMULATIVE = "cumulative"
MONTHLY = "monthly"  # a cell of such a table's month's own columns (本 月, 比上年同月 ±%): the table's month
_SPACED = re.compile(r"[ \t\u3000]+")


def _cumulative_column(text: str, row: re.Match, head: str) -> bool:
    """Does `head` name a column summing the year up to the month (本月止累计, 1-本月累计: `numbers.
    cumulative_columns`), in a table whose row's first figure stands under the month's own column (本 月,
    当月: `numbers.month_columns`)?  Then the cell holds the same measure, in the row's unit, so far this
    year — no growth, and no figure of another unit (the one header cell read is the row's own)."""
    first = column_header(text, row.start(), len(table_cells(text[row.start():row.start("num")])))
    return first is not None and cumulative_beside_month(first, head)


def cumulative_beside_month(first: str, head: str) -> bool:
    """Is the column `head` a sum of the year so far (`numbers.cumulative_columns`) in a table whose
    first figure column `first` is the month's own (`numbers.month_columns`), white space aside?"""
    return _SPACED.sub("", head) in cues("numbers.cumulative_columns") \
        and _SPACED.sub("", first) in cues("numbers.month_columns")


def _in_row_unit(text: str, row: re.Match, a: int, b: int) -> Quantity | None:
    """The bare figure text[a:b] of a table row as a quantity in the unit of the row's first figure
    (its bracket or unit cell, else the header's unit), form `CUMULATIVE`; None when they do not read
    as one quantity."""
    unit = row.groupdict().get("unit") or row.groupdict().get("unit_cell") \
        or header_unit(text, row.start()) or parent_row_unit(text, row.start())
    if not unit:
        return None
    if _MAGNITUDE_ONLY.fullmatch(unit):
        unit += cues("numbers.table_money_unit")[0]
    read = find_quantities(text[a:b] + unit) if unit[0] not in "0123456789" else []
    if len(read) != 1 or not read[0].unit or read[0].start != 0 or read[0].end != b - a + len(unit):
        return None
    return Quantity(a, b, read[0].value, read[0].unit, False, text[a:b], a, b, form=CUMULATIVE)


STACK_CELLS_MAX = 8  # figure cells of a row set one cell a line, at most
STACK_LOOKBACK = 60  # lines above a row set one cell a line looked through for its header, at most
STACK_HEAD_MAX = 16  # a header's cell set on a line of its own is at most this long
_STACK_CELL = re.compile(rf"[-+−－＋]?(?:{_ARABIC})[%％]?")
_STACK_PROSE = re.compile("[，,。；;：:！？!?]")


def _stack_line(text: str, start: int) -> tuple[str, int]:
    """The line at `start` without its cell bars and white space, and where the next line starts."""
    end = text.find("\n", start, start + HEADER_LINE)
    if end < 0:  # (a line longer than a table's: read no further than a row reaches)
        end = min(len(text), start + HEADER_LINE)
    return text[start:end].strip(" \t\u3000\r|｜"), end + 1


def _lines_up(text: str, ls: int):
    """The lines from the one starting at `ls` upward, without cell bars and white space, each
    found by looking back at most `HEADER_LINE` characters: a longer line ends the walk (prose)."""
    end = text.find("\n", ls)
    start, end = ls, len(text) if end < 0 else end
    while True:
        yield text[start:end].strip(" \t\u3000\r|｜")
        if start == 0:
            return
        end = start - 1
        start = text.rfind("\n", max(0, end - HEADER_LINE), end) + 1
        if start == 0 and end >= HEADER_LINE:
            return


def _stacked_header(text: str, ls: int, n: int) -> list[str] | None:
    """The header over a table set one cell a line (社会消费品零售总额(亿元)⏎1545.21⏎25.5 under
    指标⏎本月⏎比去年同月增长(%)): the n + 1 short lines of no figure right above the table's first
    row's label, found by going up from the row at `ls` over the rows above it (a label line, then
    figure lines), its first a corner word (指标: `numbers.table_corner_words`).  None when no run
    of n + 2 such lines (the header and the first label) stands within `STACK_LOOKBACK` lines, or
    when a line of prose comes first."""
    run: list[str] = []
    for _k, line in zip(range(STACK_LOOKBACK), _lines_up(text, ls)):
        if not line:
            continue
        if _STACK_CELL.fullmatch(line):
            run = []
            continue
        if run and len(line) > STACK_HEAD_MAX or _STACK_PROSE.search(ROW_ENUMERATOR.sub("", line)):
            return None  # (其中:台湾同胞, a row's label over the rows above: its colon is no prose)
        run.append(line)
        if len(run) == n + 2:
            corner = re.sub(r"[ \t\u3000]", "", run[-1])
            return run[:0:-1] if corner in cues("numbers.table_corner_words") else None
    return None


def stacked_cells(text: str, row: re.Match) -> list[tuple[int, int, str]]:
    """The figure cells of a table row set one cell a line, its first figure on the line after its
    label (`TABLE_ROW`): (start, end, cell) of each line that is one figure, the first included,
    at most `STACK_CELLS_MAX`; [] for a row on one line."""
    if "\n" not in text[row.end("label"):row.start("num")]:
        return []
    cells = []
    pos = text.rfind("\n", 0, row.start("num")) + 1
    for _ in range(STACK_CELLS_MAX):
        if pos >= len(text):
            break
        cell, nxt = _stack_line(text, pos)
        if not _STACK_CELL.fullmatch(cell):
            break
        a = text.find(cell, pos)
        cells.append((a, a + len(cell), cell))
        pos = nxt
    return cells


def _stacked_table(text: str) -> dict[int, tuple[str, str, int]]:
    """Each percentage cell of the tables set one cell a line in `text`: its number's start →
    (the row's label, the header's name of its column, the start of the row's first figure).  One
    pass: a table's header is looked for once and carried down the rows that follow each other with
    as many cells (a long table's last rows stand farther below it than the header is looked for).
    A row's cells are taken while the header names their column a percentage (a cell of no known
    unit, 4611.01 under 1-本月, ends the row's reading: which figure would a growth after it measure?)."""
    cols: dict[int, tuple[str, str, int, str | None]] = {}
    head, width, after = None, 0, -1
    for row in TABLE_ROW.finditer(text):
        cells = stacked_cells(text, row)
        if len(cells) < 2:
            head = None
            continue
        if head is None or len(cells) != width or text[after:row.start()].strip():
            head, width = _stacked_header(text, row.start(), len(cells)), len(cells)
        after = _stack_line(text, cells[-1][0])[1]
        form = None
        for k, (a, _b, cell) in enumerate(cells[1:], 2):
            if head is None:
                break
            if not PERCENT_HEADER_MARK.search(head[k]):
                # (本 月 | 同比增减% | 1-本月累计: the sum so far in the row's unit, the month's cells before it)
                if form or not cumulative_beside_month(head[1], head[k]) or not _ARABIC_CELL.fullmatch(cell):
                    break
                for c in [cells[0][0]] + [c[0] for c in cells[1:k - 1]]:
                    cols[c] = cols.get(c, (row.group("label"), head[1], cells[0][0], None))[:3] + (MONTHLY,)
                form = CUMULATIVE
            cols[a] = (row.group("label"), head[k], cells[0][0], form)
    for row, cells, _unit, name, _caption in _stacked_unit_rows(text):
        if len(cells) == 2 and PERCENT_HEADER_MARK.search(name):
            cols[cells[1][0]] = (row.group("label"), name, cells[0][0], None)
    return cols


# a table's group line joined to the row under it (按产业分⏎第一产业 → 按产业分第一产业): how the rows
# below are grouped, no part of the row's label
_GROUP_HEAD = r"按[^\s按分，,。；;：:|｜0-9]{1,6}分"
# a row of a table set one cell a line whose label names no unit (地区生产总值⏎19349.31⏎-5.7, a
# statistics bureau's page as scraped): its first figure's unit is named by the header above the
# table, set one cell a line too, the unit maybe on a line of its own (总量⏎(亿元)⏎比上年同期⏎增长(%))
STACKED_ROW = re.compile(
    rf"^[ \t\u3000]*(?:{_GROUP_HEAD}[ \t\u3000]*)?(?:[#＃][ \t\u3000]*)?(?P<label>[^\s（()）0-9０-９，,。；;：:|｜#＃%％]{{2,24}})[ \t\u3000]*\r?\n"
    rf"[ \t\u3000]*(?P<num>{_ARABIC})[ \t\u3000]*(?=\r?\n)", re.M)
# a header cell naming its column's unit in brackets, its name before it or on the line above
# (总量(亿元), (亿元), 绝对数（万吨）): no percentage
_STACK_UNIT_HEAD = re.compile(r"(?P<name>[^（()）]{0,12})[（(](?P<unit>[^（()）%％\s]{1,4})[）)]")


def _stacked_unit_header(text: str, ls: int, n: int) -> tuple[str, str, str] | None:
    """(the unit of the first figure column, the name of the second column, the line right above
    the header: the table's caption, or "") of the header set one cell a line right above the row
    at `ls` of a table set one cell a line whose labels name no unit: the first header cell naming a unit in brackets, with no percentage column before it and
    a column after it (总量⏎(亿元)⏎比上年同期⏎增长(%) → 亿元, 比上年同期增长(%): with two figure
    columns every cell after the unit's belongs to the second).  None when a figure line comes
    first (no table's first row) or no such cell stands within n + 3 short lines above."""
    lines: list[str] = []
    for line in itertools.islice(_lines_up(text, ls), 1, n + 4):
        if _STACK_CELL.fullmatch(line) and not lines:
            return None
        if not line:
            continue
        if _STACK_CELL.fullmatch(line) or _STACK_PROSE.search(line) or len(line) > STACK_HEAD_MAX:
            break
        lines.append(line)
    lines.reverse()
    for k, line in enumerate(lines):
        if PERCENT_HEADER_MARK.search(line):
            return None
        m = _STACK_UNIT_HEAD.fullmatch(line)
        if m is not None:
            rest = lines[k + 1:]
            first = k if m.group("name") else k - 1  # (the first column's name: 总量 over (亿元))
            caption = lines[first - 1] if first >= 1 else ""
            return (m.group("unit"), "".join(rest) if n == 2 else "", caption) if rest else None
    return None


def _stacked_unit_rows(text: str):
    """(row, its figure cells, the header's unit, the second column's name, the table's caption
    line) of each row of the tables set one cell a line whose unit is in the header (`STACKED_ROW`, `_stacked_unit_header`).
    One pass, as `_stacked_table`: the header is looked for at a table's first row and carried down
    the rows that follow each other with as many cells."""
    head, width, after = None, 0, -1
    for row in STACKED_ROW.finditer(text):
        cells = stacked_cells(text, row)
        if len(cells) < 2:
            head = None
            continue
        if head is None or len(cells) != width or text[after:row.start()].strip():
            head, width = _stacked_unit_header(text, row.start(), len(cells)), len(cells)
        after = _stack_line(text, cells[-1][0])[1]
        if head is not None and row.group("label") not in _place_labels():
            yield row, cells, head[0], head[1], head[2]


_CLASS_NOUN = re.compile(r"[^\s，,。；;：:、！？!?（()）“”0-9０-９]{1,12}")


_RANK_GROUP_VERBS = tuple(cues("numbers.rank_group_verbs"))
_RANK_GROUP_VERB_RE = re.compile("|".join(map(re.escape, _RANK_GROUP_VERBS)))  # any of them, anywhere
_RANK_GROUP_ENDS = tuple(cues("numbers.rank_group_ends"))


def _rank_group(text: str, ns: int, end: int) -> bool:
    """位居19个援疆省市之首, 名列全国31个省份前列: a count between a verb of ranking (at most
    four characters before it, 全国 between) and the rank its noun closes with in the same clause
    (at most twelve characters after the unit) is the size of the group ranked in, no figure."""
    if not _RANK_GROUP_VERB_RE.search(text, max(0, ns - 6), ns):
        return False  # (one regex pass over the six characters, not a slice test per verb)
    m = _CLASS_NOUN.match(text, end)
    return bool(m) and m.group(0).endswith(_RANK_GROUP_ENDS)


_ESSAY_NOUNS = tuple(cues("numbers.essay_nouns"))
_ESSAY_VERB_RE = re.compile(f"(?:{cue_alt('numbers.essay_verbs')})[^，,。；;！!？?]*$")


def _essay_idiom(text: str, ns: int, end: int, unit_s: str | None) -> bool:
    """做好“青山、沃野、米粉”三篇文章, 做足山海两篇大文章: a Chinese numeral's 篇 (essay_units) before
    文章 (essay_nouns) after a verb of doing in the same clause (essay_verbs: 做, at most 30
    characters before) is the idiom of the fields a place works on, no count of articles written
    (刊发文章3篇 and 发表三篇文章 keep theirs: no 做)."""
    if unit_s not in cues("numbers.essay_units") or not text.startswith(_ESSAY_NOUNS, end):
        return False
    return bool(_ESSAY_VERB_RE.search(text, max(0, ns - 30), ns))


def _class_measured(text: str, end: int) -> bool:
    """8大类商品及服务价格指数呈现“六升二降” / 8大类商品零售额实现增长 (statistics releases): a
    numbered classification whose noun runs into a measure of goods (价格指数, 零售额) in the same
    clause names the classes the measure is broken down by — no count (商品 8类) of anything.
    Reads at most twelve characters after the unit."""
    m = _CLASS_NOUN.match(text, end)
    return bool(m) and any(w in m.group(0) for w in cues("numbers.class_measures"))


@lru_cache(maxsize=1)
def _place_labels() -> frozenset[str]:
    """Division names down to the county (`kg.divisions.table()`) and their short forms: a row so
    labelled (浦东新区⏎8000.5 under 总量⏎(亿元)) is a place's row, its label no indicator — which
    figure it counts is named elsewhere (the caption), so the row is left unread."""
    names: set[str] = set()
    for d in division_table().by_code.values():
        if len(d.code) == 6:
            names.add(d.name)
            if d.short:
                names.add(d.short)
    return frozenset(names)


def _stacked_unit_levels(text: str, taken: set[int]) -> list[Quantity]:
    """The first figure of each row of a table set one cell a line whose unit the header names
    (地区生产总值⏎19349.31 under 总量⏎(亿元)): a quantity in that unit (a magnitude alone counts
    yuan, as for a row's unit); a unit that reads as none is left alone."""
    extra = []
    for _row, cells, unit, _name, _caption in _stacked_unit_rows(text) if "\n" in text else ():
        a, b, cell = cells[0]
        if a in taken or not _ARABIC_CELL.fullmatch(cell):
            continue
        if _MAGNITUDE_ONLY.fullmatch(unit):
            unit += cues("numbers.table_money_unit")[0]
        read = find_quantities(cell + unit)
        if len(read) != 1 or not read[0].unit or read[0].end != len(cell) + len(unit):
            continue
        extra.append(Quantity(a, b, read[0].value, read[0].unit, False, cell, a, b))
    return extra


_ARABIC_CELL = re.compile(_ARABIC)  # an unsigned figure with no percent mark: a level's cell


_CAPTION_MEMO: list = [None, {}]  # the article text last asked of and its cells' caption lines


def stacked_caption(text: str, a: int) -> str | None:
    """The caption line over the table set one cell a line, its unit in the header, that holds the
    cell starting at `a` (上海市生产总值2022年上半年 over 总量⏎(亿元)⏎比上年同期⏎增长(%)), or None;
    only for tables of one level column and its growth (with more columns, 本月 and 1-本月, the
    caption's time is no time of every column).  Found once per text, as `stacked_column`."""
    if _CAPTION_MEMO[0] is not text:
        found = {}
        for _row, cells, _unit, _name, caption in _stacked_unit_rows(text) if "\n" in text else ():
            if len(cells) == 2 and caption:
                found.update((c[0], caption) for c in cells)
        _CAPTION_MEMO[:] = [text, found]
    return _CAPTION_MEMO[1].get(a)


# a table's caption line: 表1, 表一, 附表2 and its name (表1 2024年1-9月全县主要经济指标)
_CAPTION_MARK = re.compile(r"(?:附)?表[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}(?![0-9０-９])")
CAPTION_LOOKBACK = 16  # lines above a table row looked through for the table's caption, at most


def row_caption(text: str, ls: int) -> tuple[str, list[str]] | None:
    """(the caption line, the lines between it and the row) of the table holding the row whose
    line starts at `ls`: the nearest line above opening with a table's mark (表1, 附表2), the
    lines up to it short and no prose (a table's header and rows); None past `CAPTION_LOOKBACK`
    lines or at a line of prose.  Bounded: each line found looking back `HEADER_LINE` characters."""
    between: list[str] = []
    for line in itertools.islice(_lines_up(text, ls), 1, CAPTION_LOOKBACK + 1):
        if _CAPTION_MARK.match(line):
            return line, between
        if _STACK_PROSE.search(_PART_ROW_MARK.sub("", line)) or len(line) > HEADER_LINE // 2:
            return None  # (其中:城镇 | 217319: a part's row, its colon no prose's)
        between.append(line)
    return None


_PART_ROW_MARK = re.compile(r"^[ \t\u3000|｜]*其中[:：]")  # a table row of a part: 其中:城镇 | 217319 |


_STACK_MEMO: list = [None, {}]  # the article text last asked of (held: compared by identity) and its cells


def stacked_column(text: str, a: int) -> tuple[str, str] | None:
    """(the row's label, the header's name of the cell's column) for the percentage cell at `a` of
    a table set one cell a line, or None.  The text's cells are found once (`_stacked_table`) and
    kept for the next figure of the same text: the metrics stage asks this of every percentage."""
    if _STACK_MEMO[0] is not text:
        _STACK_MEMO[:] = [text, _stacked_table(text) if "\n" in text else {}]
    found = _STACK_MEMO[1].get(a)
    return found[:2] if found and found[0] is not None and a != found[2] else None


# ---------------------------------------------------------------------------- index tables
# A price-index table (居民消费价格分类指数, 工业生产者出厂价格指数) writes bare index levels under a header
# naming each column by its comparison or its year (名称 | 环比 | 同比 | 1-8月同比, 项目 全省 城市 农村,
# 类 别 | 2011 | 2012): scraped with bars on one line, one cell a line, or apart by white space.  Read in
# one pass over the text (`_index_table`), whatever the layout, as a stream of cells: a corner word
# (类别, 项目) opens the header, the header's cells run to the first figure's row label, and each row
# is a label and its figures.  Only a table read with certainty gives figures: its header or
# caption states an index's base (上年同月=100) or a comparison (环比, 同比), a row or the caption
# names an index, the header has exactly as many cells as the row has figures (or is a two-level header
# read with certainty: `two_level_header`) and no percentage column, and every figure is an index level
# (20-400).  A row whose label names no index (一、食品烟酒) is a class's only in a table the caption names
# an index of, or that states a base, or whose every column is a comparison; a row with a unit (亿元) is
# never an index's.
_FIGURE_TOKEN = re.compile(r"[-+−－]?[0-9]+(?:\.[0-9]+)?[%％]?")
_INDEX_LEVEL_CELL = re.compile(r"[0-9]{2,3}(?:\.[0-9]{1,3})?")
INDEX_LOW, INDEX_HIGH = 20, 400  # an index level (上年=100) lies between, a count or a percent change may not
_YEAR_CELL = re.compile(r"(?:19|20)[0-9]{2}年?")
# a row label's enumerator or its 其中: (一、食品类, 1.粮 食, (1)中药, #轻工业, 其中:台湾同胞): the label's
# place in the table's outline, no part of what the row measures
ROW_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、．.](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[)）]"
                            r"|[#＃]|其中[:：])[ \t\u3000]*")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z ,.&'/\-]*")  # a yearbook's English translation beside the Chinese
_SPACES = re.compile(r"[ \t\u3000\r]+")
_TABLE_PROSE = re.compile("[。；！？，]")
_BASE_IN_LABEL = re.compile(r"[（(][^（()）]{0,12}100[）)]$")  # 工业生产者出厂价格指数(上年同期=100)


def _cell_words(s: str) -> str:
    """A cell's Chinese words: its English translation and its white space taken out (全 省 Total
    Province Indices → 全省, 外 国 人 → 外国人)."""
    return _SPACES.sub("", _LATIN_WORDS.sub("", s))


def _line_cells(text: str, ls: int, le: int) -> list[tuple[int, int, str]]:
    """(start, end, words) of the cells of the line text[ls:le]: apart by bars when it has any; else
    apart by white space, the words before a row's trailing figures one label cell (居民消费价格指数
    101.2 101.3) and a run of single characters one word (类 别).  Cells with no Chinese words and no
    figure (English) are left out."""
    line = text[ls:le]
    if _BARS.search(line):
        pieces, pos = [], ls
        for part in _BARS.split(line):
            pieces.append((pos, pos + len(part)))
            pos += len(part) + 1
    else:
        pieces = [(ls + m.start(), ls + m.end()) for m in re.finditer(r"[^ \t\u3000\r]+", line)]
        k = len(pieces)
        while k and _FIGURE_TOKEN.fullmatch(text[pieces[k - 1][0]:pieces[k - 1][1]]):
            k -= 1
        if 0 < k < len(pieces):
            pieces = [(pieces[0][0], pieces[k - 1][1])] + pieces[k:]
        elif k == len(pieces) and all(b - a == 1 for a, b in pieces):
            pieces = [(pieces[0][0], pieces[-1][1])] if pieces else []
    out = []
    for a, b in pieces:
        raw = text[a:b].strip(" \t\u3000\r")
        words = raw if _FIGURE_TOKEN.fullmatch(raw) else _cell_words(raw)
        if words:
            a = text.find(raw, a, b) if raw else a
            out.append((a, a + len(raw), words))
    return out


_CAPTION_INDEX = re.compile(rf"[{HAN}]{{2,20}}指数")


def _caption_index(context: list[str]) -> str | None:
    """The index a table's caption names (9-12 工业生产者出厂价格指数 → 工业生产者出厂价格指数), or None."""
    for c in context:
        m = _CAPTION_INDEX.search(c)
        if m:
            return m.group(0)
    return None


def _states_base(cell: str) -> bool:
    """单位:以上年为100, (上年=100): a cell stating an index's base — its 上年 is no period of the table."""
    return any(m in cell for m in cues("numbers.index_base_marks"))


def _is_index_table(context: list[str], header: list[str], first_label: str) -> bool:
    """Does a table hold index levels: its caption or header states a base (上年同月=100) or its
    header names a comparison (环比 | 同比), and its caption or its first row names an index?"""
    told = context + header
    based = any(m in c for c in told for m in cues("numbers.index_base_marks")) \
        or any(w in c for c in header for w in cues("numbers.index_columns"))
    index = cues("numbers.index_heads")[0]
    return based and any(index in c for c in context + [first_label])


def index_label(label: str, price: bool, named: str | None = None) -> str:
    """The indicator a row of an index table measures: its label without its enumerator, the base
    in brackets, and white space (一、食品烟酒 → 食品烟酒价格指数 in a price table: a class's row
    gives the class's index; 居民消费价格指数 as it is)."""
    label = _BASE_IN_LABEL.sub("", ROW_ENUMERATOR.sub("", label))
    index = cues("numbers.index_heads")[0]
    if label in cues("numbers.index_total_rows") and named:
        return named  # 总指数 | 106.0 under 9-12 工业生产者出厂价格指数: the caption's index
    if index in label:
        return label
    return label + (cues("numbers.index_price_words")[0] if price else "") + index


_BASE_TAIL = re.compile(r"(?:为|[=＝])100")  # 为100: the end of a header cell wrapped onto the next header row
SUB_COLUMN_MAX = 8  # a second header row's cell (至本月平均) is at most this long


def two_level_header(cols: list[str], n: int) -> list[str] | None:
    """The n column names of an index table's header of two rows flattened into one run of cells
    (以上月价格为100 | 以上年同期价格为100 | 本月 | 至本月平均 over three figures): the second row's cells
    (本月, 至本月平均: `numbers.index_sub_columns`) stand under the first row's last comparison, each
    earlier one a comparison with the month before (`numbers.index_single_columns`), one column only.
    A cell's wrapped tail (以上月价格 | … | 为100) rejoins the first cell with no base.  None unless the
    cells add up to n columns so."""
    cells: list[str] = []
    for c in cols:
        if cells and _BASE_TAIL.fullmatch(c):
            k = next((i for i, t in enumerate(cells) if not _states_base(t)), None)
            if k is None:
                return None
            cells[k] += c
            continue
        cells.append(c)
    b = 0
    while b < len(cells) and len(cells[-1 - b]) <= SUB_COLUMN_MAX \
            and any(w in cells[-1 - b] for w in cues("numbers.index_sub_columns")):
        b += 1
    top, bottom = cells[:len(cells) - b], cells[len(cells) - b:]
    if b < 2 or len(top) < 2 or len(top) - 1 + b != n:
        return None
    if not all(any(w in t for w in cues("numbers.index_single_columns")) for t in top[:-1]):
        return None
    return top[:-1] + [f"{top[-1]}，{x}" for x in bottom]


# the line naming a by-place table's indicator and its unit (指标:工业增加值_同比增长(%)); the underscore of a
# database's name parts its words (工业增加值_同比增长: 工业增加值同比增长)
_PLACE_TABLE_HEAD = re.compile(rf"(?:{cue_alt('numbers.place_table_heads')})[:：][ \t\u3000]*"
                               r"(?P<name>[^:：（()）|｜]{2,30}?)[（(](?P<unit>[^（()）|｜\s0-9]{1,4})[）)]")
# a by-place table's column: a time with its year (2020年11月, 2023年, 2023年1-9月, 2023年一季度)
_TIME_CELL = re.compile(r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月份?|1[-—－~][0-9]{1,2}月份?|[一二三四]季度|[上下]半年)?")


def _place_table_head(context: list[str]) -> tuple[str, str] | None:
    """(indicator, unit) that the lines above a table name once for all its cells (指标:工业增加值_同比增长(%)
    → 工业增加值同比增长, %), or None: a statistics database's by-place table says what it measures there."""
    for c in context:
        m = _PLACE_TABLE_HEAD.fullmatch(c)
        if m:
            return m.group("name").replace("_", ""), m.group("unit")
    return None


def _place_row(out: dict, table: dict, label, nums) -> bool:
    """河北省 | 8.7 | 10 | 7.3 under 地区 | 2020年11月 | 2020年10月 | 2020年9月 and 指标:工业增加值_同比增长(%)
    (国家统计局 by-place table): each cell is the row's place's figure of the indicator named above the table,
    in its unit, at its column's time.  Only a row labelled by a division's name, under a header of times
    with exactly one per cell, in a table whose indicator and unit are named: else nothing is read."""
    head = table["place_head"]
    if head is None or label[2] not in _place_labels() or not nums or len(nums) != len(table["header"]):
        return False
    if not all(_TIME_CELL.fullmatch(c) for c in table["header"]):
        return False
    for (a, b, _c), col in zip(nums, table["header"]):
        out[a] = (head[0], col, b, table["caption"], head[1])
    return True


def _index_row(out: dict, table: dict, label, nums) -> None:
    """Record the figures of a row of an index table that is read with certainty (see above)."""
    if _place_row(out, table, label, nums):
        return
    header = table["header"]
    if len(header) != len(nums) and nums:
        header = two_level_header(header, len(nums)) or header
    if not table["index"] or len(nums) != len(header) or label[2] in _place_labels():
        return
    index = cues("numbers.index_heads")[0]
    if TABLE_UNIT_END.search(label[2]) or (index not in label[2] and not table["classes"]):
        return  # (地区生产总值(亿元) | 250.3: a count's row among index rows; a class's row only in an index table)
    if not all(_INDEX_LEVEL_CELL.fullmatch(c) and INDEX_LOW <= float(c) <= INDEX_HIGH for _a, _b, c in nums):
        return
    name = index_label(label[2], table["price"], table["named"])
    if len(name) < 4:
        return
    for (a, b, _c), col in zip(nums, header):
        out[a] = (name, col, b, table["caption"], "")


def _index_table(text: str) -> dict[int, tuple[str, str, int, str, str]]:
    """Each index level of the index tables in `text`: its start → (the row's indicator, its
    column's header cell, its end, the table's caption words, its unit: none for an index level; a
    by-place table's cells, `_place_row`, in the unit named above the table).  One pass over the lines (each at
    most `HEADER_LINE` characters: a longer one, or one of prose, ends a table)."""
    out: dict[int, tuple[str, str, int, str, str]] = {}
    corners = {_SPACES.sub("", w) for w in cues("numbers.table_corner_words")}
    context: list[str] = []
    header: list | None = None
    table: dict | None = None
    label, nums = None, []
    ls = 0
    while ls <= len(text):
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if le - ls > HEADER_LINE or _TABLE_PROSE.search(text, ls, le):
            if table and label:
                _index_row(out, table, label, nums)
            context, header, table, label, nums = [], None, None, None, []
            ls = le + 1
            continue
        for cell in _line_cells(text, ls, le):
            words = cell[2]
            figure = _FIGURE_TOKEN.fullmatch(words) is not None
            if not figure and words in corners:
                if table and label:
                    _index_row(out, table, label, nums)
                header, table, label, nums = [], None, None, []
            elif header is None:
                context = context[-7:] + [words]  # (the caption: the few cells above the corner)
            elif table is None and not figure:
                header.append(cell)
            elif table is None and _YEAR_CELL.fullmatch(words) and not header:
                header.append(cell)  # 类 别 | 2011 | 2012: a header of years
            elif table is None and _YEAR_CELL.fullmatch(words) and _YEAR_CELL.fullmatch(header[-1][2]):
                header.append(cell)
            elif table is None:
                if not header or _FIGURE_TOKEN.fullmatch(header[-1][2]):
                    header, context = None, []  # (a figure with no label before it: no table known)
                    continue
                label, nums = header.pop(), [cell]
                cols = [c[2] for c in header]
                price = any(w in c for c in context + [label[2]] for w in cues("numbers.index_price_words"))
                index = cues("numbers.index_heads")[0]
                classes = any(index in c for c in context) or any(_states_base(c) for c in context + cols) \
                    or all(any(w in c for w in cues("numbers.index_columns")) for c in cols)
                table = {"header": cols, "price": price, "classes": classes,
                         "index": _is_index_table(context, cols, label[2])
                         and not any(PERCENT_HEADER_MARK.search(c) for c in cols),
                         "caption": " ".join(c for c in context if not _states_base(c)), "named": _caption_index(context),
                         "place_head": _place_table_head(context)}
            elif figure:
                if label:
                    nums.append(cell)
            else:
                if label:
                    _index_row(out, table, label, nums)
                label, nums = cell, []
        ls = le + 1
    if table and label:
        _index_row(out, table, label, nums)
    return out


_INDEX_MEMO: list = [None, {}]  # the text last asked of (compared by identity) and its index cells


def index_cell(text: str, a: int) -> tuple[str, str, int, str, str] | None:
    """(indicator, column header, end, caption, unit) of the index table's cell starting at `a`, or None;
    the text's tables are read once and kept for the next figure of the same text."""
    if _INDEX_MEMO[0] is not text:
        _INDEX_MEMO[:] = [text, _index_table(text) if "\n" in text else {}]
    return _INDEX_MEMO[1].get(a)


def _with_index_cells(text: str, out: list[Quantity]) -> list[Quantity]:
    """The index levels of index tables (`_index_table`): each a unitless level, as 价格指数为102.1
    reads (form "index"), in place of whatever the grammar read at its place."""
    if "\n" not in text:
        return out
    cells = index_cell(text, -1) is None and _INDEX_MEMO[1]
    if not cells:
        return out
    extra = []
    for a, (_n, _c, end, _t, unit) in cells.items():
        q = _cell_in_unit(text, a, end, unit)
        if q is not None:
            extra.append(q)
    taken = {i for q in extra for i in range(q.start, q.end)}  # (a cell is a few characters: a bounded set)
    kept = [q for q in out if q.number_start not in taken]
    return sorted(kept + extra, key=lambda q: q.start)


def _cell_in_unit(text: str, a: int, end: int, unit: str) -> Quantity | None:
    """The table cell text[a:end] as a quantity (form "index", so that its table names it): a bare
    level for an index; else in `unit`, its sign kept (-2.1 under 同比增长(%) is a fall), None when the
    figure and the unit do not read as one quantity."""
    cell = text[a:end]
    if not unit:
        return Quantity(a, end, parse_number(cell), "", False, cell, a, end, form="index")
    digits = cell.lstrip("-+−－")
    if _MAGNITUDE_ONLY.fullmatch(unit):
        unit += cues("numbers.table_money_unit")[0]
    read = find_quantities(digits + unit)
    if len(read) != 1 or not read[0].unit or read[0].start != 0 or read[0].end != len(digits) + len(unit):
        return None
    value = -read[0].value if len(digits) < len(cell) and cell[0] != "+" else read[0].value
    return Quantity(a, end, value, read[0].unit, False, cell, a, end, form="index")  # (its start: the table's key)


def _with_stacked_percent_cells(text: str, out: list[Quantity]) -> list[Quantity]:
    """社会消费品零售总额(亿元)⏎1545.21⏎25.5 under a header set one cell a line (指标⏎本月⏎比去年同月
    增长(%)): a bare figure cell after the row's first figure, in a column the header names a
    percentage, is a percentage, as `_with_percent_columns` reads a row on one line."""
    if "\n" not in text:
        return out
    at = {q.number_start: k for k, q in enumerate(out)}
    extra: list[Quantity] = []
    for a, (_label, head, first, form) in _stacked_table(text).items():
        if a == first and first in at:
            out[at[first]] = replace(out[at[first]], form=form)  # (本 月's level of a table with a 1-本月累计)
            continue
        if a in at or first not in at:
            continue
        b = a + len(_stack_line(text, a)[0])
        num = b - len(text[a:b].lstrip("-+−－＋"))
        if text[b - 1] in "%％":
            continue  # (a percentage written out was read already)
        if form == CUMULATIVE and not PERCENT_HEADER_MARK.search(head):
            total = _as_first(out[at[first]], text, a, b)
            if total is not None:
                extra.append(total)
            continue
        value = parse_number(text[num:b])
        extra.append(Quantity(a, b, -value if num > a and text[a] in "-−－" else value, "%", False,
                              text[a:b], num, b, form=form))
    if not extra:
        return out
    return sorted(out + extra, key=lambda q: q.start)


def _as_first(first: Quantity, text: str, a: int, b: int) -> Quantity | None:
    """The bare cell text[a:b] in the unit of the row's first figure `first` (本月止累计 beside 本 月),
    form `CUMULATIVE`: its value scaled as the first figure's was (人次 as written, 亿元 by 10^8); None
    when the first figure was not read from a bare number."""
    try:
        scale = Decimal(str(first.value)) / Decimal(text[first.number_start:first.number_end].replace(",", ""))
        value = Decimal(text[a:b].replace(",", "")) * scale
    except (InvalidOperation, ArithmeticError):
        return None
    if scale <= 0 or scale != scale.to_integral_value():
        return None
    return Quantity(a, b, _as_number(value), first.unit, False, text[a:b], a, b, form=CUMULATIVE)


def _unit_rows(text: str, read: dict[int, int]):
    """The table rows whose first figure has its unit: in the row (`TABLE_ROW`), or in the header's
    column (`HEADER_UNIT_ROW`, its figure read by `_header_unit_rows`)."""
    yield from TABLE_ROW.finditer(text)
    for m in HEADER_UNIT_ROW.finditer(text):
        if m.start("num") in read and TABLE_ROW.match(text, m.start()) is None:
            yield m
    for m in CHILD_ROW.finditer(text):  # (1.入 境 游 客 | 2646490 | 2.13 under 一、接待过夜游客(人次): its parent's unit)
        if m.start("num") in read and TABLE_ROW.match(text, m.start()) is None \
                and HEADER_UNIT_ROW.match(text, m.start()) is None and parent_row_unit(text, m.start()):
            yield m


# a cell of a table row after white space: a figure with its sign, a percent mark maybe
_SIGNED_CELL = re.compile(rf"(?<=[ \t\u3000|｜])[-−－]?(?P<num>{_ARABIC})(?P<pct>[%％])?(?=[ \t\u3000|｜]|$)", re.M)


def _with_shared_tails(text: str, out: list[Quantity]) -> list[Quantity]:
    """Figures listed in the first part of a unit the last one spells out: 加快3.1个、1.1个、
    11.6个百分点 (each 个百分点, not 3.1 个 things), read back from the whole unit over joiners."""
    for k in range(len(out) - 1, 0, -1):
        q = out[k]
        head = _SPLIT_UNITS.get(q.unit)
        if head is None:
            continue
        j = k - 1
        while j >= 0 and out[j].unit == head and out[j].end <= out[j + 1].start \
                and text[out[j].end:out[j + 1].start] in _LIST_JOINERS and out[j].counted is None \
                and out[j].form is None:
            out[j] = replace(out[j], unit=q.unit)
            j -= 1
    return _with_shared_money(text, out)


_MAGNITUDE_WORDS = tuple(_MAGNITUDE)


def _magnitude_then_unit(surface: str, unit: str) -> bool:
    """Does `surface` end with a magnitude and then `unit` (1755亿元)?  Two C-level tests, where
    one string per magnitude was built and tried for every figure."""
    return surface.endswith(unit) and surface[:len(surface) - len(unit)].endswith(_MAGNITUDE_WORDS)


def _with_shared_money(text: str, out: list[Quantity]) -> list[Quantity]:
    """分别进出口1755.3亿、1755亿和1473.9亿元: figures written with a magnitude alone (1755亿), listed
    over joiners before one that spells the unit out, count in that unit (元) — the list writes
    the unit once, at its end."""
    for k in range(len(out) - 1, 0, -1):
        q = out[k]
        if not q.unit or q.unit in PERCENT_UNITS or not _magnitude_then_unit(q.surface, q.unit):
            continue
        j = k - 1
        while j >= 0 and out[j].unit == "" and out[j].end <= out[j + 1].start \
                and text[out[j].end:out[j + 1].start] in _LIST_JOINERS and out[j].counted is None \
                and out[j].form is None and text[out[j].end - 1:out[j].end] in _MAGNITUDE:
            out[j] = replace(out[j], unit=q.unit)
            j -= 1
    return out


# 个百分点 → 个: a percent unit whose first part, itself a unit, may end each item of a list
# (3.1个、1.1个、11.6个百分点)
_SPLIT_UNITS = {r["base"]: h for r in _UNIT_ROWS if r["kind"] == "percent"
                for h in [max((b for _s, b in _UNITS if r["base"].startswith(b) and b != r["base"]),
                              key=len, default=None)] if h}
_LIST_JOINERS = frozenset(cues("numbers.list_joiners"))


_LISTED_SOURCE = rf"(?P<num>{_ARABIC})(?:{cue_alt('numbers.list_joiners')})$"
_LISTED = guarded(re.compile(_LISTED_SOURCE))  # (searched before every figure)


_UNIT_SURFACES = tuple(sorted({u for u, _ in _UNITS}, key=len, reverse=True))
_SENTENCE_ENDS = set("。；;！？!?\n\r")


def _may_list(text: str, a: int) -> bool:
    """A bare number at `a` can open or continue a list of figures: not an enumerator (2、 at the
    start of a line or sentence), not after a digit, 第 or a code character, and not right after
    a unit (11秒37、11秒49: 37 is the hundredths of the time before it) — a change verb that ends
    in a unit's character is none (提升10.0、5.2和0.5个百分点: 升 of 提升, 回升 is no litre)."""
    if a == 0 or text[a - 1] in _BAD_BEFORE_ARABIC or text[a - 1] in _SESSION_CHARS or text[a - 1] in _SENTENCE_ENDS:
        return False
    return not text.endswith(_UNIT_SURFACES, 0, a) or text.endswith(_CHANGE_VERBS, 0, a)


_CHANGE_VERBS = cues("metrics.change_verbs")  # 提升, 回升, 上升 (a tuple: one endswith test)


def _listed_magnitude(text: str, q: Quantity) -> int:
    """The magnitude written between the last figure's number and its unit (2611亿千瓦时: 亿), which a
    list writing the unit once (风电、太阳能发电量分别为4665、2611亿千瓦时) writes once too: every
    bare number before it counts in 亿千瓦时; 1 when there is none (2351、10015吨)."""
    mid = text[q.number_end:q.end]
    if not q.unit or not mid.endswith(q.unit):
        return 1
    return _MAGNITUDE.get(mid[:len(mid) - len(q.unit)], 1)


def _with_shared_units(text: str, out: list[Quantity]) -> list[Quantity]:
    """Bare Arabic numbers listed before a figure share its unit: 分别回落2.16和1.66个百分点,
    产量分别为2351、10015吨 (2.16 个百分点, 2351 吨).  Only numbers written with digits, right
    before the figure and joined by 、/和/与/及, and not after a digit, 第 or a code character."""
    extra: list[Quantity] = []
    for q in out:
        if q.form is not None or q.approx or q.number_start != q.start:
            continue
        scale = _listed_magnitude(text, q)
        end = q.number_start
        while True:
            m = _LISTED.search(text, max(0, end - 24), end)
            if m is None or not _may_list(text, m.start()):
                break
            try:
                value = parse_number(m.group("num"))
            except (ValueError, InvalidOperation, ArithmeticError):
                break
            a, b = m.span("num")
            start = a
            if scale != 1:  # 分别为4665、2611亿千瓦时: each in 亿千瓦时
                value = _as_number(Decimal(str(value)) * scale)
            if _negative(text, a):  # 拉动分别为0.15、-5.64、1.34个百分点: a listed fall keeps its sign
                value, start = -value, a - 1
            extra.append(Quantity(start, b, value, q.unit, False, text[start:b], a, b, None, q.counted))
            end = start
    if not extra:
        return out
    return sorted(out + extra, key=lambda q: q.start)


_ONE_TO_NINE = "".join(numeral_forms("digit", canonical=True, lo=1, hi=9))  # 一 … 九
_WRITE_ROUND = "".join(numeral_forms("small", canonical=True)) + "".join(
    f for f, v in numeral_forms("big", canonical=True).items() if v == 10 ** 4)  # 十百千万

def _guarded(pattern: str) -> re.Pattern:
    """The pattern with a lookahead of the characters its matches can begin with in front
    (`metric_words.guarded`): it is run over every article, and most positions are turned away
    at one character test."""
    return guarded(re.compile(pattern))


_FRACTION = _guarded(rf"(?P<pre>{_alt(_APPROX_PRE)})?(?P<den>[{_ONE_TO_NINE}{_WRITE_ROUND}]+|\d+)"
                     rf"{cue_alt('numbers.fraction')}"
                     rf"(?P<num>[{_ONE_TO_NINE}{_WRITE_SMALL[10]}]+|\d+)(?P<post>{_alt(_APPROX_POST)})?")
_FRACTION_WORDS = cues("numbers.fraction")  # every `_FRACTION` holds one (分之): no scan without
_CHENG = _guarded(rf"(?P<pre>{_alt(_APPROX_PRE + cues('numbers.cheng_over'))})?"
                  rf"(?<![{_CN_ALL_CHARS}{cue_chars('numbers.cheng_bad_before_chars')}0-9])"
                  rf"(?P<num>[{_ONE_TO_NINE}]|[1-9]){cue_alt('numbers.cheng')}(?P<half>{cue_alt('numbers.cheng_half')})?"
                  rf"(?P<more>{cue_alt('numbers.cheng_more')})?"
                  rf"(?=(?:{cue_alt('numbers.cheng_follow', longest_first=False)})|[，,。；;、）)\n]|$)"
                  rf"(?P<post>{_alt(_APPROX_POST)})?")
# (a line's end closes N成 as a full stop does: 出生缺陷率下降一成多 ending a headline is 一成多 whole,
# else 多 was left to follow 一成 and read as its noun)
# 近六成企业, 超八成村庄: after an approx word N成 is a share whatever noun follows
_CHENG_LED = _guarded(rf"(?P<pre>{_alt(cues('numbers.cheng_pre') + cues('numbers.cheng_over'))})"
                      rf"(?P<num>[{_ONE_TO_NINE}]){cue_alt('numbers.cheng')}"
                      rf"(?P<half>{cue_alt('numbers.cheng_half')}(?![{cue_chars('numbers.cheng_half_bad_after_chars')}]))?"
                      rf"(?P<more>{cue_alt('numbers.cheng_more')})?"
                      rf"(?![{cue_chars('numbers.cheng_bad_after_chars')}])")
_DOUBLE_OPEN, _DOUBLE_CLOSE = (re.escape(w) for w in cues("numbers.doubling"))
_DOUBLE_COUNT = {f: v for f, v in _CN_DIGITS.items()
                 if v and v <= 5 and (f in _ONE_TO_NINE or f in _COUNT_TWO)}  # 一 … 五 and 两 (翻两番)
_DOUBLING = re.compile(rf"{_DOUBLE_OPEN}(?P<num>[{''.join(_DOUBLE_COUNT)}]){_DOUBLE_CLOSE}")


def _with_proportions(text: str, out: list[Quantity]) -> list[Quantity]:
    """Add the figures written as proportions: 三分之一 (33.33 %), 八成 (80 %), 翻一番 (2 倍)."""
    extra = []
    for m in (_FRACTION.finditer(text) if any(w in text for w in _FRACTION_WORDS) else ()):
        try:
            den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        except ValueError:
            continue
        if den and 0 < num < den:
            extra.append(_proportion(text, m, round(100 * num / den, 2), "%", "fraction"))
    cheng = {m.start(): m for m in _CHENG.finditer(text)}
    for m in _CHENG_LED.finditer(text):
        cheng.setdefault(m.start(), m)  # 近六成企业: the led form where the bare one had no follower
    for _s, m in sorted(cheng.items()):
        tenths = parse_number(m.group("num")) * 10 + (5 if m.group("half") else 0)  # 七成半: 75 %
        extra.append(_cheng_range(text, m) or _proportion(text, m, tenths, "%", "cheng"))
    for m in _DOUBLING.finditer(text):
        if _quoted_slogan_doubling(text, m.start(), m.end()):
            continue  # 紧紧围绕“三年翻两番”工业发展目标: the goal's name, no multiple of anything (keji93)
        extra.append(_proportion(text, m, 2 ** _DOUBLE_COUNT[m.group("num")], _MULTIPLE_UNIT,
                                 "multiple"))
    if not extra:
        return out
    taken = [(q.start, q.end) for q in out]
    extra = [q for q in extra if not any(a < q.end and q.start < b for a, b in taken)]
    return sorted(out + extra, key=lambda q: q.start)


_SLOGAN_DOUBLING_LEAD = 6  # characters of a quoted goal before its doubling (“三年翻两番”, “五年翻一番”)


def _quoted_slogan_doubling(text: str, s: int, e: int) -> bool:
    """A doubling that closes a short quotation with words of its own before it, the quotation naming
    what follows it (县“三年翻两番”2022年目标任务, 紧紧围绕“三年翻两番”工业发展目标): the name of a goal,
    no figure.  A doubling quoted alone (产值实现“翻一番”) or closing its clause (工业总产值“五年翻两番”。)
    is still one.  Bounded: a few characters either side."""
    if e + 1 >= len(text) or text[e] not in _QUOTE_PAIRS.values() or text[e + 1] in _STOP:
        return False
    for k in range(s - 2, max(-1, s - 2 - _SLOGAN_DOUBLING_LEAD), -1):
        ch = text[k]
        if ch in _QUOTE_PAIRS:
            return _QUOTE_PAIRS[ch] == text[e]
        if ch in _STOP:
            return False
    return False


def _cheng_range(text: str, m: re.Match) -> Quantity | None:
    """七至八成, 7-8成: a range of shares whose low end is one numeral before a range sign (收购进度七至
    八成: 70 % to 80 %), read as one figure from the low end, so that the low end and the sign are
    no words of the indicator before the high one.  None when no such low end stands there."""
    s = m.start("num")
    if m.group("pre") or s < 2 or text[s - 1] not in _RANGE_SIGNS:
        return None
    low_s = text[s - 2]
    if (low_s in _ONE_TO_NINE) != (m.group("num") in _ONE_TO_NINE) or not (low_s in _ONE_TO_NINE or low_s in "123456789") \
            or (s > 2 and (text[s - 3].isdigit() or text[s - 3] in _CN_ALL_CHARS)):
        return None
    low, high = parse_number(low_s) * 10, parse_number(m.group("num")) * 10
    if low >= high:
        return None
    q = _proportion(text, m, high, "%", "cheng")
    return Quantity(s - 2, q.end, _as_number(Decimal(str(low))), "%", q.approx, text[s - 2:q.end], s - 2, q.number_end,
                    q.qualifier, None, "range", _as_number(Decimal(str(low))), q.value)


def _proportion(text: str, m: re.Match, value, unit: str, form: str) -> Quantity:
    quals = [w for w in (m.groupdict().get("pre"), m.groupdict().get("more"), m.groupdict().get("post")) if w]
    return Quantity(m.start(), m.end(), _as_number(Decimal(str(value))), unit, bool(quals),
                    m.group(0), m.start(), m.end(), "".join(quals) or None, None, form)


_BIG_WORDS = sorted((w for w in _MAGNITUDE if all(ch in _CN_BIG for ch in w)), key=len, reverse=True)
_LOW = re.compile(rf"(?:{_ARABIC}|{_CHINESE})(?:{'|'.join(_BIG_WORDS)})?$")


def _percent_low(text: str, m: re.Match, ns: int) -> bool:
    """10%-15%, 20%至30%: a percentage range whose low end carries its own percent sign."""
    unit = m.group("unit")
    return ns > 2 and unit is not None and _UNIT_BASE.get(unit) in PERCENT_UNITS \
        and _UNIT_BASE.get(text[ns - 2]) == _UNIT_BASE[unit]


def _unit_low(text: str, m: re.Match, ns: int) -> int:
    """1亿元至3亿元, 2万吨—3万吨: how many characters of unit the low end of a range carries when
    it repeats the high end's magnitude and unit (the sign right before ns), else 0.  5000元至1万元:
    a low end that repeats the unit alone, without the magnitude, carries its own scale (5000)."""
    mag, unit = m.group("mag") or "", m.group("unit") or ""
    for suffix in ((mag + unit, unit) if mag and unit else (mag + unit,)):
        if not suffix or ns < len(suffix) + 2 or not text.endswith(suffix, 0, ns - 1):
            continue
        k = ns - 1 - len(suffix)
        if text[k - 1].isdigit() or text[k - 1] in _CN_ALL_CHARS:
            return len(suffix)
    return 0


def _range(text: str, m: re.Match, ns: int) -> Quantity | None:
    """3至5个, 10-15万元: the high end is the match; the low end is read back from before the sign
    and takes the high end's magnitude when it has none (3至5万 = 30000 to 50000)."""
    if not (m.group("unit") or m.group("mag")) or m.group("unit") in cues("numbers.not_range_units"):
        return None
    # 10%-15%, 1亿元至3亿元: the low end has its sign or unit
    carried = 0 if _percent_low(text, m, ns) else _unit_low(text, m, ns)
    low_end = ns - 2 if _percent_low(text, m, ns) else ns - 1 - carried
    low_m = _LOW.search(text, max(0, low_end - 16), low_end)
    if low_m is None or _is_chinese(low_m.group(0)) != _is_chinese(m.group("num")):
        return None
    before = text[low_m.start() - 1] if low_m.start() > 0 else ""
    if before.isdigit() or before in ".．/:：" + _ORDINAL:
        return None
    if before in _RANGE_SIGNS and low_m.start() > 1 and text[low_m.start() - 2].isdigit():
        return None  # 发布时间: 2018-04-16 人气: three numbers joined by signs, a date (or a code), no range
    masked = text[:ns - 1] + "\0" + text[ns:]  # read the high end as if it stood alone
    high = _accept(masked, _PATTERN.match(masked, ns))
    if high is None:
        return None
    low_s = low_m.group(0)
    own_scale = carried and carried == len(m.group("unit") or "") and m.group("mag")  # 5000元至1万元
    if m.group("mag") and not own_scale and not low_s.endswith(tuple(_CN_BIG)):
        low_s += m.group("mag")
    try:
        low = parse_number(low_s)
    except ValueError:
        return None
    if low >= high.value:
        return None
    if high.unit in MEASURE_UNITS and (text.startswith(_CLASS_NOUNS, high.end)
                                       or high.unit == _MONEY_BASE and RANGE_COUNTED.match(text, high.end)):
        return None  # 总投资5亿元至10亿元项目有16个: a size class of the things counted, as 10亿元以上项目 is
    if high.unit in _LABEL_RANGE_UNITS and text[high.end:high.end + 1].isdigit():
        return None  # 已对1-11批395件信访件…: the batches a count sums over, a label (ducha106)
    return Quantity(low_m.start(), high.end, low, high.unit, high.approx, text[low_m.start():high.end],
                    low_m.start(), high.number_end, high.qualifier, high.counted, "range", low, high.value)


_LABEL_RANGE_UNITS = frozenset(cues("numbers.label_range_units"))  # 批, 批次
_NOUN_UNITS = tuple(cues("numbers.noun_units"))
_NOUN_UNIT_BASE = _UNIT_BASE["个"]
_NOUN_FOLLOW = cue_chars("numbers.noun_unit_follow_chars")


def _noun_unit(text: str, num: str, i: int) -> str | None:
    """The division word right after a plain Arabic count at i (127村（居）, 辖5镇3乡, 全市12县):
    only when what follows it ends the word (a mark, a digit, 共/均/和 …; not 县域, 村级, 乡村),
    never after a year-like number."""
    if not num.isdigit() or len(num) >= 4:
        return None
    noun = next((w for w in _NOUN_UNITS if text.startswith(w, i)), None)
    if noun is None:
        return None
    j = i + len(noun)
    nxt = text[j] if j < len(text) else ""
    return noun if not nxt or not is_han(nxt) or nxt in _NOUN_FOLLOW else None


def _bracket_after(text: str, j: int) -> str:
    """A short parenthesis right after a counted noun (县（市、区）, 村（居）), else ""."""
    if j < len(text) and text[j] in "(（":
        close = text.find(")" if text[j] == "(" else "）", j + 1, j + 10)
        if close > j:
            return text[j:close + 1]
    return ""


_MINUS = cue_chars("numbers.minus_chars")
_MINUS_AFTER = cue_chars("numbers.minus_after_chars")


def _negative(text: str, ns: int) -> bool:
    """A minus sign right before the digits at ns, after a word or a list mark (增速为-9.4%,
    、-3.1%), not after a digit or a letter: there it is a range (1-3月) or a code (G-5)."""
    if ns < 2 or text[ns - 1] not in _MINUS:
        return False
    b = text[ns - 2]
    return b in _MINUS_AFTER or (is_han(b) and b not in _CN_ALL_CHARS)


# the signs of a range whose second end has a minus sign of its own (-9~-11℃): not a minus itself
_BELOW_ZERO_SIGNS = "".join(ch for ch in cue_chars("numbers.range_sign_chars") if ch not in _MINUS)
_BELOW_ZERO_LOW = re.compile(r"(?<![0-9.．])([-－−]?)([0-9]+(?:[.．][0-9]+)?)$")


def _below_zero_range(text: str, m: re.Match, ns: int) -> Quantity | None:
    """最低气温-9~-11℃, 高山地区0~-2℃, -3~-1℃: a range of measures (a weather bulletin's
    temperatures) whose second end is below zero, a minus sign right after the range sign.  Both
    ends keep their signs; the first end written is the value (as 8~10℃ gives 8), low and high
    are the smaller and the larger.  None when no such low end stands before the sign."""
    minus = _minus_before(text, ns)
    if ns < 3 or not minus or text[ns - minus - 1] not in _BELOW_ZERO_SIGNS or not m.group("unit"):
        return None
    low_end = ns - minus - 1
    if text.endswith(m.group("unit"), 0, low_end):
        low_end -= len(m.group("unit"))  # 零下25℃到零下20℃: the low end carries the unit too (digest83)
    low_m = _BELOW_ZERO_LOW.search(text, max(0, low_end - 14), low_end)
    if low_m is None or low_m.group(1) and not _negative(text, low_m.start(2)):
        return None
    written = _minus_before(text, low_m.start(2)) if not low_m.group(1) and low_end < ns - minus - 1 else 0
    masked = text[:ns - minus] + "\0" * minus + text[ns:]  # read the high end as if it stood alone
    high = _accept(masked, _PATTERN.match(masked, ns))
    if high is None or high.form or high.unit not in MEASURE_UNITS:
        return None
    first = parse_number(low_m.group(2).replace("．", "."))
    first = -first if low_m.group(1) or written else first
    second = -high.value
    lo = low_m.start() - written
    return Quantity(lo, high.end, first, high.unit, high.approx, text[lo:high.end],
                    lo, high.number_end, high.qualifier, high.counted, "range",
                    min(first, second), max(first, second))


def _minus_before(text: str, ns: int) -> int:
    """How many characters of minus stand right before the digits at ns: 1 for a sign (-11℃), 2 for
    零下 written out (零下20℃), else 0."""
    if ns > 0 and text[ns - 1] in _MINUS:
        return 1
    return len(next((w for w in _BELOW_ZERO_WORDS if text.endswith(w, 0, ns)), ""))


_COUNT_KIND_UNITS = frozenset(r["surface"] for r in _UNIT_ROWS if r["kind"] == "count")
_ITEM_DECIMAL = re.compile(r"([0-9０-９]{1,2}[.．])[0-9０-９]+$")


def _item_number_end(text: str, m: re.Match) -> int | None:
    """shijian113: 附件：1.24批次食品监督抽检合格产品信息 / 2.1批次…不合格产品信息: a decimal read before a
    measure word of things counted one by one (批次, 件, 家) and a noun, at a line's start or right after a
    colon, is a list item's number and dot, then the item's count: where the count starts (else None).
    Not with a magnitude (1.5万批次), a percent or a unit of measure, nor where no noun goes on (人均：1.5人。)."""
    num = m.group("num")
    if not num or m.group("pre") or m.group("mag") or m.group("unit") not in _COUNT_KIND_UNITS:
        return None
    d = _ITEM_DECIMAL.match(num)
    nxt = text[m.end("unit"):m.end("unit") + 1]
    if d is None or not is_han(nxt) or m.end("num") != m.start("unit"):
        return None  # (6.1 人力资源保障: a section's number, spaced from its heading)
    if word_freq().get(m.group("unit") + nxt, 0) > 0:
        return None  # (6.1人力资源保障, 7.1名词术语: the unit's character opens the heading's word)
    ns = m.start("num")
    return ns + len(d.group(1)) if _item_opens_at(text, ns - 1) else None


def _after_item_number(text: str, ns: int) -> bool:
    """Does a list item's number and dot (1., 2．) at a line's start or after a colon stand right before
    `ns` (the count `_item_number_end` found)?"""
    if ns < 2 or text[ns - 1] not in ".．":
        return False
    k = ns - 2
    digits = 0
    while k >= 0 and digits < 3 and text[k] in _DIGIT_CHARS:
        k, digits = k - 1, digits + 1
    return 1 <= digits <= 2 and _item_opens_at(text, k)


def _item_opens_at(text: str, k: int) -> bool:
    """Does a list item open right after `k` (spaces stepped over back to the text's start, a line's start or
    a colon)?  Shared by `_item_number_end` and `_after_item_number`, the two readings of one item number."""
    while k >= 0 and text[k] in " \t\u3000\xa0":
        k -= 1
    return k < 0 or text[k] in "\n\r：:"


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")


def _listed_after_colon(text: str, ns: int) -> bool:
    """我省4人中：2人任副市长: a full-width colon after a word opens a list of figures; after a
    digit (12：30) it is a time, and a code or phone number (电话：0310…) starts with 0 anyway.
    Texts copied from the web often print the colon half-width (中标金额:128.5万元, 预算金额:200万元):
    after a word it opens the figure just the same (12:30 still has a digit before it), as after a
    label's closing bracket (中标（成交）金额：（可填写下浮率、折扣率或费率）：68.79万元, 合同估算价(万元):).
    A space typed before the colon (拟征收土地面积 :12.8864公顷) leaves the label a label."""
    if ns < 2 or text[ns - 1] not in "：:":
        return False
    k = ns - 2
    while k > 0 and k >= ns - 3 and text[k] in " \u3000\xa0":
        k -= 1
    return is_han(text[k]) or text[k] in "）)"


_SURFACES_FROM: dict[str, tuple[str, ...]] = {}  # first character -> `_unit_surfaces_from`


def _unit_surfaces_from(ch: str) -> tuple[str, ...]:
    """The unit surfaces that can start with `ch`, longest first as in `_UNIT_SURFACES` (a
    magnitude character opens a few of them: a scan of every unit per figure was most of
    `_unit_over_magnitude`)."""
    got = _SURFACES_FROM.get(ch)
    if got is None:
        got = _SURFACES_FROM[ch] = tuple(u for u in _UNIT_SURFACES if u[:1] == ch or not u)
    return got


# a "per" unit right after a unit read over a magnitude (千克|/人, 千克标准煤|/平方米)
_PER_AFTER_REFIT = re.compile(rf"/(?:{cue_alt('numbers.per_each')})?(?P<per>{_alt(_PER)})")


def _per_after_refit(text: str, end: int) -> tuple[str | None, int]:
    """人均综合能耗214.97千克/人, 单位建筑面积能耗11.55千克标准煤/平方米: a unit that begins with a magnitude
    (千克, 千瓦时) is read again at the magnitude's place, past where the pattern looked for its slash;
    the per unit after it belongs to the figure (公斤/人), never to the noun counted after it (/人)."""
    per = _PER_AFTER_REFIT.match(text, end)
    return (per.group("per"), per.end()) if per else (None, end)


def _issuer_rule_set(text: str, ns: int, end: int, unit_s: str | None) -> bool:
    """中央八项规定、省委省政府十项规定及市委市政府七项规定: a Chinese numeral, 项 or 条 and 规定 right
    after the body that issued them (a party committee 委, a government 府, the centre 央) name a
    local set of conduct rules as 八项规定 names the centre's; no count of rules (出台了3项规定 has a
    verb between)."""
    return unit_s in _RULE_SET_UNITS and ns > 0 and text[ns - 1] in _RULE_SET_ISSUER_CHARS \
        and text.startswith(_RULE_SET_NOUNS, end)


_RULE_SET_UNITS = frozenset(cues("numbers.rule_set_units"))
_RULE_SET_ISSUER_CHARS = cue_chars("numbers.rule_set_issuer_chars")
_RULE_SET_NOUNS = tuple(cues("numbers.rule_set_nouns"))


def _unit_over_magnitude(text: str, m: re.Match) -> str | None:
    """The unit at the magnitude's place when it is longer than the magnitude and unit the pattern
    read there: 247395千瓦 (千 then no unit 瓦) and 2473千瓦时 are in 千瓦 / 千瓦时, not thousands."""
    at = m.start("mag")
    longer = next((u for u in _unit_surfaces_from(text[at:at + 1]) if text.startswith(u, at)), None)
    read = len(m.group("mag")) + len(m.group("unit") or "")
    return longer if longer and len(longer) >= read else None  # 5千克 is 5 公斤 too


_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}


def _class_bound(text: str, start: int, end: int, post: str | None, unit: str) -> bool:
    """5000万元及以上项目950个, 100亩以上经营主体, 5千万以下项目投资增速: a bound (以上, 及以下) on
    an amount (money, area, mass) run straight into a noun names a size class of the things counted
    after it — no figure of its own (a count so bounded, 50家以上企业, is the figure); at a clause
    end (总投资5000万元以上。) or before 的, a verb or a time clause (达到…以上时) it bounds a figure,
    which stays."""
    if unit not in MEASURE_UNITS and unit not in _SETTLEMENT_UNITS:
        return False  # 50家以上企业, 增长10%以上: at least so many things, or a rate's bound
    if post:
        if post not in _CLASS_BOUNDS:
            return False
        j = end
    else:
        at = end + _inclusive_note_len(text, end)  # 1000总吨(含)以下小型货运船舶: the same bound
        bound = next((w for w in _CLASS_BOUNDS if text.startswith(w, at)), None)
        if bound is None:
            return False
        j = at + len(bound)
    if j >= len(text) or text[j] in _STOP or text[j].isdigit() or text[j].isascii() \
            or text[j] in cue_chars("numbers.class_bound_not_before_chars"):
        return False  # 达到85%以上时: a time clause closes, no noun follows
    if unit not in MEASURE_UNITS:  # 100户以上农户: at least so many; 20户以上自然村 (after 完成, 实现 too): the
        return text.startswith(_SETTLEMENT_NOUNS, j)  # villages of that size, no count of their households
    if text[max(0, start - 2):start].endswith(cues("numbers.class_bound_not_after")) \
            and not text.endswith(cues("numbers.class_bound_focus_marks"), max(0, start - 3), start):
        return False  # 规模达到5000万元以上企业 reads as reaching a figure: keep it
    if (measured := _BOUND_MEASURE.match(text, j)) and not _DIGIT_IN.search(measured.group("rest")):
        return False  # 50平方公里以上建设用地面积达到…目标要求: that measure's level (no figure after it)
    return not _CUT.match(text, j) and not text.startswith(cues("numbers.class_bound_verbs"), j)


# a bracketed 含 between an amount and its bound (1000总吨(含)以下, 3000万元（含）以上): the bound includes the amount
_INCLUSIVE_NOTE = re.compile(r"[（(]含[）)]")


def _inclusive_note_len(text: str, end: int) -> int:
    """1000总吨(含)以下小型货运船舶 (maritime safety checks), 3000万元（含）以上项目: a note that the bound
    includes the amount itself stands between the amount and 以下/以上 — the size class all the same, so
    the bound is read past it (was a figure 1000 总吨 with the clause before it as its indicator).
    Returns the note's length at end, or 0."""
    m = _INCLUSIVE_NOTE.match(text, end)
    return m.end() - end if m else 0


# (the noun after a bound up to its measure word, then the rest of the clause, bounded)
_BOUND_MEASURE = re.compile(f"[^，,。；;：:、的0-9０-９]{{0,8}}?(?:{cue_alt('numbers.class_bound_measure_nouns')})"
                            f"(?P<rest>[^，,。；;：:！？!?\n]{{0,24}})")
_DIGIT_IN = re.compile("[0-9０-９]")


_CLASS_COUNTED = re.compile(f"(?:{'|'.join(map(re.escape, _CLASS_BOUNDS))})的[^，,。；;：:、（）()0-9]{{1,10}}?"
                            f"(?:{cue_alt('numbers.class_count_verbs', False)})[0-9０-９{CHINESE_NUMERALS}两]")


_TIER_MARK = "级"  # 百亿级, 万吨级: of that order of size


def _size_tier(text: str, end: int, mag: str | None, unit: str, ns: int = -1) -> bool:
    """100亿级项目1个, 30亿级项目2个, 三个50亿级专业园区, 5万吨级泊位: an amount (a magnitude, or a measure)
    run straight into 级 names the order of size of the things after it — the count of them is the
    figure, the amount none (was 级项目 10000000000 with no unit); a numeral written out to its
    magnitude (又一百亿级项目成功签约, 千亿级产业集群) names a tier as much.  A grade with no magnitude
    (5级, 4A级) is read elsewhere."""
    if unit in _CLASS_SIZE_UNITS and text.startswith(_TONNAGE_CLASS_NOUNS, end) \
            and (unit == _TONNE or ns < 1 or text[ns - 1] not in _RANGE_SIGNS and text[ns - 1] != "\0"):
        # (8500标准箱至9500标准箱集装箱船: the high end of a range the range reads, its sign masked \0 by `_range`)
        return True  # 5个2万吨泊位, 确保5万吨散货船安全进出: the berths' and ships' class written with no 级 (haishi109)
    return end < len(text) and text[end] == _TIER_MARK and (mag is not None or unit in MEASURE_UNITS)


_TONNAGE_CLASS_NOUNS = tuple(cues("numbers.tonnage_class_nouns"))
# the measures a ship's or berth's size is written in straight before its noun: tonnes (5万吨散货船) and container
# slots (投入4艘8500标准箱集装箱船, 2条1740箱位集装箱船: gangkou119) — the class of the ships counted, no figure
_CLASS_SIZE_UNITS = (_TONNE, "标准箱")


def _seat_class(text: str, end: int) -> bool:
    """一辆7座小客车, 5座轿车, 7座及以下小型客车: a number and 座 run (through a bound) straight into a
    vehicle names how many seats it has — an attribute of the car, no count of 座 (accident reports,
    traffic rules); a facility the vehicle noun opens (2座汽车站, 3座客车停车场) is counted.  The bound may
    restate the number (7座及7座以下小型客车, holiday toll-free notices): the class all the same."""
    restated = _SEAT_RESTATED.match(text, end)
    end = restated.end() if restated else end
    j = end + len(next((b for b in cues("numbers.seat_bounds") if text.startswith(b, end)), ""))
    noun = next((w for w in _SEAT_NOUNS if text.startswith(w, j)), None)
    if noun is None:
        return False
    return not text.startswith(cues("numbers.seat_not_after"), j + len(noun))


_SEAT_NOUNS = tuple(sorted(cues("numbers.seat_nouns"), key=len, reverse=True))
# 7座及7座以下: the number and 座 said again before the bound
_SEAT_RESTATED = re.compile(r"[及或](?:\d+|[一二三四五六七八九十]+)座")


def _counted_class(text: str, end: int, post: str | None) -> bool:
    """年旅客吞吐量1000万人次以上的运输机场有38个, 增幅在300%以上的运输机场有1个: a bound, 的, the things
    so bounded and a count of them (有, 达: numbers.class_count_verbs) — the bounded amount names the
    class the count is of, no figure of its own (一年1000万人次 is no level of the country's)."""
    k = end - len(post) if post in _CLASS_BOUNDS else end
    return _CLASS_COUNTED.match(text, k) is not None


def _class_range_low(text: str, end: int, unit: str) -> bool:
    """总投资5亿元至10亿元项目有16个: an amount, a range sign and a second amount run straight into a
    noun of things counted (项目, 企业) name their size class, as 10亿元以上项目 does — the count after
    it is the figure; the low end was read as a level of its own (总投资 5亿元)."""
    if end >= len(text) or text[end] not in _RANGE_SIGNS or (unit and unit not in MEASURE_UNITS):
        return False
    m = _CLASS_RANGE_HIGH.match(text, end + 1)
    if m is None:
        return False
    if unit and text.startswith(_CLASS_NOUNS, m.end()):
        return True
    # (5万至10万元的41个: the low end carries no unit of its own, the band is of money all the same)
    return unit in ("", None, _MONEY_BASE) and RANGE_COUNTED.match(text, m.end()) is not None


def _class_range_high(text: str, ns: int, end: int, unit: str) -> bool:
    """cunji106: 全县村级集体经济收入…5万至10万元的41个, 5万至10万元的村41个: the high end of a range of
    money, then 的, perhaps the things so classed and their count — the band names the villages counted
    (the count is the figure), as 10万元以上的54个 does; no amount 10万元 of its own."""
    return unit == _MONEY_BASE and ns > 1 and text[ns - 1] in _RANGE_SIGNS and _LOW_END_BEFORE.search(text[max(0, ns - 9):ns - 1]) \
        is not None and RANGE_COUNTED.match(text, end) is not None


def _reached_class(text: str, ns: int, end: int, unit: str) -> bool:
    """lead105 (中疃镇): 其中,达到100万元的村2个,90-100万元的2个: an amount of money reached (达到), 的,
    divisions (村, 乡镇) and their count name the villages so classed — the count is the figure, the
    amount no level of its own (was 经营性收入 100万元)."""
    return unit == _MONEY_BASE and text.endswith(_REACH_PRE, max(0, ns - 2), ns) \
        and _DIVISIONS_COUNTED.match(text, end) is not None


_REACH_PRE = tuple(cues("numbers.class_reach_pre"))
# 的, divisions (村, 县) and perhaps a verb of counting, then their count (的村2个, 的县达到8个)
_DIVISIONS_COUNTED = re.compile(f"的(?:{cue_alt('metrics.class_division_nouns')})(?:{cue_alt('numbers.class_count_verbs', False)})?"
                                f"[0-9０-９{CHINESE_NUMERALS}两]")


def _exceed_class(text: str, pre: str | None, end: int, unit: str) -> bool:
    """新增产值超10亿元企业有6家, 总投资超过5亿元项目12个: an amount after 超 run straight into a noun
    of things counted (企业, 项目) names their size class, as 5000万元以上项目 does — the count
    after it is the figure; the amount was read as a level of its own (企业 10亿元)."""
    return pre in _EXCEED_PRE and unit in MEASURE_UNITS and _class_noun_at(text, end)


def _exceed_word_class(text: str, ns: int, end: int, unit: str) -> bool:
    """过10亿元项目6个 (a county's report): 过, no approx word the figure pattern reads, before an
    amount run straight into a class noun names a size class as 超 does — the 6 projects are the
    figure, 10亿元 is no level of 项目."""
    return ns > 0 and text[ns - 1] in cues("numbers.class_exceed_chars") and unit in MEASURE_UNITS \
        and _class_noun_at(text, end)


def _bare_class_counted(text: str, end: int, unit: str) -> bool:
    """其中20亿元项目2个、50亿元项目2个: an amount of money run straight into a noun of things counted
    (项目, 企业) that its count follows names their size class, as 20亿元以上项目 does without its bound —
    the 2 projects are the figure, 20亿元 no level of 项目.  Money only, and the count right after the
    noun (一个20亿元项目开工 keeps its amount)."""
    return unit == _MONEY_BASE and _BARE_CLASS_COUNTED.match(text, end) is not None


def _class_noun_at(text: str, end: int) -> bool:
    """Does a noun of things counted follow an amount of exceeding — straight (超10亿元企业) or after
    的 with their count next (德州's 技改 list: 投资过5亿元的项目51个, 超过5亿元的项目有12个)?  Either
    way the amount names the size class counted, no level of its own (投资过 5亿元)."""
    return text.startswith(_CLASS_NOUNS, end) or _EXCEED_COUNTED.match(text, end) is not None


_MONEY_BASE = cues("numbers.table_money_unit")[0]  # 元: the base unit of every amount of money (万元, 亿元)
_BARE_CLASS_COUNTED = re.compile(f"(?:{cue_alt('metrics.class_nouns')})(?:{cue_alt('numbers.class_count_verbs', False)})?"
                                 f"[0-9０-９{CHINESE_NUMERALS}两]")
_CLASS_RANGE_HIGH = re.compile("[0-9０-９.．]+[千百]?[万亿]?元")  # the high end of a size class of money (至10亿元)
# 的, perhaps the things classed (村, 项目) and a verb of counting, then the count: 的41个, 的村有41个 (public:
# metrics' size classes of money read the same band, `_CLASS_BOUND`)
# (or the villages so classed, whatever is said of them: 10万元至50万元的村要达到25%以上)
RANGE_COUNTED = re.compile(f"的(?:(?:{cue_alt('metrics.class_nouns')}|{cue_alt('metrics.class_division_nouns')})?"
                            f"(?:{cue_alt('numbers.class_count_verbs', False)})?[0-9０-９{CHINESE_NUMERALS}两]"
                            f"|{cue_alt('metrics.class_division_nouns')})")
_LOW_END_BEFORE = re.compile("[0-9０-９][千百]?[万亿]?元?$")  # (5万|至10万元: the low end right before the sign)
_AFTER_MAGNITUDE_UNITS = frozenset(cues("numbers.magnitude_only_units"))
_EXCEED_PRE = frozenset(cues("numbers.class_exceed_pre"))
_CLASS_NOUNS = tuple(cues("metrics.class_nouns"))
# 的, a noun of things counted, perhaps a verb of counting, then the count (的项目51个, 的企业有6家), or
# a verb of what the class does or the clause's end (的企业实现“破零”, 的项目。): the class itself — never
# a longer noun (超过5亿元的企业所得税: the amount is the tax's)
# 的, perhaps an opening quote, up to four characters of modifier (电商, 淘宝), a noun of things counted or a
# division, perhaps the closing quote (的“淘宝镇”, 的电商企业): a class after an amount of exceeding (public: metrics'
# _CLASS_BOUND reads the same head)
EXCEED_QUOTED_CLASS = (f"的[{OPEN_QUOTES}]?[{HAN}]{{0,4}}?(?:{cue_alt('metrics.class_nouns')}|"
                       f"{cue_alt('metrics.class_division_nouns')})[{CLOSE_QUOTES}]?")
_EXCEED_COUNTED = re.compile(f"的(?:{cue_alt('metrics.class_nouns')})(?:(?:{cue_alt('numbers.class_count_verbs', False)})?"
                             f"[0-9０-９{CHINESE_NUMERALS}两]|(?:{cue_alt('numbers.class_exceed_close', False)})|[，,。；;])"
                             # minzu102: divisions of that size, their count next (超过10亿元的县达到8个)
                             f"|{_DIVISIONS_COUNTED.pattern}"
                             # dianshang116: the class named with a short modifier or quoted, its count next
                             # (年交易额超过3000万元的“淘宝镇”204个, 超500万元的电商企业12家)
                             f"|{EXCEED_QUOTED_CLASS}(?:{cue_alt('numbers.class_count_verbs', False)})?"
                             f"[0-9０-９{CHINESE_NUMERALS}两]")


def _quoted_name(text: str, ns: int, end: int) -> bool:
    """A Chinese count that opens a short quotation (“四个一批”, “三个转变”, “两个毫不动摇”): the
    quotation is a slogan's name; a quoted thing being counted stands after the count
    (3393个“健康小屋”), never around it.  So does each count opening an item of a 、-list of such
    names quoted together (“三个下降、两个平稳”: two slogans, no count of 下降 or of 平稳)."""
    close = _QUOTE_PAIRS.get(text[ns - 1]) if ns > 0 else None
    if close is None:
        return _quoted_list_item(text, ns, end)
    j = text.find(close, end, end + 7)
    return (j >= end and not any(ch in _STOP for ch in text[end:j])) or _quoted_list_item(text, ns, end)


_SLOGAN_ITEM_MAX = 8  # characters of one quoted slogan (三个区分开来, 两个毫不动摇)


def _quoted_list_item(text: str, ns: int, end: int) -> bool:
    """Does the count at ns..end open an item of a quoted 、-list whose every item opens with a
    Chinese numeral (“三个下降、两个平稳”), perhaps after a short verb (“咬定一个目标、发力五个突破、
    聚力八大攻坚”: a plan's slogans, no count of 突破)?  Bounded: the quotation is a few short items."""
    reach = 3 * (_SLOGAN_ITEM_MAX + 1)
    lo = max(0, ns - reach)
    k = ns - 1
    while k >= lo and text[k] not in _QUOTE_PAIRS and (text[k] == "、" or text[k] not in _STOP):
        k -= 1
    if k < lo or text[k] not in _QUOTE_PAIRS or ns - max(k, text.rfind("、", k, ns)) - 1 > _SLOGAN_VERB_MAX:
        return False
    j = text.find(_QUOTE_PAIRS[text[k]], end, k + reach)
    if j < 0:
        return False
    items = text[k + 1:j].split("、")
    return len(items) > 1 and all(0 < len(it) <= _SLOGAN_ITEM_MAX
                                  and any(ch in _CN_DIGITS for ch in it[:_SLOGAN_VERB_MAX + 1])
                                  and not any(ch in _STOP for ch in it) for it in items)


_SLOGAN_VERB_MAX = 2  # “咬定一个目标、发力五个突破”: a verb of a slogan's item may stand before its numeral


def _counts_quoted_list(text: str, ns: int, num: str) -> bool:
    """推动医共体“责任、管理、服务、利益”四个共同体建设, 围绕“县级强、乡级活、村级稳”三个目标: a count in
    Chinese right after a quoted 、-list of as many short items counts the slogan's own words — a
    name of the policy (四个共同体), no figure.  Bounded: the quotation is a few short items."""
    close = text[ns - 1] if ns > 0 else ""
    opener = next((o for o, c in _QUOTE_PAIRS.items() if c == close), None)
    if opener is None or _CN_DIGITS.get(num) is None:
        return False
    k = text.rfind(opener, max(0, ns - 1 - _SLOGAN_LIST_REACH), ns - 1)
    items = text[k + 1:ns - 1].split("、") if k >= 0 else []
    return len(items) == _CN_DIGITS[num] > 1 and all(0 < len(it) <= _SLOGAN_ITEM_MAX
                                                     and not any(ch in _STOP for ch in it) for it in items)


_SLOGAN_LIST_REACH = 4 * (_SLOGAN_ITEM_MAX + 1)  # characters of a quoted list of a few slogan words


# GDP961.42亿元: a measure written as a Latin acronym right before its amount (numbers.acronym_measures)
_ACRONYM_BEFORE = re.compile(f"(?<![A-Za-z])(?:{cue_alt('numbers.acronym_measures')})$")


def _acronym_measured(text: str, m: re.Match, ns: int) -> bool:
    """凉山实现GDP961.42亿元: the letters before the number name the measure (GDP), they are no code
    the digits belong to (G107, v2.3) — when an amount with a magnitude or a unit follows."""
    return bool(m.group("mag") or m.group("unit")) and _ACRONYM_BEFORE.search(text, max(0, ns - 8), ns) is not None


_DEMONSTRATIVES = tuple(cues("numbers.demonstrative_before"))
_NOT_DEMONSTRATIVES = tuple(cues("numbers.demonstrative_not"))
_CLAUSE_DEMONSTRATIVES = tuple(cues("numbers.clause_demonstrative_before"))  # 以上4人: opening its clause
_CLAUSE_OPENERS = "\n。！？；;，,：:"


def _term_session_number(text: str, ns: int, end: int, unit_s: str | None) -> bool:
    """二届市委召开108次常委会会议: an Arabic number of 次 right before a meeting's name, with the
    term (届) written shortly before it in the same clause, numbers the meeting within that term
    (第 left out, as in 十七届61次常务会议 where 届 touches the number) — no count of meetings."""
    if unit_s not in cues("numbers.session_unit") or not text.startswith(_TERM_SESSION_WORDS, end):
        return False
    before = text[max(0, ns - _TERM_REACH):ns]
    k = before.rfind(cues("numbers.session_chars")[0])
    return k >= 0 and not any(ch in _STOP for ch in before[k:])


_SECOND_UNIT = "秒"
_SCORE_UNIT = "分"
_SCORE_WORDS = tuple(cues("numbers.score_words"))
_SCORE_SCALE = tuple(cues("numbers.score_scale_words"))
_CLOCK_MARKS = "时点"  # 9时30分, 9点30分


def _score(text: str, ns: int, spelled: bool) -> bool:
    """A figure in 分 is a score (考评得分为141.15分; 灌云县139.15分 later in that sentence) only in Arabic
    digits, after a score word (得分, 考评, 总分) in its sentence, and not the scale (满分为150分): the
    character is too common a word (十分, 分别, 分局) and clock part (10时30分) to be a unit anywhere else."""
    if spelled or (ns > 0 and text[ns - 1] in _CLOCK_MARKS):
        return False  # (考评会于9时30分开始: the minutes of a clock time)
    lo = max(rfind_any(text, "。！？\n", max(0, ns - 120), ns) + 1, ns - 120, 0)
    before = text[lo:ns]
    return any(w in before for w in _SCORE_WORDS) and not before.endswith(_SCORE_SCALE)
# hours and minutes of a clock time right before a number (20时11分|39秒, 9点05分|12秒)
_CLOCK_BEFORE = re.compile(r"[0-9０-９]{1,2}[时点][0-9０-９]{1,2}分$")


def _demonstrative_before(text: str, ns: int) -> bool:
    """A demonstrative right before the number at ns (这两个指标, 上述3个项目, 该2家企业): the
    count points back at things the text has already named, it states no new figure.  应该3天内:
    a word that merely ends in one (a modal) is none."""
    # (one C test per list, `str.endswith` of a tuple over text[:ns]: the same as each word's
    # startswith at ns - len(w) with ns >= len(w), since ns is a position in the text; a generator
    # over the words per figure cost more than the rest of the test)
    if text.endswith(_NOT_DEMONSTRATIVES, 0, ns):
        return False
    if text.endswith(_CLAUSE_DEMONSTRATIVES, 0, ns):  # 以上4人均…: the ones just named, where 以上 opens the clause
        j = ns - len(next(w for w in _CLAUSE_DEMONSTRATIVES if text.endswith(w, 0, ns)))
        if j == 0 or text[j - 1] in _CLAUSE_OPENERS:
            return True
    return text.endswith(_DEMONSTRATIVES, 0, ns)


# 第八、九、十、十一批援藏医疗队, 第3、4批: 第 written once before a list of numerals makes each of them an
# ordinal; a number ending such a list counts nothing (the window is bounded: the list is read back at most 24
# characters)
_ORDINAL_LIST_RE = re.compile(f"{re.escape(_ORDINAL[:1])}[{_CN_ALL_CHARS}0-9]{{1,4}}(?:、[{_CN_ALL_CHARS}0-9]{{1,4}})*、$")


# … and the same list with its measure word after every item (第十五次、十六次行署党组会议, 第3期、4期): each
# item is an ordinal when it closes with the measure word the first one has
_ORDINAL_UNIT_LIST_RE = re.compile(f"{re.escape(_ORDINAL[:1])}[{_CN_ALL_CHARS}0-9]{{1,4}}(?P<unit>[^{_CN_ALL_CHARS}0-9、，,。])"
                                   f"(?:、[{_CN_ALL_CHARS}0-9]{{1,4}}(?P=unit))*、$")


def _ordinal_list_item(text: str, ns: int) -> bool:
    """The number at ns is a later item of an ordinal list whose 第 stands once before the first
    (第八、九、十、十一批: the eleventh batch, no count of eleven batches; 第十五次、十六次: the sixteenth), or
    of a bare list of numerals counting up from one (区委一、二、三轮巡察: rounds one to three, no count of three;
    三、四个, about three or four, and 分别为3、4、5家, figures, stay)."""
    if ns <= 0 or text[ns - 1] != "、":
        return False
    if _ORDINAL_LIST_RE.search(text, max(0, ns - 24), ns) is not None:
        return True
    if _ordinal_unit_list_item(text, ns):
        return True
    bare = _BARE_LIST_RE.search(text, max(0, ns - 12), ns)
    if bare is None:
        return False
    items = bare.group(0)[:-1].split("、") + [text[ns]]
    return [_CN_DIGITS.get(ch) for ch in items] == list(range(1, len(items) + 1))


def _ordinal_unit_list_item(text: str, ns: int) -> bool:
    """The number at ns closes an item of an ordinal list whose items each carry the first one's measure word."""
    m = _ORDINAL_UNIT_LIST_RE.search(text, max(0, ns - 30), ns)
    if m is None:
        return False
    k = ns
    while k < len(text) and (text[k] in _CN_ALL_CHARS or text[k].isdigit()):
        k += 1
    return text[k:k + 1] == m.group("unit")


# 一、二、: one-character Chinese numerals before the number, with nothing but 、 between them
_BARE_LIST_RE = re.compile(f"(?<![{_CN_ALL_CHARS}0-9、{re.escape(_ORDINAL)}])(?:[{_CN_DIGIT_CHARS}]、)+$")


_ISSUE_YEAR_RE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年$")


def _bracketed_phase(text: str, ns: int, end: int) -> bool:
    """Is the number (a Chinese numeral and 期, text[ns:end]) alone in brackets right after a name
    (村容村貌整治项目(四期), 污水处理厂（二期）)?  A works' phase written as a label, no count of phases
    (xibei78: 达孜区's 援藏 project list)."""
    return ns >= 2 and text[ns - 1] in "(（" and is_han(text[ns - 2]) and text[end:end + 1] in ")）"


def _journal_issue(text: str, ns: int, end: int) -> bool:
    """林业与生态 2020年3期, 浙江林业 2024年6期: a number and 期 right after a year and closing the
    line or the clause is the issue of the journal a story was printed in (a credit line), no count
    of sessions (2023年举办3期培训班 has its verb and noun)."""
    return _ISSUE_YEAR_RE.search(text, max(0, ns - 5), ns) is not None \
        and (end >= len(text) or text[end] in _ISSUE_CLOSERS)


_ISSUE_CLOSERS = "\n \u3000，,。；;）)"


_HALF_UNITS = frozenset(cues("numbers.half_units"))  # 个半月: a count of months and a half (ocean57)
_HALF = Decimal("0.5")


def _one_casualty(text: str, unit_s: str | None, end: int) -> bool:
    """事故造成一人死亡, 一名工人…一人受伤: 一人/一名 right before a casualty word counts the people hurt
    or killed, as 1人 would; elsewhere 一 before a unit stays an article (一人一档, 一名干部)."""
    return unit_s in cues("numbers.one_casualty_units") \
        and text.startswith(tuple(cues("numbers.one_casualty_words")), end)


def _accept(text: str, m: re.Match) -> Quantity | None:
    pct = m.group("pct")
    num_group = "pnum" if pct else "num"
    num = m.group(num_group)
    ns, ne = m.span(num_group)
    chinese = _is_chinese(num)
    pre = m.group("pre")
    if m.group("unit") in _DECIMAL_ONLY_UNITS and not any(c in num for c in ".．"):
        return None  # 15日, 十五日: a day of the month (平均住院日为8.8日 stays a span of days)
    climbed = False
    if num[0] in _ROUND_LEAD:
        # 近千人, 上万名, 逾百家: a round figure only after an approx word (not 百家村, 千家万户)
        if not pre or pre in _BOUND_PRE:
            return None
        num = _WRITE_DIGITS[1] + num
        climbed = pre in _ROUND_ONLY_PRE and text.endswith(_CLIMB_VERBS, 0, ns)
    elif pre in _ROUND_ONLY_PRE:
        return None  # 上 only qualifies a round figure (上万名); 上3个 is not a phrase
    before = text[ns - 1] if ns > 0 and not pre and not pct else ""
    if before and _demonstrative_before(text, ns):
        return None  # 这两个指标, 上述3个项目: things already counted, pointed back at
    if before == "、" and _ordinal_list_item(text, ns):
        return None  # 第八、九、十、十一批: an ordinal whose 第 the list's first item carries
    if before == _NTH_MEASURE and _ORDINAL_COUNT_RE.search(text, max(0, ns - 6), ns):
        return None  # waishi88: 战略伙伴关系的第二个十年的开局之年, 第一个百年奋斗目标 — the nth span of years, no figure
    if before == _EACH:
        return None  # 每10万人口, 每100元营业收入, 每50公斤中晚稻价格: the amount a rate is per, no figure
    if before:
        if chinese and before in _BAD_BEFORE_CHINESE:
            return None  # 第二批, 数十个, 周一, or the tail of a longer numeral
        if not chinese and (before in _BAD_BEFORE_ARABIC or before.isalnum() and before.isascii()) \
                and not _listed_after_colon(text, ns) and not _acronym_measured(text, m, ns) \
                and not _after_item_number(text, ns):
            return None  # G107, v2.3, 第175号, 8+N, 12:30
        if before in _SESSION_CHARS and ns > 1 \
                and (text[ns - 2].isdigit() or text[ns - 2] in _CN_ALL_CHARS):
            return None  # 十七届61次, 17届3次, 九届十一次: a session's meeting number (本届3000多家企业 stays a figure)
        if not chinese and m.group("unit") and _term_session_number(text, ns, m.end("unit"), m.group("unit")):
            return None  # 二届市委召开108次常委会会议: the 108th meeting of the term, no count of meetings
        if not chinese and not pct and (below := _below_zero_range(text, m, ns)) is not None:
            return below  # -9~-11℃, 0~-2℃: a range whose high end is below zero
        if before in _RANGE_SIGNS and ns > 1 and (text[ns - 2].isdigit()
                                                   or text[ns - 2] in _CN_ALL_CHARS
                                                   or _percent_low(text, m, ns)
                                                   or _unit_low(text, m, ns)):
            return _range(text, m, ns)  # 3至5个: a range, low and high
    if not chinese and len(num) > 1 and num[0] in "0０" and num[1] not in ".．":
        return None  # 07, 0310: date parts and phone prefixes
    unit_s = m.group("unit")
    mag = m.group("mag")
    mid = m.group("mid1") or m.group("mid2")
    refit = _unit_over_magnitude(text, m) if mag and not chinese and not pct else None
    if refit:
        mag, unit_s = None, refit  # 247395千瓦: a unit that begins with a magnitude character
    if pct:
        unit = "%"
        mag = None
    elif unit_s:
        unit = _UNIT_BASE[unit_s]
    elif m.group("spoken"):
        unit = cues("numbers.table_money_unit")[0]  # 1个亿: a sum of yuan said aloud, 元 left unsaid
    elif (mag and _MAGNITUDE[mag] >= 10 ** 4) or (chinese and num[-1] in _CN_BIG):
        unit = ""
    elif not chinese and not mag and not mid and not m.group("post") and _noun_unit(text, num, m.end()):
        unit = _NOUN_UNIT_BASE  # 127村（居）, 辖5镇3乡: divisions counted without a measure word
        noun = _noun_unit(text, num, m.end())
        return Quantity(m.start(), m.end(), int(num), unit, False, text[m.start():m.end()], ns, ne,
                        None, noun + _bracket_after(text, m.end() + len(noun)))
    else:
        return None
    end = m.start("mag") + len(refit) if refit else m.end()
    unit_end = end if refit else m.end("unit")
    if unit_s in _SHORTER_ON_CLASH and not refit and end == unit_end and unit_end < len(text) \
            and text[unit_end] in _NOT_BEFORE.get(unit_s, ""):
        # 新建3口|人饮水井: the longer unit's last character opens the next word (人饮, 人工): the shorter one
        unit_s, end, unit_end = unit_s[:-1], end - 1, unit_end - 1
        unit = _UNIT_BASE[unit_s]
    per_s = m.group("per")
    if refit:
        per_s, end = _per_after_refit(text, end)
    if unit_s and not m.group("post") and _points_in_short(text, ns, unit_s, end):
        unit, end = _POINTS_UNIT, end + 1  # 环比上升0.3个点: percentage points
    if unit_s == _SECOND_UNIT and _CLOCK_BEFORE.search(text, max(0, ns - 8), ns):
        return None  # 发生于31日20时11分39秒: the seconds of a clock time, no span of 39 seconds
    if unit_s == _SCORE_UNIT and not _score(text, ns, chinese or bool(mag)):
        return None  # 十分重要, 10时30分: no score; 考评得分为141.15分 is one
    if unit_s in _AFTER_MAGNITUDE_UNITS and not mag and not (chinese and num[-1] in _CN_BIG):
        return None  # 35度, 两度获得: a degree or a time; 6.42亿度 is electricity (kWh)
    if mag and unit_s and not refit and text.startswith(_MAGNITUDE_UNIT_WORDS, unit_end - len(unit_s)):
        # 总投资约1.75万亿项目1662个: the sum's 元 left out, then 项目, no count of 1.75万亿 项: a bare amount
        unit, end, unit_end, unit_s = "", unit_end - len(unit_s), -1, None
    if unit_s in _NOT_BEFORE and end < len(text) and text[unit_end] in _NOT_BEFORE[unit_s]:
        return None  # 建交35周年, 九部门, 两位数: the unit character begins another word
    if unit_s == _DEPUTY_UNIT and ns > 0 and text[ns - 1] == _CHIEF_MARK:
        return None  # 领导职数1正2副: two deputies of a body's posts (after 1正), no pairs of couplets
    if unit_s and _opens_word(text, unit_end - len(unit_s)):
        return None  # 济宁5项目列入…: the measure word opens 项目 (5 projects written without 个), no 5 项 of 目…
    if unit_s and not mag and not pct and text.startswith(_LEADERSHIP_SETS, unit_end - len(unit_s)):
        return None  # 县4套班子领导, 四家班子: the leadership's name, no count of anything
    if unit_s and not mag and _section_heading(text, num, ns, unit_end - len(unit_s), unit_s):
        return None  # 6.1 人力资源保障, 3.2元数据: a section's number over its heading, no figure
    if _year_before_verb(text, num, chinese, mag, unit_end - len(unit_s or "")):
        return None  # 2022种植桑葚300亩: a year written without 年, then a verb opening with a measure word
    if _class_year(num, chinese, mag, unit_s):
        return None  # 2023届全日制普通高校毕业生: the class graduating that year, no count of 2023 terms
    if unit_s in cues("numbers.fixed_term_units") and ns > 0 and text[ns - 1] in cue_chars("metrics.top_chars"):
        return None  # 前3大贸易伙伴, 前10大企业: a rank among the largest, no count
    if chinese and unit_s in cues("numbers.phase_units") and text.startswith(cues("numbers.phase_nouns"), end):
        return None  # 中开企业城三期项目, 三期工程: the project's third phase, no count of phases
    if chinese and unit_s in cues("numbers.phase_units") and text.endswith(cues("numbers.phase_name_ends"), 0, ns):
        return None  # 沿岗河防洪治理四期, 棚户区改造二期: the phase a project's name closes with, no count
    if chinese and unit_s in cues("numbers.phase_units") and _bracketed_phase(text, ns, end):
        return None  # 扎叶巴村村容村貌整治项目(四期), 污水处理厂（二期）: the phase bracketed after a name, no count
    if unit_s in cues("numbers.stake_units") and text.startswith(cues("numbers.stake_marks"), end) \
            and text[end + 1:end + 2].isdigit():
        return None  # 441公里+600米: a kilometre post on the road, no distance
    if unit_s in cues("numbers.seat_units") and _seat_class(text, end):
        return None  # 一辆7座小客车: the vehicle's seats, no count of 座
    if unit_s in cues("numbers.phase_units") and _journal_issue(text, ns, end):
        return None  # 林业与生态 2020年3期: a journal's issue of that year, no count
    if unit_s in cues("numbers.year_gloss_units") and _year_gloss(text, ns, end, unit_s):
        return None  # 唐武德元年(618年): the calendar year glossing an era's year, no count of years
    if unit_s and _rank_group(text, ns, end):
        return None  # 位居19个援疆省市之首: the group a rank is taken in, no count
    if unit_s in cues("numbers.class_units") and _class_measured(text, end):
        return None  # 8大类商品及服务价格指数: the classes a measure is broken down by, no count
    if unit_s in cues("numbers.last_mile_units") and text.endswith(cues("numbers.last_mile_before"), 0, ns - len(pre or "")):
        return None  # 就医最后100米, 打通最后500米: the idiom of the last stretch, no distance
    if chinese and _essay_idiom(text, ns - len(pre or ""), end, unit_s):
        return None  # 做好…三篇文章: the fields worked on, no count of articles
    post = next((w for w in sorted(_APPROX_POST, key=len, reverse=True) if text.startswith(w, end)), None) \
        if refit else m.group("post")
    end += len(post) if refit and post else 0
    if post is None and (more := _more_after_measure(text, end, unit_s)):
        post, end = more, end + len(more)  # 两亩多地, 3吨多: more than the figure, 多 no word of the noun
    # 上下 only as a qualifier at a clause end (not 上下游)
    if post in _CLAUSE_END_POST and end < len(text) and text[end] not in _STOP:
        end -= len(post)
        post = None
    if post and unit_s and (rest := _unit_rest_after(text, end, unit_s)):
        unit, end = _UNIT_BASE[unit_s + rest], end + len(rest)  # 提升2个以上位次: the qualifier inside the unit
    if post in _CLASS_BOUNDS and text.endswith(cues("numbers.casualty_class_pre"), 0, ns - len(pre or "")):
        return None  # 一次死亡3人以上交通事故10起: the class of accidents counted, no toll of the dead
    if _class_range_low(text, end, unit) or _class_range_high(text, ns, end, unit) or _reached_class(text, ns, end, unit):
        return None  # 总投资5亿元至10亿元项目: the low end of a size class (`_range` drops the high end)
    if _size_tier(text, end, mag or (num[-1] if chinese and num[-1] in _CN_BIG else None), unit, ns):
        return None  # 100亿级项目1个, 5万吨级泊位: the tier the things after it are of, no figure
    if _class_bound(text, ns - len(pre or ""), end, post, unit) or _exceed_class(text, pre, end, unit) \
            or not pre and _exceed_word_class(text, ns, end, unit) or _counted_class(text, end, post) \
            or _bare_class_counted(text, end, unit):
        return None  # 5000万元及以上项目, 超10亿元企业: a size class, not a figure
    if not chinese and not mag and _outline_at(text, end, "numbers.outline_parts"):
        return None  # 其他需要报告的事项6个部分: the parts of the text, in digits too
    if not chinese and _in_fixed_phrase(text, ns):
        return None  # 健康素养66条: a name written with digits (weijian89), as 两条底线 is with Chinese numerals
    if chinese:
        if num in _ARTICLE_NUMERALS and not mag and not _one_casualty(text, unit_s, end):
            return None  # 一个/一批 is an article, 二次创业 an adjective; counts use 两
        if all(ch in _CN_DIGITS for ch in num) and len(num) > 1:
            return None  # 二〇二二 (a year), 三四个 (a guess), 一一
        if _financial_only(num) and unit_s not in cues("metrics.money_units"):
            return None  # 陆羽社区, 伍家岗, 陆万明: a 大写 numeral counts money only, else it is a name's
        if _DIGIT_RUN.search(num):
            return None  # 十四五, 三五个: two digits in a row are a name or a guess, not a figure
        if unit_s in cues("numbers.fixed_term_units"):
            return None  # 四大班子, 三大攻坚战: fixed terms; 十九届: an ordinal
        if _in_fixed_phrase(text, ns) or _quoted_name(text, ns, end) or _counts_quoted_list(text, ns, num):
            return None  # 两条底线, “两个维护”: a name with a numeral, not a count
        if _issuer_rule_set(text, ns, end, unit_s):
            return None  # 省委省政府十项规定, 市委市政府七项规定: a rule set's name after who issued it
        if _outline_at(text, end, "numbers.outline_nouns"):
            return None  # 报告共分两个部分, 三个方面: the outline of a text or a meeting
        if _speech_outline(text, ns - len(pre or ""), end):
            return None  # 下面，我讲六个问题: the points of a speech, no figure
        if end < len(text) and (text[end] in _CN_DIGITS
                                or unit_s in cues("numbers.session_unit")
                                and text.startswith(cues("numbers.session_words"), end)):
            return None  # 五位一体, 三位一体: idioms; 四次全会: an ordinal
        if unit_s in _PLACEY_UNITS and end < len(text) and (text[end] in _PLACE_SUFFIX or _placey_name(text, end)):
            return None  # 五台山, 七台河, 两眼塘社区
        if unit_s == _YUAN and len(num) == 1 and not mag and not m.group("post") and _name_after_yuan(text, end):
            return None  # 三元工行, 三元里, 两元店: one numeral and 元 open a name (三元钱, 由三元提高到五元 are sums)
        if unit_s == _YUAN and len(num) == 1 and not mag and not pre and _given_name_yuan(text, ns, end):
            return None  # 刘明锋、刘三元、刘锴等县领导: a person's given name, no sum
    if unit == _YEAR_UNIT:
        if mag or mid and end < len(text) and text[end] not in _STOP \
                and not text.startswith(cues("numbers.duration_follow"), end):
            return None  # 20余年来 is a time; 20余年的经历 and 工作20余年。 are durations
        digits = num.translate(_FULLWIDTH)
        if (not chinese and len(digits) >= 4) or (end < len(text)
                                                   and text[end] in cue_chars("numbers.year_not_before_chars")):
            return None  # 2022年, 2022年度, 80年代, 3年级
    if unit == _WEEK_UNIT and chinese:
        return None  # 周 after a Chinese numeral is a weekday or anniversary
    if mag and unit_s and mag + unit_s in cues("numbers.fused_units"):
        mag, unit = None, _UNIT_BASE[mag + unit_s]  # 3千米
    try:
        value = parse_number(num if not mag or chinese else num + mag)
        if mag and chinese:
            value = _as_number(Decimal(str(value)) * _MAGNITUDE[mag])
    except (ValueError, InvalidOperation, ArithmeticError):
        return None
    if unit_s in _HALF_UNITS:
        value = _as_number(Decimal(str(value)) + _HALF)  # 三个半月: three months and a half
    if m.group("rest"):
        if chinese or any(c in num for c in ".．") or m.group("rest_mag") == "万" and mag != "亿":
            return None  # 2.5万3000, 三万5000, 2万3000万: no number is written so
        # (1万2千元 = 12000元: one thousands digit after 万, as speech writes it; guanzhong87)
        value += parse_number(m.group("rest") + (m.group("rest_mag") or ""))  # 2万2707公里 = 22707公里
    if chinese and value == 0:
        return None  # 汽车零部件, 零距离, 零容忍: 零 opens a word, it counts nothing
    start = m.start()
    if climbed:  # 迈上|万亿元大台阶, 跃上|千亿元台阶 (fabu97): 上 ends the verb of climbing, the mark is exact
        start, pre = ns, None
    if m.group("perw") and unit:
        unit = f"{unit}/{m.group('perw')}"  # 29微克每立方米 is 29微克/立方米
    elif per_s:
        unit = f"{unit}/{per_s}"
        if not refit and m.group("per2") and m.group("per2") != per_s:
            unit += f"·{m.group('per2')}"  # 650元/每人每月, 650元/人/月: per person and month (元/人·月)
    elif (unit in MEASURE_UNITS or unit in _DENSITY_COUNTS) and not pre and (per := _per_before(text, start)) \
            and per != unit and (unit in MEASURE_UNITS or per in _DENSITY_AREAS):
        unit, start = f"{unit}/{per}", start - 1 - len(per)  # 每公斤20元, 每公顷4582公斤, 每平方公里48人: per unit
    elif unit in MEASURE_UNITS and not post and (per := _one_per_after(text, end)) and per != unit:
        unit, end = f"{unit}/{per}", end + len(_ONE) + len(per)  # 收购价达到120元一斤: per unit, written after
    if not chinese and not pre and not pct and _negative(text, ns):
        value, start = -value, ns - 1  # 增速分别为-9.4%、23.0%: a fall written with a minus sign
    elif not pre and unit in _TEMPERATURE_UNITS and text.endswith(_BELOW_ZERO_WORDS, 0, ns):
        value, start = -value, ns - len(next(w for w in _BELOW_ZERO_WORDS if text.endswith(w, 0, ns)))
        # 最低气温零下25℃ (a northern weather bulletin): below zero written out, -25℃
    if unit_s and _second_unit(text, end):
        end += 3  # 3000余头（只）牛羊: the count's second unit in brackets (the sheep counted by 只) is the figure's
    counted = _counted_after(text, end) if unit not in PERCENT_UNITS else None
    counted = counted or _work_of_length(text, end, unit)
    if not post and counted and (tail := _approx_after_noun(text, end, counted)):
        counted, post = counted[:-len(tail)], tail  # 摘帽280个县左右: 县 counted, the figure about
    quals = [w for w in (pre, mid, post) if w]
    return Quantity(start, end, value, unit, bool(quals), text[start:end], ns, ne,
                    "".join(quals) or None, counted)


_LENGTH_UNITS = frozenset(cues("numbers.length_units"))  # 字: a written work's length
_WORK_HEADS = tuple(cues("numbers.work_heads"))  # 志, 年鉴, 读物 …: the words that end a written work's name
_WORK_REACH = 12  # characters of the work's noun or title after 的 at most (a fixed window)


def _work_of_length(text: str, end: int, unit: str) -> str | None:
    """编成一部50多万字的军事志, 出版了60万字的《平阳县志》 (difangzhi117): a length in characters before 的 and
    a written work — a title in 《》 or a noun ending in a work's head (志, 年鉴, 读物: numbers.work_heads) —
    measures that work, which is what the figure is of (was the words before it: 编成一部, 县史志办出版).
    None for any other unit or anything else after 的."""
    if unit not in _LENGTH_UNITS or not text.startswith("的", end):
        return None
    i = end + 1
    if text.startswith("《", i):
        j = text.find("》", i + 1, i + 2 + _WORK_REACH)
        return text[i + 1:j] if j > i + 1 else None
    noun = text[i:_noun_end(text, i, _WORK_REACH)]
    return noun if len(noun) >= 2 and noun.endswith(_WORK_HEADS) else None


def _unit_rest_after(text: str, end: int, unit_s: str) -> str | None:
    """市北区提升2个以上位次, 比重提高1个以上百分点 (kaohe109): a qualifier written inside a unit of two parts
    (个|以上|位次, 个|以上|百分点) — the rest right after it finishes the unit (位, 个百分点), no noun counted
    in 个 (was 2 个 of 位次).  The rest, or None."""
    return next((r for r in _LONGER_UNITS.get(unit_s, ()) if text.startswith(r, end)), None)


# the rests of the units that go on from a shorter one (个 → 百分点, 位次, 基点), longest first
_LONGER_UNITS = {u: tuple(sorted((v[len(u):] for v in _UNIT_BASE if len(v) > len(u) and v.startswith(u)),
                                 key=len, reverse=True)) for u in _UNIT_BASE}


def _second_unit(text: str, end: int) -> bool:
    """3000余头（只）牛羊, 牲畜50000余头(只): a count unit of one character in brackets right after the
    figure's own (livestock counted by 头 for cattle and 只 for sheep) is a second unit of the same
    figure, no label or note of its own."""
    return len(text) > end + 2 and text[end] in "(（" and text[end + 2] in ")）" \
        and _UNIT_BASE.get(text[end + 1]) == text[end + 1]


_BELOW_ZERO_WORDS = tuple(cues("numbers.below_zero_words"))  # 零下
_TEMPERATURE_UNITS = frozenset(cues("numbers.temperature_units"))  # ℃, 摄氏度
_MORE = "多"
_MORE_WORD_FREQ = 20  # a word of the dictionary 多 opens, used often enough to be one (多晶硅, 多种, 多元)
_MORE_AFTER_UNITS = frozenset(cues("numbers.more_after_units"))
_MORE_NOT_BEFORE = "".join(cues("numbers.more_not_before"))


def _more_after_measure(text: str, end: int, unit_s: str | None) -> str | None:
    """目前已播种了两亩多地, 产量3吨多: 多 right after a unit of area or mass says more than the figure
    (an approximation, as 余 before the unit does); not where 多 opens a word (3吨多种蔬菜, 12万吨多晶硅, 多渠道):
    one of the list, or one the dictionary knows."""
    if unit_s not in _MORE_AFTER_UNITS or not text.startswith(_MORE, end):
        return None
    nxt = text[end + len(_MORE):end + len(_MORE) + 1]
    if nxt and nxt in _MORE_NOT_BEFORE:
        return None
    freq = word_freq()  # (12万吨多晶硅: polysilicon, a word of the dictionary 多 opens)
    return None if any(freq.get(text[end:end + k], 0) >= _MORE_WORD_FREQ for k in (2, 3, 4)) else _MORE


# --------------------------------------------------------------------------- component

@component("numbers", reads=("article.text",), writes=("doc.quantities",))
def numbers_component(**_config):
    """Find counted quantities in each article's text (article-text offsets)."""
    def run(doc):
        for article in doc.articles:
            doc.quantities[article.id] = find_quantities(article.text)
        return doc
    return run
