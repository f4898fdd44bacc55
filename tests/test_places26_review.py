"""Review of round 10's 中山 街道 written without 街道 (西区, 东区): opening a clause, it is the 街道 only
before one of its bodies (，西区妇联主席…); ，东区为企业展区 is the east part of a hall."""
from __future__ import annotations

from conftest import relations_of


def test_a_hall_part_opening_a_clause_is_no_street():
    part = relations_of("中山市召开会议。展馆西区设有特色产品展区，东区为企业展区。", "partOf")
    assert not any(s.endswith("街道") for s, _ in part)


def test_a_street_body_opening_a_clause_is_the_street():
    part = relations_of("中山市妇联召开会议，西区妇联主席李梅参加。", "partOf")
    assert ("西区街道", "中山市") in part
