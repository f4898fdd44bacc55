"""Round 66 (dongbei66): ordinary county, village and forest-region news of 黑龙江, 吉林 and 辽宁 from
fresh texts of /tmp/s26/fresh/dongbei66 (长白县, 永吉县, 昌图县, 铁岭, 梅里斯区齐齐哈村, 逊克县, 鹤北 and
柴河林业局, 法库/康平).  Fixes: the township-level units the division table lists under a forest bureau
or a state farm (柴河林业局, 八五二农场) are places of their province, while a county's own bureau (敦化市林业局)
stays an agency and a farm far away (湖南's 东方红农场) stays out; an adjective read across a country's name
(最美国道) names no country; 一共 (in all) closes an indicator as 共 does; the colloquial 村里 (in the
village) before a figure scopes it to the village named last, as 我村 does; 全国闻名 (known nationwide) is no national scope of a local body's figure;
a bare 评比总结会 (the meeting closing an appraisal) is a kind of meeting, no programme."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_forest_bureau_unit_is_a_place_of_its_province():
    """09-chaihe-linyeju (经济日报): 黑龙江森工柴河林业局 … 过去的柴河林业局是全国闻名的木材生产大户 (base: no
    entity for 柴河林业局); a county's own bureau written in full stays the county's agency."""
    doc = extract_text("柴河林业局转型\n黑龙江森工柴河林业局贮木场场长张玉忠已经走出家门上班了。过去的柴河林业局是"
                       "全国闻名的木材生产大户。")
    assert "柴河林业局" in _places(doc), _places(doc)
    county = extract_text("敦化市林业局开展防火检查\n吉林省敦化市林业局近日开展森林防火检查。")
    assert "敦化市林业局" not in _places(county), _places(county)
    assert "敦化市林业局" in _agencies(county), _agencies(county)


def test_a_state_farm_unit_needs_its_province_named():
    """A state farm of the table (八五二农场, 黑龙江) named in a story of its province is that unit (base: none);
    a farm of the same name in a story of another province (湖南 村引进东方红农场) is none of the table's."""
    doc = extract_text("八五二农场粮食丰收\n2020年,黑龙江红兴隆农场管理局下辖的八五二农场粮食总产量达到12万吨。")
    assert "八五二农场" in _places(doc), _places(doc)
    far = extract_text("永州村里来了新产业\n湖南省永州市某村引进东方红农场,村集体每年增收5万元。")
    assert "东方红农场" not in _places(far), _places(far)


def test_an_adjective_across_a_country_name_names_no_country():
    """07-xunke-bianjingcun (人民日报 农村党建调研行): 有“最美国道”之称的331国道 (base: 美国, and 梅里斯区 partOf
    美国 in the same text); 访问美国 and 美国国会 stay the country."""
    doc = extract_text("边境村见闻\n有“最美国道”之称的331国道一路向北蜿蜒。黑龙江省黑河市逊克县黎明村草原辽阔。")
    assert "美国" not in _places(doc), _places(doc)
    trip = extract_text("代表团访美\n省代表团一行近日访问美国,并与美国国会议员会面。")
    assert "美国" in _places(trip), _places(trip)


def test_yi_gong_closes_the_indicator():
    """06-meilisi-qiqiha-cun (xcgbb.com): 村里一共1800户 (base: the indicator 村里一, 一 of 一共 left in it)."""
    doc = extract_text("抗洪一线的村书记\n2020年,全县贫困户一共3000户,受灾农田涉及1300户。")
    got = {m.indicator for m in doc.metrics if m.value == 3000}
    assert got and not any(i.endswith("一") for i in got), got


def test_cun_li_scopes_the_figure_to_the_village():
    """06-meilisi-qiqiha-cun: 记者与…梅里斯镇齐齐哈村村书记关波握手。关波介绍说,村里一共1800户 (base: the
    subject 梅里斯镇, the township named with the village); a figure of 全镇 keeps the township."""
    doc = extract_text("村书记抗洪\n9月15日下午,记者与齐齐哈尔市梅里斯区梅里斯镇齐齐哈村村书记关波握手。\n"
                       "关波介绍说,村里一共1800户,全镇一共有12个行政村。")
    got = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.value in (1800, 12) and m.subject}
    assert got == {1800: "齐齐哈村", 12: "梅里斯镇"}, got


def test_known_nationwide_is_no_national_scope():
    """09-chaihe-linyeju: 过去的柴河林业局是全国闻名的木材生产大户,已累计生产木材2226万立方米 (base: the subject
    中国); a figure of 全国 itself stays the country's."""
    doc = extract_text("柴河林业局转型\n黑龙江森工柴河林业局转型发展。过去的柴河林业局是全国闻名的木材生产大户,"
                       "已累计生产木材2226万立方米。")
    got = {doc.entities[m.subject].name for m in doc.metrics if m.value == 22260000 and m.subject}
    assert got == {"柴河林业局"}, got
    nation = extract_text("全国粮食产量\n今年全国粮食总产量达到6.9亿吨。")
    assert {nation.entities[m.subject].name for m in nation.metrics if m.subject} == {"中国"}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_an_appraisal_s_closing_meeting_is_no_programme():
    """02-yongji-xunjian (永吉县): 在县委常委会议室召开的评比总结会上,公布了评比成绩 (base: a Programme 评比总结会,
    run by 永吉县委); a meeting named by what it appraises (全县文明村评比总结会) stays one."""
    doc = extract_text("永吉县联合巡检\n9月15日,永吉县委书记朴贞玉带队巡检。在县委常委会议室召开的评比总结会上,公布了评比成绩。")
    assert "评比总结会" not in _programmes(doc), _programmes(doc)
    named = extract_text("全县文明村评比\n永吉县召开全县文明村评比总结会,表彰先进。")
    assert any(p.endswith("文明村评比总结会") for p in _programmes(named)), _programmes(named)
