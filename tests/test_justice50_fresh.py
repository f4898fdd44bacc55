"""Round 50 (justice50): justice-bureau news from fresh texts of /tmp/s26/fresh/justice50 (广西 legal-aid
notice, 中山 yearbook, 东丰 legal aid, 迎江 普法): the legal-aid centre, public legal-service centre,
notary office and drug-rehabilitation centre a justice bureau runs are agencies of their place; a quoted
single-figure plan period (“七五”普法规划) is no programme; a bracket listing the titles a figure counts,
and the 和 after it, are no part of the next figure's indicator."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_provincial_legal_aid_centre_is_an_agency_and_the_subject_of_its_cases():
    """广西壮族自治区法律援助中心2023年度…公示: 2023年,广西壮族自治区法律援助中心共组织办理法律援助案件355件
    (base: no centre at all; the cases the region's, indicator 法律援助中心共组织办理法律援助案件)."""
    doc = extract_text("广西壮族自治区法律援助中心2023年度法律援助案件办理情况公示\n"
                       "2023年,广西壮族自治区法律援助中心共组织办理法律援助案件355件,其中:刑事法律援助案件342件。")
    assert "广西壮族自治区法律援助中心" in _agencies(doc), _agencies(doc)
    assert ("广西壮族自治区法律援助中心", "广西壮族自治区") in relation_pairs(doc, "locatedIn")
    got = {(doc.entities[m.subject].name, m.value) for m in doc.metrics if m.subject in doc.entities}
    assert ("广西壮族自治区法律援助中心", 355) in got, got


def test_a_county_legal_aid_centre_by_its_relative_scope():
    """东丰县加强法律援助体系建设: 该县以县法律援助中心为主体 … 设立法律援助工作站20个 — the county's centre
    (base: none)."""
    doc = extract_text("东丰县加强法律援助体系建设\n"
                       "东丰县加强法律援助体系建设。该县以县法律援助中心为主体,在县妇联、县民政局等相关单位,设立法律援助工作站20个。")
    assert "东丰县法律援助中心" in _agencies(doc), _agencies(doc)


def test_the_justice_bureau_s_legal_aid_office_and_rehabilitation_centre():
    """中山 yearbook: 市司法局下辖…市法律援助处 …; 年内,市强制隔离戒毒所获司法部戒毒管理局评为… (base:
    neither the rehabilitation centre nor the legal-aid office)."""
    doc = extract_text("【司法行政概况】\n"
                       "2021年,中山市承办法律援助案件4061件。市司法局下辖市公职律师事务所、市法律援助处、石岐公证处。"
                       "年内,市强制隔离戒毒所获司法部戒毒管理局评为“六无”强制隔离戒毒所。")
    agencies = _agencies(doc)
    assert {"中山市强制隔离戒毒所", "中山市法律援助处"} <= agencies, agencies


def test_a_public_legal_service_centre_and_a_notary_office():
    """县公共法律服务中心, 县公证处 (as in 广西: 律师到广西公共法律服务中心值班): the county's (base: none)."""
    doc = extract_text("东丰县加强公共法律服务\n"
                       "东丰县召开会议。县公共法律服务中心接待群众120人次,县公证处办理公证120件。")
    assert {"东丰县公共法律服务中心", "东丰县公证处"} <= _agencies(doc), _agencies(doc)


def test_a_quoted_publicity_plan_period_is_no_programme():
    """迎江区司法局“普法早市”: 重点宣讲《宪法》、“七五”普法规划 … 开展了“七五”普法问卷调查 (base: a
    programme 七五 the bureau runs)."""
    doc = extract_text("迎江区司法局“普法早市”精推“法治套餐”\n"
                       "迎江区司法局组织律师到宜城街道菜市场开展活动。重点宣讲《宪法》、“七五”普法规划等相关法律知识。"
                       "二是开展问卷调查。开展了“七五”普法问卷调查,着重了解群众自身法律需求。")
    names = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "七五" not in names, names


def test_listed_titles_and_the_joining_he_after_them_are_no_part_of_the_next_indicator():
    """中山 yearbook 【行政立法】: 组织、起草、审查政府规章草案2部(《中山市餐厨垃圾管理办法》《中山市河道管理办法》)和
    地方性法规草案2部 (base: indicator (中山市餐厨垃圾管理办法中山市河道管理办法)和地方性法规草案)."""
    doc = extract_text("【行政立法】\n"
                       "2021年,中山市加强行政立法工作。组织、起草、审查政府规章草案2部(《中山市餐厨垃圾管理办法》《中山市河道管理办法》)"
                       "和地方性法规草案2部(《中山市火灾防范条例》《中山市工业固体废物污染环境防治条例》)。")
    got = {m.indicator for m in doc.metrics}
    assert "地方性法规草案" in got, got


def test_a_scope_after_xiaxia_names_the_unit_governed():
    """中山 yearbook: 市司法局下辖市强制隔离戒毒所、…市法律援助处 — 辖 before 市 is mostly 辖区 or 所辖县, but
    after 下辖 the scope is the article's city (base: no rehabilitation centre from this sentence)."""
    doc = extract_text("【司法行政概况】\n"
                       "2021年,中山市承办法律援助案件4061件。市司法局下辖市强制隔离戒毒所、市公职律师事务所。")
    assert "中山市强制隔离戒毒所" in _agencies(doc), _agencies(doc)
