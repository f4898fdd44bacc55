"""Round 120 (shuangyong120): 双拥 news — 八一 visits to armed-police squadrons and garrisons (姜堰区, 玄武区, 淳安县
人武部, 巩义市), a district yearbook's 双拥 entry (海口 龙华区), 立功喜报 sent home by 人武部 and 退役军人事务局 (房县,
通榆县 兴隆山镇/边昭镇, 甘谷县) and 抚恤补助金 paid to 重点优抚对象 (霍州市) (fresh texts of /tmp/s27/txt/shuangyong120).
Fixes, base → now:
- a one-character verb of going before the first township of a counted list (赴新兴镇、谢家湾乡、安远镇、大庄镇4个乡镇 →
  新兴镇, was Place 赴新兴镇 beside it);
- the people counted lose where the sum or visit arrived, after a verb of delivery (发放到81名重点优抚对象手中 → 重点优抚对象,
  was 重点优抚对象手; 来到6户现役军人家中 → 现役军人, was 现役军人家; 30名技术能手中，有5名 keeps 技术能手);
- 精准 and 足额 before the verb of paying end a sum's noun (1892万元优待金精准发放到位 → 优待金, was 优待金精准);
- a township's 武装部 is its 人民武装部, also written through its post (兴隆山镇武装部长王德林 → 兴隆山镇人民武装部, was a
  second body 兴隆山镇武装部; 县人武部长 → 县人民武装部, was 县人武部);
- a quoted holiday right before the greetings it brings dates them (开展“八一”慰问活动: was Programme 八一);
- a place alone in brackets after a unit is where it is stationed, no scope (一三二旅（屯昌），以及13个团级单位 → 龙华区,
  was 屯昌县)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _posts(doc) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations if r.predicate == "holdsPost"}


def test_a_verb_of_going_opens_no_township_of_a_list():
    """07-gangu-xibao (base: Place 赴新兴镇 partOf 甘谷县 beside 新兴镇)."""
    doc = extract_text("送喜报\n近日，甘谷县退役军人事务局联合县人武部，赴新兴镇、谢家湾乡、安远镇、大庄镇4个乡镇，"
                       "为荣立三等功的现役军人家庭送去喜报。")
    places = _names(doc, "Place")
    assert "新兴镇" in places and "赴新兴镇" not in places, places


def test_where_a_sum_arrived_is_no_part_of_those_counted():
    """08-huoshi-fuxu, 07-gangu-xibao (base: 重点优抚对象手, 现役军人家, 困难群众家)."""
    got = _metrics(extract_text("优抚\n全市双拥办将上半年抚恤补助金发放到81名重点优抚对象手中。"))
    assert got.get(81) == "重点优抚对象", got
    got = _metrics(extract_text("喜报\n工作人员一行先后来到了荣立三等功的6户现役军人家中。"))
    assert got.get(6) == "现役军人", got
    got = _metrics(extract_text("慰问\n慰问组走进120户困难群众家中，送去慰问金。"))
    assert got.get(120) == "困难群众", got


def test_a_whole_closed_by_its_locative_keeps_its_noun():
    """Guard: no verb of delivery before the count — 能手 stays a word (as on the base)."""
    got = _metrics(extract_text("表彰\n全县30名技术能手中，有5名获得表彰。"))
    assert got.get(30) == "技术能手", got


def test_an_adverb_of_paying_ends_the_sums_noun():
    """09-gongyi-bayi (base: 优待金精准, 抚恤金足额)."""
    got = _metrics(extract_text("优待金\n保障全市1892万元优待金精准发放到位。"))
    assert got.get(18920000) == "优待金", got
    got = _metrics(extract_text("抚恤\n将32万元抚恤金足额发放到位。"))
    assert got.get(320000) == "抚恤金", got


def test_a_noun_holding_precise_keeps_it():
    """Guard: 精准扶贫 is a word of the noun (as on the base)."""
    got = _metrics(extract_text("扶贫\n全县共有120户建档立卡精准扶贫户。"))
    assert got.get(120) == "建档立卡精准扶贫户", got


def test_a_townships_armed_forces_department_through_its_post():
    """06-tongyu-xibao, 05-fangxian-xibao (base: 兴隆山镇武装部 beside 兴隆山镇人民武装部; 县人武部)."""
    doc = extract_text("喜报进家门\n近日，兴隆山镇、边昭镇人民武装部联合开展活动。兴隆山镇武装部长王德林带队。")
    agencies = _names(doc, "Agency")
    assert "兴隆山镇武装部" not in agencies, agencies
    assert ("王德林", "兴隆山镇人民武装部") in _posts(doc), _posts(doc)
    doc = extract_text("会议\n全县召开会议，县人武部长王德林出席。")
    assert ("王德林", "县人民武装部") in _posts(doc), _posts(doc)


def test_a_quoted_holiday_before_its_greetings_is_no_programme():
    """03-chunan-renwubu (base: Programme 八一 run by 淳安县人民武装部)."""
    doc = extract_text("慰问\n在建军节到来之际，淳安县人武部开展“八一”慰问活动，赴千岛湖镇慰问现役军人家属。")
    assert "八一" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_units_bracketed_station_is_no_scope_of_the_figures():
    """04-longhua-nianjian (base: 屯昌县 the subject of 13个团级单位 and 365名 in 龙华区's entry)."""
    doc = extract_text("龙华区双拥工作\n春节期间，龙华区共慰问海口警备区、省边防总队、一三二旅（屯昌），以及13个团级单位的军警官兵。"
                       "安排解决部队子女上学365名。")
    ents = doc.entities
    subj = {m.value: ents[m.subject].name if m.subject in ents else None for m in doc.metrics}
    assert subj.get(13) == "龙华区" and subj.get(365) == "龙华区", subj
