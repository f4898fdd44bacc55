"""Figures in shapes read on fresh statistics releases, county news and expo news (round 22): a bare
增加值 after a clause that only names a sector and how it fares (金融业活力凸显，前三季度增加值实现…),
a whole of one-character nouns closed by a locative (全县50个村中3个村) and the figures of a place's
delegation to an expo (进博会四川交易团共有3200余家采购商).
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-12-05"):
    return figure_table(text, date)


def test_a_bare_value_added_after_a_sector_comment_is_the_sectors():
    """其中，金融业活力凸显，前三季度增加值实现200.8亿元: the sector is the clause's topic, so the
    增加值 and its change are the sector's (金融业增加值); a clause that names no sector (就业形势稳定,
    全市加大投入) leaves the bare measure as it was."""
    ms = _metrics("前三季度全市第三产业同比增长3.6%。其中，金融业活力凸显，前三季度增加值实现200.8亿元，同比增长5.2%。")
    assert ms[(20080000000, "元")][0] == "金融业增加值"
    assert ms[(5.2, "%")][0] == "金融业增加值同比增长"
    ms = _metrics("工业运行平稳向好，增加值222.8亿元，增长6.2%。")
    assert ms[(22280000000, "元")][0] == "工业增加值"
    ms = _metrics("就业形势稳定，增加值222.8亿元。")
    assert ms[(22280000000, "元")][0] == "增加值"
    ms = _metrics("全市加大投入，增加值222.8亿元。")
    assert ms[(22280000000, "元")][0] == "增加值"
    ms = _metrics("农林牧渔业总产值69.93亿元，增长2.5%，增加值37.90亿元。")  # (the output's sector: as before)
    assert ms[(3790000000, "元")][0] == "农林牧渔业增加值"


def test_a_whole_of_one_character_nouns_closed_by_a_locative_drops_it():
    """全县50个村中3个村: 中 closes the whole (村) the next count is part of, with a one-character
    noun as with longer ones (行业大类中); 中有 the same. A two-character word (市中) stays."""
    ms = _metrics("全县50个村中3个村已完成改造。")
    assert ms[(50, "个")][0] == "村"
    ms = _metrics("全县50个村中有3个村已完成改造。")
    assert ms[(50, "个")][0] == "村"


def test_a_delegations_figures_are_its_places_not_the_expos():
    """首届进博会四川交易团共有3200余家采购商: the buyers are those of Sichuan's delegation; the expo
    named before it is where they went, never whose figure it is (so 上海交易团, 四川代表团)."""
    ms = _metrics("首届进博会四川交易团共有3200余家采购商、7000余人到会观展洽谈。")
    assert ms[(3200, "家")][1] == "四川省"
    assert ms[(7000, "人")][1] == "四川省"
    ms = _metrics("第三届进博会上，上海交易团达成意向采购订单136笔。")
    assert ms[(136, "笔")][1] == "上海市"
    ms = _metrics("第三届进博会共有3000多家企业参展。")  # (no delegation: the expo's, as before)
    assert ms[(3000, "家")][1] == "中国国际进口博览会"


def test_a_count_of_things_whose_measure_changed_counts_the_things():
    """41个大类行业中有37个行业增加值同比增长: the 37 are industries (行业, as 18个行业保持正增长), the
    增加值 that grew is what they share, never part of the noun (行业增加值同比); a measure with a
    figure of its own after it splits as before (15个项目总投资达98.6亿元)."""
    ms = _metrics("1—2月份，41个大类行业中有37个行业增加值同比增长。")
    assert ms[(37, "个")][0] == "行业"
    ms = _metrics("全市41个行业中28个行业投资同比下降。")
    assert ms[(28, "个")][0] == "行业"
    ms = _metrics("全市15个项目总投资达98.6亿元。")
    assert ms[(15, "个")][0] == "项目"


def test_bare_ordinal_digits_before_a_sector_noun_name_the_sectors():
    """二、三产业投资同比分别增长76.9%、0.3%: county releases drop 第 — the items are still the
    second and third sectors (第二产业投资增长, 第三产业投资增长), never 二产业投资."""
    ms = _metrics("1-3月，第一产业投资与去年同期持平，二、三产业投资同比分别增长76.9%、0.3%。")
    assert ms[(76.9, "%")][0] == "第二产业投资同比增长"
    assert ms[(0.3, "%")][0] == "第三产业投资同比增长"


def test_a_counted_whole_closed_by_a_locative_before_a_comma_drops_it():
    """三个工业门类中，采矿业增加值…: 中 before the comma closes the whole (工业门类) the items after
    it belong to, whatever follows the comma; a word ending in 中 (初中) stays."""
    ms = _metrics("1-3月，三个工业门类中，采矿业增加值同比增长8.7%。")
    assert ms[(3, "个")][0] == "工业门类"


def test_a_count_summing_up_a_list_is_no_part_of_its_last_item():
    """汽车制造业、食品制造业、金属制品业三个行业增加值分别增长a、b、c: 三个行业 sums the list up
    (as many items as figures), so the last figure is 金属制品业's, not 金属制品业三个行业's; a
    count that does not match the list stays where it was."""
    ms = _metrics("1-3月，汽车制造业、食品制造业、金属制品业三个行业增加值分别增长89.2%、11.4%、15.4%。")
    assert ms[(15.4, "%")][0] == "金属制品业增加值增长"
    assert ms[(89.2, "%")][0] == "汽车制造业增加值增长"
    ms = _metrics("1-3月，汽车制造业、金属制品业两个行业增加值分别增长9.2%、1.4%。")
    assert ms[(1.4, "%")][0] == "金属制品业增加值增长"


def test_a_list_judged_by_its_trend_before_respectively_is_what_the_figures_measure():
    """汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好，分别增长a、b、c: 增势较好 judges
    the list; cut off, each figure is its item's value added (汽车制造业增加值增长), as after 增长较快."""
    ms = _metrics("1-3月，汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好，分别增长89.2%、11.4%、159.4%。")
    assert ms[(89.2, "%")][0] == "汽车制造业增加值增长"
    assert ms[(159.4, "%")][0] == "燃气生产和供应业增加值增长"
