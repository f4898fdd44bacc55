"""Figures in shapes read on fresh customs and tax releases, aid news and provincial and county
monthly statistics (round 27): lists paired by 分别 with a yardstick or with listed change verbs,
levels changed again by a bare 同比增长分别…, taxes listed after one refund verb, the goods an aid
amount buys, a place alone before a count, associations named after a province, containers in
标箱, the seat of a customs office.  Sentences written for these tests in the shape of such texts
(figures illustrative)."""
from __future__ import annotations

from conftest import built, figure_table


def _metrics(text: str, date: str | None = "2024-10-15"):
    return figure_table(text, date)


def test_listed_items_compared_with_one_yardstick_after_respectively():
    """进出口、出口、进口累计增幅分别高于全国平均水平a、b和c个百分点: each item is compared with the
    same yardstick (all three were named 进口累计增幅高于全国平均水平, the last item's)."""
    ms = _metrics("1-5月全省进出口、出口、进口累计增幅分别高于全国平均水平11.2、15.6和5.7个百分点。")
    assert ms[(11.2, "个百分点")][0] == "进出口累计增幅高于全国平均水平"
    assert ms[(15.6, "个百分点")][0] == "出口累计增幅高于全国平均水平"
    assert ms[(5.7, "个百分点")][0] == "进口累计增幅高于全国平均水平"


def test_listed_change_verbs_pair_items_with_figures():
    """工业增加值和利润同比增长、下降分别为5%和3%: the k-th item changes by the k-th verb (the
    figures were named by the bare unit %)."""
    ms = _metrics("全市工业增加值和利润同比增长、下降分别为5%和3%。")
    assert ms[(5, "%")][0] == "工业增加值同比增长"
    assert ms[(3, "%")][0] == "利润同比下降"


def test_bare_change_after_two_levels_changes_each_level():
    """业务总量完成a亿元，业务收入完成b亿元，同比增长分别达到x%和y%: the growth rates are those of the
    two levels named before, in order (both were 业务收入同比增长); a place opening the first
    clause stays the subject."""
    ms = _metrics("2023年，全省邮政业业务总量完成345.2亿元，业务收入完成204.7亿元，同比增长分别达到16.4%和9.4%。")
    assert ms[(16.4, "%")][0] == "邮政业业务总量同比增长"
    assert ms[(9.4, "%")][0] == "业务收入同比增长"
    ms = _metrics("全市完成地区生产总值500亿元，一般公共预算收入30亿元，同比增长分别为6.5%和8.1%。")
    assert ms[(6.5, "%")][0] == "地区生产总值同比增长"
    assert ms[(8.1, "%")][0] == "一般公共预算收入同比增长"


def test_taxes_listed_after_one_refund_verb_are_one_amount():
    """出口货物退增值税、消费税a亿元: one amount refunded for both taxes (was named 消费税, the last
    tax alone, and its share of the budget 消费税为预算)."""
    ms = _metrics("车辆购置税430.1亿元，为预算的88.7%；出口货物退增值税、消费税1928.9亿元，为预算的102.4%。")
    assert ms[(192890000000, "元")][0] == "出口货物退增值税、消费税"
    assert ms[(102.4, "%")][0].startswith("出口货物退增值税、消费税")
    assert ms[(43010000000, "元")][0] == "车辆购置税"


def test_goods_given_named_after_including_and_before_what_happens_to_them():
    """提供价值1000万元人民币，包括帐篷、毛毯在内的物资: the amount is the goods' (物资), not 提供价值;
    价值500万元的援助物资已于29日运抵 / 于30日下午起运: the goods, not when they travel."""
    ms = _metrics("中方向该国提供价值1000万元人民币，包括帐篷、毛毯在内的物资。")
    assert ms[(10000000, "元")][0] == "物资"
    ms = _metrics("中国政府向该国提供的价值800万元人民币的紧急物资援助已于29日运抵首都。")
    assert ms[(8000000, "元")][0] == "紧急物资援助"
    ms = _metrics("第一批价值500万元人民币的援助物资于30日下午从广州机场起运。")
    assert ms[(5000000, "元")][0] == "援助物资"


