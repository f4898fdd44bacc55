"""Review of round 15: 国际 + a field + a kind of society names one body (国际儒学联合会), but a
qualifier is no field (积极对接国际知名协会和商会: no organisation)."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def test_a_qualifier_is_no_field_of_a_society():
    doc = _FULL(text_doc("积极对接国际知名协会和商会。国际儒学联合会在京举办论坛。"))
    names = {e.name for e in doc.entities.values()}
    assert "国际知名协会" not in names and "国际儒学联合会" in names
