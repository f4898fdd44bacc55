"""Posts a sentence states as held, after a name that opens it: 王强现任县委副书记 (no 王强现, and
no appointment), 李明目前任…, 张伟作为常务副县长作了发言, 李明曾任… (former); but a post only
named in a possessive (作为县长的代表) or no post at all (作为一名党员) gives none."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_now_holds_after_a_name_is_no_part_of_the_name_and_no_appointment():
    got = held("泾县召开座谈会\n王强现任泾县县委副书记。")
    assert ("王强", "泾县县委", "副书记", None) in got
    assert not {g for g in got if g[0] != "王强"}


def test_now_holds_after_a_three_character_name():
    got = held("泾县召开座谈会\n张晓明现任泾县县委副书记、县长，分管全面工作。")
    assert ("张晓明", "泾县县委", "副书记", None) in got
    assert ("张晓明", "泾县", "县长", None) in got


def test_at_present_holds_after_a_name():
    got = held("泾县召开座谈会\n李明目前任泾县县委副书记。")
    assert ("李明", "泾县县委", "副书记", None) in got


def test_once_held_after_a_name_opening_a_sentence_is_former():
    got = held("泾县召开座谈会\n李明曾任泾县县委副书记。")
    assert ("李明", "泾县县委", "副书记", "former") in got
    assert not {g for g in got if g[0] == "李明曾"}


def test_as_a_post_is_the_post_held():
    got = held("泾县召开座谈会\n会上，张伟作为泾县常务副县长作了发言。")
    assert ("张伟", "泾县", "常务副县长", None) in got


def test_as_the_representative_of_a_post_holds_none():
    got = held("泾县召开座谈会\n周静作为县长的代表出席会议。")
    assert not {g for g in got if g[0] == "周静"}
    got = held("泾县召开座谈会\n吴军作为一名党员，积极参加志愿服务。")
    assert not {g for g in got if g[0] == "吴军"}


def test_a_time_word_of_now_before_the_name_makes_ren_a_post_held():
    assert held("泾县召开座谈会\n目前，李明任泾县县委副书记。") == {("李明", "泾县县委", "副书记", None)}
    assert held("泾县召开座谈会\n此前，李明任泾县县委副书记。") == {("李明", "泾县县委", "副书记", "former")}
    got = held("泾县召开座谈会\n目前，李明被任命为泾县县委副书记。")
    assert ("李明", "泾县县委", "副书记", "appointed") in got
