"""Review of round 10: a table's unit cell (亿元, 千万元) allowed any run of magnitude words, and 千万
reads as 千万 or 千+万: a line of many 千万 before a non-unit tried every split before failing —
exponential (24 pairs: 41 s for one build, 26 pairs: minutes).  At most three magnitude words now."""
from __future__ import annotations

import time

from kg.builder import extract_document
from kg.model import Doc
from kg.stages.numbers import UNIT_WORD


def test_a_long_run_of_magnitude_words_fails_at_once():
    t = time.perf_counter()
    assert UNIT_WORD.fullmatch("千万" * 40 + "的") is None
    assert time.perf_counter() - t < 1.0  # (unbounded: 2^40 splits)


def test_units_with_magnitudes_still_read():
    for unit in ("千瓦时", "万千瓦", "亿元", "千万元", "万亿元"):
        assert UNIT_WORD.fullmatch(unit), unit


def test_a_line_of_magnitude_words_builds():
    text = "县政府召开会议，研究部署工作\n\n" + "千万" * 40 + "的\n\n全县完成投资12亿元。"
    t = time.perf_counter()
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    assert time.perf_counter() - t < 20
    assert any(m.value == 1200000000 for m in res.metrics)
