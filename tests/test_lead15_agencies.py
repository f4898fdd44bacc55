"""A party committee and its government written as a pair without the second scope (lead15), as
township and county news write them: 水观镇党委、政府召开…, 镇党委政府共谋划…, 秭归县委、政府、人大: 政府 is
the government of the committee's scope.  Not where 政府 opens another noun (政府工作报告).
And the particle 所 after a stem (…乡村振兴所做工作) is no unit 所."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _agencies(doc):
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_township_committee_and_its_government():
    doc = _PIPE(text_doc("3月21日上午，阆中市水观镇党委、政府召开2023年度农村工作会议。"))
    assert {"水观镇党委", "水观镇人民政府"} <= _agencies(doc)


def test_the_pair_written_as_one_word_takes_the_articles_township():
    doc = _PIPE(text_doc("扶风县杏林镇召开推进会。会上，镇党委政府共谋划农业项目5个。"))
    assert "杏林镇人民政府" in _agencies(doc)


def test_a_county_committee_government_and_congress():
    doc = _PIPE(text_doc("他代表秭归县委、政府、人大和宜都人民向加查人民致以问候。"))
    assert {"秭归县委", "秭归县人民政府"} <= _agencies(doc)


def test_government_opening_another_noun_is_no_government():
    doc = _PIPE(text_doc("扶风县委、政府工作报告提出，今年要稳增长。"))
    assert "扶风县人民政府" not in _agencies(doc)


def test_the_particle_suo_after_a_stem_is_no_unit():
    doc = _PIPE(text_doc("会议总结了去年来城头山镇乡村振兴所做工作。"))
    assert not any(n.endswith("所") for n in _agencies(doc))
    doc = _PIPE(text_doc("会议肯定了扶风县农业农村局所取得的成绩。"))
    assert _agencies(doc) == {"扶风县农业农村局"}


def test_a_unit_named_suo_before_a_verb_stays_a_unit():
    doc = _PIPE(text_doc("扶风县司法所开展普法活动，扶风县财政所做好资金保障。"))
    assert {"扶风县司法所", "扶风县财政所"} <= _agencies(doc)


def test_kinds_of_city_in_a_notices_addressees_are_no_city():
    doc = _PIPE(text_doc("各省、自治区、直辖市、计划单列市财政厅(局)、科技厅(委、局)，副省级城市人民政府，"
                         "各地级市政府：\n为贯彻落实有关要求，现就有关事项通知如下。"))
    assert not _agencies(doc)


def test_each_of_a_kind_of_unit_is_no_name():
    doc = _PIPE(text_doc("喀什地区泽普县分指挥部的援疆干部准备赴喀什，与对口4县各指挥部干部一起集中返沪，"
                         "江苏各援伊前方工作组也参加。"))
    assert not any("各" in n for n in _agencies(doc))


def test_a_departments_customary_short_form_is_the_department():
    doc = _PIPE(text_doc("山南市林业和草原局局长表示，山南市林草局将不断强化理念。县医保局、县医疗保障局参加。"))
    assert "山南市林草局" not in _agencies(doc) and "山南市林业和草原局" in _agencies(doc)


def test_the_session_of_a_governments_term_is_no_count():
    from kg.pipeline import Pipeline as _P
    doc = _P(("gazetteer", "registry", "numbers", "entities", "resolve", "metrics"))(text_doc(
        "常务会议召开\n县委副书记、代县长刘鹏飞主持召开县政府十八届二十一次常务会议。县人大常委会召开十七届三次主任会议。"
        "今年共召开常务会议12次。"))
    assert [m.surface for m in doc.metrics] == ["召开常务会议12次"]
