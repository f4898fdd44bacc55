"""Round 52 (drug52): food, drug and cosmetics spot checks from fresh texts of
/tmp/s26/fresh/drug52: the producer a notice names after 标称 and before 生产的 is a company (no
学生 made of its 公司生), its registered name keeps the bare province and county it opens with
(贵州黄平…有限公司); kinds of shop jieba tags ns (黑店, 美容店) and a chain's brand (华联) are no
places; a province's own bureau reporting shops of one city keeps the province's story."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_the_labelled_producer_of_a_spot_check_is_a_company():
    """贵州省市场监管局 2019年第46期 抽检信息 (wiki.antpedia.com): 白云区吴委芬便利店销售的、标称贵州风清杨
    生态农业发展有限公司生产的土豆丝; …标称广东皇麦世家食品有限公司生产的…黑芝麻糊 (base: no company at
    all, 公司|生 read as 学生; a generic 加工厂 of …祺玥峰食品加工厂生产的)."""
    doc = extract_text("贵州发布最新抽检信息\n"
                       "白云区吴委芬便利店销售的、标称贵州风清杨生态农业发展有限公司生产的土豆丝,大肠菌群不符合规定;"
                       "贵州富万家商贸有限责任公司销售的、标称广东皇麦世家食品有限公司生产的黑芝麻糊,霉菌不符合规定;"
                       "织金县福乐多购物广场销售的、标称安顺市平坝区祺玥峰食品加工厂生产的土豆片,菌落总数不符合规定。")
    orgs = _names(doc, "Organization")
    assert {"贵州风清杨生态农业发展有限公司", "广东皇麦世家食品有限公司",
            "安顺市平坝区祺玥峰食品加工厂"} <= orgs, orgs
    assert "加工厂" not in orgs and not any(o.startswith("标称") for o in orgs), orgs


def test_a_registered_name_keeps_its_bare_province_and_county():
    """Same notice: 贵州农源达企业管理有限公司销售的、标称贵州黄平牛老大食品有限公司生产的牛老大牌牛肉干 —
    the registered name opens with 贵州黄平 (base: 黄平牛老大食品有限公司, the province cut off as if it
    were where the company is); a school after its province keeps the province out (东丰县第五中学)."""
    doc = extract_text("贵州发布最新抽检信息\n"
                       "贵州农源达企业管理有限公司销售的、标称贵州黄平牛老大食品有限公司生产的牛老大牌牛肉干,"
                       "菌落总数不符合产品执行标准规定。")
    assert "贵州黄平牛老大食品有限公司" in _names(doc, "Organization")
    assert ("贵州黄平牛老大食品有限公司", "黄平县") in relation_pairs(doc, "locatedIn")
    school = extract_text("学校开展安全检查\n吉林东丰县第五中学开展食品安全检查。")
    assert "东丰县第五中学" in _names(school, "Organization")


def test_kinds_of_shop_and_a_chain_s_brand_are_no_places():
    """海口 (news.sohu.com 2006): 取缔无照经营的黑店281家; 埇桥区: 以超市、化妆品专营店、美容店等化妆品经营
    使用单位为重点; 贵州: 贵安新区湖潮乡世纪华联生鲜超市销售的 (base: places 黑店, 美容店, 华联, and the
    figure's subject 黑店)."""
    doc = extract_text("海口整治餐饮业市场\n海口工商部门开展了餐饮业市场专项整治工作,取缔无照经营的黑店281家。"
                       "此次检查主要以超市、化妆品专营店、美容店等化妆品经营使用单位为重点。"
                       "贵安新区湖潮乡世纪华联生鲜超市销售的土豆片不合格。")
    places = _names(doc, "Place")
    assert not places & {"黑店", "美容店", "华联"}, places
