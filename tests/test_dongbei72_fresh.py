"""Round 72 (dongbei72): county and city news of 黑龙江, 吉林 and 辽宁, of 北大荒 farms and of the 森工 forestry
bureaus (伊春, 大兴安岭, 吉林森工, 延边), from fresh texts of /tmp/s26/fresh/dongbei72.  Fixes: a ministry's
department (司) is named by its trade, never by the place its trade word may read (国家林业局资源司: no 资源县); a
body before a post written as the text wrote a known entity's short form is that entity (临江林业局党委书记 after
来到临江林业局: 临江市林业局, no second agency); 该集团 before a figure points back at the company whose name ends
in 集团 and its legal form (北大荒农垦集团有限公司); a trade word and a company's legal form with no name
(农场有限公司党委书记) names no body; a word describing the things counted, closed by 的, is no noun of them
(50栋齐刷刷的红砖瓦房: 红砖瓦房); a wire feature's dateline written before its title (新华社哈尔滨5月25日电 题:…伊春…)
names where the story was filed, not its place; a year right before a company's name (2023年北大荒集团粮食总产量…) is no
part of it, the name is read; a year named after its kind (较历史最好年份2021年) is a compared base, no year a later
全年 runs on; a company opening the clause before a semicolon owns the figures after it, as a place does; 村民人均
opens a village's own figure, as 村集体 does; a measure and its range closed by 的 (4个生产规模在千万袋以上的乡镇) is no
noun of the things counted; the farm and forest groups (北大荒农垦集团有限公司, 吉林森工, 伊春森工集团) are
known companies with their short names; a distance closed by 的 after 位于 (位于凤城市城西19公里的宝山镇) places
the village, no measure.  Tried and dropped: a company written right after a group (北大荒集团洪河农场有限公司) as
the group's (subOrganizationOf): the dev-set's gold states no such relation for 乌兰集团圣华新药业公司."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _rels(doc, pred: str) -> set[tuple[str, str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name.get(r.subject), name.get(r.object)) for r in doc.relations if r.predicate == pred}


_BDH = {"北大荒集团", "北大荒农垦集团有限公司"}  # the group, by its short name or (known) its full one


def _figures(doc) -> dict[float, tuple[str | None, str]]:
    return {m.value: (doc.entities[m.subject].name if m.subject else None, m.indicator) for m in doc.metrics}


def test_a_ministry_department_is_in_no_county_its_trade_word_reads():
    """03-shibazhan (大兴安岭): 以国家林业局资源司副司长苏祖云为组长的…调研组: 资源司 is the forestry
    administration's resources department (base: locatedIn 资源县, a county of 广西, read out of 资源)."""
    doc = extract_text("国家林业局调研组到十八站调研\n4月,以国家林业局资源司副司长苏祖云为组长的调研组一行到十八站林业局调研。")
    located = {o for s, o in _rels(doc, "locatedIn") if s == "国家林业局资源司"}
    assert "资源县" not in located, located
    assert ("国家林业局资源司", "国家林业和草原局") in _rels(doc, "subOrganizationOf")
    # a unit named by the place it serves keeps its place
    bank = extract_text("人民银行兰州中心支行召开会议,部署信贷工作。")
    assert ("中国人民银行兰州中心支行", "兰州市") in _rels(bank, "locatedIn")


def test_a_body_written_as_a_known_short_form_is_that_agency():
    """02-linjiang (吉林森工): 来到临江林业局…临江林业局党委书记、局长李洪涛等局领导陪同: one bureau, whose head
    李洪涛 is (base: a second agency 临江林业局 beside 临江市林业局, the post in the second)."""
    doc = extract_text("8月19日,调研组一行来到临江林业局,对林场现状展开调研。临江林业局党委书记、局长李洪涛等局领导陪同了此次调研。")
    bureaus = {n for n in _names(doc, "Agency") if n.endswith("林业局")}
    assert len(bureaus) == 1, bureaus
    assert ("李洪涛", bureaus.pop()) in _rels(doc, "holdsPost")


def test_the_group_before_a_figure_is_the_company_named_before():
    """01-beidahuang (新华社): 记者从北大荒农垦集团有限公司了解到,2025年该集团粮食总产达463.14亿斤: the group's
    harvest (base: no subject, then the article's province 黑龙江省)."""
    doc = extract_text("北大荒集团粮食总产再创新高\n记者12月13日从北大荒农垦集团有限公司了解到,2025年该集团粮食总产达463.14亿斤,"
                       "较上年增加5.50亿斤,再创历史新高。")
    assert _figures(doc)[46314000000][0] == "北大荒农垦集团有限公司", _figures(doc)
    # a bare 集团 with no company of that head named keeps no company
    none = extract_text("记者从县农业农村局了解到,2025年该集团粮食总产达10亿斤。")
    assert _figures(none)[1000000000][0] != "县农业农村局"


