"""Round 113 (gaizao113): urban renewal news — old residential compound renovation (老旧小区改造) and
shantytown redevelopment (棚户区改造) from a city's housing bureau (眉山, 1-7月进展), a county (集贤县),
a sub-district (合肥五里墩街道), a district digest (盘锦双台子区, 阜新), a city (德州棚改), the ministry's
national figures (2025, 1~8月), a district's projects (温州鹿城区) and a district's 安置房 (fresh texts
of /tmp/s27/txt/gaizao113).  Fixes: a headline's closing 】 ends the noun read after a figure
(【…涉及3万余户】双台子区是盘锦市的主城区 named no measure "】双台子区是…"); an estate's building date
after 建成于 / 竣工于 no time of the figures after it (黄龙教育新村老旧小区建成于1998年,小区总建筑面积…,
改造涉及9栋楼、338户 were all dated 1998); 惠及 and 覆盖 right before a count whose noun follows it kept
in the indicator (惠及2433户居民: 惠及居民, as 惠及居民2433户 reads — was the bare 居民)."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> dict:
    return {(m.value, m.unit): (m.indicator, m.period) for m in doc.metrics}


def test_a_headline_bracket_ends_the_noun_after_a_figure():
    """04-panjin-shuangtaizi: 【盘锦•双台子区:累计改造老旧小区16个,涉及3万余户】双台子区是盘锦市的主城区;
    base: the households' indicator 】双台子区是盘锦市的主城区 (the next sentence, past the bracket)."""
    doc = extract_text("老旧小区改造\n【盘锦•双台子区:累计改造老旧小区16个,涉及3万余户】双台子区是盘锦市的主城区、老城区,"
                       "老旧小区相对较多。")
    got = _figures(doc)
    assert got[(16, "个")][0] == "累计改造老旧小区", got
    assert "】" not in got[(30000, "户")][0] and "主城区" not in got[(30000, "户")][0], got


def test_a_headline_bracket_guard_keeps_the_noun_before():
    """Guard: a figure whose noun stands before it inside the bracket keeps it."""
    doc = extract_text("就业通报\n【全市：新增就业1.2万人】我市稳就业成效明显。")
    assert _figures(doc)[(12000, "人")][0] == "新增就业", _figures(doc)


def test_an_estates_building_date_is_no_period():
    """08-lucheng-district: 双屿街道黄龙教育新村老旧小区建成于1998年,小区总建筑面积约2.88万平方米。…改造涉及
    9栋楼、338户; base: all three dated 1998, the year the estate was built."""
    doc = extract_text("老旧小区改造\n双屿街道黄龙教育新村老旧小区建成于1998年,小区总建筑面积约2.88万平方米。"
                       "该改造项目改造涉及9栋楼、338户。")
    got = _figures(doc)
    assert got[(28800, "平方米")] == ("小区总建筑面积", None), got
    assert got[(338, "户")][1] is None and got[(9, "栋")][1] is None, got
    doc = extract_text("老旧小区改造\n该小区竣工于1995年，共有住宅楼12栋、住户480户。")
    got = _figures(doc)
    assert got[(480, "户")][1] is None, got


def test_an_estates_building_date_guard_keeps_a_years_works():
    """Guard: a year with a verb that has an object (2023年建成口袋公园17个) and a later year's works stay dated."""
    doc = extract_text("城市更新\n该小区建成于1995年，共有住户480户。2023年，该小区完成改造投资860万元，"
                       "全区2023年建成口袋公园17个。")
    got = _figures(doc)
    assert got[(8600000, "元")][1] == "2023", got
    assert got[(17, "个")][1] == "2023", got


def test_benefit_verb_before_a_count_stays_in_the_indicator():
    """02-jixian-county: 集贤县2023年老旧小区改造项目,改造20个项目,50栋楼,惠及 2433 户居民; base: 居民
    (惠及居民2433户 reads 惠及居民)."""
    doc = extract_text("老旧小区改造\n集贤县2023年老旧小区改造项目，改造 20 个项目，50栋楼，惠及 2433 户居民，"
                       "改造建筑面积 25.88 万平方米。")
    got = _figures(doc)
    assert got[(2433, "户")][0] == "惠及居民", got
    doc = extract_text("民生工程\n2023年，全县实施项目12个，直接惠及约1500户家庭，覆盖3个乡镇。")
    got = _figures(doc)
    assert got[(1500, "户")][0] == "惠及家庭", got
    assert got[(3, "个")][0] == "覆盖乡镇", got


def test_benefit_verb_guard_noun_first():
    """Guard: the noun written first (惠及居民388户) reads as before, once."""
    doc = extract_text("老旧小区改造\n2024年我街道老旧小区改造涉及三个小区，改造面积2.97万㎡，惠及居民388户。")
    assert _figures(doc)[(388, "户")][0] == "惠及居民", _figures(doc)
