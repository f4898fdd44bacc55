"""Round 98 (tongji98): city and county statistics releases, second pass — 统计公报 excerpts (武进区, 陇西县),
quarterly and monthly 经济运行 releases (嵩明县 一季度, 周口市 前三季度, 济南/青岛 上半年, a county's 上半年 and
1-4月) and a county's 第七次全国人口普查公报 on age (化隆回族自治县), from Jiangsu, Gansu, Yunnan, Henan,
Shandong, Qinghai and two unnamed counties (fresh texts of /tmp/s26/fresh/tongji98, taken with the search
tool).  Fixes: a place named after a word of exclusion opening the clause (不含常州经开区计算，全年地区生产
总值…) is the part left out, never the subject of the figures after it; an indicator that names a sector of
the economy and one that names none (第二产业投资 and 工业投资, 76.9% both) are two facts, not one merged copy;
two changes joined by 和 with no 分别 (累计接待游客…，旅游总收入…，同比下降37.9%和36.9%) pair, in order, with
the two levels before them; a bound followed by 的 and a copula naming the things so bounded (比重在60%以上的
分别是雄先藏族乡、…) and a band the rest of a group lies in (其余各乡镇均在50%-60%之间) are no figures of the
county; a level changed against 上年末 in a year's report (乡村常住人口20.57万人,较上年末减少0.23万人) is at the
year's last day, as 年末常住人口 is, not over the year."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _by_value(doc) -> dict:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator)
            for m in doc.metrics}


def test_a_place_left_out_by_its_clause_is_no_subject():
    """02-wujin-2023: 不含常州经开区计算，全年地区生产总值2239.58亿元，按不变价格计算，增长7.3%; 不含常州经开区计算，
    年末常住人口129.67万人 (base: all 21 such figures 常州经开区's).  They are 武进区's own without the zone; a
    sentence that opens with the zone itself keeps it as the subject."""
    doc = extract_text("2023年武进区国民经济和社会发展统计公报\n初步核算，全年全区地区生产总值3222.84亿元，比上年增长4.9%。"
                       "不含常州经开区计算，全年地区生产总值2239.58亿元，增长7.3%。"
                       "不含常州经开区计算,年末常住人口129.67万人,增长0.1%。")
    got = _by_value(doc)
    assert got[223958000000][0] == "武进区" and got[1296700][0] == "武进区", got
    assert "常州经开区" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("2023年武进区国民经济和社会发展统计公报\n常州经开区全年地区生产总值983.26亿元，增长2.1%。")
    assert _by_value(doc)[98326000000][0] == "常州经开区", _by_value(doc)
    doc = extract_text("2023年某县统计公报\n不包括开发区、高新区,全县一般公共预算收入12.5亿元。")
    assert _by_value(doc).get(1250000000, (None, ""))[1].startswith("一般公共预算收入"), _by_value(doc)


def test_a_sector_figure_is_not_merged_into_a_sectorless_one():
    """01-songming-2022-yijidu: 分重点领域看，…工业投资同比增长76.9%。分产业看，第一产业投资与去年同期持平，二、三产业
    投资同比分别增长76.9%、0.3% (base: no 第二产业投资 — its 76.9% merged into 工业投资's).  The same figure of the
    same indicator written twice stays one fact."""
    doc = extract_text("2022年一季度嵩明县经济运行情况\n1-3月，全县固定资产投资同比增长17.4%。分重点领域看，房地产投资同比"
                       "下降26.5%，工业投资同比增长76.9%。分产业看，第一产业投资与去年同期持平，二、三产业投资同比分别增长"
                       "76.9%、0.3%。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 76.9}
    assert {"工业投资同比增长", "第二产业投资同比增长"} <= inds, _metrics(doc)
    doc = extract_text("嵩明县经济运行\n一季度，全县第二产业增加值9.19亿元，同比增长1.2%。全县第二产业增加值9.19亿元。")
    assert sum(1 for m in doc.metrics if m.value == 919000000) == 1, _metrics(doc)


def test_two_changes_joined_by_and_pair_with_two_levels():
    """08-county-qian4yue: 1-4月，全县累计接待游客544万人次，旅游总收入63.30亿元，同比下降37.9%和36.9% (base: both
    falls 旅游总收入's).  One level before such a pair keeps both (the second no level of its own)."""
    doc = extract_text("前4月我县主要经济指标\n1-4月，全县累计接待游客544万人次，旅游总收入63.30亿元，同比下降37.9%和36.9%。")
    got = _by_value(doc)
    assert got[37.9][1] == "累计接待游客同比下降" and got[36.9][1] == "旅游总收入同比下降", got
    doc = extract_text("县经济\n全年粮食产量12万吨，同比增长2.1%和3.5%。")
    assert _by_value(doc)[3.5][1].startswith("粮食产量"), _by_value(doc)


def test_a_bound_naming_its_towns_and_the_rests_band_are_no_figures():
    """05-hualong-renpu-4: 各乡镇常住人口中,15-59岁人口比重在60%以上的分别是雄先藏族乡、…,其余各乡镇均在50%-60%之间,
    65岁及以上老年人口比重在9%以上的是金源乡和德恒隆乡,其余各乡镇都在9%以下 (base: four figures of the county —
    15-59岁人口比重 60%, 其余各乡镇 50% and 9%).  The county's own bounded share, and a sector called 其他服务业
    with a bound, keep theirs."""
    doc = extract_text("化隆县第七次全国人口普查公报\n各乡镇常住人口中,15-59岁人口比重在60%以上的分别是雄先藏族乡、查甫藏族乡、"
                       "塔加藏族乡,其余各乡镇均在50%-60%之间,65岁及以上老年人口比重在9%以上的是金源乡和德恒隆乡,"
                       "其余各乡镇都在9%以下。全县60岁及以上人口比重在10%以上。")
    values = {v for _s, _i, v, _u in _metrics(doc)}
    assert not values & {60, 50, 9}, _metrics(doc)
    assert 10 in values, _metrics(doc)
    doc = extract_text("县统计公报\n全年规模以上工业增加值增长8.2%，其他服务业增长5.1%以上。")
    assert 5.1 in {v for _s, _i, v, _u in _metrics(doc)}, _metrics(doc)


def test_a_level_changed_against_last_years_end_is_at_the_years_end():
    """03-longxi-2021: 全年人口出生率为10.38‰…。乡村常住人口20.57万人,较上年末减少0.23万人 (base: 乡村常住人口 and its
    change of 2021, the whole year, while 年末常住人口 of the sentence before was 2021-12-31).  A level with a month's
    end of its own keeps it, and a flow against 上年 keeps the year."""
    doc = extract_text("2021年陇西县国民经济和社会发展统计公报\n全年人口出生率为10.38‰。乡村常住人口20.57万人,较上年末减少"
                       "0.23万人。3月末贷款余额100亿元，比上年末增加5亿元。全年粮食产量10万吨，比上年增加1万吨。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods[205700] == "2021-12-31" and periods[2300] == "2021-12-31", periods
    assert periods[10000000000] == "2021-03-31" and periods[100000] == "2021", periods
