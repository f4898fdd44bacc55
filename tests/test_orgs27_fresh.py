"""Organisations and agencies in development-zone, city investment group, university and youth
league news (orgs27). Sentences in the shapes found on fresh provincial, city and county pages,
none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def test_a_park_one_city_builds_in_a_county_keeps_its_opening():
    """佛山顺德英德产业园管委会, 中山火炬阳西园区管理委员会: a transfer park's committee is named by the
    builder's place, then the host county right before the park's word; the host's name inside
    does not cut the builder's off (no 顺德英德产业园管委会, no 阳西园区管理委员会 alone)."""
    for text, name in (("英德市委书记出席。佛山顺德英德产业园管委会召开招商工作会议。", "佛山顺德英德产业园管委会"),
                       ("阳西县委书记出席。中山火炬阳西园区管理委员会发布公告。", "中山火炬阳西园区管理委员会")):
        names = _names(extract_text(text), "Agency")
        assert name in names, (text, names)
        assert not any(n != name and name.endswith(n) for n in names), (text, names)


def test_a_league_committee_s_school_department_is_no_school():
    """团省委学校部, 团市委学校部: the youth league committee's department for schools, no school
    named 团省委学校."""
    for text in ("有关情况请于月底前报团省委学校部。", "团市委学校部部长王明出席会议。"):
        names = _names(extract_text(text))
        assert not any(n.endswith("学校") for n in names), (text, names)


def test_a_year_s_work_before_a_suffix_is_no_name():
    """部署2017年度学校共青团改革任务: the year's work for schools, no school named 部署2017年度学校."""
    names = _names(extract_text("会议部署2017年度学校共青团改革任务和重点工作。"))
    assert not any("年度" in n for n in names), names


def test_a_visit_to_the_company_names_no_company():
    """副主任谢永明率队来公司调研, 主任一行到公司: a company's own page writes 公司 for itself after a
    verb of coming; neither the visitor nor the verb opens a company's name, and the visiting
    body's officer is no unit of it (no 发改委谢主任一行来公司)."""
    for text in ("10月17日上午，市发改委副主任谢永明率队来公司调研。",
                 "会上感谢市发改委谢主任一行来公司送项目、送政策。",
                 "市国资委主任一行到公司调研。"):
        names = _names(extract_text(text))
        assert not any(n.endswith("公司") for n in names), (text, names)


def test_a_bare_level_enterprise_is_the_article_s_city_s():
    """市交投集团, 市邮政公司, 省农垦集团: an enterprise named by a bare level word and its trade is
    that level's own; the article's city (or province) completes it like 市总工会 (德州市交投集团);
    where the article names no city it stays the document's own, with no place, and two documents'
    市交投集团 are not one company."""
    from conftest import relations_of
    text = "德州市政府召开常务会议。市交投集团与市邮政公司签订合作协议。"
    names = _names(extract_text(text), "Organization")
    assert {"德州市交投集团", "德州市邮政公司"} <= names, names
    assert ("德州市交投集团", "德州市") in relations_of(text, "locatedIn")
    bare = "市交投集团与市邮政公司签订合作协议。"
    assert not [r for r in relations_of(bare, "locatedIn") if r[0].endswith(("集团", "公司"))]


def test_a_town_word_opening_a_school_s_name_is_no_scope():
    """镇南小学: 镇 opens the school's own name, no township's school to complete (the name stays)."""
    assert "镇南小学" in _names(extract_text("学校有16个班、750名学生的镇南小学迎来新学期。"), "Organization")


def test_a_university_s_office_is_its_unit_an_organisation():
    """山东科技大学学生工作处, 江西财经大学教务处: an office named right after a university is its unit,
    one organisation's name (no agency, not the university alone); 部署, 部门 after the name are
    other words (河南理工大学认真部署, 各部门), no office."""
    for text, name in (("山东科技大学学生工作处组织开展主题活动。", "山东科技大学学生工作处"),
                       ("江西财经大学教务处发布通知。", "江西财经大学教务处")):
        assert name in _names(extract_text(text), "Organization"), (text, _names(extract_text(text)))
    for text in ("河南理工大学认真部署开学工作。", "河南理工大学各部门负责人参加会议。"):
        assert not any(n.endswith(("部", "处")) for n in _names(extract_text(text))), text


def test_a_students_union_is_an_organisation():
    """学生会主席李梅杰: the students' union the League guides is a people's organisation, never a
    government agency."""
    doc = extract_text("副校长刘新民会见了调研组一行。学生会主席李梅杰陪同考察。")
    assert not any(n.endswith("学生会") for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert any(n.endswith("学生会") for n in _names(doc, "Organization")), _names(doc)


def test_a_commissioner_s_office_stays_one_unit():
    """外交部驻澳门特派员公署: a post's title whose office word follows (特派员|公署) still names one unit
    of the ministry; only a post with a clause after it (发改委|谢主任一行来公司) names none."""
    doc = extract_text("外交部驻澳门特派员公署负责人出席活动。")
    assert "外交部驻澳门特派员公署" in _names(doc, "Agency"), _names(doc)


def test_a_campus_named_by_its_city_is_the_school_s():
    """山东大学威海校区党工委, 济南校区工会主席: a campus called by its city is the school's, no body of
    the city (no 威海校区党工委 agency opened by 威海, no 济南市校区工会)."""
    doc = extract_text("山东大学威海校区党工委书记李明出席。")
    assert not any(n.startswith("威海") for n in _names(doc, "Agency")), _names(doc, "Agency")
    doc = extract_text("会议由工会副主席、济南校区工会主席王尚云主持。")
    names = _names(doc)
    assert "济南校区工会" in names and "济南市校区工会" not in names, names


def test_a_school_a_university_runs_in_a_city_is_one_school():
    """河海大学上饶附属学校, 北京师范大学南宁附属学校: the university, the city and 附属学校 name one
    school, not the university and a stray 上饶附属学校."""
    for text, name in (("调研组来到河海大学上饶附属学校检查工作。", "河海大学上饶附属学校"),
                       ("北京师范大学南宁附属学校举行开学典礼。", "北京师范大学南宁附属学校")):
        names = _names(extract_text(text), "Organization")
        assert name in names and not any(n != name and name.endswith(n) for n in names), (text, names)
