"""Round 49 (forestry49): forestry, grassland and forest-fire news from fresh texts of
/tmp/s26/fresh/forestry49: no place from the works of sand control (防沙治沙) nor from a forest farm
named like a county (永兴国有林场), the farm an organisation and its 场长 a post; no campaign from
examples closed by 等 (候鸟护飞等专项行动), no programme from a quoted figure (“510”除治标准), no person
from a post's verb and its area (局长管全区), no figure from a journal's issue (2020年3期) or from 三部分;
a county name two counties share is the one whose township is written after it (永定区坎市镇)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _metrics(doc) -> list[tuple[str, float, str]]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(m.indicator, m.value, m.unit) for m in ms]


def test_sand_control_is_no_place():
    """中新社 2022年中国完成造林383万公顷: 在7省区开展防沙治沙综合示范区建设 (base: places 防沙 and 治沙)."""
    doc = extract_text("2022年中国完成造林383万公顷\n"
                       "全年完成人工造林120万公顷,飞播造林17万公顷。新增水土流失治理面积6.3万平方公里,"
                       "打造生态清洁小流域496个。在7省区开展防沙治沙综合示范区建设。")
    places = _names(doc, "Place")
    assert not {"防沙", "治沙"} & places, places


def test_forest_farm_named_like_a_county_is_an_organisation_not_the_county():
    """永定新闻网: 省森防检疫局指导组前往永定区坎市镇、下洋镇和永兴国有林场 (Fujian): the farm 永兴国有林场, no
    永兴县 of Hunan (base: no farm; with the farm alone in a sentence, 永兴县 and the article placed there)."""
    doc = extract_text("省森防检疫局指导松材线虫病防控工作\n"
                       "4月15日—16日,省森防检疫局指导组前往永定区坎市镇、下洋镇和永兴国有林场,现场指导松材线虫病疫木采伐。")
    assert "永兴国有林场" in _names(doc, "Organization"), _names(doc, "Organization")
    alone = extract_text("林场工作\n指导组前往永兴国有林场,现场指导松材线虫病防控工作。")
    assert "永兴县" not in _names(alone, "Place"), _names(alone, "Place")


def test_forest_farm_head_holds_his_post():
    """A forest farm's head (场长) holds his post in the farm, as 站长 in a station (base: no person,
    no farm)."""
    doc = extract_text("林场工作\n福建省永安国有林场场长李明介绍,今年完成造林1200亩。")
    assert ("李明", "福建省永安国有林场") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_examples_closed_by_deng_name_no_campaign():
    """人民日报 吉林森林覆盖率提高到45.2%: 常态化开展候鸟护飞等专项行动 (base: a programme 候鸟护飞等专项行动,
    implementedIn 吉林省)."""
    doc = extract_text("吉林森林覆盖率提高到45.2%\n"
                       "全面加强野生动植物保护,常态化开展候鸟护飞等专项行动,持续加大对虎豹、东北红豆杉等极度濒危野生动植物保护。")
    assert not any("等专项行动" in n for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_a_quoted_figure_is_no_programme():
    """永定新闻网: 严格按照“510”除治标准除治 (base: a programme 510)."""
    doc = extract_text("松材线虫病防控\n要做好监测普查,精准摸清底数,严格按照“510”除治标准除治,做到即死即清。")
    assert "510" not in _names(doc, "Programme"), _names(doc, "Programme")
    strategy = extract_text("南华县项目集中开工\n我县全面实施“1133”战略,扎实开展大比拼。")
    assert "1133" in _names(strategy, "Programme")  # (county43: a strategy named by figures stays one)
    listed = extract_text("我县新能源项目建设\n目前,我县正全力推进“千百十”“3510”“三牌”“三走”和“双一二三四”等五大工程。")
    assert "3510" in _names(listed, "Programme")  # (energy48: one of a run of works a verb of running opens)


def test_a_post_s_verb_and_its_area_is_no_person():
    """浙江清凉峰国家级自然保护区管理局: 搭建了“局长管全区、副局长管片区、片区负责人管辖区、护林员包山头”的网格化
    管理体系 (base: people 管全区 and 管片区 holding posts in the bureau)."""
    doc = extract_text("守护山间精灵\n浙江清凉峰国家级自然保护区管理局紧抓林长制推行契机,"
                       "搭建了“局长管全区、副局长管片区、片区负责人管辖区、护林员包山头”的网格化管理体系。")
    people = _names(doc, "Person")
    assert not {"管全区", "管片区"} & people, people


def test_a_journal_issue_and_three_parts_are_no_figures():
    """浙江林业 2024年6期 (a credit line) and 保护区…由龙塘山…三部分组成 (base: figures 6 期 and 3 部)."""
    doc = extract_text("守护山间精灵\n2024-01-01 浙江清凉峰国家级自然保护区管理局 浙江林业 2024年6期\n"
                       "保护区位于浙江省西北部的杭州市临安区境内,分别由龙塘山森林生态系统保护区域、千顷塘野生梅花鹿保护区域、"
                       "顺溪坞珍稀濒危植物保护区域三部分组成,总面积近1.13万公顷。")
    units = {u for _i, _v, u in _metrics(doc)}
    assert not {"期", "部"} & units, _metrics(doc)
    assert any(v == 11300 for _i, v, _u in _metrics(doc)), _metrics(doc)


def test_a_shared_county_name_is_the_one_whose_township_follows():
    """永定新闻网: 前往永定区坎市镇、下洋镇 (two counties are named 永定区; the text names no city): Longyan's
    永定区 (350803), whose towns these are, and the towns coded under it (base: 永定区 and the towns
    without a code, the towns partOf an entity place-None that does not exist)."""
    doc = extract_text("省森防检疫局在永定指导松材线虫病防控工作\n"
                       "4月15日—16日,省森防检疫局指导组前往永定区坎市镇、下洋镇和永兴国有林场,现场指导松材线虫病疫木采伐。")
    codes = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert codes.get("永定区") == "350803" and codes.get("下洋镇") == "350803102", codes
    assert all(r.object in doc.entities for r in doc.relations if r.predicate == "partOf"), \
        [(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"]
    assert ("下洋镇", "永定区") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")


def test_a_ban_s_period_does_not_date_the_notice():
    """化州市人民政府关于森林防火禁火的通告: 一、禁火时间⏎2024年9月30日至2025年4月30日 … signed 2024年9月28日: the
    notice's date is the day it was signed (base: 2024-09-30, the ban's first day read as a 时间 field)."""
    doc = extract_text("化州市人民政府关于森林防火禁火的通告\n化府通〔2024〕10号\n"
                       "为有效防止森林火灾发生,特发布森林防火禁火通告:\n一、禁火时间\n2024年9月30日至2025年4月30日。\n"
                       "二、禁火区域\n全市行政区域内所有林地及距林地30米的边缘地带范围。\n特此通告。\n化州市人民政府\n2024年9月28日")
    assert doc.date == "2024-09-28", doc.date


_XIZANG = ("西藏天然草原综合植被覆盖率预计达45.2%\n来源:香格里拉网 发布时间:2018-02-20 10:31:17\n"
           "日前,记者从有关部门了解到,2017年,西藏草原综合植被覆盖率预计达到45.2%,比2012年提高了2.8个百分点。"
           "天然草原鲜草产量连续7年超过8千万吨,2016年超过9千万吨,2017年达到9705.6万吨。\n"
           "西藏是全国六大牧区省份之一,天然草原面积13.34亿亩,占全国草原总面积的22%,占全区土地总面积的72%。")


def _subject_indicator(doc) -> dict[float, tuple[str | None, str]]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator) for m in ms}


def test_one_of_the_nation_s_class_leaves_the_figures_after_to_the_region():
    """香格里拉网: 西藏是全国六大牧区省份之一,天然草原面积13.34亿亩: Tibet's grassland (base: subject 中国)."""
    got = _subject_indicator(extract_text(_XIZANG))
    assert got.get(1334000000) == ("西藏自治区", "天然草原面积"), got


