"""Corridors, games and investment visits in shapes read on fresh news (round 32): Belt and Road
corridor news, provincial and national games, fairs, and county or city news of investors' visits.
A local body promoting a Belt and Road corridor takes part in it and runs none of it; the partner's
voice writes the corridor with its own short form first (巴中经济走廊: the corridor, not 巴中市); the
sentence announcing an opening ceremony names no event; games named short after their edition or host
(第十四届全运会, 陕西全运会) are the games of the full name, held where their host is, not in the
article's province; a lead telling of a visit to 我市/我县 names the visitors' places, not the host's.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import extract_relations as _extract, relations_of as _relations


def test_city_committee_promoting_a_corridor_does_not_run_it():
    """绵阳市委…研究推进中巴经济走廊建设: the city takes part (its part is done in the city), it runs none
    of the corridor two countries build."""
    text = "绵阳市委召开常委会议，研究推进中巴经济走廊建设有关工作。"
    assert ("绵阳市委", "中巴经济走廊") not in _relations(text, "runs")
    assert ("中巴经济走廊", "绵阳市") in _relations(text, "implementedIn")


def test_partner_voice_corridor_is_the_same_corridor():
    """巴方愿同中方落实好巴中经济走廊: the partner names itself first; one corridor, 中巴经济走廊."""
    _, progs, _ = _extract("巴方表示，愿同中方落实好巴中经济走廊等重大合作项目。")
    assert "中巴经济走廊" in progs
    _, progs, _ = _extract("俄方愿推进俄中经济走廊建设。")
    assert "中俄经济走廊" in progs


def test_several_partners_keep_their_written_order():
    """孟中印缅经济走廊: a run of four keeps its own name (a guard: it passed before)."""
    _, progs, _ = _extract("云南积极参与孟中印缅经济走廊建设。")
    assert "孟中印缅经济走廊" in progs


def test_announcing_the_opening_names_no_event():
    """市长出席开幕式并宣布运动会开幕: a clause about the ceremony, no programme 开幕式并宣布运动会."""
    for text in ("市长出席开幕式并宣布运动会开幕。", "县长出席第十五届运动会开幕式并宣布运动会开幕。"):
        _, progs, _ = _extract(text)
        assert not any("宣布" in p for p in progs), progs


def test_provincial_games_still_read():
    """安徽省第十五届运动会在合肥开幕: the province's games (a guard: it passed before)."""
    _, progs, _ = _extract("安徽省第十五届运动会在合肥开幕。")
    assert "安徽省运动会" in progs


def test_national_games_by_short_form_are_not_the_provinces():
    """甘肃省体育局表彰参加第十四届全运会表现突出的集体: 全运会 is the 全国运动会, held in one host each
    time; the province whose athletes took part is no place of it."""
    text = "甘肃省体育局表彰参加第十四届全运会表现突出的集体。"
    _, progs, _ = _extract(text)
    assert "全国运动会" in progs
    assert not {o for s, o in _relations(text, "implementedIn") if "运会" in s or "运动会" in s}


def test_games_named_by_host_are_held_there():
    """我市运动员参加陕西全运会决赛, 杭州亚运会: the full name's games, held in the host named."""
    placed = _relations("我市共有156名运动员参加陕西全运会决赛。", "implementedIn")
    assert ("全国运动会", "陕西省") in placed
    placed = _relations("我县选手参加杭州亚运会。", "implementedIn")
    assert ("亚洲运动会", "杭州市") in placed


def test_visit_to_my_city_names_the_visitors_place():
    """招商动态 / 深圳市企业家考察团一行到我市考察…市长王五会见考察团一行: 深圳市 is where the visitors come
    from; the host's mayor is no mayor of 深圳市."""
    text = "招商动态\n5月5日，深圳市企业家考察团一行到我市考察对接项目，市长王五会见考察团一行。"
    names, _, rels = _extract(text)
    assert not any(r.predicate == "holdsPost" and names[r.object] == "深圳市" for r in rels)


def test_meeting_reviewing_national_games_neither_runs_nor_places_them():
    """自治区政府在南宁召开第十四届全国运动会广西体育代表团总结表彰大会: the government holds the meeting in
    南宁; the games are its topic, neither run by it nor held in 南宁."""
    text = "自治区政府在南宁召开第十四届全国运动会广西体育代表团总结表彰大会。"
    assert not {s for s, o in _relations(text, "runs") if o == "全国运动会"}
    assert not {o for s, o in _relations(text, "implementedIn") if s == "全国运动会"}
    assert not {s for s, o in _relations("市政府举行第五届全国运动会总结表彰大会。", "runs") if o == "全国运动会"}


def test_local_campaign_reviewed_still_run_by_its_county():
    """县委在县文化中心召开“百日攻坚”行动总结表彰大会: the county's own campaign (a guard: it passed before)."""
    assert ("县委", "百日攻坚") in _relations("县委在县文化中心召开“百日攻坚”行动总结表彰大会。", "runs")


