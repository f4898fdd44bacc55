"""Messy pages of round messy27: statistics tables of county portals and PDF conversions.

An HTML table comes out one row a paragraph (`地区生产总值 亿元 125.6 5.2` ⏎⏎ `规模以上工业增加值 亿元 40.1 6.8`):
layout ran the rows on as one broken sentence, a row's last figure meeting the next row's label, and
only the first row's figures were read.  Tables also write the percent sign once, in the column's
header (`增长%`, `比上年同期增长(%)`), leaving bare numbers in the cells; a minus sign written in a cell
after white space (`-3.4`) was dropped.  The rows are written for these tests in the shapes seen on
county statistics pages."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.html import html_to_text


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _metrics(doc: Doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


_TABLE = ("<html><body><p>2025年1-6月全县主要经济指标</p><table>"
          "<tr><td>指标</td><td>单位</td><td>数值</td><td>增长%</td></tr>"
          "<tr><td>地区生产总值</td><td>亿元</td><td>125.6</td><td>5.2</td></tr>"
          "<tr><td>规模以上工业增加值</td><td>亿元</td><td>40.1</td><td>6.8</td></tr>"
          "<tr><td>社会消费品零售总额</td><td>亿元</td><td>55.3</td><td>4.1</td></tr>"
          "</table></body></html>")


def test_html_table_rows_stay_apart():
    """One row a paragraph: each row is its own line, every row's figure is read with its label."""
    doc = _doc(html_to_text(_TABLE)[0])
    got = _metrics(doc)
    assert ("规模以上工业增加值", 4010000000, "元") in got
    assert ("社会消费品零售总额", 5530000000, "元") in got
    assert "5.2规模以上工业增加值" not in doc.articles[0].text


def test_a_percent_header_makes_bare_cells_percentages():
    """`增长%` in the header: the bare numbers of its column are the rows' growth in %."""
    got = _metrics(_doc(html_to_text(_TABLE)[0]))
    assert ("地区生产总值增长", 5.2, "%") in got
    assert ("社会消费品零售总额增长", 4.1, "%") in got


def test_a_header_naming_the_period_and_a_falling_row():
    """A PDF-converted table whose header names its period (`1-6月`) and whose growth is `(%)`; a row
    with `-3.4` fell: the sign is kept."""
    text = ("2025年1-6月全县主要经济指标\n指标名称 1-6月 比上年同期增长(%)\n"
            "地区生产总值(亿元) 86.4 5.6\n固定资产投资(亿元) 35.2 -3.4\n")
    got = _metrics(_doc(text))
    assert ("地区生产总值比上年同期增长", 5.6, "%") in got
    assert ("固定资产投资比上年同期增长", -3.4, "%") in got


def test_a_written_percentage_keeps_its_minus_sign():
    """`35.2 -3.4%` in a row under `增速`: the minus sign is the cell's, the fall is -3.4%."""
    text = "指标 单位 数值 增速\n固定资产投资 亿元 35.2 -3.4%\n社会消费品零售总额 亿元 41.7 4.9%\n"
    got = _metrics(_doc(text))
    assert ("固定资产投资增速", -3.4, "%") in got
    assert not any(ind == "%" for ind, _v, _u in got)


def test_a_header_without_a_percent_mark_leaves_bare_cells_alone():
    """`增长` with no % in the header nor in the cell: the column's unit is not said, no figure is made."""
    got = _metrics(_doc("指标 单位 数值 增长\n地区生产总值 亿元 86.4 5.6\n"))
    assert not any(u == "%" for _i, _v, u in got)


def test_an_unfilled_title_tag_is_no_title():
    """`<title>{{sitedesc}}</title>`, `<h1>${title}</h1>`: a page served with its template's tags
    unfilled; the tags are no title and no heading — the headline under them is the title."""
    html = ("<html><head><title>{{sitedesc}}</title></head><body><div>{{sitedesc}}</div><h1>${title}</h1>"
            "<p>县政府召开常务会议</p><p>3月5日，县长王明主持召开县政府常务会议。</p></body></html>")
    text, title = html_to_text(html)
    assert title is None
    assert "{{" not in text and "${" not in text
    doc = _doc(text)
    assert doc.articles[0].title == "县政府召开常务会议"


def test_a_tag_beside_the_headline_goes_with_its_separator():
    """`县政府召开常务会议_${sitename}`, `发布时间：{$time}`, an escaped server-side include and 帝国CMS's
    `[!--newstext--]`: the headline stays, the tags go."""
    html = ("<html><head><title>县政府召开常务会议_${sitename}</title></head><body>"
            "<h1>&lt;!--#echo var=\"title\"--&gt;</h1><p>[!--newstext--]</p>"
            "<p>发布时间：{$time}</p><p>3月5日，县长王明主持召开县政府常务会议。</p></body></html>")
    text, title = html_to_text(html)
    assert title == "县政府召开常务会议"
    assert text == "发布时间：\n\n3月5日，县长王明主持召开县政府常务会议。"


