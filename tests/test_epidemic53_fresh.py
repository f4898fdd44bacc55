"""Round 53 (epidemic53): epidemic and public-health bulletins from fresh texts of
/tmp/s26/fresh/epidemic53 — the national bulletin's reporters (31个省（自治区、直辖市）和新疆生产建设兵团
报告…) are the country's scope, no part of the indicator and no dateline city's figure; a heading's count
of the risk areas listed under it (福建省（31个）) is no fact; a numbered special report (疫情专报) is no
newspaper."""
from __future__ import annotations

from conftest import extract_text

_NHC = ("国家卫健委：23日新增确诊病例7例 均为境外输入\n"
        "新华社北京9月24日电 国家卫生健康委员会24日通报，9月23日0-24时，31个省（自治区、直辖市）和新疆生产建设兵团"
        "报告新增新冠肺炎确诊病例7例，均为境外输入病例；无新增死亡病例。\n"
        "31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者20例（均为境外输入）；"
        "尚在医学观察无症状感染者402例（均为境外输入）。")


def _figures(doc) -> dict[float, tuple[str, str | None]]:
    return {m.value: (m.indicator, doc.entities[m.subject].name if m.subject in doc.entities else m.subject)
            for m in doc.metrics}


def test_the_corps_reporting_with_the_provinces_is_no_part_of_the_indicator():
    """国家卫健委 daily bulletin (新华社 via meizhou.cn): 31个省（自治区、直辖市）和新疆生产建设兵团报告新增
    新冠肺炎确诊病例7例 counts confirmed cases (base: indicator 和新疆生产建设兵团报告新增新冠肺炎确诊病例)."""
    indicator, _subject = _figures(extract_text(_NHC))[7]
    assert not indicator.startswith("和") and "兵团" not in indicator, indicator
    assert indicator.endswith("确诊病例"), indicator


def test_the_provinces_and_the_corps_report_the_country_s_figure_not_the_dateline_city_s():
    """Same bulletin: the second paragraph's 新增无症状感染者20例 and 尚在医学观察无症状感染者402例 are
    China's (base: 北京市's, the city of the 新华社北京 dateline)."""
    figures = _figures(extract_text(_NHC))
    assert figures[20][1] == "中国", figures
    assert figures[402][1] == "中国", figures


def test_a_heading_counting_the_listed_areas_is_no_figure_of_its_place():
    """宣城市卫健委 daily report: 中风险地区（39个）：⏎福建省（31个）⏎莆田市（14个）⏎仙游县郊尾镇后沈村: the
    province's and city's lines count the areas listed under them (base: metrics 福建省 | 福建省 | 31个 and
    莆田市 | 莆田市 | 14个)."""
    doc = extract_text("9月23日宣城市报告新冠肺炎疫情情况\n截至2021年9月23日6时，我国境内\n"
                       "二、中风险地区（39个）：\n福建省（31个）\n莆田市（14个）\n仙游县郊尾镇后沈村\n仙游县赖店镇象岭村\n")
    figures = _figures(doc)
    assert 31 not in figures and 14 not in figures, figures
    assert figures.get(39, ("", ""))[0] == "中风险地区", figures


def test_a_numbered_special_report_is_no_newspaper():
    """咸宁市新冠肺炎疫情专报（2022年6月10日第836期）: the city's numbered report, no paper (base: an
    Organization 冠肺炎疫情专报)."""
    doc = extract_text("咸宁市新冠肺炎疫情专报（2022年6月10日第836期）\n来源：咸宁市新冠肺炎疫情防控指挥部 日期：2022-06-11\n"
                       "6月10日0-24时，咸宁市新增确诊病例0例，新增无症状感染者0例。")
    assert not any(e.type == "Organization" and e.name.endswith("专报") for e in doc.entities.values()), \
        [e.name for e in doc.entities.values()]


def test_a_place_s_part_in_a_bracket_after_the_whole_is_measured_as_the_whole():
    """宣城市卫健委: 累计报告新冠肺炎本地确诊病例6例(宣州区1例、郎溪县1例、宁国市2例、绩溪县2例): each county's
    part counts the same confirmed cases (base: indicator the bare unit 例)."""
    doc = extract_text("9月23日宣城市报告新冠肺炎疫情情况\n截至2021年9月22日24时，我市累计报告新冠肺炎本地确诊病例6例"
                       "(宣州区1例、郎溪县1例、宁国市2例、绩溪县2例)，已全部治愈出院。")
    parts = {(m.value, doc.entities[m.subject].name): m.indicator for m in doc.metrics if m.subject in doc.entities}
    assert parts.get((1, "郎溪县")) == "累计报告新冠肺炎本地确诊病例", parts
    assert parts.get((2, "绩溪县")) == "累计报告新冠肺炎本地确诊病例", parts
