"""mine40: county police reports (Henan, Fujian, Shaanxi county sites, as published): the bureau
named by anaphora (该局) and a 并 joining the clause open no indicator; 在逃人员 keeps its 在."""
from __future__ import annotations

from conftest import extract_text


def _figures(text: str) -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.indicator for m in extract_text(text).metrics}


def test_the_bureau_named_by_anaphora_is_no_word_of_the_indicator():
    got = _figures("冬季严打攻坚战开展以来,该县公安局高度重视、精心部署,突出破案实效。至目前,该局共破获"
                   "各类刑事案件48起,抓获犯罪嫌疑人41名,抓获网上逃犯6名。")
    assert got[(48, "起")] == "破获各类刑事案件"
    assert got[(41, "名")] == "抓获犯罪嫌疑人"


def test_and_joining_a_clause_is_no_word_of_the_indicator():
    got = _figures("当日16时,在光山县城某超市门口,抓捕民警迅猛出击,当场将其抓获,并收缴假币21100元。")
    assert got[(21100, "元")] == "收缴假币"


def test_fugitives_keep_their_word():
    got = _figures("破获涉黑案件20起、刑事拘留27人,抓获九类涉恶案件在逃人员5人。")
    assert got[(5, "人")] == "在逃人员"
    assert got[(20, "起")] == "破获涉黑案件"
