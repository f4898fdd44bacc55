"""Round 116 (tielu116): railway, airport and transport construction news — 国铁集团/铁路局 passenger figures for
春运, 暑运 and holidays, new lines and stations, airport expansions, at every level (全国铁路春运首日, 局集团公司
春运日报, 春节期间铁路局发送旅客, 国铁济南局暑运, 济南三大火车站端午, 建始县高坪站命名, 京沈高铁辽宁段, 西宁机场
三期扩建, 万州/达州机场 reply, 武汉天河机场三期, 济郑高铁莘县站; fresh texts of /tmp/s27/txt/tielu116).
Fixes (base → now):
- a span of days right after a closed stretch of dates (春运从1月13日起至2月21日止，共40天) is its length:
  天 40天 → no figure;
- a works headquarters' stem naming building work in general (襄阳工程建设指挥部, 省交通运输厅工程建设指挥部) names
  no programme: Programme 工程建设 / 交通运输厅工程建设 → none (新时代文明实践中心建设工作指导组 keeps its own);
- the minutes of a span written in hours and minutes (全程只需2小时30分钟) are no figure alone: 时间 30分钟 → none;
- a speed word after 按 before a distance read with the words after it (按时速350公里标准设计建设) is the speed:
  标准设计建设 350公里 → 时速 350公里/小时.
Left as it is: a station word after its place (济南西站发送 → 西站发送) keeps the station, as flood67's guard
(北京南站流量 → 南站流量) wants."""
from __future__ import annotations

from conftest import extract_text


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_length_of_closed_date_stretch_is_no_figure():
    doc = extract_text("2017年春运从1月13日起至2月21日止，共40天。暑期运输期限自7月1日起至8月31日止，共计62天。")
    assert not any(m.unit == "天" for m in doc.metrics)


def test_guard_duration_with_its_own_noun_stays():
    doc = extract_text("项目建设结束，共投入资金5亿元，历时3年。")
    assert 500000000 in {m.value for m in doc.metrics}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_works_headquarters_names_no_programme():
    doc = extract_text("6月2日，县人民政府向中国铁路武汉局集团有限公司襄阳工程建设指挥部发出函。"
                       "省交通运输厅工程建设指挥部召开会议。")
    assert not any("工程建设" in p for p in _programmes(doc))


def test_guard_named_programme_of_working_group_stays():
    doc = extract_text("市新时代文明实践中心建设工作指导组召开会议。")
    assert "新时代文明实践中心建设" in _programmes(doc)


def test_minutes_of_hours_and_minutes_are_no_figure():
    doc = extract_text("京沈高铁建成后沈阳至北京全程只需2小时30分钟。")
    assert 30 not in {m.value for m in doc.metrics if m.unit == "分钟"}


def test_guard_minutes_alone_stay():
    doc = extract_text("全市警情平均处置时间为25分钟。")
    assert 25 in {m.value for m in doc.metrics if m.unit == "分钟"}


def test_speed_standard_after_an_is_the_speed():
    doc = extract_text("京沈高铁拟按时速350公里标准设计建设，估算总投资约1245亿元。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("时速", 350, "公里/小时") in got


def test_guard_distance_after_an_is_no_speed():
    doc = extract_text("京沪高铁设计时速350公里。线路全长按100公里计算。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("京沪高铁设计时速", 350, "公里/小时") in got
    assert all(u == "公里" for _i, v, u in got if v == 100)
