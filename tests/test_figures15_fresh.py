"""Dates and figures in shapes read on fresh pages (round 15): a notice signed with a date in
Chinese numerals (二〇二三年十月八日), a county site's source line closing a story with its date
(（来源：某县融媒体中心 2023年10月8日）), a scrape's day-first stamp line (28.09.2015 19:43).
Heads, footers and sentences written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from kg.stages.dates import header_date, signature_date

_BODY = "全县经济运行总体平稳。" * 60  # a body long enough that its footer is past the head


def test_a_signature_in_chinese_numerals():
    """某县人民政府办公室 / 二〇二三年十月八日 closing a notice: the date it was signed; the zero
    may be written ○ or a letter O."""
    assert signature_date(_BODY + "\n特此通知。\n某县人民政府办公室\n二〇二三年十月八日\n") == "2023-10-08"
    assert signature_date(_BODY + "\n某县自然资源局\n二○二二年十二月三十一日") == "2022-12-31"
    assert signature_date(_BODY + "\n某县自然资源局\n二O一九年七月二十三日") == "2019-07-23"


def test_a_chinese_numeral_date_line_in_the_head():
    """A notice's head with its date in Chinese numerals on a line of its own."""
    assert header_date("关于做好冬季森林防火工作的通知\n二〇二三年十月八日\n各乡镇人民政府：") == "2023-10-08"


def test_a_chinese_numeral_date_in_a_sentence_signs_nothing():
    """二〇二三年十月八日，全县召开…: a sentence, not a signature line."""
    assert signature_date(_BODY + "\n二〇二三年十月八日，全县召开森林防火工作会议。") is None


def test_a_closing_source_line_with_its_date():
    """（来源：某县融媒体中心 2023年10月8日） closing a county story; an event's date in the last
    sentence is not one."""
    assert signature_date(_BODY + "\n（来源：某县融媒体中心 2023年10月8日）\n") == "2023-10-08"
    assert signature_date(_BODY + "\n来源：某县人民政府网 2023-10-08\n") == "2023-10-08"
    assert signature_date(_BODY + "\n会议定于2023年10月8日召开。\n") is None


def test_a_day_first_stamp_line():
    """28.09.2015 19:43 on a line of its own under a headline: day, month, year; an impossible
    day-first reading is no date."""
    assert header_date("凤冈县18个项目集中开工\n28.09.2015 19:43\n本文来源: 新华\n") == "2015-09-28"
    assert header_date("某县召开会议\n09.28.2015 19:43\n") is None
