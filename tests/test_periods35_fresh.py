"""Periods read on fresh government texts of round 35: a 十四五 outline of 额济纳旗 (Inner
Mongolia) converted from PDF, whose dates set their units apart from their digits (2020 年，
2024 年 1 月), and a Chongqing district's budget report (开州区) whose 收支执行表 sets its row
labels one a line with their bars (一、本级收入 |) between the section heading and the figures.
Excerpts of the pages as published (/tmp/s21/fresh/periods35/, SOURCES.md there)."""
from __future__ import annotations

from conftest import extract_text, figure_table

EJINA = ("额济纳旗人民政府\n2021 年 3 月\n"
         "综合经济实力进一步增强。 “ 十三五 ” 期间，额济纳旗经济快速发展，人民生活水平不断提高，三次产业结构不断优化。"
         " 2020 年，全旗地区生产总值达到 38.11 亿元，“十三五”期间年均增长 5.39% ，三次产业占比为 6.5:26.8:66.7 。"
         " 2020 年城镇常住居民人均可支配收入完成 44910 元，年均增长 6.41% 。\n")


def test_spaced_year_of_a_pdf_page_is_the_year():
    """2020 年，全旗地区生产总值达到 38.11 亿元 under a 十三五 review: the year 2020 (was 2016/2020,
    the space hid the year), and 2020 年城镇常住居民人均可支配收入 names no indicator 年城镇…."""
    figs = figure_table(EJINA, None)
    assert figs[(3811000000, "元")][2] == "2020"
    assert figs[(44910, "元")][0] == "城镇常住居民人均可支配收入"
    assert figs[(44910, "元")][2] == "2020"
    assert figs[(5.39, "%")][2] == "2016/2020"  # “十三五”期间年均增长: the plan's five years still


def test_spaced_month_and_day_are_periods():
    """截至 2024 年 6 月底 and 2023 年 1—6 月 as a converted PDF writes them: the day and the months
    (were no period)."""
    figs = figure_table("截至 2024 年 6 月底，全县金融机构各项存款余额 128.5 亿元，比年初增长 6.2% 。", "2024-07-20")
    assert figs[(12850000000, "元")][2] == "2024-06-30"
    figs = figure_table("2023 年 1—6 月，全市规模以上工业增加值同比增长 5.1% 。", "2023-07-20")
    assert figs[(5.1, "%")][2] == "2023-01/2023-06"


def test_closed_up_dates_keep_the_written_text_and_offsets():
    """The reading is the same length, its spaces before the date (so 3 月底, 18 日起 stay whole);
    the document, its evidence and surfaces are the page as written; figures and spans of numbers
    are untouched (增长 5 - 6 个百分点, 38.11 亿元, 12345 年 of a longer number)."""
    from kg.stages.simplified import close_spaced_dates
    for s in ("2024 年 1 月 18 日起", "每年 3 月底", "增长 5 - 6 个百分点", "达到 38.11 亿元", "12345 年"):
        assert len(close_spaced_dates(s)) == len(s)
    assert close_spaced_dates("2024 年 1 月 18 日起").strip() == "2024年1月18日起"
    assert close_spaced_dates("每年 3 月底").endswith("3月底")
    assert close_spaced_dates("增长 5 - 6 个百分点") == "增长 5 - 6 个百分点"
    doc = extract_text(EJINA)
    assert doc.text == EJINA
    gdp = next(m for m in doc.metrics if m.value == 3811000000)
    ev = gdp.evidence[0]
    # the sentence quoted whole from the page, its date as written (not 020 年, cut one in)
    assert ev.quote.startswith("2020 年，全旗地区生产总值达到 38.11 亿元")
    assert EJINA[ev.start:ev.end] == ev.quote


KAIZHOU = """关于重庆市开州区2024年预算执行情况和2025年预算草案的报告
一、2024年预算执行情况
（一）全区预算执行情况
1﹒全区一般公共预算。
2024年全区一般公共预算收支执行表
单位：亿元
收入 |
执行数 |
支出 |
执行数 |
总计 |
155.41 |
总计 |
155.41 |
一、本级收入 |
30.09 |
一、本级支出 |
125.05 |
税收收入 |
14.26 |
二、转移性支出 |
30.36 |
——全区一般公共预算收入30.09亿元，下降18.8%，完成预算的100.3%（调整预算，下同）。其中，税收收入14.26亿元，增长4.2%，非税收入15.83亿元，下降32.2%。
"""


