"""Messy pages of round messy20: a notice signed with its date's zero typed ○ (`二○一一年四月八日`)
over the rules it issues (`某市人民政府工作规则` / `第一章 总则`), a joint notice whose document number
heads a title set over two lines (`某市人民政府 某市中级人民法院印发` / `关于…的通知`), a statistics
bureau's page stamped `发表单位：… 发表时间：…  [打印]  [关闭]`, a search box's word over the headline
(`搜索`), and a related-news teaser the page cut short (`…反映问...`) under `新闻推荐`.  The sentences
are written for these tests in the shapes seen on county and city portals."""
from __future__ import annotations

import json

from kg.model import Article, Doc, Section
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.corpus import read_corpus
from kg.stages.dates import header_date
from kg.stages.layout import split_articles
from kg.stages.sentences import split_sentences


def _articles(text: str) -> list[Article]:
    return split_articles(Doc(id="p", source="p.txt", text=text))


def _sentences(art: Article) -> list[str]:
    return [s.text for s in split_sentences(art)]


SIGNED_RULES = """关于印发《某某市人民政府工作规则》的通知

某府〔2011〕12号

各区人民政府,市政府直属各单位:
    《某某市人民政府工作规则》已经市政府常务会议通过,现予印发。

                                                 二○一一年四月八日

 

某某市人民政府工作规则

第一章  总  则

    一、根据有关法律规定,结合本市实际,制定本规则。
"""


def test_a_date_line_with_its_zero_typed_as_a_circle_stands_apart():
    """`二○一一年` types the zero as ○ (WHITE CIRCLE), as the dates stage reads it: the signature's
    date line is a whole unit, so it does not run on across the blank lines into the rules below."""
    (art,) = _articles(SIGNED_RULES)
    sents = _sentences(art)
    assert "二○一一年四月八日" in sents
    assert not any(s.startswith("二○一一年四月八日") and len(s) > len("二○一一年四月八日") for s in sents)


def test_the_title_of_issued_rules_stands_apart_from_its_first_chapter():
    """A line ending in 规则 (…工作规则, …议事规则) is a document's title, like one ending in 办法 or
    细则: it neither joins the chapter heading nor the first article under it."""
    (art,) = _articles(SIGNED_RULES.replace("二○一一年四月八日", "2011年4月8日"))
    sents = _sentences(art)
    assert "某某市人民政府工作规则" in sents
    assert any(s.startswith("一、根据有关法律规定") for s in sents)


def test_a_contingency_plan_title_stands_apart():
    """预案 ends a title too (某县粮食应急预案 over its table of contents)."""
    text = "某县人民政府办公室关于印发某县粮食应急预案的通知\n\n各乡镇人民政府:\n  现印发给你们,请遵照执行。\n\n某县粮食应急预案\n\n1 总则\n\n  为提高处置突发粮食事件的能力,制定本预案。\n"
    (art,) = _articles(text)
    assert "某县粮食应急预案" in _sentences(art)


JOINT = """某政发〔2025〕4号
某某市人民政府 某某市中级人民法院印发
关于完善府院联动机制的意见的通知
各县(区)人民政府、法院,市政府各部门:
《关于完善府院联动机制的意见》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。
某某市人民政府 某某市中级人民法院
2025年4月30日
"""


def test_a_document_number_over_a_title_set_over_two_lines():
    """The document number opens the page, then the issuers with 印发, then the matter (关于…的通知):
    the number is no part of the title, the two lines under it are the title."""
    (art,) = _articles(JOINT)
    assert art.title == "某某市人民政府 某某市中级人民法院印发关于完善府院联动机制的意见的通知"
    assert "某政发" not in art.title


STATS_FAQ = """数据发布与更新
发表单位:市统计局 发表时间:2016-11-14  [打印]  [关闭]

    答:统计数据库每月数据发布后更新。
"""


