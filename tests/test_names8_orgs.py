"""Organisations on unseen county and city news (names8): companies named by a county jieba's
dictionary splits into common words (随|县), written the way county sites write them."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def mentioned(doc: Doc, label: str | None = None) -> set[str]:
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def test_a_company_named_by_a_county_the_dictionary_splits_is_found():
    doc = run("10月9日，随县召开领导联席会。会议通报了随县林业发展有限公司成立情况。")
    assert "随县林业发展有限公司" in mentioned(doc, "Organization")
    doc = run("邯郸市林业发展有限公司今年完成造林1万亩。")  # a city jieba knows: as before
    assert "邯郸市林业发展有限公司" in mentioned(doc, "Organization")


def test_a_place_before_a_generic_works_word_is_still_no_company():
    doc = run("《惹事生非》在陕西工厂、农村、学校放映时，观众反响热烈。")
    assert not any(n.endswith("工厂") for n in mentioned(doc))


def test_news_sites_in_datelines_and_credits_are_media():
    doc = run("据台海网报道，厦门市今年新增企业100家。")
    assert "台海网" in mentioned(doc, "Organization")
    doc = run("9月1日，市委召开会议。（记者 包四华）来源：中国九江网")
    assert "中国九江网" in mentioned(doc, "Organization")
    doc = run("据荆楚网消息，武汉市昨日召开防汛工作会议。")
    assert "荆楚网" in mentioned(doc, "Organization")


def test_a_network_or_a_kind_of_site_is_no_news_site():
    doc = run("互联网记者站今天成立。据新闻网消息，今天全市降温。在信息网消息发布后，大家议论纷纷。")
    assert not any(n.endswith("网") for n in mentioned(doc))


def test_a_city_paper_before_its_all_media_reporter_is_the_paper():
    doc = run("8月12日，市长罗文江在吉水调研工业发展。文/井冈山报全媒体记者 罗仁瑾")
    assert "井冈山报" in mentioned(doc, "Organization")


def test_an_affiliated_hospital_or_school_is_one_organisation():
    doc = run("11月10日，湖北科技学院附属麻城医院在麻城市人民医院揭牌成立。湖北科技学院党委书记出席。")
    orgs = mentioned(doc, "Organization")
    assert {"湖北科技学院附属麻城医院", "湖北科技学院", "麻城市人民医院"} <= orgs
    assert "麻城医院" not in orgs
    doc = run("华中师范大学附属中学和湖南师范大学附属第一医院的专家参加活动。")
    assert {"华中师范大学附属中学", "湖南师范大学附属第一医院"} <= mentioned(doc, "Organization")


def test_a_hospitals_external_liaison_department_is_no_place():
    doc = run("医院党政办、外联部、计财处等职能部门负责人出席签约仪式。")
    assert not mentioned(doc, "Place")


def test_a_school_named_gaozhong_xuexiao_ends_with_xuexiao_not_inside_it():
    doc = run("泉州艺术实验高中学校今年招生300人。红星实验中学校长出席开学典礼。")
    orgs = mentioned(doc, "Organization")
    assert {"泉州艺术实验高中学校", "红星实验中学"} <= orgs
    assert "泉州艺术实验高中学" not in orgs


def test_a_taiwanese_investment_zones_committee_is_named_whole():
    doc = run("王非一行还拜访了泉州台商投资区管委会，参观泉州台商投资区城市规划展示馆。")
    assert "泉州台商投资区管委会" in mentioned(doc, "Agency")
    assert "泉州台商投资区" in mentioned(doc, "Place")
    assert "区管委会" not in mentioned(doc)


def test_a_unit_suffix_opening_the_next_word_ends_no_unit():
    """贯彻落实党中央、国务院决策部署 stands in nearly every notice: 部 opens 部署, so 决策部 is no unit
    of the State Council (a real unit right after an organ, 财政部预算司, still is one)."""
    doc = run("关于做好春耕工作的通知\n各地要认真贯彻落实党中央、国务院决策部署，扎实做好春耕生产。")
    assert "国务院决策部" not in mentioned(doc) and "国务院" in mentioned(doc, "Agency")
    doc = run("财政部预算司有关负责人答记者问\n财政部预算司负责人表示，将加快下达资金。")
    assert "财政部预算司" in mentioned(doc, "Agency")
