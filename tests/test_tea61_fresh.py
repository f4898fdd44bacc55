"""Round 61 (tea61): county specialty-agriculture news (tea, medicinal herbs, edible fungi, fruit)
from fresh texts of /tmp/s26/fresh/tea61: fungi counted in bags (万袋, 袋(瓶)), an area grown
to its figure (扩展到), a speaker's pronoun opening the indicator (我们, 他的), and the kind 加工厂
jieba tags nt read as no organisation."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_edible_fungi_counted_in_bags():
    """09-xingye-fungi (emushroom.net, 广西兴业县): 全县生产食用菌种达450多万袋(瓶),对外发展订单销售食用菌种
    300多万袋 (base: the indicator 袋(瓶) with no unit, and 300万 with no unit)."""
    doc = extract_text("兴业县多元化促进食用菌发展\n广西兴业县积极发展食用菌产业。今年,全县生产食用菌种达450多万袋(瓶),"
                       "对外发展订单销售食用菌种300多万袋,食用菌种植面积达60万平方米。")
    got = _metrics(doc)
    assert ("生产食用菌种", 4500000, "袋") in got, got
    assert ("对外发展订单销售食用菌种", 3000000, "袋") in got, got


def test_an_area_grown_to_its_figure_leaves_the_verb_out():
    """03-liping-tea (黔东南州人民政府网): 黎平茶园面积已经扩展到10.18万亩 (base: the indicator ended
    in 已经扩展)."""
    doc = extract_text("黎平茶园扩展到10.18万亩\n2011年黎平县茶叶协会年会上获悉,黎平县茶园面积已经扩展到10.18万亩。")
    got = [m.indicator for m in doc.metrics if m.value == 101800]
    assert got and all(not i.endswith(("扩展", "已经")) for i in got), got


def test_a_speaker_s_pronoun_is_no_part_of_the_indicator():
    """05-jinta-herb (甘肃金塔县): “去年我们板蓝根种植面积2000亩…”, 今年他的中药材种植规模是在6000亩左右
    (base: indicators 我们板蓝根种植面积 and 他的中药材种植规模)."""
    doc = extract_text("金塔县中药材产业效益提升\n“去年我们板蓝根种植面积2000亩,产量是400多吨。”合作社负责人刘亚锋说。"
                       "据刘亚锋介绍,今年他的中药材种植规模是在6000亩左右。")
    got = {m.indicator for m in doc.metrics}
    assert "板蓝根种植面积" in got and "中药材种植规模" in got, got


def test_a_processing_plant_counted_is_no_organisation():
    """10-wenxian-tea (央广网, 甘肃文县): 建成茶叶加工厂6个 (base: an Organization 加工厂)."""
    doc = extract_text("文县茶园发展到7.1万亩\n近年来,该县已发展茶园7.1万亩,建成茶叶加工厂6个,建成茶叶监测点2处。")
    assert "加工厂" not in _orgs(doc), _orgs(doc)
