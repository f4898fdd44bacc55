"""Figures in shapes read on fresh postal and tourism statistics releases and aid and donation
news (round 25): a list's later item that continues the first one's measure word (快递业务量、
业务收入), lists of items each measured whole (旅客运输量、旅客周转量), an amount given with 了, 一批
or 的 before its 价值, and a 全年 or 了 left at the edge of an indicator.  Sentences written for
these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-10-15"):
    return figure_table(text, date)


def test_a_later_item_continuing_the_first_ones_measure_shares_its_modifier():
    """快递业务量、业务收入分别增长a、b / 快递业务量和业务收入同比分别增长a和b: 业务收入 continues the
    word 业务 of 快递业务量 — it is the express-delivery revenue (快递业务收入), not a bare 业务收入;
    an item with a word of its own (工业用电量 after 规模以上工业增加值) stays as written."""
    ms = _metrics("全年快递业务量、业务收入分别增长20.5%和15.3%。")
    assert ms[(20.5, "%")][0] == "快递业务量增长"
    assert ms[(15.3, "%")][0] == "快递业务收入增长"
    ms = _metrics("前三季度，快递业务量和业务收入同比分别增长36.7%和21.8%。")
    assert ms[(36.7, "%")][0] == "快递业务量同比增长"
    assert ms[(21.8, "%")][0] == "快递业务收入同比增长"
    ms = _metrics("规模以上工业增加值、工业用电量分别增长5.1%和3.2%。")
    assert ms[(3.2, "%")][0] == "工业用电量增长"


def test_items_each_ending_in_a_measure_are_each_whole():
    """旅客运输量、旅客周转量分别增长a、b: both items are measured already (…量), so each figure is
    its own item's change (both were read as 旅客周转量增长: the last item's name for every figure)."""
    ms = _metrics("全年旅客运输量、旅客周转量分别增长3.1%和2.6%。")
    assert ms[(3.1, "%")][0] == "旅客运输量增长"
    assert ms[(2.6, "%")][0] == "旅客周转量增长"


def test_an_amount_given_with_fillers_is_named_by_what_is_given():
    """中方向汤加援助了一批价值1000万元的物资, 捐赠的价值250万元的爱心物资运往白玉县, 捐赠了价值26万元
    的爱心物资: 了, 的 or 一批 between the verb of giving and 价值 leave the amount the value of the
    goods after 的 (汤加援助了价值 / 捐赠的价值 were read), and the goods end before a verb that sends
    them on (运往)."""
    ms = _metrics("近日，中方向汤加援助了一批价值1000万元的物资。")
    assert ms[(10000000, "元")][0] == "物资"
    ms = _metrics("某建设公司捐赠的价值250万元的爱心物资，集中装车运往白玉县。")
    assert ms[(2500000, "元")][0] == "爱心物资"
    ms = _metrics("某餐饮公司向区红十字会捐赠了价值26万元的爱心物资。")
    assert ms[(260000, "元")][0] == "爱心物资"
    ms = _metrics("某企业向灾区捐赠了价值80万元的救灾物资运往灾区。")
    assert ms[(800000, "元")][0] == "救灾物资"


def test_a_year_word_or_aspect_mark_at_the_edge_is_no_part_of_the_indicator():
    """核心景区一次进山人数全年达到120万人次: 全年 before the verb says the period, not the name
    (一次进山人数全年 was read); 发放了慰问金1万元: the 了 after the verb of doing is no part of the
    amount's name (了慰问金 was read)."""
    ms = _metrics("核心景区一次进山人数全年达到120万人次。")
    assert ms[(1200000, "人次")][0] == "核心景区一次进山人数"
    ms = _metrics("慰问组还为10户困难户发放了慰问金1万元。")
    assert ms[(10000, "元")][0] == "慰问金"


