"""Faster paths of round 21 that must answer exactly as the code they replaced.

- `kg.text.rfind_any` now stands for `max(text.rfind(ch, lo, hi) for ch in chars)` at twenty more
  look-backs (metrics, posts, relations); some pass `lo - 1` or `p - 1`, which can be negative,
  and `str.rfind` counts a negative bound from the end: rfind_any must do the same.
- `metrics._run_figures` is answered once per article text and start.
- `posts._next_colon` finds a sentence's first colon by one regex search (it was a Python loop
  over every character of every sentence).
"""
import random

from kg.stages import metrics, posts
from kg.text import rfind_any


def test_rfind_any_is_max_of_rfind_with_any_bounds():
    """Negative and out-of-range bounds too (a look-back from lo - 1 at the text's start)."""
    rng = random.Random(21)
    for _ in range(5000):
        text = "".join(rng.choice("甲乙，,；。") for _ in range(rng.randint(0, 14)))
        lo, hi = rng.randint(-16, 16), rng.randint(-16, 16)
        assert rfind_any(text, "，,；", lo, hi) == max(text.rfind(ch, lo, hi) for ch in "，,；")


def test_rfind_any_negative_end_counts_from_the_end():
    text = "全市，增长5%，其中"
    assert rfind_any(text, "，,", 0, -1) == text.rfind("，", 0, -1) == 7


def test_run_figures_remembered_is_the_scan():
    text = "全年基础设施、制造业投资分别增长9.4%、9.1%，比上年提高2个百分点。"
    for k in range(len(text)):
        assert metrics._run_figures(text, k) == tuple(metrics._scan_run_figures(text, k))
        assert metrics._run_figures(text, k) == tuple(metrics._scan_run_figures(text, k))  # the memo's answer


def test_next_colon_is_the_first_colon_in_range():
    text = "出席会议的有：市委副书记:王刚、李明；副市长：张伟"
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            want = next((k for k in range(lo, hi) if text[k] in "：:"), None)
            assert posts._next_colon(text, lo, hi) == want


def test_required_words_are_what_every_match_holds():
    """`text.required_words`: only what a match must consume (not an optional word, not a
    look-around), the most selective list of them."""
    import re
    from kg.text import required_words
    rx = re.compile(r"(?:^|(?<=[，。]))(?:全省|全市)?([一-鿿]{2,8}?(?:大会|论坛))(?=召开|举行)")
    assert required_words(rx) == ("大会", "论坛")
    assert required_words(re.compile(r"(?:位于|地处)[一-鿿]{2,6}的(项目)")) in (("位于", "地处"), ("项目",))
    assert required_words(re.compile(r"(?:大会)?[0-9]+")) is None
    assert required_words(re.compile(r"(?i)abc")) is None
    assert required_words(re.compile(r"(?:第[0-9]+届)+论坛")) == ("论坛",)


def test_programme_rules_skip_only_texts_they_cannot_match():
    """Each programme rule's guard finds its words wherever the rule finds a match."""
    from kg.stages.entities import programmes
    texts = ["2023中国国际大数据产业博览会在贵阳开幕。", "全省安全生产电视电话会议在长沙召开，",
             "我县开展全国网络媒体湖北行活动。", "会议在京召开。", "位于城东的滨湖生态农业园项目，计划投资"]
    for rule, guard in zip(programmes.RULES, programmes._RULE_GUARDS):
        for t in texts:
            if rule.pattern.search(t):
                assert guard is None or guard.search(t), (rule.id, t)


def test_guarded_metric_patterns_find_the_same_matches():
    """metric_words.guarded puts a first-character lookahead before seven metrics patterns scanned
    over every figure's clause; the matches and groups stay those of the bare pattern."""
    import re
    from kg.metric_words import guarded
    bare = re.compile(r"(?:比上年|同比)?(?:增长|下降)(?P<pct>[0-9]+%)")
    fast = guarded(bare)
    assert fast.pattern.startswith("(?=[")
    text = "全县地区生产总值同比增长6%，比上年下降3%，增长12%；下降"
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] \
        == [(m.span(), m.groupdict()) for m in bare.finditer(text)]
    assert guarded(re.compile(r".?abc")).pattern == ".?abc"  # (no guard can be told: unchanged)
