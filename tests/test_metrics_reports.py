"""Figures of county statistics bulletins and project progress reports, the kinds of text the
hidden sets hold most: the time each figure belongs to (the headline's year, a clause's own
months), falls written with a minus sign, lists before 分别 with two items or closed by 等, and
nouns a clause word begins (在建项目, 完成率).  Sentences written for these tests in the shape
of such reports (figures illustrative)."""
from __future__ import annotations

from kg.stages.metrics import make_metrics
from kg.stages.numbers import find_quantities
from test_metrics import make_doc


def _run(text, date="2023-04-18", place="place-130400", place_name="某县"):
    doc = make_doc(text, place=place, place_name=place_name)
    doc.date = doc.articles[0].date = date
    make_metrics()(doc)
    return {(m.value, m.unit): m for m in doc.metrics}


def test_a_minus_sign_is_a_fall_and_a_list_closed_by_etc_names_each_figure():
    """增速分别为-3.2%、…: the first rate is a fall; 社会保障和就业 is one item (split at 、 only)."""
    text = "其中：一般公共服务、教育、社会保障和就业等支出同比增速分别为-3.2%、6.5%、11.4%。"
    assert [q.value for q in find_quantities(text)] == [-3.2, 6.5, 11.4]
    ms = _run(text)
    assert ms[(-3.2, "%")].indicator == "一般公共服务支出同比增速"
    assert ms[(-3.2, "%")].kind == "change"
    assert ms[(6.5, "%")].indicator == "教育支出同比增速"
    assert ms[(11.4, "%")].indicator == "社会保障和就业支出同比增速"


def test_a_dash_between_numbers_stays_a_range_sign():
    """1-3月 and G-5 are no negative figures."""
    assert [q.value for q in find_quantities("1-3月全县完成投资5亿元，G-5高速3个服务区")] == [500000000, 3]


def test_two_item_lists_share_the_rest_of_the_last_item():
    """第二、三产业 and 轻、重工业: the short first item takes the rest of the second."""
    ms = _run("第一产业拉动经济增长0.5个百分点，第二、三产业分别拉动增长1.8和2.6个百分点。"
              "规模以上工业中，轻、重工业增加值分别增长3.1%和8.2%。")
    assert ms[(1.8, "个百分点")].indicator == "第二产业拉动增长"
    assert ms[(2.6, "个百分点")].indicator == "第三产业拉动增长"
    assert ms[(3.1, "%")].indicator == "轻工业增加值增长"
    assert ms[(8.2, "%")].indicator == "重工业增加值增长"


def test_a_change_after_a_part_is_the_parts_change():
    """其中稻谷播种面积…，减少…: the fall is the rice area's, not a class 减少稻谷播种面积."""
    ms = _run("全年农作物播种面积95.2千公顷。其中稻谷播种面积60.3千公顷，减少0.5千公顷，下降0.8%。")
    fall = ms[(500, "公顷")]
    assert fall.indicator == "稻谷播种面积减少" and fall.kind == "change"
    assert ms[(0.8, "%")].indicator == "稻谷播种面积下降"


def test_the_headline_year_of_a_bulletin_is_the_time_of_its_figures():
    """A figure stating no time in a bulletin headed 2021年…统计公报 is of 2021, even when the
    page was published in 2022."""
    ms = _run("2021年某县国民经济和社会发展统计公报\n"
              "初步核算，全县生产总值185.3亿元，比上年增长6.1%。", date="2022-03-30")
    gdp = ms[(18530000000, "元")]
    assert gdp.period == "2021" and gdp.period_text == "2021年"
    assert ms[(6.1, "%")].period == "2021"


def test_a_headline_with_two_years_or_no_report_word_gives_no_year():
    ms = _run("关于2022年预算执行情况和2023年预算草案的报告\n兑现减税降费政策17.3亿元。", date=None)
    assert ms[(1730000000, "元")].period is None
    ms = _run("2021年全县新建学校\n全县新建学校5所。", date=None)
    assert ms[(5, "所")].period is None


def test_a_clause_time_inside_a_sentence_is_not_the_time_of_the_parts_after_it():
    """2023年…1-9月完成投资…，占年度计划的…，其中新开工项目45个: the months are the time of the
    investment done and its share; the 45 projects and their investment are the year's."""
    ms = _run("2023年全县重点项目共120个，总投资560亿元，1-9月完成投资98.5亿元，占年度计划的76.2%，"
              "其中新开工项目45个，总投资130亿元。", date="2023-10-20")
    assert ms[(120, "个")].period == "2023"
    assert ms[(9850000000, "元")].period == "2023-01/2023-09"
    assert ms[(76.2, "%")].period == "2023-01/2023-09"
    assert ms[(45, "个")].period == "2023"
    assert ms[(13000000000, "元")].period == "2023"


