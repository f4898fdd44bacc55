"""Round 61 (childcare61): 托育 and 妇幼保健 news from fresh texts of /tmp/s26/fresh/childcare61
(Xinhua on 长沙's 托育服务宣传月, 北京市卫生健康委's 妇幼 figures, 新华社海口电 on 妇幼保健机构, 央视 on the
世界人口日): no place read from an income band (中高收入国家); a base framed by 和…相比 is no part of
the indicator nor the figures' time; a rate's denominator (16.9/10万) is no figure of a 分别 list; a
headline's end closes 一成多 as a full stop does."""
from __future__ import annotations

from conftest import extract_text

from kg.model import Doc  # noqa: F401  (the Doc type of extract_text's result)


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_an_income_band_is_no_place():
    """央视, 世界人口日: 国家卫健委表示,我国妇幼健康水平居于中高收入国家前列 — 中高 is an income band
    (base: a Place 中高, read by jieba's ns tag alone)."""
    doc = extract_text("我国妇幼健康水平居中高收入国家前列\n"
                       "今天(11日)是第32个世界人口日,国家卫健委表示,我国妇幼健康水平居于中高收入国家前列。")
    assert "中高" not in _places(doc), _places(doc)


def _metrics(doc) -> set[tuple[str, float, str | None]]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.indicator, m.value, m.period) for m in ms}


def test_a_base_framed_by_he_xiangbi_is_no_name_and_no_time():
    """新华社海口电: 2023年全国婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率和2012年相比分别下降了56.3%、53%和
    38.4% (base: 婴儿死亡率和相比下降 … of 2012; 与2012年相比 was read right)."""
    doc = extract_text("我国妇幼保健机构超3000家\n"
                       "目前我国妇幼健康核心指标水平位居全球前列,2023年全国婴儿死亡率、5岁以下儿童死亡率、"
                       "孕产妇死亡率和2012年相比分别下降了56.3%、53%和38.4%。")
    got = _metrics(doc)
    assert {("婴儿死亡率下降", 56.3, "2023"), ("5岁以下儿童死亡率下降", 53, "2023"),
            ("孕产妇死亡率下降", 38.4, "2023")} <= got, got


def test_a_rate_s_denominator_is_no_figure_of_the_list():
    """央视, 世界人口日: 到2020年,我国孕产妇死亡率、婴儿死亡率已分别降至16.9/10万、5.4‰ (base: 16.9/10万
    read as 婴儿死亡率 and 5.4‰ with the indicator ‰, the 10 of /10万 counted as a third figure)."""
    doc = extract_text("我国妇幼健康水平居前列\n"
                       "到2020年,我国孕产妇死亡率、婴儿死亡率已分别降至16.9/10万、5.4‰。")
    got = _metrics(doc)
    assert {("孕产妇死亡率", 16.9, "2020"), ("婴儿死亡率", 5.4, "2020")} <= got, got


def test_a_tenths_figure_ending_a_headline_keeps_its_more():
    """石家庄 news, headline 石家庄新生儿出生缺陷率下降一成多: 一成多 is the change of the rate (base: a share
    of 10% with the indicator 多, the line's end not closing 一成多 as a full stop does)."""
    doc = extract_text("石家庄新生儿出生缺陷率下降一成多\n"
                       "记者从市妇儿工委办公室获悉,我市新生儿出生缺陷防治工程实施以来取得显著成效。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    got = {(m.indicator, m.value, m.kind) for m in ms}
    assert ("新生儿出生缺陷率下降", 10, "change") in got and not any(i == "多" for i, _v, _k in got), got