def test_a_published_by_line_is_metadata():
    """`发表单位：…  发表时间：…` is the page's stamp as `发布单位：… 发布时间：…` is: no subtitle nor
    sentence; the publisher's name is kept as an issuer, the date is the page's."""
    (art,) = _articles(STATS_FAQ)
    sents = _sentences(art)
    assert not any("发表时间" in s or "打印" in s for s in sents)
    assert "市统计局" in sents
    assert header_date(STATS_FAQ) == "2016-11-14"


def test_a_published_on_stamp_is_metadata():
    """`发布于 2023-12-05` under the headline is the page's stamp as `发布时间：2023-12-05` is; a sentence
    holding the words (`这份报告发布于 2023年的第一季度,…`) is prose."""
    (art,) = _articles("某某县召开安全生产会议\n发布于 2023-12-05\n12月4日,某某县召开安全生产会议。\n")
    assert art.title == "某某县召开安全生产会议" and "发布于" not in art.text
    (art,) = _articles("这份报告发布于 2023年的第一季度,全县经济运行平稳。\n")
    assert "发布于" in art.text


def test_a_search_box_word_over_the_headline_is_chrome():
    """`搜索` alone on a line is the page's search box: it does not run into the headline below."""
    text = "搜索\n\n某某县三镇入选省级特色小镇\n\n来源:某某网 日期:2024-02-17 02:29:11 浏览量:21次\n\n  近日,某某县三个镇入选省级特色小镇名单。\n"
    (art,) = _articles(text)
    assert art.title == "某某县三镇入选省级特色小镇"


def test_a_teaser_cut_short_under_a_related_news_head_is_no_text():
    """Under `新闻推荐` the page sets a linked story's opening cut short with `...`: a link, not the
    article's text, whether or not it is bulleted."""
    text = ("本报讯 12月3日,某某县召开冬季安全生产工作会议。\n新闻推荐\n"
            "为进一步深化根治欠薪冬季攻坚行动,畅通投诉举报渠道,确保及时便捷反映问...\n")
    (art,) = _articles(text)
    assert "欠薪" not in art.text
    assert "安全生产" in art.text


def _plain_sentences(text: str) -> list[str]:
    return [s for art in _articles(text) for s in _sentences(art)]


def test_a_page_stamp_under_the_headline_does_not_run_into_the_first_question():
    """A press conference's page: the headline, the page's stamp `2023-07-17 19:00` alone on its line,
    blank lines, then the first question.  The stamp is a whole unit (the dates stage reads it)."""
    text = ("2023年7月17日外交部发言人主持例行记者会\n\n2023-07-17 19:00\n\n\n"
            "某某社记者:中方如何评价这次会议?\n\n发言人:这次会议取得了积极成果。\n")
    sents = _plain_sentences(text)
    assert "某某社记者:中方如何评价这次会议?" in sents


def test_a_dated_headline_over_a_blank_line_stands_apart():
    """A reposted transcript sets its own headline under the page's (`2023年11月21日外交部发言人某某主持
    例行记者会`), a blank line, then prose: a line opening with a whole date, without a clause mark,
    is a headline, not a sentence broken before the paragraph."""
    text = ("外交部就有关问题答问\n\n发布时间:2024-11-25 18:39:05 来源: sp20241125\n\n"
            "  2023年11月21日外交部发言人主持例行记者会\n\n  应某国政府邀请,国务院总理将出席视频峰会。\n\n"
            "  记者:据报道,代表团昨天访问中国。\n")
    sents = _plain_sentences(text)
    assert "应某国政府邀请,国务院总理将出席视频峰会。" in sents


