"""Round 116 (dianshang116): rural e-commerce, consumption and commerce bureau news — 商务部 press briefings on
rural online retail (2016 全国农村网络零售额, 1至7月 农产品网络零售额, 县域商业三年行动计划, 832个国家级贫困县), 福建省商务厅
on rural online retail and 淘宝镇/淘宝村, 四川 中江县 county commerce, 福州 消费券 and 带动比例, 四川省商务厅 国庆 社零 with
city breakdowns, 西藏 上半年网络零售额 and 村级服务点 (fresh texts of /tmp/s27/txt/dianshang116).  Fixes (base → now):
- a clause of places, one change verb and as many figures joined by 、 pairs them in order, as 分别 would
  (德阳市、广元市、广安市、雅安市同比增长13.2%、10%、8.5%、4.5%): 雅安市 13.2%, 四川省 ×3 → 德阳市 13.2%, 广元市 10%,
  广安市 8.5%, 雅安市 4.5%;
- a commerce report's retail totals are results a verb of achieving drops before (全区实物商品实现网络零售额60.4亿元):
  实物商品实现网络零售额 → 实物商品网络零售额; and 累计实现 before retail totals (四川累计实现社会消费品零售总额
  520.8亿元): 累计实现社会消费品零售总额 → 社会消费品零售总额;
- an amount after 超过 is the bound of a class quoted or modified, counted next (年交易额超过3000万元的“淘宝镇”204个,
  年销售额超500万元的网店86家): a level 已有电子商务年交易额 3000万元 → none (only the count);
- 延时 (延时经营, jieba's ns) is no place: Place 延时 → none;
- the e-commerce and delivery platforms (拼多多, 美团外卖, 苏宁易购, 顺丰速运) are organisations: none → Organization;
- 带动/拉动 before 比 is the noun of a voucher scheme's leverage (直接带动消费2.1亿元,带动比例7.6倍): 比例 → 带动比例."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def _by_value(doc) -> dict:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_place_list_pairs_with_its_figures_without_fenbie():
    """07-sichuan-guoqing: 德阳市、广元市、广安市、雅安市同比增长13.2%、10%、8.5%、4.5%; base: 13.2% the last
    place's (雅安市), the rest the province's."""
    doc = extract_text("四川省商务厅\n监测数据显示，我省322家重点零售企业销售收入同比增长1%，"
                       "德阳市、广元市、广安市、雅安市同比增长13.2%、10%、8.5%、4.5%。")
    got = _by_value(doc)
    assert got[13.2] == "德阳市" and got[10] == "广元市", got
    assert got[8.5] == "广安市" and got[4.5] == "雅安市", got


def test_a_place_list_with_another_verb_stays_unpaired():
    """Guard: a list before a verb that is no bare change verb (德阳、广元实现零售额…) is left to the other rules,
    and a list of as many places as figures with fenbie still pairs by 分别."""
    doc = extract_text("四川省商务厅\n德阳市、宜宾市、资阳市同比分别增长45.4%、15%、11.2%。")
    got = _by_value(doc)
    assert got[45.4] == "德阳市" and got[15] == "宜宾市" and got[11.2] == "资阳市", got
    doc = extract_text("四川省商务厅\n城镇、农村居民人均消费支出增长4.6%、8.3%。")
    assert not any(v in ("德阳市",) for v in _by_value(doc).values())


def test_a_verb_of_achieving_is_no_word_of_a_retail_total():
    """08-xizang: 全区实物商品实现网络零售额60.4亿元; 07-sichuan-guoqing: 四川累计实现社会消费品零售总额520.8亿元左右;
    base: 实物商品实现网络零售额, 累计实现社会消费品零售总额."""
    doc = extract_text("西藏自治区商务厅\n上半年,全区实物商品实现网络零售额60.4亿元,同比增长54.2%。")
    assert "实物商品网络零售额" in _indicators(doc), _indicators(doc)
    doc = extract_text("四川省商务厅\n国庆期间，四川累计实现社会消费品零售总额520.8亿元左右。")
    assert "社会消费品零售总额" in _indicators(doc), _indicators(doc)


def test_an_exceeded_amount_bounds_a_quoted_or_modified_class():
    """04-fujian: 已有电子商务年交易额超过3000万元的“淘宝镇”204个; base: a level 已有电子商务年交易额 of 3000万元."""
    doc = extract_text("福建省商务厅\n目前福建已有电子商务年交易额超过3000万元的“淘宝镇”204个，"
                       "电子商务年交易额超过1000万元的“淘宝村”643个。")
    got = _metrics(doc)
    assert not any(v in (30000000, 10000000) for _i, v, _u in got), got
    assert any(v == 204 for _i, v, _u in got) and any(v == 643 for _i, v, _u in got), got
    doc = extract_text("某县商务局\n全县培育年销售额超500万元的网店86家。")
    got = _metrics(doc)
    assert not any(v == 5000000 for _i, v, _u in got), got


def test_an_exceeded_amount_of_a_longer_noun_stays():
    """Guard: an amount after 超过 before a noun that is no class counted next stays a figure (超过5亿元的项目投资: no
    count after the class; 年销售额超500万元 alone)."""
    doc = extract_text("某县商务局\n全县电商企业年销售额超500万元，同比增长12%。")
    assert any(v == 5000000 for _i, v, _u in _metrics(doc)), _metrics(doc)


def test_extended_hours_are_no_place():
    """07-sichuan-guoqing: 各大商家…推出线上线下促销、场景营销、延时经营等惠民促销活动; base: Place 延时."""
    doc = extract_text("四川省商务厅\n各大商家推出线上线下促销、场景营销、延时经营等惠民促销活动。")
    assert "延时" not in _names(doc, "Place"), _names(doc, "Place")


def test_e_commerce_platforms_are_organisations():
    """Rural e-commerce news names the platforms (拼多多, 美团外卖, 苏宁易购, 顺丰速运); base: none of them."""
    doc = extract_text("某县商务局\n依托拼多多、美团外卖、苏宁易购等平台开展直播带货，顺丰速运在全县设立网点。")
    got = _names(doc, "Organization")
    assert {"拼多多公司", "美团公司", "苏宁易购集团股份有限公司", "顺丰控股股份有限公司"} <= got, got


def test_platform_characters_inside_words_name_no_company():
    """Guard: 美团 inside 完美团队 and 顺丰 inside 雨顺丰收 are no platform."""
    doc = extract_text("某县商务局\n今年风调雨顺丰收在望，全县打造完美团队。")
    got = _names(doc, "Organization")
    assert "美团公司" not in got and "顺丰控股股份有限公司" not in got, got


def test_a_voucher_leverage_keeps_its_verb():
    """05-fuzhou-xiaofeiquan: 核销金额2753万元,直接带动消费2.1亿元,带动比例7.6倍; base: the ratio's indicator 比例."""
    doc = extract_text("福州市商务局\n核销金额2753万元，直接带动消费2.1亿元，带动比例7.6倍。")
    assert "带动比例" in _indicators(doc), _indicators(doc)
