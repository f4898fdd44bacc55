"""perf39m: cheaper per-figure work of the metrics stage that must not change any answer.

- `_alone_on_line` reads a table cell alone on its line from the line's start over padding,
  the figure and padding after it: the same answer as stripping the whole line (a copy of the
  rest of the line per figure, the whole article when no line break is near), on cells, rows,
  prose, a text of one line and a line whose start repeats the figure's surface.
- `_national` judges each scope word once per sentence (`_scope_judgment`, kept on the view):
  the same subjects and rules as the walk that judged every word again for every figure, on
  sentences that trigger each judgment (a yardstick, a rank, a fund source, money passed up, a
  foreign country's 全国, a local yardstick) and on sentences without any scope word.
"""
from __future__ import annotations

import random

from conftest import extract_text

from kg.stages import metrics as M
from kg.stages.numbers import Quantity, find_quantities


def _strip_reference(text: str, ls: int, q: Quantity) -> bool:
    """The answer before: the whole line from ls, stripped, against the figure's surface."""
    le = text.find("\n", q.end)
    return text[ls:le if le >= 0 else len(text)].strip(M._CELL_PAD) == text[q.start:q.end]


def _cases() -> list[str]:
    rnd = random.Random(39)
    pads = ["", " ", "\t", "\u3000", " | ", "｜", "\r", "  |  "]
    fixed = [
        "表1 2024年1-9月全县主要经济指标\n指标\n地区生产总值\n 285.6 \n增长（%）\n6.5\n",
        "地区生产总值（亿元） | 2856.3 |\n规模以上工业增加值（亿元） | 120.5 | 5.2\n",
        "全县实现地区生产总值285.6亿元，同比增长6.5%，其中第一产业增加值35.2亿元。" * 8,
        "5\n" + "全县共有学校5所。" * 40 + "5",  # (the first line repeats a figure far below)
        "12 | 12\n12\n  12  \n12亿元\n",
    ]
    for _ in range(60):
        figure = rnd.choice(["5", "12.5亿元", "6.5%", "285万人"])
        fixed.append(rnd.choice(pads) + figure + rnd.choice(pads) + rnd.choice(["\n", "", "元\n", "\n下一行"]))
    return fixed


def test_cell_alone_on_its_line_same_as_stripping_the_line():
    checked = alone = 0
    for text in _cases():
        for q in find_quantities(text):
            ls = text.rfind("\n", max(0, q.start - M._ROW_REACH), q.start) + 1
            assert M._alone_on_line(text, ls, q) == _strip_reference(text, ls, q), (text, q)
            checked += 1
            alone += _strip_reference(text, ls, q)
    assert checked > 100 and 0 < alone < checked  # (cells alone and figures in prose both asked)


def test_caption_time_of_a_cell_alone_on_its_line():
    text = ("某县统计局\n表1 2024年1-9月全县主要经济指标\n指标\n地区生产总值（亿元）\n285.6\n"
            "增长（%）\n6.5\n")
    periods = {m.period for m in extract_text(text).metrics}
    assert periods == {"2024-01/2024-09"}  # (285.6 and 6.5, each alone on its line: the caption's months)


def _national_reference(view, s_start, i):
    """`_national` as it was: every scope word judged again for every figure."""
    last = None
    for m in view.scope_words(s_start, i):
        judged = M._scope_judgment(view, s_start, m)
        if judged is M._SCOPE_RESET:
            last = None
        elif judged is not None:
            last = (judged, m.end())
    if not last:
        return None
    if last[0] != "national":
        return False
    return not any(t == "Place" for _a, _b, _k, t, _l in view.mentions_in(last[1], i))


_SCOPED = (
    "新华社北京1月17日电 国家统计局发布，2023年全国粮食总产量69541万吨，比上年增加888万吨，增长1.3%。",
    "2023年，全省规模以上工业增加值增长6.5%，高于全国1.9个百分点，居全国第二位，税收收入120亿元。",
    "全县一般公共预算收入15.2亿元，其中中央预算内投资3000万元，上划中央收入3.78亿元，增长5.1%。",
    "意大利全国新增病例1200例，全国累计确诊3.2万例，全市新增就业1.2万人，高于全市平均水平1.2个百分点。",
    "比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点，全国人大代表12人，全国共有学校50所。",
    "某县今年新建道路12公里，改造桥梁5座，完成投资3.5亿元。",
)


