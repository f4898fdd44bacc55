"""Round 108 (jianghua108): leaders' speeches published as transcripts — a county's mid-year economic
meeting (河北景县), a district's Spring Festival address (宁夏利通区, 周生信, 2004), a county government's
plenary (陕西石泉县, 2022), county economic-work speeches (垫江县 and two unnamed counties), a city's New
Year address, and 汉滨区's work report to its congress (fresh texts of /tmp/s27/txt/jianghua108).  Fixes:
a colleague named by his given name and 同志 (新平同志把我县…项目情况作了通报) is a person, no county (新平县);
the points a speaker announces (下面，我讲六个问题; 我再强调三个问题) no figures; a speech opening on the
country (我国人民的传统节日——春节…) is still the place it speaks as (全区, 利通区), not China's; 过去的一年
the year before the speech, as 过去一年 (not 即将过去的一年); a speech's title over its speaker's bare name
and date line (在迎春茶话会上的致辞 ⏎ 周生信 ⏎ （2004年1月19日）) its title; 包抓 (领导干部包抓…企业) a verb, no name;
明后两年 the years ahead, no figure."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _place(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


def _subject_period(doc, indicator: str) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.period)
            for m in doc.metrics if m.indicator == indicator}


def test_a_given_name_and_comrade_is_no_county():
    """08-xian-xiangmu: 刚才，…新平同志把我县明后两年的项目情况，给大家做了通报 (base: a Place 新平彝族傣族自治县,
    the article's place, and 市政府 read as 玉溪市人民政府)."""
    doc = extract_text("全县项目建设会议讲话\n同志们：\n刚才，新平同志把我县明后两年的项目情况，给大家做了通报。"
                       "学普同志通报了上半年经济运行情况。")
    assert "新平彝族傣族自治县" not in _names(doc, "Place"), _names(doc, "Place")


def test_the_county_by_name_stays_a_place():
    """Guard: 新平县, and 新平 before another word than 同志, stay the county."""
    doc = extract_text("新平县召开项目建设推进会\n新平县召开项目建设推进会。新平全县上下要抓好项目建设。")
    assert "新平彝族傣族自治县" in _names(doc, "Place"), _names(doc, "Place")


def test_the_points_a_speaker_announces_are_no_figures():
    """04-xian-jingji: 下面，我讲六个问题; 01-jingxian-jingji: 下面，我再强调三个问题 (base: figures 问题 6个,
    问题 3个)."""
    doc = extract_text("经济工作会议讲话\n同志们：\n下面，我讲六个问题。下面，我再强调三个问题。最后，再讲以下两点意见。")
    assert not any(m[0] == "问题" for m in _metrics(doc)), _metrics(doc)


def test_problems_counted_after_other_verbs_stay_figures():
    """Guard: 整改三个问题, 发现问题12个 are counts of problems, no speech's points."""
    doc = extract_text("巡察整改\n今年共整改三个问题，检查发现问题12个。")
    got = _metrics(doc)
    assert any(m[1:] == (3, "个") for m in got), got
    assert any(m[1:] == (12, "个") for m in got), got


def test_a_speech_opening_on_the_country_keeps_its_own_place():
    """02-litong-yingchun: 同志们、朋友们：我国人民的传统节日——春节，即将到来。…向关心利通区改革发展的社会各界人士…
    全区各族人民…实现国内生产总值32亿元 (base: the article China's, the figures 中国's)."""
    doc = extract_text("同志们、朋友们：\n我国人民的传统节日——春节，即将到来。我代表区委、区政府，向关心利通区改革发展的"
                       "社会各界人士致以节日的祝贺！\n过去的一年，全区各族人民奋力拼搏，实现国内生产总值32亿元。")
    assert _place(doc) == "利通区", _place(doc)


def test_a_national_text_opening_on_the_country_stays_chinas():
    """Guard: 我国 in a text naming no place of its own stays the country's (or none)."""
    doc = extract_text("春节\n我国人民的传统节日——春节即将到来，全国各地张灯结彩。")
    assert _place(doc) in (None, "中国"), _place(doc)


def test_the_year_gone_by_is_the_year_before_the_speech():
    """02-litong-yingchun: （2004年1月19日） … 过去的一年，…实现国内生产总值32亿元 (base: no period; 过去一年
    was 2003 already)."""
    doc = extract_text("在迎春茶话会上的致辞\n（2004年1月19日）\n同志们：\n刚刚过去的一年，全区实现地区生产总值32亿元。")
    assert _subject_period(doc, "地区生产总值") == {(None, "2003")}, _subject_period(doc, "地区生产总值")


def test_the_year_still_passing_is_no_year_before():
    """Guard: 即将过去的一年 (a November address) is no year counted back."""
    doc = extract_text("在迎春茶话会上的致辞\n（2004年11月19日）\n同志们：\n即将过去的一年，全区实现地区生产总值32亿元。")
    assert all(p != "2003" for _s, p in _subject_period(doc, "地区生产总值")), _subject_period(doc, "地区生产总值")


def test_a_speech_title_over_its_speakers_name_and_date():
    """02-litong-yingchun: 在迎春茶话会上的致辞 ⏎ 周生信 ⏎ (2004年1月19日) (base: no title)."""
    doc = extract_text("在迎春茶话会上的致辞\n周生信\n（2004年1月19日）\n同志们、朋友们：\n春节即将到来。")
    assert doc.articles[0].title == "在迎春茶话会上的致辞", doc.articles[0].title


def test_a_speech_title_over_its_speakers_post_and_name():
    """Guard: the title over the speaker's post and name (市委书记 王建国) was read already."""
    doc = extract_text("在全县经济工作会议上的讲话\n市委书记 王建国\n（2023年2月10日）\n同志们：\n去年全县经济稳中向好。")
    assert doc.articles[0].title == "在全县经济工作会议上的讲话", doc.articles[0].title


def test_a_leaders_assignment_verb_is_no_name():
    """06-hanbin-baogao: 落实领导干部包抓“五上”企业机制 (base: a Person 包抓 after the post 领导干部)."""
    doc = extract_text("工作报告\n落实领导干部包抓“五上”企业机制，新增“五上”企业62户。")
    assert "包抓" not in _names(doc, "Person"), _names(doc, "Person")


def test_a_name_opening_like_the_verb_stays_a_person():
    """Guard: 县委书记包保国主持会议 — a three-character name opening with 包保 stays the person."""
    doc = extract_text("会议\n县委书记包保国主持会议。")
    assert "包保国" in _names(doc, "Person"), _names(doc, "Person")


def test_the_next_two_years_are_no_figure():
    """08-xian-xiangmu: 新平同志把我县明后两年的项目情况，给大家做了通报 (base: a figure 项目情况时间 2年)."""
    doc = extract_text("讲话\n刚才，新平同志把我县明后两年的项目情况，给大家做了通报。")
    assert not any(m[1:] == (2, "年") for m in _metrics(doc)), _metrics(doc)
