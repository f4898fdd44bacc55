"""Every module-level pattern of the pipeline is spelled the same in every process.

Many alternations are built from sets of lexicon words, and a set of strings is ordered by the
process's string hashing (PYTHONHASHSEED).  Words of one length were joined in that order, and the
first characters of the approximate-number cues were joined from a set, so the pattern text changed
from run to run.  For literal alternatives longest first the matches cannot differ, but any
alternative that is not a plain literal, or a pattern cache keyed by the text, would make two builds
of one text differ.  `text.alt` now orders words of one length by code point, and the joins that did
not go through it do.
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import json, re, sys
import kg.pipeline
kg.pipeline._load_builtin()
out = {}
for name, mod in sorted(sys.modules.items()):
    if name == "kg" or name.startswith("kg."):
        for attr, value in sorted(vars(mod).items()):
            if isinstance(value, re.Pattern):
                out[f"{name}.{attr}"] = value.pattern
print(json.dumps(out, ensure_ascii=False))
"""


def _patterns(seed: int) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-P", "-c", SCRIPT], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_module_patterns_do_not_depend_on_string_hashing():
    first, second = _patterns(1), _patterns(2)
    assert len(first) > 500  # the stages' patterns were all seen
    changed = sorted(k for k in first if first[k] != second.get(k))
    assert changed == []


def test_alt_orders_words_of_one_length():
    from kg.text import alt
    assert alt(["援建", "对口援建", "共建"]) == "对口援建|共建|援建"
    assert re.fullmatch(alt({"乙", "甲", "丙"}), "甲")
