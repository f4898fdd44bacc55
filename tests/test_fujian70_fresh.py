"""Round 70 (fujian70): county, township and village news of 福建 from fresh texts of
/tmp/s26/fresh/fujian70 (南平 光泽/武夷山, 晋江, 诏安 礤岭村, 莆田 西天尾镇, 平和 九峰镇, 福鼎, 长汀 馆前镇
and 宣成乡, 泉州 丰泽区).  Fixes: 乡亲/乡贤 after a name read as no township (在外晋江乡亲: was a Place
外晋江乡); 人行 after a count of people is a march (慈善万人行: was 中国人民银行); a name's 自 before a
year's digits opens the time counted from (第一书记江飞剑自2021年7月: was a person 江飞剑自); the idiom
做好…三篇文章 counts no articles; a verb of work (实施, 带动 …) opens a list of villages before its count
(实施兰田、寨背…6个村: was a place 实施兰田); a village before its collective (汀东村村集体) opens the clause; a
bare project stage after a count of projects shares its noun (在建项目17个、预备4个: 预备项目); villages
listed before a count of a kind of village (等5个茶叶主产村: was 眉山市 of 四川); a place after 打造 and
before a quoted name is no subject of the figures after it; years before 的发展成就 are no figure."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_fellow_villagers_after_a_name_are_no_township():
    """06-jinjiang-kenqin (晋江新闻网): 吸引在外晋江乡亲回乡创业 (base: a Place 外晋江乡); a township after
    a verb of place still stands (来自新街乡)."""
    doc = extract_text("要广泛发动市民参与,吸引在外晋江乡亲回乡创业。")
    assert not any(n.endswith("乡") for n in _names(doc, "Place")), _names(doc, "Place")
    doc = extract_text("这批学员来自新街乡的12个村。")
    assert "新街乡" in _names(doc, "Place"), _names(doc, "Place")


def test_a_march_of_ten_thousand_is_no_central_bank():
    """06-jinjiang-kenqin: 举行“慈善万人行”民俗文化踩街活动 (base: an Agency 中国人民银行 from 人行);
    人行 alone still names the bank."""
    doc = extract_text("晋江市将举行社会福利项目首发式暨“慈善万人行”民俗文化踩街活动。")
    assert "中国人民银行" not in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("人行晋江市支行召开会议,部署金融服务工作。")
    assert "中国人民银行" in _names(doc, "Agency"), _names(doc, "Agency")


def test_since_before_a_year_ends_the_name():
    """05-pinghe-jiufeng (福建日报): 省财政厅派驻复兴村第一书记江飞剑自2021年7月驻村以来 (base: a person
    江飞剑自)."""
    doc = extract_text("省财政厅派驻复兴村第一书记江飞剑自2021年7月驻村以来,走村入户深入了解实情。")
    people = _names(doc, "Person")
    assert "江飞剑" in people and "江飞剑自" not in people, people


def test_three_essays_worked_on_are_no_count():
    """08-changting-guanqian: 做好“青山、沃野、米粉”三篇文章 (base: a metric 文章 3篇); articles
    published keep their count (刊发三篇文章)."""
    doc = extract_text("长汀县馆前镇做好“青山、沃野、米粉”三篇文章,持续做大做强三大产业。")
    assert not any(m.unit == "篇" for m in doc.metrics), [(m.indicator, m.value, m.unit) for m in doc.metrics]
    doc = extract_text("县融媒体中心今年在省级媒体刊发三篇文章,介绍馆前镇经验。")
    assert any(m.unit == "篇" and m.value == 3 for m in doc.metrics), [(m.indicator, m.value) for m in doc.metrics]


def test_a_verb_of_work_opens_the_list_of_villages():
    """09-longyan-xuancheng (央统网): 实施兰田、寨背、畲心、中畲、溪源、泮溪6个村的竹林垦复 (base: a Place
    实施兰田)."""
    doc = extract_text("长汀县宣成乡实施兰田、寨背、畲心、中畲、溪源、泮溪6个村的竹林垦复。")
    places = _names(doc, "Place")
    assert "兰田" in places and "实施兰田" not in places, places


def test_a_village_before_its_collective_opens_the_clause():
    """08-changting-guanqian: 其中,仅通过出租油茶山场,汀东村村集体年实现增收15万元 (base: no place 汀东村,
    the figure the county's with the indicator 汀东村村集体年实现增收)."""
    doc = extract_text("长汀县馆前镇打造油茶产业示范基地。其中,仅通过出租油茶山场,汀东村村集体年实现增收15万元。")
    assert "汀东村" in _names(doc, "Place"), _names(doc, "Place")
    got = {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.value) for m in doc.metrics}
    assert ("汀东村", 150000) in got, got


def test_a_bare_stage_after_a_count_of_projects_shares_its_noun():
    """04-putian-xitianwei (莆田晚报): 该镇工业园区2023年重点项目32个,在建项目17个、预备4个、前期11个 (base:
    indicators 预备 and 前期); a count of another noun keeps its own (企业3个)."""
    doc = extract_text("西天尾镇重点项目建设提速\n该镇工业园区2023年重点项目32个,在建项目17个、预备4个、前期11个。"
                       "全镇新开工项目12个、竣工5个、企业3个。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert {("预备项目", 4), ("前期项目", 11), ("竣工项目", 5)} <= got, got
    assert ("企业", 3) in got, got


def test_villages_listed_before_a_count_of_a_kind_of_village():
    """05-pinghe-jiufeng: 带动三坑、眉山、澄溪、联峰、新山等5个茶叶主产村 (base: 眉山 read as 眉山市 of 四川, the
    other items no place)."""
    doc = extract_text("平和县九峰镇茶叶初加工项目建成后,可带动三坑、眉山、澄溪、联峰、新山等5个茶叶主产村实现茶产业高质量发展。")
    places = _names(doc, "Place")
    assert "眉山市" not in places and {"三坑", "澄溪", "联峰"} <= places, places


def test_a_place_something_is_built_in_is_no_subject_of_the_figures_after():
    """08-changting-guanqian: 长汀县馆前镇…打造汀东村“万亩油茶”产业示范基地,…全年种植蔬菜9500余亩 (with 汀东村 now
    a place: the town's figures went to the village).  年实现增收 reads 年增收: 实现 before the change verb is no word
    of the measure (xinyong120)."""
    doc = extract_text("长汀县馆前镇大力发展绿色产业,打造汀东村“万亩油茶”产业示范基地,扩大蔬菜种植面积,全年种植蔬菜9500余亩。"
                       "其中,仅通过出租油茶山场,汀东村村集体年实现增收15万元。")
    subj = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subj.get("种植蔬菜") == "馆前镇" and subj.get("村集体年增收") == "汀东村", subj


def test_years_of_achievements_are_no_figure():
    """06-jinjiang-kenqin: 要营造浓厚氛围,全面展现20年的发展成就 (base: a metric 发展成时间 20年); a time spent
    on something keeps its figure (历经5年的考察)."""
    doc = extract_text("晋江市召开筹备工作会议。要营造浓厚氛围,全面展现20年的发展成就。")
    assert not any(m.unit == "年" for m in doc.metrics), [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("该项目历经5年的考察,最终落地晋江。")
    assert any(m.unit == "年" and m.value == 5 for m in doc.metrics), [(m.indicator, m.value) for m in doc.metrics]
