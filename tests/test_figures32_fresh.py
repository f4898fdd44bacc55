"""Round 16 (figures32): fresh government texts — trade releases of a province compared with the
nation, county and district 政府工作报告, county statistics bulletins."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _facts(text: str) -> list[tuple]:
    doc = _FULL(text_doc(text))
    return sorted(((doc.entities[m.subject].name if m.subject in doc.entities else None,
                    m.indicator, m.value) for m in doc.metrics), key=lambda f: (f[1], str(f[0])))


def test_the_nation_after_bi_tongqi_is_the_yardstick():
    """分别比同期全国平均水平高…: 同期 between 比 and 全国 still makes the nation the yardstick;
    the province's own growth beats it (no national figure)."""
    facts = _facts("福建省外贸\n今年上半年，全省外贸增长较快，进出口增速比同期全国平均水平高12个百分点。")
    assert [f[0] for f in facts] == ["福建省"]


def test_listed_items_compared_with_bi_and_an_adjective():
    """进出口、出口及进口增速分别比全国平均水平高a、b和c个百分点: each item gets its own figure, like
    分别高于全国平均水平a、b和c (比 … 高 is the same comparison)."""
    facts = _facts("福建省外贸\n今年上半年，进出口、出口、进口增速分别比全国平均水平高12、9.8和14.8个百分点。")
    assert [(f[1], f[2]) for f in facts] == [("出口增速比全国平均水平高", 9.8),
                                           ("进出口增速比全国平均水平高", 12),
                                           ("进口增速比全国平均水平高", 14.8)]


def test_a_place_opening_the_list_is_no_part_of_its_first_item():
    """福建省进出口、出口及进口增速分别高于…: the province opening the clause is every item's subject;
    the list is still split item by item."""
    facts = _facts("福建省外贸\n今年上半年，福建省进出口、出口及进口增速分别高于全国平均水平12、9.8和14.8个百分点。")
    assert [(f[0], f[1]) for f in facts] == [("福建省", "出口增速高于全国平均水平"),
                                           ("福建省", "进出口增速高于全国平均水平"),
                                           ("福建省", "进口增速高于全国平均水平")]


def test_a_group_closed_by_deng_n_ge_quxian_owns_its_total():
    """宁波市北仑区、鄞州区等5个区县实现地区生产总值…，同比增长…: the five districts' total and its
    change — not the first member's, nor the city's around it."""
    facts = _facts("宁波经济\n前三季度，宁波市北仑区、鄞州区等5个区县实现地区生产总值3000亿元，同比增长6%。")
    assert [f for f in facts if f[1].startswith("地区生产总值")] == [
        (None, "地区生产总值", 300000000000), (None, "地区生产总值同比增长", 6)]


def test_a_kind_of_county_counted_owns_its_total():
    """全省26个农业主产县实现生产总值…: those counties' sum, not the province's GDP."""
    facts = _facts("陕西县域经济\n前三季度，全省26个农业主产县实现生产总值2035.97亿元，同比增长5.8%。")
    assert [f[0] for f in facts if f[1].startswith("生产总值")] == [None, None]


def test_all_counties_or_a_partitive_group_keep_the_old_subject():
    """全省100个县（市、区） is every county of the province (no kind named): left to the province;
    83个县（市、区）中，43个… picks from a whole: not a group total."""
    facts = _facts("江西经济\n上半年，全省100个县（市、区）实现地区生产总值8000亿元，同比增长5%。")
    assert [f[0] for f in facts if f[1].startswith("地区生产总值")] == ["江西省", "江西省"]


def test_a_list_passing_a_round_mark_together_is_split_after_fenbie():
    """地区生产总值、固定资产投资双双突破200亿元大关，分别达到210亿元和241.4亿元 (a district's
    政府工作报告): each item gets its own level, no indicator named 大关; the mark is no figure."""
    facts = _facts("咸安区政府工作报告\n五年来，地区生产总值、固定资产投资双双突破200亿元大关，分别达到210亿元和241.4亿元。")
    assert [(f[1], f[2]) for f in facts] == [("固定资产投资", 24140000000), ("地区生产总值", 21000000000)]


def _statuses(text: str) -> dict[str, str | None]:
    doc = _FULL(text_doc(text))
    return {m.indicator: m.status for m in doc.metrics}


