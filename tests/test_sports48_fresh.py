"""Round 48 (sports48): sports, youth and culture news from fresh texts of /tmp/s26/fresh/sports48
(省运会 reports of 温州, 威海, 南京 and 天水, 团长春市委, 宜宾市文联, 桓台县运动会): medals counted in 枚 and
works in 幅, no count of people from a game's format (五人制), no event named by a run that goes
past the games' own name (第十三届运动会完成所有比赛), and the Youth League's committee of a city whose
name opens with 长 after 团 (团长春市委: no post 团长)."""
from __future__ import annotations

from conftest import extract_text, figure_table, relation_pairs


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_medals_are_counted_in_mei():
    """温州网 (08): 温州代表团最终获得147.25枚金牌、110枚银牌、131.5枚铜牌 (base: no figure, 枚 was no unit)."""
    table = figure_table("温州代表团第十七届省运会成绩\n温州网讯 第十七届省运会所有比赛项目11月27日落下帷幕,"
                         "温州代表团最终获得147.25枚金牌、110枚银牌、131.5枚铜牌,总分4157.5分。", "2022-11-28")
    assert table.get((147.25, "枚"), (None,))[0] == "金牌", table
    assert table.get((110.0, "枚"), (None,))[0] == "银牌", table
    assert table.get((131.5, "枚"), (None,))[0] == "铜牌", table


def test_a_gold_medal_total_in_mei():
    """青岛新闻网 (09): 威海代表团…获得48枚金牌,加上优秀运动员组的成绩,金牌总数达到了92.5枚 (base: neither)."""
    table = figure_table("威海代表团省运会金牌总数达到92.5枚\n威海代表团在本届省运会青少年组比赛中获得48枚金牌,"
                         "加上优秀运动员组的成绩,金牌总数达到了92.5枚,创造了历史最好成绩。", "2010-09-27")
    assert table.get((48.0, "枚"), (None,))[0] == "金牌", table
    assert table.get((92.5, "枚"), (None,))[0] == "金牌总数", table


def test_works_shown_are_counted_in_fu():
    """宜宾市文联 (15): 本次展出的125幅书画作品 (base: no figure, 幅 was no unit)."""
    table = figure_table("全国书画名家小品邀请展在宜宾展出\n由宜宾市文联主办的邀请展在宜宾市展出。"
                         "本次展出的125幅书画作品,绝大部分出自中国美协和中国书协会员之手。", "2018-09-20")
    assert table.get((125.0, "幅"), (None,))[0] == "书画作品", table


def test_a_games_format_is_no_count_of_people():
    """鲁中网 (14): 随后进行了田径、广播体操、足球射门、手榴弹投掷、五人制足球比赛 (base: a figure 制足球比赛 5 人)."""
    table = figure_table("桓台县第四届运动会开幕\n山东省淄博市桓台县第四届运动会开幕。随后进行了田径、广播体操、足球射门、"
                         "手榴弹投掷、五人制足球比赛。", "2019-09-26")
    assert (5.0, "人") not in table, table


def test_the_games_name_does_not_run_into_the_clause_after_it():
    """天天天水网 (07): 甘肃省第十三届运动会完成所有比赛 (base: a programme 运动会完成所有比赛); 温州网 (08):
    第十七届省运会所有比赛项目11月27日落下帷幕 (base: a programme 省运会所有比赛)."""
    doc = extract_text("我市代表团在省运会上收获金牌\n8月21日下午,甘肃省第十三届运动会完成所有比赛,"
                       "我市代表团收获金牌和团体总分第三。第十七届省运会所有比赛项目11月27日落下帷幕。")
    names = _programmes(doc)
    assert not any("所有比赛" in n for n in names), names


def test_the_youth_league_committee_of_changchun():
    """中国青年报 (06): 3月21日,团长春市委举办长春市青年志愿服务重点项目发布会 (base: no committee and no place
    there: the post 团长 was read over 长春市's first character)."""
    doc = extract_text("团长春市委举办青年志愿服务重点项目发布会\n3月21日,团长春市委举办长春市青年志愿服务重点项目发布会"
                       "暨第二届长春市青年志愿服务项目大赛启动仪式。")
    assert ("共青团长春市委", "长春市") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")


