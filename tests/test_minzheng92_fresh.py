"""Round 92 (minzheng92): civil-affairs (民政) news — city and county 民政局 meetings and visits, a
provincial 民政厅 video conference on the basic living of people in hardship, a county's yearly work
summary and a district's monthly 社会救助 figures (低保, 特困供养, 临时救助), and 寒冬送温暖 relief by a
city's 救助站, from Jiangsu (如皋, 南通), Guangdong (珠海), Guizhou (福泉, 钟山区), Anhui (金安区, 泾县)
and Hunan (邵阳) (fresh texts of /tmp/s26/fresh/minzheng92).  Fixes: the leaders a meeting's report
lists each by name and then post (王国平局长、陈坚副局长、沈华副局长等参加会议; 参会人员有石光厅长、马涛副厅长)
are persons, the first item too (base: none, only one whose bare post an act followed); a name
before 用 and a quoted phrase ends before the 用 (局长缪永辉|用“兜住底线…”十二个字概括, base 缪永辉用); a party
group's secretary glued to the unit's own post (厅党组书记厅长石光) is two posts of the department, no body
厅党组书记厅; a count of households right against a count of people after a verb takes the people's noun
(指出5991户11043人农村低保对象: base 指出); the people relief is given to and quilts handed out are nouns
with 被 in them (24名被救助人员, 40床棉被: base no noun, 棉)."""
from __future__ import annotations

from conftest import extract_text, figure_table, mentioned, post_triples


def test_a_list_of_names_each_before_its_post_names_persons():
    """04-nantong-fushizhang-diaoyan: 5月3日上午，徐新民副市长带队来我局召开会议，调研近期工作情况，王智副秘书长、
    王国平局长、陈坚副局长、沈华副局长、吴明华副局长、倪向阳副主任等参加会议 (base: none of the six a person)."""
    doc = extract_text("副市长来我局调研\n5月3日上午，市民政局召开会议，王智副秘书长、王国平局长、陈坚副局长、"
                       "沈华副局长、吴明华副局长等参加会议。")
    assert {"王智", "王国平", "陈坚", "沈华", "吴明华"} <= mentioned(doc, "Person"), mentioned(doc, "Person")


def test_a_list_after_you_names_persons():
    """05-shengting-kunnan-qunzhong: 主会场参会人员有石光厅长、马涛副厅长、杨景云副厅长，办公室、优抚处…主要负责同志
    (base: 马涛, 杨景云 no persons).  The departments listed after them are no persons."""
    doc = extract_text("视频会议\n省民政厅召开视频会议。主会场参会人员有石光厅长、马涛副厅长、杨景云副厅长，"
                       "办公室、优抚处、救灾处主要负责同志。")
    people = mentioned(doc, "Person")
    assert {"石光", "马涛", "杨景云"} <= people, people
    assert not people & {"办公室", "优抚处", "救灾处"}, people


def test_posts_alone_in_a_list_make_no_name():
    """A 、-list of posts with no names (县委书记、县长王明; 市委书记、市长出席; 出席会议的有市民政局局长、副局长)
    reads no name out of the posts, nor out of 有关部门负责人 after 有."""
    doc = extract_text("会议\n会议由县委书记、县长王明主持，市委书记、市长出席。")
    assert mentioned(doc, "Person") == {"王明"}, mentioned(doc, "Person")
    doc = extract_text("会议\n会上，市民政局局长、副局长、办公室主任、科长参加会议。")
    assert not mentioned(doc, "Person"), mentioned(doc, "Person")
    doc = extract_text("会议\n参加会议的有关部门负责人、各乡镇主任参加。出席会议的有市民政局局长、副局长。")
    assert not mentioned(doc, "Person"), mentioned(doc, "Person")  # (有关: 关 a family name, 关部门 no name)


def test_a_name_ends_before_yong_and_a_quoted_phrase():
    """01-rugao-minzheng-huiyi: 市民政局局长缪永辉用“兜住底线、补齐短板、创新驱动”十二个字概括了2018年全市民政工作
    (base: person 缪永辉用, holding 局长 of 市民政局).  A given name 用 not before a quote stays (县长王用出席)."""
    doc = extract_text("全市民政工作会议召开\n市民政局局长缪永辉用“兜住底线、补齐短板、创新驱动”十二个字概括了全年工作。")
    assert "缪永辉" in mentioned(doc, "Person") and "缪永辉用" not in mentioned(doc, "Person"), mentioned(doc, "Person")
    assert any(p == "缪永辉" and post == "局长" for p, _, post in post_triples(doc)), post_triples(doc)
    doc = extract_text("会议\n县长王用出席会议。")
    assert "王用" in mentioned(doc, "Person"), mentioned(doc, "Person")


