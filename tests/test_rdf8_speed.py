"""The RDF export's faster paths (issue 17, eighth session) give the bytes of the paths they
replaced, on real text: the shipped sample page (the Hebei Daily Handan page), the extra texts of
../shared/corpus when present, and government sentences written for this test, plus evidence
bent the ways a new path must not take (no text, offsets outside it, an empty span, a sentence
not where the evidence says, evidence of another document).

The reference (`_Reference`) is the export as it was before these paths: spans keyed by IRI and
visited again for every mention of a sentence, annotations calling the general `span`, every
observation line formatted where it is written, each graph joined and encoded twice."""
from __future__ import annotations

import copy
import hashlib
import io
from pathlib import Path

import pytest

from kg import builder
from kg.export import rdf
from kg.export.rdf import (_APPROX_LINE, _DATASET_LINE, _SPAN_ARTICLE, _SPAN_BASE,
                           _SPAN_QUOTE, _SPAN_SENTENCE, BASE, CONCEPT_BASE, GOVKG,
                           SUPER_PROPERTY, TURTLE, UNSPECIFIED, ZH, _iri_term, _lit,
                           _local_term, _number, _rule_lit, _sentence_window, _term, article_iri,
                           doc_iri, indicator_iri, metric_iri, predicate_iri, quote_iri, unit_iri)
from kg.model import Evidence, short_hash

EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "extra"

WRITTEN = (
    "邯郸市人民政府办公室关于印发2023年重点工作任务分解方案的通知\n"
    "2023年3月15日，市长张国华主持召开市政府常务会议，研究部署大气污染防治工作。"
    "会议指出，全市地区生产总值完成4346.3亿元，同比增长5.6%；一般公共预算收入完成243亿元，"
    "比上年增长8.2%。市发展和改革委员会、市生态环境局、市财政局负责同志参加会议。\n"
    "肥乡区、永年区、峰峰矿区要加快推进滏阳河综合治理，全年完成造林绿化面积15万亩。"
    "邯郸市2022年粮食总产量达到95.6亿斤，连续5年稳定在90亿斤以上。\n"
    "任命李明为市发展和改革委员会主任，王建国为市财政局局长。"
    "副市长刘伟出席签约仪式，邯郸市与河北工程大学签署战略合作协议。\n"
)


