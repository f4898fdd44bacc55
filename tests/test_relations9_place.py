"""The place an article is about when its headline names the guests a host meets (县委书记李明会见
深圳市宝安区考察团: the story is the host county's, named in the body), while a foreign guest's
country stays what such a story is about (home_code reads its relative names as the host's)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def place_of(text: str) -> str | None:
    doc = _PIPE(text_doc(text))
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


def test_the_chinese_guests_of_a_meeting_headline_are_not_what_it_is_about():
    text = ("县委书记李明会见深圳市宝安区考察团一行\n3月5日，县委书记李明在县行政中心会见了深圳市宝安区副区长张伟"
            "带领的考察团一行。李明对考察团一行表示欢迎，并介绍了于都县经济社会发展情况。")
    assert place_of(text) == "于都县"


def test_a_host_named_before_the_verb_is_chosen_over_the_guests():
    text = ("于都县委书记李明会见深圳市宝安区考察团\n3月5日，李明会见了深圳市宝安区考察团一行。")
    assert place_of(text) == "于都县"


def test_a_meeting_headline_with_a_foreign_guest_keeps_the_country():
    text = ("省长王伟中会见乌克兰外长库列巴\n5月10日，省长王伟中在广州会见乌克兰外长库列巴一行。")
    assert place_of(text) == "乌克兰"
