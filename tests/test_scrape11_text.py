"""The text of a scrape: `&nbsp;` left as text, full-width digits in the page's date, list bullets,
and a prose line hard-wrapped mid-sentence.  Written for these tests in the shapes seen on county
statistics and town news pages."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.readers.corpus import blank_space_references, read_corpus
from kg.stages.dates import header_date
from kg.stages.layout import split_articles


def test_space_references_read_as_spaces_of_the_same_length():
    """同比增长5.6%。&nbsp;&nbsp;规模以上…: the reference is white space, and offsets still count the
    file's characters."""
    raw = "增长5.6%。&nbsp;&nbsp;规模以上工业&#160;增加值"
    out = blank_space_references(raw)
    assert len(out) == len(raw) and "nbsp" not in out and "#160" not in out
    assert out.index("规模以上") == raw.index("规模以上")


def test_a_plain_text_file_is_read_without_its_space_references(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("县统计局发布一季度经济运行情况\n\n　　全县地区生产总值123.4亿元。&nbsp;\n", encoding="utf-8")
    (doc,) = read_corpus([page])
    assert "&nbsp;" not in doc.text and len(doc.text) == len(page.read_text(encoding="utf-8"))


def test_a_full_width_publication_date():
    """发布时间：２０２３－０５－１２　来源：县统计局."""
    assert header_date("县统计局发布一季度经济运行情况\n\n发布时间：２０２３－０５－１２　来源：县统计局\n") == "2023-05-12"
    assert header_date("标题\n２０２３－０５－１２　１０：３０　次浏览\n") == "2023-05-12"


def test_a_list_bullet_is_no_part_of_the_line():
    """·城关镇召开安全生产工作会议: the bullet opens no sentence and no figure's indicator."""
    page = "城关镇近期工作\n\n·城关镇召开安全生产工作会议。\n·城关镇新建污水处理厂一座，总投资3000万元。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert "·" not in art.text
    assert art.text.splitlines()[1] == "城关镇召开安全生产工作会议。"


def test_a_hard_wrapped_prose_line_runs_on():
    """…同比增长5.6%。规模以上工业增加值 / 增长7.2%。: one sentence, the figure's indicator whole."""
    page = ("县统计局发布一季度经济运行情况\n\n一季度，全县经济运行稳中有进。\n\n"
            "全县实现地区生产总值123.4亿元，同比增长5.6%，增速比上年同期提高1.2个百分点。规模以上工业增加值\n"
            "增长7.2%。\n")
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=page))
    (art,) = doc.articles
    assert "规模以上工业增加值增长7.2%。" in art.text
    assert any(m.value == 7.2 and "规模以上工业增加值" in m.indicator for m in doc.metrics)


def test_a_list_of_short_lines_does_not_run_on():
    """Short lines without clause marks are a list, not a wrapped paragraph."""
    page = "参会单位\n\n县发展和改革局\n县财政局\n县自然资源局\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert "县发展和改革局\n县财政局\n县自然资源局" in art.text


def test_a_list_page_s_dated_headlines_are_articles_of_their_own():
    """城关镇召开安全生产工作会议 2023-05-12 / … : each headline an article, dated by its date; the
    pager line is chrome."""
    page = ("乡镇动态\n当前位置：首页 > 政务动态 > 乡镇动态\n\n·城关镇召开安全生产工作会议 2023-05-12\n"
            "·城关镇开展义务植树活动 2023-05-10\n·城关镇新建污水处理厂投资3000万元 [2023-05-08]\n\n"
            "共3条 首页 上一页 1 下一页 尾页\n")
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=page))
    assert [(a.title, a.date) for a in doc.articles] == [
        ("城关镇召开安全生产工作会议", "2023-05-12"), ("城关镇开展义务植树活动", "2023-05-10"),
        ("城关镇新建污水处理厂投资3000万元", "2023-05-08")]


def test_one_dated_line_is_no_list():
    """A single line ending in a date (a signature, an issuer's line) stays where it is."""
    page = "某某县人民政府关于做好防汛工作的通知\n\n各乡镇人民政府：\n请切实做好防汛工作。\n\n某某县人民政府 2023-05-12\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某某县人民政府关于做好防汛工作的通知"
