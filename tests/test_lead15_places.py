"""Places a county's or a township's own text names short (lead15): a county paper or a work report that says
全县/我县 (or 全旗, 全区) and names no division writes its county by the short name alone (是泽州
发展历程中…): that short name is the county, so 县委 and the figures are that county's.  Only a
rare place word of jieba's dictionary is read so: 突破100亿元大关 in the same kind of text is no
大关县, 推动平顺发展 no 平顺县 (平顺: smooth)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "relations", "metrics"))


def _places(doc):
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_county_text_names_its_county_short():
    doc = _PIPE(text_doc("2022年工作回顾\n2022年，是泽州发展历程中极不平凡的一年。全县上下在县委的坚强领导下真抓实干。"
                         "地区生产总值达到556.4亿元。"))
    assert "泽州县" in _places(doc)
    assert "泽州县委" in {e.name for e in doc.entities.values() if e.type == "Agency"}
    gdp = next(m for m in doc.metrics if m.indicator == "地区生产总值")
    assert doc.entities[gdp.subject].name == "泽州县"


def test_without_the_county_voice_the_short_name_stays_a_word():
    doc = _PIPE(text_doc("2022年工作回顾\n2022年，是泽州发展历程中极不平凡的一年。"))
    assert "泽州县" not in _places(doc)


def test_common_words_that_are_counties_too_stay_words():
    doc = _PIPE(text_doc("经济运行\n全县上下，县委书记李四强调，推动平顺发展。全县地区生产总值突破100亿元大关。"))
    assert not {"大关县", "平顺县"} & _places(doc)


def test_a_banner_speaks_as_a_county():
    doc = _PIPE(text_doc("乡村振兴\n全旗上下深入推进乡村振兴，全旗完成投资5亿元。乌审旗委书记张三到乌审召镇调研。"))
    inv = next(m for m in doc.metrics if m.indicator == "投资")
    assert doc.entities[inv.subject].name == "乌审旗"


def test_a_township_text_writes_its_township_by_its_stem():
    doc = _PIPE(text_doc("杏林镇召开推进会\n近日，扶风县杏林镇召开推进会。会议要求努力开创杏林经济社会高质量发展新局面，"
                         "贡献更多杏林力量。"))
    town = next(e for e in doc.entities.values() if e.name == "杏林镇")
    assert "杏林" in town.aliases and len(town.mentions) == 4
    assert "杏林" not in {e.name for e in doc.entities.values()}


def test_a_river_of_a_township_stem_stays_the_river():
    doc = _PIPE(text_doc("长江镇召开会议\n近日，如皋市长江镇召开会议，要求守护长江生态。"))
    names = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"长江镇", "长江"} <= names


def test_a_village_after_a_verb_of_arrival():
    doc = _PIPE(text_doc("深山中的工地\n从西藏察隅县出来，翻越一座高山才能到达俄玉村。"))
    assert "俄玉村" in _places(doc) and "达俄玉村" not in _places(doc)
