"""Review of round 10's 当年: with no year named near, 当年 after a pronoun or 想/那, or before 的, is
"back then" told as a story (想当年，全村只有3间土坯房; 他当年参军入伍; 当年的老支书), not the year a
report is about: its figures get no time (the round gave them the publication year)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str = "2023-05-06"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    return {(m.value, m.unit): m for m in extract_document(doc).metrics}


def test_back_then_is_no_year():
    assert _build("想当年，全村只有3间土坯房，如今已建成12栋楼房。")[(3, "间")].period is None
    assert _build("他当年参军入伍，在部队服役5年。")[(5, "年")].period is None
    assert _build("当年的老支书如今已年过八旬，全村人均收入达到2万元。")[(20000, "元")].period is None


def test_the_year_told_of_still_holds_in_a_report():
    assert _build("全县当年新设企业300户。", "2024-05-20")[(300, "户")].period == "2024"