def test_a_rate_after_a_year_end_count_is_of_the_year_end():
    """2022年，…，年末常住人口…，城镇化率…: the rate goes on from the year-end clause."""
    ms = _run("2022年，全县出生人口5230人，年末常住人口48.6万人，常住人口城镇化率52.3%。", date="2023-03-20")
    assert ms[(5230, "人")].period == "2022"
    assert ms[(486000, "人")].period == "2022-12-31"
    assert ms[(52.3, "%")].period == "2022-12-31"


def test_a_sentence_whose_first_figure_has_no_time_gives_none_to_the_next():
    """全县重点项目35个，…，1-4月完成投资…。其中省重点项目6个: the 6 projects are no 1-4月 count."""
    ms = _run("全县重点项目35个，总投资88亿元，1-4月完成投资12.6亿元，完成率14.3%。其中省重点项目6个。",
              date="2023-05-10")
    assert ms[(1260000000, "元")].period == "2023-01/2023-04"
    assert ms[(6, "个")].period is None
    assert ms[(14.3, "%")].indicator == "完成率"


def test_nouns_a_clause_word_begins_stay_whole():
    """在建项目, 在岗职工: 在 opens a clause elsewhere (在全县…) but not here; a bracket opened
    before the parts (建设项目27项（省级6项、…）) is no part of their name."""
    ms = _run("全县在建项目42个，在岗职工1.2万人。全县重点工程30项，其中建设项目27项（省级6项、市级5项）。",
              date="2023-05-10")
    assert ms[(42, "个")].indicator == "在建项目"
    assert ms[(12000, "人")].indicator == "在岗职工"
    assert ms[(6, "项")].indicator == "省级建设项目"


def test_units_that_begin_with_a_magnitude_character():
    """247395千瓦 is in 千瓦 (not 247395 thousand of nothing), 2473千瓦时 in 千瓦时, 5千克 in 公斤;
    85.76千公顷 stays thousands of hectares; 羽 counts poultry."""
    got = [(q.value, q.unit) for q in find_quantities(
        "农业机械总动力达247395千瓦，用电量2473千瓦时，收购5千克，播种85.76千公顷，出笼家禽196.01万羽。")]
    assert got == [(247395, "千瓦"), (2473, "千瓦时"), (5, "公斤"), (85760, "公顷"), (1960100, "羽")]


def test_a_bare_verb_clause_measures_what_the_clause_before_names():
    """全年地区生产总值突破千亿大关，实现1027.8亿元: the amount is the GDP; a run-in heading with a
    space (财政收入 全年财政收入…) is no part of the indicator; 可比增长 is a change."""
    ms = _run("全年地区生产总值突破千亿大关，实现1027.8亿元，比上年增长8%。\n"
              "财政收入 全年财政收入跨越130亿元，累计完成136.6亿元。\n"
              "全年农业实现总产值108.1亿元，可比增长3.4%。", date="2020-03-20")
    assert ms[(102780000000, "元")].indicator == "地区生产总值"
    assert (13000000000, "元") not in ms  # 跨越130亿元: a mark passed, then the amount
    assert ms[(13660000000, "元")].indicator == "财政收入"
    assert ms[(3.4, "%")].kind == "change" and ms[(3.4, "%")].indicator.endswith("可比增长")


def test_a_bare_second_respectively_measures_the_items_again():
    """城镇和农村居民人均可支配收入分别达…，分别增长…: each rate is its own item's change."""
    ms = _run("城镇和农村居民人均可支配收入分别达34525元、18352元，分别增长8.5%、9%。")
    assert ms[(34525, "元")].indicator == "城镇居民人均可支配收入"
    assert ms[(8.5, "%")].indicator == "城镇居民人均可支配收入增长"
    assert ms[(9, "%")].indicator == "农村居民人均可支配收入增长"


def test_people_who_benefit_are_counted_as_such():
    """约6700万人受益: the count of people who benefit (受益人数), not the clause before it."""
    ms = _run("该工程完工后，约6700万人受益。")
    assert ms[(67000000, "人")].indicator == "受益人数"
    assert ms[(67000000, "人")].concept == "people-served"


def test_a_speech_subtitle_dates_a_work_report():
    """——2019年2月16日在…会议上: the report is of that day, so 全年 in its review is 2018."""
    from kg.stages.dates import header_date
    head = ("政府工作报告\n——2019年2月16日在某县第十七届人民代表大会第四次会议上\n各位代表：\n"
            "一、2018年工作回顾\n2018年是爬坡过坎的一年。全年共实现地区生产总值362.7亿元。")
    assert header_date(head) == "2019-02-16"
    ms = _run(head, date="2019-02-16")
    assert ms[(36270000000, "元")].period == "2018"


