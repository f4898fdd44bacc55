"""Periods read on fresh county project reviews, work reports and quarterly statistics: 当年 after
a year the text named (次年, 翌年, 2021年, 今年以来), and X以来 up to the publication month.
Phrases written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc
from kg.periods import find_periods, resolve


def _build(text: str, date: str | None = "2024-03-15"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


def test_same_year_after_the_following_year_is_that_year():
    """2016年开工，翌年建成投产，当年实现产值5亿元: 当年 is the year just named (翌年 = 2017), not
    the sentence's opening 2016 and never the publication year."""
    ms = _build("该项目2016年开工，翌年建成投产，当年实现产值5亿元。")
    assert ms[(500000000, "元")].period == "2017"
    ms = _build("2019年建成一期工程，次年建成二期，当年接待游客30万人次。")
    assert ms[(300000, "人次")].period == "2020"


def test_same_year_counts_from_a_year_relative_to_the_publication():
    """今年以来，…，其中当年新设企业300户: the year named before is 今年 (the publication's), not a
    four-digit year further back in the article."""
    ms = _build("全县2019年建成示范园3个。今年以来，全县新增市场主体1200户，当年新设企业300户。")
    assert ms[(300, "户")].period == "2024"
    assert ms[(3, "个")].period == "2019"


def test_same_year_of_a_plan_is_the_year_named_before():
    """2021年，…总投资519.86亿元，当年计划投资63.27亿元 (a project review): the plan is 2021's;
    several 当年 in a row do not count years on as 次年 does."""
    ms = _build("2021年，我县重点工程项目共30项，总投资519.86亿元，当年计划投资63.27亿元。\n"
                "省级6项，当年计划投资19亿元。市级5项，当年计划投资22.67亿元。", "2022-01-10")
    assert ms[(6327000000, "元")].period == "2021"
    assert ms[(1900000000, "元")].period == "2021"
    assert ms[(2267000000, "元")].period == "2021"


def test_same_year_inside_another_word_is_no_period():
    """相当年轻, 适当年限: 当年 inside another word; 按当年价格计算: current prices, no time."""
    assert not find_periods("队伍结构相当年轻，平均年龄35岁")
    assert [p[2] for p in find_periods("2023年全县生产总值按当年价格计算为120亿元")] == ["2023年"]
    ms = _build("2023年，全县地区生产总值按当年价格计算达到120亿元。")
    assert ms[(12000000000, "元")].period == "2023"


def test_since_a_part_of_the_year_runs_up_to_the_publication_month():
    """一季度以来 in May is January to May, not the quarter; 本季度以来 in January is January so far,
    not the quarter's months still to come (as 今年以来 runs up to the publication month)."""
    assert resolve("一季度以来", "2024-05-15") == "2024-01/2024-05"
    assert resolve("本季度以来", "2024-01-15") == "2024-01"
    assert resolve("本季度以来", "2024-05-15") == "2024-04/2024-05"
    assert resolve("今年以来", "2024-05-15") == "2024-01/2024-05"
    ms = _build("本季度以来，全市新增市场主体1200户。", "2024-01-20")
    assert ms[(1200, "户")].period == "2024-01"


def test_since_a_start_after_the_publication_month_is_no_reversed_stretch():
    """国庆以来 in a January text: a start after the publication month never makes an interval
    that ends before it begins."""
    iso = resolve("国庆以来", "2024-01-15")
    assert iso is None or "/" not in iso or iso.split("/")[0] <= iso.split("/")[1]


def test_since_a_yearless_start_still_to_come_is_last_years():
    """国庆以来, 三季度以来 in a January text: a start the words give no year, that would come after
    publication, is last year's — a stretch from it up to the publication month."""
    assert resolve("三季度以来", "2024-01-15") == "2023-07/2024-01"
    assert resolve("国庆以来", "2024-01-15") == "2023-10-01/2024-01"
    assert resolve("一季度以来", "2024-05-15") == "2024-01/2024-05"


