"""Round 74 (gansu74): county and township news of 甘肃 and 青海 (/tmp/s26/fresh/gansu74: 临夏州 and 定西's
potato fair, 互助土族自治县's 乡村振兴, the herb farms of 武都区三仓镇, 文县, 宕昌县 and 临洮县).  Fixes: the spoken
个亿 (1个亿左右) is a sum of yuan; 主宾州 (the guest of honour) holds no place 宾州; 筐 counts baskets; a trend
adverb and change verb after a figure (5万亩逐步扩大到…) are no noun it counts; a bare causative 使 opens no
indicator; 东乡族 and 鄂温克族 (peoples) are no short names of 东乡族自治县 and 鄂温克族自治旗."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_spoken_hundred_million_is_a_sum_of_yuan():
    """08-lintao-herb (定西临洮县): 连儿湾乡党委书记丁国定说: “…全乡年总产值达1个亿左右。” (base: 1 个)."""
    doc = extract_text("临洮县中药材产业\n连儿湾乡的中药材生产发展迅猛,仅中药材一项,全乡年总产值达1个亿左右。"
                       "该项目总投资两个亿。")
    got = _metrics(doc)
    assert ("年总产值", 100000000, "元") in got and ("总投资", 200000000, "元") in got, got
    # 3个亿元项目, 1个亿元村: things of a hundred million, counted in 个
    kinds = _metrics(extract_text("招商引资\n全县建成3个亿元项目,培育1个亿元村。"))
    assert ("亿元项目", 3, "个") in kinds and ("亿元村", 1, "个") in kinds, kinds


def test_the_guest_of_honour_province_is_no_pennsylvania():
    """02-dingxi-potato-briefing: 大会同时邀请湖北恩施州作为主宾州参会 (base: a place 宾州)."""
    doc = extract_text("马铃薯大会发布会举行\n大会同时邀请湖北恩施州作为主宾州参会,四川作为主宾省参展。")
    assert "宾州" not in _names(doc, "Place"), _names(doc, "Place")
    assert "恩施土家族苗族自治州" in _names(doc, "Place")
    assert "宾州" in _names(extract_text("访问团\n代表团访问美国宾州。"), "Place")


def test_herbs_raised_in_baskets():
    """05-wudu-sancang-herb (陇南武都区三仓镇): 天麻培育3000余筐、产值45万元以上 (base: no figure in 筐)."""
    doc = extract_text("三仓镇中药材产业\n目前三仓镇白芨种植70余亩、产值300万元以上,天麻培育3000余筐、产值45万元以上。")
    assert ("天麻培育", 3000, "筐") in _metrics(doc), _metrics(doc)


def test_a_figure_moving_on_is_no_noun_it_counts():
    """08-lintao-herb: 全县中药材种植面积逐年增加,由2005年的5万亩逐步扩大到现在的10.05万亩 (base: both figures
    with the indicator 逐步扩大到现)."""
    doc = extract_text("临洮县中药材产业\n全县中药材种植面积逐年增加,由2005年的5万亩逐步扩大到现在的10.05万亩。")
    got = _metrics(doc)
    assert ("中药材种植面积", 50000, "亩") in got and ("中药材种植面积", 100500, "亩") in got, got


def test_a_bare_causative_opens_no_indicator():
    """03-huzhu-rural (青海互助县): 推广双垄覆膜技术,使马铃薯每亩增产500斤 (base: 使马铃薯每亩增产); 使用 stays."""
    doc = extract_text("互助县乡村振兴\n互助县东山乡等地推广双垄覆膜技术,使马铃薯每亩增产500斤。全年使用资金3000万元。")
    got = {m.indicator for m in doc.metrics}
    assert "马铃薯每亩增产" in got and "使用资金" in got, got


def test_a_people_is_no_short_name_of_its_autonomous_county():
    """01-linxia-potato (临夏州): 东乡族群众 names the people, no county (base: a place 东乡族自治县), nor
    内蒙古鄂温克族研究会 the banner 鄂温克族自治旗."""
    doc = extract_text("临夏州民族团结\n临夏州有东乡族群众30万人。")
    assert "东乡族自治县" not in _names(doc, "Place"), _names(doc, "Place")
    ewenki = extract_text("研讨会举行\n内蒙古鄂温克族研究会会长乌热尔图出席。")
    assert "鄂温克族自治旗" not in _names(ewenki, "Place"), _names(ewenki, "Place")
    county = extract_text("东乡族自治县召开会议\n东乡族自治县位于甘肃省中部。")
    assert "东乡族自治县" in _names(county, "Place")


def test_a_party_committee_with_its_government_stands_for_the_place():
    """01-linxia-potato (临夏州): 州委州政府大力实施农业产业结构调整攻坚战,…,特色种植面积达到166.86万亩 — the
    area is the place's (base: the subject 宕昌县委, a committee, in the county-named form below)."""
    doc = extract_text("宕昌县特色产业\n去年以来,宕昌县委县政府大力实施农业产业结构调整攻坚战,积极培育牛羊菜果薯药菌等"
                       "特色产业,特色种植面积达到16.86万亩。")
    places = {k for k, e in doc.entities.items() if e.type == "Place" and e.name == "宕昌县"}
    got = {m.subject for m in doc.metrics if m.indicator == "特色种植面积"}
    assert got and got <= places, (got, places)
    # a committee alone keeps what it counts
    alone = extract_text("常委会召开\n宕昌县委召开常委会,研究部署3项工作。")
    agencies = {k for k, e in alone.entities.items() if e.type == "Agency"}
    assert {m.subject for m in alone.metrics} <= agencies, [m.subject for m in alone.metrics]
