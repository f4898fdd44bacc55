"""Who runs what, on sentences in the shape of county notices and event reports: two offices that
head a document back to back both issue it (中共X县委办公室X县人民政府办公室印发《…》); an event
guided by one body (由A指导) is run by the bodies that organise it in the clauses after (B、C主办),
not by the guide; a quoted name followed by 建设 (“平安X”建设) is a programme."""
from __future__ import annotations

from conftest import programmes_and_relations

build = programmes_and_relations


def test_two_offices_written_back_to_back_both_issue_the_document():
    _, rels = build("南丰县部署示范村建设\n中共南丰县委办公室南丰县人民政府办公室印发《南丰县乡村振兴示范村建设方案》。")
    assert ("南丰县人民政府办公室", "runs", "南丰县乡村振兴示范村建设方案") in rels
    assert ("南丰县委办公室", "runs", "南丰县乡村振兴示范村建设方案") in rels


def test_an_agency_that_forwards_a_document_does_not_issue_it():
    _, rels = build("南丰县饮水安全\n县人民政府办公室转发市人民政府办公室《关于加强农村饮水安全工程管理的意见》，"
                    "要求各乡镇认真贯彻执行。")
    assert ("南丰县人民政府办公室", "runs", "关于加强农村饮水安全工程管理的意见") not in rels


def test_the_organisers_after_a_guide_run_the_event_and_the_guide_does_not():
    _, rels = build("南丰县开展学雷锋活动\n3月5日，“学雷锋 树新风”志愿服务广场活动在县城人民广场举行。"
                    "活动由县委宣传部指导，县文明办、县团委主办，琴城镇人民政府等协办。")
    assert ("南丰县文明办", "runs", "学雷锋 树新风") in rels
    assert not any(s == "南丰县委宣传部" and p == "runs" for s, p, _ in rels)
    assert not any(s == "琴城镇人民政府" and p == "runs" for s, p, _ in rels)  # 协办 only assists


def test_guidance_alone_makes_no_runner():
    _, rels = build("南丰县全民阅读\n在县委宣传部的指导下，县图书馆举办“书香南丰”全民阅读活动，吸引群众300余人参加。")
    assert ("南丰县图书馆", "runs", "书香南丰") in rels
    assert ("南丰县委宣传部", "runs", "书香南丰") not in rels


def test_a_quoted_name_built_is_a_programme():
    progs, rels = build("南丰县人大常委会召开会议\n会议听取了副县长王强作的关于“平安南丰”建设情况的报告。")
    assert "平安南丰" in progs
    assert ("平安南丰", "implementedIn", "南丰县") in rels
    assert ("南丰县人大常委会", "runs", "平安南丰") not in rels  # it hears a report on it


def test_the_body_an_article_is_about_still_runs_what_it_carries_out():
    _, rels = build("南丰县人大常委会开展执法检查\n近日，南丰县人大常委会开展“食品安全法”执法检查，"
                    "检查组深入琴城镇等地察看。今年，该委还将开展“人大代表进万家”活动。")
    assert ("南丰县人大常委会", "runs", "人大代表进万家") in rels


def test_a_body_that_takes_part_in_a_programme_does_not_run_it():
    _, rels = build("南丰县住建局积极参与文明城市创建\n近日，南丰县住房和城乡建设局组织党员干部参加全市“建功新时代”知识竞赛，"
                    "取得团体二等奖。此外，局机关干部参与了“清洁家园”志愿服务，清理垃圾3吨。")
    assert ("南丰县住房和城乡建设局", "runs", "建功新时代") not in rels
    assert ("南丰县住房和城乡建设局", "runs", "清洁家园") not in rels


def test_a_body_that_takes_part_and_then_holds_its_own_programme_runs_that():
    _, rels = build("南丰县住建局开展志愿服务\n近日，南丰县住房和城乡建设局组织党员干部参加培训，并开展“清洁家园”志愿服务。")
    assert ("南丰县住房和城乡建设局", "runs", "清洁家园") in rels


def test_the_body_a_table_names_as_organiser_runs_the_task_programme():
    _, rels = build("汶上县2023年民生实事项目进展情况\n"
                    "1.开展“书香汶上”全民阅读活动，全年举办阅读推广活动100场。主办单位：县文化和旅游局。\n"
                    "2.持续推进“厕所革命”，完成农村改厕3000户。主办单位：县农业农村局；协办单位：各镇街。")
    assert ("汶上县文化和旅游局", "runs", "书香汶上") in rels
    assert ("汶上县农业农村局", "runs", "厕所革命") in rels
