"""Township, village and border-region news (places20): Mongolian names, cadres stationed in villages,
lists of townships without their county.

A banner's paper names its townships and villages in Mongolian: 赛罕高毕苏木 opens with 赛罕 (the short
name of Hohhot's 赛罕区), and 巴彦查干嘎查 with 巴彦 (Heilongjiang's 巴彦县), so a district and a county
far away were read where the text names a township and a village.  Tibet's stories of 驻村工作队员 (cadres
stationed in villages) made a village named 驻村, and 调研社区工作 a community named 调研社区.  A
county head visiting 黄茅岭乡、沙拉托乡 or a district head visiting 卧龙寺街道、中山东路街道 is the
townships' county's story, not the province's."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_township_opening_with_a_districts_short_name_is_the_township():
    """深入赛罕高毕苏木: the table's township 赛罕高毕苏木 (苏尼特左旗), no 赛罕区 of Hohhot (it was 赛罕)."""
    got = _places("标题\n旗委书记王某深入赛罕高毕苏木、洪格尔苏木调研，与嘎查干部座谈。")
    assert got["赛罕高毕苏木"]["code"] == "152523201"
    assert "赛罕" not in got


def test_a_citys_short_name_before_a_township_of_the_table_is_the_township():
    """A guard of the rule above: 上海南京东路街道 stays the street of Shanghai, and 南京 alone is still
    Nanjing."""
    got = _places("标题\n上海南京东路街道开展志愿服务活动。")
    assert got["南京东路街道"]["code"] == "310101002" and "南京" not in got
    assert _places("标题\n南京召开全市工作会议。")["南京"]["code"] == "320100"


def test_mongolian_stems_are_no_county_without_its_city():
    """到巴彦查干嘎查、萨如拉嘎查: 巴彦 (rich) and 乌兰 (red) open hundreds of names in Inner Mongolia;
    the village is 巴彦查干嘎查 and the list goes on after it (it was 巴彦县 and 查干嘎查)."""
    got = _places("标题\n宝龙先后到巴彦查干嘎查、萨如拉嘎查实地察看家庭牧场。")
    assert "巴彦" not in got and "巴彦查干嘎查" in got and "萨如拉嘎查" in got
    assert "乌兰" not in _places("标题\n工作组到乌兰哈达嘎查走访牧户。")
    assert _places("标题\n哈尔滨市巴彦县召开会议。")["巴彦县"]["code"] == "230126"


def test_cadres_stationed_in_villages_are_no_village():
    """西藏驻村工作队员, 调研社区工作: a posting and a visit, no village 驻村 nor community 调研社区."""
    got = _places("标题\n西藏驻村工作队员坚守岗位。")
    assert set(got) == {"西藏"}
    got = _places("标题\n区长王某深入卧龙寺街道调研社区工作。")
    assert "调研社区" not in got


def test_listed_townships_are_their_countys_story():
    """县长到黄茅岭乡、沙拉托乡 / 深入卧龙寺街道、中山东路街道、西关街道: the townships' county
    (it was the province)."""
    text = "标题\n区长王某深入到卧龙寺街道、中山东路街道、西关街道调研社区党群服务中心建设。"
    assert _doc(text).articles[0].place == "place-610303"
    text = "标题\n旗委书记王某深入赛罕高毕苏木、洪格尔苏木调研，与嘎查干部座谈。"
    assert _doc(text).articles[0].place == "place-152523"


def test_a_township_speaking_as_itself_is_the_tables_one_township():
    """梦溪镇召开推进会 … 镇党委书记刘军讲话 / 在全镇范围开展: a township's own news names its organs
    by the kind alone; its three-character name, the table's only one, is that township (it had no
    code: three characters needed the county named)."""
    text = "梦溪镇召开工作推进会\n7月23日上午，梦溪镇推进会在镇政府会议室召开。镇党委书记刘某讲话。"
    assert _places(text)["梦溪镇"]["code"] == "430723103"
    text = "双浮镇召开专题会\n8月10日，双浮镇召开专题会，要求在全镇范围开展清洁行动。"
    assert _places(text)["双浮镇"]["code"] == "341222111"


def test_a_township_name_many_counties_share_keeps_no_code():
    """A guard: 徐庄镇 (four counties) stays without a code however the text speaks, and a unique
    three-character name without the township's voice stays as it was."""
    text = "徐庄镇召开推进会\n12月15日，徐庄镇召开推进会。镇党委书记王某讲话。"
    assert _places(text)["徐庄镇"]["code"] is None
    assert _places("标题\n梦溪镇风景优美，游客众多。").get("梦溪镇", {}).get("code") is None


def test_a_foreign_provinces_party_committee_names_the_province():
    """越南河江省委书记、广宁省委常务副书记、高平省委常务副书记: 广宁 and 高平 are Chinese divisions'
    names too (广宁县, 高平市: the world table's unsafe names, read nowhere else), so they were no
    place and the committees were read as the Guangxi committee's (广西壮族自治区党委广宁省委); a
    Chinese county's organ is 县委, a 省委 before them is Vietnam's province."""
    text = ("标题\n自治区党委书记刘某与越南河江省委书记邓某、广宁省委常务副书记吴某、"
            "高平省委常务副书记赵某进行工作会谈。")
    got = _places(text)
    assert got["广宁"].get("country") == "VN" and got["高平"].get("country") == "VN"
    assert _places("标题\n广宁县委书记李某到乡镇调研。")["广宁县"]["code"] == "441223"


