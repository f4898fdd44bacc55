"""Round 47 (police47): public security and traffic police news from fresh texts of
/tmp/s26/fresh/police47: a police station named right after its bureau is the station, named by the
whole chain (中牟县公安局东风路派出所, 县公安局大渡口派出所), and a county bureau's traffic management
brigade is its own agency (屯昌县公安局交通管理大队), the subject of what it did."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_station_named_by_a_road_after_its_bureau_is_the_station():
    """henanxinwang.com 2021-09-26 (中牟县): 中牟县公安局东风路派出所接到一起入室盗窃案件: the station of
    中牟县公安局 (base: only the bureau, the station dropped)."""
    doc = extract_text("中牟县公安局东风路派出所中秋节抓获入室盗窃嫌疑人\n"
                       "8月6日,中牟县公安局东风路派出所接到一起入室盗窃案件,接警后,民警立即展开调查。"
                       "目前,犯罪嫌疑人张某某已被中牟县公安局依法刑事拘留。")
    assert "中牟县公安局东风路派出所" in _agencies(doc), _agencies(doc)
    assert ("中牟县公安局东风路派出所", "中牟县公安局") in relation_pairs(doc, "subOrganizationOf")


def test_a_station_after_a_relative_bureau_is_the_station():
    """yybnet.net 2019-08 (宜昌): 7月23日,县公安局大渡口派出所来了几名陌生人: the station (base: the
    agency 县公安局 alone).  No station from a word of which stations or a verb the dictionary calls a
    noun (县公安局辖区派出所, 县公安局指导派出所): the bureau alone."""
    doc = extract_text("大渡口派出所协助贵州警方抓获涉黑逃犯\n"
                       "7月23日,县公安局大渡口派出所来了几名风尘仆仆有着外地口音的陌生人。")
    assert "县公安局大渡口派出所" in _agencies(doc), _agencies(doc)
    for s in ("县公安局辖区派出所开展夜间巡逻。", "县公安局指导派出所开展夜间巡逻。", "县公安局联合派出所开展夜间巡逻。",
              "县公安局社区派出所开展夜间巡逻。"):
        agencies = _agencies(extract_text("通知\n" + s))
        assert not any(a.endswith("派出所") for a in agencies), (s, agencies)


def test_a_bureau_s_traffic_management_brigade_is_the_subject_of_its_figures():
    """szb.hnfazhi.com 2024-02-20 (屯昌县): 屯昌县公安局交通管理大队开展酒驾醉驾集中整治行动,共查获各类交通
    违法行为393起: the brigade, subject of the 393 (base: 屯昌县公安局, the brigade dropped)."""
    doc = extract_text("严查酒驾醉驾\n"
                       "2月12日至14日,屯昌县公安局交通管理大队开展酒驾醉驾集中整治行动,共查获各类交通违法行为393起。")
    assert "屯昌县公安局交通管理大队" in _agencies(doc), _agencies(doc)
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.value == 393 and m.subject in doc.entities}
    assert subjects == {"屯昌县公安局交通管理大队"}, subjects


def _figures(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_subject_and_zai_before_a_respective_list_are_no_part_of_its_first_item():
    """bjyzxf.com 2021-03-12 (银川): 2020年银川公安在反电诈破案数、抓获数、挽损数分别同比上升136.41%、
    483.86%、286.90%: each figure its own item (base: all three 挽损数同比上升; with two items, 公安在破案数)."""
    doc = extract_text("银川警方晒反电诈成绩单\n"
                       "数据显示,2020年银川公安在反电诈破案数、抓获数、挽损数分别同比上升136.41%、483.86%、286.90%。")
    figures = _figures(doc)
    assert figures.get(483.86) == "抓获数同比上升" and figures.get(286.9) == "挽损数同比上升", figures
    assert "挽损数" not in figures.get(136.41, ""), figures
    two = _figures(extract_text("通报\n2020年银川公安在破案数、抓获数分别同比上升13.4%、48.3%。"))
    assert two.get(13.4) == "破案数同比上升", two
    kept = _figures(extract_text("通报\n我县在逃人员、吸毒人员分别为12人、8人。"))
    assert kept.get(12) == "在逃人员", kept  # 在逃: a word of the dictionary, the item's own
