"""Round 63 (jiangsu63): ordinary city and county news of 江苏 and 安徽 (盐城, 宿迁, 淮安, 连云港, 阜阳,
亳州, 六安, 滁州, 安庆) from fresh texts of /tmp/s26/fresh/jiangsu63. Fixes: a place followed by the
passive 被 (我县被…委员会授予…称号) is the sentence's patient, so the strong-suffix agency finder no longer
reads 县被中国…委员会 as the county's own body (the noun 被服, 县被服厂, still opens a name); pairs counted
in 双 (2亿双袜子) are a unit, not the indicator's first character; a dateline with its city after the
date (中国江苏网12月15日宿迁讯) names the outlet, never a figure's subject; 开工 (or a completion verb) before
the projects' head is their attribute (27个集中开工项目), not the verb ending the counted noun; the
situation told of the things counted (12个重点项目情况) and the adverb 同时 (六条生产线同时开工) are no
word of their noun."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_place_before_the_passive_owns_no_agency():
    """12-huoshan-chaxiang (霍山县融媒体中心): 我县被中国农业国际合作促进会茶产业委员会、中国茶产业联盟授予
    “2021年度区域特色美丽茶乡”称号 (base: an Agency 县被中国农业国际合作促进会茶产业委员会)."""
    doc = extract_text("霍山县获评美丽茶乡\n在第三届茶乡旅游发展大会上,我县被中国农业国际合作促进会茶产业委员会、"
                       "中国茶产业联盟授予“2021年度区域特色美丽茶乡”称号。")
    names = _names(doc, "Agency") | _names(doc, "Organization")
    assert not any("被" in n for n in names), names


def test_the_passive_after_a_city_owns_no_agency():
    """The same shape after 我市: 我市被全国绿化委员会授予“国家森林城市”称号 (base: an Agency
    盐城市被全国绿化委员会; now the awarding body 全国绿化委员会)."""
    doc = extract_text("盐城市获评国家森林城市\n近日,我市被全国绿化委员会授予“国家森林城市”称号。")
    names = _names(doc, "Agency") | _names(doc, "Organization")
    assert not any("被" in n for n in names), names
    assert "全国绿化委员会" in names, names


def test_bedding_still_opens_a_name():
    """Negative check: 被服 is a noun, the county's 被服厂 keeps its name (not the passive)."""
    doc = extract_text("某县召开会议\n县被服厂工会委员会召开会议。我县被全国绿化委员会授予称号。")
    names = _names(doc, "Agency")
    assert "县被服厂工会委员会" in names, names
    assert not any(n.startswith("县被全国") for n in names), names


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_pairs_are_counted_in_shuang():
    """04-shuyang-baiqiang (中国江苏网): 公司年可生产2亿双袜子、5000万套针织内衣 (base: the indicator 双袜子
    with no unit); a word opening with 双 (双创, 双向) is no count."""
    doc = extract_text("沭阳纺织企业订单饱满\n该公司负责人介绍,公司年可生产2亿双袜子、5000万套针织内衣。"
                       "全县建成3个双创示范基地。")
    got = _metrics(doc)
    assert ("袜子", 200000000, "双") in got, got
    assert not any(u == "双" and i != "袜子" for i, _, u in got), got


def test_a_dateline_with_its_city_after_the_date_is_no_subject():
    """04-shuyang-baiqiang: 中国江苏网12月15日宿迁讯 数据表明,今年前三季度,沭阳实现地区生产总值564.28亿元,
    1-10月份实现一般公共预算收入42.91亿元 (base: the outlet 中国江苏网 the budget revenue's subject)."""
    doc = extract_text("沭阳综合实力挺进百强县\n  中国江苏网12月15日宿迁讯  数据表明,今年前三季度,沭阳实现地区生产总值"
                       "564.28亿元,1-10月份实现一般公共预算收入42.91亿元。")
    subj = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert subj.get("一般公共预算收入") == "沭阳县", subj


def test_projects_started_together_are_counted_whole():
    """02-yancheng-kaifaqu (盐城经开区): 区管委会主任…介绍27个集中开工项目情况 (base: the indicator 集中, cut at
    开工, and 情况 of the report kept); 85个项目集中开工 still counts 项目."""
    doc = extract_text("盐城经开区集中开工27个项目\n区管委会主任对竞赛活动进行小结,并介绍27个集中开工项目情况。"
                       "此次5个集中竣工项目总投资8亿元。全区共有85个项目集中开工。")
    got = {(i, v) for i, v, _ in _metrics(doc)}
    assert ("集中开工项目", 27) in got, got
    assert ("集中竣工项目", 5) in got, got
    assert ("项目", 85) in got, got


def test_the_situation_told_is_no_word_of_the_counted_noun():
    """汇报12个重点项目情况 (base: the indicator 重点项目情况); a report of the situation keeps its word."""
    doc = extract_text("某县召开项目推进会\n会上,县发改委汇报了12个重点项目情况。各乡镇共报送3份重点项目情况报告。")
    got = {(i, v) for i, v, _ in _metrics(doc)}
    assert ("重点项目", 12) in got, got
    assert ("重点项目情况报告", 3) in got, got
    assert not any(i.endswith("情况") for i, _ in got), got


def test_at_once_is_no_word_of_the_counted_noun():
    """04-shuyang-baiqiang: 走进…车间,…六条生产线同时开工 (base: the indicator 生产线同时); 3台设备同时运转
    (base: 设备同时运转)."""
    doc = extract_text("沭阳纺织企业订单饱满\n走进车间,六条生产线同时开工,工人们格外忙碌。全厂3台设备同时运转。")
    got = {(i, v) for i, v, _ in _metrics(doc)}
    assert ("生产线", 6) in got and ("设备", 3) in got, got
