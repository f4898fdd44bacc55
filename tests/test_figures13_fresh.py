"""Figures in shapes read on fresh statistics releases, monthly briefs, work reports and tourism
press conferences (round 13): 零 opening a word (汽车零部件) is no count of zero; a bound run into
a noun (5000万元及以上项目950个) names a size class, no figure; 负增长 and 同比增 are changes of the
level before them; what a count counts ends before its change (18个行业保持正增长); a chain of
places (湖南省长沙市) opening a clause is the subject's, none of it what is counted.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.stages.numbers import find_quantities


def _metrics(text: str, date: str | None = "2024-09-20"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject), m.kind) for m in res.metrics}


def test_zero_opening_a_word_is_no_figure():
    """汽车零部件及装备制造产业增长15.6%: 零部 is no 0 部, and the industry keeps its name."""
    assert [q.value for q in find_quantities("其中汽车零部件及装备制造产业增长15.6%。")] == [15.6]
    got = _metrics("一季度，全市主导产业增加值增长17.3%，其中汽车零部件及装备制造产业增长15.6%。")
    assert (0, "部") not in got
    # (the part shares the measure the whole named: its value added grew, round 20)
    assert got[(15.6, "%")][0] == "汽车零部件及装备制造产业增加值增长"


def test_a_bound_run_into_a_noun_is_a_size_class():
    """全市5000万元及以上项目950个, 100亩以上经营主体: the amount bounds a class of projects or
    farms; only the count after it is a figure."""
    assert [(q.value, q.unit) for q in find_quantities("全市5000万元及以上项目950个。")] == [(950, "个")]
    assert [(q.value, q.unit) for q in find_quantities("全市100亩以上经营主体320个。")] == [(320, "个")]
    got = _metrics("一季度，全市5000万元及以上项目950个，投资额增长26.9%。")
    assert got[(950, "个")][0] == "5000万元及以上项目"
    # 总投资5000万元以上。 / 达到85%以上时 / 3000人以上参加: the bound qualifies a figure, which stays
    assert [q.value for q in find_quantities("项目总投资5000万元以上。")] == [50000000]
    assert [q.value for q in find_quantities("自动化程度已经达到85%以上时，")] == [85]
    assert [q.value for q in find_quantities("吸引3000人以上参加。")] == [3000]
    assert [q.value for q in find_quantities("规模达到5000万元以上企业。")] == [50000000]


def test_negative_growth_is_the_change_of_the_level_before():
    """第二产业增加值438.43亿元，负增长7.6%: the fall is the value added's."""
    got = _metrics("1-3月，第二产业增加值438.43亿元，负增长7.6%；林业产值2.54亿元，负增长16.8%。")
    assert got[(7.6, "%")][0] == "第二产业增加值负增长"
    assert got[(7.6, "%")][2] == "change"
    assert got[(16.8, "%")][0] == "林业产值负增长"


def test_a_one_character_change_after_its_basis_is_a_change():
    """共接待游客8753万人次，同比增63%: 同比增 is 同比增长 written short."""
    got = _metrics("2023年1至11月，全州共接待游客8753万人次，同比增63%；实现旅游业总收入1277亿元，同比增72%。")
    assert got[(63, "%")][2] == "change"
    assert got[(63, "%")][0] == "接待游客同比增"
    assert got[(72, "%")][0] == "旅游业总收入同比增"
    # 全县新增企业32家: 新增 is no 增 after a basis; the count stays a level
    got = _metrics("全县新增企业32家，比上年增加5家。")
    assert got[(32, "家")][2] == "level"
    assert got[(5, "家")][2] == "change"


def test_what_a_count_counts_ends_before_its_change():
    """27个行业大类中18个行业保持正增长; 340家产值超亿元企业增长1.4%: the industries and firms
    are counted (a level), their growth is the rate's."""
    got = _metrics("分行业看，27个行业大类中18个行业保持正增长。340家产值超亿元企业增长1.4%。")
    assert got[(18, "个")][0] == "行业"
    assert got[(18, "个")][2] == "level"
    assert got[(340, "家")][0] == "产值超亿元企业"
    assert got[(340, "家")][2] == "level"
    assert got[(1.4, "%")][0] == "产值超亿元企业增长"
    # 培育3个经济增长点: 增长 inside 增长点 is part of the noun
    assert [q.counted for q in find_quantities("培育3个经济增长点。")] == ["经济增长点"]


def test_a_chain_of_places_opening_a_clause_gives_its_last_place():
    """2023年1至11月，湖南省长沙市接待游客…: the city is the subject, and no place is counted."""
    got = _metrics("2023年1至11月，湖南省长沙市接待游客8753万人次。")
    assert got[(87530000, "人次")][:2] == ("接待游客", "长沙市")
    got = _metrics("今年以来，河北省邯郸市魏县完成固定资产投资12亿元。")
    assert got[(1200000000, "元")][:2] == ("固定资产投资", "魏县")


def test_a_rank_in_the_province_is_a_yardstick_not_the_subject():
    """第一产业增加值27.5亿元，增长3.4%，全省第8位，高于全省0.1个百分点，贡献率9.1%: the province is
    where the city ranks; the figures after it stay the city's."""
    text = ("2025年一季度朝阳市经济运行情况\n一季度，全市地区生产总值完成242.0亿元。\n"
            "第一产业增加值27.5亿元，增长3.4%，全省第8位，高于全省0.1个百分点，贡献率9.1%。\n"
            "第二产业增加值75.4亿元，增长8.5%。")
    got = _metrics(text, date=None)
    assert got[(9.1, "%")][1] == "朝阳市"
    assert got[(7540000000, "元")][1] == "朝阳市"