def test_a_remark_under_the_signer_and_numbered_headings_stand_apart():
    """Under a notice's signer, `(此件公开发布)` is a whole line; a plan's headings numbered `1 总则`,
    `1.1 编制目的` are whole too: none runs into the next line across the blank lines."""
    text = ("某某县人民政府办公室关于印发某某县应急预案的通知\n\n各乡镇人民政府:\n\n现将预案印发给你们,请认真贯彻执行。\n\n"
            "某某县人民政府办公室\n\n(此件公开发布)\n\n某某县应急预案\n\n1 总则\n\n1.1 编制目的\n\n"
            "建立健全应急机制,提高应对突发事件的能力。\n")
    sents = _plain_sentences(text)
    assert "(此件公开发布)" in sents
    assert "1.1 编制目的" in sents
    assert "建立健全应急机制,提高应对突发事件的能力。" in sents


def test_follow_widgets_are_chrome():
    """`微信公众号` and `官方微博` alone on a line, under a paper's page, are follow buttons: they do not
    run into the photo's caption below them."""
    text = "两位村干部的心思\n\n某某报网\n微信公众号\n\n某某报网\n官方微博\n\n  4月4日,记者回到老家扫墓。\n"
    assert not any("微博" in s or "公众号" in s for s in _plain_sentences(text))


def test_a_json_lines_record_s_site_field_places_an_article_that_names_no_place(tmp_path):
    """A crawler's record keeps the site's name in a field of its own (`"site": "某某县人民政府"`, `"来源":
    "某某区融媒体中心"`) where the page set it above its breadcrumb: read like the page's site header, it
    places the article that says only 我县 / 县委 — the same fact the HTML page gives.  An address is
    no name."""
    recs = [{"headline": "我县召开创建文明城市推进会", "pubtime": "2023-08-22", "site": "舞阳县人民政府",
             "content": "8月18日,我县召开创建文明城市推进会。县委常委、宣传部长李某某出席会议并讲话。"},
            {"title": "推进会召开", "content": "8月18日,我县召开推进会。", "site": "http://www.example.gov.cn/"}]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    first, second = list(read_corpus([path]))
    assert first.meta["site_name"] == "舞阳县人民政府" and "site_name" not in second.meta
    doc = Pipeline(DEFAULT_PIPELINE)(first)
    (art,) = doc.articles
    assert art.place == "place-411121"


def test_english_lines_of_a_bilingual_page_are_no_text():
    """A bilingual mirror or transcript sets an English translation under each Chinese paragraph: the
    English line repeats the figure, and read as text it gave a second figure with an English
    indicator (`a year-on-year increase of` 17.1%).  On a Chinese page such a line is no article text,
    and the Chinese paragraphs around it do not run on over it."""
    text = ("统计局:1-7月份全国规模以上工业企业利润增长17.1%\n\n"
            "1-7月份,全国规模以上工业企业实现利润总额39038.1亿元,同比增长17.1%。\n"
            "From January to July, the total profits of industrial enterprises reached 3.9 trillion yuan, "
            "a year-on-year increase of 17.1%.\n\n"
            "其中,国有控股企业实现利润总额11913.2亿元,同比增长30.5%。\n")
    (art,) = _articles(text)
    assert "January" not in art.text
    assert "其中,国有控股企业实现利润总额11913.2亿元,同比增长30.5%。" in _sentences(art)


def test_an_english_page_keeps_its_text():
    """A page written in English (no Chinese around its lines) is not a translation of anything."""
    text = "The county held a meeting on work safety on May 8, and officials from all towns attended it.\n"
    (art,) = _articles(text)
    assert "work safety" in art.text


def test_a_bulletin_s_note_marks_are_cut_out_of_the_article_text():
    """A statistics bulletin marks the words its notes explain (`地区生产总值(GDP)[2]2313亿元`,
    `第三产业[3]增加值`): the mark split the indicator from its figure (read as `金额`, `增加值`).  The
    article's text leaves the marks out, its offsets still pointing into the source; a document
    number's year in brackets (`〔2019〕`) is no mark."""
    text = ("某某市2024年国民经济和社会发展统计公报\n\n"
            "初步核算,全年地区生产总值(GDP)[2]2313亿元,比上年增长5.2%。第三产业[3]增加值1311.9亿元。"
            "依据某政发〔2019〕3号文件执行。\n")
    (art,) = _articles(text)
    assert "地区生产总值(GDP)2313亿元" in art.text and "第三产业增加值1311.9亿元" in art.text
    assert "〔2019〕3号" in art.text
    assert text[art.offsets.to_source(art.text.index("2313")):].startswith("2313")
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))
    assert {"地区生产总值(GDP)", "第三产业增加值"} <= {m.indicator for m in doc.metrics}


