"""Names on unseen city and county news (names10): central enterprises' engineering bureaus
written short (中建三局) are companies, an office written short before a document verb
(县政府办印发…), and a region's name inside a city's name written by sound (雷西斯滕西亚市)."""
from __future__ import annotations

from conftest import mentioned, names_doc as run


def test_an_enterprise_bureau_written_short_is_a_company_not_an_agency():
    doc = run("当天，省国资委与中建三局签署战略合作协议，中交二航局、中铁大桥局负责大桥施工。")
    orgs = mentioned(doc, "Organization")
    assert {"中建三局", "中交二航局", "中铁大桥局"} <= orgs
    assert "省国资委" in mentioned(doc, "Agency")
    assert not any("局" in n and n != "省国资委" for n in mentioned(doc, "Agency"))


def test_a_bureau_company_written_in_full_keeps_its_full_name():
    doc = run("中铁十一局集团有限公司与中建三局一公司联合中标该工程。")
    orgs = mentioned(doc, "Organization")
    assert {"中铁十一局集团有限公司", "中建三局一公司"} <= orgs
    assert "中铁十一局" not in orgs and "中建三局" not in orgs


def test_a_general_office_written_short_before_a_document_verb():
    doc = run("日前，县政府办印发了《关于加强安全生产工作的通知》。")
    assert "县人民政府办公室" in mentioned(doc, "Agency")
    doc = run("市委办、市政府办联合印发《实施意见》。")
    assert {"市委办公室", "市人民政府办公室"} <= mentioned(doc, "Agency")


def test_government_affairs_hall_is_no_general_office():
    doc = run("县政府办事大厅正式启用，群众办事更加方便。")
    assert "县人民政府办公室" not in mentioned(doc, "Agency")


def test_a_region_inside_a_city_written_by_sound_is_no_place():
    doc = run("阿根廷雷西斯滕西亚市举行了中国文化周活动。")
    places = mentioned(doc, "Place")
    assert "阿根廷" in places and "西亚" not in places
    doc = run("中国同西亚、北非国家贸易增长，西亚市场潜力巨大。")
    assert "西亚" in mentioned(doc, "Place")


def test_a_venue_named_by_its_place_and_kind_is_an_organisation():
    doc = run("代表团参观了南昌国际博览中心，比赛在县体育馆举行。")
    orgs = mentioned(doc, "Organization")
    assert {"南昌国际博览中心", "县体育馆"} <= orgs
    assert not any("体育" in n for n in mentioned(doc, "Agency"))


def test_a_market_is_read_back_past_a_compound_verb_before_it():
    doc = run("市领导一行还实地考察了城南综合市场，听取市场提升改造情况汇报。")
    orgs = mentioned(doc, "Organization")
    assert "城南综合市场" in orgs
    assert not any(n.startswith("实地") for n in orgs)
    doc = run("要加强综合市场管理，规范经营秩序。")
    assert not any("综合市场" in n for n in mentioned(doc, "Organization"))


def test_a_bare_high_tech_zone_is_the_one_zone_of_the_article_city():
    doc = run("一季度，烟台市采购额超过2亿元的县区有3个。其中仅高新区就完成采购额7.84亿元。")
    assert "烟台高新技术产业开发区" in mentioned(doc, "Place")


def test_a_high_tech_zone_as_a_kind_or_of_every_city_is_no_place():
    doc = run("烟台市积极争创国家高新区，推动各高新区高质量发展。")
    assert not any("高新" in n for n in mentioned(doc, "Place"))
    doc = run("全国各高新区加快发展，高新区数量继续增加。")
    assert not any("高新" in n for n in mentioned(doc, "Place"))
