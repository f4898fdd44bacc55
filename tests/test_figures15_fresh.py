"""Dates and figures in shapes read on fresh pages (round 15): a notice signed with a date in
Chinese numerals (二〇二三年十月八日), a county site's source line closing a story with its date
(（来源：某县融媒体中心 2023年10月8日）), a scrape's day-first stamp line (28.09.2015 19:43).
Heads, footers and sentences written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from kg.stages.dates import header_date, signature_date

_BODY = "全县经济运行总体平稳。" * 60  # a body long enough that its footer is past the head


def test_a_signature_in_chinese_numerals():
    """某县人民政府办公室 / 二〇二三年十月八日 closing a notice: the date it was signed; the zero
    may be written ○ or a letter O."""
    assert signature_date(_BODY + "\n特此通知。\n某县人民政府办公室\n二〇二三年十月八日\n") == "2023-10-08"
    assert signature_date(_BODY + "\n某县自然资源局\n二○二二年十二月三十一日") == "2022-12-31"
    assert signature_date(_BODY + "\n某县自然资源局\n二O一九年七月二十三日") == "2019-07-23"


def test_a_chinese_numeral_date_line_in_the_head():
    """A notice's head with its date in Chinese numerals on a line of its own."""
    assert header_date("关于做好冬季森林防火工作的通知\n二〇二三年十月八日\n各乡镇人民政府：") == "2023-10-08"


def test_a_chinese_numeral_date_in_a_sentence_signs_nothing():
    """二〇二三年十月八日，全县召开…: a sentence, not a signature line."""
    assert signature_date(_BODY + "\n二〇二三年十月八日，全县召开森林防火工作会议。") is None


def test_a_closing_source_line_with_its_date():
    """（来源：某县融媒体中心 2023年10月8日） closing a county story; an event's date in the last
    sentence is not one."""
    assert signature_date(_BODY + "\n（来源：某县融媒体中心 2023年10月8日）\n") == "2023-10-08"
    assert signature_date(_BODY + "\n来源：某县人民政府网 2023-10-08\n") == "2023-10-08"
    assert signature_date(_BODY + "\n会议定于2023年10月8日召开。\n") is None


def test_a_day_first_stamp_line():
    """28.09.2015 19:43 on a line of its own under a headline: day, month, year; an impossible
    day-first reading is no date."""
    assert header_date("凤冈县18个项目集中开工\n28.09.2015 19:43\n本文来源: 新华\n") == "2015-09-28"
    assert header_date("某县召开会议\n09.28.2015 19:43\n") is None


# --------------------------------------------------------------------------- figures

from test_figures14_fresh import _metrics  # noqa: E402  (value, unit) → (indicator, subject, kind, period)


def test_real_growth_after_the_price_clause():
    """…人均可支配收入7520元，名义增长5.2%；扣除价格因素，实际增长4.6%: the real growth, opening
    its own sentence after 扣除价格因素, is the income's, not a measure named 增长."""
    got = _metrics("一季度，全省居民人均可支配收入7520元，比上年同期名义增长5.2%；扣除价格因素，实际增长4.6%。"
                   "分城乡看，农村居民人均可支配收入4180元，名义增长6.3%；扣除价格因素，实际增长5.7%。")
    assert got[(4.6, "%")][0] == "居民人均可支配收入增长"
    assert got[(5.7, "%")][0] == "农村居民人均可支配收入增长"
    assert got[(4.6, "%")][3] == "2024-01/2024-03"


def test_a_bare_rate_noun_after_a_level():
    """全年实现进出口总额18.4亿元，增速达32.5%: 增速 alone is the growth of the level before it."""
    got = _metrics("2023年，全市实现进出口总额18.4亿元，增速达32.5%。")
    assert got[(32.5, "%")][0].endswith("进出口总额增速")
    assert got[(32.5, "%")][2] == "change"


def test_a_statistician_speaking_is_no_subject():
    """某市统计局副局长王某称，某市全年粮食总产量…，比上年增长…: the bureau whose official speaks is
    the source; the figures after the first are the city's too."""
    got = _metrics("日喀则市统计局四级调研员王某称，日喀则全年实现粮食总产量92.5万吨，比上年增长2.1%，"
                   "其中青稞产量68.3万吨，增长3.4%。", "2024-02-28")
    assert got[(2.1, "%")][1] == "日喀则市"
    assert got[(683000, "吨")][1] == "日喀则市"


def test_the_size_bound_of_fixed_asset_investment():
    """500万元以上固定资产投资完成…: the statistics' name of the investment keeps its bound, not a
    fragment 元以上固定资产投资."""
    got = _metrics("2023年，全县500万元以上固定资产投资完成42.6亿元，同比增长8.1%。")
    assert got[(4260000000, "元")][0] == "500万元以上固定资产投资"
    assert (5000000, "元") not in got


