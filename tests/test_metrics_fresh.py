"""Figures in shapes found on fresh county and city texts (statistics bulletins, committee
meetings, plans): 依次为 lists, 三次产业 read as its three sectors, slogans with numerals, the
bulletin year under a dateline of the next year, and percentage ranges.  Sentences written for
these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.stages.metrics import make_metrics
from kg.stages.numbers import find_quantities
from test_metrics import make_doc


def _run(text, date="2024-03-20", place="place-130400", place_name="某市"):
    doc = make_doc(text, place=place, place_name=place_name)
    doc.date = doc.articles[0].date = date
    make_metrics()(doc)
    return {(m.value, m.unit): m for m in doc.metrics}


def test_a_list_before_yici_pairs_its_items_with_the_figures_like_fenbie():
    """依次为 / 依次增长 read like 分别为 / 分别增长: the k-th figure is the k-th item's."""
    ms = _run("全年全县第一、二、三产业增加值依次为30.2亿元、85.6亿元和99.5亿元，依次增长4.0%、6.2%和4.8%。"
              "全年城镇、农村居民人均可支配收入依次为41250元和19870元。")
    assert ms[(3020000000, "元")].indicator == "第一产业增加值"
    assert ms[(9950000000, "元")].indicator == "第三产业增加值"
    assert ms[(6.2, "%")].indicator == "第二产业增加值增长"
    assert ms[(19870, "元")].indicator == "农村居民人均可支配收入"


def test_the_three_industries_word_stands_for_the_three_sectors_in_order():
    ms = _run("一季度，全县三次产业增加值分别增长4.0%、6.2%和4.8%。")
    assert ms[(4.0, "%")].indicator == "第一产业增加值增长"
    assert ms[(6.2, "%")].indicator == "第二产业增加值增长"
    assert ms[(4.8, "%")].indicator == "第三产业增加值增长"


def test_three_industries_with_a_count_of_its_own_stays_one_item():
    """Only as many figures as sectors split it: 三次产业增加值 with one figure is one whole."""
    ms = _run("全市三次产业增加值合计3200亿元。")
    assert ms[(320000000000, "元")].indicator == "三次产业增加值"


def test_slogans_and_rules_with_numerals_are_no_counts():
    text = ("会议强调，要牢牢守住两条底线，坚决做到“两个维护”，树牢四个意识，扎实推进“四个一批”工作，"
            "严格落实中央八项规定精神。全县新建“健康小屋”3个，新增12个文明村。")
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(3, "个"), (12, "个")]


def test_a_quoted_count_after_its_unit_is_still_counted():
    """3393个“健康小屋”: the quotation follows the count, so the count stays."""
    assert [q.value for q in find_quantities("全市建成3393个“健康小屋”。")] == [3393]


def test_the_year_of_a_bulletin_headline_under_a_next_year_dateline():
    """2023年…统计公报 with the dateline 2024年3月20日 on its own line: 全年 is the bulletin's
    year, not the year of publication (the dateline is no year stated for a figure)."""
    ms = _run("某市2023年国民经济和社会发展统计公报\n2024年3月20日\n"
              "全年全市地区生产总值7324.18亿元，比上年增长4.1%。")
    assert ms[(732418000000, "元")].period == "2023"
    assert ms[(4.1, "%")].period == "2023"


def test_this_years_figures_of_a_dated_news_text_keep_the_publication_year():
    """A news text with no report headline: 今年 stays the publication year."""
    ms = _run("某县召开经济运行分析会\n2024年8月2日\n今年上半年，全县地区生产总值完成105.2亿元。",
              date="2024-08-02")
    assert ms[(10520000000, "元")].period == "2024-01/2024-06"


def test_a_percentage_range_with_a_sign_on_each_end_is_one_range():
    qs = find_quantities("力争利润率提高10%-15%，投资增长20%至30%，成本降低5-8%。")
    assert [(q.form, q.low, q.high) for q in qs] == [("range", 10, 15), ("range", 20, 30), ("range", 5, 8)]


def test_two_percentages_in_a_list_are_no_range():
    qs = find_quantities("分别增长3%、5%，较上月提高2%。")
    assert [(q.value, q.form) for q in qs] == [(3, None), (5, None), (2, None)]


def test_yuan_renminbi_is_yuan_and_the_indicator_comes_before_the_figure():
    ms = _run("今年前8个月，全省货物贸易进出口总值3421.5亿元人民币，比去年同期增长5.2%。")
    trade = ms[(342150000000, "元")]
    assert trade.indicator == "货物贸易进出口总值"


def test_a_noun_goes_on_after_its_parenthetical():
    """1844个村(居)民小组 counts village groups, not villages."""
    qs = find_quantities("年末全县下辖7个镇、179个村(社区),1844个村(居)民小组。")
    assert [q.counted for q in qs] == ["镇", "村(社区)", "村(居)民小组"]


