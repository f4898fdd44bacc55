"""Round 47 (urban47): housing and urban-management news from fresh texts of /tmp/s26/fresh/urban47
(老旧小区改造 in 湖北公安县 and 浠水县, 城管 and 燃气 stories): an estate named after the bank or firm whose
staff it housed (农行小区, 工行小区) names no bank; 加 between two sources of money (中央补助加政府配套投资)
is "plus", no Canada; an adverb, a verb of pledge or a time after 于 closes the noun a count is of
(8个小区正式开工 → 小区)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list[tuple[str | None, str, float]]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value) for m in ms]


def _names(doc, type_: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == type_}


_XISHUI = ("浠水县推进老旧小区改造\n"
           "记者从市、浠水县住建部门获悉,中央补助加政府配套投资共2.3亿元,推动浠水老旧小区改造工作。\n"
           "据悉,纳入今年第一批改造的包括15个片区,十月保健院小区、金刚石小区、油脂小区、农行小区、运管小区、"
           "国税小区、工行小区、线务局小区、邮政小区等34个小区,涉及4186户居民。")


def test_an_estate_named_after_a_bank_names_no_bank():
    """huanggang.cjyun.org (浠水县): 农行小区、运管小区、国税小区、工行小区: old staff estates, no bank
    (base: Organizations 中国农业银行 and 中国工商银行)."""
    orgs = _names(extract_text(_XISHUI), "Organization")
    assert not orgs & {"中国农业银行", "中国工商银行"}, orgs
    bank = extract_text("标题\n浠水县农行为小微企业发放贷款3亿元。")
    assert "中国农业银行" in _names(bank, "Organization")  # the bank itself, as before


def test_plus_between_two_sources_of_money_is_no_canada():
    """浠水县: 中央补助加政府配套投资共2.3亿元: the money is the county's, 加 is "plus" (base: a Place
    加拿大, subject of the 2.3亿元)."""
    doc = extract_text(_XISHUI)
    assert "加拿大" not in _names(doc, "Place")
    assert ("浠水县", "中央补助加政府配套投资", 230000000) in {(s, i, v) for s, i, v in _metrics(doc)}, _metrics(doc)
    canada = extract_text("标题\n中方愿同加方加强合作,加政府表示欢迎。")
    assert "加拿大" in _names(canada, "Place")  # Canada's government, as before


def test_an_adverb_or_pledge_after_the_counted_estates_closes_the_noun():
    """jingzhou.cjyun.org (公安县): 8个小区正式开工; 4个小区于本月开工; 11个小区确保所有项目12月底具备开工条件:
    counts of 小区 (base: indicators 小区正式, 小区于本月, 小区确保所有项目)."""
    doc = extract_text("公安县城启动老旧小区改造工作\n"
                       "目前,23个小区中,幸福小区、临江小区8个小区正式开工;科技局小区、企业小区4个小区于本月开工;"
                       "实验小区、向阳小区等11个小区确保所有项目12月底具备开工条件。")
    got = {(i, v) for _s, i, v in _metrics(doc)}
    assert {("小区", 4), ("小区", 11)} <= got, got
    assert not any(i.startswith("小区") and len(i) > 2 for i, _v in got), got
