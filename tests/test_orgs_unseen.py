"""Agencies, organisations and programmes on text govkg was not written for (issue 13): national
and foreign bodies, enterprises, teams, meetings and strategies, in sentences written the way
government news and newspapers write them."""
from __future__ import annotations

import pytest

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import Pipeline
from kg.stages.entities.common import cue, cue_alt, name_re

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def typed(doc: Doc) -> set[tuple[str, str]]:
    """(name, type) of the entities with a mention of their own."""
    return {(e.name, e.type) for e in doc.entities.values() if e.mentions}


def names(doc: Doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.mentions}


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    n = {k: e.name for k, e in doc.entities.items()}
    return {(n[r.subject], r.predicate, n[r.object]) for r in doc.relations}


def programme(doc: Doc, name: str):
    return next(m for m in doc.mentions if m.label == "Programme" and m.norm == name)


# --------------------------------------------------------------------------- the cue tables

def test_cue_tables_keep_file_order_and_build_name_grammars():
    assert cue("programme_cues", "issued_title_open") == ("关于印发",)
    assert cue("programme_cues", "no such list") == ()
    rx = name_re(cue_alt("registry_cues", "unit_suffixes"), 2, 8, split=True)
    m = rx.match("渔业局部署")
    assert m and m.group(1) == "渔业" and m.group(2) == "局"


# --------------------------------------------------------------------------- party committees, departments

def test_city_committee_before_any_word_but_committee_words():
    doc = run("萍乡市委多年来坚持每年都举办青年干部培训班。")
    assert ("萍乡市委", "Agency") in typed(doc)
    doc = run("萍乡市委员会换届工作顺利完成。")
    assert "萍乡市委" not in names(doc)


def test_former_department_names_are_departments():
    doc = run("这一做法感动了福建省和漳州市教委，郑州市技术监督局也派人前来学习。")
    assert {"漳州市教育委员会", "郑州市质量技术监督局"} <= names(doc)


# --------------------------------------------------------------------------- registry: foreign organs, enterprises, media

def test_an_organ_named_without_its_country_and_with_it():
    doc = run("国会参众两院将于下周表决。美国国会随后通过了该法案。")
    assert ("国会", "Agency") in typed(doc)
    assert ("美国国会", "Agency") in typed(doc)
    assert ("美国国会", "locatedIn", "美国") in triples(doc)


def test_enterprises_and_foreign_media_by_their_customary_names():
    doc = run("微软、英特尔和华为公司的代表出席了论坛，路透社记者在现场报道。")
    assert {("微软公司", "Organization"), ("英特尔公司", "Organization"),
            ("华为技术有限公司", "Organization"), ("路透社", "Organization")} <= typed(doc)


def test_ministry_short_forms_before_men_are_departments_in_general():
    doc = run("河北省和张家口市建设部门已在地震灾区组织了抢险队伍。")
    assert not any(e.type == "Agency" and e.name.endswith("建设部") for e in doc.entities.values() if e.mentions)


# --------------------------------------------------------------------------- organisations by suffix

@pytest.mark.parametrize("text, name", [
    ("会议确定由荷兰人维姆·杜伊森贝赫出任欧洲中央银行首任行长。", "欧洲中央银行"),
    ("美国政府并未批准劳拉公司和休斯公司向中方提供有关资料。", "劳拉公司"),
    ("中信欧洲有限公司的一位业务经理说，欧元启动后业务量明显增加。", "中信欧洲有限公司"),
    ("又讯广东香江企业集团总经理翟美卿女士向灾区捐款。", "广东香江企业集团"),
])
def test_an_organisation_starts_after_the_verb_or_dateline_before_it(text, name):
    assert name in names(run(text))


@pytest.mark.parametrize("text, kind", [
    ("而上市公司盈利的增长则是证券市场走强的基础。", "上市公司"),
    ("最近，几家汽车公司之间的并购事件特别引人注目。", "汽车公司"),
    ("美国公司“消肿”时，首当其冲的是中层管理人员。", "美国公司"),
    ("这一中药已在国内2000多家大中型医院临床使用。", "医院"),
    ("今天，美国第三大银行国民银行宣布合并。", "美国第三大银行"),
    ("地、金山、四通利方等国内著名软件厂商积极响应。", "软件厂"),
])
def test_a_kind_of_body_is_not_a_name(text, kind):
    assert not any(kind in n for n in names(run(text)) if n.endswith(("公司", "医院", "银行", "厂")))


