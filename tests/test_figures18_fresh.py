"""Figures in shapes read on fresh county and city texts (round 18): half-year releases, final
accounts of a city's budget, government work reports.  The 比 of 同比 starts no comparison that a
later clause goes on with (同比增长12.8%，比一季度回落4.8个百分点 → 生产总值比一季度回落); a change
in points leaves its level, not its comparison, for a bare change in the next sentence; a counted
whole closed by 中 and a comma before its part (40个工业行业大类中，34个…) loses the 中; a note in
brackets that holds a comma (不包括…,下同) is no part of the indicator after it; a one-character
change verb with 至 (增至, 降至) leads to a later level of the same measure, it is no noun.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2021-08-06"):
    return figure_table(text, date)


def test_a_comparison_after_a_year_on_year_change_names_the_level():
    """同比增长3.3%，比一季度加快3.1个百分点: the 比 of 同比 is a basis word, not a comparison the
    next clause goes on with (工业增加值同比一季度加快 was read)."""
    ms = _metrics("上半年，全市工业增加值4064.62亿元，同比增长3.3%，比一季度加快3.1个百分点。")
    assert ms[(3.1, "个百分点")][0] == "工业增加值比一季度加快"
    ms = _metrics("上半年，全市工业增加值4064.62亿元，同比增长3.3%，增速比全省高1.2个百分点、比全国高0.4个百分点。")
    assert ms[(0.4, "个百分点")][0] == "工业增加值增速比全国高"  # (a comparison that goes on stays)


def test_a_bare_change_after_a_points_sentence_is_the_levels():
    """比一季度回落4.8个百分点；两年平均增长6.0%: the bare change opening the next sentence is the
    level's (生产总值两年平均增长), not the comparison's (生产总值…回落两年平均增长)."""
    ms = _metrics("上半年，全市生产总值735.4亿元，同比增长12.8%，比一季度回落4.8个百分点；"
                  "两年平均增长6.0%，比一季度加快0.7个百分点。")
    assert ms[(6, "%")][0] == "生产总值两年平均增长"


def test_a_whole_closed_by_zhong_and_a_comma_loses_the_locative():
    """40个工业行业大类中，34个行业盈利: 中 with a comma after it still closes the whole."""
    ms = _metrics("上半年，全市40个工业行业大类中，34个行业盈利。")
    assert ms[(40, "个")][0] == "工业行业大类"
    ms = _metrics("全市共有12所高中，3所初中。", None)
    assert ms[(12, "所")][0] == "高中"  # (a word ending in 中 stays)


def test_a_bracketed_note_with_a_comma_is_no_part_of_the_indicator():
    """2018年市级(不包括市城区、开发区,下同)一般公共预算收入决算数…: the note's comma split the
    clause; its tail (下同)) is no part of the indicator."""
    ms = _metrics("2018年市级(不包括市城区、红海湾开发区,下同)一般公共预算收入决算数129748万元，"
                  "为调整预算数的100.66%，增长10.59%。", None)
    assert ms[(1297480000, "元")][0] == "一般公共预算收入决算数"
    assert ms[(10.59, "%")][0] == "一般公共预算收入决算数增长"


def test_a_one_character_change_verb_with_zhi_counts_no_noun():
    """从2006年的19.8亿元增至2011年的48.6亿元: 增至 goes on to a later level of the same measure,
    like 增加到; the first figure is the 税收收入总额 of 2006, not a thing called 增至."""
    ms = _metrics("全区税收收入总额从2006年的19.8亿元增至2011年的48.6亿元。", None)
    assert ms[(1980000000, "元")][:3:2] == ("税收收入总额", "2006")
    assert ms[(4860000000, "元")][0] == "税收收入总额"


def test_a_bare_threshold_passed_is_approximate():
    """全县财政收入首次突破10亿元大关: with no exact amount after it, the mark passed is what the
    text tells — more than 10亿元, a bound like 超过, so approximate (a mark followed by the
    amount reached stays no figure of its own)."""
    from kg.stages.numbers import find_quantities
    q = find_quantities("全县财政收入首次突破10亿元大关。")[0]
    assert q.value == 1000000000 and q.approx
    ms = _metrics("全市生产总值突破6000亿元，达6465亿元。", None)
    assert (600000000000, "元") not in ms and ms[(646500000000, "元")][0] == "生产总值"


def test_round_marks_counted_are_no_figure():
    """连续跨越三个“十亿元”台阶: three round marks passed, counted — no figure named 十亿元 (a count
    of things of a size, 两个千亿级产业集群, stays)."""
    ms = _metrics("辖区税收收入总额连续跨越三个“十亿元”台阶。", None)
    assert (3, "个") not in ms
    ms = _metrics("全市培育两个千亿级产业集群。", None)
    assert ms[(2, "个")][0] == "千亿级产业集群"


def test_an_adverb_of_staying_is_no_part_of_the_indicator():
    """大豆面积仍然保持在1.5亿亩以上: 仍然 (依然, 仍) says the level held, like 继续 and 始终."""
    ms = _metrics("大豆面积仍然保持在1.5亿亩以上。", None)
    assert ms[(150000000, "亩")][0] == "大豆面积"
    ms = _metrics("全县粮食产量依然稳定在50万吨以上。", None)
    assert ms[(500000, "吨")][0] == "粮食产量"


def test_the_years_a_sum_is_over_are_no_part_of_the_indicator():
    """全社会固定资产投资五年累计完成406.5亿元 (work reports over a term): 五年 is the stretch
    summed over, not part of what is measured."""
    ms = _metrics("全社会固定资产投资五年累计完成406.5亿元，实际利用外资五年累计5.8亿美元。", None)
    assert ms[(40650000000, "元")][0] == "全社会固定资产投资"
    assert ms[(580000000, "美元")][0] == "实际利用外资"  # (econ73: 实际利用外资 is the statistic's name, as 实际使用外资)


def test_projects_started_together_are_the_projects():
    """10个重点项目集中开工 / 12个项目集中签约: 集中 is an adverb of the verb after the noun, like
    有序 and 顺利 (a noun that starts with it stays: 3个集中安置点)."""
    ms = _metrics("近日，该县10个重点项目集中开工，总投资34.02亿元。", None)
    assert ms[(10, "个")][0] == "重点项目"
    ms = _metrics("全县建成3个集中安置点。", None)
    assert ms[(3, "个")][0] == "集中安置点"


def test_a_year_written_with_du_leaves_no_du_in_the_name():
    """2024年度中央财政高标准农田建设项目22.99万亩: 年度 is the year; its 度 opened the name."""
    ms = _metrics("力争完成2024年度中央财政高标准农田建设项目22.99万亩的田间主体工程。", None)
    assert not ms[(229900, "亩")][0].startswith("度")
    ms = _metrics("2023年度全县新建高标准农田5.2万亩。", None)
    assert ms[(52000, "亩")][0] == "新建高标准农田"  # (nongtian112: the new fields, told apart from the 建成 stock)


def test_an_amount_inside_a_target_names_the_levels_target():
    """城镇新增就业655万人，完成全年900万人目标的73% (ministry releases): 900万人 is the year's
    target of the level, 73% the part of it done — neither is a figure named 目标."""
    ms = _metrics("1—6月，全国城镇新增就业655万人，完成全年900万人目标的73%。", None)
    assert ms[(9000000, "人")][0] == "城镇新增就业全年目标"
    assert ms[(73, "%")][0] == "城镇新增就业完成全年目标"


def test_a_budget_a_level_is_measured_against_is_the_levels():
    """财政总收入4348万元，占年初预算10065万元的43.2% (budget execution reports): the budget amount
    is the level's budget (财政总收入年初预算), not a figure named 占年初预算 or 预算."""
    ms = _metrics("1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%，同比下降6.5%。", None)
    assert ms[(100650000, "元")][0] == "财政总收入年初预算"
    assert ms[(43.2, "%")][0] == "财政总收入为年初预算"
    ms = _metrics("收入37730万元，为全年预算46908万元的80.43%。", None)
    assert ms[(469080000, "元")][0] == "收入全年预算"


