"""Review of round 16: 本届省运会组委会主任 — the suffix scan stops at the stop character 本, so the name
opened with 届 (a false body 届省运会组委会 and a post in it). A term word (本届, 上届, 历届 …) before the
kind is this edition's committee, no body named by the scan."""
from conftest import built


def _orgs(text: str) -> set[str]:
    return {e.name for e in built(text).entities.values() if e.type == "Organization"}


def test_this_editions_committee_is_no_body_opening_with_jie():
    assert not any(n.startswith("届") for n in _orgs("副省长、本届省运会组委会主任李玛琳出席开幕式。"))
    assert not any(n.startswith("届") for n in _orgs("历届全运会组委会主任出席座谈会。"))


def test_an_editions_committee_with_its_ordinal_still_reads():
    """第十届省运会组委会: an edition written with its ordinal stays the committee's name (a guard)."""
    assert "第十届省运会组委会" in _orgs("副省长、第十届省运会组委会主任李玛琳出席开幕式。")
