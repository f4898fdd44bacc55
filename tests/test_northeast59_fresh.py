"""Round 59 (northeast59): county and city news of 黑龙江, 吉林 and 辽宁 from the fresh texts of
/tmp/s26/fresh/northeast59: a bare 市长 who travels to a county-level city is not that city's
(吉林市's 市长王吉到舒兰市…调研); no 新北区 of Changzhou in 吉林's 高新北区; a yearbook's roster of
names set in cells (市委书记:于晓东 1953年4月生, 副市长:刘义昌 高俊阳); no place 蒙古 in a list of
peoples; a line in another item of a list of works is no scope of a figure; no figure of how often a
report names a city; 圆满 ends a counted noun."""
from __future__ import annotations

from conftest import extract_text, held_posts, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _figures(doc) -> dict[tuple, tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.value, m.unit): (names.get(m.subject), m.indicator) for m in doc.metrics}


def test_a_mayor_travelling_to_a_county_level_city_heads_its_prefecture():
    """吉林市 news (222.162.163.66): 市长王吉到舒兰市、昌邑区、高新区、磐石市调研时强调: the mayor goes to
    舒兰市, so he is 吉林市's mayor (base: 王吉 holdsPost 舒兰市); a 市委书记 so too (base: 舒兰市委).
    A trip inside the city (到舒兰市平安镇) leaves its own mayor its own."""
    doc = extract_text("市长王吉到舒兰市、昌邑区、高新区、磐石市调研时强调 强化举措狠抓落实\n"
                       "近日,市长王吉带队先后到舒兰市、昌邑区、高新区、磐石市,就乡村振兴、项目建设等重点工作开展调研。"
                       "在舒兰市,王吉深入了解巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作开展情况。"
                       "在磐石市,王吉深入矿产、食品、农业、医药等企业。")
    assert ("王吉", "舒兰市") not in relation_pairs(doc, "holdsPost"), held_posts(doc)
    alone = extract_text("市长王吉到舒兰市调研\n近日,市长王吉到舒兰市调研。")
    assert ("王吉", "吉林市") in relation_pairs(alone, "holdsPost"), held_posts(alone)
    secretary = extract_text("市委书记王吉到舒兰市调研\n近日,市委书记王吉到舒兰市调研。")
    assert ("王吉", "吉林市委") in relation_pairs(secretary, "holdsPost"), held_posts(secretary)
    inside = extract_text("市长李明到舒兰市平安镇调研\n近日,市长李明到舒兰市平安镇调研。")
    assert ("李明", "舒兰市") in relation_pairs(inside, "holdsPost"), held_posts(inside)


def test_a_high_tech_zone_s_north_part_is_no_changzhou_district():
    """吉林市 news: 在高新北区,王吉深入汇德军民融合产业园等项目现场: the north part of 吉林高新区 (base:
    新北区 320411 of Changzhou, and the park implementedIn it); 常州市新北区 itself is still read."""
    doc = extract_text("市长王吉调研\n在高新北区,王吉深入汇德军民融合产业园等项目现场。")
    assert "新北区" not in _places(doc), _places(doc)
    changzhou = extract_text("常州调研\n江苏省常州市新北区召开会议。")
    assert _places(changzhou).get("新北区") == "320411"


def test_a_yearbook_roster_of_names_in_cells():
    """黑河市 in the provincial yearbook (hljszw.org.cn): 市委书记:于晓东 1953年4月生…; 副市长:刘义昌 高俊阳
    张力新 战佩山: each name a cell of the roster (base: no 于晓东 nor any 副市长)."""
    doc = extract_text("黑河市\n"
                       "市委书记:于晓东 1953年4月生,大学学历,中共党员,1970年8月参加工作,1997年11 月任现职。\n"
                       "副书记:徐福和 赵学礼 韩 伟\n"
                       "副市长:刘义昌 高俊阳 张力新 战佩山\n"
                       "市政协主席:孙作舟")
    held = relation_pairs(doc, "holdsPost")
    assert ("于晓东", "黑河市委") in held, held
    assert {("刘义昌", "黑河市"), ("高俊阳", "黑河市"), ("张力新", "黑河市")} <= held, held
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert {"徐福和", "赵学礼"} <= people, people  # (a name ending in 和 closed by the cell's space)


