"""Figures in shapes read on fresh county statistics bulletins and government work reports
(Hunan, Henan, Jiangxi; the central 政府工作报告): targets and plans marked as such, shares
written in words before their noun, a share's change in points after 比重, a festival named
without a year, the whole a share is taken in.  Sentences written for these tests in the shape
of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import resolve


def _build(text: str, date: str | None = None):
    """The whole pipeline over one text with a publication date from its metadata."""
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return res, {(m.value, m.unit): m for m in res.metrics}


def _name(res, key):
    return res.entities[key].name if key in res.entities else None


def test_targets_of_a_work_report_are_marked_and_results_are_not():
    """主要预期目标是：…；…: every figure of the list is a target, with its year; the result the
    report gives for the year before is not."""
    res, ms = _build("2023年，全市地区生产总值增长5.1%。2024年经济社会发展主要预期目标是：地区生产总值"
                     "增长6%左右；城镇新增就业3.5万人以上；城镇调查失业率控制在5.5%以内。", "2024-01-20")
    assert ms[(5.1, "%")].status is None
    for key in ((6, "%"), (35000, "人"), (5.5, "%")):
        assert ms[key].status == "target", key
        assert ms[key].period == "2024"
    assert ms[(6, "%")].indicator.startswith("地区生产总值")


def test_a_plan_then_its_result_in_one_sentence():
    """计划投资50亿元，已完成投资30亿元: the plan is a target, what is done a result; a share of
    the year's target done (完成年度目标的98%) is a result too."""
    _res, ms = _build("今年，全县重点项目计划投资50亿元，已完成投资30亿元，完成年度目标的98%。", "2023-12-10")
    assert ms[(5000000000, "元")].status == "target"
    assert ms[(3000000000, "元")].status is None
    assert ms[(98, "%")].status is None


def test_a_forecast_and_a_life_expectancy():
    """预计全年… is a forecast; 人均预期寿命 names a result (预期 inside a noun)."""
    _res, ms = _build("预计全年全县一般公共预算收入12.3亿元。全县人均预期寿命达到78.6岁，"
                      "户籍人口54.2万人。", "2023-12-10")
    assert ms[(1230000000, "元")].status == "forecast"
    assert all(m.status is None for k, m in ms.items() if k != (1230000000, "元"))
    assert ms[(1230000000, "元")].to_json()["status"] == "forecast"
    assert "status" not in ms[(542000, "人")].to_json()


def test_a_share_in_tenths_before_its_noun():
    """近六成企业实现盈利, 超八成村庄: after an approximating word N成 is a share whatever noun
    follows; a bare 一成 inside another word (超一成本) is none."""
    _res, ms = _build("2023年，全县近六成规上企业实现盈利，超八成行政村建成便民服务站。", "2024-01-20")
    assert ms[(60, "%")].approx and ms[(60, "%")].kind == "share"
    assert "规上企业" in ms[(60, "%")].indicator
    assert "行政村" in ms[(80, "%")].indicator
    _res, ms = _build("2023年，全县超一成本地企业完成技术改造。", "2024-01-20")
    assert (10, "%") not in ms


def test_the_change_of_a_share_keeps_the_share_noun():
    """比重为35.6%，比上年提高1.2个百分点: the change is of the share (占GDP比重), the 比 of
    比重 is no comparison mark to cut it at."""
    _res, ms = _build("2023年，全市规模以上工业增加值占GDP比重为35.6%，比上年提高1.2个百分点。", "2024-01-20")
    change = ms[(1.2, "个百分点")]
    assert change.indicator.startswith("规模以上工业增加值占GDP比重")
    assert change.kind == "change"


def test_a_festival_without_a_year_is_the_one_at_hand():
    """春节前 in a December story is the coming festival, in March the one just past; a year the
    text names (今年春节) keeps it."""
    assert resolve("春节", "2023-12-20") == "2024-02"
    assert resolve("春节期间", "2024-03-05") == "2024-02"
    assert resolve("春节期间", "2023-11-02") == "2024-02"
    assert resolve("今年春节期间", "2023-12-10") == "2023-01"
    _res, ms = _build("春节前，全市将为困难群众发放救助资金2000万元。", "2023-12-20")
    assert ms[(20000000, "元")].period == "2024-02"


