"""Round 65 (ecology65): city and county ecology news from fresh texts of /tmp/s26/fresh/ecology65 (河长制 meetings,
生态环境局 air and water reports, 督察 petitions, 造林 figures): air figures written in symbols (15μg/m3, 183μg/m³)
read as 微克/立方米 (base: no figure at all); 同比改善/同比恶化 after a level read as the change of that level
(base: a level 同比改善 with no indicator); a rank closed by a bracket of another ranking (全市20个区县排名第4
(全省排名并列第87)) read as a rank, no count of 区县 (base: 区县排名第 20个, and the change after it 区县排名第同比下降);
an index summed over the year (综合指数年累计为5.73); the time of a 其中: colon line taken from the sentence it breaks
down; 涉及 (involving) and 辐射 (radiation) before the kinds a petition report counts; 河滨, 塘坝 read as no place."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str, str]]:
    return {(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}


def test_air_concentrations_written_in_symbols():
    """09-jining-kongqi (济宁市生态环境局): PM2.5浓度为15μg/m3; 12-weixian-kongqi (威县): O3浓度为183μg/m³
    (base: neither figure; μg/m3 was no unit)."""
    doc = extract_text("济宁市7月份环境空气质量\n7月份,济宁市PM2.5浓度为15μg/m3;PM10浓度为34μg/m3;"
                       "O3浓度为183μg/m³;一氧化碳浓度为1.1mg/m3。")
    got = _metrics(doc)
    assert ("PM2.5浓度", 15, "微克/立方米", "level") in got, got
    assert ("PM10浓度", 34, "微克/立方米", "level") in got, got
    assert ("O3浓度", 183, "微克/立方米", "level") in got, got
    assert ("一氧化碳浓度", 1.1, "毫克/立方米", "level") in got, got


def test_improved_against_last_year_is_a_change_of_the_level():
    """09-jining-kongqi: 全市环境空气质量综合指数为2.48,同比改善7.5%; PM2.5浓度为15μg/m3,同比改善25% (base: a level
    同比改善 7.5% with no indicator); alone (改善灌溉面积5万亩) 改善 stays part of a level's name."""
    doc = extract_text("济宁市7月份环境空气质量\n7月份,济宁市环境空气质量综合指数为2.48,同比改善7.5%;"
                       "PM2.5浓度为15微克/立方米,同比改善25%;臭氧浓度为160微克/立方米,同比恶化6.7%。")
    got = _metrics(doc)
    assert ("环境空气质量综合指数同比改善", 7.5, "%", "change") in got, got
    assert ("PM2.5浓度同比改善", 25, "%", "change") in got, got
    assert ("臭氧浓度同比恶化", 6.7, "%", "change") in got, got
    plain = extract_text("某县水利建设\n今年,某县新增和改善灌溉面积5万亩。")
    assert all(m.kind == "level" for m in plain.metrics), _metrics(plain)


def test_a_rank_before_a_bracketed_rank_is_no_count_and_the_change_keeps_its_level():
    """12-weixian-kongqi (威县): 我县综合指数年累计为5.73,全市20个区县排名第4(全省排名并列第87),同比下降14.99%
    (base: no 综合指数 level, a count 区县排名第 20个 and a change 区县排名第同比下降)."""
    doc = extract_text("威县空气质量通报\n1月1日至7月27日,威县综合指数年累计为5.73,全市20个区县排名第4(全省排名并列第87),"
                       "同比下降14.99%;PM2.5年均浓度为58微克/立方米,全市20个区县排名第5(全省排名并列第104),同比下降15.94%。")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics}
    assert ("综合指数", 5.73, "level") in got, got
    assert ("综合指数同比下降", 14.99, "change") in got, got
    assert ("PM2.5年均浓度同比下降", 15.94, "change") in got, got
    assert not any("排名" in m.indicator for m in doc.metrics), got
    plain = extract_text("某县\n今年,全县年累计完成投资5亿元,在全市13个县区排名第3。")
    assert any(m.value == 500000000 for m in plain.metrics), _metrics(plain)


