"""places34: the article place of a named delegation's own news (county-level papers, investment visits).

A title "象山县党政代表团赴延边考察交流" names the sender and the place gone to.  The host's paper
writes it too (then 来我州, 州委书记会见), so the place gone to stays the choice unless the text speaks
as the sender: a bare official of the sender's level that the place gone to cannot have (县委书记带队
for a county visiting a 州 or a 区; 市长 for a city visiting a 州).  A county visiting a county stays
the destination's: 县委书记 then fits both.  A title's 我市/我县 delegation going out is the
travellers' division, never the city holding the place gone to.

A county-level city's or county's paper that speaks as 我市/我县 names itself short (建德将…, 给予
永平的…) beside its visitors' places written in full: the short name is its own division."""
from __future__ import annotations

from conftest import article_place, text_doc
from kg.pipeline import Pipeline


_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def test_a_county_delegation_to_a_prefecture_led_by_a_bare_county_secretary_is_the_county_story():
    """县委书记带队: only the county sender has a 县委, never the 州 gone to."""
    text = ("象山县党政代表团赴延边考察交流\n11月28日至30日，象山县党政代表团赴延边朝鲜族自治州考察交流，"
            "县委书记带队。双方召开了座谈会。")
    assert article_place(text) == "象山县"


def test_a_city_delegation_to_a_prefecture_with_a_bare_mayor_is_the_city_story():
    text = "宁波市代表团赴黔西南州考察\n5月7日，代表团一行考察了帮扶项目，市长李某出席座谈会。"
    assert article_place(text) == "宁波市"


def test_the_host_voice_keeps_the_place_gone_to():
    """…代表团来我州考察: the paper is the host's, whatever 县委书记 the visitors bring."""
    text = ("象山县党政代表团赴延边考察交流\n11月28日，象山县党政代表团来我州考察，县委书记带队。"
            "州委书记会见了代表团一行。")
    assert article_place(text) == "延边朝鲜族自治州"


def test_a_township_delegation_met_by_county_officials_stays_the_county_visited():
    text = ("上海市崇明区横沙乡人民政府代表团赴云县开展东西部扶贫协作工作\n"
            "横沙乡人民政府代表团一行在县委常委、县人民政府副县长罗成贵等领导的陪同下深入幸福镇调研。")
    assert article_place(text) == "云县"


def test_a_county_secretary_is_no_district_s():
    """县委书记带队 in a story of a county visiting a district: 钟楼区 has a 区委, the 县委 is the sender's."""
    text = "镇坪县党政代表团赴钟楼区考察\n10月20日，县委书记带队考察了钟楼区的产业园。"
    assert article_place(text) == "镇坪县"


def test_a_county_visiting_a_county_stays_the_county_visited():
    """县委书记 fits both counties: no sign whose paper it is, the place gone to stays."""
    text = "镇坪县党政代表团赴云县考察\n10月20日，县委书记带队考察了云县的产业园。"
    assert article_place(text) == "云县"


def test_a_city_official_leading_the_named_delegation_out_is_the_sender_s_story():
    """宁波象山县委副书记、县长黄焕利率象山代表团赴吉林省延边州…: the sender's official leads it out
    (率 … 赴: a host writes 来, 到), so the paper is the sender's, though 县长 follows a named post."""
    text = ("象山代表团赴延边开展对口帮扶协作工作\n5月7日，象山县委副书记、县长王某率象山代表团赴吉林省延边州"
            "龙井市开展对口帮扶协作工作。龙井市委副书记、市长李某参加相关活动。")
    assert article_place(text) == "象山县"


def test_a_named_official_s_second_post_is_no_voice_of_the_text():
    """新龙县委副书记、县长丁康与黄岩区委副书记…会谈: 县长 is the named official's, the place gone to stays."""
    text = ("新龙县党政考察团赴台州市黄岩区考察\n双方召开对口支援联席会议。新龙县委副书记、县长丁某与黄岩区委副书记、"
            "区长徐某交流会谈。")
    assert article_place(text) == "黄岩区"


def test_a_county_level_city_names_itself_short_beside_its_visitors():
    """乡城县党政代表团一行来到我市 … 建德将全面深化对口支援合作: a paper speaking as 我市 names itself
    short (建德 of 建德市), though it names the visitors' 乡城县 in full."""
    text = ("四川省乡城县来我市考察对接对口支援工作\n10月9日，乡城县党政代表团一行来到我市考察。"
            "常务副市长俞某表示，建德将全面深化对口支援合作。")
    assert article_place(text) == "建德市"


def test_a_short_name_without_the_first_person_voice_needs_its_region():
    """No 我市: 建德 beside other divisions stays unread (it could be a word or a name)."""
    text = "四川省乡城县代表团考察对接\n10月9日，乡城县党政代表团一行考察。俞某表示，建德将深化合作。"
    assert article_place(text) != "建德市"


def test_our_city_s_delegation_going_out_is_our_city_s_story():
    """我市政企代表团赴平昌县开展交流活动 (then 立足平昌所需、永康所能): 我市 is the travellers' 永康市,
    not 巴中市 that holds the county gone to."""
    text = ("我市政企代表团赴平昌县开展交流活动\n日前，我市政企代表团赴四川省巴中市平昌县开展东西部协作交流活动。"
            "我市将立足平昌所需、永康所能，进一步强化沟通对接。")
    assert article_place(text) == "永康市"


def test_our_county_s_delegation_led_by_its_secretary_is_our_county_s_story():
    """李德琦率我县党政代表团赴上海市奉贤区…给予永平的倾情支持: 永平 (永平县) is the county speaking."""
    text = ("李某率我县党政代表团赴上海市奉贤区考察交流\n6月25日，县委书记李某率我县党政代表团赴上海市奉贤区考察。"
            "李某代表县委、县政府对奉贤区给予永平的倾情支持表示感谢。")
    assert article_place(text) == "永平县"


def test_a_one_character_visit_goes_to_the_county_of_the_city_named():
    """北京温州商会来瑞考察 (市委书记陈某…): 瑞 is 瑞安市, the one county of 温州 opening with 瑞; the
    visitors' organisation names 温州, whose 市委 it is not."""
    text = ("北京温州商会来瑞考察\n9月19日，北京温州商会会长吴某带领考察团成员来瑞考察。市委书记陈某主持召开"
            "投资考察座谈会。")
    assert article_place(text) == "瑞安市"


def test_a_one_character_visit_with_two_counties_of_that_character_stays_unread():
    """来龙考察 beside 温州: 龙湾区 and 龙港市 both open with 龙 — no county is chosen for it."""
    text = "杭州温州商会来龙考察\n考察团一行来龙考察投资环境。"
    assert article_place(text) not in ("龙湾区", "龙港市")


def _places_named(text: str) -> set[str]:
    doc = _PIPE(text_doc(text))
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_the_west_bank_of_the_strait_in_fujian_news_is_no_qinghai_prefecture():
    """海西石材城, 海西三明生态工贸区: 海西 is 海峡西岸 in Fujian news, not 海西州 (青海 named nowhere)."""
    text = ("近百名南安乡贤考察海西石材城\n12月27日，南安市委书记王某带领乡贤一行前来海西石材城参观考察。")
    assert article_place(text) == "南安市"
    assert "海西蒙古族藏族自治州" not in _places_named(text)


def test_haixi_in_qinghai_news_stays_the_prefecture():
    text = "青海省盐湖产业发展会议召开\n会议指出，海西要加快盐湖资源综合利用。"
    assert "海西蒙古族藏族自治州" in _places_named(text)
