"""Round 48 (report48): county government work reports and audit reports from fresh texts of
/tmp/s26/fresh/report48: a list of targets each named before its figure (…增幅16%以上、限上社零额同比
增长15%以上) is no unmarked 分别 run; an audit report's headline year (2015年度省级预算执行…审计结果公告)
times its figures; the speaker's signature line (审计局局长 温存) is whole and its name read though it is
a word; a single-dash meeting subtitle and a congress's file label over the title leave the title read;
a project's phase (防洪治理四期) and a plan's slogans (“发力五个突破”) are no counts; a national organ
that gave a county's award (荣获国务院督查激励) or a list it entered (入选工信部…名录) does not make the
county's figure national, nor does 全市唯一 scope the clauses after it; a pointer to the annex (见附件) is
no part of an indicator; a round mark neared (逼近300亿元大关) is the level before; spending written with
a bare magnitude (民生类支出1.21万亿) is in 元."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> list[tuple[str | None, str, float, str, str | None]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return [(names.get(m.subject), m.indicator, m.value, m.unit, m.period) for m in doc.metrics]


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_targets_each_named_before_their_figure_are_no_unmarked_run():
    """鄂城区 2023 work report: 力争固定资产投资增幅16%以上、规上工业产值增幅13%以上、工业技改投资增幅
    20%以上、限上社零额同比增长15%以上、高新技术产业增加值增幅15%以上 (base: 以上、限上社零额 read as a
    list of two items for the last two figures: 以上社零额同比增长 15% and 限上社零额同比增长 for the
    high-tech growth, which was lost)."""
    doc = extract_text("鄂城区召开人代会\n2023年,鄂城区经济社会发展主要预期目标是:力争固定资产投资增幅16%以上、"
                       "规上工业产值增幅13%以上、工业技改投资增幅20%以上、限上社零额同比增长15%以上、"
                       "高新技术产业增加值增幅15%以上。")
    indicators = {m[1]: m[2] for m in _metrics(doc)}
    assert indicators.get("限上社零额同比增长") == 15 and indicators.get("高新技术产业增加值增幅") == 15, indicators
    assert not any(i.startswith("以上") for i in indicators), indicators


def test_an_audit_notice_headline_times_its_figures():
    """甘肃省2015年度省级预算执行和其他财政收支审计结果公告 (甘肃日报 2016-08-17): 一是经济发展稳中向好。
    …国内生产总值增长8.1% — the audited year 2015 (base: no period)."""
    doc = extract_text("甘肃省2015年度省级预算执行和其他财政收支审计结果公告\n"
                       "来源:甘肃日报 2016-08-17 11:05:24\n"
                       "根据《审计法》和相关法律法规,省审计厅对2015年度省级预算执行和其他财政收支情况进行了审计。\n"
                       "总体上看,省级预算执行情况较好。\n"
                       "一是经济发展稳中向好。面对经济下行压力,扎实推进各项工作。固定资产投资增长11.2%,"
                       "国内生产总值增长8.1%,贫困人口减少到317万人。")
    periods = {m[1]: m[4] for m in _metrics(doc)}
    assert periods.get("国内生产总值增长") == "2015" and periods.get("贫困人口") == "2015", periods


_RUYUAN = ("关于2020年度县级预算执行和其他财政收支的审计工作报告\n"
           "—2021年9月2日在乳源瑶族自治县第十二届人民代表大会常务委员会第三十九次会议上\n"
           "乳源瑶族自治县审计局局长 {name}\n"
           "县人大常委会主任、各位副主任,委员:\n"
           "我受县人民政府委托,向县人大常委会报告2020年度县级预算执行和其他财政收支的审计情况,请审议。")


def test_a_single_dash_meeting_subtitle_leaves_the_title():
    """乳源瑶族自治县审计工作报告: the subtitle line opens with one dash (—2021年9月2日在…会议上)
    (base: no title)."""
    doc = extract_text(_RUYUAN.format(name="温存"))
    assert doc.articles[0].title == "关于2020年度县级预算执行和其他财政收支的审计工作报告", doc.articles[0].title


def test_the_signature_name_is_read_though_a_word():
    """乳源瑶族自治县审计局局长 温存 (a word of the dictionary, 'tenderness'): the report's speaker,
    holding the bureau's post (base: no person)."""
    doc = extract_text(_RUYUAN.format(name="温存"))
    assert "温存" in _people(doc), _people(doc)
    assert ("温存", "乳源瑶族自治县审计局") in relation_pairs(doc, "holdsPost")


def test_the_signature_line_does_not_run_into_the_salutation():
    """审计局局长 温新 ⏎ 县人大常委会主任…: the signature line is whole (base: a person 温新县, the
    line run into the salutation's 县)."""
    doc = extract_text(_RUYUAN.format(name="温新"))
    assert "温新" in _people(doc) and "温新县" not in _people(doc), _people(doc)


def test_a_congress_file_label_over_the_title_is_no_title():
    """叶县政府工作报告: 叶县十六届人大四次会议文件(五) ⏎ 政 府 工 作 报 告 ⏎ ——2024年1月22日在…
    (base: no title)."""
    doc = extract_text("叶县十六届人大四次会议文件(五)\n政 府 工 作 报 告\n"
                       "——2024年1月22日在叶县第十六届人民代表大会第四次会议上\n叶县人民政府县长 文晓凡\n各位代表:\n"
                       "现在,我代表县人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人士提出意见。")
    assert doc.articles[0].title == "政府工作报告", doc.articles[0].title