def test_the_year_before_named_as_a_budget_or_wage_year():
    """上年度全省城镇非私营单位在岗职工年平均工资, 上一年度全县城镇居民人均可支配收入 (wage notices,
    work reports): 上年度 is last year as 上年 is (年度 no longer turns the word away), 下一年度 next."""
    ms = _build("上一年度全县城镇居民人均可支配收入42000元。", "2024-02-20")
    assert ms[(42000, "元")].period == "2023"
    ms = _build("上年度全省城镇非私营单位在岗职工年平均工资为98500元。", "2024-02-20")
    assert ms[(98500, "元")].period == "2023"
    assert resolve("下一年度", "2024-02-20") == "2025"


def test_past_years_in_a_december_review_count_the_year_of_publication():
    """A county work report given in late December (即将过去的2018年…) reviews its own year:
    过去五年 there is 2014/2018 and 过去一年 is 2018; a January or March report looks back from
    the year before."""
    assert resolve("过去五年", "2018-12-25") == "2014/2018"
    assert resolve("过去一年", "2018-12-25") == "2018"
    assert resolve("过去五年", "2019-01-10") == "2014/2018"
    assert resolve("过去五年", "2018-03-05") == "2013/2017"
    ms = _build("过去五年，全县地区生产总值年均增长6.5%。", "2018-12-25")
    assert ms[(6.5, "%")].period == "2014/2018"


def test_same_year_and_this_year_of_a_chronicle_are_the_year_just_named():
    """县志 and histories: 1985年初，…。同年10月，…建成投产，当年新增产值 — 同年 and 当年 are 1985;
    。是年，完成工业总产值… is the year just named.  是年 only opens a clause (这是年均增幅: a
    copula), and 不同年份, 同年龄段 are no years at all."""
    ms = _build("1985年初，县政府成立乡镇企业工作指导委员会。同年10月，4个水泥厂相继建成投产，当年新增产值1200万元。")
    assert ms[(12000000, "元")].period == "1985"
    ms = _build("1956年2月，全县组织起手工业生产合作社103处。是年，完成工业总产值338.7万元。")
    assert ms[(3387000, "元")].period == "1956"
    assert not find_periods("这是年均增幅最高的一年，但是年底前要完成")
    assert not find_periods("不同年份、同年龄段的人群")


def test_the_time_a_change_builds_on_is_no_time_of_the_figure():
    """2017年在上一年度的基础上继续加大改厕力度，…普及率达96% (a county's yearly review): the
    time framed 在…的基础上 is the base built on; the figure is the year the sentence opens with,
    also when the text has no publication date."""
    ms = _build("2017年在上一年度的基础上继续加大改厕力度，新增无害化卫生厕所1599座，农村卫生厕所普及率达96%。", None)
    assert ms[(96, "%")].period == "2017"
    assert ms[(96, "%")].period_text == "2017年"
    ms = _build("2017年在上年的基础上继续加大改厕力度，农村卫生厕所普及率达96%。", None)
    assert ms[(96, "%")].period == "2017"


def test_a_lead_opening_with_the_year_it_is_about_sets_the_year_of_later_paragraphs():
    """2023年是全面贯彻党的二十大精神的开局之年 opening a county bulletin or a district review: the
    year reported on, as 2023年，面对… is — a later paragraph with no time of its own (全县粮食
    播种面积81.46万亩) is that year's, not timeless."""
    text = ("2023年是全面贯彻党的二十大精神的开局之年，全县经济保持平稳发展。\n"
            "二、农林牧渔业\n全县粮食播种面积81.46万亩，产量36.17万吨，同比增长1.6%。")
    ms = _build(text, "2024-04-10")
    assert ms[(814600, "亩")].period == "2023"
    assert ms[(361700, "吨")].period == "2023"


