"""stats40: statistics bulletins, budget reports and economic releases of provinces, cities and
counties (excerpts as published, /tmp/s24/fresh/stats40): the time of figures after a change's
starting year (由上年的…调整为…) and after a census year recalled in a bulletin, a list's items
under a colon line, a figure restated in another unit in brackets, a sample survey's rate, a
year written without 年 before a verb, a bracketed note before a figure, a breadcrumb.
"""
from __future__ import annotations

from conftest import figure_table


def _rows(text: str, date: str | None) -> dict:
    """{(value, unit): (indicator, subject, period, kind)} of `text` as one document."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject), m.period, m.kind) for m in res.metrics}


def test_a_change_from_last_year_gives_no_time_to_the_next_sentence():
    """蚌埠 2024 bulletin (published 2025-03-31): 三次产业结构由上年的…调整为… states only the
    starting level's time; 人均地区生产总值70908元 after it is 2024's (was 2023)."""
    got = figure_table("2024年蚌埠市国民经济和社会发展统计公报\n"
                       "初步核算,全年地区生产总值(GDP)2313亿元,比上年增长5.2%。三次产业结构由上年的"
                       "13.2:32.3:54.5调整为12.4:30.9:56.7。人均地区生产总值70908元,比上年增长5.9%。",
                       "2025-03-31")
    assert got[(70908, "元")][2] == "2024"
    assert got[(5.9, "%")][2] == "2024"
    assert got[(231300000000, "元")][2] == "2024"


def test_a_census_year_recalled_does_not_take_over_the_bulletins_year():
    """A county's 2024 bulletin (no date, no headline): 2023年全国第五次经济普查结果 revises the
    year before; the population and finance paragraphs after it are still 2024's (were 2023)."""
    text = ("2024年,是实现“十四五”规划目标任务关键的一年,全县上下坚持稳中求进的工作总基调,经济发展稳中向好。\n"
            "一、综合\n"
            "初步核算,全年全县生产总值316.80亿元,增长6.2%。\n"
            "2023年全国第五次经济普查结果:生产总值296.80亿元,其中:第一产业增加值50.24亿元。\n"
            "年末全县常住人口77.60万人,其中城镇人口29.20万人,城镇化率37.63%。\n"
            "全年全县地方财政总收入15.17亿元,下降17.8%。")
    got = figure_table(text, None)
    assert got[(31680000000, "元")][2] == "2024"
    assert got[(29680000000, "元")][2] == "2023"  # the census figure keeps its own year
    assert got[(776000, "人")][2] == "2024-12-31"
    assert got[(1517000000, "元")][2] == "2024"
    assert got[(17.8, "%")][2] == "2024"


def test_numbered_items_take_the_time_of_their_colon_line():
    """国家统计局 grain bulletin (2023-12-11): 2023年全国粮食播种面积…分别如下: then 一、二、 items
    comparing with 比2022年: the items are 2023's (were no time)."""
    text = ("国家统计局关于2023年粮食产量数据的公告\n"
            "根据对全国31个省(区、市)的调查,2023年全国粮食播种面积、单位面积产量和总产量分别如下:\n"
            "一、全国粮食播种面积118969千公顷(178453万亩),比2022年增加636千公顷(955万亩),增长0.5%。\n"
            "二、全国粮食单位面积产量5845公斤/公顷(390公斤/亩),比2022年增加43.6公斤/公顷(2.9公斤/亩),增长0.8%。")
    got = _rows(text, "2023-12-11")
    assert got[(118969000, "公顷")][2] == "2023"
    assert got[(5845, "公斤/公顷")][2] == "2023"
    assert got[(0.8, "%")][2] == "2023"


def test_a_figure_restated_in_another_unit_is_the_same_figure():
    """比2022年增加636千公顷(955万亩): 955万亩 is the same change (was a level of 粮食播种面积);
    5845公斤/公顷(390公斤/亩): 390 is the same yield (was an indicator named 公斤/亩)."""
    text = ("国家统计局关于2023年粮食产量数据的公告\n"
            "2023年全国粮食播种面积118969千公顷(178453万亩),比2022年增加636千公顷(955万亩),增长0.5%。"
            "全国粮食单位面积产量5845公斤/公顷(390公斤/亩),比2022年增加43.6公斤/公顷(2.9公斤/亩),增长0.8%。")
    got = _rows(text, "2023-12-11")
    assert got[(9550000, "亩")][0] == "粮食播种面积增加" and got[(9550000, "亩")][3] == "change"
    assert got[(1784530000, "亩")][0] == "粮食播种面积" and got[(1784530000, "亩")][3] == "level"
    assert got[(390, "公斤/亩")][0] == "粮食单位面积产量"
    assert got[(2.9, "公斤/亩")][0] == "粮食单位面积产量增加" and got[(2.9, "公斤/亩")][3] == "change"
    # a bracket holding a part in another unit is no restatement
    got = _rows("全县新建温室大棚120亩(其中智能温室30个)。", "2024-05-01")
    assert got[(30, "个")][0] != "温室大棚"


