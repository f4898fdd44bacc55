"""Fresh texts of round 108, leaders' divisions of work (政府领导分工, 班子成员分工): eight pages —
上海市 市长、副市长工作分工 (a news repost), 商丘市梁园区 常务副区长 (分管：区政府办公室、发改委、财政局…),
沈阳市苏家屯区 区政府办公室领导分工, 厦门市 市人民政府领导成员工作分工 (news, traditional script),
菏泽市 副市长分工 (1、张伦副市长：…; 李长江), 杭州上城区 常务副区长 (分管区府办、重点办、信访局…),
贵州省气象局 机关党委办公室 (主要领导), a Sichuan county's 副县长 (traditional script).

Fixes pinned here (each test fails on 583a4388):
- resolve `_listed_bare_organs`: a bare 发改委 listed right after a body with a division's scope
  (区政府办公室、发改委、财政局; 市财政局、发改委) shares that body's scope, as the departments after it
  do — was the national 国家发展和改革委员会 wherever the article's place was unknown.
- office_abbreviations 府办: 区府办, 县府办, 市府办 are the scope's 人民政府办公室 (and head a list of
  departments, 区府办、信访局、司法局); 省府办公厅 the province's 人民政府办公厅.
- agencies `_shared_dept_past_item`: a short item that names no department (重点办, 发投公司) does not
  end a list of one scope's departments (区府办、重点办、信访局、司法局: 区信访局, 区司法局), as the list
  still names that level's bodies; an item with a scope word or a body of its own in it does.
- posts: a river's name as a given name (李长江副市长): a region of no country right after a
  family name, with a post at the name, is no foreign region that might own the post
  (`_region_given_name`), and a shorter span wholly inside a three-character name before a post no
  longer bars the name (`_span_over_name`).
Guards (pass on both): national organs listed together stay national; an item with its own scope
(商丘市发改委) or a scope word (各县区) ends the shared scope; 王府办 is no office; a city's
name before 市长 is no person; a foreign region before its post keeps it foreign; 副市长王黄河 (read
before) still read; 长江 after a leader's name stays the river.
"""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _posts(doc) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost" and r.subject in ents and r.object in ents}


def test_a_bare_ndrc_after_a_district_office_is_the_districts():
    doc = extract_text("协助区长负责区政府日常工作。\n分管：区政府办公室、发改委、财政局、统计局等单位。")
    agencies = _names(doc, "Agency")
    assert "区发展和改革委员会" in agencies and "国家发展和改革委员会" not in agencies
    assert {"区财政局", "区统计局"} <= agencies


def test_a_bare_ndrc_after_a_city_bureau_is_the_citys():
    agencies = _names(extract_text("常务副市长分管市财政局、发改委、统计局。"), "Agency")
    assert "市发展和改革委员会" in agencies and "国家发展和改革委员会" not in agencies


def test_national_organs_listed_together_stay_national():
    agencies = _names(extract_text("国家工业和信息化部、发展改革委和科技部联合印发通知。"), "Agency")
    assert "国家发展和改革委员会" in agencies


def test_a_district_general_office_written_short_heads_the_list():
    agencies = _names(extract_text("分管区府办、信访局、司法局、公安分局。"), "Agency")
    assert {"区人民政府办公室", "区信访局", "区司法局"} <= agencies


def test_a_short_item_of_no_department_does_not_end_the_list():
    agencies = _names(extract_text("分管县政府办公室、重点办、信访局、司法局等单位。"), "Agency")
    assert {"县信访局", "县司法局"} <= agencies


def test_an_item_with_a_scope_of_its_own_or_a_scope_word_ends_the_shared_scope():
    assert "县统计局" not in _names(extract_text("县财政局、商丘市发改委、统计局参加会议。"), "Agency")
    assert "市统计局" not in _names(extract_text("市财政局、各县区、统计局参加会议。"), "Agency")


def test_a_province_general_office_written_short():
    assert "省人民政府办公厅" in _names(extract_text("省府办公厅印发通知。"), "Agency")


def test_a_word_ending_in_fuban_is_no_office():
    assert not _names(extract_text("王府办酒席，宾客满堂。"), "Agency")


def test_a_river_as_given_name_before_the_post():
    doc = extract_text("2、李长江副市长：主要负责农业、农村、扶贫等方面的工作。")
    assert "李长江" in _names(doc, "Person") and "长江" not in _names(doc, "Place")
    assert ("李长江", "市人民政府") in _posts(doc)


def test_a_river_as_given_name_opening_a_clause():
    doc = extract_text("会上，李长江副市长指出，要抓好春耕生产。")
    assert ("李长江", "市人民政府") in _posts(doc) and "长江" not in _names(doc, "Place")


def test_a_river_as_given_name_after_the_post_still_read():
    doc = extract_text("会议由副市长王黄河主持。")
    assert ("王黄河", "市人民政府") in _posts(doc)


def test_a_city_before_its_mayor_is_no_person():
    doc = extract_text("会上，张家港市长王明讲话。")
    assert "张家" not in _names(doc, "Person") and ("王明", "张家港市") in _posts(doc)


def test_a_foreign_region_before_its_post_stays_foreign():
    doc = extract_text("英国北爱尔兰首席部长出席会议。")
    assert not any(body.endswith("人民政府") for _, body in _posts(doc))


def test_the_yangtze_stays_a_river_after_a_leaders_name():
    doc = extract_text("菏泽市副市长王明在长江大保护推进会上讲话。")
    assert "长江" in _names(doc, "Place") and "王明在长江" not in _names(doc, "Person")
