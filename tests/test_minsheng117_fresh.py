"""Round 117 (minsheng117): civil registration and funeral-reform texts — 张店区's 2020 清明 notice, 大田县's
节地生态安葬 award rules, 营山县婚姻登记中心's 婚俗改革 story, 沂水's 县婚姻登记处, 腾冲市民政局's 2018 first-quarter
殡葬改革 report, 阳泉市民政局's 公益性公墓 story, 宜良县's 农村公益性公墓 layout, 民政部's 2024 生态安葬 and 婚姻登记
figures, 三台县's 2023 中元节 禁燃 notice (fresh texts of /tmp/s27/txt/minsheng117).
Fixes (base → now):
- the marriage registry and the funeral bodies a place runs (营山县婚姻登记中心, 县婚姻登记处, 县殡葬服务中心,
  市殡葬管理所, 市公墓管理处): no organisation → an organisation of the place (public_institutions.tsv);
- graves and niches counted in 冢 and 穴 (安装骨灰墓穴3224冢, 墓穴6000穴): no metric → 骨灰墓穴 3224 冢
  (units.tsv 冢, 穴, 穴位);
- a fee or award per body (收费标准按每具3600元以下): 收费标准按每具 3600 元 → 收费标准 3600 元/具
  (metric_cues numbers.per_before_units 具);
- 安装 and 已有 opening what is counted (安装骨灰格位5744个, 全国已有各类公园式婚姻登记点270多处): the verb in the
  indicator → 骨灰格位, 各类公园式婚姻登记点 (metric_affixes lead rows; 安装率, 安装量 kept);
- a chain of bare ranks before one head (计划建设3个县级，24个乡镇级和96个村级公益性公墓): 县级 → 县级公益性公墓
  (metrics._head_of_ranked_chain; a comma between bare ranks as 、 in metrics._rank_before_list_mark);
- 中元节 and 重阳节 as periods (中元节期间全县共设置文明祭祀点120个 in a 2024 text): 2024-04 (the last month
  named) → 2024-08 (festival_days.tsv 中元, 重阳 2014-2026; periods.tsv kind festival);
- who an amount is given for opening its clause (每户补助3000元, 每人每月补助300元, 每具奖励1000元): 每户补助 in 元 →
  补助 in 元/户, 元/人·月, 元/具 (metrics._per_head_opening; metric_cues metrics.per_head_openers); between the group
  and a verb of granting the same (困难家庭每户补助3000元 → 困难家庭补助 in 元/户: metrics._per_head_before_grant);
- the stage of the work closing the noun (乡村级公益性公墓规划建设118个): 乡村级公益性公墓规划建设 → 乡村级公益性公墓
  (metric_affixes tail 规划建设).
"""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_marriage_registry_and_funeral_bodies_are_organisations():
    """03-yingshan-husu, 02-datian-shengtaizang: 营山县婚姻登记中心巧借春节后办证高潮…, 县殡葬服务中心; base: none."""
    doc = extract_text("婚俗改革活动\n营山县婚姻登记中心开展了婚俗改革活动。大田县殡葬服务中心负责受理申请。")
    got = _names(doc, "Organization")
    assert {"营山县婚姻登记中心", "大田县殡葬服务中心"} <= got, got


def test_county_registry_named_by_its_scope_takes_the_article_place():
    """04-yishui-hunyin: 县婚姻登记处充分发挥婚姻登记平台优势 in a 沂水 story; base: no organisation."""
    doc = extract_text("沂水县推进婚俗改革\n自5月份沂水县全面推广婚俗改革工作以来，县婚姻登记处充分发挥平台优势。")
    assert "沂水县婚姻登记处" in _names(doc, "Organization"), _names(doc, "Organization")


def test_registry_of_a_bureau_stays_its_department():
    """Guard: 恩施市民政局婚姻登记处 is the bureau's own office (an agency under it), no second organisation."""
    doc = extract_text("婚姻登记服务\n恩施市民政局婚姻登记处主任张容表示，将做好服务。")
    assert "恩施市民政局婚姻登记处" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "恩施市婚姻登记处" not in _names(doc, "Organization")


def test_graves_counted_in_their_measure_words():
    """05-tengchong-binzang: 建成城市中心公墓1个，安装骨灰墓穴3224冢; base: no metric for the graves."""
    doc = extract_text("殡葬改革工作稳步推进\n2018年，全市建成城市中心公墓1个，安装骨灰墓穴3224冢；建成墓穴6000穴。")
    got = _metrics(doc)
    assert ("骨灰墓穴", 3224, "冢") in got, got
    assert ("墓穴", 6000, "穴") in got, got


