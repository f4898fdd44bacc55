"""Names the posts stage read short or not at all on fresh meeting and appointment pages:
戚永和担任 (和 the given name's last character), family names that are words of running text
as well (花, 寿: only after a post), and the US 国务院 written with one 国 (美国务院发言人)."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_given_name_ending_in_和_before_a_verb_of_taking_a_post_is_whole():
    doc = extract_text("县政府召开会议\n会议决定，戚永和担任县财政局局长。")
    assert ("戚永和", "县财政局", "局长", "appointed") in held_posts(doc)
    assert "戚永" not in _persons(doc)


def test_和_between_two_names_or_before_a_relative_clause_still_joins():
    doc = extract_text("县政府召开会议\n县委书记王刚和担任县长的李明出席会议。县长王刚和李明出席。")
    assert "王刚" in _persons(doc) and "王刚和" not in _persons(doc)


def test_a_rarer_family_name_is_read_after_a_post_and_in_its_list():
    doc = extract_text("市政协召开主席会议\n市政协主席高德金主持会议，秘书长花学筑出席会议。"
                       "市政协主席胡文容，副主席肖贵玉、陈群、寿子琪、钱锋在主席台就座。")
    got = {(p, post) for p, _, post, _ in held_posts(doc)}
    assert {("花学筑", "秘书长"), ("寿子琪", "副主席"), ("钱锋", "副主席")} <= got


def test_a_rarer_family_name_that_reads_as_a_word_after_a_post_is_no_name():
    doc = extract_text("县政府召开会议\n他在担任县长时表示，要抓好落实。县委书记明确要求各部门抓好落实。"
                       "局长国庆期间坚守岗位。办公室主任花了三天时间整理材料。局长明白了。")
    assert not _persons(doc) and not held_posts(doc)


def test_the_us_state_department_written_with_one_国_is_no_chinese_organ():
    doc = extract_text("中美外长会面\n美国务院发言人米勒称，这次会议是双方持续努力的一部分。")
    assert ("米勒", "美国国务院", "发言人", None) in held_posts(doc)
    assert "国务院" not in {e.name for e in doc.entities.values()}


def test_a_country_before_会见_is_no_parliament():
    doc = extract_text("外交新闻\n王毅在美国会见布林肯。")
    assert "美国国会" not in {e.name for e in doc.entities.values()}


def test_a_foreign_name_before_在_keeps_its_last_character():
    doc = extract_text("王毅会见布林肯\n中央外办主任王毅与美国国务卿布林肯在雅加达会面。")
    assert ("布林肯", "美国国务院", "国务卿", None) in held_posts(doc)


def test_a_post_held_now_before_a_name_without_a_comma():
    doc = extract_text("县政府新闻\n目前李明担任县财政局局长。王伟目前担任县教育局局长。")
    got = held_posts(doc)
    assert ("李明", "县财政局", "局长", None) in got and ("王伟", "县教育局", "局长", None) in got


def test_a_clause_of_作为_and_posts_before_a_name_gives_the_name_those_posts():
    doc = extract_text("县政府新闻\n会上，作为县委书记，王刚要求全县上下统一思想。")
    assert ("王刚", "县委", "书记", None) in held_posts(doc)


def test_a_clause_of_作为_with_a_possessive_gives_no_post():
    doc = extract_text("县政府新闻\n作为县长的代表，王刚出席会议。")
    assert not held_posts(doc)


def test_an_appointing_verb_is_no_part_of_the_body_after_it():
    doc = extract_text("澳门新闻\n行政长官岑浩辉根据规定，委任行政会委员张永春担任行政会发言人。")
    assert not any(e.name.startswith("委任") for e in doc.entities.values())
