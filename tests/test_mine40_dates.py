"""mine40: a Hong Kong government press release (info.gov.hk, as published) closes with its date,
the weekday in brackets, and the release time on the next line: that date is the publication's."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _date(text: str) -> str | None:
    doc = Doc(id="t", source="t.txt", text=text)
    extract_document(doc)
    return doc.date


def test_press_release_dated_on_its_closing_line_with_a_bracketed_weekday():
    text = ("行政長官前往北京述職\n**********\n  行政長官李家超將於明日(十二月二十一日)下午至二十四日到北京述職,"
            "向國家領導人匯報香港經濟、社會和政治等方面的最新情況。\n   \n  在李家超離港期間,由政務司司長陳國基"
            "署理行政長官職務。\n \n2022年12月20日(星期二)\n香港時間10時30分\n")
    assert _date(text) == "2022-12-20"
    assert _date(text.replace("(星期二)", "（星期二）")) == "2022-12-20"


def test_a_bracketed_weekday_in_prose_dates_nothing():
    assert _date("会议定于2022年12月20日(星期二)上午在县委召开,请各单位准时参加。") is None
