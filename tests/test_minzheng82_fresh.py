"""Round 82 (minzheng82): civil-affairs, social-security and disability figures from fresh texts of
/tmp/s26/fresh/minzheng82 (a county bulletin's 社会保障 section, 民政部's 社会服务发展统计公报, 人社部's
quarterly release, 岳阳楼区 support for the disabled, city 慈善总会 news).  Fixes: a sibling part after
其中 shares a whole that opens with a kept noun (在册低保对象: 农村 was bare); 在院人数 keeps its 在; 具
counts bodies cremated; 基本 of 基本养老 is no prefix of 失业/工伤/生育保险 in a 、-list; a year before 计划 and
a noun run straight to its figure (2017年计划职业技能培训人数80人) is that figure's time and the next ones'."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_sibling_part_shares_a_whole_opening_with_a_kept_noun():
    """07-welfare-bulletin: 年末在册低保对象84399人，其中，城镇4992人，农村79407人 (base: 农村 alone, as
    在册 is tagged a verb and the whole was read as a verb's object)."""
    doc = extract_text("社会保障\n年末在册低保对象84399人，其中，城镇4992人，农村79407人。")
    got = _metrics(doc)
    assert ("城镇在册低保对象", 4992, "人") in got, got
    assert ("农村在册低保对象", 79407, "人") in got, got


def test_a_verb_s_object_is_still_no_shared_whole():
    """Negative: 出口农产品…其中茶叶…，水果… — the product after a verb is named alone, as before."""
    doc = extract_text("农业\n全年出口农产品5万吨，其中茶叶1.2万吨，水果3.5万吨。")
    assert not any(m.indicator.startswith("水果") and m.indicator != "水果" for m in doc.metrics), _metrics(doc)


def test_people_in_a_welfare_home_keep_their_zai():
    """07-welfare-bulletin: 床位19892张，在院人数5870人 (base: the indicator 院人数)."""
    doc = extract_text("社会保障\n年末拥有各类收养性社会福利单位124个，床位19892张，在院人数5870人。")
    assert ("在院人数", 5870, "人") in _metrics(doc), _metrics(doc)


def test_bodies_cremated_are_counted_in_ju():
    """03-mca-marriage: 火化炉6206台，火化遗体471.8万具，火化率48.3% (base: 4718000 with no unit)."""
    doc = extract_text("民政部公布统计公报\n截至2016年底，火化炉6206台，火化遗体471.8万具，火化率48.3%。")
    assert ("火化遗体", 4718000, "具") in _metrics(doc), _metrics(doc)


def test_basic_is_no_prefix_of_unemployment_and_injury_insurance():
    """06-mohrss-q2: 全国基本养老、失业、工伤保险参保人数分别为10.71亿人、2.43亿人、2.99亿人 (base:
    基本失业保险参保人数, 基本工伤保险参保人数)."""
    doc = extract_text("人社部举行新闻发布会\n截至6月底，全国基本养老、失业、工伤保险参保人数分别为10.71亿人、2.43亿人、"
                       "2.99亿人，同比分别增加1423万人、388万人、478万人。")
    got = {m.indicator for m in doc.metrics}
    assert {"基本养老保险参保人数", "失业保险参保人数", "工伤保险参保人数"} <= got, got
    assert not any(i.startswith(("基本失业", "基本工伤")) for i in got), got


def test_basic_still_goes_to_medical_insurance_and_a_scope_to_all():
    """Negative: 城镇职工基本养老、医疗、失业保险 → 城镇职工基本医疗保险, and 城镇职工失业保险 keeps its scope."""
    doc = extract_text("人社局通报\n全市城镇职工基本养老、医疗、失业保险参保人数分别为100万人、50万人、60万人。")
    got = {m.indicator for m in doc.metrics}
    assert {"城镇职工基本医疗保险参保人数", "城镇职工失业保险参保人数"} <= got, got


def test_a_plan_s_year_run_to_its_figure_is_the_figures_time():
    """02-yueyang-disabled: 2016年残疾人职业技能培训人数90人，…，2017年计划职业技能培训人数80人，就业扶持15人
    (base: 就业扶持15人 dated 2016, the year before 计划 read as a target's)."""
    doc = extract_text("区财政全力支持残疾人事业\n2016年残疾人职业技能培训人数90人，就业扶持30人，"
                       "2017年计划职业技能培训人数80人，就业扶持15人。")
    got = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert got.get(("就业扶持", 15)) == "2017", got
    assert got.get(("就业扶持", 30)) == "2016", got


def test_a_bare_share_after_a_ranked_clause_is_that_clause_s_share():
    """03-mca-marriage: 2016年25-29岁办理结婚登记占结婚总人口比重最大，占38.2% (base: the indicator %)."""
    doc = extract_text("民政部公布统计公报\n2016年25-29岁办理结婚登记占结婚总人口比重最大，占38.2%。")
    assert ("25-29岁办理结婚登记占结婚总人口比重", 38.2, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("消协通报投诉情况\n全年受理投诉1200件，其中质量问题最多，占38.2%。")
    assert ("质量问题占比", 38.2, "%") in _metrics(doc), _metrics(doc)


def test_listed_levels_share_their_plans_done_one_each():
    """09-neimenggu-jobs (内蒙古人社厅): 城镇新增就业…、失业人员再就业…，分别完成年度计划的52%和60% (base: both
    read as a level 年度计划, no owner)."""
    doc = extract_text("人社厅通报就业情况\n1-5月，全区城镇新增就业5000人、失业人员再就业1200人，分别完成年度计划的52%和60%。")
    got = {(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}
    assert ("城镇新增就业完成年度计划", 52, "%", "share") in got, got
    assert ("失业人员再就业完成年度计划", 60, "%", "share") in got, got


def test_a_bare_target_after_a_yardstick_is_the_previous_rate_s():
    """09-neimenggu-jobs: 全区城镇登记失业率为3.91%，低于年初确定4.3%的目标 (base: the indicator 目标 alone)."""
    doc = extract_text("人社厅通报就业情况\n全区城镇登记失业率为3.91%，低于年初确定4.3%的目标。")
    assert ("城镇登记失业率目标", 4.3, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("人社局通报\n城镇登记失业率3.85%，低于4.5%的控制目标。")
    assert ("城镇登记失业率控制目标", 4.5, "%") in _metrics(doc), _metrics(doc)


def test_a_level_with_a_figure_inside_its_name_is_no_named_level():
    """Negative, 09-neimenggu-jobs: …其中转移6个月以上的134.58万人，分别完成年度计划的82%和75% — the second clause's
    name holds a figure (6个月), so no level 转移 is paired (read before: 转移完成年度计划)."""
    doc = extract_text("人社厅通报就业情况\n1-5月，全区农村牧区劳动力转移就业人数达196.87万人，其中转移6个月以上的134.58万人，"
                       "分别完成年度计划的82%和75%。")
    assert not any(m.indicator.startswith("转移完成") for m in doc.metrics), _metrics(doc)


def test_a_perfective_le_is_no_word_of_what_the_people_counted_did():
    """06-mohrss-q2: 同时超过10亿人领用了电子社保卡 (base: the indicator 领用了电子社保卡); 了解 stays a word."""
    doc = extract_text("人社部举行新闻发布会\n全国社保卡持卡人数达13.8亿人，同时超过10亿人领用了电子社保卡。")
    assert ("领用电子社保卡", 1000000000, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县民政工作\n全市共有3000人领取了失业保险金。")
    assert ("领取失业保险金", 3000, "人") in _metrics(doc), _metrics(doc)
