"""Round 106 (jiguan106): government logistics news — 国家机关事务管理局's 公共机构节能 releases (2023 节能宣传周,
2023 节能降碳, the 十四五 plan), 机关食堂反食品浪费 assessments by the 机关事务(服务)中心 of 轮台县 (Xinjiang),
济南市, 临潼区 (Shaanxi), 阿拉山口市 and 霍邱县 (Anhui), and 公务用车 news from 常州市 and 滕州市 (fresh texts of
/tmp/s27/txt/jiguan106).  Fixes: a government site's footer counter (推荐浏览分辨率为 1280 X 1080 当日点击量:200次
总点击量:3380006) page chrome, no figure; 机关事务中心 and 机关事务局 the short forms of the 机关事务服务中心 and
the 机关事务管理局 (one body with the full name); 市监局 and 数管局 the market regulator and Anhui's data
resources bureau written short; a county text citing 《中华人民共和国…法》 and speaking through its departments
written by their level alone (县发改委联合县市场监管局…) not placed in China; what the things counted are put to
(5辆新能源汽车用于公务出行) no word of their noun; 压减 a change verb, 改革前 an earlier state (公务用车由改革前的3200辆
压减至1150辆: both levels of 公务用车); 累计创建/累计建成 verbs of founding before the stock counted."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_sites_click_counter_is_no_figure():
    """01-guoguanju-jienengzhou: the footer line 推荐浏览分辨率为 1280 X 1080 当日点击量:200次 总点击量:3380006
    (base: a figure 总点击量 200次 of China)."""
    doc = extract_text("节能宣传周启动\n2022年，全国公共机构人均用水量20.99立方米。\n"
                       "主办单位:国家机关事务管理局办公室\n推荐浏览分辨率为 1280 X 1080 当日点击量:200次 总点击量:3380006\n")
    got = _metrics(doc)
    assert not any("点击" in m[0] for m in got), got
    assert ("公共机构人均用水量", 20.99, "立方米") in got, got
    doc = extract_text("节能宣传周启动\n2022年，全国公共机构人均用水量20.99立方米。\n今日点击量:35 总点击量:123456\n")
    assert not any("点击" in m[0] for m in _metrics(doc)), _metrics(doc)


def test_a_resolution_in_prose_stays():
    """Guard: 分辨率 in a sentence of its own is no footer."""
    doc = extract_text("卫星发射\n该卫星全色分辨率为0.5米，全市共布设监测站点120个。")
    got = _metrics(doc)
    assert any(m[1] == 120 for m in got) and any("分辨率" in m[0] for m in got), got


def test_the_logistics_centre_written_short_is_the_same_body():
    """06-lintong-shitang: 区机关事务服务中心召开… (区机关事务中心 张军辉); 03-luntai-shitang: 轮台县机关事务中心
    (base: 临潼区机关事务中心 and 临潼区机关事务服务中心 two agencies)."""
    doc = extract_text("推进会\n3月10日，临潼区机关事务服务中心召开推进会。\n（区机关事务中心 张军辉）")
    names = _names(doc, "Agency")
    assert "临潼区机关事务服务中心" in names and "临潼区机关事务中心" not in names, names
    doc = extract_text("机关事务\n常州市机关事务局召开会议。市机关事务管理局局长恽淇丞出席。")
    names = _names(doc, "Agency")
    assert names == {"常州市机关事务管理局"}, names


def test_a_logistics_management_centre_keeps_its_name():
    """Guard: 机关事务管理中心 is a name of its own (stem 机关事务管理), no short form."""
    doc = extract_text("机关事务\n近日，永和县机关事务管理中心组织开展节能宣传。")
    assert "永和县机关事务管理中心" in _names(doc, "Agency"), _names(doc, "Agency")


def test_short_market_and_data_bureaus():
    """07-alashankou-pinggu: 市机关事务服务中心、市监局、综保区管委会、公安局联合组成评估小组; 08-huoqiu-shitang:
    对县数管局、县检察院机关食堂开展…评估 (base: neither bureau read)."""
    doc = extract_text("评估\n日前，阿拉山口市市监局联合市公安局开展检查。")
    assert "阿拉山口市市场监督管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("评估\n县发改委联合县市场监管局、县商务局对县数管局、县检察院机关食堂开展评估。")
    assert "县数据资源管理局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_the_supervisory_commission_stays():
    """Guard: 市监委 is the 监察委员会, no market regulator."""
    doc = extract_text("会议\n阿拉山口市监委负责人出席会议。")
    assert not any("市场监督管理" in n for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_a_county_text_citing_a_national_law_is_no_story_of_china():
    """08-huoqiu-shitang: 全面落实《中华人民共和国反食品浪费法》…，县发改委联合县市场监管局…对县数管局、县检察院机关食堂
    开展…评估 … 2家机关食堂 (base: article placed in 中国, the canteens China's)."""
    doc = extract_text("食堂评估\n为全面落实《中华人民共和国反食品浪费法》有关规定，县发改委联合县市场监管局对县检察院机关食堂"
                       "开展评估。经检查，2家机关食堂均能够有效落实反食品浪费工作要求。")
    assert doc.articles[0].place is None or doc.entities[doc.articles[0].place].name != "中国"
    m = next(m for m in doc.metrics if m.indicator == "机关食堂")
    assert m.subject is None or doc.entities[m.subject].name != "中国"


def test_a_national_text_citing_the_law_stays_national():
    """Guard: a national story naming the country elsewhere keeps it."""
    doc = extract_text("节能降碳\n2023年全国公共机构能源消费总量1.65亿吨标准煤，中国公共机构节能降碳取得阶段性成效。"
                       "各地落实《中华人民共和国节约能源法》。")
    assert doc.entities[doc.articles[0].place].name == "中国"


def test_what_the_things_counted_are_put_to_is_no_word_of_them():
    """09-tengzhou-yongche: 新增加5辆新能源汽车用于公务出行 (base: indicator 新能源汽车用于公务出行); 资金用于…
    likewise; a verb ending in 用 before 于 stays with its noun (技术应用于)."""
    got = _metrics(extract_text("用车\n近日，市机关事务服务中心新增加5辆新能源汽车用于公务出行。"))
    assert ("新能源汽车", 5, "辆") in got, got
    got = _metrics(extract_text("用车\n全市新购置20辆新能源公交车主要用于城区线路运营。"))
    assert ("新能源公交车", 20, "辆") in got, got
    got = _metrics(extract_text("推广\n全市推广3项技术应用于农业生产。"))
    assert ("技术应用于农业生产", 3, "项") in got, got


def test_official_cars_cut_from_before_the_reform():
    """Modelled on 公务用车 reform news: 全市党政机关公务用车由改革前的3200辆压减至1150辆 (base: both figures
    read as 压减至); 一般性支出压减15% a change."""
    doc = extract_text("公务用车改革\n全市党政机关公务用车由改革前的3200辆压减至1150辆，压减比例64.1%。")
    got = _metrics(doc)
    assert ("党政机关公务用车", 3200, "辆") in got, got
    assert ("党政机关公务用车", 1150, "辆") in got, got
    doc = extract_text("预算\n市本级一般性支出压减15%。")
    m = next(m for m in doc.metrics if m.value == 15)
    assert m.kind == "change", (m.indicator, m.kind)


def test_a_change_from_the_past_written_as_a_word():
    """Guard and fix together: 由过去的X减少到Y (a former word whose 的 the tail strip took) and 由原来的 (read before)."""
    got = _metrics(extract_text("用车\n全市公务用车由过去的3200辆减少到1150辆。"))
    assert ("公务用车", 3200, "辆") in got and ("公务用车", 1150, "辆") in got, got
    got = _metrics(extract_text("用车\n全市公务用车由原来的3200辆减少到1150辆。"))
    assert ("公务用车", 3200, "辆") in got and ("公务用车", 1150, "辆") in got, got


def test_founding_verbs_after_cumulative():
    """Modelled on 节约型机关 news: 全省累计创建节约型机关4256家 (base: indicator 累计创建节约型机关)."""
    got = _metrics(extract_text("节约型机关\n全省累计创建节约型机关4256家，累计建成节水型单位300家。"))
    assert ("节约型机关", 4256, "家") in got, got
    assert ("节水型单位", 300, "家") in got, got
    got = _metrics(extract_text("投资\n全县累计完成投资12亿元。"))
    assert ("累计完成投资", 1200000000, "元") in got, got
