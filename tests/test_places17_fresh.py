"""Places on unseen township, county and zone pages (places17): a short name heading a city's new
area or quarter (湛江 海东新区, 泉州 东海片区) is no division of another province; a bare 片区
after a place word (城东片区) is another zone, not the document's one; compass characters
inside a longer run (粤东西北) or at the head of a village's name (西南门村) name no region; a
verb with 社区/村 as its object after a township (街道举办社区邻里节) names no community."""
from __future__ import annotations

from conftest import names_doc as run


def places(doc):
    return {(m.surface, m.norm, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}


def codes(doc):
    return {m.attrs.get("code") for m in doc.mentions if m.label == "Place"}


def test_a_new_area_named_like_a_city_of_another_province():
    doc = run("湛江海东新区建设动员大会召开，湛江市委书记出席。")
    assert "630200" not in codes(doc)  # 海东市 of Qinghai
    assert "440800" in codes(doc)


def test_a_quarter_named_like_a_county_of_another_province():
    doc = run("市长前往东海片区调研公共文化中心建设。泉州高铁站枢纽项目加快推进。")
    assert "320722" not in codes(doc)  # 东海县 of Jiangsu


def test_a_quarter_of_the_county_it_is_named_after_stays():
    doc = run("江苏连云港东海片区建设加快。")
    assert ("东海", "东海县", "320722") in places(doc)


def test_a_bare_zone_word_after_a_place_word_is_another_zone():
    doc = run("前往东海片区调研。城东片区将建成体育中心。")
    repeats = [m for m in doc.mentions if m.rule == "gazetteer.zone-repeat"]
    assert not repeats


def test_compass_characters_in_a_longer_run_name_no_region():
    doc = run("粤东西北地区城区扩容提质。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "西北"]


def test_every_direction_is_no_region():
    doc = run("东西南北中，党是领导一切的。")
    assert not [m for m in doc.mentions if m.label == "Place"]


def test_compass_characters_heading_a_village_name_no_region():
    doc = run("西南门村群众大会召开。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "西南"]


def test_a_compass_region_alone_stays():
    doc = run("西北地区发展加快，东北振兴取得新进展。")
    got = {m.surface for m in doc.mentions if m.label == "Place"}
    assert {"西北", "东北"} <= got


def test_a_verb_with_community_as_object_names_no_community():
    doc = run("昌平区史各庄街道举办社区邻里节。城关镇开展社区服务活动。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface.endswith("社区")]


def test_a_village_chained_after_its_township_stays():
    doc = run("城关镇团结村召开会议。")
    assert ("团结村", "团结村", None) in places(doc)


def test_a_rare_dictionary_word_of_four_characters_is_a_township():
    doc = run("在野三关镇党委政府统一部署下，社区召开大会。")
    assert ("野三关镇", "野三关镇", "422823107") in places(doc)


def test_a_station_before_a_word_opening_with_village_is_no_village():
    doc = run("巴东县派出所村警参加会议。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface.endswith("村")]


def test_a_country_character_before_zhou_is_a_state_written_short():
    """俄勒冈州 written 俄州 in a report of its delegation: no Russia."""
    doc = run("美国俄勒冈州代表团访华，双方就俄州对华友好关系及中国在俄州投资交换了意见。")
    assert "iso-RU" not in codes(doc)


def test_a_country_character_alone_stays():
    doc = run("俄将继续支持，帮助俄渡过难关。")
    assert "iso-RU" in codes(doc)


def test_a_place_word_before_lu_is_a_road():
    """汉江路街区: the road named after the river, no mention of the river."""
    doc = run("网格员来到汉江路街区巡查。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "汉江"]


def test_no_township_read_across_a_conjunction():
    """服务中心和村镇规划…: 和 + 村镇 (a word), no township 和村镇 of some county."""
    doc = run("镇农业农村服务中心和村镇规划建设服务中心全体干部参加现场会。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "和村镇"]


def test_a_township_opening_with_he_before_its_organs_stays():
    doc = run("和村镇党委召开会议。")
    assert [m for m in doc.mentions if m.label == "Place" and m.surface == "和村镇"]


def test_a_metropolitan_area_in_general_is_no_place():
    """正形成综合都市区: 都市区 is a kind of area (jieba tags it ns), no name."""
    doc = run("该组团正形成融高科技产业、现代物流为一体的综合都市区。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface in ("都市区", "大都市")]


def test_a_mountain_by_its_slopes_is_no_district_named_after_it():
    """天山北麓 in a story naming 乌鲁木齐: the range, not 天山区."""
    doc = run("乌鲁木齐市位于天山北麓，经济发展加快。")
    assert "650102" not in codes(doc)


def test_the_district_written_short_stays():
    doc = run("乌鲁木齐市天山召开会议。")
    assert "650102" in codes(doc)


def test_a_world_city_opening_an_idiom_is_no_place():
    """万象更新 (everything renews): 万象 and a verb inside one word of the dictionary, no Vientiane."""
    doc = run("新春佳节，万象更新。")
    assert not [m for m in doc.mentions if m.label == "Place"]


def test_a_world_city_alone_stays():
    doc = run("老挝首都万象举行会议。")
    assert ("万象", "万象", "iso-LA-d351915c") in places(doc)


def test_taiwans_new_taipei_is_no_old_name_of_a_district_of_changzhou():
    doc = run("台北市、高雄市、新北市的台胞参访团抵达厦门。")
    assert "320411" not in codes(doc)


def test_the_changzhou_district_stays():
    doc = run("常州市新北区召开会议。")
    assert "320411" in codes(doc)


def test_a_place_after_its_title_in_one_word_stays():
    """首都北京 is one word of jieba's (ns): 北京 is the place all the same."""
    doc = run("盟政府所在地与首都北京直线距离为460公里。")
    assert ("北京", "北京市", "110000") in places(doc)


def test_a_province_after_a_country_is_no_ministry():
    """越南广宁省, 老挝琅勃拉邦省: 省 after a country is its province, not a ministry (日本外务省 is)."""
    for text in ("越南广宁省代表团访问广西。", "老挝琅勃拉邦省代表团访问云南。", "韩国京畿道与辽宁省签署协议。"):
        doc = run(text)
        assert not [m for m in doc.mentions if m.label == "Agency"], text
        assert [m for m in doc.mentions if m.label == "Place" and (m.attrs.get("code") or "").startswith("iso-")], text


def test_ministries_named_sheng_stay():
    for text in ("日本外务省发言人表示。", "朝鲜外务省发言人表示。"):
        doc = run(text)
        assert [m for m in doc.mentions if m.label == "Agency" and m.surface.endswith("外务省")], text


def test_a_farm_named_after_a_place_is_the_farm():
    """南山牧场 (a 兵团 farm): the farm, written whole, not the bare 南山."""
    doc = run("1969年，南山牧场与另一农场合并为一个团场。")
    got = {m.surface for m in doc.mentions if m.label == "Place"}
    assert "南山牧场" in got and "南山" not in got


def test_a_county_read_over_a_short_name_it_overlaps():
    """曾任泽州县委书记: the leftmost walk read 任泽 (任泽区 short) first and hid 泽州县."""
    doc = run("他曾任泽州县委书记，分管农业工作。")
    assert ("泽州县", "泽州县", "140525") in places(doc)
    assert "130505" not in codes(doc)


def test_the_district_whose_short_name_it_was_stays():
    doc = run("邢台市任泽区召开会议。")
    assert "130505" in codes(doc)
