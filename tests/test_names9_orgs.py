"""Organisations on unseen city and county news (names9): a place that is the subject of a clause
before an organisation's name (泉州市充分发动|…商会) is no part of the name."""
from __future__ import annotations

from conftest import mentioned, names_doc as run


def test_a_place_adverb_and_verb_before_an_organisation_are_no_part_of_it():
    doc = run("泉州市充分发动商会、协会力量，组织企业参加展会。")
    assert not any(n.startswith("泉州市") for n in mentioned(doc, "Organization"))
    assert "泉州市" in mentioned(doc, "Place")
    doc = run("泉州市充分发动晋江市鞋业商会等行业组织参与。南安市积极引导企业加入南安市石材工业协会。")
    orgs = mentioned(doc, "Organization")
    assert {"晋江市鞋业商会", "南安市石材工业协会"} <= orgs
    assert not any("充分" in n or "积极" in n for n in orgs)


def test_business_words_after_a_place_stay_in_a_company_name():
    doc = run("邯郸市建设投资集团有限公司、泉州市开发建设有限公司中标。")
    assert {"邯郸市建设投资集团有限公司", "泉州市开发建设有限公司"} <= mentioned(doc, "Organization")


def test_clubs_named_by_a_place_word_or_a_date_are_teams_in_a_match():
    doc = run("在昨晚进行的中超联赛中，山东泰山队主场以2比1战胜北京国安队。")
    orgs = mentioned(doc, "Organization")
    assert {"山东泰山队", "北京国安队"} <= orgs
    assert "泰山区" not in mentioned(doc, "Place")
    doc = run("甲A联赛第10轮，八一队主场0比0逼平四川全兴队。")
    assert {"八一队", "四川全兴队"} <= mentioned(doc, "Organization")


def test_a_place_word_before_a_work_team_outside_sport_is_no_club():
    doc = run("山东泰山医疗队今天出发，赴灾区开展巡回医疗。")
    assert "山东泰山医疗队" not in mentioned(doc, "Organization")
    doc = run("八一建军节前夕，县人武部组织民兵队伍开展训练。")
    assert not any(n.startswith("八一") for n in mentioned(doc, "Organization"))


def test_a_university_whose_name_holds_caijing_is_found_after_a_verb():
    doc = run("王明1990年毕业于西南财经大学，现任某银行行长。")
    assert "西南财经大学" in mentioned(doc, "Organization")
    assert "西南" not in mentioned(doc, "Place")
    doc = run("中南财经政法大学与江西财经大学签署合作协议。")
    assert {"中南财经政法大学", "江西财经大学"} <= mentioned(doc, "Organization")


def test_a_trade_named_with_a_companys_name_is_no_company():
    doc = run("他说，这家企业是中国建筑业的排头兵。")
    assert not any("建筑" in n for n in mentioned(doc, "Organization"))
    doc = run("中国平安业绩稳步增长。")
    assert any("平安" in n for n in mentioned(doc, "Organization"))


def test_companies_by_brand_and_trade_are_organisations():
    doc = run("青原区主动对接粤港澳大湾区，引进旺湖牧业、奔象果业等一批农业龙头企业。")
    assert {"旺湖牧业", "奔象果业"} <= mentioned(doc, "Organization")


def test_a_trade_word_is_no_company():
    doc = run("全县大力发展畜牧业和林果业，推进茶业转型升级。")
    assert not any(n.endswith("业") for n in mentioned(doc, "Organization"))
    doc = run("活动由北京九鼎轩置业企划有限公司组织。")
    assert "北京九鼎轩置业企划有限公司" in mentioned(doc, "Organization") or \
        "九鼎轩置业企划有限公司" in mentioned(doc, "Organization")
    assert not any(n.endswith("置业") for n in mentioned(doc, "Organization"))