def test_the_whole_a_share_is_taken_in_is_not_its_subject():
    """全县地区生产总值在全市占比为10.3%: the county's share of the city's total is the county's."""
    res, ms = _build("衡阳县2022年国民经济和社会发展统计公报\n全年全县地区生产总值420.77亿元。"
                     "全县地区生产总值在全市占比为10.3%。", "2023-03-20")
    assert _name(res, ms[(10.3, "%")].subject) == "衡阳县"
    assert _name(res, ms[(42077000000, "元")].subject) == "衡阳县"


def test_a_paragraph_goes_on_about_the_place_it_named():
    """据南昌海关统计，前三季度江西省外贸进出口…。9月份进出口…: the later sentence names no place;
    it is the province's, not the customs office's city."""
    res, ms = _build("据南昌海关统计，前三季度江西省外贸进出口3856.2亿元，同比增长5.3%。其中，出口"
                     "2610.4亿元，增长6.1%。9月份进出口452.7亿元，增长9.8%。", "2023-10-20")
    assert _name(res, ms[(385620000000, "元")].subject) == "江西省"
    assert _name(res, ms[(45270000000, "元")].subject) == "江西省"
    assert _name(res, ms[(9.8, "%")].subject) == "江西省"


def test_a_mistyped_decimal_point_or_a_dated_name_gives_no_figure():
    """医疗保健类价格上涨1·8%: not 8%; “5·12”汶川地震: not 12."""
    _res, ms = _build("全年医疗保健类价格上涨1·8%，食品烟酒类价格上涨1.1%。", "2023-03-20")
    assert (8, "%") not in ms and (1.1, "%") in ms


def test_a_range_whose_low_end_repeats_the_unit():
    """项目总投资在1亿元至3亿元之间: one range (1亿 to 3亿 元), not two figures and no 之间 counted."""
    _res, ms = _build("2023年，全县新开工项目总投资在1亿元至3亿元之间，年产量2万吨—3万吨。", "2024-01-20")
    r = ms[(100000000, "元")]
    assert (r.kind, r.low, r.high) == ("range", 100000000, 300000000)
    assert r.indicator == "新开工项目总投资"
    assert (300000000, "元") not in ms
    assert ms[(20000, "吨")].high == 30000


def test_a_difference_in_points_is_a_change():
    """农村居民人均可支配收入增长7.2%，增速高于城镇居民2.1个百分点: points are a difference."""
    _res, ms = _build("2023年，全县农村居民人均可支配收入增长7.2%，增速高于城镇居民2.1个百分点。", "2024-01-20")
    assert ms[(2.1, "个百分点")].kind == "change"


def test_a_count_of_counties_with_its_bracket_names_the_rate():
    """全市12个县（市、区）农村自来水普及率达到90%以上: the rate is the figure, the counties with
    their bracketed note are part of its name, not a count of their own."""
    _res, ms = _build("2023年，全市12个县（市、区）农村自来水普及率达到90%以上。", "2024-01-20")
    assert (12, "个") not in ms
    assert ms[(90, "%")].indicator == "县（市、区）农村自来水普及率"


def test_a_site_head_line_dates_the_page():
    """中央政府门户网站 www.gov.cn   2009年10月09日   来源：…: the date of a page's head line, with
    the site before it and the source after it; the holiday's figures take its year."""
    res, ms = _build("国庆湖北接待游客1038.92万人次\n中央政府门户网站 www.gov.cn   2009年10月09日   来源：湖北省人民政府网站\n"
                     "国庆中秋长假昨日完美谢幕。国庆假期，湖北省共接待海内外游客1038.92万人次，实现旅游收入36.08亿元。", None)
    assert res.document["date"] == "2009-10-09"
    assert ms[(3608000000, "元")].period == "2009-10"


def test_tenths_after_a_growth_verb_are_a_change():
    """同比增长二成多: an approximate change of 20 %; 六成是自驾游客: a share of 自驾游客."""
    _res, ms = _build("2023年，全县境外游客达38.8万人次，同比增长二成多。游客中，六成是自驾游客。", "2024-01-20")
    assert (ms[(20, "%")].kind, ms[(20, "%")].approx) == ("change", True)
    assert (ms[(60, "%")].kind, ms[(60, "%")].indicator) == ("share", "自驾游客")


