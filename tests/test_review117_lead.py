"""The lead's review (round 117): measures around a pronoun, a passive participle, a rate's words and a list of verbs.

Each from a sentence shape seen in fresh government text (police anti-fraud news, civil-affairs quarterly reports,
housing provident fund releases, fiscal notices); base = debd1af5.
- metrics: 其 (their) inside a measure points back at someone named before it (为群众挽回其经济损失, 帮助其追回欠薪):
  dropped, words holding their own 其 (土耳其, 及其, 其中) stay. Base: 挽回其经济损失, 其追回欠薪.
- numbers: a passive participle opening the noun after a figure (5.2万元被骗资金, 300名被困群众) is the noun's
  attribute, not a passive clause cutting it (numbers.passive_noun_openers). Base: no noun counted (拦截, 救出).
- metrics: the rate's own words before a grant (每人每月发放基本生活费1100元) are the unit's (元/人·月, minsheng117's
  per-head rule) and the handing verb after them no word of the grant. Base: the whole 每人每月发放基本生活费 in 元.
- metrics: bare verbs joined by 、 before a last item of verb and object share the object (购买、建造、翻建、大修自住
  住房占23.5%, 新建、改建农村公路120公里). Base: the last item alone (大修自住住房占, 改建农村公路).
- metrics: 中央财政 before a grant names its source (中央财政下达资金3.5亿元). Base: 财政下达资金.
- entities: verbs of having (该县现有村民委员会200个, 共有, 拥有, 下辖) are no words of a body's name (base: Agency 建湖县现有
  村民委员会, which took the county's figures); 共建 and 融入 before a quoted name run it (共建“一带一路”; base: no programme).
- divisions: counties turned county-level cities since 2010 (无为县 → 无为市 2019, 彬县 → 彬州市 2018, 腾冲县, 潞西市 →
  芒市) and city districts merged (卢湾区 → 黄浦区 2011, 闸北区 → 静安区, 南汇区 → 浦东新区, 塘沽区 → 滨海新区) are rows of
  `kg/resources/divisions/changes.csv`: the current division with its current code wherever the old name stands. Base:
  only where the text named the city or province (无为县 with 芜湖), the merged districts never. Merged districts whose
  short name is a common word or another division's (动力区, 江东区, 大港区, 平江区, 东陵区, 崇文区) are left out.
"""
from conftest import extract_text


def _metrics(text):
    doc = extract_text("工作动态\n" + text + "\n")
    return {(m.value, m.unit): m.indicator for m in doc.metrics}


def test_a_pronoun_inside_a_measure_is_no_word_of_it():
    ms = _metrics("2023年，全市公安机关为群众挽回其经济损失5.2万元。")
    assert ms[(52000, "元")] == "挽回经济损失", ms
    ms = _metrics("2023年，全市共帮助其追回欠薪3.5万元。")
    assert ms[(35000, "元")] == "追回欠薪", ms


def test_words_holding_their_own_qi_stay_whole():
    ms = _metrics("2023年，我市对土耳其出口额5亿元。")
    assert "土耳其" in ms[(500000000, "元")], ms
    ms = _metrics("2023年，全市企业及其员工捐款5万元。")
    assert ms[(50000, "元")] == "企业及其员工捐款", ms


def test_a_passive_participle_opens_the_noun_counted():
    ms = _metrics("2023年，全市公安机关共拦截5.2万元被骗资金。")
    assert ms[(52000, "元")] == "被骗资金", ms
    ms = _metrics("暴雨中，消防救援人员救出300名被困群众。")
    assert ms[(300, "名")] == "被困群众", ms


def test_a_passive_clause_after_the_noun_still_ends_it():
    ms = _metrics("暴雨中，300名群众被困。")
    assert ms[(300, "名")] == "群众", ms


def test_the_rates_words_before_a_grant_are_no_word_of_it():
    ms = _metrics("2023年，全市现有孤儿22人，每人每月发放基本生活费1100元。")
    assert ms[(1100, "元/人·月")] == "基本生活费", ms  # (the per-head unit: minsheng117's)
    assert ms[(22, "人")] == "现有孤儿", ms


