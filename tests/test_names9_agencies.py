"""Agencies on unseen city and county news (names9): bodies followed by the words that open what
they do (…局分别, …局分头, …局有关负责人), written the way city and county sites write them."""
from __future__ import annotations

from conftest import mentioned, names_doc as run


def test_an_agency_before_fenbie_fentou_or_youguan_is_found():
    doc = run("赣州市应急管理局、赣州市市场监督管理局分别牵头开展安全检查。")
    assert "赣州市市场监督管理局" in mentioned(doc, "Agency")
    doc = run("6月3日，吉安市农业农村局分头深入各县开展督导。")
    assert "吉安市农业农村局" in mentioned(doc, "Agency")
    doc = run("近日，上饶市教育局有关负责人介绍了今年中考安排。")
    assert "上饶市教育局" in mentioned(doc, "Agency")


def test_suffix_words_that_are_other_words_stay_no_agency():
    doc = run("吉安市大部分村庄已完成改厕，县城所有关键路口都安装了监控。")
    assert not any(n.endswith(("部", "所")) for n in mentioned(doc, "Agency"))


def test_a_list_of_cities_shares_the_bureau_named_after_the_last():
    doc = run("4月，赣州市、吉安市、上饶市农业农村局联合开展农资打假专项行动。")
    agencies = mentioned(doc, "Agency")
    assert {"赣州市农业农村局", "吉安市农业农村局", "上饶市农业农村局"} <= agencies
    assert {"赣州市", "吉安市", "上饶市"} <= mentioned(doc, "Place")
    assert not any(e.type == "Agency" and "吉安市" in e.aliases for e in doc.entities.values())


def test_places_of_other_levels_before_a_bureau_do_not_share_it():
    doc = run("江西省、赣州市农业农村局负责同志出席会议。")
    assert "江西省农业农村局" not in mentioned(doc, "Agency")
    assert "赣州市农业农村局" in mentioned(doc, "Agency")


def test_hong_kong_and_macao_government_bodies_are_agencies_of_the_region():
    doc = run("香港特区政府财政司司长表示，香港金融管理局将继续维护联系汇率制度。澳门特区政府经济财政司当天发布消息。")
    agencies = mentioned(doc, "Agency")
    assert {"香港特别行政区政府财政司", "香港金融管理局", "澳门特别行政区政府经济财政司"} <= agencies
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name)
               for r in doc.relations if r.predicate == "locatedIn"}
    assert ("香港金融管理局", "香港") in located
    assert ("澳门特别行政区政府经济财政司", "澳门") in located


def test_hong_kong_companies_and_universities_stay_organisations():
    doc = run("香港大学与香港电灯公司签署合作协议，香港特区政府新闻处发布公报。")
    assert {"香港大学", "香港电灯公司"} <= mentioned(doc, "Organization")
    assert "香港特别行政区政府新闻处" in mentioned(doc, "Agency")
    assert not any(n.endswith("公司") for n in mentioned(doc, "Agency"))


def test_committees_and_offices_by_their_customary_short_forms():
    doc = run("江西省安委会办公室印发通知。赣州市禁毒办、赣州市综治办联合开展宣传活动，县双打办组织执法检查。")
    agencies = mentioned(doc, "Agency")
    assert {"江西省安全生产委员会办公室", "赣州市禁毒委员会办公室",
            "赣州市社会治安综合治理委员会办公室"} <= agencies
    assert any(n.endswith("工作领导小组办公室") and n.startswith("县") for n in agencies)
    by_name = {e.name: e for e in doc.entities.values()}
    assert "赣州市综治办" in by_name["赣州市社会治安综合治理委员会办公室"].aliases


def test_a_short_form_that_opens_another_word_is_no_office():
    doc = run("吉安市编办法律顾问制度已经建立。")
    assert "吉安市机构编制委员会办公室" not in mentioned(doc, "Agency")


def test_merged_culture_tourism_and_sport_bureaus_by_their_short_stems():
    doc = run("9月30日，县双打办组织县市场监管局、县文广旅体局等部门开展节前联合执法行动。")
    agencies = mentioned(doc, "Agency")
    assert "县文化广电旅游体育局" in agencies
    assert "县市场监督管理局" in agencies


def test_departments_listed_after_a_scoped_one_share_its_scope():
    doc = run("荆州市发改委、住建委、规划局、沙市区政府主要负责人参加签约仪式。")
    agencies = mentioned(doc, "Agency")
    assert {"荆州市发展和改革委员会", "荆州市住房和城乡建设委员会", "荆州市规划局", "沙市区人民政府"} <= agencies
    doc = run("县财政局、审计局负责同志参加。")
    agencies = mentioned(doc, "Agency")
    assert {"县财政局", "县审计局"} <= agencies


def test_a_bare_department_after_a_list_mark_without_a_scoped_head_stays_unread():
    doc = run("会议要求，财政局、审计局要加强协作。")
    assert not any(n.endswith("审计局") for n in mentioned(doc, "Agency"))
