"""Round 75 (brand75): agricultural brands, 地理标志 products and companies named after places, from
fresh texts of /tmp/s26/fresh/brand75 (湖北秭归, 广西鹿寨, 福建平和/福清/古田, 云南石屏, 山东成武, 山西怀仁/右玉,
湖南保靖).  Fixes: a company after 该市/该县 whose name the scan cut inside the pointer (该|市金沙滩…公司)
loses the level word too, and is the place's company; a place and its 内 (秭归县内脐橙种植合作社、营销企业)
says which bodies are meant, no body's name; a numeral and 大 (福清市五大古镇之一) open a ranking, no
township; a quoted name opening with a place in a sentence of brands and 地理标志 (“平和琯溪蜜柚”获…地理标志
商标, “福鼎白茶”入选…区域公用品牌…) is a product, no programme; a manner (规模化种植面积) is no crop the bare
产值 after it is of; the 内 closing a duration (2小时内曝光量) is no word of the next noun; a no-figure sentence
of three or more years (a product's history of titles) gives no time to the figures after it; a city named
right before 全市 (福州全市) is the subject, not the article's place; an area after 种植 and before its crop
(种植1万多亩“鹿寨蜜橙”) is the crop's 种植面积."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def _located(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "locatedIn"}


def test_a_company_after_the_city_pointer_loses_the_level_word():
    """07-huairen-lamb (山西日报, 怀仁市): 数据来自该市金沙滩羔羊肉业股份有限公司…, 该市朔美羊肉业有限责任公司在大会
    期间达成… (base: organisations 市金沙滩羔羊肉业股份有限公司, 市朔美羊肉业有限责任公司)."""
    doc = extract_text("怀仁羔羊肉销量高涨\n日前,怀仁市商务局局长告诉记者,这组数据来自该市金沙滩羔羊肉业股份有限公司获得的最新统计结果。"
                       "该县朔美羊肉业有限责任公司在大会期间达成意向采购合同。")
    orgs = _names(doc, "Organization")
    assert "金沙滩羔羊肉业股份有限公司" in orgs and "市金沙滩羔羊肉业股份有限公司" not in orgs, orgs
    assert "朔美羊肉业有限责任公司" in orgs and "县朔美羊肉业有限责任公司" not in orgs, orgs
    assert ("金沙滩羔羊肉业股份有限公司", "怀仁市") in _located(doc), _located(doc)


def test_our_city_s_company_keeps_its_name():
    """Negative: the pointer read whole (参观了我市江州工艺品有限公司) still goes, and a name that opens with
    市 after another word is left alone."""
    doc = extract_text("江州市企业发展\n代表们参观了我市江州工艺品有限公司。")
    assert "江州工艺品有限公司" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_place_and_its_within_names_no_cooperative():
    """01-zigui-qicheng (秭归县): 销售平台与秭归县内脐橙种植合作社、营销企业、电商共签订意向购销协议 (base: an
    Organization 秭归县内脐橙种植合作社 locatedIn 秭归县)."""
    doc = extract_text("秭归脐橙开园\n开园节上,销售平台与秭归县内脐橙种植合作社、营销企业、电商共签订意向购销秭归脐橙协议8.8万吨。")
    assert not any("县内" in n for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_county_s_named_cooperative_stays():
    """Negative: 秭归县屈乡脐橙专业合作社 is a cooperative's name (no 内 after the county)."""
    doc = extract_text("秭归脐橙开园\n秭归县屈乡脐橙专业合作社与电商签订协议。")
    assert "秭归县屈乡脐橙专业合作社" in _names(doc, "Organization"), _names(doc, "Organization")


def test_five_old_towns_is_no_township():
    """04-fuqing-dongzhang (中国市场监管报, 福清市): 东张镇是福清市五大古镇之一 (base: a Place 五大古镇 partOf 福清市)."""
    doc = extract_text("福清东张蜜柚\n东张镇是福清市五大古镇之一,蜜柚种植加工历史悠久。")
    places = _names(doc, "Place")
    assert "五大古镇" not in places and "东张镇" in places, places


def test_a_quoted_place_product_in_a_brand_sentence_is_no_programme():
    """03-pinghe-miyou (海峡导报), 05-shiping-yangmei (云南网), 08-gutian-yiner (福州新闻网): “平和琯溪蜜柚”获福建省首届
    十佳地理标志商标; “石屏杨梅”获批地理标志证明商标; “福鼎白茶”“坦洋工夫”入选…区域公用品牌声誉前100位 (base:
    Programmes 平和琯溪蜜柚, 石屏杨梅, 福鼎白茶 implementedIn their places)."""
    for text, name in (("“平和琯溪蜜柚”获福建省首届十佳地理标志商标\n据悉,琯溪蜜柚是平和县的支柱产业。", "平和琯溪蜜柚"),
                       ("“石屏杨梅”获批地理标志证明商标\n日前,石屏县杨梅产业发展良好。", "石屏杨梅"),
                       ("福鼎市名茶上榜\n“福鼎白茶”“坦洋工夫”入选2024中国地理标志农产品区域公用品牌声誉前100位。", "福鼎白茶")):
        doc = extract_text(text)
        assert name not in _names(doc, "Programme"), (name, _names(doc, "Programme"))


