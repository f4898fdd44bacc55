"""Review of round 11's subjects: a place inside a body's name yields to a place after it only when
the body sits in that city but serves a wider area (成都海关 for all Sichuan: metrics.seat_bodies).
Every agency had been so read: 竹山县政府与16家企业签约 in a signing held in 温岭市 gave the county's
investment to 温岭市, and 竟陵街道办事处…等7个社区 gave the communities to the city."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _subjects(text: str) -> dict:
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = "2023-02-09"
    res = extract_document(doc)
    return {(m.value, m.unit): (res.entities[m.subject].name if m.subject in res.entities else None)
            for m in res.metrics}


def test_a_county_government_keeps_its_county():
    s = _subjects("竹山县招商推介会在浙江省温岭市举行，竹山县政府与16家企业集中签约，总投资额170亿元。")
    assert s[(17000000000, "元")] == "竹山县"


def test_a_customs_office_yields_to_the_province_it_serves():
    s = _subjects("成都海关公布，今年前三季度四川货物贸易进出口总值7000亿元，增长8%。")
    assert s[(700000000000, "元")] == "四川省"
