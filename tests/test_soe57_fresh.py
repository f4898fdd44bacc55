"""Round 57 (soe57): news of the 国资委 and state-owned enterprises from fresh texts of
/tmp/s26/fresh/soe57: the central enterprises as a class kept whole in an indicator (中央企业营业收入,
not the nation's 企业营业收入), a footnote's circled mark dropped from a change's name (同比②增长) and a
count's noun cut before the clause 以来 closes (四个集团组建以来 → 集团)."""
from __future__ import annotations

from conftest import counted_nouns, extract_text


def _metrics(doc) -> dict[tuple, tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject, m.subject)) for m in doc.metrics}


def test_central_enterprises_kept_whole_in_the_indicator():
    """中新网 on 国务院国资委's 《中央企业高质量发展报告(2023)》: 2022年，中央企业实现营业收入39.6万亿元 is the
    central enterprises' revenue (base: 企业营业收入, 中央 stripped as a scope word); 财政部 H1 2013: 其中，
    中央企业8057.1亿元 beside 地方国有企业3072.5亿元 (base: 企业)."""
    doc = extract_text("国务院国资委年度报告:央企整体效益保持平稳增长\n"
                       "《报告》显示,2022年,中央企业实现营业收入39.6万亿元,同比增长9.1%;实现利润总额2.6万亿元。"
                       "2022年全年中央企业累计上缴税费2.8万亿元,同比增长19.3%。")
    figures = _metrics(doc)
    assert figures[(39600000000000, "元")] == ("中央企业营业收入", "中国"), figures
    assert figures[(2800000000000, "元")][0] == "中央企业累计上缴税费", figures
    half = extract_text("财政部:上半年国有企业利润总额同比增长7%\n"
                        "1—6月,全国国有及国有控股企业实现利润总额11129.6亿元,同比增长7%。其中,中央企业8057.1亿元,"
                        "同比增长15.6%,地方国有企业3072.5亿元,同比下降10.6%。")
    # (guozi102: the bare group after 其中 now takes the whole's measure as well, 中央企业利润总额)
    assert _metrics(half)[(805710000000, "元")][0] == "中央企业利润总额", _metrics(half)


def test_a_footnote_mark_is_no_word_of_the_change():
    """财政部 资产管理司, 2023年1-4月全国国有及国有控股企业经济运行情况: 国有企业营业总收入262281.9亿元，同比②增长
    7.1% — ② points to the note on how the change is measured (base: indicator …同比②增长)."""
    doc = extract_text("2023年1-4月全国国有及国有控股企业经济运行情况\n2023年5月26日  来源:资产管理司\n"
                       "一、营业总收入。1-4月,国有企业营业总收入262281.9亿元,同比②增长7.1%。\n")
    assert _metrics(doc)[(7.1, "%")][0] == "国有企业营业总收入同比增长", _metrics(doc)


def test_a_counted_noun_stops_before_the_verb_of_its_since_clause():
    """泰安市政协 visits the city's groups: 深入了解市属四个集团组建以来的新发展 counts four groups (base: the
    noun 集团组建以来, and so the indicator)."""
    assert counted_nouns("深入了解市属四个集团组建以来的新发展。") == ["集团"]
    assert counted_nouns("三个园区成立以来累计引进企业。") == ["园区"]
