"""Two provinces' short forms opening a longer word (lead19): in a list of leaders' names (市领导武小凯、
苏云辉、罗义) 苏云 is no run of 江苏 and 云南 — with no cue after it and a character running on, two
characters that make no dictionary word are a name's; the pairing words of east–west cooperation are
cues (苏陕协作, 闽宁协作, 沪滇扶贫协作, 苏陕劳务合作: each a run of two provinces)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _places(text: str) -> set[str]:
    return {m.attrs.get("code") for m in _PIPE(text_doc(text)).mentions if m.label == "Place"}


def test_two_short_forms_opening_a_name_are_no_provinces():
    assert not _places("2月21日，我市与某公司签订协议。市领导武小凯、苏云辉、罗义参加活动。") & {"320000", "530000"}


def test_pairing_words_make_a_run_of_two_provinces():
    assert {"320000", "610000"} <= _places("双方签订苏陕劳务合作协议，召开苏陕协作工作联席会议。")
    assert {"350000", "640000"} <= _places("闽宁协作取得新成效。")
    assert {"310000", "530000"} <= _places("沪滇扶贫协作持续深化。")
