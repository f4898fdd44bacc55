"""Round 105 (guangdian105): radio, television, film and publishing news — 麻城 and 罗田 (Hubei) on the
直播卫星“户户通”工程, 古丈 (Hunan), 寿宁 (Fujian) and 新乡县 (Henan) 融媒体中心 news, 国家电影局's box office
(2021), 国家广播电视总局's 2019 statistics report, Xinhua on 农家书屋 (2019), 安徽省广播电视局 and the
national 应急广播 meeting (Fujian's 广电局 site), and 河池市 (Guangxi) on 广播电视村村通 (fresh texts of
/tmp/s27/txt/guangdian105).  Fixes: a unit's character a head's post repeats right after it (市委常委、
宣传部部长、副市长黎丽) is no person's name (宣 a family name too); 村村通, 户户通 and 农家书屋工程 are
programmes named the same in every county; 建立健全机制 (the verb pair before the head) and “我和我的”系列
电影 (a series of films) no programme; 全国 before a semicolon governs the clauses after it (全国共建成
农家书屋58.7万家…；进行数字化建设的农家书屋达到12.5万家: the country's, not the dateline city's); 广播、
电视人口综合覆盖率分别… one indicator per service; a chain of places before a 分别 list (广西河池市广播、
电视…) is its last place, no 广西 for the first figure; 校审: a credit's role, no part of a name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _name(doc, key) -> str | None:
    return doc.entities[key].name if key in doc.entities else None


def _metrics(doc) -> set[tuple]:
    return {(_name(doc, m.subject), m.indicator, m.value) for m in doc.metrics}


def _posts(doc) -> set[tuple]:
    return {(_name(doc, r.subject), _name(doc, r.object), p.get("post"))
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_department_before_its_heads_post_is_no_name():
    """11-hechi-cuncuntong: 市委常委、宣传部部长、副市长黎丽要求 — base: a person 宣传部 (宣 a family name)
    holding 副市长, and 黎丽's 常委 lost."""
    doc = extract_text("河池市召开会议。市委常委、宣传部部长、副市长黎丽要求,全面总结工作经验。")
    assert "宣传部" not in _names(doc, "Person")
    got = _posts(doc)
    assert ("黎丽", "河池市委", "常委") in got, got
    assert ("黎丽", "河池市", "副市长") in got, got
    doc = extract_text("本报讯 县委常委、组织部部长、副县长王强出席会议。")
    assert "组织部" not in _names(doc, "Person")


def test_a_name_before_a_post_stays():
    """Guard: a real name before its post (宣明部长, 石光厅长) is still read."""
    doc = extract_text("本报讯 市委常委、宣传部部长宣明出席会议。参会人员有石光厅长、马涛副厅长。")
    assert {"宣明", "石光"} <= _names(doc, "Person")


def test_the_broadcasting_programmes_are_named():
    """11-hechi-cuncuntong (广播电视村村通工作, 把村村通工程作为…), 07-nongjia-shuwu-2019 (农家书屋工程是党中央
    国务院实施的…): base: no programme."""
    doc = extract_text("河池市部署广播电视村村通工作。要把村村通工程作为我市跨越式发展的一项重要工作来抓。")
    assert "村村通" in _names(doc, "Programme")
    doc = extract_text("农家书屋工程是党中央国务院实施的五大公共文化惠民工程之一。")
    assert "农家书屋工程" in _names(doc, "Programme")
    doc = extract_text("县广电局加快推进户户通工程建设。")
    assert "户户通" in _names(doc, "Programme")


def test_the_programme_words_alone_name_none():
    """Guard: 户户通 or 村村通 with no verb before nor 工程/工作 after (在实现村村通的基础上, 户户通设备) is
    no programme; 农家书屋 alone is the library counted."""
    doc = extract_text("在实现村村通的基础上,户户通设备已安装。全县建成农家书屋120家。")
    assert not _names(doc, "Programme") & {"村村通", "户户通", "农家书屋"}


def test_the_verb_pair_and_a_film_series_name_no_programme():
    """09-fujian-gdj-yingji: 各地广电部门要进一步建立健全机制 — base: a programme 健全机制;
    05-dianying-piaofang-2021: “我和我的”系列电影之《我和我的父辈》 — base: a programme 我和我的."""
    doc = extract_text("各地广电部门要进一步建立健全机制,推动应急广播切实发挥作用。")
    assert "健全机制" not in _names(doc, "Programme")
    doc = extract_text("今年以来,陆续推出了一批优质影片,包括“我和我的”系列电影之《我和我的父辈》。")
    assert "我和我的" not in _names(doc, "Programme")


