"""Round 88 (jingjin88): Beijing and Tianjin streets and communities, second pass — 街道工委 and 社区党委
work, 接诉即办 and 12345 news, old-estate lifts (老楼加梯) and community profiles from streets of 朝阳,
西城, 东城, 丰台, 石景山 and 顺义 (北京) and 和平, 南开 (天津) (fresh texts of /tmp/s26/fresh/jingjin88).
Fixes: a Beijing street's party working committee written 工委 (西长安街街道工委, 东城区委朝阳门街道工委) read
as the street's agency, after a street or town only (no 区工委); 用 of a quotation (用街道工委书记陈振海的话说)
no first character of the post's body; the year a community or an institute was built, closing its
clause (庆有西里社区1997年建成，…居民1679户; 航天一院1957年建院，…), no period of the figures after it;
依据 and 背后 after the things counted end their noun (8个部门依据自己的职能 → 部门, 18.11万件市民诉求背后 →
市民诉求); a community named after the street the article names (金顶街四区社区 of 金顶街街道), written
bare, read as that street's community."""
from __future__ import annotations

from conftest import body_names, extract_text, held_posts, relation_pairs


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.period)
            for m in doc.metrics}


def test_a_streets_working_committee_written_gongwei_is_its_agency():
    """03-xicheng-xichanganjie: 今年,西长安街街道工委荣获全国“人民满意的公务员集体”; 04-dongcheng-chaoyangmen:
    东城区委朝阳门街道工委进一步为民排难解忧 … 朝阳门街道工委吹响了全区“第一哨” (base: no agency).  工委 after a
    district or a city opens no organ of it (区工委, 市委社会工委 stay as they were)."""
    doc = extract_text("西长安街街道\n今年,西长安街街道工委荣获全国“人民满意的公务员集体”。")
    assert "西长安街街道工委" in body_names(doc, "Agency"), body_names(doc)
    assert ("西长安街街道工委", "西长安街街道") in relation_pairs(doc, "locatedIn")
    doc = extract_text("温暖相伴朝阳门\n伴随管理重心的下沉,东城区委朝阳门街道工委进一步为民排难解忧。"
                       "2018年6月,朝阳门街道工委吹响了全区“第一哨”。")
    assert "朝阳门街道工委" in body_names(doc, "Agency"), body_names(doc)
    doc = extract_text("通知\n朝阳区工委召开会议,部署相关工作。")
    assert "朝阳区工委" not in body_names(doc, "Agency"), body_names(doc)


def test_yong_of_a_quotation_opens_no_body():
    """03-xicheng-xichanganjie: 用街道工委书记陈振海的话说,是街道始终牢固树立“四个意识” (base: 陈振海 holds 书记
    of an agency 用街道工委).  The bare 街道工委 is the article's street's."""
    doc = extract_text("西长安街街道:做好群众的贴心人\n位于首都功能核心区的西长安街街道是窗口地区之一。"
                       "用街道工委书记陈振海的话说,是街道始终坚持党建引领的结果。")
    assert not {n for n in body_names(doc) if n.startswith("用")}, body_names(doc)
    assert ("陈振海", "西长安街街道工委", "书记", "current") in held_posts(doc) or \
        ("陈振海", "西长安街街道工委") in relation_pairs(doc, "holdsPost"), held_posts(doc)


def test_the_year_an_estate_was_built_is_no_period_of_its_figures():
    """07-tianjin-heping-qingyouxili: 天津市和平区南市街道庆有西里社区1997年建成,辖区面积8.7万平米,居民1679户,常住
    人口4249人 (base: all five figures of 1997); 05-fengtai-donggaodi: 航天一院1957年建院,…已建成住宅楼275栋 …
    地区老龄化水平达33% (base: of 1957).  A year whose verb builds the figure (2023年建成口袋公园17个) keeps it."""
    doc = extract_text("庆有西里社区\n天津市和平区南市街道庆有西里社区1997年建成,辖区面积8.7万平米,居民1679户,常住人口4249人。")
    got = {(i, v, p) for s, i, v, p in _metrics(doc)}
    assert ("居民", 1679, None) in got and ("常住人口", 4249, None) in got, got
    assert not [m for m in doc.metrics if m.period == "1997"], got
    doc = extract_text("老楼加装电梯\n航天一院1957年建院,生活区于上世纪60年代初开始建设。地区老龄化水平达33%。")
    assert not [m for m in doc.metrics if m.period == "1957"], _metrics(doc)
    doc = extract_text("口袋公园\n河西区2023年建成口袋公园17个。")
    assert any(m.value == 17 and m.period == "2023" for m in doc.metrics), _metrics(doc)


def test_what_the_counted_act_by_or_lie_behind_ends_their_noun():
    """04-dongcheng-chaoyangmen: 召集城管、工商、消防、食药等8个部门共同研究解决方案。8个部门依据自己的职能分别开具
    了执法文书 (base: a figure 部门依据自己); 10-shunyi-beixiaoying: 18.11万件市民诉求背后,是高效运转的“响应链”
    (base: 市民诉求背后).  A noun opening with the word keeps it."""
    doc = extract_text("吹哨报到\n2018年6月,街道召集城管、工商、消防等8个部门共同研究解决方案。"
                       "8个部门依据自己的职能分别开具了执法文书。")
    assert {i for s, i, v, p in _metrics(doc) if v == 8} == {"部门"}, _metrics(doc)
    doc = extract_text("顺义区接诉即办\n2025年上半年,顺义区18.11万件市民诉求背后,是高效运转的“响应链”。")
    assert {i for s, i, v, p in _metrics(doc) if v == 181100} == {"市民诉求"}, _metrics(doc)


def test_a_community_named_after_its_street_is_that_streets():
    """06-shijingshan-jindingjie: 近日,金顶街四区社区的老楼加梯项目开工,这是金顶街街道2023年启动施工的第一个老楼
    加梯项目 … 金顶街四区社区的吴书记告诉记者 (base: no community; its figures the district's).  The street's own
    word after its stem (金顶街街道社区建设) and a stem inside a longer word make none."""
    doc = extract_text("石景山加梯\n近日,金顶街四区社区的老楼加梯项目开工,这是石景山区金顶街街道2023年启动施工的"
                       "第一个老楼加梯项目。")
    assert "金顶街四区社区" in body_names(doc, "Place"), body_names(doc, "Place")
    assert ("金顶街四区社区", "金顶街街道") in relation_pairs(doc, "partOf")
    doc = extract_text("社区建设\n石景山区金顶街街道推进社区建设,金顶街街道社区建设取得成效。")
    assert not {n for n in body_names(doc, "Place") if n.endswith("社区")}, body_names(doc, "Place")
    doc = extract_text("社区建设\n石景山区金顶街街道召开会议,老金顶街道口社区居民参加。")
    assert "金顶街道口社区" not in body_names(doc, "Place"), body_names(doc, "Place")
