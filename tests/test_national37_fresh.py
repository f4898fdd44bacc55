"""National notices and ministry releases (national37): a State Council notice founding a national
leading group, NDRC and NBS press conferences, a 生态环境部 release, an NDRC reading of its own
notice.  Short excerpts of fresh pages (新华社 and scio.gov.cn mirrors, 人民政协报, a NDRC WeChat
repost in traditional script)."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, figure_table


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_the_groups_office_written_bare_is_the_groups():
    """领导小组办公室设在工业和信息化部，承担领导小组的日常工作。工业和信息化部副部长毛伟明兼任办公室主任:
    the office is the leading group's the text has just founded (was a body named 办公室 alone); a bare
    office after no group stays as it was."""
    from conftest import post_pairs
    doc = extract_text("国务院决定成立国家制造强国建设领导小组。按照《通知》要求，制造强国建设领导小组办公室设在工信部，"
                       "承担领导小组的日常工作。工信部副部长毛伟明兼任办公室主任。")
    assert ("毛伟明", "国家制造强国建设领导小组办公室") in post_pairs(doc), post_pairs(doc)
    assert "办公室" not in _names(doc), _names(doc)
    assert ("张三", "办公室") in post_pairs(extract_text("县政府召开会议。办公室主任张三主持。"))


def test_a_national_leading_group_the_state_council_founds():
    """国务院决定成立国家制造强国建设领导小组: a national working body, 国家 + its task + 领导小组 (was
    no agency at all: the grammar reads no strong suffix after 国家).  国家 inside a joined scope
    (深化党和国家机构改革领导小组) or a word (发达国家) opens no such name."""
    doc = extract_text("《通知》指出，为推进实施制造强国战略，加强对有关工作的统筹规划和政策协调，"
                       "国务院决定成立国家制造强国建设领导小组。")
    assert "国家制造强国建设领导小组" in _names(doc), _names(doc)
    for text in ("深化党和国家机构改革领导小组召开会议。", "发达国家工作领导小组会议召开。"):
        assert not any(n.startswith("国家") and n.endswith("领导小组") for n in _names(extract_text(text))), text


def test_the_preposition_before_guonei_is_no_israel():
    """‘以国内大循环为主体’就意味着…: 以 before 国内 is the preposition (was a place 以色列, read as the
    country's short form before 国内 as 俄|国内 is)."""
    doc = extract_text("“国内外有一些声音认为，‘以国内大循环为主体’就意味着中国要在对外开放上进行大幅收缩，"
                       "甚至讲要搞自给自足的经济。这种理解是错误的。”")
    assert "以色列" not in _places(doc), _places(doc)
    assert "俄罗斯" in _places(extract_text("俄国内局势紧张。"))


def test_a_verb_and_china_in_one_dictionary_word_is_no_place():
    """符合中國投資實踐活動的投資項目可行性研究制度規範: jieba's one ns word 符合中国 is the verb and
    中国 (was a place 符合中国)."""
    doc = extract_text("近日，国家发展改革委印发投资项目可行性研究报告编写大纲及说明。"
                       "努力推动建立适应高质量发展要求，符合中國投資實踐活動的投資項目可行性研究制度規範。")
    assert "符合中国" not in _places(doc), _places(doc)


def test_a_press_hall_is_no_unit_of_its_organ():
    """在國務院新聞辦新聞發布廳舉行新聞發布會: the hall the conference is held in, no unit
    国务院新闻办新闻发布厅 of the State Council Information Office (was an agency of it)."""
    doc = extract_text("國務院新聞辦公室定于2010年10月21日(星期四)上午10時在國務院新聞辦新聞發布廳舉行新聞發布會,"
                       "請國家統計局新聞發言人、國民經濟綜合統計司副司長盛來運介紹今年前三季度國民經濟運行情況,並答記者問。")
    assert not any(n.endswith("发布厅") for n in _names(doc)), _names(doc)
    assert "国家统计局国民经济综合统计司" in _names(doc), _names(doc)


def test_a_headline_with_jizhe_inside_a_word_is_no_byline():
    """首场记者招待会，这些回答很干脆 over a byline: 记者 is a word of 记者招待会, and the clauses after
    it are the headline's (were people 招待会 and 这些回答很干脆); the real byline's reporter stays."""
    doc = extract_text("首场记者招待会，这些回答很干脆\n本报记者 崔吕萍\n"
                       "17日上午举行党的二十大首场记者招待会上，国家发展和改革委员会党组成员、副主任赵辰昕，"
                       "国家能源局党组成员、副局长任京东三位二十大代表，向中外记者介绍了有关情况。")
    people = _persons(doc)
    assert "招待会" not in people and "这些回答很干脆" not in people, people
    assert "崔吕萍" in people and "赵辰昕" in people, people


def test_a_spaced_count_of_months_is_a_span_not_a_figure():
    """今年前 2 個月,工業服務業較快增長 (a page that sets digits apart): 前 2 个月 is the span of the
    figures, not a figure of 2 months (was 2 个月 with the indicator 新闻发言人)."""
    text = ("國家統計局新聞發言人、國民經濟綜合統計司司長付凌暉表示,今年前 2 個月,工業服務業較快增長,"
            "消費投資繼續改善。\n1 至 2 月份,服務業增勢較好。全國服務業生產指數同比增長 5.6%。")
    table = figure_table(text, "2024-03-18")
    assert (2, "个月") not in table, table
    assert table[(5.6, "%")][2] == "2024-01/2024-02", table


def test_a_date_in_a_pages_metadata_is_no_range():
    """来源:生态环境部 发布时间: 2018-04-16 人气: 次: the date's month and day are no range of people
    (was 4 人 to 16 人)."""
    table = figure_table("国务院明确重点工作部门分工. 来源:生态环境部 发布时间: 2018-04-16 人气: 次 导读: "
                         "国务院近日公布《关于落实〈政府工作报告〉重点工作部门分工的意见》。", None)
    assert not any(unit == "人" for _, unit in table), table
    assert (3, "人") in figure_table("会议预计3-5人参加。", None)


def test_a_sessions_spokesperson_speaks_for_its_congress():
    """十四届全国人大二次会议…举行新闻发布会,大会发言人娄勤俭; 全国政协十三届三次会议新闻发布会…,大会新闻
    发言人郭卫民: 大会 is the session of the congress the sentence names, the post that congress's (was a
    body named 大会).  With no congress in the sentence, 大会 names no body."""
    from conftest import post_pairs
    doc = extract_text("十四届全国人大二次会议3月4日12时在人民大会堂新闻发布厅举行新闻发布会,大会发言人娄勤俭就大会议程"
                       "和人大工作相关问题回答中外记者提问。")
    assert ("娄勤俭", "全国人民代表大会") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("5月20日,全国政协十三届三次会议新闻发布会在北京举行,大会新闻发言人郭卫民介绍本次大会有关情况"
                       "并回答中外记者提问。")
    assert ("郭卫民", "中国人民政治协商会议全国委员会") in post_pairs(doc), post_pairs(doc)
    assert "大会" not in _names(doc), _names(doc)
    doc = extract_text("会议开幕前，大会副秘书长张三主持。")
    assert not post_pairs(doc) and "大会" not in _names(doc), post_pairs(doc)


def test_a_drafting_group_is_named_by_its_document():
    """请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读: the group that drafts the report, named by
    it (was a body named 起草组 alone); with no title before it, 起草组 names no body."""
    from conftest import post_pairs
    doc = extract_text("国务院新闻办公室于2020年5月22日(星期五)上午11时30分举行吹风会,请《政府工作报告》起草组负责人、"
                       "国务院研究室主任黄守宏解读《政府工作报告》有关情况,并答记者问。")
    pairs = post_pairs(doc)
    assert ("黄守宏", "政府工作报告起草组") in pairs and ("黄守宏", "国务院研究室") in pairs, pairs
    assert "起草组" not in _names(doc), _names(doc)
    assert not post_pairs(extract_text("起草组负责人张三介绍情况。"))


def test_a_ministrys_unit_takes_its_ministrys_standard_name():
    """国家发展改革委政策研究室副主任、委新闻发言人孟玮: the unit under the organ's standard name, as the
    organ itself is (was 国家发展改革委政策研究室, a second name for the one unit NDRC's releases name in
    full).  A former ministry's unit keeps its name (国家卫生计生委宣传司: units were renamed with it)."""
    doc = extract_text("出席今天发布会的还有国家卫生计生委宣传司司长、新闻发言人毛群安先生。")
    assert "国家卫生计生委宣传司" in _names(doc), _names(doc)
    doc = extract_text("5月17日上午，国家发展改革委举行5月份新闻发布会。国家发展改革委政策研究室副主任、委新闻发言人"
                       "孟玮出席发布会。")
    assert "国家发展和改革委员会政策研究室" in _names(doc), _names(doc)
    assert "国家发展改革委政策研究室" not in _names(doc), _names(doc)


def test_the_state_councils_joint_mechanism_is_a_body():
    """國務院聯防聯控機制于4月26日15時…召開新聞發布會: the State Council's joint prevention and control
    mechanism holds the press conference, a body of the State Council (was no entity at all)."""
    doc = extract_text("國務院聯防聯控機制于4月26日15時在北京國二招賓館(北京市西直門南大街6號)東樓三層中會議廳召開新聞發布會,"
                       "介紹加強醫療防控物資出口質量監管工作情況,商務部、海關總署、市場監管總局、藥監局有關司局負責人回答媒體提問。")
    assert "国务院应对新型冠状病毒感染疫情联防联控机制" in _names(doc), _names(doc)