def test_a_people_in_a_list_of_peoples_is_no_place():
    """黑河市: 有汉、满 、蒙古、达斡尔、鄂伦春等30个民族: 蒙古 is the people (base: a place 蒙古)."""
    doc = extract_text("黑河市概况\n全市有汉、满 、蒙古、达斡尔、鄂伦春等30个民族。")
    assert "蒙古" not in _places(doc), _places(doc)


def test_a_road_in_another_item_of_a_list_scopes_no_figure():
    """龙井市人大 (ybrd.gov.cn): 踏查了…国道三合至莫力达瓦旗公路新化至维新段建设项目、…、帕西菲克服饰年加工
    300万件高端订制类衬衫项目: the shirts are 龙井市's, not 莫力达瓦旗's (base: the road's end the subject)."""
    doc = extract_text("龙井市人大常委会调研全市重大项目情况\n"
                       "调研组实地踏查了琵岩山文化旅游风景区、国道三合至莫力达瓦旗公路新化至维新段建设项目、"
                       "帕西菲克服饰年加工300万件高端订制类衬衫项目、金达莱运动休闲度假区项目等。")
    assert _figures(doc).get((3000000, "件"), (None,))[0] == "龙井市", _figures(doc)


def test_how_often_a_report_names_a_city_is_no_figure():
    """珲春市 (ybrd.gov.cn): “政府工作报告通篇20余次提及珲春”: no figure 政府工作报告通篇 20 次 (base: one)."""
    doc = extract_text("张吉峰代表:打造改革开放新高地\n"
                       "1月21日,州人大代表、珲春市市长张吉峰说,“政府工作报告通篇20余次提及珲春,充分体现了州委、州政府对珲春发展的关心。”")
    assert (20, "次") not in _figures(doc), _figures(doc)


def test_a_manner_adverb_ends_the_counted_noun():
    """延边州政府工作报告: 29名医护人员圆满完成驰援武汉任务: 医护人员 (base: 医护人员圆满)."""
    doc = extract_text("政府工作报告\n延边州一年来,完成延边医院隔离病区改造。29名医护人员圆满完成驰援武汉任务。")
    assert _figures(doc).get((29, "名"), (None, None))[1] == "医护人员", _figures(doc)


def test_a_relayed_leader_s_title_after_his_name():
    """法库县 (faku.gov.cn): 传达学习李强总理关于森林草原防灭火工作的批示和张国清副总理在全国森林草原防灭火工作
    会议上的讲话精神: both hold their posts in 国务院 (base: neither found)."""
    doc = extract_text("县政府常务会议\n4月23日下午,县长孔德树主持召开县政府第十九届第29次常务会议,"
                       "传达学习李强总理关于森林草原防灭火工作的批示和张国清副总理在全国森林草原防灭火工作会议上的讲话精神。")
    posts = held_posts(doc)
    assert ("李强", "国务院", "总理", None) in posts and ("张国清", "国务院", "副总理", None) in posts, posts


def test_a_given_name_ending_in_shi_in_a_roster_clause():
    """东辽县 (zxyzs.com): 县政府党组成员唐小时,副县长孙佰富、赫岩、鲍刚,参加会议: 唐小时 (base: 唐小, the 时
    read as closing a clause of time, which opens with no 在 or 会见 here)."""
    doc = extract_text("东辽县政府召开2017年第二次政府常务会议\n"
                       "会议由县委副书记、县长王伟国主持。县委常委、常务副县长王飞,副县长秦勇,县政府党组成员唐小时,"
                       "副县长孙佰富、赫岩、鲍刚,参加会议。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "唐小时" in people and "唐小" not in people, people
