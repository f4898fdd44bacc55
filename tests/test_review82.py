"""Review of round 82 (the whole of every earlier round's folders built on the merged tree and every
changed line read): zhujian82's partner closed by a sum's adverb (189家总承包和专业承包建筑业企业共完成…) also
took in the partner of a count whose 共 states a figure of its own (court74's 潢川 text: 五个执行团队及信息组
共39名干警 read 执行团队及信息组 5个); a number right after the adverb ends that reading."""
from __future__ import annotations

from conftest import extract_text


def _got(text: str) -> set[tuple[str, float]]:
    return {(m.indicator, m.value) for m in extract_text(text).metrics}


def test_a_sum_stating_its_own_figure_takes_no_partner_into_the_count_before():
    got = _got("秋季攻坚专项行动\n清晨6时，县法院执行局五个执行团队及信息组共39名干警列队集合完毕。")
    assert ("执行团队", 5) in got and not any(i.startswith("执行团队及") for i, _v in got), got


def test_a_sum_opening_a_verb_still_joins_the_two_kinds_counted():
    got = _got("建筑业平稳增长\n2022年一季度，我市189家总承包和专业承包建筑业企业共完成建筑业总产值53.22亿元。")
    assert ("总承包和专业承包建筑业企业", 189) in got, got
