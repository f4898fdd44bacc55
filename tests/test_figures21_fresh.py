"""Figures in shapes read on fresh welfare news, statistics releases and poverty-alleviation reports
(round 21): a benefit standard raised to an amount per person and month (提高到每人每月650元,
提标到人均每月220元), a count of divisions after the status they gained (摘帽28个县), a counted
whole closed by a locative (41个大类行业中有…, 在八类…指数中，…) and an official industry name with
、 inside set off from the next item by a comma (信息传输、软件和信息技术服务业，金融业…分别增长).
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-12-05"):
    return figure_table(text, date)


def test_a_standard_raised_per_person_and_month_names_the_standard():
    """城市低保标准提高到每人每月650元: 每月 is how often, 每人 whom for and 提高到 the raise — the
    indicator is the standard (城市低保标准), never 城市低保标准提高到每人; 提标 (raise the standard)
    closing the name leaves the standard itself (农村低保标准)."""
    ms = _metrics("今年，城市低保标准提高到每人每月650元。")
    assert ms[(650, "元")][0] == "城市低保标准"
    ms = _metrics("今年，特困人员基本生活标准提高至每人每年9000元。")
    assert ms[(9000, "元")][0] == "特困人员基本生活标准"
    ms = _metrics("今年，农村低保提标到人均每月220元。")
    assert ms[(220, "元")][0] == "农村低保标准"
    ms = _metrics("城镇新增就业每年超过900万人。")  # (a rate with no per-person word: as before)
    assert ms[(9000000, "人")][0] == "城镇新增就业"


def test_a_count_of_divisions_after_their_new_status_counts_the_marked_ones():
    """2016年摘帽28个县: the 28 are the counties taken off the poverty list (摘帽县), not all the
    country's 县; so 脱贫出列120个村 (出列村). A bare count (辖12个县) keeps 县."""
    ms = _metrics("832个贫困县中，2016年摘帽28个县。")
    assert ms[(28, "个")][0] == "摘帽县"
    ms = _metrics("全省去年脱贫出列120个村。")
    assert ms[(120, "个")][0] == "脱贫出列村"
    ms = _metrics("全市共有12个县。")
    assert ms[(12, "个")][0] == "县"


def test_a_counted_whole_closed_by_a_locative_drops_the_locative():
    """41个大类行业中有37个行业增长: 中有 closes the whole the next count is part of (大类行业, not
    大类行业中); 在八类居民消费品价格指数中，…: after 在 the 中 closes a scope (居民消费品价格指数)."""
    ms = _metrics("1—2月份，41个大类行业中有37个行业增加值同比增长。")
    assert ms[(41, "个")][0] == "大类行业"
    ms = _metrics("11月份，在八类居民消费品价格指数中，食品烟酒类价格上涨1.1%。")
    assert ms[(8, "类")][0] == "居民消费品价格指数"
    ms = _metrics("全县共有初中，高中学校12所。")  # (初中 is a word: no locative to drop)
    assert all(not v[0].endswith("初") for v in ms.values())


def test_an_official_name_set_off_by_a_comma_is_an_item_of_the_list():
    """信息传输、软件和信息技术服务业，金融业生产指数分别增长10.1%和5.6%: the first industry's name
    has 、 inside, so a comma parts it from the next; each figure measures its own industry. A clause
    before the comma that is no such name stays out (全市加大投入，…)."""
    ms = _metrics("1—11月份，信息传输、软件和信息技术服务业，金融业生产指数分别增长10.1%和5.6%。")
    assert ms[(10.1, "%")][0] == "信息传输、软件和信息技术服务业生产指数增长"
    assert ms[(5.6, "%")][0] == "金融业生产指数增长"
    ms = _metrics("全市加大投入，金融业生产指数分别增长3.1%和2.6%。")
    assert ms[(3.1, "%")][0] != "加大投入生产指数增长"