def test_a_breakdown_colon_line_shares_the_time_of_the_sentence_before():
    """03-taizhou-duanmian (台州市生态环境局): 2018年11月,全市…达标率为87.5%。其中: ⏎ 6个国家考核断面达标率为66.7%;
    (base: the items under 其中: with no period)."""
    doc = extract_text("台州市11月水质通报\n2018年11月,台州市主要河流水质考核断面:56个监测断面中有49个断面达到水质目标要求,"
                       "达标率为87.5%。其中:\n6个国家考核断面达标率为66.7%,同比下降33.3个百分点;\n"
                       "24个省考断面达标率为91.7%,同比下降4.1个百分点。")
    got = {(m.indicator, m.period) for m in doc.metrics if m.value in (66.7, 91.7)}
    assert got == {("国家考核断面达标率", "2018-11"), ("省考断面达标率", "2018-11")}, got


def test_the_kinds_a_petition_report_counts():
    """06-province-ducha-zhuanban (中央第四生态环境保护督察组转办): 涉及水污染问题11个、大气污染问题20个、辐射类问题1个
    (base: indicators 涉及水污染问题 and 类问题); a sum (涉及金额) keeps its 涉及."""
    doc = extract_text("督察组转办信访件\n督察组向我省转办信访举报件共108件。涉及水污染问题11个、大气污染问题20个、"
                       "辐射类问题1个、噪声污染问题30个。")
    got = {m.indicator for m in doc.metrics}
    assert {"水污染问题", "辐射类问题", "噪声污染问题"} <= got, got
    fine = extract_text("某县执法\n共查处案件12起,涉及金额300万元。")
    assert "涉及金额" in {m.indicator for m in fine.metrics}, _metrics(fine)


def test_river_bank_and_small_dam_words_are_no_places():
    """10-zhenjiang-xingfuhehu (镇江日报): 丹徒区张露河滨水景观提升工程; 02-zhenba-shuili-hezhang (镇巴县水利局):
    延伸至全县所有河流、库区、塘坝 (base: Places 河滨 and 塘坝); the town 塘坝镇 is still found."""
    doc = extract_text("视察幸福河湖建设\n视察组察看了京口区孟家湾湖、丹徒区张露河滨水景观提升工程,将整治范围延伸至全县所有河流、库区、塘坝。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert not places & {"河滨", "塘坝"}, places
    town = extract_text("潼南区塘坝镇\n重庆市潼南区塘坝镇召开河长制工作会。")
    assert "塘坝镇" in {e.name for e in town.entities.values() if e.type == "Place"}


def test_a_numbered_heading_of_one_month_gives_its_section_that_month():
    """04-xinjiang-shuihuanjing (新疆生态环境厅): 一、2024年11月全区水环境质量状况 ⏎ …优良水质断面67个 ⏎ 二、2024年1-11月…
    (base: both sections' figures of the year 2024); a heading of a year alone (一、2022年财政工作情况) still gives the year."""
    doc = extract_text("全区水环境质量状况\n一、2024年11月全区水环境质量状况\n(一)全区国考地表水断面水质状况总体为优。"
                       "Ⅰ~Ⅲ类优良水质断面67个,比例为98.5%。\n二、2024年1-11月全区水环境质量状况\n"
                       "(一)全区国考地表水断面水质状况总体为优。Ⅰ~Ⅲ类优良水质断面70个,比例为95.9%。")
    got = {(m.value, m.period) for m in doc.metrics}
    assert {(67, "2024-11"), (98.5, "2024-11"), (70, "2024-01/2024-11"), (95.9, "2024-01/2024-11")} <= got, got
    year = extract_text("财政报告\n一、2022年财政工作情况\n全年兑现减税降费政策17.3亿元。")
    assert {m.period for m in year.metrics} == {"2022"}, {(m.value, m.period) for m in year.metrics}
