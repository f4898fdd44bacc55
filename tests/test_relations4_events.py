"""Events named with their year as the subject of their being held (2024湖北县域经济高峰论坛在宜昌
举行) and events named with their edition and a place in brackets (第十届中国（武汉）国际园林博览会)
are programmes; a clause with a function word in it is not.  Sentences written like government news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "numbers", "entities", "resolve", "posts", "relations"))


def programmes(text: str) -> set[str]:
    doc = _PIPE(text_doc(text, "t"))
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_an_event_named_with_its_year_before_being_held():
    got = programmes("宜昌市举办县域经济论坛\n11月22日，2024湖北县域经济高峰论坛在宜昌举行。"
                     "2024年度全省职业技能大赛于11月25日开幕。")
    assert "2024湖北县域经济高峰论坛" in got
    assert "2024年度全省职业技能大赛" in got


def test_an_edition_event_with_its_place_in_brackets():
    got = programmes("武汉市园博会开幕\n9月5日，第十届中国（武汉）国际园林博览会开幕。")
    assert "中国（武汉）国际园林博览会" in got


def test_a_year_before_a_clause_is_no_event():
    got = programmes("宜昌市召开会议\n2023年在武汉举办的论坛在宜昌召开。")
    assert not any(n.startswith("2023") for n in got)


def test_a_tour_named_after_the_place_it_visits():
    got = programmes("湖北省网信办开展网络媒体采访活动\n11月20日，全国网络媒体湖北行活动在武汉启动。"
                     "省委网信办组织开展全国网络媒体湖北行主题采访活动。")
    assert "全国网络媒体湖北行" in got


def test_words_ending_in_xing_are_no_tours():
    got = programmes("宜昌市开展金融服务活动\n近日，工商银行活动在宜昌启动。今年，湖北行活动启动。")
    assert not any(n.endswith("行") for n in got)
