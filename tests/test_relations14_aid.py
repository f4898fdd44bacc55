"""relations14: a pairing of aid decided by a higher body (省委、省政府作出由A市对口帮扶B县的决策: the body
runs the pairing) and the projects its donor builds (A市援建的X项目、Y项目等: parts of the pairing; not
another investor's project in the same sentence).  Sentences written in the shape of project news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))

_AID = ("峨边县援建项目集中开工\n5月6日，乐山市峨边彝族自治县一批援建项目集中开工。自前年四川省委、省政府作出由台州市"
        "对口帮扶峨边彝族自治县的决策以来，两地合作不断深化。当天开工的有台州市援建的峨边县城北小学扩建项目、"
        "峨边县城南幼儿园新建项目等，还有四川能投集团投资建设的峨边县大堡风电项目。")
_PAIRING = "台州市对口帮扶峨边彝族自治县"


def triples(predicate: str) -> set[tuple[str, str]]:
    doc = _PIPE(text_doc(_AID))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == predicate}


def test_body_deciding_a_pairing_runs_it():
    assert ("四川省委", _PAIRING) in triples("runs")


def test_projects_the_donor_builds_are_parts_of_the_pairing():
    parts = {s for s, o in triples("subProgrammeOf") if o == _PAIRING}
    assert parts == {"峨边县城北小学扩建项目", "峨边县城南幼儿园新建项目"}
