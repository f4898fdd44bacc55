"""Posts and internal units in national-level news (national35): lists of ministries' spokespeople,
ministries' press conferences, foreign-affairs reports.  Short excerpts of fresh pages (新京报 on the
2020 and 2021 spokespeople lists, a 生态环境部 press conference, 外交部 briefings)."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts


def test_bare_units_after_an_anaphor_of_the_ministry():
    """组建自然资源部。该部门发言人…分别为…办公厅主任刘国洪、海域海岛司司长高忠文: 该部门 is the
    ministry named before; its 办公厅 and 海域海岛司 are the ministry's units, its 总工程师 and 总规划师
    the ministry's posts (was an entity named 办公厅 alone, no 海域海岛司 at all, and no post for
    程利伟 and 吴海洋)."""
    doc = extract_text("2018年3月，原国土资源部和国家海洋局等部门职责整合，组建自然资源部。该部门发言人由3位增至4位，"
                       "分别为总工程师程利伟、总规划师吴海洋、办公厅主任刘国洪、海域海岛司司长高忠文。")
    posts, names = _posts(doc), _names(doc)
    assert ("刘国洪", "自然资源部办公厅") in posts, posts
    assert ("高忠文", "自然资源部海域海岛司") in posts, posts
    assert "办公厅" not in names, names
    assert ("程利伟", "自然资源部") in posts and ("吴海洋", "自然资源部") in posts, posts  # 总工程师, 总规划师


def test_bare_units_after_the_ministry_in_the_sentence():
    """国家移民管理局…分别为外国人管理司司长陈斌和综合司副司长孟小援: both 司 are the administration's
    (was 综合司, an organisation of nothing, and no 外国人管理司)."""
    doc = extract_text("2018年新组建的国家移民管理局新闻发言人也由1人增至2人，分别为外国人管理司司长陈斌和综合司副司长孟小援。")
    posts, names = _posts(doc), _names(doc)
    assert ("陈斌", "国家移民管理局外国人管理司") in posts, posts
    assert ("孟小援", "国家移民管理局综合司") in posts, posts
    assert "综合司" not in names, names


def test_department_heads_after_a_vice_minister():
    """环境保护部副部长吴晓青、污染防治司司长赵华林、环境影响评价司司长程立峰: the ministry's 司, however
    long their names (were no bodies and no posts)."""
    doc = extract_text("内容：环境保护部副部长吴晓青、污染防治司司长赵华林、环境影响评价司司长程立峰将回答中外记者的提问。")
    posts = _posts(doc)
    assert ("赵华林", "生态环境部污染防治司") in posts, posts
    assert ("程立峰", "生态环境部环境影响评价司") in posts, posts
    assert ("吴晓青", "生态环境部") in posts, posts


def test_a_unit_after_another_unit_of_the_ministry():
    """生态环境部自然生态保护司司长崔书红、国际合作司司长周国梅: the second 司 is the same ministry's
    (was 国际合作司 of nothing)."""
    doc = extract_text("会议邀请到生态环境部自然生态保护司司长崔书红先生、国际合作司司长周国梅女士，介绍有关情况。")
    assert ("周国梅", "生态环境部国际合作司") in _posts(doc), _posts(doc)


def test_a_general_office_after_the_ministry():
    """财政部新闻发言人增至2人，分别为办公厅主任曾晓安和办公厅副主任王庆阁: 财政部办公厅 (was an entity
    named 办公厅); a province's 办公厅 stays the province's."""
    doc = extract_text("财政部新闻发言人增至2人，分别为办公厅主任曾晓安和办公厅副主任王庆阁。")
    posts = _posts(doc)
    assert ("曾晓安", "财政部办公厅") in posts and ("王庆阁", "财政部办公厅") in posts, posts
    assert "办公厅" not in _names(doc), _names(doc)
    # a bare 办公厅 after a province's leader is no ministry's, even with a ministry in the sentence
    doc = extract_text("自然资源部督察组到湖南省检查，湖南省副省长张三、省政府办公厅主任李四陪同。")
    assert not any(b.startswith("自然资源部") and p == "李四" for p, b in _posts(doc)), _posts(doc)


def test_a_name_before_jiebas_word_of_speech():
    """海域海岛司司长高忠文说: jieba reads 高忠|文说; the article writes 高忠文 whole elsewhere, so the
    name is 高忠文 (was a person 高忠).  A two-character name before 说 stays (张成说)."""
    doc = extract_text("会议由自然资源部副部长王广华主持，海域海岛司司长高忠文出席。海域海岛司司长高忠文说，今年将加强海域管理。")
    assert ("高忠文", "自然资源部海域海岛司") in _posts(doc), _posts(doc)
    assert "高忠" not in {e.name for e in doc.entities.values()}
    doc = extract_text("司长张成说，要加强管理。张成主持会议。")
    assert "张成" in {e.name for e in doc.entities.values()}


def test_chair_in_a_diplomatic_sentence_is_the_head_of_state():
    """访问期间，习近平主席会见索加瓦雷总理; 应习近平主席邀请，特朗普总统…: the head of state, held in
    中国 as 国家主席习近平 is (was no person at all).  主席 with no foreign head in the sentence is
    left alone (王沪宁主席会见代表团: a CPPCC's chair as well)."""
    for text in ("访问期间，习近平主席会见索加瓦雷总理。",
                 "答：应习近平主席邀请，特朗普总统将于近期对中国进行国事访问。",
                 "访问期间，习近平主席将为哈桑总统举行欢迎仪式和欢迎宴会。"):
        assert ("习近平", "中国") in _posts(extract_text(text)), text
    assert not _posts(extract_text("王沪宁主席会见代表团。"))
    assert not _posts(extract_text("通伦主席会见哈桑总统。"))
    posts = _posts(extract_text("全国政协主席汪洋出席会议。汪洋主席会见索加瓦雷总理。"))
    assert ("汪洋", "中国") not in posts, posts  # the article holds him in the CPPCC


def test_a_bare_unit_of_the_organ_of_the_sentence_before():
    """自然资源部新闻发言人仍为4人，但人员有变。总工程师张占海和综合司司长韩海青…: the ministry of the
    sentence before (was 综合司, an organisation of nothing)."""
    doc = extract_text("自然资源部新闻发言人仍为4人，但人员有变。总工程师张占海和综合司司长韩海青首次以新闻发言人身份亮相。")
    assert ("韩海青", "自然资源部综合司") in _posts(doc), _posts(doc)
    assert "综合司" not in _names(doc), _names(doc)
