"""The vocabulary of the figure grammar (numbers, metrics, periods, dates), read from data.

Why a module of its own: the numeral table and the cue lists are shared by four modules
(`stages/numbers.py`, `stages/metrics.py`, `periods.py`, `stages/dates.py`), and each needs them
in the same few shapes — a tuple of words in file order, a string of characters, a regular
expression alternation.  The words live in `resources/lexicon/metric_cues.tsv` and
`numerals.tsv` (issue 12: vocabulary is data, code keeps only the grammar).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the regex parser: re._parser from Python 3.11, sre_parse before
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

from .lexicon import load_table


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in load_table("metric_cues"):
        out.setdefault(r["list"], []).append((r["word"], r.get("not_before", "")))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def cues(name: str) -> tuple[str, ...]:
    """The words of one list of metric_cues.tsv, in file order (KeyError for an unknown list,
    so that a renamed list fails loudly instead of matching nothing)."""
    return tuple(w for w, _nb in _lists()[name])  # (cached: the rules ask for a list per figure)


@lru_cache(maxsize=None)
def cue_chars(name: str) -> str:
    """The characters of a `*_chars` list (its rows joined)."""
    return "".join(cues(name))


@lru_cache(maxsize=None)
def cue_alt(name: str, longest_first: bool = True) -> str:
    """A regex alternation of a list: longest first (so 不超过 wins over 超), or in file order.
    A word with a `not_before` value gets a negative lookahead (及 but not 及以上)."""
    rows = _lists()[name]
    if longest_first:
        rows = sorted(rows, key=lambda r: len(r[0]), reverse=True)
    return "|".join(re.escape(w) + (f"(?!{re.escape(nb)})" if nb else "") for w, nb in rows)


@lru_cache(maxsize=1)
def numerals() -> tuple[tuple[str, int | None, str, bool], ...]:
    """(form, value, kind, canonical) of every Chinese numeral, in file order."""
    return tuple((r["form"], int(r["value"]) if r["value"] else None, r["kind"], r["canonical"] == "1")
                 for r in load_table("numerals"))


def numeral_forms(kind: str, canonical: bool | None = None, lo: int | None = None,
                  hi: int | None = None) -> dict[str, int | None]:
    """{form: value} of the numerals of one kind, in file order, optionally only canonical ones
    and values in [lo, hi]."""
    return {f: v for f, v, k, c in numerals()
            if k == kind and (canonical is None or c == canonical)
            and (lo is None or (v is not None and v >= lo)) and (hi is None or (v is not None and v <= hi))}


# --------------------------------------------------------------------------- regex first characters

_CATEGORY_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
                   _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
                   _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def guarded(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with its `first_char_guard` in front (the same matches, the same groups): for a
    pattern opening with optional words, scanned over each figure's clause."""
    guard = first_char_guard(pattern.pattern)  # (grouped: a top-level | would leave all but the first branch unguarded)
    return re.compile(f"{guard}(?:{pattern.pattern})", pattern.flags) if guard else pattern


def _first_of_sequence(seq) -> tuple[list | None, bool]:
    """(what can begin a match of a parsed sequence, whether it can match empty); None: anything."""
    out: list = []
    for op, av in seq:
        items, nullable = _first_of_item(op, av)
        if items is None:
            return None, False
        out.extend(items)
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op, av) -> tuple[list | None, bool]:
    """`_first_of_sequence` for one parsed item; an item it does not know is `anything`."""
    if op is _sre.LITERAL:
        return [(op, av)], False
    if op is _sre.IN:
        return (None, False) if any(o is _sre.NEGATE for o, _a in av) else (list(av), False)
    if op is _sre.BRANCH:
        out, nullable = [], False
        for seq in av[1]:
            items, n = _first_of_sequence(seq)
            if items is None:
                return None, False
            out.extend(items)
            nullable = nullable or n
        return out, nullable
    if op is _sre.SUBPATTERN:
        return (None, False) if av[1] or av[2] else _first_of_sequence(av[3])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        items, n = _first_of_sequence(av[2])
        return items, n or av[0] == 0
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return [], True  # zero width: the character after it begins the match
    return None, False


def first_char_guard(pattern: str) -> str:
    """A lookahead `(?=[…])` of every character a match of `pattern` can begin with ("" when that
    cannot be told, or the pattern can match nothing at all).  Why: a pattern that opens with an
    optional word list is tried in full at every position of the text; put in front of it, the
    guard turns most positions away with one character test, and finds exactly the same matches."""
    parsed = _sre_parse.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    items, nullable = _first_of_sequence(parsed.data)
    if items is None or nullable:
        return ""
    parts = []
    for op, av in items:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORY_CLASS:
            parts.append(_CATEGORY_CLASS[av])
        else:
            return ""
    return "(?=[" + "".join(dict.fromkeys(parts)) + "])" if parts else ""


@lru_cache(maxsize=1)
def weekday_after_date() -> str:
    """A pattern of the weekday a date line may carry after the date (2022年6月3日 星期五, 2025年7月23日
    (星期三), 宁波日报 2023年12月21日 星期四), optional: one definition for the dates and chrome stages."""
    return (rf"(?:[ \t\u3000]*[（(]?(?:{cue_alt('dates.weekday_words', False)})"
            rf"[{cue_chars('dates.weekday_chars')}][）)]?)?")
