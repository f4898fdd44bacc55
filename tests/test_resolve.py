"""Resolution: article places, relative agency names, one entity per real thing, stable ids."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline
from kg.readers.corpus import SourceFile, read_file
from kg.stages.resolve import entity_id

SEED = Path(__file__).resolve().parent.parent / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"


def doc_of(text: str, doc_id: str = "t") -> Doc:
    return Pipeline(("gazetteer", "entities", "resolve"))(text_doc(text, doc_id))


@pytest.fixture(scope="module")
def page() -> Doc:
    doc = next(d for d in read_file(SourceFile(SEED, SEED.name)) if isinstance(d, Doc))
    return Pipeline(("layout", "sentences", "gazetteer", "entities", "resolve"))(doc)


def by_name(doc: Doc, name: str):
    return next(e for e in doc.entities.values() if e.name == name)


def test_article_places(page):
    places = {a.id.split("#")[1]: doc_entity_name(page, a.place) for a in page.articles}
    assert places["A1"] == "邯郸市"  # 邯郸推动… in the title
    assert places["A3"] == "魏县"
    assert places["A6"] == "馆陶县"  # 馆陶 in the title is the county's short name
    assert places["A5"] == "邯郸市"  # the title's 市生态环境局 names no place: the lead does


def doc_entity_name(doc: Doc, key: str | None) -> str | None:
    return doc.entities[key].name if key in doc.entities else None


def test_relative_agency_names_take_the_article_place(page):
    eco = by_name(page, "邯郸市生态环境局")
    assert eco.type == "Agency" and "市生态环境局" in eco.aliases
    assert len([m for m in eco.mentions]) == 2  # headline and lead sentence, one entity


def test_relative_county_name_in_a_city_story_takes_the_county_named_before_it(page):
    ag = by_name(page, "成安县农业农村局")
    assert ag.aliases == {"县农业农村局"}


def test_short_and_full_place_names_are_one_entity(page):
    guantao = by_name(page, "馆陶县")
    assert guantao.id == "place-130433" and "馆陶" in guantao.aliases
    handan = by_name(page, "邯郸市")
    assert {"邯郸", "该市", "全市"} <= handan.aliases | {m.surface for m in handan.mentions}


def test_credit_agency_has_its_source_span(page):
    ent = by_name(page, "邯郸市委宣传部")
    ev = ent.mentions[0]
    assert page.text[ev.start:ev.end] == "邯郸市委宣传部"
    assert page.text[ev.end:ev.end + 2] == "供图"


def test_stable_ids():
    assert entity_id("Agency", "邯郸市科技局") == entity_id("Agency", "邯郸市科技局")
    assert entity_id("Agency", "邯郸市科技局").startswith("agency-")
    assert entity_id("Place", "邯郸市", "130400") == "place-130400"
    a = doc_of("邯郸市科技局出台政策\n近日,邯郸市科技局出台措施。")
    b = doc_of("科技\n据悉,邯郸市科技局出台措施,邯郸市生态环境局印发通知。", doc_id="u")
    ka = {e.name: k for k, e in a.entities.items()}
    kb = {e.name: k for k, e in b.entities.items()}
    assert ka["邯郸市科技局"] == kb["邯郸市科技局"]


def test_relative_names_in_a_county_story_take_the_county():
    doc = doc_of("魏县帮助重点企业解决用工需求\n县人社局通过“云招聘”帮助企业。")
    assert {e.name for e in doc.entities.values() if e.type == "Agency"} == {"魏县人力资源和社会保障局"}


def test_unresolvable_relative_name_keeps_its_surface():
    doc = doc_of("警力下沉一线\n加强与县农业农村局等部门协调配合。")
    assert {e.name for e in doc.entities.values() if e.type == "Agency"} == {"县农业农村局"}


def test_provincial_departments_listed_together_all_issue_the_document():
    doc = doc_of("邯郸市推进工作\n省发展改革委、省财政厅、省自然资源厅联合印发《关于加强耕地保护的通知》。市场监管部门加强检查。")
    doc = Pipeline(("relations",))(doc)
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert agencies == {"河北省发展和改革委员会", "河北省财政厅", "河北省自然资源厅"}
    runs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}
    assert {a for a, _ in runs} == agencies


def test_township_organs_of_no_known_township_are_dropped():
    doc = doc_of("邯郸市丛台区推进工作\n区城管局、区人大常委会、市中级人民法院和镇党委开展活动。")
    assert {e.name for e in doc.entities.values() if e.type == "Agency"} == {
        "丛台区城管局", "丛台区人大常委会", "邯郸市中级人民法院"}


def test_standard_names_keep_the_written_forms_as_aliases():
    doc = doc_of("邯郸市行政审批局通告\n邯郸市行政审批局关于将市发展改革委招标投标职能划转至市行政审批局的通告。省政府督查室开展督查。")
    ndrc = by_name(doc, "邯郸市发展和改革委员会")
    assert {"市发展改革委", "邯郸市发展改革委"} <= ndrc.aliases
    assert "河北省政府督查室" in by_name(doc, "河北省人民政府督查室").aliases


def test_title_opening_with_our_province_is_about_the_province():
    doc = doc_of("我省力保雄安新区起步区安全度汛\n日前,记者从省水利厅了解到,我省扎实做好各项防汛准备工作。"
                 "通过检查,安新、容城、雄县3县共发现安全隐患8处。")
    (art,) = doc.articles
    assert doc_entity_name(doc, art.place) == "河北省"
    assert "河北省水利厅" in {e.name for e in doc.entities.values()}


def test_places_named_only_in_a_list_are_not_the_article_place():
    doc = doc_of("防汛检查全面展开\n通过检查,安新、容城、雄县3县共发现安全隐患8处,现已全部完成整改。")
    assert doc_entity_name(doc, doc.articles[0].place) == "河北省"  # 保定市 is not named
    doc = doc_of("防汛检查全面展开\n保定市组织检查,安新、容城、雄县3县共发现安全隐患8处。")
    assert doc_entity_name(doc, doc.articles[0].place) == "保定市"


def test_a_new_area_can_be_the_article_place():
    doc = doc_of("雄安新区加快建设\n今年以来,全区新开工项目35个。")
    area = by_name(doc, "雄安新区")
    assert doc.articles[0].place == area.id
    assert "全区" in {m.surface for m in area.mentions}


def test_the_country_has_one_id_whichever_code_names_it():
    """全国 (GB/T 2260's 100000, the metrics stage) and 中国 (ISO 3166 CN, the registry) are one place."""
    from kg.stages.registry import CHINA_KEY
    from kg.stages.resolve import entity_id
    assert entity_id("Place", "中国", "100000") == CHINA_KEY == entity_id("Place", "中国", "iso-CN")
    assert entity_id("Place", "河北省", "130000") == "place-130000"


def test_a_story_titled_with_its_province_about_one_city_is_about_the_city():
    """内蒙古…项目集中开工 over a body about 兴安盟 and its 乌兰浩特: the league (a place that only
    funds the projects, 鄂尔多斯市, is named less; places inside company names do not count)."""
    from conftest import text_doc
    from kg.pipeline import Pipeline
    run = Pipeline(("gazetteer", "registry", "entities", "resolve"))
    doc = run(text_doc("内蒙古45个重点项目集中开工\n4月23日，兴安盟重点项目集中开工。据统计，兴安盟开工项目有45个，"
                       "其中鄂尔多斯市援建项目25个，有鄂尔多斯羊绒集团羊绒衫项目等。乌兰浩特市工业园区也有项目开工。"
                       "兴安盟今年将有86个项目开工。"))
    assert doc.articles[0].place == "place-152200"
    doc = run(text_doc("内蒙古重点项目集中开工\n兴安盟、鄂尔多斯市、包头市、赤峰市各有项目开工，兴安盟有5个。"))
    assert doc.articles[0].place == "place-150000"  # no city holds most of the places named
