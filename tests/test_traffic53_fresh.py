"""Round 53 (traffic53): transport operations and traffic safety news from fresh texts of
/tmp/s26/fresh/traffic53 (民航局 holiday figures, 国铁 春运 figures, 湖北交警 G4 closures, airports of
Ningbo, Xining and Yantai): an airport's given name after its city is no district (广州白云机场), a
bridge, a ring road's word and an airline written short are no places, 内蒙 is 内蒙古自治区, a
regulator's 督促 is no word of a body's name, 国铁 opens a railway bureau's name, trains are counted
in 列, and a daily average (日均) is measured as the level before it, averaged."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metric(doc, value):
    return next(m for m in doc.metrics if m.value == value)


def test_an_airport_s_given_name_after_its_city_is_no_district():
    """04-caac-national-day-2023 (中新社): 客流量较大的机场有广州白云机场、深圳宝安机场、…杭州萧山机场
    (base: the districts 白云区, 宝安区, 江北区 and 萧山区 — 重庆江北机场 lies in 渝北区)."""
    doc = extract_text("民航局:中秋国庆假期全国民航累计运输旅客1708.2万人次\n"
                       "假期期间,客流量较大的机场有广州白云机场、深圳宝安机场、北京首都机场、重庆江北机场、"
                       "西安咸阳机场、杭州萧山机场等。")
    places = _places(doc)
    assert not {"白云区", "宝安区", "江北区", "萧山区", "咸阳市"} & set(places), places
    assert {"广州市", "深圳市", "重庆市", "杭州市"} <= set(places)


def test_a_list_of_airports_by_city_and_given_name_names_no_district():
    """03-caac-national-day-2025 (中新社): 广州白云、上海浦东、…重庆江北、昆明长水、杭州萧山、西安咸阳等大中型城市
    机场旅客吞吐量位列全国前十 (base: 白云区, 宝安区, 江北区, 萧山区); a district listed so without an
    airport's word stays."""
    doc = extract_text("民航局:国庆中秋假期中外航司日均执行国际客运航班超2000班\n"
                       "国内方面,广州白云、上海浦东、北京首都、深圳宝安、重庆江北、昆明长水、杭州萧山、西安咸阳等"
                       "大中型城市机场旅客吞吐量位列全国前十。")
    places = _places(doc)
    assert not {"白云区", "宝安区", "江北区", "江北", "萧山区"} & set(places), places
    assert {"广州市", "深圳市", "重庆市", "杭州市"} <= set(places)
    districts = extract_text("区县工作会议召开\n广东省召开会议,深圳宝安、广州白云等区负责同志参加。")
    assert {"宝安区", "白云区"} <= set(_places(districts)), _places(districts)


def test_an_international_airport_s_given_name_is_no_district():
    """15-shandong-yantai-airport-routes: QW9821航班从烟台蓬莱国际机场安全起飞 (base: 蓬莱区 partOf 烟台市)."""
    doc = extract_text("烟台机场一周之内新增第3个航班\n"
                       "8月28日,QW9821航班从烟台蓬莱国际机场安全起飞,前往沈阳桃仙国际机场。")
    assert "蓬莱区" not in _places(doc), _places(doc)
    assert "烟台市" in _places(doc)
    # an airport named by its place after the province (transport46's NDRC text) keeps the place
    chain = extract_text("国家发改委批复三个机场项目\n新疆阿克苏机场的改扩建工程以2015年为目标年,总投资22455万元。")
    assert "阿克苏地区" in _places(chain), _places(chain)


def test_a_bridge_and_a_ring_road_are_no_places():
    """09-hubei-g4-junshan-bridge-closure (湖北交警): G4京港澳高速公路(G4201武汉绕城高速公路)…沌口长江大桥
    (base: places 绕城 and 长江大桥)."""
    doc = extract_text("G4京港澳高速公路军山长江大桥短期施工交通管制\n"
                       "据湖北交警12月15日报道:12月18日6时至22时,G4京港澳高速公路军山长江大桥短期施工。"
                       "封闭G4京港澳高速公路(G4201武汉绕城高速公路)金口收费站至军山互通之间双向主线道路,"
                       "澳京向车辆绕行武深高速,通行四环线沌口长江大桥过江。")
    places = _places(doc)
    assert "绕城" not in places and "长江大桥" not in places, places
    assert "武汉市" in places


