"""Figures in shapes read on fresh statistics releases (round 17): half-year and quarterly
releases of cities and provinces, county statistics bulletins.  A span of years before a record
word (为10年来最高增幅, 创近15年新高) is no period of the figures after it; a rank that moved
(居全省第11位，比一季度前移3位) is a change of the place in the ranking; a birth rate's change in
个千分点 is a change in its own unit; a month range written with both months (比1月至2月加快) is
one period, the base of the comparison, never the second month alone.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2021-08-06"):
    return figure_table(text, date)


def test_a_record_over_years_is_no_period():
    """为10年来最高增幅，比2019年同期增长13.5%: the ten years are what the rate is a record of;
    the figures after it are not the ten years' (2011/2020)."""
    ms = _metrics("上半年全市经济运行情况\n上半年，全市规模以上工业增加值同比增长13.3%，为10年来最高增幅，"
                  "比2019年同期增长13.5%，两年平均增长6.5%。")
    assert ms[(13.5, "%")][2] != "2011/2020"
    assert ms[(6.5, "%")][2] != "2011/2020"


def test_a_record_with_recent_years_is_no_period():
    """创近15年新高, 为近5年最低: the same with 近N年 (still a time expression: 15年 is no figure)."""
    from kg.periods import is_record_span
    text = "夏粮总产量89.62万吨，创近15年新高。"
    assert is_record_span(text, text.index("近"), text.index("新"))
    text = "失业率为近5年最低。"
    assert is_record_span(text, text.index("近"), text.index("最"))
    text = "近3年来，全县累计完成投资120亿元。"
    assert not is_record_span(text, 0, text.index("，"))  # (a span without a record stays)
    ms = _metrics("上半年全市经济运行情况\n上半年，全市夏粮总产量89.62万吨，创近15年新高。")
    assert ms[(896200, "吨")][2] == "2021-01/2021-06"
    assert (15, "年") not in ms


def test_a_moved_rank_is_a_change_of_the_place():
    """工业技改投资增长22.0%，居全省第11位，比一季度前移3位: 3位 is how far the place moved, a
    change of the investment's place, not a level of the investment."""
    ms = _metrics("上半年全市经济运行情况\n上半年，全市工业技改投资增长22.0%，居全省第11位，比一季度前移3位。")
    assert ms[(3, "位")][0] == "工业技改投资位次比一季度前移"


def test_a_growth_after_a_moved_rank_is_no_part_of_the_rank():
    """…居全省第11位，比一季度前移4位，两年平均增长5.4%: the average growth is the investment's."""
    ms = _metrics("上半年全市经济运行情况\n上半年，全市固定资产投资增长10.4%，居全省第11位，比一季度前移4位，"
                  "两年平均增长5.4%。")
    assert ms[(4, "位")][0] == "固定资产投资位次比一季度前移"
    assert "前移" not in ms[(5.4, "%")][0]


def test_per_mille_points_are_a_unit():
    """人口出生率7.3‰，较上年下降1.5个千分点: 个千分点 is the change of a rate in ‰, as 个百分点
    is of one in % (it was 1.5 个 with the indicator 千分点)."""
    ms = _metrics("2022年某县统计公报\n全年人口出生率7.3‰，较上年下降1.5个千分点；自然增长率3.9‰，"
                  "较上年下降2.1个千分点。")
    assert ms[(1.5, "个千分点")][0] == "人口出生率较上年下降"
    assert ms[(2.1, "个千分点")][0] == "自然增长率较上年下降"
    assert (1.5, "个") not in ms


def test_a_month_range_with_both_months_is_one_period():
    """增速比1月至2月加快0.2个百分点: 1月至2月 is the base compared with, as 1-2月 is; the figure
    stays the quarter's (it was given 至2月, February alone)."""
    ms = _metrics("一季度全省经济运行情况\n一季度，全省固定资产投资增长8.1%，增速比1月至2月加快0.2个百分点，"
                  "比全国高1.8个百分点。", "2019-04-20")
    assert ms[(0.2, "个百分点")][2] == "2019-01/2019-03"
    assert ms[(1.8, "个百分点")][2] == "2019-01/2019-03"


