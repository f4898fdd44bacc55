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
