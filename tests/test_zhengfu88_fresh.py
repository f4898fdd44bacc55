"""Round 88 (zhengfu88): county and city government work reports (政府工作报告) — the review of the
last year or the past five years and the year's targets (主要预期目标), from Hunan (长沙县, 宜章县), Fujian
(上杭县), Shandong (济南市), Zhejiang (湖州市), Inner Mongolia (赤峰市), Shanxi (大宁县, 浮山县) and Hubei
(江陵县) (fresh texts of /tmp/s26/fresh/zhengfu88).  Fixes: one change shared by a list through 均
(财政总收入、地方财政收入均增长7%) is a fact per item, no indicator 地方财政收入均增长; a rank among the
places passing a mark (工业经济总量成为全区第四个突破2000亿元) is no part of the indicator; a plan's span
framing a superlative (东北电网“十四五”期间投资最大的单体项目) is no time of the sentences after it; a
work report's targets stating no time are for the year its title names (2023年济南市政府工作报告), else
the year ahead of the day it was delivered; 大关 after a bare amount (突破200万大关) is the mark passed,
no 大 counting 个; a quoted name a troupe's word follows (“心连心”艺术团) is the troupe's name, no
programme."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _periods(doc) -> dict[str, str | None]:
    return {m.indicator: m.period for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_one_change_shared_by_a_list_through_jun():
    """05-huzhou-2017: 财政总收入、地方财政收入均增长7% (base: one fact, 地方财政收入均增长 7%).  Each
    listed item grew by the figure, 均 names nothing measured; a lone item (出口同比增长) keeps its own."""
    doc = extract_text("湖州市政府工作报告\n2017年全市主要预期目标:财政总收入、地方财政收入均增长7%。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert {("财政总收入增长", 7), ("地方财政收入增长", 7)} <= got, got
    assert not any("均" in i for i, _v in got), got
    doc = extract_text("湖州市政府工作报告\n2017年,全市出口和进口均下降3%。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert {("出口下降", 3), ("进口下降", 3)} <= got, got
    doc = extract_text("湖州市政府工作报告\n2017年,全市出口同比增长5%。")
    assert {i for _s, i, _v, _u in _metrics(doc)} == {"出口同比增长"}, _metrics(doc)


def test_a_rank_among_places_passing_a_mark_is_no_indicator():
    """06-chifeng-2024: 工业经济总量成为全区第四个突破2000亿元大关的地区 (base: indicator
    工业经济总量成为全区第四个).  成为全省首个 the same; a noun ending in 个 of its own stays."""
    doc = extract_text("赤峰市政府工作报告\n2024年,赤峰市工业经济总量成为全区第四个突破2000亿元大关的地区。")
    assert ("赤峰市", "工业经济总量", 200000000000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("某市政府工作报告\n2024年,赤峰市地区生产总值成为全省首个突破3000亿元的地级市。")
    assert {i for _s, i, _v, _u in _metrics(doc)} == {"地区生产总值"}, _metrics(doc)


def test_a_plan_span_framing_a_superlative_dates_no_later_figure():
    """06-chifeng-2024: 东北电网“十四五”期间投资最大的单体项目…竣工投运。5个园区成功认定自治区级化工园区
    (base: the 5 parks of 2021/2025, the plan's span).  The span stated as a sentence's own time still
    carries to the next sentence (“十四五”期间，全市新建学校12所。新增学位3000个。)."""
    doc = extract_text("赤峰市政府工作报告\n一、2024年工作回顾\n东北电网“十四五”期间投资最大的单体项目巴林—奈曼—阜新500千伏"
                       "输变电工程竣工投运。5个园区成功认定自治区级化工园区。")
    parks = [m for m in doc.metrics if m.value == 5]
    assert parks and all(m.period == "2024" for m in parks), [(m.indicator, m.period) for m in doc.metrics]
    doc = extract_text("某市政府工作报告\n“十四五”期间,全市新建学校12所。新增学位3000个。")
    assert {m.period for m in doc.metrics} == {"2021/2025"}, [(m.indicator, m.period) for m in doc.metrics]


def test_a_work_reports_targets_take_its_year():
    """04-jinan-2023-mubiao: under the title 2023年济南市政府工作报告, 经济社会发展主要预期目标是：地区生产总值
    增长5.5%以上 (base: no period).  A report's results stay without that year (they are the year before's),
    and a text that is no work report gives its targets no year."""
    doc = extract_text("2023年济南市政府工作报告\n经济社会发展主要预期目标是:地区生产总值增长5.5%以上;"
                       "一般公共预算收入增长6%左右。")
    got = _periods(doc)
    assert got.get("地区生产总值增长") == "2023" and got.get("一般公共预算收入增长") == "2023", got
    doc = extract_text("2023年某市经济工作会议\n经济社会发展主要预期目标是:地区生产总值增长5.5%以上。")
    assert _periods(doc).get("地区生产总值增长") is None, _periods(doc)


def test_daguan_is_the_mark_passed_not_a_counter():
    """06-chifeng-2024: 玉龙机场旅客吞吐量突破200万大关 (base: 2000000 个, 大 read as the 个 of 3大平台).
    实施3大工程 still counts projects."""
    doc = extract_text("赤峰市政府工作报告\n2024年,玉龙机场旅客吞吐量突破200万大关。")
    assert not any(u == "个" for _s, _i, _v, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("某县政府工作报告\n2024年,全县实施3大工程。")
    assert any(v == 3 and u == "个" for _s, _i, v, u in _metrics(doc)), _metrics(doc)


def test_a_troupe_named_in_quotes_is_no_programme():
    """03-shanghang-xian: …；“心连心”艺术团走进古田慰问演出 (base: programme 心连心, and 一台戏
    subProgrammeOf 心连心).  A quoted campaign with its head (“心连心”行动) is still a programme."""
    doc = extract_text("某县政府工作报告\n全县喜事连连;“心连心”艺术团走进古田慰问演出,古田“一台戏”项目取得重大进展。")
    assert "心连心" not in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("某县政府工作报告\n全县开展“文化进万家”活动。“心连心”行动深入推进。")
    assert "心连心" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_heading_naming_targets_heads_the_lines_below():
    """05-huzhou-2017: 今后五年的重点目标 ⏎ 地区生产总值突破3000亿元； ⏎ 财政总收入突破500亿元；
    (base: both results, no status).  A heading saying the targets were met (圆满完成年度目标) heads
    results, and a line after a sentence's end is no item of the list."""
    doc = extract_text("湖州市政府工作报告\n今后五年的重点目标\n地区生产总值突破3000亿元；\n财政总收入突破500亿元；\n"
                       "服务业增加值占生产总值的比重超过50%。")
    got = {m.indicator: m.status for m in doc.metrics}
    assert got.get("地区生产总值") == "target" and got.get("财政总收入") == "target", got
    doc = extract_text("某县政府工作报告\n圆满完成年度目标\n全年地区生产总值增长5%；\n财政收入增长3%。")
    assert not any(m.status for m in doc.metrics), [(m.indicator, m.status) for m in doc.metrics]
