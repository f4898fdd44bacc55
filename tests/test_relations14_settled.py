"""relations14: a programme set down in a place by a verb of settling right after its name (…公司…最后将
“X基地”落地在Y镇; 该项目落户于…) is implemented there, also when the name was introduced earlier.
Sentences written in the shape of county farm news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def implemented(text: str) -> set[tuple[str, str]]:
    doc = _PIPE(text_doc(text))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "implementedIn"}


_SETTLED = ("开江县召开猕猴桃种植培训会\n4月8日，开江县农业农村局在讲治镇双河村黄金猕猴桃基地举行了猕猴桃种植现场培训会。"
            "基地负责人介绍，公司历经三年考察，最后将黄金猕猴桃基地落户在讲治镇，看中的是当地的气候和土壤。")


def test_programme_settled_in_a_place_is_implemented_there():
    assert ("黄金猕猴桃基地", "讲治镇") in implemented(_SETTLED)


def test_place_not_right_after_the_verb_is_not_where_it_settled():
    text = _SETTLED.replace("落户在讲治镇", "落户，并在讲治镇召开了说明会")
    assert ("黄金猕猴桃基地", "讲治镇") not in implemented(text)
