"""Round 109 (kongqi109): air and water quality rankings from ecology-environment bureaus — Sichuan's
monthly ranking of counties (2019-11, 2020-03 and the first quarter), Langfang's county air index table,
Taizhou's river sections (国家“水十条”考核断面达标率), Wei county's and Zongyang county's monthly air
figures, Jining's city release (最佳/最差的县(市、区)), the ministry's first three quarters (国家地表水
考核断面) and Ningxia's half-year ranking (fresh texts of /tmp/s27/txt/kongqi109).  Fixes: a figure right
after the place a superlative ranks first (PM2.5浓度最佳的县(市、区)为兖州区16μg/m3; 最高的是平罗县，为41微克/
立方米) is that place's figure of the measure named before the superlative (of the last figure's measure
when none is named), the change verb after the place making it a change (为兖州区改善20%); a count of
items inside a clause naming how a ranking is reckoned (按照…六项指标综合指数评价) is no figure; a count of
divisions before the measure they are ranked by (8个市辖区环境空气质量综合指数及同比改善幅度排名) counts
the divisions."""
from __future__ import annotations

from conftest import extract_text


def _facts(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject), m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}


def test_a_figure_after_the_place_ranked_first_is_that_places():
    """07-jining-city-air: 7月份，PM2.5浓度最佳的县(市、区)为兖州区16μg/m3；最差的县(市、区)为曲阜市21μg/m3
    (base: both the city's, indicator 微克/立方米)."""
    doc = extract_text("空气质量\n2023年7月份，济宁市PM2.5浓度为15μg/m3。7月份，PM2.5浓度最佳的县(市、区)为兖州区16μg/m3；"
                       "最差的县(市、区)为曲阜市21μg/m3。")
    got = _facts(doc)
    assert ("兖州区", "PM2.5浓度", 16, "微克/立方米", "level") in got, got
    assert ("曲阜市", "PM2.5浓度", 21, "微克/立方米", "level") in got, got
    assert not any(f[1] == "微克/立方米" for f in got), got


def test_a_ranked_places_change_is_its_change():
    """07-jining-city-air: PM2.5浓度改善幅度最大的县(市、区)为兖州区改善20%；恶化幅度最大的县(市、区)为梁山县
    恶化11.1% (base: the city's levels, indicators PM2.5浓度改善幅度最大的县(市、区)为兖州区改善, 恶化幅度…)."""
    doc = extract_text("空气质量\n2023年7月份，济宁市PM2.5浓度为15μg/m3。PM2.5浓度改善幅度最大的县(市、区)为兖州区改善20%；"
                       "恶化幅度最大的县(市、区)为梁山县恶化11.1%。")
    got = _facts(doc)
    assert ("兖州区", "PM2.5浓度改善", 20, "%", "change") in got, got
    assert ("梁山县", "PM2.5浓度恶化", 11.1, "%", "change") in got, got


def test_the_highest_after_a_comma_keeps_the_measure():
    """The same ranking written with 的是 and a comma: 最低的是兴庆区，为28微克/立方米；最高的是平罗县，为41微克/
    立方米 — the second names no measure, the first's is meant (base: indicator 微克/立方米); a share by
    a class of divisions (优良天数比例最高的县区为泾源县，为95.2%; base: indicator %)."""
    doc = extract_text("空气质量\n2023年1-10月，银川市PM2.5平均浓度为32微克/立方米。PM2.5平均浓度最低的是兴庆区，为28微克/立方米；"
                       "最高的是永宁县，为41微克/立方米。优良天数比例最高的县区为贺兰县，为95.2%。")
    got = _facts(doc)
    assert ("兴庆区", "PM2.5平均浓度", 28, "微克/立方米", "level") in got, got
    assert ("永宁县", "PM2.5平均浓度", 41, "微克/立方米", "level") in got, got
    assert ("贺兰县", "优良天数比例", 95.2, "%", "share") in got, got


def test_a_ranked_thing_that_is_no_place_keeps_its_reading():
    """Guard: 增速最快的是服务业，增长8.1% — no place after 是, the rule does not fire."""
    doc = extract_text("经济\n2023年上半年，全市地区生产总值增长6.5%。增速最快的是服务业，增长8.1%。")
    got = _facts(doc)
    assert any(f[2] == 8.1 and f[4] == "change" for f in got), got
    assert not any("服务业" == f[0] for f in got), got


def test_the_items_a_ranking_is_reckoned_by_are_no_figure():
    """01/02-sichuan-county-air: 按照城市环境空气质量六项指标综合指数评价，全省环境空气质量排名前10的县(市)依次是…
    (base: 四川省 指标综合指数评价 6 项); also …六项指标综合指数同比变化情况."""
    doc = extract_text("四川省生态环境厅通报\n按照城市环境空气质量六项指标综合指数评价，2020年3月，全省环境空气质量排名前10位的"
                       "依次是德格县、稻城县。按照城市环境空气质量六项指标综合指数同比变化情况，2020年3月，变化程度排名前10位的"
                       "依次是新津县、大邑县。")
    got = _facts(doc)
    assert not any(f[3] == "项" for f in got), got


def test_items_counted_as_work_are_still_figures():
    """Guard: 全市完成12项重点工程 and 按照计划完成了8项工作 stay figures (no clause of reckoning)."""
    doc = extract_text("工作\n2023年，全市完成重点工程12项。按照年初计划，全市完成了8项民生工作。")
    got = _facts(doc)
    assert any(f[2] == 12 and f[3] == "项" for f in got), got
    assert any(f[2] == 8 and f[3] == "项" for f in got), got


def test_a_count_of_districts_before_their_ranking_measure_counts_them():
    """09-ningxia-region-air: the heading 8个市辖区环境空气质量综合指数及同比改善幅度排名 (base: indicator
    市辖区环境空气质量综合指数)."""
    doc = extract_text("宁夏通报上半年全区环境空气质量排名\n8个市辖区环境空气质量综合指数及同比改善幅度排名\n"
                       "2018年1-6月，环境空气质量由好到差排名依次是：原州区、沙坡头区、利通区。")
    got = _facts(doc)
    assert any(f[1] == "市辖区" and f[2] == 8 for f in got), got
    assert not any("综合指数" in f[1] for f in got), got


def test_a_body_of_the_divisions_is_still_counted():
    """Guard: 全县5个乡镇卫生院服务能力指数均有提升 — the health centres are counted, not the towns."""
    doc = extract_text("卫生\n2023年，全县5个乡镇卫生院服务能力指数均有提升。")
    got = _facts(doc)
    assert not any(f[1] == "乡镇" for f in got), got
