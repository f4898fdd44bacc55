"""perf95: cheaper first tests in the posts and programme stages that must not change any answer.

- `posts._other_evidence` first asks `_no_evidence_before`: can any of its look-backs pass at p
  (the character before p ends a cue word, a gap or an appointment verb; p right after a body; an
  honorific a few characters on)?  With that gate forced open the same persons, posts and rules
  come out of texts that exercise each look-back (分别为, 决定由, 目前, 会见了, 参会人员有, 接受…辞职, a
  dated opening, a body then its officer, an honorific), and the gate does close on plain text.
- `programmes._by_rules` guards the tour and located-project rules by their head word right
  before what must follow it (行活动, 项目位于): the same programmes as with the word guards alone.
- `programmes._YEAR_EVENT_RE` puts its look-behind after the year's first digit, so re can skip to
  digits: the same matches as the look-behind before the year.
"""
from __future__ import annotations

import re

from conftest import extract_text, programmes_in
from test_perf39p_skips import _posts_read  # (persons with their spans and rules, and the posts held)

from kg.stages import posts as P
from kg.stages.entities import programmes as G
from kg.text import DIGIT, words_guard

_EVIDENCE = (
    "会议决定由王建国同志任县人民政府副县长。目前，李明清担任县财政局局长。",
    "县委书记、县长分别为王刚、李明。省长会见了张三一行。",
    "参会人员有石光厅长、马涛副厅长。会议接受于某因工作调动请求辞去副主任职务的请求。",
    "2023年3月，王建国任县发展和改革局局长。县人力资源和社会保障局局长刘洋介绍，全县新增就业1200人。",
    "市人大常委会任命了王某为市人民政府副市长，免去了年仅55岁的何亚非的副主任职务。",
    "在座谈会上，陈先生表示感谢。吴建国先生、李红女士出席。县长王刚在县城调研。",
)
_PLAIN = "全县完成粮食播种面积12万亩，同比增长3.2%，其中小麦种植面积5万亩，玉米种植面积4万亩，蔬菜产量稳步增长。" * 3


def test_evidence_gate_keeps_every_answer(monkeypatch):
    gated = [_posts_read(t) for t in _EVIDENCE]
    names = {s for persons, _ in gated for s, _a, _r in persons}
    assert {"王建国", "李明清", "石光", "马涛"} <= names
    monkeypatch.setattr(P, "_no_evidence_before", lambda scan, p, lo, last: True)
    assert [_posts_read(t) for t in _EVIDENCE] != gated  # (the texts do reach the look-backs the gate skips)
    monkeypatch.setattr(P, "_no_evidence_before", lambda scan, p, lo, last: False)
    assert [_posts_read(t) for t in _EVIDENCE] == gated


def test_evidence_gate_closes_on_plain_text(monkeypatch):
    closed = []
    gate = P._no_evidence_before

    def counting(scan, p, lo, last):
        answer = gate(scan, p, lo, last)
        closed.append(answer)
        return answer

    monkeypatch.setattr(P, "_no_evidence_before", counting)
    extract_text(_PLAIN + _EVIDENCE[1])
    assert closed and any(closed) and not all(closed)  # (it spares most candidates, not every one)


_PROGRAMME_TEXTS = (
    "我县开展“全国网络媒体湖北行活动”，邀请媒体采风。开展全国网络媒体湖北行活动。",
    "滨湖生态农业园项目位于中垾镇滨湖村，总投资5亿元。天福养老产业项目位于盘陀镇。",
    "项目建设稳步推进，全县项目位于前列。湖北行，行稳致远。",
    "2024湖北县域经济高峰论坛在宜昌举行。12024中国国际数字经济博览会开幕。2023中国国际数字经济博览会开幕。",
)


def test_pair_guards_find_what_the_word_guards_find(monkeypatch):
    paired = [programmes_in(t) for t in _PROGRAMME_TEXTS]
    assert any(paired)
    monkeypatch.setattr(G, "_RULE_GUARDS", tuple(words_guard(rule.pattern) for rule in G.RULES))
    assert [programmes_in(t) for t in _PROGRAMME_TEXTS] == paired


def test_year_event_pattern_matches_as_the_look_behind_before_the_year():
    new = G._YEAR_EVENT_RE.pattern
    head = f"([{DIGIT}](?<![{DIGIT}]{{2}})[{DIGIT}]{{3}}"
    assert new.startswith(head)
    old = re.compile(f"(?<![{DIGIT}])([{DIGIT}]{{4}}" + new[len(head):])
    for text in _PROGRAMME_TEXTS:
        got = [(m.span(), m.groups()) for m in G._YEAR_EVENT_RE.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in old.finditer(text)]
    assert any(G._YEAR_EVENT_RE.finditer(_PROGRAMME_TEXTS[3]))
