"""Figures in shapes read on fresh county bulletins, budget reports, development-zone and trade
releases (round 29).  Sentences written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from conftest import counted_nouns, figure_table


def _metrics(text: str, date: str | None = "2024-07-20"):
    return figure_table(text, date)


def test_an_amount_after_chao_run_into_the_things_counted_is_their_size_class():
    """新增产值超10亿元企业有6家: 超10亿元 classes the firms counted after it, as 10亿元以上企业 does;
    it was a level of its own (企业 10亿元), and the count lost the class from its name."""
    ms = _metrics("上半年，全市新增产值超10亿元企业有6家，总投资超过5亿元项目12个。")
    assert (1000000000, "元") not in ms and (500000000, "元") not in ms
    assert ms[(6, "家")][0] == "产值超10亿元企业"
    assert ms[(12, "个")][0] == "总投资超过5亿元项目"


def test_an_amount_after_chao_closing_its_clause_stays_a_figure():
    """全市实现出口超10亿元，…: an amount passed, no class — the figure stays."""
    ms = _metrics("上半年，全市实现出口超10亿元，外贸企业达到120家。")
    assert ms[(1000000000, "元")][0] == "出口"


def test_poultry_in_hundreds_of_birds_is_read_and_keeps_its_growth():
    """家禽存栏51313百羽，同比下降33.88%: 百羽 was no unit, so the stock was lost and its fall went to
    the cattle stock before it (牛存栏同比下降 twice)."""
    ms = _metrics("年末牛存栏16.33万头，同比下降17.78%；年末家禽存栏51313百羽，同比下降33.88%。", "2022-01-20")
    assert ms[(51313, "百羽")][0] == "家禽存栏"
    assert ms[(33.88, "%")][0] == "家禽存栏同比下降"


def test_electricity_in_du_after_a_magnitude_is_kilowatt_hours():
    """用电量6.42亿度: 度 is a kWh after 万/亿; the figure had no unit.  35度 (a temperature) and 两度
    (twice) stay no figure."""
    ms = _metrics("全年规上工业用电量6.42亿度，同比增长39.2%。", "2022-01-20")
    assert ms[(642000000, "千瓦时")][0] == "规上工业用电量"
    assert _metrics("当天最高气温35度，他曾两度获得先进称号。") == {}


def test_an_adverb_or_a_state_after_the_things_counted_ends_their_name():
    """49个国家级开发区积极落实…, 19个新建项目尚未列统, 200个新增长点项目发展良好: the counted noun ran on
    into the predicate (国家级开发区积极落实宏观调控措施)."""
    assert counted_nouns("全国49个国家级开发区积极落实宏观调控措施") == ["国家级开发区"]
    assert counted_nouns("仍有19个新建项目尚未列统") == ["新建项目"]
    assert counted_nouns("全市200个新增长点项目发展良好") == ["新增长点项目"]
    assert counted_nouns("全年培养5名入党积极分子。") == ["入党积极分子"]


def test_a_topic_clause_ending_in_an_amount_in_e_names_the_figure():
    """中国与东盟贸易额，首次突破6万亿元: the clause before is the topic, as 一般公共预算收入，首次突破…
    (round 28); 贸易额 was no measure noun, so the figure was named 金额."""
    ms = _metrics("2023年，中国与东盟贸易额，首次突破6万亿元。", "2024-01-20")
    assert ms[(6000000000000, "元")][0] == "中国与东盟贸易额"
    ms = _metrics("2023年，全县电商交易额，首次突破10亿元。", "2024-01-20")
    assert ms[(1000000000, "元")][0] == "电商交易额"


def test_a_port_named_by_its_city_keeps_the_port_in_the_indicator():
    """深圳港集装箱吞吐量: the city is the subject and the port's throughput the indicator
    (港口集装箱吞吐量, as 全市港口集装箱吞吐量 is named); the place was cut off and left 港集装箱吞吐量."""
    ms = _metrics("2023年，深圳港集装箱吞吐量2988万标准箱，同比增长0.8%。", "2024-01-20")
    assert ms[(29880000, "标准箱")][:2] == ("港口集装箱吞吐量", "深圳市")
    assert ms[(0.8, "%")][0] == "港口集装箱吞吐量同比增长"
    ms = _metrics("2023年，连云港港货物吞吐量3.2亿吨。", "2024-01-20")
    assert ms[(320000000, "吨")][:2] == ("港口货物吞吐量", "连云港市")


def test_a_national_organ_as_the_source_makes_the_figure_national_not_the_datelines_city():
    """新华社北京1月17日电 记者从国家统计局获悉，2023年粮食总产量…: the sentence names no place; the
    source is a national organ, so the figure is the country's — the article's place (北京, from the
    dateline) was its subject.  A city's own bureau as the source keeps the city."""
    ms = _metrics("新华社北京1月17日电 记者从国家统计局获悉，2023年粮食总产量69541万吨，比上年增长1.3%。", "2024-01-20")
    assert ms[(695410000, "吨")][1] == "中国"
    assert ms[(1.3, "%")][1] == "中国"
    ms = _metrics("新华社北京1月17日电 记者从北京市统计局获悉，2023年粮食总产量30万吨。", "2024-01-20")
    assert ms[(300000, "吨")][1] == "北京市"