def test_a_month_range_with_both_months_resolves():
    """1月至5月, 1月份至5月份: one stretch of months, as 1至5月."""
    from kg.periods import find_periods, resolve
    assert [w for _a, _b, w in find_periods("1月至5月，全县完成投资")] == ["1月至5月"]
    assert resolve("1月至5月", "2023-06-20") == "2023-01/2023-05"
    assert resolve("1月份至5月份", "2023-06-20") == "2023-01/2023-05"
    assert [w for _a, _b, w in find_periods("1月5日至2月3日")] != ["1月5日至2月"]


def test_an_average_over_years_in_a_half_year_release_is_the_half_year():
    """上半年…；全市固定资产投资增长10.4%，两年平均增长5.4%: in a release of the half year the
    two-year average growth is the half year's rate against two years before, not 2019/2020."""
    ms = _metrics("上半年全市国民经济运行情况\n上半年，全市实现总产值181.16亿元，同比增长10.4%。\n"
                  "全市固定资产投资增长12.4%，两年平均增长5.4%。")
    assert ms[(5.4, "%")][2] == "2021-01/2021-06"


def test_the_same_time_last_year_is_a_basis_of_change():
    """生猪存栏12.4万头，牛存栏0.8万头，羊存栏4.36万只，分别较同期增长3.7%、20.5%和27.7%: 较同期
    (比同期, 比上年末) is what the changes are measured against, as 同比 is: each growth is its
    own level's, not all three the last one's."""
    ms = _metrics("2022年某县统计公报\n年末生猪存栏12.4万头，牛存栏0.8万头，羊存栏4.36万只，"
                  "分别较同期增长3.7%、20.5%和27.7%。")
    assert ms[(3.7, "%")][0] == "生猪存栏较同期增长"
    assert ms[(20.5, "%")][0] == "牛存栏较同期增长"
    assert ms[(27.7, "%")][0] == "羊存栏较同期增长"


def test_a_list_judged_in_the_clause_before_respectively():
    """矿产加工业和电子信息增幅最大，分别为22.5%和21.6% / 汽车制造业和电子设备制造业增长较快，分别
    增长…: the list is the clause before 分别, its judgement (最大, 较快) no part of the names; two
    figures, two indicators."""
    ms = _metrics("上半年全市经济运行情况\n上半年，全市规模以上工业增加值增长9.1%。其中，矿产加工业和电子信息"
                  "增幅最大，分别为22.5%和21.6%。")
    assert ms[(22.5, "%")][0] == "矿产加工业增幅"
    assert ms[(21.6, "%")][0] == "电子信息增幅"
    ms = _metrics("上半年全市经济运行情况\n上半年，汽车制造业和电子设备制造业增长较快，分别增长15.2%和12.1%。")
    assert ms[(15.2, "%")][0] == "汽车制造业增长"
    assert ms[(12.1, "%")][0] == "电子设备制造业增长"


def test_a_rate_noun_is_the_head_of_a_list():
    """矿产加工业和电子信息增幅分别为22.5%和21.6%: 增幅 the last item ends with is the first's too."""
    ms = _metrics("上半年全市经济运行情况\n上半年，矿产加工业和电子信息增幅分别为22.5%和21.6%。")
    assert ms[(22.5, "%")][0] == "矿产加工业增幅"
    assert ms[(21.6, "%")][0] == "电子信息增幅"


def test_a_flow_after_a_month_end_is_the_months_up_to_it():
    """6月底，全县蔬菜种植面积7984亩。全县生猪出栏6.4万头: a month's end set by an earlier sentence
    is the as-of day of stocks; a flow counted after it (出栏, 收入) is the year's months up to that
    end, as a year end gives the year (it was the day 6月30日)."""
    ms = _metrics("上半年全县经济运行情况\n上半年，全县农林牧渔业总产值5.17亿元。6月底，全县蔬菜种植面积7984亩。"
                  "全县生猪出栏6.4万头，增长81.8%。")
    assert ms[(7984, "亩")][2] == "2021-06-30"
    assert ms[(64000, "头")][2] == "2021-01/2021-06"
    ms = _metrics("一季度全省经济运行情况\n一季度，全省城镇新增就业1.5万人；3月末城镇登记失业率为1.5%。"
                  "全省一般公共预算收入同比增长26.7%。", "2022-04-20")
    assert ms[(1.5, "%")][2] == "2022-03-31"
    assert ms[(26.7, "%")][2] == "2022-01/2022-03"


