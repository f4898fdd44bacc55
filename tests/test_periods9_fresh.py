"""Periods read on fresh plans and work reports: the coming years a plan looks ahead to
(今后五年, 未来三年).  Phrases written for these tests in the shape of such texts."""
from __future__ import annotations

from kg.periods import find_periods, resolve


def test_the_coming_years_of_a_plan():
    """今后五年 in a March report is that year and the four after it; 未来三年 in November the
    three years after it; one coming year is a year."""
    assert resolve("今后五年", "2006-03-06") == "2006/2010"
    assert resolve("未来三年", "2023-11-20") == "2024/2026"
    assert resolve("未来一年", "2023-03-01") == "2023"
    assert [p[2] for p in find_periods("一是今后五年国内生产总值年均增长7.5%")] == ["今后五年"]


def test_the_future_without_a_count_is_no_period():
    """面向未来, 未来几年: no count of years, no period."""
    assert find_periods("面向未来，十年磨一剑") == []
    assert find_periods("未来几年") == []
