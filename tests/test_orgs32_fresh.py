"""Organisations in friendship-association, investment-promotion and association news (orgs32).
Sentences in the shapes found on fresh national, provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts, relation_pairs


def test_a_friendship_association_written_short():
    """中日友协, 南中友协, 日本友协: the press of the friendship associations writes them short; each is
    the association under its full name (China's first as written, the other country's own named
    with the country in full), and 会长 after it is its president's post — no body 日友协会 read
    through the 会 of 会长."""
    for text, name, holder in (("4月27日,中日友协会长王建国在京会见日本客人。", "中日友好协会", "王建国"),
                               ("代表团会见了南中友协会长迪皮科。", "南非中国友好协会", "迪皮科"),
                               ("访问期间会见了肯中友协会长穆尧。", "肯尼亚中国友好协会", "穆尧"),
                               ("日本友协会长宫本雄二出席招待会。", "日本中国友好协会", "宫本雄二")):
        doc = extract_text(text)
        names = _names(doc)
        assert name in names, (text, names)
        assert not any(n.endswith("友协会") for n in names), (text, names)
        assert (holder, name) in _posts(doc), (text, _posts(doc))


def test_other_friendship_short_forms_are_left_alone():
    """全国对外友协 is the national association (registry); 省友协 is a province's own, no pair of
    countries; 巴 writes several countries, so 巴中友协 is not expanded to one of them."""
    names = _names(extract_text("全国对外友协副会长出席。省友协会长出席。巴中友协成立。"))
    assert "中国人民对外友好协会" in names, names
    assert not any(n.endswith("中国友好协会") for n in names), names


def test_a_group_of_common_words_that_signs_a_deal():
    """新希望集团, 东方希望集团: a private group named by common words (希望 is a verb) and without a
    place is still a company when it opens its clause and signs with another party."""
    for text, name in (("5月8日,新希望集团与资阳市人民政府签署战略合作协议。", "新希望集团"),
                       ("东方希望集团同梁平区人民政府签订投资协议。", "东方希望集团"),
                       ("新希望集团与湖北省人民政府达成战略合作协议。", "新希望集团")):
        names = _names(extract_text(text), "Organization")
        assert name in names, (text, names)


def test_a_qualified_group_that_signs_is_no_name():
    """知名集团, 该集团, 投资集团 before 与…签约: a qualifier, a pronoun or a kind of group, no brand."""
    for text in ("知名集团与市政府签约。", "该集团与市政府签约。", "投资集团与县政府签约。", "两大集团与县政府签约。"):
        names = _names(extract_text(text), "Organization")
        assert not any(n.endswith("集团") for n in names), (text, names)


def test_a_foreign_citys_mayor_joined_to_its_secretary():
    """万象市委书记兼市长辛拉冯…访问北京: 市长 joined by 兼 to a foreign city's party secretary is that
    city's, never the mayoralty of a Chinese city the sentence names later (no post of 北京市)."""
    doc = extract_text("老挝万象市委书记兼市长辛拉冯率团访京。4月24日,万象市委书记兼市长辛拉冯率政府团一行访问北京。")
    assert not any(body == "北京市" for _, body in _posts(doc)), _posts(doc)


def test_a_post_held_in_turn_is_no_body():
    """9-11月轮值会长王德智, 商会轮值会长: 轮值 (held in turn) qualifies the post as 常务 and 执行 do; no
    body 月轮值会 or 商会轮值会 is read through the 会 of 会长."""
    for text in ("9-11月轮值会长王德智与12-2月轮值会长李结龙进行了交接。", "商会轮值会长张三主持会议。"):
        names = _names(extract_text(text))
        assert not any(n.endswith("轮值会") for n in names), (text, names)


def test_a_general_association_of_merchants_is_an_organisation():
    """川商总会会长, 晋商总会副会长: the general association of one province's merchants is a society
    (as 浙商商会 and 晋商联合会 are), never an agency."""
    for text, name in (("川商总会会长刘永好表示欢迎。", "川商总会"), ("晋商总会副会长李四出席。", "晋商总会")):
        doc = extract_text(text)
        assert name in _names(doc, "Organization"), (text, _names(doc))
        assert name not in _names(doc, "Agency"), (text, _names(doc))


