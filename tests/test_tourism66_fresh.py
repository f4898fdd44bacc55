"""Round 66 (tourism66): holiday tourism reports and festival news of counties and provinces (/tmp/s26/fresh/tourism66:
房县, 和政县, 福建, 湖南, 巨野县, 全州县).  Fixes: a county's short name that is one of the commonest words of running
text (资源 of 旅游资源丰富多彩) names no county merely because its city is named; 中国 opening a counted national
title (中国乡村旅游重点村1家) in a county's story is no subject of that figure nor of the clauses after it;
人(次) is the unit 人次; the “十一”旅游黄金周 is the holiday's days off, the figure's period; receiving tourists
(接待游客) ends the noun of the sites counted before it."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _figures(doc) -> dict[str, tuple]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.value, m.unit,
                          m.period) for m in doc.metrics}


def test_an_everyday_word_that_is_a_county_s_short_name_is_no_county():
    """全州县 (桂林, 广西): 全州文化底蕴深厚、自然风光秀丽,旅游资源丰富多彩: resources, no 资源县 of 桂林 (base: a
    place 资源县 though nothing names it)."""
    doc = extract_text("乡村旅游嘉年华在全州启动\n据桂林市全州县县长介绍,全州文化底蕴深厚、自然风光秀丽,旅游资源丰富多彩。")
    assert "资源县" not in _places(doc), _places(doc)
    assert "全州县" in _places(doc)
    # in a list of its city's counties the short name is the county
    listed = extract_text("桂林市召开旅游发展大会\n会上,资源、龙胜、兴安等县作了交流发言。")
    assert "资源县" in _places(listed), _places(listed)


def test_china_opening_a_counted_title_is_no_subject_in_a_county_story():
    """巨野县 (菏泽, 山东): 金山文化旅游区境内拥有国家A级旅游景区4家,中国乡村旅游重点村1家,省级景区化村庄4家,
    年接待游客达200余万人次: the county's figures (base: 中国 the subject of the last three)."""
    doc = extract_text("第八届巨野县金山文化旅游节开幕\n目前,巨野县金山文化旅游区境内拥有国家A级旅游景区4家,"
                       "中国乡村旅游重点村1家,省级景区化村庄4家,年接待游客达200余万人次。")
    figs = _figures(doc)
    assert figs["中国乡村旅游重点村"][0] == "巨野县", figs
    assert figs["年接待游客"][0] == "巨野县", figs
    # 中国 followed by a verb opens a figure of the country's own
    own = extract_text("巨野县召开旅游工作会议\n会议通报,中国去年接待入境游客8203万人次,全县要抓住入境游机遇。")
    assert any(s == "中国" for s, *_ in _figures(own).values()), _figures(own)


def test_person_times_written_with_bracketed_times_is_one_unit():
    """和政县 (临夏, 甘肃): 全县共接待游客8.79万人(次): 87900 人次 (base: 87900 人)."""
    doc = extract_text("和政县黄金周旅游\n黄金周期间,全县共接待游客8.79万人(次),旅游综合收入达3498.56万元。")
    figs = _figures(doc)
    assert figs["接待游客"][1:3] == (87900, "人次"), figs


def test_the_tourists_golden_week_of_a_numbered_holiday_is_its_days_off():
    """和政县: 2015年10月10日 …“十一”旅游黄金周期间,全县共接待游客8.79万人次: October 2015 (base: no period, the
    旅游 between the holiday and its 黄金周 hid the holiday)."""
    doc = extract_text("和政县黄金周旅游收入3000多万元\n2015年10月10日\n“十一”旅游黄金周期间,全县共接待游客8.79万人次。")
    figs = _figures(doc)
    assert figs["接待游客"][3] == "2015-10", figs


def test_receiving_tourists_ends_the_noun_of_the_sites_counted():
    """湖南 (春节黄金周): 全省6个滑雪场,7个大型温泉中心接待游客更是大量增加: 7 大型温泉中心 (base: the indicator
    大型温泉中心接待游客更); a noun that holds 接待 (游客接待中心) stays whole."""
    doc = extract_text("春节黄金周旅游\n今年节前降雪,气温较低,全省6个滑雪场,7个大型温泉中心接待游客更是大量增加。")
    assert "大型温泉中心" in _figures(doc), _figures(doc)
    kept = extract_text("景区建设\n全县新建3个游客接待中心,改造旅游厕所12座。")
    assert "游客接待中心" in _figures(kept), _figures(kept)