def test_a_listed_item_may_hold_ji():
    """蔬菜及食用菌、瓜果产量分别增长39.3%、-97.7%: the list is split at 、 (two items, two
    figures), 及 joins inside the first item."""
    ms = _metrics("上半年全县经济运行情况\n上半年，全县蔬菜及食用菌、瓜果产量分别增长39.3%、-97.7%。")
    assert ms[(39.3, "%")][0] == "蔬菜及食用菌产量增长"
    assert ms[(-97.7, "%")][0] == "瓜果产量增长"


def test_a_measure_after_respectively_is_each_items():
    """生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只，分别增长…: 出栏 right after 分别
    names what each item counts (生猪出栏, 牛出栏 …), the growths after them theirs."""
    ms = _metrics("上半年全县经济运行情况\n上半年，生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只，"
                  "分别增长81.8%、3.3%、5.2%、27.9%。")
    assert ms[(64000, "头")][0] == "生猪出栏"
    assert ms[(1342, "头")][0] == "牛出栏"
    assert ms[(12000, "只")][0] == "羊出栏"
    assert ms[(55000, "只")][0] == "家禽出栏"
    assert ms[(27.9, "%")][0] == "家禽出栏增长"


def test_a_same_basis_word_is_no_comparison():
    """地方一般公共预算收入（同口径）完成30161万元，同比增长14.6%: the 同 of 同口径 compares nothing;
    the growth is that income's (it was cut to 地方一般公共预算收入(同比增长)."""
    ms = _metrics("某县预算执行情况的报告\n2022年，地方一般公共预算收入(同口径)完成30161万元，同比增长14.6%。",
                  "2023-02-08")
    assert ms[(14.6, "%")][0] == "地方一般公共预算收入(同口径)同比增长"


def test_a_clause_on_another_basis_measures_the_figure_before():
    """地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%: the income on its own
    basis and on the same basis as last year — not figures named 自然增幅 or 同口径."""
    ms = _metrics("某县政府工作报告\n2022年，地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，"
                  "增幅6.1%；固定资产投资增长19%。", "2023-01-10")
    assert ms[(2, "%")][0] == "地方一般公共预算收入自然增幅"
    assert ms[(367000000, "元")][0] == "地方一般公共预算收入同口径"
    assert ms[(6.1, "%")][0] == "地方一般公共预算收入同口径增幅"
    assert ms[(19, "%")][0] == "固定资产投资增长"


def test_a_rate_noun_is_not_said_twice():
    """规模以上工业增加值增速…同比增长10.4%，增速比上年同期提升4.9个百分点，比全省高0.7个百分点:
    the level already ends with 增速; the rate compared is named once (it was 增速增速比…)."""
    ms = _metrics("上半年全市工业经济运行\n上半年，规模以上工业增加值增速从1~2月11.0%起步，到1~6月同比增长10.4%，"
                  "增速比上年同期提升4.9个百分点，比全省高0.7个百分点。")
    assert ms[(4.9, "个百分点")][0] == "规模以上工业增加值增速比上年同期提升"
    assert ms[(0.7, "个百分点")][0] == "规模以上工业增加值增速比全省高"


def test_an_amount_in_brackets_in_another_unit_is_the_same_measure():
    """粮食意向种植面积455.6万亩（303.73千公顷），同比增长0.4%: the bracket gives the same area in
    公顷 — the same indicator, and the growth after it the area's (it was 公顷, 公顷同比增长)."""
    ms = _metrics("一季度全省经济运行情况\n今年以来，全省粮食意向种植面积455.6万亩（303.73千公顷），同比增长0.4%。",
                  "2022-04-20")
    assert ms[(303730, "公顷")][0] == "粮食意向种植面积"
    assert ms[(0.4, "%")][0] == "粮食意向种植面积同比增长"


def test_a_measuring_phrase_opening_a_change_is_no_name():
    """全县实现GDP总量400.61亿元，按可比价计算同比增长6.1%: 按可比价计算 says how the change is
    measured; the change is the GDP's (it was named 按可比价计算同比增长)."""
    ms = _metrics("上半年全县经济运行情况\n上半年，全县实现GDP总量400.61亿元，按可比价计算同比增长6.1%。")
    assert ms[(6.1, "%")][0] == "GDP总量同比增长"


