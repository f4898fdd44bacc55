"""Round 104 (youzheng104): postal and express delivery releases — 国家邮政局's quarterly and annual
figures as Xinhua and People's Daily carried them (邮政行业寄递业务量, 快递业务量, 快递业务收入, 同比增长,
东/中/西部地区 shares), the 2024 national postal work conference's forecasts and the 1000亿件 milestone
story (fresh texts of /tmp/s26/fresh/youzheng104; national texts, wire copies from Beijing).  Fixes: a
bare wire dateline alone on its line under the headline (新华社北京4月21日电) read as the dateline, so the
line above is the title and the release is China's, not 北京's; an agency forecasting a later clause's
figures (国家邮政局预计2024年行业…，邮政行业寄递业务量…1715亿件) their source, not their subject; the
adverbs 正式 and 历史性 before a verb of passing no word of the indicator (快递业务量正式突破1000亿件)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_bare_wire_dateline_line_is_the_dateline_not_the_subject():
    """01-yiji-2024q1: 一季度邮政快递业运行保持畅通稳定 ⏎ 新华社北京4月21日电 ⏎ 国家邮政局19号公布一季度邮政快递业
    运行情况，…我国邮政快递业运行保持畅通稳定。…快递业务量累计完成371.1亿件 (base: the headline and the dateline
    read as body paragraphs, the article's place 北京市 and every figure 北京's).  A dateline with prose after
    it on the same line stays a paragraph's opening, and a city's own story keeps its city."""
    doc = extract_text("一季度邮政快递业运行保持畅通稳定\n新华社北京4月21日电\n"
                       "国家邮政局19号公布一季度邮政快递业运行情况，总体看，我国邮政快递业运行保持畅通稳定。\n"
                       "从市场规模来看，一季度快递业务量累计完成371.1亿件，同比增长25.2%。")
    art = doc.articles[0]
    assert art.dateline == "新华社北京4月21日电", art.dateline
    assert ("中国", "快递业务量", 37110000000, "件") in _metrics(doc), _metrics(doc)
    assert "北京市" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("北京市快递业务量增长\n新华社北京4月21日电\n"
                       "北京市邮政管理局公布，一季度北京市快递业务量累计完成5.1亿件。")
    assert ("北京市", "快递业务量", 510000000, "件") in _metrics(doc), _metrics(doc)


def test_an_agency_forecasting_a_later_clause_is_its_source():
    """03-gongzuohuiyi-2024: 国家邮政局预计2024年行业仍将继续保持稳步上升态势，邮政行业寄递业务量和邮政行业业务收入
    预计将分别完成1715亿件和1.6万亿元，增速6%左右 (base: the three figures 国家邮政局's).  An agency's own plan
    with its figure in the verb's clause stays its own (县财政局预计今年投入资金500万元，其中200万元…)."""
    doc = extract_text("2023年我国邮政行业寄递业务量超1600亿件\n1月9日，2024年全国邮政管理工作会议召开。"
                       "国家邮政局预计2024年行业仍将继续保持稳步上升态势，邮政行业寄递业务量和邮政行业业务收入"
                       "预计将分别完成1715亿件和1.6万亿元，增速6%左右。")
    got = _metrics(doc)
    assert ("中国", "邮政行业寄递业务量", 171500000000, "件") in got, got
    assert "国家邮政局" not in {s for s, *_ in got}, got
    doc = extract_text("县城经济运行平稳\n县财政局预计今年投入资金500万元，其中200万元用于道路建设。")
    assert {s for s, *_ in _metrics(doc)} == {"县财政局"}, _metrics(doc)


def test_adverbs_before_passing_a_mark_are_no_part_of_the_indicator():
    """04-qianyijian-2024: 今年我国快递业务量正式突破1000亿件 (base: the indicator 快递业务量正式); 历史性突破 the same.
    正式 as a word of a noun stays (正式职工, 非正式用工)."""
    doc = extract_text("快递业务量突破千亿件\n今年我国快递业务量正式突破1000亿件。")
    assert {i for _s, i, *_ in _metrics(doc)} == {"快递业务量"}, _metrics(doc)
    doc = extract_text("快递\n全省快递业务收入历史性突破100亿元。")
    assert {i for _s, i, *_ in _metrics(doc)} == {"快递业务收入"}, _metrics(doc)
    doc = extract_text("用工\n全县正式职工120人，非正式用工30人。")
    assert {i for _s, i, *_ in _metrics(doc)} == {"正式职工", "非正式用工"}, _metrics(doc)


def test_a_lead_repeating_the_bare_dateline_keeps_its_reporters():
    """The bare-dateline rule over a page that sets the dateline twice (wenwu91 02: 新华社兰州12月25日电 ⏎
    新华社兰州12月25日电(记者张钦)甘肃省文物考古研究所…): the lead's full dateline, naming the reporter,
    replaces the bare one (first cut of this round: 张钦 lost)."""
    doc = extract_text("甘肃抢救性发掘5座春秋高等级墓葬\n新华社兰州12月25日电\n"
                       "新华社兰州12月25日电(记者张钦)甘肃省文物考古研究所近期组织专家对庆阳市宁县石家墓群进行抢救性发掘。")
    assert doc.articles[0].dateline.endswith("(记者张钦)"), doc.articles[0].dateline
    assert "新华社兰州12月25日电" not in doc.articles[0].text[doc.articles[0].sections[-1].start:], doc.articles[0].sections
