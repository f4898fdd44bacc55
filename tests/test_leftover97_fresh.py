"""Round 97 (leftover97): subject and period faults left by earlier rounds, met again on fresh texts —
a Guangdong provincial list of 乡村振兴示范镇 (花都区赤坭镇等50个镇), Guangzhou's 乡村治理示范村镇 ranking
(番禺区有15个，其次为增城区12个、花都区10个), a Hebei finance notice spread over nine cities, Chengdu–Chongqing
twin-city project news, the 2022 government work report's targets and results, provincial party
secretaries' ages and the customs' first-quarter press conference (fresh texts of
/tmp/s26/fresh/leftover97; 从2023年第三季度起 and 年初 as they stood in earlier rounds' Guangdong trade
and county work-report texts).  Fixes: a count of places listed as examples before 等N个镇/省份 is the
group's when the article's place is one of those examples (no member's); 自/从<date>起 is a stretch from
that start up to the publication, as 自…以来 is, not the start's year or quarter alone; a bare 年初 in a
text of the next year's start is the year told of when the sentence or the one before names it (过去一年,
2023年) or the headline reports on it; the first item of a ranked list of places each with its figure,
after 其次为/依次为, is that place's figure (其次为 compares nothing)."""
from __future__ import annotations

from conftest import extract_text, figure_table


def _subjects(doc) -> dict[tuple, str | None]:
    return {(m.value, m.unit): (doc.entities[m.subject].name if m.subject in doc.entities else None)
            for m in doc.metrics}


def test_a_group_of_towns_counted_after_one_example_is_no_member_s():
    """01-guangdong-shifanzhen: 同意花都區赤坭鎮等50個鎮創建廣東省鄉村振興示范鎮 (base: the 50 towns were
    赤坭镇's where the article was placed in it — one example of the fifty); a group of provinces
    (河北、山西等13个省份…) likewise is no member's."""
    doc = extract_text("示范镇\n近日,省农业农村厅同意花都区赤坭镇等50个镇创建省级乡村振兴示范镇。")
    assert _subjects(doc).get((50, "个"), "missing") is None, _subjects(doc)
    doc = extract_text("资金\n近日,河北、山西等13个省份共获得中央补助资金50亿元。")
    assert _subjects(doc).get((13, "个"), "missing") != "河北省", _subjects(doc)


def test_a_place_before_a_list_of_towns_or_a_listed_district_s_city_stays_the_subject():
    """The negative of the rule above: a place written before the first item of a 、-list of towns is their
    scope (晋江安海镇、陈埭镇、英林镇等9个乡镇: 晋江市's nine), and a list of places closed by 等地 counts no
    group of places (张家口市、保定市等地的企业代表120人: left as it was)."""
    doc = extract_text("协议\n晋江安海镇、陈埭镇、英林镇等9个乡镇分别与长汀9个乡镇签订协议。")
    assert _subjects(doc).get((9, "个")) == "晋江市", _subjects(doc)
    doc = extract_text("企业\n张家口市、保定市等地的企业代表120人参加了对接会。")
    assert _subjects(doc).get((120, "人")) == "河北省", _subjects(doc)


def test_a_start_closed_by_qi_is_a_stretch_up_to_the_publication():
    """shangwu95 02-guangdong-shangbannian: 从2023年第三季度起,外贸规模连续8个季度正增长; renshe88 08-baoji-zhuanyi:
    我市自2019年起共有142个行政村… (base: the start's quarter or year alone, 2023-07/2023-09 and 2020, as if the
    figure were of that quarter): the stretch from the start up to the publication month, as 自…以来."""
    got = figure_table("就业\n自2020年起,全市累计新增城镇就业12万人。", "2024-03-01")
    assert got[(120000, "人")][2] == "2020-01/2024-03", got
    got = figure_table("标准\n从2023年第三季度起,全省城乡低保标准提高到每人每月800元。", "2024-03-01")
    assert got[(800, "元")][2] == "2023-07/2024-03", got


def test_a_start_still_to_come_or_a_stretch_with_its_end_keeps_its_words():
    """The negatives: a rule taking effect after the publication (自2025年1月1日起施行 in December 2024) keeps
    its day; 从2023年起至2025年 names both ends (起至: read as the stretch written)."""
    got = figure_table("通知\n最低工资标准自2025年1月1日起施行,第一档为每月2200元。", "2024-12-10")
    assert got[(2200, "元")][2] == "2025-01-01", got
    got = figure_table("资金\n从2023年起至2025年,省财政每年安排资金1亿元。", "2024-03-01")
    assert got[(100000000, "元")][2] == "2023/2025", got


