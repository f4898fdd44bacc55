"""Messy scrapes and crawled records (scrape37): excerpts of the pages in /tmp/s22/fresh/scrape37
(SOURCES.md there), as published — county and district portals (开鲁, 杜集, 大通, 松北), a Tibet news
mirror, a reprinting portal — and JSON Lines records shaped as crawlers store them."""
from __future__ import annotations

import json

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.corpus import read_corpus


def _page(text: str, doc_id: str = "p") -> Doc:
    """A scraped page as read from a text file, through the whole pipeline (layout included)."""
    return Pipeline(DEFAULT_PIPELINE)(Doc(id=doc_id, source=f"{doc_id}.txt", text=text))


def _article_text(doc: Doc) -> str:
    return "\n".join(a.text for a in doc.articles)


def _names(doc: Doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if not types or e.type in types}


def _records(tmp_path, *recs) -> list[Doc]:
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return [d for d in read_corpus([path]) if isinstance(d, Doc)]


def test_a_records_date_written_as_one_run_of_digits_or_as_an_rss_stamp(tmp_path):
    """`"date": "20250522"` (a crawl of 开鲁县's 乡镇动态), `20250522100300`, and an RSS feed's
    `pubDate`: each dates the record; before, none did."""
    text = "5月21日,全县生态保护大会暨毁林毁草专项整治工作推进会议召开。县政府副县长常亮主持会议并讲话。"
    docs = _records(tmp_path, {"id": "a", "text": text, "date": "20250522"},
                    {"id": "b", "text": text, "publish_time": "20250522100300"},
                    {"id": "c", "text": text, "pubDate": "Wed, 21 May 2025 20:03:00 GMT"},
                    {"id": "d", "text": text, "date": "二〇二五年五月二十二日"})
    dated = {d.id.rsplit("-", 1)[-1]: Pipeline(DEFAULT_PIPELINE)(d).date for d in docs}
    assert dated == {"a": "2025-05-22", "b": "2025-05-22", "c": "2025-05-22", "d": "2025-05-22"}, dated


def test_character_references_left_in_a_record_or_a_text_file_read_as_their_characters(tmp_path):
    """&ldquo;十个全覆盖&rdquo; in a crawled record without markup: the quoted programme, and no
    figure 全覆盖&rdquo (10 个) read from the reference's letters."""
    body = ("&ldquo;十个全覆盖&rdquo;工程推进会召开。建华镇党委政府全力推进&ldquo;十个全覆盖&rdquo;建设,"
            "形成分工明确、职责明确、上下联动的工作局面。")
    (rec,) = _records(tmp_path, {"id": "long", "text": body, "date": "2015/4/9"})
    page = tmp_path / "page.txt"
    page.write_text("开鲁县建华镇推进十个全覆盖\n\n" + body + "\n", encoding="utf-8")
    (txt,) = [d for d in read_corpus([page]) if isinstance(d, Doc)]
    for doc in (rec, txt):
        assert "&ldquo;" not in doc.text and "“十个全覆盖”" in doc.text
        doc = Pipeline(DEFAULT_PIPELINE)(doc)
        assert "十个全覆盖" in _names(doc, "Programme"), _names(doc)
        assert not [m for m in doc.metrics if "&" in (m.indicator or "") or "rdquo" in m.surface], doc.metrics


def test_metadata_labels_cut_to_their_last_character_are_no_title():
    """杜集区 (淮北): the 信息公开 block's narrow cells cut 索引号 to 号:, 名称 to 称:, 关键词 to 词:;
    the index line became the article's title."""
    doc = _page("首页 > 杜集区人民政府办公室 > 政府会议 > 专题会议和其他会议\n"
                "号: 003087762/202401-00007 信息分类: 专题会议和其他会议\n"
                "内容分类: 发布日期: 2024-01-24\n"
                "发布机构: 杜集区人民政府办公室 生成日期: 2024-01-24\n"
                "称: 杜集区召开政府网站工作推进会\n"
                "号: 词:\n\n"
                "杜集区召开政府网站工作推进会\n\n"
                "来源:杜集区人民政府 发布时间:2024-01-24 18:25 文字大小:[    ] 背景色:       \n\n"
                "1月24日,杜集区召开政府网站工作推进会,区政府副区长王忠锦出席会议并讲话,区政府办公室主任吴华主持会议,"
                "各镇(街道)、相关区直部门负责人参加会议。\n\n"
                "会议通报了2023年全区政府网站工作情况,对2024年工作进行了部署。\n")
    assert doc.articles[0].title == "杜集区召开政府网站工作推进会", doc.articles[0].title
    assert "003087762" not in _article_text(doc) and "内容分类" not in _article_text(doc)
    assert doc.date == "2024-01-24"


