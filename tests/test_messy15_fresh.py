"""Messy inputs: a PDF conversion or a scrape hard-wrapped at a fixed width (lines of 30-40
characters, page numbers and a running head on every page), and scraped pages whose chrome reached
the article (a page's title bar above the breadcrumb, a menu of one item a line, a date stamp over
the headline, an e-paper's page label, licence lines of a footer, a news site's review line, a
title bar's site name after `|`).  Sentences written for these tests in the shapes seen on county
portals, e-papers and PDF bulletins."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.chrome import classify
from kg.stages.layout import split_articles
from kg.text import display_width

PARAS = [
    "近日，某某县召开全县农业农村工作会议，县委书记王明出席会议并讲话，县长李强主持会议。",
    "会议指出，去年全县粮食总产量达到35.6万吨，同比增长2.3%，农村居民人均可支配收入达到18650元。",
    "会议要求，各乡镇要压紧压实责任，扎实推进乡村振兴各项重点任务，确保全年目标任务圆满完成。",
]
MORE = [
    "会议强调，要大力发展特色产业，今年新建高标准农田5万亩，新增农民专业合作社120家。",
    "会议还对防汛抗旱、森林防火和安全生产等工作进行了安排部署，各乡镇主要负责同志参加会议。",
]


def _wrap(paras: list[str], width: int) -> list[str]:
    return [p[i:i + width] for p in paras for i in range(0, len(p), width)]


def _build(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def test_a_hard_wrapped_text_reads_as_its_clean_paragraphs():
    """Lines cut at 17 characters (shorter than any prose line the old rule joined): each paragraph
    is read whole, so 王明 and 35.6万吨 are not cut by the line ends."""
    text = "某某县召开农业农村工作会议\n\n" + "\n".join(_wrap(PARAS, 17)) + "\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    for p in PARAS:
        assert p in art.text


def test_the_title_over_a_hard_wrapped_paragraph_is_the_title():
    """A short headline over lines of equal width is the title, though its next line is short and
    unterminated."""
    text = "某某县召开农业农村工作会议\n" + "\n".join(_wrap(PARAS, 17)) + "\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "某某县召开农业农村工作会议"


def test_the_title_over_a_short_wrapped_paragraph_is_the_title():
    """Two lines of one paragraph (the second ends it) under a headline: the headline is the title."""
    text = ("县领导看望慰问县政协委员\n\n11月8日下午，县委书记王明来到县政协委员驻地，看望慰\n"
            "问出席县政协十一届一次会议的县政协委员。\n\n县领导张华等参加慰问。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "县领导看望慰问县政协委员"


def test_page_numbers_and_running_heads_of_a_pdf_are_left_out():
    """`— 1 —` and the bulletin's name repeated on every page are no text, and the sentence they cut
    runs on over them."""
    paras = PARAS + MORE
    pages = []
    for k, line in enumerate(_wrap(paras, 12)):
        pages.append(line)
        if k % 8 == 7:
            pages += [f"— {k // 8 + 1} —", "某某县人民政府公报"]
    text = "某某县召开农业农村工作会议\n" + "\n".join(pages) + "\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert "公报" not in art.text and "—" not in art.text
    for p in paras:
        assert p in art.text


def test_a_unit_a_table_repeats_on_close_rows_is_kept():
    """(A guard, passes before and after.)  The same unit on many rows of a list is no running head."""
    rows = [f"{k}、某某路改造工程" for k in range(1, 13)]
    text = "重点项目清单\n\n" + "\n".join(f"{r}\n某某县交通运输局" for r in rows) + "\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.text.count("某某县交通运输局") == 12


def test_a_wrapped_name_and_figure_are_extracted_whole():
    doc = _build("某某县召开农业农村工作会议\n" + "\n".join(_wrap(PARAS, 17)) + "\n")
    names = {e.name for e in doc.entities.values()}
    assert "王明" in names and "李强" in names
    assert any(m.value == 356000 and m.indicator == "粮食总产量" for m in doc.metrics)


def test_a_list_of_equal_short_lines_is_not_joined():
    """(A guard, passes before and after.)  Names of units one a line are a list, however equal their
    lengths."""
    text = "参会单位\n\n县发展和改革局\n县自然资源局\n县农业农村局\n县住房建设局\n县交通运输局\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert "县发展和改革局\n县自然资源局" in art.text


def test_display_width_counts_chinese_characters_twice():
    assert display_width("增长2.3%，") == 2 + 2 + 4 + 2
    assert display_width("“两会”") == 8


def test_the_page_title_bar_above_a_breadcrumb_is_no_text():
    """The title bar (headline, column and site after a hyphen) over the breadcrumb is site chrome;
    the headline under the breadcrumb is the title."""
    text = ("某某县交通、产业、文旅、民生四项重点工作齐头并进 县域新闻-某某新闻地图 王明 4018005\n"
            "您当前的位置 :首页 > 新闻 > 县域新闻\n\n"
            "某某县交通、产业、文旅、民生四项重点工作齐头并进\n\n2026-01-29 11:06      来源: 某某发布\n\n"
            "某某县县长王明介绍，今年将新建公路30公里，新增就业岗位2000个。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "某某县交通、产业、文旅、民生四项重点工作齐头并进"
    assert "新闻地图" not in art.text


def test_a_menu_of_one_item_a_line_and_a_date_stamp_over_the_title():
    """A menu of many short lines above the breadcrumb, and a bare date stamp under it: the headline
    after the stamp is the title, not run into the first paragraph."""
    menu = "\n\n".join(["首页", "景点", "图库", "攻略", "地图", "天气", "论坛", "企业加盟", "酒店机票", "户外商城"])
    text = (menu + "\n您的位置:首页 > 旅游 > 游记\n2007-1-8\n吉林游记:江城一瞥\n\n"
            "吉林市距长春200多公里，开车两个多小时即到。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "吉林游记:江城一瞥"
    assert "首页" not in art.text and "2007-1-8" not in art.text


def test_a_sentence_typed_with_a_half_width_full_stop_ends_its_line():
    """…安排了半天时间. ends a sentence: the headline above it is the title."""
    text = "吉林游记:江城一瞥\n\n吉林市距长春200多公里,只匆匆忙忙安排了半天时间,开车两个多小时即到,一路风景很好.\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "吉林游记:江城一瞥"


def test_an_e_paper_page_label_and_licence_lines_are_chrome():
    assert classify("第02版:聚焦2026云南省两会 上一版 下一版") is not None
    assert classify("互联网出版许可证:新出网证(滇)字 04号") is not None
    assert classify("电信增值业务经营许可证编号:滇B2-20090008 ® yunnan.cn All Rights Reserved") is not None
    assert classify("初审: 王明   复审: 张华   终审: 李强") is not None


def test_licence_words_in_prose_are_no_chrome():
    """(A guard, passes before and after.)"""
    assert classify("食品经营许可证：已办理2家") is None
    assert classify("该公司取得食品经营许可证，编号为12345。") is None
    assert classify("第3版刊登了全文，请读者关注。") is None


def test_an_e_paper_headline_and_subtitle_under_its_page_label():
    text = ("第02版:聚焦两会 上一版 下一版\n下一篇\n\n踔厉奋发 谱时代华章\n\n某某省两会掠影\n\n"
            "1月27日，某某省第十四届人民代表大会第四次会议在省会开幕，代表们积极建言献策，履职尽责。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "踔厉奋发 谱时代华章"
    assert art.subtitle == "某某省两会掠影"
    assert "上一版" not in art.text


def test_a_title_bars_site_name_after_a_bar_is_cut():
    text = "某某县召开农业农村工作会议|某某县人民政府门户网站\n县委书记王明出席会议并讲话，县长李强主持会议。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "某某县召开农业农村工作会议"
    assert "门户网站" not in art.text


def test_a_list_of_headlines_of_one_length_is_no_wrap():
    """(A guard, passes before and after.)  Headlines of nearly one length, none ending a sentence,
    stay one a line: a wrapped paragraph ends a sentence, a list does not."""
    heads = ["某某县召开安全生产工作会议", "某某镇开展防汛应急演练活动", "某某县推进高标准农田建设",
             "县领导调研乡村振兴重点项目", "某某乡举办农民丰收节活动", "某某县召开河长制工作推进会",
             "某某街道开展文明城市创建", "某某县部署森林防火工作"]
    (art,) = split_articles(Doc(id="p", source="p.txt", text="\n".join(heads) + "\n"))
    assert "\n".join(heads[1:]) in art.text


def test_a_short_text_wrapped_at_one_width_joins_a_cut_name():
    """Three full lines make a wrap: 巴彦诺日公|苏木 cut at a line end is one name again."""
    text = ("阿拉善左旗包括哪些乡镇苏木\n\n阿拉善左旗包括23个乡镇和苏木。其中巴彦浩特镇是旗政府所在地，其他乡\n"
            "镇如嘉尔嘎勒赛汉镇、敖伦布拉格镇等。苏木是牧区行政单位，如巴彦诺日公\n苏木、银根苏木等。\n\n"
            "阿拉善左旗面积很大，乡镇之间距离远。南部乡镇靠近贺兰山，北部深入沙漠\n腹地。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert "巴彦诺日公苏木" in art.text and "深入沙漠腹地" in art.text


def test_a_letter_spaced_line_reads_without_its_spaces():
    """A PDF conversion's `关 于 …` lines: the article reads the words whole (the source keeps its
    spaces, and the offsets map back to them), so names and figures are found."""
    text = ("关 于 某 某 县 农 业 农 村 工 作 会 议 的 通 报\n\n"
            + "\n".join(" ".join(p) for p in PARAS) + "\n")
    doc = _build(text)
    (art,) = doc.articles
    assert art.title == "关于某某县农业农村工作会议的通报"
    assert PARAS[0] in art.text
    names = {e.name for e in doc.entities.values()}
    assert "王明" in names and "李强" in names
    assert any(m.value == 356000 and m.indicator == "粮食总产量" for m in doc.metrics)
    wang = next(e for e in doc.entities.values() if e.name == "王明")
    start, end = wang.mentions[0].start, wang.mentions[0].end
    assert text[start:end] == "王 明"


def test_words_set_apart_by_spaces_keep_them():
    """(A guard, passes before and after.)  `县长 王明  副县长 李强`: words, not letter spacing."""
    text = "某某县召开农业农村工作会议\n\n出席会议的有：县长 王明  副县长 李强  县委常委 张华。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert "县长 王明" in art.text


def test_a_title_over_a_full_width_document_number_is_the_title():
    """绵府批复〔２０１９〕２４７号 in full-width digits is a document number: the line above is the title."""
    text = ("某某市人民政府关于同意某某县调整部分乡镇行政区划的批复\n某府批复〔２０１９〕２４７号\n２０１９－１２－２７\n"
            "某某县人民政府：\n你县《关于调整部分乡镇行政区划的请示》收悉。经研究，同意你县的调整方案。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "某某市人民政府关于同意某某县调整部分乡镇行政区划的批复"


def test_a_full_width_date_stamp_under_a_breadcrumb_is_no_text():
    text = ("当前位置：首页 > 乡镇动态\n２０２３－０５－１２　１０：３０\n某某镇召开安全生产工作会议\n\n"
            "5月12日，某某镇召开安全生产工作会议，镇长王明出席会议并讲话。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "某某镇召开安全生产工作会议"
    assert "２０２３" not in art.text


def test_a_crawled_json_lines_record_with_its_own_field_names(tmp_path):
    """{"url", "headline", "content", "publish_time"}: a crawl's record is read, named by its url."""
    import json

    from kg.readers.corpus import read_corpus
    rec = {"url": "http://www.example.gov.cn/art/2023/5/12/art_1.html", "headline": "某某镇召开安全生产工作会议",
           "content": "5月12日，某某镇召开安全生产工作会议。", "publish_time": "2023-05-12 10:30:00"}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = list(read_corpus([tmp_path / "c.jsonl"]))
    assert doc.text == rec["content"] and doc.title == rec["headline"] and doc.date == rec["publish_time"]
    assert doc.source == "c.jsonl#" + rec["url"] and doc.meta["url"] == rec["url"]


