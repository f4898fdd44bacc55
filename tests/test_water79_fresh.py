"""Round 79 (water79): water-resources news from fresh texts of /tmp/s26/fresh/water79 (河长 patrols,
a district's farmland-water works, reservoir safety checks in 四川, 山东 and 湖南, rural drinking water in
浙江宁海, soil and water conservation in 福建): storage and earthworks in 万方 read as cubic metres (方 only
after a magnitude), the complement 到 of funds secured (争取到) no word of the indicator, and the safe
passage of the flood season or safe running of the reservoirs counted (N座水库安全度汛) no part of the
noun counted."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_storage_in_wan_fang_is_cubic_metres():
    """05-zhuhui-nongtian (湖南衡阳珠晖区水利局): 计划新增蓄水能力2万方 … 新增蓄水能力10万方 (base: 20000 and
    100000 with no unit)."""
    doc = extract_text("珠晖区推进农田水利设施建设\n今年全区计划投资340万元,小型病险水库除险加固项目计划新增蓄水能力2万方,"
                       "已完成投资61.6万元。项目建成后,新增蓄水能力10万方。")
    got = {(v, u) for _, v, u in _metrics(doc)}
    assert (20000, "立方米") in got and (100000, "立方米") in got, got


def test_a_bare_fang_after_a_number_is_no_volume():
    """方 without 万/亿 before it is a party or side (签订三方协议5份, 四方联动, 千方百计): no cubic metres."""
    doc = extract_text("某县推进项目建设\n今年全县签订三方协议5份,四方联动,千方百计增加群众收入,完成土石方12万方。")
    got = _metrics(doc)
    assert all(not (u == "立方米" and v in (3, 4, 1000)) for _, v, u in got), got
    assert ("土石方", 120000, "立方米") in got, got


def test_the_complement_dao_of_funds_secured_is_no_word_of_the_indicator():
    """10-shuitu-xiuzhuan (福建, 水土流失综合治理): 现已争取到上级补助资金3400万元 (base: the indicator
    到上级补助资金)."""
    doc = extract_text("诏安县加快水土流失综合治理\n今年诏安县计划完成总投资4340万元,现已争取到上级补助资金3400万元。")
    got = {i for i, v, _ in _metrics(doc) if v == 34000000}
    assert got == {"上级补助资金"}, got
    kept = extract_text("某县争取资金\n今年全县争取到位补助资金9.66亿元。")
    assert {i for i, v, _ in _metrics(kept) if v == 966000000} == {"到位补助资金"}, _metrics(kept)


def test_the_safe_flood_season_of_reservoirs_counted_is_no_part_of_the_noun():
    """06-yaan-shuiku (四川雅安): 确保我县两座水库安全度汛 (base: the indicator 水库安全度汛); so for 安全运行,
    运行正常 after a count of reservoirs or rivers.  A noun that opens with the words keeps them."""
    doc = extract_text("县水利局迎接汛前安全检查\n下一步我局将提高水库运行管理水平,确保我县两座水库安全度汛。"
                       "全市15座大中型水库安全运行,全镇6条河流安全度汛。")
    got = _metrics(doc)
    assert ("水库", 2, "座") in got and ("大中型水库", 15, "座") in got and ("河流", 6, "条") in got, got
    assert not any("安全" in i for i, _, _ in got), got
    kept = extract_text("某县建设示范站\n全县有3个安全运行示范站。")
    assert ("安全运行示范站", 3, "个") in _metrics(kept), _metrics(kept)


def test_a_reporter_right_before_the_next_role_is_a_person():
    """09-ninghai-yinshui (宁海新闻网): 宁海新闻网讯(记者王银宁通讯员周红霞林追通) (base: 王银宁 read by the layout as an
    author but no Person: the name runs into 通讯员 with no space)."""
    doc = extract_text("我县投资2430万元助力农民饮用水提升工程\n宁海新闻网讯(记者王银宁通讯员周红霞林追通)记者日前从县水利部门获悉,"
                       "我县2012年计划投资2430万元,新增受益人口40690人。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert {"王银宁", "周红霞", "林追通"} <= people, people


def test_a_tallying_adverb_between_the_doers_and_the_deed_is_no_word_of_the_indicator():
    """01-hezhang-xunhe (河长巡河): 今年以来全县各级河长共计巡河17400次 (base: the indicator 河长共计巡河); 累计 alike.
    累计增长 keeps it: the change's name."""
    doc = extract_text("水利局加强河长巡河\n今年以来全县各级河长共计巡河17400次,巡河率为99.4%,全市河长累计巡河5.6万次。")
    got = {(i, v) for i, v, _ in _metrics(doc)}
    assert ("河长巡河", 17400) in got and ("河长巡河", 56000) in got, got
    kept = extract_text("全市工业经济运行情况\n1-11月全市规上工业增加值累计增长5.2%。")
    assert any("累计增长" in i for i, _, _ in _metrics(kept)), _metrics(kept)
