"""Agencies and organisations in zone, university, enterprise and regional-cooperation news (orgs20):
a company named after a leader's meeting verb (会见|名成集团), the office of a named working group
(…工作领导小组办公室), a region's joint office (京津冀…联合工作办公室), a university's branch with
its city in brackets (北京大学（青岛）…研究院).  Sentences in those shapes, none copied."""
from __future__ import annotations

from conftest import mentioned, names_doc


def test_a_company_after_a_leaders_wish_opens_after_the_verb():
    """县委书记张某某希望光明食品集团…: jieba tags 光明 a common noun, so no cut was made after 希望
    and the name took the leader's last character (锋希望光明食品集团)."""
    doc = names_doc("座谈\n县委书记张本华希望光明食品集团加大支持力度。")
    orgs = mentioned(doc, "Organization")
    assert "光明食品集团" in orgs
    assert not any("希望" in o for o in orgs)


def test_a_company_after_a_meeting_in_a_hotel_keeps_no_hotel():
    """在富华大酒店会见名成集团总裁: jieba tags 会见 a noun, and the hotel and the verb were read into
    the company's name."""
    doc = names_doc("会见\n8月13日，市长会见华成集团董事长林某。市长在金海大酒店会见远成集团总裁。")
    orgs = mentioned(doc, "Organization")
    assert {"华成集团", "远成集团"} <= orgs
    assert not any("会见" in o for o in orgs)


def test_a_brand_holding_a_meeting_verb_is_kept():
    """新希望乳业: 希望 is the brand's word after 新, no verb."""
    doc = names_doc("调研\n市长到四川新希望乳业有限公司调研。")
    assert any(o.endswith("新希望乳业有限公司") for o in mentioned(doc, "Organization"))


def test_the_office_of_a_named_working_group_keeps_office():
    """县委农村工作领导小组办公室: the shortest stem met 工作领导小组 first and the office was read as
    the group itself; the office is a body of its own."""
    doc = names_doc("挂牌\n12月15日，中共平安县委农村工作领导小组办公室正式挂牌。")
    assert any(a.endswith("农村工作领导小组办公室") for a in mentioned(doc, "Agency"))
    doc = names_doc("预警\n县防汛抗旱指挥部办公室发布预警。")
    assert "县防汛抗旱指挥部办公室" in mentioned(doc, "Agency")


def test_the_group_alone_is_still_the_group():
    doc = names_doc("会议\n县委农村工作领导小组召开会议。")
    assert "县委农村工作领导小组" in mentioned(doc, "Agency")


def test_a_regions_joint_office_is_an_agency():
    """京津冀协同发展联合工作办公室, 长三角区域合作办公室: offices several governments set up together,
    named after the region; no scope named them, so nothing was found."""
    doc = names_doc("揭牌\n京津冀协同发展联合工作办公室在北京揭牌。干部到长三角区域合作办公室报到。")
    agencies = mentioned(doc, "Agency")
    assert {"京津冀协同发展联合工作办公室", "长三角区域合作办公室"} <= agencies


def test_an_office_after_a_region_without_a_joint_word_is_none():
    doc = names_doc("合作\n三省一市在长三角地区开展合作，办公室设在上海。")
    assert not any("办公室" in a for a in mentioned(doc, "Agency"))


def test_a_universitys_branch_with_its_city_in_brackets_is_one_name():
    """北京大学（青岛）计算社会科学研究院: the university was found first, its name blocked the scan,
    and the branch was cut to 社会科学研究院 or 青岛）海洋研究院."""
    doc = names_doc("揭牌\n北京大学（青岛）海洋研究院揭牌。清华大学（深圳）创新研究院成立。")
    orgs = mentioned(doc, "Organization")
    assert {"北京大学（青岛）海洋研究院", "清华大学（深圳）创新研究院"} <= orgs
    assert not any(o.startswith("青岛") or o.startswith("深圳") for o in orgs)


def test_a_university_with_a_bracketed_city_and_no_branch_stays_the_university():
    doc = names_doc("活动\n北京大学（青岛）举行活动。")
    assert "北京大学" in mentioned(doc, "Organization")
