"""Round 75 (cppcc75): 政协 and 人大 proposals and their handling, from fresh texts of
/tmp/s26/fresh/cppcc75 (提案办理 reports of 武汉, 深圳, 沁阳, county 交办会 of deputies' suggestions and
members' proposals, 全国政协's 办复率, members named in a story of proposals): a member or a deputy
called by the title after the name (翟昆鹏委员建议) is a person, but not before 委员会 or 代表团 nor
inside a clause (收集区人大代表); a 、 list of fields closing with 方面 before a count is one group
(城建、交通、公路方面18件); 办复 is no office (全国政协提案办复率); a body whose name opens with a
scope word (全国政协, 全国妇联) is the figure's subject, no word of its indicator; a session's time
期间及会后 and a review 经审查予以 open no indicator; a share alone on the line after a count (…258件\n占38.8%)
is that count's share; and 办理 after the bodies a count went to ends their noun (交165家承办单位办理)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_member_called_by_the_title_after_the_name_is_a_person():
    """12-kaifeng-tian (开封, 市政协十一届一次会议): 翟昆鹏委员建议加快我市民营经济发展, …, 刘林委员建议…
    (base: no person at all; a proposer is what an analyst of proposals looks for)."""
    doc = extract_text("市政协委员提交提案185件\n记者从市政协十一届一次会议提案组了解到,市政协委员提交提案185件。"
                       "翟昆鹏委员建议加快我市民营经济发展,肖军委员建议增加我市体育活动场地及设施,"
                       "刘林委员建议大力加强旅游设施基础建设。张华代表建议加快我县道路建设。")
    people = _names(doc, "Person")
    assert {"翟昆鹏", "肖军", "刘林", "张华"} <= people, people
    # over-fire: 安全委员会, 黄河委员会, 代表团 are no titles, a family name inside a clause
    # (收集|区人大代表, 政府|方出资代表: 区, 方) opens no name, nor a body's suffix closes one (商协会代表)
    doc = extract_text("会议召开\n市安全委员会召开会议,黄河委员会主任出席。代表团团长王刚出席。"
                       "代表们广泛听取收集区人大代表对一府两院工作的意见,研究政府方出资代表的请示。"
                       "企业家、商协会代表、采购商等300余人出席。")
    people = _names(doc, "Person")
    assert not people & {"安全", "黄河", "区人大", "方出资", "商协会"}, people


def test_a_list_of_fields_counted_together_keeps_every_field():
    """10-qinyang-jianyi (沁阳市): 共办理…代表意见建议57件,其中:城建、交通、公路方面18件 and
    06-county-jianyi-jiaobanhui: 涉及生态环境、旅游方面的4件 (base: 公路方面, 旅游方面 — the last field only)."""
    doc = extract_text("代表建议办理情况\n2023年,市政府共办理市八届人大三次会议代表意见建议57件,其中:城建、交通、"
                       "公路方面18件,工业环保方面13件。涉及生态环境、旅游方面的4件。")
    got = _indicators(doc)
    assert got.get(18) == "城建、交通、公路方面", got
    assert got.get(4) == "生态环境、旅游方面", got
    assert got.get(13) == "工业环保方面", got


def test_the_answered_rate_of_proposals_is_no_office():
    """15-quanguo-banfulv (中国青年报 2026): 全国政协提案办复率:99.9% (base: an agency
    中国人民政治协商会议全国委员会提案办 read from 提案办|复率, and the rate its figure)."""
    doc = extract_text("全国政协提案办复率:99.9%\n一年来,全国政协共收到提案5992件,立案5061件,办复率99.9%。")
    agencies = _names(doc, "Agency")
    assert not any(n.endswith("提案办") for n in agencies), agencies


def test_a_national_body_opening_the_clause_is_the_subject_not_the_indicator():
    """15-quanguo-banfulv, 16-suhui-tian-baogao (中评社 2019): 全国政协共收到提案5992件, 全国政协委员提交大会提案
    5360件 (base: indicators 政协共收到提案, 政协委员提交大会提案 — 全国 cut as a scope, the rest of the name left)."""
    doc = extract_text("全国政协提案工作\n一年来,全国政协共收到提案5992件,立案5061件。全国妇联共收到来信500件。")
    got = _indicators(doc)
    assert got.get(5992) == "收到提案", got
    assert got.get(500) == "收到来信", got
    subj = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert subj.get(5992) == "中国人民政治协商会议全国委员会", subj


def test_a_session_s_time_with_after_the_session_is_no_part_of_the_indicator():
    """07-county-tian-jiaoban-2024: 县政协十一届四次会议期间及会后共收到委员提案90件 (base: the indicator
    会后共收到委员提案 — only 期间 was read as the session's time)."""
    doc = extract_text("提案交办会议召开\n会议通报了提案立案情况。县政协十一届四次会议期间及会后共收到委员提案90件,"
                       "经审查予以立案60件。")
    assert _indicators(doc).get(90) == "收到委员提案", _indicators(doc)


def test_a_share_alone_on_the_line_after_a_count_is_that_count_s_share():
    """02-shenzhen-zhengxie-kaimu (深圳发布, a phone page of one-line figures): …已经解决或基本解决的258件\\n占38.8%
    (base: the bare indicator % of kind level); a share on a line with words of its own is left alone."""
    doc = extract_text("市政府通报提案办理情况\n市政府系统共办理提案572件\n其中所提问题已经解决或基本解决的258件\n占38.8%\n"
                       "正在解决或已列入计划解决的302件\n占45.4%\n")
    got = {m.value: (m.indicator, m.kind) for m in doc.metrics}
    assert got.get(38.8) == ("所提问题已经解决或基本解决占", "share"), got
    assert got.get(45.4) == ("正在解决或已列入计划解决占", "share"), got


def test_the_bodies_a_count_of_proposals_went_to_end_before_the_handling_verb():
    """16-suhui-tian-baogao (中评社 2019): 经审查,立案4567件,交165家承办单位办理 (base: the indicator
    承办单位办理); 办理 of a noun stays (3件办理情况报告)."""
    doc = extract_text("提案工作情况\n经审查,立案4567件,交165家承办单位办理。全年共形成3件办理情况报告。")
    got = _indicators(doc)
    assert got.get(165) == "承办单位", got
    assert got.get(3) == "办理情况报告", got


def test_the_review_a_count_passed_is_no_part_of_its_indicator():
    """07-county-tian-jiaoban-2024: 共收到委员提案90件,经审查予以立案60件 (base: the indicator 经审查予以立案,
    where 经审查,立案4567件 with its comma read 立案)."""
    doc = extract_text("提案交办会议召开\n县政协共收到委员提案90件,经审查予以立案60件。")
    assert _indicators(doc).get(60) == "立案", _indicators(doc)
