"""stats43: statistics bulletins, census bulletins and monthly releases of provinces, leagues, cities,
districts and counties (excerpts as published, /tmp/s26/fresh/stats43): age bands that name the
population counted, a list of sectors with the ordinal mark written once, sectors' equal growth rates
kept apart, chart captions run into the text, a structure ratio ending its line without a full stop,
and the provinces counted by their kinds.
"""
from __future__ import annotations


def _rows(text: str, date: str | None) -> list[tuple]:
    """[(value, unit, indicator, period, kind)] of `text` as one document."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return [(m.value, m.unit, m.indicator, m.period, m.kind) for m in res.metrics]


def _named(rows: list[tuple]) -> dict:
    return {(r[0], r[1]): r[2] for r in rows}


def test_an_age_band_names_the_population_it_counts():
    """A district's 第七次全国人口普查公报（第二号）: 0-14岁人口为117917人 counts the children (was
    人口), 60岁及以上人口为78366人 the elderly (was 及以上人口) — the band's digits cut the name."""
    got = _named(_rows("第七次全国人口普查公报(第二号)\n全区常住人口中，0-14岁人口为117917人，占20.36 %；"
                       "15-59岁人口为382818 人，占66.11 %；60岁及以上人口为78366人，占13.53%，"
                       "其中65岁及以上人口为53403 人，占9.22%。", "2021-06-01"))
    assert got[(117917, "人")] == "0-14岁人口"
    assert got[(382818, "人")] == "15-59岁人口"
    assert got[(78366, "人")] == "60岁及以上人口"
    assert got[(53403, "人")] == "65岁及以上人口"


def test_a_list_of_age_bands_pairs_each_band_with_its_figure():
    """云和县 2022 bulletin: 0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、… gives each band's
    registered population (was four figures named 人数)."""
    got = _named(_rows("2022年云和县国民经济和社会发展统计公报\n据公安部门户籍人口及其变动情况统计，年末全县户籍人口为112635人。"
                       "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。",
                       "2023-04-01"))
    assert got[(18891, "人")] == "0-17岁户籍人口"
    assert got[(48951, "人")] == "35-59岁户籍人口"
    assert got[(25594, "人")] == "60岁及以上户籍人口"


def test_an_age_band_table_row_is_a_part_of_the_population():
    """A city's 2022 bulletin, its table 2022年末全市户籍人口及构成: the rows 其中:0-17岁 | 18.95 | 16.1
    and 18-34岁 | 26.36 | 22.3 … are parts of 年末户籍人口 in 万人 (the rows were dropped: a label with
    digits was no table row)."""
    rows = _rows("2022年统计公报\n2022年末全市户籍人口及构成\n指 标 | 绝对数(万人) | 比重(%) |\n"
                 "年末户籍人口 | 117.95 | 100.0 |\n其中:城镇 | 44.37 | 37.6 |\n乡村 | 73.58 | 62.4 |\n"
                 "其中:0-17岁 | 18.95 | 16.1 |\n18-34岁 | 26.36 | 22.3 |\n35-59岁 | 49.50 | 42.0 |\n"
                 "60岁及以上 | 23.14 | 19.6 |", "2023-04-01")
    got = _named(rows)
    assert got[(189500, "人")] == "户籍人口（0-17岁）"
    assert got[(231400, "人")] == "户籍人口（60岁及以上）"


def test_ordinal_mark_written_once_gives_each_sector_its_contribution():
    """A city's and 阿拉善盟's 2022 bulletins: 第一、二、三产业对经济增长的贡献率分别为9.4%、55.6%、35.0%
    (was 第一的贡献率, 二的贡献率, 三产业对经济增长的贡献率)."""
    got = _named(_rows("2022年国民经济和社会发展统计公报\n初步核算，全市实现地区生产总值609.91亿元，比上年增长5.2%。"
                       "三次产业增加值比例调整为10.4:48.6:41.0；第一、二、三产业对经济增长的贡献率分别为9.4%、55.6%、35.0%。",
                       "2023-04-01"))
    assert got[(9.4, "%")] == "第一产业对经济增长的贡献率"
    assert got[(55.6, "%")] == "第二产业对经济增长的贡献率"
    assert got[(35, "%")] == "第三产业对经济增长的贡献率"


