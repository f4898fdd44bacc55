"""Round 65 (ecology65): city and county ecology news from fresh texts of /tmp/s26/fresh/ecology65 (河长制 meetings,
生态环境局 air and water reports, 督察 petitions, 造林 figures): air figures written in symbols (15μg/m3, 183μg/m³)
read as 微克/立方米 (base: no figure at all), and 同比改善/同比恶化 after a level read as the change of that level
(base: a level 同比改善 with no indicator)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str, str]]:
    return {(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}


def test_air_concentrations_written_in_symbols():
    """09-jining-kongqi (济宁市生态环境局): PM2.5浓度为15μg/m3; 12-weixian-kongqi (威县): O3浓度为183μg/m³
    (base: neither figure; μg/m3 was no unit)."""
    doc = extract_text("济宁市7月份环境空气质量\n7月份,济宁市PM2.5浓度为15μg/m3;PM10浓度为34μg/m3;"
                       "O3浓度为183μg/m³;一氧化碳浓度为1.1mg/m3。")
    got = _metrics(doc)
    assert ("PM2.5浓度", 15, "微克/立方米", "level") in got, got
    assert ("PM10浓度", 34, "微克/立方米", "level") in got, got
    assert ("O3浓度", 183, "微克/立方米", "level") in got, got
    assert ("一氧化碳浓度", 1.1, "毫克/立方米", "level") in got, got


def test_improved_against_last_year_is_a_change_of_the_level():
    """09-jining-kongqi: 全市环境空气质量综合指数为2.48,同比改善7.5%; PM2.5浓度为15μg/m3,同比改善25% (base: a level
    同比改善 7.5% with no indicator); alone (改善灌溉面积5万亩) 改善 stays part of a level's name."""
    doc = extract_text("济宁市7月份环境空气质量\n7月份,济宁市环境空气质量综合指数为2.48,同比改善7.5%;"
                       "PM2.5浓度为15微克/立方米,同比改善25%;臭氧浓度为160微克/立方米,同比恶化6.7%。")
    got = _metrics(doc)
    assert ("环境空气质量综合指数同比改善", 7.5, "%", "change") in got, got
    assert ("PM2.5浓度同比改善", 25, "%", "change") in got, got
    assert ("臭氧浓度同比恶化", 6.7, "%", "change") in got, got
    plain = extract_text("某县水利建设\n今年,某县新增和改善灌溉面积5万亩。")
    assert all(m.kind == "level" for m in plain.metrics), _metrics(plain)
