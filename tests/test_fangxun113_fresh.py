"""Round 113 (fangxun113): flood-control, typhoon and disaster-loss news — 新昌县's and 德州市's Ⅳ级 response
notices, 文县's storm report, 安徽省防汛抗旱指挥部's response, a city's 利奇马 loss count, 福建省防汛办's 杜苏芮
figures, 应急管理部's 2019 flood figures, 民政部's 威马逊 figures by province, 国家防总's 山竹 release and
国家防总办公室's 2007 figures (fresh texts of /tmp/s27/txt/fangxun113).  Fixes: the river basins' flood-control
headquarters (长江防总, 珠江防总, 太湖防总 …) and 水利部's basin commissions (长江水利委员会 …) agencies, no
region 长江, 珠江 or 太湖; a cause and its verb of causing before a loss (今年洪涝灾害已造成农作物受灾面积…) no
words of the indicator; the rivers in general (主要江河水位, 全国主要江河水势平稳) no place; the last place of a list
opening a clause after 和 or 及 (广东、海南、广西和福建转移危险区人员) no words of the indicator, as the places
before it over 、 are not."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_basin_flood_headquarters_are_agencies():
    """09-shanzhu-guojiafangzong: 珠江防总启动防汛防台风Ⅰ级应急响应,长江防总、太湖防总启动防汛防台风Ⅳ级应急响应
    (base: places 珠江, 长江, 太湖 of the regions table, no body)."""
    doc = extract_text("防御台风\n国家防总14日18时启动防汛防台风Ⅱ级应急响应。珠江防总启动防汛防台风Ⅰ级应急响应,"
                       "长江防总、太湖防总启动防汛防台风Ⅳ级应急响应。")
    agencies = _names(doc, "Agency")
    assert {"珠江防汛抗旱总指挥部", "长江防汛抗旱总指挥部", "太湖流域防汛抗旱总指挥部"} <= agencies, agencies
    assert not {"珠江", "长江", "太湖"} & _names(doc, "Place"), _names(doc, "Place")


def test_basin_commissions_are_agencies_of_the_ministry():
    """The basin commissions of 水利部 that write the flood forecasts (水利部长江水利委员会, 黄河水利委员会):
    bodies, none a place 长江 or 黄河."""
    doc = extract_text("汛情\n水利部长江水利委员会、黄河水利委员会分别派出工作组赴一线指导防御工作。")
    agencies = _names(doc, "Agency")
    assert {"水利部长江水利委员会", "水利部黄河水利委员会"} <= agencies, agencies  # (their official names: the lead's merge)
    # the ministry written inside the name the commission is read by is its parent (quyu109: 水利部黄河水利委员会)
    name = {k: e.name for k, e in doc.entities.items()}
    subs = {(name.get(r.subject), name.get(r.object)) for r in doc.relations if r.predicate == "subOrganizationOf"}
    assert ("水利部长江水利委员会", "水利部") in subs, subs


def test_the_yangtze_itself_stays_a_place():
    """Guard: the river written alone before its reach or level (长江干流水位, 长江中下游) is still the river."""
    doc = extract_text("汛情\n受强降雨影响,长江干流水位持续上涨,长江中下游部分河段超警。")
    assert "长江" in _names(doc, "Place"), _names(doc, "Place")
    assert not any("防汛抗旱总指挥部" in n for n in _names(doc, "Agency"))


def test_the_cause_and_its_verb_are_no_words_of_the_loss():
    """10-guojiafangzong-2007: 截至6月15日,今年洪涝灾害已造成农作物受灾面积1224千公顷 (base: indicator
    洪涝灾害已造成农作物受灾面积); a storm's loss the same (台风已造成直接经济损失)."""
    doc = extract_text("灾情\n国家防总办公室统计显示,截至6月15日,今年洪涝灾害已造成农作物受灾面积1224千公顷,受灾人口2272万人。")
    got = _metrics(doc)
    assert ("农作物受灾面积", 1224000, "公顷") in got, got
    doc = extract_text("灾情\n截至7月29日21时,台风已造成直接经济损失30.53亿元。")
    assert ("直接经济损失", 3053000000, "元") in _metrics(doc), _metrics(doc)


def test_a_cost_or_a_making_keeps_its_words():
    """Guard: 造成 inside a cost (建造成本) or a verb of making (打造成) is no verb of causing."""
    doc = extract_text("项目\n该项目建造成本3亿元。")
    assert ("建造成本", 300000000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("茶产业\n该镇将荒山打造成高标准生态茶园3.6万亩。")
    assert any(m[0].endswith("生态茶园") and m[1] == 36000 for m in _metrics(doc)), _metrics(doc)


def test_the_rivers_in_general_are_no_place():
    """10-guojiafangzong-2007: 目前,全国主要江河水势平稳 … 其他主要江河水位均不同程度地偏低 (base: places
    江河水, of jieba's dictionary, and 他主要江河, a river read back from 水位)."""
    doc = extract_text("汛情\n目前,全国主要江河水势平稳,水位均低于警戒水位。与常年同期相比,除西江水位略偏高外,"
                       "其他主要江河水位均不同程度地偏低或接近常年。")
    places = _names(doc, "Place")
    assert not any("江河" in p for p in places), places


def test_a_river_named_so_keeps_its_name():
    """Guard: a river whose name ends in 江河 (凌江河) is still read before its level."""
    doc = extract_text("汛情\n受强降雨影响,凌江河水位上涨0.5米。")
    assert "凌江河" in _names(doc, "Place"), _names(doc, "Place")


def test_places_listed_with_and_are_no_words_of_the_count():
    """09-shanzhu-guojiafangzong: 广东、海南、广西和福建转移危险区人员240.9万人 (base: indicator 广西和福建转移危险区人员;
    the places over 、 alone were already cut)."""
    doc = extract_text("防御台风\n有关省区全力做好各项防汛防台风工作。广东、海南、广西和福建转移危险区人员240.9万人。")
    assert ("转移危险区人员", 2409000, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("防御台风\n广东和福建转移危险区人员240.9万人。")
    assert ("转移危险区人员", 2409000, "人") in _metrics(doc), _metrics(doc)


def test_a_trade_pair_and_a_place_with_its_part_stay_whole():
    """Guard: two partners joined by 和 before a trade flow are what is counted (中国和东盟贸易额), and a
    place joined to a part of it that is no place (白洋淀及上游河道) keeps its words."""
    doc = extract_text("贸易\n2023年,中国和东盟贸易额达到9753亿美元。")
    assert any(m[0].endswith("东盟贸易额") and m[0].startswith("中国") for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("治理\n白洋淀及上游河道清淤120万立方米。")
    assert any("上游河道" in m[0] for m in _metrics(doc)), _metrics(doc)


def test_regions_joined_before_their_word_stay_whole():
    """Guard (sanxia109, 08-national-qiuliang-2024): 分地区看,黄淮海、西北和西南地区收获均过七成 — the regions and
    their 地区 are no list of places cut from the noun (was 地区收获 while the rule was tried)."""
    doc = extract_text("秋粮收获\n分地区看,黄淮海、西北和西南地区收获均过七成,长江中下游和华南地区过半。")
    assert not any(m[0] == "地区收获" for m in _metrics(doc)), _metrics(doc)
