"""Round 112 (gongdian112): power supply company news — peak load and sales figures of city and county
power supply companies in summer (应城 2018, 滨州 and 沾化 2016, 砀山 2019, 商丘 2016, 合肥 2018; fresh
texts of /tmp/s27/txt/gongdian112).  Fixes: 攀升至 and 攀升到 (a load climbing to its figure) and the
modal 或将 before the figure's verb close the indicator, no 攀 or 或 of it (合肥电网最大负荷攀升至556.8万
千瓦, 最大负荷或将突破750万千瓦); 今夏 and 今冬 a time (vague), so the grid after them opens the clause
and is the figure's subject (今夏合肥电网最大负荷…: base 合肥市 with indicator 今夏合肥电网最大负荷或); a
grid's power supply bureau after its city or county (韶关供电局, 新丰供电分局, 南宁供电局) a company of
that place, as 广东电网 is (base: an agency 供电局 alone, the place lost)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subject_of(doc, indicator: str, value) -> str | None:
    for m in doc.metrics:
        if m.indicator == indicator and m.value == value:
            return doc.entities[m.subject].name if m.subject in doc.entities else None
    return None


def test_a_load_climbing_to_its_figure_keeps_no_pan():
    """05-hefei-fuhe: 合肥电网最大负荷攀升至556.8万千瓦 (base: indicator 最大负荷攀)."""
    doc = extract_text("合肥电网负荷创新高\n昨日午间13时20分,合肥电网最大负荷攀升至556.8万千瓦,今夏首次打破六月历史纪录。")
    assert ("最大负荷", 5568000, "千瓦") in _metrics(doc), _metrics(doc)
    doc = extract_text("用电负荷\n7月以来,全市用电负荷攀升到420万千瓦。")
    assert ("用电负荷", 4200000, "千瓦") in _metrics(doc), _metrics(doc)


def test_a_forecast_this_summer_keeps_its_grid_and_no_modal():
    """05-hefei-fuhe: 记者从合肥供电公司了解到,今夏合肥电网最大负荷或将突破750万千瓦 (base: subject 合肥市,
    indicator 今夏合肥电网最大负荷或)."""
    doc = extract_text("合肥电网负荷\n记者从合肥供电公司了解到,今夏合肥电网最大负荷或将突破750万千瓦,较此前历史纪录涨幅超过10%。")
    assert ("最大负荷", 7500000, "千瓦") in _metrics(doc), _metrics(doc)
    assert _subject_of(doc, "最大负荷", 7500000) == "合肥电网"
    doc = extract_text("电网保供\n今冬全省电网最大负荷预计达到5200万千瓦。")
    assert ("电网最大负荷", 52000000, "千瓦") in _metrics(doc), _metrics(doc)


def test_a_power_supply_bureau_is_a_company_of_its_place():
    """A Southern Grid city's bureau and its county branch (韶关供电局新丰供电分局): companies located in
    韶关市 and 新丰县 (base: one agency 供电局, no place)."""
    doc = extract_text("电网改造\n韶关供电局新丰供电分局对10千伏马头线进行改造,改造线路长度8.5千米。")
    orgs = _names(doc, "Organization")
    assert {"韶关供电局", "新丰供电分局"} <= orgs, orgs
    assert "供电局" not in _names(doc, "Agency")
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name)
               for r in doc.relations if r.predicate == "locatedIn"}
    assert ("韶关供电局", "韶关市") in located, located
    assert ("新丰供电分局", "新丰县") in located, located


def test_guard_government_bureaus_and_companies_stay():
    """Guard: a government bureau after its city stays an agency, and a county's power supply company
    keeps its place (国网临泉县供电公司)."""
    doc = extract_text("工作动态\n韶关市财政局与国网临泉县供电公司座谈。")
    assert "韶关市财政局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "临泉县供电公司" in _names(doc, "Organization"), _names(doc, "Organization")
