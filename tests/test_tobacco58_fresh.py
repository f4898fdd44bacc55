"""Round 58 (tobacco58): tobacco and salt monopoly news from fresh texts of /tmp/s26/fresh/tobacco58
(烟叶收购 in 明溪县 and 巫山县, 盐务/盐业 bureaus of 周口市, 乌拉特前旗 and 文登, cigarette sales of 防城港市
and 黑龙江): cigarettes counted in 箱, the grade 上等烟 kept whole, the salt administrations read as
agencies, a product's pack size in brackets no figure, a writer's name in a closing bracket no provinces,
a long queue (排起了长龙) no place, and a quoted list (“假、私、非”卷烟) one word of the noun."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> set[tuple]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.indicator, m.value, m.unit) for m in ms}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_cigarettes_are_counted_in_cases():
    """防城港日报: 1~6月,共销售卷烟13568.4箱,完成年计划的52.3%: a figure in 箱 whose share of the plan
    follows (base: no 箱 unit, so no sales figure and an indicator 年计划 of the share)."""
    doc = extract_text("防城港市烟草部门上半年超额完成各项经济指标\n"
                       "我市烟草行业各项经济指标呈增长态势。1~6月,共销售卷烟13568.4箱,完成年计划的52.3%,同比增长5.1%。")
    got = _metrics(doc)
    assert ("销售卷烟", 13568.4, "箱") in got, got
    assert not any(ind == "年计划" for ind, _v, _u in got), got
    big = _metrics(extract_text("我省去年销售卷烟122.43万箱\n2011年,我省累计销售卷烟122.43万箱。"))
    assert ("累计销售卷烟", 1224300, "箱") in big, big  # (base: the unit was empty)
    boxed = _metrics(extract_text("标题\n该镇新建2箱式变电站。"))
    assert not any(u == "箱" for _i, _v, u in boxed), boxed  # 箱式: a box-type substation, no count of cases


def test_the_grade_of_cured_tobacco_stays_in_the_indicator():
    """明溪县: 今年全县共收购烟叶6.19万担,…上等烟比例61.42%: the share of top-grade leaf (base: 烟比例,
    the 等 of the grade read as a list's 等)."""
    got = _metrics(extract_text("福建省明溪县2017年烟叶收购工作圆满结束\n"
                                "据统计,今年全县共收购烟叶6.19万担,户均收入7.33万元,上等烟比例61.42%,同比增加0.94个百分点。"))
    assert ("上等烟比例", 61.42, "%") in got, got
    assert not any(ind.startswith("烟比例") for ind, _v, _u in got), got


def test_salt_administrations_are_agencies():
    """周口市盐业管理局抽派专人…; 乌拉特前旗盐务管理局查获一起违法从事食盐批发案件: the salt bureaus, the
    other state monopoly's administrations (base: neither an agency)."""
    doc = extract_text("周口市盐业管理局加大盐业市场整治力度\n"
                       "今年2月底,周口市盐业管理局抽派专人对全市盐业市场整治工作进行了抽样检查。")
    assert "周口市盐业管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("周口市盐业管理局", "周口市") in relation_pairs(doc, "locatedIn")
    banner = extract_text("乌拉特前旗盐务管理局查获一起无证批发食盐案\n"
                          "近日,巴彦淖尔市乌拉特前旗盐务管理局查获一起违法从事食盐批发案件,查获违法盐产品18.82吨。")
    assert "乌拉特前旗盐务管理局" in _names(banner, "Agency"), _names(banner, "Agency")


def test_a_pack_size_in_brackets_is_no_figure():
    """乌拉特前旗: 现场查获“军花牌”精制盐(250克/袋)10吨、精制海盐(400克/袋)8.82吨: the tonnage seized of
    each salt (base: figures 250 克/袋 and 400 克/袋, and the tonnages with indicator 吨)."""
    got = _metrics(extract_text("查获一起无证批发食盐案\n"
                                "盐政执法人员于8月21日对张某的经营场所进行了突击检查,"
                                "现场查获“军花牌”精制盐(250克/袋)10吨、精制海盐(400克/袋)8.82吨。"))
    assert not any(u == "克/袋" for _i, _v, u in got), got
    assert ("精制海盐", 8.82, "吨") in got, got
    assert not any(ind == "吨" for ind, _v, _u in got), got


def test_a_writer_s_name_in_a_closing_bracket_is_no_provinces():
    """周口日报: …端窝点2个。/(苏云): the writer's name, no 江苏 and 云南 (base: both provinces); places
    in brackets inside a sentence stay read."""
    doc = extract_text("周口市盐业管理局加大盐业市场整治力度\n"
                       "市盐业局今年继续加大盐业市场整治力度,第一季度查处涉盐案件151起,端窝点2个。\n(苏云)\n盐业违法举报电话")
    places = _names(doc, "Place")
    assert "江苏省" not in places and "云南省" not in places, places


def test_a_long_queue_is_no_place():
    """巫山县: 只见一车车烟叶在收购点排起了长龙: a long queue, no place 长龙 (base: a Place)."""
    doc = extract_text("重庆巫山县烟叶收购接近尾声\n记者在骡坪烟叶收购点看到,只见一车车烟叶在收购点排起了长龙,烟农们正忙着卸车。")
    assert "长龙" not in _names(doc, "Place")


def test_a_quoted_list_is_one_word_of_the_noun():
    """昭通新闻网: 办理5万元以上涉烟大要案件102起,共查获“假、私、非”卷烟5379.3万支: the fake, smuggled
    and illicit cigarettes seized (base: indicator 非卷烟, cut at the 、 inside the quotes)."""
    got = _metrics(extract_text("昭通烟草专卖局被推荐为全国卷烟打假先进集体\n"
                                "办理5万元以上涉烟大要案件102起,共查获“假、私、非”卷烟5379.3万支,查获烟叶69.25吨。"))
    assert ("查获假、私、非卷烟", 53793000, "支") in got, got
    assert not any(ind == "非卷烟" for ind, _v, _u in got), got
