"""Round 88 (waishi88): foreign-affairs and international news — city and provincial 外事办 news of
consuls general's visits (温州市外办 at the consulates in Shanghai, 广东省外办 meeting the French and
Indian consuls general in Guangzhou), the 2024 中国国际友好城市大会 in Kunming (sister-city signings with
Mongolian, Korean, Chilean and Lao divisions), the foreign ministry's 驻华使节地方行 in Zhejiang and
Jiangsu, MOFCOM and customs figures of trade with ASEAN, the SCO secretary-general in Xinjiang and
the SCO local leaders' forum in Tashkent, and a foreign-ministry release on Brazil (fresh texts of
/tmp/s26/fresh/waishi88).  Fixes: 乌副总理霍扎耶夫 made a person 乌副 holding 总理 of 国务院, and
乌方作为轮值主席国所提出的 a person 国所 after the post 主席; 第二个十年的开局之年 a figure of ten years; a
city under a Chilean region read by sound (智利纽夫莱大区奇廉市) no place; 贸易规模快速扩大，从2004年的…
增长至2023年的… a change named with its trend and no later level; 上海合作组织成员国地方领导人论坛 cut
to 合作组织… held in 上海; 香港特别行政区政府驻上海经济贸易办事处 located in 香港, and its short form
in bare brackets (香港驻沪办) not linked, so 香港驻沪办主任蔡亮 held no post."""
from __future__ import annotations

from conftest import extract_text, held_posts, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.period) for m in doc.metrics}


def test_a_countrys_short_form_before_a_deputy_post_is_no_name():
    """08-shanghe-difang-luntan: 乌兹别克斯坦副总理兼投资和外贸部长霍扎耶夫…乌副总理霍扎耶夫高度评价… (base: a
    person 乌副 holding 总理 of 国务院).  A name before 副 and a post stays a name (王伟副主任)."""
    doc = extract_text("论坛召开\n乌副总理霍扎耶夫高度评价合作成果。")
    people = _names(doc, "Person")
    assert "乌副" not in people and "霍扎耶夫" in people, people
    assert not any(b == "国务院" for _, b, _, _ in held_posts(doc)), held_posts(doc)
    doc = extract_text("会议\n王伟副主任主持会议。")
    assert "王伟" in _names(doc, "Person"), _names(doc, "Person")


def test_a_post_and_the_next_character_one_noun_open_no_name():
    """08-shanghe-difang-luntan: 期待成员国地方政府积极参与乌方作为轮值主席国所提出的多项倡议 (base: a person
    国所 after the post 主席).  A name right after 主席 stays one (主席张国华出席: no noun 主席张)."""
    doc = extract_text("论坛\n期待各国地方政府积极参与乌方作为轮值主席国所提出的多项倡议。")
    assert "国所" not in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("会议\n县政协主席张国华出席会议。")
    assert "张国华" in _names(doc, "Person"), _names(doc, "Person")


def test_the_nth_span_of_years_is_no_figure():
    """06-shangwubu-dongmeng-maoyi: 2014年是中国东盟战略伙伴关系的第二个十年的开局之年 (base: a metric 开局之年时间
    10 年).  Two spans counted (两个十年) stay a count."""
    doc = extract_text("商务部介绍\n2014年是中国东盟战略伙伴关系的第二个十年的开局之年。")
    assert not [m for m in doc.metrics if m.value == 10], _metrics(doc)
    from kg.stages.numbers import find_quantities
    assert "十年" in [q.surface for q in find_quantities("经过两个十年的建设")]
    assert "十年" not in [q.surface for q in find_quantities("进入第二个十年的建设")]


def test_a_city_under_a_region_read_by_sound_is_abroad():
    """04-kunming-youcheng-dahui: 广东省中山市与智利纽夫莱大区奇廉市…签署建立友好城市关系协议书 (base: no 奇廉市).
    Now a city of Chile, part of the region; 中山市 stays Guangdong's."""
    doc = extract_text("友城大会\n大会上,广东省中山市与智利纽夫莱大区奇廉市签署建立友好城市关系协议书。")
    assert "奇廉市" in _names(doc, "Place"), _names(doc, "Place")
    parts = relation_pairs(doc, "partOf")
    assert {("奇廉市", "纽夫莱大区"), ("奇廉市", "智利"), ("中山市", "广东省")} <= parts, parts


