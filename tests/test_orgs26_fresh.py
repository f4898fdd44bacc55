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


def test_a_park_one_city_runs_in_a_county_places_its_bodies_there():
    """中山火炬阳西园区妇女联合会: a transfer park a city builds in another county is named for both,
    the county right before the park's word; its bodies are in that county, not in the city their
    name opens with (a county's own park, 阳西县工业园区, stays in the county)."""
    from conftest import relations_of
    text = "阳西县妇联指导工作。中山火炬阳西园区妇女联合会正式成立。"
    assert ("中山火炬阳西园区妇女联合会", "阳西县") in relations_of(text, "locatedIn")
    assert ("中山火炬阳西园区妇女联合会", "中山市") not in relations_of(text, "locatedIn")
    text = "深圳宝安汕尾园区企业协会成立。"
    assert relations_of(text, "locatedIn") == {("深圳宝安汕尾园区企业协会", "汕尾市")}


def test_a_union_of_an_owner_named_by_its_kind_names_no_body():
    """认真听取企业妇联主席王某的汇报, 机关工会主席李某: the company's or office's union, named by its
    kind; no organisation is called 企业妇联 (a unit's own 工会 after its post stays that unit's)."""
    doc = extract_text("调研组来到一家网球公司，听取企业妇联主席王玉红的汇报。")
    assert not any(n.endswith("企业妇联") for n in _names(doc)), _names(doc)
    doc = extract_text("会上，机关工会主席李明作报告。")
    assert not any(n.endswith("机关工会") for n in _names(doc)), _names(doc)
    assert "县教育局工会" in _names(extract_text("县教育局局长张三、工会主席李四出席。"))


def test_a_coined_brand_holding_a_conjunction_before_a_trade():
    """万和通物流集团: three characters that make no word, the middle one 和, before a trade and a
    company's suffix, are the brand; a conjunction after a word or a person's name joins two
    parties (县政府和通达物流公司, 王某和通物流公司: no 和通 brand)."""
    for text in ("万和通物流集团举行开业仪式。", "县委书记调研万和通物流集团。"):
        assert "万和通物流集团" in _names(extract_text(text), "Organization"), text
    doc = extract_text("县政府和通达物流公司签约。")
    assert not any(n.startswith("和") or "政府和" in n for n in _names(doc)), _names(doc)
    assert not _names(extract_text("王刚和通物流公司签约。"), "Organization")


def test_a_school_s_own_unit_is_no_department_of_its_committee():
    """历任北大哲学系团委书记、校团委副书记、教务部副部长, 校团委书记…学生会主席: the academic office
    and the students' union are the university's, never units of its League committee (no
    校团委教务部, 校团委学生会); where the committee names its university the unit is that
    university's, where it does not the post names no body."""
    text = ("中央决定：李华担任某某大学党委书记。李华1992年从北大哲学系本科毕业后，"
            "历任北大哲学系团委书记、校团委副书记、教务部副部长、校团委书记等职。")
    names = _names(extract_text(text))
    assert not any("团委教务部" in n for n in names), names
    assert ("李华", "北京大学教务部") in _held(extract_text(text))
    doc = extract_text("张某来校调研。校团委书记王震、副书记秦昌盛，以及学生会主席李梅杰陪同考察。")
    assert not any(n.endswith("团委学生会") for n in _names(doc)), _names(doc)


def test_a_branch_called_by_a_place_is_not_the_place_s_own_body():
    """宜川分院院长: the branch of some hospital called by the county's short name; no body is
    called 宜川县分院 (a county has no 分院 of its own), so the branch is kept as written."""
    held = _held(extract_text("五二一医院对口支援宜川县人民医院，宜川分院院长祁军利出席。"))
    assert ("祁军利", "宜川县分院") not in held and ("祁军利", "宜川分院") in held, held
    doc = extract_text("五二一医院院长郭某、宜川分院院长祁某出席。")
    assert "五二一医院宜川分院" in _names(doc, "Organization"), _names(doc)
