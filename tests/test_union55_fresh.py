"""Round 55 (union55): news of people's organisations (总工会, 妇联, 团委, 红十字会, 侨联) from the fresh
texts of /tmp/s26/fresh/union55: the Youth League's committee written bare with a relative scope (团县委)
in a story about one county, one women's federation written both short and in full (区妇联 …
南岸区第十二届妇女联合会), a second verb after 出席 (出席并为竞赛…授旗) and a trade jieba tags a place (美甲)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _typed(doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities.values()}


def test_the_bare_league_committee_is_the_story_s_county_s():
    """中国甘肃在线 (共青团西和县委): 共青团西和县委组织…, then 团县委前期做了大量筹备工作 is the same
    committee, 共青团西和县委 (base: a second organisation 团县委 beside it)."""
    doc = extract_text("中国甘肃在线西和讯 共青团西和县委组织暑期返家乡大学生志愿者开展乡村治理服务工作。\n"
                       "为确保此次实践活动顺利开展,团县委前期做了大量筹备工作,团县委书记李明作动员讲话。")
    typed = _typed(doc)
    assert typed.get("共青团西和县委") == "Organization" and "团县委" not in typed, typed
    assert ("李明", "共青团西和县委") in relation_pairs(doc, "holdsPost")
    bare = extract_text("团县委书记曹金化在讲话中强调,青年志愿者服务春运工作是重要举措。")  # no county named:
    assert ("曹金化", "团县委") in relation_pairs(bare, "holdsPost")  # the committee stays as written


def test_the_league_committee_listed_bare_among_a_county_s_bodies():
    """县总工会、团委、妇联 in a county's story: the listed 团委 and a later 团县委 are one committee of
    the county (base: the bare 团县委, the post held in no named body)."""
    doc = extract_text("云梦县召开群团工作会议\n县总工会、团委、妇联、残联等群团组织负责人参加。团县委副书记刘强发言。")
    typed = _typed(doc)
    assert "团县委" not in typed, typed
    assert ("刘强", "共青团云梦县委") in relation_pairs(doc, "holdsPost")


def test_a_women_s_federation_written_short_and_in_full_is_one_body():
    """重庆市南岸区第十三次妇女代表大会: 区妇联党组书记张颖代表南岸区第十二届妇女联合会执行委员会作
    工作报告 names one federation (base: two, 南岸区妇联 and 南岸区妇女联合会)."""
    doc = extract_text("重庆市南岸区第十三次妇女代表大会召开\n"
                       "会上,区妇联党组书记张颖代表南岸区第十二届妇女联合会执行委员会作工作报告。")
    typed = _typed(doc)
    assert "南岸区妇女联合会" in typed and "南岸区妇联" not in typed, typed
    assert ("张颖", "南岸区妇女联合会") in relation_pairs(doc, "holdsPost")
    one_way = extract_text("南岸区妇联召开执委会议,区妇联主席张颖出席。")  # written one way: kept so
    assert "南岸区妇联" in _typed(one_way), _typed(one_way)


def test_a_second_verb_after_attending_is_no_event():
    """甘肃文化产业网 (百万职工劳动和技能竞赛): 省总工会主席胡焯出席并为竞赛承办单位代表授旗 (base: a
    programme 并为竞赛, run in 甘肃省)."""
    doc = extract_text("2024年甘肃省百万职工劳动和技能竞赛启动仪式3月28日在兰州举行。"
                       "省人大常委会副主任、省总工会主席胡焯出席并为竞赛承办单位代表授旗。")
    assert not any(n.startswith("并") for n in _typed(doc)), _typed(doc)


def test_manicure_is_no_place():
    """漳州 (金牌工人): 首届职工美容美发化妆美甲、叉车、电焊…技能比赛 (base: a place 美甲)."""
    doc = extract_text("市总工会先后举办首届职工美容美发化妆美甲、叉车、电焊、起重机驾驶等技能比赛。")
    assert "美甲" not in _typed(doc), _typed(doc)


def _indicators(doc) -> dict[str, tuple]:
    return {m.indicator: (m.value, m.unit) for m in doc.metrics}


def test_a_place_s_short_name_holds_no_count():
    """中国残联 (九台区调研): 创造九台地域特色的扶贫助残发展之路 (base: a figure 九台区 | 地域特色 | 9 台)."""
    doc = extract_text("调研组希望九台区要继续在残联工作上坚持新发展理念。"
                       "区长宋长者表示,善满家园启动了扶残全链条融合项目,创造九台地域特色的扶贫助残发展之路。")
    assert not any(m.unit == "台" for m in doc.metrics), _indicators(doc)


def test_the_end_of_a_time_bound_is_no_word_of_the_indicator():
    """成华区残联: 力争10月底之前征收残疾人就业保障金5000万元 (base: indicator 之前征收残疾人就业保障金)."""
    doc = extract_text("8月18日,区残联安排部署下半年残联主要工作:一是做好残疾人就业保障金征收工作,"
                       "采取多种措施力争10月底之前征收残疾人就业保障金5000万元。")
    assert _indicators(doc).get("征收残疾人就业保障金") == (50000000, "元"), _indicators(doc)


def test_a_meeting_whose_spirit_is_relayed_is_no_programme_of_the_body():
    """成华区残联: 区残联组织全体干部职工传达学习区委半年经济工作会议精神 (base: a programme
    全体干部职工传达学习区委半年经济工作会议 run by 区残联)."""
    doc = extract_text("8月18日,区残联组织全体干部职工传达学习区委半年经济工作会议精神,安排部署下半年残联主要工作。")
    assert not any(e.type == "Programme" for e in doc.entities.values()), _typed(doc)


def test_the_unions_studio_of_model_workers_and_craftsmen_is_one_noun():
    """中国妇女报 (福建省总工会女职工委员会): 已建设132个巾帼劳模和工匠人才创新工作室 counts the studios
    (base: indicator 巾帼劳模, its 和 read as joining a second thing counted)."""
    doc = extract_text("目前福建省已建设132个巾帼劳模和工匠人才创新工作室。")
    assert _indicators(doc).get("巾帼劳模和工匠人才创新工作室") == (132, "个"), _indicators(doc)


def test_attending_closes_the_noun_of_the_people_counted():
    """盐城晚报 (大丰区总工会): 由区总工会分管负责人带队,2名权益保障专干参加 (base: indicator
    权益保障专干参加)."""
    doc = extract_text("3月18日起,大丰区总工会开展新春走访困难职工活动。该活动由区总工会分管负责人带队,2名权益保障专干参加。")
    assert _indicators(doc).get("权益保障专干") == (2, "名"), _indicators(doc)


def test_where_the_people_counted_come_from_is_no_word_of_what_is_counted():
    """温州日报 (市第十二次妇女代表大会): 400多名来自全市各条战线的妇女代表齐聚一堂 counts the women
    delegates (base: indicator 来自全市各条战线)."""
    doc = extract_text("昨天,市第十二次妇女代表大会隆重开幕,400多名来自全市各条战线的妇女代表齐聚一堂。")
    assert _indicators(doc).get("妇女代表") == (400, "名"), _indicators(doc)
