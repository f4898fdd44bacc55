"""Round 106 (zhengquan106): capital-market and local-finance news — the 证监局 of Hunan, Tibet, Shanghai,
Zhejiang and Ningbo visiting listed companies (走访上市公司), Fujian's push meeting, the listing drives of
成都, 大连, 株洲 (“金芙蓉”), 晋城 and 诸暨 (“凤凰行动”) (fresh texts of /tmp/s27/txt/zhengquan106).
Fixes: the securities regulator's offices named by their place (上海证监局, 西藏证监局: missed; no department
of the province's government); a class of listed companies before its kind (优质上市公司, 辖区上市公司,
成都a股上市公司, 深交所公司) no company; stock names listed before 等/N家上市公司 companies (紫金矿业、…、建霖
家居5家上市公司); 深市/沪市 no places; the listing pipeline's 在审/在辅企业 keep their 在; 了解/走访 after the
companies counted no word of the noun (5家上市公司了解到 → 上市公司); 先导区/引领区管委会 a zone's, no district's."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _rels(doc, pred: str) -> set[tuple]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == pred}


def test_a_securities_regulators_office_named_by_its_place():
    """08-shanghai-zjj: 上海证监局最近联合上海金融办、市国资委…走访了多家科创板上市公司; 02-xizang-zjj:
    西藏证监局联合自治区政府有关部门… (base: neither office found).  The office is the national
    regulator's, located in its place, no part of the place's government."""
    doc = extract_text("走访上市公司\n8月23日,上海证监局最近联合上海金融办、闵行区政府等单位,走访了多家科创板上市公司。")
    agencies = _names(doc, "Agency")
    assert "上海市证监局" in agencies, agencies
    assert ("上海市证监局", "上海市") in _rels(doc, "locatedIn"), _rels(doc, "locatedIn")
    doc = extract_text("大走访\n西藏证监局联合自治区政府有关部门持续完善常态化走访上市公司机制。西藏证监局在走访中发现问题。")
    assert "西藏自治区证监局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert not any(s == "西藏自治区证监局" for s, _ in _rels(doc, "subOrganizationOf")), _rels(doc, "subOrganizationOf")


def test_a_class_of_listed_companies_is_no_company():
    """03-fujian: 加大对优质上市公司支持力度; 02-xizang: 助推辖区上市公司高质量发展; 04-chengdu: 成都a股上市公司
    数量…, 境内外上市公司总数将超过140家; 01-hunan: 超六成为深交所公司 (base: each an Organization, and 总数
    the Chengdu target's indicator)."""
    doc = extract_text("企业上市\n今年5月，成都市提出到2022年，成都境内外上市公司总数将超过140家。"
                       "成都a股上市公司数量位居中西部地区第一。要加大对优质上市公司支持力度，助推辖区上市公司高质量发展。"
                       "在湖南146家A股上市公司中，超六成为深交所公司。")
    orgs = _names(doc, "Organization")
    assert not any(o.endswith("公司") for o in orgs), orgs
    assert ("境内外上市公司总数", 140, "家") in _metrics(doc), _metrics(doc)


def test_a_listed_company_keeps_its_name():
    """Guard: a company named with its legal form, and a listed company's association, stay names."""
    doc = extract_text("调研\n近日，副省长带领有关负责人赴卫星化学股份有限公司调研，中国上市公司协会有关负责人参加。")
    orgs = _names(doc, "Organization")
    assert "卫星化学股份有限公司" in orgs, orgs


def test_stock_names_listed_before_listed_companies():
    """03-fujian: 针对近日走访紫金矿业、福龙马、象屿股份、亿联网络、建霖家居5家上市公司了解到的具体问题
    (base: no company, indicator 上市公司了解)."""
    doc = extract_text("推进会\n会上，针对近日走访紫金矿业、福龙马、象屿股份、亿联网络、建霖家居5家上市公司了解到的具体问题，"
                       "福建省发改委等省直机关与上述企业现场协调解决问题。")
    orgs = _names(doc, "Organization")
    assert {"紫金矿业", "福龙马", "象屿股份", "亿联网络", "建霖家居"} <= orgs, orgs
    assert ("上市公司", 5, "家") in _metrics(doc), _metrics(doc)


def test_the_stock_markets_are_no_places():
    """01-hunan: 一同参与中联重科、景嘉微两家深市公司走访 (base: 深市 a place, indicator 深市公司走访)."""
    doc = extract_text("走访\n深交所相关部门工作人员一同参与中联重科、景嘉微两家深市公司走访。沪市主板新增上市公司5家。")
    places = _names(doc, "Place")
    assert "深市" not in places and "沪市" not in places, places
    assert ("深市公司", 2, "家") in _metrics(doc), _metrics(doc)


def test_companies_under_review_keep_their_zai():
    """06-zhuzhou: 2022年,株洲市新增在审企业1家,在辅企业4家,在审在辅企业数量达8家 (base: 审企业, 辅企业,
    审在辅企业数量)."""
    doc = extract_text("企业上市\n2022年,株洲市新增在审企业1家,在辅企业4家,在审在辅企业数量达8家,创下新高。")
    got = _metrics(doc)
    assert ("在审企业", 1, "家") in got, got
    assert ("在辅企业", 4, "家") in got, got
    assert ("在审在辅企业数量", 8, "家") in got, got


def test_a_visits_noun_stays_where_it_opens_the_count():
    """Guard: 走访 and 了解 cut only after the noun counted; a team of visitors (12个走访组) and the
    demands heard (了解企业诉求56条) keep them."""
    got = _metrics(extract_text("走访\n全市组建12个走访组深入企业。"))
    assert ("走访组", 12, "个") in got, got
    got = _metrics(extract_text("走访\n全县共走访企业120家，了解企业诉求56条。"))
    assert ("走访企业", 120, "家") in got, got


def test_a_pilot_zones_committee_is_no_relative_district():
    """05-dalian: 要求有关部门、各区市县政府、先导区管委会提高服务意识 (base: the agency 区管委会, a district
    of the article)."""
    doc = extract_text("大连讯\n近日,大连市政府召开会议,要求各区市县政府、先导区管委会提高服务意识。")
    agencies = _names(doc, "Agency")
    assert "区管委会" not in agencies, agencies
    assert "大连市人民政府" in agencies, agencies
