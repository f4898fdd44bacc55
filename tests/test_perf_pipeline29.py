"""perf29: speed-ups of the metrics stage that must not change any answer.

- `kg.text.GrowingScan` finds the earlier results it keeps (those starting before the last end
  less the pattern's reach) by bisection: results come in text order, so they are a prefix.
  Asked again with later ends from one start, it answers as a fresh scan.
- `_stated_year` (no publication date: the year a yearless period belongs to) reads the periods
  before the figure through the article view's `_view_periods` (judged on from the last figure's)
  instead of judging every period from the article's start again: the same years.
"""
import random

from kg.model import Article, Doc
from kg.periods import find_periods
from kg.stages.metrics import _ArticleView, _figure_periods, _period_reach, _stated_year
from kg.text import GrowingScan, _start_of

_TEXT = ("2021年1-2月，全市完成投资85.3亿元。2022年全市…92.1亿元，比上年同期增长5%。1至6月，"
         "工业增加值增长3.2%；一季度增长2.1%，上半年增长4.0%。对接《2018至2040年国家发展战略》，"
         "2023年是开局之年，全年新增就业3000人，9月当月下降0.3%。今年以来，去年同期为48.7亿元。")


def test_start_of_is_the_first_field():
    assert _start_of((3, 5, "一季度")) == 3


def test_growing_scan_answers_as_a_fresh_scan():
    """Every start of the text, asked with growing ends (and an end going back, which rescans)."""
    rnd = random.Random(29)
    scan = GrowingScan(find_periods, _period_reach())
    for start in range(0, len(_TEXT), 7):
        ends = sorted(rnd.sample(range(start, len(_TEXT) + 1), min(8, len(_TEXT) + 1 - start)))
        for end in ends + [ends[0]]:
            assert scan(_TEXT, start, end) == find_periods(_TEXT, start, end), (start, end)


def _view(text: str) -> _ArticleView:
    art = Article(id="a1", text=text)
    return _ArticleView(Doc(id="d1", source="d1.txt", text=text, articles=[art]), art)


def _stated_year_afresh(view: _ArticleView, i: int) -> int | None:
    """The years `_stated_year` read before perf29: every period from 0 to i judged again."""
    from kg.periods import explicit_year
    for _a, b, w in reversed(_figure_periods(view.text, 0, i)):
        y = explicit_year(w)
        if y is not None and not view.text.startswith("同期", b):
            return y
    return None


def test_stated_year_reads_the_years_a_fresh_judgment_reads():
    view = _view(_TEXT)
    for i in range(0, len(_TEXT) + 1, 3):
        got = _stated_year(view, i, "全年")
        assert got == _stated_year_afresh(_view(_TEXT), i), i


def test_no_figure_builds_no_view(monkeypatch):
    """A document whose articles hold no figure (most short news: 1,859 of People's Daily's 2,318)
    gives no metric without building the document's index or an article's view."""
    import kg.stages.metrics as metrics

    def refuse(*_a, **_k):
        raise AssertionError("built for a document without figures")

    text = "国务院总理李强在人民大会堂会见来访的外国客人。"
    art = Article(id="a1", text=text)
    doc = Doc(id="d1", source="d1.txt", text=text, articles=[art])
    doc.quantities = {"a1": []}
    monkeypatch.setattr(metrics, "_ArticleView", refuse)
    monkeypatch.setattr(metrics, "_DocIndex", refuse)
    assert metrics.extract_metrics(doc) == []
    assert metrics.article_metrics(doc, art, []) == []


def test_growing_scan_keeps_the_result_a_judgment_reads():
    """`find_periods` drops 当月 right after a month (9月当月: one month said twice) by looking at
    the result kept just before it.  A resumed scan that started right after the kept 9月 saw no
    result before 当月 and kept it: every start and every growing end is checked against a fresh
    scan (2,121 answers differed before the scan resumed at the last kept result itself)."""
    text = "全市9月当月下降0.3%，比8月当月提高2个百分点，10月份当月增长1.2%。" * 3
    for start in range(len(text)):
        scan = GrowingScan(find_periods, _period_reach())
        for end in range(start, len(text) + 1):
            assert scan(text, start, end) == find_periods(text, start, end), (start, end)
