"""Round 64 (foreign64): foreign-affairs news at every level (/tmp/s26/fresh/foreign64: 外交部 briefings,
a province's meetings with envoys and foreign governors, consulates' new-year receptions, sister-city
anniversaries and conferences, the China–Africa trade fair).  Fixes in the posts stage: 任 taking a
post word after an envoy's post (由希腊驻华大使任团长: no person 任团长); a joiner and a country's short
form after a foreign post (州长和乌驻华大使: no person 和乌); a dotted name's last syllable before a
word of the dictionary it opens (安迪·福斯特在致辞: not 安迪·福斯); and a bare 驻华大使 joined to a
foreign official's name (布哈拉州州长巴尔诺耶夫和驻华大使赛义多夫: that country's envoy); a consul written
法国新任驻穗总领事 (an ordinal before 驻, 驻穗 one word of jieba's, 刚果(布)'s note; no China's consulate in
its own city) and 总领事时指出 (no name).  In the metrics stage: people joined by 的 to a count of other
things (来自44个非洲国家的1.2万人报名参展参会: no second figure of the countries) and 驻 ending a count's noun
(25个国家驻重庆: 国家).  In the places and entities stages: 加 is 加纳 in a story naming Ghana (中加建交), and a
foreign country's national institution is its own (新西兰国家博物馆, not China's 国家博物馆)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _posts(doc) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in doc.entities.values()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "holdsPost"}


def test_ren_taking_a_post_word_after_an_envoy_is_no_person():
    """02-fujian-silk-road-diplomats (东南网, 福建): 会见由希腊驻华大使任团长的14国驻华外交官组成的外交官团
    (base: a person 任团长 holding a post in 希腊驻华大使馆)."""
    doc = extract_text("省领导会见外交官团\n1日晚,副省长郭宁宁在福州会见由希腊驻华大使任团长的14国驻华外交官组成的"
                       "“重走丝绸之路”外交官团。")
    assert "任团长" not in _persons(doc), _persons(doc)
    assert "郭宁宁" in _persons(doc)
    # a name of the family 任 after the envoy's post stays a name
    named = extract_text("外交官团访问福州\n1日晚,希腊驻华大使任思远率团访问福州,副省长郭宁宁会见。")
    assert "任思远" in _persons(named), _persons(named)


def test_a_joiner_and_a_country_s_short_form_after_a_foreign_post_is_no_name():
    """03-henan-bukhara-governor (河南省外办): 此次布哈拉州州长和乌驻华大使的来访 (base: a person 和乌 holding
    布哈拉州's post)."""
    doc = extract_text("副省长会见外宾\n3月16日下午,副省长何金平在郑州会见了乌兹别克斯坦布哈拉州州长巴尔诺耶夫一行。"
                       "此次布哈拉州州长和乌驻华大使的来访将进一步深化河南省和布哈拉州之间的友好合作。")
    assert "和乌" not in _persons(doc), _persons(doc)


def test_a_dotted_name_s_last_syllable_before_a_dictionary_word():
    """05-wellington-beijing-15years (新华社): 惠灵顿市市长安迪·福斯特在致辞中表示 (base: 安迪·福斯, 特在 read as
    a word of the dictionary)."""
    doc = extract_text("惠灵顿与北京结为友好城市15周年\n惠灵顿市市长安迪·福斯特在致辞中表示,惠灵顿今年将与北京陆续举办"
                       "一系列活动。")
    assert "安迪·福斯特" in _persons(doc), _persons(doc)
    assert "安迪·福斯" not in _persons(doc)


def test_a_bare_envoy_to_china_joined_to_a_foreign_official():
    """03-henan-bukhara-governor (河南省外办): 会见了乌兹别克斯坦布哈拉州州长巴尔诺耶夫和驻华大使赛义多夫一行
    (base: no person 赛义多夫): the envoy is his country's, held in its mission in China."""
    doc = extract_text("副省长会见外宾\n3月16日下午,副省长何金平在郑州会见了乌兹别克斯坦布哈拉州州长巴尔诺耶夫和"
                       "驻华大使赛义多夫一行。")
    assert ("赛义多夫", "乌兹别克斯坦驻华大使馆") in _posts(doc), _posts(doc)
    # China's own official joined to an envoy: no country to carry, nothing read for 驻华大使
    home = extract_text("省长会见外宾\n3月16日下午,省长王凯和驻华大使赛义多夫一行座谈。")
    assert not any(body and body.endswith("驻华大使馆") and body != "乌兹别克斯坦驻华大使馆"
                   for _, body in _posts(home)), _posts(home)


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_people_of_the_counted_countries_are_no_second_figure_of_them():
    """06-china-africa-expo (央广网, 中非经贸博览会): 已有来自44个非洲国家、6个国际组织的超过1.2万人报名参展参会
    (base: 12000 人 read as a second figure of 国际组织): the people are counted by what they did."""
    doc = extract_text("中非经贸博览会推介会举办\n截至目前,已有来自44个非洲国家、6个国际组织的超过1.2万人报名参展参会,"
                       "规模和国际参与度再创新高。")
    got = _metrics(doc)
    assert ("国际组织", 6, "个") in got, got
    assert ("国际组织", 12000, "人") not in got, got
    assert ("报名参展参会人数", 12000, "人") in got, got


def test_a_count_of_countries_ends_before_the_missions_place():
    """04-chongqing-consulates-newyear (重庆与世界): 25个国家驻重庆、成都总领事馆的领事官员出席了联谊会 (base:
    the indicator 国家驻重庆): 驻 before the place a mission sits in ends the noun counted, as 赴 does."""
    doc = extract_text("外国领事馆新春工作联谊会在重庆举行\n1月10日,联谊会在重庆举行。25个国家驻重庆、成都总领事馆的"
                       "领事官员出席了联谊会。")
    got = _metrics(doc)
    assert ("国家", 25, "个") in got, got


def test_a_new_consul_general_in_guangzhou_written_short():
    """11-guangdong-fao-consuls, 13-guangdong-new-consuls-trad (广东省外办): 会见了法国新任驻穗总领事罗宏灵,
    会见白俄罗斯首任驻穗总领事…、刚果(布)首任驻穗总领事艾博罗 (base: no post: 新任 between the country and
    驻, 驻穗 one word of jieba's, the country's note (布) before the post)."""
    doc = extract_text("陈广俊副主任会见法国新任驻穗总领事\n9月23日上午,陈广俊副主任在广州会见了法国新任驻穗总领事罗宏灵。"
                       "罗宏灵表示,对于担任驻穗总领事一职充满期待。")
    assert ("罗宏灵", "法国驻穗总领事馆") in _posts(doc), _posts(doc)
    doc = extract_text("副省长会见总领事\n3月5日,副省长欧阳卫民在广州分别会见白俄罗斯首任驻穗总领事巴加诺夫斯基、"
                       "刚果(布)首任驻穗总领事艾博罗。")
    got = _posts(doc)
    assert ("艾博罗", "刚果（布）驻穗总领事馆") in got, got
    assert not any(body == "中国驻穗总领事馆" for _, body in got), got  # China has no consulate in its own city


def test_when_and_a_verb_of_speech_after_a_consul_s_post_is_no_name():
    """13-guangdong-new-consuls-trad: 欧阳卫民会见澳大利亚新任驻穗总领事时指出 (base, with 驻广州: a person 时指出)."""
    doc = extract_text("副省长会见总领事\n3月5日,副省长欧阳卫民在广州会见澳大利亚驻广州总领事陆志成。欧阳卫民会见澳大利亚"
                       "驻广州总领事时指出,广东与澳大利亚合作密切。")
    assert "时指出" not in _persons(doc), _persons(doc)
    assert "陆志成" in _persons(doc)


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_jia_is_ghana_in_a_story_naming_ghana():
    """12-hunan-ghana-consulate (湖南省委外办): 加纳驻广州总领事馆举行开馆仪式…中加建交59年来 (base: 加拿大)."""
    doc = extract_text("加纳驻广州总领事馆开馆\n6月26日,加纳驻广州总领事馆举行开馆仪式。童德发副司长致辞时表示,中加建交59年来,"
                       "两国友谊历久弥坚。")
    assert "加纳" in _places(doc) and "加拿大" not in _places(doc), _places(doc)
    canada = extract_text("中加关系\n中加建交以来,两国友谊历久弥坚。")
    assert "加拿大" in _places(canada), _places(canada)  # Canada where the story names no Ghana


def test_a_foreign_country_s_national_institution_is_its_own():
    """05-wellington-beijing-15years (新华社): 庆祝活动在惠灵顿的新西兰国家博物馆举行 (base: an organisation 国家博物馆,
    one entity with China's National Museum of the same name)."""
    doc = extract_text("惠灵顿与北京结为友好城市15周年\n2月1日晚,庆祝活动在惠灵顿的新西兰国家博物馆举行。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "新西兰国家博物馆" in orgs and "国家博物馆" not in orgs, orgs
    home = extract_text("展览开幕\n展览在国家博物馆开幕。")
    assert "国家博物馆" in {e.name for e in home.entities.values() if e.type == "Organization"}
