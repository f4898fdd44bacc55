"""Clubs named by a sponsor or emblem in match reports (泰山队, 健力宝队), national sports bodies by
their customary short forms (中国田协), foreign organs named without their country (内阁, 内政部),
and a city written right after its province as one dictionary word (广西南宁): sentences written
like People's Daily sport and foreign news and provincial government news."""
from __future__ import annotations

from conftest import extract_text as run
from conftest import surfaces


def test_sponsor_clubs_in_a_match_report_are_organisations():
    doc = run("本报济南5月10日电 在昨天的甲A联赛中，泰山队主场2∶1战胜健力宝队，"
              "泰山队的巴西外援攻入制胜一球。有心无力的前卫寰岛队只靠一名替补扳回一球。")
    orgs = surfaces(doc, "Organization")
    assert {"泰山队", "健力宝队", "前卫寰岛队"} <= orgs


def test_work_teams_and_kinds_of_team_are_no_clubs():
    doc = run("比赛期间，医疗队、志愿服务队和冠军队的队员都参加了闭幕式。"
              "县里组建了扶贫工作队、森林消防队，深入各村开展工作。")
    orgs = surfaces(doc, "Organization")
    assert not any(o.endswith("队") for o in orgs), orgs


def test_a_team_word_outside_sport_is_left_alone():
    doc = run("今年以来，该县组建了红旗宣讲队，深入田间地头宣讲政策。")
    assert "红旗宣讲队" not in surfaces(doc, "Organization")
    assert "宣讲队" not in surfaces(doc, "Organization")


def test_national_sports_bodies_by_their_short_forms():
    doc = run("今年，中国田协几经努力，邀请世界名将来华参赛。中国青基会将用这笔款项设立专项基金。")
    names = {e.name for e in doc.entities.values() if e.type == "Organization" and e.mentions}
    assert {"中国田径协会", "中国青少年发展基金会"} <= names


def test_a_national_womens_team_after_the_country():
    doc = run("北京5月12日讯 中国国家女篮明天离开北京赴斯洛伐克参加邀请赛。")
    assert "中国国家女篮" in surfaces(doc, "Organization")


def test_foreign_organs_named_without_their_country():
    doc = run("开罗6月2日电 埃及总理最近在内阁会议上宣布了新的预算。内政部长将于明天与警察工会展开谈判。")
    agencies = surfaces(doc, "Agency")
    assert {"内阁", "内政部"} <= agencies


def test_city_written_after_its_province_as_one_word():
    doc = run("2024年5月8日，第二十届中国—东盟博览会在广西南宁开幕。山西太原、辽宁大连等地企业参展。")
    places = {e.name for e in doc.entities.values() if e.type == "Place" and e.mentions}
    assert {"南宁市", "太原市", "大连市", "广西壮族自治区"} <= places


def test_a_province_word_glued_to_another_place_name_is_not_split_blindly():
    # 广西北海 is one dictionary word too: 北海 after 广西 is the city, and stays one place mention
    doc = run("2024年5月8日，广西北海举办了海洋文化节。")
    spans = sorted((m.surface, m.start) for e in doc.entities.values() if e.type == "Place" for m in e.mentions)
    assert ("北海", 12) in spans
