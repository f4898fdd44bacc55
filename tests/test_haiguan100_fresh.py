"""Round 100 (haiguan100): customs trade releases — 海关总署 and the direct-under customs (南京海关, 郑州海关,
乌鲁木齐海关, 青岛海关, 合肥海关) giving a province's 进出口 figures for 前X个月, 一季度, 上半年 and 全年,
with their partners (欧盟, 东盟, 美国, 中亚五国, 共建“一带一路”国家) and shares (占…进出口总值的…%), from
Jiangsu, Henan, Xinjiang, Shandong, Anhui and the national release (fresh texts of /tmp/s26/fresh/haiguan100).
Fixes: partners listed after 对 with their flow elided in a clause after a semicolon (我省对欧盟进出口增长7.3%；
对美国和日本分别增长0.4%和下降0.9%) are the trading province's partners — their trade (对美国进出口增长), not
their own figures; a news outlet opening a paragraph (人民网安徽频道今天从…获悉) and an agency hosting a press
briefing (自治区人民政府新闻办公室举行的…新闻发布会公布…) are no subjects of the figures told; a stretch
recalled with 自…以来 (自2012年以来，我省进出口总值长期保持中部第一位) gives no year to the undated release's
一季度; a bare share opening the clause after a semicolon (民营企业进出口8085.4亿元，增长13.1%；占江苏省进出口
总值的38%) is the level's before it; a later sentence after a stretch across years (2018年6月至2019年5月，…。其中，…)
is about the whole stretch, not its end month."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _by_value(doc, value: float) -> list[tuple]:
    return [(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.period)
            for m in doc.metrics if m.value == value]


def test_partners_after_a_semicolon_keep_the_trade_of_the_clause_before():
    """10-jiangsu-2014-jan-apr: 前4月，我省对欧盟进出口增长7.3%；对美国和日本分别增长0.4%和下降0.9%；对韩国、东盟分别
    增长5.7%和4.1% (base: 美国 | 增长 0.4%, 日本 | 下降 0.9%, 韩国 | 增长 5.7%, 江苏省 | 增长 4.1% — the partners read as
    the subjects, the flow lost).  Each is the province's trade with the partner: 对美国进出口增长."""
    doc = extract_text("江苏外贸\n据南京海关统计，1-4月，我省完成外贸进出口1762.7亿美元，同比增长5.7%。"
                       "前4月，我省对欧盟进出口增长7.3%；对美国和日本分别增长0.4%和下降0.9%；对韩国、东盟分别增长5.7%和4.1%。")
    got = _metrics(doc)
    assert ("江苏省", "对美国进出口增长", 0.4, "%") in got, got
    assert ("江苏省", "对日本进出口下降", 0.9, "%") in got, got
    assert ("江苏省", "对韩国进出口增长", 5.7, "%") in got, got
    assert ("江苏省", "对东盟进出口增长", 4.1, "%") in got, got
    assert not {s for s, *_ in got} & {"美国", "日本", "韩国"}, got


def test_a_flow_not_of_a_partner_is_not_carried_over_a_semicolon():
    """The flow carried over the semicolon is only one written with a partner (对欧盟进出口): after a plain
    出口…；对韩国、日本分别增长… no trade with a partner was named, and no 对韩国出口 is made up."""
    doc = extract_text("江苏外贸\n前4月，我省出口1026.6亿美元，增长2.7%；对韩国、日本分别增长5.7%和4.1%。")
    assert not any(ind.startswith("对韩国") for _s, ind, *_ in _metrics(doc)), _metrics(doc)


def test_a_news_outlet_opening_the_paragraph_is_no_subject():
    """07-anhui-2021-h1: 人民网合肥7月16日电（陈曦）人民网安徽频道今天从省政府新闻发布会上获悉，2021年上半年，安徽省货物
    贸易进出口总值3205.7亿元人民币…。其中，出口1862.9亿元，增长34.5%；进口1342.8亿元 (base: 人民网 | 出口, 人民网 |
    进口 — the outlet read as the company the paragraph is about).  The breakdown is the province's."""
    doc = extract_text("安徽外贸\n人民网合肥7月16日电（陈曦）人民网安徽频道今天从省政府新闻发布会上获悉，2021年上半年，"
                       "安徽省货物贸易进出口总值3205.7亿元人民币，比去年同期增长31.5%。其中，出口1862.9亿元，增长34.5%；"
                       "进口1342.8亿元，增长27.7%。")
    got = _metrics(doc)
    assert ("安徽省", "出口", 186290000000, "元") in got, got
    assert ("安徽省", "进口", 134280000000, "元") in got, got
    assert "人民网" not in {s for s, *_ in got}, got


def test_a_company_opening_the_paragraph_still_owns_its_figures():
    """The outlet rule leaves a company opening a paragraph its figures (北大荒集团牡丹江分公司周密部署…。以日均…)."""
    doc = extract_text("秋收\n北大荒集团牡丹江分公司周密部署秋收工作。截至10月10日，已收获秋粮720余万亩。")
    assert "北大荒集团牡丹江分公司" in {s for s, *_ in _metrics(doc)}, _metrics(doc)