def test_targets_after_shiji_liyong_waizi_stay_targets():
    """主要预期目标是：…；实际利用外资增长15%；社会消费品零售总额增长15%；…人均可支配收入实际增长8%
    (a city's 政府工作报告): 实际 inside an indicator's name or a real growth rate reports no result;
    every item of the list is a target of the coming year."""
    got = _statuses("漳州政府工作报告\n经济社会发展的主要预期目标是：地区生产总值增长13%；实际利用外资增长15%；"
                    "社会消费品零售总额增长15%；城镇居民人均可支配收入实际增长8%，农民人均纯收入实际增长7%。")
    assert set(got.values()) == {"target"}


def test_shiji_opening_a_clause_is_still_a_result():
    """目标为增长6%，实际增长5.2%: 实际 opening its clause reports what was done, not the target."""
    doc = _FULL(text_doc("某县经济\n今年目标为增长6%，实际增长5.2%。"))
    assert sorted((m.value, m.status or "") for m in doc.metrics) == [(5.2, ""), (6, "target")]


def test_a_value_noun_item_takes_no_head_of_the_last_item():
    """规模工业增加值、社会消费品零售总额分别达到…: 增加值 is a measure of its own — no 规模工业增加值零售总额."""
    facts = _facts("某县\n去年，规模工业增加值、社会消费品零售总额分别达到106亿元和105.2亿元。")
    assert [f[1] for f in facts] == ["社会消费品零售总额", "规模工业增加值"]


def test_a_ministrys_trillions_in_county_news_are_the_countrys():
    """据商务部数据显示，上半年网络零售额达7.16万亿元 in a county's e-commerce news: no county reaches
    万亿 — the ministry's figure is the country's (the county's own figure after it stays the county's)."""
    facts = _facts("开江县商务局\n本报讯 近日，开江县召开电商工作推进会。据商务部数据显示，上半年网络零售额达7.16万亿元，"
                   "同比增长13.1%。今年以来，全县网络零售额达3.2亿元，同比增长20%。")
    assert sorted((f[0], f[2]) for f in facts) == [("中国", 13.1), ("中国", 7160000000000),
                                                   ("开江县", 20), ("开江县", 320000000)]


def test_the_national_bureaus_own_release_in_county_news_is_the_countrys():
    """国家统计局公布的数据显示，10月份居民消费价格… in a county's news: the bureau's release is the
    national CPI; the county's CPI, named with the county, stays the county's."""
    facts = _facts("兴国县统计局\n国家统计局公布的数据显示，10月份居民消费价格同比上涨0.2%。"
                   "兴国县10月份居民消费价格同比上涨0.5%。")
    assert sorted((f[0], f[2]) for f in facts) == [("中国", 0.2), ("兴国县", 0.5)]


def test_a_national_organ_vouching_for_a_county_figure_leaves_it_local():
    """根据国家统计局反馈数据，全年地区生产总值…亿元 / 据海关总署统计，…进出口总额5亿元 in a county's
    report: the organ is only the source of the county's own figure (no release verb, no 万亿)."""
    facts = _facts("开江县经济\n根据国家统计局反馈数据，开江县全年地区生产总值达到180亿元。"
                   "据海关总署统计，上半年进出口总额5亿元，同比增长12%。")
    assert {f[0] for f in facts} == {"开江县"}


def test_an_amount_reached_after_an_average_rate_is_the_level():
    """今后五年…地区生产总值年均增长7%左右，到2027年达到300亿元 (a county's 政府工作报告): the amount
    reached is the GDP level, not a second 年均增长 figure."""
    facts = _facts("某县政府工作报告\n今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长7%左右，到2027年达到300亿元。")
    assert ("地区生产总值", 30000000000) in [(f[1], f[2]) for f in facts]


def test_a_total_reached_after_an_increment_is_the_things_counted():
    """净增高新技术企业16家，达到21家 (a district's 政府工作报告): 21 is how many high-tech firms
    there are, not a second increment."""
    facts = _facts("某区政府工作报告\n五年来，净增高新技术企业16家，达到21家。")
    assert [(f[1], f[2]) for f in facts] == [("净增高新技术企业", 16), ("高新技术企业", 21)]


