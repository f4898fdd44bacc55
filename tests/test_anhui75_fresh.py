"""Round 75 (anhui75): county and city news of 安徽 (阜阳, 六安, 亳州, 滁州) and 湖北 (十堰, 黄冈) from
fresh texts of /tmp/s26/fresh/anhui75: a headline's visitor who comes to a county written short
(张澍|来郧西调研: no person 张澍来); a group's registered name with its trade between the bracketed
kind and the legal form (湖北祥云（集团）化工股份有限公司); a city's list of counties splitting a count
after a bare 分别为, or a rate named before it (开工率分别为：霍山县94.1%…): each county's figure
measures what the whole or the rate names, not its unit; the city's own zone written 市开发区 in such a
list (阜阳经济技术开发区); and a part's word of going on (续建) that shares a character with the
whole's name (城市建设重点工程: 续建城市建设重点工程, no 续建设重点工程)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _figures(doc) -> set[tuple[str, str, float, str]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_visitor_coming_to_a_county_written_short_ends_his_name_before_lai():
    """05-yunxi-zhangshu (十堰 郧西县): 市委常委、常务副市长张澍来郧西调研 … 张澍先后来到郧西县河夹镇 (base: a
    person 张澍来 beside 张澍)."""
    doc = extract_text("市委常委、常务副市长张澍来郧西调研\n9月3日,市委常委、常务副市长张澍在郧西调研强县工程工作。"
                       "张澍先后来到郧西县河夹镇数智渔场等项目现场。")
    assert "张澍来" not in _names(doc, "Person") and "张澍" in _names(doc, "Person"), _names(doc, "Person")
    other = extract_text("副市长王刚来凤阳调研\n10月8日,副市长王刚在凤阳县调研城镇建设工作。")
    assert _names(other, "Person") == {"王刚"}, _names(other, "Person")
    # a given name ending in 来 with no county visited after it stays whole
    kept = extract_text("凤阳县召开会议\n10月8日,县长王福来主持召开县政府常务会议。")
    assert "王福来" in _names(kept, "Person"), _names(kept, "Person")


def test_a_group_s_bracketed_kind_before_its_trade_and_legal_form():
    """06-huanggang-kaigong (黄冈): 湖北祥云(集团)化工股份有限公司投资的…项目,总投资7.5亿元 (base: no company,
    and the investment the province's, 湖北省)."""
    doc = extract_text("黄冈重大项目集中开工\n湖北祥云(集团)化工股份有限公司投资的祥云股份磷石膏综合利用项目,总投资7.5亿元。")
    assert "湖北祥云(集团)化工股份有限公司" in _names(doc, "Organization"), _names(doc, "Organization")
    assert not any(s == "湖北省" for s, *_ in _figures(doc)), _figures(doc)


def test_each_county_of_a_bare_list_counts_what_the_whole_counts():
    """02-luan-zhaoshang (六安): 全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个… and 开工率分别为:
    霍山县94.1%、金寨县68.9% (base: only the first county's count named, the others 个 and %)."""
    doc = extract_text("六安市招商引资工作成效\n1-6月份全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个、"
                       "裕安区27个、舒城县25个。各县区亿元以上新签约项目开工率分别为:霍山县94.1%、金寨县68.9%、叶集区66.7%。")
    got = _figures(doc)
    assert ("金寨县", "亿元以上新签约项目", 32, "个") in got, got
    assert ("舒城县", "亿元以上新签约项目", 25, "个") in got, got
    assert ("霍山县", "亿元以上新签约项目开工率", 94.1, "%") in got, got
    assert ("叶集区", "亿元以上新签约项目开工率", 66.7, "%") in got, got
    # a figure the unit alone named before passes nothing on
    bare = extract_text("六安市工作成效\n县区党政主要负责同志共外出招商195批次,分别为:舒城县35次、金安区33次。")
    assert ("金安区", "次", 33, "次") in _figures(bare), _figures(bare)


def test_the_city_s_own_zone_written_shi_kaifaqu_in_a_list_of_its_counties():
    """01-fuyang-huishang (阜阳): 颍州区12个、颍东区10个、市开发区5个 / 阜阳经开区、颍州区 (base: 市开发区 no
    place, its count the district's before it)."""
    doc = extract_text("阜阳市重点项目推进情况\n全市新开工亿元以上项目56个,分别为:颍州区12个、颍东区10个、市开发区5个、界首市9个。")
    assert ("阜阳经济技术开发区", "新开工亿元以上项目", 5, "个") in _figures(doc), _figures(doc)
    alone = extract_text("阜阳市召开会议\n会议要求,市开发区要加快推进项目建设。")
    assert "阜阳经济技术开发区" not in _names(alone, "Place"), _names(alone, "Place")


def test_a_part_s_word_sharing_a_character_with_the_whole_replaces_no_half_word():
    """09-fengyang-chengzhen (滁州 凤阳县): 共编制了125项城市建设重点工程(其中续建25项,… (base: 续建设重点工程,
    the whole's 城市建 cut at the 建 of 续建)."""
    doc = extract_text("凤阳县推进城镇建设\n今年初,该县共编制了125项城市建设重点工程(其中续建25项,新建100项),计划总投资90亿元。")
    got = {i for _s, i, v, _u in _figures(doc) if v == 25}
    assert got == {"续建城市建设重点工程"}, got
    tiers = extract_text("全县共有农业产业化龙头企业48家，其中国家级2家、省级15家。")
    assert ("省级农业产业化龙头企业", 15) in {(i, v) for _s, i, v, _u in _figures(tiers)}, _figures(tiers)


def test_examples_opening_with_places_of_their_own_leave_the_count_to_the_whole():
    """08-huanggang-qianyue (黄冈): 共签约亿元以上项目89个…。其中,武穴市中化学新祥云新材料、蕲春县中电建绿色建材基地、
    浠水县联投…产业园等3个项目投资过百亿元 (base: the three projects 武穴市's, the first example's place)."""
    doc = extract_text("黄冈新年签下三个百亿项目\n1月8日,黄冈市举行招商引资项目集中签约活动,共签约亿元以上项目89个。其中,"
                       "武穴市中化学新祥云新材料、蕲春县中电建绿色建材基地、浠水县联投装配式绿色建材产业园等3个项目投资过百亿元。")
    got = {s for s, _i, v, _u in _figures(doc) if v == 3}
    assert got == {"黄冈市"}, _figures(doc)
    # one place's own examples stay its own
    one = extract_text("黄冈新年签约\n1月8日,黄冈市举行项目集中签约活动。武穴市中化学新材料、磷化工产业园等3个项目投资过百亿元。")
    assert {s for s, _i, v, _u in _figures(one) if v == 3} == {"武穴市"}, _figures(one)


def test_a_city_s_report_listing_its_counties_with_their_figures_is_the_city_s():
    """02-luan-zhaoshang (六安市投创中心): 全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个… with no city
    named but 全市 (base: the article placed in 安徽省, the county figures' items read as no list)."""
    from conftest import article_place
    text = ("【双招双引】2024年1-6月份全市招商引资工作成效\n信息来源:市投创中心 发布时间:2024-07-15 11:13\n"
            "按照市政府要求,现将1-6月份全市招商引资工作成效予以公示:\n一、亿元以上新签约项目情况\n"
            "1-6月份全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个、裕安区27个、舒城县25个、金安区21个、"
            "霍邱县18个、市开发区14个、叶集区3个。\n二、外出招商情况\n1-6月份县区党政主要负责同志共外出招商195批次,"
            "分别为:舒城县35次、金安区33次、金寨县24次、霍山县23次、霍邱县22次、裕安区21次、市开发区19次、叶集区18次。")
    assert article_place(text) == "六安市", article_place(text)
    # one county's own figures in prose stay the county's
    assert article_place("霍山县经济运行情况\n今年以来,霍山县完成投资34亿元、增长10%,金寨县完成投资30亿元。") == "霍山县"
