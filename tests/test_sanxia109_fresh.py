"""Round 109 (sanxia109): harvest and farm-work progress reports — the ministry's 麦收 and 秋粮 progress news
(gov.cn 2011, moa.gov.cn 2013, People's Daily and CCTV digests 2016-2024), Jiangsu's 秋粮 progress, a county's
麦收 note, 直溪镇's harvest and 济宁/微山's 三夏 news (fresh texts of /tmp/s27/txt/sanxia109).  Fixes: a
half tenth after N成 (进度过七成半, 近一成半) is 75 % / 15 %, not 70 % / 10 % with an indicator 半; 过 before N成
(陕西进度过八成, 山西过七成) an approx word, no word of the indicator; a crop's work marked done by 已 (玉米已收62.9%,
秋粮已收获59.8%) a share; the pace after a share (完成16.4%,快2.2个百分点; 进度同比慢0.6个百分点) a change of
that share, no indicator 个百分点; 完成种植面积的20.2% the share of the area worked, no level 种植面积; 四川全省… the
whole of 四川, not the province another 全省 of the text points at."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}


def _subject_of(doc, indicator: str) -> str | None:
    m = next(m for m in doc.metrics if m.indicator == indicator)
    return doc.entities[m.subject].name if m.subject in doc.entities else m.subject


def test_a_half_tenth_after_cheng_counts():
    """10-national-maishou-74: 河南北部麦收接近尾声,江苏过九成,陕西近七成半,山东过四成半,山西过三成,河北近一成半
    (base: 陕西 70 % and 河北 10 %, both with the indicator 半)."""
    doc = extract_text("小麦\n全国已收获小麦面积2.28亿亩,收获进度达74.9%。江苏过九成,陕西近七成半,河北近一成半。")
    values = {(m.value, m.unit) for m in doc.metrics}
    assert (75, "%") in values and (15, "%") in values, values
    assert not any(m.indicator == "半" for m in doc.metrics), _metrics(doc)


def test_half_opening_another_word_is_no_half_tenth():
    """Guard: 超三成半导体企业 — 半 opens 半导体, the share stays 30 %."""
    doc = extract_text("工业\n全市超三成半导体企业实现增长。")
    values = {m.value for m in doc.metrics}
    assert 35 not in values, _metrics(doc)


def test_over_before_cheng_is_an_approx_word():
    """05-rmrb-maishou-85: 江苏麦收接近尾声,陕西进度过八成,山西过七成,山东过六成 (base: indicators 进度过, 山西过,
    山东过, exact)."""
    doc = extract_text("小麦\n全国已收获小麦面积2.61亿亩,总体进度达85%。江苏麦收接近尾声,陕西进度过八成,山西过七成,山东过六成。")
    got = [(m.indicator, m.value, m.approx) for m in doc.metrics if m.unit == "%" and m.value in (60, 70, 80)]
    assert len(got) == 3, got
    assert all(not ind.endswith("过") and approx for ind, _v, approx in got), got


def test_a_crops_work_done_in_percent_is_a_share():
    """08-national-qiuliang-2024: 全国秋粮已收获59.8%…玉米已收62.9%,一季稻已收61.8%,大豆已收71.6% (base: levels)."""
    doc = extract_text("秋收\n截至10月12日,全国秋粮已收获59.8%,进度同比快1.6个百分点。分作物看,玉米已收62.9%,一季稻已收61.8%。")
    got = _metrics(doc)
    assert ("秋粮已收获", 59.8, "%", "share") in got, got
    assert ("玉米已收", 62.9, "%", "share") in got, got


def test_the_pace_after_a_share_is_its_change():
    """02-moa-qiuliang-2013: 玉米已收8870万亩,完成16.4%,快2.2个百分点 (base: indicator 个百分点)."""
    doc = extract_text("秋收\n截至9月23日,全国秋粮已收获2.37亿亩。分作物看,玉米已收8870万亩,完成16.4%,快2.2个百分点;"
                       "大豆已收1640万亩,完成16.2%,慢1.8个百分点。")
    got = _metrics(doc)
    assert ("玉米已收快", 2.2, "个百分点", "change") in got, got
    assert ("大豆已收慢", 1.8, "个百分点", "change") in got, got
    assert not any(m[0] == "个百分点" for m in got), got


def test_a_places_whole_is_that_place():
    """09-sichuan-anhui-jishou: 湖北全省收获已进入尾声…据测算,四川全省机械化收割小麦278.3万亩,小麦机收率为55% (base: both
    figures 安徽省's or 湖北省's, the province another 全省 of the text points at)."""
    doc = extract_text("小麦\n目前湖北全省收获已进入尾声。据测算,四川全省机械化收割小麦278.3万亩,小麦机收率为55%。"
                       "5月28日,安徽省在阜阳市颍上县举行了开机仪式。")
    assert _subject_of(doc, "机械化收割小麦") == "四川省", _metrics(doc)
    assert _subject_of(doc, "小麦机收率") == "四川省", _metrics(doc)


def test_a_chain_of_places_still_ends_at_the_last():
    """Guard: 湖南省长沙市接待游客 — the city, the last place of a chain; 全省 opening its clause stays the province."""
    doc = extract_text("旅游\n国庆期间,湖南省长沙市接待游客371.5万人次。")
    assert _subject_of(doc, "接待游客") == "长沙市", _metrics(doc)
    doc = extract_text("小麦\n河南省农业农村厅消息,截至6月8日,全省已收获小麦6424万亩。")
    assert _subject_of(doc, "收获小麦") == "河南省", _metrics(doc)


def test_a_share_of_the_sown_area_is_the_work_done():
    """02-moa-qiuliang-2013: 全国秋粮已收获2.37亿亩,完成种植面积的20.2% (base: a level named 种植面积).  占种植面积的
    stays the share of the figure before (收获玉米占比)."""
    doc = extract_text("秋收\n截至9月23日,全国秋粮已收获2.37亿亩,完成种植面积的20.2%,进度同比快1.7个百分点。")
    got = _metrics(doc)
    assert ("秋粮已收获完成种植面积", 20.2, "%", "share") in got, got
    doc = extract_text("秋收\n全市已收获玉米120万亩,占种植面积的60.5%。")
    assert ("收获玉米占比", 60.5, "%", "share") in _metrics(doc), _metrics(doc)
