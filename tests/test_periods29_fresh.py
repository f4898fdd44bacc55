"""Periods and publication dates read on fresh holiday tourism and county news, notices with their
版记 and portal record fields, and wire stories across the new year: a day range that drops its
first 日 (5月1—5日), a stretch across months joined by a dash (9月29日—10月6日), a count of days
(3—5日内) that is no day, a yearless dateline filed in December on a page of January, the 版记
line closing a notice (某县人民政府办公室 2024年3月5日印发), a portal's 公文生成日期 as the last
resort of the head.  Phrases written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import find_periods, resolve
from kg.stages.dates import dateline_date, header_date, signature_date


def _build(text: str, date: str | None = "2024-05-06"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}, res


def test_day_range_dropping_its_first_day_mark():
    """5月1—5日，全市接待游客…; 3月3至5日 (holiday and fair figures): the range from the 1st to the
    5th — before, only `5日` was read, a single day of the publication month (2024-05-05 for a
    March fair)."""
    ms, _ = _build("5月1—5日，全市接待游客86万人次。3月3—5日，全县完成交易额1.2亿元。")
    assert ms[(860000, "人次")].period == "2024-05-01/2024-05-05"
    assert ms[(120000000, "元")].period == "2024-03-03/2024-03-05"
    assert resolve("3月3至5日", "2024-05-06") == "2024-03-03/2024-03-05"
    assert resolve("3月5—3日", "2024-05-06") is None  # a range runs forward


def test_count_of_days_is_no_day():
    """3—5日内办结, 在3至5日内: the end of a count of days (or of a range whose month is not written)
    is no day of the publication month."""
    assert find_periods("申请材料齐全的，3—5日内办结。") == []
    assert find_periods("在3至5日内完成审核") == []
    assert [w for _s, _e, w in find_periods("5日，全县召开会议")] == ["5日"]


def test_stretch_across_months_joined_by_a_dash():
    """9月29日—10月6日，全县实现旅游收入… (the National Day holiday): one stretch from the first day
    to the last, as 至 joins them — not the last day alone."""
    ms, _ = _build("9月29日—10月6日，全县实现旅游收入3.2亿元。", "2024-10-08")
    assert ms[(320000000, "元")].period == "2024-09-29/2024-10-06"
    assert ms[(320000000, "元")].period_text == "9月29日—10月6日"


def test_yearless_dateline_filed_before_a_new_year_page():
    """新华社北京12月31日电 on a page of 2025-01-02: the story was filed on the last day of 2024,
    so its 今年 is 2024 — not 2025-12-31, a day after the page.  A dateline days after the page's
    date keeps the page's year."""
    assert dateline_date("新华社北京12月31日电（记者王明）记者获悉", 2025, "2025-01-02") == "2024-12-31"
    assert dateline_date("新华社北京12月31日电（记者王明）记者获悉", 2025, "2025-01") == "2024-12-31"
    assert dateline_date("新华社北京12月3日电（记者王明）记者获悉", 2025, "2025-12-01") == "2025-12-03"
    doc = Doc(id="t", source="t.jsonl", text="新华社北京12月31日电（记者王明）记者从国铁集团获悉，今年全国铁路发送旅客40亿人次。")
    doc.date = "2025-01-02"
    res = extract_document(doc)
    assert res.document["articles"][0]["date"] == "2024-12-31"
    assert [m.period for m in res.metrics if m.value == 4000000000] == ["2024"]


def test_issuing_line_closing_a_notice():
    """The 版记 of a notice: 某县人民政府办公室 2024年3月5日印发 under its 抄送 line dates the notice
    when no signature line does; a signature line above it still wins (the day it was signed)."""
    tail = "请遵照执行。\n抄送：县委办公室。\n某某县人民政府办公室          2024年3月5日印发\n"
    assert signature_date(tail) == "2024-03-05"
    signed = "请遵照执行。\n某某县人民政府\n2024年3月1日\n抄送：县委。\n某某县人民政府办公室   2024年3月5日印发\n"
    assert signature_date(signed) == "2024-03-01"


def test_generated_date_field_as_the_last_resort_of_the_head():
    """A Fujian county portal heads its notices `- 公文生成日期:2016-06-23` and nothing else dated:
    the record's day is the notice's.  A 发文日期 beside it still wins (test_scrape11_dates)."""
    head = "- 索 引 号:SM04100-1100\n- 发布机构:县政府办\n- 公文生成日期:2016-06-23\n各乡(镇)人民政府:\n现印发给你们。\n"
    assert header_date(head) == "2016-06-23"
    assert header_date("生成日期：2019-01-20 文号：\n发文日期：2019-01-23\n") == "2019-01-23"


def test_stretch_of_months_across_a_new_year_joined_by_a_dash():
    """2023年11月—2024年1月，全县新增就业岗位… (a winter campaign's months): one stretch, not the
    last month alone."""
    ms, _ = _build("2023年11月—2024年1月，全县新增就业岗位1200个。", "2024-02-10")
    assert ms[(1200, "个")].period == "2023-11/2024-01"


def test_quarters_written_in_digits():
    """1—3季度, 1-3季度, 1季度 in county statistics releases (the digits of 一至三季度, 一季度): the
    quarters' months — before, no period was read and the figure took the paragraph's before."""
    assert resolve(find_periods("1—3季度，全县地区生产总值完成85亿元")[0][2], "2024-12-10") == "2024-01/2024-09"
    assert resolve(find_periods("2024年1季度")[0][2], "2024-12-10") == "2024-01/2024-03"
    assert find_periods("连续4个季度增长") == []
    ms, _ = _build("1-11月，全县完成固定资产投资5亿元。\n1—3季度，全县地区生产总值完成85亿元。", "2024-01-10")
    assert ms[(8500000000, "元")].period == "2023-01/2023-09"


def test_stretch_whose_start_closes_with_qi():
    """9月30日起至10月7日，我县各景区接待游客… (a holiday's days, 起 closing the start): one stretch,
    not its last day alone."""
    ms, _ = _build("9月30日起至10月7日，我县各景区接待游客共3.36万人次。", "2012-10-08")
    assert ms[(33600, "人次")].period == "2012-09-30/2012-10-07"


def test_holiday_in_quotes_before_its_days_off():
    """“五一”小长假期间，全县接待游客… (holiday news quotes the holiday's name): the days off, the
    holiday's month — before, the quote cut the words to “五一”, the 1st of May alone."""
    ms, _ = _build("“五一”小长假期间，全县共接待游客20.25万人次。", "2022-05-05")
    assert ms[(202500, "人次")].period == "2022-05"
    assert [w for _s, _e, w in find_periods("2022年“国庆”长假")] == ["2022年“国庆”长假"]
    assert [w for _s, _e, w in find_periods("“国庆”，全县")] == ["国庆"]


def test_same_month_under_a_title_naming_the_month():
    """A monthly release titled 2024年5月全市经济运行情况 opening 当月，全市…: its paragraph names no
    month, the title does — 当月 is May, never the publication month (January 2025 here); a title
    naming no month leaves it unknown, as before."""
    doc = Doc(id="t", source="t.jsonl", text="2024年5月全市经济运行情况\n当月，全市规模以上工业增加值同比增长5.2%。")
    doc.date = "2025-01-15"
    assert [m.period for m in extract_document(doc).metrics if m.value == 5.2] == ["2024-05"]
    doc = Doc(id="t", source="t.jsonl", text="全市经济运行情况\n当月，全市规模以上工业增加值同比增长5.2%。")
    doc.date = "2025-01-15"
    assert [m.period for m in extract_document(doc).metrics if m.value == 5.2] == [None]
