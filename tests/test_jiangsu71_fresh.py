"""Round 71 (jiangsu71): township, street and village news of 江苏 and 浙江 (/tmp/s26/fresh/jiangsu71:
兴化's towns 下圩镇, 大邹镇 and 大营镇, 射阳's 盘湾镇, 盐都's 尚庄镇, 东台's 弶港镇, 沭阳's 十字街道, 温州's 娄桥街道,
嘉兴's 长水街道). Fixes: a township many counties share named beside the country's one township of a name
is of that one's county (大邹镇、大营镇); a 镇/乡 in no table right after its county is that county's
township (兴化市下圩镇, merged away); a place right before 级 is a rank, no subject (盐城市级以上高新技术
企业); semicolon clauses naming no one keep the place opening the first clause (下圩镇…;…;…); 锭 is a unit
(10万锭紧密纺项目)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, object]:
    return {e.name: e for e in doc.entities.values() if e.type == "Place"}


def test_a_shared_town_name_beside_a_unique_town_is_of_that_town_s_county():
    """兴化 (泰州) 陈锋剑调研大邹大营工作: 市委书记陈锋剑分别到大邹镇、大营镇调研 … 位于大营镇的大润机械有限公司,新上3条
    生产线: 大营镇 is 兴化市's (321281126), the county of 大邹镇, the country's one 大邹镇 (base: no place 大营镇, seven
    counties have one, and the figure had no subject)."""
    doc = extract_text("陈锋剑调研大邹大营工作\n12月18日下午,市委书记陈锋剑分别到大邹镇、大营镇调研,并召开座谈会。"
                       "位于大营镇的大润机械有限公司,新上3条生产线。")
    places = _places(doc)
    assert "大营镇" in places, sorted(places)
    assert getattr(places["大营镇"], "code", None) == "321281126" or "321281126" in str(places["大营镇"])
    lines = [m for m in doc.metrics if m.indicator == "生产线"]
    assert lines and lines[0].subject.endswith("321281126"), lines
    # alone, a name seven counties share and whose stem is a common word stays no place
    alone = extract_text("市委书记陈锋剑到大营镇调研,并召开座谈会。")
    assert "大营镇" not in _places(alone), sorted(_places(alone))


def test_a_city_before_level_is_a_rank_not_the_subject():
    """东台 (盐城) 2015 yearbook, 弶港镇: 新创盐城市级以上高新技术企业2家: 盐城市级 is the firms' rank, the count is the
    town's (base: 盐城市's, the city read as the sentence's place)."""
    doc = extract_text("弶港镇\n【概况】 弶港镇地处东台市东部。2014年,实现地区生产总值29.4亿元,增长14.8%。"
                       "新创盐城市级以上高新技术企业2家,申报国家专利4件。")
    firms = [m for m in doc.metrics if m.value == 2 and m.unit == "家"]
    assert firms and firms[0].subject == "place-320981121", [(m.subject, m.indicator) for m in firms]
    # a city that is the sentence's own place keeps its figures
    city = extract_text("盐城市新增高新技术企业120家。")
    got = [m for m in city.metrics if m.value == 120]
    assert got and got[0].subject == "place-320900", [(m.subject, m.indicator) for m in got]


def test_a_township_in_no_table_after_its_county_is_that_county_s():
    """兴化 (泰州) 2017: 兴化市委书记李卫国带队调研兴化市下圩镇 … 1—9月份,下圩镇实现地区生产总值2.6亿元: 下圩镇, merged
    away since and in no table, is a township of 兴化市 and the figure's subject (base: no place, the figure
    兴化市's under an indicator 下圩镇实现地区生产总值)."""
    doc = extract_text("兴化市委书记李卫国带队调研兴化市下圩镇经济社会发展情况。1—9月份,下圩镇实现地区生产总值2.6亿元,"
                       "同比增长10.6%。")
    assert "下圩镇" in _places(doc), sorted(_places(doc))
    gdp = [m for m in doc.metrics if m.indicator == "地区生产总值"]
    town = _places(doc)["下圩镇"]
    assert gdp and gdp[0].subject == town.id, [(m.subject, m.indicator) for m in doc.metrics]
    # a count of townships or a word of 乡镇 after the county is none
    counted = extract_text("兴化市两乡镇合并,兴化市各乡镇要加快发展。贵州金沙县多乡镇遭暴雨袭击。")
    assert not {"两乡镇", "各乡镇", "多乡镇"} & set(_places(counted)), sorted(_places(counted))


def test_semicolon_clauses_naming_no_one_keep_the_first_clause_s_place():
    """兴化 2017: 1—9月份,下圩镇实现地区生产总值2.6亿元,同比增长10.6%;工业开票销售收入4171万元,…;规模以上固定资产投资
    2678万元,…: the third clause, like the second, is 下圩镇's (base: the second 下圩镇's, the third 兴化市's, the
    article's place, as only the nearest clause was read)."""
    doc = extract_text("李卫国调研兴化市下圩镇\n10月23日下午,兴化市委书记李卫国带队调研兴化市下圩镇经济社会发展情况。1—9月份,"
                       "下圩镇实现地区生产总值2.6亿元,同比增长10.6%;工业开票销售收入4171万元,同比增长254.6%;"
                       "规模以上固定资产投资2678万元,同比增长269.9%。")
    town = _places(doc)["下圩镇"].id
    inv = [m for m in doc.metrics if m.indicator == "规模以上固定资产投资"]
    assert inv and inv[0].subject == town, [(m.subject, m.indicator) for m in doc.metrics]
    # a clause opening with a place of its own keeps it for the clauses after it
    two = extract_text("宿迁两县经济运行\n全年,沭阳县地区生产总值120亿元;泗阳县地区生产总值95亿元;固定资产投资40亿元。")
    fixed = [m for m in two.metrics if m.value == 4e9]
    assert fixed and _name(two, fixed[0].subject) == "泗阳县", [(m.subject, m.indicator) for m in two.metrics]


def _name(doc, key):
    e = doc.entities.get(key)
    return e.name if e else key


def test_a_spinning_mill_s_spindles_are_its_unit():
    """射阳 盘湾镇 2021: 孙书记先后实地察看了悦达10万锭紧密纺项目: 10万锭 is the mill's capacity in spindles (base: a
    bare 100000 under an indicator 锭紧密纺项目).  (Review of round 71: a capacity inside a project's name sizes the
    project and is no figure of the town, as project66 reads 30万锭环纺建设项目; a mill's spindles counted on their own
    are a figure in 锭.)"""
    doc = extract_text("盘湾镇调研\n孙书记先后实地察看了悦达10万锭紧密纺项目、韩资产业园等项目。")
    assert not [m for m in doc.metrics if m.value == 100000], [(m.indicator, m.value, m.unit) for m in doc.metrics]
    doc = extract_text("某县纺织业发展\n目前全县纺纱能力达到120万锭。")
    got = [m for m in doc.metrics if m.value == 1200000]
    assert got and got[0].unit == "锭" and not got[0].indicator.startswith("锭"), \
        [(m.indicator, m.value, m.unit) for m in doc.metrics]