"""Round 87 (gongjijin87): housing-fund (住房公积金) and medical-insurance (医疗保障) figures — the national
housing-fund annual report 2022 and the national medical-security statistics bulletin 2022 as the press
carried them, two housing-fund centres' notices on the contribution base (长春省直住房公积金管理分中心, 吉林;
保山市住房公积金管理中心, 云南) and the 2022 annual-report figures of Beijing, Shanghai and Wuhan — from fresh
texts of /tmp/s26/fresh/gongjijin87.  Fixes: a housing-fund centre's branch is an agency — the
管理分中心 named by the fund (吉林省住房公积金管理分中心), the centre of the province's own organs in its
capital (河北省省直住房公积金管理中心; 长春省直…, the capital written short before 省直), and a city centre's branch in one of its districts named after the
centre (哈尔滨住房公积金管理中心道里分中心, as 临汾市生态环境局霍州分局 is a bureau's); 分X is the branch of a body
ending in X only (a 局 has no 分中心 of this kind).  Figures: an amount a rule is applied at (按22,212元执行) counts
no noun 执行, the measure is the words before 按; 住院/门诊 and 职工/居民 are the paired halves of a
respectively list (住院和门诊费用…分别达到); verbs of having (设有, 建有) and a notice's 现将 open no indicator, and
调整后 closes none."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_housing_fund_branch_centre_is_an_agency():
    """03-changchun-shengzhi-jiaocun-jishu: signed 长春省直住房公积金管理分中心 (base: no agency at all; 管理分中心
    was no unit suffix).  Modelled with the province's branch written after its place."""
    doc = extract_text("关于调整缴存基数上限的通知\n吉林省住房公积金管理分中心发布通知,调整后为24,284元。")
    assert "吉林省住房公积金管理分中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("长春市住房公积金管理分中心发布通知。")
    assert "长春市住房公积金管理分中心" in _agencies(doc), _agencies(doc)


def test_provincial_organs_housing_fund_centre():
    """03-changchun-shengzhi-jiaocun-jishu: the notice concerns 省直住房公积金 (the fund of the province's own
    organs, run by a centre in the capital: 河北省省直住房公积金管理中心); base read no agency in
    河北省省直住房公积金管理中心."""
    doc = extract_text("河北省省直住房公积金管理中心发布通知。")
    assert "河北省省直住房公积金管理中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("长春省直住房公积金管理分中心发布通知。")
    assert "长春市省直住房公积金管理分中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("长春省内各地发布通知。")  # (省 after the short name still opens no place of its own)
    assert not _agencies(doc), _agencies(doc)


def test_city_centres_district_branch():
    """03-changchun-shengzhi-jiaocun-jishu (a 分中心 signing its notice): a city centre's branch in a district
    named after the centre (哈尔滨住房公积金管理中心道里分中心; base: the city centre only, 道里 a place and
    分中心 dropped).  A bureau's 分中心 is no such branch, and a word naming no district of the city
    (电力分中心) is left alone."""
    doc = extract_text("哈尔滨住房公积金管理中心道里分中心发布通知。")
    assert "哈尔滨市住房公积金管理中心道里分中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("哈尔滨市公安局道里分中心发布通知。")
    assert not any(a.endswith("分中心") for a in _agencies(doc)), _agencies(doc)
    doc = extract_text("哈尔滨住房公积金管理中心电力分中心发布通知。")
    assert not any(a.endswith("电力分中心") for a in _agencies(doc)), _agencies(doc)
    doc = extract_text("临汾市生态环境局霍州分局发布通知。")
    assert "临汾市生态环境局霍州分局" in _agencies(doc), _agencies(doc)


def _metrics(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_amount_a_rule_is_applied_at():
    """04-baoshan-jiaocun-jishu: 保山市住房公积金最高月缴存基数按22,212元执行 (base: indicator 执行, the verb
    closing the clause).  The noun before 按 is the measure; a noun after 执行 is still counted (20余名执行干警)."""
    got = _metrics(extract_text("2022年,保山市住房公积金最高月缴存基数按22,212元执行。住宿费按每人每天380元执行。"))
    assert got.get(22212) == "住房公积金最高月缴存基数", got
    assert got.get(380) == "住宿费", got
    got = _metrics(extract_text("法院组织20余名执行干警分为三路开展行动。"))
    assert got.get(20) == "执行干警", got


def test_paired_halves_of_medical_insurance():
    """02-quanguo-yibao-2022-gongbao: 住院和门诊费用跨省联网定点医疗机构分别达到6.27万家和8.87万家 (base: both figures
    住院和门诊费用跨省联网定点医疗机构).  住院/门诊 and 职工/居民 are the halves of one measure, as 城镇/农村 are."""
    got = _metrics(extract_text("2022年,住院和门诊费用跨省联网定点医疗机构分别达到6.27万家和8.87万家。"))
    assert got == {62700: "住院费用跨省联网定点医疗机构", 88700: "门诊费用跨省联网定点医疗机构"}, got
    got = _metrics(extract_text("2022年,职工和居民医保参保人数分别为3.6亿人和9.8亿人。"))
    assert got == {360000000: "职工医保参保人数", 980000000: "居民医保参保人数"}, got
    got = _metrics(extract_text("2022年,城镇和农村居民人均可支配收入分别达到4.5万元和2.1万元。"))
    assert got == {45000: "城镇居民人均可支配收入", 21000: "农村居民人均可支配收入"}, got


def test_verbs_of_having_and_notice_words_are_no_indicator():
    """01-quanguo-gongjijin-2022-nianbao: 截至2022年末,全国共设有住房公积金管理中心341个 (base: 设有住房公积金管理中心);
    03-changchun-shengzhi-jiaocun-jishu: 现将…缴存基数上限进行调整,调整后为24,284元 (base: indicator 调整后).
    A noun that only opens with such characters keeps them (建有率)."""
    got = _metrics(extract_text("截至2022年末,全国共设有住房公积金管理中心341个。全县建有村卫生室120个。"))
    assert got.get(341) == "住房公积金管理中心" and got.get(120) == "村卫生室", got
    got = _metrics(extract_text("现将全市最低工资标准调整为1900元。月缴存基数上限调整后为24284元。"))
    assert got.get(1900) == "最低工资标准" and got.get(24284) == "月缴存基数上限", got
    got = _metrics(extract_text("全县建有率达到95%。"))
    assert got.get(95) == "建有率", got
