"""Figures in lists, comparisons and spans, the way statistics releases and work reports write them:
`A、B分别增长a、b` (each figure its own item), `比全国高…、比全省高…` (the same thing compared
twice), `同比增长…，比1-6月加快…个百分点` (a change of a change), and the counts that are no figure
at all — the span of an average (两年平均增长), a wait (再过两个多月), the size of a ranked set
(居全市12个县第3位), the capacity in a project's name (年产10万吨…项目).  Sentences written for these
tests in the style of such texts (figures illustrative)."""
from __future__ import annotations

from kg.periods import find_periods, resolve
from test_metrics_generalise import _run


def test_respectively_gives_each_figure_its_item_with_the_shared_head():
    text = "全年基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%。"
    _doc, ms = _run(text, place=None)
    assert ms[9.4].indicator == "基础设施投资增长" and ms[9.4].kind == "change"
    assert ms[9.1].indicator == "制造业投资增长"
    assert ms[5.1].indicator == "固定资产投资增长"


def test_respectively_continues_an_ordinal_list():
    text = "今年以来，全县第一、二、三产业增加值分别增长3.1%、8.4%、7.9%。"
    _doc, ms = _run(text, place="place-130427", place_name="磁县")
    assert [ms[v].indicator for v in (3.1, 8.4, 7.9)] == ["第一产业增加值增长", "第二产业增加值增长",
                                                          "第三产业增加值增长"]
    assert ms[8.4].concept == "secondary-industry-value-added"


def test_respectively_with_a_copula_names_the_items_only():
    text = "城镇和农村居民人均可支配收入分别为38650元和16320元。"
    _doc, ms = _run(text)
    assert ms[38650].indicator == "城镇居民人均可支配收入"
    assert ms[16320].indicator == "农村居民人均可支配收入"


def test_a_list_that_does_not_match_the_figures_is_left_alone():
    """Three items, two figures: no pairing is guessed."""
    text = "煤、油、气消费量分别增长2.1%和3.4%。"
    _doc, ms = _run(text)
    assert ms[2.1].indicator != "煤消费量增长" and ms[3.4].indicator != "油消费量增长"


def test_a_comparison_continued_compares_the_same_thing():
    text = "2022年全县地区生产总值同比增长7.2%，增速比全国高1.1个百分点、比全省高0.4个百分点。"
    _doc, ms = _run(text, place="place-130427", place_name="磁县")
    # (增速 after the growth of 地区生产总值 is that growth's rate: it names what grew)
    assert ms[1.1].indicator == "地区生产总值增速比全国高"
    assert ms[0.4].indicator == "地区生产总值增速比全省高"


def test_a_change_of_a_change_names_the_level_or_the_rate():
    """同比增长14.9%，比2019年1-7月增长5.1%: both are changes of the same level; 比1-6月加快0.7个
    百分点 is a change of the growth rate itself."""
    text = ("1-7月，全市社会消费品零售总额1465.32亿元，同比增长14.9%，比2019年1-7月增长5.1%，"
            "两年平均增长2.5%。1-7月，全市规模以上工业增加值同比增长5.8%，比1-6月加快0.7个百分点。")
    _doc, ms = _run(text, date="2021-08-23")
    assert ms[14.9].indicator == "社会消费品零售总额同比增长"
    assert ms[5.1].indicator == "社会消费品零售总额增长"
    assert ms[2.5].indicator == "社会消费品零售总额两年平均增长" and ms[2.5].kind == "change"
    assert 2 not in ms  # 两年 is the span of the average, no figure
    assert ms[0.7].indicator == "规模以上工业增加值同比增长加快" and ms[0.7].kind == "change"


def test_spans_and_waits_are_no_figures_but_a_time_spent_is():
    text = ("再过两个多月，县城污水处理厂二期工程将建成投用。3年来，全县新增就业岗位1.2万个。"
            "前7个月，全县完成投资45亿元。历经5年左右的考察，公司选定了基地。")
    _doc, ms = _run(text, date="2020-04-15")
    assert 2 not in ms and 7 not in ms and 3 not in ms
    assert ms[12000].period == "2017/2019" and ms[12000].period_text == "3年来"
    assert ms[5].unit == "年" and ms[5].indicator == "考察时间"


def test_the_size_of_a_ranked_set_and_a_capacity_in_a_name_are_no_figures():
    text = ("2019年全县地区生产总值128.6亿元，居全市12个县（市、区）第3位。"
            "今年以来，全县新签约年产10万吨饲料加工项目等亿元以上项目12个，总投资56.3亿元。"
            "全县粮食总产量达到10万吨。")
    _doc, ms = _run(text, place="place-130427", place_name="磁县", date="2020-04-15")
    assert [m.unit for v, m in ms.items() if v == 12] == ["个"]
    assert ms[12].indicator == "亿元以上项目"  # the projects counted, not the 12 counties
    assert ms[100000].indicator == "粮食总产量"  # a real amount of 10万吨 is kept
    assert len([m for m in _doc.metrics if m.value == 100000]) == 1


def test_a_capacity_phrase_that_is_not_a_project_name_is_kept():
    text = "该县建成高标准农田5万亩，新增蓄水能力3万立方米。"
    _doc, ms = _run(text)
    assert ms[50000].unit == "亩" and ms[30000].unit == "立方米"


