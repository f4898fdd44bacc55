"""Messy pages of round messy26: county portals' 领导信息 pages that set their leaders without a
table, as a definition list (`<dl><dt>姓名</dt><dd>职务</dd></dl>`) or as list items of spans
(`<li><span>姓名</span><span>职务</span></li>`).  Read block by block, the name and the post were two
lines joined with nothing between (`王建国县委副书记` read as an agency 王建国县委) or ran together
(`张华副县长` read as a person 张华副).  The sentences are written for these tests in the shapes seen
on county portals."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.html import html_to_text

_DL = ("<html><head><title>领导信息_安吉县人民政府</title></head><body><h1>安吉县人民政府领导信息</h1>"
       "<dl class='ld'><dt>王建国</dt><dd>县委副书记、县长</dd></dl>"
       "<dl class='ld'><dt>李明</dt><dd>县委常委、常务副县长</dd><dd>负责县政府常务工作。</dd></dl>"
       "</body></html>")
_SPANS = ("<html><head><title>领导信息_安吉县人民政府</title></head><body><h1>安吉县人民政府领导信息</h1>"
          "<ul class='ldlist'><li><span class='name'>张华</span><span class='post'>副县长</span></li>"
          "<li><span class='name'>陈明</span><span class='post'>县委常委、副县长</span></li>"
          "<li><span class='name'>赵强</span> <span class='post'>副县长</span></li></ul></body></html>")


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _held(doc: Doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def _people(doc: Doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_definition_list_pair_reads_as_one_line():
    """`<dt>王建国</dt><dd>县委副书记、县长</dd>`: the term and its definitions are a row, read as on
    screen, apart by a space (as a table's row of short cells)."""
    lines = html_to_text(_DL)[0].split("\n\n")
    assert "王建国 县委副书记、县长" in lines
    assert "李明 县委常委、常务副县长 负责县政府常务工作。" in lines


def test_a_menu_definition_list_keeps_one_link_a_line():
    """A navigation `<dl>` (a heading and many links) is no leader's row: its links stay one a line."""
    html = ("<html><body><dl><dt>政务公开</dt><dd><a>政策文件</a></dd><dd><a>规划计划</a></dd>"
            "<dd><a>人事信息</a></dd></dl></body></html>")
    assert html_to_text(html)[0] == "政务公开\n\n政策文件\n\n规划计划\n\n人事信息"


def test_a_long_definition_stays_its_own_line():
    """A `<dd>` of several paragraphs (a profile) keeps its lines."""
    html = "<html><body><dl><dt>简历</dt><dd><p>男，汉族。</p><p>现任县长。</p></dd></dl></body></html>"
    assert html_to_text(html)[0] == "简历\n\n男，汉族。\n\n现任县长。"


def test_an_item_of_spans_reads_its_spans_apart():
    """`<li><span>张华</span><span>副县长</span></li>`: the spans are the item's cells, apart by a
    space, where they ran together."""
    lines = html_to_text(_SPANS)[0].split("\n\n")
    assert {"张华 副县长", "陈明 县委常委、副县长", "赵强 副县长"} <= set(lines)


def test_an_item_with_text_outside_its_spans_is_left_as_written():
    """A list page's item (`<li><a>标题</a><span>日期</span></li>`) and a styled word inside a
    sentence (`全县<span>粮食</span>增产`) are no cells."""
    html = ("<html><body><ul><li><a>关于印发方案的通知</a><span>2024-01-02</span></li>"
            "<li>全县<span>粮食</span>增产</li><li><span>一</span></li></ul></body></html>")
    assert html_to_text(html)[0] == "关于印发方案的通知2024-01-02\n\n全县粮食增产\n\n一"


def test_the_leaders_of_a_definition_list_hold_their_posts():
    """王建国 holds 县长 in 安吉县 and no agency 王建国县委 is read."""
    doc = _doc(html_to_text(_DL)[0])
    assert {("王建国", "安吉县"), ("李明", "安吉县")} <= _held(doc)
    assert not any("王建国" in e.name for e in doc.entities.values() if e.type != "Person")


def test_the_leaders_of_span_items_hold_their_posts():
    """张华, 陈明 and 赵强 hold their posts in 安吉县; no agency 陈明县委 is read."""
    doc = _doc(html_to_text(_SPANS)[0])
    assert {"张华", "陈明", "赵强"} <= _people(doc)
    assert {("张华", "安吉县"), ("陈明", "安吉县"), ("赵强", "安吉县")} <= _held(doc)
    assert not any("陈明" in e.name for e in doc.entities.values() if e.type != "Person")
