"""The figure grammar's vocabulary is data (issue 12): a cue word added to metric_cues.tsv from a
GOVKG_LEXICON_EXTRA folder changes what is read, with no code edit."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kg import lexicon as L
from kg.metric_words import cue_alt, cues, numeral_forms
from kg.stages.numbers import find_quantities, parse_number, to_chinese

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import json
from kg.stages.numbers import find_quantities
qs = find_quantities("全市新增就业岗位逾3000个，较上年有所增加。")
print(json.dumps([(q.value, q.unit, q.approx, q.qualifier) for q in qs], ensure_ascii=False))
"""


def _probe(extra: Path | None):
    env = dict(os.environ)
    env.pop(L.EXTRA_ENV, None)
    if extra is not None:
        env[L.EXTRA_ENV] = str(extra)
    r = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env,
                       cwd=ROOT, check=True)
    return json.loads(r.stdout)


def test_numerals_come_from_the_table():
    assert numeral_forms("digit")["两"] == 2 and numeral_forms("big")["亿"] == 10 ** 8
    assert parse_number("一百二十") == 120 and parse_number("2.3万") == 23000
    assert to_chinese(100010000) == "一亿零一万"


def test_cue_alternations_keep_longest_first_and_lookaheads():
    words = cue_alt("numbers.approx_pre").split("|")  # (超过 is also inside 不得超过: compare whole words)
    assert words.index("不超过") < words.index("超过")  # the longer word wins at a position
    assert words.index("最高不超过") < words.index("不超过")
    assert "及(?!以上)" in cue_alt("numbers.noun_cut", longest_first=False)
    assert "截止到" in cues("periods.prefix")


def test_a_new_approx_word_is_one_line_of_data(tmp_path):
    """逾 is a built-in approx word; a new one (超出) added as data qualifies the figure."""
    assert _probe(None) == [[3000, "个", True, "逾"]]
    text = "全市新增就业岗位超出3000个。"
    assert all(q.qualifier is None for q in find_quantities(text))
    (tmp_path / "metric_cues.tsv").write_text("list\tword\tnot_before\nnumbers.approx_pre\t超出\n",
                                              encoding="utf-8")
    probe = _PROBE.replace("逾3000个，较上年有所增加", "超出3000个")
    env = dict(os.environ, **{L.EXTRA_ENV: str(tmp_path)})
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                       cwd=ROOT, check=True)
    assert json.loads(r.stdout) == [[3000, "个", True, "超出"]]
