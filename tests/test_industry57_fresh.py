"""Round 57 (industry57): industry and information-technology news from fresh texts of
/tmp/s26/fresh/industry57 (工信局 meetings, 专精特新 counts, 技改 lists, 签约 projects, a province's
工业和信息化工作会议): no county-level city read from a slogan (产业兴城), no level read from the
size bound of a class counted after 的 (投资过5亿元的项目51个), no verb of following-up in a listed
project's name (跟进…等14个重点装备项目), and a share head (营收占比) shared by a 分别 list."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> list[tuple[str, float, str]]:
    return [(m.indicator, float(m.value), m.unit) for m in doc.metrics]


def test_a_slogan_ending_in_xingcheng_names_no_city():
    """06-fuyang-zjtx (我市新增18家省专精特新中小企业): 我市坚持工业强市、产业兴城不动摇 — 产业兴城
    (industry makes the city thrive) is a slogan (base: 葫芦岛's 兴城市, the story placed in 葫芦岛市
    and 省经信厅 read as Liaoning's)."""
    doc = extract_text("我市新增18家省专精特新中小企业\n"
                       "去年以来,我市坚持工业强市、产业兴城不动摇,紧扣“专精特新”发展方向,持续开展“专精特新”培育行动。")
    assert "兴城市" not in _places(doc) and "葫芦岛市" not in _places(doc), _places(doc)
    full = extract_text("兴城市召开会议\n兴城市人民政府召开常务会议,研究部署工业经济工作。")
    assert _places(full).get("兴城市") == "211481"  # (the city written in full stays)


def test_an_amount_exceeded_by_a_class_counted_after_de_is_no_level():
    """10-dezhou-jigai-list (德州市公布2022年度市级工业重点技改项目名单): 其中,投资过5亿元的项目51个 —
    5亿元 bounds the class of projects counted (base: a level 投资过 5亿元 and a bare 项目 51个)."""
    doc = extract_text("德州市公布2022年度市级工业重点技改项目名单\n"
                       "本年度市级工业重点技改项目110个,总投资717.93亿元,年度计划投资213.76亿元。"
                       "其中,投资过5亿元的项目51个,总投资额593.71亿元,占比82.7%。")
    got = _metrics(doc)
    assert not any(v == 500000000 for _i, v, _u in got), got
    assert ("投资过5亿元的项目", 51.0, "个") in got, got


def test_a_verb_of_following_up_opens_no_listed_project_name():
    """14-zhoucun-gxj-interview (访区工业和信息化局局长李永凯): 跟进泰鼎机械宽幅高速靴式压榨机等14个重点装备
    项目 — 跟进 (follow up) is what the bureau does (base: a programme 跟进泰鼎机械宽幅高速靴式压榨机)."""
    doc = extract_text("访区工业和信息化局局长\n"
                       "区工信局认真落实市“四强”产业攀登计划,高标准规划建设王村新材料产业园,"
                       "跟进泰鼎机械宽幅高速靴式压榨机等14个重点装备项目建设。")
    names = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "泰鼎机械宽幅高速靴式压榨机" in names and not any(n.startswith("跟进") for n in names), names


def test_a_share_of_a_measure_is_the_head_a_respectively_list_shares():
    """15-liaoning-gxt-conference (2023年全省工业和信息化工作会议): 高端装备、精细化工、冶金新材料营收占比
    同比分别提高2%、1.8%、1.5% — each industry's revenue share (base: all three figures read as
    冶金新材料营收占比同比提高)."""
    doc = extract_text("我省工业呈现良好态势\n"
                       "辽宁省召开会议。高端装备、精细化工、冶金新材料营收占比同比分别提高2%、1.8%、1.5%。")
    got = {(i, v) for i, v, _u in _metrics(doc)}
    assert {("高端装备营收占比同比提高", 2.0), ("精细化工营收占比同比提高", 1.8),
            ("冶金新材料营收占比同比提高", 1.5)} <= got, got


def test_the_ye_of_yingye_shouru_closes_no_industry_in_a_list():
    """15-liaoning-gxt-conference, the same list with 营业收入 written whole: 高端装备、精细化工营业收入
    分别增长 — the 业 is the head's own (base: 高端装备业收入, the 业 taken for an industry's)."""
    doc = extract_text("我省工业呈现良好态势\n辽宁省召开会议。2022年,高端装备、精细化工营业收入分别增长2%、1.8%。")
    got = {i for i, _v, _u in _metrics(doc)}
    assert "高端装备营业收入增长" in got and not any("业收入" in i and "营业" not in i for i in got), got


def test_the_base_of_a_comparison_in_the_lead_is_no_stretch_reported_on():
    """15-liaoning-gxt-conference: the lead's 2022年,全省规上工业增加值增速较上半年回升1.5个百分点 compares
    with the first half; a later paragraph's 关键工序数控化率59.7% is no first-half figure (base: every
    undated figure after the lead read as 2022-01/2022-06 from 较上半年)."""
    doc = extract_text("我省工业呈现良好态势\n"
                       "从日前召开的2023年全省工业和信息化工作会议上了解到,2022年,全省规上工业增加值增速较上半年回升"
                       "1.5个百分点;工业投资同比增长6.1%。\n"
                       "积极向数字化转型,全省工业企业关键工序数控化率59.7%。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("工业企业关键工序数控化率") != "2022-01/2022-06", periods
    assert periods.get("工业投资同比增长") == "2022", periods
