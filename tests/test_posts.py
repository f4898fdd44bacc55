"""Persons in running text and the posts they hold (holdsPost), on sentences written like
government news: every construction the stage reads, what it must not read, merging, and the
post in every output (extraction JSON, RDF with W3C ORG and SHACL, the API, the named query and
the explorer's edge labels)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import text_doc
from kg import lexicon
from kg.builder import merge
from kg.builder import DocResult
from kg.model import Extraction
from kg.pipeline import DEFAULT_PIPELINE, Pipeline

STAGES = ("gazetteer", "numbers", "entities", "resolve", "posts")
_PIPE = Pipeline(STAGES)


def run(text: str, doc_id: str = "t"):
    return _PIPE(text_doc(text, doc_id))


def persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def posts(doc) -> set[tuple]:
    """(person, body, body type, post, status, date) for every post held."""
    out = set()
    for r in doc.relations:
        if r.predicate == "holdsPost":
            s, o = doc.entities[r.subject], doc.entities[r.object]
            for p in r.posts:
                out.add((s.name, o.name, o.type, p["post"], p["status"], p["date"]))
    return out


def pairs(doc) -> set[tuple[str, str]]:
    return {(a, b) for a, b, *_ in posts(doc)}


# --------------------------------------------------------------------------- constructions

def test_stage_runs_after_resolve_and_before_relations():
    names = list(DEFAULT_PIPELINE)
    assert names.index("resolve") < names.index("posts") < names.index("relations")


def test_post_before_name_in_an_agency_completed_with_the_articles_place():
    doc = run("邯郸市召开财政工作会议\n3月2日，邯郸市召开全市财政工作会议。"
              "市财政局局长李建国介绍，今年全市财政收入稳步增长。")
    assert ("李建国", "邯郸市财政局", "Agency", "局长", None, None) in posts(doc)


def test_head_of_a_government_holds_the_post_in_the_place():
    doc = run("邯郸市召开财政工作会议\n副市长刘晓燕出席会议并讲话，强调要加强预算管理。")
    assert ("刘晓燕", "邯郸市", "Place", "副市长", None, None) in posts(doc)
    doc = run("山西省召开防汛工作会议\n山西省省长蓝佛安主持召开省防汛抗旱指挥部会议。")
    assert ("蓝佛安", "山西省", "Place", "省长", None, None) in posts(doc)


def test_two_posts_at_once_are_both_kept():
    doc = run("国土资源部召开视频会议\n国土资源部副部长、国务院第二次全国土地调查领导小组办公室主任"
              "王世元指出，调查工作要加快推进。")
    assert pairs(doc) == {("王世元", "国土资源部"), ("王世元", "国务院第二次全国土地调查领导小组办公室")}
    assert persons(doc) == {"王世元"}


def test_party_and_government_posts_of_one_person():
    doc = run("沧州市领导调研\n市委常委、副市长孙志刚到黄骅市调研港口建设。")
    assert ("孙志刚", "沧州市委", "Agency", "常委", None, None) in posts(doc)
    assert ("孙志刚", "沧州市", "Place", "副市长", None, None) in posts(doc)


def test_second_post_takes_the_scope_of_the_first():
    doc = run("佳木斯市召开会议\n会议由市委常委、纪委书记陈海波主持。")
    assert {("陈海波", "佳木斯市委"), ("陈海波", "佳木斯市纪委")} <= pairs(doc)


def test_names_listed_after_a_post_chain_share_it():
    doc = run("桃城区供销社召开会议\n桃城区供销联社党委书记、主任韩立军，党委委员、副主任孟凡华、"
              "郑丽等参加会议。")
    # 供销社 and 供销联社 are one body, named by its standard form (mass_organizations.tsv)
    assert {("韩立军", "桃城区供销合作社"), ("孟凡华", "桃城区供销合作社"),
            ("郑丽", "桃城区供销合作社")} <= pairs(doc)


def test_speech_subject_is_a_person_without_a_post():
    doc = run("山西省召开防汛工作会议\n会上，刘晓燕表示，要压实防汛责任。")
    assert persons(doc) == {"刘晓燕"}
    assert not pairs(doc)


def test_honorific_marks_a_person():
    doc = run("沧州市召开座谈会\n会议由刘红梅同志主持。")
    assert persons(doc) == {"刘红梅"}


def test_appointment_and_removal_with_status_and_date():
    doc = run("邢台市人民政府关于任免工作人员的通知\n2023年3月15日，市政府决定任命张建华为邢台市交通运输局局长。"
              "免去李卫东的邢台市交通运输局副局长职务。")
    got = posts(doc)
    assert ("张建华", "邢台市交通运输局", "Agency", "局长", "appointed", "2023-03-15") in got
    assert ("李卫东", "邢台市交通运输局", "Agency", "副局长", "removed", None) in got


def test_elected_nominated_transferred_and_promoted():
    doc = run("临城县召开人代会\n赵志刚当选为临城县人民政府县长。王立新拟任临城县财政局局长。"
              "陈建国调任河北省水利厅副厅长。衡水市冀州区委书记刘振宇被提拔为衡水市委常委。")
    got = posts(doc)
    assert ("赵志刚", "临城县", "Place", "县长", "elected", None) in got
    assert ("王立新", "临城县财政局", "Agency", "局长", "nominated", None) in got
    assert ("陈建国", "河北省水利厅", "Agency", "副厅长", "transferred", None) in got
    assert ("刘振宇", "衡水市委", "Agency", "常委", "promoted", None) in got


def test_former_posts_are_marked():
    doc = run("陕西省表彰优秀县委书记\n获表彰的有时任宁强县委书记周景祥。")
    assert ("周景祥", "宁强县委", "Agency", "书记", "former", None) in posts(doc)


def test_post_of_a_company_after_de():
    doc = run("开江县召开蜜柚种植培训会\n来自达州日好农业发展有限公司的技术总监吴清旗介绍了种植经验。")
    assert ("吴清旗", "达州日好农业发展有限公司") in pairs(doc)


def test_closing_signature_names_the_correspondent():
    doc = run("全椒县开展廉政风险防控\n全椒县扎实开展工程建设领域廉政风险防控工作。（安徽省全椒县纪委  张立军）")
    assert ("张立军", "全椒县纪委", "Agency", "通讯员", None, None) in posts(doc)


def test_four_character_minority_name():
    doc = run("内蒙古召开会议\n翁牛特旗旗委书记敖日格勒（蒙古族）出席会议。")
    assert ("敖日格勒", "翁牛特旗委") in pairs(doc)  # (the banner's committee named once: posts12)


# --------------------------------------------------------------------------- precision

@pytest.mark.parametrize("text", [
    "某县召开会议\n局长会议于今日召开，各单位高度重视，任何单位不得推诿。主任科员以上干部参加。",
    "邯郸市召开会议\n我同村委会主任商量过，决定承包土地。各位同志要认真落实。",
    "邯郸市召开会议\n市长热线共受理群众诉求1200件，局长信箱回复率达到100%。",
    "邯郸市召开会议\n会议强调，要高度重视安全生产，明确书记、主任的责任。",
])
def test_no_person_without_a_name(text):
    assert persons(run(text)) == set()


def test_name_does_not_swallow_a_place_or_an_agency():
    doc = run("贵州省召开会议\n贵州省长顺县委书记张惠民（布依族）出席会议。")
    assert persons(doc) == {"张惠民"}
    assert ("张惠民", "长顺县委") in pairs(doc)


# --------------------------------------------------------------------------- merging

def test_one_person_per_name_within_a_document():
    doc = run("邯郸市召开会议\n市财政局局长李建国介绍了预算执行情况。李建国表示，要加强资金监管。"
              "会后，李建国带队检查了项目。")
    people = [e for e in doc.entities.values() if e.type == "Person"]
    assert [p.name for p in people] == ["李建国"]
    assert len(people[0].mentions) == 3


def _result(doc) -> DocResult:
    return DocResult(doc.document_json(), doc.entities, doc.relations, doc.metrics, doc.text)


def test_same_name_in_different_bodies_stays_two_people():
    a = run("馆陶县召开会议\n馆陶县委书记王伟主持会议。", "a")
    b = run("魏县召开会议\n魏县县长王伟出席会议。", "b")
    c = run("馆陶县召开会议\n馆陶县委书记王伟调研乡村振兴工作。", "c")
    ex = merge([_result(a), _result(b), _result(c)])
    wang = [e for e in ex.entities.values() if e.type == "Person" and e.name == "王伟"]
    assert len(wang) == 2
    assert sorted(len(e.mentions) for e in wang) == [1, 2]  # a and c are one person


# --------------------------------------------------------------------------- outputs

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """`kg build` of two short news texts: (out dir, extraction JSON)."""
    from kg.cli import main
    src = tmp_path_factory.mktemp("posts-src")
    (src / "a.txt").write_text(
        "国土资源部召开视频会议\n国土资源部副部长、国务院第二次全国土地调查领导小组办公室主任王世元指出，"
        "调查工作要加快推进。\n", encoding="utf-8")
    (src / "b.txt").write_text(
        "邢台市人民政府关于任免工作人员的通知\n2023年3月15日，市政府决定任命张建华为邢台市交通运输局局长。\n"
        "河北省省长王正谱出席会议。\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("posts-out")
    assert main(["build", str(src), "--out", str(out), "--quiet", "--no-cache"]) == 0
    return out, json.loads((out / "extraction.json").read_text(encoding="utf-8")), src


def test_extraction_json_carries_post_and_date(built):
    from kg.model import attach_sentences
    _, data, _ = built
    attach_sentences(data)  # evidence refers to the document's sentence table by offsets
    names = {e["id"]: e["name"] for e in data["entities"]}
    rels = {(names[r["subject"]], names[r["object"]]): r for r in data["relations"]
            if r["predicate"] == "holdsPost"}
    assert rels[("王世元", "自然资源部")]["post"] == "副部长"
    assert rels[("张建华", "邢台市交通运输局")]["post"] == "局长"
    assert rels[("张建华", "邢台市交通运输局")]["date"] == "2023-03-15"
    assert rels[("张建华", "邢台市交通运输局")]["posts"] == [
        {"post": "局长", "status": "appointed", "date": "2023-03-15"}]
    assert rels[("王正谱", "河北省")]["evidence"][0]["sentence"].startswith("河北省省长王正谱")


def test_rdf_states_posts_with_w3c_org_and_conforms(built):
    from kg.api import read_extraction
    from kg.export import rdf
    import rdflib
    from kg.api import build
    _, _, src = built
    x = build([src], out=None).extraction  # in memory, with the texts the quotes are checked on
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=rdf.serialize_trig(x).decode(), format="trig")
    q = """
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX time: <http://www.w3.org/2006/time#>
    SELECT DISTINCT ?person ?body ?role ?date WHERE {
      ?m a org:Membership ; org:member ?p ; org:organization ?b ; org:role ?r .
      ?post a org:Post ; org:postIn ?b ; org:role ?r ; org:heldBy ?p .
      ?p rdfs:label ?person . ?r rdfs:label ?role . ?b rdfs:label ?body .
      OPTIONAL { ?m org:memberDuring/time:hasBeginning/time:inXSDDate ?date } }"""
    rows = {tuple(str(v) if v is not None else None for v in row) for row in ds.query(q)}
    assert ("王世元", "自然资源部", "副部长", None) in rows  # 国土资源部 is its former name
    assert ("张建华", "邢台市交通运输局", "局长", "2023-03-15") in rows
    assert ("王正谱", "河北省", "省长", None) in rows
    ok, report = rdf.validate(x)
    assert ok, report


def test_shapes_reject_a_membership_without_a_role(built):
    from kg.api import read_extraction
    from kg.export import rdf
    from kg.api import build
    _, _, src = built
    x = build([src], out=None).extraction
    for r in x.relations.values():
        if r.predicate == "holdsPost":
            r.posts = []  # no post, no role: the membership breaks gs:MembershipShape
    ok, report = rdf.validate(x)
    assert not ok
    assert "Path: org:role" in str(report) and "/id/membership/" in str(report)


def test_api_posts_table(built):
    from kg.api import load
    out, _, _ = built
    g = load(out)
    df = g.posts
    row = df[(df.person_name == "张建华")].iloc[0]
    assert (row.body_name, row.post, row.status, row.date) == ("邢台市交通运输局", "局长", "appointed",
                                                               "2023-03-15")
    assert set(df[df.person_name == "王世元"].body_name) == {
        "自然资源部", "国务院第二次全国土地调查领导小组办公室"}  # 国土资源部 under its current name


def test_named_query_officials_of(built):
    from kg.query import QueryError, run_query
    out, _, _ = built
    cols, rows = run_query(out, "officials-of", {"body": "河北省"})
    got = [dict(zip(cols, r)) for r in rows]
    assert {(r["person"], r["post"]) for r in got} == {("王正谱", "省长")}
    cols, rows = run_query(out, "officials-of", {"body": "国土资源部"})
    assert {r[cols.index("person")] for r in rows} == {"王世元"}
    with pytest.raises(QueryError):
        run_query(out, "officials-of", {})


def test_explorer_edge_label_shows_the_post(built):
    from kg.api import read_extraction
    from kg.export.html import graph_payload
    out, _, _ = built
    payload = graph_payload(read_extraction(out / "extraction.json"))
    labels = {e[6] for e in payload["edges"] if len(e) > 6}
    assert "holdsPost：副部长" in labels


# --------------------------------------------------------------------------- vocabulary

def test_vocabulary_is_data():
    posts_rows = lexicon.load_table("posts")
    assert {"word", "kind", "level"} <= set(posts_rows[0])
    assert any(r["word"] == "县长" and r["kind"] == "head" for r in posts_rows)
    assert any(r["surname"] == "欧阳" for r in lexicon.load_table("surnames"))
    assert any(r["verb"] == "拟任" and r["kind"] == "nominate" for r in lexicon.load_table("appointment_verbs"))


def test_missing_table_is_a_one_line_error_naming_the_file():
    with pytest.raises(ValueError) as e:
        lexicon.load_table("no-such-table")
    assert "no-such-table.tsv" in str(e.value) and "\n" not in str(e.value)


def test_same_input_gives_identical_output():
    text = "沧州市领导调研\n市委常委、副市长孙志刚到黄骅市调研。会议由刘红梅同志主持。"
    a, b = run(text), run(text)
    assert [r.to_json() for r in a.relations] == [r.to_json() for r in b.relations]
    assert sorted(a.entities) == sorted(b.entities)


def test_department_of_the_committee_named_before():
    doc = run("石家庄市召开会议\n市委常委、宣传部部长李志广出席开幕式。")
    assert {("李志广", "石家庄市委"), ("李志广", "石家庄市委宣传部")} <= pairs(doc)


def test_anaphoric_body_is_the_agency_named_before():
    doc = run("石家庄市召开会议\n市应急管理局召开安全生产会议。该局党组书记、局长孔令军强调，要压实责任。")
    assert ("孔令军", "石家庄市应急管理局") in pairs(doc)


def test_name_ends_where_a_common_word_starts():
    doc = run("石家庄市召开会议\n市政府副秘书长、市应急管理局局长高建军通报了有关情况。")
    assert persons(doc) == {"高建军"}
    assert {("高建军", "石家庄市人民政府"), ("高建军", "石家庄市应急管理局")} <= pairs(doc)


def test_unresolved_relative_body_is_not_merged_across_documents():
    a = run("会议召开\n村委会主任刘丽表示，将继续为村民服务。", "a")
    b = run("会议召开\n村委会主任孙芳表示，将继续为村民服务。", "b")
    ex = merge([_result(a), _result(b)])
    bodies = [e for e in ex.entities.values() if e.name == "村委会"]
    assert len(bodies) == 2  # two villages' committees, not one


def test_residents_are_not_officials():
    doc = run("石家庄市召开会议\n市民王女士说，现在办事方便多了。村民李大爷告诉记者，今年收成好。")
    assert persons(doc) == set()


def test_other_occurrences_of_a_name_inside_words_are_not_the_person():
    doc = run("邯郸市召开会议\n市发展改革委主任高峰介绍，今年迎峰度夏期间用电高峰期负荷创新高。高峰表示，要保障供电。")
    people = [e for e in doc.entities.values() if e.type == "Person"]
    assert [p.name for p in people] == ["高峰"]
    assert len(people[0].mentions) == 2  # the post and the statement, not 用电高峰期


def test_personnel_notice_list():
    doc = run("邯郸市人民政府关于任免工作人员的通知\n张建华任市财政局局长，李卫东任市教育局副局长。"
              "王志刚不再担任市教育局局长职务。")
    got = posts(doc)
    assert ("张建华", "邯郸市财政局", "Agency", "局长", "appointed", None) in got
    assert ("李卫东", "邯郸市教育局", "Agency", "副局长", "appointed", None) in got
    assert ("王志刚", "邯郸市教育局", "Agency", "局长", "removed", None) in got


def test_national_posts():
    doc = run("全国会议召开\n国务院副总理刘国中在会上讲话。外交部发言人汪文斌主持例行记者会。")
    assert {("刘国中", "国务院"), ("汪文斌", "外交部")} <= pairs(doc)


def test_a_dictionary_word_after_a_post_is_no_name():
    doc = run("国际新闻\n菲律宾总统廉政委员会主席马格坦戈尔·圭尼贡多日前宣布了调查结果。")
    assert "廉政" not in persons(doc)


def test_foreign_name_joined_by_dots_is_one_person():
    doc = run("中阿联合声明\n阿联酋武装部队副总司令穆罕默德·本·扎耶德·阿勒纳哈扬殿下于7月21日对中国进行国事访问。")
    assert "穆罕默德·本·扎耶德·阿勒纳哈扬" in persons(doc)
    doc = run("外交新闻\n新西兰总理罗伯特·马尔登有幸成为首位访华的西方国家总理。")
    assert persons(doc) == {"罗伯特·马尔登"}
