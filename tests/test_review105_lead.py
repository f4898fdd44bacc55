"""Round 105, the lead's review on fresh county news (county government executive meetings from
Shaanxi's 洋县 and 眉县, Shanxi's 兴县, Sichuan's 盐亭县; fresh texts of /tmp/s27/txt/lead105).
Fix: a level's government leaders named as a group before their names (县政府领导晏莉、廖华波、李金林参加
会议) are persons, as after 县领导 or 县政协领导; no post is held and nothing is read where no names follow."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_government_leaders_named_as_a_group_are_persons():
    """02-yangxian: 县政府领导晏莉、廖华波、李金林、何天华、王建云、张飞、李洁参加会议; base: none of the seven
    (the list has no post and fewer than the cue-closed seated list's form)."""
    doc = extract_text("洋县召开县政府常务会议\n10月19日,县长张军主持召开县政府2023年第13次常务会议。"
                       "县政府领导晏莉、廖华波、李金林、何天华参加会议,县政协副主席贾秋彦应邀出席会议。")
    got = _persons(doc)
    assert {"晏莉", "廖华波", "李金林", "何天华"} <= got, got
    # they hold no post: only the head and the deputy chair do
    holders = {doc.entities[r.subject].name for r in doc.relations if r.predicate == "holdsPost"}
    assert holders == {"张军", "贾秋彦"}, holders
    doc = extract_text("会议召开\n县委、县政府领导王成、刘华出席会议。市政府领导王大成出席。")
    assert {"王成", "刘华", "王大成"} <= _persons(doc), _persons(doc)


def test_government_leaders_as_a_subject_read_no_name():
    """Guards: the group as the subject of a verb or a noun phrase (县政府领导高度重视, 市政府领导班子成员)."""
    for text in ("县政府领导高度重视此项工作。", "市政府领导班子成员参加会议。", "市政府领导对此作出批示。"):
        doc = extract_text("工作动态\n" + text)
        assert not _persons(doc), (text, _persons(doc))
