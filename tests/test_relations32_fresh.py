"""Corridors, games and investment visits in shapes read on fresh news (round 32): Belt and Road
corridor news, provincial and national games, fairs, and county or city news of investors' visits.
A local body promoting a Belt and Road corridor takes part in it and runs none of it; the partner's
voice writes the corridor with its own short form first (巴中经济走廊: the corridor, not 巴中市); the
sentence announcing an opening ceremony names no event; games named short after their edition or host
(第十四届全运会, 陕西全运会) are the games of the full name, held where their host is, not in the
article's province; a lead telling of a visit to 我市/我县 names the visitors' places, not the host's.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import extract_relations as _extract, relations_of as _relations


def test_city_committee_promoting_a_corridor_does_not_run_it():
    """绵阳市委…研究推进中巴经济走廊建设: the city takes part (its part is done in the city), it runs none
    of the corridor two countries build."""
    text = "绵阳市委召开常委会议，研究推进中巴经济走廊建设有关工作。"
    assert ("绵阳市委", "中巴经济走廊") not in _relations(text, "runs")
    assert ("中巴经济走廊", "绵阳市") in _relations(text, "implementedIn")


def test_partner_voice_corridor_is_the_same_corridor():
    """巴方愿同中方落实好巴中经济走廊: the partner names itself first; one corridor, 中巴经济走廊."""
    _, progs, _ = _extract("巴方表示，愿同中方落实好巴中经济走廊等重大合作项目。")
    assert "中巴经济走廊" in progs
    _, progs, _ = _extract("俄方愿推进俄中经济走廊建设。")
    assert "中俄经济走廊" in progs


def test_several_partners_keep_their_written_order():
    """孟中印缅经济走廊: a run of four keeps its own name (a guard: it passed before)."""
    _, progs, _ = _extract("云南积极参与孟中印缅经济走廊建设。")
    assert "孟中印缅经济走廊" in progs


def test_announcing_the_opening_names_no_event():
    """市长出席开幕式并宣布运动会开幕: a clause about the ceremony, no programme 开幕式并宣布运动会."""
    for text in ("市长出席开幕式并宣布运动会开幕。", "县长出席第十五届运动会开幕式并宣布运动会开幕。"):
        _, progs, _ = _extract(text)
        assert not any("宣布" in p for p in progs), progs


def test_provincial_games_still_read():
    """安徽省第十五届运动会在合肥开幕: the province's games (a guard: it passed before)."""
    _, progs, _ = _extract("安徽省第十五届运动会在合肥开幕。")
    assert "安徽省运动会" in progs


def test_national_games_by_short_form_are_not_the_provinces():
    """甘肃省体育局表彰参加第十四届全运会表现突出的集体: 全运会 is the 全国运动会, held in one host each
    time; the province whose athletes took part is no place of it."""
    text = "甘肃省体育局表彰参加第十四届全运会表现突出的集体。"
    _, progs, _ = _extract(text)
    assert "全国运动会" in progs
    assert not {o for s, o in _relations(text, "implementedIn") if "运会" in s or "运动会" in s}


def test_games_named_by_host_are_held_there():
    """我市运动员参加陕西全运会决赛, 杭州亚运会: the full name's games, held in the host named."""
    placed = _relations("我市共有156名运动员参加陕西全运会决赛。", "implementedIn")
    assert ("全国运动会", "陕西省") in placed
    placed = _relations("我县选手参加杭州亚运会。", "implementedIn")
    assert ("亚洲运动会", "杭州市") in placed


def test_visit_to_my_city_names_the_visitors_place():
    """招商动态 / 深圳市企业家考察团一行到我市考察…市长王五会见考察团一行: 深圳市 is where the visitors come
    from; the host's mayor is no mayor of 深圳市."""
    text = "招商动态\n5月5日，深圳市企业家考察团一行到我市考察对接项目，市长王五会见考察团一行。"
    names, _, rels = _extract(text)
    assert not any(r.predicate == "holdsPost" and names[r.object] == "深圳市" for r in rels)
