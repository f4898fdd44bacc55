"""Messy pages of round messy24: a county portal's 领导信息 page whose leaders stand in an HTML table
(name, post and duties in cells of one row), a widget counter whose value carries a thousands comma
(`人气:8,917` under a news repost), and a page whose headline is set in 【】 right over its date and
source line.  The sentences are written for these tests in the shapes seen on county portals and
news reposts."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.html import html_to_text
from kg.stages.chrome import classify
from kg.stages.layout import split_articles

_LEADERS = ("<html><head><title>领导信息</title></head><body><h1>平阳县人民政府领导信息</h1>"
            "<table><tr><th>姓名</th><th>职务</th><th>分管工作</th></tr>"
            "<tr><td>王志刚</td><td>县长</td><td><p>主持县政府全面工作。</p></td></tr>"
            "<tr><td>刘晓梅</td><td>副县长</td><td>负责教育、卫生健康工作。</td></tr></table></body></html>")


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _held(doc: Doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_table_row_of_one_line_cells_reads_as_one_line():
    """A leader table's row (`<td>王志刚</td><td>县长</td><td>…</td>`) reads as on screen, its cells on
    one line apart by a space; set one cell a line, the name, the post and the duties were unrelated."""
    text, _ = html_to_text(_LEADERS)
    assert "王志刚 县长 主持县政府全面工作。" in text.split("\n\n")
    assert "姓名 职务 分管工作" in text.split("\n\n")


def test_a_page_laid_out_in_a_table_keeps_its_lines():
    """An old portal sets its whole article in one cell: a cell of several lines keeps them."""
    html = "<html><body><table><tr><td><p>县政府召开常务会议</p><p>会议研究了防汛工作。</p></td></tr></table></body></html>"
    assert html_to_text(html)[0] == "县政府召开常务会议\n\n会议研究了防汛工作。"


def test_unclosed_cells_and_nested_tables_keep_their_order():
    """`<td>王某<td>县长` (no end tags) ends a cell at the next, as browsers read it; a table nested in
    a cell writes into that cell, in the page's order."""
    assert html_to_text("<html><body><table><tr><td>王某<td>县长<tr><td>李某<td>副县长</table>后</body></html>")[0] \
        == "王某 县长\n\n李某 副县长\n\n后"
    nested = "<html><body><table><tr><td>甲<table><tr><td>乙</td><td>丙</td></tr></table></td><td>丁</td></tr></table></body></html>"
    assert html_to_text(nested)[0] == "甲\n\n乙 丙\n\n丁"


def test_the_leaders_of_a_table_hold_their_posts():
    """王志刚 县长 主持…。: the name opening a row holds the post of the next cell, in the county the
    page names; a row with no duties (`刘晓梅 副县长`, the page's last line) holds it too."""
    doc = _doc(html_to_text(_LEADERS)[0])
    assert {("王志刚", "平阳县"), ("刘晓梅", "平阳县")} <= _held(doc)
    doc = _doc("平阳县人民政府领导信息\n\n王志刚 县长\n\n刘晓梅 副县长")
    assert {("王志刚", "平阳县"), ("刘晓梅", "平阳县")} <= _held(doc)


def test_rows_are_not_run_together():
    """A header row and the rows under it end no sentence; joined as a broken column they read
    `…领导信息姓名 职务 分管工作王志刚 县长…`: each row stays a sentence of its own."""
    doc = Pipeline(("simplified", "layout", "sentences"))(
        Doc(id="p", source="p.txt", text="平阳县人民政府领导信息\n\n姓名 职务 分管工作\n\n王志刚 县长\n\n刘晓梅 副县长"))
    assert [s.text for a in doc.articles for s in a.sentences][-2:] == ["王志刚 县长", "刘晓梅 副县长"]


def test_a_post_cell_must_end_with_its_cell():
    """王志刚 县长办公会议纪要: the post word runs on into a longer phrase, so no row's post."""
    assert not _held(_doc("平阳县人民政府\n\n王志刚 县长办公会议纪要"))


def test_a_counter_with_a_thousands_comma_is_chrome():
    """人气:8,917 or 浏览：1,024次 under a repost is a widget's counter, not the article's title or text:
    the comma of a thousands figure is no clause's."""
    for line in ("人气:8,917", "浏览：1,024次", "阅读：10万+"):
        assert classify(line) is not None, line
    arts = split_articles(Doc(id="p", source="p.txt", text="县政府召开常务会议\n\n会议研究了防汛工作。\n\n人气:8,917\n"))
    assert [a.title for a in arts] == ["县政府召开常务会议"]


def test_a_headline_in_brackets_over_its_stamp_is_the_title():
    """【政协年中工作会议】 right over `2015-09-23 来源: 某区` is the page's headline set in brackets;
    a column's label (【图片新闻】 over prose) is still dropped."""
    arts = split_articles(Doc(id="p", source="p.txt", text=(
        "【区政协年中会议】\n\n2015-09-23 来源: 普陀区\n\n8月7日，区政协在区图书馆召开年中工作会议。")))
    assert [a.title for a in arts] == ["区政协年中会议"]
    arts = split_articles(Doc(id="p", source="p.txt", text="【图片新闻】\n\n8月28日下午，县领导慰问参会的政协委员。"))
    assert [a.title for a in arts] == [None]