def test_a_zone_named_after_its_city_is_the_subject_not_the_city_inside_its_name():
    """其中上饶经济技术开发区主营业务收入a亿元: the zone is a place of its own, more specific than the
    city its name opens with; the city (上饶市) was the subject, beside the city's own total."""
    ms = _metrics("1-7月，全市工业园区主营业务收入1524.1亿元。其中上饶经济技术开发区主营业务收入494.82亿元，"
                  "在全省排第五位。", "2016-08-20")
    assert ms[(49482000000, "元")][1] == "上饶经济技术开发区"
    ms = _metrics("泾县经济开发区是省级开发区，规划面积7560亩。", "2016-08-20")
    assert ms[(7560, "亩")][1] == "泾县经济开发区"


def test_major_categories_are_counted_in_categories():
    """8大类商品及服务价格指数: 大类 counts categories as 3大项 counts items; 大 was read alone and the
    noun began with 类 (8 个 类商品).  八大类 written in words stays a fixed term, no figure."""
    ms = _metrics("从分类看，8大类商品及服务价格指数呈现“六升二降”的态势。")
    # (figures36: the classes an index is broken down by are no count at all — never 8 个 类商品)
    assert (8, "类") not in ms and (8, "个") not in ms
    assert _metrics("八大类商品价格五涨三降。") == {}


def test_a_record_set_in_the_clause_before_names_the_amount_without_its_place():
    """福建省外贸进出口再创新高，达到9314.4亿元: what set the record is named before 再创新高 (it was
    福建省外贸, cut at the first verb, the place kept), and the place opening the clause is the
    subject; 粮食产量将再创历史新高 leaves its adverbs; 中国同欧盟的贸易额 keeps the partners."""
    ms = _metrics("今年前三季度，福建省外贸进出口再创新高，达到9314.4亿元。", "2020-10-14")
    assert ms[(931440000000, "元")][:2] == ("外贸进出口", "福建省")
    ms = _metrics("9月份，深圳盐田港集装箱吞吐量再创新高，超过146万标箱。", "2020-10-14")
    assert ms[(1460000, "标准箱")][0] == "集装箱吞吐量"
    ms = _metrics("据国家统计局数据，全年粮食产量将再创历史新高，达到13908.2亿斤。", "2021-10-14")
    assert ms[(1390820000000, "斤")][0] == "粮食产量"
    ms = _metrics("今年前三季度，中国同欧盟的贸易额再创新高，突破8000亿美元。", "2021-10-14")
    assert ms[(800000000000, "美元")][0] == "中国同欧盟的贸易额"
