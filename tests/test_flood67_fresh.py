"""Round 67 (flood67): flood-control, rain, water-level and drought news from fresh texts of
/tmp/s26/fresh/flood67 (湖南辰溪县 and the province's reservoirs, 湖北黄梅县, 福建南平市, 湖南汉寿县, 河北蔚县,
安徽禹会区, 贵州金沙县, 黑龙江牡丹江, 重庆): a flow written out (立方米每秒, 每秒…立方米) read as 立方米/秒; a
hydrology report's 出现 (occurring) no word of the level it states; a reporter's name alone in brackets
closing a story (…万元。(许昌武)) a credit, no place; a cause, a setting-up verb or a kind of land (导致, 设置,
山区) no part of a reservoir's or a school's name; a measure, 为 and the place it was measured at
(最大累计雨量为石场乡145.5毫米) keeping its measure; the crops standing in the fields (在田农作物) and the people
hit by a disaster (7847人受灾) as a loss report names them; a gauging station's 站 left once its place was cut
(松花江哈尔滨|站水位) no word of the level; the places just listed summed up (石场、高坪两乡镇) no word of the measure; a
short name listed before 等…水库 (双牌等3座水库) a reservoir, no county; a flood mark's own figure in brackets
(超警戒水位(130.30米)0.4米) the mark, not the excess."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_a_flow_written_out_is_cubic_metres_a_second():
    """05-hunan-reservoirs (华声在线): 水府庙水库可能出现洪峰流量2000立方米每秒左右的入库洪水过程 (base: 2000立方米 with
    the indicator 每秒左右); a flood forecast's 流量每秒8500立方米左右 (base: 8500立方米, indicator 流量每秒)."""
    doc = extract_text("湖南水库泄洪\n据水利部门预测,6月25日前后,湘江水府庙水库可能出现洪峰流量2000立方米每秒左右的入库洪水过程。")
    assert ("洪峰流量", 2000, "立方米/秒") in _metrics(doc), _metrics(doc)
    doc = extract_text("松花江洪峰预报\n松花江哈尔滨站8月24日前后出现洪峰,洪峰水位118.50米上下,流量每秒8500立方米左右。")
    got = _metrics(doc)
    assert ("流量", 8500, "立方米/秒") in got and ("洪峰水位", 118.5, "米") in got, got


def test_occurring_is_no_word_of_a_level():
    """10-chongqing-yangtze (新华社): 潼南琼江泰安站于18日20时出现洪峰水位247.40米, 长江长寿站预计20日8时出现最高水位175.2米
    (base: the indicators 出现洪峰水位 and 出现最高水位)."""
    doc = extract_text("长江重庆段迎来洪峰\n据水文部门测报,潼南琼江泰安站于18日20时出现洪峰水位247.40米,超警戒水位1.40米。"
                       "长江长寿站预计20日8时出现最高水位175.2米。")
    got = {m.indicator for m in doc.metrics}
    assert {"洪峰水位", "最高水位"} <= got, got


def test_a_bare_bracketed_name_closing_a_story_is_its_reporter():
    """08-jinsha-rainstorm (中国天气网, 贵州金沙县): …造成直接经济损失247.19万元。(许昌武) (base: a Place 许昌市 read in the
    reporter's name, and the subject of the story's figures); a bracketed place or end mark stays as it was."""
    doc = extract_text("金沙多乡镇遭暴雨袭击\n暴雨致金沙县石场、高坪等乡镇不同程度受灾,受灾人口7815人,"
                       "造成直接经济损失247.19万元。(许昌武)")
    assert "许昌市" not in _names(doc, "Place"), _names(doc, "Place")
    assert "许昌武" in _names(doc, "Person"), _names(doc, "Person")
    assert {doc.entities[m.subject].name for m in doc.metrics} == {"金沙县"}
    ended = extract_text("防汛会议召开\n全县防汛会议在县城召开,部署汛期工作。(全文完)")
    assert not _names(ended, "Person"), _names(ended, "Person")
    placed = extract_text("防汛会议召开\n全省防汛工作会议在北京召开,部署汛期工作。(北京)")
    assert "北京市" in _names(placed, "Place"), _names(placed, "Place")


def test_a_cause_or_a_setting_up_verb_is_no_part_of_a_work_s_or_a_school_s_name():
    """02-huangmei-reservoir (中国网, 湖北黄梅县): 大范围长时间强降雨导致北部山区水库爆满, 设置十里益海小学、濯港中学…等
    集中安置点 (base: Organizations 间强降雨导致北部山区水库 and 设置十里益海小学)."""
    doc = extract_text("黄梅遭遇强降雨\n湖北黄梅入梅以来,大范围长时间强降雨导致北部山区水库爆满,永安水库于7月6日开始泄洪,"
                       "8日8时水位17.01米。当地设置十里益海小学、濯港中学、白湖小学等集中安置点。")
    orgs = _names(doc, "Organization")
    assert not any("导致" in o or "山区水库" in o or o.startswith("设置") for o in orgs), orgs
    assert {"永安水库", "十里益海小学", "濯港中学"} <= orgs, orgs


def test_a_measure_then_the_place_it_was_measured_at_keeps_its_measure():
    """08-jinsha-rainstorm: 最大累计雨量为石场乡145.5毫米 (base: the indicator 毫米, the bare unit: 为 read as the
    mark of whom something is done for); 中方已为乌克兰100多万人提供援助 stays a count of people."""
    doc = extract_text("金沙暴雨\n7月13日,金沙县出现暴雨天气过程,共出现9站暴雨,最大累计雨量为石场乡145.5毫米。")
    assert ("最大累计雨量", 145.5, "毫米") in _metrics(doc), _metrics(doc)
    aid = extract_text("援助物资运抵\n中方已为乌克兰100多万人提供援助。")
    assert {m.indicator for m in aid.metrics} == {"人数"}, _metrics(aid)