def test_a_bulletin_title_over_its_issuer_and_date_is_the_title():
    """A statistics bulletin sets its title, then the bureau's name alone, then the date: a line
    ending in a document head over an issuer's name is the document's title."""
    text = ("2024年某某市国民经济和社会发展统计公报\n某某市统计局\n2025年3月31日\n"
            "2024年,全市经济运行稳中向好。\n一、综合\n初步核算,全年地区生产总值2313亿元,比上年增长5.2%。\n")
    (art,) = _articles(text)
    assert art.title == "2024年某某市国民经济和社会发展统计公报"


def test_a_stamp_and_its_source_set_off_by_a_bar_are_the_page_s_metadata():
    """`2023-12-05 | 某县融媒体中心` and `某县融媒体中心 | 2023-12-05` under the headline: the page's date
    and source, a bar between them where other pages leave a space.  The date is the page's, the
    source is kept as a heading, the line is no text and the headline over it is the title."""
    for stamp in ("2023-12-05 | 某某县融媒体中心", "某某县融媒体中心 | 2023-12-05", "2023年12月05日 10:30 ｜ 某某县新闻中心"):
        text = f"某某县召开安全生产会议\n{stamp}\n12月4日,某某县召开安全生产会议。\n"
        (art,) = _articles(text)
        assert art.title == "某某县召开安全生产会议", stamp
        assert header_date(text) == "2023-12-05", stamp
        assert not any("2023" in s for s in _sentences(art)), stamp


def test_a_headline_over_a_bare_or_bracketed_stamp_is_the_title():
    """A headline over the page's date alone on its line (`2023-12-05`, `[ 2023-12-05 ]`, `（2023-12-05）`)
    is the title, as it is over a metadata line."""
    for stamp in ("2023-12-05", "[ 2023-12-05 ]", "（2023-12-05）"):
        (art,) = _articles(f"某某县召开安全生产会议\n{stamp}\n12月4日,某某县召开安全生产会议。\n")
        assert art.title == "某某县召开安全生产会议", stamp


def test_a_page_headline_holding_the_title_bar_s_headline_is_the_title():
    """The page's <title> shortens its headline and adds the column and site (`关于做好冬季安全生产工作的
    通知_通知公告_某某县人民政府`); the page's own headline names the issuer too (`某某县人民政府办公室关于
    做好冬季安全生产工作的通知`).  The page's headline, which holds the bar's, is the article's title."""
    text = "某某县人民政府办公室关于做好冬季安全生产工作的通知\n\n各乡镇人民政府:\n\n现将有关事项通知如下。\n"
    doc = Doc(id="p", source="p.html", text=text, title="关于做好冬季安全生产工作的通知_通知公告_某某县人民政府")
    (art,) = split_articles(doc)
    assert art.title == "某某县人民政府办公室关于做好冬季安全生产工作的通知"


