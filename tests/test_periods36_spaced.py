"""A year named by a word and set apart from its months (今年 1—11 月, 去年 12 月), as pages
converted from PDF or Word write it: the months keep that year, read against the publication
date — not the last year the text wrote (2021—2025 年 … 今年 1—11 月 gave 2025-01/2025-11 with no
publication date), and with no date no period at all (round 36 review, county report shapes)."""
from __future__ import annotations

from conftest import figure_table


def test_spaced_months_after_a_year_word_keep_that_year():
    text = "县政府工作报告\n2021—2025 年，计划投资 150 亿元。今年 1—11 月，完成投资 45.6 亿元。去年 12 月，全县新增企业 35 家。"
    dated = figure_table(text, "2024-12-20")
    assert dated[(4560000000, "元")][2] == "2024-01/2024-11", dated
    assert dated[(35, "家")][2] == "2023-12", dated
    assert dated[(15000000000, "元")][2] == "2021/2025", dated
    undated = figure_table(text, None)
    assert undated[(4560000000, "元")][2] is None, undated
