"""Figures in shapes read on fresh national and provincial statistics releases (国家统计局
quarterly and annual releases, Xinhua wires of January, county work reports): a sentence broken
down by quarter, yearless parts of a year in a report published early in the next year, one
past year.  Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import extract_text
from kg.builder import extract_document
from kg.model import Doc
from kg.periods import resolve


def _build(text: str, date: str | None = None):
    """The whole pipeline over one text with a publication date from its metadata."""
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return res, {(m.value, m.unit): m for m in res.metrics}


def test_a_sentence_broken_down_by_quarter_sets_no_time_for_the_next():
    """初步核算，前三季度…。分季度看，一季度…，二季度…，三季度…。分产业看，第一产业增加值…: the
    industries are the nine months', not the first quarter's."""
    _res, ms = _build("初步核算，前三季度全省生产总值41236亿元，同比增长5.8%。分季度看，一季度同比增长6.1%，"
                      "二季度增长5.7%，三季度增长5.6%。分产业看，第一产业增加值2150亿元，同比增长3.9%。",
                      "2023-10-20")
    assert ms[(5.7, "%")].period == "2023-04/2023-06"
    assert ms[(215000000000, "元")].period == "2023-01/2023-09"
    assert ms[(3.9, "%")].period == "2023-01/2023-09"


def test_a_sentence_opening_with_its_time_still_sets_it():
    """“十一五”期间，…，至去年底，…。…: the plan's years stay the paragraph's time (the as-of day
    is no parallel period)."""
    _res, ms = _build("“十一五”期间，全省新增发电装机容量3100万千瓦，至去年底，全省电源装机容量达7100万千瓦。"
                      "全省新增输电线路21872千米。", "2011-05-03")
    assert ms[(21872, "公里")].period == "2006/2010"


def test_a_whole_year_in_a_january_release_is_the_year_just_ended():
    """国家统计局1月17日: 全年国内生产总值…, 年末就业人员… are 2023's; the year's target set in a
    January work report (全年…增长6%左右) stays 2024."""
    _res, ms = _build("新华社北京1月17日电 国家统计局局长介绍，初步核算，全年国内生产总值1260582亿元，"
                      "比上年增长5.2%。年末全国就业人员74041万人。", "2024-01-18")
    assert ms[(126058200000000, "元")].period == "2023"
    assert ms[(740410000, "人")].period == "2023-12-31"
    _res, ms = _build("今年经济社会发展的主要预期目标是：全年地区生产总值增长6%左右，城镇新增就业3万人以上。"
                      "1-11月，全县规模以上工业增加值增长7.1%。", "2024-01-20")
    assert ms[(6, "%")].status == "target" and ms[(6, "%")].period == "2024"
    assert ms[(7.1, "%")].period == "2023-01/2023-11"


def test_a_whole_year_late_in_the_year_stays_this_year():
    """全年 in a December summary is this year's (the year is nearly over)."""
    _res, ms = _build("全年全县接待游客320万人次，实现旅游综合收入28.6亿元。", "2023-12-28")
    assert ms[(2860000000, "元")].period == "2023"


def test_one_past_year_is_a_year():
    """过去一年 is the year before publication, not an interval of one year."""
    assert resolve("过去一年", "2024-01-20") == "2023"
    assert resolve("过去五年", "2024-01-20") == "2019/2023"


def test_a_run_of_short_forms_is_no_subject_and_stays_in_its_indicator():
    """外商及港澳台商投资企业增长4.2%, 港澳台地区进出口额增长3.1% in a province's release: the
    figures are the province's (港澳台 lists three places, none the subject alone), and 港 stays
    in the indicator."""
    _res, ms = _build("江西省统计局发布数据，前三季度，全省规模以上工业增加值同比增长6.0%。分经济类型看，"
                      "国有控股企业增加值同比增长1.0%，外商及港澳台商投资企业增长4.2%。"
                      "港澳台地区进出口额增长3.1%。", "2023-10-20")
    res = _res
    for key in ((4.2, "%"), (3.1, "%")):
        assert res.entities[ms[key].subject].name == "江西省", key
    assert ms[(3.1, "%")].indicator.startswith("港澳台地区进出口额")


def test_a_target_of_the_whole_year_in_a_nine_months_sentence():
    """1-9月，…完成8.2亿元，全年目标为11亿元; 全年计划投资150亿元: the target is the whole
    year's, the result the nine months'; a share of the target done stays the nine months'."""
    _res, ms = _build("1-9月，全县一般公共预算收入完成8.2亿元，全年目标为11亿元。"
                      "今年1-9月，全市重点项目完成投资120亿元，全年计划投资150亿元。"
                      "1-9月，全县固定资产投资完成45亿元，完成全年目标任务60亿元的75%。", "2023-10-20")
    assert ms[(820000000, "元")].period == "2023-01/2023-09"
    assert ms[(1100000000, "元")].period == "2023"
    assert ms[(12000000000, "元")].period == "2023-01/2023-09"
    assert ms[(15000000000, "元")].period == "2023"
    assert ms[(6000000000, "元")].period == "2023"
    assert ms[(75, "%")].period == "2023-01/2023-09"


