"""Character classes are defined once, in `kg/text.py` (HAN, CJK, DIGIT, LATIN: the way spaCy keeps
`lang/char_classes.py`), and every module reads them from there.  Eighty patterns of the stages and readers
once spelled the Han range out (`\\u4e00-\\u9fff`, in raw, plain and f-strings alike), so a change of
what counts as a name's character (Extension A, compatibility ideographs) would have had to find
them all; now a module writes `[{HAN}]` (or `[{IDEOGRAPH}]` with Extension A, for a byline's names
and the readers' pinyin glosses) or calls `is_han`.  Only kg/text.py writes the ranges."""
from __future__ import annotations

import re
from pathlib import Path

from kg.text import HAN, is_han

KG = Path(__file__).resolve().parent.parent / "kg"
_SPELLED = re.compile(r"\\u4e00|\\u9fff|[\u3400\u4e00]-\u9fff")


def _spellings(path: Path) -> list[int]:
    """Lines of `path` writing the Han range's bounds themselves (escaped or literal)."""
    return [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if _SPELLED.search(line)]


def test_no_module_but_kg_text_spells_the_han_range_itself():
    found = {p.relative_to(KG.parent).as_posix(): lines
             for p in sorted(KG.rglob("*.py")) if p != KG / "text.py" and (lines := _spellings(p))}
    assert not found, f"write [{{HAN}}] or is_han (kg.text) instead of the range: {found}"


def test_the_check_sees_every_way_of_writing_the_range(tmp_path):
    src = tmp_path / "m.py"
    src.write_text('A = r"[\\u4e00-\\u9fff]"\nB = "[\u4e00-\u9fff]"\nC = f"[{HAN}]"\nD = "\\u4e00" <= c\n'
                   'E = "[\u3400-\u9fff]"\n', encoding="utf-8")
    assert _spellings(src) == [1, 2, 4, 5]


def test_the_stages_han_class_is_the_cjk_unified_block():
    """What every stage now reads: 魏, 县 and 鿏 are Han, the ideographic space, a full-width digit,
    Extension A's 㐀 and an empty string are not."""
    assert re.fullmatch(f"[{HAN}]+", "魏县鿏")
    assert [is_han(c) for c in ("魏", "\u3000", "１", "\u3400", "")] == [True, False, False, False, False]
