"""Round 54 (petition54): letters-and-visits (信访) news and leaders' reception days from fresh texts of
/tmp/s26/fresh/petition54: petitioners who go to Beijing (进京走访) do not make a city's monthly
figures Beijing's; a 、-list of leaders goes on through a name whose family name is also a
preposition (于玲玲); the central joint meeting's office on letters and visits is a national body; a
place's 4套班子 (its four leaderships) is no count."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list:
    return list(doc.metrics.values()) if isinstance(doc.metrics, dict) else list(doc.metrics)


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _place_of(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key and key in doc.entities else None


def test_petitioners_going_to_beijing_do_not_place_a_city_report_in_beijing():
    """A city's monthly 信访 report (03-monthly-report): 群众到省走访5人次,群众进京走访4人次 — Beijing is
    where the petitioners went (base: the article placed in 北京市 and every figure of the city,
    群众到市走访110批 too, Beijing's)."""
    doc = extract_text("(一)群众走访。本月,群众到市走访110批1731人次,与上月相比批次、人次分别上升52.78%、45.34%。"
                       "群众到省走访5人次,群众进京走访4人次,群众进京到非信访接待场所上访0人次。")
    assert _place_of(doc) != "北京市"
    subjects = {doc.entities[m.subject].name for m in _metrics(doc) if m.subject in doc.entities}
    assert "北京市" not in subjects, subjects


def test_a_list_of_leaders_goes_on_through_a_family_name_that_is_a_preposition():
    """穆棱市 (05-muling-jiefang): 市领导田延安、杨健、…、郭千里、于玲玲参加接访活动 — 于 after 、 opens a
    name, not a preposition (base: the whole list dropped, no person at all)."""
    doc = extract_text("8月5日,我市开展八月份市级领导干部集中接访活动。"
                       "市领导田延安、杨健、沈明坤、刘明伟、袁长乐、韩雨昊、丛林、郭千里、于玲玲参加接访活动。")
    people = _names(doc, "Person")
    assert {"田延安", "郭千里", "于玲玲"} <= people, people
    opening = extract_text("市领导向大家介绍了全市信访工作情况。")  # right after the title 向 is the preposition
    assert not any(n.startswith("向") for n in _names(opening, "Person")), _names(opening, "Person")


def test_the_central_joint_meeting_office_on_letters_and_visits_is_a_national_body():
    """甘肃省信访局 (04-gansu-xfj): 传达学习中央信访工作联席会议办公室、国家信访局治理重复信访、化解信访积案
    专题会议精神 (base: no such agency)."""
    doc = extract_text("10月25日,省信访局召开局务会,传达学习中央信访工作联席会议办公室、国家信访局治理重复信访、"
                       "化解信访积案专题会议精神。")
    assert "中央信访工作联席会议办公室" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_place_s_four_leaderships_are_no_count():
    """浦江县 (07-pujiang-xiafang): 浦江开始实行县4套班子领导和部门主要领导下访接待群众制度 — 4套班子 names the
    county's leadership (base: a metric 班子领导 = 4 套)."""
    doc = extract_text("浙江省浦江县信访工作。2003年9月,浦江开始实行县4套班子领导和部门主要领导下访接待群众制度。")
    assert not any(m.unit == "套" for m in _metrics(doc)), [(m.indicator, m.value, m.unit) for m in _metrics(doc)]
