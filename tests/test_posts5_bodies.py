"""Bodies named with more than their name: the ordinal of a post (深圳市第一任市委书记: the post's, the
body is 深圳市委) and the term of a party committee (中共临河区第十四届委员会 is 临河区委).  Sentences
written in the shape of county news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def build(text: str):
    doc = _PIPE(text_doc(text))
    posts = {(doc.entities[r.subject].name, doc.entities[r.object].name): [p["post"] for p in r.posts]
             for r in doc.relations if r.predicate == "holdsPost"}
    return posts, {e.name for e in doc.entities.values() if e.type != "Person"}


def test_an_ordinal_of_a_post_is_no_part_of_the_body():
    posts, names = build("纪念活动在市区举行\n深圳市第一任市委书记张勋甫曾在此工作。")
    assert posts[("张勋甫", "深圳市委")] == ["书记"]
    posts, names = build("纪念活动在市区举行\n邯郸市首任市委宣传部部长李明出席。")
    assert posts[("李明", "邯郸市委宣传部")] == ["部长"]
    assert not any("第一任" in n or "首任" in n for n in names)


def test_a_party_committee_named_with_its_term_is_the_committee():
    posts, names = build("临河区召开全会\n中共临河区第十四届委员会第五次全体会议召开，区委书记王刚主持。")
    assert posts[("王刚", "临河区委")] == ["书记"]
    assert "临河区委" in names and "临河区第十四届委员会" not in names


def test_the_committee_of_the_last_place_of_a_chain():
    _, names = build("临河区召开全会\n中共巴彦淖尔市临河区第十四届委员会第五次全体会议召开。")
    assert "临河区委" in names


def test_a_committee_with_a_term_after_another_marker_is_another_body():
    _, names = build("临河区召开会议\n政协临河区第十四届委员会第五次会议召开。")
    assert "临河区委" not in names


def test_a_court_chamber_and_a_section_are_bodies_of_their_own():
    posts, _ = build("涉县人大常委会召开会议\n县财政局预算科科长李明、县人民法院民事审判第一庭副庭长王强出席。")
    assert posts[("李明", "涉县财政局预算科")] == ["科长"]
    assert posts[("王强", "涉县人民法院民事审判第一庭")] == ["副庭长"]


def test_a_common_word_ending_as_a_chamber_or_section_is_no_body():
    posts, names = build("涉县人大常委会召开会议\n家庭主任张三，本科学历。学科主任李四发言。")
    assert not posts and "家庭" not in names
