"""Round 109 (gaikuang109): county and township overview pages (县情简介, 乡镇概况) — 施甸县万兴乡 (Yunnan),
金乡县 (Shandong), 衡阳县 (Hunan), 莲花县 (Jiangxi), 米易县丙谷镇 (Sichuan), 礼县湫山乡 (Gansu), 西秀区刘官乡
(Guizhou), 洪洞县 (Shanxi) and 嘉祥县大张楼镇 (Shandong) (fresh texts of /tmp/s27/txt/gaikuang109).
Fixes: a place in a clause telling where the name comes from (因位于南岳衡山之南而得名) is a landmark, never
the subject of the county's area, towns and population; a compass word joined to another by 向 (地势由
西南向东北倾斜) or before 边缘 (位于礼县西北边缘) is a heading or a side, no region of China; a county's name
followed by 地处 opens the sentence's predicate, no listed unit's name (衡阳县地处南中国交通中心、…); the seat a
distance is measured from (乡政府所在地离县城28公里) no word of the indicator; a neighbour in a clause of 与…交界
with no compass side named (与梁宝寺镇交界) no subject of the figures after it."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subjects(doc) -> dict[str, str | None]:
    names = {e.id: e.name for e in doc.entities.values()}
    return {m.indicator: names.get(m.subject) for m in doc.metrics}


def test_the_landmark_a_name_comes_from_is_no_subject():
    """03-hengyang-county: 衡阳县地处…衡阳市西北部…因位于南岳衡山之南而得名,总面积2568平方公里,东与南岳区、
    衡山县交界…辖26个乡镇,893个村,总人口113万 (base: every figure 衡山县's, the 衡山 of the name's
    clause taken as the sentence's place)."""
    doc = extract_text("县情\n衡阳县地处湖南省衡阳市西北部，湘江中游。因位于南岳衡山之南而得名，总面积2568平方公里，"
                       "东与南岳区、衡山县交界，北与双峰县接壤。辖26个乡镇，893个村，总人口113万。")
    got = _subjects(doc)
    assert got.get("总面积") == "衡阳县", got
    assert got.get("总人口") == "衡阳县", got


def test_the_place_named_before_its_name_origin_stays_the_subject():
    """Guard: the place written before 因 is the one the name is of, and its figures stay its own."""
    doc = extract_text("区情\n开福区因境内开福寺得名，总面积187平方公里，常住人口82万人。")
    got = _subjects(doc)
    assert got.get("总面积") == "开福区", got


def test_a_heading_between_compass_words_is_no_region():
    """02-jinxiang-county: 地势由西南向东北方向倾斜 (base: 西南, the region of China); the same without
    方向 (由西南向东北倾斜) left 东北 a region too."""
    doc = extract_text("概况\n金乡县地貌特征为黄泛平原和低山丘陵，地势由西南向东北倾斜。")
    got = _names(doc, "Place")
    assert "西南" not in got and "东北" not in got, got


def test_a_compass_edge_of_a_county_is_no_region():
    """06-qiushan-lixian: 【概况】位于礼县西北边缘,湫山河下游两岸 (base: 西北, the region of China)."""
    doc = extract_text("概况\n湫山乡位于礼县西北边缘，湫山河下游两岸。")
    got = _names(doc, "Place")
    assert "礼县" in got and "西北" not in got, got


def test_regions_of_china_stay_regions():
    """Guard: 西北, 东北 named as regions (西北地区, 东北…向东南沿海地区) keep their reading."""
    doc = extract_text("新闻\n东北地区和西北地区开展能源合作，电力由西北向东南沿海地区输送。")
    got = _names(doc, "Place")
    assert {"东北", "西北"} <= got, got


def test_a_county_lying_somewhere_is_no_listed_unit():
    """03-hengyang-county: 衡阳县地处南中国交通中心、湖南省第二大城市——衡阳市西北部 (base: an
    Organization 衡阳县地处南中国交通中心, the county and its predicate read as a register's 中心)."""
    doc = extract_text("衡阳县简介\n衡阳县地处南中国交通中心、湖南省第二大城市——衡阳市西北部，湘江中游。")
    assert not any(n.startswith("衡阳县地处") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_listed_centre_stays_a_unit():
    """Guard: a civil-affairs register's item (莱芜市金诺商务信息咨询中心、…) is still a unit."""
    doc = extract_text("民办非企业单位名单\n莱芜市金诺商务信息咨询中心、莱芜市老年公寓")
    assert "莱芜市金诺商务信息咨询中心" in _names(doc, "Organization"), _names(doc, "Organization")


def test_the_seat_measured_from_is_no_word_of_a_distance():
    """01-wanxing-shidian: 乡政府所在地离县城28公里 (base: indicator 所在地离县城); 镇政府驻地距县城15公里 the
    same (base: 驻地距县城).  所在地区 reads on as a word (所在地区生产总值 kept whole)."""
    doc = extract_text("万兴乡概况\n万兴乡位于施甸县城西南部。乡政府所在地离县城28公里，全乡国土面积96.11平方公里。")
    assert "离县城" in _subjects(doc), _subjects(doc)
    doc = extract_text("概况\n大寨镇位于县城北部，镇政府驻地距县城15公里，总面积120平方公里。")
    assert "距县城" in _subjects(doc), _subjects(doc)
    doc = extract_text("经济\n全市所在地区生产总值增长5%。")
    assert any(i.startswith("所在地区生产总值") for i in _subjects(doc)), _subjects(doc)


def test_a_neighbour_with_no_side_named_is_no_subject():
    """The profiles' 与…交界 with no compass side (与梁宝寺镇交界, 与湖北省鹤峰县交界) opening a sentence whose
    figures follow (base: 梁宝寺镇, the neighbour, read as whose the area and villages are).  A place
    written after such a clause (与上海市接壤的昆山市) stays the subject."""
    doc = extract_text("概况\n大张楼镇位于嘉祥县北部，是省级中心镇。与梁宝寺镇交界，总面积70.72平方公里，辖49个行政村。")
    got = _subjects(doc)
    assert got.get("总面积") == "大张楼镇", got
    doc = extract_text("经济\n与上海市接壤的昆山市，地区生产总值达5000亿元。")
    assert _subjects(doc).get("地区生产总值") == "昆山市", _subjects(doc)
