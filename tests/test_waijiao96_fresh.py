"""Round 96 (waijiao96): foreign-affairs statements and press conferences, second pass — the foreign
ministry's regular briefings (汪文斌 on the FOCAC coordinators' meeting, 2022-08; 毛宁 on the 20th
China–ASEAN Expo with ASEAN trade figures, 2023-09, as the embassy in India reposted it; 毛宁 on the
US–Japan–ROK statements, 2024-06; 毛宁 announcing 王毅's visit to Namibia, Congo, Chad and Nigeria,
2025-01), joint statements (China–Solomon Islands 2023, China–Russia 2017), 习近平's talks with the US
president (2017-11) and 李强 meeting the WTO director-general in Rio (fresh texts of
/tmp/s26/fresh/waijiao96, from the public pages the `search` tool stored).  Fixes: 中国—东盟贸易额 cut to
东盟贸易额 of China and 中巴双边贸易额 (巴 left unread) to 巴双边贸易额 — the pair is what a trade figure
counts; 美日韩 (three countries by one character, no cue word after them) read as no place, 美日菲 as two,
and such a list then no article's place; 4个高级别对话机制 counted 高级别 (对 of 对话 cut the noun), a
role after the things counted (发挥5个示范基地作用) and 双方 after them (…机制双方牵头人) part of the noun;
建交国 an organisation (jieba's nt); 所谓印太战略 a programme."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_dash_between_two_partners_keeps_the_pair_in_the_trade_figure():
    """05-maoning-dongbohui: 去年，中国—东盟贸易额超过9700亿美元，同比增长11.2% (base: indicators 东盟贸易额 and
    东盟贸易额同比增长 of China — the first partner cut off as the subject, as if China traded with ASEAN
    alone).  The pair is what is counted, as 中国与东盟贸易额 already was; China stays the subject."""
    doc = extract_text("外交部发言人答记者问\n去年，中国—东盟贸易额超过9700亿美元，同比增长11.2%。")
    got = _indicators(doc)
    assert got.get(9.7e11) == "中国—东盟贸易额", got
    assert got.get(11.2) == "中国—东盟贸易额同比增长", got
    assert {m.subject for m in doc.metrics} == {"place-iso-CN"}, [m.subject for m in doc.metrics]
    # a place alone before its own measure still is the subject, no pair
    doc = extract_text("外贸情况\n2023年，广西外贸进出口总额达6936.5亿元。")
    assert _indicators(doc).get(6.9365e11) == "外贸进出口总额", _indicators(doc)


def test_a_pair_of_country_characters_stays_whole_when_the_second_is_unread():
    """waishi88/embassy72's sentence as in 05-maoning-dongbohui's kind of briefing: 2022年中巴双边贸易额为1714.9
    亿美元 (base: 巴双边贸易额 — 巴 may be Brazil or Pakistan, the text names neither, so only 中 was read
    and cut as the subject).  中塞贸易额 likewise; 中方出口额 (a side, no pair) still loses its 中方."""
    doc = extract_text("中巴经贸关系\n2022年中巴双边贸易额为1714.9亿美元，其中中方出口额619.7亿美元。")
    got = _indicators(doc)
    assert got.get(1.7149e11) == "中巴双边贸易额", got
    assert got.get(6.197e10) == "出口额", got
    doc = extract_text("经贸合作\n2022年中塞贸易额为8亿美元。")
    assert _indicators(doc).get(8e8) == "中塞贸易额", _indicators(doc)


def test_three_countries_written_by_one_character_each_are_a_list():
    """07-maoning-meirihan: 美日韩借三边防长会和副外长对话推进所谓“印太战略” (base: no 日本 and no 韩国 — a run of
    country characters needed a cue word after it such as 关系) and 美日菲三国 read; 美英澳三边安全伙伴关系
    (base: 美英 only).  A person's name of such characters (白冰冰: one written twice) stays no place."""
    doc = extract_text("外交部回应\n美日韩借三边防长会推进有关战略。")
    assert {"美国", "日本", "韩国"} <= _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("外交部回应\n美英澳三边安全伙伴关系造成核扩散风险。")
    assert {"美国", "英国", "澳大利亚"} <= _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("文艺演出\n白冰冰出席活动并致辞。")
    assert not _names(doc, "Place") & {"白俄罗斯", "冰岛"}, _names(doc, "Place")
    # no list: 以 (by) before 美中, a country's own name inside (中|蒙古史: 中 is "in"), a continent's pair (亚欧|新)
    doc = extract_text("白皮书\n白皮书呼吁以美中北京首脑会晤为动力。")
    assert "以色列" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("学术研讨\n有些学者对《清实录》中蒙古史史料的挖掘引起了与会学者的兴趣。")
    assert not _names(doc, "Place") & {"中国", "古巴"}, _names(doc, "Place")
    doc = extract_text("博览会\n新加坡代表出席。主题为丝路新机遇，亚欧新活力。")
    assert [len(e.mentions) for e in doc.entities.values() if e.name == "新加坡"] == [1], doc.entities
    # no list: the run opens a place's name glued to its division's suffix (中新|苏滁高新区, a park)
    doc = extract_text("标题\n会议由中新苏滁高新区党工委委员李远博主持。")
    assert not _names(doc, "Place") & {"中国", "新加坡", "苏联"}, _names(doc, "Place")


