"""stats41: statistics bulletins, monthly releases and government figures of provinces, cities and
counties (excerpts as published, /tmp/s25/fresh/stats41 and the round's brief): a range whose low end
repeats the unit without the magnitude, demonstrative counts, a part of a whole
with no noun of its own, some doers and a sum adverb opening a clause, a year written without 年,
an amount converted at an exchange rate, a scraped unit mark before a clause.
"""
from __future__ import annotations


def _rows(text: str, date: str | None) -> list[tuple]:
    """[(value, unit, indicator, period, kind, low, high)] of `text` as one document."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return [(m.value, m.unit, m.indicator, m.period, m.kind, m.low, m.high) for m in res.metrics]


def _by_value(rows: list[tuple]) -> dict:
    return {(r[0], r[1]): r for r in rows}


def test_a_range_whose_low_end_repeats_the_unit_without_the_magnitude_is_one_range():
    """A public security bureau's notice: 颁发了5000元至1万元不等的奖金 is one range 5000–10000 元
    (was two figures, 5000元 and 1万元)."""
    rows = _rows("市公安局通报专项行动情况\n会上,该局为首批向警方提供涉枪涉爆线索的有功人员颁发了"
                 "5000元至1万元不等的奖金。", "2018-06-01")
    got = _by_value(rows)
    assert got[(5000, "元")][4:] == ("range", 5000, 10000)
    assert (10000, "元") not in got


def test_a_count_after_a_demonstrative_points_back_and_is_no_figure():
    """A court's statistics (人均结案数, 平均审理时间指数): 结合这两个指标 points back at the two
    measures just named, it counts nothing new (was 2 个 指标)."""
    rows = _rows("我市法院审判质效分析\n在2012-2014年期间的法官“人均结案数”逐年下降,而“平均审理时间指数”则是逐年上升,"
                 "结合这两个指标我们可以看出,我市民事案件的平均审理周期正呈现出逐渐拉长的趋势。", "2015-03-01")
    assert not any(r[1] == "个" and r[0] == 2 for r in rows)


def test_a_part_of_a_whole_with_no_noun_counts_things_of_that_whole():
    """A city's half-year economy (山东, 2025): 38个大类行业中32个实现增长 — 32 of those 大类行业
    (was the indicator 大类行业中)."""
    rows = _rows("上半年全市经济运行情况\n上半年,规上工业增加值增长7.4%,较一季度回升0.3个百分点。从增长面看,"
                 "38个大类行业中32个实现增长、增长面84.2%,较一季度提升7.9个百分点。", "2025-07-20")
    got = _by_value(rows)
    assert got[(32, "个")][2] == "大类行业"
    assert got[(38, "个")][2] == "大类行业"


def test_some_doers_and_a_sum_adverb_are_no_part_of_the_indicator():
    """乌鲁木齐 press conference: 一些医院共接诊自称被扎伤的群众531人 measures 接诊自称被扎伤的群众
    (was 一些医院共接诊…)."""
    rows = _rows("乌鲁木齐市召开新闻发布会\n9月4日晚,中共乌鲁木齐市委常委、常务副市长张鸿在新闻发布会上介绍,截至9月3日,"
                 "乌鲁木齐市一些医院共接诊自称被扎伤的群众531人。", "2009-09-05")
    got = _by_value(rows)
    assert got[(531, "人")][2] == "接诊自称被扎伤的群众"


def test_batches_summed_give_no_indicator_and_keep_the_time():
    """最高检 (2020): 2月11日至4月17日…连续发布十批次共计55个…典型案例 — the 55 cases are of that
    stretch (was no time) and 共计 is no noun counted by the batches (was the indicator 共计)."""
    rows = _rows("最高检发布典型案例\n2月11日至4月17日,最高检以每周一次的频率,连续发布十批次共计55个"
                 "全国检察机关依法办理涉新冠肺炎疫情典型案例。", "2020-04-20")
    got = _by_value(rows)
    assert got[(55, "个")][3] == "2020-02-11/2020-04-17"
    assert got[(10, "批次")][2] != "共计"


def test_a_year_without_nian_before_a_verb_is_the_time_of_the_figure():
    """天柱县青云村: 2020年种植杨梅30亩,2021种植桑葚30亩 — the second 30亩 is 2021's and its
    indicator 种植桑葚 (was 2020 and 植桑葚)."""
    rows = _rows("青云村发展产业\n村党支部流转土地1100亩,2020年种植杨梅30亩,2021种植桑葚30亩。", "2022-04-22")
    mulberry = [r for r in rows if r[2].endswith("桑葚")]
    assert mulberry and mulberry[0][2] == "种植桑葚" and mulberry[0][3] == "2021"


def test_an_amount_converted_at_an_exchange_rate_is_the_level_before_it():
    """交城县 and 洪洞县 2019 bulletins (山西): 人均地区生产总值38214元,按2019年平均汇率计算为5686美元 —
    the same per-capita GDP in dollars, of the bulletin's year (was 平均汇率计算; and 按2018年平均汇率
    gave 2018)."""
    text = ("2019年交城县国民经济和社会发展统计公报\n"
            "2019年,交城县委、县政府团结带领全县人民,全县经济运行扭转了2018年第四季度以来增速持续减缓的局面,"
            "从上半年开始,主要经济指标逐月回升。\n"
            "一、综 合\n"
            "初步核算,全年全县生产总值914326万元,比上年增长5.4%。\n"
            "人均地区生产总值38214元,按2019年平均汇率计算为5686美元。\n"
            "人均地区生产总值19763元,按2018年平均汇率计算为2865美元。")
    got = _by_value(_rows(text, None))
    assert got[(5686, "美元")][2:4] == ("人均地区生产总值", "2019")
    assert got[(2865, "美元")][2:4] == ("人均地区生产总值", "2019")


def test_a_scraped_unit_mark_before_a_clause_is_no_part_of_its_indicator():
    """洪洞县 2019 bulletin, scraped flat: 表2 …涨幅 单位:% 全年全县财政总收入222827万元 — the
    indicator is 财政总收入 (was “% 全年全县财政总收入”)."""
    text = ("2019年洪洞县国民经济和社会发展统计公报\n"
            "全县居民消费价格比上年上涨2.7%。 表2 2019年居民消费价格比上年涨幅 单位:% "
            "全年全县财政总收入222827万元,同比增长9.6%。")
    got = _by_value(_rows(text, None))
    assert got[(2228270000, "元")][2] == "财政总收入"


def test_a_change_at_comparable_prices_is_the_change_of_the_figure_before():
    """西藏 2020 前三季度: 完成农林牧渔业总产值134.5亿元,可比价同比增长1.5% — the output's growth
    (was the indicator 可比价同比增长, no measure); 按可比价计算增长 stays the GDP's growth."""
    text = ("2020年前三季度西藏自治区生产总值实现1308.32亿元 同比增长6.3%\n"
            "前三季度,西藏全区完成农林牧渔业总产值134.5亿元,可比价同比增长1.5%。全区牲畜存栏1896.93万头(只),"
            "同比下降14.7%。\n全区地区生产总值1308.32亿元,按可比价计算增长6.3%。")
    got = _by_value(_rows(text, "2020-11-05"))
    assert got[(1.5, "%")][2] == "农林牧渔业总产值同比增长"
    assert got[(6.3, "%")][2].endswith("生产总值增长") or got[(6.3, "%")][2].endswith("生产总值同比增长")


