"""Foreign-affairs text (places18): divisions abroad the world table lacked.

Consulates' pages list their districts by state (亚利桑那州、新墨西哥州), and 新墨西哥州 was read as
the country 墨西哥 (which then became the article's place); Korean provinces end in 道, and
庆尚北道 was cut to a place 北道; Vietnamese and Lao border provinces (广宁省, 莱州省, 华潘省) and
Japanese prefectures (和歌山县) were missed or read as places without a country.  Names that are
Chinese divisions too (广宁 of Guangdong, 莱州 of Shandong, 山口 a common word) are unsafe in the
table: read with their division's word (莱州省), never alone."""
from __future__ import annotations

from conftest import extract_text, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _places(doc):
    return {e.name: e for e in doc.entities.values() if e.type == "Place"}


def test_a_us_state_holding_a_country_name_is_the_state():
    doc = _PIPE(text_doc("总领馆领区包括亚利桑那州、新墨西哥州和夏威夷州。"))
    places = _places(doc)
    assert "墨西哥" not in places
    assert "新墨西哥" in places


def test_washington_state_is_not_the_capital():
    doc = _PIPE(text_doc("代表团访问华盛顿州，在西雅图市会见州务卿。"))
    assert "华盛顿州" in _places(doc)
    assert "华盛顿" not in _places(doc)


def test_korean_provinces_end_in_dao():
    doc = _PIPE(text_doc("总领事赴安东市会见庆尚北道议长。代表团访问全罗北道。"))
    places = _places(doc)
    assert {"庆尚北道", "全罗北道"} <= set(places)
    assert "北道" not in places


def test_vietnamese_and_lao_provinces_with_their_word():
    doc = _PIPE(text_doc("县长与越南莱州省封土县人民委员会主席举行会谈。老挝华潘省代表团赴越南广宁省访问。"))
    places = _places(doc)
    assert {"莱州", "华潘", "广宁"} <= set(places)
    assert "莱州市" not in places and "广宁县" not in places


def test_chinese_namesakes_alone_stay_chinese():
    doc = _PIPE(text_doc("山东省莱州市召开会议。肇庆市广宁县开展植树活动。"))
    places = _places(doc)
    assert "莱州" not in places and "广宁" not in places


def test_japanese_prefectures_with_their_word():
    doc = _PIPE(text_doc("来自日本的和歌山县、岩手县的相关人士出席了开幕式。"))
    assert {"和歌山", "岩手"} <= set(_places(doc))


