"""Round 71 (profile71): the 概况 / 简介 / 县情 pages of townships, streets, villages and counties (fresh texts
of /tmp/s26/fresh/profile71: 辰溪 and 中方 of 湖南怀化, 开化 of 浙江衢州, 莲花 of 江西萍乡, 泾县 of 安徽, 定州 of 河北,
北京朝阳 潘家园街道, 山西 后小郭村).  Fixes: a compass word naming one side of a place in its list of borders
(东北界…、西南接…; 东北与安福县接壤; 地势东北高西南低) read as no region of China; a neighbour named in a clause of
borders (西北环抱鹤城区,总面积1461平方公里) never the subject of the profile's figures; the year of a division's
set-up (1950年设桐村乡,1985年建公社) no period of the figures of the sentences after it; a verb of governing
(辖东湖村、南町村; 桐村镇现辖红坑村) no part of the first village's name; a group's measure written with 的
(村民的人均纯收入) named without it; a name with 村 before 全村 (后小郭村全村总人口) read as a village."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_a_side_in_a_list_of_borders_is_no_region():
    """01-chenxi-township, 08-lianhua-county: 东北界伍家湾乡、田湾镇,东南邻柿溪乡,西南接锦滨乡; 东北与江西省安福县
    接壤,…西南与湖南省茶陵县相连 (base: Places 东北 and 西南, China's regions)."""
    doc = extract_text("龙泉镇概况\n龙泉镇位于县城东部,东北界伍家湾乡、田湾镇,东南邻柿溪乡,西南接锦滨乡,北连城郊乡。"
                       "地势东北高西南低。")
    assert not {"东北", "西南"} & _places(doc), _places(doc)
    doc = extract_text("莲花县概况\n莲花县东北与江西省安福县接壤,东南与永新县毗邻,北面与芦溪县交界,西南与湖南省茶陵县相连。")
    assert not {"东北", "西南"} & _places(doc), _places(doc)
    assert {"安福县", "茶陵县"} <= _places(doc), _places(doc)
    # negative: 东北与华北 (two regions), 东北地区增长 — no list of borders, the region stays
    doc = extract_text("全国经济运行\n今年以来,东北与华北地区经济稳步回升,东北地区规模以上工业增加值增长4.8%。")
    assert any("东北" in n for n in _places(doc)), _places(doc)


def test_a_neighbour_in_a_clause_of_borders_is_no_subject():
    """06-zhongfang-county: 中方县…东接溆浦县、南邻洪江市、西界芷江县、北依辰溪县,西北环抱鹤城区,总面积1461平方公里
    (base: 鹤城区's 总面积)."""
    doc = extract_text("中方县县情\n中方县,隶属于湖南省怀化市,东接溆浦县、南邻洪江市、西界芷江县、北依辰溪县,"
                       "西北环抱鹤城区,总面积1461平方公里。")
    assert _subjects(doc).get("总面积") == "中方县", _subjects(doc)
    doc = extract_text("泾县概况\n泾县位于安徽省东南部,北与芜湖市南陵县为邻,总面积2054.5平方千米。")
    assert _subjects(doc).get("总面积") == "泾县", _subjects(doc)


def test_a_division_s_set_up_year_is_no_period_of_later_figures():
    """03-kaihua-townships: 1950年设何家乡,1958年建马金公社何田管理区,1961年建公社,1983年改乡。…面积104.2平方公里
    (base: period 1950 for the area and the population)."""
    doc = extract_text("何田乡\n何田乡是开化县辖乡。1950年设何家乡,1961年建公社,1983年改乡。位于县境西北部,距县城23公里。"
                       "面积104.2平方公里,人口1.1万。")
    got = {m.indicator: m.period for m in doc.metrics}
    assert "面积" in got and got["面积"] is None, got
    # negative: a year of works (改建城区) still dates the figures after it
    doc = extract_text("城区建设\n2020年,我县改建城区,新增道路12公里。全年新增绿地5万平方米。")
    assert any((m.period or "").startswith("2020") for m in doc.metrics), [(m.indicator, m.period) for m in doc.metrics]


def test_a_verb_of_governing_opens_no_village_name():
    """02-dingzhou-xicheng, 03-kaihua-townships: 人口2.5万,辖东湖村、南町村…11个行政村; 桐村镇辖红坑村、裴源村 (base:
    Places 辖东湖村 and 辖红坑村)."""
    doc = extract_text("西城乡概况\n1997年,西城乡面积34.8平方千米,人口2.5万,辖东湖村、南町村、北町村、西城村11个行政村。")
    assert "东湖村" in _places(doc) and "辖东湖村" not in _places(doc), _places(doc)
    doc = extract_text("桐村镇概况\n桐村镇现辖红坑村、裴源村等20个村。")
    assert "红坑村" in _places(doc) and not any(n.endswith("辖红坑村") for n in _places(doc)), _places(doc)


def test_a_group_s_measure_is_named_without_de():
    """04-houxiaoguo-village: 村民的人均纯收入达5000—6000元 (base: indicator 村民的人均纯收入)."""
    doc = extract_text("后小郭村村情简介\n后小郭村位于宋村乡的南部,全村总人口760人,村民的人均纯收入达5000元。")
    got = {m.indicator for m in doc.metrics}
    assert "村民人均纯收入" in got and "村民的人均纯收入" not in got, got
    # the whole measure stays, only the 的 goes (农民人均可支配收入)
    doc = extract_text("某县概况\n2022年,全县农民的人均可支配收入达15000元。")
    assert {m.indicator for m in doc.metrics} == {"农民人均可支配收入"}, {m.indicator for m in doc.metrics}


def test_a_village_named_before_its_whole_is_a_village():
    """04-houxiaoguo-village: 后小郭村全村总人口760人 (base: no village, the indicator 后小郭村全村总人口 of no subject);
    新农村全村 is no village's name."""
    doc = extract_text("村情简介\n后小郭村全村总人口760人,人均耕地1.3亩。")
    assert "后小郭村" in _places(doc), _places(doc)
    assert _subjects(doc).get("总人口") == "后小郭村", _subjects(doc)
    doc = extract_text("村情简介\n我们建设新农村,新农村全村人口800人。")
    assert "新农村" not in _places(doc), _places(doc)
