"""Periods read on fresh statistics releases, county news and education notices: a month named
relative to the publication month (上月, 上个月, 本月, 截至上月底) and a school year over two
years (2023-2024学年).  Phrases written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import find_periods, resolve


def _build(text: str, date: str | None = "2023-11-15"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


def test_a_month_named_relative_to_the_publication_is_that_month():
    """上月 in a November story is October (January's 上个月 is last December); 本月 is the
    publication month; 截至上月底 is as of October's last day.  Without a publication month
    the month cannot be known."""
    assert resolve("上月", "2023-11-15") == "2023-10"
    assert resolve("上个月", "2024-01-05") == "2023-12"
    assert resolve("本月", "2023-11-15") == "2023-11"
    assert resolve("截至上月底", "2024-03-02") == "2024-02-29"
    assert resolve("上月", "2023") is None
    assert [p[2] for p in find_periods("截至上月底，全区累计办件8.6万件")] == ["截至上月底"]


def test_a_relative_month_is_the_figure_s_own_time_not_the_sentence_before():
    """上月，全市新增市场主体1200户 after a sentence of 去年: the figure's time is October, not
    last year carried over; a count as of 上月底 is October's last day."""
    ms = _build("去年，全县粮食产量12万吨。上月，全市新增市场主体1200户。"
                "截至上月底，全区累计办件8.6万件。本月，全区新签约项目12个。")
    assert ms[(120000, "吨")].period == "2022"
    assert ms[(1200, "户")].period == "2023-10"
    assert ms[(86000, "件")].period == "2023-10-31"
    assert ms[(12, "个")].period == "2023-11"


def test_compared_with_last_month_keeps_the_month_of_the_figure():
    """比上月回落, 环比上月增长, 较上月增加: 上月 is the base of a comparison, the figure's time
    stays the month the sentence opens with."""
    ms = _build("10月份，全市居民消费价格同比上涨2%，比上月回落0.3个百分点。"
                "10月份，全市新增就业3000人，较上月增加200人。")
    assert ms[(2, "%")].period == "2023-10"
    assert ms[(0.3, "个百分点")].period == "2023-10"
    assert ms[(200, "人")].period == "2023-10"


def test_a_school_year_is_the_two_years_it_spans():
    """2023-2024学年 (or 2023/2024学年) is 2023/2024; the slash is read only before 学年, never
    in a date (2023/11/15)."""
    assert resolve("2023-2024学年", "2023-11-15") == "2023/2024"
    assert resolve("2023/2024学年", "2023-11-15") == "2023/2024"
    assert not [p for p in find_periods("发布于2023/11/15") if "/" in p[2]]
    ms = _build("2022年，全县发放补贴1200万元。2023-2024学年，全县共有在校学生3.5万人。")
    assert ms[(35000, "人")].period == "2023/2024"


def test_a_dateline_that_writes_its_year_dates_the_story():
    """人民网北京2021年3月5日电 in a page with no other date: the dateline's own year and day date
    the story (a dateline without a year still needs one from elsewhere)."""
    doc = Doc(id="t", source="t.txt", text="人民网北京2021年3月5日电 今天，会议在北京开幕。全市共有企业3000家。\n")
    extract_document(doc)
    assert doc.date == "2021-03-05"
    doc = Doc(id="u", source="u.txt", text="中新网兰州9月7日电 记者7日获悉，全省共有企业3000家。\n")
    extract_document(doc)
    assert doc.date is None


def test_a_sentence_that_is_a_series_of_months_sets_no_time_for_the_next():
    """6月份增速为16.0%，7月份回落至14.7%，8月份为12.8%，9月份为11.4%: each month is its clause's,
    and the first is no more the sentence's than the others, so the next sentence's figure
    takes the release's 10月份 (the sentence before), not 6月份."""
    ms = _build("国家统计局发布数据显示，10月份，全国规模以上工业增加值同比增长8.2%。"
                "6月份增速为16.0%，7月份回落至14.7%，8月份为12.8%，9月份为11.4%。"
                "工业企业产品销售率为97.4%。", date="2008-11-13")
    assert ms[(16.0, "%")].period == "2008-06"
    assert ms[(11.4, "%")].period == "2008-09"
    assert ms[(97.4, "%")].period == "2008-10"



def test_an_unnumbered_review_heading_gives_its_year_to_the_section():
    """2019年及今年以来工作回顾 (no 一、 before it) in a report delivered in June 2020: the figures
    of a paragraph below that states no time are 2019's; a later heading 2020年工作安排 gives
    its own year, and the report's title (…政府工作报告) is no section heading."""
    text = ("2020年某县政府工作报告\n"
            "2020年6月4日在县十七届人大五次会议上\n"
            "2019年及今年以来工作回顾\n"
            "2019年是极不平凡的一年。\n"
            "经济发展提质增效。地区生产总值增长8.4%；固定资产投资增长11.5%。\n"
            "2020年工作安排\n"
            "经济发展。社会消费品零售总额增长9%左右。\n")
    ms = _build(text, date="2020-06-04")
    assert ms[(8.4, "%")].period == "2019"
    assert ms[(11.5, "%")].period == "2019"
    assert ms[(9, "%")].period == "2020"


def test_a_quarter_named_relative_to_the_publication_is_that_quarter():
    """上季度 in a November story is the third quarter, 本季度 the fourth; in February, 上季度 is
    last year's fourth; 截至上季度末 is as of its last day."""
    assert resolve("上季度", "2023-11-15") == "2023-07/2023-09"
    assert resolve("本季度", "2023-11-15") == "2023-10/2023-12"
    assert resolve("上季度", "2024-02-01") == "2023-10/2023-12"
    assert resolve("截至上季度末", "2023-11-15") == "2023-09-30"
    ms = _build("去年，全县粮食产量12万吨。上季度，全市新增企业1200家。")
    assert ms[(1200, "家")].period == "2023-07/2023-09"


def test_up_to_now_is_a_stretch_to_the_publication_month():
    """今年1月至今, 2019年至今: from that time up to the publication month (as 以来), not the
    first month alone."""
    assert resolve("今年1月至今", "2023-11-15") == "2023-01/2023-11"
    assert resolve("2019年至今", "2023-11-15") == "2019-01/2023-11"
    ms = _build("今年1月至今，全县累计接待游客120万人次。")
    assert ms[(1200000, "人次")].period == "2023-01/2023-11"


def test_a_week_takes_no_quarter_from_the_sentence_before():
    """本季度，…。本周，…: this week is a time of its own the ISO period does not carry (kept as
    words), not the quarter of the sentence before."""
    ms = _build("本季度，全市新签项目30个。本周，全区办理业务500件。")
    assert ms[(30, "个")].period == "2023-10/2023-12"
    assert ms[(500, "件")].period is None
    assert ms[(500, "件")].period_text == "本周"


def test_a_story_opening_with_the_full_date_of_its_event_is_dated_by_it():
    """县政府召开第18次常务会议⏎2023年7月11日，县长…主持召开…, and 当地时间2023年10月27日，… abroad:
    with no header, dateline or signature, the date opening the story's first sentence dates it.
    A date not followed by a comma (1989年10月27日正式成立) is history, and a date deep in the
    text is no lead."""
    doc = Doc(id="t", source="t.txt", text="县政府召开第18次常务会议\n2023年7月11日，县长主持召开县政府第18次常务会议。\n")
    extract_document(doc)
    assert doc.date == "2023-07-11"
    doc = Doc(id="u", source="u.txt", text="美国总统会见外长\n当地时间2023年10月27日上午，美国总统在白宫会见外长。\n")
    extract_document(doc)
    assert doc.date == "2023-10-27"
    doc = Doc(id="v", source="v.txt", text="驻深办事处简介\n1989年10月27日正式成立，归口市政府管理。\n")
    extract_document(doc)
    assert doc.date is None
    doc = Doc(id="w", source="w.txt", text="某镇召开会议\n会议要求加强管理。\n会议指出：\n一是加强领导。\n2019年9月18日，总书记在郑州主持召开座谈会。\n")
    extract_document(doc)
    assert doc.date is None


def _date_of(text: str) -> str | None:
    doc = Doc(id="t", source="t.txt", text=text)
    extract_document(doc)
    return doc.date


def test_page_head_shapes_that_carry_the_publication_date():
    """Head lines of scraped county and ministry pages: a date line with the reporters after it
    (2018-03-28 记者 张三 李四), an issuer glued to a dashed date (四川省商务厅2022-10-08), a title
    closing with a dashed date in brackets (…发布会辑录(2026-01-28)), a stamp with a stray slash
    (2019/01/14/ 10:53 来源:某报), a date line closed by 发表."""
    assert _date_of("我市考察团赴外地学习考察\n\n2018-03-28 记者 张三 李四\n3月27日，考察团一行抵达。\n") == "2018-03-28"
    assert _date_of("全省商务系统召开会议\n四川省商务厅2022-10-08\n9月29日上午，商务厅召开会议。\n") == "2022-10-08"
    assert _date_of("国务院台办新闻发布会辑录(2026-01-28)\n1月28日上午10时，发布会举行。\n") == "2026-01-28"
    assert _date_of("某区奖补项目惠及群众\n2019/01/14/ 10:53 来源:某报\n项目深入实施。\n") == "2019-01-14"
    assert _date_of("某省高层异动\n \n2001年1月13日发表\n \n消息称，两名副省长辞职。\n") == "2001-01-13"


def test_the_day_of_a_dateline_is_no_time_of_the_figures_after_it():
    """新华社北京1月14日电 蒲河村建成了72米的漫水桥: the day the story was filed is no time the
    figure refers to (a day opening a sentence, 1月14日，…, still is)."""
    ms = _build("标题\n2019-01-14 10:53 来源:某报\n新华社北京1月14日电 蒲河村建成了72米的漫水桥。\n", date=None)
    assert ms[(72, "米")].period is None
    ms = _build("标题\n2019-01-14 10:53 来源:某报\n1月14日，蒲河村建成了72米的漫水桥。\n", date=None)
    assert ms[(72, "米")].period == "2019-01-14"


def test_a_yearless_dateline_takes_the_year_of_the_event_its_lead_dates():
    """红网岳阳8月19日讯 …，2022年8月18日上午，…: the story was filed the day after the event its
    lead dates in full, so the dateline is 2022's; an event dated long before the dateline
    (2019年12月31日 under 3月2日讯) tells no year of the filing."""
    assert _date_of("某网岳阳8月19日讯 为推进林长制，2022年8月18日上午，某镇举行挂牌仪式。\n") == "2022-08-19"
    assert _date_of("某网3月2日讯 2019年12月31日，某县成立。\n") is None


def test_a_holiday_s_result_is_of_the_holiday_past():
    """国庆假期，全县旅游收入… in a March story: a result is of last October's holiday, not of one
    seven months ahead (as 全年 in a March bulletin is last year).  今年国庆 fixes its year, and
    a festival in the month after the publication stays the nearest."""
    text = "春节期间，全市接待游客120万人次。国庆假期，全县旅游收入2.3亿元。"
    ms = _build(text, date="2024-03-01")
    assert ms[(230000000, "元")].period == "2023-10"
    ms = _build(text, date="2024-01-20")
    assert ms[(1200000, "人次")].period == "2024-02"
    ms = _build("今年国庆期间，全县接待游客30万人次。", date="2024-10-08")
    assert ms[(300000, "人次")].period == "2024-10"
