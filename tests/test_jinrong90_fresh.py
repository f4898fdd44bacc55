"""Round 90 (jinrong90): finance news — 人民银行 central sub-branch (中心支行) and city/county sub-branch
(支行) releases of deposits and loans (各项存款余额, 涉农贷款余额, 小微企业贷款余额 with 同比增长, 比年初增加,
同比多增), a rural commercial bank's half-year report, a prefecture's financing by county (市本级) and
village-bank news, from Gansu, Guizhou, Sichuan, Zhejiang, Qinghai, Guangdong and Chongqing (fresh
texts of /tmp/s26/fresh/jinrong90).  Fixes: a bare change opening the clause after a semicolon
(…，高于全省平均贷款增速6.1个百分点；较年初增加208亿元，同比多增47.3亿元) is the change of the level
before the semicolon, as it is after a comma; a basis and a rate noun alone (…贷款余额达1980.5亿元，同比增速为
44.5%) are the level's growth rate; a clause opening with a government's own tier (；市本级融资18.26亿元)
is the whole prefecture's account, not the district listed before it, and one opening with the others
(；其他银行共计发放贷款…) is not the bank's of the clause before."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_bare_change_after_a_semicolon_is_the_levels():
    """06-guizhou-guiyang: 3月末,我省金融机构人民币各项存款余额20721.8亿元,同比增长29.5%,增速高于去年同期12.6个
    百分点,位列全国各省市区第一位;较年初增加1283.1亿元,同比多增594.6亿元 and 全省小微企业贷款余额2894.9亿元,…,高于
    全省平均贷款增速6.1个百分点;较年初增加208亿元,同比多增47.3亿元 (base: bare 较年初增加 and 同比多增, no level)."""
    doc = extract_text("金融运行\n3月末,全省金融机构人民币各项存款余额20721.8亿元,同比增长29.5%,位列全国第一位;"
                       "较年初增加1283.1亿元,同比多增594.6亿元。截至3月末,全省小微企业贷款余额2894.9亿元,同比增长"
                       "26.8%,高于全省平均贷款增速6.1个百分点;较年初增加208亿元,同比多增47.3亿元。")
    got = _indicators(doc)
    assert got[128310000000] == "金融机构人民币各项存款余额较年初增加", got
    assert got[59460000000] == "金融机构人民币各项存款余额同比多增", got
    assert got[20800000000] == "小微企业贷款余额较年初增加", got
    assert got[4730000000] == "小微企业贷款余额同比多增", got
    changes = {m.indicator: m for m in doc.metrics}
    levels = {m.id: m.indicator for m in doc.metrics}
    assert levels.get(changes["小微企业贷款余额较年初增加"].base) == "小微企业贷款余额", changes


def test_a_named_measure_after_a_semicolon_keeps_its_own_name():
    """Precision: a clause after a semicolon naming its own measure (；贷款余额…；实现增加值…) is not prefixed
    with the level before it, nor is a change with no level before the semicolon."""
    doc = extract_text("金融运行\n6月末,全市各项存款余额2000亿元,同比增长8%;各项贷款余额1500亿元,比年初增加100亿元。")
    got = _indicators(doc)
    assert got[150000000000] == "各项贷款余额", got
    assert got[10000000000] == "各项贷款余额比年初增加", got
    doc = extract_text("金融运行\n全市存款增速回落2.1个百分点;同比增长5.2%。")
    assert all("存款增速回落同比" not in i for i in _indicators(doc).values()), _indicators(doc)


def test_a_basis_and_rate_noun_alone_are_the_levels_growth():
    """06-guizhou-guiyang: 3月末,文化体育、公共管理、…等领域贷款余额达1980.5亿元,同比增速为44.5%,高于同期人民币各项
    贷款余额同比增速23.8个百分点 (base: 同比增速 and 同比增速高于…, no level).  A rate noun with a noun of its own
    (服务业同比增速为5%) stays that measure's."""
    doc = extract_text("金融运行\n3月末,全省公共管理等领域贷款余额达1980.5亿元,同比增速为44.5%,高于同期各项贷款增速"
                       "23.8个百分点。")
    got = _indicators(doc)
    assert got[44.5] == "贷款余额同比增速", got
    assert got[23.8].startswith("贷款余额同比增速高于"), got
    doc = extract_text("经济运行\n全县工业增加值达100亿元,服务业同比增速为5.1%。")
    assert _indicators(doc)[5.1] == "服务业同比增速", _indicators(doc)


def test_a_clause_of_the_citys_own_tier_is_the_citys():
    """04-qinghai-haidong: …乐都区融资32.58亿元,…同比增长37.8%;市本级融资18.26亿元,较去年同期增加4.88亿元
    (base: 市本级融资 of 乐都区, the district listed before it).  The district's own clause keeps the district."""
    doc = extract_text("海东市全社会融资保持增长\n截至4月末,互助土族自治县融资34.89亿元,同比增长77.8%;乐都区融资32.58亿元,"
                       "同比增长37.8%;市本级融资18.26亿元,较去年同期增加4.88亿元,同比增长36.5%;平安区融资10.92亿元,"
                       "同比下降6.9%。")
    got = _metrics(doc)
    assert ("海东市", "市本级融资", 1826000000, "元") in got, got
    assert not any(s == "乐都区" and i.startswith("市本级") for s, i, *_ in got), got
    assert ("乐都区", "融资", 3258000000, "元") in got, got
    assert ("平安区", "融资", 1092000000, "元") in got, got


def test_a_clause_of_the_other_banks_is_not_the_bank_before():
    """04-qinghai-haidong: 农业银行发放贷款7.84亿元,…占全市全社会融资总额的5.9%;其他银行共计发放贷款30.09亿元,占全市
    全社会融资总额的22.8% (base: the other banks' loans were 中国农业银行's).  The bank's own clause keeps the bank."""
    doc = extract_text("海东市全社会融资保持增长\n截至4月末,农业银行发放贷款7.84亿元,较去年同期增加0.93亿元,增长13.5%;"
                       "其他银行共计发放贷款30.09亿元,占全市全社会融资总额的22.8%。")
    got = _metrics(doc)
    assert not any(s == "中国农业银行" and i.startswith("其他银行") for s, i, *_ in got), got
    assert any(s == "海东市" and i.startswith("其他银行") for s, i, *_ in got), got
    assert ("中国农业银行", "贷款", 784000000, "元") in got, got
