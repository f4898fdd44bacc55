"""Round 57 (media57): radio, television, press and county media news from fresh texts of
/tmp/s26/fresh/media57: 据 of an attribution is no body's first character (据院长李荣介绍), a bare 中心
before its head's post is the centre the article named (中心主任方富贵), a verb before 报社 names no
paper (开创报社), a quoted line said is no programme (“还能收听20多个广播台”。), a leader named alone after a
collective title is a person (市领导李支农参加) and a region opening a programme's title is no place
(《闽东新闻联播》)."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_attribution_ju_opens_no_body():
    """乌兰察布 (nmgnews): 据院长李荣介绍,该院是化德县最早建设的一处幸福院: no agency 据院 and no post
    of 李荣 in it (base: Agency 据院, 李荣 holdsPost 据院)."""
    doc = extract_text("乌兰察布市广播电视综合覆盖率超90%\n"
                       "据院长李荣介绍,该院是化德县最早建设的一处幸福院,幸福院的每户人家都安装了村村通电视接收设备。")
    assert "据院" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert not any(body == "据院" for _p, body in post_pairs(doc))


def test_bare_centre_is_the_centre_named_before():
    """常宁 (cnxww): 常宁市融媒体中心全年共获得各种奖项35个…中心主任方富贵被评为…: he heads 常宁市融媒体中心
    (base: an Agency 中心, 方富贵 holdsPost 中心)."""
    doc = extract_text("市人大常委会调研组到常宁市融媒体中心专题调研\n"
                       "3月25日,市人大常委会调研组到市融媒体中心专题调研媒体融合工作。"
                       "2021年,常宁市融媒体中心全年共获得各种奖项35个。"
                       "中心主任方富贵被评为“全国城市融媒创新发展年度人物”。")
    assert ("方富贵", "常宁市融媒体中心") in post_pairs(doc), post_pairs(doc)
    assert "中心" not in _names(doc, "Agency")


def test_bare_centre_with_no_centre_named_is_no_body():
    """A 中心主任 in a story that names no centre, or two, holds no post in an agency 中心 (base: one)."""
    for text in ("湖南省常宁市召开会议。中心主任方富贵出席。",
                 "湖南省常宁市融媒体中心和市疾控中心召开会议。中心主任方富贵出席。"):
        doc = extract_text(text)
        assert "中心" not in _names(doc, "Agency") and not post_pairs(doc), post_pairs(doc)


def test_verb_before_newspaper_office_names_no_paper():
    """新华日报社淮安分社 (0517114.net): 双方签署战略合作协议,开创报社与设区市开展战略合作先河: no paper
    开创报 (base: Organization 开创报); 团结报社 keeps its paper."""
    doc = extract_text("新华日报社成立淮安分社\n特别是去年8月,双方签署战略合作协议,开创报社与设区市开展战略合作先河。")
    assert "开创报" not in _names(doc, "Organization"), _names(doc, "Organization")
    kept = extract_text("团结报社记者张三到江苏省南京市采访。")
    assert "团结报" in _names(kept, "Organization")


def test_quoted_line_said_is_no_programme():
    """乌兰察布 (nmgnews): “还能收听20多个广播台”。在一旁收拾家务的妻子笑着说: a line said, no programme
    (base: Programme 还能收听20多个广播台, implementedIn 乌兰察布市)."""
    doc = extract_text("乌兰察布市广播电视综合覆盖率超90%\n政府给每户都安装了广播电视村村通。\n"
                       "“还能收听20多个广播台”。在一旁收拾家务的妻子笑着说。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    topic = extract_text("化德县召开会议\n“厕所革命”持续推进,全县完成改厕3000户。")
    assert "厕所革命" in _names(topic, "Programme")


def test_single_leader_after_collective_title_is_a_person():
    """常宁 (cnxww): 市人大常委会调研组到市融媒体中心专题调研媒体融合工作。市领导李支农参加: 李支农 is a person
    (base: no person; only a 、-list or 等 closed the name)."""
    doc = extract_text("市人大常委会调研组到常宁市融媒体中心专题调研\n"
                       "3月25日,市人大常委会调研组到市融媒体中心专题调研媒体融合工作。市领导李支农参加。")
    assert "李支农" in _names(doc, "Person"), _names(doc, "Person")
    none = extract_text("湖南省常宁市召开会议。区领导陈述了意见。")
    assert not _names(none, "Person")


def test_region_opening_a_programme_title_is_no_place():
    """寿宁 (snxww): 被闽东日报、《闽东新闻联播》、新宁德等市级媒体刊播1300余条: no place 闽东 and the count is
    寿宁县's (base: Place 闽东, the subject of 市级媒体刊播 1300 条)."""
    doc = extract_text("市委宣传部领导到寿宁县融媒体中心调研\n"
                       "据了解,今年以来,寿宁县融媒体中心紧扣县委、县政府中心工作。上半年,被中央、省级各媒体刊播179条,"
                       "被闽东日报、《闽东新闻联播》、新宁德等市级媒体刊播1300余条。")
    assert "闽东" not in _names(doc, "Place"), _names(doc, "Place")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects <= {"寿宁县", "寿宁县融媒体中心"}, subjects


def test_closing_credit_in_brackets_names_the_reporter():
    """乌兰察布 (nmgnews): …计划到2017年全市通电话、行政村无线信号覆盖率综合实现全覆盖。(记者 皇甫美鲜): the reporter
    is a person, the credit no part of the text (base: no person; the credit was read as body text)."""
    doc = extract_text("乌兰察布市广播电视无线信号综合覆盖率均超90%\n"
                       "目前,全市固定电话用户23.4万户,通电话行政村达到99.6%。"
                       "计划到2017年全市通电话、行政村无线信号覆盖率综合实现全覆盖。(记者 皇甫美鲜)")
    assert "皇甫美鲜" in _names(doc, "Person"), _names(doc, "Person")
    assert "皇甫美鲜" not in doc.articles[0].text  # (the credit is left out of the text, as a byline is)


def test_place_before_level_word_owns_no_listed_figure():
    """常宁 (cnxww): 常宁市融媒体中心全年共获得各种奖项35个,其中国家级7个、省级13个、衡阳市级15个: the 15 awards are
    the centre's, like the 7 and the 13 (base: 衡阳市's, a place read as the list item's owner)."""
    doc = extract_text("市人大常委会调研组到常宁市融媒体中心专题调研\n"
                       "2021年,常宁市融媒体中心全年共获得各种奖项35个,其中国家级7个、省级13个、衡阳市级15个。")
    owners = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert owners == {"常宁市融媒体中心"}, owners
