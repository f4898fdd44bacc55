"""Round 96 (xizang96): 西藏, 青海 and 海南 county and town news, second pass — 边境小康村 in 山南 (玉麦乡, 错那),
北京援藏 in 拉萨 (尼木县, 当雄县, 城关区), 琼中黎族苗族自治县's villages (黎母山镇, 什黑村), a profile of 称多县
(玉树藏族自治州), 三亚's 美丽乡村 and 玉树/果洛 pastoral towns (fresh texts of /tmp/s26/fresh/xizang96, from
people.com.cn, chinagate.cn, China-Tibet-net reprints and county profile pages).  Fixes: 支 opening 支援, 支持
right after a figure is no measure word (5亿多支援拉萨: no 5亿 支); a county profile's sentence that opens with
the county's own level character and where it lies (县东邻…, 县境…) turns the paragraph back to the county,
and 县土地总面积 is the county's whole land (not the mountain of the figure before); 全村 after 隶属…村委会
means the village the sentence is about, not the parent written after the verb of belonging; a place name
ending in the adverb 都 (成都, 昌都) does not cut the noun counted (6位来自成都的自驾游游客: no noun 来自成)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_zhi_opening_zhiyuan_is_no_unit():
    """02-beijing-yuanzang-lasa: 去年北京投资5亿多支援拉萨 (base: a figure of 5亿 in the unit 支, indicator 援拉萨).
    A count in 支 (3支医疗队) stays one."""
    doc = extract_text("北京援藏\n去年北京投资5亿多支援拉萨。在尼木县,500万元援藏资金被用于支持尼木藏鸡原种保护。")
    units = {u for *_x, u in _metrics(doc)}
    assert "支" not in units, _metrics(doc)
    assert ("尼木县", "援藏资金", 5000000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("医疗援藏\n拉萨市城关区今年组建3支医疗队,覆盖全区所有乡镇。")
    assert any(v == 3 and u == "支" for _s, _i, v, u in _metrics(doc)), _metrics(doc)


def test_county_profile_returns_to_the_county_after_a_mountain():
    """06-chenduo-xian: 昆仑山中支巴颜喀拉山横亘北方,…主峰5267米。…县东邻果洛藏族自治州玛多县,…西南和玉树县隔河相望。
    东西宽160公里,县土地总面积1.53万平方公里。…平均海拔4500米左右 (base: all three the mountain's, 昆仑山)."""
    doc = extract_text("称多县介绍\n称多县地处青海省的南部。昆仑山中支巴颜喀拉山横亘北方,为长江与黄河的分水岭,主峰5267米,"
                       "通天河水自西向东流去。县东邻果洛藏族自治州玛多县,西南和玉树县隔河相望。东西宽160公里,"
                       "县土地总面积1.53万平方公里。境内地形复杂,平均海拔4500米左右。")
    got = {(s, i) for s, i, _v, _u in _metrics(doc)}
    assert {("称多县", "东西宽"), ("称多县", "县土地总面积"), ("称多县", "平均海拔")} <= got, got
    assert not {i for s, i in got if s == "昆仑山"} - {"主峰"}, got
    # 市南区 opening a sentence names a district (in 青岛市's story), no position of the city: no return to the city
    doc = extract_text("青岛市旅游\n青岛市今年接待游客1000万人次。崂山区接待游客300万人次。市南区开展文旅活动。"
                       "接待游客增长5%。")
    assert ("青岛市", "接待游客", 300 * 10000, "人次") not in _metrics(doc), _metrics(doc)


def test_whole_village_after_its_parent_village_committee():
    """05-qiongzhong-shihei: 什黑村位于上安墟5公里处,隶属上安乡南万村委会。全村目前有21户,总人口84人 (base: both figures
    南万村's, the parent written after 隶属).  With no verb of belonging the village named last stays the one meant."""
    doc = extract_text("琼中县什黑村介绍\n什黑村位于上安墟5公里处,隶属上安乡南万村委会。全村目前有21户,总人口84人。")
    got = _metrics(doc)
    assert ("什黑村", "总人口", 84, "人") in got, got
    assert not {m for m in got if m[0] == "南万村"}, got
    doc = extract_text("上安乡介绍\n南万村委会组织什黑村村民开会。什黑村旁边是南万村。全村目前有21户,总人口84人。")
    assert ("南万村", "总人口", 84, "人") in _metrics(doc), _metrics(doc)


def test_place_ending_in_dou_does_not_cut_the_noun():
    """01-yumai-bianjing: 村民边巴战堆安顿好6位来自成都的自驾游游客 (base: noun 来自成, cut at the 都 of 成都).  The
    adverb 都 after the noun still ends it."""
    doc = extract_text("边境小康村\n在错那县麻麻村,村民接待了20位来自成都的游客。")
    assert ("麻麻村", "游客", 20, "位") in _metrics(doc), _metrics(doc)
    doc = extract_text("边境小康村\n在错那县麻麻村,村民接待了20位来自昌都的游客。")
    assert ("麻麻村", "游客", 20, "位") in _metrics(doc), _metrics(doc)
    doc = extract_text("边境小康村\n全县20名游客都来自成都。")
    assert {i for _s, i, v, _u in _metrics(doc) if v == 20} == {"游客"}, _metrics(doc)


def test_compass_sides_joined_by_he_are_no_region():
    """06-chenduo-xian: 县东邻果洛藏族自治州玛多县,…东南和四川省石渠县毗邻,西南和玉树县隔河相望 (base: Place 西南, the
    macro-region).  A region written before 和 with no border word (西南和华南地区将有强降雨) stays one."""
    doc = extract_text("称多县介绍\n县东邻果洛藏族自治州玛多县,东南和四川省石渠县毗邻,西南和玉树县隔河相望。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "西南" not in places and "石渠县" in places, places
    doc = extract_text("天气\n西南和华南地区将有强降雨,东北和华北气温偏低。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"西南", "东北"} <= places, places
