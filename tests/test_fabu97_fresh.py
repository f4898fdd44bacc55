"""Round 97 (fabu97): national press conferences — 国务院新闻办公室 conferences of 国家统计局 (前三季度 2020,
11月份 2023 and 2025), 工业和信息化部 (上半年 2020 transcript, 2023), 国家发展改革委 (前三季度 2025), 海关总署
(前三季度 2019) and 水利部 (“十四五” 2025, 1至8月 2023), a 国务院常务会议 report (2026) and a 国新办 weekly digest
of 56 conferences (2019) — from fresh texts of /tmp/s26/fresh/fabu97 (news.cn, scio.gov.cn, ncsti.gov.cn and
reprints).  Fixes: a spokesperson's role written right after a post with no 、 (信息通信发展司司长新闻发言人闻库) is
a second post in the same body; a briefing named only by its host and its kind (国新办发布会, 商务部例行新闻发布会)
is no programme; a span of years, 的 and a record (创下了2022年以来的同期新高) is the record's span, no year of the
figures after it; the reasons a speaker counts (有两个重要因素不可或缺) are the outline of his answer, no figure; a
step climbed onto (迈上万亿元大台阶) is a mark passed, 上 the verb's, and its amount the measure's before it; a
sentence of only a time and 达 before its figure (…。2024年达13529亿元) goes on with the measure of the figure of
the sentence right before."""
from __future__ import annotations

