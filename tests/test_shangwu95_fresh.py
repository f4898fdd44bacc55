"""Round 95 (shangwu95): 商务 and 外贸 news, second pass — customs figures of a province's trade (进出口总值, 出口/进口,
trading partners), a 商务厅's and 商务部's foreign-investment figures (实际使用外资 亿美元, by source country), a county
bureau's exports in 万美元, and the trade fairs (广交会, 进博会) — from fresh texts of /tmp/s26/fresh/shangwu95
(江苏 南京海关, 广东 海关总署广东分署 and 揭阳, 湖北 鄂州 and 云梦, 广交会, 进博会, 商务部).  Fixes: the customs
general administration's office named by its province (海关总署广东分署) is one agency in the province, 分署 a unit
suffix of a national organ as 分局 is (registry_cues unit_suffixes); 湖北 counties' merged 经济商务和信息化局 a
department stem; a time span right after 此前的/此后的 (此前的3个月) is the stretch next to a time just named, no
figure (metrics.time_next_to); a quoted class of goods written straight before its figure's noun (“新三样”产品出口
1214.5亿元) after a semicolon is no programme (programmes._figure_noun_qualifier); a programme opening a paragraph
with its officer's post after it (广交会副秘书长…徐兵介绍) heads no list of sub-programmes
(relations._post_after); the countries listed after 来自 before 的 and the investment drawn (来自澳大利亚、韩国、英国
的实际使用外资分别同比增长…) are the investors, not the subjects: each item's figure is the province's
(metrics._SOURCE_PARTNER_RUN, _SOURCE_PARTNER_LIST); 实际投入金额 is one noun (metric_affixes keep)."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _figures(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value) for m in doc.metrics}


def _relations(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == predicate and r.subject in doc.entities and r.object in doc.entities}


def test_the_customs_office_of_a_province_is_one_agency():
    """02-guangdong-shangbannian: 据海关总署广东分署统计…; 海关总署广东分署副主任张柯在发布会上表示 (base: 海关总署 and an
    agency 广东省分署 of its own, the post held in that).  A national organ's unit with no 分署 stays as it was."""
    doc = extract_text("广东外贸\n据海关总署广东分署统计,今年上半年,广东货物贸易进出口4.55万亿元。"
                       "海关总署广东分署副主任张柯在发布会上表示,广东外贸展现出诸多亮点。")
    assert "海关总署广东分署" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "广东省分署" not in _names(doc, "Agency")
    assert ("海关总署广东分署", "海关总署") in _relations(doc, "subOrganizationOf")
    assert ("海关总署广东分署", "广东省") in _relations(doc, "locatedIn")
    assert any(p[0] == "张柯" and p[1] == "海关总署广东分署" for p in held_posts(doc)), held_posts(doc)


def test_a_county_bureau_of_economy_commerce_and_informatisation():
    """10-yunmeng-chukou: 云梦县经济商务和信息化局日前公布信息,1-9月,该县完成外贸出口11448.5万美元 … 县经济商务和信息化局
    组建专班 (base: no agency)."""
    doc = extract_text("云梦外贸\n云梦县经济商务和信息化局日前公布信息,1-9月,该县完成外贸出口11448.5万美元,同比增长1316.4%。"
                       "县经济商务和信息化局组建专班指导企业办理外贸备案。")
    assert "云梦县经济商务和信息化局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("云梦县经济商务和信息化局", "云梦县") in _relations(doc, "locatedIn")
    assert ("云梦县", "外贸出口", 114485000) in {(s, i, v) for s, i, v in _figures(doc)}, _figures(doc)


def test_the_months_before_a_named_month_are_no_figure():
    """03-guangdong-7yue-jieyang: 广东外贸在7月实现了转正。…此前的3个月,广东外贸一直面临压力 (base: a figure 此前 3 个月).
    A count of months that is a figure (完成出口3个月 has no word of next-to before it) stays one."""
    doc = extract_text("广东外贸\n广东外贸在7月实现了转正。进出口总额达到6942.8亿元,同比增长0.1%。此前的3个月,广东外贸一直面临压力。")
    assert not any(u == "个月" for u in (m.unit for m in doc.metrics)), _figures(doc)
    assert ("广东省", "进出口总额", 694280000000) in _figures(doc), _figures(doc)
    doc = extract_text("某县\n今年,该县外贸企业平均生产周期为3个月。")
    assert any(m.unit == "个月" for m in doc.metrics), _figures(doc)


