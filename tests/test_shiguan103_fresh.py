"""Round 103 (shiguan103): embassy and consulate news — a Chinese consul general's calls abroad
(驻悉尼, 驻叶卡捷琳堡, 驻宿务, 驻洛杉矶总领事 meeting consuls, governors and city officials) and foreign
consulates in China met by the Guangdong, Hunan and Wenzhou foreign affairs offices (法国驻穗总领事,
加纳驻广州总领事馆, 多国驻沪总领事), 2014–2026 (fresh texts of /tmp/s26/fresh/shiguan103).  Fixes: a
mission named only through its envoy's post (法国新任驻穗总领事罗宏灵, 乌兹别克斯坦驻沪总领事…) is located
where it is sent, as one written out is; a foreign consulate written short with a Chinese host
(澳大利亚驻成都总领馆) is the mission its consul general's post names (澳大利亚驻成都总领事), one body, not
two; the commercial field before 领事/参赞 (商务领事, 商务参赞) is a diplomat's post in the mission."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _located(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "locatedIn"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_mission_named_through_its_envoys_post_is_located_where_it_is_sent():
    """02-gdfao-france-cg: 陈广俊副主任在省外办会见了法国新任驻穗总领事罗宏灵; 05-wenzhou-shanghai-consulates:
    周建清分别与乌兹别克斯坦驻沪总领事阿扎姆焦恩·马恩苏洛夫、西班牙驻沪总领事路易斯·卡尔沃…座谈交流 (base: the
    consulates 法国驻穗总领事馆, 乌兹别克斯坦驻沪总领事馆 … held the posts but were located nowhere, while 法国驻
    广州总领事馆 written out was located in 广州市)."""
    doc = extract_text("会见法国总领事\n9月23日上午，广东省外办陈广俊副主任会见了法国新任驻穗总领事罗宏灵。")
    assert ("罗宏灵", "法国驻穗总领事馆", "总领事") in post_triples(doc), post_triples(doc)
    assert ("法国驻穗总领事馆", "广州市") in _located(doc), _located(doc)
    doc = extract_text("拜访驻沪总领事馆\n周建清分别与乌兹别克斯坦驻沪总领事阿扎姆焦恩·马恩苏洛夫、西班牙驻沪总领事"
                       "路易斯·卡尔沃座谈交流。")
    assert {("乌兹别克斯坦驻沪总领事馆", "上海市"), ("西班牙驻沪总领事馆", "上海市")} <= _located(doc), _located(doc)


def test_an_embassy_named_through_its_ambassador_is_in_the_host_country_not_the_sender():
    """04-ghana-consulate-guangzhou: 加纳外交与地区一体化部长博奇韦、…、加纳驻华大使博阿滕出席了开馆仪式 (base:
    加纳驻华大使馆 located nowhere).  The embassy is in China, never in Ghana; a country's own ministry (加纳
    外交与地区一体化部) stays in Ghana."""
    doc = extract_text("开馆仪式\n6月26日，加纳驻广州总领事馆举行开馆仪式。加纳外交与地区一体化部长博奇韦、"
                       "加纳驻华大使博阿滕出席了开馆仪式。")
    located = _located(doc)
    assert ("加纳驻华大使馆", "中国") in located, located
    assert ("加纳驻华大使馆", "加纳") not in located, located
    assert ("加纳外交与地区一体化部", "加纳") in located, located


def test_no_mission_of_china_in_its_own_city_is_located():
    """A consul written after 驻穗 with no sender (the consuls of many countries) names no mission of
    China's: nothing placed in 广州市 for it."""
    doc = extract_text("领团见面会\n各国驻穗总领事出席见面会。")
    assert not {a for a in _agencies(doc) if "驻穗" in a}, _agencies(doc)
    assert not {s for s, o in _located(doc) if "驻穗" in s}, _located(doc)


def test_a_consulate_written_short_is_the_mission_its_consul_general_holds_his_post_in():
    """01-sydney-cg-meets-chengdu-cg: 驻悉尼总领事李华新应约会见了澳大利亚驻成都总领事郭南希(Nancy Gordon)一行 …
    澳驻成都总领馆商务领事唐杰夫 (base: two bodies, 澳大利亚驻成都总领馆 written and 澳大利亚驻成都总领事馆 made for
    郭南希's post).  One mission, the post held in the one the text writes."""
    doc = extract_text("会见澳总领事\n5月11日，驻悉尼总领事李华新会见了澳大利亚驻成都总领事郭南希一行。"
                       "澳大利亚驻成都总领馆领事唐杰夫等参加了会见。")
    consulates = {a for a in _agencies(doc) if a.startswith("澳大利亚驻成都")}
    assert len(consulates) == 1, consulates
    body = consulates.pop()
    assert ("郭南希", body, "总领事") in post_triples(doc), post_triples(doc)
    assert ("唐杰夫", body, "领事") in post_triples(doc), post_triples(doc)
    assert (body, "成都市") in _located(doc), _located(doc)


def test_a_commercial_counsellor_or_consul_holds_that_post_in_the_mission():
    """01-sydney-cg-meets-chengdu-cg: 澳驻成都总领馆商务领事唐杰夫、…、我馆商务领事彭刚参赞 (base: no post for
    商务领事; 商务参赞 neither).  A 商务 heading a commerce conference names no post."""
    doc = extract_text("参加会见\n澳大利亚驻成都总领馆商务领事唐杰夫参加了会见。")
    assert ("唐杰夫", "澳大利亚驻成都总领馆", "商务领事") in post_triples(doc), post_triples(doc)
    doc = extract_text("座谈\n中国驻美国大使馆商务参赞王刚参加了座谈。")
    assert ("王刚", "中国驻美国大使馆", "商务参赞") in post_triples(doc), post_triples(doc)
    doc = extract_text("座谈\n市商务局召开商务领域工作座谈会，王刚参加。")
    assert not {t for t in post_triples(doc) if t[0] == "王刚"}, post_triples(doc)