def test_the_unit_of_a_capacity_opens_no_noun():
    """实施总装机12.5万千瓦光伏项目6个: the capacity's unit closes that amount; the projects are
    光伏项目."""
    got = _metrics("2023年，全县实施总装机12.5万千瓦光伏项目6个，新建年产5万吨饲料加工项目2个。")
    assert got[(6, "个")][0] == "光伏项目"
    assert got[(2, "个")][0] == "饲料加工项目"


def test_a_breakdown_without_respectively():
    """城镇、农村居民人均可支配收入41230元、18650元，增长4.2%、7.9%: the items pair with the
    figures in order without 分别, the levels and then the changes after them."""
    got = _metrics("2023年，全县城镇、农村居民人均可支配收入41230元、18650元，增长4.2%、7.9%。")
    assert got[(41230, "元")][0] == "城镇居民人均可支配收入"
    assert got[(18650, "元")][0] == "农村居民人均可支配收入"
    assert got[(4.2, "%")][0] == "城镇居民人均可支配收入增长"
    assert got[(7.9, "%")][0] == "农村居民人均可支配收入增长"


def test_a_place_naming_its_own_change_keeps_it_bare():
    """县（区）投资增速前三名：甲县增长58.3%，乙县增长36.8%: a place opening the clause, no level of
    the paragraph lent to it (guard)."""
    got = _metrics("1—7月，全区完成投资675.9亿元。县（区）1—7月投资增速前三名：中宁县增长58.3%，海原县增长36.8%。",
                   "2021-08-30")
    assert got[(36.8, "%")][0] == "增长"


def test_two_yardsticks_two_figures():
    """增速高于全国、全省2.1和1.3个百分点: the first figure compares with the country, the second
    with the province — neither a bare 个百分点 nor one indicator for both; so too when each
    yardstick has its own figure (高于全国2.1个百分点、全省1.3个百分点)."""
    got = _metrics("1-6月，全县规模以上工业增加值同比增长9.2%，增速高于全国、全省2.1和1.3个百分点。", "2024-07-20")
    assert got[(2.1, "个百分点")][0] == "规模以上工业增加值同比增长高于全国"
    assert got[(1.3, "个百分点")][0] == "规模以上工业增加值同比增长高于全省"
    got = _metrics("1-6月，全县规模以上工业增加值同比增长9.2%，高于全国2.1个百分点、全省1.3个百分点。", "2024-07-20")
    assert got[(1.3, "个百分点")][0] == "规模以上工业增加值同比增长高于全省"


def test_a_ranking_frame_is_no_figure():
    """在全市16个县市区高质量发展综合考核排名中，…: the size of the set ranked is no count of the
    county's; a count of the county's own (16个乡镇) still is."""
    got = _metrics("在全市16个县市区高质量发展综合考核排名中，平塘县位列第3名。", "2024-07-20")
    assert (16, "个") not in got
    got = _metrics("平塘县共有16个乡镇。", "2024-07-20")
    assert got[(16, "个")][0] == "乡镇"


def test_a_one_character_change_verb_before_the_rate():
    """牧业产值38.69亿元，增4.0%: 增 alone before the rate is the level's change, no figure named %."""
    got = _metrics("全年牧业产值38.69亿元，增4.0%；渔业产值33.88亿元，降1.2%。")
    assert got[(4.0, "%")][0] == "牧业产值增" and got[(4.0, "%")][2] == "change"
    assert got[(1.2, "%")][0] == "渔业产值降"


def test_a_share_noun_alone_after_a_level():
    """第二产业完成投资305.66亿元，下降5.91%，所占比重（46.96%）…: the share is of that level."""
    got = _metrics("一季度，全省第二产业完成投资305.66亿元，下降5.91%，所占比重（46.96%）比上年同期降低8.40个百分点。")
    assert got[(46.96, "%")][0] == "第二产业完成投资所占比重"
    assert got[(46.96, "%")][2] == "share"


def test_a_topic_clause_names_the_measure():
    """固定资产投资方面，一季度全省同比增长13.4%，增速比全国高8.3个百分点: the topic is what grew."""
    got = _metrics("固定资产投资方面，一季度全省同比增长13.4%，增速比全国高8.3个百分点。", "2023-04-25")
    assert got[(13.4, "%")][0] == "固定资产投资同比增长"
    assert got[(8.3, "个百分点")][0] == "固定资产投资增速比全国高"


def test_newly_built_opens_no_fragment():
    """新建成5G基站3716个: 新建成 is the verb, 5G基站 what is counted (not 成5G基站)."""
    got = _metrics("一季度，全省新建成5G基站3716个。", "2023-04-25")
    assert got[(3716, "个")][0] == "5G基站"


