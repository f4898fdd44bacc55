"""Messy pages of round messy29: PDF-converted bulletins whose page breaks fall inside sentences.

A county gazette or a statistics bulletin converted from PDF keeps each page's running head and
page number in the text.  Set on one line (`某某县统计局  第 3 页`), the head changes with its number,
so it was never seen twice and stayed: the sentence it cut read `…第二产业增` / `加值230.5亿元` and
the figure went to `加值`.  A gazette's name set over page 1 (the text's first line, no page number
before it) was counted against it and every later copy stayed too.  And a page break that falls
before a figure (`…社会消费品零售总额` / `— 3 —` / `260.4亿元，增长5.5%。`) forms no dictionary word,
so the sentence was cut and the figure read as a bare `金额`.  The texts are written for these
tests in the shapes seen in converted bulletins."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _metrics(doc: Doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_footer_with_its_page_number_on_one_line_is_dropped():
    """`某某市统计局  第 N 页` recurring: a footer, and the word it cut (`增` / `加值`) is whole again."""
    text = ("某某市2025年国民经济和社会发展统计公报\n"
            "全年全市实现地区生产总值512.3亿元，比上年增长6.2%。其中，第一产业增加值20.1亿元，增长3.1%；第二产业增\n"
            "某某市统计局  第 1 页\n"
            "加值230.5亿元，增长7.0%。全年规模以上工业增加值180.2亿元，比上年增长8.1%。全年一般公共预算\n"
            "某某市统计局  第 2 页\n"
            "收入40.2亿元，增长4.0%。\n")
    doc = _doc(text)
    got = _metrics(doc)
    assert ("第二产业增加值", 23050000000, "元") in got
    assert ("一般公共预算收入", 4020000000, "元") in got
    assert all("第 1 页" not in a.text for a in doc.articles)


def test_a_gazette_name_over_page_one_is_a_running_head():
    """The gazette's name on the first line and after each page number: a running head everywhere."""
    text = ("某某县人民政府公报\n某某县2025年国民经济和社会发展统计公报\n"
            "全年全县实现地区生产总值312.3亿元，比上年增长6.2%。其中，第一产业增加值20.1亿元，增长3.1%；第二产业增\n"
            "— 2 —\n某某县人民政府公报\n"
            "加值130.5亿元，增长7.0%。全年规模以上工业增加值80.2亿元，比上年增长8.1%。\n"
            "— 3 —\n某某县人民政府公报\n全年一般公共预算收入12.1亿元，增长3.0%。\n")
    got = _metrics(_doc(text))
    assert ("第二产业增加值", 13050000000, "元") in got
    assert not any(ind.startswith("加值") for ind, _, _ in got)


def test_a_page_break_before_a_figure_runs_the_sentence_on():
    """`…社会消费品零售总额` / `3 / 5` / `160.4亿元…`: one sentence, the figure keeps its indicator."""
    text = ("某某县2025年统计公报\n"
            "全年全县实现地区生产总值312.3亿元，比上年增长6.2%。全年规模以上工业增加值80.2亿元，比上年增长8.1%。全年社会消费品零售总额\n"
            "3 / 5\n"
            "160.4亿元，增长5.5%。\n")
    got = _metrics(_doc(text))
    assert ("社会消费品零售总额", 16040000000, "元") in got
    assert not any(ind.startswith("金额") for ind, _, _ in got)


def test_a_page_break_before_a_heading_ends_the_paragraph():
    """A heading under a page number opens its own paragraph: the unterminated line above is not
    run into it."""
    text = ("某某县2025年统计公报\n"
            "全年全县实现地区生产总值312.3亿元，比上年增长6.2%。全年规模以上工业增加值80.2亿元，比上年增长8.1%\n"
            "— 2 —\n"
            "二、农业\n全年粮食产量12.5万吨，增长1.2%。\n")
    doc = _doc(text)
    got = _metrics(doc)
    assert ("粮食产量", 125000, "吨") in got
    assert all("8.1%二、农业" not in a.text for a in doc.articles)
