"""Round 49 (grain49): grain purchase, reserve and depot news from fresh texts of /tmp/s26/fresh/grain49
(晋城, 中卫, 中山, 肥西): grain depots named by their place (高平国家粮食储备库, 山南粮库, 中山直属库) are
organisations, 入市 (to enter the market) is no place and a depot's 库区 (grounds) no division abroad."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_state_grain_depot_named_by_its_city_is_one_organisation():
    """晋城市发展改革委 (山西): 各县(市、区)发改局分管领导、股室负责人,高平国家粮食储备库负责人…参加了会议:
    the depot 高平国家粮食储备库 of 高平市 (base: no organisation, only the city)."""
    doc = extract_text("晋城市发展改革委召开全市秋粮收购推进会\n"
                       "11月1日,晋城市发展改革委组织召开了全市秋粮收购和重点工作推进会。"
                       "各县(市、区)发改局分管领导、股室负责人,高平国家粮食储备库负责人,委机关涉粮科室负责人参加了会议。")
    assert "高平国家粮食储备库" in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("高平国家粮食储备库", "高平市") in relation_pairs(doc, "locatedIn")


def test_a_depot_named_by_its_township_is_no_city_elsewhere():
    """肥西县 (安徽): 吴朝晖副县长深入山南粮库稻谷收购现场: the depot 山南粮库 (of 山南镇), not the city
    山南市 of 西藏 (base: a place 山南市)."""
    doc = extract_text("肥西县副县长吴朝晖调研秋粮收购督查粮库建设\n"
                       "日前,正值秋粮入库高峰期,吴朝晖副县长深入山南粮库稻谷收购现场督查“最低价”政策托市收购以及"
                       "县国储粮库各级储备粮保管工作。")
    orgs = _names(doc, "Organization")
    assert "山南粮库" in orgs, orgs
    assert "山南市" not in _names(doc, "Place"), _names(doc, "Place")
    assert not any(n.startswith("县") for n in orgs), orgs  # 县国储粮库: the county's depot, no name


def test_a_provincial_reserve_s_direct_depot_and_its_head():
    """中山市发展和改革局: 我局党组书记、局长尹明及省储备粮中山直属库主任林茂弟等陪同调研督导交流: the depot
    中山直属库 and its head (base: neither)."""
    doc = extract_text("省粮食和物资储备局到我市调研督导\n"
                       "近日,广东省粮食和物资储备局副局长邢卫华一行到中山市开展早稻收购情况调研督导,"
                       "我局党组书记、局长尹明及省储备粮中山直属库主任林茂弟等陪同调研督导交流。")
    assert "中山直属库" in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("林茂弟", "中山直属库") in relation_pairs(doc, "holdsPost")


def test_a_depot_s_grounds_are_no_division_abroad():
    """中山市: 实地检查了省储备粮中山直属库库区安全生产及二期工程规划进展情况: no place 库库区 (base: a
    division abroad written by sound)."""
    doc = extract_text("省粮食和物资储备局到我市调研督导\n"
                       "督导组一行实地检查了广东省中山市省储备粮中山直属库库区安全生产及二期工程规划进展情况。")
    assert "库库区" not in _names(doc, "Place"), _names(doc, "Place")


def test_entering_the_market_is_no_place():
    """中卫市粮食和物资储备局 (宁夏): 一是精心组织企业积极入市收购: no place 入市 (base: a place read from
    jieba's ns tag)."""
    doc = extract_text("中卫市召开夏粮收购工作座谈会\n"
                       "会议要求,各县(区)要高度重视夏粮收购工作。一是精心组织企业积极入市收购。")
    assert "入市" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_visiting_bureau_is_not_the_writer_s_own_bureau():
    """中山市发展和改革局: 省粮食和物资储备局党组成员、副局长邢卫华一行5人到我市开展…调研督导,我局党组书记、
    局长尹明…陪同 … 中山发展和改革局将按照上级要求…: 尹明 heads the writer's bureau, not the visiting
    provincial one (base: 尹明 holdsPost 广东省粮食和物资储备局)."""
    doc = extract_text("省粮食和物资储备局到我市开展早稻收购情况调研督导\n"
                       "近日,省粮食和物资储备局党组成员、副局长邢卫华一行5人到我市开展政策性粮油库存检查和早稻收购情况调研督导,"
                       "我局党组书记、局长尹明等陪同调研督导交流。\n"
                       "下一步,中山发展和改革局将按照上级要求继续做好粮食安全工作。")
    posts = relation_pairs(doc, "holdsPost")
    assert not any(p == "尹明" and "粮食和物资储备局" in b for p, b in posts), posts
    assert ("尹明", "中山市发展和改革局") in posts, posts
    assert any(p == "邢卫华" and b.endswith("粮食和物资储备局") for p, b in posts), posts


def test_a_range_of_shares_written_in_tenths():
    """国家粮食和物资储备局 (中新网): 河北、山东、陕西、新疆收购进度七至八成: one figure from 70 % to 80 %
    of 收购进度 (base: 80 % with the indicator 收购进度七至)."""
    doc = extract_text("国家粮食和物资储备局:夏粮收购超6000万吨\n"
                       "当前夏粮旺季收购进展总体顺利,河南、江苏、安徽、湖北小麦收购已近尾声,"
                       "河北、山东、陕西、新疆收购进度七至八成;湖南、江西早籼稻收购基本结束。")
    figures = [(m.indicator, m.low, m.high) for m in doc.metrics if m.unit == "%"]
    assert ("收购进度", 70, 80) in figures, figures
    assert not any("七至" in (ind or "") for ind, _l, _h in figures), figures


def test_land_allotted_in_a_village_is_measured_by_what_was_done_there():
    """德昌县人民政府 (四川): 国有粮食企业城厢省粮食储备库在离县城2公里的德州镇阿荣村,划拨土地35.7亩建设新的
    粮食仓储中心: the 35.7 亩 are 划拨土地 (base: the indicator 建设新, the verb read after the figure);
    written with 在 before the place, the place opens the clause and is no part of the measure."""
    doc = extract_text("德昌县新建粮食仓储中心一期工程竣工\n"
                       "为确保我县粮食安全,国有粮食企业在德州镇阿荣村划拨土地35.7亩建设新的粮食仓储中心,"
                       "中心建设规模为2.5万吨的标准粮仓。")
    land = [m.indicator for m in doc.metrics if m.unit == "亩"]
    assert land == ["划拨土地"], land


_JIANGXI = ("江西省中晚稻国家临时储备收购工作全面启动\n"
            "据市场监测,目前江西省中晚稻国家临时储备收购工作已经全面启动。目前全省中等中晚稻国有粮食企业收购价格在"
            "96.5元/50公斤,较上周上涨1.3元。每50公斤中晚稻各地市具体价格如下:\n"
            "国有企业收购价:武宁县95元,瑞昌市96元,余江县94元,浮梁县94元。\n"
            "私有企业收购价:武宁县96元,瑞昌市97元,余江县94元,浮梁县94元。\n")


def test_a_grain_price_per_fifty_kilograms():
    """江西 price monitoring: 中等中晚稻国有粮食企业收购价格在96.5元/50公斤: a price in 元/50公斤 (base: 96.5 元,
    an amount, the trade's unit dropped)."""
    doc = extract_text(_JIANGXI)
    assert any(m.value == 96.5 and m.unit == "元/50公斤" for m in doc.metrics), \
        [(m.indicator, m.value, m.unit) for m in doc.metrics]


def test_the_amount_a_price_is_per_is_no_figure():
    """江西: 每50公斤中晚稻各地市具体价格如下: no figure of 50 公斤 (base: 50 公斤 of 中晚稻各地市具体价格如下)."""
    doc = extract_text(_JIANGXI)
    assert not any(m.value == 50 and m.unit == "公斤" for m in doc.metrics), \
        [(m.indicator, m.value, m.unit) for m in doc.metrics]


def test_each_county_s_price_is_named_by_the_label_before_the_colon():
    """江西: 国有企业收购价:武宁县95元,瑞昌市96元… / 私有企业收购价:武宁县96元…: each county's figure is that
    label's price (base: 金额 for all, so 瑞昌市's 96 元 and 武宁县's 96 元 looked alike)."""
    doc = extract_text(_JIANGXI)
    got = {(m.subject, m.indicator, m.value) for m in doc.metrics}
    wuning = next(e.id for e in doc.entities.values() if e.name == "武宁县")
    assert (wuning, "国有企业收购价", 95) in got and (wuning, "私有企业收购价", 96) in got, got
    assert not any(ind == "金额" for _s, ind, _v in got), got


def test_two_lists_equal_prices_stay_two_facts():
    """江西: 国有企业收购价:…余江县94元,浮梁县94元 / 私有企业收购价:…余江县94元,浮梁县94元: each county has both
    prices, equal as they are (base: one 金额 94 元; with the labels alone the second list's merged into the first)."""
    doc = extract_text(_JIANGXI)
    yujiang = next(e.id for e in doc.entities.values() if e.name == "余江区")
    got = {m.indicator for m in doc.metrics if m.subject == yujiang and m.value == 94}
    assert got == {"国有企业收购价", "私有企业收购价"}, got


def test_a_central_reserve_group_s_depot_in_a_city():
    """常州 (江苏) 秋粮收购现场会 (a page of the search corpus): 中储粮常州直属库、农发行常州分行也分别就秋粮收购工作
    提出相关要求 — 中储粮常州直属库 is the group's depot (base: no organisation; with the depot kinds alone,
    常州直属库, the group's short name cut off, no parent)."""
    doc = extract_text("常州市召开全市秋粮收购工作现场会\n11月2日,常州市召开了全市秋粮收购工作现场会,全面部署秋粮收购工作。"
                       "目前,常州市各级粮食部门均已积极开展秋粮收购各项工作。中储粮常州直属库、农发行常州分行也分别就"
                       "秋粮收购工作提出相关要求。")
    assert "中储粮常州直属库" in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("中储粮常州直属库", "中国储备粮管理集团有限公司") in relation_pairs(doc, "subOrganizationOf")


def test_a_minimum_purchase_price_written_per_fifty_kilograms_before_it():
    """国家发展改革委 notices, as county pages repeat them: 2024年生产的小麦（三等）最低收购价为每50公斤118元: 118
    元/50公斤 of 最低收购价 (base: a figure 50 公斤 of 小麦…最低收购价为每, and 118 元 of 金额)."""
    doc = extract_text("县粮食局转发小麦最低收购价政策\n经国务院批准,2024年生产的小麦(三等)最低收购价为每50公斤118元,"
                       "保持2023年水平不变。")
    got = [(m.indicator, m.value, m.unit) for m in doc.metrics]
    assert any(v == 118 and u == "元/50公斤" and "最低收购价" in ind for ind, v, u in got), got
    assert not any(u == "公斤" for _i, _v, u in got), got


def test_the_short_form_of_a_grain_and_reserves_bureau():
    """陕储粮集团 (陕西 华州区, tonglian168 page): 华州区粮储局局长王鹏发布开工令: 华州区粮食和物资储备局 (base: the
    short form 华州区粮储局 kept as a body of its own)."""
    doc = extract_text("陕储粮集团华州储备库浅圆仓建设项目开工\n11月8日,陕储粮集团华州储备库浅圆仓建设项目举行开工仪式,"
                       "华州区粮储局局长王鹏发布开工令,陕储粮集团副总经理石军胜致辞。")
    assert ("王鹏", "华州区粮食和物资储备局") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
