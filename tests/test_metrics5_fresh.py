"""Figures in shapes read on fresh provincial tourism and statistics releases (Fujian holiday
tourism, Jiangsu and Hebei statistics): the days off of a holiday, the province's 全省 in a story
placed in one of its cities that never names the province, the scope of clauses after a
semicolon.  Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import find_periods, resolve


def _build(text: str, date: str | None):
    """The whole pipeline over one text with a publication date from its metadata."""
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return res, {(m.value, m.unit): m for m in res.metrics}


def _name(res, key):
    return res.entities[key].name if key in res.entities else None


def test_the_days_off_of_a_holiday_are_its_month_not_its_day():
    """国庆假期, 五一小长假期间, 2019年国庆黄金周: a stretch of days off is the holiday's month."""
    cases = {"今年国庆假期": ("2018-10-08", "2018-10"), "五一小长假期间": ("2023-05-06", "2023-05"),
             "2019年国庆黄金周": ("2020-01-10", "2019-10"), "国庆节": ("2020-10-02", "2020-10-01"),
             "国庆前夕": ("2011-10-02", "2011-09")}
    for words, (ref, iso) in cases.items():
        found = find_periods(words + "，全省接待游客")
        assert [w for _a, _b, w in found] == [words]
        assert resolve(words, ref) == iso


def test_a_holiday_without_a_known_year_has_no_period():
    res, ms = _build("今年国庆假期，全省累计接待游客3161.1万人次，同比增长20.3%。", None)
    assert ms[(31611000, "人次")].period is None
    assert ms[(31611000, "人次")].period_text == "今年国庆假期"


def test_the_holiday_is_the_time_not_the_day_the_reporter_was_told():
    """7日，记者从省文旅厅获悉，今年国庆假期，…: the figures are the holiday's."""
    res, ms = _build("福建旅游持续升温\n7日，记者从省文旅厅获悉，今年国庆假期，福建省累计接待游客3161.1万人次，"
                     "同比增长20.3%。", "2018-10-08")
    assert ms[(31611000, "人次")].period == "2018-10"
    assert ms[(20.3, "%")].period == "2018-10"


def test_the_province_of_a_city_story_is_what_quan_sheng_means_without_its_name():
    """A story placed in 漳州市 that never names Fujian: 全省 is the province that holds the city,
    and the clause after the semicolon is the province's too."""
    res, ms = _build("漳州旅游持续升温\n今年国庆假期，漳州市累计接待游客512.3万人次。"
                     "全省累计接待游客3161.1万人次，同比增长20.3%；累计实现旅游收入252.4亿元，同比增长31.0%。",
                     "2018-10-08")
    assert _name(res, ms[(5123000, "人次")].subject) == "漳州市"
    assert _name(res, ms[(31611000, "人次")].subject) == "福建省"
    assert _name(res, ms[(25240000000, "元")].subject) == "福建省"
    assert _name(res, ms[(31.0, "%")].subject) == "福建省"


def test_a_clause_after_a_semicolon_names_its_own_place():
    """全省…；漳州市…: a place named in the later clause is its subject, not the earlier scope."""
    res, ms = _build("漳州旅游持续升温\n今年国庆假期，全省累计接待游客3161.1万人次；"
                     "漳州市累计接待游客512.3万人次，同比增长15.2%。", "2018-10-08")
    assert _name(res, ms[(5123000, "人次")].subject) == "漳州市"


def _figures(text: str, date: str = "2024-11-12"):
    """The metrics stage alone over one city article (the test_metrics document)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_metrics_fresh import _run
    return _run(text, date=date)


def test_parallel_whole_indicators_before_fenbie_each_keep_their_name():
    """规模以上工业增加值、全部工业开票销售、工业用电量分别增长…: no head is shared; each item is
    its own indicator with the verb."""
    ms = _figures("前三季度，全市规模以上工业增加值、全部工业开票销售、工业用电量分别增长10.1%、13.4%和27.6%。")
    assert ms[(10.1, "%")].indicator == "规模以上工业增加值增长"
    assert ms[(13.4, "%")].indicator == "全部工业开票销售增长"
    assert ms[(27.6, "%")].indicator == "工业用电量增长"
    assert ms[(27.6, "%")].period == "2024-01/2024-09"


def test_a_shared_head_is_still_given_to_short_items():
    ms = _figures("1至10月，全市基础设施、制造业投资分别增长9.4%、9.1%。")
    assert ms[(9.4, "%")].indicator == "基础设施投资增长"
    assert ms[(9.1, "%")].indicator == "制造业投资增长"


def test_changes_measured_comparably_pair_with_the_levels_before_them():
    """…接待游客381.5万人次，游客旅游总花费31.3亿元，按可比口径分别比上年同期增长5%和13%: the
    k-th change is the k-th level's; how it is measured is no part of the indicator."""
    ms = _figures("今年国庆假期，全市累计接待游客381.5万人次，游客旅游总花费31.3亿元，"
                  "按可比口径分别比上年同期增长5%和13%。", date="2024-10-08")
    assert ms[(5, "%")].indicator == "累计接待游客比上年同期增长"
    assert ms[(13, "%")].indicator == "游客旅游总花费比上年同期增长"
    assert ms[(13, "%")].period == "2024-10"


