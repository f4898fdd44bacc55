"""A name is not extended by the verb after it (主任李谦作的报告: 李谦 + 作的; 王明作了发言), while a
three-character name before a verb stays whole.  Sentences in the shape of county people's congress
reports."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def persons(text: str) -> set[str]:
    doc = _PIPE(text_doc(text))
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_verb_with_de_after_a_two_character_name_is_no_part_of_it():
    names = persons("县人大常委会召开会议\n会议听取了县人大常委会办公室主任李谦作的关于代表工作情况的报告。")
    assert "李谦" in names and "李谦作" not in names


def test_a_three_character_name_before_the_same_verb_is_kept():
    names = persons("县人大常委会召开会议\n会议听取了副县长程海龙作的关于“健康绛县”建设情况的报告。")
    assert "程海龙" in names
