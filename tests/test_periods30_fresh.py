"""Periods read on fresh holiday tourism and traffic releases and county holiday notices: a holiday
counted in days (国庆七天, 春节8天), the October holiday written 十一 (“十一”黄金周, 十一假期 — never
十一五, 十一月 or the number eleven), days bounded by hours (10月1日零时至7日24时), a yearless day a
week after the publication of a forecast, a quoted holiday right after the dates of its days off,
and a stretch whose ends are written at a day and at a month (10月底至11月初).  Phrases written for
these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import bare_holiday, find_periods, names_holiday, resolve


def _build(text: str, date: str | None = "2023-10-08"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}, res


def _words(text: str) -> list[str]:
    return [w for _s, _e, w in find_periods(text)]


def test_holiday_counted_in_days_is_its_days_off():
    """2019年国庆七天全国共接待游客7.82亿人次, 春节8天: the days off counted are a stretch of the
    holiday's month, as 国庆假期 — not the single day of 1 October."""
    assert resolve("2019年国庆七天", "2019-10-09") == "2019-10"
    assert resolve("国庆8天", "2023-10-09") == "2023-10"
    ms, _ = _build("2019年国庆七天全国共接待国内游客7.82亿人次。", "2019-10-09")
    assert ms[(782000000, "人次")].period == "2019-10"
    assert resolve("国庆", "2019-10-09") == "2019-10-01"  # the day itself stays a day


def test_october_holiday_written_eleven():
    """“十一”黄金周期间，全县接待游客…; 十一假期; 十一期间: 十一 is the National Day holiday right
    before its days off, else a number (十一五期间 is a plan, 十一月 a month, 第十一期间 an ordinal)."""
    assert _words("“十一”黄金周期间，全县接待游客12万人次") == ["“十一”黄金周期间"]
    assert resolve("“十一”黄金周期间", "2023-10-08") == "2023-10"
    assert resolve("十一假期", "2023-10-08") == "2023-10"
    assert resolve("十一期间", "2023-10-08") == "2023-10"
    assert _words("十一五期间，全县新增就业1万人") == ["十一五期间"]
    assert _words("十一月，全县新增就业1万人") == []
    assert _words("全县召开第十一期间培训") == []
    assert _words("十一届人大三次会议") == []
    assert names_holiday("十一黄金周") and not names_holiday("十一五期间")
    assert bare_holiday("十一假期") and not bare_holiday("十一五期间")
    ms, _ = _build("十一假期，全县接待游客12万人次。")
    assert ms[(120000, "人次")].period == "2023-10"


def test_days_bounded_by_hours():
    """10月1日零时至7日24时小客车免费通行期间，流量为…: the hours bound a stretch of days; before,
    only 至7日 was read, the last day alone."""
    assert resolve("10月1日零时至7日24时", "2013-10-09") == "2013-10-01/2013-10-07"
    assert resolve("10月1日零时", "2013-10-09") == "2013-10-01"
    ms, _ = _build("10月1日零时至7日24时小客车免费通行期间，全省高速公路出口小客车流量为1764万辆次。", "2013-10-09")
    assert ms[(17640000, "辆次")].period == "2013-10-01/2013-10-07"


def test_yearless_day_soon_after_a_forecast():
    """整个假期出程高峰为10月1日，日交通量预计达到5400万辆次 in a text of 24 September: in a forecast
    the day a week ahead is the coming one, not the day eleven months back; a report's yearless
    day (10月17日，该县举办… on a September page) stays last year's, and so does a day far ahead."""
    ms, _ = _build("整个假期出程高峰为10月1日，全国高速公路日交通量预计达到5400万辆次。", "2020-09-24")
    assert ms[(54000000, "辆次")].period == "2020-10-01"
    ms, _ = _build("10月17日，该县举办扶贫日表彰晚会，对60名优秀脱贫代表进行表彰。", "2020-09-25")
    assert [m.period for m in ms.values() if m.value == 60] == ["2019-10-17"]
    ms, _ = _build("11月30日，全县日均客流量预计达到5万人次。", "2020-09-24")
    assert ms[(50000, "人次")].period == "2019-11-30"


def test_quoted_holiday_after_the_dates_of_its_days_off():
    """9月30日起至10月7日，“中秋节”和“国庆节”期间，全市接待游客…: the holiday names the days just
    written; they are the time, not the holiday's month."""
    ms, _ = _build("9月30日起至10月7日，“中秋节”和“国庆节”期间，全市共接待游客126万人次。")
    assert ms[(1260000, "人次")].period == "2023-09-30/2023-10-07"
    ms, _ = _build("9月30日至10月7日。国庆期间，全市共接待游客126万人次。")
    assert ms[(1260000, "人次")].period == "2023-10"  # (another sentence: the holiday's own)


