"""Round 61 (tea61): county specialty-agriculture news (tea, medicinal herbs, edible fungi, fruit)
from fresh texts of /tmp/s26/fresh/tea61: fungi counted in bags (万袋, 袋(瓶)), a speaker's
pronoun opening the indicator (我们, 他的), the kind 加工厂 jieba tags nt read as no organisation, and a
county's trade (武功县果业) read as no company."""
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


def test_a_county_s_fruit_trade_is_no_company_and_its_crops_are_grown_areas():
    """14-wugong-kiwi (猕猴桃产业网, 陕西武功县): 武功县果业种植面积达到12.2万亩,其中:猕猴桃9.1万亩 (base: an
    Organization 武功县果业 as the subject of the county's areas)."""
    doc = extract_text("武功猕猴桃种植面积位居全省第三\n截至目前,武功县果业种植面积达到12.2万亩,其中:猕猴桃9.1万亩,"
                       "苹果2.6万亩,其它杂果0.5万亩。")
    assert "武功县果业" not in _orgs(doc), _orgs(doc)
    got = {(doc.entities[m.subject].name, m.indicator) for m in doc.metrics if m.value in (122000, 91000)}
    assert got == {("武功县", "果业种植面积"), ("武功县", "猕猴桃种植面积")}, got
    company = extract_text("果业公司扩大生产\n陕西省武功县五丰果业有限公司扩大猕猴桃生产。")
    assert any(n.endswith("五丰果业有限公司") for n in _orgs(company)), _orgs(company)
