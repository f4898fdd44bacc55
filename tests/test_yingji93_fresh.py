"""Round 93 (yingji93): emergency-management and work-safety news (应急管理, 安全生产) — the ministry's
quarterly accident figures (事故起数, 死亡人数, 同比分别下降), the national fire-rescue service's yearly
call-outs (接报处置警情, 出动…人次), a province's 24-hour fire-rescue tally listing its cities, county
and district 安委会办公室 and 应急管理局 news on hazard checks (检查企业…家, 隐患…处, 整改率) and a city's
inspection of a district's streets, from Beijing (national), Fujian, Anhui (Huangshan, Anqing), Hebei,
Inner Mongolia, Guangdong and Hunan (fresh texts of /tmp/s26/fresh/yingji93).  Fixes: a city listed
with its own figure (其中莆田151起、福州119起) no subject of the figures after the list; the first street
of a list written right after the clause's verb (督导龙华、福城、大浪3个街道) no place 督导龙华; 全县 in a
county bureau's story placed in its city the one county named under it; a quoted numeral summary term
with no 个 (“三下降”是：…) no programme nor subject; listed months then a count in words (6、7、8三个月共
接报处置警情) no 个月 in the indicator, and 秒钟 seconds; a campaign named with its year before 行动
(重大事故隐患专项排查整治2023行动) a programme; a town heading a plan's name (弥陀镇防汛抗旱应急预案…) no
subject the semicolon clauses after it go on about."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _subject_of(doc, value) -> set[str | None]:
    return {s for s, _i, v, _u in _metrics(doc) if v == value}


def test_a_city_listed_with_its_own_figure_is_no_subject_after_the_list():
    """04-fujian-jiechujing: 其中,接报防抗台风相关警情419起,其中莆田151起、福州119起、泉州98起…,处置房屋人员被困205起、
    高空排险100起…。出动消防救援人员2762人 (base: 莆田市 the subject of every figure after the list).  Each city
    keeps its own figure; a place heading its clause before a dated figure still is its subject."""
    doc = extract_text("24小时福建消防共接处警869起\n7月28日6时至29日6时,福建省消防救援队伍共接处警869起。其中,"
                       "接报防抗台风相关警情419起,其中莆田151起、福州119起、泉州98起,处置房屋人员被困205起、"
                       "高空排险100起。出动消防救援人员2762人,车辆456辆。")
    assert _subject_of(doc, 151) == {"莆田市"} and _subject_of(doc, 119) == {"福州市"}, _metrics(doc)
    for v in (205, 100, 2762, 456):
        assert _subject_of(doc, v) == {"福建省"}, (v, _metrics(doc))
    doc = extract_text("安全生产\n今年以来,莆田市2023年检查企业151家、整改隐患119处,发现问题98个。")
    assert _subject_of(doc, 98) == {"莆田市"}, _metrics(doc)


def test_the_first_street_after_the_verb_is_the_street():
    """09-longhua-duzhu: 共访谈龙华区应急、消防、住建、交警4个行业部门主要领导,督导龙华、福城、大浪3个街道 (base: a
    place 督导龙华, no code).  The stem after the verb is 龙华街道 of the district; no place holds the verb."""
    doc = extract_text("安全生产大检查督导\n督导组对深圳市龙华区开展督导检查,共访谈龙华区应急、消防、住建、交警4个行业部门"
                       "主要领导,督导龙华、福城、大浪3个街道,发现隐患问题45条。")
    places = _names(doc, "Place")
    assert "龙华街道" in places and not any(p.startswith("督导") for p in places), places


def test_whole_county_in_a_county_bureaus_story_placed_in_its_city():
    """08-taihu-yingjiju-2023: 县应急管理局 … 重大事故隐患排查整治稳步推进,全县完成50多处重大事故隐患整改 … 2023年安庆市
    防汛抢险救灾综合演练圆满完成, 太湖县 named only in the source line (base: 安庆市's 50 处 and 13 期)."""
    doc = extract_text("县应急管理局荣获2023年度综合绩效考核先进单位\n2024-02-20 太湖县人民政府网\n2023年,县应急管理局"
                       "坚持统筹安全和发展,重大事故隐患排查整治稳步推进,全县完成50多处重大事故隐患整改;安全教育培训"
                       "蹄疾步稳,举办13期安全知识培训班;2023年安庆市防汛抢险救灾综合演练圆满完成。")
    assert _subject_of(doc, 50) == {"太湖县"}, _metrics(doc)
    # the rule needs one county: a city's story naming two of its counties leaves 全县 to the rules before
    # it (no guess between 太湖县 and 望江县)
    doc = extract_text("安庆市安全生产\n安庆市应急管理局召开会议。太湖县、望江县参加会议。\n会议指出,全县完成50多处"
                       "重大事故隐患整改。")
    assert _subject_of(doc, 50) != {"太湖县"} and _subject_of(doc, 50) != {"望江县"}, _metrics(doc)


def test_a_quoted_numeral_summary_term_is_no_programme():
    """01-quanguo-yijidu-shigu: 全国安全生产工作主要呈现“三下降、两平稳”的特点。“三下降”是:事故总量下降,全国共发生各类生产
    安全事故3415起 (base: programmes 三下降 and 两平稳, the subject of every figure).  A quoted name of work
    opening its paragraph (“三个狠抓”专项行动) stays a programme."""
    doc = extract_text("应急管理部通报一季度全国安全生产情况\n应急管理部新闻发言人申展利表示,一季度,全国安全生产工作主要"
                       "呈现“三下降、两平稳”的特点。\n“三下降”是:事故总量下降,全国共发生各类生产安全事故3415起、死亡"
                       "3208人,同比分别下降29.5%、24.4%。\n“两平稳”是:大部分地区安全生产形势平稳。")
    assert not {"三下降", "两平稳"} & _names(doc, "Programme"), _names(doc, "Programme")
    assert _subject_of(doc, 3415) == {"中国"}, _metrics(doc)
    doc = extract_text("县安委办部署\n县安委办以安全生产“三个狠抓”专项行动为抓手,组织协调各成员单位开展检查。")
    assert any("三个狠抓" in n for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_listed_months_and_seconds_are_no_words_of_the_indicator():
    """03-xiaofang-jingqing-2025: 夏季的6、7、8三个月共接报处置警情68.5万起 (base: indicator 个月接报处置警情) and
    全年平均不到13秒钟处置一起警情 (base: 钟处置一起警情, the unit 秒 cut from its 钟)."""
    doc = extract_text("消防救援形势\n从季节分布看,夏季的6、7、8三个月共接报处置警情68.5万起,占全年的28%。"
                       "从任务负荷看,全年平均不到13秒钟处置一起警情。")
    inds = {i for _s, i, _v, _u in _metrics(doc)}
    assert "接报处置警情" in inds and not any(i.startswith(("个月", "钟")) for i in inds), inds
    assert any(v == 13 and u == "秒" for _s, _i, v, u in _metrics(doc)), _metrics(doc)


def test_a_campaign_named_with_its_year_is_a_programme():
    """A city bureau's summary: 持续深入开展安全生产大检查、重大事故隐患专项排查整治2023行动 (base: no programme).  A
    figure counted in a year's number (开展检查2023次) and 2023年…活动 are no such name."""
    doc = extract_text("市应急管理局2023年工作总结\n持续深入开展安全生产大检查、重大事故隐患专项排查整治2023行动,"
                       "聚焦消防、道路交通等重点行业领域。")
    assert "重大事故隐患专项排查整治2023行动" in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("安全检查\n今年以来全县开展检查2023次。")
    assert not any("2023" in n for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_a_town_heading_a_plans_name_is_no_subject_of_the_clauses_after():
    """08-taihu-yingjiju-2023: 应急预案和演练科学有效,弥陀镇防汛抗旱应急预案成功获选省级预案模板,…;专家指导服务精准施策,
    3轮专家服务排查治理安全隐患460条 (base: 弥陀镇 the subject of 460 条 and every figure after, carried over the
    semicolon).  A town doing the work (弥陀镇实施…项目建设,实现…;…) still goes on being the subject."""
    doc = extract_text("县应急管理局荣获2023年度综合绩效考核先进单位\n2024-02-20 太湖县人民政府网\n2023年,县应急管理局被县委、"
                       "县政府授予“综合绩效考核先进单位”。\n2023年,县应急管理局攻坚克难、真抓实干,重大事故隐患排查整治稳步推进,"
                       "全县完成50多处重大事故隐患整改;应急预案和演练科学有效,弥陀镇防汛抗旱应急预案成功获选省级预案模板,"
                       "2023年安庆市防汛抢险救灾综合演练圆满完成;专家指导服务精准施策,3轮专家服务排查治理安全隐患460条。")
    assert _subject_of(doc, 460) == {"太湖县"}, _metrics(doc)
    doc = extract_text("太湖县新闻\n上半年,太湖县弥陀镇实施乡村振兴示范项目建设,实现工业总产值5.2亿元;工业开票销售收入4171万元。")
    assert _subject_of(doc, 41710000) == {"弥陀镇"}, _metrics(doc)
