"""Round 102 (nengyuan102): energy and power releases — 国家能源局 statistics and press conferences
(全国电力工业统计数据, 可再生能源并网运行情况, 全社会用电量), the 2019 statistical communiqué's coal
figures, Jiangsu's half-year electricity use, and plant news from a county (魏家冲, 杜皮乡), Henan (辉县市西坡,
宝泉, 九峰山), Liaoning (太子河) and Gansu (玉门昌马 wind farm) (fresh texts of /tmp/s26/fresh/nengyuan102).
Fixes: power and energy written in SI symbols (140万kW, 1800MW, 89万MWh, 1.2GW) read in 千瓦, 兆瓦 …
(was no unit, or no figure); 截至 before a stretch of months of one year (截至2023年上半年) dates the
stock on the stretch's last day (was the half-year as a flow's period); a 、 list of items sharing one
noun before a word of summing (风电、太阳能发电量合计达…) one indicator (was the last item alone); a
power plant named before its kind (魏家冲抽水蓄能电站, 辽宁太子河抽水蓄能电站) a named project, a
place opening it its qualifier, and no project the article's agency runs by default; a plan word inside an
agency's name (发展规划司副司长…介绍) no plan making the figures after it targets."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _periods(doc) -> dict[str, str | None]:
    return {m.indicator: m.period for m in doc.metrics}


def test_si_power_units_are_kilowatts_and_megawatts():
    """06-huixian-xipo-choushui-xuneng: 站点初拟装机容量140万kW (base: indicator "kW", no unit);
    07-liaoning-taizihe-choushui-xuneng: 装机容量为1800MW (base: no figure at all).  MWh, GW and the
    panels' MWp are read the same way."""
    doc = extract_text("抽水蓄能电站项目\n辉县市西坡站点抽水蓄能电站项目位于辉县市，站点初拟装机容量140万kW，"
                       "估算投资约74亿元。太子河抽水蓄能电站装机容量为1800MW，共6台机组。")
    got = _metrics(doc)
    assert ("站点初拟装机容量", 1400000, "千瓦") in got, got
    assert ("装机容量", 1800, "兆瓦") in got, got
    assert not any(i == "kW" or u == "" for i, _v, u in got), got
    doc = extract_text("光伏发电\n全县光伏装机达到1.2GW，预计年发电量89万MWh，新建农光互补项目100MWp。")
    got = _metrics(doc)
    assert ("光伏装机", 1.2, "吉瓦") in got, got
    assert ("年发电量", 890000, "兆瓦时") in got, got


def test_asof_half_year_is_its_last_day():
    """02-nea-2023q3-fabuhui: 截至2023年上半年，全国可再生能源装机突破13亿千瓦，达到13.22亿千瓦 … 其中，水电装机
    4.18亿千瓦 (base: 2023-01/2023-06, the half-year read as a flow's stretch; 截至2023年6月底 gave
    2023-06-30).  A flow in the half-year without 截至 keeps the stretch; 到 before a half-year (a
    deadline) is left as it was."""
    doc = extract_text("能源形势\n截至2023年上半年，全国可再生能源装机达到13.22亿千瓦，其中，水电装机4.18亿千瓦。"
                       "截至2022年三季度，全省光伏装机达到500万千瓦。"
                       "2023年上半年，全国光伏发电量2663亿千瓦时。到2025年上半年，全省建成充电桩5000个。")
    got = _periods(doc)
    assert got["可再生能源装机"] == "2023-06-30", got
    assert got["水电装机"] == "2023-06-30", got
    assert got["光伏装机"] == "2022-09-30", got
    assert got["光伏发电量"] == "2023-01/2023-06", got
    assert got["充电桩"] == "2025-01/2025-06", got


def test_a_summed_list_is_one_indicator():
    """03-nea-kezaisheng-fadianliang: 其中，风电、太阳能发电量合计达11478亿千瓦时，同比增长27.4% (base: 太阳能
    发电量 11478亿千瓦时 — solar alone given the sum of both).  A list with 分别 still gives each item
    its own figure."""
    doc = extract_text("可再生能源发电\n今年上半年，全国风电、太阳能发电量合计达11478亿千瓦时，同比增长27.4%。"
                       "全县小麦、玉米播种面积共计50万亩。全市粮食、油料产量分别为300万吨、20万吨。")
    got = _metrics(doc)
    assert ("风电、太阳能发电量", 1147800000000, "千瓦时") in got, got
    assert ("小麦、玉米播种面积", 500000, "亩") in got, got
    assert not any(i == "太阳能发电量" for i, _v, _u in got), got
    assert ("粮食产量", 3000000, "吨") in got and ("油料产量", 200000, "吨") in got, got


