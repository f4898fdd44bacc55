"""Round 114 (yibao114): medical insurance and health news — city 医疗保障局 releases on fund supervision
(追回违规使用医保基金, 定点医药机构), 西宁 城中区's 医保基金 checks, 福建's and 甘肃's insurance coverage
(参保率, 参合率), a county's 新农合 figures and 融安县's 参保率 report (fresh texts of /tmp/s27/txt/yibao114).
Fixes: 和 after a figure opening the next figure's words is cut when jieba holds the two characters only
as a prefix of its longer entries (和普 of 和普京: 重度残疾人员3252人和普通参保人员203247人); the reporter's
hearing run into a clause with no comma (记者了解到今年我县…人均筹资水平) no word of the indicator; a 除…外
frame (除陇南市外，天水、庆阳…参保率达到80%) leaves its place out of the figures' subject and of the
article's place; a year right after 继 (我省继2007年建立…制度后，今年…) recalls a step, no year of an
undated text's 截至10月底."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _place_names(doc) -> dict[str, str]:
    return {k: e.name for k, e in doc.entities.items() if e.type == "Place"}


def test_joiner_before_a_prefix_only_pair_is_cut():
    """07-rongan-xian-canbaolv: 其中，计生扶助21510人…、重度残疾人员3252人和普通参保人员203247人; base:
    和普通参保人员 (和普 is in jieba's table with frequency 0, a prefix of 和普京)."""
    doc = extract_text("融安县医保参保工作\n截止到2018年5月27日，我县实际参保人数为245525人，其中，"
                       "重度残疾人员3252人和普通参保人员203247人。")
    got = _metrics(doc)
    assert ("普通参保人员", 203247, "人") in got, got
    assert not any(ind.startswith("和") for ind, _v, _u in got), got


def test_joiner_keeps_real_words_and_the_policy_name():
    """Guards: a word the joiner opens stays whole (与会代表: a word of the dictionary; 和美乡村:
    metrics.figure_joiner_kept), and 和 between two figures of a plain noun still goes (村社区)."""
    doc = extract_text("全县会议情况\n本次会议邀请专家20人和与会代表300人。")
    assert ("与会代表", 300, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("全县乡村建设\n全县投入资金300万元和美乡村示范村5个。")
    assert ("和美乡村示范村", 5, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("科普工作\n全县更新科普画廊20多处和村社区科普宣传栏228处。")
    assert ("村社区科普宣传栏", 228, "处") in _metrics(doc), _metrics(doc)


def test_reporter_hearing_is_no_word_of_the_indicator():
    """06-xian-xinnonghe-canhe: 而在县城乡居民合作医疗业务管理中心处，记者了解到今年我县新型农村合作医疗人均
    筹资水平达到198元; base: 记者了解到今年我县新型农村合作医疗人均筹资水平.  记者获悉 likewise."""
    doc = extract_text("新农合筹资\n而在县城乡居民合作医疗业务管理中心处，记者了解到今年我县新型农村合作医疗人均筹资水平达到198元。")
    assert ("新型农村合作医疗人均筹资水平", 198, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("全市医保工作稳步推进\n近日，记者获悉全市基本医疗保险参保人数达到120万人。")
    assert ("基本医疗保险参保人数", 1200000, "人") in _metrics(doc), _metrics(doc)


def test_place_left_out_by_chu_wai_is_no_subject():
    """05-gansu-chengzhen-jumin-canbaolv: …除陇南市外，天水、庆阳、甘南、武威、嘉峪关、临夏参保率达到80%; base:
    the 80% was 陇南市's, the one city it leaves out.  除了…以外 likewise."""
    doc = extract_text("甘肃城镇居民医保\n截至10月底，全省城镇居民基本医疗保险参保率达到83.61%。"
                       "除陇南市外，天水、庆阳、甘南、武威、嘉峪关、临夏参保率达到80%。")
    names = _place_names(doc)
    eighty = [m for m in doc.metrics if m.value == 80]
    assert eighty and all(names.get(m.subject) != "陇南市" for m in eighty), [(m.indicator, m.subject) for m in eighty]
    doc = extract_text("甘肃城镇居民医保\n除了陇南市以外，全省各市州参保率均达到80%。")
    names = _place_names(doc)
    eighty = [m for m in doc.metrics if m.value == 80]
    assert eighty and all(names.get(m.subject) != "陇南市" for m in eighty), [(m.indicator, m.subject) for m in eighty]


def test_place_left_out_by_chu_wai_is_not_the_articles_place():
    """05-gansu-chengzhen-jumin-canbaolv: the only city named with its suffix is the one 除…外 leaves out;
    base: the article's place was 陇南市, not 甘肃省."""
    doc = extract_text("截至10月底,全省城镇居民基本医疗保险参保率达到83.61%,超过年初计划3.61个百分点。\n"
                       "我省继2007年建立城镇居民基本医疗保险制度后,今年省委、省政府又把扩大覆盖面列为实事之一。"
                       "截至10月底,全省共有259.61万名城镇居民参加了城镇居民基本医疗保险,其中,金昌、平凉、张掖、白银"
                       "参保率已达到85%,除陇南市外,天水、庆阳、甘南、武威、嘉峪关、临夏参保率达到80%。")
    names = _place_names(doc)
    assert names.get(doc.articles[0].place) == "甘肃省", names.get(doc.articles[0].place)


def test_chu_without_a_closing_wai_is_no_frame():
    """Guards: 除险加固 opens a clause with no 外 closing it (the county is the works' subject), and a place
    named in the title stays the article's place though the body leaves it out."""
    doc = extract_text("水利建设\n除险加固平泉市小型水库12座。")
    names = _place_names(doc)
    assert any(names.get(m.subject) == "平泉市" for m in doc.metrics if m.value == 12), \
        [(m.indicator, m.subject) for m in doc.metrics]
    doc = extract_text("陇南市医保工作\n除陇南市外，全省参保率达到80%。")
    names = _place_names(doc)
    assert names.get(doc.articles[0].place) == "陇南市", names.get(doc.articles[0].place)


def test_year_after_ji_is_no_year_of_the_undated_text():
    """05-gansu-chengzhen-jumin-canbaolv: 我省继2007年建立城镇居民基本医疗保险制度后，今年…。截至10月底，全省共有
    259.61万名城镇居民参加了…; base: period 2007-10-31.  A year stated plainly before still dates it."""
    doc = extract_text("甘肃医保工作\n截至10月底，全省参保率达到83.61%。我省继2007年建立城镇居民基本医疗保险制度后，"
                       "今年又推进覆盖面扩大。截至10月底，全省共有259.61万名城镇居民参加了城镇居民基本医疗保险。")
    got = {m.value: m.period for m in doc.metrics}
    assert got.get(2596100) is None, got
    doc = extract_text("甘肃医保工作\n2008年，全省参保率达到83.61%。截至10月底，全省共有259.61万名城镇居民参加了城镇居民基本医疗保险。")
    got = {m.value: m.period for m in doc.metrics}
    assert got.get(2596100) == "2008-10-31", got
