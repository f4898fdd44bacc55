"""Messy pages of round messy23: a county portal's related-article list whose items carry their
dates instead of bullets (`县政府召开第44次常务会议 2024-09-30` under `相关阅读`), a crawler's JSON
Lines record with its text as a list of paragraphs or its date as a Unix time stamp, and a page
stamp naming its verb after the date (`2001年1月13日发表`, `2024年3月5日 发布`).  The sentences are
written for these tests in the shapes seen on county portals, crawls and news reposts."""
from __future__ import annotations

import json

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.corpus import ReadError, SourceFile, read_file
from kg.stages.dates import normalise
from kg.stages.layout import split_articles


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _records(tmp_path, *records) -> list:
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return list(read_file(SourceFile(path, "crawl.jsonl")))


_PAGE = ("县政府召开第45次常务会议\n\n发布时间：2024-10-21 09:12 信息来源：县政府办\n\n"
         "10月20日，县政府召开第45次常务会议，听取安全生产工作情况汇报。县长王某某主持会议并讲话。\n\n"
         "相关阅读\n\n县政府召开第44次常务会议 2024-09-30\n\n副县长李某某调研农村饮水安全工作 2024-09-20\n\n"
         "县委常委会召开会议 研究部署森林防火工作 [2024-09-26]\n")


def test_dated_items_under_a_related_list_head_are_links_not_articles():
    """Under `相关阅读` a portal lists other pages' titles each with its date, with no bullet: they
    are links to other pages, so they open no article of this page and their names (副县长李某某)
    give no fact of it; the page's own article keeps its text."""
    arts = split_articles(Doc(id="p", source="p.txt", text=_PAGE))
    assert [a.title for a in arts] == ["县政府召开第45次常务会议"]
    doc = _doc(_PAGE)
    assert not any("李某某" in e.name for e in doc.entities.values())


def test_dated_headlines_of_a_list_page_still_open_articles():
    """With no link-list head above them, dated headlines in a row are a list page's entries (each
    its own article, dated by its line), as before."""
    text = "城关镇召开安全生产工作会议 2023-05-12\n\n城关镇开展防汛应急演练 2023-05-10\n"
    assert len(split_articles(Doc(id="p", source="p.txt", text=text))) == 2


def test_a_record_whose_text_is_a_list_of_paragraphs_is_read(tmp_path):
    """A crawler may store the text as a list of paragraphs (`"body": ["…", "…"]`): the record is read,
    its paragraphs one a line, not rejected for wanting a string text."""
    out = _records(tmp_path, {"title": "县人大常委会召开会议", "date": "2024/3/8",
                              "body": ["3月8日，县人大常委会召开第十八次会议。", "县人大常委会主任赵某某主持会议。"]})
    assert len(out) == 1 and isinstance(out[0], Doc)
    assert out[0].text == "3月8日，县人大常委会召开第十八次会议。\n\n县人大常委会主任赵某某主持会议。"


def test_a_list_text_holding_anything_but_strings_is_still_an_error(tmp_path):
    """A list with a number or an object in it is no text: a one-line error naming the record."""
    out = _records(tmp_path, {"id": "x", "text": ["3月8日，县人大常委会召开会议。", 12]})
    assert len(out) == 1 and isinstance(out[0], ReadError) and out[0].line == 1


def test_a_record_dated_by_a_unix_time_stamp_gets_its_day_in_china(tmp_path):
    """`"pubdate": 1709625600` (seconds) or `1709625600000` (milliseconds) is a Unix time: read as the
    day in China Standard Time (UTC+8), where the page was published — 2024-03-05 16:00 there."""
    out = _records(tmp_path, {"id": "a", "content": "3月5日，镇党委书记刘某某带队调研。", "pubdate": 1709625600},
                   {"id": "b", "content": "3月5日，镇长调研。", "pubdate": 1709625600000},
                   {"id": "c", "content": "3月4日，镇长调研。", "pubdate": "1709568000"})
    assert [d.date for d in out] == ["2024-03-05", "2024-03-05", "2024-03-05"]


