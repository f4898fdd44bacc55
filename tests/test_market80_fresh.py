"""Round 80 (market80): market-regulation and tax news from fresh texts of /tmp/s26/fresh/market80
(秦安县 food sampling, 福州 special equipment, 咸宁 trademark and patent figures, 乡宁县, 聊城 and 常州新北
festival price checks, 肇东 local tax bureau): the filing verb 申报 (which jieba tags nz) read as no
word of the cooperative's name it files for, a quoted pair of holidays (“双节”, “两节”) read as the
time of the work and no programme, and a verb of checking or visiting before a list closed by 等 kept
in the indicator of the figure after it (检查单位, not a bare 单位)."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_filing_verb_is_no_part_of_the_cooperative_s_name():
    """03-xianning-shangbiao (咸宁市市场监督管理局): 向国家局申报嘉鱼县富德蔬菜专业合作社使用嘉鱼莲藕地理标志专用标志
    (base: an Organization 国家局申报嘉鱼县富德蔬菜专业合作社)."""
    doc = extract_text("咸宁市一季度商标专利统计\n向省局申报赤壁青砖茶授权11家企业使用地理标志专用标志,"
                       "向国家局申报嘉鱼县富德蔬菜专业合作社使用嘉鱼莲藕地理标志专用标志。")
    assert "嘉鱼县富德蔬菜专业合作社" in _orgs(doc), _orgs(doc)
    assert not any("申报" in o for o in _orgs(doc)), _orgs(doc)


def test_a_quoted_pair_of_holidays_is_no_programme():
    """06-xinbei-longhutang (常州新北区): 区市场监管局龙虎塘分局集中开展“双节”前市场价格专项检查 (base: a
    Programme 双节 the bureau runs); a quoted campaign after 开展 is still one."""
    doc = extract_text("双节前价格检查\n9月23日至9月26日,区市场监管局龙虎塘分局集中开展“双节”前市场价格专项检查。")
    assert "双节" not in _programmes(doc), _programmes(doc)
    doc = extract_text("两节前检查\n1月10日,县市场监管局开展“两节”前食品安全专项检查。")
    assert "两节" not in _programmes(doc), _programmes(doc)
    kept = extract_text("清源行动\n近日,县市场监管局开展“清源”行动。")
    assert "清源" in _programmes(kept), _programmes(kept)


def test_a_checking_verb_before_a_listed_kind_stays_in_the_indicator():
    """05-liaocheng-jiage (聊城市): 全市共派出执法人员2192人次,检查大型商超、商铺、药店等单位1045家次 (base: the
    indicator 单位, what was done to them lost); a list after 对 (检查人员对…) opens with no verb, and a list
    with no verb before it keeps its noun alone."""
    doc = extract_text("聊城市春节价格巡查\n春节期间,全市共派出执法人员2192人次,检查大型商超、商铺、药店等单位1045家次,"
                       "发放提醒告诫函4740张。")
    got = _metrics(doc)
    assert ("检查单位", 1045, "家次") in got, got
    assert ("派出执法人员", 2192, "人次") in got, got
    doc = extract_text("某县价格检查\n今年以来,全县共走访重点企业、个体工商户等经营主体300家。")
    assert ("走访经营主体", 300, "家") in _metrics(doc), _metrics(doc)
    neg = extract_text("某县价格检查\n检查人员对商超、药店等场所检查120家次。主要农产品、畜产品等产量1200吨。")
    got = {m.indicator for m in neg.metrics}
    assert "检查场所检查" not in got and "产量" in got, got


def test_work_done_for_another_tier_is_counted_without_its_helping_verb():
    """01-qinan-choujian (秦安县市场监督管理局): 配合完成市级食品抽样219批次,其中餐饮具148批次 (base: indicators
    配合完成市级食品抽样 and 餐饮具配合完成市级食品抽样); a county's own sampling keeps its noun."""
    doc = extract_text("秦安县食品安全监督抽检\n截至目前,共完成县级抽样331批次,其中食用农产品155批次。"
                       "配合完成市级食品抽样219批次,其中餐饮具148批次。")
    got = _metrics(doc)
    assert ("市级食品抽样", 219, "批次") in got, got
    assert ("餐饮具市级食品抽样", 148, "批次") in got, got
    assert ("县级抽样", 331, "批次") in got and ("食用农产品", 155, "批次") in got, got


def test_a_campaign_named_only_by_its_time_is_no_programme():
    """05-liaocheng-jiage (聊城市市场监管局): 三是开展节前专项行动 (base: a Programme 节前专项行动, the kind of
    campaign held before the festival); a campaign with a name of its own stays one."""
    doc = extract_text("聊城市节日价格监管\n三是开展节前专项行动。春节前,分别开展“菜篮子”市场价格专项整治行动。")
    assert "节前专项行动" not in _programmes(doc), _programmes(doc)
    doc = extract_text("某县新闻\n县公安局开展年底专项整治行动。")
    assert not any(p.startswith("年底") for p in _programmes(doc)), _programmes(doc)
    kept = extract_text("某县新闻\n县市场监管局开展食品安全专项整治行动。")
    assert "食品安全专项整治行动" in _programmes(kept), _programmes(kept)