def test_a_span_of_years_with_jian_is_no_figure_before_the_name():
    """发言人数量20年间翻了近4倍: 20年间 is the span of the change, like 连续5年; the name is the
    level before it with the change after it (间翻 was read)."""
    ms = _metrics("发言人数量20年间翻了近4倍。", None)
    assert ms[(4, "倍")][0] == "发言人数量翻"
    ms = _metrics("全县农民人均收入10年间增长了3倍。", None)
    assert ms[(3, "倍")][0] == "农民人均收入增长"


def test_the_three_joint_communiques_are_a_name():
    """中美三个联合公报: the name of three documents, like 三个代表 — no count of anything."""
    ms = _metrics("双方重申恪守中美三个联合公报的原则。", None)
    assert (3, "个") not in ms


def test_households_then_people_are_the_same_group():
    """搬迁群众1410户5640人, 脱贫1.2万户、4.5万人 (relocation and poverty reports): the people are
    those of the households counted right before — the group's name, not a bare 人数, and never a
    name from far back in the sentence (涉及126栋楼3484户 was named 记者)."""
    ms = _metrics("建成工业安置型示范点5个，搬迁群众1410户5640人，有1900余人在园区实现了稳定就业。", None)
    assert ms[(5640, "人")][0] == "搬迁群众"
    ms = _metrics("全县脱贫1.2万户、4.5万人。", None)
    assert ms[(45000, "人")][0] == "脱贫"
    ms = _metrics("8月5日，记者从市住房城乡建设局获悉，2019年我市计划实施改造12个老旧小区，涉及126栋楼3484户。", None)
    assert ms[(3484, "户")][0] != "记者"
    ms = _metrics("新建学校3所、医院2家。", None)
    assert ms[(2, "家")][0] == "医院"  # (a count with its own noun keeps it)


