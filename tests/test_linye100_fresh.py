"""Round 100 (linye100): forestry and grassland (林业草原) and forest chief system (林长制) news — city and
county 林长令 (广东云浮, 福建三明将乐), a prefecture's patrol rules (甘肃临夏), a province's state forest farm
survey (安徽池州), county and provincial forestry reports (四川兴文, 贵州, 黑龙江森工), the national parks'
offices (大熊猫国家公园, 东北虎豹国家公园) and the National Forestry and Grassland Administration's 三北
briefing (fresh texts of /tmp/s26/fresh/linye100).  Fixes: the forest chiefs written with the place's
one-character level and no 级 or 总 (市第一林长卢荣春, 市林长李庆新, 县副林长) and the party secretary's
第一河长 read no post and no person; a place right after 其中 (…,其中四川园区占地20177平方公里) was not the
part's subject (an earlier mountain was); a reserve office named after a lake of the world's places
(青海湖国家级自然保护区管理局) crashed the build (the lake's region code taken for a division's)."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_the_forest_chiefs_with_the_one_character_level_are_posts_of_the_place():
    """01-yunfu-linzhangling: 近日,云浮市委书记、市第一林长卢荣春和云浮市市长、市林长李庆新签发了2022年第2号
    林长令 (base: neither 卢荣春 nor 李庆新 a person, no post).  The chief of the county written so with a
    deputy (县副林长) and the party secretary's 第一河长 are the place's heads as well."""
    doc = extract_text("云浮市签发林长令\n近日,云浮市委书记、市第一林长卢荣春和云浮市市长、市林长李庆新签发了"
                       "2022年第2号林长令。")
    assert {("卢荣春", "云浮市"), ("李庆新", "云浮市")} <= post_pairs(doc), post_pairs(doc)
    doc = extract_text("巡河\n近日,将乐县委书记、县第一河长王明和县长、县副林长张华开展巡林巡河。")
    assert {"王明", "张华"} <= _names(doc, "Person"), _names(doc, "Person")


def test_the_forest_chiefs_office_and_system_stay_no_post():
    """The office and the system of the forest chiefs (市林长办, 县林长制办公室, 全市林长制) are no chief: their
    director holds a post in the office, never in the place, and no one is read out of the system's name."""
    doc = extract_text("林长制\n全市林长制工作会议召开。市林长办主任刘强主持。县林长制办公室主任陈东讲话。"
                       "城市林长制建设稳步推进。")
    pairs = post_pairs(doc)
    assert ("刘强", "市林长办") in pairs and ("陈东", "县林长制办公室") in pairs, pairs
    assert not {p for p in pairs if p[1].endswith(("市", "县"))}, pairs
    assert _names(doc, "Person") == {"刘强", "陈东"}, _names(doc, "Person")


def test_a_place_after_qizhong_is_the_parts_subject():
    """06-daxiongmao-guanliju: 大熊猫国家公园…分为四川省岷山片区…陕西省秦岭片区和甘肃省白水江片区,其中四川园区
    占地20177平方公里,甘肃园区面积2571平方公里 (base: the 20177 square kilometres 秦岭's, the last place of the
    list before 其中).  A part after 其中 with no place of its own keeps the whole's subject."""
    doc = extract_text("大熊猫国家公园\n大熊猫国家公园分为四川省岷山片区,陕西省秦岭片区和甘肃省白水江片区,"
                       "其中四川园区占地20177平方公里,甘肃园区面积2571平方公里。")
    got = _metrics(doc)
    assert ("四川省", "园区占地", 20177, "平方公里") in got, got
    assert not {m for m in got if m[0] == "秦岭"}, got
    doc = extract_text("造林\n2023年,贵州省完成营造林120万亩,其中人工造林60万亩。")
    assert ("贵州省", "人工造林", 600000, "亩") in _metrics(doc), _metrics(doc)


