"""Round 115 (minzheng115): civil-affairs texts — 济南市民政局's 2023 figures, 濉溪 四铺镇's quarterly 民政办
report, 泾县民政局's 2022 summary, 珠海市民政局's elderly-care story, 浙江省民政厅's visit to 湖州 and its
社会事务 meeting, 民政部's 2014 社会服务 bulletin, a 黑龙江 city's 低保 standards, 松滋's 民政 meeting and a
四川 county's 五保/敬老院 summary (fresh texts of /tmp/s27/txt/minzheng115).
Fixes (base → now):
- a 、-list of cities writing the level word once, on its last place (杭州、宁波、温州市民政局): only
  温州市民政局 → all three bureaus (agencies._same_written_level);
- civil-affairs work verbs opening a count (招录社区工作者2155人, 发起…慈善项目942个, 出台…措施20条):
  招录社区工作者 … → 社区工作者 … (metric_affixes lead rows; their own noun 招录人数 kept);
- a step the start level of a change is counted after (医疗救助比例由医保报销后的65%提高到70%):
  医疗救助比例由医保报销后 → 医疗救助比例 (metrics._FORMER_LEVEL);
- 对 + who gets it + a verb of granting (统一对全市60岁以上的老人给予配餐补贴3元): the whole clause → 配餐补贴
  (metrics._without_grant_recipient);
- 不等的 after a range (2-12元不等的补贴): 不等的补贴 → 补贴 (metrics._without_range_word);
- 当月 after a month in an undated text (9月份，…在册…，当月共发放资金572.4万元): period None → 2022-09
  (metrics._undated_month);
- a benefit's money in bare 万 (支出低保金3347万): no unit → 元 (metric_cues money_nouns: 低保金, 救助金 …);
- a raise after the standards counted (11项困难群众保障标准提高5%以上): 困难群众保障标准提高 (11 项) →
  困难群众保障标准 (numbers.noun_cut_inner 提高, 提高率 kept);
- a bureau's leaders named as a group after it (市民政局领导董平、郎勤茂、高建芳): no person → three persons
  (posts_words collective_titles 局领导, 厅领导, level organ);
- a document's title over its first numbered heading (县民政局工作总结 ⏎ 一、… ⏎ (一)…; …实施方案 ⏎ 一、总体要求 ⏎
  （一）指导思想): no title → the title (layout._title_over_first_heading; layout_units doc_heads 工作总结).
"""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_cities_listed_before_one_level_word_share_the_bureau():
    """06-zhejiang-shiwu-meeting: 杭州、宁波、温州市民政局作了大会典型发言; base: 温州市民政局 only."""
    doc = extract_text("全省社会事务工作会议召开\n会上，杭州、宁波、温州市民政局作了大会典型发言。")
    got = _names(doc, "Agency")
    assert {"杭州市民政局", "宁波市民政局", "温州市民政局"} <= got, got


def test_places_of_other_levels_or_written_full_first_stay_apart():
    """Guards: a province before a city's bureau shares nothing (广东、深圳市民政局), nor a full city
    name before a short one (no list writes its level word early)."""
    doc = extract_text("民政工作会议\n广东、深圳市民政局负责同志参加会议。")
    assert "广东省民政局" not in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("民政工作会议\n赣州市、吉安市、上饶市农业农村局负责同志参加会议。")
    assert {"赣州市农业农村局", "吉安市农业农村局", "上饶市农业农村局"} <= _names(doc, "Agency")


def test_work_verbs_do_not_open_the_things_counted():
    """01-jinan-mzj-2023: 招录社区工作者2155人, 发起“幸福家园”慈善项目942个; base: the verb opened each indicator."""
    doc = extract_text("民政工作情况\n2023年，全市招录社区工作者2155人，发起慈善项目942个。")
    got = _metrics(doc)
    for want in (("社区工作者", 2155, "人"), ("慈善项目", 942, "个")):
        assert want in got, got


def test_issued_measures_are_counted_without_the_issuing():
    """01-jinan-mzj-2023: 出台社会组织助力强省会建设措施20条; base: 出台社会组织助力强省会建设措施."""
    doc = extract_text("民政工作情况\n2023年，全市出台社会组织助力强省会建设措施20条。")
    assert ("社会组织助力强省会建设措施", 20, "条") in _metrics(doc), _metrics(doc)


def test_work_verbs_keep_their_own_nouns():
    """Guards: 招录人数 is a noun of its own; 改造提升高标准农田 keeps its verbs (no lead rows for 改造, 提升)."""
    doc = extract_text("工作情况\n全年招录人数120人，改造提升高标准农田5.9万亩。")
    got = _metrics(doc)
    for want in (("招录人数", 120, "人"), ("改造提升高标准农田", 59000, "亩")):
        assert want in got, got


def test_step_before_a_changed_share_is_no_word_of_it():
    """08-heilongjiang-city-summary: 医疗救助比例由医保报销后的65%提高到70%; base: 医疗救助比例由医保报销后."""
    doc = extract_text("民政工作情况\n二是加大医疗救助力度。医疗救助比例由医保报销后的65%提高到70%。")
    got = _metrics(doc)
    assert ("医疗救助比例", 65, "%") in got and ("医疗救助比例", 70, "%") in got, got