def test_the_host_of_a_press_briefing_is_no_subject():
    """05-xinjiang-2025-full-year: 自治区人民政府新闻办公室举行的2025年新疆外贸运行情况新闻发布会公布的一组数据令人振奋：
    2025年，新疆外贸进出口总值5203.7亿元，同比增长19.9%，增速高于全国16.1个百分点 (base: the 新闻办公室 the subject
    of 增速高于全国 16.1个百分点).  An agency holding a mere meeting still opens its own figures (市财政局召开专题会议，
    安排资金3000万元)."""
    doc = extract_text("新疆外贸\n1月23日，自治区人民政府新闻办公室举行的2025年新疆外贸运行情况新闻发布会公布的一组数据令人振奋："
                       "2025年，新疆外贸进出口总值5203.7亿元，同比增长19.9%，增速高于全国16.1个百分点。")
    rows = _by_value(doc, 16.1)
    assert rows and all(s == "新疆维吾尔自治区" for s, *_ in rows), rows
    doc = extract_text("会议\n市财政局召开专题会议，安排资金3000万元用于道路建设。")
    assert "市财政局" in {s for s, *_ in _metrics(doc)}, _metrics(doc)


def test_a_stretch_recalled_since_a_year_gives_no_year_to_an_undated_quarter():
    """02-henan-2021-q1 (no publication day): 今年一季度，我省进出口总值达1920.8亿元…。据统计，自2012年以来，我省进出口
    总值长期保持中部第一位。…一季度，我省民营企业进出口额779亿元 (base: 2012-01/2012-03, the since-year taken as the
    text's).  A bare 2023年以来 leading a report keeps its year (2023-01/2023-03)."""
    doc = extract_text("一季度全省进出口增长\n4月19日，郑州海关发布的数据显示，今年一季度，我省进出口总值达1920.8亿元。"
                       "据统计，自2012年以来，我省进出口总值长期保持中部第一位。\n民营企业表现抢眼。一季度，我省民营企业进出口额779亿元，"
                       "增长125.7%。")
    periods = {m.period for m in doc.metrics}
    assert not any(p and p.startswith("2012") for p in periods), periods
    doc = extract_text("全县经济\n2023年以来，全县上下攻坚克难。一季度，全县地区生产总值35亿元。")
    assert {m.period for m in doc.metrics} == {"2023-01/2023-03"}, [(m.indicator, m.period) for m in doc.metrics]


def test_a_bare_share_after_a_semicolon_is_the_levels_before_it():
    """01-jiangsu-2022-jan-may: 民营企业进出口8085.4亿元，增长13.1%；占江苏省进出口总值的38%，占比较去年同期提升1.6个
    百分点。国有企业进出口2042.3亿元，增长18.6%；占江苏省进出口总值的9.6% (base: the bare 占江苏省进出口总值 38% and
    9.6%, 占比较去年同期提升 — whose share lost).  With a comma it was read so already."""
    doc = extract_text("江苏外贸\n前5个月，江苏省外贸进出口总值2.13万亿元。其中，民营企业进出口8085.4亿元，增长13.1%；"
                       "占江苏省进出口总值的38%，占比较去年同期提升1.6个百分点。国有企业进出口2042.3亿元，增长18.6%；"
                       "占江苏省进出口总值的9.6%。")
    got = _metrics(doc)
    assert ("江苏省", "民营企业进出口占江苏省进出口总值", 38, "%") in got, got
    assert ("江苏省", "国有企业进出口占江苏省进出口总值", 9.6, "%") in got, got
    assert not any(ind.startswith("占") for _s, ind, *_ in got), got


def test_a_stretch_across_years_carries_whole_to_the_next_sentence():
    """06-shandong-2019-sco: 2018年6月至2019年5月，山东对上合组织成员国进出口总值1560.5亿元，同比增长30.9%。其中，山东对
    俄罗斯、印度…进出口值分别为992.5亿元、383.7亿元 (base: the later figures 2019-05, the end month alone).  A single
    month before stays that month (2022年5月，…。其中，…: 2022-05)."""
    doc = extract_text("山东外贸\n根据青岛海关13日发布的最新统计数据，2018年6月至2019年5月，山东对上合组织成员国进出口总值1560.5亿元，"
                       "同比增长30.9%。其中，山东对俄罗斯、印度进出口值分别为992.5亿元、383.7亿元。")
    assert {m.period for m in doc.metrics} == {"2018-06/2019-05"}, [(m.indicator, m.period) for m in doc.metrics]
    doc = extract_text("全县\n2022年5月，全县引进项目12个。其中，工业项目8个。")
    assert {m.period for m in doc.metrics} == {"2022-05"}, [(m.indicator, m.period) for m in doc.metrics]
