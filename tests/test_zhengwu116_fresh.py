"""Round 116 (zhengwu116): government service and administrative approval — 行政审批服务局 reports, 12345 hotline
bulletins, 政务服务中心 and township 便民服务中心 news (莲湖区 and 安康 审批局 reports, 唐山 and 苏州 12345, 龙马潭
三级政务服务, a county 政务服务办 half-year summary, 安溪县行政服务中心, 常德 一件事一次办, 天津 区县审批时限 (人民日报),
东平县新湖镇便民服务中心; fresh texts of /tmp/s27/txt/zhengwu116).  Fixes (base → now):
- a figure cut down to by 压缩至/缩减为/减至/减到 (企业开办全流程压缩至1.5个工作日, 申请材料由7.7件减至5.6件): indicator
  企业开办全流程压缩至, 减至 → 企业开办全流程, 申请材料 (the cut is no word of the noun: metric_affixes tails);
- a from-to cut of a time limit (审批时限由120个工作日压缩至60个工作日): 压缩至 120, 工作日 60 → 审批时限 both
  (压缩, 缩短, 缩减, 精简, 提速 join the change verbs, as 压减 did);
- a day count a change starts from (平均办结时限由8.3天缩减为6.6天): the 8.3 days dropped as a span the change
  is counted over and 6.6 read as 天 → both 平均办结时限 (the start level of a change is no span);
- a verb of cutting before a short noun, then a percent (压减时限76%, 减少材料50%): kind level → change
  (减少比例46.7%, a share noun, stays a share);
- the Fujian/Zhejiang service hall (安溪县行政服务中心, 县行政服务中心): no agency → the agency, its 党委办 under it;
- 推行延时服务 (extended hours): a Place 延时 → none;
- a count each unit has cut from one level to another (每个区县审批事项由344项减至236项): both dropped as a norm of
  每个 → both levels; 由…减到… (申报材料由10份减到6份): indicators 减到 and 份 → 申报材料."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> dict[tuple, tuple[str, str]]:
    return {(m.value, m.unit): (m.indicator, m.kind) for m in doc.metrics}


def test_a_time_cut_down_to_its_figure_keeps_the_noun_alone():
    """02-ankang-xzsp: 企业开办全流程压缩至1.5个工作日; base: indicator 企业开办全流程压缩至."""
    doc = extract_text("安康市优化营商环境\n2025年,安康市企业开办全流程压缩至1.5个工作日,不动产登记压缩到3个工作日。")
    got = _metrics(doc)
    assert got[(1.5, "工作日")][0] == "企业开办全流程", got
    assert got[(3, "工作日")][0] == "不动产登记", got


def test_a_count_cut_from_one_level_to_another_names_both_by_the_noun():
    """09-tianjin-spsx: 平均申请材料件数由7.7件减至5.6件; base: the later level's indicator 减至."""
    doc = extract_text("天津审批提速\n天津市平均申请材料由7.7件减至5.6件。")
    got = _metrics(doc)
    assert got[(7.7, "件")][0] == "平均申请材料" and got[(5.6, "件")][0] == "平均申请材料", got


def test_a_time_limit_compressed_from_one_figure_to_another():
    """A time limit 由…压缩至… (a common approval-reform sentence); base: 压缩至 120 and 工作日 60."""
    doc = extract_text("审批改革\n2023年,西安市工程建设项目审批时限由120个工作日压缩至60个工作日。")
    got = _metrics(doc)
    assert got[(120, "工作日")][0] == "工程建设项目审批时限", got
    assert got[(60, "工作日")][0] == "工程建设项目审批时限", got


def test_a_day_count_a_change_starts_from_is_a_level():
    """09-tianjin-spsx: 平均办结时限由8.3天缩减为6.6天; base: 8.3 days dropped, 6.6 days read as 天."""
    doc = extract_text("天津审批提速\n天津市向社会承诺的平均办结时限由8.3天缩减为6.6天。")
    got = _metrics(doc)
    assert (8.3, "天") in got and got[(8.3, "天")][0].endswith("平均办结时限"), got
    assert got[(6.6, "天")][0].endswith("平均办结时限"), got


def test_a_span_a_change_is_counted_over_stays_no_figure():
    """Guard: 两年平均增长5.9% — the two years are still the span of the change, no figure of 2 年."""
    doc = extract_text("经济运行\n全市地区生产总值两年平均增长5.9%。")
    got = _metrics(doc)
    assert (2, "年") not in got and (5.9, "%") in got, got


def test_a_verb_first_cut_in_percent_is_a_change():
    """08-changde-yjs: 65个基层事项…压减时限76%,压减材料31%; base: kind level."""
    doc = extract_text("一件事一次办\n2020年,常德市65个基层事项细分为412个办理情形,压减时限76%,压减材料31%。")
    got = _metrics(doc)
    assert got[(76, "%")] == ("压减时限", "change"), got
    assert got[(31, "%")] == ("压减材料", "change"), got


def test_a_verb_before_a_share_noun_stays_a_share():
    """Guard, 09-tianjin-spsx: 全区减少比例46.7% — 比例 is itself the share (base and now: share)."""
    doc = extract_text("天津审批提速\n滨海新区政府行政审批事项124项,全区减少比例46.7%。")
    assert _metrics(doc)[(46.7, "%")][1] == "share"


def test_a_county_administrative_service_centre_is_an_agency():
    """07-anxi-xzfwzx: 安溪县行政服务中心 (title), then 县行政服务中心; base: no agency at all."""
    doc = extract_text("安溪县行政服务中心:城乡统筹推动政务服务全覆盖\n"
                       "近年来,县行政服务中心致力打造“倾情服务,马上就办”的政务服务亮丽名片。")
    assert "安溪县行政服务中心" in _agencies(doc), _agencies(doc)


def test_extended_hours_are_no_place():
    """10-xinhu-bmfwzx: 在帮代办窗口常态化推行延时服务; base: a Place 延时."""
    doc = extract_text("便民服务\n新湖镇便民服务中心在帮代办窗口常态化推行延时服务。")
    assert "延时" not in _places(doc), _places(doc)


def test_a_per_unit_count_cut_from_one_level_to_another_is_measured():
    """09-tianjin-spsx: 每个区县审批事项由344项减至236项; base: both dropped as a norm each unit must have."""
    doc = extract_text("天津审批提速\n天津市每个区县审批事项由344项减至236项。")
    got = _metrics(doc)
    assert (344, "项") in got and (236, "项") in got, got


def test_a_per_unit_norm_stays_no_figure():
    """Guard: 每个村由2名干部负责, 每个乡镇配备1名专干 — what each unit must have, no figure (由 without a cut)."""
    doc = extract_text("工作安排\n每个村由2名干部负责,每个乡镇配备1名专干。")
    assert not doc.metrics, _metrics(doc)


def test_a_count_cut_by_short_verb_to_a_later_level():
    """09-tianjin-spsx: 由…344项减到236项; base: indicators 减到 and 项 (减到, 减为 join 减至; 减为 was read already, 为 a copula)."""
    doc = extract_text("审批改革\n西安市申报材料由10份减到6份。")
    got = _metrics(doc)
    assert got[(10, "份")][0] == "申报材料" and got[(6, "份")][0] == "申报材料", got
