"""Foreign-affairs news (round 40, foreign40): embassies' and consulates' news, friendship cities,
外交部 briefings.  Short real excerpts (sources in /tmp/s24/fresh/foreign40/SOURCES.md) and the
facts they must and must not give."""
from __future__ import annotations

from conftest import extract_text, post_pairs, relation_pairs


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_mission_abroad_is_located_where_it_is_stationed():
    """在华盛顿，中国驻美国大使馆举行新春招待会 (新华社), 美国驻成都总领事馆总领事何孟德一行到甘孜州参访
    (甘孜日报), 孟加拉国驻香港总领馆: a mission stands in its host country or city, not in the
    country that sends it (was 中国驻美国大使馆 locatedIn 中国, 美国驻成都总领事馆 locatedIn 美国).
    A foreign embassy at China (驻华) stays in China."""
    doc = extract_text("在华盛顿，中国驻美国大使馆举行新春招待会。"
                       "美国驻成都总领事馆总领事何孟德一行到甘孜州参访。"
                       "孟加拉国驻香港总领馆总领事马哈穆德表示，他对四川省的经济发展印象深刻。"
                       "张平总领事访问圣地亚哥，中国驻洛杉矶总领事馆网报道。印尼驻华使馆举办招待会。")
    located = relation_pairs(doc, "locatedIn")
    assert ("中国驻美国大使馆", "美国") in located and ("中国驻美国大使馆", "中国") not in located, located
    assert ("美国驻成都总领事馆", "成都市") in located and ("美国驻成都总领事馆", "美国") not in located, located
    assert ("孟加拉国驻香港总领馆", "香港") in located, located
    assert ("中国驻洛杉矶总领事馆", "洛杉矶") in located and ("洛杉矶", "美国") in relation_pairs(doc, "partOf")
    assert ("印度尼西亚驻华使馆", "中国") in located, located


def test_name_first_ambassador_holds_the_mission_his_paragraph_named():
    """在金边，中国驻柬埔寨大使馆举办新春招待会。熊波大使在致辞中… (新华社, five embassies in one
    report): a name with a bare 大使 after it is the head of the mission the paragraph named last
    (was: no person at all).  王大使 (a family name alone) and a 大使 after another body's news
    give nothing."""
    doc = extract_text("在金边，中国驻柬埔寨大使馆举办新春招待会。熊波大使在致辞中高度评价华侨华人。\n"
                       "在喀布尔，中国驻阿富汗大使馆举办春节茶话会。刘劲松大使在致辞中说，中阿合作潜力巨大。")
    posts = post_pairs(doc)
    assert ("熊波", "中国驻柬埔寨大使馆") in posts and ("刘劲松", "中国驻阿富汗大使馆") in posts, posts
    assert ("熊波", "中国驻阿富汗大使馆") not in posts, posts
    doc = extract_text("商务部召开会议。\n李明大使出席活动。王大使表示，中国政府一贯重视发展对厄关系。")
    assert not any(p == "李明" for p, _ in post_pairs(doc)), post_pairs(doc)


def test_country_pair_written_short_is_both_countries_not_a_city_or_region():
    """中国驻巴哈马大使馆举办春节招待会。巴总理戴维斯表示，…深化巴中友谊 (澳门 paper, 中新社): 巴 beside
    中 is the Bahamas the paragraph names, no 巴中市 of Sichuan; 过去一年中南务实合作硕果累累: China
    and South Africa, no 中南 region."""
    doc = extract_text("中国驻巴哈马大使馆举办春节招待会。巴总理戴维斯表示，巴方将继续致力于深化巴中友谊。")
    names = set(_codes(doc))
    assert "巴中市" not in names and "巴哈马" in names, names
    doc = extract_text("中国驻南非大使吴鹏称，过去一年中南务实合作硕果累累。")
    names = set(_codes(doc))
    assert "中南" not in names and "南非" in names, names


def test_division_abroad_written_by_sound_is_coded_under_its_country():
    """紹興市市長俞志宏代表紹興市分別與新西蘭陶波市、塞爾維亞蘇博蒂察市簽訂了友好交流關系協議書 (央广网),
    广东省中山市与智利纽夫莱大区奇廉市 (中新社), 駐厄瓜多爾大使王士雄赴厄中南部阿蘇埃省訪問 (a report
    naming Ecuador alone): a division read by its sound is a place of the country written before it,
    else of the one foreign country named — coded under it and part of it (was: no code, no country)."""
    doc = extract_text("绍兴市市长俞志宏代表绍兴市分别与新西兰陶波市、塞尔维亚苏博蒂察市签订了友好交流关系协议书。"
                       "广东省中山市与智利纽夫莱大区签署协议书。")
    part = relation_pairs(doc, "partOf")
    assert ("苏博蒂察市", "塞尔维亚") in part and ("纽夫莱大区", "智利") in part, part
    assert (_codes(doc).get("苏博蒂察市") or "").startswith("iso-RS-"), _codes(doc)
    doc = extract_text("驻厄瓜多尔大使王士雄访问阿苏埃省\n日前，驻厄瓜多尔大使王士雄赴厄中南部阿苏埃省访问。")
    assert ("阿苏埃省", "厄瓜多尔") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")


