"""Review fixes of round 1 (lead18): full party-committee names at the start of a text and in long
runs (中共广德县委员会…), Youth League committees at the text's start — no look-back past the text's
start (a negative index read the text's end), and the agency stage's work per name bounded."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.builder import _pipeline, extract_document
from kg.model import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from linear import shape  # noqa: E402


def _agencies(text: str) -> set[str]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return {e.name for e in res.entities.values() if e.type == "Agency"}


def test_a_prefix_at_the_texts_end_is_no_party_prefix_of_its_start():
    assert not any(n.endswith("委") for n in _agencies("广德县委员会召开会议。中共"))
    assert any(n.endswith("委") for n in _agencies("中共广德县委员会召开会议。"))


def test_a_full_committee_name_is_reread_in_a_window_not_the_whole_text(monkeypatch):
    """中共广德县委员会 read as 广德县委: the rewritten text handed to the tail grammar is a window around
    the name (it was the whole text with the name rewritten, per name: quadratic in a long list;
    `benchmarks/linear.py --shapes committees` shows the time)."""
    from kg.stages.entities import agencies
    text = shape("committees", 20000)
    seen: list[int] = []
    real = agencies._tail_at

    def recording(t, p, scope, strong=True):
        if t is not text:
            seen.append(len(t))
        return real(t, p, scope, strong)
    monkeypatch.setattr(agencies, "_tail_at", recording)
    doc = _pipeline(None)(Doc(id="d", source="d.txt", text=text))
    assert any(e.name.endswith("县委") for e in doc.entities.values())
    assert len(seen) > 100 and max(seen) < 200
