"""tests/README.md maps every test file to the code it tests (a newcomer finds the test of a stage
there): each `tests/test_*.py` must match one of the file patterns the map names, so a new round of
tests is listed when it lands."""
from __future__ import annotations

import fnmatch
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_every_test_file_is_on_the_map():
    patterns = set(re.findall(r"`(test_[^`]+\.py)`", (TESTS / "README.md").read_text(encoding="utf-8")))
    assert patterns
    missing = sorted(f.name for f in TESTS.glob("test_*.py")
                     if not any(fnmatch.fnmatch(f.name, p) for p in patterns))
    assert not missing, f"add these to a row of tests/README.md: {missing}"