def test_a_column_name_before_a_title_bar_is_cut_too():
    text = "人事时间|哪些省份将县级党政一把手纳入省管\n越来越多的省份将县级党政一把手纳入了省管干部的序列，县委书记由省委管理。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "哪些省份将县级党政一把手纳入省管"


def test_an_advertising_line_over_a_breadcrumb_and_a_source_stamp_under_the_title():
    """A hacked page's first line (commas, no full stop) over the breadcrumb is no title; `中广网
    2012-08-13` under the headline is its source and date, not text."""
    text = ("在线观看精品视频,国内精品亚洲,免费高清在线观看\n\n您现在的位置:首页>前方记者手记\n\n"
            "乃琼镇的十年变革\n\n中广网 2012-08-13\n[打印本页] [关闭]\n\n"
            "近日，记者来到拉萨市堆龙德庆区乃琼镇采访，镇长王保峰介绍了近几年乃琼镇的发展变化。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
    assert art.title == "乃琼镇的十年变革"
    assert "亚洲" not in art.text and "2012-08-13" not in art.text


def test_a_sites_update_time_in_the_footer_dates_no_article():
    """网站更新时间：… in a footer dates the site: not the article's publication date."""
    from kg.stages.dates import header_date
    page = ("某某镇召开安全生产工作会议\n来源：某某镇\n5月12日，某某镇召开安全生产工作会议。\n"
            "主办：某某县人民政府办公室\n网站更新时间：2024-06-01 10:20\n")
    assert header_date(page) is None
    assert header_date(page.replace("来源：某某镇", "发布时间：2023-05-12 来源：某某镇")) == "2023-05-12"


def test_a_title_set_over_two_lines_is_one_title():
    """A notice's long title broken over two lines (letter-spaced or not) over its document number."""
    body = "\n".join(_wrap(PARAS, 17))
    for head in ("某某县人民政府办公室关于印发某某县\n安全生产工作要点的通知",
                 "关 于 印 发 某 某 县\n安 全 生 产 工 作 要 点 的 通 知"):
        text = head + "\n\n某政办发〔2023〕5号\n\n" + body + "\n"
        (art,) = split_articles(Doc(id="p", source="p.txt", text=text))
        assert art.title.endswith("关于印发某某县安全生产工作要点的通知")
        assert art.text.startswith(art.title + "\n")


def test_a_today_widget_above_the_breadcrumb_dates_no_article():
    """A portal's `2024年6月1日 星期六` over its breadcrumb is the day the page was saved: the source
    line's date under the headline dates the article."""
    doc = _build("2024年6月1日 星期六\n某某县人民政府\n当前位置：首页 > 乡镇动态\n某某镇召开安全生产工作会议\n"
                 "来源：某某镇 2023-05-12\n5月12日，某某镇召开安全生产工作会议，镇长李强出席会议并讲话。\n")
    assert doc.date == "2023-05-12"


def test_values_a_long_list_repeats_at_random_are_no_running_heads():
    """A list of units drawn again and again (a table of projects and their responsible units) keeps
    every row, though a unit may recur far apart: a running head recurs once a page, evenly."""
    import random
    from kg.stages.layout import _running_heads
    units = [p + b for p in ("邯郸市", "魏县", "肥乡区", "河北省", "石家庄市", "广平县", "大名县", "涉县", "武安市", "临漳县")
             for b in ("人民政府", "科技局", "人力资源和社会保障局", "农业农村局", "宣传部")]
    for seed in range(5):
        rnd = random.Random(seed)
        assert _running_heads("\n".join(rnd.choice(units) for _ in range(600))) == frozenset()
