"""Extraction CPU per character (issue 17, eighth session): faster paths that must give the old
answers.

* `kg.text.frequent_first` rebuilds a name automaton with its words added in the order of their
  characters' frequency (a faster look-up at every node): the same words, the same values and the
  same matches as the automaton built in any other order, on the real sample page, on government
  sentences written for the test and, when `../shared` is there, on the dev-set texts.
* `metrics._base_period` keeps its answer per figure on the article's view (asked by
  `_indicator` and again by `_period`): every answer the same as looking afresh.
"""
from __future__ import annotations

from pathlib import Path

import ahocorasick
import pytest

from kg import builder
from kg.text import frequent_first, long_matches, word_freq
from kg.stages import gazetteer as G
from kg.stages import registry as R
from kg.stages.entities import pos as POS

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "gold" / "dev-set"

WRITTEN = [
    "湖北省武汉市江夏区人民政府与江西省南昌市新建区签署合作协议，福建省厦门市思明区代表出席。",
    "国家发展改革委、财政部、商务部联合印发通知，河北省邯郸市复兴区百家村街道六二社区率先试点。",
    "会上，市委书记张国华同志讲话，副市长李明、王建国出席；赵志刚当选为县长。",
    "江苏省苏州工业园区、湖南省长沙县黄花镇和雄安新区容城县的项目同时开工，总投资12.5亿元。",
    "外交部发言人表示，中国同阿联酋、沙特阿拉伯、日本国土交通省保持沟通，挪威克朗汇率稳定。",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    page = builder.sample_corpus()[0].read_text(encoding="utf-8")
    out = WRITTEN + [p for p in page.split("\n") if p.strip()]
    if DEV.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    return out


def _in_order(automaton, key) -> ahocorasick.Automaton:
    """The automaton's words added again in the order `key` gives (the old order: any order)."""
    A = ahocorasick.Automaton()
    for word, value in sorted(automaton.items(), key=key):
        A.add_word(word, value)
    A.make_automaton()
    return A


AUTOMATA = [
    ("gazetteer", G._automaton, G._automaton_runs),
    ("registry", R._automaton, R._automaton_runs),
    ("pos", POS._automaton, POS._automaton_runs),
]


@pytest.mark.parametrize("name,automaton,runs", AUTOMATA, ids=[a[0] for a in AUTOMATA])
def test_frequent_first_gives_the_same_matches(texts, name, automaton, runs):
    fast = automaton()
    # the same words and values as before the reordering
    by_code_point = _in_order(fast, key=lambda kv: kv[0])
    backwards = _in_order(fast, key=lambda kv: kv[0][::-1])
    assert dict(fast.items()) == dict(by_code_point.items())
    found = 0
    for text in texts:
        got = list(long_matches(fast, runs(), text))
        assert got == list(long_matches(by_code_point, runs(), text)), text[:40]
        assert got == list(long_matches(backwards, runs(), text)), text[:40]
        assert got == list(by_code_point.iter_long(text)), text[:40]
        found += len(got)
    assert found > 15  # the texts name places, bodies and countries (pos: 20 since 大班 became a stop word)


def test_frequent_first_keeps_words_and_values():
    words = {w: len(w) for w in ["爨底下村", "中国", "的确", "国家", "中国家"]}
    fast = frequent_first(words)
    freq = word_freq()
    assert freq.get("的", 0) > freq.get("中", 0) > freq.get("爨", 0)  # what the order rests on
    assert dict(fast.items()) == words
    assert [v for _e, v in fast.iter_long("我们的确在中国国家博物馆和爨底下村")] == [2, 2, 2, 4]
    assert frequent_first({}) is None


def test_township_automaton_same_matches(texts):
    fast = G._all_townships()
    old = _in_order(fast, key=lambda kv: kv[0])
    assert dict(fast.items()) == dict(old.items())
    for text in texts:
        assert list(fast.iter_long(text)) == list(old.iter_long(text)), text[:40]


def test_base_period_memo_gives_fresh_answers():
    from kg.model import Doc
    from kg.stages import metrics as M
    from kg.stages.numbers import find_quantities
    pipe = builder._pipeline(None)
    text = ("2023年全县地区生产总值达到125.6亿元，比上年同期的118.2亿元增长6.3%；"
            "一般公共预算收入较去年的8.1亿元增加0.9亿元，比2021年的7.6亿元增长18%。"
            "今年1-5月，全县完成固定资产投资32亿元，较上年同期增长12%，高于全市平均水平3个百分点。")
    doc = pipe(Doc(id="t", source="t.txt", text=text))
    bases = 0
    for art in doc.articles:
        view = M._ArticleView(doc, art)
        qs = find_quantities(art.text)
        for q in qs + qs[::-1]:  # asked again, in another order
            s_start = view.sentence(q.start)[0]
            got = M._base_period(view, s_start, q)
            assert got == M._find_base_period(view.text, s_start, q)
            bases += got is not None
    assert bases >= 4  # 比上年同期的118.2亿元, 较去年的8.1亿元 … (each asked twice)
