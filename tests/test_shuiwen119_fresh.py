"""Round 119 (shuiwen119): water bulletins and river-chief news — the national 水资源公报 (水利部 2020), province,
prefecture and city bulletins (云南 2021, 大理州 2017, 淄博 2015), a province's reservoir report (广东 水文局, 新华网),
county river-chief patrols (友谊县, 苍溪县 河段长, 龙潭水库), a township's river-chief set-up (滑县 道口镇) and a county's
patrol count (fresh texts of /tmp/s27/txt/shuiwen119).
Fixes, base → now:
- the river-section chief system (河段长制) writes its chiefs 河段长 (县委书记、县总河段长、东河县级河段长张世忠 → Person
  张世忠 with his posts, was no person at all): the same posts by level as 河长, and a listed chief;
- a division's former full name right before 级 is a river's level chief (东河县级河段长: no Place 东河区 150202 of
  Baotou and no article place 内蒙古自治区; the county is found from its townships instead, 苍溪县);
- a river of no code right before a chief of waters holds no post (东河县级河长张世忠: was holdsPost 东河);
- 任 and a chief's post after a post is no name (由镇长任总河长: was Person 任总河长; 镇长王林长 stays a person);
- a water bulletin's flows (地下水资源量, 入境水量, 用水, 供水量, 降水量 …) take the year, not the 年末 day of an
  earlier sentence's storage (period 2021, was 2021-12-31);
- a bare 常年 with its figure in brackets (比常年(293.5亿立方米)偏少7.4%) is the measure's normal (折合年降水总量常年,
  change 折合年降水总量偏少; was 立方米 and 立方米偏少);
- 多蓄水/少蓄 change a reservoir's storage (比去年同期多蓄水9.18亿立方米 → change of 总蓄水量, was a level 比去年同期多蓄水)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def _metrics(doc) -> dict[tuple, tuple]:
    return {(m.value, m.unit): (m.indicator, m.kind, m.period) for m in doc.metrics}


def test_a_river_section_chief_is_a_post():
    """07-cangxi-xunhe: 县委书记、县总河段长张世忠 (base: no person, the 河段长 chain read as nothing)."""
    doc = extract_text("巡河\n12月8日上午，县委书记、县总河段长张世忠带队开展巡河工作。")
    assert "张世忠" in _persons(doc), _persons(doc)
    assert any(p == "张世忠" for p, _ in _posts(doc)), _posts(doc)


def test_a_former_county_name_before_level_is_no_division():
    """07-cangxi-xunhe: 东河县级河段长张世忠 (base: Place 东河区 150202, article place 内蒙古自治区, 东溪镇 partOf 东河区)."""
    doc = extract_text("巡河\n12月8日上午，县委书记、县总河段长、东河县级河段长张世忠带队先后前往东溪镇、桥溪乡开展巡河工作。")
    places = _places(doc)
    assert "东河区" not in places and "150202" not in places.values(), places
    assert places.get("苍溪县") == "510824", places
    # guard: the former name elsewhere still names the division
    assert _places(extract_text("调研\n他到东河县调研。")).get("东河区") == "150202"


def test_a_river_before_a_chief_holds_no_post():
    """07-cangxi-xunhe: 东河县级河长张世忠 (base: 张世忠 holdsPost 东河, the river read as a place by its tag)."""
    doc = extract_text("巡河\n东河县级河长张世忠带队巡河。")
    assert "张世忠" in _persons(doc)
    assert ("张世忠", "东河") not in _posts(doc), _posts(doc)
    # modelled on a city's patrol of 汀江 (市副总河长陈金銮… 汀江流域): base 张世忠 holdsPost 汀江, 沱江
    for river in ("汀江", "沱江"):
        doc = extract_text(f"巡河\n{river}市级河长张世忠带队巡河。")
        assert "张世忠" in _persons(doc) and (("张世忠", river) not in _posts(doc)), _posts(doc)


def test_appointing_verb_and_chief_is_no_name():
    """09-daokou-zhen: 该镇由镇长任总河长 (base: Person 任总河长; 由副县长任河长: Person 任河长)."""
    assert "任总河长" not in _persons(extract_text("河长制\n该镇由镇长任总河长，成立河长制办公室。"))
    assert "任河长" not in _persons(extract_text("河长制\n由副县长任河长，负责巡河。"))
    # guard: a given name may end in 长, and a surname 任 before a name stays
    assert "王林长" in _persons(extract_text("会议\n镇长王林长主持会议。"))
    assert "任建华" in _persons(extract_text("会议\n县长任建华主持会议。"))


def test_flows_after_a_year_end_storage_take_the_year():
    """02-yunnan-2021-gongbao: …年末蓄水总量85.15亿立方米。全省地下水资源量562.9亿立方米 (base: 2021-12-31)."""
    got = _metrics(extract_text("公报\n2021年全省水库年末蓄水总量85.15亿立方米，较上年增加4.2%。全省地下水资源量562.9亿立方米，"
                                "较常年偏少27.0%。全省入境水量1112亿立方米。"))
    assert got[(56290000000, "立方米")][2] == "2021", got
    assert got[(111200000000, "立方米")][2] == "2021", got
    # guard: the storage itself keeps its year end
    assert got[(8515000000, "立方米")][2] == "2021-12-31", got
    # guard: a stock of users after it keeps the year end; the year's use takes the year
    got = _metrics(extract_text("公报\n2021年全市水库年末蓄水总量5.2亿立方米。全市城市用水人口120万人，用水总量3.1亿立方米。"))
    assert got[(1200000, "人")][2] == "2021-12-31" and got[(310000000, "立方米")][2] == "2021", got


def test_a_bracketed_normal_after_changyear():
    """03-dali-2017-gongbao: 折合年降水总量271.8亿立方米，比常年(293.5亿立方米)偏少7.4% (base: 立方米, 立方米偏少)."""
    got = _metrics(extract_text("公报\n2017年全州年平均降水量960.3毫米，折合年降水总量271.8亿立方米，比常年(293.5亿立方米)偏少7.4%，"
                                "属平水年。"))
    assert got[(29350000000, "立方米")][0] == "折合年降水总量常年", got
    assert got[(7.4, "%")][:2] == ("折合年降水总量偏少", "change"), got
    # guard: a normal with its figure unbracketed reads as before
    got = _metrics(extract_text("公报\n本年平均气温14.0℃，比历年平均值12.7℃偏高1.3℃。"))
    assert got[(12.7, "℃")][0] == "平均气温历年平均值", got


def test_more_storage_is_a_change():
    """Modelled on a province's reservoir report (总蓄水量40.02亿立方米，比去年同期多蓄水9.18亿立方米) and 04-zibo
    (年末蓄水量6033万m3，比年初少蓄3134万m3); base: a level named 比去年同期多蓄水 / 比年初少蓄."""
    got = _metrics(extract_text("水情\n截至9月22日8时，我省大中型水库总蓄水量40.02亿立方米，比去年同期多蓄水9.18亿立方米。"))
    ind, kind, _ = got[(918000000, "立方米")]
    assert kind == "change" and ind.startswith("大中型水库总蓄水量"), got
    got = _metrics(extract_text("公报\n全市五大中型水库年初蓄水量9167万m3，年末蓄水量6033万m3，比年初少蓄3134万m3。"))
    assert got[(31340000, "立方米")][1] == "change", got