def test_a_levels_trend_clause_before_from_names_the_level():
    """09-haiguan-dongmeng-ershinian: 20年来中国与东盟贸易规模快速扩大,从2004年的8763.8亿元增长至2023年的
    6.41万亿元 (base: a change 中国与东盟贸易规模快速扩大 in 2004 and no 2023 level).  Both are levels of
    中国与东盟贸易规模; the trend clause without 从 keeps its reading (由 as before)."""
    doc = extract_text("海关数据\n数据显示,20年来中国与东盟贸易规模快速扩大,从2004年的8763.8亿元增长至2023年的6.41万亿元。")
    got = _metrics(doc)
    assert ("中国与东盟贸易规模", 876380000000, "2004") in got, got
    assert ("中国与东盟贸易规模", 6410000000000, "2023") in got, got
    assert not [m for m in doc.metrics if m.indicator.endswith("扩大")], got
    doc = extract_text("检察工作\n行政机关诉前整改率逐年提升，由2018年的97.2%上升至2021年的99.8%。")
    assert {m.indicator for m in doc.metrics} == {"行政机关诉前整改率"}, _metrics(doc)


def test_a_place_opening_an_organisations_name_is_no_venue():
    """08-shanghe-difang-luntan: 上海合作组织成员国地方领导人论坛召开 (base: a programme 合作组织成员国地方领导人
    论坛, 上海 read as where it is held).  A place before a plain event stays its venue (威县旅游产业发展大会)."""
    doc = extract_text("上海合作组织成员国地方领导人论坛召开\n论坛以线下线上相结合形式召开。")
    progs = _names(doc, "Programme")
    assert "上海合作组织成员国地方领导人论坛" in progs and "合作组织成员国地方领导人论坛" not in progs, progs
    doc = extract_text("大会开幕\n河北省邢台市威县旅游产业发展大会开幕。")
    assert "威县旅游产业发展大会" in _names(doc, "Programme"), _names(doc, "Programme")


def test_an_office_stationed_in_a_city_is_located_there():
    """01-wenzhou-zhuhu-zonglingshi: 拜访…香港特别行政区政府驻上海经济贸易办事处(香港驻沪办) (base: located in 香港).
    A SAR government's own department stays in the region (香港特区政府财政司)."""
    doc = extract_text("拜访\n赴上海拜访香港特别行政区政府驻上海经济贸易办事处。香港特区政府财政司司长出席。")
    located = relation_pairs(doc, "locatedIn")
    assert ("香港特别行政区政府驻上海经济贸易办事处", "上海市") in located, located
    assert ("香港特别行政区政府驻上海经济贸易办事处", "香港") not in located, located
    assert ("香港特别行政区政府财政司", "香港") in located, located


def test_a_short_form_in_bare_brackets_names_the_body():
    """01-wenzhou-zhuhu-zonglingshi: 香港特别行政区政府驻上海经济贸易办事处(香港驻沪办)…周建清与香港驻沪办主任蔡亮深入
    交流 (base: no post of 蔡亮).  A bracket naming another body (湖南省人民政府(湖南省教育厅)) defines nothing."""
    doc = extract_text("拜访\n赴上海拜访香港特别行政区政府驻上海经济贸易办事处(香港驻沪办)。周建清与香港驻沪办主任蔡亮深入交流。")
    assert ("蔡亮", "香港特别行政区政府驻上海经济贸易办事处") in relation_pairs(doc, "holdsPost"), held_posts(doc)
    assert ("香港特别行政区政府驻上海经济贸易办事处", "香港") not in relation_pairs(doc, "locatedIn")
    doc = extract_text("会议\n湖南省人民政府(湖南省教育厅)主办。湖南省教育厅厅长张三出席。")
    assert ("张三", "湖南省教育厅") in relation_pairs(doc, "holdsPost"), held_posts(doc)


def test_a_verb_of_becoming_gives_no_help():
    """06-shangwubu-dongmeng-maoyi: 2013年马来西亚成为东盟中首个与中国贸易额突破千亿美元的国家 (base: 商务部 supports
    东南亚国家联盟, the 为 of 成为 read as help given).  商务部为东盟提供支持 still supports it."""
    doc = extract_text("商务部介绍\n2013年马来西亚成为东盟中首个与中国贸易额突破千亿美元的国家。")
    assert not relation_pairs(doc, "supports"), relation_pairs(doc, "supports")
    doc = extract_text("商务部介绍\n商务部为东盟提供支持。")
    assert ("商务部", "东南亚国家联盟") in relation_pairs(doc, "supports"), relation_pairs(doc, "supports")


def test_a_rank_before_a_partners_trade_is_no_part_of_the_measure():
    """06-shangwubu-dongmeng-maoyi: 马来西亚成为东盟中首个与中国贸易额突破千亿美元的国家,也是…第三个与中国双边贸易超
    千亿美元的国家 (base: indicators 成为东盟中首个与中国贸易额, 第三个与中国双边贸易)."""
    doc = extract_text("商务部介绍\n2013年马来西亚成为东盟中首个与中国贸易额突破千亿美元的国家,"
                       "也是亚洲继日本、韩国之后第三个与中国双边贸易超千亿美元的国家。")
    names = {m.indicator for m in doc.metrics}
    assert names and not [n for n in names if "首个" in n or "第三个" in n], names
