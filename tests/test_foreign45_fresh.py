"""Round 45 (foreign45): foreign-affairs news from fresh texts of /tmp/s26/fresh/foreign45 (embassy
and consulate news, joint statements, 外办 meetings): the time elapsed since an event
(自1986年首次举行迄今已35年, 两国建交迄今已50年) is no figure; a city's or province's 外办 written
with no post after it (长春外办兴建的国际陶瓷艺术馆) is that place's foreign affairs office, named as written (as 山东省外办 with a post is)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def test_time_elapsed_since_an_event_is_no_metric():
    """重庆 外事服务 news (fx361, 2021): 全国城市外事服务系统协作会议…自1986年首次举行迄今已35年
    (base: a metric 首次举行迄今 = 35 年 of 中国)."""
    doc = extract_text("2021年全国城市外事服务系统协作会议常务理事会会议在渝举行\n"
                       "全国城市外事服务系统协作会议是全国城市外事服务机构交流与合作的平台,自1986年首次举行迄今已35年,"
                       "立足外事服务系统的交流与合作。")
    assert not [m for m in doc.metrics if m.unit == "年"], [(m.indicator, m.value) for m in doc.metrics]


def test_years_since_relations_were_established_are_no_metric_but_figures_stay():
    """The same shape in a bilateral text (两国建交迄今已50年) and a project's start (启动至今已3年): no
    figure; a figure after it in its clause is still read."""
    doc = extract_text("两国关系稳步发展\n两国建交迄今已50年。该项目启动至今已3年,累计完成投资12亿元。")
    assert not [m for m in doc.metrics if m.unit == "年"], [(m.indicator, m.value) for m in doc.metrics]
    assert any(m.value == 12 or m.value == 1.2e9 for m in doc.metrics), [(m.indicator, m.value) for m in doc.metrics]


def _agencies(doc) -> dict[str, list[str]]:
    return {e.name: list(e.aliases) for e in doc.entities.values() if e.type == "Agency"}


def test_a_place_s_waiban_without_a_post_is_its_foreign_affairs_office():
    """长春 news (东北四市外办主任座谈会, 2016): 与会人员还参观了长春市外办兴建的国际陶瓷艺术馆 (base: no
    agency at all; only 外办 followed by a post was read)."""
    doc = extract_text("东北四市外办主任座谈会在长春召开\n会后,与会人员还参观了长春市外办兴建的国际陶瓷艺术馆。")
    agencies = _agencies(doc)
    assert "长春市外办" in agencies, agencies
    assert ("长春市外办", "长春市") in relation_pairs(doc, "locatedIn")
