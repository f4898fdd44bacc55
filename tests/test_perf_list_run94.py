"""`posts._verb_may_close_list` reads a bounded stretch at each candidate, whatever the text's length.

perf93 spared the walk of a 、-list of names inside a clause when no appointment verb can start
where such a list ends: it read the run of characters a list can be made of (`_list_run_re`) from
each candidate to the run's end.  In a long run of names and posts with no stop (the linear.py
shape `posts-no-stop`) that run is the rest of the document, read again at every candidate: the
stage went quadratic (50k/100k/200k characters: 2.5/6.0/18.0 s).  The run is now read only up to
the next verb's start (and a note's width past it), never past the candidate's `hi`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import text_doc

from kg.builder import _pipeline
from kg.stages import posts as P

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from linear import shape as _shape  # noqa: E402


class _Recorder:
    """Stands for the compiled run pattern and keeps how far each match may read."""

    def __init__(self, pattern):
        self.pattern, self.reads = pattern, []

    def match(self, text, pos=0, endpos=None):
        m = self.pattern.match(text, pos) if endpos is None else self.pattern.match(text, pos, endpos)
        self.reads.append((m.end() if endpos is None else endpos) - pos)
        return m


def _longest_read(text: str, monkeypatch) -> int:
    rec = _Recorder(P._list_run_re())
    monkeypatch.setattr(P, "_list_run_re", lambda: rec)
    _pipeline(None)(text_doc(text))
    assert rec.reads  # the guard was asked
    return max(rec.reads)


def test_the_list_run_is_read_a_bounded_stretch(monkeypatch):
    short, long = _shape("posts-no-stop", 10000), _shape("posts-no-stop", 40000)
    a, b = _longest_read(short, monkeypatch), _longest_read(long, monkeypatch)
    assert b <= max(a, 1000)  # four times the text, no longer a read (it grew with the text before)