def test_an_armed_police_guard_makes_no_national_figure():
    """宁国传媒网 (16): 武警战士迈着健步,护卫着国旗和会旗率先进场,接着裁判员方阵、7个县市区代表团方阵…依次进场
    (base: the 7 delegations were 中国's, the national organ 武警 read as acting on the figure)."""
    table = figure_table("我市组团参加宣城市第三届全民健身运动会开幕式\n10月16日上午,宣城市第三届全民健身运动会开幕式在宣城市"
                         "体育馆举行。开幕式上,首先进行了入场仪式。在激昂的乐曲声中,武警战士迈着健步,护卫着国旗和会旗率先进场,"
                         "接着裁判员方阵、7个县市区代表团方阵、市直单位代表团方阵依次进场。", "2021-10-19")
    assert table.get((7.0, "个"), (None, None))[1] == "宣城市", table


def test_an_events_stretch_is_no_part_of_the_indicator():
    """中国体育网 (04): 活动期间全省将举办各类全民健身赛事活动800多场 (base: indicator 活动期间全省将举办各类…)."""
    table = figure_table("2023年全国全民健身日主题活动在安徽合肥启动\n2023年全国全民健身日主题活动在安徽省合肥市举行。"
                         "活动期间全省将举办各类全民健身赛事活动800多场,参与群众达预计达36万以上。", "2023-08-08")
    indicator = table.get((800.0, "场"), ("",))[0]
    assert indicator.endswith("全民健身赛事活动") and "期间" not in indicator, table


def test_a_quoted_media_account_is_no_programme():
    """奇宝库 (03): 广大市民可通过“上海体育”政务微信查看相关名单 (base: a programme 上海体育 implemented in 上海市)."""
    doc = extract_text("赵丽娜等出任上海“体育宣传周”科学健身推广大使\n8月8日“全民健身日”当天,上海市将有近800处公共体育场馆"
                       "向市民免费开放,广大市民可通过“上海体育”政务微信查看相关名单。")
    assert "上海体育" not in _programmes(doc), _programmes(doc)


def test_teams_sharing_out_prizes_are_counted_without_the_prizes():
    """长城网 (17): 经过两个多小时的紧张角逐,6个村代表队分获一、二、三等奖 (base: indicator 村代表队分获一)."""
    table = figure_table("博野县举办广场舞大赛\n河北省博野县举办广场舞大赛。经过两个多小时的紧张角逐,6个村代表队分获一、二、三等奖。",
                         "2014-02-14")
    assert table.get((6.0, "个"), (None,))[0] == "村代表队", table


def test_hours_with_the_measure_word_ge_are_a_time():
    """长城网 (17): 经过两个多小时的紧张角逐 (base: a figure 多小时 2 个)."""
    table = figure_table("博野县举办广场舞大赛\n河北省博野县举办广场舞大赛。经过两个多小时的紧张角逐,6个村代表队分获一、二、三等奖。",
                         "2014-02-14")
    assert (2.0, "个") not in table and (2.0, "小时") in table, table


def test_where_a_team_comes_from_is_no_part_of_its_name():
    """大邑县文化馆 (18): 大赛最后,来自我县晋原南街幼儿园、晋原街道金龙村文艺队荣获一等奖 (base: an organisation
    来自我县晋原南街幼儿园)."""
    doc = extract_text("大邑县群众舞蹈大赛圆满落幕\n四川省成都市大邑县举办群众舞蹈大赛。大赛最后,来自我县晋原南街幼儿园、"
                       "晋原街道金龙村文艺队荣获一等奖。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "晋原南街幼儿园" in orgs and not any(o.startswith("来自") for o in orgs), orgs


def test_the_youth_league_is_not_cut_by_the_lead_gong():
    """池州团市委 (05): 走进新时代文明实践站,全市共青团开展活动625次,覆盖近4万人次 (base: indicator 青团开展活动, the
    lead 共 stripped out of 共青团)."""
    table = figure_table("团市委多措并举助力创建全国文明城市\n安徽省池州市团市委开展活动。突出以主题宣讲等多种形式,走进新时代文明"
                         "实践站,全市共青团开展活动625次,覆盖近4万人次。", "2023-02-17")
    indicator = table.get((625.0, "次"), ("",))[0]
    assert indicator and not indicator.startswith("青团"), table

