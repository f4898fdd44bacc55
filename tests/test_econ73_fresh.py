"""Round 73 (econ73): monthly and quarterly 经济运行 releases of cities and counties, from fresh
texts of /tmp/s26/fresh/econ73 (三门峡, 信阳 and 济源 in 河南, 房县 in 湖北, 四平 in 吉林, 酉阳 in
重庆, 汉阴 in 陕西) and shapes they share with the releases of stats65.  The fixes: a second compared
base joined to the first by 和 (分别比上年同期和一季度回落…) is no time of the figures; 当期 between a
yardstick verb and 全省 leaves the city the subject; 实际利用外资 keeps its 实际; the class 电力、热力及
水生产和供应业 is one name; a head's bracketed other name (销售额（营业额）) is shared by the items of a
list; flows after a month end (投资, 出口) take the months up to it; paired halves (城镇、农村) share
all the last item says after its own half; a lead opening with 今年以来 and then naming 一季度 is
about 一季度."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-10-25") -> dict:
    return figure_table(text, date)


def test_a_second_compared_base_joined_by_he_is_no_time_of_the_figures():
    """02-xinyang-h1 (信阳市统计局): 规模以上工业企业增加值增长4.9%，分别比上年同期和一季度回落4.0个和
    3.0个百分点 (base: both changes, and the next clause's, dated 一季度 2017-01/2017-03)."""
    got = _metrics("上半年全市经济运行分析\n上半年，全市规模以上工业企业增加值增长4.9%，分别比上年同期和一季度"
                   "回落4.0个和3.0个百分点，低于全省平均水平3.3个百分点。", "2017-07-27")
    assert got[(4, "个百分点")][2] == "2017-01/2017-06", got
    assert got[(3, "个百分点")][2] == "2017-01/2017-06", got
    assert got[(3.3, "个百分点")][2] == "2017-01/2017-06", got
    # (a base with a period of its own stays a base: 比一季度回落 is still the half-year's change)
    got = _metrics("标题\n上半年，全市生产总值增长7.6%，较一季度回落0.6个百分点。", "2017-07-27")
    assert got[(0.6, "个百分点")][2] == "2017-01/2017-06", got


def test_dangqi_before_the_province_leaves_the_city_the_subject():
    """02-xinyang-h1: 低于当期全省平均水平3.3个百分点 (base: the province 河南省 the subject)."""
    got = _metrics("标题\n上半年，信阳市规模以上工业增加值增长4.9%，低于当期全省平均水平3.3个百分点。", "2017-07-27")
    assert got[(3.3, "个百分点")][1] == "信阳市", got


def test_actual_foreign_capital_keeps_shiji():
    """05-wuhua (stats65's text) and 进贤县's report: 实际利用外资完成214万美元 (base: 利用外资)."""
    got = _metrics("标题\n1-8月，全县外贸进出口总额实现9005.6万美元。实际利用外资完成214万美元。", "2023-09-20")
    assert got[(2140000, "美元")][0] == "实际利用外资", got


def test_the_power_class_written_without_gas_is_one_name():
    """03-jiyuan-jan-may (济源): 电力、热力及水生产和供应业增加值同比增长2.9% (base: 热力及水生产和供应业…)."""
    got = _metrics("标题\n1-5月，分三大门类看，制造业增加值同比增长10.9%，电力、热力及水生产和供应业增加值同比"
                   "增长2.9%，采矿业增加值同比增长10.6%。", "2023-06-20")
    assert got[(2.9, "%")][0] == "电力、热力及水生产和供应业增加值同比增长", got


def test_a_head_s_bracketed_other_name_is_shared_by_the_list():
    """批发业、零售业、住宿业、餐饮业销售额（营业额）分别增长… (base: 批发业额）增长, 零售业额）增长)."""
    got = _metrics("标题\n一季度，全县限上批发业、零售业、住宿业、餐饮业销售额（营业额）分别增长5.1%、6.2%、3.0%和"
                   "8.8%。", "2024-04-20")
    assert got[(5.1, "%")][0] == "限上批发业销售额（营业额）增长", got
    assert got[(6.2, "%")][0] == "零售业销售额（营业额）增长", got
    assert got[(8.8, "%")][0] == "餐饮业销售额（营业额）增长", got


def test_flows_after_a_month_end_take_the_months_up_to_it():
    """9月末…贷款余额…。全县固定资产投资、工业投资…分别增长 (base: 2024-09-30, the balance's day); a
    balance after it keeps the day."""
    got = _metrics("前三季度全县经济运行情况\n前三季度，全县城镇新增就业1.2万人。9月末，全县金融机构本外币各项贷款"
                   "余额较年初增加12.3亿元。全县固定资产投资、工业投资、民间投资分别增长12.1%、15.3%和-4.2%。"
                   "全县出口额增长8.7%。全县本外币存款余额同比增长5.1%。")
    for key in ((12.1, "%"), (15.3, "%"), (-4.2, "%"), (8.7, "%")):
        assert got[key][2] == "2024-01/2024-09", (key, got[key])
    assert got[(5.1, "%")][2] == "2024-09-30", got


def test_paired_halves_share_all_the_last_item_says():
    """04-youyang-q1 and the shape of many releases: 城镇、农村常住居民人均可支配收入分别为… (base:
    城镇居民人均可支配收入, 常住 dropped); 城镇、农村居民人均消费支出 (base: 金额)."""
    got = _metrics("标题\n前三季度，全县城镇、农村常住居民人均可支配收入分别为32150元和17820元。全县城镇、农村居民"
                   "人均消费支出分别为21000元和13000元。")
    assert got[(32150, "元")][0] == "城镇常住居民人均可支配收入", got
    assert got[(17820, "元")][0] == "农村常住居民人均可支配收入", got
    assert got[(21000, "元")][0] == "城镇居民人均消费支出", got
    # (items that are no halves keep their own heads: 基础设施、制造业投资)
    got = _metrics("标题\n前三季度，全县基础设施、制造业投资分别增长9.4%、9.1%。")
    assert got[(9.4, "%")][0] == "基础设施投资增长", got


def test_a_lead_from_jinnian_yilai_to_the_named_quarter():
    """05-hanyin-q1 (汉阴县统计局, 2019-04-23): 今年以来，…。一季度，全县工业经济实现“开门红” — products
    in a paragraph of no time of its own are the quarter's (base: 2019-01/2019-04, up to April)."""
    got = _metrics("汉阴县工业经济实现首季开门红\n今年以来，全县上下聚力工业经济发展。一季度，全县工业经济实现"
                   "“开门红”。\n富硒食品增长较快。精制食用植物油增长31.9%，糖果增长33.4%。", "2019-04-23")
    assert got[(31.9, "%")][2] == "2019-01/2019-03", got
    # (a day after 今年以来 is no stretch the release reports on: the lead stays 今年以来)
    got = _metrics("标题\n今年以来，全县上下聚力工业经济发展，截至3月底新开工项目12个。\n富硒食品增长较快。"
                   "糖果增长33.4%。", "2019-04-23")
    assert got[(33.4, "%")][2] == "2019-01/2019-04", got


def test_bare_sectors_of_a_breakdown_take_the_measure_before():
    """04-youyang-q1 (酉阳县统计局): 全县固定资产投资增长9.7%。分产业看，第一产业增长129.2%；第二产业增长
    33.5% (base: 第一产业增长, the investment lost); after 地区生产总值 the sectors' 增加值."""
    got = _metrics("标题\n一季度，全县固定资产投资增长9.7%。分产业看，第一产业增长129.2%；第二产业增长33.5%；"
                   "第三产业下降1.8%。\n一季度，全县地区生产总值增长4.5%。分产业看，第一产业增长3.2%。", "2025-05-22")
    assert got[(129.2, "%")][0] == "第一产业投资增长", got
    assert got[(33.5, "%")][0] == "第二产业投资增长", got
    assert got[(1.8, "%")][0] == "第三产业投资下降", got
    assert got[(3.2, "%")][0] == "第一产业增加值增长", got
    # (a sector named with its own measure, or no breakdown opener: as written)
    got = _metrics("标题\n全县固定资产投资增长9.7%。第一产业增长12.9%。分产业看，第二产业增加值增长5.5%。", "2025-05-22")
    assert got[(12.9, "%")][0] == "第一产业增长", got
    assert got[(5.5, "%")][0] == "第二产业增加值增长", got


def test_a_metadata_table_row_is_no_lead():
    """05-hanyin-q1 as scraped, the page's 索引号 table above the text: 文号 | 无 | 成文日期: | 2019年04月23日 |
    was read as the lead, so products of no time of their own had none (base: None)."""
    got = _metrics("汉阴县工业经济实现首季开门红\n文号 | 无 | 成文日期: | 2019年04月23日 |\n今年以来，全县上下聚力工业经济"
                   "发展。一季度，全县工业经济实现“开门红”。\n富硒食品增长较快。精制食用植物油增长31.9%。", "2019-04-23")
    assert got[(31.9, "%")][2] == "2019-01/2019-03", got


def test_a_count_summing_up_a_list_before_fenbie_is_no_figure():
    """08-siping-jan-nov (四平市): 批发业、零售业、住宿业、餐饮业四个行业增速分别为… (base: a figure 行业增速
    4个 beside the four rates); a count with figures of another number after 分别 stays."""
    got = _metrics("标题\n1—11月份，全市批发业、零售业、住宿业、餐饮业四个行业增速分别为-11.6%、4.1%、-30%、-22.2%。"
                   "全市汽车制造、电子信息、生物医药三个行业增加值分别增长12.1%、8.3%和5.2%。", "2024-12-24")
    assert (4, "个") not in got and (3, "个") not in got, got
    assert got[(-30, "%")][0] == "住宿业增速", got
    got = _metrics("标题\n全市培育汽车、电子、医药三个行业，分别增长2%和3%。", "2024-12-24")
    assert (3, "个") in got, got


def test_trades_written_by_their_initials():
    """08-siping-jan-nov (四平市发改委): 全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%、-22.2%
    (base: 限上批四行业增速, 零四行业增速, 住四行业增速, 餐四行业增速); one-character animals stay."""
    got = _metrics("标题\n1—11月份，全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%、-22.2%。"
                   "全市猪、牛、羊、禽出栏量同比分别增长9%、23%、6%、28%。", "2024-12-24")
    assert got[(-11.6, "%")][0] == "限上批发业增速", got
    assert got[(4.1, "%")][0] == "零售业增速", got
    assert got[(-30, "%")][0] == "住宿业增速", got
    assert got[(-22.2, "%")][0] == "餐饮业增速", got
    assert got[(23, "%")][0] == "牛出栏量同比增长", got