def _metrics(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.indicator, m.subject, m.period, sorted(m.rules)) for m in extract_text(text).metrics]


def test_scope_judged_once_per_sentence_gives_the_same_subjects(monkeypatch):
    shared = [_metrics(t) for t in _SCOPED]
    rules = {r for ms in shared for *_x, rs in ms for r in rs}
    assert "metrics.subject-national" in rules  # (the texts trigger the national scope)
    assert any(r.startswith("metrics.subject-") and r != "metrics.subject-national" for r in rules)
    monkeypatch.setattr(M, "_national", _national_reference)
    assert [_metrics(t) for t in _SCOPED] == shared


def test_a_yardstick_after_the_scope_keeps_the_province():
    doc = extract_text("2023年，江西省规模以上工业增加值增长6.5%，高于全国1.9个百分点。")
    subjects = {doc.entities[m.subject].name if m.subject in doc.entities else m.subject
                for m in doc.metrics if m.value == 6.5}
    assert subjects == {"江西省"}


_MARKED = (
    "每个脱贫县培育2~3个主导产业，每个乡镇配备1名专干，每家企业减负5万元，全县新建学校3所。",
    "龙口、牟平的采购规模分别为3.26亿元和2.63亿元，三次产业增加值依次为12亿元、30亿元、25亿元。",
    "各县区分别完成投资12亿元、8亿元，全市每一个村集体经济收入达到10万元，共有医院4所。",
    "全县实现地区生产总值285.6亿元，同比增长6.5%。",
)


def test_per_each_gate_keeps_every_answer():
    from kg.stages.metric_cues import rfind_words
    from kg.text import rfind_any
    asked = hits = 0
    for text in _MARKED:
        for q in find_quantities(text):
            lo = max(0, q.start - M._PER_EACH_REACH)
            cut = rfind_any(text, "，,。；;：:！？!?\n", lo, q.start)
            ref = rfind_words(text, M.cues("metrics.per_each_marks"), max(lo, cut + 1), q.start) >= 0
            if not (q.unit in M._PERCENT_UNITS or q.unit in M.MEASURE_UNITS or q.unit in M.cues("metrics.money_units")):
                assert M._per_each_count(text, q) == ref, (text, q)
                asked += 1
                hits += ref
    assert asked >= 4 and 2 <= hits < asked  # (counts after 每个 and counts of no norm both asked)


def test_respective_gate_keeps_every_answer():
    from kg.stages.metric_cues import rfind_words
    found = 0
    for text in _MARKED:
        for lo in range(0, len(text), 3):
            for hi in range(lo, len(text) + 1, 5):
                ref = rfind_words(text, M._RESPECTIVE_WORDS, lo, hi)
                assert M._rfind_respective(text, lo, hi) == ref, (text, lo, hi)
                found += ref >= 0
    assert found > 10


def test_respective_lists_still_pair_through_the_pipeline():
    doc = extract_text("2023年，龙口市、牟平区的采购规模分别为3.26亿元和2.63亿元。全年基础设施、制造业投资分别增长9.4%、9.1%。")
    got = {(m.value, m.indicator) for m in doc.metrics}
    assert (9.4, "基础设施投资增长") in got and (9.1, "制造业投资增长") in got


_PROGRAMMES = (
    "“健康小屋”项目今年新建站点120个，服务群众3.5万人次，完成投资800万元。",
    "乡村振兴示范工程共投入资金1.2亿元，带动就业3000人。\n“十四五”期间，全县新增就业2万人，城镇化率达到60%。",
)


def test_opening_entity_answered_once_gives_the_same_answers(monkeypatch):
    shared = [_metrics(t) for t in _PROGRAMMES]
    monkeypatch.setattr(M._ArticleView, "opening_entity", M._ArticleView._opening_entity)
    assert [_metrics(t) for t in _PROGRAMMES] == shared
