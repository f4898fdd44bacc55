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


def test_what_a_head_of_state_sends_is_no_name():
    names = persons("王毅出席中拉论坛部长级会议\n外交部长王毅在开幕式上宣读了习近平主席贺信。")
    assert "贺信" not in names and "王毅" in names


def test_an_assistant_minister_holds_a_post_in_the_ministry():
    doc = _PIPE(text_doc("中拉论坛部长级会议\n国家发改委副主任王晓涛、商务部部长助理李成钢在全会上发言。"))
    name = {k: e.name for k, e in doc.entities.items()}
    rels = {(name[r.subject], r.predicate, name[r.object]) for r in doc.relations}
    assert ("李成钢", "holdsPost", "商务部") in rels
