"""Messy pages of round messy32: statistics tables of city and county bureaus scraped as text.

A bureau's progress table scraped with its cell bars writes a dash for a column with no value
(`本地生产总值(亿元) | —— | 2527.54 | 11.5 |`: no monthly figure, the year's sum after it).  The row
reader wanted the row's first figure right after its label, so the whole row was lost.  A cell
bar after a figure (`| 1.54个百分点 |`, `人口 | 5.2万人`) was read as part of the figure's name
(` |`, `人口 |`), and a table's `#` that marks a row as part of the row above (`#出口产品交货值`,
其中) stayed in the name.  A table converted one cell a line, its header too (指标⏎本月⏎比上年同月
增长(%)⏎社会消费品零售总额(亿元)⏎86.52⏎6.3), lost its growth cells: a bare figure alone on a line
was no percentage, and when read it was named `%`.  The texts are written for these tests in the shapes seen on the pages."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _metrics(doc: Doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_dash_cell_before_the_first_figure_keeps_the_row():
    """`—— |` is an empty cell: the figure after it is still the row's, in the row's unit."""
    text = ("指标 | 9月 | 1-9月累计 | 累计增长% |\n"
            "地区生产总值(亿元) | —— | 2527.54 | 11.5 |\n"
            "税收收入(亿元) | … | 86.20 | 4.1 |\n")
    got = _metrics(_doc(text))
    assert ("地区生产总值", 252754000000, "元") in got
    assert ("地区生产总值累计增长", 11.5, "%") in got
    assert ("税收收入", 8620000000, "元") in got


def test_a_figure_after_a_dash_cell_under_a_growth_column_is_no_level():
    """指标 | 1-6月 | 增长% over 规模以上工业增加值(亿元) | —— | 6.8 |: past the empty cell the figure
    stands under the growth column, so it is no 6.8亿元; nor is one read with no header above."""
    text = "指标 | 1-6月 | 增长% |\n规模以上工业增加值(亿元) | —— | 6.8 |\n"
    assert not any(u == "元" for _i, _v, u in _metrics(_doc(text)))
    assert not any(u == "元" for _i, _v, u in _metrics(_doc("规模以上工业增加值(亿元) | —— | 6.8 |\n")))


def test_a_dash_cell_is_no_figure():
    """The dash itself is read as nothing, and a row of dashes only gives no figure."""
    text = "指标 | 9月 | 1-9月累计 |\n地区生产总值(亿元) | —— | —— |\n"
    assert not _doc(text).metrics


def test_a_cell_bar_is_no_part_of_a_name():
    """`| 1.54个百分点 |` after a row's figure, `人口 | 5.2万人`: the bar parts cells, it names nothing."""
    doc = _doc("8月 | 1-8月累计 | 累计 | |\n亏损面(%) | —— | 24.61 | 1.54个百分点 |\n")
    assert all("|" not in m.indicator and m.indicator.strip() for m in doc.metrics)
    assert ("亏损面", 24.61, "%") in _metrics(doc)
    doc = _doc("常住人口 | 5.2万人 |\n")
    assert ("常住人口", 52000, "人") in _metrics(doc)


def test_a_part_row_mark_is_no_part_of_a_name():
    """`#出口产品交货值`, `＃吃的商品`: the mark says the row is part of the one above."""
    text = ("规模以上工业销售产值(亿元) | 566.49 |\n"
            "#出口产品交货值(亿元) | 176.61 |\n"
            "＃内销产值(亿元) | 389.88 |\n")
    got = _metrics(_doc(text))
    assert ("出口产品交货值", 17661000000, "元") in got
    assert ("内销产值", 38988000000, "元") in got


def test_growth_cells_set_one_a_line_under_a_header_set_one_a_line():
    """A bureau's table converted one cell a line (the header too): the bare growth cell after the
    row's value is a percentage, named by its column (比上年同月增长(%)), not a bare `%`."""
    text = ("指标\n本月\n比上年同月增长(%)\n"
            "社会消费品零售总额(亿元)\n86.52\n6.3\n"
            "限额以上单位消费品零售额(亿元)\n30.18\n-2.4\n")
    got = _metrics(_doc(text))
    assert ("社会消费品零售总额", 8652000000, "元") in got
    assert ("社会消费品零售总额比上年同月增长", 6.3, "%") in got
    assert ("限额以上单位消费品零售额比上年同月增长", -2.4, "%") in got


def test_stacked_cells_stop_at_a_column_of_no_known_unit():
    """指标⏎本月⏎增长(%)⏎1-本月⏎增长(%): the year-to-date sum has no unit the row names for it, so
    the cells after it are not read (which figure would the growth measure?)."""
    text = ("指标\n本月\n增长(%)\n1-本月\n累计增长(%)\n"
            "地方财政收入(亿元)\n3.21\n4.5\n35.80\n2.2\n")
    got = _metrics(_doc(text))
    assert ("地方财政收入增长", 4.5, "%") in got
    assert not any(v == 2.2 for _i, v, _u in got)


def test_a_figure_line_under_prose_is_no_table_cell():
    """A figure alone on a line after prose: no header run above it, nothing read as a column."""
    text = ("全县地区生产总值(亿元)\n128.6\n5.1\n"
            "以上数据为初步统计，最终以年报为准。\n")
    got = _metrics(_doc(text))
    assert not any(v == 5.1 and u == "%" for _i, v, u in got)


