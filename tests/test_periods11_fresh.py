"""Periods read on fresh monthly releases: a paragraph that breaks down the figure of the
paragraph before (分三大门类看，…; 分经济类型看，…) shares its time, not the lead's 今年以来.
Texts written for these tests in the shape of such releases (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None = "2023-06-21"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


_RELEASE = ("1-5月全市经济运行情况\n"
            "今年以来，全市工业生产和固定资产投资实现较快增长，市场消费稳步回升。\n"
            "一、工业生产持续提速\n"
            "1-5月，全市规上工业增加值同比增长9.2%，高于全省平均水平2.1个百分点。\n"
            "分三大门类看，制造业增加值同比增长10.3%，采矿业增加值同比增长6.6%。\n"
            "分经济类型看，国有控股企业增加值同比增长8.1%，私人控股企业同比增长11.2%。\n")


def test_a_breakdown_paragraph_shares_the_time_of_the_figure_it_breaks_down():
    ms = _build(_RELEASE)
    assert ms[(9.2, "%")].period == "2023-01/2023-05"
    assert ms[(10.3, "%")].period == "2023-01/2023-05"
    assert ms[(6.6, "%")].period == "2023-01/2023-05"
    # a second breakdown after the first, without a time of its own either
    assert ms[(8.1, "%")].period == "2023-01/2023-05"


def test_a_paragraph_without_a_breakdown_opener_keeps_the_lead_s_time():
    """A paragraph that opens on its own topic is no breakdown: the lead's 今年以来 stands."""
    ms = _build(_RELEASE.replace("分经济类型看，", "全市"))
    assert ms[(8.1, "%")].period == "2023-01/2023-06"


_HOLIDAY = ("国庆中秋长假 我县旅游综合收入1.6亿元\n"
            "今年国庆中秋长假，全县接待游客32.5万人次。乡村旅游点迎来众多游客，农家乐生意火爆。\n"
            "“文化进景区”活动在各景区精彩上演，游客一边逛景点、一边品文化。假日期间，古镇景区接待游客8.2万人次。\n")


def test_days_off_named_without_their_holiday_are_the_headline_s():
    """假日期间 in a later paragraph: the holiday the headline and lead named (国庆中秋长假, the
    days off in October), not a figure without a time."""
    ms = _build(_HOLIDAY, "2020-10-09")
    assert ms[(325000, "人次")].period == "2020-10"
    assert ms[(82000, "人次")].period == "2020-10"


def test_a_holiday_named_as_a_day_becomes_its_days_off():
    """国庆 named as the day before, 节日期间 after it: the holiday's days off (its month)."""
    ms = _build("国庆当天，全县举行升旗仪式。\n节日期间，全县接待游客12.4万人次。\n", "2021-10-08")
    assert ms[(124000, "人次")].period == "2021-10"


def test_days_off_with_no_holiday_named_have_no_holiday():
    """节日期间 in an article naming no holiday: no holiday is made up."""
    ms = _build("全县文旅市场平稳。\n节日期间，全县接待游客12.4万人次。\n", "2021-10-08")
    assert ms[(124000, "人次")].period is None


def test_the_level_in_brackets_after_a_compared_time_is_of_that_time():
    """较一季度(-10.8%)回升, 较上年同期（3.2%）大幅增长: the bracketed rate is the compared
    time's (a rate then too), not the current one's; a yearless part of a year is of the current
    figure's year even when the article came out before that year was over."""
    ms = _build("上半年，全县地区生产总值比上年同期增长-8.7%，较一季度(-10.8%)回升2.1个百分点。", "2024-03-20")
    assert ms[(-10.8, "%")].period == "2023-01/2023-03"
    assert ms[(-10.8, "%")].indicator == "地区生产总值增长"
    assert ms[(-8.7, "%")].period == "2023-01/2023-06"
    ms = _build("上半年，全县实现农林牧渔业增加值18100万元，增长11.6%，较上年同期（3.2%）大幅增长。", "2024-09-09")
    assert ms[(3.2, "%")].period == "2023-01/2023-06"
    assert ms[(3.2, "%")].indicator == "农林牧渔业增加值增长"
    assert ms[(11.6, "%")].period == "2024-01/2024-06"


def test_now_is_not_carried_to_a_sentence_that_turns_to_something_else():
    """目前，全县建成…。该县还培训…; 截至目前…。下一步，将新建…: the state “now” belongs to its
    sentence; one that adds another activity or a plan does not share it, one that goes on about
    the same thing (惠及农户…) does."""
    ms = _build("目前，全县共建成养老机构12家，床位1200张。该县还培训护理人员300人次。", "2024-03-20")
    assert ms[(12, "家")].period == "2024-03"
    assert ms[(300, "人次")].period is None
    ms = _build("截至目前，全县已完成投资5.6亿元。下一步，将新建公园3个。", "2024-03-20")
    assert ms[(3, "个")].period is None
    ms = _build("截至目前，全县已发放补贴1200万元。惠及农户3000户。", "2024-03-20")
    assert ms[(3000, "户")].period == "2024-03-20"


_REVIEW = ("解读政府工作报告\n"
           "过去一年\n"
           "2022年是极为重要的一年，全县上下迎难而上，实现了经济平稳运行。\n"
           "全年地区生产总值增长4.1%\n"
           "城镇新增就业5200人\n"
           "过去五年\n"
           "过去五年极不寻常、极不平凡。\n"
           "地区生产总值增加到321亿元，五年年均增长5.3%，\n"
           "十年增加近150亿元、年均增长6.4%。\n")


def test_a_period_alone_on_a_line_is_the_time_of_the_lines_below():
    """过去一年 / 过去五年 as headings of a report's review: the figures below without a time of
    their own are of that year or those years; a change measured over ten years is of those ten."""
    ms = _build(_REVIEW, "2023-03-06")
    assert ms[(5200, "人")].period == "2022"
    assert ms[(32100000000, "元")].period == "2018/2022"
    assert ms[(5.3, "%")].period == "2018/2022"
    assert ms[(15000000000, "元")].period == "2013/2022"
    assert ms[(6.4, "%")].period == "2013/2022"



def test_a_heading_that_is_no_period_sets_no_time():
    """重点工作 over the same lines: a heading naming no time gives the figures below none.
    (Without the lead's 2022年是…: a year opening the lead is the year reported on, test_periods26_fresh.)"""
    ms = _build(_REVIEW.replace("过去一年\n", "重点工作\n", 1).replace("2022年是", "这是", 1), "2023-03-06")
    assert ms[(5200, "人")].period is None
