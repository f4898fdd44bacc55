"""Round 82 (nongye82): 农业农村 monitoring and seasonal farm work from fresh texts of
/tmp/s26/fresh/nongye82 (春耕备耕 and 农资 stocks of 东胜区, 辰溪县 and 裕民县; 秋收 of 平定县; 机插秧 of 前郭县;
autumn immunisation of 兰州市 and 田园镇; 农机购置补贴 of 合水县; 农产品质量安全 sampling of 赣州 and of 农业农村部):
the last part of a 其中 list whose sibling was written after a list of crops (谷子和豆类等小杂粮) keeps the whole's
measure, as does a part after a crop whose measure opens with a verb (种植面积); the centre's share of a
subsidy (中央补贴资金) keeps 中央 as 中央补助 does; a bare pass rate after the count of a kind sampled is that
kind's rate (猪肉产品合格率), and two kinds' rates of one value stay two facts; a stock held now (现有) after a
sentence dating one past event inside it is the publication's, not that year's; a harvest progress in % is a
share, and right after a crop's area its crop's (大豆收获进度)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_part_after_a_listed_class_keeps_the_whole_s_measure():
    """08-pingding-qiushou (山西平定县): 粮食作物播种面积33.1万亩,其中玉米28万亩,谷子和豆类等小杂粮3.6万亩,薯类1.5万亩
    (base: 薯类 alone, the sibling's class 小杂粮 not found in the words written 谷子和豆类等小杂粮)."""
    doc = extract_text("平定县秋收大面积展开\n据统计,平定县今年粮食作物播种面积33.1万亩,其中玉米28万亩,"
                       "谷子和豆类等小杂粮3.6万亩,薯类1.5万亩。")
    got = _metrics(doc)
    assert ("薯类粮食作物播种面积", 15000, "亩") in got, got
    assert ("小杂粮粮食作物播种面积", 36000, "亩") in got, got


def test_a_crop_after_a_crop_shares_its_area():
    """tea61's 武功县果业种植面积达到12.2万亩,其中:猕猴桃9.1万亩,苹果2.6万亩 (base: 苹果 alone, the measure 种植面积
    opening with a verb read as a verb's object); negative: 出口农产品…其中茶叶1.2万吨,水果3.5万吨 names 水果 alone."""
    doc = extract_text("武功县果业\n截至目前,武功县果业种植面积达到12.2万亩,其中:猕猴桃9.1万亩,苹果2.6万亩。")
    assert ("苹果种植面积", 26000, "亩") in _metrics(doc), _metrics(doc)
    trade = extract_text("今年以来，全省出口农产品8.2万吨，其中茶叶1.2万吨，水果3.5万吨。")
    assert ("水果", 35000, "吨") in _metrics(trade), _metrics(trade)


def test_the_centre_s_share_of_a_subsidy_keeps_its_source():
    """05-heshui-njbt (甘肃合水县): 共完成农机购置补贴资金84.807万元,其中:中央补贴资金69.807万元,省级补贴资金15万元
    (base: 补贴资金, 中央 cut off as a scope word, beside 省级补贴资金)."""
    doc = extract_text("合水县农机购置补贴\n截至目前,全县共完成农机购置补贴资金84.807万元,其中:中央补贴资金69.807万元,"
                       "省级补贴资金15万元。")
    got = _metrics(doc)
    assert ("中央补贴资金", 698070, "元") in got, got
    assert ("省级补贴资金", 150000, "元") in got, got


def test_a_bare_pass_rate_is_the_rate_of_the_kind_sampled():
    """07-ganzhou-choujian (赣州 农产品质量安全监督抽查 公示): 抽查猪肉产品18批次,合格率为100%;抽查禽肉禽蛋产品46批次,
    合格率为100%;抽查淡水产品15批次,合格率为100% (base: one 合格率 100%, the three kinds merged into
    it); negative: 共抽检1200批次,合格率98% names no kind, the rate stays bare."""
    doc = extract_text("农产品质量安全监督抽查结果公示\n全年共监督抽查农产品样品200批次,检测出不合格样品3批次,合格率为98.5%。"
                       "其中:抽查猪肉产品18批次,合格率为100%;抽查禽肉禽蛋产品46批次,合格率为100%;"
                       "抽查淡水产品15批次,合格率为100%。")
    got = _metrics(doc)
    assert ("农产品合格率", 98.5, "%") in got, got
    for kind in ("猪肉产品", "禽肉禽蛋产品", "淡水产品"):
        assert (kind + "合格率", 100, "%") in got, got
    bare = extract_text("某县食品抽检\n今年,全县共抽检1200批次,合格率98%。")  # negative: the count names no kind
    assert ("合格率", 98, "%") in _metrics(bare), _metrics(bare)


def test_a_stock_held_now_is_not_dated_by_an_earlier_event():
    """06-qianguo-chayang (前郭县农机局, 2015-05-21): …,2014年前郭县已率先在全省实现水稻插秧机械化,机插率在98%以上。
    前郭县现有水田面积110万亩 (base: 现有水田面积 of 2014); negative: 2014年,全县新建… opening its sentence frames
    the 现有 after it (a communiqué's year), kept 2014."""
    doc = extract_text("前郭县水稻机插秧接近尾声\n日期: 2015-05-21\n近年来,前郭县鼓励农民购机用机,2014年前郭县已率先在全省"
                       "实现水稻插秧机械化,机插率在98%以上。前郭县现有水田面积110万亩,计划机插秧107万亩。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("现有水田面积") == "2015-05", periods
    assert periods.get("机插率") == "2014", periods
    frame = extract_text("某县2014年统计公报\n日期: 2015-03-21\n2014年,全县新建高标准农田5万亩。全县现有高标准农田30万亩。")
    periods = {m.indicator: m.period for m in frame.metrics}
    assert periods.get("现有高标准农田") == "2014", periods


def test_a_crop_s_harvest_progress_is_its_share_done():
    """辽宁省农业农村厅 秋收 (东北新闻网, 2024-10-15, read beside the fresh texts): 大豆收获面积达到102.7万亩,收获进度
    达到53.1%;水稻收获面积达到66.5万亩,收获进度达到8.9% (base: two bare 收获进度, levels); negative: a progress
    after 完成投资 (a verb, no crop) keeps its name."""
    doc = extract_text("辽宁秋收进度已超六成\n日期: 2024-10-15\n截至10月11日,大豆收获面积达到102.7万亩,收获进度达到53.1%;"
                       "水稻收获面积达到66.5万亩,收获进度达到8.9%。")
    got = {(m.indicator, m.value): m.kind for m in doc.metrics}
    assert got.get(("大豆收获进度", 53.1)) == "share", got
    assert got.get(("水稻收获进度", 8.9)) == "share", got
    plan = extract_text("某县重点项目\n1-6月,全县重点项目完成投资50亿元,投资进度65%。")
    assert "完成投资进度" not in {m.indicator for m in plan.metrics}, [m.indicator for m in plan.metrics]
