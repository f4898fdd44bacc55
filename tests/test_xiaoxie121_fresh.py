"""Round 121 (xiaoxie121): consumer-association and 12315 complaint reports — 投诉受理 figures, 挽回经济损失, shares
by category, 消费警示 (湖南 全省消保委组织 一季度, 保山 12315 月度分析, 辛集 12315投诉举报中心, 阳泉 12315 上半年, 重庆
消委会, 甘肃 12315指挥中心, 江苏 省消保委, 大同 市消协 预付式消费警示, 青海省消协) (fresh texts of /tmp/s27/txt/xiaoxie121).
Fixes, base → now:
- the consumer councils written short are bodies of their scope (重庆市消委会, 省消保委 → 省消费者权益保护委员会: was
  no body, and 消委会上半年为消费者挽回经济损失 / 省消保委为消费者挽回经济损失 as indicators);
- a count's share of a tally of cases taken in is that count's share (咨询1188件，占受理总量65% → 咨询占比, 一般食品52件，
  占总投诉的39.39% → 一般食品占比, 家用电子电器类960件，占商品类投诉总量的9.18% → 家用电子电器类占比: were 占受理总量,
  占总投诉, 占商品类投诉总量);
- a 、 list summed by 共 names the count whole (全市共收到投诉、举报、咨询962件 → 收到投诉、举报、咨询, was 咨询;
  受理咨询、投诉、举报共1828件 → 受理咨询、投诉、举报, was 举报);
- the complaint centres of market regulation are bodies of their scope (阳泉市12315投诉举报中心, 市消费者投诉举报中心:
  was nothing, and 12315投诉举报中心受理… inside the indicator);
- a rate noun judged before 分别 and a change verb is said again by the verb (投诉、举报、建议数量同比增幅较大，分别增长46.3%
  → 消费者投诉数量同比增长, was 消费者投诉数量同比增幅增长; 增幅最大，分别为… keeps 增幅)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _subjects(doc) -> dict:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def _names(doc) -> set[str]:
    return {e.name for e in doc.entities.values()}


def test_a_consumer_council_written_short_is_a_body():
    """05-chongqing-xiaoweihui-h1, 09-jiangsu-xiaobaowei-h1 (base: no body; 消委会受理消费者投诉, 省消保委为消费者挽回经济损失)."""
    doc = extract_text("投诉分析\n新华网重庆7月23日电 今年上半年重庆市消委会受理消费者投诉8479件，解决率99.2%。")
    assert "重庆市消委会" in _names(doc), _names(doc)
    assert _metrics(doc).get(8479) == "受理消费者投诉", _metrics(doc)
    assert _subjects(doc).get(8479) == "重庆市消委会", _subjects(doc)
    doc = extract_text("浙江消费维权\n近日，浙江省消保委发布上半年投诉分析报告，为消费者挽回经济损失7533万余元。")
    assert "浙江省消费者权益保护委员会" in _names(doc), _names(doc)
    assert _metrics(doc).get(75330000) == "挽回经济损失", _metrics(doc)


def test_a_count_share_of_the_cases_taken_in_is_the_count_share():
    """02-baoshan, 03-xinji, 04-yangquan, 01-hunan (base: 占总投诉, 占受理总量, 占商品类投诉总量, 占总诉求量)."""
    got = _metrics(extract_text("数据分析\n2021年9月，全市共收到投诉132件。投诉的主要是：一般食品52件，占总投诉的39.39%；"
                                "质量问题37件，占总投诉的28.03%。"))
    assert got.get(39.39) == "一般食品占比" and got.get(28.03) == "质量问题占比", got
    got = _metrics(extract_text("数据分析\n上半年，咨询5780件，占受理总量的64%，同比减少22.49%；投诉3046件，占受理总量33%。"))
    assert got.get(64) == "咨询占比" and got.get(33) == "投诉占比", got
    got = _metrics(extract_text("投诉分析\n第一季度，食品类投诉2148件，占商品类投诉总量的20.53%，位居第一；家用电子电器类960件，"
                                "占商品类投诉总量的9.18%，位居第二。本月共受理消费者投诉359件，占总诉求量的56.09%。"))
    assert got.get(9.18) == "家用电子电器类占比" and got.get(56.09) == "受理消费者投诉占比", got


def test_a_share_of_other_wholes_is_read_as_before():
    """Guard: a count's share of a whole that is no tally of cases stays as the base read it (超过2亿元的县区有3个，
    占全市采购额的60.06%: the counties' share of the amount, not 县区占比)."""
    got = _metrics(extract_text("采购情况\n超过2亿元的县区有3个，占全市采购额的60.06%。"))
    assert got.get(60.06) and got.get(60.06) != "县区占比", got
    got = _metrics(extract_text("统计\n全市共有企业120家，占全省企业总数的5.2%。"))
    assert got.get(5.2) == "企业占比", got


