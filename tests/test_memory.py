"""Memory of the merged extraction (issue 17): the records it holds by the hundred thousand are
slotted, and the merge shares what documents repeat (rule names, surfaces, offsets, rule
sets) without changing any value the exports write."""
from __future__ import annotations

import io
import json
import pickle
import sys

import pytest

from kg.builder import _Pool, extract_document, merge, merge_into
from kg.cache import _ShardUnpickler
from kg.model import Doc, Entity, Evidence, Extraction, Mention, Metric, Relation

# realistic government-news sentences (written for this test), one city each, same shape:
# the same rules fire in both documents, on different text
TEXTS = {
    "news--a": ("邯郸市统计局发布数据，2023年全市地区生产总值完成4346.3亿元，同比增长5.5%。"
                "邯郸市科技局局长李明介绍，全市新增国家高新技术企业326家，"
                "规模以上工业增加值增长6.2%。"),
    "news--b": ("保定市统计局发布数据，2023年全市地区生产总值完成4012.8亿元，同比增长5.1%。"
                "保定市科技局局长王强介绍，全市新增国家高新技术企业281家，"
                "规模以上工业增加值增长4.9%。"),
}


def _results():
    return [extract_document(Doc(doc_id, "news.jsonl#" + doc_id[-1], text))
            for doc_id, text in sorted(TEXTS.items())]


def _evidence(ex: Extraction):
    for e in ex.entities.values():
        yield from e.mentions
    for r in ex.relations.values():
        yield from r.evidence
    for m in ex.metrics.values():
        yield from m.evidence


@pytest.mark.parametrize("cls", [Evidence, Mention, Entity, Relation, Metric])
def test_records_have_no_instance_dict(cls):
    """A slotted record has no __dict__, and an attribute that is not a field is refused (an
    ad-hoc attribute would silently bring the dict back)."""
    ex = merge(_results())
    obj = {Evidence: next(_evidence(ex)), Entity: next(iter(ex.entities.values())),
           Relation: next(iter(ex.relations.values()), None),
           Metric: next(iter(ex.metrics.values())),
           Mention: Mention(0, 3, "邯郸市", "Place", "a1", "test")}[cls]
    assert obj is not None
    assert not hasattr(obj, "__dict__")
    with pytest.raises(AttributeError):
        obj.not_a_field = 1


def test_merge_shares_repeated_values_across_documents():
    ex = merge(_results())
    assert len(ex.documents) == 2 and len(ex.metrics) >= 4
    by_rule: dict[str, set[int]] = {}
    for ev in _evidence(ex):
        if ev.rule is not None:
            by_rule.setdefault(ev.rule, set()).add(id(ev.rule))
    assert by_rule and all(len(ids) == 1 for ids in by_rule.values())
    units = {}
    for m in ex.metrics.values():
        assert isinstance(m.rules, frozenset)
        units.setdefault(m.unit, set()).add(id(m.unit))
        for other in ex.metrics.values():
            if other.rules == m.rules:
                assert other.rules is m.rules
    assert all(len(ids) == 1 for ids in units.values())
    offsets = {}
    for ev in _evidence(ex):
        for v in (ev.start, ev.end):
            offsets.setdefault(v, set()).add(id(v))
    assert all(len(ids) == 1 for ids in offsets.values())


def test_pooled_merge_writes_the_same_json_as_an_unpooled_one():
    """Sharing changes identities, never values: the exchange format is the same bytes."""
    pooled = merge(_results())
    plain = Extraction()
    for res in _results():
        merge_into(plain, res)  # no pool: fresh sets and strings, as before issue 17
    assert isinstance(next(iter(plain.metrics.values())).rules, set)
    assert json.dumps(pooled.to_json(), ensure_ascii=False) == \
        json.dumps(plain.to_json(), ensure_ascii=False)


def test_slotted_result_round_trips_through_the_shard_unpickler():
    """Workers pickle slotted records and the build reads them with the cache's restricted
    unpickler: the result comes back equal."""
    res = _results()[0]
    back = _ShardUnpickler(io.BytesIO(pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL))).load()
    assert back == res
    ev = next(iter(back.entities.values())).mentions[0]
    assert Evidence.from_json(ev.to_json() | {"sentence": ev.quote}) == ev


def _deep_size(root) -> int:
    """Bytes of every object reachable from `root` through containers and slots, each once."""
    seen, todo, total = set(), [root], 0
    while todo:
        o = todo.pop()
        if id(o) in seen or o is None or isinstance(o, (bool, type)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            todo.extend(o.keys())
            todo.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            todo.extend(o)
        elif hasattr(o, "__slots__") or hasattr(o, "__dict__"):
            todo.extend(getattr(o, name) for name in getattr(type(o), "__slots__", ())
                        if hasattr(o, name))
            todo.extend(getattr(o, "__dict__", {}).values())
    return total


def test_pool_makes_the_merged_extraction_smaller():
    pooled = merge(_results())
    plain = Extraction()
    for res in _results():
        merge_into(plain, res)
    assert _deep_size(pooled) < _deep_size(plain)


def test_pool_rules_are_one_frozen_set_per_distinct_set():
    pool = _Pool()
    a = pool.rules({"metrics.percent", "metrics.subject"})
    b = pool.rules(["metrics.subject", "metrics.percent"])
    assert a is b and a == {"metrics.percent", "metrics.subject"}
    assert pool.rules(set()) is pool.rules(())


def test_two_job_build_process_holds_no_pipeline(tmp_path):
    """With worker processes the build process never extracts, so it must not hold the warm
    pipeline (about 157 MB, which stayed in it and in every export writer it forked); the
    workers warm themselves and the result is the one-process result."""
    import subprocess
    script = (
        "import json, sys\n"
        "import kg.builder as b\n"
        "ex, errors, n = b.extract(b.sample_corpus(), jobs=2)\n"
        "print(json.dumps({'pipeline': b._PIPELINE is not None, 'metrics': len(ex.metrics),\n"
        "                  'json': json.dumps(ex.to_json(), ensure_ascii=False)}))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=600)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["pipeline"] is False and got["metrics"] > 0
    from kg.builder import extract, sample_corpus
    ex, _errors, _n = extract(sample_corpus(), jobs=1)
    assert got["json"] == json.dumps(ex.to_json(), ensure_ascii=False)