def test_a_reserve_office_named_after_a_lake_builds():
    """A reserve's office named after a lake (青海湖国家级自然保护区管理局副局长李明陪同, modelled on the reserve
    offices of 07-hubao-guanliju and 06-daxiongmao-guanliju; base: AttributeError in relations, the lake's
    region code given to ensure_place as a division's).  The office is an agency its deputy director
    holds a post in; a county opening an office's name still places it (临洮县洮河国家湿地公园管理局)."""
    doc = extract_text("保护区\n青海湖国家级自然保护区管理局副局长李明陪同调研。")
    assert "青海湖国家级自然保护区管理局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("李明", "青海湖国家级自然保护区管理局") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("保护区\n临洮县洮河国家湿地公园管理局局长王五讲话。")
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name)
               for r in doc.relations if r.predicate == "locatedIn"}
    assert ("临洮县洮河国家湿地公园管理局", "临洮县") in located, located


def test_a_bare_national_team_is_no_organisation():
    """04-chizhou-guoyoulinchang: 杨忠祥副局长指出,国有林场要发挥国家队作用 (base: 国家队 an Organization, a figure of
    speech).  The team itself stays a body (国家队集中后, as People's Daily tags it), and a country's team keeps its
    name (中国国家队)."""
    doc = extract_text("林场调研\n杨忠祥副局长指出,国有林场要发挥国家队作用,做好林场文章。")
    assert "国家队" not in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("集训\n国家队集中后,将首先进行体能测试。")
    assert "国家队" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("比赛\n中国国家队在比赛中夺冠。")
    assert "中国国家队" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_bracket_listing_the_doers_is_no_word_of_the_indicator():
    """08-sanbei-fabuhui: 中国“三北”工程区三大标志性战役(黄河“几”字弯攻坚战、科尔沁和浑善达克沙地歼灭战、河西走廊—
    塔克拉玛干沙漠边缘阻击战)已完成造林种草2000多万亩 (base: the whole bracket inside the indicator).  A bracket of
    levels (县(市、区)) is part of the word and stays."""
    doc = extract_text("三北\n张炜表示,三北工程区三大标志性战役(黄河几字弯攻坚战、科尔沁沙地歼灭战)已完成造林种草2000多万亩。")
    inds = {m.indicator for m in doc.metrics}
    assert inds and not {i for i in inds if "攻坚战" in i or "(" in i}, inds
    doc = extract_text("区划\n全省县(市、区)共有120个。")
    assert {m.indicator for m in doc.metrics} == {"县(市、区)"}, {m.indicator for m in doc.metrics}


def test_a_national_parks_resource_office_and_other_parks_offices_are_agencies():
    """07-hubao-guanliju: 今天上午,东北虎豹国家公园国有自然资源资产管理局、东北虎豹国家公园管理局在吉林省长春市揭牌成立
    (base: only the park's 管理局 an agency).  A desert park's and a geological park's offices are named the same way."""
    doc = extract_text("国家公园\n今天上午,东北虎豹国家公园国有自然资源资产管理局、东北虎豹国家公园管理局在吉林省长春市揭牌成立。"
                       "沙坡头国家沙漠公园管理局局长王某出席。")
    assert {"东北虎豹国家公园国有自然资源资产管理局", "东北虎豹国家公园管理局",
            "沙坡头国家沙漠公园管理局"} <= _names(doc, "Agency"), _names(doc, "Agency")


def test_a_countys_state_forest_farm_named_by_its_full_name():
    """02-jiangle-linzhangling and 04-chizhou-guoyoulinchang (石台县国有林场): the county's farm written with the
    county's full name, 将乐县国有林场开展活动 (base: nothing, jieba splits 将|乐县 and a place alone opened no
    name).  全县国有林场 names no farm; a place and another kind (将乐县企业) stays no body."""
    doc = extract_text("林场\n将乐县国有林场开展巡林活动。全县国有林场完成造林1.2万亩。将乐县企业参加。")
    assert _names(doc, "Organization") == {"将乐县国有林场"}, _names(doc, "Organization")
