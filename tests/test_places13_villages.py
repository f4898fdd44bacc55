"""Villages on unseen township news (places13): a village right after a word standing for its
township (走进该镇东岳村), and no village in a count of villages (三角乡14个村委会)."""
from __future__ import annotations

from conftest import names_doc as run


def villages(doc):
    return {m.surface for m in doc.mentions if m.label == "Place" and m.attrs.get("level") in ("village", "community")}


def test_a_village_after_the_township_anaphor():
    doc = run("众兴镇开展人居环境整治。走进该镇东岳村，映入眼帘的是整洁的绿化；本乡石桥村也在行动。")
    assert {"东岳村", "石桥村"} <= villages(doc)


def test_a_kind_of_village_after_the_anaphor_is_no_village():
    doc = run("该镇中心村和该县贫困村都完成了改造，该镇各村均已验收。")
    assert not villages(doc)


def test_a_count_of_villages_is_no_village():
    doc = run("永修县三角乡14个村委会5万余亩耕地受到威胁，该镇14个村停电。")
    assert not any("个" in v for v in villages(doc))