def test_a_party_group_secretary_glued_to_the_units_own_post():
    """05-shengting-kunnan-qunzhong: 省民政厅于2月15日上午召开…视频会议。厅党组书记厅长石光主持会议并作动员部署讲话
    (base: an agency 厅党组书记厅, 石光 its 厅长).  Written with no 、 the two posts are both held in the
    department the article names (as 厅党组书记、厅长); 局, 院 the same.  A 常委 before 副市长 is untouched."""
    doc = extract_text("视频会议\n省民政厅于2月15日上午召开视频会议。会议由厅党组书记厅长石光主持。")
    agencies = mentioned(doc, "Agency")
    assert "厅党组书记厅" not in agencies, agencies
    assert {("石光", "党组书记"), ("石光", "厅长")} <= {(p, post) for p, _, post in post_triples(doc)}, post_triples(doc)
    doc = extract_text("会议\n县人民法院召开会议，院党组书记院长赵刚出席。")
    assert ("赵刚", "县人民法院", "院长") in post_triples(doc), post_triples(doc)
    assert "院党组书记院" not in mentioned(doc, "Agency"), mentioned(doc, "Agency")


def test_households_against_people_take_the_pairs_noun():
    """01-rugao-minzheng-huiyi: 指出5991户11043人农村低保对象、202户269人城市低保对象、5185人五保供养对象 (base: 5991户
    measured 指出, the verb of speech before it).  A noun written before the pair keeps it (低保户5800户14200人)."""
    table = figure_table("民政工作会议\n会上，局长指出5991户11043人农村低保对象通过民政兜底救助实现脱贫。", "2019-04-01")
    assert table[(5991, "户")][0] == "农村低保对象", table
    assert table[(11043, "人")][0] == "农村低保对象", table
    table = figure_table("低保\n全县共有低保户5800户14200人享受低保。", "2019-04-01")
    assert table[(5800, "户")][0] == "低保户", table


def test_relief_recipients_and_quilts_are_nouns_with_bei():
    """09-shaoyang-handong-songnuan: 这里住着救助站集中托养的24名被救助人员，该站送去了40床棉被、30套棉衣 (base: 24名
    measured 住着救助站集中托养, 40床 该站送去 with the noun read 棉).  A passive after a count of people is
    no such noun (今年有30人被救助: no 被救助人员 made up)."""
    table = figure_table("救助活动\n这里住着救助站集中托养的24名被救助人员，该站送去了40床棉被、30套棉衣。", "2018-01-29")
    assert table[(24, "名")][0] == "被救助人员", table
    assert table[(40, "床")][0] == "棉被", table
    assert table[(30, "套")][0] == "棉衣", table
    table = figure_table("救助\n今年有30人被救助。", "2018-01-29")
    assert table[(30, "人")][0] != "被救助人员", table


def test_the_relief_station_is_a_public_institution_of_its_city():
    """09-shaoyang-handong-songnuan: 1月29日上午，市民政局领导和市救助站工作人员上街开展“寒冬送温暖”主动救助活动 (base:
    no body 市救助站; 承德市救助管理站 neither).  Like 市社会福利院 it is the city's public institution; a bare
    救助站 (引导流浪乞讨人员到救助站接受救助) names no one body."""
    doc = extract_text("邵阳市民政局开展救助活动\n1月29日上午，市民政局领导和市救助站工作人员上街开展救助活动。")
    assert "邵阳市救助站" in mentioned(doc, "Organization"), mentioned(doc)
    doc = extract_text("寒冬送温暖\n据悉，承德市救助管理站将增加巡视班次。")
    assert "承德市救助管理站" in mentioned(doc, "Organization"), mentioned(doc)
    doc = extract_text("救助\n引导流浪乞讨人员到救助站接受救助，对不愿到救助站的人员提供食品。")
    assert not {n for n in mentioned(doc) if n.endswith("救助站")}, mentioned(doc)


def test_a_year_heading_a_campaigns_name_dates_no_figure_of_the_lead():
    """03-fuquan-dongchun-jiuzhu: 11月30日,福泉市召开2017-2018年特困群众冬春救助专项行动工作安排部署会…当天，市民政局还为
    各乡镇街道发放了电脑86台、打印机30台 (base: both dated 2017/2018, a target).  The years open the campaign's
    name, no stretch the article reports on; a lead whose year stands apart (2022年，全县…) still dates."""
    text = ("福泉市召开特困群众冬春救助专项行动工作安排部署会\n11月30日,福泉市召开2017-2018年特困群众冬春救助专项行动"
            "工作安排部署会,全市各乡镇街道民政相关工作人员参加会议。\n会议要求各乡镇街道认真领会会议精神。\n"
            "当天,市民政局还为各乡镇街道发放了电脑86台、打印机30台。")
    table = figure_table(text, "2017-12-29")
    assert table[(86, "台")][2] != "2017/2018", table
    text = ("县民政局工作总结\n2022年，全县民政工作取得新进展，新增城乡低保265户。\n各乡镇认真落实。\n"
            "全县发放救助资金572万元。")
    table = figure_table(text, "2023-01-09")
    assert table[(265, "户")][2] == "2022", table
