"""Round 118 (fulian118): women's federation and children's work (妇联, 妇儿工委, 巾帼 campaigns, 最美家庭,
妇女之家): 金湖县 and 桃源县 妇联 year reports, 普陀区 妇儿工委 yearbook entry, 江西省 巾帼志愿服务协会 news,
巢湖市 and 龙海市 妇联 news, 建湖县 survey of village women's organisations, 漳浦县 and 永城市 notes; fresh texts
of /tmp/s27/txt/fulian118.  Fixes: 共有/拥有 before 村委会 opens no village's name (建湖县共有村委会200个; base:
Place 共有村 and Agency 共有村委会, the subject of every figure); 妇儿工委办 is the committee's 办公室 (市妇儿工委办
主任田熊; base: Agency 妇女儿童工作委员会办, a cut name); verbs of choosing and honouring (评选表彰, 评选, 推选,
培树) open no honour counted (base: indicator 评选表彰县三八红旗集体, 推选市级最美家庭); a level word before a quoted
honour is a word of it (培树省级“最美家庭”1户、县级“最美家庭”15户; base: indicator 最美家庭 twice, the campaign
its own subject); an award named after a person (南丁格尔奖获得者) is no place (base: Place 南丁格尔); 颁发 and
成功创建/申报/入选 end the noun counted (27名志愿者颁发聘书, 4家单位成功创建省级…; base: 志愿者颁发聘书,
单位成功创建省级); the rest of a theme frame (“…”等主题的) opens no activity counted (base: 主题的亲子阅读…活动), nor do the places a campaign goes into (深入基层村(社区)开展宣讲活动14场; base: all of it the indicator)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict[str, str | None]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: names.get(m.subject) for m in doc.metrics}


def test_a_total_of_village_committees_names_no_village():
    """07-jianhu-county-diaocha: 建湖县共有村委会200个; base: Place 共有村, subject of the count."""
    doc = extract_text("调查报告\n目前,建湖县共有村委会200个,配备村妇代会主任200名。")
    assert "共有村" not in _names(doc, "Place"), _names(doc, "Place")
    assert "共有村委会" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert _subjects(doc).get("村委会") == "建湖县", _subjects(doc)


def test_a_village_named_so_stays():
    """Guard: a village whose name is written whole still is one (张家村委会)."""
    doc = extract_text("调查报告\n建湖县张家村委会组织妇女参加培训。")
    assert "张家村" in _names(doc, "Place"), _names(doc, "Place")


def test_the_committee_office_written_short_is_its_office():
    """03-putuo-district-fuergongwei: 市妇儿工委办主任田熊; base: Agency 市妇女儿童工作委员会办."""
    doc = extract_text("妇女儿童发展规划\n市妇儿工委办主任田熊等组成督导组到区开展评估督导。")
    agencies = _names(doc, "Agency")
    assert "市妇女儿童工作委员会办公室" in agencies, agencies
    assert "市妇女儿童工作委员会办" not in agencies, agencies


def test_choosing_verbs_open_no_honour_counted():
    """01-jinhu-county-report: 评选表彰县三八红旗集体10个; 推选市级最美家庭7户; base: the verbs in the indicator."""
    doc = extract_text("金湖县妇联工作回顾\n评选表彰县三八红旗集体10个、三八红旗手20人;推选市级最美家庭7户。")
    got = _metrics(doc)
    assert ("县三八红旗集体", 10, "个") in got and ("市级最美家庭", 7, "户") in got, got


def test_a_selection_activity_keeps_its_noun():
    """Guard: 评选活动 is the activity counted, no verb before it."""
    doc = extract_text("妇联工作\n全年开展评选活动3场。")
    assert ("评选活动", 3, "场") in _metrics(doc), _metrics(doc)


def test_a_level_before_a_quoted_honour_is_counted_with_it():
    """02-taoyuan-county-jiceng: 培树省级“最美家庭”1户、县级“最美家庭”15户; base: 最美家庭 twice, its own subject."""
    doc = extract_text("桃源县妇联做好基层治理\n桃源县常态化开展“最美家庭”评选活动。今年以来培树省级“最美家庭”1户、"
                       "县级“最美家庭”15户。")
    got = _metrics(doc)
    assert ("省级最美家庭", 1, "户") in got and ("县级最美家庭", 15, "户") in got, got
    assert _subjects(doc).get("县级最美家庭") != "最美家庭", _subjects(doc)


def test_a_quoted_honour_without_level_stays():
    """Guard: “五好家庭”30户 keeps its quoted name alone."""
    doc = extract_text("妇联工作\n全县评选“五好家庭”30户。")
    assert ("五好家庭", 30, "户") in _metrics(doc), _metrics(doc)


def test_an_award_named_after_a_person_is_no_place():
    """04-jiangxi-province-zhiyuan: 选举南丁格尔奖获得者邹德凤担任协会会长; base: Place 南丁格尔."""
    doc = extract_text("协会成立\n会议选举南丁格尔奖获得者邹德凤担任协会会长。")
    assert "南丁格尔" not in _names(doc, "Place"), _names(doc, "Place")


def test_handing_certificates_ends_the_noun():
    """05-chaohu-city-gongzuoshi: 向新增加的27名志愿者颁发聘书; base: indicator 志愿者颁发聘书."""
    doc = extract_text("工作室挂牌\n推进会上,向新增加的27名志愿者颁发聘书。")
    assert ("志愿者", 27, "名") in _metrics(doc), _metrics(doc)


def test_success_in_founding_ends_the_noun():
    """01-jinhu-county-report: 培育推选4家单位成功创建省级“双学双比”示范基地; base: 单位成功创建省级."""
    doc = extract_text("金湖县妇联工作回顾\n培育推选4家单位成功创建省级“双学双比”示范基地。")
    assert ("单位", 4, "家") in _metrics(doc), _metrics(doc)


def test_the_rest_of_a_theme_frame_opens_no_activity():
    """01-jinhu-county-report: 开展“帮孩子摆脱焦虑”等主题的亲子阅读…活动4场次; base: indicator 主题的亲子阅读…."""
    doc = extract_text("金湖县妇联工作回顾\n开展“帮孩子摆脱焦虑”等主题的亲子阅读和家庭教育指导服务活动4场次。")
    assert ("亲子阅读和家庭教育指导服务活动", 4, "场次") in _metrics(doc), _metrics(doc)


def test_going_into_places_opens_no_activity():
    """01-jinhu-county-report: 深入基层村(社区)开展宣讲活动14场; base: indicator 深入基层村(社区)开展宣讲活动."""
    doc = extract_text("金湖县妇联工作回顾\n深入基层村(社区)开展宣讲活动14场,覆盖妇女群众700余人。")
    assert ("宣讲活动", 14, "场") in _metrics(doc), _metrics(doc)


def test_going_into_the_work_keeps_its_activity():
    """Guard: 深入开展志愿服务活动300余场 (no place gone into) keeps the activity."""
    doc = extract_text("妇联工作\n深入开展志愿服务活动300余场。")
    assert ("志愿服务活动", 300, "场") in _metrics(doc), _metrics(doc)
