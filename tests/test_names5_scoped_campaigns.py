"""A campaign of a whole county or city (全县开展农村人居环境整治专项行动) is one name without the verb
that runs it: not two overlapping programmes (开展…专项行动 and …专项行动). Sentences written like
county government news."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def run(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(text_doc(text))


def programmes(doc: Doc) -> list[str]:
    return sorted(m.surface for m in doc.mentions if m.label == "Programme")


def test_the_verb_after_the_scope_is_no_part_of_the_campaign():
    doc = run("2024年4月2日，全县开展农村人居环境整治专项行动，清理村庄垃圾。")
    assert programmes(doc) == ["农村人居环境整治专项行动"]


def test_a_campaign_named_by_what_it_fights_keeps_its_verb():
    doc = run("2024年4月2日，全市打击非法采砂专项行动取得阶段性成效。")
    assert programmes(doc) == ["打击非法采砂专项行动"]