def test_a_date_line_naming_its_verb_dates_the_page():
    """A repost's stamp under its title may name the verb after the date (`2001年1月13日发表`,
    `2024年3月5日 发布`): a date line of the page, as `发布于 2024-03-05` is."""
    body = "\n\n3月4日，县政府召开常务会议，研究部署春耕生产工作。\n"
    assert _doc("县政府召开常务会议\n\n2001年1月13日发表" + body).date == "2001-01-13"
    assert _doc("县政府召开常务会议\n\n2024年3月5日 发布" + body).date == "2024-03-05"


def test_zero_width_characters_inside_names_are_read_out_of_the_article():
    """A page or an editor may leave a zero-width space, a soft hyphen or a BOM inside a word
    (`县长王\\u200b立新`, `县交通\\u00ad运输局`, `县\\ufeff财政局`): invisible on the page, they are no part
    of the name; the article reads the words whole and its offsets still map to the source."""
    text = "县政府召开常务会议\n\n3月4日，县长王\u200b立新主持召开县政府常务会议。县交通\u00ad运输局、县\ufeff财政局负责人参加。\n"
    art = split_articles(Doc(id="p", source="p.txt", text=text))[0]
    assert "县长王立新主持" in art.text and "县交通运输局、县财政局" in art.text
    names = {e.name for e in _doc(text).entities.values()}
    assert {"王立新", "县交通运输局", "县财政局"} <= names


_WECHAT = ("原创 某某发布 2024-03-22 18:30 发表于湖南\n\n"
           "3月22日，市长杨某某主持召开市政府常务会议，研究部署一季度经济运行等工作。\n\n"
           "往期推荐\n\n市委常委会召开会议 传达学习全国两会精神\n\n副市长刘某某调研防汛工作\n\n"
           "阅读原文\n预览时标签不可点\n微信扫一扫关注该公众号\n")


def test_bare_titles_under_a_wechat_list_head_after_the_text_are_links():
    """A WeChat post closes with `往期推荐` (or `往期回顾`) over other posts' titles, bare (no bullet, no
    date), then its furniture (`预览时标签不可点`, `微信扫一扫关注该公众号`): below the article's text, the
    titles are links and the furniture no text, so none of it reads as the article's."""
    art = split_articles(Doc(id="p", source="p.txt", text=_WECHAT))[0]
    assert "研究部署一季度经济运行等工作。" in art.text
    for leak in ("往期推荐", "传达学习", "刘某某", "预览时", "关注该公众号"):
        assert leak not in art.text
    assert not any("刘某某" in e.name for e in _doc(_WECHAT).entities.values())


def test_a_list_head_above_the_text_leaves_the_title_under_it():
    """A sidebar's `热点推荐` above the article (no sentence read yet): the bare line under it may be the
    page's own headline, so it is kept."""
    text = "热点推荐\n\n县政府召开第45次常务会议\n\n10月20日，县长王某某主持召开县政府常务会议，研究安全生产工作。\n"
    arts = split_articles(Doc(id="p", source="p.txt", text=text))
    assert any("县政府召开第45次常务会议" in (a.title or "") + a.text for a in arts)


def test_a_headless_run_of_dated_links_below_the_text_is_no_text():
    """A portal may list related pages below the article with no head over them, each title with its
    day (`副市长刘某某调研防汛工作 05-08`, `… 2024-05-06`): two or more such lines below a finished
    paragraph are links, not the article's last paragraph, and their names give no fact."""
    text = ("市政府召开专题会议研究城市更新工作\n\n2024-05-11 来源：市政府办公室\n\n"
            "5月10日，市长张某某主持召开专题会议，研究城市更新工作。\n\n"
            "市政府召开常务会议 05-09\n\n副市长刘某某调研防汛工作 05-08\n\n市领导督导安全生产 2024-05-06\n")
    arts = split_articles(Doc(id="p", source="p.txt", text=text))
    assert len(arts) == 1 and "刘某某" not in arts[0].text and "研究城市更新工作。" in arts[0].text
    assert not any("刘某某" in e.name for e in _doc(text).entities.values())


