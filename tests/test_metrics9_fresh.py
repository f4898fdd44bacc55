"""Figures in shapes of statistical bulletins and work reports read on fresh provincial and
county texts: a section label glued to its text, the urban and rural parts of a price change,
unitless ratios, results measured against a plan.  Sentences written for these tests in the
shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None = "2024-03-20"):
    """The whole pipeline over one text with a publication date from its metadata."""
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return res, {(m.value, m.unit): m for m in res.metrics}


def test_a_section_label_glued_to_its_text_is_no_part_of_the_indicator():
    """人口年末常住人口…, 农业全年粮食总产量…, 就业全年城镇新增就业…: bulletins run the section
    label into the first sentence; the indicator starts after the time."""
    _res, ms = _build("人口年末常住人口1234万人，比上年末增加2.1万人。\n农业全年粮食总产量285.6万吨，"
                      "比上年增长1.2%。\n就业全年城镇新增就业5.6万人。")
    assert ms[(12340000, "人")].indicator == "常住人口"
    assert ms[(12340000, "人")].period == "2023-12-31"
    assert ms[(21000, "人")].indicator.startswith("常住人口")
    assert ms[(2856000, "吨")].indicator == "粮食总产量"
    assert ms[(56000, "人")].indicator == "城镇新增就业"


def test_a_verb_before_the_time_stays():
    """完成全年目标任务的85%: a verb before 全年 is no label (the clause keeps its words)."""
    _res, ms = _build("全县完成全年目标任务的85%。")
    assert "目标" in ms[(85, "%")].indicator


def test_the_urban_and_rural_parts_of_a_price_change_keep_the_lead_indicator():
    """全年居民消费价格比上年上涨0.3%。其中，城市上涨0.4%，农村下降0.1%: the parts are the CPI's
    change in the cities and the countryside, not a thing called 城市上涨."""
    _res, ms = _build("全年全市居民消费价格比上年上涨0.3%。其中，城市上涨0.4%，农村下降0.1%。")
    assert ms[(0.4, "%")].indicator == "城市居民消费价格上涨"
    assert ms[(0.1, "%")].indicator == "农村居民消费价格下降"
    assert ms[(0.4, "%")].kind == "change" and ms[(0.4, "%")].period == "2023"
    # a part that names its own indicator keeps it
    _res, ms = _build("全年进出口总额增长3.5%。其中，出口增长5.1%，进口下降2.0%。")
    assert ms[(5.1, "%")].indicator == "出口增长"


def test_unitless_ratios_are_levels():
    """求人倍率1.37, 性别比105.2, 基尼系数为0.46: ratios written with no unit are levels."""
    _res, ms = _build("第四季度全市人力资源市场求人倍率1.37。全市常住人口性别比105.2。居民收入基尼系数为0.46。")
    assert ms[(1.37, "")].indicator.endswith("求人倍率") and ms[(1.37, "")].kind == "level"
    assert ms[(105.2, "")].indicator.endswith("性别比")
    assert ms[(0.46, "")].indicator.endswith("基尼系数")
    # no ratio: a year or a count after the word is no value
    _res, ms = _build("全市常住人口性别比2023年保持稳定。")
    assert not [m for m in ms.values() if m.unit == ""]


def test_a_result_compared_with_the_plan_is_no_target():
    """粮食产量比计划多2.3万吨, 超过预期目标20个百分点: a result measured against the plan."""
    _res, ms = _build("全年粮食产量比计划多2.3万吨。全市固定资产投资较计划超出12.5亿元。"
                      "引进项目完成年度目标任务的120%，超过预期目标20个百分点。")
    assert ms[(23000, "吨")].status is None
    assert ms[(1250000000, "元")].status is None
    assert ms[(20, "个百分点")].status is None
    # the plan itself stays a target
    _res, ms = _build("全年计划造林面积3万亩。")
    assert ms[(30000, "亩")].status == "target"


def test_the_completion_rate_after_a_target_is_a_result():
    """年度目标为新增城镇就业5万人，完成率112%: the target, then what was done of it; a rate in
    the target's own clause stays the target (力争项目完成率达到95%)."""
    _res, ms = _build("年度目标为新增城镇就业5万人，完成率112%。")
    assert ms[(50000, "人")].status == "target"
    assert "目标" not in ms[(50000, "人")].indicator
    assert ms[(112, "%")].status is None
    _res, ms = _build("2024年力争重点项目完成率达到95%。")
    assert ms[(95, "%")].status == "target"


