"""Posts in the news of people's congress standing committees (county and city level): a list of
names with a count after it (任命吕靖、李保庚、李超群三位同志为…委员), removals whose posts follow the
names directly (免去A、B孟州市人民政府副市长职务), common family names (傅, 阎), and names whose first
two characters are a place word of the dictionary that no finder read there (黄东军, 卫国胜).
Sentences written in the shape of such reports."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def posts(text: str) -> set[tuple]:
    """(person, body, post, status) of every post held."""
    return held_posts(_PIPE(text_doc(text)))


def test_a_count_after_the_listed_names_keeps_the_appointment():
    got = posts("永丰县人大常委会召开会议\n会议决定任命吕靖、李保庚、李超群三位同志为永丰县监察委员会委员。")
    assert {p[0] for p in got if p[1] == "永丰县监察委员会" and p[2] == "委员"} == {"吕靖", "李保庚", "李超群"}
    got = posts("永丰县人大常委会召开会议\n会议决定任命吕靖、李保庚等2名同志为永丰县监察委员会委员。")
    assert {p[0] for p in got if p[1] == "永丰县监察委员会"} == {"吕靖", "李保庚"}


def test_removed_names_followed_by_their_posts():
    got = posts("孟州市人大召开常委会\n会议决定免去汤文胜、李建国孟州市人民政府副市长职务。")
    assert {p[0] for p in got if p[1] == "孟州市" and p[2] == "副市长"} == {"汤文胜", "李建国"}
    assert all(p[3] is not None for p in got if p[0] in ("汤文胜", "李建国"))


def test_common_family_names_and_place_words_opening_a_name():
    got = posts("永丰县人大常委会召开会议\n县人大常委会主任傅伟,副主任黄东军、雷永发出席会议,副主任阎红主持会议。")
    names = {p[0] for p in got if p[1] == "永丰县人大常委会"}
    assert {"傅伟", "黄东军", "雷永发", "阎红"} <= names
    got = posts("孟州市人大召开常委会\n会议任命卫国胜为孟州市人民政府副市长。")
    assert ("卫国胜", "孟州市", "副市长", "appointed") in got


def test_a_place_the_finders_read_is_still_no_name():
    got = posts("黄山市召开会议\n市委书记李明在黄山区调研,副市长王强陪同。")
    assert not {p for p in got if p[0].startswith("黄山")}
