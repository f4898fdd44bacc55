"""Review of round 16's periods: a holiday notice's title year dates only the days off it lists
(not a safety notice's other figures), and a deadline already met (12月31日前，全县已完成…) is the
past one, not pushed a year ahead.  Phrases written for these tests in the shape of such texts
(figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}, res


def test_notice_year_dates_only_the_days_off():
    """关于2026年元旦春节放假期间做好安全生产工作的通知 of 20 December 2025: 11月份…检查企业200家 and
    上半年…事故3起 are the publication year's (were 2026-11, 2026-H1); 元旦期间…放假3天, the days off,
    stay 2026's.  A notice naming 2025 of 20 January 2025: 12月以来 is since last December (was
    2025-12), the listed 1月28日至2月4日放假调休 2025's."""
    text = ("关于2026年元旦春节放假期间做好安全生产工作的通知\n各乡镇人民政府：\n"
            "11月份，全县共检查企业200家。上半年，全县发生生产安全事故3起。元旦期间，全县共放假3天。")
    ms, _ = _build(text, "2025-12-20")
    assert ms[(200, "家")].period == "2025-11"
    assert ms[(3, "起")].period == "2025-01/2025-06"
    assert ms[(3, "天")].period == "2026-01"
    ms, _ = _build("关于2025年元旦春节期间放假安排的通知\n各乡镇：\n12月以来，全县共检查企业150家。"
                   "1月28日至2月4日放假调休，共8天。", "2025-01-20")
    assert ms[(150, "家")].period == "2024-12/2025-01"
    assert ms[(8, "天")].period == "2025-01-28/2025-02-04"


def test_notice_year_still_dates_listed_days_off():
    """国务院办公厅关于2026年部分节假日安排的通知 of November 2025: 1月1日至3日放假调休 and
    1月4日（周日）上班 are 2026's."""
    text = ("国务院办公厅关于2026年部分节假日安排的通知\n各省人民政府：\n"
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班，共1天。")
    ms, _ = _build(text, "2025-11-04")
    assert ms[(3, "天")].period == "2026-01-01/2026-01-03"
    assert ms[(1, "天")].period == "2026-01-04"


def test_met_deadline_is_the_past_one():
    """Published 8 January 2025: 12月31日前，全县已完成冬小麦播种60万亩 and 年底前，全县已完成隐患整改
    300处 report a deadline met, 2024-12-31 (were 2025-12-31).  Plans keep the coming deadline:
    年底前，全县将完成…, 全县将于9月30日前完成… in February."""
    ms, _ = _build("12月31日前，全县已完成冬小麦播种60万亩。", "2025-01-08")
    assert ms[(600000, "亩")].period == "2024-12-31"
    ms, _ = _build("年底前，全县已完成隐患整改300处。", "2025-01-08")
    assert ms[(300, "处")].period == "2024-12-31"
    ms, _ = _build("年底前，全县累计完成隐患整改300处。", "2025-01-08")
    assert ms[(300, "处")].period == "2024-12-31"
    ms, _ = _build("年底前，全县将完成隐患整改300处。", "2025-01-08")
    assert ms[(300, "处")].period == "2025-12-31"
    ms, _ = _build("全县将于9月30日前完成老旧小区改造12个。", "2025-02-20")
    assert ms[(12, "个")].period == "2025-09-30"
    ms, _ = _build("12月31日前，全县新建高标准农田5万亩。", "2025-02-20")
    assert ms[(50000, "亩")].period == "2025-12-31"


def test_notice_year_not_for_a_month_beside_days_off():
    """11月份，全县共检查企业200家，节前放假… in a notice of 20 December 2025 titled 2026: a month
    beside the word 放假 is no day off, the publication year's (2025-11)."""
    text = ("关于2026年元旦春节放假期间做好安全生产工作的通知\n各乡镇人民政府：\n"
            "11月份，全县共检查企业200家，节前放假企业须落实值班。")
    ms, _ = _build(text, "2025-12-20")
    assert ms[(200, "家")].period == "2025-11"
