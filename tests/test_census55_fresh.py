"""Round 55 (census55): census and survey communiqués from fresh texts of /tmp/s26/fresh/census55
(第七次全国人口普查 公报 of 凉山州, 鄂州市, 邳州市; 第四次全国经济普查 公报 of 涪陵区, 安庆市 and the
country): the year a bracketed note glosses (（2013年是第三次全国经济普查年份，下同）) is no time of the
changes after it; a level a change starts from (由3566人增加到6776人) is the year the sentence compares
with (与2010年第六次全国人口普查相比), also for the items of its ；list; and 由14.03%下降为10.80% reaches a
level (10.80%, the same measure), no change and no noun 下降."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> dict[tuple, tuple]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.value, m.unit): (m.indicator, m.period, m.kind) for m in ms}


def test_a_year_glossed_in_brackets_is_no_time_of_the_change():
    """涪陵区 四经普公报: 2018年末，全区共有…法人单位17333个，比2013年末（2013年是第三次全国经济普查年份，下同）
    增加6745个，增长63.7% (also 安庆市 and the national 公报): the changes are 2018年末's (base: 2013,
    the year the note glosses)."""
    doc = extract_text("重庆市涪陵区第四次全国经济普查公报\n"
                       "2018年末，全区共有从事第二产业和第三产业活动的法人单位17333个，比2013年末（2013年是第三次"
                       "全国经济普查年份，下同）增加6745个，增长63.7%；产业活动单位20125个，增加7234个，增长56.1%。")
    got = _figures(doc)
    assert got[(6745, "个")][1] == "2018-12-31", got
    assert got[(63.7, "%")][1] == "2018-12-31", got


def test_a_starting_level_is_the_compared_census_year_s():
    """凉山州 七普公报（第五号）: 与2010年第六次全国人口普查相比，每10万人中拥有大学文化程度的由3566人增加到6776人；
    拥有高中文化程度的由5474人增加到6861人: 3566 and 5474 are 2010's (base: no period), 6776 the
    census time's."""
    doc = extract_text("凉山州第七次全国人口普查公报(第五号)\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时全州人口受教育情况公布如下：\n"
                       "与2010年第六次全国人口普查相比，每10万人中拥有大学文化程度的由3566人增加到6776人；"
                       "拥有高中文化程度的由5474人增加到6861人。")
    got = _figures(doc)
    assert got[(3566, "人")][1] == "2010", got
    assert got[(5474, "人")][1] == "2010", got
    assert got[(6776, "人")][1] == "2020-11-01", got


def test_a_rate_falling_to_a_level_is_that_level():
    """凉山州: 文盲率由14.03%下降为10.80%，下降3.23个百分点: 10.80% is the 文盲率 reached (base: a change
    人数下降), the points are 文盲率下降 (base: 人数下降下降)."""
    doc = extract_text("凉山州第七次全国人口普查公报(第五号)\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时全州人口受教育情况公布如下：\n"
                       "全州常住人口中，文盲人口（15岁及以上不识字的人）为524877人，与2010年第六次全国人口普查相比，"
                       "文盲人口减少111190人，文盲率由14.03%下降为10.80%，下降3.23个百分点。")
    got = _figures(doc)
    assert got[(10.8, "%")] == ("文盲率", "2020-11-01", "level"), got
    assert got[(14.03, "%")][:2] == ("文盲率", "2010"), got
    assert got[(3.23, "个百分点")][0] == "文盲率下降", got


def test_a_count_rising_to_a_level_counts_no_verb():
    """邳州市 七普: 每10万人中具有大学文化程度的由3528人上升为7115人: both are the measure before 由 (base:
    indicator 上升, the change verb read as the noun the people counted)."""
    doc = extract_text("邳州市第七次全国人口普查公报\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时全市人口情况公布如下：\n"
                       "与2010年我市第六次全国人口普查相比，每10万人中具有大学文化程度的由3528人上升为7115人。")
    got = _figures(doc)
    assert got[(3528, "人")][:2] == ("每10万人中具有大学文化程度", "2010"), got
    assert got[(7115, "人")] == ("每10万人中具有大学文化程度", "2020-11-01", "level"), got


