"""County and township news of Jiangxi, Guangxi, Gansu, Yunnan and Xinjiang, and foreign-affairs
announcements (places29).

A ministry's announcement of a state visit opened with the guest (应国家主席习近平邀请，缅甸联邦共和国
总统廷觉将于4月6日至11日对中国进行国事访问): the story was placed in the guest's country, named first
in the lead, though the visit, and the briefing, are China's.  Landscape nouns jieba's dictionary
tags ns (山间桃园里, 漫步河畔, 荷塘边) were read as regions: an orchard, a bank, a pond; Taiwan's 桃园市
is kept by its full name in the world names."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_state_visit_to_china_is_chinas_story():
    """应…邀请，X国总统将于…对中国进行国事访问 / 将访华 / 来华: the guest's country named before the
    visit is not where the story happens; China is."""
    doc = _doc("应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。\n"
               "问：法国外长昨天表示，法方将加强合作。\n答：中方欢迎法方的积极表态。")
    assert doc.articles[0].place == "place-iso-CN"
    doc = _doc("应国务院总理邀请，越南总理将于6月25日至28日来华出席论坛并对中国进行正式访问。")
    assert doc.articles[0].place == "place-iso-CN"


def test_a_title_announcing_a_visit_to_china():
    """坦桑尼亚总统哈桑将访华 (a title): the guest's country is not the story's place."""
    doc = _doc("坦桑尼亚总统哈桑将访华\n外交部发言人28日宣布：应国家主席习近平邀请，"
               "坦桑尼亚总统哈桑将于11月2日至4日对中国进行国事访问。")
    assert doc.articles[0].place == "place-iso-CN"


def test_a_visit_abroad_stays_the_hosts():
    """习近平抵达巴黎，开始对法国进行国事访问: a visit to another country is no visit to China; the
    rule leaves it alone."""
    doc = _doc("国家主席习近平抵达巴黎，开始对法国进行国事访问。")
    assert doc.articles[0].place != "place-iso-CN"


def test_landscape_nouns_tagged_ns_are_no_regions():
    """山间桃园里, 漫步河畔, 荷塘边, 江畔, 修筑海塘: orchards, banks, ponds, no places."""
    for text in ("村民们在山间桃园里采摘鲜桃。", "市民漫步河畔，欣赏荷塘美景。", "江畔步道建成开放。",
                 "沿海各地加固海塘。", "全村桃林满园，果香四溢。"):
        assert not _places(text), text


def test_taiwans_taoyuan_by_its_full_name():
    """台湾桃园市: the city of Taiwan, by its full name; a township 桃园镇 stays the table's."""
    got = _places("台湾桃园市举行活动。")
    assert got["桃园市"]["country"] == "TW"
    assert "桃园镇" in _places("他在桃园镇调研。")


def test_a_citys_one_character_after_a_verb_of_coming():
    """来连投资, 在甬期间, 抵榕后: a city's one character after a verb of coming, going or staying is
    the city, in a text that names the city or its province; jieba's split decides (来|连|投资,
    though 连投 is a dictionary word), and 在榕树下 is a banyan."""
    got = [m for m in _doc("大连市商务局召开会议。\n今年以来，来连投资的外资企业达到120家。").mentions
           if m.surface == "连"]
    assert got and got[0].attrs["code"] == "210200"
    got = [m for m in _doc("宁波市召开会议。\n客商在甬期间考察了港口。").mentions if m.surface == "甬"]
    assert got and got[0].attrs["code"] == "330200"
    doc = _doc("福州市召开会议。\n代表团抵榕后参观了企业。村民在榕树下乘凉。")
    art = doc.articles[0]
    assert [m.astart for m in doc.mentions if m.surface == "榕"] == [art.text.index("抵榕") + 1]


def test_a_citys_one_character_needs_its_province_named():
    """来青投资 in a Qinghai text is 青海's, no 青岛; 来连 in a text naming neither 大连 nor 辽宁 is read
    as nothing."""
    assert not [m for m in _doc("青海省召开招商会。\n来青投资企业增多。").mentions if m.surface == "青"]
    assert not [m for m in _doc("外资企业来连投资热情高涨。").mentions if m.surface == "连"]
    got = [m for m in _doc("辽宁省召开会议。\n客商来连洽谈。").mentions if m.surface == "连"]
    assert got and got[0].attrs["code"] == "210200"


