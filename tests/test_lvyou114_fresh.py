"""Round 114 (lvyou114): holiday tourism figures and culture-tourism news — county, city and
provincial releases on 国庆, 春节, 元旦 and 五一 tourism (房县, 荥阳, 文县, 铜陵, 咸阳, 福州, 城厢区;
四川省文化和旅游厅 and 辽宁省文化和旅游厅; fresh texts of /tmp/s27/txt/lvyou114).  Fixes: a world city's
name before 古镇 (广元市柏林古镇新春祈福大庙会) is a Chinese old town, no Berlin; a place word glued to 陵
(汉阳陵旅游人数) opens an imperial tomb's name, no place (and no subject 汉阳 for the tomb's visitors); a
province-titled story whose body speaks of 全省 again and again (全省纳入统计的716家A级旅游景区…全省门票
收入排名前5位的分别是：成都欢乐谷…) is the province's, not that of the city its scenic spots are named after."""
from __future__ import annotations

from conftest import article_place, extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_world_city_before_an_old_town_is_no_city_abroad():
    """04-sichuan-chunjie-shouri: 广元市柏林古镇新春祈福大庙会; base: 柏林 a place of Germany (and 德国 with it)."""
    doc = extract_text("春节文化活动\n雅安市第二届熊猫灯会、广元市柏林古镇新春祈福大庙会等活动为本地居民和广大游客提供了文化旅游大餐。")
    got = _places(doc)
    assert "柏林" not in got and "德国" not in got, got
    assert got.get("广元市") == "510800", got


def test_a_world_city_named_as_itself_stays_abroad():
    """Guard: 柏林 written as the city (代表团访问德国柏林, 在柏林举行) stays Berlin."""
    doc = extract_text("出访\n代表团访问德国柏林，在柏林举行经贸交流会。")
    assert "柏林" in _places(doc), _places(doc)


def test_a_place_word_glued_to_ling_names_a_tomb():
    """07-xianyang-yuandan: 汉阳陵旅游人数为1391人次,同比增长 103%; base: 汉阳 a place, subject of
    陵旅游人数."""
    doc = extract_text("咸阳元旦旅游\n元旦期间，咸阳市历史文化旅游景区游客增幅明显。茂陵旅游人数为1493人次，汉阳陵旅游人数为1391人次，同比增长103%。")
    assert "汉阳" not in _places(doc), _places(doc)
    assert ("汉阳陵旅游人数", 1391, "人次") in _metrics(doc), _metrics(doc)


def test_a_county_ending_in_ling_stays_a_place():
    """Guard: a county whose name ends in 陵 (江陵县, 乐陵市) and 陵水 after a place stay places."""
    doc = extract_text("荆州旅游\n国庆假期，江陵县接待游客12万人次，乐陵市接待游客8万人次。")
    got = _places(doc)
    assert "江陵县" in got and "乐陵市" in got, got


def test_a_province_story_speaking_of_the_whole_province_is_the_provinces():
    """10-sichuan-wuyi-shouri: a title naming 四川, a body of 全省 figures whose top scenic spots are named
    after 成都 (成都欢乐谷, 成都三圣花乡, 成都宽窄巷子, 成都洛带古镇); base: 成都市 the article's place, and the
    subject of 重点景区接待人次恢复至95.92%."""
    text = ("“五一”假期首日 四川A级景区迎客逾300万人次\n"
            "5月1日，记者从四川省文化和旅游厅获悉，全省纳入统计的716家A级旅游景区，共接待游客347.3万人次。\n"
            "与2019年“五一”假期首日相比，重点景区接待人次恢复至95.92%。\n"
            "传统5A景区中，全省门票收入排名前5位的分别是：成都欢乐谷、青城山—都江堰景区、峨眉山景区、九寨沟景区、蜀南竹海景区。\n"
            "数据显示，成都武侯祠博物馆接待游客1.36万人次。\n"
            "统计表明，全省游客接待排名前5位的景区分别是：成都三圣花乡、阆中古城、成都宽窄巷子、西昌邛海泸山景区、成都洛带古镇。")
    assert article_place(text) == "四川省", article_place(text)


def test_a_province_titled_story_about_one_city_stays_the_citys():
    """Guard: a province's title, a body about one of its cities that never speaks of 全省 (内蒙古…项目集中
    开工, then 兴安盟's places) stays the city's."""
    text = ("内蒙古45个重点项目集中开工\n"
            "4月10日，兴安盟重点项目集中开工仪式在乌兰浩特市举行。此次开工项目涉及科尔沁右翼前旗、扎赉特旗、"
            "突泉县，总投资120亿元。乌兰浩特市开工项目15个。")
    assert article_place(text) == "兴安盟", article_place(text)
