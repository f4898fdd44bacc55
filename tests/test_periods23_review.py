"""Periods of the seventh round, as reviewed at its merge: the months and quarters counted from the
publication (上月, 本季度) and the holidays and yearless parts read as last year's."""
from conftest import figure_table

from kg.periods import find_periods, resolve


def test_a_relative_month_is_never_the_end_of_another_word():
    """线上|月销售额, 在此基础上|月均增长, 基本月工资: the 上/本 closes another word
    (periods.before_relative_chars), no month counted from the publication."""
    assert find_periods("全县线上月销售额达5亿元") == []
    assert find_periods("在此基础上月均增长5%") == []
    assert find_periods("比上月增长3%") == [(1, 3, "上月")]
    assert find_periods("上月全县工业增加值增长5%")[0][2] == "上月"


def test_a_written_year_before_a_relative_month_is_kept():
    """去年本月 is the publication's month of last year, 去年上季度 last year's quarter before it."""
    assert resolve("去年本月", "2024-06-15") == "2023-06"
    assert resolve("2023年本月", "2024-06-15") == "2023-06"
    assert resolve("去年上季度", "2024-06-15") == "2023-01/2023-03"
    assert resolve("上月", "2024-01-10") == "2023-12"


def test_a_planned_figure_keeps_the_coming_holiday():
    """五一假期期间，我县将举办各类活动20场 in a March story is a plan for this May; a result of a
    holiday named without its year (国庆假期，全县接待游客…) in March is last October's."""
    got = figure_table("五一假期期间，我县将举办各类活动20场。国庆假期，全县接待游客20万人次。", "2024-03-01")
    assert got[(20, "场")][2] == "2024-05"
    assert got[(200000, "人次")][2] == "2023-10"
    got = figure_table("国庆假期，全县接待游客将近20万人次。", "2024-03-01")  # 将近: nearly, no plan
    assert got[(200000, "人次")][2] == "2023-10"
