"""Round 70 (guangxi70): county, township and village news of 广西 (/tmp/s26/fresh/guangxi70: 罗城 and 田林
sugar cane, 大化 and 都安 projects started, 巴马's hundred days, 那坡's border village, 金秀's 三江乡, 灵山's
old revolutionary areas, 兴宾区, 马山's executive meeting).  The fixes: an area spread to a new level
(灌溉面积从1630亩扩展到2000亩: 扩展到 a later level's mark as 增至, so the earlier level is the area's); 两广's village
committee written 村委 after the administrative village, a natural village after it (伯劳镇邓阳村委滩头村:
邓阳村 and its 滩头村, no village 邓阳村委滩头村); a post written in quotes after its village (岩林村驻村“第一书记”
陆建勇: the village's first secretary, the quote no end of the body's search); a road named from place to
place as a figure's subject (巴马至平果二级路完成投资: the indicator 完成投资, not the rest of the road's name); a
grower named by his crop (甘蔗栽培大户岑贵才说, 蔗农韦国强说: a person, as after 种植大户)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_an_area_spread_from_one_level_to_another():
    """03-dahua-projects (广西县域经济网, 大化瑶族自治县): 有助于改善江南乡灌溉问题、灌溉面积从1630亩扩展到2000亩
    (base: the earlier level under the indicator 扩展): 扩展到, as 增至, carries the measure to a later level, so
    the level it starts from is the area's.  (The later level still reads 扩展: a tail 扩展到 stripped from it
    sends 下步力争辐射扩展到1万亩以上 to the clause before's noun, a worse indicator.)"""
    doc = extract_text("大化县那马水库扩容工程开工\n那马水库扩容工程总投资3639万元,有助于改善江南乡灌溉问题、"
                       "灌溉面积从1630亩扩展到2000亩。")
    got = {(m.indicator, m.value) for m in doc.metrics if m.unit == "亩"}
    assert ("灌溉面积", 1630) in got and ("扩展", 1630) not in got, got


def test_a_village_committee_written_short_before_a_natural_village():
    """08-lingshan-laocuhui (灵山县老促会): 深入革命老区伯劳镇邓阳村委滩头村参观调研 … 邓阳村委扎实推进乡村振兴建设
    (base: one village 邓阳村委滩头村, and the figures of 邓阳 the township's)."""
    doc = extract_text("灵山县老促会调研乡村振兴\n调研人员在灵山县伯劳镇邓阳村委滩头村参观调研乡村振兴环境整治建设。"
                       "邓阳村委扎实推进乡村振兴建设,年产陶瓷约30万件。")
    places = _names(doc, "Place")
    assert {"邓阳村", "滩头村"} <= places and "邓阳村委滩头村" not in places, places
    part = relation_pairs(doc, "partOf")
    assert ("邓阳村", "伯劳镇") in part and ("滩头村", "邓阳村") in part, part
    alone = extract_text("浦北县长寿村\n九梅麓是浦北县北通镇清湖村委里的一个小村,全村58户共280人。")
    assert ("清湖村", "北通镇") in relation_pairs(alone, "partOf"), relation_pairs(alone, "partOf")
    body = extract_text("北京市农村委员会召开会议\n北京市农村委员会召开会议,研究农村改革工作。")
    assert not any(n.startswith("北京市农村") for n in _names(body, "Place")), _names(body, "Place")


def test_a_post_in_quotes_after_its_village():
    """02-tianlin-sugarcane (田林县): 岩林村驻村“第一书记”陆建勇介绍 — the village's first secretary written in
    quotes, 驻村 before the quote the post's own (base: 陆建勇 with no post)."""
    doc = extract_text("田林县甘蔗产业\n田林县百乐乡岩林村驻村“第一书记”陆建勇介绍,该村种植甘蔗1570亩。")
    assert ("陆建勇", "岩林村") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    bare = extract_text("田林县甘蔗产业\n田林县百乐乡岩林村“第一书记”陆建勇介绍。")
    assert ("陆建勇", "岩林村") in relation_pairs(bare, "holdsPost"), relation_pairs(bare, "holdsPost")


def test_a_road_named_from_place_to_place_is_no_part_of_its_measure():
    """05-bama-hundred-days (巴马瑶族自治县): 巴马至平果二级路完成投资7777.5万元,占总投资的64.8% — the road is the
    subject (base: indicators 至平果二级路完成投资 and 至平果二级路完成投资占比, the rest of its name after 巴马)."""
    doc = extract_text("巴马项目建设百日行动\n巴马至平果二级路完成投资7777.5万元,占总投资的64.8%。")
    got = {(doc.entities[m.subject].name, m.indicator) for m in doc.metrics if m.subject in doc.entities}
    assert got == {("巴马至平果二级路", "完成投资"), ("巴马至平果二级路", "完成投资占比")}, got
    whole = extract_text("巴马项目建设\n贺州至巴马高速公路项目总投资120亿元。")
    assert {m.indicator for m in whole.metrics} == {"项目总投资"}, whole.metrics


def test_a_grower_named_by_his_crop_is_a_person():
    """02-tianlin-sugarcane (田林县): 者达村那拉屯甘蔗栽培大户岑贵才说 — a grower named by what he grows, closed by his
    verb of speech, as 种植大户王建国介绍 (base: no person 岑贵才); 蔗农 as 果农, 茶农."""
    doc = extract_text("广西田林:甜蜜日子从“蔗”里来\n“本年我种了22亩,大概有100多吨。”者达村那拉屯甘蔗栽培大户岑贵才说。")
    assert "岑贵才" in _names(doc, "Person"), _names(doc, "Person")
    farmer = extract_text("罗城县新榨季开启\n“今年甘蔗长势好。”小长安镇蔗农韦国强高兴地说。")
    assert "韦国强" in _names(farmer, "Person"), _names(farmer, "Person")
