"""Enterprise and university appointments (X同志任Y集团党委书记, X任Y大学校长) and foreign
ministers (美国国务卿布林肯): shapes of fresh news pages of 2023-2024."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_an_appointee_and_the_verb_are_no_part_of_the_organisation_after_them():
    doc = extract_text("集团召开干部大会\n会议宣布决定：张万顺同志任中轻集团党委书记、董事、总经理。")
    assert "中轻集团" in _orgs(doc) and not any("同志" in o or "任" in o for o in _orgs(doc))
    assert ("张万顺", "中轻集团", "党委书记", "appointed") in held_posts(doc)


def test_a_university_head_named_before_任_holds_the_post():
    doc = extract_text("高校书记校长调整\n中央批准：汪劲松同志任四川大学校长。22日，贾振元任大连理工大学校长。")
    assert {"四川大学", "大连理工大学"} <= _orgs(doc)
    got = held_posts(doc)
    assert ("汪劲松", "四川大学", "校长", "appointed") in got
    assert ("贾振元", "大连理工大学", "校长", "appointed") in got


def test_a_name_ending_in_a_character_of_a_verb_word_is_cut_from_the_organisation():
    doc = extract_text("集团召开干部大会\n会上宣布：夏吉胜任浙江南太湖城市开发控股集团有限公司总经理；"
                       "郭建全同志担任保利集团副总会计师。")
    assert "浙江南太湖城市开发控股集团有限公司" in _orgs(doc)
    assert not any(o.startswith(("吉胜", "郭建全")) for o in _orgs(doc))


def test_a_foreign_secretary_of_state_holds_the_post_in_the_state_department():
    doc = extract_text("王毅会见美国国务卿布林肯\n外交部长王毅在纽约应约会见美国国务卿布林肯。")
    assert ("布林肯", "美国国务院", "国务卿", None) in held_posts(doc)


def test_a_foreign_name_ends_before_the_verb_even_when_its_last_character_makes_a_word_with_it():
    doc = extract_text("外交部发言人答记者问\n王毅外长将在会议期间与美国国务卿布林肯进行会晤。")
    assert ("布林肯", "美国国务院", "国务卿", None) in held_posts(doc)


def test_a_concurrent_post_given_up_is_removed():
    doc = extract_text("禹城市调整县委书记\n省委批准：滕海强同志任中共禹城市委书记，张安民同志不再兼任中共禹城市委书记职务。")
    got = held_posts(doc)
    assert ("张安民", "禹城市委", "书记", "removed") in got
    assert ("滕海强", "禹城市委", "书记", "appointed") in got


def test_a_party_committee_after_a_university_post_is_the_universitys():
    doc = extract_text("高校书记校长调整\n李言荣同志不再担任四川大学校长、党委副书记职务。\n"
                       "裘新任上海市委宣传部副部长。")
    got = held_posts(doc)
    assert ("李言荣", "四川大学", "党委副书记", "removed") in got
    assert not any(body == "上海市党委" for _, body, _, _ in got)


def test_a_name_the_segmenter_runs_into_曾任_ends_before_it():
    doc = extract_text("高校新闻\n裘新曾任上海市委宣传部副部长。")
    assert ("裘新", "上海市委宣传部", "副部长", "former") in held_posts(doc)
