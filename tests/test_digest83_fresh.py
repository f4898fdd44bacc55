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
