"""Periods read on fresh annual bulletins published the next spring, monthly statistics releases
and budget execution reports: 上年 counted from the report's year, 年初预算 (the year's budget,
no January), dash variants between months (1–8月份), and the later sentences of a breakdown
paragraph (分三大门类看，…。装备制造业…) sharing the time of the figure broken down.
Phrases written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import find_periods, resolve


def _build(text: str, date: str | None = "2024-03-20"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


def test_prior_year_in_a_bulletin_counts_from_the_report_year():
    """A 2023 bulletin published in March 2024: 由上年的22.26% and 上年末户籍人口 are 2022's (the
    year before the report's), not 2023 (the year before the publication's)."""
    ms = _build("2023年全市国民经济和社会发展统计公报\n2023年，全市实现地区生产总值1200亿元，比上年增长5.2%。"
                "三次产业结构由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。"
                "上年末全市户籍人口500万人。")
    assert ms[(22.26, "%")].period == "2022"
    assert ms[(21.35, "%")].period == "2023"
    assert ms[(5000000, "人")].period == "2022-12-31"
    assert ms[(120000000000, "元")].period == "2023"


def test_prior_year_without_a_report_year_is_the_publication_years_before():
    """No year over told of (今年以来…): 上年 stays the year before the publication's."""
    ms = _build("今年以来，全县新增市场主体1200户。上年全县新增市场主体1000户。", "2024-06-10")
    assert ms[(1000, "户")].period == "2023"


def test_year_start_budget_is_no_january():
    """年初预算安排专项资金5000万元 (a budget report of August): 年初 names the budget the year
    opened with, a figure of the whole year, not of January; 完成年初预算的45.5% keeps the months
    stated before it, and a plain 年初 is still the year's start."""
    ms = _build("全县年初预算安排专项资金5000万元，用于农村公路建设。", "2024-08-10")
    assert ms[(50000000, "元")].period == "2024"
    ms = _build("1-5月，全区一般公共预算收入完成56033万元，完成年初预算的45.5%。", "2018-06-20")
    assert ms[(45.5, "%")].period == "2018-01/2018-05"
    assert resolve(find_periods("年初，全县新增企业30户")[0][2], "2024-08-10") == "2024-01"


def test_month_span_with_an_en_dash_or_bar():
    """1–8月份 (en dash), 1―8月份 (horizontal bar) in scraped releases: January to August, not
    August alone."""
    assert resolve(find_periods("1–8月份，全省规上工业增加值增长6.1%")[0][2], "2024-09-20") == "2024-01/2024-08"
    assert resolve(find_periods("1―8月份全省固定资产投资增长3.5%")[0][2], "2024-09-20") == "2024-01/2024-08"


def test_later_sentence_of_a_breakdown_paragraph_shares_the_time():
    """8月份，…。\\n分三大门类看，采矿业…。装备制造业同比增长9.5%: the paragraph breaks down the
    August figure; its second sentence states no time either and shares August."""
    ms = _build("8月份，全国规模以上工业增加值同比增长4.2%。\n"
                "分三大门类看，采矿业增加值同比增长5.3%，制造业增长3.1%。装备制造业同比增长9.5%。", "2022-09-16")
    assert ms[(5.3, "%")].period == "2022-08"
    assert ms[(9.5, "%")].period == "2022-08"


def test_same_month_is_the_month_named_before():
    """1-8月份，…。当月，…增速9.7% (a monthly release): 当月 is August, the span's last month, not
    January to August; 次月 the month after the one named; with no month named before, no time."""
    ms = _build("1-8月份，全区规上工业增加值同比增长7.5%。当月，全区规上工业增速9.7%。", "2023-09-27")
    assert ms[(7.5, "%")].period == "2023-01/2023-08"
    assert ms[(9.7, "%")].period == "2023-08"
    ms = _build("5月份，全县完成规上工业产值12.6亿元。当月新增入库企业3家。次月新增入库企业5家。", "2024-07-18")
    assert ms[(3, "家")].period == "2024-05"
    assert ms[(5, "家")].period == "2024-06"
    assert resolve("次月", "2024-07-18") is None
    assert not find_periods("职工平均工资相当月薪5000元")


def test_prior_year_compared_in_a_bulletin_and_not_in_a_text_of_this_year():
    """比上年的48万吨 in a 2023 bulletin of April 2024 is 2022's level; in a text telling of the
    publication year (今年一季度…) after an older year (2022年…), 上年 stays the year before the
    publication's."""
    ms = _build("2023年全县国民经济和社会发展统计公报\n全年粮食产量50万吨，比上年的48万吨增加2万吨。", "2024-04-10")
    assert ms[(480000, "吨")].period == "2022"
    assert ms[(500000, "吨")].period == "2023"
    ms = _build("据统计，2022年全县接待游客100万人次。今年一季度，全县接待游客30万人次。上年全县接待游客120万人次。",
                "2023-04-20")
    assert ms[(1200000, "人次")].period == "2022"


def test_same_month_after_a_month_restates_it():
    """10月当月实现…3.13亿元，增长3.2%，增速比9月当月提高8.4个百分点: 当月 after a month says that
    month again; 比9月当月 is the compared time, so the change stays October's."""
    assert [p[2] for p in find_periods("其中10月当月实现消费品零售额3.13亿元")] == ["10月"]
    ms = _build("1-10月，全区限额以上单位实现消费品零售额20.56亿元，增长8.0%，其中10月当月实现消费品零售额"
                "3.13亿元，增长3.2%，增速比9月当月提高8.4个百分点。", "2023-11-22")
    assert ms[(313000000, "元")].period == "2023-10"
    assert ms[(8.4, "个百分点")].period == "2023-10"


def test_prior_year_of_a_bulletin_published_two_years_on():
    """A 2023 bulletin posted in January 2025 (its headline names the year): 上年 is still 2022;
    a news text of 2024 that names 2021 in passing keeps 上年末 as the end of 2023."""
    ms = _build("2023年全县国民经济和社会发展统计公报\n2023年，全县粮食产量50万吨，比上年的48万吨增加2万吨。"
                "上年末全县户籍人口30万人。", "2025-01-10")
    assert ms[(480000, "吨")].period == "2022"
    assert ms[(300000, "人")].period == "2022-12-31"
    ms = _build("全市2021年建成公园3个。上年末全市户籍人口30万人。", "2024-04-10")
    assert ms[(300000, "人")].period == "2023-12-31"