def test_year_end_words_are_a_day():
    """年末 is as of the last day of the year, like 2019年末; a text published in spring after a
    sentence about 2019 means 2019's year end."""
    assert [resolve(w, "2020-04-15") for *_s, w in find_periods("年末全县户籍人口")] == ["2020-12-31"]
    text = "2019年全县地区生产总值128.6亿元。年末全县户籍人口46.8万人。"
    _doc, ms = _run(text, place="place-130427", place_name="磁县", date="2020-04-15")
    assert ms[468000].period == "2019-12-31" and ms[468000].period_text == "年末"


def test_verbs_closing_the_clause_are_no_part_of_the_indicator():
    text = ("工业增加值突破40万亿元，外汇储备稳定在3万亿美元以上，财政赤字率控制在2.8%，"
            "常住人口城镇化率从60.2%提高到65.2%，全县一般公共预算收入完成3.2亿元。")
    _doc, ms = _run(text, place=None)
    assert ms[40000000000000].indicator == "工业增加值"
    assert ms[3000000000000].indicator == "外汇储备"
    assert ms[2.8].indicator == "财政赤字率"
    assert ms[60.2].indicator == "常住人口城镇化率" and ms[65.2].indicator == "常住人口城镇化率"
    assert ms[320000000].indicator == "一般公共预算收入"
    assert ms[320000000].concept == "general-budget-revenue"


def test_a_second_respectively_measures_the_same_items_again():
    text = ("汽车、电气、电子和电力累计增速分别为76.3%、71.9%、37.2%和36.3%，"
            "两年平均增速分别为7.3%、12.1%、5.2%和3.7%。"
            "饮料类、烟酒类商品零售分别增长68.6%和46.3%，两年分别平均增长33.9%和9.5%。")
    _doc, ms = _run(text, place="place-440000", place_name="广东省")
    assert ms[71.9].indicator == "电气累计增速" and ms[3.7].indicator == "电力两年平均增速"
    assert ms[46.3].indicator == "烟酒类商品零售增长"
    assert ms[33.9].indicator == "饮料类商品零售两年平均增长"


def test_the_time_compared_with_is_no_part_of_the_indicator():
    text = "1-2月，全省规模以上工业增加值比2019年同期增长11.1%，固定资产投资比上年同期增长46.9%。"
    _doc, ms = _run(text, place="place-440000", place_name="广东省", date="2021-03-22")
    assert ms[11.1].indicator == "规模以上工业增加值增长"
    assert ms[11.1].period == "2021-01/2021-02"  # 2019年 is the base of the change
    assert ms[46.9].indicator.startswith("固定资产投资")


def test_without_a_publication_date_a_yearless_period_takes_the_year_the_text_states():
    text = ("2021年1-2月，全省经济持续稳定恢复。1-2月，全省完成规模以上工业增加值4745.61亿元。"
            "今年以来，全省新签约项目120个。")
    _doc, ms = _run(text, place="place-440000", place_name="广东省", date=None)
    assert ms[474561000000].period == "2021-01/2021-02"
    assert ms[120].period is None and ms[120].period_text == "今年以来"  # relative: no guess


def test_parts_after_qizhong_name_the_whole_counted_before():
    text = "全县共有农业产业化龙头企业48家，其中国家级2家、省级15家、市级31家。"
    _doc, ms = _run(text, place="place-130427", place_name="磁县")
    assert ms[2].indicator == "国家级农业产业化龙头企业"
    assert ms[15].indicator == "省级农业产业化龙头企业" and ms[31].indicator == "市级农业产业化龙头企业"
    text = "全县共有农业产业化龙头企业48家。省级15家企业获得贷款贴息。"  # no 其中: left alone
    _doc, ms = _run(text, place="place-130427", place_name="磁县")
    assert ms[15].indicator != "省级农业产业化龙头企业"


def test_a_share_of_a_target_belongs_to_the_level_and_its_time():
    text = ("1-9月，全县规模以上工业总产值完成312.4亿元，同比增长9.8%，占全年目标任务的78.1%。"
            "一般公共预算收入完成9.82亿元，其中税收收入7.15亿元，税收占比72.8%。")
    _doc, ms = _run(text, place="place-130427", place_name="磁县", date="2022-10-28")
    assert ms[78.1].indicator == "规模以上工业总产值占全年目标任务" and ms[78.1].kind == "share"
    assert ms[78.1].period == "2022-01/2022-09"  # 全年 is the target's time, not the figure's
    assert ms[72.8].indicator == "税收占比" and ms[72.8].kind == "share"


def test_a_rank_is_no_count_and_a_verb_after_the_counted_noun_counts_a_part():
    text = ("1—7月，全区1133个重大项目开工1116个，完成投资675.9亿元。"
            "县（区）1—7月投资增速前三名：中宁县增长58.3%，海原县增长36.8%。"
            "银川市（不含宁东）下降0.5%。")
    _doc, ms = _run(text, [("中宁县", "Place", "中宁县"), ("海原县", "Place", "海原县"),
                           ("银川市", "Place", "银川市")], place=None, date="2021-08-30")
    assert 3 not in ms  # 前三名 ranks, it counts no one
    assert ms[1116].indicator == "开工重大项目" and ms[1133].indicator == "重大项目"
    assert ms[36.8].indicator == "增长"  # never 增长增长
    assert ms[0.5].indicator == "下降"  # the note on the place is no part of it
