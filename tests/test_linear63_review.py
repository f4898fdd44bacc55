"""Review of round 63: the POS finder's check that a place word opens the short name of a division the text
names in full (zhejiang63: 南浦溪生态 where the text names 南浦溪镇) searched the whole text for each place word
it judged, so a long text of such words grew with its square (`benchmarks/linear.py --shapes town-stems`, 25k / 50k
/ 100k characters: 0.53 / 1.27 / 3.51 s, growth 2.41× and 2.77×; now 0.40 / 0.76 / 1.54 s, 1.92× and 2.02×).  The full names are now indexed once
per text; this counts the index's builds against the checks that read it."""
import sys
from pathlib import Path

from kg.builder import _pipeline
from kg.model import Doc
from kg.stages.entities import pos

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from linear import shape  # noqa: E402


def test_named_division_stems_are_indexed_once_per_text():
    pos._named_division_stems.cache_clear()
    doc = _pipeline(None)(Doc(id="d", source="d.txt", text=shape("town-stems", 20000)))
    info = pos._named_division_stems.cache_info()
    assert info.hits >= 100, info  # the check ran for many place words…
    assert info.misses <= 2 * len(doc.articles), info  # …and the text was indexed once per article


class _CountingSpans(list):
    """The taken spans as the posts stage passes them (a list), counting the scans of `in`."""
    scans = 0

    def __contains__(self, item):
        type(self).scans += 1
        return super().__contains__(item)


def test_spans_inside_reads_a_set_of_the_taken_spans():
    """`benchmarks/linear.py --shapes organisers` (one clause of bodies joined by 和/与, 25k / 50k / 100k characters)
    took 1.23 / 4.78 / 17.30 s, growth 3.9× and 3.6× (on 683a5fb8 too: 3.6×): `NameFinder._spans_inside` asked a
    list of every span of the article `(s, e) in taken` up to 144 times a call.  Now 0.38 / 0.71 / 1.43 s."""
    from kg.stages.posts import NameFinder
    taken = _CountingSpans([(k, k + 2) for k in range(0, 3000, 3)])
    finder = NameFinder("某" * 3000, taken)
    _CountingSpans.scans = 0
    assert finder._spans_inside(7, 9) is False and finder._spans_inside(6, 9) is True
    assert _CountingSpans.scans == 0


def test_storm_names_are_read_once_per_text():
    """`--shapes programmes` (quoted programmes named by their places): each quoted name was looked for after every
    storm word by a search of the whole text (2.57 s at 100k characters, growth 2.65×); the names quoted after a
    storm word are now read once per text (1.43 s, 2.07×)."""
    from kg.stages.entities import programmes
    programmes._storm_names.cache_clear()
    doc = _pipeline(None)(Doc(id="d", source="d.txt", text=shape("programmes", 20000)))
    info = programmes._storm_names.cache_info()
    assert info.hits >= 100 and info.misses <= 2 * len(doc.articles), info
    assert programmes._storm_name("今年第22号台风“山竹”造成受灾。部署“山竹”防御工作。", "山竹")
    assert not programmes._storm_name("开展“山竹”行动。", "山竹")
