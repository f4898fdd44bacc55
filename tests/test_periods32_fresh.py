"""Periods read on fresh holiday notices (放假通知 of counties, cities and the State Council),
quarterly statistics releases and yearly government-information reports: a weekday in brackets
after the first day of the days off (10月1日（周三）至8日), the year a holiday notice's title names
(关于2026年部分节假日安排的通知, published in November of the year before), a release headline
naming its months without a year (前三季度全市经济运行情况, 12月份…简况), a 年度报告 or 工作要点 headed by
its year, the festival days of 2014 and 2026, deadlines of work plans (6月底前, 年底前, 9月30日前),
a planned holiday months past or weeks ahead (元旦期间 in December), listed holidays under one year,
the days of the lunar new year (大年初一, 除夕) and portal record tables dating a page.  Phrases
written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import resolve


def _build(text: str, date: str | None):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}, res


def test_weekday_in_brackets_keeps_the_days_off_one_stretch():
    """2025年4月4日（星期五）至4月6日（星期日）放假，共3天: a notice writes each day's weekday in
    brackets; the bracket between the start and its 至 end leaves them one stretch (was the end's
    day alone, 2025-04-06, or a year off: 2022-10-06 for a 2023 notice)."""
    ms, _ = _build("各镇人民政府：\n现将清明节放假安排通知如下：2025年4月4日（星期五）至4月6日（星期日）放假，共3天。",
                   "2025-03-31")
    assert ms[(3, "天")].period == "2025-04-04/2025-04-06"
    ms, _ = _build("各县区人民政府：\n现将放假安排通知如下：2023年9月29日（星期五）至10月6日（星期五）放假调休，共8天。",
                   "2023-09-14")
    assert ms[(8, "天")].period == "2023-09-29/2023-10-06"


def test_end_day_without_month_is_in_the_start_month():
    """10月1日(周三)至8日(周三)放假调休，共8天: the end 8日 names no month, so it is in the start's
    (was the publication month's: 2025-09-08)."""
    ms, _ = _build("关于2025年国庆节中秋节放假安排的通知\n各县区人民政府：\n现将放假调休日期安排通知如下：\n"
                   "10月1日(周三)至8日(周三)放假调休，共8天。9月28日(周日)上班。", "2025-09-18")
    assert ms[(8, "天")].period == "2025-10-01/2025-10-08"


def test_holiday_notice_title_year_dates_its_days_off():
    """国务院办公厅关于2026年部分节假日安排的通知 of 4 November 2025: 1月1日至3日, 10月1日至7日 are
    2026's, the year the title names — not the publication year's (2025-01-01) nor, for a month
    after it, the year before's.  A notice of no holiday keeps the publication's reading."""
    text = ("国务院办公厅关于2026年部分节假日安排的通知\n各省、自治区、直辖市人民政府：\n"
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。\n"
            "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。")
    ms, _ = _build(text, "2025-11-04")
    assert ms[(3, "天")].period == "2026-01-01/2026-01-03"
    assert ms[(7, "天")].period == "2026-10-01/2026-10-07"
    ms, _ = _build("国务院办公厅关于2014年部分节假日安排的通知\n各省人民政府：\n一、元旦：1月1日放假1天。",
                   "2013-12-11")
    assert ms[(1, "天")].period == "2014-01-01"


def test_yearless_release_headline_gives_its_months():
    """前三季度全市经济运行情况 over 实现地区生产总值744.94亿元，同比增长6.3%: the headline names the
    months the release reports (the publication year's), which figures stating no time share
    (were None)."""
    ms, _ = _build("前三季度全市经济运行情况\n实现地区生产总值744.94亿元，同比增长6.3%。", "2024-10-26")
    assert ms[(74494000000, "元")].period == "2024-01/2024-09"
    ms, _ = _build("一季度全县经济运行情况\n全县实现地区生产总值56.82亿元，增长4.6%。", "2025-01-20")
    assert ms[(5682000000, "元")].period == "2024-01/2024-03"  # a January release: last year's quarter


def test_yearly_report_headed_by_its_year():
    """富县人民政府2024年政府信息公开工作年度报告, published in January 2025: 主动公开各类信息2406条
    is 2024's count (was None)."""
    ms, _ = _build("富县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n主动公开各类信息2406条，其中政务动态1215条。",
                   "2025-01-21")
    assert ms[(2406, "条")].period == "2024"


def test_festival_days_of_2014_and_2026():
    """中秋, 端午, 清明 of 2014 and 2026 (the State Council's notices: 2014-09-08, 2014-06-02,
    2014-04-05; 2026-09-25, 2026-06-19, 2026-04-05): no longer None."""
    assert resolve("2026年中秋节", "2026-10-01") == "2026-09-25"
    assert resolve("2026年端午节", "2026-06-25") == "2026-06-19"
    assert resolve("2026年清明节", "2026-04-10") == "2026-04-05"
    assert resolve("2014年中秋节", "2014-09-10") == "2014-09-08"
    assert resolve("2014年端午假期", "2014-06-05") == "2014-06"
    assert resolve("2014年清明节", "2014-04-10") == "2014-04-05"


def test_planned_holiday_months_past_is_the_coming_one():
    """元旦假期，预计全县接待游客12万人次 in a December text, 国庆假期，我县将开展各类文化活动20场 in
    December: a forecast or plan speaks of the coming holiday, not the one of the publication year
    already months past (was 2024-01, 2024-10).  A result without a plan word, and a holiday a month
    or less back, keep the publication year's."""
    ms, _ = _build("元旦假期，预计全县接待游客12万人次。", "2024-12-20")
    assert ms[(120000, "人次")].period == "2025-01"
    ms, _ = _build("国庆假期，我县将开展各类文化活动20场。", "2024-12-10")
    assert ms[(20, "场")].period == "2025-10"
    ms, _ = _build("国庆假期，全县接待游客12万人次。", "2024-12-10")
    assert ms[(120000, "人次")].period == "2024-10"
    ms, _ = _build("国庆假期，全市将举办活动30场。", "2024-10-03")
    assert ms[(30, "场")].period == "2024-10"


def test_holiday_and_hour_words_are_table_rows():
    """The words joining listed holidays (、和与及), counting their days off (天, 第…日, 首日) and
    writing an hour (零时, 24时, 8时30分) are rows of metric_cues.tsv, not strings in kg/periods.py:
    a new word is a line in the table.  Readings unchanged."""
    from kg import periods
    from kg.metric_words import cue_chars, cues
    assert set(cue_chars("periods.holiday_list_join_chars")) == set("、和与及")
    assert cues("periods.holiday_first_day") == ("首日",)
    assert cues("periods.hour_unit") == ("时",) and cues("periods.minute_unit") == ("分",)
    assert all(ch in periods._LIST_JOIN for ch in cue_chars("periods.holiday_list_join_chars"))
    assert resolve("中秋节、国庆节假期", "2023-10-08") == "2023-09/2023-10"
    assert resolve("10月1日零时", "2023-10-08") == "2023-10-01"


def test_deadline_is_still_to_come():
    """6月底前完成老旧小区改造12个, 年底前建成高标准农田5万亩 in a February work plan: a deadline
    (底前, 末前) is a time still to come when written — 2025-06-30 and 2025-12-31, not last year's
    (were 2024-06-30 and 2024-12-31, and 年底前 lost its 前 to the indicator).  An end without a
    deadline mark (到年底) keeps its reading."""
    assert resolve("6月底前", "2025-02-20") == "2025-06-30"
    assert resolve("6月底", "2025-02-20") == "2024-06-30"
    ms, _ = _build("全县将在6月底前完成老旧小区改造12个。", "2025-02-20")
    assert ms[(12, "个")].period == "2025-06-30"
    ms, _ = _build("年底前建成高标准农田5万亩。", "2025-02-20")
    assert ms[(50000, "亩")].period == "2025-12-31"
    assert ms[(50000, "亩")].period_text == "年底前"


def test_task_list_number_is_no_list_of_items():
    """一、年底前建成高标准农田5万亩。二、6月底前完成老旧小区改造12个。 (a work plan's tasks): the 、
    of the number opening a line joins no items, so the period after it is the line's time (was
    dropped as an item's own time, leaving the figures without one).  一、二季度 still lists."""
    ms, _ = _build("一、年底前建成高标准农田5万亩。\n二、6月底前完成老旧小区改造12个。", "2025-02-20")
    assert ms[(50000, "亩")].period == "2025-12-31"
    assert ms[(12, "个")].period == "2025-06-30"


def test_work_plan_headed_by_its_year():
    """某县2025年工作要点 over 全县将新建高标准农田5万亩: a plan headed by its year is that year's
    (was None)."""
    ms, _ = _build("某县2025年工作要点\n全县将新建高标准农田5万亩。", "2025-02-20")
    assert ms[(50000, "亩")].period == "2025"


def test_year_before_listed_holidays_and_any_order():
    """2023年中秋、国庆假期期间，全县接待游客…; 今年国庆、中秋假期，…: a year before holidays listed
    with their shared days off is both's, and the stretch runs from the earlier month whichever is
    written first (were 国庆假期期间 2023-10 and 中秋假期 2023-09 alone)."""
    assert resolve("2023年中秋、国庆假期期间", "2023-10-07") == "2023-09/2023-10"
    assert resolve("国庆、中秋假期", "2023-10-07") == "2023-09/2023-10"
    ms, _ = _build("今年国庆、中秋假期，全县接待游客31万人次。", "2023-10-07")
    assert ms[(310000, "人次")].period == "2023-09/2023-10"
    assert ms[(310000, "人次")].period_text == "今年国庆、中秋假期"
    assert resolve("中秋节和春节期间", "2023-10-07") is None  # months apart: no shared days off


def test_new_year_holiday_weeks_ahead_is_the_coming_one():
    """元旦期间, 元旦、春节期间 in a notice of 20 December 2024 (关于做好元旦春节期间…工作): the
    New Year's Day a few days ahead, 2025's (were 2024-01, and None for the pair, read as eleven
    months apart).  Further from it (November), or after it (3 January), the publication year's."""
    assert resolve("元旦期间", "2024-12-20") == "2025-01"
    assert resolve("元旦、春节期间", "2024-12-20") == "2025-01"
    assert resolve("元旦期间", "2025-01-03") == "2025-01"
    assert resolve("元旦期间", "2024-11-20") == "2024-01"


def test_portal_record_table_and_hit_counter_date_the_page():
    """A county portal's record table sets its cells apart by bars ([ 成文日期 ] | 2025-03-28 |
    [ 发布日期 ] | 2025-03-28 |; 发布机构 | 某苏木 | 发布日期 | 2022-10-26), and a town's page writes
    its date before a hit counter (2025年01月20日 (点击: )): both are the publication date (were
    none, so the report's 今年 and yearless figures had no year)."""
    from kg.stages.dates import header_date
    head = ("[ 索引号 ] | 11500238765945700N/2025-00006 | [ 发文字号 ] | |\n"
            "[ 成文日期 ] | 2025-03-26 | [ 发布日期 ] | 2025-03-28 |\n")
    assert header_date(head) == "2025-03-28"
    assert header_date("发布机构 | 乌盖苏木 | 发布日期 | 2022-10-26\n巴音塔拉嘎查是…") == "2022-10-26"
    assert header_date("洪川镇2024年政府信息公开工作年度报告\n2025年01月20日 (点击: )\n洪川镇人民政府…") == "2025-01-20"


def test_results_heading_names_its_section_months():
    """一、1-3月份主要经济指标完成情况 over 全县地区生产总值52.22亿元 (a quarterly analysis published in
    April): the heading's months are the section's time (was None); a heading of plans
    (二、下半年工作打算) gives its section none."""
    text = ("今年以来，全县经济运行稳中向好。\n一、1-3月份主要经济指标完成情况\n全县地区生产总值52.22亿元，同比增长4.0%。\n"
            "二、下半年工作打算\n全县将新建高标准农田5万亩。")
    ms, _ = _build(text, "2025-04-25")
    assert ms[(5222000000, "元")].period == "2025-01/2025-03"
    assert ms[(50000, "亩")].period is None


def test_days_of_the_lunar_new_year():
    """大年初一，全县接待游客…, 除夕, 正月初七 in Spring Festival tourism and traffic news: days counted
    from the lunar new year (2025-01-29: 除夕 2025-01-28, 正月初七 2025-02-04), the nearest one when
    no year is written — 大年初一 was read as 年初 (the first month of a year: 2024-01 for 2024's
    new year of 10 February).  年初一次性下达资金 keeps its 年初."""
    assert resolve("大年初一", "2024-02-20") == "2024-02-10"
    assert resolve("除夕", "2025-03-01") == "2025-01-28"
    assert resolve("正月初七", "2025-03-01") == "2025-02-04"
    ms, _ = _build("大年初一，全县接待游客5.2万人次。", "2024-02-11")
    assert ms[(52000, "人次")].period == "2024-02-10"
    from kg.periods import find_periods
    assert [w for _a, _b, w in find_periods("年初一次性下达资金")] == ["年初"]


def test_lunar_gloss_after_a_day_keeps_the_stretch():
    """春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天; 从1月28日（除夕）至2月4日
    （正月初七）: the lunar name in brackets glosses the day just written — no period of its own —
    and the days off stay one stretch (2025-01-28/2025-02-04)."""
    ms, _ = _build("国务院办公厅关于2025年部分节假日安排的通知\n二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）"
                   "放假调休，共8天。", "2024-11-12")
    assert ms[(8, "天")].period == "2025-01-28/2025-02-04"
    ms, _ = _build("今年春节假期从1月28日（除夕）至2月4日（正月初七），共8天。", "2025-02-05")
    assert ms[(8, "天")].period == "2025-01-28/2025-02-04"


def test_monthly_release_headline_gives_its_month():
    """12月份全县经济运行简况 published in January, 5月份全市经济运行情况 in June: the headline's month
    (last December in January) is the time of figures stating none (were None)."""
    ms, _ = _build("12月份全县经济运行简况\n全县社会消费品零售总额8.2亿元，增长5.1%。", "2025-01-20")
    assert ms[(820000000, "元")].period == "2024-12"
    ms, _ = _build("5月份全市经济运行情况\n全市规模以上工业增加值增长6.2%。", "2025-06-18")
    assert ms[(6.2, "%")].period == "2025-05"


def test_day_deadline_is_still_to_come():
    """全县将于9月30日前完成老旧小区改造12个, 12月31日前，全县新建… in a February plan: the 前 after
    a day makes it a deadline, still to come (2025-09-30, 2025-12-31; were 2024's as past days).
    9月30日，全县完成… (no 前) and 9月30日前后 (about) keep their reading; 日前 (lately) is none."""
    ms, _ = _build("全县将于9月30日前完成老旧小区改造12个。", "2025-02-20")
    assert ms[(12, "个")].period == "2025-09-30"
    ms, _ = _build("12月31日前，全县新建高标准农田5万亩。", "2025-02-20")
    assert ms[(50000, "亩")].period == "2025-12-31"
    ms, _ = _build("9月30日，全县完成老旧小区改造12个。", "2025-02-20")
    assert ms[(12, "个")].period == "2024-09-30"
    from kg.periods import find_periods
    assert [w for _a, _b, w in find_periods("9月30日前后")] == ["9月30日前后"]
    assert find_periods("日前，县委召开常委会") == []
