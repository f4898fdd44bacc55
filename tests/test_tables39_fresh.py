"""Round 39 (tables39): statistics tables as bureaus and databases publish them — a monthly table's
cumulative column (本月止累计, 1-本月累计 beside 本 月), its change columns (比上年同月 ±%, 同比增减%), a
header set over two lines, a statistics database's by-place table (指标:… over 地区 | 2020年11月 | …), a
bulletin's table with a unit column and enumerated labels.  Each excerpt is from a fresh text of
/tmp/s23/fresh/tables39 (NBS by-province data, Guangdong statistics bureau and 文旅厅 tourism tables,
Sichuan tourism bureau) or, for the unit column, the Qinghai table the brief names."""
from kg.builder import extract_document
from kg.model import Doc


def _result(text: str, date: str | None = None):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    return extract_document(doc)


def _figures(text: str, date: str | None = None) -> list[tuple]:
    return [(m.indicator, m.value, m.unit, m.kind, m.period) for m in _result(text, date).metrics]


NBS_PROVINCES = """指标:工业增加值_同比增长(%) | ||||||
地区 | 2020年11月 | 2020年10月 | 2020年9月 | 2020年8月 | 2020年7月 | 2020年6月 |
河北省 | 8.7 | 10 | 7.3 | 6.4 | 5.6 | 3.7 |
山西省 | 10.7 | 12.6 | 14 | 10.7 | 2.8 | 4 |
内蒙古自治区 | 8.2 | 7.3 | -2.1 | -0.6 | -1.8 | 0.9 |
数据来源:国家统计局 |
"""


def test_by_province_table_gives_each_place_its_months():
    """河北省 | 8.7 | 10 | … under 地区 | 2020年11月 | 2020年10月 and 指标:工业增加值_同比增长(%) (NBS
    by-province table): each cell is its row's province's year-on-year change, in %, at its column's
    month — the 指标: line names the indicator once (its `_` no title bar's mark)."""
    res = _result(NBS_PROVINCES)
    names = {k: e.name for k, e in res.entities.items()}
    got = {(names.get(m.subject), m.indicator, m.value, m.unit, m.kind, m.period) for m in res.metrics}
    assert ("河北省", "工业增加值同比增长", 8.7, "%", "change", "2020-11") in got
    assert ("山西省", "工业增加值同比增长", 4, "%", "change", "2020-06") in got
    assert ("内蒙古自治区", "工业增加值同比增长", -2.1, "%", "change", "2020-09") in got
    assert len(got) == 18


GD_2014_03 = """旅游接待人数
全省接待过夜游客情况(2014年3月)
本月 | 比上年 同月% |
1-本月 | 比上年 同期% |
|
一、接待过夜游客人数(人次) | 22792906 | 6.85 | 64533707 | 2.52 |
1、入境过夜游客 | 2321905 | -9.83 | 6358094 | -10.76 |
台湾同胞 | 162593 | -9.43 | 475912 | -12.21 |
"""


def test_cumulative_column_is_january_to_the_tables_month():
    """一、接待过夜游客人数(人次) | 22792906 | 6.85 | 64533707 | 2.52 under 本月 | 比上年 同月% / 1-本月 |
    比上年 同期% (Guangdong statistics bureau, 2014年3月; a header wrapped over two lines): 64533707 is
    the same measure from January to March, its growth after it; the month's figures are March's, and
    the change columns are changes."""
    got = _figures(GD_2014_03)
    assert ("接待过夜游客人数", 22792906, "人次", "level", "2014-03") in got
    assert ("接待过夜游客人数比上年同月", 6.85, "%", "change", "2014-03") in got
    assert ("接待过夜游客人数", 64533707, "人次", "level", "2014-01/2014-03") in got
    assert ("接待过夜游客人数比上年同期", 2.52, "%", "change", "2014-01/2014-03") in got
    assert ("接待过夜游客人数（台湾同胞）", 475912, "人次", "level", "2014-01/2014-03") in got
    assert ("接待过夜游客人数（入境过夜游客）比上年同期", -10.76, "%", "change", "2014-01/2014-03") in got


