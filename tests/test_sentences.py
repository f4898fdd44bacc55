"""Sentence splitting on real text: sentences end at 。！？!?；; with their closing quotes, never
cross a section boundary, and map back to the exact source text — across column joins and into
the continuation of the seed page's article A6."""
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from kg.model import Article, Doc, OffsetMap, Section
from kg.stages.layout import layout, split_articles
from kg.stages.sentences import sentences, split_sentences

ROOT = Path(__file__).resolve().parents[1]
PAGE_TEXT = (ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt").read_text(encoding="utf-8")


def seed_doc() -> Doc:
    doc = Doc(id="seed", source="hebei-daily-handan-page.txt", text=PAGE_TEXT)
    return sentences()(layout()(doc))


def plain_article(text: str) -> Article:
    [a] = split_articles(Doc(id="t", source="t", text=text))
    a.sentences = split_sentences(a)
    return a


def test_terminators_and_closing_quotes():
    a = plain_article("他说:“全覆盖。”然后走了!真的?是的；好;最后一句没有句号")
    assert [s.text for s in a.sentences] == ["他说:“全覆盖。”", "然后走了!", "真的?", "是的；", "好;",
                                             "最后一句没有句号"]
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
        assert a.text[s.src_start:s.src_end] == s.text  # single line: view == source


def test_whitespace_is_stripped_and_empty_pieces_dropped():
    text = "  第一句。 \u3000第二句！。。 "
    a = plain_article(text)
    assert [s.text for s in a.sentences] == ["第一句。", "第二句！。。"]
    assert all(text[s.src_start:s.src_end] == s.text for s in a.sentences)


def test_section_boundaries_split_and_label():
    doc = seed_doc()
    a1 = doc.articles[0]
    assert a1.sentences[0].text == "邯郸推动新时代文明实践中心建设提档升级"
    assert a1.sentences[0].section == "title"
    assert a1.sentences[1].section == "subtitle"
    assert a1.sentences[2].section == "body"
    # the lead box ends without a full stop and is still its own sentence
    assert any(s.text == "建立新时代文明实践志愿服务队伍4624支" for s in a1.sentences)
    headings = [s.text for s in a1.sentences if s.section == "heading"]
    assert headings[:2] == ["提档升级", "打造全域覆盖、功能完善的实践场所"]
    captions = [s for s in a1.sentences if s.section == "caption"]
    assert captions[0].text.startswith("上图:5月30日")
    assert all(s.section in ("title", "subtitle", "heading", "body", "caption") for s in a1.sentences)
    for sec in a1.sections:  # no sentence straddles two sections
        for s in a1.sentences:
            assert s.end <= sec.start or s.start >= sec.end or (sec.start <= s.start and s.end <= sec.end)


def test_sentence_across_a_column_join_maps_to_both_halves():
    doc = seed_doc()
    a1 = doc.articles[0]
    [s] = [s for s in a1.sentences if "联动宣讲,让理论" in s.text]
    assert s.text.startswith("以理论宣讲为引领") and s.text.endswith("贴近群众、服务群众。")
    src = doc.text[s.src_start:s.src_end]
    assert src.startswith("以理论宣讲为引领") and src.endswith("服务群\n\n众。")
    assert "".join(src.split()) == s.text  # the source span is the sentence plus the column breaks
    line = PAGE_TEXT.count("\n", 0, s.src_start) + 1
    assert (line, PAGE_TEXT.count("\n", 0, s.src_end) + 1) == (59, 65)


def test_sentence_into_an_earlier_printed_continuation():
    doc = seed_doc()
    a6 = doc.articles[5]
    [s] = [s for s in a6.sentences if "建立建账" in s.text]
    assert s.text.startswith("加强项目建设全过程管理,建立建账、对账")
    # its longest copied run is the continuation at line 87
    assert s.src_start < s.src_end
    assert doc.text[s.src_start:s.src_end].startswith("账、对账、交账")
    assert PAGE_TEXT.count("\n", 0, s.src_start) + 1 == 87


def test_every_sentence_of_the_seed_page_is_source_text():
    doc = seed_doc()
    total = 0
    for a in doc.articles:
        assert a.sentences
        for s in a.sentences:
            total += 1
            assert a.text[s.start:s.end] == s.text and s.text == s.text.strip()
            assert 0 <= s.src_start < s.src_end <= len(doc.text)
            src = doc.text[s.src_start:s.src_end]
            if src != s.text and src in s.text:
                # runs into a continuation printed earlier (建立建账…), or around photo captions
                # (20个县级…队伍和 / 上图… / “N”支…): the longest run, never the text between
                assert "建立建账" in s.text or "常备队伍和" in s.text
            elif "\n" not in src:
                assert src == s.text
            else:  # crosses a column join: from its first to its last char
                assert src[0] == s.text[0] and src[-1] == s.text[-1]
            # and each copied run inside it is the source text
            pieces = [(v, o, n) for v, o, n in a.offsets.pieces if v < s.end and v + n > s.start]
            assert "".join(doc.text[o + max(0, s.start - v):o + min(n, s.end - v)]
                           for v, o, n in pieces) == s.text
    assert total == 135


def test_article_without_offsets_gets_no_source_span():
    a = Article(id="x#A1", text="一句。两句。")
    ss = split_sentences(a)
    assert [s.text for s in ss] == ["一句。", "两句。"]
    assert all((s.src_start, s.src_end) == (-1, -1) for s in ss)
    b = Article(id="x#A2", text="一句。", offsets=OffsetMap([(0, 10, 3)]),
                sections=[Section("body", 0, 3)])
    assert [(s.src_start, s.src_end) for s in split_sentences(b)] == [(10, 13)]


def test_crlf_input_sentences_point_at_the_same_text():
    text = PAGE_TEXT.replace("\n", "\r\n")
    doc = sentences()(layout()(Doc(id="c", source="c", text=text)))
    base = seed_doc()
    for a, b in zip(doc.articles, base.articles):
        assert [s.text for s in a.sentences] == [s.text for s in b.sentences]
        for s, t in zip(a.sentences, b.sentences):
            assert text[s.src_start:s.src_end].replace("\r", "") == PAGE_TEXT[t.src_start:t.src_end]


FRAGMENTS = ["## 邯郸推动文明实践", "# 副题", "### 小节", "——引言", "河北日报记者 陈正",
             "河北日报(记者陈正)近日,", "上图:志愿者在社区。", "河北日报通讯员 聂长青摄",
             "建立建", "账、对账。", "该县", "。", "”", "！", "?", ";", "\n", "\n\n", "\r\n", "\r",
             " ", "\u3000", "联动宣", "讲,", "#", "』", "a", "1"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300),
                 st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)))
# a sentence joined from three runs around a byline: its longest run (10) was in the middle and
# its source span quoted neither of its ends
@example("0\r0\r记者㐀㐀\r10\r\r1")
def test_never_crashes_and_sentence_spans_stay_in_text(text):
    doc = sentences()(layout()(Doc(id="h", source="h", text=text)))
    for a in doc.articles:
        for s in a.sentences:
            assert s.text and s.text == s.text.strip() == a.text[s.start:s.end]
            assert 0 <= s.src_start < s.src_end <= len(text)
            # the source span starts and ends with the sentence's own first and last characters
            assert text[s.src_start] == s.text[0] or text[s.src_end - 1] == s.text[-1]
