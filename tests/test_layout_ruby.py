"""Pinyin readings a converter wrote after characters (設(shè)為首頁(yè), 西乡县(xiāng)): the article
text drops them, so names read whole, while every offset still points into the source."""
from kg.builder import extract_document
from kg.model import Doc
from kg.stages.layout import split_articles
from kg.text import RUBY

PAGE = ("镇政府搬迁没有履(lǚ)行手续\n\n"
        "西乡县(xiàn)民政局副局长(zhǎng)王刚介绍说,2011年撤乡(xiāng)并镇时,"
        "把罗镇政府定在司上乡所在地并不是随随便便的。\n")


def test_readings_leave_the_article_text_and_offsets_still_map_to_the_source():
    doc = Doc(id="p", text=PAGE, source="p")
    (art,) = split_articles(doc)
    assert "(" not in art.text and "西乡县民政局副局长王刚" in art.text
    assert art.title == "镇政府搬迁没有履行手续"
    k = art.text.index("民政局")
    src = art.offsets.span_to_source(k, k + 3)
    assert PAGE[src[0]:src[1]] == "民政局"
    k = art.text.index("县民")  # a span across a dropped reading covers it in the source
    src = art.offsets.span_to_source(k, k + 2)
    assert PAGE[src[0]:src[1]] == "县(xiàn)民"


def test_names_across_readings_are_found():
    res = extract_document(Doc(id="p", text=PAGE, source="p"))
    names = {e.name: e for e in res.entities.values()}
    assert "西乡县民政局" in names and "王刚" in names
    m = names["西乡县民政局"].mentions[0]
    assert PAGE[m.start:m.end] == "西乡县(xiàn)民政局"


def test_only_toned_pinyin_after_a_character_is_a_reading():
    assert [m.group() for m in RUBY.finditer("設(shè)為首頁(yè)、阿聯(lián)酋（ōu）")] == \
        ["(shè)", "(yè)", "(lián)", "（ōu）"]
    for text in ("附件(a)", "公司(GDP)", "措施(de)", "项目(2023)", "(shè)开头", "地址: Beijing (běi)"):
        assert RUBY.search(text) is None, text
