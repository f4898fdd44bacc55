"""Round 74 (court74): court and procuratorate news — county courts' execution drives (河北张北, 河南南阳,
潢川, 临颍), court work reports to the 人大 (四川翠屏区, 广东东莞), a court's press briefing (安徽桐城) and
circuit hearings (河南沁阳, 重庆巫山) — from fresh texts of /tmp/s26/fresh/court74.  Fix: a county's
unique short name right before 法院/检察院 (潢川法院, 潢川检察院) names the county and its court even where
the story names a place of another prefecture (从郑州被带回): a basic court is only ever its county's, no
township has one (base: the short name dropped as the story was read as 郑州's, no court at all, and the
article's figures given to 郑州市).  Fix: a court's news writing its officer as 该院/本院 + name + head post
(该院王建华副院长) gives the post in the article's one court, as the court's full name before the name does,
unless another body in 院 was named last (a hospital); a procuratorate's head post is 检察长 (襄阳市人民检察院
李国强副检察长), not the 院长 its name's last character gave.  Fix: a clause of only a basis (同比, 较上一个五年)
before 分别 and a change verb changes the levels named by the clauses before it one each in order, as
与2020年相比分别下降 does (base: every rise given to the last level, 结案率).  Fix: courts and procuratorates
after their scope (全市法院受理…, 南阳两级法院共拘传…) are the doer, no part of the indicator, as 检察机关 is.  Fix: a court's news writing itself 院 before its party organ
(院党组成员、副院长刘建国) names the court, as 厅党组书记 names the department.  Fix: 分为 (splitting into
groups: 20余名执行干警分为三路) ends the counted noun, as 分赴 does."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _subjects(doc) -> dict[float, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_county_short_name_before_its_court_names_the_county():
    """05-huangchuan-execution (河南潢川县): 潢川法院执行局…共39名干警列队集合完毕…1名涉嫌拒执犯罪的被执行人也从
    郑州被带回 (base: no 潢川县, no court, 39名 given to 郑州市)."""
    doc = extract_text("潢川法院执行局五个执行团队共39名干警列队集合完毕,副院长刘建国作战前动员。"
                       "28日全天共执行案件21件,执结7件。1名涉嫌拒执犯罪的被执行人也从郑州被带回。")
    assert "潢川县" in _names(doc, "Place"), _names(doc, "Place")
    assert any(n.startswith("潢川县人民法院") for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert _subjects(doc)[21] != "郑州市", _subjects(doc)


def test_county_short_name_before_its_procuratorate():
    """The same shape for a procuratorate (潢川检察院) in a story naming another city."""
    doc = extract_text("潢川检察院对该案提起公诉,犯罪嫌疑人此前在郑州被抓获。")
    assert "潢川县" in _names(doc, "Place"), _names(doc, "Place")
    assert "潢川县人民检察院" in _names(doc, "Agency"), _names(doc, "Agency")


def test_kinds_of_courts_name_no_county():
    """Negative: the kinds and levels of court before 法院 (各级, 两级, 基层, 铁路, 海事, 互联网) name no county."""
    doc = extract_text("郑州市各级法院、两级法院、基层法院、高新法院、铁路法院、海事法院、金融法院、互联网法院和"
                       "知识产权法院开展集中执行。")
    assert _names(doc, "Place") == {"郑州市"}, _names(doc, "Place")


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(doc.entities[r.subject].name, p["post"], doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_court_anaphor_before_a_name_and_its_head_post():
    """08-tongcheng-briefing (安徽桐城市): 桐城市人民法院召开新闻通气会…该院江永久副院长通报了…: the court's news
    writes its officer as 该院 + name + post, as it would write the court's full name (base: no person, no
    post).  Adapted with another name (the text's 永久 is a word to the name finder)."""
    doc = extract_text("6月18日下午,桐城市人民法院召开新闻通气会。通气会上,该院王建华副院长通报了今年以来审判、执行的概况。")
    assert ("王建华", "副院长", "桐城市人民法院") in _posts(doc), _posts(doc)


def test_procuratorate_head_post_is_jianchazhang():
    """A procuratorate's head is 检察长, not the 院长 its name's last character would give: 襄阳市人民检察院李国强
    副检察长, and 该院李国强副检察长 after it (base: neither read)."""
    doc = extract_text("襄阳市人民检察院李国强副检察长介绍了全市公益诉讼办案情况。")
    assert ("李国强", "副检察长", "襄阳市人民检察院") in _posts(doc), _posts(doc)
    doc = extract_text("襄阳市人民检察院召开新闻发布会,该院李国强副检察长介绍了办案情况。")
    assert ("李国强", "副检察长", "襄阳市人民检察院") in _posts(doc), _posts(doc)


def test_court_anaphor_after_a_hospital_is_not_the_court():
    """Negative: 该院 after a hospital named last is the hospital; its 副院长 is not the court's."""
    doc = extract_text("县人民法院和县人民医院联合召开会议。该院王建华副院长介绍了医疗纠纷调解情况。")
    assert not any(o.endswith("法院") for _n, _p, o in _posts(doc)), _posts(doc)


def _changes(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_basis_clause_before_respectively_changes_each_level():
    """01-cuiping-report (四川宜宾翠屏区): 受理各类案件82976件,审执结82461件,结案率99.37%,较上一个五年分别上升
    44.05%、67.15%、14.79%: a clause of only a basis (较上一个五年, 同比) before 分别 changes the levels named
    before one each in order (base: all three rises given to 结案率, the last level)."""
    doc = extract_text("2017-2021年,翠屏区人民法院受理各类案件82976件,审执结82461件,结案率99.37%,"
                       "较上一个五年分别上升44.05%、67.15%、14.79%。")
    got = _changes(doc)
    assert "受理各类案件" in got[44.05] and "审执结" in got[67.15] and "结案率" in got[14.79], got
    doc = extract_text("全市法院受理各类案件3185件,执结1152件,结案率95.2%,同比分别上升27.4%、57.2%和3.1%。")
    got = _changes(doc)
    assert "受理各类案件" in got[27.4] and "执结" in got[57.2] and "结案率" in got[3.1], got


def test_basis_clause_with_too_few_levels_is_left_alone():
    """Negative: a basis clause before 分别 with fewer named levels than figures pairs nothing new."""
    doc = extract_text("今年以来,全县受理各类案件3185件,同比分别上升27.4%、57.2%和3.1%。")
    got = _changes(doc)
    assert not any("执结" in v for v in got.values()), got


def test_courts_doing_what_is_counted_are_no_part_of_the_indicator():
    """07-dongguan-report (广东东莞市): 全市法院受理各类案件25.4万件; 04-nanyang-execution (河南南阳市): 南阳两级法院共
    拘传202人: the courts after their scope are the doer, as 检察机关 is (base: 法院受理各类案件, 两级法院共拘传)."""
    doc = extract_text("2022年,全市法院受理各类案件25.4万件,办结23.1万件。全市人民法院执结案件500件。")
    got = _changes(doc)
    assert got[254000] == "受理各类案件" and got[500] == "执结案件", got
    doc = extract_text("执行专项行动首日,南阳两级法院共拘传202人,执结案件96件。")
    assert _changes(doc)[202] == "拘传", _changes(doc)


def test_court_writes_itself_yuan_before_its_party_organ():
    """05-huangchuan-execution: 院党组成员、副院长刘建国作战前动员 in the court's own news: 院 is the court the
    article names, as 厅党组书记 is the department's (base: no post).  Negative: a hospital (an organisation)
    is never read so."""
    doc = extract_text("潢川县人民法院开展集中执行。院党组成员、副院长刘建国作战前动员。")
    assert ("刘建国", "副院长", "潢川县人民法院") in _posts(doc), _posts(doc)
    doc = extract_text("潢川法院执行局五个执行团队共39名干警列队集合完毕,院党组成员、副院长刘建国作战前动员。"
                       "这是潢川法院“秋季攻坚”专项行动的第一次集中执行行动。")
    assert ("刘建国", "副院长", "潢川县人民法院") in _posts(doc), _posts(doc)  # (the court first inside its unit)
    doc = extract_text("县人民医院召开职工大会。院党委书记刘建国讲话。医疗纠纷由县人民法院审理。")
    assert not _posts(doc), _posts(doc)


def test_splitting_into_groups_ends_the_counted_noun():
    """06-linying-execution (河南临颍县): 20余名执行干警分为三路: 分为 ends the noun counted, as 分赴 does (base:
    执行干警分, cut at 为).  Negative: 耕地划分为三类 stays 耕地 (no 耕地划)."""
    doc = extract_text("12月9日,该院执行局组织集中行动,20余名执行干警分为三路,奔赴城区、乡镇。全县50名志愿者分为10个小组。")
    got = _changes(doc)
    assert got[20] == "执行干警" and got[50] == "志愿者", got
    doc = extract_text("全县120万亩耕地划分为三类。")
    assert _changes(doc)[1200000] == "耕地", _changes(doc)
