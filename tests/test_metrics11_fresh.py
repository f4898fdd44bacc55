"""Figures in shapes read on fresh customs releases and monthly industry releases: trade with a
partner (中国对美出口, 我省对美国、东盟、欧盟分别进出口…), whose partner is part of what is
counted and never the subject; industry names a lead word begins (有色金属, 对口帮扶).
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None = "2023-12-12"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject)) for m in res.metrics}


def test_trade_with_one_partner_keeps_the_partner_in_the_indicator():
    """中国对美出口2.8万亿元: the exports to the US, of China (not a thing called 美出口)."""
    ms = _build("据海关统计，前三季度，中国对美出口2.8万亿元，增长4.5%。")
    assert ms[(2.8e12, "元")] == ("对美出口", "中国")
    assert ms[(4.5, "%")][0] == "对美出口增长"
    ms = _build("1-11月，福建省对美国进出口356.2亿元，增长12.3%。")
    assert ms[(35620000000, "元")] == ("对美国进出口", "福建省")


def test_a_list_of_partners_with_the_flow_after_respectively():
    """福建省对美国、东盟、欧盟分别进出口a、b、c亿元，分别同比增长x、y、z: the k-th figure is the
    trade with the k-th partner, of the province; the second 分别 measures the same trade again."""
    ms = _build("1—11月，福建省对美国、东盟、欧盟分别进出口1755.3亿、1755亿和1473.9亿元，"
                "分别同比增长16.5%、19.1%和9.8%。")
    assert ms[(175530000000, "元")] == ("对美国进出口", "福建省")
    assert ms[(175500000000, "元")] == ("对东盟进出口", "福建省")
    assert ms[(147390000000, "元")] == ("对欧盟进出口", "福建省")
    assert ms[(19.1, "%")] == ("对东盟进出口同比增长", "福建省")
    assert ms[(9.8, "%")] == ("对欧盟进出口同比增长", "福建省")


def test_a_list_of_partners_with_the_flow_before_respectively():
    """我国对东盟、欧盟、美国进出口分别为a、b、c: the flow before 分别; the partners are no subjects."""
    ms = _build("今年前三季度，我国对东盟、欧盟、美国进出口分别为3.38万亿元、3.23万亿元、2.82万亿元，"
                "同比分别增长7.7%、2.9%、2.1%。")
    assert ms[(3.38e12, "元")] == ("对东盟进出口", "中国")
    assert ms[(2.82e12, "元")] == ("对美国进出口", "中国")
    assert ms[(2.1, "%")] == ("对美国进出口同比增长", "中国")


def test_a_list_of_places_without_a_partner_mark_stays_the_places():
    """龙口、牟平的采购规模分别为a、b: places listed without 对 are each figure's subject."""
    ms = _build("烟台市龙口、牟平的采购规模分别为3.26亿元和2.63亿元。")
    assert ms[(263000000, "元")] == ("采购规模", "牟平区")


def test_a_list_written_with_the_unit_once_at_its_end():
    """1755.3亿、1755亿和1473.9亿元; 3.2万、4.1万人次: each figure of the list counts in the unit
    the last one spells out."""
    from kg.stages.numbers import find_quantities
    qs = find_quantities("分别进出口1755.3亿、1755亿和1473.9亿元，分别接待3.2万、4.1万人次。")
    assert [(q.value, q.unit) for q in qs] == [(175530000000, "元"), (175500000000, "元"),
                                               (147390000000, "元"), (32000, "人次"), (41000, "人次")]


def test_industry_names_a_lead_word_begins():
    """有色金属冶炼和压延加工业, 对口帮扶资金: 有 and 对 begin the name, they are no lead verbs."""
    ms = _build("1-5月份，全市规上工业中，有色金属冶炼和压延加工业增长25.3%。")
    assert ms[(25.3, "%")][0] == "有色金属冶炼和压延加工业增长"
    ms = _build("今年以来，全县落实对口帮扶资金3000万元。")
    assert ms[(30000000, "元")][0] == "对口帮扶资金"


def test_a_focus_word_opening_the_clause_is_no_part_of_the_indicator():
    """特别是煤炭开采和洗选业占比为95.56%: 特别是 singles the item out, it names nothing."""
    ms = _build("上半年，采矿业增加值占比达96.05%，特别是煤炭开采和洗选业占比为95.56%。")
    assert ms[(95.56, "%")][0] == "煤炭开采和洗选业占比"


