"""Round 113 (waishi113): local foreign-affairs news — meetings with foreign guests (聊城 市长 and a Korean
郡守, 无为 county's 县委副书记 and American guests, 福州's 副市长 and an Uzbek 州长), consuls and ambassadors
(深圳 and 温州 外办 visiting embassies and consulates, 贵州 外事办), sister-city conferences (武汉 2018, 昆明
2024), the foreign ministry's visit announcements and Beijing's reception for diplomats (fresh texts of
/tmp/s27/txt/waishi113).  Fixes: the countries and places abroad a title or lead names after a verb of
meeting guests (会见韩国宜宁郡郡守…) are the guests', never the story's place — the host's division is;
郡守 and 郡长, the head of a Korean or Kenyan county, a head's post; 我国 before a count is the country's
scope, not the opening of a counted national title (我国已同136个国家缔结了2571对友好城市关系: China's
figures, not the dateline city's); a city's or province's 对外友协 (人民对外友好协会) a people's
organisation of its scope."""
from __future__ import annotations

from conftest import article_place, extract_text


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def _subjects(doc) -> dict[tuple, str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject in doc.entities else None)
            for m in doc.metrics}


def test_guests_met_in_the_lead_are_not_the_storys_place():
    """10-liaocheng: 市委副书记、市长宋军继在市会议接待中心会见韩国宜宁郡郡守吴永浩一行 … 聊城市的基本情况
    (base: the article placed in 韩国, the guests' country)."""
    assert article_place("会见\n11月8日,市委副书记、市长宋军继在市会议接待中心会见韩国宜宁郡郡守吴永浩一行。"
                         "宋军继对吴永浩一行的到来表示欢迎,并简要介绍了聊城市的基本情况。") == "聊城市"


def test_guests_a_title_names_after_meeting_are_not_the_storys_place():
    """09-wuwei: 县委副书记吴秀丽会见美国客人 (base: placed in 美国); with the host's city named, that city."""
    assert article_place("市长会见日本客人\n5月10日,市长张明在市政府会见日本大阪府代表团一行。"
                         "张明介绍了淮安市经济社会发展情况。") == "淮安市"
    assert article_place("县委副书记吴秀丽会见美国客人\n6月1日,县委副书记吴秀丽在无为宾馆会见了从美国回乡探亲的"
                         "秦宗舟先生。秦宗舟先生老家是我县石涧镇人。") != "美国"


def test_a_meeting_abroad_keeps_its_country():
    """Guard: a country written before the verb of meeting (访问日本期间…会见) is where the meeting is."""
    assert article_place("省长访问日本\n访问日本期间,省长王伟会见了日本首相。") == "日本"


def test_a_korean_county_head_holds_a_post():
    """10-liaocheng: 会见韩国宜宁郡郡守吴永浩一行 (base: no post for 吴永浩)."""
    doc = extract_text("会见\n11月8日,市委副书记、市长宋军继在市会议接待中心会见韩国宜宁郡郡守吴永浩一行。"
                       "宋军继介绍了聊城市的基本情况。")
    posts = _posts(doc)
    assert ("吴永浩", "宜宁郡", "郡守") in posts, posts
    assert ("宋军继", "聊城市", "市长") in posts, posts


def test_our_country_before_a_count_is_the_countrys_scope():
    """04-wuhan-youcheng-2018: 至此,我国已同136个国家缔结了2571对友好城市(省州)关系 (base: both figures
    武汉市's, the conference's city: 我国 followed by a count was read as 中国 opening a national title)."""
    doc = extract_text("友城\n11月16日,2018中国国际友好城市大会在武汉闭幕。"
                       "至此,我国已同136个国家缔结了2571对友好城市(省州)关系。")
    got = _subjects(doc)
    assert got.get(("友好城市(省州)关系", 2571)) == "中国", got
    assert got.get(("国家", 136)) == "中国", got


def test_a_citys_friendship_association_is_its_organisation():
    """08-wenzhou: 温州市外办党组成员、市对外友协专职副会长薛志豪 (base: no 市对外友协, no post in it).  The
    national association stays the registry's (中国人民对外友好协会, 全国对外友协)."""
    doc = extract_text("温州外事\n5月15日,温州市外办党组书记周建清带队赴上海。"
                       "温州市外办党组成员、市对外友协专职副会长薛志豪参加活动。")
    posts = _posts(doc)
    assert ("薛志豪", "温州市对外友协", "副会长") in posts, posts
    doc = extract_text("友城大会\n大会由中国人民对外友好协会、浙江省人民对外友好协会共同主办。全国对外友协副会长李明出席。")
    names = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "中国人民对外友好协会" in names and "浙江省人民对外友好协会" in names, names
