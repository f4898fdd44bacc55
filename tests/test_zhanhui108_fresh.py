"""Round 108 (zhanhui108): expos, trade fairs and investment signings — 长乐's 郑和开洋节 signing (Fujian),
潜江's 龙虾节 signing (Hubei), 通许县's signing fair (Henan), 江苏's delegation at the 丝博会 (Shaanxi), the
中国—亚欧博览会 (Xinjiang), the 134th 广交会 (Guangdong), the first 进博会 (Shanghai), 厦门 and 泉州 at the
投洽会/厦洽会 (Fujian) and 嘉兴 at a 洽谈会 in 广州 (Zhejiang) (fresh texts of /tmp/s27/txt/zhanhui108).
Fixes: 扩至 (the short 扩大至) no word of an indicator (展览总面积扩至155万平方米); a bracket of what a count
takes in, 包括…在内, no word of the counted noun (签约(“三维”项目包括央企…在内)内外资项目51项); a rare brand after
an enterprise's kind is the company's name (行业领军企业安踏集团 → 安踏集团); 招商会 an event, no chamber of
commerce (商会); the venue of a meeting (在广州市举行) never the city a later 我市 means; a place opening an
earlier clause of a figure's sentence wins over the programme opening its paragraph (厦洽会…。首日，泉州成功签约
项目20个，投资总额149.1亿元)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc, indicator: str) -> set[str]:
    return {doc.entities[m.subject].name for m in doc.metrics if m.indicator == indicator and m.subject in doc.entities}


def test_widened_to_is_no_word_of_the_indicator():
    """06-guangjiaohui-134: 展览总面积扩至155万平方米，比上届增加5万平方米 (base: indicators 展览总面积扩至 and
    展览总面积扩至比上届增加)."""
    doc = extract_text("第134届广交会于10月15日至11月4日在广州分三期举办。展览总面积扩至155万平方米，比上届增加5万平方米。")
    got = _metrics(doc)
    assert ("展览总面积", 1550000, "平方米") in got, got
    assert not any("扩至" in m[0] for m in got), got


def test_an_inclusion_bracket_is_no_word_of_the_counted_noun():
    """01-changle-kaiyangjie: 长乐市共签约(“三维”项目包括央企、民企、外资项目在内)内外资项目51项 (base: indicator
    签约(三维项目包括央企、民企、外资项目在内)内外资项目)."""
    doc = extract_text("招商会期间,长乐市共签约(“三维”项目包括央企、民企、外资项目在内)内外资项目51项,总投资额达297.15亿元人民币。")
    got = _metrics(doc)
    assert ("签约内外资项目", 51, "项") in got, got


def test_a_bracket_of_levels_stays_in_the_noun():
    """Guard: a bracket that lists levels (县(市、区)) or takes no 包括…在内 is not cut by the inclusion rule."""
    doc = extract_text("全市共有县(市、区)级综合文化站12个。")
    assert any("县(市、区)" in m[0] or "县（市、区）" in m[0] for m in _metrics(doc)), _metrics(doc)


def test_a_rare_brand_after_an_enterprise_kind_is_the_company():
    """08-xiamen-touqiahui: 中国运动鞋服行业领军企业安踏集团选址厦门 (base: Organization
    中国运动鞋服行业领军企业安踏集团; jieba tags 安踏 a verb)."""
    doc = extract_text("中国运动鞋服行业领军企业安踏集团选址厦门两岸金融中心湖里片区。")
    orgs = _names(doc, "Organization")
    assert "安踏集团" in orgs, orgs
    assert not any("领军企业" in o for o in orgs), orgs


def test_a_common_word_after_an_enterprise_kind_stays_in_the_name():
    """Guard: 企业 before a common word and a suffix (中国企业管理集团) is part of the name, no kind before a brand."""
    doc = extract_text("中国企业管理集团举行年会。")
    assert "中国企业管理集团" in _names(doc, "Organization"), _names(doc, "Organization")


def test_an_investment_meeting_is_no_chamber_of_commerce():
    """01-changle-kaiyangjie: 图为长乐专场招商会上举行的重点项目签约仪式 (base: Organization
    长乐专场招商会, read as 长乐专场招 + 商会)."""
    doc = extract_text("图为长乐专场招商会上举行的重点项目签约仪式。长乐专场招商会开幕式暨重点项目签约仪式在长乐市举行。")
    assert not any(o.endswith("招商会") for o in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_chamber_of_commerce_stays():
    """Guard: a chamber named with its place (温州商会, 新疆福建商会) is still an Organization."""
    doc = extract_text("温州商会在杭州成立。新疆福建商会举行换届大会。")
    assert {"温州商会", "新疆福建商会"} <= _names(doc, "Organization"), _names(doc, "Organization")


def test_the_venue_is_not_the_city_we_speak_as():
    """10-jiaxing-qiatanhui: 浙江(广东)经济结构调整洽谈会暨项目签约仪式在广州市举行,我市有8个项目顺利签约 (base:
    the count of 我市 given to 广州市, the venue named last before it)."""
    doc = extract_text("昨天，浙江省经济合作洽谈会暨项目签约仪式在广州市举行，我市有8个项目顺利签约，协议总金额达74.58亿元。")
    assert "广州市" not in _subjects(doc, "项目"), _subjects(doc, "项目")


def test_a_delegation_city_named_before_the_venue_keeps_its_figures():
    """Guard: the delegation's city named before (湖州市代表团…) keeps 全市's figures after the venue."""
    doc = extract_text("湖州市代表团参加了浙江省经济合作洽谈会。昨天，洽谈会暨项目签约仪式在广州市举行，"
                       "全市有8个项目顺利签约，协议总金额达74.58亿元。")
    assert _subjects(doc, "协议总金额") == {"湖州市"}, _subjects(doc, "协议总金额")


def test_a_place_clause_before_wins_over_the_paragraphs_programme():
    """09-quanzhou-xiaqiahui: (厦洽会…启幕。)厦洽会首日,泉州成功签约项目20个,投资总额149.1亿元,拟利用外资79.8亿元:
    泉州 opens the clause of the first figure; the later figures of the sentence are 泉州's, not the fair's that
    opens the paragraph (base: 投资总额 and 拟利用外资 given to 2019厦门国际投资贸易洽谈会)."""
    doc = extract_text("2019厦门国际投资贸易洽谈会在厦门开幕。开幕首日,泉州成功签约项目20个,投资总额149.1亿元,拟利用外资79.8亿元。")
    assert _subjects(doc, "投资总额") == {"泉州市"}, _subjects(doc, "投资总额")
    assert _subjects(doc, "拟利用外资") == {"泉州市"}, _subjects(doc, "拟利用外资")