def test_fair_venue_named_by_province_and_city_is_not_my_city():
    """第十七届中国西部国际博览会在四川成都开幕，市委副书记某某率领平凉代表团参会…我市: 成都 is the venue
    (written after 四川, which follows 在); the story and its 市委 are 平凉's."""
    text = ("9月20日，第十七届中国西部国际博览会在四川成都开幕，市委副书记王某某率领平凉代表团参会。"
            "我市由市委、市政府组团，各县区重点企业负责人参加。")
    names, _, rels = _extract(text)
    posts = {names[r.object] for r in rels if r.predicate == "holdsPost"}
    assert "成都市委" not in posts


def test_peer_county_visiting_is_no_host():
    """河北省临城县县委书记某某带领党政考察团来我县参观考察。县委副书记、县长某某主持会议: the host's 县长 is
    no officer of 临城县, a peer county whose delegation visits."""
    text = ("11月30日，河北省临城县县委书记宋某某带领党政考察团来我县参观考察。"
            "县委副书记、县长王某某主持会议，对临城县党政考察团表示欢迎。")
    names, _, rels = _extract(text)
    assert not any(r.predicate == "holdsPost" and names[r.subject] == "王某某" and "临城" in names[r.object]
                   for r in rels)


def test_superior_city_visiting_keeps_its_city():
    """雅安市水利局检查组到我县检查: a city's bureau inspects a county of its own; the city named still
    holds the host (a guard: the article keeps 雅安市, as before)."""
    from conftest import built
    text = "4月20日，雅安市水利局检查组到我县检查水库汛前安全，县水利局相关负责人陪同。"
    doc = built(text)
    assert "雅安市" in {e.name for e in doc.entities.values() if e.type == "Place"}


def test_games_written_short_after_edition_are_placed_where_held():
    """第十四届全运会在西安开幕, 第十九届亚运会在杭州开幕: the games of the full name, held where 在 says."""
    assert ("全国运动会", "西安市") in _relations("第十四届全运会在西安开幕。", "implementedIn")
    assert ("亚洲运动会", "杭州市") in _relations("第十九届亚运会在杭州开幕。", "implementedIn")


def test_headline_meeting_about_national_games_runs_none():
    """广西举行第十四届全运会总结表彰大会 / 自治区政府在南宁召开…: the headline's meeting is about the games;
    the region's government runs neither the games nor (as a programme) the meeting about them."""
    text = ("广西举行第十四届全运会总结表彰大会\n"
            "11月16日上午，自治区政府在南宁召开第十四届全国运动会广西体育代表团总结表彰大会。")
    assert not {o for s, o in _relations(text, "runs") if "运" in o}


def test_partner_voice_pair_of_countries_is_no_city():
    """巴基斯坦总理表示，巴中友好是巴基斯坦外交政策的基石; 卢拉总统高度重视巴中关系 (巴西 named): the
    partner names both countries, no 巴中市."""
    from conftest import built
    doc = built("巴基斯坦总理表示，巴中友好是巴基斯坦外交政策的基石。")
    assert "巴中市" not in {e.name for e in doc.entities.values() if e.type == "Place"}
    doc = built("巴西外长表示，卢拉总统高度重视巴中关系。")
    assert "巴中市" not in {e.name for e in doc.entities.values() if e.type == "Place"}


def test_city_named_in_full_keeps_its_short_name():
    """巴中市委书记表示，巴中经济社会发展稳中向好 (巴西 named too): the city, written in full, keeps its
    short name (a guard: it passed before)."""
    from conftest import built
    doc = built("巴中市与巴西某市建立友好关系，巴中合作前景广阔。")
    assert "巴中市" in {e.name for e in doc.entities.values() if e.type == "Place"}


def test_preposition_after_my_city_opens_no_body():
    """我市由市委常委、常务副市长某某带队参加 (a delegation to a fair): 由 names who leads; the body is the
    city's 市委, no 潍坊市由市委."""
    names, _, rels = _extract("潍坊讯 我市由市委常委、常务副市长胡某某带队参加会议。")
    bodies = {names[r.object] for r in rels if r.predicate == "holdsPost"}
    assert not any("由" in b for b in bodies), bodies


def test_quoted_fair_short_form_is_the_fair():
    """园区已落实“青洽会”意向签约项目7项; 我市借助“西博会”重要平台 (成都 named as its scene): a national
    fair's short form in quotes is the fair (national_events.tsv), not a quoted programme of the
    article's place."""
    text = "本报海东讯 7月21日，记者从海东工业园区管理委员会获悉，园区已落实“青洽会”意向签约项目7项。"
    names, progs, _ = _extract(text)
    assert "中国青海绿色发展投资贸易洽谈会" in progs and "青洽会" not in progs
    assert ("青洽会", "海东市") not in _relations(text, "implementedIn")


def test_companies_named_by_their_city_visiting_are_no_host():
    """天津某某有限公司等企业负责人来我县考察投资环境: investors' companies name their city; the county's
    news is not about 天津市 (its 县委常委 is the county's)."""
    from conftest import built
    text = ("本报讯 5月17日，天津远东某某有限公司、天津方大某某有限公司等企业负责人来我县考察投资环境。"
            "县委常委、统战部长袁某某参加活动。\n考察团先后到经济开发区实地查看，对我县区位优势给予肯定。")
    places = [a.get("place") for a in built(text).document.get("articles", [])]
    assert "place-120000" not in places, places
