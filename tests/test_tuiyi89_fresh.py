"""Round 89 (tuiyi89): veterans' affairs and ethnic-religious / united-front news — county and city
退役军人事务局 reports and visits (优抚, 慰问, 褒扬, 双拥模范城 checks), a national notice raising the
抚恤 and 生活补助 standards, 民宗局 and 统战部 visits to religious sites and a 民族团结进步示范创建 report, from
Anhui, Guangxi, Guangdong, Zhejiang, Fujian, Henan and Yunnan (incl. 西双版纳傣族自治州; fresh texts of
/tmp/s26/fresh/tuiyi89).  Fixes: the classes of military merit (一等功人员1人, 二等功2人) cut at their 等 as if
it closed a list (功人员…, 人数), and a people noun then borrowed by the next part (烈属人员); the countryside
veterans' standing name (在乡复员军人) lost its 在; a one-character staple before a count of its packages
(油31桶, 米31袋) no figure, or the unit as its name, and no 桶 unit; a kind of village (民族村) read as a
place; the river a battle is named after (湘江战役) read as a place and made the subject of the remains
recovered; 全国通报表扬 (a local bureau's honour) made its count the country's; a place before 首个 (成立广西
首个…学院: a rank) the subject of the figures after it; 累计发放22800张 after 新增发放优待证1057张 no card."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_classes_of_merit_keep_their_grade():
    """03-xuwen-chunjie-weiwen: 走访慰问对象共31人,其中一等功人员1人,二等功2人,烈属1人,残疾军人5人 (base: 功人员走访慰问
    对象, 人数 — the 等 of 一等功 read as closing a list).  二等功 shares 人员 with 一等功人员 before it, but 烈属,
    people of its own, borrows no 人员; 统一等3项 still closes its list at 等."""
    doc = extract_text("春节慰问\n走访慰问对象共31人,其中一等功人员1人,二等功2人,烈属1人,残疾军人5人。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert {("一等功人员", 1), ("烈属", 1), ("残疾军人", 5)} <= got, got
    assert any(i.startswith("二等功") and v == 2 for i, v in got), got
    assert not any(i.startswith("功") or i == "人数" or i == "烈属人员" for i, _v in got), got
    doc = extract_text("颁奖\n本次大赛共评出奖项8个,其中一等奖3个,二等奖5个。")
    assert {"一等奖", "二等奖"} <= set(_indicators(doc).values()), _indicators(doc)


def test_countryside_veterans_keep_their_name():
    """03-xuwen-chunjie-weiwen: 在乡复员军人4人; 10-fuxu-biaozhun-2014: 在乡老复员军人定期定量补助标准在现行基础上每人每年
    提高1200元 (base: 乡复员军人, 乡老复员军人… — 在 stripped as a preposition).  在乡镇设立… still loses its 在."""
    doc = extract_text("慰问\n其中烈属1人,在乡复员军人4人。")
    assert "在乡复员军人" in _indicators(doc).values(), _indicators(doc)
    doc = extract_text("提标\n在乡老复员军人定期定量补助标准每人每年提高1200元。")
    assert _indicators(doc)[1200].startswith("在乡老复员军人"), _indicators(doc)
    doc = extract_text("服务站\n在乡镇设立退役军人服务站15个。")
    assert not _indicators(doc)[15].startswith("在"), _indicators(doc)


def test_a_staple_of_one_character_before_its_packages():
    """03-xuwen-chunjie-weiwen: 共发慰问金31000元,慰问品:油31桶,米31袋 (base: no oil, and 袋 the name of the rice).
    大米, 食用油 keep their names; 面包3袋 is bread, 长3米 a length in metres."""
    doc = extract_text("慰问\n共发慰问金31000元,慰问品:油31桶,米31袋。")
    assert {(m.indicator, m.value, m.unit) for m in doc.metrics} >= {("油", 31, "桶"), ("米", 31, "袋")}, \
        _metrics(doc)
    doc = extract_text("慰问\n慰问品:大米20袋、食用油20桶。")
    assert {(m.indicator, m.unit) for m in doc.metrics} >= {("大米", "袋"), ("食用油", "桶")}, _metrics(doc)
    doc = extract_text("超市\n共有面包3袋,货架长3米。")
    assert ("面包", "袋") in {(m.indicator, m.unit) for m in doc.metrics}, _metrics(doc)
    assert "米" not in _indicators(doc).values(), _metrics(doc)


def test_a_village_of_an_ethnic_minority_is_no_place():
    """05-nanping-minzong-diaoyan: 走访少数民族村; 在民族村调研中,…要求民族村要突出民族元素 (base: Place 民族村)."""
    doc = extract_text("调研\n市民宗局局长到我县调研宗教活动场所,走访少数民族村。在民族村调研中,调研组要求民族村要突出民族元素。")
    assert not {n for n in _names(doc, "Place") if "民族" in n}, _names(doc, "Place")


def test_a_battle_named_after_a_river_is_no_place():
    """02-guilin-mofan-danwei: 发掘相对完整的湘江战役红军烈士遗骸82具、零散遗骸7465块 (base: Place 湘江, the subject
    of the remains).  湘江 alone, the river, is still a place."""
    doc = extract_text("桂林市褒扬工作\n桂林市圆满完成湘江战役红军遗骸收殓保护,发掘湘江战役红军烈士遗骸82具。")
    assert "湘江" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("桂林市", 82) in {(s, v) for s, _i, v, _u in _metrics(doc)}, _metrics(doc)
    doc = extract_text("治理\n湘江流域治理投资3亿元。")
    assert "湘江" in _names(doc, "Place"), _names(doc, "Place")


def test_praise_circulated_nationwide_is_the_bodys_honour():
    """02-guilin-mofan-danwei: 事务局获全国通报表扬12人次、自治区通报表扬18人次 in a story of 桂林市 (base: both counts
    中国's).  A national count of those praised (全国通报表扬的先进集体共有120个) stays the country's."""
    doc = extract_text("桂林市退役军人事务局获全国退役军人工作模范单位\n近年来,桂林市退役军人事务局用心服务退役军人。"
                       "事务局获全国通报表扬12人次、自治区通报表扬18人次。")
    subjects = {v: s for s, _i, v, _u in _metrics(doc)}
    assert subjects.get(12) not in (None, "中国") and subjects.get(18) not in (None, "中国"), _metrics(doc)
    doc = extract_text("通报\n全国通报表扬的先进集体共有120个。")
    assert ("中国", 120) in {(s, v) for s, _i, v, _u in _metrics(doc)}, _metrics(doc)


def test_a_place_a_first_is_ranked_in_is_no_subject():
    """02-guilin-mofan-danwei: 成立广西首个退役军人教育学院…,打造“退役军人创业就业驿站”300余家 (base: 广西's, then the
    paragraph's next figures too).  The figures are the story's place's."""
    doc = extract_text("桂林市退役军人事务局获全国退役军人工作模范单位\n工作中,事务局组织退役军人免费就业培训1.7万人次;"
                       "成立广西首个退役军人教育学院,打造驿站300余家。扎实开展走访慰问,慰问部队250余次。")
    subjects = {v: s for s, _i, v, _u in _metrics(doc)}
    assert subjects.get(300) == "桂林市" and subjects.get(250) == "桂林市", _metrics(doc)


def test_a_cumulative_verb_counts_the_things_before():
    """01-huaiyuan-tyjr-zongjie: 新增发放优待证1057张,累计发放22800张 (base: 累计发放, no card).  A clause naming its own
    noun (累计新增就业5万人) keeps it, and a verb in another unit (累计帮扶300人) takes no noun of 服务站."""
    doc = extract_text("优待服务\n三是优待服务全面加强。新增发放优待证1057张,累计发放22800张。")
    assert _indicators(doc)[22800] == "累计发放优待证", _indicators(doc)
    doc = extract_text("就业\n全年新增就业1200人,累计新增就业5万人。")
    assert _indicators(doc)[50000] == "累计新增就业", _indicators(doc)
    doc = extract_text("服务站\n新建服务站12个,累计帮扶300人。")
    assert "服务站" not in _indicators(doc)[300], _indicators(doc)
