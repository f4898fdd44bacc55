"""Review of round 11's bare envoys (拉脱维亚大使马尼卡 in a credentials story): an item of a list after
驻华大使 written shortly before, not any 某国大使 in a text that writes 驻华 somewhere — 欢迎各国驻华使节。
在安理会会议上，俄罗斯大使涅边贾发言 gave 涅边贾 a post in Russia's embassy in China."""
from __future__ import annotations

from conftest import relations_of


def test_an_envoy_at_the_un_is_no_envoy_to_china():
    held = relations_of("国家主席习近平欢迎各国驻华使节。在安理会会议上，俄罗斯大使涅边贾发言。", "holdsPost")
    assert not any(p == "涅边贾" for p, _ in held)


def test_a_credentials_list_still_gives_the_embassies():
    held = relations_of("国家主席习近平接受新任驻华大使递交国书。他们是：拉脱维亚大使马尼卡、缅甸大使苗丹佩。",
                        "holdsPost")
    assert ("马尼卡", "拉脱维亚驻华大使馆") in held and ("苗丹佩", "缅甸驻华大使馆") in held
