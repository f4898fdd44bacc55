"""A person opening a figure's clause (alone, after the post read with the name, or written again
after the article named them) is who did it, not part of what the figure measures.  Real
excerpts: a Fujian village report (闽西日报 2022, 驻村第一书记), a CCDI appointment item (2015)."""
from conftest import extract_text


def _indicators(text):
    doc = extract_text(text)
    return {m.surface: m.indicator for m in doc.metrics}, {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_person_written_again_opens_no_indicator():
    inds, people = _indicators(
        "2021年7月19日，长汀县发改局党办主任、营商信用办负责人胡兵下派到中畲村任驻村第一书记。"
        "村民一直要求实施道路硬化。胡兵积极向上争取省级发改资金20多万元，于7月中旬完成道路硬化工程。")
    assert "胡兵" in people and "胡兵下" not in people  # 下派到: sent down, no given name 兵下
    # (round 67, bond67: 积极向上争取 is the way the funds were won, no word of them: 省级发改资金)
    assert [i for s, i in inds.items() if "20多万元" in s] == ["省级发改资金"]


def test_a_person_after_a_post_opens_no_indicator():
    inds, _ = _indicators("2015年8月，黄河水利委员会原主任陈小江转任中央纪委宣传部长，陈小江在水利宣传系统任职16年。")
    assert [i for s, i in inds.items() if "16年" in s] == ["水利宣传系统任职"]


def test_a_person_listed_with_those_counted_stays():
    inds, _ = _indicators("会议选举产生了政协第五届委员会主席、副主席、秘书长和常务委员。主席李明、秘书长罗强及委员共26人出席。")
    (indicator,) = [i for s, i in inds.items() if "26人" in s]
    assert not indicator.startswith("及")  # the count takes in the secretary-general: no cut after him
