"""County news from Gansu, village reports, city road works (places22): a city's short name
written right before its county, villages listed before 等自然村, roads named after a region.

陇南康县 (Kangxian county of Longnan) was read as 南康县, the former name of Jiangxi's 南康区, and
the county's meeting was placed in Jiangxi.  在松山、里陂等自然村 named Inner Mongolia's 松山区
(the villages are a township's, listed without their count).  天津市城南道 (a road) was a place 城南."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_city_short_name_before_its_county_is_no_other_county():
    """陇南|康县, 甘南|临潭县: the city and its county; 南康县 alone (江西南康县) stays Jiangxi's."""
    doc = _doc("标题\n近日，陇南康县召开乡村振兴工作推进会，部署全县重点工作。")
    assert doc.articles[0].place == "place-621224"
    got = _places("标题\n近日，陇南康县召开乡村振兴工作推进会。")
    assert "南康县" not in got and got["康县"]["code"] == "621224"
    assert _places("标题\n江西南康县家具产业发展迅速。")["南康县"]["code"] == "360703"


def test_villages_listed_before_a_kind_without_count_are_villages():
    """在松山、里陂等自然村: villages without a code, not 松山区 of Chifeng; the count-less list
    needs a kind that opens no longer word (自然村, 行政村)."""
    got = _places("标题\n镇政府组织干部在松山、里陂等自然村开展人居环境整治。")
    assert got["松山"].get("code") is None and got["松山"]["level"] == "village"
    assert got["里陂"]["level"] == "village"


def test_a_road_named_after_a_region_is_no_place():
    """城南道, 河西大道: roads, like 城南路 already."""
    got = _places("标题\n天津市城南道改造工程近日开工，预计年底完工。")
    assert "城南" not in got and "天津市" in got


def test_a_bank_of_a_river_is_no_province():
    """修河南岸, 赣江西岸: the south bank of the river 修河, the west bank of the 赣江 — no 河南 or
    江西 (a Jiangxi village report was placed in Henan)."""
    got = _places("标题\n晏头村港北自然村地处修河南岸，新区位于赣江西岸。")
    assert "河南" not in got and "江西" not in got
    assert _places("标题\n河南省郑州市召开会议。")["河南省"]["code"] == "410000"
    assert _places("标题\n广东岸线长度居全国首位。")["广东"]["code"] == "440000"  # its coastline


def test_verbs_of_policy_before_village_words_are_no_villages():
    """固城镇加快镇村交通道路建设 (speeds up the roads of towns and villages), 在实现村村通的基础上
    (once every village has a road): no villages 加快镇村, 实现村; 三陇村 after its town stays one."""
    got = _places("标题\n固城镇加快镇村交通道路建设，该镇三陇村环村路全长4.2公里。")
    assert "加快镇村" not in got
    got = _places("标题\n泰宁县在实现村村通水泥路的基础上，又启动县道硬化工程。")
    assert "实现村" not in got and "泰宁县" in got


def test_kowloon_east_in_a_text_on_hong_kong_districts_is_no_sichuan_county():
    """九龙东新商业区…观塘及九龙湾的行动区: a Hong Kong text that names its districts (观塘) but
    not 香港 itself; its 九龙 is Kowloon, not 九龙县 of Sichuan (the story's place was Sichuan's)."""
    doc = _doc("施政报告 九龙东\n九龙东新商业区具备巨大潜力。两个位于观塘及九龙湾的行动区可提供商业楼面。"
               "政府将在九龙东采用新政策，将九龙东发展为优质的商业区。")
    places = [m for m in doc.mentions if m.label == "Place"]
    assert not any(m.attrs.get("code") == "513324" for m in places)
    assert doc.articles[0].place != "place-513324"
    assert _places("标题\n四川省甘孜州九龙县召开会议，九龙发展迅速。")["九龙"]["code"] == "513324"


def test_places_left_out_of_a_releases_figures_are_not_its_place():
    """A national statistics release notes 香港特别行政区、澳门特别行政区和台湾省数据未包括在内 (or
    全国数据不包括香港、澳门和台湾): the regions its figures leave out are no place it is about (the
    release was placed in 台湾); a story about Hong Kong keeps 香港."""
    doc = _doc("国家统计局发布数据\n2025年，东北地区生产总值同比增长5.0%。"
               "香港特别行政区、澳门特别行政区和台湾省数据未包括在内。")
    assert doc.articles[0].place not in ("place-710000", "place-810000", "place-820000")
    doc = _doc("标题\n全国居民消费价格同比上涨0.2%。全国数据不包括香港、澳门和台湾。")
    assert doc.articles[0].place not in ("place-710000", "place-810000", "place-820000")
    doc = _doc("标题\n香港特区政府今日公布，香港经济增长2.5%。")
    assert doc.articles[0].place == "place-810000"


def test_a_river_basin_is_no_place_of_implementation():
    """黄河流域9省区共同启动…专项行动: the provinces along the Yellow River act; the basin is the
    subject's qualifier, no place the campaign is implemented in (it was placed in 黄河)."""
    from kg.pipeline import Pipeline as _P
    doc = _P()(text_doc("标题\n黄河流域9省区共同启动“河湖清四乱”专项行动，推进黄河流域生态保护。"))
    rels = [r for r in doc.relations if r.predicate == "implementedIn"]
    names = {doc.entities[r.object].name for r in rels if r.object in doc.entities}
    assert "黄河" not in names


def test_townships_listed_before_their_count_are_the_countys_townships():
    """泰宁县…已有新桥、大田2个乡镇通了水泥路: 大田 is 泰宁县's 大田乡, not 大田县 of the same city; a
    list of names before N个乡镇 (with or without 等) is one of townships, each the named county's."""
    got = _places("标题\n泰宁县全县9个乡镇已有新桥、大田2个乡镇通了水泥路。")
    assert got["大田"]["code"] == "350429202" and got["新桥"]["code"] == "350429200"
    got = _places("标题\n泰宁县已有新桥、大田等2个乡镇通了水泥路。")
    assert got["大田"]["level"] == "township"
    assert _places("标题\n大田县召开乡镇工作会议。")["大田县"]["code"] == "350425"
