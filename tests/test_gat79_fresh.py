"""Round 79 (gat79): traditional-script releases of Hong Kong and Macao and mainland texts about them
(/tmp/s26/fresh/gat79: 香港新聞網, 新華社香港電, 澳門 gov.mo, 澎湃新闻): Macao's statistics name the
year-on-year change 按年 and the quarter without 度 (第1季, 首季), and a % change's 至 gives the level
reached (上升3.7%至18.8萬人次); a Hong Kong married name's two family names after a post (林郑月娥); a
title after a name (蔡若蓮博士和…主任) joins two people; a clause of posts, 由, a name and a verb of
taking them (局長由曾國衞出任) names the posts' holder; 保安局 listed with bureaus is Hong Kong's."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> set[tuple[str, float, str, str | None]]:
    return {(m.indicator, m.value, m.unit, m.period) for m in doc.metrics}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_macao_statistics_year_on_year_change_and_quarter():
    """07-mo-stats-q1 (gov.mo): 2025年第1季旅客非博彩消費總額為196.2億元…,按年減少3.6%; 2025年首季飲食業的
    電子支付交易額…按年上升2.2%至35.2億元 (base: indicators 按年减少 and 金额, period 2025, 首季 in the name)."""
    doc = extract_text("2025年第1季旅客消費調查\n統計暨普查局資料顯示,2025年第1季旅客非博彩消費總額為196.2億元,按年減少3.6%。"
                       "2025年首季飲食業的電子支付交易額按年上升2.2%至35.2億元。")
    got = _metrics(doc)
    q1 = "2025-01/2025-03"
    assert ("旅客非博彩消费总额", 19620000000, "元", q1) in got, got
    assert ("旅客非博彩消费总额按年减少", 3.6, "%", q1) in got, got
    assert ("饮食业的电子支付交易额按年上升", 2.2, "%", q1) in got, got
    assert ("饮食业的电子支付交易额", 3520000000, "元", q1) in got, got
    whole_year = extract_text("统计公报\n2024年全市地区生产总值为300亿元,同比增长5%。")  # a year stays a year
    assert ("地区生产总值", 30000000000, "元", "2024") in _metrics(whole_year), _metrics(whole_year)


def test_the_level_a_percent_change_rose_to():
    """07-mo-stats-q1: 與會者/入場觀眾數目上升3.7%至18.8萬人次 (base: an indicator 人次); the same on mainland
    text (接待游客人数同比增长3.7%至18.8万人次)."""
    doc = extract_text("會展統計\n今年第1季與會者/入場觀眾數目上升3.7%至18.8萬人次。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("与会者/入场观众数目", 188000) in got, got
    doc = extract_text("旅游统计\n今年一季度全市接待游客人数同比增长3.7%至18.8万人次。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("接待游客人数", 188000) in got, got


def test_a_hong_kong_married_name_after_a_post():
    """06-gba-leading-group (澎湃新闻): 行政长官林郑月娥于8月14日至16日访问北京 (base: no person read)."""
    doc = extract_text("大湾区领导小组\n据香港特别行政区政府新闻稿,行政长官林郑月娥于8月14日至16日访问北京。")
    assert ("林郑月娥", "香港特别行政区政府") in relation_pairs(doc, "holdsPost")
    doc = extract_text("县长办公会\n副县长陈方主持会议。")  # a plain name of two stays two
    assert "陈方" in _names(doc, "Person"), _names(doc, "Person")


def test_a_title_after_a_name_joins_two_people():
    """01-hk-ceo-gz-sz (香港新聞網): 教育局局長蔡若蓮博士和行政長官辦公室主任葉文娟 (base: an agency
    教育局局长蔡若莲博士和行政长官办公室, 葉文娟's post held there)."""
    doc = extract_text("李家超率團赴廣州及深圳\n代表團成員包括政務司副司長卓永興、教育局局長蔡若蓮博士和行政長官辦公室主任葉文娟等。")
    assert not any("博士" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("叶文娟", "行政长官办公室") in relation_pairs(doc, "holdsPost")


def test_posts_then_their_new_holder_after_you():
    """04-hk-gba-office (新華社香港電): a post and its new holder after 由 (粵港澳大灣區發展專員由袁民忠出任),
    written here on a bureau's head (base: no person read)."""
    doc = extract_text("香港特區政府宣布\n政府宣布,政制及內地事務局局長由曾國衞出任。")
    assert ("曾国卫", "香港特别行政区政府政制及内地事务局") in relation_pairs(doc, "holdsPost")
    doc = extract_text("县政府常务会\n会议决定,县教育局局长由王建军同志担任。")
    assert ("王建军", "县教育局") in relation_pairs(doc, "holdsPost")
    doc = extract_text("县政府常务会\n会议由县长王刚主持。")  # a meeting's chair is no post's new holder
    assert relation_pairs(doc, "holdsPost") == {("王刚", "县人民政府")}, relation_pairs(doc, "holdsPost")


def test_hong_kong_s_security_bureau_in_a_list_of_bureaus():
    """08-hk-cs-gba-talent (香港商報): 保安局局長鄧炳強、運輸及物流局局長林世雄…將參與明日的廣州行程 (base: 保安局
    unplaced and no bureau of Hong Kong's government, while 運輸及物流局 was)."""
    doc = extract_text("陳國基訪大灣區\n保安局局長鄧炳強、運輸及物流局局長林世雄和勞工及福利局局長孫玉菡將參與明日的廣州行程。")
    assert ("邓炳强", "香港特别行政区政府保安局") in relation_pairs(doc, "holdsPost")
    assert ("香港特别行政区政府保安局", "香港") in relation_pairs(doc, "locatedIn")
