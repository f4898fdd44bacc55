"""Names on unseen national, foreign-affairs, county and enterprise news (names11): a country
written short before 国内 (俄国内), a central enterprise's bureau opened by 中国 (中国水电八局), a
group's short and long forms (中国电建集团, 中国电力建设集团), and common words jieba's dictionary
tags as places (满意度, 台次, 镇区)."""
from __future__ import annotations

from conftest import mentioned, names_doc as run, surfaces


def test_a_country_written_short_before_guonei_is_the_country():
    doc = run("他表示，俄国内通胀压力上升，俄国外汇储备有所增加。")
    assert "俄罗斯" in mentioned(doc, "Place")
    assert "俄" in surfaces(doc, "Place")
    assert "俄国" in surfaces(doc, "Place")  # 俄国|外汇: the country's older name, before a word of its own
    assert mentioned(doc, "Place") == {"俄罗斯"}


def test_a_country_whose_name_ends_in_guo_keeps_it_before_nei():
    doc = run("美国内政部当天发布声明。")
    assert "俄罗斯" not in mentioned(doc, "Place")
    assert any(n.startswith("美国") for n in mentioned(doc, "Agency"))


def test_a_central_enterprise_bureau_opened_by_china_is_a_company():
    doc = run("该水电站大坝工程由中国水电八局承建，中国水电十一局负责厂房施工。")
    orgs = mentioned(doc, "Organization")
    assert {"中国水电八局", "中国水电十一局"} <= orgs
    assert not mentioned(doc, "Agency")


def test_a_groups_short_and_long_forms_merge_with_the_group():
    doc = run("中国电力建设集团有限公司（简称中国电建）中标该项目。中国电建集团表示，"
              "中国电力建设集团将派出精干力量。")
    orgs = mentioned(doc, "Organization")
    assert orgs == {"中国电力建设集团有限公司"}
    assert {"中国电建集团", "中国电力建设集团"} <= surfaces(doc, "Organization")


def test_a_group_written_with_jituan_after_its_short_form():
    doc = run("中国移动集团与中国华能集团签署战略合作协议。")
    assert {"中国移动通信集团有限公司", "中国华能集团有限公司"} <= mentioned(doc, "Organization")


def test_measures_and_counts_tagged_as_places_are_no_places():
    doc = run("活动聚焦群众满意度，大队共出动警力90人次，警车15台次。")
    assert not mentioned(doc, "Place")
    doc = run("该镇先后获评为市级平安镇区。")
    assert "镇区" not in mentioned(doc, "Place")
