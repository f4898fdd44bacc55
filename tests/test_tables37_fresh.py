"""Round 37 (tables37): statistics tables as bureaus publish them — price-index tables (居民消费价格指数,
工业生产者出厂价格指数, 商品零售价格指数) whose bare levels stand under a header naming each column by its
comparison, its place or its year, scraped with bars on one line, one cell a line, or apart by white
space; a figure cell repeated down a column; a row label's enumerator.  Each excerpt is from a fresh
text of /tmp/s22/fresh/tables37 (Fujian, Shanxi, Guangzhou, Shandong yearbooks; Longgang and
Changzhou monthly tables; Guangdong tourism)."""
from kg.builder import extract_document
from kg.model import Doc


def _figures(text: str, date: str | None = None) -> list[tuple]:
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return [(m.indicator, m.value, m.unit, m.period) for m in res.metrics]


FUJIAN = """8-6 居民消费价格指数(2017年)
单位:以上年为100  
项目 全省  
城市 农村
       
  居民消费价格指数 101.2 101.3 100.8
  一、按商品和非商品分      
      消费品价格指数 100.3 100.4 100.2
  二、按类别分      
      食品烟酒 99.0 99.2 98.5
      生活用品及服务 101.2 101.2 101.1
"""


def test_yearbook_index_table_apart_by_white_space_gives_each_column():
    """项目 全省 / 城市 农村 over 食品烟酒 99.0 99.2 98.5 (Fujian yearbook 8-6): each cell is the class's
    price index where its column says, in the caption's year; two cells alike (101.2 | 101.2) are two
    facts, and the base line (以上年为100) is no period."""
    got = _figures(FUJIAN)
    assert ("食品烟酒价格指数（城市）", 99.2, "", "2017") in got
    assert ("居民消费价格指数（全省）", 101.2, "", "2017") in got
    assert ("生活用品及服务价格指数（全省）", 101.2, "", "2017") in got
    assert ("生活用品及服务价格指数（城市）", 101.2, "", "2017") in got
    assert len(got) == 12


SHANDONG = """9-12 工业生产者出厂价格指数 |
(上年=100) |
类 别 |
2011 |
2012 |
2013 |
2014 |
2015 |
|
|
总指数 |
106.0 |
98.4 |
98.4 |
98.4 |
95.2 |
轻工业 |
106.3 |
99.6 |
100.1 |
99.5 |
98.4 |
"""


def test_index_table_one_cell_a_line_with_year_columns():
    """类 别 | 2011 | … | 2015 over 总指数 | 106.0 | 98.4 | 98.4 | 98.4 (Shandong yearbook 9-12, one cell a
    line): each year's level, 总指数 being the caption's 工业生产者出厂价格指数; the same figure three
    years running is three cells, not a headline set twice."""
    got = _figures(SHANDONG)
    ppi = sorted(g[3] for g in got if g[0] == "工业生产者出厂价格指数" and g[1] == 98.4)
    assert ppi == ["2012", "2013", "2014"]
    assert ("轻工业价格指数", 106.3, "", "2011") in got
    assert len(got) == 10


GUANGZHOU = """7-5 工业生产者出厂价格指数 (上年=100) (2022-2023年) |
Producer Price Indices for Industrial Products (Preceding Year=100) (2022-2023) |
|
项 目 | Item | 2022 | 2023 |
| | | |
工业生产者出厂价格指数 | Producer Price Index for Industrial Products | 102.59 | 97.63 |
轻工业 | Light Industry | 100.31 | 99.78 |
采掘工业 | Mining and Quarrying Industry | | |
原料工业 | Raw Materials Industry | 115.71 | 96.19 |
"""


def test_bilingual_index_table_reads_the_chinese_label():
    """项 目 | Item | 2022 | 2023 (Guangzhou yearbook 7-5): the English column is a translation, no
    cell; an empty row (采掘工业 | | |) gives nothing."""
    got = _figures(GUANGZHOU)
    assert ("轻工业价格指数", 100.31, "", "2022") in got
    assert ("原料工业价格指数", 115.71, "", "2022") in got
    assert ("工业生产者出厂价格指数", 97.63, "", "2023") in got
    assert not any("采掘" in g[0] for g in got)


