"""Organisations in democratic-party, state-enterprise, university and State Council news (orgs24).
Sentences in the shapes found on fresh provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in ("Agency", "Organization")}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_relevant_units_of_an_organ_are_no_unit():
    """国务院有关部委, 国务院相关部委, 外交部其他司局: the organ's relevant (or other) units in
    general; 有关/相关/其他 never open a unit's name, so no agency 国务院有关部."""
    for text in ("国务院有关部委负责同志出席会议。", "国务院相关部委负责同志参加座谈。",
                 "外交部其他司局负责人列席会议。"):
        names = _names(extract_text(text))
        assert not any(w in n for n in names for w in ("有关", "相关", "其他")), (text, names)
    names = _names(extract_text("国务院有关部委负责同志出席会议。"))
    assert "国务院" in names, names


def test_a_person_taking_a_post_before_a_bare_kind_names_no_body():
    """关于刘某任学院党委书记的决定, 宣布王某某担任医院院长: a person, the verb of taking the
    post, then the kind of body alone (学院, 医院): no organisation '刘某任学院'."""
    doc = extract_text("孙明宣读了学校党委关于刘兴华任学院党委书记的决定。")
    assert not any("任" in n for n in _orgs(doc)), _orgs(doc)
    doc = extract_text("会议宣布王建国担任医院院长。")
    assert not any("担任" in n for n in _orgs(doc)), _orgs(doc)
    doc = extract_text("汪明任四川大学校长。")
    assert "四川大学" in _orgs(doc), _orgs(doc)


def test_a_democratic_partys_committee_written_short_is_its_committee():
    """九三学社山东省委, 农工党江苏省委会 are the parties' 省委员会 written short: where a text
    writes one committee two ways, they are one body, named in full (九三学社山东省委员会)."""
    doc = extract_text("九三学社山东省委员会召开全会。九三学社山东省委主委程林讲话。")
    orgs = _orgs(doc)
    assert "九三学社山东省委员会" in orgs, orgs
    assert "九三学社山东省委" not in orgs, orgs
    doc = extract_text("民盟河北省委员会召开会议。民盟河北省委主委出席。")
    assert "民盟河北省委" not in _orgs(doc), _orgs(doc)
    doc = extract_text("农工党江苏省委会秘书长庞明出席会议。农工党江苏省委主委讲话。")
    assert "农工党江苏省委员会" in _orgs(doc), _orgs(doc)
    doc = extract_text("农工党安庆市委会副主委储明带领课题组调研。")  # one spelling: kept as written
    assert "农工党安庆市委会" in _orgs(doc), _orgs(doc)


def test_a_group_named_with_its_level_alone_is_the_group_named_in_full():
    """浙江省国贸集团 … 省国贸集团党委书记: the province's level alone (省) stands for the province
    named before, so the short form is the same group, not a second organisation."""
    doc = extract_text("浙江省国贸集团召开干部大会。会上，省国贸集团党委书记张明宣布了任命决定。")
    orgs = _orgs(doc)
    assert "浙江省国贸集团" in orgs, orgs
    assert "省国贸集团" not in orgs, orgs


def test_a_brands_first_character_after_the_place_that_opens_a_name_stays_in_it():
    """聊城正泰房地产集团, 皖垦棉业集团: after the place (or a province's one-character short form)
    that opens a company's name, a character jieba reads as an adverb or verb (正, 垦) before a
    character it makes no word of is the brand's first character, not a verb the name follows."""
    doc = extract_text("信发集团、聊城正泰房地产集团、万和物流集团等负责同志参加签约仪式。")
    orgs = _orgs(doc)
    assert "聊城正泰房地产集团" in orgs and "泰房地产集团" not in orgs, orgs
    doc = extract_text("皖垦茶业集团、十字铺茶场、皖垦棉业集团负责同志出席仪式。")
    orgs = _orgs(doc)
    assert "皖垦棉业集团" in orgs and "棉业集团" not in orgs, orgs


def test_a_schools_bare_discipline_committee_is_never_its_citys():
    """我校召开…会议，纪委书记王刚主持: a school writing of itself; its bare 纪委 is the school's
    (the one school the article names), never the committee of the city named before."""
    doc = extract_text("邯郸市举行会议。我校召开党风廉政建设会议，纪委书记王刚主持。")
    assert "邯郸市纪委" not in _names(doc), _names(doc)
    doc = extract_text("河北工程大学召开会议。我校党风廉政建设会议上，纪委书记王刚主持。")
    assert "河北工程大学纪委" in _names(doc), _names(doc)
    doc = extract_text("邯郸市召开党风廉政建设会议，纪委书记王刚主持。")
    assert "邯郸市纪委" in _names(doc), _names(doc)


def test_an_office_in_the_chain_of_a_hospitals_officers_is_the_hospitals():
    """沧州市人民医院党委书记A、副院长B、区域医疗合作办公室主任C: the office listed among the
    hospital's officers is the hospital's own, not an agency named 区域医疗合作办公室; an office
    of a body (卫健委办公室) or of a place (县扶贫办公室) stays its own."""
    doc = extract_text("沧州市人民医院党委书记滕明、副院长王淑华、区域医疗合作办公室主任杜刚出席。")
    names = _names(doc)
    assert "沧州市人民医院区域医疗合作办公室" in names and "区域医疗合作办公室" not in names, names
    doc = extract_text("县人民医院院长张明、县扶贫办公室主任王强出席。")
    assert not any(n.endswith("医院扶贫办公室") for n in _names(doc)), _names(doc)
