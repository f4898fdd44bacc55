"""Round 113 (jiaoyu113): education news — school building and new school places (十堰 的秋季学位扩充,
成都市教育局's 2022年秋季学期 新投用学校, 滨海新区教体局, 深圳光明区's 民生实事, 武汉蔡甸区教育局's
2023年春季教育系统工作会议, 同心县's 中小学校布局规划) and teacher recruitment notices (上海普陀区教育局, 湖北通城县
教育局) (fresh texts of /tmp/s27/txt/jiaoyu113).  Fixes: a school named after its road or street
(改扩建武当路小学, 人民路小学) an organisation though the road's words are common ones; a school's short name
(奓山二小, 中法城一高) closing an item of a counted list of projects the school being built, no project; a
notice closing a recruitment title (招聘教师525人公告) no noun the count of people counts."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_school_named_after_its_road_is_an_organisation():
    """01-shiyan-xinzeng-xuewei (十堰): 改扩建武当路小学新增学位300个 (base: no organisation, the figure given to
    the district heading the lines, 茅箭区)."""
    doc = extract_text("茅箭区\n新建天津路第一小学新增学位2000个；\n改扩建武当路小学新增学位300个；")
    assert "武当路小学" in _names(doc, "Organization"), _names(doc, "Organization")
    school = next(k for k, e in doc.entities.items() if e.name == "武当路小学")
    assert any(m.value == 300 and m.subject == school for m in doc.metrics), \
        [(m.indicator, m.value, m.subject) for m in doc.metrics]
    doc = extract_text("胜利街幼儿园今年秋季开园，新增学位270个。")
    assert "胜利街幼儿园" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_kind_of_road_before_a_school_names_none():
    """Guard: one character before 路 is a kind of road (铁路学校, 马路), and 小学生 is no school."""
    doc = extract_text("他考上了铁路学校，走在马路小学生很多。我们这条路小学生多。")
    assert not _names(doc, "Organization"), _names(doc, "Organization")


def test_a_schools_short_name_in_a_project_list_is_no_programme():
    """07-caidian-gongzuohuiyi (蔡甸区): 加快推进中法城二高、南湖中学、奓山二小等5个项目建设,启动中法城一高、
    中法城七小、中法城九小3个项目建设 (base: programmes 中法城二高, 奓山二小, 中法城一高)."""
    doc = extract_text("2023年，蔡甸区将加快推进中法城二高、南湖中学、奓山二小等5个项目建设，"
                       "启动中法城一高、中法城七小、中法城九小3个项目建设。")
    got = _names(doc, "Programme")
    assert not any(n.endswith(("二高", "二小", "一高")) for n in got), got
    doc = extract_text("今年该区将建成中法城三初、中法城六小两所学校，启动中法城一高等3个项目建设。")
    assert "中法城一高" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_counted_project_list_still_names_its_projects():
    """Guard: the items of a counted list that no school's head closes stay projects."""
    got = _names(extract_text("全县加快推进城东污水处理厂、滨河公园等5个项目建设。"), "Programme")
    assert {"城东污水处理厂", "滨河公园"} <= got, got


def test_a_notice_closing_a_recruitment_title_is_no_indicator():
    """05-putuo-zhaopin (上海普陀区): 2024年上海市普陀区教育系统招聘教师525人公告 (base: indicator 公告)."""
    doc = extract_text("2024年上海市普陀区教育系统招聘教师525人公告\n来源：上海市普陀区教育局\n一、招聘计划")
    got = _metrics(doc)
    assert not any(ind == "公告" for ind, _, _ in got), got
    assert any(v == 525 and "招聘教师" in ind for ind, v, _ in got), got
    doc = extract_text("2024年某县公开招聘教师120名公告\n一、招聘计划")
    assert not any(ind == "公告" for ind, _, _ in _metrics(doc)), _metrics(doc)


def test_notices_counted_keep_their_noun():
    """Guard: notices themselves counted (发布5份公告) keep 公告 as what is counted."""
    assert ("公告", 5, "份") in _metrics(extract_text("市人社局今年共发布招聘公告32个，发布5份公告。"))
