"""Round 36 (figures36): statistics releases and county fiscal reports — a 分别 run whose figures
carry their own change verbs (丽水), a mark passed after 分别 (西藏), a tax office's part of the
revenue (屯溪), the budget named after 完成年初预算数 (大姚) and a numbered classification of goods
(8大类商品及服务价格指数)."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _metrics(text: str):
    doc = _FULL(text_doc(text))
    name = lambda m: doc.entities[m.subject].name if m.subject in doc.entities else None
    return [(name(m), m.indicator, m.value, m.kind, m.unit) for m in doc.metrics]


def test_each_figure_of_a_respective_run_keeps_its_own_verb():
    """采矿业，制造业，电力…业分别下降29.8%、增长6.5%和增长4.1% (丽水 monthly release): mining fell,
    manufacturing and utilities grew — never 制造业下降."""
    got = _metrics("丽水市统计局 1-5月全市经济运行情况\n5月份，全市规模以上工业增加值39.1亿元，同比增长5.7%，"
                   "分门类看，采矿业，制造业，电力、热力、燃气及水生产和供应业分别下降29.8%、增长6.5%和增长4.1%。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[29.8] == "采矿业下降"
    assert by_value[6.5] == "制造业增长"
    assert by_value[4.1].endswith("供应业增长")


def test_items_passing_marks_after_fenbie_each_get_their_figure():
    """全区地方财政收入、支出分别突破300亿元和3000亿元 (西藏 government report): revenue passed 300亿,
    spending 3000亿 — not both named 支出."""
    got = _metrics("西藏自治区政府工作报告\n这五年是西藏发展最好变化最大的五年，GDP年均增长6.3%，"
                   "全区地方财政收入、支出分别突破300亿元和3000亿元。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[3e10] == "地方财政收入"
    assert by_value[3e11].endswith("支出")


def test_a_tax_office_amount_is_its_part_of_the_revenue():
    """其中税务部门完成28684万元 … 财政部门完成32962万元 (屯溪区 revenue report): the offices' parts of
    the district's revenue, no measure named 税务部门."""
    got = _metrics("屯溪区1-6月份财政收入情况\n1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%,"
                   "同比增长10.7%,增收5939万元。其中税务部门完成28684万元,占任务数的56.4%,同比增长33.2%;"
                   "财政部门完成32962万元,占任务数的56.3%,同比下降3.6%。")
    by_value = {g[2]: g for g in got}
    assert by_value[286840000][1] == "税务部门收入" and by_value[286840000][0] == "屯溪区"
    assert by_value[329620000][1] == "财政部门收入"
    assert all(g[1] not in ("税务部门", "财政部门") for g in got)


def test_budget_named_after_a_verb_of_a_target_done():
    """完成年初预算数60999万元的40.4% (大姚县 fiscal report): the year's budget of the revenue, as
    占年初预算数 names it — not a level called just 预算数."""
    got = _metrics("大姚县财政局 2024年4月财政预算执行情况\n4月,一般公共预算收入累计完成24627万元,"
                   "完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。")
    by_value = {g[2]: g for g in got}
    assert by_value[609990000][1] == "一般公共预算收入年初预算数"
    assert by_value[40.4][1].startswith("一般公共预算收入") and by_value[40.4][1].endswith("年初预算数")
    assert all(g[1] != "预算数" for g in got)


def test_a_numbered_classification_of_goods_is_no_count():
    """从分类看,8大类商品及服务价格指数呈现“六升二降”的态势 (city CPI release): the eight classes
    the index is broken down by, no count 商品 8类; the classes' own changes stay."""
    got = _metrics("1月份我市居民消费价格指数同比上涨2.3%\n今年1月,我市CPI(居民消费价格指数)同比上涨2.3%。"
                   "从分类看,8大类商品及服务价格指数呈现“六升二降”的态势:食品烟酒类价格上涨6.0%,"
                   "衣着类价格上涨0.9%。")
    assert all(g[4] != "类" for g in got)
    assert any(g[2] == 6.0 and g[1].startswith("食品烟酒类") for g in got)


def test_a_third_fenbie_and_a_change_after_it_keep_the_listed_industries():
    """高技术产业和装备制造业增加值同比分别增长…，增速分别比规模以上工业快…，占规模以上工业增加值比重分别为
    12.1%和32.6%，比上年同期提高0.7和1.2个百分点 (national statistics release): the shares and
    their rises are the two industries' in order — past the 分别 of 增速, which lists nothing."""
    got = _metrics("上半年国民经济运行总体平稳\n上半年,高技术产业和装备制造业增加值同比分别增长10.2%和8.1%,"
                   "增速分别比规模以上工业快4.2和2.1个百分点,占规模以上工业增加值比重分别为12.1%和32.6%,"
                   "比上年同期提高0.7和1.2个百分点。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[12.1] == "高技术产业增加值占规模以上工业增加值比重"
    assert by_value[32.6] == "装备制造业增加值占规模以上工业增加值比重"
    assert by_value[0.7].startswith("高技术产业") and by_value[0.7].endswith("比上年同期提高")
    assert by_value[1.2].startswith("装备制造业")


def test_a_share_of_the_years_plan_names_the_plan():
    """1-6月累计完成投资362.32亿元,占年计划投资的64.49% (闽侯县 key projects): the share of the
    year's planned investment done — not a bare 累计完成投资占比."""
    got = _metrics("闽侯县2023年1-6月重点项目进展情况\n2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,"
                   "1-6月累计完成投资362.32亿元,占年计划投资的64.49%,其中:在建项目185项,总投资1330.5亿元,"
                   "年度计划投资327.53亿元,1-6月累计完成投资235.8亿元,占年计划投资的72%。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[64.49] == "累计完成投资占年计划投资"
    assert by_value[72] == "累计完成投资占年计划投资"


def test_central_government_funds_are_no_state_council():
    """其中,中央政府性基金收入2646亿元 (national fiscal release): 政府性 is an adjective — the
    central funds' revenue is the nation's figure, never the State Council's 性基金收入."""
    got = _metrics("1-10月财政收支情况\n1-10月累计,全国政府性基金收入26824亿元,比去年同期减少4891亿元,下降15.4%。"
                   "其中,中央政府性基金收入2646亿元,同比增加304亿元,增长13%。")
    by_value = {g[2]: g for g in got}
    assert by_value[264600000000][1] == "中央政府性基金收入"
    assert all(g[0] != "国务院" for g in got)


def test_a_pace_ahead_of_schedule_is_the_levels_progress():
    """1-4月,完成投資96.4億元,完成年度計劃投資的31.7%,低於序時進度1.6個百分點 (Guangdong county key
    projects): the points compare the investment's progress with the schedule — 投资进度低于序时进度,
    not the share of the plan compared again (投资完成年度计划投资低于序时进度)."""
    got = _metrics("2024年1-4月重點項目建設情況\n2024年,我縣安排重點項目91宗,總投資1964.4億元,年度投資計劃304億元。"
                   "1-4月,完成投資96.4億元,完成年度計劃投資的31.7%,低於序時進度1.6個百分點。")
    by_value = {g[2]: g[1] for g in got}
    assert by_value[1.6] == "投资进度低于序时进度"
    assert by_value[31.7] == "投资完成年度计划投资"