def test_a_second_yardstick_compares_the_same_rate():
    """增速高于全省1.2个百分点，高于全市0.5个百分点: the second compares the same 增速 with the
    city (it was 生产总值增速高于全省高于全市)."""
    ms = _metrics("某县政府工作报告\n2022年，全县生产总值增长5%，增速高于全省1.2个百分点，高于全市0.5个百分点。",
                  "2023-01-10")
    assert ms[(1.2, "个百分点")][0] == "生产总值增速高于全省"
    assert ms[(0.5, "个百分点")][0] == "生产总值增速高于全市"


def test_a_mark_passed_with_its_noun_is_no_figure():
    """粮食产量突破50万吨大关，达51万吨 / 站稳50万吨大关: the round mark (with 大关) is passed, the
    amount reached is the figure; the mark is none (it was a second level, 粮食产量站稳)."""
    ms = _metrics("某县统计公报\n2022年，全县粮食产量突破50万吨大关，达51万吨。", "2023-03-10")
    assert (500000, "吨") not in ms and ms[(510000, "吨")][0] == "粮食产量"
    ms = _metrics("某县统计公报\n2022年，全县粮食产量站稳50万吨大关，达51万吨，同比增长2%。", "2023-03-10")
    assert (500000, "吨") not in ms and ms[(2, "%")][0] == "粮食产量同比增长"


def test_listed_products_change_each_by_their_figure():
    """精制食用植物油、鲜冷藏肉、中成药和电力电缆分别增长a、b、c、d: products with no shared head,
    each its own growth (it was one indicator, 中成药和电力电缆分别增长, for all four)."""
    ms = _metrics("1-10月经济运行情况\n1-10月，精制食用植物油、鲜冷藏肉、中成药和电力电缆分别增长61.2%、29.1%、"
                  "17.9%和10.6%。", "2023-11-22")
    assert ms[(61.2, "%")][0] == "精制食用植物油增长"
    assert ms[(29.1, "%")][0] == "鲜冷藏肉增长"
    assert ms[(10.6, "%")][0] == "电力电缆增长"


def test_a_share_before_its_noun_is_the_nouns_share():
    """其中，占比63.3%的电力供应业同比增长6.5%: 63.3% is the industry's share (电力供应业占比, not
    a name holding the next figure), and the growth after it the industry's."""
    ms = _metrics("1-10月经济运行情况\n1-10月，全区规上工业增加值同比增长4.4%。其中，占比63.3%的电力供应业"
                  "同比增长6.5%，拉动全区规上工业增长4个百分点。", "2024-11-20")
    assert ms[(63.3, "%")][0] == "电力供应业占比"
    assert ms[(6.5, "%")][0] == "电力供应业同比增长"


def test_two_yardsticks_after_bi_with_their_values():
    """增长8.4%，比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点: the bracketed values are
    the yardsticks' own (no figures), the k-th difference is with the k-th yardstick, and the
    city's, not the country's (全国 is listed after a yardstick: one too)."""
    ms = _metrics("上半年全市经济运行情况\n上半年，全市生产总值440.26亿元，增长8.4%，比全省(7.7%)和全国平均水平(7.0%)"
                  "分别高0.7、1.4个百分点。")
    assert (7.0, "%") not in ms
    assert ms[(0.7, "个百分点")][:2] == ("生产总值增长比全省高", None)
    assert ms[(1.4, "个百分点")][:2] == ("生产总值增长比全国平均水平高", None)


def test_two_yardsticks_after_bi_without_values():
    """比全省、全国分别高0.7个和1.4个百分点: the same without the values."""
    ms = _metrics("上半年全市经济运行情况\n上半年，全市生产总值增长8.4%，比全省、全国分别高0.7个和1.4个百分点。")
    assert ms[(0.7, "个百分点")][0] == "生产总值增长比全省高"
    assert ms[(1.4, "个百分点")][0] == "生产总值增长比全国高"


def test_two_yardsticks_with_a_level_word_after_their_values():
    """分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点: 平均水平 after the second value
    closes both yardsticks (it was one indicator …高出全国、全省平均水平 for both)."""
    ms = _metrics("1—2月份全市规上工业运行情况\n1—2月份，全市规上工业增加值同比增长8.1%，分别高出全国(5.9%)、"
                  "全省(6.4%)平均水平2.2个和1.7个百分点。", "2025-03-28")
    assert ms[(2.2, "个百分点")][0] == "规上工业增加值同比增长高出全国"
    assert ms[(1.7, "个百分点")][0] == "规上工业增加值同比增长高出全省"


