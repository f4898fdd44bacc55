"""Round 53 (mine53): fresh texts of /tmp/s26/fresh/mine53 (state-owned enterprises and their regulators:
SASAC releases, provincial and city SOE figures, groups' meetings, grid and telecom companies in counties):
given names ending in 和, the bare 国资委 of a city's story, counts of enterprises after a change, adverbs
inside change indicators, grid companies located by their short name, 战略合作, and a province's ranking."""
from __future__ import annotations

from conftest import article_place, extract_text, post_pairs, relation_pairs


def _metrics(text: str) -> list:
    from kg.builder import extract_document
    from kg.model import Doc
    return extract_document(Doc(id="t", source="t.txt", text=text)).metrics


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_given_name_ending_in_he_before_said_or_a_day():
    """新华网 2013 (中央企业负责人经营业绩考核工作会议): 国务院国资委副主任黄淑和在29日举行的…会议上说 / 黄淑和说，… (base:
    a person 黄淑, the 和 read as a conjunction); 县长王刚和在场的代表 keeps 王刚 (在场 is no day)."""
    doc = extract_text("国务院国资委副主任黄淑和在29日举行的中央企业负责人经营业绩考核工作会议上说，今年中央企业创造了"
                       "良好的经营业绩。\n黄淑和说，今年1-11月，多数中央企业经济效益继续改善。")
    assert "黄淑和" in _names(doc, "Person") and "黄淑" not in _names(doc, "Person"), _names(doc, "Person")
    assert ("黄淑和", "国务院国有资产监督管理委员会") in post_pairs(doc)
    assert _names(extract_text("县长王刚和在场的代表交流。"), "Person") == {"王刚"}


def test_a_bare_national_short_name_after_the_citys_body_is_that_body():
    """河北 a city's SASAC (2019): 记者从市国资委获悉…国资委监管企业从不同行业经济效益上来看，工业类企业利税总额1.51亿元
    (base: the subject 国务院国有资产监督管理委员会, the national commission); with the national body written in full
    the bare name stays national."""
    doc = extract_text("记者从市国资委获悉，今年上半年，市国有企业资产总额3881.10亿元。\n"
                       "国资委监管企业从不同行业经济效益上来看，工业类企业利税总额1.51亿元。")
    assert _names(doc, "Agency") == {"市国资委"}, _names(doc, "Agency")
    doc = extract_text("记者从邯郸市国资委获悉，国资委监管企业资产总额100亿元。")
    assert _names(doc, "Agency") == {"邯郸市国资委"}, _names(doc, "Agency")
    doc = extract_text("国务院国资委主任说，市国资委要加强监管，国资委将开展检查。")
    assert "国务院国有资产监督管理委员会" in _names(doc, "Agency")


def test_a_count_after_a_change_and_de_is_a_level():
    """新华社 2008 (中央企业上半年): 在全部中央企业中，累计实现营业收入同比增长的137家，占91.9% (base: a change of 137 家);
    粮食产量比上年增加3万吨 stays a change."""
    kinds = {(m.value, m.unit): m.kind for m in _metrics("央企半年报\n在全部中央企业中,累计实现营业收入同比增长的137家,占91.9%。")}
    assert kinds[(137, "家")] == "level", kinds
    kinds = {(m.value, m.unit): m.kind for m in _metrics("标题\n全县粮食产量比上年增加3万吨。")}
    assert kinds[(30000, "吨")] == "change", kinds


def test_an_adverb_between_a_measure_and_its_change_is_no_part_of_it():
    """新华社 2008: 扣除…两大行业，中央企业实现利润则同比增长22.6% (base: indicator …实现利润则同比增长); 也/仍 the same;
    年均增长 keeps its 均."""
    inds = {m.value: m.indicator for m in _metrics("央企半年报\n扣除两大行业,中央企业实现利润则同比增长22.6%。"
                                                    "全市工业增加值也同比增长5%，出口额仍比上年下降3%。"
                                                    "农民人均收入年均增长8%。")}
    assert not any(a in inds[22.6] for a in "则也仍") and inds[22.6].endswith("利润同比增长"), inds
    assert inds[5] == "工业增加值同比增长" and inds[3] == "出口额比上年下降", inds
    assert inds[8] == "农民人均收入年均增长", inds


def test_rides_counted_in_cheng_ci():
    """a city's SOEs, first half (repost): 轨道交通集团自4月以来累计完成客运量2.62亿乘次 (base: no unit, indicator 乘次)."""
    got = {(m.value, m.unit): m.indicator for m in _metrics("标题\n轨道交通集团自4月以来累计完成客运量2.62亿乘次。")}
    assert got.get((262000000, "乘次"), "").endswith("客运量"), got


