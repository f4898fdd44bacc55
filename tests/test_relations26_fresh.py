"""Crab festivals on lakes, county campaigns and ministries' joint notices (round 26): a lake or river
(洪泽湖, 固城湖) in a festival's or a meeting's name, or as its scene, names where the crabs come from,
never a place the event is held in (a division of the gazetteer such as 洪泽区 still is); a country
joined to the rest by a middle dot (中国·某县螃蟹节) is the brand of a local festival, not its place.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _result(text: str):
    return extract_document(Doc(id="t", source="t.txt", text=text))


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    res = _result(text)
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == predicate}


def _places_of(text: str, programme: str) -> set[str]:
    return {o for s, o in _relations(text, "implementedIn") if s == programme}


def test_a_festival_by_a_lake_is_not_in_the_lake():
    """第十届洪泽湖螃蟹节在洪泽湖畔开幕: the lake is the crabs' water, not the festival's place."""
    text = "9月20日,第十届洪泽湖螃蟹节在洪泽湖畔开幕。"
    assert "洪泽湖" not in _places_of(text, "洪泽湖螃蟹节")


def test_a_news_conference_named_after_a_lake_is_not_in_it():
    """2017中国洪泽湖国际大闸蟹节新闻发布会: the lake in the name places no meeting."""
    text = "7月1日,淮安市洪泽区举行2017中国洪泽湖国际大闸蟹节新闻发布会。"
    assert "洪泽湖" not in _places_of(text, "2017中国洪泽湖国际大闸蟹节新闻发布会")


def test_a_lake_the_tagger_found_is_no_festival_place():
    """固城湖 (a lake outside the gazetteer) opening the festival's scene: no place of the festival."""
    text = "9月19日上午,第十五届中国·高淳固城湖螃蟹节在固城湖沙滩浴场盛大开幕。"
    assert "固城湖" not in _places_of(text, "中国·高淳固城湖螃蟹节")


def test_a_country_with_a_dot_is_a_brand():
    """中国·X螃蟹节 with no other place: 中国 before the dot is the brand, not where it is held."""
    text = "9月19日上午,第十五届中国·高淳固城湖螃蟹节盛大开幕。"
    assert "中国" not in _places_of(text, "中国·高淳固城湖螃蟹节")


def test_a_country_with_a_dot_leaves_the_county_scene():
    """中国·X螃蟹节在高淳区开幕: the county of the scene is the festival's place."""
    text = "9月19日,第十五届中国·高淳固城湖螃蟹节在高淳区开幕。"
    assert "高淳区" in _places_of(text, "中国·高淳固城湖螃蟹节")


def test_a_division_named_after_a_lake_keeps_its_festival():
    """大通湖区 is a division of the gazetteer: a festival held there is in it (or its city)."""
    text = "11月23日,第三届大通湖大闸蟹节在益阳市大通湖区开幕。"
    assert _places_of(text, "大通湖大闸蟹节") & {"大通湖区", "益阳市"}


def test_a_campaign_on_a_river_keeps_the_river():
    """长江禁渔专项整治行动: a campaign on the water (no event) keeps the river as its place."""
    text = "今年以来,沿江各地深入开展长江禁渔专项整治行动。"
    assert "长江" in _places_of(text, "长江禁渔专项整治行动")