def test_a_portals_channel_bar_of_county_names_gives_no_places():
    """利辛县 news on 涡河网 (亳州): `旗下栏目: 涡阳县 蒙城县 亳州市/谯城区 利辛县` lists the portal's
    channels; the other counties are no places of the story."""
    doc = _page("首页 资讯 关注 科技 财经 汽车 房产 图片 视频 本地24小时\n\n"
                "旗下栏目: 涡阳县 蒙城县 亳州市/谯城区 利辛县\n\n"
                "利辛县委书记张吉明到中疃镇调研指导产业发展和美丽乡村建设\n\n"
                "来源:涡河网 作者:涡河网 人气:401 发布时间:2023-05-05 14:29:06\n\n"
                "  4月30日下午,县委书记张吉明深入中疃镇调研指导产业发展和美丽乡村建设,中疃镇党委书记张才,"
                "镇长高明标,副书记杜伟陪同调研。\n")
    places = _names(doc, "Place")
    assert not places & {"涡阳县", "蒙城县", "谯城区"}, places
    assert "中疃镇" in places


def test_breadcrumbs_without_their_cue():
    """中国西藏网 > 生态 (a crumb opened by the site's name) ran into the title under it and gave
    中国; >新闻中心 >热点专题 >… under a 首页 line (松北区) and 社会暖闻当前位置:首页 > 社会暖闻 (a
    column's name before the cue) stayed in the article."""
    doc = _page("中國西藏網 > 生態\n\n"
                "拉薩市墨竹工卡縣門巴鄉貼朗村:4317頭牲畜開始秋季轉場\n\n"
                "發布時間:2022-09-09 09:23:00來源: 中國西藏新聞網\n\n"
                "  進入九月,又到了一年一度的拉薩市墨竹工卡縣門巴鄉貼朗村秋季牧場轉移時間。\n")
    assert doc.articles[0].title == "拉薩市墨竹工卡縣門巴鄉貼朗村:4317頭牲畜開始秋季轉場", doc.articles[0].title
    assert "中国" not in _names(doc, "Place"), _names(doc, "Place")
    doc = _page("首页\n>新闻中心 >热点专题 >美丽哈尔滨 全国文明城市行 >区和部门 >松北区 >创城在行动\n"
                "  • 发布日期: 2017- 07- 21\n  • 浏览次数:\n  • 字号:[ ]\n\n"
                "为进一步提高社区居民对创城工作的知晓率、参与率,引导居民积极参与创城工作,构建文明和谐的社区。"
                "7月20日,松北区船口街道观江国际社区通过张贴宣传板报、发放宣传单的形式,在辖区内大力开展创城宣传活动。\n\n"
                "(来源: 松北区 )\n导航链接\nProduced By 大汉网络 大汉版通发布系统\n")
    text = _article_text(doc)
    assert "新闻中心" not in text and "导航链接" not in text and ")" not in text.splitlines()[-1], text
    doc = _page("今天是:2025年11月06日     \n社会暖闻\n社会暖闻当前位置:首页 > 社会暖闻\n"
                "大通区远望社区志愿者开展“创建文明城市”宣传\n"
                "编辑 倪龙芝    发布时间:2020/04/21\n\n \n\n"
                "为推进全国文明城市创建工作,提高创建工作的知晓率、参与率、满意率,营造人人皆知、广泛参与的良好社区氛围,"
                "从4月15日开始,远望社区组织志愿者和工作人员开展了创建全国文明城市宣传活动。\n\n"
                "来源:大通区人民政府网\n")
    text = _article_text(doc)
    assert "当前位置" not in text and "倪龙芝" not in text and "今天是" not in text, text
    assert doc.articles[0].title == "大通区远望社区志愿者开展“创建文明城市”宣传", doc.articles[0].title
    assert doc.date == "2020-04-21"


