"""Review of the fourth round of helpers (session of 2026-12-03): three places where work was not
bounded by the text (`benchmarks/linear.py --shapes headline-list,organisers` shows the time)."""
import subprocess
import sys

from kg.stages import posts as P
from kg.stages import relations as R
from kg.text import MAX_SENTENCE


def test_a_clause_without_a_mark_ends_a_sentence_length_on():
    """A scraped line of appointments (张吉福任…区委书记 齐静任…) has no clause mark: every name of it
    asked for its clause's end, and each scan ran to the line's end (quadratic in the list)."""
    line = " ".join(f"王{n}任平谷区委书记" for n in "一二三四五六七八九十" * 60)
    assert P._clause_end(line, 0, len(line)) == MAX_SENTENCE
    assert P._clause_end("张吉福任区委书记，齐静任区长", 0, 14) == 8  # a mark still ends it


def test_organiser_lists_with_joiners_split_one_way():
    """由A和B与C…主办: an item of the tail after the last organiser held 和/与 inside it, so a long
    list split in exponentially many ways and the match backtracked through all of them
    (农村与农民和 ×15 took 52 s).  Run in a child so that a regression fails instead of hanging."""
    code = ("from kg.stages import relations as R\n"
            "for s in ('农村与农民和' * 15 + '。', '农业和' * 25, '和' * 50):\n"
            "    R._GUIDED_TAIL_RE.match(s, 0); R._ORGANISED_TAIL_RE.match(s, 0)\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


def test_organiser_tail_still_reads_listed_bodies():
    """The items the finder did not know still run up to the verb (、县文明办和县总工会主办)."""
    m = R._ORGANISED_TAIL_RE.match("、县文明办和县总工会联合主办", 0)
    assert m is not None and m.group(0).endswith("主办")
    m = R._GUIDED_TAIL_RE.match("、市旅游协会指导", 0)
    assert m is not None and m.group(0).endswith("指导")
