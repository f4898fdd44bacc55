"""Review of round 73 on merging (fix72 after round 72 landed in it): defects the round's rules brought to texts
they were not written for, found by the full suite on the merged tree.  Each test fails on the merged tree
(4eb03327) before its fix."""
from __future__ import annotations

from conftest import extract_text


def test_a_list_of_measures_in_one_unit_shares_no_noun():
    """sichuan73 gave each count of a 、-list of scopes the noun written after the last (是全国120个、四川省10个、
    甘孜州5个纯牧业县之一); a list of measures in one unit (货运量12.5亿吨、货物周转量3600亿吨公里) is no such list —
    the 公里 after 吨 continues the unit (tonne-kilometres), no noun of the tonnes.  Scopes are places or the whole."""
    doc = extract_text("某省交通运输运行情况\n前三季度,全省完成货运量12.5亿吨、货物周转量3600亿吨公里,同比分别增长3.1%和4.2%。")
    got = {m.indicator: m.value for m in doc.metrics}
    assert not [k for k in got if k.startswith("公里")], got
    assert got.get("货物周转量") == 360000000000, got
    doc = extract_text("某县畜牧业\n该县是全国100个、全省8个、全市2个牧业大县之一。")
    assert {m.indicator for m in doc.metrics} == {"牧业大县"}, [(m.indicator, m.value) for m in doc.metrics]