def test_two_sectors_growing_alike_are_two_facts():
    """A city's 2022 bulletin: 第一产业增加值63.44亿元，增长4.5%；…第三产业增加值249.81亿元，增长4.5%
    — the tertiary sector's growth was merged into the primary's (same value, most characters alike)."""
    rows = _rows("2022年国民经济和社会发展统计公报\n其中，第一产业增加值63.44亿元，增长4.5%；第二产业增加值296.65亿元，"
                 "增长6.0%；第三产业增加值249.81亿元，增长4.5%。", "2023-04-01")
    names = {r[2] for r in rows if r[0] == 4.5}
    assert names == {"第一产业增加值增长", "第三产业增加值增长"}


def test_a_chart_captions_second_line_is_no_part_of_the_next_sentence():
    """阿拉善盟 2022 bulletin: 图2 2018-2022年三次产业增加值 ⏎ 占地区生产总值比重 ⏎ 全盟城镇完成新增就业2770人
    (was named 占地区生产总值比重全盟城镇完成新增就业)."""
    rows = _rows("2022年国民经济和社会发展统计公报\n年末全盟常住人口26.9万人，比上年末增加0.36万人。\n"
                 "图1 2018-2022年地区生产总值及其增长速度\n图2 2018-2022年三次产业增加值\n\n占地区生产总值比重\n\n"
                 "全盟城镇完成新增就业2770人。其中，城镇失业人员再就业1811人。", "2023-04-01")
    name = _named(rows)[(2770, "人")]
    assert "比重" not in name and name.endswith("新增就业")


def test_a_chart_caption_run_into_the_text_gives_it_no_period():
    """A bulletin scraped with its chart caption run into the paragraph: 图3 2015-2019年城镇居民人均可支配收入
    及其增长速度 全年城镇居民人均可支配收入40046元 is the year's income (was 2015/2019, the caption's span);
    run onto the caption's own line the sentence's figures were lost."""
    inline = _rows("2019年国民经济和社会发展统计公报\n全年居民消费价格比上年上涨2.9%。图3 2015-2019年城镇居民人均可支配收入"
                   "及其增长速度 全年城镇居民人均可支配收入40046元，增长6.5%。", "2020-03-20")
    assert [r[3] for r in inline if r[0] == 40046] == ["2019"]
    own_line = _rows("2019年国民经济和社会发展统计公报\n全年居民消费价格比上年上涨2.9%。\n图3 2015-2019年城镇居民人均可支配收入"
                     "及其增长速度全年城镇居民人均可支配收入40046元，增长6.5%。", "2020-03-20")
    assert [r[2:4] for r in own_line if r[0] == 40046] == [("城镇居民人均可支配收入", "2019")]


def test_a_structure_ratio_ends_its_line():
    """渑池县 2022 bulletin: 三次产业结构为9.2:51:39.8 (no full stop) ⏎ 全年居民消费价格总水平比上年上涨1.4%
    — run on, the next line's 全 was read as the ratio's unit (年居民消费价格总水平比上年上涨)."""
    rows = _rows("渑池县2022年国民经济和社会发展统计公报\n初步核算，全县生产总值254.5亿元，按可比价格计算，比上年增长5.2%。"
                 "三次产业结构为9.2:51:39.8\n全年居民消费价格总水平比上年上涨1.4%。", "2023-04-01")
    assert _named(rows)[(1.4, "%")] == "居民消费价格总水平比上年上涨"


