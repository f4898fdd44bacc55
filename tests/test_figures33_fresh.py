"""Round 17 (figures33): fresh government texts — county statistics bulletins, poor-county and
ranking news (上榜县, 示范县), industry shares written in 成."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _facts(text: str) -> list[tuple]:
    doc = _FULL(text_doc(text))
    return sorted(((doc.entities[m.subject].name if m.subject in doc.entities else None,
                    m.indicator, m.value) for m in doc.metrics), key=lambda f: (f[1], str(f[0])))


def test_a_kind_of_county_counted_leaves_the_whole_measure_to_its_figure():
    """832个国家级贫困县网络零售总额达…: the count is of the counties (国家级贫困县); the measure
    with all its modifiers (网络零售总额, not 总额) belongs to the amount after it."""
    facts = _facts("电商扶贫\n2019年，832个国家级贫困县网络零售总额达到2392亿元，同比增长33%。")
    assert [f[1:] for f in facts] == [("国家级贫困县", 832), ("网络零售总额", 239200000000),
                                      ("网络零售总额同比增长", 33)]


def test_a_kind_of_county_counted_before_a_share_of_theirs():
    """62个贫困县规模以上高新技术产业增加值占规模以上工业增加值比重为18.1%: the counted noun was cut
    inside the share's name (…占规模以上工业增 / 加值比重); the counties are counted, the share is
    the group's (no subject)."""
    facts = _facts("贫困县经济\n2016年，62个贫困县规模以上高新技术产业增加值占规模以上工业增加值比重为18.1%。")
    assert ("贫困县", 62) in [f[1:] for f in facts]
    assert (None, "规模以上高新技术产业增加值占规模以上工业增加值比重", 18.1) in facts


def test_a_kind_of_county_counted_before_its_change():
    """12个重点县地区生产总值增长5%: 重点县 counted, the growth the group's (no subject)."""
    facts = _facts("县域经济\n上半年，全市12个重点县地区生产总值增长5%。")
    assert [f[1:] for f in facts] == [("地区生产总值增长", 5), ("重点县", 12)]
    assert facts[0][0] is None


def test_the_group_of_counties_owns_the_change_not_the_city():
    """宁波市12个重点县地区生产总值增长5%: the counties' growth — never the city's own GDP growth."""
    facts = _facts("宁波经济\n前三季度，宁波市12个重点县地区生产总值增长5%。")
    assert ("宁波市", "重点县", 12) in facts
    assert (None, "地区生产总值增长", 5) in facts


def test_one_of_is_no_part_of_the_counted_noun():
    """成为全省9个上榜县之一, 是全国120个入选县之一: 之一 makes the county one of them; the count is of
    上榜县 (the province has 9), not of 上榜县之一."""
    facts = _facts("县域经济\n2023年，该县成为全省9个上榜县之一。")
    assert [f[1:] for f in facts] == [("上榜县", 9)]
    facts = _facts("名单\n该县是全省9个上榜县(市、区)之一。")
    assert [f[1] for f in facts] == ["上榜县(市、区)"]


def test_a_share_in_cheng_keeps_what_its_things_did():
    """近六成行业实现增长, 60%的企业实现盈利: a share of the industries that grew, not of 行业 (every
    industry is 100% of them); a figure after the verb still ends the noun (达到, 分别)."""
    facts = _facts("工业经济\n今年以来，全市超五成行业实现增长，60%的企业实现盈利。")
    assert [f[1:] for f in facts] == [("企业实现盈利", 60), ("行业实现增长", 50)]
    facts = _facts("工业经济\n规上工业中，超六成行业增加值实现正增长，近七成产品产量增长。")
    assert [f[1] for f in facts] == ["产品产量增长", "行业增加值实现正增长"]


def test_a_share_whose_verb_leads_to_a_figure_keeps_the_bare_noun():
    """93%的中心面积达到100平方米: the rest of the clause holds a figure — the noun alone, as before."""
    facts = _facts("文明实践\n全县93%的中心面积达到100平方米。")
    assert "中心面积" in [f[1] for f in facts]


def test_a_share_of_things_that_grew_is_a_share_not_a_change():
    """超五成行业实现增长: 50% is the share of the industries that grew (kind share), not a growth of
    50% (the 增长 in the indicator says what they did)."""
    doc = _FULL(text_doc("工业经济\n今年以来，全市超五成行业实现增长，60%的企业实现盈利。"))
    assert sorted(m.kind for m in doc.metrics) == ["share", "share"]


def test_the_start_of_a_change_is_no_time_for_the_sentences_after_it():
    """产业结构由2010年的…调整为2015年的…。研发经费支出占GDP比重达到1.5%，比2010年提高1个百分点: the
    figureless sentence before speaks of 2015 (2010 is where the change started), so the figures
    after it are 2015's — never the base year 2010 of their own comparison."""
    doc = _FULL(text_doc("工作回顾\n三次产业结构由2010年的16.8︰48︰35.2调整为2015年的14.5:49.6:35.9。"
                         "全社会研发经费支出占GDP比重达到1.5%，比2010年提高1个百分点。"))
    assert [(m.value, m.period) for m in doc.metrics] == [(1.5, "2015"), (1, "2015")]