def test_a_multiple_of_an_earlier_year_is_the_later_years_figure():
    """2016年，…地区生产总值189亿元，是2011年的1.74倍: 2011 is the multiple's base, 2016 its time."""
    ms = _figures("初步统计，2016年，全县实现地区生产总值189亿元，是2011年的1.74倍；"
                  "固定资产投资207亿元，是2011年的2.7倍。", date="2016-12-16")
    assert ms[(1.74, "倍")].period == "2016"
    assert ms[(2.7, "倍")].period == "2016"
    assert ms[(1.74, "倍")].indicator == "地区生产总值"


def test_an_average_annual_change_up_to_a_plans_end_spans_the_plan():
    """预计十三五末，…400亿元，年均增长6.2%: the level is the plan's last year, the average annual
    growth is over its five years; 可比年均增长 is a change of the level before it too."""
    ms = _figures("预计十三五末，全市地区生产总值突破400亿元，年均增长6.2%；固定资产投资250.3亿元，"
                  "可比年均增长10.3%。", date="2020-12-23")
    assert ms[(40000000000, "元")].period == "2020"
    assert ms[(6.2, "%")].period == "2016/2020"
    assert ms[(10.3, "%")].period == "2016/2020"
    assert ms[(10.3, "%")].indicator == "固定资产投资可比年均增长"


def test_an_average_annual_change_without_a_plan_keeps_its_own_span():
    """近三年年均增长 names its own years; only a plan's name widens a single year to the plan."""
    ms = _figures("2023年，全市一般公共预算收入56.3亿元，近三年年均增长8.1%。", date="2024-01-20")
    assert ms[(5630000000, "元")].period == "2023"
    assert ms[(8.1, "%")].period == "2021/2023"


def test_a_bureau_giving_the_news_is_its_source_not_the_subject():
    """国家统计局消息：2013年河北省粮食播种面积…: the figures are the province's."""
    res, ms = _build("河北粮食总产十连增\n国家统计局消息：2013年河北省粮食播种面积9473.81万亩，"
                     "比上年增加20.25万亩，总产673亿斤。", "2013-12-13")
    assert _name(res, ms[(94738100, "亩")].subject) == "河北省"
    assert _name(res, ms[(67300000000, "斤")].subject) == "河北省"


def test_the_spring_festival_is_the_month_of_its_lunar_new_year():
    """春节假期 of 2023 fell in January, of 2019 in February; the year must be known."""
    assert resolve("春节假期", "2023-01-29") == "2023-01"
    assert resolve("春节假日期间", "2019-02-11") == "2019-02"
    assert resolve("2019年春节", "2020-03-01") == "2019-02"
    assert resolve("春节前夕", "2024-02-20") == "2024-02"
    assert resolve("春节假期", None) is None


def test_the_spring_festival_of_a_review_is_the_year_the_review_names():
    """2023年…春节期间 in a review published in January 2024 (before 2024's festival): the
    festival of the year the article speaks of, 2023's in January, not the coming one."""
    ms = _figures("2023年，全市旅游市场持续回暖。春节期间，全市接待游客120.5万人次。", date="2024-01-15")
    assert ms[(1205000, "人次")].period == "2023-01"
    assert resolve("今年春节期间", "2023-12-10") == "2023-01"


