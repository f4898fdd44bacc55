"""Round 62 (exec62): executive meetings of city and county governments (第X次常务会议, 市长办公会议)
and standing committees of party committees (市委/县委常委会会议), from fresh texts of /tmp/s26/fresh/exec62
(辽宁, 四川, 云南, 河南, 安徽, 江苏, 宁夏, 浙江, 陕西, 甘肃, 福建, 山西, 湖南, 山东, 上海): the works a meeting adopts
listed before 等N个项目 (审议通过了A工程、B工程…: each a project), the reports a meeting is given
counted in words (三个报告: its agenda, no figure), a sized project making two products (…15万吨A及B项目:
one project, its size no figure), the chair's posts opening the sentence
(县委副书记、县长某某主持召开…: 县委 is no subject of the meeting's figures), and the place's own paper in a
source line (来源:今日高邮, 高邮日报: the city, in a text speaking as it), and a list of leaders whose
first name opens with a preposition or a word's character (区领导于晓东、…, 市领导平遂民、…: all persons), and
a working group whose task holds a quoted term (上高县“十二五”规划编制工作领导小组: an agency)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_works_a_meeting_adopts_before_a_count_of_projects_are_projects():
    """08-yongkang-mayor-office (永康市, 浙江): 会议审议通过了永康市粮食烘干服务中心用房工程、永康市西溪镇西溪小学
    综合楼工程、…、永康市舟山镇中心幼儿园改建工程等5个项目建议书 (base: only the last item, the others no
    programme: no verb of listing opened the list)."""
    doc = extract_text("市政府召开市长办公会议\n10月10日下午,永康市政府召开市长办公会议。会议审议通过了永康市粮食烘干服务中心"
                       "用房工程、永康市西溪镇西溪小学综合楼工程、永康市舟山镇中心幼儿园改建工程等3个项目建议书。")
    got = _names(doc, "Programme")
    assert "粮食烘干服务中心用房工程" in got, got
    assert "西溪镇西溪小学综合楼工程" in got, got
    assert "舟山镇中心幼儿园改建工程" in got, got
    # the meeting and its verb are no part of the first item
    assert not any(n.startswith(("会议", "审议", "了")) for n in got), got


def test_reports_a_meeting_is_given_counted_in_words_are_no_figure():
    """07-guyuan-city-exec57 (固原市, 宁夏): 对提交会议审议的三个报告,要…进一步完善后,提交市委研究 (base: a
    metric 报告 3个 of the city); reports counted in digits stay figures."""
    doc = extract_text("市政府召开常务会议\n1月12日,市长主持召开市政府常务会议。会议要求,对提交会议审议的三个报告,"
                       "要根据会议提出的意见要求作进一步完善后,提交市委研究。")
    assert not any(ind == "报告" for ind, _v, _u in _metrics(doc)), _metrics(doc)
    counted = extract_text("调研成果丰硕\n今年以来,全市共形成调研报告15个。")
    assert any(v == 15 for _i, v, _u in _metrics(counted)), _metrics(counted)


def test_the_chair_s_posts_opening_the_sentence_are_no_subject_of_its_figures():
    """15-hengdong-county-exec2 (衡东县, 湖南): 县委副书记、县长蒋崇华主持召开衡东县人民政府2024年第2次常务会议,
    研究…、决策38个政府性投资项目立项… (base: the 38 projects were 衡东县委's, the party committee of the
    chair's first post); an agency that does what is counted keeps it."""
    doc = extract_text("蒋崇华主持召开衡东县人民政府常务会议\n1月17日,县委副书记、县长蒋崇华主持召开衡东县人民政府2024年"
                       "第2次常务会议,研究衡东县第四届房地产交易会、决策38个政府性投资项目立项等工作。")
    got = {(m.indicator, doc.entities[m.subject].name if m.subject else None) for m in doc.metrics if m.value == 38}
    assert got == {("政府性投资项目立项", "衡东县")}, got
    own = extract_text("衡东县财政局安排专项资金\n今年以来,衡东县财政局安排专项资金300万元,支持农村公路建设。")
    got = {doc_name for m in own.metrics if m.value == 3000000
           for doc_name in [own.entities[m.subject].name if m.subject else None]}
    assert got == {"衡东县财政局"}, got
    # one post alone before the chair's name leaves the agency its own people
    one = extract_text("县政协召开座谈会\n8月15日,衡东县政协秘书长刘卉主持会议,冀永强、马利明等二十多位政协委员参加会议。")
    got = {one.entities[m.subject].name if m.subject else None for m in one.metrics if m.value == 20}
    assert got == {"衡东县政协"}, got


def test_a_sized_project_making_two_products_is_one_project_and_its_size_no_figure():
    """14-xingxian-county-exec (兴县, 山西): 会议原则同意启动实施兴县15万吨新能源汽车零部件及铝型材项目、兴县200万平米
    铝板带箔精深加工项目 (base: the first no project, 及 read as two phrases, and a metric 新能源汽车零部件
    15万吨 of the county); a figure of the county outside a project's name stays."""
    doc = extract_text("兴县县政府召开常务会议\n会议原则同意启动实施兴县15万吨新能源汽车零部件及铝型材项目、兴县200万吨"
                       "铝板带箔精深加工项目。全县粮食产量达到15万吨。")
    got = _names(doc, "Programme")
    assert "兴县15万吨新能源汽车零部件及铝型材项目" in got, got
    assert _metrics(doc) == {("粮食产量", 150000, "吨")}, _metrics(doc)


def _place(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key else None


def test_the_place_s_own_paper_in_the_source_line_names_the_place():
    """06-gaoyou-city-exec35 (今日高邮, 高邮市, 江苏): 2005-04-12 作者:傅记 来源:今日高邮, then 市长徐祥华主持召开市政府第
    35次常务会议 and 全市 (base: no place, the city's government unresolved); 今日头条 names none."""
    text = ("市政府召开第35次常务会议\n\n2005-04-12 00:00:00    作者:傅记    来源:{}\n\n"
            "4月12日上午,市长徐祥华主持召开市政府第35次常务会议。会议要求在全市推进科技支持工程。")
    assert _place(extract_text(text.format("今日高邮"))) == "高邮市"
    assert _place(extract_text(text.format("高邮日报"))) == "高邮市"
    assert _place(extract_text(text.format("今日头条"))) is None


def test_a_list_of_leaders_opening_with_a_name_of_a_preposition_or_a_word_s_character():
    """17-huancui-district-party138 (环翠区, 山东): 区领导于晓东、于晓光、张海平…出席会议; 04-wugang-party-standing
    (舞钢市, 河南): 市领导平遂民、王冬梅、尚德山…等列席会议 (base: no person of either list: the first name
    opens with 于, a preposition, or 平, no family name of the table); 市领导向大家 names no one."""
    doc = extract_text("区委常委会召开会议\n10月23日上午,区委常委会召开会议。区委书记张刚主持会议并讲话,区领导于晓东、于晓光、"
                       "张海平、尹振山出席会议。市领导平遂民、王冬梅、尚德山等列席会议。")
    got = _names(doc, "Person")
    assert {"于晓东", "于晓光", "张海平", "尹振山", "平遂民", "王冬梅", "尚德山"} <= got, got
    none = extract_text("慰问活动举行\n春节前夕,市领导向大家致以节日问候。副县长平稳推进各项工作。")
    assert not any(n.startswith(("向", "平")) for n in _names(none, "Person")), _names(none, "Person")


def test_a_working_group_whose_task_holds_a_quoted_term_is_an_agency():
    """20-shanggao-county-exec32-minutes (上高县, 江西): 议定:成立上高县“十二五”规划编制工作领导小组,由常务副县长刘军生任
    组长 (base: no agency, the quote cut the name); a quote closing no body's name stays no agency."""
    doc = extract_text("上高县人民政府常务会议纪要\n议定:成立上高县“十二五”规划编制工作领导小组,由常务副县长刘军生任组长。")
    assert "上高县十二五规划编制工作领导小组" in _names(doc, "Agency"), _names(doc, "Agency")
    none = extract_text("上高县召开会议\n上高县“十二五”期间经济发展较快,全县上下干劲十足。")
    assert not any("十二五" in n for n in _names(none, "Agency")), _names(none, "Agency")