def test_an_adverb_after_a_figure_is_no_counted_noun_and_a_stated_target_is_marked():
    """全年目标任务1.2万人基本完成: the figure names the target task (基本 is an adverb); 低于5.5%的预期
    控制目标: the 5.5 % is the target, not a share 低于 anything."""
    _res, ms = _build("1至9月，全省城镇新增就业11.8万人，全年目标任务12万人基本完成。9月份，全省城镇调查"
                      "失业率为5.1%，低于5.5%的预期控制目标。", "2023-10-20")
    assert "目标任务" in ms[(120000, "人")].indicator
    # (minzheng82: the target is the rate's, named with it — 城镇调查失业率预期控制目标, no bare 预期控制目标)
    assert ms[(5.5, "%")].status == "target" and ms[(5.5, "%")].indicator == "城镇调查失业率预期控制目标"
    assert ms[(5.5, "%")].kind == "level"
    assert ms[(5.1, "%")].status is None and ms[(118000, "人")].status is None


def test_a_budget_figure_is_the_target_a_share_is_taken_of():
    """一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，下降4.2%: the share and
    the change are the revenue's, not the budget's (预算数 names a target as 预算 does); 累计 in a
    release dated by a bare month reports the year so far."""
    _res, ms = _build("4月，全县一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，"
                      "比上年减收1070万元，下降4.2%。", "2024-05-16")
    assert ms[(40.4, "%")].indicator.startswith("一般公共预算收入")
    assert ms[(4.2, "%")].indicator.startswith("一般公共预算收入")
    assert ms[(246270000, "元")].period == "2024-01/2024-04"
    _res, ms = _build("4月，全县一般公共预算收入完成6120万元。", "2024-05-16")
    assert ms[(61200000, "元")].period == "2024-04"


def test_the_day_of_the_news_is_not_the_time_of_later_levels():
    """2024年11月8日，记者从…获悉，今年全县小麦种植面积…，平均亩产512公斤: every figure is this
    year's, the day only says when the news was told; 预计达到 is no part of the indicator."""
    _res, ms = _build("2024年11月8日，记者从某县农业农村局获悉，今年全县小麦种植面积达120.5万亩，平均亩产"
                      "512公斤，总产量约61.7万吨。全县农村居民人均可支配收入预计达到2.6万元。", "2024-11-08")
    assert ms[(512, "公斤")].period == "2024" and ms[(617000, "吨")].period == "2024"
    assert ms[(26000, "元")].indicator == "农村居民人均可支配收入"
    assert ms[(26000, "元")].status == "forecast"


def test_a_table_of_indicators_takes_the_months_of_its_headline():
    """2023年1-10月某市主要经济指标 over table rows: each row's figure is of January to October;
    比全省高1.2个百分点 after 增速比1-9月加快… compares the same growth rate."""
    _res, ms = _build("2023年1-10月某市主要经济指标\n指标 单位 1-10月\n地区生产总值（亿元） 2856.3\n"
                      "社会消费品零售总额（亿元） 1203.6\n1-10月，全市固定资产投资同比增长4.5%，增速比1-9月"
                      "加快0.6个百分点，比全省高1.2个百分点。", "2023-11-20")
    assert ms[(285630000000, "元")].period == "2023-01/2023-10"
    assert ms[(1.2, "个百分点")].indicator.startswith("固定资产投资增速")


def test_a_share_of_the_years_target_done_by_now():
    """今年1—9月，城镇新增就业898万人，已经完成全年预期目标任务的99%: the share done is the level's,
    of January to September; 全年 is the target's year, not the share's."""
    _res, ms = _build("今年1—9月，全国城镇新增就业898万人，已经完成全年预期目标任务的99%。", "2020-10-28")
    share = ms[(99, "%")]
    assert share.indicator.startswith("城镇新增就业") and share.kind == "share"
    assert share.period == "2020-01/2020-09"
    assert share.status is None


def test_the_wire_agency_of_a_dateline_is_not_the_subject():
    """新华社南昌3月5日电 …，全省粮食总产量…: the figure is not the news agency's, nor the dateline
    city's; the first figure of such a story was the wire's."""
    res, ms = _build("新华社南昌3月5日电 记者从江西省农业农村厅获悉，2023年江西粮食总产量达到438.5亿斤，"
                     "连续11年稳定在430亿斤以上。", "2024-03-05")
    assert _name(res, ms[(43850000000, "斤")].subject) not in ("新华通讯社", "新华社", "南昌市")


def test_a_counts_share_of_all_such_things():
    """其中，亿元以上项目62个，占开工项目总数的72.1%: the share is of the 62 projects among all
    projects (总数 counts the things named before it)."""
    _res, ms = _build("2024年，全市共开工项目86个，总投资512.6亿元。其中，亿元以上项目62个，占开工项目总数的72.1%。",
                      "2024-03-12")
    assert ms[(72.1, "%")].indicator == "亿元以上项目占比"
