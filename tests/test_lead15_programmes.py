"""A count of projects is no project's name (lead15): 林芝市已组织复工51个重点项目 names 51 projects,
not one called 已组织复工51个重点; a project named after its place stays one (固安县航天产业园项目)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _programmes(doc):
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_a_count_of_projects_is_no_name():
    doc = _PIPE(text_doc("重点工程开建\n此前，林芝市已组织复工51个重点项目，年内投资金额达15亿元。"
                         "石泉县已经集中开工两批次27个重点项目。"))
    assert not _programmes(doc)


def test_a_project_named_after_its_place_stays():
    doc = _PIPE(text_doc("项目建设\n其中，固安县航天产业园项目计划投资32亿元。"))
    assert "航天产业园" in _programmes(doc)
