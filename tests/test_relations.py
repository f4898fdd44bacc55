"""Relations with their evidence and rules, on the seed page and on real sentences of the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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
    art = Article(id="t#A1", text=text, offsets=OffsetMap([(0, 0, len(text))]))
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line:
            art.sections.append(Section("title" if i == 0 else "body", pos, pos + len(line)))
        pos += len(line) + 1
    art.sentences = split_sentences(art)
    doc = Doc(id="t", source="t.txt", text=text)
    doc.articles = [art]
    return Pipeline(EXTRACT[2:])(doc)


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
    gold = json.loads(GOLD_DEV.read_text(encoding="utf-8"))
    from kg.build import extract
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
