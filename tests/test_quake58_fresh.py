"""Round 58 (quake58): earthquake, geological-hazard and disaster-drill news from fresh texts of
/tmp/s26/fresh/quake58 (陕西宁陕, 湖北郧西, 江苏沛县, 湖南安化, 甘肃兰州, 广东源城): a one-character
division counted before an adverb (12个镇准确摸清…), the epicentre's distance from a town (震中距十堰城区
718公里), departments listed on after a bracketed other name (县住建局(地震局)、应急管理局), a body sending
out a team (应急管理局派出核灾工作组) and a kind of hazard after 其中 (其中滑坡8起)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_one_character_division_counted_before_an_adverb():
    """宁陕县国土局 (安康市自然资源局 site): 及时通知全县12个镇准确摸清汛后各地质灾害隐患点的动态变化情况:
    12 towns (base: indicator 镇准确摸清汛后各地质灾害隐患点)."""
    doc = extract_text("宁陕县积极做好汛后地质灾害核查工作\n"
                       "宁陕县国土局就周密部署汛后地质灾害核查工作。首先是及时通知全县12个镇准确摸清汛后各地质灾害"
                       "隐患点的动态变化情况。")
    assert ("镇", 12, "个") in _metrics(doc), _metrics(doc)


def test_epicentre_distance_from_a_town_is_no_metric():
    """郧西县地震局: 四川省汶川县发生7.8级地震,震中距十堰城区718公里: where the quake struck, no
    measure (base: a metric 震中距十堰城区 718 公里 of 汶川县)."""
    doc = extract_text("郧西县快速启动应急预案应对震情确保社会稳定\n"
                       "5月12日14时28分,四川省汶川县发生7.8级地震,震中距十堰城区718公里,我县大部分地区有明显震感。"
                       "全县修建道路20公里。")
    units = {(m.value, m.unit) for m in doc.metrics}
    assert (718, "公里") not in units, _metrics(doc)
    assert (20, "公里") in units  # a road built keeps its length


def test_departments_listed_after_a_bracketed_other_name():
    """沛县发布: 县委、县政府立即组织…县住建局(地震局)、应急管理局、消防救援大队等部门开展震情排查: the
    county's 应急管理局 and 消防救援大队 (base: the list ended at the bracket)."""
    doc = extract_text("沛县发生2.8级地震\n"
                       "地震发生后,县委、县政府立即组织震中周边各镇及县住建局(地震局)、应急管理局、消防救援大队等部门"
                       "开展震情排查。")
    assert {"沛县应急管理局", "沛县消防救援大队"} <= _agencies(doc), _agencies(doc)


def test_a_body_sending_out_a_team_names_no_agency():
    """安化县应急管理局 (益阳市 site): 安化县应急管理局派出核灾工作组赶赴受灾乡镇: the bureau sends a team
    (base: an agency 安化县应急管理局派出核灾工作组); 派出所 stays a police station."""
    doc = extract_text("安化县应急管理局:积极开展灾情核查工作\n"
                       "3月15日,安化县应急管理局派出核灾工作组赶赴受灾乡镇开展灾情核查工作。")
    agencies = _agencies(doc)
    assert "安化县应急管理局" in agencies and not any("派出" in a for a in agencies), agencies
    police = extract_text("安化县召开会议\n安化县公安局城关派出所参加。")
    assert any(a.endswith("城关派出所") for a in _agencies(police)), _agencies(police)


def test_a_kind_of_hazard_after_qizhong_is_named_in_full():
    """兰州市地质环境2011年度公报 (中国地质环境信息网): 2011年兰州市共发生各类地质灾害11起,其中滑坡8起,
    崩塌3起: 滑坡 as its sibling 崩塌 (base: 滑坡发生各类地质灾害)."""
    doc = extract_text("兰州地灾隐患点多达5688处\n"
                       "据了解,2011年兰州市共发生各类地质灾害11起,其中滑坡8起,崩塌3起,直接经济损失225.6万元。")
    metrics = _metrics(doc)
    assert ("滑坡", 8, "起") in metrics and ("崩塌", 3, "起") in metrics, metrics