def test_the_mark_of_a_former_body_opens_no_name():
    """改建原绿苑幼儿园办公大楼, 原红星机械厂厂区: 原 (former) before a body is no part of its name; a
    place opening there (原平市) and a word the mark opens (原子能) are kept."""
    for text, name in (("决定改建原绿苑幼儿园办公大楼。", "绿苑幼儿园"),
                       ("原红星机械厂厂区改造为公园。", "红星机械厂"),
                       ("中国原子能科学研究院派员出席。", "中国原子能科学研究院")):
        names = _names(extract_text(text), "Organization")
        assert name in names, (text, names)
        assert not any(n.startswith("原") and n != name for n in names), (text, names)


def _located(doc) -> set[tuple[str, str]]:
    return relation_pairs(doc, "locatedIn")


def test_a_fairs_secretariat_is_where_its_fair_is_held():
    """中国—亚欧博览会秘书处在厦门举办推介会: the secretariat of a fair held in one city every year
    (national_events.tsv host) is in that city (乌鲁木齐), not in the city it promotes the fair in."""
    doc = extract_text("11月5日,中国—亚欧博览会秘书处在厦门举办推介会。秘书处副秘书长李四介绍了筹备情况。")
    located = _located(doc)
    assert ("中国—亚欧博览会秘书处", "乌鲁木齐市") in located, located
    assert ("中国—亚欧博览会秘书处", "厦门市") not in located, located


def test_an_expos_committee_before_the_meeting_it_holds():
    """进博会组委会在成都举办推介会: the expo's committee, then the meeting it holds — no meeting named
    after the expo (进博会城市服务保障推进会 is one), so the expo and its committee are read and no body
    博会组委会 is cut from the short form."""
    doc = extract_text("进博会组委会在成都举办推介会。")
    names = _names(doc)
    assert "中国国际进口博览会组委会" in names, names
    assert "博会组委会" not in names, names
    assert "进博会城市服务保障推进会" in _names(extract_text("进博会城市服务保障推进会召开。"), "Programme")


def test_a_society_named_by_a_bare_level_word_is_the_places_own():
    """区瓜农协会, 市总商会: a society named by a bare level word and its own words is the article's
    district's or city's, completed as 区书法家协会 and 市交投集团 are (黄岩区瓜农协会); with no place
    of that level in the article it stays as written."""
    doc = extract_text("黄岩区委书记出席。区瓜农协会和区书法家协会签订共建协议。")
    assert "黄岩区瓜农协会" in _names(doc, "Organization"), _names(doc)
    assert ("黄岩区瓜农协会", "黄岩区") in _located(doc), _located(doc)
    names = _names(extract_text("长沙市委书记出席。区瓜农协会成立。"), "Organization")
    assert not any(n.startswith("长沙") and n.endswith("瓜农协会") for n in names), names


def test_a_trade_society_named_by_a_bare_level_word():
    """市物流协会第三届会员代表大会在椒江召开, 县果品协会成立: a trade's society named by a bare level
    word is read as 市交投集团 is — the article's city's or county's own (台州市物流协会); a kind or
    a pronoun after the scope (市相关协会, 县各协会) names no society."""
    doc = extract_text("黄岩区委书记出席。市物流协会第三届会员代表大会召开。")
    assert "台州市物流协会" in _names(doc, "Organization"), _names(doc)
    doc = extract_text("开江县委书记讲话。县果品协会成立。")
    assert "开江县果品协会" in _names(doc, "Organization"), _names(doc)
    names = _names(extract_text("开江县委书记讲话。县相关协会和县各协会参加。"), "Organization")
    assert not any(n.endswith("协会") for n in names), names


def test_bureaus_merged_by_institutional_reform():
    """市水务和湖泊局, 市交通运输和物流局: bureaus the 机构改革 of a city merged from two stems, read as
    市自然资源和规划局 is (湖泊 and 物流 are department stems), the city's own."""
    names = _names(extract_text("武汉市委书记出席。市水务和湖泊局、市交通运输和物流局负责人参加。"), "Agency")
    assert {"武汉市水务和湖泊局", "武汉市交通运输和物流局"} <= names, names
