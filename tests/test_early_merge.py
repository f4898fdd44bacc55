"""The early merge of a worker build (`builder._EarlyMerge`): results merged while the workers
still extract, in document-id order, and given up, not wrong, when the corpus is not read in
that order.  Outputs must be byte-identical to a one-process build in every case."""
from __future__ import annotations

import filecmp
import json

import pytest

from kg.builder import ExtractStats, build, extract

SENTENCES = [
    "邯郸市人民政府召开常务会议，研究部署安全生产工作。",
    "魏县人力资源和社会保障局举办招聘会，提供岗位1200余个。",
    "河北省发展和改革委员会印发《关于推进县域经济发展的实施意见》。",
    "肥乡区总投资12.5亿元的产业园项目开工建设。",
    "国务院新闻办公室举行新闻发布会，介绍2023年经济运行情况。",
]


def _records(ids):
    return [{"id": i, "title": f"新闻{i}", "date": "2024-05-06",
             "text": SENTENCES[k % len(SENTENCES)] + SENTENCES[(k + 2) % len(SENTENCES)]}
            for k, i in enumerate(ids)]


def _write(path, ids):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(ids)),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("order", ["sorted", "unsorted"])
def test_worker_build_equals_one_process_build_whatever_the_reading_order(tmp_path, order):
    ids = [f"n{k:03d}" for k in range(40)]
    if order == "unsorted":  # numbered without padding: read 1, 2, …, 10 but merged 1, 10, 11, …
        ids = [str(k) for k in range(1, 41)]
    corpus = _write(tmp_path / "news.jsonl", ids)
    stats = ExtractStats()
    ex2, _, _ = extract([corpus], jobs=2, stats=stats)
    ex1, _, _ = extract([corpus], jobs=1)
    assert [d["id"] for d in ex2.documents] == [d["id"] for d in ex1.documents] \
        == sorted(d["id"] for d in ex1.documents)
    assert stats.merged_early == (40 if order == "sorted" else 0)
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    build([corpus], out1, jobs=1, formats=("json", "turtle"))
    build([corpus], out2, jobs=2, formats=("json", "turtle"))
    for name in ("extraction.json", "graph.ttl"):
        assert filecmp.cmp(out1 / name, out2 / name, shallow=False), name


def test_early_merge_with_cache_hits_and_a_blank_document(tmp_path):
    """Cache hits merge as they are read, interleaved with the one extracted result, a blank
    record (a read error) takes no turn, and the result is the one-process build's.  (A
    document that fails in a worker: `test_scale.test_a_failing_document_costs_only_itself`.)"""
    corpus = _write(tmp_path / "news.jsonl", [f"n{k:03d}" for k in range(24)])
    cache = tmp_path / "cache"
    extract([corpus], jobs=2, cache=cache)  # fills the cache
    records = _records([f"n{k:03d}" for k in range(24)])
    records[5]["text"] += "新增一句：县政府召开会议。"  # changed: extracted again
    records[9]["text"] = "\u200b \n"  # blank now: a read error, not a document
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    stats = ExtractStats()
    ex2, errors, _ = extract([corpus], jobs=2, cache=cache, stats=stats)
    ex1, errors1, _ = extract([corpus], jobs=1)
    assert stats.cached == 22 and stats.extracted == 1 and stats.merged_early == 23
    assert [d["id"] for d in ex2.documents] == [d["id"] for d in ex1.documents]
    assert len(ex2.documents) == 23 and len(errors) == len(errors1) == 1
    assert sorted(ex2.entities) == sorted(ex1.entities)
    assert sorted(ex2.metrics) == sorted(ex1.metrics)
