"""Round 48 (water48): water-resources news from fresh texts of /tmp/s26/fresh/water48 (水务局 and 水利局
news, river-chief meetings, reservoirs and irrigation districts): the river chiefs written with the
level (县级总河长) or as the party secretary's 第一总河长 hold their posts; a river named like a city
(黑河) and an irrigation district named inside a county (博爱县丹东灌溉区) are no divisions; a class of
reservoirs (59宗小型病险水库) is no facility, each reservoir listed after one by name is; 其中央投资 is the
central funds; 比增 is a change."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _metrics(doc) -> dict[str, tuple]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: (m.value, m.unit, m.kind) for m in ms}


def test_river_chiefs_written_with_the_level_hold_their_posts():
    """临潭县 (Gansu): 县委书记、县级总河长杨永红出席会议并讲话，县委副书记、县长、县级总河长宋国全主持会议 …
    省委书记、省级总河长胡昌升同志: each holds the committee's post and the chief's (base: no post at all,
    宋国全 no person)."""
    doc = extract_text("2023年临潭县总河长暨部门联席会议召开\n"
                       "9月19日，甘肃省临潭县召开会议。县委书记、县级总河长杨永红出席会议并讲话，县委副书记、县长、"
                       "县级总河长宋国全主持会议。会议传达了省委书记、省级总河长胡昌升同志关于河湖长工作的批示精神。")
    posts = relation_pairs(doc, "holdsPost")
    assert {("杨永红", "临潭县委"), ("宋国全", "临潭县委"), ("宋国全", "临潭县"), ("胡昌升", "甘肃省委")} <= posts, posts


def test_the_party_secretary_s_first_chief_holds_his_posts():
    """怀集县 (Guangdong): 县委书记、县第一总河长于晓军出席会议并讲话，县委副书记、县长、县总河长陈腾达主持会议:
    the secretary's 第一总河长 is a chief's post as the head's 总河长 is (base: 于晓军 held none)."""
    doc = extract_text("2023年怀集县全面推行河湖长制暨重点水利工作会议召开\n"
                       "6月16日，广东省怀集县召开会议。县委书记、县第一总河长于晓军出席会议并讲话，县委副书记、县长、"
                       "县总河长陈腾达主持会议。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("于晓军", "怀集县委") in posts and ("于晓军", "怀集县") in posts, posts


def test_a_river_named_like_a_city_is_no_city():
    """庆城县 (Gansu): 庆城县召开马莲河、柔远河、黑河河长联席会议 … 黑河驿马镇、桐川镇、太白梁乡、土桥乡河段乡级总河长:
    the river 黑河 and its chief, no 黑河市 of Heilongjiang (base: 黑河市, three mentions); 黑河流域 is the
    river too; the city's own 河长制 keeps the city (漯河河长制)."""
    doc = extract_text("庆城县召开马莲河、柔远河、黑河河长联席会议\n"
                       "2017年9月7日下午，甘肃省庆城县政府常务副县长姚振杰主持召开马莲河、柔远河、黑河河长联席会议。"
                       "黑河驿马镇、桐川镇、太白梁乡、土桥乡河段乡级总河长参加会议。")
    assert "黑河市" not in _places(doc), _places(doc)
    basin = extract_text("张掖市推进黑河流域综合治理\n甘肃省张掖市推进黑河流域综合治理。")
    assert "黑河市" not in _places(basin), _places(basin)
    city = extract_text("漯河市推进河长制\n河南省漯河市召开会议，漯河河长制工作扎实推进。")
    assert "漯河市" in _places(city)


def test_an_irrigation_district_named_inside_a_county_is_no_city():
    """焦作 (Henan) 2009: 我市博爱县丹东灌溉区节水配套改造项目和广利灌溉区续建配套与节水改造项目获水利部专项资金支持:
    the irrigation district 丹东, no 丹东市 of Liaoning (base: 丹东市, the article's place and the
    subject of every figure)."""
    doc = extract_text("我市两灌溉区节水配套改造项目获国家专项资金支持\n"
                       "我市博爱县丹东灌溉区节水配套改造项目和广利灌溉区续建配套与节水改造项目获水利部专项资金支持。"
                       "这两个项目总投资3180万元。")
    assert "丹东市" not in _places(doc) and "博爱县" in _places(doc), _places(doc)


def test_a_class_of_reservoirs_is_no_facility():
    """潮州市水务局: 列入省市十大民生实事的59宗小型病险水库的除险加固工程如期完成; 金坛: 省水利厅督查薛埠镇小型水库
    运行管理; 昌宁县水务局扎实推进小型水库除险加固: the small reservoirs of a place, no facility (base:
    宗小型病险水库, 薛埠镇小型水库, 水务局扎实推进小型水库)."""
    doc = extract_text("市水务局召开2023年度工作总结会议\n"
                       "广东省潮州市列入省市十大民生实事的59宗小型病险水库的除险加固工程如期完成主体工程建设。")
    assert not any(o.endswith("水库") for o in _orgs(doc)), _orgs(doc)
    doc = extract_text("省水利厅督查薛埠镇小型水库运行管理\n9月9日，省水利厅派出检查组对薛埠镇东进水库运行管理进行督查。")
    assert "薛埠镇小型水库" not in _orgs(doc), _orgs(doc)
    doc = extract_text("昌宁县水务局扎实推进小型水库除险加固\n云南省昌宁县水务局推进工作。")
    assert not any(o.endswith("水库") for o in _orgs(doc)), _orgs(doc)


def test_each_reservoir_listed_after_one_by_name_is_a_facility():
    """渭南市水务局: 宋晓彤带队到湭河水库、涧峪水库、小华山水库、小夫峪水库、蒲峪水库、太峪水库等检查督导水库运行情况:
    each reservoir of the list (base: 涧峪水库, 小夫峪水库, 太峪水库 missed, the names jieba does not know)."""
    doc = extract_text("宋晓彤带队检查督导水库运行情况\n"
                       "9月26日，陕西省渭南市水务局局长宋晓彤带队到湭河水库、涧峪水库、小华山水库、小夫峪水库、蒲峪水库、"
                       "太峪水库等检查督导水库运行情况。")
    assert {"湭河水库", "涧峪水库", "小夫峪水库", "太峪水库"} <= _orgs(doc), _orgs(doc)


def test_central_funds_after_qizhong():
    """焦作 (Henan): 这两个项目总投资3180万元，其中央投资1700万元，省配套520万元: 其 + 中央投资 (base: 央投资)."""
    doc = extract_text("我市两灌溉区节水配套改造项目获国家专项资金支持\n"
                       "河南省焦作市这两个项目总投资3180万元，其中央投资1700万元，省配套520万元。其中中央投资800万元用于渠道。")
    metrics = _metrics(doc)
    assert metrics.get("中央投资", (None,))[0] in (17000000, 8000000) and "央投资" not in metrics, metrics


def test_bizeng_is_a_change():
    """潮州市水务局: 2023年全市完成水利建设投资26.56亿元，比增11%: the investment's change on the year before
    (base: a level 比增 of 11%)."""
    doc = extract_text("市水务局召开2023年度工作总结会议\n"
                       "1月31日，广东省潮州市水务局召开会议。2023年全市完成水利建设投资26.56亿元，比增11%，再创历史新高。")
    metrics = _metrics(doc)
    assert metrics.get("水利建设投资比增") == (11, "%", "change"), metrics


def test_a_fund_named_after_the_centre_is_no_national_scope():
    """昌宁县水务局: 目前已完成累计完成中央水利发展资金、省级一般债补助项目等6个规划批次47座小型水库除险加固工程:
    中央 names the fund's source, the county's reservoirs (base: 中国's 47 reservoirs)."""
    doc = extract_text("昌宁县水务局推进水库除险加固\n"
                       "云南省昌宁县水务局推进工作。目前已完成累计完成中央水利发展资金、省级一般债补助项目等6个规划批次"
                       "47座小型水库除险加固工程。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    subjects = {m.indicator: doc.entities[m.subject].name for m in ms if m.subject in doc.entities}
    assert subjects.get("小型水库除险加固工程") == "昌宁县", subjects


def test_a_hydrology_bureau_is_an_agency():
    """长江委 and water news: 岳阳市水文局, 湖南省水文中心 — the hydrology bureau of a city or province, under
    its water department (base: no entity)."""
    doc = extract_text("水文部门加密测报\n湖南省岳阳市水文局发布预警。湖南省水文中心加强监测。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert {"岳阳市水文局", "湖南省水文中心"} <= agencies, agencies
    assert ("岳阳市水文局", "岳阳市") in relation_pairs(doc, "locatedIn")


def test_a_township_s_river_chiefs_hold_their_posts_in_it():
    """城头镇 (福清市): 城头镇河长俞守清、魏昌评带领副河长及河长办工作人员到湖美溪开展“河长日”巡河活动: the
    township's chiefs (base: neither a person)."""
    doc = extract_text("城头镇开展“河长日”巡河活动\n"
                       "福建省福清市城头镇河长俞守清、魏昌评带领副河长及河长办工作人员到湖美溪开展“河长日”巡河活动。")
    posts = relation_pairs(doc, "holdsPost")
    assert {("俞守清", "城头镇"), ("魏昌评", "城头镇")} <= posts, posts


def test_an_investment_in_wan_without_its_unit_is_in_yuan():
    """游仙区 (绵阳日报, a search result of this round): 总投资4918万的天星堰灌区2023—2025年续建配套与节水改造工程
    项目 — an investment written in 万 with no 元 is in 元 (base: no unit at all); a population in 万 stays in 人."""
    doc = extract_text("游仙加紧水利项目建设\n"
                       "四川省绵阳市游仙区天星堰灌区续建配套与节水改造工程项目总投资4918万，已完成投资3000万。"
                       "全区户籍人口56.3万。")
    metrics = _metrics(doc)
    assert metrics.get("投资") == (30000000, "元", "level"), metrics
    assert metrics.get("户籍人口", (None, None))[1] == "人", metrics


def test_a_bare_bureau_after_its_county_s_is_that_bureau():
    """济宁 水务 news (a search result of this round; the county is written here, the story names none):
    副县长杨美兰调研我县河长制工作，县水务局党组成员、副局长郝信军、水务局党组成员、
    水政监察大队长张宪陪同参加 — the bare 水务局 is the county's bureau named just before (base: an unplaced
    水务局 of its own)."""
    doc = extract_text("副县长调研河长制工作\n"
                       "8月30日，四川省威远县副县长杨美兰调研我县河长制工作，县水务局党组成员、副局长郝信军，"
                       "水务局党组成员、水政监察大队长张宪陪同参加。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("张宪", "威远县水务局") in posts, posts
    assert "水务局" not in {e.name for e in doc.entities.values()}


def test_months_of_every_year_are_no_time_of_a_rule_s_figure():
    """阿合奇县水利局 巡河要求 (2022-06-14): 乡(镇)级河湖长每年的3月至12月每月巡查不少于1次；村(社区)级河湖长每年的
    3月至12月每周巡查不少于1次 — months that recur every year, no period (base: March to December 2021)."""
    doc = extract_text("巡河要求\n发布机构 阿合奇县水利局 发布日期 2022-06-14 17:01\n"
                       "一、县、乡级、村级河长巡河不少于30分钟。\n"
                       "四、县(市)级河湖长每季度巡查不少于1次;乡(镇)级河湖长每年的3月至12月每月巡查不少于1次;"
                       "村(社区)级河湖长每年的3月至12月每周巡查不少于1次。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    periods = {m.period for m in ms if "巡查" in m.indicator}
    assert periods == {None}, periods


def test_a_length_run_straight_after_a_count_measures_the_same_rivers():
    """来凤县河湖长制公示: 2017年纳入河长制管理的河流有27条501.172公里 — the rivers' length, the count's
    indicator (base: an indicator 公里)."""
    doc = extract_text("来凤县河湖长制公示\n湖北省来凤县全县有大小河流29条。2017年纳入河长制管理的河流有27条501.172公里。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    by_unit = {m.unit: m.indicator for m in ms if m.value in (27, 501.172)}
    assert by_unit.get("公里") == by_unit.get("条") == "纳入河长制管理的河流", by_unit


def test_works_listed_after_the_project_s_contents():
    """焦作 (Henan) 2009: 两个灌区节水配套改造项目的主要工程建设内容包括维修干支渠防渗护砌60.91公里 — the works listed
    after 内容包括 are the indicator, as after a colon (base: 主要工程建设内容包括维修干支渠防渗护砌)."""
    doc = extract_text("我市两灌溉区节水配套改造项目获国家专项资金支持\n"
                       "河南省焦作市两个灌区节水配套改造项目的主要工程建设内容包括维修干支渠防渗护砌60.91公里。")
    assert "维修干支渠防渗护砌" in _metrics(doc), _metrics(doc)


def test_the_projects_named_before_are_no_word_of_the_investment():
    """焦作 (Henan) 2009: 这两个项目总投资3180万元 — the projects named before, an anaphor as 该项目 is (base:
    这两个项目总投资)."""
    doc = extract_text("我市两灌溉区节水配套改造项目获国家专项资金支持\n"
                       "河南省焦作市博爱县两个灌区改造项目获水利部专项资金支持。这两个项目总投资3180万元。")
    assert _metrics(doc).get("总投资", (None,))[0] == 31800000, _metrics(doc)
