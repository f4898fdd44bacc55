"""Belt and Road economic corridors in shapes read on fresh corridor news (round 31): a corridor named by
the short forms of the countries it joins (中巴经济走廊, 中蒙俄经济走廊, 孟中印缅经济走廊: China among
them, maybe not first), or by China's name and the regions it reaches joined by dashes (中国—中南半岛
经济走廊), is one programme of all of them, not a run of places with a stray head word; it runs through
them all, so a dateline's city does not place it.  A body or meeting named after a corridor
(中巴经济走廊联合合作委员会第十三次会议在伊斯兰堡举行) is what is held there, not the corridor.  以 before
中 is the preposition of 以…为引领, no short form of Israel opening a run of countries.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import built, extract_relations as _extract, mentioned, relations_of as _relations


def test_corridors_named_by_short_forms_are_programmes():
    """中巴经济走廊, 中蒙俄经济走廊, 中缅经济走廊: China's 中 first, then the partners' short forms."""
    _, progs, _ = _extract("双方表示，中巴经济走廊是旗舰项目。中蒙俄经济走廊建设稳步推进，中缅经济走廊取得进展。")
    assert {"中巴经济走廊", "中蒙俄经济走廊", "中缅经济走廊"} <= progs


def test_corridor_with_china_inside_the_run():
    """孟中印缅经济走廊: the run of the four countries' short forms has China second."""
    _, progs, _ = _extract("云南积极参与孟中印缅经济走廊建设。")
    assert "孟中印缅经济走廊" in progs


def test_corridor_named_by_dashed_regions():
    """中国—中南半岛经济走廊, 中国-中亚-西亚经济走廊: China's name and one or more regions joined by dashes."""
    _, progs, _ = _extract("广西加快建设中国—中南半岛经济走廊，新疆推进中国-中亚-西亚经济走廊建设。")
    assert "中国—中南半岛经济走廊" in progs
    assert any(p.endswith("西亚经济走廊") and p.startswith("中国") for p in progs)


def test_corridor_is_not_placed_by_the_dateline():
    """人民网呼和浩特9月28日电 …打造中蒙俄经济走廊的重要支点: the corridor runs through three countries; the
    dateline's city is not where it is carried out."""
    text = "人民网呼和浩特9月28日电 内蒙古正在打造中蒙俄经济走廊的重要支点。"
    assert "中蒙俄经济走廊" in _extract(text)[1]
    assert not {o for s, o in _relations(text, "implementedIn") if s == "中蒙俄经济走廊"}


def test_meeting_named_after_a_corridor_does_not_place_it():
    """中巴经济走廊联合合作委员会第十三次会议在伊斯兰堡举行: the committee's meeting is held in
    伊斯兰堡, not the corridor."""
    text = "中巴经济走廊联合合作委员会第十三次会议在伊斯兰堡举行。双方表示，中巴经济走廊是旗舰项目。"
    assert "中巴经济走廊" in _extract(text)[1]
    assert ("中巴经济走廊", "伊斯兰堡") not in _relations(text, "implementedIn")


def test_preposition_before_china_is_no_country():
    """以中巴经济走廊为引领: 以 is the preposition, not Israel's short form opening the run 以中巴."""
    doc = built("两国同意，以中巴经济走廊为引领，打造合作布局。")
    assert "以色列" not in mentioned(doc, "Place")
    _, progs, rels = _extract("两国同意，以中巴经济走廊为引领，打造合作布局。")
    assert "中巴经济走廊" in progs and "以中巴经济走廊" not in progs


def test_israel_palestine_run_still_read():
    """以巴冲突: 以 before a partner other than 中 still opens a run of countries (a guard: it passed before)."""
    doc = built("各方呼吁尽快平息以巴冲突。")
    assert {"以色列", "巴勒斯坦"} <= mentioned(doc, "Place")


def test_corridor_old_name_is_unplaced_by_the_province_building_it():
    """内蒙古打造中蒙俄国际经济合作走廊: the corridor's first name; the province builds its part, which
    does not place the corridor of three countries there."""
    text = "内蒙古打造中蒙俄国际经济合作走廊\n近期内蒙古提出全力打造中蒙俄国际经济合作走廊。"
    assert "中蒙俄国际经济合作走廊" in _extract(text)[1]
    assert not {o for s, o in _relations(text, "implementedIn") if s == "中蒙俄国际经济合作走廊"}


def test_announcing_the_opening_is_no_event_name():
    """安徽省委书记某某宣布运动会开幕 (sports games and festival news): the run from the place to the
    event's head holds the person announcing the opening, no event's name; the person keeps his post."""
    text = "11月1日晚，省运动会开幕式在滁州市奥体中心举行，安徽省委书记王建国宣布运动会开幕。"
    names, progs, _ = _extract(text)
    assert not any("宣布" in p for p in progs)
    assert "王建国" in mentioned(built(text), "Person")


def test_games_named_by_a_world_region_keep_it():
    """所罗门群岛主办太平洋运动会, 承办亚洲运动会: a world region opening games of many countries is part of
    their name (as a country's is), not the place they are held in."""
    _, progs, _ = _extract("所罗门群岛主办太平洋运动会，中方援建的体育场如期交付。浙江将承办亚洲运动会。")
    assert {"太平洋运动会", "亚洲运动会"} <= progs


def test_fair_short_name_after_going_is_no_city_mention():
    """赴昆交会参展 (provincial commerce news): 昆 opens the fair's short name 昆交会, no 昆明 written short
    after the verb 赴; the fair is still held in 昆明市, which its short name names."""
    text = "省商务厅组织企业赴第六届昆交会参展，签约项目30个。"
    assert "昆明市" not in mentioned(built(text), "Place")
    assert ("中国昆明进出口商品交易会", "昆明市") in _relations(text, "implementedIn")


def test_provincial_games_keep_their_province_and_are_placed_where_held():
    """安徽省第十五届运动会开幕式在该省滁州市奥体中心举行 (provincial sports news): an edition of a bare kind
    of event (第十五届运动会) is the province's games, named with it (安徽省运动会, as 第N届 is no part of
    a name) — not a 第十五届运动会 every province holds — and held in the city the sentence names."""
    text = "11月1日晚，安徽省第十五届运动会开幕式在该省滁州市奥体中心举行。"
    _, progs, _ = _extract(text)
    assert "安徽省运动会" in progs and "第十五届运动会" not in progs
    assert ("安徽省运动会", "滁州市") in _relations(text, "implementedIn")
