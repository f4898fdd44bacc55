"""Round 68 (sampling68): market-supervision sampling and inspection notices from fresh texts of
/tmp/s26/fresh/sampling68 (食品安全监督抽检 通告 of 广东, 四川, 湖北, 云南, 江阴, 大同, 兰州; 产品质量监督抽查 of
东莞, 高要, 岳阳, 华亭 and the national office): the vegetable 上海青 read as no place, a rate per thousand
people (批次/千人) read as one unit, and a list of food categories before …的抽检不合格率分别为 paired item by
item with its figures (a modifier before the first item, 及其 inside an item, a category written with a
、 inside it after the list's 和), each rate a level as one item's is; a labelled producer's brand after its
places (标称吉林市同笙瑞…有限公司) and a company's branch that produced the food (…有限公司南通分公司生产的) kept whole;
a sample's date (抽样日期) no date of the notice; a fertiliser maker named by its trade (湖南中科肥业) a company;
a sum of fines written with 万 and no 元 (罚没款12.03万) money; a testing institute named by its city
(平凉市产品质量监督检验中心) an organisation; a producer's brand after 标称 no leading verb (标称永达食业有限公司)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_vegetable_named_after_a_city_is_no_place():
    """14-hubei-2019-49qi (湖北省市场监督管理局 抽检公告): 武汉武商超市管理有限公司凤凰店销售的上海青(白菜)
    (base: a Place 上海市); the company's own 武汉 stays a place."""
    doc = extract_text("湖北省市场监督管理局食品安全监督抽检信息公告\n武汉武商超市管理有限公司凤凰店销售的上海青(白菜),"
                       "毒死蜱检出值为0.22mg/kg,标准规定为≤0.1mg/kg。")
    assert "上海市" not in _places(doc), _places(doc)
    assert "湖北省" in _places(doc), _places(doc)
    other = extract_text("上海市市场监管局发布通告\n上海青年创业园区新增企业120家。")
    assert "上海市" in _places(other), _places(other)


def test_a_rate_per_thousand_people_is_one_unit():
    """04-datong-2021 (大同日报): 抽检量达到5.36批次/千人,比2020年的3.23批次/千人增加了2.13批次/千人 (base:
    the indicator /千人 and the unit 批次)."""
    doc = extract_text("2021年大同市食品抽检合格率达97.91%\n2021年,全市抽检量达到5.36批次/千人,"
                       "比2020年的3.23批次/千人增加了2.13批次/千人。")
    got = _metrics(doc)
    assert ("抽检量", 5.36, "批次/千人") in got, got
    assert not any(i.startswith("/") for i, _, _ in got), got


def test_food_categories_listed_before_respective_rates():
    """02-guangdong-2023h1 (广东省市场监督管理局 通告): 居民消费量较大的乳制品、粮食加工品、肉制品、食用农产品和
    食用油、油脂及其制品的抽检不合格率分别为0.07%、0.30%、0.91%、3.71%、0.38% (base: all five
    油脂及其制品的抽检不合格率)."""
    doc = extract_text("广东省市场监督管理局关于2023年上半年食品安全监督抽检情况的通告\n从抽检食品品种来看,居民消费量较大的"
                       "乳制品、粮食加工品、肉制品、食用农产品和食用油、油脂及其制品的抽检不合格率分别为0.07%、0.30%、"
                       "0.91%、3.71%、0.38%。")
    got = _metrics(doc)
    assert ("乳制品的抽检不合格率", 0.07, "%") in got, got
    assert ("食用农产品的抽检不合格率", 3.71, "%") in got, got
    assert ("食用油、油脂及其制品的抽检不合格率", 0.38, "%") in got, got
    kinds = {m.indicator: m.kind for m in doc.metrics}
    assert kinds["乳制品的抽检不合格率"] == "level", kinds  # each category's rate, as one category's is


def test_a_plain_list_of_shares_keeps_its_items():
    """Negative check: 煤、油、气、其他能源的比重分别为… keeps one item a figure; 和 inside a list with
    as many figures as items joins nothing."""
    doc = extract_text("能源结构持续优化\n全省一次能源消费结构中,煤、油、气、其他能源的比重分别为42.9%、33.8%、5.7%、17.6%。"
                       "小麦、玉米和稻谷、大豆的种植比重分别为30%、25%、20%、10%。")
    got = _metrics(doc)
    assert ("煤的比重", 42.9, "%") in got and ("气的比重", 5.7, "%") in got, got
    assert ("其他能源的比重", 17.6, "%") in got, got  # (、 before 其他: a join, only 及其 is no join)
    assert {m.kind for m in doc.metrics if m.indicator.endswith("的比重")} == {"share"}, doc.metrics
    assert ("稻谷的种植比重", 20, "%") in got and ("大豆的种植比重", 10, "%") in got, got


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_labelled_producer_keeps_its_brand_after_its_places():
    """01-national-mooncake-2022 (市场监管总局 月饼专项监督抽检): 标称吉林省吉林市同笙瑞食品有限公司生产的蛋月烧
    青丝玫瑰月饼 (base: an Organization 笙瑞食品有限公司, cut at the 同 after the city); a conjunction after a
    place elsewhere still joins two bodies."""
    doc = extract_text("市场监管总局开展月饼专项监督抽检\n吉林省吉林市永鑫万客隆商贸集团有限公司销售的、标称吉林省吉林市"
                       "同笙瑞食品有限公司生产的蛋月烧青丝玫瑰月饼,其中霉菌数不符合食品安全国家标准规定。")
    assert "吉林市同笙瑞食品有限公司" in _orgs(doc), _orgs(doc)
    assert "笙瑞食品有限公司" not in _orgs(doc), _orgs(doc)
    other = extract_text("合作协议签约仪式举行\n日前,江苏省与华为技术有限公司签署全面合作协议。")
    assert not any(n.startswith("与") or "江苏省与" in n for n in _orgs(other)), _orgs(other)


