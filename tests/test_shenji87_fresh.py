"""Round 87 (shenji87): audit texts — the budget-audit reports an audit bureau's head gives the standing
committee of the people's congress (潮阳区, 衢州市, 宁波市, 广东省), the reports on how the problems they found were
put right (瑞金市, 慈溪市) and audit bureaus' news on 经济责任审计, 整改 checks and a joint audit's opening meeting
(襄城县, 洛龙区, 岚山区) — from fresh texts of /tmp/s26/fresh/shenji87.  Fixes: 励 is a family name (市审计局局长
励永惠); a report that 反映 its findings (《审计报告》反映…共计50项具体问题) tells the figures and owns none of
them, the place it reports on does; a report's own time (报告日已整改40项, 报告期间内共完成审计(调查)项目19个) is
a time, no word of the indicator, while 报告日期 holds no report day; a zone's kind closing a longer name
(襄城县先进制造业开发区、襄城县自然资源局) is no city's development zone written alone in a list; a name before
a bare post (高庆丰书记和项敏市长) is a person when paired with a holder whose post gives a body."""
from __future__ import annotations

from conftest import extract_text, post_triples as _posts


def _metrics(doc) -> set[tuple[str | None, str, float]]:
    """(subject, indicator, value) for every figure."""
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value)
            for m in doc.metrics}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_li_is_a_family_name():
    """05-ningbo-shenji-gongzuo-baogao: 关于2022年度宁波市级预算执行…的审计工作报告 ⏎ 市审计局局长 励永惠 (base: no
    person at all, 励 no family name).  励 opens words of running text too (励精图治, 励志): no person there."""
    doc = extract_text("关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\n市审计局局长 励永惠\n"
                       "主任、副主任、秘书长、各位委员:\n我受市政府委托,向市人大常委会报告2022年度市级预算执行的审计情况。")
    assert ("励永惠", "宁波市审计局", "局长") in _posts(doc), _posts(doc)
    plain = extract_text("宁波市审计局召开会议\n会议要求,全市审计干部要励精图治,励志笃行,推动审计工作高质量发展。")
    assert not _persons(plain), _persons(plain)


def test_a_report_that_tells_its_findings_owns_no_figure():
    """02-ruijin-shenji-zhenggai: 《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元
    (base: every figure the report's, subject 审计报告).  The city the report is on owns them; 反映 after an
    agency (信访局共受理群众反映问题23个) is the people's, the figure still the agency's."""
    doc = extract_text("瑞金市审计局督促被审计单位认真整改。《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,"
                       "问题资金251023.54万元,整改到位资金215587.84万元。")
    got = _metrics(doc)
    assert ("瑞金市", "具体问题", 50) in got and ("瑞金市", "问题资金", 2510235400) in got, got
    assert not any(s == "审计报告" for s, _i, _v in got), got
    kept = extract_text("瑞金市信访工作情况\n瑞金市信访局共受理群众反映问题23个。")
    assert {s for s, _i, v in _metrics(kept) if v == 23} == {"瑞金市信访局"}, _metrics(kept)


def test_a_reports_own_time_is_no_word_of_the_indicator():
    """02-ruijin-shenji-zhenggai: 报告日已整改40项 (base: indicator 报告日已整改); 01-chaoyang-shenji-gongzuo-baogao:
    报告期间内共完成审计(调查)项目19个 (base: indicator 报告期间内共完成审计(调查)项目).  The report's day is its date;
    报告日期 (the date of a report) is a word of its own, no report day."""
    doc = extract_text("瑞金市审计查出问题整改情况的报告\n2021年12月28日\n《审计报告》反映共计50项具体问题,报告日已整改40项,"
                       "正在整改10项。潮阳区审计局报告期间内共完成审计(调查)项目19个,共查出问题330项。")
    inds = {(i, v) for _s, i, v in _metrics(doc)}
    assert ("整改", 40) in inds and ("审计(调查)项目", 19) in inds, inds
    assert not any(i.startswith("报告") for i, _v in inds), inds
    dated = extract_text("某县审计情况的报告\n2021年12月28日\n县审计局报告日期前共完成审计项目19个。")
    assert all(m.period != "2021-12-28" for m in dated.metrics), [(m.indicator, m.period) for m in dated.metrics]


def test_a_zone_kind_closing_a_longer_name_is_no_listed_zone():
    """08-xiangcheng-zhenggai-dudao: 对襄城县先进制造业开发区、襄城县自然资源局、襄城县城开中心…等单位 (base: a place
    许昌经济技术开发区 read from the 开发区 that closes the county's own zone's name, next to a county of 许昌).
    开发区 written alone as an item of a list of the city's counties is still the city's zone."""
    doc = extract_text("襄城县审计局实地督导审计整改情况\n襄城县审计局对襄城县先进制造业开发区、襄城县自然资源局等单位"
                       "涉及的整改任务进行了实地督导。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "许昌经济技术开发区" not in places, places
    listed = extract_text("烟台市一季度采购额超过1亿元的县市区有莱阳、栖霞、开发区、蓬莱、海阳。")
    assert [m.norm for m in listed.mentions if m.rule == "gazetteer.listed-zone"] == ["烟台经济技术开发区"]


def test_a_bare_post_paired_with_a_placed_holder_names_a_person():
    """03-cixi-shenji-zhenggai: 市委市政府高度重视…,高庆丰书记和项敏市长多次作出重要批示 (base: 项敏 the city's 市长, 高庆丰
    no person: 书记 gives no body and no act follows it).  Named side by side with a holder whose post gives a
    body, the name before a bare post is a person too; a bare post before a name with no post of its own
    (会议由王明书记和李华主持) still makes no one a person."""
    doc = extract_text("慈溪市审计整改情况\n慈溪市委市政府高度重视审计查出问题的整改落实工作,高庆丰书记和项敏市长多次作出重要批示。")
    assert {"高庆丰", "项敏"} <= _persons(doc), _persons(doc)
    assert ("项敏", "慈溪市", "市长") in _posts(doc), _posts(doc)
    plain = extract_text("某县召开会议\n会议由王明书记和李华主持。")
    assert not _persons(plain) & {"王明", "李华"}, _persons(plain)
