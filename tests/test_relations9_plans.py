"""A plan headed by its own title without 关于 (永丰县…实施方案, …工作方案 as the first line) is that
plan when the text under it opens as a plan does (为…, 一、, 各乡镇人民政府：); a headline saying
what is done with a plan (我县出台…实施方案) and a news story under such a line are no such title.
Sentences written in the shape of county plans."""
from __future__ import annotations

from conftest import RELATION_STAGES, programmes_and_relations

STAGES = ("layout", "sentences") + RELATION_STAGES


def build(text: str):
    """The programme names and (subject, predicate, object) relations of `text`, laid out first."""
    return programmes_and_relations(text, STAGES)


def test_a_plans_own_title_line_is_the_plan_implemented_in_its_county():
    names, rels = build("永丰县农村人居环境整治提升五年行动实施方案\n\n为深入推进全县农村人居环境整治提升，"
                        "结合我县实际，制定本方案。\n一、工作目标。到2025年底，全县农村卫生厕所普及率达到90%。")
    plan = "永丰县农村人居环境整治提升五年行动实施方案"
    assert plan in names
    assert (plan, "implementedIn", "永丰县") in rels


def test_a_plan_title_with_its_date_line_and_addressees():
    names, _ = build("永丰县2024年农村生活垃圾治理工作方案\n（2024年3月1日）\n\n各乡镇人民政府，县直各有关单位：\n"
                     "一、工作目标。到2024年底，全县农村生活垃圾收运处置体系覆盖所有行政村。")
    assert "永丰县2024年农村生活垃圾治理工作方案" in names


def test_a_headline_about_a_plan_is_no_title_of_it():
    names, _ = build("我县出台农村人居环境整治提升五年行动实施方案\n\n为深入推进农村人居环境整治，近日，永丰县出台"
                     "《永丰县农村人居环境整治提升五年行动实施方案》。")
    assert not any(n.startswith("我县") for n in names)
    assert "永丰县农村人居环境整治提升五年行动实施方案" in names


def test_a_news_story_under_a_plan_like_line_is_no_plan():
    names, _ = build("永丰县农村人居环境整治提升五年行动实施方案\n\n3月5日，永丰县召开农村人居环境整治推进会。")
    assert "永丰县农村人居环境整治提升五年行动实施方案" not in names


def test_a_title_line_run_into_its_document_number_is_still_the_document():
    names, rels = build("山东省人民政府关于深化预算管理制度改革的实施意见\n\n鲁政发〔2014〕20号\n\n"
                        "各市人民政府，各县（市、区）人民政府，省政府各部门：\n现就深化我省预算管理制度改革提出以下实施意见。")
    doc = "关于深化预算管理制度改革的实施意见"
    assert doc in names
    assert ("山东省人民政府", "runs", doc) in rels


def test_a_first_person_scope_is_no_part_of_a_programmes_name():
    names, _ = build("山东省推进预算改革\n各市人民政府：\n现就深化我省预算管理制度改革提出以下意见。全面启动预算管理制度改革。")
    assert "我省预算管理制度改革" not in names
    assert "预算管理制度改革" in names


def test_a_meeting_named_as_the_subject_of_its_being_held_is_a_programme():
    names, rels = build("我县秋播生产暨重点农业产业链建设现场推进会召开\n25日，我县秋播生产暨重点农业产业链建设现场推进会召开，"
                        "英山县委副书记张春梅，副县长王俊参加会议。会上，石头咀镇、杨柳湾镇作交流发言。")
    meeting = "秋播生产暨重点农业产业链建设现场推进会"
    assert meeting in names
    assert (meeting, "implementedIn", "英山县") in rels


def test_a_clause_before_a_held_meeting_is_no_meetings_name():
    names, _ = build("永丰县召开会议\n3月5日，县长李明在推进会召开前听取了汇报。")
    assert not any("李明" in n for n in names)
