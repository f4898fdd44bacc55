"""Places and companies read out of people's given names (书记郭宁宁 is no 宁夏, 副主席任红海 no
Red Sea, 陈华为 no Huawei), on sentences written like government news; a preposition or verb
before the place (向美国, 在宁夏, 赴红海) and a company's own name (华为公司) keep them."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.registry import given_name_spans


def run(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(text_doc(text))


def mentioned(doc: Doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.mentions and e.type == label}


def given(text: str) -> list[str]:
    return [text[s:e] for s, e in given_name_spans(text)]


def test_given_names_after_posts_and_in_lists():
    assert given("自治区党委书记郭宁宁主持召开常委会会议。全国政协副主席任红海出席会议。") == ["宁宁", "红海"]
    assert given("陈华为、郭宁宁、杜家毫等同志参加会议。") == ["华为", "宁宁", "家毫"]
    assert given("省委常委会会见郭宁宁同志。") == ["宁宁"]


def test_prepositions_and_lists_of_things_open_no_name():
    assert given("省委书记向美国客商介绍投资环境，在宁夏考察，赴红海沿岸开展合作。") == []
    assert given("支持华为、中兴等企业加大研发投入。") == []


def test_no_place_inside_a_given_name():
    doc = run("2024年3月5日，自治区党委书记郭宁宁主持召开常委会会议。全国政协副主席任红海出席会议并讲话。")
    assert "红海" not in mentioned(doc, "Place")
    assert "宁夏回族自治区" not in mentioned(doc, "Place")
    assert {"郭宁宁", "任红海"} <= mentioned(doc, "Person")


def test_no_company_inside_a_listed_name():
    doc = run("2024年3月5日，市委召开座谈会，陈华为、郭宁宁等同志参加会议。")
    assert not mentioned(doc, "Organization") & {"华为技术有限公司", "华为"}


def test_places_and_companies_named_by_the_text_stay():
    doc = run("2024年3月5日，省委书记在宁夏考察时指出，要推动企业向美国出口，赴红海沿岸开展合作，"
              "学习借鉴华为公司的经验。")
    assert {"宁夏回族自治区", "美国", "红海"} <= mentioned(doc, "Place")
    assert "华为技术有限公司" in mentioned(doc, "Organization")