def test_zhengzai_ends_a_counted_noun():
    """其余9个项目正在准备前期工作: 正在 opens the verb, like 已经 (项目正 was read)."""
    ms = _metrics("目前，3个项目已进入施工阶段，其余9个项目正在准备前期工作。", None)
    assert ms[(9, "个")][0] == "项目"


def test_jiujin_is_a_word_not_an_adverb():
    """就近就地务工949人: 就近 and 就地 are words of the indicator; 就 alone opens a clause elsewhere."""
    ms = _metrics("易地扶贫搬迁群众实现外出务工437人，就近就地务工949人。", None)
    assert ms[(949, "人")][0] == "就近就地务工"


_HALF_YEAR = ("上半年全市经济运行情况\n上半年，全市上下认真贯彻落实各项决策部署，全市经济呈现稳中加固、稳中向好的"
              "发展态势。\n")


def test_a_measure_restated_after_a_month_is_the_releases_stretch():
    """6月份，全市规模以上工业增加值同比增长9.1%。全市规模以上工业增加值同比增长15.7%… (half-year
    releases): the same words up to a new value are another time — the release's 上半年 — and the
    sentence after it (其中，制造业…) goes on with that; the month was set by its sentence only."""
    ms = _metrics(_HALF_YEAR + "6月份，全市规模以上工业增加值同比增长9.1%，两年平均增长7.0%。全市规模以上工业增加值"
                  "同比增长15.7%，比一季度加快0.9个百分点。其中，制造业增长16.1%。", "2021-07-20")
    assert ms[(9.1, "%")][2] == "2021-06"
    assert ms[(15.7, "%")][2] == "2021-01/2021-06"
    assert ms[(16.1, "%")][2] == "2021-01/2021-06"


def test_a_month_goes_on_for_another_measure_or_basis():
    """6月份，全市居民消费价格同比上涨1.2%。其中，…。全市居民消费价格环比下降0.1%: another basis
    (环比) or another measure (其中，制造业…) is still the month's."""
    ms = _metrics(_HALF_YEAR + "6月份，全市居民消费价格同比上涨1.2%。其中，食品价格上涨2.3%。"
                  "全市居民消费价格环比下降0.1%。", "2021-07-20")
    assert ms[(0.1, "%")][2] == "2021-06" and ms[(2.3, "%")][2] == "2021-06"
