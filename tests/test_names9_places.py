"""Places abroad on unseen foreign-affairs news (names9): a compass word translated as part of a
foreign division's name (瑞典东约特兰省, 英国西约克郡)."""
from __future__ import annotations

from conftest import mentioned, names_doc as run


def test_a_compass_word_after_a_country_is_part_of_the_division_name():
    doc = run("中国友好代表团访问了瑞典东约特兰省，并会见了英国西约克郡议会负责人。")
    places = mentioned(doc, "Place")
    assert {"东约特兰省", "西约克郡", "瑞典", "英国"} <= places
    assert "约特兰省" not in places


def test_a_compass_word_before_a_city_word_is_not_read_into_it():
    doc = run("代表团抵达莫斯科市，随后前往俄罗斯南部。")
    assert "莫斯科" in mentioned(doc, "Place")
    assert not any(n.startswith("南") for n in mentioned(doc, "Place"))


def test_a_verb_before_plant_ends_no_company_name():
    doc = run("该公司计划在美国南卡罗来纳州设厂，年产汽车10万辆。")
    assert not any(n.endswith("设厂") for n in mentioned(doc))


def test_a_customary_pair_decides_a_bare_ambiguous_country_character():
    doc = run("巴以双方代表昨日在开罗再次会谈。以方提出新的安全安排，巴方表示需要研究。")
    spans = {(m.surface, m.norm) for m in doc.mentions if m.label == "Place"}
    assert ("巴", "巴勒斯坦") in spans and ("以", "以色列") in spans
    doc = run("巴方表示需要进一步研究。")  # no full name, no pair: 巴 stays unread
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "巴"]


def test_a_country_character_before_a_part_of_the_country():
    doc = run("巴基斯坦政府宣布，巴北部地区将恢复供电。受强降雨影响，印全国已有300多人遇难。")
    spans = {(m.surface, m.norm) for m in doc.mentions if m.label == "Place"}
    assert ("巴", "巴基斯坦") in spans and ("印", "印度") in spans


def test_function_characters_before_a_part_word_are_no_country():
    doc = run("长江以南部分地区有中到大雨，华北中南部及东北地区转晴，15日南部山区有雷阵雨。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface in ("以", "中", "日")]


def test_a_district_name_several_cities_share_is_the_named_citys():
    doc = run("江苏省南京市鼓楼区今年新建口袋公园12个。")  # 鼓楼区 of 南京 and of 徐州 are in 江苏
    codes = {(m.norm, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}
    assert ("鼓楼区", "320106") in codes


def test_a_county_short_name_as_a_persons_native_place():
    doc = run("王明，男，1962年生，浙江义乌人，1985年参加工作。")
    assert "义乌市" in mentioned(doc, "Place")


def test_xin_is_new_zealand_where_the_document_names_it():
    doc = run("国务院总理将对新西兰进行正式访问。访新期间，双方将就中新关系深入交换意见。")
    assert [m for m in doc.mentions if m.label == "Place" and m.surface == "新"] and \
        all(m.norm == "新西兰" for m in doc.mentions if m.label == "Place" and m.surface == "新")
    doc = run("新加坡总理将访华。中新关系不断发展。")
    assert all(m.norm == "新加坡" for m in doc.mentions if m.label == "Place" and m.surface == "新")


def test_a_ministers_title_and_name_hold_no_place():
    doc = run("柬埔寨前副总理兼财政部长安雷今天抵达金边。")
    assert "长安" not in mentioned(doc, "Place")


def test_the_start_of_a_name_written_by_sound_is_no_place():
    doc = run("他是当年“乌斯塔夏”分子的头目之一。")
    assert "乌斯" not in mentioned(doc, "Place")
