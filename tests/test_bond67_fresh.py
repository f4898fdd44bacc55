"""Round 67 (bond67): local government bonds and fiscal accounts, from fresh texts of
/tmp/s26/fresh/bond67 (政府债券 issuance news of 山西, 专项债 quotas of 铜陵, 淮北, 漳州, 舟山, 山东, debt limits
and balances of 佛坪县, 盐津县, 卓尼县).  Fixes: a finance body fixing or passing down a quota to the place
named right after the verb (核定/下达/转贷/分配 + place) leaves the figures that place's, and the verb and
place out of the indicator; a government's own tier named as the first part (其中市本级…) lends no tier
to the places listed after it; money that backs works (发行20.02亿元支持…) counts no noun 支持…; a place
opening the name of a work listed as an example before 等 and a count (支持…相山区…一期项目等7个…项目)
is not whose the count is; the year's new quota (新增地方政府债务限额, 新增专项债) keeps its 新增; the exchange a body issues on (在上海证券交易所) and 向上 of funds sought from above are no
words of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _facts(doc) -> set[tuple[str | None, str, float]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value)
            for m in doc.metrics}


def test_a_quota_fixed_for_a_place_is_the_place_s():
    """06-foping-debt-2024 (陕西佛坪县财政局): 汉中市财政局核定佛坪县政府债务限额78200万元,其中:一般债务限额…
    (base: all three the city bureau's, indicator 核定佛坪县政府债务限额); 13-zhangzhou: 省财政厅共下达漳州市
    2024年新增专项债券资金118.73亿元 (base: the provincial bureau's); negative: 省财政厅下达资金500万元."""
    doc = extract_text("佛坪县2024年地方政府性债务情况\n2024年,汉中市财政局核定佛坪县政府债务限额78200万元,"
                       "其中:一般债务限额39629万元、专项债务限额38571万元。")
    got = _facts(doc)
    assert ("佛坪县", "政府债务限额", 782000000) in got, got
    assert ("佛坪县", "一般债务限额", 396290000) in got, got
    assert ("佛坪县", "专项债务限额", 385710000) in got, got
    doc = extract_text("漳州争取专项债券 拉动有效投资\n今年来,漳州积极争取专项债券拉动有效投资。目前,省财政厅共下达"
                       "漳州市2024年新增专项债券资金118.73亿元,额度居全省第3位。")
    assert ("漳州市", "新增专项债券资金", 11873000000) in _facts(doc), _facts(doc)
    # negative: 省财政厅下达资金500万元 names no place after the verb: the body keeps its figure
    doc = extract_text("省财政厅支持农村公路养护\n日前,河北省财政厅下达资金500万元,用于农村公路养护。")
    got = _facts(doc)
    assert ("河北省财政厅", "下达资金", 5000000) in got, got


def test_places_after_the_own_tier_take_the_whole_s_measure():
    """07-tongling-special-bond (安徽铜陵市财政局): 全市成功发行新增专项债5.31亿元,其中市本级1.12亿元,铜官区1.6亿元,
    郊区0.78亿元 (base: the districts' indicator 市本级成功发行新增专项债)."""
    doc = extract_text("铜陵市发行新增专项债\n今年一季度全市成功发行新增专项债5.31亿元,其中市本级1.12亿元,"
                       "铜官区1.6亿元,郊区0.78亿元,义安区0.81亿元,枞阳县1亿元。")
    got = {(s, i) for s, i, v in _facts(doc) if v in (160000000, 78000000, 100000000)}
    assert got == {("铜官区", "成功发行新增专项债"), ("郊区", "成功发行新增专项债"),
                   ("枞阳县", "成功发行新增专项债")}, got
    assert ("铜陵市", "市本级成功发行新增专项债", 112000000) in _facts(doc), _facts(doc)


def test_money_backing_works_counts_no_noun():
    """08-huaibei-special-bond (淮北新闻网): 累计发行20.02亿元支持我市淮宿蚌城际铁路、…等重大交通设施建设项目
    (base: indicator 支持我市淮宿蚌城际铁路); negative: 300万元扶持资金 is money's own noun."""
    doc = extract_text("淮北市积极申请新增专项债限额\n2019年以来,淮北市聚焦交通发展瓶颈,累计发行20.02亿元支持我市"
                       "淮宿蚌城际铁路、阜蒙宿城际铁路等重大交通设施建设项目。")
    got = {i for _s, i, v in _facts(doc) if v == 2002000000}
    assert got and not any(i.startswith("支持") for i in got), got
    doc = extract_text("县财政支持合作社发展\n今年,县财政安排300万元扶持资金,支持农民专业合作社发展。")
    assert any(i == "扶持资金" for _s, i, v in _facts(doc) if v == 3000000), _facts(doc)


def test_a_place_opening_an_example_work_s_name_owns_no_count():
    """08-huaibei-special-bond: 发行11.35亿元支持我市境内相山区采煤沉陷区治理一期项目等7个沉陷区环境治理项目
    (base: the 7 projects 相山区's, and the figures after it too); negative: 相山区实施…项目等5个项目, the
    district opening its clause, keeps its count."""
    doc = extract_text("淮北市积极申请新增专项债限额\n近年来,淮北市市财政局积极申请新增专项债限额。聚焦生态环境保护"
                       "治理,发行11.35亿元支持我市境内相山区采煤沉陷区治理一期项目等7个沉陷区环境治理项目;"
                       "聚焦民生保障事业,发行37.99亿元支持医疗卫生、职业教育等社会事业发展。")
    got = {s for s, _i, v in _facts(doc) if v in (7, 3799000000)}
    assert got == {"淮北市"}, _facts(doc)
    doc = extract_text("淮北市推进沉陷区治理\n今年,相山区实施采煤沉陷区治理项目等5个项目。")
    assert ("相山区", "项目", 5) in _facts(doc), _facts(doc)


def test_the_year_s_new_debt_quota_keeps_its_new():
    """12-zhuoni-debt-limit (甘肃卓尼县财政局): 2024年我县新增地方政府债务限额7.3521亿元 beside the whole limit
    县本级地方政府债务限额47.9363亿元 (base: 地方政府债务限额 for the addition, read as the limit itself)."""
    doc = extract_text("卓尼县2024年县本级地方政府债务限额\n2024年我县新增地方政府债务限额7.3521亿元,其中:一般债务"
                       "0.8321亿元,专项债务6.52亿元。因此,2024年县本级地方政府债务限额47.9363亿元。")
    got = _facts(doc)
    assert ("卓尼县", "新增地方政府债务限额", 735210000) in got, got
    assert ("卓尼县", "县本级地方政府债务限额", 4793630000) in got, got


def test_the_exchange_a_body_issues_on_is_no_word_of_the_indicator():
    """04-shanxi-bond-batch9-2024 (黄河新闻网): 山西省财政厅在上海证券交易所成功发行今年第九批政府债券152.01亿元
    (base: indicator 上海证券交易所成功发行今年第九批政府债券)."""
    doc = extract_text("山西发行第九批政府债券\n9月10日,山西省财政厅在上海证券交易所成功发行今年第九批政府债券"
                       "152.01亿元,平均发行利率2.18%。")
    got = {i for _s, i, v in _facts(doc) if v == 15201000000}
    assert got == {"成功发行今年第九批政府债券"}, got


def test_funds_sought_from_above_lose_their_direction():
    """09-gongyi-bond-transfer (河南巩义市财政局): 一季度共向上申报债券项目18个 (base: 上申报债券项目), 积极向上争取
    专项债券资金 (base: 积极向上争取专项债券资金); negative: 入党积极分子 keeps 积极."""
    doc = extract_text("巩义市财政局推进新增债券申报\n一季度共向上申报债券项目18个,总投资48.1亿元。县财政局积极向上争取"
                       "专项债券资金3亿元。全市发展入党积极分子120名。")
    got = {i for _s, i, _v in _facts(doc)}
    assert "申报债券项目" in got and "专项债券资金" in got, got
    assert any("积极分子" in i for i in got), got


def test_a_limit_fixed_for_the_whole_county_is_the_county_s():
    """11-yanjin-debt-note (云南盐津县): 盐津县人大常委会核定全县地方政府债务限额42.45亿元,其中一般债务26.43亿元
    (base: indicator 核定全县地方政府债务限额, and the parts the standing committee's)."""
    doc = extract_text("盐津县举借债务情况说明\n2022年6月,盐津县人大常委会核定全县地方政府债务限额42.45亿元,"
                       "其中一般债务26.43亿元,专项债务16.02亿元。")
    got = _facts(doc)
    assert ("盐津县", "地方政府债务限额", 4245000000) in got, got
    assert ("盐津县", "一般债务", 2643000000) in got, got
