"""Round 67 (accident67): accident investigation reports, their replies (批复) and work-safety notices and
安委会 meetings from fresh texts of /tmp/s26/fresh/accident67 (重庆 秀山县, 黔江区, 梁平区; 江苏 扬州市, 昆山市;
广东 宝安区; 安徽 霍邱县; 吉林 农安县; 四川 德昌县; national notices): a firm's legal representative (法定代表人)
as a post of the firm, the verb of causing (造成, 导致) no word of a loss's indicator, 一人/一名 before a
casualty word a count of one, and a province written before a company whose name opens with its county no
subject of the accident's figures."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _posts(doc) -> set[tuple[str, str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def _metrics(doc) -> set[tuple[str | None, str, float, str]]:
    ents = doc.entities
    return {(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_firm_s_legal_representative_holds_a_post_of_the_firm():
    """06-yangzhou-fenghuang (扬州凤凰水岸花苑“1224”高处坠落事故调查报告): 新中置业扬州有限公司…成立于2015年8月24日,
    …法定代表人黄伟刚,注册资本158625万元 (base: no person 黄伟刚, as there was none for 范世宏)."""
    doc = extract_text("高处坠落事故调查报告\n经查,新中置业扬州有限公司法定代表人黄伟刚,对事故发生负有责任。")
    assert ("黄伟刚", "新中置业扬州有限公司", "法定代表人") in _posts(doc), _posts(doc)
    doc = extract_text("高处坠落事故调查报告\n建设方:新中置业扬州有限公司,成立于2015年8月24日,住所位于扬州市长春路28号,"
                       "法定代表人黄伟刚,注册资本158625万元。")
    assert "黄伟刚" in _people(doc), _people(doc)


def test_the_verb_of_causing_is_no_word_of_the_loss():
    """11-cctv-fire (国务院对央视大火等事故作出处理): 建筑物过火、过烟面积21333平方米,…造成直接经济损失16383万元
    (base: the indicator 造成直接经济损失)."""
    doc = extract_text("火灾事故调查处理\n2009年2月9日,某在建工程发生特别重大火灾事故。建筑物过火面积8490平方米,"
                       "造成直接经济损失16383万元。")
    got = {m.indicator for m in doc.metrics if m.value == 163830000}
    assert got == {"直接经济损失"}, got


def test_one_person_killed_is_a_count():
    """05-liangping-xinsheng (梁平区新盛镇“7.19”一般高处坠落事故调查报告): 伤者经抢救无效死亡,本次事故造成一人死亡,
    直接经济损失36万元 (base: no 死亡 figure: 一人 read as an article)."""
    doc = extract_text("高处坠落事故调查报告\n2024年7月19日,新盛镇发生一起高处坠落事故,本次事故造成一人死亡、一人受伤,"
                       "直接经济损失36万元。")
    got = {(i, v, u) for _s, i, v, u in _metrics(doc)}
    assert ("死亡", 1, "人") in got and ("受伤", 1, "人") in got, got
    # elsewhere 一人 and 一名 stay articles
    other = extract_text("网格化管理\n新盛镇推行一人一档,一名网格员负责联系群众。")
    assert not any(u in ("人", "名") for _s, _i, _v, u in _metrics(other)), _metrics(other)


def test_a_province_before_a_county_s_company_is_no_subject():
    """02-qianjiang-jinzhou (黔江区政府关于金舟再生资源“2·26”事故调查报告的批复): 2025年2月26日16时47分许,重庆市黔江区
    金舟再生资源有限公司发生一起一般高处坠落事故,造成1人死亡和1人受伤 (base: the figures the city's, 重庆市)."""
    doc = extract_text("事故调查报告\n2025年2月26日16时47分许,重庆市黔江区金舟再生资源有限公司发生一起一般高处坠落事故,"
                       "造成1人死亡和1人受伤,直接经济损失约24万元。")
    subjects = {s for s, _i, _v, _u in _metrics(doc)}
    assert subjects and "重庆市" not in subjects, _metrics(doc)
    # a province's own figures keep it as subject
    own = extract_text("经济运行\n今年前三季度,重庆市实现地区生产总值22000亿元。")
    assert {s for s, _i, _v, _u in _metrics(own)} == {"重庆市"}, _metrics(own)


def test_a_finding_s_line_names_the_person_and_the_post_then_held():
    """The finding on each person held responsible in an accident report (shape of 01-xiushan-manganese's
    处理建议, whose 秀山县 and 溪口镇 bodies it names): 王某，中共党员，时任…党组成员、副局长，分管…，对事故发生负有重要
    领导责任 (base: no person, no post, as for 王某，时任…副局长，…)."""
    doc = extract_text("事故调查报告\n王建明,中共党员,时任秀山县应急管理局党组成员、副局长,分管安全生产工作,"
                       "对事故发生负有重要领导责任,建议给予其政务记过处分。")
    got = {(p, b, post, s) for p, b, post, s in _posts_status(doc)}
    assert ("王建明", "秀山土家族苗族自治县应急管理局", "副局长", "former") in got, got
    doc = extract_text("事故调查报告\n王建明,时任秀山县应急管理局副局长,对事故发生负有重要领导责任。")
    assert ("王建明", "秀山土家族苗族自治县应急管理局", "副局长", "former") in _posts_status(doc), _posts_status(doc)


def test_a_family_name_lai():
    """08-dechang-anweihui (德昌县安委会第五次会议): 县政府党组成员魏兆刚、赖仕江、陈明江等县领导参会 (base: no
    person 赖仕江, 赖 no family name)."""
    doc = extract_text("安全生产会议\n县委常委李垦古、县政府党组成员魏兆刚、赖仕江、陈明江等县领导参会。")
    assert "赖仕江" in _people(doc), _people(doc)
    other = extract_text("生态保护\n当地群众赖以生存的耕地得到保护,全县依赖旅游业的农户达3000户。")
    assert not _people(other), _people(other)


def _posts_status(doc) -> set[tuple[str, str, str, str | None]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name, p["post"], p.get("status"))
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_building_s_number_is_no_day_of_the_month():
    """06-yangzhou-fenghuang: 2019年12月24日,位于…的扬州凤凰水岸花苑工地(GZ013地块)5号楼8楼发生一起高处坠落事故,造成1人
    死亡 (base: the death's period 2019-12-05, 5号 of 5号楼 read as the 5th)."""
    doc = extract_text("高处坠落事故调查报告\n2019年12月24日,扬州市某工地5号楼8楼发生一起高处坠落事故,造成1人死亡。")
    got = {(m.indicator, m.period) for m in doc.metrics}
    assert ("死亡", "2019-12-24") in got, got


def test_a_fine_is_the_party_s_it_is_laid_on():
    """The penalty an accident report proposes (shape of 01-xiushan-manganese's 处理建议: …由秀山县应急管理局对…公司
    处以…罚款): 建议由秀山县应急管理局对重庆鑫源建筑工程有限公司处以80万元罚款 (base: the fine the county's, and
    after 处以罚款80万元 the indicator 依法对重庆鑫源建筑工程有限公司处以罚款)."""
    doc = extract_text("事故调查报告\n建议由秀山县应急管理局对重庆鑫源建筑工程有限公司处以80万元罚款。")
    assert ("重庆鑫源建筑工程有限公司", "罚款", 800000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("事故调查报告\n秀山县应急管理局依法对重庆鑫源建筑工程有限公司处以罚款80万元。")
    assert ("重庆鑫源建筑工程有限公司", "罚款", 800000, "元") in _metrics(doc), _metrics(doc)
    # two parties fined, each figure one party's: neither is every figure's subject
    doc = extract_text("执法检查\n市应急管理局对东方化工有限公司和华新建材有限公司分别处以罚款10万元和5万元。")
    assert ("东方化工有限公司", "罚款", 50000, "元") not in _metrics(doc), _metrics(doc)
    # the fines an agency laid in a year, no party named after 对, stay the agency's
    doc = extract_text("执法检查\n今年以来,秀山县应急管理局共查处违法企业30家,罚款120万元。")
    assert ("秀山土家族苗族自治县应急管理局", "罚款", 1200000, "元") in _metrics(doc), _metrics(doc)


def test_a_headline_s_one_character_casualty_word():
    """10-kunshan-zhongrong (新华社): 江苏昆山爆炸146人亡 (base: the indicator 爆炸, the clause before the count)."""
    doc = extract_text("江苏昆山爆炸146人亡\n8月2日,昆山市中荣金属制品有限公司发生爆炸事故。")
    assert {m.indicator for m in doc.metrics if m.value == 146} == {"死亡"}, _metrics(doc)
    doc = extract_text("烟花厂爆炸事故\n5日,某县一家烟花厂发生爆炸致3人亡2人伤。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert ("死亡", 3) in got and ("受伤", 2) in got, got
    # a longer noun after the count stays as written
    doc = extract_text("事故\n事故造成2人伤亡。")
    assert {m.indicator for m in doc.metrics} == {"伤亡"}, _metrics(doc)
