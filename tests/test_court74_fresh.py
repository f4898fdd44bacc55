"""Round 74 (court74): court and procuratorate news — county courts' execution drives (河北张北, 河南南阳,
潢川, 临颍), court work reports to the 人大 (四川翠屏区, 广东东莞), a court's press briefing (安徽桐城) and
circuit hearings (河南沁阳, 重庆巫山) — from fresh texts of /tmp/s26/fresh/court74.  Fix: a county's
unique short name right before 法院/检察院 (潢川法院, 潢川检察院) names the county and its court even where
the story names a place of another prefecture (从郑州被带回): a basic court is only ever its county's, no
township has one (base: the short name dropped as the story was read as 郑州's, no court at all, and the
article's figures given to 郑州市)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _subjects(doc) -> dict[float, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_county_short_name_before_its_court_names_the_county():
    """05-huangchuan-execution (河南潢川县): 潢川法院执行局…共39名干警列队集合完毕…1名涉嫌拒执犯罪的被执行人也从
    郑州被带回 (base: no 潢川县, no court, 39名 given to 郑州市)."""
    doc = extract_text("潢川法院执行局五个执行团队共39名干警列队集合完毕,副院长刘建国作战前动员。"
                       "28日全天共执行案件21件,执结7件。1名涉嫌拒执犯罪的被执行人也从郑州被带回。")
    assert "潢川县" in _names(doc, "Place"), _names(doc, "Place")
    assert any(n.startswith("潢川县人民法院") for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert _subjects(doc)[21] != "郑州市", _subjects(doc)


def test_county_short_name_before_its_procuratorate():
    """The same shape for a procuratorate (潢川检察院) in a story naming another city."""
    doc = extract_text("潢川检察院对该案提起公诉,犯罪嫌疑人此前在郑州被抓获。")
    assert "潢川县" in _names(doc, "Place"), _names(doc, "Place")
    assert "潢川县人民检察院" in _names(doc, "Agency"), _names(doc, "Agency")


def test_kinds_of_courts_name_no_county():
    """Negative: the kinds and levels of court before 法院 (各级, 两级, 基层, 铁路, 海事, 互联网) name no county."""
    doc = extract_text("郑州市各级法院、两级法院、基层法院、高新法院、铁路法院、海事法院、金融法院、互联网法院和"
                       "知识产权法院开展集中执行。")
    assert _names(doc, "Place") == {"郑州市"}, _names(doc, "Place")