def test_a_target_named_as_a_task_is_a_target():
    """目标任务为引进项目50个: 目标任务 before its copula sets a target as 目标为 does."""
    _res, ms = _build("今年目标任务为引进项目50个。")
    assert ms[(50, "个")].status == "target"
    assert ms[(50, "个")].indicator == "引进项目"


def test_an_amount_compared_with_last_year_is_a_change_and_the_level_reached_follows():
    """土地适度规模经营面积比上年增加21万亩，达到近300万亩: the first figure is the change, the
    second the level reached (not the change again)."""
    _res, ms = _build("全市土地适度规模经营面积比上年增加21万亩，达到近300万亩。", "2015-06-04")
    assert ms[(210000, "亩")].kind == "change"
    assert ms[(3000000, "亩")].kind == "level"
    assert ms[(3000000, "亩")].indicator == "土地适度规模经营面积"
    _res, ms = _build("全年粮食产量比计划多2.3万吨。")
    assert ms[(23000, "吨")].kind == "change"


def test_differences_of_a_rate_compare_the_rate_each_time():
    """增速比同期提高0.9个百分点，比一季度提高0.3个百分点，比去年全年提高3.8个百分点 / 高于全市平均
    水平4个百分点: each difference compares the growth rate, not the difference before it."""
    _res, ms = _build("上半年全市实现地区生产总值1228亿元，同比增长1.5%，增速比同期提高0.9个百分点，"
                      "比一季度提高0.3个百分点，比去年全年提高3.8个百分点。", "2016-07-25")
    assert ms[(0.3, "个百分点")].indicator == "地区生产总值增速比一季度提高"
    assert ms[(3.8, "个百分点")].indicator == "地区生产总值增速比去年全年提高"
    _res, ms = _build("2014年，全市第一产业增加值185亿元，同比增长8.5%，增速比上年提高1.5个百分点，"
                      "高于全市平均水平4个百分点。", "2015-06-04")
    assert ms[(4, "个百分点")].indicator == "第一产业增加值增速高于全市平均水平"
    # after a growth in %, the growth itself is compared (unchanged)
    _res, ms = _build("全县规模以上工业增加值同比增长1.4%，低于全市平均0.3个百分点。", "2024-03-20")
    assert ms[(0.3, "个百分点")].indicator.startswith("规模以上工业增加值同比增长")


def test_a_part_counted_after_a_change_from_then_to_now_is_now():
    """农民专业合作社由十年前的不足百个发展到目前的1735个，其中…60个: the part is counted now,
    not ten years ago."""
    _res, ms = _build("我市的农民专业合作社由十年前的不足百个发展到目前的1735个，其中现代农机专业合作社达到60个。",
                      "2015-06-04")
    assert ms[(60, "个")].period == "2015-06"
    assert ms[(1735, "个")].period == "2015-06"


def test_a_price_per_unit_written_before_the_amount():
    """生猪收购价格为每公斤20元左右, 仔猪出售价格达到600元/头: a price per unit, in 元/公斤 and
    元/头, named by what is priced; a yearly amount (每年) stays in 元."""
    _res, ms = _build("目前我市生猪收购价格为每公斤20元左右。仔猪出售价格也达到600元/头。", "2016-07-25")
    assert ms[(20, "元/公斤")].indicator == "生猪收购价格"
    assert ms[(600, "元/头")].indicator == "仔猪出售价格"
    _res, ms = _build("全县每年安排专项资金1000万元。", "2016-07-25")
    assert (10000000, "元") in ms


