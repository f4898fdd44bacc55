"""Faster paths of the metrics stage (kg/stages/metric_cues.py, kg/stages/metrics.py) answer as
the old ones: the cue look-ups by bisection against `str.rfind`, the remembered helpers against
their first answer."""
import random

from kg.stages import metrics
from kg.stages.metric_cues import rfind_words


def test_rfind_words_is_max_of_rfind():
    """`rfind_words` is `max(text.rfind(w, lo, hi) for w in words)` for any bounds (negative ones
    count from the end, a bound past the text, lo after hi), overlapping words and a word found
    at the text's very end: the look-back `_rfind_respective` replaced asked exactly that."""
    rng = random.Random(23)
    words = ("分别", "依次", "别分")
    for _ in range(20000):
        text = "".join(rng.choice("分别依次x") for _ in range(rng.randint(0, 12)))
        lo, hi = rng.randint(-15, 15), rng.randint(-15, 15)
        assert rfind_words(text, words, lo, hi) == max(text.rfind(w, lo, hi) for w in words)


def test_rfind_respective_in_a_sentence():
    """The last 分别/依次 of the sentence part asked about, as before."""
    text = "工业、农业增加值分别增长5%、3%，三次产业依次为a、b、c。"
    assert metrics._rfind_respective(text, 0, len(text)) == text.index("依次")
    assert metrics._rfind_respective(text, 0, text.index("，")) == text.index("分别")
    assert metrics._rfind_respective(text, text.index("分别") + 1, text.index("，")) == -1


def test_level_of_is_remembered_and_unchanged():
    """`_level_of` (now remembered per indicator) gives the level a change measures, the
    indicator itself when it names no change."""
    assert metrics._level_of("固定资产投资同比增长") == "固定资产投资"
    assert metrics._level_of("固定资产投资同比增长") == "固定资产投资"  # (the remembered answer)
    assert metrics._level_of("财政收入") == "财政收入"


def test_judged_periods_go_on_from_an_earlier_figure():
    """`_judge_periods` given the answers for the periods an earlier figure of the sentence found
    (a shorter span from the same start) answers as judging every period afresh: the compared
    chain (高于上年全年和上年同期: the period joined to a compared one is compared too) and a book
    title's years in between carry over; a different opening is judged again."""
    texts = ["2023年，全县生产总值254.5亿元，比上年增长5.2%，高于上年全年和上年同期1.2个百分点，"
             "对接《2018至2040年发展战略》，1-5月完成投资30亿元，占全年目标任务的78.1%。",
             "一季度，全市规上工业增加值同比增长9.9%，较2022年同期提高2个百分点，4月份增长8%。"]
    for text in texts:
        found = metrics.find_periods(text)
        assert len(found) >= 3
        for k in range(len(found) + 1):
            earlier = metrics._judge_periods(text, found[:k])
            for m in range(k, len(found) + 1):
                assert metrics._judge_periods(text, found[:m], earlier) == metrics._judge_periods(text, found[:m])
        other = [(0, 2, "其他")] + found[1:]
        assert metrics._judge_periods(text, other, metrics._judge_periods(text, found)) \
            == metrics._judge_periods(text, other)
        kept = [p for p, (k, _e) in metrics._judge_periods(text, found) if k]
        assert metrics._figure_periods(text, 0, len(text)) == kept


def test_scope_matches_are_the_span_scan():
    """`_ArticleView._scope_matches` (the article's scope words found once, bisected per span)
    gives the matches of `_SCOPE_RE.finditer(text, start, end)` for any span: a word of the whole
    text crossing a bound (全国人|大 cut at the figure) sends the span back to its own scan."""
    class View(metrics._ArticleView):
        def __init__(self, text):  # (only what the scope look-up reads)
            self.text, self._scopes, self._scope_starts = text, None, []
    rng = random.Random(23)
    pieces = list(metrics._SCOPES) + list("，。的x1国省市全")
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        view = View(text)
        for _ in range(20):
            a, b = rng.randint(-2, len(text) + 2), rng.randint(-2, len(text) + 2)
            assert [(m.span(), m.group(0)) for m in view._scope_matches(a, b)] \
                == [(m.span(), m.group(0)) for m in metrics._SCOPE_RE.finditer(text, a, b)]


def test_states_year_remembered():
    """`periods.states_year` (now remembered per words) answers as before, asked twice."""
    from kg.periods import states_year
    for _ in range(2):
        assert states_year("2022年") and states_year("今年") and states_year("过去五年")
        assert not states_year("全年") and not states_year("一季度") and not states_year("1至5月")
    assert hasattr(states_year, "cache_info")  # (the faster path is the one tested)