def test_a_list_of_the_country_s_regions_names_each_figure():
    """东部、中部、西部和东北地区居民人均可支配收入分别增长a、b、c、d: the k-th figure is the k-th
    region's income growth; 东北, a place, is the subject of none of them."""
    ms = _build("全年东部、中部、西部和东北地区居民人均可支配收入分别增长5.1%、6.2%、6.5%和5.3%。")
    assert ms[(5.1, "%")][0] == "东部地区居民人均可支配收入增长"
    assert ms[(6.5, "%")][0] == "西部地区居民人均可支配收入增长"
    assert ms[(5.3, "%")][0] == "东北地区居民人均可支配收入增长"
    assert all(subject != "东北" for _ind, subject in ms.values())


def test_the_flows_after_the_trade_with_a_partner_keep_the_partner():
    """对东盟进出口3亿美元，其中出口1.8亿美元，进口1.2亿美元: the exports to and imports from ASEAN."""
    ms = _build("1-4月汕头市对东盟进出口3亿美元，其中出口1.8亿美元，进口1.2亿美元，分别增长32.3%和42.3%。")
    assert ms[(180000000, "美元")] == ("对东盟出口", "汕头市")
    assert ms[(120000000, "美元")] == ("对东盟进口", "汕头市")
    assert ms[(42.3, "%")][0] == "对东盟进口增长"


def test_a_province_s_foreign_trade_is_no_trade_outside_the_province():
    """福建省外贸进出口: 外 begins 外贸 (the province's foreign trade), not 省外; 广东省内电源 stays."""
    ms = _build("1—11月福建省外贸进出口10606.2亿元人民币，同比增长13.8%。")
    assert ms[(1060620000000, "元")] == ("外贸进出口", "福建省")
    ms = _build("全年广东省内电源装机容量1.2亿千瓦。")
    assert ms[(120000000, "千瓦")][0] == "广东省内电源装机容量"


def test_a_span_written_into_a_name_counts_nothing():
    """三年行动计划, 经过八年持续努力, 5年后: a span run into the words after it names a campaign
    or an effort; 历经5年左右的考察 and 出让期限两年整 stay figures."""
    ms = _build("全县实施三年行动计划，建成公园12个。经过八年持续努力，全县脱贫人口1.2万人。")
    assert (3, "年") not in ms and (8, "年") not in ms
    assert ms[(12, "个")][0] == "公园"
    ms = _build("历经5年左右的考察，项目落地。河道采砂权出让期限两年整。")
    assert (5, "年") in ms and (2, "年") in ms


def test_ranks_and_digit_counts_are_no_figures():
    """前3大贸易伙伴 is a rank, 两位数增长 a size of a rate: neither counts anything; 3大平台 does."""
    ms = _build("目前，四川前3大贸易伙伴仍为东盟、美国、欧盟。全市外贸继续保持两位数增长。全县打造3大平台。")
    assert (3, "个") in ms and ms[(3, "个")][0] == "平台"
    assert (2, "位") not in ms
    assert len([k for k in ms if k[0] == 3]) == 1


def test_a_five_year_plan_opening_the_sentence_is_its_time_not_its_subject():
    """“十四五”期间，全县累计完成固定资产投资…: the plan names the years, the county did the investing."""
    ms = _build("“十四五”期间，全县累计完成固定资产投资860亿元，年均增长8.5%。")
    assert ms[(86000000000, "元")][1] != "十四五"
    assert ms[(8.5, "%")][1] != "十四五"


def test_this_occasion_opening_the_clause_is_no_part_of_the_indicator():
    """据了解，本次集中签约项目4个: 本次/此次 point at the event, they name nothing counted."""
    ms = _build("12月22日，某县举行招商引资项目集中签约仪式。据了解，本次集中签约项目4个，签约金额合计17.51亿元。")
    assert ms[(4, "个")][0] == "集中签约项目"


def test_a_page_head_s_source_field_names_no_subject():
    """A page head run into the first sentence: 信息来源：某县发展和改革局 and 来源：厦门海关 say who
    posted the page; 据厦门海关统计 after the head's date is the figures' source — the figures are
    the county's and the province's."""
    text = ("闽侯县2023年1-6月县级重点项目进展情况\n时间：2023-07-12 信息来源：闽侯县发展和改革局\n\n"
            "2023年县级重点项目共530项，总投资2944.74亿元。")
    ms = _build(text, None)
    assert ms[(530, "项")][1] == "闽侯县"
    text = ("1—11月福建省外贸进出口增长13.8%\n来源：厦门海关  发布时间：2018-12-12\n\n"
            "据厦门海关统计，1—11月福建省外贸进出口10606.2亿元人民币，同比增长13.8%，其中进口4069.9亿元。")
    ms = _build(text, None)
    assert ms[(1060620000000, "元")][1] == "福建省"
    assert ms[(406990000000, "元")][1] == "福建省"
