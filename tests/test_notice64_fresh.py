"""Round 64 (notice64): notices, opinions and measures issued by governments and their offices, as
published in full (通知/意见/实施方案/若干措施 of 国务院, 河南, 山西, 北京, 衡阳, 三门峡, 蔡甸, 松阳, 菏泽,
雄安, 禄丰, 岳阳, 襄阳; /tmp/s26/fresh/notice64).  Fixes:

* an amount after 过/超, then 的 and a class noun, then a verb of what those things do (产值过1000亿元的
  企业实现“破零”) names a size class — no level 产值过 1000亿元 (numbers._EXCEED_COUNTED);
* an airport or bonded port zone written short (航空港区管委会, 空港区, 综合保税港区) is no relative
  district: no bare Agency 区管委会 (agency_cues scope_bad_prev_words);
* a kind of kindergarten a plan counts (普惠性幼儿园覆盖率, 全县普惠性幼儿园) is a class, no Organization
  (org_cues class_prefixes, organizations._past_class_level);
* a notice's sentence whose only numbers are the days of a reporting deadline (各责任单位要于3月25日前
  向省政府报告) sets no period for the targets listed after it (metrics._deadline_only).
"""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_an_amount_passed_by_a_class_that_does_something_is_no_level():
    """09-hengyang-jiangbu-2021 (衡阳市 实施意见): 到2025年,…纳税过1亿元的企业达30家,产值过500亿元的企业达3家,
    产值过1000亿元的企业实现“破零” (base: a metric 产值过 1000亿元)."""
    doc = extract_text("衡阳市优化企业奖补投入\n到2025年,力争全市纳税过1亿元的企业达30家,产值过500亿元的企业达3家,"
                       "产值过1000亿元的企业实现“破零”。")
    got = _metrics(doc)
    assert not any(v == 1e11 for _i, v, _u in got), got
    assert ("产值过500亿元的企业", 3, "家") in got, got
    # negative: an amount before 的 and a longer noun (企业所得税) is the tax's own, it stays
    tax = extract_text("某市减税降费\n去年全市为企业减免超过5亿元的企业所得税。")
    assert any(v == 5e8 for _i, v, _u in _metrics(tax)), _metrics(tax)


def test_an_airport_zone_written_short_is_no_relative_district():
    """04-henan-zdgz-2023 (豫政〔2023〕5号): 各省辖市政府,济源示范区、航空港区管委会要切实扛牢属地责任
    (base: an Agency 区管委会)."""
    doc = extract_text("河南省明确重点工作责任单位\n各省辖市政府,济源示范区、航空港区管委会要切实扛牢属地责任,"
                       "加强工作谋划。")
    assert "区管委会" not in _names(doc, "Agency"), _names(doc, "Agency")
    bonded = extract_text("某市推进开放\n综合保税港区管委会负责统筹。")
    assert "区管委会" not in _names(bonded, "Agency"), _names(bonded, "Agency")


def test_a_kind_of_kindergarten_counted_by_a_plan_is_no_organisation():
    """15-sanmenxia-xiangcun-2022 (三门峡市乡村建设行动实施方案): 到2025年年底前,全市学前教育三年毛入园率达到
    95%以上,普惠性幼儿园覆盖率稳定在80%以上 (base: an Organization 普惠性幼儿园 and the indicator 覆盖率;
    with 全县 before it, an Organization 全县普惠性幼儿园)."""
    doc = extract_text("三门峡市印发乡村建设行动实施方案\n到2025年年底前,全市学前教育三年毛入园率达到95%以上,"
                       "普惠性幼儿园覆盖率稳定在80%以上。")
    assert not _names(doc, "Organization"), _names(doc, "Organization")
    assert ("普惠性幼儿园覆盖率", 80, "%") in _metrics(doc), _metrics(doc)
    county = extract_text("某县推进学前教育\n到2025年,全县普惠性幼儿园覆盖率达到85%。")
    assert not _names(county, "Organization"), _names(county, "Organization")
    # negative: after a place, 普惠 may open a company's trade, which stays a name
    firm = extract_text("某市金融机构开业\n深圳普惠金融服务有限公司开业。")
    assert "深圳普惠金融服务有限公司" in _names(firm, "Organization"), _names(firm, "Organization")


