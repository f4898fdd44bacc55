"""Kinds of organisation alone name no body (集团公司总经理王某: the company is the article's, not one
called 集团公司), while a named company with the same kinds after its name still is one."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_kinds_of_organisation_alone_are_no_body():
    assert not {g for g in held("华能集团召开会议\n集团公司总经理王强出席会议。") if g[1] == "集团公司"}
    got = held("华能集团召开会议\n集团有限公司党委书记、董事长王强出席会议。")
    assert not {g for g in got if g[1].startswith("集团")}


def test_a_named_company_with_those_kinds_is_a_body():
    got = held("华能集团召开会议\n华能集团公司总经理王强出席会议。")
    assert ("王强", "华能集团公司", "总经理", None) in got
