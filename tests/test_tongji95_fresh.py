"""Round 95 (tongji95): 国民经济和社会发展统计公报 and 经济运行 releases, second pass — the bulletins of 宁远县
(Hunan) and 玉环市 (Zhejiang), a district's 2022 bulletin, a story on the 2022 bulletin of 重庆市, the
half-year releases of 锦州市 (Liaoning) and of 西藏自治区, a county's first-quarter release and 内蒙古's
three-quarter release (fresh texts of /tmp/s26/fresh/tongji95, taken from the `search` tool's pages).
Fixes: a clause naming a level and only how its change is measured (全市规模以上工业增加值按可比价格计算，同比
下降2.7%) gives the bare change after it its level (was 同比下降, and 降幅收窄 after it); the names of the 2011
and 2002 industry classifications written with 、 (石油加工、炼焦和核燃料加工业, 电力、热力的生产和供应业) are one
industry (were cut to 炼焦和核燃料加工业); 全区并网发电量 keeps 并网 (was 网发电量); a city's own new area
written as an item of a list of its counties (古塔区、松山新区、滨海新区和凌河区分别增长…) is a place of that city,
so the list's figures pair with every item, and a zone read with no city (滨海新区) is that city's (was
partOf 古塔区); a place's own 和 (太和区) is no join of a 分别 list (the five counties' 增速分别为… went to the
city); a story on a bulletin whose first paragraph is a teaser of no figure names the report in the next
paragraph, and that report's year is the time of the figures stating none (were None)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple, tuple]:
    """(value, unit) → (indicator, subject name, period) of the document's metrics."""
    return {(m.value, m.unit): (m.indicator, doc.entities[m.subject].name if m.subject in doc.entities else None,
                                m.period)
            for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def _parents(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "partOf" and r.subject in doc.entities and r.object in doc.entities}


def test_a_level_measured_at_comparable_prices_in_its_own_clause_owns_the_change():
    """03-jinzhou-shangbannian: 上半年，全市规模以上工业增加值按可比价格计算，同比下降2.7%，降幅比1-5月收窄3.6个
    百分点 (base: the indicators 同比下降 and 降幅收窄).  A clause of a measure alone (全市按可比价格计算) names
    no level, and a clause further back (not the one right before the change) gives nothing."""
    doc = extract_text("锦州市上半年经济运行情况\n上半年，全市规模以上工业增加值按可比价格计算，同比下降2.7%，"
                       "降幅比1-5月收窄3.6个百分点。")
    got = _metrics(doc)
    assert got[(2.7, "%")][0] == "规模以上工业增加值同比下降", got
    assert got[(3.6, "个百分点")][0] == "规模以上工业增加值降幅收窄", got
    doc = extract_text("锦州市上半年经济运行情况\n上半年，全市按可比价格计算，同比增长2.7%。")
    assert _metrics(doc)[(2.7, "%")][0] == "同比增长", _metrics(doc)
    doc = extract_text("锦州市上半年经济运行情况\n上半年，全市规模以上工业增加值按可比价格计算，比上月提高，同比增长2.7%。")
    assert _metrics(doc)[(2.7, "%")][0] == "同比增长", _metrics(doc)


def test_industry_names_of_older_classifications_are_one_item():
    """03-jinzhou-shangbannian: 从主要行业看，…，石油加工、炼焦和核燃料加工业增长68.6%，电力、热力的生产和供应业
    下降11.9% (base: 炼焦和核燃料加工业增长, 热力的生产和供应业下降).  A plain list of two industries stays two."""
    doc = extract_text("锦州市上半年经济运行情况\n从主要行业看，农副食品加工业下降61.1%，石油加工、炼焦和核燃料加工业"
                       "增长68.6%，电力、热力的生产和供应业下降11.9%。")
    got = _metrics(doc)
    assert got[(68.6, "%")][0] == "石油加工、炼焦和核燃料加工业增长", got
    assert got[(11.9, "%")][0] == "电力、热力的生产和供应业下降", got
    assert got[(61.1, "%")][0] == "农副食品加工业下降", got


def test_grid_connected_output_keeps_its_first_character():
    """04-xizang-2022-shangbannian: 全区并网发电量54.58亿千瓦时，同比增长29.7% (base: 网发电量, 并 cut as the
    conjunction).  并 opening a clause of its own (并实现产值…) is still cut."""
    doc = extract_text("西藏自治区2022年上半年经济运行情况\n上半年，全区并网发电量54.58亿千瓦时，同比增长29.7%。")
    assert "并网发电量" in _indicators(doc), _metrics(doc)
    assert "网发电量" not in _indicators(doc), _metrics(doc)
    doc = extract_text("某县上半年经济运行情况\n上半年，全县新建项目12个，并实现产值5.2亿元。")
    assert not any(i.startswith("并") for i in _indicators(doc)), _metrics(doc)


def test_a_city_new_area_listed_among_its_counties_takes_its_figure():
    """03-jinzhou-shangbannian: 古塔区、松山新区、滨海新区和凌河区分别增长27.5%、21.8%、14.1%和3.8% (base: no
    place 松山新区, so 21.8% went to 凌河区; 滨海新区 partOf 古塔区, the county before it).  A 新区 after a word of
    its own, not between two of the list's counties (全力推进松山新区建设), is no place."""
    doc = extract_text("锦州市上半年经济运行情况\n全市9个县(市)区GDP增速“四升五降”。古塔区、松山新区、滨海新区和凌河区"
                       "分别增长27.5%、21.8%、14.1%和3.8%。")
    got = _metrics(doc)
    assert got[(21.8, "%")][1] == "松山新区", got
    assert got[(14.1, "%")][1] == "滨海新区", got
    assert got[(3.8, "%")][1] == "凌河区", got
    parents = _parents(doc)
    assert ("松山新区", "锦州市") in parents and ("滨海新区", "锦州市") in parents, parents
    assert ("滨海新区", "古塔区") not in parents, parents
    doc = extract_text("锦州市召开会议\n会议要求，全力推进松山新区建设，古塔区要做好服务。")
    assert "松山新区" not in {e.name for e in doc.entities.values()}, doc.entities


def test_a_place_with_he_in_its_name_is_one_item_of_a_respective_list():
    """03-jinzhou-shangbannian: 黑山县、北镇市、太和区、义县和凌海市均下降，增速分别为-3.2%、-4.2%、-6.2%、-7.7%和
    -10.7% (base: all five figures the city's: 太和区's 和 read as a join made six items for five figures)."""
    doc = extract_text("锦州市上半年经济运行情况\n黑山县、北镇市、太和区、义县和凌海市均下降，增速分别为-3.2%、-4.2%、"
                       "-6.2%、-7.7%和-10.7%。")
    got = _metrics(doc)
    assert got[(-6.2, "%")][1] == "太和区", got
    assert got[(-7.7, "%")][1] == "义县", got
    assert got[(-10.7, "%")][1] == "凌海市", got


def test_a_bulletin_named_after_a_teaser_gives_its_year():
    """05-chongqing-2022: 2022年重庆经济发展有哪些亮点？…⏎3月17日，重庆市统计局…联合发布《2022年重庆市国民经济
    和社会发展统计公报》… 城镇新增就业人员70.67万人 (base: period None).  A first paragraph with figures of its
    own is the lead: a report named only after it gives no year."""
    doc = extract_text("2022年重庆常住人口达3213.34万人\n2022年重庆经济发展有哪些亮点？常住人口有多少？\n"
                       "3月17日，重庆市统计局联合发布《2022年重庆市国民经济和社会发展统计公报》。\n"
                       "城镇新增就业人员70.67万人，比上年减少5.9%。")
    assert _metrics(doc)[(706700, "人")][2] == "2022", _metrics(doc)
    doc = extract_text("重庆经济观察\n重庆新增市场主体12万户，重庆经济稳中向好。\n"
                       "3月17日，重庆市统计局联合发布《2022年重庆市国民经济和社会发展统计公报》。\n"
                       "城镇新增就业人员70.67万人，比上年减少5.9%。")
    assert _metrics(doc)[(706700, "人")][2] != "2022", _metrics(doc)


def test_the_next_item_of_an_output_breakdown_shares_its_measure():
    """04-xizang-2022-shangbannian: 猪牛羊肉产量3.07万吨，同比增长15.5%，其中，牛肉产量2.10万吨，同比增长18.8%；猪肉
    0.57万吨，同比增长54.7% (base: the indicators 猪肉 and 猪肉同比增长).  An item of another kind (粮食产量…；蔬菜2万吨)
    or in the next sentence keeps its own name."""
    doc = extract_text("西藏自治区2022年上半年经济运行情况\n上半年，猪牛羊肉产量3.07万吨，同比增长15.5%，其中，牛肉产量2.10万吨，"
                       "同比增长18.8%；猪肉0.57万吨，同比增长54.7%。")
    got = _metrics(doc)
    assert got[(5700, "吨")][0] == "猪肉产量", got
    assert got[(54.7, "%")][0] == "猪肉产量同比增长", got
    doc = extract_text("某县2023年国民经济和社会发展统计公报\n全县粮食产量5万吨，增长3%；蔬菜2万吨。")
    assert _metrics(doc)[(20000, "吨")][0] == "蔬菜", _metrics(doc)
    doc = extract_text("某县2023年国民经济和社会发展统计公报\n牛肉产量2万吨。猪肉1万吨。")
    assert _metrics(doc)[(10000, "吨")][0] == "猪肉", _metrics(doc)


def test_new_homes_of_the_price_release_keep_their_name():
    """05-chongqing-2022: 12月份，新建商品住宅销售价格环比下降0.5%、同比持平；二手住宅销售价格环比下降0.4% (base: the
    indicator 商品住宅销售价格环比下降, 新建 cut as a verb of building).  新建 before another noun is still cut."""
    doc = extract_text("重庆市2022年国民经济和社会发展统计公报\n12月份，新建商品住宅销售价格环比下降0.5%、同比持平；"
                       "二手住宅销售价格环比下降0.4%。")
    assert _metrics(doc)[(0.5, "%")][0] == "新建商品住宅销售价格环比下降", _metrics(doc)
    doc = extract_text("某县2023年国民经济和社会发展统计公报\n全年新建学校5所。")
    assert not any(i.startswith("新建") for i in _indicators(doc)), _metrics(doc)
