"""mine39: a county's townships listed by their stems and closed by a count written in words
(real county people's congress news, as published: 紫阳县)."""
from __future__ import annotations

from conftest import body_names, extract_text


def test_township_stems_closed_by_a_count_in_words():
    """向阳、洄水、瓦庙、汉王四镇人大主席: four towns of 紫阳县, each with its code (was one place
    汉王四镇 with none)."""
    doc = extract_text("紫阳县第十八届人大常委会第十五次会议召开\n县政府办、公安局、财政局负责人,向阳、洄水、瓦庙、汉王四镇"
                       "人大主席及人大机关全体工作人员列席会议。")
    places = {e.name: e for e in doc.entities.values() if e.type == "Place"}
    assert {"向阳镇", "洄水镇", "瓦庙镇", "汉王镇"} <= set(places)
    assert (places["汉王镇"].code or "").startswith("610924")
    assert "汉王四镇" not in places
    # a count in words that is no list's end names no township (全县两镇 is no town 全县)
    doc = extract_text("紫阳县第十八届人大常委会第十五次会议召开\n会议听取了全县两镇一村的工作汇报。")
    assert not {p for p in body_names(doc, "Place") if p.endswith("镇")}
