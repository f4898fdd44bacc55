"""Projects listed in townships' and counties' plans and work reports (round 16): a numbered item
opening with a project's name, then what only a project has (该项目位于…, 总投资…); a 、-list of
projects after 分别是/分别为/包括; the site a project 位于 (该项目位于我镇东王内村) is where it is
implemented.  A task heading (一是扎实推进产业强镇, （二）加快推进…项目建设) names no project.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _result(text: str):
    return extract_document(Doc(id="t", source="t.txt", text=text))


def _programmes(text: str) -> set[str]:
    return {e.name for e in _result(text).entities.values() if e.type == "Programme"}


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    res = _result(text)
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == predicate}


_ITEMS = ("某镇2023年重点项目建设情况\n今年以来，我镇谋划实施重点项目。\n"
          "（一）茶叶加工产业园项目：该项目位于我镇杨柳村，总投资300万元。"
          "（二）蔬菜保供基地项目：该项目位于我镇河坝村，总投资150万元，占地120亩。\n"
          "3.城西污水处理厂扩建项目。该项目总投资2000万元。\n")


def test_numbered_items_opening_with_a_project_name():
    """（一）X项目：该项目位于…，总投资…; 3.X项目。该项目…: each item's name is a project."""
    found = _programmes(_ITEMS)
    assert {"茶叶加工产业园项目", "蔬菜保供基地项目", "城西污水处理厂扩建项目"} <= found


def test_a_numbered_heading_then_the_project_it_reports():
    """四、X建设项目 on a line of its own, the next line 该项目位于…/计划投资…: a project; a count
    (二、六个行政村垦造耕地项目) is none."""
    text = ("乡政府2023年为民办实事工程情况报告\n各位代表：\n"
            "二、六个行政村垦造耕地项目\n上半年在建项目16个，其中6个项目进入收尾阶段，计划投资80万元。\n"
            "三、乡综合文化站二期建设项目\n文化站二期计划投资170万元，预计8月底完工。\n")
    found = _programmes(text)
    assert "乡综合文化站二期建设项目" in found
    assert not any("垦造耕地" in f for f in found)


def test_a_task_heading_is_no_project():
    """（二）加快推进X项目建设：总投资… is a task, not a project's name."""
    text = ("某镇工作总结\n一是扎实推进产业强镇。\n（二）加快推进茶叶加工产业园项目建设：全年完成投资300万元，"
            "总投资500万元。\n")
    assert not any(f.startswith(("加快推进", "扎实推进")) for f in _programmes(text))


def test_projects_listed_after_fenbie_shi():
    """分别是A项目、B项目、C项目: each a project; a batch in brackets and a year after the county
    (某县2022年高标准农田(第二批)建设项目) and 及 between two roads are part of the name."""
    text = ("某县召开项目推进会\n今年实施的重点项目分别是南秀大道及古岩路建设项目、丘北县2022年高标准农田(第二批)"
            "建设项目、县城第二水厂建设项目，总投资3亿元。\n")
    found = _programmes(text)
    assert {"南秀大道及古岩路建设项目", "丘北县2022年高标准农田(第二批)建设项目", "县城第二水厂建设项目"} <= found


def test_kinds_of_work_after_baokuo_are_no_projects():
    """泵站工程，包括建筑工程、机电设备及安装工程: kinds of work, no named projects."""
    text = "某镇项目开工\n泵站工程，包括建筑工程、机电设备及安装工程、金属结构设备及安装工程。\n"
    assert not ({"机电设备及安装工程", "金属结构设备及安装工程"} & _programmes(text))


def test_the_site_a_project_lies_at():
    """X项目：该项目位于我镇杨柳村: the project is implemented in the village (the speaker's 我镇
    before it is no place of its own)."""
    where = _relations(_ITEMS, "implementedIn")
    assert ("茶叶加工产业园项目", "杨柳村") in where
    assert ("蔬菜保供基地项目", "河坝村") in where


def test_projects_a_congress_voted_for_in_book_title_marks():
    """票决确定了《X提升项目》《Y整治项目》: projects in 《》, not documents; 《项目》 alone is none."""
    text = ("某乡人民政府关于民生实事项目进展情况的报告\n各位代表：\n某乡人民代表大会票决确定了《全乡域饮水站提升项目》"
            "《某乡河道整治项目》两件民生实事。\n")
    assert {"全乡域饮水站提升项目", "某乡河道整治项目"} <= _programmes(text)


def test_a_kind_of_projects_heading_is_no_project():
    """2.新开工项目：…总投资…; 二、农业产业项目 / 总投资…: kinds or stages of projects, no names."""
    text = ("某县重点项目推进情况\n1.续建项目：共8个，总投资3亿元。\n2.新开工项目：共5个，总投资2亿元。\n"
            "二、农业产业项目\n总投资500万元，涉及6个村。\n")
    found = _programmes(text)
    assert not ({"新开工项目", "农业产业项目", "续建项目"} & found)


def test_a_village_named_like_a_foreign_city():
    """8. 骑龙村至柏林村撤并建制村畅通工程，工程总投资…: 柏林村 is a village, the project is not done
    in Berlin."""
    text = "某镇2022年项目工作总结\n8. 骑龙村至柏林村撤并建制村畅通工程，工程总投资83.02万元。\n"
    res = _result(text)
    assert not any(e.name == "柏林" for e in res.entities.values())
    assert "骑龙村至柏林村撤并建制村畅通工程" in _programmes(text)


def test_projects_listed_with_commas():
    """包括A项目，B项目，总投资…: commas between the projects of the list, a 、 inside an item (两片区
    的基地, 东坡、西岭片区…项目) part of its name."""
    text = "某县项目建设\n今年新开工的项目包括城南片区棚户区改造项目，县人民医院综合楼建设项目，总投资5亿元。\n"
    assert {"城南片区棚户区改造项目", "县人民医院综合楼建设项目"} <= _programmes(text)
    text = "某县项目开工\n开工项目分别是某乡东坡、西岭片区茶叶基地建设项目，某镇集镇污水管网建设项目。\n"
    assert {"某乡东坡、西岭片区茶叶基地建设项目", "某镇集镇污水管网建设项目"} <= _programmes(text)
