"""Round 105 (dashiji105): chronicles (大事记) of counties, cities and departments — 文成县's 2011大事记,
杭州市's 1998年12月份政务大事记, 丽水市委、市政府2021年执政纪事(7-12月), 浙江日报's 杭州十年大事记, 庆元县大事记
(1955), a city's 2021年1月大事记 and 常州市城市管理局's entry (fresh texts of /tmp/s27/txt/dashiji105).
Fixes: an entry dated by month and day alone (1月7日  …512名运动员) takes the chronicle's year — its year
heading (2011年 alone on a line) or its headline's (文成县2011年大事记) — never a year an earlier entry
told of (研究部署2010年的目标任务); a post's yearless day more than two months after the publication's
month is last year's (7月1日，市委书记胡海峰… in a chronicle of July-December posted in February); a
stem right before the 、 of a township of the table that names the same county's township with that
suffix is it (考察了天水、朝晖街道: 天水街道, not 天水市); a world place opening a name written by sound and
closed by 先生/女士 is no place (大臣阿曼·穆维萨先生: no Oman); a name whose last character makes a word
with the honorific after it is none (享受…待遇的党员老同志: no person 党员老); 企业 in a community's would-be
name makes it none (深入杭州企业社区: enterprises and communities)."""
from __future__ import annotations

from conftest import extract_text, text_doc


def _run(text: str, date: str | None = None):
    from kg.pipeline import DEFAULT_PIPELINE, Pipeline
    doc = text_doc(text)
    doc.date = date
    return Pipeline(DEFAULT_PIPELINE)(doc)


def _periods(doc) -> dict:
    return {(m.indicator, m.value): m.period for m in doc.metrics}


def _places(doc) -> dict:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _posts(doc) -> dict:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name): r.posts
            for r in doc.relations if r.predicate == "holdsPost"}


_ENTRIES = ("1月6日  县委举行十一届九次全体（扩大）会议，研究部署2010年的目标任务和工作重点。\n"
            "1月7日  县第36届中小学生田径运动会在体育中心开幕，来自全县各中小学的19支代表队512名运动员参加角逐。")


def test_an_entry_takes_the_year_heading_over_it():
    """01-wencheng-2011 (base: 512名运动员, 19支代表队 of 2010-01-07, the year an earlier entry told of;
    under a year heading, of the publication's year 2012)."""
    doc = _run("大事记\n2011年\n" + _ENTRIES, "2012-03-01")
    got = _periods(doc)
    assert got[("运动员", 512)] == "2011-01-07", got
    assert got[("代表队", 19)] == "2011-01-07", got


def test_an_entry_takes_the_chronicles_headline_year():
    """A chronicle headed by its year (文成县2011年大事记, 丽水市委、市政府2021年执政纪事(7-12月)) and no year
    heading: its entries are that year's."""
    doc = _run("文成县2011年大事记\n" + _ENTRIES, "2012-01-01")
    assert _periods(doc)[("运动员", 512)] == "2011-01-07", _periods(doc)


def test_an_earlier_entrys_year_is_no_next_entrys():
    """01-wencheng-2011 as written: headline 2011大事记 (no 年), posted 2012-01-01: 1月7日 is no day of
    2010 (the 1月6日 entry's plans)."""
    doc = _run("2011大事记\n" + _ENTRIES, "2012-01-01")
    assert _periods(doc)[("运动员", 512)] == "2011-01-07", _periods(doc)


def test_a_news_lead_keeps_the_year_its_release_told():
    """Guard: a news lead opening with its day that names the year of its figures (3月5日，县统计局发布
    2022年全县经济数据) keeps it for the 全年 figures after."""
    doc = _run("全县经济\n3月5日，县统计局发布2022年全县经济数据。\n全年地区生产总值增长5%，全县完成固定资产投资120亿元。",
               "2023-03-06")
    got = _periods(doc)
    assert got[("固定资产投资", 12000000000)] == "2022", got


def test_a_chronicle_posts_day_is_last_years():
    """03-lishui-2021-h2, posted 2022-02-23 (base: 胡海峰 书记 dated 2022-07-01, a day to come)."""
    doc = _run("丽水市委、市政府2021年执政纪事(7-12月)\n7月1日，市委书记胡海峰在丽水接见了全市“两优一先”代表。",
               "2022-02-23")
    got = _posts(doc)[("胡海峰", "丽水市委")]
    assert got[0]["date"] == "2021-07-01", got


def test_a_posts_day_weeks_ahead_stays_this_years():
    """Guard: a day within two months of the publication (a meeting to come) keeps the publication's year."""
    doc = _run("会议通知\n3月1日，丽水市委书记胡海峰将出席全市工作会议。", "2022-02-23")
    got = _posts(doc)[("胡海峰", "丽水市委")]
    assert got[0]["date"] == "2022-03-01", got


def test_a_stem_listed_before_a_street_is_its_sibling():
    """02-hangzhou-1998-12: 考察了天水、朝晖街道的社区建设工作 (base: 天水市 of Gansu)."""
    doc = extract_text("杭州市政务大事记\n1日，社区建设调研组来杭调研，并考察了天水、朝晖街道的社区建设工作。")
    got = _places(doc)
    assert got.get("天水街道") == "330105012", got
    assert "天水市" not in got, got


def test_a_city_listed_before_a_street_of_another_county_stays():
    """Guard: a city's short name in a list of cities (no township after the 、) stays the city."""
    doc = extract_text("交流\n杭州市代表团先后赴天水、兰州考察。")
    assert _places(doc).get("天水市") == "620500", _places(doc)


def test_a_country_opening_a_dotted_name_is_none():
    """02-hangzhou-1998-12: 由摩洛哥青年和体育大臣阿曼·穆维萨先生…率领的摩洛哥代表团 (base: 阿曼, Oman)."""
    doc = extract_text("杭州市政务大事记\n5日，市领导会见了由摩洛哥青年和体育大臣阿曼·穆维萨先生率领的摩洛哥代表团。")
    got = _places(doc)
    assert "阿曼" not in got, got
    assert "摩洛哥" in got, got


def test_a_country_before_a_dot_and_a_place_stays():
    """Guard: 中国·义乌 (a fair's brand) keeps its country; 阿曼·苏丹国 too."""
    doc = extract_text("新闻\n2023中国·义乌国际小商品博览会开幕。")
    assert "中国" in _places(doc), _places(doc)
    doc = extract_text("新闻\n副总理会见了阿曼·苏丹国大臣。")
    assert "阿曼" in _places(doc), _places(doc)


def test_old_comrades_are_no_name():
    """01-wencheng-2011: 享受副县级以上待遇的党员老同志 (base: person 党员老)."""
    doc = extract_text("大事记\n1月6日，县委举行全体会议。享受副县级以上待遇的党员老同志参加会议。")
    assert not any(e.type == "Person" for e in doc.entities.values()), list(doc.entities.values())
    doc = extract_text("大事记\n1月6日，县委举行全体会议。王伟明同志参加会议。")
    assert any(e.type == "Person" and e.name == "王伟明" for e in doc.entities.values())


def test_enterprises_beside_communities_are_no_community():
    """04-hangzhou-ten-years: 胡锦涛总书记深入杭州企业社区 (base: community 企业社区 of 杭州市).  A named
    community stays."""
    doc = extract_text("杭州十年大事记\n7月 胡锦涛总书记深入杭州企业社区，就贯彻落实科学发展观进行调查研究。")
    assert "企业社区" not in _places(doc), _places(doc)
    doc = extract_text("新闻\n县委书记深入城关镇东关社区调研。")
    assert "东关社区" in _places(doc), _places(doc)
