"""Periods read on fresh poverty-alleviation reviews, five-year summaries and monthly statistics
releases.  Phrases written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None = "2020-05-10"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


def test_the_starting_level_of_a_change_has_no_time_of_the_sentence():
    """由13677户减至2560户 in a 2019 section, 截至2019年底，…由16.83%下降至0.14%: the time the
    section or sentence states is the level reached; the level the stretch starts from is at
    another (unstated) time.  A start level with its own time (由2000年的45%) keeps it."""
    ms = _build("2019年工作回顾\n全县建档立卡贫困户由13677户减至2560户，贫困发生率从12.3%下降到1.5%。")
    assert ms[(13677, "户")].period is None
    assert ms[(12.3, "%")].period is None
    assert ms[(2560, "户")].period == "2019"
    assert ms[(1.5, "%")].period == "2019"
    ms = _build("非公有制经济增加值占比由2000年的45%提高到65%。")
    assert ms[(45, "%")].period == "2000"


def test_the_level_reached_keeps_the_time_opening_the_sentence():
    """截至2019年底，全市…，贫困发生率由16.83%下降至0.14%: the as-of day opening the sentence
    is the time of the level reached (0.14%), which lost it when the 由 clause was read as
    giving its own earlier time."""
    ms = _build("截至2019年底，全市892个贫困村全部出列，贫困发生率由16.83%下降至0.14%。")
    assert ms[(0.14, "%")].period == "2019-12-31"
    assert ms[(16.83, "%")].period is None
    ms = _build("贫困人口从2012年年底的9899万人减少到2019年年底的551万人，贫困发生率由10.2%降至0.6%。")
    assert ms[(0.6, "%")].period == "2019-12-31"


def test_a_start_and_a_to_end_written_together_are_one_stretch():
    """2021年1月1日至2022年8月29日，全县累计核酸检测…份 (daily epidemic bulletins, project
    reports): the count is over the stretch, not as of its last day; an end without a year
    (2022年1月1日至6月30日) takes the start's, even with no publication date."""
    ms = _build("2021年1月1日至2022年8月29日，全县累计核酸检测727191份。"
                "2019年1月至2021年6月，全县累计投资12亿元。截至2022年8月29日，全县累计接种疫苗29万剂次。",
                "2022-09-01")
    assert ms[(727191, "份")].period == "2021-01-01/2022-08-29"
    assert ms[(1200000000, "元")].period == "2019-01/2021-06"
    assert [m.period for m in ms.values() if m.value == 290000] == ["2022-08-29"]
    ms = _build("2022年1月1日至6月30日，全县累计接待游客12万人次。", None)
    assert ms[(120000, "人次")].period == "2022-01-01/2022-06-30"


def test_a_stretch_since_a_year_has_no_period_without_a_publication_date():
    """2012年至今, 2012年以来 in an undated scrape: the stretch runs to a day the text does not
    give, so it is no year 2012 (with a date it runs up to the publication month)."""
    from kg.periods import resolve
    assert resolve("2012年至今", None) is None
    assert resolve("2012年以来", None) is None
    assert resolve("2012年至今", "2020-05-10") == "2012-01/2020-05"


def _dated(text: str):
    doc = Doc(id="t", source="t.txt", text=text)
    extract_document(doc)
    return doc.date


def test_an_issuer_line_with_year_and_month_dates_a_monthly_release():
    """2020年1-2月全市经济运行简况⏎市统计局 2020年3月: a statistics release names its issuer and
    the month it came out under the title; with no day anywhere, that month is the publication's
    (so 今年 in it is 2020).  A title's own month (…简况(2020年3月)) is no issuer's line."""
    assert _dated("2020年1-2月全市经济运行简况\n市统计局 2020年3月\n1-2月，全市规模以上工业增加值同比下降12.5%。") == "2020-03"
    assert _dated("全县经济运行简况\n县统计局  2021年8月\n上半年，全县地区生产总值增长8.1%。") == "2021-08"
    assert _dated("每月经济运行简况(2020年3月)\n1-3月，全市实现地区生产总值1028.06亿元。") is None


def test_dates_in_a_related_links_list_at_the_foot_are_other_pages():
    """相关链接⏎关于做好汛期工作的通知 2023-05-12: the list closing a county page links other
    notices with their dates; none of them is this page's publication date."""
    body = "县政府召开防汛工作会议\n会议要求，各乡镇要压实防汛责任，全面排查隐患点位。全县共排查隐患点位126处。\n"
    assert _dated(body + "相关链接\n关于做好2023年汛期工作的通知 2023-05-12\n县应急管理局开展防汛演练 2023-04-28\n") is None
    assert _dated(body + "相关文章\n· 关于做好汛期工作的通知  2023-05-12\n") is None
    assert _dated(body + "县应急管理局\n2023年6月2日\n相关链接\n县应急管理局开展防汛演练 2023-04-28\n") == "2023-06-02"


def test_the_year_after_is_counted_from_the_year_named_before():
    """2019年，…，次年完成造林面积4万亩 (project histories, poverty reviews): 次年 and 翌年 are the
    year after the one the text just named, not the year before it carried on, nor a year from
    the publication date; each 次年 moves one year on; with no year named, no period."""
    ms = _build("2019年，全县完成造林面积3万亩，次年完成造林面积4万亩。", "2023-03-01")
    assert ms[(30000, "亩")].period == "2019"
    assert ms[(40000, "亩")].period == "2020"
    ms = _build("该项目于2016年开工建设，翌年3月建成投产。次年，全县新增就业岗位800个。", "2023-03-01")
    assert ms[(800, "个")].period == "2018"
    ms = _build("次年，全县新增就业岗位800个。", "2023-03-01")
    assert ms[(800, "个")].period is None


def test_a_stretch_from_a_day_is_its_own_sentence_s_time_only():
    """疫情发生以来，2月7日至今，全区累计排查…。全区新增就业岗位…: a stretch from a day (an
    operation's start) dates the count of its sentence; the next sentence on another measure does
    not share it (as it would 今年以来).  A breakdown opening with 其中 still does."""
    ms = _build("2月7日至今，全区累计排查人员3.2万人次。全区新增就业岗位1200个。", "2023-03-01")
    assert ms[(32000, "人次")].period == "2023-02-07/2023-03"
    assert ms[(1200, "个")].period is None
    ms = _build("今年以来，全区累计排查人员3.2万人次。全区新增就业岗位1200个。", "2023-03-01")
    assert ms[(1200, "个")].period == "2023-01/2023-03"
    ms = _build("2月7日以来，全市累计接种疫苗120万剂次。其中，60岁以上老人接种30万剂次。", "2023-03-01")
    assert [m.period for m in ms.values() if m.value == 300000] == ["2023-02-07/2023-03"]
