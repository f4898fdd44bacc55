"""Review of round 29 (PDF footers set with their page number on one line): a bare `N/M` is a
fraction a report writes in its text too (`整改完成情况  3/12`, `整改完成情况  7/12`: two items of a
rectification list), so two such lines were dropped as a footer and their content lost.  The bare
form is a page number only with a page's evidence: pages numbered one by one under the same total
with a page of text between, or a form feed next to it; `第 N 页` and `— N —` stay page numbers as
they were.  Texts written for these tests in the shapes of converted notices."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def _text(text: str) -> str:
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))
    return "\n".join(a.text for a in doc.articles)


_SENTENCE = "全县持续推进问题整改，逐项明确责任单位、整改措施和完成时限，确保整改落实到位。"


def test_two_fractions_in_a_list_are_content():
    """`整改完成情况  3/12` / `整改完成情况  7/12` on two lines: content, not a footer."""
    text = ("某某县关于巡察反馈问题整改进展情况的通报\n" + _SENTENCE + "\n"
            "第一批问题\n整改完成情况  3/12\n第二批问题\n整改完成情况  7/12\n" + _SENTENCE + "\n")
    got = _text(text)
    assert "3/12" in got and "7/12" in got


def test_fractions_far_apart_but_not_numbered_page_by_page_are_content():
    """Numbers that jump (3/12, 7/12), however far apart: no run of pages."""
    text = ("某某县关于巡察反馈问题整改进展情况的通报\n" + _SENTENCE * 5 + "\n整改完成情况  3/12\n"
            + _SENTENCE * 5 + "\n整改完成情况  7/12\n" + _SENTENCE + "\n")
    got = _text(text)
    assert "3/12" in got and "7/12" in got


def test_a_bare_page_number_footer_over_full_pages_is_dropped():
    """`某某县统计局  1/3`, `某某县统计局  2/3` with a page of text between: a footer still."""
    text = ("某某县2025年统计公报\n" + _SENTENCE * 8 + "\n某某县统计局  1/3\n"
            + _SENTENCE * 8 + "\n某某县统计局  2/3\n" + _SENTENCE + "\n")
    assert "1/3" not in _text(text) and "2/3" not in _text(text)


def test_a_page_footer_by_page_word_is_dropped_as_before():
    """`某某县统计局  第 1 页` needs no more evidence: 页 says page."""
    text = ("某某县2025年统计公报\n" + _SENTENCE + "\n某某县统计局  第 1 页\n" + _SENTENCE
            + "\n某某县统计局  第 2 页\n" + _SENTENCE + "\n")
    assert "第 1 页" not in _text(text)


def test_a_bare_page_number_at_a_form_feed_is_a_footer():
    """A form feed next to `某某县统计局  1/3`: the page ends there, however short the page."""
    text = ("某某县2025年统计公报\n" + _SENTENCE + "\n某某县统计局  1/3\f" + _SENTENCE
            + "\n某某县统计局  2/3\f" + _SENTENCE + "\n")
    assert "1/3" not in _text(text)


def test_a_line_before_a_lone_fraction_in_a_list_is_content():
    """`整改完成情况` / `3/12` … `整改完成情况` / `7/12`: the repeated line beside a bare fraction is
    no running head (the fractions number no pages)."""
    text = ("某某县关于巡察反馈问题整改进展情况的通报\n" + _SENTENCE + "\n整改完成情况\n3/12\n" + _SENTENCE
            + "\n整改完成情况\n7/12\n" + _SENTENCE + "\n")
    assert _text(text).count("整改完成情况") == 2


def test_a_running_head_over_bare_page_numbers_of_full_pages_is_dropped():
    """`某某县人民政府公报` after `1/3`, `2/3` a page apart: a running head still."""
    text = ("某某县人民政府公报\n某某县2025年统计公报\n" + _SENTENCE * 8 + "\n1/3\n某某县人民政府公报\n"
            + _SENTENCE * 8 + "\n2/3\n某某县人民政府公报\n" + _SENTENCE + "\n")
    assert _text(text).count("某某县人民政府公报") <= 1
