"""Round 73 (ministry73): national ministries' press releases and 国新办 briefings (国家统计局, 商务部,
农业农村部, 生态环境部, 工信部; the spokesperson directory) from fresh texts of /tmp/s26/fresh/ministry73.
Fixes: a rate in % after 至/到 that follows a change in percentage points (占比较2013年提升4.1个百分点至
29.1%, 城镇化率比上年提高1.2个百分点至58.3%) is the level that rate came to, not a bare %; 离岛 (海南离岛免税
政策) is no place; the Beijing papers 北京青年报 (北青报), 法制晚报 and 新华社's 经济参考报 are media, so their
北京 is no place the article's figures belong to; a count of a kind of city runs no measure into its
noun (339个地级及以上城市|PM2.5平均浓度为26微克/立方米); a part of the period's growth after a rate noun's change
in points is the measure's (降幅比一季度收窄7.1个百分点,其中二季度增长4.4%: not 降幅增长); a share's change after a
growth compared with a yardstick is that measure's share (中西部地区出口占比较去年同期提高); 中央保密委员会办公室 is
an agency of its own; a share noun named again before its change is named once (比重为55%,比重较上年提高); a
scope word trading with a partner (我国与东盟贸易额) is no word of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_the_rate_reached_after_a_change_in_points():
    """02-mofcom-trade-jan-oct (新华社, 商务部外贸司): 与“一带一路”沿线国家进出口增长9.4%,占比较2013年提升4.1个
    百分点至29.1% (base: an indicator % for 29.1)."""
    doc = extract_text("商务部介绍外贸情况\n从国际市场布局看,与“一带一路”沿线国家进出口增长9.4%,占比较2013年提升4.1个"
                       "百分点至29.1%。")
    got = _metrics(doc)
    assert ("与一带一路沿线国家进出口占比", 29.1, "%") in got, got
    rate = extract_text("全省经济运行\n2022年,全省城镇化率比上年提高1.2个百分点至58.3%,优良天数比例同比上升2.1个百分点"
                        "到88.5%。")
    got = _metrics(rate)
    assert ("城镇化率", 58.3, "%") in got, got
    assert ("优良天数比例", 88.5, "%") in got, got
    # a change in % before 至 is no change in points: the range stays the growth's
    span = extract_text("全市经济运行\n预计全年地区生产总值增长6%至6.5%。")
    assert not any(i == "地区生产总值" for i, _v, _u in _metrics(span)), _metrics(span)


def test_offshore_island_duty_free_names_no_place():
    """07-nbs-october-consumption (北京日报): 在海南离岛免税政策作用下,10月海南免税店零售额同比增长了两倍以上
    (base: a Place 离岛, the subject of the figure)."""
    doc = extract_text("国家统计局介绍10月国民经济运行情况\n在海南离岛免税政策作用下,10月海南免税店零售额同比增长了"
                       "两倍以上。")
    assert "离岛" not in _names(doc, "Place"), _names(doc, "Place")
    assert {doc.entities[m.subject].name for m in doc.metrics} == {"海南省"}, doc.metrics
    hk = extract_text("香港离岛区推进文旅融合\n香港特别行政区离岛区区议会召开会议。")
    assert "离岛" not in _names(hk, "Place"), _names(hk, "Place")


def test_a_beijing_paper_is_media_not_the_place_of_the_figures():
    """10-scio-spokespersons (北京青年报 on the spokesperson directory): 北京青年报记者梳理发现,国新办2019年全年举办的
    新闻发布会超过260场 (base: a Place 北京市 read out of the paper's name, the subject of 260场)."""
    doc = extract_text("248名新闻发言人集中亮相\n北京青年报记者梳理发现,国新办2019年全年举办的新闻发布会超过260场,"
                       "场次数大幅超越往年。")
    assert "北京青年报" in _names(doc, "Organization"), _names(doc, "Organization")
    assert "北京市" not in {doc.entities[m.subject].name for m in doc.metrics if m.subject}, doc.metrics
    other = extract_text("经济参考报报道\n据经济参考报报道,法制晚报记者获悉,北京市今年新增就业岗位26万个。")
    assert {"经济参考报", "法制晚报"} <= _names(other, "Organization"), _names(other, "Organization")


def test_a_count_of_cities_runs_no_measure_into_its_noun():
    """06-mee-q3-briefing (中新网, 生态环境部): 全国339个地级及以上城市PM2.5平均浓度为26.0微克/立方米,同比下降5.1%
    and 长三角地区31个城市PM2.5平均浓度为29.6微克/立方米 (base: counts of 地级及以上城市PM2.5 and 城市PM2.5, the
    concentration a bare 平均浓度)."""
    doc = extract_text("生态环境部召开例行新闻发布会\n在环境空气质量方面,全国339个地级及以上城市PM2.5平均浓度为26.0微克/立方米,"
                       "同比下降5.1%。长三角地区31个城市PM2.5平均浓度为29.6微克/立方米。")
    got = _metrics(doc)
    assert ("地级及以上城市", 339, "个") in got, got
    assert ("城市", 31, "个") in got, got
    assert ("PM2.5平均浓度", 26, "微克/立方米") in got, got
    assert ("PM2.5平均浓度", 29.6, "微克/立方米") in got, got
    # a city word inside a word stays whole (城市群 is no city counted apart from its measure)
    group = extract_text("城市群发展\n全国10个城市群GDP为50万亿元。")
    assert not any(i == "城市" for i, _v, _u in _metrics(group)), _metrics(group)


def test_a_part_of_the_period_grows_the_measure_not_its_rate_noun():
    """09-miit-h1-2020 (国新办, 工信部): 全国规模以上工业增加值同比下降1.3%,降幅比一季度收窄7.1个百分点,其中二季度
    增长4.4% (base: 规模以上工业增加值降幅增长 — a rate noun growing by a %)."""
    doc = extract_text("工信部介绍上半年工业通信业发展情况\n今年上半年,全国规模以上工业增加值同比下降1.3%,降幅比一季度收窄"
                       "7.1个百分点,其中二季度增长4.4%。")
    got = _metrics(doc)
    assert ("规模以上工业增加值增长", 4.4, "%") in got, got
    assert ("规模以上工业增加值降幅比一季度收窄", 7.1, "个百分点") in got, got
    # the rate noun's own change in points keeps it (增速比全省高)
    rate = extract_text("全市经济运行\n全市工业增加值增长5%,增速比上年提高1.2个百分点,比全省高0.3个百分点。")
    got = _metrics(rate)
    assert ("工业增加值增速比全省高", 0.3, "个百分点") in got, got


def test_a_share_s_change_after_a_growth_compared_with_a_yardstick():
    """02-mofcom-trade-jan-oct (新华社, 商务部外贸司): 中西部地区出口增长13.8%,高于整体出口8.9个百分点,占比较去年
    同期提高1.4个百分点至18.1% (base: a bare 占比较去年同期提高 and a bare %)."""
    doc = extract_text("商务部介绍外贸情况\n从国内区域布局看,中西部地区出口增长13.8%,高于整体出口8.9个百分点,占比较去年同期"
                       "提高1.4个百分点至18.1%。")
    got = _metrics(doc)
    assert ("中西部地区出口占比较去年同期提高", 1.4, "个百分点") in got, got
    assert ("中西部地区出口占比", 18.1, "%") in got, got
    # a comparison with 比 opens no yardstick verb: the same measure's share
    other = extract_text("全市外贸\n全市民营企业进出口增长10%,比全省高2个百分点,占比较上年提高1.5个百分点。")
    assert ("民营企业进出口占比较上年提高", 1.5, "个百分点") in _metrics(other), _metrics(other)


def test_the_secrecy_committee_s_office_is_an_agency_of_its_own():
    """10-scio-spokespersons (北京青年报): 新增部门是中央保密委员会办公室,…由秘书行政司副司长王舒毅担任; and the office
    named with its 司 (base: the registry's 中央保密委员会, 办公室 dropped)."""
    doc = extract_text("新闻发言人名录\n中央保密委员会办公室秘书行政司副司长王舒毅出席发布会。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "中央保密委员会办公室" in agencies and "中央保密委员会" not in agencies, agencies
    committee = extract_text("保密工作会议\n中央保密委员会召开全体会议。")
    assert "中央保密委员会" in _names(committee, "Agency"), _names(committee, "Agency")


def test_a_share_named_again_before_its_change_is_named_once():
    """Found checking the share fixes on release-shaped sentences: 民营经济增加值占全市GDP的比重为55%,比重较上年提高0.8个
    百分点 (base: …的比重比重较上年提高, the share noun twice)."""
    doc = extract_text("全市民营经济运行\n民营经济增加值占全市GDP的比重为55%,比重较上年提高0.8个百分点。")
    assert ("民营经济增加值占全市GDP的比重较上年提高", 0.8, "个百分点") in _metrics(doc), _metrics(doc)
    rate = extract_text("全市经济运行\n全市城镇化率为60%,比上年提高1个百分点。")
    assert ("城镇化率比上年提高", 1, "个百分点") in _metrics(rate), _metrics(rate)


def test_the_country_trading_with_a_partner_keeps_no_scope_word_in_the_indicator():
    """02-mofcom-trade-jan-oct (商务部外贸司), shape of national trade releases: 1至10月,我国与“一带一路”沿线国家
    进出口增长9.4% (base: the indicator 我国与一带一路沿线国家进出口增长, the scope word kept because 与 follows it)."""
    doc = extract_text("商务部介绍外贸情况\n1至10月,我国与“一带一路”沿线国家进出口增长9.4%,我国与东盟贸易额达5.2万亿元。")
    got = {i for i, _v, _u in _metrics(doc)}
    assert {"与一带一路沿线国家进出口增长", "与东盟贸易额"} <= got, got
    # a scope joined to another scope by 和 stays as it was (no trade partner after it)
    joined = extract_text("全省重点项目\n全省和全市重点项目投资完成80亿元。")
    assert any(i.startswith("全省和全市") for i, _v, _u in _metrics(joined)), _metrics(joined)
