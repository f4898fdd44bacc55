"""Review of round 14's holiday periods.

- A list of holidays before shared days off read every holiday of a long list to its end (the
  pattern's repeat was unbounded, so its reach was infinite and the metrics stage's growing scans
  started afresh at every figure): at most four more holidays now.
- 中秋月饼销售额: the festival names the goods, no day of it (as 春节补贴 names an allowance).
- 中秋节和春节期间: two holidays months apart share no days off — no stretch from September to
  February."""
from kg.periods import _pattern, find_periods, resolve
from kg.text import attempt_reach


def test_the_period_pattern_has_a_finite_reach():
    assert attempt_reach(_pattern()) is not None


def test_festival_goods_are_no_time():
    assert not [w for _a, _b, w in find_periods("全县中秋月饼销售额达5000万元。") if "中秋" in w]
    assert not [w for _a, _b, w in find_periods("端午粽子礼盒热销。") if "端午" in w]


def test_holidays_months_apart_make_no_stretch():
    assert resolve("中秋节和春节期间", "2024-10-10", False) is None
    assert resolve("中秋节、国庆节假期", "2023-10-10", False) == "2023-09/2023-10"
