"""Round 85 (weijian85): health-service news of 卫健局s, county hospitals and township health
centres (义诊 days, 送卫生下乡, 家庭医生签约, a district's 健康行动 targets) from fresh texts of
/tmp/s26/fresh/weijian85.  Fixes: 世界卒中日 (a health word jieba's dictionary lacks, 卒中) read as no
run of countries 中日 (place_abbreviation_cues word-before); the event a figure was counted at
(本次活动共…, 本次活动期间…, 活动现场共…) as no word of the indicator (metric_affixes lead rows)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_world_stroke_day_names_no_china_and_japan():
    """05-yuanling-pianbai (偏柏乡、天馆乡卫生院): 2019年10月29日是第14个“世界卒中日” (base: places 中国 and
    日本 from 卒|中日, and the day's figures given to 中国); 中日两国 stays China and Japan."""
    doc = extract_text("偏柏乡卫生院开展世界卒中日义诊\n10月29日是第14个“世界卒中日”。10月28日,偏柏乡卫生院医务人员"
                       "在集镇开展了主题义诊活动,免费测量血压130余人次。")
    assert not _places(doc) & {"中国", "日本"}, _places(doc)
    subjects = {doc.entities[m.subject].name for m in doc.metrics}
    assert subjects and "中国" not in subjects, subjects
    pair = extract_text("中日两国举行会谈\n今年中日两国举行经贸会谈。")
    assert {"中国", "日本"} <= _places(pair), _places(pair)


def test_the_event_a_figure_was_counted_at_is_no_part_of_its_indicator():
    """05-yuanling-pianbai: 本次活动共接受健康咨询190人次; 02-mianyang-zhongliu (绵阳市肿瘤医院): 本次活动期间咨询
    人数达120余人次 (base: indicators 活动共接受健康咨询, 期间咨询人数)."""
    doc = extract_text("天馆乡卫生院开展义诊\n10月28日,天馆乡卫生院在集镇开展义诊活动。本次活动共接受健康咨询190人次。")
    assert {m.indicator for m in doc.metrics} == {"接受健康咨询"}, doc.metrics
    doc = extract_text("绵阳市肿瘤医院送医下乡\n绵阳市肿瘤医院组织义诊医疗小队到新皂镇开展义诊。本次活动期间咨询人数达120余人次,"
                       "活动现场共发放宣传资料150份。")
    got = {m.indicator for m in doc.metrics}
    assert got == {"咨询人数", "宣传资料"}, got


def test_the_unit_a_rate_is_reckoned_over_is_no_part_of_its_indicator():
    """08-mulei-mianyi (木垒县卫生健康委员会): 实现以乡镇为单位适龄儿童免疫规划疫苗接种率达到95%的目标 (base: the
    indicator 以乡镇为单位适龄儿童免疫规划疫苗接种率)."""
    doc = extract_text("木垒县国家免疫规划工作落实情况\n2025年4月3日\n木垒县卫健委依法依规开展预防接种服务管理,"
                       "实现以乡镇为单位适龄儿童免疫规划疫苗接种率达到95%的目标。")
    got = {m.indicator for m in doc.metrics}
    assert got == {"适龄儿童免疫规划疫苗接种率"}, got
