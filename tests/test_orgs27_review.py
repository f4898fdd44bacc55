"""Review of round 11's university offices (山东科技大学学生工作处): 处级 is a rank and 干部 cadres, no
office — 厦门大学全体处级干部大会 gave an organisation 厦门大学全体处, 山东大学领导干部大会 one named
山东大学领导干部, and the university itself was lost."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _orgs(text: str) -> set[str]:
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    return {e.name for e in res.entities.values() if e.type in ("Organization", "Agency")}


def test_ranks_and_cadres_are_no_university_offices():
    assert _orgs("厦门大学全体处级干部大会召开。") == {"厦门大学"}
    assert _orgs("山东大学领导干部大会召开。") == {"山东大学"}
    assert _orgs("浙江大学中层干部培训班开班。") == {"浙江大学"}


def test_a_university_office_is_still_read():
    assert "山东科技大学学生工作处" in _orgs("山东科技大学学生工作处处长王震出席。")
