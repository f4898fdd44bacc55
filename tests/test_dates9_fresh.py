"""Publication dates in page heads read on fresh county and city government pages: a date in
brackets on its own line under the title, a date line followed by the page's 信息来源 field.
Heads written for these tests in the shape of such pages."""
from __future__ import annotations

from kg.stages.dates import header_date


def test_a_date_in_brackets_on_its_own_line():
    """县统计局发布2023年一季度经济运行情况 / （2023-05-12）: the page's date under its title."""
    assert header_date("县统计局发布2023年一季度经济运行情况\n（2023-05-12）\n一季度，全县地区生产总值…") == "2023-05-12"
    assert header_date("县统计局发布一季度经济运行情况\n(2023-05-12)\n") == "2023-05-12"


def test_a_date_line_with_the_page_s_source_field():
    """2023-05-12 信息来源：县统计局 浏览次数：123: the date, then the page's fields."""
    assert header_date("标题\n2023-05-12 信息来源：县统计局 浏览次数：123\n正文") == "2023-05-12"
    assert header_date("标题\n2023年05月12日 文章来源：县人民政府办公室\n正文") == "2023-05-12"


def test_a_bracketed_year_inside_a_sentence_is_no_date():
    """全县（2023年）新增就业3000人: a year in brackets within a sentence dates nothing."""
    assert header_date("全县（2023年）新增就业3000人。") is None
