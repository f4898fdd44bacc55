"""Figures of unseen kinds of government text — a national statistics release, a provincial
bulletin, a county report, a procurement summary, a scraped township page — read the way an
analyst would: what is counted, about whom, when.  Sentences written for these tests in the style
of such releases (figures illustrative)."""
from __future__ import annotations

from kg.model import Doc
from kg.stages.metrics import NATION_KEY, make_metrics
from kg.stages.numbers import find_quantities
from test_metrics import make_doc


def _run(text, entities=(), place="place-130400", place_name="邯郸市", date="2023-04-18") -> tuple[Doc, dict]:
    doc = make_doc(text, entities, place=place, place_name=place_name)
    doc.date = doc.articles[0].date = date
    make_metrics()(doc)
    return doc, {m.value: m for m in doc.metrics}


def test_a_statistics_release_changes_and_their_period():
    """The release day (4月17日) is not the figures' time; a change's base (比2月份) is not
    either; the change is the change of the level before it."""
    text = ("国家统计局4月17日发布数据显示，一季度国内生产总值284997亿元，同比增长4.5%。"
            "全国居民人均可支配收入10870元，比上年同期名义增长5.1%。"
            "3月末，全国城镇调查失业率为5.3%，比2月份下降0.3个百分点。")
    _doc, ms = _run(text, [("国家统计局", "Agency", "国家统计局")], place=None)
    gdp = ms[28499700000000]
    assert gdp.indicator == "国内生产总值" and gdp.subject != "agency-国家统计局"
    assert ms[10870].period == "2023-01/2023-03"  # the release's quarter, carried on
    assert ms[5.1].indicator == "居民人均可支配收入比上年同期名义增长" and ms[5.1].kind == "change"
    assert ms[0.3].indicator.startswith("城镇调查失业率") and ms[0.3].kind == "change"
    assert ms[0.3].period == "2023-03-31"  # 3月末, not 2月份
    assert ms[5.3].subject == NATION_KEY


def test_a_bulletin_published_next_spring_keeps_its_year():
    """全年 in a bulletin of March that opened with 2022年 is 2022, not the publication year."""
    text = ("初步核算，2022年全省地区生产总值61345.05亿元，比上年增长3.1%。"
            "全年一般公共预算收入4261.6亿元，比上年增长0.1%。")
    _doc, ms = _run(text, place="place-410000", place_name="河南省", date="2023-03-01")
    assert ms[6134505000000].period == "2022"
    assert ms[426160000000].period == "2022" and ms[426160000000].period_text == "全年"


def test_a_yearless_period_over_by_publication_is_the_publication_year():
    """1至5月 reported in June is this year's, even after a sentence about 2020."""
    text = ("2020年，全县固定资产投资完成40.1亿元。"
            "1至5月，全县完成固定资产投资25.6亿元，同比增长12.3%。")
    _doc, ms = _run(text, date="2021-06-20")
    assert ms[2560000000].period == "2021-01/2021-05"
    assert ms[4010000000].period == "2020"


def test_the_subject_opening_a_clause_is_not_part_of_the_indicator():
    text = "2023年，市政府采购中心共完成采购项目856个，节约资金1.2亿元。"
    _doc, ms = _run(text, [("市政府采购中心", "Agency", "邯郸市政府采购中心")])
    assert ms[856].indicator == "采购项目" and ms[856].subject == "agency-邯郸市政府采购中心"
    text = "白洋淀及上游河道清理垃圾36.9万立方米。"
    _doc, ms = _run(text, [("白洋淀", "Place", "白洋淀")])
    assert ms[369000].indicator.startswith("白洋淀及")  # a coordinated noun keeps its place


def test_people_taking_part_are_named_before_the_figure():
    text = "6月7日，城关镇召开防汛工作部署会议，镇村两级干部60余人参加会议。"
    _doc, ms = _run(text, [("城关镇", "Place", "城关镇")])
    assert ms[60].indicator == "镇村两级干部"


def test_an_age_is_a_figure_about_the_person_named_before_it():
    text = "上述4位县委书记均为60后，其中年龄最小的王晓江46岁，年龄最大的周景祥53岁。全县60岁以上老人3.2万人。"
    _doc, ms = _run(text, [("王晓江", "Person", "王晓江"), ("周景祥", "Person", "周景祥")])
    assert ms[46].subject == "person-王晓江" and ms[46].indicator == "年龄" and ms[46].unit == "岁"
    assert ms[53].subject == "person-周景祥"
    assert 60 not in ms or ms[60].unit != "岁"  # 60岁以上老人 describes a group


def test_an_approximate_number_of_years_is_a_duration_unless_it_is_a_time():
    assert [(q.value, q.unit) for q in find_quantities("他结合自身20余年的水果种植经历作了发言")] == [(20, "年")]
    assert find_quantities("20余年来，全县水果产业不断壮大") == []