def test_reprint_disclaimers_and_copyright_lines_are_no_article_text():
    """合阳县 news reprinted by a portal ends with its disclaimer and hotline; 光明网's page with
    `手机光明网光明网版权所有` and an `English` link over the title."""
    doc = _page("5月23日,合陽縣政協組織部分市、縣政協委員,對全縣實施鄉村振興戰略工作情況進行視察。"
                "縣政協副主席武玉萍、范鵬參加。\n"
                "編輯: 羅亞秀\n"
                "以上文章僅代表作者個人觀點,本網只是轉載,如涉及作品內容、版權、稿酬問題,請及時聯系我們。電話:029-63903870\n")
    assert "转载" not in _article_text(doc) and "转载" not in doc.text[doc.articles[0].offsets.to_source(0):]
    doc = _page("English\n\n哈尔滨成立呼兰、道外、松北区\n\n"
                "2004-05-31 来源:光明日报 作者:记者 朱伟光 通讯员 毛猛平 崔淑梅 陈海燕 我有话说\n\n"
                "本报哈尔滨5月30日电哈尔滨市的呼兰、道外、松北三区今天同时挂牌成立。\n\n"
                "手机光明网光明网版权所有\n")
    assert doc.articles[0].title == "哈尔滨成立呼兰、道外、松北区", doc.articles[0].title
    assert "版权所有" not in _article_text(doc)


def test_a_site_name_alone_in_a_metadata_block_is_no_title():
    """松北区 news on 哈尔滨市人民政府网站: the block's bulleted site name (• 哈尔滨市人民政府网站)
    over an article without a headline was taken for its title."""
    doc = _page("  • 哈尔滨市人民政府网站\n  • 发布日期: 2017- 07- 21\n  • 浏览次数:\n\n"
                "为进一步提高社区居民对创城工作的知晓率、参与率,引导居民积极参与创城工作,构建文明和谐的社区。"
                "7月20日,松北区船口街道观江国际社区通过张贴宣传板报、发放宣传单的形式,在辖区内大力开展创城宣传活动。\n")
    assert doc.articles[0].title != "哈尔滨市人民政府网站"
    assert "哈尔滨市人民政府" in _names(doc, "Agency")


def test_a_teaser_repeating_the_article_and_the_column_over_its_bar():
    """涡河网 (利辛县 news): the column's name `利辛县` set over the channel bar that lists it was taken
    for the title, and the `摘要:` teaser, cut without a full stop, ran into the article's first
    paragraph, which it repeats."""
    doc = _page("首页 资讯 关注 科技 财经 汽车 房产 图片 视频 本地24小时\n\n利辛县\n\n"
                "旗下栏目: 涡阳县 蒙城县 亳州市/谯城区 利辛县\n\n"
                "利辛县委书记张吉明到中疃镇调研指导产业发展和美丽乡村建设\n\n"
                "来源:涡河网 作者:涡河网 人气:401 发布时间:2023-05-05 14:29:06\n"
                "摘要:4月30日下午,县委书记张吉明深入中疃镇调研指导产业发展和美丽乡村建设,中疃镇党委书记张才,"
                "镇长高明标,副书记杜伟陪同调研。走进姜黄美丽乡村,张吉明实地观看了中心村建设状况,给予充分肯定\n\n"
                "  4月30日下午,县委书记张吉明深入中疃镇调研指导产业发展和美丽乡村建设,中疃镇党委书记张才,"
                "镇长高明标,副书记杜伟陪同调研。\n")
    assert doc.articles[0].title == "利辛县委书记张吉明到中疃镇调研指导产业发展和美丽乡村建设", doc.articles[0].title
    text = _article_text(doc)
    assert "摘要" not in text and text.count("镇长高明标") == 1, text
    # a teaser of its own (not the article's start) stays
    doc = _page("县政府召开常务会议\n\n摘要:会议研究了安全生产、项目建设等工作,部署了下一阶段任务\n\n"
                "5月6日,县长王某主持召开县政府第12次常务会议。\n")
    assert "会议研究了安全生产" in _article_text(doc)


