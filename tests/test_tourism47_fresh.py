"""Round 47 (tourism47): culture and tourism news from fresh texts of /tmp/s26/fresh/tourism47: a
count of scenic areas written with their national grade (3个国家4A级旅游景区) names the graded areas,
not 国家; a count of 乡村旅游点 before another figure counts the rural tourism spots, not townships."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_count_of_scenic_areas_keeps_their_national_grade():
    """文山州文化和旅游局 (云南): 2021年，文山州成功创建了3个国家4A级旅游景区: the count is of
    国家4A级旅游景区 (base: indicator 国家, the digit of 4A cut the noun)."""
    doc = extract_text("文山州文化和旅游局召开新闻发布会\n"
                       "2021年，文山州成功创建了3个国家4A级旅游景区，全州3A级以上旅游景区达54个。")
    inds = {m[0] for m in _metrics(doc) if m[1] == 3}
    assert inds == {"国家4A级旅游景区"}, _metrics(doc)


def test_rural_tourism_spots_are_no_count_of_townships():
    """County 2026 春节 report (江苏): 全县纳入监测的8家旅游景区、3个乡村旅游点和1家旅游度假区: 3 counts
    乡村旅游点 (base: indicator 乡, read as a count of townships measured by the next figure)."""
    doc = extract_text("新春文旅市场交出亮眼答卷\n"
                       "春节期间，全县纳入监测的8家旅游景区、3个乡村旅游点和1家旅游度假区，共接待游客95.03万人次。")
    inds = {m[0] for m in _metrics(doc) if m[1] == 3}
    assert inds == {"乡村旅游点"}, _metrics(doc)

