"""Round 49 (epaper49): county and city party papers' e-paper pages from /tmp/s26/fresh/epaper49, copied
with their page furniture: the issue's number before the page label (1886 期 / 第2版:2), a page label
under its date (2012-03-20 A1版 要闻), the reader's tool buttons one a line (展开通版, 版面概览, 朗读),
the page's list of headlines above the story closed by its navigation bar (版面导航), an arrow glyph
before 上一篇 and the CMS's property block after the story (…/enpproperty-->): none of it is text."""
from __future__ import annotations

from conftest import extract_text, relation_pairs

from kg.stages.chrome import classify


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_an_issue_number_before_the_page_label_is_no_figure():
    """长子县 paper, 要闻简报: `1886 期 / 第2版:2` over the briefs (base: a metric 1886 期 of 长子县,
    indicator `/ 第`)."""
    doc = extract_text("1886 期 / 第2版:2\n要闻简报\n"
                       "   ◆9月23日,我县在政府二楼会议室召开巩固衔接重点工作调度会。副县长李晋平出席,"
                       "各乡镇(服务中心)及县直相关单位分管负责人参加会议。\n")
    assert not [m for m in doc.metrics if m.value == 1886], [(m.indicator, m.value) for m in doc.metrics]


def test_a_page_label_under_its_date_dates_the_story_and_keeps_its_title():
    """日照日报: `返回 03-20 读报` ⏎ `市领导看望人大代表` ⏎ `2012-03-20 A1版 要闻` ⏎ 本报讯…: the title and
    the date 2012-03-20 (base: no title, no date)."""
    doc = extract_text("返回 03-20 读报\n市领导看望人大代表\n2012-03-20 A1版 要闻\n"
                       "本报讯(记者 陈蕾)3月19日,市领导杨军、李同道,市人大常委会秘书长万志新到各代表团驻地,"
                       "看望出席市十七届人大一次会议的代表。\n")
    assert doc.date == "2012-03-20", doc.date
    assert doc.articles[0].title == "市领导看望人大代表", doc.articles[0].title


def test_the_page_s_headline_list_above_the_story_is_no_text_of_it():
    """郑州日报 第07版:区街新闻: ten headlines of the page, `返回主页 | 郑州日报 | 版面导航 |`, then the 金水区
    story (base: 二七区 from `二七区公厕全部铺设无障碍通道` placed the story and took its figures, a programme
    `一对一` from `“一对一”帮扶`)."""
    doc = extract_text("第07版:区街新闻 上一版3  4下一版\n大型活动周周有 小型活动日日新\n“一对一”帮扶\n"
                       "二七区公厕全部铺设无障碍通道\n法制电影宣传周启动\n加快社区综合用房建设\n      \n"
                       "返回主页 | 郑州日报 | 版面导航 |      \n3上一篇  下一篇4      【打印】  \n金水区\n加快社区综合用房建设\n\n"
                       "  本报讯(记者 高凯)昨日,记者从金水区了解到,在2006、2007两年完成119个社区用房的建设后,"
                       "今年该区计划完成55个社区综合用房的建设,使辖区居民享受到快捷舒心的基层便民服务。\n")
    assert "二七区" not in _names(doc, "Place") and "一对一" not in _names(doc, "Programme")
    assert {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject}.get(119) == "金水区"


def test_an_e_paper_reader_s_buttons_one_a_line_are_chrome():
    """宝鸡日报: 通版阅读请点击: ⏎ 展开通版 ⏎ 首版 ⏎ 网站首页 ⏎ | ⏎ 标题导航 ⏎ three headlines ⏎ 版面概览 ⏎ 朗读,
    then `38个老旧小区集中整治`: the story's title, and no figure from the headline `一个足球场围网有三个破洞`
    (base: no title; a metric 三个破洞 of 宝鸡市)."""
    page = ("通版阅读请点击:\n展开通版\n收缩通版\n当前版:03版\n首版\n上一版\n下一版\n末版\n网站首页\n|\n数字报首页\n|\n"
            "版面导航\n|\n第01版:要闻\n第03版:专题\n标题导航\n|\n一个足球场围网有三个破洞\n38个老旧小区集中整治\n"
            "皮包落在出租车上好心的哥及时送回\n版面概览\n本期发布:\n文章标题\n文章内容\n文章作者\n上一篇\n下一篇\n"
            "字体:\n放大\n缩小\n默认\n朗读\n38个老旧小区集中整治\n"
            "本报讯 12月17日,在金台区群众路街道王家碾社区无线电42号院,居民刘宝福高兴地说。"
            "据悉,群众路街道办从本月初开始对辖区38个老旧小区进行集中整治。\n")
    doc = extract_text(page)
    assert doc.articles[0].title == "38个老旧小区集中整治", doc.articles[0].title
    assert not [m for m in doc.metrics if m.value == 3], [(m.indicator, m.value) for m in doc.metrics]
    for line in ("当前版:03版", "版面概览", "朗读", "3上一篇  下一篇4      【打印】", "返回 03-20 读报"):
        assert classify(line) is not None, line


def test_an_e_paper_s_property_block_after_the_story_is_chrome():
    """淮安日报: `2022-07-29 1 1 淮安日报 content_190469.html 1 3 政协淮安市九届二次常委会议召开 /enpproperty-->`
    after the story: the issue's date, no entity (base: no date; an organisation 淮安日报 located in 淮安市
    from the CMS's fields)."""
    doc = extract_text("第A01版:要闻\n\n政协淮安市九届二次常委会议召开\n\n"
                       "本报讯 昨日下午,政协淮安市九届二次常委会议召开。市政协主席戚寿余主持会议并讲话。\n\n(下转A2版)\n\n"
                       "2022-07-29 1 1 淮安日报 content_190469.html 1 3 政协淮安市九届二次常委会议召开 /enpproperty-->\n")
    assert "淮安日报" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert doc.date == "2022-07-29", doc.date
    assert ("戚寿余", "淮安市政协") in relation_pairs(doc, "holdsPost")


def test_a_local_committee_s_full_name_is_no_national_body():
    """淮安日报: 审议通过…《中国人民政治协商会议淮安市委员会全体会议工作规则》: the city committee's full name
    (base: the national CPPCC, 中国人民政治协商会议全国委员会, from its opening words)."""
    doc = extract_text("政协淮安市九届二次常委会议召开\n会议审议通过《中国人民政治协商会议淮安市委员会全体会议工作规则》"
                       "《中国人民政治协商会议淮安市委员会常务委员会工作规则》。\n")
    assert "中国人民政治协商会议全国委员会" not in _names(doc, "Agency"), _names(doc, "Agency")
    national = extract_text("全国政协会议开幕\n中国人民政治协商会议第十四届全国委员会第二次会议在北京开幕。\n")
    assert "中国人民政治协商会议全国委员会" in _names(national, "Agency")


def test_a_reprints_credit_keeps_the_papers_date():
    """Review of round 49: the dated page label (2012-03-20 A1版 要闻) must not read the close of a reprint's credit
    line as page chrome — 人民日报 (science47's text): 本报北京12月12日电 … 《 人民日报 》( 2023年12月13日 04 版) is
    dated 2023-12-13, the paper's day (the label rule had cut the credit's date and left the dispatch's 12-12)."""
    doc = extract_text("国家高新技术产业开发区总数达178家\n本报北京12月12日电 (记者王政、刘温馨)工业和信息化部规划司副司长"
                       "吴家喜12日表示，截至2023年11月，国家高新技术产业开发区总数达178家。\n"
                       "《 人民日报 》( 2023年12月13日 04 版)\n")
    assert doc.articles[0].date == "2023-12-13"
