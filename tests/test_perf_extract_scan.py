"""Cheaper scans of the entity side (issue 13's throughput target) find exactly what the scans
they replaced found.

- `kg.text.long_matches` walks an Aho-Corasick automaton over the stretches where its words can
  occur (`word_runs`) instead of the whole text: the same matches, for the gazetteer's division
  names and jieba's ns/nt names, on the sample page and written government sentences, and for
  every string of a small alphabet against a set of words built to hit the automaton's corners.
- posts visits only the family names at which something can start (`_candidate_re`): the people
  and posts it records are those of the scan over every family name.
- `NameFinder.overlaps` (bisect over sorted spans) answers as the scan over all spans.
- `agencies.find_scopes` answers once per text and places list: the same scopes, a fresh list.
"""
from __future__ import annotations

import itertools
import random

import pytest
from conftest import word_automaton

from kg import builder
from kg.pipeline import Pipeline
from kg.stages import gazetteer as G
from kg.stages import posts as P
from kg.stages.entities import agencies
from kg.stages.entities import pos as POS
from kg.stages.entities.common import Found
from kg.text import long_matches, word_runs

WRITTEN = [
    "经研究决定，任命李娜、陈刚为市财政局副局长，免去王强的市财政局局长职务。",
    "刘伟、孙丽分别任县教育局副局长、县卫生健康局副局长。",
    "省委常委、秘书长周建国同志主持会议，高新区管委会主任吴海峰汇报工作。",
    "中共开江县委组织部关于干部任前公示的公告：王晓东，男，汉族，1975年3月生，现任县农业农村局"
    "副局长，拟任县乡村振兴局局长。",
    "方向明确，高度重视，和衷共济；文明城市创建中，高新区和经开区同向发力，时间紧任务重。",
    "会上，市委书记张国华同志讲话，副市长李明、王建国出席；赵志刚当选为县长，陈建国调任市委秘书长。",
    "美国、日本、欧盟代表出席在迪拜举行的会议，长江流域和珠江三角洲的代表团参加。",
    "河北省邯郸市魏县、馆陶县和山东省聊城市冠县签订协议，雄安新区起步区建设加快推进。",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    page = builder.sample_corpus()[0].read_text(encoding="utf-8")
    return WRITTEN + [p for p in page.split("\n") if p.strip()]


# ---------------------------------------------------------------- automata over word runs

_automaton = word_automaton  # (conftest)


@pytest.mark.parametrize("words", [
    ("abcd", "bc", "cde", "bcdx", "ea"),  # a failure link onto a word (bc inside abcd), overlaps
    ("ab", "abcde", "cd", "dex", "b"),  # a one-character word: runs may be one character long
])
def test_word_runs_give_every_match_on_every_short_string(words):
    A, runs = _automaton(words), word_runs(words)
    n = 0
    for k in range(1, 8):
        for chars in itertools.product("abcdexy", repeat=k):  # y is in no word, x in one only
            s = "".join(chars)
            got = list(long_matches(A, runs, s))
            assert got == list(A.iter_long(s)), s
            n += bool(got)
    assert n > 10000


def test_word_runs_give_the_gazetteer_and_pos_matches(texts):
    rnd = random.Random(7)
    pieces = texts + ["邯郸市", "邯郸", "，邯郸市魏县", "美国日本", ""]
    pieces += ["".join(rnd.sample(t, len(t))) for t in texts[:30]]  # the same characters, shuffled
    found = {"gazetteer": 0, "pos": 0}
    for name, A, runs in (("gazetteer", G._automaton(), G._automaton_runs()),
                          ("pos", POS._automaton(), POS._automaton_runs())):
        assert runs is not None
        for text in pieces:
            got = list(long_matches(A, runs, text))
            assert got == list(A.iter_long(text)), (name, text)
            found[name] += len(got)
    assert found["gazetteer"] > 50 and found["pos"] > 5


def test_word_runs_of_no_words_is_none():
    assert word_runs([]) is None and word_runs([""]) is None


# ---------------------------------------------------------------- posts: the candidate names

def _people(text: str):
    from conftest import text_doc
    doc = Pipeline(("gazetteer", "numbers", "entities", "resolve", "posts"))(text_doc(text))
    persons = {k: e for k, e in doc.entities.items() if e.type == "Person"}
    people = sorted((e.name, tuple(sorted((m.start, m.end) for m in e.mentions))) for e in persons.values())
    holds = sorted((r.subject, r.predicate, r.object, tuple(sorted(map(str, r.posts))))
                   for r in doc.relations if r.subject in persons or r.object in persons)
    assert holds  # (the comparison below would prove nothing without posts)
    return people, holds


def test_posts_visits_fewer_names_and_finds_the_same(texts, monkeypatch):
    calls = {"on": 0, "off": 0}
    evidence = P._other_evidence

    def counting(key):
        def f(*a, **k):
            calls[key] += 1
            return evidence(*a, **k)
        return f

    sample = "市政府关于干部任免的通知\n" + "\n".join(texts)  # (the first line is the title)
    monkeypatch.setattr(P, "_other_evidence", counting("on"))
    filtered = _people(sample)
    monkeypatch.setattr(P, "_candidate_re", lambda verbs: None)  # every family name is visited
    monkeypatch.setattr(P, "_other_evidence", counting("off"))
    every = _people(sample)
    assert filtered == every
    assert {"李娜", "陈刚", "王强", "刘伟", "孙丽", "周建国", "吴海峰", "张国华", "赵志刚"} <= \
        {name for name, _ in filtered[0]}
    assert calls["on"] * 2 < calls["off"]  # most family names (方, 高, 和, 文, 时 …) are passed over


def test_name_overlaps_answers_as_the_scan_over_all_spans():
    rnd = random.Random(3)
    for _ in range(50):
        taken = [(s, s + rnd.randint(1, 8)) for s in (rnd.randint(0, 60) for _ in range(rnd.randint(0, 12)))]
        finder = P.NameFinder("王" * 80, taken)
        for a in range(0, 72):
            for b in range(a + 1, min(a + 9, 80)):
                assert finder.overlaps(a, b) == any(s < b and a < e for s, e in taken), (taken, a, b)


# ---------------------------------------------------------------- agencies: scopes once per text

def test_scopes_are_answered_once_per_text_and_places(texts):
    text = WRITTEN[7]
    places = [Found(0, 3, "Place", "河北省", "gazetteer.full", {"level": "province", "code": "130000"}),
              Found(3, 6, "Place", "邯郸市", "gazetteer.full", {"level": "city", "code": "130400"})]
    first = agencies.find_scopes(text, places)
    again = agencies.find_scopes(text, places)
    assert first == again == agencies._find_scopes(text, places) and first is not again
    assert [s.name for s in first if s.kind == "place"] == ["河北省", "邯郸市"]
    other = agencies.find_scopes(text, places[:1])  # another places list: asked afresh
    assert [s.name for s in other if s.kind == "place"] == ["河北省"]
    for t in texts:
        assert agencies.find_scopes(t, []) == agencies._find_scopes(t, [])
