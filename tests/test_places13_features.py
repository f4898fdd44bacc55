"""Mountains and rivers on unseen tourism and water news (places13): a name jieba tags as a place
and splits from its feature's word (峨眉|山, 涑水|河) is the mountain or river, written whole —
not the bare stem — unless the character opens a word of its own (中国|山区, 浙江|湖州)."""
from __future__ import annotations

from conftest import names_doc as run


def place_surfaces(doc):
    return {m.surface for m in doc.mentions if m.label == "Place"}


def test_a_mountain_split_from_its_word_is_the_mountain():
    got = place_surfaces(run("假期里，游客登峨眉山看日出，景区接待量创新高。"))
    assert "峨眉山" in got and "峨眉" not in got


def test_a_river_split_from_its_word_is_the_river():
    got = place_surfaces(run("经过三年治理，涑水河恢复了清澈。"))
    assert "涑水河" in got and "涑水" not in got


def test_a_feature_character_opening_a_word_stays_outside():
    got = place_surfaces(run("中国山区面积广大，浙江湖州风景优美。"))
    assert "中国山" not in got and "浙江湖" not in got


def test_a_valley_split_from_its_word_is_the_valley():
    got = place_surfaces(run("国庆期间，九寨沟景区接待游客3万人次。"))
    assert "九寨沟" in got and "九寨" not in got


def test_a_street_named_after_a_city_with_a_compass_word_is_no_mention_of_the_city():
    doc = run("市民沿着中山北路、南京东路一路走到江边。广东南部、山东北部有大雨。")
    got = {(m.surface, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}
    assert not [s for s, c in got if c in ("442000", "320100")]  # no 中山市, no 南京市
    assert ("广东", "440000") in got and ("山东", "370000") in got
