"""Review of round 10's HTML leader lists: a list of units is no list of leaders.

`<li><span>县教育局</span><span>局长：张某</span></li>` and `<dl><dt>县财政局</dt><dd>局长</dd>
<dd>刘某</dd></dl>` are directories of bodies: joined into one line each by a space, every 局长 on the
page was given the first body (张某, 刘某, 陈某 → 县教育局).  A row opening with a body, or an item
with a labelled field (局长：…), keeps its cells one a line as before the round.
"""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.html import html_to_text


def _held(html: str) -> set[tuple[str, str]]:
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=html_to_text(html)[0]))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_list_of_units_with_labelled_heads_gives_no_head_the_first_unit():
    html = ("<html><body><ul><li><span>县教育局</span><span>局长：张某</span></li>"
            "<li><span>县财政局</span><span>局长：刘某</span></li>"
            "<li><span>县民政局</span><span>局长：陈某</span></li></ul></body></html>")
    held = _held(html)
    assert ("刘某", "县教育局") not in held and ("陈某", "县教育局") not in held


def test_a_definition_list_of_units_gives_no_head_the_first_unit():
    html = ("<html><body><dl><dt>县教育局</dt><dd>局长</dd><dd>张某</dd></dl>"
            "<dl><dt>县财政局</dt><dd>局长</dd><dd>刘某</dd></dl>"
            "<dl><dt>县民政局</dt><dd>局长</dd><dd>陈某</dd></dl></body></html>")
    held = _held(html)
    assert not {("刘某", "县教育局"), ("陈某", "县教育局")} & held


def test_a_leader_list_still_reads_as_rows():
    html = ("<html><head><title>领导信息_安吉县人民政府</title></head><body><h1>安吉县人民政府领导信息</h1>"
            "<ul><li><span>张华</span><span>副县长</span></li>"
            "<li><span>陈明</span><span>县委常委、副县长</span></li></ul></body></html>")
    assert {p for p, _ in _held(html)} >= {"张华", "陈明"}
