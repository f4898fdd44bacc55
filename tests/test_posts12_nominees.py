"""A post proposed is not held: 拟任泾县县长陈刚, 拟任命的副县长陈刚 and 拟任泾县人民政府副县长的陈刚
(a notice before appointment, a standing committee hearing its nominees) give the post with status
nominated, never as held; a post and 的 before a name without a proposal give none."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_a_proposed_post_before_a_name_is_nominated():
    got = held("泾县召开会议\n会议审议了拟任泾县县长陈刚的任职资格。")
    assert got == {("陈刚", "泾县", "县长", "nominated")}
    got = held("泾县召开会议\n会议听取了拟任命的泾县副县长陈刚的供职发言。")
    assert got == {("陈刚", "泾县", "副县长", "nominated")}


def test_a_proposal_governs_every_post_of_its_chain():
    got = held("泾县召开会议\n会议审议了拟任泾县财政局局长、泾县国资办主任陈刚的任职资格。")
    assert {g[3] for g in got if g[0] == "陈刚"} == {"nominated"}


def test_a_proposed_post_with_de_before_the_name():
    got = held("泾县人大常委会任前公示\n拟任泾县人民政府副县长的陈刚，男，1975年生。")
    assert ("陈刚", "泾县", "副县长", "nominated") in got
    assert ("陈刚", "泾县", "副县长", None) not in got


def test_a_post_with_de_before_a_name_and_no_proposal_names_none():
    assert not held("泾县召开会议\n泾县县长的王刚出席。")
