"""Places abroad on unseen world news (places13): a division abroad written by sound whose last
characters spell a short name of China's table (南里奥格朗|德州) is the division abroad, whole."""
from __future__ import annotations

from conftest import names_doc as run


def test_a_short_name_of_the_table_at_the_end_of_a_name_written_by_sound():
    doc = run("巴西南里奥格朗德州遭遇强降雨，多地发生洪灾。代表团随后抵达德州。")
    got = {(m.surface, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}
    assert ("南里奥格朗德州", None) in got
    assert [c for surface, c in got if surface == "德州"] == ["371400"]  # only the one written alone
