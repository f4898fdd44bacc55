"""Round 45 (stats45): statistical releases of cities and counties and 民政 bulletins, from fresh
texts of /tmp/s26/fresh/stats45: marriage and divorce registrations counted in couples (对), and
the one-character division words of a 乡级行政区划单位 list (镇179个，乡21个) naming their counts."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[str, float], str]:
    return {(m.indicator, m.value): m.unit for m in doc.metrics}


def test_marriage_registrations_are_counted_in_couples():
    """遵义市民政局 2024 statistics (结婚登记19215对, 离婚登记4621对): figures in 对
    (base: no metric for either, 对 was no unit)."""
    doc = extract_text("遵义市民政局民政统计数据\n"
                       "2024年上半年,全市结婚登记19215对,离婚登记4621对。社会团体1336个。")
    got = _metrics(doc)
    assert got.get(("结婚登记", 19215)) == "对", got
    assert got.get(("离婚登记", 4621)) == "对", got


def test_dui_as_a_preposition_or_in_a_word_is_no_unit():
    """对 opening a word after a number (一对一, 2023年对…, 3对口) is no count of couples."""
    doc = extract_text("某县开展帮扶\n2023年,全县开展一对一帮扶,结成帮扶对子320对,对全县企业开展检查。")
    got = _metrics(doc)
    assert got.get(("结成帮扶对子", 320)) == "对", got
    assert all(u != "对" or v == 320 for (_, v), u in got.items()), got


def test_one_character_divisions_name_their_counts():
    """遵义市 民政 statistics: 乡级行政区划单位中,镇179个,乡21个,街道54个: 镇 and 乡 name their
    counts (base: both figures named 个, only 街道 right); 全县12个 names no count of counties."""
    doc = extract_text("遵义市民政局民政统计数据\n"
                       "2024年,全市乡级行政区划单位中,镇179个,乡21个,街道54个。全市共有镇33个。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert {("镇", 179), ("乡", 21), ("街道", 54), ("镇", 33)} <= got, got
    whole = extract_text("某县召开会议\n2024年,全县12个乡镇全部完成任务。")
    assert all(m.indicator != "县" for m in whole.metrics)  # 全县12个: no clause mark before 县



def test_a_bare_figure_of_visits_takes_the_unit_its_name_ends_with():
    """National 卫生健康 bulletin 2022 (全国医疗卫生机构总诊疗人次84.2亿): 84.2亿 人次
    (base: the figure had no unit)."""
    doc = extract_text("2022年我国卫生健康事业发展统计公报\n"
                       "2022年,全国医疗卫生机构总诊疗人次84.2亿,与上年基本持平。")
    got = {m.value: m.unit for m in doc.metrics}
    assert got.get(8420000000) == "人次", got