def test_a_count_and_its_share_of_the_same_kind_of_whole():
    ms = _run("年末户籍人口49.81万人，其中城镇人口12.82万人，占总人口的25.7%。"
              "一季度该市采购额超过2亿元的县区有3个，占全市采购额的60.06%。")
    # (gongbao84: the urban part of a registered whole is the registered one, apart from the resident 城镇人口)
    assert ms[(25.7, "%")].indicator == "户籍城镇人口占比"
    assert ms[(60.06, "%")].indicator != "县区占比"


def test_the_place_of_a_reporters_source_is_not_the_subject():
    """记者从南昌海关获悉: 南昌 is where the figures come from; the province is what they are about."""
    text = "记者9日从南昌海关获悉，今年前8个月，江西省进出口总值3421.5亿元，比去年同期增长5.2%。"
    doc = make_doc(text, entities=[("南昌", "Place", "南昌市"), ("江西省", "Place", "江西省")],
                   place=None)
    make_metrics()(doc)
    subjects = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert subjects == {342150000000: "江西省", 5.2: "江西省"}


def test_a_county_release_placed_in_the_country_is_not_about_the_country():
    """中国特色社会主义 may place a county's release in 中国; its 全县 figures stay without a subject
    rather than the country's."""
    text = ("今年以来，全县上下以习近平新时代中国特色社会主义思想为指导，全县经济运行开局良好。\n"
            "一季度，全县生猪出栏1.76万头，同比增长1.4%。")
    doc = make_doc(text, place="place-iso-CN", place_name="中国")
    make_metrics()(doc)
    assert {m.value for m in doc.metrics} == {17600, 1.4}
    assert all(m.subject != "place-iso-CN" for m in doc.metrics)


def test_a_bare_respectively_change_pairs_with_the_levels_before_it():
    """接待游客…，实现旅游收入…，同比分别增长a、b: a is the visitors' growth, b the income's."""
    ms = _run("今年“十一”黄金周，全县共计接待游客76.01万人次，实现旅游收入1.52亿元，同比分别增长3.06%、36.94%。")
    assert ms[(3.06, "%")].indicator == "接待游客同比增长"
    assert ms[(36.94, "%")].indicator == "旅游收入同比增长"
    assert ms[(36.94, "%")].kind == "change"


def test_one_space_between_digits_and_unit_still_makes_a_figure():
    qs = find_quantities("实现旅游收入1.52 亿元，同比增长2.2 %，共 3 个村。2023 年10 月")
    assert [(q.value, q.unit) for q in qs] == [(152000000, "元"), (2.2, "%"), (3, "个")]


def test_the_province_scope_in_a_story_placed_in_one_of_its_cities():
    """全省 in a story whose own place is a city of the province: the province, found by division
    code among the places the document names."""
    text = "今年国庆假期，漳州市接待游客50万人次。全省累计实现旅游收入252.41亿元。"
    doc = make_doc(text, place="place-350600", place_name="漳州市")
    doc.entities["place-350600"].code = "350600"
    from kg.model import Entity
    doc.entities["place-350000"] = Entity("place-350000", "Place", "福建省", code="350000", level="province")
    make_metrics()(doc)
    subjects = {m.value: m.subject for m in doc.metrics}
    assert subjects == {500000: "place-350600", 25241000000: "place-350000"}


def test_a_growth_after_a_share_of_the_budget_is_the_levels_growth():
    ms = _run("2023年，全县一般公共预算收入完成12.35亿元，为预算的101.2%，同比增长8.6%。", date="2024-01-10")
    assert ms[(8.6, "%")].indicator == "一般公共预算收入同比增长"


def test_a_rate_noun_after_a_change_is_that_changes_rate_in_points():
    """降幅比上年收窄2.4个百分点: the narrowing of the spending's fall, in points (a change)."""
    ms = _run("一般公共预算支出完成45.62亿元，下降3.2%，降幅比上年收窄2.4个百分点。", date="2024-01-10")
    narrowing = ms[(2.4, "个百分点")]
    assert narrowing.indicator == "一般公共预算支出降幅比上年收窄" and narrowing.kind == "change"


def test_a_yardstick_comparison_after_a_growth_compares_the_growth():
    ms = _run("一季度生猪出栏1.76万头，同比增长1.4%，低于全市平均0.03个百分点。")
    assert ms[(0.03, "个百分点")].indicator == "生猪出栏同比增长低于全市平均"


def test_a_locative_closing_a_counted_whole_is_no_part_of_it():
    ms = _run("分行业看，27个行业大类中18个行业保持正增长。全县共有3所初中5所小学。")
    assert ms[(27, "个")].indicator == "行业大类"
    assert ms[(3, "所")].indicator == "初中"


def test_a_place_joined_to_a_counted_list_is_no_part_of_the_next_indicator():
    text = "全区4个镇及禾埠街道乡村人口13.2万人，乡村劳动力7.1万人。"
    doc = make_doc(text, entities=[("禾埠街道", "Place", "禾埠街道")])
    make_metrics()(doc)
    ms = {m.value: m for m in doc.metrics}
    assert ms[132000].indicator == "乡村人口"