def test_provinces_counted_by_their_kinds_are_one_noun():
    """The 2015 1% population sample survey bulletin: 全国31个省（区、市）和现役军人的人口为137349万人 is the
    population (was 和现役军人的人口); 31个省、自治区、直辖市 counts the provinces (was 个, or 大陆)."""
    got = _named(_rows("国家统计局发布2015年全国1%人口抽样调查主要数据公报\n公报显示，全国31个省（区、市）和现役军人的人口"
                       "为137349万人。", "2016-04-20"))
    assert got[(1373490000, "人")] == "人口"
    got = _named(_rows("第七次全国人口普查公报\n现将我国大陆31个省、自治区、直辖市和现役军人的人口公布如下。", "2021-05-11"))
    assert got[(31, "个")] == "省、自治区、直辖市"


def test_a_census_named_in_the_comparison_is_no_national_scope():
    """A district's 第七次全国人口普查公报（第一号）: 与2010年第六次全国人口普查的442854人相比，十年共增加136247人
    is the district's growth — 全国 is part of the census's name (was given to 中国)."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text="第七次全国人口普查公报(第一号)\n一、常住人口\n全区常住人口为579101人，"
              "与2010年第六次全国人口普查的442854人相比，十年共增加136247人，增长30.77%。")
    doc.date = "2021-06-01"
    res = extract_document(doc)
    grew = [m for m in res.metrics if m.value == 136247]
    assert grew and all(m.subject != "place-iso-CN" for m in grew)


def test_two_character_items_do_not_share_the_last_ones_final_character():
    """A county's 2017 half-year analysis: 建陶、电瓷、工艺品分别增长8.4%、18.8%、31% are three products'
    growth (was 建陶品增长, 电瓷品增长: 品 of 工艺品 read as their shared head)."""
    got = _named(_rows("上半年我县经济运行分析\n按行业分产值完成情况：水口贡献最大，上半年累计完成产值12.7亿元，增长84.4%；"
                       "建陶、电瓷、工艺品分别增长8.4%、18.8%、31%；钢业下降53.6%。", "2017-07-05"))
    assert got[(8.4, "%")] == "建陶增长"
    assert got[(18.8, "%")] == "电瓷增长"


def test_a_census_bulletins_figures_count_at_its_standard_moment():
    """A district's 第七次全国人口普查公报（第二号）: 现将2020年11月1日零时我区的人口年龄构成情况公布如下 — the
    age groups below it are counted at that moment (was no period)."""
    rows = _rows("第七次全国人口普查公报(第二号)\n根据第七次全国人口普查结果，现将2020年11月1日零时我区的人口年龄构成情况公布如下：\n"
                 "全区常住人口中，0-14岁人口为117917人，占20.36 %；15-59岁人口为382818 人，占66.11 %。", "2021-06-01")
    assert {r[3] for r in rows if r[0] in (117917, 382818)} == {"2020-11-01"}


def test_the_last_census_figure_is_the_base_of_the_comparison():
    """A district's 第七次全国人口普查公报（第一号）: 与2010年第六次全国人口普查的442854人相比 is the district's
    population at the last census (常住人口 in 2010, was 相比); 平均每个家庭户的人口为2.90人 is the average
    household (was dropped as a norm each unit has), 比…的3.33人 its 2010 level (was 减少)."""
    rows = _rows("第七次全国人口普查公报(第一号)\n现将2020年11月1日零时全区常住人口的基本情况公布如下：\n"
                 "全区常住人口为579101人，与2010年第六次全国人口普查的442854人相比，十年共增加136247人，增长30.77%。\n"
                 "全区常住人口中共有家庭户172869户，家庭户人口为501694人，平均每个家庭户的人口为2.90人，"
                 "比2010年第六次全国人口普查的3.33人减少0.43人。", "2021-06-01")
    by_value = {r[0]: r for r in rows}
    assert by_value[442854][2:4] == ("常住人口", "2010")
    assert by_value[2.9][2] == "平均每个家庭户的人口"
    assert by_value[3.33][2:4] == ("平均每个家庭户的人口", "2010")
