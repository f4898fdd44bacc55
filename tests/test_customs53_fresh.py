"""Round 53 (customs53): customs statistics and port news from fresh texts of /tmp/s26/fresh/customs53
(中新网 on 二连浩特's rail port, 青岛/济南海关 on Shandong's half year, 苏州海关): a border port named after
its county-level city places it (二连浩特铁路口岸), trains run are counted in 列, a run of customs houses
holding a press conference is the figures' source, not their subject, nor is an outlet named after a
river before 记者 (新黄河记者)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _figures(doc) -> dict[tuple, tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.value, m.unit): (names.get(m.subject), m.indicator) for m in doc.metrics}


def test_a_border_port_names_its_county_level_city():
    """中新网内蒙古新闻 (02-erlian-zhongou-2024): 连日来,二连浩特铁路口岸一片繁忙景象…“中国制造”走向世界: the
    rail port of 二连浩特市 (base: no place, the story placed in 中国).  A short name that is no
    unique county's stays none (凭祥 is no word of the dictionary)."""
    doc = extract_text("二连浩特铁路口岸前5个月通行中欧班列1414列\n"
                       "中新网内蒙古新闻6月4日电(张伟)连日来,二连浩特铁路口岸一片繁忙景象,通过国门下的中欧班列"
                       "“中通道”把越来越多的“中国制造”走向世界。")
    assert _places(doc).get("二连浩特市") == "152501", _places(doc)
    doc = extract_text("口岸通关\n今年前5个月,满洲里口岸通行中欧班列1414列。")
    assert _places(doc).get("满洲里市") == "150781", _places(doc)


def test_trains_run_are_counted_in_lie():
    """02-erlian-zhongou-2024: 今年前5个月,二连浩特铁路口岸通行中欧班列1414列,同比增长10.0%,其中出境764列,
    入境650列 — the port city's trains, in 列 (base: no figure but the growth).  列 before 车 (3列车)
    counts no trains."""
    doc = extract_text("二连浩特铁路口岸通关\n"
                       "内蒙古召开会议。今年前5个月,二连浩特铁路口岸通行中欧班列1414列,同比增长10.0%,"
                       "其中出境764列,入境650列。")
    figs = _figures(doc)
    assert figs.get((1414, "列"), (None,))[0] == "二连浩特市", figs
    assert figs.get((764, "列"), (None,))[0] == "二连浩特市", figs
    doc = extract_text("铁路运输\n某市召开会议。今年开行旅游专列车12列车次。")
    assert not any(u == "列" and v == 12 for v, u in _figures(doc)), _figures(doc)


def test_customs_houses_holding_a_press_conference_are_the_source():
    """06-shandong-h1-2022 (新黄河): 青岛海关和济南海关联合举行新闻发布会,…据海关统计,2022年上半年山东省进出口
    总值1.57万亿元人民币: Shandong's trade, not 青岛海关's (base: subject 青岛海关; one house alone,
    青岛海关举行新闻发布会, was already read as the source)."""
    doc = extract_text("上半年山东省进出口总值1.57万亿元\n"
                       "7月19日,青岛海关和济南海关联合举行新闻发布会,据海关统计,2022年上半年山东省进出口总值"
                       "1.57万亿元人民币,比去年同期增长17%。")
    assert _figures(doc).get((1570000000000, "元"), (None,))[0] == "山东省", _figures(doc)


def test_a_place_before_reporter_names_an_outlet_not_the_subject():
    """06-shandong-h1-2022: 新黄河记者了解到,据海关统计,2022年上半年山东省进出口总值1.57万亿元: 新黄河 is a
    news client (its 黄河 read as the river's region), whose reporter learnt the figures; they are
    Shandong's (base: subject 黄河)."""
    doc = extract_text("上半年山东省进出口总值1.57万亿元\n"
                       "7月19日,青岛海关举行新闻发布会,新黄河记者了解到,据海关统计,2022年上半年山东省进出口总值"
                       "1.57万亿元人民币,比去年同期增长17%。")
    assert _figures(doc).get((1570000000000, "元"), (None,))[0] == "山东省", _figures(doc)


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_customs_house_s_division_is_named_as_the_house_is():
    """01-henan-zhengzhou-q1 (中新社): 郑州海关办公室副主任张广亮通报称 — the office of 郑州海关, part of it (base:
    郑州市海关办公室, a city's customs office that does not exist, located in 郑州市)."""
    doc = extract_text("一季度河南省外贸进出口总值超2090亿元\n"
                       "郑州海关20日举行新闻发布会。郑州海关办公室副主任张广亮通报称,今年第一季度河南省外商投资企业进出口增速较快。")
    assert "郑州海关办公室" in _agencies(doc) and "郑州市海关办公室" not in _agencies(doc), _agencies(doc)
    assert ("郑州海关办公室", "郑州海关") in relation_pairs(doc, "subOrganizationOf")


def test_a_customs_house_s_division_before_a_post_is_named_as_the_house_is():
    """青岛日报/观海新闻 (http://m.3l9m6z.cn/app/content/2023-03/10/content_23419245.htm, traditional):
    青岛海关统计分析处处长张径舟表示 — the statistics division of 青岛海关
    (base: 青岛市海关统计分析处, read by the post's body)."""
    doc = extract_text("外贸规模屡创新高\n"
                       "据青岛海关统计,山东省外贸进出口总值增长72.6%。青岛海关统计分析处处长张径舟表示,山东省外贸进出口展现了强劲的韧性。")
    assert "青岛海关统计分析处" in _agencies(doc) and "青岛市海关统计分析处" not in _agencies(doc), _agencies(doc)


