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



def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_no_place_read_from_a_scenic_area_s_name():
    """湖南省文化和旅游厅 4A list and 仁化县 春节 report: 长沙县天华山旅游景区、永州市江华瑶族自治县瑶山水城景区;
    石塘古村、双峰寨接待游客14034人次: scenic areas, no place 华山, 瑶山 or 石塘 (base: all three
    read as places by jieba's tag, 石塘 then the subject of the 双峰寨 figure)."""
    doc = extract_text("湖南新增10家国家4A级旅游景区\n"
                       "10家景区具体为长沙县天华山旅游景区、永州市江华瑶族自治县瑶山水城景区。")
    places = _places(doc)
    assert "长沙县" in places and not {"华山", "瑶山"} & places, places
    doc = extract_text("春节黄金周全县接待游客近40万人次\n"
                       "县域其他旅游景区(点)接待游客80638人次，其中石塘古村、双峰寨接待游客14034人次，同比增长4.3%。")
    assert "石塘" not in _places(doc), _places(doc)


def test_a_bare_division_before_a_holiday_is_no_part_of_the_indicator():
    """五一假期 county report: 市五一假期共接待游客19.8万人次: the city's visitors received, indicator
    接待游客 (base: 市五一假期共接待游客, the bare 市 kept the holiday and 共 in the name)."""
    doc = extract_text("五一假期旅游市场平稳增长\n"
                       "时值五月，气候宜人。市五一假期共接待游客19.8万人次，实现旅游收入12065万元。")
    assert ("接待游客", 198000, "人次") in _metrics(doc), _metrics(doc)


def test_a_paper_named_after_the_meeting_its_reporter_asked_at():
    """文山州 两会新闻发布会: 发布会上文山日报记者提问: the paper is 文山日报 (base: an organisation
    发布会上文山日报, the meeting's locative read into the name)."""
    doc = extract_text("文山州两会新闻发布会经济发展专场举行\n"
                       "发布会上文山日报记者提问：“请刘扬局长介绍一下旅游品牌创建方面的工作情况。”")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "文山日报" in orgs and "发布会上文山日报" not in orgs, orgs