def test_holiday_figures_take_the_festival_not_the_day_of_the_briefing():
    """昨日下午，…召开春节假日旅游情况通报会。据统计，全省共接待游客…: the figures are the holiday's,
    not the day of the briefing."""
    res, ms = _build("春节假日湖南旅游收入超210亿\n昨日下午，湖南省文化和旅游厅召开春节假日旅游情况通报会。"
                     "据统计，全省共接待游客3074.56万人次，同比增长12.99%。", "2019-02-11")
    assert ms[(30745600, "人次")].period == "2019-02"
    assert ms[(12.99, "%")].period == "2019-02"
    assert _name(res, ms[(30745600, "人次")].subject) == "湖南省"


def test_a_briefing_day_alone_still_dates_the_figures():
    """A sentence whose only time is the day of the news keeps it for the figures after it."""
    ms = _figures("10日，市统计局召开新闻发布会。全市规模以上工业企业达到1250家。", date="2024-11-12")
    assert ms[(1250, "家")].period == "2024-11-10"


def test_each_item_of_a_list_of_places_with_figures_is_its_places():
    """依次为：长沙市接待371.54万人次、衡阳市接待340.1万人次…: in a province's story each figure is
    the city opening its item."""
    res, ms = _build("春节长假旅游进账176亿\n春节假日期间，湖南省接待人次在200万以上的地区依次为：长沙市接待371.54万人次、"
                     "衡阳市接待340.1万人次、湘潭市接待326.52万人次。", "2018-02-22")
    assert _name(res, ms[(3715400, "人次")].subject) == "长沙市"
    assert _name(res, ms[(3401000, "人次")].subject) == "衡阳市"
    assert _name(res, ms[(3265200, "人次")].subject) == "湘潭市"
    assert ms[(3265200, "人次")].period == "2018-02"


def test_places_counted_together_are_no_list_of_figures():
    """安新、容城、雄县3县: the count is of the three, not the last one's."""
    res, ms = _build("保定市农田建设\n今年，安新、容城、雄县3县共建成高标准农田12万亩。", "2023-11-10")
    assert _name(res, ms[(120000, "亩")].subject) == "保定市"
    assert _name(res, ms[(3, "个")].subject) == "保定市"


def test_a_breakdown_after_qizhong_is_about_the_whole_just_counted():
    """据厦门海关统计，…福建省外贸进出口9314.4亿元…。其中，出口…；进口…: the parts are the
    province's, whatever place the customs office is named after."""
    res, ms = _build("前三季度福建外贸进出口\n据厦门海关统计，前三季度福建省外贸进出口9314.4亿元，同比增长8.3%。"
                     "其中，出口5670.1亿元，增长7.3%；进口3644.3亿元，增长10%。", "2023-10-25")
    for key in ((931440000000, "元"), (567010000000, "元"), (7.3, "%"), (364430000000, "元"), (10, "%")):
        assert _name(res, ms[key].subject) == "福建省", key
    assert ms[(364430000000, "元")].indicator == "进口"


def test_a_multiple_of_last_years_same_period_is_of_the_level_before_it():
    """到位资金11.91亿元，完成工作任务的79.4%，是去年同期的18倍: the multiple is the funds', in
    this year's months; the 开工率 after it is this year's too."""
    ms = _figures("1-10月，全县到位资金11.91亿元，完成工作任务的79.4%，是去年同期的18倍，新开工项目36个，"
                  "项目开工率47.4%。", date="2011-11-20")
    assert ms[(18, "倍")].indicator == "到位资金"
    assert ms[(18, "倍")].period == "2011-01/2011-10"
    assert ms[(47.4, "%")].period == "2011-01/2011-10"


def test_urban_and_rural_incomes_split_into_their_two_items():
    """城乡居民人均可支配收入分别增长7%和8%: 城乡 stands for 城镇 and 农村, in that order."""
    ms = _figures("2024年，全市城乡居民人均可支配收入分别增长7%和8%。", date="2024-01-10")
    assert ms[(7, "%")].indicator == "城镇居民人均可支配收入增长"
    assert ms[(8, "%")].indicator == "农村居民人均可支配收入增长"


def test_quan_xian_in_a_story_placed_in_its_city_is_the_county_just_named():
    """邯郸日报 … 魏县42个重点项目…。全县新开工项目18个: the paper places the story in the city,
    but 全县 is the county the sentences before it name."""
    res, ms = _build("邯郸日报 2023年11月15日 星期三\n魏县重点项目建设提速\n本报讯（记者 张华）1至10月，"
                     "魏县42个重点项目完成投资86.5亿元，占年度计划的91.2%。全县新开工项目18个。", None)
    assert _name(res, ms[(18, "个")].subject) == "魏县"
    assert _name(res, ms[(8650000000, "元")].subject) == "魏县"


