"""perf40x: cheaper work that must not change any answer.

- `kg.fast_pos.viterbi` reads what a step needs from the previous character's states once per
  set of them (`_plan`, kept in `_PLANS`): the same (probability, route) as jieba's own
  viterbi, with the plans cold, warm, and cleared at every step (`_PLANS_MAX` of 1).
- `metrics._partner_place` stops at the first trade-partner run that starts past the place:
  the same answer as looking through every run of the window, at every position of sentences
  with partner runs (我省对美国、东盟分别进出口…) and without.
- `programmes._quoting_editions` skips the scan of a text holding no quote mark: the same spans
  as the scan, on texts with a quoted edition event and with none.
"""
from __future__ import annotations

import pytest

from kg import fast_pos as fp
from kg.stages import metrics as M
from kg.stages.entities import programmes as P

_WINDOWS_TEXT = ("县委书记王建国主持会议，副县长李明、贾斯蒂卡·阿卜杜拉希扬出席。商量过的事项由欧阳明月同志负责，"
                 "米舒斯京总理会见了外交部长王毅，市长张三丰表示，高建军通报情况。张占海算得上是一把好手，"
                 "吴俊清常书铭王建等同志参加。2024年全县完成投资35.6亿元，同比增长8.2%。")


def _tables():
    from kg.text import segmenter
    segmenter()
    import jieba.posseg as pseg
    return pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P


def _windows() -> list[str]:
    t = _WINDOWS_TEXT
    return [t[i:i + n] for i in range(len(t)) for n in (1, 2, 3, 5, 8, 12) if t[i:i + n]]


@pytest.mark.parametrize("plans_max", [4096, 1])
def test_viterbi_plans_give_jiebas_route(monkeypatch, plans_max):
    from jieba.posseg.viterbi import viterbi as jieba_viterbi
    monkeypatch.setattr(fp, "_PLANS_MAX", plans_max)
    fp._PLANS.clear()
    args = _tables()
    windows = _windows()
    expected = [jieba_viterbi(w, *args) for w in windows]
    assert [fp.viterbi(w, *args) for w in windows] == expected  # plans built as they come
    assert [fp.viterbi(w, *args) for w in windows] == expected  # plans read back
    assert len(fp._PLANS) <= plans_max


def test_pos_cut_pairs_unchanged():
    import jieba.posseg as pseg
    _tables()
    for w in ("张占海算得上是一", "吴俊清常书铭王建", "市长张三丰表示", "贾斯蒂卡·阿卜杜拉希扬出席"):
        assert [(p.word, p.flag) for p in fp.pos_cut(w)] == [(p.word, p.flag) for p in pseg.cut(w)]


_PARTNER_TEXTS = (
    "上半年，我省对美国、东盟分别进出口120.5亿元和98.3亿元，中国对美出口增长5.1%。",
    "全年全市对欧盟出口36.2亿元，自日本进口12.4亿元，向俄罗斯出口机电产品8亿元。",
    "全县完成固定资产投资35.6亿元，同比增长8.2%，其中工业投资增长12.1%。",
)


def _partner_reference(text: str, s_start: int, a: int) -> bool:
    from kg.text import MAX_SENTENCE, rfind_any
    cut = max(rfind_any(text, "，,；;：:。", s_start, a) + 1, s_start)
    return any(m.start(1) <= a < m.end(1) for m in M._PARTNER_RUN.finditer(text, cut, a + MAX_SENTENCE))


def test_partner_place_stops_past_the_place():
    hits = 0
    for text in _PARTNER_TEXTS:
        for a in range(len(text)):
            got = M._partner_place(text, 0, a)
            assert got == _partner_reference(text, 0, a), (text, a)
            hits += got
    assert hits > 0  # (the partner runs are read: 美国, 东盟, 欧盟 …)


_EDITION_TEXTS = (
    "第二届“一带一路”国际合作高峰论坛在北京举行，第三届中国国际进口博览会开幕。",
    "第五届中国国际进口博览会在上海开幕，第十四届全运会在西安举行。",
    "县政府召开常务会议，研究部署下一阶段工作。",
)


def test_quoting_editions_without_quotes_skip_the_scan():
    for text in _EDITION_TEXTS:
        marks = P._EVENT_QUOTE_MARKS
        expected = [m.span(1) for m in P._EDITION_EVENT_RE.finditer(text)
                    if any(q in m.group(1) for q in marks) and P._event(text, m, []) is not None]
        assert P._quoting_editions(text, []) == expected
    assert P._quoting_editions(_EDITION_TEXTS[0], [])  # (the quoted edition event is read)
