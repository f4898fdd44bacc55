"""Round 69 (livelihood69): 民生实事 lists and their progress reports, from fresh texts of
/tmp/s26/fresh/livelihood69 (萧县 9月份民生工程进展, 重庆 2015年25件重点民生实事上半年进展, 会昌县, 大连,
万州区, 巴中市, 金凤区, 高港, 大荔县).  Fixes: a span of years written after a work's target
(2606个撤并村通公路(2013—2017年)) no longer the running year of the 上半年 figures after it; a road named
after a region (建设东北路…人行过街天桥) no place 东北, and 人行 before a footway's word no central bank;
a bare percentage in a bracket right after a count (已完成8个(53%)) that count's completion rate or
share, no indicator “%”; the adverb 正 before an inner cut word (项目正全面推进) no part of the noun; an
amount only said done (上半年已完成610公里) the measure of the target before it; 比年度计划高 a change of the level."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_span_of_years_after_a_target_is_no_running_year():
    """02-chongqing-2015-h1: 2015年25件重点民生实事… 2606个撤并村通公路(2013—2017年)。上半年已完成建设4022公里
    (base: 2017-01/2017-06, the span's last year; the report's year is 2015)."""
    doc = extract_text("重庆民生实事进展\n2015年25件重点民生实事计划总投资277亿元。主要进度如下:\n"
                       "2606个撤并村通公路(2013—2017年)。上半年已完成建设4022公里,新解决1075个撤并村通公路。")
    got = {(m.value, m.period) for m in doc.metrics}
    assert (4022, "2015-01/2015-06") in got and (1075, "2015-01/2015-06") in got, got
    # a single year stated before (2016年…) stays the year of the 上半年 after it
    doc = extract_text("某市民生实事进展\n2015年全市实施民生实事10件。2016年全市计划新建学校5所。上半年已完成建设学校3所。")
    got = {(m.value, m.period) for m in doc.metrics}
    assert (3, "2016-01/2016-06") in got, got


def test_a_road_named_after_a_region_is_no_place():
    """05-dalian-2021-h1: “建设东北路(香炉礁车站)人行过街天桥项目”计划完成工程量5% (base: a Place 东北 and an
    Agency 中国人民银行 read from 人行); 东北地区 and 东北路网 keep the region."""
    doc = extract_text("大连民生工程推进\n大连市“建设东北路(香炉礁车站)人行过街天桥项目”计划完成工程量5%,华北大街改造完工。")
    assert not ({"东北", "华北"} & _names(doc, "Place")), _names(doc, "Place")
    assert "中国人民银行" not in _names(doc, "Agency"), _names(doc, "Agency")
    kept = extract_text("东北振兴\n东北地区路网不断完善,东北路网密度提高。")
    assert "东北" in _names(kept, "Place"), _names(kept, "Place")


def test_footway_words_are_no_central_bank():
    """人行天桥, 人行道, 人行横道 in town news (base: 中国人民银行); 人行 as the bank's short name stays."""
    doc = extract_text("城区道路改造\n县城新建人行天桥2座,修复人行道3公里,新建人行横道20处。")
    assert "中国人民银行" not in _names(doc, "Agency"), _names(doc, "Agency")
    bank = extract_text("金融数据发布\n人行发布最新金融数据。")
    assert "中国人民银行" in _names(bank, "Agency"), _names(bank, "Agency")


def test_a_bare_bracketed_percentage_is_the_count_s_rate():
    """01-xiaoxian-sept: 15个农村幸福院建设已完成8个(53%),126条农村黑臭水体治理已完成120条(95%) (base: the
    indicator “%”); a count with no verb of work done gets its share (城镇人口30万人(45%): 城镇人口占比)."""
    doc = extract_text("萧县民生工程进展\n剩余8项中,15个农村幸福院建设已完成8个(53%),126条农村黑臭水体治理已完成120条(95%)。"
                       "全县城镇人口30万人(45%)。")
    got = _metrics(doc)
    assert ("农村幸福院建设完成率", 53, "%") in got, got
    assert ("农村黑臭水体治理完成率", 95, "%") in got, got
    assert ("城镇人口占比", 45, "%") in got, got
    assert not any(i == "%" for i, _v, _u in got), got
    # 比上年增加2万人(3.5%): a change before the bracket, no share of a count
    doc = extract_text("某县人口\n全县常住人口比上年增加2万人(3.5%)。")
    assert not any(i.endswith(("占比", "完成率")) for i, _v, _u in _metrics(doc)), _metrics(doc)


def test_the_adverb_zheng_is_no_part_of_the_counted_noun():
    """09-gaogang-oct: 截至10月底,10个民生实事票决项目正全面推进 (base: the indicator 民生实事票决项目正)."""
    doc = extract_text("高港民生实事\n截至10月底,10个民生实事票决项目正全面推进。12个重点项目正加快建设。")
    got = {m.indicator for m in doc.metrics}
    assert {"民生实事票决项目", "重点项目"} <= got, got


def test_a_done_amount_after_its_target_takes_the_target_s_measure():
    """02-chongqing-2015-h1: 3000公里农村公路危险路段安装安全保障设施(2015—2017年)。上半年已完成610公里 (base: the
    indicator 公里, the bare unit); 计划新建学校5所。目前已建成3所 drops the plan's word; an amount in another
    unit (新增绿地300亩。已完成120万元) is left alone."""
    doc = extract_text("重庆民生实事进展\n3000公里农村公路危险路段安装安全保障设施(2015—2017年)。上半年已完成610公里。\n"
                       "全年计划新建学校5所。目前已建成3所。\n新增绿地300亩。已完成120万元。")
    got = _metrics(doc)
    assert ("农村公路危险路段安装安全保障设施", 610, "公里") in got, got
    assert ("新建学校", 3, "所") in got, got
    assert not any(i == "绿地" and u == "元" for i, _v, u in got), got


def test_above_its_yardstick_is_a_change_of_the_level_before():
    """06-wanzhou-2024: 城乡排水防洪设施建设完成投资5.04亿元,比年度计划高20.3个百分点 (base: a change named
    比年度计划高 alone, of no measure); 比计划低 likewise."""
    doc = extract_text("万州区民生实事\n城乡排水防洪设施建设完成投资5.04亿元,比年度计划高20.3个百分点。\n完成投资5亿元,比计划低10%。")
    got = {m.indicator for m in doc.metrics}
    assert "城乡排水防洪设施建设完成投资比年度计划高" in got, got
    assert not ({"比年度计划高", "比计划低"} & got), got
