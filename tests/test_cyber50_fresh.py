"""Round 50 (cyber50): cyberspace, big data and digital government news from fresh texts of
/tmp/s26/fresh/cyber50: data volumes in bytes (10TB, 25PB, 32ZB) are figures in their unit; a
committee's kind written bare as a post's body (和委员会委员杜兴林) is the committee just named, no
committee of the place (市人民政府委员会)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> dict[str, tuple[float, str]]:
    return {m.indicator: (m.value, m.unit) for m in doc.metrics}


def test_data_volumes_in_bytes_are_figures():
    """cac.gov.cn (贵州): 上云结构化数据量也从2015年的10TB增长到现在的1626TB; 淮南日报: 2023年我国数据生产总量
    预计超32ZB (base: no figure at all, TB and ZB were no units)."""
    doc = extract_text("贵州加快运用大数据提升政府治理能力\n"
                       "贵州省大数据发展管理局相关负责人介绍,上云结构化数据量也从2015年的10TB增长到现在的1626TB。")
    values = {(m.value, m.unit) for m in doc.metrics}
    assert (10, "TB") in values and (1626, "TB") in values, values
    other = extract_text("数据产量超32ZB\n全国数据工作会议上的最新信息显示,经初步测算,2023年我国数据生产总量预计超32ZB。")
    assert _metrics(other).get("数据生产总量") == (32, "ZB"), _metrics(other)


def test_bare_committee_is_the_committee_just_named():
    """衢州日报: 市长、市委网络安全和信息化委员会副主任徐张艳和委员会委员杜兴林、邓崴…出席: the members of
    the city's 网信委 (base: 市人民政府委员会, a body of no such name)."""
    doc = extract_text("衢州市委网络安全和信息化委员会召开会议\n"
                       "5月15日上午,市委书记、市委网络安全和信息化委员会主任高屹主持召开会议。"
                       "市长、市委网络安全和信息化委员会副主任徐张艳和委员会委员杜兴林、邓崴出席。")
    holds = relation_pairs(doc, "holdsPost")
    assert ("杜兴林", "衢州市委网络安全和信息化委员会") in holds, holds
    assert ("邓崴", "衢州市委网络安全和信息化委员会") in holds, holds
    assert not any(b.endswith("人民政府委员会") or b == "委员会" for _, b in holds), holds


def test_computing_power_and_storage_are_figures_and_a_unit_s_definition_none():
    """taibo.cn (工信部, 中国算力大会发布会): 存储容量达到800EB(1EB=1024PB)。算力总规模超过140 EFlops: 800 EB
    and 140 EFLOPS (base: neither); the bracket's 1EB=1024PB defines the unit, no figure of 1 EB or
    1024 PB."""
    doc = extract_text("工信部:我国近五年算力年均增速超过30%\n"
                       "工业和信息化部副部长张云明表示,截至2021年底,我国在用数据中心服务器规模1900万台,"
                       "存储容量达到800EB(1EB=1024PB)。算力总规模超过140 EFlops(每秒浮点运算次数)。")
    values = {(m.value, m.unit) for m in doc.metrics}
    assert (800, "EB") in values and (140, "EFLOPS") in values, values
    assert (1, "EB") not in values and (1024, "PB") not in values, values


def test_an_area_unit_s_definition_is_no_figure():
    """The same bracket with a unit of area (耕地面积达到800公顷(1公顷=15亩)): only the 800 公顷
    (base: 1 公顷 and 15 亩 as figures of the county)."""
    doc = extract_text("全县耕地保护工作\n2021年,全县耕地面积达到800公顷(1公顷=15亩)。")
    values = {(m.value, m.unit) for m in doc.metrics}
    assert (800, "公顷") in values and (1, "公顷") not in values and (15, "亩") not in values, values


def test_standard_racks_are_the_unit_of_a_data_centre_s_size():
    """taibo.cn (工信部): 我国在用数据中心机架总规模超过520万标准机架: 5.2 million in 标准机架, the size
    measured (base: a count with no unit whose indicator was the unit, 标准机架)."""
    doc = extract_text("工信部:我国近五年算力年均增速超过30%\n"
                       "工业和信息化部副部长张云明表示,截至2021年底,我国在用数据中心机架总规模超过520万标准机架,"
                       "平均上架率超过55%。")
    got = {m.indicator: (m.value, m.unit) for m in doc.metrics}
    size = [k for k, v in got.items() if v == (5200000, "标准机架")]
    assert size and size[0].endswith("数据中心机架总规模"), got
    assert "标准机架" not in got, got
