"""Round 59 (park59): national parks, nature reserves, wetlands and 林长制 from fresh texts of
/tmp/s26/fresh/park59: a park's office named after a year (2016年三江源国家公园管理局) or after the
province it serves (武夷山国家公园福建管理局); no region 东北 read from the big cats named after it
(东北虎, 东北豹); a park office's branch named after its place (霸王岭分局); a photo's caption with
its credit (太湖湿地。江苏省林业局供图) leaves the paragraph over it read; a clause ranking a place
first by a measure (湿地面积最多，约380万公顷) names the figure's indicator; a peak reached (最多达9只)
keeps its 最多."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> list[tuple[str, float, str]]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return [(m.indicator, m.value, m.unit) for m in ms]


def test_a_park_office_after_a_year_opens_after_the_year():
    """光明网 2023-12-21 (三江源, Qinghai): 2016年三江源国家公园管理局正式成立 (base: an agency
    年三江源国家公园管理局)."""
    doc = extract_text("三江源国家公园：守护中华水塔\n"
                       "2016年三江源国家公园管理局正式成立，组建省、州、县、乡、村五级综合管理实体，实现生态全要素保护和一体化管理。")
    agencies = _names(doc, "Agency")
    assert "三江源国家公园管理局" in agencies and "年三江源国家公园管理局" not in agencies, agencies


def test_a_park_office_in_one_province_of_the_park():
    """wysgjgy.fujian.gov.cn 2024-09: 武夷山国家公园福建管理局在武夷山市正式挂牌 (base: an agency
    福建省管理局, the park's office cut to its province)."""
    doc = extract_text("武夷山国家公园福建管理局挂牌\n"
                       "9月4日，武夷山国家公园福建管理局在武夷山市正式挂牌。副省长王金福出席。")
    agencies = _names(doc, "Agency")
    assert "武夷山国家公园福建管理局" in agencies and "福建省管理局" not in agencies, agencies
    assert ("武夷山国家公园福建管理局", "福建省") in relation_pairs(doc, "locatedIn")


def test_a_park_office_with_the_province_written_in_full():
    """大熊猫国家公园 (Sichuan, Shaanxi, Gansu), its office in one province: 大熊猫国家公园四川省管理局在成都挂牌
    (base: no agency, the province alone)."""
    doc = extract_text("大熊猫国家公园管理局挂牌\n10月20日，大熊猫国家公园四川省管理局在成都挂牌。")
    assert "大熊猫国家公园四川省管理局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_park_office_s_branch_named_after_its_place():
    """xhccpj.com (Hainan, 2024-12, fresh 15): 海南热带雨林国家公园管理局霸王岭分局副局长钟育飞介绍 (base:
    海南省热带雨林…分局, the province's full name put in the park's); 方圆 2023-09 (Sichuan): 大熊猫国家公园
    管理局都江堰管护总站, and 东北虎豹国家公园管理局珲春分局 written so (base: no branch); a common word
    before 分局 (下设) names no branch."""
    doc = extract_text("海南长臂猿保护\n海南热带雨林国家公园管理局霸王岭分局副局长钟育飞介绍，长臂猿保护面临的难点在于栖息地破碎。"
                       "东北虎豹国家公园管理局珲春分局开展巡护。大熊猫国家公园管理局都江堰管护总站工作人员进山巡护。"
                       "三江源国家公园管理局下设分局。")
    agencies = _names(doc, "Agency")
    assert {"海南热带雨林国家公园管理局霸王岭分局", "东北虎豹国家公园管理局珲春分局",
            "大熊猫国家公园管理局都江堰管护总站"} <= agencies, agencies
    assert not any(a.endswith("下设分局") for a in agencies), agencies
    assert ("钟育飞", "海南热带雨林国家公园管理局霸王岭分局") in relation_pairs(doc, "holdsPost")


def test_the_big_cats_named_after_the_north_east_name_no_region():
    """163.com (东北虎豹国家公园, Jilin/Heilongjiang): 目前东北虎数量70只左右，东北豹数量80只左右 (base: a
    place 东北, the subject of both counts, and the leopards' indicator cut to 豹数量)."""
    doc = extract_text("东北虎豹国家公园：东北虎数量70只左右\n"
                       "东北虎豹国家公园于2017年开始试点建设，经过6年试点建设，东北虎豹种群数量大幅增长，"
                       "目前东北虎数量70只左右，东北豹数量80只左右，是中国野生东北虎和东北豹的集中分布区。")
    assert "东北" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("东北豹数量", 80, "只") in _metrics(doc), _metrics(doc)
    region = extract_text("东北振兴\n推动东北全面振兴取得新突破，东北地区粮食产量稳定增长。")
    assert "东北" in _names(region, "Place")  # (the species words 虎, 豹 only)


def test_a_caption_with_its_credit_leaves_the_paragraph_over_it_read():
    """中国绿色时报 2022-01-27 (Jiangsu wetlands): the paragraph of figures over `太湖湿地。江苏省林业局供图`
    (base: the credit line took the caption, the paragraph became the photo's caption, and its five
    figures were lost)."""
    doc = extract_text("江苏世界湿地日宣传活动启动\n"
                       "江苏省湿地面积282万公顷，有国际重要湿地2处，建设省级以上湿地公园75处、湿地保护小区535处，自然湿地保护率61.9%。\n"
                       "太湖湿地。江苏省林业局供图\n")
    got = _metrics(doc)
    assert ("湿地面积", 2820000, "公顷") in got and ("自然湿地保护率", 61.9, "%") in got, got


def test_a_place_ranked_first_by_a_measure_names_the_figure_s_indicator():
    """qast.org.cn (Qinghai wetlands): 海西蒙古族藏族自治州的湿地面积最多，约380万公顷 (base: the
    indicator 公顷, the unit)."""
    doc = extract_text("青海湿地面积居全国第一\n"
                       "从行政区域来看，海西蒙古族藏族自治州的湿地面积最多，约380万公顷。")
    assert ("湿地面积", 3800000, "公顷") in _metrics(doc), _metrics(doc)


def test_a_peak_reached_keeps_its_superlative():
    """xhccpj.com (Hainan gibbons, fresh 15): 家庭群数量最多达9只 (base: the indicator 家庭群数量最, 多达 read as
    an approximation and 最 left dangling); 最高达 reads so too (日最高气温最高达38℃: 日最高气温最)."""
    doc = extract_text("海南长臂猿种群数量稳定增长\n"
                       "2024年最新监测数据显示，海南长臂猿共有7个家庭群、42只，家庭群数量最多达9只，种群数量总体呈现稳定增长态势。"
                       "今年7月，海口市日最高气温最高达38℃。")
    got = _metrics(doc)
    assert ("家庭群数量最多", 9, "只") in got and ("日最高气温最高", 38, "℃") in got, got
