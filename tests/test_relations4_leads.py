"""Who leads a programme, said in the sentence after the one that names it: 市农业农村局牵头，… opening
the next sentence, or 此次行动由A牵头 when the headline names no programme.  Sentences written like
government news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "numbers", "entities", "resolve", "posts", "relations"))


def runs(text: str) -> set[tuple[str, str]]:
    doc = _PIPE(text_doc(text, "t"))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "runs"}


def test_a_lead_clause_opening_the_next_sentence_runs_the_programme_before():
    got = runs("邯郸市开展清洁家园行动\n3月2日，邯郸市启动“清洁家园”专项行动。市农业农村局牵头，各县区具体实施。")
    assert ("邯郸市农业农村局", "清洁家园") in got


def test_an_anaphor_of_the_next_sentence_names_the_organiser():
    got = runs("邯郸市开展清洁家园行动\n3月2日，邯郸市开展“清洁家园”专项行动。该行动由市生态环境局牵头，市住建局配合。")
    assert ("邯郸市生态环境局", "清洁家园") in got
    assert not any(a == "邯郸市住房和城乡建设局" for a, _ in got)  # 配合 is no lead


def test_an_anaphor_whose_head_word_differs_names_no_organiser():
    got = runs("邯郸市开展清洁家园行动\n3月2日，邯郸市开展“清洁家园”专项行动。该项目由市生态环境局牵头实施。")
    assert ("邯郸市生态环境局", "清洁家园") not in got


def test_a_lead_in_another_paragraph_names_no_organiser():
    got = runs("邯郸市开展清洁家园行动\n3月2日，邯郸市启动“清洁家园”专项行动。\n市农业农村局牵头，各县区具体实施。")
    assert ("邯郸市农业农村局", "清洁家园") not in got
