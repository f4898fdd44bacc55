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


def test_a_delegation_arriving_is_a_visit_and_the_dateline_city_is_the_host():
    doc = _PIPE(text_doc("大庆市党政考察团抵达我市参观考察\n东北网伊春6月28日电 6月28日，大庆市委书记王刚，市委副书记、市长李强率领"
                         "大庆市党政考察团抵达我市参观考察。伊春市委书记赵明，市人大常委会主任关军，市政协主席孟林等在宾馆迎接。"))
    assert _place_of(doc) == "伊春市"
    assert {"伊春市人大常委会", "伊春市政协"} <= _names(doc, "Agency")


def test_a_story_naming_only_its_visitors_is_not_theirs():
    doc = _PIPE(text_doc("延边州政协考察团来我市参观考察\n8月26日下午，延边州政协考察团来我市参观考察。\n"
                         "考察团对我市经济社会发展给予充分肯定。市政协副主席宋明陪同考察。"))
    assert doc.articles[0].place is None
    assert "延边朝鲜族自治州政协" not in {e.name for e in doc.entities.values()
                                    if any(ev.surface == "市政协" for ev in e.mentions)}


def test_the_districts_a_visiting_city_brings_are_the_visitors_too():
    doc = _PIPE(text_doc("长沙市政协副主席率考察团到我市调研考察\n12月4日，湖南省长沙市政协副主席彭明率考察团一行14人到我市调研考察，"
                         "成员包括岳麓区、天心区等各区县（市）政协分管副主席。\n省政协副主席崔强会见了考察团。"))
    assert "湖南省政协" not in _names(doc, "Agency")
    assert "长沙市" not in (_place_of(doc) if doc.articles[0].place else "")


def test_townships_a_county_head_brings_to_wo_xian_are_its_own():
    doc = _PIPE(text_doc("县长到产业集聚区调研\n12月17日，县长王田，县委常委、常务副县长李先带领城关镇、花园乡和县直有关部门"
                         "主要负责人，到我县产业集聚区调研。王田县长实地查看了河南锦虹纺织有限公司、民权华天门业有限公司等新上项目的建设工地。"))
    assert _place_of(doc) == "民权县"


def test_a_city_holding_an_event_in_another_city_keeps_its_story():
    doc = _PIPE(text_doc("巴中市在成都举行招商引资推介会\n11月20日，巴中市在成都举行招商引资项目推介会。市委副书记、市长李明出席并致辞，"
                         "市政府副市长王强介绍了投资环境，市投资促进局负责同志参加。"))
    assert _place_of(doc) == "巴中市"
    assert {"巴中市人民政府", "巴中市投资促进局"} <= _names(doc, "Agency")


def test_an_event_held_in_a_county_is_still_that_county_s_story():
    doc = _PIPE(text_doc("乡村振兴现场推进会在馆陶县召开\n5月8日，乡村振兴现场推进会在馆陶县召开。县委书记李华介绍了经验。"))
    assert _place_of(doc) == "馆陶县"
