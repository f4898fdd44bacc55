"""perf41: scans and answers shared by the figures of a sentence must not change a figure's facts.

- `GrowingScan` with barriers (`kg.text.unmatched_chars`): each figure of a sentence asks for the
  periods (and plan words) from the sentence start to itself; the scan now resumes right after the
  last mark no match can hold (，；。) before its stable part, also past a period opening the
  sentence (2023年，…), instead of at the sentence start.  The results must be those of a scan
  from the start for every end, in sentences that trigger the resume (a period opening them,
  none at all, 9月当月 read against the month just before) and in one that cannot (no barrier).
- `_row_at` and `_rfind_respective` keep their answers per text (by identity): a second text
  asking at the same offsets gets its own answers.
- `_clause_opening_scope`: a clause's opening judged once per article view gives every figure
  after it the same subject as before (全乡… after …位于田林县潞城乡).
"""
from __future__ import annotations

from conftest import extract_text

from kg.periods import find_periods
from kg.stages import metrics as M
from kg.text import GrowingScan, unmatched_chars

# real sentences of statistics releases and county news (bulletin style)
_OPENING_PERIOD = ("2023年，全县实现地区生产总值128.6亿元，同比增长5.2%；规模以上工业增加值增长8.1%，"
                   "一般公共预算收入9.8亿元，增长3.4%，城乡居民人均可支配收入分别为38656元和19832元。")
_SAME_MONTH = ("1-9月，全市规模以上工业增加值同比增长6.2%，比1-8月提高0.3个百分点；其中，9月当月增长7.1%，"
               "比8月当月加快1.2个百分点，9月份全市用电量12.3亿千瓦时，增长4.4%。")
_NO_PERIOD = ("全乡有耕地面积5.3万亩，森林覆盖率达75.6%，下辖19个行政村，总人口2.1万人，"
              "其中农业人口1.8万人，新建通村公路32公里，新建村级活动场所6个，新增农家书屋11个，新修水渠8.5公里。")
_NO_BARRIER = "全县新增城镇就业2180人城镇登记失业率3.2%今年一季度新增市场主体1560户二季度新增1230户"


def _figure_ends(text: str) -> list[int]:
    """Where each figure's digits start (the ends a metrics view asks the scan for)."""
    return [i for i, ch in enumerate(text) if ch.isdigit() and (i == 0 or not text[i - 1].isdigit()
                                                                  and text[i - 1] not in ".-")]


def _resumed_scan(text: str):
    starts = []

    def find(t, a, b):
        starts.append(a)
        return find_periods(t, a, b)
    return GrowingScan(find, M._period_reach(), M._period_barriers()), starts


def test_period_barriers_are_marks_no_period_holds():
    barriers = M._period_barriers()
    assert "，" in barriers and "；" in barriers and "。" in barriers
    assert "、" not in barriers  # (1、2月: a period may hold it)
    assert unmatched_chars(find_periods.__globals__["_pattern"](), "，年") == "，"


def test_resumed_period_scan_finds_what_a_scan_from_the_start_finds():
    for text in (_OPENING_PERIOD, _SAME_MONTH, _NO_PERIOD, _NO_BARRIER):
        scan, starts = _resumed_scan(text)
        for end in _figure_ends(text) + [len(text)]:
            assert scan(text, 0, end) == find_periods(text, 0, end), (text[:12], end)
        if text is _NO_BARRIER:
            assert all(a == 0 for a in starts)  # nothing to resume after: scanned from the start
        else:
            assert any(a > 0 for a in starts)  # resumed after a mark, past the opening period


def test_same_month_read_against_the_month_before_survives_the_resume():
    scan, _starts = _resumed_scan(_SAME_MONTH)
    for end in _figure_ends(_SAME_MONTH):
        scan(_SAME_MONTH, 0, end)
    got = [w for _a, _b, w in scan(_SAME_MONTH, 0, len(_SAME_MONTH))]
    assert got == [w for _a, _b, w in find_periods(_SAME_MONTH)]
    assert "当月" not in got  # (9月当月: the month said twice, read once)


def test_resumed_status_scan_finds_the_plan_words_a_scan_from_the_start_finds():
    text = ("今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1200万人以上；力争粮食产量稳定在"
            "1.3万亿斤以上，计划投资50亿元，已完成投资30亿元。")
    scan = GrowingScan(M._status_words, M._status_reach(), M._status_barriers())
    for end in _figure_ends(text):
        assert scan(text, 0, end) == M._status_words(text, 0, end)


def test_row_and_respective_answers_are_kept_per_text():
    a = "地区生产总值（亿元） 2856.3 5.2%\n"
    b = "全县上下团结一心，共同奋斗。\n"
    assert M._row_at(M.TABLE_ROW, a, 0) is not None
    assert M._row_at(M.TABLE_ROW, b, 0) is None
    assert M._row_at(M.TABLE_ROW, a, 0).group("label") == "地区生产总值"
    c = "粮食、棉花产量分别为120万吨、5万吨"
    d = "粮食、棉花产量为120万吨、5万吨等等"
    assert M._rfind_respective(c, 0, 12) == 7
    assert M._rfind_respective(d, 0, 12) == -1
    assert M._rfind_respective(c, 0, 12) == 7


def _clause_scope_place_reference(view, s_start, i):
    """`_clause_scope_place` as it was: every figure judges each clause opening afresh."""
    text = view.text
    hi = i
    while hi > s_start:
        cut = max(text.rfind("，", s_start, hi), text.rfind(",", s_start, hi),
                  text.rfind("；", s_start, hi), text.rfind(";", s_start, hi))
        start = cut + 1 if cut >= s_start else s_start
        opening = [m for m in view.mentions_in(start, i) if m[0] == start]
        if M._scope_opens(text, start):
            key = next((key for a, _e, key, etype, _l in opening if etype == "Place"), None)
            return key if key and M._place_written_before(view, key, start) else None
        if opening:
            return None
        if cut < s_start:
            return None
        hi = cut
    return None


# …项目位于田林县潞城乡，全乡…: the township's figures; 该县推动… after the committee's secretary
_SCOPED = ("田林县潞城乡概况\n新建的农业产业园位于田林县潞城乡，全乡行政区域面积777平方公里，下辖19个行政村，"
           "耕地面积5.3万亩，森林覆盖率达75.6%。",
           "县委书记在会上讲话\n县委书记韦德斌说，2016年，该县推动产业转型，地区生产总值28.19亿元，增长7.5%，"
           "财政收入3.2亿元。",
           "全县经济运行情况\n全县新增城镇就业2180人，城镇登记失业率3.2%，全县上下新增市场主体1560户。")


def _metrics(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.indicator, m.subject, m.period, sorted(m.rules)) for m in extract_text(text).metrics]


def test_clause_openings_judged_once_give_every_figure_the_same_subject(monkeypatch):
    shared = [_metrics(t) for t in _SCOPED]
    rules = {r for ms in shared for *_x, rs in ms for r in rs}
    assert "metrics.subject-clause-place" in rules  # (the texts trigger the scope word's place)
    monkeypatch.setattr(M, "_clause_scope_place", _clause_scope_place_reference)
    assert [_metrics(t) for t in _SCOPED] == shared
