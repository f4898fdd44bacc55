"""Round 121 (dizai121): land-ministry news — geological-hazard checks and plans (本溪 排查摸底, 杨凌 隐患点排查,
石嘴山 春季排查, 多伦县 巡查, 武山县 专项行动, 澄江县 防治方案, 利州区 防治方案), land-law enforcement (武义 卫片执法,
自然资源部 挂牌督办) and a county monitoring station (广德县 地质环境监测站) (fresh texts of /tmp/s27/txt/dizai121).
Fixes, base → now:
- a county's ethnic township written short (筠连县 联合苗族乡 as 联合乡) is not read inside 联合|乡镇 — the verb and
  the word for every township (联合乡镇、群测群防员: was Place 联合苗族乡, and the article placed there);
- the land ministry's monitoring and mapping units are institutions of the place before them (安徽省地质环境监测总站,
  广德县地质环境监测站, 甘肃省基础地理信息中心: were nothing);
- places written right before a body opening the clause say where the body is (2017年,陕西省岐山县政府…占用耕地13.6公顷 →
  subject 岐山县人民政府, was 陕西省; 四川省广元市利州区政府 → 利州区人民政府, was 广元市);
- a finding verb before a scope opens the clause (确定我县无用地批准手续的图斑有137个 → 无用地批准手续的图斑, was
  确定我县无用地批准手续的图斑), and so do the adverbs of an unlawful taking (未经批准擅自占用耕地 → 占用耕地);
- a word jieba tags ns and one name character before 小组 names a village group, no region (大坡头小组 in a list of
  hazard sites: was Place 大坡)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _subjects(doc) -> dict:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_joining_verb_before_townships_is_no_ethnic_township():
    """05-wushan-zhuanxiang (base: Place 联合苗族乡 from 联合乡镇, the article placed in it)."""
    doc = extract_text("专项行动\n深刻汲取四川宜宾筠连县山体滑坡教训。县自然资源局组织专业排查队伍，联合乡镇、群测群防员，"
                       "对全县地质灾害易发区开展排查。")
    assert "联合苗族乡" not in _names(doc, "Place"), _names(doc, "Place")
    assert "筠连县" in _names(doc, "Place")


def test_ethnic_township_written_short_still_read():
    """Guard: the township written short as a word of its own stays (筠连县联合乡 → 联合苗族乡)."""
    doc = extract_text("走访\n筠连县联合乡党委书记带队走访群众。")
    assert "联合苗族乡" in _names(doc, "Place"), _names(doc, "Place")


def test_geological_monitoring_stations_are_agencies():
    """10-guangde-jiancezhan (base: neither station read)."""
    doc = extract_text("监测站设立\n广德县国土资源局与安徽省地质环境监测总站近日签署合作协议。广德县地质环境监测站设立。"
                       "甘肃省基础地理信息中心派员参加。")
    names = _names(doc, "Agency")
    assert {"安徽省地质环境监测总站", "甘肃省基础地理信息中心"} <= names, names
    assert any(n.endswith("地质环境监测站") and n.startswith("广德") for n in names), names


def test_places_before_a_body_leave_it_the_subject():
    """09-ziranziyuanbu-duban (base: subject 陕西省 for 岐山县政府's taking; 广元市 for 利州区政府's)."""
    doc = extract_text("挂牌督办\n2017年7月至2018年5月，陕西省岐山县政府擅自占用耕地13.6公顷。")
    assert _subjects(doc).get(13.6) == "岐山县人民政府", _subjects(doc)
    doc = extract_text("违法建筑\n2019年，四川省广元市利州区政府拆除违法建筑面积2.5公顷。")
    assert _subjects(doc).get(2.5) == "利州区人民政府", _subjects(doc)


def test_place_chain_alone_keeps_the_last_place():
    """Guard: a chain of places with no body after it keeps its last place (湖南省长沙市接待游客)."""
    doc = extract_text("旅游\n据统计，湖南省长沙市接待游客300万人次。")
    assert _subjects(doc).get(3000000) == "长沙市", _subjects(doc)


def test_finding_verb_before_scope_and_unlawful_adverbs_open_the_clause():
    """08-wuyi-weipian, 09-ziranziyuanbu-duban (base: 确定我县无用地批准手续的图斑, 未经批准擅自占用耕地)."""
    got = _metrics(extract_text("卫片执法\n县国土局通过外业调查、内业分析，确定我县无用地批准手续的图斑有137个，面积327.8亩。"))
    assert got.get(137) == "无用地批准手续的图斑", got
    got = _metrics(extract_text("督办\n2018年5月至2019年6月，海南裕东实业有限公司未经批准擅自占用耕地4.5467公顷。"))
    assert got.get(4.5467) == "占用耕地", got


def test_finding_verb_without_scope_stays():
    """Guard: 确定 not before a scope word is left to the indicator's own rules (确定帮扶对象 stays whole)."""
    got = _metrics(extract_text("帮扶\n全县确定帮扶对象120户。"))
    assert got.get(120) and "帮扶对象" in got[120], got


def test_village_group_name_is_no_region():
    """06-chengjiang-fangan (base: Place 大坡 from 大坡头小组)."""
    doc = extract_text("防治方案\n澄江县已消除安全隐患6个地质灾害点（所梅村、大坡头小组、马吃水小组、营盘小组）予以取消。")
    assert "大坡" not in _names(doc, "Place"), _names(doc, "Place")


def test_region_before_party_group_stays():
    """Guard: 党小组 after a place is the party's group of that place (湖南党小组 keeps 湖南省)."""
    doc = extract_text("会议\n湖南党小组会议召开。")
    assert "湖南省" in _names(doc, "Place"), _names(doc, "Place")