def test_signers_dated_in_words_and_a_single_dated_line_stay():
    """A joint notice's signers each with the date in 年月日 are no links, nor is one dated line alone."""
    text = ("各乡镇人民政府：\n\n现将有关事项通知如下，请认真贯彻执行。\n\n"
            "中共某某县委办公室 2024年3月1日\n\n某某县人民政府办公室 2024年3月1日\n")
    assert any("某某县人民政府办公室" in a.text for a in split_articles(Doc(id="p", source="p.txt", text=text)))
    one = "5月10日，市长主持召开专题会议，研究城市更新工作。\n\n市政府召开常务会议 05-09\n"
    assert "市政府召开常务会议" in split_articles(Doc(id="p", source="p.txt", text=one))[0].text


def test_odd_date_values_of_a_record_never_crash_the_reader(tmp_path):
    """`"pubdate": 1e400` (JSON's way to write a number too large: infinity once read), a negative
    number, a boolean or a number of too many digits is no time stamp: the record is read, undated."""
    out = _records(tmp_path, *({"id": str(k), "text": "3月5日，县政府召开会议。", "pubdate": v}
                               for k, v in enumerate((-5, True, 99999999999999, 1.5))))
    assert all(isinstance(d, Doc) and normalise(d.date) is None for d in out)
    path = tmp_path / "inf.jsonl"
    path.write_text('{"id": "a", "text": "3月5日，县政府召开会议。", "pubdate": 1e400}\n', encoding="utf-8")
    out = list(read_file(SourceFile(path, "inf.jsonl")))
    assert len(out) == 1 and isinstance(out[0], Doc) and normalise(out[0].date) is None


def test_a_stamp_naming_its_verb_keeps_the_title_apart_from_the_lead():
    """`2001年1月13日发表` between a repost's headline and its lead is a date line of the layout too: the
    headline stays the title, not run together with the stamp and the lead into one paragraph."""
    text = ("某省委高层异动 两副省长辞职\n\n2001年1月13日发表\n\n"
            "1月13日消息：昨天，某省人大常委会会议通过了该省有关人事任免事项。\n\n"
            "据报道，会议决定任命陈某某为省政府副省长。\n")
    art = split_articles(Doc(id="p", source="p.txt", text=text))[0]
    assert art.title == "某省委高层异动 两副省长辞职"
    assert "辞职2001年" not in art.text and "发表1月13日" not in art.text


def test_a_short_menu_bar_and_a_recommendation_head_at_the_foot_are_no_text():
    """A district portal's foot: `智能推荐` over its widget and a short menu bar of three items, each a
    menu's (`政府信息公开 政务服务 互动交流`): page furniture, not a paragraph of the article."""
    text = ("10月20日，区政府第45次常务会议召开，听取安全生产工作情况汇报。区长夏某某主持会议并讲话。\n\n"
            "智能推荐\n政府信息公开 政务服务 互动交流\n")
    art = split_articles(Doc(id="p", source="p.txt", text=text))[0]
    assert "智能推荐" not in art.text and "政务服务" not in art.text


def test_table_cells_one_a_line_never_fuse_their_figures():
    """A statistics page's table copied as text sets each cell on its own line between blank lines
    (`第一产业` / `34.52` / `1.7`): lines that do not end a sentence run on, but two figures meeting
    across the blank line stay apart, or `34.52` and `1.7` read as one number `34.521.7`."""
    text = ("上海市生产总值\n\n2022年上半年\n\n总量\n\n(亿元)\n\n比上年同期\n\n增长(%)\n\n"
            "地区生产总值\n\n19349.31\n\n-5.7\n\n第一产业\n\n34.52\n\n1.7\n")
    body = "\n".join(a.text for a in split_articles(Doc(id="p", source="p.txt", text=text)))
    assert "34.521.7" not in body and "19349.31-5.7" not in body
    assert "34.52" in body and "1.7" in body