GD_2004_02 = """旅游接待人数
2004年2月旅游接待人数
指 标 |
本 月 |
同比增减% |
1-本月累计 |
同比增减% |
一、城市接待过夜旅游人数(人次) |
6000714 |
-2.2 |
12922867 |
8.3 |
1、国际游客 |
728437 |
-20.7 |
1628183 |
-7.5 |
"""


def test_cumulative_cell_of_a_table_set_one_cell_a_line():
    """一、城市接待过夜旅游人数(人次) |⏎6000714 |⏎-2.2 |⏎12922867 |⏎8.3 | under 指 标 | 本 月 | 同比增减% |
    1-本月累计 | 同比增减% (Guangdong statistics bureau, 2004年2月, one cell a line): 12922867 is January
    and February's sum, 8.3 its change."""
    got = _figures(GD_2004_02)
    assert ("城市接待过夜旅游人数", 6000714, "人次", "level", "2004-02") in got
    assert ("城市接待过夜旅游人数同比增减", -2.2, "%", "change", "2004-02") in got
    assert ("城市接待过夜旅游人数", 12922867, "人次", "level", "2004-01/2004-02") in got
    assert ("城市接待过夜旅游人数同比增减", 8.3, "%", "change", "2004-01/2004-02") in got


GD_2020_01 = """全省旅游住宿设施接待过夜游客情况2020年1月报
| 全省旅游住宿设施接待过夜游客情况 |
| 2020年1月 |
|
 | 本 月 | 比上年同月 | 本月止累计 | 比上年同期 |
| ±% | ±% |
| 一、接待过夜游客(人次) | 19878664 | -41.92 | 19878664 | -41.92 |
| 1.入 境 游 客 | 1000110 | -57.8 | 1000110 | -57.8 |
"""


def test_percent_marks_on_a_header_line_of_their_own():
    """本 月 | 比上年同月 | 本月止累计 | 比上年同期 over ±% | ±% (Guangdong 文旅厅, 2020年1月): the marks
    stand under the two change columns, so -41.92 is a fall in per cent; January's sum is January."""
    got = _figures(GD_2020_01)
    assert ("接待过夜游客比上年同月", -41.92, "%", "change", "2020-01") in got
    assert ("接待过夜游客（入境游客）比上年同月", -57.8, "%", "change", "2020-01") in got
    assert ("接待过夜游客", 19878664, "人次", "level", "2020-01") in got


GD_NO_MONTH = """本 月 | 比上年同月 ±% | 本月止累计 | 比上年同期 ±% | |
一、接待过夜游客(人次) | 32275456 | 12.27 | 144004010 | 14.36 |
1.入 境 游 客 | 2646490 | 2.13 | 12876521 | 6.39 |
"""


def test_cumulative_column_without_a_month_gives_nothing():
    """The same table with no month told anywhere (Guangdong 文旅厅 page scraped without its title): the
    sum so far covers an unknown stretch, so 144004010 and its 14.36 are left out rather than passed
    for the month's; 12.27 under 比上年同月 ±% is still the month's change."""
    got = _figures(GD_NO_MONTH)
    assert not any(g[1] in (144004010, 14.36, 12876521, 6.39) for g in got)
    assert ("接待过夜游客比上年同月", 12.27, "%", "change", None) in got
    assert ("接待过夜游客（入境游客）比上年同月", 2.13, "%", "change", None) in got


SICHUAN = ("旅游總體情況統計表 2008年5月 四川省旅游局 指 標 單位 本期 同比增減(%) 累計 同比增減(%) 一、接待入境人數 萬人次 "
           "4.14 -71.8 31.30 -23.0 其中: 外國人 萬人次 2.85 -67.5 19.68 -16.1 臺灣同胞 萬人次 0.63 -84.8 6.02 -44.6 "
           "香港同胞 萬人次 0.60 -63.2 4.83 -14.7 二、接待入境人天數 萬人天 7.09 -67.5 54.27 -19.6 其中: 外國人 萬人天 "
           "5.24 -61.6 35.92 -13.6 臺灣同胞 萬人天 0.74 -86.8 9.26 -42.4\n")


