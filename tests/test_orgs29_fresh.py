"""Organisations, agencies and development zones in chamber-of-commerce, reservoir-resettlement,
state-enterprise and zone news (orgs29). Sentences in the shapes found on fresh provincial, city
and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def test_a_verb_with_its_aspect_particle_opens_no_name():
    """这标志着宏达公司成立, 意味着渔洞河水库工程完工: 着 is the aspect of the verb before it and is
    in no body's name; the backward scan stops at it (标志着宏达公司 was one organisation)."""
    for text, name in (("这标志着宏达公司正式成立。", "宏达公司"),
                       ("这意味着宏达集团进入新阶段。", "宏达集团"),
                       ("批复规划，标志着渔洞河水库工程前期工作完成。", "渔洞河水库")):
        names = _names(extract_text(text))
        assert name in names, (text, names)
        assert not any(n.endswith(name) and n != name for n in names), (text, names)


def test_ji_joining_an_event_and_a_body_opens_no_name():
    """首届会员大会暨上海市通化商会成立大会, 表彰大会暨宏达公司成立仪式: 暨 joins an event and a body
    (or two events); the body's name opens after it, at its place or after the event's word.
    A name that holds 暨 (暨南大学, 诸暨市商会) stays whole."""
    for text, name in (("首届会员大会暨上海市通化商会成立大会召开。", "上海市通化商会"),
                       ("第三次会员代表大会暨徐州市篮球协会换届大会召开。", "徐州市篮球协会"),
                       ("表彰大会暨宏达公司成立仪式举行。", "宏达公司")):
        names = _names(extract_text(text))
        assert name in names, (text, names)
        assert not any(n.endswith(name) and n != name for n in names), (text, names)
    assert "暨南大学" in _names(extract_text("他毕业于暨南大学。"))
    assert "诸暨市商会" in _names(extract_text("诸暨市商会召开会员大会。"))


def test_a_reservoir_resettlement_bureau_is_an_agency():
    """河源市水库移民工作局, 县移民开发局: bureaus whose stem is a compound of 水库移民 / 移民开发; the
    city's 水库 right after its name is no reservoir's name (河源市水库 was a facility and the
    bureau was lost)."""
    for text, name in (("河源市水库移民工作局召开会议。", "河源市水库移民工作局"),
                       ("河源市水库移民开发局召开会议。", "河源市水库移民开发局")):
        doc = extract_text(text)
        assert name in _names(doc, "Agency"), (text, _names(doc))
        assert "河源市水库" not in _names(doc), (text, _names(doc))
        assert "开发局" not in _names(doc), (text, _names(doc))


def test_a_named_reservoir_after_its_county_stays_a_work():
    """永胜县小米田水库, 密云水库, 十堰市丹江口水库管理局: a name between the division and 水库 (or a
    reservoir named by a short place name) is still the work."""
    assert "小米田水库" in _names(extract_text("永胜县小米田水库是在建的重大水利项目。"))
    assert "密云水库" in _names(extract_text("密云水库水质保持稳定。"))
    assert "十堰市丹江口水库管理局" in _names(extract_text("十堰市丹江口水库管理局召开会议。"))


def test_a_bonded_zone_written_short_is_a_zone_of_its_city():
    """梅州综保区通过验收, 湛江综保区: 综保区 is the short form of 综合保税区, a zone of the city before it."""
    names = _names(extract_text("梅州综保区通过正式验收，湛江综保区也将进入验收环节。"), "Place")
    assert {"梅州综保区", "湛江综保区"} <= names, names


def test_a_high_tech_industrial_park_is_a_zone_of_its_city():
    """四川宜宾高新技术产业园区: 高新技术产业园区 is a zone word of its own (产业园区 stopped short at 高新技术)."""
    names = _names(extract_text("调研组深入四川宜宾高新技术产业园区调研。"), "Place")
    assert "宜宾高新技术产业园区" in names, names


def test_a_municipality_s_zone_is_a_zone():
    """天津高新区, 北京经开区: a municipality is a province that is a city; its zones are named after it as
    a city's are. A company's park in it (中电光谷天津产业园) is no zone of the municipality."""
    names = _names(extract_text("投资方在天津高新区加快投资落地。北京经开区召开大会。"), "Place")
    assert {"天津高新区", "北京经开区"} <= names, names
    names = _names(extract_text("双方就中电光谷天津产业园项目合作达成一致。"), "Place")
    assert "天津产业园" not in names, names