def test_source_country_is_no_place():
    """中国是塔州第一大贸易伙伴和海外游客、留学生来源国: 来源国 (a country of origin) is a role, no place."""
    doc = extract_text("中国是塔州第一大贸易伙伴和海外游客、留学生来源国。")
    assert "来源国" not in _codes(doc), _codes(doc)


def test_region_abroad_named_before_its_heads_post():
    """2026年1月20日,驻叶卡捷琳堡总领事罗世雄会见秋明州州长莫尔 (驻叶卡捷琳堡总领事馆): two characters and
    州 right before 州长, in a report naming one foreign country (叶卡捷琳堡: Russia), are a region of
    it, and the same name alone later is that place (was: no 秋明州 at all).  A Chinese prefecture
    (甘孜州州长) and 该州州长 are no region abroad."""
    doc = extract_text("2026年1月20日，驻叶卡捷琳堡总领事罗世雄会见秋明州州长莫尔。"
                       "莫尔州长表示，中国是秋明州最大贸易伙伴。")
    assert ("秋明州", "俄罗斯") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    assert ("莫尔", "秋明州") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("驻叶卡捷琳堡总领事罗世雄会见该州州长莫尔。甘孜州州长到会。")
    assert not any(c.startswith("iso-RU-") and n != "叶卡捷琳堡" for n, c in _codes(doc).items() if c), _codes(doc)


def test_south_china_sea_is_no_foshan_district():
    """所方充分理解并支持中方在南海问题上的立场 (中华人民共和国和所罗门群岛联合声明): 南海 is the sea, a
    place of the world table, not Foshan's 南海区 (was 南海区 440605), which it stays where 佛山 is named."""
    codes = _codes(extract_text("所方充分理解并支持中方在南海问题上的立场。"))
    assert "南海区" not in codes and "南海" in codes, codes
    assert "南海区" in _codes(extract_text("佛山市南海区召开会议。南海将加快发展。"))


def test_photographers_credit_is_no_part_of_a_name():
    """央广网绍兴5月26日消息(记者张国亮 袁云摄): 摄 after the dateline's last reporter is the photo
    credit (was a person 袁云摄)."""
    doc = extract_text("央广网绍兴5月26日消息(记者张国亮 袁云摄) 来自斐济、日本等12个国家的20个友城代表团25日相聚绍兴。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "袁云摄" not in people and "张国亮" in people, people


def test_chinas_embassy_without_a_host_stands_in_the_country_reported():
    """4月5日,中国驻爱尔兰大使岳应邀访问威克斯福德县…他们感谢岳大使和中国大使馆的同事们 (a report naming
    Ireland alone): China's embassy written with no host is in that country, never in China (was
    中国大使馆 locatedIn 中国); a delegation (中国代表团) is no embassy."""
    doc = extract_text("4月5日，中国驻爱尔兰大使岳应邀访问威克斯福德县。"
                       "他们感谢岳大使和中国大使馆的同事们在任内对发展对华关系的热情支持。")
    located = relation_pairs(doc, "locatedIn")
    assert ("中国大使馆", "爱尔兰") in located and ("中国大使馆", "中国") not in located, located


def test_governor_of_a_province_abroad_is_a_post():
    """日前,駐厄瓜多爾大使王士雄赴厄中南部阿蘇埃省訪問,並會見省督路易斯·阿爾梅達: 省督 (a province's governor
    abroad) is a post, the dotted name after it a person (was: no person)."""
    doc = extract_text("日前，驻厄瓜多尔大使王士雄赴厄中南部阿苏埃省访问，并会见省督路易斯·阿尔梅达。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "路易斯·阿尔梅达" in people, people


def test_region_word_opens_no_district():
    """上合组织秘书长张明、上合组织地区反恐怖机构执行委员会主任米尔扎耶夫出席会议 (上合组织 communiqué): 区 of 地区
    (a region) is no district of the article's place (was an agency 区反恐怖机构执行委员会)."""
    doc = extract_text("上合组织秘书长张明、上合组织地区反恐怖机构执行委员会主任米尔扎耶夫出席会议。")
    names = {e.name for e in doc.entities.values()}
    assert "区反恐怖机构执行委员会" not in names, names
