"""Review of round 10's shares: a whole after a share opening with 和 (，和全国的0.6%) is the whole
全国, not 和全国; and a change in % after a share is its owner's only when it grows or falls
(增长, 下降, 减少) — 同比提高3% after 税收收入占…的比重为75% may be the share's own change."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _ind(text: str) -> dict:
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = "2024-05-06"
    return {(m.value, m.unit): m.indicator for m in extract_document(doc).metrics}


def test_a_whole_after_and_is_the_whole():
    assert _ind("我市常住人口占全省的8.5%，和全国的0.6%。")[(0.6, "%")] == "常住人口占全国"


def test_a_raised_share_is_not_moved_to_its_owner():
    ind = _ind("税收收入占一般公共预算收入的比重为75%，同比提高3%。")[(3, "%")]
    assert ind != "税收收入同比提高"


def test_a_grown_value_after_its_share_is_its_owner():
    assert _ind("采矿业增加值占比为40.2%，同比下降15.6%。")[(15.6, "%")] == "采矿业增加值同比下降"