def test_an_airline_written_short_is_no_place():
    """12-zhejiang-ningbo-airport-summer (中新网): 长龙航空新增往返江西上饶的航班 (base: a place 长龙)."""
    doc = extract_text("宁波机场执行夏秋季航班计划\n"
                       "据悉,南方航空新增每日一班往返广东惠州的航班;长龙航空新增往返江西上饶的航班,周二、周四、周六起飞。")
    assert "长龙" not in _places(doc), _places(doc)
    assert "上饶市" in _places(doc)


def test_neimeng_is_inner_mongolia():
    """11-qinghai-xining-airport-winter-2019: 西宁至内蒙航班量增长57% (base: a place 内蒙 without code)."""
    doc = extract_text("西宁机场冬春航季大幅加密疆蒙藏航班\n"
                       "中新网西宁10月27日电 西宁至乌鲁木齐、库尔勒稳定运营,至疆内航班量增长52%;西宁至内蒙航班量增长57%。")
    places = _places(doc)
    assert places.get("内蒙古自治区") == "150000" and "内蒙" not in places, places


def test_a_regulator_s_verb_is_no_part_of_a_body_s_name():
    """04-caac-national-day-2023: 民航局在组织航空公司增加运力投放的同时,持续督促航空公司、机场做好出行服务保障
    (base: an organisation 持续督促航空公司)."""
    doc = extract_text("民航局:中秋国庆假期民航运行平稳\n"
                       "民航局在组织航空公司增加运力投放的同时,持续督促航空公司、机场做好出行服务保障,航空市场运行平稳有序。")
    assert not [n for n in _names(doc, "Organization") if "督促" in n], _names(doc, "Organization")


def test_guotie_opens_a_railway_bureau_s_name_and_it_counts_the_trains():
    """14-fujian-quanzhou-rail-return-2024 (新华社): 国铁哈尔滨局集团公司加开北京、上海…等方向旅客列车78列
    (base: the bureau 哈尔滨局集团公司 without 国铁, no figure in 列; its figures then went to 哈尔滨市)."""
    doc = extract_text("铁路返程客流明显增长\n"
                       "据新华社电 2月26日,春运第32天。全国铁路预计发送旅客1375万人次,计划加开旅客列车1007列。"
                       "国铁哈尔滨局集团公司加开北京、上海、广州、佳木斯、牡丹江等方向旅客列车78列;"
                       "国铁太原局集团公司加开北京、天津、重庆等方向旅客列车16列,加开管内旅客列车30列。")
    bureaus = _names(doc, "Organization")
    # (minhang105: the bureaus by their registered names, 中国铁路X局集团有限公司, with their seats)
    assert {"中国铁路哈尔滨局集团有限公司", "中国铁路太原局集团有限公司"} <= bureaus, bureaus
    assert ("中国铁路哈尔滨局集团有限公司", "哈尔滨市") in relation_pairs(doc, "locatedIn")
    m = _metric(doc, 78)
    assert m.unit == "列" and doc.entities[m.subject].name == "中国铁路哈尔滨局集团有限公司", (m.unit, m.subject)
    assert m.indicator == "旅客列车", m.indicator  # (方向 closes the list of destinations)
    assert doc.entities[_metric(doc, 30).subject].name == "中国铁路太原局集团有限公司"
    assert _metric(doc, 1007).indicator == "计划加开旅客列车"


