"""A number written on after its 万 or 亿 (2万2707公里, 3万5000人, 3亿2000万元): the part after the
magnitude is the rest of the same number, not a second figure — before, 2万2707公里 gave two figures,
20000 with no unit and 2707公里 (a Sino-Vietnamese border county's news, 广和县, 2024)."""
from __future__ import annotations

from kg.stages.numbers import find_quantities


def _figures(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.unit) for q in find_quantities(text)]


def test_the_rest_after_wan_is_one_number_with_its_unit():
    got = _figures("广和县与中国广西龙州县接壤边界全长2万2707公里，境内有口岸1个。")
    assert ("2万2707公里", 22707, "公里") in got, got
    assert not any(v in (20000, 2707) for _s, v, _u in got), got


def test_the_rest_after_yi_may_carry_its_own_wan():
    assert _figures("项目总投资3亿2000万元。") == [("3亿2000万元", 320000000, "元")]
    assert _figures("全县共有3万5000人参加。")[0][1:] == (35000, "人")


def test_no_rest_before_a_time_unit_or_after_a_decimal_or_chinese_numeral():
    """2万2020年: the 2020 is a year, not the rest of 2万; 2.5万3000 and 三万5000 are no numbers."""
    got = _figures("累计服务2万2020年起实施。")
    assert ("2万", 20000, "") in got and not any(v == 22020 for _s, v, _u in got), got
    assert not any(v in (28000, 23000) for _s, v, _u in _figures("约2.5万3000人")), _figures("约2.5万3000人")
    assert not any(v == 35000 for _s, v, _u in _figures("三万5000人"))