def test_a_year_and_a_bound_before_a_figure_keep_the_measure_before():
    """香格里拉网: 天然草原鲜草产量连续7年超过8千万吨,2016年超过9千万吨,2017年达到9705.6万吨: each year's
    鲜草产量 (base: indicator 吨 for both, the bound 超过 leaving no word between year and figure)."""
    got = _subject_indicator(extract_text(_XIZANG))
    assert got.get(90000000, (None, None))[1] == "天然草原鲜草产量", got
    assert got.get(97056000, (None, None))[1] == "天然草原鲜草产量", got


def test_a_photo_story_s_sentences_before_its_caption_are_text():
    """光明日报 贺兰山的守护者: one credited line, 管理局一共有4个管理站、28个管护站,…。图为2月17日,…。新华社记者
    贝赫摄: the sentences before 图为 are the story (base: the whole line a caption, no figure read)."""
    doc = extract_text("贺兰山的守护者\n光明日报 2023-02-19 04:55:47\n"
                       "内蒙古贺兰山国家级自然保护区管理局一共有4个管理站、28个管护站,各站点的管护员每月深山巡查不少于3次,"
                       "浅山巡护不少于6次,并实行24小时值班制度。图为2月17日,哈拉乌管理站门洞子管护站的管护员在修理防护栏。"
                       "新华社记者 贝赫摄")
    got = {(m.indicator, m.value) for m in (doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics)}
    assert ("管理站", 4) in got and ("管护站", 28) in got, got
