"""Round 119 (chengguan119): city management and comprehensive law enforcement — work reports and round-ups of
城管 bureaus (重庆市城市管理局, 岳阳 市城管局 report, 麦积区城管局, 龙安区 and 双阳区 城市管理行政执法局, 远安县城市管理执法局,
黄石 城管综合执法局), a street's 垃圾分类 summary (罗湖区桂园街道), a town's 城管 meeting (东莞清溪镇) and a street's new
squad (临潼区栎阳执法中队) (fresh texts of /tmp/s27/txt/chengguan119).
Fixes, base → now:
- a one-character appointment verb ending a common noun (the 任 of 责任) carries no appointment to a name after a
  comma (划分5个小组包保责任路段，…行为，严格执法的同时… → no person, was Person 严格执法);
- 城市管理执法 is a department stem (远安县城市管理执法局 → Agency, was nothing) and Shanghai's 绿化和市容管理 is one,
  written short 绿化市容 (普陀区绿化市容局 → 普陀区绿化和市容管理局, was nothing);
- an enforcement or city-management bureau's squad named right after it is the agency, named by the chain as a
  police station is (临潼区城市管理综合行政执法局栎阳执法中队, 区城管局新华中队, was the bureau only);
- a figure's one character after the digits opens the noun when no unit starts with it and it makes a word with
  the next (开展11.8垃圾分类减量日活动49场 → 垃圾分类减量日活动, was 圾分类减量日活动; 12.4国家宪法日);
- a speech's byline name padded with two half-width spaces is read (局长  杜  宇 → Person 杜宇, was nothing);
- a counted noun cut at an opening quote drops the verb whose object the quote is (19个村达到“示范圩镇”标准 → 村,
  was 村达到);
- 环卫, 垃圾分类 and 城乡环境综合治理 are department stems (区环卫所, 市垃圾分类办, 区城乡环境综合治理办公室, was nothing)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_the_ren_of_a_noun_carries_no_appointment():
    """10-yuanan-xian-zhengzhi (base: Person 严格执法)."""
    doc = extract_text("专项整治\n县城管局领导班子带头加入执法一线，划分5个小组包保责任路段，重点整治城区出店经营、乱设夜市等影响"
                       "市容市貌行为，严格执法的同时着力为群众办实事。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_an_election_list_still_carries_its_verb():
    """Guard: 选举A为…，B为… (the verb 任 of no noun is untouched)."""
    doc = extract_text("选举结果\n会议选举郭海为县委书记，陈雪为县委副书记。")
    assert {"郭海", "陈雪"} <= _names(doc, "Person"), _names(doc, "Person")


def test_city_management_enforcement_bureau_without_xingzheng():
    """10-yuanan-xian-zhengzhi (base: no agency)."""
    doc = extract_text("市容整治\n远安县城市管理执法局组织开展市容市貌专项综合整治行动。")
    assert "远安县城市管理执法局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_shanghai_greening_and_city_appearance_bureau():
    """Modelled on Shanghai's 绿化市容 notices (base: no agency)."""
    doc = extract_text("垃圾分类\n普陀区绿化市容局督促作业企业提高清运效率。")
    assert "普陀区绿化和市容管理局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_enforcement_squad_named_after_its_bureau():
    """07-lintong-liyang-zhongdui (base: 临潼区城市管理综合行政执法局 only)."""
    doc = extract_text("设立中队\n街办与区执法局协商，决定设立临潼区城市管理综合行政执法局栎阳执法中队，负责辖区市容监管。")
    assert "临潼区城市管理综合行政执法局栎阳执法中队" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("巡查\n区城管局新华中队开展夜间巡查。")
    assert "区城管局新华中队" in _names(doc, "Agency") or any(n.endswith("城管局新华中队") for n in _names(doc, "Agency")), \
        _names(doc, "Agency")


def test_no_squad_from_a_word_of_which_or_a_verb():
    """Guard: 各中队, 下属中队, 联合中队 name no squad."""
    for text in ("县综合行政执法局各中队开展巡查。", "县综合行政执法局下属中队开展巡查。", "市城管局联合中队开展巡查。"):
        names = _names(extract_text("巡查\n" + text), "Agency")
        assert not any(n.endswith("中队") for n in names), names


def test_a_date_before_a_day_name_keeps_the_nouns_first_character():
    """03-luohu-guiyuan-ljfl (base: 圾分类减量日活动, 家宪法日活动)."""
    got = _metrics(extract_text("垃圾分类\n2021年，桂园街道开展11.8垃圾分类减量日活动49场。"))
    assert got.get(49) == "垃圾分类减量日活动", got
    got = _metrics(extract_text("普法\n2021年，该街道开展12.4国家宪法日活动12场。"))
    assert got.get(12) == "国家宪法日活动", got


def test_a_unit_after_a_figure_still_closes_it():
    """Guard: 3县, 9个 stay units (the noun after them unchanged)."""
    got = _metrics(extract_text("检查\n安新、容城、雄县3县共发现安全隐患8处。"))
    assert got.get(8) == "发现安全隐患", got
    got = _metrics(extract_text("项目\n总装机26.9万千瓦光伏项目9个。"))
    assert got.get(9) == "光伏项目", got


def test_byline_name_padded_with_two_spaces():
    """02-yueyang-cgj-report (base: no person)."""
    doc = extract_text("2022年城市管理和综合执法工作报告\n岳阳市城管局党组书记、局长  杜  宇\n（2022年2月28日）\n同志们：\n"
                       "今天，我们召开局系统工作会议。")
    assert "杜宇" in _names(doc, "Person"), _names(doc, "Person")


def test_counted_noun_before_a_quoted_object_drops_the_verb():
    """04-dongguan-qingxi-cg (base: 村达到)."""
    got = _metrics(extract_text("城市管理\n2022年，全镇19个村达到“示范圩镇”标准，示范占比达90%。"))
    assert got.get(19) == "村", got


def test_a_quoted_name_of_the_things_counted_stays():
    """Guard: 3393个“健康小屋”, 12个村史馆“乡愁记忆”展厅 keep their nouns."""
    got = _metrics(extract_text("建设\n全市建成3393个“健康小屋”。"))
    assert got.get(3393) == "健康小屋", got


def test_sanitation_and_waste_sorting_offices_written_short():
    """Modelled on 城管 round-ups (区环卫所, 市垃圾分类办, 区城乡环境综合治理办公室; base: no agency)."""
    for text, name in (("区环卫所组织开展检查。", "区环卫所"), ("市垃圾分类办组织开展检查。", "市垃圾分类办"),
                       ("区城乡环境综合治理办公室组织检查。", "区城乡环境综合治理办公室")):
        assert name in _names(extract_text("检查\n" + text), "Agency"), text


def test_sanitation_words_in_running_text_name_no_office():
    """Guard: 垃圾分类处理, 环卫处置, 环卫所有 are no offices."""
    for text in ("市垃圾分类处理能力提升。", "区环卫处置能力提升。", "市环卫所有车辆出动。", "推进城乡环境综合治理工作。"):
        assert not _names(extract_text("工作\n" + text), "Agency"), text
