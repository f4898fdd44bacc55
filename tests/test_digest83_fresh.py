"""Round 83 (digest83): digest pages and short news items (抚顺 column list, 上观 早读, 天府新区 早安新区,
亳州晚报 区域 briefs of 蒙城县, 莒县 meeting brief; /tmp/s26/fresh/digest83).  Fixes: a body's verb of
carrying out work (开展, 实施, 启动, 推进) between it and 项目 names no project after the body (a newspaper's
name on the line above a brief's title 开展公益事业项目建设 was read as its project); a vehicle's seat class
whose bound restates the number (7座及7座以下小型客车, holiday toll-free items) is no count of 座."""
from __future__ import annotations

from conftest import extract_text


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_verb_of_carrying_out_work_names_no_project_after_the_body():
    """03-mengcheng-wangji (亳州晚报 区域版): 当前报纸名称:亳州晚报 / 开展公益事业项目建设 (base: a Programme
    亳州晚报开展公益事业项目); the same with a company (县城投集团开展…项目)."""
    doc = extract_text("当前报纸名称:亳州晚报\n\n开展公益事业项目建设\n\n本报讯 近日,蒙城县王集乡积极推进农村公益事业"
                       "财政奖补项目建设。该乡最终确定9个项目,总投资230余万元。")
    assert not any("晚报" in p for p in _programmes(doc)), _programmes(doc)
    doc = extract_text("近日,县城投集团开展棚户区改造项目建设,总投资1.2亿元。")
    assert not any("城投集团" in p for p in _programmes(doc)), _programmes(doc)
    # negative: a project named after its company with no verb between (博源集团…项目) stays
    doc = extract_text("内蒙古博源集团30万吨合成氨52万吨尿素项目正式开工建设。")
    assert any(p.startswith("内蒙古博源集团") or p.startswith("博源集团") for p in _programmes(doc)), _programmes(doc)


def test_a_seat_class_restating_its_number_is_no_count():
    """07-tianfu-zaoan (早安新区): 全国收费公路继续对7座及7座以下小型客车免收车辆通行费 (base: a metric
    收费公路继续对 7座); the traffic figure of the next sentence stays."""
    doc = extract_text("国庆节假期,全国收费公路继续对7座及7座以下小型客车免收车辆通行费。"
                       "国庆假期全国高速公路日均流量4500万辆左右。")
    got = _metrics(doc)
    assert not any(u == "座" for _i, _v, u in got), got
    assert ("高速公路日均流量", 45000000, "辆") in got, got
    # negative: 座 counting built things after 及 stays
    doc = extract_text("今年,该县新建公厕5座及垃圾中转站3座,改造桥梁12座。")
    got = _metrics(doc)
    assert any(v == 12 and u == "座" for _i, v, u in got), got


def _subjects(doc) -> dict[tuple[str, float], str]:
    return {(m.indicator, m.value): doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_quan_closing_a_word_opens_no_scope_word():
    """07-tianfu-zaoan (早安新区, 天府新区's digest): 3人已转移撤离至安全区域(2人受轻伤、1人未受伤) (base: 全区 in
    安全区域 read as the district's whole, the figures 天府新区's by local scope); a real 全区 stays."""
    doc = extract_text("早安新区\n据天府新区气象台发布,预计我区27日白天阵雨转多云。\n"
                       "截至26日17时,17名失联人员已找到5人,其中3人已转移撤离至安全区域(2人受轻伤、1人未受伤)。")
    rules = {r for m in doc.metrics if m.unit == "人" and m.value in (1, 2) for r in m.rules}
    assert "metrics.subject-local-scope" not in rules, rules
    # negative: a real 全区 still scopes its figure
    doc = extract_text("早安新区\n据天府新区气象台发布,预计我区27日白天阵雨转多云。\n今年以来,全区新增市场主体1.2万户。")
    # (ziyou117: 新增市场主体 keeps its 新增, the period's new registrations)
    assert _subjects(doc).get(("新增市场主体", 12000)) == "天府新区", _subjects(doc)


def test_a_paragraph_opening_with_dangdi_is_the_place_named_before():
    """07-tianfu-zaoan: an item of a digest naming 天全县喇叭河镇, then a paragraph 当地迅速组织第一轮救援,将45名被困
    群众转移撤离… (base: the figures the digest's own place 天府新区's)."""
    doc = extract_text("早安新区\n据天府新区气象台发布,预计我区27日白天阵雨转多云。\n雅安天全山洪灾害\n"
                       "26日03时14分,雅安市接天全县报告喇叭河镇龙头沟处因局部暴雨发生山洪灾害,造成公路工程二标段62人被困。\n"
                       "当地迅速组织第一轮救援,将45名被困群众转移撤离至安全区域,并全力搜救17名失联人员。")
    got = _subjects(doc)
    assert got.get(("被困群众转移撤离至安全区域", 45)) == "喇叭河镇", got
    # negative: 当地时间 (a dateline abroad) points back at no place
    doc = extract_text("中非经贸博览会推介会举办\n记者从湖南省商务厅获悉。\n"
                       "当地时间5月30日,推介会在约翰内斯堡成功举办。已有来自44个非洲国家的超过1.2万人报名参展参会。")
    assert "湖南省" not in set(_subjects(doc).values()), _subjects(doc)


def test_a_temperature_below_zero_written_out_is_negative():
    """01-fushun-digest (抚顺 news list): 30日早晨气温达到最低,最低气温零下25℃到零下20℃ (base: 25℃ and 20℃,
    above zero); a temperature with no 零下 keeps its sign."""
    doc = extract_text("抚顺天气\n预计30日早晨最低气温零下25℃。白天最高气温零下5摄氏度左右。其他地区气温将下降8℃。")
    got = {(v, u) for _i, v, u in _metrics(doc)}
    assert (-25, "℃") in got and (-5, "℃") in got, got
    assert (8, "℃") in got, got


def test_a_temperature_nothing_names_is_the_air_s():
    """06-shanghai-zaodu (上观 早读): 2022年3月7日 星期一 农历二月初五上海多云,4~13℃ (base: the indicator ℃, the unit);
    a named one keeps its name."""
    doc = extract_text("上观早读\n2022年3月7日 星期一 农历二月初五上海多云,4~13℃\n预计27日白天阵雨转多云,最高气温28℃。")
    got = {i for i, _v, u in _metrics(doc) if u == "℃"}
    assert "气温" in got and "℃" not in got, got
    assert "最高气温" in got, got


def test_a_range_below_zero_written_out_is_one_figure():
    """01-fushun-digest: 最低气温零下25℃到零下20℃,局部零下30℃到零下26℃ (base: four figures, the indicator 到零下);
    the same with minus signs and a unit on both ends (-25℃到-20℃)."""
    for text in ("最低气温零下25℃到零下20℃,局部零下30℃到零下26℃。", "最低气温-25℃到-20℃。"):
        doc = extract_text("抚顺天气\n预计30日早晨气温达到最低," + text)
        got = [(m.indicator, m.value, m.kind) for m in doc.metrics]
        assert ("最低气温", -25, "range") in got, got
        assert not any("到" in i for i, _v, _k in got), got
