"""Round 60 (charity60): 红十字会 and 慈善总会 news from fresh texts of /tmp/s26/fresh/charity60: a
gift by a body praised as 爱心企业/爱心组织 is that body's (not the article's place's, with the praise
and the name as its noun), a gift by two organs written together (市委市政府) is theirs with no organ
left in its noun, and a set of 三大项目 is no count of 目揭牌 in 项."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list[tuple[str | None, str, float, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return [(names.get(m.subject), m.indicator, m.value, m.unit) for m in doc.metrics]


def test_a_praised_giver_is_the_gift_s_subject():
    """珠海市慈善总会 (慈善公益报): 爱心企业广东世荣兆业股份有限公司捐赠100万元,爱心组织广东省天行健慈善基金会
    捐赠10万元 — each body's 捐赠 (base: 珠海市's 爱心企业广东世荣兆业股份有限公司捐赠)."""
    doc = extract_text("珠海市慈善总会为河南水灾募集善款\n"
                       "8月3日上午,捐赠仪式在珠海市慈善总会举行。爱心企业广东世荣兆业股份有限公司捐赠100万元,"
                       "爱心组织广东省天行健慈善基金会捐赠10万元。")
    got = _metrics(doc)
    assert ("广东世荣兆业股份有限公司", "捐赠", 1000000, "元") in got, got
    assert ("广东省天行健慈善基金会", "捐赠", 100000, "元") in got, got


def test_two_organs_written_together_leave_no_organ_in_the_noun():
    """四川省慈善总会 九寨沟 relief: 北京市委市政府捐赠300万元 — 捐赠 of 北京市委 (base: 市政府捐赠)."""
    doc = extract_text("四川省慈善总会抗震救灾纪实\n"
                       "截止8月11日上午11时,省慈善总会共接收社会爱心捐赠款2088万元。其中,万达集团捐赠1000万元;"
                       "北京市委市政府捐赠300万元;镇江奇美化工有限公司捐赠200万元。")
    got = _metrics(doc)
    assert ("北京市委", "捐赠", 3000000, "元") in got, got
    assert not any(ind.startswith("市政府") for _s, ind, _v, _u in got), got


def test_three_major_projects_are_no_count_in_xiang():
    """南海区 (珠江时报): …三大项目揭牌。三大项目的投用… — no 3 项 of 目揭牌 / 目的投用 (base: both)."""
    doc = extract_text("南海首个红十字应急救护培训基地揭牌\n"
                       "活动现场,南海区红十字应急救护培训基地、大沥镇红十字青少年生命教育基地三大项目揭牌。"
                       "三大项目的投用,标志着应急救护网络体系进一步完善。")
    got = _metrics(doc)
    assert not any(ind.startswith("目") for _s, ind, _v, _u in got), got
