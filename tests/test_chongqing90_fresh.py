"""Round 90 (chongqing90): 重庆 district and county news and that of their 街道, 镇 and 村 — 区政府常务会议
reports (九龙坡, 大渡口, 合川), a 街道 visit (江北 铁山坪街道), 乡村振兴 stories of 巫山 (双龙镇, 曲尺乡权发村), a
town profile of 酉阳 (钟多镇), a district statistics communiqué (大渡口 2011), a town's notice on village
committee elections (永川 来苏镇) and the list of 重庆's 全国乡村治理示范村 (fresh texts of
/tmp/s26/fresh/chongqing90, from government sites and news pages).  Fixes: 代, a family name common in
重庆 and 四川 that is mostly a word's first character (代表, 代理), opens a name after a post or in a
、-list of names after one (区领导…、谢嘉、代江、王元其参加会议 lost the whole list); 漫山 (the whole hillside)
no place; a verb of setting up a team (设立, 组建) inside no agency's name (镇设立村民委员会换届选举工作指导机构,
县设立工作领导小组); a site's, column's or reporter's names set apart by spaces before the date on the
line under the title (重庆大渡口网 大渡口新闻 2022-09-28) date the page; 万盛经开区 (万盛经济技术开发区), the zone
governing the former 万盛区 directly under the municipality, a place of 重庆 as the new areas are; the party
a deal is signed with (与江北盘溪农贸市场签订…) no subject of its figure nor words of its indicator; a village
committee with its term after a town (来苏镇第十一届村民委员会) no body, as without the term."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_leader_whose_family_name_is_dai_keeps_the_list_of_leaders():
    """01-jiulongpo-changwu: 区领导宋泓、赵文明、封波、谢嘉、代江、王元其参加会议。 (base: no person of the six: 代
    is no family name of the table, so the list's fifth item read as no name and the list was dropped).
    代 after a post or in such a list opens a name; elsewhere it stays the verb (区长代表区政府讲话)."""
    doc = extract_text("区政府召开第107次常务会议\n11月10日,区政府区长李顺主持召开会议。"
                       "区领导宋泓、赵文明、封波、谢嘉、代江、王元其参加会议。")
    assert {"宋泓", "赵文明", "封波", "谢嘉", "代江", "王元其"} <= _names(doc, "Person")
    doc = extract_text("区政府召开常务会议\n区长代表区政府讲话。局长代表全体干部表态。市领导代表团一行到访。")
    assert not {n for n in _names(doc, "Person") if n.startswith("代")}


def test_the_whole_hillside_is_no_place():
    """05-wushan-shuanglong: 前些年,双龙镇利用高山的天然环境和气候优势,积极发展水果种植,漫山种上了“致富果”。
    (base: a place 漫山, jieba's ns).  The town stays a place."""
    doc = extract_text("双龙镇发展水果种植\n前些年,巫山县双龙镇利用高山的天然环境和气候优势,积极发展水果种植,"
                       "漫山种上了“致富果”。")
    places = _names(doc, "Place")
    assert "漫山" not in places
    assert "双龙镇" in places


def test_a_body_set_up_by_a_town_is_no_agency_named_with_the_verb():
    """09-yongchuan-laisu: (一)成立选举指导机构。1月20日前,镇设立村民委员会换届选举工作指导机构 (base: an agency
    来苏镇设立村民委员会; 县设立工作领导小组 was one too).  A team the body sends out keeps its rule (派出所 stays
    a noun), and the town's own government is still found."""
    doc = extract_text("来苏镇人民政府关于做好换届选举工作的通知\n1月20日前,县设立工作领导小组,"
                       "镇设立村民委员会换届选举工作指导机构。市组建专项工作组。")
    agencies = _names(doc, "Agency")
    assert not {a for a in agencies if "设立" in a or "组建" in a}
    assert "来苏镇人民政府" in agencies
    doc = extract_text("派出所\n县公安局派出所民警走访群众。")
    assert not {a for a in _names(doc, "Agency") if "设立" in a}


def test_a_site_and_column_line_with_the_date_dates_the_page():
    """02-dadukou-changwu: the line under the title `重庆大渡口网 大渡口新闻 2022-09-28` (base: no date; one
    name before the date was read, not the site's and its column's); 06-wushan-quanfa: `北京日报客户端 记者 刘桥斌
    2023-06-05`.  A deadline (报名 截止 2024-06-30) still dates nothing."""
    from kg.stages.dates import header_date
    assert header_date("区政府召开第22次常务会议\n重庆大渡口网 大渡口新闻 2022-09-28\n\n9月27日,区长主持召开会议。") \
        == "2022-09-28"
    assert header_date("巫山脆李让权发村成了亿元村\n北京日报客户端 记者 刘桥斌 2023-06-05\n\n初夏时节,走进村子。") \
        == "2023-06-05"
    assert header_date("关于开展培训的通知\n报名 截止 2024-06-30\n\n各单位:") is None


def test_the_wansheng_development_zone_is_a_place_of_chongqing():
    """10-xiangcun-zhili-list: 入选的示范村包括:…重庆高新区白市驿镇海龙村、万盛经开区万东镇五和村 (base: no place
    万盛经开区, the zone that governs the former 万盛区's towns directly under the municipality; its
    管委会 was an agency of no place).  It is a place of 重庆, uncoded, and the town keeps its district."""
    doc = extract_text("重庆示范村名单\n入选的示范村包括:綦江区三角镇中坝村、万盛经开区万东镇五和村。"
                       "万盛经开区管委会主任张三出席。")
    zone = next(e for e in doc.entities.values() if e.name == "万盛经开区")
    assert zone.type == "Place" and not getattr(zone, "code", None)
    name = {k: e.name for k, e in doc.entities.items()}
    rels = {(name[r.subject], r.predicate, name[r.object]) for r in doc.relations}
    assert ("万盛经开区", "partOf", "重庆市") in rels
    assert ("万盛经开区管委会", "locatedIn", "万盛经开区") in rels
    assert ("万东镇", "partOf", "綦江区") in rels


def test_the_party_a_deal_is_signed_with_is_no_subject_of_its_figure():
    """07-youyang-zhongduo: (四)蔬菜基地:…蔬菜合作社已发展社员近400户,与江北盘溪农贸市场签订蔬菜销售合同1300亩
    (base: the 1300亩 江北区's, the district inside the market's name after 与, its indicator
    盘溪农贸市场签订蔬菜销售合同).  The town's figure, of 蔬菜销售合同 (what was signed, after the verb); a place
    the clause's own subject still is (苏基镇与某集团签订了…), and 同时 opens no partner."""
    from conftest import figure_table
    got = figure_table("钟多镇基本情况\n钟多镇地处酉阳土家族苗族自治县城。\n(四)蔬菜基地:全镇种植面积5000亩。"
                       "蔬菜合作社已发展社员近400户,与江北盘溪农贸市场签订蔬菜销售合同1300亩,实现了统一销售。\n"
                       "苏基镇与四川省某集团签订了总投资5亿元的项目。\n", None)
    assert got[(1300, "亩")][:2] == ("蔬菜销售合同", "钟多街道")  # (was 盘溪农贸市场签订蔬菜销售合同)
    assert got[(500000000, "元")][1] == "苏基镇"
    got = figure_table("招聘会\n10月,我县同时在遂宁市签约就业岗位1200个。\n", None)
    assert got[(1200, "个")][1] == "遂宁市"


def test_a_village_committee_term_after_a_town_is_no_body():
    """09-yongchuan-laisu: the plan's own heading `来苏镇第十一届村民委员会换届选举工作方案` (base: an agency
    来苏镇第十一届村民委员会, every village's committee of that term read as one body of the town, as
    《重庆市村民委员会选举规程》 is not).  A committee with its term that is a body stays one (县第十届纪律检查委员会)."""
    doc = extract_text("重庆市永川区来苏镇人民政府关于印发换届选举工作方案的通知\n各村党总支、村委会:\n"
                       "来苏镇第十一届村民委员会换届选举工作方案\n县第十届纪律检查委员会第三次全体会议召开。")
    agencies = _names(doc, "Agency")
    assert not {a for a in agencies if a.endswith("村民委员会")}
    assert {"来苏镇人民政府", "县第十届纪律检查委员会"} <= agencies
