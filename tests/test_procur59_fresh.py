"""Round 59 (procur59): procuratorate news and work reports from fresh texts of
/tmp/s26/fresh/procur59 (大同, 西藏, 浙江, 重庆, 湖北, 湖南): the system of organs doing what is counted
(全市检察机关共…) is no word of the indicator; a rate whose move closes the clause before 由 + a year
names the figures after it; fish counted by the tail (尾); the fields closing a list after 等 are no
word of what is counted; two figures named by their clauses share a class, not a noun; 青山绿水 is
no place."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[str, tuple]:
    return {m.indicator: (m.value, m.unit, m.period) for m in doc.metrics}


def test_the_system_of_organs_doing_it_is_no_word_of_the_indicator():
    """大同 (05): 2020年，全市检察机关共发现公益诉讼案件线索764件 — base: 检察机关共发现公益诉讼案件线索;
    浙江 (13): 该省检察机关办理公益诉讼案件5551件 — base: 检察机关办理公益诉讼案件."""
    doc = extract_text("全市检察机关去年立案公益诉讼案件707件\n"
                       "2020年,全市检察机关共发现公益诉讼案件线索764件,立案707件,发出诉前检察建议495件。")
    assert _metrics(doc).get("发现公益诉讼案件线索") == (764, "件", "2020"), _metrics(doc)
    doc = extract_text("2018年浙江检察机关办理公益诉讼案件5551件\n"
                       "29日,浙江省人民检察院检察长贾宇作工作报告时介绍,去年,该省检察机关办理公益诉讼案件5551件。")
    assert "办理公益诉讼案件" in _metrics(doc), _metrics(doc)
    assert not any(k.startswith("检察机关") for k in _metrics(doc)), _metrics(doc)


def test_a_rate_whose_move_closes_the_clause_before_the_year_names_the_figures():
    """重庆 (06): …支持率均为100%,行政机关诉前整改率逐年提升,由2018年的97.2%上升至2021年的99.8% — base:
    both figures read as 提起公益诉讼案件和支持起诉案件获法院判决支持率 (the figure before's rate)."""
    doc = extract_text("重庆检察公益诉讼五周年白皮书发布\n"
                       "全市提起公益诉讼案件和支持起诉案件获法院判决支持率均为100%,行政机关诉前整改率逐年提升,"
                       "由2018年的97.2%上升至2021年的99.8%,3项案件质量指标居全国前列。")
    rates = sorted((m.value, m.period) for m in doc.metrics if m.indicator == "行政机关诉前整改率")
    assert rates == [(97.2, "2018"), (99.8, "2021")], [(m.indicator, m.value) for m in doc.metrics]
    assert all(m.kind == "level" for m in doc.metrics if m.indicator == "行政机关诉前整改率")


def test_fish_released_are_counted_by_the_tail():
    """重庆 (06): 分别补植林木14万株、放流鱼苗97万尾 — base: 970000 with no unit."""
    doc = extract_text("重庆检察公益诉讼五周年白皮书发布\n"
                       "在万州和合川,重庆检察机关分别设立林业、渔业两个市级生态司法修复基地,分别补植林木14万株、放流鱼苗97万尾。")
    assert _metrics(doc).get("放流鱼苗", (None, None))[:2] == (970000, "尾"), _metrics(doc)


def test_the_fields_closing_a_list_are_no_word_of_what_is_counted():
    """湖北 (12): 围绕安全生产、河道采砂、金融监管等领域制发社会治理检察建议2458件 — base: 领域制发社会治理检察建议."""
    doc = extract_text("湖北省人民检察院工作报告\n"
                       "强化诉源治理理念,围绕安全生产、河道采砂、金融监管等领域制发社会治理检察建议2458件。")
    assert _metrics(doc).get("制发社会治理检察建议", (None,))[0] == 2458, _metrics(doc)


def test_two_figures_named_by_their_clauses_share_a_class_not_a_noun():
    """西藏 (08): 共梳理民事公益诉讼案件线索1件 … 其中民事公益诉讼诉前程序1件: two facts of one value (clues,
    pre-litigation procedures) — merged into one once the lead 检察机关共 is dropped (a common opening
    of six characters)."""
    doc = extract_text("西藏检察机关上半年立案公益诉讼案件64件\n"
                       "截至6月底,全区检察机关共梳理民事公益诉讼案件线索1件,行政公益诉讼案件线索116件。\n"
                       "共提出检察建议76件,其中民事公益诉讼诉前程序1件,行政公益诉讼诉前程序75件。")
    names = {m.indicator for m in doc.metrics if m.value == 1}
    assert {"民事公益诉讼案件线索", "民事公益诉讼诉前程序"} <= names, names


def test_green_hills_and_clear_waters_are_no_place():
    """湖南 (14): 为祖国的青山绿水贡献一份力量 — base: a Place 青山绿水 (jieba tags it ns)."""
    doc = extract_text("省检察院邀请人大代表、政协委员等召开座谈会\n"
                       "希望检察机关日后能够加强环境保护的监督力度,为祖国的青山绿水贡献一份力量。")
    assert "青山绿水" not in {e.name for e in doc.entities.values()}
