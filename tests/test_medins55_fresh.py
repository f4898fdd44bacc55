"""Round 55 (medins55): medical insurance and social security releases from fresh texts of
/tmp/s26/fresh/medins55 — 人社部 稳岗返还 news (提至, the short 提高至), 深圳市 insurance enrolment
tables (a bracketed note with a date between the noun and its figure), 福建省人社厅 monthly indicators
(本月新增 after a growth rate), 云南 医保 reform news (以…为主体) and 资阳 基金监管 work (“假病人”“假病情”…
before the noun they qualify)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list[tuple]:
    return [(m.indicator, m.value, m.unit, m.period) for m in doc.metrics]


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_short_raise_verb_is_no_indicator():
    """10-wengang-1-8yue (人社部, 新华社): 我国将中小微企业的失业保险稳岗返还比例由60%最高提至90%，大企业由30%提至50%:
    the later level of the same ratio (base: a metric named 提至 at 50%)."""
    doc = extract_text("稳岗返还政策加力\n今年以来，我国将中小微企业的失业保险稳岗返还比例由60%最高提至90%，"
                       "大企业由30%提至50%。")
    got = {v: ind for ind, v, unit, _p in _metrics(doc) if unit == "%"}
    assert not any(ind.endswith("提至") for ind in got.values()), got
    assert got.get(50) == got.get(30), got


def test_short_raise_verb_after_a_rate_per_month():
    """11-xinhuaqu (平顶山市新华区) style: 养老金标准由110元/月提至115元/月 — both figures the standard's
    (base: 提至 at 110, 元/月 at 115)."""
    doc = extract_text("提高城乡居民养老金\n全县城乡居民基础养老金标准由110元/月提至115元/月。")
    got = {v: ind for ind, v, unit, _p in _metrics(doc)}
    assert got.get(110) == got.get(115) == "城乡居民基础养老金标准", got


def test_dated_note_between_noun_and_figure():
    """01-shenzhen-hsa (深圳市医疗保障局, 2022-08): 其中，参加生育保险职工(自2015年3月起用人单位按省生育保险相关规定缴纳)
    1266.58万人，参加原生育医疗保险65.12万人: the note says since when employers pay — the figure is
    参加生育保险职工's, and 2015-03 is no period of either figure (base: indicator 起用人单位按…缴纳),
    period 2015-03 on both)."""
    doc = extract_text("两大险种参保总量环比、同比增长情况\n生育(含生育医疗)保险参保1331.70万人，环比增加3.94万人。"
                       "其中，参加生育保险职工(自2015年3月起用人单位按省生育保险相关规定缴纳)1266.58万人，"
                       "参加原生育医疗保险65.12万人。")
    got = {v: (ind, p) for ind, v, _u, p in _metrics(doc)}
    assert got.get(12665800) == ("参加生育保险职工", None), got
    assert got.get(651200) == ("参加原生育医疗保险", None), got


def test_monthly_increment_after_a_growth_rate():
    """03-fujian-rst-2018-11 (福建省人社厅): 企业参保人数920.01万人，同比增加46.38万人，增长5.31%，本月新增7.52万人:
    the people added this month to the enrolment (base: a bare 人数 from the unit)."""
    doc = extract_text("2018年11月社会保险主要统计指标数据\n截至2018年11月底，全省企业参保人数920.01万人，"
                       "同比增加46.38万人，增长5.31%，本月新增7.52万人。")
    got = {v: ind for ind, v, _u, _p in _metrics(doc)}
    assert got.get(75200) == "新增企业参保人数", got
    other = extract_text("市场运行\n全市限上企业销售额920万元，增长5%，本月新增3家。")  # people only
    assert not any(ind.startswith("新增销售额") for ind, _v, _u, _p in _metrics(other)), _metrics(other)


def test_monthly_increment_after_a_noted_headcount():
    """03-fujian-rst-2018-11: 城镇职工基本养老保险参保人数(含离退休)为1059.94万人，…，增长4.77%，本月新增7.90万人:
    the count before its bracketed note is still a headcount (base: 人数)."""
    doc = extract_text("2018年11月社会保险主要统计指标数据\n截至2018年11月底，全省城镇职工基本养老保险参保人数(含离退休)"
                       "为1059.94万人，同比增加48.23万人，增长4.77%，本月新增7.90万人。")
    got = {v: ind for ind, v, _u, _p in _metrics(doc)}
    assert got.get(79000) == "新增城镇职工基本养老保险参保人数(含离退休)", got


def test_what_a_system_rests_on_is_no_mechanism():
    """07-yunnan-canbao-2020 (云南网): 初步建立了以基本医疗保险制度为主体、大病保险为补充、医疗救助为托底的多层次全民医保制度:
    no programme 以基本医疗保险制度 (base: one, implementedIn 云南省)."""
    doc = extract_text("云南医保参保人数达4573.47万人\n记者了解到，云南高度重视医疗保障工作，初步建立了以基本医疗保险制度为主体、"
                       "大病保险为补充、医疗救助为托底的多层次全民医保制度。")
    assert not any(n.startswith("以") for n in _programmes(doc)), _programmes(doc)


def test_quoted_run_qualifying_a_campaign_noun_names_no_programme():
    """04-ziyang-jijin-jianguan (资阳): 联合相关部门组织开展“假病人”“假病情”“假票据”欺诈骗保问题专项整治行动: the
    quotes say what is fought, none is a programme (base: 假病人, 假病情, 假票据 as programmes)."""
    doc = extract_text("医保基金监管\n三是强化联动执法。联合相关部门组织开展“假病人”“假病情”“假票据”欺诈骗保问题专项整治行动。")
    assert not {"假病人", "假病情", "假票据"} & _programmes(doc), _programmes(doc)
    # names listed on with 暨 and a further quote stay programmes (mass52 儋州: 策划“青年夜校”“返家乡”暨“扬帆计划”…)
    listed = extract_text("团市委工作\n儋州市团市委聚焦青年需求，策划“青年夜校”“返家乡”暨“扬帆计划”实践实习等多个品牌项目。")
    assert {"青年夜校", "返家乡"} <= _programmes(listed), _programmes(listed)


def test_the_whole_a_contest_is_held_in_is_no_subject():
    """11-xinhuaqu-minsheng-2022 (平顶山市新华区): 在全市农民工返乡创业示范项目评比中，推荐企业爆米科技获市级一等奖并获得
    奖励资金10万元。获得中央直达就业补助资金1048万元: 全市 is where the contest is held — the district's
    figures stay the district's (base: 平顶山市 for both, and for the paragraph after)."""
    doc = extract_text("社会民生\n河南省平顶山市新华区。2022年，实现城镇新增就业15057人。在全市农民工返乡创业示范项目评比中，"
                       "推荐企业爆米科技获市级一等奖并获得奖励资金10万元。获得中央直达就业补助资金1048万元。")
    names = {k: e.name for k, e in doc.entities.items()}
    got = {m.value: names.get(m.subject, m.subject) for m in doc.metrics}
    assert got.get(100000) == got.get(10480000) == "新华区", got


def test_a_bureau_s_affairs_centre_named_bare():
    """County 医保 news (衡东县医疗保障局, 于都 style meetings) name the bureau's service centre bare:
    县医疗保障事务中心、县社会保险事业管理局要加强协作 → the county's 医疗保障事务中心 (base: none, while
    县社会保险事业管理局 and 县医保中心 were read)."""
    doc = extract_text("医保工作推进会召开\n2023年5月10日，江西省赣州市于都县召开医保工作推进会。"
                       "县医疗保障事务中心、县社会保险事业管理局要加强协作。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "于都县医疗保障事务中心" in agencies, agencies


def test_a_price_cut_is_a_change():
    """集中带量采购 news (the brief's 集采 降价 %): 第八批国家组织药品集中带量采购中选药品平均降价56% is the
    price's change, as 价格平均下降48% is (base: a level)."""
    doc = extract_text("集采落地\n第八批国家组织药品集中带量采购中选药品平均降价56%。")
    kinds = {m.value: m.kind for m in doc.metrics}
    assert kinds.get(56) == "change", kinds
