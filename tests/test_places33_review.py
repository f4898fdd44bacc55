"""places33 review: a county's own trip out (县委书记到…, 市委书记带队赴…) is the own division's story only
when the trip leaves the divisions the article names, and the own division is one named as the
traveller's own (代表X县, X县委, X县党政代表团, the dateline) — never a place mentioned in passing."""
from __future__ import annotations

from conftest import article_place


def test_a_trip_to_a_township_of_the_named_county_keeps_it():
    """西峡县丁河镇: inside the county named; 学习浙江安吉县经验 is a place in passing, no own county."""
    text = ("县委书记到丁河镇调研\n3月2日，县委书记王刚到西峡县丁河镇调研猕猴桃产业，要求学习浙江安吉县经验。")
    assert article_place(text) == "丁河镇"


def test_a_county_named_in_passing_is_no_own_division():
    """市委书记赴深圳市 …于都县、瑞金市 (a list) …赣州市委: the city named as the own (市委) is the home."""
    text = ("招商考察\n3月2日，市委书记李某带队赴深圳市考察，于都县、于都县、瑞金市有关负责人参加。"
            "李某介绍了赣州市委、市政府的招商政策。")
    assert article_place(text) == "赣州市"


def test_a_city_trip_to_its_own_county_keeps_the_county():
    text = "市委书记到于都县调研\n3月2日，市委书记李某到于都县调研，赣州市有关部门负责人陪同。"
    assert article_place(text) == "于都县"


def test_the_hosts_partner_is_the_own_county():
    """旌德县 trip to 杭州市临平区: the host wishes to work 与旌德县 — the traveller's county, named once."""
    text = ("招商考察\n2月16日，县委副书记张军带队前往杭州市临平区管委会招商考察，开展座谈交流。"
            "管委会党工委书记李敏华表示，希望在招商引资方面与旌德县开展交流合作。")
    assert article_place(text) == "旌德县"


def test_own_levels_come_from_the_cue_lists():
    """The levels of 县委书记/市委书记 are read from relation_cues (no KeyError for a level no list maps)."""
    from kg.stages import resolve
    assert resolve._OWN_LEVELS == {"县": ("county",), "区": ("county",), "旗": ("county",), "市": ("city", "county")}
    assert resolve._OWN_LEVELS.get("乡", ()) == ()
