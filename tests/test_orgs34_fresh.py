"""Organisations in chamber-of-commerce (异地商会) and sister-city news (orgs34).
Sentences in the shapes found on fresh city, county and friendship-city pages, none copied."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts


def test_a_chamber_named_with_a_city_the_dictionary_tags_an_adverb():
    """大连浙江商会: the chamber of Zhejiang firms in Dalian is named by both places; the dictionary
    tags 大连 as an adverb, and the name lost its city (浙江商会) as if a verb opened the clause."""
    for text, name in (("经批准，正式登记注册成立了大连浙江商会。", "大连浙江商会"),
                       ("大连江苏商会召开第二届会员大会。", "大连江苏商会")):
        names = _names(extract_text(text))
        assert name in names, (text, names)
        assert name[2:] not in names, (text, names)


def test_a_city_chamber_of_international_commerce_is_no_icc():
    """大连国际商会 is the city's chamber (of the trade-promotion council), not the International
    Chamber of Commerce whose registry name ends it: the city the gazetteer found is a name, even
    where the dictionary tags it an adverb.  The bare 国际商会 stays the ICC."""
    doc = extract_text("大连国际商会会长王某出席。")
    assert "大连国际商会" in _names(doc), _names(doc)
    assert "国际商会" not in _names(doc), _names(doc)
    assert ("王某", "大连国际商会") in _posts(doc), _posts(doc)
    assert "国际商会" in _names(extract_text("国际商会秘书长出席论坛。"))


def test_executive_standing_and_honorary_heads_of_a_chamber_are_posts():
    """执行会长, 常务会长, 荣誉会长: posts of the chamber named before them, no body 执行会, 常务会
    or 荣誉会 read through the 会 of 会长."""
    for text, holder, body in (("徐州福建商会执行会长张某出席会议。", "张某", "徐州福建商会"),
                               ("徐州福建商会常务会长李某讲话。", "李某", "徐州福建商会"),
                               ("徐州福建商会荣誉会长赵某发言。", "赵某", "徐州福建商会")):
        doc = extract_text(text)
        names = _names(doc)
        assert not any(n.endswith(("执行会", "常务会", "荣誉会")) for n in names), (text, names)
        assert (holder, body) in _posts(doc), (text, _posts(doc))


def test_a_brand_inside_a_foreign_city_written_by_sound():
    """黑山共和国新海尔采格市市长: the city after its country is written by sound and holds 海尔, a
    company's short name; the characters spell the city, no Haier is named.  日本丰田市市长 is the
    city Toyota, not the carmaker."""
    for text, city in (("黑山共和国新海尔采格市市长一行访问我市。", "新海尔采格市"),
                       ("日本丰田市市长一行来访。", "丰田市")):
        doc = extract_text(text)
        assert city in _names(doc, "Place"), (text, _names(doc, "Place"))
        assert not _names(doc, "Organization"), (text, _names(doc, "Organization"))


def test_a_macao_secretarys_office_is_read_whole():
    """经济财政司司长 is Macao's Secretary for Economy and Finance: the office's name ends with 财政司,
    Hong Kong's Financial Secretary's, and the shorter office was read first, giving the post to
    Hong Kong's government (and Macao's 新闻局 after it to Hong Kong's too)."""
    doc = extract_text("澳门特区行政长官率团访问，随行的有经济财政司司长谭某、新闻局长陈某。")
    posts = _posts(doc)
    assert ("谭某", "澳门特别行政区政府") in posts, posts
    assert not any("香港" in body for _, body in posts), posts


def test_a_legislature_keeps_no_bureau_or_court_listed_after_it():
    """立法会主席A、终审法院院长B、警察总局局长C (Macao's heads of organs in one list), 县人大常委会主任A、
    公安局局长B: a legislature or council keeps no bureau or court; the bare body after it in the list
    is its own (or the place's), never 立法会终审法院, 行政会旅游局 or 县人大常委会公安局."""
    for text in ("出席的包括立法会主席高某、终审法院院长宋某、警察总局局长梁某。",
                 "随行的有行政会委员唐某，以及旅游局副局长白某。",
                 "出席的有县人大常委会主任王某、公安局局长张某。"):
        names = _names(extract_text(text))
        assert not any(n.startswith(("立法会", "行政会", "县人大常委会")) and n.endswith(("局", "法院"))
                       for n in names), (text, names)
    doc = extract_text("出席的包括立法会主席高某、终审法院院长宋某。")
    assert ("宋某", "终审法院") in _posts(doc), _posts(doc)


def test_the_tail_of_a_macao_secretarys_office_is_no_body():
    """经济财政司司长戴某: the segmenter cuts 经济|财政司, and its tail read as a body 财政司 of its own;
    the whole office is a post of Macao's government, no organisation 财政司 is named."""
    doc = extract_text("出席的澳门特区主要官员包括行政法务司司长张某、经济财政司司长戴某。")
    assert "财政司" not in _names(doc), _names(doc)


def test_a_bare_sar_government_is_no_districts():
    """特别行政区政府一贯依照基本法…: a SAR's news writes its own government without the region's
    name; its 区 ends 特别行政区, and no district's 区人民政府 is named."""
    doc = extract_text("行政长官表示，特别行政区政府一贯依照基本法开展对外交往。")
    assert "区人民政府" not in _names(doc), _names(doc)