def test_a_trade_word_and_a_legal_form_name_no_company():
    """11-qitaihe (北大荒 farm): 农场有限公司党委书记、董事长朱宝华,公司党委副书记、总经理陈国庆: the farm company the
    story is about, written by its kind (base: an organisation 农场有限公司 holding both posts)."""
    doc = extract_text("七台河市农投农业集团到农场调研\n10月23日,七台河市农投农业集团董事长郭鸿剑一行来到公司调研。"
                       "农场有限公司党委书记、董事长朱宝华陪同。")
    assert "农场有限公司" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert "朱宝华" in _names(doc, "Person")
    named = extract_text("友谊农场有限公司副总经理杨慧介绍,今年秋收已全面开始。")
    assert ("杨慧", "友谊农场有限公司") in _rels(named, "holdsPost")


def test_a_describing_word_before_de_is_no_noun_counted():
    """13-kangping (辽宁康平县): 在康平县东升乡南小陵村的北山角下,有50栋齐刷刷的红砖瓦房: the houses are counted
    (base: indicator 齐刷刷, the state word)."""
    doc = extract_text("康平县南小陵村的北山角下,有50栋齐刷刷的红砖瓦房。该村新建了3座崭新的村部。")
    figures = _figures(doc)
    assert figures[50][1] == "红砖瓦房", figures
    assert figures[3][1] == "村部", figures
    # a noun phrase before 的 that is no describing word stays as it was (5个老城区的改造项目)
    kept = extract_text("全市启动5个老城区的改造项目。")
    assert _figures(kept)[5][1] != "改造项目"


def test_a_wire_feature_s_dateline_city_is_no_title_place():
    """14-yichun (新华社): 新华社哈尔滨5月25日电 题:跃动在小兴安岭的“绿色音符”——伊春全面停伐十年记: the story is 伊春's,
    哈尔滨 is where it was filed (base: article place 哈尔滨市, the patrol area its figure)."""
    doc = extract_text("新华社哈尔滨5月25日电 题:跃动在小兴安岭的“绿色音符”——伊春全面停伐十年记\n伊春是国家重点国有林区。"
                       "2013年,伊春全面停止天然林商业性采伐。护林员罗晓峰承担着1700多公顷巡护任务。")
    assert doc.entities[doc.articles[0].place].name == "伊春市"
    assert _figures(doc)[1700][0] == "伊春市", _figures(doc)
    # a feature about the dateline's own city stays that city's
    home = extract_text("新华社哈尔滨5月25日电 题:哈尔滨冰雪季游客破千万\n今年冰雪季,全市接待游客1000万人次。")
    assert home.entities[home.articles[0].place].name == "哈尔滨市"


def test_a_company_right_after_a_year_is_named():
    """01-beidahuang (北大荒集团): 2023年北大荒集团粮食总产量达到455.89亿斤,占黑龙江省的29.27%: the group's harvest and
    share (base: a place 北大荒 and the figures its, under the indicator 集团粮食总产量)."""
    doc = extract_text("2023年北大荒集团粮食总产量达到455.89亿斤,占黑龙江省的29.27%。")
    assert _BDH & _names(doc, "Organization"), _names(doc, "Organization")
    subject, indicator = _figures(doc)[45589000000]
    assert subject in _BDH and indicator == "粮食总产量", _figures(doc)
    # a year's work is still no body's name
    work = extract_text("部署2017年度学校共青团改革任务。")
    assert not any(n.startswith("2017") for n in _names(work, "Organization"))


