"""Words of statistics and administration jieba's dictionary tags as places (places13, on unseen
statistics releases and county news): no place."""
from __future__ import annotations

from conftest import names_doc as run


def test_statistics_and_administration_words_are_no_places():
    doc = run("电力供应业增加值下降3.6%，下拉0.25个百分点。该乡抽调土地、城建、电力部门人员，"
              "该县位列全国百强县第三。")
    got = {m.surface for m in doc.mentions if m.label == "Place"}
    assert not got & {"下拉", "城建", "百强县"}
