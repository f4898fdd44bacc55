"""Round 57 (ocean57): ocean and fisheries news from fresh texts of /tmp/s26/fresh/ocean57 (Hainan's
伏季休渔 and 开渔节, Ningbo's boats back in port, Weihai's joint patrol at 石岛新港, Beihai's 南澫中心渔港):
a span of months and a half (三个半月) is one span, no count of 半月; a port named 新港 and boats
在港 are no 新疆 nor 香港; a fishing vessel's number (桂北渔34009) is no place and no programme; a place
opening a figure's own clause wins over an event opening the paragraph."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc):
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    names = {k: e.name for k, e in doc.entities.items()}
    return [(names.get(m.subject, m.subject), m.indicator, m.value, m.unit) for m in ms]


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_months_and_a_half_are_one_span_not_a_count_of_half_months():
    """海南日报 2023-04-26: 海南省将从2023年5月1日12时起至8月16日12时实施海洋伏季休渔，共三个半月 (base: a
    metric 半月 = 3 个); 央视网 (宁波): 开始了4个半月的休渔期 (base: 半月 = 4 个, now the 4.5 months)."""
    doc = extract_text("海南进入伏季休渔期\n海南省将从2023年5月1日12时起至8月16日12时实施海洋伏季休渔,共三个半月。")
    assert not [m for m in _metrics(doc) if "半月" in m[1] or m[3] == "个"], _metrics(doc)
    doc = extract_text("宁波4026艘渔船回港休渔\n4月30日,在浙江宁波,4026艘应休渔船结束了捕捞作业,回港休渔,"
                       "开始了4个半月的休渔期。")
    ms = _metrics(doc)
    assert not [m for m in ms if m[1] == "半月"], ms
    assert [m for m in ms if m[2] == 4.5 and m[3] == "个月"], ms


def test_a_port_named_xingang_is_no_xinjiang_and_hong_kong():
    """荣成市海洋与渔业局 2015-05-20: 海上联合巡航执法启动仪式在荣成石岛新港举行 (base: 新疆维吾尔自治区
    and 香港 read from the run 新港)."""
    doc = extract_text("威海市海上联合巡航执法行动在荣成启动\n"
                       "“威海海事局 威海市海洋与渔业局海上联合巡航执法启动仪式”在荣成石岛新港举行。")
    places = _places(doc)
    assert "新疆维吾尔自治区" not in places and "香港" not in places, places
    assert places.get("荣成市") == "371082"


def test_boats_in_port_are_no_hong_kong():
    """央视网 (宁波象山): 当地渔政执法部门依托港内巡查、海上巡航和科技监控等手段加强在港渔船管理 (base: 香港
    from 在港); a text naming 香港 still reads 在港 投资 as Hong Kong."""
    doc = extract_text("宁波渔船回港休渔\n目前,宁波的4026艘渔船都已结束作业回港,当地渔政执法部门依托港内巡查、"
                       "海上巡航和科技监控等手段加强在港渔船管理,维护伏季休渔秩序。")
    assert "香港" not in _places(doc), _places(doc)
    hk = extract_text("香港投资\n香港特区政府表示,在港投资的内地企业超过4000家。")
    assert _places(hk).get("香港") == "810000"


def test_a_fishing_vessel_number_is_no_place_and_no_programme():
    """北海晚报 (南澫中心渔港): “桂北渔34009”号渔船的船长苏相伟称 (base: a place 桂北; without it the quoted
    number was read as a programme)."""
    doc = extract_text("北海南澫中心渔港一期工程基本完成\n"
                       "“桂北渔34009”号渔船的船长苏相伟称,现在的南澫中心渔港功能齐全,渔船出海回来,马上可以卖鱼货。")
    names = {e.name: e.type for e in doc.entities.values()}
    assert "桂北" not in names and not [n for n in names if "34009" in n], names


def test_a_place_opening_the_figure_s_clause_beats_the_event_opening_the_paragraph():
    """新华社 2017-08-16: 第二届中国南海(三亚)开渔节16日在崖州中心渔港举行。…标志着为期3个半月的南海伏季休渔期
    结束,海南省1.8万艘休渔渔船将陆续出海捕捞作业 (base: the 1.8万艘 the 开渔节's)."""
    doc = extract_text("南海伏季休渔结束 海南1.8万艘渔船解禁开捕\n"
                       "第二届中国南海(三亚)开渔节16日在崖州中心渔港举行。正午12时,崖州中心渔港内的上百艘渔船在汽笛声中"
                       "有序离港,标志着为期3个半月的南海伏季休渔期结束,海南省1.8万艘休渔渔船将陆续出海捕捞作业。")
    ms = [m for m in _metrics(doc) if m[2] == 18000]
    assert ms and ms[0][0] == "海南省", _metrics(doc)


def test_a_measure_before_de_measures_the_noun_after_it():
    """掌上荣成 2017-09-15: 荣成，扼黄渤海门户，以500公里的海岸线、5000平方公里的近岸海域… (base: the indicator
    的近岸海域, opening with 的)."""
    doc = extract_text("荣成海之物产篇\n山东半岛最东端的荣成市,扼黄渤海门户,以500公里的海岸线、5000平方公里的近岸海域、"
                       "两个国家一类开放港口,占尽蓝色海洋经济发展先机。")
    ms = _metrics(doc)
    assert [m for m in ms if m[1] == "近岸海域" and m[2] == 5000], ms
    assert not [m for m in ms if m[1].startswith("的")], ms


def test_a_count_of_national_titles_gives_the_figures_after_it_no_national_scope():
    """中国水产科学研究院黄海所 (荣成海洋牧场): 截至目前，荣成市已有9个全国休闲渔业示范基地、9个省级海钓钓场、6个省级
    休闲海钓示范基地 (base: the 9 钓场 and 6 基地 China's, from the 全国 of the first title)."""
    doc = extract_text("荣成市大力推进海洋牧场建设\n截至目前,荣成市已有9个全国休闲渔业示范基地、9个省级海钓钓场、"
                       "6个省级休闲海钓示范基地。")
    ms = _metrics(doc)
    assert {m[0] for m in ms} == {"荣成市"}, ms
    national = extract_text("全国重点实验室\n全国共有5个全国重点实验室,总投资30亿元。")
    assert {m[0] for m in _metrics(national)} == {"中国"}, _metrics(national)


def test_a_bare_total_after_another_total_of_the_same_things_is_theirs():
    """辽宁省海洋与渔业厅 2017年上半年渔业经济: 1-5月全省水产品对外贸易总量88.22万吨、总额19.44亿美元，同比分别增长了
    21.4%和13.3% (base: an indicator 总额 and 总额同比增长, owned by nothing)."""
    doc = extract_text("辽宁省2017年上半年渔业经济运行情况\n据海关数据统计,1-5月辽宁省水产品对外贸易总量88.22万吨、"
                       "总额19.44亿美元,同比分别增长了21.4%和13.3%。")
    inds = {m[1] for m in _metrics(doc)}
    assert "水产品对外贸易总额" in inds and "总额" not in inds, inds


def test_a_figure_after_its_own_noun_is_no_item_of_the_list_before():
    """北海晚报 (南澫中心渔港): 已建成东、西防波堤共1960米、码头800米等辅助设施 (base: 东、西 paired with the two
    figures, the 800米 of the 码头 read as 西防波堤's); a figure after 、 and an approx word still pairs."""
    doc = extract_text("北海南澫中心渔港一期工程基本完成\n北海市南澫中心渔港一期工程已经基本完成,"
                       "已建成东、西防波堤共1960米、码头800米等辅助设施。")
    ms = {(m[1], m[2]) for m in _metrics(doc)}
    assert ("码头", 800) in ms and not [m for m in ms if m[1] == 800 and "防波堤" in m[0]], ms
    pair = extract_text("居民收入\n全市城镇、农村居民人均可支配收入40046元、约18177元。")
    assert ("农村居民人均可支配收入", 18177) in {(m[1], m[2]) for m in _metrics(pair)}


def test_a_national_organ_whose_rules_are_followed_is_no_source_of_the_figure():
    """浙江在线 2008-06-16 (我市3570艘渔船全部进入伏休): 根据农业部的有关规定，6月1日，1447艘拖虾渔船已“船进港、
    网入库、人上岸” (base: the city's 1447 boats China's, the ministry read as the figure's source)."""
    doc = extract_text("我市3570艘渔船全部进入伏休\n根据农业部的有关规定,6月1日,1447艘拖虾渔船已“船进港、网入库、人上岸”,"
                       "开始进入6月1日12时至8月1日12时的伏休期。")
    ms = [m for m in _metrics(doc) if m[2] == 1447]
    assert ms and ms[0][0] != "中国", ms


def test_an_artificial_reef_is_measured_in_void_cubic_metres():
    """黄海水产研究所 (荣成海洋牧场): 已完成投资3.3亿元，投放礁体75万空方、优良苗种3亿单位 (base: a figure 75万
    with no unit and the indicator 空方)."""
    doc = extract_text("荣成市大力推进海洋牧场建设\n荣成市海洋牧场园区已完成投资3.3亿元,投放礁体75万空方、优良苗种3亿单位,"
                       "完成人工鱼礁6.3万亩。")
    assert ("投放礁体", 750000, "空方") in {m[1:] for m in _metrics(doc)}, _metrics(doc)


def test_a_lookout_kept_by_ships_is_no_periodical():
    """连云区林业和海洋局 2022-12-05 航行通告: 过往船舶应加强瞭望，减速慢行，谨慎驾驶 (base: the organisation 瞭望,
    i.e. 瞭望周刊, located in Beijing); 《瞭望》 as a title is still the periodical."""
    doc = extract_text("关于在连云区高公岛渔港航道设置渔用航标施工的航行通告\n在施工水域内禁止船舶交回、追越、并行。"
                       "过往船舶应加强瞭望,减速慢行,谨慎驾驶,注意避让施工船舶。")
    assert "瞭望" not in {e.name for e in doc.entities.values()}
    titled = extract_text("改革观察\n《瞭望》新闻周刊记者近日在云南采访。")
    assert "瞭望" in {e.name for e in titled.entities.values()}


def test_a_counted_kind_of_place_is_no_place():
    """掌上荣成 2017-09-15: 绵延千里的海岸线上分布着10个海湾、115个大小岛屿 (base: a place 海湾 from jieba's ns)."""
    doc = extract_text("荣成海之物产篇\n荣成市绵延千里的海岸线上分布着10个海湾、115个大小岛屿,全市海水实养面积58.1万亩。")
    assert "海湾" not in _places(doc), _places(doc)