def test_a_bulletin_opening_with_its_year_gives_it_to_later_sections():
    """2015年，面对…。 … 二、农业 农业增加值…: a section without a time of its own is the year
    the bulletin's lead opens with; a lead opening with a day (2019年3月26日，…) sets none."""
    text = ("2015年，面对严峻复杂的外部环境，全县经济发展呈现出平稳发展的良好态势。\n"
            "一、综合\n初步测算，2015年全县地区生产总值244394万元，比上年增长13.1%。\n"
            "二、农业\n农业增加值32586万元，同比增长9.9%。粮食作物种植面积12981公顷。\n")
    _res, ms = _build(text, "2016-04-01")
    assert ms[(325860000, "元")].period == "2015"
    assert ms[(12981, "公顷")].period == "2015"
    _res, ms = _build(text.replace("2015年，面对", "2015年4月1日，面对"), "2016-04-01")
    assert ms[(325860000, "元")].period is None


def test_an_index_value_is_a_level_with_no_unit():
    """工业生产者出厂价格指数为102.1, 制造业PMI为50.2: the value of an index is a level with no
    unit; a percentage after 指数为 keeps its unit, a count after 指数 is no index value."""
    _res, ms = _build("3月份，全省工业生产者出厂价格指数为102.1，居民消费价格指数（CPI）为101.5。"
                      "4月份，制造业PMI为50.2，比上月上升0.4个百分点。", "2023-04-20")
    m = ms[(102.1, "")]
    assert m.kind == "level" and m.indicator == "工业生产者出厂价格指数" and m.period == "2023-03"
    assert ms[(101.5, "")].indicator.startswith("居民消费价格指数")
    assert ms[(50.2, "")].period == "2023-04"
    assert ms[(0.4, "个百分点")].kind == "change"
    _res, ms = _build("全市共有指数为1000个的样本。2022年全省粮食产量为756.1万吨。", "2023-04-20")
    assert all(unit for _v, unit in ms)


def test_an_index_value_has_no_unit_in_the_graph(tmp_path):
    """The RDF observation of a unitless value names no unit (no concept for an empty unit)."""
    from kg.builder import build
    src = tmp_path / "cpi.txt"
    src.write_text("3月份，全省工业生产者出厂价格指数为102.1。全省粮食产量为756.1万吨。", encoding="utf-8")
    build([str(src)], out_dir=str(tmp_path / "out"), formats=("json", "turtle"))
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    block = ttl[ttl.index('"102.1"'):]
    block = block[:block.index(" .\n")]
    assert "unitMeasure" not in block
    assert "unitMeasure" in ttl  # the tonnes keep theirs


def test_the_whole_of_a_foreign_country_is_that_country():
    """意大利全国新增确诊病例1797例: 全国 after a country's name is that country's whole, so the
    figure is Italy's and no mention of China is made; a bare 全国 stays China's."""
    res, ms = _build("罗马3月10日电 意大利全国新增确诊病例1797例，累计确诊10149例。", "2020-03-11")
    assert res.entities[ms[(1797, "例")].subject].name == "意大利"
    assert not any(e.name == "中国" for e in res.entities.values())
    res, ms = _build("国家卫健委通报，全国新增确诊病例24例。", "2020-03-11")
    assert res.entities[ms[(24, "例")].subject].name == "中国"


def test_a_count_of_divisions_then_what_is_measured_of_them():
    """全省16个设区市城镇调查失业率平均为5.3%: 16 counts the cities, 5.3% is the jobless rate
    (no fragment 设区市城镇调查失业率平 for both); a list after the count (13名县牵头项目领导，
    10个镇…) keeps its whole noun."""
    _res, ms = _build("全省16个设区市城镇调查失业率平均为5.3%。", "2024-02-11")
    assert ms[(16, "个")].indicator == "设区市"
    assert ms[(5.3, "%")].indicator.startswith("城镇调查失业率")
    _res, ms = _build("该县召开谈话会，13名县牵头项目领导，10个镇和37个县直单位负责人参加。", "2024-02-11")
    assert ms[(13, "名")].indicator == "县牵头项目领导"


def test_a_name_of_letters_and_digits_is_one_word_of_the_noun():
    """13个县（市、区）PM2.5平均浓度为32微克/立方米: the digits of PM2.5 are no figure, the
    concentration keeps its name."""
    _res, ms = _build("2023年，全省13个县（市、区）PM2.5平均浓度为32微克/立方米。", "2024-02-11")
    assert ms[(13, "个")].indicator == "县（市、区）"
    assert ms[(32, "微克/立方米")].indicator == "PM2.5平均浓度"


