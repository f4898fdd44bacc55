"""Cue positions of the metrics stage, found once per article text and looked up by bisection.

Every figure of an article asks where the last cue word of its sentence or clause starts
(分别 before a list of figures, …); a `str.rfind` per cue word per figure searched the same
characters again for each figure.  Here each word's starts are found once per text (kept in a
`TextMemo`, so nothing is shared between documents) and each question is a bisection."""
from __future__ import annotations

from bisect import bisect_right

from ..text import TextMemo, find_all

_WORD_STARTS = TextMemo()  # text -> {word: the sorted starts of its occurrences}


def rfind_words(text: str, words: tuple[str, ...], lo: int, hi: int) -> int:
    """`max(text.rfind(w, lo, hi) for w in words)`: the last start of any of `words` lying wholly
    in text[lo:hi], -1 when there is none (a negative bound counts from the end, as in
    `str.rfind`)."""
    if lo < 0 or hi < 0:
        lo, hi, _ = slice(lo, hi).indices(len(text))
    known = _WORD_STARTS.of(text)
    best = -1
    for w in words:
        at = known.get(w)
        if at is None:
            at = known[w] = find_all(text, w)
        k = bisect_right(at, hi - len(w)) - 1
        if k >= 0 and at[k] >= lo and at[k] > best:
            best = at[k]
    return best
