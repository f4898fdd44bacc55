"""Relations with their evidence and rules, on the seed page and on real sentences of the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import text_doc
from kg.evaluate import score
from kg.model import Article, Doc, OffsetMap, Section
from kg.pipeline import Pipeline
from kg.readers.corpus import SourceFile, read_file
from kg.stages.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
GOLD_DEV = ROOT.parent / "shared" / "gold" / "dev.json"
EXTRACT = ("layout", "sentences", "gazetteer", "entities", "resolve", "relations")


@pytest.fixture(scope="module")
def page() -> Doc:
    doc = next(d for d in read_file(SourceFile(SEED, SEED.name)) if isinstance(d, Doc))
    return Pipeline(EXTRACT)(doc)


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name[r.subject], r.predicate, name[r.object]) for r in doc.relations}


def relation(doc: Doc, s: str, p: str, o: str):
    name = {k: e.name for k, e in doc.entities.items()}
    return next(r for r in doc.relations if (name[r.subject], r.predicate, name[r.object]) == (s, p, o))


def small_doc(text: str) -> Doc:
    return Pipeline(EXTRACT[2:])(text_doc(text))


def test_agencies_located_in_their_scope(page):
    t = triples(page)
    assert ("邯郸市科技局", "locatedIn", "邯郸市") in t
    assert ("邯郸市委宣传部", "locatedIn", "邯郸市") in t  # from a photo credit
    assert ("魏县人力资源和社会保障局", "locatedIn", "魏县") in t
    assert ("邯郸市新时代文明实践中心建设工作指导组", "locatedIn", "邯郸市") in t
    assert ("东城社区服务站", "locatedIn", "东城社区") in t


def test_county_brigade_is_part_of_the_city_detachment(page):
    t = triples(page)
    assert ("成安大队", "subOrganizationOf", "邯郸市交巡警支队") in t
    unit = next(e for e in page.entities.values() if e.name == "成安大队")
    assert {"邯郸市交巡警支队成安大队", "成安县交巡警大队"} <= unit.aliases
    assert ("成安大队", "cooperatesWith", "成安县农业农村局") in t


def test_agencies_run_what_they_issue(page):
    t = triples(page)
    assert ("邯郸市科技局", "runs", "关于支持服务科技企业纾困解难促进经济平稳发展的政策措施") in t
    assert ("邯郸市生态环境局", "runs", "关于开展工业企业落实生态环境保护主体责任自查整改工作的通知") in t
    assert ("邯郸市生态环境局", "runs", "云执法") in t
    assert ("魏县人力资源和社会保障局", "runs", "云招聘") in t
    assert ("魏县人力资源和社会保障局", "supports", "宗中艾梅利农机公司") in t
    # done where its organiser is; a document applies where its issuer is (its name names no place)
    assert ("云招聘", "implementedIn", "魏县") in t and ("云执法", "implementedIn", "邯郸市") in t
    assert ("关于开展工业企业落实生态环境保护主体责任自查整改工作的通知", "implementedIn", "邯郸市") in t


def test_programmes_implemented_where_the_text_says(page):
    t = triples(page)
    for prog, place in [("文明实践大集", "肥乡区"), ("云上携手、与爱同行", "广平县"), ("微心愿", "丛台区"),
                        ("云直播", "永年区"), ("粽香端午 情暖夕阳", "祺府苑社区"), ("惠民实践团", "六二社区"),
                        ("惠民实践团", "邯郸市"), ("五有", "邯郸市"), ("云招商", "馆陶县"),
                        ("重点项目建设落实年活动", "馆陶县")]:
        assert (prog, "implementedIn", place) in t, (prog, place)
    # a county brand is not also the city's, and a sub-programme takes its parent's place
    assert ("文明实践大集", "implementedIn", "邯郸市") not in t
    assert ("粽香端午 情暖夕阳", "implementedIn", "邯郸市") not in t
    assert not any(s == "微爱接力" and p == "implementedIn" for s, p, o in t)


def test_sub_programmes_of_a_list_item(page):
    t = triples(page)
    assert ("微爱接力", "subProgrammeOf", "微爱实践") in t
    assert ("微爱圆梦", "subProgrammeOf", "微爱实践") in t
    assert not any(p == "subProgrammeOf" and o == "惠民实践团" for s, p, o in t)


def test_evidence_is_the_source_sentence_and_rules_are_recorded(page):
    r = relation(page, "文明实践大集", "implementedIn", "肥乡区")
    ev = r.evidence[0]
    assert page.text[ev.start:ev.end] == ev.quote
    assert "肥乡区“文明实践大集”项目" in ev.quote
    assert r.rules == {"relations.implementedIn-adjacent"}
    r = relation(page, "邯郸市科技局", "runs", "关于支持服务科技企业纾困解难促进经济平稳发展的政策措施")
    assert "出台" in r.evidence[0].quote and r.rules == {"relations.runs-verb"}
    for r in page.relations:
        assert r.rules and r.evidence
        for e in r.evidence:
            assert 0 <= e.start < e.end <= len(page.text)


def test_dev_gold_scores():
    if not GOLD_DEV.is_file():
        pytest.skip("../shared/gold/dev.json not present (optional)")
    gold = json.loads(GOLD_DEV.read_text(encoding="utf-8"))
    from kg.builder import extract
    ex, errors, _ = extract([SEED])
    assert not errors
    text = SEED.read_text(encoding="utf-8")
    rep = score(ex.to_json(), gold, text)
    assert rep["entities"]["f1"] >= 0.95, rep["entities"]
    assert rep["relations"]["f1"] >= 0.90, rep["relations"]


def test_issuer_named_with_the_document():
    doc = small_doc("邯郸市政府公告\n2018-08-31\t邯郸市人民政府令第166号《邯郸市物业管理办法修正案》\n"
                    "2020-07-13\t邯郸市人民政府办公室关于印发2020年国务院《政府工作报告》部署重点任务分工方案")
    t = triples(doc)
    assert ("邯郸市人民政府", "runs", "邯郸市物业管理办法修正案") in t
    assert ("国务院", "runs", "政府工作报告") in t
    assert ("邯郸市人民政府办公室", "subOrganizationOf", "邯郸市人民政府") in t


def test_agency_article_runs_its_unclaimed_programmes():
    doc = small_doc("邯郸市科技局出台政策措施\n近日,邯郸市科技局出台《关于支持服务科技企业纾困解难促进经济平稳发展的政策措施》。\n"
                    "加大人才引进力度。组织开展院士专家行、领军人才邯郸行等活动,加强与中国科学院、清华大学等高校院所合作。")
    t = triples(doc)
    assert ("邯郸市科技局", "runs", "院士专家行") in t
    assert ("邯郸市科技局", "cooperatesWith", "清华大学") in t
    assert ("邯郸市科技局", "cooperatesWith", "中国科学院") in t


def test_joint_organisers_all_run_the_event():
    doc = small_doc("邯郸市举办志愿服务项目大赛\n市委宣传部、市委文明办、市民政局决定联合举办邯郸市第四届新时代文明实践志愿服务项目大赛。")
    t = triples(doc)
    for org in ("邯郸市委宣传部", "邯郸市委文明办", "邯郸市民政局"):
        assert (org, "runs", "新时代文明实践志愿服务项目大赛") in t
    assert ("新时代文明实践志愿服务项目大赛", "implementedIn", "邯郸市") in t


def test_user_dictionary_parent_becomes_a_relation(tmp_path):
    ud = tmp_path / "ud.tsv"
    ud.write_text("name\ttype\taliases\tcode\tparent\n河北三海\tOrganization\t三海\t\t馆陶县\n", encoding="utf-8")
    doc = Doc(id="t", source="t.txt", text="馆陶建立项目建设推进机制\n6月2日,馆陶县河北三海装配式超低能耗绿色智能建筑等23个项目开工。")
    art = Article(id="t#A1", text=doc.text, offsets=OffsetMap([(0, 0, len(doc.text))]),
                  sections=[Section("title", 0, 12), Section("body", 13, len(doc.text))])
    art.sentences = split_sentences(art)
    doc.articles = [art]
    doc = Pipeline(EXTRACT[2:], config={"entities": {"user_dict": str(ud)}})(doc)
    t = triples(doc)
    assert ("河北三海", "locatedIn", "馆陶县") in t
    assert not any(s == "河北三海" and o == "河北省" for s, p, o in t)


def test_joint_action_makes_both_run_it_and_cooperate():
    doc = small_doc("邯郸市开展食品安全专项整治\n近日,邯郸市市场监督管理局联合市公安局开展食品安全专项整治行动,对全市200余家食品生产企业进行检查。")
    t = triples(doc)
    assert ("邯郸市市场监督管理局", "runs", "食品安全专项整治行动") in t
    assert ("邯郸市公安局", "runs", "食品安全专项整治行动") in t
    assert ("邯郸市市场监督管理局", "cooperatesWith", "邯郸市公安局") in t


def test_event_goes_to_the_first_place_a_locative_names():
    doc = small_doc("邯郸推进文明实践\n5月30日,“惠民实践团”联动宣讲在疫情期间走进复兴区百家村街道六二社区,为居民讲解金融安全知识。")
    t = triples(doc)
    assert ("惠民实践团", "implementedIn", "六二社区") in t


def test_district_story_subjects_means_and_named_institutes():
    doc = small_doc("肥乡区“红色代办”助企纾困\n今年以来,邯郸市肥乡区推行“红色代办”服务机制。该区依托区政务服务中心设立专区,"
                    "推出“一件事一次办”改革。同时,该区与河北工程大学签订校地合作协议,共建邯郸市肥乡区新材料产业研究院。")
    t = triples(doc)
    assert ("红色代办", "implementedIn", "肥乡区") in t and ("红色代办", "implementedIn", "邯郸市") not in t
    assert not any(p == "runs" and o == "一件事一次办" for s, p, o in t)  # 依托: a means, not the runner
    assert ("一件事一次办", "implementedIn", "肥乡区") in t
    assert ("邯郸市肥乡区新材料产业研究院", "locatedIn", "肥乡区") in t


def test_policy_documents_apply_where_their_name_or_issuer_says():
    doc = small_doc("石家庄市推进稳岗就业\n近日,石家庄市人力资源和社会保障局印发《关于进一步稳定和扩大就业的若干措施》。"
                    "保定市水利局编制完成了《2023年保定市城区防洪排涝方案》。")
    t = triples(doc)
    assert ("石家庄市人力资源和社会保障局", "runs", "关于进一步稳定和扩大就业的若干措施") in t
    assert ("关于进一步稳定和扩大就业的若干措施", "implementedIn", "石家庄市") in t
    assert ("2023年保定市城区防洪排涝方案", "implementedIn", "保定市") in t
    assert not any(s == "2023年保定市城区防洪排涝方案" and o == "石家庄市" for s, _, o in t)


def test_a_leading_group_runs_the_programme_it_is_named_after():
    doc = small_doc("河北省部署工作\n河北省省长近日主持召开省推进华北地下水超采综合治理行动领导小组会议。")
    assert ("河北省推进华北地下水超采综合治理行动领导小组", "runs", "华北地下水超采综合治理行动") in triples(doc)
    doc = small_doc("邯郸推动建设\n邯郸市新时代文明实践中心建设工作指导组开展督导。")
    assert not any(p == "runs" for _, p, _ in triples(doc))  # a guidance group guides, it does not run


# --------------------------------------------------------------------------- unseen texts, whole pipeline
# Short government-news paragraphs written for these tests (other cities, a county-level city,
# townships and villages, projects, policy documents, investment figures, percentages).

def full_doc(text: str) -> Doc:
    art = Article(id="t#A1", text=text, offsets=OffsetMap([(0, 0, len(text))]))
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line:
            art.sections.append(Section("title" if i == 0 else "body", pos, pos + len(line)))
        pos += len(line) + 1
    art.sentences = split_sentences(art)
    doc = Doc(id="t", source="t.txt", text=text)
    doc.articles = [art]
    return Pipeline(("gazetteer", "numbers", "entities", "resolve", "relations", "metrics"))(doc)


def facts(doc: Doc):
    name = {k: e.name for k, e in doc.entities.items()}
    ents = {(e.type, e.name) for e in doc.entities.values()}
    metrics = {(m.value, m.unit): name.get(m.subject) for m in doc.metrics}
    return ents, triples(doc), metrics


def test_unseen_city_bureau_policy_and_spokesperson():
    doc = full_doc("石家庄市出台措施稳定和扩大就业\n"
                   "本报讯(记者李明)近日,石家庄市人力资源和社会保障局印发《关于进一步稳定和扩大就业的若干措施》,"
                   "从减负稳岗、扩大就业、强化培训等方面推出18条具体措施。今年1至5月,全市城镇新增就业5.2万人,同比增长6.3%;"
                   "发放创业担保贷款3.6亿元,扶持创业2100余人。\n"
                   "市人社局相关负责人介绍,该市将开展“春风行动”,组织专场招聘会120场,提供就业岗位4.5万个。")
    ents, t, ms = facts(doc)
    assert {("Agency", "石家庄市人力资源和社会保障局"), ("Programme", "关于进一步稳定和扩大就业的若干措施"),
            ("Programme", "春风行动")} <= ents
    assert ("石家庄市人力资源和社会保障局", "runs", "关于进一步稳定和扩大就业的若干措施") in t
    assert ("关于进一步稳定和扩大就业的若干措施", "implementedIn", "石家庄市") in t
    assert ("春风行动", "implementedIn", "石家庄市") in t
    assert ms[52000, "人"] == "石家庄市" and ms[6.3, "%"] == "石家庄市" and ms[360000000, "元"] == "石家庄市"
    # the bureau's spokesperson reports what the city does
    assert ms[120, "场"] == "石家庄市" and ms[45000, "个"] == "石家庄市"
    assert next(m for m in doc.metrics if m.value == 2100).approx


def test_unseen_county_level_city_township_and_village():
    doc = full_doc("定州市加快推进乡村振兴\n"
                   "今年以来,定州市深入实施乡村振兴战略,全市完成农业总产值86.4亿元,同比增长4.1%。"
                   "该市投资2.3亿元实施农村人居环境整治提升行动,改造农村户厕1.2万座。\n"
                   "在东亭镇翟城村,村党支部组织开展“美丽庭院”创建活动,全村已有320户村民参与。"
                   "市农业农村局联合中国农业大学共建现代农业科技示范园,引进新品种56个。")
    ents, t, ms = facts(doc)
    # 该市 and 市农业农村局 in a story about a county-level city are that city, not 保定市
    assert ("Agency", "定州市农业农村局") in ents
    assert ("农村人居环境整治提升行动", "implementedIn", "定州市") in t
    assert ("东亭镇", "partOf", "定州市") in t and ("翟城村", "partOf", "东亭镇") in t
    assert ("美丽庭院", "implementedIn", "翟城村") in t
    assert ("定州市农业农村局", "cooperatesWith", "中国农业大学") in t
    assert ms[8640000000, "元"] == "定州市" and ms[4.1, "%"] == "定州市" and ms[230000000, "元"] == "定州市"
    assert ms[320, "户"] == "翟城村"
    indicators = {m.value: m.indicator for m in doc.metrics}
    assert indicators[230000000] == "投资"  # spent on the campaign, not a count of it


def test_unseen_county_projects_and_investment():
    doc = full_doc("廊坊市固安县重点项目建设提速\n"
                   "5月18日,固安县举行2023年第二批重点项目集中开工活动,15个项目总投资达98.6亿元。"
                   "其中,固安县航天产业园项目计划投资32亿元,建成后预计年产值50亿元。\n"
                   "固安县发展和改革局相关负责人表示,今年该县共谋划省市重点项目42个,1至4月完成投资56.3亿元,占年度计划的38.5%。")
    ents, t, ms = facts(doc)
    assert ("Programme", "航天产业园") in ents and ("航天产业园", "implementedIn", "固安县") in t
    assert ("固安县", "partOf", "廊坊市") in t
    assert ms[3200000000, "元"] == "航天产业园" and ms[5000000000, "元"] == "航天产业园"
    assert ms[15, "个"] == "固安县" and ms[9860000000, "元"] == "固安县"
    assert ms[42, "个"] == "固安县" and ms[5630000000, "元"] == "固安县" and ms[38.5, "%"] == "固安县"
    indicators = {m.value: m.indicator for m in doc.metrics}
    assert indicators[15] == "项目" and indicators[9860000000] == "总投资"


def test_unseen_our_city_meeting_and_listed_counties():
    doc = full_doc("我市召开安全生产工作会议\n"
                   "6月5日,邢台市召开全市安全生产工作会议。会议要求,各县(市、区)要压实安全生产责任,深入开展安全生产专项整治三年行动。\n"
                   "会上通报,今年以来,全市共排查整改各类隐患1.3万处,较去年同期下降12.5%。"
                   "市应急管理局、市消防救援支队联合开展“消防安全进万家”活动,走进清河县、南宫市等8个县(市、区)。")
    ents, t, ms = facts(doc)
    assert doc.entities[doc.articles[0].place].name == "邢台市"
    assert ("邢台市应急管理局", "runs", "消防安全进万家") in t and ("邢台市消防救援支队", "runs", "消防安全进万家") in t
    assert ("安全生产专项整治三年行动", "implementedIn", "邢台市") in t
    assert ("清河县", "partOf", "邢台市") in t and ("南宫市", "partOf", "邢台市") in t
    assert ms[13000, "处"] == "邢台市" and ms[12.5, "%"] == "邢台市"
    assert ms[8, "个"] == "邢台市"  # a count of counties is about the city, not the bureau


def test_unseen_township_story():
    doc = full_doc("涿州市松林店镇全力推进灾后重建\n"
                   "涿州市松林店镇党委、镇政府组织党员干部深入受灾村街,帮助群众恢复生产。截至8月底,全镇已修复农田灌溉设施46处,"
                   "清理淤泥2.6万立方米,为受灾群众发放救灾资金380万元。\n"
                   "该镇西瓦村村民委员会组织志愿者开展“邻里守望”志愿服务活动,累计服务群众1500余人次。")
    ents, t, ms = facts(doc)
    assert doc.entities[doc.articles[0].place].name == "松林店镇"  # the most specific place of the title
    assert {("Agency", "松林店镇党委"), ("Agency", "松林店镇人民政府")} <= ents
    assert not any(typ == "Place" and n.startswith("受灾") for typ, n in ents)  # 受灾村街 is no village
    assert ("松林店镇", "partOf", "涿州市") in t and ("松林店镇人民政府", "locatedIn", "松林店镇") in t
    assert ms[46, "处"] == "松林店镇" and ms[26000, "立方米"] == "松林店镇" and ms[3800000, "元"] == "松林店镇"


def test_a_company_runs_the_project_named_after_it():
    doc = Pipeline(("gazetteer", "numbers", "entities", "resolve", "relations"))(text_doc(
        "赤峰市重点项目集中开工\n当天，宏达化工集团年产20万吨甲醇项目和远航物流公司冷链仓储项目开工建设。"))
    name = {k: e.name for k, e in doc.entities.items()}
    runs = {(name[r.subject], name[r.object]) for r in doc.relations if r.predicate == "runs"}
    assert ("宏达化工集团", "宏达化工集团年产20万吨甲醇项目") in runs
    assert ("远航物流公司", "远航物流公司冷链仓储项目") in runs