def test_the_from_year_of_a_change_sets_no_time_for_what_follows():
    """贫困人口从2012年的9899万人减少到2018年的1660万人，连续6年平均每年减贫1300多万人。832个贫困县…:
    the period words hold the 从 (从2012年), and that year is only the change's starting level's —
    the yearly average goes on from the change's end (2018), and the next sentence takes no 2012."""
    ms = _metrics("贫困人口从2012年的9899万人减少到2018年的1660万人，连续6年平均每年减贫1300多万人。"
                  "832个贫困县全部摘帽。", "2019-03-07")
    assert ms[(13000000, "人")][2] == "2018"
    assert ms[(832, "个")][2] != "2012"
    assert ms[(98990000, "人")][2] == "2012"  # (the starting level keeps its own year)
    ms = _metrics("2020年，全区完成脱贫任务。全区12个贫困县全部摘帽。", "2021-01-05")
    assert ms[(12, "个")][2] == "2020"  # (a year opening the sentence before still sets it)


def test_points_pulled_after_an_items_change_are_the_items():
    """汽车制造业同比增长11.6%，拉动全市规模以上工业1.3个百分点: the points are what the industry
    adds to the whole's growth — 汽车制造业拉动规模以上工业, not the whole's own name; so 影响CPI下降
    after a price's change (食品烟酒类价格影响CPI下降) and 拉动 after a share of growth
    (消费对经济增长的贡献率 → 消费拉动经济增长). A level before it (城镇化率为60%) names no item."""
    ms = _metrics("1—7月份，汽车制造业同比增长11.6%，拉动全市规模以上工业1.3个百分点。", "2025-08-20")
    assert ms[(1.3, "个百分点")][0] == "汽车制造业拉动规模以上工业"
    ms = _metrics("2月份，食品烟酒类价格同比下降0.1%，影响CPI下降约0.03个百分点。", "2024-03-11")
    assert ms[(0.03, "个百分点")][0] == "食品烟酒类价格影响CPI下降"
    ms = _metrics("上半年，消费对经济增长的贡献率为60%，拉动经济增长3.1个百分点。", "2024-07-20")
    assert ms[(3.1, "个百分点")][0] == "消费拉动经济增长"
    ms = _metrics("上半年，全县城镇化率为60%，拉动经济增长3.1个百分点。", "2024-07-20")
    assert not ms[(3.1, "个百分点")][0].startswith("城镇化率")
    ms = _metrics("第一产业拉动经济增长0.5个百分点。", "2024-07-20")  # (the item named in its clause)
    assert ms[(0.5, "个百分点")][0] == "第一产业拉动经济增长"


def test_rates_after_a_list_that_kept_growing_are_the_items_rates():
    """新材料产业、电子信息产业、航空航天产业保持增长，增速分别为4.6%、2.2%和0.5%: the clause of rates
    names only 增速; the k-th rate is the k-th item's (新材料产业增速), never a bare 增速 for all. A
    clause naming one thing (全市工业保持增长) is no list."""
    ms = _metrics("1—7月份，新材料产业、电子信息产业、航空航天产业保持增长，增速分别为4.6%、2.2%和0.5%。",
                  "2025-08-20")
    assert ms[(4.6, "%")][0] == "新材料产业增速"
    assert ms[(2.2, "%")][0] == "电子信息产业增速"
    assert ms[(0.5, "%")][0] == "航空航天产业增速"
    ms = _metrics("1—7月份，全市工业保持增长，增速分别为4.6%、2.2%。", "2025-08-20")
    assert ms[(4.6, "%")][0] == "增速"


def test_a_table_scraped_with_cell_bars_gives_each_row_its_label():
    """A statistics table scraped as text keeps its cell bars: 地区生产总值（亿元） | 2856.3 | 5.2 on
    one line, or each cell on a line of its own (地区生产总值（亿元） |⏎285.6 |⏎5.2 |). The first
    figure after the label is in the label's unit (亿 → 亿元) and measures the label; the period is
    the table's title's. A bare number in prose after a bar stays unread."""
    text = ("某县2024年上半年主要经济指标\n指标 |\n数值 |\n增速 |\n地区生产总值（亿元） |\n285.6 |\n5.2 |\n"
            "一般公共预算收入（亿元） |\n18.4 |\n3.1 |\n")
    ms = _metrics(text, "2024-07-20")
    assert ms[(28560000000, "元")][0] == "地区生产总值"
    assert ms[(28560000000, "元")][2] == "2024-01/2024-06"
    assert ms[(1840000000, "元")][0] == "一般公共预算收入"
    text = "某市2024年上半年主要经济指标\n指标 | 数值 | 增速\n社会消费品零售总额（亿元） | 1120.5 | 4.1\n"
    ms = _metrics(text, "2024-07-21")
    assert ms[(112050000000, "元")][0] == "社会消费品零售总额"
    ms = _metrics("会议强调 | 2024年要抓好三件事。", "2024-07-21")
    assert not any(u == "元" for _v, u in ms)


