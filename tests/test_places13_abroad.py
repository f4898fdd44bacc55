"""Places abroad on unseen world news (places13): a division abroad written by sound whose last
characters spell a short name of China's table (南里奥格朗|德州) is the division abroad, whole."""
from __future__ import annotations

from conftest import names_doc as run


def test_a_short_name_of_the_table_at_the_end_of_a_name_written_by_sound():
    doc = run("巴西南里奥格朗德州遭遇强降雨，多地发生洪灾。代表团随后抵达德州。")
    got = {(m.surface, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}
    # (foreign40: a division abroad written right after its country is coded under it, no longer uncoded)
    assert any(s == "南里奥格朗德州" and (c or "").startswith("iso-BR-") for s, c in got), got
    assert [c for surface, c in got if surface == "德州"] == ["371400"]  # only the one written alone


def test_a_state_of_another_country_written_alone_is_a_place_of_that_country():
    doc = run("寒潮袭击美国，佛罗里达、得克萨斯多地停电；德国巴伐利亚和日本北海道也出现强降雪。")
    got = {(m.surface, m.attrs.get("country")) for m in doc.mentions if m.label == "Place"}
    assert {("佛罗里达", "US"), ("得克萨斯", "US"), ("巴伐利亚", "DE"), ("北海道", "JP")} <= got


def test_a_state_with_its_division_word_is_one_place():
    doc = run("美国俄亥俄州遭遇龙卷风，代表团访问了加拿大安大略省。俄亥俄州长表示将全力救灾。")
    spans = {m.surface for m in doc.mentions if m.label == "Place"}
    assert {"俄亥俄州", "安大略省"} <= spans
    assert not [m for m in doc.mentions if m.label == "Agency" and "安大略" in m.surface]  # no organ of Canada
    assert "俄亥俄州长" not in spans
