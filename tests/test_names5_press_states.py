"""Presses and troupes named by plain nouns (语文出版社, 百花文艺出版社, 总政歌舞团), kinds of press
left alone (地方出版社, 各出版社), and a country's official form ending in 国 written before a word
that 国 opens (日本|国会, 日本|国内): sentences written like People's Daily culture and foreign news."""
from __future__ import annotations

from conftest import extract_text as run
from conftest import surfaces as mentions


def test_presses_named_by_common_nouns():
    doc = run("本报北京5月8日讯 《李中贤诗文集》日前由百花文艺出版社出版。语文出版社、作家出版社"
              "也推出了一批新书。")
    orgs = mentions(doc, "Organization")
    assert {"百花文艺出版社", "语文出版社", "作家出版社"} <= orgs
    assert not any(o.startswith("由") for o in orgs)


def test_kinds_of_press_are_no_names():
    doc = run("全国各出版社要加强管理。地方出版社和大学出版社发展很快，这家出版社去年出书200种。")
    orgs = mentions(doc, "Organization")
    assert not any(o.endswith("出版社") for o in orgs), orgs


def test_a_troupe_after_what_the_sentence_did():
    doc = run("五日举行的音乐会展示总政歌舞团四十五年来的艺术成就。")
    orgs = mentions(doc, "Organization")
    assert "总政歌舞团" in orgs and not any("展示" in o for o in orgs)


def test_japan_before_its_parliament_and_interior():
    doc = run("东京5月8日电 日本国会今天通过了预算案。分析人士认为，日本国内经济形势依然严峻。")
    places = mentions(doc, "Place")
    assert "日本国" not in places and "日本" in places
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency" and e.mentions}
    assert any(a.endswith("国会") for a in agencies)


def test_japan_official_form_before_a_ministry_keeps_the_ministry_whole():
    doc = run("东京5月8日电 日本国土交通省今天发布消息，将加强港口建设。")
    names = {e.name for e in doc.entities.values() if e.type == "Agency" and e.mentions}
    assert "日本国土交通省" in names and "日本土交通省" not in names


def test_a_company_name_runs_over_a_noun_opened_by_a_stop_character():
    # 经 stops a name (经市政府批准…) but opens 经济 inside one
    doc = run("2024年6月24日，南昌大学与中国江西国际经济技术合作有限公司签署合作协议。")
    orgs = mentions(doc, "Organization")
    assert "中国江西国际经济技术合作有限公司" in orgs
    assert not any(o.startswith("济") for o in orgs)


def test_an_institute_named_with_a_distinguishing_word_closed_by_a_stop_character():
    doc = run("2024年4月22日，省政府要求加快推进江西高等研究院建设。")
    assert "江西高等研究院" in mentions(doc, "Organization")


def test_a_stop_character_as_a_verb_still_stops_the_name():
    doc = run("2024年4月22日，该项目经省发展改革委批准，由江西铜业集团有限公司承建。")
    orgs = mentions(doc, "Organization")
    assert "江西铜业集团有限公司" in orgs
    assert not any(o.startswith("经") or "批准" in o for o in orgs)


def test_periodicals_written_as_a_title_and_their_kind():
    doc = run("华盛顿5月8日电 据美国《时代》周刊报道，研究人员在最新一期美国《科学》杂志上发表论文。"
              "《时代潮》杂志记者也参加了采访。")
    orgs = {m.surface: e.name for e in doc.entities.values() if e.type == "Organization" for m in e.mentions}
    assert orgs.get("美国《时代》周刊") == "时代周刊"
    assert orgs.get("美国《科学》杂志") == "科学杂志"
    assert "《时代潮》杂志" in orgs


def test_a_title_in_brackets_before_other_words_is_no_periodical():
    doc = run("2024年5月8日，市委宣传部印发《关于加强宣传工作的意见》杂志订阅工作同步推进。"
              "大家认真学习了《习近平谈治国理政》第四卷。")
    orgs = {m.surface for e in doc.entities.values() if e.type == "Organization" for m in e.mentions}
    assert not any(o.startswith("《") for o in orgs), orgs