def test_stretch_from_a_day_to_a_month():
    """10月底至11月初，全县完成秋播12万亩: ends written at a day (10月底) and at a month (11月)
    make a stretch of months, never an interval mixing a day with a month."""
    ms, _ = _build("10月底至11月初，全县完成秋播12万亩。", "2023-11-20")
    assert ms[(120000, "亩")].period == "2023-10/2023-11"


def test_headline_eleven_holiday_dates_its_days_off():
    """“十一”黄金周全县旅游市场平稳有序 over 假日期间，全县接待游客…: the headline's holiday (written
    十一) is the time of a figure counted over the bare days off, as a headline's 国庆长假 is."""
    doc = Doc(id="t", source="t.txt", text="“十一”黄金周全县旅游市场平稳有序\n\n假日期间，全县共接待游客32万人次。")
    doc.date = "2023-10-08"
    res = extract_document(doc)
    assert [m.period for m in res.metrics if m.value == 320000] == ["2023-10"]


def test_day_range_before_a_restating_holiday():
    """10月1日至7日，“十一”假期期间，全县接待游客…: a range of days written as one period, then the
    holiday whose days they are — the days are the time."""
    ms, _ = _build("10月1日至7日，“十一”假期期间，全县共接待游客12万人次。")
    assert ms[(120000, "人次")].period == "2023-10-01/2023-10-07"
    ms, _ = _build("10月1日至7日，“国庆节”期间，全县共接待游客12万人次。")
    assert ms[(120000, "人次")].period == "2023-10-01/2023-10-07"


def test_festival_months_ahead_of_a_report():
    """春节期间，全县接待游客… in an October story: the nearest festival is months ahead, but a result
    cannot be counted over it and the text does not say which one past it reports — unknown; a plan
    (计划接待) speaks of the coming one, and a story after the festival keeps the one just past."""
    ms, _ = _build("春节期间，全县接待游客12万人次。", "2023-10-20")
    assert ms[(120000, "人次")].period is None
    assert ms[(120000, "人次")].period_text == "春节期间"
    ms, _ = _build("春节期间，全县计划接待游客12万人次。", "2023-10-20")
    assert ms[(120000, "人次")].period == "2024-02"
    ms, _ = _build("春节期间，全县接待游客12万人次。", "2023-03-02")
    assert ms[(120000, "人次")].period == "2023-01"


def test_festivals_whose_day_moves():
    """中秋节假期, 端午假期, 清明假期，全县接待游客…: festivals of the lunar calendar or a solar term,
    whose day is read from festival_days.tsv by year (端午 2025 fell on 31 May, 中秋 2017 on
    4 October); before, none of them was a period.  清明 alone is one only before its days off
    (清明上河园 is a park)."""
    assert resolve("端午假期", "2025-05-30") == "2025-05"
    assert resolve("中秋节", "2017-10-08") == "2017-10-04"
    assert resolve("中秋假期", "2023-10-08") == "2023-09"
    assert resolve("清明假期", "2024-04-08") == "2024-04"
    assert resolve("中秋节", "2040-10-08") is None  # a year the table does not hold
    assert _words("清明上河园接待游客45万人次") == []
    ms, _ = _build("端午假期，全县接待游客12万人次。", "2023-06-25")
    assert ms[(120000, "人次")].period == "2023-06"


def test_holidays_listed_before_shared_days_off():
    """中秋节、国庆节假期8天，国内旅游出游人数…: holidays listed before the days off they share are
    one stretch from the first's month to the last's, not the first festival's day."""
    assert _words("中秋节、国庆节假期8天，出游人数8.26亿人次") == ["中秋节、国庆节假期"]
    assert resolve("中秋节、国庆节假期", "2023-10-08") == "2023-09/2023-10"
    assert resolve("元旦和春节期间", "2024-03-01") == "2024-01/2024-02"
    ms, _ = _build("中秋节、国庆节假期8天，国内旅游出游人数8.26亿人次。")
    assert ms[(826000000, "人次")].period == "2023-09/2023-10"


def test_a_day_of_the_holiday_is_no_holiday_day():
    """国庆第二天全国接待1.04亿人, 春节首日: a day of the days off, which the holiday's own day does
    not give (the days off may open before it) — the holiday's month, never 1 October itself."""
    assert _words("国庆第二天全国接待1.04亿人") == ["国庆第二天"]
    assert resolve("国庆第二天", "2016-10-03") == "2016-10"
    assert resolve("春节首日", "2019-02-06") == "2019-02"