def test_a_former_county_written_with_xianwei_is_not_read_abroad():
    """A guard: 海阳 (Vietnam's 海阳省, Shandong's 海阳市 once 海阳县) before 县委 stays unread abroad."""
    assert _places("标题\n原海阳县委书记王某回忆往事。").get("海阳", {}).get("country") != "VN"


def test_a_city_opening_on_a_townships_last_character_is_none():
    """屈子祠镇江河湖库: 镇江 opened on the last character of the township 屈子祠镇 (汨罗市), so the
    notice was Zhenjiang's; the township is the place.  镇江 alone, and 镇江市 after the township's
    organs, stay Zhenjiang."""
    got = _places("标题\n屈子祠镇江河湖库水质持续改善。")
    assert got["屈子祠镇"]["code"] == "430681118" and "镇江" not in got
    assert _places("标题\n市领导到镇江调研。")["镇江"]["code"] == "321100"
    assert _places("标题\n李某任屈子祠镇党委书记，镇江市委书记出席。")["镇江市"]["code"] == "321100"


def test_words_jieba_tags_as_places_are_no_place():
    """举办乙巳年新春团拜 (a gathering), 位于兰溪北郊 (a town's outskirts), 沙田区是香港第一代新市镇
    (a kind of town): jieba tags them ns, and each was a place without a code."""
    assert "团拜" not in _places("标题\n乡事委员会日前举办乙巳年新春团拜，与村民欢聚一堂。")
    assert "北郊" not in _places("标题\n马涧镇位于兰溪北郊，距市区仅16公里。")
    assert "新市镇" not in _places("标题\n沙田区是香港第一代新市镇，人口接近70万人。")


def test_hong_kongs_districts_are_places_of_hong_kong():
    """沙田区人口已接近70万人, 荃湾乡事委员会, 观塘民政事务处: Hong Kong's districts were no place (the
    population was 香港's); they are regions of Hong Kong, by their customary name (荃湾, the
    committee keeping its own name), and 西贡 alone stays no district (Saigon)."""
    got = _places("标题\n沙田区是香港人口最多的地方行政地区。")
    assert got["沙田区"].get("country") == "HK"
    got = _places("标题\n荃湾乡事委员会主席邱某陪同荃湾民政专员出席。")
    assert got["荃湾"].get("country") == "HK"
    assert _places("标题\n越南西贡解放纪念日。").get("西贡", {}).get("country") != "HK"


def test_verbs_terms_and_kinds_run_into_no_village():
    """天华镇前往锦鸡村 (the village after the verb), 来苏镇第十一届村民委员会 (a committee's term),
    到居住地社区报到 (where cadres live), 赤城有贫困村272个 (a kind of village): they made villages
    前往锦鸡村, 第十一届村, 居住地社区, 有贫困村."""
    got = _places("标题\n记者从太湖县天华镇前往锦鸡村采访。")
    assert "前往锦鸡村" not in got and "锦鸡村" in got
    assert "第十一届村" not in _places("标题\n永川区来苏镇第十一届村民委员会换届选举工作方案。")
    assert "居住地社区" not in _places("标题\n机关党员干部到居住地社区报到。")
    assert "有贫困村" not in _places("标题\n2014年，赤城县有贫困村272个。")


def test_xinjiang_and_northeast_autonomous_counties_by_their_customary_names():
    """察布查尔县, 塔什库尔干县 (the people's name written without 族 in the county's: 察布查尔锡伯自治县),
    阿克塞县 (阿克塞哈萨克族自治县: 哈萨克 was stripped, leaving 阿克塞族), 喀左县, 前郭县: counties of
    the table (察布查尔县 and 阿克塞县 were read as regions abroad, the others as nothing)."""
    got = _places("标题\n察布查尔县、塔什库尔干县、喀左县、前郭县负责人参加会议。")
    assert got["察布查尔县"]["code"] == "654022" and got["塔什库尔干县"]["code"] == "653131"
    assert got["喀左县"]["code"] == "211324" and got["前郭县"]["code"] == "220721"
    assert _places("标题\n阿克塞县负责人参会。")["阿克塞县"]["code"] == "620924"


def test_banners_by_their_customary_short_names():
    """乌前旗, 乌后旗 (乌拉特前旗, 乌拉特后旗), 苏左旗 (苏尼特左旗): Inner Mongolia's papers name banners so,
    as 东乌旗 and 土右旗 the table already knew; they were no place."""
    got = _places("标题\n乌前旗、乌后旗、苏左旗负责人参会。")
    assert got["乌前旗"]["code"] == "150823" and got["乌后旗"]["code"] == "150825"
    assert got["苏左旗"]["code"] == "152523"
