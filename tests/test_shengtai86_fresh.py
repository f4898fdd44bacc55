"""Round 86 (shengtai86): ecology and environment texts, second pass — city and county 生态环境局
penalty decisions (行政处罚决定书), monthly air and water quality releases (优良天数比例, PM2.5月均浓度,
国考断面), 中央生态环境保护督察 case-handover notices and 河长制/林长制 news from Hunan, Liaoning,
Henan, Guizhou, Guangdong, Xinjiang, Shanxi, Sichuan, Anhui and Jiangsu (fresh texts of
/tmp/s26/fresh/shengtai86).  Fixes: the centre's inspection teams (中央第三生态环境保护督察组, 中央第三
巡视组) and a province's (省委第二生态环境保护督察组) read as agencies, and no subject of the cases they
hand down (转办的…109件: the province's); a fine laid on 你单位 in a penalty decision the party's named
at its head (当事人名称：…); an address's distance from a crossing (交叉口东500米路南) no length; the
first product's output of a project named by what it makes (年产五金模具100套、塑料制品10万套建设项目)
no figure; a count of sections before their rate with its classes in brackets (71个地表水国考断面水质
优良率(Ⅰ~Ⅲ类)为83.1%) no figure of its own; PM2.5月均浓度 no May."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_the_centres_inspection_team_is_an_agency():
    """07-yangquan-ducha: 中央第一生态环境保护督察组向我省交办的第二十六批群众信访举报件97件; 09-suzhou-ducha:
    中央第三生态环境保护督察组进驻安徽省期间 (base: no agency; 中央第三巡视组 neither).  党中央 and 团中央 before a
    team stay the party's and the league's centre, and 中央要求各督察组 names no team."""
    doc = extract_text("督察组交办信访件\n7月1日,中央第一生态环境保护督察组向我省交办信访举报件97件。"
                       "按照中央第二生态环境保护督察组(以下简称“中央督察组”)工作要求,各地已调查处理。")
    assert {"中央第一生态环境保护督察组", "中央第二生态环境保护督察组"} <= _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("巡视反馈\n根据部署,中央第三巡视组向中山大学党委反馈专项巡视情况。")
    assert "中央第三巡视组" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("督察\n党中央派出督察组。中央要求各督察组加强督察。")
    assert not {n for n in _names(doc, "Agency") if n.endswith("督察组")}, _names(doc, "Agency")


def test_a_provinces_inspection_team_is_an_agency():
    """The province's own teams (省委第二生态环境保护督察组), like its 督导组 (base: no agency)."""
    doc = extract_text("督察\n7月1日,陕西省委第二生态环境保护督察组向汉中市交办信访件。")
    assert any(n.endswith("第二生态环境保护督察组") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_the_cases_a_team_hands_down_are_the_provinces():
    """09-suzhou-ducha: 截至12月11日,中央第三生态环境保护督察组转办的第31批109件环境信访举报问题中,经查属实93件
    — the province's cases (base: no team read; once read, the team was their subject).  A bureau handing clues to
    another body (向市纪委转办…12条), no local scope word, keeps its figure."""
    doc = extract_text("安徽省公示督察转办件\n截至12月11日,中央第三生态环境保护督察组转办的第31批109件环境信访举报问题中,"
                       "经查属实93件,不属实16件。")
    assert "中央第三生态环境保护督察组" in _names(doc, "Agency"), _names(doc, "Agency")
    subjects = {s for s, *_ in _metrics(doc)}
    assert subjects and "中央第三生态环境保护督察组" not in subjects, _metrics(doc)
    doc = extract_text("督察\n中央第三生态环境保护督察组累计向我市转办群众信访举报件4件。")
    assert "中央第三生态环境保护督察组" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("线索移交\n今年,市生态环境局向市纪委转办问题线索12条。")
    assert "市生态环境局" in {s for s, *_ in _metrics(doc)}, _metrics(doc)  # no local scope: the bureau's own


def test_a_fine_laid_on_the_addressed_party_is_the_partys():
    """02-panjin-penalty: 当事人名称:盘山县保冠水泥制品厂 … 我局决定对你(单位)处以如下行政处罚:1.行政罚款人民币
    伍万元整 (base: 盘锦市's fine).  A fine with no second-person party keeps the place."""
    doc = extract_text("盘锦市生态环境局行政处罚决定书\n当事人名称:盘山县保冠水泥制品厂\n"
                       "我局于2021年4月20日对你(单位)进行了调查。我局决定对你(单位)处以如下行政处罚:\n"
                       "1.行政罚款人民币伍万元整。\n")
    fines = {(s, v) for s, i, v, u in _metrics(doc) if i.endswith("罚款")}
    assert fines == {("盘山县保冠水泥制品厂", 50000)}, _metrics(doc)
    doc = extract_text("铜仁市生态环境局 行政处罚决定书\n铜仁废利保再生资源有限公司:\n我局决定对你公司处以罚款人民币十万元。\n")
    assert ("铜仁废利保再生资源有限公司", 100000) in {(s, v) for s, i, v, u in _metrics(doc)}, _metrics(doc)
    doc = extract_text("执法通报\n当事人名称:盘山县保冠水泥制品厂\n今年盘锦市共处以行政罚款人民币伍万元。\n")
    assert "盘山县保冠水泥制品厂" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)


