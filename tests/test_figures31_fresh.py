"""Figures in shapes read on survey-team releases (round 31): a survey team of the national
statistics bureau (国家统计局江西调查总队, 国家统计局赣州调查队) named as the source of CPI and
household-income figures publishes the figures of the place it serves — a 总队 its province's, a
调查队 its city's — not the dateline's city, not the team itself, and not no subject at all.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _subjects(text: str) -> dict:
    return {k: v[1] for k, v in figure_table(text, "2024-12-05").items()}


def test_a_provincial_survey_team_reporting_gives_its_province():
    """国家统计局江西调查总队发布，…居民消费价格同比上涨0.3%: Jiangxi's CPI (no place was named, the
    figure had no subject); 记者从…广东调查总队获悉，…全省…: 全省 is Guangdong."""
    assert _subjects("国家统计局江西调查总队发布，10月份居民消费价格同比上涨0.3%。")[(0.3, "%")] == "江西省"
    assert _subjects("记者从国家统计局广东调查总队获悉，10月份，全省居民消费价格同比上涨0.3%。")[(0.3, "%")] == "广东省"


def test_a_survey_team_heading_a_headline_is_the_source_not_the_subject():
    """国家统计局湖南调查总队：前三季度全省居民人均可支配收入增长5.3%: the team before a colon reports;
    the income is Hunan's, never the team's."""
    assert _subjects("国家统计局湖南调查总队：前三季度全省居民人均可支配收入增长5.3%")[(5.3, "%")] == "湖南省"


def test_the_team_beats_the_datelines_city_and_reaches_the_next_sentence():
    """本报南昌电 国家统计局江西调查总队发布…: the figures are the province's, not Nanchang's (the
    dateline's city); the team named in the lead reaches the next sentence's 全省."""
    text = "本报南昌12月2日电 国家统计局江西调查总队发布数据显示，10月份居民消费价格同比上涨0.3%。"
    assert _subjects(text)[(0.3, "%")] == "江西省"
    text = "国家统计局江西调查总队发布最新数据。10月份，全省居民消费价格同比上涨0.3%。"
    assert _subjects(text)[(0.3, "%")] == "江西省"


def test_a_city_survey_team_gives_its_city():
    """国家统计局朝阳调查队发布，…全市…: 朝阳 is both a city and a county; a 调查队 of that name is the
    city's (朝阳市)."""
    assert _subjects("国家统计局朝阳调查队发布，10月份全市居民消费价格同比上涨0.5%。")[(0.5, "%")] == "朝阳市"


def test_a_place_named_in_the_sentence_and_a_team_counting_itself_stay():
    """A place named before the figure keeps it (…调查总队数据显示，…南昌市居民…: Nanchang's); a team
    that is no source (共有干部职工300人) keeps its own figure."""
    text = "国家统计局江西调查总队数据显示，前三季度，南昌市居民人均可支配收入增长5.1%。"
    assert _subjects(text)[(5.1, "%")] == "南昌市"
    assert _subjects("国家统计局江西调查总队共有干部职工300人。")[(300, "人")] == "国家统计局江西调查总队"


def test_a_team_in_the_sentence_before_yields_to_a_place_named_after_it():
    """国家统计局新疆调查总队副总队长介绍，博孜村是乌什县最穷的村。人均年收入…: the sentence before
    names a place after the team; the figure is that place's, never the region's."""
    text = "国家统计局新疆调查总队副总队长介绍，驻村所在的乌什县是贫困县。2013年人均年收入不足6200元。"
    assert _subjects(text)[(6200, "元")] != "新疆维吾尔自治区"


def _indicators(text: str) -> dict:
    return {k: v[0] for k, v in figure_table(text, "2024-12-05").items()}


def test_a_list_parted_by_commas_and_by_dunhao_gives_each_item_its_figure():
    """专用设备制造业，电气机械和器材制造业、汽车制造业，医药制造业增加值同比分别增长a、b、c和d: some items
    parted by commas, others by 、 in one clause — four items for four figures (not all four to
    the last item); 和 inside an official name (批发和零售业) parts nothing."""
    ms = _indicators("前三季度，专用设备制造业，电气机械和器材制造业、汽车制造业，医药制造业增加值同比分别增长"
                     "12.1%、9.8%、7.5%和3.2%。")
    assert ms[(12.1, "%")] == "专用设备制造业增加值同比增长"
    assert ms[(9.8, "%")] == "电气机械和器材制造业增加值同比增长"
    assert ms[(7.5, "%")] == "汽车制造业增加值同比增长"
    assert ms[(3.2, "%")] == "医药制造业增加值同比增长"
    ms = _indicators("前三季度，农林牧渔业，批发和零售业、住宿和餐饮业增加值分别增长3.1%、6.2%和5.4%。")
    assert [ms[(v, "%")] for v in (3.1, 6.2, 5.4)] == \
        ["农林牧渔业增加值增长", "批发和零售业增加值增长", "住宿和餐饮业增加值增长"]


def test_a_groups_total_is_no_members_nor_the_datelines():
    """南昌高新技术产业开发区、赣州经济技术开发区等10家开发区实现营业收入合计1.2万亿元: the total is the
    group's — not 南昌市 (the city inside the first member's name), nor the dateline's city. With
    no other place the figure keeps no subject; one zone alone keeps its own figure."""
    text = "本报南昌12月2日讯 南昌高新技术产业开发区、赣州经济技术开发区等10家开发区实现营业收入合计1.2万亿元。"
    assert _subjects(text)[(1200000000000, "元")] is None
    text = "南昌高新技术产业开发区、赣州经济技术开发区等10家开发区实现营业收入合计1.2万亿元。"
    assert _subjects(text)[(1200000000000, "元")] != "南昌市"
    assert _subjects("南昌高新技术产业开发区2023年实现营业收入1500亿元。")[(150000000000, "元")] == "南昌高新技术产业开发区"


def test_a_place_closing_a_list_with_a_count_is_a_member_not_the_subject():
    """授予六石街道等6个镇街…: the street before 等6个 is one of the six, so the count is not its own
    (the city's, or the province's in 四川省政府批准北川羌族自治县等15个县退出…)."""
    text = "东阳市人民政府决定授予六石街道等6个镇街为美丽乡村建设先进单位。"
    assert _subjects(text)[(6, "个")] == "东阳市"
    text = "四川省政府常务会议批准北川羌族自治县等15个县退出贫困县序列。"
    assert _subjects(text)[(15, "个")] == "四川省"
