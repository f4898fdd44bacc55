"""Round 94, topic 自然资源 (second pass: 卫片执法, 地质灾害 隐患点, 国土资源 分局): fresh texts from
county and district 自然资源/国土资源 bureaus and provincial news (Yunnan 姚安, Henan 新乡平原示范区,
Ningxia, Zhejiang 武义, Guangdong, Guizhou 铜仁万山), collected with the search tool; the texts do not
ship, each test models its snippet on the real sentence.

What the tests pin down: a street office's 行政主任 is a post of its own, so a roster row
(指挥长：郑洋 谢桥街道办事处行政主任) gives the person and his post in the 办事处; a roster row's
name cell that only jieba's place tag guessed a place (副指挥长：于洋 …分局局长) is the person, and
the guessed place goes — but no cell without a posts' cell after it is read as a name.
"""
from conftest import extract_text, mentioned, post_triples, surfaces


def test_roster_row_street_office_administrative_head():
    """06-wanshan-yanlian: 指挥长：郑洋 谢桥街道办事处行政主任 — the base knew no post 行政主任 and
    found neither the person nor the post (a plain 主任 after a body 行政 is no cell of the row)."""
    doc = extract_text("三、组织机构\n指挥长：郑洋 谢桥街道办事处行政主任\n")
    assert ("郑洋", "谢桥街道办事处", "行政主任") in post_triples(doc)
    assert "郑洋" in surfaces(doc, "Person")


def test_administrative_head_in_running_text_keeps_body_whole():
    """06-wanshan-yanlian, as running text: 谢桥街道办事处行政主任郑洋 holds 行政主任 in the 办事处."""
    doc = extract_text("会议由谢桥街道办事处行政主任郑洋主持。")
    assert ("郑洋", "谢桥街道办事处", "行政主任") in post_triples(doc)


def test_administrative_service_centre_director_untouched():
    """Negative: 行政服务中心主任 is 主任 of a 行政服务中心, not a 行政主任 (the body keeps 行政)."""
    doc = extract_text("县行政服务中心主任王明出席。")
    posts = post_triples(doc)
    assert not any(p == "行政主任" for _, _, p in posts)
    assert any(person == "王明" and p == "主任" for person, _, p in posts)


def test_roster_row_name_jieba_guessed_as_place():
    """06-wanshan-yanlian: 副指挥长：于洋 铜仁市国土资源局万山分局局长 — the base read 于洋 as a Place
    (jieba's ns tag alone) and found no person nor post; the row's name cell, a family name's shape
    that only the tag guessed a place, is the person, and the guessed place goes."""
    doc = extract_text("三、组织机构\n副指挥长：于洋 铜仁市国土资源局万山分局局长\n")
    assert ("于洋", "铜仁市国土资源局万山分局", "局长") in post_triples(doc)
    assert "于洋" not in mentioned(doc, "Place")
    assert "铜仁市" in mentioned(doc, "Place")


def test_guessed_place_cell_without_post_stays():
    """Negative: with no posts' cell after it (地点：于洋 …分局), the cell is no roster row's name and
    nobody is read there."""
    doc = extract_text("地点：于洋 铜仁市国土资源局万山分局\n")
    assert "于洋" not in mentioned(doc, "Person")
    assert not post_triples(doc)
