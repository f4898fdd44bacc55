"""The body of a post, as county and city news write it: a court's chamber named after the court's
short form (县法院行政审判庭) is the chamber of the court under its standard name (…人民法院行政审判庭)
and part of it; a people's organisation (市侨联, 县妇联) is an organisation, one entity with the one
the entities stage finds, while a supply and marketing cooperative stays an agency."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def build(text: str):
    doc = _PIPE(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    types = {}
    for e in doc.entities.values():
        types.setdefault(e.name, set()).add(e.type)
    return types, {(name[r.subject], r.predicate, name[r.object]) for r in doc.relations}


def test_a_chamber_of_the_county_court_is_part_of_the_court():
    types, rels = build("南丰县法院审结行政案件\n近日，县法院行政审判庭审结一起行政诉讼案件。"
                        "县法院行政审判庭庭长李红表示，将进一步规范审判工作。县人民法院院长张强出席。")
    assert ("李红", "holdsPost", "南丰县人民法院行政审判庭") in rels
    assert ("南丰县人民法院行政审判庭", "subOrganizationOf", "南丰县人民法院") in rels
    assert "南丰县法院行政审判庭" not in types


def test_a_government_office_keeps_its_standard_name():
    _, rels = build("南丰县召开会议\n县政府办公室主任王强主持会议。")
    assert ("王强", "holdsPost", "南丰县人民政府办公室") in rels


def test_a_peoples_organisation_of_a_post_is_an_organisation():
    types, rels = build("厦门市侨界活动\n市侨联主席林立讲话。市侨联组织开展“侨心向党”主题活动。")
    assert ("林立", "holdsPost", "厦门市侨联") in rels
    assert types["厦门市侨联"] == {"Organization"}


def test_a_supply_and_marketing_cooperative_stays_an_agency():
    types, rels = build("萧山区供销联社调研\n省供销社副主任沈省文、业务处处长吴小樟陪同调研。")
    assert types.get("浙江省供销社", {"Agency"}) == {"Agency"}
    assert not any(s.endswith("业务处") and p == "locatedIn" for s, p, _ in rels)


def test_a_township_party_post_in_a_resume_is_held_in_its_party_committee():
    _, rels = build("南丰县领导干部任前公示\n现将拟提拔任用的领导干部予以公示：\n"
                    "李明，男，汉族，1980年5月生，中共党员，大学学历，现任琴城镇党委副书记、镇长，拟任县商务局局长。\n"
                    "张丽华，女，汉族，1983年9月生，中共党员，现任县委办公室副主任，拟任太和镇党委书记。")
    assert ("李明", "holdsPost", "琴城镇党委") in rels
    assert ("李明", "holdsPost", "琴城镇") in rels  # 镇长: the head of the township
    assert ("张丽华", "holdsPost", "太和镇党委") in rels
    assert ("张丽华", "holdsPost", "太和镇") not in rels