def test_a_news_site_s_review_chain_labels_are_no_text():
    """A news site closes with its review chain, its fields empty or filled (`初审编辑:`,
    `初审编辑：张某 复审编辑：李某 终审编辑：王某`): metadata, as `责任编辑：` is, never a paragraph."""
    text = ("某省人代会开幕\n\n1月24日上午，某省第十二届人民代表大会第五次会议开幕。省长某某作政府工作报告。\n\n"
            "初审编辑:\n\n初审编辑：张某 复审编辑：李某 终审编辑：王某\n")
    art = split_articles(Doc(id="p", source="p.txt", text=text))[0]
    assert "初审编辑" not in art.text and "终审编辑" not in art.text and "作政府工作报告。" in art.text


def test_a_column_name_over_a_document_title_stays_apart():
    """A legal database's page sets its column's name over the document (`法规库` / blank line /
    `某省人民政府关于任免国家机关工作人员问题的通知`): a whole title on its line is a unit, so the
    column's name does not run on into it and the title reads as written."""
    text = ("法规库\n\n某省人民政府关于任免国家机关工作人员问题的通知\n\n某政〔1985〕38号\n\n"
            "根据有关规定，现将我省任免国家机关工作人员的有关问题通知如下：\n")
    body = "\n".join((a.title or "") + "\n" + a.text for a in split_articles(Doc(id="p", source="p.txt", text=text)))
    assert "法规库某省" not in body and "某省人民政府关于任免国家机关工作人员问题的通知" in body


def test_an_issuer_over_the_rest_of_its_title_still_runs_on():
    """`某某县某镇人民政府` / blank line / `关于印发《…方案》的通知`: one title set over two lines, the
    issuer's half and the rest; the blank line does not part them."""
    text = ("某某县某镇人民政府\n\n关于印发《某镇村民委员会换届选举工作方案》的通知\n\n各村党总支、村委会：\n\n"
            "《某镇村民委员会换届选举工作方案》已经镇党委同意，现印发给你们，请抓好落实。\n")
    arts = split_articles(Doc(id="p", source="p.txt", text=text))
    assert "某某县某镇人民政府关于印发《某镇村民委员会换届选举工作方案》的通知" in (arts[0].title or "") + arts[0].text


def test_a_title_bar_over_the_same_headline_is_the_site_s_not_text():
    """A reposting site copies its title bar over the page (`某区人代会开幕 - 天天要闻 国际`) and then the
    headline again: the bar is the site's, so the headline is the title and does not run on into it."""
    text = ("某区第六届人民代表大会第五次会议开幕 - 天天要闻 国际\n\n某区第六届人民代表大会第五次会议开幕\n\n"
            "12月25日上午，某区第六届人民代表大会第五次会议开幕。来自各条战线的人大代表出席会议。\n")
    art = split_articles(Doc(id="p", source="p.txt", text=text))[0]
    assert art.title == "某区第六届人民代表大会第五次会议开幕"
    assert "天天要闻" not in art.text


def test_only_digits_of_this_century_read_as_a_unix_time():
    """A ten-digit date field opening with 2 is a written date (2024030512: YYYYMMDDHH), one of zeros
    no time (0000000000): neither is read as seconds since 1970 (2034-02-20, 1970-01-01)."""
    from kg.readers.corpus import unix_date
    assert unix_date("2024030512") is None and unix_date(2024030512) is None
    assert unix_date("0000000000") is None
    assert unix_date("1709625600") == unix_date(1709625600000) == "2024-03-05"