def test_staffing_figures_are_the_title_agencys():
    """某县住房和城乡建设局2018年度整体支出绩效评价报告: its staffing and structure (在职人员, 编制,
    股室) are the bureau's, not the county's; 本部门/我局 speaks of that bureau too."""
    text = ("平江县住房和城乡建设局2018年度整体支出绩效评价报告\n一、部门概况\n"
            "平江县住房和城乡建设局为正科级行政单位，内设12个股室。现有在职人员86人，离退休人员30人。"
            "行政事业总编制为90个，其中行政编11个。\n")
    got = _metrics(text, "2019-05-10")
    for key in ((12, "个"), (86, "人"), (30, "人"), (90, "个"), (11, "个")):
        assert got[key][1] == "平江县住房和城乡建设局", key
    text = "柞水县审计局2020年部门决算\n三、部门人员情况\n截至2020年底，本部门人员编制15人；实有人员14人。\n"
    got = _metrics(text, "2021-06-20")
    assert got[(15, "人")][:2] == ("人员编制", "柞水县审计局")
    assert got[(14, "人")][1] == "柞水县审计局"


def test_a_countys_own_staff_stays_the_countys():
    """全县…在编教师 in a bureau's news: 全县 names the county (guard)."""
    got = _metrics("平江县教育局召开会议\n全县现有在编人员5200人。\n", "2019-05-10")
    assert got[(5200, "人")][1] == "平江县"


def test_yuan_month_is_january():
    """元月份 = January, 元至9月 = January to September; the 元 of an amount (5000元月收入) names
    no month."""
    assert _metrics("元月份，全县发放贷款2.5亿元。", "2023-10-20")[(250000000, "元")][3] == "2023-01"
    assert _metrics("元至9月，全县完成固定资产投资50亿元。", "2023-10-20")[(5000000000, "元")][3] == "2023-01/2023-09"
    assert _metrics("全县农民人均5000元月收入超过400元。", "2023-10-20")[(5000, "元")][3] is None


def test_closing_date_lines_of_other_shapes():
    """A scrape ending on a bare date line (2023-10-08), a notice closing 2023年10月8日印发, an
    issuer and its date on one bracketed line; 截至 and a date, or a sentence, sign nothing."""
    assert signature_date(_BODY + "\n（编辑：张三）\n2023-10-08") == "2023-10-08"
    assert signature_date(_BODY + "\n某县人民政府\n2023年10月8日印发") == "2023-10-08"
    assert signature_date(_BODY + "\n（某县人民政府办公室 2023年10月8日）") == "2023-10-08"
    assert signature_date(_BODY + "\n截至 2023年10月8日") is None
    assert signature_date(_BODY + "\n会议于2023年10月8日召开。") is None


def test_a_population_counted_with_its_unit():
    """辐射周边100多万人口 / 拥有80万人口的农业大县: the unit 人 opens the noun 人口 counted."""
    got = _metrics("项目建成后可辐射周边100多万人口。该县是一个拥有80万人口的农业大县。")
    assert got[(1000000, "人")][0] == "人口"
    assert got[(800000, "人")][0] == "人口"


def test_a_level_held_again():
    """粮食总产量15.84万吨，比上年增长1.9%，继续稳定在15万吨以上: the same measure held, not a
    figure named 继续; 继续教育 stays a noun (guard)."""
    got = _metrics("拉萨2021年实现粮食总产量15.84万吨，比上年增长1.9%，继续稳定在15万吨以上。", "2022-03-02")
    assert got[(150000, "吨")][0] == "粮食总产量"
    got = _metrics("全年开展继续教育培训1200人次。", "2022-03-02")
    assert got[(1200, "人次")][0] == "继续教育培训"


def test_month_on_month_keeps_its_basis_whole():
    """环比7月提高0.8个百分点 / 环比上月上涨0.2%: the change of the rate or price before it, the basis
    环比 whole — no stray 环, no bare 环比上月上涨."""
    got = _metrics("8月当月全区规上工业增速9.7%，环比7月提高0.8个百分点。", "2023-09-27")
    assert got[(0.8, "个百分点")][0] == "规上工业增速环比提高"  # (当月全区: a scope, round 24)
    got = _metrics("8月份，全市居民消费价格同比上涨0.3%，环比上月上涨0.2%。", "2023-09-27")
    assert got[(0.2, "%")][0] == "居民消费价格环比上月上涨"


def test_signing_is_no_approximation():
    """现场签约2个项目, 签约10个项目: 约 ends the verb 签约 and qualifies nothing; 约50人 still does."""
    from kg.stages.numbers import find_quantities
    got = {(q.value, q.unit): q.approx for q in find_quantities("现场共签约2个项目，签约10个项目，约50人参加，附近3个村受益。")}
    assert got == {(2, "个"): False, (10, "个"): False, (50, "人"): True, (3, "个"): False}


