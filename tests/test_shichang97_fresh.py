"""Round 97 (shichang97): 市场监管, 公安 and 应急管理 bulletins — market-regulation enforcement cases
(铁拳行动典型案例, 长三角 discretion cases), county and city police reports (警情通报, 专项行动 results:
“利剑”, “百日行动”, “昆仑2021”, 赃物返还) and emergency-management inspections (安全生产检查, 督导,
隐患排查) from Xinjiang, Shanghai, Ningxia, Inner Mongolia, Hebei, Sichuan, Guangxi, Shandong and
Hubei (fresh texts of /tmp/s26/fresh/shichang97).  Fixes: a run of province short forms inside a
byline of writers' names (长城网讯(田桂云 薛宁)) no 广西 and 云南; a meeting named by its verb counted
(5次推进会) its own noun, not the previous count's; quoted campaigns joined by 以及 to a headed one
(“云剑”“亮剑”以及…“百日攻坚”专项行动) all campaigns; a count before a quoted brand (6台“贝林”牌燃油加油机)
counts the product; a penalty (给予当事人罚款, 对当事人作出罚款) measured as 罚款, not the words deciding
it; a police station whose name holds 和 (玉泉区公安分局长和廊派出所) an agency, and its later bare name
(长和廊派出所出动警力7人) the station; a campaign's code word in a 、-list closed by 等专项行动 (昆仑) no
place."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _places(doc) -> set[str]:
    return _names(doc, "Place")


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_run_inside_a_byline_of_writers_is_a_name():
    """08-dingzhou-yingji-jiancha: 长城网讯(田桂云 薛宁)5月1日至5日,定州市应急管理局联合… (base: 桂云 read as
    a run of 广西 and 云南).  A bracket of places with no spaces (三地(京津冀)) keeps its region."""
    doc = extract_text("定州多部门联合检查\n长城网讯(田桂云 薛宁)5月1日至5日,定州市应急管理局联合市教育局成立检查组。")
    assert not _places(doc) & {"广西壮族自治区", "云南省"}, _places(doc)
    assert "定州市" in _places(doc), _places(doc)
    doc = extract_text("协同发展\n三地(京津冀)协同发展取得新进展。")
    assert "京津冀" in _places(doc), _places(doc)


def test_a_meeting_named_by_its_verb_is_counted():
    """06-luzhou-bairi-xingdong: 泸州市公安局…先后召开4次党委会、5次推进会,细化20项重点任务责任清单 (base: the
    5 read as a second count of 党委会).  A verb before 会展 still cuts the noun (3个项目持续推进会展中心建设: 项目)."""
    doc = extract_text("泸州公安\n泸州市公安局将“百日行动”作为首要任务,先后召开4次党委会、5次推进会,"
                       "细化20项重点任务责任清单。")
    got = _indicators(doc)
    assert got.get(4) == "党委会" and got.get(5) == "推进会", got
    doc = extract_text("会展\n全县3个项目持续推进会展中心建设。")
    assert _indicators(doc).get(3) == "项目", _indicators(doc)


def test_quoted_campaigns_joined_to_a_headed_one_are_campaigns():
    """07-wuzhou-zangwu-fanhuan: 突出抓好以常态化扫黑除恶为龙头的“云剑”“亮剑”以及冬春严打整治“百日攻坚”专项行动
    (base: only 百日攻坚).  Brands joined to a brand's word stay brands (销售“耐克”和“阿迪达斯”品牌服装)."""
    doc = extract_text("梧州公安\n突出抓好以常态化扫黑除恶为龙头的“云剑”“亮剑”以及冬春严打整治“百日攻坚”专项行动,"
                       "推动全市社会治安大局持续稳定。")
    assert {"云剑", "亮剑", "百日攻坚"} <= _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("打假\n执法人员查获销售“耐克”和“阿迪达斯”品牌服装的窝点。")
    assert not _names(doc, "Programme") & {"耐克", "阿迪达斯"}, _names(doc, "Programme")


def test_a_count_before_a_quoted_brand_counts_the_product():
    """01-luntai-tiequan-anli: 当事人使用的6台“贝林”牌燃油加油机,经现场检定均超过示值误差要求 (base: the
    indicator 贝林).  A quoted noun counted keeps its name and head (10个“四好农村路”示范点)."""
    doc = extract_text("计量作弊案\n轮台县市场监管局检查时发现,当事人使用的6台“贝林”牌燃油加油机,经现场检定均超过示值误差要求。")
    assert _indicators(doc).get(6) == "燃油加油机", _indicators(doc)
    doc = extract_text("农村公路\n全县建成10个“四好农村路”示范点。")
    assert _indicators(doc).get(10) == "四好农村路示范点", _indicators(doc)


