"""Round 65 (stats65): monthly and quarterly 经济运行情况 releases of counties, districts and cities
(/tmp/s26/fresh/stats65: 郏县, 叶集区, 泉州, 涪陵, 柳林, 五华, 邵阳…). Three shapes of such releases:
the whole's figure in brackets beside the county's (同比增长7.4%(全市7.2%)) is a yardstick and no
subject of the clauses after it; a one-character change verb before a percent (建安投资增14.9%) makes a
change; and two changes taken against two times named together (分别较1—9月份和上年同期提高0.1和1.2
个百分点) are one change against each time."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> dict[tuple[str, float], tuple[str | None, str]]:
    """{(indicator, value): (subject's name, kind)} of a doc's metrics."""
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.indicator, m.value): (names.get(m.subject), m.kind) for m in doc.metrics}


def _subjects(doc) -> dict[float, str | None]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.value: names.get(m.subject) for m in doc.metrics}


def test_a_bracketed_city_figure_is_no_subject_of_the_clauses_after_it():
    """郏县 (河南) 一季度: 全县社会消费品零售总额24.22亿元,同比增长7.4%(全市7.2%),…；限额以上社会消费品零售额完成
    4.99亿元: the 4.99亿元 and 3.20亿元 after the semicolon are the county's (base: 平顶山市's, read from the
    bracket's 全市)."""
    doc = extract_text("郏县2025年一季度经济运行分析\n"
                       "(三)全县社会消费品零售总额24.22亿元,同比增长7.4%(全市7.2%),较去年同期加快4.8个百分点,"
                       "六县市排名第五;限额以上社会消费品零售额完成4.99亿元,增速16.1%。\n"
                       "(四)全县一般公共预算收入完成4.61亿元,同比增长1.6%(全市2.6%),六县市排名第五;其中,"
                       "税收收入完成3.20亿元,增长4.8%。\n")
    got = _subjects(doc)
    for value in (499000000, 16.1, 320000000, 4.8, 2422000000, 461000000):
        assert got.get(value) == "郏县", (value, got)
    # a 全市 opening the clause itself still governs the clauses after the semicolon
    city = extract_text("平顶山市一季度经济运行\n郏县社会消费品零售总额24.22亿元,同比增长7.4%。全市一般公共预算收入"
                        "完成40.6亿元,同比增长2.6%;税收收入完成28.1亿元,增长3.5%。\n")
    assert _subjects(city).get(2810000000) == "平顶山市", _subjects(city)


def test_a_one_character_change_verb_before_a_percent_makes_a_change():
    """叶集区 (安徽) 一季度: 建安投资增14.9%,房地产开发投资下降26.2%: 增 is 增长 written short, the
    14.9% a change (base: a level 14.9% named 建安投资增)."""
    doc = extract_text("叶集区2024年3月经济运行情况\n全区固定资产投资同比增长13%,居全市第6位。其中工业项目投资"
                       "同比增长76.1%;建安投资增14.9%,房地产开发投资下降26.2%,出口降3.2%。\n")
    got = _figures(doc)
    assert got.get(("建安投资增", 14.9), (None, None))[1] == "change", got
    assert got.get(("出口降", 3.2), (None, None))[1] == "change", got
    # a best's level (比最高的达639.9%: closed by 高, no 增/降) stays a level
    best = extract_text("乡镇经济\n其中,财政收入增幅最高的乡镇达115.8%,完成年初下达任务基数比最高的达639.9%。\n")
    assert all(k == "level" for (_i, v), (_s, k) in _figures(best).items() if v == 639.9), _figures(best)
    # a share after 占 stays a share
    share = extract_text("某县经济运行\n全县工业投资增长25.5%,占全县投资比重为40.4%。\n")
    assert ("share" in {k for _s, k in _figures(share).values()}), _figures(share)


def test_two_changes_against_two_times_named_together():
    """泉州 (福建) 1—10月份: 占比分别较1—9月份和上年同期提高0.1和1.2个百分点: 0.1 is the change against
    1—9月份, 1.2 against 上年同期 (base: one indicator 占比和上年同期提高 for both)."""
    doc = extract_text("泉州市1—10月份规模以上工业生产情况\n2022-11-22\n1—10月份,全市规模以上高新技术产业增加值占"
                       "规模以上工业增加值的比重为24.5%,占比分别较1—9月份和上年同期提高0.1和1.2个百分点。全市出口"
                       "增长5.1%,增速分别比上月和上年同期提高0.4和1.1个百分点。\n")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("占比较1—9月份提高", 0.1) in got, got
    assert ("占比较上年同期提高", 1.2) in got, got
    assert any(v == 0.4 and i.endswith("增速比上月提高") for i, v in got), got
    assert any(v == 1.1 and i.endswith("增速比上年同期提高") for i, v in got), got
    # two places named together keep their own reading (比全省和全国高: the yardsticks)
    places = extract_text("泉州市经济运行\n全市规模以上工业增加值同比增长3.4%,增速分别比全省和全国高0.3和0.5个百分点。\n")
    pts = {(m.indicator, m.value) for m in places.metrics if m.unit == "个百分点"}
    assert ("规模以上工业增加值同比增长比全省高", 0.3) in pts, pts
    assert ("规模以上工业增加值同比增长比全国高", 0.5) in pts, pts
