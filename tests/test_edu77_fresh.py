"""Round 77 (edu77): county education news from fresh texts of /tmp/s26/fresh/edu77 (江西信丰县 new
classes and places, 吉州区 group schooling, 新密市 student-aid notice, 湖北通山/来凤 town teachers'
meetings): 集团化办学 read as no group; a bare 金额 right after an item's count is that item's money;
a noun running into the next figure of the same unit names that figure (新增班级24个学位1080个), no
noun counted; 在该镇南林中学 — the pointer's level word is no part of the school's name; a verb of
gathering (齐聚) after a group's post is no person."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_group_schooling_is_no_group():
    """02-jizhou-group (江西吉州区): 标志着吉州区集团化办学开启了新的里程碑 (base: an Organization 吉州区集团)."""
    doc = extract_text("吉州区推进集团化办学\n此次分校的揭牌,标志着吉州区集团化办学开启了新的里程碑。")
    assert not any(n.endswith("集团") for n in _orgs(doc)), _orgs(doc)
    group = extract_text("吉州区签约\n吉州区与江西铜业集团签署合作协议,推进集团化运营。")
    assert any(n.endswith("铜业集团") for n in _orgs(group)), _orgs(group)


def test_an_item_s_amount_takes_the_item_s_name():
    """03-xinmi-aid (河南新密市): 学前教育资助:386人,金额17.38万元 (base: the indicator 金额 for every item)."""
    doc = extract_text("新密市学生资助资金发放情况\n一、学前教育资助:386人,金额17.38万元;\n"
                       "四、普通高中助学金:2064人,金额237.36万元;")
    got = _metrics(doc)
    assert ("学前教育资助金额", 173800, "元") in got, got
    assert ("普通高中助学金金额", 2373600, "元") in got, got
    assert not any(i == "金额" for i, _v, _u in got), got


def test_a_noun_running_into_the_next_figure_names_it():
    """01-xinfeng-balance (江西信丰县): 信丰三中新增班级30个学位1500个 (base: 30个 read as 30个学位, the
    indicator 学位 for the count of classes)."""
    doc = extract_text("信丰县新增学位\n信丰三中新增班级30个学位1500个,信丰四中新增班级20个学位1000个。")
    got = _metrics(doc)
    assert not any(v in (30, 20) and i == "学位" for i, v, _u in got), got
    assert any(v == 30 and "班级" in i for i, v, _u in got), got
    villages = extract_text("某县概况\n全县下辖3个乡镇12个行政村。")
    assert any(v == 3 and i == "乡镇" for i, v, _u in _metrics(villages)), _metrics(villages)


def test_a_town_s_pointer_is_no_part_of_its_school_s_name():
    """04-tongshan-training (湖北通山县南林桥镇): 南林桥镇教师集训大会在该镇南林中学学术报告厅隆重召开 (base: an
    Organization 镇南林中学)."""
    doc = extract_text("南林桥镇教师集训\n8月30日,南林桥镇教师集训大会在该镇南林中学学术报告厅隆重召开。")
    orgs = _orgs(doc)
    assert "南林中学" in orgs and "镇南林中学" not in orgs, orgs


def test_a_verb_of_gathering_after_a_group_s_post_is_no_person():
    """06-laifeng-baifusi (湖北来凤县百福司镇): 来自全镇各校的110多名教师齐聚中心校 (base: a Person 齐聚)."""
    doc = extract_text("百福司镇召开教师集训大会\n8月30日,来自全镇各校的110多名教师齐聚中心校,召开了新学期第一次全镇教师集训大会。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "齐聚" not in people, people
    named = extract_text("县教育局召开会议\n县教育局副局长齐军出席会议并讲话。")
    assert "齐军" in {e.name for e in named.entities.values() if e.type == "Person"}


def test_namely_opening_the_items_is_no_word_of_the_indicator():
    """01-xinfeng-balance (江西信丰县): 新增学位8160个(其中小学3780个、初中3300个)即奥信小学新增班级24个学位1080个
    (base: the indicator 学位 for 24 classes; then 即奥信小学新增班级 once the noun after it names the places)."""
    doc = extract_text("信丰县新增学位\n全县新增学位8160个(其中小学3780个、初中3300个)即奥信小学新增班级24个学位1080个,"
                       "信丰三中新增班级30个学位1500个。")
    got = {i for i, v, _u in _metrics(doc) if v == 24}
    assert got and not any(i.startswith("即") or i == "学位" for i in got), got
