"""Round 48 (civil48): civil affairs and disability news from fresh texts of /tmp/s26/fresh/civil48
(民政局, 残联, 养老服务, 社会救助): a community written after the writer's own district (到我区许继社区)
is the community alone; a headline's 视察 is in no facility's name; 两眼塘社区 is a name, no two
wells; 南开乡 is a township, no 南开大学; a dated 省发改委 is the province's, not the national
commission; a report of its year's edition (《…研究报告(2023)》, 《蓝皮书》指出) tells the figures and
owns none; a list row's place or body (历下区 1746070元) is its figure's subject, not its measure; a county
paper's mark (宿松融媒讯) names the county; the doers before 共 and who went where (赴大渔镇) are no part of
the measure; 于 before 一行 ends a given name (曾庆于)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> list[tuple[str | None, str, float]]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value) for m in ms]


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


_WEIDU = ("省发改委健康养老发展情况调研组到魏都区调研工作\n"
          "12月20日省发改委健康养老发展情况调研组到魏都区调研养老工作。\n"
          "省发改委就业和收入分配处处长孙耀霖、省民政厅老龄工作处副处长朱铁军一行4人先后到我区许继社区托老站、"
          "西大办事处综合养老服务中心进行调研。\n"
          "魏都区民政局局长张明虎及相关办事处主要负责同志陪同。")


def test_a_community_after_the_writer_s_own_district_is_the_community():
    """许昌 魏都区 (Henan): 先后到我区许继社区托老站…进行调研: the community 许继社区 of 魏都区 (base: a
    place 我区许继社区, its first person read as part of its name)."""
    doc = extract_text(_WEIDU)
    places = _names(doc, "Place")
    assert "我区许继社区" not in places and "许继社区" in places, places
    assert ("许继社区", "魏都区") in relation_pairs(doc, "partOf")


def test_a_dated_provincial_commission_is_no_national_unit():
    """魏都区: 12月20日省发改委健康养老发展情况调研组到魏都区调研: the province's commission after the
    story's date (base: 国家发展和改革委员会健康养老发展情况调研组, a unit of the national commission)."""
    doc = extract_text(_WEIDU)
    agencies = _names(doc, "Agency")
    assert not any(a.startswith("国家发展和改革委员会") for a in agencies), agencies
    assert "河南省发展和改革委员会" in agencies


def test_an_inspection_verb_is_in_no_facility_s_name():
    """常州 天宁区 兰陵街道 (Jiangsu): headline 省民政厅厅长来兰陵街道视察居家养老服务站 (base: an
    organisation 兰陵街道视察居家养老服务站 locatedIn 兰陵街道)."""
    doc = extract_text("省民政厅厅长来兰陵街道视察居家养老服务站\n"
                       "3月5日上午,江苏省民政厅吴洪彪厅长来兰陵街道工人新村第二社区居家养老服务站参观指导工作。")
    orgs = _names(doc, "Organization")
    assert not any("视察" in o for o in orgs), orgs


def test_a_community_named_with_a_numeral_and_a_unit_is_no_count():
    """洪江市 (Hunan): 调研组实地察看了…安江养老服务中心、两眼塘社区居家养老服务中心…建设运营情况: the
    community 两眼塘 (base: a metric 塘社区居家养老服务中心 = 2 眼)."""
    doc = extract_text("怀化市民政局来我市调研民政重点工作\n"
                       "8月5日,怀化市民政局党组书记、局长曾庆于一行到洪江市调研民政重点工作。"
                       "调研组实地察看了安江镇下坪村农村互助养老示范点、安江养老服务中心、两眼塘社区居家养老服务中心"
                       "等建设运营情况。")
    assert not any(v == 2 for _s, _i, v in _metrics(doc)), _metrics(doc)
    # the same unit counting wells, no name after it, is still a figure
    wells = extract_text("县水利局抗旱打井\n河北省平山县水利局今年为西岔村新打两眼机井,解决群众饮水困难。")
    assert any(v == 2 for _s, _i, v in _metrics(wells)), _metrics(wells)


def test_a_township_named_like_a_university_is_no_university():
    """钟山区 (六盘水, Guizhou) 社会救助: 南开乡2户8人10050元: the township 南开苗族彝族乡 of 钟山区 (base:
    also 南开大学, from its short name 南开)."""
    doc = extract_text("钟山区2022年12月社会救助工作开展情况\n"
                       "贵州省六盘水市钟山区12月份实施临时救助24户77人,发放救助资金15.2106万元。其中保华镇2户10人,"
                       "救助资金25380元;南开乡2户8人10050元;杨柳街道1户1人,救助资金4230元。")
    assert "南开大学" not in _names(doc, "Organization")
    assert "南开苗族彝族乡" in _names(doc, "Place")


def test_a_report_of_its_year_s_edition_owns_no_figures():
    """残疾人事业蓝皮书 (national): 《中国残疾人事业研究报告(2023)》(以下简称《蓝皮书》)。《蓝皮书》指出,…
    截至2022年底,全国城乡持证残疾人就业人数达905.5万人: the country's figure (base: the report's)."""
    doc = extract_text("城乡持证残疾人就业人数达905.5万人\n"
                       "近日,中国人民大学残疾人事业发展研究院等在京发布了残疾人事业蓝皮书:"
                       "《中国残疾人事业研究报告(2023)》(以下简称《蓝皮书》)。\n"
                       "《蓝皮书》指出,我国残疾人劳动就业受到高度重视,就业质量逐渐提升。截至2022年底,"
                       "全国城乡持证残疾人就业人数达905.5万人。")
    got = {i: s for s, i, _v in _metrics(doc)}
    assert got.get("城乡持证残疾人就业人数") == "中国", got


