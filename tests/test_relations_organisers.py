"""由…主办 clauses in forms the first organiser rule missed: an organiser's name the finders cut short
(江西日报|传媒集团), and the co-organiser clause closed by 的 before a programme with modifiers."""
from __future__ import annotations

from test_relations_unseen import triples  # the same pipeline and (subject, predicate, object) view


def test_organisers_of_a_clause_closed_by_de_run_the_programme_after_its_modifiers():
    t = triples("“和谐平安看江西”采访活动启动\n9月8日，由江西日报传媒集团和全国省级法治报业发展年会共同主办，"
                "新法制报社承办的全国省级法治报“和谐平安看江西”大型采访活动在南昌启动。")
    assert ("江西日报", "runs", "和谐平安看江西") in t  # the name runs on: 传媒集团
    assert ("新法制报", "runs", "和谐平安看江西") in t


def test_the_leading_organiser_verb_still_wins_over_a_suffix_inside_it():
    t = triples("富顺县召开乡村振兴工作会\n“乡村振兴大讲堂”由县农业农村局牵头组织，每月举办一期。")
    assert t[("富顺县农业农村局", "runs", "乡村振兴大讲堂")] == {"relations.runs-organised-by"}


def test_a_programme_far_after_de_or_past_another_body_is_not_the_organised_one():
    t = triples("宁都县召开会议\n5月17日，由县人社局主办的活动吸引了县总工会、县妇联等单位参加，"
                "县里随后推出“春风行动”。")
    assert ("宁都县人力资源和社会保障局", "runs", "春风行动") not in t
    assert not any(p == "runs" and "relations.runs-organised-by" in r for (_, p, _), r in t.items())
