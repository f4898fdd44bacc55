"""Round 105 (zhengbing105): conscription, civil air defence and 双拥 news — 征兵体检 news of 湘阴县 (Hunan)
and 邢台 (Hebei), 新罗区's 征兵初检 (Fujian), 和林格尔县's send-off of new recruits (Inner Mongolia), 江苏's
first recruits (province), the air-raid siren test notices of 漳县 and 崇信县 (Gansu), and the 全国双拥模范城
news of 白银 (a traditional-script page), 郑州 and 潍坊 (fresh texts of /tmp/s27/txt/zhengbing105).  Fixes:
a city's military sub-district and garrison (潍坊军分区, 沈阳警备区) and a province's military district
(江苏省军区) are agencies, named by the city's short name however the scope is written (市军分区 in a 潍坊
story: 潍坊军分区), so 市委常委、潍坊军分区政委刘汉杰 holds 政委 there; 人武部 after 县委常委、 is the county's
人民武装部, no department of the committee (was 和林格尔县委人武部); a paper's dateline (本报白银讯) names the
story's place where the lead names only a meeting's venue (大会在北京举行) and the text names the dateline's
city too; a division opening a book title (《甘肃省实施〈中华人民共和国人民防空法〉办法》, 〈 too) is the law's
owner, not the scene, where the text names a place inside it (漳县城区内); a notice's numbered section
heading (一、试鸣时间 over the schedule's date) is no publication field; a stretch of clock time nothing
names (鸣36秒，停24秒) is a 时间, no indicator 秒; a county of a lead's round-up list (邢台信都区、襄都区、巨鹿、
柏乡等地) in a text speaking as its city (全市) gives the city; 获此 ends a noun counted (19个市（县）获此称号); 双拥办
after a scope is its 双拥工作领导小组办公室."""
from __future__ import annotations

from conftest import article_place, extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _posts(doc) -> set[tuple[str, str, str]]:
    n = {k: e.name for k, e in doc.entities.items()}
    return {(n.get(r.subject), p["post"], n.get(r.object)) for r in doc.relations if r.predicate == "holdsPost"
            for p in r.posts}


def test_a_citys_military_sub_district_is_an_agency_its_commissar_holds():
    """08-weifang: 市委常委、潍坊军分区政委刘汉杰 (06-baiyin: 市委常委、白銀軍分區政委、…副組長李永春); base: no
    body for 政委 (the test_posts_resume guard: not the city committee's)."""
    doc = extract_text("潍坊市召开双拥工作会议\n市委常委、潍坊军分区政委刘汉杰代表我市赴京出席会议。")
    assert "潍坊军分区" in _names(doc, "Agency")
    got = _posts(doc)
    assert ("刘汉杰", "政委", "潍坊军分区") in got, got
    assert ("刘汉杰", "常委", "潍坊市委") in got, got
    assert ("刘汉杰", "政委", "潍坊市委") not in got, got


def test_the_sub_district_keeps_its_citys_short_name_however_written():
    """市军分区 in a 潍坊 story and 潍坊市军分区 are the one 潍坊军分区; a garrison likewise (沈阳警备区)."""
    doc = extract_text("潍坊市召开会议\n市军分区司令员王林出席会议。潍坊市军分区政委李强讲话。")
    assert "潍坊军分区" in _names(doc, "Agency")
    assert "潍坊市军分区" not in _names(doc, "Agency")
    got = _posts(doc)
    assert ("王林", "司令员", "潍坊军分区") in got, got
    assert ("李强", "政委", "潍坊军分区") in got, got
    doc = extract_text("沈阳市召开会议\n沈阳警备区司令员王林出席会议。")
    assert ("王林", "司令员", "沈阳警备区") in _posts(doc)


def test_a_provinces_military_district_is_an_agency():
    """10-jiangsu: 省军区征兵办有关负责人说 … 前往…云南省军区边防部队 (base: neither district found)."""
    doc = extract_text("江苏新兵启程\n前往驻内蒙古武警部队、云南省军区边防部队等部队服役。江苏省军区司令员王林出席。")
    assert {"云南省军区", "江苏省军区"} <= _names(doc, "Agency")
    assert ("王林", "司令员", "江苏省军区") in _posts(doc)


def test_a_military_district_word_after_a_city_is_no_agency_of_the_city():
    """军区 is a province's only: after a city (南京军区, the former great military region) it opens no
    organ of the city written 南京市军区."""
    doc = extract_text("南京市召开会议\n南京军区某部官兵参加活动。")
    assert "南京市军区" not in _names(doc, "Agency")


def test_the_peoples_armed_forces_department_after_a_committee_post_is_the_countys():
    """05-helingeer: 县委常委、人武部政委李权，人武部部长赵春生 (base: both in 和林格尔县委人武部, a department
    of the county committee); the county's 人民武装部, as 县人武部 written whole is."""
    doc = extract_text("和林格尔县入伍新兵启程赴军营\n县委常委、人武部政委李权，人武部部长赵春生及军地部分官兵参加了欢送会。")
    got = _posts(doc)
    assert ("李权", "政委", "和林格尔县人民武装部") in got, got
    assert ("赵春生", "部长", "和林格尔县人民武装部") in got, got
    assert ("李权", "常委", "和林格尔县委") in got, got
    assert "和林格尔县委人武部" not in _names(doc, "Agency")


def test_a_party_department_after_a_committee_post_stays_the_committees():
    """Guard: 宣传部, 统战部 after 区委常委、 are the committee's departments."""
    doc = extract_text("吴中区举办活动\n区委常委、宣传部长、统战部长顾建列出席了活动。")
    got = _posts(doc)
    assert ("顾建列", "部长", "吴中区委宣传部") in got, got
    assert ("顾建列", "部长", "吴中区委统战部") in got, got