def test_a_reservoir_area_is_no_district():
    """永泰县界竹口水电站库区移民安置指挥部: 区 of 库区 (the reservoir's area) is no relative 区 of a
    district, so no body 区移民安置指挥部 is cut from the name."""
    text = "县成立了永泰县界竹口水电站库区移民安置指挥部，负责移民搬迁工作。"
    names = _names(extract_text(text))
    assert "区移民安置指挥部" not in names, names
    assert "永泰县界竹口水电站库区移民安置指挥部" in names, names


def test_a_people_s_organisation_after_city_and_district_is_one_body():
    """商丘市梁园区书法家协会 (a social-organisation registration list): the people's organisation of the
    district, as 铜山区总工会; no second body 商丘市梁园区书法家协会 read back from the suffix beside it.
    A relative 区 that is part of a name (西湖管理区妇女联合会) keeps the whole name."""
    names = _names(extract_text("经审查，准予商丘市梁园区书法家协会成立登记。"))
    assert "梁园区书法家协会" in names and "商丘市梁园区书法家协会" not in names, names
    names = _names(extract_text("西湖管理区妇女联合会召开执委会议。"))
    assert "西湖管理区妇女联合会" in names, names


def test_listed_bureaus_with_short_or_river_stems_share_the_county():
    """定边县政府办、财政局、资源规划局、水利局、林业局, 县气象局、河务局、水利局: 资源规划局 (the short
    form of 自然资源和规划局) and 河务局 (a county's Yellow River bureau) are departments, so the list
    goes on through them and every bureau after them is the county's too."""
    names = _names(extract_text("定边县政府办、财政局、资源规划局、水利局、林业局相关负责人参加签约仪式。"), "Agency")
    assert {"定边县自然资源和规划局", "定边县水利局", "定边县林业局"} <= names, names
    names = _names(extract_text("会上，县气象局、河务局、水利局等相关单位汇报了防汛工作。"), "Agency")
    assert {"县河务局", "县水利局"} <= names, names


def test_the_companies_concerned_are_no_name():
    """甘肃建投相关公司负责人: 相关/有关 before 公司 are the companies concerned, of a kind; no company
    甘肃建投相关公司."""
    for text in ("甘肃建投相关公司负责人参加座谈。", "宏达集团有关公司负责人参加座谈。"):
        names = _names(extract_text(text))
        assert not any("相关" in n or "有关" in n for n in names), (text, names)


def test_a_stop_character_inside_a_city_s_name_is_the_city_s():
    """成都宏达投资集团有限公司: 都 of 成都 is a stop character (都 the adverb); inside a division's name
    it is the place's own, so the company keeps its city (成都|宏达… was cut at 都). A country's
    (是日本第二信托银行: a rank within the country) is no name."""
    names = _names(extract_text("成都宏达投资集团有限公司参与项目投资。"))
    assert "成都宏达投资集团有限公司" in names, names
    names = _names(extract_text("住友信托银行是日本第二信托银行。"))
    assert "日本第二信托银行" not in names, names


def test_high_tech_after_a_city_is_a_name_s_word():
    """成都高新投资集团有限公司: jieba tags 高新 an adverb, so 成都|高新 + 投资 read as a clause (the
    city, an adverb, a verb) and the company was lost; 高新 (high-tech) is a name's word. 泉州市充分
    发动商会 is still a clause."""
    names = _names(extract_text("成都高新投资集团有限公司参与项目投资。"))
    assert "成都高新投资集团有限公司" in names, names
    names = _names(extract_text("泉州市充分发动商会力量。"))
    assert not any(n.startswith("泉州市充分") for n in names), names


def test_a_place_and_a_group_s_abbreviation_alone_is_the_group():
    """甘肃建投作为省内大型国企, 成都城投将加快项目建设: a provincial or city state-owned group written as
    its place's short name and its usual abbreviation (建投, 城投, 交投) alone is the group, not the
    place as the clause's subject; the abbreviation running into another word (河北建投资…) is not."""
    assert "甘肃建投" in _names(extract_text("甘肃建投作为省内大型国企，实力突出。"))
    assert "成都城投" in _names(extract_text("成都城投将加快项目建设。"))
    assert "杭州城投集团有限公司" in _names(extract_text("杭州城投集团有限公司中标该项目。"))
