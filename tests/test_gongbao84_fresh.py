"""Round 84 (gongbao84): county 统计公报 sections (人口, 社会保障, 人民生活, 农业) and the review part of county
政府工作报告 (/tmp/s26/fresh/gongbao84: 长兴, 三穗, 镇安, 上杭, 弋阳 and bulletins of unnamed counties).
Fixes: a percent look-alike after a figure (增长15℅) read as ％, so the changes it closes are found; a
national word inside the clause naming a sample survey's estimate (根据全国5‰人口变动抽样调查推算结果，) scopes
no figure after it; the rural half after the urban half of a verb-led whole (享受城乡低保人员…，其中城镇3168人、
农村16125人) shares that whole; and a collective word (城乡) before two levels joined by 和 with no 分别
(城乡居民收入达到23292元和7750元) gives each level its half; the urban and rural parts of a registered
population (户籍总人口…,其中城镇人口…) are named registered (户籍城镇人口), apart from the resident ones."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> dict[tuple[str, float], tuple[str | None, str]]:
    """{(indicator, value): (subject's name, kind)} of a doc's metrics."""
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.indicator, m.value): (names.get(m.subject), m.kind) for m in doc.metrics}


def test_a_percent_look_alike_after_a_figure_closes_a_change():
    """05-sansui (贵州三穗县 政府工作报告): 全县生产总值实现131487万元,同比增长15℅;…增长57.7℅ (base: the
    changes in ℅, the care-of sign set for %, were all lost)."""
    doc = extract_text("三穗县召开人代会\n报告指出:初步核算,三穗县生产总值实现131487万元,同比增长15℅;"
                       "财政总收入实现11338万元,增长57.7℅;农民纯收入达到3107元,增长15.2﹪。")
    got = _figures(doc)
    assert got.get(("生产总值同比增长", 15)) == ("三穗县", "change"), got
    assert got.get(("财政总收入增长", 57.7)) == ("三穗县", "change"), got
    assert got.get(("农民纯收入增长", 15.2)) == ("三穗县", "change"), got
    # no figure before it: the sign is left as it is (no percent made of a bare ℅)
    plain = extract_text("三穗县召开人代会\n县文化馆℅县政府办公室转交材料,全县生产总值实现131487万元。")
    assert ("生产总值", 1314870000) in _figures(plain), _figures(plain)


def test_a_national_sample_survey_is_no_subject_of_the_county_figures():
    """01-changxing (浙江长兴县 统计公报): 根据全国5‰人口变动抽样调查推算结果,年末常住总人口67.98万人 (base:
    the county's residents, urban share and urban people given to 中国)."""
    doc = extract_text("人口\n年末户籍总人口63.71万人。根据全国5‰人口变动抽样调查推算结果,年末常住总人口67.98万人,"
                       "其中城镇人口43.72万人,城镇化率为64.3%。")
    got = _figures(doc)
    assert got.get(("常住总人口", 679800), ("?",))[0] != "中国", got
    assert got.get(("城镇化率", 64.3), ("?",))[0] != "中国", got
    # a national figure after the source clause stays the nation's
    nation = extract_text("全国人口\n根据全国5‰人口变动抽样调查推算结果,全国年末总人口140967万人。")
    assert _figures(nation).get(("总人口", 1409670000), ("?",))[0] == "中国", _figures(nation)


def test_the_rural_half_shares_the_verb_led_whole_of_the_urban_half():
    """03-county-xn (统计公报 社会保障): 全年享受城乡低保人员 19293 人,其中城镇 3168人、农村 16125 人 (base: the
    rural figure named a bare 农村)."""
    doc = extract_text("社会保障\n社会保障。全年享受城乡低保人员 19293 人,其中城镇 3168人、农村 16125 人。")
    got = _figures(doc)
    assert ("农村享受城乡低保人员", 16125) in got, got
    assert ("城镇享受城乡低保人员", 3168) in got, got
    # a product after a verb's object is named alone, as before (出口农产品: 水果, no 水果出口农产品)
    goods = extract_text("外贸\n全年出口农产品5万吨,其中茶叶1.2万吨,水果3.5万吨。")
    assert ("水果", 35000) in _figures(goods), _figures(goods)


def test_a_collective_word_before_two_levels_joined_by_he():
    """04-zhenan (陕西镇安县 政府工作报告): 城乡居民收入达到23292元和7750元 (base: both levels one
    indicator 城乡居民收入, the urban and the rural income indistinguishable)."""
    doc = extract_text("镇安县召开人代会\n2015年,城乡居民人均可支配收入达到23292元和7750元,分别增长8.8%和10%。")
    got = _figures(doc)
    assert ("城镇居民人均可支配收入", 23292) in got, got
    assert ("农村居民人均可支配收入", 7750) in got, got
    assert ("农村居民人均可支配收入增长", 10) in got, got
    # no list and no collective word before them: two figures of one measure stay as they are
    one = extract_text("镇安县项目建设\n全年完成投资5亿元和3亿元。")
    assert ("投资", 300000000) in _figures(one), _figures(one)


def test_the_parts_of_a_registered_population_are_registered_parts():
    """09-county-2022 (统计公报 综合): 年末常住人口94.9万人…其中城镇人口41.4万人,乡村人口53.5万人。…户籍总人口134.9万人,
    比上年下降1.0%,其中城镇人口25.0万人,乡村人口109.9万人 (base: two 城镇人口 and two 乡村人口 of one county and
    year, the resident and the registered parts indistinguishable)."""
    doc = extract_text("综合\n年末常住人口94.9万人,比上年末增加0.1万人,其中城镇人口41.4万人,乡村人口53.5万人。"
                       "年末全县户籍总户数49.4万户,户籍总人口134.9万人,比上年下降1.0%,其中城镇人口25.0万人,乡村人口109.9万人。")
    got = _figures(doc)
    assert ("户籍城镇人口", 250000) in got and ("户籍乡村人口", 1099000) in got, got
    assert ("城镇人口", 414000) in got and ("乡村人口", 535000) in got, got