def test_a_dateline_under_the_page_s_header_dates_the_story_in_every_format():
    """The same story saved as a page (nav, headline, stamp, then `新华社北京3月8日电`) and as a record
    whose text opens with the dateline: the story is dated by its dateline in both, the page by its
    stamp.  The page's dateline was read only where it opened the text."""
    body = "新华社北京3月8日电 3月8日,十二届全国人大五次会议举行记者会,外交部长王毅回答中外记者提问。\n"
    page = ("首页 | 国内 | 国际 | 时政 | 专题\n您所在的位置: 某某网 > 国内 > 正文\n\n外交部长王毅回答中外记者提问\n\n"
            "2017-03-09 07:20:20  来源:新华社  责任编辑:某某\n\n" + body)
    run = Pipeline(DEFAULT_PIPELINE)
    scraped = run(Doc(id="a", source="a.txt", text=page))
    record = run(Doc(id="b", source="b.jsonl#b", text=body, title="外交部长王毅回答中外记者提问", date="2017-03-09"))
    assert scraped.date == record.date == "2017-03-09"
    assert scraped.articles[0].date == record.articles[0].date == "2017-03-08"


def test_a_byline_with_a_colon_after_the_role_names_the_reporters():
    """County portals write the byline with a colon (`全媒体记者:王某 陶某`, `记者：王某 通讯员：李某`): the
    names are the article's authors and the line neither runs into the text nor takes the title from
    the headline.  A reporter's question after a colon (`记者：今年以来，…`) is no byline."""
    for line, names in (("全媒体记者:王一鸣 陶然", ["王一鸣", "陶然"]), ("记者：王一鸣 通讯员：李四海", ["王一鸣", "李四海"])):
        (art,) = _articles(f"某某县召开安全生产会议\n{line}\n12月4日,某某县召开安全生产会议。\n")
        assert art.authors == names and art.title == "某某县召开安全生产会议"
    (art,) = _articles("某某县召开安全生产会议\n记者:今年以来,全县\n12月4日,某某县召开安全生产会议。\n")
    assert art.authors == []


def test_a_writer_s_and_photographer_s_credit_under_the_headline_is_a_byline():
    """`文/图 王某`, `文/王某 图/李某`, `图文：王某`, `文字：王某 摄影：李某` under the headline credit the
    writer and the photographer: authors, not text, and the headline keeps its title.  A bare 文 or
    图 opens no byline (…公布了全文内容)."""
    for line, names in (("文/图 王一鸣", ["王一鸣"]), ("文/王一鸣 图/李四海", ["王一鸣", "李四海"]),
                        ("图文：王一鸣", ["王一鸣"]), ("文字：王一鸣 摄影：李四海", ["王一鸣", "李四海"])):
        (art,) = _articles(f"某某县召开安全生产会议\n{line}\n12月4日,某某县召开安全生产会议。\n")
        assert art.authors == names and art.title == "某某县召开安全生产会议", line
        assert "王一鸣" not in art.text, line


def test_a_bracketed_byline_names_the_authors_and_a_source_label_keeps_the_source():
    """County stories close or open with the byline in brackets (`（通讯员 王某）`, `(记者 王某 通讯员 李某)`):
    authors, not text.  A paper's name opening it (`(某某报社记者 王某)`) keeps the line as text, where
    the paper places the story.  `供稿：县委宣传部` under the headline is the source, kept as a heading."""
    (art,) = _articles("某某县召开安全生产会议\n12月4日,某某县召开安全生产会议。\n（通讯员 王一鸣）\n")
    assert art.authors == ["王一鸣"] and "王一鸣" not in art.text
    (art,) = _articles("某某县召开安全生产会议\n(记者 王一鸣 通讯员 李四海)\n12月4日,某某县召开安全生产会议。\n")
    assert art.authors == ["王一鸣", "李四海"] and art.title == "某某县召开安全生产会议"
    (art,) = _articles("某某县召开安全生产会议\n12月4日,某某县召开安全生产会议。\n(某某报社记者 王一鸣)\n")
    assert "某某报社" in art.text
    (art,) = _articles("某某县召开安全生产会议\n供稿：县委宣传部\n12月4日,某某县召开安全生产会议。\n")
    assert art.title == "某某县召开安全生产会议" and "供稿" not in art.text
    assert any(s.kind == "heading" and art.text[s.start:s.end] == "县委宣传部" for s in art.sections)
