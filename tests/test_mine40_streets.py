"""mine40: urban 街道 news (Beijing, Shanghai, Chengdu district sites, as published): the 街道's
own bodies written with 街道 as a relative scope, and a town written as the 街道 it became."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs


def test_street_party_committee_is_the_story_streets():
    """街道工委书记宫浩 in a story about 天桥街道: the 天桥街道 committee, not a unit of the
    district bureau named just before."""
    doc = extract_text("6月6日,西城区委常委、常务副区长喻华锋到天桥街道调研,调研结束后举行了座谈会。"
                       "区民政局局长张丁与街道工委书记宫浩,街道工委副书记、办事处主任董伟等领导班子成员"
                       "及相关工作负责人陪同调研。")
    posts = post_pairs(doc)
    assert ("宫浩", "天桥街道工委") in posts
    assert ("董伟", "天桥街道办事处") in posts
    assert ("张丁", "西城区民政局") in posts
    assert not {a for a in body_names(doc, "Agency") if a.startswith("西城区民政局") and a != "西城区民政局"}


def test_street_bodies_of_a_shanghai_street():
    doc = extract_text("6月1日下午,区委常委、统战部部长陆祖芳来新成路街道调研,街道党工委书记、人大工委主任"
                       "张家平,街道党工委委员、办事处副主任戈敏燕陪同调研。")
    posts = post_pairs(doc)
    assert ("张家平", "新成路街道党工委") in posts
    assert ("戈敏燕", "新成路街道办事处") in posts
    assert "嘉定区办事处" not in body_names(doc, "Agency")


def test_a_town_written_as_the_street_it_became():
    """唐昌镇 (the division table's name) became 唐昌街道: the text's 街道 is that township, with
    its code, and the community after it lies in it."""
    doc = extract_text("郫都区统计局党组书记韩海东带领相关人员到唐昌街道北街社区认真开展蹲点调研活动。"
                       "唐昌街道北街社区书记魏东,各社区组长参加了调研活动。")
    places = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert places.get("唐昌镇") == "510117104"
    assert "北街社区" in places
