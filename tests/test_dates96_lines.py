"""Publication dates: the parts of a date are written on one line (found at the session's end, 2026-12-06).

A year and month closing a header line (来源：今日房县 2016年5月) and a first body line opening with a
month and day (5月13日，…) were read across the line break as one full date, 2016-05-05: a date that
is in no line of the text, worse than none.  A date written on one line, with spaces between its parts
(2016 年 5 月 16 日) or none, is read as before.  A source line giving only the year and month
(来源：唐山市 2023年6月) dates the page to that month, the last resort as an issuer's line is (市统计局
2020年3月), so that 6月23日 in its first sentence still has its year.
"""
from conftest import extract_text

from kg.stages.dates import header_date, issuer_month, signature_date

_SPLIT = "房县召开人大常委会会议\n来源：今日房县 2016年5月\n5月13日，县十八届人大常委会召开第三十次会议。\n"


def test_a_date_is_not_read_across_a_line_break():
    assert header_date(_SPLIT) is None
    assert signature_date(_SPLIT) is None
    doc = extract_text(_SPLIT)
    assert doc.date == "2016-05" and all(a.date in (None, "2016-05") for a in doc.articles), doc.date
    assert header_date("通知\n发布时间：2016年5月\n1.全县召开会议。") is None  # (no day 1 from the list's number)


def test_a_date_on_one_line_is_read_as_before():
    assert header_date("房县召开人大常委会会议\n来源：今日房县 2016年5月16日\n5月13日，县人大常委会召开会议。") == "2016-05-16"
    assert header_date("通知\n发布时间：2016 年 5 月 16 日\n正文。") == "2016-05-16"
    assert header_date("通知\n发布日期：2019-11-29\n正文。") == "2019-11-29"


def test_a_source_line_with_a_year_and_month_dates_the_page_to_the_month():
    """hebei89's 武卫东赴乐亭县、曹妃甸区调研检查 (来源:唐山市 2023年6月 ⏎ 6月23日,市委书记…): was 2023-06-06 across
    the break; now the month, and the story's 6月23日 in 2023."""
    text = "武卫东赴乐亭县调研检查\n来源:唐山市 2023年6月\n6月23日,市委书记武卫东赴乐亭县调研检查。\n"
    assert issuer_month(text) == "2023-06"
    assert extract_text(text).date == "2023-06"
    assert issuer_month("通知\n来源:唐山市 2023年6月23日\n正文。") is None  # (a day given: a full date's line)
    assert issuer_month("通知\n2023年6月，全市开展活动。\n") is None  # (a sentence, no source line)
