"""Review of round 85 (every earlier folder built on the merged tree and every changed line read): gongxin85 made 一批
(择优打造一批卓越级智能工厂) both a stop word of organisation names and a `not_in_name` word; the latter is searched inside
a name's text, and an ordinal batch holds 一批 too (常州第十一批援疆工作组, xinjiang69's 乌恰 text, lost its agency).  The
stop word alone keeps gongxin85's factories out."""
from __future__ import annotations

from conftest import extract_text


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == kind}


def test_an_ordinal_batch_of_aid_cadres_keeps_its_working_group():
    got = _names("援疆工作\n2024年10月，西极时光景区在常州第十一批援疆工作组的支援下正式运营。", "Agency")
    assert "常州第十一批援疆工作组" in got, got


def test_a_batch_a_plan_will_build_is_still_no_organisation():
    got = _names("智能制造\n全市择优打造一批卓越级智能工厂，全县新建一批标准化工厂。", "Organization")
    assert not any("一批" in n or "工厂" in n for n in got), got
