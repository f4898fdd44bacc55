"""Periods read on fresh 春运 and 暑期 traffic and tourism news of provinces, cities and the
national transport ministry: the spring travel rush (春运: 40 days, from 15 days before the lunar
new year's day to 24 after it) and the school holidays and summer rush (暑期, 暑假, 暑运: July and
August; 寒假: January and February) are a time when a year stands before them or 期间, 以来 after
them, else they name a kind of work (春运工作专班, 暑期托管服务); a part of them (春运第19天, 春运首日,
春运单日) is never the whole.  Phrases written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import find_periods, resolve


def _build(text: str, date: str | None):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}, res


def test_spring_rush_of_a_year_is_its_forty_days():
    """今年春运期间，全市…发送旅客39.8万人次 in a March report: the rush's 40 days (2024-01-26 to
    2024-03-05), was the whole year 2024 (今年); 2024年春运40天 likewise."""
    ms, _ = _build("据统计，今年春运期间，全市道路运输累计发送旅客39.8万人次。", "2024-03-07")
    assert ms[(398000, "人次")].period == "2024-01-26/2024-03-05"
    assert resolve("2024年春运", None) == "2024-01-26/2024-03-05"
    assert resolve("2023年春运", "2023-02-17") == "2023-01-07/2023-02-15"


def test_bare_spring_rush_is_the_one_nearest_the_publication():
    """春运期间，…累计发送旅客2352万人 in a story of 22 February 2017 (was no period): the rush just
    over (2017-01-13 to 2017-02-21); in a December story the coming one."""
    ms, _ = _build("春运期间，共加开3297列客车，累计发送旅客2352万人。", "2017-02-22")
    assert ms[(23520000, "人")].period == "2017-01-13/2017-02-21"
    assert resolve("春运期间", "2024-12-20") == "2025-01-14/2025-02-22"


def test_summer_holiday_is_july_and_august():
    """这个暑期，…共接待游客1387万人次 in an August story (was no period): 2022-07/2022-08; 暑运期间 of
    the railways likewise; 寒假期间 in December is the coming January and February."""
    ms, _ = _build("据统计，这个暑期，全州共接待游客1387万人次。", "2022-08-28")
    assert ms[(13870000, "人次")].period == "2022-07/2022-08"
    assert resolve("暑运期间", "2024-09-02") == "2024-07/2024-08"
    assert resolve("暑假期间", "2025-01-10") == "2024-07/2024-08"
    assert resolve("寒假期间", "2024-12-20") == "2025-01/2025-02"
    assert resolve("今年暑期", "2025-03-01") == "2025-07/2025-08"


def test_season_words_without_a_year_or_stretch_word_are_no_time():
    """春运工作专班, 暑期托管服务: the kind of work, no time; 春运第19天, 春运首日, 2024年春运单日: a day of
    the rush, never its 40 days (2024年 stays the period of the single-day record)."""
    assert find_periods("记者从综合运输春运工作专班获悉") == []
    assert find_periods("开展暑期托管服务") == []
    assert [p[2] for p in find_periods("2月13日（春运第19天）")] == ["2月13日"]
    assert [p[2] for p in find_periods("春运首日发送旅客")] == []
    assert [p[2] for p in find_periods("2024年春运单日流动量首次超3亿人次")] == ["2024年"]


def test_by_year_end_in_an_early_plan_is_this_year():
    """到年底，全县建成5G基站200个 in a work plan or a meeting's demands of February: the end of the
    year worked towards (2025-12-31), was last year's end as a result of a year not over
    (2024-12-31); 截至年底 and a bare 年底 in January stay the year just ended."""
    ms, _ = _build("2025年全县重点工作安排\n到年底，全县建成5G基站200个，新增就业岗位3000个。", "2025-02-10")
    assert ms[(200, "个")].period == "2025-12-31"
    assert ms[(3000, "个")].period == "2025-12-31"
    ms, _ = _build("县政府召开常务会议\n会议要求，到年底，全县新建5G基站200个。", "2025-01-20")
    assert ms[(200, "个")].period == "2025-12-31"
    ms, _ = _build("截至年底，全县城镇化率达到52%。", "2025-01-20")
    assert ms[(52, "%")].period == "2024-12-31"


def test_count_of_years_before_a_total_is_the_years_summed():
    """2024年，…，五年累计完成投资406.5亿元 in a January work report: the five years summed (2020/2024,
    as 过去五年), was the year the sentence named (2024); 三年累计 in December counts the
    publication year in; 第五年累计 and 2024年累计 name no count of years."""
    ms, _ = _build("政府工作报告\n2024年，全县地区生产总值增长6%，五年累计完成投资406.5亿元。", "2025-01-20")
    assert ms[(40650000000, "元")].period == "2020/2024"
    assert ms[(6, "%")].period == "2024"
    assert resolve("三年", "2024-12-20") == "2022/2024"
    assert find_periods("项目实施第五年累计完成") == []
    assert [p[2] for p in find_periods("2024年累计完成")] == ["2024年"]


def test_this_years_season_long_over_is_the_coming_one():
    """关于做好今年寒假期间…的通知 in December: the coming winter break of the school year under way
    (2025-01/2025-02), not last January's; 今年春运 in December likewise the coming rush; 今年暑期 in
    January stays this summer, and a written year keeps its own (2024年寒假)."""
    assert resolve("今年寒假期间", "2024-12-10") == "2025-01/2025-02"
    assert resolve("今年春运", "2024-12-10") == "2025-01-14/2025-02-22"
    assert resolve("今年暑期", "2024-01-10") == "2024-07/2024-08"
    assert resolve("今年寒假", "2024-03-10") == "2024-01/2024-02"
    assert resolve("2024年寒假", "2024-12-10") == "2024-01/2024-02"


def test_rush_closing_dates_the_totals_told_with_it():
    """昨日，为期40天的春运落下帷幕，全省共发送旅客1.047亿人: the rush closing is the time of the
    total told with it (2017-01-13/2017-02-21), was the closing day (昨日, 2017-02-21); 春运结束后
    is a time after it, no period."""
    ms, _ = _build("昨日，为期40天的春运落下帷幕，全省公铁空共发送旅客1.047亿人，同比略有下降。", "2017-02-22")
    assert ms[(104700000, "人")].period == "2017-01-13/2017-02-21"
    assert find_periods("春运结束后，务工人员陆续返岗") == []
