"""Places and organs on unseen news (names8): foreign and national news written the way People's
Daily and the central and provincial sites write it — clocks named after a place, foreign
people's names written by sound, a foreign country's 全国, two central organs written back to back,
a county's people's organisation running an event."""
from __future__ import annotations

from conftest import extract_text, text_doc
from kg.model import Doc
from kg.pipeline import Pipeline

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def run(text: str) -> Doc:
    return Pipeline(STAGES)(text_doc(text))


def surfaces(doc: Doc, label: str) -> set[str]:
    """The texts of the mentions of entities of one type."""
    return {m.surface for e in doc.entities.values() if e.type == label for m in e.mentions}


def mentioned(doc: Doc, label: str | None = None) -> set[str]:
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def test_a_place_before_shijian_is_a_clock_not_a_mention():
    doc = run("据中国地震台网测定，北京时间6月6日19时06分，四川省阿坝州发生4.2级地震。")
    assert "北京市" not in mentioned(doc)
    assert "四川省" in mentioned(doc, "Place")
    text = "比赛于东京时间晚上8点开始，莫斯科时间下午结束，中国队赴东京参赛。"
    doc = run(text)
    assert [m.start for e in doc.entities.values() if e.name == "东京" for m in e.mentions] == [text.index("赴东京") + 1]
    assert not {"莫斯科"} & mentioned(doc)


def test_a_region_inside_a_name_written_by_sound_is_no_place():
    text = "第32分钟，巴西外援鲁西亚努小角度将球铲入大门，西亚和东亚球队均已出线。"
    doc = run(text)
    assert "巴西" in mentioned(doc, "Place")
    assert [m.start for e in doc.entities.values() if e.name == "西亚" for m in e.mentions] == [text.index("，西亚") + 1]


def test_a_news_site_named_like_a_region_is_no_place():
    doc = run("据台海网报道，厦门市今年新增企业100家。")
    assert "台海" not in mentioned(doc)
    assert "厦门市" in mentioned(doc, "Place")


def test_two_central_organs_written_back_to_back_are_two_organs():
    doc = run("中共中央办公厅国务院办公厅印发了《关于加强基层治理体系和治理能力现代化建设的意见》。")
    assert {"中共中央办公厅", "国务院办公厅"} <= mentioned(doc, "Agency")
    assert not any("办公厅国务院" in n for n in mentioned(doc))
    doc = run("农业部渔业局和财政部预算司负责人出席会议。")  # a unit right after its organ stays one
    assert {"农业部渔业局", "财政部预算司"} <= mentioned(doc, "Agency")


def test_a_county_womens_federation_running_an_event_is_found():
    doc = run("由县妇联主办的“巾帼创业”培训班日前开班，县总工会主席王强出席。")
    assert {"县妇联", "县总工会"} <= surfaces(doc, "Organization")


def test_quanguo_after_a_foreign_country_is_not_china():
    doc = extract_text("意大利全国各大城市17日举行集会，参加者约5万人。")
    assert "意大利" in mentioned(doc, "Place")
    assert "中国" not in mentioned(doc)
    doc = extract_text("目前，这项活动已在全国50多个城市全面展开。")
    assert "中国" in mentioned(doc, "Place")  # 全国 alone is still the country's


def test_baxin_is_papua_new_guinea_not_singapore():
    doc = run("奥尼尔总理此次来华访问是今年中国和巴新两国间一次重要的高层交往。")
    assert "巴布亚新几内亚" in mentioned(doc, "Place")
    assert "新加坡" not in mentioned(doc)


def test_a_world_city_before_sheng_is_the_province_of_that_name():
    doc = run("洪水已威胁到布宜诺斯艾利斯省的部分地区。阿根廷首都布宜诺斯艾利斯举行会议。")
    assert {"布宜诺斯艾利斯省", "布宜诺斯艾利斯", "阿根廷"} <= mentioned(doc, "Place")
    province = next(e for e in doc.entities.values() if e.name == "布宜诺斯艾利斯省")
    assert [m.surface for m in province.mentions] == ["布宜诺斯艾利斯省"]


def test_customary_pairs_of_country_short_forms_are_read_by_their_partner():
    doc = run("在20天的时间里，印巴两国共进行了11次核试验。巴以双方就加沙机场问题举行谈判。")
    places = mentioned(doc, "Place")
    assert {"印度", "巴基斯坦", "巴勒斯坦", "以色列"} <= places
    assert "巴西" not in places
    doc = run("地区形势的最新发展表明了中美加强合作的重要性。")
    assert {"中国", "美国"} <= mentioned(doc, "Place")
    doc = run("中美洲国家代表出席。美中不足的是天气不好。")  # other words: no run
    assert not {"中国", "美国"} & mentioned(doc)


def test_a_short_form_after_a_verb_of_its_own_word_is_read():
    doc = run("希望该组织增加对俄短期贷款。应中国人民外交学会邀请来华访问。黄元福日前来京参加会议。")
    places = mentioned(doc, "Place")
    assert {"俄罗斯", "中国", "北京市"} <= places
    doc = run("这个方案绝对美观。他反对华而不实的作风。")  # 绝对|美观, 反对|华而不实: other words
    assert not {"美国", "中国"} & mentioned(doc)


def test_e_a_word_of_its_own_is_russia():
    doc = run("他表示，俄将大力整顿假酒市场。同时还因为俄的海关工作很糟。")
    assert [m.surface for e in doc.entities.values() if e.name == "俄罗斯" for m in e.mentions] == ["俄", "俄"]
    doc = run("他会说俄语。3月3日，一些俄族退休工人在里加集会。")  # a language, an ethnic group
    assert "俄罗斯" not in mentioned(doc)
