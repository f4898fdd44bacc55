"""Messy pages of round messy34: statistics bureaus' tables scraped one cell a line, the unit only
in the header.

A city bureau's monthly table page, scraped as text, sets every cell on a line of its own, the
header too, and names the unit once, in the header, often on a line of its own under the column's
name (总量⏎(亿元)⏎比上年同期⏎增长(%)); the rows' labels name no unit (地区生产总值⏎19349.31⏎-5.7).
Nothing of such a table was read: the row reader wanted the unit in the row's label.  A group line
of the table (按产业分) was joined to the row below it and named the row's figures.  The texts are
written for these tests in the shapes seen on the pages."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _metrics(text: str) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in _doc(text).metrics}


_HEAD = "某市生产总值\n\n总量\n\n(亿元)\n\n比上年同期\n\n增长(%)\n\n"


def test_a_unit_on_its_own_header_line_counts_the_first_column():
    """总量⏎(亿元) over 地区生产总值⏎2856.40⏎5.2: the row's first figure is 2856.40亿元."""
    text = _HEAD + "地区生产总值\n\n2856.40\n\n5.2\n\n第二产业\n\n1120.35\n\n4.8\n"
    got = _metrics(text)
    assert ("地区生产总值", 285640000000, "元") in got
    assert ("第二产业", 112035000000, "元") in got


def test_the_growth_cell_under_a_percent_column_names_the_row():
    """The second cell under 比上年同期⏎增长(%) is the row's growth, a fall with its minus sign."""
    text = _HEAD + "地区生产总值\n\n2856.40\n\n-1.3\n\n金融业\n\n512.60\n\n4.1\n"
    got = _metrics(text)
    assert ("地区生产总值比上年同期增长", -1.3, "%") in got
    assert ("金融业比上年同期增长", 4.1, "%") in got


def test_a_header_cell_with_its_unit_on_one_line():
    """总量(万吨) as one header cell: the rows' first figures are counted in 万吨."""
    text = "粮食生产\n总量(万吨)\n比上年增长(%)\n粮食总产量\n412.5\n2.1\n夏粮\n95.3\n1.4\n"
    got = _metrics(text)
    assert ("粮食总产量", 4125000, "吨") in got
    assert ("夏粮", 953000, "吨") in got


def test_a_group_line_is_no_part_of_the_row_label():
    """按产业分⏎第一产业⏎34.52: 按产业分 groups the rows below; the row is 第一产业."""
    text = _HEAD + "地区生产总值\n\n2856.40\n\n5.2\n\n  按产业分\n\n\n\n    第一产业\n\n34.52\n\n1.7\n"
    got = _metrics(text)
    assert ("第一产业", 3452000000, "元") in got
    assert not any(i.startswith("按产业分") for i, _v, _u in got)


def test_a_header_naming_no_unit_reads_no_level():
    """本月⏎增长% names no unit (the page counts 万元 but never says so): no level is read."""
    text = "现价工业产值\n本月\n增长%\n装备制造业\n2340183\n16.50\n电子信息业\n397416\n18.05\n"
    assert not any(u == "元" for _i, _v, u in _metrics(text))


def test_a_percent_column_before_the_unit_reads_no_level():
    """增长(%)⏎总量(亿元): the first figure column is the growth, no 亿元 level."""
    text = "某市生产总值\n增长(%)\n总量(亿元)\n地区生产总值\n5.2\n2856.40\n"
    assert not any(u == "元" for _i, _v, u in _metrics(text))


def _periods(text: str) -> dict[tuple[str, str], str | None]:
    return {(m.indicator, m.unit): m.period for m in _doc(text).metrics}


def test_the_caption_above_the_header_gives_the_rows_their_period():
    """表1 2024年1-9月全市主要指标 right above 总量⏎(亿元)⏎增长(%): the table's time is the caption's,
    for the level and its growth; the rows state none."""
    text = ("表1 2024年1-9月全市主要指标\n总量\n(亿元)\n比上年同期\n增长(%)\n"
            "地区生产总值\n2856.40\n5.2\n第三产业\n1512.60\n4.1\n")
    got = _periods(text)
    assert got[("地区生产总值", "元")] == "2024-01/2024-09"
    assert got[("地区生产总值比上年同期增长", "%")] == "2024-01/2024-09"
    assert got[("第三产业", "元")] == "2024-01/2024-09"


def test_a_caption_of_two_years_gives_no_period():
    """一季度与上年同期对比 over the header names two times: the caption says no one time of the rows."""
    text = ("统计数据\n2024年一季度与2023年一季度对比\n总量\n(亿元)\n比上年同期\n增长(%)\n"
            "地区生产总值\n2856.40\n5.2\n")
    got = _periods(text)
    assert got[("地区生产总值", "元")] is None


def test_a_table_caption_gives_its_rows_their_period():
    """表1 2024年1-9月全县主要经济指标 over a table after prose stating no time: its rows, on one
    line with cell bars or one cell a line, are of the caption's months."""
    prose = "某县统计局发布经济运行情况\n今年以来，全县经济运行总体平稳，主要指标稳中有进。\n"
    barred = prose + ("表1 2024年1-9月全县主要经济指标\n指标 | 单位 | 1-9月 | 增长% |\n"
                      "地区生产总值 | 亿元 | 285.6 | 5.2 |\n")
    got = _periods(barred)
    assert got[("地区生产总值", "元")] == "2024-01/2024-09"
    assert got[("地区生产总值增长", "%")] == "2024-01/2024-09"
    stacked = prose + "表1 2024年1-9月全县主要经济指标\n指标\n1-9月\n增长(%)\n一般公共预算收入(亿元)\n18.4\n3.1\n"
    assert _periods(stacked)[("一般公共预算收入", "元")] == "2024-01/2024-09"


def test_a_header_of_other_times_keeps_the_caption_from_the_rows():
    """表1 2024年9月… over 指标 | 9月 | 1-9月累计: the columns name their own times; the caption's
    month is no time of the row's cells."""
    text = ("某县统计局发布经济运行情况\n今年以来，全县经济运行总体平稳。\n"
            "表1 2024年9月全县主要经济指标\n指标 | 9月 | 1-9月累计 |\n地区生产总值(亿元) | 31.2 | 285.6 |\n")
    assert "2024-09" not in _periods(text).values()


def test_rows_named_by_places_are_left_unread():
    """浦东新区⏎8000.5 under 总量⏎(亿元): a table of districts — the row's label is a place, no
    indicator, and the figure counted is named only in the caption; no fact is read from it."""
    text = ("2022年上半年各区生产总值\n\n总量\n\n(亿元)\n\n比上年同期\n\n增长(%)\n\n"
            "浦东新区\n\n8000.5\n\n-3.1\n\n黄浦区\n\n1500.2\n\n-2.0\n")
    got = _metrics(text)
    assert not any(i.startswith(("浦东新区", "黄浦区")) for i, _v, _u in got)
