"""The registry stage: world places, national organs (current names for former ones),
international organisations and media, on sentences written like government news."""
from __future__ import annotations

import pytest

from conftest import text_doc
from kg import lexicon as L
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.registry import registry

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def names(doc: Doc, label: str | None = None) -> set[str]:
    return {e.name for e in doc.entities.values() if label is None or e.type == label}


def mentioned(doc: Doc, label: str | None = None) -> set[str]:
    """Entities with a mention of their own (not only created as a relation's end)."""
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    n = {k: e.name for k, e in doc.entities.items()}
    return {(n[r.subject], r.predicate, n[r.object]) for r in doc.relations}


def entity(doc: Doc, name: str):
    return next(e for e in doc.entities.values() if e.name == name)


# --------------------------------------------------------------------------- the tables

def test_tables_load_with_headers_and_comments():
    for table, columns in (("world_places", {"name", "aliases", "kind", "iso", "code", "parent"}),
                           ("organs_national", {"name", "type", "aliases", "former", "parent"}),
                           ("intl_orgs", {"name", "type", "aliases", "parent"}),
                           ("media", {"name", "aliases", "parent", "place"})):
        rows = L.load_table(table)
        assert len(rows) > 100, table
        assert columns <= set(rows[0]), table
        assert not any(r["name"].startswith("#") for r in rows)


def test_every_country_is_there_with_its_code():
    rows = L.load_table("world_places")
    countries = {r["iso"]: r for r in rows if r["iso"]}
    assert len(countries) == 249  # ISO 3166-1
    assert countries["AE"]["name"] == "阿联酋" and "阿拉伯联合酋长国" in countries["AE"]["aliases"]
    assert countries["KR"]["name"] == "韩国" and countries["KP"]["name"] == "朝鲜"
    assert countries["HK"]["code"] == "810000" and countries["TW"]["code"] == "710000"


def test_no_surface_of_one_character_and_parents_exist():
    surfaces, by_name = registry()
    assert all(len(s) >= 2 for s in surfaces)
    for e, _ in surfaces.values():
        if e.parent and e.label != "Place":
            assert e.parent in by_name, (e.name, e.parent)


def test_stage_runs_right_after_the_gazetteer():
    assert DEFAULT_PIPELINE[DEFAULT_PIPELINE.index("gazetteer") + 1] == "registry"


# --------------------------------------------------------------------------- places

def test_foreign_affairs_statement():
    doc = run("中国和阿联酋发表联合声明\n"
              "中华人民共和国和阿拉伯联合酋长国同意在联合国、世界贸易组织等多边框架内加强协调。"
              "阿联酋经济部与中国商务部将在迪拜共同举办商务论坛，双方欢迎非洲、欧洲和东南亚国家参与。")
    places = mentioned(doc, "Place")
    assert {"中国", "阿联酋", "迪拜", "非洲", "欧洲", "东南亚"} <= places
    china, uae = entity(doc, "中国"), entity(doc, "阿联酋")
    assert china.id == "place-iso-CN" and uae.id == "place-iso-AE"  # ASCII ids from ISO codes
    assert "中华人民共和国" in china.aliases and "阿拉伯联合酋长国" in uae.aliases
    assert {"联合国", "世界贸易组织"} <= mentioned(doc, "Organization")
    t = triples(doc)
    assert ("迪拜", "partOf", "阿联酋") in t
    assert ("阿联酋经济部", "locatedIn", "阿联酋") in t
    assert ("商务部", "locatedIn", "中国") in t
    assert "中国商务部" in entity(doc, "商务部").aliases


def test_hong_kong_macao_taiwan_use_division_codes_and_belong_to_china():
    doc = run("港澳台工作会议\n香港特别行政区、澳门特区和台湾地区的代表出席，中国政府高度重视。")
    assert {"香港", "澳门", "台湾"} <= mentioned(doc, "Place")
    assert entity(doc, "香港").id == "place-810000" and entity(doc, "台湾").id == "place-710000"
    t = triples(doc)
    assert ("香港", "partOf", "中国") in t and ("台湾", "partOf", "中国") in t


def test_provinces_are_part_of_china_when_china_is_named():
    doc = run("新疆棉花出口\n新疆维吾尔自治区棉花经北京运往中国各地。")
    assert ("新疆维吾尔自治区", "partOf", "中国") in triples(doc)
    doc = run("新疆棉花丰收\n新疆维吾尔自治区棉花产量创新高。")
    assert not any(o == "中国" for _, _, o in triples(doc))