def test_a_row_of_a_list_by_place_names_its_subject_not_its_measure():
    """济南 慈心一日捐 (Shandong): 具体捐款数额如下: ⏎ 济南慈善总会 20292496.3元(含1300万元基金) ⏎ 历下区
    1746070元 ⏎ 平阴县 12140154元(含1000万元基金): each row's figure is its place's or body's amount
    (base: indicators 历下区, 慈善总会, 平阴县 — the subject's own name)."""
    doc = extract_text("全市“慈心一日捐”活动累计接受捐款7036.7万元\n"
                       "截止5月28日16时,济南市“慈心一日捐”活动累计接受捐款7036.7万元,具体捐款数额如下:\n"
                       "济南慈善总会 20292496.3元(含1300万元基金)\n"
                       "历下区 1746070元\n"
                       "平阴县 12140154元(含1000万元基金)\n"
                       "长清区 600000元\n")
    got = {v: (s, i) for s, i, v in _metrics(doc)}
    for value, subject in ((1746070, "历下区"), (12140154, "平阴县"), (600000, "长清区")):
        assert value in got and got[value][0] == subject and got[value][1] != subject, got
    assert got.get(20292496.3, (None, "慈善总会"))[1] != "慈善总会", got
    assert not any(i.startswith(("(", "（")) for _s, i, _v in _metrics(doc)), got
    # a list after 其中 still measures what the clause before it counts (ecology46: 整改任务, not 项)
    listed = extract_text("7省市督察整改方案实行清单制\n"
                          "7省市督察整改方案均实行清单制,共计确定375项整改任务,其中北京47项、上海46项、湖北84项。")
    assert {i for s, i, v in _metrics(listed) if v == 47} == {"整改任务"}, _metrics(listed)


def test_a_county_paper_s_source_mark_names_the_county():
    """宿松 (Anhui) 县残联: 宿松融媒讯 5月12日下午,县残联党组成员、副理事长周其立一行… ⏎ …为高质量推进我县残疾人
    事业发展: the county's media centre opening its own story names 宿松县, whose 县残联 it is (base: no place
    at all, a bare 县残联)."""
    doc = extract_text("县残联开展“全国助残日”慰问活动\n"
                       "宿松融媒讯 5月12日下午,县残联党组成员、副理事长周其立一行深入五里乡两户困难重度残疾人家庭,"
                       "开展走访慰问活动。在今后的工作中,县残联将用实际行动为高质量推进我县残疾人事业发展做出应有贡献。")
    assert "宿松县" in _names(doc, "Place")
    assert ("周其立", "宿松县残联") in relation_pairs(doc, "holdsPost")


def test_a_portal_named_like_a_county_is_no_county():
    """凤凰网讯 (a national portal, named like 凤凰县) opening a story that says 全县: no 凤凰县 (the guard of
    the county paper's mark: 网讯 is no county's own); the same story with 宿松讯 names 宿松县."""
    text = "县里召开会议\n{}近日,县里召开会议,部署全县安全生产工作。"
    assert "凤凰县" not in _names(extract_text(text.format("凤凰网讯 ")), "Place")
    assert "宿松县" in _names(extract_text(text.format("宿松讯 ")), "Place")


def test_the_doers_before_in_all_are_no_part_of_the_measure():
    """禄丰县 (Yunnan) 残联: 2017年春节期间,禄丰县、乡镇共走访慰问贫困残疾人家庭达322户: the county and its
    townships did it, in all (共), the measure is 走访慰问贫困残疾人家庭 (base: the whole
    禄丰县、乡镇共走访慰问贫困残疾人家庭)."""
    doc = extract_text("禄丰县四套班子领导新春赴各乡镇走访慰问残疾人\n云南省楚雄州禄丰县召开会议。"
                       "据统计,2017年春节期间,禄丰县、乡镇共走访慰问贫困残疾人家庭达322户。")
    got = {v: i for _s, i, v in _metrics(doc)}
    assert got.get(322) == "走访慰问贫困残疾人家庭", got


def test_who_went_where_is_no_part_of_the_measure():
    """苍南县 (Zhejiang) 残联: 县残联党组书记、理事长金宇顺…带领全部残联机关干部赴大渔镇入户慰问困难残疾人5户: the
    measure is what was done there, 入户慰问困难残疾人 (base: 带领全部残联机关干部赴大渔镇入户慰问困难残疾人)."""
    doc = extract_text("苍南县残联开展全国助残日走访慰问活动\n"
                       "5月15日,苍南县残联党组书记、理事长金宇顺,党组成员、副理事长陈锴带领全部残联机关干部"
                       "赴大渔镇入户慰问困难残疾人5户,并为他们送去节日慰问金、生活用品。")
    got = {v: i for _s, i, v in _metrics(doc)}
    assert got.get(5) == "入户慰问困难残疾人", got


def test_a_given_name_ending_in_yu_before_the_party_word():
    """洪江市 (Hunan): 怀化市民政局党组书记、局长曾庆于一行到我市调研民政重点工作: the director is 曾庆于, 于 before
    一行 the last character of his given name (base: 曾庆, 于 read as a preposition)."""
    doc = extract_text("怀化市民政局来我市调研民政重点工作\n"
                       "8月5日,怀化市民政局党组书记、局长曾庆于一行到洪江市调研民政重点工作。")
    assert ("曾庆于", "怀化市民政局") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
