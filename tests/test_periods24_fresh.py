"""Periods read on fresh poverty-alleviation reviews, five-year summaries and monthly statistics
releases.  Phrases written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str, date: str | None = "2020-05-10"):
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m for m in res.metrics}


def test_the_starting_level_of_a_change_has_no_time_of_the_sentence():
    """由13677户减至2560户 in a 2019 section, 截至2019年底，…由16.83%下降至0.14%: the time the
    section or sentence states is the level reached; the level the stretch starts from is at
    another (unstated) time.  A start level with its own time (由2000年的45%) keeps it."""
    ms = _build("2019年工作回顾\n全县建档立卡贫困户由13677户减至2560户，贫困发生率从12.3%下降到1.5%。")
    assert ms[(13677, "户")].period is None
    assert ms[(12.3, "%")].period is None
    assert ms[(2560, "户")].period == "2019"
    assert ms[(1.5, "%")].period == "2019"
    ms = _build("非公有制经济增加值占比由2000年的45%提高到65%。")
    assert ms[(45, "%")].period == "2000"


def test_the_level_reached_keeps_the_time_opening_the_sentence():
    """截至2019年底，全市…，贫困发生率由16.83%下降至0.14%: the as-of day opening the sentence
    is the time of the level reached (0.14%), which lost it when the 由 clause was read as
    giving its own earlier time."""
    ms = _build("截至2019年底，全市892个贫困村全部出列，贫困发生率由16.83%下降至0.14%。")
    assert ms[(0.14, "%")].period == "2019-12-31"
    assert ms[(16.83, "%")].period is None
    ms = _build("贫困人口从2012年年底的9899万人减少到2019年年底的551万人，贫困发生率由10.2%降至0.6%。")
    assert ms[(0.6, "%")].period == "2019-12-31"


def test_a_start_and_a_to_end_written_together_are_one_stretch():
    """2021年1月1日至2022年8月29日，全县累计核酸检测…份 (daily epidemic bulletins, project
    reports): the count is over the stretch, not as of its last day; an end without a year
    (2022年1月1日至6月30日) takes the start's, even with no publication date."""
    ms = _build("2021年1月1日至2022年8月29日，全县累计核酸检测727191份。"
                "2019年1月至2021年6月，全县累计投资12亿元。截至2022年8月29日，全县累计接种疫苗29万剂次。",
                "2022-09-01")
    assert ms[(727191, "份")].period == "2021-01-01/2022-08-29"
    assert ms[(1200000000, "元")].period == "2019-01/2021-06"
    assert [m.period for m in ms.values() if m.value == 290000] == ["2022-08-29"]
    ms = _build("2022年1月1日至6月30日，全县累计接待游客12万人次。", None)
    assert ms[(120000, "人次")].period == "2022-01-01/2022-06-30"


def test_a_stretch_since_a_year_has_no_period_without_a_publication_date():
    """2012年至今, 2012年以来 in an undated scrape: the stretch runs to a day the text does not
    give, so it is no year 2012 (with a date it runs up to the publication month)."""
    from kg.periods import resolve
    assert resolve("2012年至今", None) is None
    assert resolve("2012年以来", None) is None
    assert resolve("2012年至今", "2020-05-10") == "2012-01/2020-05"
