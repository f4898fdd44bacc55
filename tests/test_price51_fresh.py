"""Round 51 (price51): monthly price releases and price-monitoring reports from fresh texts of
/tmp/s26/fresh/price51: a retail price per 500 g (元/500克, 每500克), a city's survey team of the
statistics bureau (国家统计局梧州调查队), a wholesale report's change against the year before written
同比高/同比低, the price of the goods a report counts (28种蔬菜周均价: 蔬菜周均价), a bare 涨幅 after a
price (生猪…涨幅为4.86%: 生猪涨幅; 鲜菜价格涨势明显，涨幅达14.1%: 鲜菜价格涨幅), and a release's month
(not its 1—N月平均 aside) as the time of its later paragraphs."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc):
    return list(doc.metrics.values()) if isinstance(doc.metrics, dict) else list(doc.metrics)


def _by_value(doc):
    return {(m.value, m.unit): m for m in _metrics(doc)}


def test_a_retail_price_per_500_grams():
    """雅安市发改委 price report: 带皮后腿猪肉13.45元/500克 and the vegetables' 均价为1.97元/500克 are
    prices per 500 g (base: 13.45 元 and 1.97 元, amounts of money); the NDRC's 每500克14.6元 too."""
    doc = extract_text("本周我市猪肉类价格小幅回升\n"
                       "本周我市猪肉类价格小幅回升。带皮后腿猪肉13.45元/500克,较上周持平,同比上涨28.71%。"
                       "我市所监测的10类蔬菜品种均价为1.97元/500克,较上周下降0.21元。")
    units = {m.value: m.unit for m in _metrics(doc)}
    assert units.get(13.45) == "元/500克" and units.get(1.97) == "元/500克", units
    doc = extract_text("猪肉价格\n全国36个大中城市集市猪肉平均零售价格为每500克14.6元,比前一周下降0.07%。")
    assert (14.6, "元/500克") in _by_value(doc), _by_value(doc)


def test_a_city_survey_team_of_the_statistics_bureau():
    """梧州日报: 国家统计局梧州调查队发布居民消费价格调查统计情况: the city's survey team, a unit of the
    statistics bureau (base: only 国家统计局), as 国家统计局四川调查总队 is a province's."""
    doc = extract_text("梧州2月份CPI同比上涨1.4%\n"
                       "3月12日,国家统计局梧州调查队发布居民消费价格调查统计情况,2月份我市居民消费价格总水平(CPI)"
                       "同比上涨1.4%。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "国家统计局梧州调查队" in agencies, agencies
    assert ("国家统计局梧州调查队", "国家统计局") in relation_pairs(doc, "subOrganizationOf")


def test_a_change_against_the_year_before_written_high_or_low():
    """农业农村部 weekly wholesale report: 猪肉批发市场周均价每公斤23.14元，环比跌0.7%，…同比高15.6%;
    牛肉…同比低16.2%: changes against the year before (base: levels, 同比高 read as no change)."""
    doc = extract_text("农产品批发市场一周价格\n"
                       "猪肉批发市场周均价每公斤23.14元,环比跌0.7%,同比高15.6%;"
                       "牛肉批发市场周均价每公斤60.03元,环比跌1.3%,同比低16.2%。")
    got = _by_value(doc)
    assert got[(15.6, "%")].kind == "change" and got[(16.2, "%")].kind == "change", \
        {k: (m.indicator, m.kind) for k, m in got.items()}
    assert got[(15.6, "%")].indicator.startswith("猪肉批发市场周均价"), got[(15.6, "%")].indicator


def test_a_release_s_month_not_its_average_so_far():
    """PPI release: 2012年9月份，全国工业生产者出厂价格同比下降3.6%…1—9月平均，…; the next paragraph's
    生活资料价格同比上涨0.1% is September's (base: 2012-01/2012-09, the aside's months so far)."""
    doc = extract_text("9月份工业生产者出厂价格同比下降3.6%\n"
                       "据国家统计局统计:2012年9月份,全国工业生产者出厂价格同比下降3.6%,环比下降0.1%。"
                       "1—9月平均,工业生产者出厂价格同比下降1.5%。\n"
                       "工业生产者出厂价格中,生活资料价格同比上涨0.1%,环比上涨0.2%。")
    got = _by_value(doc)
    assert got[(1.5, "%")].period == "2012-01/2012-09", got[(1.5, "%")].period
    assert got[(0.1, "%")].period == "2012-09" and got[(0.2, "%")].period == "2012-09", \
        {k: m.period for k, m in got.items()}


def test_the_price_of_the_goods_counted():
    """农业农村部 reports: 重点监测的28种蔬菜周均价每公斤5.00元 and 重点监测的6种水果平均价格为7.21元/公斤:
    the vegetables' weekly average price and the fruits' average price (base: a count of 蔬菜周 and a
    price named 元/公斤; a bare 平均价格)."""
    doc = extract_text("农产品批发市场一周价格\n"
                       "蔬菜均价持平略降。重点监测的28种蔬菜周均价每公斤5.00元,环比跌0.2%,同比高2.2%。"
                       "重点监测的6种水果平均价格为7.21元/公斤,比昨天上升0.7%。")
    got = {(m.value, m.unit): m.indicator for m in _metrics(doc)}
    assert got.get((28, "种")) == "蔬菜" and got.get((5, "元/公斤")) == "蔬菜周均价", got
    assert got.get((7.21, "元/公斤")) == "水果平均价格", got
    doc = extract_text("价格\n全市监测的28种蔬菜均价每公斤5.00元。")
    assert {(m.value, m.unit): m.indicator for m in _metrics(doc)}.get((5, "元/公斤")) == "蔬菜均价"


def test_a_rate_of_change_alone_is_the_previous_level_s():
    """雅安市发改委: 生猪7.78元/斤，较上周上涨0.36元，涨幅为4.86%: the hog price's rise (base: a bare 涨幅,
    of nothing named)."""
    doc = extract_text("本周我市猪肉类价格小幅回升\n"
                       "生猪7.78元/斤,较上周上涨0.36元,涨幅为4.86%,同比上涨45.97%;"
                       "仔猪24元/公斤,较上周上涨1.58元,涨幅为7.05%。")
    got = {(m.value, m.unit): m.indicator for m in _metrics(doc)}
    assert got.get((4.86, "%")) == "生猪涨幅" and got.get((7.05, "%")) == "仔猪涨幅", got


def test_a_rate_of_change_after_a_clause_naming_a_price():
    """四川调查总队 CPI: 鲜菜价格涨势明显，涨幅达14.1%: the vegetables' price rise (base: a bare 涨幅); a
    clause with no price keeps the bare noun (工业投资增势较好，增速为12%)."""
    doc = extract_text("10月四川食品价格同比下跌5.8%\n"
                       "环比看,10月份四川居民消费价格上涨0.7%。鲜菜价格涨势明显,涨幅达14.1%。")
    got = {(m.value, m.unit): m.indicator for m in _metrics(doc)}
    assert got.get((14.1, "%")) == "鲜菜价格涨幅", got
    doc = extract_text("经济运行\n全市经济平稳。工业投资增势较好,增速为12%。")
    assert {(m.value, m.unit): m.indicator for m in _metrics(doc)}.get((12, "%")) == "增速"
