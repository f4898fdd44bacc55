"""Round 112 (gaosu112): highway and rural road construction news — 人民日报's national count of new
highway and trunk-road projects (2022), 河北's 荣乌高速徐水至涞源段 start of works, a city's and three
counties' 四好农村路 reports (威县, 乐亭, 蕲春 and one more), and 中铁's construction briefs (fresh texts
of /tmp/s27/txt/gaosu112).  Fixes: 等级 of a graded road (等级公路铺装率达100%) no 等 closing a list
(base: 级公路铺装率); a speed given as a distance (设计时速250公里) in 公里/小时, as 设计速度100公里/小时
reads (base: 公里); 中桥 (a medium bridge counted by a road's works, 中桥13座) no place; a sentence dating a
completion with 于 (一期工程已于2011年底建成通车) no time of the figures after it (base: 2011-12-31 for the second
phase's length and bridges)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_graded_roads_keep_their_grade_word():
    """05-laoting-sihao: 全县农村公路通车里程达1872公里，…等级公路铺装率达100%; base: 级公路铺装率 (the 等 of
    等级 read as the end of a list)."""
    doc = extract_text("农村公路\n2021年，全县农村公路通车里程达1872公里，其中三级以上公路占比达40.5%，等级公路铺装率达100%。")
    inds = {m.indicator for m in doc.metrics}
    assert "等级公路铺装率" in inds, inds
    doc = extract_text("交通\n今年全市新改建等级公路85公里。")
    inds = {m.indicator for m in doc.metrics}
    assert any(i.endswith("等级公路") for i in inds), inds


def test_a_list_closed_by_etc_is_still_cut():
    """Guard: a 等 closing a list still ends it (小麦、玉米等|产量), and 高等级 keeps its word."""
    doc = extract_text("农业\n2021年，全县小麦、玉米等粮食作物播种面积达12万亩。")
    inds = {m.indicator for m in doc.metrics}
    assert not any("玉米等" in i for i in inds), inds
    doc = extract_text("交通\n预计全年新增及改善高等级航道约1000公里。")
    inds = {m.indicator for m in doc.metrics}
    assert any(i.endswith("高等级航道") for i in inds), inds


def test_a_design_speed_in_kilometres_is_per_hour():
    """07-zhongtie-jianxun: 大张高铁全长140公里, 设计时速250公里; base: 250 公里, a distance.  The
    length beside it stays in 公里."""
    doc = extract_text("高铁联调联试\n9月13日，大张高铁开始联调联试。大张高铁全长140公里，设计时速250公里。")
    got = _metrics(doc)
    assert ("设计时速", 250, "公里/小时") in got, got
    assert any(v == 140 and u == "公里" for _i, v, u in got), got
    doc = extract_text("高速公路开工\n该项目全长56.8公里，采用双向四车道高速公路标准建设，设计时速100千米。")
    got = _metrics(doc)
    assert ("设计时速", 100, "公里/小时") in got, got  # (千米 is read as 公里)


def test_a_speed_written_per_hour_is_unchanged():
    """Guard: 设计速度100公里/小时 (02-hebei-rongwu) keeps its unit, no second /小时."""
    doc = extract_text("高速开工\n二期工程96.329公里，设计速度100公里/小时，全线采用双向四车道高速公路标准建设。")
    got = _metrics(doc)
    assert ("设计速度", 100, "公里/小时") in got, got


def test_medium_bridges_are_no_place():
    """02-hebei-rongwu: 共设大桥59座、中桥13座、分离式立交6座; base: 中桥 a Place (jieba's ns) and the
    subject of its own count."""
    doc = extract_text("荣乌高速二期工程正式开工\n该项目起于保定市徐水区，全长121.736公里。"
                       "共设大桥59座、中桥13座、分离式立交6座、特长隧道2座。")
    assert "中桥" not in _names(doc, "Place"), _names(doc, "Place")
    assert any(m.indicator == "中桥" and m.value == 13 for m in doc.metrics), _metrics(doc)


def test_a_completion_day_is_no_time_of_the_figures_after_it():
    """02-hebei-rongwu: 一期工程已于2011年底建成通车。 二期工程96.329公里，设计速度100公里/小时…共设大桥59座;
    base: all those figures dated 2011-12-31."""
    doc = extract_text("荣乌高速二期工程正式开工\n昨日(7月11日)，荣乌高速公路徐水至涞源段二期工程正式开工。"
                       "一期工程已于2011年底建成通车。二期工程96.329公里，设计速度100公里/小时，共设大桥59座、特长隧道2座。")
    dated = {(m.indicator, m.period) for m in doc.metrics if m.value in (96.329, 59, 2)}
    assert dated and all(p != "2011-12-31" for _i, p in dated), dated


def test_a_time_of_the_paragraph_still_carries():
    """Guard: a time without 于 opening the paragraph still dates the figures after it (2022年，全市…建成通车。
    新增高速公路…), and a completion's own sentence keeps its time (已于2020年底建成通车，累计完成投资20亿元)."""
    doc = extract_text("交通建设\n2022年，全市沿江高速建成通车。全市新增高速公路里程120公里。")
    got = {(m.indicator, m.period) for m in doc.metrics}
    assert any(p == "2022" for _i, p in got), got
    doc = extract_text("交通建设\n该项目已于2020年底建成通车，累计完成投资20亿元。")
    got = {(m.value, m.period) for m in doc.metrics}
    assert (2000000000, "2020-12-31") in got, got