def test_yardsticks_of_the_country_make_no_national_story():
    """5项工作居全国首位 … 比全国高20个百分点 … 高出全国5个百分点: a province's report measured
    against the country; its figures are the province's."""
    text = ("安徽亮出“三农成绩单”\n2023年，安徽农业强省建设开局良好。\n"
            "5项工作居全国首位。家庭农场突破30万家、居全国第1位；高素质农民发展水平蝉联全国榜首。\n"
            "高标准农田占比达75.2%，比全国高20个百分点；农作物耕种收综合机械化率达85%、高于全国10个百分点；"
            "农业科技进步贡献率达66.5%、高出全国5个百分点。")
    got = _metrics(text, date=None)
    assert got[(85, "%")][1] == "安徽省"
    assert got[(66.5, "%")][1] == "安徽省"
    # the rate before is what is compared with the country
    assert got[(10, "个百分点")][0] == "农作物耕种收综合机械化率高于全国"


def test_a_papers_dispatch_city_is_no_subject():
    """本报济南12月11日讯 据海关统计，今年前11个月，山东省外贸进出口…，同比增长7.4%: Jinan is where
    the paper wrote from; the province's trade grew."""
    text = ("前11个月我省外贸进出口增长7.4%\n本报济南12月11日讯 据海关最新统计，今年前11个月，"
            "山东省外贸进出口17483.7亿元，同比增长7.4%。其中，出口9594.1亿元，增长6.6%。")
    got = _metrics(text, date=None)
    assert got[(959410000000, "元")][1] == "山东省"
    assert got[(6.6, "%")][1] == "山东省"


def test_the_country_ranks_below_its_places():
    """在“迎接新中国成立75周年”系列发布会上表示，2023年北京全市旅游接待3.29亿人次，较上年增长80%:
    China, named in the meeting's name, is not more specific than Beijing."""
    text = ("北京2023年旅游接待3.29亿人次\n中新网7月25日电 据北京市文化和旅游局微信公众号消息，"
            "北京市文化和旅游局副局长刘斌在“迎接新中国成立75周年”系列主题新闻发布会上"
            "表示，2023年北京全市旅游接待3.29亿人次，较上年增长80%，创历史新高。")
    got = _metrics(text, date=None)
    assert got[(80, "%")][1] == "北京市"


def test_a_slight_change_after_its_basis_is_a_change():
    """夏粮产量2922.6亿斤，比上年略减25.5亿斤: the decrease is the summer grain's."""
    got = _metrics("今年夏粮产量2922.6亿斤，比上年略减25.5亿斤。")
    assert got[(2550000000, "斤")][0] == "夏粮产量比上年略减"
    assert got[(2550000000, "斤")][2] == "change"


def test_each_is_read_like_respectively():
    """城镇和农村居民人均可支配收入各为35210元和16820元: 各为 pairs the items with the figures as 分别为."""
    got = _metrics("今年以来，全县城镇和农村居民人均可支配收入各为35210元和16820元。")
    assert got[(35210, "元")][0] == "城镇居民人均可支配收入"
    assert got[(16820, "元")][0] == "农村居民人均可支配收入"


def test_places_listed_before_respectively_achieving_are_no_indicator():
    """高新区、经开区分别实现规上工业增加值增长12.1%、9.8%: the zones are the subjects; what they
    achieved is each figure's indicator, not 经开区分别实现…."""
    text = ("南阳市一季度经济运行情况\n一季度，高新区、经开区分别实现规上工业增加值增长12.1%、9.8%。"
            "高新区、经开区分别实现税收3.2亿元、2.1亿元。")
    got = _metrics(text, date=None)
    assert got[(12.1, "%")][0] == "规上工业增加值增长"
    assert got[(9.8, "%")][0] == "规上工业增加值增长"
    assert got[(210000000, "元")][0] == "税收"


def test_a_header_date_written_day_first():
    """发布时间：16.11.2015: the 16th of November (a meeting's time so written dates no page)."""
    from kg.stages.dates import header_date
    assert header_date("发布时间：16.11.2015\n全县完成投资12亿元。") == "2015-11-16"
    assert header_date("会议时间：16.11.2015\n") is None


def test_a_dispatch_dateline_ending_in_xun_dates_the_story():
    """本报济南12月11日讯: a dateline like 新华社北京12月11日电."""
    from kg.stages.dates import dateline_date
    assert dateline_date("本报济南12月11日讯 据海关最新统计，", 2018) == "2018-12-11"


def test_how_a_change_is_measured_is_no_part_of_the_indicator():
    """一季度地区生产总值按可比价格计算增长8.5%: the price basis says how the growth is measured."""
    got = _metrics("初步核算，一季度地区生产总值按可比价格计算增长8.5%，比去年同期提高0.5个百分点。")
    assert got[(8.5, "%")][0] == "地区生产总值增长"


def test_dan_is_a_unit_of_weight_not_the_verb():
    """收购烟叶21.43万担: 担 (50 kg) measures the tobacco; 担任, 担当 are verbs."""
    assert [(q.value, q.unit) for q in find_quantities("全年收购烟叶21.43万担。")] == [(214300, "担")]
    assert [q.unit for q in find_quantities("2名干部担任组长。")] == ["名"]