def test_a_heading_run_into_the_next_paragraph_ends_its_sentence():
    """The layout joins a heading without a terminator onto an indented paragraph; the figure's
    noun stops at the join."""
    source = "我省4人中：2人任副市长、1人成市委常委\n\n\t\u3000\u3000今年七一前夕，中组部授予102名县委书记称号。"
    joined = source.replace("\n\n\t\u3000\u3000", "")
    doc = make_doc(joined)
    doc.text = source
    art = doc.articles[0]
    cut = joined.index("今年")
    art.offsets.pieces = [(0, 0, cut), (cut, source.index("今年"), len(joined) - cut)]
    make_metrics()(doc)
    ms = {(m.value, m.indicator) for m in doc.metrics}
    assert (1, "成市委常委") in ms


def test_counted_towns_and_a_bare_share_of_the_amount_before():
    text = ("公示表发放全县116个县直单位及二级机构和10个镇、127村（居）张贴。"
            "10个镇和37个承担重点工程的县直单位负责人参加。"
            "货物类项目采购额为7.84亿元，占比34%。")
    doc = make_doc(text)
    doc.date = doc.articles[0].date = "2011-04-22"
    make_metrics()(doc)
    tens = [m for m in doc.metrics if m.value == 10]
    assert tens and all(m.indicator == "镇" for m in tens)  # one character, a whole noun: a town
    share = next(m for m in doc.metrics if m.value == 34)
    assert share.indicator == "货物类项目采购额占比" and share.kind == "share"


def test_an_announcement_labels_its_amount_and_restates_it_in_brackets():
    text = "三、中标信息\n中标金额：人民币叁佰贰拾伍万元整（¥3250000.00元）\n施工工期：90日历天。"
    _doc, ms = _run(text, date="2022-08-10")
    award = ms[3250000]
    assert award.indicator == "中标金额" and award.unit == "元"
    assert len(award.evidence) == 2  # the amount in words and in figures: one fact


def test_a_level_and_the_level_it_fell_to():
    text = "近年来，全县贫困发生率由2014年的12.3%下降到0.5%，农民人均纯收入达到8600元。"
    _doc, ms = _run(text, date="2019-12-28")
    assert ms[12.3].indicator == ms[0.5].indicator == "贫困发生率"
    assert ms[12.3].period == "2014" and ms[0.5].period != "2014"


def test_statistics_release_indicators_link_to_concepts():
    text = ("一季度，全市第一产业增加值86.5亿元，增长2.1%。全市居民人均可支配收入10870元。"
            "城镇调查失业率为5.3%。")
    _doc, ms = _run(text)
    assert ms[8650000000].concept == "primary-industry-value-added"
    assert ms[2.1].concept == "primary-industry-value-added" and ms[2.1].kind == "change"
    assert ms[10870].concept == "disposable-income"
    assert ms[5.3].concept == "unemployment-rate"


def test_one_character_affixes_keep_the_word_they_begin_and_village_scopes_leave():
    text = ("9月8日，魏县人力资源和社会保障局举办秋季招聘会，提供就业岗位3000余个。"
            "在东漳堡村，该村去年集体经济收入达到20万元。")
    _doc, ms = _run(text, [("魏县人力资源和社会保障局", "Agency", "魏县人力资源和社会保障局"),
                           ("东漳堡村", "Place", "东漳堡村")], date="2021-09-10")
    assert ms[3000].indicator == "就业岗位"  # 就 of 就业 is no adverb
    assert ms[200000].indicator == "集体经济收入" and ms[200000].period == "2020"


def test_an_agency_issuing_a_plan_is_not_the_subject_of_its_targets():
    text = "近日，河北省人民政府办公厅印发《河北省5G发展行动方案》，提出到2025年，5G用户普及率达到60%。"
    _doc, ms = _run(text, [("河北省人民政府办公厅", "Agency", "河北省人民政府办公厅")],
                    place="place-130000", place_name="河北省", date="2022-05-20")
    assert ms[60].subject == "place-130000" and ms[60].period == "2025"


def test_quarters_and_weeks_are_units_of_time_not_counted_things():
    """三个季度 counts quarters (unit 个季度), not things called 季度; 两个星期 is weeks; the
    length of a streak (连续三个季度进入…) is no figure at all."""
    text = ("我县连续三个季度进入全省重点项目推进“红榜”。该项目建设工期为三个季度。"
            "专项整治历时两个星期，共检查企业120家。")
    doc, ms = _run(text, place="place-130427", place_name="磁县")
    assert ms[3].unit == "个季度" and not ms[3].indicator.startswith("季度") and "工期" in ms[3].indicator
    assert sum(m.value == 3 for m in doc.metrics) == 1  # 连续三个季度: a streak, no figure
    assert 2 not in ms or ms[2].unit == "周"  # a time spent, never 2 个 things called 星期
    assert ms[120].unit == "家"
