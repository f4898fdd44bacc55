"""Round 88 (fangxun88): flood-control, weather and earthquake news — 国家防总 and 应急管理部 releases (防汛
四级应急响应, 受灾人次, 直接经济损失 against the five years' mean), a county 防汛抗旱指挥部 notice on a river's
dikes, 中央气象台 and a city 气象局 weather releases, and 地震台网/省地震局 earthquake reports from Sichuan,
Hebei, Shanxi, Xinjiang, Henan, Shandong and national bodies (fresh texts of /tmp/s26/fresh/fangxun88).
Fixes: 中国气象局联合会商 (the bodies consult) read as an organisation 中国气象局联合会; 小洪河 gave a second
river 洪河 inside its name, and 大江大河 (the great rivers in general) a river 大江; the distances from towns
after 震中位于… (距宜宾市区有67公里, 筠连县36公里) and the ground's height round the epicentre read as the
towns' figures, and a second focal depth joined by 和 (震源深度分别为14千米和13千米) as the county's; the
five years' mean compared with (比过去5年均值增加12.7%) left 值增加 as the indicator and kept changes run
after 分别 from pairing with the levels before them; a spot ranked first in the sentence after a
figure (房干最多,为734.1毫米) got the bare unit as its measure."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_bodies_that_consult_together_are_no_federation():
    """04-guojiafangzong-sishengfen: 国家防总办公室与自然资源部、水利部、中国气象局联合会商 (base: an
    organisation 中国气象局联合会, no 中国气象局).  A federation named before 商讨 stays one."""
    doc = extract_text("会商\n11日,国家防总办公室与自然资源部、水利部、中国气象局联合会商,点对点调度重点省份。")
    assert "中国气象局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert not {n for n in _names(doc, "Organization") if n.endswith("联合会")}, _names(doc, "Organization")
    doc = extract_text("工商\n杭州市工商业联合会商讨会员发展事宜。杭州市工商业联合会召开会议。")
    assert any(n.endswith("联合会") for n in _names(doc, "Organization") | _names(doc, "Agency")), \
        _names(doc, "Organization")


def test_a_river_named_with_a_size_is_no_shorter_river():
    """12-xiping-xiaohonghe: 受本轮降雨及上游田岗水库泄洪影响,小洪河水位上涨迅猛 (base: a river 洪河 beside
    小洪河, as many mentions).  洪河 written on its own stays a river."""
    doc = extract_text("通知\n受本轮降雨影响,小洪河水位上涨迅猛。小洪河沿河乡镇要立即组织人员上堤值守。")
    assert "洪河" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("通知\n受本轮降雨影响,洪河水位上涨迅猛。")
    assert "洪河" in _names(doc, "Place"), _names(doc, "Place")


def test_the_great_rivers_are_no_river():
    """04-guojiafangzong-sishengfen: 做好大江大河洪水防御准备 (base: a river 大江)."""
    doc = extract_text("防汛\n要求密切监视汛情变化,做好大江大河洪水防御准备,突出山洪灾害防范应对。")
    assert not _names(doc, "Place") & {"大江", "大河"}, _names(doc, "Place")


def test_distances_after_the_epicentre_place_the_quake():
    """01-gongxian-49-dizhen: 此次地震震中位于珙县上罗镇,距宜宾市区有67公里,距珙县32公里,筠连县36公里,距成都
    市区277公里; 震中5公里范围内平均海拔约1096米 (base: 上罗镇 距宜宾市区 67公里 …, 筠连县 距珙县 36公里, and
    平均海拔 1096米 of 中国地震台网中心).  A county's own height and a road's distance, with no epicentre
    before, stay figures."""
    doc = extract_text("地震\n四川省地震局通报,此次地震震中位于珙县上罗镇,距宜宾市区有67公里,距珙县32公里,筠连县36公里,"
                       "距成都市区277公里;震中5公里范围内平均海拔约1096米。")
    assert not {m for m in _metrics(doc) if m[3] in ("公里", "米")}, _metrics(doc)
    doc = extract_text("县情\n全县平均海拔1096米。新建道路距县城20公里。")
    assert {m[2] for m in _metrics(doc)} >= {1096, 20}, _metrics(doc)


def test_a_second_focal_depth_joined_by_and_is_no_figure():
    """02-changli-dizhen: 分别发生M4.2级、M3.3级地震(北纬39.7度,东经118.8度),震源深度分别为14千米和13千米
    (base: 昌黎县 震源深度 14公里 and 13公里, where 震源深度10公里 is read as the quake's place).  Two
    lengths joined by 和 after another word stay figures."""
    doc = extract_text("地震\n2015年9月14日在河北省秦皇岛市昌黎县分别发生M4.2级、M3.3级地震(北纬39.7度,东经118.8度),"
                       "震源深度分别为14千米和13千米。")
    assert not {m for m in _metrics(doc) if m[3] == "公里"}, _metrics(doc)
    doc = extract_text("道路\n全县新建道路长14千米和13千米。")
    assert {m[2] for m in _metrics(doc)} == {14, 13}, _metrics(doc)


def test_the_five_years_mean_is_the_base_of_a_change():
    """09-yingjibu-fabuhui-6346: 今年因灾死亡失踪219人,倒塌房屋5.4万间,比过去5年均值分别减少54.8%和65.3% (base:
    值减少 for both, 均 read as 'all'); 较近5年均值减少 kept 均值 in the indicator."""
    doc = extract_text("发布会\n今年因灾死亡失踪219人,比过去5年均值减少54.8%。")
    assert (None, "因灾死亡失踪减少", 54.8, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("发布会\n今年全省受灾人口较近5年均值减少20.1%。")
    assert {m[1] for m in _metrics(doc)} == {"受灾人口减少"}, _metrics(doc)


def test_changes_after_respectively_against_years_pair_with_the_levels():
    """09-yingjibu-fabuhui-6346: 今年洪涝灾害造成全国6346万人次受灾、直接经济损失1789.6亿元,分别比过去5年均值
    增加12.7%和15.5% (base: 值增加 for both; with 比2019年同期 both went to 直接经济损失).  比上年 keeps its
    basis as before."""
    doc = extract_text("发布会\n今年全市受灾人口10万人、直接经济损失5亿元,分别比过去5年均值增加12.7%和15.5%。")
    got = {(m[1], m[2]) for m in _metrics(doc) if m[3] == "%"}
    assert got == {("受灾人口增加", 12.7), ("直接经济损失增加", 15.5)}, _metrics(doc)
    doc = extract_text("发布会\n今年因灾死亡失踪219人,倒塌房屋5.4万间,比过去5年均值分别减少54.8%和65.3%。")
    got = {(m[1], m[2]) for m in _metrics(doc) if m[3] == "%"}
    assert got == {("因灾死亡失踪减少", 54.8), ("倒塌房屋减少", 65.3)}, _metrics(doc)
    doc = extract_text("发布会\n今年全市受灾人口10万人、直接经济损失5亿元,分别比上年增加12.7%和15.5%。")
    got = {(m[1], m[2]) for m in _metrics(doc) if m[3] == "%"}
    assert got == {("受灾人口比上年增加", 12.7), ("直接经济损失比上年增加", 15.5)}, _metrics(doc)


def test_a_spot_ranked_first_takes_the_measure_before():
    """08-shiqixiangju-rufan: 今年入汛以来,我市降雨量493.0毫米,较常年同期偏多10.3%。房干最多,为734.1毫米;高庄最少,
    为354.2毫米 (base: indicator 毫米, the bare unit).  A figure after a spot with no ranking word gets no
    measure from the sentence before."""
    doc = extract_text("雨情\n今年入汛以来,全县降雨量493.0毫米。其中城关镇最多,为734.1毫米;高庄镇最少,为354.2毫米。")
    got = {(m[0], m[1], m[2]) for m in _metrics(doc) if m[2] in (734.1, 354.2)}
    assert got == {("城关镇", "降雨量", 734.1), ("高庄镇", "降雨量", 354.2)}, _metrics(doc)
    doc = extract_text("雨情\n今年入汛以来,全县降雨量493.0毫米。城关镇新修排水渠12.5毫米。")
    assert not {m for m in _metrics(doc) if m[2] == 12.5 and m[1] == "降雨量"}, _metrics(doc)
