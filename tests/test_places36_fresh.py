"""places36: places in county news with 其中 lists, foreign local places in sister-city news,
township streets and natural villages (excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: getattr(e, "code", None) for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple[str, str, float]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject, m.subject), m.indicator, m.value) for m in doc.metrics}


def test_a_province_after_qizhong_is_no_city_read_across_the_word():
    """其中山东有3个: the word 其中 hides 中山 (a city read first by the leftmost walk), so the
    province 山东 is the name; and its count with 有 is its part of the pilots counted before."""
    doc = extract_text("全国共有10个试点，其中山东有3个，河南有5个。")
    places = _places(doc)
    assert "山东省" in places and "中山市" not in places, places
    got = _metrics(doc)
    assert ("山东省", "试点", 3) in got, got
    assert ("河南省", "试点", 5) in got, got
    assert not any(ind in ("山东试点", "河南", "山东") for _, ind, _ in got), got


def test_qizhong_before_a_full_province_name_with_you():
    """其中山东省有3个: the place owns its part with 有, no 山东省试点."""
    got = _metrics(extract_text("全国共有10个试点，其中山东省有3个，河南省有5个。"))
    assert ("山东省", "试点", 3) in got and ("河南省", "试点", 5) in got, got


def test_a_county_after_a_laotian_province_is_laos_not_shanxi():
    """云南省玉溪市元江县与老挝万象省万荣县等签署建立友好城市关系协议书: 万荣县 after 老挝万象省 is
    Vang Vieng of Vientiane province, not Shanxi's 万荣县 (140822)."""
    doc = extract_text("云南省玉溪市元江县与老挝万象省万荣县等签署建立友好城市关系协议书。")
    places = _places(doc)
    assert "万荣县" in places and places["万荣县"] != "140822", places
    assert places.get("元江哈尼族彝族傣族自治县") == "530428", places


def test_a_township_raised_to_a_street_written_by_its_old_name():
    """北京丰台区花乡与黄龙镇签订了…协议: 花乡 (now 花乡街道 of 丰台区) is the township after its
    district."""
    doc = extract_text("记者从张湾区黄龙镇了解到，北京丰台区花乡与黄龙镇签订了南水北调对口协作协议。"
                       "据悉，丰台区花乡已启动援助项目具体工作。")
    places = _places(doc)
    assert places.get("花乡街道") == "110106018", places


def test_natural_villages_listed_after_their_village():
    """沿着207国道沿线的海联村茅坪铺、八角山、铜将军等自然村: the natural villages of 海联村, the
    first written right after it, the last holding 将 inside its name."""
    doc = extract_text("在村干部的带领下，段贵建一行沿着207国道沿线的海联村茅坪铺、八角山、铜将军等自然村，"
                       "实地察看村庄规划和人居环境现状。")
    places = _places(doc)
    assert {"茅坪铺", "八角山", "铜将军"} <= set(places), places

    assert not {"香蕉", "和梨"} & set(_places(extract_text("我们看到了苹果、香蕉和梨等自然村特产。")))


def test_dadu_before_a_verb_is_mostly_no_yuan_capital():
    """大批崇仁人来到上海市创业,大都从事建筑、纺织…: 大都 before 从事 is "mostly", no place."""
    doc = extract_text("据了解,改革开放以来,大批崇仁人来到上海市创业,大都从事建筑、纺织、物流、五金、饮料、化工等多种行业。")
    assert "大都" not in _places(doc), _places(doc)


def test_the_last_word_of_a_quoted_salon_after_a_post_is_no_person():
    """“首届深圳市全国异地商会会长沙龙”在深圳举行: 会长|沙龙 closes the event's title; 沙龙 (a
    salon, 本次沙龙) is no person holding 会长."""
    doc = extract_text("0日下午,“首届深圳市全国异地商会会长沙龙”在深圳举行。本次沙龙由深圳前海管理局、"
                       "深圳市民间组织管理局支持。")
    assert "沙龙" not in {e.name for e in doc.entities.values() if e.type == "Person"}
    doc = extract_text("此次沙龙的主题为“前海创新驱动与商会经济发展”。\n深圳市异地商会会长沙龙是商会合作与发展的创新。")
    assert "沙龙" not in {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_county_paper_writing_its_own_development_names_itself_short():
    """县委书记付宇率我县党政代表团赴浙江省义乌市…为浠水经济社会高质量发展作出积极贡献: the paper
    speaks as 我县 and writes its own development after its short name: 浠水 is 浠水县, however
    common jieba counts the word."""
    doc = extract_text("3月8日,县委书记付宇率我县党政代表团赴浙江省义乌市开展招商考察活动。"
                       "付宇要求,要认真学习借鉴义乌建设商贸城的成功经验,充分发挥我县交通区位优势,"
                       "为浠水经济社会高质量发展作出积极贡献。")
    assert _places(doc).get("浠水县") == "421125", _places(doc)


def test_a_natural_village_after_the_phrase_describing_it():
    """步行两个多小时来到双江村最偏远的小布自然村: 小布自然村 is a village (the kind 自然村 ends no
    phrase), though no place stands right before it; 偏远的贫困自然村 names none."""
    doc = extract_text("今年3月份,农振锋驻村的第二天,就步行两个多小时来到双江村最偏远的小布自然村,"
                       "挨家挨户与村民交谈。全村最偏远的贫困自然村也通了路。")
    places = _places(doc)
    assert "小布自然村" in places, places
    assert not any(n.startswith("贫困") for n in places), places