# --------------------------------------------------------------------------- teams, regional enterprises

def test_teams_named_after_their_province_or_city():
    doc = run("四川全兴队主场迎战延边敖东队，大连女子足球队今天在香港夺冠。")
    assert {"四川全兴队", "延边敖东队", "大连女子足球队"} <= names(doc)
    assert ("四川全兴队", "Organization") in typed(doc)


def test_a_team_is_not_read_across_a_verb_and_another_place():
    doc = run("法国队12日在马赛战胜南非队后，全城就出现闹事的苗头。")
    assert "马赛战胜南非队" not in names(doc)
    assert {"法国队", "南非队"} <= names(doc)


def test_regional_enterprises_named_by_place_and_trade():
    doc = run("广东建成广州石化1200万吨炼油改扩建、茂名石化100万吨乙烯扩建等项目，广东电网新增输电线路2187千米。")
    assert {("广州石化", "Organization"), ("茂名石化", "Organization"), ("广东电网", "Organization")} <= typed(doc)
    assert ("广东电网", "locatedIn", "广东省") in triples(doc)
    assert "广州石化" not in names(run("广州石化产业发展迅速。"))


# --------------------------------------------------------------------------- programmes

def test_meetings_held_are_programmes_named_from_after_the_last_de():
    doc = run("3月26日，开江县组织召开全县水果产业发展推进会。国庆前夕，该县精心筹备了一场别开生面的"
              "工程建设领域廉政风险提醒谈话会。")
    assert {"全县水果产业发展推进会", "工程建设领域廉政风险提醒谈话会"} <= names(doc)
    assert not [n for n in names(run("下午，领导小组举行了一次座谈会。")) if n.endswith("座谈会")]


def test_strategies_put_into_effect_apply_where_they_name():
    doc = run("开江县农业农村局全面落实乡村振兴战略，推动全县水果产业发展。")
    assert "乡村振兴战略" in names(doc)
    assert programme(doc, "乡村振兴战略").attrs["kind"] == "policy"
    assert not any(s == "乡村振兴战略" or o == "乡村振兴战略" for s, _, o in triples(doc))
    assert "这一战略" not in names(run("各地要全面实施这一战略。"))


def test_expos_attended_named_by_place_or_year():
    doc = run("阿方感谢中方确认出席2020年迪拜世博会，并积极参与北京世园会，中方感谢阿方积极参加中国国际进口博览会。")
    assert {"迪拜世博会", "北京世园会", "中国国际进口博览会"} <= names(doc)
    assert ("迪拜世博会", "implementedIn", "迪拜") in triples(doc)
    assert "世博会" not in names(run("他们积极参加世博会的筹备工作。"))


def test_initiatives_and_charters():
    doc = run("阿方支持“一带一路”倡议，双方支持联合国更好地履行《联合国宪章》赋予的职责。")
    assert {"一带一路", "联合国宪章"} <= names(doc)
    assert programme(doc, "一带一路").attrs["kind"] == "policy"


# --------------------------------------------------------------------------- youth league, foreign bodies' units

def test_youth_league_committees_are_organisations_not_party_committees():
    doc = run("1995年初，在共青团衡阳市委、市教委的联系安排下，团县委组织青年志愿者下乡。")
    assert {("共青团衡阳市委", "Organization"), ("团县委", "Organization")} <= typed(doc)
    assert "衡阳市委" not in names(doc)
    assert "团市委" not in names(run("该集团市委书记前来视察。"))


def test_a_countrys_court_and_fleet_are_read_past_names_inside_them():
    doc = run("瑞士联邦最高法院上周驳回了申诉。由加拿大海军太平洋舰队司令率领的舰艇编队抵达青岛。")
    got = {(m.surface, m.label) for m in doc.mentions}
    assert {("瑞士联邦最高法院", "Agency"), ("加拿大海军太平洋舰队", "Organization")} <= got
    assert ("最高法", "Agency") not in got and ("太平洋", "Place") not in got


def test_common_nouns_jieba_tags_nt_are_not_organisations():
    doc = run("中美三个联合公报的原则是在公共场所举行音乐会时双方都强调的。")
    assert not {"联合公报", "公共场所", "音乐会"} & names(doc)


