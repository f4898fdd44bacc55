"""The one-process build's exports and result round trip (issue 17): each faster path gives the
old answers.

Compared here with what they replaced (the old form kept in the test as the reference), on the
shipped sample page, the real texts in `shared/corpus/extra` (when present) and government
sentences written for the test: each document's result pickled with its evidence, entities,
relations and metrics as calls of their classes (what workers send, the spill keeps and the
cache stores), the explorer's snippets taken without `snippet`'s calls for the two common
kinds of evidence, its per-fact document sets, and extraction.json's member texts.
"""
from __future__ import annotations

import json
import pickle

import pytest

from conftest import sample_and_extra_docs
from kg import builder
from kg.engines import extract_batch
from kg.export import graphml as G
from kg.export import html as H
from kg.model import Doc, Evidence


# written for the test: Markdown a plain-text source carries, white space at the ends, a long
# 、-list (clipped around its highlight), figures and names in one sentence
WRITTEN = (
    "## 邯郸市召开全市水利工作会议\n"
    "> 3月5日，市水利局在邯郸市召开会议，部署滏阳河综合治理工作。  \n"
    "- 1. 磁县、涉县、武安市分别完成投资2.5亿元、1.8亿元、3.1亿元。\n"
    "　　副市长王建国出席会议并讲话，要求市水务局、市生态环境局加强协作。\n"
    + "会议要求，" + "、".join(f"第{i}批项目" for i in range(1, 90)) + "全部按期完工，"
    "肥乡区农业农村局牵头负责。\n"
    "2023年，全市完成水利投资45.6亿元，同比增长12%。\n"
)


def _docs() -> list[Doc]:
    """The sample page, the written text and the real extra texts (when shared/ is here)."""
    return sample_and_extra_docs(Doc(id="written-1", source="written-1.txt", text=WRITTEN))


@pytest.fixture(scope="module")
def extraction():
    return builder.merge(builder.extract_document(d) for d in _docs())


# --------------------------------------------------------------------------- result pickles

def _load(data: bytes):
    """A result as the build reads it back (spill and cache: the restricted unpickler)."""
    import io
    from kg.cache import _ShardUnpickler
    return _ShardUnpickler(io.BytesIO(data)).load()


def test_dump_result_loads_what_pickle_loads():
    """`dump_result` (evidence, entities, relations and metrics as calls of their classes)
    gives back equal results to the default pickle, through the cache's restricted
    unpickler, in fewer bytes; each document of the sample page, the written text and the
    real extra texts."""
    assert set(builder._REDUCERS) == {Evidence, builder.Entity, builder.Relation,
                                      builder.Metric}
    total_old = total_new = 0
    for d in _docs():
        res = builder.extract_document(d)
        old = pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)
        new = builder.dump_result(res)
        a, b = _load(old), _load(new)
        assert (a.document, a.text) == (b.document, b.text) == (res.document, res.text)
        assert a.entities == b.entities == res.entities and a.entities
        assert a.relations == b.relations == res.relations
        assert a.metrics == b.metrics == res.metrics
        for x, y in zip(a.entities.values(), b.entities.values()):  # types too (sets stay sets)
            assert type(x.aliases) is type(y.aliases) and type(x.rules) is type(y.rules)
        total_old += len(old)
        total_new += len(new)
    assert total_new < 0.9 * total_old


def test_dump_result_keeps_shared_objects_shared():
    """An evidence object two facts share, and the strings `_share_strings` made one, are
    one object again once loaded (the pickle's memo works for the classes' calls too)."""
    res = builder.extract_document(_docs()[1])
    rel = next(r for r in res.relations if r.evidence)
    ev = rel.evidence[0]
    res.relations.append(builder.Relation("x", "p", "y", [ev]))
    back = _load(builder.dump_result(res))
    assert back.relations[-1].evidence[0] is back.relations[res.relations.index(rel)].evidence[0]
    quotes = [e.quote for r in back.relations for e in r.evidence if e.quote]
    assert len({id(q) for q in quotes}) == len(set(quotes))


def test_workers_send_dump_result_bytes():
    docs = _docs()[:2]
    for o, d in zip(extract_batch(docs, None, None), _docs()[:2]):  # fresh Doc objects
        assert o.result is None and isinstance(o.data, bytes)
        got, want = _load(o.data), builder.extract_document(d)
        assert (got.entities, got.relations, got.metrics) == \
            (want.entities, want.relations, want.metrics)
        assert b"__reduce_ex__" not in o.data and b"copyreg" not in o.data


# --------------------------------------------------------------------------- explorer

def _old_items(evs, texts, names) -> list:
    """The reference: every evidence through `snippet` and `clean_markup`."""
    return [H.clean_markup(H.snippet(ev, texts, names)) for ev in sorted(evs, key=Evidence.sort_key)]


def _all_evidence(ex):
    ents = ex.entities
    for rel in ex.relations.values():
        if rel.subject in ents and rel.object in ents:
            yield rel.evidence, [ents[rel.subject].name, ents[rel.object].name]
    for m in ex.metrics.values():
        yield m.evidence, [m.surface, m.indicator]
    for e in ents.values():
        yield e.mentions, [e.name, *sorted(e.aliases)]