def test_a_plan_named_as_a_noun_reaches_its_own_clause_only():
    """县级重点项目共530项，…，年度计划投资561.86亿元，1-6月累计完成投资362.32亿元，…，其中：在建项目
    185项: the planned investment is a target, the projects under construction and the amounts
    done are results; 计划新开工项目157项 (计划 in the figure's own clause) is a plan."""
    _res, ms = _build("2023年县级重点项目共530项，总投资2944.74亿元，年度计划投资561.86亿元，1-6月累计完成投资"
                      "362.32亿元，其中：在建项目185项，总投资1330.5亿元；计划新开工项目157项。"
                      "全县重点项目50个，年度投资计划17.68亿元，1-5月完成投资4.28亿元，完成率24.25%。",
                      "2023-07-12")
    assert ms[(56186000000, "元")].status == "target"
    assert ms[(185, "项")].status is None
    assert ms[(133050000000, "元")].status is None
    assert ms[(157, "项")].status == "target"
    assert ms[(1768000000, "元")].status == "target"
    assert ms[(428000000, "元")].status is None and ms[(24.25, "%")].status is None
    _res, ms = _build("2024年主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人以上。", "2024-01-20")
    assert ms[(30000, "人")].status == "target"  # a target list still reaches every clause


def test_the_last_months_are_a_time_not_a_figure():
    """近两个月就业形势逐渐好转: 近两个月 is a stretch of time (vague: no ISO time), not a count of
    two months; 前两个月 stays the first two months of the year."""
    assert resolve("近两个月", "2022-07-14") is None
    assert resolve("前两个月", "2022-07-14") == "2022-01/2022-02"
    _res, ms = _build("从城镇调查失业率走势看，近两个月就业形势逐渐好转。一季度全国城镇调查失业率均值为5.5%。",
                      "2022-07-15")
    assert (2, "个月") not in ms
    assert ms[(5.5, "%")].period == "2022-01/2022-03"


def test_a_level_moved_to_a_new_value_keeps_its_indicator():
    """一季度全国城镇调查失业率均值为5.5%。4月份受疫情影响走高至6.1%，5月份回落至5.9%: the later
    values are the same rate's; a change (上升了0.2个百分点) is no such level."""
    _res, ms = _build("一季度全国城镇调查失业率均值为5.5%，处于较低水平。4月份受疫情影响走高至6.1%，"
                      "5月份回落至5.9%。", "2022-07-15")
    for key in ((6.1, "%"), (5.9, "%")):
        assert ms[key].indicator == "城镇调查失业率均值", key
        assert ms[key].kind == "level", key
    assert ms[(6.1, "%")].period == "2022-04"


def test_a_budget_set_at_the_start_of_the_year_is_the_years():
    """1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%: the budget is the year's
    (年初 says when it was set), the revenue and its share the five months'."""
    _res, ms = _build("1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%，同比下降6.5%。", "2024-06-12")
    assert ms[(100650000, "元")].period == "2024"
    assert ms[(43480000, "元")].period == "2024-01/2024-05"
    assert ms[(43.2, "%")].period == "2024-01/2024-05"


def test_a_date_line_with_a_page_counter_is_the_publication_date():
    """2022-07-15 阅读次数: 1676 (a scraped page's head line: the date, then a counter of readers)
    dates the page; the figures' yearless 1至6月 is then 2022's."""
    doc = Doc(id="t", source="t.txt", text="上半年全国城镇新增就业654万人\n2022-07-15 阅读次数: 1676\n\n"
                                           "1至6月，全国城镇新增就业654万人，完成全年目标任务的59%。\n")
    res = extract_document(doc)
    assert doc.date == "2022-07-15"
    ms = {(m.value, m.unit): m for m in res.metrics}
    assert ms[(6540000, "人")].period == "2022-01/2022-06"


def test_a_plan_up_to_a_year_still_reaches_the_clause_after():
    """计划到2025年，全县建成高标准农田10万亩: the year is no figure of the plan's clause, so the
    plan still governs the figure after the comma."""
    _res, ms = _build("全县计划到2025年，建成高标准农田10万亩。", "2023-07-12")
    assert ms[(100000, "亩")].status == "target"


def test_a_national_figure_without_a_scope_word_of_its_own_is_no_mention_of_china():
    """In a national story a figure may be the country's with no 全国 in its sentence (its
    subject is 中国); the mention of 中国 is the article's national scope word, never the
    figure's own text (16万公里 was stored as a mention of the country)."""
    doc = extract_text("交通运输部举行新闻发布会\n今年1至10月，新改建农村公路16万公里。"
                       "全国农村公路总里程达到446万公里，全国建制村通硬化路，全国乡镇通客车。")
    china = next(e for e in doc.entities.values() if e.name == "中国")
    assert [m.surface for m in china.mentions] == ["全国"]
    assert {m.value: doc.entities[m.subject].name for m in doc.metrics} \
        == {160000: "中国", 4460000: "中国"}
