"""Round 92 (qixiang92): 气象 news, second pass — 气候公报/月气候评价, 天气预警 and 气象服务 from fresh texts
of /tmp/s26/fresh/qixiang92 (中国气象局 press releases, 云南省气象局's 2023 bulletin, 启东市 and a county's
气候评价, 天门市气象局, 厦门市气象台).  What the tests pin down: a list of regions closed by 等地 and
followed by the measure itself (等地平均气温较常年同期偏高, 等地偏多2倍以上) keeps 地 — the list's kind —
out of the indicator, while a word 地 opens (等地下水, 等地区生产总值) is still read whole."""
from __future__ import annotations

from conftest import extract_text


def _indicators(doc) -> list[str]:
    return [m.indicator for m in doc.metrics]


def test_the_places_kind_after_etc_is_no_part_of_the_measure():
    """05-cma-1yue-qihou: 华南及山西大部、内蒙古西南部等地平均气温较常年同期偏高1℃以上 and
    …新疆北部、内蒙古中东部等地平均降水量较常年同期偏多5成以上 (base: indicators 地平均气温较常年同期偏高,
    地平均降水量较常年同期偏多)."""
    doc = extract_text("中国气象局：1月以来气温偏高\n1月以来，全国平均气温为零下4.3℃。江南、华南及山西大部、"
                       "内蒙古西南部等地平均气温较常年同期偏高1℃以上。华南大部及浙江、江西、湖南南部等地平均降水量"
                       "较常年同期偏多5成以上。")
    inds = _indicators(doc)
    assert any(i.startswith("平均气温") for i in inds), inds
    assert any(i.startswith("平均降水量") for i in inds), inds
    assert not any(i.startswith("地") for i in inds), inds


def test_a_change_right_after_etc_places_has_no_di():
    """05-cma-1yue-qihou / 08-guojia-qihou-qiuji: 其中新疆北部等地偏多2倍以上, 西北地区南部等地偏高2至4摄氏度
    (base: indicators 地偏多, 地偏高今秋全国大部地区气温)."""
    doc = extract_text("秋季气候\n今秋全国大部地区气温偏高1至2摄氏度，其中华中中部、西北地区南部等地偏高2至4摄氏度。")
    inds = _indicators(doc)
    assert inds and not any(i.startswith("地") for i in inds), inds


def test_a_word_that_di_opens_after_etc_is_kept():
    """The negative side: after 等 a word 地 opens is read whole (等地区生产总值 is no list of places whose
    figure is 区生产总值), so 地区生产总值 stays the indicator."""
    doc = extract_text("经济运行\n全市工业、服务业等地区生产总值增长5.2%。")
    inds = _indicators(doc)
    assert not any(i.startswith("区生产") for i in inds), inds


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_places_weather_office_is_its_public_institution():
    """01-tianmen-baoyu: 17日，市气象台发布《重大气象专报》 and 07-xiamen-gaowen-yujing: 厦门市气象台今天早上发布了
    高温橙色预警信号 (base: neither office found; only 中央气象台, from the national list, was one)."""
    doc = extract_text("市气象局全力应对暴雨天气过程\n17日，市气象台发布《重大气象专报》，特别提示19至20日为最强降水时段。")
    assert "市气象台" in _orgs(doc), _orgs(doc)
    doc = extract_text("厦门发布高温预警\n厦门市气象台今天早上发布了高温橙色预警信号，大家外出注意防暑。")
    assert "厦门市气象台" in _orgs(doc), _orgs(doc)
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
               if r.predicate == "locatedIn"}
    assert ("厦门市气象台", "厦门市") in located, located


def test_weather_stations_and_a_stop_are_no_institution():
    """The negative side of the office: 气象台站 (the weather stations of a province) and a stop named after
    an institution (市图书馆站) are no body of the place."""
    doc = extract_text("汛期服务\n全省气象台站开展汛期气象服务。乘坐地铁到市图书馆站下车。")
    assert not _orgs(doc), _orgs(doc)


def test_the_office_issuing_a_forecast_is_not_whose_the_temperatures_are():
    """07-xiamen-gaowen-yujing: 厦门市气象台2023年05月31日08时46分继续发布高温橙色预警信号：预计今天我市将继续出现
    高温天气，思明区、湖里区的部分镇街最高气温可达35~37℃，局部可超过38℃；集美区、海沧区的部分镇街最高气温可达
    36~38℃ — the forecast temperatures are the city's, not the issuing office's (with the office found, the
    figures after the semicolon went to 厦门市气象台 as the paragraph's opening body)."""
    doc = extract_text("厦门今发布高温橙色预警信号\n厦门市气象台2023年05月31日08时46分继续发布高温橙色预警信号：预计今天我市"
                       "将继续出现高温天气，思明区、湖里区的部分镇街最高气温可达35~37℃，局部可超过38℃；集美区、海沧区的"
                       "部分镇街最高气温可达36~38℃，局部可超过39℃。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert doc.metrics and "厦门市气象台" not in subjects, subjects


def test_a_special_report_is_no_paper():
    """01-tianmen-baoyu: 17日，市气象台发布《重大气象专报》，特别提示… (base: an Organization 重大气象专报, a
    newspaper by its title ending 报); a paper's title still names one (《人民日报》)."""
    doc = extract_text("市气象局应对暴雨\n17日，市气象台发布《重大气象专报》，特别提示19至20日为最强降水时段。")
    assert "重大气象专报" not in _orgs(doc), _orgs(doc)


def test_the_national_networks_weather_stations_are_no_agency():
    """08-guojia-qihou-qiuji: 重庆开州等375个国家气象站日最高气温突破或持平当地秋季历史极值 (base: an Agency
    国家气象站); a county's 气象站 and a national bureau (国家统计局) are still bodies."""
    doc = extract_text("秋季气候\n重庆开州等375个国家气象站日最高气温突破或持平当地秋季历史极值。国家统计局发布数据。"
                       "县气象站观测到降水量50毫米。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "国家气象站" not in agencies, agencies
    assert {"国家统计局", "县气象站"} <= agencies, agencies


def test_locally_is_the_same_measure_where_it_is_highest():
    """07-xiamen-gaowen-yujing: 思明区、湖里区的部分镇街最高气温可达35~37℃，局部可超过38℃ (base: an indicator 局部);
    the same in a rain forecast (累计雨量50~80毫米，局地超过100毫米).  A word going on after 局部 (局部改造项目)
    is a measure of its own, and 局部 with no measure before it stays as written."""
    doc = extract_text("厦门发布高温预警\n预计今天思明区、湖里区的部分镇街最高气温可达35~37℃，局部可超过38℃。"
                       "预计过程累计雨量50~80毫米，局地超过100毫米。全市建成公园20个，局部改造项目5个。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("部分镇街最高气温", 38) in got and ("过程累计雨量", 100) in got, got
    assert ("局部改造项目", 5) in got, got
    assert not any(i in ("局部", "局地") for i, _ in got), got
