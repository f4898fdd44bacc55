"""Cheaper extraction (issue 17: extraction CPU per character) answers exactly as the code it
replaced.

- `kg.text.long_matches` walks the joined word runs in one `iter_long` call and maps the matches
  back: the matches of a walk over the whole text, here for the registry's automaton too, and on
  a long text whose matches lie far apart (many runs skipped between two of them).
- `kg.text.dict_words` is jieba's dictionary segmentation, remembered for short strings only.
- `water.find_water_works` is found once per article and places: the same works and waters
  every time, and each caller gets objects of its own.
- `metrics._sentences_back` gives the sentences of `_sentences_between`, last first.
- `numbers._unit_surfaces_from` finds the unit the scan over every unit found.
"""
from __future__ import annotations

import pytest

from kg import builder
from kg.stages import gazetteer as G
from kg.stages import metrics as M
from kg.stages import numbers as N
from kg.stages import registry as R
from kg.stages import water as W
from kg.stages.entities import pos as POS
from kg.stages.entities.common import Found
from kg.text import dict_words, dictionary_words, long_matches, segmenter

WRITTEN = [
    "河北省邯郸市魏县、馆陶县和山东省聊城市冠县签订协议，雄安新区起步区建设加快推进。",
    "国家发展改革委、财政部、农业农村部联合印发通知，外交部发言人在例行记者会上答问。",
    "联合国开发计划署驻华代表处与商务部中国国际经济技术交流中心签署合作协议。",
    "加快白洋淀千里堤、萍河左堤加固，治理府河、漕河等河道，岗南水库泄洪。",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    page = builder.sample_corpus()[0].read_text(encoding="utf-8")
    return WRITTEN + [p for p in page.split("\n") if p.strip()]


def test_joined_runs_give_the_matches_of_the_whole_walk(texts):
    filler = "，方向明确，时间紧任务重，" * 40  # runs without a match between the matches
    long_text = filler.join(WRITTEN) + "".join(texts)
    found = 0
    for A, runs in ((G._automaton(), G._automaton_runs()), (POS._automaton(), POS._automaton_runs()),
                    (R._automaton(), R._automaton_runs())):
        for text in texts + [long_text]:
            got = list(long_matches(A, runs, text))
            assert got == list(A.iter_long(text)), text[:40]
            found += len(got)
    assert found > 100


def test_dict_words_is_the_dictionary_segmentation():
    for s in WRITTEN + ["邯郸市", "任命李娜为", ""]:
        assert list(dict_words(s)) == segmenter().lcut(s, HMM=False)
    before = dictionary_words.cache_info().hits
    assert dict_words("雄安新区起步区") == dict_words("雄安新区起步区")
    assert dictionary_words.cache_info().hits > before  # asked twice: segmented once
    long = "".join(WRITTEN)  # over 64 characters: segmented afresh, not kept
    size = dictionary_words.cache_info().currsize
    assert len(long) > 64 and list(dict_words(long)) == segmenter().lcut(long, HMM=False)
    assert dictionary_words.cache_info().currsize == size


def test_water_works_once_per_article_each_caller_its_own():
    text = WRITTEN[3]
    first = W.find_water_works(text, [])
    assert {f.norm for f in first if f.label != "Place"} >= {"萍河左堤", "岗南水库"}
    assert {f.norm for f in first if f.label == "Place"} >= {"府河", "漕河"}
    first[0].attrs["changed"] = True  # a caller's change stays its own
    second = W.find_water_works(text, [])
    assert [(f.start, f.end, f.label, f.norm, f.rule) for f in first] == \
        [(f.start, f.end, f.label, f.norm, f.rule) for f in second]
    assert "changed" not in second[0].attrs and second[0] is not first[0]
    # another place list is another question: 河北省 opening a work's name is read with it
    text2 = "河北省岗南水库泄洪。"
    with_place = W.find_water_works(text2, [Found(0, 3, "Place", "河北省", "gazetteer.full", {"level": "province"})])
    without = W.find_water_works(text2, [])
    assert with_place == W._find_water_works(text2, [Found(0, 3, "Place", "河北省", "gazetteer.full", {})])
    assert without == W._find_water_works(text2, [])


def test_sentences_back_are_the_sentences_between_last_first():
    sents = [(0, 10), (10, 25), (25, 26), (26, 40), (40, 41), (45, 60), (60, 90)]
    for lo in range(0, 95, 3):
        for hi in range(lo, 95, 4):
            assert list(M._sentences_back(sents, lo, hi)) == list(reversed(M._sentences_between(sents, lo, hi)))


def test_unit_surfaces_from_find_the_unit_of_the_whole_scan():
    for text in ("247395千瓦", "2473千瓦时", "5千克", "3万元", "12亿千瓦时", "7千米", "8百万"):
        for at in range(len(text)):
            whole = next((u for u in N._UNIT_SURFACES if text.startswith(u, at)), None)
            assert next((u for u in N._unit_surfaces_from(text[at:at + 1]) if text.startswith(u, at)),
                        None) == whole
    qs = N.find_quantities("全市装机容量247395千瓦，发电量2473千瓦时。")
    assert [(q.value, q.unit) for q in qs][:2] == [(247395, N._UNIT_BASE["千瓦"]), (2473, N._UNIT_BASE["千瓦时"])]


def test_attempt_reach_bounds_the_look_of_an_attempt():
    import re
    from kg.periods import _pattern
    from kg.text import attempt_reach
    assert attempt_reach(re.compile(r"ab(?=cde)")) == 2 + 3 + 1
    assert attempt_reach(re.compile(r"[一二三]{1,3}年(?![代级])")) == 4 + 1 + 1
    for unresumable in (r"(?<=a)b", r"^ab", r"ab$", r"\bab", r"a+b", r"(a)\1"):
        assert attempt_reach(re.compile(unresumable)) is None, unresumable
    assert attempt_reach(_pattern()) is not None  # the period pattern: bounded, no look-behind


def test_growing_scan_gives_find_periods_for_every_later_end(texts):
    import random
    from kg.periods import _pattern, find_periods
    from kg.text import GrowingScan, attempt_reach
    rnd = random.Random(3)
    body = "".join(texts) + "2021年1-2月，全省完成投资。今年以来，截至2022年底，“十四五”期间，过去五年，3年来，前7个月。"
    scan, n = GrowingScan(find_periods, attempt_reach(_pattern())), 0
    for _ in range(300):
        start = rnd.randrange(0, len(body) - 40)
        end = start
        for _ in range(8):  # each figure of a sentence asks from the sentence start to itself
            end = min(len(body), end + rnd.choice([1, 2, 5, 13, 30, 90]))
            got = scan(body, start, end)
            assert got == find_periods(body, start, end), (start, end)
            n += len(got)
        assert scan(body, start, start + 3) == find_periods(body, start, start + 3)  # an earlier end
    assert n > 300
