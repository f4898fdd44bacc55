"""Round 45 (national45): national press conferences and ministries' statements from fresh texts of
/tmp/s26/fresh/national45: a province listed before 的小区 (湖北的小区改造项目), a ministry's own website
(据住建部官网消息) read as the ministry, a press conference held online (4月份线上新闻发布会) only its
kind, and a commission's 政研室 and 司 listed side by side, each the commission's."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _entities(doc, label: str) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == label}


def test_a_province_before_de_and_estates_is_the_province():
    """人民日报 2022-08-27 (住房和城乡建设部): 山东、河北、湖北的小区改造项目全部开工: 湖北省 (base: none —
    湖北 before 的小区 was read as a community's name 北的小区)."""
    doc = extract_text("前7月全国新开工改造城镇老旧小区4.43万个\n"
                       "记者26日从住房和城乡建设部获悉:前7月,全国新开工改造城镇老旧小区4.43万个、734万户。"
                       "山东、河北、湖北的小区改造项目全部开工。")
    assert _entities(doc, "Place").get("湖北省") == "420000", _entities(doc, "Place")


def test_a_ministry_s_own_website_is_no_news_site():
    """澎湃新闻 2024-10-27: 10月25日,据住建部官网消息,2024年,全国计划新开工改造城镇老旧小区5.4万个: the
    ministry (base: an organisation 据住建部官网)."""
    doc = extract_text("住建部:今年前9个月全国新开工改造城镇老旧小区4.8万个\n"
                       "10月25日,据住建部官网消息,2024年,全国计划新开工改造城镇老旧小区5.4万个。")
    assert not any("官网" in n for n in _entities(doc, "Organization")), _entities(doc, "Organization")
    assert "住房和城乡建设部" in _entities(doc, "Agency"), _entities(doc, "Agency")


def test_an_online_press_conference_is_only_its_kind():
    """国家发展改革委 2020-04-21: 国家发展改革委召开4月份线上新闻发布会: a press conference of its month,
    held online, none named (base: a programme 4月份线上新闻发布会 the commission runs)."""
    doc = extract_text("国家发展改革委召开4月份线上新闻发布会\n"
                       "4月20日上午,国家发展改革委通过网上方式举行4月份新闻发布会。")
    assert not any("发布会" in n for n in _entities(doc, "Programme")), _entities(doc, "Programme")


def test_a_commission_s_research_office_and_departments_are_siblings():
    """国家发展改革委 2020-04-21: 发布会由政研室主任、委新闻发言人袁达主持,综合司司长严鹏程、高技术司司长伍浩
    共同出席: the commission's 综合司 and 高技术司 (base: 政研室综合司, 政研室高技术司, units inside the office)."""
    doc = extract_text("国家发展改革委召开新闻发布会\n"
                       "4月20日上午,国家发展改革委举行新闻发布会。发布会由政研室主任、委新闻发言人袁达主持,"
                       "综合司司长严鹏程、高技术司司长伍浩共同出席。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("严鹏程", "国家发展和改革委员会综合司") in posts, posts
    assert ("伍浩", "国家发展和改革委员会高技术司") in posts, posts
    assert not any(body.startswith("政研室") for _p, body in posts), posts


def test_a_deng_inside_a_word_closes_no_list_before_a_figure():
    """北京青年报 2021-12-24 (交通运输部): 预计全年…新增及改善高等级航道约1000公里: the indicator keeps 高等级
    (base: 级航道, cut after the 等 of 高等 as if it closed a list)."""
    doc = extract_text("交通运输部:全国前11个月交通固定资产投资3.28万亿元\n"
                       "预计全年新改扩建高速公路超过9000公里、新增及改善高等级航道约1000公里、新颁证民用运输机场9个。")
    metrics = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    indicators = {m.indicator for m in metrics}
    assert any(i.endswith("高等级航道") for i in indicators), indicators
    assert "级航道" not in indicators
