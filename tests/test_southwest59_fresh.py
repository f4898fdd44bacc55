"""Round 59 (southwest59): county and prefecture news from 云南, 贵州, 广西 and 重庆 (fresh texts of
/tmp/s26/fresh/southwest59): a table row's number kept apart from its words (7 社会消费品…), an
expectation opening a clause (有望) and a gain brought (带来…的收入) read whole, a landform (喀斯特)
no place, and a county's whole territory (县域总面积) the county's after its seat town's figures."""
from __future__ import annotations

from conftest import extract_text


def _metric(doc, value):
    return next(m for m in doc.metrics if m.value == value)


def _name(doc, key):
    return doc.entities[key].name if key in doc.entities else key


def test_a_row_number_set_apart_keeps_the_first_character_of_the_row_s_words():
    """重庆 铜梁区 目标任务推进情况汇总表: `7 社会消费品零售总额增长5.5%。 区商务委 社会消费品零售总额同比增长3.6%。`
    (base: the space after the row's 7 was dropped as a PDF figure's, 7社 read as a figure and the
    indicator cut to 会消费品零售总额增长)."""
    doc = extract_text("2025年区政府工作报告目标任务上半年推进情况汇总表\n"
                       "6 工业投资增长12%。 区经济信息委 工业投资同比增长23.5%。\n"
                       "7 社会消费品零售总额增长5.5%。 区商务委 社会消费品零售总额同比增长3.6%。\n")
    assert _metric(doc, 5.5).indicator == "社会消费品零售总额增长"
    assert _metric(doc, 3.6).indicator == "社会消费品零售总额同比增长"
    # (a figure opening its line before its unit, a PDF's 35295 亿元, is still one figure)
    pdf = extract_text("社会消费品零售总额\n35295 亿元，同比增长3.3%，比上月加快0.5个百分点。\n")
    assert any(m.value == 35295e8 and m.unit == "元" for m in pdf.metrics), [(m.value, m.unit) for m in pdf.metrics]


def test_an_expected_gain_brought_is_named_by_the_noun_after_it():
    """广西 融安县 (rongan.gov.cn): 现有集体经济脆蜜金桔50亩，滑皮金桔5亩，今年有望为村集体带来1.5万元的收入
    (base: the indicator 望为村集体带来 — the lead 有 cut from 有望, the income after 的 unread)."""
    doc = extract_text("柳州市委常委到融安县调研\n"
                       "木吉村横桐屯现有集体经济脆蜜金桔50亩，滑皮金桔5亩，今年有望为村集体带来1.5万元的收入。")
    assert _metric(doc, 15000).indicator == "收入"


def test_an_expectation_opening_the_clause_is_no_part_of_the_indicator():
    """有望 opening the clause, as 预计 does (base: 望实现产值, the lead 有 alone stripped)."""
    doc = extract_text("项目建设稳步推进\n该项目今年有望实现产值3000万元。")
    assert _metric(doc, 3e7).indicator == "产值"


def test_a_landform_is_no_place():
    """贵州 黔西南州 (新华网): 黔西南是典型的喀斯特岩溶山区，石漠化总面积占全州国土面积的29% (base: a
    place 喀斯特, tagged ns by jieba, and the share its)."""
    doc = extract_text("喀斯特交响里的黔西南之变\n"
                       "黔西南州委副书记、州长黄兴文做客演播间，解读黔西南州巧做喀斯特山地文章。"
                       "黔西南是典型的喀斯特岩溶山区，石漠化总面积占全州国土面积的29%。")
    assert not any(e.name == "喀斯特" for e in doc.entities.values())
    assert _name(doc, _metric(doc, 29).subject) == "黔西南布依族苗族自治州"


def test_a_county_s_whole_territory_after_its_seat_town_s_figures_is_the_county_s():
    """云南 禄劝彝族苗族自治县 (lq.km.gov.cn 禄劝简介): 自治县人民政府驻地屏山镇位于…海拔1679米…距昆明市区72千米。
    县域总面积4249平方千米，其中，山区面积占98.4% (base: both the seat town 屏山's, the paragraph's last
    figures' place)."""
    doc = extract_text("禄劝简介\n"
                       "禄劝彝族苗族自治县是云南省昆明市远郊县，北界金沙江与四川省会理、会东两县相望。"
                       "自治县人民政府驻地屏山镇位于县境南端、掌鸠河西岸的秀屏山麓，海拔1679米，年平均气温15°C，"
                       "距昆明市区72千米。县域总面积4249平方千米，其中，山区面积占98.4%。")
    assert _name(doc, _metric(doc, 4249).subject) == "禄劝彝族苗族自治县"
    assert _name(doc, _metric(doc, 98.4).subject) == "禄劝彝族苗族自治县"


def test_a_party_committee_s_cyberspace_office_written_in_full_is_an_agency():
    """贵州 黔西南州 (新华网): 由中共贵州省委网络安全和信息化委员会办公室主办的《贵在有理》网上理论访谈节目 (base:
    only 贵州省委, the office unread: 网信 was a party department's stem, its full name no stem)."""
    doc = extract_text("喀斯特交响里的黔西南之变\n"
                       "近日，由中共贵州省委网络安全和信息化委员会办公室主办的《贵在有理》网上理论访谈节目走进黔西南布依族苗族自治州。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "贵州省委网络安全和信息化委员会办公室" in agencies, agencies