def test_a_post_cell_naming_its_body_is_read():
    """王志刚 县委副书记、县长 …: the post cell may name the posts' bodies (the county's committee, its
    government's leading group): each is held, the body found in the article's county."""
    doc = _doc("平阳县人民政府领导信息\n\n王志刚 县委副书记、县长 主持县政府全面工作。\n\n刘晓梅 县委常委、常务副县长")
    assert {("王志刚", "平阳县委"), ("王志刚", "平阳县"), ("刘晓梅", "平阳县委"), ("刘晓梅", "平阳县")} <= _held(doc)


def test_counts_set_by_their_words_are_chrome():
    """阅读 1234, 阅读(1,024), 阅读数：1234 点赞：12, a WeChat post's 阅读 1.2万 在看 35 and a counter's
    sentence (本文已被阅读1234次, 已有56人阅读) are a page widget's counts, never article text; a line
    that only names the word (阅读) or a figure's sentence (阅读量增长12%) is no counter."""
    for line in ("阅读 1234", "阅读(1,024)", "访问次数: 1,234", "阅读数：1234 点赞：12", "阅读 1.2万 在看 35",
                 "本文已被阅读1234次", "已有56人阅读"):
        assert classify(line) is not None, line
    for line in ("阅读", "阅读量增长12%", "转发12次，评论3条"):
        assert classify(line) is None, line
    arts = split_articles(Doc(id="p", source="p.txt", text="县政府召开常务会议\n\n阅读 1,234\n\n会议研究了防汛工作。\n"))
    assert [a.title for a in arts] == ["县政府召开常务会议"]


def test_a_leader_page_head_runs_not_into_the_first_name():
    """平阳县人民政府领导信息 over a leader set in blocks (`<h3>王志刚</h3><p>县长</p>`, one a line): the page's
    head is a whole line, as a document's title is; run into the name (…领导信息王志刚县长…), the
    name opened no clause and held no post."""
    doc = _doc("平阳县人民政府领导信息\n\n王志刚\n\n县长\n\n主持县政府全面工作。\n\n刘晓梅\n\n副县长\n\n负责教育工作。")
    assert {("王志刚", "平阳县"), ("刘晓梅", "平阳县")} <= _held(doc)


def test_a_profile_set_as_fields_gives_the_post():
    """姓名：刘晓梅 ⏎ 职务：副县长 (labels letter-spaced or not, the field lines joined or one a line): a
    leader's profile page; the name holds the posts of the field after it.  A post field running on
    into a longer word (职务：县长助理员) gives nothing; 县长助理 is a post of its own (hebei89: held in the
    county), never 县长."""
    doc = _doc("平阳县人民政府领导信息\n\n姓名：王志刚\n\n职务：县委副书记、县长\n\n分工：主持县政府全面工作。")
    assert {("王志刚", "平阳县委"), ("王志刚", "平阳县")} <= _held(doc)
    assert ("刘晓梅", "平阳县") in _held(_doc("平阳县人民政府领导信息\n\n姓　名：刘晓梅\n职　务：副县长\n分　工：负责教育工作。"))
    assert not _held(_doc("平阳县人民政府\n\n姓名：王志刚\n\n职务：县长助理员"))
    doc = _doc("平阳县人民政府\n\n姓名：王志刚\n\n职务：县长助理")
    assert {p["post"] for r in doc.relations if r.predicate == "holdsPost" for p in r.posts} <= {"县长助理"}


def test_tables_nested_deep_read_as_blocks():
    """Tables nested past a few levels (a hostile or broken page: 20,000 `<table><tr><td>` never closed)
    read as plain blocks, every word kept in order: a row's cells copied into the cell around it at
    every level made the reading quadratic."""
    n = 3000
    text = html_to_text("<html><body>" + "<table><tr><td>甲" * n + "</body></html>")[0]
    assert text.split("\n\n") == ["甲"] * n


def test_a_wechat_posts_counters_and_tools_are_chrome():
    """Under a WeChat repost: 阅读原文 阅读 2345, 阅读 2345 赞 12 在看 5, the bare widget 分享 收藏 点赞 在看,
    人气：8,917 次 and the head 喜欢此内容的人还喜欢 over other posts' titles: furniture, no text."""
    for line in ("阅读原文 阅读 2345", "阅读 2345 赞 12 在看 5", "分享 收藏 点赞 在看", "人气：8,917 次", "喜欢此内容的人还喜欢"):
        assert classify(line) is not None, line
    assert classify("全年接待游客 1234 人次") is None


def test_a_row_with_the_post_cell_first():
    """县长 王志刚 主持…。 / 县委常委、常务副县长 陈建华: a table whose post column comes before the name's;
    the name must fill its cell (县长 王志刚主持… is no row)."""
    doc = _doc("平阳县人民政府领导信息\n\n县长 王志刚 主持县政府全面工作。\n\n县委常委、常务副县长 陈建华")
    assert {("王志刚", "平阳县"), ("陈建华", "平阳县委"), ("陈建华", "平阳县")} <= _held(doc)
