"""Round 104 (haiyang104): ocean, fisheries and ports news — 自然资源部's and 国家海洋局's 中国海洋经济统计
公报 releases (2016, 2018, 2021), Fujian's and the ministry's port throughput news (货物吞吐量, 集装箱
万标箱), and 伏季休渔 news from Fujian (石狮), Shandong (青岛) and Zhejiang (fresh texts of
/tmp/s26/fresh/haiyang104).  Fixes: the three sectors written with the ordinal mark on every item and
a field before the first (海洋第一、第二、第三产业增加值占海洋生产总值的比重分别为…) read item by item, not
all as the third; 完成 between the ports and their throughput (沿海港口完成货物吞吐量) no word of the
indicator; a fleet's gross and deadweight tonnage (16万总吨, 3000万载重吨) a unit; 宝岛 before 台湾 an
epithet, no place."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_ocean_sectors_each_keep_their_share():
    """03-haiyang-2018: 海洋第一、第二、第三产业增加值占海洋生产总值的比重分别为4.4%、37.0%和58.6%
    (04-haiyang-gongbao-2016 the same with 5.1%、40.4%和54.5%); base: all three shares read as
    第三产业增加值占海洋生产总值的比重.  The plain run (第一、二、三产业…) stays item by item too."""
    doc = extract_text("海洋经济\n2018年，海洋第一、第二、第三产业增加值占海洋生产总值的比重分别为4.4%、37.0%和58.6%。")
    got = _metrics(doc)
    assert ("海洋第一产业增加值占海洋生产总值的比重", 4.4, "%") in got, got
    assert ("海洋第二产业增加值占海洋生产总值的比重", 37, "%") in got, got
    assert ("海洋第三产业增加值占海洋生产总值的比重", 58.6, "%") in got, got
    doc = extract_text("经济\n2018年，第一、二、三产业增加值占地区生产总值的比重分别为6.1%、40.2%和53.7%。")
    got = _metrics(doc)
    assert ("第一产业增加值占地区生产总值的比重", 6.1, "%") in got, got
    assert ("第三产业增加值占地区生产总值的比重", 53.7, "%") in got, got
    # a change after 分别 keeps its verb (tongji90: 第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点)
    doc = extract_text("经济\n2015年，第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。")
    got = _metrics(doc)
    assert ("第二产业占地区生产总值的比重回落", 2.16, "个百分点") in got, got


def test_completed_is_no_word_of_a_ports_throughput():
    """01-fujian-port-2013: 今年1~7月，该省沿海港口完成货物吞吐量2.55亿吨 … 福建省港口完成集装箱吞吐量
    646.85万标箱 (base: indicators 沿海港口完成货物吞吐量, 港口完成集装箱吞吐量).  A plan's figure keeps
    its verb (计划完成货物吞吐量)."""
    doc = extract_text("港口生产\n今年1~7月，福建省沿海港口完成货物吞吐量2.55亿吨，同比增长11.2%。"
                       "全省港口完成集装箱吞吐量646.85万标箱。")
    got = _metrics(doc)
    assert ("沿海港口货物吞吐量", 255000000, "吨") in got, got
    assert ("港口集装箱吞吐量", 6468500, "标准箱") in got, got
    assert not any("完成" in m[0] for m in got), got
    doc = extract_text("港口生产\n全市港口计划完成货物吞吐量3亿吨。")
    assert any(m[0].endswith("计划完成货物吞吐量") for m in _metrics(doc)), _metrics(doc)


def test_a_fleets_tonnage_is_a_unit():
    """05-fujian-xiuyu: 石狮…拥有机动渔船1200多艘、16万总吨 (base: indicator 总吨, no unit).  载重吨 is the
    deadweight tonnage a shipping fleet is measured in; a plain 吨 stays 吨."""
    doc = extract_text("渔业\n石狮市有国家级渔港7个，拥有机动渔船1200多艘、16万总吨。")
    got = _metrics(doc)
    assert ("机动渔船", 160000, "总吨") in got, got
    assert not any(m[0] == "总吨" for m in got), got
    doc = extract_text("航运\n全省海运船队运力达3000万载重吨，渔船总吨位达16万吨。")
    got = _metrics(doc)
    assert any(m[1:] == (30000000, "载重吨") for m in got), got
    assert any(m[1:] == (160000, "吨") for m in got), got


def test_the_treasure_island_is_no_place():
    """05-fujian-xiuyu: 石狮市…东与宝岛台湾隔海相望 (base: a Place 宝岛 with no code beside 台湾)."""
    doc = extract_text("石狮\n石狮市位于泉州湾南端，东与宝岛台湾隔海相望。")
    places = _names(doc, "Place")
    assert "宝岛" not in places, places
    assert {"台湾", "石狮市"} <= places, places
