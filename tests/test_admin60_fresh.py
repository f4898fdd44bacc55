"""Round 60 (admin60): 机关事务 and 公共机构节能 news from fresh texts of /tmp/s26/fresh/admin60 (国管局, 江苏省,
龙岗区-style statistics, an office-space clean-up): energy use in kilograms of standard coal read as one unit
with its indicator, a per unit after a unit read over a magnitude (千克/人), the frame 与2020年相比 gone
from the last item of a 分别 list, and a province's or a city's set of conduct rules (十项规定) no count."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_energy_use_in_kilograms_of_standard_coal_is_one_unit():
    """国管局 2023年全国公共机构节能宣传周: 全国公共机构人均综合能耗321.27千克标准煤，单位建筑面积能耗18.03千克
    标准煤 (base: indicator 标准煤, unit 公斤, the indicator before the figure lost)."""
    doc = extract_text("2023年全国公共机构节能宣传周启动\n"
                       "2022年，全国公共机构人均综合能耗321.27千克标准煤，单位建筑面积能耗18.03千克标准煤，"
                       "人均用水量20.99立方米。")
    got = _metrics(doc)
    assert any(ind.endswith("人均综合能耗") and v == 321.27 and u == "千克标准煤" for ind, v, u in got), got
    assert ("单位建筑面积能耗", 18.03, "千克标准煤") in got, got
    assert not any(ind == "标准煤" for ind, _v, _u in got), got


def test_a_per_unit_after_a_unit_over_a_magnitude_belongs_to_the_figure():
    """Energy statistics as public bodies print them (人均综合能耗214.97千克/人, 11.55千克标准煤/平方米): the
    slash unit is the figure's (公斤/人, 千克标准煤/平方米), never the indicator (base: indicator /人, unit
    公斤/人 or 千克标准煤 without /平方米)."""
    doc = extract_text("区政府大院能耗统计\n"
                       "据统计，区政府大院2015年度单位建筑面积综合能耗11.55千克标准煤/平方米、"
                       "人均综合能耗214.97千克/人、人均水耗30.04吨。")
    got = _metrics(doc)
    assert ("单位建筑面积综合能耗", 11.55, "千克标准煤/平方米") in got, got
    assert ("人均综合能耗", 214.97, "公斤/人") in got, got
    assert not any(ind.startswith("/") for ind, _v, _u in got), got


def test_a_compared_year_framed_by_yu_and_xiangbi_leaves_the_last_item_whole():
    """江苏省机关事务管理局: 人均综合能耗、单位建筑面积能耗、人均用水量与2020年相比分别下降7%、6%和7% (base:
    the last item 人均用水量与相比下降, its year cut out of the frame and the frame left)."""
    doc = extract_text("樊金龙对我省公共机构节能工作作出批示\n"
                       "到“十四五”末，全省人均综合能耗、单位建筑面积能耗、人均用水量与2020年相比分别下降7%、6%和7%，"
                       "单位建筑面积碳排放下降7%。")
    got = {ind for ind, _v, _u in _metrics(doc)}
    assert "人均用水量下降" in got, got
    assert not any("相比" in ind for ind in got), got


def test_a_local_set_of_conduct_rules_is_no_count():
    """An office-space clean-up report: 根据全面贯彻执行中央八项规定、省委省政府十项规定及市委市政府七项规定专项
    督查要求 (base: 规定 10 项 and 规定专项督查要求 7 项); 市委出台了三项规定 stays a count."""
    doc = extract_text("多形式开展办公用房清理整顿工作\n"
                       "根据全面贯彻执行中央八项规定、省委省政府十项规定及市委市政府七项规定专项督查要求，"
                       "我局牵头开展了一系列办公用房清理督促工作，截止目前，我市共清理腾退超标办公用房107550.46㎡。")
    got = _metrics(doc)
    assert not any(u == "项" for _i, _v, u in got), got
    assert any(v == 107550.46 for _i, v, _u in got), got
    counted = extract_text("市委出台规定\n2023年，市委出台了三项规定，全年共清理超标办公用房1200平方米。")
    assert any(v == 3 and u == "项" for _i, v, u in _metrics(counted)), _metrics(counted)


def test_levels_then_a_compared_year_then_respective_changes_pair_in_order():
    """国管局 2023年全国公共机构节能宣传周: 人均综合能耗321.27千克标准煤，单位建筑面积能耗18.03千克标准煤，
    人均用水量20.99立方米，与2020年相比分别下降2.52%、2.44%、2.51%: each fall is its level's (base: all
    three 人均用水量下降)."""
    doc = extract_text("2023年全国公共机构节能宣传周启动\n"
                       "2022年，全国公共机构人均综合能耗321.27千克标准煤，单位建筑面积能耗18.03千克标准煤，"
                       "人均用水量20.99立方米，与2020年相比分别下降2.52%、2.44%、2.51%。")
    got = {v: ind for ind, v, u in _metrics(doc) if u == "%"}
    assert got.get(2.52, "").endswith("人均综合能耗下降"), got
    assert got.get(2.44) == "单位建筑面积能耗下降", got
    assert got.get(2.51) == "人均用水量下降", got
