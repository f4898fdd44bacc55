"""Round 45 (county45): county and village news from fresh texts of /tmp/s26/fresh/county45 (安徽
凤阳县, 广德市誓节镇): no division read across a measure word written right after a numeral (125项|城市
建设: no 项城市 of Zhoukou) and no macro-region of China from a compass word closed by 方 (位于誓节镇
西南方: the side of the town, no 西南 region)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_no_division_read_across_a_measure_word_after_a_numeral():
    """凤阳县 news (news.chuzhou.cn): 今年初,该县共编制了125项城市建设重点工程: 125 projects of city
    building (base: a place 项城市, Henan's county-level city, and the county's metrics moved to it)."""
    doc = extract_text("凤阳掀起奋力推进“四个年建设”热潮\n"
                       "日前,凤阳县先后召开县委常委(扩大)会。今年初,该县共编制了125项城市建设重点工程"
                       "(其中续建25项,新建100项),计划总投资90亿元。")
    places = _places(doc)
    assert "项城市" not in places, places
    assert places.get("凤阳县") == "341126"
    # 周口 news: 项城市丁集镇 written as a name stays (only a measure word glued to a numeral is read)
    zhoukou = extract_text("河南省第一批乡村建设示范乡(镇)创建单位名单公布\n"
                           "河南省周口市淮阳区安岭镇、项城市丁集镇、沈丘县冯营镇入选。")
    assert _places(zhoukou).get("项城市") == "411681"


def test_a_compass_word_closed_by_fang_is_the_side_of_a_town():
    """广德 village profile: 苏村村…位于广德县誓节镇西南方,张家湾水库南岸: south-west of the town
    (base: a Place 西南, the macro-region of China)."""
    doc = extract_text("苏村村\n苏村村位于安徽省广德县誓节镇西南方,张家湾水库南岸,全村面积23.1平方公里。")
    places = _places(doc)
    assert "西南" not in places, places
    assert places.get("誓节镇") == "341882102"
