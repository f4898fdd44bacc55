"""Review of round 11's periods.

上年 counted from the year a report tells of: a text of the publication year's months (1-6月 in a July
release) tells of the publication year, so its 上年末 is the year before publication (2023), not the
year before a year stated earlier (2022).  当月/次月 count from the month named before: 1-12月份 in a
January release is last year's months, so 当月 is last December, never the coming one."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _periods(text: str, date: str) -> dict:
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    return {(m.value, m.unit): m.period for m in extract_document(doc).metrics}


def test_months_of_the_publication_year_tell_of_it():
    p = _periods("2023年，全市生产总值增长5%。1-6月，全市生产总值500亿元，比上年同期增长6%。上年末户籍人口100万人。",
                 "2024-07-20")
    assert p[(1000000, "人")] == "2023-12-31"


def test_a_bulletin_of_last_year_still_counts_from_its_year():
    p = _periods("2023年某市国民经济和社会发展统计公报\n全年全市生产总值500亿元。上年末户籍人口100万人。", "2024-03-20")
    assert p[(1000000, "人")] == "2022-12-31"


def test_this_month_after_a_whole_year_in_january_is_last_december():
    assert _periods("1-12月份，全市利润增长5%。当月，利润增长3%。", "2025-01-20")[(3, "%")] == "2024-12"
    assert _periods("1-12月份，全市利润增长5%。次月，利润增长3%。", "2025-01-20")[(3, "%")] == "2025-01"
