"""Round 87 (gongjijin87): housing-fund (住房公积金) and medical-insurance (医疗保障) figures — the national
housing-fund annual report 2022 and the national medical-security statistics bulletin 2022 as the press
carried them, two housing-fund centres' notices on the contribution base (长春省直住房公积金管理分中心, 吉林;
保山市住房公积金管理中心, 云南) and the 2022 annual-report figures of Beijing, Shanghai and Wuhan — from fresh
texts of /tmp/s26/fresh/gongjijin87.  Fixes: a housing-fund centre's branch is an agency — the
管理分中心 named by the fund (吉林省住房公积金管理分中心), the centre of the province's own organs in its
capital (河北省省直住房公积金管理中心), and a city centre's branch in one of its districts named after the
centre (哈尔滨住房公积金管理中心道里分中心, as 临汾市生态环境局霍州分局 is a bureau's); 分X is the branch of a body
ending in X only (a 局 has no 分中心 of this kind)."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_housing_fund_branch_centre_is_an_agency():
    """03-changchun-shengzhi-jiaocun-jishu: signed 长春省直住房公积金管理分中心 (base: no agency at all; 管理分中心
    was no unit suffix).  Modelled with the province's branch written after its place."""
    doc = extract_text("关于调整缴存基数上限的通知\n吉林省住房公积金管理分中心发布通知,调整后为24,284元。")
    assert "吉林省住房公积金管理分中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("长春市住房公积金管理分中心发布通知。")
    assert "长春市住房公积金管理分中心" in _agencies(doc), _agencies(doc)


def test_provincial_organs_housing_fund_centre():
    """03-changchun-shengzhi-jiaocun-jishu: the notice concerns 省直住房公积金 (the fund of the province's own
    organs, run by a centre in the capital: 河北省省直住房公积金管理中心); base read no agency in
    河北省省直住房公积金管理中心."""
    doc = extract_text("河北省省直住房公积金管理中心发布通知。")
    assert "河北省省直住房公积金管理中心" in _agencies(doc), _agencies(doc)


def test_city_centres_district_branch():
    """03-changchun-shengzhi-jiaocun-jishu (a 分中心 signing its notice): a city centre's branch in a district
    named after the centre (哈尔滨住房公积金管理中心道里分中心; base: the city centre only, 道里 a place and
    分中心 dropped).  A bureau's 分中心 is no such branch, and a word naming no district of the city
    (电力分中心) is left alone."""
    doc = extract_text("哈尔滨住房公积金管理中心道里分中心发布通知。")
    assert "哈尔滨市住房公积金管理中心道里分中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("哈尔滨市公安局道里分中心发布通知。")
    assert not any(a.endswith("分中心") for a in _agencies(doc)), _agencies(doc)
    doc = extract_text("哈尔滨住房公积金管理中心电力分中心发布通知。")
    assert not any(a.endswith("电力分中心") for a in _agencies(doc)), _agencies(doc)
    doc = extract_text("临汾市生态环境局霍州分局发布通知。")
    assert "临汾市生态环境局霍州分局" in _agencies(doc), _agencies(doc)
