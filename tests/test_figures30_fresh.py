"""Figures in shapes read on fresh provincial and city monthly statistics releases (round 30):
rank moves, bare 同比 changes, contribution rates.  Sentences written for these tests in the shape
of such texts (figures illustrative)."""
from __future__ import annotations


def _figures(text: str, date: str | None = "2024-09-15") -> dict:
    """{(value, unit): (indicator, kind, concept)} of the figures of `text` as one document."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    return {(m.value, m.unit): (m.indicator, m.kind, m.concept) for m in extract_document(doc).metrics}


def test_a_rank_move_with_no_item_of_its_own_names_the_item_ranked_before_it():
    """全省地区生产总值居全国第15位，较上年前移2位: the move was named after its verb alone (较上年
    前移, 前进), a level; it moves the place of the item ranked before it, a change."""
    ms = _figures("2025年，全省地区生产总值居全国第15位，较上年前移2位。", "2026-03-01")
    assert ms[(2, "位")][:2] == ("地区生产总值位次较上年前移", "change")
    ms = _figures("全省数字经济发展指数排名全国第10位，前进1位。", "2026-03-01")
    assert ms[(1, "位")][:2] == ("数字经济发展指数位次前进", "change")
    ms = _figures("全省城乡居民收入居全国第5位，比上年提升2位。", "2026-03-01")
    assert ms[(2, "位")][:2] == ("城乡居民收入位次比上年提升", "change")  # (居 of 居民 ranks nothing)


def test_a_rank_move_in_a_ranking_frame_names_the_ranking():
    """在全国综合排名中，我省较上年前移3位: the frame names what is ranked (综合排名)."""
    ms = _figures("在全国综合排名中，我省较上年前移3位。", "2026-03-01")
    assert ms[(3, "位")][:2] == ("综合排名较上年前移", "change")


def test_a_named_ranking_moved_by_a_move_verb_is_a_change():
    """营商环境评价排名前进1位: 前进 moves a place; the figure was read as a level."""
    ms = _figures("全省营商环境评价排名前进1位。", "2026-03-01")
    assert ms[(1, "位")][1] == "change"


def test_a_rank_move_with_no_rank_before_it_keeps_its_name():
    """前进1位 with no rank or ranking frame before it: no item is made up."""
    ms = _figures("全省各项工作稳步推进，前进1位。", "2026-03-01")
    assert ms[(1, "位")][0] == "前进"


def test_growth_after_a_moved_rank_is_the_growth_of_the_item_not_of_its_place():
    """规模以上工业增加值位次较上月提升2位。8月当月增长4.0%: the growth was named 位次增长 (the
    place grew); it is the value added's."""
    ms = _figures("8月份，规模以上工业增加值位次较上月提升2位。8月当月增长4.0%，比7月加快0.6个百分点。")
    assert ms[(4.0, "%")][0] == "规模以上工业增加值增长"
    assert ms[(0.6, "个百分点")][0] == "规模以上工业增加值增长加快"


def test_a_percent_after_a_bare_basis_is_a_change():
    """社会消费品零售总额同比2.8%, 进出口总额同比-3.5%: releases drop the verb after 同比; the figure
    is the change, it was read as a level."""
    ms = _figures("1-8月，社会消费品零售总额同比2.8%。全省进出口总额同比-3.5%。")
    assert ms[(2.8, "%")][:2] == ("社会消费品零售总额同比", "change")
    assert ms[(-3.5, "%")][1] == "change"


def test_a_contribution_rate_is_a_share_of_growth_not_a_level_of_gdp():
    """第三产业对GDP增长的贡献率为62.1%: the part of the growth the item gave — it was a level linked
    to the GDP concept (GDP is inside the name)."""
    ms = _figures("上半年，第三产业对GDP增长的贡献率为62.1%，拉动GDP增长3.2个百分点。", "2024-07-20")
    assert ms[(62.1, "%")] == ("第三产业对GDP增长的贡献率", "share", "growth-contribution")
    assert ms[(3.2, "个百分点")][2] == "growth-contribution"
    ms = _figures("前三季度服务业增加值增长7.8%，对全市经济增长的贡献率达58.0%。", "2024-10-25")
    assert ms[(58.0, "%")][1:] == ("share", "growth-contribution")
    assert ms[(7.8, "%")][1] == "change"


