"""programmes14: a project a body builds at a named place, unquoted (…公司在…经济开发区建设光伏储能项目):
the run after the verb of building up to 项目 is its name; a kind or count of projects (一批重点项目), a
clause (建设的项目) or a longer name (…项目部) is none.  Sentences written in the shape of county news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def build(text: str):
    return _PIPE(text_doc(text))


def programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def triples(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == predicate}


_BUILT = "县委书记一行听取了国网四川电力公司在开江县经济开发区建设光伏储能项目情况汇报。"


def test_project_built_at_a_place_is_named():
    doc = build(_BUILT)
    assert "光伏储能项目" in programmes(doc)
    assert ("国网四川电力公司", "光伏储能项目") in triples(doc, "runs")
    assert ("光伏储能项目", "开江县经济开发区") in triples(doc, "implementedIn")


def test_kinds_counts_and_longer_names_are_no_project():
    assert not programmes(build("今年，我县将在全县建设一批重点项目。"))
    assert not programmes(build("省发展改革委计划在成都市建设的项目有12个。"))
    assert not programmes(build("该公司在普安镇投资建设生猪养殖项目部。"))


def test_no_place_after_zai_names_no_project():
    # 在乡村振兴中: no place between 在 and the verb
    assert "特色产业项目" not in programmes(build("在乡村振兴中建设特色产业项目，带动群众增收。"))
