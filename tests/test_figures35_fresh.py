"""Round 35 (figures35): fresh government texts — city and county fiscal reports (上划中央收入,
完成年初预算36.7%), prefecture livestock news ranked in the province (全省排位第三), the national
air-quality bulletin (a place carried over a semicolon, 339个…城市平均…) and a region's output
changes listed with 分别."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _metrics(text: str):
    doc = _FULL(text_doc(text))
    name = lambda m: doc.entities[m.subject].name if m.subject in doc.entities else None
    return [(name(m), m.indicator, m.value, m.kind) for m in doc.metrics]


def test_revenue_passed_up_to_the_centre_is_the_citys():
    """上划中央收入完成37.78亿元 in 常德's fiscal report: revenue collected in the city and passed up
    to the centre — 中央 names where it goes, not the place the figure is about (never China)."""
    got = _metrics("常德市财政局 元至5月全市财政收支情况\n(一)收入情况:元至5月,全市累计完成一般公共预算收入"
                   "126.05亿元,同比增加2.25亿元,增长1.82%。其中:地方财政收入完成80.18亿元,增加2.79亿元,"
                   "增长3.6%;上划中央收入完成37.78亿元,减少0.46亿元,负增长1.21%;上划省级收入完成8.09亿元,"
                   "减少766万元,负增长0.94%.")
    central = [g for g in got if g[1].startswith("上划中央收入")]
    assert len(central) == 3 and all(g[0] == "常德市" for g in central)
    assert all(g[0] != "中国" for g in got)


def test_a_rank_in_the_province_is_no_subject_of_the_figures_after_it():
    """大理州: …全州肉类总产量20.37万吨,同比增长10.95%,全省排位第三;生牛奶产量15万吨…: the
    province is where the prefecture ranks (排位), and the provincial survey team only the source
    of the prefecture's (全州) figures — every figure is 大理's, none Yunnan's."""
    got = _metrics("上半年大理州畜牧业生产稳步增长\n今年上半年,大理白族自治州畜牧业生产稳步增长。"
                   "据国家统计局云南调查总队核定数据显示:上半年全州肉类总产量20.37万吨,同比增长10.95%,"
                   "全省排位第三;生牛奶产量15万吨,同比增长5.81%,产量居全省第一。\n"
                   "牛羊数量增长较快。二季度末牛存栏80.03万头,同比增长10.51%,全省排位第四;"
                   "上半年牛累计出栏18.86万头,同比增长7.62%,全省排位第三。")
    by_value = {g[2]: g for g in got}
    for v in (203700, 10.95, 150000, 5.81, 800300, 188600, 7.62):
        assert by_value[v][0] == "大理白族自治州", by_value[v]
    assert all(g[0] != "云南省" for g in got)


def test_a_place_opening_the_clause_before_a_semicolon_keeps_its_figures():
    """北京市优良天数比例为77.9%,同比上升9.4个百分点;PM2.5浓度为31微克/立方米: the clause after the
    semicolon is Beijing's as the comma clauses are, not the nation's of the bulletin."""
    got = _metrics("全国城市空气质量优良天数比例达84.6%\n生态环境部22日通报今年上半年全国环境空气质量状况。"
                   "北京市优良天数比例为77.9%,同比上升9.4个百分点;PM2.5浓度为31微克/立方米,同比下降24.4%。\n"
                   "长三角地区41个城市平均优良天数比例为79.1%,同比下降5.4个百分点;PM2.5浓度为35微克/立方米,"
                   "同比上升2.9%。")
    by_value = {g[2]: g for g in got}
    assert by_value[31][0] == "北京市" and by_value[24.4][0] == "北京市"
    assert by_value[35][0] == by_value[79.1][0] and by_value[35][0] != "中国"


def test_cities_counted_before_their_average_keep_a_whole_noun():
    """339个地级及以上城市平均空气质量优良天数比例为84.6%: 平均 opens the measure of the cities
    counted — the count is of 地级及以上城市, never of a cut 城市平."""
    got = _metrics("空气质量\n生态环境部通报:全国339个地级及以上城市平均空气质量优良天数比例为84.6%,"
                   "同比上升0.3个百分点。")
    count = [g for g in got if g[2] == 339]
    assert count and count[0][1] == "地级及以上城市"
    assert all(not g[1].endswith("平") for g in got)