def test_a_project_phase_is_no_count():
    """霍邱县 2024 work report: 沿淮洼地治理、沿岗河防洪治理四期等4个特别国债项目已获批 (base: a count
    沿岗河防洪治理 4 期)."""
    doc = extract_text("霍邱县召开人代会\n2023年,霍邱县沿淮洼地治理、沿岗河防洪治理四期等4个特别国债项目已获批,"
                       "争取资金10.1亿元。")
    units = [(m[1], m[3]) for m in _metrics(doc)]
    assert not any(u == "期" for _i, u in units), units
    assert ("特别国债项目", "个") in units, units


def test_a_plan_s_slogans_are_no_counts():
    """上高县 2024 work report: 市委“咬定一个目标、发力五个突破、聚力八大攻坚”工作思路 (base: a count
    突破 5 个)."""
    doc = extract_text("上高县召开人代会\n2023年,上高县深入贯彻市委“咬定一个目标、发力五个突破、聚力八大攻坚”"
                       "工作思路,新建5个“健康小屋”。")
    indicators = [m[1] for m in _metrics(doc)]
    assert "突破" not in indicators and "健康小屋" in indicators, indicators


def test_a_national_organ_giving_a_county_an_award_leaves_the_figure_the_county_s():
    """上高县 2024 work report: 首次荣获国务院督查激励,获得土地计划指标奖励1000亩 — the county's reward
    (base: subject 中国)."""
    doc = extract_text("政府工作报告\n——2024年2月27日在上高县第十七届人民代表大会第五次会议上\n县长 陈爱红\n各位代表:\n"
                       "一、2023年工作回顾\n荣誉表彰鼓舞干劲、振奋人心。首次荣获国务院督查激励,获得土地计划指标奖励1000亩;"
                       "成功创建省级生态文明建设示范县。")
    subjects = {m[1]: m[0] for m in _metrics(doc)}
    assert subjects.get("获得土地计划指标奖励") == "上高县", subjects


def test_a_city_s_only_one_is_no_scope_of_the_next_clause():
    """沭阳县 (round 47's science47 text, seen in this round's regression build): 沭阳获批…生产基地,全市
    唯一;获批国家级专精特新“小巨人”企业1个;入选工信部5G工厂名录企业1个;获批省智能制造示范工厂2个 — the
    county's, 全市唯一 its rank in the city and 工信部 the list's maker (base: 中国 and 宿迁市)."""
    doc = extract_text("县工信局荣获全市新型工业化建设先进单位\n2023年,沭阳县工信局全力推动全县新型工业化发展。此外,"
                       "沭阳获批2023-2026年度中国家居绿色供应链生产基地,全市唯一;获批国家级专精特新“小巨人”企业1个;"
                       "入选工信部5G工厂名录企业1个;获批省智能制造示范工厂2个。")
    subjects = {m[1]: m[0] for m in _metrics(doc)}
    assert subjects.get("入选工信部5G工厂名录企业") == "沭阳县", subjects
    assert subjects.get("获批省智能制造示范工厂") == "沭阳县", subjects


def test_a_pointer_to_the_annex_is_no_part_of_the_indicator():
    """沅江市审计局 2021: 拟对…的5项审计结果(见附件)…予以公告 (base: indicator 审计结果(见附件))."""
    doc = extract_text("沅江市审计局关于请求批准对外公告2021年度第二批审计结果的报告\n沅江市人民政府市长罗必胜:\n"
                       "我局拟对市路灯灯饰服务中心财政财务收支情况审计、市农业面源污染综合治理项目资金跟踪审计的5项审计结果(见附件)"
                       "予以公告。\n沅江市审计局\n2021年12月30日")
    indicators = [m[1] for m in _metrics(doc)]
    assert "审计结果" in indicators, indicators


def test_a_round_mark_neared_is_the_level_of_the_figure_before():
    """霍邱县 2024 work report: 地区生产总值同比增长7%左右,逼近300亿元大关 — the GDP's level (base:
    an indicator 大关)."""
    doc = extract_text("霍邱县召开人代会\n2023年,霍邱县地区生产总值同比增长7%左右,逼近300亿元大关;规模工业增加值增长7%左右。")
    levels = {m[1]: m[2] for m in _metrics(doc) if m[3] == "元"}
    assert levels == {"地区生产总值": 30000000000}, levels


def test_spending_in_a_bare_magnitude_is_in_yuan():
    """广东省 2019 audit report: 2019年全省民生类支出1.21万亿,占一般公共预算支出比重69.7% — 元 left
    unwritten (base: no unit)."""
    doc = extract_text("关于广东省2019年度省级预算执行和其他财政收支的审计工作报告\n"
                       "民生投入力度加大,2019年全省民生类支出1.21万亿,占一般公共预算支出比重69.7%。")
    units = {m[1]: m[3] for m in _metrics(doc)}
    assert units.get("民生类支出") == "元", units
