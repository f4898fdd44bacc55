"""Figures in shapes read on fresh project-progress reports, bulletins and work reports (round 12):
a counted noun that stops before the adverb or completion verb after it (151个前期项目有序推进),
the text's outline counted in Chinese numerals (报告共分两个部分), a run of short forms naming a
kind of firm (港澳台控股企业) opening a clause, verbs of achieving between a group and its result
(外贸实现出口), 新增城镇就业 kept whole, a plan's 实施以来, and the yearless period of a target.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import counted_nouns, figure_table
from kg.periods import find_periods, resolve
from kg.stages.numbers import find_quantities


def _metrics(text: str, date: str | None = "2024-09-20"):
    return figure_table(text, date)


def _counted(text: str) -> list[str | None]:
    return counted_nouns(text)


def test_a_counted_noun_stops_before_its_adverb_or_completion_verb():
    """151个前期项目有序推进, 24个在建项目全面加快建设进度, 85个项目竣工: the projects are counted,
    not 前期项目有序 or 项目竣工."""
    assert _counted("全市151个前期项目有序推进。") == ["前期项目"]
    assert _counted("全县85个项目竣工，转化率8.7%。")[0] == "项目"
    assert _counted("全县24个在建省市重点项目全面加快建设进度。") == ["在建省市重点项目"]


def test_a_noun_may_begin_with_a_word_that_ends_others():
    """在册党员, 24个在建项目: 在 is no preposition there; an adverb opening the noun stays."""
    assert _counted("全镇有12个在册党组织。") == ["在册党组织"]
    assert _counted("全县开设3个在岗职工培训班。") == ["在岗职工培训班"]


def test_the_outline_of_a_report_is_no_figure():
    """报告共分两个部分, 从三个方面作出部署: the parts of the text, not a count of anything."""
    assert find_quantities("报告共分两个部分：一、过去一年工作回顾；二、今年工作安排。") == []
    assert find_quantities("会议从三个方面作出部署。") == []
    assert [q.value for q in find_quantities("全县建成3个方面军训练基地。")] == [3]


def test_a_run_of_short_forms_opening_a_clause_is_no_subject():
    """其中，…，港澳台控股企业下降1.4%: a kind of firm, the city's figure (not Hong Kong's)."""
    ms = _metrics("蚌埠市2024年国民经济和社会发展统计公报\n"
                  "全年规模以上工业增加值比上年增长6.1%。其中，国有控股企业增长3.2%，"
                  "港澳台控股企业下降1.4%。", date="2025-03-31")
    assert ms[(1.4, "%")][:2] == ("港澳台控股企业下降", "蚌埠市")
    assert ms[(3.2, "%")][1] == "蚌埠市"


def test_a_verb_of_achieving_is_no_part_of_the_indicator():
    """外贸实现出口 → 外贸出口, 县属企业实现利润 → 县属企业利润, 共完成增加值 → 增加值; a plan's or a
    running total's verb stays (计划完成产值, 累计实现利润)."""
    ms = _metrics("蚌埠市2024年国民经济和社会发展统计公报\n"
                  "全年外贸实现出口123.4亿元，增长8.1%。县属企业实现利润12.3亿元。"
                  "外商及港澳台工业企业共完成增加值100.13亿元。规上工业企业计划完成产值50亿元。",
                  date="2025-03-31")
    assert ms[(12340000000, "元")][0] == "外贸出口"
    assert ms[(8.1, "%")][0] == "外贸出口增长"
    assert ms[(1230000000, "元")][0] == "县属企业利润"
    assert ms[(10013000000, "元")][0] == "外商及港澳台工业企业增加值"
    assert ms[(5000000000, "元")][0] == "规上工业企业计划完成产值"


def test_new_urban_jobs_keep_new():
    """全年新增城镇就业1.2万人: the new jobs (a flow), not 城镇就业 (the stock)."""
    ms = _metrics("蚌埠市2024年国民经济和社会发展统计公报\n全年新增城镇就业1.2万人，新增就业岗位3000个。",
                  date="2025-03-31")
    assert ms[(12000, "人")][0] == "新增城镇就业"


def test_a_plans_implementation_since_runs_to_the_publication():
    """“十四五”规划实施以来: from the plan's first month to the publication, like “十四五”以来."""
    text = "“十四五”规划实施以来，全市累计完成投资2345亿元。"
    (a, b, words), = find_periods(text, 0, len(text))
    assert words == "“十四五”规划实施以来"
    assert resolve(words, "2024-06-05") == "2021-01/2024-06"
    assert resolve("十四五开局以来", "2024-06-05") == "2021-01/2024-06"


def test_a_targets_whole_year_is_the_year_ahead():
    """A January work report: 2023年…全年新增城镇就业3200人 (the year reviewed), then 今年…目标是：
    …全年新增城镇就业3000人以上 — the target's 全年 is this year's, not the year reviewed."""
    ms = _metrics("某某县人民政府工作报告\n"
                  "2023年，全县地区生产总值完成120亿元，增长5.1%。全年新增城镇就业3200人。\n"
                  "今年政府工作的主要预期目标是：地区生产总值增长6%左右；全年新增城镇就业3000人以上；"
                  "一般公共预算收入增长5%。", date="2024-01-10")
    assert ms[(3200, "人")][2] == "2023"
    assert ms[(3000, "人")][2] == "2024"
    assert ms[(5, "%")][2] == "2024"