def test_single_character_livestock_before_a_longer_last_item_share_the_measure():
    """猪、牛、羊、家禽出栏分别为…: the last item (家禽) is longer than the ones before it; the list was
    cut at their length (猪禽出栏, 牛禽出栏).  Each item gets the measure: 猪出栏 … 家禽出栏."""
    ms = _figures("前三季度，全市猪、牛、羊、家禽出栏分别为73.02万头、6.38万头、17.99万只、256.87万只。",
                  "2023-10-30")
    assert [ms[k][0] for k in ((730200, "头"), (63800, "头"), (179900, "只"), (2568700, "只"))] \
        == ["猪出栏", "牛出栏", "羊出栏", "家禽出栏"]


def test_goods_classes_share_the_retail_sales_head_even_with_he_inside_an_item():
    """可穿戴智能设备、智能家用电器和音像器材商品零售额同比分别增长a、b: two items (和 joins inside the
    second); the first figure went to the second item, since no head (商品零售额) was shared."""
    ms = _figures("10月份，可穿戴智能设备、智能家用电器和音像器材商品零售额同比分别增长47.7%、38.6%。")
    assert ms[(47.7, "%")][0] == "可穿戴智能设备商品零售额同比增长"
    assert ms[(38.6, "%")][0] == "智能家用电器和音像器材商品零售额同比增长"
    ms = _figures("在限额以上实体店中，便利店、食杂店、超市零售额分别同比增长11.0%、9.9%、7.2%。")
    assert ms[(11.0, "%")][0] == "便利店零售额同比增长"


def test_a_move_counted_in_ge_weici_is_a_rank_move():
    """居全省第11位，较6月份提高4个位次: 个位次 counts places moved, as 位 does; it was a level count
    of things named 位次 (4个)."""
    ms = _figures("前7个月，全市规模以上工业增加值同比增长6.2%，居全省第8位。从月度增速看，7月份增长5.9%，"
                  "居全省第11位，较6月份提高4个位次。", "2022-08-16")
    assert (4, "个") not in ms
    assert ms[(4, "位")][1] == "change" and "位次" in ms[(4, "位")][0]


def test_a_bare_growth_after_points_over_a_yardstick_is_the_level_s_growth():
    """增长6.2%，高于全国平均水平2.7个百分点。…7月份增长5.9%: the bare growth was named after the
    comparison (…高于全国平均水平增长); it is the growth of the level compared."""
    ms = _figures("前7个月，全市规模以上工业增加值同比增长6.2%，高于全国平均水平2.7个百分点。"
                  "从月度增速看，7月份增长5.9%。", "2022-08-16")
    assert ms[(5.9, "%")][0] == "规模以上工业增加值增长"


def test_a_count_of_zones_stops_before_their_measure():
    """8个开发区进出口总额达300亿元: the count ran into the measure (开发区进出口总额达) and the amount
    was named 总额; 开发区 are counted, the amount is their 进出口总额."""
    ms = _figures("上半年，全市8个开发区进出口总额达300亿元。全市3个园区营业收入达1200亿元。")
    assert ms[(8, "个")][0] == "开发区"
    assert ms[(30000000000, "元")][0] == "进出口总额"
    assert ms[(3, "个")][0] == "园区"


def test_a_change_continuing_a_scoped_figure_keeps_its_subject_not_the_dateline_city():
    """本报南昌讯 8月份，全省居民消费价格同比上涨0.5%，环比上涨0.2%: 环比 changes the same level as
    同比, the province's (全省); it fell back to the dateline's city (南昌市)."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text="物价运行\n本报南昌讯 8月份，全省居民消费价格同比上涨0.5%，环比上涨0.2%。")
    doc.date = "2026-09-15"
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    subjects = {m.value: names.get(m.subject) for m in res.metrics}
    assert subjects[0.5] == "江西省" and subjects[0.2] == "江西省"
