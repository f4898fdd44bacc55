"""Figures in shapes the dev-set does not hold, on sentences written in the style of county
statistics releases: streaks, yardstick years, 去年同期, lists of years, undated reports."""
from kg.stages.metrics import make_metrics

from test_metrics import make_doc


def _run(text, date="2023-10-25", place="place-130400", place_name="邯郸市"):
    doc = make_doc(text, (), place=place, place_name=place_name)
    doc.date = doc.articles[0].date = date
    make_metrics()(doc)
    return doc, {m.value: m for m in doc.metrics}


def test_the_length_of_a_streak_is_no_figure_and_leaves_the_indicator_whole():
    text = "该县连续九年荣获全省粮食生产先进县称号。全县粮食产量连续5年稳定在50万吨以上。"
    doc, ms = _run(text)
    assert not any(m.unit == "年" for m in doc.metrics)
    assert ms[500000].indicator == "粮食产量" and ms[500000].unit == "吨"


def test_a_year_after_a_comparison_word_is_the_yardstick_not_the_period():
    text = "1至4月，全县社会消费品零售总额23.6亿元，增速高于2019年同期3.1个百分点。"
    _doc, ms = _run(text, date="2023-05-20")
    assert ms[3.1].period == "2023-01/2023-04"
    assert "2019" not in ms[3.1].indicator


def test_last_years_same_period_is_the_same_part_of_last_year():
    text = ("前三季度，全市一般公共预算收入56.3亿元，去年同期为48.7亿元。"
            "1至8月，全市进出口总额120.5亿元，上年同期为98.2亿元。")
    _doc, ms = _run(text)
    assert ms[5630000000].period == "2023-01/2023-09"
    assert ms[4870000000].period == "2022-01/2022-09" and ms[4870000000].period_text == "去年同期"
    assert ms[9820000000].period == "2022-01/2022-08"


def test_same_period_without_a_current_part_keeps_the_year():
    text = "全市一般公共预算收入56.3亿元，去年同期为48.7亿元。"
    _doc, ms = _run(text)
    assert ms[4870000000].period == "2022"


def test_a_list_of_years_before_respectively_names_the_indicator_before_it():
    text = "全市地区生产总值2021年、2022年分别为1200亿元和1350亿元。"
    _doc, ms = _run(text)
    assert ms[120000000000].indicator == "地区生产总值" and ms[120000000000].period == "2021"
    assert ms[135000000000].indicator == "地区生产总值" and ms[135000000000].period == "2022"


def test_an_undated_text_gives_a_yearless_period_the_nearest_stated_year():
    text = ("2021年，全县地区生产总值完成85.3亿元。2022年，全县地区生产总值完成92.1亿元。"
            "1至6月，全县完成固定资产投资30.2亿元。")
    _doc, ms = _run(text, date=None)
    assert ms[8530000000].period == "2021" and ms[9210000000].period == "2022"
    assert ms[3020000000].period == "2022-01/2022-06"


def test_a_budget_report_base_change_and_share_of_the_target():
    """比上年同期X万元增收Y万元, 为全年预算Z万元的P%: X is the level a year before (the same
    months), Y its change, P the share of the level in the target — all of the revenue."""
    text = ("2023年1-9月一般公共预算收入37,730万元，为县人民代表大会批准全县全年预算46,908万元的80.43%，"
            "比上年同期35,285万元增收2,445万元，增长6.9%。")
    _doc, ms = _run(text, date=None)
    assert ms[352850000].indicator == "一般公共预算收入" and ms[352850000].period == "2022-01/2022-09"
    assert ms[24450000].indicator == "一般公共预算收入增收" and ms[24450000].kind == "change"
    assert ms[6.9].indicator == "一般公共预算收入增长"
    assert ms[80.43].indicator.startswith("一般公共预算收入") and ms[80.43].kind == "share"
    assert ms[377300000].period == "2023-01/2023-09"


def test_a_base_after_a_plain_year_of_comparison_is_that_year():
    text = "全年接待游客560万人次，比2019年的420万人次增长33.3%。"
    _doc, ms = _run(text, date="2023-02-10")
    assert ms[4200000].period == "2019" and "游客" in ms[4200000].indicator


def test_ordinal_items_share_what_the_last_one_says():
    text = ("2015年三次产业结构比为25.72:26.84:47.44，第一产业占地区生产总值的比重上升3.82个百分点，"
            "第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。")
    _doc, ms = _run(text)
    assert ms[2.16].indicator.startswith("第二产业占地区生产总值的比重")
    assert ms[1.66].indicator.startswith("第三产业占地区生产总值的比重")


def test_first_time_is_no_part_of_the_indicator():
    text = "2024年，龙潭临港产业园产值首次突破300亿元，高新区产值达到280亿元。"
    _doc, ms = _run(text, date="2025-01-20")
    assert not ms[30000000000].indicator.endswith("首次")


