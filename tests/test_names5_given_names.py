"""A person named after a post keeps his given name where the text names him again without the
post (党组书记刘安乐… 刘安乐一行…: 安乐 is no place there either): sentences written like county
government news."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.registry import given_name_spans


def run(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(text_doc(text))


TEXT = ("4月25日，湖南省南县人大常委会主任、党组书记刘安乐带领考察团来我县参观考察。"
        "刘安乐一行先后来到田野农博馆、现代农业示范园等地。王纲对刘安乐一行来嘉鱼参观考察表示欢迎。")


def test_a_given_name_named_again_is_no_place():
    doc = run(TEXT)
    places = {m.surface for e in doc.entities.values() if e.type == "Place" for m in e.mentions}
    assert "安乐" not in places
    assert "湖南省" in places  # the places around the name are still read


def test_every_later_mention_of_the_name_is_a_given_name_span():
    spans = given_name_spans(TEXT)
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("刘安乐", i)]
    assert len(starts) == 3
    assert all((s + 1, s + 3) in spans for s in starts)


def test_without_a_post_no_name_is_propagated():
    text = "4月25日，考察团先后来到田野农博馆。刘安乐一行来嘉鱼参观考察。"
    assert given_name_spans(text) == []


def places_of(doc: Doc) -> list[str]:
    return [m.surface for e in doc.entities.values() if e.type == "Place" for m in e.mentions]


def test_a_world_city_named_like_a_person_after_a_post():
    doc = run("11月18日上午，清华大学美术学院原院长马赛教授出席仪式。会议随后在巴黎举行。")
    places = places_of(doc)
    assert "马赛" not in places and "巴黎" in places


def test_a_county_named_like_a_person_after_a_post():
    doc = run("2024年5月8日，衢州市委书记江山出席会议并讲话。会议在江山市召开。")
    places = places_of(doc)
    assert "江山" not in places and "江山市" in places