def test_the_rate_of_a_sample_survey_is_no_figure():
    """平阳县 2024 bulletin: 根据2024年5‰人口变动抽样调查推算 sizes the survey (was a figure 根据
    5‰); the population after it stays."""
    got = figure_table("根据2024年5‰人口变动抽样调查推算,年末全县常住人口87.74万人,比上年末增加0.64万人,"
                       "城镇化率66.8%,比上年提高1.6个百分点。", "2025-03-20")
    assert (5, "‰") not in got
    assert got[(877400, "人")][0] == "常住人口"
    assert got[(66.8, "%")][0] == "城镇化率"


def test_a_year_written_without_nian_before_a_verb_is_no_count():
    """天柱县青云村 (round 39's text, the brief's item): 2021种植桑葚30亩 — 2021 is the year, not
    2021 kinds of anything; 3000种植物 still counts kinds of plants."""
    got = figure_table("村党支部流转土地1100亩,种植高山葡萄100亩,2017年种植青脆李50亩沙糖柑40亩,"
                       "2020年种植杨梅30亩,2021种植桑葚30亩。", "2022-04-22")
    assert (2021, "种") not in got
    assert (30, "亩") in got
    got = figure_table("园内共有3000种植物。", "2022-04-22")
    assert (3000, "种") in got


def test_a_bracketed_note_before_a_figure_is_no_clause():
    """国家统计局 2024年上半年居民收入: 增长(以下如无特别说明,均为同比名义增长)4.6% is the urban
    income's growth (was an indicator 同比名义增长) and a level)."""
    got = _rows("上半年,全国居民人均可支配收入20733元,比上年同期名义增长5.4%。分城乡看,城镇居民人均可支配收入"
                "27561元,增长(以下如无特别说明,均为同比名义增长)4.6%,扣除价格因素,实际增长4.5%。", "2024-07-15")
    assert got[(4.6, "%")][0] == "城镇居民人均可支配收入增长"
    assert got[(4.6, "%")][3] == "change"
    # a bracket that names the measure stays part of it
    got = _rows("全年地区生产总值(GDP)201.20亿元,比上年增长6.5%。", "2025-03-20")
    assert got[(20120000000, "元")][0] == "地区生产总值(GDP)"


def test_a_breadcrumb_opened_by_wode_weizhi_is_page_chrome():
    """A repost of the NBS release: 我的位置:首页>文章详情 above the headline is a breadcrumb, no
    part of the first figure's indicator (was 首页>文章详情上半年全国居民人均可支配收入)."""
    got = _rows("我的位置:首页>文章详情\n\n上半年全国居民人均可支配收入20733元,实际增长5.3%\n\n"
                "2024年上半年居民收入和消费支出情况\n\n一、居民收入情况\n\n"
                "上半年,全国居民人均可支配收入20733元,比上年同期名义增长5.4%。", "2024-07-15")
    assert all("首页" not in row[0] for row in got.values())
    assert got[(20733, "元")][0].endswith("居民人均可支配收入")


def test_a_country_qualifying_an_idea_does_not_place_a_county_bulletin():
    """平昌县 2024 bulletin: 以习近平新时代中国特色社会主义思想为指引 names an idea, not the scene;
    the bulletin's figures after 2024年平昌县地区生产总值 are 平昌县's (were without subject)."""
    text = ("2024 年是全面贯彻落实党的二十大精神的关键之年。全县上下在县委、县政府的坚强领导下,以习近平新时代"
            "中国特色社会主义思想为指引,着力推动高质量发展,全县经济社会呈现稳中有进、进中向好的良好态势。\n"
            "一、综 合\n"
            "根据县(区)地区生产总值统一核算初步结果,2024年平昌县地区生产总值(GDP)201.20亿元,按不变价格计算,"
            "比上年增长6.5%。其中,第一产业增加值45.89亿元,增长1.8%;第二产业增加值42.61亿元,增长9.5%。\n"
            "二、民营经济\n"
            "全年民营经济增加值122.64亿元,比上年增长5.8%,占GDP的比重为61.0%。")
    got = figure_table(text, "2025-04-01")
    assert got[(4589000000, "元")][1] == "平昌县"
    assert got[(12264000000, "元")][1] == "平昌县"
    # a country named for itself still places the story
    got = figure_table("今年以来,中国外贸进出口总值32.16万亿元,同比增长5%。", "2024-10-14")
    assert got[(32160000000000, "元")][1] == "中国"


