"""Figures in shapes read on fresh donation and aid news, postal statistics and monthly price
tables (round 26): amounts in Hong Kong, Macao and foreign currencies (200万港元, 478万元港币,
50亿日元).  Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-10-15"):
    return figure_table(text, date)


def test_amounts_in_hong_kong_dollars_carry_their_currency():
    """某商会捐款200万港元 / 捐赠478万元港币 / 港币 after 元: the amount is in Hong Kong dollars (the
    figure had no unit and the indicator 港元, or the unit 元 and the indicator 港币 — a currency read
    as the thing measured); the amount is named like one in 元 (捐款)."""
    ms = _metrics("香港某同乡会捐款200万港元，支援灾区群众过冬。")
    assert ms[(2000000, "港元")][0] == "捐款"
    ms = _metrics("某慈善基金向灾区捐赠478万元港币。")
    assert (4780000, "港元") in ms and ms[(4780000, "港元")][0] != "港币"
    ms = _metrics("香港某商会捐款50万港币。")
    assert ms[(500000, "港元")][0] == "捐款"


def test_amounts_in_other_currencies_carry_their_currency():
    """日元, 英镑, 澳门元 after a number are currencies like 美元 (the figure had no unit)."""
    ms = _metrics("该国政府宣布提供50亿日元贷款。")
    assert (5000000000, "日元") in ms
    ms = _metrics("某慈善基金会捐款300万澳门元。")
    assert ms[(3000000, "澳门元")][0] == "捐款"


def test_china_side_before_xiang_is_the_giver_of_aid():
    """中方向索方提供200万美元紧急人道主义援助: jieba reads 中|方向|索方, so 中方 (China's side) was
    no mention and the aid had no subject; 中方 before 向 is China giving.  沿中方向行驶 (a
    direction) and 以方向盘 (a steering wheel) stay without China."""
    ms = _metrics("应索方请求，中方向索方提供200万美元紧急人道主义援助。")
    assert ms[(2000000, "美元")][:2] == ("紧急人道主义援助", "中国")
    ms = _metrics("中方向两国提供了价值3000万元人民币的紧急人道主义援助。")
    assert ms[(30000000, "元")][1] == "中国"
    from conftest import built
    assert "中国" not in {e.name for e in built("车辆沿中方向行驶，全长5公里。").entities.values()}


def test_a_company_named_before_its_trade_is_the_trade():
    """中国邮政业业务总量完成a亿元: 中国邮政 (China Post's short name) followed by 业 closes the trade
    邮政业 — the country's postal trade, no company — so the figure is 邮政业业务总量 of China (was
    业业务总量 of 中国邮政集团有限公司).  中国邮政业务收入 (业 opening 业务) stays the company's."""
    ms = _metrics("据统计，2018年，中国邮政业业务总量完成12345.2亿元。")
    assert ms[(1234520000000, "元")][:2] == ("邮政业业务总量", "中国")
    ms = _metrics("今年前三季度，中国邮政业完成业务总量1.2万亿元。")
    assert ms[(1200000000000, "元")][1] == "中国"
    ms = _metrics("2025年，中国邮政业务收入完成500亿元。")
    assert ms[(50000000000, "元")][1] == "中国邮政集团有限公司"


def test_a_second_whole_listed_after_a_share_is_the_same_share_of_it():
    """出口额占全省的12.5%、全国的1.2% / 占全省的8.1%和全国的0.5%: the second percentage is the same
    measure's share of the second whole (出口额占全国) — it was named by the bare unit %, or 和全国,
    and given China as its subject; its subject is the first figure's (the whole is no subject)."""
    ms = _metrics("全市出口额占全省的12.5%、全国的1.2%。")
    assert ms[(1.2, "%")][0] == "出口额占全国"
    ms = _metrics("宁波市出口额占浙江省的25.3%、全国的3.2%。")
    assert ms[(3.2, "%")][:2] == ("出口额占全国", "宁波市")
    ms = _metrics("2025年，全市地区生产总值占全省的8.1%和全国的0.5%。")
    assert ms[(0.5, "%")][0] == "地区生产总值占全国"
    ms = _metrics("全县GDP占全市的15%，增长3.2%。")
    assert ms[(3.2, "%")][0] != "GDP占增长"


def test_the_place_receiving_what_is_given_is_no_subject():
    """宁波市向吉林省延边州下拨帮扶资金5000万元 / 我们决定向菲律宾提供…: the place after 向 (or 给) with
    a verb of giving after it receives the amount; it was the subject (the most specific place of
    the sentence, or the only one), where the giver is whom the amount is about."""
    ms = _metrics("2025年，宁波市向吉林省延边州下拨帮扶资金5000万元。")
    assert ms[(50000000, "元")][1] == "宁波市"
    ms = _metrics("外交部发言人答记者问\n外交部发言人表示，中方高度关注菲律宾灾情。我们决定向菲律宾提供1000万元人民币紧急援助。")
    assert ms[(10000000, "元")][1] != "菲律宾"


def test_the_central_budgets_accounts_keep_zhongyang():
    """中央一般公共预算收入a亿元 / 中央本级支出 / 中央对地方转移支付 in a budget report: 中央 names the
    level of the budget, so it stays in the indicator (it was stripped as a national scope word,
    making the central budget's revenue read as the nation's 一般公共预算收入, another figure)."""
    ms = _metrics("全年中央一般公共预算收入100435.71亿元，增长0.9%。")
    assert ms[(10043571000000, "元")][0] == "中央一般公共预算收入"
    ms = _metrics("中央本级支出40720.18亿元，完成预算的98.1%；中央对地方转移支付100335.72亿元。")
    assert ms[(4072018000000, "元")][0] == "中央本级支出"
    assert ms[(10033572000000, "元")][0] == "中央对地方转移支付"
    ms = _metrics("全国一般公共预算收入219702.12亿元。")
    assert ms[(21970212000000, "元")][:2] == ("一般公共预算收入", "中国")


def test_a_change_in_per_mille_points_is_the_rates_before_it():
    """出生人口为a人，死亡人口为b人，人口自然增长率为-3.19‰，比上年下降3.18个千分点: a change in 个千分点
    after a rate in ‰ is that rate's change, as 个百分点 after % is (it was read as the change of the
    last level counted, 死亡人口比上年下降)."""
    ms = _metrics("全年出生人口为580人，死亡人口为939人，人口自然增长率为-3.19‰，比上年下降3.18个千分点。")
    assert ms[(3.18, "个千分点")][0] == "人口自然增长率比上年下降"


def test_a_growth_in_percent_after_a_share_is_the_owners():
    """增加值占规模以上工业增加值的比重85.9%，同比增长5.2% / 采矿业增加值占比达96.05%，同比下降15.6%:
    a growth in % after a share is the growth of what holds the share (增加值同比增长) — a share's
    own change is written in points (比上年提高1.2个百分点 stays the share's)."""
    ms = _metrics("全市民营工业增加值占规模以上工业增加值的比重85.9%，同比增长5.2%。")
    assert ms[(5.2, "%")][0] == "民营工业增加值同比增长"
    ms = _metrics("分行业看，采矿业增加值占比达96.05%，同比下降15.6%。")
    assert ms[(15.6, "%")][0] == "采矿业增加值同比下降"
    ms = _metrics("高新技术产业增加值占规模以上工业增加值的比重为24.5%，比上年提高1.2个百分点。")
    assert ms[(1.2, "个百分点")][0] == "高新技术产业增加值占规模以上工业增加值的比重比上年提高"


def test_a_givers_name_unknown_to_the_registries_is_no_indicator():
    """香港赛马会捐款2000万港元 / 福建社团联会、海南社团总会各捐款100万港元 / 侨界社团联会慈善基金捐赠…:
    the rest of a body's name (ending 总会, 联会, 协会, 基金 …) before a verb of giving is who gives,
    not what is given — the amount is 捐款 (was 赛马会捐款, 社团总会各捐款); a meeting (召开大会捐款)
    is no body."""
    ms = _metrics("香港赛马会捐款2000万港元，支援灾区。")
    assert ms[(20000000, "港元")][0] == "捐款"
    ms = _metrics("多个香港社团纷纷捐款。福建社团联会、海南社团总会各捐款100万港元。")
    assert ms[(1000000, "港元")][0] == "捐款"
    ms = _metrics("宁波市召开大会捐款200万元。")
    assert ms[(2000000, "元")][0] == "召开大会捐款"


def test_a_currency_named_before_the_amount():
    """收到港币756万元捐款 / 捐款约港币100万元 / 捐款人民币100万元: a currency's name right before an
    amount in 元 gives its currency (港元, not yuan), and it closes no indicator (捐款, was 捐款约港币,
    捐款人民币)."""
    ms = _metrics("截至24日，香港红十字会收到港币756万元捐款。")
    assert ms[(7560000, "港元")][0] == "捐款"
    ms = _metrics("香港某商会捐款约港币100万元。")
    assert ms[(1000000, "港元")][0] == "捐款"
    ms = _metrics("某商会捐款人民币100万元。")
    assert ms[(1000000, "元")][0] == "捐款"


def test_the_giver_and_receiver_before_the_verb_of_giving_are_no_indicator():
    """某商会在…行动中向长阳慈善总会捐款10万元 / 社会各界通过…向灾区捐款已达1.72亿港元: the giver, the
    way and the receiver before 向…捐款 are no part of what is measured — the amount is 捐款 (the
    whole clause was the indicator)."""
    ms = _metrics("社会各界通过中央人民政府驻香港联络办公室向灾区捐款已达1.72亿港元。")
    assert ms[(172000000, "港元")][0] == "捐款"
    ms = _metrics("某商会在精准扶贫行动中向县慈善总会捐款10万元。")
    assert ms[(100000, "元")][0] == "捐款"
