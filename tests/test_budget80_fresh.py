"""Round 80 (budget80): county and city budget execution and final-account reports and monthly finance
figures, from fresh texts of /tmp/s26/fresh/budget80 (天等县 决算, 湖口县 预算执行, 蓝山县 预算草案, a county's
May figures, 甘谷县 决算, 鄂州市 决算, 德州市 1—10月): 累计完成 opening a monthly figure, 短收/超收 as a change
of the revenue, the 加/减 of a balance sentence, revenue and spending figures of the same value kept apart,
非税收入 kept apart from 税收收入, the plan reported at the year's start (年初上报) read as the year's, and a
short form defined in the target of a share (为调整预算(以下简称“预算”)的97.9%), and a budget publication's
headline (2024年政府预算公开) naming the year of its figures; 5月份累计 read as January to May."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.kind) for m in doc.metrics}


def test_cumulative_done_opens_no_indicator():
    """06-county-may (a county's May figures): 2024年5月份累计完成地方财政收入6717万元 (base: the indicator
    累计完成地方财政收入); 累计 alone before a noun stays (累计发放)."""
    doc = extract_text("某县2024年5月份财政收支情况\n2024年5月份累计完成地方财政收入6717万元,较上年减收3422万元,下降33.75%。"
                       "累计完成一般公共预算支出135742万元,较上年同期增长11.95%。")
    got = _metrics(doc)
    assert ("地方财政收入", 67170000, "level") in got, got
    assert ("一般公共预算支出", 1357420000, "level") in got, got
    assert not any(m.indicator.startswith("累计完成") for m in doc.metrics), got


def test_a_shortfall_against_the_budget_is_a_change_of_the_revenue():
    """07-gangu-final (甘谷县): 一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%
    (base: an indicator 短收 of its own, and 短收同比下降 after it)."""
    doc = extract_text("甘谷县2024年财政决算\n2024年,甘谷县一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,"
                       "同比下降10.2%,减收4800万元。")
    got = _metrics(doc)
    assert ("一般公共预算收入短收", 74310000, "change") in got, got
    assert ("一般公共预算收入同比下降", 10.2, "change") in got, got
    assert not any(m.indicator.startswith("短收") for m in doc.metrics), got


def test_the_sign_of_a_balance_item_is_no_word_of_it():
    """07-gangu-final (甘谷县): 公共财政预算收入42100万元,加上级补助收入387613万元,…加调入资金199万元,再加动用预算稳定
    调节基金731万元; 减结转下年支出25694万元 (base: 加上级补助收入, 加调入资金, 再加动用…, 减结转下年支出);
    a 加 or 减 opening a word stays (减免税收入)."""
    doc = extract_text("甘谷县2024年财政决算\n2024年甘谷县公共财政预算收入42100万元,加上级补助收入387613万元,加调入资金199万元,"
                       "再加动用预算稳定调节基金731万元。财政滚存结余25694万元,减结转下年支出25694万元,净结余为零。")
    names = {m.indicator for m in doc.metrics}
    assert {"上级补助收入", "调入资金", "动用预算稳定调节基金", "结转下年支出"} <= names, names
    assert not any(n[0] in "加减再" for n in names), names
    kept = extract_text("某县减税降费\n2024年全县加工贸易进出口3亿元,减免税费1200万元。")
    assert any(m.indicator.startswith(("加工", "减免")) for m in kept.metrics), _metrics(kept)


def test_revenue_and_spending_changes_of_one_value_are_two_facts():
    """07-gangu-final (甘谷县): 一般公共预算收入…同比下降10.2% and 一般公共预算支出…下降10.2% (base: the spending's
    change merged into the revenue's); the same change printed twice still merges."""
    doc = extract_text("甘谷县2024年财政决算\n2024年,甘谷县一般公共预算收入42100万元,同比下降10.2%。"
                       "财政总支出450432万元,下降14.4%。其中:一般公共预算支出409525万元,同比减支46744万元,下降10.2%。")
    names = {m.indicator for m in doc.metrics if m.value == 10.2}
    assert names == {"一般公共预算收入同比下降", "一般公共预算支出下降"}, names
    twice = extract_text("甘谷县财政\n2024年,甘谷县一般公共预算收入42100万元,同比下降10.2%。"
                         "全年一般公共预算收入同比下降10.2%。")
    assert len([m for m in twice.metrics if m.value == 10.2]) == 1, _metrics(twice)


def test_non_tax_revenue_is_no_copy_of_tax_revenue():
    """05-lanshan-draft (蓝山县): 税收收入82539万元,较上年增加4674万元,增长6%;非税收入33520万元,…增长6% (base: the
    non-tax revenue's 增长6% merged into the tax revenue's)."""
    doc = extract_text("蓝山县2024年预算\n2024年蓝山县地方一般公共预算收入116059万元,其中税收收入82539万元,较上年增加4674万元,"
                       "增长6%;非税收入33520万元,较上年增加1896万元,增长6%。")
    got = _metrics(doc)
    assert ("税收收入增长", 6, "change") in got and ("非税收入增长", 6, "change") in got, got


def test_the_plan_reported_at_the_year_start_is_the_year_s():
    """03-hukou-budget (湖口县): 2023年全县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的
    98.9% (base: the plan and the share dated 2023-01, January)."""
    doc = extract_text("湖口县2023年预算执行情况\n2023年湖口县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划"
                       "552200万元的98.9%,同比增长4%。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(5522000000) == "2023" and periods.get(98.9) == "2023", periods


def test_a_short_form_defined_in_the_target_of_a_share():
    """09-ezhou-final (鄂州市): 全市地方一般公共预算收入73.84亿元,…为调整预算(以下简称“预算”)的97.9% (base: a level
    调整预算 97.9%)."""
    doc = extract_text("鄂州市2022年决算\n2022年,鄂州市地方一般公共预算收入73.84亿元,比2021年增长(以下简称“增长”)7.2%,"
                       "剔除留抵退税因素,可比增长15.3%,为调整预算(以下简称“预算”)的97.9%。")
    got = _metrics(doc)
    assert ("地方一般公共预算收入为调整预算", 97.9, "share") in got, got


def test_a_budget_publication_headline_names_the_budget_year():
    """05-lanshan-draft (蓝山县): 2024年政府预算公开 … (1)根据县委经济工作会议安排,地方一般公共预算收入116059万元,
    较上年增加6570万元 (base: no period, the year only in the headline and a paragraph before the headings)."""
    doc = extract_text("2024年蓝山县政府预算公开\n一、预算编制指导思想\n根据上述指导思想,财政收支预算的主要指标安排如下:\n"
                       "二、一般公共预算收支安排情况\n1.收入安排情况\n"
                       "(1)根据县委经济工作会议安排,地方一般公共预算收入116059万元,较上年增加6570万元,增长6%。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(1160590000) == "2024", periods


def test_cumulative_after_one_month_sums_the_year_up_to_it():
    """06-county-may (a county's May figures): 2024年5月份累计完成地方财政收入6717万元 (base: period 2024-05, the
    month alone, where the figure sums January to May); a month with no 累计 stays itself."""
    doc = extract_text("某县2024年5月份财政收支情况\n2024年5月份累计完成地方财政收入6717万元,较上年减收3422万元。"
                       "2024年5月份,全县新增市场主体300户。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(67170000) == "2024-01/2024-05", periods
    assert periods.get(300) == "2024-05", periods
