"""Relations on unseen text (programmes11): who runs a headline's meeting when the lead opens with
the meeting itself, held somewhere, and a guest's body is named after it."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_guest_body_after_held_meeting_does_not_run_it():
    """1月13日，X县…现场会在…举行，市人大常委会副主任…出席: the body of a guest's post attends the
    meeting, it does not hold it; an agency opening the lead after its date still runs the
    headline's meeting (3月26日，X县农业农村局…举行了…培训会)."""
    _, rels = programmes_and_relations(
        "岚皋召开一季度重点项目集中开工现场会\n1月9日，岚皋县一季度重点项目集中开工现场会在县城南新区举行，"
        "安康市人大常委会副主任王明出席并宣布项目开工，县委书记李强主持会议。")
    assert not {r for r in rels if r[1] == "runs" and r[0].startswith("安康市")}
    _, rels = programmes_and_relations(
        "岚皋县组织召开全县茶叶产业发展推进会\n为推动全县茶叶产业发展，3月6日，岚皋县农业农村局组织各镇农技站长"
        "50余人，在佐龙镇茶园举行了全县茶叶产业发展推进会。")
    assert ("岚皋县农业农村局", "runs", "全县茶叶产业发展推进会") in rels
