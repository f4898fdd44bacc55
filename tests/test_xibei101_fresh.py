"""Round 101 (xibei101): county news of China's north-west — 东西部协作 visits and talks (天津 with
泾川, 舟曲, 庆阳 and 天水; 闽宁协作 of 海原 and 漳浦), a district's 融媒体 report (乐都 of 海东), a county's
publicity report (都兰 of 海西州) and a minister's water-works visit (离石 of 吕梁) from Gansu, Ningxia,
Qinghai and Shanxi (fresh texts of /tmp/s26/fresh/xibei101).  Fixes: a county's short name that is a
common word (合作 of 合作市) read in a story that names a sibling county only (舟曲县…支援合作工作); 中央级
媒体 (a level of bodies) read as the nation's scope, its figures China's and its indicator cut to
级媒体采用; a bare 州委 in a story set in a municipality's district (天津市和平区与舟曲县…) left no one's
although the one autonomous prefecture of the places named (舟曲县's 甘南藏族自治州) is meant."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_common_word_is_no_county_beside_a_sibling_county():
    """02-zhouqu-heping: 天津市和平区与舟曲县开展东西部协作和支援合作工作并召开座谈会 (base: 合作市 twice, from
    the word 合作 — 舟曲县 put 甘南州 in context).  The county's short name still stands where its prefecture
    is written, or where it stands as a place (前往合作, 舟曲、迭部、合作等地)."""
    doc = extract_text("天津市和平区与舟曲县开展东西部协作和支援合作工作\n9月23日,天津市和平区与舟曲县"
                       "开展东西部协作和支援合作工作并召开座谈会。")
    assert "合作市" not in _names(doc, "Place"), _names(doc, "Place")
    assert "舟曲县" in _names(doc, "Place")
    doc = extract_text("甘南州召开会议\n甘南州委常委会研究合作、夏河两地旅游工作。")
    assert "合作市" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("舟曲县代表团赴合作考察\n9月23日,舟曲县代表团前往合作考察学习。")
    assert "合作市" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("舟曲县与迭部县交流\n舟曲、迭部、合作等地干部参加培训。")
    assert "合作市" in _names(doc, "Place"), _names(doc, "Place")


def test_central_level_media_are_no_national_scope():
    """07-dulan-xuanchuan: 在…平台发布乡村振兴信息360余篇,其中中央级媒体采用80余篇、省州级媒体采用240余篇
    (base: both figures China's, the first named 级媒体采用).  中央级 is the level of the media counted:
    the county's figures, the indicator whole; a national figure stays the country's."""
    doc = extract_text("都兰县宣传工作\n今年以来,都兰县在各平台发布乡村振兴信息360余篇,其中中央级媒体采用80余篇、"
                       "省州级媒体采用240余篇。")
    got = _metrics(doc)
    assert ("都兰县", "中央级媒体采用", 80, "篇") in got, got
    assert ("都兰县", "省州级媒体采用", 240, "篇") in got, got
    assert "中国" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("全国粮食生产\n全国粮食总产量达到6.9亿吨。")
    assert ("中国", "粮食总产量", 690000000, "吨") in _metrics(doc), _metrics(doc)


def test_a_bare_prefecture_committee_in_a_municipal_districts_story():
    """02-zhouqu-heping: 天津市和平区委书记姚建军、州委副书记吕哲军、县委书记安玉海出席会议 (base: 州委, no
    prefecture's — the story is placed in 和平区, under no 州).  The one autonomous prefecture holding a
    place the story names (舟曲县 → 甘南藏族自治州) is meant; with two such prefectures, none."""
    doc = extract_text("和平区与舟曲县座谈\n9月23日,天津市和平区与舟曲县召开座谈会。天津市和平区委书记姚建军、"
                       "州委副书记吕哲军、县委书记安玉海出席会议。")
    got = post_triples(doc)
    assert ("吕哲军", "甘南藏族自治州委", "副书记") in got, got
    assert ("姚建军", "和平区委", "书记") in got, got
    assert ("安玉海", "舟曲县委", "书记") in got, got
    doc = extract_text("两地座谈\n9月23日,天津市和平区与舟曲县、泽库县召开座谈会。州委副书记吕哲军出席会议。")
    assert not {b for _p, b, _r in post_triples(doc) if b.endswith("自治州委")}, post_triples(doc)
