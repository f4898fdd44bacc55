"""Places on unseen approvals and regional pages (places15): counties written by their names from
before 撤县设区/撤县设市 (撤销水城县, 设立六盘水市水城区), derived from the current name's stem
where the document names the city or province, or listed where the stem changed (陕县 → 陕州区);
Inner Mongolia's 苏木 as a word and its 嘎查 villages; a special administrative region named only
inside its government's name (香港特区政府)."""
from __future__ import annotations

from conftest import names_doc as run


def places(doc):
    return {(m.surface, m.norm, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}


def test_a_county_that_became_a_district_by_its_old_name_with_its_city_named():
    doc = run("撤销水城县，设立六盘水市水城区，以原水城县的行政区域为水城区的行政区域。")
    got = {(m.surface, m.attrs.get("code"), m.attrs.get("former")) for m in doc.mentions if m.label == "Place"}
    assert ("水城县", "520204", "水城县") in got


def test_a_county_that_became_a_county_level_city_by_its_old_name():
    doc = run("民政部同意撤销康定县，设立县级康定市，由甘孜藏族自治州管辖。")
    assert ("康定县", "康定市", "513301") in places(doc)


def test_a_derived_old_name_of_a_common_word_needs_its_region():
    doc = run("全市上下积极争创平安县，推动社会治理现代化。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.attrs.get("code") == "630203"]


def test_a_derived_old_name_alone_when_its_stem_is_a_proper_name():
    doc = run("捐款设立专项基金，用于青浦县境内的希望小学建设。")
    assert ("青浦县", "青浦区", "310118") in places(doc)


def test_an_old_name_shared_with_another_place_stays_out_alone():
    doc = run("中山县的华侨捐资兴学。")  # Guangdong's 中山 (now 中山市), not Dalian's 中山区
    assert not [m for m in doc.mentions if m.label == "Place" and m.attrs.get("code") == "210202"]


def test_renamed_counties_whose_stem_changed_are_listed():
    doc = run("撤销陕县，设立三门峡市陕州区；撤销遵义县，设立遵义市播州区。")
    got = places(doc)
    assert ("陕县", "陕州区", "411203") in got
    assert ("遵义县", "播州区", "520304") in got


def test_the_people_named_autonomous_county_written_with_its_people():
    doc = run("甘肃省临夏州东乡县的洋芋丰收了。")
    assert ("东乡县", "东乡族自治县", "622926") in places(doc)


def test_sumu_is_a_word_and_a_gacha_is_a_village_of_its_banner():
    doc = run("阿拉善左旗包括乡镇和苏木，苏木是牧区行政单位。东乌珠穆沁旗巴音图嘎嘎查共有176个牧户。")
    got = places(doc)
    assert not [s for s, _, _ in got if s == "苏木"]
    assert ("巴音图嘎嘎查", "巴音图嘎嘎查", None) in got


def test_a_special_administrative_region_inside_its_governments_name():
    doc = run("香港特区政府代表出席会议并致辞。")
    got = places(doc)
    assert ("香港特区", "香港", "810000") in got


def test_a_district_name_two_cities_share_is_a_place_without_a_code_when_the_text_names_neither():
    doc = run("长安区召开河长制工作会议，区委书记出席。")
    assert ("长安区", "长安区", None) in places(doc)
    doc = run("西安市长安区郭杜街道召开会议。")
    assert ("长安区", "长安区", "610116") in places(doc)


def test_a_town_of_one_character_after_the_former_mark_before_its_organs():
    doc = run("原罗镇党委书记出席会议。原两镇党委合并后撤销。")
    got = places(doc)
    assert ("罗镇", "罗镇", None) in got
    assert not [s for s, _, _ in got if s.startswith("原") or s == "两镇"]


def test_a_town_of_one_character_after_its_county_and_one_whose_name_holds_its_suffix():
    doc = run("北京市顺义区张镇开展春耕。浙江省桐乡市乌镇举办世界互联网大会。")
    got = places(doc)
    assert ("张镇", "张镇", "110113110") in got
    assert ("乌镇", "乌镇镇", "330483100") in got


def test_more_renamed_counties_of_the_northwest():
    doc = run("固原县位于宁夏回族自治区南部，西邻西吉县。")
    assert ("固原县", "原州区", "640402") in places(doc)


def test_countries_of_foreign_ministry_notes_written_short_in_a_run():
    doc = run("中挪两国政府发表共同声明，中丹关系持续发展。")
    assert any(m.surface == "挪" and m.norm == "挪威" for m in doc.mentions)
    assert any(m.surface == "丹" and m.norm == "丹麦" for m in doc.mentions)


def test_a_short_form_two_countries_share_needs_the_one_the_text_writes():
    doc = run("中瑞两国签署合作协议。")
    assert not any(m.surface == "瑞" for m in doc.mentions)
    doc = run("瑞士联邦主席访华，中瑞两国签署自贸协定。")
    assert any(m.surface == "瑞" and m.norm == "瑞士" for m in doc.mentions)


def test_short_forms_listed_with_the_enumeration_comma_before_a_word_of_places():
    doc = run("柬、中两国外长作为共同主席主持了会议。京、津、冀三地协同发展。")
    got = {(m.surface, m.norm) for m in doc.mentions if m.label == "Place"}
    assert {("柬", "柬埔寨"), ("中", "中国"), ("京", "北京市"), ("津", "天津市"), ("冀", "河北省")} <= got


def test_listed_characters_without_such_a_word_stay_words():
    doc = run("说明书有两种版本：中、英文版本同时提供。")  # languages, no countries
    assert not [m for m in doc.mentions if m.label == "Place"]


def test_a_provincial_list_takes_county_short_names_of_every_prefecture():
    doc = run("本次任命前分别任嘉善县、温岭市、莲都区委书记；娄绍光、李无文分别从永嘉、"
              "瑞安两县（市）委书记调任为瓯海、鹿城两区的区委书记。")
    got = {(m.surface, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}
    assert {("永嘉", "330324"), ("瓯海", "330304"), ("鹿城", "330302")} <= got


def test_an_autonomous_prefecture_written_without_its_people():
    doc = run("工作组来到云南省楚雄自治州下辖双柏县。自治州成立60周年庆祝活动隆重举行。")
    got = places(doc)
    assert ("楚雄自治州", "楚雄彝族自治州", "532300") in got
    assert not [s for s, _, _ in got if s == "自治州"]


def test_the_special_district_by_its_name_alone_and_a_citys_centre_no_place():
    doc = run("堕却乡位于六枝特区西部，是六枝典型的高寒山区，乡政府驻地距市中心区73公里。")
    got = places(doc)
    assert ("六枝", "六枝特区", "520203") in got
    assert not [s for s, _, _ in got if s == "中心区"]


def test_villages_a_township_lists_by_name_before_their_count():
    doc = run("椰林镇辖有卓杰、华东、华北、城南等15个行政村，和平、沿河、中山等8个社区。")
    got = {(m.surface, m.attrs.get("code"), m.attrs.get("level")) for m in doc.mentions if m.label == "Place"}
    assert {("卓杰", None, "village"), ("华东", None, "village"), ("中山", None, "community")} <= got
    assert not [m for m in doc.mentions if m.surface == "中山" and m.attrs.get("code") == "442000"]
