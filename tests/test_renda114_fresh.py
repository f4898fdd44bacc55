"""Round 114 (renda114): people's congress news — deputies' suggestions handed on and handled (湘阴, 保康,
西吉, 通海), law-enforcement inspections (湖南省, 安徽省人大常委会), standing-committee sessions (丰台, 盐都) and
the NPC presidium (新华社) (fresh texts of /tmp/s27/txt/renda114).  Fixes: a verb handing the things
counted on to a body (转交, 交由, 提请, 提交) ends their noun (155件代表建议转交县人民政府办理 → 代表建议, was
代表建议转交县人民政府); 建议、批评和意见, the law's name of what deputies put forward, one indicator (was
批评和意见); a bare wire dateline opening the lead before a space (据新华社北京3月10日电 十三届…) a dateline,
kept out of the text (was text, its 北京 the subject of the presidium's attendance)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_verb_handing_the_suggestions_on_ends_their_noun():
    """04-tonghai-jiaoban: 将县人代会期间收到的155件代表建议转交县人民政府办理; 08-npc-zhuxituan: 决定将三个决定
    草案表决稿提请大会全体会议表决 (base: the verb and the body in the indicator)."""
    got = _metrics(extract_text("代表工作\n近日，通海县人大常委会召开会议，将县人代会期间收到的155件代表建议转交县人民政府办理。"))
    assert ("代表建议", 155, "件") in got, got
    got = _metrics(extract_text("会议\n会议经过表决，决定将三个决定草案表决稿提请大会全体会议表决。"))
    assert ("决定草案表决稿", 3, "个") in got, got
    got = _metrics(extract_text("代表工作\n县人大常委会将大会期间代表提出的86件建议交由县政府研究办理。"))
    assert ("建议", 86, "件") in got, got
    got = _metrics(extract_text("代表工作\n共有8件议案提交大会审议。"))
    assert ("议案", 8, "件") in got, got


def test_a_noun_opening_with_the_verb_keeps_it():
    """Guard: the verb cuts only once the noun has begun (3项提请审议事项 stays whole)."""
    got = _metrics(extract_text("会议\n本次会议共有3项提请审议事项。"))
    assert any(ind.startswith("提请审议事项") or ind.endswith("提请审议事项") for ind, v, u in got if v == 3), got


def test_suggestions_criticisms_and_opinions_are_one_indicator():
    """04-tonghai-jiaoban: 共收到代表提出的建议、批评和意见155件 (base: 批评和意见 alone, 建议 cut off at 、)."""
    doc = extract_text("代表工作\n县第十八届人民代表大会第三次会议期间，代表共提出建议、批评和意见132件，已全部交办。")
    assert any(ind.endswith("建议、批评和意见") and v == 132 for ind, v, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("代表工作\n会议期间，代表们共提出议案5件，建议、批评和意见120件。")
    assert any(ind.endswith("建议、批评和意见") and v == 120 for ind, v, u in _metrics(doc)), _metrics(doc)
    # guard: a plain list of two counts keeps its items apart
    got = _metrics(extract_text("代表工作\n今年共办理代表建议86件、政协提案120件。"))
    assert not any("、" in ind for ind, v, u in got), got


def test_a_bare_wire_dateline_opening_the_lead_is_the_dateline():
    """08-npc-zhuxituan: 据新华社北京3月10日电 十三届全国人大四次会议主席团10日下午在人民大会堂举行第三次会议 …
    会议应到174人 (base: no dateline, the text's 北京 the article's place and the attendance 北京市's)."""
    doc = extract_text("主席团举行第三次会议\n据新华社北京3月10日电 十三届全国人大四次会议主席团10日下午在人民大会堂举行第三次会议。"
                       "会议应到174人，出席170人。")
    art = doc.articles[0]
    assert art.dateline == "据新华社北京3月10日电", art.dateline
    assert not art.text.lstrip().startswith("据新华社")
    assert all(m.subject != "place-110000" for m in doc.metrics), [(m.indicator, m.subject) for m in doc.metrics]
    # guard: a provincial city's dateline still gives the story its place where the text names one
    doc = extract_text("标题\n新华社长沙3月10日电 湖南省今年新建学校30所。")
    assert doc.articles[0].dateline == "新华社长沙3月10日电"
    assert {m.subject for m in doc.metrics} == {"place-430000"}
    # guard: a sentence on the agency's report with no space after 电 is no dateline
    doc = extract_text("标题\n新华社北京3月10日电称，会议应到174人。")
    assert doc.articles[0].dateline is None


def test_a_wire_dateline_s_city_places_a_story_naming_only_the_country():
    """zhanhui108 07-jinbohui-shoujie: 据新华社上海11月10日电 首届中国国际进口博览会于10日闭幕 … (the text names
    中国 and no division): the dateline, kept out of the text now, still makes it 上海市's story; so a
    bracketed one (base: 中国's, the wire's city never read as the dateline's place)."""
    body = "首届中国国际进口博览会于10日闭幕，累计意向成交578.3亿美元。举办进博会是中国主动向世界开放市场的重大举措。"
    for line in ("据新华社上海11月10日电 ", "据新华社上海11月10日电（记者 王明）"):
        doc = extract_text("首届进博会交易采购成果丰硕\n" + line + body)
        assert doc.articles[0].place == "place-310000", (line, doc.articles[0].place)
