"""Round 105 (minhang105): civil aviation, airports and railways — 民航局's airport bulletin (新京报),
国铁集团's summer and spring runs (中新社, 香港中通社, 经济日报), Anhui's 合肥新桥国际机场 (新华社),
长春机场's winter season (吉林省民航机场集团公司), Xinjiang's new routes, 北京铁路局 and the 郑徐高铁,
朔州东站 on the 集大原高铁 (国铁太原局), 西宁机场 (fresh texts of /tmp/s27/txt/minhang105).  Fixes: 新航季,
新航线 are the new flight season and route, no Singapore Airlines (新航) — whose figures took the
airport's; airlines named by their place (四川航空, 河北航空, 长龙航空, 东方航空) are companies, no
provinces, while a province's aviation (青海航空网络) stays the province; China Railway's bureaus
written 国铁太原局 or 上海局集团公司 are the bureaus (中国铁路X局集团有限公司), no cities; a body opening
the clause after a reporter's source (记者从…获悉，春运期间，国铁济南局累计发送旅客…) is the figures'
subject; a train service between two cities (天津至西安间高铁列车) is no railway project; a name
opening inside a two-character match the segmenter splits (其中|东方航空: 中东) is read."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subject(doc, value) -> str | None:
    m = next(m for m in doc.metrics if m.value == value)
    return doc.entities[m.subject].name if m.subject in doc.entities else m.subject


def test_the_new_flight_season_is_no_singapore_airlines():
    """04-changchun-winter-season: 新航季,长春机场计划周航班量2170架次,…将新增丽江等5个国内通航城市
    (base: an organisation 新加坡航空公司, subject of six of the airport's figures)."""
    doc = extract_text("长春机场执行冬航季航班计划\n"
                       "新航季,长春机场计划周航班量2170架次,将新增丽江等5个国内通航城市。")
    assert "新加坡航空公司" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert _subject(doc, 5) == "长春市"


def test_a_new_route_and_destination_are_no_airline():
    """新航线开通后,西宁机场新航点达到34个 (modelled on 08-xining-airport-okay; base: 新加坡航空公司)."""
    doc = extract_text("西宁机场新开航线\n新航线开通后,西宁机场新航点达到34个。")
    assert "新加坡航空公司" not in _names(doc, "Organization")


def test_singapore_airlines_written_short_is_still_read():
    """Guard: 新航 before a verb is the airline (新航将于下月恢复新加坡至广州航班)."""
    doc = extract_text("新加坡航空公司恢复航班\n新航将于下月恢复新加坡至广州航班。")
    assert "新加坡航空公司" in _names(doc, "Organization")


def test_airlines_named_by_their_place_are_companies_no_provinces():
    """04-changchun-winter-season: 新增中国联合航空、河北航空和顺丰航空等3家公司运营 (base: a place 河北省);
    05-xinjiang-new-routes: 由四川航空空客A330执飞 (base: a place 四川省)."""
    doc = extract_text("长春机场新航季\n新增中国联合航空、河北航空和顺丰航空等3家公司运营,"
                       "东方航空、长龙航空和红土航空等公司合计新增8架。")
    orgs = _names(doc, "Organization")
    assert {"河北航空有限公司", "中国联合航空有限公司", "中国东方航空集团有限公司",
            "浙江长龙航空有限公司", "云南红土航空股份有限公司"} <= orgs, orgs
    assert "河北省" not in _names(doc, "Place")
    doc = extract_text("乌鲁木齐新航线\n由四川航空空客A330执飞的乌鲁木齐至重庆往返航线顺利首航。")
    assert "四川航空股份有限公司" in _names(doc, "Organization")
    assert "四川省" not in _names(doc, "Place")
    assert ("四川航空股份有限公司", "成都市") in relation_pairs(doc, "locatedIn")  # (its seat, intl_orgs' place)


def test_a_province_s_aviation_stays_the_province():
    """Guard: 青海航空网络布局更加完善 (08-xining-airport-okay), 四川航空产业: the province's aviation."""
    doc = extract_text("西宁机场航线\n随着航线开通,青海航空网络布局更加完善,四川航空产业发展迅速。")
    assert {"青海省", "四川省"} <= _names(doc, "Place")
    assert not {n for n in _names(doc, "Organization") if "航空" in n}


def test_a_railway_bureau_written_short_is_the_bureau_no_city():
    """07-shuozhou-jidayuan-hsr: 国铁太原局通过每季度调整列车运行图 (base: only the place 太原市);
    国铁济南局加开列车20列 (base: the trains 济南市's)."""
    doc = extract_text("集大原高铁\n国铁太原局通过每季度调整列车运行图,不断完善列车开行结构。")
    assert "中国铁路太原局集团有限公司" in _names(doc, "Organization")
    assert ("中国铁路太原局集团有限公司", "太原市") in relation_pairs(doc, "locatedIn")
    doc = extract_text("铁路春运\n国铁济南局加开列车20列。上海局集团公司加开旅客列车30列。")
    assert _subject(doc, 20) == "中国铁路济南局集团有限公司"
    assert "中国铁路上海局集团有限公司" in _names(doc, "Organization")


def test_the_body_after_a_reporter_s_source_is_the_subject():
    """记者从中国铁路济南局集团有限公司获悉,春运期间,国铁济南局累计发送旅客1530万人次 (the lead of a
    railway bureau's run figures; base: no subject, the source stopped the search)."""
    doc = extract_text("春运\n记者从中国铁路济南局集团有限公司获悉,春运期间,国铁济南局累计发送旅客1530万人次,同比增长12%。")
    assert _subject(doc, 15300000) == "中国铁路济南局集团有限公司"
    assert _subject(doc, 12) == "中国铁路济南局集团有限公司"
    doc = extract_text("民航春运\n记者从东航获悉,春运期间,东航累计运输旅客510万人次。")
    assert _subject(doc, 5100000) == "中国东方航空集团有限公司"


def test_a_place_after_a_reporter_s_source_keeps_its_figures():
    """Guard: 记者从市统计局获悉,今年1-6月,全市生产总值增长5%: no agency opens the clause after the source,
    the statistics bureau is no subject."""
    doc = extract_text("经济运行\n记者从市统计局获悉,今年1-6月,全市生产总值增长5%。")
    assert _subject(doc, 5) != "市统计局"


def test_a_train_service_between_two_cities_is_no_railway_project():
    """06-beijing-railway-zhengxu: 首次开通石家庄至上海、天津至西安间高铁列车 (base: a programme
    天津至西安间高铁); a line named by its ends stays one (池州至黄山高铁, 02-guotie-summer-run)."""
    doc = extract_text("郑徐高铁开通\n首次开通石家庄至上海、天津至西安间高铁列车。池州至黄山高铁表现亮眼。")
    progs = _names(doc, "Programme")
    assert "天津至西安间高铁" not in progs and "池州至黄山高铁" in progs, progs


def test_a_name_after_a_two_character_word_split_by_the_segmenter_is_read():
    """04-changchun-winter-season: 其中东方航空、中国国际航空…等公司合计新增8架 (base: no airline — 中东 hid
    东方航空 and was refused); 其中国家电网投资5亿元 the same (中国 hid 国家电网)."""
    doc = extract_text("长春机场新航季\n机场停场运力总体规模达到36架,其中东方航空新增8架。")
    assert "中国东方航空集团有限公司" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("电网建设\n其中国家电网投资5亿元。")
    assert "国家电网有限公司" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_two_character_name_kept_is_not_read_twice():
    """Guard: 中东地区局势 keeps 中东; 长崎市副市长 keeps the city (its 市 glued by the segmenter)."""
    doc = extract_text("国际\n中东地区局势紧张。长崎市副市长访问。")
    places = _names(doc, "Place")
    assert "中东" in places and "长崎" in places, places
