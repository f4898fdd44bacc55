"""Round 78 (holiday78): culture and tourism bureaus' holiday figures of counties, cities and provinces
(/tmp/s26/fresh/holiday78: 青川县 and 旺苍县 of 广元, 内江市 (四川), 荥阳市 (河南), 辽宁省, 秦安县 (甘肃), 安庆市 (安徽),
巫山县 (重庆)).  Fixes: the length of a holiday's days off written right after it (“五一”节三天, 中秋假期前两天,
春节假期7天) is the stretch the next clause's figures were counted over, no figure 天; places listed as examples
with 等 before the noun of what they exemplify (千户曹湾村、刘坪秦洼村等乡村旅游点) are no subject of a later
figure; the next item of a semicolon list of sites (…；战国木牍生态文化园共接待游客11067人次) does not take the
place of the item before it (青溪 of 青溪古城); a share after 恢复至2019年同期的 (天津市, 上海市: 接待游客总数…,同比增长了4.6%,
恢复至2019年同期的95%) is the level's share of 2019's, linked to that level, no bare level 恢复; a township whose name opens with a numeral
(四棵树乡), written again without its 乡 (以“大美四棵树”为主题), counts no four trees."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> list[tuple]:
    return [(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.indicator, m.value, m.unit)
            for m in doc.metrics]


def test_the_length_of_a_holiday_s_days_off_is_no_figure():
    """青川县: 据统计,“五一”节三天,我县共接待游客20.25万人次; 辽宁: 中秋假期前两天,全省共接待游客948.5万人次
    (base: a figure 天 3天, 天 2天 beside the tourists)."""
    for text in ("青川县五一旅游\n据统计,“五一”节三天,我县共接待游客20.25万人次。",
                 "辽宁省旅游\n中秋假期前两天,全省共接待游客948.5万人次。",
                 "某市旅游\n春节假期7天,全市共接待游客50.5万人次。"):
        figs = _figures(extract_text(text))
        assert [f for f in figs if f[3] == "天"] == [], figs
        assert any(f[1] == "接待游客" for f in figs), figs
    # a span after a noun of its own is still a figure
    kept = _figures(extract_text("某县审批改革\n今年以来,项目审批时间压缩至3天。"))
    assert any(f[3] == "天" and f[2] == 3 for f in kept), kept


def test_places_given_as_examples_with_deng_are_no_subject_of_a_later_figure():
    """秦安县 (天水, 甘肃): 以千户曹湾村、刘坪秦洼村等各具特色的乡村旅游点游客众多,…当日乡村旅游共接待游客17865人:
    the county's (base: 秦洼村's)."""
    doc = extract_text("秦安县端午节文旅市场安全平稳\n以千户曹湾村、刘坪秦洼村等各具特色的乡村旅游点游客众多,"
                       "乡村旅游成为端午假期旅游重头戏,当日乡村旅游共接待游客17865人。")
    figs = _figures(doc)
    assert ("秦安县", "接待游客", 17865, "人") in figs, figs
    # a place opening the clause as its subject keeps its figure
    own = _figures(extract_text("秦安县旅游\n当日,刘坪镇秦洼村接待游客1786人。"))
    assert any(f[0] == "秦洼村" for f in own), own


def test_the_next_site_of_a_semicolon_list_takes_no_place_of_the_site_before():
    """青川县 (广元, 四川): 其中,…青溪古城共接待游客50636人次;战国木牍生态文化园共接待游客11067人次,宾馆入住率达85%:
    the county's (base: 青溪's, the town the old town before is named after)."""
    doc = extract_text("青川县五一旅游\n五一期间,全县共接待游客20万人次。其中,青溪古城共接待游客50636人次;"
                       "战国木牍生态文化园共接待游客11067人次,宾馆入住率达85%。")
    figs = _figures(doc)
    assert ("青川县", "宾馆入住率", 85, "%") in figs, figs
    assert not any(f[0] == "青溪" and f[2] == 11067 for f in figs), figs
    # a clause after the semicolon with an indicator of its own still continues the place
    cont = _figures(extract_text("北京市环境\n北京市优良天数比例为77.9%,同比上升9.4个百分点;PM2.5浓度为31微克/立方米。"))
    assert any(f[0] == "北京市" and f[2] == 31 for f in cont), cont


def test_the_share_recovered_to_a_year_is_the_level_s_share_of_that_year():
    """天津市 (春节假期): 天津市接待游客总数达到了195.5万人次 , 同比增长了4.6% , 恢复至2019年同期的95%: the visitors'
    share of 2019's, a share whose base is the level (base: indicator 恢复, a level)."""
    doc = extract_text("多地晒出旅游成绩单\n2023年春节假期期间 , 天津市接待游客总数达到了195.5万人次 , 同比增长了4.6% , "
                       "恢复至2019年同期的95% 。")
    by_id = {m.id: m for m in doc.metrics}
    share = next(m for m in doc.metrics if m.value == 95)
    assert share.indicator == "接待游客总数恢复至2019年同期", share.indicator
    assert share.kind == "share", share.kind
    assert by_id[share.base].value == 1955000, by_id.get(share.base)
    kept = extract_text("某市港口\n1-10月,全市港口货物吞吐量1.2亿吨,已恢复至2019年水平的102%。")
    assert any(m.indicator == "港口货物吞吐量恢复至2019年水平" for m in kept.metrics), [m.indicator for m in kept.metrics]
    # after a rate, not a level, the share is no recovery of that rate
    rate = extract_text("某市经济\n全市工业增速4.5%,恢复至2019年同期的80%。")
    assert not any(m.indicator.startswith("工业增速恢复") for m in rate.metrics), [m.indicator for m in rate.metrics]


def test_a_numeral_place_s_short_name_counts_nothing():
    """鲁山县 (平顶山, 河南): 开幕式在四棵树乡平沟村举行 … 以“大美四棵树、飞歌杜鹃花海”为主题: the township's short
    name (base: a figure 以大美 4 棵)."""
    doc = extract_text("首届鲁山杜鹃花节开幕式举行\n4月18日,首届鲁山杜鹃花节开幕式在四棵树乡平沟村举行。"
                       "活动以“大美四棵树、飞歌杜鹃花海”为主题。")
    assert [f for f in _figures(doc) if f[3] == "棵"] == [], _figures(doc)
    # the same numeral counting something else is still a figure
    kept = _figures(extract_text("四棵树乡植树\n今年,四棵树乡新栽五棵树,三个村参加。"))
    assert any(f[2] == 3 for f in kept), kept
