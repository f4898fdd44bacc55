"""A programme's later mentions come out the same in every process.

`_with_repeats` looked for the repeats of each campaign name in the order of a set, and a set of
strings is ordered by the process's string hashing (PYTHONHASHSEED): where one name held another
(安全生产专项整治行动 and 安全生产专项整治), which one took a later mention changed from run to run, so
two builds of the same text could differ.  Names are now tried longest first in a fixed order.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("全县开展安全生产专项整治行动。各乡镇开展专项整治行动。"
        "全县在专项整治行动中发现问题。安全生产专项整治行动成效明显。")
SCRIPT = """
import json, sys
from kg.builder import extract_document
from kg.model import Doc
r = extract_document(Doc(id="t", source="t.txt", text=sys.argv[1]))
print(json.dumps(sorted((m.start, m.end, e.name) for e in r.entities.values()
                        if e.type == "Programme" for m in e.mentions), ensure_ascii=False))
"""


def _programme_mentions(seed: int) -> list:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-P", "-c", SCRIPT, TEXT], env=env, cwd=ROOT,
                         capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    return json.loads(out)


def test_a_campaign_repeat_is_the_same_whatever_the_hash_seed():
    runs = [_programme_mentions(seed) for seed in (1, 2, 3)]
    assert runs[0] == runs[1] == runs[2]
    repeats = [m for m in runs[0] if m[0] >= 40]
    assert repeats == [[42, 52, "安全生产专项整治行动"]]
