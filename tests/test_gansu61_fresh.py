"""Round 61 (gansu61): county news of 甘肃 and 陕西 (/tmp/s26/fresh/gansu61): a two-character name
that jieba calls a place, an item of a 、-list of names that a post opens (副县长郭伟、于洋、张军旗), is
one more holder of the post, no place."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _of_type(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_name_in_a_post_s_list_is_a_person_no_place():
    """洛川县政府第34次常务会议 (lcx.gov.cn): 县委常委、副县长刘建锋，副县长郭伟、于洋、张军旗、王锋、张宁，
    县政府党组成员韩志民参加会议 (base: a place 于洋, and 张军旗, 王锋, 张宁 after it no people at all)."""
    doc = extract_text("洛川县政府召开第34次常务会议\n"
                       "4月24日，洛川县委副书记、县长张晶主持召开县政府第34次常务会议，县委常委、副县长刘建锋，"
                       "副县长郭伟、于洋、张军旗、王锋、张宁，县政府党组成员韩志民参加会议。")
    assert "于洋" not in _of_type(doc, "Place")
    people = _of_type(doc, "Person")
    assert {"于洋", "张军旗", "王锋", "张宁"} <= people, people
    assert ("于洋", "洛川县") in relation_pairs(doc, "holdsPost")