def test_a_list_before_respectively_achieving_a_result_is_split_per_item():
    """中药材、食用菌产业分别完成产值45亿元、36亿元: each item's 产值 (the head 产业 shared); 交通、
    水利项目分别完成投资: each item's investment."""
    ms = _metrics("1-9月，全省中药材、食用菌产业分别完成产值45亿元、36亿元。"
                  "交通、水利项目分别完成投资12亿元、8亿元。", date="2024-10-25")
    assert ms[(4500000000, "元")][0] == "中药材产业产值"
    assert ms[(3600000000, "元")][0] == "食用菌产业产值"
    assert ms[(1200000000, "元")][0] == "交通项目投资"
    assert ms[(800000000, "元")][0] == "水利项目投资"


def test_respectively_before_a_verb_of_achieving_leaves_the_indicator():
    """…经开区分别实现营业收入120亿元: neither 分别 nor 实现 is part of what is measured."""
    ms = _metrics("1-9月，高新区、经开区分别实现营业收入120亿元、98亿元。", date="2024-10-25")
    assert all("分别" not in v[0] and "实现" not in v[0] for v in ms.values())


def test_a_years_plan_being_carried_out_gives_its_figures_the_year():
    """2020年计划实施…项目71个，总投资…，年度计划完成投资…: the year's plan, every figure of it 2020's;
    完成全年计划的63.9% still measures against the plan, at the figure's own time."""
    ms = _metrics("2020年计划实施千万元以上重点建设项目71个，总投资337.13亿元，年度计划完成投资56.21亿元，"
                  "1-6月份累计完成投资35.9亿元，完成全年计划的63.9%。", date=None)
    assert ms[(33713000000, "元")][2] == "2020"
    assert ms[(5621000000, "元")][2] == "2020"
    assert ms[(3590000000, "元")][2] == "2020-01/2020-06"


def test_projects_named_before_a_count_are_examples_not_the_subject():
    """金娃科技创新产业园等85个项目竣工，竣工率76.6%: the city's 85 projects and rate, not the park's."""
    ms = _metrics("宣城市2024年重点项目建设情况\n2024年安排市重点项目476个。1—8月份，累计完成投资325.7亿元。"
                  "金娃科技创新产业园等85个项目竣工，竣工率76.6%。", date="2024-09-20")
    assert ms[(85, "个")][:2] == ("项目", "宣城市")
    assert ms[(76.6, "%")][1] == "宣城市"


def test_the_place_opening_a_result_clause_is_the_subject_not_the_indicator():
    """前4月，四川外贸实现出口…: the verb dropped from the indicator, the province still taken off it."""
    ms = _metrics("前4月，四川外贸实现出口2073.6亿元，同比增长6.3%。", date="2023-05-20")
    assert ms[(207360000000, "元")][:2] == ("外贸出口", "四川省")
    assert ms[(6.3, "%")][:2] == ("外贸出口同比增长", "四川省")


def test_an_industry_named_with_a_pause_mark_is_one_name():
    """其中，水利、环境和公共设施管理业完成投资…; 粮油、食品、饮料、烟酒类零售额同比增长…: official
    names of an industry or class of goods written with 、, kept whole (not 环境和公共设施管理业)."""
    ms = _metrics("前三季度，全市完成基础设施投资223.7亿元。其中，水利、环境和公共设施管理业完成投资140.6亿元，"
                  "电力、燃气及水的生产和供应业完成投资64.2亿元。从热点商品看，粮油、食品、饮料、烟酒类"
                  "零售额同比增长38.8%，日用品类增长27.4%。", date="2023-10-20")
    assert ms[(14060000000, "元")][0] == "水利、环境和公共设施管理业完成投资"
    assert ms[(6420000000, "元")][0] == "电力、燃气及水的生产和供应业完成投资"
    assert ms[(38.8, "%")][0] == "粮油、食品、饮料、烟酒类零售额同比增长"


def test_the_bound_of_a_class_is_no_figure():
    """5000万元以上项目32个, 其中5千万以上的67个: the bound classes the projects, it is no amount of its
    own (and stays in the noun); an amount closing its clause with 以上 is still a figure."""
    ms = _metrics("目前全县在库固定资产投资项目141个，其中5千万以上的67个；5000万元以上项目32个。"
                  "全年新增城镇就业3000人以上。", date="2023-12-12")
    assert all(value != 50000000 for value, _unit in ms)
    assert ms[(32, "个")][0] == "5000万元以上项目"
    assert ms[(3000, "人")][0] == "新增城镇就业"
    assert (67, "个") in ms


def test_a_list_of_industries_before_respectively_is_split_per_industry():
    """其中采矿业、制造业分别同比增长4.9%、2.1%: each industry whole (no shared head); 采矿业、制造业、
    电力、热力、燃气及水生产和供应业增加值分别增长…: three industries, the last an official name."""
    ms = _metrics("1-11月，全县规模工业增加值同比增长4.5%，其中采矿业、制造业分别同比增长4.9%、2.1%。"
                  "分三大门类看，采矿业、制造业、电力、热力、燃气及水生产和供应业增加值分别增长3.1%、5.2%、8.4%。",
                  date="2023-12-12")
    assert ms[(4.9, "%")][0] == "采矿业同比增长"
    assert ms[(2.1, "%")][0] == "制造业同比增长"
    assert ms[(3.1, "%")][0] == "采矿业增加值增长"
    assert ms[(8.4, "%")][0] == "电力、热力、燃气及水生产和供应业增加值增长"


def test_a_share_of_a_years_plan_keeps_the_figures_own_time():
    """1-9月…完成2023年计划投资的80%: the plan is the whole the share is of; the share is 1-9月's."""
    ms = _metrics("1-9月，全县完成投资40亿元，完成2023年计划投资的80%。", date=None)
    assert ms[(80, "%")][2] is None  # (1-9月 of no stated year: never the plan's 2023)
