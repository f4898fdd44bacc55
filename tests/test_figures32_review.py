"""Review of round 16: a holiday notice glosses each day in brackets (2月15日（农历腊月二十八、周日）至23日
（农历正月初七、周一）放假调休，共9天); the clause before a bare count was found back to the 、 inside the
second bracket, so the count's indicator was the junk 周一）. A clause never opens inside brackets."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _indicators(text: str) -> list[str]:
    return [m.indicator for m in _FULL(text_doc(text)).metrics]


def test_a_bracketed_gloss_gives_no_indicator():
    inds = _indicators("国务院办公厅关于部分节假日安排的通知\n春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、"
                       "周一）放假调休，共9天。")
    assert inds and not any("）" in i or "周一" in i for i in inds)


def test_a_clause_before_without_brackets_still_names_the_figure():
    assert _indicators("全年地区生产总值突破千亿大关，实现1027.8亿元。") == ["地区生产总值"]
