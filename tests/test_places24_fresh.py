"""County and township news (places24): a family name after a post read as a country written short,
a county-level city's name cut short by a dictionary place word, a national festival's 中国 taken
for the story's place, county short names jieba tags as common words, a community whose name opens
with 和, a 街道 written 街, a township named by a rare place word, a quoted gloss of a name.

市长韩军 read 韩 as 韩国 (韩|军: an army of Korea); 丹江口召开… read 丹江 (the first two characters
of 丹江口市 written short); 保康庆祝中国农民丰收节 made China the story's place; 保康 (jieba: an
adjective) was never the county; 坪山街道和平社区 lost the community (和 read as "and"); 番禺区大石街
lost the 街道; 口前镇 was missed (口前 is a place word of jieba's); 藏语意为“大湖” made a lake a place."""
from __future__ import annotations

from conftest import extract_text, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_family_name_after_a_post_is_no_country_written_short():
    """市长韩军, 县委书记韩军, 副书记巴方明: the character opens the holder's name (韩, 巴 are family
    names); 会见韩总统 and 韩军方表示 keep the country where no post stands before it."""
    assert "韩" not in _places("标题\n会上，市长韩军作了讲话。")
    assert "韩" not in _places("标题\n县委书记韩军出席会议。")
    assert "巴" not in _places("标题\n副书记巴方明出席会议。")
    assert _places("标题\n外交部长会见韩总统。")["韩"]["code"] == "iso-KR"


def test_a_dictionary_place_word_inside_a_county_short_name_is_no_place():
    """丹江口召开… (丹江口市 written short, its city not named): 丹江 is the first half of that
    name, no region; with 十堰 named the short name is the county."""
    assert "丹江" not in _places("标题\n近日，丹江口举行乡村振兴推进会。")
    assert _places("十堰市召开会议\n近日，丹江口举行乡村振兴推进会。")["丹江口"]["code"] == "420381"


def test_a_national_festival_s_china_is_no_article_place():
    """保康庆祝中国农民丰收节 … 我县举行2023年中国农民丰收节: the 中国 of the festival's name is held
    in every county; the county's story is the county's (保康 and 我县)."""
    text = "保康庆祝中国农民丰收节\n9月23日，我县举行2023年中国农民丰收节庆祝活动。全县各乡镇参加。"
    assert _doc(text).articles[0].place == "place-420626"
    text = "喜迎中国农民丰收节\n9月23日，城关镇举行2023年中国农民丰收节庆祝活动。"
    assert _doc(text).articles[0].place != "place-iso-CN"


def test_a_county_short_name_jieba_tags_as_a_common_word():
    """保康 (jieba: an adjective), 平遥: the county where its province is named or the text speaks
    as a county; alone in a text naming nothing it stays no place."""
    assert _places("标题\n湖北保康召开乡村振兴会议。")["保康"]["code"] == "420626"
    assert _places("标题\n山西平遥古城游客多。")["平遥"]["code"] == "140728"
    assert "保康" not in _places("标题\n保康召开会议。")


def test_a_community_whose_name_opens_with_a_function_character():
    """坪山街道和平社区, 城关镇向阳村: 和平 and 向阳 are one word, the community's and village's name;
    城关镇和东村 (和: "and") and 城关镇对口帮扶村 (对口: a verb's word) name no such village."""
    assert _places("标题\n坪山街道和平社区开展活动。")["和平社区"]["level"] == "community"
    assert _places("标题\n城关镇向阳村开展活动。")["向阳村"]["level"] == "village"
    assert "和东村" not in _places("标题\n城关镇和东村开展活动。")
    assert "对口帮扶村" not in _places("标题\n城关镇对口帮扶村开展活动。")


def test_a_street_office_written_with_jie_alone():
    """番禺区大石街: the table's 大石街道 written short; 大石街88号 is a street's address."""
    assert _places("标题\n番禺区大石街开展志愿服务活动。")["大石街"]["code"] == "440113012"
    assert "大石街" not in _places("标题\n番禺区大石街88号发生火情。")


def test_a_township_named_by_a_rare_place_word():
    """口前镇 (永吉县, its county not named): 口前 is a rare place word of jieba's (s), the
    township's name; 河边镇上 (河边: a common place word) stays no township."""
    assert _places("标题\n近日，口前镇召开乡村振兴会议。")["口前镇"]["level"] == "township"
    assert not _places("标题\n他来到河边镇上。")


def test_a_quoted_gloss_of_a_name_is_no_place():
    """纳木错，藏语意为“大湖”: the meaning of the lake's name, no place."""
    assert "大湖" not in _places("标题\n纳木错，藏语意为“大湖”。")
    assert "天湖" not in _places("标题\n纳木错，藏语意思是天湖。")


