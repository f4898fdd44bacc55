"""Organisations in hospital, court, union, women's-federation and university news (orgs26).
Sentences in the shapes found on fresh provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def _held(doc) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost" and r.subject in ents and r.object in ents}


def test_a_verb_before_a_body_is_no_part_of_its_name():
    """认真听取企业妇联主席…汇报, 曾任…，现任学生工作处处长, 选举产生某区妇女联合会主席: the verb
    (a report heard, a post held now, an election's outcome) ends the clause; the body opens after it."""
    cases = (("县委书记王明认真听取园区妇联主席李红的工作汇报。", "听取"),
             ("李军曾任县委办公室副主任，现任学生工作处处长。", "现任"),
             ("大会选举产生东湖管理区妇女联合会主席陈芳。", "产生"))
    for text, verb in cases:
        doc = extract_text(text)
        assert not any(verb in n for n in _names(doc)), (text, _names(doc))
        assert not any(verb in b for _, b in _held(doc)), (text, _held(doc))
    assert "东湖管理区妇女联合会" in _names(extract_text(cases[2][0]))


def test_a_union_after_a_place_committee_is_not_the_committee_s():
    """县委常委、组织部部长A听取企业妇联主席B、工会主席C汇报: a county's party committee has no
    union or women's federation of its own (no 县委工会, 县委企业妇联); the ones meant are a
    company's the text does not name, so the posts name no body."""
    doc = extract_text("县委常委、组织部部长王明到园区调研，听取企业妇联主席李红、工会主席张强的汇报。")
    assert not any(n.startswith("县委") and n.endswith(("工会", "妇联")) for n in _names(doc)), _names(doc)
    assert ("王明", "县委组织部") in _held(doc), _held(doc)


def test_a_hospital_branch_named_by_a_place_is_one_body():
    """县人民医院中和分院, 省人民医院大别山分院: a public institution's branch called by a place
    (a town, a mountain region) is the one body meant, not the institution and a stray 分院; a
    verb before 分院 (县人民医院托管分院: a branch it runs) names no branch."""
    for text, name in (("4月3日，县人民医院双河分院在双河镇揭牌。", "县人民医院双河分院"),
                       ("县中医院城南分院设在城南街道。", "县中医院城南分院")):
        assert name in _names(extract_text(text), "Organization"), (text, _names(extract_text(text)))
    doc = extract_text("河北省人民医院太行山分院正式揭牌运行。")
    assert "河北省人民医院太行山分院" in _names(doc, "Organization"), _names(doc)
    doc = extract_text("该中心正式成为县人民医院托管分院。")
    assert not any("托管" in n for n in _names(doc)), _names(doc)
