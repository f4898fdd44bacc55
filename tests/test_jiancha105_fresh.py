"""Round 105 (jiancha105): procuratorates' texts — 襄阳市人民检察院's work report (2020), 武汉市江岸区人民检察院's
five-year report, 黄梅县检察院's figures for 2021 (1-11月), 最高检's 2023 figures in brief, 上海's public-interest
litigation figures, 重庆's report in the news, and public-interest notices and case news from 武山县 (甘肃),
颍上县 (安徽), 尖草坪区 (山西) and 云梦县 (湖北) (fresh texts of /tmp/s27/txt/jiancha105).  Fixes: the review
before a decision (经审查后决定起诉348件427人, 经审查后(含上期积存)批准逮捕…) no word of what is counted (base:
后决定起诉, 后(含上期积存)批准逮捕); the conviction rate (有罪判决率) keeps its 有 (base: 罪判决率); a verb of
prosecuting or arresting before a list of crimes closed by 等 is given back to the class after 等 (起诉故意伤害、
强奸等严重暴力犯罪297人 → 起诉严重暴力犯罪; base: 严重暴力犯罪, and a bare 犯罪 for …等犯罪4750人), 不起诉 keeping
its 不; a work report's address to the congress (现在，我代表…向大会报告工作) is no lead paragraph, so the year the
review opens with (2019年，全市检察机关…) dates the figures after it (base: no period); 检察官 (the title of the
检察官法) a post held in the procuratorate before it, as 检察员, and 法官 in the court (base: 检察官李某 no Person
at all), and a
prosecutor's standing or role before it (员额, 承办) no body (base: an Agency 承办); a district written before a firm whose registered name opens with the
province the district is in (尖草坪区|山西旭峰混凝土有限公司) is where the firm stands, no word of its name."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_review_before_a_decision_is_no_word_of_it():
    """03-huangmei-county-data: 经审查后(含上期积存)批准逮捕158件196人 … 经审查后决定起诉348件427人 (base:
    indicators 后(含上期积存)批准逮捕, 后决定起诉)."""
    doc = extract_text("检察业务数据\n决定逮捕、不捕情况。经审查后(含上期积存)批准逮捕158件196人,不批准逮捕33件40人。\n"
                       "起诉、不起诉情况。经审查后决定起诉348件427人,决定不起诉48件55人。")
    got = _metrics(doc)
    assert ("批准逮捕", 158, "件") in got, got
    assert ("批准逮捕", 196, "人") in got, got
    assert ("决定起诉", 348, "件") in got, got
    assert ("决定起诉", 427, "人") in got, got
    assert not any(m[0].startswith(("后", "(")) for m in got), got


def test_the_review_words_still_go_before_admission():
    """Guard (cppcc75): 经审查予以立案60件 stays 立案."""
    doc = extract_text("提案工作\n经审查予以立案60件，经审核予以表彰12人。")
    got = _metrics(doc)
    assert ("立案", 60, "件") in got, got
    assert ("表彰", 12, "人") in got, got


def test_the_conviction_rate_keeps_its_you():
    """03-huangmei-county-data: 法院生效裁判320件399人,有罪判决率为100% (base: 罪判决率).  The lead 有 still
    goes before a count (全县有规上企业120家)."""
    doc = extract_text("检察业务数据\n起诉后法院判决情况。法院生效裁判320件399人,有罪判决率为100%。")
    assert ("有罪判决率", 100, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("工业经济\n全县有规上企业120家。")
    assert ("规上企业", 120, "家") in _metrics(doc), _metrics(doc)


def test_prosecuting_a_list_of_crimes_keeps_the_verb():
    """04-jiangan-district-report: 起诉故意伤害、强奸等严重暴力犯罪297人 (base: 严重暴力犯罪); 06-zuigaojian:
    ●起诉重大责任事故、危险作业等犯罪4750人 (base: a bare 犯罪).  A decision not to prosecute keeps 不."""
    doc = extract_text("检察工作\n五年来,起诉故意伤害、强奸等严重暴力犯罪297人。\n●起诉重大责任事故、危险作业等犯罪4750人\n"
                       "依法批捕抢劫、抢夺等侵财犯罪56人。")
    got = _metrics(doc)
    assert ("起诉严重暴力犯罪", 297, "人") in got, got
    assert ("起诉犯罪", 4750, "人") in got, got
    assert ("批捕侵财犯罪", 56, "人") in got, got
    doc = extract_text("检察工作\n对犯罪情节轻微的,依法不起诉盗窃、诈骗等犯罪嫌疑人120人。")
    assert ("不起诉犯罪嫌疑人", 120, "人") in _metrics(doc), _metrics(doc)


def test_checking_a_list_still_gives_its_verb():
    """Guard (market80): 检查大型商超、商铺、药店等单位1045家次 stays 检查单位."""
    doc = extract_text("市场监管\n检查大型商超、商铺、药店等单位1045家次。")
    assert ("检查单位", 1045, "家次") in _metrics(doc), _metrics(doc)


def test_a_work_reports_address_is_no_lead():
    """01-xiangyang-report: 现在,我代表市人民检察院向大会报告工作… ⏎ 2019年,全市检察机关… ⏎ 一、… ⏎ 起诉侵犯
    知识产权犯罪7人 (base: no period; the address was read as the lead paragraph)."""
    doc = extract_text("襄阳市人民检察院工作报告\n——2020年1月5日在襄阳市第十七届人民代表大会第五次会议上\n"
                       "襄阳市人民检察院检察长 常本勇\n各位代表:\n"
                       "现在,我代表市人民检察院向大会报告工作,请予审议;并请市政协各位委员和其他列席人员提出意见。\n"
                       "2019年,全市检察机关在市委和省检察院正确领导下,依法履职尽责,推进检察工作实现了新作为。\n"
                       "一、自觉融入大局\n助力市场主体培育工程,起诉侵犯知识产权犯罪7人。")
    got = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert got.get(("起诉侵犯知识产权犯罪", 7)) == "2019", got


def test_a_government_reports_sections_keep_their_years():
    """Guard: a government work report's address, then its sections' years (一、2023年工作回顾, 二、2024年…)."""
    doc = extract_text("政府工作报告\n——2024年1月10日在某市第十届人民代表大会第三次会议上\n各位代表：\n"
                       "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
                       "一、2023年工作回顾\n过去一年，全市地区生产总值增长5.2%，一般公共预算收入达到120亿元。\n"
                       "二、2024年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。")
    got = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert got.get(("一般公共预算收入", 12000000000)) == "2023", got
    assert got.get(("地区生产总值增长", 5.5)) == "2024", got


def _posts(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object), p["post"]) for r in doc.relations
            if r.predicate == "holdsPost" for p in r.posts}


def test_a_prosecutor_holds_the_post_in_the_procuratorate():
    """Case news of a 区人民检察院: 长宁区人民检察院检察官李红梅表示… and 该院员额检察官… (base: no Person)."""
    doc = extract_text("检察新闻\n近日，长宁区人民检察院依法对犯罪嫌疑人王某松批准逮捕。长宁区人民检察院检察官李红梅表示，"
                       "将依法从严惩处。")
    assert ("李红梅", "长宁区人民检察院", "检察官") in _posts(doc), _posts(doc)
    doc = extract_text("检察新闻\n近日，长宁区人民检察院依法对犯罪嫌疑人王某松批准逮捕。该院员额检察官李红梅表示，将依法从严惩处。")
    assert ("李红梅", "长宁区人民检察院", "检察官") in _posts(doc), _posts(doc)
    doc = extract_text("检察新闻\n近日，长宁区人民检察院依法对犯罪嫌疑人王某松批准逮捕。承办检察官李红梅表示，将依法从严惩处。")
    assert "承办" not in {e.name for e in doc.entities.values()}, [e.name for e in doc.entities.values()]
    assert "李红梅" in {e.name for e in doc.entities.values() if e.type == "Person"}
    # a court's judge the same way (法官, as 审判员)
    doc = extract_text("法院新闻\n近日，长宁区人民法院审结一起案件。长宁区人民法院法官王强表示，将依法审理。")
    assert ("王强", "长宁区人民法院", "法官") in _posts(doc), _posts(doc)


def test_a_prosecutor_word_alone_is_no_person():
    """Guard: 检察官 before no name (检察官提醒…, 检察官走进校园, 国家检察官学院院长胡卫列) makes no Person of the
    words after it; the suspect (王某松) is no holder of a post."""
    doc = extract_text("检察新闻\n检察官提醒广大群众提高警惕。检察官走进校园开展法治宣传。国家检察官学院院长胡卫列出席。"
                       "法官提醒广大群众理性维权。法官法规定了法官的职责。"
                       "长宁区人民检察院对犯罪嫌疑人王某松批准逮捕。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert people <= {"胡卫列"}, people
    assert not any(p[0] == "王某松" for p in _posts(doc)), _posts(doc)


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_district_before_its_provinces_firm_is_no_part_of_the_name():
    """09-taiyuan-jiancaoping-case: 太原市尖草坪区人民检察院在履职中发现尖草坪区山西旭峰混凝土有限公司位于… (base:
    Organization 尖草坪区山西旭峰混凝土有限公司).  A township before its city's firm as before (皂郊镇|天水易天…)."""
    doc = extract_text("公益诉讼典型案例\n太原市尖草坪区人民检察院在履职中发现尖草坪区山西旭峰混凝土有限公司位于兰村泉域三级保护区。")
    assert "山西旭峰混凝土有限公司" in _orgs(doc), _orgs(doc)
    doc = extract_text("工作动态\n观摩了秦州区皂郊镇天水易天果业有限公司苹果自动化分选线。")
    assert "天水易天果业有限公司" in _orgs(doc), _orgs(doc)


def test_a_district_before_a_plain_firm_stays():
    """Guard: a county before a firm named by its own county (平遥县平遥古城旅游有限公司) or by no division
    (尖草坪区宏达建材有限公司) keeps it."""
    doc = extract_text("工作动态\n平遥县平遥古城旅游有限公司负责运营。考察了尖草坪区宏达建材有限公司。")
    assert {"平遥县平遥古城旅游有限公司", "尖草坪区宏达建材有限公司"} <= _orgs(doc), _orgs(doc)
