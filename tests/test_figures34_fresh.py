"""Round 18 (figures34): fresh government texts — city industry statistics (规上工业企业, 行业,
产品 counted before their measure's change) and poverty-alleviation reviews."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _facts(text: str) -> list[tuple]:
    doc = _FULL(text_doc(text))
    return sorted(((doc.entities[m.subject].name if m.subject in doc.entities else None,
                    m.indicator, m.value) for m in doc.metrics), key=lambda f: (f[1], str(f[0])))


def test_enterprises_counted_before_their_measure_change():
    """484家规上工业企业增加值同比增长8.1%: the enterprises are counted (not 规上工业企业增加值同比),
    and the growth is their value added's."""
    facts = _facts("工业经济\n2023年，全市484家规上工业企业增加值同比增长8.1%。")
    assert [f[1:] for f in facts] == [("规上工业企业", 484), ("规上工业企业增加值同比增长", 8.1)]


def test_enterprises_counted_in_a_named_city_keep_the_measure_owner():
    """宁波市320家规上工业企业产值增长6%: never the city's bare 产值增长 — the enterprises' output."""
    facts = _facts("宁波工业\n前三季度，宁波市320家规上工业企业产值增长6%。")
    names = [f[1:] for f in facts]
    assert ("规上工业企业", 320) in names
    assert ("规上工业企业产值增长", 6) in names
    assert all(f[1] != "产值增长" for f in facts)
