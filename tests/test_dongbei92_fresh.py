"""Round 92 (dongbei92): city and county government news of the north-east, second pass — 黑龙江
(哈尔滨 tourism, 方正县's yearbook roster, 桦川县's work report, 黑河 and 大庆 inspection tours), 吉林
(长春 and 二道区 project launches, the province's project review) and 辽宁 (大连 and 旅顺口区 quarterly
signing-and-launch meetings): fresh texts of /tmp/s26/fresh/dongbei92.  Fixes: a yearless quarter that
the headline names and the publication date falls in (旅顺口区举行一季度项目签约和开工誓师大会 of
15 January) is the quarter running, not last year's; a city's byname (“冰城夏都”哈尔滨, 泉城, 羊城)
no place and no programme; 白山松水 (Jilin's poetic name) no 白山市; a company opening on its group's
short name and a bound morpheme (首钢庆华工具厂) keeps its first characters; the last name of a roster
line (副县长：…钟兆斌 高岩⏎) is read, as the names before it are."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _periods(doc) -> dict[str, set]:
    got: dict[str, set] = {}
    for m in doc.metrics:
        got.setdefault(m.indicator, set()).add(m.period)
    return got


def test_a_quarter_the_headline_names_running_is_this_years():
    """06-lvshunkou-qianyue (15 January 2022): 一季度旅顺口区签约和开工项目23个，总投资184.32亿元 under the
    headline 旅顺口区举行一季度项目签约和开工誓师大会 (base: 2021-01/2021-03, as if a result of last year's
    first quarter).  The headline names the quarter the story is dated in: this year's."""
    doc = extract_text("旅顺口区举行一季度项目签约和开工誓师大会\n2022-01-15 来源：大连天健网\n"
                       "1月14日，旅顺口区举行一季度项目签约和开工誓师大会。一季度旅顺口区签约和开工项目23个，"
                       "总投资184.32亿元。\n据介绍，签约项目13个，同比增长18.2%。")
    got = _periods(doc)
    assert got.get("签约和开工项目") == {"2022-01/2022-03"}, got
    assert got.get("签约项目") == {"2022-01/2022-03"}, got


def test_the_running_quarter_of_a_headline_in_its_second_month_too():
    """07-dalian-erjidu (27 April 2022): 二季度，大连市签约开工的项目…签约和新开工项目共计766个 under 大连市二季度
    重大项目集中签约开工 (base: 2021-04/2021-06)."""
    doc = extract_text("大连市二季度重大项目集中签约开工\n2022-04-27 来源：辽宁日报\n"
                       "4月26日，大连市举行二季度重大项目集中签约开工仪式。\n"
                       "二季度，大连市签约和新开工项目共计766个、投资总额超过5000亿元。")
    got = _periods(doc)
    assert got.get("签约和新开工项目") == {"2022-04/2022-06"}, got


def test_a_quarter_the_headline_does_not_name_stays_last_years():
    """The rule it narrows stays: in a January story whose headline names no quarter, a yearless 一季度
    with a result is last year's, and a January headline's 全年 is the year just ended."""
    doc = extract_text("全县经济运行回顾\n2022-01-20 来源：县政府网\n"
                       "一季度，全县规模以上工业增加值同比增长8.5%。")
    got = _periods(doc)
    assert any(p and p.startswith("2021-01") for ps in got.values() for p in ps), got
    doc = extract_text("全年经济运行情况\n2022-01-20 来源：县政府网\n全年，全县地区生产总值同比增长6.5%。")
    got = _periods(doc)
    assert any(p == "2021" for ps in got.values() for p in ps), got