def test_bare_verbs_listed_before_a_verb_and_its_object_share_it():
    ms = _metrics("2023年，职工提取住房公积金用于购买、建造、翻建、大修自住住房占23.5%。")
    assert ms[(23.5, "%")].startswith("购买、建造、翻建、大修自住住房"), ms
    ms = _metrics("2023年，全县新建、改建农村公路120公里。")
    assert ms[(120, "公里")] == "新建、改建农村公路", ms
    ms = _metrics("2023年，全县共排查、整改安全隐患100处。")
    assert ms[(100, "处")] == "排查、整改安全隐患", ms


def test_a_list_of_nouns_or_of_verbs_with_objects_is_no_shared_object():
    ms = _metrics("2023年，全县修建道路、整治河道20公里。")
    assert ms[(20, "公里")] == "整治河道", ms
    ms = _metrics("2023年，全市教育、卫生支出增长10%。")
    assert not ms[(10, "%")].startswith("教育、"), ms
    # a noun before the first verb makes a compound of it (an industry's name), no clause's verb
    ms = _metrics("1-11月，石油加工、炼焦和核燃料加工业增长68.6%。")
    assert ms[(68.6, "%")].startswith("石油加工、炼焦"), ms


def test_the_central_budget_names_the_grants_source():
    ms = _metrics("2022年，中央财政下达资金3.5亿元用于农村公路建设。")
    assert ms[(350000000, "元")].startswith("中央财政"), ms
    ms = _metrics("2022年，中央下达我市补贴资金640万元。")
    assert ms[(6400000, "元")] == "补贴资金", ms


def _places(text):
    doc = extract_text("工作动态\n" + text + "\n")
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_a_county_turned_city_is_the_city_without_its_prefecture_named():
    assert _places("近日，无为县召开全县安全生产工作会议。").get("无为市") == "340281"
    assert _places("近日，彬县召开全县安全生产工作会议。").get("彬州市") == "610482"
    assert _places("2009年，潞西市财政收入增长12%。").get("芒市") is not None


def test_a_merged_district_is_the_district_it_joined():
    assert _places("2008年，卢湾区财政收入增长10%。").get("黄浦区") == "310101"
    got = _places("2009年，上海市南汇区、闸北区联合开展活动。")
    assert got.get("浦东新区") == "310115" and got.get("静安区") == "310106", got


def test_common_words_of_merged_districts_stay_no_places():
    assert _places("为经济发展注入新动力，平江县召开会议。") == {"平江县": "430626"}
    assert "东城区" not in _places("崇文尚武，是当地的传统。")


def test_a_verb_of_having_before_a_count_of_committees_names_no_body():
    """该县现有村民委员会200个, 该市共有居民委员会56个: the scope's stock of village and residents' committees, no body
    of its own (base: Agency 建湖县现有村民委员会, which took the county's figures as their subject)."""
    doc = extract_text("工作动态\n建湖县地处江苏中部。该县现有村民委员会200个，社区居委会30个。\n")
    assert not any("现有" in e.name for e in doc.entities.values()), [e.name for e in doc.entities.values()]
    assert {m.subject for m in doc.metrics} == {"place-320925"}, [(m.subject, m.indicator) for m in doc.metrics]
    doc = extract_text("工作动态\n北京发现有限公司成立。\n")  # (a firm's 有限 after 现 stays its form)
    assert "北京发现有限公司" in {e.name for e in doc.entities.values()}


def test_building_or_joining_a_quoted_programme_runs_it():
    """深化共建“一带一路”合作, 主动融入“一带一路”建设: 共建 (build together) and 融入 (join) before a quoted name are verbs
    of running, as 推进 and 参与 are (base: no programme in either sentence)."""
    for text in ("双方同意进一步深化共建“一带一路”合作。", "我市主动融入“一带一路”建设。"):
        doc = extract_text("工作动态\n" + text + "\n")
        assert "一带一路" in {e.name for e in doc.entities.values() if e.type == "Programme"}, text
