"""perf24: speed-ups of the gazetteer and posts stages that must not change any answer.

- `_opens_table_township` / `_closes_table_township` ask a set of the township names before (or
  instead of) walking the 38,000-name automaton: the answers must be the automaton's.
- `late_module`: a module reached late (circular imports at load) is imported once, not by an
  import statement at every call; it is the very module object.
- `_verb_tables`: the verb tables remembered by the tuple's identity are `_verb_ends` and
  `_verb_last_chars`' answers, and the memo stays bounded.
- `_last_named_ending` (metrics' `_anaphor`): bisection in a list made once per article answers
  as the pass over every mention from the article's start did.
"""
from kg.stages import gazetteer as G
from kg.stages import posts as P
from kg.text import late_module


def _opens_by_walk(text, s, e):
    for end_idx, (name, _codes) in G._all_townships().iter_long(text[s:s + G._township_ends()[1]]):
        return end_idx - len(name) + 1 == 0 and len(name) >= 4 and end_idx + 1 > e - s
    return False


def _closes_by_walk(text, s):
    A = G._all_townships()
    return any(A.exists(text[k:s + 1]) for k in range(max(0, s + 1 - G._township_ends()[1]), s - 2))


def test_township_names_are_the_automaton_keys():
    names = G.township_names()
    assert names == frozenset(k for k, _ in G._all_townships().items())


def test_table_township_checks_answer_as_the_automaton_walk():
    texts = ["苏尼特左旗赛罕高毕苏木牧民", "沿着屈子祠镇江河湖库巡查", "上海市黄浦区南京东路街道办事处",
             "南京市江北新区", "长沙市岳麓区", "野三关镇", "镇江市", ""]
    for text in texts:
        for s in range(len(text)):
            assert G._closes_table_township(text, s) == _closes_by_walk(text, s), (text, s)
            for e in range(s + 1, min(len(text), s + 4) + 1):
                assert G._opens_table_township(text, s, e) == _opens_by_walk(text, s, e), (text, s, e)


def test_late_module_is_the_module():
    from kg.stages import registry
    assert late_module(".registry", "kg.stages") is registry
    assert late_module("kg.stages.registry") is registry


def test_verb_tables_are_the_cached_answers_and_bounded():
    v = tuple(P._verb_kinds("appoint", "remove"))
    got = P._verb_tables(v)
    assert got == (*P._verb_ends(v), P._verb_last_chars(v))
    assert P._verb_tables(v)[0] is got[0]
    for k in range(12):
        P._verb_tables(tuple(P._verb_kinds("appoint")) + ("任%d" % k,))
    assert len(P._VERB_TABLES) <= 8


def test_last_named_ending_answers_as_the_scan_from_the_article_start():
    """`_anaphor`'s 公司 → the last organisation or programme before it whose name ends so: found by
    bisection in a list made once per view, as the pass over every mention before it found it (skipping a
    body listed with others by 、: 华东基地、海宁公司 is one member of a list, no body the story goes on about)."""
    from types import SimpleNamespace
    from kg.stages.metrics import _last_named_ending
    text = "华峰新材料有限公司与华东基地、海宁公司及“腾飞计划”签约，公司和基地"
    ments = [(0, 9, "org-a", "Organization", None), (10, 14, "org-b", "Organization", None),
             (10, 12, "place-x", "Place", None), (15, 19, "org-c", "Organization", None),
             (21, 25, "prog-d", "Programme", None)]
    view = SimpleNamespace(text=text, ments=ments)
    for word in ("公司", "基地", "计划"):
        for before in range(len(text) + 1):
            best = None
            for a, b, key, t, _l in ments:
                if a < before and t in ("Organization", "Programme") and text[a:b].endswith(word) \
                        and "、" not in text[a - 1:a] + text[b:b + 1]:  # (a body listed by 、 is skipped, nongken90)
                    best = key
            assert _last_named_ending(view, word, before) == best, (word, before)