def test_former_state_words_still_cut():
    """Guard: 由改革前的 (metrics.former_words) as before."""
    doc = extract_text("公车改革\n公务用车由改革前的3200辆压减至1150辆。")
    assert ("公务用车", 3200, "辆") in _metrics(doc), _metrics(doc)


def test_grant_named_after_its_recipients():
    """04-zhuhai-mzj-decade: 统一对全市60岁以上的老人（不限户籍）给予配餐补贴3元; base: the whole clause."""
    doc = extract_text("长者饭堂\n珠海统一对全市60岁以上的老人（不限户籍）给予配餐补贴3元。")
    got = _metrics(doc)
    assert ("配餐补贴", 3, "元") in got, got


def test_varying_range_names_its_noun():
    """04-zhuhai-mzj-decade: 各区在此基础上再给予2-12元不等的补贴; base: 不等的补贴."""
    doc = extract_text("长者饭堂\n各区在此基础上再给予2-12元不等的补贴。")
    got = {m.indicator for m in doc.metrics}
    assert "补贴" in got and not any("不等" in i for i in got), got


def test_same_month_in_an_undated_summary():
    """03-jingxian-mzj-2022: 9月份，我县城乡低保在册9149户11384人，当月共发放资金572.4万元; base: period None."""
    doc = extract_text("泾县民政局2022年工作总结\n城乡最低生活保障。9月份，我县城乡低保在册9149户11384人，"
                       "当月共发放资金572.4万元，1-9月累计发放资金5148.1万元。")
    got = {m.value: m.period for m in doc.metrics}
    assert got.get(5724000) == "2022-09", got
    assert got.get(9149) == "2022-09", got


def test_same_month_with_no_year_stays_unknown():
    """Guard: an undated text stating no year leaves 当月 undated."""
    doc = extract_text("民政工作\n9月份，全县当月共发放资金30万元。")
    assert all(m.period is None for m in doc.metrics), [(m.indicator, m.period) for m in doc.metrics]


def test_benefit_money_in_bare_wan_is_yuan():
    """10-nanjiang-mzj-summary: 支出低保金3347万; base: no unit."""
    doc = extract_text("县民政局工作总结\n全县城镇低保8779户20219人，支出低保金3347万，月人均补助水平达到140.23元。")
    got = {(m.value, m.unit) for m in doc.metrics}
    assert (33470000, "元") in got, got


def test_standards_counted_before_their_raise():
    """01-jinan-mzj-2023: 11项困难群众保障标准提高5%以上; base: 困难群众保障标准提高 (11 项)."""
    doc = extract_text("民政工作情况\n2023年，11项困难群众保障标准提高5%以上。")
    assert ("困难群众保障标准", 11, "项") in _metrics(doc), _metrics(doc)


def test_raise_rate_stays_a_noun():
    """Guard: 提高率 is a measure of its own, not cut."""
    doc = extract_text("工作情况\n全市3个试点县提高率达到20%。")
    assert any(i.endswith("提高率") for i, _v, _u in _metrics(doc)), _metrics(doc)


def test_bureau_leaders_listed_after_the_bureau_are_people():
    """05-huzhou-vice-director: 市民政局领导董平、郎勤茂、高建芳…陪同; base: no person."""
    doc = extract_text("副厅长调研湖州\n市民政局领导董平、郎勤茂、高建芳分别陪同。")
    assert {"董平", "郎勤茂", "高建芳"} <= _names(doc, "Person"), _names(doc, "Person")


def test_bureau_leadership_words_are_no_names():
    """Guard: 局领导班子, 局领导干部, 局领导高度重视 name nobody."""
    doc = extract_text("工作会议\n县公安局领导班子成员参加会议，市教育局领导干部深入学校调研，局领导高度重视此项工作。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def _title(text: str) -> str | None:
    doc = extract_text(text)
    return doc.articles[0].title if doc.articles else None


def test_document_title_over_its_first_numbered_heading():
    """10-nanjiang-mzj-summary: 县民政局工作总结 ⏎ 一、各项工作目标任务完成情况 ⏎ (一)…; base: no title (a heading
    under the title, then another heading, read as no prose); a plan's title over 一、总体要求 the same."""
    assert _title("县民政局工作总结\n一、各项工作目标任务完成情况\n\n(一)民生工程圆满完成各项目标任务\n\n"
                  "1、城乡最低生活保障。全县新建农村敬老院4所。") == "县民政局工作总结"
    assert _title("某市养老服务体系建设实施方案\n一、总体要求\n\n（一）指导思想\n\n坚持以人民为中心。") \
        == "某市养老服务体系建设实施方案"


def test_numbered_headings_alone_are_no_title():
    """Guard: a numbered heading over another is no document title."""
    assert _title("一、总体要求\n二、主要任务\n\n全市新建养老床位500张。") is None
