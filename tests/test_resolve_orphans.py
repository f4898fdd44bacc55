"""A place the tables do not know, named alone in a title and under its township in the body, is one
place; and a province-scoped name never resolves to a municipality."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def test_a_village_alone_in_the_title_is_the_village_the_body_places():
    doc = _PIPE(text_doc("驻村第一书记带领马郢村闯出乡村旅游路\n钟宇在长丰县杨庙镇马郢村驻村，担任马郢村驻村第一书记。"))
    villages = [e for e in doc.entities.values() if e.name == "马郢村"]
    assert len(villages) == 1
    assert len(villages[0].mentions) == 3


def test_two_villages_of_one_name_under_two_townships_stay_apart():
    doc = _PIPE(text_doc("两镇开展活动\n长丰县杨庙镇新庄村和长丰县造甲乡新庄村开展环境整治。"))
    assert len([e for e in doc.entities.values() if e.name == "新庄村"]) in (0, 2)


def test_the_host_of_a_visit_to_wo_xian_is_not_the_visitor_named_in_the_title():
    doc = _PIPE(text_doc("郧西县党政考察团来我县参观考察\n今日房县网讯 5至6日，郧西县委书记胡俟带领郧西县党政考察团参观考察了我县新农村建设，"
                         "县委书记沈明云陪同考察。"))
    assert doc.articles[0].place.endswith(next(e.code for e in doc.entities.values() if e.name == "房县"))
