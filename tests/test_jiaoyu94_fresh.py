"""Round 94 (jiaoyu94): education news, second pass — 教育局 news of new and enlarged schools and the
places they add (新增学位…个), teachers recruited, 学前教育毛入园率 and 义务教育巩固率, 营养改善计划 and
双减, from Fujian (泉州丰泽), Hubei (武汉蔡甸), Guangdong (深圳光明), Anhui, Hebei and the Ministry of
Education (fresh texts of /tmp/s26/fresh/jiaoyu94).  Fixes: a school named in a counted list of
projects (推进…南湖中学、奓山二小等5个项目建设) is the school, an organisation, no project; a one-character
adverb closing a counted noun is cut where the character before it closes a far commoner word
(9所学校正加快推进建设: 学校, not 学校正 because 校正 is a word); each student (每生, 生均) before a
rate's time (营养膳食补助标准由每生每天2.5元) is whom the amount is for, no part of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _indicators(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_school_in_a_counted_list_of_projects_is_an_organisation():
    """02-caidian-xinjian-xuexiao: 并加快推进中法城二高、南湖中学、奓山二小等5个项目建设 (base: 南湖中学 a
    Programme, as every item of the list).  Items that are no school stay projects."""
    doc = extract_text("学校建设\n2023年,蔡甸区将加快推进中法城二高、南湖中学、奓山二小等5个项目建设。")
    assert "南湖中学" in _names(doc, "Organization"), _names(doc, "Organization")
    assert "南湖中学" not in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("项目建设\n今年,该县开工建设静脉产业园、天润田园综合体、城南幼儿园等15个项目。")
    assert "城南幼儿园" not in _names(doc, "Programme"), _names(doc, "Programme")
    assert {"静脉产业园", "天润田园综合体"} <= _names(doc, "Programme"), _names(doc, "Programme")


def test_a_school_closing_a_project_list_is_no_project():
    """The same list with the school last, right before 等 (base: 南湖中学 a Programme)."""
    doc = extract_text("学校建设\n2023年,蔡甸区将加快推进奓山二小、南湖中学等2个项目建设。")
    assert "南湖中学" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_an_adverb_after_a_common_noun_is_cut():
    """03-guangming-minsheng-shishi: 其余9所学校正加快推进建设 (base: the indicator 学校正, since 校正 is a
    word).  首都 and 采棉机正 read as before."""
    doc = extract_text("教育优质行动\n第一季度,光明区其余9所学校正加快推进建设。")
    inds = _indicators(doc)
    assert ("学校", 9, "所") in inds, inds
    assert not any(i.endswith("正") for i, _, _ in inds), inds
    doc = extract_text("农业机械\n全县863台采棉机正陆续投入使用,建成3个首都功能区。")
    inds = _indicators(doc)
    assert ("采棉机", 863, "台") in inds, inds
    assert any(i.startswith("首都") for i, _, _ in inds), inds


def test_each_student_before_a_daily_rate_is_no_part_of_the_indicator():
    """06-hebei-yingyang-gaishan: 将省级贫困县农村小学生营养膳食补助标准由每生每天2.5元提高到4元 (base: the
    indicator 省级贫困县农村小学生营养膳食补助标准由每生, as 每人 was before it was listed)."""
    doc = extract_text("营养改善计划\n河北省将农村小学生营养膳食补助标准由每生每天2.5元提高到4元。")
    inds = _indicators(doc)
    assert ("农村小学生营养膳食补助标准", 2.5, "元") in inds, inds
    assert not any(i.endswith(("每生", "由")) for i, _, _ in inds), inds
