"""Scraped government web pages keep the portal's chrome around the article: a navigation bar, a
breadcrumb, the metadata block of a public-information page (索引号, 发布机构, letter-spaced labels),
tool lines (【字体：大 中 小】 打印 关闭窗口, 分享到), lists of related links and the footer.  None of it
is article text: it gives no title, sentence, entity or figure — except the issuing or source body
named in a metadata field, kept as a heading section with its own span.  The pages below are
written for these tests in the shapes seen on county and city portals of several provinces."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.chrome import classify
from kg.stages.layout import split_articles

NOTICE_PAGE = """中国政府网 省政府网 English 市人大 市政协 市纪委监委
首     页 政 务 公 开 网 上 办 事 互 动 交 流
当前位置：首页 > 政务公开 > 通知公告
索   引   号 11370900-2023-00012 分        类 其他; 市人民政府办公室;
发 布 机 构 泰安市人民政府办公室 发 文 日 期 2023-05-12
名        称 泰安市人民政府办公室关于做好夏粮收购工作的通知
泰安市人民政府办公室关于做好夏粮收购工作的通知
【字体：大 中 小】 打印本页 关闭窗口

各县（市、区）人民政府，市政府各部门：
今年全市计划收购小麦120万吨，各地要提前做好仓容准备。

泰安市人民政府办公室
2023年5月10日
分享到：
扫一扫在手机打开当前页
上一篇：泰安市人民政府关于表彰先进集体的决定
主办单位：泰安市人民政府办公室  网站标识码：3709000001  鲁ICP备12345678号
"""


def _doc(text: str, doc_id: str = "p") -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id=doc_id, source=f"{doc_id}.txt", text=text))


def _mention_lines(doc: Doc) -> set[str]:
    """The source lines the entities' mentions stand on."""
    out = set()
    for e in doc.entities.values():
        for m in e.mentions:
            a = doc.text.rfind("\n", 0, m.start) + 1
            b = doc.text.find("\n", m.end)
            out.add(doc.text[a:b if b >= 0 else len(doc.text)])
    return out


def test_the_page_chrome_gives_no_article_text():
    """The title is the notice's own line, not the navigation bar; no label, breadcrumb or tool word
    reaches the article's text."""
    (art,) = split_articles(Doc(id="p", source="p.txt", text=NOTICE_PAGE))
    assert art.title == "泰安市人民政府办公室关于做好夏粮收购工作的通知"
    for chrome in ("首页", "索", "发 文 日 期", "字体", "关闭窗口", "分享到", "扫一扫", "上一篇", "ICP备",
                   "English", "名        称"):
        assert chrome not in art.text, chrome
    assert "今年全市计划收购小麦120万吨" in art.text


def test_the_issuer_of_a_metadata_field_is_kept_with_its_span():
    """发 布 机 构 泰安市人民政府办公室: the value, not the label, is a heading section of the article."""
    doc = Doc(id="p", source="p.txt", text=NOTICE_PAGE)
    (art,) = split_articles(doc)
    (heading,) = [s for s in art.sections if s.kind == "heading"]
    assert art.text[heading.start:heading.end] == "泰安市人民政府办公室"
    start = NOTICE_PAGE.index("发 布 机 构 ") + len("发 布 机 构 ")
    assert art.offsets.span_to_source(heading.start, heading.end) == (start, start + len("泰安市人民政府办公室"))


def test_no_entity_or_figure_from_the_navigation_bar_or_the_footer():
    """市人大, 市政协 of the navigation bar and the footer's 主办单位 line give no mention; the 120万吨 of
    the body is the only figure."""
    doc = _doc(NOTICE_PAGE)
    lines = _mention_lines(doc)
    assert not any(line.startswith(("中国政府网", "主办单位", "上一篇", "当前位置")) for line in lines), lines
    assert [m.value for m in doc.metrics] == [1200000]


def test_a_date_field_in_a_metadata_line_makes_no_figure():
    """废止时间：2020-01-23 名称：… is no figure of 1 名."""
    page = ("首页 > 信息公开 > 信息浏览\n发布机构：某某县人民政府办公室\n生成日期：2019-01-23 文号：\n"
            "废止时间：2020-01-23 名称：某某县人民政府关于印发工作规则的通知\n浏览次数：590\n\n"
            "某某县人民政府关于印发工作规则的通知\n\n各乡镇人民政府：\n现将工作规则印发给你们，请遵照执行。\n")
    doc = _doc(page)
    assert not doc.metrics
    assert doc.articles[0].title == "某某县人民政府关于印发工作规则的通知"