SHANXI = """上年=100 | (last year=100) | |||
指 标 | Item | 全 省 Total Province Indices |
城 市 Urban Indices |
农 村 Rural Indices |
商品零售价格总指数 | General Retail Price Indices | 102.3 | 102.5 | 102.0 |
一、食品类 | Food | 108.6 | 108.6 | 108.5 |
1.粮 食 | Grain | 107.6 | 107.5 | 107.7 |
"""


def test_letter_spaced_labels_and_enumerators_of_an_index_table():
    """1.粮 食 | Grain | 107.6 | 107.5 | 107.7 under 指 标 | Item | 全 省 … (Shanxi yearbook 6-4): the
    label without its enumerator and spacing, the column its Chinese name."""
    got = _figures(SHANXI)
    assert ("粮食价格指数（城市）", 107.5, "", None) in got
    assert ("食品类价格指数（全省）", 108.6, "", None) in got
    assert ("食品类价格指数（城市）", 108.6, "", None) in got
    assert ("商品零售价格总指数（农村）", 102.0, "", None) in got


CPI_BARS = """居民消费价格分类指数
名称 | 环比 | 同比 | 1-8月同比 |
居民消费价格指数 | 100.1 | 100.5 | 100.9 |
一、食品烟酒 | 100.0 | 100.0 | 102.4 |
(1)粮食 | 101.1 | 100.6 | 103.4 |
"""


def test_cpi_table_with_comparison_columns():
    """名称 | 环比 | 同比 | 1-8月同比 over 居民消费价格指数 | 100.1 | 100.5 | 100.9: each comparison a
    figure of its own; the class rows' labels name the class's price index."""
    got = _figures(CPI_BARS)
    assert ("居民消费价格指数（同比）", 100.5, "", None) in got
    assert ("居民消费价格指数（1-8月同比）", 100.9, "", None) in got
    assert ("食品烟酒价格指数（环比）", 100.0, "", None) in got
    assert ("粮食价格指数（1-8月同比）", 103.4, "", None) in got


LONGGANG_TWO_LEVELS = """类 别 | 以上月价格 | 以上年同期价格为100 | |
为100 | 本月 | 至本月平均 | |
居民消费价格总指数 | 100.3 | 106.4 | 105.4 |
服务项目价格指数 | 100.0 | 104.5 | 104.4 |
"""

CHANGZHOU_WIDER_HEADER = """指标名称
|
环比(上月=100)
|
同期比(上年同月=100)
|
累计比(上年同期=100)
|
增幅%
|
去年同月
|
工业生产者出厂价格指数(上年同期=100)
|
99.6
|
94.7
|
95.5
|
|
"""


def test_two_level_index_header_and_a_header_wider_than_its_rows():
    """类 别 | 以上月价格 | 以上年同期价格为100 / 为100 | 本月 | 至本月平均 (Longgang 2011-05, a two-row
    header flattened, 为100 wrapped): the month-on-month column is one, the year-on-year one spans
    本月 and 至本月平均.  A header with more columns than the rows fill (Changzhou 2015-10: 增幅%,
    去年同月 left empty) does not say which column a cell is in: nothing is read from it."""
    got = _figures(LONGGANG_TWO_LEVELS)
    assert ("居民消费价格总指数（以上月价格为100）", 100.3, "", None) in got
    assert ("居民消费价格总指数（以上年同期价格为100，本月）", 106.4, "", None) in got
    assert ("服务项目价格指数（以上年同期价格为100，至本月平均）", 104.4, "", None) in got
    assert _figures(CHANGZHOU_WIDER_HEADER) == []


LONGGANG_CAPTION = """龙岗区2010年4月居民消费价格指数
类 别 |
以上月价格为100 |
以上年同期价格为100 |
|
本月 |
至本月平均 |
||
居民消费价格总指数 |
100.3 |
102.0 |
100.7 |
"""