def test_a_unit_named_right_after_its_organisation_is_one_name():
    doc = run("每年夏天来中国实习的耶鲁大学公共卫生学院学生，与中央电视台心连心艺术团一同演出。")
    assert {"耶鲁大学公共卫生学院", "中央电视台心连心艺术团"} <= names(doc)
    doc = run("北京大学和清华大学联合发布报告。")
    assert {"北京大学", "清华大学"} <= names(doc)


def test_the_party_named_before_a_committees_scope_is_part_of_the_mention():
    doc = run("近日，中共河北省委副书记赵世居在接受记者采访时说，中共邯郸市委宣传部印发了通知。")
    got = {(m.surface, m.norm) for m in doc.mentions if m.label == "Agency"}
    assert {("中共河北省委", "河北省委"), ("中共邯郸市委宣传部", "邯郸市委宣传部")} <= got


# --------------------------------------------------------------------------- schools, clubs, presses (names brief)

def test_schools_clubs_and_associations_named_by_a_proper_name():
    doc = run("北京九十中学与镇南小学结成手拉手友谊学校，天津市中华民族文化促进会为两校捐赠图书。")
    assert {"北京九十中学", "镇南小学", "天津市中华民族文化促进会"} <= names(doc)


def test_kinds_of_schools_are_no_names():
    doc = run("全市中小学校长参加培训，这所学校的中学生和各类学校的教师也参加了活动。")
    assert not {n for n in names(doc) if n.endswith(("中学", "小学", "学校"))}


def test_a_registry_body_opens_an_organisation_name_after_words_that_are_no_name():
    doc = run("他就读于北京大学医学院，毕业后回到家乡工作。")
    assert "北京大学医学院" in names(doc)
    assert not {n for n in names(doc) if n.startswith("他")}


def test_a_verb_ending_in_an_agency_suffix_is_no_agency_of_a_country():
    doc = run("联合声明敦促印度尽快签署《全面禁止核试验条约》。")
    assert not {n for n in names(doc) if n.startswith("印度") and n != "印度"}


def test_a_province_before_the_city_or_county_of_a_school_is_no_part_of_its_name():
    doc = run("报道披露了河南省郑州市二七司法培训学校存在的乱办学问题。")
    assert "郑州市二七司法培训学校" in names(doc)
    assert ("河南", "河南省") in {(m.surface[:2], m.norm) for m in doc.mentions if m.label == "Place"}


def test_a_place_inside_an_organisations_name_is_part_of_it_and_locates_it():
    doc = run("西安电影制片公司与辽宁队签署合作协议。")
    assert {"西安电影制片公司", "辽宁队"} <= names(doc)
    assert {("西安电影制片公司", "locatedIn", "西安市"), ("辽宁队", "locatedIn", "辽宁省")} <= triples(doc)
    doc = run("西安电影制片公司在西安举行发布会，辽宁队从辽宁出发。")
    places = {e.name: e for e in doc.entities.values() if e.type == "Place"}
    assert [ev.surface for ev in places["西安市"].mentions] == ["西安"]  # the one that names it
    assert [ev.surface for ev in places["辽宁省"].mentions] == ["辽宁"]
    assert ("西安电影制片公司", "locatedIn", "西安市") in triples(doc)
    doc = run("西安电影制片公司与辽宁队签署合作协议。")  # named only inside: no mention, the facts stay
    assert next(e for e in doc.entities.values() if e.name == "西安市").mentions == []
    assert ("西安电影制片公司", "locatedIn", "西安市") in triples(doc)


def test_a_company_of_the_registry_named_with_its_city_is_that_company():
    doc = run("这是上海邮电与深圳华为公司通力合作建成的智能网。")
    m = next(m for m in doc.mentions if m.norm == "华为技术有限公司")
    assert m.surface == "深圳华为公司"
    assert not [m for m in doc.mentions if m.label == "Place" and m.norm == "深圳市"]


def test_former_national_and_local_tax_bureaus_of_a_place():
    doc = run("福州市国税局和福州市地税局联合开展纳税服务月活动。")
    assert {("福州市国家税务局", "Agency"), ("福州市地方税务局", "Agency")} <= typed(doc)