def test_the_start_of_a_change_sets_no_time_for_the_next_sentence():
    """非公有制经济增加值占GDP的比重由2000年的45%提高到65%。外贸进出口总额由2000年的4500万美元
    增加到2.3亿美元: 2000 is the start of each change, not the time of the later levels."""
    _res, ms = _build("非公有制经济增加值占GDP的比重由2000年的45%提高到65%。"
                      "外贸进出口总额由2000年的4500万美元增加到2.3亿美元。", "2006-01-15")
    assert ms[(45, "%")].period == "2000"
    assert ms[(45000000, "美元")].period == "2000"
    assert ms[(230000000, "美元")].period != "2000"


def test_a_yardstick_written_with_gao_chu_compares_the_growth_before():
    """年均增长35.6%，高出“九五”期间增幅14.9个百分点: the growth is what is compared."""
    _res, ms = _build("地方财政收入4.39亿元，年均增长35.6%，高出“九五”期间增幅14.9个百分点。", "2006-01-15")
    assert ms[(14.9, "个百分点")].indicator.startswith("地方财政收入年均增长")


def test_a_time_qualified_before_it_is_a_compared_base():
    """较疫情前的2019年同期相比仍下降11.3%, 比疫情前的2019年增加1.2万吨: the year is the base of the
    comparison (no time of the figure, none for the sentences after), and 相比 closes it."""
    _res, ms = _build("今年国庆假期全县旅游接待人次较疫情前的2019年同期相比仍下降11.3%。"
                      "但旅游直接收入与2019年同期相比增长15.5%。", "2021-10-08")
    assert ms[(11.3, "%")].period != "2019"
    assert ms[(11.3, "%")].indicator.endswith("旅游接待人次下降")  # (仍, an adverb of contrast: no word of it, round 53)
    assert ms[(15.5, "%")].indicator == "旅游直接收入增长"
    assert ms[(15.5, "%")].period != "2019"
    _res, ms = _build("全县粮食产量比疫情前的2019年增加1.2万吨。全县新增就业3000人。", "2021-10-08")
    assert ms[(12000, "吨")].period != "2019"
    assert ms[(3000, "人")].period != "2019"


def test_a_figure_in_brackets_leaves_no_bracket_in_the_indicators():
    """西藏地区生产总值(2392.67亿元)同比增长9.5%: the level in brackets, then its change."""
    _res, ms = _build("2023年，西藏地区生产总值(2392.67亿元)同比增长9.5%。全县粮食产量（52.3万吨）比上年增长2.1%。",
                      "2024-02-01")
    assert ms[(239267000000, "元")].indicator == "地区生产总值"
    assert ms[(9.5, "%")].indicator == "地区生产总值同比增长"
    assert ms[(9.5, "%")].kind == "change"
    assert ms[(523000, "吨")].indicator == "粮食产量"


def test_a_clause_of_time_and_status_only_measures_the_figure_before():
    """城镇新增就业1105万人，预计全年将超过1200万人 / 每年超过900万人，2006年达1184万人: the same
    measure as a forecast or at another time, not a bare 人数; a mark passed before another
    time is a figure of its own."""
    _res, ms = _build("今年1至11月，全国城镇新增就业1105万人，预计全年将超过1200万人。", "2007-12-21")
    assert ms[(12000000, "人")].indicator == "城镇新增就业"
    assert ms[(12000000, "人")].status == "forecast"
    _res, ms = _build("2003年以来，我国城镇新增就业每年超过900万人，2006年达1184万人。", "2007-12-21")
    assert ms[(9000000, "人")].indicator == "城镇新增就业"
    assert ms[(11840000, "人")].indicator == "城镇新增就业"
    assert ms[(11840000, "人")].period == "2006"
    # a mark passed right before the amount reached is still no figure of its own
    _res, ms = _build("全年我省GDP突破6000亿元，达6465亿元。", "2024-01-20")
    assert (600000000000, "元") not in ms