def test_a_citys_byname_is_no_place_and_no_programme():
    """01-haerbin-lvyou: “冰城夏都”哈尔滨近年来积极调整产业结构 (base: places 冰城 and 夏都 with no code, and
    the quoted byname a programme).  A quote before a place no byname of stays a programme (“百日行动”)."""
    doc = extract_text("哈尔滨：冰城夏都一年四季都精彩\n从冬季旅游到全域旅游，“冰城夏都”哈尔滨近年来积极调整产业结构。")
    assert "哈尔滨市" in _names(doc, "Place"), _names(doc, "Place")
    assert not {"冰城", "夏都"} & _names(doc, "Place"), _names(doc, "Place")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("游记\n记者走进泉城济南，又来到羊城广州。")
    assert not {"泉城", "羊城"} & _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("通知\n全市开展“百日行动”，哈尔滨市各区积极响应。")
    assert "百日行动" in _names(doc, "Programme"), _names(doc, "Programme")


def test_jilins_poetic_name_holds_no_baishan():
    """09-jilin-xiangmu: 一个又一个大项目、好项目在白山松水间落地生根 (base: 白山市).  白山市 named so stays."""
    doc = extract_text("项目建设综述\n一个又一个大项目在白山松水间落地生根，为吉林振兴发展注入强劲动力。")
    assert "白山市" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("项目建设\n白山市召开项目建设推进会。")
    assert "白山市" in _names(doc, "Place"), _names(doc, "Place")


def test_a_works_named_after_its_group_keeps_its_brand():
    """08-heihe-diaoyan: 先后考察了…逊克口岸、北安市首钢庆华工具厂等 (base: 华工具厂 — 庆, a bound verbal
    morpheme, was taken for the verb the name follows)."""
    doc = extract_text("调研\n他先后考察了逊克口岸、北安市首钢庆华工具厂等。")
    orgs = _names(doc, "Organization")
    assert any(n.endswith("庆华工具厂") for n in orgs), orgs
    assert "华工具厂" not in orgs, orgs
    doc = extract_text("调研\n他考察了贞丰县宏臻菌业有限公司。")
    assert any(n.endswith("宏臻菌业有限公司") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_the_last_name_of_a_roster_line_holds_the_post():
    """02-fangzheng-gaikuang: 副县长：李维之 马平 王宏伟 魏本玉 钟兆斌 高岩⏎ (base: 高岩 dropped — a name ending at
    the line break failed the roster's end check, whose closers a later constant of the same name had
    replaced without the line break).  A 、-list ending at its line keeps its last name too."""
    doc = extract_text("方正县\n县长：董文琴 1972年10月生，研究生学历。\n副县长：李维之 马平 王宏伟 魏本玉 钟兆斌 高岩\n"
                       "县政协主席：王文成\n")
    assert {"李维之", "钟兆斌", "高岩"} <= _names(doc, "Person"), _names(doc, "Person")
    holders = {doc.entities[r.subject].name for r in doc.relations if r.predicate == "holdsPost"}
    assert "高岩" in holders, holders
    doc = extract_text("会议名单\n副县长：李维之、马平、王宏伟\n县政协主席：王文成\n")
    assert {"李维之", "王宏伟"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("方正县\n副县长：李维之 马平\n高速公路建设加快推进。\n")
    assert "高速" not in _names(doc, "Person") and not any(n.startswith("高速") for n in _names(doc, "Person"))


def test_a_bare_deputy_post_under_its_full_posts_line_is_that_bodys():
    """02-fangzheng-gaikuang: 县委书记：刘军 1964年9月生…⏎副书记：董文琴 张超 (base: no post for either — a bare 副书记
    names no body).  The roster's line just before holds 书记 of 方正县委: its deputies.  A 副书记 line not right
    after its full post's line stays without a body."""
    doc = extract_text("方正县\n县委书记：刘军 1964年9月生，研究生学历。\n副书记：董文琴 张超\n县长：董文琴 1972年10月生。\n")
    held = {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}
    assert {("董文琴", "方正县委", "副书记"), ("张超", "方正县委", "副书记")} <= held, held
    doc = extract_text("方正县\n县委书记：刘军 1964年9月生，研究生学历。\n会议还听取了情况汇报。\n副书记：董文琴 张超\n")
    held = {(doc.entities[r.subject].name, p["post"]) for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}
    assert ("张超", "副书记") not in held, held