def test_a_company_named_right_after_its_group_is_an_organisation_of_its_own():
    doc = run("科右前旗乌兰集团圣华新药业公司、鄂尔多斯玄峰集团红云酒厂2万吨白酒项目等相继开工。")
    assert {"科右前旗乌兰集团", "圣华新药业公司", "鄂尔多斯玄峰集团", "红云酒厂"} <= names(doc)
    assert ("鄂尔多斯玄峰集团", "runs", "鄂尔多斯玄峰集团红云酒厂2万吨白酒项目") in triples(doc)


# --------------------------------------------------------------------------- companies, units, stems seen on fresh pages

def test_companies_before_their_legal_form_and_with_a_bracketed_place():
    doc = run("调研组一行先后实地考察了亿丰生态农业科技开发区有限公司、宝瑞嘉（新田）丝绸有限公司、东升农场。"
              "中标供应商为联想（北京）有限公司。包联专班赴秦皇岛开发区康泰医学（秦皇岛）股份有限公司调研。")
    got = names(doc)
    assert {"亿丰生态农业科技开发区有限公司", "宝瑞嘉（新田）丝绸有限公司", "联想（北京）有限公司",
            "康泰医学（秦皇岛）股份有限公司"} <= got
    assert not {n for n in got if n.startswith(("（", "皇岛"))}


def test_no_company_of_a_verb_phrase_or_across_an_adverb():
    doc = run("厂里还未报案，南坪支公司员工已赶赴厂里，协助其做好抢险。")
    assert not {n for n in names(doc) if "赶赴" in n}


def test_a_national_organs_team_is_its_unit_but_its_ministers_meeting_is_none():
    doc = run("会议研究了国务院安全生产督导组督查问题整改方案。世贸组织小型部长会议于3日在巴黎举行。")
    got = typed(doc)
    assert ("国务院安全生产督导组", "Agency") in got
    assert ("国务院安全生产督导组", "subOrganizationOf", "国务院") in triples(doc)
    assert not {n for n in names(doc) if n.endswith("小型部")}


def test_department_stems_of_provincial_bodies_seen_on_fresh_pages():
    doc = run("黑龙江省委书记到饶河县调研。省委办公厅、省发改委、省农委、省农垦总局、省旅游局等省直部门领导参加了调研。")
    assert {"黑龙江省农业委员会", "黑龙江省农垦总局", "黑龙江省旅游局"} <= names(doc)


def test_the_navy_alone_is_the_pla_navy_and_a_foreign_one_is_its_countrys():
    doc = run("迎接舰艇编队的有：海军副司令员贺鹏飞中将。美国海军第七舰队当天离港。")
    got = typed(doc)
    assert ("中国人民解放军海军", "Agency") in got
    assert any(m.norm == "美国海军" for m in doc.mentions)


def test_a_distant_place_named_only_in_a_companys_name_is_no_place_of_the_text():
    doc = run("兴安盟招商引资成效明显\n内蒙古自治区兴安盟与北京合展集团签订投资协议，沈阳铁路局派员参加签约仪式。")
    assert {"北京合展集团", "沈阳铁路局"} <= names(doc)
    assert ("沈阳铁路局", "Organization") in typed(doc)
    assert not {"北京市", "沈阳市"} & {e.name for e in doc.entities.values()}
    assert ("北京合展集团", "locatedIn", "北京市") not in triples(doc)
    # a place of the text's own province stays, and so does any place in an agency's name
    doc = run("开江县水果产业发展推进会召开\n四川省开江县与达州日好农业发展有限公司签约，福建省平和县农业农村局派员指导。")
    assert {"达州市", "平和县"} <= names(doc)


def test_people_s_organisations_of_levels_in_general_are_no_body():
    doc = run("湖北省供销社关于表彰先进的决定\n各市、州、县供销合作社：省供销社决定表彰武汉市供销合作社等7个单位。"
              "市总工会、市妇联负责人参加。")
    got = names(doc)
    assert "湖北省供销合作社" in got and "武汉市供销合作社" in got
    assert not {n for n in got if n.startswith("县") or n.endswith("州供销合作社")}


def test_an_event_named_with_its_edition_is_a_programme_whatever_the_verb():
    doc = run("第十三届中国—东盟博览会在南宁开幕。双方欢迎中方主办第二届“一带一路”国际合作高峰论坛。")
    events = {m.norm: m.attrs.get("alias") for m in doc.mentions if m.label == "Programme"}
    assert events.get("中国—东盟博览会") == "第十三届中国—东盟博览会"
    assert "“一带一路”国际合作高峰论坛" in events
