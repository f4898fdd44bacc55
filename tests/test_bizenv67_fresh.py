"""Round 67 (bizenv67): business environment and government services news from fresh texts of
/tmp/s26/fresh/bizenv67 (12345 hotlines of 唐山 and 福州, 政务服务中心 of 高邮, 行政审批服务局 of a 聊城
zone, 魏县, 甘州区, 海口, a 湘潭 assessment, 安徽 market-entity registrations).  Fixes: one figure shared by
a list of measures closed by 均 (受理率、反馈回复率均达100%: a fact per rate, not the last one alone); a
programme opening the paragraph no subject of a later sentence that opens with its own place; verbs of
vigour (迸发, 焕发) ending the bodies counted; 户数 and 数量 as measure nouns before a superlative, also in
the shape …最多的是合肥市，共计… (base: the indicators 合肥新 and the bare unit 户); the changes after a count of
divisions ranked by a measure (增速最快的三个市分别为…) named by that measure, not by the count (市…增长); a group
picked from before 的 counted without its partitive (96个县市区中的排名: 县市区); a bare share (占比) after a
clause with no figure is the share of what that clause names (私营企业…，占比超过九成: 私营企业占比); an average
spelt out (平均每天17件) the average of the level before, as 日均 is."""
from __future__ import annotations

from conftest import extract_text


def _facts(doc) -> set[tuple[str | None, str, float, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject), m.indicator, m.value, m.unit) for m in doc.metrics}


def test_one_figure_shared_by_a_list_of_rates_closed_by_jun():
    """02-fuzhou-12345 (福州): 今年初以来，这条热线受理率、反馈回复率均达100% (base: only 反馈回复率)."""
    doc = extract_text("福州12345热线见成效\n今年初以来,福州市12345热线受理率、反馈回复率均达100%,群众满意率超98%。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("热线受理率", 100) in got and ("反馈回复率", 100) in got, got
    three = extract_text("某县政务服务提质\n1至5月,全县网上可办率、全程网办率和即办率均达到95%以上。")
    got = {m.indicator for m in three.metrics if m.value == 95}
    assert got == {"网上可办率", "全程网办率", "即办率"}, got
    # negative: items that are no measures of the figure's kind (学校、医院, 城镇和农村居民) are not split,
    # nor is a list without 均
    doc = extract_text("某县社会事业\n全县学校、医院均为10所。全市城镇和农村居民人均可支配收入均为3万元。")
    assert not any("listed-alike" in r for m in doc.metrics for r in m.rules), [m.indicator for m in doc.metrics]
    plain = extract_text("某县政务服务\n今年以来,开化县政务服务事项网上可办率、全程网办率分别达到98.5%和86.2%。")
    assert len(plain.metrics) == 2, [m.indicator for m in plain.metrics]


def test_a_place_opening_the_sentence_beats_the_paragraph_s_report():
    """08-xiangtan-pinggu (香港商报, 湘潭): 《…第三方评估报告》日前出炉…。湘潭市良好的营商环境,让22万户市场主体
    迸发出新的活力 (base: the report the subject, the indicator 市场主体迸发出新)."""
    doc = extract_text("湘潭优化营商环境第三方评估居全省第二\n《2021年全省深化放管服改革优化营商政务环境第三方评估报告》日前出炉,"
                       "湖南省湘潭市排名第二位。湘潭市良好的营商环境,让22万户市场主体迸发出新的活力。")
    assert ("湘潭市", "市场主体", 220000, "户") in _facts(doc), _facts(doc)


def test_a_count_of_bodies_ranked_first_names_its_measure():
    """09-anhui-shichangzhuti (安徽省市场监管局): 其中，合肥新设市场主体户数最多，共计14.38万户 / 全省新设市场主体户数
    最多的是合肥市，共计14.38万户 (base: the indicators 合肥新 and 户)."""
    doc = extract_text("安徽市场主体快速增长\n1~6月,全省新登记各类市场主体53.73万户。其中,合肥新设市场主体户数最多,共计14.38万户。")
    assert ("合肥市", "新设市场主体户数", 143800, "户") in _facts(doc), _facts(doc)
    ranked = extract_text("安徽市场主体快速增长\n上半年,全省新设企业数量最多的是合肥市,达到5万户;其次为阜阳市。")
    assert ("合肥市", "新设企业数量", 50000, "户") in _facts(ranked), _facts(ranked)


def test_changes_after_a_ranked_count_of_divisions_are_the_places_measure():
    """09-anhui-shichangzhuti: 上半年新设企业增速最快的三个市分别为：合肥市、淮北市和宿州市，与去年同期相比分别增长了
    43.95%、34.38%和32.18% (base: the indicator 市与去年同期相比增长, the count's word and the basis)."""
    doc = extract_text("安徽市场主体快速增长\n上半年新设企业增速最快的三个市分别为:合肥市、淮北市和宿州市,"
                       "与去年同期相比分别增长了43.95%、34.38%和32.18%。")
    got = {f for f in _facts(doc) if f[3] == "%"}
    assert got == {("合肥市", "新设企业增长", 43.95, "%"), ("淮北市", "新设企业增长", 34.38, "%"),
                   ("宿州市", "新设企业增长", 32.18, "%")}, got


def test_a_group_picked_from_with_de_is_counted_without_its_partitive():
    """03-gaoyou-zwzx (今日高邮): 我市在全省96个县市区中的排名较上一轮上升了13位; 02-fuzhou-12345: 87场活动中的1500多个
    诉求难题得以化解 (base: the counted nouns 县市区中 and 活动中)."""
    doc = extract_text("高邮创业创新环境评价排名上升\n在最新公布的2017年度全省创业创新环境评价中,我市在全省96个县市区中的排名较上一轮上升了13位。"
                       "截至今年7月底,87场活动中的1500多个诉求难题得以化解。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("县市区", 96) in got and ("活动", 87) in got, got
    assert ("排名较上一轮上升", 13) in got, got


def test_a_bare_share_after_a_clause_naming_its_owner():
    """09-anhui-shichangzhuti: 私营企业继续保持“主角”地位，占比超过九成以上 (base: the indicator 占比 alone); the
    manner word of the clause's verb is left out (民营经济快速发展，占比… → 民营经济占比)."""
    doc = extract_text("安徽市场主体快速增长\n新登记企业19.02万户。私营企业继续保持主角地位,占比超过九成。")
    assert "私营企业占比" in {m.indicator for m in doc.metrics}, [m.indicator for m in doc.metrics]
    other = extract_text("某县经济运行\n全县民营经济快速发展,占比达到65%。")
    assert {m.indicator for m in other.metrics} == {"民营经济占比"}, [m.indicator for m in other.metrics]


def test_an_average_spelt_out_averages_the_level_before():
    """11-xiangzhou-zwzx (襄州区政务服务中心): 政府热线承办平台共受理各类诉求5534件，平均每天17件 (base: the bare unit 件
    as the indicator; 日均17件 was read already)."""
    doc = extract_text("襄州区政务服务中心简介\n截止2013年7月底,政府热线承办平台共受理各类诉求5534件,平均每天17件。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("平均每天受理各类诉求", 17) in got, got
