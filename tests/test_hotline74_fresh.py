"""Round 74 (hotline74): 12345 hotline monthly and quarterly reports and 信访 (letters and visits)
reports of cities and counties, from fresh texts of /tmp/s26/fresh/hotline74 (唐山, 大英县, 宁国市,
衡东县, 陈仓区, 连云港, 杨凌, a county's and a city's 信访 reports).  Fix: a national organ the
petitioners went to (到国家信访局信访量33件次) is the destination of the county's petitions, not the
national source that made the figure the country's."""
from __future__ import annotations

from conftest import extract_text


def _subjects(doc) -> dict[tuple[str, float], str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_petitions_to_the_national_bureau_are_the_county_s():
    """07-county-xinfang-h1: 从信访层级看,到国家信访局信访量33件次,同比下降28.26%,其中到国家局走访3人次
    (base: the three figures China's, by the national organ read as their source)."""
    doc = extract_text("临泽县2024年上半年信访工作总结\n今年1-6月,全县信访总量143件次,同比上升9.16%。从信访层级看,"
                       "到国家信访局信访量33件次,同比下降28.26%,其中到国家局走访3人次;到市信访局信访量10件次。")
    got = _subjects(doc)
    assert got[("到国家信访局信访量", 33)] == "临泽县", got
    assert got[("到国家信访局信访量同比下降", 28.26)] == "临泽县", got
    assert got[("到国家局走访", 3)] == "临泽县", got


def test_a_reporter_at_a_national_organ_still_names_the_source():
    """Negative: a reporter's visit to the organ (记者到国家统计局了解到，…) keeps the figure the country's."""
    doc = extract_text("新华社北京1月17日电 记者到国家统计局了解到，2023年全国粮食总产量13908亿斤，比上年增长1.3%。")
    assert set(_subjects(doc).values()) == {"中国"}, _subjects(doc)


def _scores(doc) -> dict[float, tuple[str, str | None]]:
    return {m.value: (m.indicator, doc.entities[m.subject].name if m.subject else None)
            for m in doc.metrics if m.unit == "分"}


def test_scores_of_a_ranking_are_figures_in_points():
    """06-lianyungang-aug (连云港 12345 绩效考评通报): 各县、赣榆区(共4家,满分为150分):8月份,灌南县考评得分为141.15分,
    灌云县139.15分,赣榆区138.98分 (base: no figure at all, 分 was no unit) — each county's score, and the
    scale (满分为150分) no score."""
    doc = extract_text("连云港市12345在线平台8月份绩效考评情况通报\n各县、赣榆区(共4家,满分为150分):8月份,"
                       "灌南县考评得分为141.15分,灌云县139.15分,赣榆区138.98分,东海县135.75分。")
    got = _scores(doc)
    assert got.get(141.15) == ("考评得分", "灌南县"), got
    assert got.get(139.15) == ("考评得分", "灌云县"), got
    assert got.get(135.75) == ("考评得分", "东海县"), got
    assert 150 not in got, got


def test_fen_without_a_score_word_is_no_figure():
    """Negative: 分 with no score word before it in the sentence (a clock time, 十分) stays no figure."""
    doc = extract_text("灌南县召开热线工作会议\n会议于9时30分开始,热线工作十分重要。全县受理诉求3571件。"
                       "考评会于15时20分召开。")
    assert not _scores(doc), _scores(doc)


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_bare_departments_after_a_level_s_own_departments_head():
    """03-ningguo-aug (宁国市 12345 通报): 办件量位于前三的市直部门:住建局,转办129件;卫健委,转办62件;城管局,转办48件
    (base: no agency, every row's figure the city's) — each row's department is the city's, and the
    figure of a row after ； its own (the first row, after an ASCII colon, stays the city's: an ASCII
    colon opening an agency's clause misread 责任单位:区发改局 ⏎ (二)…增长12% elsewhere)."""
    doc = extract_text("宁国市12345热线8月份办理情况通报\n2.办件量位于前三的市直部门:住建局,转办129件;卫健委,转办62件;"
                       "城管局,转办48件。")
    assert {"宁国市住房和城乡建设局", "宁国市卫生健康委员会"} <= _agencies(doc), _agencies(doc)
    got = _subjects(doc)
    assert got[("转办", 62)] == "宁国市卫生健康委员会", got


def test_no_head_no_bare_department():
    """Negative: a bare 住建局 with no 市直部门 head before it stays unnamed, as before."""
    doc = extract_text("宁国市12345热线8月份办理情况通报\n办件量位于前三的是:住建局,转办129件。")
    assert not any("住房和城乡建设局" in n for n in _agencies(doc)), _agencies(doc)


def test_petitions_counted_in_jian_renci():
    """07-county-xinfang-h1: 到省信访局信访量13件人次,同比下降50% (base: 13 件 with the indicator 人次, and the
    change 人次同比下降) — one unit 件人次, the level's count and its change named by it."""
    doc = extract_text("临泽县2024年上半年信访工作总结\n今年1-6月,全县信访总量143件次。到省信访局信访量13件人次,同比下降50%;"
                       "到县信访局信访量82件人次,同比上升78.26%。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("到省信访局信访量", 13, "件人次") in got, got
    assert ("到省信访局信访量同比下降", 50, "%") in got, got
    assert ("到县信访局信访量", 82, "件人次") in got, got
