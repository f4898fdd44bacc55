"""Round 89 (shuili89): water-resources news, second pass — county 水利局 pages on small-reservoir
safety works and river-chief patrols, a city's lake-chief system (泉州), a basin bureau's visit to a
county (水利部太湖流域管理局 in 长兴), a province's large irrigation districts (湖南 黄石灌区), a county's
water-use figures (会泽, in traditional script), a city's 河湖长制 work points (湛江), a county's river
meeting (泸县 九曲河), the 2021 中国水资源公报 and the ministry's rural water-supply figures (fresh texts
of /tmp/s26/fresh/shuili89, from Anhui, Fujian, Zhejiang, Hunan, Yunnan, Guangdong, Sichuan and the
ministry).  Fixes: the cubic metre written m3/m³ after 亿/万 (28310.5亿m3) is 立方米; a unit named by a
lake's basin (太湖流域管理局) lies in no 太湖县; 中水 (reclaimed water) and a name torn out of a
locative (辖区内|湖库: no 内湖) are no places; a short name before 灌区 is the irrigation district's
(黄石灌区: no 黄石市), and 境内 opens a list of townships (桃源县境内黄石、漆河、陬市等11个乡镇: 黄石镇); a
count in 万 of a noun opening with …人口 (7449万农村人口) is in 人; a count whose phrase opens with 跨 and
closes with 的 counts the noun after it (4个跨行政区域的大中型水库); 审核: holds a person as 撰稿: does."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _located(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "locatedIn" and r.subject in doc.entities and r.object in doc.entities}


def test_cubic_metres_written_m3_after_a_magnitude():
    """09-gongbao-2021-dibiaoshui: 2021年,全国地表水资源量为28310.5亿m3,折合年径流深为299.3mm (base: the
    figure had no unit and the indicator m3).  m3/s is a flow, no volume in 立方米."""
    doc = extract_text("水资源公报\n2021年,全省地表水资源量为310.5亿m3,折合年径流深为299.3mm。"
                       "全省水资源总量为320.4亿m³。")
    got = _metrics(doc)
    assert ("地表水资源量", 31050000000, "立方米") in got, got
    assert ("水资源总量", 32040000000, "立方米") in got, got
    doc = extract_text("水情\n7月5日,某水文站洪峰流量为1200m3/s。")
    assert all(u != "立方米" for _, _, u in _metrics(doc)), _metrics(doc)


def test_a_basin_bureau_is_in_no_county_of_the_lakes_name():
    """03-changxing-hezhangzhi: 水利部太湖流域管理局副局长黄卫良、浙江省水利厅副厅长徐国平一行赴长兴调研 (base:
    the bureau locatedIn 太湖县 of Anhui, a place the text never names).  A unit named by a division
    (人民银行兰州中心支行) still lies there."""
    doc = extract_text("太湖局赴长兴调研河长制工作\n5月5日,水利部太湖流域管理局副局长黄卫良一行赴长兴县调研“河长制”实施情况。")
    assert "水利部太湖流域管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "太湖县" not in _names(doc, "Place"), _names(doc, "Place")
    assert not {p for a, p in _located(doc) if a == "水利部太湖流域管理局"}, _located(doc)
    doc = extract_text("金融工作\n中国人民银行兰州中心支行召开会议。")
    assert ("中国人民银行兰州中心支行", "兰州市") in _located(doc), _located(doc)


def test_reclaimed_water_and_a_torn_locative_are_no_places():
    """03-changxing-hezhangzhi: 实地察看了浙能长兴电厂中水回用站 (base: a place 中水); 02-quanzhou-huzhangzhi:
    各县(市、区)根据辖区内湖库数量、大小和任务轻重等实际情况设置湖库专管员 (base: a place 内湖)."""
    doc = extract_text("调研河长制\n会后,实地察看了长兴电厂中水回用站。各县根据辖区内湖库数量设置湖库专管员。"
                       "全市范围内湖泊水质良好。")
    places = _names(doc, "Place")
    assert not {"中水", "内湖"} & places, places


def test_a_short_name_before_an_irrigation_district_is_the_districts():
    """06-hunan-guanqu: 位于桃源县境内的黄石灌区 … 黄石灌区只是我省众多灌区的一个缩影 (base: 黄石市 of Hubei, four
    times, and the article's place, every figure of the article 黄石市's).  A province's short name
    stays (宁夏 before 灌区)."""
    doc = extract_text("灌区节水配套改造\n1999年,黄石灌区续建配套与节水改造工程正式启动。"
                       "黄石灌区只是我省众多灌区的一个缩影,改善灌溉面积9.17万亩。")
    assert "黄石市" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("引黄灌溉\n今年宁夏灌区引水量比上年增加。")
    assert "宁夏回族自治区" in _names(doc, "Place"), _names(doc, "Place")


def test_a_countys_locative_opens_its_list_of_townships():
    """06-hunan-guanqu: 主要灌溉桃源县境内黄石、漆河、陬市等11个乡镇91个村 (base: 黄石市; 漆河镇 and 陬市镇 read)."""
    doc = extract_text("黄石灌区\n灌区主要灌溉桃源县境内黄石、漆河、陬市等11个乡镇91个村,设计灌溉面积37.5万亩。")
    places = _names(doc, "Place")
    assert {"黄石镇", "漆河镇", "陬市镇"} <= places and "黄石市" not in places, places


def test_a_count_of_rural_people_in_wan_is_in_ren():
    """10-shuilibu-nongcun-gongshui: 农村供水工程已完工16196处,提升了7449万农村人口供水保障水平 … 累计解决389万农村
    人口饮水不稳定问题 (base: 74490000 and 3890000 with no unit).  A count with no magnitude is left."""
    doc = extract_text("农村供水\n今年以来,全省农村供水工程已完工162处,提升了74.4万农村人口供水保障水平。")
    got = _metrics(doc)
    assert any(v == 744000 and u == "人" for _, v, u in got), got
    assert ("农村供水工程已完工", 162, "处") in got, got


def test_the_reviewer_of_a_bureaus_page_is_a_person():
    """01-dongzhi-shuiku: …带动农民增收约87.5万元。(撰稿:方慧娟 审核:张志平) (base: 方慧娟 only)."""
    doc = extract_text("水库除险加固工程通过验收\n2025年7月23日,东至县23座小型水库除险加固工程顺利通过完工验收。"
                       "(撰稿:方慧娟 审核:张志平)")
    assert {"方慧娟", "张志平"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("工程审核\n项目审核:县发展改革局牵头。")
    assert not {n for n in _names(doc, "Person") if n.startswith("县")}, _names(doc, "Person")


def test_a_count_spanning_regions_counts_the_noun_after_de():
    """02-quanzhou-huzhangzhi: 惠女水库、新水库、山美水库、文溪水库4个跨行政区域的大中型水库分别由相应流域的市级河长
    担任湖长 (base: the indicator 跨行政区域).  A count with no 的 after its phrase is left as it was."""
    doc = extract_text("湖长制\n全市4个跨行政区域的大中型水库分别由市级河长担任湖长。")
    assert ("大中型水库", 4, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("跨境电商\n全市新增2个跨境电子商务产业园。")
    assert all(i != "大中型水库" for i, _, _ in _metrics(doc)), _metrics(doc)
