"""Round 44 (policy44): policy documents, plans and work reports from fresh texts of
/tmp/s26/fresh/policy44 (云南, 甘肃, 河北, 广东, 浙江, 四川): no national subject for a city plan's
国内生产总值 (广州市《纲要》), a goal for a figure of a year to come or of a deadline (到2025年…,
到2025年底前…), no figure from a session ordinal (省委九届十一次全会), a procedure's time limit
(14个工作日内), a bound restated in brackets (6亩以下（不含6亩）) or a size band of farms (10—50只分散养殖户),
a change for 年均增 (GDP年均增6.5%左右), 杭州湾 the bay, not 杭州市, and 古田 in 上杭县's report its 古田镇."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> list[tuple]:
    names = {e.id: e.name for e in doc.entities.values()}
    return [(names.get(m.subject, m.subject), m.indicator, m.value, m.kind, m.status) for m in doc.metrics]


GUANGZHOU = ("广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n2021-05-19 18:00:17\n"
             "广州市发布该市“十四五”规划纲要。5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年"
             "远景目标纲要》(下列简称《纲要》),提出到2025年地区生产总值将达到3.5万亿元(人民币,下同)。\n"
             "《纲要》提出“十四五”时期(2021年至2025年)“八个新”的确切目标:\n"
             "经济发展进入全新阶段,年均增长6%左右,到2025年,国内生产总值达到3.5万亿元;创新驱动取得全新成就,"
             "研发支出占国内生产总值比重达到3.4%左右,战略性新兴产业增加值超过1.2万亿元;生态环境得到改善,"
             "空气质量优良天数占比达到88%,森林覆盖率提高到41.65%;民生福祉取得新进展。")


def test_a_city_plan_s_gdp_word_is_the_city_s():
    """广州市 十四五 纲要 (chaogb.com): 到2025年,国内生产总值达到3.5万亿元;…森林覆盖率提高到41.65% — the
    city's targets (base: 国内生产总值 read as China's, and every later figure of the paragraph with it)."""
    subjects = {ind: subj for subj, ind, *_ in _metrics(extract_text(GUANGZHOU))}
    for ind in ("国内生产总值", "研发支出占国内生产总值比重", "战略性新兴产业增加值", "森林覆盖率"):
        assert subjects.get(ind) == "广州市", subjects
    # a local article whose sentence says 全国 keeps 国内生产总值 China's
    doc = extract_text("东莞市经济运行平稳\n2024-04-20\n东莞市一季度经济运行平稳。一季度,全国国内生产总值增长5.3%。")
    assert ("中国", "国内生产总值增长") in {(s, i) for s, i, *_ in _metrics(doc)}, _metrics(doc)


def test_a_figure_of_a_year_after_publication_is_a_target():
    """广州市 纲要 (published 2021): 战略性新兴产业增加值超过1.2万亿元 over 2021/2025 has no 力争 before
    it, yet is a goal (base: status None, a result)."""
    status = {ind: st for _s, ind, _v, _k, st in _metrics(extract_text(GUANGZHOU))}
    assert status.get("战略性新兴产业增加值") == "target" and status.get("国内生产总值") == "target", status


def test_a_figure_by_a_deadline_is_a_target():
    """成都市 嵌入式服务设施 实施方案 (lr5.cn): 到2025年底前,全市首批100个…示范社区全面建成 — a goal
    (base: status None)."""
    doc = extract_text("成都市城市社区嵌入式服务设施建设工程实施方案\n一、主要目标\n"
                       "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成,形成可复制、可推广的经验。")
    assert [st for _s, _i, v, _k, st in _metrics(doc) if v == 100] == ["target"], _metrics(doc)
    # a deadline the text says was met (12月31日前,全县已完成… in January) stays a result
    doc = extract_text("全县冬小麦播种结束\n2023年1月5日\n12月31日前,全县已完成冬小麦播种60万亩。")
    assert [st for *_x, st in _metrics(doc)] == [None], _metrics(doc)


def test_a_session_ordinal_after_jie_is_no_figure():
    """雄安新区 实施方案 (xiongan.gov.cn): 按照省委九届十一次、十二次全会部署 (base: a figure 省委九届 11次)."""
    doc = extract_text("全面推进乡村振兴加快农业农村现代化的实施方案\n"
                       "按照省委九届十一次、十二次全会部署和雄安新区2021年建设发展工作会议要求,统筹推进“五位一体”总体布局。")
    assert not _metrics(doc), _metrics(doc)


def test_a_procedure_s_time_limit_and_a_restated_bound_are_no_figures():
    """官渡区 稳增长 政策措施 (kmgd.gov.cn): 辖区范围内6亩以下(不含6亩)的土地…; 环评报告书14个工作日内、
    环评报告表7个工作日内完成审批 (base: figures 工作日内 14个, 不含 6亩, 辖区范围内 6亩)."""
    doc = extract_text("官渡区稳增长促发展若干政策措施\n"
                       "2. 提高土地审批效率。辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。\n"
                       "3. 提高环评审批效率。环评报告书14个工作日内、环评报告表7个工作日内、环评登记表3个工作日内完成审批。"
                       "区级财政安排4000万元重大项目前期费。")
    assert [(i, v) for _s, i, v, *_x in _metrics(doc)] == [("重大项目前期费", 40000000)], _metrics(doc)
    # a time cut down to a limit is the time achieved, a figure (企业开办时间压缩至1个工作日内)
    doc = extract_text("衡水市优化营商环境\n企业开办时间压缩至1个工作日内。")
    assert [v for _s, _i, v, *_x in _metrics(doc)] == [1], _metrics(doc)


def test_a_size_band_of_farms_is_no_figure():
    """合水县 优势特色产业 实施方案 (hsxzf.gov.cn): 发展10—50只分散养殖户150户; 新(扩)建50只以上规模养殖户47个
    (base: figures 分散养殖户 10只 and 规模养殖户 50只 besides the counts)."""
    doc = extract_text("合水县2025年优势特色产业发展实施方案\n1.新(扩)建养殖户。新(扩)建50只以上规模养殖户47个。"
                       "倡导群众利用弃耕地、撂荒地和废窑旧庄发展10—50只分散养殖户150户。")
    assert sorted(v for _s, _i, v, *_x in _metrics(doc)) == [47, 150], _metrics(doc)


def test_nian_jun_zeng_is_a_change():
    """中山市 十四五 纲要 (广州日报): GDP年均增6.5%左右 — an average annual change (base: a level)."""
    doc = extract_text("中山市“十四五”规划纲要正式印发实施\n目标:\nGDP年均增6.5%左右")
    assert [k for _s, _i, v, k, _st in _metrics(doc) if v == 6.5] == ["change"], _metrics(doc)


def test_hangzhou_bay_is_no_city():
    """绍兴市 2025年计划 (sx.gov.cn): 推进杭州湾创新港、…杭州湾产业协同创新中心等标志性平台建设 — the bay
    (base: a place 杭州市)."""
    doc = extract_text("绍兴市人民政府关于下达2025年绍兴市国民经济和社会发展计划的通知\n"
                       "打造科创走廊2.0版,推进杭州湾创新港、杭州湾产业协同创新中心等标志性平台建设。")
    assert "杭州市" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_county_s_township_named_short_is_no_other_county():
    """上杭县 政府工作报告 (福建, laobiganzi.top): …引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目;“心连心”
    艺术团走进古田慰问演出 — 古田 is the county's 古田镇, not 古田县 of Ningde (base: 宁德时代 names the city,
    and 古田 was read as its county)."""
    doc = extract_text("上杭县政府工作报告\n回顾这一年,连续第四年被评为“福建省经济实力十强县”;常青新能源一期项目顺利实现投产,"
                       "引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目;“心连心”艺术团走进古田慰问演出,"
                       "古田“一台戏”项目取得重大进展。")
    assert "古田县" not in _names(doc, "Place"), _names(doc, "Place")
