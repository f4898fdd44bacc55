"""Round 81 (culture81): culture, heritage and sports news from fresh texts of /tmp/s26/fresh/culture81
(龙井市 三馆, 大竹县图书馆, 凤县文化广电局, 鱼台/玉田/丰城 送戏下乡, 宝兴县 非遗传承人, 江川区/西吉 村BA):
a library's readers counted as 流通达 (达 reaching the figure, not a word with 流通), a span of days
said as "within" (在12天的时间里展开…角逐) read as no figure, and a bearer of intangible heritage named
after 传承人 read as a person, and the length of each event after a count (2次为期30天的…培训班) read as
no noun of the count, and 后 closing the noun after a time spent (经过12天的激烈比拼后) read as no word
of it, and the spot and the verb of placing a facility (在…人流量大的地方安装了电子图书借阅机2台) read
as no part of what is counted."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_da_after_liutong_reaches_the_figure():
    """03-fengxian-reply (凤县文化广电局): 县图书馆…全年读者流通达3万人次 (base: the indicator 读者流通达)."""
    doc = extract_text("凤县图书馆免费开放\n2017年,县图书馆坚持全年365天免费开放,全年读者流通达3万人次,"
                       "开展阅读推广活动20余场次。")
    assert ("读者流通", 30000, "人次") in _metrics(doc), _metrics(doc)


def test_a_span_said_as_within_is_no_figure():
    """07-jiangchuan-cunba (开屏新闻, 江川区): 12支代表队、140名运动员将在12天的时间里展开一场场…角逐
    (base: a figure 时间里展开一场场时间 12 天); the counts of teams and players stay."""
    doc = extract_text("江川区第三届村BA开幕\n8月12日,江川区第三届“村BA”篮球联赛正式拉开战幕,来自全区的12支代表队、"
                       "140名运动员将在12天的时间里展开一场场力量与智慧的角逐。")
    got = _metrics(doc)
    assert not any(unit == "天" for _, _, unit in got), got
    assert ("运动员", 140, "名") in got, got
    # a feat's time written with 用 and 时间 alone stays a measure of the work
    doc = extract_text("某县完成改造\n该县仅用7天时间完成改造房屋30户。")
    assert ("完成改造房屋", 30, "户") in _metrics(doc), _metrics(doc)


def test_a_heritage_bearer_named_after_chuanchengren_is_a_person():
    """06-baoxing-feiyi (宝兴县): 传承人 before the names of bearers of intangible heritage (我县传承人张明安、
    杨志荣被认定为省级非遗代表性传承人; 省级非遗代表性传承人张明安介绍) names persons who hold no post
    (base: no person found)."""
    doc = extract_text("宝兴县两人入选省级非遗传承人\n近日,四川省文化和旅游厅公布了第八批省级非物质文化遗产代表性传承人名单。"
                       "其中,我县传承人张明安、杨志荣被认定为省级非遗代表性传承人。")
    assert {"张明安", "杨志荣"} <= _persons(doc), _persons(doc)
    assert not any(r.predicate == "holdsPost" for r in doc.relations)
    doc = extract_text("宝兴县非遗进校园\n省级非遗代表性传承人张明安介绍,硗碛锅庄已有数百年历史。")
    assert "张明安" in _persons(doc), _persons(doc)
    # the count of bearers is no person
    doc = extract_text("宝兴县非遗保护\n全县共有非遗代表性传承人63人,其中省级3人。")
    assert not _persons(doc), _persons(doc)


def test_the_length_of_each_event_after_a_count_is_no_noun():
    """01-longjing-sanguan (龙井市): 举办2次为期30天的龙鼓舞、伽倻琴、民谣、广场舞等公益培训班 (base: a figure
    为期 2 次): 为期30天的 says how long each class lasts, the noun counted follows it (after the list's 等)."""
    doc = extract_text("龙井市文化馆开展文化惠民\n文化馆深入开展文化惠民工程;举办2次为期30天的龙鼓舞、伽倻琴、民谣、广场舞等公益培训班,"
                       "服务人群达2000余人次。")
    assert ("公益培训班", 2, "次") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县文化馆举办培训\n举办3期为期5天的非遗技艺培训班,培训学员300余人次。")
    assert ("非遗技艺培训班", 3, "期") in _metrics(doc), _metrics(doc)


def test_a_time_clause_s_tail_is_no_word_of_the_time_spent():
    """07-jiangchuan-cunba (江川区): 经过12天的激烈比拼后,最终决出冠、亚、季军 (base: 激烈比拼后时间 12 天): 后
    (之后) closing the noun after the span makes a time clause; the time is the contest's."""
    doc = extract_text("江川区村BA联赛开幕\n据悉,本次“村BA”篮球联赛将从8月12日持续至23日,经过12天的激烈比拼后,"
                       "最终决出冠、亚、季军。")
    assert ("激烈比拼时间", 12, "天") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县图书馆开放\n经过3个月的试运行之后,该馆正式开放。")
    assert ("试运行时间", 3, "个月") in _metrics(doc), _metrics(doc)


def test_the_spot_and_the_verb_of_placing_open_the_clause():
    """03-fengxian-reply (凤县): 在县图书馆、展览馆人流量大的地方安装了电子图书借阅机2台 (base: the indicator
    展览馆人流量大的地方安装了电子图书借阅机): the spot after 在 and the verb of putting a facility there are no
    part of what is counted."""
    doc = extract_text("凤县推进全民阅读\n2017年,在县图书馆、展览馆人流量大的地方安装了电子图书借阅机2台、报刊借阅机1台。")
    assert ("电子图书借阅机", 2, "台") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县推进文化惠民\n今年,在县城新建文化广场3个。")
    assert ("文化广场", 3, "个") in _metrics(doc), _metrics(doc)
    # a verb of building followed by 中 is a time clause, no lead of the noun
    doc = extract_text("某县推进项目建设\n今年,在项目建设中累计完成投资3亿元。")
    assert all(m.indicator for m in doc.metrics), _metrics(doc)
