"""Figures in shapes read on fresh county and town texts (round 19): government work reports,
poverty-alleviation news, budget execution.  共计划投资 is 共 + 计划投资, not 共计 + 划投资; a 大写
numeral alone before a unit that is no money is a character of a name (陆羽社区, not 6 羽); a counted
noun ends at a one-character preposition of cause or invitation that opens a clause of its own
(400名华侨华人应…邀请, 16个市县因灾…), unless the character makes a word with a neighbour (原因, 应用).
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import counted_nouns, figure_table


def _metrics(text: str, date: str | None = "2021-08-06"):
    return figure_table(text, date)


def test_a_lead_word_does_not_split_the_word_after_it():
    """今年全市共计划投资120亿元: 共计 would leave 划投资; 计划 is a word of the indicator."""
    ms = _metrics("今年全市共计划投资120亿元。")
    assert ms[(12000000000, "元")][0] == "计划投资"
    ms = _metrics("全县共计投资88亿元。", None)
    assert ms[(8800000000, "元")][0] == "投资"  # (共计 before another word is still stripped)


def test_a_lone_financial_numeral_before_no_money_unit_is_a_name():
    """陆羽社区共有居民3200人: 陆 is a 大写 six only in sums of money; 陆羽 is a name, no 6 羽."""
    ms = _metrics("陆羽社区共有居民3200人。", None)
    assert not any(unit == "羽" for _, unit in ms)
    assert counted_nouns("伍家岗区新建学校3所。") == [None]
    ms = _metrics("收到捐款伍佰元。", None)
    assert (500, "元") in ms  # (大写 numerals of a sum stay figures)


def test_a_counted_noun_ends_at_a_preposition_of_cause_or_invitation():
    """400名旅俄华侨华人应中国驻俄使馆邀请…, 16个市县因洪涝灾害受灾: the noun counted is the people
    or the places, not the clause that says why they acted or suffered."""
    assert counted_nouns("近日，400名旅俄华侨华人应中国驻俄使馆邀请参加活动。") == ["旅俄华侨华人"]
    assert counted_nouns("全省16个市县因洪涝灾害受灾。") == ["市县"]
    assert counted_nouns("全县1200户群众因灾受损。") == ["群众"]


def test_a_preposition_character_inside_a_word_keeps_the_noun_whole():
    """3个主要原因, 5个智慧应用场景, 12家能源供应企业: 因 and 应 are part of a word there."""
    assert counted_nouns("分析了3个主要原因。") == ["主要原因"]
    assert counted_nouns("建成5个智慧应用场景。") == ["智慧应用场景"]
    assert counted_nouns("引进12家能源供应企业。") == ["能源供应企业"]


def test_a_year_bounding_a_de_clause_dates_the_things_counted():
    """改造2000年以前建成的老旧小区35个: the year says when the estates were built, not when the
    figure holds; a year opening the clause with a comma still is the figure's time."""
    ms = _metrics("全区将改造2000年以前建成的老旧小区35个。", None)
    assert ms[(35, "个")][2] is None
    ms = _metrics("2018年以后新建的学校有12所。", None)
    assert ms[(12, "所")][2] is None
    ms = _metrics("2020年以前，全县建成学校35所。", None)
    assert ms[(35, "所")][2] == "2020"


def test_a_period_compared_with_after_respectively_is_a_basis():
    """猪、牛存栏分别较一季度回升2.9个、23.9个百分点: 较一季度 is a basis like 较上年; each item is
    measured against it (猪存栏…, 牛存栏…), not both figures given to the last item."""
    ms = _metrics("一季度末，全省猪、牛存栏分别较一季度回升2.9个、23.9个百分点。")
    assert ms[(2.9, "个百分点")][0] == "猪存栏较一季度回升"
    assert ms[(23.9, "个百分点")][0] == "牛存栏较一季度回升"
    ms = _metrics("全省猪、牛存栏分别比2020年增长2.9%、23.9%。", None)  # (a year's digits are no figure)
    assert ms[(2.9, "%")][0] == "猪存栏比2020年增长"


def test_a_noun_holding_dui_is_one_word_of_the_noun_counted():
    """纳入1200名监测对象, 5个对口帮扶县: 对 ends no noun inside 对象 or 对口 (监测 was read)."""
    assert counted_nouns("全县纳入1200名监测对象。") == ["监测对象"]
    assert counted_nouns("结对帮扶5个对口帮扶县。") == ["对口帮扶县"]
    assert counted_nouns("38名干部对村民开展培训。") == ["干部"]  # (对 after a noun still ends it)


def test_a_lead_verb_joined_to_the_next_stays_with_it():
    """新建和维修水闸15座: 新建 is joined by 和 to 维修, both name what was done; stripping 新建
    alone left 和维修水闸."""
    ms = _metrics("新建和维修水闸15座。", None)
    assert ms[(15, "座")][0] == "新建和维修水闸"
    ms = _metrics("新建水闸15座。", None)
    assert ms[(15, "座")][0] == "水闸"


def test_the_adverb_wending_ends_the_noun_once_it_has_begun():
    """近700万监测对象稳定消除风险: 稳定 is how the risk was removed, no part of the people counted;
    a noun that begins with it (稳定就业基地) or holds it as a noun (社会稳定风险评估) stays whole."""
    assert counted_nouns("累计帮扶近700万监测对象稳定消除风险。") == ["监测对象"]
    assert counted_nouns("建成5个稳定就业基地。") == ["稳定就业基地"]
    assert counted_nouns("开展12项社会稳定风险评估。") == ["社会稳定风险评估"]


def test_two_counts_joined_by_he_share_a_head_only_when_their_modifiers_match():
    """为27名孤儿和76名事实无人抚养儿童…: two whole nouns (孤儿无人抚养儿童 was read); 6座大型及8座
    中型水库 and 3个国家级和5个省级开发区 share their head (the modifiers end alike: 型, 级)."""
    ms = _metrics("为全县27名孤儿和76名事实无人抚养儿童发放基本生活费。", None)
    assert ms[(27, "名")][0] == "孤儿"
    ms = _metrics("全市有3个国家级和5个省级开发区。", None)
    assert ms[(3, "个")][0] == "国家级开发区"
    ms = _metrics("对上游6座大型及8座中型水库，精准预报。", None)
    assert ms[(6, "座")][0] == "大型水库"


def test_a_figure_nothing_names_is_no_unit():
    """实到172名, 投入135亿元: with nothing left to name them, a count of people is 人数 and a sum
    of money 金额; the unit (名, 元) names no measure."""
    ms = _metrics("会议应到180名，实到172名。", None)
    assert ms[(172, "名")][0] == "人数"
    ms = _metrics("发放资金2.3亿元；投入135亿元，全力抓好60件民生实事。", None)
    assert ms[(13500000000, "元")][0] == "金额"


def test_a_net_change_after_a_level_is_the_levels():
    """两税收入386.6亿元，净增50亿元 / 净增长12.5%: 净增 is a change verb like 增加, 净 a qualifier
    like 实际; the change is the level's (两税收入净增), not a measure called 净增."""
    ms = _metrics("两税收入386.6亿元，净增50亿元。", None)
    assert ms[(5000000000, "元")][0] == "两税收入净增"
    ms = _metrics("全县市场主体2.1万户，净增长12.5%。", None)
    assert ms[(12.5, "%")][0] == "市场主体净增长"
