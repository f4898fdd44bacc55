"""Round 115 (gongjijin115): housing provident fund (住房公积金) news and reports — city centres' yearly and monthly
figures (镇江, 淮安, 广元, 安庆, 济南 2010 and 2016, 九江's half-year, 鹤壁), a district's (宁波北仑区), a county-level
city's 扩面 report (江阴) and a county's (天柱县) — fresh texts of /tmp/s27/txt/gongjijin115.
Fixes: 新增 of those enrolled in a fund (新增缴存职工, 新增开户单位, 新增归集单位, 新增参保人数) keeps its 新增 — the
year's newcomers, a flow, where base gave the stock's name (缴存职工 9062人 beside the real stock); 比年初/较年初 before
such a count is its basis, no word of it (base 比年初新增归集单位); a centre written without 住房 (济南公积金管理中心,
市公积金中心) is an agency (base: none); a medium's and its column's names before a page's fields (近报 新闻 时间：…
来源：…) make the line chrome, so the headline above stays the title (base: title None); 创…历史新高 right after a
figure sets a record, no noun counted (base: indicator 创济南历史新高); a housing fund's sums (贷款, 公积金, 归集额…) with
a bare 亿 are in 元 (base: no unit); a city centre's county office named after it (安顺市住房公积金管理中心普定县管理部,
the genre's annual-report 机构概况) is one agency in that county (base: the centre alone, the office dropped); a
work's name and 工作 before 已完成 (扩面工作前三季度已完成新增缴存职工34217人) open the clause, no word of what was done
(base: 扩面工作已完成新增缴存职工)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_new_enrolment_keeps_its_xinzeng():
    """05-nx-2021-review, 12-hebi-guiji, 01-zhenjiang-guiji: 全市新增缴存职工9062人 (base: 缴存职工, the stock's name
    for the year's newcomers), 新增开户单位119个 (base: 开户单位), 新增参保人数."""
    doc = extract_text("2021年住房公积金工作回顾\n2021年，全市新增缴存职工9062人，归集住房公积金11.40亿元。"
                       "年内新增开户单位119个，新增参保人数3000人。")
    got = _metrics(doc)
    assert ("新增缴存职工", 9062, "人") in got, got
    assert ("新增开户单位", 119, "个") in got, got
    assert ("新增参保人数", 3000, "人") in got, got
    assert not any(ind in ("缴存职工", "开户单位", "参保人数") for ind, _v, _u in got), got


def test_new_enrolment_guards():
    """Guards: 城镇新增就业 stays as it was, and a stock written without 新增 stays the stock (缴存职工)."""
    doc = extract_text("就业情况\n2021年，全市城镇新增就业5000人，年末缴存职工26.30万人。")
    got = _metrics(doc)
    assert ("城镇新增就业", 5000, "人") in got, got
    assert ("缴存职工", 263000, "人") in got, got


def test_start_of_year_basis_is_no_word_of_the_added():
    """09-jiujiang-halfyear: 归集单位数6873个，比年初新增归集单位749个 (base: 比年初新增归集单位)."""
    doc = extract_text("住房公积金业务情况\n截至6月20日，全市住房公积金归集单位数6873个，比年初新增归集单位749个；"
                       "归集职工数357293人，比年初新增归集职工36957人。")
    got = _metrics(doc)
    assert ("新增归集单位", 749, "个") in got, got
    assert ("新增归集职工", 36957, "人") in got, got
    assert not any(ind.startswith("比年初") for ind, _v, _u in got), got


def test_start_of_year_change_of_a_level_stays():
    """Guard: 比年初新增 alone before its figure is the change of the level before (存款余额比年初新增)."""
    doc = extract_text("金融运行\n年末存款余额3000亿元，比年初新增20亿元。")
    got = _metrics(doc)
    assert ("存款余额比年初新增", 2000000000, "元") in got, got


def test_centre_written_without_zhufang_is_an_agency():
    """07-jinan-2010 and 02-huaian-guiji: 济南公积金管理中心日前发布…, 记者从市公积金中心了解到 (base: no agency)."""
    doc = extract_text("济南去年住房公积金归集578297.5万元\n济南公积金管理中心日前发布2010年公积金统计数据。")
    assert "济南市住房公积金管理中心" in _agencies(doc), _agencies(doc)
    doc = extract_text("我市去年归集住房公积金53.74亿元\n本报讯 记者从市公积金中心了解到，去年全年我市共计归集住房公积金53.74亿元。")
    assert "市住房公积金中心" in _agencies(doc), _agencies(doc)


def test_centre_words_alone_make_no_agency():
    """Guard: 公积金 in a figure's or a system's name is no body (公积金贷款余额, 公积金制度)."""
    doc = extract_text("全市情况\n全市公积金贷款余额10亿元，公积金制度覆盖面扩大。")
    assert not _agencies(doc), _agencies(doc)


def test_column_names_before_page_fields_keep_the_headline():
    """08-jinan-2016-aug: 公积金贷款20亿创济南历史新高 ⏎ 近报 新闻 时间：2016年09月16日 来源：近报 (base: title None,
    the fields' line left as text between the headline and the story)."""
    doc = extract_text("公积金贷款20亿创济南历史新高\n近报 新闻 时间：2016年09月16日 来源：近报\n"
                       "8月份，济南市向4302户职工家庭发放贷款20.03亿元，环比增长56%。")
    assert doc.articles[0].title == "公积金贷款20亿创济南历史新高", doc.articles[0].title


def test_spaced_words_before_other_fields_stay_text():
    """Guard: words set apart before fields with no source (会议 时间：9月1日 地点：会议室) stay the notice's text."""
    from kg.stages.layout import _blocks
    kinds = {b.text: b.kind for b in _blocks("关于召开全市公积金工作会议的通知\n会议 时间：9月1日 地点：会议室\n请各单位准时参加。")}
    assert kinds.get("会议 时间：9月1日 地点：会议室") == "para", kinds


def test_record_after_a_figure_is_no_noun_counted():
    """08-jinan-2016-aug: 公积金贷款20亿创济南历史新高 (base: indicator 创济南历史新高, no unit) → 公积金贷款, 元."""
    doc = extract_text("公积金贷款20亿创济南历史新高\n时间：2016年09月16日 来源：近报\n8月份，济南市发放贷款20.03亿元。")
    got = _metrics(doc)
    assert ("公积金贷款", 2000000000, "元") in got, got
    assert not any("历史新高" in ind for ind, _v, _u in got), got
    doc = extract_text("全市情况\n8月份，全市发放公积金贷款20亿元创历史新高。")
    assert ("公积金贷款", 2000000000, "元") in _metrics(doc), _metrics(doc)


def test_nouns_opening_with_chuang_are_still_counted():
    """Guard: 创新, 创建 open nouns (3个创新平台, 5个创建项目): no record is set."""
    doc = extract_text("全市情况\n全市建成3个创新平台，5个创建项目。")
    got = _metrics(doc)
    assert ("创新平台", 3, "个") in got and ("创建项目", 5, "个") in got, got


def test_centres_county_office_is_an_agency():
    """Annual reports' 机构概况 (modelled on a city report: the centre's 管理部 in each county): 安顺市住房公积金管理中心
    普定县管理部 (base: the centre only, the county's office dropped); the county written short (关岭管理部) too."""
    doc = extract_text("安顺市住房公积金管理中心普定县管理部发布通知。")
    assert "安顺市住房公积金管理中心普定县管理部" in _agencies(doc), _agencies(doc)
    doc = extract_text("安顺市住房公积金管理中心关岭管理部发布通知。")
    assert "安顺市住房公积金管理中心关岭管理部" in _agencies(doc), _agencies(doc)


def test_centres_office_naming_no_county_is_left_alone():
    """Guard: a 管理部 named by no county of the city (综合管理部) is no county office."""
    doc = extract_text("安顺市住房公积金管理中心综合管理部发布通知。")
    assert not any(a.endswith("管理部") for a in _agencies(doc)), _agencies(doc)


def test_work_name_before_its_done_verb_is_no_word_of_the_count():
    """10-jiangyin-kuomian: 今年我市扩面工作前三季度已完成新增缴存职工34217人 (base: 扩面工作已完成新增缴存职工);
    modelled also on a planting report (植树工作已完成造林面积)."""
    doc = extract_text("扩面工作情况\n2011年我市扩面工作前三季度已完成新增缴存职工34217人。")
    assert ("新增缴存职工", 34217, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("植树情况\n2011年全县植树工作已完成造林面积3.2万亩。")
    assert ("造林面积", 32000, "亩") in _metrics(doc), _metrics(doc)


def test_work_rate_keeps_its_work():
    """Guard: the rate the verb opens is the work's (扩面工作完成率 stays whole), and 工作人员 is the people."""
    doc = extract_text("扩面工作情况\n全市扩面工作完成率达到95%。")
    assert ("扩面工作完成率", 95, "%") in _metrics(doc), _metrics(doc)
    doc = extract_text("培训情况\n全县工作人员完成培训300人次。")
    assert ("工作人员完成培训", 300, "人次") in _metrics(doc), _metrics(doc)
