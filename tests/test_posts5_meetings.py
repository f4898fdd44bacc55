"""A name with its title written after it inside a clause, as foreign-affairs releases write the
person met (会见了王毅国务委员, 会见了李强总理): the title implies the central organ.  Sentences
written in the shape of such releases."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def posts(text: str) -> dict[tuple[str, str], list[str]]:
    doc = _PIPE(text_doc("王毅会见阿联酋外交国务部长\n" + text))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name): [p["post"] for p in r.posts]
            for r in doc.relations if r.predicate == "holdsPost"}


def test_the_person_met_with_a_title_after_the_name():
    assert posts("3月5日，加尔加什在北京会见了王毅国务委员，双方就双边关系交换意见。")[("王毅", "国务院")] == ["国务委员"]
    assert posts("加尔加什会见了李强总理。")[("李强", "国务院")] == ["总理"]


def test_a_title_after_a_name_in_a_sentence_naming_a_foreign_country_stays_unread():
    # (precision first: 会见了安倍总理 — the title may be that country's)
    assert not any(person == "安倍" for person, _ in posts("阿联酋总统外交顾问加尔加什会见了安倍总理。"))
    # a title only a Chinese official holds (posts_words china_only_titles) is China's all the same
    assert posts("阿联酋总统外交顾问加尔加什会见了王毅国务委员。")[("王毅", "国务院")] == ["国务委员"]


def test_a_title_before_a_meeting_verb_is_no_committee():
    assert posts("王毅国务委员会见了加尔加什。")[("王毅", "国务院")] == ["国务委员"]


def test_a_name_met_without_a_title_gives_no_post():
    got = posts("县长会见了王国庆等企业家。")
    assert not any(person == "王国庆" for person, _ in got)