def test_a_place_alone_before_a_count_of_people_names_no_measure():
    """为乌克兰100多万人提供特别援助: the country is whose people are counted (the indicator was
    乌克兰); the count is a number of people.  户籍人口52万人 keeps its noun."""
    ms = _metrics("该计划筹集资金，为乌克兰100多万人在冬季提供特别援助。")
    assert ms[(1000000, "人")][0] == "人数"
    ms = _metrics("中方已为乌克兰100多万人提供人道主义援助。")  # (was 提供人道主义援助, what was given)
    assert ms[(1000000, "人")][0] == "人数"
    ms = _metrics("截至年末，全县户籍人口52万人。")
    assert ms[(520000, "人")][0] == "户籍人口"


def test_associations_named_after_a_province_are_organisations():
    """福建社团联会、海南社团总会各捐款100万港元: Hong Kong associations of people from a province
    are organisations, not the province (the donation's subject was 福建省)."""
    names = {(e.type, e.name) for e in built("福建社团联会、海南社团总会各捐款100万港元。").entities.values()}
    assert {("Organization", "福建社团联会"), ("Organization", "海南社团总会")} <= names
    assert _metrics("福建社团联会捐款100万港元。")[(1000000, "港元")][1] == "福建社团联会"
    # (each of the two gave: 各 is no part of what is given, 各捐款 → 捐款)
    assert _metrics("福建社团联会、海南社团总会各捐款100万港元。")[(1000000, "港元")][0] == "捐款"
    ms = _metrics("香港广东社团总会捐款200万港元支援灾区。")
    assert ms[(2000000, "港元")][1] == "香港广东社团总会"


def test_containers_in_twenty_foot_equivalents_are_a_unit():
    """发运货物超过5.47万标箱 / 集装箱吞吐量1205.6万标准箱: 标箱 is the unit (the figure had none and
    the indicator 标箱)."""
    ms = _metrics("年初以来，班列已经开行了662列，发运货物超过5.47万标箱。")
    assert ms[(54700, "标准箱")][0] == "发运货物"
    ms = _metrics("前三季度，港口集装箱吞吐量完成1205.6万标准箱，同比增长5.2%。")
    assert ms[(12056000, "标准箱")][0] == "港口集装箱吞吐量"


def test_the_seat_of_a_customs_office_is_no_subject_when_a_province_follows():
    """成都海关公布:1—10月,四川货物贸易进出口总值…,其中出口…: the figures are the province's (all
    but the first were given to 成都市, the seat of the customs office, the most specific place);
    with no other place the office's city stays the subject."""
    ms = _metrics("成都海关14日公布统计数据:1—10月,四川货物贸易进出口总值7542.4亿元,增长14%,其中出口4473.5亿元,增长18.5%。")
    assert ms[(447350000000, "元")][1] == "四川省"
    assert ms[(18.5, "%")][1] == "四川省"
    ms = _metrics("北京市统计局公布，1-10月，地区生产总值增长5%。")
    assert ms[(5, "%")][1] == "北京市"


def test_a_count_of_people_ends_before_what_is_provided_for_them():
    """为5000多名群众提供就业岗位: 提供 opens the predicate, the people counted are 群众 (was
    群众提供就业岗位); 3家服务提供商 is one noun (提供商)."""
    ms = _metrics("全市为5000多名群众提供就业岗位。")
    assert ms[(5000, "名")][0] == "群众"
    ms = _metrics("今年以来，共有3家服务提供商入驻园区。")
    assert ms[(3, "家")][0] == "服务提供商"


def test_the_city_a_speaker_spoke_in_is_no_subject():
    """部长15日在北京表示，今年前三季度中国对外直接投资增长5.2%: 北京 after 在 and before 表示 is where
    the minister spoke (the figure was given to 北京市, the most specific place of the sentence)."""
    ms = _metrics("商务部部长15日在北京表示，今年前三季度中国对外直接投资增长5.2%。")
    assert ms[(5.2, "%")][1] == "中国"
    ms = _metrics("在成都举行的会议上，成都市共签约项目20个。")
    assert ms[(20, "个")][1] == "成都市"


def test_a_same_below_note_inside_an_indicator_is_no_part_of_it():
    """合计进出口值占同期四川外贸进出口总值的(下同)70.3%: the bracketed note (下同) says the same
    whole holds below; it was kept inside the indicator."""
    ms = _metrics("1—10月,五大贸易伙伴合计进出口值占同期四川外贸进出口总值的(下同)70.3%。")
    assert "下同" not in ms[(70.3, "%")][0]
