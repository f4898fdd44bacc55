"""A division of work written in the middle of a sentence, before a comma (…“放心消费”创建活动（县市场
监管局负责），确保…): the bodies of the parenthesis run the task's programmes as after a full stop;
what the sentence says after it is no part of that task.  Sentences written in the shape of a
county notice."""
from __future__ import annotations

from test_relations5_division import runs  # the runs relations of a text, by names


_NOTICE = ("关于印发开江县2024年消费提振工作方案的通知\n"
           "1.深入开展“放心消费”创建活动（县市场监管局负责），确保年底前创建示范单位20家。\n"
           "2.组织实施“以旧换新”行动（县商务局牵头，县财政局配合），确保补贴资金及时兑付到位。\n")


def test_a_division_before_a_comma_names_who_runs_the_task():
    got = runs(_NOTICE)
    assert "relations.runs-division" in got.get(("开江县市场监督管理局", "放心消费"), set())
    assert "relations.runs-division" in got.get(("开江县商务局", "以旧换新"), set())


def test_a_division_before_a_comma_reaches_no_other_task():
    got = runs(_NOTICE)
    assert ("开江县市场监督管理局", "以旧换新") not in got
    assert ("开江县商务局", "放心消费") not in got
    assert ("开江县财政局", "以旧换新") not in got  # 配合 assists