def test_a_reporting_deadline_gives_no_period_to_the_targets_after_it():
    """04-henan-zdgz-2023 (豫政〔2023〕5号): 各责任单位要…于2023年3月25日、6月25日、9月25日前向省政府报告…。
    …2.落实好提振市场信心90条措施 (base: the period 2023-03-25, the first reporting day)."""
    doc = extract_text("河南省人民政府关于明确2023年重点工作责任单位的通知\n各责任单位要于2023年3月25日前向省政府报告"
                       "进展情况。一、全面促进消费增长。1.新增城镇就业110万人以上。")
    got = [(m.indicator, m.period) for m in doc.metrics]
    assert got and all(p != "2023-03-25" for _i, p in got), got
    # negative: a deadline that opens the sentence of a target is its time, and that of the next
    plan = extract_text("某县推进改造\n2023年6月30日前,全县完成改造100户。全县新建道路20公里。")
    assert {m.period for m in plan.metrics} == {"2023-06-30"}, [(m.indicator, m.period) for m in plan.metrics]


def test_a_zone_named_after_a_region_word_is_no_place_of_that_name():
    """13-yueyang-zwgk-2017 (岳办发〔2017〕2号): 各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、
    屈原管理区,市直各单位 (base: a Place 南湖, jieba's region word before 新区; so 冀南 of 冀南新区管委会)."""
    doc = extract_text("岳阳市印发政务公开实施意见\n各县市区委、人民政府,岳阳经济技术开发区、南湖新区、屈原管理区,市直各单位:")
    assert "南湖" not in _names(doc, "Place"), _names(doc, "Place")
    zone = extract_text("邯郸市印发措施\n各县（市、区）人民政府，邯郸经济技术开发区、冀南新区管委会，市政府有关部门：")
    assert "冀南" not in _names(zone, "Place"), _names(zone, "Place")
    # negative: a new area read whole from its table stays a place
    new = extract_text("天津市推进开放\n滨海新区和天府新区都是国家级新区。")
    assert {"滨海新区", "天府新区"} <= _names(new, "Place"), _names(new, "Place")


def test_a_target_frame_after_a_count_frames_the_targets_after_the_semicolon():
    """15-sanmenxia-xiangcun-2022: 实施…农村房屋品质提升7项行动,到2025年年底前,…农村自来水普及率达到94%;
    实现…比例达到100%,…行政村快递物流服务通达率达到100% (base: no period for the targets after the ；, as
    the clause before it opened with a count)."""
    doc = extract_text("三门峡市印发乡村建设行动实施方案\n二是推进城乡基础设施一体化。实施农村供水保障、农村房屋品质提升7项行动,"
                       "到2025年年底前,农村自来水普及率达到94%;行政村快递物流服务通达率达到100%。")
    got = {(m.indicator, m.period) for m in doc.metrics if m.unit == "%"}
    assert got == {("农村自来水普及率", "2025-12-31"), ("行政村快递物流服务通达率", "2025-12-31")}, got
    # negative: a month's stretch after a count is that clause's time only, the next clause has none
    done = extract_text("某县推进项目建设\n全县重点项目50个,1-5月完成投资20亿元;新开工项目12个。")
    assert {m.period for m in done.metrics if m.indicator == "新开工项目"} == {None}, \
        [(m.indicator, m.period) for m in done.metrics]


def test_a_level_a_plan_keeps_is_no_word_of_the_indicator():
    """A county's 城市更新三年行动方案 in the shape of 15-sanmenxia-xiangcun-2022's targets: 到2027年,…城市生活垃圾
    无害化处理率保持100% (base: the indicator 城市生活垃圾无害化处理率保持)."""
    doc = extract_text("某县印发城市更新三年行动方案\n到2027年,全县累计改造城镇老旧小区120个,城市生活垃圾无害化处理率保持100%。")
    got = {m.indicator for m in doc.metrics}
    assert "城市生活垃圾无害化处理率" in got, got
    # negative: 水土保持 is a measure's own name, its 保持 stays
    soil = extract_text("某县推进水土保持\n到2027年,全县新增水土保持150平方公里。")
    assert any(m.indicator.endswith("水土保持") for m in soil.metrics), [m.indicator for m in soil.metrics]
