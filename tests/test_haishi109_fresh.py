"""Round 109 (haishi109): maritime, ports and shipping news — 连云港's monthly port figures, the national
port throughput of a July (中国集装箱行业协会), a meeting of the 渤西 maritime bureaus (天津海事局, 滨州海事局 …
北海航海保障中心), the upper-Yangtze maritime meeting in 重庆 (长江海事局, 宜宾市地方海事局), 宜昌港区海事处's
law-enforcement forum, 大丰海港控股集团's works, Fujian's ports and 海南省港航管理局's plans (fresh texts of
/tmp/s27/txt/haishi109).  Fixes: the ministry's maritime bureaus named after a river or sea (长江海事局,
北海航海保障中心) national bodies, no place 长江 or 北海市; a city's own 地方海事局 and a port area's 港区海事处 its
agencies (was nothing, and the agency 区海事处); a qualifier of how a result is counted (同口径, 国际标准) between
完成 and the throughput no reason to keep the verb; the ports a throughput is broken down by (其中沿海港口完成…，
内河港口完成…) that throughput's parts, not bare 沿海港口; a tonnage straight before a berth, channel or ship
(5个2万吨泊位, 5万吨散货船) their class, no figure; 美食城 no place; 竺 a family name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _posts(doc) -> set[tuple]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost" and r.subject in ents and r.object in ents}


def test_the_ministrys_river_and_sea_bureaus_are_national_bodies():
    """02-boxi-haishi: …曹妃甸渔政部门和北海航海保障中心等共建单位派员参会 (base: a place 北海市 of Guangxi);
    03-chongqing-haishi: 长江海事局、宜宾市地方海事局…的领导 (base: a place 长江, no agency)."""
    doc = extract_text("海事\n沧州、滨州渔政部门和北海航海保障中心等共建单位派员参会。")
    assert "北海航海保障中心" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "北海市" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("海事\n长江海事局、宜昌海事局、三峡海事局的领导及业务部门负责人参加了会议。")
    assert "长江海事局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "长江" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("海事\n交通运输部海事局副局长徐春出席会议并讲话。")
    assert ("徐春", "中华人民共和国海事局") in _posts(doc), _posts(doc)


def test_a_citys_own_maritime_bureau_is_its_agency():
    """03-chongqing-haishi: 重庆海事局与宜宾市地方海事局、泸州市地方海事局共同签订了…协议 (base: the places alone)."""
    doc = extract_text("海事\n重庆海事局与宜宾市地方海事局、泸州市地方海事局共同签订了联动协议。")
    got = _names(doc, "Agency")
    assert {"宜宾市地方海事局", "泸州市地方海事局"} <= got, got


def test_a_port_areas_maritime_office_is_no_district_office():
    """04-yichang-haishichu: 宜昌港区海事处召开…座谈会。会议由宜昌港区海事处梅启华副处长主持 (base: the agency
    区海事处, the 区 of 港区 read as the article's district)."""
    doc = extract_text("海事\n宜昌港区海事处召开综合执法工作座谈会。会议由宜昌港区海事处梅启华副处长主持。")
    got = _names(doc, "Agency")
    assert "区海事处" not in got, got
    assert any(n.endswith("港区海事处") and n.startswith("宜昌") for n in got), got
    assert any(p == "梅启华" and b.endswith("港区海事处") for p, b in _posts(doc)), _posts(doc)


def test_a_district_office_and_a_port_district_stay():
    """Guards: a district named …港区 (高港区) keeps its bureaus, and 区 after a plain word still stands for
    the article's district (区财政局)."""
    doc = extract_text("泰州\n高港区交通运输局局长王明出席会议。")
    assert "高港区交通运输局" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("武陵区\n会议由区财政局局长李强主持。")
    assert any(n.endswith("区财政局") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_a_counted_qualifier_keeps_no_verb_in_the_throughput():
    """01-lianyungang-port: 连云港港口完成同口径货物吞吐量2261.91万吨 (base: 港口完成同口径货物吞吐量);
    07-national-ports-july: 全国规模以上港口完成国际标准集装箱吞吐量9218.38万标箱 (base: …港口完成国际标准…)."""
    doc = extract_text("港口\n6月份,连云港港口完成同口径货物吞吐量2261.91万吨,同比增长7.47%。"
                       "全国规模以上港口完成国际标准集装箱吞吐量9218.38万标箱,同比增长12.9%。")
    got = _metrics(doc)
    assert ("港口同口径货物吞吐量", 22619100, "吨") in got, got
    assert ("规模以上港口国际标准集装箱吞吐量", 92183800, "标准箱") in got, got
    assert not any("完成" in m[0] for m in got), got


def test_the_ports_a_throughput_is_broken_down_by_are_its_parts():
    """07-national-ports-july: …规模以上港口完成货物吞吐量76868万吨，同比增长15.5%。其中沿海港口完成52346万吨，
    内河港口完成24522万吨 (base: indicators 沿海港口, 内河港口)."""
    doc = extract_text("港口\n7月份,全国规模以上港口完成货物吞吐量76868万吨,同比增长15.5%。"
                       "其中沿海港口完成52346万吨,内河港口完成24522万吨。")
    got = _metrics(doc)
    assert ("沿海港口货物吞吐量", 523460000, "吨") in got, got
    assert ("内河港口货物吞吐量", 245220000, "吨") in got, got


def test_an_enterprise_groups_part_stays():
    """Guard: the state-assets bulletin's groups (guozi102) read as before."""
    doc = extract_text("国有资产\n国有企业营业总收入539981.9亿元，同比增长23.0%。其中中央企业303080.1亿元，同比增长20.9%。")
    assert ("中央企业营业总收入", 30308010000000, "元") in _metrics(doc), _metrics(doc)


def test_a_food_court_is_no_place():
    """05-dafeng-haigang: 积极推进半岛酒店、海鲜美食城等5座屋面光伏项目工程建设 (base: a place 美食城)."""
    doc = extract_text("港口\n积极推进半岛酒店、海鲜美食城等5座屋面光伏项目工程建设。")
    assert "美食城" not in _names(doc, "Place"), _names(doc, "Place")


def test_zhu_is_a_family_name():
    """08-hainan-ganghang: 据海南省港航管理局局长竺达明透露 (base: no person, no post)."""
    doc = extract_text("港航\n据海南省港航管理局局长竺达明透露,2008年要积极推进水路重点项目建设。")
    assert ("竺达明", "海南省港航管理局") in _posts(doc), _posts(doc)
    doc = extract_text("旅游\n天竺寺位于山中，始建于隋代。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_tonnage_before_a_berth_or_ship_is_its_class():
    """08-hainan-ganghang: 重点建设马村中心港区一期工程5个2万吨泊位 … 支持国投洋浦港5万吨航道扩建工程建设 … 确保5万吨
    散货船等大型船舶安全进出洋浦港 (base: figures 泊位 20000 吨, 航道扩建工程建设 50000 吨, 散货船 50000 吨; the
    count of berths read as 重点建设马村中心港区一期工程 5 个).  A throughput in 吨 stays a figure."""
    doc = extract_text("港航\n2008年重点建设马村中心港区一期工程5个2万吨泊位。支持洋浦港5万吨航道扩建工程建设，"
                       "确保5万吨散货船等大型船舶安全进出洋浦港。全年完成货物吞吐量5万吨。")
    got = _metrics(doc)
    assert not any(m[2] == "吨" and m[1] in (20000, 50000) and m[0] != "货物吞吐量" for m in got), got
    assert ("2万吨泊位", 5, "个") in got, got
    assert ("货物吞吐量", 50000, "吨") in got, got