def test_index_table_caption_gives_its_month_and_place():
    """龙岗区2010年4月居民消费价格指数 over a table one cell a line: the month's columns are April
    2010's, the average to date is no single month, and the figures are 龙岗区's."""
    doc = Doc(id="t", source="t.txt", text=LONGGANG_CAPTION)
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    got = {(m.indicator, m.value, names.get(m.subject), m.period) for m in res.metrics}
    assert ("居民消费价格总指数（以上年同期价格为100，本月）", 102.0, "龙岗区", "2010-04") in got
    assert ("居民消费价格总指数（以上月价格为100）", 100.3, "龙岗区", "2010-04") in got
    assert ("居民消费价格总指数（以上年同期价格为100，至本月平均）", 100.7, "龙岗区", None) in got


TOURISM = """本 月 | 比上年同月 ±% | 本月止累计 | 比上年同期 ±% | |
一、接待过夜游客(人次) | 32275456 | 12.27 | 144004010 | 14.36 |
二、接待过夜游客人均停留天数(天/人) | 1.88 | -25.98 | 2.07 | -0.96 |
"""


def test_table_row_label_loses_its_enumerator():
    """一、接待过夜游客(人次) | 32275456 (Guangdong tourism table): the row measures 接待过夜游客, its
    enumerator is the row's place in the table's outline."""
    got = _figures(TOURISM)
    assert ("接待过夜游客", 32275456, "人次", None) in got
    assert not any(g[0].startswith(("一、", "二、")) for g in got)


TOURISM_ROWS = """全省旅游住宿设施接待过夜游客情况（2017年8月）
本 月 | 比上年同月 ±% | 本月止累计 | 比上年同期 ±% | |
一、接待过夜游客(人次) | 32275456 | 12.27 | 144004010 | 14.36 |
1.入 境 游 客 | 2646490 | 2.13 | 12876521 | 6.39 |
台湾同胞 | 205147 | -7.82 | 908939 | -0.35 |
香港同胞 | 1634171 | 4.19 | 8066893 | 8.35 |
"""


def test_compatriots_rows_place_no_story():
    """台湾同胞 | 205147 (Guangdong tourism table, 2017-08): visitors named by where they come from —
    台湾 is their origin, never the place the table's figures are of."""
    doc = Doc(id="t", source="t.txt", text=TOURISM_ROWS)
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    subjects = {names.get(m.subject) for m in res.metrics}
    assert res.metrics and not subjects & {"台湾", "香港"}


def test_tourism_row_growth_under_a_header_without_its_corner():
    """本 月 | 比上年同月 ±% | 本月止累计 | … over 一、接待过夜游客(人次) | 32275456 | 12.27 | … (Guangdong
    tourism table, bars on one line): the header lost its corner cell, so its columns stand one to
    the left of the row's; 12.27 is the year-on-year change in per cent, the cumulative level after
    it (a column of no known unit) is left unread."""
    got = _figures(TOURISM)
    assert ("接待过夜游客比上年同月", 12.27, "%", None) in got
    assert ("接待过夜游客人均停留天数比上年同月", -25.98, "%", None) in got
    assert not any(g[1] in (144004010, 14.36) for g in got)


GD_BARS_OWN_LINES = """全省旅游住宿设施接待过夜游客情况（2017年8月）
|
|
本 月
|
比上年同月
|
本月止累计
|
比上年同期
|
|
±%
|
±%
|
|
一、接待过夜游客（人次）
|
39427276
|
10.07
|
274904634
|
11.3
|
"""


def test_row_whose_cells_and_bars_each_stand_on_a_line():
    """一、接待过夜游客（人次）⏎|⏎39427276⏎| (Guangdong tourism page, 2017-08, scraped cell by cell and
    bar by bar): the row's first figure in the label's unit."""
    got = _figures(GD_BARS_OWN_LINES)
    assert ("接待过夜游客", 39427276, "人次", None) in got
