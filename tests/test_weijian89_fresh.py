"""Round 89 (weijian89): 卫生健康 news, second pass — the national 卫生健康事业发展统计公报 of 2022 and 2023
as the press reported them, city and county 疾控中心 campaign news (兰州城关区, 江苏丰县, 湖北汉川 and
黄冈), 青海海南州's 紧密型县域医共体 plan, 上海's 健康上海行动 figures and 秦皇岛's 爱国卫生 week (fresh texts
of /tmp/s26/fresh/weijian89).  Fixes: a hospital stay's length in days written 日 after a decimal
(医院出院者平均住院日为9.2日) read as a span of days, where 日 after a whole number stays a day of the month
and no figure (numbers.decimal_only_units); a second post held, written in brackets between the posts
and the holder's name (黄冈市卫健委副主任(市疾控中心主任)戴纯清), kept as a post of the person, who the
base lost with both posts; the health-literacy code's common name (健康素养66条) read as no count of 66,
as the numbered names written with Chinese numerals (两条底线) already were; a part after 其中 written with
a copula (其中公立医院为86.0%) measured as the whole it overlaps (公立医院病床使用率), as it was without one."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _figures(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_average_stay_in_days_after_a_decimal_is_a_figure():
    """01-national-bulletin-2023: 医院出院患者平均住院日为8.8日，其中公立医院为8.4日; 02-national-bulletin-2022:
    医院出院者平均住院日为9.2日 (base: no figure at all, 日 was no unit)."""
    doc = extract_text("国家卫健委发布统计公报\n2022年，全国医院病床使用率71.0%，医院出院者平均住院日为9.2日。")
    assert ("医院出院者平均住院日", 9.2, "天") in _figures(doc), _figures(doc)


def test_a_day_of_the_month_written_with_ri_is_no_figure():
    """The negative of the rule above: 日 after a whole number is a date (15日上午, 12日至15日), never a count of
    days, so no figure in 天 comes from it."""
    doc = extract_text("县卫健局召开会议\n3月15日上午，县卫健局召开会议。培训于12日至15日举行，共有120名村医参加。")
    assert not any(m.unit == "天" for m in doc.metrics), _figures(doc)


def test_second_post_in_brackets_between_post_and_name():
    """04-hubei-tb-day-huanggang: 黄冈市卫健委副主任(市疾控中心主任)戴纯清等领导…参加了此次活动 (base: no person
    戴纯清, no post; a note of up to six characters, (兼), was all a bracket there could hold)."""
    doc = extract_text("黄冈举办结核病防治宣传活动\n3月22日，黄冈市卫健委副主任(市疾控中心主任)戴纯清等领导参加了此次活动。")
    triples = post_triples(doc)
    assert ("戴纯清", "黄冈市卫生健康委员会", "副主任") in triples, triples
    assert ("戴纯清", "黄冈市疾病预防控制中心", "主任") in triples, triples


def test_bracket_without_a_post_adds_no_post():
    """The negative: a bracket that ends in no post word (主持…工作, a duty) gives its holder no second post."""
    doc = extract_text("黄冈举办结核病防治宣传活动\n3月22日，黄冈市卫健委副主任(主持市疾控中心工作)戴纯清参加了此次活动。")
    assert not any(t[1] == "黄冈市疾病预防控制中心" for t in post_triples(doc)), post_triples(doc)


def test_health_literacy_code_by_its_numbered_name_is_no_count():
    """07-hanchuan-heli-shanshi: 城区活动现场设立健康素养66条宣传展板10块; 09-qinhuangdao-aiwei: 普及病媒生物防制、
    健康素养66条、科学健身 (base: figures 宣传展板 66 条 and 健康素养 66 条 — the code's name read as a count)."""
    doc = extract_text("汉川市开展宣传教育活动\n城区活动现场设立健康素养66条宣传展板10块，发放健康读本380余本。")
    figures = _figures(doc)
    assert not any(v == 66 for _, v, _ in figures), figures
    assert ("宣传展板", 10, "块") in figures, figures
    listed = extract_text("秦皇岛市开展爱国卫生宣传\n工作人员普及病媒生物防制、健康素养66条、科学健身等健康知识。")
    assert not listed.metrics, _figures(listed)
    rules = extract_text("县卫健局开展宣传\n今年县卫健局共制定健康管理制度66条。")
    assert any(m.value == 66 for m in rules.metrics), _figures(rules)


def test_part_after_qizhong_with_a_copula_takes_the_whole_measure():
    """01-national-bulletin-2023: 医院出院患者平均住院日为8.8日，其中公立医院为8.4日 (base: no figure; with the unit
    read, the indicator was the bare part 公立医院 — the copula 为 hid that the part overlaps the whole's
    measure, as 其中，公立医院86.0% without it already reads 公立医院病床使用率)."""
    doc = extract_text("国家卫健委发布统计公报\n2023年，全国医院病床使用率79.4%，其中公立医院为86.0%。"
                       "医院出院患者平均住院日为8.8日，其中公立医院为8.4日。")
    figures = _figures(doc)
    assert ("公立医院病床使用率", 86, "%") in figures, figures
    assert ("公立医院出院患者平均住院日", 8.4, "天") in figures, figures
    assert not any(ind == "公立医院" for ind, _, _ in figures), figures
