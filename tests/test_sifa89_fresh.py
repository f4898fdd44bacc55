"""Round 89 (sifa89): justice administration and the police, procuratorate and court texts — city and
district 司法局 annual reports (法律援助, 人民调解, 普法, 司法所 building), 人民检察院 work reports with their
case counts (件/人, 项次), and 公安局 case notices naming suspects as 刘某某, from Guangxi, Shanxi, Hubei,
Fujian, Ningxia, Sichuan, Inner Mongolia and Guangdong (fresh texts of /tmp/s26/fresh/sifa89).  Fixes:
awards counted per conferral in 项次 (集体受到上级表彰98项次) keep their own unit, as 人次 does, not 项; a
longer locative verb running into the name (到达该村附近) opens no village 达该村; an expectation after the
things counted (4个村有望被…命名) ends the counted noun (村, not 村有望); the one-character 共 between the doers and
the deed (区政府法律顾问共审查重大行政决策1件) is dropped as 共计 is; a month after 于 in a sentence of no figure
(现场会于2022年9月份在我市召开) dates that event, no period of the figures after; a national organ whose decisions
are relayed (传达党中央…决策部署) is no source of a national figure; a police station named after a city bureau's
branch (杭州市公安局西湖区分局北山派出所) is one agency by the chain, and a procuratorate's numbered department
(海淀区人民检察院第三检察部) one too; a wire dateline alone on its line with a space after the medium (中新网
呼和浩特11月9日电 (记者 张林虎)) is read as a dateline, and the headline over it is the title."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_honours_counted_per_conferral_keep_their_unit():
    """05-jiangan-jianchayuan: 集体受到上级表彰98项次，个人受到上级表彰奖励203人次 (base: 98 项, the 次 lost).
    A plain count of items in 项 stays 项."""
    doc = extract_text("检察工作\n五年来，集体受到上级表彰98项次，个人受到上级表彰奖励203人次。完成重点项目12项。")
    got = _metrics(doc)
    assert ("集体受到上级表彰", 98, "项次") in got, got
    assert ("个人受到上级表彰奖励", 203, "人次") in got, got
    assert ("重点项目", 12, "项") in got, got
    assert not any(u == "项" and v == 98 for _, v, u in got), got


def test_a_longer_locative_verb_opens_no_village():
    """09-tuzuoqi-gonganju: 指派专人携带枪支到达该村附近，对进出村庄路口进行封堵 (base: a village 达该村, part of
    土默特左旗).  The demonstrative 该村 is no name; a real village after 到 or 在 is still read."""
    doc = extract_text("抓捕\n土左旗公安局随即组成抓捕组，指派专人到达该村附近，对进出村庄路口进行封堵。")
    assert not {p for p in _places(doc) if p.endswith("村")}, _places(doc)
    doc = extract_text("调研\n近日，县委书记到红星村调研，随后到达王庄村开展走访。")
    assert {"红星村", "王庄村"} <= _places(doc), _places(doc)


def test_an_expectation_ends_the_counted_noun():
    """02-changzhi-sifaju: 平顺县龙溪镇龙镇村等4个村有望被司法部命名为第九批“全国民主法治示范村” (base: the
    indicator 村有望).  3个项目有望年内竣工 counts 项目; a noun that does not meet the modal stays whole."""
    doc = extract_text("司法行政\n全市共有7个集体获得表彰，平顺县龙溪镇龙镇村等4个村有望被司法部命名为民主法治示范村。")
    got = _metrics(doc)
    assert ("村", 4, "个") in got, got
    assert not any(i and "有望" in i for i, _, _ in got), got
    doc = extract_text("项目建设\n今年全县3个项目可望年内竣工投产，5个重点项目已开工。")
    got = _metrics(doc)
    assert ("项目", 3, "个") in got, got
    assert ("重点项目", 5, "个") in got, got


def _subjects(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value) for m in doc.metrics}


def test_the_adverb_gong_between_doers_and_deed_is_dropped():
    """01-chengzhong-sifaju: 2023年，区政府法律顾问共审查重大行政决策1件、规范性文件10件 (base: the indicator
    法律顾问共审查重大行政决策).  共 making a word with a neighbour stays (中共党员, 共享单车)."""
    doc = extract_text("法治政府\n2023年，区政府法律顾问共审查重大行政决策1件、规范性文件10件。")
    got = {i for i, _, _ in _metrics(doc)}
    assert "法律顾问审查重大行政决策" in got, got
    assert not any("共审查" in i for i in got), got
    doc = extract_text("党建\n全县中共党员共有5000名，全市共享单车投放量达到3万辆。")
    got = {i for i, _, _ in _metrics(doc)}
    assert {"中共党员", "共享单车投放量"} <= got, got


def test_an_events_month_after_yu_is_no_period_of_the_figures_after():
    """02-changzhi-sifaju: 全省访调对接工作现场会于2022年9月份在我市召开，…。全市司法行政系统共有7个集体、7名同志获得
    省部级以上表彰 (base: period 2022-09, the meeting's month).  A month opening the sentence still governs."""
    doc = extract_text("司法局工作总结\n2022年，长治市司法局各项工作均取得了新进展。全省现场会于2022年9月份在我市召开，"
                       "经验受到肯定。全市司法行政系统共有7个集体获得表彰。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("集体") == "2022", periods
    doc = extract_text("工作动态\n2022年9月，全市开展普法宣传。全市共举办法治讲座30场。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("法治讲座") == "2022-09", periods


def test_a_relayed_national_organ_is_no_source():
    """02-changzhi-sifaju: 及时传达党中央、省市委各项重大决策部署，共组织党组理论学习中心组学习会议17次 (base: subject
    中国).  记者从国家统计局获悉 keeps the nation as the source."""
    doc = extract_text("工作\n一是加强政治建设。及时传达党中央、省市委各项重大决策部署，共组织党组理论学习中心组学习会议17次。")
    assert not any(s == "中国" for s, _, _ in _subjects(doc)), _subjects(doc)
    doc = extract_text("统计\n记者从国家统计局获悉，2023年全国粮食总产量13908亿斤。")
    assert any(s == "中国" and v == 1390800000000 for s, _, v in _subjects(doc)), _subjects(doc)


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_police_station_after_a_branch_is_named_by_the_chain():
    """Topic probe of 公安局 notices (杭州市公安局西湖区分局北山派出所接到群众报警; base: the agency 西湖区分局北山派出所, a
    district's branch run into the station).  A branch with no station after it stays the branch."""
    doc = extract_text("警情通报\n3月5日，杭州市公安局西湖区分局北山派出所接到群众报警。")
    got = _agencies(doc)
    assert "杭州市公安局西湖区分局北山派出所" in got, got
    assert "西湖区分局北山派出所" not in got, got
    doc = extract_text("警情通报\n邯郸市公安局丛台分局民警赶到现场。")
    assert "邯郸市公安局丛台分局" in _agencies(doc), _agencies(doc)


def test_a_procuratorates_numbered_department_is_an_agency():
    """Topic probe of 检察院 news (海淀区人民检察院第三检察部依法对犯罪嫌疑人王某某提起公诉; base: the procuratorate
    alone).  检察部门 (the departments in general) names none."""
    doc = extract_text("检察\n近日，海淀区人民检察院第三检察部依法对犯罪嫌疑人王某某以涉嫌诈骗罪提起公诉。")
    assert "海淀区人民检察院第三检察部" in _agencies(doc), _agencies(doc)
    assert not {p.name for p in doc.entities.values() if p.type == "Person"}, "王某某 is no person"
    doc = extract_text("检察\n海淀区人民检察院检察部门加强协作。")
    assert not {a for a in _agencies(doc) if a.endswith("部门")}, _agencies(doc)


def test_a_wire_dateline_alone_on_its_line_leaves_the_title():
    """09-tuzuoqi-gonganju as published: 突发命案致一死一伤 呼和浩特警方火速擒凶 ⏎ 中新网 呼和浩特11月9日电 (记者 张林虎)
    ⏎ 9日，记者从呼和浩特市土左旗公安局获悉… (base: no title).  The dateline is no sentence of the body."""
    doc = extract_text("呼和浩特警方火速擒凶\n中新网 呼和浩特11月9日电 (记者 张林虎)\n"
                       "9日，记者从呼和浩特市土左旗公安局获悉，致一死一伤的命案嫌疑人落网。")
    art = doc.articles[0]
    assert art.title == "呼和浩特警方火速擒凶", art.title
    assert not any("日电" in art.text[s.start:s.end] for s in art.sentences if s.section == "body"), \
        [art.text[s.start:s.end] for s in art.sentences]
