"""The place an article is about, when a distant province is named only inside a company's name
(德州市领导…赴广东海大集团…): the company's brand is no place of the article, so the city's relative
bodies resolve to the city and no default relation points at a place that was dropped; and a
company named before what is done with it (…集团就项目…, …总经理韩玲签订…项目) names no project.
Sentences in the shape of city and county investment news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "dates", "gazetteer", "registry", "numbers", "entities", "resolve",
                  "posts", "relations"))

_TEXT = ("德州市领导赴广东海大集团对接项目\n"
         "7月16日，德州市委书记李猛，市委常委、秘书长张安民赴广东海大集团就项目签约深入对接交流。"
         "李猛介绍了德州市大力实施“工业强市”行动的情况。"
         "仪式上，德州市财金集团董事长王志华与广东海大集团禽产业事业部总经理韩玲签订项目合作书。")


def build(text: str):
    doc = _PIPE(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    progs = {e.name for e in doc.entities.values() if e.type == "Programme"}
    rels = {(name.get(r.subject), r.predicate, name.get(r.object)) for r in doc.relations}
    dangling = [r for r in doc.relations if r.subject not in doc.entities or r.object not in doc.entities]
    return doc, progs, rels, dangling


def test_a_province_named_only_in_a_company_name_is_not_the_article_place():
    doc, _, rels, dangling = build(_TEXT)
    assert not dangling
    assert doc.articles[0].place == "place-371400"
    assert ("张安民", "holdsPost", "德州市委") in rels


def test_no_project_is_named_across_a_verb_or_a_post():
    _, progs, _, _ = build(_TEXT)
    assert not any("海大集团" in p for p in progs)


def test_a_company_project_written_whole_is_still_named():
    _, progs, rels, _ = build("乌兰浩特市项目建设\n今年，博源集团30万吨合成氨52万吨尿素项目在乌兰浩特市开工建设。")
    assert "博源集团30万吨合成氨52万吨尿素项目" in progs
    assert ("博源集团", "runs", "博源集团30万吨合成氨52万吨尿素项目") in rels


def test_a_programme_written_after_the_whole_district_is_the_one_named_without_it():
    doc, progs, rels, _ = build("二七区召开无主管楼院治理工作专题研讨会\n"
                                "5月20日上午，二七区在区委会议室召开了全区无主管楼院治理工作专题研讨会。"
                                "区民政局、区住房保障服务中心等单位主要领导参加会议。")
    assert "全区无主管楼院治理工作专题研讨会" not in progs
    e = next(e for e in doc.entities.values() if e.name == "无主管楼院治理工作专题研讨会")
    assert "全区无主管楼院治理工作专题研讨会" in e.aliases
    assert not any(p == "subProgrammeOf" for _, p, _ in rels)


def test_a_unit_of_a_company_named_after_a_distant_province_is_the_companys():
    doc, _, rels, _ = build(_TEXT)
    assert ("韩玲", "holdsPost", "广东海大集团禽产业事业部") in rels
    unit = next(e for e in doc.entities.values() if e.name == "广东海大集团禽产业事业部")
    assert unit.type == "Organization"
