"""Posts paired with names in two shapes of leadership news: names moving respectively
(王强、刘军分别从A局局长、B局局长调任C、D: the n-th name left the n-th post and took the n-th
one), and posts first, a copula, then the holders (西宁市委书记是王晓，; 县农业局局长、县林业局局长
分别是李强、丁敦武).  Counts that disagree pair nobody; a copula after no clause of posts names none."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_names_moving_respectively_from_posts_to_posts():
    got = held("泾县干部调整\n王强、刘军分别从泾县财政局局长、泾县税务局局长调任泾县县委副书记、泾县副县长。")
    assert ("王强", "泾县财政局", "局长", "former") in got
    assert ("刘军", "泾县税务局", "局长", "former") in got
    assert ("王强", "泾县县委", "副书记", "transferred") in got
    assert ("刘军", "泾县", "副县长", "transferred") in got
    assert not {g for g in got if g[0] == "王强" and g[1] in ("泾县税务局", "泾县")}


def test_moves_whose_counts_disagree_pair_nobody():
    got = held("泾县干部调整\n王强、刘军分别从泾县财政局局长、泾县税务局局长调任泾县县委副书记。")
    assert not {g for g in got if g[1] == "泾县县委"}


def test_posts_then_respectively_and_names():
    got = held("泾县召开会议\n县农业局局长、县林业局局长分别是李强、丁敦武。")
    assert ("李强", "泾县农业局", "局长", None) in got
    assert ("丁敦武", "泾县林业局", "局长", None) in got
    assert ("李强", "泾县林业局", "局长", None) not in got
    got = held("泾县召开会议\n泾县农业局局长、泾县林业局局长分别为李强、丁敦武。")
    assert ("丁敦武", "泾县林业局", "局长", None) in got


def test_a_post_is_a_name():
    got = held("西宁市召开会议\n西宁市委书记是王晓，市长是李明。")
    assert ("王晓", "西宁市委", "书记", None) in got
    assert ("李明", "西宁市", "市长", None) in got


def test_a_copula_after_no_clause_of_posts_or_before_no_name_names_none():
    got = held("泾县召开会议\n今年工作的重点是王家坝水库建设。县长是王强的老同事。泾县县委书记是第一责任人。")
    assert not got
    got = held("泾县召开会议\n农业局局长、林业局局长分别是李强。")
    assert not {g for g in got if g[0] == "李强"}


def test_a_post_before_the_news_is_former():
    got = held("青海省调整干部\n陈瑞峰兼任西宁市委书记。此前，西宁市委书记是王晓，王晓已调任陕西省委常委。")
    assert ("王晓", "西宁市委", "书记", "former") in got
    assert ("王晓", "西宁市委", "书记", None) not in got
    got = held("青海省调整干部\n此前西宁市委书记是王晓。")
    assert ("王晓", "西宁市委", "书记", "former") in got