def test_installing_and_having_do_not_open_what_is_counted():
    """05-tengchong-binzang 安装骨灰格位5744个; 10-mzb-hunyin 全国已有各类公园式婚姻登记点270多处; base: the
    verb opened each indicator."""
    doc = extract_text("殡葬设施建设\n2018年，全市建成骨灰寄存堂2个，安装骨灰格位5744个。")
    assert ("骨灰格位", 5744, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("婚姻登记服务\n2024年，全国已有各类公园式婚姻登记点270多处。")
    assert ("各类公园式婚姻登记点", 270, "处") in _metrics(doc), _metrics(doc)


def test_installation_rate_keeps_its_verb():
    """Guard: 安装率 is the rate's own noun (安装 not before 率, 量)."""
    doc = extract_text("燃气安全\n2024年，全市燃气报警器安装率达到95%。")
    got = {m.indicator for m in doc.metrics}
    assert any(i.endswith("安装率") for i in got), got


def test_fee_per_body_is_a_rate_per_body():
    """07-yiliang-gongmu: 收费标准按每具3600元以下; base: 收费标准按每具 3600 元."""
    doc = extract_text("科学布局公墓\n2020年，收费标准按每具3600元以下。")
    assert ("收费标准", 3600, "元/具") in _metrics(doc), _metrics(doc)


def test_chain_of_bare_ranks_shares_the_last_head():
    """06-yangquan-gongmu: 全市计划建设3个县级，24个乡镇级和96个村级公益性公墓; base: 县级 3 个."""
    doc = extract_text("公益性公墓建设\n2024年，全市计划建设3个县级，24个乡镇级和96个村级公益性公墓。")
    got = _metrics(doc)
    for want in (("县级公益性公墓", 3, "个"), ("乡镇级公益性公墓", 24, "个"), ("村级公益性公墓", 96, "个")):
        assert want in got, got


def test_two_bare_ranks_and_whole_names_stay():
    """Guards: two ranks share as before (5个省级、12个市级示范社区); whole names after 、 share nothing."""
    doc = extract_text("社区建设\n2024年，全市建成5个省级、12个市级示范社区。")
    assert ("省级示范社区", 5, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("养老服务\n2024年，全市有养老服务机构176个、社会救助经办机构16个。")
    assert ("养老服务机构", 176, "个") in _metrics(doc), _metrics(doc)


def test_zhongyuan_festival_is_a_period():
    """09-santai-zhongyuan: 中元节(七月半)期间; base: the figure took the month named before (2024-04)."""
    doc = extract_text("祭扫工作情况\n2024年9月6日\n清明节期间，全县共接待祭扫群众3.2万人次。中元节期间全县共设置文明祭祀点120个。")
    got = {(m.indicator, m.period) for m in doc.metrics}
    assert ("文明祭祀点", "2024-08") in got, got
    assert ("接待祭扫群众", "2024-04") in got, got


def test_chongyang_festival_is_a_period():
    """重阳节 (the elderly's day of civil-affairs news) in an October text: that October; base: the text's day."""
    doc = extract_text("敬老活动\n2023年10月30日\n今年重阳节期间，全县走访慰问老年人3200人。")
    got = {m.period for m in doc.metrics}
    assert "2023-10" in got, got


def test_per_head_opening_an_amount_is_its_unit():
    """Subsidy rules of the genre (大田 节地生态安葬奖补, 宜良 公墓 fees: 每具…元; 每户补助…元, 每人每月补助…元): base:
    the indicator 每户补助 in 元 → 补助 in 元/户, 元/人·月, 元/具."""
    doc = extract_text("奖补标准\n2024年，对选择树葬的，每具奖励1000元。对困难家庭，每户补助3000元，每人每月补助300元。")
    got = _metrics(doc)
    for want in (("奖励", 1000, "元/具"), ("补助", 3000, "元/户"), ("补助", 300, "元/人·月")):
        assert want in got, got


def test_per_head_after_its_noun_stays():
    """Guard: a per-head word after the standard's noun is left to the standard's own reading
    (农村低保标准提高到每人每月650元 → 农村低保标准 in 元, as before); so is 人均 (人均补助500元)."""
    doc = extract_text("低保标准\n2024年，农村低保标准提高到每人每月650元。")
    assert ("农村低保标准", 650, "元") in _metrics(doc), _metrics(doc)


def test_stage_of_the_work_after_the_facility_is_no_part_of_it():
    """06-yangquan-gongmu: 乡村级公益性公墓规划建设118个; base: 乡村级公益性公墓规划建设."""
    doc = extract_text("公益性公墓建设\n截至2024年9月底，乡村级公益性公墓规划建设118个。")
    assert ("乡村级公益性公墓", 118, "个") in _metrics(doc), _metrics(doc)


def test_planned_projects_keep_their_noun():
    """Guard: 规划建设 opening the noun stays (规划建设项目120个, 规划建设面积3000亩)."""
    doc = extract_text("项目建设\n2024年，全市规划建设项目120个，规划建设面积3000亩。")
    got = _metrics(doc)
    assert ("规划建设项目", 120, "个") in got and ("规划建设面积", 3000, "亩") in got, got


def test_per_head_between_the_group_and_its_grant():
    """困难家庭每户补助3000元, 低保对象每人每月补助300元: base: the indicator 困难家庭每户补助 in 元 → 困难家庭补助 in 元/户."""
    doc = extract_text("补助标准\n2024年，困难家庭每户补助3000元，低保对象每人每月补助300元。")
    got = _metrics(doc)
    assert ("困难家庭补助", 3000, "元/户") in got and ("低保对象补助", 300, "元/人·月") in got, got


def test_per_head_after_a_raise_stays():
    """Guard: after a raise or a copula (补助标准提高至每具骨灰1500元) the 每 is the standard's own reading, left alone."""
    doc = extract_text("补助标准\n2024年，补助标准提高至每具骨灰1500元。")
    assert not any(u.startswith("元/") for _i, _v, u in _metrics(doc)), _metrics(doc)
