"""Round 68 (division68): news and notices of administrative-division changes (撤县设区, 撤县设市, 撤乡设镇,
乡镇撤并, 街道和社区调整) from /tmp/s26/fresh/division68 (山西晋中 and 长治, 河北秦皇岛, 辽宁大连, 甘肃兰州,
四川乐山, 广西灵山, 安徽, and the 2015 national list of county-level changes). Fixes: the verb of a
change between a county and the township it changes (平遥县撤销孟山乡: no place 撤销孟山乡); a
university's short name read inside a road's name (兴武大道: no 武汉大学); a former county-level city
whose name ends in 城市 (潞城市 → 潞城区); 镇村 (towns and villages) read as a village; 原 (the former)
read into a village's name the text also writes without it; a street or township the table
lacks (abolished) listed after one of its kind (撤销星海湾街道、白山路街道); streets listed by their
stems before their count (拱星墩、东岗、嘉峪关路三个街道办事处); 秦皇岛市区面积 read as 区面积; and a
district's area grown to its figure (面积扩充为) kept in the indicator, its multiple of the earlier
state (是原来的近8倍) read as 是原来, and a change (划归, 不变,
改为) read into the noun counted (3个村委会划归辽阳镇管辖, 2个村委会改为社区居委会)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _aliases(doc, name: str) -> set[str]:
    return {a for e in doc.entities.values() if e.name == name for a in e.aliases}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_change_verb_after_the_county_opens_no_township_name():
    """07-jinzhong-township-merge (晋中市乡级行政区划调整公告): 平遥县撤销孟山乡,整建制并入东泉镇 (base:
    places 撤销孟山乡, 撤销英武乡; the township abolished is 孟山乡, of 平遥县)."""
    doc = extract_text("晋中市乡级行政区划调整公告\n四、平遥县撤销孟山乡,整建制并入东泉镇。以原孟山乡和原东泉镇的行政区域"
                       "为东泉镇的行政区域,镇人民政府驻东泉村。\n五、灵石县撤销英武乡,整建制并入两渡镇。")
    places = _names(doc, "Place")
    assert {"孟山乡", "英武乡"} <= places, places
    assert not any(p.startswith("撤销") for p in places), places


def test_a_university_short_name_inside_a_road_name_is_no_university():
    """01-2015-county-changes (国函〔2015〕36号): 武鸣区人民政府驻城厢镇兴武大道245号 (base: an organization
    武汉大学 read out of 兴|武大|道)."""
    doc = extract_text("国务院关于同意广西壮族自治区调整南宁市部分行政区划的批复\n撤销武鸣县,设立南宁市武鸣区,"
                       "以原武鸣县的行政区域为武鸣区的行政区域,武鸣区人民政府驻城厢镇兴武大道245号。")
    assert "武汉大学" not in _names(doc, "Organization"), _names(doc, "Organization")
    # the short name written alone still names the university
    uni = extract_text("校地合作签约\n6月2日,县政府与武大签署战略合作协议,双方将在人才培养等方面开展合作。")
    assert "武汉大学" in _names(uni, "Organization"), _names(uni, "Organization")


def test_a_former_county_level_city_ending_in_cheng_shi_is_its_district():
    """05-changzhi-four-districts (山西晚报): 撤销潞城市,设立长治市潞城区 (base: a place 潞城 tagged by jieba,
    no former name of 潞城区)."""
    doc = extract_text("长治“新四区”同步挂牌\n根据省政府批复,撤销潞城市,设立长治市潞城区,以原潞城市的行政区域为"
                       "潞城区的行政区域。")
    assert "潞城" not in _names(doc, "Place"), _names(doc, "Place")
    assert "潞城市" in _aliases(doc, "潞城区"), _aliases(doc, "潞城区")


def test_towns_and_villages_after_a_city_are_no_village():
    """09-lingshan-lingcheng (钦州日报): 《钦州市镇村建制改革试点工作方案》 (base: a village 镇村 of 钦州市)."""
    doc = extract_text("灵山撤销灵城镇设立街道办事处\n根据《钦州市镇村建制改革试点工作方案》精神,县政府驻地镇改为街道"
                       "办事处。")
    assert "镇村" not in _names(doc, "Place"), _names(doc, "Place")


def test_the_former_mark_before_a_village_named_without_it_is_no_part_of_its_name():
    """08-jinkouhe-community (乐山市金口河区民政局): 撤销罗回村村民委员会…居委会地址:原罗回村村民委员会 (base: a
    place 原罗回村 and an agency 原罗回村村民委员会 beside 罗回村)."""
    doc = extract_text("金口河区社区建制调整优化改革方案\n永和镇:撤销罗回村村民委员会,设立罗回社区居民委员会,管辖范围为"
                       "原罗回村管辖区域,居委会地址:原罗回村村民委员会。")
    assert "原罗回村" not in _names(doc, "Place"), _names(doc, "Place")
    assert "原罗回村村民委员会" not in _names(doc, "Agency"), _names(doc, "Agency")


def test_the_city_proper_s_area_after_the_city_s_name():
    """06-qinhuangdao-funing (长城网): 秦皇岛市区面积由原来的512.56平方公里增加到2131.51平方公里 (base: the
    indicator 区面积, the 市 of 市区 read as the city's)."""
    doc = extract_text("国务院批复秦皇岛市部分行政区划调整\n国务院批复同意撤销秦皇岛市抚宁县,设立秦皇岛市抚宁区。秦皇岛"
                       "市区面积由原来的512.56平方公里增加到2131.51平方公里。")
    got = _metrics(doc)
    assert ("市区面积", 2131.51, "平方公里") in got, got
    # 区域面积 is a word of its own: the city's area, no 市区域
    own = extract_text("邯郸市情\n邯郸市区域面积1.2万平方公里。")
    assert ("区域面积", 12000, "平方公里") in _metrics(own), _metrics(own)


def test_an_area_grown_to_its_figure_keeps_no_verb():
    """05-changzhi-four-districts (山西晚报): 行政区划调整后,市辖区面积扩充为2631.3平方公里 (base: the
    indicator 市辖区面积扩充)."""
    doc = extract_text("长治“新四区”同步挂牌\n长治市撤销城区、郊区,合并设立长治市潞州区。长治市行政区划调整后,"
                       "市辖区面积扩充为2631.3平方公里,是原来的近8倍。")
    got = {m.indicator for m in doc.metrics if m.unit == "平方公里"}
    assert got == {"市辖区面积"}, got
    # 是原来的近8倍: the multiple of the same area, its base the earlier state (base: the indicator 是原来)
    assert {m.indicator for m in doc.metrics if m.unit == "倍"} == {"市辖区面积"}, _metrics(doc)


def test_a_street_listed_after_a_street_of_the_table_is_a_street_of_its_district():
    """03-dalian-shahekou-streets (大连天健网): 撤销星海湾街道、白山路街道,新成立星海湾街道 (base: 白山路街道,
    abolished and so not in the table, not read)."""
    doc = extract_text("沙河口区优化街道行政区划设置\n3. 撤销星海湾街道、白山路街道,新成立星海湾街道。")
    assert "白山路街道" in _names(doc, "Place"), _names(doc, "Place")
    # a township's list of the county's townships in general names no township
    towns = extract_text("城关镇召开会议\n会议要求,城关镇、各乡镇要加强安全生产管理。")
    assert "各乡镇" not in _names(towns, "Place"), _names(towns, "Place")


def test_a_division_change_ends_the_noun_counted():
    """07-jinzhong-township-merge and 09-lingshan-lingcheng: 将原粟城乡的柏管寺、原庄、柏峪3个村委会划归辽阳镇管辖;
    其余22个村委会和3个社区居委会不变 (base: the indicators 村委会划归辽阳镇管辖 and 社区居委会不变)."""
    doc = extract_text("左权县乡级行政区划调整\n将原粟城乡的柏管寺、原庄、柏峪3个村委会划归辽阳镇管辖。"
                       "其余22个村委会和3个社区居委会不变。")
    got = _metrics(doc)
    assert ("村委会", 3, "个") in got and ("社区居委会", 3, "个") in got, got


def test_streets_listed_by_their_stems_before_their_count():
    """04-lanzhou-chengguan-streets (兰州市人民政府办公厅): 拱星墩、东岗、嘉峪关路三个街道办事处区域面积约18平方公里
    (base: places 拱星墩, 东岗, 嘉峪关路 with no code; they are 城关区's 拱星墩街道, 东岗街道, 嘉峪关路街道)."""
    doc = extract_text("兰州市城关区街道行政区划调整\n目前,拱星墩、东岗、嘉峪关路三个街道办事处区域面积约18平方公里,"
                       "常住人口约17万人。")
    places = _names(doc, "Place")
    assert {"拱星墩街道", "东岗街道", "嘉峪关路街道"} <= places, places


def test_a_verb_of_naming_before_wei_ends_the_noun_counted():
    """09-lingshan-lingcheng (钦州日报): 把附城、三多2个村委会改为社区居委会 (base: the indicator 村委会改; so
    were 5个乡镇列为试点 → 乡镇列)."""
    doc = extract_text("灵山撤销灵城镇设立街道办事处\n同时,把附城、三多2个村委会改为社区居委会,另有5个乡镇列为试点。")
    got = _metrics(doc)
    assert ("村委会", 2, "个") in got and ("乡镇", 5, "个") in got, got
    # 行为 is a word: its 为 follows no verb of naming (3个行为规范 stays whole)
    kept = extract_text("某县开展活动\n全县制定3个行为规范。")
    assert ("行为规范", 3, "个") in _metrics(kept), _metrics(kept)
