"""Figures in shapes read on fresh statistics and tourism releases (round 28).  (The round's rule
keeping a stated base year in a growth's name, 比2019年同期增长, was reverted at review: every
比2022年增加 in a 2023 report became a name of its own; the names stay as the earlier rounds set
them.)  Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2021-10-15"):
    return figure_table(text, date)


def test_a_compared_month_still_leaves_the_name():
    """增速比1-8月份加快: a compared part of the year is no year written out; the name stays that of
    the rate (规模以上工业增加值同比增长加快), as before."""
    ms = _metrics("1-9月，全市规模以上工业增加值同比增长8.2%，增速比1-8月份加快0.6个百分点。")
    assert "1-8" not in ms[(0.6, "个百分点")][0]


def test_a_compared_month_of_a_stated_year_still_leaves_the_name():
    """较2017年12月份加快a个百分点, 比2019年1-7月增长: a month or months of a year compared with are
    no whole year: the name stays that of the rate (同比增长加快) or of the level's growth."""
    ms = _metrics("1-2月份，全国规模以上工业增加值同比增长7.2%，增速较2017年12月份加快1.0个百分点。", "2018-03-15")
    assert "2017" not in ms[(1.0, "个百分点")][0]
    ms = _metrics("1-7月，全市社会消费品零售总额同比增长14.9%，比2019年1-7月增长5.1%。", "2021-08-20")
    assert ms[(5.1, "%")][0] == "社会消费品零售总额增长"


def test_the_year_recovered_to_is_no_time_of_the_share_nor_of_the_figures_after():
    """恢复到2019年同期的a%, 恢复到2019年水平的b%: the year is the base the share is taken of (as in
    是2011年的1.74倍); it was the share's period (2019-10) and that of the growth after it."""
    ms = _metrics("国庆假期，全市接待游客120万人次，恢复到2019年同期的95.2%，实现旅游收入8.6亿元，"
                  "较上年同期增长12.1%。", "2021-10-08")
    assert ms[(95.2, "%")][2] == "2021-10"
    assert ms[(12.1, "%")][2] == "2021-10"
    ms = _metrics("1-10月，全市港口货物吞吐量1.2亿吨，已恢复至2019年水平的102%。", "2021-11-15")
    assert ms[(102, "%")][2] == "2021-01/2021-10"


def test_containers_counted_with_ge_are_still_containers():
    """吞吐量达a万个标箱, b万个标准箱: the measure word 个 before the container unit; the figure was a
    count in 个 of a thing named 标箱 (indicator 标箱)."""
    ms = _metrics("全年全市港口集装箱吞吐量达320万个标箱，同比增长6.5%。", "2024-01-20")
    assert ms[(3200000, "标准箱")][0] == "港口集装箱吞吐量"
    ms = _metrics("一季度，全省港口完成集装箱吞吐量85.2万个标准箱。", "2024-04-20")
    assert (852000, "标准箱") in ms


def test_a_breakdown_of_the_object_after_a_count_keeps_the_parts_names():
    """向a个国家出口防疫物资，其中口罩b亿个: 其中 breaks down the supplies exported, not the countries
    counted before (the masks were named 口罩国家)."""
    ms = _metrics("今年以来，全省向60个国家和地区出口防疫物资，其中口罩12亿个，防护服300万套。")
    assert ms[(1200000000, "个")][0] == "口罩"


def test_a_sibling_part_is_no_whole_of_the_next_part():
    """其中茶叶a万吨，水果b万吨: the previous figure is a part beside this one, not the whole it is a
    part of (the fruit was named 水果茶叶)."""
    ms = _metrics("今年以来，全省出口农产品8.2万吨，其中茶叶1.2万吨，水果3.5万吨。")
    assert ms[(35000, "吨")][0] == "水果"
    ms = _metrics("全县共有农业产业化龙头企业48家，其中国家级2家、省级15家。")
    assert ms[(15, "家")][0] == "省级农业产业化龙头企业"


def test_a_topic_clause_ending_in_a_measure_noun_names_the_figure_after_it():
    """全市一般公共预算收入，首次突破50亿元: the clause before is the topic (no verb: 预算, 收入 are
    tagged as verbs by the segmenter, which cut it to 一般公); 税收收入，达到50亿元 was 金额."""
    ms = _metrics("2023年，全市一般公共预算收入，首次突破50亿元。", "2024-01-20")
    assert ms[(5000000000, "元")][0] == "一般公共预算收入"
    ms = _metrics("2023年，全县税收收入，达到8.2亿元。", "2024-01-20")
    assert ms[(820000000, "元")][0] == "税收收入"
