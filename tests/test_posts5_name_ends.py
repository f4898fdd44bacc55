"""Where a person's name ends: a preposition after it with a place or body named next (王毅同阿联酋
外长…: 同 is no part of the given name), and a two-character verb whose last character forms a word
with the name's first (免去|路正阳: 去路 is a word, 免去 is still the verb).  Sentences written in
the shape of foreign-affairs releases and county appointment notices."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def persons(text: str) -> set[str]:
    doc = _PIPE(text_doc(text))
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_preposition_before_a_place_closes_the_name():
    names = persons("外交部发布消息\n外交部长王毅同阿联酋外长阿卜杜拉在北京举行会谈。")
    assert "王毅" in names and "王毅同" not in names


def test_a_preposition_before_a_body_closes_the_name():
    names = persons("全县召开会议\n副县长李建国跟县交通运输局负责同志一起检查道路工程。")
    assert "李建国" in names and "李建国跟" not in names


def test_a_given_name_with_the_character_elsewhere_is_kept():
    names = persons("市政府召开会议\n会议由副市长张同军主持。")
    assert "张同军" in names


def test_a_verb_that_forms_a_word_with_the_name_is_still_the_verb():
    names = persons("县人大常委会发布任免名单\n会议决定，免去路正阳同志的县发展和改革局局长职务。")
    assert "路正阳" in names


def test_a_one_character_verb_forming_a_word_is_no_verb():
    names = persons("税务局发布通知\n任何单位和个人不得截留税款，任何人的投诉都应受理。")
    assert not any(n.startswith("何") for n in names)
