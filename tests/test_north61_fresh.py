"""Round 61 (north61): county and district news of 河北, 山西 and 天津 (/tmp/s26/fresh/north61): the
given name of a person in a list of leaders after 县领导 / 市领导 (张海军: no navy), and a university's
short name that is the short name of a district the article names (南开区…南开融媒: no 南开大学), and
a body's short name before its head's post (区委会主委: no person 区委会)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_given_name_in_a_list_of_county_leaders_is_no_navy():
    """魏县 (河北) 县长办公会: 县领导张海军、郭杰、索剑峰…参加会议: 张海军 is a county leader (base: an agency
    中国人民解放军海军 read out of his given name)."""
    doc = extract_text("魏县县长办公会\n6月2日上午,政府代县长高巍主持召开县长办公会,县领导张海军、郭杰、索剑峰、刘忠良、"
                       "李燕参加会议,相关部门主要负责同志列席会议。")
    assert "中国人民解放军海军" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert "张海军" in _names(doc, "Person")
    # a list needs two items: a lone word after 市领导 (和海军某部) is no name, the navy stays
    navy = extract_text("拥军慰问活动举行\n8月1日,市领导和海军某部官兵代表座谈,共叙鱼水情谊。")
    assert "中国人民解放军海军" in _names(navy, "Agency"), _names(navy, "Agency")


def test_a_district_s_short_name_is_no_university():
    """南开区 (天津) 区领导深入重点项目调研: 南开融媒 (the district's media centre) written in an article on
    南开区 names the district, no 南开大学 (base: an organization 南开大学)."""
    doc = extract_text("区领导深入重点项目和重点地区调研\n来源:南开区融媒体中心\n南开融媒 4月30日,区委书记马珊珊深入"
                       "重点项目和重点地区调研,看望慰问节日期间奋战在一线的工作人员并检查安全生产工作。")
    assert "南开大学" not in _names(doc, "Organization"), _names(doc, "Organization")
    univ = extract_text("校地合作签约\n南开区与南开大学签署合作协议,南开将为学校发展提供支持。")
    assert "南开大学" in _names(univ, "Organization")  # the full name keeps the university


def test_a_party_s_district_committee_before_its_chair_is_no_person():
    """民建河东区委会 (天津): 区委会主委刘金泉,副主委尹学敏、占伟…参加会议: 区委会 is the committee, no person of the
    区 family (base: a person 区委会 holding a post of 民建河东区委会)."""
    doc = extract_text("民建河东区委会召开专题工作会议\n9月4日下午,河东区委会召开2025年度专项民主监督专题工作会议。"
                       "区委会主委刘金泉,副主委尹学敏、占伟及专项工作小组成员参加会议。")
    assert "区委会" not in _names(doc, "Person"), _names(doc, "Person")
    assert "刘金泉" in _names(doc, "Person")
