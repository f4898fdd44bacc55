"""A name written before its post (王忠林省长出席…, 李强总理出席…): the head of a government holds
the post in the article's place, a national post (总理, 国务委员, 外长) in the central organ it
implies; a post that implies no body gives nothing, and common words or foreign leaders are no
such names.  Sentences written like government news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "numbers", "entities", "resolve", "posts"))


def posts(text: str) -> set[tuple[str, str, str]]:
    """(person, body, post) of every post held."""
    doc = _PIPE(text_doc(text, "t"))
    out = set()
    for r in doc.relations:
        if r.predicate == "holdsPost":
            s, o = doc.entities[r.subject], doc.entities[r.object]
            out |= {(s.name, o.name, p["post"]) for p in r.posts}
    return out


def test_head_of_a_province_named_before_the_post():
    got = posts("湖北省召开全省经济工作会议\n12月1日，湖北省召开全省经济工作会议。"
                "王忠林省长出席会议并讲话。毛伟明副省长主持会议。")
    assert ("王忠林", "湖北省", "省长") in got
    assert ("毛伟明", "湖北省", "副省长") in got


def test_national_posts_after_a_name_imply_the_central_organ():
    got = posts("外交部举行记者会\n12月1日，王毅国务委员兼外长出席招待会并致辞。李强总理出席会议。")
    assert ("王毅", "国务院", "国务委员") in got
    assert ("王毅", "外交部", "外长") in got
    assert ("李强", "国务院", "总理") in got


def test_a_post_that_implies_no_body_gives_nothing():
    assert posts("渠县召开安全生产会议\n会上，李建国局长作了讲话。") == set()


def test_common_words_before_a_post_are_no_names():
    got = posts("邯郸市召开会议\n全县县长会议在邯郸市召开。市委书记出席会议。")
    assert got == set()


def test_a_foreign_leader_named_after_the_country_holds_no_chinese_post():
    got = posts("中印两国领导人会晤\n印度莫迪总理表示，愿同中方加强合作。")
    assert not any(b == "国务院" for _, b, _ in got)
    got = posts("两国关系稳步发展\n普罗迪总理表示，意大利政府把发展对华关系摆在首位。")
    assert not any(b == "国务院" for _, b, _ in got)


def test_a_name_is_the_shortest_before_the_posts():
    got = posts("萧山区召开会议\n王伟副区长出席会议并讲话。")
    assert {p for p, _, _ in got} == {"王伟"}
