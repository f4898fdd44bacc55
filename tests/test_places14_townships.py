"""Townships and villages left over (places14): a former committee (原城关镇党委) names 城关镇, and
a village named on its own at the start of a clause (古都河村人均收入…) — not kinds of village
(共富村, 百强名村, 上榜强村)."""
from __future__ import annotations

from conftest import names_doc as run


def _places(doc):
    return [(m.surface, m.attrs.get("code"), m.attrs.get("level")) for m in doc.mentions if m.label == "Place"]


def test_a_former_township_committee_names_the_township():
    doc = run("张三任原城关镇党委副书记。")
    names = [p[0] for p in _places(doc)]
    assert "原城关镇" not in names and "城关镇" in names


def test_a_village_opening_a_clause_before_its_figures():
    doc = run("古都河村人均收入达到2万元。去年，宝山村集体经济收入超过百万元。")
    got = {p[0]: p[2] for p in _places(doc)}
    assert got.get("古都河村") == "village" and got.get("宝山村") == "village"


def test_kinds_of_village_are_no_names():
    doc = run("共富村人均收入稳步增长，贫困村党支部，示范村集体经济。在上榜强村中，四川百强名村名单发布。")
    names = {p[0] for p in _places(doc)}
    assert not {"共富村", "贫困村", "示范村", "上榜强村", "百强名村"} & names
