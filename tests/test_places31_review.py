"""Review of round 15: 以 before 中 is the preposition (以中巴经济走廊为引领) but not before a word
that makes the run two countries (以中两国, 以中关系: Israel and China)."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _places(text: str) -> set[str]:
    return {e.name for e in _FULL(text_doc(text)).entities.values() if e.type == "Place"}


def test_israel_and_china_before_a_pair_word():
    assert {"以色列", "中国"} <= _places("以中两国建交以来，合作成果丰硕。")
    assert {"以色列", "中国"} <= _places("以中关系稳步发展。")


def test_the_preposition_stays_before_a_corridor():
    assert "以色列" not in _places("我们要以中巴经济走廊为引领，推进合作。")