def test_hometown_associations_abroad_are_not_the_articles_place():
    """驻旧金山副总领事…拜访了潮州会馆、福建会馆: a consul's visit to hometown associations abroad
    is about the city abroad; the divisions inside the associations' names (福建会馆) are their
    members' origins.  It read 福建省 as the article's place."""
    doc = _PIPE(text_doc("驻旧金山副总领事王某拜访侨社\n1月21日，驻旧金山副总领事王某先后拜访了潮州会馆、福建会馆。"))
    art = doc.articles[0]
    assert art.place != "place-350000"
    assert {"潮州会馆", "福建会馆"} <= {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_division_named_on_its_own_stays_the_place():
    """The rule needs the division to be named only inside names: 福州市福建会馆 keeps 福州市."""
    doc = _PIPE(text_doc("福州市召开侨务工作会议\n1月21日，福州市侨联走访了旧金山福建会馆。"))
    assert doc.articles[0].place == "place-350100"


def _codes(doc, name):
    return {e.code for e in doc.entities.values() if e.type == "Place" and e.name == name}


def test_a_world_city_after_another_countrys_place_is_its_namesake():
    """美国加州圣地亚哥: San Diego, not Chile's Santiago (the table's 圣地亚哥); its later bare
    mentions too, unless the text names Chile as well."""
    doc = _PIPE(text_doc("美国加州圣地亚哥市市长会见代表团。圣地亚哥是加州第二大城市。"))
    codes = _codes(doc, "圣地亚哥")
    assert len(codes) == 1 and next(iter(codes)).startswith("iso-US-")
    doc = _PIPE(text_doc("智利圣地亚哥举行会议。"))
    assert next(iter(_codes(doc, "圣地亚哥"))).startswith("iso-CL-")


def test_a_world_city_with_its_word_is_the_city_without_it():
    """西雅图市 (read by the gazetteer with 市) and 西雅图 (read by the registry) were two places
    with two codes (region-… and iso-US-…)."""
    doc = _PIPE(text_doc("代表团访问西雅图市。西雅图是港口城市。"))
    assert len(_codes(doc, "西雅图")) == 1


def test_a_states_governor_is_a_post_not_a_place():
    """苏丹北达尔富尔州州督华纳, 巴希尔州督: 州督 is the governor of a state abroad; 巴希尔州 was
    read as a state (州 before 督) and 华纳 after the post as a place."""
    doc = _PIPE(text_doc("巴希尔州督表示感谢。"))
    assert "巴希尔州" not in _places(doc)


def test_a_region_read_with_its_word_keeps_its_country():
    """俄勒冈州 read by the gazetteer (with 州) had no country, as 俄勒冈 read by the registry has:
    the posts stage then never read its governor, and it was part of no country."""
    doc = _PIPE(text_doc("美国俄勒冈州代表团访问福州。"))
    m = next(m for m in doc.mentions if m.surface == "俄勒冈州")
    assert m.attrs.get("country") == "US"


def test_china_south_africa_where_south_africa_is_named():
    """中南两国, 中南贸易 in a text naming 南非 are China–South Africa (南 read as 南非 in a run of
    country short forms only where the document names 南非): it was read as the region 中南."""
    doc = _PIPE(text_doc("南非总统访华。中南两国元首会晤，中南贸易额增长。"))
    places = _places(doc)
    assert "中南" not in places and {"中国", "南非"} <= set(places)
    doc = _PIPE(text_doc("中南六省区合作会议在长沙举行。"))
    assert "南非" not in _places(doc)


def test_a_lead_abroad_is_about_that_country():
    """驻珀斯总领馆举办侨胞座谈会…中国国内形势…中澳关系: a consulate's lead names a city abroad and
    no division of China, so the story is about that city's country (it was 中国, named later)."""
    doc = _PIPE(text_doc("驻珀斯总领馆举办侨胞座谈会\n4月21日，驻珀斯总领馆举办侨胞座谈交流会，总领事龙某参加。"
                         "龙总领事介绍中国国内形势以及中澳关系近况。"))
    assert doc.articles[0].place == "place-iso-AU"


def test_a_lead_naming_a_chinese_division_keeps_it():
    """The rule never applies where the lead names a division of China (福州市代表团访问珀斯)."""
    doc = _PIPE(text_doc("福州市代表团访问珀斯\n4月21日，福州市代表团访问珀斯，双方签署协议。中澳合作前景广阔。"))
    assert doc.articles[0].place == "place-350100"


def test_a_title_visit_goes_to_the_place_after_fangwen():
    """中国各级地方政府23人访问韩国全罗北道: 访问 before a title's place makes it where the visit
    goes, as 来 and 莅临 do; the story was given to the visitors' 中国."""
    doc = _PIPE(text_doc("中国地方政府代表团访问韩国全罗北道\n应邀请，北京市、江苏省等地方政府的代表18日起对全罗北道进行为期四天的访问。"))
    assert doc.articles[0].place == "place-iso-KR"


def test_a_compass_region_after_a_country_abroad_is_that_countrys():
    """金崎町位于日本东北的岩手县: 东北 right after 日本 is Japan's Tohoku, not China's 东北 (the
    world table's macro-region); 东北地区 alone stays China's."""
    doc = _PIPE(text_doc("金崎町位于日本东北的岩手县。"))
    china_ne = _PIPE(text_doc("东北地区振兴取得成效。"))
    ne = next(iter(_codes(china_ne, "东北")))
    assert ne not in _codes(doc, "东北") and len(_codes(doc, "东北")) == 1


def _with_dateline(text: str, dateline: str):
    doc = text_doc(text)
    doc.articles[0].dateline = dateline  # (the layout keeps 宁波讯（记者…） out of the article's text)
    return _PIPE(doc)


def test_a_place_named_only_in_the_dateline():
    """宁波讯（记者 王某）日前，一批企业赴澳大利亚参展: the dateline is kept out of the article's
    text, so its 宁波 was no mention and the story went to 澳大利亚; a newspaper's name before 讯
    (河北日报讯) names no place."""
    text = "外贸企业拓市场\n日前，一批企业赴澳大利亚参加展会，签约额超亿元。"
    assert _with_dateline(text, "宁波讯（记者 王某）").articles[0].place == "place-330200"
    assert _with_dateline(text, "河北日报讯（记者 王某）").articles[0].place == "place-iso-AU"


def test_japanese_prefectures_written_as_one_word():
    """京都府知事, 东京都知事: jieba writes 京都府 and 东京都 as one word, so the registry's 京都 and
    东京 were never read there and the POS tagger gave 京都 a place of no country."""
    doc = _PIPE(text_doc("会见以京都府知事为团长的代表团。东京都知事出席。"))
    places = _places(doc)
    assert "京都府" in places and "东京" in places
    assert all(e.code for e in places.values())


def test_taiwan_cities_and_the_taiwan_federation():
    """参访团在台北、南投、嘉义、台南、高雄等地: Taiwan's cities and counties beyond 台北/高雄 were
    places of no country (台南) or none; 四川省台联会 (the Taiwan compatriots' federation) gave a
    place 台联 and a body 台联会 located in it."""
    doc = extract_text("四川省台联访台\n四川省台联会会长刘琪率团赴台湾参访。参访团在台北、南投、嘉义、台南等地座谈交流。")
    places = _places(doc)
    assert {"南投", "嘉义", "台南"} <= set(places) and all(places[n].code for n in ("南投", "嘉义", "台南"))
    assert "台联" not in places


def test_a_state_named_after_a_world_city():
    """美国纽约州, 从阿拉木图州拆分出杰特苏州: a division named after a world city is no city; 纽约州 is
    the table's state (partOf 美国, it was a place of no country), 阿拉木图州 lies in 阿拉木图's
    country."""
    doc = _PIPE(text_doc("美国纽约州州长会见代表团。哈萨克斯坦从阿拉木图州拆分出杰特苏州。"))
    by_surface = {m.surface: m for m in doc.mentions if m.label == "Place"}
    assert by_surface["纽约州"].attrs.get("code") and by_surface["纽约州"].attrs.get("country") == "US"
    assert by_surface["阿拉木图州"].attrs.get("country") == "KZ"