def test_the_treaty_named_by_a_partnership_is_run_by_none():
    """01-henan-zhengzhou-q1: 河南省对《区域全面经济伙伴关系协定》(RCEP)成员国和“一带一路”沿线国家进出口增长较快 —
    RCEP is the agreement; the partnership named inside its title does not run it (base: 区域全面经济伙伴关系
    runs 区域全面经济伙伴关系协定)."""
    doc = extract_text("一季度河南省外贸进出口总值超2090亿元\n"
                       "河南省对《区域全面经济伙伴关系协定》(RCEP)成员国和“一带一路”沿线国家进出口增长较快,一季度超642亿元。")
    assert ("区域全面经济伙伴关系", "区域全面经济伙伴关系协定") not in relation_pairs(doc, "runs"), relation_pairs(doc, "runs")


def test_a_brand_ending_or_holding_he_before_an_international_trade():
    """08-youyiguan-1to7 (中新社): 广西广和铭国际物流有限公司业务员李乐介绍 — the company's whole name; 和 is its
    brand's (广和铭), before the trade and its reach (国际物流), as before the suffix alone (上海均和集团) (base:
    铭国际物流有限公司).  A conjunction after a word still joins two bodies (县商务局和国际物流有限公司)."""
    doc = extract_text("今年前7月广西友谊关口岸进出口货物同比增长37.2%\n"
                       "广西广和铭国际物流有限公司业务员李乐介绍,得益于通关效率提升,水果入境当天,便能装车运往中国长三角。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "广西广和铭国际物流有限公司" in orgs, orgs
    doc = extract_text("口岸\n某县商务局和国际物流有限公司签约。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert not any(o.endswith("和国际物流有限公司") for o in orgs), orgs


def test_two_shares_of_two_wholes_named_together():
    """05-suzhou-1to11 (江苏经济报): 今年1-11月苏州市实现外贸进出口总值22382.5亿元,占同期全国、全省进出口总值的
    5.9%、46.9% — Suzhou's shares of the country's and the province's trade (base: 江苏省's 进出口总值 5.9%,
    a level, and 苏州市's 进出口总值 46.9%)."""
    doc = extract_text("苏州前11月进出口总值占全省46.9%\n"
                       "记者12月13日从苏州海关获悉,今年1-11月苏州市实现外贸进出口总值22382.5亿元,"
                       "占同期全国、全省进出口总值的5.9%、46.9%。")
    names = {k: e.name for k, e in doc.entities.items()}
    got = {m.value: (names.get(m.subject), m.indicator, m.kind) for m in doc.metrics if m.unit == "%"}
    assert got.get(5.9) == ("苏州市", "占全国进出口总值", "share"), got
    assert got.get(46.9) == ("苏州市", "占全省进出口总值", "share"), got


def test_a_trade_total_restated_in_yuan_is_the_same_measure():
    """12-jiangsu-1to4-2014 (中国经济网): 据南京海关统计,1-4月,我省完成外贸进出口1762.7亿美元(按人民币计价10785亿元),
    同比增长5.7% — the yuan figure is the same trade total, and so is the growth (base: 按人民币计价 as the
    measure of both)."""
    doc = extract_text("前4月我省外贸进出口增长5.7%\n"
                       "据南京海关统计,1-4月,江苏省完成外贸进出口1762.7亿美元(按人民币计价10785亿元),同比增长5.7%。")
    got = {(m.value, m.unit): m.indicator for m in doc.metrics}
    assert got.get((1078500000000, "元")) == "外贸进出口", got
    assert "按人民币计价" not in got.get((5.7, "%"), ""), got


def test_countries_counted_in_a_trade_partner_s_name_are_no_figure():
    """03-jiangsu-nanjing-1to5 (金报网): 同期,江苏省对“一带一路”沿线国家进出口增长11.2%;对RCEP其他14个国家增长8.8% —
    the fourteen countries name the partner, no count of 国家 (base: a figure 国家 14个, and 国家增长 8.8%);
    with a flow and an amount (对“一带一路”沿线64个国家进出口2000亿元) the partner stays whole in the indicator."""
    doc = extract_text("前5月我省外贸进出口总值2.13万亿元\n"
                       "南京海关13日发布最新数据。同期,江苏省对“一带一路”沿线国家进出口增长11.2%;对RCEP其他14个国家增长8.8%。")
    got = {(m.value, m.unit): m.indicator for m in doc.metrics}
    assert (14, "个") not in got and got.get((8.8, "%")) != "国家增长", got
    doc = extract_text("外贸\n前5个月,江苏省对“一带一路”沿线64个国家进出口2000亿元,增长8.8%。")
    got = {(m.value, m.unit): m.indicator for m in doc.metrics}
    assert got.get((200000000000, "元")) == "对一带一路沿线64个国家进出口", got
    doc = extract_text("外贸\n本届展会吸引来自20多个国家的企业参展,签约金额达50亿元。")  # (来自: no partner)
    assert (20, "个") in {(m.value, m.unit) for m in doc.metrics}


def test_a_short_form_defined_in_brackets_is_no_word_of_the_measure():
    """09-guangxi-ftz (中新社): 中国(广西)自由贸易试验区(以下简称广西自贸试验区)外贸从2020年的1778亿元增长到2023年的
    3064亿元 — the zone's trade; the bracket defining its short form is no part of the measure's name (base:
    自由贸易试验区(以下简称广西自贸试验区)外贸)."""
    doc = extract_text("广西自贸试验区外贸年均增长19.9%\n"
                       "广西壮族自治区官方30日下午召开新闻发布会介绍,中国(广西)自由贸易试验区(以下简称广西自贸试验区)外贸"
                       "从2020年的1778亿元增长到2023年的3064亿元(人民币,下同),年均增长19.9%。")
    names = [m.indicator for m in doc.metrics]
    assert names and not any("简称" in n for n in names), names