def test_a_loss_report_s_crops_in_the_field_and_people_hit():
    """07-yuhui-drought (蚌埠市禹会区应急管理局): 共有7847人受灾,涉及在田农作物受灾约1129.33公顷 (base: the indicators
    受灾 and 田农作物受灾, 在 cut as a lead word); an accident's 2人死亡、5人受伤 stay 死亡 and 受伤; 在田间地头
    stays no noun of 在田农作物."""
    doc = extract_text("禹会区旱情\n8月份以来,持续晴热高温天气导致禹会区在田农作物严重受旱,共有7847人受灾,"
                       "涉及在田农作物受灾约1129.33公顷,成灾面积608.03公顷。")
    got = {m.indicator for m in doc.metrics}
    assert {"受灾人数", "在田农作物受灾", "成灾面积"} <= got, got
    hit = extract_text("山洪灾害\n山洪造成该镇2人死亡、5人受伤。")
    assert {m.indicator for m in hit.metrics} == {"死亡", "受伤"}, _metrics(hit)
    other = extract_text("农技培训\n今年在田间地头开展培训30场。")
    assert not any(m.indicator.startswith("在田") for m in other.metrics), _metrics(other)


def test_a_gauging_station_is_no_word_of_its_level():
    """01-chenxi-yuanjiang (红网, 湖南辰溪县): 沅江辰溪站最高水位达到121.2米 (base: the indicator 站最高水位, the river and the
    place cut and the station's 站 left); a flood bulletin's 松花江哈尔滨站水位116.41米 (base: 站水位); a station whose
    name is no entity (阿什河马鞍山站水位) and a railway station's passengers (北京南站流量5万人次) keep their station."""
    doc = extract_text("辰溪县提前转移群众\n近日,受上游来水影响,沅江水位快速上涨,辰溪县多部门联动,提前转移群众。"
                       "截至7月1日00:00,沅江辰溪站最高水位达到121.2米,超警戒水位1.2米。")
    assert ("最高水位", 121.2, "米") in _metrics(doc), _metrics(doc)
    doc = extract_text("哈尔滨水情\n松花江哈尔滨站水位116.41米,低于警戒水位1.69米。")
    assert ("水位", 116.41, "米") in _metrics(doc), _metrics(doc)
    unnamed = extract_text("哈尔滨水情\n阿什河马鞍山站水位98.34米,与6日8时持平。")
    assert ("阿什河马鞍山站水位", 98.34, "米") in _metrics(unnamed), _metrics(unnamed)
    rail = extract_text("春运客流\n北京南站流量5万人次。")
    assert {m.indicator for m in rail.metrics} == {"南站流量"}, _metrics(rail)


def test_the_places_listed_summed_up_are_no_word_of_the_measure():
    """08-jinsha-rainstorm: 金沙县石场、高坪两乡镇受灾人口7815人 (base: the indicator 两乡镇受灾人口, or 高坪两乡镇受灾人口
    with the list's last item); 城关、石桥、龙门三镇农作物受灾面积 the same; 全市两区建设投资 (no list before it) keeps
    its 两区."""
    doc = extract_text("金沙多乡镇遭暴雨袭击\n据民政部门统计,截止至14日9时,金沙县石场、高坪两乡镇受灾人口7815人,倒塌房屋5户14间。")
    assert ("受灾人口", 7815, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("暴雨袭击\n暴雨造成城关、石桥、龙门三镇农作物受灾面积1200亩。全市两区建设投资3亿元。")
    got = {m.indicator for m in doc.metrics}
    assert got == {"农作物受灾面积", "两区建设投资"}, got


def test_a_short_name_in_a_list_of_reservoirs_is_no_county():
    """05-hunan-reservoirs (华声在线): 五强溪、柘溪和双牌等3座省调大型水库开闸泄洪 (base: a Place 双牌县, the reservoir
    双牌水库 written short); the counties listed before 等县 stay places."""
    doc = extract_text("湖南水库泄洪\n目前,五强溪、柘溪和双牌等3座省调大型水库开闸泄洪,凤滩、托口等水库正满负荷发电调洪。")
    assert "双牌县" not in _names(doc, "Place"), _names(doc, "Place")
    counties = extract_text("永州暴雨\n双牌、宁远、江永等县遭受暴雨袭击。")
    assert {"双牌县", "宁远县", "江永县"} <= _names(counties, "Place"), _names(counties, "Place")


def test_a_flood_mark_in_brackets_is_the_mark_not_the_excess():
    """11-harbin-forecast (哈尔滨日报), 02-huangmei-reservoir: 洪峰水位130.70米,超警戒水位(130.30米)0.4米; 超保证水位(16.9米)
    0.11米 (base: 130.3米 and 16.9米 read as the excess, 超警戒水位 and 超保证水位); the figure after the bracket keeps
    the excess's name."""
    doc = extract_text("洪水预报\n倭肯河倭肯站8月12日下午出现洪峰,洪峰水位130.70米,超警戒水位(130.30米)0.4米,流量290立方米/秒。"
                       "永安水库8日8时水位17.01米,超保证水位(16.9米)0.11米。")
    got = _metrics(doc)
    assert {("警戒水位", 130.3, "米"), ("超警戒水位", 0.4, "米"), ("保证水位", 16.9, "米"),
            ("超保证水位", 0.11, "米")} <= got, got
