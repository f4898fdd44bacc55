"""Round 78 (trade78): commerce, foreign trade and consumption figures from fresh texts of
/tmp/s26/fresh/trade78 (a province's customs releases: 河北 1至8月, 山西 前三季度; a city's 商务局 on foreign
investment, a county's and a city's retail sales, 西藏's online retail, 福州 and 厦门's trade, 商务部's
foreign-investment briefing).  Fixes: a place a ranking sets the city against (仅次于深圳) is no place of
the story nor its agencies'; a bare 折合 after a semicolon restates the level before it in dollars; a list
of measures judged as growing (三项指标实现全面增长) before 分别完成 a、b、c gives each item its level; a
clause saying a level turned (扭转…下降态势, 由负转正) names the measure of the bare change after it."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str | None, str, float, str]]:
    return {(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_place_a_ranking_sets_the_city_against_is_no_place_of_the_story():
    """05-qingdao-waizi-11m (市商务局, a city speaking as 我市): 实际到账外资50.2亿美元…继续位列全国15个副省级城市
    第二位，仅次于深圳 (base: the article placed in 深圳市, 市商务局 read as 深圳市商务局, every figure 深圳's)."""
    doc = extract_text("前11个月我市实际利用外资50.2亿美元\n记者昨日从市商务局获悉，今年前11个月，我市实际利用外资"
                       "50.2亿美元。实际到账外资50.2亿美元，占全省比重达41%，继续位列全国15个副省级城市第二位，"
                       "仅次于深圳。从产业分布看，全市新批制造业外资项目181个，到账外资22.4亿美元。")
    places = {doc.entities[a.place].name for a in doc.articles if a.place}
    assert "深圳市" not in places, places
    assert "深圳市商务局" not in {e.name for e in doc.entities.values()}
    assert not any(s == "深圳市" for s, *_ in _metrics(doc)), _metrics(doc)
    # a city's own story naming the peer keeps its own place (and the peer stays a place mentioned)
    own = extract_text("青岛实际利用外资位列副省级城市第二\n青岛市实际利用外资50.2亿美元，位列全国15个副省级城市第二位，"
                       "仅次于深圳。")
    assert {doc_place(own)} == {"青岛市"}, doc_place(own)


def doc_place(doc) -> str | None:
    return next((doc.entities[a.place].name for a in doc.articles if a.place), None)


def test_a_bare_conversion_after_a_semicolon_restates_the_level_before():
    """04-mofcom-waizi-q3 (人民日报海外版): 全国实际使用外资8595.1亿元人民币，同比增长19.6%；折合1292.6亿美元，
    同比增长25.2% (base: indicators 折合 and 折合同比增长)."""
    doc = extract_text("前九月全国实际使用外资实现两位数增长\n商务部22日发布数据，1-9月，全国实际使用外资8595.1亿元"
                       "人民币，同比增长19.6%；折合1292.6亿美元，同比增长25.2%。")
    got = {(i, v, u) for _s, i, v, u in _metrics(doc)}
    assert ("实际使用外资", 129260000000, "美元") in got, got
    assert ("实际使用外资同比增长", 25.2, "%") in got, got
    assert not any(i.startswith("折合") for i, _v, _u in got), got


def test_a_list_judged_as_growing_gives_each_item_its_level_after_respectively():
    """01-hebei-waimao-1-8 (新华社, 石家庄海关): 河北省外贸进出口、出口和进口三项指标实现全面增长，分别完成
    2691.8亿元、1542.5亿元、1149.3亿元，同比分别增长5%、1.3%和10.2% (base: 全面增长 2691.8亿元 as a
    change, 全面同比增长 5%)."""
    doc = extract_text("河北外贸外资逆势上扬\n据石家庄海关统计，1至8月，河北省外贸进出口、出口和进口三项指标实现"
                       "全面增长，分别完成2691.8亿元、1542.5亿元、1149.3亿元，同比分别增长5%、1.3%和10.2%。")
    got = {(i, v, u) for _s, i, v, u in _metrics(doc)}
    assert {("外贸进出口", 269180000000, "元"), ("出口", 154250000000, "元"),
            ("进口", 114930000000, "元")} <= got, got
    assert {("外贸进出口同比增长", 5, "%"), ("出口同比增长", 1.3, "%"), ("进口同比增长", 10.2, "%")} <= got, got
    plain = extract_text("外贸增长\n1至8月，河北省外贸进出口、出口和进口均实现增长，分别完成2691.8亿元、1542.5亿元、"
                         "1149.3亿元。")
    assert ("出口", 154250000000, "元") in {(i, v, u) for _s, i, v, u in _metrics(plain)}, _metrics(plain)


def test_a_clause_saying_a_level_turned_names_the_bare_change_after_it():
    """04-mofcom-waizi-q3: 服务业实际使用外资增长22.5%。制造业实际使用外资扭转连续两年同比下降态势，增长1.9%
    (base: the 1.9% read as 服务业实际使用外资增长, the sentence before's); 由负转正 says it too."""
    doc = extract_text("外资结构优化\n1-9月，服务业实际使用外资增长22.5%。制造业实际使用外资扭转连续两年同比下降态势，"
                       "增长1.9%。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert ("制造业实际使用外资增长", 1.9) in got and ("服务业实际使用外资增长", 22.5) in got, got
    turned = extract_text("外贸回稳\n今年以来外贸回稳。1-9月，外贸进出口由负转正，同比增长2.1%。")
    assert ("外贸进出口同比增长", 2.1) in {(i, v) for _s, i, v, _u in _metrics(turned)}, _metrics(turned)


def test_a_list_of_partners_with_a_quoted_one_and_a_flow_noun_counts_the_trade_with_each():
    """08-xiamen-waimao-8 (厦门海关): 对RCEP成员国、“一带一路”沿线国家和金砖国家进出口值分别增长24.6%、29.6%和
    22.2% (base: RCEP成员国增长, 一带一路沿线国家增长: the quoted partner and 进出口值 broke the partner list)."""
    doc = extract_text("厦门外贸进出口增长\n1-8月，厦门市外贸进出口总值5749.1亿元。同期，厦门市对RCEP成员国、“一带一路”"
                       "沿线国家和金砖国家进出口值分别增长24.6%、29.6%和22.2%。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert {("对RCEP成员国进出口值增长", 24.6), ("对一带一路沿线国家进出口值增长", 29.6),
            ("对金砖国家进出口值增长", 22.2)} <= got, got


def test_a_class_said_to_grow_owns_the_bare_retail_sales_of_the_next_clause():
    """09-changzhou-shexiaoling-h1 (常州市统计局): 汽车类商品稳定增长，实现零售额175.8亿元，增长10.5%; 石油及制品类商品
    有所回落，实现零售额46.0亿元 (base: bare 零售额 and 零售额增长).  Only the clause right before: a measure
    named further back (中药材种植面积逐年增加，…，实现总产值8.53亿元) owns no 总产值."""
    doc = extract_text("全市消费品市场平稳发展\n上半年，全市实现社会消费品零售总额965.0亿元。汽车类商品稳定增长，实现零售额"
                       "175.8亿元，增长10.5%。石油及制品类商品有所回落，实现零售额46.0亿元，下降1.7%。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert {("汽车类商品零售额", 17580000000), ("汽车类商品零售额增长", 10.5),
            ("石油及制品类商品零售额", 4600000000)} <= got, got
    far = extract_text("临洮县中药材产业\n全县中药材种植面积逐年增加，由2005年的5万亩扩大到现在的10.05万亩，"
                       "中药材总产量达2081.5万公斤，实现总产值8.53亿元。")
    assert not any("种植面积总产值" in i for _s, i, _v, _u in _metrics(far)), _metrics(far)


def test_the_tong_of_a_contract_starts_no_comparison_for_the_change_after_it():
    """Review of round 81 (trade78's left-alone, 商务部 1-9月): 新设或增资合同外资1亿美元以上大项目899个，同比增长
    56.6% (base: the change read 新设或增资合同比增长, the 同 of 合同 taken for the mark a comparison goes on from)."""
    ind = {m.indicator: m.value for m in extract_text("前三季度，我市新签合同外资项目35个，同比增长10%。").metrics}
    assert ind.get("新签合同外资项目同比增长") == 10, ind
    assert not any("合同比" in i for i in ind), ind
    # a comparison going on from the one before still reads the measure before its mark
    again = {m.indicator for m in extract_text("全市规上工业增加值增速比全国高1.1个百分点、比全省高0.4个百分点。").metrics}
    assert "规上工业增加值增速比全省高" in again, again
