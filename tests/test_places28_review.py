"""Review of round 12's one-character villages (焦村|村党支部): a first character that counts villages
is no village stem — 两村村党支部联合开展活动 (the two villages' branches) gave a place 两村村."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _places(text: str) -> set[str]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return {e.name for e in res.entities.values() if e.type == "Place"}


def test_counted_villages_are_no_village():
    assert not any(p.endswith("村村") for p in _places("两村村党支部联合开展活动。"))
    assert not any(p.endswith("村村") for p in _places("三村村党支部召开会议。"))