def test_a_second_respectively_comparing_the_listed_rates_pairs_them_again():
    """高技术产业和装备制造业增加值同比分别增长10.6%和9.1%，增速分别比规模以上工业快4.6和3.1个百分点:
    the second 分别 compares the two items' rates with one yardstick, so each gap is its item's
    (高技术产业增加值增速比规模以上工业快), never the last item's for both; 分别 itself is no part of
    any stated indicator."""
    ms = _metrics("前三季度，高技术产业和装备制造业增加值同比分别增长10.6%和9.1%，"
                  "增速分别比规模以上工业快4.6和3.1个百分点。", "2016-10-19")
    assert ms[(4.6, "个百分点")][0] == "高技术产业增加值增速比规模以上工业快"
    assert ms[(3.1, "个百分点")][0] == "装备制造业增加值增速比规模以上工业快"
    ms = _metrics("1—4月份，高技术制造业、装备制造业增加值分别增长11.8%、9.3%，"
                  "分别比规模以上工业快4.8和3.3个百分点。", "2018-05-15")
    assert ms[(4.8, "个百分点")][0] == "高技术制造业增加值增长比规模以上工业快"
    ms = _metrics("前三季度，全市地区生产总值同比增长4.2%，增速分别高于全国、全省1.2个、0.5个百分点。",
                  "2022-10-28")
    assert all("分别" not in v[0] for v in ms.values())


def test_a_holiday_naming_an_allowance_is_no_period():
    """农村低保金1342.6万元，其中，春节补贴576.6万元: 春节补贴 is a kind of allowance (paid for the
    festival), so the holiday stays in the indicator and sets no time; 春节期间，…发放补贴 keeps its
    time."""
    ms = _metrics("发放第一季度农村低保金1342.6万元，其中，春节补贴576.6万元。", "2024-04-10")
    assert ms[(5766000, "元")][0] == "春节补贴"
    ms = _metrics("春节期间，全县发放补贴20万元。", "2024-04-10")
    assert ms[(200000, "元")][2] == "2024-02"


def test_people_picked_from_a_pool_are_counted_by_the_picking():
    """从优秀村干部中遴选出100人: 从…中 names the pool and 出 closes the verb — the 100 are the
    picked (遴选优秀村干部), never 从优秀村干部中遴选出 nor 中遴选出 (after a counted pool:
    2800多名县（市、区）委书记中遴选出100人 → 遴选县（市、区）委书记). A verb with its own noun keeps it (招录选调生)."""
    ms = _metrics("今年，全县从优秀村干部中遴选出100人。", "2024-04-10")
    assert ms[(100, "人")][0] == "遴选优秀村干部"
    ms = _metrics("20年前，中央从2800多名县（市、区）委书记中遴选出100人。", "2015-11-04")
    assert ms[(100, "人")][0] == "遴选县（市、区）委书记"
    ms = _metrics("全省从高校毕业生中招录选调生500名。", "2024-04-10")
    assert ms[(500, "名")][0] == "招录选调生"


def test_people_written_with_a_magnitude_alone_are_in_persons():
    """户籍人口86.3万, 再减少农村贫困人口1000万左右: a count of people written with 万 and no unit
    (the noun before it says what is counted) is in 人; an area with its unit left out
    (商品房销售面积4.23万) gets none."""
    ms = _metrics("2023年末，全县户籍人口86.3万。", "2024-04-10")
    assert (863000, "人") in ms
    ms = _metrics("2019年将继续确保再减少农村贫困人口1000万左右。", "2018-12-30")
    assert (10000000, "人") in ms
    ms = _metrics("全年商品房销售面积4.23万。", "2024-04-10")
    assert (42300, "") in ms