def test_a_credit_line_of_fields_gives_no_person_and_the_source_ends_before_its_time_field():
    """舞阳县 (中国舞阳网): `(图文:张素伟 审核:张帅)` gave a person named 审核:张帅, and `来源: 中国舞阳网
    信息时间:2022-08-22` kept 中国舞阳网    信息 as the source (信息时间 read as 信息 and a 时间 field)."""
    doc = _page("县委县政府重点工作第52次周交办会议召开\n\n"
                "来源: 中国舞阳网    信息时间:2022-08-22     阅读次数:\n\n"
                "  8月22日,县委副书记、县长朱暑光主持召开县委县政府重点工作第52次周交办会议,"
                "通报上周市县交办工作完成情况,对本周重点工作进行安排。县领导孔德余、王蕾、谢涛出席会议。\n\n\n"
                "                                                      (图文:张素伟 审核:张帅)\n")
    people = _names(doc, "Person")
    assert not [p for p in people if ":" in p or "审核" in p], people
    assert "中国舞阳网" in _names(doc, "Organization"), _names(doc)
    assert doc.date == "2022-08-22"


def test_a_mongoexport_record_with_its_title_as_a_list_and_escaped_markup(tmp_path):
    """A crawl exported with mongoexport: `"_id": {"$oid": …}` lost the record (an id must be a string),
    `"publish_time": {"$date": "…Z"}` gave no date; a title stored as a list of strings was kept as
    the list's repr; a text whose markup was stored escaped (&lt;p&gt;…) kept its tags as text."""
    sentence = "5月21日,全县生态保护大会暨毁林毁草专项整治工作推进会议召开。县政府副县长常亮主持会议并讲话。"
    docs = _records(tmp_path,
                    {"_id": {"$oid": "64561a2b9f1c2a0012345678"}, "title": "全县生态保护大会召开",
                     "content": sentence, "publish_time": {"$date": "2025-05-21T18:30:00Z"}},
                    {"_id": {"$oid": "64561a2b9f1c2a0012345679"}, "title": ["全县生态保护大会召开"],
                     "content": "&lt;p&gt;" + sentence + "&lt;/p&gt;",
                     "publish_time": {"$date": {"$numberLong": "1747906980000"}}})
    assert len(docs) == 2, docs
    assert docs[0].id.endswith("64561a2b9f1c2a0012345678")
    assert docs[1].title == "全县生态保护大会召开" and "<p>" not in docs[1].text and "&lt;" not in docs[1].text
    dated = [Pipeline(DEFAULT_PIPELINE)(d).date for d in docs]
    assert dated == ["2025-05-22", "2025-05-22"], dated  # (18:30 UTC is the next morning in China)


def test_a_short_label_over_the_headline_is_no_part_of_it():
    """A column's label over the headline (`通知公告` over 彭阳县民政局's notice, here over 舞阳县's
    meeting) ran into it as one broken line (`通知公告县委县政府…会议召开`), and the article lost its
    title.  (A label naming the place, `今日舞阳`, is left as it was: it is the page's only word of
    its county.)"""
    doc = _page("通知公告\n\n县委县政府重点工作第52次周交办会议召开\n\n"
                "来源: 中国舞阳网    信息时间:2022-08-22     阅读次数:\n\n"
                "  8月22日,县委副书记、县长朱暑光主持召开县委县政府重点工作第52次周交办会议,"
                "通报上周市县交办工作完成情况,对本周重点工作进行安排。\n")
    assert doc.articles[0].title == "县委县政府重点工作第52次周交办会议召开", doc.articles[0].title
    assert "通知公告县委" not in _article_text(doc)