def test_a_count_of_people_and_its_share_written_with_bizhong():
    """城镇常住人口68870人，占常住人口比重为44.3% (county bulletins): the share is the urban
    population's, as 占常住人口的44.3% already was — not a bare 占常住人口比重 (whose share?)."""
    facts = _facts("天镇县人口\n年末全县常住人口155446人。其中，城镇常住人口68870人，占常住人口比重为44.3%；"
                   "乡村常住人口86576人，占常住人口比重55.7%。")
    assert [f[1:] for f in facts if f[2] in (44.3, 55.7)] == [("乡村常住人口占比", 55.7), ("城镇常住人口占比", 44.3)]


def test_a_count_of_other_things_is_no_share_of_an_amount():
    """超过2亿元的县区有3个，占全市采购额的比重为60.06%: the counties hold 60% of the amount — no share of
    the count (the share words stripped, the whole is still another kind of thing)."""
    facts = _facts("采购\n超过2亿元的县区有3个，占全市采购额的比重为60.06%。")
    assert all(not f[1].startswith("县区占") for f in facts)


def test_a_ranked_list_of_places_each_with_its_count():
    """百强县数量前三位的是，浙江23个、江苏22个、山东21个 (rankings news): each place owns its count
    (the place runs straight into the number; the item before ends with a figure), and the count is
    the 百强县数量 the clause before the list names — not the bare unit 个, nor all Zhejiang's."""
    facts = _facts("百强县\n百强县数量前三位的是，浙江23个、江苏22个、山东21个。")
    assert facts == [("山东省", "百强县数量", 21), ("江苏省", "百强县数量", 22), ("浙江省", "百强县数量", 23)]
    facts = _facts("百强县\n入围数量分别为：贵州9个、陕西8个、重庆7个。")
    assert [f[0] for f in facts] == ["贵州省", "重庆市", "陕西省"] and {f[1] for f in facts} == {"入围数量"}


def test_places_counted_together_are_no_list_of_figures():
    """全县9个乡镇已有新桥、大田2个乡镇通了水泥路: the two towns counted together — the item before
    大田 is a bare name, so the 2 is not 大田's."""
    facts = _facts("乡镇\n全县9个乡镇已有新桥、大田2个乡镇通了水泥路。")
    assert all(f[0] is None or not f[0].startswith("大田") for f in facts)


def test_a_place_after_qizhong_owns_the_part_and_keeps_the_whole_measure():
    """全国共有85个市县上榜，其中浙江省8个 / 全省完成投资85亿元，其中杭州市8亿元: the place after 其中 is
    whose part it is (the subject), not a class glued to the whole's name (浙江省市县上榜, 杭州市投资).  Since
    round 60 上榜 ends the counted noun as 入选 and 获评 do (civility60: 98位身边好人光荣上榜 → 身边好人), so the
    whole's measure is 市县."""
    facts = _facts("榜单\n全国共有85个市县上榜，其中浙江省8个。")
    assert ("浙江省", "市县", 8) in facts and ("中国", "市县", 85) in facts
    facts = _facts("投资\n全省完成投资85亿元，其中杭州市8亿元，宁波市6亿元。")
    assert ("杭州市", "投资", 800000000) in facts and ("宁波市", "投资", 600000000) in facts


def test_renjun_opens_the_measure_after_a_count():
    """160个重点帮扶县人均GDP…, 1000名贫困人口人均增收500元: 人均 is one word (its 均 no adverb cutting
    the noun: was 重点帮扶县人, 贫困人口人) and opens the measure of the things counted."""
    facts = _facts("帮扶县\n截至目前，160个重点帮扶县人均GDP、人均一般公共预算收入分别约为全国平均水平的40%和20%。")
    assert ("重点帮扶县", 160) in [f[1:] for f in facts]
    facts = _facts("扶贫\n全县1000名贫困人口人均增收500元。")
    assert [f[1:] for f in facts] == [("人均增收", 500), ("贫困人口", 1000)]


def test_listed_items_before_de_compared_with_a_yardstick():
    """脱贫人口收入、脱贫地区农民收入的增速分别比全国农民平均水平高出6.4和1.1个百分点: the unit written
    once after the last number still pairs the k-th number with the k-th item (both were the first
    item's), and the figures are the differences from the yardstick, which their names keep."""
    facts = _facts("收入\n脱贫人口收入、脱贫地区农民收入的增速分别比全国农民平均水平高出6.4和1.1个百分点。")
    assert [f[1:] for f in facts] == [("脱贫人口收入的增速比全国农民平均水平高出", 6.4),
                                      ("脱贫地区农民收入的增速比全国农民平均水平高出", 1.1)]
    facts = _facts("能源\n煤、油、气的比重分别从2005年的42.9%、33.8%、5.7%调整为2010年的37.9%、35.0%、6.5%。")
    assert [f[1] for f in facts if f[2] in (42.9, 37.9)] == ["煤的比重", "煤的比重"]


def test_a_bracketed_amount_after_bi_a_scope_is_the_yardstick():
    """城镇居民人均可支配收入39165元，比全国平均水平(33616元)高出16.5%: the bracketed amount is the
    nation's level written beside the comparison (as 高于全国(5.4%) is for a rate) — no figure named
    比全国平均水平, and the figure after the bracket is named as without it."""
    facts = _facts("百强县\n百强县城镇居民人均可支配收入39165元，比全国平均水平(33616元)高出16.5%。")
    assert [f[1:] for f in facts] == [("比全国平均水平高出", 16.5), ("百强县城镇居民人均可支配收入", 39165)]