def test_a_text_line_of_tags_only_is_chrome():
    """A scrape saved as text: lines of unfilled tags ({{sitedesc}}, ${title}) stay out of the
    article, where they ran into its title."""
    doc = _doc("{{sitedesc}}\n\n${title}\n\n县政府召开常务会议\n\n3月5日，县长王明主持召开县政府常务会议。\n")
    assert doc.articles[0].title == "县政府召开常务会议"
    assert "sitedesc" not in doc.articles[0].text


def test_braces_in_prose_stay():
    """Braces around Chinese words or a line with text beside a tag are no template of a page."""
    doc = _doc("县政府召开常务会议\n\n会议强调{要抓好落实}，3月5日，县长王明主持召开县政府常务会议。\n")
    assert "{要抓好落实}" in doc.articles[0].text


def test_a_table_header_does_not_run_into_the_title():
    """`指标名称 单位 1-6月 增长%` under the table's title: a header naming its period is still a header;
    run on, it joined the title (`…主要经济指标指标名称 单位…`)."""
    doc = _doc("2025年1-6月全县主要经济指标\n\n指标名称 单位 1-6月 增长%\n\n地区生产总值 亿元 86.4 5.6\n")
    assert "指标指标名称" not in doc.articles[0].text
    assert ("地区生产总值增长", 5.6, "%") in _metrics(doc)


def test_a_header_set_one_cell_a_line_stays_apart():
    """A PDF conversion sets the header one cell a line (`指标` ⏎⏎ `单位` ⏎⏎ `1-6月` ⏎⏎ `增长%`): the
    cells ran into the title and into the first row's label, and the row's figure was lost."""
    doc = _doc("2025年1-6月全县主要经济指标\n\n指标\n\n单位\n\n1-6月\n\n增长%\n\n地区生产总值\n\n亿元\n\n86.4\n")
    assert "指标指标" not in doc.articles[0].text
    assert ("地区生产总值", 8640000000, "元") in _metrics(doc)


def test_a_percentage_past_an_unread_cell_is_left():
    """`1545.21 25.5 4611.01 5.2` under `本月 比去年同月增长(%) 1-本月 比去年同期增长(%)`: past a cell of no
    known unit the reading stops, rather than a percentage measuring nothing (`%`)."""
    got = _metrics(_doc("指标 本月 比去年同月增长(%) 1-本月 比去年同期增长(%)\n\n"
                        "社会消费品零售总额(亿元) 1545.21 25.5 4611.01 5.2\n"))
    assert ("社会消费品零售总额比去年同月增长", 25.5, "%") in got
    assert not any(ind == "%" for ind, _v, _u in got)


def test_an_interview_turn_opens_its_own_paragraph():
    """An interview page: the guest's body (`市统计局`) under the name and posts, then the host's turn
    (`主持人：各位网友大家好。`): the turn is a unit of its own, not run on into the body's line
    (`市统计局主持人：…`)."""
    doc = _doc("访谈嘉宾\n\n王建国 党组书记、局长\n\n市统计局\n\n主持人：各位网友大家好。\n\n嘉宾王建国：主持人好。\n")
    text = doc.articles[0].text
    assert "市统计局主持人" not in text
    assert "\n主持人：各位网友大家好。" in text


def test_a_header_cell_naming_this_month_is_no_time():
    """A table set one cell a line under its month (`2024年5月` ⏎⏎ `指标` ⏎⏎ `本月` ⏎⏎ `1-本月`), published
    the month after: `本月` names a column, the month the table is of, not the publication's month.
    (Round 39: the `1-本月` cell, 5874.2, is read too — the sum from January to that month.)"""
    text = ("2024年5月全市社会消费品零售总额 2024-06-18 来源:市统计局\n\n2024年5月\n\n指标\n\n本月\n\n比去年同月增长(%)\n\n1-本月\n\n"
            "社会消费品零售总额(亿元)\n\n1245.3\n\n3.1\n\n5874.2\n")
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text, date="2024-06-18"))
    periods = {(m.surface, m.period) for m in doc.metrics if m.indicator == "社会消费品零售总额"}
    assert periods == {("1245.3", "2024-05"), ("5874.2", "2024-01/2024-05")}


def test_a_hash_row_after_a_figure_cell_is_no_headline():
    """A table set one cell a line marks its 其中 rows with `#`, some indented by three spaces only
    (`   # 批发零售业` after the cell `25.5`): no markdown headline, the table stays one article."""
    text = ("2023年3月社会消费品零售总额\n\n指标\n\n本月\n\n比去年同月增长(%)\n\n社会消费品零售总额(亿元)\n\n1545.21\n\n"
            "25.5\n\n   # 批发零售业\n\n1412.17\n\n21.6\n")
    doc = _doc(text)
    assert [a.title for a in doc.articles if a.title == "批发零售业"] == []
    assert len(doc.articles) == 1


def test_a_markdown_headline_still_opens_an_article():
    """A markdown page's `# 标题` after prose stays a headline."""
    doc = _doc("# 县政府召开常务会议\n\n3月5日，县长王明主持召开县政府常务会议。\n\n# 县委召开全会\n\n3月6日，县委召开全会。\n")
    assert [a.title for a in doc.articles] == ["县政府召开常务会议", "县委召开全会"]
