"""Words jieba tags ns that are no places in government text (places14): 西达 (西达川蜀), 三边
(三边会谈), the family name and first given character of a person (吴国|玉同志)."""
from __future__ import annotations

from conftest import names_doc as run


def _places(doc):
    return {m.surface for m in doc.mentions if m.label == "Place"}


def test_verbs_and_common_words_are_no_places():
    doc = run("线路东起江浙，西达川蜀。三边会谈在日内瓦举行。")
    assert not {"西达", "三边"} & _places(doc)


def test_a_family_name_and_the_first_given_character_are_no_kingdom():
    doc = run("吴国玉同志在会上讲话。会上，吴国玉表示要抓好落实。")
    assert "吴国" not in _places(doc)


def test_the_kingdom_in_a_history_stays():
    doc = run("春秋时期吴国的都城位于今苏州一带。")
    assert "吴国" in _places(doc)