def test_evidence_items_equal_snippet_and_clean_markup(extraction):
    memo = H._Memo()
    kinds = set()
    n = 0
    for evs, names in _all_evidence(extraction):
        assert H._evidence_items(evs, extraction.texts, names, memo) == \
            _old_items(evs, extraction.texts, names)
        for ev in evs:
            kinds.add((ev.quote is not None, ev.sentence_start is not None))
        n += len(evs)
    assert n > 200 and {(True, True), (True, False)} <= kinds  # mentions; relations, metrics (333 on the sample alone)


def test_evidence_items_other_cases(extraction):
    """Evidence the two fast cases do not take, and spans that reach beyond a sentence, a
    long sentence and Markdown: still `snippet`'s answer."""
    doc = "written-1"
    text = extraction.texts[doc]
    at = text.index("副市长")
    cases = [
        Evidence(doc, "w.txt", at, at + 3, article=f"{doc}#A1"),  # a span, no sentence
        Evidence(doc, "w.txt", at, at + 3, quote="副市长王建国"),  # a quote longer than nothing
        Evidence("missing", "m.txt", 0, 4, quote="邯郸市召开会议"),  # no text for its document
        Evidence(doc, "w.txt", 0, 5, quote=text[:5], sentence_start=0),  # "## 邯郸" heading
        Evidence(doc, "w.txt", len(text) - 5, len(text) + 9),  # beyond the text
        Evidence(doc, "", 2, 9, article=None, quote=text[2:30]),  # no source
    ]
    long_at = text.index("第1批")
    cases.append(Evidence(doc, "w.txt", long_at, long_at + 4, quote=text[long_at - 5:], sentence_start=long_at - 5))
    names = ["王建国", "邯郸市"]
    for ev in cases:
        assert H._evidence_items([ev], extraction.texts, names, H._Memo()) == \
            _old_items([ev], extraction.texts, names)
    assert H._evidence_items(cases, extraction.texts, names, H._Memo()) == \
        _old_items(cases, extraction.texts, names)


@pytest.mark.parametrize("sentence", [
    "", " ", "## 标题", "# 一", "> 引文", "- 要点", "* 要点", "+ 要点", "12. 第十二", "１２. 全角",
    "\u3000\u3000副市长出席", "会议指出。 ", "会议指出。\u3000", "会议指出。\n", "-5%", "2023年",
    "“三夏”", "会议指出。"])
def test_marked_up_is_false_only_where_clean_markup_changes_nothing(sentence):
    item = ["src", sentence, 0, len(sentence)]
    if not H._marked_up(sentence):
        assert H.clean_markup(item) is item


def test_payload_docs_with_a_fact_of_an_unlisted_document(extraction):
    """A fact whose document the extraction does not list is numbered as before (in the order
    the payload meets it): the C path falls back to `doc_of`."""
    import copy
    ex = copy.deepcopy(extraction)
    ent = next(e for e in ex.entities.values() if e.mentions)
    ent.mentions.append(Evidence("zz-unlisted", "zz.txt", 0, 2, quote="会议"))
    data = H.graph_payload(ex)
    assert data["docs"][-1][0] == "zz-unlisted"
    node = next(n for n in data["nodes"] if n["id"] == ent.id)
    assert len(data["docs"]) - 1 in node["dc"]


# --------------------------------------------------------------------------- GraphML

def test_graphml_scalar_as_json_dumps(extraction):
    for e in extraction.entities.values():
        v = sorted(e.aliases)
        assert G._scalar(v) == G.xml_safe(json.dumps(v, ensure_ascii=False, sort_keys=True))
    v = [{"unit": "元", "value": 1.5, "approx": True, "period": None}]
    assert G._scalar(v) == json.dumps(v, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- extraction.json

def _reference_indented(o, ind: str, out: list) -> None:
    """The dict branch as it was (an encoder call and two concatenations per member)."""
    from json.encoder import encode_basestring
    from kg.export.extraction_json import _indented
    if type(o) is dict and o and all(type(k) is str for k in o):
        inner = "\n" + ind + " "
        sep = "{" + inner
        for k, v in o.items():
            out.append(sep + encode_basestring(k) + ": ")
            _reference_indented(v, ind + " ", out)
            sep = "," + inner
        out.append("\n" + ind + "}")
    elif type(o) is list and o:
        inner = "\n" + ind + " "
        sep = "[" + inner
        for v in o:
            out.append(sep)
            _reference_indented(v, ind + " ", out)
            sep = "," + inner
        out.append("\n" + ind + "]")
    else:
        _indented(o, ind, out)


def test_json_items_as_before(extraction):
    """Every item of the extraction's JSON (documents with their sentences, entities,
    relations, metrics) written as the old dict branch and as json.dumps write it."""
    from kg.export.extraction_json import _item_text
    table = extraction.sentence_table()
    items = [dict(d, sentences=table.rows(d["id"])) for d in extraction.documents]
    items += [x.to_json(table) for x in extraction.entities.values()]
    items += [x.to_json(table) for x in extraction.relations.values()]
    items += [x.to_json(table) for x in extraction.metrics.values()]
    encode = json.JSONEncoder(ensure_ascii=False, indent=1).encode
    assert len(items) > 100
    for item in items:
        out: list[str] = []
        _reference_indented(item, "  ", out)
        assert _item_text(item, encode) == "".join(out) == encode(item).replace("\n", "\n  ")