def test_a_quoted_class_of_goods_before_its_figure_is_no_programme():
    """01-jiangsu-qian8yue: 其中,船舶出口891亿元,增长28.6%;“新三样”产品出口1214.5亿元,增长10.6% (base: a programme
    新三样, 南京海关 runs it, and the figures its own with the indicator 产品出口).  A quoted campaign with its head
    word (“暖冬行动”共走访…) and one opening a paragraph alone stay programmes."""
    doc = extract_text("江苏外贸\n据南京海关统计,今年前8个月,江苏省外贸进出口总值3.82万亿元。其中,船舶出口891亿元,增长28.6%;"
                       "“新三样”产品出口1214.5亿元,增长10.6%。")
    assert "新三样" not in _names(doc, "Programme"), _names(doc, "Programme")
    assert ("江苏省", "新三样产品出口", 121450000000) in _figures(doc), _figures(doc)
    doc = extract_text("某县\n“菜篮子”工程建设有序推进。\n“暖冬行动”共走访困难群众300户。")
    assert {"菜篮子", "暖冬行动"} <= _names(doc, "Programme"), _names(doc, "Programme")


def test_a_fair_naming_its_officer_heads_no_sub_programmes():
    """04-guangjiaohui-124: 广交会副秘书长、新闻发言人、中国对外贸易中心副主任徐兵介绍,作为中国最大的贸易促进平台,广交会
    积极贯彻“一带一路”倡议 (base: 一带一路 subProgrammeOf 中国进出口商品交易会).  A programme heading its paragraph
    still holds the programmes named in it."""
    doc = extract_text("第124届广交会闭幕\n11月4日,第124届广交会闭幕。\n广交会副秘书长、新闻发言人徐兵介绍,作为中国最大的贸易促进"
                       "平台,广交会积极贯彻“一带一路”倡议,推动贸易畅通。\n“百日攻坚”行动中,“清河行动”共清理河道30公里。")
    subs = _relations(doc, "subProgrammeOf")
    assert not any(a == "一带一路" for a, _b in subs), subs
    assert ("清河行动", "百日攻坚") in subs, subs


def test_the_countries_investment_comes_from_are_no_subjects():
    """06-jiangsu-waizi-1-11yue: 其他主要投资来源地中,来自澳大利亚、韩国、英国的实际使用外资分别同比增长218.3%、72.5%、16.7%
    (base: 澳大利亚, 韩国, 英国 the subjects, two of them with the indicator 实际使用外资同比增长).  A list of places
    with figures of their own (南京、苏州分别增长) stays each place's."""
    doc = extract_text("江苏利用外资\n2018年1-11月,全省实际使用外资233.2亿美元。其他主要投资来源地中,来自澳大利亚、韩国、英国的"
                       "实际使用外资分别同比增长218.3%、72.5%、16.7%。")
    figures = _figures(doc)
    assert {("江苏省", "来自澳大利亚的实际使用外资同比增长", 218.3), ("江苏省", "来自韩国的实际使用外资同比增长", 72.5),
            ("江苏省", "来自英国的实际使用外资同比增长", 16.7)} <= figures, figures
    doc = extract_text("江苏利用外资\n2018年1-11月,南京市、苏州市实际使用外资分别同比增长5.1%、6.2%。")
    assert {("南京市", 5.1), ("苏州市", 6.2)} <= {(s, v) for s, _i, v in _figures(doc)}, _figures(doc)


def test_the_amount_actually_put_in_is_one_noun():
    """07-shangwubu-qian10yue-waizi: 1-10月,韩国、日本、美国、英国、德国、法国实际投入金额同比分别增长36%、24%… (base: the
    indicator 金额同比增长, 实际投入 dropped as words opening the clause)."""
    doc = extract_text("外资\n主要投资来源地方面,1-10月,韩国、日本实际投入金额同比分别增长36%、24%。")
    assert {("韩国", "实际投入金额同比增长", 36), ("日本", "实际投入金额同比增长", 24)} <= _figures(doc), _figures(doc)