def test_a_base_level_opening_its_sentence_is_the_measure_before_the_comparison():
    """国家 七普公报（第二号）: 全国人口与2010年第六次全国人口普查的1339724852人相比，增加72053872人，增长5.38%
    (石嘴山市: 全市常住人口与…的725482人相比): the base is 人口 of 2010 and the changes are its own (base:
    indicators 相比, 相比增加, 相比增长, the words after the figure)."""
    doc = extract_text("第七次全国人口普查公报(第二号)\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时我国人口的基本情况公布如下：\n"
                       "全国人口与2010年第六次全国人口普查的1339724852人相比，增加72053872人，增长5.38%，"
                       "年平均增长率为0.53%。")
    got = _figures(doc)
    assert got[(1339724852, "人")][:2] == ("人口", "2010"), got
    assert got[(72053872, "人")][0] == "人口增加", got
    assert got[(5.38, "%")][0] == "人口增长", got


def test_the_bounds_of_towns_classed_by_population_are_no_levels():
    """邻水县 七普公报: 25个镇中，常住人口超过20万人的有1个，…在3万人至5万人之间的有3个；…少于1万人的有4个
    (临澧县: 常住人口超过8万人的乡镇(街道)为安福街道): the bounds name the classes counted (base:
    常住人口 200000 人, 少于 10000 人, a range 之间的有 30000 人, 常住人口 80000 人 — levels of the
    county); the figures stay with their own totals."""
    doc = extract_text("邻水县第七次全国人口普查公报\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时全县主要数据公布如下：\n"
                       "全县常住人口为707537人。25个镇中，常住人口超过20万人的有1个，在3万人至5万人之间的有3个；"
                       "少于1万人的有4个。常住人口超过8万人的乡镇(街道)为安福街道。")
    got = _figures(doc)
    for bound in ((200000, "人"), (10000, "人"), (30000, "人"), (80000, "人")):
        assert bound not in got, got
    assert got[(707537, "人")][0] == "常住人口", got


def test_an_age_note_in_brackets_leaves_the_measure_before_it():
    """凉山州/鄂州市 七普公报: 全州常住人口中，文盲人口（15岁及以上不识字的人）为524877人: 文盲人口 (base: the
    unit's 人数, the age in the note read as a figure closing the clause)."""
    doc = extract_text("凉山州第七次全国人口普查公报(第五号)\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时全州人口受教育情况公布如下：\n"
                       "全州常住人口中，文盲人口（15岁及以上不识字的人）为524877人，与2010年第六次全国人口普查相比，"
                       "文盲人口减少111190人。")
    got = _figures(doc)
    assert got[(524877, "人")][0] == "文盲人口", got


def test_a_total_of_listed_towns_is_no_member_s():
    """邻水县 七普公报: 常住人口居前三位的是鼎屏镇、丰禾镇和九龙镇，合计占全县常住人口比重为47.23%: the three
    towns' sum (base: subject 九龙镇, the last one listed)."""
    doc = extract_text("邻水县第七次全国人口普查公报\n"
                       "根据第七次全国人口普查结果，现将2020年11月1日零时全县主要数据公布如下：\n"
                       "四川省广安市邻水县25个镇中，常住人口居前三位的是鼎屏镇、丰禾镇和九龙镇，合计占全县常住人口比重为47.23%。")
    names = {e.id: e.name for e in doc.entities.values()} if isinstance(doc.entities, dict) else {}
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    got = {m.value: names.get(m.subject, m.subject) for m in ms}
    assert 47.23 in got and got[47.23] not in ("九龙镇", "鼎屏镇", "丰禾镇"), got


def test_places_ranked_within_a_whole_count_that_whole_s_units():
    """江津区 四经普公报（第七号）: 在第二产业和第三产业法人单位中，位居前三位的地区是：双福街道2718个，占比20.7%；
    几江街道2075个，占比15.8%: each street's 第二产业和第三产业法人单位 and their share (base: indicators 个
    and 占比)."""
    doc = extract_text("重庆市江津区第四次全国经济普查公报(第七号)\n"
                       "2018年末，城市经济功能区拥有第二产业和第三产业法人单位8831个，占比67.1%。\n"
                       "在第二产业和第三产业法人单位中，位居前三位的地区是：双福街道2718个，占比20.7%；"
                       "几江街道2075个，占比15.8%；鼎山街道1179个，占比9.0%。")
    got = _figures(doc)
    assert got[(2718, "个")][0] == "第二产业和第三产业法人单位", got
    assert got[(2075, "个")][0] == "第二产业和第三产业法人单位", got
    assert got[(15.8, "%")][0] == "第二产业和第三产业法人单位占比", got
