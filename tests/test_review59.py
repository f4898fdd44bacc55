"""Review of round 59 on merging: what the per-document diffs of the earlier folders showed."""
from __future__ import annotations

from conftest import extract_text


def test_a_percent_encoded_address_holds_no_figures():
    """grain49's source list (a baogaosu.com address, /xinwen/%E6%9C%9D%E6%99%96%E8%B0%83%E7%A0%94…): its percent
    codes were read as 99%, 96%, 94%… with indicators such as E7%A0% (base five of them; the merged tree one more)."""
    doc = extract_text("- 11-feixi-qiuliang.txt — https://hefei.baogaosu.com/xinwen/%E6%9C%9D%E6%99%96%E8%B0%83"
                       "%E7%A0%94%E7%A7%8B%E7%B2%AE%E6%94%B6%E8%B4%AD/42066453 (安徽 肥西县, county)")
    assert doc.metrics == [], [(m.indicator, m.value) for m in doc.metrics]
    # a figure after a code name (PM2.5) or a plain percentage is still one
    doc = extract_text("PM2.5平均浓度为35微克/立方米,优良率90%。")
    assert sorted(m.value for m in doc.metrics) == [35, 90]


def test_a_mark_passed_after_a_figure_in_another_unit_is_no_level_of_it():
    """park59's 三江源 text: 在平均海拔4700米以上、超过12万平方公里的三江源地区 (mine59's rule for 增长6%左右、突破2.6万亿元
    named the area 平均海拔): only a rate of change or a figure in the same unit is reached by the mark passed."""
    doc = extract_text("在平均海拔4700米以上、超过12万平方公里的三江源地区开展这项全新的体制试点。")
    assert [m.indicator for m in doc.metrics if m.unit == "平方公里"] != ["平均海拔"]
    doc = extract_text("过去一年,预计地区生产总值增长6%左右、突破2.6万亿元。")
    assert sorted(m.indicator for m in doc.metrics) == ["地区生产总值", "地区生产总值增长"]


def test_rates_run_together_are_no_web_address():
    """mine57's messy national release: 吃、穿和用类商品分别增长29.3%19.2%32.5% (the first web-address rule read %19 and
    %32 as percent codes and lost 32.5%)."""
    doc = extract_text("在实物商品网上零售额中,吃、穿和用类商品分别增长29.3%19.2%32.5%;")
    assert sorted(m.value for m in doc.metrics) == [19.2, 29.3, 32.5]
