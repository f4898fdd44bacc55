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


# a statistics page converted from HTML or PDF with one table cell a line: the label with its unit in
# brackets, its figure alone on the next line (a county's 主要经济指标 page)
_CELLS = ("安吉县2024年1-6月主要经济指标\n\n地区生产总值（亿元）\n\n128.6\n\n一般公共预算收入（亿元）\n\n9.35\n\n"
          "社会消费品零售总额（亿元）\n\n45.2\n")


def _figures(doc: Doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_table_set_one_cell_a_line_keeps_its_cells_apart():
    """Across blank lines the cells ran together as a broken column (`…（亿元）128.6一般公共预算收入…`):
    a bare figure and a label ending with its unit are cells, never halves of a sentence."""
    doc = _doc(_CELLS)
    text = doc.articles[0].text
    assert "128.6一般" not in text and "）128.6" not in text
    assert "地区生产总值（亿元）\n128.6" in text


def test_a_cell_a_line_table_reads_each_figure_under_its_label():
    """地区生产总值（亿元）⏎128.6: the figure under a label is counted in the label's unit and measures it,
    as the same row set on one line does (地区生产总值（亿元） 128.6)."""
    got = _figures(_doc(_CELLS))
    assert ("地区生产总值", 12860000000, "元") in got
    assert ("一般公共预算收入", 935000000, "元") in got
    assert ("社会消费品零售总额", 4520000000, "元") in got
    tight = _figures(_doc("安吉县2024年主要指标\n城镇居民人均可支配收入（元）\n35612\n粮食产量（万吨）\n12.5\n"))
    assert ("城镇居民人均可支配收入", 35612, "元") in tight


def test_a_figure_in_prose_after_a_line_break_is_no_cell():
    """A line that goes on after its figure (`128.6亿元，增长5.6%。`) is prose, not a cell under a
    label: only a figure alone on its line is read in the label's unit."""
    from kg.stages.numbers import TABLE_ROW
    assert TABLE_ROW.search("地区生产总值（亿元）\n128.6亿元，同比增长5.6%。") is None
    assert TABLE_ROW.search("地区生产总值（亿元）\n128.6\n5.6\n").group("num") == "128.6"


def test_an_indented_hash_row_is_no_headline():
    """`     # 批发零售业`: a statistics table's 其中 row, indented, over its figures; read as a markdown
    headline it cut the table into articles titled by its rows.  A headline's `#` stands at most
    three spaces in."""
    text = ("2024年9月社会消费品零售总额\n\n社会消费品零售总额（亿元）\n\n1478.53\n\n     # 批发零售业\n\n1363.93\n\n"
            "       住宿餐饮业\n\n114.60\n")
    doc = _doc(text)
    assert len(doc.articles) == 1
    assert not any(a.title == "批发零售业" for a in doc.articles)
    assert len(_doc("## 县政府召开常务会议\n\n会议研究了防汛工作。\n\n## 全县开展安全生产大检查\n\n检查组深入企业。").articles) == 2


def test_a_tool_bars_brackets_alone_on_lines_are_chrome():
    """【 ⏎ 收藏 ⏎ 】 【 ⏎ 打印 ⏎ 】 【 ⏎ 关闭 ⏎ 】: a tool bar whose buttons stood one a line leaves its
    brackets alone on lines; the buttons are dropped as tools, so are the brackets."""
    from kg.stages.chrome import classify
    for line in ("【", "】", "】 【", "[ ]"):
        assert classify(line) is not None
    assert classify("【要闻】") is not None and classify("县政府召开常务会议") is None
    doc = _doc("人均地区生产总值怎么计算?\n来源: 日期:2023-05-15 【字号:\n大\n中\n小\n】\n"
               "人均地区生产总值=地区生产总值/地区常住人口年平均数\n【\n收藏\n】 【\n打印\n】 【\n关闭\n】\n")
    assert "】" not in doc.articles[0].text and "【" not in doc.articles[0].text


def test_a_leader_set_one_field_a_block_gives_no_false_agency():
    """`<h3>王建国</h3><p>县委副书记、县长</p>` read as lines apart by blank lines: run together they read
    `王建国县委副书记、县长李明县委常委…` (an agency 王建国县委, 李明 holding 县长).  A name does not run on
    into posts opening with their body, nor a line of posts into the next leader's name."""
    doc = _doc("安吉县人民政府领导信息\n\n王建国\n\n县委副书记、县长\n\n李明\n\n县委常委、常务副县长\n\n张华\n\n副县长\n")
    assert not any("王建国" in e.name or "李明" in e.name for e in doc.entities.values() if e.type != "Person")
    assert ("张华", "安吉县") in _held(doc)
    # (round 68, duty68: a name alone on its line holds the posts opening the next one — 李明 is 县委常委 and
    # 常务副县长 of 安吉县, his own line's posts, never the 县长 of the line before his name)
    assert {b for p, b in _held(doc) if p == "李明"} == {"安吉县委", "安吉县"}, _held(doc)
    assert ("王建国", "安吉县委") in _held(doc)


def test_a_name_over_a_bare_title_and_its_duties_still_reads_as_one_sentence():
    """`李明` / `常务副县长` / `负责县政府常务工作。`: the title opens the line, so the three run on
    (`李明常务副县长负责…`) and 李明 holds the post; so does the leader after a finished duty line."""
    doc = _doc("安吉县人民政府领导信息\n\n李明\n\n常务副县长\n\n负责县政府常务工作。\n\n赵强\n\n副县长\n\n负责教育工作。\n")
    assert {("李明", "安吉县"), ("赵强", "安吉县")} <= _held(doc)


def test_a_headline_with_its_stamp_on_one_line_is_split():
    """`某县召开…会议 2022-10-25 来源：县应急管理局`: a scrape's header set on one line; the headline is
    the title, the stamp and fields are chrome (the source kept as an issuer, the date read).  A
    headline with a bare date (a list page's item) and a site's name over its stamp stay whole."""
    doc = _doc("安吉县召开全县安全生产工作会议 2022-10-25 来源:县应急管理局\n\n"
               "10月24日，安吉县召开全县安全生产工作会议。会议由副县长李明主持。\n")
    assert doc.articles[0].title == "安吉县召开全县安全生产工作会议"
    assert "2022-10-25" not in doc.articles[0].text
    doc = _doc("安吉县召开全县安全生产工作会议 2022-10-25\n\n10月24日，安吉县召开全县安全生产工作会议。\n")
    assert doc.articles[0].title == "安吉县召开全县安全生产工作会议 2022-10-25"
    doc = _doc("安吉县召开安全生产会议\n安吉县政府 www.anji.gov.cn 2024-03-08 08:49 来源:安吉发布\n"
               "3月7日，安吉县召开安全生产会议。\n")
    assert doc.articles[0].title == "安吉县召开安全生产会议"


def test_a_table_with_a_unit_column_reads_each_figure_in_its_unit():
    """指标名称 单位 1-6月: the unit stands in a column of its own (`地区生产总值 亿元 128.6 5.6`, or one
    cell a line `地区生产总值` ⏎ `亿元` ⏎ `128.6`); the figure is counted in that unit and measures the
    row's label, not the unit (`亿元` read as the indicator) nor nothing."""
    rows = ("安吉县2024年1-6月主要经济指标\n指标名称 单位 1-6月 同比增长(%)\n地区生产总值 亿元 128.6 5.6\n"
            "一般公共预算收入 万元 93500 3.2\n")
    want = {("地区生产总值", 12860000000, "元"), ("一般公共预算收入", 935000000, "元")}
    assert want <= _figures(_doc(rows))
    cells = ("安吉县2024年1-6月主要经济指标\n\n指标名称\n\n单位\n\n1-6月\n\n同比增长(%)\n\n地区生产总值\n\n亿元\n\n"
             "128.6\n\n5.6\n\n一般公共预算收入\n\n万元\n\n93500\n\n3.2\n")
    assert want <= _figures(_doc(cells))
    assert "地区生产总值亿元" not in _doc(cells).articles[0].text


def test_a_sentence_set_in_styled_spans_is_no_row():
    """`<li><span>10月24日，</span><span>全县召开会议。</span></li>`: a sentence a word processor set in
    runs of spans keeps its text as written (a span with a clause mark before the last is no cell)."""
    html = "<html><body><ul><li><span>10月24日，</span><span>全县召开安全生产会议。</span></li></ul></body></html>"
    assert html_to_text(html)[0] == "10月24日，全县召开安全生产会议。"


def test_a_definition_list_of_labelled_fields_keeps_one_field_a_line():
    """A footer's or a metadata block's `<dl>` (`<dt>联系我们</dt><dd>地址：…</dd><dd>电话：…</dd>`) is
    no leader's row: its fields stay one a line, for the chrome reader to drop or keep them."""
    html = ("<html><body><dl><dt>联系我们</dt><dd>地址：安吉县昌硕街道</dd><dd>电话：0572-5123456</dd></dl>"
            "</body></html>")
    assert html_to_text(html)[0] == "联系我们\n\n地址：安吉县昌硕街道\n\n电话：0572-5123456"
