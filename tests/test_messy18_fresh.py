"""Messy pages of round messy18: a column's name set again under its breadcrumb (`您的当前位置:` /
`民生事业` / `民生事业`), headlines set over several lines with their kicker or subtitles, `.` typed as
the full stop after a percentage (`增长6.5%.全县…`), and traditional pages whose naive converter wrote
the surname 于 as 於 after a post (`市長於偉`).  The sentences are written for these tests in the shapes
seen on county portals, statistical bulletins and traditional mirrors."""
from __future__ import annotations

from kg.model import Article, Doc, Section
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.layout import split_articles
from kg.stages.sentences import split_sentences
from kg.stages.simplified import simplify


def _doc(text: str, doc_id: str = "p") -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id=doc_id, source=f"{doc_id}.txt", text=text))


def _sentences(text: str) -> list[str]:
    art = Article(id="a", title=None, text=text, sections=[Section("body", 0, len(text))])
    return [s.text for s in split_sentences(art)]


COLUMN_PAGE = """您的当前位置:

政务动态

政务动态


  全县农村生活垃圾实现清理、收集、转运全覆盖。全年民生支出26亿元,占一般公共预算支出的81%。
"""


def test_a_column_name_set_again_under_its_breadcrumb_is_no_title():
    """A crumb cue left open (`您的当前位置:`) takes the column's name on the next line; the page sets
    that name again as the column's header: chrome too, not the article's title."""
    (art,) = split_articles(Doc(id="p", source="p.txt", text=COLUMN_PAGE))
    assert art.title is None
    assert "政务动态" not in art.text


def test_a_crumb_ending_in_a_headline_keeps_the_headline():
    """A crumb whose last item is the headline itself (longer than a column's name) does not drop
    the headline set under it."""
    page = "当前位置：首页 > 要闻 > 某某县召开安全生产工作会议\n某某县召开安全生产工作会议\n\n5月8日，某某县召开安全生产工作会议。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某某县召开安全生产工作会议"


STACKED = """坚持绿色发展 建设美丽乡村
某某县召开2023年农村人居环境整治推进会
县委书记王强出席并讲话

11月2日，某某县召开2023年农村人居环境整治推进会。县委书记王强出席会议并讲话。
"""


def test_a_headline_set_over_three_lines_gets_a_title():
    """Kicker, headline and subtitle one a line, then a blank line and prose: the lines are the
    article's headers (a title and subtitles), not body text."""
    (art,) = split_articles(Doc(id="p", source="p.txt", text=STACKED))
    assert art.title is not None
    heads = {art.title} | set((art.subtitle or "").split("\n"))
    assert heads == {"坚持绿色发展 建设美丽乡村", "某某县召开2023年农村人居环境整治推进会", "县委书记王强出席并讲话"}


def test_short_lines_over_a_list_are_no_stacked_headline():
    """Lines ending a sentence, a numbered list or a column label are not a stacked headline."""
    page = "一、工作目标\n二、主要任务\n\n全县上下要提高认识，狠抓落实。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title is None


def test_a_dot_after_a_percentage_ends_the_sentence():
    """`增长6.5%.全县…`: a half-width full stop after a figure; the next sentence (and its indicator)
    starts at 全县.  A foreign name's dot stays inside its sentence."""
    assert _sentences("前三季度，全县地区生产总值增长6.5%.全县规模以上工业增加值增长8.1%。") == [
        "前三季度，全县地区生产总值增长6.5%.", "全县规模以上工业增加值增长8.1%。"]
    assert _sentences("美国科学家艾伦.卡朋特访问我市。") == ["美国科学家艾伦.卡朋特访问我市。"]
    assert _sentences("增长6.5%，比上年提高0.5个百分点。") == ["增长6.5%，比上年提高0.5个百分点。"]


def test_a_text_punctuated_with_dots_throughout():
    """A paragraph without any 。 but with several 汉.汉 dots uses `.` as its full stop; one such dot in
    a paragraph without 。 (a foreign name) does not split."""
    assert _sentences("全县经济运行平稳.工业生产稳中有升.消费市场持续回暖.") == [
        "全县经济运行平稳.", "工业生产稳中有升.", "消费市场持续回暖."]
    assert _sentences("美国科学家艾伦.卡朋特访问我市") == ["美国科学家艾伦.卡朋特访问我市"]
    assert _sentences("艾伦.卡朋特、约翰.史密斯出席签约仪式") == ["艾伦.卡朋特、约翰.史密斯出席签约仪式"]


