"""metrics42: figures of round 41's fresh texts (/tmp/s25/fresh, /tmp/s24/src40-*): a page's view counter
under its date stamp, a count of a whole closed by 中 before a comma, a modal verb after a counted noun,
attendance (应到), 国家和地区 and a 、-list of modifiers before a counted noun, a span closed by its noun,
the time a change starts from, the parts of a 其中 run of a table and a class's label."""
from __future__ import annotations

from conftest import figure_table


def test_a_bare_count_under_the_page_stamp_is_its_view_counter():
    """生态环境部 briefing page (2019-08-30 09:57 ⏎ 1679次): the page's counter, no figure (was 1679 次)."""
    got = figure_table("生态环境部2019年7月例行新闻发布会实录\n\n2019-08-30 09:57\n1679次\n\n"
                       "7月26日，生态环境部举行7月例行新闻发布会。", "2019-08-30")
    assert (1679, "次") not in got, got


def test_a_whole_closed_by_a_locative_before_a_comma_is_the_counted_noun():
    """厦门 schools: 120个项目中，计划竣工46个: 120 项目 (was 项目中: 目中 is a rare word, 项目 a common one)."""
    got = figure_table("厦门推进学校项目建设\n2023年，厦门将推进120个教育补短板项目。120个项目中，计划竣工46个，续建33个。",
                       "2023-02-01")
    assert all(v[0] != "项目中" for v in got.values()), got


def test_a_modal_verb_after_a_counted_noun_ends_it():
    """安陲乡: 全乡13个行政村中，有10个村要架桥才能通路: 10 村 (was 村要架桥才能通路)."""
    got = figure_table("安陲乡交通变化\n全乡13个行政村中，有10个村要架桥才能通路。", "2020-01-01")
    assert got[(10, "个")][0] == "村", got


def test_attendance_should_be_is_one_verb():
    """鄂托克前旗政协: 出席大会的委员应到128名，实到委员122名 (was 出席大会的委员应)."""
    got = figure_table("政协全体会议开幕\n出席大会的委员应到128名，实到委员122名，符合《政协章程》规定。", "2021-01-10")
    assert got[(128, "名")][0] == "出席大会的委员应到", got


def test_countries_and_regions_and_a_list_of_modifiers_before_the_counted_noun():
    """外交部: 来自90多个国家和地区的1700余名政、商、学、媒体界代表将参会: 90 国家和地区, 1700 代表 (was 国家,
    和地区)."""
    got = figure_table("外交部发言人答记者问\n来自90多个国家和地区的1700余名政、商、学、媒体界代表将参会。", "2025-06-23")
    assert got[(90, "个")][0] == "国家和地区", got
    assert got[(1700, "名")][0].endswith("代表"), got


def test_a_span_closed_by_its_noun_after_de_is_no_figure():
    """盐池县: 在三天的时间里，媒体记者将针对…进行采访调研 — the stretch of the clause (was 3 天 时间里时间)."""
    got = figure_table("主题采访活动启动\n本次主题采访活动由盐池县委网信办主办。在三天的时间里，媒体记者将针对产城融合等选题进行采访调研。",
                       "2021-06-01")
    assert (3, "天") not in got, got


def test_the_time_a_change_starts_from_is_no_part_of_the_indicator():
    """怀化 county bulletin: 产业结构构成由上年的22.26%、28.63%和49.11%调整为… (was 产业结构构成由上年)."""
    got = figure_table("2023年国民经济和社会发展统计公报\n产业结构不断调整，产业结构构成由上年的22.26%、28.63%和49.11%"
                       "调整为21.35%、27.92%和50.73%。", "2024-03-01")
    assert got[(22.26, "%")][0] == "产业结构构成", got


TABLE = ("2021年国民经济和社会发展统计公报\n2021年末全县户籍总人口为83.30万人。\n表1 2021年末户籍人口数及构成情况\n"
         "指标 | 年末数(人) | 比重(%) |\n全县户籍总人口 | 832955 | 100 |\n其中:城镇 | 217319 | 26.09 |\n"
         "乡村 | 615636 | 73.91 |\n其中:男性 | 441724 | 53.03 |\n女性 | 391231 | 46.97 |\n")


def test_the_rows_of_a_breakdown_that_add_up_to_the_total_are_its_parts():
    """A county bulletin's table: 其中:城镇 | 217319 is read, and 乡村 | 615636, 女性 | 391231 (with 城镇, 男性
    adding up to 832955) are parts of 户籍总人口 (was no 城镇 figure, 乡村 alone)."""
    got = figure_table(TABLE, "2022-03-01")
    assert got[(217319, "人")][0] == "户籍总人口（城镇）", got
    assert got[(615636, "人")][0] == "户籍总人口（乡村）", got
    assert got[(615636, "人")][2] == "2021-12-31", got  # the caption's time (a 其中 row above is no prose)
    assert got[(391231, "人")][0] == "户籍总人口（女性）", got
    new_total = figure_table("公报\n指标 | 绝对数(亿元) |\n一般公共预算收入 | 100 |\n其中:税收收入 | 80 |\n"
                             "一般公共预算支出 | 300 |\n", "2022-03-01")
    assert new_total[(30000000000, "元")][0] == "一般公共预算支出", new_total  # (no sum: a new total)
    assert new_total[(8000000000, "元")][0] == "一般公共预算收入（税收收入）", new_total


def test_a_class_label_before_its_noun_is_no_figure():
    """安溪 police: 抓获九类涉恶案件在逃人员5人 and 郫都: 部分社区三类地块进行整治 — labels of a class, no count
    (was 9 类 涉恶案件, 3 类 地块); 在逃人员 keeps its own clause, 在八类…指数中 still counts 8."""
    got = figure_table("通报\n破获涉黑案件20起、刑事拘留27人，抓获九类涉恶案件在逃人员5人。", "2018-06-01")
    assert (9, "类") not in got and got[(5, "人")][0] == "在逃人员", got
    got = figure_table("调研\n特别是对北街社区提出的将部分社区三类地块进行整治给予重点支持。", "2018-06-01")
    assert (3, "类") not in got, got
    got = figure_table("物价\n11月份，在八类居民消费品价格指数中，食品烟酒类价格上涨1.1%。", "2019-12-01")
    assert got[(8, "类")][0] == "居民消费品价格指数", got


def test_the_previous_year_of_an_undated_bulletin_is_the_year_before_the_one_it_tells():
    """怀化 county bulletin with no date, its lead 2023年是…开局之年: 由上年的22.26% is 2022's (was no period)."""
    got = figure_table("2023年是全面贯彻党的二十大精神的开局之年，全县经济恢复发展。\n一、综合\n"
                       "初步测算，全年完成地区生产总值221.23亿元，比上年同期增长5.0%。产业结构不断调整，"
                       "产业结构构成由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。", None)
    assert got[(22.26, "%")][2] == "2022", got
    assert got[(21.35, "%")][2] == "2023", got
