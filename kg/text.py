"""Character classes and text helpers, defined once for every stage.

As `spacy/lang/char_classes.py` is for spaCy: the ranges of Han characters, CJK punctuation,
quotes, closers and terminators, and the helpers that turn word lists into regular-expression
alternations.  Stages import these instead of spelling their own (they had drifted: two `HAN`,
a `_CJK` with another range, `CLOSERS` differing between layout and sentences).  The segmenter
(jieba, configured once) and its dictionary tags live here too, since every stage that asks
"is this a word?" must ask the same dictionary.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

HAN = "\u4e00-\u9fff"  # CJK Unified Ideographs: the characters of names
CJK = "\u3400-\u9fff\uf900-\ufaff"  # with Extension A and compatibility ideographs (names of people)
DIGIT = "0-9０-９"  # full-width digits are digits (１５３３, ２３个项目)
LATIN = "A-Za-zＡ-Ｚａ-ｚ"
CHINESE_NUMERALS = "一二三四五六七八九十百千万"

TERMINATORS = "。！？!?；;"  # end a sentence
LINE_TERMINAL = "。！？!?；;：:…"  # a line ending with one of these ends its sentence
CLOSERS = "”’\"'』」）)】》〉"  # stay with the sentence they close (…全覆盖。”)
CLAUSE_END = "。；;！？!?\n"
CLAUSE_PUNCT = "，,。；;：:！？\n"
OPEN_QUOTES = "“‘「『\"《"
CLOSE_QUOTES = "”’」』\"》"

_HAN_RE = re.compile(f"[{HAN}]")


def is_han(ch: str) -> bool:
    """True for one Han character (False for the empty string)."""
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so a longer word wins at a position)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def alt_ordered(words: Iterable[str]) -> str:
    """A regex alternation of literal words in the given order (for lists whose order is the rule)."""
    return "|".join(re.escape(w) for w in words)


_JIEBA = None


def cache_dir() -> str:
    """The user's cache folder for govkg (`$XDG_CACHE_HOME/govkg`, else `~/.cache/govkg`), where
    jieba keeps its dictionary cache: a file in the shared system temp folder can be planted or
    removed by another user, and is lost at each reboot."""
    import os
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "govkg")


def _writable_cache_dir() -> str:
    """`cache_dir()`, created; a private folder of the system temp when it cannot be written
    (a read-only home, a service account without one)."""
    import os
    import tempfile
    d = cache_dir()
    try:
        os.makedirs(d, exist_ok=True)
        if os.access(d, os.W_OK):
            return d
    except OSError:
        pass
    d = os.path.join(tempfile.gettempdir(), f"govkg-jieba-{os.getuid() if hasattr(os, 'getuid') else 0}")
    os.makedirs(d, exist_ok=True)
    return d


def segmenter():
    """jieba's default tokenizer, its dictionary cache kept in the user's cache folder
    (`cache_dir()`), not in the shared system temp folder."""
    global _JIEBA
    if _JIEBA is None:
        import jieba
        jieba.setLogLevel(60)
        if jieba.dt.tmp_dir is None and jieba.dt.cache_file is None:
            jieba.dt.tmp_dir = _writable_cache_dir()
        _JIEBA = jieba
    return _JIEBA


@lru_cache(maxsize=1)
def word_tags() -> dict:
    """jieba's dictionary tags (ns, nt, nr …) to tell proper names from common words."""
    segmenter()
    import jieba.posseg as pseg
    pseg.dt.initialize()
    return pseg.dt.word_tag_tab


def word_freq() -> dict:
    """jieba's dictionary frequencies, loaded first (an uninitialised tokenizer has none: reading
    them before any segmentation made results depend on which document came first)."""
    j = segmenter()
    j.dt.check_initialized()
    return j.dt.FREQ


def proper(prefix: str) -> bool:
    """True when a name's prefix contains a proper noun or an out-of-vocabulary piece."""
    tags = word_tags()
    for w in segmenter().lcut(prefix, HMM=False):
        t = tags.get(w)
        if t is None or t.startswith(("ns", "nt", "nr", "nz", "j")):
            return True
    return False


def word_bounded(text: str, start: int, end: int) -> bool:
    """A short place name is a word of its sentence, not a piece of another word.

    jieba's dictionary segmentation of its neighbourhood must put a word break where it starts
    (确保|山|更绿 has none before 保山) and where it ends, unless the word it opens is itself a
    name (新疆生产建设兵团, 怒江州: tagged ns/nt/nz); and the word before it must not be a lone
    noun glued to it (河|长治 in 河长治, 茅|塔河 in 茅塔河) — a verb, preposition or punctuation
    before it (在长治, 有莱阳) is fine."""
    lo = max(0, start - 6)
    hi = min(len(text), end + 8)
    tags = word_tags()
    pos, prev, opening = lo, None, None
    breaks = {lo}
    for tok in segmenter().lcut(text[lo:hi], HMM=False):
        if pos + len(tok) <= start:
            prev = tok
        if pos == start:
            opening = tok
        pos += len(tok)
        breaks.add(pos)
    if start not in breaks:
        return False
    if end not in breaks and not (opening and len(opening) > end - start
                                  and (tags.get(opening) or "").startswith(("ns", "nt", "nz"))):
        return False
    if prev is not None and len(prev) == 1 and is_han(prev) and start > lo:
        return not (tags.get(prev) or "n").startswith(("n", "a", "j"))
    return True