def test_a_papers_dateline_city_over_a_lead_naming_only_the_venue():
    """06-baiyin: 本报白银讯（记者高子发）7月29日，全国双拥模范城（县）命名…大会在北京举行 … 白银市再度荣膺
    (base: 北京市, the venue)."""
    assert article_place("本报白银讯（记者高子发）7月29日，全国双拥模范城（县）命名暨双拥模范单位和个人表彰大会在北京举行。\n"
                         "在这次命名表彰大会上，白银市再度荣膺“全国双拥模范城”称号。") == "白银市"


def test_a_venue_lead_with_no_dateline_city_named_keeps_its_choice():
    """Guard: the dateline's city named nowhere in the text (本报讯) leaves the lead's choice alone."""
    assert article_place("本报讯 7月29日，全国表彰大会在北京举行。\n会议表彰了一批先进单位。") == "北京市"


def test_a_province_opening_a_law_title_is_not_the_county_notices_place():
    """03-zhangxian: 按照《中华人民共和国人民防空法》《甘肃省实施〈中华人民共和国人民防空法〉办法》规定，定于…在
    县城区范围内进行人民防空警报试鸣 … 漳县城区内 … 漳县国防动员办公室 (base: 甘肃省)."""
    text = ("为进一步加强国防宣传教育，按照《中华人民共和国人民防空法》《甘肃省实施〈中华人民共和国人民防空法〉办法》规定，"
            "定于2025年9月18日在县城区范围内进行人民防空警报试鸣。现将有关事项公告如下：\n三、试鸣范围\n漳县城区内。\n"
            "特此公告\n漳县国防动员办公室\n2025年9月9日")
    assert article_place(text) == "漳县"


def test_a_province_opening_a_law_title_stays_when_nothing_inside_it_is_named():
    """Guard: a text citing 《甘肃省…条例》 and naming no place inside 甘肃 keeps the province."""
    assert article_place("条例实施\n省人大常委会表决通过《甘肃省人民防空条例》，条例自明年起施行。") == "甘肃省"


def test_a_notices_numbered_schedule_heading_does_not_date_it():
    """03-zhangxian: 一、试鸣时间 / 2025年9月18日9:00-10:00 … signed 2025年9月9日 (base: dated 2025-09-18, the
    siren test's day read as a 时间 field)."""
    doc = extract_text("防空警报试鸣公告\n定于2025年9月18日进行人民防空警报试鸣。现将有关事项公告如下：\n一、试鸣时间\n"
                       "2025年9月18日9:00-10:00，15:00-16:00\n二、试鸣范围\n县城区内。\n特此公告\n漳县国防动员办公室\n2025年9月9日")
    assert doc.articles[0].date == "2025-09-09"


def test_a_page_time_field_still_dates_the_page():
    """Guard: 时间：… as a page's own field (no numbered heading) dates it."""
    doc = extract_text("县里召开会议\n时间：2023-05-06\n会议研究了有关工作。")
    assert doc.articles[0].date == "2023-05-06"


def test_an_unnamed_stretch_of_seconds_is_a_time():
    """03-zhangxian, 04-chongxin: 预先警报：…鸣36秒，停24秒，反复3遍为一个周期 (base: indicator 秒)."""
    doc = extract_text("防空警报试鸣\n（一）预先警报：上午9:00与下午3:00试鸣，鸣36秒，停24秒，反复3遍，时间3分钟。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("时间", 36, "秒") in got, got
    assert not any(m.indicator == m.unit for m in doc.metrics), got


_XINGTAI = ("报名应征磨砺志，保卫祖国展豪情。连日来，邢台信都区、襄都区、巨鹿、柏乡等地，征兵办公室有序组织应征青年开展"
            "2023年春季征兵体检。\n在巨鹿县人武部体检现场，应征青年有序进行检查。\n“今年，我们精准对接大学生。”巨鹿县人武部"
            "相关负责人表示。\n")


def test_a_county_of_a_city_round_up_list_is_not_the_citys_story_place():
    """02-xingtai: 邢台信都区、襄都区、巨鹿、柏乡等地 … 在巨鹿县人武部体检现场 … 全市上站体检5000余人 (base:
    巨鹿县, the one listed county named again)."""
    assert article_place(_XINGTAI + "据悉，截至目前，全市上站体检5000余人。") == "邢台市"


def test_a_listed_county_named_again_keeps_the_choice_without_a_city_voice():
    """Guard: the same lead in a text that never speaks as its city (全市, 本市) keeps the county."""
    assert article_place(_XINGTAI) == "巨鹿县"


def test_the_verb_with_its_demonstrative_ends_the_noun_counted():
    """07-zhengzhou: 河南省共有19个市（县）获此称号 (base: indicator 市（县）获此)."""
    doc = extract_text("双拥模范城\n据了解，全国共有416个市（县）获双拥模范城称号，其中，河南省共有19个市（县）获此称号。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("市（县）", 19, "个") in got, got
    assert not any("获此" in m[0] for m in got), got


def test_the_double_support_office_written_short_is_the_leading_groups_office():
    """07-zhengzhou names 省双拥工作领导小组办公室 whole; 市双拥办主任 is the same kind of office (base:
    海阳市双拥办, a name of its own)."""
    doc = extract_text("海阳市双拥工作\n市双拥办主任李强出席会议。")
    assert ("李强", "主任", "海阳市双拥工作领导小组办公室") in _posts(doc), _posts(doc)
