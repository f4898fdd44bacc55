"""Round 64 (fund64): annual statistics of public funds and social sectors — human-resources and
social-security bulletins (基金收入, 参保人数), social-service (民政) bulletins, women's and children's
development monitoring reports, a county disabled persons' federation report — from fresh texts of
/tmp/s26/fresh/fund64 (national, 内蒙古 鄂尔多斯, 广西 梧州, 北京, 浙江).  Fixes: a bare growth rate
(增长率为20.2%, 年均增长率是9.7%) right after an amount is that amount's level's rate and a change;
a clause opened by 分别 with a basis and a change verb (参保职工a人，参保离退休人员b人，分别比上年末增加c人和
d人) changes the levels of the clauses before it one each; the spaces a text copied from a PDF puts
around its figures (比 2010 年降低 43.7% ; 14.1% 和 18.5%) neither make the compared year the figure's
period nor break a list of figures; a bare 床位 after one count of facilities is theirs (儿童福利机构床位); a
clause of only a time, an adverb and a change verb (2020年进一步提高到80.88岁) goes on with the level before it;
a share's owner with 占 before a time (提取额占当年缴存额) is no section label; a fund's flow named bare after
another (居民医保基金收入…；支出…) is that fund's."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[float, str], tuple[str, str, str | None]]:
    return {(m.value, m.unit): (m.indicator, m.kind, m.period) for m in doc.metrics}


def test_a_bare_growth_rate_is_the_rate_of_the_amount_before_it():
    """06-hrss-2012-news, 07-hrss-2011-news (人社统计公报): 基金收入合计28909亿元，比上年增长4866亿元，增长率为
    20.2% (base: a bare indicator 增长率, kind level); 02-wuzhou: 人均地区生产总值为39072元，…年均增长率…."""
    ms = _metrics(extract_text("社会保险基金收支情况\n2012年全年五项社会保险基金收入合计28909亿元，比上年增长4866亿元，"
                               "增长率为20.2%。"))
    assert ms[(20.2, "%")][:2] == ("五项社会保险基金收入增长率", "change"), ms
    avg = _metrics(extract_text("梧州经济发展\n2016年，梧州市人均地区生产总值为39072元，年均增长率是9.7%。"))
    assert avg[(9.7, "%")][:2] == ("人均地区生产总值年均增长率", "change"), avg
    # rates after 分别 rate the levels listed before, not the last one twice
    listed = _metrics(extract_text("梧州经济发展\n2016年，梧州市地区生产总值1175.65亿元；人均地区生产总值为39072元，"
                                   "比2010年分别增加596.3亿元和19642元，年均增长率分别是10.5%和9.7%。"))
    assert listed[(10.5, "%")][0] != "人均地区生产总值年均增长率", listed
    # a rate in ‰ (人口自然增长率) stays the level it is counted as; a growth rate named in full keeps its name
    own = _metrics(extract_text("人口情况\n2016年，全市出生人口4.20万人，出生率13.93‰，人口自然增长率为8.37‰，"
                                "地区生产总值增长率为6.5%。"))
    assert own[(8.37, "‰")][:2] == ("人口自然增长率", "level"), own
    assert own[(6.5, "%")][:2] == ("地区生产总值增长率", "change"), own


def test_respectively_opening_a_clause_changes_the_levels_before_it():
    """07-hrss-2011-news: 其中，参保职工21565万人，参保离退休人员6826万人，分别比上年末增加2163万人和521万人
    (base: both changes 参保离退休人员比上年末增加)."""
    ms = _metrics(extract_text("养老保险参保情况\n2011年年末全国参加城镇基本养老保险人数为28391万人。其中，参保职工21565万人，"
                               "参保离退休人员6826万人，分别比上年末增加2163万人和521万人。"))
    assert ms[(21630000, "人")][0] == "参保职工比上年末增加", ms
    assert ms[(5210000, "人")][0] == "参保离退休人员比上年末增加", ms
    # 分别为 is a copula: the multiples compare, they change nothing of the levels' names
    same = _metrics(extract_text("养老服务\n全市有养老机构35家，床位4200张，分别为上年的1.2倍和1.1倍。"))
    assert same[(1.2, "倍")] == ("养老机构", "ratio", None), same


def test_spaced_figures_of_a_pdf_copy():
    """09-women-outline-final (国家统计局, 妇女发展纲要终期监测): 2020 年，我国孕产妇死亡率为 16.9/10 万，比 2010 年降低
    43.7% ; 城市与农村孕产妇死亡率分别为 14.1/10 万和 18.5/10 万 (base: the change's period 2010, the year
    compared with, and the second rate's indicator 1/10万)."""
    ms = _metrics(extract_text("妇女与健康\n2020 年，我国孕产妇死亡率为 16.9/10 万，比 2010 年降低 43.7% 。"
                               "城市与农村孕产妇死亡率分别为 14.1/10 万和 18.5/10 万。"))
    assert ms[(43.7, "%")] == ("孕产妇死亡率降低", "change", "2020"), ms
    assert ms[(18.5, "1/10万")][0] == ms[(14.1, "1/10万")][0] != "1/10万", ms
    covered = _metrics(extract_text("生态建设\n2020 年，全市森林覆盖率为 16.9% ，比 2010 年提高 4.7 个百分点 。"))
    assert covered[(4.7, "个百分点")] == ("森林覆盖率提高", "change", "2020"), covered
    # a year the figure is of, spaced, stays its period
    year = _metrics(extract_text("就业情况\n2020 年，全市城镇新增就业 3.2 万人。"))
    assert year[(32000, "人")][2] == "2020", year


def test_beds_after_a_count_of_facilities_are_theirs():
    """04-social-service-2013 (民政部 社会服务发展统计公报): 全国共有儿童收养救助服务机构803个，拥有床位9.8万张…其中
    儿童福利机构529个，比上年增加66个，床位8.7万张 (base: five bare indicators 床位 in one bulletin)."""
    ms = _metrics(extract_text("社会服务发展统计公报\n截至2013年底，全国共有儿童收养救助服务机构803个，拥有床位9.8万张，"
                               "年末收养各类人员5.6万人。其中儿童福利机构529个，比上年增加66个，床位8.7万张，比上年增长12.7%；"
                               "未成年人救助保护中心274个，床位1.1万张。"))
    assert ms[(98000, "张")][0] == "儿童收养救助服务机构床位", ms
    assert ms[(87000, "张")][0] == "儿童福利机构床位", ms
    assert ms[(12.7, "%")][0] == "儿童福利机构床位比上年增长", ms
    assert ms[(11000, "张")][0] == "未成年人救助保护中心床位", ms
    # after two counts of facilities the beds may be all of them: no one kind's; after people, no facility's
    two = _metrics(extract_text("养老服务\n全市共有养老机构35家，其中公办10家，床位4200张。全县卫生技术人员5000人，床位3200张。"))
    assert two[(4200, "张")][0] == "床位" and two[(3200, "张")][0] == "床位", two


def test_a_series_going_on_keeps_its_level():
    """09-women-outline-final: 女性人均预期寿命从 2010 年的 77.37 岁提高到 2015 年的 79.43 岁， 2020 年进一步提高到
    80.88 岁 (base: the 2020 figure with the indicator 进一步, and without spaces no figure at all — an age
    with no lifespan word in its clause)."""
    ms = _metrics(extract_text("妇女与健康\n女性人均预期寿命从2010年的77.37岁提高到2015年的79.43岁，2020年进一步提高到80.88岁。"))
    assert ms[(80.88, "岁")] == ("女性人均预期寿命", "level", "2020"), ms
    area = _metrics(extract_text("住房\n全市人均住房面积从2010年的28平方米提高到2015年的32平方米，2020年进一步增加到36平方米。"))
    assert area[(36, "平方米")][0] == "人均住房面积", area
    # an age of a group after a lifespan stays no figure of its own
    aged = _metrics(extract_text("老龄\n全市人均预期寿命达到78岁，2020年，60岁以上老人有3万人。"))
    assert (60, "岁") not in aged, aged


def test_a_share_s_owner_before_a_time_is_no_section_label():
    """The standard wording of a city's 住房公积金年度报告 (probed on its template sentences, the topic of this
    round): …提取住房公积金76.54亿元，同比增长12.3%；提取额占当年缴存额的77.5% (base: 提取额占 read as a bulletin's
    section label glued to its time 当年, the share named 缴存额, a level)."""
    ms = _metrics(extract_text("住房公积金年度报告\n2023年，全市提取住房公积金76.54亿元，同比增长12.3%；"
                               "提取额占当年缴存额的77.5%，比上年增加2.1个百分点。"))
    assert ms[(77.5, "%")][:2] == ("提取额占当年缴存额", "share"), ms
    # a noun label glued to the time opening its text stays a label (人口 年末常住人口…)
    label = _metrics(extract_text("统计公报\n人口年末常住人口1234万人。"))
    assert label[(12340000, "人")][0] == "常住人口", label


def test_a_fund_s_flow_named_bare_is_that_fund_s():
    """A medical-insurance bulletin (国家医保局 2022年医疗保障事业发展统计公报 as the press gave it, found while
    searching this round's texts): 居民医保基金收入10128.90亿元，比上年增长4.2%；支出9353.44亿元 … 居民医保基金当期结存
    775.46亿元，累计结存7534.13亿元 (base: bare 支出, 总支出, 累计结存 — several funds' in one bulletin)."""
    ms = _metrics(extract_text("医疗保障事业发展统计公报\n2022年，全国基本医疗保险基金总收入30922.17亿元，比上年增长7.6%；"
                               "总支出24597.24亿元，比上年增长2.3%。职工医保基金收入20793.27亿元，比上年增长9.4%，支出"
                               "15243.80亿元。2022年，居民医保基金收入10128.90亿元，比上年增长4.2%；支出9353.44亿元。"
                               "居民医保基金当期结存775.46亿元，累计结存7534.13亿元。"))
    assert ms[(2459724000000, "元")][0] == "基本医疗保险基金总支出", ms
    assert ms[(2.3, "%")][0] == "基本医疗保险基金总支出比上年增长", ms
    assert ms[(1524380000000, "元")][0] == "职工医保基金支出", ms
    assert ms[(935344000000, "元")][0] == "居民医保基金支出", ms
    assert ms[(753413000000, "元")][0] == "居民医保基金累计结存", ms
    # a household's income and spending are no fund's flows; a full stop ends the fund's run
    home = _metrics(extract_text("居民收支\n全县城镇居民人均可支配收入35000元，支出20000元。全市税收收入80亿元。支出50亿元。"))
    assert home[(20000, "元")][0] == "支出" and home[(5000000000, "元")][0] == "支出", home


def test_a_compared_year_before_respectively_changes_the_levels_before_it():
    """02-wuzhou-women-monitor (梧州市妇女发展规划监测统计报告), its clauses joined by commas: 梧州市地区生产总值1175.65亿元，
    同比增长7.6%，人均地区生产总值为39072元，比2010年分别增加596.3亿元和19642元 (base: both increases the per-capita
    figure's, 人均地区生产总值增加 596.3亿元)."""
    ms = _metrics(extract_text("梧州经济\n2016年，全市地区生产总值1175.65亿元，同比增长7.6%，人均地区生产总值为39072元，"
                               "比2010年分别增加596.3亿元和19642元。"))
    assert ms[(59630000000, "元")][0] == "地区生产总值增加", ms
    assert ms[(19642, "元")][0] == "人均地区生产总值增加", ms
    # one level and a compared year without 分别: the level's own change
    one = _metrics(extract_text("粮食生产\n2016年，全市粮食产量120万吨，比2010年增加10万吨。"))
    assert one[(100000, "吨")][:2] == ("粮食产量增加", "change"), one
