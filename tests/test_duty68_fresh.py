"""Round 68 (duty68): leaders' divisions of work (领导分工, 领导之窗, 调整领导分工的通知) of provincial,
municipal, district and county governments, from fresh texts of /tmp/s26/fresh/duty68 (陕西, 上海, 湖南,
广东, 辽宁 苏家屯区, 河南 梁园区, 浙江).  Fixes: a leader's name set on a line of its own holds the posts
that open the next line (`_name_line`); 原 before a post title (原常务副省长) marks the post held
before and opens no name 原常务; a name glued to its body and posts at a line's start holds them when
a comma, then the duties, follows (梁伟发省政府党组副书记,兼任…)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _held(doc) -> set[tuple[str, str, str]]:
    out = set()
    for r in doc.relations:
        if r.predicate == "holdsPost":
            for p in r.posts:
                out.add((doc.entities[r.subject].name, doc.entities[r.object].name, p["post"]))
    return out


def test_a_name_on_its_own_line_holds_the_posts_opening_the_next():
    """06-guangdong2017 (cnr.cn, 广东省政府领导同志分工): 林少春⏎常务副省长,负责…; 陈云贤⏎省政府党组成员,协助…
    (base: none of the six leaders set so was read, no person and no post)."""
    doc = extract_text("广东省政府领导同志分工\n具体分工如下:\n林少春\n常务副省长,负责发展改革、物价方面工作。\n"
                       "邓海光\n副省长,负责农业、水利方面工作。\n陈云贤\n省政府党组成员,协助省长负责商务、口岸工作。")
    got = _held(doc)
    assert ("林少春", "广东省", "常务副省长") in got, got
    assert ("邓海光", "广东省", "副省长") in got, got
    assert ("陈云贤", "广东省人民政府", "党组成员") in got, got


def test_a_name_line_before_a_line_of_no_posts_gives_nothing():
    """The rule's bound: the next line must open with posts ending at a clause mark (省长办公会 is no post)."""
    doc = extract_text("广东省政府召开会议\n马兴瑞\n省长办公会议研究了有关事项。\n李明\n介绍了全省情况。")
    assert not {h for h in _held(doc) if h[0] in ("马兴瑞", "李明")}, _held(doc)


def test_the_former_mark_before_a_post_opens_no_name():
    """05-guangdong2012 (南方日报, 广东省政府领导最新分工): 原常务副省长肖志恒继续担任常务副省长 (base: a
    person 原常务 holding 副省长 of 广东省); 原副县长王刚 likewise (base: a person 原副)."""
    doc = extract_text("广东省政府领导分工\n原常务副省长肖志恒继续担任常务副省长。")
    assert "原常务" not in _persons(doc) and "肖志恒" in _persons(doc), _persons(doc)
    county = extract_text("县政府召开会议\n原副县长王刚出席。")
    assert "原副" not in _persons(county) and "王刚" in _persons(county), _persons(county)


def test_a_name_glued_to_its_body_and_posts_before_a_comma_holds_them():
    """05-guangdong2012: 梁伟发省政府党组副书记,兼任省公安厅厅长。 李容根省政府党组成员,… (base: neither read)."""
    doc = extract_text("广东省政府领导分工\n梁伟发省政府党组副书记,兼任省公安厅厅长。\n李容根省政府党组成员,分管扶贫工作。")
    got = _held(doc)
    assert ("梁伟发", "广东省人民政府", "党组副书记") in got, got
    assert ("李容根", "广东省人民政府", "党组成员") in got, got
    plain = extract_text("广东省政府召开会议\n李明省长主持召开会议。")
    assert ("李明", "广东省", "省长") in _held(plain), _held(plain)


def test_a_name_line_then_posts_run_into_the_duties():
    """A 领导之窗 scrape of name, posts and duties one a line, the layout joining the posts' line to
    the duties' (王明军⏎县委副书记、县长主持县政府全面工作): the posts before a duty verb are the name's."""
    doc = extract_text("石泉县人民政府领导之窗\n\n王明军\n\n县委副书记、县长\n\n主持县政府全面工作，分管县审计局。")
    got = _held(doc)
    assert ("王明军", "石泉县", "县长") in got, got
    news = extract_text("石泉县召开会议\n\n王明军\n\n县委书记李刚主持召开会议。")
    assert not {h for h in _held(news) if h[0] == "王明军"}, _held(news)


def test_a_name_line_s_concurrent_post_after_jianren():
    """06-guangdong2017: 李春生⏎副省长兼任省公安厅厅长,负责公安… (base: no person; the name line alone
    read 副省长 only): the post after 兼任 is the same leader's."""
    doc = extract_text("广东省政府领导同志分工\n具体分工如下:\n林少春\n常务副省长,负责发展改革方面工作。\n"
                       "李春生\n副省长兼任省公安厅厅长,负责公安、司法方面工作。")
    got = _held(doc)
    assert ("李春生", "广东省", "副省长") in got and ("李春生", "广东省公安厅", "厅长") in got, got
