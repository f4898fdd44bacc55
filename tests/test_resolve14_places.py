"""Which place a story belongs to when it names others (resolve14): visitors named in the lead of a
story whose title names only them (or their provinces' one-character names), the host's 我县/我市, and
a township named by its old suffix beside its raised name (撤销X镇, 设立X街道).  Sentences written in
the shapes of county news pages (Tongren, Changde, Xi'an, Qingdao)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _names(doc, typ):
    return {e.name for e in doc.entities.values() if e.type == typ}


def _place_of(doc):
    code = doc.articles[0].place[len("place-"):]
    return next((e.name for e in doc.entities.values() if e.code == code), code)


def test_a_town_written_with_its_old_suffix_is_the_street_it_became():
    doc = _PIPE(text_doc("长安区新设街道授牌\n5月18日，长安区举行授牌仪式，撤销杜曲镇建制，同时设立杜曲街道。"
                         "区委书记王强为杜曲街道党工委授牌。"))
    streets = [e for e in doc.entities.values() if e.type == "Place" and e.name in ("杜曲街道", "杜曲镇")]
    assert len(streets) == 1
    assert streets[0].name == "杜曲街道" and streets[0].code
    assert "杜曲镇" in streets[0].aliases
    assert streets[0].attrs.get("former_name") == "杜曲镇"


def test_the_old_suffix_of_another_stem_is_no_alias():
    doc = _PIPE(text_doc("长安区新设街道授牌\n5月18日，长安区举行授牌仪式，撤销王曲镇建制，同时设立杜曲街道。"))
    street = next(e for e in doc.entities.values() if e.name == "杜曲街道")
    assert "王曲镇" not in street.aliases


def test_visitors_named_in_the_lead_of_a_title_naming_only_their_provinces():
    doc = _PIPE(text_doc("粤黔协作工作组到我县调研\n3月6日，铜仁市东莞挂职干部一行到我县调研，县委常委、副县长胡军陪同。\n"
                         "调研组一行先后到松桃正大镇、县人民医院实地调研，听取了县农业农村局的汇报。"))
    assert _place_of(doc) == "松桃苗族自治县"
    assert "松桃苗族自治县农业农村局" in _names(doc, "Agency")


def test_wo_xian_of_a_lead_is_the_host_not_the_visiting_county():
    doc = _PIPE(text_doc("公安县党政代表团来我县考察\n近日，湖北省公安县县委书记刘强率领公安县党政代表团来我县考察。\n"
                         "座谈会上，刘强希望公安县与澧县加强合作。澧县县委书记周明表示欢迎，县政府办负责同志参加。"))
    assert _place_of(doc) == "澧县"


def test_wo_shi_of_a_county_level_city_whose_prefecture_is_not_named_is_that_city():
    doc = _PIPE(text_doc("安顺市西秀区考察团来我市对接协作\n11月30日，贵州省安顺市委常委、西秀区委书记郭强率考察团来我市，"
                         "与我市共同召开西秀——莱西协作联席会议。市委书记庄明参加。\n"
                         "郭强表示，莱西市委、市政府倾注真情实意，为西秀区发展发挥了重要作用。"))
    assert _place_of(doc) == "莱西市"
    assert "莱西市委" in _names(doc, "Agency")
