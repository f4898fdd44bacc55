"""Round 50 (hotline50): 12345 政务服务便民热线 reports and 政务服务中心 news from fresh texts of
/tmp/s26/fresh/hotline50: a hotline's number (12345热线, 12345政务服务便民热线, 110平台) names the line,
no figure before the one measured, so the indicator is not cut after its first character; and a
clause naming only a change's earlier state (，已由原来的 / 最初的) leaves the measure to the clause before."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_hotline_name_before_the_count_stays_whole():
    """唐山市 11月份运行情况: 12345政务服务便民热线共受理群众各类诉求284406件 (base: indicator
    务服务便民热线共受理群众各类诉求, the number 12345 and the 政 after it read as a figure)."""
    doc = extract_text("唐山市12345政务服务便民热线11月份运行情况\n"
                       "11月份,12345政务服务便民热线共受理群众各类诉求284406件。")
    got = _figures(doc)
    assert got.get(284406) == "12345政务服务便民热线受理群众各类诉求", got  # (sifa89: the adverb 共 dropped as 共计 is)
    figure = extract_text("某市热线运行情况\n某市全年受理群众诉求12345件,办结率99%。")
    assert 12345 in _figures(figure)  # with a unit right after it the number is a figure


def test_a_hotline_and_a_platform_named_by_their_numbers():
    """泰州市 2018年7月 12345平台诉求情况: 泰州市12345平台共呼入来电19668个 … 110平台转交144件, and
    靖江12345受理19346个 (base: 台共呼入来电, 台转交, and a bare 个 for 靖江)."""
    doc = extract_text("2018年7月泰州市12345平台诉求情况\n"
                       "2018年7月,全市12345平台共汇集群众和企业来电来件51615个。其中,靖江12345受理19346个,占37.5%。"
                       "从诉求来源渠道看,泰州市12345平台共呼入来电19668个,接通18851个;110平台转交144件。")
    got = _figures(doc)
    assert got.get(19668) == "12345平台呼入来电", got  # (sifa89: the adverb 共 dropped as 共计 is)
    assert got.get(144) == "110平台转交", got
    assert got.get(19346) == "12345受理", got


def test_a_county_hotline_count_keeps_its_line():
    """江永县 12345 热线: 12345热线受理解答4318件 (base: 线受理解答)."""
    doc = extract_text("用好12345热线\n"
                       "2021年1月至8月,永州市江永县12345热线受理解答4318件,回访群众满意度为99.57%。")
    assert _figures(doc).get(4318) == "12345热线受理解答", _figures(doc)


def test_a_clause_with_only_the_earlier_state_leaves_the_measure_before():
    """辽宁省政务服务中心: 进驻中心的政务服务事项申报要件,已由最初的13476个减少至8669个 (base: indicator
    最初 for both figures; with 原来 the same, 原来)."""
    doc = extract_text("辽宁省政务服务中心成立三年\n"
                       "辽宁省政务服务中心进驻中心的政务服务事项申报要件,已由最初的13476个减少至8669个。")
    got = _figures(doc)
    assert got.get(13476) == got.get(8669) == "进驻中心的政务服务事项申报要件", got


def test_every_day_is_no_place():
    """安溪县行政服务中心: 驱车到县行政服务中心办事要近2个小时车程,办完事回到家天都黑了 (base: a Place
    天都, jieba's ns for 天 + the adverb 都)."""
    doc = extract_text("安溪县行政服务中心: 城乡统筹推动政务服务全覆盖\n"
                       "“以前从祥华出发,驱车到县行政服务中心办事要近2个小时车程,办完事回到家天都黑了。”"
                       "福建省安溪县祥华乡陈先生说。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "天都" not in places and "安溪县" in places, places
