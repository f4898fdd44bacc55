"""Round 74 (hotline74): 12345 hotline monthly and quarterly reports and 信访 (letters and visits)
reports of cities and counties, from fresh texts of /tmp/s26/fresh/hotline74 (唐山, 大英县, 宁国市,
衡东县, 陈仓区, 连云港, 杨凌, a county's and a city's 信访 reports).  Fix: a national organ the
petitioners went to (到国家信访局信访量33件次) is the destination of the county's petitions, not the
national source that made the figure the country's."""
from __future__ import annotations

from conftest import extract_text


def _subjects(doc) -> dict[tuple[str, float], str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_petitions_to_the_national_bureau_are_the_county_s():
    """07-county-xinfang-h1: 从信访层级看,到国家信访局信访量33件次,同比下降28.26%,其中到国家局走访3人次
    (base: the three figures China's, by the national organ read as their source)."""
    doc = extract_text("临泽县2024年上半年信访工作总结\n今年1-6月,全县信访总量143件次,同比上升9.16%。从信访层级看,"
                       "到国家信访局信访量33件次,同比下降28.26%,其中到国家局走访3人次;到市信访局信访量10件次。")
    got = _subjects(doc)
    assert got[("到国家信访局信访量", 33)] == "临泽县", got
    assert got[("到国家信访局信访量同比下降", 28.26)] == "临泽县", got
    assert got[("到国家局走访", 3)] == "临泽县", got


def test_a_reporter_at_a_national_organ_still_names_the_source():
    """Negative: a reporter's visit to the organ (记者到国家统计局了解到，…) keeps the figure the country's."""
    doc = extract_text("新华社北京1月17日电 记者到国家统计局了解到，2023年全国粮食总产量13908亿斤，比上年增长1.3%。")
    assert set(_subjects(doc).values()) == {"中国"}, _subjects(doc)
