"""Round 97 (gongzuo97): city, county and district 政府工作报告 — the 工作回顾 of the past year or five years
and the year's targets — from Fujian (上杭县, 三明市), Shanxi (浮山县, 潞州区, 泽州县), Hunan (石峰区, 长沙县),
Chongqing (永川区), Guangdong (斗门区) and Hebei (新华区) (fresh texts of /tmp/s26/fresh/gongzuo97; excerpts of the
reports as published).  Fixes: a rank held after an adverb (总量在全省91个县(市)中继续排名第一) made the province
the subject of every figure after it in the sentence; 137个市重点项目 counted 137 cities; the slogans 推进四个着力
and 两个率先目标 read as counts; 长城 of 长城汽车, the first firm of a list closed by 等一批龙头企业, a place;
争取上级资金20.2亿元 in the year reviewed a target, and so every figure after it; the rating of each unit of a
plant (漳电2×100万千瓦) a figure of the district; 50多项国家、省级以上荣誉 the country's count of 国家 (a national
word inside the honour listed before 等 scoped the count, and the levels' shared head noun was cut at 、)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _status(doc) -> dict[str, str | None]:
    return {m.indicator: m.status for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_rank_held_after_an_adverb_keeps_the_province_a_yardstick():
    """10-zezhou-xian: 地区生产总值达到556.4亿元，首次突破500亿元大关，总量在全省91个县(市)中继续排名第一；规模以上工业
    增加值增长14.5%…；固定资产投资完成157.5亿元 (base: the growth, the investment and three more figures 山西省's).
    稳居 is a rank verb too; a province's own figure after 全省 stays the province's."""
    doc = extract_text("泽州县政府工作报告\n地区生产总值达到556.4亿元,总量在全省91个县(市)中继续排名第一;"
                       "规模以上工业增加值增长14.5%;固定资产投资完成157.5亿元。")
    got = _metrics(doc)
    assert ("泽州县", "规模以上工业增加值增长", 14.5, "%") in got, got
    assert ("泽州县", "固定资产投资", 15750000000, "元") in got, got
    assert "山西省" not in {s for s, *_ in got}, got
    doc = extract_text("泽州县政府工作报告\n全县地区生产总值达到556.4亿元,在全省17个县区中稳居第一;规模以上工业增加值增长14.5%。")
    assert "山西省" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("山西省统计公报\n2022年,全省地区生产总值达到25642.6亿元,增长4.4%。")
    assert "山西省" in {s for s, *_ in _metrics(doc)}, _metrics(doc)


def test_a_count_of_the_citys_key_projects_counts_projects_not_cities():
    """06-doumen-qu: 137个市重点项目完成投资236.8亿元，…，11个省重点项目完成投资40.7亿元 (base: indicators 市 and 省,
    137 cities and 11 provinces).  Counties counted before what they do (30个县重点发展茶产业) and cities before
    their measure (16个设区市城镇调查失业率) stay counts of divisions."""
    doc = extract_text("斗门区政府工作报告\n2021年,137个市重点项目完成投资236.8亿元,11个省重点项目完成投资40.7亿元。")
    inds = {i for _s, i, _v, _u in _metrics(doc)}
    assert {"市重点项目", "省重点项目"} <= inds, inds
    assert not {"市", "省"} & inds, inds
    doc = extract_text("全国统计\n16个设区市城镇调查失业率平均为5.3%。")
    assert "设区市" in {i for _s, i, _v, _u in _metrics(doc)}, _metrics(doc)


def test_slogans_of_four_and_two_are_no_counts():
    """09-sanming-shi: 做实四篇文章、推进四个着力、深化五比五晒 (base: 推进 4 个); 03-shifeng-qu: 紧紧围绕两个率先目标
    (base: 率先目标 2 个).  Digits counting real things named alike stay (新建4个着力点)."""
    doc = extract_text("三明市政府工作报告\n全市上下做实四篇文章、推进四个着力、深化五比五晒,紧紧围绕两个率先目标,抢抓机遇。")
    assert not _metrics(doc), _metrics(doc)
    doc = extract_text("三明市政府工作报告\n今年新建4个着力点,培育2个率先示范村。")
    assert {"着力点", "率先示范村"} <= {i for _s, i, _v, _u in _metrics(doc)}, _metrics(doc)


def test_the_first_firm_of_a_list_of_firms_is_no_place():
    """04-yongchuan-qu: 招商引资实现重大突破，长城汽车、雅迪电动车、东鹏陶瓷等一批龙头企业相继落户 (base: Place 长城).
    The Great Wall named on its own (八达岭长城) and provinces listed before 等一批企业 stay places."""
    doc = extract_text("永川区政府工作报告\n招商引资实现重大突破,长城汽车、雅迪电动车、东鹏陶瓷等一批龙头企业相继落户。")
    assert "长城" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("长城\n八达岭长城接待游客10万人次。")
    assert "八达岭长城" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("招商\n今年引进浙江、江苏、广东等一批企业。")
    assert {"浙江省", "江苏省", "广东省"} <= _names(doc, "Place"), _names(doc, "Place")


def test_funds_won_in_the_year_reviewed_are_no_target():
    """10-zezhou-xian: 58个重点项目进展顺利，全年完成投资141.6亿元；争取上级资金20.2亿元；签约项目79个，总投资290.5亿元
    (base: the funds, the signed projects and their investment targets).  争取 before a rate, funds with 以上, and
    力争 stay targets."""
    doc = extract_text("泽州县政府工作报告\n58个重点项目进展顺利,全年完成投资141.6亿元;争取上级资金20.2亿元;"
                       "签约项目79个,总投资290.5亿元。")
    st = _status(doc)
    assert st.get("上级资金") is None and st.get("签约项目") is None and st.get("总投资") is None, st
    doc = extract_text("泽州县政府工作报告\n2023年,全县争取上级资金30亿元以上;力争争取中央资金5亿元,地区生产总值增长6%左右;"
                       "争取实现税收增长5%。")
    st = _status(doc)
    assert st.get("上级资金") == st.get("中央资金") == st.get("地区生产总值增长") == st.get("税收增长") == "target", st


def test_the_rating_of_each_unit_of_a_plant_is_no_figure():
    """07-luzhou-qu: 漳电2×100万千瓦、诚诚再生资源二期、霍家工业水合肼技改等12个项目相继投产达效 (base: 千瓦 1000000
    千瓦 of 潞州区).  A plant's total capacity stays a figure."""
    doc = extract_text("潞州区政府工作报告\n漳电2×100万千瓦、诚诚再生资源二期等12个项目相继投产达效,新增产值103亿元。")
    got = _metrics(doc)
    assert not {m for m in got if m[3] == "千瓦"}, got
    assert ("潞州区", "产值", 10300000000, "元") in got, got
    doc = extract_text("潞州区政府工作报告\n新建2×35万千瓦热电联产项目,总装机容量达到70万千瓦。")
    assert ("潞州区", "总装机容量", 700000, "千瓦") in _metrics(doc), _metrics(doc)


def test_honours_of_levels_listed_are_the_districts():
    """03-shifeng-qu: 先后获得国家可持续发展实验区、…、全国科技进步先进城区等50多项国家、省级以上荣誉 (base: 中国 |
    国家 | 50 项).  The levels share the head noun after the last (国家级、省级荣誉); a count of countries and
    regions (3个国家、地区) and a national figure (全国共有贫困县832个) stay."""
    doc = extract_text("石峰区政府工作报告\n先后获得全国科技进步先进城区等50多项国家、省级以上荣誉。")
    assert ("石峰区", "国家、省级以上荣誉", 50, "项") in _metrics(doc), _metrics(doc)
    doc = extract_text("石峰区政府工作报告\n今年获得9项国家级、省级荣誉。")
    assert ("石峰区", "国家级、省级荣誉", 9, "项") in _metrics(doc), _metrics(doc)
    doc = extract_text("外贸\n今年新开拓3个国家、地区市场。全国共有贫困县832个。")
    got = _metrics(doc)
    assert not {m for m in got if m[1].startswith("国家、地")}, got
    assert ("中国", "贫困县", 832, "个") in got, got