def test_a_penalty_is_measured_without_the_words_deciding_it():
    """01-luntai-tiequan-anli: 给予当事人没收涉案加油机6台、罚没款合计1009.19万元的行政处罚 (base: 给予当事人
    没收涉案加油机); the same of 依法对当事人作出罚款5万元的行政处罚 and 决定给予当事人罚款2万元 (base: the agency,
    作出 and 决定给予当事人 in the name).  罚没款 after a scope stays as it is."""
    doc = extract_text("典型案例\n2025年11月25日,轮台县市场监管局依据有关规定,给予当事人没收涉案加油机6台、"
                       "罚没款合计1009.19万元的行政处罚。2023年6月,某区市场监管局依法对当事人作出罚款5万元的行政处罚。"
                       "县市场监管局决定给予当事人罚款2万元的行政处罚。")
    got = _indicators(doc)
    assert got.get(6) == "没收涉案加油机" and got.get(50000) == "罚款" and got.get(20000) == "罚款", got
    doc = extract_text("铁拳行动\n自行动开展以来,济宁市共办理案件51件,罚没款186.93万元。")
    assert _indicators(doc).get(1869300) == "罚没款", _indicators(doc)


def test_a_police_station_holding_he_is_an_agency_and_its_bare_name_is_it():
    """04-yuquan-fenju-paichusuo: 玉泉区公安分局长和廊派出所接到…派警。接到报警后,长和廊派出所出动警力7人
    (base: no station, the figure's indicator 长和廊派出所出动警力).  和 right after the bureau is the
    conjunction (县公安局和派出所民警: no station)."""
    doc = extract_text("嫌疑人被抓\n11月20日19时许,玉泉区公安分局长和廊派出所接到呼和浩特市110指挥中心派警。"
                       "接到报警后,长和廊派出所出动警力7人。")
    assert "玉泉区公安分局长和廊派出所" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("玉泉区公安分局长和廊派出所", "出动警力", 7, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("联合行动\n县公安局和派出所民警联合行动。")
    assert not {n for n in _names(doc, "Agency") if n.endswith("派出所")}, _names(doc, "Agency")


def test_a_campaigns_code_word_in_a_list_is_no_place():
    """07-wuzhou-zangwu-fanhuan: 集中展示了梧州公安在亮剑、云剑、昆仑、减量控大等专项行动中的打击战果 (base:
    昆仑 a place).  The same word in a list of places (访问了昆仑、天山等地) stays one."""
    doc = extract_text("梧州公安\n市公安局还向媒体集中展示了梧州公安在亮剑、云剑、昆仑、减量控大等专项行动中的打击战果。")
    assert "昆仑" not in _places(doc), _places(doc)
    doc = extract_text("考察\n代表团访问了昆仑、天山等地。")
    assert "昆仑" in _places(doc), _places(doc)


def test_rounds_and_a_doer_pointed_back_to_before_leiji():
    """10-gucheng-yingji-paicha: 此次行动累计发现隐患8项 (base: 行动累计发现隐患 → 行动发现隐患, the action pointed
    back to read into the measure); 06-luzhou-bairi-xingdong: 组织开展两轮次夏夜治安巡查宣防集中统一行动 (base: 2 轮
    of 次夏夜治安巡查宣防).  A doer named before 累计 stays (各农商银行…累计发放贷款: the banks' loans)."""
    doc = extract_text("安全隐患大排查\n此次行动累计发现隐患8项,其中立行立改问题2项。")
    assert _indicators(doc).get(8) == "累计发现隐患", _indicators(doc)
    doc = extract_text("夏夜治安\n泸州市公安局组织开展两轮次夏夜治安巡查宣防集中统一行动。")
    assert {(m.value, m.unit) for m in doc.metrics} >= {(2, "轮次")}, _metrics(doc)
    assert not any(m.indicator.startswith("次") for m in doc.metrics), _metrics(doc)
    doc = extract_text("金融\n各农商银行累计发放贷款79.85亿元。")
    assert _indicators(doc).get(7985000000, "").startswith("各农商银行"), _indicators(doc)