from conftest import extract_text, figure_table, post_triples as _posts


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _figures(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_spokesperson_role_glued_to_a_post_is_held_in_its_body():
    """03-gongxinbu-shangbannian-2020: 请工业和信息化部副部长辛国斌,工业和信息化部运行监测协调局局长、新闻发言人黄利斌,
    信息通信发展司司长新闻发言人闻库介绍… (base: 闻库 held no post, 司长 and 新闻发言人 written with no 、)."""
    doc = extract_text("国务院新闻办公室举行新闻发布会\n请工业和信息化部副部长辛国斌,信息通信发展司司长新闻发言人闻库介绍"
                       "上半年工业和通信业发展情况。国家统计局副局长新闻发言人盛来运出席。")
    got = _posts(doc)
    assert ("闻库", "工业和信息化部信息通信发展司", "司长") in got, got
    assert ("闻库", "工业和信息化部信息通信发展司", "新闻发言人") in got, got
    assert ("盛来运", "国家统计局", "副局长") in got and ("盛来运", "国家统计局", "新闻发言人") in got, got


def test_spokesperson_alone_gets_no_second_post():
    """Negative: a spokesperson with no post before (国家统计局新闻发言人付凌晖) holds that role only."""
    doc = extract_text("国新办举行新闻发布会\n国家统计局新闻发言人付凌晖介绍11月份国民经济运行情况。")
    assert _posts(doc) == {("付凌晖", "国家统计局", "新闻发言人")}, _posts(doc)


def test_briefing_named_by_its_host_is_no_programme():
    """05-tongjiju-11yue-2023: 国家统计局新闻发言人刘爱华在当日举行的国新办发布会上说… (base: a Programme 国新办发布会 and
    国家统计局 runs it)."""
    doc = extract_text("国家统计局发布数据\n国家统计局新闻发言人刘爱华在当日举行的国新办发布会上说,要巩固和增强经济回升向好态势。"
                       "商务部召开例行新闻发布会。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    assert not [r for r in doc.relations if r.predicate == "runs"], doc.relations


def test_briefing_with_a_theme_stays_named():
    """Negative: a briefing whose words say more than its host and kind (推动高质量发展系列主题新闻发布会) stays a
    named programme."""
    doc = extract_text("国新办举行发布会\n国务院新闻办公室举行推动高质量发展系列主题新闻发布会,介绍有关情况。")
    assert "推动高质量发展系列主题新闻发布会" in _names(doc, "Programme"), _names(doc, "Programme")


def test_record_span_with_de_dates_no_later_figure():
    """02-fagaiwei-qiansanjidu-2025 (no date): 从供给看,规模以上工业增加值增长6.2%,创下了2022年以来的同期新高。…从前三季度
    数据看,装备制造业…增加值分别增长9.7%… (base: every later 前三季度 figure dated 2022-01/2022-09)."""
    got = figure_table("中国经济顶住压力稳中有进\n从供给看,规模以上工业增加值增长6.2%,创下了2022年以来的同期新高。\n"
                       "二是动能足。从前三季度数据看,装备制造业增加值增长9.7%。", None)
    assert got[(9.7, "%")][2] is None, got


def test_year_stated_still_dates_later_figures():
    """Negative: a year stated for the text's own figures (2022年,全市…) still dates a yearless 上半年 after it."""
    got = figure_table("全市经济运行情况\n2022年,全市规模以上工业增加值增长6.2%。\n上半年,装备制造业增加值增长9.7%。", None)
    assert got[(9.7, "%")][2] == "2022-01/2022-06", got


def test_reasons_counted_are_the_answers_outline():
    """01-tongjiju-qiansanjidu-2020: 今年前三季度经济增速由负转正,有两个重要因素不可或缺 (base: a metric 重要因素不可或缺
    2 个)."""
    doc = extract_text("国务院新闻办举行新闻发布会\n这位负责人还表示,今年前三季度经济增速由负转正,有两个重要因素不可或缺。"
                       "前三季度城镇新增就业898万人。")
    inds = {m.indicator for m in doc.metrics}
    assert not any("因素" in i for i in inds), inds
    assert ("城镇新增就业", 8980000, "人") in _figures(doc), _figures(doc)


def test_factors_counted_in_digits_stay_figures():
    """Negative: risk factors counted in digits (排查风险因素120个) stay a figure."""
    doc = extract_text("安全生产检查\n全县排查风险因素120个,整改隐患98处。")
    assert ("排查风险因素", 120, "个") in _figures(doc), _figures(doc)


def test_step_climbed_onto_is_the_measures_mark():
    """09-shuilibu-shisiwu-2025: 2022年水利建设完成投资首次迈上万亿元大台阶 (base: 大台阶 | 1万亿元 ~, 上万 read as
    tens of thousands)."""
    doc = extract_text("水利高质量发展\n2022年水利建设完成投资首次迈上万亿元大台阶,并连续3年突破历史纪录。"
                       "全市地区生产总值迈上千亿元台阶。")
    got = {(m.indicator, m.value, m.approx) for m in doc.metrics}
    assert ("水利建设完成投资", 10 ** 12, False) in got, got
    assert ("地区生产总值", 10 ** 11, False) in got, got


def test_round_figure_after_shang_alone_stays_approximate():
    """Negative: 上 with no verb of climbing before it (上万名群众) is still the round figure's approx word."""
    doc = extract_text("活动举行\n全县上万名群众参加活动。")
    got = {(m.value, m.approx) for m in doc.metrics}
    assert (10000, True) in got, got


def test_time_and_reach_sentence_goes_on_with_the_measure_before():
    """09-shuilibu-shisiwu-2025: 2022年水利建设完成投资首次迈上万亿元大台阶,并连续3年突破历史纪录。2024年达13529亿元
    (base: 金额 | 13529亿元, an amount of nothing named)."""
    doc = extract_text("水利高质量发展\n2022年水利建设完成投资首次迈上万亿元大台阶,并连续3年突破历史纪录。2024年达13529亿元。"
                       "全县地区生产总值120亿元,增长5%。2024年达到130亿元。")
    got = _figures(doc)
    assert ("水利建设完成投资", 1352900000000, "元") in got, got
    assert ("地区生产总值", 13000000000, "元") in got, got


def test_time_and_reach_after_another_sentence_is_not_carried():
    """Negative: with a sentence of no figure between, the measure is not carried over (金额 stays)."""
    doc = extract_text("全县经济\n全县地区生产总值120亿元。全县开展培训活动。2024年达到130亿元。")
    got = {m.indicator for m in doc.metrics if m.value == 13000000000}
    assert "地区生产总值" not in got, got
