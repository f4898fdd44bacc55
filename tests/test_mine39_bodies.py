"""mine39: words that are no part of a body's name (real scrapes and county news, as published):
a deictic "our city" before a company, a quantifier before a kind of body, a date before 日报道,
an election verb before the body elected."""
from __future__ import annotations

from conftest import body_names, extract_text


def test_our_city_before_a_company_is_no_word_of_its_name():
    doc = extract_text("代表团一行先后参观了我市江州工艺品有限公司、新坝镇治安村农业观光区等地。")
    orgs = body_names(doc, "Organization")
    assert "江州工艺品有限公司" in orgs
    assert not {o for o in orgs if o.startswith("我市")}


def test_some_hospitals_are_no_body():
    """乌鲁木齐市一些医院共接诊…: some of the city's hospitals, no hospital named."""
    doc = extract_text("截至9月3日,乌鲁木齐市一些医院共接诊自称被扎伤的群众531人。")
    assert not {o for o in body_names(doc, "Organization") if "医院" in o}


def test_a_date_before_a_report_is_no_newspaper():
    """据中新海南网7月17日报道: 日报 there is the day's 日 and 报道, no daily."""
    doc = extract_text("【文汇网讯】据中新海南网7月17日报道,海南省第四届人民代表大会常务委员会第三十二次会议圆满完成各项议程。")
    assert not {o for o in body_names(doc, "Organization") if "17" in o}
    assert "海南省人大常委会" in body_names(doc, "Agency")


def test_an_election_verb_is_no_part_of_the_body_elected():
    doc = extract_text("大家都在看察右后旗选举产生首任监察委员会主任杭桂林一行深入察右后旗开展送温暖走访慰问活动。")
    assert not {a for a in body_names(doc, "Agency") if "选举" in a}