def test_trains_counted_in_lie_but_not_the_verb_lieru():
    """01-national-rail-chunyun-day9 (中新网): 全国铁路共开行旅客列车8342列,增开旅客列车1024列 (base:
    neither figure); 列入 after a figure is the verb, no count."""
    doc = extract_text("全国铁路节后春运客流连续5天超过1000万人次\n"
                       "中新网2月25日电 2月24日,全国铁路共开行旅客列车8342列,增开旅客列车1024列。")
    assert _metric(doc, 8342).unit == "列" and _metric(doc, 1024).indicator == "增开旅客列车"
    other = extract_text("项目建设推进会\n某县召开会议。全县共有12个项目2023年列入省重点项目。")
    assert not [m for m in other.metrics if m.unit == "列"]


def test_a_bracketed_daily_average_is_the_base_of_the_daily_level():
    """04-caac-national-day-2023: 日均运输旅客213.5万人次,较2019年国庆假期(日均189.7万人次)增长12.6%
    (base: the indicators ")增长" and ")增长增长")."""
    doc = extract_text("民航局:中秋国庆假期全国民航累计运输旅客1708.2万人次\n"
                       "中新社北京10月7日电 今年中秋国庆假期期间(共8天),全国民航累计运输旅客1708.2万人次,"
                       "日均运输旅客213.5万人次,较2019年国庆假期(日均189.7万人次)增长12.6%,"
                       "较2022年国庆假期(日均72.4万人次)增长194.9%。")
    base = _metric(doc, 1897000)
    assert base.indicator == "日均运输旅客" and base.period == "2019-10", (base.indicator, base.period)
    assert _metric(doc, 12.6).indicator == "日均运输旅客增长"
    assert not [m.indicator for m in doc.metrics if ")" in m.indicator]


def test_a_daily_average_after_a_total_is_that_total_averaged():
    """03-caac-national-day-2025 and 02-national-rail-chunyun-2017: 全国民航累计运输旅客1913.8万人次,日均
    239.2万人次; 全国铁路预计发送旅客3.56亿人次,…,增长9.7%,日均880万人次 (base: the indicator 人次)."""
    doc = extract_text("民航局发布国庆中秋假期数据\n"
                       "据统计,国庆中秋假期期间,全国民航累计运输旅客1913.8万人次,日均239.2万人次;日均客座率87.9%。")
    assert _metric(doc, 2392000).indicator == "日均民航运输旅客"
    rail = extract_text("铁总:春运首日预计全国铁路发送旅客855万人次\n"
                        "记者从中国铁路总公司获悉,全国铁路预计发送旅客3.56亿人次,同比增加3156万人次,增长9.7%,日均880万人次。")
    assert _metric(rail, 8800000).indicator == "日均铁路预计发送旅客"


def test_a_flight_s_other_end_is_no_subject_of_the_airport_s_figures():
    """12-zhejiang-ningbo-airport-summer: 后续还将增加宁波往返日本东京的航班,届时机场通航城市共计80个,航线106条
    (base: both figures 东京's)."""
    doc = extract_text("宁波机场3月31日起执行夏秋季航班计划\n"
                       "中新网宁波3月27日电 此次航班换季后,宁波机场新增惠州、柳州、上饶、衡阳四个通航城市,"
                       "后续还将增加宁波往返日本东京的航班,届时机场通航城市共计80个,航线106条。")
    for value in (80, 106):
        assert doc.entities[_metric(doc, value).subject].name == "宁波市", value


def test_an_air_route_named_by_its_end_is_no_subject():
    """11-qinghai-xining-airport-winter-2019: 西宁至乌鲁木齐、库尔勒、吐鲁番稳定运营的同时新增了哈密航线,
    至疆内航班量增长52% (base: the growth 哈密市's)."""
    doc = extract_text("西宁机场冬春航季大幅加密疆蒙藏航班\n"
                       "中新网西宁10月27日电 冬春航季,西宁至拉萨航班每天5班,同比增长42%;"
                       "西宁至乌鲁木齐、库尔勒、吐鲁番稳定运营的同时新增了哈密航线,至疆内航班量增长52%。")
    assert doc.entities[_metric(doc, 52).subject].name == "西宁市"
