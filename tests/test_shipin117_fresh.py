"""Round 117 (shipin117): food-safety sampling and special-equipment inspection — 市场监管 notices of 食品安全监督抽检
results (批次, 不合格率, the shops and firms a failed batch names), 特种设备 campaigns, 食安办 notices, at every level
(市场监管总局 2023 通告, 大同市 2021 抽检, 贵州省 第46期, 广东省 2025 第21期, 深圳市 第十期, 黔西南州 公告, 蓬莱区,
屏边县 and 连云港开发区 and 福州市 特种设备, 海口市食安办, 涡阳县石弓所; fresh texts of /tmp/s27/txt/shipin117).
Fixes (base → now):
- the shops and eateries a sampling notice names as seller or user (汇川区添阳美宜佳超市, 南村健荣饮食店,
  贵阳云岩上井火锅店, 织金县福乐多购物广场): none → organisations (organization_suffixes; the kind alone after a
  scope, 商场、超市等重点场所, names none);
- a verb the dictionary reads inside the place opening a firm's name (贵|安|新区湖潮乡世纪华联生鲜超市):
  新区湖潮乡… → 贵安新区湖潮乡…;
- a lone character and a one-character "verb" after the opening province (委托广东南兴天虹果仁制品有限公司):
  天虹果仁制品有限公司 → 广东南兴天虹果仁制品有限公司;
- a breach word opening with 超 after a rate in % (微生物污染18.81%,超范围超限量使用食品添加剂13.08%):
  微生物污染超范围超限量使用食品添加剂 → 超范围超限量使用食品添加剂 (no yardstick compared);
- a list's label and copula before the first item (涉及不合格食品类别为淀粉及淀粉制品1批次):
  不合格食品类别为淀粉及淀粉制品 → 淀粉及淀粉制品;
- 在用 of equipment in service (全市在用电梯12356台): 用电梯 → 在用电梯;
- foods named after their style's town (超市销售的金华火腿、涪陵榨菜、兰州牛肉面): places 金华市, 涪陵, 兰州市 → none;
- one kind of two to four characters before 等 and a short head (重金属等污染5.85%): 污染 → 重金属等污染.
Kept as they were (guards): 商场、超市等 and 慈善爱心超市 name no shop; 超全省平均 still compares the rate; a list
before 等 is still cut; a branch named by its city (北京华联遵义分公司, relations._branch_division) stays located
there once 北京华联 reads as a store's brand (the one city among its short name's readings)."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_shops_of_a_sampling_notice_are_organisations():
    """03-guizhou, 04-guangdong: the seller or user of a failed batch; base: none of them."""
    doc = extract_text("汇川区添阳美宜佳超市销售的土豆片,织金县福乐多购物广场销售的土豆片(切片型),"
                       "贵阳云岩上井火锅店使用的骨碟,广州市番禺区南村健荣饮食店使用的汤碗,大肠菌群不符合食品安全国家标准规定。")
    got = _orgs(doc)
    for name in ("汇川区添阳美宜佳超市", "织金县福乐多购物广场", "贵阳云岩上井火锅店", "广州市番禺区南村健荣饮食店"):
        assert name in got, got


def test_a_shop_kind_alone_names_no_organisation():
    """Guard: 超市, 餐饮店 after a scope or in a list of kinds are no shop's name."""
    doc = extract_text("对商场、超市、旅游景区等重点场所和辖区餐饮店开展检查,督促大型超市落实主体责任。")
    assert not any(o.endswith(("超市", "餐饮店")) for o in _orgs(doc)), _orgs(doc)


def test_a_new_area_opening_a_shop_stays_whole():
    """03-guizhou: 贵安新区湖潮乡世纪华联生鲜超市销售的; base: 新区湖潮乡… (安 read as a verb)."""
    doc = extract_text("贵安新区湖潮乡好又多便利店销售的土豆片,菌落总数不符合产品执行标准规定。")
    assert "贵安新区湖潮乡好又多便利店" in _orgs(doc), _orgs(doc)


def test_a_commissioned_maker_keeps_its_brand():
    """Modelled on a 总局 通告: 委托广东南兴天虹果仁制品有限公司生产的; base: 天虹果仁制品有限公司."""
    doc = extract_text("标称广东省深圳市百果心享科技发展有限责任公司委托广东南兴天虹果仁制品有限公司生产的开心果。")
    assert "广东南兴天虹果仁制品有限公司" in _orgs(doc), _orgs(doc)


