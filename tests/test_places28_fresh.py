"""Village news of Inner Mongolia, Henan and Shanxi (places28).

A herders' story named its banner and then a 嘎查 of a long Mongolian name with no 苏木 between
(苏尼特左旗巴彦洪格尔嘎查党支部书记…): the banner was read, the 嘎查 lost, since a name of five or
six characters was read only right after a township.  A clause opening with a village whose name
is one character and 村, written with the suffix again (焦村村党支部…, 郭村村党支部…), named no
village: 焦 alone is a common character, so the stem failed the name test, though the doubled 村
shows the name."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _PIPE(text_doc(text)).mentions if m.label == "Place"}


def test_a_long_gacha_right_after_its_banner():
    """苏尼特左旗巴彦洪格尔嘎查党支部书记: the 嘎查 of five characters after its banner is a village;
    a phrase of the same length before 嘎查 (党委书记走访嘎查) is none."""
    got = _places("标题\n苏尼特左旗巴彦洪格尔嘎查党支部书记介绍情况。")
    assert got["巴彦洪格尔嘎查"]["level"] == "village"
    got = _places("标题\n西乌珠穆沁旗巴彦胡舒嘎查开展活动。")
    assert "巴彦胡舒嘎查" in got
    got = _places("标题\n苏尼特左旗党委书记走访嘎查牧户。")
    assert not any(k.endswith("嘎查") for k in got)


def test_a_long_village_after_a_county_stays_a_phrase():
    """Only 嘎查 is read long after a county: 某县 + six characters + 村 stays no village."""
    got = _places("标题\n苏尼特左旗扎实推进美丽乡村建设。")
    assert not any(k.endswith("村") for k in got)


def test_a_village_of_one_character_and_cun_opening_a_clause():
    """焦村村党支部, 郭村村党支部: the village 焦村村 opens the clause; words ending in 村 before
    another 村 (农村村民, 全村村民, 山村村容) name none."""
    assert _places("标题\n焦村村党支部书记带领群众发展苹果产业。")["焦村村"]["level"] == "village"
    assert "郭村村" in _places("标题\n近日，郭村村党支部组织党员学习。")
    for text in ("农村村民委员会组织法。", "全村村民参加会议。", "山村村容村貌大变样。"):
        assert not any(k.endswith("村") for k in _places("标题\n" + text)), text


def test_a_districts_short_name_opening_its_communitys_name():
    """东城区东城国际社区: a division is not named twice in a row; the short name after the full one
    opens the community's name (东城国际社区, 东城社区), no second mention of the district.  A short
    name followed by no community (海淀区海淀北部新区) stays the district's."""
    got = _places("标题\n北京市东城区东城国际社区居委会开展志愿服务活动。")
    assert got["东城国际社区"]["level"] == "community" and "东城" not in got and "国际社区" not in got
    assert "东城社区" in _places("标题\n东城区东城社区开展活动。")
    assert _places("标题\n海淀区海淀北部新区建设提速。")["海淀"]["code"] == "110108"


def test_a_village_word_that_ends_a_longer_village_name():
    """米东村的街头: jieba's 东村 (ns) is the tail of the village 米东村, no place of its own; after a
    function character or a word of its own (在东村, 走进南村) it stays a place."""
    got = _places("标题\n米东村的街头，小商贩们早早支起了摊子。")
    assert "东村" not in got
    assert "东村" in _places("标题\n在东村召开现场会。")
    assert "南村" in _places("标题\n记者走进南村，看到新建的广场。")


def test_a_compass_word_giving_a_bearing_names_no_region():
    """阿拉坦额莫勒镇西南25公里处, 县城东北约15公里, 镇政府西南方向: a bearing from a place named before
    it, not China's south-west or north-east; 西南地区, 西南5省区市 stay the region."""
    for text in ("芒来嘎查位于阿拉坦额莫勒镇西南25公里处。", "该村位于县城东北约15公里处。",
                 "项目位于镇政府西南方向3公里。"):
        got = _places("标题\n" + text)
        assert "西南" not in got and "东北" not in got, text
    assert "西南" in _places("标题\n西南地区经济增长较快。")
    assert "西南" in _places("标题\n西南5省区市联合开展行动。")


def test_a_gacha_of_characters_known_one_by_one_opening_a_clause():
    """目前，芒来嘎查总人口134户: a 嘎查 whose name is written by sound in characters jieba knows one by
    one (芒|来) opens its clause before its own totals; kinds of 嘎查 (牧区嘎查, 纯牧业嘎查) and
    pronouns (该嘎查) name none."""
    assert _places("标题\n目前，芒来嘎查总人口134户、357人。")["芒来嘎查"]["level"] == "village"
    assert "古都河村" in _places("标题\n目前，古都河村总人口1200人。")
    for text in ("同时，牧区嘎查党支部开展活动。", "其中，纯牧业嘎查总人口减少。", "目前，该嘎查总人口134户。",
                 "近年来，全旗嘎查党支部普遍建立。"):
        assert not any(k.endswith("嘎查") for k in _places("标题\n" + text)), text
