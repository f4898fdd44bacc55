"""Publication dates read on fresh pages: a work report's subtitle whose dash the scrape lost, a
newspaper reprint's credit line (《 人民日报 》（ 2024年06月18日 01 版）), a page footer's
日期 field.  Heads and footers written for these tests in the shape of such pages."""
from __future__ import annotations

from kg.stages.dates import header_date, signature_date

_BODY = "全县经济运行总体平稳。" * 60  # a body long enough that its footer is past the head


def test_a_report_subtitle_without_its_dash():
    """政府工作报告 / 2023年2月9日在某县第十八届人民代表大会第二次会议上: the dash of the
    subtitle is often lost in a scrape; a bracketed subtitle is the same line."""
    assert header_date("政府工作报告\n2023年2月9日在某县第十八届人民代表大会第二次会议上\n某县人民政府县长 王某\n"
                       "各位代表：") == "2023-02-09"
    assert header_date("政府工作报告\n（2023年1月10日在某市第十六届人民代表大会第三次会议上）\n") == "2023-01-10"


def test_a_sentence_about_a_meeting_is_no_subtitle():
    """2023年2月9日在县城召开会议上，…: a sentence running on after the meeting is no subtitle."""
    assert header_date("2023年2月9日在县城召开的会议上，县长作了讲话。") is None


def test_a_newspaper_credit_line_at_the_foot():
    """《 人民日报 》（ 2024年06月18日 01 版）: the paper's date of a reprinted story; a paper
    named in a sentence without its page number dates nothing."""
    text = "本报北京6月17日电 " + _BODY + "\n《 人民日报 》( 2024年06月18日 01 版)\n(责编:王某、李某)\n"
    assert signature_date(text) == "2024-06-18"
    assert signature_date(_BODY + "\n《经济日报》（2023年5月6日 第05版）") == "2023-05-06"
    assert signature_date(_BODY + "\n据《人民日报》（2024年6月18日）报道，全县如何。") is None


def test_a_footer_date_field():
    """日期：2022-10-31 / 发布日期：2022年10月31日 on a line of their own after the text; an
    event's 时间： there is no publication date."""
    assert signature_date(_BODY + "\n日期：2022-10-31\n") == "2022-10-31"
    assert signature_date(_BODY + "\n发布时间：2022-10-31 09:00  来源：县政府办\n") == "2022-10-31"
    assert signature_date(_BODY + "\n时间：2022-10-31 09:00\n地点：县会议中心") is None


def test_a_content_system_s_stamp_line():
    """admin 2019-02-05 15:23:34 导读: a short name, the date and its time of day head the page."""
    assert header_date("春节黄金周首日 全省接待游客超68万人次\nadmin 2019-02-05 15:23:34 导读\n导读：春节…") \
        == "2019-02-05"
    assert header_date("标题\n全县在2024-05-06 08:30召开会议。") is None


def test_a_site_line_after_its_font_size_box():
    """【字体：大 中 小】 2024-05-06 来源：县政府办: the box's colon is no sentence before the date."""
    assert header_date("标题\n【字体：大 中 小】 2024-05-06 来源：县政府办\n正文") == "2024-05-06"
