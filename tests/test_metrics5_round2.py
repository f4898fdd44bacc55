"""Figures in two shapes of monthly releases and work reports: a time span whose noun closes its
clause (`7天时间，…`) is the stretch the next figure was counted over, and two figures of one
paragraph sharing a value keep apart when words before one indicator narrow what it counts.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _metrics(text: str, date: str = "2024-05-16"):
    """The whole pipeline over one text with a publication date from its metadata."""
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    return extract_document(doc).metrics


def test_a_span_whose_noun_ends_its_clause_is_the_stretch_of_the_next_figure():
    for text in ("经过7天时间，全市共排查安全隐患320处，整改完成298处。",
                 "三个月时间里，该县完成植树造林1200亩。"):
        ms = _metrics(text)
        assert all(m.unit not in ("天", "个月") for m in ms), text
        assert any(m.unit in ("处", "亩") for m in ms), text


def test_a_time_spent_without_a_figure_after_it_is_still_a_figure():
    ms = _metrics("仅用7天时间完成厂房主体建设。")
    assert [(m.value, m.unit) for m in ms] == [(7, "天")]


def test_a_narrowed_indicator_in_the_same_paragraph_is_another_figure():
    ms = _metrics("4月份，全省城镇调查失业率为5.2%。其中，全省16个设区市城镇调查失业率为5.2%，与上月持平。")
    rates = [m for m in ms if m.unit == "%" and m.value == 5.2]
    assert len(rates) == 2
    assert {m.indicator for m in rates} >= {"城镇调查失业率"}
    assert all(len(m.evidence) == 1 for m in rates)


def test_the_same_figure_in_a_lead_and_the_body_still_merges():
    ms = _metrics("全省城镇调查失业率为5.2%。\n4月份，全省城镇调查失业率为5.2%，比上月下降0.1个百分点。")
    rates = [m for m in ms if m.unit == "%" and m.value == 5.2]
    assert len(rates) == 1 and len(rates[0].evidence) == 2


def test_a_count_of_places_running_into_their_rate_is_part_of_the_rates_name():
    ms = _metrics("4月份，全国31个大城市城镇调查失业率为5.3%，比上月下降0.1个百分点。")
    assert not any(m.unit == "个" for m in ms)
    assert any(m.unit == "%" and m.value == 5.3 and "城镇调查失业率" in m.indicator for m in ms)


def test_a_count_with_a_verb_before_the_rate_stays_a_count():
    ms = _metrics("全市共有25个乡镇实现全覆盖，覆盖率达100%。")
    assert any(m.unit == "个" and m.value == 25 for m in ms)