def test_a_list_of_countries_in_a_statement_is_no_article_place():
    """07-maoning-meirihan: 外交部回应美日韩涉华消极表态 … 新华社北京6月3日电 针对近期美日韩发表涉华消极内容，外交部
    发言人毛宁3日…表示 (with 美日韩 read, the story became 美国's: the first of the most-named list).  The
    countries a statement answers are its parties, not its scene: the story stays Beijing's."""
    doc = extract_text("外交部回应美日韩涉华消极表态\n新华社北京6月3日电 针对近期美日韩发表涉华消极内容，外交部发言人毛宁"
                       "3日在例行记者会上答问时表示，美日韩借三边防长会推进有关战略，中方表示强烈不满和坚决反对。"
                       "毛宁说，美方应当把有关表态落到实处。")
    assert {"日本", "韩国"} <= _names(doc, "Place"), _names(doc, "Place")  # (base: the list read as no place)
    place = doc.entities.get(doc.articles[0].place)
    assert place is not None and place.name in ("北京市", "中国"), place


def test_dialogue_mechanisms_are_counted_whole_before_a_role_or_both_sides():
    """04-xi-telangpu-huitan: 充分发挥4个高级别对话机制作用 (base: a count of 高级别 — 对 of 对话 read as a
    preposition) and 两国元首听取了…4个高级别对话机制双方牵头人的汇报 (now 高级别对话机制, not …双方).
    The role 发挥 takes ends the noun (发挥5个示范基地作用 → 示范基地); a dictionary word (3种副作用), the
    role alone (发挥了三个作用) and 双方 opening the noun (50名双方代表) stay whole."""
    for text in ("双方同意充分发挥4个高级别对话机制作用。",
                 "两国元首听取了执法及网络安全对话4个高级别对话机制双方牵头人的汇报。"):
        doc = extract_text("中美元首会晤\n" + text)
        assert _indicators(doc).get(4) == "高级别对话机制", (text, _indicators(doc))
    doc = extract_text("示范创建\n充分发挥5个示范基地作用。")
    assert _indicators(doc).get(5) == "示范基地", _indicators(doc)
    doc = extract_text("药品说明\n临床试验中出现3种副作用。")
    assert _indicators(doc).get(3) == "副作用", _indicators(doc)
    doc = extract_text("会议\n有50名双方代表出席。")
    assert _indicators(doc).get(50) == "双方代表", _indicators(doc)


def test_the_states_with_ties_to_china_are_no_organisation():
    """08-maoning-wangyi-feizhou: 习近平主席提议将中国同所有非洲建交国的双边关系提升到战略关系层面 (base: an
    organisation 建交国 located in 非洲 — jieba tags the word nt).  非洲 stays a place."""
    doc = extract_text("外交部发言人宣布\n习近平主席提议将中国同所有非洲建交国的双边关系提升到战略关系层面。")
    assert "建交国" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert "非洲" in _names(doc, "Place"), _names(doc, "Place")


def test_a_so_called_strategy_is_no_programme():
    """07-maoning-meirihan (as a wire story writes it without quotes): 美日韩借三边防长会推进所谓印太战略 (base: a
    programme 所谓印太战略).  A strategy the speaker calls so-called is the other side's and disputed, as
    所谓“印太战略” in quotes never was one; 推进乡村振兴战略 stays a programme."""
    doc = extract_text("外交部回应\n美日韩借三边防长会推进所谓印太战略。")
    assert not {n for n in _names(doc, "Programme") if "印太" in n}, _names(doc, "Programme")
    doc = extract_text("乡村振兴\n全县深入推进乡村振兴战略。")
    assert "乡村振兴战略" in _names(doc, "Programme"), _names(doc, "Programme")
