"""Round 92 (qixiang92): 气象 news, second pass — 气候公报/月气候评价, 天气预警 and 气象服务 from fresh texts
of /tmp/s26/fresh/qixiang92 (中国气象局 press releases, 云南省气象局's 2023 bulletin, 启东市 and a county's
气候评价, 天门市气象局, 厦门市气象台).  What the tests pin down: a list of regions closed by 等地 and
followed by the measure itself (等地平均气温较常年同期偏高, 等地偏多2倍以上) keeps 地 — the list's kind —
out of the indicator, while a word 地 opens (等地下水, 等地区生产总值) is still read whole."""
from __future__ import annotations

from conftest import extract_text


def _indicators(doc) -> list[str]:
    return [m.indicator for m in doc.metrics]


def test_the_places_kind_after_etc_is_no_part_of_the_measure():
    """05-cma-1yue-qihou: 华南及山西大部、内蒙古西南部等地平均气温较常年同期偏高1℃以上 and
    …新疆北部、内蒙古中东部等地平均降水量较常年同期偏多5成以上 (base: indicators 地平均气温较常年同期偏高,
    地平均降水量较常年同期偏多)."""
    doc = extract_text("中国气象局：1月以来气温偏高\n1月以来，全国平均气温为零下4.3℃。江南、华南及山西大部、"
                       "内蒙古西南部等地平均气温较常年同期偏高1℃以上。华南大部及浙江、江西、湖南南部等地平均降水量"
                       "较常年同期偏多5成以上。")
    inds = _indicators(doc)
    assert any(i.startswith("平均气温") for i in inds), inds
    assert any(i.startswith("平均降水量") for i in inds), inds
    assert not any(i.startswith("地") for i in inds), inds


def test_a_change_right_after_etc_places_has_no_di():
    """05-cma-1yue-qihou / 08-guojia-qihou-qiuji: 其中新疆北部等地偏多2倍以上, 西北地区南部等地偏高2至4摄氏度
    (base: indicators 地偏多, 地偏高今秋全国大部地区气温)."""
    doc = extract_text("秋季气候\n今秋全国大部地区气温偏高1至2摄氏度，其中华中中部、西北地区南部等地偏高2至4摄氏度。")
    inds = _indicators(doc)
    assert inds and not any(i.startswith("地") for i in inds), inds


def test_a_word_that_di_opens_after_etc_is_kept():
    """The negative side: after 等 a word 地 opens is read whole (等地区生产总值 is no list of places whose
    figure is 区生产总值), so 地区生产总值 stays the indicator."""
    doc = extract_text("经济运行\n全市工业、服务业等地区生产总值增长5.2%。")
    inds = _indicators(doc)
    assert not any(i.startswith("区生产") for i in inds), inds
