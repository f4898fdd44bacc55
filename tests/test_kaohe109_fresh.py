"""Round 109 (kaohe109): assessment results and rankings — 河南省营商环境评价 (郑州), 宜昌市 县(市)城市综合管理
评估 (奖罚), 广东 考核等次 (东莞), 株洲 乡村振兴督查考核 (A、B类), 安徽 目标管理绩效考核 (安庆, 马鞍山: 58项指标
居全省前5位), 南通 高质量发展综合考核第一等次 and 青岛 “摘星夺旗” 考核结果 (fresh texts of
/tmp/s27/txt/kaohe109).  Fixes: a sum after 对 a place's government and a verb of reward or penalty
(对当阳市人民政府奖励50万元) that place's, not the sentence's first place's; a rank verb after a counted noun
(58项指标考核结果居全省前5位) no word of the noun; a qualifier inside a unit of two parts (提升2个以上位次, 提高1个
以上百分点) the unit's, and a bare move in 个位次 a change of 位次 (位次提升), never of the previous figure's
level; 起步 (吕四起步港区) a word, no count in 起."""
from __future__ import annotations

from conftest import extract_text


def _facts(doc) -> set[tuple]:
    """(subject name, indicator, value, unit, kind) of every figure."""
    def name(k):
        e = doc.entities.get(k)
        return e.name if e else k
    return {(name(m.subject), m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}


def test_a_reward_after_dui_is_the_named_places():
    """02-yichang-pinggu: 根据评估结果,对枝江市人民政府奖励60万元,对当阳市人民政府奖励50万元 (and 扣罚 the same);
    base: every sum the sentence's first place's (枝江市, 长阳土家族自治县)."""
    doc = extract_text("宜昌市城市综合管理工作评估结果\n根据评估结果,对枝江市人民政府奖励60万元,对当阳市人民政府奖励50万元。"
                       "对长阳土家族自治县人民政府扣罚50万元,对兴山县人民政府扣罚60万元。")
    got = _facts(doc)
    assert ("当阳市", "奖励", 500000, "元", "level") in got, got
    assert ("兴山县", "扣罚", 600000, "元", "level") in got, got
    assert ("枝江市", "奖励", 600000, "元", "level") in got, got
    assert ("长阳土家族自治县", "扣罚", 500000, "元", "level") in got, got


def test_a_sum_after_dui_without_a_reward_verb_keeps_its_rule():
    """Guard: 对 before a place and a verb of trade (对美国出口增长5%) is no reward — the rule reads only the
    reward and penalty verbs; a list of places after 对 names no one place."""
    doc = extract_text("宜昌市外贸\n1-6月,宜昌市对美国出口12.5亿元,同比增长5%。")
    assert all(s != "美国" for s, *_ in _facts(doc)), _facts(doc)
    doc = extract_text("宜昌市评估结果\n根据评估结果,对远安县、秭归县人民政府各奖励30万元。")
    assert all(s not in ("远安县", "秭归县") for s, *_ in _facts(doc)), _facts(doc)


def test_a_rank_after_counted_items_is_no_word_of_their_noun():
    """06-maanshan-diwuwei: 我市有58项指标考核结果居全省前5位; base: 指标考核结果居全省前 (the indicator cut at the
    rank's digit).  The same with 位列全省第 and a one-character noun (12个县位列全省第一方阵)."""
    doc = extract_text("马鞍山新闻\n从考核结果看,马鞍山市有58项指标考核结果居全省前5位、占指标总量的53.21%。")
    assert ("马鞍山市", "指标考核结果", 58, "项", "level") in _facts(doc), _facts(doc)
    doc = extract_text("马鞍山新闻\n马鞍山市有12个县区位列全省第一方阵。")
    assert ("马鞍山市", "县区", 12, "个", "level") in _facts(doc), _facts(doc)


def test_a_counted_noun_with_ju_inside_stays_whole():
    """Guard: 居 opening a word of the noun (居民小区, 居委会) is no rank verb: nothing is cut."""
    doc = extract_text("马鞍山新闻\n今年马鞍山市新建5个居民小区，第一批已交付。")
    assert ("马鞍山市", "居民小区", 5, "个", "level") in _facts(doc), _facts(doc)
    # nor 排 of 安排 before 前期 (a one-character rank verb counts only before a scope word: 居全省前)
    doc = extract_text("马鞍山新闻\n马鞍山市共有5个项目安排前期经费300万元。")
    assert any(i.startswith("项目安排") and v == 5 for _s, i, v, _u, _k in _facts(doc)), _facts(doc)


def test_a_move_in_ge_weici_is_a_change_of_the_rank():
    """08-qingdao-zhaixing: …4个板块和群众满意度加分项。…黄岛区、胶州市综合成绩居前2位,夺得…红旗;市北区提升2个以上
    位次; base: 2 个 of 位次 (a level; then, with 以上 read into the unit, 板块提升 — the earlier count's).  Without
    以上 (提升2个位次) base read a level of 2 位 named 提升."""
    doc = extract_text("青岛新闻\n三季度考核,包括经济运行、项目签约落地4个板块和群众满意度加分项。\n"
                       "根据考核办法规定,黄岛区、胶州市综合成绩居前2位,夺得红旗;市北区提升2个以上位次,夺得红旗。")
    assert ("市北区", "位次提升", 2, "位", "change") in _facts(doc), _facts(doc)
    doc = extract_text("青岛新闻\n市北区提升2个位次，夺得红旗。")
    assert ("市北区", "位次提升", 2, "位", "change") in _facts(doc), _facts(doc)


def test_a_qualifier_inside_points_keeps_the_unit():
    """The same qualifier inside 个百分点 (比重提高1个以上百分点): base read 1 个 of 百分点."""
    doc = extract_text("南通新闻\n2023年南通市研发投入占比提高1个以上百分点。")
    got = {(u, k) for _s, _i, v, u, k in _facts(doc) if v == 1}
    assert got and all(u == "个百分点" for u, _k in got), _facts(doc)


def test_a_rank_move_after_a_rank_keeps_its_item():
    """Guard: a move after the rank it moves (居全国第15位，较上年前移2个位次) keeps the item ranked."""
    doc = extract_text("南通新闻\n南通市地区生产总值居全国第15位，较上年前移2个位次。")
    assert any(i.endswith("地区生产总值位次较上年前移") and (v, u, k) == (2, "位", "change")
               for _s, i, v, u, k in _facts(doc)), _facts(doc)


def test_qibu_is_a_word_no_count():
    """07-nantong-diyidengci: 通州湾新出海口吕四起步港区集装箱码头开港运营; base: 4 起 of 步港区集装箱码头开港运营
    (四 of the place name 吕四 and 起 of 起步区).  Guard: 发生事故3起 stays a count."""
    doc = extract_text("南通新闻\n通州湾新出海口吕四起步港区集装箱码头开港运营。")
    assert not any(u == "起" for *_r, u, _k in _facts(doc)), _facts(doc)
    doc = extract_text("南通新闻\n今年南通市共发生较大事故3起，同比下降。")
    assert any(v == 3 and u == "起" for _s, _i, v, u, _k in _facts(doc)), _facts(doc)
