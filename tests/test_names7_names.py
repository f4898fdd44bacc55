"""Places and organisations on unseen news (names7): hospital, university and enterprise news
from counties and cities, written the way their own sites write them."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def mentioned(doc: Doc, label: str | None = None) -> set[str]:
    """Names of the entities (of one type) that keep a mention of their own."""
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    n = {k: e.name for k, e in doc.entities.items()}
    return {(n[r.subject], r.predicate, n[r.object]) for r in doc.relations}


def test_a_city_inside_a_universitys_name_is_no_place_mention_but_locates_it():
    doc = run("12月15日下午，徐州工程学院与南京大学签订合作协议。")
    assert {"徐州工程学院", "南京大学"} <= mentioned(doc, "Organization")
    assert not {"徐州市", "南京市"} & mentioned(doc)
    assert ("徐州工程学院", "locatedIn", "徐州市") in triples(doc)
    # where the text names a county of the city on its own, the hierarchy is stated: the city keeps
    # the name it is written in as its evidence
    doc = run("12月15日下午，徐州工程学院与睢宁县人民政府校地合作签约仪式在睢宁举行。")
    assert {"睢宁县", "徐州市"} <= mentioned(doc, "Place")
    assert ("睢宁县", "partOf", "徐州市") in triples(doc)


def test_a_county_inside_a_hospitals_name_is_named_where_the_text_names_it_alone():
    doc = run("迁西县人民医院建院60周年庆祝大会举行。迁西县委常委、副县长郭彦徽出席。")
    assert "迁西县人民医院" in mentioned(doc, "Organization")
    place = next(e for e in doc.entities.values() if e.name == "迁西县")
    assert [ev.surface for ev in place.mentions] == ["迁西县"]  # the one of 迁西县委, an agency's scope
    assert place.mentions[0].start == doc.text.index("迁西县委")


def test_a_university_written_by_its_place_and_a_short_kind_is_an_organisation():
    doc = run("江西师大、华东交大、南昌大学等高校代表出席签约仪式。安徽科大讯飞公司派员参加。")
    orgs = mentioned(doc, "Organization")
    assert {"江西师大", "华东交大", "南昌大学"} <= orgs
    shi_da = next(e for e in doc.entities.values() if e.name == "江西师大")
    assert "江西师范大学" in shi_da.aliases
    assert ("江西师大", "locatedIn", "江西省") in triples(doc)
    assert "江西省" not in mentioned(doc) and "安徽科大" not in orgs  # 科大讯飞 is a company's name


def test_a_kind_word_before_a_companys_name_is_no_part_of_it():
    doc = run("吴建平一行在新投产项目恒泰工艺礼品有限公司观摩。全县引进龙头企业温氏食品集团有限公司等12家。"
              "北京建工项目管理有限公司中标。")
    orgs = mentioned(doc, "Organization")
    assert {"恒泰工艺礼品有限公司", "温氏食品集团有限公司", "北京建工项目管理有限公司"} <= orgs
    assert not any(o.startswith(("新投产", "龙头企业")) for o in orgs)


def test_a_list_item_opening_with_a_character_jieba_tags_a_verb_keeps_it():
    doc = run("调研组先后对金桥现代农业园区、盛潼餐饮有限公司、秦王寨社区进行实地调研。")
    assert "盛潼餐饮有限公司" in mentioned(doc, "Organization")
    assert "潼餐饮有限公司" not in mentioned(doc)


def test_a_paper_named_by_its_title_alone_is_an_organisation_and_a_bulletin_is_not():
    doc = run("据《纽约时报》和《每日新闻》报道，该国发行量最大的报纸《新皇冠报》停刊。两国发表《联合公报》，"
              "省政府办公厅印发《工作简报》。")
    orgs = mentioned(doc, "Organization")
    assert {"每日新闻", "新皇冠报"} <= orgs
    assert any("纽约时报" in n for n in orgs)
    assert not {"联合公报", "工作简报"} & orgs


def test_a_university_the_dictionary_knows_is_found_after_a_verb_and_after_another_name():
    doc = run("他晚年还担任华侨大学董事长。厦门理工学院华侨大学等高校代表参加了座谈。")
    orgs = mentioned(doc, "Organization")
    assert {"华侨大学", "厦门理工学院"} <= orgs
    assert not any(o.endswith("华侨大学") and o != "华侨大学" for o in orgs)


def test_we_our_country_and_all_the_county_are_no_names_of_the_place():
    doc = run("我国粮食产量连续多年稳定增长。")  # China referred to, named nowhere
    china = next(e for e in doc.entities.values() if e.name == "中国")
    assert china.mentions == []
    doc = run("标题\n魏县召开农业农村工作会议。全县粮食产量再创新高，魏县农业农村局介绍了经验。")
    wei = next(e for e in doc.entities.values() if e.name == "魏县")
    assert [ev.surface for ev in wei.mentions] == ["魏县"]  # 全县 refers to it; 魏县 of the bureau is its scope


def test_a_democratic_partys_committee_of_a_place_is_no_communist_party_committee():
    doc = run("民盟邯郸市委主委王明出席会议，邯郸市委书记张伟讲话。农工党安庆市委会副主委储登界带领课题组调研。"
              "九三学社河北省委员会、民进市委负责人参加。")
    orgs = mentioned(doc, "Organization")
    # (tongzhan105: 民进市委, written by its level alone, is the committee of the story's city)
    assert {"民盟邯郸市委", "农工党安庆市委会", "九三学社河北省委员会", "民进邯郸市委"} <= orgs
    assert "邯郸市委" in mentioned(doc, "Agency")  # the Communist Party's, named on its own
    assert "安庆市委" not in mentioned(doc) and "河北省委员会" not in mentioned(doc)
    assert ("民盟邯郸市委", "locatedIn", "邯郸市") in triples(doc)
    agency = next(e for e in doc.entities.values() if e.name == "邯郸市委")
    assert [doc.text[ev.start:ev.end] for ev in agency.mentions] == ["邯郸市委"]


def test_a_state_level_new_areas_organs_are_agencies_of_it():
    doc = run("由中国投资协会、赣江新区管委会主办的活动在南昌举办。雄安新区党工委书记讲话，两江新区规划建设局局长出席。")
    agencies = mentioned(doc, "Agency")
    assert {"赣江新区管委会", "雄安新区党工委", "两江新区规划建设局"} <= agencies
    assert ("赣江新区管委会", "locatedIn", "赣江新区") in triples(doc)


def test_a_feature_subtitle_s_ji_is_no_part_of_the_name_it_introduces():
    doc = run("温馨的频道———记四川有线电视台妇女儿童频道")
    orgs = mentioned(doc, "Organization")
    assert "四川有线电视台" in orgs and "记四川有线电视台" not in orgs


def test_a_kind_of_university_or_hospital_the_dictionary_lists_is_no_name():
    doc = run("市里支持建设农业大学和综合大学，扩建中药厂一座，鼓励设立中资银行。")
    assert not {"农业大学", "综合大学", "中药厂", "中资银行"} & mentioned(doc)
