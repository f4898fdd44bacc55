"""Round 101 (lianhe101): joint notices of several ministries — 生态环境部 发展改革委 … 能源局 and four
provinces' governments on the Yangtze delta's autumn-winter air campaign, 教育部等8部门 on children's
myopia, 商务部 中央广播电视总台 on the consumption month, 四川 省经信委 省环保厅, 泉州 财政局 农业农村局,
and notices citing 财政部等11部门 and 省生态环境厅等六部门 (Shaanxi, Jiangsu), 国家发展改革委等四部门 on
mooncakes (fresh texts of /tmp/s26/fresh/lianhe101).  Fixes: a target written against the base it
builds on (总体近视率在2018年的基础上每年降低0.5个百分点, 能耗在2020年基础上下降13.5%) was cut at the
base's year, its indicator 基础上每年降低 / 基础上下降; the year inside 在…(的)基础上 is the base, neither
the figure's time nor the end of the words that name the measure, and the frame is no word of it.  A
national administration signing without its 国家 (市场监管总局 能源局) was passed over: written as a whole
word beside a national organ, apart by spaces only, it is that organ (国家能源局), never a bare 能源局 in
a province's list.  An organisation heading a notice with a ministry (商务部 中央广播电视总台关于…的通知)
left the ministry out of the notice's issuers; two issuers apart by a space before 关于 both issue it."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.period) for m in doc.metrics}


def test_a_target_against_the_year_built_on_keeps_its_measure():
    """02-jinshi-fangkong-8bumen: 到2023年，力争实现全国儿童青少年总体近视率在2018年的基础上每年降低0.5个
    百分点以上 (base: indicator 基础上每年降低).  The period stays 2023, the year of the target."""
    doc = extract_text("近视防控\n到2023年，力争实现全国儿童青少年总体近视率在2018年的基础上每年降低0.5个百分点以上。")
    assert ("儿童青少年总体近视率每年降低", 0.5, "个百分点", "2023") in _metrics(doc), _metrics(doc)
    assert not any(m.indicator.startswith("基础上") for m in doc.metrics), _metrics(doc)


def test_a_reduction_on_the_base_year_without_de():
    """The same frame without 的, the common form of an energy target (能耗在2020年基础上下降13.5%:
    base 基础上下降), and with a relative year (在上年基础上: base kept the whole frame in the name)."""
    doc = extract_text("节能目标\n到2025年，全市单位地区生产总值能耗在2020年基础上下降13.5%。")
    assert ("单位地区生产总值能耗下降", 13.5, "%", "2025") in _metrics(doc), _metrics(doc)
    doc = extract_text("节能目标\n到2025年，全省单位地区生产总值能耗在上年基础上下降3%。")
    assert ("单位地区生产总值能耗下降", 3, "%", "2025") in _metrics(doc), _metrics(doc)


def test_a_year_not_framed_as_base_still_ends_the_words_before():
    """Negative: a year that is the figure's own time (2022年，…) and a comparison (较2017年) are read as
    before; 在此基础上 with no time changes nothing."""
    doc = extract_text("粮食生产\n2022年，全市粮食产量在2021年的基础上增长5%，达到120万吨。")
    assert ("粮食产量增长", 5, "%", "2022") in _metrics(doc), _metrics(doc)
    assert ("粮食产量", 1200000, "吨", "2022") in _metrics(doc), _metrics(doc)
    doc = extract_text("就业\n在此基础上，2023年全市新增就业岗位1.2万个。")
    assert ("新增就业岗位", 12000, "个", "2023") in _metrics(doc), _metrics(doc)


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _runs(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}


def test_a_national_administration_signing_without_its_guojia():
    """01-changsanjiao-qiudongji: the signers 生态环境部 发展改革委 / … / 市场监管总局 能源局 over 2020年10月30日
    (base: no 国家能源局, so it ran nothing); 林草局 beside it is 国家林业和草原局 likewise."""
    doc = extract_text("关于印发《大气污染综合治理攻坚行动方案》的通知\n现将《大气污染综合治理攻坚行动方案》印发给你们。\n\n"
                       "生态环境部 发展改革委\n\n市场监管总局 能源局 林草局\n\n2020年10月30日\n")
    assert {"国家能源局", "国家林业和草原局"} <= _names(doc, "Agency"), _names(doc, "Agency")
    assert ("国家能源局", "大气污染综合治理攻坚行动方案") in _runs(doc), _runs(doc)


def test_a_bare_bureau_beside_no_national_organ_stays_local():
    """Negative: 能源局 beside a city's commission, or after 、 in a province's division of work, is no
    national administration."""
    doc = extract_text("会议\n市发展改革委 能源局 统计局参加会议。\n")
    assert not {"国家能源局", "国家统计局"} & _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("分工\n（省发展改革委、能源局等省有关部门按职责分工负责）\n")
    assert "国家能源局" not in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_ministry_and_an_organisation_heading_a_notice_both_issue_it():
    """03-xiaofei-cujinyue: 商务部 中央广播电视总台关于组织开展2020年全国消费促进月活动的通知 (base: only
    中央广播电视总台 ran the notice)."""
    doc = extract_text("商务部 中央广播电视总台关于组织开展2020年全国消费促进月活动的通知\n"
                       "各省、自治区、直辖市商务主管部门：\n现将有关事项通知如下。\n")
    notice = "关于组织开展2020年全国消费促进月活动的通知"
    assert {("商务部", notice), ("中央广播电视总台", notice)} <= _runs(doc), _runs(doc)
