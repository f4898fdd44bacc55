"""Figure-side throughput work (issue 13): the numbers, periods and metrics stages scan text more
cheaply, and find exactly what they found before.

Each cheaper scan is compared with the code it replaced (kept below as the reference), on the
real sample page shipped with the package (the Hebei Daily Handan page) and on government
sentences written for the test: the lookahead put in front of the period and proportion patterns
(`metric_words.first_char_guard`), the Aho-Corasick lookup of `indicators.concept_of`, and the
small rewrites of `states_year`, `parse_number`, `_norm`, `_strip_quotes` and `_clause_bounds`.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import pytest

from kg import builder
from kg import indicators as I
from kg import periods as P
from kg.metric_words import first_char_guard
from kg.stages import metrics as M
from kg.stages import numbers as N
from kg.stages import relations as R

WRITTEN = [
    "今年1至4月，全市规模以上工业增加值同比增长8.2%，比一季度加快0.6个百分点。",
    "“十四五”期间，全县计划实施重点项目120个，总投资约350亿元，其中2023年完成投资68.5亿元。",
    "截至2022年底，全省共建成新时代文明实践中心（所、站）3.2万余个，覆盖率达到98%以上。",
    "近3年代表委员提出建议1200余件；近三年来全区累计投入资金2.3亿元，三分之一用于乡村道路。",
    "去年全年粮食总产量达到52.6亿斤，比上年增长3.1%，高标准农田占耕地近八成，农业产值翻一番。",
    "2020年至2022年，该市城镇居民人均可支配收入分别为3.6万元、3.9万元和4.1万元。",
    "国庆前夕，县人社局相关负责人介绍，上半年全县新增就业岗位4500个，帮助6家重点企业招工。",
    "据统计，1-5月份全市共完成网上巡查1200余次，发现并整改安全隐患“三类”问题86处。",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    page = builder.sample_corpus()[0].read_text(encoding="utf-8")
    return WRITTEN + [p for p in page.split("\n") if p.strip()]


@pytest.fixture(scope="module")
def page() -> str:
    return builder.sample_corpus()[0].read_text(encoding="utf-8")


def _without_guard(pattern: str) -> str:
    """The pattern a guarded pattern was made from: the guard is a prefix that the guard of the
    rest reproduces."""
    for k in range(len(pattern)):
        if pattern[k - 2:k] == "])" and first_char_guard(pattern[k:]) == pattern[:k]:
            return pattern[k:]
    raise AssertionError("no guard in front of the pattern")


# ---------------------------------------------------------------- first_char_guard

def test_the_guard_lists_what_a_match_can_begin_with():
    assert first_char_guard(r"(?:ab|c)?\d+x") == r"(?=[ac\d])"
    assert first_char_guard(r"(?<![0-9])[一二三]成") == "(?=[一二三])"
    assert first_char_guard(r"(?=x)[a-c]") == "(?=[a-c])"


@pytest.mark.parametrize("pattern", [r"a?", r"[^a]b", r"(?i)ab", r".x", r"(?:a|)b?"])
def test_no_guard_where_a_match_could_begin_anywhere_or_be_empty(pattern):
    assert first_char_guard(pattern) == ""


@pytest.mark.parametrize("compiled", [P._pattern(), N._FRACTION, N._CHENG],
                         ids=["periods", "fraction", "cheng"])
def test_a_guarded_pattern_finds_exactly_what_the_bare_one_finds(compiled, texts):
    bare = re.compile(_without_guard(compiled.pattern))
    found = 0
    for t in texts:
        want = [(m.span(), m.groupdict()) for m in bare.finditer(t)]
        assert [(m.span(), m.groupdict()) for m in compiled.finditer(t)] == want
        found += len(want)
    assert found > 0


def test_the_guarded_list_pattern_finds_the_listed_numbers_the_bare_one_finds(texts):
    """`_LISTED` is searched in the 24 characters before each figure (分别回落2.16和1.66个百分点)."""
    bare = re.compile(_without_guard(N._LISTED.pattern))
    found = 0
    for t in texts + ["产量分别为2351、10015吨，分别回落2.16和1.66个百分点。"]:
        for end in range(len(t) + 1):
            want = bare.search(t, max(0, end - 24), end)
            got = N._LISTED.search(t, max(0, end - 24), end)
            assert (got and (got.span(), got.group("num"))) == (want and (want.span(), want.group("num")))
            found += want is not None
    assert found > 0


# ---------------------------------------------------------------- the lookups that were scans

def _old_concept_of(indicator):
    if not indicator:
        return None
    folded = I._fold(indicator)
    for label, cid in I._top_labels():
        if folded == label:
            return cid
    rank, longest = I._surface_ranks()
    best = rank.get("", len(I._surfaces()))
    n = len(folded)
    for i in range(n):
        for j in range(i + 1, min(n, i + longest) + 1):
            r = rank.get(folded[i:j])
            if r is not None and r < best:
                best = r
    return I._surfaces()[best][1] if best < len(I._surfaces()) else None


def test_concept_of_finds_the_concept_the_substring_scan_found(texts):
    pieces = {t[i:i + k] for t in texts for i in range(0, len(t), 3) for k in (2, 4, 6, 9, 14)}
    pieces |= {c.zh for c in I.concepts().values()} | {"", "全县一般公共预算收入", "项目总投资"}
    named = 0
    for s in sorted(pieces):
        want = _old_concept_of(s)
        assert I.concept_of(s) == want, s
        named += want is not None
    assert named > 50


def _old_states_year(words):
    s = re.sub(r"[“”\"‘’\s]", "", words)
    if re.search(P._PLAN_CORE, s) or P.explicit_year(s) is not None:
        return True
    w = P._words()
    # the kinds that fix their own time (month, quarter: 上月, 本季度, counted from the publication)
    if any(kind in ("now", "day", "vague", "holiday", "month", "quarter", "festival") and word in s
           for word, (kind, _v) in w.items()):
        return True
    for word in sorted((k for k, (kind, _v) in w.items() if kind in ("part", "yearend")),
                       key=len, reverse=True):
        s = s.replace(word, "")
    return "年" in s


def test_states_year_and_resolve_agree_with_the_table_scans(texts):
    words = list(P._words()) + [w for t in texts for _a, _b, w in P.find_periods(t)]
    words += ["全年", "上半年", "2022年1至4月", "“十四五”以来", "1-5月份", "今年以来", "年末"]
    assert any(_old_states_year(w) for w in words) and not all(_old_states_year(w) for w in words)
    for w in words:
        assert P.states_year(w) == _old_states_year(w), w
    assert P.resolve("去年全年", "2022-06-03") == "2021"
    assert P.resolve("今年1至4月", "2011-05-10") == "2011-01/2011-04"


def _old_norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace() and ch not in M._QUOTES + "()（）")


def test_norm_and_strip_quotes_drop_what_the_character_loops_dropped(texts):
    samples = texts + ["“健康小屋”\u3000(试点)\xa0《方案》\u2028「互助组」『站』\t 1 ２", " \u3000\u200b"]
    for s in samples:
        assert M._norm(s) == _old_norm(s)
        assert M._strip_quotes(s) == "".join(ch for ch in s if ch not in M._QUOTES)


@pytest.mark.parametrize("s", ["12", "0012", "１２３", "4624", "0", "9" * 18, "9" * 19, "1" * 40,
                               "1,200", "48.32", "3.0", "2.3万", "173.6亿", "一百二十"])
def test_parse_number_without_a_decimal_gives_the_decimal_value(s):
    t = s.strip().translate(N._FULLWIDTH)
    got = N.parse_number(s)
    if t.isdigit():
        want = N._as_number(Decimal(t) * 1)  # (the product rounds to the context: 28 digits)
        assert got == want and type(got) is type(want)
    assert N.parse_number(s) == got


def _old_clause_bounds(text, i, j):
    a = i
    while a > 0 and text[a - 1] not in R._CLAUSE_END:
        a -= 1
    b = j
    while b < len(text) and text[b] not in R._CLAUSE_END + ",，":
        b += 1
    return a, b


def test_clause_bounds_as_the_character_loop_found_them(texts):
    for t in texts[:12]:
        for i in range(0, len(t) + 1, 2):
            for j in (i, min(len(t), i + 3), len(t) + 1):
                assert R._clause_bounds(t, i, j) == _old_clause_bounds(t, i, j)