def test_a_contribution_clause_is_the_measure_befores():
    """平昌县 2024 bulletin: 全年民营经济增加值122.64亿元,…,对GDP增长的贡献率为56.5% is the private
    economy's contribution (was GDP增长的贡献率, nobody's); a clause naming its own contributor
    keeps it (三次产业对经济增长的贡献率分别为…)."""
    got = figure_table("全年民营经济增加值122.64亿元,比上年增长5.8%,占GDP的比重为61.0%,对GDP增长的贡献率为56.5%。"
                       "三次产业对经济增长的贡献率分别为6.3%、32.8%和60.9%。", "2025-04-01")
    assert got[(56.5, "%")][0] == "民营经济增加值对GDP增长的贡献率"
    assert got[(61, "%")][0] == "民营经济增加值占GDP的比重"
    assert got[(6.3, "%")][0] == "第一产业对经济增长的贡献率"


def test_shares_listed_after_fenbie_zhan_are_the_levels_befores():
    """平阳县 2024 bulletin: 男性人口45.01万人,女性人口41.91万人,分别占总人口的51.8%和48.2% — the
    k-th share is the k-th level's (were both a bare 占总人口)."""
    got = figure_table("2024年末,全县户籍总户数25.35万户,总人口86.92万人,从性别看,男性人口45.01万人,"
                       "女性人口41.91万人,分别占总人口的51.8%和48.2%。", "2025-03-20")
    assert got[(51.8, "%")][0] == "男性人口占总人口"
    assert got[(48.2, "%")][0] == "女性人口占总人口"
    assert got[(450100, "人")][0] == "男性人口"


def test_a_share_in_words_before_its_noun_is_a_share_even_with_a_growth_verb():
    """青海 一季度: 六成以上行业保持增长 is the share of the industries that grew (was a change of
    60%); 同比增长二成多 after its verb is still a change."""
    got = _rows("工业生产加快发展,六成以上行业保持增长,全省规模以上工业增加值同比增长15.3%。"
                "全市销售额同比增长二成多。", None)
    assert got[(60, "%")][3] == "share"
    assert got[(20, "%")][3] == "change"


def test_a_second_fenbie_compared_with_a_quarter_measures_the_same_items():
    """A Shandong city's 2025 上半年 release: 猪、牛出栏分别增长2.2%、25%,分别较一季度回升2.9个、
    23.9个百分点 — 2.9 is the pigs' (was 牛出栏较一季度回升 for both)."""
    got = figure_table("上半年,畜牧业总体实现回升,猪、牛出栏分别增长2.2%、25%,分别较一季度回升2.9个、23.9个百分点。",
                       "2025-07-31")
    assert got[(2.9, "个百分点")][0] == "猪出栏较一季度回升"
    assert got[(23.9, "个百分点")][0] == "牛出栏较一季度回升"


def test_a_budget_named_without_its_year_is_the_levels():
    """大姚县 2024年4月 财政: 一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9% — the
    budget is the spending's (was a bare 预算数), the share is of it, named once."""
    got = figure_table("4月,一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9%,比上年减支9240万元,"
                       "下降7.9%。", "2024-05-16")
    assert got[(2572880000, "元")][0] == "一般公共预算支出预算数"
    assert got[(41.9, "%")][0] == "一般公共预算支出为预算数"
    got = figure_table("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。", "2024-05-16")
    assert got[(609990000, "元")][0] == "一般公共预算收入年初预算数"


def test_contributions_listed_after_a_sentence_opening_with_the_three_sectors():
    """拉萨市 2024 bulletin: 三次产业结构为3.4:39.0:57.6,对经济增长的贡献率分别为3.0%、60.2%、36.8%
    — each sector's contribution (were three bare 经济增长的贡献率)."""
    got = figure_table("三次产业结构为3.4:39.0:57.6,对经济增长的贡献率分别为3.0%、60.2%、36.8%。", "2025-04-22")
    assert got[(3, "%")][0] == "第一产业对经济增长的贡献率"
    assert got[(60.2, "%")][0] == "第二产业对经济增长的贡献率"
    assert got[(36.8, "%")][0] == "第三产业对经济增长的贡献率"
