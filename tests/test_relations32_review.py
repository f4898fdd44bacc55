"""Review of round 32's merge (fix32a): a city's short name beside China's 中 is the two countries
only after a diplomatic word, in a paragraph naming the partner in full (巴中友好, 巴中关系; not 巴中
经济开发区, 巴中文化旅游, 在巴中投资); games written short after their edition are the national games
only where held is written, and a place written before the edition makes them its own games
(魏县运动员在第十四届全运会上, 沂水县第十四届全运会开幕). Sentences written for these tests in the
shape of such texts."""
from __future__ import annotations

from conftest import built, relations_of as _relations


def _places(text: str) -> set[str]:
    return {e.name for e in built(text).entities.values() if e.type == "Place"}


def test_city_short_name_before_everyday_words_stays_the_city():
    """巴中文化旅游推介会 / 巴中经济开发区、巴中科技园区参展 / 来自巴西等国的客商: 经济, 文化, 科技 are words
    a city takes too; 巴中市 is the article's place, 巴中经济开发区 its part."""
    doc = built("巴中文化旅游推介会举行\n巴中文化旅游推介会在成都举行，巴中经济开发区、巴中科技园区参展。"
                "来自巴西等国的客商参加推介会。")
    assert "巴中市" in {e.name for e in doc.entities.values() if e.type == "Place"}
    assert doc.document["articles"][0]["place"] == "place-511900"


def test_city_short_name_after_in_then_invest_stays_the_city():
    """来自巴西的客商…将在巴中投资建设农产品加工项目: 在 and 投资 are no diplomatic words."""
    text = "来自巴西的客商参观考察。多家企业将在巴中投资建设农产品加工项目。"
    assert ("农产品加工项目", "巴中市") in _relations(text, "implementedIn")


def test_city_short_name_before_a_word_opening_with_a_cue_stays_the_city():
    """巴中高层次人才 (高层 opens 高层次): the city's talent; 巴中高层交往 is the countries'."""
    assert "巴中市" in _places("来自巴西的专家介绍经验，巴中高层次人才队伍不断壮大。")
    assert "巴中市" not in _places("巴基斯坦总统表示，巴中高层交往密切。")


def test_partner_named_in_a_later_paragraph_keeps_the_city():
    """巴西 named in a later paragraph only: 巴中友好城市 is the city's own twinning news; the partner's
    voice follows the paragraph naming the partner (巴西…会见…\n…高度重视巴中关系 keeps the countries)."""
    assert "巴中市" in _places("巴中友好城市工作会议召开。\n会议期间，巴西客商参观了产业园。")
    assert "巴中市" not in _places("王毅会见巴西总统首席特别顾问阿莫林。\n阿莫林表示，卢拉总统高度重视巴中关系。")


def test_partner_voice_still_names_two_countries():
    """巴基斯坦总理表示，巴中友好…; 巴中两国建交 (kept from commit 9c55140b)."""
    assert "巴中市" not in _places("巴基斯坦总理表示，巴中友好是巴基斯坦外交政策的基石。")
    assert "巴中市" not in _places("巴基斯坦外长说，巴中两国建交以来关系稳步发展。")


def test_athletes_of_a_place_at_national_games_do_not_place_them():
    """魏县运动员在第十四届全运会上获得金牌2枚; 全省运动员… in Zhejiang news: whose athletes, not where the
    games were held (no venue written)."""
    assert not {p for g, p in _relations("魏县运动员在第十四届全运会上获得金牌2枚。", "implementedIn") if g == "全国运动会"}
    text = "浙江新闻\n全省运动员在第十四届全运会上获得金牌30枚。浙江省体育局表示祝贺。"
    assert not {p for g, p in _relations(text, "implementedIn") if g == "全国运动会"}


def test_place_before_the_edition_makes_its_own_games():
    """沂水县第十四届全运会开幕, 全县第十四届全运会: the county's own games, not the national ones."""
    from conftest import extract_relations
    for text in ("沂水县第十四届全运会开幕。", "全县第十四届全运会开幕。"):
        assert "全国运动会" not in extract_relations(text)[1], text


def test_national_games_keep_the_venue_written():
    """第十四届全运会在西安开幕 (kept from commit 818572fc)."""
    assert ("全国运动会", "西安市") in _relations("第十四届全运会在西安开幕。", "implementedIn")
    assert ("亚洲运动会", "杭州市") in _relations("第十九届亚运会在杭州开幕。", "implementedIn")
    assert ("亚洲运动会", "杭州市") in _relations("杭州第19届亚运会开幕。", "implementedIn")  # the host