def test_a_named_power_plant_is_a_project():
    """05-weijiachong-choushui-xuneng: 位于杜皮乡的魏家冲抽水蓄能电站项目是我县重点能源建设项目;
    06-huixian-xipo-choushui-xuneng: 继已建成的宝泉抽水蓄能电站、即将开建的九峰山抽水蓄能电站之后;
    07-liaoning-taizihe-choushui-xuneng: 总投资121.45亿元的辽宁太子河抽水蓄能电站项目…太子河抽水蓄能电站位于本溪市
    (base: no programme for any of them).  The province before 太子河 is where the plant is, one plant."""
    doc = extract_text("抽水蓄能\n据悉，位于杜皮乡的魏家冲抽水蓄能电站项目是我县重点能源建设项目，计划投资25亿元。"
                       "这是继已建成的宝泉抽水蓄能电站、即将开建的九峰山抽水蓄能电站之后的第三座抽水蓄能电站。"
                       "总投资121.45亿元的辽宁太子河抽水蓄能电站项目正式开工。太子河抽水蓄能电站位于本溪市。")
    got = _names(doc, "Programme")
    assert {"魏家冲抽水蓄能电站", "宝泉抽水蓄能电站", "九峰山抽水蓄能电站", "太子河抽水蓄能电站"} <= got, got
    assert "辽宁太子河抽水蓄能电站" not in got, got
    # the rule's negatives: a verb's object (加快推进抽水蓄能电站建设), a kind, size or scope (屋顶光伏电站,
    # 大型风电场, 全州水电站, 梯级水电站, 集中式光伏电站), a count or ordinal inside the words (海西首座核电站, yuemin95)
    # and one common word (龙头水电站) name no plant
    doc = extract_text("能源建设\n加快推进抽水蓄能电站建设，全州水电站运行平稳，各水电站加强值守。"
                       "积极发展光伏电站、风电场。建设集中式光伏电站和分散式风电场。"
                       "全县建成屋顶光伏电站120座，大型风电场3个。龙头水电站、梯级水电站正常运行。"
                       "另外，海西首座核电站宁德核电站落户境内。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")


def test_the_article_agency_runs_no_named_plant():
    """06-huixian-xipo-choushui-xuneng: 新乡市政府与中电建铁路建设投资集团有限公司签订…合作协议 … 继已建成的宝泉
    抽水蓄能电站、即将开建的九峰山抽水蓄能电站之后: the city government runs neither plant built or to be built
    by an energy company (the new rule's plants got 新乡市人民政府 runs …, the default for any project)."""
    doc = extract_text("新乡市政府签订抽水蓄能电站项目合作协议\n7月14日，河南省新乡市政府与中电建铁路建设投资集团"
                       "有限公司签订合作协议。这是继已建成的宝泉抽水蓄能电站、即将开建的九峰山抽水蓄能电站之后，"
                       "辉县市境内拟建设的第三座抽水蓄能电站。")
    names = {k: e.name for k, e in doc.entities.items()}
    runs = {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "runs"}
    assert {"宝泉抽水蓄能电站", "九峰山抽水蓄能电站"} <= _names(doc, "Programme"), _names(doc, "Programme")
    assert not {o for _s, o in runs if o and o.endswith("电站")}, runs


def test_a_plan_word_in_an_agencys_name_makes_no_target():
    """02-nea-2023q3-fabuhui: 发展规划司副司长董万成介绍，据监测，今年上半年，全国能源重点项目完成投资额超过1万亿元
    (base: status target — the 规划 of the department's name read as a plan governing the figure).  The
    same for a city's 规划和自然资源局; a plan word of the sentence itself (根据…发展规划，到2025年; the bureau's
    计划) still makes a target."""
    doc = extract_text("能源形势\n发展规划司副司长董万成介绍，据监测，2023年上半年，全国能源重点项目完成投资额超过1万亿元。"
                       "杭州市规划和自然资源局局长张三介绍，2023年，全市供应土地5000亩。"
                       "根据全市发展规划，到2025年，全市建成5G基站1万个。市自然资源和规划局计划2024年供应土地3000亩。")
    got = {(m.indicator, m.value): m.status for m in doc.metrics}
    assert got[("能源重点项目完成投资额", 1000000000000)] is None, got
    assert got[("供应土地", 5000)] is None, got
    assert got[("5G基站", 10000)] == "target", got
    assert got[("供应土地", 3000)] == "target", got