def test_a_citys_one_character_in_a_title_does_not_place_the_story():
    """东盟外长经我州赴昆沿途考察 (then 景洪, 西双版纳): the one character points at a city named
    elsewhere; the story's place is chosen among the full names, as before."""
    doc = _doc("东盟外长经我州赴昆沿途考察\n东盟各国外长抵达磨憨口岸，随后考察磨憨至景洪段后，"
               "从景洪乘飞机前往昆明。我州政府领导在口岸迎接。西双版纳州外办陪同。")
    assert any(m.surface == "昆" for m in doc.mentions)
    assert doc.articles[0].place != "place-530100"


def test_a_spokespersons_briefing_is_chinas_story():
    """2024年3月5日，外交部发言人汪文斌主持例行记者会。…菲律宾…, 外交部发言人就美国对台军售答记者问:
    a title or lead opening with a central organ's spokesperson is a briefing given in China, not
    the story of the foreign country the questions name (对台's one character is no division)."""
    doc = _doc("2024年3月5日，外交部发言人汪文斌主持例行记者会。\n法新社记者：菲律宾海警船只昨日进入仁爱礁海域，"
               "中方有何回应？\n汪文斌：菲方的行为侵犯中国主权。")
    assert doc.articles[0].place == "place-iso-CN"
    doc = _doc("外交部发言人就美国对台军售答记者问\n问：据报道，美国国务院批准了对台军售计划。中方对此有何回应？\n"
               "答：美方的行为严重违反一个中国原则和中美三个联合公报规定。")
    assert doc.articles[0].place == "place-iso-CN"


def test_a_briefing_naming_a_chinese_city_stays_that_citys():
    """外交部发言人秦刚15日在北京表示: a division of China named in full in the lead stays the
    story's place, as before."""
    doc = _doc("外交部发言人秦刚15日在北京表示，已有151个国家领导人向中国表达慰问。")
    assert doc.articles[0].place == "place-110000"


def test_the_first_township_of_a_list_right_after_its_county():
    """赣州市章贡区沙河、沙石、水东、水西等4个乡镇: the first township is written against its district
    with no mark between; it is a township of that district as the others are, and the district
    holding the list stays the story's place.  A stem the district has no township of
    (章贡区城东、沙石等2个乡镇) is not cut from the district's name."""
    doc = _doc("近日赴赣州市章贡区沙河、沙石、水东、水西等4个乡镇开展调研。")
    got = {m.surface: m.attrs for m in doc.mentions if m.label == "Place"}
    assert got["沙河"]["code"] == "360702104" and got["沙石"]["code"] == "360702100"
    assert doc.articles[0].place == "place-360702"
    got = _places("近日赴章贡区城东、沙石等2个乡镇开展调研。")
    assert "城东" not in got and got["章贡区"]["code"] == "360702"


def test_an_ethnic_township_written_without_its_peoples():
    """乌什县亚曼苏乡 (the table's 亚曼苏柯尔克孜族乡), 永胜县六德乡 (六德傈僳族彝族乡): Xinjiang's and
    Yunnan's ethnic townships are written without their people, or peoples, after their county."""
    got = _places("乌什县亚曼苏乡博孜村召开会议。")
    assert got["亚曼苏乡"]["code"] == "652927206"
    got = _places("永胜县六德乡召开会议。")
    assert got["六德乡"]["code"] == "530722202"


def test_townships_listed_before_deng_xiangzhen_with_no_count():
    """章贡区沙石、沙河、水东等乡镇 (no count): the stems are townships where each is one of the
    text's county's; a list holding any stem the county has no township of (城东) is left alone."""
    got = _places("近日赴章贡区沙石、沙河、水东等乡镇开展调研。")
    assert got["沙河"]["code"] == "360702104" and got["水东"]["code"] == "360702101"
    got = _places("近日赴章贡区调研，走访了城东、沙河等乡镇。")
    assert "沙河" not in got