def test_a_quoted_place_campaign_stays_a_programme():
    """Negative: a quoted topic opening with a place in a sentence with no brand word (“平安石屏”建设…) stays."""
    doc = extract_text("石屏县推进平安建设\n“平安石屏”建设深入推进,全县治安形势持续向好。")
    assert "平安石屏" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_manner_of_growing_is_no_crop_of_the_bare_output():
    """08-gutian-yiner (福鼎市): 2024年规模化种植面积2万亩,产值约3亿元 (base: indicator 规模化产值)."""
    doc = extract_text("福鼎槟榔芋\n槟榔芋是福鼎市的名优特产,2024年规模化种植面积2万亩,产值约3亿元。")
    assert _indicators(doc).get(300000000) == "产值", _indicators(doc)


def test_a_crop_s_area_still_names_its_output():
    """Negative: 蔬菜种植面积3930亩,产量5346吨 → 蔬菜产量 (the crop, no manner)."""
    doc = extract_text("某县蔬菜生产\n今年全县蔬菜种植面积3930亩,产量5346吨。")
    assert _indicators(doc).get(5346) == "蔬菜产量", _indicators(doc)


def test_within_a_duration_is_no_word_of_the_noun():
    """06-chengwu-live (齐鲁晚报, 成武县): 此次“书记带货”直播,2小时内曝光量280万 (base: indicator 内曝光量)."""
    doc = extract_text("成武县书记带货\n据悉,此次直播,2小时内曝光量280万,吸引15.8万人次观看。")
    assert _indicators(doc).get(2800000) == "曝光量", _indicators(doc)


def test_a_history_of_years_gives_no_time_to_the_figures_after():
    """10-baojing-tea (湘西网, 古丈县): 古丈毛尖于2005年获评湖南十大名茶,2007年注册成为地理标志产品,2011年获评中国
    驰名商标。古丈县现有茶园20.5万亩 (base: period 2005 for the tea gardens there now)."""
    doc = extract_text("古丈毛尖品牌\n古丈毛尖于2005年获评湖南十大名茶,2007年注册成为地理标志产品,2011年获评中国驰名商标。"
                       "古丈县现有茶园20.5万亩,茶产业有效拉动了县域经济发展。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(205000) != "2005", periods


def test_one_year_opening_the_paragraph_still_times_its_figures():
    """Negative: 2023年,全县茶产业持续发展。全县茶园面积20.5万亩 keeps 2023 (one year, no history)."""
    doc = extract_text("古丈茶产业\n2023年,古丈县茶产业持续发展,品牌影响力不断提升。全县茶园面积20.5万亩。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(205000) == "2023", periods


def test_a_city_named_before_its_whole_is_the_subject():
    """04-fuqing-dongzhang (福清市 story): 截至目前,福州全市累计拥有地理标志商标32件 (base: the count was 福清市's,
    全市 read as the article's city)."""
    doc = extract_text("福清东张蜜柚商标注册\n福建省福清市蔬果种植与流通行业协会近日拿到地理标志证明商标注册证。"
                       "截至目前,福州全市累计拥有地理标志商标32件。")
    subjects = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert subjects.get(32) == "福州市", subjects


def test_the_whole_city_alone_is_still_the_article_s():
    """Negative: 全市累计拥有地理标志商标32件 with no city before it stays the article's 福清市."""
    doc = extract_text("福清东张蜜柚商标注册\n福建省福清市蔬果种植与流通行业协会近日拿到地理标志证明商标注册证。"
                       "截至目前,全市累计拥有地理标志商标32件。")
    subjects = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert subjects.get(32) == "福清市", subjects


def test_an_area_planted_before_its_crop_is_the_crop_s_planted_area():
    """02-luzhai-micheng (鹿寨县): 鹿寨县种植1万多亩“鹿寨蜜橙”,年产量150万公斤 (base: indicator 鹿寨蜜橙, the crop
    itself for an area in 亩)."""
    doc = extract_text("鹿寨蜜橙品牌推介\n鹿寨县种植1万多亩“鹿寨蜜橙”,年产量150万公斤。")
    assert _indicators(doc).get(10000) == "鹿寨蜜橙种植面积", _indicators(doc)


def test_an_area_of_a_built_base_keeps_its_noun():
    """Negative: 建成2000亩茶园 (no planting verb) keeps the noun counted as it was."""
    doc = extract_text("某县茶产业\n今年,该县建成2000亩茶园,带动农户增收。")
    assert "种植面积" not in (_indicators(doc).get(2000) or ""), _indicators(doc)