def test_multiples_after_a_respective_list_pair_with_its_levels():
    """…分别达到210亿元和241.4亿元，是2010年的2.1倍和3.2倍 (a district's 政府工作报告): the k-th
    multiple is the k-th level's — GDP 2.1倍, investment 3.2倍 — not both the last item's."""
    facts = _facts("某县\n去年，地区生产总值、固定资产投资分别达到210亿元和241.4亿元，是2010年的2.1倍和3.2倍。")
    assert sorted((f[1], f[2]) for f in facts if f[2] < 10) == [("固定资产投资", 3.2), ("地区生产总值", 2.1)]


def test_a_listed_fall_keeps_its_minus_sign_and_the_first_item():
    """三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点 (a county's 统计公报): the bare numbers
    share the last unit, the minus after 、 is the second sector's sign, and the first one is kept."""
    facts = _facts("某县统计公报\n2022年，全县三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点。")
    assert sorted(f[2] for f in facts) == [-5.64, 0.15, 1.34]


def test_deposits_and_loans_listed_after_cundaikuan_are_two_measures():
    """金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9% (a county's 政府工作报告): 存贷款
    stands for 存款 and 贷款 in order — two balances, and each change follows its own balance."""
    facts = _facts("巨野县政府工作报告\n2024年，金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9%。")
    assert sorted((f[1], f[2]) for f in facts) == [
        ("金融机构存款余额", 83180000000), ("金融机构存款余额增长", 13),
        ("金融机构贷款余额", 40670000000), ("金融机构贷款余额增长", 7.9)]


def test_guo_before_an_amount_run_into_projects_is_a_size_class():
    """签约过亿元项目101个，过10亿元项目6个 (a county's 政府工作报告): 过10亿元 classes the projects by
    size like 超10亿元 — the six projects are the figure, no 项目 worth 10亿元."""
    facts = _facts("巨野县政府工作报告\n2024年，签约过亿元项目101个，过10亿元项目6个。")
    assert sorted((f[1], f[2]) for f in facts) == [("签约过亿元项目", 101), ("过10亿元项目", 6)]


def test_a_place_after_zai_whose_total_a_share_is_taken_in_is_no_subject():
    """…农村网络零售额为93.3亿元，在西南五省市区同期农村网络零售额总量中占比达69.28% (a provincial
    commerce story): the region is the whole the share is taken in; the share is the province's."""
    facts = _facts("四川电商\n10月1日~8日，我省网络零售额达270.01亿元。其中农村网络零售额为93.3亿元，"
                   "在西南五省市区同期农村网络零售额总量中占比达69.28%。")
    assert {f[0] for f in facts} == {"四川省"}


def test_a_scope_before_the_first_sector_carries_to_the_next_sectors():
    """分产业看，全省县域第一产业增加值同比增长3.5%，第二产业增加值同比增长8.2% (a provincial county-
    economy release): the second and third sectors are the counties' too, not the province's."""
    facts = _facts("陕西县域经济\n分产业看，全省县域第一产业增加值同比增长3.5%，第二产业增加值同比增长8.2%，"
                   "第三产业增加值同比增长3.8%。")
    assert sorted(f[1] for f in facts) == ["县域第一产业增加值同比增长", "县域第三产业增加值同比增长",
                                           "县域第二产业增加值同比增长"]


def test_a_scope_word_before_the_first_sector_is_not_carried():
    """全县第一产业增加值5亿元…；第二产业增加值8亿元: 全县 is a scope word, no part of the indicator."""
    facts = _facts("某县\n全县第一产业增加值5亿元，增长3%；第二产业增加值8亿元，增长5%。")
    assert "第二产业增加值" in [f[1] for f in facts]


def test_one_of_a_bracketed_count_of_counties_is_the_provinces_count():
    """中江县上榜，成为四川省9个上榜县(市、区)之一 (county commerce news): the nine are the province's
    listed counties — the county is one of them, the count is not the county's."""
    facts = _facts("中江县\n11月25日，首批全国县域商业“领跑县”名单公布，中江县上榜，成为四川省9个上榜县(市、区)之一。")
    assert [(f[0], f[2]) for f in facts] == [("四川省", 9)]