def test_a_list_summed_by_gong_names_the_count():
    """02-baoshan, 03-xinji (base: 咨询, 举报 — the last item alone)."""
    got = _metrics(extract_text("数据分析\n2021年9月全市共收到投诉、举报、咨询962件。其中，投诉132件。"))
    assert got.get(962) == "收到投诉、举报、咨询", got
    assert got.get(132) == "投诉", got
    got = _metrics(extract_text("数据分析\n2025年11月份，辛集市受理咨询、投诉、举报共1828件，环比增加5.24%。"))
    assert got.get(1828) == "受理咨询、投诉、举报", got


def test_a_second_verb_clause_is_no_summed_item():
    """Guard: after 共 a 、 that opens another verb's clause (发放宣传资料、接受群众咨询) is no list the figure sums."""
    got = _metrics(extract_text("消费维权\n全年共发放宣传资料、接受群众咨询3000人次。"))
    assert got.get(3000) == "接受群众咨询", got


def test_items_each_with_a_count_stay_apart():
    """Guard: a 、 list whose items carry their own counts is no summed list (一般食品52件、首饰8件)."""
    got = _metrics(extract_text("数据分析\n商品类投诉较多的是：一般食品52件、首饰8件、交通工具7件。"))
    assert got.get(52) == "一般食品" and got.get(8) == "首饰" and got.get(7) == "交通工具", got


def test_a_complaint_centre_is_a_body_of_its_scope():
    """03-xinji, 04-yangquan (base: no body; 12315投诉举报中心受理… inside the indicator)."""
    doc = extract_text("数据分析\n7月20日，阳泉市12315投诉举报中心发布上半年消费投诉举报数据分析报告。")
    assert "阳泉市12315投诉举报中心" in _names(doc), _names(doc)
    doc = extract_text("数据分析\n2025年11月份，辛集市12315投诉举报中心受理咨询、投诉、举报共1828件。")
    assert _subjects(doc).get(1828) == "辛集市12315投诉举报中心", _subjects(doc)
    assert _metrics(doc).get(1828) == "受理咨询、投诉、举报", _metrics(doc)


def test_a_rate_noun_judged_then_said_again_by_the_verb_is_dropped():
    """06-gansu-12315-h1 (base: 消费者投诉数量同比增幅增长 — the judged 增幅 kept before 分别增长)."""
    got = _metrics(extract_text("12315分析\n上半年，消费者投诉、举报、建议数量同比增幅较大，分别增长46.3%、37.86%、66.96%。"))
    assert got.get(46.3) == "消费者投诉数量同比增长" and got.get(66.96) == "消费者建议数量同比增长", got
    # guard: after a copula the rate noun is what the figures are (矿产加工业增幅)
    got = _metrics(extract_text("工业\n矿产加工业和电子信息增幅最大，分别为22.5%和21.6%。"))
    assert got.get(22.5) == "矿产加工业增幅" and got.get(21.6) == "电子信息增幅", got
