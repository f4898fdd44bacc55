"""Round 95 (jiaotong95): transport news, another pass — 交通运输部 and 国家铁路局 releases on 春运 and the
春节 holiday (passengers sent by rail, road, water and air), the monthly urban-rail operating figures, the
2023 airport bulletin, rural-road (四好农村路) news of counties (蕲春 in Hubei, 平阳 in Zhejiang) and 广州's
交通运输局 on motorway investment, from /tmp/s26/fresh/jiaotong95.  Fixes: the last item of a list of
transport modes before the adverb that sums over all of them (铁路、公路、水路、民航共发送旅客) no part of the
indicator (was 民航发送旅客); a named time with its days in brackets (2023年春节假期(1月21日至27日),
2024年春运（1月26日至3月5日）) read as those days, in that year (was the holiday's month, or the end day);
a stretch closed by 里 (40天里) no word of the measure after it; trains counted in 列次 and a metro's
ridership intensity in 人次每公里日 as units of their own (were 列 and 人次 with 每公里日 as the indicator)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[float, tuple[str, str, str | None, str | None]]:
    return {m.value: (m.indicator, m.unit, doc.entities[m.subject].name if m.subject in doc.entities else None,
                      m.period) for m in doc.metrics}


def test_listed_transport_modes_summed_by_gong_are_no_part_of_the_indicator():
    """06-nra-chunjie-2023: 全国铁路、公路、水路、民航共发送旅客约2.26亿人次 (base: indicator 民航发送旅客, the
    last mode's alone); the mode alone (民航共发送旅客5521.4万人次) keeps its 民航, and a list item holding 共
    inside a word (公共交通) is no doer before an adverb."""
    doc = extract_text("春运平稳有序\n全国铁路、公路、水路、民航共发送旅客约2.26亿人次。"
                       "民航共发送旅客5521.4万人次。")
    got = _metrics(doc)
    assert got[226000000][:3] == ("发送旅客", "人次", "中国"), got
    assert got[55214000][0] == "民航发送旅客", got
    doc = extract_text("客运情况\n全国铁路、道路、水路、民航共累计发送旅客7.32亿人次，比去年同期下降3.31%。")
    got = _metrics(doc)
    assert got[732000000][0] == "发送旅客", got
    assert got[3.31][0] == "发送旅客比去年同期下降", got
    doc = extract_text("医疗服务\n全市医院、卫生院共接诊患者12万人次。")  # (any doers listed so: was 卫生院接诊患者)
    assert _metrics(doc)[120000][0] == "接诊患者", _metrics(doc)
    doc = extract_text("公交出行\n全市地铁、公共交通客运量3.2亿人次。")
    assert _metrics(doc)[320000000][0] == "公共交通客运量", _metrics(doc)


def test_a_named_time_with_its_days_in_brackets_is_those_days():
    """06-nra-chunjie-2023: 2023年春节假期(1月21日至27日),全国铁路、公路、水路、民航共发送旅客约2.26亿人次
    (base: period 2023-01, the holiday's month, the bracketed days dropped as a later clause's time); a 春运
    with its start and end in brackets is the stretch (base: its end day alone), with 至 or a dash; a bracket
    holding a year of its own, or a time with no bracket, keeps its reading."""
    doc = extract_text("春节假期出行\n2023年春节假期(1月21日至27日),全国共发送旅客约2.26亿人次。")
    assert _metrics(doc)[226000000][3] == "2023-01-21/2023-01-27", _metrics(doc)
    doc = extract_text("春运收官\n2024年春运（1月26日至3月5日），全国共发送旅客84亿人次。")
    assert _metrics(doc)[8400000000][3] == "2024-01-26/2024-03-05", _metrics(doc)
    doc = extract_text("春运收官\n2024年春运（1月26日—3月5日）全国共发送旅客84亿人次。")
    assert _metrics(doc)[8400000000][3] == "2024-01-26/2024-03-05", _metrics(doc)
    doc = extract_text("春节出行\n2023年春节(1月22日)，全市接待游客12万人次。")
    assert _metrics(doc)[120000][3] == "2023-01-22", _metrics(doc)
    doc = extract_text("出行\n2023年1月21日至27日,全国共发送旅客约2.26亿人次。")
    assert _metrics(doc)[226000000][3] == "2023-01-21/2023-01-27", _metrics(doc)


def test_a_stretch_closed_by_li_is_no_word_of_the_measure():
    """05-chunyun-2023: 2023年春运2月15日落下帷幕。…40天里全社会人员流动量约47.33亿人次 (base: indicator
    里全社会人员流动量); 里 after a length (100公里) is no such close."""
    doc = extract_text("春运落幕\n2023年春运2月15日落下帷幕。40天里全社会人员流动量约47.33亿人次。")
    assert _metrics(doc)[4733000000][0] == "全社会人员流动量", _metrics(doc)
    doc = extract_text("公路建设\n全市新改建农村公路100公里,里程达到3309公里。")
    got = _metrics(doc)
    assert got[100][1] == "公里" and got[3309][1] == "公里", got


def test_trains_in_lieci_and_ridership_intensity_are_units_of_their_own():
    """08-guidao-9yue: 实际开行列车342万列次 and 平均客运强度为0.826万人次每公里日 (base: 3420000 in 列, and 8260
    人次 with the indicator 每公里日); trains counted in 列 keep 列."""
    doc = extract_text("城市轨道交通运营数据\n9月,实际开行列车342万列次,完成客运量25.8亿人次。"
                       "9月份全国平均客运强度为0.826万人次每公里日,环比降低7.6%。")
    got = _metrics(doc)
    assert got[3420000][:2] == ("开行列车", "列次"), got
    assert got[8260][:2] == ("平均客运强度", "人次/公里·日"), got
    assert got[7.6][0] == "平均客运强度环比降低", got
    assert got[2580000000][:2] == ("客运量", "人次"), got
    doc = extract_text("中欧班列\n今年累计开行中欧班列1414列。")
    assert _metrics(doc)[1414][1] == "列", _metrics(doc)


def test_the_share_of_a_level_done_is_the_levels_place_not_the_opening_bureau():
    """01-guangzhou-gaosu-touzi: 今年以来,市交通运输局…推进高速公路项目建设,截至7月,广州市在建高速公路建设完成投资
    58.38亿元,已完成年度投资计划的58.05% (base: the share's subject 广州市交通运输局, the bureau opening the
    sentence, while the level is 广州市's); a share with no place before it keeps the bureau's fallback."""
    doc = extract_text("高速公路建设提速\n今年以来,市交通运输局积极推进高速公路项目建设,截至7月,广州市在建高速公路"
                       "建设完成投资58.38亿元,已完成年度投资计划的58.05%。")
    got = _metrics(doc)
    assert got[5838000000][2] == "广州市", got
    assert got[58.05][2] == "广州市", got


def test_a_rates_bound_or_band_classing_what_is_counted_is_no_figure():
    """12-jichang-gongbao-2023: 从增速看,增幅在300%以上的运输机场有1个,增幅在200%-300%之间的运输机场有5个,
    增幅在100%以内的机场有4个; 增幅在200%以上的有5个 (base: 200% a range figure named 增幅在300%以上的运输机场增幅,
    100% a share named 增幅机场有4个, and the counts named 之间的运输机场, 机场, 增幅5个).  A rate with no class
    counted after it (全市增长20%以上,有5个县) stays a figure."""
    doc = extract_text("机场生产统计公报\n2023年,从增速看,增幅在300%以上的运输机场有1个,增幅在200%-300%之间的运输机场"
                       "有5个,增幅在100%以内的机场有4个。")
    got = {(m.value, m.unit): m.indicator for m in doc.metrics}
    assert got == {(1, "个"): "增幅在300%以上的运输机场", (5, "个"): "增幅在200%-300%之间的运输机场",
                   (4, "个"): "增幅在100%以内的机场"}, got
    doc = extract_text("机场生产统计公报\n2023年,从增速看,增幅在200%以上的有5个。")
    assert {(m.value, m.unit) for m in doc.metrics} == {(5, "个")}, _metrics(doc)
    doc = extract_text("经济运行\n全市规模以上工业增加值增长20%以上,有5个县增速超过全省。")
    assert any(m.value == 20 and m.unit == "%" for m in doc.metrics), _metrics(doc)