def test_targets_after_an_ascii_colon():
    """明年就业工作目标:城镇新增就业1000万人,城镇登记失业率控制在4.5%以内: targets, as after 目标："""
    _res, ms = _build("劳动保障部昨日还公布了明年就业再就业工作目标:城镇新增就业1000万人,"
                      "城镇登记失业率控制在4.5%以内。", "2007-12-21")
    assert ms[(10000000, "人")].status == "target" and ms[(10000000, "人")].period == "2008"
    assert ms[(4.5, "%")].status == "target"


def test_an_amount_per_unit_of_area_written_before_it():
    """全国夏粮单产每公顷4582公斤，比上年增加94公斤: a yield per hectare, in 公斤/公顷; its change
    is the yield's."""
    _res, ms = _build("2011年，全国夏粮单产每公顷4582公斤，比上年增加94公斤，提高2.1%。", "2011-07-12")
    assert ms[(4582, "公斤/公顷")].indicator == "夏粮单产"
    assert ms[(94, "公斤")].indicator.startswith("夏粮单产") and ms[(94, "公斤")].kind == "change"


def test_a_level_closed_by_a_change_verb_counts_the_change():
    """夏杂粮面积增加约73千公顷, 夏收春小麦产量减产约15万多吨: the amounts are changes of a level."""
    _res, ms = _build("2011年，夏杂粮面积增加约73千公顷，增长1.5%；夏收春小麦产量减产约15万多吨。", "2011-07-12")
    assert ms[(73000, "公顷")].kind == "change"
    assert ms[(150000, "吨")].kind == "change"
    # a verb opening the indicator names what was done: a level
    _res, ms = _build("全县今年增加就业岗位3000个。", "2011-07-12")
    assert ms[(3000, "个")].kind == "level"


def test_the_amount_done_beyond_a_plan_drops_the_plan_word():
    """全年计划造林面积3万亩，超额完成3.6万亩: the plan is a target, the amount done a result of
    造林面积."""
    _res, ms = _build("全年计划造林面积3万亩，超额完成3.6万亩。", "2024-03-20")
    assert ms[(30000, "亩")].status == "target"
    assert ms[(36000, "亩")].status is None and ms[(36000, "亩")].indicator == "造林面积"


def test_a_part_sharing_the_whole_s_value_stays_a_fact_of_its_own():
    """全国居民消费价格同比下降0.2%。其中，城市下降0.2%，农村下降0.1%: the cities' change equals
    the whole's, and is still a fact of its own; a part after a difference in points still finds
    the change in % before it."""
    _res, ms = _build("2021年2月份，全国居民消费价格同比下降0.2%。其中，城市下降0.2%，农村下降0.1%。", "2021-03-10")
    got = sorted(m.indicator for m in _res.metrics if m.value == 0.2 and m.unit == "%")
    assert got == sorted(["居民消费价格同比下降", "城市居民消费价格同比下降"])  # (the basis goes with the part: stats41)
    _res, ms = _build("从环比看，6月四川居民消费价格环比下降0.2%，降幅比上月扩大0.1个百分点。其中，城市下降0.1%，"
                      "农村下降0.2%。", "2023-07-11")
    assert ms[(0.1, "%")].indicator == "城市居民消费价格环比下降"


def test_a_rate_named_after_its_basis_is_the_level_s_rate():
    """CPI同比上涨1.2%，同比涨幅较1月收窄2.8个百分点: the change of the growth rate of the CPI."""
    _res, ms = _build("2月份，全市居民消费价格总水平同比上涨1.2%，同比涨幅较1月收窄2.8个百分点。", "2017-03-15")
    assert ms[(2.8, "个百分点")].indicator == "居民消费价格总水平同比涨幅收窄"


