"""places33: article places of friendship-association, foreign-affairs and county-delegation news.

A title "X会见<foreign country>Y" names the guests' country, not where the story happens: the
meeting's place is (在京/在广州会见 in the lead, a news agency's dateline 新华社北京…电, or China for a
visit to China, 来华访问); with none of them written, the country stays (home_code reads the rest)."""
from __future__ import annotations

from conftest import article_place, text_doc
from kg.pipeline import Pipeline


_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def test_a_guest_country_met_in_beijing_places_the_story_in_beijing():
    """中日友协会长会见日本首相特使, then 在京会见: 京 is a short form (an anaphor mention), still the place."""
    text = "中日友协会长会见日本首相特使\n11月5日，中日友好协会会长李某在京会见了来华访问的日本首相特使一行。"
    assert article_place(text) == "北京市"


def test_a_guest_country_met_in_a_provincial_capital():
    text = "省长会见法国驻华大使\n3月2日，省长张某在杭州会见法国驻华大使一行，双方就经贸合作交换意见。"
    assert article_place(text) == "杭州市"


def test_a_guest_delegation_visiting_china_is_chinas_story():
    """杨万明会长会见日中友好议员联盟代表团 (日, 中 inside the guests' name), 应我会邀请…来华访问."""
    text = ("会长会见日本友好团体代表团\n应我会邀请，8月27日至29日，日本友好团体代表团一行29人来华访问。"
            "8月28日，会长在会见代表团时表示欢迎。")
    assert article_place(text) == "中国"


def test_a_host_abroad_keeps_the_country():
    """外交部长在约翰内斯堡会见南非外长: no division of China is where it happens."""
    text = "外交部长会见南非外长\n外交部长王某在南非约翰内斯堡会见南非外长，双方就双边关系交换意见。"
    assert article_place(text) == "南非"


def test_a_foreign_host_before_the_verb_is_no_guest():
    """日本首相会见中国代表团: the country before the verb is the host's, not a guest's."""
    text = "日本首相会见中国友好代表团\n日本首相某某在东京会见了中国友好代表团，代表团在京出发前表示期待。"
    assert article_place(text) != "北京市"


def test_a_guest_country_met_under_an_agency_dateline():
    """李鹏会见日本客人 under 新华社北京2月27日电, then 在中南海会见 (a site, no division)."""
    doc = text_doc("总理会见日本客人\n总理今天下午在中南海会见了日本友好协会代表团。")
    doc.articles[0].dateline = "新华社北京2月27日电(记者某某)"  # (as the layout keeps it out of the text)
    doc = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))(doc)
    assert doc.entities[doc.articles[0].place].name == "北京市"


# A county's own news of its trip out: a clause opening with a bare official or delegation (县委书记,
# 县党政代表团: the text's own, as its relative names are) going 赴/到 a place is the own county's
# story, named elsewhere in the text; the place gone to is only where the trip went.

def test_a_bare_county_secretary_going_to_a_city_is_the_countys_story():
    text = ("招商考察活动\n3月27日至29日，县委书记张某带队赴广东省中山市开展招商考察活动。"
            "张某代表德江县人民向在中山市创业的德江老乡致以问候，并介绍了德江县发展情况。")
    assert article_place(text) == "德江县"


def test_a_bare_county_delegation_in_the_title_is_the_own_countys():
    text = ("县党政代表团赴黄梅县开展区域协作对接考察\n6月10日，县委书记曹某率队赴湖北省黄梅县开展对接考察。"
            "曹某代表宿松县党政代表团对黄梅县的热情接待表示感谢。")
    assert article_place(text) == "宿松县"


def test_a_named_delegation_still_goes_to_the_destination():
    """崇明区党政代表团到镇康县考察调研: the visitors are named, not the text's own: the usual choice."""
    text = "崇明区党政代表团到镇康县考察调研\n5月8日，崇明区党政代表团到镇康县考察调研，双方召开座谈会。"
    assert article_place(text) == "镇康县"


def test_a_trip_to_an_own_township_keeps_the_township():
    """县委书记到龙凤坝镇调研: the place gone to lies inside the own county: the usual choice stands."""
    text = "县委书记到龙凤坝镇调研\n3月5日，县委书记李某到龙凤坝镇调研，秀山县有关部门负责人陪同。"
    assert article_place(text) == "龙凤坝镇"


def test_no_own_county_named_keeps_the_destination():
    text = "县党政考察团到北京市通州区考察\n1月16日，县委书记某某率县党政考察团到北京市通州区考察。"
    assert article_place(text) == "通州区"


# A famous town written after its province alone (在海南博鳌举行: 博鳌镇 of 琼海市), without its county or 镇.

def _places(text: str) -> dict[str, str | None]:
    doc = _PIPE(text_doc(text))
    art = doc.articles[0]
    return {art.text[m.astart:m.aend]: m.attrs.get("code") for m in doc.mentions if m.label == "Place"}


def test_a_town_written_after_its_province_is_the_town():
    got = _places("论坛年会开幕\n3月26日，论坛年会在海南博鳌举行，各国嘉宾出席。")
    assert got.get("博鳌") == "469002104"


def test_a_common_word_or_a_county_after_a_province_is_no_town():
    got = _places("通知\n四川省文化和旅游厅发布通知，安徽枞阳县开展活动。")
    assert "文化" not in got and got.get("枞阳县") != "340722100"


def test_a_zone_named_after_a_town_is_no_town():
    """上海金桥出口加工区: the zone's name (金桥镇 of 浦东 is no place of the story)."""
    got = _places("开发区\n苏州工业园区、上海金桥出口加工区等区域实现工业总产值。")
    assert "金桥" not in got


# 滨海新区 is Tianjin's district and the new area of many cities (瑞安, 温州, 连云港): written bare in a
# document naming other provinces only, it is the local zone, no code of Tianjin's.

def test_a_bare_binhai_new_area_in_another_provinces_story_is_the_local_zone():
    got = _places("瑞安市召开项目推进会\n3月5日，瑞安市召开重大项目推进会，要求加快滨海新区开发建设。")
    assert "滨海新区" in got and got["滨海新区"] is None


def test_a_bare_binhai_new_area_alone_or_with_tianjin_stays_tianjins():
    assert _places("滨海新区召开会议\n3月5日，滨海新区召开工作会议。")["滨海新区"] == "120116"
    got = _places("滨海新区召开会议\n3月5日，滨海新区召开工作会议，天津市领导出席，瑞安市代表团参加。")
    assert got["滨海新区"] == "120116"


def test_another_stop_of_the_trip_is_no_own_county():
    """先后前往江门市…: a place in the province gone to is a stop of the trip, never the own division."""
    text = ("招商考察\n3月27日，市委书记张某带队赴中山市开展招商考察。一行先后前往江门市、中山市古镇参观，"
            "并在江门市座谈。")
    assert article_place(text) != "江门市"
