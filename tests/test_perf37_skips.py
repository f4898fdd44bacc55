"""perf37: cheaper per-candidate work that must not change any answer.

- `abbreviations.find_abbreviations` skips a one-character short form none of `_after_verb`,
  `_side`, `_alone` can read (`_may_read`: a verb of its readings right before it, a side word
  right after it, an `alone` reading); with the gate forced open the answers are the same, on
  texts that trigger each rule and on texts whose characters of the class read as nothing.
- `NameFinder._boundary` is answered once per position: the same answer as `_boundary_at`.
- `numbers._noun_end` steps over a run of ideographs at once: the same end as the loop of one
  character at a time, with quotes, digits, letters-and-digits names and stops in the run.
- `text.display_width` counts the narrow characters: the same width as len + the wide ones.
"""
from __future__ import annotations

import re

from conftest import extract_text

from kg import text as T
from kg.stages import abbreviations as A
from kg.stages import numbers as N
from kg.stages import posts as P

_ABBREVIATED = (
    "外交部长王毅访华期间表示，中方愿同美方加强合作。俄将派团来京，中美关系稳定发展。",
    "中俄两国元首会晤，中、美、俄三国代表出席。美军在日部署，日方表示关切。",
    "其中美丽乡村建设加快，中心城区日新月异，俄罗斯客商来访，美国总统发表讲话。",
    "驻华使节抵沪参观，在京期间会见京津冀代表，俄国内市场需求旺盛，巴南部遭遇洪水。",
    "市长韩军在韩国访问，书记华春莹出席，中方向索方提供援助，以方便群众。",
)


def _readings(text: str) -> list:
    return [(i, r.name, rule) for i, r, rule in A.find_abbreviations(text, lambda k: True, text)]


def test_abbreviation_gate_keeps_every_answer(monkeypatch):
    gated = [_readings(t) for t in _ABBREVIATED]
    rules = {rule for answers in gated for _i, _n, rule in answers}
    assert {"verb", "side", "alone", "run"} <= rules  # (the texts trigger every reader)
    monkeypatch.setattr(A, "_may_read", lambda text, i: True)
    assert [_readings(t) for t in _ABBREVIATED] == gated


def test_abbreviation_gate_turns_away_plain_words():
    text = "其中美丽乡村建设加快，中心城区日新月异。"
    assert not any(A._may_read(text, m.start()) for m in A._abbr_re()[0].finditer(text))
    assert A._may_read("访华", 1) and A._may_read("中方", 0) and A._may_read("俄将", 0)


def test_short_forms_still_read_through_the_pipeline():
    doc = extract_text("外交部长王毅访华期间表示，中方愿同美方加强合作。中美关系稳定发展。")
    got = {(m.surface, m.norm) for m in doc.mentions if m.rule.startswith("gazetteer.abbreviation")}
    assert ("华", "中国") in got and ("美", "美国") in got


_NAMED = (
    "县委书记王建国、县长李明清，副县长欧阳海出席。外交部长王毅同阿联酋外长会谈，王毅时说。",
    "免去汤文胜、王荔孟州市人民政府副市长职务。县长李明来泾县经济开发区调研。王毅应欧盟邀请。",
)


def test_boundary_memo_gives_the_computed_answer():
    for text in _NAMED:
        finder = P.NameFinder(text, [(18, 23)], frozenset({(18, 23)}))
        fresh = P.NameFinder(text, [(18, 23)], frozenset({(18, 23)}))
        for i in range(len(text) + 2):
            assert finder._boundary(i) == fresh._boundary_at(i) == finder._boundary(i)


def _noun_end_by_character(text: str, i: int, reach: int) -> int:
    n, j = len(text), i
    while j < n and j - i < reach and text[j] not in N._STOP and text[j] not in N._OPEN_QUOTES \
            and text[j] not in N._CLOSE_QUOTES and not text[j].isdigit():
        code = N._CODE_NAME.match(text, j) if text[j].isascii() and text[j].isalpha() else None
        j = code.end() if code else j + 1
    return j


def test_noun_end_matches_the_loop_by_character():
    texts = ("3393个“健康小屋”建成", "PM2.5平均浓度下降12%，优良天数比例为87.5%", "24个项目已竣工投产，总投资3.2亿元",
             "1000名维和人员和3所高等院校ABC123号楼", "18个县(市、区)委书记参加会议", "近千人参加活动①②③，涉及5镇3乡")
    for text in texts:
        for i in range(len(text) + 1):
            for reach in (0, 1, 5, 24):
                assert N._noun_end(text, i, reach) == _noun_end_by_character(text, i, reach)


def test_display_width_counts_wide_characters_twice():
    wide = re.compile(T._WIDE.pattern)
    for line in ("", "年份 2023", "二〇二三年“两会”……——", "ＡＢＣ１２３ abc", "한국어 テスト ｶﾀｶﾅ", "\ud800x"):
        assert T.display_width(line) == len(line) + len(wide.findall(line))
