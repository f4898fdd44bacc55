"""Round 69 (inspection69): 巡视/巡察 feedback and rectification reports and 生态环境保护督察 petition
tallies (/tmp/s26/fresh/inspection69: a 昆明 district's and a 咸宁 city's rectification progress, a 婺城区
bureau's 巡察整改情况的通报, 鹤岗向阳区's rectification check, 中山大学's and 河南工业大学's inspection
feedback, 内蒙古, 四川 and 湖北 督察 petition tallies).  Fixes: the counts of a rectification report keep
their words (完成整改688个, 未完成5个, 组织处理0人: was 整改, 个, 处理); a bare list of numerals counting up
from one is a list of rounds, no count (区委一、二、三轮巡察: was 巡察 3轮); 中央巡视组 is the centre's
inspection teams, not its leading group; a school's 校纪委 after a leading group's post is no unit of that
group; a count of teams after a committee (县委四个巡察组, 县委各巡察组) names no team, and 进驻 closes the
counted noun; the people named after the post they are counted by are no word of it, nor the body a case is handed to (向相关单位移交问题线索)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_done_and_undone_rectifications_keep_their_words():
    """01-kunming-district, 02-wucheng-culture-bureau: 完成整改688个…未完成5个; 已完成整改19个; 组织处理0人
    beside 诫勉0人 (base: indicators 整改, 个 and 处理)."""
    doc = extract_text("巡察整改进展情况的通报\n截止目前,巡察反馈的697个问题,完成整改688个,基本完成问题4个,未完成5个,"
                       "总体完成率98.71%。在巡察整改工作中,给予政务处分1人;组织处理2人;诫勉3人。")
    got = _metrics(doc)
    assert ("完成整改", 688, "个") in got and ("未完成", 5, "个") in got, got
    assert ("组织处理", 2, "人") in got, got
    # elsewhere 完成 and 组织 still open the clause (完成投资, 组织培训: the investment, the training)
    other = extract_text("全县经济运行情况\n今年全县完成投资30亿元,组织培训120人次。")
    assert {m.indicator for m in other.metrics} == {"投资", "培训"}, _metrics(other)


def test_a_list_of_rounds_counting_up_from_one_is_no_count():
    """09-xiangyang-district: 对区委一、二、三轮巡察…的被巡察党组织开展巡察整改工作专项督查 (base: a figure
    巡察 3轮)."""
    doc = extract_text("向阳区开展巡察整改专项督查\n2020年8月,区纪委监委组成专项督查组,对区委一、二、三轮巡察的"
                       "被巡察党组织开展巡察整改工作专项督查。")
    assert not [m for m in doc.metrics if m.unit == "轮"], _metrics(doc)
    # a count of rounds stays, and so do a respective list's figures
    count = extract_text("县委巡察工作情况\n今年县委开展了三轮巡察,共巡察单位40个。全市一、二、三类企业分别为3、4、5家。")
    got = _metrics(count)
    assert ("巡察", 3, "轮") in got and ("三类企业", 5, "家") in got, got


def test_the_central_inspection_teams_are_not_their_leading_group():
    """07-sysu-central-inspection-feedback: 刘维佳同志代表中央巡视组向中山大学党委领导班子进行了反馈 (base:
    中央巡视组 an alias of 中央巡视工作领导小组)."""
    doc = extract_text("中央巡视组反馈巡视情况\n根据中央巡视工作领导小组的部署,中央第三巡视组向中山大学党委反馈专项巡视情况。"
                       "之后,刘维佳同志代表中央巡视组向中山大学党委领导班子进行了反馈。")
    agencies = _names(doc, "Agency")
    assert {"中央巡视组", "中央巡视工作领导小组"} <= agencies, agencies


def test_a_school_s_discipline_commission_is_no_unit_of_a_leading_group():
    """08-haut-university: 校党委副书记、巡察工作领导小组副组长周相寅,校纪委书记、…副组长张玉安 (base: an agency
    巡察工作领导小组校纪委 and 张玉安's post in it)."""
    doc = extract_text("校党委巡察工作领导小组听取巡察情况汇报\n12月5日,学校召开党委巡察工作领导小组会议。校党委副书记、"
                       "巡察工作领导小组副组长周相寅,校纪委书记、监察专员、巡察工作领导小组副组长张玉安出席会议。")
    assert not [n for n in _names(doc, "Agency") if "领导小组校" in n], _names(doc, "Agency")
    assert ("张玉安", "巡察工作领导小组") in _posts(doc), _posts(doc)


def test_a_count_of_teams_names_no_team():
    """08-haut-university, and the shape 县委N个巡察组 of 巡察 news: 第四轮校内巡察四位巡察组组长朱立峰、田军强;
    县委四个巡察组进驻各单位 (base: agencies 第四轮校内巡察四位巡察组 and 县委四个巡察组, the leaders' posts in
    them, and the indicator 巡察组进驻各单位)."""
    doc = extract_text("巡察工作汇报会召开\n会上,第四轮校内巡察四位巡察组组长朱立峰、田军强分别汇报了巡察情况。"
                       "县委四个巡察组进驻各单位。县委第四巡察组进驻县水利局。")
    agencies = _names(doc, "Agency")
    assert not [n for n in agencies if "四位" in n or "四个" in n], agencies
    assert "县委第四巡察组" in agencies, agencies  # an ordinal team keeps its name
    assert not [p for p in _posts(doc) if "四位" in p[1]], _posts(doc)
    assert ("巡察组", 4, "个") in _metrics(doc), _metrics(doc)


def test_the_leaders_of_each_team_hold_no_post_of_one_team():
    """The shape 县委各巡察组组长A、B of 巡察 news (base: an agency 县委各巡察组 and both leaders' posts in it); 各
    of a word of a name (省各界人士联合会) stays."""
    doc = extract_text("巡察工作汇报会召开\n会上,县委各巡察组组长朱立峰、田军强分别汇报了巡察情况。")
    assert "县委各巡察组" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert not [p for p in _posts(doc) if "各" in p[1]], _posts(doc)
    union = extract_text("联合会召开会议\n省各界人士联合会会长王刚出席会议。")
    assert ("王刚", "省各界人士联合会") in _posts(union), _posts(union)


def test_the_people_counted_are_no_word_of_the_counted_noun():
    """08-haut-university: 第四轮校内巡察四位巡察组组长朱立峰、田军强、崔政、李艳福分别汇报了…巡察情况 (base: the
    indicator 巡察组组长朱立峰)."""
    doc = extract_text("巡察工作汇报会召开\n会上,第四轮校内巡察四位巡察组组长朱立峰、田军强、崔政、李艳福分别汇报了巡察情况。"
                       "全县共有5名干部受到表彰。")
    got = _metrics(doc)
    assert ("巡察组组长", 4, "位") in got and ("干部", 5, "名") in got, got


def test_the_body_a_case_is_handed_to_is_no_word_of_what_is_counted():
    """The shape of 巡察 and 督察 tallies (the 第三轮 中央生态环境保护督察 tally: 累计向相关省转办13441件; 巡察组向…
    移交问题线索): base indicators 累计向相关省转办 and 巡察组向相关单位移交问题线索."""
    doc = extract_text("督察进驻工作完成\n截至12月31日,各督察组累计向相关省转办13441件。本轮巡察组向相关单位移交问题线索12条。")
    got = _metrics(doc)
    assert ("转办", 13441, "件") in got and ("移交问题线索", 12, "条") in got, got
