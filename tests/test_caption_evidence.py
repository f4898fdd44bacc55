"""Evidence never quotes a photo caption printed inside a sentence (issue 18, item 10).

On a newspaper page converted from PDF, a sentence broken at a column end continues after the
photos set between the columns: `…常备队伍和` / 上图:… / 河北日报通讯员 …摄 / `“N”支特色队伍。`.
Layout re-joins the sentence for extraction, but evidence quotes the *source* span of the
sentence, which from its first to its last character would take in the captions and credits."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.model import Doc
from kg.stages.layout import split_articles
from kg.stages.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"

# a page of my own: one story whose sentence breaks at a column end around two captioned photos
PAGE_WITH_PHOTOS = (
    "## 临城县推进农村人居环境整治\n"
    "\n"
    "本报讯(记者王芳)今年以来,临城县聚焦农村人居环境整治,全县新建农村公厕136座,改造提升"
    "农村道路82公里,完成投资1.6亿元,并组建村级保洁队伍\n"
    "\n"
    "上图:6月12日,临城县郝庄镇保洁员在清理村内道路。\n"
    "\n"
    "河北日报通讯员 张伟摄\n"
    "\n"
    "下图:临城县西竖镇新建的农村公厕。\n"
    "\n"
    "临城县委宣传部供图\n"
    "\n"
    "215支,实现村庄清洁全覆盖。下一步,该县将继续完善长效管护机制。\n"
)

CAPTION_WORDS = ("上图", "下图", "摄", "供图")


@pytest.fixture(scope="module")
def photo_page(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "lincheng.txt"
    path.write_text(PAGE_WITH_PHOTOS, encoding="utf-8")
    return kg.build([path])


def test_the_broken_sentence_is_one_sentence_for_extraction():
    doc = Doc(id="p", source="lincheng.txt", text=PAGE_WITH_PHOTOS)
    [article] = split_articles(doc)
    sents = split_sentences(article, doc.text)
    joined = next(s for s in sents if "保洁队伍" in s.text)
    assert joined.text.endswith("保洁队伍215支,实现村庄清洁全覆盖。")
    assert not any(w in joined.text for w in CAPTION_WORDS)
    # its source span is clean: the caption block lies outside it
    quoted = doc.text[joined.src_start:joined.src_end]
    assert not any(w in quoted for w in CAPTION_WORDS), quoted
    assert quoted.startswith("今年以来") and quoted.endswith("保洁队伍")


def test_without_the_source_text_the_old_span_is_kept():
    """Callers that pass no document text (unit tests building articles by hand) are unchanged."""
    doc = Doc(id="p", source="lincheng.txt", text=PAGE_WITH_PHOTOS)
    [article] = split_articles(doc)
    joined = next(s for s in split_sentences(article) if "保洁队伍" in s.text)
    assert "上图" in doc.text[joined.src_start:joined.src_end]


def test_metric_evidence_quotes_no_caption(photo_page):
    m = photo_page.metrics
    text = photo_page.extraction.texts[m.iloc[0]["doc"]]
    for r in m.itertuples():
        assert text[r.start:r.end] == r.sentence
        assert not mixes_caption_into_body(r.sentence), r.sentence
    invest = m[(m["unit"] == "元") & (m["value"] == 160_000_000)]
    assert len(invest) == 1 and "完成投资1.6亿元" in invest.iloc[0]["sentence"]


def mixes_caption_into_body(sentence: str) -> bool:
    """A quote of several lines, one of which is a caption or a photo credit.  (A fact stated
    by a caption or credit line itself rightly cites that one line.)"""
    if not isinstance(sentence, str):  # partOf from the division table: no sentence
        return False
    lines = [x.strip() for x in sentence.splitlines() if x.strip()]
    return len(lines) > 1 and any(x.startswith(("上图", "中图", "下图")) or x.endswith(("摄", "供图"))
                                  for x in lines)


def test_relation_evidence_quotes_no_caption(photo_page):
    rels = photo_page.relations
    assert len(rels) > 0
    for r in rels.itertuples():
        assert not mixes_caption_into_body(r.sentence), r.sentence


def test_sample_page_sentence_around_three_captions():
    """The sample page: 20个县级文明实践志愿服务总队 (A1) is stated in a sentence printed around
    the 上图/中图/下图 photos and their credits."""
    g = kg.build()
    m = g.metrics
    row = m[m["surface"] == "20个县级文明实践志愿服务总队"].iloc[0]
    assert row["sentence"].startswith("20个县级文明实践志愿服务总队按照“8+N”模式")
    assert not any(w in row["sentence"] for w in ("上图", "中图", "下图", "摄", "供图"))
    assert g.extraction.texts[row["doc"]][row["start"]:row["end"]] == row["sentence"]


def test_explorer_panel_quotes_no_caption(photo_page):
    """The explorer's evidence panel shows the same sentences (JSON inside graph.html)."""
    page = photo_page.explorer_html()
    assert "并组建村级保洁队伍" in page
    assert "保洁队伍\\n" not in page and "保洁队伍\n" not in page
