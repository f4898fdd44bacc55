"""Round 111 (fazhi111): annual reports on building a law-based government (法治政府建设情况报告) from
a province (湖北省), a city (汉中市), districts (天津 静海区, 上海 嘉定区), counties (岳阳县, 赵县, 南昌县)
and townships (柳江区 三都镇, 忠县 黄金镇, 滕州市 鲍沟镇) (fresh texts of /tmp/s27/txt/fazhi111).
Fixes: a 政府信息公开 block's date fields written 时间 (成文时间:…, 发文时间:…) and its 效力状态 field are
page metadata, so the 标 题 field (not the 成文时间 line) gives the headline; a report on work done named
in 《》 (《某区2022年度法治政府建设情况报告》, 《2022年行政审判年度报告》, 《关于…情况的报告》) is no
programme; a four-character set phrase of the pattern ABAC after a post (领导干部应知应会…) is no person's name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_an_open_information_block_with_time_fields_gives_its_title_field():
    """08-baogou-zhen (滕州市 鲍沟镇): a metadata block of one field a line (索 引 号, 主题分类, 发布机构,
    成文时间, 文 号, 发文时间, 标 题, 效力状态) over the report; base: the headline 成文时间:2026年01月21日."""
    doc = extract_text("- 索 引 号:370481/2026-00251\n- 主题分类:通知公告\n- 发布机构:鲍沟镇\n"
                       "- 成文时间:2026年01月21日\n- 文 号:无\n- 发文时间:2026年01月21日\n"
                       "- 标 题:鲍沟镇2025年度法治政府建设情况报告\n- 效力状态:有效\n"
                       "鲍沟镇2025年度法治政府建设情况报告\n"
                       "2025年,鲍沟镇坚持以习近平法治思想为指导,全年出台党委文件31个、政府文件14个。")
    art = doc.articles[0]
    assert art.title == "鲍沟镇2025年度法治政府建设情况报告", art.title
    # the same block written with 成文日期 and 发布日期 (already metadata) keeps its title too
    doc = extract_text("索引号:370481/2026-00251\n成文日期:2026年01月21日\n发布日期:2026年01月21日\n"
                       "某镇2025年度法治政府建设情况报告\n2025年,某镇全年出台政府文件14个。")
    assert doc.articles[0].title == "某镇2025年度法治政府建设情况报告", doc.articles[0].title


def test_a_report_on_work_done_in_title_marks_is_no_programme():
    """03-jinghai-qu (天津 静海区): 主持召开区政府常务会议审议《静海区2022年度法治政府建设情况报告》、通报
    《2022年行政审判年度报告》; base: both programmes (implementedIn 静海区).  A 《关于…情况的报告》 a
    congress hears is an account too, and so is the short 《报告》 after it."""
    doc = extract_text("静海区2023年度法治政府建设情况报告\n主持召开区政府常务会议审议《静海区2022年度法治政府建设"
                       "情况报告》、通报《2022年行政审判年度报告》并研究部署法治政府建设事项。")
    progs = _names(doc, "Programme")
    assert "静海区2022年度法治政府建设情况报告" not in progs, progs
    assert "2022年行政审判年度报告" not in progs, progs
    doc = extract_text("县人大常委会召开会议\n会议审议了县人民政府《关于全县耕地保护工作情况的报告》。《报告》指出，全县耕地保持稳定。")
    progs = _names(doc, "Programme")
    assert not any(p.endswith("报告") for p in progs), progs


def test_plans_and_work_reports_in_title_marks_stay_programmes():
    """Guard: a plan, a regulation or a government work report in 《》 stays a programme (岳阳县, 赵县)."""
    doc = extract_text("岳阳县法治政府建设情况\n认真贯彻落实《湖南省法治政府建设实施纲要(2021—2025年)》，"
                       "制定出台《赵县法治政府建设实施方案(2021—2025)》，会议审议了《政府工作报告》。")
    progs = _names(doc, "Programme")
    assert "湖南省法治政府建设实施纲要(2021—2025年)" in progs, progs
    assert "赵县法治政府建设实施方案(2021—2025)" in progs, progs
    assert "政府工作报告" in progs, progs


def test_a_set_phrase_abac_after_a_post_is_no_name():
    """07-huangjin-zhen (忠县 黄金镇): 全面落实“会前学法”制度、领导干部应知应会党内法规和国家法律清单制度;
    base: a person 应知应 after the post 干部.  The same with 任劳任怨 after 局长."""
    doc = extract_text("黄金镇2025年法治政府建设情况\n二是全面落实“会前学法”制度、领导干部应知应会党内法规和国家法律清单制度。")
    assert "应知应" not in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("某局工作总结\n局长任劳任怨，带领全局干部完成各项任务。")
    assert not any(n.startswith("任劳") for n in _names(doc, "Person")), _names(doc, "Person")


def test_names_after_posts_stay_names():
    """Guard: a three-character name after a post, one whose given name repeats a character (李丽丽) or
    runs into the next word, stays a person."""
    doc = extract_text("某县召开会议\n副县长李丽丽、县委常委王应会出席会议，县长张知应主持会议。")
    persons = _names(doc, "Person")
    assert {"李丽丽", "王应会", "张知应"} <= persons, persons
