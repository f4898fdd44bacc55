"""Review of round 35's rules on text they were not written for (review36): where a new rule's
trigger words stand in another sense.  Short excerpts in the shape of real regional and national
news (an autonomous region's chair meeting a foreign premier; an NDRC press conference)."""
from __future__ import annotations

from conftest import extract_text, post_pairs as _posts


def test_regional_chair_meeting_a_premier_named_country_first_is_no_head_of_state():
    """张雨浦主席在银川会见巴基斯坦总理夏巴兹一行: 主席 after a Chinese name in a sentence of meeting is
    the head of state only beside a foreign head written name-first (习近平主席会见索加瓦雷总理); here
    the premier is written country-first, and the chair is the region's (was 张雨浦 holding 主席 of
    中国)."""
    for text in ("9月3日，张雨浦主席在银川会见巴基斯坦总理夏巴兹一行，双方就经贸合作交换意见。",
                 "3月2日，王沪宁主席在人民大会堂会见斯里兰卡总统迪萨纳亚克。"):
        posts = _posts(extract_text(text))
        assert not any(body == "中国" for _, body in posts), posts
    # beside a foreign head named first, still the head of state (national35's rule, unchanged)
    assert ("习近平", "中国") in _posts(extract_text("访问期间，习近平主席会见索加瓦雷总理。"))


def test_employment_department_after_a_comma_keeps_its_first_word():
    """国家发展改革委副主任李春临出席，就业收入分配和消费司司长哈增友介绍情况: 就 opens 就业, the 司's
    first word, no adverb 'then' to skip before the body (was 国家发展和改革委员会业收入分配和消费司)."""
    posts = _posts(extract_text("国家发展改革委副主任李春临出席，就业收入分配和消费司司长哈增友介绍情况。"))
    assert ("哈增友", "国家发展和改革委员会就业收入分配和消费司") in posts, posts
    posts = _posts(extract_text("县人社局局长王刚出席，就业服务中心主任李明主持。"))
    assert ("李明", "就业服务中心") in posts, posts


def test_spaced_span_of_years_is_closed_up_whole():
    """2021—2025 年，计划投资 150 亿元 (a page converted from PDF or Word): the span's two years are one
    period, as 2021—2025年 reads (was 2025 alone: the space moved before the second year split it
    from the range sign, 2021— 2025年); so with 2021 至 2025 年 and 2021 年—2025 年."""
    from conftest import figure_table
    for text in ("县政府工作报告\n2021—2025 年，计划投资 150 亿元。",
                 "县政府工作报告\n2021 至 2025 年，计划投资 150 亿元。",
                 "县政府工作报告\n2021 年—2025 年，计划投资 150 亿元。"):
        table = figure_table(text, None)
        assert table[(15000000000, "元")][2] == "2021/2025", table


def test_demonstrative_after_a_post_is_no_name():
    """县长那么忙，还抽空来看望大家: 那 opens names only after a post (那志茂, people35), and never
    where it makes a pronoun of running text with the next character (那么, 那样), even closed by a
    comma three characters on (was a person 那么忙, 县长 of the county)."""
    doc = extract_text("基层干部的一天\n县长那么忙，还抽空来看望大家。")
    assert not any(e.type == "Person" for e in doc.entities.values()), _posts(doc)
    assert ("那志茂", "县人民政府") in _posts(extract_text("县政府召开常务会议\n副县长那志茂出席会议。"))


def test_chief_engineer_after_a_ministers_visit_is_not_the_ministrys():
    """交通运输部部长李小鹏一行调研港珠澳大桥管理局。总工程师苏权科介绍…: the chief engineer reporting
    on the body the minister visits may be that body's; the ministry named before is no evidence
    (was 苏权科 the 交通运输部's 总工程师).  A ministry's own meeting keeps it (水利部召开…。总工程师…)."""
    posts = _posts(extract_text("交通运输部领导调研港珠澳大桥\n交通运输部部长李小鹏一行调研港珠澳大桥管理局。"
                                "总工程师苏权科介绍了大桥运营维护情况。"))
    assert ("苏权科", "交通运输部") not in posts, posts
    posts = _posts(extract_text("水利部召开专题会议\n水利部召开专题会议。总工程师仲志余出席会议并讲话。"))
    assert ("仲志余", "水利部") in posts, posts


def test_strategic_framework_agreement_about_a_programme_is_no_running_of_it():
    """市政府与省农业农村厅签署关于“乡村振兴”战略合作框架协议: the two sign an agreement about the
    national strategy, as 签署“一带一路”合作备忘录 does (relations35), and run not 乡村振兴 (was runs for
    both)."""
    from conftest import programmes_and_relations
    _, rels = programmes_and_relations("两市签署合作协议\n市政府与省农业农村厅签署关于“乡村振兴”战略合作框架协议。")
    assert not any(p == "runs" and o == "乡村振兴" for _, p, o in rels), rels
    assert any(p == "cooperatesWith" for _, p, _ in rels), rels