def test_yi_wei_framing_a_community_is_no_part_of_its_name():
    """罗湖区以渔邨社区为样本: 以…为 frames the community 渔邨社区 (以渔邨社区 is none)."""
    got = _places("标题\n近年来，罗湖区以渔邨社区为样本，打造党群服务中心。")
    assert "以渔邨社区" not in got and got["渔邨社区"]["level"] == "community"


def test_an_honour_or_a_list_of_township_kinds_is_no_place():
    """广东省五星宜居社区 (an honour), 苏木乡镇 and 四个苏木乡之一 (Inner Mongolia's township kinds):
    no community or township; 杞县苏木乡 (Henan) is the township still."""
    assert set(_places("标题\n福田区益田社区荣获“广东省五星宜居社区”称号。")) == {"福田区", "益田社区", "广东省"}
    assert "苏木乡镇" not in _places("标题\n旗长一行先后赴巴彦托海镇、锡尼河西苏木等苏木乡镇调研。")
    assert "苏木乡" not in _places("标题\n小文公乡是我旗新设立的四个苏木乡之一。")
    assert _places("标题\n开封市杞县苏木乡召开会议。")["苏木乡"]["code"] == "410221207"


def test_a_county_short_name_before_xiangcun():
    """对定安乡村振兴工作进行了部署 in a county's own news (全县): 定安 and 乡村 (the countryside),
    no township 定安乡; 永安乡村民 keeps the township 永安乡."""
    text = "标题\n2月23日，县委书记主持召开会议，全县各镇参加。会上，对定安乡村振兴工作进行了部署。"
    assert _places(text)["定安"]["code"] == "469021"
    assert "永安乡" in _places("标题\n会昌县永安乡村民参加会议。")


def test_a_short_name_kept_whole_is_not_read_over_by_a_full_name():
    """推进郑州与上海城市之间的合作: 上海 and 城市 (a city), no 海城市 of Liaoning read over 上海's
    last character; 曾任泽州县委书记 (任泽 no word there) keeps 泽州县."""
    got = _places("标题\n推进郑州与上海城市之间的合作。")
    assert "海城市" not in got and got["上海"]["code"] == "310000"
    assert _places("标题\n他曾任泽州县委书记。")["泽州县"]["code"] == "140525"


def test_a_long_village_name_written_by_sound_after_its_township():
    """墨玉县加汗巴格乡巴西恰瓦格村, 乌什县依麻木乡汉代克吉然村: villages of five and six characters
    (no 巴西 of Brazil inside); 城关镇党委书记走访村民 and 城关镇组织党员干部进村 name none."""
    got = _places("标题\n工作组进住和田地区墨玉县加汗巴格乡巴西恰瓦格村，当天就进行交接。")
    assert got["巴西恰瓦格村"]["level"] == "village" and "巴西" not in got
    got = _places("标题\n他在阿克苏地区乌什县依麻木乡汉代克吉然村度过国庆。")
    assert got["汉代克吉然村"]["level"] == "village"
    got = _places("标题\n在新疆伊宁县吐鲁番于孜乡克伯克于孜村，工作队创新管理。")
    assert got["克伯克于孜村"]["level"] == "village"  # (于 inside a name written by sound)
    assert set(_places("标题\n2月3日，城关镇组织党员干部进村。")) == {"城关镇"}


def test_a_former_township_name_is_not_read_into_xiangcun():
    """随州 … 为广水乡村振兴作出贡献: 广水 (广水市) and 乡村, not 广水街道 by its old name 广水乡."""
    got = _places("随州市召开会议\n努力为广水乡村振兴战略实施作出新的贡献。")
    assert "广水乡" not in got and got["广水"]["code"] == "421381"


def test_villages_listed_before_their_count_without_deng():
    """东门、水贝、金岭三个社区, 穰南、张拔、三教四个村: the items are communities and villages
    (等 left out before the count); 12个社区、35个行政村 names none."""
    got = _places("标题\n当天，东门、水贝、金岭三个社区的党群服务中心正式投入运行。")
    assert {got[n]["level"] for n in ("东门", "水贝", "金岭")} == {"community"}
    assert not _places("标题\n全镇共有12个社区、35个行政村。")


def test_hong_kong_macao_and_taiwan_as_a_class_place_no_article():
    """外商及港澳台商投资企业增长5.9% in a national statistics release (merge of round 8): 港澳台 names a
    class of investors; the release was placed in 香港 and every figure of it given 香港 as subject."""
    doc = extract_text("1-2月份，全国规模以上工业增加值同比增长7.2%。外商及港澳台商投资企业增长5.9%。")
    assert all(a.place != "place-810000" for a in doc.articles)