class _Reference(rdf._Builder):
    """The builder with the span, annotation, mention, relation, observation and own-node code
    of 161f5bb (and its sort of evidence by `Evidence.sort_key`)."""

    def _by_graph(self, evidence):
        if len(evidence) == 1:
            ev = evidence[0]
            return {rdf.doc_graph_iri(ev.doc): [ev]}
        out = {}
        for ev in sorted(evidence, key=Evidence.sort_key):
            out.setdefault(rdf.doc_graph_iri(ev.doc), []).append(ev)
        return out

    def span(self, g, doc_id, start, end, ev=None, article=None, with_quote=True):
        cur = self.current
        start, end = int(start), int(end)
        sp = f"{doc_iri(doc_id)}/span/{start}-{end}"
        done = cur.spans.get(sp, 0)
        if cur.doc is None:
            cur.doc = doc_id
        local = cur.doc == doc_id
        term = f"s:{start}-{end}" if local else f"<{sp}>"
        out = cur.text
        parts, selectors = [], []
        if not done & _SPAN_BASE:
            done |= _SPAN_BASE
            pos = term + "\\/position" if local else term[:-1] + "/position>"
            parts += ["a oa:SpecificResource", "oa:hasSource " + _iri_term(doc_iri(doc_id))]
            selectors.append(pos)
            out.append(f"\t{pos} a oa:TextPositionSelector ;\n"
                       f'\t\toa:start "{start}"^^xsd:nonNegativeInteger ;\n'
                       f'\t\toa:end "{end}"^^xsd:nonNegativeInteger .\n')
            cur.text_quads += 3
        text = self.x.texts.get(doc_id)
        own = None
        if with_quote and not done & _SPAN_QUOTE:
            if text is not None and 0 <= start <= end <= len(text):
                exact = own = text[start:end]
            else:
                exact = _sentence_window(ev) if ev is not None else None
            if exact:
                done |= _SPAN_QUOTE
                qs = quote_iri(exact)
                qterm = _iri_term(qs)
                selectors.append(qterm)
                if qs not in cur.quotes:
                    cur.quotes[qs] = qterm
                    block = (f"\t{qterm} a oa:TextQuoteSelector ;\n"
                             f"\t\toa:exact {_lit(exact)} .\n")
                    if self.first(qs) & TURTLE:
                        out.append(block)
                        cur.text_quads += 2
                    else:
                        cur.trig_text.append(block)
                        cur.trig_quads += 2
        if selectors:
            parts.append("oa:hasSelector " + " , ".join(selectors))
            cur.text_quads += len(selectors) - 1
        sentence = ev.quote if ev is not None else None
        if sentence and text is not None and not done & _SPAN_SENTENCE \
                and sentence != (text[start:end] if own is None else own):
            done |= _SPAN_SENTENCE
            at = ev.sentence_start
            if at is not None and text[at:at + len(sentence)] == sentence:
                cur.spans[sp] = done
                sent = self.span(g, doc_id, at, at + len(sentence), article=article)
                parts.append("govkg:inSentence " + (f"s:{at}-{at + len(sentence)}" if local
                                                    else f"<{sent}>"))
            else:
                parts.append("govkg:sentence " + _lit(_sentence_window(ev)))
        if article and not done & _SPAN_ARTICLE:
            done |= _SPAN_ARTICLE
            art = article_iri(doc_id, article)
            parts.append("dcterms:isPartOf " + (_local_term(art, doc_iri(doc_id) + "/") if local
                                                else _iri_term(art)))
        cur.spans[sp] = done
        if parts:
            out.append(f"\t{term} " + " ;\n\t\t".join(parts) + " .\n")
            cur.text_quads += len(parts)
        return sp

    def annotate(self, body, ev, motivation, kind):
        cur = self.current
        rule = ev.rule
        digest = hashlib.sha1(f"{kind}|{body}|{ev.doc}|{ev.start}|{ev.end}|{rule or ''}"
                              .encode("utf-8")).hexdigest()[:16]
        if digest in cur.annotations:
            return
        cur.annotations.add(digest)
        target = self.span(cur.iri, ev.doc, ev.start, ev.end, ev, ev.article)
        target = f"s:{int(ev.start)}-{int(ev.end)}" if cur.doc == ev.doc else f"<{target}>"
        rule_line = f" ;\n\t\tgovkg:rule {_rule_lit(rule)}" if rule else ""
        cur.text.append(
            f"\tannotation:{digest} a oa:Annotation ;\n\t\toa:hasBody {_iri_term(body)} ;\n"
            f"\t\toa:hasTarget {target} ;\n\t\toa:motivatedBy oa:{motivation}{rule_line} .\n")
        cur.text_quads += 5 if rule else 4

    def mentions(self, eid, evidence):
        s = self.iris[eid]
        for ev in evidence:
            self.annotate(s, ev, "identifying", "mention")

    def relation(self, rel, evidence):
        s, o = self.iris[rel.subject], self.iris[rel.object]
        p = predicate_iri(rel.predicate)
        stmt = BASE + "id/assertion/" + short_hash(f"{rel.subject}|{rel.predicate}|"
                                                   f"{rel.object}", 16)
        g = self.target
        self.add(g, s, p, o, self.first((s, p, o)))
        if rel.predicate in SUPER_PROPERTY:
            sup = SUPER_PROPERTY[rel.predicate]
            self.add(g, s, sup, o, self.first((s, sup, o)))
        core = self.first(stmt)
        lines = [f"a rdf:Statement , govkg:Assertion ;\n\t\trdf:subject {_iri_term(s)} ;\n"
                 f"\t\trdf:predicate {_iri_term(p)} ;\n\t\trdf:object {_iri_term(o)} ;\n"
                 f"\t\t{self.generated}"]
        rules = sorted(rel.rules)
        if rules:
            lines.append("govkg:rule " + " , ".join([_rule_lit(r) for r in rules]))
        self.own_node(stmt, lines, 6 + len(rules), core, evidence)
        for ev in evidence:
            self.annotate(stmt, ev, "describing", "relation")
        if rel.predicate == "holdsPost":
            self.membership(rel, stmt, core)

    def observation(self, entry, evidence):
        obs, m, area, _all_evidence, rules, ids_in = entry
        g = self.target
        core = self.first(obs)
        lines = ["a qb:Observation", _DATASET_LINE,
                 "sdmx-dimension:refArea " + _iri_term(area),
                 "sdmx-dimension:refPeriod " + _term(self.period_value(m.period))]
        if m.period_text:
            lines.append("govkg:periodText " + _lit(m.period_text, ZH))
        lines.append("govkg:indicator " + _iri_term(indicator_iri(m.indicator)))
        if m.concept:
            lines.append("govkg:indicatorConcept " + _iri_term(CONCEPT_BASE + m.concept))
        lines.append("govkg:figureKind " + _iri_term(GOVKG + "Kind"
                                                      + (m.kind or "level").capitalize()))
        if m.status:  # (figures7: targets and forecasts)
            lines.append("govkg:figureStatus " + _iri_term(GOVKG + "Status" + m.status.capitalize()))
        if m.low is not None and m.high is not None:
            lines.append("govkg:lowValue " + _term(_number(m.low)))
            lines.append("govkg:highValue " + _term(_number(m.high)))
        if m.base:
            lines.append("govkg:baseFigure " + _iri_term(metric_iri(m.base)))
        lines += ["govkg:subject " + _iri_term(self.iris.get(m.subject, UNSPECIFIED)
                                               if m.subject else UNSPECIFIED),
                  "govkg:surfaceForm " + _lit(m.surface, ZH),
                  "sdmx-measure:obsValue " + _term(_number(m.value)),
                  "sdmx-attribute:unitMeasure " + _iri_term(unit_iri(m.unit)),
                  _APPROX_LINE[True] if m.approx else _APPROX_LINE[False],
                  self.generated]
        n_core = len(lines) + len(rules)
        if rules:
            lines.append("govkg:rule " + " , ".join([_rule_lit(r) for r in rules]))
        ids = ids_in.get(g, ())
        every = sorted(set().union(*ids_in.values())) if core & TURTLE else ()
        self.own_node(obs, lines, n_core, core, evidence, ids, every)
        for ev in evidence:
            self.annotate(obs, ev, "describing", "metric")

    def own_node(self, iri, lines, n_core, core, evidence, ids=(), every=()):
        cur = self.current
        sources = {}
        for ev in evidence:
            if ev.article:
                art = article_iri(ev.doc, ev.article)
                t = _local_term(art, doc_iri(ev.doc) + "/") if cur.doc == ev.doc \
                    else _iri_term(art)
            else:
                t = _iri_term(doc_iri(ev.doc))
            sources[t] = None
        derived = " ;\n\t\tprov:wasDerivedFrom " + " , ".join(sources) if sources else ""
        subject = "\t" + _iri_term(iri) + " "
        body = " ;\n\t\t".join(lines)
        cur.trig_text.append(subject + "dcterms:identifier " + " , ".join([_lit(i) for i in ids])
                             + " ;\n\t\t" + body + derived + " .\n" if ids else
                             subject + body + derived + " .\n")
        cur.trig_quads += len(ids) + n_core + len(sources)
        if core & TURTLE:
            cur.ttl_text.append(subject + "dcterms:identifier " + " , ".join(
                [_lit(i) for i in every]) + " ;\n\t\t" + body + derived + " .\n" if every else
                subject + body + derived + " .\n")
            cur.ttl_quads += len(every) + n_core + len(sources)
        elif sources:
            cur.ttl_text.append(subject + derived[5:] + " .\n")
            cur.ttl_quads += len(sources)