def test_the_urban_and_rural_parts_keep_the_basis_of_the_change():
    """国家统计局 2021年7月份居民消费价格: 同比上涨1.0%。其中,城市上涨1.2% and 环比上涨0.3%。其中,
    城市上涨0.3% — the cities' year-on-year and month-on-month changes of one month are two
    indicators (were both 城市居民消费价格上涨)."""
    text = ("2021年7月份居民消费价格同比上涨1.0% 环比上涨0.3%\n"
            "2021年7月份,全国居民消费价格同比上涨1.0%。其中,城市上涨1.2%,农村上涨0.4%;食品价格下降3.7%,"
            "非食品价格上涨2.1%。\n"
            "7月份,全国居民消费价格环比上涨0.3%。其中,城市上涨0.3%,农村上涨0.2%;食品价格下降0.4%,"
            "非食品价格上涨0.5%。")
    got = _by_value(_rows(text, "2021-08-09"))
    assert got[(1.2, "%")][2] == "城市居民消费价格同比上涨"
    assert got[(0.2, "%")][2] == "农村居民消费价格环比上涨"
    assert got[(1.2, "%")][3] == got[(0.2, "%")][3] == "2021-07"


def test_a_bare_growth_after_a_gap_between_rates_is_the_measure_s():
    """A city's 1—8月 economy (pygbw, 2021): 规模以上工业增加值增长12.9%,增速比全省高4.3个百分点,…。其中,
    8月当月增长4.0% — August's growth of the value added (was 规模以上工业增加值增速比全省高增长)."""
    text = ("我市经济运行持续向好\n"
            "1—8月份,全市规模以上工业增加值增长12.9%,增速比全省高4.3个百分点,居全省第4位,比1—7月份提升1个位次。"
            "其中,8月当月增长4.0%,居全省第5位,比7月份提升6个位次。")
    got = _by_value(_rows(text, "2021-10-08"))
    assert got[(4.0, "%")][2:4] == ("规模以上工业增加值增长", "2021-08")
    assert got[(4.3, "个百分点")][2] == "规模以上工业增加值增速比全省高"