def test_geiyu_before_a_company_is_no_part_of_its_name():
    """周至县 (2月16日): 县委、县政府长期以来给予供电公司和电网建设的大力支持 (base: a company 予供电公司)."""
    doc = extract_text("余松对周至县委、县政府长期以来给予供电公司和电网建设的大力支持表示感谢。")
    assert not any(n.startswith("予") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_grid_company_is_located_where_its_short_name_says():
    """周至县: 国网西安供电公司总经理余松一行到周至县督导检查 (base: no place for the company; its name holds 西安 only
    after the grid's 国网); 国网巫山供电公司 in a Shaanxi story is no Shaanxi county's."""
    doc = extract_text("2月16日,国网西安供电公司总经理余松一行到周至县督导检查春节迎峰保电工作,县委书记闻其伟陪同检查。")
    assert ("国网西安供电公司", "西安市") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")
    doc = extract_text("陕西省西安市周至县召开会议。国网巫山供电公司积极落实复工要求。")
    assert not [p for p in relation_pairs(doc, "locatedIn") if p[0] == "国网巫山供电公司"]


def test_strategic_cooperation_names_no_strategy():
    """吉林日报 2019 (省政府与中国移动签署…协议): 中国移动将认真落实双方战略合作协议 (base: a programme 双方战略)."""
    doc = extract_text("李跃说,中国移动将认真落实双方战略合作协议,继续加大在吉林的投资力度。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    assert "乡村振兴战略" in _names(extract_text("全县深入实施乡村振兴战略。"), "Programme")


def test_a_provinces_ranking_in_the_country_is_no_national_lead():
    """湖北 provincial SOEs (2022, a repost with its 原标题 line): …1至7月营收同比增长34.01% 增速居全国省级监管企业第一, then
    the body names 湖北省 (base: the story placed in 中国)."""
    text = ("原标题:形成四张“网” 补齐四个短板 巩固四大行业 省属国企专业化整合取得历史性突破 1至7月营收同比增长34.01% "
            "增速居全国省级监管企业第一\n"
            "9月13日,从全省国企改革三年行动推进会获悉,省属国有企业通过战略性重组和专业化整合,已推动形成公路、铁路、港口、"
            "机场一体化运营的“四张网”。\n"
            "专业化整合取得历史性突破。2021年12月,湖北省迎来新一轮省属国资国企改革,此次改革被称为近年来湖北省力度最大的一次"
            "国企改革。")
    assert article_place(text) == "湖北省"


def test_a_street_with_a_compass_side_is_no_place():
    """上饶 城投 group (调研 by the city's SASAC): 听取了…春天新苑、城东佳苑一期、云碧峰大桥、滨江东路、方志敏公园等工程项目的
    基本情况 (base: a place 滨江); 来到滨江调研 still names the place."""
    doc = extract_text("周连文一行听取了春天新苑、云碧峰大桥、滨江东路、方志敏公园等工程项目的基本情况。")
    assert not _names(doc, "Place"), _names(doc, "Place")


def test_a_hijacked_mirrors_keyword_line_and_app_widgets_are_page_furniture():
    """江西整合40億元建設高標準農田 (中國農業新聞網, reposted in traditional script on a spam-injected mirror): a line of
    stuffed keywords (…人人澡东莞,在线不卡日本V一区二区) above 關注微信 / 小程序 and the headline (base: the story placed
    in 日本, the headline 小程序江西整合 a figure's name); a single such word in a sentence stays text."""
    from kg.stages.chrome import classify
    text = ("国产乱子伦一区二区三区,男女男精品免费视频网站,人人玩人人添人人澡东莞,在线不卡日本V一区二区\n\n"
            "關注微信\n小程序\n\n江西整合40億元建設高標準農田\n\n"
            "  記者從近日江西省農業廳獲悉:江西省建立資金統籌整合使用新機制,統籌整合資金40億元,用于推進高標準農田建設。")
    assert article_place(text) == "江西省"
    inds = {m.indicator for m in _metrics(text)}
    assert not any("小程序" in i for i in inds), inds
    assert classify("关注微信") is not None and classify("小程序") is not None
    assert classify("全县共有3万名群众通过直播平台在线观看了开幕式。") is None


def test_a_companys_post_after_a_places_name_is_held_in_no_place():
    """肇庆 and 中国移动 (2009): 中国移动广东总经理徐龙在肇庆市政府…承诺 (base: 徐龙 holds a post in 广东省, a place — only a
    government's heads hold one there); 中国移动广东公司总经理 keeps the company, 市长 keeps the city."""
    assert not post_pairs(extract_text("十八日,中国移动广东总经理徐龙在肇庆市政府与中国移动通信集团广东有限公司"
                                       "战略合作框架协议签署上承诺。"))
    assert post_pairs(extract_text("十八日，中国移动广东公司总经理徐龙出席。")) == {("徐龙", "中国移动广东公司")}
    assert post_pairs(extract_text("邯郸市市长王五出席会议。")) == {("王五", "邯郸市")}


def test_a_kind_of_building_after_zhan_names_no_wholes_of_shares():
    """仓山区 违建拆除 (urban47's text), review of round 53: 包括对湖街道学生街4处占地违建、金山街道丽景天成1处顶楼违建 —
    the 1 处 is 金山街道's (a merged rule read 占地违建、 as 占 + the wholes of two shares, and gave it to
    对湖街道); 占同期全国、全省进出口总值的5.9%、46.9% still names two wholes."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = extract_document(Doc(id="t", source="t.txt", text="仓山区开展违建拆除行动\n据了解,此次拆除的违建包括对湖街道学生街"
                                                             "4处占地违建、金山街道丽景天成1处顶楼违建。"))
    subjects = {(m.value, m.indicator): doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get((1, "顶楼违建")) == "金山街道", subjects
