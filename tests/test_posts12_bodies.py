"""Bodies of posts as district and county news write them: a committee whose place's level is
written twice (曲靖市市委书记, 麒麟区区委宣传部部长) is the place's committee named once; a party
department written after a county's name alone (荣县组织部) is its committee's; a body never runs
back over a leader and the verb he leads with (区委书记王某带领区委常委、宣传部部长张某)."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_a_city_committee_written_with_its_level_twice_is_named_once():
    got = held("曲靖市召开会议\n曲靖市市委书记李文荣出席会议并讲话。")
    assert ("李文荣", "曲靖市委", "书记", None) in got
    assert not {g for g in got if g[1] == "曲靖市市委"}


def test_a_district_department_written_with_its_level_twice_is_named_once():
    got = held("麒麟区召开会议\n麒麟区区委宣传部部长王兵主持会议。")
    assert ("王兵", "麒麟区委宣传部", "部长", None) in got


def test_a_two_character_county_keeps_its_level_before_the_committee():
    got = held("荣县召开会议\n荣县县委书记李文荣出席会议。")
    assert ("李文荣", "荣县县委", "书记", None) in got


def test_a_city_market_bureau_is_no_doubled_level():
    got = held("曲靖市召开会议\n曲靖市市场监管局局长王兵讲话。")
    assert {g for g in got if g[0] == "王兵" and g[1].startswith("曲靖市市场")}


def test_a_party_department_after_a_county_name_is_the_county_committees():
    got = held("荣县召开会议\n荣县组织部部长王兵讲话。")
    assert ("王兵", "荣县县委组织部", "部长", None) in got
    got = held("曲靖市召开会议\n曲靖市宣传部部长王兵讲话。")
    assert ("王兵", "曲靖市委宣传部", "部长", None) in got


def test_a_body_does_not_run_back_over_a_leader_and_his_verb():
    got = held("莲湖区领导调研街道工作\n10月31日，区委常委、区委书记洪增林带领区委常委、宣传部部长张龙愿深入西关街道调研。")
    assert not {g for g in got if "带领" in g[1]}
    assert {g for g in got if g[0] == "张龙愿" and g[1].endswith("区委宣传部") and g[2] == "部长"}
    got = held("莲湖区领导调研街道工作\n市长王增林率领区委常委、宣传部部长张龙愿深入西关街道调研。")
    assert not {g for g in got if "率领" in g[1]}


def test_hong_is_a_family_name_after_a_post():
    got = held("莲湖区领导调研街道工作\n10月31日，莲湖区委书记洪增林深入西关街道调研。")
    assert {g for g in got if g[0] == "洪增林" and g[2] == "书记"}


def test_flood_words_after_a_post_are_no_person():
    got = held("县召开防汛会议\n会议强调，县防汛抗洪指挥部负责洪水调度，确保安全。")
    assert not {g for g in got if g[0].startswith("洪")}