def test_the_level_a_structure_is_adjusted_to_has_not_the_time_of_the_start():
    """三次产业结构由2000年的45%调整为65%, 贫困人口由…减少到… (bulletins, poverty reviews): 调整为,
    减少到, 扩大到 close a change as 下降到 does — the level reached is not the start's time, and
    the verb is no indicator (调整)."""
    ms = _build("非公有制经济增加值占比由2000年的45%调整为65%。")
    assert ms[(45, "%")].period == "2000"
    assert ms[(65, "%")].period != "2000"
    assert ms[(65, "%")].indicator != "调整"
    ms = _build("城乡收入差距由2015年的2.8倍缩小到2.3倍。")
    assert ms[(2.3, "倍")].period != "2015"


def test_a_revised_earlier_year_in_a_bulletin_is_not_its_year():
    """2022年XX县国民经济和社会发展统计公报 (published 2023): 最终计算2021年全县生产总值… revises
    an earlier year; the 全年 figures after it stay the headline's 2022."""
    text = ("2022年云和县国民经济和社会发展统计公报\n"
            "初步核算，2022年，全县实现生产总值951435万元，比上年下降4.1%。"
            "最终计算2021年全县生产总值现价总量为972846万元，比上年增长9.6%。\n"
            "全年城镇新增就业1254人。")
    ms = _build(text, "2023-03-20")
    assert ms[(1254, "人")].period == "2022"
    assert ms[(9728460000, "元")].period == "2021"


def test_same_year_with_no_year_named_near_is_the_year_told_of():
    """当年新建农村公路120公里 far down a bulletin headlined 2023年…统计公报 (no year named within
    reach): the bulletin's year, as its 全年 — never timeless; in a May news item with no year
    named, the publication year (当年 is never a year already over)."""
    filler = "全县各项事业稳步推进，各项工作取得积极成效，社会大局保持和谐稳定。" * 25
    text = ("2023年XX县国民经济和社会发展统计公报\n全年全县实现地区生产总值120亿元。\n" + filler
            + "\n全年新增造林面积1.2万亩，当年新建农村公路120公里。")
    ms = _build(text, "2024-03-20")
    assert ms[(120, "公里")].period == "2023"
    assert ms[(120, "公里")].period_text == "当年"
    ms = _build("全县当年新设企业300户。", "2024-05-20")
    assert ms[(300, "户")].period == "2024"


def test_levels_reached_listed_after_a_from_time_are_not_at_it():
    """三次产业结构比由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73% (county bulletins):
    上年 dates the start levels only — neither the first level reached nor those listed with it;
    从2019年开始，…累计投入资金达到5亿元 (no start level) keeps its 从2019年."""
    ms = _build("三次产业结构比由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。", "2024-04-10")
    assert ms[(22.26, "%")].period == "2023"
    for v in (21.35, 27.92, 50.73):
        assert ms[(v, "%")].period_text != "上年"
    ms = _build("从2019年开始，全县累计投入资金达到5亿元。", "2024-04-10")
    assert ms[(500000000, "元")].period_text == "从2019年"


def test_a_third_of_a_month_is_that_month():
    """3月上旬，全县完成春播面积…; 3月中旬以来，累计发放… (farm-season and relief news): 上旬, 中旬,
    下旬 keep the month as the period (a stretch from it up to publication with 以来) instead of
    losing the words or reading the month as the release's 1-3月."""
    assert resolve("3月中旬", "2024-05-25") == "2024-03"
    assert resolve("3月中旬以来", "2024-05-25") == "2024-03/2024-05"
    ms = _build("3月中旬以来，全县累计发放种子补贴120万元。", "2024-03-25")
    assert ms[(1200000, "元")].period == "2024-03"
    assert ms[(1200000, "元")].period_text == "3月中旬以来"


def test_as_of_going_to_press_is_the_publication_day():
    """截至发稿时, 截至记者发稿时 (flood relief, epidemic and project news): as of the publication
    day, as 截至目前 is; 发稿时间 in a page header is no period."""
    ms = _build("截至记者发稿时，全县已转移群众3200人。", "2024-03-25")
    assert ms[(3200, "人")].period == "2024-03-25"
    assert not find_periods("本报记者发稿时间：2024-03-25")