@pytest.mark.parametrize("text, absent", [
    ("加快沿海地区开发开放步伐。", "海地"),  # 沿海/地区
    ("当地推广马赛克拼贴工艺。", "马赛"),
    ("会议研究了中东部地区产业转移问题。", "中东"),  # 中东部 is one word
    ("延边朝鲜族自治州朝鲜族群众欢度节日。", "朝鲜"),  # 朝鲜族 is one word
    ("他们建设人行道和自行车道。", "中国人民银行"),  # no one-character or glued short forms
    ("这项技术包罗万象，涵盖多个领域。", "万象"),
])
def test_a_short_name_inside_a_longer_word_is_no_mention(text, absent):
    doc = run("标题\n" + text)
    assert absent not in mentioned(doc)


def test_a_name_followed_by_a_suffix_is_still_the_place():
    doc = run("国际交流\n美国人和日本企业关注欧洲各国市场。")
    assert {"美国", "日本", "欧洲"} <= mentioned(doc, "Place")


# --------------------------------------------------------------------------- national organs

def test_national_notice_with_former_names_maps_to_current_organs():
    doc = run("九部门联合发出通知\n"
              "工业和信息化部、国家发展改革委、监察部、国土资源部、环境保护部、人民银行、银监会、电监会和"
              "国家能源局联合印发通知，国务院要求各地贯彻落实，遏制我国电解铝行业产能过剩。")
    agencies = mentioned(doc, "Agency")
    assert {"工业和信息化部", "国家发展和改革委员会", "国家监察委员会", "自然资源部", "生态环境部",
            "中国人民银行", "国家金融监督管理总局", "国家能源局", "国家电力监管委员会", "国务院"} <= agencies
    assert "国土资源部" in entity(doc, "自然资源部").aliases
    assert entity(doc, "自然资源部").attrs.get("former_name") == "国土资源部"
    assert "环境保护部" in entity(doc, "生态环境部").aliases
    # 电监会 named beside its successor 国家能源局: two bodies at the time, two entities
    assert "电监会" in entity(doc, "国家电力监管委员会").aliases
    assert "电监会" not in entity(doc, "国家能源局").aliases
    assert "银监会" in entity(doc, "国家金融监督管理总局").aliases  # named alone: the current organ
    t = triples(doc)
    assert ("国家能源局", "locatedIn", "中国") in t and ("国务院", "locatedIn", "中国") in t
    # a provincial text that never names China draws no national organ to it
    doc = run("防汛工作部署\n国家防总派出工作组，指导雄安新区做好安全度汛工作。")
    assert "国家防汛抗旱总指挥部" in mentioned(doc, "Agency")
    assert not any(o == "中国" for _, _, o in triples(doc))


def test_sub_bureau_of_a_former_ministry():
    doc = run("渔业资源保护\n农业部渔业局有关负责人介绍，人事部和国家安全生产监督管理总局派员参加。")
    assert "农业部渔业局" in mentioned(doc, "Agency")
    assert "农业农村部" in names(doc, "Agency")
    assert "农业部" in entity(doc, "农业农村部").aliases
    t = triples(doc)
    assert ("农业部渔业局", "subOrganizationOf", "农业农村部") in t
    assert {"人力资源和社会保障部", "应急管理部"} <= mentioned(doc, "Agency")
    # a verb between the organ and a 局 is no unit
    doc = run("标题\n农业部部署各地渔业局开展执法。")
    assert "农业部部署各地渔业局" not in names(doc)


def test_state_council_information_office_and_its_short_form():
    doc = run("国新办举行发布会\n国务院新闻办公室今天举行新闻发布会，国家统计局和海关总署负责人介绍情况。")
    office = entity(doc, "国务院新闻办公室")
    assert "国新办" in office.aliases
    assert len([e for e in doc.entities.values() if e.name == "国务院新闻办公室"]) == 1
    assert {"国家统计局", "海关总署"} <= mentioned(doc, "Agency")


def test_party_departments_belong_to_the_centre_when_both_are_named():
    doc = run("学习贯彻\n中共中央办公厅、中宣部和中组部联合发出通知，党中央要求各级党委认真落实。")
    t = triples(doc)
    assert ("中共中央宣传部", "subOrganizationOf", "中国共产党中央委员会") in t
    assert ("中共中央组织部", "subOrganizationOf", "中国共产党中央委员会") in t


def test_armed_forces_and_courts():
    doc = run("标题\n武警部队、中央军委联合参谋部、最高人民法院和最高人民检察院共同部署专项工作。")
    assert {"中国人民武装警察部队", "中央军委联合参谋部", "最高人民法院", "最高人民检察院"} <= mentioned(doc, "Agency")
    assert ("中央军委联合参谋部", "subOrganizationOf", "中央军事委员会") not in triples(doc)  # not named


def test_foreign_organ_is_not_the_chinese_one():
    doc = run("标题\n美国国务院发言人当天表示，日本外交部也发表声明。")
    agencies = mentioned(doc, "Agency")
    assert "国务院" not in agencies and "外交部" not in agencies
    assert {"美国国务院", "日本外交部"} <= agencies
    assert ("日本外交部", "locatedIn", "日本") in triples(doc)


