"""Round 118 (kexie118): science-association and science-popularisation reports — 全国科普日 main events (蚌埠,
甘肃), a county 科协's meeting of its 学会 (桃源县), a city's 科普教育基地 list (滁州), 科技活动周 stories (金水区,
河南省, 陕西省, the national 2013 summing-up) and Xinhua's 2017 科普日 preview (fresh texts of /tmp/s27/txt/kexie118).
Fixes, base → now:
- the national science observances held everywhere are programmes (全国科普日, 全国科技活动周; 科技活动周 its
  short form): was nothing; a meeting named after such an observance stays the meeting's name (全国科技活动周
  总结交流会, as before);
- an event opening the sentence as a stretch (X期间) is the figure's time; a body named right after it, in the
  figure's own clause, is whose the figure is (全国科普日期间,县科协共印制宣传册3000份 → 县科协, was the event;
  also 中国农民丰收节期间,县农业局…);
- a 科协 (or other people's organisation's short form) ends a body's name before a meeting verb (县科协召开学会工作
  会议: was Organization 县科协召开学会);
- a count of editions without 第 is no part of an event's name (成功举办3届甘肃省科普作品创作大赛 → 甘肃省科普作品
  创作大赛, was 3届甘肃省科普作品创作大赛), the editions counted stay the organiser's figure (→ 甘肃省科协), and the
  verb of holding before the count still names its runner (甘肃省科协 runs the contest, as on the base);
- an observance's stretch (科普日期间, 活动周期间, 科普月期间) is when, no word of the counted noun (在全国科普日期间累计
  举办的重点科普活动 → 累计举办的重点科普活动, was 科普日期间举办的重点科普活动)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _subjects(doc) -> dict:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_the_national_science_observances_are_programmes():
    """01-bengbu-kepuri, 07-national-kepuri2017, 08-shaanxi-zhou (base: no programme)."""
    doc = extract_text("科普日活动举行\n9月22日下午,2024年全国科普日安徽省蚌埠主场活动在淮河文化广场举行。")
    assert "全国科普日" in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("科技活动周启动\n5月17日上午,2014年陕西省科技活动周启动仪式在西安举行。")
    assert "全国科技活动周" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_meeting_named_after_an_observance_stays_the_meeting():
    """Guard, 09-national-zhou2013: 全国科技活动周总结交流会 is the meeting, as on the base."""
    doc = extract_text("交流会召开\n10月23-25日,2013年全国科技活动周总结交流会在重庆召开。")
    progs = _names(doc, "Programme")
    assert "全国科技活动周总结交流会" in progs and "全国科技活动周" not in progs, progs


def test_a_body_after_an_event_stretch_is_the_figures_subject():
    """Modelled on county 科普日 round-ups (base: subject 全国科普日 / 中国农民丰收节)."""
    got = _subjects(extract_text("科普日活动\n全国科普日期间,县科协共印制宣传册3000份。"))
    assert got.get("印制宣传册") == "县科协", got
    got = _subjects(extract_text("丰收节\n中国农民丰收节期间,县农业局共举办展销活动30场。"))
    assert got.get("展销活动") == "县农业局", got


def test_an_event_stretch_without_a_body_keeps_its_figures():
    """Guard: with no body after 期间 the rules before this round decide (a place scope stays the place's)."""
    got = _subjects(extract_text("丰收节\n中国农民丰收节期间,全县共举办展销活动30场。"))
    assert got.get("展销活动") != "县农业局", got


def test_a_kexie_ends_its_name_before_a_meeting_verb():
    """03-taoyuan-xuehui (base: Organization 县科协召开学会)."""
    doc = extract_text("县科协召开学会工作会议\n近日,县科协组织所属18个学会,召开学会工作会议。")
    orgs = _names(doc, "Organization")
    assert "县科协召开学会" not in orgs and "县科协" in orgs, orgs


def test_a_count_of_editions_is_no_part_of_the_event_name():
    """02-gansu-kepuri (base: Programme 3届甘肃省科普作品创作大赛, its count the contest's own)."""
    doc = extract_text("科普日启动\n省科协成功举办3届甘肃省科普作品创作大赛,推出各类优秀原创科普作品967件。")
    progs = _names(doc, "Programme")
    assert "甘肃省科普作品创作大赛" in progs and not any(p.startswith("3届") for p in progs), progs
    assert _subjects(doc).get("甘肃省科普作品创作大赛") == "甘肃省科协", _subjects(doc)
    runs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}
    assert ("甘肃省科协", "甘肃省科普作品创作大赛") in runs, runs


def test_an_edition_with_di_still_reads_as_before():
    """Guard: 第三届 is an edition (not a count) and stays out of the name as before."""
    doc = extract_text("大赛开幕\n第三届甘肃省科普作品创作大赛在兰州开幕。")
    assert "甘肃省科普作品创作大赛" in _names(doc, "Programme"), _names(doc, "Programme")


def test_an_observance_stretch_is_no_word_of_the_indicator():
    """07-national-kepuri2017: 在全国科普日期间累计举办的重点科普活动近6万次 (base: 科普日期间举办的重点科普活动)."""
    doc = extract_text("科普日\n据悉,各地各部门在全国科普日期间累计举办的重点科普活动近6万次。")
    inds = {m.indicator for m in doc.metrics}
    assert inds and not any("期间" in i for i in inds), inds
