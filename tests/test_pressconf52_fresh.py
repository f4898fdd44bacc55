"""Round 52 (pressconf52): local and national press-conference reports and transcripts from
/tmp/s26/fresh/pressconf52: no figure read from a 大写 numeral opening a speaker's name (陆万明),
no reporter named 提问 from a photo line (山西广播电视台记者提问), a three-character name jieba glues
to the preposition after it (胡衡华|以), no programme run by the news office hosting the conference
(国务院新闻办公室…新闻发布会), nor by the body holding a briefing on a document (举行解读《政府工作报告》吹风会)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_no_figure_from_a_financial_numeral_opening_a_name():
    """05 (山东省统计局, 2023-04-26): 省统计局副局长、新闻发言人陆万明出席发布会并回答记者提问: 陆万 is the
    speaker's name, not 60000 (base: three metrics of 60000, '明出席发布会…', '明还')."""
    doc = extract_text("省政府新闻办召开发布会通报2023年一季度全省经济运行情况\n"
                       "4月24日下午，省政府新闻办召开发布会。省统计局副局长、新闻发言人陆万明出席发布会并回答记者提问。"
                       "陆万明还对CPI相关问题进行了解答。")
    assert not [m for m in doc.metrics if m.value == 60000], [(m.indicator, m.value) for m in doc.metrics]
    money = extract_text("县财政局通知\n各单位共计收到补助资金陆万元。")
    assert [m.value for m in money.metrics if m.value == 60000], "a 大写 sum of money stays a figure"


def test_no_reporter_named_for_the_act_of_asking():
    """03 (二十大新闻中心第一场集体采访, 中国网): photo lines 山西广播电视台记者提问 (base: a Person 提问
    from each, read as a byline's reporter); a reporter named before 提问 is still one."""
    doc = extract_text("二十大新闻中心第一场集体采访\n山西广播电视台记者提问\n北京广播电视台记者提问\n"
                       "新华社记者李明提问\n文字实录")
    persons = _persons(doc)
    assert "提问" not in persons, persons
    assert doc.articles[0].authors == ["李明"], doc.articles[0].authors


def test_three_character_name_before_a_preposition_jieba_glues():
    """06 (重庆日报 2024-06-06): 市委副书记、市长胡衡华以数据和案例…介绍了重庆经济社会发展现状: jieba reads
    胡衡|华以 (base: a Person 胡衡 holding the posts)."""
    doc = extract_text("主题发布中，市委副书记、市长胡衡华以数据和案例，从多个维度介绍了重庆经济社会发展现状。")
    assert "胡衡华" in _persons(doc) and "胡衡" not in _persons(doc), _persons(doc)


def test_news_office_hosting_the_conference_runs_nothing_presented():
    """06: 国务院新闻办公室推动高质量发展系列主题新闻发布会 重庆站上C位 … 重点打造“六个区”: what the mayor
    presents is not the news office's (base: 国务院新闻办公室 runs 六个区, the title's agency)."""
    doc = extract_text("国务院新闻办公室推动高质量发展系列主题新闻发布会 重庆站上C位\n"
                       "6月5日，国务院新闻办公室推动高质量发展系列主题新闻发布会如期举行。"
                       "胡衡华的回答是：紧扣“两大定位”，重点打造“六个区”。随后，他围绕“六个区”展开了详细介绍。")
    assert not [o for s, o in relation_pairs(doc, "runs") if s == "国务院新闻办公室"], relation_pairs(doc, "runs")


def test_briefing_on_a_document_does_not_run_it():
    """04 (国新办 2022-03-10): 国新办举行解读《政府工作报告》吹风会: the office holds the briefing, the report
    is the government's (base: 国务院新闻办公室 runs 政府工作报告: 》 hid the meeting after the name)."""
    doc = extract_text("国新办举行解读《政府工作报告》吹风会\n国新办 2022-03-10\n"
                       "市政府新闻办举行《关于促进民营经济发展的若干措施》新闻发布会。")
    assert not relation_pairs(doc, "runs"), relation_pairs(doc, "runs")


def test_no_place_from_a_numbered_slogan():
    """10 (西青信息港 2019-08-19, 天津市政府新闻办…西青区主题新闻发布会): 西青区提出了“两城三带三区”总体布局:
    两城 is a piece of the slogan (base: a Place 两城 from jieba's ns, and 供给侧结构性改革 implementedIn 两城)."""
    doc = extract_text("步入新时代，西青区提出了“两城三带三区”总体布局，全面落实新发展理念，加快推进供给侧结构性改革。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "两城" not in places, places
    assert ("供给侧结构性改革", "两城") not in relation_pairs(doc, "implementedIn")
