"""Organisations in enterprise, hospital, university and people's-organisation news (orgs25).
Sentences in the shapes found on fresh provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _typed(doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities.values() if e.type in ("Agency", "Organization")}


def test_the_xiao_after_a_university_opens_the_next_word():
    """华北理工大学校城融合发展大会, 西南大学校地合作: the 校 opens 校城, 校地 (the school and
    its city); no Chinese body's name ends with 大学校, so the university is 华北理工大学."""
    for text, name in (("华北理工大学校城融合发展大会在唐山召开。", "华北理工大学"),
                       ("会议总结了西南交通大学校地合作的经验。", "西南交通大学")):
        orgs = _orgs(extract_text(text))
        assert name in orgs and name + "校" not in orgs, (text, orgs)
    assert "第一中学校" not in _orgs(extract_text("泉州市第一中学校长王某出席。"))


def test_a_term_between_place_and_kind_is_no_part_of_the_name():
    """庆城县第三届妇女联合会执委会常委: the 第三届 is the session of the county's women's
    federation, so the body is 庆城县妇女联合会 (the term changes, the body stays one)."""
    doc = extract_text("宁县第三届妇女联合会执委会常委参加了会议。")
    orgs = _orgs(doc)
    assert "宁县妇女联合会" in orgs and not any("届" in n for n in orgs), orgs


def test_a_stop_character_inside_a_brand_after_its_place():
    """福建恒而达新材料股份有限公司: 而 is a conjunction elsewhere, but a place, one character of a
    name and 而 before a registered company's legal form is the brand (恒而达), not a clause."""
    doc = extract_text("调研组前往福建恒而达新材料股份有限公司调研。")
    assert "福建恒而达新材料股份有限公司" in _orgs(doc), _orgs(doc)
    doc = extract_text("福建省与华为技术有限公司签署合作协议。")
    assert not any(n.startswith("福建") for n in _orgs(doc)), _orgs(doc)


def test_a_numbered_hospital_is_an_organisation():
    """市一院院长, 市二院副院长: the city's First and Second hospitals written short; a numeral
    and 院 name an institution by number, an organisation, never an agency of the city."""
    doc = extract_text("连云港市卫生健康委员会组织开展义诊。市一院院长张建国介绍了情况。")
    typed = _typed(doc)
    assert typed.get("连云港市一院") == "Organization", typed


def _held(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in doc.relations:
        if r.predicate == "holdsPost":
            out.setdefault(doc.entities[r.subject].name, set()).add(doc.entities[r.object].name)
    return out


def test_a_conjunction_after_a_function_word_opens_the_body():
    """…签订合作协议，并与县委书记吴某座谈: 与 after 并 is the preposition of the clause, not a
    joiner of two words of one name (省信息安全与测评认证中心), so no agency 并与县委."""
    doc = extract_text("我校同仙游县人民政府签订合作协议,并与县委书记吴文华座谈交流。")
    assert not any(n.startswith(("并", "与")) for n in _typed(doc)), _typed(doc)


def test_a_conjunction_after_a_word_for_people_joins_two_people():
    """区委外办负责同志和我校合作发展办公室主任刘某介绍了情况: 负责同志和 joins two people of a
    list; the run is no one body's name (no agency 区委外办负责同志和…办公室)."""
    doc = extract_text("章丘区委外办负责同志和我校合作发展办公室主任刘立新分别介绍了情况。")
    assert not any("同志" in n for n in _typed(doc)), _typed(doc)


def test_a_party_committee_after_its_government_is_the_committee():
    """茌平区人民政府区委副书记: a page's site name (the district government), then a post of the
    district's 区委; no unit 人民政府区委 of the government."""
    doc = extract_text("茌平区人民政府区委副书记李建业出席活动。")
    typed = _typed(doc)
    assert not any("政府区委" in n for n in typed), typed
    assert "茌平区委" in _held(doc).get("李建业", set()), _held(doc)


def test_a_qualified_body_of_the_same_kind_is_no_unit_of_the_bare_one():
    """工会主席王某出席，集团工会副主席李某出席: 集团工会 is a union too, no unit of the 工会 named
    before it, so no body 工会集团工会."""
    doc = extract_text("集团党委副书记、工会主席王星明出席会议并讲话,集团工会副主席李贤东出席会议。")
    assert not any(n.startswith("工会集团") for n in _typed(doc)), _typed(doc)


def test_a_league_committee_written_tuan_and_a_named_place():
    """团隆化县委依托…, a byline 团河北省承德市隆化县委书记 赵某: 团 opening the clause, then a named
    place (or its chain of places) and 委, is the Youth League's committee, not the party's
    县委; 团 that ends a word (考察团, 集团) before the place stays out of it."""
    doc = extract_text("团平泉县委依托县青年志愿者协会开展服务活动。")
    assert "共青团平泉县委" in _orgs(doc), _typed(doc)
    doc = extract_text("团河北省承德市平泉县委书记 赵亭婷\n")
    assert _held(doc).get("赵亭婷") == {"共青团平泉县委"}, _held(doc)
    doc = extract_text("考察团平泉县委书记王建设一行到访。")
    assert not any("团" in n for n in _typed(doc)), _typed(doc)


def test_a_health_service_centre_is_a_clinic():
    """中和街道卫生服务中心, 城东社区卫生服务中心主任: a street's or community's health service
    centre is a clinic (an organisation, like 卫生院), no department of a government; 县政务服务中心
    stays an agency."""
    typed = _typed(extract_text("授牌仪式在中和街道卫生服务中心举行。"))
    assert typed.get("中和街道卫生服务中心") == "Organization", typed
    typed = _typed(extract_text("城东社区卫生服务中心主任王建华介绍情况。县政务服务中心主任李明出席。"))
    assert typed.get("城东社区卫生服务中心") == "Organization", typed
    assert typed.get("县政务服务中心") == "Agency", typed


def test_a_school_league_committee_is_an_organisation():
    """数计学院团委书记毛某, 县团委书记李某: a body ending with 团委 is a committee of the Youth
    League, an organisation as 共青团X县委 is, never an agency."""
    typed = _typed(extract_text("外国语学院和数计学院团委书记毛熠文发言。县团委书记李建国出席。"))
    assert typed.get("数计学院团委") == "Organization", typed
    assert all(t == "Organization" for n, t in typed.items() if n.endswith("团委")), typed


def test_a_procuratorates_committee_written_short_is_inner():
    """县人民检察院专职检委会委员王某: 检委会 (检察委员会) and its full-time members' 专职检委会 are
    inner bodies of the procuratorate, kept in the post: the procuratorate holds it, and no
    agency 专职检委会 is named where the text writes none before it."""
    doc = extract_text("县人民检察院专职检委会委员王晓东出席。")
    assert _held(doc).get("王晓东") == {"县人民检察院"}, _held(doc)
    doc = extract_text("专职检委会委员李建民列席会议。")
    assert not any("检委会" in n for n in _typed(doc)), _typed(doc)