def test_nian_chu_in_a_review_of_the_year_before_is_that_year_s():
    """scrape96 09-honghe-shuju-jixiao (published 2025-04-29): 2024年,红河州数据发展中心…实施项目共15个…,年初批复预算8个
    项目985万元(含1个年初结转结余项目50万元) (base: 2025-01, the publication year's January, for the 2024 budget);
    modelled here on a work report of February: 过去一年，…。年初确定的地区生产总值增长目标为6% (base: 2024-01 for
    a target set at the start of 2023); so under a headline 2023年工作总结."""
    got = figure_table("市政府工作报告\n过去一年,全市经济运行稳中有进。年初确定的地区生产总值增长目标为6%,全年实际增长6.2%。",
                       "2024-02-01")
    assert got[(6, "%")][2] == "2023-01", got
    got = figure_table("2023年工作总结\n年初,全县确定粮食播种面积目标为50万亩,全年实际播种52万亩。", "2024-01-20")
    assert got[(500000, "亩")][2] == "2023-01", got


def test_nian_chu_of_the_year_under_way_or_of_a_plan_stays_the_publication_year_s():
    """The negatives: a mid-year report (年初以来…。年初确定的目标为5% in July) and a plan sentence (年初，全市将
    力争新增城镇就业1万人) after a sentence on the year before keep the publication year's January."""
    got = figure_table("上半年经济运行\n年初以来,全市规上工业增加值增长6%。年初确定的目标为5%。", "2024-07-20")
    assert got[(5, "%")][2] == "2024-01", got
    got = figure_table("工作部署\n2023年全市地区生产总值增长5%。年初,全市将力争新增城镇就业1万人。", "2024-02-01")
    assert got[(10000, "人")][2] == "2024-01", got


def test_the_first_item_of_a_ranked_list_after_qi_ci_wei_is_its_place_s():
    """02-guangzhou-zhili-shifan: 番禺区有15个示范村,全市最多,其次为增城区12个、花都区10个、从化区5个 (base: 12 was
    番禺区's — 为 read as a comparison with 增城区, so the place before it took the figure).  番禺区 keeps its 15
    and the later items their own places."""
    doc = extract_text("示范村\n49个入围的示范村中,番禺区有15个示范村,全市最多,其次为增城区12个、花都区10个、从化区5个。")
    got = _subjects(doc)
    assert got.get((12, "个")) == "增城区" and got.get((10, "个")) == "花都区", got
    assert got.get((15, "个")) == "番禺区", got


def test_a_market_of_so_many_people_is_a_population():
    """The brief's 14亿多人的超大规模市场 (base: a figure of 超大规模市场 in 人; 08-haiguan-jinkou-14yi's 我们有14亿多人口
    was read as 人口 already): the people a market or a country is made of, its 人口.  A team of so many
    people (一支3000人的志愿服务队伍) is no population."""
    doc = extract_text("市场\n我国有14亿多人的超大规模市场,内需潜力巨大。")
    assert {m.indicator for m in doc.metrics if m.unit == "人"} == {"人口"}, [m.indicator for m in doc.metrics]
    doc = extract_text("队伍\n全县组建了一支3000人的志愿服务队伍。")
    assert "人口" not in {m.indicator for m in doc.metrics}, [m.indicator for m in doc.metrics]


def test_a_place_a_sum_supports_is_not_whose_the_sum_is():
    """The brief's 支持成渝地区双城经济圈重大项目, 支持XX建设X亿元 (left by earlier rounds): 积极支持雄安新区建设,
    安排资金30亿元 in a story of 河北省 (base: 雄安新区's 30亿元 — the place the money goes to): the giver's.  A
    place opening the figure's own clause (积极支持雄安新区建设,雄安新区新增就业1.2万人) keeps its figure."""
    doc = extract_text("河北省加大财政投入\n今年,积极支持雄安新区建设,安排资金30亿元。")
    assert _subjects(doc).get((3000000000, "元")) == "河北省", _subjects(doc)
    doc = extract_text("就业\n积极支持雄安新区建设,雄安新区新增就业1.2万人。")
    assert _subjects(doc).get((12000, "人")) == "雄安新区", _subjects(doc)
