"""Round 76 (gongbao76): county and district 国民经济和社会发展统计公报 (statistical communiqués) from fresh
texts of /tmp/s26/fresh/gongbao76 (子洲县, 平陆县, 闻喜县, 建始县, 中江县, 潘集区 and two districts' 人民生活 and
资源环境 sections, 2022–2023).  The fixes: a PDF conversion's spaces around figures no longer hide the
text's wrap width (its broken sentences are joined again); a bare 人均… after a group's measure per head
is that group's (城镇/农村常住居民人均生活消费支出); a farm sector named bare in the breakdown of
农林牧渔业总产值 is its 产值; a count of people's 占总人口的…% is its share (男性占比); 服务业在全区经济中的比重
keeps the service sector (the place is the whole the share is taken in); days listed with 、 (轻度污染43天、
中度污染8天) are each a figure, not a stretch the next one was counted over; a natural growth rate in %
is a level, as in ‰; births and deaths after a year end set by an earlier sentence are the year's."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_pdf_s_spaces_around_figures_keep_its_wrap_width():
    """02-pinglu-2023 (平陆县, from the county's PDF): lines wrapped at the page's width, each figure set
    between spaces (`第一产业增加值 138608` ⏎ `万元，增长 3.2%，…`); measured with those spaces the figure lines
    were wider than the prose, no wrap width was found and the figure lost its unit and the change its
    indicator (base: a bare 增长 3.2%)."""
    doc = extract_text(
        "平陆县2023年国民经济和社会发展统计公报\n"
        "新冠疫情防控转段后经济恢复发展的一年。这一年，在县委县\n"
        "政府的坚强领导下，全县上下坚持以习近平新时代中国特色社\n"
        "会主义思想为指导，全面贯彻党的二十大和二十届二中全会精\n"
        "神，坚决落实习近平总书记对山西工作的重要讲话重要指示精\n"
        "理念，主动服务和融入新发展格局，着力推动高质量发展，全\n"
        "县经济呈现稳中有进、稳中向好的良好态势。\n"
        "初步核算，全年全县地区生产总值 702922 万元，按不变\n"
        "价格计算，比上年增长 1.6%。其中，第一产业增加值 138608\n"
        "万元，增长 3.2%，占地区生产总值比重为 19.7%；第二产业\n"
        "增加值 203760 万元，下降 7.2%，占地区生产总值比重为 29.0%；\n"
        "第三产业增加值 360554 万元，增长 5.6%，占地区生产总值比重\n"
        "为 51.3%。全年人均地区生产总值 35488 元，比上年增长 2.5%。\n")
    got = _metrics(doc)
    assert ("第一产业增加值", 1386080000, "元") in got, got
    assert ("第一产业增加值增长", 3.2, "%") in got, got
    assert ("第三产业增加值占地区生产总值比重", 51.3, "%") in got, got
    assert ("增长", 3.2, "%") not in got, got


def test_a_bare_measure_per_head_is_the_group_s_before_it():
    """08-district-2022-resources: 城镇常住居民人均可支配收入39293元，同比增长5.7%，人均生活消费支出27184元…；农村常住
    居民人均可支配收入22657元，…，人均生活消费支出18490元 (base: both spendings one indicator 人均生活消费支出).
    A per-head measure of the whole population (全区人均地区生产总值) lends no group."""
    doc = extract_text("某区2022年统计公报\n2022年，全年城镇常住居民人均可支配收入39293元，同比增长5.7%，人均生活消费支出"
                       "27184元，同比增长2.1%；农村常住居民人均可支配收入22657元，同比增长7.9%，人均生活消费支出18490元，"
                       "同比增长7.0%。全区人均地区生产总值5.2万元，人均可支配收入3万元。")
    got = _metrics(doc)
    assert ("城镇常住居民人均生活消费支出", 27184, "元") in got, got
    assert ("农村常住居民人均生活消费支出", 18490, "元") in got, got
    assert ("人均可支配收入", 30000, "元") in got, got


def test_farm_sectors_named_bare_under_the_output_total_are_their_output():
    """01-zizhou-2023 (子洲县): 全县完成农林牧渔业总产值37.42亿元，较上年增长4.5%。其中，农业29.24亿元，增长4.9%；
    林业0.34亿元，下降4.3% (base: indicators 农业, 林业).  Under 增加值 the sector keeps its bare name."""
    doc = extract_text("子洲县2023年统计公报\n2023年，全县完成农林牧渔业总产值37.42亿元，较上年增长4.5%。其中，农业29.24亿元，"
                       "增长4.9%；林业0.34亿元，下降4.3%；畜牧业6.76亿元，增长3.5%。")
    got = _metrics(doc)
    assert ("农业产值", 2924000000, "元") in got, got
    assert ("林业产值", 34000000, "元") in got, got
    assert ("畜牧业产值", 676000000, "元") in got, got
    other = _metrics(extract_text("子洲县2023年统计公报\n全县第一产业增加值21.58亿元，其中，林业0.3亿元。"))
    assert not any(i.endswith("产值") and i.startswith("林业") for i, _v, _u in other), other


def test_a_count_of_people_s_share_of_the_population():
    """03-jianshi-2023 (建始县): 年末户籍人口49.81万人，其中城镇人口12.82万人，占总人口的25.7%；男性25.79万人，占总人口的
    51.8% (base: a bare 占总人口 for the second share)."""
    doc = extract_text("建始县2023年统计公报\n年末户籍人口49.81万人，其中城镇人口12.82万人，占总人口的25.7%；男性25.79万人，"
                       "占总人口的51.8%。")
    got = _metrics(doc)
    assert ("男性占比", 51.8, "%") in got, got
    assert ("占总人口", 51.8, "%") not in got, got


def test_the_sector_s_share_in_the_place_s_economy_keeps_the_sector():
    """06-panji-2022 (潘集区): 三次产业结构由…调整为8.3:71.1:20.6，服务业在全区经济中的比重比上年下降3.2个百分点
    (base: 经济中的比重比上年下降, the service sector cut off with the place)."""
    doc = extract_text("潘集区2022年统计公报\n三次产业结构调整为8.3:71.1:20.6，服务业在全区经济中的比重比上年下降3.2个百分点。")
    got = {m.indicator for m in doc.metrics}
    assert any(i.startswith("服务业") and "比重" in i for i in got), got


def test_days_listed_with_enumeration_commas_are_each_a_figure():
    """08-district-2022-resources: 全年空气质量达标天数为314天，其中：优79天、良235天、轻度污染43天、中度污染8天、重度
    污染0天 (base: only the last item; each span before a 、 was read as the stretch the next figure was counted
    over).  A one-character grade (优, 良) names no measure and stays out; a span a figure is counted over stays
    out too (国庆7天接待游客50万人次)."""
    doc = extract_text("潘集区2022年统计公报\n全年空气质量达标天数为314天，其中：优79天、良235天、轻度污染43天、中度污染8天、"
                       "重度污染0天。国庆7天接待游客50万人次。")
    got = _metrics(doc)
    assert ("轻度污染", 43, "天") in got, got
    assert ("中度污染", 8, "天") in got, got
    assert not any(u == "天" and v in (79, 235, 7) for _i, v, u in got), got


def test_a_natural_growth_rate_in_percent_is_a_level():
    """07-district-2022-people: 出生人口4903人，…，出生率为10.8%，死亡人口488人，死亡率为1.1%，自然增长率为9.7% (base: the
    natural growth rate read as a change, because 增长率 in % is one; in ‰ it was a level already).  A growth
    rate of an economic measure in % stays a change."""
    doc = extract_text("潘集区2022年统计公报\n出生率为10.8%，死亡率为1.1%，自然增长率为9.7%。地区生产总值增长率为6.5%。")
    kinds = {m.indicator: m.kind for m in doc.metrics}
    assert kinds.get("自然增长率") == "level", kinds
    assert kinds.get("地区生产总值增长率") == "change", kinds


def test_births_and_deaths_after_a_year_end_are_the_year_s():
    """07-district-2022-people: 人口：2022年末，全区户籍总人口453229人，…。出生人口4903人，…，出生率为10.8%，死亡人口488人
    (base: the births and the birth rate dated 2022-12-31, the year end the population is counted at; births
    are counted over the year).  The population itself keeps its day."""
    doc = extract_text("潘集区2022年统计公报\n2022年末，全区户籍总人口453229人。出生人口4903人，出生率为10.8‰，死亡人口488人。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("出生人口") == "2022" and periods.get("死亡人口") == "2022", periods
    assert periods.get("户籍总人口") == "2022-12-31", periods