def test_a_figure_before_taiwan_counts_no_machines():
    """… -16.1 臺灣同胞 萬人次 (Sichuan tourism table flattened onto one line): 台 of 台湾 is no
    measure word (台 counts machines), so -16.1 and -13.6 are not 16.1 and 13.6 台."""
    got = _figures(SICHUAN)
    assert not any(g[2] == "台" for g in got)


QINGHAI = """一级指标 | 二 级 指 标 | 计量单位 | 1-3月 |
经济稳定 | 1.地区生产总值(GDP)增长率(按可比价格计算) | % | 7.2 |
2.居民消费价格涨幅(CPI) | % | 2.7 | |
结构优化 | 3.服务业增加值占GDP比重 | % | 55.75 |
4.制造业增加值占规模以上工业增加值比重 | % | 57.8 | |
质量效益 | 7.税收占GDP比重 | % | 21.8 |
"""


def test_unit_column_row_with_its_group_cell_and_enumerator():
    """结构优化 | 3.服务业增加值占GDP比重 | % | 55.75 | (Qinghai indicators table, the brief's example):
    the row's group cell and its enumerator are no part of its label, its unit cell (%) is the unit."""
    got = {(g[0], g[1], g[2]) for g in _figures(QINGHAI)}
    assert ("服务业增加值占GDP比重", 55.75, "%") in got
    assert ("税收占GDP比重", 21.8, "%") in got
    assert not any(g[0].startswith(("结构优化", "3.", "质量效益")) for g in got)


GD_2020_01_FULL = GD_2020_01 + """| 台湾同胞 | 108070 | -42.57 | 108070 | -42.57 |
| 香港同胞 | 552227 | -60.98 | 552227 | -60.98 |
| 澳门同胞 | 136425 | -33.18 | 136425 | -33.18 |
| 外 国 人 | 203388 | -63.83 | 203388 | -63.83 |
| 2.国 内 游 客 | 18878554 | -40.74 | 18878554 | -40.74 |
| 二、接待过夜游客人均停留天数(天/人) | 1.6 | -20.79 | 1.6 | -20.79 |
| 1.入 境 游 客 | 2.02 | -12.93 | 2.02 | -12.93 |
| 台湾同胞 | 2.27 | -12.36 | 2.27 | -12.36 |
| 香港同胞 | 1.88 | -12.96 | 1.88 | -12.96 |
| 澳门同胞 | 1.63 | -28.82 | 1.63 | -28.82 |
| 外 国 人 | 2.51 | -4.56 | 2.51 | -4.56 |
| 2.国 内 游 客 | 1.58 | -20.6 | 1.58 | -20.6 |
"""


def test_a_long_tables_last_rows_keep_its_header():
    """外 国 人 | 2.51 | -4.56 fourteen rows under the header (Guangdong 文旅厅, 2020年1月): the rows of
    figures between do not use up the look back for the header, so the last rows' changes are read as
    the first rows' are."""
    got = _figures(GD_2020_01_FULL)
    assert ("接待过夜游客人均停留天数（外国人）比上年同月", -4.56, "%", "change", "2020-01") in got
    assert ("接待过夜游客人均停留天数（国内游客）比上年同月", -20.6, "%", "change", "2020-01") in got


FUJIAN_YEARS = """| 2-3 总产出 | |||||
| 单位:亿元 | |||||
| 项目 | 2000 | 2005 | 2010 | 2013 | 2014 |
| 总产出(亿元) | 9870.58 | 16995.93 | 38915.25 | 61780.20 | 70742.78 |
"""


def test_yearbook_row_under_a_header_of_years():
    """| 总产出(亿元) | 9870.58 | 16995.93 | under | 项目 | 2000 | 2005 | (Fujian yearbook 2-3, a scrape that
    opens each row with its bar): the row's first figure is 2000's total output — the header's years
    are column names, not a row of figures."""
    got = _figures(FUJIAN_YEARS)
    assert ("总产出", 987058000000, "元", "level", "2000") in got
