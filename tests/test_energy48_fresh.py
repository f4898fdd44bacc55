"""Round 48 (energy48): energy, power and industry news from fresh texts of /tmp/s26/fresh/energy48
(国家能源局 statistics, a 中新社 wire, 内蒙古日报, 酒泉日报, county papers): the power statistics' size classes
(6000千瓦及以上电厂) name the indicator and no plant, a county's story is not placed in the province of the
company it signs with, a size is no project, a reporter's name no place, a wire agency no subject, and a
clause naming only the peak (最高达到…) measures what the clause before set a record of."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> dict[tuple, tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject)) for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_a_capacity_class_opens_the_indicator_and_names_no_plant():
    """国家能源局 2023 statistics (中新社): 全国6000千瓦及以上电厂发电设备累计平均利用3592小时; 内蒙古日报:
    全区6000千瓦以上新能源发电机组装机容量6641万千瓦 (base: indicators 瓦及以上电厂…, 瓦以上新能源…, cut
    inside the class's unit, and an organisation 以上电厂)."""
    doc = extract_text("国家能源局发布2023年全国电力工业统计数据\n"
                       "2023年，全国6000千瓦及以上电厂发电设备累计平均利用3592小时，比上年同期减少101小时。"
                       "截至3月底，全区6000千瓦以上新能源发电机组装机容量6641万千瓦。")
    got = _metrics(doc)
    assert got[(3592, "小时")][0] == "6000千瓦及以上电厂发电设备累计平均利用", got
    assert got[(66410000, "千瓦")][0] == "6000千瓦以上新能源发电机组装机容量", got
    assert not _names(doc, "Organization"), _names(doc, "Organization")


def test_the_grid_s_dispatched_plants_are_no_organisation():
    """国家能源局 (1—11月全国煤炭产量): 全国统调电厂电煤库存1.76亿吨、可用24天 (base: an organisation 调电厂)."""
    doc = extract_text("全国煤炭产量创历史新高\n据调度，12月1日—15日，全国统调电厂电煤库存1.76亿吨、可用24天。")
    assert "调电厂" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert _metrics(doc)[(176000000, "吨")][0] == "统调电厂电煤库存"


def test_a_county_story_is_not_placed_in_its_partner_company_s_province():
    """County paper: 我县与中国电建集团江西省电力建设有限公司合作的…项目投资框架协议成功签约 … 总投资约26.22亿元
    (base: the article placed in 江西省 and the county's investment 江西省's)."""
    text = ("我县共享储能项目成功签约\n"
            "11月9日，我县与中国电建集团江西省电力建设有限公司合作的1GWh共享储能及新能源开发项目投资框架协议成功签约。"
            "据了解，此次签约项目占地约100亩，总投资约26.22亿元。")
    assert article_place(text) is None
    assert _metrics(extract_text(text))[(2622000000, "元")][1] is None
    # a municipality's own company in its own story (本市) still places it
    assert article_place("本市电网建设\n本市与国网北京市电力公司签署合作协议，总投资20亿元。") == "北京市"


def test_a_size_before_etc_is_no_project():
    """酒泉日报: 有酒泉市510万千瓦时共享储能电站项目…，包含海博思创25万千瓦/100万千瓦时等8个子项目 (base: a
    programme 100万千瓦时, implemented in 酒泉市)."""
    doc = extract_text("酒泉市重大产业项目集中开工\n"
                       "此次开工项目中，有酒泉市510万千瓦时共享储能电站项目，总投资54.7亿元，"
                       "包含海博思创25万千瓦/100万千瓦时等8个子项目。")
    assert "100万千瓦时" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_reporter_s_given_name_in_a_credit_is_no_place():
    """酒泉日报: …完成投资139亿元。（酒泉融媒记者谢沛宏 付于洋君） (base: a place 于洋)."""
    doc = extract_text("酒泉市重大产业项目集中开工\n"
                       "1月至8月，全市开复工省列重大项目25个，完成投资139亿元。（酒泉融媒记者谢沛宏 付于洋君）")
    assert "于洋" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_wire_agency_before_a_spaced_dateline_is_no_subject():
    """中新社 北京1月26日电 中国国家能源局26日消息，截至2023年12月底，太阳能发电装机容量同比增长55.2%
    (base: the figure 中国新闻社's)."""
    doc = extract_text("国家能源局发布2023年全国电力工业统计数据\n"
                       "中新社 北京1月26日电 中国国家能源局26日消息，截至2023年12月底，太阳能发电装机容量同比增长55.2%。")
    assert _metrics(doc)[(55.2, "%")] == ("太阳能发电装机容量同比增长", "中国"), _metrics(doc)


def test_a_milestone_verb_and_our_county_are_no_words_of_the_indicator():
    """阜新蒙古族自治县 paper: …全容量并网发电，标志着我县新能源装机容量达到181.7万千瓦 (base: indicator
    标志着我县新能源装机容量)."""
    doc = extract_text("我县新能源装机容量达到181.7万千瓦\n"
                       "随着天阜100兆瓦农光互补发电项目实现全容量并网发电，标志着我县新能源装机容量达到181.7万千瓦，位居全省前列。")
    assert _metrics(doc)[(1817000, "千瓦")][0] == "新能源装机容量", _metrics(doc)


def test_the_peak_reached_is_of_the_record_named_before():
    """财联社 (国新办吹风会): 入夏以来全国日调度发电量三创历史新高，最高达到301.71亿千瓦时…；全国最高用电负荷两创
    历史新高，最高达到13.39亿千瓦 (base: both indicators 最高)."""
    doc = extract_text("入夏以来全国日调度发电量三创历史新高\n"
                       "国家发展改革委副秘书长欧鸿介绍，入夏以来全国日调度发电量三创历史新高，最高达到301.71亿千瓦时，"
                       "较去年峰值高出15.11亿千瓦时；全国最高用电负荷两创历史新高，最高达到13.39亿千瓦，较去年峰值高出4950万千瓦。")
    got = _metrics(doc)
    assert got[(30171000000, "千瓦时")][0] == "最高日调度发电量", got
    assert got[(1339000000, "千瓦")][0] == "最高用电负荷", got


def test_a_list_writing_its_magnitude_once_counts_each_number_in_it():
    """中国能源大数据报告(2021): 另据中电联全口径统计，风电、太阳能发电量分别为4665、2611亿千瓦时 (base: the
    first figure 4665 千瓦时, the 亿 of the unit written once dropped)."""
    from kg.stages.numbers import find_quantities
    got = [(q.value, q.unit) for q in find_quantities("另据中电联全口径统计，风电、太阳能发电量分别为4665、2611亿千瓦时。")]
    assert got == [(466500000000, "千瓦时"), (261100000000, "千瓦时")], got
    plain = [(q.value, q.unit) for q in find_quantities("产量分别为2351、10015吨。")]
    assert plain == [(2351, "吨"), (10015, "吨")], plain


def test_a_voltage_class_names_a_substation_not_a_city():
    """漳平 (福建) grid news: 漳平110千伏桂林变电站一期概算投资3407万元，变电容量120兆伏安; 枞阳县: 重点推进与谋划好
    110千伏蒲城变和220千伏渡江的项目 (base: places 桂林市 (Guangxi), 伏安 and 渡江, the indicator
    伏桂林变电站一期概算投资)."""
    doc = extract_text("漳平市委领导充分肯定电网跨越工程建设\n"
                       "漳平110千伏桂林变电站一期概算投资3407万元，变电容量120兆伏安，属漳平市2012年度民生工程重点项目。"
                       "重点推进与谋划好110千伏蒲城变和220千伏渡江的项目落地。")
    places = _names(doc, "Place")
    assert places == {"漳平市"}, places
    assert _metrics(doc)[(34070000, "元")] == ("110千伏桂林变电站一期概算投资", "漳平市"), _metrics(doc)


def test_new_projects_beside_continued_ones_keep_their_word():
    """肇庆 energy projects: 全市2023年重点能源项目共计73个，…，新建项目23个，续建项目50个 (base: the
    indicator 项目 for the new ones, 续建项目 for the others)."""
    doc = extract_text("肇庆73个重点能源项目加速跑\n全市2023年重点能源项目共计73个，总投资额603亿元，新建项目23个，续建项目50个。")
    got = {v: ind for (v, _u), (ind, _s) in _metrics(doc).items()}
    assert got[23] == "新建项目" and got[50] == "续建项目", got


def test_a_project_phase_starting_is_no_count_of_phases():
    """阜新蒙古族自治县 paper: 氟产业开发区重点推进众辉二期投产、三期开工，龙田二期等项目 (base: a figure
    开工 3 期)."""
    from kg.stages.numbers import find_quantities
    got = [(q.value, q.unit) for q in find_quantities("氟产业开发区重点推进众辉二期投产、三期开工，龙田二期等项目。")]
    assert got == [], got
    assert [(q.value, q.unit) for q in find_quantities("举办3期培训班，共培训120人。")][0] == (3, "期")


def test_kinds_of_generation_share_the_generation_amount():
    """中国能源大数据报告(2021): 风电、太阳能发电量分别为4665、2611亿千瓦时，分别同比增长15.1%和16.6% (base:
    风电量); and a use list of the same shape (工业、居民用电量分别为12.5、3.4亿千瓦时; base: both 千瓦时)."""
    got = _metrics(extract_text("全国发电量增速放缓\n2020年，风电、太阳能发电量分别为4665、2611亿千瓦时，"
                                "分别同比增长15.1%和16.6%。"))
    assert {"风电发电量", "风电发电量同比增长"} <= {ind for ind, _s in got.values()}, got
    use = _metrics(extract_text("全市用电情况\n上半年，工业、居民用电量分别为12.5、3.4亿千瓦时。"))
    assert {v[0] for v in use.values()} == {"工业用电量", "居民用电量"}, use
