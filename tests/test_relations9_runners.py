"""Who runs a programme: organs that only qualify a noun phrase closing their clause (全面落实省委、
市委农村工作会议部署要求，并通过表彰“X”) do not run the programme after the comma; an agency a comma
closes at once still does.  Sentences written in the shape of county news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def runs(text: str) -> set[tuple[str, str]]:
    doc = _PIPE(text_doc(text))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "runs"}


def test_organs_qualifying_a_noun_before_a_comma_run_nothing_after_it():
    got = runs("新丰县召开农村工作会议\n3月16日，新丰县委农村工作会议召开，全面落实中央、省委、市委农村工作会议部署要求，"
               "并通过表彰“百千万工程”先进集体和先进个人，进一步凝聚共识。")
    assert not any(a in ("广东省委", "韶关市委") for a, _ in got)


def test_an_agency_whose_clause_is_its_name_alone_still_runs_the_programme():
    got = runs("永丰县开展志愿服务\n3月5日，永丰县文明办，联合县团委推出“爱心驿站”志愿服务项目。")
    assert ("永丰县文明办", "爱心驿站") in got


def located(text: str) -> set[tuple[str, str]]:
    doc = _PIPE(text_doc(text))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "locatedIn"}


def test_a_branch_named_after_its_county_is_located_in_the_county():
    got = located("金融支持永丰县实体经济发展\n3月5日，江西银行永丰支行向永丰县内30家企业授信5亿元。")
    assert ("江西银行永丰支行", "永丰县") in got
    assert ("江西银行永丰支行", "江西省") not in got


def test_cooperation_agreements_between_a_government_and_a_company():
    doc = _PIPE(text_doc("永丰县与中国电建签署战略合作协议\n3月5日，永丰县人民政府与中国电力建设集团有限公司签署战略合作框架协议。"))
    rels = {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations}
    assert ("永丰县人民政府", "cooperatesWith", "中国电力建设集团有限公司") in rels


def relations(text: str) -> set[tuple[str, str, str]]:
    doc = _PIPE(text_doc(text))
    return {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations}


def test_a_government_does_not_cooperate_with_its_own_bureau_by_default():
    got = relations("县政府召开第七次常务会议\n6月20日，黑山县政府召开第七次常务会议。王华要求，各乡镇（街道）、部门要主动"
                    "与县自然资源局对接，县自然资源局要协调落实好方案内容。")
    assert not any(p == "cooperatesWith" for _, p, _ in got)


def test_a_draft_stage_closing_a_documents_name_keeps_it_a_document():
    doc = _PIPE(text_doc("县政府召开常务会议\n会议讨论通过了《黑山县2022年全面推进乡村振兴重点工作的实施方案（讨论稿）》。"))
    assert any(e.type == "Programme" and e.name.startswith("黑山县2022年全面推进乡村振兴重点工作的实施方案")
               for e in doc.entities.values())
