"""Review of round 16's periods: a deadline already met (12月31日前，全县已完成…) is the
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
