"""Round 50 (defence50): conscription, militia and civil-military news from fresh texts of
/tmp/s26/fresh/defence50: a 人武部 written through its head's post (县人武部长) is the county's
人民武装部, the one 县人武部政委 names; the conscription office (县征兵办, 区征兵办公室) and the
defence mobilisation office (市国动办) are a government's offices under their standard names; a
motion verb (送往) is no word of the body a thing is sent to."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_armed_forces_department_written_through_its_head_s_post():
    """正安县 (贵州) send-off: 县委常委、县人武部长王忠祥…县人武部政委张河云主持会议: one body,
    正安县人民武装部, holds both posts (base: a second agency 正安县人武部 for the 部长)."""
    doc = extract_text("正安县隆重举行新兵入伍欢送大会\n"
                       "近日,正安县隆重举行新兵入伍欢送大会。县委常委、县人武部长王忠祥,副县长何德军出席会议。"
                       "县人武部政委张河云主持会议。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("王忠祥", "正安县人民武装部") in posts and ("张河云", "正安县人民武装部") in posts, posts
    assert "正安县人武部" not in _names(doc, "Agency")


def test_department_short_stem_through_its_post_takes_its_standard_name():
    """The same rule for any short stem (department_stems' canonical): 县发改局长 is the head of the
    county's 发展和改革局, as 县发改局局长 is (base: 正安县发改局)."""
    doc = extract_text("正安县召开会议\n正安县召开会议。县发改局长王忠祥出席。")
    assert ("王忠祥", "正安县发展和改革局") in relation_pairs(doc, "holdsPost")


def test_conscription_office_of_a_district():
    """九江市 winter conscription: 记者从浔阳区征兵办公室了解到 (base: no agency)."""
    doc = extract_text("九江市昨日启动冬季征兵体检\n"
                       "记者从浔阳区征兵办公室了解到,为保证兵源质量,全市12个县(市、区)的征兵体检站全部安排骨干医生负责。")
    assert "浔阳区征兵办公室" in _names(doc, "Agency")
    assert ("浔阳区征兵办公室", "浔阳区") in relation_pairs(doc, "locatedIn")


def test_conscription_office_written_short():
    """甘肃省镇原县: 县委、县政府领导以及县征兵办人员为73名新兵送行: 镇原县征兵办公室 (base: none)."""
    doc = extract_text("镇原县举行欢送新兵仪式\n"
                       "近日,甘肃省镇原县举行欢送2023年春季入伍新兵仪式,县委、县政府领导以及县征兵办人员为73名新兵送行。")
    assert "镇原县征兵办公室" in _names(doc, "Agency")


def test_defence_mobilisation_office_written_short():
    """汉中市 national defence education day: 汉中市国动办在中心广场组织开展…宣传活动: the office is
    汉中市国防动员办公室 (base: 汉中市国防动员办, a name no office bears)."""
    doc = extract_text("汉中市国动办开展全民国防教育日宣传活动\n"
                       "当天上午,汉中市国动办在中心广场组织开展2024年全民国防教育日宣传活动。")
    agencies = _names(doc, "Agency")
    assert "汉中市国防动员办公室" in agencies and "汉中市国防动员办" not in agencies, agencies


def test_motion_verb_is_no_word_of_the_receiving_company():
    """石台县 双拥 story: 驻石某部队代表将一面…锦旗送往国网石台县供电公司: no organisation named
    锦旗送往国网石台县供电公司 (base: that span)."""
    doc = extract_text("石台县扎实做好八一拥军优属工作\n"
                       "7月17日,中国人民解放军驻石某部队代表将一面印有“双拥模范情暖兵心”的锦旗送往国网石台县供电公司。")
    orgs = _names(doc, "Organization")
    assert not any("送往" in n or "锦旗" in n for n in orgs), orgs
    assert "石台县供电公司" in orgs or "国网石台县供电公司" in orgs, orgs
