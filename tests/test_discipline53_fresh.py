"""Round 53 (discipline53): discipline inspection notices and news from fresh texts of
/tmp/s26/fresh/discipline53 (内蒙古 省管干部, 福建 省纪委 通报, 重庆 村干部 案例, 昆明 县委巡察): a name
whose given name ends in 明 before a bracketed note (包崇明(曾任…)), a person charged whose name is
a common word (董事长舒展严重违纪违法), a hidden name before the adverb 却 (陈某却安排) or 道 'said'
(龚某康道), a community named after two compass characters (东北街社区, no region 东北), a village
opened by 于 after its township (新村镇于洼村党总支), and no place 直属机关 nor village 姚勇借村."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_given_name_in_ming_before_a_bracketed_career_note():
    """09 内蒙古 (shi-fen.com): 赤峰市委原副书记包崇明(曾任鄂尔多斯副市长): 明( was read as the day
    明( of a SAR release (明(18)日), ending the name before it (base: a person 包崇)."""
    doc = extract_text("内蒙古反腐不停歇\n这些厅官包括:鄂尔多斯市人大常委会原副主任额尔敦仓,"
                       "赤峰市委原副书记包崇明(曾任鄂尔多斯副市长),鄂尔多斯市委原常委、东胜区委原书记张平。")
    assert "包崇明" in _people(doc) and "包崇" not in _people(doc), _people(doc)
    assert ("包崇明", "赤峰市委") in relation_pairs(doc, "holdsPost")
    note = extract_text("会议召开\n市委副书记李建明(男)出席会议。")
    assert "李建明" in _people(note), _people(note)
    dated = extract_text("行政长官启程\n行政长官崔世安今(17)晚启程赴京。")  # the bracket with its date
    assert "崔世安" in _people(dated) and "崔世安今" not in _people(dated), _people(dated)


def test_person_charged_whose_name_is_a_common_word():
    """05 福建 (hxnews.com): 省广播影视集团原党组书记、董事长舒展严重违纪违法被开除党籍: 舒展 is a
    common word ('to stretch'), but a post before it and the charge after it frame a person
    (base: no person, no post)."""
    doc = extract_text("舒展严重违纪违法被开除党籍\n日前,省纪委对省广播影视集团原党组书记、董事长舒展"
                       "严重违纪违法问题进行立案调查。")
    assert "舒展" in _people(doc), _people(doc)
    assert any(p == "舒展" for p, _ in relation_pairs(doc, "holdsPost"))


def test_hidden_name_before_the_adverb_que():
    """08 村干部 案例 (wxredian.com): 中坪村党委原委员、村委会原副主任陈某却安排人员伪造…表册: 却 'yet'
    closes the hidden name (base: a person 陈某却)."""
    doc = extract_text("严惩村官微腐败\n中坪村党委原委员、村委会原副主任陈某却安排人员伪造劳务用工费用支出表册。")
    assert "陈某" in _people(doc) and "陈某却" not in _people(doc), _people(doc)


def test_community_named_after_compass_characters_is_no_region():
    """03 昆明 (jw.km.gov.cn): 对东北街社区、寺脚社区、晁家社区…开展常规巡察: 东北 opens the
    community's name (base: a region 东北 and a figure of 东北's 党组)."""
    doc = extract_text("十三届县委第三轮巡察完成进驻\n十三届县委第三轮巡察派出4个巡察组,对东北街社区、寺脚社区、"
                       "晁家社区、杨桥社区开展常规巡察。")
    assert "东北" not in _places(doc), _places(doc)
    region = extract_text("东北振兴\n国家支持东北地区全面振兴。")
    assert "东北" in _places(region)


def test_hidden_name_keeps_one_character_after_mou():
    """12 龙泉 (jwfz.org.cn): 现任岱岭村村支部委员龚某康道。: 道 'said' closes the quote; a hidden name
    keeps one character after 某 at most (base: a person 龚某康道)."""
    doc = extract_text("巡察发现村干部违规领取误工补贴\n“我们就商量着以值班的名义每人领6000元值班误工补贴。”"
                       "现任岱岭村村支部委员龚某康道。")
    assert "龚某康" in _people(doc) and "龚某康道" not in _people(doc), _people(doc)


def test_directly_subordinate_organs_are_no_place():
    """11 武汉 (baogaosu.com): 经市交委直属机关党委批准: jieba tags 直属机关 ns (base: a place 直属机关)."""
    doc = extract_text("市纪委通报\n2015年9月30日,经市交委直属机关党委批准,市公路管理处党委给予关山站站长"
                       "计汉生党内严重警告处分。")
    assert "直属机关" not in _places(doc), _places(doc)


def test_village_named_by_the_family_name_yu_after_its_township():
    """08 村干部 案例: 安徽省阜阳市阜南县新村镇于洼村党总支原书记、村委会原主任张文宾: 于 opens the
    village's name, not the preposition (base: no village, no post for 张文宾)."""
    doc = extract_text("严惩村官微腐败\n根据此前通报,安徽省阜阳市阜南县新村镇于洼村党总支原书记、村委会原主任张文宾,"
                       "利用其兼任于洼村股份经济合作联合社法定代表人的职务便利,挪用合作社集体资金共计366.2万元。")
    assert ("于洼村", "新村镇") in relation_pairs(doc, "partOf")
    assert any(p == "张文宾" and b.startswith("于洼村") for p, b in relation_pairs(doc, "holdsPost"))


def test_verb_of_an_occasion_before_the_village_committee_is_no_village():
    """06 辽宁 昌图 (thepaper.cn): 2016年4月,姚勇借村委会换届之机: 借 (taking the occasion) after the
    name (base: a village 姚勇借村 and its committee 姚勇借村委会)."""
    doc = extract_text("惩治村霸支书\n2016年4月,姚勇借村委会换届之机,非法操纵村委会选举。")
    names = {e.name for e in doc.entities.values()}
    assert not any("姚勇借" in n for n in names), names