def test_figures_of_a_list_no_rule_pairs_are_left_unnamed_not_named_by_the_last_item():
    """全年粮食、棉花、油料分别为a、b、c: when no rule pairs the items before 分别 with the figures after
    it, the clause read whole named every figure by the last item (油料 for the grain's and the
    cotton's figures); they are left unnamed instead.  A list of places before 的 (龙口、牟平的采购
    规模) and a list of years (2021年、2022年) keep the name before or after the list."""
    ms = _metrics("全年粮食、棉花、油料分别为1.2亿吨、300万吨和200万吨。")
    assert "油料" not in ms[(120000000, "吨")][0]
    assert "油料" not in ms[(3000000, "吨")][0]
    ms = _metrics("全市地区生产总值2021年、2022年分别为1200亿元和1350亿元。")
    assert ms[(120000000000, "元")][0] == "地区生产总值"
    ms = _metrics("龙口、牟平的采购规模分别为3.26亿元和2.63亿元。")
    assert ms[(326000000, "元")][0].endswith("采购规模")


def test_a_count_of_things_whose_measure_moved_counts_the_things():
    """全市21个行业增加值实现增长, 有30个行业增加值保持正增长: 实现/保持 (and the sign 正) between the
    measure and its change verb leave the count a count of the industries whose value added grew —
    行业, as with 同比增长 right after it (行业增加值 was read, a count named by a measure)."""
    ms = _metrics("全市21个行业增加值实现增长。")
    assert ms[(21, "个")][0] == "行业"
    ms = _metrics("41个大类行业中，有30个行业增加值保持正增长。")
    assert ms[(30, "个")][0] == "行业"


def test_bare_trades_before_an_industry_share_its_suffix_and_measure():
    """限上批发、零售业零售额分别增长a、b: 批发 is written bare before 零售业 as in 批发和零售业 — it is
    the wholesale trade, sharing 业 and the measure (限上批发业零售额); the list was left unpaired
    and both figures were read as 零售业零售额."""
    ms = _metrics("1-9月，限上批发、零售业零售额分别增长3.1%和5.2%。")
    assert ms[(3.1, "%")][0] == "限上批发业零售额增长"
    assert ms[(5.2, "%")][0] == "零售业零售额增长"


def test_an_amount_of_worth_before_de_is_named_by_the_goods():
    """捐赠了包括校服、取暖器等共价值24.715万元的物资: 价值 right before the amount says it is the worth
    of the goods after 的, even when the verb of giving is far before it (价值 was read); a target
    after 的 (实现产品价值5亿元的目标) is no goods."""
    ms = _metrics("某区工商联捐赠了包括校服、取暖器等共价值24.715万元的物资和2.5万元助学金。")
    assert ms[(247150, "元")][0] == "物资"
    ms = _metrics("全年实现产品价值5亿元的目标。")
    assert ms[(500000000, "元")][0] != "目标"


def test_the_east_middle_and_west_written_together_are_three_items():
    """东中西部快递业务量占比分别为a、b和c: 东中西部 stands for 东部, 中部 and 西部 in that order, as
    东、中、西部 does — each figure is its own region's share (all three were read as
    东中西部快递业务量占比)."""
    ms = _metrics("按区域来看，东中西部快递业务量占比分别为76.8%、15.7%和7.5%。")
    assert ms[(76.8, "%")][0] == "东部快递业务量占比"
    assert ms[(15.7, "%")][0] == "中部快递业务量占比"
    assert ms[(7.5, "%")][0] == "西部快递业务量占比"


def test_two_places_joined_before_respectively_are_no_part_of_the_indicator():
    """广东和浙江同比分别增长a和b: the places joined by 和 before 分别 are each figure's subject, in
    order — neither belongs in the indicator (广东和浙江同比增长 was read); 白洋淀及上游河道 (no second
    place after the join) stays one noun phrase."""
    ms = _metrics("东部增长极带动明显，广东和浙江同比分别增长37.8%和35.9%。")
    assert ms[(37.8, "%")][:2] == ("同比增长", "广东省")
    assert ms[(35.9, "%")][:2] == ("同比增长", "浙江省")
