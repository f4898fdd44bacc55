"""Round 77 (plan77): local 实施方案, 行动计划 and 责任分工 documents with targets, from fresh texts of
/tmp/s26/fresh/plan77 (山东金乡县, 山西沁县, 浙江杭州市, 湖北, 福建, 江西).  Fixes: a plan opening the
sentence yields its targets to a place or 全省 opening a later clause (《行动计划》提出到2025年，全省数字经济
增加值超过4万亿元: the province's, not the plan's); the amount a measure reaches after its rate (年均增速26%以上，
达到1.5万亿元; 增速高于城镇居民1个百分点，力争达到48000元) is the measure's level, without the rate noun and its
comparison; a count's noun after a verb of having and 的 (10家具有竞争力的大数据龙头企业) is the noun after 的;
a farmed or invasive species named after a region (南美白对虾, 美国白蛾, 加拿大一枝黄花) names no place; the
ratio of urban to rural incomes (城乡居民收入比缩小至1.7以内) is a level with no unit, as an index is; 智联 of a digital plan's slogan (“智联江西”) is no place; a second part after 其中 shares the whole's noun as the
first did (其中，幼儿园4529人、小学5613人 → 小学专任教师)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[str, float], str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_plan_s_targets_for_the_whole_province_are_the_province_s():
    """05-fujian-digital (福建): 《福建省…行动计划（2022—2025年）》（以下简称《行动计划》）出炉。《行动计划》提出到
    2025年，全省数字经济增加值超过4万亿元，…占GDP的比重比2020年提高3个百分点 (base: both the plan's)."""
    doc = extract_text("近日，《福建省做大做强做优数字经济行动计划（2022—2025年）》（以下简称《行动计划》）出炉，积极"
                       "推进数字产业化。\n《行动计划》提出到2025年，全省数字经济增加值超过4万亿元，数字经济核心产业"
                       "增加值占GDP的比重比2020年提高3个百分点。")
    got = _metrics(doc)
    assert got.get(("数字经济增加值", 4e12)) == "福建省", got
    assert {s for (_i, v), s in got.items() if v == 3} == {"福建省"}, got
    # a plan's own figures, with no place opening a clause, stay the plan's
    own = extract_text("福建出台数字经济行动计划\n近日，《福建省做大做强做优数字经济行动计划（2022—2025年）》出炉。"
                       "《福建省做大做强做优数字经济行动计划（2022—2025年）》共安排重点项目120个。")
    assert set(_metrics(own).values()) == {"福建省做大做强做优数字经济行动计划（2022—2025年）"}, _metrics(own)


def test_the_amount_reached_after_a_rate_is_the_measure_s_level():
    """06-jiangxi-digital (江西): 我省数字经济增加值年均增速26%以上，达到1.5万亿元以上; 03-hangzhou-rural (杭州市):
    农民人均可支配收入增速高于城镇居民1个百分点，力争达到48000元 (base: 数字经济增加值年均增速 1.5万亿元,
    农民人均可支配收入增速高于城镇居民 48000元)."""
    doc = extract_text("江西出台数字经济行动计划\n预计到2022年，我省数字经济增加值年均增速26%以上，达到1.5万亿元以上，"
                       "建成4万个5G基站。")
    got = _metrics(doc)
    assert ("数字经济增加值", 1.5e12) in got and ("数字经济增加值年均增速", 26) in got, got
    doc = extract_text("杭州市农业农村局印发工作要点\n主要指标：农民人均可支配收入增速高于城镇居民1个百分点，"
                       "力争达到48000元。")
    got = _metrics(doc)
    assert ("农民人均可支配收入", 48000) in got, got
    # an amount after an amount of the same measure is still read as before
    same = extract_text("全县粮食产量比上年增加1.2万吨，达到35万吨。")
    assert ("粮食产量", 350000) in _metrics(same), _metrics(same)


def test_a_count_s_noun_after_a_verb_of_having_and_de():
    """06-jiangxi-digital (江西): 培育10家左右具有竞争力的大数据龙头企业 (base: the indicator 具有竞争力)."""
    doc = extract_text("江西出台数字经济行动计划\n到2022年，全省培育10家左右具有竞争力的大数据龙头企业，"
                       "建成3个具备条件的数字经济产业园。")
    got = {i for i, _v in _metrics(doc)}
    assert {"大数据龙头企业", "数字经济产业园"} <= got, got
    # the verb after the noun (企业具有资质) is left as it was
    plain = extract_text("全市共有5家企业通过认证。")
    assert ("企业", 5) in _metrics(plain), _metrics(plain)


def test_a_species_named_after_a_region_is_no_place():
    """07-qinxian-tasks (山西沁县): 投资3000万元建设南美白对虾工厂化循环水养殖基地 (base: a place 南美洲); the
    forestry pests 美国白蛾 and 加拿大一枝黄花 of the same shape."""
    doc = extract_text("沁县印发任务清单\n投资3000万元建设南美白对虾工厂化循环水养殖基地。县林业局开展美国白蛾防治，"
                       "清除加拿大一枝黄花500亩。")
    assert _places(doc) <= {"沁县", "山西省"}, _places(doc)
    world = extract_text("美国总统访问南美洲多国。")
    assert {"美国", "南美洲"} <= _places(world), _places(world)


def test_the_ratio_of_urban_to_rural_incomes_is_a_unitless_level():
    """03-hangzhou-rural (杭州市): 主要指标：…城乡居民收入比缩小至1.7以内 (base: no figure at all)."""
    doc = extract_text("杭州市农业农村局印发工作要点\n主要指标：低收入农户人均可支配收入增长10%以上；"
                       "城乡居民收入比缩小至1.7以内。")
    assert ("城乡居民收入比", 1.7) in _metrics(doc), _metrics(doc)
    # a number with a unit's character after it is still no index value (1.7万 is read as an amount)
    more = extract_text("全县城乡居民收入比为1.85，农村居民人均可支配收入1.7万元。")
    assert ("城乡居民收入比", 1.85) in _metrics(more) and 1.7 not in {v for _i, v in _metrics(more)}, _metrics(more)


def test_a_digital_plan_s_slogan_word_is_no_place():
    """06-jiangxi-digital (江西): “物联江西”“智联江西”加快建设 (base: a place 智联, jieba's ns)."""
    doc = extract_text("江西出台数字经济行动计划\n通过3年的努力，“物联江西”“智联江西”加快建设。")
    assert "智联" not in _places(doc) and "江西省" in _places(doc), _places(doc)


def test_a_second_part_shares_the_whole_s_noun_as_the_first_did():
    """edu66/edu77 texts read for precision (贵州织金县, 江西信丰县): 专任教师9689人(其中,幼儿园4529人、小学5613人、
    初中2696人), 义务教育新增班级174个(其中小学108个、初中66个) (base: the later parts bare 小学, 初中, the first
    幼儿园专任教师); the shape of the breakdowns of plans' targets."""
    doc = extract_text("全县共有专任教师9689人（其中，幼儿园4529人、小学5613人、初中2696人）。")
    got = {i for i, _v in _metrics(doc)}
    assert {"幼儿园专任教师", "小学专任教师", "初中专任教师"} <= got, got
    doc = extract_text("全县义务教育新增班级174个（其中小学108个、初中66个）。")
    got = {i for i, _v in _metrics(doc)}
    assert {"小学义务教育新增班级", "初中义务教育新增班级"} <= got, got
    # a part the whole's noun already names stays named alone (来电来信举报件: 来信, not 来信受理…来信举报件)
    named = extract_text("督察组受理群众来电来信举报件106件，其中来电80件，来信26件。")
    assert not any(i.startswith("来信") and len(i) > 2 for i, _v in _metrics(named)), _metrics(named)