def test_a_best_year_compared_with_is_no_year_the_text_runs_on():
    """01-beidahuang (新华社): 2025年,北大荒集团…较历史最好年份2021年高出0.04亿斤…。预计全年粮食商品量约440亿斤: 全年 is 2025
    (base: 2021, the record year the harvest is compared with)."""
    doc = extract_text("记者12月13日从北大荒农垦集团有限公司了解到,2025年该集团粮食总产达463.14亿斤。\n据了解,2025年,北大荒集团粮食"
                       "总产占全国的3.24%,较历史最好年份2021年高出0.04亿斤,连续15年稳定在400亿斤以上。预计全年粮食商品量约440亿斤,"
                       "自1947年开发建设以来,已累计生产粮食11398亿斤。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods[44000000000] == "2025", periods
    assert periods[4000000] == "2025", periods  # (the gain over the record year is this year's)
    # a year stated for the text's own figures still runs on
    own = extract_text("2021年,全县粮食总产10万吨。预计全年粮食商品量约8万吨。")
    assert {m.value: m.period for m in own.metrics}[80000] == "2021"


def test_a_company_opening_the_clause_before_a_semicolon_owns_the_next():
    """01-beidahuang (新华社): 2025年,北大荒集团粮食作物播种面积达4644.65万亩…;粮食总产占黑龙江省的28.24%、占全国的3.24%:
    the group's shares (base: the article's province 黑龙江省, the very whole of the share)."""
    doc = extract_text("北大荒集团粮食丰收\n据了解,2025年,北大荒集团粮食作物播种面积达4644.65万亩,粮食综合单产提升至每亩997.15斤;"
                       "粮食总产占黑龙江省的28.24%、占全国的3.24%。")
    figures = _figures(doc)
    assert figures[28.24][0] in _BDH and figures[3.24][0] in _BDH, figures
    # an agency opening that clause is the source, the county's figures stay the county's
    src = extract_text("沭阳县工业经济稳中有进\n沭阳经信局提供的工业月报显示,今年1—11月份,全县实现工业入库增值税20.77亿元,增长26.48%;"
                       "实现工业销售收入677.65亿元,增长23.04%。")
    assert _figures(src)[67765000000][0] == "沭阳县", _figures(src)


def test_the_villagers_income_is_the_village_s():
    """12-fengcheng (辽宁凤城市): …岔路村集体经济小浆果产业基地…。2020年,村集体收入100万元,村集体资产近1000万元,村民人均收入达到18500元:
    the village's income per head, as its collective income is (base: 凤城市, the article's city)."""
    doc = extract_text("凤城市小浆果变身大产业\n凤城市位于辽东半岛东部,是丹东市下辖的县级市。\n走进位于凤城市城西19公里的宝山镇岔路村,"
                       "村内的路面干净平整。\n昔日的岔路村以种植玉米和山上放蚕为主,曾是有名的贫困村。\n据岔路村党支部书记郎庆利介绍,近年来,"
                       "岔路村建设岔路村集体经济小浆果产业基地。2020年,村集体收入100万元,村集体资产近1000万元,村民人均收入达到18500元。")
    figures = _figures(doc)
    assert figures[18500][0] == "岔路村", figures


def test_a_measure_and_its_range_before_de_is_no_noun_counted():
    """09-wangqing (吉林汪清县): 同时,还形成了4个生产规模在千万袋以上的乡镇: the townships are counted (base: indicator
    生产规模, the measure the range is of)."""
    doc = extract_text("汪清黑木耳去年产值4.8亿\n2009年全县黑木耳栽培总量3亿袋。同时,还形成了4个生产规模在千万袋以上的乡镇。")
    assert _figures(doc)[4][1] == "乡镇", _figures(doc)
    firms = extract_text("全县有12家年产值在亿元以上的企业。")
    assert _figures(firms)[12][1] == "企业", _figures(firms)


def test_the_great_northern_wilderness_group_is_one_company():
    """01-beidahuang (新华社): 记者从北大荒农垦集团有限公司了解到…。据了解,2025年,北大荒集团粮食作物播种面积达4644.65万亩: one
    company, its short name and its full one (base: two organisations, the figures split between them)."""
    doc = extract_text("北大荒集团粮食总产再创新高\n记者12月13日从北大荒农垦集团有限公司了解到,2025年该集团粮食总产达463.14亿斤。\n"
                       "据了解,2025年,北大荒集团粮食作物播种面积达4644.65万亩。")
    assert {n for n in _names(doc, "Organization") if n.startswith("北大荒")} == {"北大荒农垦集团有限公司"}, \
        _names(doc, "Organization")
    # the region the group is named for stays no company
    region = extract_text("北大荒精神代代相传,一代代人开发北大荒。")
    assert not {n for n in _names(region, "Organization") if n.startswith("北大荒")}


def test_a_distance_saying_where_a_village_lies_is_no_measure():
    """12-fengcheng (辽宁凤城市): 走进位于凤城市城西19公里的宝山镇岔路村,村内的路面干净平整: the distance places the village
    (base: a figure 19公里 under the indicator 走进位于凤城市城西)."""
    doc = extract_text("走进位于凤城市城西19公里的宝山镇岔路村,村内的路面干净平整。")
    assert 19 not in _figures(doc), _figures(doc)
    # a distance after 距 stays, as do lengths of things placed before 的
    kept = extract_text("该村距县城15公里。修建位于城东的道路20公里的工程。")
    assert {15, 20} <= set(_figures(kept)), _figures(kept)
