"""Round 59 (cppcc59): CPPCC (政协) news from fresh texts of /tmp/s26/fresh/cppcc59 — proposal counts
at review (并案), counts put to a session (全国政协十二届三次会议提交集体提案), a national committee
written bare in a post chain (全国政协常委、提案委员会主任), the session's review committee after the
committee's full name, no CPPCC of a town, no unit of a democratic party's 市委 and no meeting named
with its verb (组织开展…座谈会)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_proposals_merged_at_review_are_counted_as_merged():
    """周口日报 (Henan): 共立案590件,并案10件,不立案21件 — base read the middle figure's indicator as 件
    (the lead 并 cut from 并案)."""
    doc = extract_text("政协第五届周口市委员会第一次会议召开提案审查委员会会议\n"
                       "截至1月3日12时,共提交提案621件。提案审查委员会对收到的提案进行认真审查,共立案590件,并案10件,不立案21件。")
    got = _indicators(doc)
    assert got.get(10) == "并案", got
    assert got.get(590) == "立案" and got.get(21) == "不立案", got


def test_a_session_opening_a_count_is_no_part_of_its_indicator():
    """经济日报 2016 (national): 全国政协十二届三次会议提交集体提案400余件 — base's indicator
    政协十二届三次会议提交集体提案 carried the session the proposals were put to."""
    doc = extract_text("全国政协提案委员会通报2015年提案工作情况\n"
                       "据统计,全国政协十二届三次会议提交集体提案400余件,增幅14.9%。")
    assert _indicators(doc).get(400) == "提交集体提案", _indicators(doc)


def test_a_bare_committee_after_a_national_cppcc_post_is_the_national_committee():
    """经济日报 2016: 全国政协常委、提案委员会主任孙淦 — base gave 孙淦 a post in a body 提案委员会 of
    nowhere (a sibling of 中国人民政治协商会议全国委员会), not 全国政协提案委员会."""
    doc = extract_text("全国政协提案委员会通报2015年提案工作情况\n"
                       "本报北京2月23日讯 全国政协常委、提案委员会主任孙淦表示,立案的5000余件提案绝大多数已经办复。")
    held = relation_pairs(doc, "holdsPost")
    assert ("孙淦", "全国政协提案委员会") in held, held
    assert "提案委员会" not in _names(doc, "Agency")


def test_a_session_s_review_committee_is_no_body_named_after_the_committee():
    """周口日报: 政协第五届周口市委员会第一次会议提案审查委员会关于…的报告 — base found an agency
    周口市委员会第一次会议提案审查委员会 (the party committee's 委 run into the session)."""
    doc = extract_text("政协周口市委员会召开提案审查委员会会议\n"
                       "会议讨论通过政协第五届周口市委员会第一次会议提案审查委员会关于政协五届一次会议提案审查情况的报告(草案)。")
    agencies = _names(doc, "Agency")
    assert not any("第一次会议" in a for a in agencies), agencies
    assert "周口市政协" in agencies


def test_a_town_has_no_cppcc_committee():
    """千岛湖 (Zhejiang) county CPPCC news: 一行人对大墅镇政协委员园区活动室…进行了调研视察 — base found an
    agency 大墅镇政协 (a town has no CPPCC; these are the members' room in the town)."""
    doc = extract_text("县政协农业农村委到大墅镇开展宣讲\n"
                       "11月23日上午,县政协副主席袁长青一行到大墅镇开展宣讲。"
                       "一行人对大墅镇政协委员园区活动室、电商物流园进行了调研视察。")
    assert "大墅镇政协" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert "县政协" in _names(doc, "Agency")


def test_a_city_party_department_is_no_unit_of_a_democratic_party_s_city_committee():
    """民革上海市委: 民革市委既承接了市政协、市决咨委、中共市委统战部等外部课题 — base drew 市委统战部
    subOrganizationOf 民革市委 (the party's 统战部 read as a unit of 民革's committee)."""
    doc = extract_text("民革市委向市政协提交组织提案\n"
                       "2019年民革市委既承接了市政协、市决咨委、中共市委统战部等外部课题,也向各级组织招标自选课题。")
    assert ("市委统战部", "民革市委") not in relation_pairs(doc, "subOrganizationOf")


def test_organise_and_hold_is_no_part_of_a_meeting_s_name():
    """哈尔滨市政协: 市工商联组织开展市政协工商联界别惠企政策专题调研座谈会 — base named the meeting
    开展市政协工商联界别惠企政策专题调研座谈会 (the verb 开展 of 组织开展 inside)."""
    doc = extract_text("市工商联组织开展专题调研座谈会\n"
                       "10月12日,市工商联组织开展市政协工商联界别惠企政策专题调研座谈会。")
    programmes = _names(doc, "Programme")
    assert "市政协工商联界别惠企政策专题调研座谈会" in programmes, programmes
    assert not any(p.startswith("开展") for p in programmes)


def test_most_of_the_counted_is_no_part_of_the_counted_noun():
    """经济日报 2016: 立案的5000余件提案绝大多数已经办复 — base counted 提案绝大多数 (most of them, what
    the clause says of the proposals) as the noun."""
    doc = extract_text("全国政协提案委员会通报2015年提案工作情况\n"
                       "全国政协常委、提案委员会主任孙淦表示,立案的5000余件提案绝大多数已经办复。")
    assert _indicators(doc).get(5000) == "提案", _indicators(doc)


def test_a_long_committee_after_a_post_in_the_national_standing_committee_is_the_cppcc_s():
    """The pattern of 经济日报's 全国政协常委、提案委员会主任, after a post in the standing committee and with
    a committee's name longer than five characters: 全国政协常委会副秘书长、文化文史和学习委员会副主任 —
    base left a body 文化文史和学习委员会 of nowhere (not the registry's 全国政协文化文史和学习委员会)."""
    doc = extract_text("全国政协常委会举行会议\n全国政协常委会副秘书长、文化文史和学习委员会副主任李强出席会议。")
    held = relation_pairs(doc, "holdsPost")
    assert ("李强", "全国政协文化文史和学习委员会") in held, held
    assert "文化文史和学习委员会" not in _names(doc, "Agency")
