"""Who runs a programme when the verb is far from the agency that opens the clause: a paper quoted in
the dateline (据甘肃经济日报报道（记者…）近日，省农业农村厅…举办了“X”) is no actor of the story;
the agency opening its clause after the date is.  Sentences written in the shape of provincial wire news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def relations(text: str) -> set[tuple]:
    doc = _PIPE(text_doc(text))
    return {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations}


def test_a_paper_in_the_dateline_does_not_hide_the_agency_opening_the_clause():
    got = relations("甘肃推进农机服务\n中国甘肃网3月17日讯 据甘肃经济日报报道 (记者 李明) 近日,甘肃省农业农村厅"
                    "在天水市、临夏州、定西市和张掖市分别举办了“农机进万家”技能培训班。")
    assert ("甘肃省农业农村厅", "runs", "农机进万家") in got


def test_the_agencies_an_agency_joins_run_it_too():
    got = relations("县里开展助农活动\n5月8日,开江县农业农村局联合开江县科学技术局在永兴镇、讲治镇和任市镇"
                    "等地分别组织开展了“科技助农”志愿服务活动。")
    assert ("开江县农业农村局", "runs", "科技助农") in got
    assert ("开江县科学技术局", "runs", "科技助农") in got


def test_an_agency_that_opens_no_clause_runs_nothing_by_this_rule():
    got = relations("县里开展助农活动\n5月8日,在开江县农业农村局的指导下,永兴镇、讲治镇和任市镇"
                    "等地分别组织开展了“科技助农”志愿服务活动。")
    assert ("开江县农业农村局", "runs", "科技助农") not in got


def test_a_body_written_short_and_in_full_is_not_its_own_part():
    got = relations("永丰县人大常委会召开会议\n会议根据县监察委、县人民法院提请，决定任命吕靖为永丰县监察委员会委员。"
                    "县政府办、县人民政府办公室负责同志列席会议。")
    assert ("永丰县监察委员会", "locatedIn", "永丰县") in got
    assert not {t for t in got if t[1] == "subOrganizationOf" and t[0] == "永丰县监察委员会" and t[2].startswith("永丰县监察委")}


def test_where_a_relative_clause_holds_it_beats_a_place_in_its_name():
    got = relations("外交部发言人宣布\n应国务院总理李强邀请,越南政府总理范明政将出席在天津举行的夏季达沃斯论坛。")
    assert ("夏季达沃斯论坛", "implementedIn", "天津市") in got
    assert not {t for t in got if t[0] == "夏季达沃斯论坛" and t[1] == "implementedIn" and t[2] != "天津市"}
