"""County festivals, provincial tourism conferences and signing ceremonies (round 25): an event named
with its edition ends in 大会 or 比赛 as well as in a fair's or forum's head (第三届X省旅游产业发展大会,
首届“某某杯”征文比赛), but never a body's congress (第十四届全国人民代表大会); a festival named with its
edition may have three characters (首届龙虾节), and its name may join a country and a county with a
middle dot (第十一届中国·某县螃蟹节); 在中俄边城X市举办 is
held in the city, not in China; 中国航天… keeps 中国 though 国航 is a short form.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _result(text: str):
    return extract_document(Doc(id="t", source="t.txt", text=text))


def _names(text: str, label: str) -> set[str]:
    return {e.name for e in _result(text).entities.values() if e.type == label}


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    res = _result(text)
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == predicate}


def test_an_edition_then_a_conference_names_an_event():
    """第三届X省旅游产业发展大会在Y市举办: after its edition a 大会 is an event held somewhere."""
    text = "9月4日晚，第三届黑龙江省旅游产业发展大会在黑河市举办。"
    assert "黑龙江省旅游产业发展大会" in _names(text, "Programme")
    assert ("黑龙江省旅游产业发展大会", "黑河市") in _relations(text, "implementedIn")


def test_an_edition_then_a_contest_names_an_event():
    """首届“某某杯”…征文比赛颁奖晚会: the contest is the event; the evening is one session of it."""
    text = "8月5日晚，首届“青山杯”现代诗歌征文比赛颁奖晚会在县城举行。"
    assert "“青山杯”现代诗歌征文比赛" in _names(text, "Programme")


def test_a_congress_or_a_longer_word_is_no_conference_event():
    """第十四届全国人民代表大会, 第三届职工代表大会: a body's congress; 国际大会展览: 会展 goes on."""
    assert not _names("3月5日，第十四届全国人民代表大会第一次会议在北京召开。", "Programme")
    assert not _names("县第三届职工代表大会召开。", "Programme")
    assert not _names("第十届国际大会展览在昆明召开。", "Programme")
    assert not _names("7月30日，某市某商会首届会员大会在酒店召开。", "Programme")
    assert not _names("3月30日，某镇第十七届人民代表大会第三次会议经过大会主席团的努力闭幕。", "Programme")


def test_a_county_conference_its_place_opens_as_the_subject_held():
    """，河北省邢台市威县旅游产业发展大会开幕式暨…举行: places, then a bare kind of event (every province
    holds a 旅游产业发展大会): the event keeps its own county's name; 2023年X省旅游产业发展大会在Y开幕 too."""
    text = "9月8日晚，河北省邢台市威县旅游产业发展大会开幕式暨文化旅游推介会隆重举行。"
    assert "威县旅游产业发展大会" in _names(text, "Programme")
    assert ("威县旅游产业发展大会", "威县") in _relations(text, "implementedIn")
    assert "2023年江西省旅游产业发展大会" in _names("2023年江西省旅游产业发展大会在景德镇市开幕。", "Programme")
    assert not _names("本届旅游节在县城开幕。", "Programme")


def test_a_festival_name_with_a_middle_dot():
    """第十一届中国·泗洪洪泽湖螃蟹节: the dot joins the country and the county's festival in one name."""
    text = "10月18日晚，第十一届中国·泗洪洪泽湖螃蟹节隆重开幕。"
    assert "中国·泗洪洪泽湖螃蟹节" in _names(text, "Programme")


def test_a_three_character_festival_after_its_edition():
    """首届龙虾节, 第二届桃花节: what the festival is of, then 节; a kind of festival (文化节) names none."""
    assert "龙虾节" in _names("6月10日，盱眙县举办首届龙虾节。", "Programme")
    assert "桃花节" in _names("第二届桃花节在盱眙县开幕。", "Programme")
    assert not _names("首届文化节开幕。", "Programme")


def test_a_border_city_after_two_countries_is_the_venue():
    """在中俄边城黑河市举办: the pair describes the city; the event is held there, not in China."""
    text = "9月4日晚，第三届黑龙江省旅游产业发展大会开幕式在中俄边城黑河市举办。"
    held = _relations(text, "implementedIn")
    assert ("黑龙江省旅游产业发展大会", "黑河市") in held
    assert ("黑龙江省旅游产业发展大会", "中国") not in held


def test_a_company_opening_with_china_keeps_it():
    """代表中国航天建设集团有限公司: 国航 (a short form) inside 中国 opens no name; the company keeps 中国."""
    text = "3月5日，县长王明代表县政府与中国航天建设集团有限公司签订战略合作协议。"
    orgs = _names(text, "Organization")
    assert "中国航天建设集团有限公司" in orgs
    assert "国航天建设集团有限公司" not in orgs


def test_a_long_list_of_parties_then_their_agreement_signed():
    """A与B、C、D、E关于…项目战略合作框架协议的签约仪式: the agreement's long name ends in 协议 and its
    signing; every body listed after 与 signs with A, however far the verb is."""
    text = ("3月5日，望江县人民政府与安徽华源农业科技发展有限公司、合肥青山新能源科技有限公司、"
            "安徽长江建设集团有限公司、安徽省交通控股集团有限公司关于望江县现代农业产业园及新能源"
            "综合开发项目战略合作框架协议的签约仪式在县行政中心举行。")
    pairs = _relations(text, "cooperatesWith")
    assert ("望江县人民政府", "安徽省交通控股集团有限公司") in pairs
    assert ("望江县人民政府", "安徽华源农业科技发展有限公司") in pairs


def test_an_agreement_named_without_its_signing_joins_no_parties():
    """A与B关于…协议的意见: no verb of signing after the agreement's name, no tie read from that alone."""
    text = "县人民政府与安徽青山农业科技发展有限公司关于履行投资协议有关问题的说明。"
    assert not _relations(text, "cooperatesWith")