def test_a_breach_after_a_rate_is_its_own_item():
    """01-samr: 微生物污染18.81%,超范围超限量使用食品添加剂13.08%; base: 微生物污染超范围超限量使用食品添加剂."""
    doc = extract_text("2023年,不合格项目占抽检不合格样品总量为:微生物污染18.81%,超范围超限量使用食品添加剂13.08%。")
    got = _indicators(doc)
    assert "超范围超限量使用食品添加剂" in got and "微生物污染" in got, got


def test_a_yardstick_after_a_rate_is_still_compared():
    """Guard: 超 before a scope still compares the rate (森林覆盖率达65.3%,超全省平均10.2个百分点)."""
    doc = extract_text("2023年,全县森林覆盖率达65.3%,超全省平均10.2个百分点。")
    assert any(i.startswith("森林覆盖率") for i in _indicators(doc) if i != "森林覆盖率"), _indicators(doc)


def test_a_list_label_is_no_part_of_the_first_item():
    """05-shenzhen: 涉及不合格食品类别为淀粉及淀粉制品1批次,方便食品1批次; base: 不合格食品类别为淀粉及淀粉制品."""
    doc = extract_text("2021年,深圳市发现不合格样品6批次。涉及不合格食品类别为淀粉及淀粉制品1批次,方便食品1批次。"
                       "不合格项目主要为农药残留超标3批次。")
    got = _indicators(doc)
    assert "淀粉及淀粉制品" in got and "农药残留超标" in got, got
    assert not any("为" in i for i in got), got


def test_a_rate_after_its_copula_keeps_its_name():
    """Guard: 合格率为97.91% has its figure right after the copula: the name stays."""
    doc = extract_text("2021年,大同市食品抽检合格率为97.91%,不合格率为2.09%。")
    got = _indicators(doc)
    assert "食品抽检合格率" in got, got


def test_equipment_in_service_keeps_its_word():
    """Modelled on 特种设备 reports: 全市在用电梯12356台; base: 用电梯."""
    doc = extract_text("截至2023年底,全市在用电梯12356台,在用特种设备5.6万台。")
    got = _indicators(doc)
    assert "在用电梯" in got and "在用特种设备" in got, got


def test_a_scope_opened_by_zai_is_still_cut():
    """Guard: 在 opening a scope is no word of the count (在全市范围内检查企业32家)."""
    doc = extract_text("在全市范围内检查企业32家。")
    assert "检查企业" in _indicators(doc), _indicators(doc)


def test_foods_named_after_towns_are_no_places():
    """Modelled on a 总局 通告's samples: 超市销售的金华火腿、涪陵榨菜、兰州牛肉面; base: 金华市, 涪陵, 兰州市."""
    doc = extract_text("重庆市永川区好又多生鲜超市销售的兰州牛肉面、金华火腿,涪陵榨菜,霉菌不符合食品安全国家标准规定。")
    got = _places(doc)
    assert not got & {"金华市", "兰州市", "涪陵", "涪陵区"}, got
    assert "重庆市" in got, got


def test_a_town_named_outside_a_food_stays_a_place():
    """Guard: the town itself (涪陵区开展检查, 金华市市场监管局) is still a place."""
    doc = extract_text("涪陵区市场监管局开展榨菜生产企业检查。金华市开展火腿产业专项检查。")
    got = _places(doc)
    assert "涪陵区" in got and "金华市" in got, got


def test_one_kind_before_etc_stays_with_its_short_head():
    """01-samr: 重金属等污染5.85%; base: 污染 (the kind cut at 等)."""
    doc = extract_text("2023年,不合格项目占抽检不合格样品总量为:重金属等污染5.85%,质量指标不达标4.60%。")
    assert "重金属等污染" in _indicators(doc), _indicators(doc)


def test_a_list_before_etc_is_still_cut():
    """Guard: a list closed by 等 (主要农产品、畜产品等产量) or a long head after it is cut at 等."""
    doc = extract_text("2023年,粮食等作物播种面积120万亩。")
    assert "作物播种面积" in _indicators(doc), _indicators(doc)


def test_a_charity_shop_kind_names_no_organisation():
    """Guard (minzheng115 10-nanjiang): 新增慈善爱心超市16家 is a kind of service point, no shop; a village's still is one."""
    doc = extract_text("4、慈善爱心超市建设。全县在城镇社区和农村新增慈善爱心超市16家。李家村爱心超市开业。")
    got = _orgs(doc)
    assert "慈善爱心超市" not in got, got