def _old_files(x, key: str = "0" * 16) -> tuple[bytes, bytes, int, int]:
    """TriG, Turtle and counts by the reference builder and the old writer (`_trig_graph`:
    each graph joined and encoded once per file)."""
    b = _Reference(x, key)
    trig, ttl, n, m = [], [], 0, 0
    for g in b.graphs():
        block, union, q, t = rdf._trig_graph(b.graph(g))
        trig.append(block.encode("utf-8"))
        ttl.append(union.encode("utf-8"))
        n, m = n + q, m + t
    return b"".join(trig), b"".join(ttl), n, m


def _new_files(x, key: str = "0" * 16) -> tuple[bytes, bytes, int, int]:
    """The same by the export's own builder and writer (`_write_graph`)."""
    b = rdf._Builder(x, key)
    trig, ttl = io.BytesIO(), io.BytesIO()
    n = m = 0
    for g in b.graphs():
        q, t = rdf._write_graph(b.graph(g), trig, ttl)
        n, m = n + q, m + t
    return trig.getvalue(), ttl.getvalue(), n, m


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The sample page, the extra real texts (when ../shared is there) and the written text."""
    d = tmp_path_factory.mktemp("rdf8")
    (d / "written-notice.txt").write_text(WRITTEN, encoding="utf-8")
    paths = builder.sample_corpus() + [d / "written-notice.txt"]
    if EXTRA.is_dir():
        paths += sorted(EXTRA.glob("*.txt"))
    ex, _errors, _articles = builder.extract(paths)
    return ex


def test_the_fast_paths_write_the_bytes_of_the_old_ones(real):
    key = rdf._keys(real)[1]
    old, new = _old_files(real, key), _new_files(real, key)
    assert new[2] > 3000 and new[3] > 3000
    assert new == old
    # and the files the export writes are these bytes behind the common header
    header = rdf.HEADER.encode("utf-8")
    assert rdf.serialize_trig(real) == header + new[0]
    assert rdf.serialize_turtle(real) == header + new[1]


def _bent(x):
    """A copy of `x` whose evidence takes every branch the fast span path hands back to the
    general one: an empty span, offsets past the text, a document without text, a sentence not
    where the evidence says, a sentence equal to its mention, evidence without an article, and a
    mention kept in another document's graph."""
    x = copy.deepcopy(x)
    mentions = [ev for k in sorted(x.entities) for ev in x.entities[k].mentions]
    assert len(mentions) > 60
    doc = mentions[0].doc
    n = len(x.texts[doc])
    mentions[1].end = mentions[1].start  # empty
    mentions[2].start, mentions[2].end = n + 5, n + 9  # past the text
    mentions[3].sentence_start = (mentions[3].sentence_start or 0) + 1  # sentence elsewhere
    mentions[4].quote = x.texts[doc][mentions[4].start:mentions[4].end]  # the sentence itself
    mentions[5].article = None
    mentions[6].quote = None
    mentions[7].sentence_start = None
    for ev in mentions[8:12]:  # a second mention of one sentence after its span was written
        ev.sentence_start, ev.quote = mentions[13].sentence_start, mentions[13].quote
    other = next(ev.doc for ev in mentions if ev.doc != doc)
    moved = mentions[20]
    moved.doc = other  # the offsets now point into another text: still formatted the same
    gone = mentions[21]
    gone.doc = "no-such-document"  # no text: the quote comes from the sentence window
    return x


