"""Round 113 (caizheng113): public budget and finance reports — county and city budget execution
releases (罗山县 1-5月, 大姚县 4月, a county's 1-4月 analysis, 屯溪区 1-11月, 天津市 and 昭通市 上半年), the
Hainan Daily's half-year chart, and national news of 财政部's monthly figures (1-10月) and the 2023
central final accounts (fresh texts of /tmp/s27/txt/caizheng113).  Fixes: a list of times before
分别 and a change verb (企业所得税9月、10月分别增长3.3%、0.6%; 地区生产总值2021年、2022年分别增长…)
measures the noun before the times, with the verb (企业所得税增长), never the cut 别增长; a driver
aside closed by a comma (进口环节税收在一般贸易进口回升带动下，增长6.6%) is no clause of its own —
what grew is named before 在, not taken from the clause before; a chart's amount of money opening its
line with only its change after it (一般公共预算收入|479.89亿元 同比增长45.8%) is named by the label on the
line above, and a bare change after a figure (同比增长) is never its name."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_times_listed_before_a_respective_change_keep_the_noun():
    """08-quanguo-1-10yue: 企业所得税在工业企业利润回暖带动下，9、10月份分别增长3.3%、0.6% (base: both
    figures read as 别增长).  Modelled: the months and years written whole before 分别增长."""
    got = _metrics(extract_text("财政收入\n1-10月，企业所得税9月、10月分别增长3.3%、0.6%。"))
    assert ("企业所得税增长", 3.3, "%") in got, got
    assert ("企业所得税增长", 0.6, "%") in got, got
    assert not any(m[0].startswith("别") for m in got), got
    got = _metrics(extract_text("经济\n全市地区生产总值2021年、2022年同比分别增长6.5%、4.1%。"))
    assert ("全市地区生产总值同比增长", 6.5, "%") in got or ("地区生产总值同比增长", 6.5, "%") in got, got
    assert not any(m[0].startswith("别") or m[0] == "同比增长" for m in got), got


def test_times_listed_before_a_respective_copula_stay_levels():
    """Guard: 分别为 after a list of years (the older rule) still names the noun before the years,
    with no verb; a list of items before 分别增长 is still paired item by item."""
    doc = extract_text("经济\n全市地区生产总值2021年、2022年分别为1200亿元、1300亿元。")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics}
    assert any(v == 120000000000 and k == "level" and i.endswith("地区生产总值") for i, v, k in got), got
    got = _metrics(extract_text("财政\n全年，增值税、企业所得税分别增长3.3%、0.6%。"))
    assert ("增值税增长", 3.3, "%") in got, got
    assert ("企业所得税增长", 0.6, "%") in got, got


def test_a_driver_closed_by_a_comma_keeps_what_grew():
    """08-quanguo-1-10yue: 其中10月份，国内增值税增长4.1%…；进口环节税收在一般贸易进口回升带动下，增长6.6%
    (base: 6.6% read as 国内增值税增长, the clause before)."""
    got = _metrics(extract_text("财政收入\n其中，国内增值税增长4.1%；进口环节税收在一般贸易进口回升带动下，增长6.6%。"))
    assert ("国内增值税增长", 4.1, "%") in got, got
    assert ("进口环节税收增长", 6.6, "%") in got, got


def test_a_driver_inside_the_clause_and_a_leading_driver_unchanged():
    """Guard: the driver inside the clause (高技术制造业在…的带动下实现产值) is dropped as before, and a
    driver opening the sentence names nothing (在政策带动下，全县工业增加值增长6.6%)."""
    got = _metrics(extract_text("工业\n高技术制造业在医药制造业高位增长的带动下实现产值114亿元。"))
    assert ("高技术制造业产值", 11400000000, "元") in got, got
    got = _metrics(extract_text("工业\n在政策带动下，全县工业增加值增长6.6%。"))
    assert any(m[0].endswith("工业增加值增长") and m[1] == 6.6 for m in got), got


def test_a_charts_amount_takes_the_label_above():
    """09-hainan-shangbannian (海南日报's chart): 全省地方|一般公共预算收入|479.89亿元 同比增长45.8% (base: the
    amount read as a change named " 同比增长", the rate as " 同比同比增长")."""
    doc = extract_text("海南\n全省地方\n一般公共预算收入\n479.89亿元 同比增长45.8%\n财政收入质效稳步提升\n"
                       "上半年全省地方一般公共预算支出\n949.49亿元 同比增长12.9%")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics}
    assert ("一般公共预算收入", 47989000000, "level") in got, got
    assert ("一般公共预算收入同比增长", 45.8, "change") in got, got
    assert any(i.endswith("一般公共预算支出") and v == 94949000000 and k == "level" for i, v, k in got), got
    assert not any(i.strip().startswith("同比") for i, _v, _k in got), got


def test_a_label_above_only_for_money_with_nothing_after():
    """Guard: words after the amount still name it (财政收入|45亿元用于教育: 用于教育 as before) and a heading
    with a mark is no label (一、财政收入|45亿元)."""
    got = _metrics(extract_text("财政\n财政收入\n45亿元用于教育。"))
    assert not any(m[0] == "财政收入" for m in got), got
    got = _metrics(extract_text("财政\n一、财政收入\n45亿元。"))
    assert not any(m[0] == "财政收入" for m in got), got