def test_a_named_mechanism_stays():
    """Guard: a mechanism that says its topic (建立健全生态保护补偿机制) is still a programme."""
    doc = extract_text("县政府建立健全生态保护补偿机制。")
    assert any("生态保护补偿机制" in n for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_the_national_scope_governs_the_clauses_after_a_semicolon():
    """07-nongjia-shuwu-2019: 全国共建成农家书屋58.7万家,…;进行数字化建设的农家书屋达到12.5万家 in a
    dispatch from 北京 — base: the second clause's figures 北京市's."""
    doc = extract_text("新华社北京9月24日电(记者史竞男)新时代乡村阅读季启动仪式23日在京举行。\n\n"
                       "从2007年全面开启到2018年底,全国共建成图书室58.7万家,累计配送图书11.6亿多册;"
                       "进行数字化建设的图书室达到12.5万家,提供数字阅读内容近百万种。")
    got = _metrics(doc)
    assert ("中国", "进行数字化建设的图书室", 125000) in got, got
    assert not any(s == "北京市" for s, _i, _v in got), got


def test_a_local_clause_after_the_semicolon_keeps_its_place():
    """Guard: a clause after the semicolon naming its own place or scope (；我省…, ；北京市…) is not the
    country's."""
    doc = extract_text("本报讯 河北省召开会议。全国共建成图书室58.7万家;河北省建成图书室1.2万家。")
    got = _metrics(doc)
    assert ("河北省", "图书室", 12000) in got, got


def test_radio_and_television_coverage_each_keep_their_indicator():
    """11-hechi-cuncuntong: 广西河池市广播、电视人口综合覆盖率分别达到94.3%和96% — base: both read as
    电视人口综合覆盖率, the first one 广西壮族自治区's."""
    doc = extract_text("本报讯 河池市召开会议。目前,广西河池市广播、电视人口综合覆盖率分别达到94.3%和96%。")
    got = _metrics(doc)
    assert ("河池市", "广播人口综合覆盖率", 94.3) in got, got
    assert ("河池市", "电视人口综合覆盖率", 96) in got, got
    doc = extract_text("本报讯 河池市召开会议。2023年,全市广播、电视人口综合覆盖率分别为99.5%和99.7%。")
    assert ("河池市", "广播人口综合覆盖率", 99.5) in _metrics(doc)


def test_each_listed_chain_of_places_is_its_last_place():
    """The same chain rule inside each item of a list of places before 分别 (湖北武汉、广西南宁…): base: the
    figures 湖北省's and 广西壮族自治区's, not the cities'."""
    doc = extract_text("本报讯 召开会议。湖北武汉、广西南宁的地区生产总值分别达到1.8万亿元和5000亿元。")
    got = {(s, v) for s, _i, v in _metrics(doc)}
    assert ("武汉市", 1800000000000) in got and ("南宁市", 500000000000) in got, got


def test_places_listed_before_respectively_stay_items():
    """Guard: places listed alone (武汉、南宁…分别) are still one per figure."""
    doc = extract_text("本报讯 召开会议。武汉、南宁的地区生产总值分别达到1.8万亿元和5000亿元。")
    got = {(s, v) for s, _i, v in _metrics(doc)}
    assert ("武汉市", 1800000000000) in got and ("南宁市", 500000000000) in got, got


def test_a_proofreaders_credit_is_no_name():
    """10-xinxiang-gongyi-dianying: 责编:张芳校审:刘伟佳 — base: a person 张芳校审:刘伟佳."""
    doc = extract_text("县启动公益电影放映。\n监制:王高峰\n责编:张芳校审:刘伟佳\n")
    assert not any("校审" in n for n in _names(doc, "Person")), _names(doc, "Person")


def test_a_versioned_guide_is_a_policy_document():
    """09-fujian-gdj-yingji: 广电总局安全传输保障司通报了《应急广播服务防汛救灾工作指南1.0》 — base: no programme
    (the version number hid the head 指南)."""
    doc = extract_text("广电总局安全传输保障司通报了《应急广播服务防汛救灾工作指南1.0》,明确了职责。")
    assert "应急广播服务防汛救灾工作指南1.0" in _names(doc, "Programme")


def test_a_film_title_is_no_policy_document():
    """Guard: films and shows in 《》 (《长津湖》《1921》《流浪地球2》, 《新闻联播》) stay works, no programme."""
    doc = extract_text("观众观看了《长津湖》《1921》《流浪地球2》,央视播出《新闻联播》。")
    assert not _names(doc, "Programme") & {"长津湖", "1921", "流浪地球2", "新闻联播"}


def test_a_settlements_size_is_no_count_of_households():
    """11-hechi-cuncuntong: 全面完成…20户以上自然屯直播卫星覆盖工程建设任务 — base: a figure 20 户 (自然屯直播卫星);
    实现30户以上自然村通硬化路 alike: the villages of that size, no count of their households."""
    doc = extract_text("本报讯 河池市召开会议。全面完成20户以上自然屯直播卫星覆盖工程建设任务。")
    assert not [m for m in doc.metrics if m.unit == "户"], [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("本报讯 某县召开会议。今年实现30户以上自然村通硬化路。")
    assert not [m for m in doc.metrics if m.unit == "户"], [(m.indicator, m.value) for m in doc.metrics]


def test_households_bounded_before_other_nouns_stay_counts():
    """Guard: a count of households or people bounded before another noun (帮扶100户以上农户, 吸纳300人以上就业)
    is still the figure."""
    doc = extract_text("本报讯 某县召开会议。帮扶100户以上农户,吸纳300人以上就业。")
    got = {(m.value, m.unit) for m in doc.metrics}
    assert (100, "户") in got and (300, "人") in got, got
