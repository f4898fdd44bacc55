"""Round 83 (jiaotong83): transport news — releases of 交通运输部 and provincial 交通运输厅 (rural roads,
port throughput, investment by mode: 广东, 四川, 安徽, 内蒙古), county news of 城乡公交 and 四好农村路
(天台, 秦安, 共和县, 长沙县) from /tmp/s26/fresh/jiaotong83.  Fixes: a full county name right after a
place anaphor (我市|长沙县) read as a post 市长 and a person 沙县; a gully township named after a province
(江西沟); the road transport authority written 运管局; the slogan 外通内联 read as a place; a length
measured by circling the earth (可绕地球赤道115圈) taking the nation's figures after it; a numbered heading
naming a sector ((一)公路建设。1—9月完成投资…) left out of the bare 投资 after it; 其中 (among them)
read across 中国 before a road's word (其中|国省干线)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> dict[float, tuple[str, str | None]]:
    return {m.value: (m.indicator, doc.entities[m.subject].name if m.subject in doc.entities else None)
            for m in doc.metrics}


def test_a_county_after_a_place_anaphor_is_no_mayor():
    """09-changshaxian-sihao (湖南): 我市长沙县被交通运输部评为…示范县 (base: a person 沙县 holding 长沙市's
    post 市长, and no 长沙县 in the sentence); 我市市长李明 stays a mayor."""
    doc = extract_text("长沙县荣获示范县\n8月24日,在全国养护现场会上,我市长沙县被交通运输部评为“四好农村路”全国示范县。")
    assert "沙县" not in _names(doc, "Person"), _names(doc, "Person")
    assert any(m.surface == "长沙县" and m.start > 10 for m in doc.mentions if m.label == "Place"), \
        [(m.surface, m.start) for m in doc.mentions if m.label == "Place"]
    doc = extract_text("长沙市召开会议\n长沙市市长李明出席会议并讲话。")
    assert "李明" in _names(doc, "Person"), _names(doc, "Person")


def test_a_gully_named_after_a_province_is_no_province():
    """08-gonghe-gongjiao (青海共和县): 开通恰卜恰至倒淌河、龙羊峡、江西沟等城乡公交线路 (base: 江西省);
    加强与四川沟通 keeps the province."""
    doc = extract_text("共和县推进城乡公交\n共和县将逐步开通恰卜恰至倒淌河、龙羊峡、江西沟等城乡公交线路。")
    assert "江西省" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("我县对接成渝\n我县主动加强与四川沟通对接,推动项目合作。")
    assert "四川省" in _names(doc, "Place"), _names(doc, "Place")


def test_the_road_transport_authority_written_short():
    """07-qinan-banxian (甘肃秦安县): the byline (秦安县运管局) (base: no agency)."""
    doc = extract_text("秦安至陇城班线公交化运营\n秦安至陇城班线公交化运营启动仪式在秦安县汽车北站举行。(秦安县运管局)")
    assert "秦安县道路运输管理局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_slogan_of_rural_roads_is_no_place():
    """01-nongcun-zuimei (交通运输部): “外通内联、通村畅乡、客车到村、安全便捷”的农村交通运输网络 (base: a
    place 内联)."""
    doc = extract_text("农村公路建设成效\n旅游景点、产业园区等农村地区主要经济节点的通硬化路问题基本解决,"
                       "“外通内联、通村畅乡、客车到村、安全便捷”的农村交通运输网络基本形成。")
    assert "内联" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_length_measured_by_circling_the_earth_is_no_subject():
    """01-nongcun-zuimei: 全国农村公路总里程超464万公里、长度可绕地球赤道115圈,农村公路桥梁共53万座 (base:
    the bridges and tunnels 地球's)."""
    doc = extract_text("农村公路建设成效\n截至2024年底,全国农村公路总里程超464万公里、长度可绕地球赤道115圈,"
                       "农村公路桥梁共53万座,隧道2273座。")
    got = _metrics(doc)
    assert got.get(530000) == ("农村公路桥梁", "中国"), got
    assert got.get(2273) == ("隧道", "中国"), got


def test_a_numbered_heading_names_the_sector_invested_in():
    """05-sichuan-touzi (四川交通运输厅): (一)公路建设。1—9月完成投资1275.34亿元 (base: the indicator 投资);
    a heading naming a part of the report (三、工作成效) is no sector."""
    doc = extract_text("2020年1—9月全省交通建设投资情况\n总体完成情况:2020年1—9月,全省公路水路交通建设完成投资1383.54亿元。\n"
                       "(一)公路建设。1—9月完成投资1275.34亿元。\n(二)内河水运。1—9月完成投资34.61亿元,同比下降4.3%。\n"
                       "(三)工作成效。1—9月实现产值5亿元。")
    got = _metrics(doc)
    assert got[127534000000][0] == "公路建设投资", got
    assert got[3461000000][0] == "内河水运投资", got
    assert got[500000000][0] == "产值", got


def test_among_them_before_a_national_road_is_no_china():
    """03-bayannaoer-touzi (内蒙古, a city's 交通运输局): 公路建设规模为854.2公里,其中国省干线194.2公里、农村公路660公里
    (base: 中国 read across 其中|国省干线, the article placed in China and its figures China's);
    其中国道 alike; 中国 written after 其中 as a word of its own stays."""
    doc = extract_text("1—8月我市交通运输领域完成投资29.3亿元\n据了解,公路建设规模为854.2公里,其中国省干线194.2公里、农村公路660公里。"
                       "建成公路50公里,其中国道20公里。")
    assert "中国" not in _names(doc, "Place") and "中国省" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("港口生产平稳\n全球港口货物吞吐量增长,其中中国完成港口货物吞吐量120.3亿吨。")
    assert "中国" in _names(doc, "Place"), _names(doc, "Place")