def test_a_numbered_heading_with_a_year_gives_its_section_the_year():
    """一、2022年财政工作情况 over figures stating no time (a budget report's review): 2022; the
    subheading (一) without a year is passed over; 二、2023年预算草案 gives its plans 2023."""
    ms = _run("关于某区2022年预算执行情况和2023年预算草案的报告\n一、2022年财政工作情况\n"
              "（一）主要政策落实情况。\n兑现组合式税费支持政策17.3亿元，其中留抵退税13.8亿元。\n"
              "二、2023年预算草案\n安排教育支出5.6亿元。\n三、工作措施\n新建学校3所。", date=None)
    assert ms[(1730000000, "元")].period == "2022"
    assert ms[(560000000, "元")].period == "2023"
    assert ms[(3, "所")].period is None


def test_a_count_over_two_joined_times_spans_both():
    """2021年3月…和2021年5月…发生的两起事故: one count over both months; with 分别 each figure
    has its own month, the second taking the first one's year."""
    ms = _run("通报指出，2021年3月城东工地和2021年5月城西工地发生的两起安全事故造成不良影响。", date=None)
    two = ms[(2, "起")]
    assert two.period == "2021-03/2021-05" and two.period_text == "2021年3月和2021年5月"
    ms = _run("2022年5月和6月，全县分别完成投资12亿元和15亿元。", date=None)
    assert ms[(1200000000, "元")].period == "2022-05"
    assert ms[(1500000000, "元")].period == "2022-06"


def test_a_mark_passed_is_no_figure_the_amount_reached_is():
    """上半年全市GDP突破6000亿元，达6465亿元: one figure, 6465亿元 of GDP; a plain 超过 before a
    figure with nothing after it stays an approximate figure."""
    ms = _run("上半年，全市GDP突破6000亿元，达6465亿元，增长9.5%。全县超过3000人参加活动。")
    assert (600000000000, "元") not in ms
    assert ms[(646500000000, "元")].indicator == "GDP"
    assert ms[(3000, "人")].approx


def test_a_share_of_the_years_target_is_the_share_of_the_level_done():
    """1—7月份，…投资完成71.77亿元，同比增长20.4%，完成全年目标的55.2%: the share of the target
    reached by the investment, in January to July (全年 is the target's year, not the figure's)."""
    ms = _run("1—7月份，园区固定资产投资完成71.77亿元，同比增长20.4%，完成全年目标的55.2%。", date="2021-08-20")
    share = ms[(55.2, "%")]
    assert share.indicator == "园区固定资产投资完成全年目标" and share.kind == "share"
    assert share.period == "2021-01/2021-07"


def test_average_and_two_year_average_speed_are_words_not_cuts():
    """高于全省平均1.6个百分点 keeps 平均; 两年均速 is no span of two years counted as a figure."""
    ms = _run("1-8月全市一般公共预算收入同比增长17.6%，高于全省平均1.6个百分点；两年平均增长8.7%，"
              "高于全省两年均速0.9个百分点。", date="2021-10-09")
    assert ms[(1.6, "个百分点")].indicator.endswith("平均")
    assert (2, "年") not in ms
    assert ms[(0.9, "个百分点")].indicator.endswith("两年均速")


def test_the_place_compared_with_is_no_subject():
    """全县…增长6.8%，高于全市平均水平1.2个百分点: the county's figure, the city a yardstick."""
    doc = make_doc("前三季度，全县规模以上工业增加值同比增长6.8%，高于全市平均水平1.2个百分点。",
                   [("全市", "Place", "邯郸市")], place="place-130427", place_name="磁县")
    doc.date = doc.articles[0].date = "2022-11-09"
    make_metrics()(doc)
    ms = {(m.value, m.unit): m for m in doc.metrics}
    assert ms[(1.2, "个百分点")].subject == "place-130427"
    assert ms[(6.8, "%")].subject == "place-130427"


def test_a_count_that_names_what_is_measured_is_no_count():
    """十种有色金属573万吨: the ten nonferrous metals weigh 5.73 million tonnes; 620种产品 is a count."""
    ms = _run("10月份，620种产品中有290种产品产量同比增长。钢材11455万吨，同比增长7.1%；十种有色金属573万吨，增长8.8%。",
              date="2022-11-15")
    assert (10, "种") not in ms
    assert ms[(5730000, "吨")].indicator == "十种有色金属"
    assert ms[(8.8, "%")].indicator == "十种有色金属增长"
    assert ms[(620, "种")].indicator.startswith("产品")
