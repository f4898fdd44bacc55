"""Round 81 (ecology81): ecology and environment bureaus' news and enforcement cases from fresh texts of
/tmp/s26/fresh/ecology81 (辽宁 朝阳/盘锦 环评 penalties, 湖北 黄石 and 海南 cases, 陕西 air quality, 云南 陆良
and 重庆 奉节 inspection follow-ups, 广东 惠州 a penalty's lawsuit): 委托 (to commission) before the lab
commissioned, and a lawsuit's 原告/被告 before a party, end an organisation's name scanning back; a role
someone fills for a body (出庭负责人) written before that person's post is no part of the post's body; the
centre's environmental inspection (中央环境保护督察) named before a county's counts is no national scope;
the verb laying a fine (处以, 并处) is no word of the indicator 罚款."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_commissioned_lab_s_name_opens_after_the_verb():
    """05-huangshi-anli (黄石): 遂于2023年5月4日委托黄石市城发环境检测技术有限公司对该公司雨水排放口外排雨水进行了取样检测
    (base: an Organization 日委托黄石市城发环境检测技术有限公司, the subject of every 超标 figure)."""
    doc = extract_text("某公司超标排污案\n执法人员遂于2023年5月4日委托宁波市江北环境检测技术有限公司对该公司排放口"
                       "外排废水进行了取样检测。")
    orgs = _orgs(doc)
    assert "宁波市江北环境检测技术有限公司" in orgs, orgs
    assert not any(o.startswith(("委托", "日委托")) for o in orgs), orgs


def test_a_lawsuit_s_party_role_is_no_part_of_the_company_s_name():
    """08-huizhou-court (惠州): 原告惠州市骏滕五金制品有限公司诉被告惠州市生态环境局罚款一案 (base: an Organization
    原告惠州市骏滕五金制品有限公司)."""
    doc = extract_text("行政判决书\n原告汕头市金平五金制品有限公司诉被告汕头市生态环境局罚款一案,原告于2021年5月14日"
                       "向本院提起诉讼。")
    orgs = _orgs(doc)
    assert "汕头市金平五金制品有限公司" in orgs, orgs
    assert not any(o.startswith(("原告", "被告")) for o in orgs), orgs
    assert "汕头市生态环境局" in _agencies(doc), _agencies(doc)


def test_a_role_before_a_post_is_no_part_of_the_post_s_body():
    """08-huizhou-court (惠州): 被告惠州市生态环境局的出庭负责人龙门分局副局长梁海江到庭参加诉讼 (base: an Agency
    出庭负责人龙门分局 held by 梁海江).  A 负责人 held of a named body keeps its body (negative check)."""
    doc = extract_text("行政判决书\n被告惠州市生态环境局的出庭负责人龙门分局副局长梁某江到庭参加诉讼。")
    assert not any("负责人" in a for a in _agencies(doc)), _agencies(doc)
    held = {b for p, b in relation_pairs(doc, "holdsPost") if p == "梁某江"}
    assert held and all(b.startswith(("龙门", "惠州市生态环境局龙门")) and b.endswith("分局") for b in held), held
    plain = extract_text("座谈会召开\n会上,汕头市生态环境局负责人王建国介绍了全市大气污染防治工作情况。")
    assert ("王建国", "汕头市生态环境局") in relation_pairs(plain, "holdsPost"), relation_pairs(plain, "holdsPost")


def test_the_centre_s_environmental_inspection_is_no_national_scope():
    """01-luliang-ducha (云南陆良县): 2018年,中央环境保护督察回头看反馈5项问题,完成整改并通过验收4项 (base: the
    county's problems and complaints counted as 中国's).  全国's figures stay the country's (negative check)."""
    doc = extract_text("陆良县推进督察问题整改\n2016年以来,陆良县先后接受了一系列督察。2018年,中央环境保护督察回头看反馈"
                       "5项问题,完成整改并通过验收4项、正在整改1项,交办的28件投诉举报件,办结并通过验收26件。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.value in (5, 4, 28)}
    assert subjects == {"陆良县"}, subjects
    national = extract_text("全国空气质量\n今年1月,全国339个地级及以上城市平均优良天数比例为81.9%,同比上升1.5个百分点。")
    got = {national.entities[m.subject].name for m in national.metrics if m.value == 81.9}
    assert got == {"中国"}, got


def test_the_verb_laying_a_fine_is_no_part_of_its_indicator():
    """02-liaoning-huanping-chufa (辽宁盘锦): 责令该企业立即停止建设,罚款2290.0965万元; the shapes 对…处以罚款 and 并处罚款 of
    such cases (base: indicators 处以罚款 and 处罚款).  The party after 对 stays the fine's subject."""
    doc = extract_text("环评违法案件查处\n盘锦市生态环境局对辽宁某化工有限公司处以罚款12万元。大连市生态环境局责令其停止建设,"
                       "并处罚款20万元。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("罚款", 120000) in got and ("罚款", 200000) in got, got
    fined = {doc.entities[m.subject].name for m in doc.metrics if m.value == 120000}
    assert fined == {"辽宁某化工有限公司"}, fined
