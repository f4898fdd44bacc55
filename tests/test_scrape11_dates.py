"""Publication dates of scraped government pages: the metadata block's publication field wins over
a retrieval system's 生成日期 or a 废止时间, and a head line stamping a date with a clock time dates
the page whatever else it holds (次浏览, 浏览：, a breadcrumb before 来源：).  Heads written for these
tests in the shapes seen on county and city portals."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.dates import header_date


def test_the_publication_field_wins_over_a_generated_date():
    """生成日期 comes first on the page, 发文日期 is the publication."""
    head = ("索引号：003129766/201901-00336 组配分类：规范性文件\n生成日期：2019-01-20 文号：\n"
            "发文日期：2019-01-23 生效时间：2019-01-23\n废止时间：2020-01-23 名称：某县人民政府工作规则\n")
    assert header_date(head) == "2019-01-23"


def test_a_repeal_or_meeting_time_is_no_publication_date():
    """废止时间：… and 会议时间：… alone date no page."""
    assert header_date("信息分类：通知\n废止时间：2020-01-23\n正文") is None
    assert header_date("关于召开全县安全生产工作会议的通知\n会议时间：2024年5月10日 9:00\n") is None


def test_a_letter_spaced_publication_field():
    """发 文 日 期 2019-11-29 in a letter-spaced metadata table, after a generated date."""
    head = "生成日期：2019-12-02\n发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
    assert header_date(head) == "2019-11-29"


def test_a_date_stamped_with_a_clock_time_on_a_head_line():
    """A date and a time on a line of page chrome: 次浏览, 浏览：, a breadcrumb then 来源：."""
    assert header_date("区政府各部门积极参加清雪活动\n\n2010/1/6 16:43:13 次浏览 分类:政府动态 来源:\n正文") == "2010-01-06"
    assert header_date("解读\n\n单位:档案馆(校史办公室) 2020年12月22日 17:13 浏览:\n\n正文") == "2020-12-22"
    assert header_date("您当前的位置 :某某网  >> 新闻中心     来源:某某客户端 2018-08-30 18:12:31\n") == "2018-08-30"


def test_a_clock_time_inside_a_sentence_dates_nothing():
    """定于2024年5月10日 9:00，在县会议中心召开: a sentence mark before the date."""
    assert header_date("各乡镇：\n经研究，定于2024年5月10日 9:00在县会议中心召开会议。") is None


def test_the_page_s_publication_date_dates_its_one_article():
    """A notice page: 发布日期 in the metadata above the title, the signature's 成文 date below the
    text; the article is dated by the page's publication field."""
    page = ("发布日期:2017年03月13日 信息来源:\n某某县人民政府办公室关于印发粮食应急预案的通知\n\n"
            "各乡镇人民政府：\n\n现将《某某县粮食应急预案》印发给你们，请认真遵照执行。\n\n某某县人民政府办公室\n\n2017年2月10日\n")
    doc = Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=page))
    assert doc.date == "2017-03-13"
    assert [a.date for a in doc.articles] == ["2017-03-13"]


def test_a_time_field_under_a_meeting_s_headline():
    """三道通镇召开党委政府工作会议 / 时间: 2018/03/08 来源: …: the headline's 会议 on the line above
    does not make the page's 时间 a meeting's time."""
    assert header_date("三道通镇召开党委政府工作会议\n时间: 2018/03/08 来源: 三道通镇 点击数:1066\n\n正文") == "2018-03-08"
