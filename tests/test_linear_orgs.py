"""The organisation finder builds its table of place codes once per text, not once per name: a
text of many names (a list of associations with their short forms) grew 4.7× per doubling
while the table was rebuilt for every would-be name.  (`benchmarks/linear.py --shapes
definitions` shows the time; `test_robust11_linear` counts calls, and a comprehension's
iterations are no calls.)"""
import sys
from pathlib import Path

from kg.builder import _pipeline
from kg.model import Doc
from kg.stages.entities import organizations

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from linear import shape  # noqa: E402


def test_place_codes_are_built_once_per_text(monkeypatch):
    calls = []
    real = organizations._place_codes

    def counting(places):
        calls.append(len(places))
        return real(places)
    monkeypatch.setattr(organizations, "_place_codes", counting)
    text = shape("definitions", 20000)
    doc = _pipeline(None)(Doc(id="d", source="d.txt", text=text))
    names = [e for e in doc.entities.values() if e.name.endswith("协会")]
    assert len(names) >= 40 and len(calls) == len(doc.articles) and max(calls) > 300
