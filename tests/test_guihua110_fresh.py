"""Round 110 (guihua110): planning notices — 规划批前公示 and 设计方案公示 of 庆阳市自然资源局 (Gansu, city),
渭源县 (Gansu, county), 道县自然资源局 (Hunan, county), 眉山市东坡区规划和自然资源局 (Sichuan, district), 菏泽市
自然资源和规划局 (Shandong, city, via 大众网) and 济南 市中区 (news) (fresh texts of /tmp/s27/txt/guihua110).
Fixes: a planning condition's bound sign or word (≤, ≥, 不大于, 不小于, 不高于) bounds the figure (approximate,
as 不超过 does) and is no part of the indicator (was 建筑密度≤, 绿地率≥, 建筑限高≤); the floor-area ratio
(容积率≤3.0, 容积率1.70), written with no unit, read as a ratio's level (was lost); a notice's term after its
dates in a bracket opened by 共 or after a comma and 共 (公示日期:…至…(共5个工作日), 公示期自…至…,共7个工作日), and
the field 公示日期, no figure; a distance right after a road's name and a direction (福州路以东约300米) where
the plot lies, no figure (was the indicator 以东); the plot pointed back at (该地块, 该宗地, 该片区) no word of the
indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _approx(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.approx) for m in doc.metrics}


def test_a_planning_bound_sign_is_no_part_of_the_indicator():
    """01-qingyang-liyuan: 商住:容积率≤3.0;建筑密度≤35%;绿地率≥25%; 建筑限高≤75米 (base: indicators 建筑密度≤,
    绿地率≥, 建筑限高≤, read as exact levels)."""
    doc = extract_text("关于利源小区(二期)工程规划批前公示\n经济技术指标:\n商住:容积率≤3.0;建筑密度≤35%;绿地率≥25%;\n"
                       "建筑限高≤75米;\n庆阳市自然资源局\n2020年4月14日")
    got = _approx(doc)
    assert ("建筑密度", 35, "%", True) in got, got
    assert ("绿地率", 25, "%", True) in got, got
    assert ("建筑限高", 75, "米", True) in got, got
    assert not any("≤" in m[0] or "≥" in m[0] for m in got), got


def test_bound_words_of_a_planning_condition():
    """A planning condition written in words (容积率不大于2.5, 建筑高度不高于24米, 绿地率不小于30%): each
    bounds its figure and is no word of the indicator (base: 建筑高度不高于, 绿地率不小于, no 容积率)."""
    doc = extract_text("规划条件公示\n该地块用地面积12000平方米,容积率不大于2.5,建筑高度不高于24米,绿地率不小于30%。")
    got = _approx(doc)
    assert ("容积率", 2.5, "", True) in got, got
    assert ("建筑高度", 24, "米", True) in got, got
    assert ("绿地率", 30, "%", True) in got, got
    assert ("用地面积", 12000, "平方米", False) in got, got  # (该地块: the plot pointed back at, no word of it)


def test_the_floor_area_ratio_is_read_with_no_unit():
    """04-heze-yuanqu: 规划用地面积16546平方米, …容积率1.70,建筑系数42.43%,绿地率7.04%; 01-qingyang-liyuan:
    方案指标:容积率2.8、建筑密度25% (base: no 容积率 at all)."""
    doc = extract_text("菏泽市救灾及应急物资保障园区规划设计方案公开征求意见\n项目规划用地面积16546平方米,"
                       "方案总建筑面积7020平方米,容积率1.70,建筑系数42.43%,绿地率7.04%。")
    got = _approx(doc)
    assert ("容积率", 1.7, "", False) in got, got
    assert ("绿地率", 7.04, "%", False) in got, got
    doc = extract_text("规划批前公示\n方案指标:容积率2.8、建筑密度25%、绿地率35%\n")
    assert ("容积率", 2.8, "") in _metrics(doc), _metrics(doc)


def test_the_plot_pointed_back_at_is_no_word_of_the_indicator():
    """该地块用地面积, 该宗地出让面积, 该片区规划面积 (base: the indicators 该地块用地面积 …): the anaphor names the
    plot, as 该项目 names the project, no word of what is measured."""
    doc = extract_text("国有建设用地使用权出让公示\n该宗地出让面积8600平方米,该片区规划面积3.2平方公里。")
    got = _metrics(doc)
    assert ("出让面积", 8600, "平方米") in got, got
    assert ("规划面积", 3.2, "平方公里") in got, got


def test_a_notice_s_term_after_its_dates_is_no_figure():
    """02-weiyuan-shidi: 公示日期:2024年5月21日至2024年5月27日(共5个工作日); 05-dongpo-gongshui: 公示期自2025年11月27日
    至2025年12月5日,共7个工作日 (base: 工作日 5 and 7, figures of the place)."""
    doc = extract_text("建筑工程设计方案总平面图公示\n用地面积:13995.93㎡\n公示日期:2024年5月21日至2024年5月27日(共5个工作日)\n")
    assert not any(m[2] == "工作日" for m in _metrics(doc)), _metrics(doc)
    assert ("用地面积", 13995.93, "平方米") in _metrics(doc), _metrics(doc)
    doc = extract_text("供水工程规划公示\n现在项目建设所在地进行审批前公示,公示期自2025年11月27日至2025年12月5日,共7个工作日。")
    assert not any(m[2] == "工作日" for m in _metrics(doc)), _metrics(doc)


def test_a_count_after_the_notice_s_dates_stays():
    """Guard: after the notice's dates a count that is no span of days (公示期自…至…,共收到意见3条) is no term."""
    doc = extract_text("规划公示情况\n公示期自2025年11月27日至2025年12月5日,共收到意见3条。")
    assert ("收到意见", 3, "条") in _metrics(doc), _metrics(doc)


def test_a_distance_from_a_road_is_where_the_plot_lies():
    """04-heze-yuanqu: 项目位于丹阳东路以南、福州路以东约300米、洙水河以北 (base: the indicator 以东, 300 米)."""
    doc = extract_text("规划设计方案公示\n项目位于丹阳东路以南、福州路以东约300米、洙水河以北,规划用地面积16546平方米。")
    got = _metrics(doc)
    assert not any(m[1] == 300 for m in got), got
    assert ("规划用地面积", 16546, "平方米") in got, got


def test_a_length_with_its_noun_stays():
    """Guard: a length a noun or verb names (道路向东延伸300米, 河道全长3公里) is a figure."""
    doc = extract_text("道路建设\n该道路向东延伸300米,沿线河道全长3公里。")
    got = _metrics(doc)
    assert any(m[1] == 300 and m[2] == "米" for m in got), got
    assert any(m[1] == 3 and m[2] == "公里" for m in got), got


def test_an_index_level_is_unchanged():
    """Guard: an index's level with its copula keeps its reading (居民消费价格指数为102.1)."""
    doc = extract_text("物价\n1月份,全市居民消费价格指数为102.1。")
    assert any(m[0].endswith("居民消费价格指数") and m[1] == 102.1 for m in _metrics(doc)), _metrics(doc)
