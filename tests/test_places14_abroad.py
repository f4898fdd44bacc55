"""Places abroad left over (places14): a Chinese city's short name that is a foreign state's short
form too (美国德州 is Texas), provinces abroad written with characters of sound the class lacked
(霍尔木兹甘省, 巴达赫尚省, 下莱茵省) and districts abroad named 区 (苏扎克区)."""
from __future__ import annotations

from conftest import names_doc as run


def _places(doc):
    return [(m.surface, m.norm, m.attrs.get("code"), m.attrs.get("country"))
            for m in sorted(doc.mentions, key=lambda m: m.astart) if m.label == "Place"]


def test_a_short_name_right_after_its_foreign_country_is_the_place_abroad():
    doc = run("中国是美国德州的第二大贸易伙伴，德州位于美国南部，与墨西哥接壤。")
    dz = [p for p in _places(doc) if p[0] == "德州"]
    assert len(dz) == 2 and all(p[1] == "得克萨斯" and p[3] == "US" for p in dz)
    assert not [p for p in _places(doc) if p[2] == "371400"]


def test_the_chinese_city_stays_where_its_province_is_named():
    doc = run("山东德州与美国德州缔结友好城市，德州市长出席签约仪式。")
    got = [(p[0], p[2]) for p in _places(doc) if p[0].startswith("德州")]
    assert got[0] == ("德州", "371400")  # 山东|德州
    assert [p for p in _places(doc) if p[1] == "得克萨斯"]  # 美国|德州


def test_a_story_of_the_chinese_city_alone_is_unchanged():
    doc = run("德州市召开全市经济工作会议，德州将加快建设现代化强市。")
    assert {p[2] for p in _places(doc) if p[0].startswith("德州")} == {"371400"}


def test_provinces_abroad_written_with_the_new_characters_of_sound():
    doc = run("伊朗霍尔木兹甘省发生5.6级地震。阿富汗巴达赫尚省官员表示，德国下莱茵省代表团来访。")
    names = {p[0] for p in _places(doc)}
    assert {"霍尔木兹甘省", "巴达赫尚省", "下莱茵省"} <= names
    assert not [m for m in doc.mentions if m.label == "Agency" and m.surface.endswith("省")]  # no ministry


def test_a_district_abroad_named_qu():
    doc = run("吉尔吉斯斯坦贾拉拉巴德州苏扎克区的牧民，计划租赁奥什州阿莱区的偏远牧场。")
    names = {p[0] for p in _places(doc)}
    assert {"苏扎克区", "阿莱区"} <= names


def test_qu_after_a_common_word_is_no_district_abroad():
    doc = run("加强林木区域保护，考察市场需求，深入老苏区调研。")
    assert not [p for p in _places(doc) if p[2] is None and p[0].endswith(("区", "市"))]


def test_a_japanese_ministry_named_sheng_stays_an_agency():
    doc = run("日本外务省发表声明。")
    assert [m for m in doc.mentions if m.label == "Agency" and m.surface == "日本外务省"]
