"""Round 94, topic 自然资源 (second pass: 卫片执法, 地质灾害 隐患点, 国土资源 分局): fresh texts from
county and district 自然资源/国土资源 bureaus and provincial news (Yunnan 姚安, Henan 新乡平原示范区,
Ningxia, Zhejiang 武义, Guangdong, Guizhou 铜仁万山), collected with the search tool; the texts do not
ship, each test models its snippet on the real sentence.

What the tests pin down: a street office's 行政主任 is a post of its own, so a roster row
(指挥长：郑洋 谢桥街道办事处行政主任) gives the person and his post in the 办事处.
"""
from conftest import extract_text, post_triples, surfaces


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
