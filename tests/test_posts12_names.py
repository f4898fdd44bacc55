"""Names the finder could not read after a post: a one-character given name that is a particle
elsewhere (县委副书记邓为出席会议: not a clause 邓 + 为…), a family name and first given character
that make a common noun (庄稼祥, as 王家波) closed by a verb that follows names; and what must
stay no name (县委书记张为大家作报告, 县委书记王和县长…: a clause runs on)."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_a_particle_alone_as_given_name_before_a_verb():
    assert ("邓为", "泾县县委", "副书记", None) in held("泾县召开会议\n县委副书记邓为出席会议。")
    got = held("泾县召开会议\n县委副书记邓为、县长刘军出席会议。")
    assert ("邓为", "泾县县委", "副书记", None) in got
    assert ("李和", "泾县", "副县长", None) in held("泾县召开会议\n副县长李和同志主持会议。")


def test_a_particle_running_on_into_a_clause_is_no_name():
    assert not held("泾县召开会议\n县委书记张为大家作报告。")
    got = held("泾县召开会议\n县委书记王和县长刘军出席会议。")
    assert not {g for g in got if g[0].startswith("王")}


def test_a_common_noun_opening_a_three_character_name_before_a_verb():
    got = held("泾县召开会议\n县委副书记庄稼祥出席会议。")
    assert ("庄稼祥", "泾县县委", "副书记", None) in got


def test_a_noun_phrase_after_a_post_is_still_no_name():
    assert not held("泾县召开会议\n县委书记高度重视。")
    assert not held("泾县召开会议\n县长王家人出席会议。")


def test_a_count_after_a_list_of_names_is_no_given_name():
    got = held("永丰县人大常委会召开会议\n会议表决通过了关于陈月洪、朱春龙两位同志辞去县人大常委会委员的辞呈。")
    assert {g[0] for g in got} == {"陈月洪", "朱春龙"}
    assert {g[3] for g in got} == {"removed"}


def test_no_list_of_names_starts_inside_a_word():
    got = held("永丰县人大常委会召开会议\n会议审议了关于陈月洪、朱春龙同志辞去县人大常委会委员的请求。")
    assert not {g for g in got if g[0].startswith("于")}


def test_a_common_noun_opening_a_three_character_name_before_a_conjunction():
    got = held("泾县召开会议\n县委常委、常务副县长王家波及县直有关部门负责人参加会议。")
    assert ("王家波", "泾县", "常务副县长", None) in got
    assert not held("泾县召开会议\n县长王家人和孩子参加。")