def test_an_address_distance_from_a_crossing_is_no_length():
    """03-zhoukou-penalty: 地址:河南省周口市川汇区大庆路与女娲路交叉口东 500 米路南(三川酒业院内)2 号 (base: a
    figure 川汇区 路南 500米).  A road built, then 路南侧 in the next clause, keeps its length."""
    doc = extract_text("行政处罚决定书\n地址:河南省周口市川汇区大庆路与女娲路交叉口东 500 米路南(三川酒业院内)2 号\n")
    assert not [m for m in doc.metrics if m.unit == "米"], _metrics(doc)
    doc = extract_text("道路\n全县新建道路500米,路南侧种植树木。")
    assert any(m.value == 500 and m.unit == "米" for m in doc.metrics), _metrics(doc)


def test_the_first_products_output_in_a_projects_name_is_no_figure():
    """01-miluo-penalty: 发现你公司位于湖南汨罗高新技术产业开发区弼时片区的年产五金模具100套、塑料制品10万套建设项目
    (base: a figure 发现你公司位于…的年产五金模具 100套).  A county's yearly output listed with no project stays."""
    doc = extract_text("处罚\n2023年10月13日,汨罗分局现场检查,发现你公司位于湖南汨罗高新技术产业开发区弼时片区的年产五金模具"
                       "100套、塑料制品10万套建设项目未按规定使用污染防治设施。")
    assert not [m for m in doc.metrics if m.unit == "套"], _metrics(doc)
    doc = extract_text("产量\n2023年,全县年产水泥100万吨、钢材20万吨,同比增长5%。")
    assert {1000000, 200000} <= {m.value for m in doc.metrics if m.unit == "吨"}, _metrics(doc)


def test_a_count_of_sections_before_their_bracketed_rate_names_the_rate():
    """05-guangdong-water: 2020年1-2月,71个地表水国考断面水质优良率(Ⅰ~Ⅲ类)为83.1% (base: a figure 地表水国考断面
    水质优良率(Ⅰ~Ⅲ类) 71个 beside the rate); a count the rate is no part of stays (187个省考断面中)."""
    doc = extract_text("水质\n2020年1-2月,71个地表水国考断面水质优良率(Ⅰ~Ⅲ类)为83.1%,劣Ⅴ类断面比例为1.4%。")
    got = {(m.value, m.unit) for m in doc.metrics}
    assert (83.1, "%") in got and (71, "个") not in got, got
    doc = extract_text("水质\n2020年1-2月,187个省考断面中,水质优良断面150个。")
    assert (187, "个") in {(m.value, m.unit) for m in doc.metrics}, _metrics(doc)


def test_pm25_monthly_mean_names_no_may():
    """13-taizhou-air-rank: 表1 2022年7月各市(区)环境空气质量排名 优良天数比例(%)排名 | PM2.5月均浓度(μg/m3)排名 |
    … (base: the table's figures dated 2022-05, from the 5月 of PM2.5月; in a sentence, PM2.5月均浓度为20微克/立方米
    gave the indicator 浓度 and May); PM10月均浓度 no October.  A month after a plain date stays."""
    doc = extract_text("空气质量\n2022年7月,全市PM2.5月均浓度为20微克/立方米,PM10月均浓度为40微克/立方米。")
    got = {(m.indicator, m.period) for m in doc.metrics}
    assert got == {("PM2.5月均浓度", "2022-07"), ("PM10月均浓度", "2022-07")}, got
    doc = extract_text("空气质量\n2022年5月,全市优良天数比例为80%。")
    assert {m.period for m in doc.metrics} == {"2022-05"}, doc.metrics


def test_a_list_of_places_after_the_noun_its_measure_closes_counts_that_noun():
    """10-meishan-ducha: 各地累计信访举报件为:眉山天府新区2件、东坡区2件 (base: indicator 件, the bare unit, and 眉山市
    the first item's subject — the place written last, 天府新区, is whose the figure is); 贫困户
    分别为:城关镇30户 likewise.  A clause ending in no such noun (签约项目分别为:盐亭县3个) keeps the unit."""
    doc = extract_text("督察\n各地累计信访举报件为:眉山天府新区2件、东坡区2件。")
    assert {m.indicator for m in doc.metrics} == {"累计信访举报件"}, _metrics(doc)
    assert {s for s, *_ in _metrics(doc)} == {"天府新区", "东坡区"}, _metrics(doc)  # (眉山|天府新区: the new area's)
    doc = extract_text("脱贫\n各乡镇贫困户分别为:城关镇30户、龙门镇20户。")
    assert {(s, i, v) for s, i, v, u in _metrics(doc)} == {("城关镇", "贫困户", 30), ("龙门镇", "贫困户", 20)}, _metrics(doc)
    doc = extract_text("项目\n各县签约项目分别为:盐亭县3个、梓潼县2个。")
    assert {m.indicator for m in doc.metrics} == {"个"}, _metrics(doc)
