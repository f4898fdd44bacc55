"""Figures in shapes read on fresh city statistics bulletins, county economic news, price releases
and aid news (round 24): the CPI's categories listed before 分别 share 价格 (教育文化和娱乐、交通和
通信、居住价格分别下降…).  Sentences written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-10-15"):
    return figure_table(text, date)


def test_price_categories_before_respectively_share_the_price():
    """教育文化和娱乐、交通和通信、居住、生活用品及服务价格分别下降a、b、c、d: the categories of the
    consumer price index hold 和/及 inside their names and share 价格 with the last one; each figure
    is its own category's price change (all four were read as 生活用品及服务价格下降, and 医疗保健
    lost its 价格)."""
    ms = _metrics("9月份，其他七大类价格同比三升四降。其中，教育文化和娱乐、交通和通信、居住、"
                  "生活用品及服务价格分别下降3.0%、2.8%、1.1%、0.6%。")
    assert ms[(3.0, "%")][0] == "教育文化和娱乐价格下降"
    assert ms[(2.8, "%")][0] == "交通和通信价格下降"
    assert ms[(1.1, "%")][0] == "居住价格下降"
    assert ms[(0.6, "%")][0] == "生活用品及服务价格下降"
    ms = _metrics("其中，医疗保健、其他用品和服务、衣着价格分别上涨5.5%、3.6%、2.8%。")
    assert ms[(5.5, "%")][0] == "医疗保健价格上涨"
    assert ms[(3.6, "%")][0] == "其他用品和服务价格上涨"
    assert ms[(2.8, "%")][0] == "衣着价格上涨"


def test_times_listed_after_respectively_pair_with_the_figures():
    """产值增长4.9%，分别比一季度、上半年、三季度提升10.0、5.2和0.5个百分点: the times compared with
    come after 分别 (not before it, as in 较一季度、上半年分别提高…); the k-th figure compares the growth
    before with the k-th time (the figures were read as 个百分点, and the first one was lost)."""
    ms = _metrics("2024年，全市高技术制造业产值较上年增长4.9%，分别比一季度、上半年、三季度提升10.0、5.2和0.5个百分点。")
    assert ms[(10, "个百分点")][0] == "高技术制造业产值较上年增长比一季度提升"
    assert ms[(5.2, "个百分点")][0] == "高技术制造业产值较上年增长比上半年提升"
    assert ms[(0.5, "个百分点")][0] == "高技术制造业产值较上年增长比三季度提升"


def test_a_change_verb_ending_in_a_unit_character_opens_a_list():
    """提升10.0、5.2和0.5个百分点, 回升1.2和0.8个百分点: the bare numbers listed before the unit share
    it even after a change verb that ends in a unit's character (升 of 提升 is no litre); after a
    real unit (11升、12升) each figure keeps its own."""
    from kg.stages.numbers import find_quantities
    got = [(q.value, q.unit) for q in find_quantities("增速比上月回升1.2和0.8个百分点。")]
    assert got == [(1.2, "个百分点"), (0.8, "个百分点")]
    got = [(q.value, q.unit) for q in find_quantities("分别提升10.0、5.2和0.5个百分点。")]
    assert got == [(10, "个百分点"), (5.2, "个百分点"), (0.5, "个百分点")]


def test_an_amount_per_person_and_month_keeps_both_in_its_unit():
    """城乡居民最低生活保障标准为650元/每人每月 (650元/人/月, 5000元/人·年): the amount is per person and
    per month — the unit says both (元/人·月), and 每月 is no indicator (it was read as 每月, unit
    元/人); a time that repeats the per-unit adds nothing."""
    ms = _metrics("城乡居民最低生活保障标准为650元/每人每月。")
    assert ms[(650, "元/人·月")][0] == "城乡居民最低生活保障标准"
    ms = _metrics("全县农村低保标准提高到5000元/人·年，城市低保标准为650元/人/月。")
    assert ms[(5000, "元/人·年")][0] == "农村低保标准"
    assert ms[(650, "元/人·月")][0] == "城市低保标准"
    from kg.stages.numbers import find_quantities
    assert [q.unit for q in find_quantities("补贴标准为200元/每月。")] == ["元/月"]


def test_a_scope_word_after_a_lead_word_leaves_the_indicator():
    """累计全市出口交货值达…, 当月全县规模以上工业增加值同比增长…: 累计 and 当月 open the clause before
    the scope word (全市, 全县), which says where the figure holds — neither is part of the indicator
    (累计全市出口交货值 was read); 累计完成投资 with no scope word stays as it was."""
    ms = _metrics("1-10月，累计全市出口交货值达125.6亿元，同比增长8.2%。")
    assert ms[(12560000000, "元")][0] == "出口交货值"
    assert ms[(8.2, "%")][0] == "出口交货值同比增长"
    ms = _metrics("其中，当月全县规模以上工业增加值同比增长9.9%。")
    assert ms[(9.9, "%")][0] == "规模以上工业增加值同比增长"


def test_the_regions_of_the_country_are_named_alike():
    """东部地区生产总值增长5.4%，…，东北地区增长4.8%: 东北地区 is a region of the country as 东部地区,
    中部地区 and 西部地区 are — part of its figure's indicator, never its subject (东北 was the
    subject, with the indicator 地区增长, while the other regions had none)."""
    ms = _metrics("2023年，东部地区生产总值增长5.4%，中部地区增长4.9%，西部地区增长5.5%，东北地区增长4.8%。")
    assert ms[(4.8, "%")][:2] == ("东北地区增长", None)
    assert ms[(4.9, "%")][:2] == ("中部地区增长", None)
    ms = _metrics("东北地区居民人均可支配收入增长5.1%。")
    assert ms[(5.1, "%")][:2] == ("东北地区居民人均可支配收入增长", None)


def test_a_speakers_perception_opening_the_clause_is_no_indicator():
    """我们看到中国向土耳其援助4000万元 (a spokesman's answer): 我们看到 opens the clause before the
    giver and is no part of what is counted (the indicator was 我们看到中国向土耳其援助); the figure
    reads as 中国向土耳其援助4000万元 does."""
    ms = _metrics("我们看到中国向土耳其援助4000万元。")
    assert ms[(40000000, "元")] == _metrics("中国向土耳其援助4000万元。")[(40000000, "元")]
    assert "看到" not in ms[(40000000, "元")][0]
    ms = _metrics("可以看到，全市新增就业岗位1.2万个。")
    assert ms[(12000, "个")][0] == "新增就业岗位"


def test_a_rate_noun_before_listed_times_names_the_growth_compared():
    """增速回落12.6个百分点，增幅比今年1-3月、1-4月、1-5月分别回落a、b、c (降幅比…分别收窄): a rate noun
    opens the list of times compared with; the k-th figure compares the growth rate of the level
    before with the k-th time (the figures were read as 增速回落回落, with the times lost)."""
    ms = _metrics("1-7月，全区完成社会消费品零售总额40.5亿元，同比增长4.9%，增速回落12.6个百分点，"
                  "增幅比今年1-3月、1-4月、1-5月分别回落2.3个百分点、0.4个百分点和2.7个百分点。")
    assert ms[(2.3, "个百分点")][0] == "社会消费品零售总额增幅比今年1-3月回落"
    assert ms[(0.4, "个百分点")][0] == "社会消费品零售总额增幅比1-4月回落"
    assert ms[(2.7, "个百分点")][0] == "社会消费品零售总额增幅比1-5月回落"
    ms = _metrics("全区规模以上工业增加值同比下降0.5%，降幅比今年1-3月、1-4月分别收窄6.4个百分点和7.8个百分点。")
    assert ms[(6.4, "个百分点")][0] == "规模以上工业增加值降幅比今年1-3月收窄"
    assert ms[(7.8, "个百分点")][0] == "规模以上工业增加值降幅比1-4月收窄"


def test_a_bare_verb_of_achieving_after_respectively_pairs_the_list():
    """限上批发业、零售业、住宿业、餐饮业零售额分别完成a、b、c、d (…四个行业1-7月零售额分别完成…): a bare
    完成/实现 after 分别 says each item's level, as 分别为 does — all four were read as the last
    item's (餐饮业零售额), and the list's own time (1-7月) is no part of an item's name."""
    ms = _metrics("限上批发业、零售业、住宿业、餐饮业零售额分别完成13.51亿元、52.88亿元、0.86亿元、0.73亿元。")
    assert ms[(1351000000, "元")][0] == "限上批发业零售额"
    assert ms[(5288000000, "元")][0] == "零售业零售额"
    assert ms[(73000000, "元")][0] == "餐饮业零售额"
    ms = _metrics("限上批发、零售、住宿、餐饮四个行业1-7月零售额分别完成13.51亿元、52.88亿元、0.86亿元、0.73亿元，"
                  "同比分别增长1.8%、4.6%、31.4%、34.8%。")
    assert ms[(86000000, "元")][0] == "限上住宿零售额"
    assert ms[(34.8, "%")][0] == "限上餐饮零售额同比增长"


def test_an_item_measured_already_takes_no_head_of_the_last():
    """快递业务量、业务收入分别增长44.5%和32.4%: 快递业务量 ends in a word of measure (量) and is its
    own indicator — the head of the last item is not added to it (快递业务量收入 was read)."""
    ms = _metrics("上半年，快递业务量、业务收入分别增长44.5%和32.4%。")
    assert ms[(44.5, "%")][0] == "快递业务量增长"
