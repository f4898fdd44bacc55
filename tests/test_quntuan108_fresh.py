"""Round 108 (quntuan108): news of the people's organisations — 团长春市委's volunteer projects, 团湘潭市委's and
团湖州市委's 希望工程 (Hunan, Zhejiang), a county 团县委's aid to pupils (怀宁), a county 妇联's executive
committee (修水), a county's 全国科普日 (阳城), the 工商联 executive meetings of 绍兴 and 石狮, and the founding
congress of 渭城区文联 (fresh texts of /tmp/s27/txt/quntuan108).  Fixes: a people's organisation's term and
committee (渭城区文联第一届委员会, 文联第一次代表大会委员会) no agency of the place, and the head's post written
after them (当选为…文学艺术界联合会第一届委员会主席) the organisation's; 青联 and 台联, which jieba tags ns, no
place; 不仅/不但 after the people counted (10名贫困学子不仅获得了…) no word of the indicator; the league's
foundation written short after a scope (省青基会, 湖南省青基会) a people's organisation of that place (its full name where
the text writes both)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


_WEICHENG = ("渭城区召开文学艺术界联合会成立暨第一次代表大会\n27日，渭城区文学艺术界联合会成立暨第一次代表大会成功召开。"
             "会议审议通过了《渭城区文联第一次代表大会委员会委员候选人名单》等。选举产生了渭城区文联第一届委员会委员，"
             "严小平当选为渭城区文学艺术界联合会第一届委员会主席。")


def test_a_federations_term_committee_is_no_agency():
    """08-weicheng-wenlian: 选举产生了渭城区文联第一届委员会委员 and 《渭城区文联第一次代表大会委员会委员候选人名单》
    (base: Agencies 渭城区文联第一届委员会 and 渭城区文联第一次代表大会委员会, read by the strong suffix 委员会): the
    federation's own committee, no agency of the district; the federation is one Organization."""
    doc = extract_text(_WEICHENG)
    assert not _names(doc, "Agency") & {"渭城区文联第一届委员会", "渭城区文联第一次代表大会委员会"}, _names(doc, "Agency")
    assert "渭城区文学艺术界联合会" in _names(doc, "Organization"), _names(doc, "Organization")
    # a county 妇联's executive committee of its term (base: Agency 修水县妇联第十四届执行委员会); the post is the 妇联's
    doc = extract_text("妇联换届\n会议选举王秀兰为修水县妇联第十四届执行委员会主席。")
    assert not any(n.startswith("修水县妇联第") for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("王秀兰", "修水县妇联") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_the_head_elected_by_a_federations_committee_holds_the_federations_post():
    """08-weicheng-wenlian: 严小平当选为渭城区文学艺术界联合会第一届委员会主席 (base: holdsPost of a body named
    渭城区文学艺术界联合会第一届委员会)."""
    doc = extract_text(_WEICHENG)
    assert ("严小平", "渭城区文学艺术界联合会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_a_committee_of_a_term_after_a_government_body_stays():
    """Guard: the term's committee is read off only after a people's organisation; 政协 and 人大 keep their own
    term bodies as before (政协渭城区第八届委员会主席 is the CPPCC's)."""
    doc = extract_text("渭城区政协\n会议选举张三为政协咸阳市渭城区第八届委员会主席。")
    pairs = relation_pairs(doc, "holdsPost")
    assert any(p == "张三" and "政协" in b for p, b in pairs), pairs


def test_the_youth_federation_written_short_is_no_place():
    """02-xiangtan-xiwanggongcheng: 部分省市青联委员、青年企业家代表纷纷在活动现场献出爱心 (base: a Place 青联 with
    no code, which jieba tags ns); 台联 the same.  A place beside stays."""
    doc = extract_text("希望工程\n湘潭市各级团组织负责人以及部分省市青联委员、青年企业家代表纷纷在活动现场献出爱心。"
                       "市台联负责人出席。")
    places = _names(doc, "Place")
    assert not places & {"青联", "台联"}, places
    assert "湘潭市" in places, places


def test_not_only_after_the_people_counted_is_no_word_of_the_noun():
    """02-xiangtan-xiwanggongcheng: 活动中，10名贫困学子不仅获得了希望工程“一元捐”的爱心资助 (base: indicator
    贫困学子不)."""
    doc = extract_text("希望工程\n活动中，10名贫困学子不仅获得了希望工程“一元捐”的爱心资助，还接过了爱心抱枕。")
    got = _metrics(doc)
    assert ("贫困学子", 10, "名") in got, got
    assert not any(m[0].endswith("不") for m in got), got


def test_the_leagues_foundation_written_short_is_its_places_organisation():
    """09-huzhou-tuanshengwei: 团省委副巡视员、省青基会理事长李迪 … 浙江省青少年发展基金会 (base: an Agency 浙江省青基会
    beside the Organization written in full); 02-xiangtan: 留存湖南省青基会 (base: 青基会 alone, its province lost)."""
    doc = extract_text("希望工程\n由共青团浙江省委、浙江省青少年发展基金会共同举办的发放仪式在湖州举行。"
                       "团省委副巡视员、省青基会理事长李迪出席仪式。")
    assert not any("青基会" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("李迪", "浙江省青少年发展基金会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    doc = extract_text("希望工程\n基金总额的30%留存湖南省青基会用于应对重大自然灾害开展救灾助学活动。")
    assert ("湖南省青基会", "湖南省") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")
