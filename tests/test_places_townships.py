"""Townships and villages written alone, their committees, and the agencies of older and
colloquial department names and of prefectures and banners (州工商局, 旗教育局) — on sentences
written as county news, township notices and provincial circulars write them."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def mentions(doc: Doc, label: str) -> set[tuple[str, str]]:
    return {(m.surface, m.norm) for m in doc.mentions if m.label == label}


def codes(doc: Doc) -> dict[str, str]:
    return {m.surface: m.attrs.get("code") for m in doc.mentions if m.label == "Place" and m.attrs.get("code")}


def test_a_township_unique_in_the_country_is_found_without_its_county():
    doc = run("5月5日上午，县长到西合营镇调研，县政府办公室及西合营镇相关负责人参加。")
    assert codes(doc).get("西合营镇") == "130726102"
    assert ("县政府办公室", "蔚县人民政府办公室") in mentions(doc, "Agency")  # the township's county


def test_a_township_is_the_one_of_the_documents_province():
    doc = run("近日，贵州省组织专家到石洞镇开展调研，石洞镇党委政府高度重视。")
    assert codes(doc).get("石洞镇", "").startswith("52")


def test_a_short_township_name_shared_by_many_counties_needs_its_place():
    doc = run("近年来，太平镇持续改善农村人居环境。")  # fifty 太平镇 in the table
    assert "太平镇" not in codes(doc)


def test_common_words_ending_in_town_are_no_townships():
    doc = run("加快推进小城镇建设，打造一批特色小镇和历史文化名镇。")
    assert not {s for s, _ in mentions(doc, "Place") if s.endswith("镇")}


def test_villages_listed_after_a_chained_one_belong_to_the_same_township():
    doc = run("调研组先后来到西合营镇南大坪村、海子洼村、古守营村，了解村容村貌整治情况。")
    places = {s for s, _ in mentions(doc, "Place")}
    assert {"南大坪村", "海子洼村", "古守营村"} <= places


def test_a_named_township_and_village_are_found_again_with_their_committees():
    doc = run("县委书记到稼依镇调研，稼依镇党委负责人陪同。调研组在新寨村委会召开座谈会，"
              "听取新寨村党支部的专题汇报。")
    agencies = {s for s, _ in mentions(doc, "Agency")}
    assert {"稼依镇党委", "新寨村委会", "新寨村党支部"} <= agencies
    assert "新寨村" in {s for s, _ in mentions(doc, "Place")}


def test_former_and_colloquial_department_names_are_agencies():
    doc = run("成都市人民政府办公厅转发市工商局、市质监局、市食品药品监督管理局、市计委、市编办、"
              "市侨办关于加强市场监管工作的意见。")
    agencies = mentions(doc, "Agency")
    for surface, norm in (("市工商局", "成都市工商行政管理局"), ("市质监局", "成都市质量技术监督局"),
                          ("市食品药品监督管理局", "成都市食品药品监督管理局"), ("市计委", "成都市计划委员会"),
                          ("市编办", "成都市机构编制委员会办公室"), ("市侨办", "成都市侨务办公室")):
        assert (surface, norm) in agencies, surface


def test_prefecture_and_banner_scopes_name_agencies():
    agencies = mentions(run("按照甘孜州委、州政府的要求，州工商局积极行动。"), "Agency")
    assert ("州工商局", "甘孜藏族自治州工商行政管理局") in agencies
    assert ("州政府", "甘孜藏族自治州人民政府") in agencies
    agencies = mentions(run("额济纳旗旗委高度重视，旗教育局、旗卫生健康委员会参加。"), "Agency")
    assert ("旗教育局", "额济纳旗教育局") in agencies


def test_words_ending_in_a_prefecture_character_are_no_scopes():
    doc = run("神州数码公司与联盟委员会代表出席活动。")
    assert not {s for s, _ in mentions(doc, "Agency") if s.startswith(("州", "盟"))}


def test_a_township_the_table_does_not_list_is_found_before_its_organs():
    doc = run("为了提高山区教育水平，薛埠镇党委决定把南边7个村的小学生集中到镇中心小学。")
    assert ("薛埠镇党委", "薛埠镇党委") in mentions(doc, "Agency")


def test_the_issuer_a_document_title_opens_with_is_an_agency_and_runs_it():
    doc = run("根据《渠县市场监督管理局关于开展食品安全专项整治的通知》要求，县公安局配合开展联合执法。")
    assert ("渠县市场监督管理局", "渠县市场监督管理局") in mentions(doc, "Agency")
    title = "渠县市场监督管理局关于开展食品安全专项整治的通知"
    assert any(m.label == "Programme" and m.norm == title for m in doc.mentions)
    runs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "runs"}
    assert ("渠县市场监督管理局", title) in runs


def test_an_agency_in_the_middle_of_a_title_stays_inside_it():
    doc = run("学习《关于支持渠县市场监督管理局开展试点工作的意见》。")
    assert "渠县市场监督管理局" not in {s for s, _ in mentions(doc, "Agency")}


def test_a_township_right_after_its_county_is_a_township_of_it():
    doc = run("她是在新疆维吾尔自治区阿克苏地区乌什县依麻木乡度过国庆假期的。")
    town = [m for m in doc.mentions if m.label == "Place" and m.surface == "依麻木乡"]
    assert town and town[0].attrs.get("level") == "township"
    # 城乡 after a county is no township
    assert "城乡" not in {s for s, _ in mentions(run("乌什县城乡居民收入稳步增长。"), "Place")}


def test_a_verb_after_a_village_is_no_village_of_it():
    doc = run("曾维杰同志深入莎车县恰尔巴格乡米苇果勒村担任村第一书记。")
    places = {s for s, _ in mentions(doc, "Place")}
    assert "米苇果勒村" in places and "担任村" not in places


def test_departments_of_a_party_committee_named_党委():
    doc = run("广西壮族自治区党委宣传部、自治区党委统战部负责同志参加会议。")
    agencies = mentions(doc, "Agency")
    assert ("广西壮族自治区党委宣传部", "广西壮族自治区党委宣传部") in agencies
    assert ("自治区党委统战部", "广西壮族自治区党委统战部") in agencies


def test_people_s_organisations_of_a_scope():
    doc = run("郑州市共青团市委、市青年志愿者协会日前作出决定，市法学会、市美术家协会负责人参加。")
    orgs = {s for s, _ in mentions(doc, "Organization")}
    assert {"市青年志愿者协会", "市法学会", "市美术家协会"} <= orgs


def test_a_factory_before_its_director_is_the_factory():
    doc = run("西安电影制片厂厂长张丕民介绍了影片的拍摄情况。")
    assert ("西安电影制片厂", "西安电影制片厂") in mentions(doc, "Organization")


def test_a_ministry_consulting_another_is_no_unit_of_it():
    doc = run("出现核武器扩散危险时，对外贸易经济合作部经商外交部后，应当暂停出口。")
    agencies = {s for s, _ in mentions(doc, "Agency")}
    assert {"对外贸易经济合作部", "外交部"} <= agencies


def test_offices_of_a_provincial_government():
    doc = run("辽宁省人民政府秘书长协助分管省政府研究室、省政府参事室，联系省政府新闻办、省档案局。")
    agencies = mentions(doc, "Agency")
    assert ("省政府参事室", "辽宁省人民政府参事室") in agencies
    assert ("省政府新闻办", "辽宁省人民政府新闻办公室") in agencies


def test_branches_of_banks_and_companies_named_by_their_place():
    doc = run("人民银行济南分行、工商银行魏县支行、国家税务总局魏县税务局负责人参加会议。")
    names = {s for s, _ in mentions(doc, "Agency") | mentions(doc, "Organization")}
    assert {"人民银行济南分行", "工商银行魏县支行", "国家税务总局魏县税务局"} <= names


def test_a_foreign_state_s_government_is_no_prefecture_s():
    doc = run("美国加州政府宣布进入紧急状态，纽约州政府也作出回应。")
    assert not {s for s, _ in mentions(doc, "Agency") if s.startswith("州")}
