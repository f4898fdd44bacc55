"""Figures in shapes read on fresh county work reports and foreign-affairs statements (round 16):
a clause after one that ranks the county in its province (走在全省前列；…完成投资额66亿元), a
scope word listed after a compared one (分别比全省、全市高), a counted noun holding a word that
elsewhere ends a noun (维和人员, 高等院校, 违法行为), and the years of a document's name
(《2018至2040年国家发展战略》, 2030年前国家发展战略) given to no figure.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import counted_nouns, figure_table


def _metrics(text: str, date: str | None = "2023-03-04"):
    return figure_table(text, date)


def _counted(text: str) -> list[str | None]:
    return counted_nouns(text)


_HEAD = "某县政府工作报告\n永德县位于云南省西南部。\n"


def test_a_ranking_yardstick_gives_no_subject_to_the_next_clause():
    """农村公路建设走在全省前列，…；招商引资完成投资额66亿元: the province is where the county
    ranks, the figures after it are the county's."""
    ms = _metrics(_HEAD + "2022年，永德县交通建设取得新进展，农村公路建设里程走在全省前列，"
                  "2022年完成硬板路建设431公里；招商引资工作稳步推进，2022年招商引资完成投资额66亿元。")
    assert ms[(431, "公里")][1] == "永德县"
    assert ms[(6600000000, "元")][1] == "永德县"


def test_other_ranking_places_are_yardsticks_too():
    """名列全省前茅, 位居全省首位: the same, with the other words for a place in a ranking."""
    ms = _metrics(_HEAD + "2022年，永德县粮食产量名列全省前茅；蔗糖产量达到12万吨。")
    assert ms[(120000, "吨")][1] == "永德县"


def test_a_scope_word_listed_after_a_compared_one_is_a_yardstick():
    """增速分别比全省、全市高1个和0.8个百分点；实际利用外资3.21亿元: 全市 is compared as 全省 is,
    the next clause's figures are the county's."""
    ms = _metrics("某县政府工作报告\n郁南县位于广东省云浮市。\n2022年郁南县实现地区生产总值140.45亿元，"
                  "增速分别比全省、全市高1个和0.8个百分点；实际利用外资3.21亿元。")
    assert ms[(321000000, "元")][1] == "郁南县"


def test_a_counted_noun_holding_a_cut_word_stays_whole():
    """2000多名维和人员, 3所高等院校, 5起违法行为: 和, 等, 为 are no conjunction or copula inside
    these words; a real conjunction still ends the noun."""
    assert _counted("中国有2000多名维和人员在世界各地开展工作。") == ["维和人员"]
    assert _counted("全省共有3所高等院校。") == ["高等院校"]
    assert _counted("查处5起违法行为。") == ["违法行为"]
    assert _counted("建成10个和谐社区。") == ["和谐社区"]
    assert _counted("建成3个站点和2个中心。") == ["站点", "中心"]


def test_the_counted_noun_is_the_indicator_not_the_country():
    """中国有2000多名维和人员…: the peacekeepers are counted, the country is the subject."""
    ms = _metrics("外交部发言人表示\n中国有2000多名维和人员在世界各地开展工作。", date="2019-06-14")
    assert ms[(2000, "名")][:2] == ("维和人员", "中国")


def test_the_years_of_a_documents_name_are_no_figures_time():
    """对接《2018至2040年国家发展战略》, 塔2030年前国家发展战略: a document's horizon, not the time
    of the cooperation documents signed after it."""
    ms = _metrics("中方与吉方签署合作文件\n双方将加强“一带一路”倡议同吉《2018至2040年国家发展战略》、"
                  "塔2030年前国家发展战略的深度对接。中方共签署了20多份合作文件。", date="2019-06-14")
    assert ms[(20, "份")][2] is None
    ms = _metrics("通知\n会议指出，根据《2021-2025年发展规划》，该市新建学校12所。", date="2019-05-10")
    assert ms[(12, "所")][2] is None


def test_a_years_strategy_still_dates_its_figures():
    """2023年全县经济发展战略…: one year, no horizon, keeps dating the sentence's figures."""
    ms = _metrics("某县政府工作报告\n2023年，该县实施产业发展战略，全年新建学校12所。", date="2024-01-10")
    assert ms[(12, "所")][2] == "2023"


def test_places_counted_before_their_output_or_investment():
    """3个自治州固定资产投资达1346.02亿元: the prefectures are counted, the next figure is their
    fixed-asset investment (not 投资 alone, nor a count of 自治州固定资产)."""
    ms = _metrics("某省民族地区经济发展情况\n上半年，3个自治州固定资产投资达1346.02亿元，"
                  "3个自治州地区生产总值达895.39亿元。", date="2014-08-23")
    assert ms[(134602000000, "元")][0] == "固定资产投资"
    assert ms[(89539000000, "元")][0] == "地区生产总值"
    assert ms[(3, "个")][0] == "自治州"