def test_ordinal_sectors_listed_before_their_shares():
    """一、二、三产业占全市总投资的比重分别为16.5%、23.5%、60.0%: the three sectors (第一产业 …), not
    一的比重, 二的比重."""
    ms = _metrics("某市1至5月固定资产投资运行情况\n分产业看，一、二、三产业占全市总投资的比重分别为16.5%、23.5%、60.0%。")
    assert ms[(16.5, "%")][0] == "第一产业占全市总投资的比重"
    assert ms[(23.5, "%")][0] == "第二产业占全市总投资的比重"
    assert ms[(60.0, "%")][0] == "第三产业占全市总投资的比重"


def test_the_parts_of_a_running_total_are_running_too():
    """4月，一般公共预算收入累计完成24627万元。其中：税收收入8103万元…；非税收入16524万元: the parts
    after 其中 are of the year so far, as the total (they were April alone)."""
    ms = _metrics("某县4月财政预算执行情况\n4月，一般公共预算收入累计完成24627万元，下降4.2%。其中：税收收入8103万元，"
                  "增长18.8%；非税收入16524万元。", "2024-05-16")
    assert ms[(81030000, "元")][2] == "2024-01/2024-04"
    assert ms[(165240000, "元")][2] == "2024-01/2024-04"
    ms = _metrics("某县4月旅游情况\n4月，全县接待游客20万人次。其中，外地游客12万人次。", "2024-05-16")
    assert ms[(120000, "人次")][2] == "2024-04"  # (no running total: the month)


def test_a_share_after_a_change_or_a_share_is_the_levels():
    """城镇投资增长33.0%，占全市投资比重为73.6% / 税务部门完成13866万元，占调整预算100.93%，占一般公共
    预算收入的48.51%: whose share it is, the clause before names (it was a bare 占全市投资比重)."""
    ms = _metrics("某市1至5月固定资产投资运行情况\n1至5月，城镇投资增长33.0%，占全市投资比重为73.6%。")
    assert ms[(73.6, "%")][0] == "城镇投资占全市投资比重"
    ms = _metrics("某县预算执行情况的报告\n2022年，税务部门完成13866万元，占调整预算100.93%，占一般公共预算收入的48.51%。",
                  "2023-02-08")
    # (figures36: the office's amount is its part of the revenue, 税务部门收入, no measure 税务部门)
    assert ms[(48.51, "%")][0] == "税务部门收入占一般公共预算收入"


def test_a_flow_after_now_is_the_releases_stretch():
    """一季度全省生产总值…。目前小麦一、二类苗占86.7%。主要肉类产量86.2万吨: 目前 is the crops' state;
    the meat output after it is the quarter's, as the release reports (it was the publication
    month); the share said with 目前 keeps it."""
    ms = _metrics("一季度全省经济运行开局平稳\n初步核算，一季度全省生产总值7065.7亿元，比去年同期增长7.7%。\n"
                  "农业生产基本稳定。目前小麦一、二类苗占86.7%。主要肉类产量86.2万吨，下降2.6%。", "2019-04-20")
    assert ms[(862000, "吨")][2] == "2019-01/2019-03"
    assert ms[(86.7, "%")][2] == "2019-04"


def test_central_funds_are_a_source_not_the_country():
    """永德县水库项目总投资5000万元，其中中央预算内投资3000万元，省级补助1000万元: 中央 says where the
    money comes from; the figures are the project's, not China's, and 中央预算内投资 keeps its
    name (it was 预算内投资, subject 中国, and 省级补助 China's too)."""
    ms = _metrics("某县水利项目建设情况\n永德县水库项目总投资5000万元，其中中央预算内投资3000万元，省级补助1000万元。")
    assert ms[(30000000, "元")][:2] == ("中央预算内投资", "永德县水库")
    assert ms[(10000000, "元")][1] == "永德县水库"
    ms = _metrics("全国财政收支情况\n今年前5个月，中央财政收入增长5%。")
    assert ms[(5, "%")][1] == "中国"  # (中央财政收入 is the country's)