def test_no_indicator_opens_with_the_dot():
    doc = _doc("前三季度，全县地区生产总值增长6.5%.全县规模以上工业增加值增长8.1%。")
    assert doc.metrics
    assert not any(m.indicator.startswith(".") for m in doc.metrics)


def test_yu_surname_written_yu_by_a_naive_converter():
    """A naive simplified→traditional converter writes every 于 as 於, the surname too: after a post's
    last character (市長, 書記, 主任) 於 is the surname 于 (or the preposition, also 于)."""
    assert simplify("市长於伟") == "市长于伟"
    assert simplify("县委书记於洪涛") == "县委书记于洪涛"
    assert simplify("擅长於") == "擅长于"
    page = "市政府召開常務會議\n\n12月1日，市長於偉主持召開市政府常務會議，研究部署安全生產工作。\n"
    doc = _doc(page)
    assert any(e.type == "Person" and e.name == "于伟" for e in doc.entities.values())


def test_a_crawler_record_without_an_id_is_read(tmp_path):
    """Crawlers write `{"title", "pubdate", "content"}` without an id or an address: the record is
    read (named by its line) and its `pubdate` is its date, not dropped as an error."""
    import json
    from kg.readers.corpus import read_corpus
    from kg.readers.corpus import ReadError
    lines = [json.dumps({"title": "某镇召开安全生产工作会议", "pubdate": "2022年04月05日",
                         "content": "4月4日，某镇召开安全生产工作会议。"}, ensure_ascii=False),
             json.dumps({"title": "无正文"}, ensure_ascii=False)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(read_corpus([tmp_path / "c.jsonl"]))
    docs = [d for d in out if not isinstance(d, ReadError)]
    errors = [e for e in out if isinstance(e, ReadError)]
    assert [(d.source, d.title, d.date) for d in docs] == [("c.jsonl#line-1", "某镇召开安全生产工作会议", "2022年04月05日")]
    assert [(e.line, e.reason) for e in errors] == [(2, 'record needs an "id" and a string "text"')]


def test_a_page_without_a_headline_takes_its_title_bar_s_headline():
    """An HTML page whose body has no headline takes its <title>: the site's name after `_` or `|`
    (`…常务会议_某县人民政府`) is no part of the article's title."""
    from kg.stages.layout import page_title_head
    doc = Doc(id="p", source="p.html", text="3月21日下午，县长房志荣主持召开县政府常务会议。\n",
              title="县政府召开第9次常务会议_某县人民政府")
    (art,) = split_articles(doc)
    assert art.title == "县政府召开第9次常务会议"
    assert page_title_head("某某网") == "某某网"


def test_a_source_field_stamped_with_date_and_time_is_metadata():
    """`来源:某某市委组织部 2020-02-05 19:03:34` under the headline is the page's metadata, not a subtitle."""
    from kg.stages.chrome import classify
    c = classify("来源:某某市委组织部 2020-02-05 19:03:34")
    assert c is not None and c.kind == "meta"
    page = "某某乡农村书记宣传队在行动\n\n来源:某某市委组织部 2020-02-05 19:03:34\n\n在东郊乡，书记宣传车队每天走村串户。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某某乡农村书记宣传队在行动" and not art.subtitle
    assert classify("来源于群众的意见建议共收集到很多条") is None


PDF_PAPER = """2020年9月25日 星期五                    某某晚报                              L03
某某镇脱贫攻坚百花齐放
  全镇174名帮扶干部走村入户，2020年，该镇的600户贫困群众通过验收。
2020年9月25日 星期五                    某某晚报                              L03
某某县表彰60名脱贫之星
  10月17日，某某县举办表彰晚会。到去年底，该县已经有30个贫困村脱贫摘帽。
"""


def test_a_newspaper_folio_is_a_running_head_and_its_next_story_an_article():
    """A PDF newspaper page repeats its folio (date, paper, page set far apart) over each page: no
    text; a headline right under it, after a finished paragraph, opens the next story, so the second
    story's facts are not the first's (该县 is the county of its own story)."""
    arts = split_articles(Doc(id="p", source="p.txt", text=PDF_PAPER))
    assert [a.title for a in arts] == ["某某镇脱贫攻坚百花齐放", "某某县表彰60名脱贫之星"]
    assert not any("星期五" in a.text for a in arts)


def test_a_section_heading_after_a_page_number_stays_in_its_document():
    """Only a newspaper's folio opens a new story: a heading under a report's page number (— 3 —) is
    a heading of the same document."""
    text = ("某某县人民政府工作报告\n\n一年来，全县经济平稳增长。\n— 2 —\n主要工作回顾\n"
            "  全县完成地区生产总值120亿元，增长6.5%。\n— 3 —\n")
    arts = split_articles(Doc(id="p", source="p.txt", text=text))
    assert len(arts) == 1


def test_a_newspaper_folio_dates_the_page():
    """The folio's date is the page's publication date, its page label (L03, 第3版) after the paper's
    name notwithstanding; a date line with a bare code after one space is not read as a folio."""
    from kg.stages.dates import header_date
    assert header_date(PDF_PAPER) == "2020-09-25"
    assert header_date("2020年9月25日 星期五   某某晚报   第3版\n") == "2020-09-25"
    assert header_date("2020年9月25日 星期五 L03\n") is None


def test_a_headline_over_a_blank_line_and_a_dated_lead_stays_apart():
    """`下沉社区防控疫情` / blank / `10月21日，在…`: a short line without a clause mark over a lead that
    opens with its day is a headline, not a sentence broken before its date."""
    page = "政法文化\n\n下沉社区防控疫情\n\n10月21日，市委政法委党员干部协助陆羽社区工作人员摸排信息。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert "疫情10月" not in art.text
    page = "民生事业\n我市新增7位县(市、区)级名医\n\n近日，全市7位名医获评。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert "名医近日" not in art.text
    # a clause broken before its date still runs on
    page = "会议强调了三点要求。\n\n会议指出，全县上下要在\n\n10月21日，前完成排查工作。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert "要在10月21日" in art.text


def test_a_headline_naming_a_reporters_group_is_no_byline():
    """`《某某日报》走基层记者团到某县采访`: 记者 runs on into 记者团, a word: a headline, not a byline
    naming 团到某县采访; a bulletin's issue line (`5:综合总第44期 >2011-12-08编印`) and a
    `刊发日期:` line under it are page chrome."""
    from kg.stages.chrome import classify
    from kg.stages.layout import _is_byline
    assert not _is_byline("《某某日报》走基层记者团到某县采访")
    assert _is_byline("本报记者 王强") and _is_byline("本报记者王强报道")
    assert classify("5:综合总第44期 >2011-12-08编印") is not None
    assert classify("刊发日期:2011-12-08 阅读次数: 作者:  语音阅读:") is not None
    page = ("5:综合总第44期 >2011-12-08编印\n\n《某某日报》走基层记者团到某县采访\n"
            "刊发日期:2011-12-08 阅读次数: 作者:  语音阅读:\n  5日，记者团一行5人到某县开展采访活动。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "《某某日报》走基层记者团到某县采访"
    assert not art.authors


WECHAT = """县政府召开第9次常务会议
原创 某县发布 2022-03-22 18:30 发表于某省

点击蓝字 关注我们

3月21日下午，县委副书记、县长房志荣主持召开县政府常务会议。

来源：县政府办

阅读原文
"""


def test_a_wechat_post_reads_as_its_article():
    """A WeChat post's stamp line (原创, the account, date and time, 发表于 its province), the 点击蓝字
    关注我们 prompt and 阅读原文 are furniture: the headline is the title, as in the plain text."""
    from kg.stages.chrome import classify
    assert classify("原创 某县发布 2022-03-22 18:30 发表于某省") is not None
    assert classify("县融媒体中心 2023-05-12 10:30").kind == "meta"  # a source stamp keeps its source
    assert classify("会议于 2022-03-22 18:30 召开") is None
    (art,) = split_articles(Doc(id="p", source="p.txt", text=WECHAT))
    assert art.title == "县政府召开第9次常务会议"
    assert "关注我们" not in art.text and "阅读原文" not in art.text


def test_a_crawler_record_holding_the_page_s_markup_reads_as_its_text(tmp_path):
    """A crawler that stored the page's markup in `content` (`<p style=…>…</p><p>…`): the record's
    text is the text of the markup, as an HTML file's is, so no evidence quotes a tag; a plain
    record's `&nbsp;` reads as spaces of its length (offsets unchanged)."""
    import json
    from kg.readers.corpus import read_corpus, record_text
    assert record_text('<p style="text-indent:2em">某镇召开会议。</p><p>镇长王明出席。</p>') == "某镇召开会议。\n\n镇长王明出席。"
    assert record_text("&nbsp;&nbsp;3月8日，某县召开会议。") == "            3月8日，某县召开会议。"
    assert record_text("今年产值<去年产值，增长明显。") == "今年产值<去年产值，增长明显。"
    rec = {"id": "a1", "content": '<p style="text-indent:2em">某镇召开会议。</p><p>镇长王明出席。</p>'}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = list(read_corpus([tmp_path / "c.jsonl"]))
    assert "<" not in doc.text and "镇长王明出席。" in doc.text
