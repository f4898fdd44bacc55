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

from .lexicon import load_table


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in load_table("metric_cues"):
        out.setdefault(r["list"], []).append((r["word"], r.get("not_before", "")))
    return {k: tuple(v) for k, v in out.items()}


def cues(name: str) -> tuple[str, ...]:
    """The words of one list of metric_cues.tsv, in file order (KeyError for an unknown list,
    so that a renamed list fails loudly instead of matching nothing)."""
    return tuple(w for w, _nb in _lists()[name])


def cue_chars(name: str) -> str:
    """The characters of a `*_chars` list (its rows joined)."""
    return "".join(cues(name))


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