def test_a_branch_that_produced_the_food_is_its_company_s():
    """01-national-mooncake-2022: 标称江苏省南京金陵人家食品有限公司经销的、江苏省南京金陵人家食品有限公司南通分公司
    生产的苏式红豆沙味月饼 (base: an Organization 南通分公司 of its own, cut from the company: 生 after 公司
    read as a student's)."""
    doc = extract_text("市场监管总局开展月饼专项监督抽检\n江苏省苏州欧尚超市有限公司销售的、标称江苏省南京金陵人家食品有限公司"
                       "经销的、江苏省南京金陵人家食品有限公司南通分公司生产的苏式红豆沙味月饼。")
    assert "南京金陵人家食品有限公司南通分公司" in _orgs(doc), _orgs(doc)
    assert "南通分公司" not in _orgs(doc), _orgs(doc)


def test_a_sample_s_date_is_not_the_notice_s():
    """14-hubei-2019-49qi: 武汉武商超市管理有限公司凤凰店销售的上海青(白菜)(抽样日期:2019-09-18) … 2019年12月27日
    (base: the document dated 2019-09-18, the day the sample was taken)."""
    doc = extract_text("湖北省市场监督管理局食品安全监督抽检信息公告 (2019年第49期)\n"
                       "(十二)武汉武商超市管理有限公司凤凰店销售的上海青(白菜)(抽样日期:2019-09-18),毒死蜱检出值为"
                       "0.22mg/kg,标准规定为≤0.1mg/kg。检验机构为湖北省食品质量安全监督检验研究院。\n"
                       "三、对抽检中发现的不合格产品,湖北省市场监督管理局已责成武汉市场监管部门调查处理。\n2019年12月27日")
    assert doc.date == "2019-12-27", doc.date


def test_a_fertiliser_maker_named_by_its_trade_is_a_company():
    """07-yueyang-zhijian (岳阳市质监局 监督抽查): 湖南中科肥业被抽检的1批次有机肥料不合格 (base: no organisation, and
    the figure's subject the province 湖南); 化肥业 and 减肥业务 name no company."""
    doc = extract_text("岳阳市质监局上半年抽查\n岳阳市质量技术监督局官网昨日发布消息,该局上半年共抽查103家企业生产的203批次产品,"
                       "检出5批次不合格。其中,湖南中科肥业被抽检的1批次有机肥料不合格。会上,专家介绍了化肥业发展趋势和减肥业务的风险。")
    assert "湖南中科肥业" in _orgs(doc), _orgs(doc)
    assert not any(n.endswith("化肥业") or "减肥业" in n for n in _orgs(doc)), _orgs(doc)


def test_a_sum_of_fines_written_without_yuan_is_money():
    """10-mawei-fuzhou (中国食品安全网, 福州马尾区市场监管局): 共立案查处抽检不合格案件12起,…罚没款12.03万 (base: 120300
    with no unit); a bare 万 after another noun (投入资金3万) is left as it was."""
    doc = extract_text("福州马尾区市场监管局重拳打击不合格食用农产品\n今年以来,马尾区市场监督管理局共立案查处抽检不合格案件12起,"
                       "其中因涉嫌犯罪移送公安部门处理1起,罚没款12.03万。")
    got = _metrics(doc)
    assert any(v == 120300 and u == "元" for _, v, u in got), got
    from kg.stages.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("村里投入资金3万")] == [(30000, "")]


def test_a_testing_institute_named_by_its_city_is_an_organisation():
    """11-huating-gansu-2021 (华亭市市场监督管理局): 联合平凉市产品质量监督检验中心对…开展了监督抽查 (base: no
    organisation); a testing centre named after its scope is a public institution, as 县检验检测中心 is."""
    doc = extract_text("华亭市市场监督管理局开展重点工业产品监督抽查\n近日,华亭市市场监督管理局联合平凉市产品质量监督检验中心"
                       "对全市范围内煤炭、墙体材料等重点工业产品开展了监督抽查。本次抽检样品由平凉市产品质量监督检验中心进行检验。")
    assert "平凉市产品质量监督检验中心" in _orgs(doc), _orgs(doc)


def test_a_labelled_producer_s_brand_is_no_leading_verb():
    """Shape of the 抽检 notices (标称…有限公司生产的): 标称永达食业有限公司生产的鸡腿 (base: an Organization
    食业有限公司, 永|达 read as an adverb and a verb opening a clause before the name)."""
    doc = extract_text("河南省市场监督管理局关于食品安全监督抽检情况的通告\n商丘市睢阳区某副食店销售的、标称永达食业有限公司"
                       "生产的鸡腿,菌落总数不符合食品安全国家标准规定。")
    assert "永达食业有限公司" in _orgs(doc), _orgs(doc)
    assert "食业有限公司" not in _orgs(doc), _orgs(doc)
