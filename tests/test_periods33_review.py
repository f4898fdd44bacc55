"""Round 17 review of the 春运/寒假, 五年累计, deadline-met and 到年底 rules (periods33, fix32b): a
season of this year, a count of years summed, a deadline met and the end of the year read in
the sentence they stand in.  Phrases written for these tests (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


def test_this_years_season_in_a_year_end_summary_is_this_years():
    """今年春运期间，全县共发送旅客120万人次，同比增长5% in a summary of 20 December: the rush of this
    year (2024-02), was the coming one (2025-01-14/2025-02-22); 今年寒假期间，全县共开展安全检查 in
    November likewise 2024-01/2024-02; with a plan word (将, 预计) the coming season stays."""
    ms = _build("2024年工作总结\n今年春运期间，全县共发送旅客120万人次，同比增长5%。", "2024-12-20")
    assert ms[(1200000, "人次")].period == "2024-01-26/2024-03-05"
    ms = _build("今年寒假期间，全县共开展安全检查200次。", "2024-11-25")
    assert ms[(200, "次")].period == "2024-01/2024-02"
    ms = _build("今年春运期间，全县预计发送旅客120万人次。", "2024-12-20")
    assert ms[(1200000, "人次")].period == "2025-01-14/2025-02-22"
    ms = _build("今年寒假期间，各校要开展安全检查200次。", "2024-12-10")
    assert ms[(200, "次")].period == "2025-01/2025-02"


def test_count_of_years_of_a_target_or_after_a_span_is_no_time_of_its_own():
    """力争五年累计完成投资500亿元 (a target) and 实施三年行动计划，三年累计投入资金30亿元 are no years
    summed up to now (were 2020/2024, 2022/2024); 十四五以来…五年累计完成 keeps the span written
    (2021-01/2025-01), was overridden by 2020/2024."""
    ms = _build("力争五年累计完成投资500亿元。", "2025-02-15")
    assert ms[(50000000000, "元")].period != "2020/2024"
    ms = _build("实施三年行动计划，三年累计投入资金30亿元。", "2025-02-15")
    assert ms[(3000000000, "元")].period != "2022/2024"
    ms = _build("“十四五”以来，全县固定资产投资稳步增长，五年累计完成406.5亿元。", "2025-01-20")
    assert ms[(40650000000, "元")].period == "2021-01/2025-01"


def test_attributive_already_is_no_deadline_met():
    """年底前，已开工的20个项目要全部竣工 in January: 已开工的 describes the projects, the deadline is
    to come (2025-12-31), was read met (2024-12-31); 年底前，全县已完成 stays met."""
    ms = _build("年底前，已开工的20个项目要全部竣工，总投资50亿元。", "2025-01-08")
    assert ms[(5000000000, "元")].period == "2025-12-31"
    ms = _build("12月31日前，全县已完成冬小麦播种60万亩。", "2025-01-08")
    assert ms[(600000, "亩")].period == "2024-12-31"


def test_by_year_end_after_the_past_year_is_that_years_end():
    """2024年，全县GDP增长6%。到年底，全县常住人口达到50万人 in January 2025: the end of 2024 told,
    was read as a deadline to come (2025-12-31); 过去一年…到年底 likewise."""
    ms = _build("2024年，全县GDP增长6%。到年底，全县常住人口达到50万人。", "2025-01-05")
    assert ms[(500000, "人")].period == "2024-12-31"
    ms = _build("过去一年，全县上下砥砺奋进。到年底，全县建成5G基站200个。", "2025-01-10")
    assert ms[(200, "个")].period == "2024-12-31"


def test_by_year_end_in_a_review_is_the_year_reviewed_but_a_demand_is_to_come():
    """到年底，全县建成5G基站200个 under a title 年度工作总结 in January: the end of the year reviewed
    (2024-12-31); with 要 or 力争 in the sentence the deadline stays this year's (2025-12-31)."""
    ms = _build("县发改局年度工作总结\n全县上下砥砺奋进。到年底，全县建成5G基站200个。", "2025-01-10")
    assert ms[(200, "个")].period == "2024-12-31"
    ms = _build("2024年，全县GDP增长6%。到年底，全县力争建成5G基站200个。", "2025-01-05")
    assert ms[(200, "个")].period == "2025-12-31"


def test_target_after_a_count_of_years_is_a_result_exceeding_it():
    """…五年累计完成406.5亿元，均较大幅度超出预期目标 in a January report: the 目标 after the figure is
    the target exceeded, a result: the five years summed stay (2020/2024)."""
    ms = _build("政府工作报告\n2024年，全县地区生产总值增长6%，五年累计完成投资406.5亿元，均超出预期目标。", "2025-01-20")
    assert ms[(40650000000, "元")].period == "2020/2024"