def test_a_bare_label_line_takes_the_next_line_as_its_value():
    """• 发文机构： / 县政府办公室: a bulleted metadata block with each value under its label; the
    issuer is kept, the document number and the dates are dropped, the 内容概述 label takes no value."""
    page = ("返回顶部\n\n县人民政府工作规则\n\n  • 索引号：\n\n    6107280000/2024-001005\n  • 发文机构：\n\n"
            "    县人民政府办公室\n  • 发文字号：\n\n    某政发〔2024〕7号\n  • 发布日期：\n\n    2024年04月06日 16:34\n"
            "  • 内容概述：\n\n县人民政府工作规则\n\n第一章 总则\n\n一、为规范县政府工作，制定本规则。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "县人民政府工作规则"
    assert [art.text[s.start:s.end] for s in art.sections if s.kind == "heading"][-1] == "县人民政府办公室"
    for chrome in ("6107280000", "某政发", "16:34", "索引号", "内容概述", "返回顶部"):
        assert chrome not in art.text, chrome
    assert "一、为规范县政府工作，制定本规则。" in art.text


def test_the_title_does_not_run_into_the_body_across_the_chrome():
    """A headline, its source line and tool line, then the body: three lines that end in no 。 are no
    column broken mid-sentence."""
    page = ("皇姑区北塔街道开展政务公开宣传活动\n时间:2020年05月26日来源:皇姑区\n[字体: ] 打印\n"
            "5月15日，北塔街道办事处开展政务公开宣传活动。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "皇姑区北塔街道开展政务公开宣传活动"
    body = [art.text[s.start:s.end] for s in art.sections if s.kind == "body"]
    assert body == ["5月15日，北塔街道办事处开展政务公开宣传活动。"]


def test_links_under_a_related_news_head_are_no_text():
    """相关报道 / ·… : the bulleted headlines of a link list; a prose line after them is text again."""
    page = ("县城新建两座污水处理厂\n\n全县今年新建污水处理厂2座。\n\n相关报道\n\n·某市出台物业管理实施意见\n\n"
            "·某县开展招投标专项检查\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert "物业管理" not in art.text and "招投标" not in art.text and "相关报道" not in art.text


def test_site_and_column_names_above_the_breadcrumb():
    """牟定县人民政府 / 首页 >> 公开信息内容 / the title: the line above the breadcrumb names the site."""
    page = ("某某县人民政府\n首页 >> 公开信息内容\n\n某某县人民政府办公室关于印发应急预案的通知\n\n"
            "各乡镇人民政府：\n现将应急预案印发给你们，请认真贯彻执行。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某某县人民政府办公室关于印发应急预案的通知"
    assert "公开信息内容" not in art.text


def test_prose_opening_like_a_field_stays_text():
    """来源：… with a sentence after it, 时间紧、任务重: article text, not metadata."""
    assert classify("来源：新华社北京电，记者从国务院获悉，今年全国粮食产量达到13000亿斤，比上年增加。") is None
    assert classify("时间紧、任务重，各单位要高度重视。") is None
    assert classify("县长 陈大用") is None
    assert classify("各县（市、区）人民政府，市政府各部门：") is None
    assert classify("县科技局为企业提供技术支持。") is None  # no footer
    assert classify("单位：万元") is None  # a table's unit line


def test_fields_on_a_line_stamped_with_a_date_and_a_time():
    """单位：档案馆 2020年12月22日 17:13 浏览： — a page's byline and counter."""
    assert classify("单位:档案馆(校史办公室) 2020年12月22日 17:13 浏览:") is not None
    assert classify("2010/1/6 16:43:13 次浏览 分类:政府动态    来源:") is not None


COUNTY_NEWS = """欢迎访问开鲁县人民政府!
登录/注册 用户中心
当前位置: 首页>新闻中心>乡镇动态
全县春季植树造林工作推进会议召开

发布时间:

2025-04-02 10:03

信息来源:

县林业和草原局

分享到:

4月1日，全县春季植树造林工作推进会议召开。副县长王明主持会议。

会议要求，全县各镇场要压实责任，确保完成造林任务。
"""


def test_the_site_s_owner_places_an_article_that_names_no_place():
    """全县…会议召开 on a county portal: the greeting above the breadcrumb names the owner, 开鲁县; it
    is no article text, but the article (and its 全县) is placed there."""
    doc = _doc(COUNTY_NEWS)
    (art,) = doc.articles
    assert art.title == "全县春季植树造林工作推进会议召开"
    assert "欢迎访问" not in art.text and "登录" not in art.text
    assert art.place == "place-150523"
    assert doc.entities[art.place].name == "开鲁县"


def test_an_article_naming_its_place_keeps_it_over_the_site_s_owner():
    """A county portal reposting its city's story: the story's own place, 通辽市, wins."""
    page = COUNTY_NEWS.replace("全县春季植树造林工作推进会议召开", "通辽市春季植树造林工作推进会议召开").replace(
        "4月1日，全县", "4月1日，通辽市")
    doc = _doc(page)
    assert doc.articles[0].place == "place-150500"


def test_an_e_paper_s_pager_and_column_label_are_chrome():
    """下一版»本期共4版, 当前第1版 PDF and 【图片新闻】 over a county paper's photo story."""
    page = ("下一版»本期共4版, 当前第1版 PDF\n【图片新闻】\n\n8月28日下午，县领导到各分组讨论地点慰问参会的政协委员。\n\n"
            "井娇摄影报道\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title is None
    assert art.text.startswith("8月28日下午")


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>县农业农村局召开春季农业生产工作会议_威县人民政府</title></head><body>
<div class="top">欢迎访问威县人民政府网站 <a href="#">无障碍</a> <a>English</a></div>
<ul class="nav"><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a></div>
<h1>县农业农村局召开春季农业生产工作会议</h1>
<div class="info">发布时间：2023-03-15 09:30 &nbsp; 来源：县农业农村局 &nbsp; 浏览次数：<span>321</span></div>
<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> <a>关闭窗口</a></div>
<div class="content"><p>&nbsp;&nbsp;3月14日，县农业农村局召开春季农业生产工作会议，安排部署全县春耕备耕工作。</p>
<p>今年全县计划种植粮食作物45万亩，其中小麦20万亩。</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="pn"><p>上一篇：县林业局开展森林防火宣传</p><p>下一篇：县水利局部署春灌工作</p></div>
<div class="foot"><p>主办单位：威县人民政府办公室 承办单位：威县大数据中心</p>
<p>网站标识码：1234567890 冀ICP备12345678号-1</p><p>联系电话：0319-1234567</p></div>
</body></html>
"""


def test_an_html_page_s_chrome(tmp_path):
    """A county portal's page as HTML: navigation items on lines of their own, breadcrumb, info line,
    tools, share, previous/next links and footer stay out; the article is the headline and its two
    paragraphs, dated by the info line, placed at the site's owner, 威县."""
    from kg.readers.corpus import read_corpus
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    (doc,) = read_corpus([page])
    doc = Pipeline(DEFAULT_PIPELINE)(doc)
    (art,) = doc.articles
    assert art.title == "县农业农村局召开春季农业生产工作会议"
    assert [art.text[s.start:s.end] for s in art.sections if s.kind == "body"] == [
        "3月14日，县农业农村局召开春季农业生产工作会议，安排部署全县春耕备耕工作。",
        "今年全县计划种植粮食作物45万亩，其中小麦20万亩。"]
    assert art.date == "2023-03-15"
    assert doc.entities[art.place].name == "威县"
    assert not any(m.surface in ("县林业局", "县水利局", "威县人民政府办公室", "威县大数据中心")
                   for e in doc.entities.values() for m in e.mentions)


def test_a_reading_time_widget_and_a_repost_s_fields():
    """本篇文章200字,读完约1分钟 above a repost, 标题：… and 地址：http… below it: no title, no figure."""
    page = ("本篇文章200字,读完约1分钟\n\n据金山区消息，10月9日，吕巷镇召开创城工作动员会，全镇30名负责人参加了会议。\n\n"
            "来源:某某新闻网\n\n标题:吕巷镇召开创城工作动员会\n\n地址:http://www.example.org/news/100322.html\n")
    doc = _doc(page)
    (art,) = doc.articles
    assert art.title is None
    assert "读完" not in art.text and "标题" not in art.text and "http" not in art.text
    assert [m.value for m in doc.metrics] == [30]


def test_a_reporter_s_line_ending_in_a_credit_verb():
    """通讯员 吕守军报道: the reporter is 吕守军."""
    page = "双沟镇召开人民代表大会\n\n5月10日上午，双沟镇召开第十八届人民代表大会第六次会议。\n\n通讯员 吕守军报道\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.authors == ["吕守军"]


def test_the_site_s_owner_is_the_innermost_division_named():
    """欢迎访问北京市朝阳区人民政府网站: 朝阳区 of 北京市 (there are two 朝阳区); alone it is no owner."""
    from kg.stages.resolve import site_owner_place
    for line, code in (("欢迎访问北京市朝阳区人民政府网站", "110105"), ("欢迎访问朝阳区人民政府网站", None),
                       ("欢迎访问河北省邢台市威县人民政府", "130533")):
        doc = Doc(id="p", source="p.txt", text=line)
        doc.meta["site_header"] = [(0, len(line))]
        assert site_owner_place(doc) == code, line


def test_a_title_under_an_empty_field_is_no_value():
    """• 有效性： left empty by the scrape, then the title: the title is the article's."""
    page = ("  • 发布日期：\n\n    2024年04月06日 16:34\n  • 有效性：\n\n县人民政府关于加强安全生产工作的通知\n\n"
            "各乡镇人民政府：\n现就加强安全生产工作通知如下。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "县人民政府关于加强安全生产工作的通知"
