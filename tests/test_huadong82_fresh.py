"""Round 82 (huadong82): ordinary town, county and development-zone news of 江苏 (东台, 亭湖, 沭阳),
山东 (临沭, 临沂高新区, 郯城, 聊城), 上海 (崇明) and 浙江 (江山) from fresh texts of /tmp/s26/fresh/huadong82:
a project named after an anaphor (该市城北旅游休闲综合体) read with the anaphor in its name; a group named by
plain words that invests a stated sum (天元集团投资20亿元) read as no organisation; after 包括, a company
that invests read into the indicator (包括天元集团投资) and not as the figure's subject; and, in a list of
projects, the investor of one item read as the partner of another item's 与 (天元集团 cooperatesWith 宏原集团)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, str, float]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject, m.subject), m.indicator, m.value) for m in doc.metrics}


def _relations(doc, predicate: str) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == predicate}


def test_an_anaphor_opens_no_project_name():
    """09-jiangshan-kaigong (浙江日报, 江山市): 江山市举行二季度重点建设项目集中开工仪式,该市城北旅游休闲综合体等32个
    项目总投资51.9亿元 (base: the Programme 该市城北旅游休闲综合体): 该市 points back to the city."""
    doc = extract_text("江山掀起项目建设热潮\n5月26日上午,江山市举行二季度重点建设项目集中开工仪式,"
                       "该市城北旅游休闲综合体等32个项目总投资51.9亿元。")
    progs = _names(doc, "Programme")
    assert "城北旅游休闲综合体" in progs and not any(p.startswith("该") for p in progs), progs
    doc = extract_text("某县项目开工\n5月26日上午,该县智慧物流园等12个项目集中开工,总投资9亿元。")
    progs = _names(doc, "Programme")
    assert "智慧物流园" in progs, progs


def test_a_group_that_invests_a_sum_is_a_company():
    """05-linyi-gxq-qianyue (临沂高新区): 包括天元集团投资20亿元的绿色产业园项目 (base: no Organization, the
    indicator 包括天元集团投资 with no subject); a kind of group (能源集团, 该集团, 两大集团) stays no name."""
    doc = extract_text("高新区签约引进产业化项目16个\n1-5月份,临沂高新区共签约引进产业化项目16个,协议总投资近77亿元,"
                       "包括天元集团投资20亿元的绿色产业园项目、北京101中学与宏原集团合作办学项目等。")
    assert "天元集团" in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("天元集团", "投资", 2000000000) in _metrics(doc), _metrics(doc)
    doc = extract_text("项目签约\n今年,能源集团投资20亿元建设产业园,两大集团投资5亿元,该集团投资3亿元。")
    assert not _names(doc, "Organization") & {"能源集团", "两大集团", "该集团"}, _names(doc, "Organization")


def test_a_named_company_after_including_is_the_investor():
    """The same shape with a full company name: 包括山东天元建设集团有限公司投资20亿元的… (base: the indicator
    包括山东天元建设集团有限公司投资, the zone's)."""
    doc = extract_text("高新区签约\n1-5月份,全区共签约项目16个,包括山东天元建设集团有限公司投资20亿元的绿色产业园项目。")
    assert ("山东天元建设集团有限公司", "投资", 2000000000) in _metrics(doc), _metrics(doc)


def test_the_partner_of_a_listed_item_is_its_own_items():
    """05-linyi-gxq-qianyue: …包括天元集团投资20亿元的绿色产业园项目、北京101中学与宏原集团合作办学项目等: the school
    partners the group, not the investor of the first item (base, with a company the scan names: 山东天元建设集团
    有限公司 cooperatesWith 宏原集团)."""
    doc = extract_text("高新区签约引进产业化项目16个\n1-5月份,临沂高新区共签约引进产业化项目16个,"
                       "包括山东天元建设集团有限公司投资20亿元的绿色产业园项目、北京101中学与宏原集团合作办学项目等。")
    rel = _relations(doc, "cooperatesWith")
    assert ("北京101中学", "宏原集团") in rel and ("山东天元建设集团有限公司", "宏原集团") not in rel, rel
