"""Review of round 67 on merging (fix67): defects the round's rules brought to texts they were not written
for, found by per-document diffs of every test sentence, the seed page and the fresh folders between base
9d794b8a and the merged tree.  Each test fails on the merged tree before its fix."""
from __future__ import annotations

from conftest import extract_text


def test_a_multiple_after_a_count_of_households_stays_the_households():
    """qinghai67 reads a count of bodies after a count in another measure word as other things (全镇共有17个行政村,
    共有1818户: households, no villages); a multiple is no such count: market47's 全国登记在册个体工商户已达1.09亿户,
    是2012年的2.7倍 lost its indicator (倍) on the merged tree."""
    doc = extract_text("全国登记在册个体工商户已达1.09亿户\n记者10月13日从市场监管总局获悉,截至2022年8月底,全国登记在册个体工商户"
                       "已达1.09亿户,是2012年的2.7倍,十年来年均增长10.9%。")
    got = {(m.indicator, m.unit) for m in doc.metrics}
    assert ("登记在册个体工商户", "倍") in got and ("倍", "倍") not in got, got
    doc = extract_text("墨尔多山镇概况\n墨尔多山镇位于丹巴县城东北部。全镇共有17个行政村,共有1818户,常住人口6473人。")
    assert ("行政村", 1818) not in {(m.indicator, m.value) for m in doc.metrics}


def test_troops_of_volunteers_are_no_volunteer_team():
    """street67 makes 志愿服务队 an organisation's suffix (华州区大街社区志愿服务队); before 伍 it closes the word 队伍
    (the seed page's 建立新时代文明实践志愿服务队伍4624支 gave an Organization 新时代文明实践志愿服务队)."""
    doc = extract_text("全市志愿服务\n截至目前,全市建立新时代文明实践志愿服务队伍4624支,华州区大街社区志愿服务队志愿者张存萍获评。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert orgs == {"华州区大街社区志愿服务队"}, orgs