def test_a_national_indicator_in_a_wire_from_beijing_is_china_s():
    """新华社北京3月14日电 …今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人
    左右: GDP is the country's (国内生产总值), and so are the targets after it, not Beijing's."""
    res, ms = _build("新华社北京3月14日电 报告指出，今年发展主要预期目标是：国内生产总值增长5%左右；"
                     "城镇新增就业1200万人左右，城镇调查失业率5.5%左右。", "2023-03-15")
    for key in ((5, "%"), (12000000, "人"), (5.5, "%")):
        assert res.entities[ms[key].subject].name == "中国", key
        assert ms[key].status == "target"
    # a province's own figure keeps its province
    res, ms = _build("江西省统计局发布数据，全省地区生产总值增长4.1%。", "2024-01-20")
    assert res.entities[ms[(4.1, "%")].subject].name == "江西省"


def test_an_enumerator_and_the_coming_years_leave_the_indicator():
    """一是今后五年国内生产总值年均增长7.5%: 一是 numbers the point, 今后五年 is the time."""
    _res, ms = _build("他简要说明了其中两个方面的重要目标：一是今后五年国内生产总值年均增长7.5%。", "2006-03-06")
    assert ms[(7.5, "%")].indicator == "国内生产总值年均增长"
    assert ms[(7.5, "%")].period == "2006/2010"


def test_a_percentage_of_a_target_names_the_clause_before():
    """“十一五”规划提出的2006年~2010年单位国内生产总值能耗降低20%左右的目标: the target is of the
    energy intensity, not a thing called 目标; 低于5.5%的预期控制目标 stays the target itself."""
    _res, ms = _build("这与“十一五”规划提出的2006年~2010年单位国内生产总值能耗降低20%左右的目标是一脉相承的。",
                      "2006-03-06")
    assert ms[(20, "%")].indicator == "单位国内生产总值能耗降低"
    assert ms[(20, "%")].status == "target"
    _res, ms = _build("全市城镇调查失业率5.2%，低于5.5%的预期控制目标。", "2023-02-20")
    assert ms[(5.5, "%")].status == "target"


def test_a_breakdown_in_a_closed_aside_breaks_down_nothing_after_it():
    """本年度计划开工项目255项(其中1-10月份计划新开工223项),目前实际已开工206项: 206 counts the
    projects started, no part of the planned ones; parts in brackets after 其中 still are."""
    _res, ms = _build("本年度计划开工项目255项(其中1-10月份计划新开工223项),目前实际已开工206项。", "2023-11-15")
    assert "计划" not in ms[(206, "项")].indicator
    _res, ms = _build("2021年,我县重点工程项目共30项,其中:建设项目27项(省级6项、市级5项、县级16项),"
                      "前期项目3项(市级2项、县级1项)。", "2022-01-21")
    assert ms[(2, "项")].indicator == "市级前期项目"


def test_a_flow_after_a_year_end_sentence_is_the_year_s():
    """2014年末，全市牛存栏91.4万头；生猪出栏241.2万头，同比增长18.4%: the stock is the year end's,
    the flow counted after it the year's; a year end in the flow's own sentence stays."""
    _res, ms = _build("2014年末，全市牛存栏91.4万头；生猪存栏180.5万头；生猪出栏241.2万头，同比增长18.4%；"
                      "肉类总产量达到35.9万吨。", "2015-06-04")
    assert ms[(914000, "头")].period == "2014-12-31"
    assert ms[(1805000, "头")].period == "2014-12-31"
    assert ms[(2412000, "头")].period == "2014"
    assert ms[(359000, "吨")].period == "2014"


def test_a_short_point_after_a_change_verb_is_a_percentage_point():
    """全市PMI为50.2%，环比上升0.3个点: the change of a rate in percentage points (个点, short for
    个百分点); 3个点位 and 设立5个点 count places."""
    _res, ms = _build("10月，全市制造业PMI为50.2%，环比上升0.3个点。", "2023-11-15")
    assert ms[(0.3, "个百分点")].kind == "change"
    _res, ms = _build("全县新增监测点位，共设立5个点，增加了3个点位。", "2023-11-15")
    assert (5, "个百分点") not in ms and (3, "个百分点") not in ms