def test_the_fast_paths_agree_on_evidence_bent_every_way(real):
    x = _bent(real)
    assert _new_files(x) == _old_files(x)


def _sentence_visits(cls, x, monkeypatch) -> int:
    """How often `cls`'s export of `x` calls `span` for a sentence (no evidence, a quote)."""
    calls = []
    inner = cls.span

    def counting(self, *args, **kwargs):
        if len(args) == 4 and set(kwargs) == {"article"}:
            calls.append(args[1:3])
        return inner(self, *args, **kwargs)
    monkeypatch.setattr(cls, "span", counting)
    (_new_files if cls is rdf._Builder else _old_files)(x)
    monkeypatch.undo()
    return len(calls)


def test_a_second_mention_of_a_sentence_does_not_visit_its_span_again(real, monkeypatch):
    """Most evidence sits in a sentence whose span the graph wrote already: `span` is then not
    called for it (it was, once per mention, and wrote nothing)."""
    new = _sentence_visits(rdf._Builder, real, monkeypatch)
    old = _sentence_visits(_Reference, real, monkeypatch)
    assert 50 < new and 3 * new < 2 * old, (new, old)  # (68 and 134 on the sample alone)


def test_observation_lines_are_formatted_once_per_value(real):
    b = rdf._Builder(real, "0" * 16)
    for g in b.graphs():
        b.graph(g)
    memo = b.memo
    assert 0 < len(memo.indicator) < sum(1 for _ in real.metrics)
    for m in real.metrics.values():
        assert memo.unit[m.unit] == "sdmx-attribute:unitMeasure " + _iri_term(unit_iri(m.unit))
        assert memo.kind[m.kind] == "govkg:figureKind " + _iri_term(
            GOVKG + "Kind" + (m.kind or "level").capitalize())
        if not m.period or "/" not in m.period:
            assert memo.period[m.period] == ("sdmx-dimension:refPeriod "
                                             + _term(b.period_value(m.period)))


def test_quote_terms_are_the_general_terms(real):
    for exact in ("邯郸市", "肥乡区、永年区", "a b", "全市地区生产总值完成4346.3亿元"):
        qs = quote_iri(exact)
        assert rdf._quote_term(qs) == _iri_term(qs)


def _ev(doc, start, end, rule):
    return Evidence(doc=doc, source="s", start=start, end=end, rule=rule)


def test_evidence_sorts_as_by_sort_key_whatever_its_rules():
    """The C-level key gives sort_key's order, and where a None rule meets a string on the same
    span (where the two keys differ) the sort falls back to sort_key."""
    cases = [
        [_ev("b", 5, 9, "r1"), _ev("a", 5, 9, None), _ev("a", 1, 3, "r2"), _ev("a", 1, 3, "r1")],
        [_ev("a", 5, 9, None), _ev("a", 5, 9, "r1"), _ev("a", 5, 9, ""), _ev("a", 2, 4, None)],
        [_ev("a", 5, 9, ""), _ev("a", 5, 9, None), _ev("a", 5, 9, None), _ev("a", 5, 9, "")],
        [_ev("a", 7, 8, None), _ev("a", 5, 9, None), _ev("a", 5, 9, None)],
    ]
    for evs in cases:
        got = rdf._sorted_evidence(evs)
        want = sorted(evs, key=Evidence.sort_key)
        assert [id(e) for e in got] == [id(e) for e in want]
