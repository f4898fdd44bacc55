"""Round 105, the lead's review on fresh county news (county government executive meetings from
Shaanxi's 洋县 and 眉县, Shanxi's 兴县, Sichuan's 盐亭县; fresh texts of /tmp/s27/txt/lead105).
and two provincial releases of half-year figures (云南, 山东; lead105b).  Fixes: a level's government
leaders named as a group before their names (县政府领导晏莉、廖华波、李金林参加会议) are persons, as after
县领导 or 县政协领导; no post is held and nothing is read where no names follow.  A scope word set beside
the subject by 与 and a verb of matching (经济增长态势与全国基本一致) is a yardstick, so the figures after it
stay the province's.  A verb before a one-character trade and its suffix (促进电厂加大电煤采购力度) names
what is done to plants, no company.  约 with the copula or a verb of amounting before the figure (项目总投资
约为13.8亿元, 约有, 约达) makes it approximate, as 约 alone does (lead105c: district leaders' project visits)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_government_leaders_named_as_a_group_are_persons():
    """02-yangxian: 县政府领导晏莉、廖华波、李金林、何天华、王建云、张飞、李洁参加会议; base: none of the seven
    (the list has no post and fewer than the cue-closed seated list's form)."""
    doc = extract_text("洋县召开县政府常务会议\n10月19日,县长张军主持召开县政府2023年第13次常务会议。"
                       "县政府领导晏莉、廖华波、李金林、何天华参加会议,县政协副主席贾秋彦应邀出席会议。")
    got = _persons(doc)
    assert {"晏莉", "廖华波", "李金林", "何天华"} <= got, got
    # they hold no post: only the head and the deputy chair do
    holders = {doc.entities[r.subject].name for r in doc.relations if r.predicate == "holdsPost"}
    assert holders == {"张军", "贾秋彦"}, holders
    doc = extract_text("会议召开\n县委、县政府领导王成、刘华出席会议。市政府领导王大成出席。")
    assert {"王成", "刘华", "王大成"} <= _persons(doc), _persons(doc)


def test_government_leaders_as_a_subject_read_no_name():
    """Guards: the group as the subject of a verb or a noun phrase (县政府领导高度重视, 市政府领导班子成员)."""
    for text in ("县政府领导高度重视此项工作。", "市政府领导班子成员参加会议。", "市政府领导对此作出批示。"):
        doc = extract_text("工作动态\n" + text)
        assert not _persons(doc), (text, _persons(doc))


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name, m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_whole_matched_with_is_a_yardstick():
    """09-yunnan-2023h1: 上半年,全省实现地区生产总值14170.43亿元、同比增长5.1%,经济增长态势与全国基本一致,
    增速较一季度提高0.3个百分点; base: the last figure was 中国's.  The same with a city's whole (与全市平均水平
    持平) keeps the county's figure its own; 全国 opening a national clause still scopes it."""
    doc = extract_text("云南经济\n上半年,全省实现地区生产总值14170.43亿元、同比增长5.1%,经济增长态势与全国基本一致,"
                       "增速较一季度提高0.3个百分点。")
    got = _metrics(doc)
    assert ("云南省", "地区生产总值增速较一季度提高", 0.3, "个百分点") in got, got
    assert not any(s == "中国" for s, *_ in got), got
    doc = extract_text("邱县经济\n一季度,邱县规上工业增加值增长6.1%,与全市平均水平持平,固定资产投资增长8.2%。")
    got = _metrics(doc)
    assert ("邱县", "固定资产投资增长", 8.2, "%") in got, got
    doc = extract_text("统计公报\n上半年,全国规模以上工业增加值同比增长4.4%。")
    assert ("中国", "规模以上工业增加值同比增长", 4.4, "%") in _metrics(doc), _metrics(doc)


def test_a_verb_before_a_trade_plant_is_no_company():
    """09-yunnan-2023h1: 推动履约率提至近100%,促进电厂加大电煤采购力度 (base: an organisation 促进电厂 and the
    履约率 its figure).  Brands before the trade stay names (华能电厂, 大唐电厂)."""
    orgs = lambda d: {e.name for e in d.entities.values() if e.type == "Organization"}
    doc = extract_text("能源保供\n强化电煤中长期合同履约监管,推动履约率提至近100%,促进电厂加大电煤采购力度。")
    assert "促进电厂" not in orgs(doc), orgs(doc)
    doc = extract_text("能源保供\n华能电厂和大唐电厂今年发电量增长。")
    assert {"华能电厂", "大唐电厂"} <= orgs(doc), orgs(doc)


def test_about_with_a_copula_is_approximate():
    """lead105c 01-xianan: 汀泗桥红色文化旅游区项目,…,项目总投资约为13.8亿元 (base: an exact figure).  Words that
    end in 约 (节约, 签约) before 为 qualify nothing."""
    doc = extract_text("咸安区项目\n汀泗桥红色文化旅游区项目,总体规划范围约5平方公里,项目总投资约为13.8亿元,"
                       "参会人员约有300人,游客约达5万人次。")
    got = {(m.indicator, m.value, m.unit, m.approx) for m in doc.metrics}
    assert ("项目总投资", 1_380_000_000, "元", True) in got, got
    assert ("参会人员", 300, "人", True) in got, got
    assert ("游客", 50_000, "人次", True) in got, got
    doc = extract_text("咸安区项目\n通过集约节约为企业节省资金30万元。")
    assert [m.approx for m in doc.metrics] == [False], [(m.indicator, m.approx) for m in doc.metrics]


def test_east_lake_is_nanchang_s_district_only_where_nanchang_is_named():
    """lead105c 01-xianan: 顾兴旺还来到东湖高新咸安产业园…项目现场 in a 咸宁 story (base: 南昌's 东湖区, 360102).
    Where 南昌 is named, 东湖 written short is still its district."""
    codes = lambda d: {e.code for e in d.entities.values() if e.type == "Place"}
    doc = extract_text("咸安区项目\n区委书记顾兴旺还来到东湖高新咸安产业园、中港金属二期等项目现场。")
    assert "360102" not in codes(doc), codes(doc)
    doc = extract_text("武汉新闻\n游客在东湖游玩。")
    assert "360102" not in codes(doc), codes(doc)
    doc = extract_text("南昌新闻\n南昌市东湖区召开会议，东湖今年新增企业20家。")
    assert "360102" in codes(doc), codes(doc)