def test_a_place_in_the_source_clause_is_not_the_subject():
    """据厦门海关统计，前三季度福建省外贸进出口…: the customs office's city is the source's."""
    text = "据厦门海关统计，前三季度福建省外贸进出口9314.4亿元，同比增长8.3%。"
    doc = make_doc(text, [("厦门", "Place", "厦门市"), ("福建省", "Place", "福建省")], place=None)
    doc.entities["place-厦门市"].level, doc.entities["place-福建省"].level = "city", "province"
    doc.date = doc.articles[0].date = "2023-10-20"
    make_metrics()(doc)
    ms = {m.value: m for m in doc.metrics}
    assert doc.entities[ms[931440000000].subject].name == "福建省"


def test_a_level_then_a_later_level_of_the_same_measure():
    """由1949年的A增加到2020年的B: both are levels of what is named before 由, each of its year."""
    text = "全省粮食总产量由1949年的38.75亿公斤增加到2020年的216.4亿公斤，增长了近5倍。"
    _doc, ms = _run(text, date="2021-07-27")
    assert ms[3875000000].indicator == "全省粮食总产量" or ms[3875000000].indicator == "粮食总产量"
    assert ms[3875000000].period == "1949"
    assert ms[21640000000].kind == "level" and "粮食总产量" in ms[21640000000].indicator
    assert ms[21640000000].period == "2020"


def test_a_level_held_over_a_streak_is_the_same_measure_of_the_same_time():
    text = "2020年全省粮食总产量达到216.4亿公斤，实现增产0.7亿公斤，连续8年稳定在215亿公斤以上。"
    _doc, ms = _run(text, date="2021-01-20")
    assert ms[21500000000].indicator == "粮食总产量" and ms[21500000000].period == "2020"
    assert ms[70000000].kind == "change"


def test_a_mark_passed_is_no_noun_counted():
    text = "去年全省农村居民人均可支配收入首次突破2万元大关，增长7.5%。"
    _doc, ms = _run(text, date="2023-01-15")
    assert ms[20000].indicator == "农村居民人均可支配收入"
    assert ms[7.5].indicator == "农村居民人均可支配收入增长"


def test_targets_lose_their_lead_verbs():
    text = "今年确保粮食播面稳定在5660万亩以上，产量在430亿斤以上。"
    _doc, ms = _run(text, date="2023-01-15")
    assert ms[56600000].indicator == "粮食播面"
    assert ms[43000000000].indicator == "粮食产量"  # (播面 is the grain's sown area: the yield is the grain's)


def test_a_bare_day_in_an_undated_text_takes_no_month_from_a_year_stated():
    text = "15日，2023年全省两会第三场“厅长通道”举行。全省粮食产量连续10年稳定在430亿斤以上。"
    _doc, ms = _run(text, date=None)
    assert ms[43000000000].period is None or not ms[43000000000].period.endswith("-15")


def test_a_provincial_quarter_release_with_lists_and_yardsticks():
    text = ("一季度，全省地区生产总值同比增长6.3%，分别高于上年全年和上年同期0.5个、0.2个百分点。"
            "规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8%。"
            "社会消费品零售总额、固定资产投资、出口额分别增长7.3%、6.6%、22.4%。"
            "其中，电气、计算机通信电子行业分别增长22.8%、19.3%。")
    _doc, ms = _run(text, date="2025-04-18")
    assert ms[0.5].unit == "个百分点" and ms[0.5].period == "2025-01/2025-03"
    assert ms[0.2].period == "2025-01/2025-03"
    assert ms[8.1].indicator == "规上工业增加值增长" and ms[8.1].period == "2025-01/2025-03"
    assert ms[13.8].indicator == "规上服务业营业收入增长"
    assert ms[6.6].indicator == "固定资产投资增长" and ms[22.4].indicator == "出口额增长"
    assert ms[7.3].period == "2025-01/2025-03"
    assert ms[22.8].indicator == "电气行业增长"


def test_a_list_before_a_change_verb_pairs_with_its_figures_without_respectively():
    text = ("其中，汽车制造业、农副食品加工业、计算机通信设备制造业增加值同比增长16.6%、10.5%、29.7%，"
            "增速较去年同期加快3.1个、1.1个、11.6个百分点。")
    _doc, ms = _run(text, date="2017-04-19")
    assert ms[16.6].indicator.startswith("汽车制造业增加值")
    assert ms[10.5].indicator.startswith("农副食品加工业增加值")
    assert ms[29.7].indicator.startswith("计算机通信设备制造业增加值")
    assert ms[11.6].unit == "个百分点"


def test_the_nation_after_a_comparison_word_is_a_yardstick_not_the_subject():
    text = "一季度，全省GDP同比增长7.6%，高出全国平均水平0.7个百分点。"
    doc = make_doc(text, (), place="place-420000", place_name="湖北省")
    doc.date = doc.articles[0].date = "2017-04-19"
    make_metrics()(doc)
    ms = {m.value: m for m in doc.metrics}
    assert ms[0.7].subject == "place-420000"