def test_points_after_a_rate_in_a_row_with_no_header_move_that_rate():
    """亏损面(%) | 24.61 | 1.54个百分点 |: no column name above, the points are the row's rate moving
    (亏损面 up 1.54 points), not a figure named by its unit (`个百分点`)."""
    got = _metrics(_doc("亏损面(%) | 24.61 | 1.54个百分点 |\n"))
    assert ("亏损面", 1.54, "个百分点") in got
    assert not any(i == "个百分点" for i, _v, _u in got)


def test_attachment_file_names_are_page_furniture():
    """A notice's download list (`1.某县隐患排查表.xls`, `2.某县重点企业名单（共56家）.doc`) links files:
    no figure (56家 of `名单（`) nor name is read from a file's name; the article's prose still is."""
    text = ("某县召开安全生产工作会议\n"
            "3月11日，某县召开安全生产工作会议。全县共排查隐患326处，已整改310处。\n"
            "附件：\n"
            "1.某县安全生产隐患排查表.xls\n"
            "2.某县2024年重点企业名单（共56家）.doc\n"
            "附件3：某县整改台账.pdf（35KB）\n")
    doc = _doc(text)
    got = _metrics(doc)
    assert ("排查隐患", 326, "处") in got
    assert not any(v == 56 for _i, v, _u in got)
    body = "".join(text[s:e] for a in doc.articles for s, e in a.spans)
    assert ".xls" not in body and ".doc" not in body and ".pdf" not in body


def test_a_prose_line_ending_in_a_file_name_stays():
    """A sentence that names a file at its end is prose (a clause mark before it): kept."""
    from kg.stages.chrome import classify
    assert classify("会议审议通过了方案，全县共投入资金3亿元，详见附件.pdf") is None
    assert classify("2.某县2024年重点企业名单（共56家）.doc") is not None
    assert classify("某县实施方案.PDF 下载") is not None


def test_a_metadata_block_scraped_as_a_table_dates_the_page():
    """`[ 成文日期 ] | 2025-03-28 | [ 发布日期 ] | 2025-03-29 |`: a bureau page's metadata block scraped
    with its cell bars — the bar between a label and its date left the page undated."""
    for head in ("[ 成文日期 ] | 2025-03-28 | [ 发布日期 ] | 2025-03-29 |",
                 "成文日期 | 2025-03-28 | 发布日期 | 2025-03-29 |"):
        doc = _doc(head + "\n某县统计公报\n全年全县实现地区生产总值155.3亿元，同比增长5.2%。\n")
        assert doc.date == "2025-03-29"


def _body(doc: Doc) -> list[str]:
    return [doc.text[s:e] for a in doc.articles for s, e in a.spans]


def test_a_lone_fraction_line_is_content():
    """`3/12` alone on a line with no page evidence (no form feed, no page numbered before or after
    it) is a fraction a report writes (完成进度) or a table's cell: it stays in the text."""
    doc = _doc("某县召开安全生产工作会议\n3月11日，某县召开安全生产工作会议。\n3/12\n会议要求，各乡镇要压实责任。\n")
    assert "3/12" in _body(doc)


def test_bare_page_numbers_numbered_one_by_one_are_dropped():
    """`1/3`, `2/3`, `3/3` each after a page of text: page numbers, not content."""
    page = "全县共排查隐患326处，已整改310处，整改率95.1%，其余隐患正在整改之中，各乡镇要压实责任。" * 5
    text = "某县安全生产工作情况通报\n" + page + "\n1/3\n" + page + "\n2/3\n" + page + "\n3/3\n"
    body = _body(_doc(text))
    assert not any(x in ("1/3", "2/3", "3/3") for x in body)


def test_a_stacked_row_shorter_than_its_header_reads_no_column():
    """指标⏎本月⏎比上年同月增长(%)⏎1-本月⏎比上年同期增长(%) over a row of two figures only: the lines
    right above would be taken for a header starting at 比上年同月增长(%) — no corner word (指标) opens
    them, so no column is named (the growth is not said to be the year-to-date one)."""
    text = ("指标\n本月\n比上年同月增长(%)\n1-本月\n比上年同期增长(%)\n"
            "地方财政收入(亿元)\n3.21\n4.5\n")
    got = _metrics(_doc(text))
    assert not any(i.endswith("比上年同期增长") for i, _v, _u in got)


def test_a_size_class_with_ji_yishang_in_a_note_is_no_figure():
    """主要指标解释: 规模以上工业企业指年主营业务收入2000万元及以上的工业企业 — the bound names a class
    (及以上, as 以上 does), it is no figure: no `及以上` 2000万元 was a fact of the bulletin."""
    for text in ("规模以上工业企业指年主营业务收入2000万元及以上的工业企业。\n",
                 "(3) 规模以上工业企业 指年主营业务收入2000万及以上的工业企业。\n"):
        got = _metrics(_doc(text))
        assert not any(v == 20000000 for _i, v, _u in got)
        assert not any(i.startswith("及以上") for i, _v, _u in got)


def test_a_joint_notice_under_its_document_number_has_its_title():
    """`来苏委发〔2021〕68号` / `中共某镇委员会` / `某镇人民政府` / `关于印发《…》的通知`: a notice issued
    jointly names its issuers one a line over its matter; under the document number the page had
    no title (the second issuer line was taken for no part of one)."""
    text = ("某委发〔2021〕68号\n\n中共某省某县某镇委员会\n某省某县某镇人民政府\n"
            "关于印发《某镇村民委员会换届选举工作方案》的通知\n\n各村党总支、村委会：\n"
            "《某镇村民委员会换届选举工作方案》已经镇党委同意，现印发给你们，请结合实际，抓好落实。\n")
    titles = [a.title for a in _doc(text).articles]
    assert titles and titles[0] and titles[0].endswith("关于印发《某镇村民委员会换届选举工作方案》的通知")