def test_budget_table_row_labels_do_not_end_the_years_section():
    """一、2024年预算执行情况 over a 收支执行表 whose row labels (一、本级收入 |, 二、转移性支出 |) read as
    top-level headings of no year: the figures after the table are 2024's still (were no period)."""
    figs = figure_table(KAIZHOU, "2025-02-24")
    assert figs[(3009000000, "元")][2] == "2024"
    assert figs[(18.8, "%")][2] == "2024"
    assert figs[(1583000000, "元")][2] == "2024"
    # a page set whole in a table: a cell that states a year (二、2025年预算草案 |) is a heading still
    figs = figure_table(KAIZHOU + "二、2025年预算草案 |\n全区一般公共预算收入预计完成31.2亿元，增长3.7%。\n", "2025-02-24")
    assert figs[(3120000000, "元")][2] == "2025"
    assert figs[(3009000000, "元")][2] == "2024"


def test_basis_after_the_list_keeps_its_year():
    """新疆统计局 1-7月: 采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、 1.9%、
    7.0%: each item's change keeps its basis whole (was 比同期增长, the 上年 taken for the list's own
    time and cut), and the period is the release's months."""
    text = ("1-7月全区规模以上工业生产情况\n发布日期：2023-08-18\n\n经国家统计局审定，1-7月我区规模以上工业增加值同比增长4.5%。"
            "增速居全国第二十位。\n分三大门类看，采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、 1.9%、 7.0%。\n")
    figs = figure_table(text, "2023-08-18")
    assert figs[(7.1, "%")][0] == "采矿业增加值比上年同期增长"
    assert figs[(1.9, "%")][0] == "制造业增加值比上年同期增长"
    assert figs[(7.1, "%")][2] == "2023-01/2023-07"


def test_respectively_compared_with_last_years_same_months():
    """A、B分别比上年同期增长a、b (the shape of the release above, written with 分别 first; figures
    illustrative): the k-th figure is the k-th item's (was the list's last item for both: 比上年同期
    was cut after 上年, leaving 同期增长 as the verb, which no plain list has)."""
    figs = figure_table("1-7月，全区采矿业、制造业增加值分别比上年同期增长7.1%、1.9%。", "2023-08-18")
    assert figs[(7.1, "%")][0] == "采矿业增加值比上年同期增长"
    assert figs[(1.9, "%")][0] == "制造业增加值比上年同期增长"
    figs = figure_table("1-7月，全区采矿业、制造业增加值分别较去年同期增长7.1%和1.9%。", "2023-08-18")
    assert figs[(7.1, "%")][0] == "采矿业增加值较去年同期增长"


def test_these_five_years_of_a_review_are_the_plan_just_closed():
    """中新社, 2026-01-31: 这五年是西藏发展最好变化最大的五年，GDP年均增长6.3%: 这五年 is 2021/2025 (as 过去
    五年), and 最大的五年 is the years characterised, no figure of 5 年 (was a figure, indicator 这五年是…);
    这一年 of a story and 这N年 after a time named are no years up to now."""
    from kg.periods import find_periods, resolve
    text = ("2026-01-31 17:58:05 来源：参考消息网\n中新社拉萨1月31日电 西藏自治区主席嘎玛泽登说，2025年主要目标的完成，"
            "标志着“十四五”圆满收官。这五年是西藏发展最好变化最大的五年，GDP年均增长6.3%，全区地方财政收入、支出分别突破300亿元和3000亿元。\n")
    figs = figure_table(text, "2026-01-31")
    assert (5, "年") not in figs
    assert figs[(6.3, "%")][2] == "2021/2025"
    assert [resolve(w, "2026-01-31") for _a, _b, w in find_periods("这五年，全区")] == ["2021/2025"]
    assert find_periods("这一年，全县") == []
    assert [w for _a, _b, w in find_periods("2016年至2020年这五年")] == ["2016年至2020年"]


def test_an_era_named_in_a_plan_is_no_count_of_years():
    """额济纳旗十四五纲要: “十三五”时期是我旗发展进程中极不平凡的五年 — no figure 5 年 (was one, indicator
    是我旗发展进程中极不平凡); a term in words with its own verb stays (项目建设期为五年)."""
    figs = figure_table("“十三五”时期是我旗发展进程中极不平凡的五年。\n", None)
    assert (5, "年") not in figs
    figs = figure_table("“ 十四五 ” 时期（ 2021~2025 年）是我国全面建成小康社会、实现第一个百年奋斗目标之后，"
                        "向第二个百年奋斗目标进军的第一个五年。\n", None)
    assert (5, "年") not in figs  # (the first five years of a new course: an ordinal between 的 and them)
    figs = figure_table("项目建设期为五年，总投资12亿元。", None)
    assert (5, "年") in figs
