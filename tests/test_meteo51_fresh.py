"""Round 51 (meteo51): weather, earthquake and hydrology bulletins from fresh texts of
/tmp/s26/fresh/meteo51: a temperature range below zero read with its signs (-9~-11℃, 0~-2℃), no
figure from a clock time's seconds (20时11分39秒), no measure from a radius round the epicentre
(震中周边200公里内), a river's flow in 立方米/秒 and the level a change came to (回落1厘米，为116.84米),
no region from a wind's direction (东北大风) and no place from the exam 中考."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> list[tuple[str, float, str, str]]:
    return [(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics]


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_temperature_range_below_zero_keeps_its_signs():
    """潍坊市气象台 寒潮蓝色预警 / 云和县气象台: 24日早晨最低气温大部分县市区-9~-11℃ and 高山地区0~-2℃ are
    ranges from -9 and from 0 (base: level figures 11℃ and 2℃, their minus signs lost)."""
    doc = extract_text("潍坊市发布寒潮蓝色预警\n潍坊市气象台发布寒潮蓝色预警信号。预计24日早晨最低气温大部分县市区-9~-11℃，"
                       "高山地区0~-2℃，有冰冻。")
    got = {(v, u, k) for _, v, u, k in _metrics(doc)}
    assert (-9, "℃", "range") in got and (0, "℃", "range") in got, _metrics(doc)
    assert not any(v in (11, 2) for _, v, _, _ in _metrics(doc)), _metrics(doc)
    ranged = next(m for m in doc.metrics if m.value == -9)
    assert (ranged.low, ranged.high) == (-11, -9)


def test_the_seconds_of_a_clock_time_are_no_figure():
    """福州新闻网: 此次地震发生于31日20时11分39秒: the time the quake struck (base: a figure 39 秒)."""
    doc = extract_text("台湾苗栗附近海域发4.4级地震 福州市区震感明显\n市地震局办公室工作人员介绍，根据监测数据，"
                       "此次地震发生于31日20时11分39秒，震中位于北纬24.7度、东经120.8度。")
    assert not any(u == "秒" for _, _, u, _ in _metrics(doc)), _metrics(doc)


def test_a_radius_round_the_epicentre_places_the_quake():
    """中新社 台湾海峡中部发生3.5级地震: 震中周边200公里内近5年来发生4级以上地震共244次 … 距离本次震中192公里:
    the radius and the distance place the quake as its depth does (base: figures 200 and 192 公里);
    the count of quakes stays."""
    doc = extract_text("台湾海峡中部发生3.5级地震\n根据中国地震台网速报目录，震中周边200公里内近5年来发生4级以上地震共244次，"
                       "最大地震是2024年4月3日在台湾花莲县海域发生的7.3级地震（距离本次震中192公里）。")
    assert not any(u == "公里" for _, _, u, _ in _metrics(doc)), _metrics(doc)
    assert any(v == 244 for _, v, _, _ in _metrics(doc)), _metrics(doc)


def test_a_river_flow_in_cubic_metres_a_second_and_the_level_after_a_fall():
    """哈尔滨水文局 松花江首次洪峰: 峰值水位116.85米，流量为5230立方米/秒 is a flow (base: 5230 立方米 with the
    indicator /秒); 水位回落1厘米，为116.84米 — the level the river fell to (base: a change 水位回落)."""
    doc = extract_text("松花江首次洪峰通过哈尔滨城区江段\n记者从哈尔滨水文局获悉，松花江首次洪峰通过哈尔滨城区江段，"
                       "峰值水位116.85米，流量为5230立方米/秒。水文部门监测数据显示，日8时，水位回落1厘米，为116.84米。")
    got = _metrics(doc)
    assert ("流量", 5230, "立方米/秒", "level") in got, got
    assert ("水位", 116.84, "米", "level") in got, got
    assert ("水位回落", 1, "厘米", "change") in got, got


def test_a_wind_s_direction_is_no_region():
    """滨州市气象台 寒潮蓝色预警: 预计15日早晨开始到夜间我市将出现东北大风: the wind blows from the north-east,
    no region 东北 (base: the region); 东北地区 stays one."""
    doc = extract_text("山东省滨州市发布寒潮蓝色预警\n滨州市气象台发布寒潮蓝色预警信号，受强冷空气影响，"
                       "预计15日早晨开始到夜间我市将出现东北大风，内陆地区5~6级阵风7~8级。")
    assert "东北" not in _places(doc), _places(doc)
    region = extract_text("寒潮来袭\n受强冷空气影响，东北地区气温将下降8~10℃。")
    assert "东北" in _places(region), _places(region)


def test_the_senior_school_exam_is_no_place():
    """象山县气象局 一周天气: 中考期间（22到23日）明天多云 … 将出现35℃左右的高温天气: 中考 is the exam
    (base: a place 中考, the subject of 35℃)."""
    doc = extract_text("象山县气象局一周天气回顾与趋势预测\n象山县气象局发布趋势预测。中考期间（22到23日）明天多云，"
                       "午后局部有阵雨或雷雨，将出现35℃左右的高温天气。")
    assert "中考" not in _places(doc), _places(doc)


def test_millimetres_in_latin_letters_and_a_climate_normal():
    """蠡县 气候: 本年降水量为542.0mm，比历年平均值468.4mm偏多73.6mm and 本年平均气温14.0℃，比历年平均值12.7℃
    偏高1.3℃: rain in 毫米 (base: no figure from mm), the normal of the measure and its change above it
    (base: indicator 偏高 for the normal 12.7℃ and for the change)."""
    doc = extract_text("蠡县气候概况\n本年平均气温14.0℃，比历年平均值12.7℃偏高1.3℃，年极端最高气温38.2℃。"
                       "本年降水量为542.0mm，比历年平均值468.4mm偏多73.6mm，一日最大降水量为51.8mm。")
    got = _metrics(doc)
    assert ("降水量", 542, "毫米", "level") in got and ("一日最大降水量", 51.8, "毫米", "level") in got, got
    assert ("平均气温历年平均值", 12.7, "℃", "level") in got, got
    assert ("平均气温偏高", 1.3, "℃", "change") in got and ("降水量偏多", 73.6, "毫米", "change") in got, got


def test_the_national_earthquake_network_centre_measures_the_quake():
    """中新社 台湾海峡中部发生3.5级地震: 据中国地震台网正式测定 — the network centre (中国地震台网中心) that
    measured it (base: a place 中国 read out of the centre's name, no body)."""
    doc = extract_text("台湾海峡中部发生3.5级地震\n据中国地震台网正式测定，10月21日9时17分在台湾海峡中部发生3.5级地震，"
                       "震源深度10公里。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "中国地震台网中心" in agencies, agencies
    assert "中国" not in _places(doc), _places(doc)


def test_a_time_phrase_with_since_after_a_post_is_no_name():
    """太湖县 访谈 title: 县气象局局长谈入梅以来天气情况 — the director talks about the weather since the plum rains
    set in (入梅以来); 谈 is the verb (base: a person 谈入梅 holding the post)."""
    doc = extract_text("县气象局局长谈入梅以来天气情况\n县气象局局长唐志刚介绍，今年入梅以来降水偏多。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "谈入梅" not in people and "唐志刚" in people, people