TABLE = ("某市2023年主要经济指标\n指标 绝对值 增速\n地区生产总值（亿） 2856.3 5.2%\n"
         "一般公共预算收入(亿元) 186.4 6.1%\n粮食产量（万吨） 56.3 1.2%\n")


def test_table_rows_count_their_figures_in_the_labels_unit():
    """A table written as lines: 地区生产总值（亿） 2856.3 is 2856.3亿元 (tables write 亿 for 亿元),
    56.3 under （万吨） is 563000 吨; the label without its unit is the indicator."""
    from kg.stages.numbers import find_quantities
    got = {(q.value, q.unit) for q in find_quantities(TABLE)}
    assert {(285630000000, "元"), (18640000000, "元"), (563000, "吨")} <= got
    ms = _figures(TABLE, date="2024-02-01")
    assert ms[(285630000000, "元")].indicator == "地区生产总值"
    assert ms[(563000, "吨")].indicator == "粮食产量"


def test_a_percentage_column_is_named_by_the_header():
    ms = _figures(TABLE, date="2024-02-01")
    assert ms[(5.2, "%")].indicator == "地区生产总值增速"
    assert ms[(5.2, "%")].kind == "change"
    assert ms[(1.2, "%")].indicator == "粮食产量增速"


def test_a_bracket_in_prose_is_no_table_unit():
    """全县建设项目（个） is a row only when a bare number follows on its line; prose keeps its
    own figures (no number read twice, none invented)."""
    from kg.stages.numbers import find_quantities
    text = "全县新建项目（含续建）12个，总投资32.6亿元。\n说明（注）：数据为快报数。"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "个"), (3260000000, "元")]


def test_per_head_per_mu_and_per_household_keep_their_jun():
    """人均/亩均/户均 are part of the indicator; a 均 after it (均超过, all of them) is not."""
    ms = _figures("全县粮食亩均产量达到520公斤，户均增收3000元。全市人均粮食占有量一直稳定在470公斤左右。",
                  date="2023-12-01")
    assert ms[(520, "公斤")].indicator == "粮食亩均产量"
    assert ms[(3000, "元")].indicator == "户均增收"
    assert ms[(470, "公斤")].indicator == "人均粮食占有量"


def test_the_days_a_figure_was_counted_over_are_no_figure():
    """黄金周…23个旅游景区7天接待游客507.46万人次; 国庆7天假期: the days are the stretch, not a count."""
    ms = _figures("黄金周全市重点监测的23个旅游景区7天接待游客507.46万人次，同比增长15.1%。"
                  "国庆7天假期，南铁累计发送旅客979万人次。", date="2013-10-08")
    assert (7, "天") not in ms
    assert ms[(5074600, "人次")].indicator == "接待游客"
    assert (23, "个") in ms and (9790000, "人次") in ms


def test_a_list_closed_by_deng_before_fenbie_is_no_list_of_places():
    """古田会议会址、…、武夷山等景区接待游客增速分别为35.6%、…: the last item opening with a place
    does not make the figures that place's."""
    res, ms = _build("福建国庆假期旅游\n今年国庆假期，福建省重点景区累计接待游客698.69万人次。其中，三坊七巷、"
                     "清源山、武夷山等景区接待游客增速分别为35.6%、32.1%和10.8%。", "2018-10-08")
    assert _name(res, ms[(35.6, "%")].subject) == "福建省"  # (the k-th item's own place is 分别's rule)
    assert _name(res, ms[(10.8, "%")].subject) != _name(res, ms[(35.6, "%")].subject)


def test_quan_shi_after_a_city_named_by_its_short_name_is_that_city():
    """春节假日长沙实现旅游收入…。全市…主要景区共接待游客253万人次 in a province's story: 长沙市."""
    res, ms = _build("春节长假旅游进账176亿\n春节假日期间，湖南省共接待游客2720.99万人次。据统计，春节假日长沙实现旅游收入"
                     "34.81亿元，同比增长11.46%。全市列入统计监测范围的主要景区共接待游客253万人次。", "2018-02-22")
    assert _name(res, ms[(2530000, "人次")].subject) == "长沙市"
    assert _name(res, ms[(27209900, "人次")].subject) == "湖南省"
