"""Review of round 29's figure rules: false facts they made on local releases, notices and
bulletins.  Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def test_a_national_organ_as_source_keeps_a_local_articles_own_place():
    """临泉县2023年粮食生产再获丰收⏎根据国家统计局反馈数据，…: the county's article quotes the national
    bureau for its own harvest; the national-source rule made it China's.  A wire dateline's
    capital (新华社北京…电) is no place of the article's own; 全国 in the sentence, or a national organ
    that acts (经…审核，拟认定) rather than vouches for the data, still makes the figure the country's."""
    ms = figure_table("临泉县2023年粮食生产再获丰收\n根据国家统计局反馈数据，2023年粮食总产量达到45.6万吨，"
                      "比上年增长2.1%。", "2024-01-20")
    assert ms[(456000, "吨")][1] == "临泉县"
    assert ms[(2.1, "%")][1] == "临泉县"
    ms = figure_table("宁波市外贸运行情况\n据海关总署统计，前5个月进出口总额5600亿元。", "2024-06-20")
    assert ms[(560000000000, "元")][1] == "宁波市"
    ms = figure_table("宁波市外贸运行情况\n据海关总署统计，前5个月全国进出口总额17.5万亿元。", "2024-06-20")
    assert ms[(17500000000000, "元")][1] == "中国"
    ms = figure_table("宁波市外贸运行情况\n海关总署数据显示，前5个月进出口总额5600亿元。", "2024-06-20")
    assert ms[(560000000000, "元")][1] == "宁波市"
    ms = figure_table("新华社北京1月17日电 记者从国家统计局获悉，2023年粮食总产量69541万吨。", "2024-01-20")
    assert ms[(695410000, "吨")][1] == "中国"
    # 经中央农办、农业农村部等5部门共同审核，拟认定100个乡(镇)…: the organs act (no 据, no 数据显示), the
    # count is the country's though the article is the city's; 外交部发言人在北京表示：已有151个国家… —
    # 北京 where he spoke is no place of the article's own
    ms = figure_table("本报济宁讯 农业农村部发布公示通知。济宁市邹城市唐村镇入选候选名单。\n"
                      "经中央农办、农业农村部等5部门共同审核，拟认定100个乡(镇)为示范乡镇。", "2020-12-04")
    assert ms[(100, "个")][1] == "中国"
    ms = figure_table("外交部发言人15日在北京表示：现在已有151个国家领导人向中国表达慰问。", "2024-01-20")
    assert ms[(151, "个")][1] == "中国"


def test_a_record_verb_inside_another_word_marks_no_threshold():
    """全市加快打造科技创新高地，实现1200亿元: 创新高 inside 创新高地 is no record set, so the clause
    before (加快打造科技) was taken as what the amount measures.  再创新高 before a comma still is."""
    ms = figure_table("全市加快打造科技创新高地，实现1200亿元。", "2024-06-20")
    assert ms[(120000000000, "元")][0] != "加快打造科技"
    ms = figure_table("全县以项目建设为突破口，完成投资35亿元。", "2024-06-20")
    assert ms[(3500000000, "元")][0] != "全县以项目建设为"
    ms = figure_table("今年前三季度，福建省外贸进出口再创新高，达到9314.4亿元。", "2020-10-14")
    assert ms[(931440000000, "元")][0] == "外贸进出口"


def test_a_title_month_just_after_the_publication_is_the_coming_month():
    """关于做好6月份防汛工作的通知 published on 28 May: 6月份 is the coming June, so 当月 is 2024-06;
    any title month after the publication was rolled back a year (2023-06).  A December report
    published in January is still last December."""
    ms = figure_table("关于做好6月份防汛工作的通知\n当月，全市降雨量达到200毫米。", "2024-05-28")
    assert ms[(200, "毫米")][2] == "2024-06"
    ms = figure_table("12月份全市经济运行情况\n当月，全市规上工业增加值增长5.1%。", "2024-01-20")
    assert ms[(5.1, "%")][2] == "2023-12"


def test_a_number_of_quarters_after_lianxu_is_no_quarter():
    """规上工业增加值连续2季度保持增长: 连续2季度 counts quarters (the bare 2季度 row read it as the
    second quarter, 2024-04/2024-06); 近3季度, 每1季度 the same.  2季度 alone stays the quarter."""
    ms = figure_table("规上工业增加值连续2季度保持增长，增长6.1%。", "2024-07-20")
    assert ms[(6.1, "%")][2] != "2024-04/2024-06"
    ms = figure_table("全县近3季度累计完成投资12亿元。", "2024-10-20")
    assert ms[(1200000000, "元")][2] != "2024-07/2024-09"
    ms = figure_table("今年2季度，规上工业增加值增长6.1%。", "2024-07-20")
    assert ms[(6.1, "%")][2] == "2024-04/2024-06"