# --------------------------------------------------------------------------- organisations and media

def test_international_and_national_bodies_and_media():
    doc = run("标题\n新华社消息，联合国安理会、东盟和上海合作组织代表与中华全国供销合作总社、"
              "中国科学院负责人座谈，人民日报、央视和河北日报记者参加采访。")
    orgs = mentioned(doc, "Organization")
    assert {"新华通讯社", "联合国安全理事会", "东南亚国家联盟", "上海合作组织", "中华全国供销合作总社",
            "中国科学院", "人民日报社", "中央电视台", "河北日报"} <= orgs
    assert "中国" not in mentioned(doc, "Place")  # 中国 inside 中国科学院 is no mention
    assert ("河北日报", "locatedIn", "河北省") in triples(doc)


# --------------------------------------------------------------------------- grammar around registry names

def test_a_country_and_its_teams_delegations_and_parties():
    doc = run("标题\n中国代表团团长在会上发言，中国女队战胜印尼女队，朝鲜劳动党代表团同期访华。")
    orgs = mentioned(doc, "Organization")
    assert {"中国代表团", "中国女队", "印度尼西亚女队", "朝鲜劳动党"} <= orgs  # the country's canonical name
    assert "印尼女队" in entity(doc, "印度尼西亚女队").aliases
    place_surfaces = {ev.surface for e in doc.entities.values() if e.type == "Place" for ev in e.mentions}
    assert not {"中国", "印尼", "印度尼西亚"} & place_surfaces  # the country is inside the name (访华 names China)
    assert ("印度尼西亚女队", "locatedIn", "印度尼西亚") in triples(doc)


def test_a_registry_place_replaces_a_division_name_inside_it():
    doc = run("标题\n青海湖周边草原生态持续向好，长江三角洲和京津冀协同推进。")
    places = mentioned(doc, "Place")
    assert {"青海湖", "长江三角洲", "京津冀"} <= places
    assert "青海省" not in places


def test_wo_guo_is_china_without_becoming_its_name():
    doc = run("标题\n我国粮食产量连续多年稳定在1.3万亿斤以上，新疆维吾尔自治区贡献突出。")
    china = entity(doc, "中国")  # referred to, not named: no mention of its own, the facts stay
    assert not china.mentions and "我国" not in china.aliases
    assert ("新疆维吾尔自治区", "partOf", "中国") in triples(doc)  # China named in its sentence


def test_unit_of_a_national_peoples_organisation():
    doc = run("标题\n中华全国供销合作总社科教社团部负责人介绍，财政部预算司和公安部刑事侦查局派员参加。")
    t = triples(doc)
    assert ("中华全国供销合作总社科教社团部", "subOrganizationOf", "中华全国供销合作总社") in t
    assert ("财政部预算司", "subOrganizationOf", "财政部") in t
    assert ("公安部刑事侦查局", "subOrganizationOf", "公安部") in t
    doc = run("标题\n中国人民银行上海总部负责人介绍了跨境人民币业务情况。")
    assert ("中国人民银行上海总部", "subOrganizationOf", "中国人民银行") in triples(doc)
    assert "上海市" not in mentioned(doc, "Place")  # the city inside the unit's name is no mention


def test_same_input_same_ids():
    text = "标题\n农业部渔业局与阿联酋经济部在迪拜签署协议，香港特别行政区代表出席。"
    a, b = run(text), run(text)
    assert sorted(a.entities) == sorted(b.entities)
    assert sorted(r.key for r in a.relations) == sorted(r.key for r in b.relations)
    assert all(k.isascii() for k in a.entities)  # no Chinese in ids (and so in IRIs)


def test_the_xinjiang_production_and_construction_corps_is_no_national_organ():
    """新疆生产建设兵团: run by the centre, but no national organ: not located in China at large."""
    d = Pipeline(("gazetteer", "registry", "entities", "resolve", "relations"))(
        text_doc("标题\n新疆生产建设兵团第八师石河子市召开会议，中国有关部门派员出席。"))
    names = {k: e.name for k, e in d.entities.items()}
    assert any(e.name == "新疆生产建设兵团" for e in d.entities.values())
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in d.relations}
    assert ("新疆生产建设兵团", "locatedIn", "中国") not in rels


def test_an_organ_followed_by_a_verb_ending_in_a_unit_suffix_has_no_unit():
    d = Pipeline(("gazetteer", "registry", "entities", "resolve"))(
        text_doc("标题\n农业部部署今年渔业工作，商务部署名发布公告。"))
    assert not [m for m in d.mentions if m.rule == "registry.unit"]
