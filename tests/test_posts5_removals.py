"""Removals and lists of appointments as county people's congresses write them: 免去X同志Y职务
(no 的), 免除X同志Y一职, 任命A同志为…，B同志为… .  Sentences written in that shape."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def posts(text: str) -> dict[tuple[str, str], list[tuple[str, str | None]]]:
    doc = _PIPE(text_doc("涉县人大常委会召开会议\n" + text))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name): [(p["post"], p["status"]) for p in r.posts]
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_removal_without_de_before_the_posts_closed_by_zhiwu():
    got = posts("会议决定免去孟凡哲同志副县长职务，免去王志刚同志涉县财政局局长职务。")
    assert got[("孟凡哲", "涉县")] == [("副县长", "removed")]
    assert got[("王志刚", "涉县财政局")] == [("局长", "removed")]


def test_mianchu_and_yizhi_remove_a_post_too():
    got = posts("会议还一致通过了人事任免决议，免除孟凡哲同志副县长一职。")
    assert got[("孟凡哲", "涉县")] == [("副县长", "removed")]


def test_a_removal_verb_before_a_name_without_a_closing_word_gives_nothing():
    got = posts("会议决定免去孟凡哲同志的请求事项，县长主持会议。")
    assert ("孟凡哲", "涉县") not in got


def test_the_second_comrade_of_an_appointment_list_takes_the_verb_too():
    got = posts("会议决定任命邢晟同志为涉县人民政府副县长，苑华东同志为涉县人民政府副县长。")
    assert got[("邢晟", "涉县")] == [("副县长", "appointed")]
    assert got[("苑华东", "涉县")] == [("副县长", "appointed")]


def test_its_removal_after_an_appointment_speaks_of_the_appointee():
    got = posts("经县委常委会研究决定：李四同志任县教育局副局长，免去其县水务局副局长职务；王五同志任县民政局局长。")
    assert got[("李四", "涉县教育局")] == [("副局长", "appointed")]
    assert got[("李四", "涉县水务局")] == [("副局长", "removed")]  # not appointed to what he leaves
    assert got[("王五", "涉县民政局")] == [("局长", "appointed")]
    got = posts("会议决定任命王志刚为涉县财政局局长，同时免去其涉县审计局局长职务。")
    assert got[("王志刚", "涉县审计局")] == [("局长", "removed")]


def test_every_name_of_a_comrade_list_is_a_person_and_holds_no_post():
    doc = _PIPE(text_doc("涉县召开会议\n县领导张建国、李红梅、王志刚同志出席会议。会议由县委副书记赵明同志主持，刘洋、孙丽等同志参加。"))
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert {"张建国", "李红梅", "王志刚", "赵明", "刘洋", "孙丽"} <= people
    assert not any(r.predicate == "holdsPost" and doc.entities[r.subject].name in ("李红梅", "刘洋")
                   for r in doc.relations)


def test_a_list_of_bodies_before_tongzhi_names_no_person():
    doc = _PIPE(text_doc("涉县召开会议\n各乡镇、各部门同志参加会议。"))
    assert not any(e.type == "Person" for e in doc.entities.values())
