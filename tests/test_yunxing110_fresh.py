"""Round 110 (yunxing110): county and city economic performance releases — 统计局 releases and local
news of quarterly and monthly figures (一季度, 上半年, 前三季度, 1—11月份) of 酉阳县 (Chongqing), 郏县
(Henan), 涪陵区 (Chongqing), 四平市 (Jilin), 常州市 (Jiangsu), 岱山县 (Zhejiang), 房县 (Hubei) and 雅安市
(Sichuan) (fresh texts of /tmp/s27/txt/yunxing110).  Fixes: a county a comparison sets the story's
county against (全县主要经济发展指标与比拼对象保康县比，…) is no place of the story nor the subject of its
figures (房县's paper: every figure was 保康县's); a sector breakdown (分产业看:第一产业4.41亿元) read on
over a semicolon written with spaces about it (同比增长6.4% ; 第三产业28.5亿元: 第三产业增加值); the pull
of an item whose share was written without 比重 (占全部消费品零售总额的54.9%，拉动全市社零总额增长9.6个
百分点) is that item's, not the whole's; the places ranked ahead (位居郧阳区、丹江口市、茅箭区之后) are peers too."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> dict[tuple, tuple]:
    """{(value, unit): (indicator, subject's name)} of the doc's figures."""
    name = {k: e.name for k, e in doc.entities.items()}
    return {(m.value, m.unit): (m.indicator, name.get(m.subject)) for m in doc.metrics}


def test_a_compared_county_is_no_place_of_the_story():
    """07-fangxian-q3: 元至九月，全县完成生产总值56.7亿… 前三季度全县主要经济发展指标与比拼对象保康县比，
    …增速全面赶超 (base: the article placed in 保康县 and every figure 保康县's; 房县 is named nowhere)."""
    text = ("前三季度全县经济\n元至九月，全县完成生产总值56.7亿元，增长7.5%；固定资产投资105亿元，增长12.9%。"
            "前三季度全县主要经济发展指标与比拼对象保康县比，规上工业增加值、固定资产投资等主要指标增速全面赶超。")
    assert article_place(text) is None
    got = _metrics(extract_text(text))
    assert got[(5670000000, "元")] == ("生产总值", None), got
    # the plain frame too: 与保康县相比
    text = ("前三季度全县经济\n前三季度，全县完成生产总值56.7亿元，增长7.5%。与保康县相比，规上工业增加值增速全面赶超。")
    assert article_place(text) is None


def test_the_places_ranked_ahead_are_no_place_of_the_story():
    """07-fangxian-q3: 三季度经济指标、项目拉练综合排名全市第四，位居郧阳区、丹江口市、茅箭区之后 (once 保康县
    was left out, the article was placed in their city 十堰市 and every 全县 figure was 十堰市's): each place
    of a run between a ranking verb and 之后 is a peer ranked ahead."""
    text = ("前三季度全县经济\n元至九月，全县完成生产总值56.7亿元，增长7.5%。"
            "三季度经济指标综合排名全市第四，位居郧阳区、丹江口市、茅箭区之后。")
    assert article_place(text) is None
    assert _metrics(extract_text(text))[(5670000000, "元")] == ("生产总值", None)
    # guard: a place ranked itself (丹江口市…位居全市第二) stays the story's
    assert article_place("经济运行\n前三季度，丹江口市完成生产总值56.7亿元，增长7.5%，位居全市第二。") == "丹江口市"


def test_a_county_compared_with_another_keeps_its_own_place():
    """Guard: the story's own county, named, stays the place and the subject when it is compared with
    another (保康县…与十堰市相比); a comparison with a time (与去年同期相比) names no peer; a county
    next to another (与保康县比邻) is no comparison."""
    text = ("保康县经济运行\n前三季度，保康县完成生产总值56.7亿元，增长7.5%。与十堰市相比，规上工业增加值增速较快。")
    assert article_place(text) == "保康县"
    assert _metrics(extract_text(text))[(5670000000, "元")][1] == "保康县"
    text = ("经济运行\n前三季度，保康县完成生产总值56.7亿元，增长7.5%。与去年同期相比，规上工业增加值增速加快。")
    assert article_place(text) == "保康县"
    text = ("经济运行\n前三季度，全县完成生产总值56.7亿元，增长7.5%。房县与保康县比邻，交通便利。")
    assert article_place(text) is not None


def test_a_sector_breakdown_reads_on_over_a_spaced_semicolon():
    """02-jiaxian-q1: 分产业看:第一产业4.41亿元，同比增长1.8%;第二产业19.31亿元，同比增长6.4% ; 第三产业
    28.5亿元 (base: 第一产业增加值, 第二产业增加值, but 第三产业 alone after the spaced semicolon)."""
    doc = extract_text("一季度经济运行\n根据地区生产总值统一核算结果，全县地区生产总值总量为52.22亿元，同比增长4.0%。"
                       "分产业看:第一产业4.41亿元，同比增长1.8%;第二产业19.31亿元，同比增长6.4% ; "
                       "第三产业28.5亿元，同比增长2.8%。")
    got = _metrics(doc)
    assert got[(441000000, "元")][0] == "第一产业增加值", got
    assert got[(2850000000, "元")][0] == "第三产业增加值", got
    assert got[(2.8, "%")][0] == "第三产业增加值同比增长", got


def test_the_pull_after_a_bare_share_is_the_items():
    """05-changzhou-h1: 1-6月全市限额以上单位完成社零总额484.5亿元，同比增长15.2%，…占全部消费品零售总额的
    54.9%，拉动全市社零总额增长9.6个百分点 (base: 社零总额增长, the whole's own growth)."""
    doc = extract_text("上半年消费市场\n2014年1-6月，常州市限额以上单位完成社零总额484.5亿元，同比增长15.2%，"
                       "占全部消费品零售总额的54.9%，拉动全市社零总额增长9.6个百分点。")
    got = _metrics(doc)
    assert got[(9.6, "个百分点")][0] == "限额以上单位完成社零总额拉动社零总额增长", got
    # guard: the share written with 比重 keeps its item as before; a level before 拉动 names no item
    doc = extract_text("工业经济\n2024年，全市汽车制造业产值43.65亿元，同比增长10.2%，占规上工业总产值的比重为82.0%，"
                       "拉动全市增速8.18个百分点。")
    assert _metrics(doc)[(8.18, "个百分点")][0].startswith("汽车制造业产值拉动"), _metrics(doc)
