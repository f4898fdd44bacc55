"""The lead's review (round 114): a township's stations written after its stem alone.

- gazetteer: shijian113's 三里市场监管所 (a county's market-supervision station named by its township's stem, as
  龙池派出所, 妙泉司法所 were read: `township_stations`): the township's market-supervision (市场监管所, 市场监督管理所),
  natural-resources (自然资源所, 国土资源所) and forestry (林业站) stations and its health centre (卫生院) open the
  county's township of that stem when the text names the county. Base: no township and no agency (the station's
  68户次 went to the county), or a bare uncoded place (城关).
- periods: months listed with the unit written once (9、10月份, 1、2、3月份: caizheng113's 企业所得税9、10月份分别增长3.3%、
  0.6%) are months each, so the figures after 分别 have a time each and the noun before the times names them
  (base: both figures 别增长, no period); a list item's number at a line's start (1、2月份全县…) is left alone.
- metrics: a name put together from the text's words (the times left out, the change verb put back: 罗山县企业所得税
  增长) still loses the place that opens it, as a name the text holds whole does.
"""
from conftest import extract_text
from kg.periods import find_periods

NANLING = ("南陵县开展食品安全检查\n近日，三里市场监管所持续加强食品安全检查，共检查经营户68户次。"
           "弋江自然资源所、工山林业站联合行动。\n")


def _of(doc, etype):
    return {e.name for e in doc.entities.values() if e.type == etype}


def _located(doc):
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "locatedIn" and r.subject in doc.entities and r.object in doc.entities}


def test_a_market_supervision_station_opens_its_township():
    doc = extract_text(NANLING)
    assert "三里镇市场监督管理所" in _of(doc, "Agency"), _of(doc, "Agency")
    assert ("三里镇市场监督管理所", "三里镇") in _located(doc), _located(doc)
    assert {"三里镇", "弋江镇", "工山镇"} <= _of(doc, "Place"), _of(doc, "Place")


def test_the_station_s_count_is_no_longer_the_county_s():
    doc = extract_text(NANLING)
    subj = {doc.entities[m.subject].name for m in doc.metrics if m.value == 68 and m.subject in doc.entities}
    assert subj == {"三里镇市场监督管理所"}, subj


def test_natural_resources_and_forestry_stations():
    doc = extract_text(NANLING)
    assert {"弋江镇自然资源所", "工山镇林业站"} <= _of(doc, "Agency"), _of(doc, "Agency")


def test_a_health_centre_after_its_township_s_stem():
    """工山卫生院 alone was read (an organisation's place); the next item of the list after 、 was not."""
    doc = extract_text("南陵县召开卫生工作会议\n近日，工山卫生院、何湾卫生院开展义诊。")
    assert {"工山镇", "何湾镇"} <= _of(doc, "Place"), _of(doc, "Place")
    assert ("何湾卫生院", "何湾镇") in _located(doc), _located(doc)


def test_guard_a_stem_that_is_no_township_of_the_county():
    """Guard: 中心卫生院, 东城市场监管所 in a story of a county with no such township open no township."""
    doc = extract_text("南陵县召开会议\n中心卫生院、东城市场监管所负责人参加会议。")
    assert not any(p.endswith(("镇", "乡")) for p in _of(doc, "Place")), _of(doc, "Place")


def test_guard_a_station_with_no_county_named():
    """Guard: with no county in the text, the stem names nothing (the township is the county's only)."""
    doc = extract_text("三里市场监管所持续加强监管\n三里市场监管所以辖区内餐饮服务单位为重点场所。")
    assert "三里镇" not in _of(doc, "Place"), _of(doc, "Place")


FINANCE = ("罗山县财政局发布报告\n罗山讯 2023年11月15日，罗山县企业所得税9、10月份分别增长3.3%、0.6%。"
           "全县税收收入1、2、3月份分别为1.2亿元、0.9亿元、1亿元。\n")


def _figures(doc):
    return {(m.indicator, m.value, m.period) for m in doc.metrics}


def test_months_sharing_one_unit_are_months_each():
    got = _figures(extract_text(FINANCE))
    assert ("企业所得税增长", 3.3, "2023-09") in got, got
    assert ("企业所得税增长", 0.6, "2023-10") in got, got


def test_three_months_sharing_one_unit():
    got = _figures(extract_text(FINANCE))
    assert {("税收收入", 120000000, "2023-01"), ("税收收入", 90000000, "2023-02"),
            ("税收收入", 100000000, "2023-03")} <= got, got


def test_guard_a_list_item_number_at_a_line_s_start_is_no_month():
    text = "工作安排\n1、2月份全县开展春季植树。"
    assert [w for _s, _e, w in find_periods(text)] == ["2月份"], find_periods(text)


def test_guard_a_decimal_before_the_comma_is_no_month():
    text = "增长1.2、3月份回落"
    assert [w for _s, _e, w in find_periods(text)] == ["3月份"], find_periods(text)


def test_a_contents_section_number_is_no_item_count():
    """numbers: shijian113's list item's number before its count (附件：1.24批次… → 24 批次) read a plan's contents,
    6.1 人力资源保障 and 7.1名词术语, as counts 1 人 and 1 名 (scrape41's pin broke on round 113's merge): the
    count must follow the number unspaced, and its unit must open no word with the heading (人力, 名词)."""
    doc = extract_text("新昌县森林火灾事故应急预案\n目 录\n6 应急保障\n6.1 人力资源保障\n6.2人力资源调配\n7 附则\n"
                       "7.1名词术语\n附件：\n1.24批次食品监督抽检合格产品信息\n")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert got == {("食品监督抽检合格产品信息", 24, "批次")}, got
