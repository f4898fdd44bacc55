"""Agencies and organisations in investment and signing news about development zones (orgs19): a
bare 管委会 listed after a zone's party working committee (开发区党工委书记、管委会主任) is that
zone's committee, not the city's.  Sentences in those shapes, none copied."""
from __future__ import annotations

from conftest import extract_text, held_posts, mentioned, names_doc


def test_a_bare_committee_after_a_zones_working_committee_is_the_zones():
    """聊城开发区党工委书记、管委会主任贾某: the 管委会 was named by the zone's city (聊城市管委会, a body
    no city has); the working committee names its zone, whose 管委会 it is."""
    doc = extract_text("签约\n1月17日，签约仪式在市会议中心举行，德州开发区党工委书记、管委会主任王建国致辞。")
    bodies = {b for _, b, _, _ in held_posts(doc)}
    assert "德州开发区管委会" in bodies
    assert "德州市管委会" not in bodies


def test_a_new_areas_working_committee_names_its_new_area():
    """区委副书记、南海新区工委书记、管委会主任张某: 南海新区 is the zone (a 新区), not 南海."""
    doc = extract_text("峰会\n7月2日，峰会在南海新区举行。区委副书记、南海新区工委书记、管委会主任张海军参加峰会。")
    bodies = {b for _, b, _, _ in held_posts(doc)}
    assert "南海新区管委会" in bodies
    assert "南海管委会" not in bodies


def test_a_zone_written_in_full_keeps_its_whole_name():
    """合肥新站高新区党工委书记、管委会主任: the committee of the zone named whole, as before."""
    doc = extract_text("签约\n合肥新站高新区党工委书记、管委会主任黄卫东出席签约活动。")
    bodies = {b for _, b, _, _ in held_posts(doc)}
    assert "合肥新站高新区管委会" in bodies


def test_a_working_committee_of_a_zone_no_table_knows():
    """中新苏滁高新区党工委委员、管委会副主任: the zone is in no division table, so 党工委 (an inner
    body) had no body before it and both posts were lost or held in a bare 管委会; a zone's name of
    two to four characters opening the clause names the committee, as a village's name does."""
    doc = extract_text("会谈\n公司董事长一行来访。苏嘉高新区党工委委员、管委会副主任陈立明热情接待。")
    posts = held_posts(doc)
    assert ("陈立明", "苏嘉高新区党工委", "委员", None) in posts
    assert ("陈立明", "苏嘉高新区管委会", "副主任", None) in posts


def test_a_zone_after_a_verb_is_not_read_into_the_name():
    """县长率队拜访苏嘉高新区党工委书记: the run before the zone word is longer than a name (率队拜访
    苏嘉), so no committee is made up of the verb and the name."""
    doc = extract_text("考察\n县长率队拜访苏嘉高新区党工委书记王刚。")
    assert not any("拜访" in b for _, b, _, _ in held_posts(doc))


def test_an_alliance_named_after_its_members_kind_is_not_a_university():
    """北京高科大学联盟理事长: the suffix 大学 ended the name, and a university 北京高科大学 that does not
    exist was made (and placed in Beijing); the alliance is the organisation."""
    doc = names_doc("峰会\n江南高校大学联盟理事长王某出席峰会。长三角研究型大学联盟成立。")
    orgs = mentioned(doc, "Organization")
    assert {"江南高校大学联盟", "长三角研究型大学联盟"} <= orgs
    assert not {"江南高校大学", "长三角研究型大学"} & orgs


def test_an_alliance_alone_is_still_no_name():
    """双方结成战略联盟: 联盟 carries a suffix's name on; alone it names no organisation."""
    doc = names_doc("合作\n双方结成战略联盟，组建产业联盟。")
    assert not any(n.endswith("联盟") for n in mentioned(doc, "Organization"))


def test_a_zones_bureaus_after_its_working_committee_are_the_zones():
    """开发区党工委委员、管委会副主任、建设房产局局长: the bureau was left bare (建设房产局) or named by
    the city (聊城市财政局); after a zone's working committee it is the zone's bureau, and its
    纪工委 the zone's commission, bodies every zone has of its own."""
    doc = extract_text("会谈\n苏嘉高新区党工委委员、管委会副主任、建设房产局局长吕某出席。")
    assert ("吕某", "苏嘉高新区建设房产局", "局长", None) in held_posts(doc)
    doc = extract_text("签约\n德州开发区党工委委员、财政局局长王某，德州开发区党工委委员、纪工委书记李某出席。")
    posts = held_posts(doc)
    assert ("王某", "德州开发区财政局", "局长", None) in posts
    assert ("李某", "德州开发区纪工委", "书记", None) in posts


def test_the_place_joined_to_our_county_is_the_other_party():
    """我县人民政府与东阿县人民政府合作共建: the only county named was taken for 我县, and the host's
    leaders (县委副书记、县长王某) were made leaders of the partner county; the place joined to
    我县 by 与 is the other party, never the article's own place."""
    doc = extract_text("合作共建\n11月27日，我县人民政府与安平县人民政府签署协议。县委副书记、县长王东出席。")
    bodies = {b for _, b, _, _ in held_posts(doc)}
    assert not any(b.startswith("安平县") for b in bodies)
    doc = extract_text("结对\n11月27日，安平县与我县签署结对协议。县委书记王东出席。")
    assert not any(b.startswith("安平县") for _, b, _, _ in held_posts(doc))