def test_a_lead_told_stretch_by_stretch_gives_no_stretch():
    """透视某省2023年经济成绩单, a January story whose lead walks 一季度…上半年…前三季度…全年: the
    figures of later paragraphs without a time are the year's (the headline's 2023), never a
    first quarter still to come."""
    text = ("透视海南2023年经济成绩单\n"
            "2023年经济年报1月19日发布。一季度全省经济增长6.8%；上半年经济增长8.6%；前三季度经济增长9.5%；"
            "全年经济增长9.2%。\n观总体：全省生产总值7551.18亿元，同比增长9.2%。\n")
    got = _metrics(text, "2024-01-22")
    assert got[(755118000000, "元")][3] == "2023"
    assert got[(6.8, "%")][3] == "2023-01/2023-03"


def test_a_size_bound_before_a_modified_class():
    """其中2亿元以上重大项目13个: the bound and its class noun, with the modifier between, name the
    count."""
    got = _metrics("1-8月，全县新签约产业链项目26个，其中2亿元以上重大项目13个。", "2024-09-07")
    assert got[(13, "个")][0] == "2亿元以上重大项目"


def test_leading_bodies_and_batches():
    """县四家班子 / 四套班子 / 四大家 name the county's leading bodies, no count; 16批次 is counted
    in 批次, not 批 with a stray 次."""
    from kg.stages.numbers import find_quantities
    assert find_quantities("他代表县四家班子表示欢迎，县四套班子领导出席。") == []
    got = [(q.value, q.unit) for q in find_quantities("选派16批次162人次医务人员，集中开工两批次27个项目。")]
    assert (16, "批次") in got and (2, "批次") in got


def test_changes_after_respective_levels_in_their_own_clause():
    """城乡居民人均可支配收入分别达到18687元、5634元，增长7.8%、9.2%: the 分别 of the levels' clause
    does not stop the changes after them from pairing in order."""
    got = _metrics("元至九月，城乡居民人均可支配收入分别达到18687元、5634元，增长7.8%、9.2%。", "2018-11-16")
    assert got[(7.8, "%")][0] == "城镇居民人均可支配收入增长"
    assert got[(9.2, "%")][0] == "农村居民人均可支配收入增长"


def test_month_ranges_ending_in_chinese_numerals():
    """元至九月 / 一至九月 / 2017年1至十二月: the months to a month written in Chinese numerals."""
    assert _metrics("元至九月，全县完成生产总值56.7亿元。", "2018-11-16")[(5670000000, "元")][3] == "2018-01/2018-09"
    assert _metrics("2017年1至十二月，全县完成生产总值56.7亿元。", "2018-11-16")[(5670000000, "元")][3] == "2017-01/2017-12"


def test_a_long_ranking_frame():
    """在16个县市区(含其他县市区比拼对象)经济指标综合排名中，…: a frame with a bracketed note."""
    got = _metrics("在16个县市区(含其他县市区比拼对象)经济指标综合排名中，我县由二季度的第12位上升到第6位。", "2018-11-16")
    assert (16, "个") not in got


def test_foreign_investment_actually_used():
    """全国实际使用外资金额9431.5亿元，同比增长17.8%（折合1420.1亿美元，同比增长23.4%）: 实际使用外资
    is the statistic's name (实际 no lead word there); the converted amount is the same measure, as is
    its growth; 占比为40.68% after a change is the share of what changed."""
    got = _metrics("1-10月，全国实际使用外资金额9431.5亿元，同比增长17.8%（折合1420.1亿美元，同比增长23.4%）。"
                   "服务业实际使用外资金额同比下降14.48%，占比为40.68%。", "2021-11-18")
    assert got[(943150000000, "元")][0] == "实际使用外资金额"
    assert got[(142010000000, "美元")][0] == "实际使用外资金额"
    assert got[(23.4, "%")][0] == "实际使用外资金额同比增长"
    assert got[(40.68, "%")][0] == "服务业实际使用外资金额占比"


def test_a_visits_destination_and_a_companys_city_are_no_subject():
    """县委书记带队前往东莞开展招商考察，并与东莞市某公司签约…项目，该项目总投资额达5亿元: the city
    visited and the city in the company's name are not what the project's figure is about; the
    story's county is."""
    text = ("东安县招商签约活动举行\n10月14日，县委书记带队前往东莞开展招商考察，并与东莞市力辉马达有限公司"
            "现场签约智能电器生产制造项目，该项目总投资额达5亿元。\n")
    got = _metrics(text, "2023-10-28")
    assert got[(500000000, "元")][1] == "东安县"