def test_two_bare_items_before_fenbie_each_change_by_their_figure():
    """其中,牛肉、羊肉分别增长9.3%和11.2%: two products with no shared head — beef grows 9.3%,
    mutton 11.2% (never both mutton's)."""
    got = _metrics("内蒙古前三季度经济运行\n前三季度,全区猪牛羊禽肉产量190.0万吨,同比增长6.2%。"
                   "其中,牛肉、羊肉分别增长9.3%和11.2%。牛奶产量461.3万吨,增长6.8%。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[9.3] == "牛肉增长" and by_value[11.2] == "羊肉增长"


def test_share_of_the_budget_done_written_without_de():
    """全市一般公共预算支出1025.5亿元,完成年初预算36.7%,快于序时进度3.4个百分点: the share of the
    year's budget the spending has done, as with 完成年初预算的36.7% — not a bare 预算 level."""
    got = _metrics("广州市财政局 2024年1-4月财政收支情况\n1-4月,全市一般公共预算收入700.4亿元,增长1.9%。"
                   "全市一般公共预算支出1025.5亿元,完成年初预算36.7%,快于序时进度3.4个百分点,下降4%。")
    by_value = {g[2]: g for g in got}
    assert by_value[36.7][1:] == ("一般公共预算支出完成年初预算", 36.7, "share")
    assert by_value[3.4][1] != "预算快于序时进度"


def test_levels_listed_before_one_noun_stay_one_indicator():
    """连南: 全县重点项目50个…其中省、市重点项目11个: 省、市 are the levels of one kind of project
    (provincial and city key projects), no list whose last item is the indicator (市重点项目)."""
    got = _metrics("连南瑶族自治县重点项目建设情况\n一、总体进展情况\n全县重点项目50个,总投资178.7亿元,"
                   "年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.25%。其中省、市重点项目11个,"
                   "年度投资计划5.71亿元,1-5月完成投资2.13亿元,完成率37.3%。")
    by_value = {g[2]: g for g in got}
    assert by_value[11][1] == "省、市重点项目"


def test_a_second_target_after_a_share_done_is_the_same_levels():
    """德阳: 全市城镇新增就业50801人…,完成省民生工程目标任务的130.26%,市民生工程目标任务的127%: the
    city's target is a second share of the same new jobs done, not a level called 市民生工程目标任务."""
    got = _metrics("我市城镇新增就业再创新高\n2021年,全市城镇新增就业50801人,与去年同期相比增长20.61%,"
                   "比2019年增长12.15%,完成省民生工程目标任务的130.26%,市民生工程目标任务的127%;"
                   "失业人员再就业12089人,完成目标任务的157% 。")
    by_value = {g[2]: g for g in got}
    assert by_value[127][1:] == ("城镇新增就业完成市民生工程目标任务", 127, "share")
    assert by_value[130.26][1] == "城镇新增就业完成省民生工程目标任务"


def test_goods_listed_before_their_class_keep_their_own_output():
    """国家统计局: 新能源汽车、太阳能电池、移动通信基站设备等绿色智能产品产量同比分别增长108.4%、35.6%、
    19.3%: each product's output grows (新能源汽车产量同比增长), the class after 等 no part of it."""
    got = _metrics("10月份国民经济保持恢复态势\n1-10月份,全国规模以上工业增加值同比增长4.0%。分产品看,新能源汽车、"
                   "太阳能电池、移动通信基站设备等绿色智能产品产量同比分别增长108.4%、35.6%、19.3%。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[108.4] == "新能源汽车产量同比增长"
    assert by_value[35.6] == "太阳能电池产量同比增长"
    assert by_value[19.3] == "移动通信基站设备产量同比增长"


def test_a_yardstick_after_a_rates_fall_compares_the_rate():
    """德阳: 城镇登记失业率为3.36%,…比2019年降低0.33个百分点,低于省控线0.84个百分点,低于市控线0.64个
    百分点: the control lines measure the unemployment rate itself, not its fall (never 降低低于省控线)."""
    got = _metrics("我市城镇新增就业再创新高\n2021年,城镇登记失业率为3.36%,与去年相比降低0.09个百分点,"
                   "比2019年降低0.33个百分点,低于省控线0.84个百分点,低于市控线0.64个百分点。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[0.84] == "城镇登记失业率低于省控线"
    assert by_value[0.64] == "城镇登记失业率低于市控线"
